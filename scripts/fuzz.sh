#!/usr/bin/env bash
# Fuzzes the snapshot parser and validator with libFuzzer (`make fuzz SECONDS=N`).
#
#   scripts/fuzz.sh [SECONDS]        default 60
#
# The fuzz target (fuzz/FuzzSnapshot.swift) is built OUTSIDE Package.swift:
# swiftc compiles DashboardCore's sources and the entry point into one module
# with -sanitize=fuzzer,address, so normal builds never see the fuzzer flags.
# Everything lands in .build-fuzz/ (git-ignored by the `.build-*/` pattern):
#
#   fuzz-snapshot   the instrumented binary (rebuilt when a source is newer)
#   corpus/         the growing corpus, kept between runs; seeded every run from
#                   fuzz/seeds, Tests/BadSnapshots, Resources/snapshots and the
#                   JSONTestSuite parsing cases in ../shared
#   artifacts/      crash-*, timeout-*, oom-* inputs: each is a finding
#   logs/           one libFuzzer log per run
#   history.tsv     one line per run: start, seconds, executions, corpus, findings
#
# An input is a finding when it crashes, trips AddressSanitizer or a check in
# the entry point (round trip of valid snapshots), takes over 1 s (-timeout=1:
# the "finishes within a second" rule, under ASan's slowdown) or needs over
# 2 GiB. libFuzzer stops at the first finding; fix it, add the input under
# Tests/BadSnapshots/fuzz-found/, and run again.
#
# Reproduce one input:  .build-fuzz/fuzz-snapshot .build-fuzz/artifacts/crash-...
# Environment: SWIFTC (default swiftc), FUZZ_MAX_LEN (default 65536),
# FUZZ_EXTRA (more libFuzzer flags, e.g. "-jobs=2 -workers=2").
set -euo pipefail

cd "$(dirname "$0")/.."
run_seconds=${1:-60}
case $run_seconds in ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac

swiftc=${SWIFTC:-swiftc}
max_len=${FUZZ_MAX_LEN:-65536}
out=.build-fuzz
binary=$out/fuzz-snapshot
corpus=$out/corpus
artifacts=$out/artifacts
mkdir -p "$corpus" "$artifacts" "$out/logs"

# --- Build (only when the binary is missing or a source is newer) ---------------
mapfile -t sources < <(find Sources/DashboardCore -name '*.swift' | LC_ALL=C sort)
sources+=(fuzz/FuzzSnapshot.swift)
if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" scripts/fuzz.sh -newer "$binary" -print -quit) ]]; then
    echo "fuzz: building $binary (${#sources[@]} files, -O -sanitize=fuzzer,address)"
    # lld rather than the default gold: gold prints a page of harmless
    # "Cannot export local symbol __asan_check_*" warnings.
    linker=(-use-ld=lld)
    command -v ld.lld >/dev/null 2>&1 || [[ -x "$(dirname "$(command -v "$swiftc")")/ld.lld" ]] || linker=()
    "$swiftc" -O -sanitize=fuzzer,address -parse-as-library "${linker[@]}" \
        -module-name FuzzSnapshot "${sources[@]}" -o "$binary.new"
    mv "$binary.new" "$binary"
fi

# --- Seed the corpus ------------------------------------------------------------
# Copies named by content hash, so reseeding never duplicates a file.
seed() {
    local file
    for file in "$@"; do
        [[ -f $file ]] || continue
        cp "$file" "$corpus/seed-$(sha1sum "$file" | cut -c1-16)"
    done
}
shopt -s nullglob globstar
seed fuzz/seeds/*.json Tests/BadSnapshots/**/*.json Resources/snapshots/*.json ../shared/data/JSONTestSuite/test_parsing/*.json
shopt -u nullglob globstar

# --- Run ------------------------------------------------------------------------
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
log=$out/logs/fuzz-$(date -u +%Y%m%dT%H%M%S).log
findings_before=$(find "$artifacts" -type f | wc -l)
marker=$out/.run-start
touch "$marker"
start_seconds=$(date +%s)
echo "fuzz: running for ${run_seconds}s; corpus $(find "$corpus" -type f | wc -l) files; log $log"
status=0
# shellcheck disable=SC2086 # FUZZ_EXTRA is a list of flags
"$binary" "$corpus" \
    -dict=fuzz/snapshot.dict \
    -max_total_time="$run_seconds" \
    -max_len="$max_len" \
    -timeout=1 \
    -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" \
    -print_final_stats=1 \
    ${FUZZ_EXTRA:-} >"$log" 2>&1 || status=$?

# --- Summary --------------------------------------------------------------------
stat() { grep -h "^stat::$1:" "$log" | awk '{ sum += $2 } END { print sum + 0 }'; }
executions=$(stat number_of_executed_units)
elapsed=$(( $(date +%s) - start_seconds ))
corpus_size=$(find "$corpus" -type f | wc -l)
corpus_bytes=$(du -sk "$corpus" | cut -f1)
new_findings=$(( $(find "$artifacts" -type f | wc -l) - findings_before ))
coverage=$(grep -ho 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)

echo "fuzz: ---------------------------------------------------------------"
echo "fuzz: time          ${elapsed}s (asked ${run_seconds}s)"
echo "fuzz: executions    $executions"
echo "fuzz: coverage      ${coverage:-?} edges"
echo "fuzz: corpus        $corpus_size files, ${corpus_bytes} KiB ($corpus)"
echo "fuzz: findings      $new_findings new ($artifacts, $(find "$artifacts" -type f | wc -l) in all)"
if (( new_findings > 0 )) || (( status != 0 )); then
    grep -h -m3 -E 'ERROR: |Fatal error|Precondition failed|ALARM|out-of-memory|deadly signal' "$log" | sed 's/^/fuzz:   /' || true
    find "$artifacts" -type f -newer "$marker" | sort | sed 's/^/fuzz:   input /'

    echo "fuzz: reproduce with  $binary <input>   (full log: $log)"
fi
printf '%s\t%s\t%s\t%s\t%s\n' "$started" "$elapsed" "$executions" "$corpus_size" "$new_findings" >>"$out/history.tsv"
exit "$status"
