//! The run task protocol of HCP Terraform and Terraform Enterprise, as HashiCorp documents it:
//! the request's payload and its signature, and the result sent back to the callback URL with
//! its outcomes. Nothing here does input or output.
//!
//! - The request, its headers and the callback:
//!   <https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run-tasks/run-tasks-integration>
//! - Securing a run task (the HMAC key, `X-TFC-Task-Signature`) and the test request sent when
//!   a run task is created:
//!   <https://developer.hashicorp.com/terraform/cloud-docs/integrations/run-tasks>

use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha512;

/// The header holding the request's signature: the HMAC-SHA512 of the body with the run task's
/// HMAC key, in hexadecimal ("the signed SHA512 sum of the request payload using the configured
/// HMAC key"; an empty string when the run task has no key, which sgaudit refuses).
pub const SIGNATURE_HEADER: &str = "x-tfc-task-signature";

/// The access token of the test request HCP Terraform sends when a run task is created or its
/// URL changed ("We send a test POST to the supplied URL, and it must respond with a 200 for
/// the run task to be created"): HashiCorp's own run task scaffolding
/// (`hashicorp/terraform-run-task-scaffolding-go`, `api.VerificationToken`) tells it by this
/// token, which is never a valid API token. It is answered 200 and nothing is fetched.
pub const VERIFICATION_TOKEN: &str = "test-token";

/// The media type of the callback (JSON:API).
pub const JSON_API: &str = "application/vnd.api+json";

/// The only payload version the documentation defines ("Only `1` is supported").
pub const PAYLOAD_VERSION: u64 = 1;

/// The longest `message` sgaudit sends, in characters. The documentation asks for "a short
/// message describing the status of the task" and gives no limit: the run's page shows it on
/// one line, so sgaudit keeps it to one line of at most this many characters.
pub const MAX_MESSAGE: usize = 500;

/// The longest outcome `description` ("a one-line description of the result"; no limit is
/// documented), in characters.
pub const MAX_DESCRIPTION: usize = 200;

/// The most bytes of one outcome's `body`: "We recommend limiting messages to under 1MB with a
/// maximum allowable limit of 5MB". sgaudit keeps under the recommended 1 MB (the markdown
/// summary is already under 60,000 bytes).
pub const MAX_BODY: usize = 1_000_000;

/// What sgaudit reads of a run task request; the documentation lists more fields, which are
/// ignored. Every field is optional so that a request missing one is answered with a clear
/// message rather than a parse error.
#[derive(Debug, Deserialize, Default)]
pub struct Payload {
    pub payload_version: Option<u64>,
    /// `pre_plan`, `post_plan`, `pre_apply`, `post_apply`.
    pub stage: Option<String>,
    /// The bearer token for the plan and the callback: short-lived, never logged.
    pub access_token: Option<String>,
    pub organization_name: Option<String>,
    pub workspace_name: Option<String>,
    pub run_id: Option<String>,
    pub is_speculative: Option<bool>,
    pub task_result_id: Option<String>,
    pub task_result_callback_url: Option<String>,
    pub task_result_enforcement_level: Option<String>,
    /// Only in the `post_plan`, `pre_apply` and `post_apply` stages.
    pub plan_json_api_url: Option<String>,
    /// "A map of the capabilities that the caller supports": `outcomes`, "the caller accepts
    /// detailed run task outcomes".
    pub capabilities: Option<Capabilities>,
}

/// What the caller of a run task says it supports.
#[derive(Debug, Deserialize, Default)]
pub struct Capabilities {
    pub outcomes: Option<bool>,
}

impl Payload {
    /// Whether the caller accepts outcomes (`capabilities.outcomes`): a Terraform Enterprise
    /// that does not say so gets the status and the message alone.
    pub fn accepts_outcomes(&self) -> bool {
        self.capabilities
            .as_ref()
            .and_then(|c| c.outcomes)
            .unwrap_or(false)
    }

