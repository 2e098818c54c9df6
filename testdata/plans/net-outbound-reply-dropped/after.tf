# The seed document's "ephemeral port nightmare": an application in a public subnet calls an
# external API. Its group allows egress 443 to anywhere (and nothing in); the route to the
# internet gateway and its public address are there; the subnet's network ACL lets tcp/443
# out (egress rule 100) but lets in only tcp/22 (ingress rule 100). The API's replies come
# back from port 443 to the instance's ephemeral port (1024-65535), which no inbound rule
# allows: the final deny (*) drops them, so aws_instance.app -> internet on tcp/443 fails.
# Inline rules, associated by aws_network_acl_association; the subnet has no route table
# association of its own and uses the main one (aws_main_route_table_association).
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true
}

resource "aws_route_table" "main" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_main_route_table_association" "main" {
  vpc_id         = aws_vpc.main.id
  route_table_id = aws_route_table.main.id
}

resource "aws_network_acl" "app" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  egress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
}

resource "aws_network_acl_association" "app" {
  network_acl_id = aws_network_acl.app.id
  subnet_id      = aws_subnet.public.id
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application calling an external API"
  vpc_id      = aws_vpc.main.id

  egress {
    description = "HTTPS to the API"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "app" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public.id
  vpc_security_group_ids = [aws_security_group.app.id]
}
