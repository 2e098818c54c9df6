#!/usr/bin/env python3
"""Run the composite action in action.yml as a GitHub runner would, without GitHub.

Each `run:` step runs with bash in a simulated job: temporary GITHUB_OUTPUT (read back after
each step as `steps.<id>.outputs.*`), GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH (a pull_request
event for #7), RUNNER_TEMP, GITHUB_ACTION_PATH = the repository root. `${{ }}` expressions
in `env:` are evaluated for the forms the action uses; `uses:` steps (the cache) are skipped.
A fake `gh`, first on PATH, logs every call and answers the comment listing from a state file,
so a second run sees the comment the first one created.

The build step reuses the repository's target/ (linked where the action builds), so it is a
no-op after `cargo build --release --locked`.

The release path runs against a fake GitHub on loopback (`github.server_url`): a static HTTP
server holding a release (`<repo>/releases/download/<tag>/`: SHA256SUMS and an archive of the
binary built here, as .github/workflows/release.yml names them) and the action's repository as
a bare git repository served over git's "dumb" HTTP protocol (for `git ls-remote`). The fake
`gh` answers `gh attestation verify` (passing, or failing with FAKE_GH_ATTEST=fail).

Usage: action-harness.py  (run from anywhere; exits 1 when a scenario fails)
"""

import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "testdata" / "plans"
CRITICAL_PLAN = PLANS / "all-protocol-zero-ports" / "plan.json"  # adds a critical finding
CLEAN_PLAN = PLANS / "egress-closed" / "plan.json"  # removes exposure, adds none
MARKER = "<!-- sgaudit -->"

FAKE_GH = r'''#!/usr/bin/env python3
"""Fake gh: logs each call to $FAKE_GH_LOG, keeps comments in $FAKE_GH_STATE."""
import json, os, sys
args = sys.argv[1:]
if args[:2] == ["attestation", "verify"]:
    if "--help" in args:
        sys.exit(0)
    with open(os.environ["FAKE_GH_LOG"], "a") as log:
        log.write(json.dumps({"args": args, "method": "ATTEST", "path": None, "body": None,
                              "token": bool(os.environ.get("GH_TOKEN"))}) + "\n")
    if os.environ.get("FAKE_GH_ATTEST") == "fail":
        sys.exit("Error: verifying with issuer \"sigstore.dev\": no matching attestations")
    print("Loaded 1 attestation from GitHub API\n\u2713 Verification succeeded!")
    sys.exit(0)
state_path = os.environ["FAKE_GH_STATE"]
state = json.load(open(state_path)) if os.path.exists(state_path) else {"comments": [], "next": 1001}
body = None
if "--input" in args:
    src = args[args.index("--input") + 1]
    body = sys.stdin.read() if src == "-" else open(src).read()
method = args[args.index("--method") + 1] if "--method" in args else "GET"
paths = [a for a in args[1:] if a.startswith("repos/")]
call = {"args": args, "method": method, "path": paths[0] if paths else None,
        "body": json.loads(body) if body else None,
        "token": bool(os.environ.get("GH_TOKEN"))}
with open(os.environ["FAKE_GH_LOG"], "a") as log:
    log.write(json.dumps(call) + "\n")
if args[:1] != ["api"] or not paths:
    sys.exit("fake gh: unexpected call %r" % (args,))
path = paths[0]
if method == "GET" and path.endswith("/comments"):
    # two pages, as `gh api --paginate` prints them: one JSON array per page
    comments = state["comments"]
    print(json.dumps([{"id": 1, "body": "an unrelated comment", "user": {"login": "someone"}}]))
    print(json.dumps(comments))
elif method == "POST" and path.endswith("/comments"):
    comment = {"id": state["next"], "body": call["body"]["body"]}
    state["next"] += 1
    state["comments"].append(comment)
    print(json.dumps(comment))
elif method == "PATCH" and "/issues/comments/" in path:
    cid = int(path.rsplit("/", 1)[1])
    match = [c for c in state["comments"] if c["id"] == cid]
    if not match:
        sys.exit("fake gh: HTTP 404: no comment %d" % cid)
    match[0]["body"] = call["body"]["body"]
    print(json.dumps(match[0]))
else:
    sys.exit("fake gh: unexpected call %r" % (args,))
json.dump(state, open(state_path, "w"))
'''

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


