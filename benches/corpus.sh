#!/usr/bin/env bash
# Generates the benchmark corpus under target/bench-corpus/ (never committed).
#
#   benches/corpus.sh            # everything
#   benches/corpus.sh plans      # plan-100.json and plan-1000.json (real terraform)
#   benches/corpus.sh replicas   # plan-10k/50k/100k.json from plan-1000.json
#   benches/corpus.sh hcl        # hcl-1000/ and hcl-10000/ (.tf trees)
#   benches/corpus.sh huge       # plan-1g.json (1 GiB) and hcl-50000/ (not in "everything")
#   benches/corpus.sh shaped     # plan-shaped-1000.json (real terraform: count.index and
#                                # for_each attachments, modules called many times) and its
#                                # replicas plan-shaped-10k/50k/100k.json (issue 22)
#
# Real plans: for N groups, a configuration with per group i an aws_security_group
# with 1-3 inline ingress blocks and an egress block; every 3rd group also an
# aws_security_group_rule, every 4th an aws_vpc_security_group_ingress_rule,
# every 5th an aws_instance or (alternately) an aws_launch_template using it;
# and unrelated resources (an aws_s3_bucket per second group, an aws_iam_role
# per third group); a network around them: subnets, route tables, internet and
# NAT gateways, network ACLs (see write_vpc_network). `terraform plan -out` on an
# empty state, then
# `terraform show -json`. A create-only plan makes no AWS API call (fake keys,
# every skip_* flag), so no mock AWS runs; the endpoints point at a closed
# loopback port, so a call would fail instead of leaving the machine.
#
# Larger plans: benches/replicate.py copies plan-1000.json's resource changes
# under module.copy_<k> (10, 50 and 100 copies: ~10k, 50k, 100k groups).
#
# HCL trees: hcl-1000/ and hcl-10000/ hold that many .tf files: a root module
# whose files call a shared module (modules/sg: variables, for_each, dynamic
# blocks) and per-team modules (modules/team_<j>/), plus plain resources.
#
# Environment:
#   TERRAFORM         terraform binary (default: terraform on PATH)
#   TF_PLUGIN_MIRROR  folder holding registry.terraform.io/ (default: searched)
#   CORPUS_SIZES      group counts of the real plans (default "100 1000")
#   SHAPED_COPIES     replicas of plan-shaped-1000 (default "10 50 100": 10k, 50k, 100k)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
OUT="$REPO/target/bench-corpus"
TERRAFORM_BIN="${TERRAFORM:-terraform}"
SIZES="${CORPUS_SIZES:-100 1000}"

log() { printf '[corpus] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# shellcheck source=testdata/terraform.sh
source "$REPO/testdata/terraform.sh"
terraform_sandbox

# Port 9 (discard) on loopback: nothing listens, so a stray API call fails fast.
write_provider() {
  cat >"$1/provider.tf" <<'EOF'
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  max_retries                 = 1

  endpoints {
    ec2   = "http://127.0.0.1:9"
    sts   = "http://127.0.0.1:9"
    iam   = "http://127.0.0.1:9"
    s3    = "http://127.0.0.1:9"
    rds   = "http://127.0.0.1:9"
    elbv2 = "http://127.0.0.1:9"
  }
}
EOF
}

# --- real plans ----------------------------------------------------------------

# The network of the real plans: 10 VPCs, each with an internet gateway, a NAT gateway (and
# its EIP) in its first public subnet, a public route table (inline route to the internet
# gateway) and a private one (an aws_route to the NAT gateway; the VPC's main table, by
# aws_main_route_table_association), a public network ACL (inline rules, subnet_ids) and a
# private one (aws_network_acl_rule resources, aws_network_acl_association), and the default
# ACL managed (aws_default_network_acl) in every other VPC. Subnets: N/10 (at least 20),
# subnet j in VPC j % 10, its k = j / 10 -th (10.<v>.<k+1>.0/24): public when k is even
# (map_public_ip_on_launch, explicitly associated with the public table, in the public ACL's
# subnet_ids); private when k is odd, explicitly associated with the private table and ACL
# when k % 4 == 1, else left to the main table and the default ACL. Every 10th group's
# instance (VPC 0) and every 10th (offset 7) group's ENI (VPC 7) sit in the subnets of their
# group's VPC, in turn.

