resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH"
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.ssh.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "192.168.1.1/16"
}
