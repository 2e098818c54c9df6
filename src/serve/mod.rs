//! `sgaudit serve`: an HCP Terraform / Terraform Enterprise run task server. It answers each
//! signed run task request at once (after checking its signature, before reading anything
//! else), then in the background fetches the plan JSON with the request's token, audits it with
//! the organisation's configuration (`audit::run`, the command line's pipeline) and calls back
//! with the verdict, the markdown report and one outcome per new finding. A bounded queue and a
//! fixed number of workers, a deadline per request, retries with backoff and jitter (honouring
//! `Retry-After`), one audit per task result id, `/healthz`, JSON-lines logs without tokens or
//! plan content, a plan size cap, and a shutdown that finishes the work it accepted.
//!
//! The protocol: <https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run-tasks/run-tasks-integration>
//! (see `protocol.rs`).

mod log;
pub mod protocol;
mod result;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::mpsc;

pub use self::log::Log;
pub use self::protocol::{Payload, TaskResult, sign};
use crate::policy::Policy;

/// The policies in use: the organisation's, and overrides for the workspaces whose name
/// matches a glob (the first that matches).
pub struct Policies {
    pub default: Arc<Policy>,
    pub workspaces: Vec<(String, Arc<Policy>)>,
}

impl Policies {
    /// The policy of a workspace: the first override whose glob matches its name, else the
    /// organisation's.
    pub fn of(&self, workspace: &str) -> &Arc<Policy> {
        self.workspaces
            .iter()
            .find(|(glob, _)| crate::policy::glob_match(glob, workspace))
            .map_or(&self.default, |(_, p)| p)
    }
}

/// How the server runs.
pub struct Config {
    /// Where it listens.
    pub listen: SocketAddr,
    /// The run task's HMAC key: every request must be signed with it.
    pub hmac_key: Vec<u8>,
    pub policies: Policies,
    /// How many accepted requests may wait for a worker; past it, a request is answered 503
    /// (HCP Terraform retries a request not answered 200).
    pub queue: usize,
    /// How many requests are worked on at once.
    pub concurrency: usize,
    /// How long fetching and auditing one plan may take; past it, the result is `failed`,
    /// saying so. HCP Terraform fails a task without an update for 10 minutes.
    pub deadline: Duration,
    /// The most bytes of plan JSON fetched; a larger plan is refused with a `failed` result
    /// naming the cap.
    pub max_plan_size: u64,
    /// How many times a failed fetch or callback is tried again.
    pub retries: u32,
    /// The first wait before trying again, doubled each time, with jitter.
    pub backoff: Duration,
    /// The longest wait before trying again, `Retry-After` included.
    pub max_backoff: Duration,
    /// The most outcomes of a result (the summary is one).
    pub max_outcomes: usize,
    /// Where the built-in rules' documentation is (`--rule-docs`): the outcomes link a rule's
    /// page under it (else under Cargo.toml's `repository`, when set).
    pub rule_docs: Option<Arc<str>>,
    /// A certificate chain and private key (PEM) to serve HTTPS with rustls.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// How many task result ids are remembered to answer a redelivered request without
    /// auditing it again.
    pub remember: usize,
    pub log: Log,
}

impl Config {
    /// The defaults of everything but the address, the key and the policies.
    pub fn new(listen: SocketAddr, hmac_key: Vec<u8>, policies: Policies) -> Config {
        Config {
            listen,
            hmac_key,
            policies,
            queue: 64,
            concurrency: std::thread::available_parallelism().map_or(2, usize::from),
            deadline: Duration::from_secs(480),
            max_plan_size: crate::access::Limits::default().plan,
            retries: 5,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_outcomes: 50,
            rule_docs: None,
            tls: None,
            remember: 10_000,
            log: Log::Stderr,
        }
    }
}

/// The most bytes of a run task request (its payload is a few kilobytes).
const MAX_REQUEST: usize = 256 * 1024;

/// A request accepted for work.
struct Job {
    payload: Payload,
    accepted: Instant,
}

/// What a task result id is known as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    Working,
    Done,
}

