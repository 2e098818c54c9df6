resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

module "ssh" {
  source = "./modules/sg"
  count  = 2

  name   = "ssh-${count.index}"
  vpc_id = aws_vpc.main.id
  port   = 22
  cidr   = "10.0.0.0/8"
}

module "service" {
  source   = "./modules/sg"
  for_each = { web = 443, db = 5432 }

  name   = each.key
  vpc_id = aws_vpc.main.id
  port   = each.value
  cidr   = "0.0.0.0/0"
}