# subnet_count N: the number of subnets of the plan of N groups.
subnet_count() {
  local s=$(($1 / 10))
  ((s < 20)) && s=20
  ((s > 2540)) && s=2540 # 10.<v>.<k+1>.0/24: k + 1 <= 254
  echo $((s - s % 10))
}

# subnet_of N I: the subnet holding group I's workload (same VPC as the group).
subnet_of() {
  local per=$(($(subnet_count "$1") / 10))
  echo $((10 * (($2 / 10) % per) + $2 % 10))
}

# write_vpc_network V S: VPC V's gateways, route tables and network ACLs (S subnets in all).
write_vpc_network() {
  local v=$1 s=$2 j public=() private=()
  for ((j = v; j < s; j += 10)); do
    if (((j / 10) % 2 == 0)); then
      public+=("aws_subnet.subnet_$j.id")
    elif (((j / 10) % 4 == 1)); then
      private+=("$j")
    fi
  done
  local joined
  joined=$(IFS=,; echo "${public[*]}")
  cat <<EOF
resource "aws_internet_gateway" "igw_$v" {
  vpc_id = aws_vpc.vpc_$v.id
}

resource "aws_eip" "nat_$v" {
  domain = "vpc"
}

resource "aws_nat_gateway" "nat_$v" {
  allocation_id = aws_eip.nat_$v.id
  subnet_id     = aws_subnet.subnet_$v.id
}

resource "aws_route_table" "public_$v" {
  vpc_id = aws_vpc.vpc_$v.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw_$v.id
  }
}

resource "aws_route_table" "private_$v" {
  vpc_id = aws_vpc.vpc_$v.id
}

resource "aws_route" "private_nat_$v" {
  route_table_id         = aws_route_table.private_$v.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_$v.id
}

resource "aws_main_route_table_association" "main_$v" {
  vpc_id         = aws_vpc.vpc_$v.id
  route_table_id = aws_route_table.private_$v.id
}

