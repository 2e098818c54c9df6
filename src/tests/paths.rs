//! Workloads, paths from the internet and the graph: `show --by workload` and `--format dot`
//! of every plan with workloads as snapshots, the two-hop plan checked by hand.

use serde_json::Value;

use super::{Scratch, relative, settings, sgaudit};

/// For every real plan with workloads: what each workload's groups together let in, the paths
/// from the internet (`show --by workload`), and the graph (`--format dot`).
#[test]
fn workload_snapshots() {
    let mut seen = 0;
    settings().bind(|| {
        insta::glob!("../../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (code, json, err) =
                sgaudit(&["show", "--by", "workload", "--format", "json", &rel]);
            assert!(code < 2, "{rel}: {err}");
            let report: Value = serde_json::from_str(&json).unwrap();
            if report["workloads"].as_array().unwrap().is_empty() {
                return;
            }
            seen += 1;
            let (_, table, _) = sgaudit(&["show", "--by", "workload", &rel]);
            let (_, dot, _) = sgaudit(&["check", "--format", "dot", &rel]);
            assert!(
                dot.starts_with("// sgaudit") && dot.ends_with("}\n"),
                "{rel}"
            );
            insta::assert_snapshot!("workloads", table);
            insta::assert_snapshot!("dot", dot);
        });
    });
    assert!(seen >= 1, "no plan with workloads");
}

/// The two-hop scenario, checked by hand: the bastion is open to the internet on 22 and may
/// reach the application's interface and launch template on 22 (its egress names the
/// application's group); the load balancer reaches them on 8080; the application reaches the
/// private database on 5432. The application's group has no egress back to the bastion, so
/// the bastion ↔ application reference cycle adds no path, and the database, not publicly
/// accessible and admitting only the application, has no direct path.
#[test]
fn two_hop_paths_of_a_real_plan() {
    let (_, json, err) = sgaudit(&[
        "check",
        "--format",
        "json",
        "testdata/plans/workloads-two-hop/plan.json",
    ]);
    assert_eq!(err, "");
    let report: Value = serde_json::from_str(&json).unwrap();
    let workloads: Vec<String> = report["workloads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{} {} {} public {}",
                w["address"].as_str().unwrap(),
                w["kind"].as_str().unwrap(),
                w["after"]["groups"],
                w["after"]["public_address"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        workloads,
        [
            "aws_db_instance.db database [\"aws_security_group.db\"] public no",
            "aws_instance.bastion compute [\"aws_security_group.bastion\"] public yes",
            "aws_launch_template.app compute [\"aws_security_group.app\"] public unknown",
            "aws_lb.web load_balancer [\"aws_security_group.alb\"] public yes",
            "aws_network_interface.app compute [\"aws_security_group.app\"] public unknown",
        ]
    );
    let paths: Vec<String> = report["reachability"]["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p["status"].as_str().unwrap(),
                p["label"].as_str().unwrap()
            )
        })
        .collect();
    let bastion = "added internet -(tcp/22)-> aws_instance.bastion";
    let alb = "added internet -(tcp/443)-> aws_lb.web";
    assert_eq!(
        paths,
        [
            bastion.to_owned(),
            format!("{bastion} -(tcp/22)-> aws_launch_template.app"),
            format!(
                "{bastion} -(tcp/22)-> aws_launch_template.app -(tcp/5432)-> aws_db_instance.db"
            ),
            format!("{bastion} -(tcp/22)-> aws_network_interface.app"),
            format!(
                "{bastion} -(tcp/22)-> aws_network_interface.app -(tcp/5432)-> aws_db_instance.db"
            ),
            alb.to_owned(),
            format!("{alb} -(tcp/8080)-> aws_launch_template.app"),
            format!("{alb} -(tcp/8080)-> aws_launch_template.app -(tcp/5432)-> aws_db_instance.db"),
            format!("{alb} -(tcp/8080)-> aws_network_interface.app"),
            format!(
                "{alb} -(tcp/8080)-> aws_network_interface.app -(tcp/5432)-> aws_db_instance.db"
            ),
        ]
    );
    let hop = &report["reachability"]["paths"][1]["hops"][1];
    assert_eq!(hop["via"], serde_json::json!(["aws_security_group.app"]));
    assert_eq!(
        hop["egress"],
        serde_json::json!(["sg:aws_security_group.app"])
    );
    // No data-store rule fires: the database is reached only through the application tier.
    assert!(
        !report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"]
                .as_str()
                .unwrap()
                .starts_with("data-store-internet")),
        "{json}"
    );
}

/// The graph names the configuration's networks: a group admitting the office network is
/// reached from that network's node, and from the internet only for its public part.
#[test]
fn the_graph_names_the_configurations_networks() {
    let tmp = Scratch::new();
    let main = r#"
resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin"
  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
}