/// The task result ids seen, at most `remember` of them (the oldest forgotten first).
struct Ids {
    state: HashMap<String, Seen>,
    order: VecDeque<String>,
    remember: usize,
}

impl Ids {
    /// Marks an id as being worked on; false when it is known already.
    fn claim(&mut self, id: &str) -> bool {
        if self.state.contains_key(id) {
            return false;
        }
        self.state.insert(id.to_owned(), Seen::Working);
        self.order.push_back(id.to_owned());
        while self.order.len() > self.remember {
            if let Some(old) = self.order.pop_front() {
                self.state.remove(&old);
            }
        }
        true
    }

    fn forget(&mut self, id: &str) {
        self.state.remove(id);
        self.order.retain(|o| o != id);
    }

    fn done(&mut self, id: &str) {
        if let Some(s) = self.state.get_mut(id) {
            *s = Seen::Done;
        }
    }
}

/// What the handlers and workers share.
struct Shared {
    config: Config,
    /// Taken at shutdown: the workers then finish what is queued and stop.
    queue: Mutex<Option<mpsc::Sender<Job>>>,
    ids: Mutex<Ids>,
    client: reqwest::Client,
    /// One permit per worker, held while a plan is read and audited: an audit the deadline
    /// gave up on (a blocking task cannot be stopped) keeps its permit until it ends, so that
    /// no more than `concurrency` audits ever run at once.
    audits: Arc<tokio::sync::Semaphore>,
}

/// A running server.
pub struct Server {
    addr: SocketAddr,
    handle: axum_server::Handle,
    shared: Arc<Shared>,
    serving: tokio::task::JoinHandle<std::io::Result<()>>,
    workers: tokio::task::JoinSet<()>,
}

impl Server {
    /// Binds the address and starts serving and the workers.
    pub async fn start(config: Config) -> Result<Server> {
        let listener = std::net::TcpListener::bind(config.listen)
            .with_context(|| format!("--listen {}: cannot listen", config.listen))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let client = reqwest::Client::builder()
            .user_agent(concat!("sgaudit/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .context("cannot make the HTTP client")?;
        let (sender, receiver) = mpsc::channel::<Job>(config.queue.max(1));
        let receiver = Arc::new(tokio::sync::Mutex::new(receiver));
        let workers_n = config.concurrency.max(1);
        let tls = config.tls.clone();
        let shared = Arc::new(Shared {
            ids: Mutex::new(Ids {
                state: HashMap::new(),
                order: VecDeque::new(),
                remember: config.remember.max(1),
            }),
            config,
            queue: Mutex::new(Some(sender)),
            client,
            audits: Arc::new(tokio::sync::Semaphore::new(workers_n)),
        });
        let mut workers = tokio::task::JoinSet::new();
        for _ in 0..workers_n {
            let shared = Arc::clone(&shared);
            let receiver = Arc::clone(&receiver);
            workers.spawn(async move {
                loop {
                    let job = receiver.lock().await.recv().await;
                    match job {
                        Some(job) => work(&shared, job).await,
                        None => break,
                    }
                }
            });
        }
        let app = axum::Router::new()
            .route("/", post(run_task))
            .route("/healthz", get(healthz))
            .layer(DefaultBodyLimit::max(MAX_REQUEST))
            .with_state(Arc::clone(&shared));
        let handle = axum_server::Handle::new();
        let serving = match tls {
            Some((cert, key)) => {
                install_ring();
                let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(&cert, &key)
                    .await
                    .with_context(|| {
                        format!(
                            "--tls-cert {} --tls-key {}: cannot load",
                            cert.display(),
                            key.display()
                        )
                    })?;
                let server = axum_server::from_tcp_rustls(listener, tls).handle(handle.clone());
                tokio::spawn(server.serve(app.into_make_service()))
            }
            None => {
                let server = axum_server::from_tcp(listener).handle(handle.clone());
                tokio::spawn(server.serve(app.into_make_service()))
            }
        };
        shared.config.log.info(
            "listening",
            serde_json::json!({
                "addr": addr.to_string(),
                "tls": shared.config.tls.is_some(),
                "workers": workers_n,
                "queue": shared.config.queue,
            }),
        );
        Ok(Server {
            addr,
            handle,
            shared,
            serving,
            workers,
        })
    }

    /// The address it listens on (the port chosen when `--listen` gave 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting requests, then finishes every request it accepted (queued or being
    /// worked on, callbacks included) and returns.
    pub async fn shutdown(mut self) -> Result<()> {
        let log = self.shared.config.log.clone();
        log.info("shutting down", serde_json::json!({}));
        self.handle.graceful_shutdown(Some(Duration::from_secs(10)));
        if let Ok(Err(e)) = (&mut self.serving).await {
            log.error(
                "server error",
                serde_json::json!({ "error": e.to_string() }),
            );
        }
        // No more jobs: the workers finish the queue and stop.
        if let Ok(mut queue) = self.shared.queue.lock() {
            queue.take();
        }
        while self.workers.join_next().await.is_some() {}
        log.info("stopped", serde_json::json!({}));
        Ok(())
    }
}

/// Makes ring rustls's process-wide provider (no OpenSSL, no aws-lc-rs, whose build needs
/// cmake and which the static binary does without); a provider already installed stays.
#[expect(
    deprecated,
    reason = "ring has no post-quantum key exchange (aws-lc-rs has); TLS is usually left to a reverse proxy"
)]
fn install_ring() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Runs the server until SIGTERM or ctrl-c, then shuts it down ([`Server::shutdown`]).
pub fn run(config: Config) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    runtime.block_on(async {
        let server = Server::start(config).await?;
        stopped().await;
        server.shutdown().await
    })
}

