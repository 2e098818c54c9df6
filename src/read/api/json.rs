//! The shapes of the AWS CLI's JSON output that sgaudit reads (`aws ec2 describe-*`,
//! `get-managed-prefix-list-entries`), as the EC2 API reference names their members: the only
//! code that knows the API's JSON keys. Values AWS would never write (a CIDR that does not
//! parse, a protocol it does not know) are errors at their line and column.
//!
//! The members, by the API reference's data types:
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroup.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroupRule.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ManagedPrefixList.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PrefixListEntry.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Vpc.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RouteTable.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAcl.html>,
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InternetGateway.html>.

use ipnet::IpNet;
use serde::{Deserialize, Deserializer};

use crate::model::{Ports, Protocol};

/// The top-level keys of the documents sgaudit reads, each the output of one command.
pub const KEYS: [(&str, &str); 11] = [
    ("SecurityGroups", "describe-security-groups"),
    ("SecurityGroupRules", "describe-security-group-rules"),
    ("NetworkInterfaces", "describe-network-interfaces"),
    ("Reservations", "describe-instances"),
    ("PrefixLists", "describe-managed-prefix-lists"),
    ("Entries", "get-managed-prefix-list-entries"),
    ("Vpcs", "describe-vpcs"),
    ("Subnets", "describe-subnets"),
    ("RouteTables", "describe-route-tables"),
    ("NetworkAcls", "describe-network-acls"),
    ("InternetGateways", "describe-internet-gateways"),
];

/// Top-level keys a command's output may hold beside its list: the token of the next page
/// (`--max-items`, then `--starting-token`:
/// <https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html>), and the
/// response's metadata.
pub const ALSO: [&str; 2] = ["NextToken", "ResponseMetadata"];

/// One document: the list it holds (one of [`KEYS`]; a file holds one).
#[derive(Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
pub struct Document {
    pub security_groups: Option<Vec<SecurityGroup>>,
    pub security_group_rules: Option<Vec<Checked<SecurityGroupRule>>>,
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    pub reservations: Option<Vec<Reservation>>,
    pub prefix_lists: Option<Vec<PrefixList>>,
    pub entries: Option<Vec<PrefixListEntry>>,
    pub vpcs: Option<Vec<Vpc>>,
    pub subnets: Option<Vec<Subnet>>,
    pub route_tables: Option<Vec<RouteTable>>,
    pub network_acls: Option<Vec<NetworkAcl>>,
    pub internet_gateways: Option<Vec<InternetGateway>>,
}

