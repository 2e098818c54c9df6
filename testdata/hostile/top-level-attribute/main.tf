# A top-level attribute is not valid Terraform ("Unsupported argument; An argument named
# "region" is not expected here."): sgaudit refuses it at its position, exit 2.
# https://developer.hashicorp.com/terraform/language/syntax/configuration#arguments-and-blocks
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web"
}

region = "us-east-1"
