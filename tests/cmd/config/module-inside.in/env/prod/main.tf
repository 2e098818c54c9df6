module "sg" {
  source = "../../modules/sg"
}
