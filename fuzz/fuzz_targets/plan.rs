//! Bytes → the plan/state reader (`terraform show -json` output), then the analysis and a
//! report when the reader accepts them.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

const NAME: &str = "fuzz/plan.json";

fuzz_target!(|data: &[u8]| {
    let _run = common::watch(data);
    match sgaudit::read::parse_plan_bytes(NAME, data) {
        Ok(input) => {
            for e in &input.errors {
                let e = &e.to_string();
                common::check_error(e, NAME);
            }
            common::analyse(&input, data.len());
        }
        Err(e) => common::check_error(&format!("{e:#}"), NAME),
    }
});
