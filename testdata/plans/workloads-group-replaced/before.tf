# Groups attached to a workload in three ways before the change: instance web has group
# web (vpc_security_group_ids), a second ENI with group extra (aws_network_interface_attachment,
# device 1) and group audit added to its primary ENI (aws_network_interface_sg_attachment);
# group legacy is attached to a standalone ENI.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_security_group" "web" {
  name        = "web"
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

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "Telnet from anywhere"
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
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
  security_groups = [aws_security_group.legacy.id]
}