resource "aws_network_acl" "public_$v" {
  vpc_id     = aws_vpc.vpc_$v.id
  subnet_ids = [${joined//,/, }]

EOF
  local rule fields
  # rule_no protocol action cidr from to
  for rule in "100 tcp allow 0.0.0.0/0 443 443" "110 tcp allow 0.0.0.0/0 80 80" \
              "120 tcp deny 0.0.0.0/0 22 22" "130 tcp allow 10.0.0.0/8 22 22" \
              "140 tcp allow 0.0.0.0/0 1024 65535" "150 udp allow 0.0.0.0/0 1024 65535" \
              "160 tcp deny 0.0.0.0/0 3389 3389"; do
    read -ra fields <<<"$rule"
    set -- "${fields[@]}"
    printf '  ingress {\n    rule_no    = %s\n    protocol   = "%s"\n    action     = "%s"\n' "$1" "$2" "$3"
    printf '    cidr_block = "%s"\n    from_port  = %s\n    to_port    = %s\n  }\n\n' "$4" "$5" "$6"
  done
  printf '  egress {\n    rule_no    = 100\n    protocol   = "-1"\n    action     = "allow"\n'
  printf '    cidr_block = "0.0.0.0/0"\n    from_port  = 0\n    to_port    = 0\n  }\n\n'
  printf '  egress {\n    rule_no         = 110\n    protocol        = "-1"\n    action          = "allow"\n'
  printf '    ipv6_cidr_block = "::/0"\n    from_port       = 0\n    to_port         = 0\n  }\n}\n\n'
  printf 'resource "aws_network_acl" "private_%d" {\n  vpc_id = aws_vpc.vpc_%d.id\n}\n\n' "$v" "$v"
  # name egress rule_number protocol action cidr from to
  for rule in "vpc_in false 100 -1 allow 10.$v.0.0/16 0 0" \
              "rdp_in false 110 tcp deny 0.0.0.0/0 3389 3389" \
              "return_in false 120 tcp allow 0.0.0.0/0 1024 65535" \
              "all_out true 100 -1 allow 0.0.0.0/0 0 0"; do
    read -ra fields <<<"$rule"
    set -- "${fields[@]}"
    printf 'resource "aws_network_acl_rule" "private_%d_%s" {\n' "$v" "$1"
    printf '  network_acl_id = aws_network_acl.private_%d.id\n  egress         = %s\n' "$v" "$2"
    printf '  rule_number    = %s\n  protocol       = "%s"\n  rule_action    = "%s"\n' "$3" "$4" "$5"
    printf '  cidr_block     = "%s"\n  from_port      = %s\n  to_port        = %s\n}\n\n' "$6" "$7" "$8"
  done
  for j in "${private[@]}"; do
    printf 'resource "aws_network_acl_association" "private_%d" {\n' "$j"
    printf '  network_acl_id = aws_network_acl.private_%d.id\n  subnet_id      = aws_subnet.subnet_%d.id\n}\n\n' "$v" "$j"
    printf 'resource "aws_route_table_association" "rta_%d" {\n' "$j"
    printf '  subnet_id      = aws_subnet.subnet_%d.id\n  route_table_id = aws_route_table.private_%d.id\n}\n\n' "$j" "$v"
  done
  if ((v % 2 == 0)); then
    printf 'resource "aws_default_network_acl" "default_%d" {\n' "$v"
    printf '  default_network_acl_id = aws_vpc.vpc_%d.default_network_acl_id\n\n' "$v"
    for egress in ingress egress; do
      printf '  %s {\n    rule_no    = 100\n    protocol   = "-1"\n    action     = "allow"\n' "$egress"
      printf '    cidr_block = "0.0.0.0/0"\n    from_port  = 0\n    to_port    = 0\n  }\n'
      [[ $egress == ingress ]] && printf '\n'
    done
    printf '}\n\n'
  fi
}

# write_subnets S: the S subnets, and the public ones' route table associations.
write_subnets() {
  local s=$1 j v k zones=(a b c d e f)
  for ((j = 0; j < s; j++)); do
    v=$((j % 10)) k=$((j / 10))
    printf 'resource "aws_subnet" "subnet_%d" {\n  vpc_id                  = aws_vpc.vpc_%d.id\n' "$j" "$v"
    printf '  cidr_block              = "10.%d.%d.0/24"\n' "$v" "$((k + 1))"
    printf '  availability_zone       = "us-east-1%s"\n' "${zones[k % 6]}"
    if ((k % 2 == 0)); then
      printf '  map_public_ip_on_launch = true\n}\n\n'
      printf 'resource "aws_route_table_association" "rta_%d" {\n' "$j"
      printf '  subnet_id      = aws_subnet.subnet_%d.id\n  route_table_id = aws_route_table.public_%d.id\n}\n\n' "$j" "$v"
    else
      printf '  map_public_ip_on_launch = false\n}\n\n'
    fi
  done
}

# write_groups N FILE: the configuration of N groups and their neighbours.
write_groups() {
  local n=$1 file=$2 i v ports k
  {
    for v in $(seq 0 9); do
      cat <<EOF
resource "aws_vpc" "vpc_$v" {
  cidr_block = "10.$v.0.0/16"
  tags = {
    Name = "bench-vpc-$v"
  }
}

EOF
      write_vpc_network "$v" "$(subnet_count "$n")"
    done
    write_subnets "$(subnet_count "$n")"
    for ((i = 0; i < n; i++)); do
      v=$((i % 10))
      ports=(443 22 5432 3389 8080 6379)
      printf 'resource "aws_security_group" "sg_%d" {\n' "$i"
      printf '  name        = "svc-%d"\n  description = "Service %d"\n  vpc_id      = aws_vpc.vpc_%d.id\n\n' "$i" "$i" "$v"
      for ((k = 0; k <= i % 3; k++)); do
        local port=${ports[$(((i + k) % 6))]}
        printf '  ingress {\n    description = "rule %d of service %d"\n' "$k" "$i"
        printf '    from_port   = %d\n    to_port     = %d\n    protocol    = "tcp"\n' "$port" "$port"
        case $(((i + k) % 4)) in
          0) printf '    cidr_blocks = ["0.0.0.0/0"]\n' ;;
          1) printf '    cidr_blocks = ["10.%d.0.0/16", "192.168.%d.0/24"]\n' "$v" "$((i % 256))" ;;
          2) printf '    ipv6_cidr_blocks = ["::/0"]\n' ;;
          3) printf '    cidr_blocks = ["203.0.%d.0/24"]\n    self        = true\n' "$((i % 256))" ;;
        esac
        printf '  }\n\n'
      done
      printf '  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n'
      printf '  tags = {\n    Name  = "svc-%d"\n    Team  = "team-%d"\n    Owner = "owner-%d@example.com"\n  }\n}\n\n' "$i" "$((i % 37))" "$((i % 11))"
      if ((i % 3 == 0)); then
        printf 'resource "aws_security_group_rule" "sgr_%d" {\n  type              = "ingress"\n' "$i"
        printf '  from_port         = 8000\n  to_port           = 8999\n  protocol          = "tcp"\n'
        if ((i > 0)); then
          printf '  source_security_group_id = aws_security_group.sg_%d.id\n' "$((i - 1))"
        else
          printf '  cidr_blocks       = ["10.0.0.0/8"]\n'
        fi
        printf '  security_group_id = aws_security_group.sg_%d.id\n}\n\n' "$i"
      fi
      if ((i % 4 == 0)); then
        printf 'resource "aws_vpc_security_group_ingress_rule" "vir_%d" {\n' "$i"
        printf '  security_group_id = aws_security_group.sg_%d.id\n' "$i"
        if ((i % 8 == 0)); then
          printf '  cidr_ipv4   = "0.0.0.0/0"\n  from_port   = 80\n  to_port     = 80\n  ip_protocol = "tcp"\n'
        else
          printf '  cidr_ipv6   = "2001:db8:%x::/48"\n  ip_protocol = "-1"\n' "$i"
        fi
        printf '  description = "standalone rule %d"\n}\n\n' "$i"
      fi
      if ((i % 10 == 0)); then
        printf 'resource "aws_instance" "vm_%d" {\n  ami                    = "ami-0123456789abcdef0"\n' "$i"
        printf '  instance_type          = "t3.micro"\n  subnet_id              = aws_subnet.subnet_%d.id\n' \
          "$(subnet_of "$n" "$i")"
        printf '  vpc_security_group_ids = [aws_security_group.sg_%d.id]\n' "$i"
        printf '  tags = {\n    Name = "vm-%d"\n  }\n}\n\n' "$i"
      elif ((i % 10 == 7)); then
        printf 'resource "aws_network_interface" "eni_%d" {\n' "$i"
        printf '  subnet_id       = aws_subnet.subnet_%d.id\n' "$(subnet_of "$n" "$i")"
        printf '  security_groups = [aws_security_group.sg_%d.id]\n}\n\n' "$i"
      elif ((i % 10 == 5)); then
        printf 'resource "aws_launch_template" "lt_%d" {\n  name_prefix            = "lt-%d-"\n' "$i" "$i"
        printf '  image_id               = "ami-0123456789abcdef0"\n  instance_type          = "t3.small"\n'
        printf '  vpc_security_group_ids = [aws_security_group.sg_%d.id]\n}\n\n' "$i"
      fi
      if ((i % 2 == 0)); then
        printf 'resource "aws_s3_bucket" "bucket_%d" {\n  bucket = "bench-bucket-%d"\n' "$i" "$i"
        printf '  tags = {\n    Team = "team-%d"\n  }\n}\n\n' "$((i % 37))"
      fi
      if ((i % 3 == 1)); then
        printf 'resource "aws_iam_role" "role_%d" {\n  name = "bench-role-%d"\n' "$i" "$i"
        printf '  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n'
        printf '    Statement = [{\n      Effect    = "Allow"\n      Action    = "sts:AssumeRole"\n'
        printf '      Principal = { Service = "ec2.amazonaws.com" }\n    }]\n  })\n}\n\n'
      fi
    done
  } >"$file"
}