class Job:
    """One simulated job: a temp dir, the fake gh and its state, shared by runs."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.bin = tmp / "bin"
        self.bin.mkdir()
        gh = self.bin / "gh"
        gh.write_text(FAKE_GH)
        gh.chmod(0o755)
        self.gh_log = tmp / "gh.log"
        self.gh_state = tmp / "gh-state.json"
        self.event = tmp / "event.json"
        self.event.write_text(
            json.dumps({"action": "synchronize", "number": 7, "pull_request": {"number": 7}})
        )

    def gh_calls(self):
        if not self.gh_log.exists():
            return []
        return [json.loads(line) for line in self.gh_log.read_text().splitlines()]


def evaluate(expr: str, ctx: dict) -> str:
    """The value of one `${{ }}` expression: a context path, `always()`, or `a == 'b'`."""
    m = re.fullmatch(r"(.+?)\s*(==|!=)\s*'([^']*)'", expr)
    if m:
        equal = evaluate(m.group(1), ctx) == m.group(3)
        return "true" if equal == (m.group(2) == "==") else "false"
    if expr in ("always()", "success()"):
        return "true"
    parts = expr.split(".")
    if parts[0] == "inputs" and len(parts) == 2:
        return ctx["inputs"][parts[1]]
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return ctx["steps"].get(parts[1], {}).get(parts[3], "")
    if expr in ctx["flat"]:
        return ctx["flat"][expr]
    raise SystemExit(f"harness: cannot evaluate ${{{{ {expr} }}}}")


def substitute(text: str, ctx: dict) -> str:
    return EXPR.sub(lambda m: evaluate(m.group(1), ctx), str(text))


def parse_output_file(path: Path) -> dict:
    """`name=value` lines and `name<<DELIM` blocks, as the runner reads GITHUB_OUTPUT."""
    out, lines = {}, path.read_text().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            value = []
            i += 1
            while lines[i] != delim:
                value.append(lines[i])
                i += 1
            out[name] = "\n".join(value)
        elif "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


def run_action(job: Job, inputs: dict, name: str, github=None, env=None, built=True) -> dict:
    """Run action.yml's steps once; return exit code, outputs, summary, log.

    `github`: values of the github context (action_ref, action_repository, server_url);
    `env`: more environment; `built`: link the built target/ where the action builds."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    run_dir = job.tmp / name
    runner_temp = run_dir / "runner-temp"
    runner_temp.mkdir(parents=True)
    # The action builds into $RUNNER_TEMP/sgaudit-target: point it at the built target/.
    if built:
        (runner_temp / "sgaudit-target").symlink_to(ROOT / "target")
    summary = run_dir / "summary.md"
    summary.touch()
    values = {}
    for key, spec in action["inputs"].items():
        values[key] = str(spec.get("default", ""))
    for key in inputs:
        if key not in action["inputs"]:
            raise SystemExit(f"harness: action.yml has no input {key}")
    values.update(inputs)
    ctx = {
        "inputs": {},
        "steps": {},
        "flat": {
            "github.action_path": str(ROOT),
            "github.token": "fake-token",
            "github.repository": "owner/repo",
            "github.workspace": str(ROOT),
            "runner.temp": str(runner_temp),
            "runner.os": "Linux",
            "runner.arch": "X64",
            # `uses: ./`: no ref, no repository
            "github.action_ref": "",
            "github.action_repository": "",
            "github.server_url": "https://github.invalid",
        },
    }
    for key, value in (github or {}).items():
        ctx["flat"][f"github.{key}"] = value
    ctx["inputs"] = {k: substitute(v, ctx) for k, v in values.items()}
    for key, spec in action["inputs"].items():
        if spec.get("required") and not ctx["inputs"][key]:
            raise SystemExit(f"harness: required input {key} is empty")
    base_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GITHUB_", "RUNNER_", "GH_", "CARGO_TARGET_DIR"))
    }
    base_env.update(
        {
            "PATH": f"{job.bin}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_ACTIONS": "true",
            "GITHUB_ACTION_PATH": str(ROOT),
            "GITHUB_REPOSITORY": "owner/repo",
            "GITHUB_EVENT_NAME": "pull_request",
            "GITHUB_EVENT_PATH": str(job.event),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_WORKSPACE": str(ROOT),
            "RUNNER_TEMP": str(runner_temp),
            "RUNNER_OS": "Linux",
            "RUNNER_ARCH": "X64",
            "FAKE_GH_LOG": str(job.gh_log),
            "FAKE_GH_STATE": str(job.gh_state),
        }
    )
    base_env.update(env or {})
    log, code = [], 0
    for index, step in enumerate(action["runs"]["steps"]):
        label = step.get("name", f"step {index}")
        if "if" in step:
            cond = str(step["if"])
            cond = cond[3:-2].strip() if cond.startswith("${{") else cond
            if evaluate(cond, ctx) != "true":
                log.append(f"--- {label}: skipped (if)")
                continue
        if "uses" in step:
            log.append(f"--- {label}: skipped (uses {step['uses']})")
            continue
        assert step.get("shell") == "bash", f"{label}: shell must be bash"
        script = step["run"]
        if "${{" in script:
            raise SystemExit(f"harness: {label}: a ${{{{ }}}} expression inside run:")
        output = run_dir / f"output-{index}"
        output.touch()
        env = dict(base_env)
        env["GITHUB_OUTPUT"] = str(output)
        for k, v in (step.get("env") or {}).items():
            env[k] = substitute(v, ctx)
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        log.append(f"--- {label}: exit {proc.returncode}\n{proc.stdout}{proc.stderr}")
        if "id" in step:
            ctx["steps"][step["id"]] = parse_output_file(output)
        if proc.returncode != 0:
            code = proc.returncode
            break  # a failed step ends a composite action
    outputs = {k: substitute(v["value"], ctx) for k, v in action.get("outputs", {}).items()}
    return {"code": code, "outputs": outputs, "summary": summary.read_text(), "log": "\n".join(log)}


