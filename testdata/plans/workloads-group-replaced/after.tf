# The change replaces group web while it is attached: its name becomes "web-v2", which forces
# a replacement (delete, then create: no create_before_destroy) of a group instance web uses.
# The standalone ENI legacy moves to a new group legacy_v2, and group legacy, detached by
# the same change, is deleted.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_security_group" "web" {
  name        = "web-v2"
  description = "Web"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "extra" {
  name        = "extra"
  description = "Extra"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "Metrics from the VPC"
    from_port   = 9100
    to_port     = 9100
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "audit" {
  name        = "audit"
  description = "Audit"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from the admin network"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "legacy_v2" {
  name        = "legacy-v2"
  description = "Legacy v2"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from the VPC"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_instance" "web" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_network_interface" "extra" {
  subnet_id       = aws_subnet.a.id
  security_groups = [aws_security_group.extra.id]
}

resource "aws_network_interface_attachment" "extra" {
  instance_id          = aws_instance.web.id
  network_interface_id = aws_network_interface.extra.id
  device_index         = 1
}

resource "aws_network_interface_sg_attachment" "audit" {
  security_group_id    = aws_security_group.audit.id
  network_interface_id = aws_instance.web.primary_network_interface_id
}

resource "aws_network_interface" "legacy" {
  subnet_id       = aws_subnet.a.id
  security_groups = [aws_security_group.legacy_v2.id]
}
