module "shared" {
  source = "../../../../../../../../etc"
}
