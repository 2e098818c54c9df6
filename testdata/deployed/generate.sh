#!/usr/bin/env bash
# Regenerates testdata/deployed/ with real terraform and the real AWS CLI, against a mock AWS
# (moto) listening on loopback only:
#
#   flock /tmp/moto.lock testdata/deployed/generate.sh
#
# 1. applies main.tf and writes state.json (terraform show -json of the state) and
#    account-before/ (what the EC2 API describes of the account then);
# 2. changes the account by hand with the AWS CLI, as the seed document does: HTTP from the
#    world, SSH from a /32 and SSH from the management group on the web group; the metrics
#    rule revoked; a group made by hand (HTTP 8080 from the world) added to the management
#    network interface; RDP from 198.51.100.0/24 on the management group (whose inline rules
#    Terraform writes: its plan removes it);
# 3. writes account/ (the describe-* output after those changes; the security-group rules
#    paginated, one file a page) and plan.json (terraform show -json of `terraform plan` after
#    them: its resource_drift is what terraform's refresh found changed).
#
# Files are written only when every step succeeded. It skips cleanly (exit 0) without
# terraform; the AWS CLI and moto are installed into a python venv.
#
# Environment:
#   TERRAFORM         terraform binary (default: terraform on PATH)
#   TF_PLUGIN_MIRROR  folder holding registry.terraform.io/ (default: searched)
#   DEPLOYED_VENV     python venv for moto and awscli (default: <repo>/target/deployed-venv)
#   MOTO_VERSION      moto version installed into a new venv (default 5.2.5)
#   KEEP_WORK         set to keep the temporary work dir when a run fails
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
TERRAFORM_BIN="${TERRAFORM:-terraform}"

if ! command -v "$TERRAFORM_BIN" >/dev/null 2>&1; then
  echo "terraform not found; skipping testdata/deployed"
  exit 0
fi
TERRAFORM_BIN="$(command -v "$TERRAFORM_BIN")"
if ! command -v python3 >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
  echo "python3 or curl not found; skipping testdata/deployed"
  exit 0
fi

# The same fixed port as testdata/plans/generate.sh: run both under `flock /tmp/moto.lock`.
MOTO_PORT=45123
MOTO_URL="http://127.0.0.1:${MOTO_PORT}"
MOTO_SEED=20240101
MOTO_VERSION="${MOTO_VERSION:-5.2.5}"
VENV="${DEPLOYED_VENV:-$REPO/target/deployed-venv}"

