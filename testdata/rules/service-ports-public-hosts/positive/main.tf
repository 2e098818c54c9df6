# Telnet from one partner host and SMB from a /28: a few public hosts, not the internet.
resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy appliance"

  ingress {
    description = "Telnet from the vendor's support host"
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.7/32"]
  }

  ingress {
    description = "SMB from the partner's office"
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.16/28"]
  }
}
