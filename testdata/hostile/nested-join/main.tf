# Three nested joins of a thousand copies each: 16 bytes, 16 KB, 16 MB, then 16 GB if nothing
# charged the string as it is built (issue 17). sgaudit must refuse it at its expression, with
# exit 2, before allocating it.
locals {
  x  = "0123456789abcdef"
  x1 = join("", [for i in range(1000) : local.x])
  x2 = join("", [for i in range(1000) : local.x1])
  x3 = join("", [for i in range(1000) : local.x2])
}

resource "aws_security_group" "big" {
  name        = "big"
  description = local.x3
}
