#!/usr/bin/env bash
# Regenerates the Terraform plan fixtures in this folder with real terraform,
# against a mock AWS (moto) listening on loopback only.
#
#   testdata/plans/generate.sh                  # every scenario + plan-log
#   testdata/plans/generate.sh icmp widened-cidr  # only those scenarios
#   testdata/plans/generate.sh plan-log         # only plan-log/plan.log.jsonl
#   testdata/plans/generate.sh big              # target/big-plan/plan.json (not committed):
#                                               # groups, subnets, routes, NACLs, instances
#
# For each scenario folder <name>/ (holding after.tf, and before.tf when the
# scenario starts from existing infrastructure) it writes:
#   plan.json   terraform show -json of `terraform plan -out` with after.tf
#   state.json  terraform show -json of the state after applying before.tf
#               (and middle.tf, when there is one)
# A scenario may also hold middle.tf (only with before.tf): after before.tf,
# middle.tf is applied through a local proxy that refuses every
# DeleteSecurityGroup call; that apply must fail on a refused delete and leave
# a deposed object in state. state.json is taken after it, and after.tf is then
# planned against moto directly.
# Files are written only when the whole scenario succeeded and its plan has
# the actions listed in <name>/expect.txt (when that file exists).
#
# Environment:
#   TERRAFORM         terraform binary (default: terraform on PATH)
#   TF_PLUGIN_MIRROR  folder holding registry.terraform.io/ (default: searched)
#   FIXTURE_VENV      python venv for moto (default: <repo>/target/fixture-venv)
#   MOTO_VERSION      moto version installed into a new venv (default 5.2.5)
#   KEEP_WORK         set to keep the temporary work dir when a run fails
#   BIG_COUNT         groups of the big plan (default 5000, at most 5120: a /25 subnet per 10)
#   APPLY             set to also apply each scenario's plan against moto once, after
#                     writing its files, and write <name>/apply.txt: whether the apply
#                     succeeded and, when it failed, what terraform printed from its first
#                     `Error:` on (the resource and AWS's error code). This tells
#                     whether moto enforces what sgaudit predicts will fail at apply.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
TERRAFORM_BIN="${TERRAFORM:-terraform}"

if ! command -v "$TERRAFORM_BIN" >/dev/null 2>&1; then
  echo "terraform not found; skipping fixture generation"
  exit 0
fi
TERRAFORM_BIN="$(command -v "$TERRAFORM_BIN")"

# Fixed on purpose: the endpoint is recorded in plan.json's configuration.
MOTO_PORT=45123
MOTO_URL="http://127.0.0.1:${MOTO_PORT}"
MOTO_SEED=20240101
MOTO_VERSION="${MOTO_VERSION:-5.2.5}"
VENV="${FIXTURE_VENV:-$REPO/target/fixture-venv}"
MAX_TRIES=3
BIG_COUNT="${BIG_COUNT:-5000}"

