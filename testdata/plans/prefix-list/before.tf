resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_ec2_managed_prefix_list" "corp" {
  name           = "corp-offices"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "192.0.2.0/24"
    description = "HQ"
  }

  entry {
    cidr        = "198.51.100.0/24"
    description = "Branch"
  }
}