# real_plan N: target/bench-corpus/plan-N.json from terraform.
real_plan() {
  local n=$1
  local wd="$WORK/plan-$n" t0 t1
  mkdir -p "$wd"
  write_provider "$wd"
  write_groups "$n" "$wd/main.tf"
  (cd "$wd" && "$TERRAFORM_BIN" init -input=false -no-color >"$wd/tf.log" 2>&1) \
    || { tail -n 30 "$wd/tf.log" >&2; die "terraform init failed for $n groups"; }
  t0=$(now)
  (cd "$wd" && "$TERRAFORM_BIN" plan -input=false -no-color -refresh=false -out=tfplan >>"$wd/tf.log" 2>&1) \
    || { tail -n 30 "$wd/tf.log" >&2; die "terraform plan failed for $n groups"; }
  t1=$(now)
  (cd "$wd" && "$TERRAFORM_BIN" show -json -no-color tfplan >"$OUT/plan-$n.json.tmp" 2>>"$wd/tf.log") \
    || die "terraform show failed for $n groups"
  mv "$OUT/plan-$n.json.tmp" "$OUT/plan-$n.json"
  mkdir -p "$OUT/plan-$n.tf"
  cp "$wd/main.tf" "$wd/provider.tf" "$OUT/plan-$n.tf/"
  log "plan-$n.json: $(wc -c <"$OUT/plan-$n.json") bytes; terraform plan $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')s, show -json $(since "$t1")s"
  python3 "$HERE/replicate.py" --summary "$OUT/plan-$n.json" >&2
}

