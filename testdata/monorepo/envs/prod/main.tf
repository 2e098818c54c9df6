variable "admin_cidr" {
  type = string
}

module "admin" {
  source     = "../../modules/admin-access"
  name       = "prod-admin"
  admin_cidr = var.admin_cidr
}