resource "aws_instance" "admin" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.admin.id]
}
"#;
    let config = "network \"office\" {\n  cidrs = [\"203.0.113.0/24\"]\n}\n";
    let dir = tmp.configuration(
        "graph-networks",
        &[("main.tf", main), (".sgaudit.hcl", config)],
    );
    for command in ["show", "check"] {
        let (code, dot, err) = sgaudit(&[command, "--format", "dot", &dir]);
        assert!(code < 2, "{err}");
        for edge in [
            "\"network:office\" -> \"group:aws_security_group.admin\" [label=\"tcp/22\"",
            "\"internet\" -> \"group:aws_security_group.admin\" [label=\"tcp/22\"",
            "\"group:aws_security_group.admin\" -> \"workload:aws_instance.admin\" [label=\"attached\"",
        ] {
            assert!(dot.contains(edge), "{command}: {edge} in\n{dot}");
        }
    }
}

/// `aws_security_group.sg[count.index].id` (a plan records it as `aws_security_group.sg`) names
/// the group of the referring instance's own index: in a real plan of 20 groups, each with a
/// rule and an instance written that way, every rule and instance lands on its own group, no
/// phantom `unknown:` group collects the rules, and only the one instance whose group opens SSH
/// to the world (and that has a public address) is reached from the internet (issue 19).
#[test]
fn count_index_references_name_their_own_instance() {
    let plan = "testdata/plans/count-index-references/plan.json";
    let (code, out, err) = sgaudit(&["check", "--format", "json", plan]);
    assert_eq!((code, err.as_str()), (1, ""), "{plan}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let owners: Vec<&str> = report["exposure"]["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["owner"]["group"].as_str().unwrap())
        .collect();
    assert!(
        owners.iter().all(|g| !g.starts_with("unknown:")),
        "{owners:?}"
    );
    for i in 0..20 {
        let group = format!("aws_security_group.sg[{i}]");
        assert!(
            owners.contains(&group.as_str()),
            "{group} has its https rule"
        );
    }
    let workloads = report["workloads"].as_array().unwrap();
    assert_eq!(workloads.len(), 20);
    for w in workloads {
        let address = w["address"].as_str().unwrap();
        let index = address.trim_start_matches("aws_instance.app");
        assert_eq!(
            w["after"]["groups"],
            serde_json::json!([format!("aws_security_group.sg{index}")]),
            "{address}"
        );
    }
    let paths: Vec<&str> = report["reachability"]["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["internet -(tcp/22)-> aws_instance.app[0]"]);
}

/// The rules of [`consumers_of_the_provider_schema_attach_their_group`]: what the pack language
/// sees of a group whose only consumers are types the hand-written table does not know.
const ATTACHED_PACK: &str = r#"
rule "ssh-attached" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction      = "ingress"
    ports          = [22]
    attached       = true
    workload_kinds = ["other"]
  }
}
rule "ssh-unattached" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    ports     = [22]
    attached  = false
  }
}
"#;

/// A real plan (testdata/plans/consumers-emr-batch-codebuild): one group with SSH from the
/// world, used only by an EMR cluster (`ec2_attributes.additional_master_security_groups`), a
/// Batch compute environment (`compute_resources.security_group_ids`) and a CodeBuild project
/// (`vpc_config.security_group_ids`). None of the three is in the hand-written table: the
/// provider schema's attachment attributes make each a workload of kind `other` holding the
/// group, so the group is attached (it was "attached to nothing" before).
#[test]
fn consumers_of_the_provider_schema_attach_their_group() {
    let plan = "testdata/plans/consumers-emr-batch-codebuild/plan.json";
    let scratch = Scratch::new();
    std::fs::write(scratch.path().join("attached.hcl"), ATTACHED_PACK).unwrap();
    let dir = scratch.path().to_string_lossy().into_owned();
    let (_, json, err) = sgaudit(&["check", "--policy", &dir, "--format", "json", plan]);
    assert_eq!(err, "");
    let report: Value = serde_json::from_str(&json).unwrap();
    let workloads: Vec<String> = report["workloads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{} {} {} public {} default {}",
                w["address"].as_str().unwrap(),
                w["kind"].as_str().unwrap(),
                w["after"]["groups"],
                w["after"]["public_address"].as_str().unwrap(),
                w["after"]["default_group"],
            )
        })
        .collect();
    let group = r#"["aws_security_group.jobs"]"#;
    assert_eq!(
        workloads,
        [
            format!(
                "aws_batch_compute_environment.jobs other {group} public unknown default false"
            ),
            format!("aws_codebuild_project.build other {group} public unknown default false"),
            format!("aws_emr_cluster.spark other {group} public unknown default false"),
        ]
    );
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        // The VPC's default group, which no workload holds, admits 22 from its members.
        .filter(|f| f["security_group"] == "aws_security_group.jobs")
        .filter_map(|f| f["rule"].as_str())
        .filter(|r| r.starts_with("ssh-"))
        .collect();
    assert_eq!(rules, ["ssh-attached"]);
    // The EMR cluster's managed groups are computed and not configured: no `unknown:` group.
    assert!(!json.contains("unknown:"), "{json}");
}