log() { printf '[generate] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 is needed (for moto and JSON checks)"
command -v curl >/dev/null 2>&1 || die "curl is needed (to talk to moto)"

# Keep terraform and the AWS provider away from the network and from any
# credentials or settings of the person running this.
# shellcheck source=testdata/terraform.sh
source "$REPO/testdata/terraform.sh"
terraform_sandbox
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"

# --- moto --------------------------------------------------------------------

MOTO_PID=""
PROXY_PID=""
PROXY_URL=""
WORK=""

ensure_venv() {
  if [[ -x "$VENV/bin/moto_server" ]]; then
    return
  fi
  log "creating python venv with moto[server]==$MOTO_VERSION in $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "moto[server]==$MOTO_VERSION"
  [[ -x "$VENV/bin/moto_server" ]] || die "moto_server missing from $VENV after pip install"
}

moto_up() { curl -fsS -o /dev/null --max-time 2 "$MOTO_URL/moto-api/data.json" 2>/dev/null; }

start_moto() {
  if moto_up || (exec 3<>"/dev/tcp/127.0.0.1/$MOTO_PORT") 2>/dev/null; then
    die "port $MOTO_PORT on 127.0.0.1 is already in use; stop whatever listens there"
  fi
  # setsid: moto gets its own process group, which stop_moto kills as a whole.
  setsid "$VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT" >>"$WORK/moto.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 100); do
    if moto_up; then
      log "moto $("$VENV/bin/python" -c 'import moto; print(moto.__version__)') up on $MOTO_URL (pid $MOTO_PID)"
      return 0
    fi
    kill -0 "$MOTO_PID" 2>/dev/null || { tail -n 20 "$WORK/moto.log" >&2; die "moto_server exited"; }
    sleep 0.2
  done
  die "moto_server did not answer on $MOTO_URL"
}

stop_moto() {
  if [[ -n "$MOTO_PID" ]]; then
    kill -TERM -- "-$MOTO_PID" 2>/dev/null || true
    wait "$MOTO_PID" 2>/dev/null || true
    MOTO_PID=""
  fi
}

restart_moto() {
  log "restarting moto"
  stop_moto
  start_moto
}

# Empty moto's state and seed its id generator, so that ids come out the
# same from run to run as long as terraform asks for things in the same order.
reset_moto() {
  if ! curl -fsS -o /dev/null --max-time 10 -X POST "$MOTO_URL/moto-api/reset" \
     || ! curl -fsS -o /dev/null --max-time 10 -X POST "$MOTO_URL/moto-api/seed?a=$MOTO_SEED"; then
    restart_moto
    curl -fsS -o /dev/null --max-time 10 -X POST "$MOTO_URL/moto-api/seed?a=$MOTO_SEED"
  fi
}

# --- failing proxy (middle.tf) -------------------------------------------------

# A proxy in front of moto, on 127.0.0.1 (port picked by the system), that
# forwards every request except EC2 query calls whose Action is in its list;
# those get 403 UnauthorizedOperation, which neither the AWS SDK nor the
# provider retries.
write_proxy() {
  cat >"$WORK/failproxy.py" <<'PY'
import http.server, os, sys, urllib.error, urllib.parse, urllib.request

upstream, port_file, refused = sys.argv[1], sys.argv[2], set(sys.argv[3].split(","))
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
SKIP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
        "trailer", "upgrade", "content-length"}
ERROR = ('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>'
         '<Code>UnauthorizedOperation</Code><Message>You are not authorized to '
         'perform this operation. (refused by generate.sh failproxy)</Message>'
         '</Error></Errors><RequestID>00000000-0000-0000-0000-000000000000'
         '</RequestID></Response>').encode()


class Handler(http.server.BaseHTTPRequestHandler):
    def body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def answer(self, status, headers, data):
        self.send_response(status)
        for k, v in headers:
            if k.lower() not in SKIP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def handle_any(self):
        data = self.body()
        form = urllib.parse.parse_qs(data.decode("utf-8", "replace")) if data else {}
        form.update(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query))
        action = (form.get("Action") or [""])[0]
        if action in refused:
            sys.stderr.write("refused %s %s\n" % (action, urllib.parse.urlencode(
                {k: v[0] for k, v in form.items() if k != "Action"})))
            sys.stderr.flush()
            return self.answer(403, [("Content-Type", "text/xml;charset=UTF-8")], ERROR)
        req = urllib.request.Request(upstream + self.path, data=data if data else None,
                                     method=self.command)
        for k, v in self.headers.items():
            if k.lower() not in SKIP:
                req.add_header(k, v)
        try:
            with opener.open(req, timeout=120) as r:
                status, headers, out = r.status, r.getheaders(), r.read()
        except urllib.error.HTTPError as e:
            status, headers, out = e.code, e.headers.items(), e.read()
        self.answer(status, headers, out)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_any

    def log_message(self, fmt, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
PY
}

# start_proxy DIR: proxy refusing DeleteSecurityGroup; log in DIR/proxy.log.
start_proxy() {
  local dir=$1
  [[ -f "$WORK/failproxy.py" ]] || write_proxy || return 1
  rm -f "$dir/proxy.port"
  setsid python3 "$WORK/failproxy.py" "$MOTO_URL" "$dir/proxy.port" DeleteSecurityGroup \
    >>"$dir/proxy.log" 2>&1 &
  PROXY_PID=$!
  for _ in $(seq 1 100); do
    if [[ -s "$dir/proxy.port" ]]; then
      PROXY_URL="http://127.0.0.1:$(cat "$dir/proxy.port")"
      if curl -fsS -o /dev/null --max-time 2 "$PROXY_URL/moto-api/data.json" 2>/dev/null; then
        log "  failing proxy up on $PROXY_URL (pid $PROXY_PID)"
        return 0
      fi
    fi
    kill -0 "$PROXY_PID" 2>/dev/null || { tail -n 20 "$dir/proxy.log" >&2; log "  proxy exited"; return 1; }
    sleep 0.1
  done
  log "  proxy did not answer"
  stop_proxy
  return 1
}

