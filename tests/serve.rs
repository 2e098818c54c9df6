//! `sgaudit serve` against a fake HCP Terraform API on loopback: the fake serves plan JSON
//! from testdata/plans and records the callbacks; the server runs in this process on a port of
//! its own. Each test waits on what it expects (never a fixed sleep) and shuts the server down
//! before counting, so that nothing is still in flight.
#![cfg(feature = "serve")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice
)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use sgaudit::serve::{Config, Log, Policies, Server, sign};

const KEY: &[u8] = b"the run task's hmac key";
const TOKEN: &str = "atlasv1.secret-token-never-logged";

/// The fake HCP Terraform API.
#[derive(Default)]
struct Api {
    /// Plan JSON by name (`GET /plans/{name}/json-output`).
    plans: Mutex<HashMap<String, Bytes>>,
    fetches: AtomicUsize,
    /// The `Authorization` headers of the fetches and the callbacks.
    authorizations: Mutex<Vec<String>>,
    /// The callbacks answered 200, by task result id: the JSON body and its content type.
    accepted: Mutex<Vec<(String, serde_json::Value, String)>>,
    /// Every callback attempt, by task result id.
    attempts: Mutex<HashMap<String, usize>>,
    /// When each callback was accepted, by task result id (the load test's latencies).
    times: Mutex<HashMap<String, std::time::Instant>>,
    /// How many callbacks of an id are answered 500 before one is accepted.
    fail_first: Mutex<HashMap<String, usize>>,
    /// When set, a fetch waits for it before answering.
    hold: Mutex<Option<Arc<tokio::sync::Semaphore>>>,
    /// How many fetches are answered 503 with `Retry-After: 0` before the plan is served.
    fetch_fail_first: AtomicUsize,
    /// Another address of this API, where `/redirect/{name}/json-output` sends the client (as
    /// HCP Terraform sends it to a temporary address of the file), and the `Authorization`
    /// headers that came there.
    archive: Mutex<Option<SocketAddr>>,
    archive_authorizations: Mutex<Vec<Option<String>>>,
}

async fn redirect(State(api): State<Arc<Api>>, Path(name): Path<String>) -> impl IntoResponse {
    let archive = api.archive.lock().unwrap().unwrap();
    (
        StatusCode::TEMPORARY_REDIRECT,
        [("location", format!("http://{archive}/archive/{name}"))],
    )
}

