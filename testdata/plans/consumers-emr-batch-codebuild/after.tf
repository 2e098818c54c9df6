# One group used only by services the hand-written workload table does not know: an EMR
# cluster (its master's additional group), an AWS Batch compute environment and a CodeBuild
# project. SSH is open to the world on it: the group is attached, through the provider
# schema's attachment attributes (src/read/aws/consumers.rs).

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "jobs" {
  name        = "jobs"
  description = "EMR master, Batch and CodeBuild"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_emr_cluster" "spark" {
  name          = "spark"
  release_label = "emr-7.1.0"
  applications  = ["Spark"]
  service_role  = "arn:aws:iam::123456789012:role/EMR_DefaultRole"

  ec2_attributes {
    subnet_id                         = aws_subnet.a.id
    instance_profile                  = "arn:aws:iam::123456789012:instance-profile/EMR_EC2_DefaultRole"
    additional_master_security_groups = aws_security_group.jobs.id
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }

  core_instance_group {
    instance_type  = "m5.xlarge"
    instance_count = 1
  }
}

resource "aws_batch_compute_environment" "jobs" {
  compute_environment_name = "jobs"
  type                     = "MANAGED"
  service_role             = "arn:aws:iam::123456789012:role/AWSBatchServiceRole"

  compute_resources {
    type               = "EC2"
    instance_role      = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"
    instance_type      = ["m5.large"]
    max_vcpus          = 4
    min_vcpus          = 0
    subnets            = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.jobs.id]
  }
}

resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2\nphases:\n  build:\n    commands:\n      - echo build\n"
  }

  vpc_config {
    vpc_id             = aws_vpc.main.id
    subnets            = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.jobs.id]
  }
}
