# The boundary: an instance with five groups, AWS's default quota per network interface.
resource "aws_security_group" "g0" {
  name        = "g0"
  description = "Fixture group 0"
}

resource "aws_security_group" "g1" {
  name        = "g1"
  description = "Fixture group 1"
}

resource "aws_security_group" "g2" {
  name        = "g2"
  description = "Fixture group 2"
}

resource "aws_security_group" "g3" {
  name        = "g3"
  description = "Fixture group 3"
}

resource "aws_security_group" "g4" {
  name        = "g4"
  description = "Fixture group 4"
}

resource "aws_instance" "app" {
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.g0.id, aws_security_group.g1.id, aws_security_group.g2.id, aws_security_group.g3.id, aws_security_group.g4.id]
}

# Six groups on a launch template: AWS checks them only when something launches from it, not
# when the change is applied.
resource "aws_security_group" "g5" {
  name        = "g5"
  description = "Fixture group 5"
}

resource "aws_launch_template" "workers" {
  name                   = "workers"
  vpc_security_group_ids = [aws_security_group.g0.id, aws_security_group.g1.id, aws_security_group.g2.id, aws_security_group.g3.id, aws_security_group.g4.id, aws_security_group.g5.id]
}
