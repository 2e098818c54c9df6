# What `terraform init` downloaded lives under .terraform/: never a root module of its own.
resource "aws_security_group" "stale" {
  name        = "stale"
  description = "Not a root module"
}
