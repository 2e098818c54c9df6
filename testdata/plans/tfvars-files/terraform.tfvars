env        = "prod"
admin_cidr = "203.0.113.0/24"
# Overridden again by ports.auto.tfvars, which terraform loads later.
web_port = 8080
