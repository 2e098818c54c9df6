module "sg" {
  source = "./nowhere"
}
