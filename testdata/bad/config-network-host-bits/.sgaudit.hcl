network "office" {
  cidrs = ["203.0.113.7/24"]
}
