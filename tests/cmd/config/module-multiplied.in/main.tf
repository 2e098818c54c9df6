module "a" {
  count  = 100000
  source = "./a"
}
