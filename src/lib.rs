//! sgaudit as a library: the modules of the `sgaudit` binary (`src/main.rs`, a thin wrapper
//! around [`cli::execute`]), public so that the benchmarks in `benches/` can time the readers,
//! the diff, the reachability and the policy engine on their own. Not a stable API.

pub mod access;
pub mod audit;
pub mod cli;
pub mod diff;
pub mod model;
pub mod nacl;
pub mod netset;
pub mod network;
pub mod phrase;
pub mod policy;
pub mod reach;
pub mod read;
pub mod report;
#[cfg(feature = "serve")]
pub mod serve;
// Test code may panic (clippy.toml exempts it from the rest of the no-panic lints; these two
// have no such setting).
#[cfg(test)]
#[allow(clippy::string_slice, clippy::unreachable)]
mod tests;
