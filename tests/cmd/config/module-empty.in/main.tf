module "nothing" {
  source = "./empty"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web"
}
