# Override files are merged into the configuration, as Terraform merges them:
# https://developer.hashicorp.com/terraform/language/files/override
# override.tf replaces the ingress blocks of this group (a nested block type in an override
# replaces all blocks of that type), and ssh_override.tf its description.
resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH from the office"

  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}

# Attached, so that SSH from anywhere is a high finding: the exit code says the merge happened.
resource "aws_network_interface" "bastion" {
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = [aws_security_group.ssh.id]
}
