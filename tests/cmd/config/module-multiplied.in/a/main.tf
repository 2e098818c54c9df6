module "b" {
  count  = 100000
  source = "../b"
}
