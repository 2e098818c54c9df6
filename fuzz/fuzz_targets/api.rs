//! Bytes → the AWS API JSON reader (one file of `aws ec2 describe-*` output, as `sgaudit check
//! FILE` reads it), then the analysis and a report when the reader accepts them.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

const NAME: &str = "fuzz/security-groups.json";

fuzz_target!(|data: &[u8]| {
    let _run = common::watch(data);
    common::check_read(NAME, sgaudit::read::parse_api_bytes(NAME, data), data.len());
});
