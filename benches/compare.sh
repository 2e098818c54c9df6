#!/usr/bin/env bash
# Whole-process comparison on the benchmark corpus (benches/corpus.sh): for each plan of
# both families (plan-N: the original corpus; plan-shaped-N: the realistic shapes of
# issue 22), the wall time (ms, from date) and peak memory (/usr/bin/time -f %M) of
#   target/release/sgaudit check --format json --max-plan-size 4GiB PLAN > /dev/null
# and of the parse-only baseline (benches/parse_only.rs), the write-only floor of the report
# it wrote (benches/write_only.rs), and of checkov and trivy on
# the same plan when they are installed (on PATH); then sgaudit alone on the .tf trees,
# and `--base` against the same run without it (a scratch git repository of hcl-1000
# with one file changed). Prints markdown tables (and the scaling ratios) on standard
# output; each row notes the 1-minute load average before it ran.
#
#   benches/compare.sh                           # every corpus input, and --base
#   benches/compare.sh plan-shaped-1000 base     # only those
#
# Each input runs COMPARE_RUNS times (a run over COMPARE_REPEAT_UNDER_S seconds is not
# repeated) and the best run is kept.
#
# Environment:
#   COMPARE_RUNS            runs of an input (default 3)
#   COMPARE_REPEAT_UNDER_S  an input whose run takes longer runs once (default 10)
#   COMPARE_LARGE           0: skip the plans of 50,000 groups and more (default 1)
#   COMPARE_MEM_MB          address-space limit of every run (ulimit -v; default 12288),
#                           so that a blow-up fails that run instead of the machine
#   COMPARE_TOOLS_MAX_MB    largest plan checkov and trivy are run on (default 10: a
#                           1,000-group plan takes checkov over a minute)
#   COMPARE_CORPUS          the corpus directory (default target/bench-corpus), e.g. another
#                           work tree's, read only: the `base` case copies hcl-1000 into a
#                           temporary directory (removed on exit) and changes the copy
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
CORPUS="${COMPARE_CORPUS:-$REPO/target/bench-corpus}"
RUNS="${COMPARE_RUNS:-3}"
REPEAT_UNDER_S="${COMPARE_REPEAT_UNDER_S:-10}"
LARGE="${COMPARE_LARGE:-1}"
MEM_MB="${COMPARE_MEM_MB:-12288}"
TOOLS_MAX_MB="${COMPARE_TOOLS_MAX_MB:-10}"
TIME_OUT="$(mktemp)"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$TIME_OUT" "$SCRATCH"' EXIT

