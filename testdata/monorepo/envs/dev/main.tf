variable "admin_cidr" {
  type = string
}

module "admin" {
  source     = "../../modules/admin-access"
  name       = "dev-admin"
  admin_cidr = var.admin_cidr
}
