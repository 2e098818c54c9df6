rule "ssh-from-anywhere" {
  title       = "SSH from anywhere"
  severity    = "urgent"
  why         = "SSH should come through the bastion."
  remediation = "Remove the permission."

  exposure {
    direction = "ingress"
    ports     = [22]
  }
}
