//! Text → the `.sgaudit.hcl` configuration parser (as `--config FILE` reads it) and the pack
//! (rule file) parser; a configuration that names only built-in packs is then loaded as a
//! policy, which checks the names it gives.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use sgaudit::policy::{self, PackSource, Policy};

const PACK: &str = "fuzz/rules.hcl";

fuzz_target!(|text: &str| {
    let _run = common::watch(text.as_bytes());
    let path = common::scratch("config").join(".sgaudit.hcl");
    std::fs::write(&path, text).expect("writing the scratch file");
    let name = path.to_string_lossy();
    let access = sgaudit::access::Access::for_input(std::path::Path::new("."), Default::default());
    match policy::settings(Some(&name), std::path::Path::new("."), &access) {
        Ok(config) => {
            let built_in_only = config
                .packs
                .iter()
                .flatten()
                .all(|p| matches!(p, PackSource::BuiltIn(_)));
            if built_in_only && let Err(e) = Policy::load(config, &[], &access) {
                common::check_error(&e, "");
            }
        }
        Err(e) => common::check_error(&e, &name),
    }
    match policy::load_pack(PACK, text) {
        Ok(_) => {}
        Err(e) => common::check_error(&e, PACK),
    }
});
