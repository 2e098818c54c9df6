# Consumers no table of sgaudit names: an Elastic Beanstalk environment that takes its group
# in a `setting` (its value names no security group), a CloudFormation stack that takes a
# module's group as a parameter, and an interface VPC endpoint that gets its group only
# through an aws_vpc_endpoint_security_group_association. A terraform_data resource keeps a
# fourth group's id: it creates nothing that uses it, so that group has no consumer here.
# SSH is open to the world on every group.

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Elastic Beanstalk instances"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "endpoint" {
  name        = "endpoint"
  description = "SSM endpoint"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "kept" {
  name        = "kept"
  description = "Kept by terraform_data only"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

module "legacy" {
  source = "./modules/sg"
  vpc_id = aws_vpc.main.id
}

resource "aws_elastic_beanstalk_application" "web" {
  name = "web"
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web"
  application         = aws_elastic_beanstalk_application.web.name
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:ec2:vpc"
    name      = "VPCId"
    value     = aws_vpc.main.id
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = aws_security_group.web.id
  }
}

resource "aws_cloudformation_stack" "legacy" {
  name = "legacy"

  parameters = {
    GroupId = module.legacy.id
  }

  template_body = jsonencode({
    Parameters = { GroupId = { Type = "AWS::EC2::SecurityGroup::Id" } }
    Resources = {
      Instance = {
        Type = "AWS::EC2::Instance"
        Properties = {
          ImageId          = "ami-12c6146b"
          SecurityGroupIds = [{ Ref = "GroupId" }]
        }
      }
    }
  })
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [aws_subnet.a.id]
}

resource "aws_vpc_endpoint_security_group_association" "ssm" {
  vpc_endpoint_id             = aws_vpc_endpoint.ssm.id
  security_group_id           = aws_security_group.endpoint.id
  replace_default_association = true
}

resource "terraform_data" "kept" {
  input = aws_security_group.kept.id
}
