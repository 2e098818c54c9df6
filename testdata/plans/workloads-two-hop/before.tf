# Workloads behind security groups: a bastion instance, an application ENI and launch
# template, an internet-facing ALB and a private PostgreSQL instance (issue: reachability).
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "DB"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "alb" {
  name        = "alb"
  description = "ALB"
  vpc_id      = aws_vpc.main.id
}

resource "aws_instance" "bastion" {
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.a.id
  vpc_security_group_ids      = [aws_security_group.bastion.id]
  associate_public_ip_address = true
}

resource "aws_network_interface" "app" {
  subnet_id       = aws_subnet.a.id
  security_groups = [aws_security_group.app.id]
}

resource "aws_launch_template" "app" {
  name                   = "app"
  image_id               = "ami-12c6146b"
  vpc_security_group_ids = [aws_security_group.app.id]
}

resource "aws_lb" "web" {
  name               = "web"
  internal           = false
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_db_instance" "db" {
  identifier             = "db"
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  allocated_storage      = 20
  username               = "app"
  password               = "not-a-secret-123"
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = true
  publicly_accessible    = false
}
