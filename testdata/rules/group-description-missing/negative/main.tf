resource "aws_security_group" "described" {
  name        = "described"
  description = "Web servers, reachable from the load balancer"

}
