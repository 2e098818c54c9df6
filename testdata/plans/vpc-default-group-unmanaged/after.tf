# A VPC that exists before the change: its default group is in AWS, not in the plan.
resource "aws_vpc" "existing" {
  cidr_block = "10.9.0.0/16"
}

# A new VPC whose default group nothing manages: AWS's default rules apply (all traffic from
# the group's own members, all egress to 0.0.0.0/0, and to ::/0 with its IPv6 block).
resource "aws_vpc" "app" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

# A new VPC whose default group is managed with no rules: the provider revokes AWS's.
resource "aws_vpc" "locked" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "locked" {
  vpc_id = aws_vpc.locked.id
}

# Two new VPCs whose default groups are managed through count.index.
resource "aws_vpc" "spoke" {
  count      = 2
  cidr_block = "10.${count.index + 2}.0.0/16"
}

resource "aws_default_security_group" "spoke" {
  count  = 2
  vpc_id = aws_vpc.spoke[count.index].id
}
