# Ids handed back marked sensitive: a module output is marked by its value, so the values are
# marked with sensitive() (`sensitive = true` on the outputs alone would not mark them in the
# caller).
variable "app_group_id" {
  type = string
}

variable "default_group_id" {
  type = string
}

variable "prefix_list_id" {
  type = string
}

output "app_group_id" {
  value     = sensitive(var.app_group_id)
  sensitive = true
}

output "default_group_id" {
  value     = sensitive(var.default_group_id)
  sensitive = true
}

output "prefix_list_id" {
  value     = sensitive(var.prefix_list_id)
  sensitive = true
}