/// The plan the fake API holds under `name`, or 404.
fn plan_named(api: &Api, name: &str) -> axum::response::Response {
    match api.plans.lock().unwrap().get(name) {
        Some(bytes) => (StatusCode::OK, bytes.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Records the request's `Authorization` header, when it has one.
fn record_authorization(api: &Api, headers: &HeaderMap) {
    if let Some(a) = headers.get("authorization") {
        api.authorizations
            .lock()
            .unwrap()
            .push(a.to_str().unwrap().to_owned());
    }
}

async fn archive(
    State(api): State<Arc<Api>>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> impl IntoResponse {
    api.archive_authorizations.lock().unwrap().push(
        headers
            .get("authorization")
            .map(|a| a.to_str().unwrap().to_owned()),
    );
    plan_named(&api, &name)
}

async fn plan(
    State(api): State<Arc<Api>>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> impl IntoResponse {
    api.fetches.fetch_add(1, Ordering::SeqCst);
    record_authorization(&api, &headers);
    if api
        .fetch_fail_first
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
    {
        return (StatusCode::SERVICE_UNAVAILABLE, [("retry-after", "0")]).into_response();
    }
    let hold = api.hold.lock().unwrap().clone();
    if let Some(hold) = hold {
        let _ = hold.acquire().await.unwrap();
    }
    plan_named(&api, &name)
}

async fn callback(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    *api.attempts.lock().unwrap().entry(id.clone()).or_default() += 1;
    record_authorization(&api, &headers);
    {
        let mut fail = api.fail_first.lock().unwrap();
        if let Some(n) = fail.get_mut(&id)
            && *n > 0
        {
            *n -= 1;
            return StatusCode::INTERNAL_SERVER_ERROR;
        }
    }
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    api.times
        .lock()
        .unwrap()
        .insert(id.clone(), std::time::Instant::now());
    api.accepted.lock().unwrap().push((id, json, content_type));
    StatusCode::OK
}

/// Starts the fake API; its address.
async fn fake_api(api: Arc<Api>) -> SocketAddr {
    let app = axum::Router::new()
        .route("/plans/{name}/json-output", axum::routing::get(plan))
        .route(
            "/task-results/{id}/callback",
            axum::routing::patch(callback),
        )
        .route("/redirect/{name}/json-output", axum::routing::get(redirect))
        .route("/archive/{name}", axum::routing::get(archive))
        .with_state(api);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

fn testdata(scenario: &str) -> Bytes {
    std::fs::read(format!(
        "{}/testdata/plans/{scenario}/plan.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .into()
}

/// The built-in packs under a configuration.
fn policy(settings: sgaudit::policy::Settings) -> Arc<sgaudit::policy::Policy> {
    let access = sgaudit::access::Access::for_input(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        sgaudit::access::Limits::default(),
    );
    Arc::new(sgaudit::policy::Policy::load(settings, &[], &access).unwrap())
}

/// The built-in packs and no configuration.
fn policies() -> Policies {
    Policies {
        default: policy(Default::default()),
        workspaces: Vec::new(),
    }
}

/// A server on loopback with small waits between retries; its log kept in memory.
fn config(log: &Arc<Mutex<Vec<String>>>) -> Config {
    let mut config = Config::new("127.0.0.1:0".parse().unwrap(), KEY.to_vec(), policies());
    config.backoff = Duration::from_millis(1);
    config.max_backoff = Duration::from_millis(5);
    config.concurrency = 2;
    config.log = Log::Memory(Arc::clone(log));
    config
}

/// A run task request for a plan of the fake API.
fn payload(api: SocketAddr, id: &str, plan: &str) -> serde_json::Value {
    serde_json::json!({
        "payload_version": 1,
        "stage": "post_plan",
        "access_token": TOKEN,
        "capabilities": { "outcomes": true },
        "is_speculative": false,
        "organization_name": "acme",
        "workspace_name": "network-prod",
        "run_id": format!("run-{id}"),
        "plan_json_api_url": format!("http://{api}/plans/{plan}/json-output"),
        "task_result_callback_url": format!("http://{api}/task-results/{id}/callback"),
        "task_result_enforcement_level": "mandatory",
        "task_result_id": id,
    })
}

/// Posts a payload signed with `key`; the status.
async fn post(server: SocketAddr, body: &serde_json::Value, key: &[u8]) -> u16 {
    let body = serde_json::to_vec(body).unwrap();
    let signature = sign(key, &body);
    reqwest::Client::new()
        .post(format!("http://{server}/"))
        .header("content-type", "application/json")
        .header("x-tfc-task-signature", signature)
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Waits (at most 30 s) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    until_within(what, Duration::from_secs(30), done).await;
}

/// Waits (at most `limit`) until `done` holds.
async fn until_within(what: &str, limit: Duration, done: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

fn accepted(api: &Api) -> Vec<(String, serde_json::Value, String)> {
    api.accepted.lock().unwrap().clone()
}

/// Starts a server (its configuration changed by `configure`), sends it `body` signed, waits
/// for one result accepted by the fake API's callback and stops the server: the results the
/// API accepted, and the server's log.
async fn one_result(
    api: &Arc<Api>,
    body: &serde_json::Value,
    configure: impl FnOnce(&mut Config),
) -> (Vec<(String, serde_json::Value, String)>, Vec<String>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    configure(&mut config);
    let server = Server::start(config).await.unwrap();
    assert_eq!(post(server.addr(), body, KEY).await, 200);
    until("the callback", || accepted(api).len() == 1).await;
    server.shutdown().await.unwrap();
    let log = log.lock().unwrap().clone();
    (accepted(api), log)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_request_is_called_back_failed_or_passed_with_outcomes() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    api.plans
        .lock()
        .unwrap()
        .insert("closed".into(), testdata("egress-closed"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    config.rule_docs = Some(Arc::from("https://docs.example/sgaudit/rules"));
    let server = Server::start(config).await.unwrap();
    let addr = server.addr();

    let healthz = reqwest::get(format!("http://{addr}/healthz"))
        .await
        .unwrap();
    assert_eq!(healthz.status().as_u16(), 200);

    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-open", "open"), KEY).await,
        200
    );
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-closed", "closed"), KEY).await,
        200
    );
    until("two callbacks", || accepted(&api).len() == 2).await;
    server.shutdown().await.unwrap();

    let results: HashMap<String, (serde_json::Value, String)> = accepted(&api)
        .into_iter()
        .map(|(id, json, ct)| (id, (json, ct)))
        .collect();
    let (open, content_type) = &results["taskrs-open"];
    assert_eq!(content_type, "application/vnd.api+json");
    assert_eq!(open["data"]["type"], "task-results");
    let attributes = &open["data"]["attributes"];
    assert_eq!(attributes["status"], "failed", "{open:#}");
    let message = attributes["message"].as_str().unwrap();
    assert!(message.starts_with("sgaudit fails:"), "{message}");
    // The threshold is the configuration's: there is no command line to name.
    assert!(message.contains("at or above fail_on high"), "{message}");
    assert!(!message.contains('\n'));
    let outcomes = open["data"]["relationships"]["outcomes"]["data"]
        .as_array()
        .unwrap();
    // The summary (the pull-request comment's markdown), then one outcome per new finding.
    assert!(outcomes.len() >= 2, "{open:#}");
    let summary = &outcomes[0]["attributes"];
    assert_eq!(summary["outcome-id"], "sgaudit-summary");
    assert!(
        summary["body"]
            .as_str()
            .unwrap()
            .starts_with("<!-- sgaudit -->")
    );
    assert_eq!(summary["tags"]["Status"][0]["level"], "error");
    let finding = &outcomes[1]["attributes"];
    assert_eq!(outcomes[1]["type"], "task-result-outcomes");
    let body = finding["body"].as_str().unwrap();
    assert!(body.contains("aws_security_group.bastion"), "{body}");
    assert!(body.contains("#### How to fix"), "{body}");
    assert!(finding["tags"]["Severity"][0]["label"].is_string());
    assert_eq!(finding["tags"]["Status"][0]["label"], "Fails the gate");
    // With --rule-docs, each finding links its rule's page, and so does the summary.
    let url = finding["url"].as_str().unwrap();
    assert!(
        url.starts_with("https://docs.example/sgaudit/rules/") && url.ends_with(".md"),
        "{url}"
    );
    assert!(
        summary["body"]
            .as_str()
            .unwrap()
            .contains("](https://docs.example/sgaudit/rules/"),
        "{summary:#}"
    );

    let (closed, _) = &results["taskrs-closed"];
    assert_eq!(
        closed["data"]["attributes"]["status"], "passed",
        "{closed:#}"
    );
    let outcomes = closed["data"]["relationships"]["outcomes"]["data"]
        .as_array()
        .unwrap();
    assert_eq!(
        outcomes[0]["attributes"]["tags"]["Status"][0]["level"],
        "info"
    );

    // The token went as a bearer token to the plan and the callback, and never to the log.
    let authorizations = api.authorizations.lock().unwrap().clone();
    assert_eq!(authorizations.len(), 4);
    assert!(
        authorizations
            .iter()
            .all(|a| *a == format!("Bearer {TOKEN}"))
    );
    let log = log.lock().unwrap().clone();
    assert!(log.iter().any(|l| l.contains("\"called back\"")));
    for line in &log {
        let parsed: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(
            parsed["ts"].is_u64() && parsed["event"].is_string(),
            "{line}"
        );
        assert!(!line.contains(TOKEN), "the token in the log: {line}");
        assert!(
            !line.contains("aws_security_group"),
            "plan content in the log: {line}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_is_fetched_through_a_redirect_without_sending_the_token_on() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    // The file's temporary address: another host (here, another port).
    *api.archive.lock().unwrap() = Some(fake_api(Arc::clone(&api)).await);
    let mut body = payload(api_addr, "taskrs-moved", "open");
    body["plan_json_api_url"] = format!("http://{api_addr}/redirect/open/json-output").into();
    let (accepted, _) = one_result(&api, &body, |_| {}).await;
    let attributes = &accepted[0].1["data"]["attributes"];
    assert!(
        attributes["message"]
            .as_str()
            .unwrap()
            .starts_with("sgaudit fails:"),
        "{attributes}"
    );
    assert_eq!(*api.archive_authorizations.lock().unwrap(), [None]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_signature_is_refused_401_and_nothing_is_fetched() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::start(config(&log)).await.unwrap();
    let addr = server.addr();
    let body = payload(api_addr, "taskrs-forged", "open");
    assert_eq!(post(addr, &body, b"another key").await, 401);
    // No header at all, and a body changed after signing.
    let bytes = serde_json::to_vec(&body).unwrap();
    let client = reqwest::Client::new();
    let unsigned = client
        .post(format!("http://{addr}/"))
        .body(bytes.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status().as_u16(), 401);
    let mut tampered = bytes.clone();
    tampered.extend_from_slice(b" ");
    let forged = client
        .post(format!("http://{addr}/"))
        .header("x-tfc-task-signature", sign(KEY, &bytes))
        .body(tampered)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);
    server.shutdown().await.unwrap();
    assert_eq!(api.fetches.load(Ordering::SeqCst), 0);
    assert!(accepted(&api).is_empty());
    assert!(api.attempts.lock().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_verification_request_is_answered_without_work() {
    let api = Arc::new(Api::default());
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::start(config(&log)).await.unwrap();
    let mut body = payload(api_addr, "taskrs-test", "none");
    body["access_token"] = "test-token".into();
    body["organization_name"] = "test-org".into();
    assert_eq!(post(server.addr(), &body, KEY).await, 200);
    server.shutdown().await.unwrap();
    assert_eq!(api.fetches.load(Ordering::SeqCst), 0);
    assert!(api.attempts.lock().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_request_is_answered_and_not_audited_twice() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::start(config(&log)).await.unwrap();
    let addr = server.addr();
    let body = payload(api_addr, "taskrs-again", "open");
    // Twice while it may still be in flight, once after its callback.
    assert_eq!(post(addr, &body, KEY).await, 200);
    assert_eq!(post(addr, &body, KEY).await, 200);
    until("the callback", || accepted(&api).len() == 1).await;
    assert_eq!(post(addr, &body, KEY).await, 200);
    server.shutdown().await.unwrap();
    assert_eq!(api.fetches.load(Ordering::SeqCst), 1);
    assert_eq!(accepted(&api).len(), 1);
    assert_eq!(api.attempts.lock().unwrap()["taskrs-again"], 1);
    let log = log.lock().unwrap().clone();
    assert_eq!(
        log.iter().filter(|l| l.contains("\"redelivery\"")).count(),
        2
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_callback_failing_twice_is_retried_to_exactly_one_accepted_result() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    api.fail_first
        .lock()
        .unwrap()
        .insert("taskrs-flaky".into(), 2);
    let api_addr = fake_api(Arc::clone(&api)).await;
    let (accepted, _) = one_result(&api, &payload(api_addr, "taskrs-flaky", "open"), |_| {}).await;
    assert_eq!(api.attempts.lock().unwrap()["taskrs-flaky"], 3);
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0].1["data"]["attributes"]["status"], "failed");
    assert_eq!(api.fetches.load(Ordering::SeqCst), 1);
}

/// The callback's message for a plan of `size` bytes (valid JSON) under the cap `cap` (the
/// default when `None`), which must be a `failed` result.
async fn refused(size: usize, cap: Option<u64>) -> String {
    let api = Arc::new(Api::default());
    let mut big = b"{\"format_version\":\"1.2\",\"planned_values\":{},\"padding\":\"".to_vec();
    big.resize(size, b'x');
    big.extend_from_slice(b"\"}");
    api.plans.lock().unwrap().insert("big".into(), big.into());
    let api_addr = fake_api(Arc::clone(&api)).await;
    let (accepted, _) = one_result(&api, &payload(api_addr, "taskrs-big", "big"), |config| {
        if let Some(cap) = cap {
            config.max_plan_size = cap;
        }
    })
    .await;
    let attributes = &accepted[0].1["data"]["attributes"];
    assert_eq!(attributes["status"], "failed");
    attributes["message"].as_str().unwrap().to_owned()
}

/// The case as it is: 300 MB against the default cap (256 MiB, as `check`), which the
/// API's Content-Length tells before any of it is read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_300_mb_plan_is_refused_at_the_default_cap() {
    let message = refused(300_000_000, None).await;
    assert!(
        message.contains("plan size cap of 256 MiB (--max-plan-size)"),
        "{message}"
    );
}

/// A configured cap: 2 MiB under 1 MiB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_over_the_cap_is_refused_with_a_failed_result_naming_the_cap() {
    let message = refused(2 << 20, Some(1 << 20)).await;
    assert!(
        message.contains("plan size cap of 1 MiB (--max-plan-size)"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_during_work_finishes_it() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let hold = Arc::new(tokio::sync::Semaphore::new(0));
    *api.hold.lock().unwrap() = Some(Arc::clone(&hold));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::start(config(&log)).await.unwrap();
    let addr = server.addr();
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-late", "open"), KEY).await,
        200
    );
    until("the fetch", || api.fetches.load(Ordering::SeqCst) == 1).await;
    let mut shutdown = tokio::spawn(server.shutdown());
    // The server stops taking requests while the plan is held…
    until("the listener to close", || {
        std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(100)).is_err()
    })
    .await;
    assert!(!shutdown.is_finished());
    assert!(accepted(&api).is_empty());
    // …and, once the plan comes, audits it and calls back before it stops.
    hold.add_permits(1);
    tokio::time::timeout(Duration::from_secs(30), &mut shutdown)
        .await
        .expect("shutdown finishes")
        .unwrap()
        .unwrap();
    let accepted = accepted(&api);
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0].1["data"]["attributes"]["status"], "failed");
}

/// A caller that does not say it accepts outcomes (`capabilities.outcomes`, which an older
/// Terraform Enterprise does not send) gets the status and the message alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caller_without_outcomes_gets_the_verdict_alone() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let mut body = payload(api_addr, "taskrs-plain", "open");
    body.as_object_mut().unwrap().remove("capabilities");
    let (accepted, _) = one_result(&api, &body, |_| {}).await;
    let data = &accepted[0].1["data"];
    assert_eq!(data["attributes"]["status"], "failed");
    assert!(
        data["attributes"]["message"]
            .as_str()
            .unwrap()
            .starts_with("sgaudit fails:")
    );
    assert!(data.get("relationships").is_none(), "{data:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fetch_answered_503_is_tried_again() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    api.fetch_fail_first.store(2, Ordering::SeqCst);
    let api_addr = fake_api(Arc::clone(&api)).await;
    let (accepted, log) = one_result(&api, &payload(api_addr, "taskrs-busy", "open"), |_| {}).await;
    assert_eq!(api.fetches.load(Ordering::SeqCst), 3);
    assert_eq!(accepted[0].1["data"]["attributes"]["status"], "failed");
    assert_eq!(
        log.iter()
            .filter(|l| l.contains("\"retrying fetch\""))
            .count(),
        2
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workspace_glob_picks_its_own_configuration() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    // Sandboxes fail only on critical findings; the plan's finding is high.
    config.policies.workspaces = vec![(
        "sandbox-*".into(),
        policy(sgaudit::policy::Settings {
            fail_on: Some(sgaudit::policy::Severity::Critical),
            ..Default::default()
        }),
    )];
    let server = Server::start(config).await.unwrap();
    let mut sandbox = payload(api_addr, "taskrs-sandbox", "open");
    sandbox["workspace_name"] = "sandbox-alice".into();
    assert_eq!(post(server.addr(), &sandbox, KEY).await, 200);
    assert_eq!(
        post(
            server.addr(),
            &payload(api_addr, "taskrs-prod", "open"),
            KEY
        )
        .await,
        200
    );
    until("two callbacks", || accepted(&api).len() == 2).await;
    server.shutdown().await.unwrap();
    let status: HashMap<String, String> = accepted(&api)
        .into_iter()
        .map(|(id, json, _)| {
            (
                id,
                json["data"]["attributes"]["status"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            )
        })
        .collect();
    assert_eq!(status["taskrs-sandbox"], "passed");
    assert_eq!(status["taskrs-prod"], "failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_not_audited_within_the_deadline_gets_a_failed_result() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let hold = Arc::new(tokio::sync::Semaphore::new(0));
    *api.hold.lock().unwrap() = Some(Arc::clone(&hold));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    config.deadline = Duration::from_millis(200);
    let server = Server::start(config).await.unwrap();
    assert_eq!(
        post(
            server.addr(),
            &payload(api_addr, "taskrs-slow", "open"),
            KEY
        )
        .await,
        200
    );
    until("the callback", || accepted(&api).len() == 1).await;
    hold.add_permits(1);
    server.shutdown().await.unwrap();
    let accepted = accepted(&api);
    let attributes = &accepted[0].1["data"]["attributes"];
    assert_eq!(attributes["status"], "failed");
    assert!(
        attributes["message"].as_str().unwrap().contains("deadline"),
        "{attributes}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_answers_503_and_loses_nothing_it_accepted() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let hold = Arc::new(tokio::sync::Semaphore::new(0));
    *api.hold.lock().unwrap() = Some(Arc::clone(&hold));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    config.concurrency = 1;
    config.queue = 1;
    let server = Server::start(config).await.unwrap();
    let addr = server.addr();
    // One being worked on (held at its fetch), one queued, the third refused.
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-1", "open"), KEY).await,
        200
    );
    until("the fetch", || api.fetches.load(Ordering::SeqCst) == 1).await;
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-2", "open"), KEY).await,
        200
    );
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-3", "open"), KEY).await,
        503
    );
    hold.add_permits(10);
    until("two callbacks", || accepted(&api).len() == 2).await;
    // Refused, not remembered: sent again, it is accepted.
    assert_eq!(
        post(addr, &payload(api_addr, "taskrs-3", "open"), KEY).await,
        200
    );
    until("three callbacks", || accepted(&api).len() == 3).await;
    server.shutdown().await.unwrap();
    let mut ids: Vec<String> = accepted(&api).into_iter().map(|(id, _, _)| id).collect();
    ids.sort();
    assert_eq!(ids, ["taskrs-1", "taskrs-2", "taskrs-3"]);
}

/// The 1,000-group benchmark plan: `SGAUDIT_LOAD_PLAN`, else `target/bench-corpus/` of this
/// checkout (`benches/corpus.sh shaped` or `plans` writes it).
fn load_plan() -> Bytes {
    let path = std::env::var("SGAUDIT_LOAD_PLAN").unwrap_or_else(|_| {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench-corpus");
        ["plan-shaped-1000.json", "plan-1000.json"]
            .iter()
            .map(|name| format!("{corpus}/{name}"))
            .find(|p| std::path::Path::new(p).exists())
            .unwrap_or_else(|| {
                panic!(
                    "no 1,000-group plan: run benches/corpus.sh shaped, or set SGAUDIT_LOAD_PLAN"
                )
            })
    });
    eprintln!("load: plan {path}");
    std::fs::read(&path).unwrap().into()
}

/// The process's peak resident memory (`VmHWM`), in KiB.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The load test (not in the default run: `cargo test --release --test serve -- --ignored
/// load`): 200 signed requests sent at once on loopback, each for the 1,000-group plan; every
/// one must be called back exactly once, with nothing refused, and the process's peak memory
/// must stay bounded (the workers hold at most `concurrency` plans at once). It stops by itself
/// (10 minutes at most) and prints the throughput and the p50/p99 latency (request sent to
/// result accepted).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "a load test: run with --release -- --ignored load"]
async fn load_200_concurrent_requests_on_the_1000_group_plan() {
    const REQUESTS: usize = 200;
    let plan = load_plan();
    let plan_mib = plan.len() >> 20;
    let api = Arc::new(Api::default());
    api.plans.lock().unwrap().insert("big".into(), plan);
    let api_addr = fake_api(Arc::clone(&api)).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    config.concurrency = std::thread::available_parallelism().map_or(2, usize::from);
    config.queue = REQUESTS;
    config.log = Log::Off;
    let concurrency = config.concurrency;
    let server = Server::start(config).await.unwrap();
    let addr = server.addr();
    let before = peak_kib();
    let start = std::time::Instant::now();
    let mut sent = tokio::task::JoinSet::new();
    for i in 0..REQUESTS {
        let body = payload(api_addr, &format!("taskrs-load-{i}"), "big");
        sent.spawn(async move {
            let at = std::time::Instant::now();
            (format!("taskrs-load-{i}"), at, post(addr, &body, KEY).await)
        });
    }
    let mut posted = HashMap::new();
    while let Some(r) = sent.join_next().await {
        let (id, at, status) = r.unwrap();
        assert_eq!(status, 200, "{id} refused");
        posted.insert(id, at);
    }
    let answered = start.elapsed();
    // It stops by itself: 10 minutes at most.
    until_within("every callback", Duration::from_secs(600), || {
        accepted(&api).len() >= REQUESTS
    })
    .await;
    let elapsed = start.elapsed();
    server.shutdown().await.unwrap();

    let attempts = api.attempts.lock().unwrap().clone();
    assert_eq!(attempts.len(), REQUESTS);
    assert!(attempts.values().all(|&n| n == 1), "a result sent twice");
    assert_eq!(accepted(&api).len(), REQUESTS);
    assert_eq!(api.fetches.load(Ordering::SeqCst), REQUESTS);
    let times = api.times.lock().unwrap().clone();
    let mut latencies: Vec<Duration> = posted
        .iter()
        .map(|(id, at)| times[id].duration_since(*at))
        .collect();
    latencies.sort();
    let p = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
    let peak = peak_kib().unwrap_or(0);
    eprintln!(
        "load: {REQUESTS} requests of a {plan_mib} MiB plan, {concurrency} workers: all answered 200 in {:.2} s; all called back once in {:.1} s: {:.2} plans/s; latency p50 {:.1} s, p99 {:.1} s; peak memory {} MiB (before the requests {} MiB)",
        answered.as_secs_f64(),
        elapsed.as_secs_f64(),
        REQUESTS as f64 / elapsed.as_secs_f64(),
        p(0.50).as_secs_f64(),
        p(0.99).as_secs_f64(),
        peak >> 10,
        before.unwrap_or(0) >> 10,
    );
    // Bounded: the plans waiting in the queue are not fetched yet; the workers hold at most
    // `concurrency` plans and their models at once.
    assert!(
        peak >> 10 < 1024,
        "peak memory {} MiB: not bounded by the workers",
        peak >> 10
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_certificate_and_key_it_serves_https() {
    let api = Arc::new(Api::default());
    api.plans
        .lock()
        .unwrap()
        .insert("open".into(), testdata("ssh-world-inline"));
    let api_addr = fake_api(Arc::clone(&api)).await;
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut config = config(&log);
    config.tls = Some((cert, key));
    let server = Server::start(config).await.unwrap();
    let port = server.addr().port();
    let client = reqwest::Client::builder()
        .add_root_certificate(
            reqwest::Certificate::from_pem(certified.cert.pem().as_bytes()).unwrap(),
        )
        .resolve("localhost", server.addr())
        .build()
        .unwrap();
    let health = client
        .get(format!("https://localhost:{port}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let body = serde_json::to_vec(&payload(api_addr, "taskrs-tls", "open")).unwrap();
    let answer = client
        .post(format!("https://localhost:{port}/"))
        .header("x-tfc-task-signature", sign(KEY, &body))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    // Plain HTTP to the TLS port gets no answer.
    assert!(
        reqwest::get(format!("http://127.0.0.1:{port}/healthz"))
            .await
            .is_err()
    );
    until("the callback", || accepted(&api).len() == 1).await;
    server.shutdown().await.unwrap();
    assert_eq!(
        accepted(&api)[0].1["data"]["attributes"]["status"],
        "failed"
    );
}

/// Runs the binary; its exit code and standard error.
fn binary(args: &[&str], key: Option<&str>) -> (Option<i32>, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sgaudit"));
    command.args(args).env_remove("SGAUDIT_HMAC_KEY");
    if let Some(key) = key {
        command.env("SGAUDIT_HMAC_KEY", key);
    }
    let out = command.output().unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn without_a_key_the_server_does_not_start() {
    let (code, stderr) = binary(&["serve", "--listen", "127.0.0.1:0"], None);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "sgaudit: error: no HMAC key: give the run task's key in SGAUDIT_HMAC_KEY or a file with --hmac-key-file (sgaudit serves only signed requests)\n"
    );
}

#[test]
fn a_configuration_that_cannot_be_read_stops_the_server_before_it_listens() {
    let (code, stderr) = binary(
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--config-file",
            "no-such.sgaudit.hcl",
        ],
        Some("key"),
    );
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "sgaudit: error: no-such.sgaudit.hcl: cannot read: No such file or directory\n"
    );
}