log() { printf '[deployed] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# shellcheck source=testdata/terraform.sh
source "$REPO/testdata/terraform.sh"
terraform_sandbox
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"

if [[ ! -x "$VENV/bin/moto_server" || ! -x "$VENV/bin/aws" ]]; then
  log "creating python venv with moto[server]==$MOTO_VERSION and awscli in $VENV"
  python3 -m venv "$VENV" || { echo "no python venv; skipping testdata/deployed"; exit 0; }
  if ! "$VENV/bin/pip" install --quiet "moto[server]==$MOTO_VERSION" awscli; then
    echo "moto or awscli could not be installed; skipping testdata/deployed"
    exit 0
  fi
fi

WORK="$(mktemp -d)"
MOTO_PID=""
cleanup() {
  local rc=$?
  if [[ -n "$MOTO_PID" ]]; then
    kill -TERM -- "-$MOTO_PID" 2>/dev/null || true
    wait "$MOTO_PID" 2>/dev/null || true
  fi
  if [[ $rc -ne 0 && -n "${KEEP_WORK:-}" ]]; then
    log "work dir kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT

moto_up() { curl -fsS -o /dev/null --max-time 2 "$MOTO_URL/moto-api/data.json" 2>/dev/null; }
if moto_up || (exec 3<>"/dev/tcp/127.0.0.1/$MOTO_PORT") 2>/dev/null; then
  die "port $MOTO_PORT on 127.0.0.1 is already in use (run under flock /tmp/moto.lock)"
fi
setsid "$VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT" >>"$WORK/moto.log" 2>&1 &
MOTO_PID=$!
for _ in $(seq 1 100); do
  moto_up && break
  kill -0 "$MOTO_PID" 2>/dev/null || { tail -n 20 "$WORK/moto.log" >&2; die "moto_server exited"; }
  sleep 0.2
done
moto_up || die "moto_server did not answer on $MOTO_URL"
curl -fsS -o /dev/null -X POST "$MOTO_URL/moto-api/reset"
curl -fsS -o /dev/null -X POST "$MOTO_URL/moto-api/seed?a=$MOTO_SEED"

# --- terraform ---------------------------------------------------------------------------
MIRROR="$(find_mirror)" || die "no AWS provider mirror"
use_mirror "$WORK" "$MIRROR"
TF="$WORK/tf"
mkdir -p "$TF"
cp "$HERE/main.tf" "$TF/main.tf"
write_provider "$TF" "$MOTO_URL"
tf() { (cd "$TF" && "$TERRAFORM_BIN" "$@") >>"$WORK/tf.log" 2>&1 || { tail -n 30 "$WORK/tf.log" >&2; die "terraform $1 failed"; }; }
show_json() { (cd "$TF" && "$TERRAFORM_BIN" show -json -no-color "$@") || die "terraform show failed"; }

tf init -input=false -no-color
tf apply -auto-approve -input=false -no-color
show_json >"$WORK/state.json"

# --- the AWS CLI -------------------------------------------------------------------------
export AWS_ACCESS_KEY_ID=mock AWS_SECRET_ACCESS_KEY=mock AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER=""
aws() { "$VENV/bin/aws" --endpoint-url "$MOTO_URL" --output json "$@"; }

# dump DIR: every describe-* this project reads, one file per command (the rules in pages).
dump() {
  local dir=$1 token="" page=1 pl
  mkdir -p "$dir"
  aws ec2 describe-security-groups >"$dir/security-groups.json"
  while :; do
    if [[ -z "$token" ]]; then
      aws ec2 describe-security-group-rules --max-items 5 >"$dir/security-group-rules-$page.json"
    else
      aws ec2 describe-security-group-rules --max-items 5 --starting-token "$token" \
        >"$dir/security-group-rules-$page.json"
    fi
    token="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("NextToken",""))' \
      "$dir/security-group-rules-$page.json")"
    [[ -n "$token" ]] || break
    page=$((page + 1))
  done
  aws ec2 describe-network-interfaces >"$dir/network-interfaces.json"
  aws ec2 describe-instances >"$dir/instances.json"
  aws ec2 describe-vpcs >"$dir/vpcs.json"
  aws ec2 describe-subnets >"$dir/subnets.json"
  aws ec2 describe-route-tables >"$dir/route-tables.json"
  aws ec2 describe-network-acls >"$dir/network-acls.json"
  aws ec2 describe-internet-gateways >"$dir/internet-gateways.json"
  aws ec2 describe-managed-prefix-lists --filters Name=owner-id,Values=123456789012 \
    >"$dir/managed-prefix-lists.json"
  for pl in $(python3 -c 'import json,sys; print(" ".join(p["PrefixListId"] for p in json.load(open(sys.argv[1]))["PrefixLists"]))' "$dir/managed-prefix-lists.json"); do
    aws ec2 get-managed-prefix-list-entries --prefix-list-id "$pl" >"$dir/prefix-list-entries.$pl.json"
  done
}

dump "$WORK/account-before"

group_id() {
  aws ec2 describe-security-groups --filters "Name=group-name,Values=$1" \
    --query 'SecurityGroups[0].GroupId' --output text
}
WEB="$(group_id web-server-sg)"
MGMT="$(group_id management-sg)"
VPC="$(aws ec2 describe-security-groups --group-ids "$WEB" --query 'SecurityGroups[0].VpcId' --output text)"
log "web $WEB, management $MGMT, vpc $VPC"

# The seed document's commands.
aws ec2 authorize-security-group-ingress --group-id "$WEB" --protocol tcp --port 80 --cidr 0.0.0.0/0 >/dev/null
aws ec2 authorize-security-group-ingress --group-id "$WEB" --protocol tcp --port 22 --cidr 203.0.113.42/32 >/dev/null
aws ec2 authorize-security-group-ingress --group-id "$WEB" --protocol tcp --port 22 --source-group "$MGMT" >/dev/null
# A rule removed by hand.
aws ec2 revoke-security-group-ingress --group-id "$WEB" --protocol tcp --port 9100 --cidr 10.0.0.0/16 >/dev/null
# A group made by hand, added to the network interface Terraform manages.
DEBUG="$(aws ec2 create-security-group --group-name debug-sg --description "Debugging, by hand" \
  --vpc-id "$VPC" --query GroupId --output text)"
aws ec2 authorize-security-group-ingress --group-id "$DEBUG" --protocol tcp --port 8080 --cidr 0.0.0.0/0 >/dev/null
ENI="$(aws ec2 describe-network-interfaces --filters "Name=group-id,Values=$MGMT" \
  --query 'NetworkInterfaces[0].NetworkInterfaceId' --output text)"
aws ec2 modify-network-interface-attribute --network-interface-id "$ENI" --groups "$MGMT" "$DEBUG"
# A rule added by hand on a group whose inline rules Terraform writes: the next apply removes it.
aws ec2 authorize-security-group-ingress --group-id "$MGMT" --protocol tcp --port 3389 --cidr 198.51.100.0/24 >/dev/null

dump "$WORK/account"

tf plan -input=false -no-color -out=tfplan
show_json tfplan >"$WORK/plan.json"
python3 - "$WORK/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
drift = [d["address"] for d in plan.get("resource_drift", [])]
if not any(a == "aws_security_group.web" for a in drift):
    sys.exit("plan.json has no resource_drift for aws_security_group.web: %r" % drift)
PY

# pretty IN OUT: indent by one space, content unchanged.
pretty() { python3 -m json.tool --indent 1 --no-ensure-ascii "$1" "$2"; }
rm -rf "$HERE/account" "$HERE/account-before"
mkdir -p "$HERE/account" "$HERE/account-before"
for side in account account-before; do
  for f in "$WORK/$side"/*.json; do
    pretty "$f" "$HERE/$side/$(basename "$f")"
  done
done
pretty "$WORK/state.json" "$HERE/state.json"
pretty "$WORK/plan.json" "$HERE/plan.json"
log "wrote state.json, plan.json, account-before/ and account/ in $HERE"
