# The formats on findings that do not fail the run: one waived by the configuration
# (.sgaudit.hcl), one ignored inline, and those of a group the baseline already holds.

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  # sgaudit:ignore high-risk-ports-public -- the bastion is the one door, reviewed by security
  ingress {
    description = "FTP, SSH and Telnet from anywhere"
    from_port   = 20
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy database"

  ingress {
    description = "MySQL from anywhere"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
