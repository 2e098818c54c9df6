//! Text → the `.tf` reader and evaluator: the text is the one file of a directory (`main.tf`,
//! or `main.tf.json` when it starts with `{`), read as `sgaudit check DIR` reads it; then the
//! analysis and a report when the reader accepts it. The directory is the top of a git
//! repository, as a user's configuration is: modules outside it are refused, not read.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _run = common::watch(text.as_bytes());
    let dir = common::scratch("hcl");
    // A repository of its own: the reader reads no module from outside it.
    std::fs::create_dir_all(dir.join(".git")).expect("scratch repository");
    let json = text.trim_start().starts_with('{');
    let (file, other) = if json {
        ("main.tf.json", "main.tf")
    } else {
        ("main.tf", "main.tf.json")
    };
    let _ = std::fs::remove_file(dir.join(other));
    std::fs::write(dir.join(file), text).expect("writing the scratch file");
    let display = dir.to_string_lossy();
    match sgaudit::read::read(&display, &sgaudit::read::Options::default()) {
        Ok(input) => {
            for e in &input.errors {
                let e = &e.to_string();
                common::check_error(e, &display);
            }
            common::analyse(&input, text.len());
        }
        Err(e) => common::check_error(&format!("{e:#}"), &display),
    }
});