stop_proxy() {
  if [[ -n "$PROXY_PID" ]]; then
    kill -TERM -- "-$PROXY_PID" 2>/dev/null || true
    wait "$PROXY_PID" 2>/dev/null || true
    PROXY_PID=""
    PROXY_URL=""
  fi
}

cleanup() {
  local rc=$?
  stop_proxy
  stop_moto
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if [[ $rc -ne 0 && -n "${KEEP_WORK:-}" ]]; then
      log "work dir kept: $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  exit $rc
}

# --- terraform ---------------------------------------------------------------

# scenario_provider DIR [URL]: provider.tf with the endpoints the scenarios use on URL (default
# moto).
scenario_provider() {
  write_provider "$1" "${2:-$MOTO_URL}" ec2 sts rds elbv2
}

# tf DIR ARGS... : run terraform in DIR, output to DIR/tf.log (stdout kept
# separate by callers that need it).
tf() {
  local dir=$1; shift
  (cd "$dir" && "$TERRAFORM_BIN" "$@")
}

# retry DIR ARGS... : up to MAX_TRIES runs of a terraform command.
retry() {
  local dir=$1; shift
  local n
  for n in $(seq 1 "$MAX_TRIES"); do
    if tf "$dir" "$@" >>"$dir/tf.log" 2>&1; then
      return 0
    fi
    log "  terraform $1 failed (try $n/$MAX_TRIES)"
    if ! moto_up; then
      log "  moto is not answering"
      break
    fi
    sleep 1
  done
  tail -n 30 "$dir/tf.log" >&2
  return 1
}

# show_json DIR OUT [PLANFILE]: terraform show -json, retried, checked to parse.
show_json() {
  local dir=$1 out=$2 n
  shift 2
  for n in $(seq 1 "$MAX_TRIES"); do
    if tf "$dir" show -json -no-color "$@" >"$out" 2>>"$dir/tf.log" \
       && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out"; then
      return 0
    fi
    log "  terraform show failed (try $n/$MAX_TRIES)"
    sleep 1
  done
  return 1
}

# pretty IN OUT: indent by one space; json.tool keeps key order and values.
pretty() {
  python3 -m json.tool --indent 1 --no-ensure-ascii "$1" "$2.tmp" || return 1
  python3 - "$1" "$2.tmp" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
b = json.load(open(sys.argv[2], encoding="utf-8"))
assert a == b, "pretty-printing changed the content"
PY
}

# summarize PLAN: one line per resource change, "<address> <actions>".
summarize() {
  python3 - "$1" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ("format_version", "resource_changes", "configuration", "planned_values"):
    if key not in plan:
        sys.exit(f"plan JSON lacks {key!r}")
# A deposed object shares its address with the current one: "(deposed)" marks
# it (its key is random, so not shown) and it sorts after the current one.
for rc in sorted(plan["resource_changes"],
                 key=lambda r: (r["address"], "deposed" in r, r.get("deposed", ""))):
    address = rc["address"] + (" (deposed)" if "deposed" in rc else "")
    print(address, ",".join(rc["change"]["actions"]))
PY
}

# has_deposed STATE: the state JSON holds at least one deposed object.
has_deposed() {
  python3 - "$1" <<'PY'
import json, sys
state = json.load(open(sys.argv[1], encoding="utf-8"))
def walk(m):
    for r in m.get("resources", []):
        yield r
    for c in m.get("child_modules", []):
        yield from walk(c)
root = state.get("values", {}).get("root_module", {})
found = [r["address"] + " deposed " + r["deposed_key"] for r in walk(root) if "deposed_key" in r]
if not found:
    sys.exit("no deposed object in state")
print("; ".join(found))
PY
}

