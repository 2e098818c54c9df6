# A VPC that exists before the change: its default group is in AWS, not in the plan.
resource "aws_vpc" "existing" {
  cidr_block = "10.9.0.0/16"
}