/// Waits for ctrl-c, or SIGTERM on Unix (what `docker stop` and systemd send).
async fn stopped() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn healthz() -> &'static str {
    "ok\n"
}

/// A run task request: its signature checked before anything else is read, then answered at
/// once (200 accepted, a redelivery, or the verification request; 401 a bad signature; 400 a
/// payload that is not one; 503 when the queue is full or the server stops), the work queued.
async fn run_task(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let log = &shared.config.log;
    let signature = headers
        .get(protocol::SIGNATURE_HEADER)
        .map(|v| v.as_bytes());
    if !protocol::verify(&shared.config.hmac_key, &body, signature) {
        log.warn(
            "refused",
            serde_json::json!({ "reason": "bad or missing X-TFC-Task-Signature" }),
        );
        return (StatusCode::UNAUTHORIZED, "bad signature\n").into_response();
    }
    let payload: Payload = match serde_json::from_slice(&body) {
        Ok(p) => p,
        Err(e) => {
            log.warn(
                "refused",
                serde_json::json!({ "reason": format!("not a run task payload: {e}") }),
            );
            return (StatusCode::BAD_REQUEST, "not a run task payload\n").into_response();
        }
    };
    if payload.payload_version != Some(protocol::PAYLOAD_VERSION) {
        log.warn(
            "refused",
            serde_json::json!({ "reason": "payload_version is not 1", "payload_version": payload.payload_version }),
        );
        return (StatusCode::BAD_REQUEST, "payload_version must be 1\n").into_response();
    }
    if payload.is_verification() {
        log.info(
            "verification",
            serde_json::json!({ "organization": payload.organization_name }),
        );
        return StatusCode::OK.into_response();
    }
    let (Some(id), Some(_), Some(_)) = (
        payload.task_result_id.clone(),
        payload.task_result_callback_url.as_ref(),
        payload.access_token.as_ref(),
    ) else {
        log.warn(
            "refused",
            serde_json::json!({ "reason": "no task_result_id, task_result_callback_url or access_token" }),
        );
        return (
            StatusCode::BAD_REQUEST,
            "task_result_id, task_result_callback_url and access_token are required\n",
        )
            .into_response();
    };
    let fields = serde_json::json!({
        "task_result_id": id,
        "organization": payload.organization_name,
        "workspace": payload.workspace_name,
        "run": payload.run_id,
        "stage": payload.stage,
    });
    if !shared.ids.lock().is_ok_and(|mut ids| ids.claim(&id)) {
        log.info("redelivery", fields);
        return StatusCode::OK.into_response();
    }
    let sent = match shared.queue.lock() {
        Ok(queue) => match queue.as_ref() {
            Some(sender) => sender
                .try_send(Job {
                    payload,
                    accepted: Instant::now(),
                })
                .map_err(|e| match e {
                    mpsc::error::TrySendError::Full(_) => "the queue is full",
                    mpsc::error::TrySendError::Closed(_) => "shutting down",
                }),
            None => Err("shutting down"),
        },
        Err(_) => Err("shutting down"),
    };
    match sent {
        Ok(()) => {
            log.info("accepted", fields);
            StatusCode::OK.into_response()
        }
        Err(reason) => {
            if let Ok(mut ids) = shared.ids.lock() {
                ids.forget(&id);
            }
            let mut fields = fields;
            put(&mut fields, "reason", reason);
            log.warn("busy", fields);
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                format!("{reason}: try again\n"),
            )
                .into_response()
        }
    }
}

