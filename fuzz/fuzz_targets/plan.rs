//! Bytes → the plan/state reader (`terraform show -json` output), then the analysis and a
//! report when the reader accepts them.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

const NAME: &str = "fuzz/plan.json";

fuzz_target!(|data: &[u8]| {
    let _run = common::watch(data);
    common::check_read(NAME, sgaudit::read::parse_plan_bytes(NAME, data), data.len());
});
