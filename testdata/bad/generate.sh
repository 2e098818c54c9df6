#!/usr/bin/env bash
# Writes plan.json next to main.tf in the cases of this folder that hold a valid
# plan with a value AWS rejects only when the change is applied (see README.md):
# `terraform show -json` of `terraform plan -out` with real terraform and the
# AWS provider from a filesystem mirror (found like ../plans/generate.sh finds
# it, or TF_PLUGIN_MIRROR). The plans are create-only: with fake keys and the
# provider's skip_* flags they make no API call (the endpoints point at a
# closed loopback port, so a call would fail rather than leave the machine).
#
#   testdata/bad/generate.sh                  # every case listed below
#   testdata/bad/generate.sh protocol-unknown-name
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TERRAFORM_BIN="${TERRAFORM:-terraform}"
CASES=(from-port-above-to-port port-above-65535 protocol-unknown-name)

if ! command -v "$TERRAFORM_BIN" >/dev/null 2>&1; then
  echo "terraform not found; skipping"
  exit 0
fi

# shellcheck source=testdata/terraform.sh
source "$HERE/../terraform.sh"
terraform_sandbox
mirror="$(find_mirror)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sgaudit-bad.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
use_mirror "$WORK" "$mirror"

for name in "${@:-${CASES[@]}}"; do
  src="$HERE/${name%/}"
  [[ -f "$src/main.tf" ]] || { echo "no case $name (expected $src/main.tf)" >&2; exit 1; }
  wd="$WORK/${name%/}"
  mkdir -p "$wd"
  cp "$src/main.tf" "$wd/main.tf"
  write_provider "$wd" "http://127.0.0.1:9"
  (cd "$wd" && "$TERRAFORM_BIN" init -input=false -no-color >tf.log 2>&1 \
     && "$TERRAFORM_BIN" plan -input=false -no-color -out=tfplan >>tf.log 2>&1 \
     && "$TERRAFORM_BIN" show -json -no-color tfplan >plan.json) \
    || { tail -n 30 "$wd/tf.log" >&2; echo "$name: terraform failed" >&2; exit 1; }
  python3 -m json.tool --indent 1 --no-ensure-ascii "$wd/plan.json" "$src/plan.json"
  echo "$name: plan.json written"
done