/// Works on one request: the result (within the deadline), then the callback.
async fn work(shared: &Shared, job: Job) {
    let config = &shared.config;
    let payload = &job.payload;
    let id = payload.task_result_id.clone().unwrap_or_default();
    let mut fields = serde_json::json!({
        "task_result_id": id,
        "organization": payload.organization_name,
        "workspace": payload.workspace_name,
        "run": payload.run_id,
        "queued_ms": millis(job.accepted.elapsed()),
    });
    let started = Instant::now();
    let result = match tokio::time::timeout(config.deadline, audit(shared, payload)).await {
        Ok(result) => result,
        Err(_) => TaskResult::failed(format!(
            "sgaudit did not finish within its deadline of {} s (--deadline): no verdict",
            config.deadline.as_secs()
        )),
    };
    put(&mut fields, "status", result.status.as_str());
    put(&mut fields, "outcomes", result.outcomes.len());
    put(&mut fields, "audit_ms", millis(started.elapsed()));
    let delivered = callback(shared, payload, &result).await;
    put(&mut fields, "total_ms", millis(job.accepted.elapsed()));
    match delivered {
        Ok(attempts) => {
            put(&mut fields, "attempts", attempts);
            config.log.info("called back", fields);
        }
        Err(e) => {
            put(&mut fields, "error", e);
            config.log.error("callback failed", fields);
        }
    }
    if let Ok(mut ids) = shared.ids.lock() {
        ids.done(&id);
    }
}

/// Adds a field to a log line's fields.
fn put(fields: &mut serde_json::Value, key: &str, value: impl Into<serde_json::Value>) {
    if let Some(map) = fields.as_object_mut() {
        map.insert(key.to_owned(), value.into());
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The result of a request: its plan fetched, read and audited under its workspace's policy;
/// what went wrong as a failed result saying what.
async fn audit(shared: &Shared, payload: &Payload) -> TaskResult {
    let Some(url) = payload.plan_json_api_url.as_deref() else {
        return TaskResult::failed(format!(
            "sgaudit audits a plan, and the {} stage has none: attach the run task at the post-plan stage",
            payload.stage.as_deref().unwrap_or("unknown")
        ));
    };
    let token = payload.access_token.as_deref().unwrap_or_default();
    let bytes = match fetch(shared, url, token).await {
        Ok(b) => b,
        Err(message) => return TaskResult::failed(message),
    };
    let workspace = payload.workspace_name.clone().unwrap_or_default();
    let policy = Arc::clone(shared.config.policies.of(&workspace));
    let max_outcomes = shared.config.max_outcomes;
    let rule_docs = shared.config.rule_docs.clone();
    let name = format!(
        "the plan of {}",
        payload.run_id.as_deref().unwrap_or("the run")
    );
    let Ok(permit) = Arc::clone(&shared.audits).acquire_owned().await else {
        return TaskResult::failed("sgaudit failed while auditing the plan");
    };
    // Reading and auditing a plan is CPU work: off the runtime's threads.
    let audited = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let input = crate::read::read_plan_json(&name, &bytes).map_err(|e| format!("{e:#}"))?;
        drop(bytes);
        let gate = crate::audit::Gate::configured(&policy.settings);
        let audit = crate::audit::run(&input, &policy, None, gate);
        Ok::<_, String>(result::of(
            &input,
            &audit,
            &policy,
            max_outcomes,
            rule_docs.as_deref(),
        ))
    })
    .await;
    match audited {
        Ok(Ok(result)) => result,
        Ok(Err(message)) => {
            TaskResult::failed(format!("sgaudit could not read the plan: {message}"))
        }
        Err(_) => TaskResult::failed("sgaudit failed while auditing the plan"),
    }
}

