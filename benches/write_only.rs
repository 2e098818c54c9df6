//! The write-only floor of `benches/compare.sh`: the least a program must do to write the JSON
//! report sgaudit writes. It reads REPORT (a report `sgaudit check --format json` wrote) into a
//! `serde_json::Value` (not timed), then writes it again, pretty-printed as sgaudit prints it,
//! through a 64 KiB buffer to `/dev/null` (timed), and prints how many bytes it wrote and how
//! long that took, in seconds, as its last line.
//!
//!     cargo bench --bench write_only -- REPORT...
//!
//! The parse-only floor (`benches/parse_only.rs`) counts what reading a plan costs; this one
//! counts what writing the report costs, a report that is larger than the plan's relevant part
//! (BENCHMARKS.md, "Why the floor is not reached").

// A harness program, not the tool: a bench whose input is missing or bad stops loudly
// rather than timing nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::Instant;

use serde_json::Value;

fn main() {
    // `cargo bench` passes `--bench`; anything starting with `-` is cargo's, not a file.
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if files.is_empty() {
        panic!("usage: cargo bench --bench write_only -- REPORT...");
    }
    for file in files {
        let text = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let report: Value = serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        drop(text);
        let start = Instant::now();
        let sink = File::create("/dev/null").expect("/dev/null");
        let mut out = Counted {
            inner: BufWriter::with_capacity(64 * 1024, sink),
            bytes: 0,
        };
        serde_json::to_writer_pretty(&mut out, &report).expect("write");
        out.write_all(b"\n").expect("write");
        out.flush().expect("flush");
        let secs = start.elapsed().as_secs_f64();
        println!("{file}: wrote {} bytes in", out.bytes);
        println!("{secs:.4}");
    }
}

/// A writer that counts what goes through it.
struct Counted<W> {
    inner: W,
    bytes: usize,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