    /// Whether this is the test request sent when the run task is created.
    pub fn is_verification(&self) -> bool {
        self.access_token.as_deref() == Some(VERIFICATION_TOKEN)
    }
}

/// Signs a body as HCP Terraform does: the HMAC-SHA512 of the body with `key`, in lowercase
/// hexadecimal (the documentation's `openssl dgst -sha512 -hmac "$HMAC_KEY"`).
pub fn sign(key: &[u8], body: &[u8]) -> String {
    let mut mac = mac(key);
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .fold(String::with_capacity(128), |mut text, byte| {
            let _ = write!(text, "{byte:02x}");
            text
        })
}

/// Whether `signature` (the header's value, hexadecimal) is the body's signature under `key`:
/// compared in constant time (`Mac::verify_slice`); a missing, empty or non-hexadecimal header
/// is refused.
pub fn verify(key: &[u8], body: &[u8], signature: Option<&[u8]>) -> bool {
    let Some(decoded) = signature
        .map(|s| s.trim_ascii())
        .filter(|s| !s.is_empty())
        .and_then(from_hex)
    else {
        return false;
    };
    let mut mac = mac(key);
    mac.update(body);
    mac.verify_slice(&decoded).is_ok()
}

/// The bytes of a hexadecimal text (either case), `None` if it is not one.
fn from_hex(text: &[u8]) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| {
        char::from(c)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    text.chunks_exact(2)
        .map(|pair| match pair {
            [high, low] => Some(digit(*high)? << 4 | digit(*low)?),
            _ => None,
        })
        .collect()
}

#[expect(
    clippy::expect_used,
    reason = "HMAC takes a key of any length (a longer one is hashed first): new_from_slice never fails"
)]
fn mac(key: &[u8]) -> Hmac<Sha512> {
    <Hmac<Sha512> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length")
}

/// The final status of a task result: `passed` or `failed` (`running` is not final, and
/// sgaudit, which answers within its deadline, does not send it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Passed,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Failed => "failed",
        }
    }
}

/// A tag's level: "Defaults to `none`, but accepts `none`, `info`, `warning`, or `error`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    None,
    Info,
    Warning,
    Error,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One detailed outcome of a result. Tags named `Severity` and `Status` are shown specially in
/// the run's outcome list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub id: String,
    pub description: String,
    pub body: String,
    pub url: Option<String>,
    /// Each tag's name and its labels with their levels.
    pub tags: Vec<(String, Vec<(String, Level)>)>,
}

/// What is sent back to the callback URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskResult {
    pub status: Status,
    pub message: String,
    pub outcomes: Vec<Outcome>,
}

impl TaskResult {
    /// A failed result with a message and no outcome: what sgaudit could not do (fetch the
    /// plan, read it, finish in time).
    pub fn failed(message: impl Into<String>) -> TaskResult {
        TaskResult {
            status: Status::Failed,
            message: message.into(),
            outcomes: Vec::new(),
        }
    }

    /// The callback's JSON:API body, within the limits above (`message` one line of at most
    /// [`MAX_MESSAGE`] characters, each `description` of [`MAX_DESCRIPTION`], each `body` of
    /// [`MAX_BODY`] bytes); without its outcomes for a caller that does not accept them
    /// (`Payload::accepts_outcomes`).
    pub fn body(&self, outcomes: bool) -> serde_json::Value {
        if !outcomes {
            return serde_json::json!({
                "data": {
                    "type": "task-results",
                    "attributes": {
                        "status": self.status.as_str(),
                        "message": one_line(&self.message, MAX_MESSAGE),
                    },
                }
            });
        }
        let outcomes: Vec<serde_json::Value> = self
            .outcomes
            .iter()
            .map(|o| {
                let mut attributes = serde_json::Map::new();
                attributes.insert("outcome-id".into(), o.id.clone().into());
                attributes.insert(
                    "description".into(),
                    one_line(&o.description, MAX_DESCRIPTION).into(),
                );
                attributes.insert("body".into(), cut(&o.body, MAX_BODY).into());
                if let Some(url) = &o.url {
                    attributes.insert("url".into(), url.clone().into());
                }
                let tags: serde_json::Map<String, serde_json::Value> = o
                    .tags
                    .iter()
                    .map(|(name, labels)| {
                        let labels = labels
                            .iter()
                            .map(|(label, level)| {
                                serde_json::json!({ "label": label, "level": level.as_str() })
                            })
                            .collect();
                        (name.clone(), serde_json::Value::Array(labels))
                    })
                    .collect();
                attributes.insert("tags".into(), tags.into());
                serde_json::json!({ "type": "task-result-outcomes", "attributes": attributes })
            })
            .collect();
        serde_json::json!({
            "data": {
                "type": "task-results",
                "attributes": {
                    "status": self.status.as_str(),
                    "message": one_line(&self.message, MAX_MESSAGE),
                },
                "relationships": { "outcomes": { "data": outcomes } },
            }
        })
    }
}

