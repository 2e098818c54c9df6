resource {
  name = "ssh"
}
