# The formats on findings that do not fail the run: one waived by the configuration
# (.sgaudit.hcl), one ignored inline, and those of a group the baseline already holds (taken
# before rule families: it lists each rule, and still holds the finding they merge into).

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # sgaudit:ignore high-risk-ports-public -- the mail relay, reviewed by security
  ingress {
    description = "SMTP from anywhere"
    from_port   = 25
    to_port     = 25
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