/// `text` on one line (line breaks and tabs as spaces, runs of spaces as one) of at most `max`
/// characters, ending with `…` when cut.
pub fn one_line(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let mut out: String = line.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `text` cut to at most `max` bytes at a character boundary, with a line saying so.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    const NOTE: &str = "\n\n… (cut at 1 MB)";
    let mut end = max.saturating_sub(NOTE.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = text.get(..end).unwrap_or_default().to_owned();
    out.push_str(NOTE);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_is_the_hex_hmac_sha512_of_the_body() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        let signature = sign(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            signature,
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
        );
        assert!(verify(
            b"Jefe",
            b"what do ya want for nothing?",
            Some(signature.as_bytes())
        ));
        assert!(verify(
            b"Jefe",
            b"what do ya want for nothing?",
            Some(signature.to_uppercase().as_bytes())
        ));
    }

    #[test]
    fn a_wrong_missing_or_malformed_signature_is_refused() {
        let good = sign(b"key", b"body");
        assert!(!verify(b"key", b"body!", Some(good.as_bytes())));
        assert!(!verify(b"other", b"body", Some(good.as_bytes())));
        assert!(!verify(b"key", b"body", None));
        assert!(!verify(b"key", b"body", Some(b"")));
        assert!(!verify(b"key", b"body", Some(b"zz")));
        assert!(!verify(b"key", b"body", Some(&good.as_bytes()[..64])));
    }

    #[test]
    fn the_callback_body_is_json_api_within_the_limits() {
        let result = TaskResult {
            status: Status::Failed,
            message: format!("line one\nline two {}", "x".repeat(1000)),
            outcomes: vec![Outcome {
                id: "admin-ports-public-ipv4".into(),
                description: "d".repeat(300),
                body: "é".repeat(MAX_BODY),
                url: None,
                tags: vec![("Severity".into(), vec![("High".into(), Level::Error)])],
            }],
        };
        let body = result.body(true);
        assert_eq!(body["data"]["type"], "task-results");
        assert_eq!(body["data"]["attributes"]["status"], "failed");
        let message = body["data"]["attributes"]["message"].as_str().unwrap();
        assert!(message.starts_with("line one line two x"));
        assert_eq!(message.chars().count(), MAX_MESSAGE);
        let outcome = &body["data"]["relationships"]["outcomes"]["data"][0];
        assert_eq!(outcome["type"], "task-result-outcomes");
        assert_eq!(
            outcome["attributes"]["outcome-id"],
            "admin-ports-public-ipv4"
        );
        assert_eq!(
            outcome["attributes"]["description"]
                .as_str()
                .unwrap()
                .chars()
                .count(),
            MAX_DESCRIPTION
        );
        assert!(outcome["attributes"]["body"].as_str().unwrap().len() <= MAX_BODY);
        assert_eq!(
            outcome["attributes"]["tags"]["Severity"][0],
            serde_json::json!({"label": "High", "level": "error"})
        );
        assert!(outcome["attributes"].get("url").is_none());
    }
}
