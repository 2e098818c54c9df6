# Merged after override.tf (override files merge in lexical order of their names).
resource "aws_security_group" "ssh" {
  description = "overridden-description"
}
