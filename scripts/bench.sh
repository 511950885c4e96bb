#!/usr/bin/env bash
# `make bench`: load + validate of generated snapshots, beside Python's
# json.load on the same files, in the same run. Prints a table of medians
# and the ratios; timings are in-process (no process start-up in any figure).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
OUT=bench-out
mkdir -p "$OUT"

swift build -c release --product repatdash >/dev/null
swift build -c release --product repatdash-bench >/dev/null
BIN=.build/release

# Inputs are made fresh by the generator, so the figures can be reproduced anywhere.
[ -f "$OUT/1000x20.json" ] || "$BIN/repatdash" generate --districts 1000 --camps-per-district 20 --days 365 --points 6 --out "$OUT/1000x20.json" >/dev/null

python_load() {
    python3 - "$1" "$RUNS" <<'PY'
import json, sys, time
path, runs = sys.argv[1], int(sys.argv[2])
json.load(open(path))
times = []
for _ in range(runs):
    start = time.perf_counter()
    with open(path) as handle:
        data = json.load(handle)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
check = sum(camp["population"] for district in data["districts"] for camp in district["camps"])
print(f"python3 json.load\t{times[len(times)//2]:.1f}\t{times[0]:.1f}\t{runs}\tcheck={check}")
PY
}

for input in "$OUT/1000x20.json"; do
    size=$(stat -c %s "$input")
    echo "== $(basename "$input") ($((size / 1024)) KiB), median of $RUNS runs, $(nproc) cores, $(uname -m)"
    results=$( "$BIN/repatdash-bench" load "$input" "$RUNS"; python_load "$input" )
    ours=$(echo "$results" | awk -F'\t' '$1=="repatdash load+validate"{print $2}')
    printf '%-32s %10s %10s %8s  %s\n' "what" "median ms" "min ms" "vs ours" "check (sum of populations)"
    echo "$results" | while IFS=$'\t' read -r name median min runs check _; do
        printf '%-32s %10s %10s %7.1fx  %s\n' "$name" "$median" "$min" "$(echo "$median / $ours" | bc -l)" "$check"
    done
    # Every tool must have read the same numbers, or the comparison is void.
    checks=$(echo "$results" | awk -F'\t' '$1!="repatdash parse only"{print $5}' | sort -u | wc -l)
    [ "$checks" -eq 1 ] || { echo "bench: the tools disagree on the figures" >&2; exit 1; }
done
echo "== the screen on $(basename "$OUT/1000x20.json"), 200x60, release build"
"$BIN/repatdash-bench" view "$OUT/1000x20.json" "$RUNS" | while IFS=$'\t' read -r name median min runs check p99; do
    printf '%-36s median %8s ms  %s ms  (%s runs)\n' "$name" "$median" "${p99#p99=}" "$runs"
done
python3 scripts/pty-measure.py "$BIN/repatdash" "$OUT/1000x20.json" --size 200x60 --presses 60
echo "== live updates, 200x60, through a pty"
python3 scripts/update-bytes.py "$BIN/repatdash" Resources/snapshots/2025-04-07T2100.json
scripts/idle-cpu.sh "$BIN/repatdash" Resources/snapshots "${IDLE_SECONDS:-60}"
echo "reproduce: make bench  (RUNS=$RUNS; inputs from repatdash generate, in $OUT/)"
