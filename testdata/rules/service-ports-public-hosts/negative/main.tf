# Telnet from the whole internet is high-risk-ports-public's (high), not a few hosts; SMB from
# a private range is no public host at all.
resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy appliance"

  ingress {
    description = "Telnet from anywhere"
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SMB from the VPC"
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