# apply_refusing_deletes DIR TF: apply TF in DIR through the failing proxy.
# Succeeds only when the apply failed and the proxy refused a delete.
apply_refusing_deletes() {
  local dir=$1 tf_file=$2 rc refused
  cp "$tf_file" "$dir/main.tf" || return 1
  retry "$dir" init -input=false -no-color || return 1
  start_proxy "$dir" || return 1
  if ! scenario_provider "$dir" "$PROXY_URL"; then stop_proxy; return 1; fi
  # Once only: this apply is meant to fail.
  tf "$dir" apply -auto-approve -input=false -no-color -parallelism=1 >>"$dir/tf.log" 2>&1
  rc=$?
  stop_proxy
  scenario_provider "$dir" || return 1
  refused=$(grep -c '^refused ' "$dir/proxy.log" 2>/dev/null)
  if [[ $rc -eq 0 ]]; then
    log "  apply of $(basename "$tf_file") succeeded, but it should have failed on a refused delete"
    return 1
  fi
  if [[ ${refused:-0} -eq 0 ]]; then
    log "  apply of $(basename "$tf_file") failed before any delete was refused"
    tail -n 30 "$dir/tf.log" >&2
    return 1
  fi
  log "  $(basename "$tf_file"): apply failed as intended ($refused delete(s) refused)"
}

# check_plan NAME PLAN: the plan's actions must match NAME/expect.txt.
check_plan() {
  local name=$1 plan=$2 got
  got="$(summarize "$plan")" || return 1
  printf '%s\n' "$got" >"$(dirname "$plan")/actions.txt"
  if [[ -f "$HERE/$name/expect.txt" ]]; then
    if ! diff -u "$HERE/$name/expect.txt" <(printf '%s\n' "$got") >&2; then
      log "  $name: actions differ from $name/expect.txt"
      return 1
    fi
  else
    log "  $name: no expect.txt; actions were:"
    printf '%s\n' "$got" | sed 's/^/    /' >&2
  fi
}

# --- scenarios ---------------------------------------------------------------

