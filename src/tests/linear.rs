//! The work grows with the input, never faster: for families of generated configurations (the
//! shapes of real ones: instances attached with `aws_security_group.sg[count.index].id`,
//! `for_each` groups and attachments, a module called many times, instances and launch
//! templates with several groups, a network around them), doubling the input at most doubles
//! what sgaudit builds and prints — the workloads' exposures, the paths, the findings, the
//! network verdicts and the bytes of every report. Counted, never timed (BENCHMARKS.md holds
//! the times).

use serde_json::Value;

use super::{Scratch, sgaudit};

/// A network around the workloads: a VPC, a public and a private subnet (the public one routed
/// to an internet gateway), and a network ACL on the public one.
const NETWORK: &str = r#"
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.public.id]

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 110
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  egress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }
}

resource "aws_security_group" "base" {
  name        = "base"
  description = "Shared by every workload"
  vpc_id      = aws_vpc.main.id

  egress {
    description = "HTTPS out"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

/// `n` groups and `n` instances, each instance attached to its own group by
/// `aws_security_group.sg[count.index].id` and to the shared one; every other instance in the
/// public subnet.
fn count_index(n: usize) -> Vec<(String, String)> {
    let main = format!(
        r#"
resource "aws_security_group" "sg" {{
  count       = {n}
  name        = "app-${{count.index}}"
  description = "App ${{count.index}}"
  vpc_id      = aws_vpc.main.id

  ingress {{
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }}

  ingress {{
    description = "SSH from one office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [cidrsubnet("203.0.0.0/16", 12, count.index)]
  }}
}}

resource "aws_instance" "app" {{
  count                  = {n}
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  subnet_id              = count.index % 2 == 0 ? aws_subnet.public.id : aws_subnet.private.id
  vpc_security_group_ids = [aws_security_group.sg[count.index].id, aws_security_group.base.id]
}}
"#
    );
    vec![
        ("network.tf".to_owned(), NETWORK.to_owned()),
        ("main.tf".to_owned(), main),
    ]
}

/// `n` teams: a group per team by `for_each`, a standalone rule per team naming the next
/// team's group, and a launch template per team with its group and the shared one.
fn for_each(n: usize) -> Vec<(String, String)> {
    let main = format!(
        r#"
locals {{
  teams = {{ for i in range({n}) : "t${{i}}" => i }}
}}

resource "aws_security_group" "team" {{
  for_each    = local.teams
  name        = "team-${{each.key}}"
  description = "Team ${{each.key}}"
  vpc_id      = aws_vpc.main.id
}}

resource "aws_vpc_security_group_ingress_rule" "from_next" {{
  for_each                     = local.teams
  security_group_id            = aws_security_group.team[each.key].id
  referenced_security_group_id = aws_security_group.team["t${{(each.value + 1) % {n}}}"].id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "From the next team"
}}

resource "aws_vpc_security_group_ingress_rule" "mysql_world" {{
  for_each          = local.teams
  security_group_id = aws_security_group.team[each.key].id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  description       = "MySQL from anywhere"
}}

resource "aws_launch_template" "team" {{
  for_each               = local.teams
  name                   = "team-${{each.key}}"
  image_id               = "ami-12345678"
  vpc_security_group_ids = [aws_security_group.team[each.key].id, aws_security_group.base.id]
}}
"#
    );
    vec![
        ("network.tf".to_owned(), NETWORK.to_owned()),
        ("main.tf".to_owned(), main),
    ]
}

/// A module called `n` times, each call a group, an instance with its group and the shared
/// one, and a network interface.
fn module_calls(n: usize) -> Vec<(String, String)> {
    let main = format!(
        r#"
module "svc" {{
  source    = "./modules/svc"
  count     = {n}
  index     = count.index
  vpc_id    = aws_vpc.main.id
  subnet_id = aws_subnet.public.id
  base_id   = aws_security_group.base.id
}}
"#
    );
    let module = r#"
variable "index" {}
variable "vpc_id" {}
variable "subnet_id" {}
variable "base_id" {}

resource "aws_security_group" "this" {
  name        = "svc-${var.index}"
  description = "Service ${var.index}"
  vpc_id      = var.vpc_id

  ingress {
    description = "Admin from a partner"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = [cidrsubnet("198.51.0.0/16", 12, var.index)]
  }

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "this" {
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  subnet_id              = var.subnet_id
  vpc_security_group_ids = [aws_security_group.this.id, var.base_id]
}

resource "aws_network_interface" "this" {
  subnet_id       = var.subnet_id
  security_groups = [aws_security_group.this.id]
}
"#;
    vec![
        ("network.tf".to_owned(), NETWORK.to_owned()),
        ("main.tf".to_owned(), main),
        ("modules/svc/main.tf".to_owned(), module.to_owned()),
    ]
}

/// What a run builds and prints, counted.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Work {
    workloads: usize,
    workload_exposures: usize,
    paths: usize,
    findings: usize,
    egress_verdicts: usize,
    json_bytes: usize,
    markdown_bytes: usize,
    table_bytes: usize,
    dot_bytes: usize,
}

impl Work {
    fn of(tmp: &Scratch, family: &str, files: &[(String, String)]) -> Work {
        let files: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let dir = tmp.configuration(family, &files);
        let run = |format: &str| -> String {
            let (code, out, err) = sgaudit(&["check", "--format", format, &dir]);
            assert!(code < 2, "{family} {format}: {err}");
            out
        };
        let json = run("json");
        let report: Value = serde_json::from_str(&json).unwrap();
        let list = |v: &Value| v.as_array().map_or(0, Vec::len);
        let workloads = report["workloads"].as_array().unwrap();
        Work {
            workloads: workloads.len(),
            workload_exposures: workloads
                .iter()
                .map(|w| {
                    let e = &w["exposure"];
                    list(&e["added"]) + list(&e["removed"]) + list(&e["unchanged"])
                })
                .sum(),
            paths: list(&report["reachability"]["paths"]),
            // What the rules found: each finding, and those of its family merged into it.
            findings: report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| 1 + list(&f["also"]))
                .sum(),
            egress_verdicts: workloads
                .iter()
                .map(|w| list(&w["egress_to_internet"]))
                .sum(),
            json_bytes: json.len(),
            markdown_bytes: run("markdown").len(),
            table_bytes: run("table").len(),
            dot_bytes: run("dot").len(),
        }
    }

    fn counts(&self) -> [(&'static str, usize); 9] {
        [
            ("workloads", self.workloads),
            ("workload exposures", self.workload_exposures),
            ("paths", self.paths),
            ("findings", self.findings),
            ("egress verdicts", self.egress_verdicts),
            ("JSON bytes", self.json_bytes),
            ("markdown bytes", self.markdown_bytes),
            ("table bytes", self.table_bytes),
            ("dot bytes", self.dot_bytes),
        ]
    }
}

/// Doubling each family (20 → 40 → 80 of each shape) at most doubles every count, give or
/// take what the network and the shared group add once (and the digits of longer indices);
/// and the workloads, their exposures, the findings and the report grow with the input (the
/// family is not trivially empty).
#[test]
fn doubling_the_input_at_most_doubles_the_work() {
    type Family = fn(usize) -> Vec<(String, String)>;
    let families: [(&str, Family); 3] = [
        ("count-index", count_index),
        ("for-each", for_each),
        ("module-calls", module_calls),
    ];
    let tmp = Scratch::new();
    for (name, family) in families {
        let sizes = [20, 40, 80];
        let works: Vec<Work> = sizes
            .iter()
            .map(|&n| Work::of(&tmp, &format!("{name}-{n}"), &family(n)))
            .collect();
        for pair in works.windows(2) {
            let [small, big] = pair else { unreachable!() };
            for ((what, a), (_, b)) in small.counts().into_iter().zip(big.counts()) {
                // Twice the input, plus a tenth for what grows by digits, plus a constant for
                // what the network and the shared group bring once.
                let bound = 2 * a + a / 10 + 64;
                assert!(
                    b <= bound,
                    "{name}: {what} went from {a} to {b} when the input doubled (at most {bound}): {works:?}"
                );
            }
        }
        // The family is not trivially empty: what every family makes grows with it.
        let (first, last) = (works.first().unwrap(), works.last().unwrap());
        for (what, a, b) in [
            ("workloads", first.workloads, last.workloads),
            (
                "workload exposures",
                first.workload_exposures,
                last.workload_exposures,
            ),
            ("findings", first.findings, last.findings),
            ("JSON bytes", first.json_bytes, last.json_bytes),
        ] {
            assert!(
                b >= 3 * a,
                "{name}: {what} does not grow with the input ({a} → {b}): {works:?}"
            );
        }
    }
}