plans() {
  command -v "$TERRAFORM_BIN" >/dev/null 2>&1 || {
    log "terraform not found; skipping the real plans (and the replicas made from them)"
    return 1
  }
  TERRAFORM_BIN="$(command -v "$TERRAFORM_BIN")"
  local mirror n
  mirror="$(find_mirror)"
  use_mirror "$WORK" "$mirror"
  log "terraform: $TERRAFORM_BIN ($("$TERRAFORM_BIN" version | head -n 1)); provider mirror: $mirror"
  for n in $SIZES; do
    real_plan "$n"
  done
}

replicas() {
  local src="$OUT/plan-1000.json" copies t0
  [[ -f "$src" ]] || { log "no $src; skipping the replicated plans"; return 0; }
  for copies in 10 50 100; do
    t0=$(now)
    python3 "$HERE/replicate.py" "$src" "$copies" "$OUT/plan-${copies}k.json"
    log "plan-${copies}k.json: $(wc -c <"$OUT/plan-${copies}k.json") bytes in $(since "$t0")s"
  done
}

# --- realistic shapes (issue 22) --------------------------------------------------

# write_shaped N DIR: the configuration of plan-shaped-N: N groups written the way real
# configurations write them, around the same network as the plans above (write_vpc_network,
# write_subnets). Of the N groups:
# - 40 % (C) are one `aws_security_group.sg` with `count`, each attached to an instance by
#   `aws_security_group.sg[count.index].id` (C/2 instances, each with a second group, a
#   for_each one); an `aws_security_group_rule` per group but the first lets the previous
#   group in (`sg[count.index]` → `sg[count.index + 1]`), and every second group has an
#   `aws_vpc_security_group_ingress_rule` open to the world on 443;
# - 20 % (F) are one `aws_security_group.fe` with `for_each` over a map, each with an
#   ingress rule `for_each = aws_security_group.fe`, a launch template with two groups
#   (`fe[each.key]` and a counted one) and a network interface (`fe[each.key]`);
# - 40 % are in N/10 calls (`for_each`) of modules/svc, 4 groups per call (a public load
#   balancer group, an app group letting it in by `security_groups`, and two `count`ed
#   worker groups), 2 instances with two groups each, a launch template with two and an
#   `aws_security_group_rule` from the workers to the app group.
# VPCs and subnets are reached through locals (lists of the ids), by index.
write_shaped() {
  local n=$1 dir=$2 c f m s v j
  c=$((n * 4 / 10)) f=$((n * 2 / 10)) m=$((n / 10))
  s=$(subnet_count "$n")
  mkdir -p "$dir/modules/svc"
  {
    for v in $(seq 0 9); do
      printf 'resource "aws_vpc" "vpc_%d" {\n  cidr_block = "10.%d.0.0/16"\n}\n\n' "$v" "$v"
      write_vpc_network "$v" "$s"
    done
    write_subnets "$s"
    printf 'locals {\n  vpc_ids = [\n'
    for v in $(seq 0 9); do printf '    aws_vpc.vpc_%d.id,\n' "$v"; done
    printf '  ]\n  subnet_ids = [\n'
    for ((j = 0; j < s; j++)); do printf '    aws_subnet.subnet_%d.id,\n' "$j"; done
    # shellcheck disable=SC2016 # ${i} is terraform's, not the shell's
    printf '  ]\n  fe_services = { for i in range(%d) : "svc-${i}" => i }\n' "$f"
    # shellcheck disable=SC2016
    printf '  teams       = { for i in range(%d) : "team-${i}" => i }\n' "$m"
    printf '  ports       = [443, 22, 5432, 3389, 8080, 6379]\n}\n\n'
    cat <<EOF
resource "aws_security_group" "sg" {
  count       = $c
  name        = "svc-\${count.index}"
  description = "Service \${count.index}"
  vpc_id      = local.vpc_ids[count.index % 10]

  ingress {
    description = "main port"
    from_port   = local.ports[count.index % 6]
    to_port     = local.ports[count.index % 6]
    protocol    = "tcp"
    cidr_blocks = count.index % 4 == 0 ? ["0.0.0.0/0"] : ["10.\${count.index % 10}.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "svc-\${count.index}"
    Team = "team-\${count.index % 37}"
  }
}

resource "aws_security_group_rule" "from_previous" {
  count                    = $((c - 1))
  type                     = "ingress"
  from_port                = 8000
  to_port                  = 8999
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.sg[count.index].id
  security_group_id        = aws_security_group.sg[count.index + 1].id
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  count             = $((c / 2))
  security_group_id = aws_security_group.sg[count.index * 2].id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}

resource "aws_instance" "app" {
  count         = $((c / 2))
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = local.subnet_ids[count.index % $s]
  vpc_security_group_ids = [
    aws_security_group.sg[count.index].id,
    aws_security_group.fe["svc-\${count.index % $f}"].id,
  ]
  tags = {
    Name = "app-\${count.index}"
  }
}

resource "aws_security_group" "fe" {
  for_each    = local.fe_services
  name        = each.key
  description = "Front end \${each.key}"
  vpc_id      = local.vpc_ids[each.value % 10]

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = each.value % 3 == 0 ? ["0.0.0.0/0"] : ["192.168.\${each.value % 256}.0/24"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "fe_admin" {
  for_each          = aws_security_group.fe
  security_group_id = each.value.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

resource "aws_launch_template" "fe" {
  for_each      = local.fe_services
  name_prefix   = "\${each.key}-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  vpc_security_group_ids = [
    aws_security_group.fe[each.key].id,
    aws_security_group.sg[each.value % $c].id,
  ]
}

resource "aws_network_interface" "fe" {
  for_each        = local.fe_services
  subnet_id       = local.subnet_ids[each.value % $s]
  security_groups = [aws_security_group.fe[each.key].id]
}

module "team" {
  source    = "./modules/svc"
  for_each  = local.teams
  name      = each.key
  vpc_id    = local.vpc_ids[each.value % 10]
  subnet_id = local.subnet_ids[each.value % $s]
  open      = each.value % 2 == 0
}
EOF
  } >"$dir/main.tf"
  cat >"$dir/modules/svc/main.tf" <<'EOF'
variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "open" {
  type = bool
}

resource "aws_security_group" "lb" {
  name   = "${var.name}-lb"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = var.open ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name   = "${var.name}-app"
  vpc_id = var.vpc_id

  ingress {
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.lb.id]
  }
}

resource "aws_security_group" "worker" {
  count  = 2
  name   = "${var.name}-worker-${count.index}"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.open && count.index == 0 ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "worker_to_app" {
  count                    = 2
  type                     = "ingress"
  from_port                = 9000
  to_port                  = 9000
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.worker[count.index].id
  security_group_id        = aws_security_group.app.id
}

resource "aws_instance" "worker" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = var.subnet_id
  vpc_security_group_ids = [
    aws_security_group.worker[count.index].id,
    aws_security_group.app.id,
  ]
}

resource "aws_launch_template" "app" {
  name_prefix            = "${var.name}-app-"
  image_id               = "ami-0123456789abcdef0"
  instance_type          = "t3.small"
  vpc_security_group_ids = [aws_security_group.app.id, aws_security_group.lb.id]
}

output "app_id" {
  value = aws_security_group.app.id
}
EOF
}

# shaped_plan N: target/bench-corpus/plan-shaped-N.json from terraform.
shaped_plan() {
  local n=$1
  local wd="$WORK/plan-shaped-$n" t0 t1
  mkdir -p "$wd"
  write_provider "$wd"
  write_shaped "$n" "$wd"
  (cd "$wd" && "$TERRAFORM_BIN" init -input=false -no-color >"$wd/tf.log" 2>&1) \
    || { tail -n 30 "$wd/tf.log" >&2; die "terraform init failed for plan-shaped-$n"; }
  t0=$(now)
  (cd "$wd" && "$TERRAFORM_BIN" plan -input=false -no-color -refresh=false -out=tfplan >>"$wd/tf.log" 2>&1) \
    || { tail -n 30 "$wd/tf.log" >&2; die "terraform plan failed for plan-shaped-$n"; }
  t1=$(now)
  (cd "$wd" && "$TERRAFORM_BIN" show -json -no-color tfplan >"$OUT/plan-shaped-$n.json.tmp" 2>>"$wd/tf.log") \
    || die "terraform show failed for plan-shaped-$n"
  mv "$OUT/plan-shaped-$n.json.tmp" "$OUT/plan-shaped-$n.json"
  rm -rf "$OUT/plan-shaped-$n.tf"
  mkdir -p "$OUT/plan-shaped-$n.tf/modules/svc"
  cp "$wd/main.tf" "$wd/provider.tf" "$OUT/plan-shaped-$n.tf/"
  cp "$wd/modules/svc/main.tf" "$OUT/plan-shaped-$n.tf/modules/svc/"
  log "plan-shaped-$n.json: $(wc -c <"$OUT/plan-shaped-$n.json") bytes; terraform plan $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')s, show -json $(since "$t1")s"
  python3 "$HERE/replicate.py" --summary "$OUT/plan-shaped-$n.json" >&2
}

# shaped: plan-shaped-1000.json (real) and its replicas plan-shaped-10k/50k/100k.json.
shaped() {
  command -v "$TERRAFORM_BIN" >/dev/null 2>&1 || {
    log "terraform not found; skipping the shaped plans"
    return 0
  }
  TERRAFORM_BIN="$(command -v "$TERRAFORM_BIN")"
  local mirror copies t0
  mirror="$(find_mirror)"
  use_mirror "$WORK" "$mirror"
  shaped_plan 1000
  for copies in ${SHAPED_COPIES:-10 50 100}; do
    t0=$(now)
    python3 "$HERE/replicate.py" "$OUT/plan-shaped-1000.json" "$copies" "$OUT/plan-shaped-${copies}k.json"
    log "plan-shaped-${copies}k.json: $(wc -c <"$OUT/plan-shaped-${copies}k.json") bytes in $(since "$t0")s"
  done
}

# The inputs of issue 9's "scale without falling over" (not built by default): a plan of
# 1 GiB (plan-1000 × 134) and a tree of 50,000 .tf files.
huge() {
  local src="$OUT/plan-1000.json" t0
  [[ -f "$src" ]] || { log "no $src; skipping plan-1g.json"; return 0; }
  t0=$(now)
  python3 "$HERE/replicate.py" "$src" 134 "$OUT/plan-1g.json"
  log "plan-1g.json: $(wc -c <"$OUT/plan-1g.json") bytes in $(since "$t0")s"
  hcl_tree 50000
}

# --- HCL trees -------------------------------------------------------------------

# The shared module: variables, for_each over a map, dynamic blocks.
write_sg_module() {
  local dir=$1
  mkdir -p "$dir"
  cat >"$dir/variables.tf" <<'EOF'
variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ingress" {
  description = "Ingress rules by name."
  type = map(object({
    port  = number
    cidrs = list(string)
  }))
  default = {}
}

variable "extra_cidrs" {
  type    = list(string)
  default = []
}
EOF
  cat >"$dir/main.tf" <<'EOF'
resource "aws_security_group" "this" {
  name        = var.name
  description = "Managed by the sg module: ${var.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress
    content {
      description = ingress.key
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
EOF
  cat >"$dir/rules.tf" <<'EOF'
resource "aws_vpc_security_group_ingress_rule" "extra" {
  for_each          = toset(var.extra_cidrs)
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  from_port         = 8443
  to_port           = 8443
  ip_protocol       = "tcp"
}
EOF
  cat >"$dir/outputs.tf" <<'EOF'
output "id" {
  value = aws_security_group.this.id
}
EOF
}

# write_team DIR J: a team module (4 files) using the shared module, with its public subnet
# (internet gateway, route table and association, network ACL with a dynamic block).
write_team() {
  local dir=$1 j=$2
  mkdir -p "$dir"
  cat >"$dir/variables.tf" <<EOF
variable "vpc_id" {
  type    = string
  default = "vpc-team$j"
}

variable "office_cidr" {
  type    = string
  default = "198.51.100.$((j % 256))/32"
}
EOF
  cat >"$dir/main.tf" <<EOF
locals {
  services = {
    api = { port = 443, public = true }
    db  = { port = 5432, public = false }
    ssh = { port = 22, public = false }
  }
}

module "svc" {
  source   = "../sg"
  for_each = local.services
  name     = "team$j-\${each.key}"
  vpc_id   = var.vpc_id
  ingress = {
    main = {
      port  = each.value.port
      cidrs = each.value.public ? ["0.0.0.0/0"] : [var.office_cidr]
    }
  }
}
EOF
  cat >"$dir/rules.tf" <<EOF
resource "aws_security_group_rule" "monitoring" {
  type              = "ingress"
  from_port         = 9100
  to_port           = 9100
  protocol          = "tcp"
  cidr_blocks       = ["10.$((j % 256)).0.0/16"]
  security_group_id = module.svc["api"].id
}

resource "aws_instance" "bastion" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public.id
  vpc_security_group_ids = [module.svc["ssh"].id]
}
EOF
  cat >>"$dir/main.tf" <<EOF

# The team's public subnet: a route to the internet gateway, and a network ACL.
resource "aws_internet_gateway" "this" {
  vpc_id = var.vpc_id
}

resource "aws_subnet" "public" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.$((j % 256)).1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_route_table" "public" {
  vpc_id = var.vpc_id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_network_acl" "public" {
  vpc_id     = var.vpc_id
  subnet_ids = [aws_subnet.public.id]

  dynamic "ingress" {
    for_each = {
      90  = { action = "deny", port = 3389, cidr = "0.0.0.0/0" }
      100 = { action = "allow", port = 443, cidr = "0.0.0.0/0" }
      110 = { action = "deny", port = 22, cidr = "0.0.0.0/0" }
      120 = { action = "allow", port = 22, cidr = var.office_cidr }
    }
    content {
      rule_no    = ingress.key
      protocol   = "tcp"
      action     = ingress.value.action
      cidr_block = ingress.value.cidr
      from_port  = ingress.value.port
      to_port    = ingress.value.port
    }
  }

  ingress {
    rule_no    = 130
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  egress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

EOF
  cat >"$dir/outputs.tf" <<'EOF'
output "ids" {
  value = { for k, m in module.svc : k => m.id }
}
EOF
}

# write_root_file FILE I: one root file: a module call, a plain group, a bucket.
write_root_file() {
  local file=$1 i=$2
  cat >"$file" <<EOF
module "app_$i" {
  source = "./modules/sg"
  name   = "app-$i"
  vpc_id = var.vpc_id
  ingress = {
    https = { port = 443, cidrs = ["0.0.0.0/0"] }
    admin = { port = $((i % 2 == 0 ? 22 : 3389)), cidrs = ["10.$((i % 256)).0.0/16"] }
  }
  extra_cidrs = ["192.0.2.$((i % 256))/32"]
}

resource "aws_security_group" "plain_$i" {
  name   = "plain-$i"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = [80, 8080]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_s3_bucket" "data_$i" {
  bucket = "bench-data-$i"
}
EOF
}

# hcl_tree FILES: target/bench-corpus/hcl-FILES/ with FILES .tf files.
hcl_tree() {
  local files=$1 dir="$OUT/hcl-$1" teams roots j i t0
  t0=$(now)
  rm -rf "$dir.tmp"
  mkdir -p "$dir.tmp/modules"
  write_sg_module "$dir.tmp/modules/sg"
  # Files: 4 (sg) + 4 per team + 1 variables.tf + 1 teams.tf + the root files.
  teams=$((files / 10))
  roots=$((files - 4 - 4 * teams - 2))
  cat >"$dir.tmp/variables.tf" <<'EOF'
variable "vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}
EOF
  for ((j = 0; j < teams; j++)); do
    write_team "$dir.tmp/modules/team_$j" "$j"
    printf 'module "team_%d" {\n  source = "./modules/team_%d"\n}\n\n' "$j" "$j"
  done >"$dir.tmp/teams.tf"
  for ((i = 0; i < roots; i++)); do
    write_root_file "$dir.tmp/app_$i.tf" "$i"
  done
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
  log "hcl-$files/: $(find "$dir" -name '*.tf' | wc -l) .tf files, $(du -sb "$dir" | cut -f1) bytes in $(since "$t0")s"
}

main() {
  local what=("$@") w
  [[ ${#what[@]} -gt 0 ]] || what=(plans replicas hcl shaped)
  mkdir -p "$OUT"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/sgaudit-corpus.XXXXXX")"
  trap 'rm -rf "$WORK"' EXIT
  for w in "${what[@]}"; do
    case "$w" in
      plans)
        if ! plans; then
          # No terraform: nothing real to build on; the HCL trees need none, but the
          # corpus is meant to be whole, so stop here.
          log "skipped: install terraform to build the benchmark corpus"
          exit 0
        fi
        ;;
      replicas) replicas ;;
      hcl)
        hcl_tree 1000
        hcl_tree 10000
        ;;
      huge) huge ;;
      shaped) shaped ;;
      -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown part $w (plans, replicas, hcl, huge, shaped)" ;;
    esac
  done
  log "corpus in $OUT"
}

main "$@"
