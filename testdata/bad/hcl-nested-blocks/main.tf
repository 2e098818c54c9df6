resource "aws_security_group" "ssh" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
dynamic "ingress" {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
