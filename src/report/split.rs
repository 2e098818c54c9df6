//! Pretty JSON written piece by piece, its long lists on two threads: the text is exactly
//! what `serde_json::to_writer_pretty` writes for the same value (two-space indentation), but
//! the items of a long list are rendered in chunks, every other chunk on a second thread into a
//! buffer that is written in its place. What a chunk holds is bounded, and so what is rendered
//! ahead of the writing: the report is still streamed.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

/// How many items of a list make a chunk: enough that a chunk is worth a hand-over (a
/// finding's text is ~1 KB), few enough that what the second thread renders ahead is small; 2
/// in the tests, so that every report a test writes goes through both threads.
pub const CHUNK: usize = if cfg!(test) { 2 } else { 64 };

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
pub fn value<W: Write, T: Serialize + ?Sized>(
    out: &mut W,
    level: usize,
    value: &T,
) -> io::Result<()> {
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

/// Writes a list `level` deep, as serde writes a sequence: the items `item(i)` gives for each
/// `i` in `0..len` (none, one or several each), with every other chunk of `chunk` of those `i`
/// rendered on a second thread (a list of one chunk is written here alone).
pub fn list<W, I, F>(out: &mut W, level: usize, len: usize, chunk: usize, item: F) -> io::Result<()>
where
    W: Write,
    I: IntoIterator<Item: Serialize>,
    F: Fn(usize) -> I + Sync,
{
    out.write_all(b"[")?;
    let chunk = chunk.max(1);
    let range = |c: usize| c * chunk..len.min(c * chunk + chunk);
    let chunks = len.div_ceil(chunk);
    // Whether an item is written yet: the first is not preceded by a comma.
    let mut any = false;
    if chunks < 2 {
        any = chunk_of(out, level, range(0), &item, true)?;
    } else {
        std::thread::scope(|scope| -> io::Result<()> {
            // At most one rendered chunk waits while the next is rendered; the buffers come
            // back to be used again. A chunk rendered there puts a comma before each item.
            let (rendered, take) = std::sync::mpsc::sync_channel::<io::Result<Vec<u8>>>(1);
            let (give_back, returned) = std::sync::mpsc::channel::<Vec<u8>>();
            let item = &item;
            scope.spawn(move || {
                for c in (1..chunks).step_by(2) {
                    let mut buffer = returned.try_recv().unwrap_or_default();
                    buffer.clear();
                    let result =
                        chunk_of(&mut buffer, level, range(c), item, false).map(|_| buffer);
                    if rendered.send(result).is_err() {
                        return;
                    }
                }
            });
            for c in 0..chunks {
                if c % 2 == 0 {
                    any |= chunk_of(out, level, range(c), &item, !any)?;
                } else {
                    let buffer = take
                        .recv()
                        .map_err(|_| io::Error::other("a report's writer stopped"))??;
                    let text = match buffer.split_first() {
                        Some((b',', rest)) if !any => rest,
                        _ => &buffer,
                    };
                    any |= !text.is_empty();
                    out.write_all(text)?;
                    let _ = give_back.send(buffer);
                }
            }
            Ok(())
        })?;
    }
    if any {
        out.write_all(b"\n")?;
        indent(out, level)?;
    }
    out.write_all(b"]")
}

/// The items of `range` of a list `level` deep, each after its separator (the first without
/// a comma, when it is the list's first: `first`). Whether it wrote any.
fn chunk_of<O, I, F>(
    out: &mut O,
    level: usize,
    range: std::ops::Range<usize>,
    item: &F,
    mut first: bool,
) -> io::Result<bool>
where
    O: Write,
    I: IntoIterator<Item: Serialize>,
    F: Fn(usize) -> I,
{
    let mut any = false;
    for i in range {
        for v in item(i) {
            out.write_all(if first { b"\n" } else { b",\n" })?;
            first = false;
            any = true;
            indent(out, level + 1)?;
            value(out, level + 1, &v)?;
        }
    }
    Ok(any)
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
            list(top.key("items").unwrap(), level, items.len(), chunk, |i| {
                items.get(i)
            })
            .unwrap();
            list(top.key("none").unwrap(), level, 0, chunk, |i| items.get(i)).unwrap();
            let mut nested = Object::open(top.key("nested").unwrap(), level).unwrap();
            let inner = nested.inner();
            list(
                nested.key("items").unwrap(),
                inner,
                items.len(),
                chunk,
                |i| items.get(i),
            )
            .unwrap();
            nested.close().unwrap();
            top.close().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole, "chunks of {chunk}");
        }
        // Items of none, one or several values each, the first ones empty.
        let values: Vec<u32> = (0..40).collect();
        let whole = serde_json::to_string_pretty(&values).unwrap();
        for chunk in [1, 2, 3, 7, 100] {
            let mut out = Vec::new();
            // Item i holds the values 2i - 2 and 2i - 1: item 0 holds none.
            list(&mut out, 0, 21, chunk, |i: usize| {
                (i.saturating_sub(1) * 2..i * 2).map(|v| v as u32)
            })
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole, "chunks of {chunk}");
        }
        let mut out = Vec::new();
        list(&mut out, 1, 5, 2, |_| None::<u32>).unwrap();
        assert_eq!(out, b"[]");
        let mut out = Vec::new();
        Object::open(&mut out, 0).unwrap().close().unwrap();
        assert_eq!(out, b"{}");
    }
}
