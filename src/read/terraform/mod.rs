//! Terraform syntax into one stream of resource objects: plans and states (`plan.rs`), `.tf`
//! files (`hcl/`). Nothing here names a provider's resource type: which types are read, and
//! what their objects become, is asked of a provider (`provider.rs`; `read/aws/` is the one there is).

pub mod address;
pub mod config;
pub mod hcl;
pub mod locate;
pub mod object;
pub mod plan;
pub mod provider;