run_scenario_once() {
  local name=$1 src="$HERE/$1" wd
  # Called as an `if` condition, so set -e is off here: check every step.
  wd="$(mktemp -d "$WORK/$name.XXXXXX")" || return 1
  scenario_provider "$wd" || return 1
  if [[ -d "$src/modules" ]]; then
    cp -R "$src/modules" "$wd/modules" || return 1
  fi
  local tfvars
  for tfvars in "$src"/*.tfvars; do
    if [[ -f "$tfvars" ]]; then
      cp "$tfvars" "$wd/" || return 1
    fi
  done
  reset_moto || return 1

  if [[ -f "$src/before.tf" ]]; then
    cp "$src/before.tf" "$wd/main.tf" || return 1
    retry "$wd" init -input=false -no-color || return 1
    # One at a time, so moto hands out ids in a repeatable order.
    retry "$wd" apply -auto-approve -input=false -no-color -parallelism=1 || return 1
    if [[ -f "$src/middle.tf" ]]; then
      apply_refusing_deletes "$wd" "$src/middle.tf" || return 1
    fi
    show_json "$wd" "$wd/state.json" || return 1
    if [[ -f "$src/middle.tf" ]]; then
      local deposed
      deposed="$(has_deposed "$wd/state.json")" || return 1
      log "  state: $deposed"
    fi
  fi

  cp "$src/after.tf" "$wd/main.tf" || return 1
  # (Re-)init: after.tf may call modules that before.tf did not.
  retry "$wd" init -input=false -no-color || return 1
  retry "$wd" plan -input=false -no-color -out=tfplan || return 1
  show_json "$wd" "$wd/plan.json" tfplan || return 1
  check_plan "$name" "$wd/plan.json" || return 1
  if [[ "$name" == ssh-world-inline && "$WANT_PLAN_LOG" == 1 ]]; then
    # The streaming UI log of `terraform plan -json`: not a plan document.
    local n ok=0
    for n in $(seq 1 "$MAX_TRIES"); do
      if tf "$wd" plan -json -input=false -no-color >"$wd/plan.log.jsonl" 2>>"$wd/tf.log" \
         && python3 - "$wd/plan.log.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
types = [json.loads(l)["type"] for l in lines]
assert "version" in types and "change_summary" in types, types
PY
      then ok=1; break; fi
      log "  terraform plan -json failed (try $n/$MAX_TRIES)"
    done
    [[ $ok == 1 ]] || return 1
  fi

  # Everything worked: put the results in place.
  pretty "$wd/plan.json" "$src/plan.json" || return 1
  if [[ -f "$wd/state.json" ]]; then
    pretty "$wd/state.json" "$src/state.json" || return 1
  fi
  mv "$src/plan.json.tmp" "$src/plan.json" || return 1
  if [[ -f "$src/state.json.tmp" ]]; then
    mv "$src/state.json.tmp" "$src/state.json" || return 1
  fi
  if [[ -f "$wd/plan.log.jsonl" ]]; then
    mkdir -p "$HERE/plan-log" && cp "$wd/plan.log.jsonl" "$HERE/plan-log/plan.log.jsonl" || return 1
  fi
  log "  $name: $(tr '\n' ';' <"$wd/actions.txt" | sed 's/;$//; s/;/; /g')"
  if [[ -n "${APPLY:-}" ]]; then
    apply_plan "$wd" "$src/apply.txt" || return 1
  fi
}

# apply_plan DIR OUT: applies DIR/tfplan once (an apply meant to fail is not retried) and
# writes OUT: the outcome, then terraform's errors.
apply_plan() {
  local dir=$1 out=$2 rc
  tf "$dir" apply -auto-approve -input=false -no-color -parallelism=1 tfplan \
    >"$dir/apply.log" 2>&1
  rc=$?
  {
    echo "# terraform apply of plan.json against moto $("$VENV/bin/python" -c 'import moto; print(moto.__version__)') (generate.sh with APPLY=1)"
    if [[ $rc -eq 0 ]]; then
      echo "apply succeeded"
      grep -E '^Apply complete' "$dir/apply.log" || true
    else
      echo "apply failed (exit $rc)"
      # Everything from the first error on; request ids differ from run to run.
      sed -n '/^Error: /,$p' "$dir/apply.log" | sed -E 's/RequestID: [0-9A-Za-z-]+/RequestID: (id)/; s/^[0-9A-Za-z]{20,}(, api error)/(id)\1/'
    fi
  } >"$out"
  log "  apply: $(sed -n 2p "$out")"
}

run_scenario() {
  local name=$1 try
  [[ -f "$HERE/$name/after.tf" ]] || die "no scenario $name (expected $HERE/$name/after.tf)"
  if [[ -f "$HERE/$name/middle.tf" && ! -f "$HERE/$name/before.tf" ]]; then
    die "scenario $name has middle.tf but no before.tf"
  fi
  log "scenario $name"
  for try in $(seq 1 "$MAX_TRIES"); do
    if run_scenario_once "$name"; then
      return 0
    fi
    log "  $name failed (try $try/$MAX_TRIES); restarting moto"
    restart_moto
  done
  die "scenario $name failed $MAX_TRIES times (rerun with KEEP_WORK=1 to keep $WORK)"
}

run_big() {
  local wd="$WORK/big" out="$REPO/target/big-plan"
  mkdir -p "$wd" "$out"
  scenario_provider "$wd"
  cat >"$wd/main.tf" <<EOF
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "svc" {
  count       = $BIG_COUNT
  name        = "svc-\${count.index}"
  description = "Service \${count.index}"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.\${count.index % 256}.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The network: one subnet per 10 groups (/25s of the VPC), the even ones public (route table
# "public": 0.0.0.0/0 to the internet gateway; network ACL "public", inline rules), the odd
# ones private (route table "private": 0.0.0.0/0 to the NAT gateway, in subnet 0; network ACL
# "private", aws_network_acl_rule resources, one aws_network_acl_association per subnet).
# An instance per 10 groups, in the subnets in turn.
locals {
  subnets = $((BIG_COUNT / 10 > 0 ? BIG_COUNT / 10 : 1))
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "net" {
  count                   = local.subnets
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 9, count.index)
  availability_zone       = element(["us-east-1a", "us-east-1b", "us-east-1c"], count.index)
  map_public_ip_on_launch = count.index % 2 == 0
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.net[0].id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_nat" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route_table_association" "net" {
  count          = local.subnets
  subnet_id      = aws_subnet.net[count.index].id
  route_table_id = count.index % 2 == 0 ? aws_route_table.public.id : aws_route_table.private.id
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [for i, s in aws_subnet.net : s.id if i % 2 == 0]

  dynamic "ingress" {
    for_each = {
      100 = ["allow", "tcp", 443, 443, "0.0.0.0/0"]
      110 = ["allow", "tcp", 80, 80, "0.0.0.0/0"]
      120 = ["deny", "tcp", 22, 22, "0.0.0.0/0"]
      130 = ["allow", "tcp", 22, 22, "10.0.0.0/8"]
      140 = ["allow", "tcp", 1024, 65535, "0.0.0.0/0"]
      150 = ["allow", "udp", 1024, 65535, "0.0.0.0/0"]
    }
    content {
      rule_no    = ingress.key
      action     = ingress.value[0]
      protocol   = ingress.value[1]
      from_port  = ingress.value[2]
      to_port    = ingress.value[3]
      cidr_block = ingress.value[4]
    }
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "private" {
  for_each = {
    vpc_in    = [false, 100, "allow", "-1", 0, 0, "10.0.0.0/16"]
    rdp_in    = [false, 110, "deny", "tcp", 3389, 3389, "0.0.0.0/0"]
    return_in = [false, 120, "allow", "tcp", 1024, 65535, "0.0.0.0/0"]
    all_out   = [true, 100, "allow", "-1", 0, 0, "0.0.0.0/0"]
  }
  network_acl_id = aws_network_acl.private.id
  egress         = each.value[0]
  rule_number    = each.value[1]
  rule_action    = each.value[2]
  protocol       = each.value[3]
  from_port      = each.value[4]
  to_port        = each.value[5]
  cidr_block     = each.value[6]
}

resource "aws_network_acl_association" "private" {
  count          = floor(local.subnets / 2)
  network_acl_id = aws_network_acl.private.id
  subnet_id      = aws_subnet.net[2 * count.index + 1].id
}

resource "aws_instance" "svc" {
  count                  = local.subnets
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.net[count.index].id
  vpc_security_group_ids = [aws_security_group.svc[count.index * 10].id]
}
EOF
  log "big plan: $BIG_COUNT security groups"
  reset_moto
  retry "$wd" init -input=false -no-color || die "terraform init failed"
  local t0 t1 t2
  t0=$(date +%s.%N)
  retry "$wd" plan -input=false -no-color -out=tfplan || die "terraform plan failed"
  t1=$(date +%s.%N)
  show_json "$wd" "$out/plan.json.tmp" tfplan || die "terraform show failed"
  t2=$(date +%s.%N)
  mv "$out/plan.json.tmp" "$out/plan.json"
  cp "$wd/main.tf" "$out/main.tf"
  summarize "$out/plan.json" | awk '{print $2}' | sort | uniq -c | sed 's/^/[generate]   /' >&2
  log "big plan: terraform plan took $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')s," \
      "show -json took $(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.1f", b-a}')s"
  log "big plan: $out/plan.json ($(wc -c <"$out/plan.json") bytes)"
}

main() {
  local names=() want_big=0 a d
  WANT_PLAN_LOG=0
  for a in "$@"; do
    case "$a" in
      big) want_big=1 ;;
      plan-log) WANT_PLAN_LOG=1; names+=(ssh-world-inline) ;;
      -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) names+=("${a%/}") ;;
    esac
  done
  if [[ $# -eq 0 ]]; then
    WANT_PLAN_LOG=1
    for d in "$HERE"/*/; do
      d="$(basename "$d")"
      [[ -f "$HERE/$d/after.tf" ]] && names+=("$d")
    done
  fi
  # A scenario named twice (e.g. plan-log and ssh-world-inline) runs once.
  if [[ ${#names[@]} -gt 0 ]]; then
    mapfile -t names < <(printf '%s\n' "${names[@]}" | awk '!seen[$0]++')
  fi
  for a in ${names[@]+"${names[@]}"}; do
    [[ -f "$HERE/$a/after.tf" ]] || die "no scenario $a (expected $HERE/$a/after.tf)"
  done

  WORK="$(mktemp -d "${TMPDIR:-/tmp}/sgaudit-fixtures.XXXXXX")"
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  local mirror start
  start=$(date +%s)
  mirror="$(find_mirror)"
  use_mirror "$WORK" "$mirror"
  log "terraform: $TERRAFORM_BIN ($("$TERRAFORM_BIN" version | head -n 1)); provider mirror: $mirror"
  ensure_venv
  start_moto

  for a in ${names[@]+"${names[@]}"}; do
    run_scenario "$a"
  done
  if [[ $want_big == 1 ]]; then
    run_big
  fi
  log "done in $(( $(date +%s) - start ))s"
}

main "$@"
