# A sensitive input comes back out as a sensitive output: Terraform marks a module output by
# its value (`sensitive = true` alone does not mark it in the caller).
variable "ipv6_cidr" {
  type      = string
  sensitive = true
}

output "ipv6_cidr" {
  value     = var.ipv6_cidr
  sensitive = true
}
