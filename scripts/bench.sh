#!/usr/bin/env bash
# `make bench`: builds release, generates the inputs with `repatdash generate`
# (cached in bench-out/inputs/, made again when the arguments change; remove
# the folder after changing the generator),
# runs every measurement in scripts/bench/ and the scripts beside this one,
# prints one table and writes it, with the machine and the command behind
# each figure, into BENCHMARKS.md. Each measuring script prints rows in the
# format of scripts/bench/rows.py into bench-out/rows.tsv.
#
# Variables: BUILD (build folder, default .build), RUNS (load runs, 15),
# BIG_RUNS (load runs on the 10,000 x 20 file, 5), ROUNDS (whole-process load
# runs of RUNS interleaved pairs each, whose range the table gives, 5), VIEW_RUNS (15), KEY_ROUNDS
# (j/k presses, 100), STARTUP_RUNS (10), IDLE_SECONDS (60), HISTORY_SNAPSHOTS
# (snapshots in the measured shift, 288: 24 h at 5 min), SCALE_DASHBOARDS
# (50), SCALE_SECONDS (60), SCALE_EVERY (10), SCALE_SIZE (120x40),
# BENCH_PYTHON (the Python compared with; default /usr/bin/python3),
# HTTP_INTERVAL (poll interval of the HTTP-source dashboards, 1).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-.build}
RUNS=${RUNS:-15}; BIG_RUNS=${BIG_RUNS:-5}; ROUNDS=${ROUNDS:-5}; VIEW_RUNS=${VIEW_RUNS:-15}; KEY_ROUNDS=${KEY_ROUNDS:-100}
STARTUP_RUNS=${STARTUP_RUNS:-10}; IDLE_SECONDS=${IDLE_SECONDS:-60}; HISTORY_SNAPSHOTS=${HISTORY_SNAPSHOTS:-288}
SCALE_DASHBOARDS=${SCALE_DASHBOARDS:-50}; SCALE_SECONDS=${SCALE_SECONDS:-60}
SCALE_EVERY=${SCALE_EVERY:-10}; SCALE_SIZE=${SCALE_SIZE:-120x40}
OUT=bench-out; B=scripts/bench
# The Python to compare with (see scripts/bench/load.py): the system's, not a wrapper on PATH.
BENCH_PYTHON=${BENCH_PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 )}; export BENCH_PYTHON
ROWS=$OUT/rows${BUILD#.build}.tsv; LOG=$OUT/build${BUILD#.build}.log  # one per build folder
mkdir -p "$OUT/inputs"
started=$(cut -d' ' -f1-3 /proc/loadavg)
step() { echo "bench: $*" >&2; }

scripts/bench/deps.sh "$OUT/pylib"
step "building release into $BUILD"
for product in repatdash repatdash-bench; do
    swift build -c release --static-swift-stdlib --scratch-path "$BUILD" --product $product >"$LOG" 2>&1 || { cat "$LOG"; exit 1; }
done
BIN=$BUILD/release/repatdash

# input NAME GENERATE-ARGS...: the path of a generated input (a file, or a
# directory for --sample and --count), made again when its arguments change.
input() {
    local name=$1; shift
    local path=$OUT/inputs/$name
    case " $* " in *" --sample "* | *" --count "*) ;; *) path=$path.json ;; esac
    if [ ! -e "$path" ] || [ "$(cat "$path.args" 2>/dev/null)" != "$*" ]; then
        step "generating $path: repatdash generate $*"
        rm -rf "$path" "$path.partial"
        local out=$path.partial
        [ "${path%.json}" != "$path" ] || out=$out/
        "$BIN" generate "$@" --out "$out" >/dev/null
        mv "$path.partial" "$path"
        echo "$*" >"$path.args"
    fi
    echo "$path"
}
sample_dir=$(input sample --sample)
sample=$sample_dir/$(ls "$sample_dir" | sort | tail -1)
tiny=$(input tiny --districts 1 --camps-per-district 1 --days 1 --points 1)
# Compact and pretty-printed (38% white space, as producers often write them) alike: both are loaded.
one_k=$(input 1000x20 --districts 1000 --camps-per-district 20 --days 365 --points 6)
one_k_pretty=$(input 1000x20-pretty --districts 1000 --camps-per-district 20 --days 365 --points 6 --pretty)
ten_k=$(input 10000x20-pretty --districts 10000 --camps-per-district 20 --days 365 --points 6 --pretty)
feed=$(input feed --districts 1100 --camps-per-district 20 --days 365 --points 6 --count 7 --interval-minutes 10)

