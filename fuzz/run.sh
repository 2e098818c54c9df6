#!/usr/bin/env bash
# Runs the fuzz targets, one after the other, each for SECONDS:
#   fuzz/run.sh SECONDS [plan|hcl|config|netset|tree|api]...   (all six when none is named)
# Installs cargo-fuzz under target/fuzz-tools when it is not there (skips, exit 0, when it
# cannot be installed), seeds each target's working corpus in target/fuzz-corpus/TARGET (kept
# on the machine between runs, never committed) from the test data and fuzz/regressions/TARGET,
# and prints for each target its runs, time and crashes. Crashing inputs are written to
# target/fuzz-artifacts/TARGET/; the exit code is 1 when there is one. See fuzz/README.md.
#   fuzz/run.sh merge [TARGET]...
# shrinks target/fuzz-corpus/TARGET to the smallest set of its inputs that covers what all of
# them cover (libFuzzer's -set_cover_merge), less the seeds (they come back at every run).
# FUZZ_NO_BUILD=1 runs the targets as last built (not rebuilt from the working tree).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
usage="usage: fuzz/run.sh SECONDS|merge [plan|hcl|config|netset|tree|api]..."
seconds="${1:?$usage}"
shift
merge=false
case "$seconds" in
  merge) merge=true ;;
  '' | *[!0-9]*)
    echo "$usage" >&2
    exit 2
    ;;
esac
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(plan hcl config netset tree api)
for t in "${targets[@]}"; do
  case "$t" in
    plan | hcl | config | netset | tree | api) ;;
    *)
      echo "fuzz/run.sh: no target $t; $usage" >&2
      exit 2
      ;;
  esac
done

# cargo-fuzz needs nightly's -Z flags; RUSTC_BOOTSTRAP lets the stable toolchain take them.
export RUSTC_BOOTSTRAP=1
tools="$root/target/fuzz-tools"
export PATH="$tools/bin:$PATH"
if ! cargo fuzz --version > /dev/null 2>&1; then
  echo "fuzz/run.sh: installing cargo-fuzz into target/fuzz-tools"
  if ! cargo install --locked --root "$tools" cargo-fuzz || ! cargo fuzz --version > /dev/null 2>&1; then
    echo "fuzz/run.sh: cargo-fuzz cannot be installed here; not fuzzing"
    exit 0
  fi
fi

# No sanitizer: the main crate forbids unsafe code, and without one the targets run about
# twice as fast. Debug assertions and overflow checks stay on: an overflow is a finding.
build=(--sanitizer none --debug-assertions --target-dir "$root/target/fuzz-build")
scratch="$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/sgaudit-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
# The hcl and config targets write their input to a file there, the tree target its tree.
export TMPDIR="$scratch"