def ran(result: dict, step: str) -> bool:
    """Whether the step of that name ran (was not skipped)."""
    return any(line.startswith(f"--- {step}: exit") for line in result["log"].splitlines())


class FakeGitHub:
    """A static HTTP server on loopback holding releases and the action's git repository."""

    def __init__(self, root: Path):
        self.root = root
        self.requests = []
        fake = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                fake.requests.append(self.path)

        handler = functools.partial(Handler, directory=str(root))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def release(self, repo: str, tag: str, target: str, binary: Path, checksum=None):
        """Publish a release as release.yml does: the archive and SHA256SUMS."""
        folder = self.root / repo / "releases" / "download" / tag
        folder.mkdir(parents=True, exist_ok=True)
        name = f"sgaudit-{tag}-{target}"
        archive = folder / f"{name}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(binary, arcname=f"{name}/sgaudit")
        digest = checksum or hashlib.sha256(archive.read_bytes()).hexdigest()
        (folder / "SHA256SUMS").write_text(f"{digest}  {name}.tar.gz\n")
        return archive

    def repository(self, repo: str, tag: str) -> str:
        """The action's repository: an annotated tag, then one more commit; returns both SHAs."""
        git_dir = self.root / repo
        work = self.root.parent / "work-tree"
        env = {**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.com",
               "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@example.com"}
        git = lambda *a, cwd=work: subprocess.run(  # noqa: E731
            ["git", *a], cwd=cwd, env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        work.mkdir()
        git("init", "--quiet")
        (work / "README.md").write_text("sgaudit\n")
        git("add", "README.md")
        git("commit", "--quiet", "-m", "release")
        tagged = git("rev-parse", "HEAD")
        git("tag", "-a", "-m", tag, tag)
        (work / "README.md").write_text("sgaudit, later\n")
        git("commit", "--quiet", "-am", "later")
        git_dir.parent.mkdir(parents=True, exist_ok=True)
        later = git("rev-parse", "HEAD")
        git("clone", "--quiet", "--bare", str(work), str(git_dir), cwd=self.root)
        git("update-server-info", cwd=git_dir)
        return tagged, later


def main() -> int:
    results = []

    def scenario(name, checks, result):
        failed = [what for what, ok in checks if not ok]
        if failed:
            print(f"FAIL {name}: " + "; ".join(failed))
            print(result["log"])
        else:
            print(f"ok   {name}")
        results.append(not failed)

    with tempfile.TemporaryDirectory(prefix="sgaudit-action-") as tmp:
        job = Job(Path(tmp))
        critical_input = str(CRITICAL_PLAN.relative_to(ROOT))

        # (i) a plan that adds a critical finding, with a comment
        r = run_action(job, {"input": critical_input, "comment": "true"}, "first")
        calls = job.gh_calls()
        posts = [c for c in calls if c["method"] == "POST"]
        out = r["outputs"]
        md_path = Path(out.get("markdown", ""))
        markdown = md_path.read_text() if md_path.is_file() else ""
        scenario(
            "critical plan, comment=true: annotations, summary, outputs, one new comment, exit 1",
            [
                ("exit code 1", r["code"] == 1),
                ("output exit-code 1", out.get("exit-code") == "1"),
                ("output critical >= 1", int(out.get("critical") or 0) >= 1),
                ("every count output set",
                 all(out.get(s, "").isdigit() for s in ("critical", "high", "medium", "low", "info"))),
                ("sarif file exists", Path(out.get("sarif", "")).is_file()),
                ("sarif is SARIF 2.1.0",
                 Path(out.get("sarif", "")).is_file()
                 and json.loads(Path(out["sarif"]).read_text()).get("version") == "2.1.0"),
                ("markdown starts with the marker", markdown.startswith(MARKER)),
                # `uses: ./`: no repository or ref to link the rules' documentation to
                ("no rule linked", "/docs/rules/" not in markdown
                 and "`sgaudit explain all-traffic-public`" in markdown),
                ("summary holds the markdown", bool(markdown) and markdown in r["summary"]),
                ("annotations printed", "::error " in r["log"]),
                ("one POST to issues/7/comments",
                 len(posts) == 1 and posts[0]["path"] == "repos/owner/repo/issues/7/comments"),
                ("comment body starts with the marker",
                 len(posts) == 1 and posts[0]["body"]["body"].startswith(MARKER)),
                ("gh had the token", all(c["token"] for c in calls)),
            ],
            r,
        )
        first_id = json.loads(job.gh_state.read_text())["comments"][0]["id"] if posts else None

        # (ii) the same plan again: the comment is updated, not duplicated
        job.gh_log.unlink(missing_ok=True)
        r = run_action(job, {"input": critical_input, "comment": "true"}, "second")
        calls = job.gh_calls()
        patches = [c for c in calls if c["method"] == "PATCH"]
        scenario(
            "same plan again: PATCH of the same comment, no second POST",
            [
                ("exit code 1", r["code"] == 1),
                ("no POST", not any(c["method"] == "POST" for c in calls)),
                ("one PATCH of the first comment",
                 len(patches) == 1
                 and patches[0]["path"] == f"repos/owner/repo/issues/comments/{first_id}"),
                ("PATCH body starts with the marker",
                 len(patches) == 1 and patches[0]["body"]["body"].startswith(MARKER)),
                ("still one comment", len(json.loads(job.gh_state.read_text())["comments"]) == 1),
            ],
            r,
        )

        # (iii) a clean plan without comment: exit 0, gh never called, even where gh is absent
        job.gh_log.unlink(missing_ok=True)
        hidden = job.bin / "gh.hidden"
        (job.bin / "gh").rename(hidden)
        r = run_action(
            job, {"input": str(CLEAN_PLAN.relative_to(ROOT)), "comment": "false"}, "clean"
        )
        hidden.rename(job.bin / "gh")
        out = r["outputs"]
        scenario(
            "clean plan, comment=false, no gh: exit 0, no comment",
            [
                ("exit code 0", r["code"] == 0),
                ("output exit-code 0", out.get("exit-code") == "0"),
                ("no new findings counted",
                 all(out.get(s) == "0" for s in ("critical", "high", "medium", "low", "info"))),
                ("gh not called", not job.gh_calls()),
                ("summary written", r["summary"].startswith(MARKER)),
            ],
            r,
        )

        # (iv) an input sgaudit cannot read: exit 2, no report paths, no comment
        job.gh_log.unlink(missing_ok=True)
        r = run_action(job, {"input": "no/such/plan.json", "comment": "true"}, "error")
        out = r["outputs"]
        scenario(
            "unreadable input, comment=true: exit 2, no reports, no comment",
            [
                ("exit code 2", r["code"] == 2),
                ("output exit-code 2", out.get("exit-code") == "2"),
                ("no sarif path", out.get("sarif") == ""),
                ("summary says it failed", "failed (exit code 2)" in r["summary"]),
                ("gh not called", not job.gh_calls()),
            ],
            r,
        )

        # (v) the new inputs: working-directory (the input relative to it), comment-key (one
        # comment per key, beside the comment without a key), args
        job.gh_log.unlink(missing_ok=True)
        keyed = {}
        for key in ("stack/a", "stack/b", "stack/a"):
            r = run_action(
                job,
                {"input": "plan.json", "working-directory": str(CRITICAL_PLAN.parent.relative_to(ROOT)),
                 "comment": "true", "comment-key": key},
                f"key-{len(keyed)}-{key.replace('/', '-')}",
            )
            keyed.setdefault(key, []).append(r)
        comments = json.loads(job.gh_state.read_text())["comments"]
        starts = [c["body"].split("\n", 1)[0] for c in comments]
        calls = job.gh_calls()
        scenario(
            "working-directory and comment-key: each key keeps its own comment",
            [
                ("each run exits 1", all(r["code"] == 1 for rs in keyed.values() for r in rs)),
                ("three comments: no key, stack/a, stack/b",
                 sorted(starts) == sorted([MARKER, "<!-- sgaudit:stack/a -->", "<!-- sgaudit:stack/b -->"])),
                ("keyed bodies hold the report after the key",
                 all(c["body"].split("\n", 1)[1].startswith(MARKER) for c in comments[1:])),
                ("two POSTs, one PATCH", [c["method"] for c in calls if c["method"] != "GET"]
                 == ["POST", "POST", "PATCH"]),
            ],
            r,
        )
        job.gh_log.unlink(missing_ok=True)
        r = run_action(job, {"input": critical_input, "comment": "true", "comment-key": "a -->x"},
                       "bad-key")
        scenario(
            "a comment-key with other characters: exit 2, no comment",
            [
                ("exit code 2", r["code"] == 2),
                ("says so", "input comment-key may hold only" in r["log"]),
                ("no POST or PATCH", all(c["method"] == "GET" for c in job.gh_calls())),
            ],
            r,
        )
        r = run_action(job, {"input": critical_input, "args": "--no-such-option\n"}, "args")
        scenario(
            "args: passed to sgaudit as its arguments",
            [
                ("exit code 2 (sgaudit refuses the option)", r["code"] == 2),
                ("sgaudit saw the option", "--no-such-option" in r["log"]),
            ],
            r,
        )
        r = run_action(job, {"input": "main.tf", "working-directory": "testdata/hcl/no-such",
                             "var-files": "a.tfvars\n\nb c.tfvars"}, "var-files")
        scenario(
            "a working-directory that does not exist: exit 2, saying so",
            [
                ("exit code 2", r["code"] == 2),
                ("::error naming it",
                 "::error title=sgaudit::working-directory testdata/hcl/no-such is not a directory"
                 in r["log"]),
            ],
            r,
        )

        # (vi) the release path, against a fake GitHub on loopback
        version = re.search(r'^version = "(.*)"$', (ROOT / "Cargo.toml").read_text(), re.M)[1]
        tag = f"v{version}"
        repo = "owner/sgaudit"
        target = "x86_64-unknown-linux-musl"
        binary = ROOT / "target" / "release" / "sgaudit"
        server_root = Path(tmp) / "github"
        server_root.mkdir()
        github = FakeGitHub(server_root)
        try:
            tagged_commit, later_commit = github.repository(repo, tag)
            archive = github.release(repo, tag, target, binary)
            context = {"action_repository": repo, "server_url": github.url}

            def release_run(name, ref, built=False, **kw):
                # Not built here: a run that built from source where it should not would
                # build in an empty directory (and fail the check that it did not build).
                github.requests.clear()
                job.gh_log.unlink(missing_ok=True)
                r = run_action(job, {"input": critical_input}, name,
                               github={**context, "action_ref": ref}, built=built, **kw)
                return r, list(github.requests), job.gh_calls()

            r, requests, calls = release_run("tagged", tag)
            attest = [c for c in calls if c["method"] == "ATTEST"]
            scenario(
                f"ref {tag}: the release's binary, downloaded, checked against SHA256SUMS and attested",
                [
                    ("exit code 1 (the critical plan)", r["code"] == 1),
                    ("SHA256SUMS and the archive downloaded",
                     requests == [f"/{repo}/releases/download/{tag}/SHA256SUMS",
                                  f"/{repo}/releases/download/{tag}/{archive.name}"]),
                    ("checksum checked", "matches SHA256SUMS" in r["log"]),
                    ("gh attestation verify --repo owner/sgaudit",
                     len(attest) == 1 and attest[0]["args"][-2:] == ["--repo", repo]
                     and attest[0]["args"][2].endswith(archive.name)),
                    ("not built", not ran(r, "Build sgaudit from source")),
                    ("reports written", Path(r["outputs"].get("sarif", "")).is_file()),
                ],
                r,
            )

            r, requests, calls = release_run("by-sha", tagged_commit)
            scenario(
                f"ref = the commit of {tag} (`@<sha> # {tag}`): the release's binary",
                [
                    ("exit code 1", r["code"] == 1),
                    ("tags listed over git, then the release downloaded",
                     f"/{repo}/releases/download/{tag}/{archive.name}" in requests
                     and any(q.startswith(f"/{repo}/info/refs") for q in requests)),
                    ("not built", not ran(r, "Build sgaudit from source")),
                ],
                r,
            )

            r, requests, calls = release_run("attest-fails", tag, env={"FAKE_GH_ATTEST": "fail"})
            scenario(
                "an archive whose attestation gh refuses: exit 2, not run",
                [
                    ("exit code 2", r["code"] == 2),
                    ("says why", "no valid build provenance attestation" in r["log"]),
                    ("sgaudit not run", r["outputs"].get("exit-code") == ""),
                ],
                r,
            )

            github.release(repo, tag, target, binary, checksum="0" * 64)
            r, requests, calls = release_run("mismatch", tag)
            scenario(
                "an archive that does not match SHA256SUMS: refused, exit 2, a clear error",
                [
                    ("exit code 2", r["code"] == 2),
                    ("::error naming the mismatch",
                     f"::error title=sgaudit::checksum mismatch: {archive.name} has SHA-256" in r["log"]
                     and "refusing to run it" in r["log"]),
                    ("not attested, not built, not run",
                     not any(c["method"] == "ATTEST" for c in calls)
                     and not ran(r, "Build sgaudit from source")
                     and r["outputs"].get("exit-code") == ""),
                ],
                r,
            )

            r, requests, calls = release_run("other-commit", later_commit, built=True)
            scenario(
                f"ref = a later commit than {tag}: built from source, nothing downloaded",
                [
                    ("exit code 1", r["code"] == 1),
                    ("built", ran(r, "Build sgaudit from source")),
                    ("tags listed, no release asked for",
                     requests and all("/releases/" not in q for q in requests)),
                ],
                r,
            )

            shutil.rmtree(server_root / repo / "releases")
            r, requests, calls = release_run("no-release", tag, built=True)
            scenario(
                f"ref {tag} with no release published (404): built from source",
                [
                    ("exit code 1", r["code"] == 1),
                    ("says so", f"{repo} has no release {tag}: building from source" in r["log"]),
                    ("built", ran(r, "Build sgaudit from source")),
                ],
                r,
            )

            r, requests, calls = release_run("branch", "main", built=True)
            md = Path(r["outputs"].get("markdown", ""))
            markdown = md.read_text() if md.is_file() else ""
            docs = f"{github.url}/{repo}/blob/main/docs/rules"
            scenario(
                "ref main (no release): built from source, nothing downloaded",
                [
                    ("exit code 1", r["code"] == 1),
                    ("built", ran(r, "Build sgaudit from source")),
                    ("no request to the server", requests == []),
                    ("download step skipped", not ran(r, "Download and verify the release")),
                    ("rules linked to the action's docs at its ref",
                     f"[`all-traffic-public`]({docs}/all-traffic-public.md)" in markdown),
                ],
                r,
            )
            r = run_action(job, {"input": critical_input,
                                 "rule-docs": "https://docs.example/sgaudit/rules"},
                           "rule-docs", github={**context, "action_ref": "main"})
            md = Path(r["outputs"].get("markdown", ""))
            markdown = md.read_text() if md.is_file() else ""
            scenario(
                "input rule-docs: the rules linked there",
                [
                    ("exit code 1", r["code"] == 1),
                    ("rules linked to the input's address",
                     "[`all-traffic-public`](https://docs.example/sgaudit/rules/all-traffic-public.md)"
                     in markdown),
                    ("not to the action's", f"{github.url}/{repo}/blob/" not in markdown),
                ],
                r,
            )
        finally:
            github.close()

    # (v) shellcheck on each run: script (runner variables such as GITHUB_OUTPUT are set
    # outside the script: SC2154 is off, as actionlint has it)
    shellcheck = Path(sys.executable).parent / "shellcheck"
    if not shellcheck.exists():
        shellcheck = Path(shutil.which("shellcheck") or "shellcheck")
    checks, log = [], []
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    for step in action["runs"]["steps"]:
        if "run" in step:
            proc = subprocess.run(
                [str(shellcheck), "--shell=bash", "--exclude=SC2154", "-"],
                input=step["run"], capture_output=True, text=True,
            )
            checks.append((f"{step.get('name')}: shellcheck", proc.returncode == 0))
            log.append(proc.stdout + proc.stderr)
    # ... and on each run: script of the release workflow (bash on every runner there)
    release = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    for name, job in release["jobs"].items():
        for step in job["steps"]:
            if "run" in step:
                proc = subprocess.run(
                    [str(shellcheck), "--shell=bash", "--exclude=SC2154", "-"],
                    input=step["run"], capture_output=True, text=True,
                )
                checks.append((f"release.yml {name}: {step.get('name')}: shellcheck",
                               proc.returncode == 0))
                log.append(proc.stdout + proc.stderr)
    scenario("action and release scripts: shellcheck", checks, {"log": "\n".join(log)})

    # (vi) the example workflows give the action only inputs it has, and every required one
    checks = []
    for workflow in sorted((ROOT / "examples" / "workflows").glob("*.yml")):
        doc = yaml.safe_load(workflow.read_text())
        for job in doc["jobs"].values():
            for step in job.get("steps", []):
                uses = step.get("uses", "")
                if not uses.startswith("owner/sgaudit@"):
                    continue
                checks.append((f"{workflow.name}: {uses} pinned to a commit SHA",
                               re.fullmatch(r"owner/sgaudit@[0-9a-f]{40}", uses) is not None))
                given = set(step.get("with") or {})
                unknown = given - set(action["inputs"])
                missing = {k for k, v in action["inputs"].items() if v.get("required")} - given
                checks.append((f"{workflow.name}: unknown inputs {sorted(unknown)}", not unknown))
                checks.append((f"{workflow.name}: missing inputs {sorted(missing)}", not missing))
    checks.append(("the examples use the action", bool(checks)))
    scenario("example workflows: the action's inputs", checks, {"log": ""})

    passed = sum(results)
    print(f"action harness: {passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    if not shutil.which("bash") or not shutil.which("jq"):
        sys.exit("action harness needs bash and jq")
    sys.exit(main())
