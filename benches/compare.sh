#!/usr/bin/env bash
# Whole-process comparison on the benchmark corpus (benches/corpus.sh): for each plan,
# the wall time (ms, from date) and peak memory (/usr/bin/time -f %M) of
#   target/release/sgaudit check --format json PLAN > /dev/null
# and of the parse-only baseline (benches/parse_only.rs), and of checkov and trivy on
# the same plan when they are installed (on PATH); then sgaudit alone on the .tf trees.
# Prints one markdown table (and the scaling ratios) on standard output.
#
#   benches/compare.sh                       # every corpus input
#   benches/compare.sh plan-1000 hcl-1000    # only those
#
# Inputs that take under a second are run 3 times and the best run is kept.
#
# Environment:
#   COMPARE_RUNS          runs of a sub-second input (default 3)
#   COMPARE_TOOLS_MAX_MB  largest plan checkov and trivy are run on (default 10: a
#                         1,000-group plan takes checkov over a minute)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
CORPUS="$REPO/target/bench-corpus"
RUNS="${COMPARE_RUNS:-3}"
TOOLS_MAX_MB="${COMPARE_TOOLS_MAX_MB:-10}"
TIME_OUT="$(mktemp)"
trap 'rm -f "$TIME_OUT"' EXIT

log() { printf '[compare] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for peak memory"
[[ -d "$CORPUS" ]] || die "no corpus in $CORPUS: run benches/corpus.sh first"

cd "$REPO"
log "building (release)"
cargo build --release --quiet --bin sgaudit
SGAUDIT="$REPO/target/release/sgaudit"
BASELINE="$(cargo bench --bench parse_only --no-run --message-format=json 2>/dev/null \
  | python3 -c '
import json, sys
exe = None
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "parse_only":
        exe = m.get("executable") or exe
print(exe or "")
')"
[[ -x "$BASELINE" ]] || die "could not build the parse-only baseline (cargo bench --bench parse_only --no-run)"

# measure CMD...: sets SECS and PEAK_MB, the best of $RUNS runs when the first takes
# under a second (one run otherwise). Exit 0 and 1 are results; anything else fails.
measure() {
  local n secs kb rc t0 t1 best_s="" best_kb=""
  for ((n = 1; n <= RUNS; n++)); do
    rc=0
    t0=$(date +%s%N)
    /usr/bin/time -f '%e %M' -o "$TIME_OUT" "$@" >/dev/null 2>"$TIME_OUT.err" || rc=$?
    t1=$(date +%s%N)
    if ((rc > 1)); then
      log "failed (exit $rc): $*"
      sed 's/^/[compare]   /' "$TIME_OUT.err" >&2
      rm -f "$TIME_OUT.err"
      SECS="error"
      PEAK_MB="error"
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
    awk -v a="$secs" 'BEGIN { exit !(a >= 1) }' && break
  done
  rm -f "$TIME_OUT.err"
  SECS=$best_s
  PEAK_MB=$(awk -v k="$best_kb" 'BEGIN { printf "%.0f", k / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "error") printf "%.2f", a / b; else printf "–" }'; }
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
  case "$1" in
    plan-1g) echo 134000 ;; # plan-1000 × 134 (benches/corpus.sh huge)
    plan-*k) local n=${1#plan-}; echo $((${n%k} * 1000)) ;;
    plan-*) echo "${1#plan-}" ;;
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

echo "| input | size MB | groups | sgaudit s | sgaudit peak MB | baseline s | baseline peak MB | sgaudit / baseline | peak − size MB | checkov | trivy | checkov / sgaudit |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|"
for name in plan-100 plan-1000 plan-10k plan-50k plan-100k plan-1g; do
  plan="$CORPUS/$name.json"
  [[ -f "$plan" ]] || continue
  selected "$name" || continue
  size=$(stat -c %s "$plan")
  log "$name ($(mb "$size") MB)"
  measure "$SGAUDIT" check --format json "$plan" || true
  s_secs=$SECS s_mb=$PEAK_MB
  TIMES[$name]=$s_secs
  measure "$BASELINE" "$plan" || true
  b_secs=$SECS b_mb=$PEAK_MB
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
  over=$(awk -v p="$s_mb" -v s="$size" 'BEGIN { if (p == "error") print "–"; else printf "%.0f", p - s / 1048576 }')
  echo "| $name.json | $(mb "$size") | $(groups_of "$name") | $s_secs | $s_mb | $b_secs | $b_mb | $(ratio "$s_secs" "$b_secs") | $over | $checkov_cell | $trivy_cell | $checkov_ratio |"
done
for name in hcl-1000 hcl-10000 hcl-50000; do
  dir="$CORPUS/$name"
  [[ -d "$dir" ]] || continue
  selected "$name" || continue
  size=$(du -sb "$dir" | cut -f1)
  files=$(find "$dir" -name '*.tf' | wc -l)
  log "$name ($files .tf files)"
  measure "$SGAUDIT" check --format json "$dir" || true
  TIMES[$name]=$SECS
  echo "| $name/ ($files .tf files) | $(mb "$size") | – | $SECS | $PEAK_MB | – | – | – | – | – | – | – |"
done

echo
scale() {
  local small=$1 big=$2
  if [[ -n "${TIMES[$small]:-}" && -n "${TIMES[$big]:-}" ]]; then
    echo "- $big / $small (10× the input): $(ratio "${TIMES[$big]}" "${TIMES[$small]}")× the time"
  fi
}
scale plan-100 plan-1000
scale plan-1000 plan-10k
scale plan-10k plan-100k
scale hcl-1000 hcl-10000
echo "- checkov: $(command -v checkov >/dev/null 2>&1 && echo installed || echo not installed); trivy: $(command -v trivy >/dev/null 2>&1 && echo installed || echo not installed)"
echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); $(date -u '+%Y-%m-%d %H:%M UTC')"