#[derive(Deserialize, Clone)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    pub key: String,
    #[serde(default)]
    pub value: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroup {
    pub group_id: String,
    pub group_name: Option<String>,
    pub description: Option<String>,
    pub vpc_id: Option<String>,
    pub owner_id: Option<String>,
    #[serde(default)]
    pub ip_permissions: Vec<Checked<IpPermission>>,
    #[serde(default)]
    pub ip_permissions_egress: Vec<Checked<IpPermission>>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IpPermission {
    pub ip_protocol: ApiProtocol,
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    #[serde(default)]
    pub ip_ranges: Vec<IpRange>,
    #[serde(default)]
    pub ipv6_ranges: Vec<Ipv6Range>,
    #[serde(default)]
    pub prefix_list_ids: Vec<PrefixListId>,
    #[serde(default)]
    pub user_id_group_pairs: Vec<UserIdGroupPair>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IpRange {
    pub cidr_ip: Net,
    pub description: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ipv6Range {
    pub cidr_ipv6: Net,
    pub description: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrefixListId {
    pub prefix_list_id: String,
    pub description: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UserIdGroupPair {
    pub group_id: Option<String>,
    pub user_id: Option<String>,
    pub description: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupRule {
    pub security_group_rule_id: String,
    pub group_id: String,
    pub group_owner_id: Option<String>,
    pub is_egress: bool,
    pub ip_protocol: ApiProtocol,
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    pub cidr_ipv4: Option<Net>,
    pub cidr_ipv6: Option<Net>,
    pub prefix_list_id: Option<String>,
    pub referenced_group_info: Option<ReferencedGroup>,
    pub description: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReferencedGroup {
    pub group_id: Option<String>,
    pub user_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterface {
    pub network_interface_id: String,
    pub interface_type: Option<String>,
    pub requester_id: Option<String>,
    #[serde(default)]
    pub requester_managed: bool,
    pub description: Option<String>,
    pub subnet_id: Option<String>,
    #[serde(default)]
    pub groups: Vec<GroupIdentifier>,
    pub attachment: Option<InterfaceAttachment>,
    pub association: Option<Association>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupIdentifier {
    pub group_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InterfaceAttachment {
    pub instance_id: Option<String>,
    pub device_index: Option<i64>,
}

/// A network interface's public address
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterfaceAssociation.html>).
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Association {
    pub public_ip: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Reservation {
    #[serde(default)]
    pub instances: Vec<Instance>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    pub instance_id: String,
    pub subnet_id: Option<String>,
    pub public_ip_address: Option<String>,
    #[serde(default)]
    pub security_groups: Vec<GroupIdentifier>,
    #[serde(default)]
    pub network_interfaces: Vec<InstanceInterface>,
    pub state: Option<InstanceState>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceState {
    pub name: Option<String>,
}

/// An instance's network interface as `describe-instances` lists it
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceNetworkInterface.html>).
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceInterface {
    pub network_interface_id: String,
    pub interface_type: Option<String>,
    pub subnet_id: Option<String>,
    #[serde(default)]
    pub groups: Vec<GroupIdentifier>,
    pub attachment: Option<InterfaceAttachment>,
    pub association: Option<Association>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrefixList {
    pub prefix_list_id: String,
    pub prefix_list_name: Option<String>,
    pub max_entries: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrefixListEntry {
    pub cidr: Net,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Vpc {
    pub vpc_id: String,
    pub cidr_block: Option<Net>,
    #[serde(default)]
    pub cidr_block_association_set: Vec<VpcCidr>,
    #[serde(default)]
    pub ipv6_cidr_block_association_set: Vec<Ipv6Cidr>,
    #[serde(default)]
    pub is_default: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcCidr {
    pub cidr_block: Net,
    pub cidr_block_state: Option<CidrState>,
}

/// An IPv6 block of a VPC or a subnet (`Ipv6CidrBlockAssociationSet`, the same shape in both).
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ipv6Cidr {
    pub ipv6_cidr_block: Option<Net>,
    pub ipv6_cidr_block_state: Option<CidrState>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CidrState {
    pub state: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Subnet {
    pub subnet_id: String,
    pub vpc_id: Option<String>,
    pub cidr_block: Option<Net>,
    #[serde(default)]
    pub ipv6_cidr_block_association_set: Vec<Ipv6Cidr>,
    pub map_public_ip_on_launch: Option<bool>,
    pub assign_ipv6_address_on_creation: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteTable {
    pub route_table_id: String,
    pub vpc_id: Option<String>,
    #[serde(default)]
    pub routes: Vec<Route>,
    #[serde(default)]
    pub associations: Vec<RouteTableAssociation>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Route {
    pub destination_cidr_block: Option<Net>,
    pub destination_ipv6_cidr_block: Option<Net>,
    pub destination_prefix_list_id: Option<String>,
    pub gateway_id: Option<String>,
    pub egress_only_internet_gateway_id: Option<String>,
    pub nat_gateway_id: Option<String>,
    pub vpc_peering_connection_id: Option<String>,
    pub transit_gateway_id: Option<String>,
    pub network_interface_id: Option<String>,
    pub instance_id: Option<String>,
    pub carrier_gateway_id: Option<String>,
    pub local_gateway_id: Option<String>,
    pub core_network_arn: Option<String>,
    pub state: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteTableAssociation {
    #[serde(default)]
    pub main: bool,
    pub subnet_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAcl {
    pub network_acl_id: String,
    pub vpc_id: Option<String>,
    #[serde(default)]
    pub is_default: bool,
    #[serde(default)]
    pub entries: Vec<Checked<NetworkAclEntry>>,
    #[serde(default)]
    pub associations: Vec<NetworkAclAssociation>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclEntry {
    pub rule_number: u32,
    pub protocol: ApiProtocol,
    pub rule_action: String,
    pub egress: bool,
    pub cidr_block: Option<Net>,
    pub ipv6_cidr_block: Option<Net>,
    pub port_range: Option<PortRange>,
    pub icmp_type_code: Option<IcmpTypeCode>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PortRange {
    pub from: Option<i64>,
    pub to: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IcmpTypeCode {
    pub r#type: Option<i64>,
    pub code: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclAssociation {
    pub subnet_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InternetGateway {
    pub internet_gateway_id: String,
    #[serde(default)]
    pub attachments: Vec<GatewayAttachment>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GatewayAttachment {
    pub vpc_id: Option<String>,
}

/// A CIDR block as AWS writes it, canonical (host bits cleared): one that does not parse is an
/// error at its line and column.
pub struct Net(pub IpNet);

impl<'de> Deserialize<'de> for Net {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Net, D::Error> {
        let text = String::deserialize(d)?;
        text.parse::<IpNet>()
            .map(|n| Net(n.trunc()))
            .map_err(|_| serde::de::Error::custom(format!("{text:?} is not a CIDR block")))
    }
}

/// An IP protocol as the API writes it (`tcp`, `udp`, `icmp`, `icmpv6`, `-1`, or a number).
pub struct ApiProtocol(pub Protocol);

/// What a permission's ports must be, as the API writes them: for tcp and udp a range within
/// 0–65535 whose start is not above its end (or -1 for all), for ICMP a type and code within
/// 0–255 or -1. The API never writes anything else
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html>), so a file
/// that does was not written by it: refused where the permission ends, never read as all ports.
pub trait Checks {
    /// The ports, as AWS reads them, of what was read; an error for what AWS never writes.
    fn ports(&self) -> Result<Ports, String>;
}

/// A `T` read and then checked ([`Checks`]), with its ports; the error is located where `T`
/// ends.
pub struct Checked<T> {
    value: T,
    pub ports: Ports,
}

impl<T> std::ops::Deref for Checked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<'de, T: Deserialize<'de> + Checks> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Checked<T>, D::Error> {
        let value = T::deserialize(d)?;
        let ports = value.ports().map_err(serde::de::Error::custom)?;
        Ok(Checked { value, ports })
    }
}

impl Checks for IpPermission {
    fn ports(&self) -> Result<Ports, String> {
        Ports::normalize(&self.ip_protocol.0, self.from_port, self.to_port)
    }
}

impl Checks for SecurityGroupRule {
    fn ports(&self) -> Result<Ports, String> {
        Ports::normalize(&self.ip_protocol.0, self.from_port, self.to_port)
    }
}

/// A network ACL's entry as the API writes it
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAclEntry.html>): an
/// action of `allow` or `deny`, an IPv4 or IPv6 CIDR block, and the ports of its protocol
/// (`PortRange` for tcp and udp, `IcmpTypeCode` for ICMP, none for the others).
impl Checks for NetworkAclEntry {
    fn ports(&self) -> Result<Ports, String> {
        if !matches!(self.rule_action.as_str(), "allow" | "deny") {
            return Err(format!(
                "network ACL rule {}: RuleAction {:?} is neither allow nor deny",
                self.rule_number, self.rule_action
            ));
        }
        if self.cidr_block.is_none() && self.ipv6_cidr_block.is_none() {
            return Err(format!(
                "network ACL rule {}: no CidrBlock or Ipv6CidrBlock",
                self.rule_number
            ));
        }
        let protocol = &self.protocol.0;
        let (from, to) = match protocol {
            Protocol::Tcp | Protocol::Udp => self
                .port_range
                .as_ref()
                .map_or((None, None), |p| (p.from, p.to)),
            Protocol::Icmp | Protocol::Icmpv6 => self
                .icmp_type_code
                .as_ref()
                .map_or((None, None), |c| (c.r#type, c.code)),
            _ => return Ok(Ports::All),
        };
        Ports::normalize(protocol, from, to)
            .map_err(|e| format!("network ACL rule {}: {e}", self.rule_number))
    }
}

impl<'de> Deserialize<'de> for ApiProtocol {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ApiProtocol, D::Error> {
        let text = String::deserialize(d)?;
        Protocol::parse(&text)
            .map(ApiProtocol)
            .map_err(serde::de::Error::custom)
    }
}
