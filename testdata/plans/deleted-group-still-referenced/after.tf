resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# aws_security_group.app is removed from the configuration.

# No ingress blocks: ingress is Optional+Computed, so omitting it leaves the
# existing rules (5432 from the app group) unmanaged and in place.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"
  vpc_id      = aws_vpc.main.id
}
