rule "ssh-from-anywhere" {
  title       = "SSH from anywhere"
  severity    = "high"
  why         = "SSH should come through the bastion."
  remediation = "Remove the permission."

  exposure {
    direction = "ingress"
    ports     = [22]
    colour    = "red"
  }
}