/// An instance launched with no group lands in its VPC's default group: when the change creates
/// the VPC and nothing manages that group, the instance holds AWS's default rules (all traffic
/// from the group's other members, all egress), and the findings on the group name it. With the
/// group (and the VPC's default network ACL) managed and empty, the instance holds nothing and
/// no finding is made.
#[test]
fn an_instance_with_no_group_holds_its_new_vpcs_unmanaged_default_group() {
    const VPC: &str = r#"
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
}
"#;
    // The default network ACL too: AWS's own lets the internet in on every port, which
    // nacl-admin-ports-public reports.
    const MANAGED: &str = r#"
resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_default_network_acl" "main" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
}
"#;
    let scratch = Scratch::new();
    let report = |name: &str, files: &[(&str, &str)]| -> Value {
        let dir = scratch.configuration(name, files);
        let (code, json, err) = sgaudit(&["check", "--format", "json", &dir]);
        assert_eq!((code, err.as_str()), (0, ""), "{name}");
        serde_json::from_str(&json).unwrap()
    };
    let unmanaged = report("unmanaged", &[("main.tf", VPC)]);
    let group = "aws_vpc.main's default security group";
    let web = &unmanaged["workloads"][0];
    assert_eq!(web["address"], "aws_instance.web");
    let exposure: Vec<String> = web["exposure"]["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {} {}", e["direction"], e["protocol"], e["peer"]))
        .collect();
    assert_eq!(
        exposure,
        [
            r#""ingress" "all" "sg:aws_vpc.main's default security group""#,
            r#""egress" "all" "0.0.0.0/0""#,
        ]
    );
    let findings: Vec<String> = unmanaged["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["security_group"] == group)
        .map(|f| {
            format!(
                "{} {}",
                f["rule"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        findings[0],
        "default-group-has-permissions aws_vpc.main's default security group: the VPC's default security group allows traffic (not managed in this input: AWS's defaults apply) (attached to aws_instance.web)"
    );
    assert_eq!(findings.len(), 4, "{findings:#?}");
    let managed = report("managed", &[("main.tf", VPC), ("default.tf", MANAGED)]);
    assert_eq!(
        managed["workloads"][0]["exposure"]["added"],
        Value::Array(vec![])
    );
    assert_eq!(managed["findings"], Value::Array(vec![]));
}

/// A real plan (testdata/plans/consumers-unknown-type-and-associations), and its `.tf`: groups
/// with SSH from the world used by resources no table of sgaudit names. An Elastic Beanstalk
/// environment names its group in a `setting`'s value, a CloudFormation stack a module's group
/// in its `parameters`: each is a consumer of kind `other` (both were "no consumer in this
/// input" before). An interface endpoint gets its group through an
/// `aws_vpc_endpoint_security_group_association` (`replace_default_association`): the group is
/// attached to the endpoint, no longer to the association. A group whose id only
/// `terraform_data` keeps has no consumer.
#[test]
fn consumers_no_table_names_attach_their_group() {
    let scenario = "testdata/plans/consumers-unknown-type-and-associations";
    for input in [format!("{scenario}/plan.json"), scenario.to_owned()] {
        let (code, json, err) = sgaudit(&["check", "--format", "json", &input]);
        assert_eq!((code, err.as_str()), (1, ""), "{input}");
        let report: Value = serde_json::from_str(&json).unwrap();
        let mut messages: Vec<&str> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "admin-ports-public-ipv4")
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        messages.sort_unstable();
        let on = |group: &str, attached: &str| {
            format!(
                "tcp 22 reachable from 0.0.0.0/0 (the whole IPv4 internet) on {group} {attached} (new in this change); also: public-port-outside-allow-list (medium)"
            )
        };
        assert_eq!(
            messages,
            [
                on(
                    "aws_security_group.endpoint",
                    // An interface endpoint has private addresses only, and the new VPC's
                    // main route table (AWS's: local routes) leads to no internet gateway: the
                    // path its group allows is blocked, and the finding says by what (its
                    // severity stays).
                    "(attached to aws_vpc_endpoint.ssm) (blocked: internet -(tcp/22)-> aws_vpc_endpoint.ssm by aws_vpc.main's main route table: no route to an internet gateway for 0.0.0.0/0: no route matches it; aws_vpc_endpoint.ssm: no public IPv4 address (interface endpoints have private addresses only))"
                ),
                on("aws_security_group.kept", "(no consumer in this input)"),
                on(
                    "aws_security_group.web",
                    "(attached to aws_elastic_beanstalk_environment.web) (reached: internet -(tcp/22)-> aws_elastic_beanstalk_environment.web)"
                ),
                on(
                    "module.legacy.aws_security_group.this",
                    "(attached to aws_cloudformation_stack.legacy) (reached: internet -(tcp/22)-> aws_cloudformation_stack.legacy)"
                ),
            ],
            "{input}"
        );
        let workloads: Vec<String> = report["workloads"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| {
                format!(
                    "{} {} {} default {}",
                    w["address"].as_str().unwrap(),
                    w["kind"].as_str().unwrap(),
                    w["after"]["groups"],
                    w["after"]["default_group"],
                )
            })
            .collect();
        assert_eq!(
            workloads,
            [
                r#"aws_cloudformation_stack.legacy other ["module.legacy.aws_security_group.this"] default false"#,
                r#"aws_elastic_beanstalk_environment.web other ["aws_security_group.web"] default false"#,
                r#"aws_vpc_endpoint.ssm endpoint ["aws_security_group.endpoint"] default false"#,
            ],
            "{input}"
        );
    }
}

/// `show --by workload` says what a workload's groups let in together as people say it: SSH
/// from the world on one group and all TCP from 10.0.0.0/8 on another is two rows (the world
/// on 22, 10.0.0.0/8 on every other port), not the world cut into the blocks around
/// 10.0.0.0/8 (it printed 17 rows for one `0.0.0.0/0` rule).
#[test]
fn a_workloads_exposure_is_said_in_few_rows() {
    let sg = |name: &str, ports: (u32, u32), cidr: &str| {
        format!(
            "resource \"aws_security_group\" \"{name}\" {{\n  name = \"{name}\"\n  ingress {{\n    from_port   = {}\n    to_port     = {}\n    protocol    = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n}}\n",
            ports.0, ports.1
        )
    };
    let text = format!(
        "{}{}resource \"aws_instance\" \"web\" {{\n  ami                    = \"ami-123\"\n  instance_type          = \"t3.micro\"\n  vpc_security_group_ids = [aws_security_group.a.id, aws_security_group.b.id]\n}}\n",
        sg("a", (22, 22), "0.0.0.0/0"),
        sg("b", (0, 65535), "10.0.0.0/8")
    );
    let (_tmp, dir) = Scratch::with(&[("main.tf", &text)]);
    let (code, out, err) = sgaudit(&["show", "--by", "workload", &dir]);
    assert_eq!((code, err.as_str()), (0, ""));
    let rows: Vec<&str> = out
        .lines()
        .take_while(|l| !l.starts_with("paths from"))
        .filter(|l| l.starts_with("│ ingress"))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(
        rows.iter().any(|r| r.contains("│ 22    │ 0.0.0.0/0 ")),
        "{out}"
    );
    assert!(
        rows.iter().any(|r| r.contains("│ all   │ 10.0.0.0/8 ")),
        "{out}"
    );
}

/// A graph too large to draw whole is drawn collapsed: 120 instances each with its own group
/// open to the world become one node of compute workloads and one of their groups, each saying
/// how many it stands for, and a comment says what was collapsed.
#[test]
fn a_large_graph_is_drawn_collapsed() {
    let text = "resource \"aws_security_group\" \"sg\" {\n  count = 120\n  name  = \"sg-${count.index}\"\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\nresource \"aws_instance\" \"app\" {\n  count                       = 120\n  ami                         = \"ami-123\"\n  instance_type               = \"t3.micro\"\n  associate_public_ip_address = true\n  vpc_security_group_ids      = [aws_security_group.sg[count.index].id]\n}\n";
    let (_tmp, dir) = Scratch::with(&[("main.tf", text)]);
    let (code, out, err) = sgaudit(&["check", "--format", "dot", &dir]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("// collapsed: the whole graph has "), "{out}");
    let nodes = out
        .lines()
        .filter(|l| l.ends_with("];") && !l.contains("->"))
        .count();
    assert!(nodes <= 5, "{nodes} nodes:\n{out}");
    assert!(out.contains("compute workloads (120)"), "{out}");
    assert!(out.contains("groups of compute workloads (120)"), "{out}");
    assert!(out.contains("label=\"tcp/443\""), "{out}");
}