# Seeds: a copy of each file, named by its content's hash.
seed() { # TARGET FILE...
  local dir="$root/target/fuzz-corpus/$1" f
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    cp "$f" "$dir/$(sha1sum < "$f" | cut -c1-40)"
  done
}
# The fenced blocks of a Markdown file in a language, one file each, in $scratch/blocks.
blocks() { # FILE LANGUAGE
  rm -rf "$scratch/blocks"
  mkdir -p "$scratch/blocks"
  awk -v lang="$2" -v out="$scratch/blocks/b" '
    $0 == "```" lang { n++; on = 1; next }
    /^```/ { on = 0; next }
    on { print > (out n) }
  ' "$1"
}

status=0
for t in "${targets[@]}"; do
  mapfile -t seeds < <(
    case "$t" in
      plan) find testdata examples -type f \( -name '*.json' -o -name '*.tfstate' \) \
        ! -name 'sarif-schema-*' ;;
      hcl) find testdata examples -type f \( -name '*.tf' -o -name '*.tf.json' -o -name '*.tfvars' \) ;;
      config)
        find testdata examples src/policy/packs -type f -name '*.hcl'
        blocks README.md hcl
        find "$scratch/blocks" -type f
        ;;
      api) find testdata/deployed testdata/bad -type f -name '*.json' ;;
      netset | tree) ;;
    esac
    if [ -d "fuzz/regressions/$t" ]; then find "fuzz/regressions/$t" -type f; fi
  )
  seed "$t" "${seeds[@]}"
  case "$t" in
    plan) max_len=1048576 ;;
    netset) max_len=4096 ;;
    tree) max_len=16384 ;;
    *) max_len=65536 ;;
  esac
  # Tokens of the input's language, so that mutations make words, not only bytes.
  dict=()
  [ ! -f "fuzz/dicts/$t.dict" ] || dict=(-dict="$root/fuzz/dicts/$t.dict")
  artifacts="$root/target/fuzz-artifacts/$t"
  mkdir -p "$artifacts"
  bin="$root/target/fuzz-build/$(rustc -vV | sed -n 's/^host: //p')/release/$t"
  if [ "${FUZZ_NO_BUILD:-}" != 1 ] || [ ! -x "$bin" ]; then
    (cd fuzz && cargo fuzz build "${build[@]}" "$t")
  fi
  if "$merge"; then
    rm -rf "$scratch/merged"
    mkdir -p "$scratch/merged"
    SGAUDIT_FUZZ_ARTIFACTS="$artifacts" "$bin" -set_cover_merge=1 -max_len="$max_len" \
      -rss_limit_mb=2048 -timeout=30 -artifact_prefix="$artifacts/" \
      "$scratch/merged" "$root/target/fuzz-corpus/$t" > "$scratch/run.log" 2>&1 || {
      tail -n 20 "$scratch/run.log"
      echo "fuzz/run.sh: merging the $t corpus failed" >&2
      exit 2
    }
    # The seeds come from the test data and the regressions at every run: the rest is kept.
    for f in "${seeds[@]}"; do
      rm -f "$scratch/merged/$(sha1sum < "$f" | cut -c1-40)"
    done
    rm -rf "$root/target/fuzz-corpus/$t"
    mkdir -p "$root/target/fuzz-corpus/$t"
    find "$scratch/merged" -type f -exec mv -t "$root/target/fuzz-corpus/$t" {} +
    echo "$t: target/fuzz-corpus/$t holds $(find "$root/target/fuzz-corpus/$t" -type f | wc -l) inputs ($(du -sh "$root/target/fuzz-corpus/$t" | cut -f1))"
    continue
  fi
  touch "$scratch/mark"
  # libFuzzer stops at the first crash: start it again on what is left of the time.
  start=$SECONDS runs=0 restarts=0
  log="$root/target/fuzz-artifacts/$t.log"
  : > "$log"
  while left=$((seconds - (SECONDS - start))) && [ "$left" -gt 0 ] && [ "$restarts" -lt 10 ]; do
    code=0
    # The targets' own watchdog writes an input that runs past 10 s (hang-*) and exits; the
    # libFuzzer timeout behind it can stall in its signal handler, and the outer timeout
    # stops a run that stalls all the same.
    SGAUDIT_FUZZ_ARTIFACTS="$artifacts" timeout -k 30 $((left + 120)) "$bin" "$root/target/fuzz-corpus/$t" \
      -max_total_time="$left" -max_len="$max_len" -rss_limit_mb=2048 -timeout=30 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "${dict[@]}" > "$scratch/run.log" 2>&1 || code=$?
    cat "$scratch/run.log" >> "$log"
    # The executions: the final statistics, else the last progress line.
    n="$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$scratch/run.log" | tail -n 1)"
    [ -n "$n" ] || n="$(sed -n 's/^#\([0-9]*\)[[:space:]].*/\1/p' "$scratch/run.log" | tail -n 1)"
    runs=$((runs + ${n:-0}))
    [ "$code" = 0 ] && break
    if [ -z "$(find "$artifacts" -type f -newer "$scratch/mark" -print -quit)" ]; then
      tail -n 20 "$scratch/run.log"
      if [ "$code" = 124 ] || [ "$code" = 137 ]; then
        echo "fuzz/run.sh: $t stalled and was stopped (exit $code); its input is lost" >&2
      fi
      echo "fuzz/run.sh: $t failed without a crashing input (exit $code)" >&2
      status=2
      break
    fi
    grep -E '^(==[0-9]+== ?ERROR|thread .* panicked|SUMMARY)' "$scratch/run.log" | head -n 5 || true
    restarts=$((restarts + 1))
  done
  crashes="$(find "$artifacts" -type f -newer "$scratch/mark" | wc -l)"
  echo "$t: $runs runs in $((SECONDS - start)) s, $crashes crashes (log: target/fuzz-artifacts/$t.log)"
  if [ "$crashes" -gt 0 ]; then
    find "$artifacts" -type f -newer "$scratch/mark" | sort | sed 's/^/  /'
    [ "$status" != 0 ] || status=1
  fi
done
exit "$status"
