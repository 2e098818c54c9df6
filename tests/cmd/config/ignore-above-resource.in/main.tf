# An inline ignore written where checkov and tfsec users write theirs: above the resource. It
# covers the resource's nested blocks, so SSH from the world no longer fails the run.

# sgaudit:ignore admin-ports-public-ipv4 -- the bastion is the one door, reviewed in SEC-1
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
}
