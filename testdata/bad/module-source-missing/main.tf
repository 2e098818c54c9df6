module "shared" {
  source = "./modules/shared"
}