log() { printf '[compare] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for peak memory"
[[ -d "$CORPUS" ]] || die "no corpus in $CORPUS: run benches/corpus.sh first"

cd "$REPO"
log "building (release)"
cargo build --release --quiet --bin sgaudit
SGAUDIT="$REPO/target/release/sgaudit"
# bench_exe NAME: builds benches/NAME.rs and prints its executable.
bench_exe() {
  cargo bench --bench "$1" --no-run --message-format=json 2>/dev/null \
    | python3 -c '
import json, sys
exe = None
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == sys.argv[1]:
        exe = m.get("executable") or exe
print(exe or "")
' "$1"
}
BASELINE="$(bench_exe parse_only)"
[[ -x "$BASELINE" ]] || die "could not build the parse-only baseline (cargo bench --bench parse_only --no-run)"
WRITER="$(bench_exe write_only)"
[[ -x "$WRITER" ]] || die "could not build the write-only floor (cargo bench --bench write_only --no-run)"

# measure CMD...: sets SECS and PEAK_MB, the best of $RUNS runs (one run when it takes
# over $REPEAT_UNDER_S s). Exit 0 and 1 are results; anything else fails (then SECS and
# PEAK_MB say "failed (exit N)").
measure() {
  local n secs kb rc t0 t1 best_s="" best_kb=""
  for ((n = 1; n <= RUNS; n++)); do
    rc=0
    t0=$(date +%s%N)
    (ulimit -v $((MEM_MB * 1024)) && exec /usr/bin/time -f '%e %M' -o "$TIME_OUT" "$@") \
      >/dev/null 2>"$TIME_OUT.err" || rc=$?
    t1=$(date +%s%N)
    if ((rc > 1)); then
      log "failed (exit $rc): $*"
      sed 's/^/[compare]   /' "$TIME_OUT.err" >&2
      rm -f "$TIME_OUT.err"
      SECS="failed (exit $rc)"
      PEAK_MB="–"
      return 1
    fi
    # Wall time in ms from date (GNU time's %e has 10 ms steps); peak RSS from GNU time.
    read -r _ kb < <(tail -n 1 "$TIME_OUT")
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    if [[ -z "$best_s" ]] || awk -v a="$secs" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$secs
    fi
    if [[ -z "$best_kb" ]] || ((kb < best_kb)); then
      best_kb=$kb
    fi
    awk -v a="$secs" -v m="$REPEAT_UNDER_S" 'BEGIN { exit !(a >= m) }' && break
  done
  rm -f "$TIME_OUT.err"
  SECS=$best_s
  PEAK_MB=$(awk -v k="$best_kb" 'BEGIN { printf "%.0f", k / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else printf "–" }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

# write_floor REPORT: sets W_SECS, the best of $RUNS timings (the last line benches/write_only.rs
# prints) of writing REPORT again.
write_floor() {
  local n secs
  W_SECS=""
  for ((n = 1; n <= RUNS; n++)); do
    secs=$("$WRITER" "$1" | tail -n 1) || { W_SECS="failed"; return 1; }
    if [[ -z "$W_SECS" ]] || awk -v a="$secs" -v b="$W_SECS" 'BEGIN { exit !(a < b) }'; then
      W_SECS=$secs
    fi
  done
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

tool_cell() {
  # tool_cell CMD...: "secs (peak MB)" or "not installed".
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "not installed"
    return
  fi
  if measure "$@"; then
    echo "$SECS s ($PEAK_MB MB)"
  else
    echo "error"
  fi
}

groups_of() {
  local n=${1#plan-}
  n=${n#shaped-}
  case "$n" in
    1g) echo 134000 ;; # plan-1000 × 134 (benches/corpus.sh huge)
    *k) echo $((${n%k} * 1000)) ;;
    *) echo "$n" ;;
  esac
}

selected() {
  local name=$1 want
  [[ ${#WANT[@]} -eq 0 ]] && return 0
  for want in "${WANT[@]}"; do
    [[ "$want" == "$name" ]] && return 0
  done
  return 1
}

WANT=("$@")
declare -A TIMES=()
declare -A FLOORS=()

plan_table() {
  local name plan size report_size s_secs s_mb b_secs b_mb w_secs both checkov_cell trivy_cell checkov_ratio over l
  echo "| input | size MB | groups | sgaudit s | sgaudit peak MB | floor s | floor peak MB | sgaudit / floor | report MB | write floor s | sgaudit / (floor + write floor) | peak − size MB | checkov | trivy | checkov / sgaudit | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|"
  for name in "$@"; do
    plan="$CORPUS/$name.json"
    [[ -f "$plan" ]] || continue
    selected "$name" || continue
    if [[ "$LARGE" == 0 ]] && (($(groups_of "$name") >= 50000)); then
      log "$name skipped (COMPARE_LARGE=0)"
      continue
    fi
    size=$(stat -c %s "$plan")
    l=$(load)
    log "$name ($(mb "$size") MB, load $l)"
    # --max-plan-size: the plans from 50k groups are over the default 256 MiB.
    measure "$SGAUDIT" check --format json --max-plan-size 4GiB "$plan" || true
    s_secs=$SECS s_mb=$PEAK_MB
    TIMES[$name]=$s_secs
    measure "$BASELINE" "$plan" || true
    b_secs=$SECS b_mb=$PEAK_MB
    FLOORS[$name]=$b_secs
    # The write floor: the report this run wrote, written again by benches/write_only.rs.
    "$SGAUDIT" check --format json --max-plan-size 4GiB "$plan" >"$SCRATCH/report.json" || true
    report_size=$(stat -c %s "$SCRATCH/report.json")
    write_floor "$SCRATCH/report.json" || true
    w_secs=$W_SECS
    rm -f "$SCRATCH/report.json"
    both=$(awk -v a="$b_secs" -v b="$w_secs" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/) printf "%.3f", a + b; else printf "–" }')
    if ((size <= TOOLS_MAX_MB * 1048576)); then
      checkov_cell=$(tool_cell checkov --quiet --compact --skip-download -f "$plan" --framework terraform_plan)
      trivy_cell=$(tool_cell trivy config --quiet "$plan")
    else
      checkov_cell="skipped (> $TOOLS_MAX_MB MB)"
      trivy_cell=$checkov_cell
    fi
    checkov_ratio="–"
    if [[ "$checkov_cell" == *" s "* ]]; then
      checkov_ratio=$(ratio "${checkov_cell%% s *}" "$s_secs")
    fi
    over=$(awk -v p="$s_mb" -v s="$size" 'BEGIN { if (p !~ /^[0-9]+$/) print "–"; else printf "%.0f", p - s / 1048576 }')
    echo "| $name.json | $(mb "$size") | $(groups_of "$name") | $s_secs | $s_mb | $b_secs | $b_mb | $(ratio "$s_secs" "$b_secs") | $(mb "$report_size") | $w_secs | $(ratio "$s_secs" "$both") | $over | $checkov_cell | $trivy_cell | $checkov_ratio | $l |"
  done
}

plan_table plan-100 plan-1000 plan-10k plan-50k plan-100k plan-1g
echo
plan_table plan-shaped-1000 plan-shaped-10k plan-shaped-50k plan-shaped-100k
HCL_HEADER=0
for name in hcl-1000 hcl-10000 hcl-50000; do
  dir="$CORPUS/$name"
  [[ -d "$dir" ]] || continue
  selected "$name" || continue
  size=$(du -sb "$dir" | cut -f1)
  files=$(find "$dir" -name '*.tf' | wc -l)
  if ((HCL_HEADER == 0)); then
    HCL_HEADER=1
    echo
    echo "| input | size MB | sgaudit s | sgaudit peak MB | load |"
    echo "|---|---:|---:|---:|---:|"
  fi
  l=$(load)
  log "$name ($files .tf files, load $l)"
  measure "$SGAUDIT" check --format json "$dir" || true
  TIMES[$name]=$SECS
  echo "| $name/ ($files .tf files) | $(mb "$size") | $SECS | $PEAK_MB | $l |"
done

# --base: hcl-1000 in a scratch git repository, one file changed after the commit; the
# same check with and without --base HEAD.
if [[ -d "$CORPUS/hcl-1000" ]] && selected base; then
  repo="$SCRATCH/base-repo"
  cp -r "$CORPUS/hcl-1000" "$repo"
  git -C "$repo" init -q
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m base
  sed -i 's/port = 443, cidrs = \["0.0.0.0\/0"\]/port = 8443, cidrs = ["0.0.0.0\/0"]/' "$repo/app_0.tf"
  git -C "$repo" diff --quiet && die "the scratch change to app_0.tf changed nothing"
  echo
  echo "| hcl-1000/ in git, app_0.tf changed | sgaudit s | sgaudit peak MB | load |"
  echo "|---|---:|---:|---:|"
  l=$(load)
  log "hcl-1000 without --base (load $l)"
  measure "$SGAUDIT" check --format json "$repo" || true
  TIMES[base-without]=$SECS
  echo "| \`check --format json DIR\` | $SECS | $PEAK_MB | $l |"
  l=$(load)
  log "hcl-1000 with --base HEAD (load $l)"
  measure "$SGAUDIT" check --format json --base HEAD "$repo" || true
  TIMES[base-with]=$SECS
  echo "| \`check --format json --base HEAD DIR\` | $SECS | $PEAK_MB | $l |"
fi

echo
scale() {
  local small=$1 big=$2
  if [[ "${TIMES[$small]:-}" =~ ^[0-9.]+$ && "${TIMES[$big]:-}" =~ ^[0-9.]+$ ]]; then
    local floor=""
    if [[ "${FLOORS[$small]:-}" =~ ^[0-9.]+$ && "${FLOORS[$big]:-}" =~ ^[0-9.]+$ ]]; then
      floor=" (the parse-only floor: $(ratio "${FLOORS[$big]}" "${FLOORS[$small]}")×)"
    fi
    echo "- $big / $small (10× the input): $(ratio "${TIMES[$big]}" "${TIMES[$small]}")× the time$floor"
  fi
}
scale plan-100 plan-1000
scale plan-1000 plan-10k
scale plan-10k plan-100k
scale plan-shaped-1000 plan-shaped-10k
scale plan-shaped-10k plan-shaped-100k
scale hcl-1000 hcl-10000
if [[ -n "${TIMES[base-with]:-}" && -n "${TIMES[base-without]:-}" ]]; then
  echo "- --base HEAD / without it (hcl-1000): $(ratio "${TIMES[base-with]}" "${TIMES[base-without]}")× the time"
fi
echo "- checkov: $(command -v checkov >/dev/null 2>&1 && echo installed || echo not installed); trivy: $(command -v trivy >/dev/null 2>&1 && echo installed || echo not installed)"
dirty=""
git -C "$REPO" diff --quiet HEAD -- src Cargo.toml Cargo.lock || dirty=" (with uncommitted changes to src/)"
echo "- commit: $(git -C "$REPO" log -1 --format='%h %s' | cut -c1-100)$dirty"
echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); $(date -u '+%Y-%m-%d %H:%M UTC')"