: >"$ROWS"
load() { # LABEL INPUT FILE RUNS [--target]
    step "load: $1"
    python3 $B/load.py "$BUILD" "$1" "$3" "$4" "$tiny" --rounds "$ROUNDS" "${@:5}" --made-by "repatdash generate $(cat "$2.args")" >>"$ROWS"
}
load sample "$sample_dir" "$sample" "$RUNS"
load "1,000×20 compact" "$one_k" "$one_k" "$RUNS" --target
load "1,000×20 pretty" "$one_k_pretty" "$one_k_pretty" "$RUNS" --target
load "10,000×20 pretty" "$ten_k" "$ten_k" "$BIG_RUNS"
step "load: against simdjson, pretty and compact"; python3 $B/simdjson.py "$BUILD" "$RUNS" "1,000×20" compact="$one_k" pretty="$one_k_pretty" >>"$ROWS"
step "draw: in-process"; python3 $B/view.py "$BUILD" "$ten_k" "$VIEW_RUNS" "10,000×20 pretty" >>"$ROWS"
step "history: a 24 h shift"; python3 $B/history.py "$BUILD" "$one_k" "$HISTORY_SNAPSHOTS" "1,000×20 compact" >>"$ROWS"
step "draw: keys through a pty"
python3 scripts/pty-measure.py "$BIN" "$ten_k" --label "10,000×20 pretty" --seq "j/k (selection)" "j k" "$((KEY_ROUNDS / 2))" \
    --seq "s (sort)" s 30 --seq "/ a n BS BS Enter (filter)" "/ a n BS BS Enter" 10 >>"$ROWS"
step "bytes on the wire"; python3 scripts/update-bytes.py "$BIN" "$sample" --label sample >>"$ROWS"
step "startup"; python3 $B/startup.py "$BIN" "$sample_dir" "$STARTUP_RUNS" 200x60 sample >>"$ROWS"
step "idle CPU for $IDLE_SECONDS s"; scripts/idle-cpu.sh "$BIN" "$sample" "$IDLE_SECONDS" sample >>"$ROWS"
step "$SCALE_DASHBOARDS dashboards for $SCALE_SECONDS s"
python3 $B/scale.py "$BIN" "$feed" --dashboards "$SCALE_DASHBOARDS" --seconds "$SCALE_SECONDS" \
    --every "$SCALE_EVERY" --size "$SCALE_SIZE" --label "1,100×20 feed" >>"$ROWS"

step "$SCALE_DASHBOARDS dashboards polling one nginx every ${HTTP_INTERVAL:-1} s for $SCALE_SECONDS s"
python3 $B/http-poll.py "$BIN" "$sample" --dashboards "$SCALE_DASHBOARDS" --seconds "$SCALE_SECONDS" \
    --interval "${HTTP_INTERVAL:-1}" --size "$SCALE_SIZE" --label sample >>"$ROWS"

reproduce="make bench"
[ "$BUILD" = .build ] || reproduce="BUILD=$BUILD scripts/bench.sh"
python3 $B/report.py "$ROWS" --write BENCHMARKS.md --started "$started" --reproduce "$reproduce"
step "done in $((SECONDS / 60)) min $((SECONDS % 60)) s"