/// Whether an HTTP status is worth trying again: too many requests, or a server error.
fn transient(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

/// The wait a response's `Retry-After` asks for, in seconds (its HTTP-date form is not read:
/// the backoff applies then).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// The wait before try `attempt` (from 1): the backoff doubled each time up to the most, less
/// up to half of it at random (jitter), or what `Retry-After` asked for, up to the most.
fn wait(config: &Config, attempt: u32, asked: Option<Duration>) -> Duration {
    if let Some(asked) = asked {
        return asked.min(config.max_backoff);
    }
    let doubled = config
        .backoff
        .saturating_mul(1u32 << attempt.saturating_sub(1).min(20))
        .min(config.max_backoff);
    // A random fraction in [0.5, 1): the process's random hasher keys, no dependency.
    let random = {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(attempt);
        h.finish()
    };
    let fraction = 0.5 + (random % 1000) as f64 / 2000.0;
    doubled.mul_f64(fraction)
}

/// Fetches the plan JSON with the token, following redirects (the API answers with a
/// temporary address of the file; reqwest drops the `Authorization` header when a redirect
/// leaves the host), at most `max_plan_size` bytes, trying again on a failed connection, 429 or
/// a server error. The error is the result's message.
async fn fetch(shared: &Shared, url: &str, token: &str) -> Result<Vec<u8>, String> {
    let cap = shared.config.max_plan_size;
    let over = || {
        format!(
            "the plan JSON is larger than sgaudit's plan size cap of {} (--max-plan-size): not audited",
            crate::access::size_label(cap)
        )
    };
    let once = || async {
        match shared.client.get(url).bearer_auth(token).send().await {
            Err(e) => Tried::Again(
                format!("cannot fetch the plan JSON: {}", without_url(&e)),
                None,
            ),
            Ok(response) if transient(response.status()) => Tried::Again(
                format!("fetching the plan JSON: HTTP {}", response.status()),
                retry_after(response.headers()),
            ),
            Ok(response) if !response.status().is_success() => Tried::Final(format!(
                "fetching the plan JSON: HTTP {} (the token may have expired)",
                response.status()
            )),
            Ok(mut response) => {
                if response.content_length().is_some_and(|n| n > cap) {
                    return Tried::Final(over());
                }
                let mut bytes: Vec<u8> = Vec::new();
                loop {
                    match response.chunk().await {
                        Ok(Some(chunk)) => {
                            if bytes.len() as u64 + chunk.len() as u64 > cap {
                                return Tried::Final(over());
                            }
                            bytes.extend_from_slice(&chunk);
                        }
                        Ok(None) => return Tried::Done(bytes),
                        Err(e) => {
                            return Tried::Again(
                                format!("reading the plan JSON: {}", without_url(&e)),
                                None,
                            );
                        }
                    }
                }
            }
        }
    };
    let (bytes, _) = retried(
        &shared.config,
        "retrying fetch",
        serde_json::json!({}),
        once,
    )
    .await?;
    Ok(bytes)
}

/// What one try of a request to HCP Terraform gave.
enum Tried<T> {
    Done(T),
    /// Trying again would not help: the error.
    Final(String),
    /// A failed connection, 429 or a server error: the problem, and the wait the server asked.
    Again(String, Option<Duration>),
}

/// Tries `once` until it is done or fails for good, at most `retries` times more, waiting
/// between tries (`wait`: backoff with jitter, `Retry-After`) and logging each retry as
/// `event` with `fields`: what it gave and the number of tries it took, or why it failed.
async fn retried<T, F: std::future::Future<Output = Tried<T>>>(
    config: &Config,
    event: &str,
    fields: serde_json::Value,
    once: impl Fn() -> F,
) -> Result<(T, u32), String> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let (problem, asked) = match once().await {
            Tried::Done(value) => return Ok((value, attempt)),
            Tried::Final(error) => return Err(error),
            Tried::Again(problem, asked) => (problem, asked),
        };
        if attempt > config.retries {
            return Err(format!("{problem} (tried {attempt} times)"));
        }
        let mut fields = fields.clone();
        put(&mut fields, "attempt", attempt);
        put(&mut fields, "problem", problem);
        config.log.warn(event, fields);
        tokio::time::sleep(wait(config, attempt, asked)).await;
    }
}

