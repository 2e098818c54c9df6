//! The server's structured log: one JSON object per line on standard error (`ts` in
//! milliseconds since the epoch, `level`, `event`, then the event's fields). Callers pass only
//! ids, names, counts and durations: never the access token, never plan content.

use std::io::Write as _;
use std::sync::{Arc, Mutex};

/// Where log lines go.
#[derive(Clone, Debug, Default)]
pub enum Log {
    /// Standard error (the service's log).
    #[default]
    Stderr,
    /// Kept in memory (tests read them back).
    Memory(Arc<Mutex<Vec<String>>>),
    /// Nowhere.
    Off,
}

impl Log {
    /// Writes one line: `{"ts":…,"level":…,"event":…, fields…}`.
    pub fn event(&self, level: &str, event: &str, fields: serde_json::Value) {
        if matches!(self, Log::Off) {
            return;
        }
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        let mut line = serde_json::Map::new();
        line.insert("ts".into(), serde_json::Value::from(ts));
        line.insert("level".into(), level.into());
        line.insert("event".into(), event.into());
        if let serde_json::Value::Object(more) = fields {
            line.extend(more);
        }
        let text = serde_json::Value::Object(line).to_string();
        match self {
            Log::Stderr => {
                let _ = writeln!(std::io::stderr().lock(), "{text}");
            }
            Log::Memory(lines) => {
                if let Ok(mut lines) = lines.lock() {
                    lines.push(text);
                }
            }
            Log::Off => {}
        }
    }

    pub fn info(&self, event: &str, fields: serde_json::Value) {
        self.event("info", event, fields);
    }

    pub fn warn(&self, event: &str, fields: serde_json::Value) {
        self.event("warn", event, fields);
    }

    pub fn error(&self, event: &str, fields: serde_json::Value) {
        self.event("error", event, fields);
    }
}
