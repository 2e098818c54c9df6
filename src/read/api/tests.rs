use super::*;
use crate::model::{Peer, WorkloadKind};

fn model(files: &[(&str, &str)]) -> Input {
    let documents = files
        .iter()
        .map(|(name, text)| parse(name, text.as_bytes()).unwrap())
        .collect();
    build::input("account", documents).unwrap()
}

/// API JSON is told from Terraform's by its first key (capitalised); the CLI's own error
/// text is recognised too, so that it is refused as what it is.
#[test]
fn api_json_is_told_from_terraform_json() {
    assert!(recognises(b"\xEF\xBB\xBF {\n  \"SecurityGroups\": []}"));
    assert!(recognises(b"{\"KeyPairs\": []}"));
    assert!(recognises(
        b"\nAn error occurred (AuthFailure) when calling the DescribeVpcs operation: x"
    ));
    assert!(!recognises(b"{\"format_version\": \"1.2\"}"));
    assert!(!recognises(b"[]"));
    assert!(!recognises(b"PK\x03\x04"));
}

/// Pages of one command are concatenated, and a rule both `describe-security-groups` and
/// `describe-security-group-rules` list is one permission, named by its rule id.
#[test]
fn pages_are_concatenated_and_each_rule_read_once() {
    let groups = r#"{"SecurityGroups": [{"GroupId": "sg-1", "GroupName": "web", "VpcId": "vpc-1",
        "OwnerId": "111111111111", "Tags": [{"Key": "team", "Value": "a"}],
        "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
          "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
          "UserIdGroupPairs": [{"GroupId": "sg-1", "UserId": "111111111111"},
                               {"GroupId": "sg-9", "UserId": "222222222222"}]}],
        "IpPermissionsEgress": []}]}"#;
    let page1 = r#"{"SecurityGroupRules": [{"SecurityGroupRuleId": "sgr-a", "GroupId": "sg-1",
        "GroupOwnerId": "111111111111", "IsEgress": false, "IpProtocol": "tcp", "FromPort": 22,
        "ToPort": 22, "CidrIpv4": "0.0.0.0/0"}], "NextToken": "abc"}"#;
    let page2 = r#"{"SecurityGroupRules": [{"SecurityGroupRuleId": "sgr-b", "GroupId": "sg-1",
        "GroupOwnerId": "111111111111", "IsEgress": true, "IpProtocol": "-1", "FromPort": -1,
        "ToPort": -1, "CidrIpv6": "::/0"}]}"#;
    let input = model(&[("g.json", groups), ("r1.json", page1), ("r2.json", page2)]);
    assert_eq!(input.groups.len(), 1);
    let g = &input.groups["sg-1"];
    assert_eq!(g.name.as_deref(), Some("web"));
    assert_eq!(g.tags["team"], "a");
    let resources: Vec<(&str, &Peer)> = input
        .after
        .iter()
        .map(|p| (p.resource.as_ref(), &p.peer))
        .collect();
    assert_eq!(input.after.len(), 4, "{resources:?}");
    assert!(resources.contains(&("sgr-a", &Peer::cidr("0.0.0.0/0".parse().unwrap()))));
    assert!(resources.contains(&("sgr-b", &Peer::cidr("::/0".parse().unwrap()))));
    assert!(resources.contains(&("sg-1", &Peer::SelfRef)));
    // Another account's group is account-qualified.
    assert!(resources.contains(&("sg-1", &Peer::Group("222222222222/sg-9".into()))));
    assert_eq!(input.before, input.after);
}

/// Network interfaces are workloads named by what they are: a load balancer's, a Lambda
/// function's, a NAT gateway's, an instance's (with its public address).
#[test]
fn interfaces_are_named_by_their_type_and_requester() {
    let enis = r#"{"NetworkInterfaces": [
      {"NetworkInterfaceId": "eni-lb", "InterfaceType": "interface", "RequesterId": "amazon-elb", "RequesterManaged": true,
       "Description": "ELB app/web/123", "Groups": [{"GroupId": "sg-1"}], "SubnetId": "subnet-1"},
      {"NetworkInterfaceId": "eni-fn", "InterfaceType": "lambda", "Groups": [{"GroupId": "sg-2"}]},
      {"NetworkInterfaceId": "eni-nat", "InterfaceType": "nat_gateway", "Groups": []},
      {"NetworkInterfaceId": "eni-vm", "InterfaceType": "interface", "RequesterId": "AIDAEXAMPLE",
       "Attachment": {"InstanceId": "i-1", "DeviceIndex": 0},
       "Association": {"PublicIp": "198.51.100.7"}, "Groups": [{"GroupId": "sg-1"}]}
    ]}"#;
    let input = model(&[("enis.json", enis)]);
    let w = |id: &str| &input.workloads[id];
    assert_eq!(w("eni-lb").kind, WorkloadKind::LoadBalancer);
    assert!(
        w("eni-lb")
            .resource_type
            .contains("requested by amazon-elb")
    );
    assert_eq!(w("eni-fn").kind, WorkloadKind::Function);
    assert_eq!(w("eni-nat").kind, WorkloadKind::Other);
    assert!(w("eni-nat").resource_type.contains("nat_gateway"));
    let vm = w("eni-vm");
    assert_eq!(vm.kind, WorkloadKind::Compute);
    assert_eq!(vm.resource_type, "network-interface");
    assert_eq!(vm.part_of.as_deref(), Some("i-1"));
    let after = vm.after.as_ref().unwrap();
    assert_eq!(after.public.can, Some(true));
    assert!(after.public.because.contains("198.51.100.7"));
    assert_eq!(after.groups, vec!["sg-1".to_owned()]);
    assert!(input.interfaces.contains("eni-vm"));
}

/// A prefix list's entries come from the file named by its id; without one, the file is
/// refused (the output names no list).
#[test]
fn prefix_list_entries_are_named_by_their_file() {
    let lists = r#"{"PrefixLists": [{"PrefixListId": "pl-0abc", "PrefixListName": "office",
        "MaxEntries": 5}]}"#;
    let entries = r#"{"Entries": [{"Cidr": "198.51.100.0/24"}]}"#;
    let input = model(&[("lists.json", lists), ("entries.pl-0abc.json", entries)]);
    assert_eq!(
        input.prefix_lists_after["pl-0abc"],
        Some(vec!["198.51.100.0/24".parse().unwrap()])
    );
    assert_eq!(
        input.prefix_list_sizes_after["pl-0abc"].max_entries,
        Some(5)
    );
    let err = parse("entries.json", entries.as_bytes())
        .err()
        .unwrap()
        .to_string();
    assert!(err.starts_with("entries.json:1:1: "), "{err}");
}