/// An HTTP client error without the address it was about (which the log and the message do
/// not need; it holds no token either way).
fn without_url(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else if e.is_redirect() {
        "too many redirects"
    } else if e.is_body() || e.is_decode() {
        "the response broke off"
    } else {
        "request failed"
    };
    kind.to_owned()
}

/// Sends the result to the callback URL with the token (`PATCH`, JSON:API), trying again on a
/// failed connection, 429 or a server error; the number of tries it took, or why it failed.
async fn callback(shared: &Shared, payload: &Payload, result: &TaskResult) -> Result<u32, String> {
    let url = payload
        .task_result_callback_url
        .as_deref()
        .unwrap_or_default();
    let token = payload.access_token.as_deref().unwrap_or_default();
    let body = result.body(payload.accepts_outcomes()).to_string();
    let once = || async {
        let sent = shared
            .client
            .patch(url)
            .bearer_auth(token)
            .header(reqwest::header::CONTENT_TYPE, protocol::JSON_API)
            .timeout(Duration::from_secs(60))
            .body(body.clone())
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => Tried::Done(()),
            Ok(r) if transient(r.status()) => {
                Tried::Again(format!("HTTP {}", r.status()), retry_after(r.headers()))
            }
            // 401 (the token expired), 422 (refused): trying again would not help.
            Ok(r) => Tried::Final(format!("HTTP {} (not tried again)", r.status())),
            Err(e) => Tried::Again(without_url(&e), None),
        }
    };
    let fields = serde_json::json!({ "task_result_id": payload.task_result_id });
    let ((), tries) = retried(&shared.config, "retrying callback", fields, once).await?;
    Ok(tries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let policies = Policies {
            default: Arc::new(Policy {
                rules: Vec::new(),
                settings: Default::default(),
                context: Default::default(),
                access: crate::access::Access::for_input(
                    std::path::Path::new("."),
                    crate::access::Limits::default(),
                ),
            }),
            workspaces: Vec::new(),
        };
        Config::new("127.0.0.1:0".parse().unwrap(), b"k".to_vec(), policies)
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_longest_wait() {
        let config = config();
        assert_eq!(
            wait(&config, 1, Some(Duration::from_secs(7))),
            Duration::from_secs(7)
        );
        assert_eq!(
            wait(&config, 1, Some(Duration::from_secs(3600))),
            config.max_backoff
        );
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::RETRY_AFTER, "12".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(12)));
        headers.insert(
            reqwest::header::RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn the_backoff_doubles_with_jitter_up_to_the_longest_wait() {
        let config = config();
        for attempt in 1..=10 {
            let full = config
                .backoff
                .saturating_mul(1 << (attempt - 1))
                .min(config.max_backoff);
            let w = wait(&config, attempt, None);
            assert!(w >= full / 2 && w <= full, "{attempt}: {w:?} of {full:?}");
        }
    }

    #[test]
    fn ids_are_claimed_once_and_the_oldest_forgotten_past_the_limit() {
        let mut ids = Ids {
            state: HashMap::new(),
            order: VecDeque::new(),
            remember: 2,
        };
        assert!(ids.claim("a"));
        assert!(!ids.claim("a"));
        ids.done("a");
        assert!(!ids.claim("a"));
        assert!(ids.claim("b"));
        assert!(ids.claim("c"));
        // "a" was forgotten: a third id pushed it out.
        assert!(ids.claim("a"));
        ids.forget("a");
        assert!(ids.claim("a"));
    }
}
