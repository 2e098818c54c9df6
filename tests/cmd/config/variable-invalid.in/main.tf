variable "cidr" {
  default = "10.0.0.0/8"
  bogus   = 1
}

variable "port" {
  type    = nmber
  default = 22
}

resource "aws_security_group" "g" {
  name        = "g"
  description = "g"
  ingress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}

# Valid: every kind of type constraint Terraform takes.
variable "rules" {
  type = object({
    ports = list(number)
    cidrs = optional(set(string), ["10.0.0.0/8"])
    tags  = map(any)
    pair  = tuple([string, bool])
  })
  default  = null
  nullable = true
  validation {
    condition     = true
    error_message = "never"
  }
}
