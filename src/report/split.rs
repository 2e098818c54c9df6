//! Pretty JSON written piece by piece, its long lists on two threads: the text is exactly
//! what `serde_json::to_writer_pretty` writes for the same value (two-space indentation), but
//! the items of a long list are rendered in chunks, every other chunk on a second thread into a
//! buffer that is written in its place. What a chunk holds is bounded, and so what is rendered
//! ahead of the writing: the report is still streamed.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

/// How many items of a list make a chunk: enough that a chunk is worth a hand-over (a
/// finding's text is ~1 KB), few enough that what the second thread renders ahead is small.
pub const CHUNK: usize = 64;

/// Serde's pretty formatter, as it is `level` arrays deep: a value written with it is indented
/// as it would be there.
fn formatter(level: usize) -> PrettyFormatter<'static> {
    let mut f = PrettyFormatter::new();
    for _ in 0..level {
        // Into nothing: only the depth it counts is wanted.
        let _ = f.begin_array(&mut io::sink());
    }
    f
}

/// A serializer that writes a value as it is written `level` deep in a pretty report.
pub fn serializer<W: Write>(
    out: &mut W,
    level: usize,
) -> serde_json::Serializer<&mut W, PrettyFormatter<'static>> {
    serde_json::Serializer::with_formatter(out, formatter(level))
}

/// Writes `value` as it is written `level` deep in a pretty report.
pub fn value<W: Write, T: Serialize + ?Sized>(out: &mut W, level: usize, value: &T) -> io::Result<()> {
    value
        .serialize(&mut serializer(out, level))
        .map_err(io::Error::from)
}

/// The indentation of a line `level` deep.
fn indent<W: Write>(out: &mut W, level: usize) -> io::Result<()> {
    for _ in 0..level {
        out.write_all(b"  ")?;
    }
    Ok(())
}

/// A JSON object being written, `level` deep (its members one deeper).
pub struct Object<'w, W: Write> {
    out: &'w mut W,
    level: usize,
    first: bool,
}

impl<'w, W: Write> Object<'w, W> {
    /// Opens an object (`{`).
    pub fn open(out: &'w mut W, level: usize) -> io::Result<Self> {
        out.write_all(b"{")?;
        Ok(Object {
            out,
            level,
            first: true,
        })
    }

    /// Writes the next member's key (a plain identifier: nothing to escape); its value is
    /// to be written `self.level + 1` deep into what this returns.
    pub fn key(&mut self, key: &str) -> io::Result<&mut W> {
        self.out
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        indent(self.out, self.level + 1)?;
        self.out.write_all(b"\"")?;
        self.out.write_all(key.as_bytes())?;
        self.out.write_all(b"\": ")?;
        Ok(self.out)
    }

    /// Writes a member.
    pub fn field<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> io::Result<()> {
        let level = self.level + 1;
        value(self.key(key)?, level, v)
    }

    /// The depth of the members' values.
    pub fn inner(&self) -> usize {
        self.level + 1
    }

    /// Closes the object (`}`).
    pub fn close(self) -> io::Result<()> {
        if !self.first {
            self.out.write_all(b"\n")?;
            indent(self.out, self.level)?;
        }
        self.out.write_all(b"}")
    }
}

/// Writes the items `0..len` of a list (`item(i)` each) `level` deep, as serde writes a
/// sequence, with every other chunk of `chunk` items rendered on a second thread (a list of
/// one chunk is written here alone).
pub fn list<W, T, F>(out: &mut W, level: usize, len: usize, chunk: usize, item: F) -> io::Result<()>
where
    W: Write,
    T: Serialize,
    F: Fn(usize) -> T + Sync,
{
    out.write_all(b"[")?;
    if len == 0 {
        return out.write_all(b"]");
    }
    let chunk = chunk.max(1);
    let render = |out: &mut W, from: usize| chunk_of(out, level, from..len.min(from + chunk), &item);
    let chunks = len.div_ceil(chunk);
    if chunks < 2 {
        render(out, 0)?;
    } else {
        std::thread::scope(|scope| -> io::Result<()> {
            // At most one rendered chunk waits while the next is rendered; the buffers come
            // back to be used again.
            let (rendered, take) = std::sync::mpsc::sync_channel::<io::Result<Vec<u8>>>(1);
            let (give_back, returned) = std::sync::mpsc::channel::<Vec<u8>>();
            let item = &item;
            scope.spawn(move || {
                for c in (1..chunks).step_by(2) {
                    let mut buffer = returned.try_recv().unwrap_or_default();
                    buffer.clear();
                    let from = c * chunk;
                    let result = chunk_of(&mut buffer, level, from..len.min(from + chunk), &item)
                        .map(|()| buffer);
                    if rendered.send(result).is_err() {
                        return;
                    }
                }
            });
            for c in 0..chunks {
                if c % 2 == 0 {
                    render(out, c * chunk)?;
                } else {
                    let buffer = take
                        .recv()
                        .map_err(|_| io::Error::other("a report's writer stopped"))??;
                    out.write_all(&buffer)?;
                    let _ = give_back.send(buffer);
                }
            }
            Ok(())
        })?;
    }
    out.write_all(b"\n")?;
    indent(out, level)?;
    out.write_all(b"]")
}

/// The items `range` of a list `level` deep, each after its separator.
fn chunk_of<O, T, F>(out: &mut O, level: usize, range: std::ops::Range<usize>, item: &F) -> io::Result<()>
where
    O: Write,
    T: Serialize,
    F: Fn(usize) -> T,
{
    for i in range {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        indent(out, level + 1)?;
        value(out, level + 1, &item(i))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists, objects and values written piece by piece, at any depth and in chunks of any
    /// size, are the bytes serde writes for the whole value.
    #[test]
    fn pieces_are_what_serde_writes_whole() {
        let items: Vec<serde_json::Value> = (0..23)
            .map(|i| {
                serde_json::json!({ "n": i, "list": (0..i % 4).collect::<Vec<_>>(), "empty": [],
                                    "o": { "s": format!("\"{i}\n") } })
            })
            .collect();
        let whole = serde_json::to_string_pretty(&serde_json::json!({
            "a": 1, "items": items, "none": [], "nested": { "items": items }
        }))
        .unwrap();
        for chunk in [1, 2, 5, 23, 64] {
            let mut out = Vec::new();
            let mut top = Object::open(&mut out, 0).unwrap();
            top.field("a", &1).unwrap();
            let level = top.inner();
            list(top.key("items").unwrap(), level, items.len(), chunk, |i| &items[i]).unwrap();
            list(top.key("none").unwrap(), level, 0, chunk, |i| &items[i]).unwrap();
            let mut nested = Object::open(top.key("nested").unwrap(), level).unwrap();
            let inner = nested.inner();
            list(nested.key("items").unwrap(), inner, items.len(), chunk, |i| &items[i]).unwrap();
            nested.close().unwrap();
            top.close().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole, "chunks of {chunk}");
        }
        let mut out = Vec::new();
        Object::open(&mut out, 0).unwrap().close().unwrap();
        assert_eq!(out, b"{}");
    }
}
