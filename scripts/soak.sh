#!/usr/bin/env bash
# `make soak MINUTES=N`: the dashboard in a real terminal (tmux, 200x60)
# following `repatdash replay --every 1 --loop` for N minutes. Reports resident
# memory at the start, after the first minute and at the end, the CPU time
# used, and the snapshots applied; fails if memory grew more than 10% after
# the first minute.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${MINUTES:-30}
swift build -c release --static-swift-stdlib --product repatdash >/dev/null
BIN=$PWD/.build/release/repatdash
dir=$(mktemp -d)
socket=repatdash-soak-$$
log=$dir.log

"$BIN" replay --from Resources/snapshots --into "$dir" --every 1 --loop --keep 20 > "$log" 2>&1 &
replay=$!
cleanup() { kill "$replay" 2>/dev/null || true; tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
sleep 2
tmux -L "$socket" -f /dev/null new-session -d -x 200 -y 60 "LANG=C.UTF-8 TERM=xterm-256color $BIN $dir"
sleep 2
shell=$(tmux -L "$socket" display-message -p '#{pane_pid}')
# sh may exec the command itself, so the pane's process can be the dashboard.
pid=$(cut -d' ' -f1 "/proc/$shell/task/$shell/children" 2>/dev/null || true)
[ -n "$pid" ] || pid=$shell
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat"; }

start_rss=$(rss); start_written=$(grep -c '^wrote ' "$log" || true)
echo "soak: $MINUTES min, dashboard pid $pid, RSS at start ${start_rss} KiB"
minute_rss=""; max_rss=$start_rss
for ((second = 1; second <= MINUTES * 60; second++)); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { echo "soak: the dashboard died" >&2; exit 1; }
    now_rss=$(rss); (( now_rss > max_rss )) && max_rss=$now_rss
    (( second == 60 )) && minute_rss=$now_rss && echo "soak: RSS after the first minute ${minute_rss} KiB"
    (( second % 300 == 0 )) && echo "soak: $((second / 60)) min, RSS ${now_rss} KiB, CPU $(cpu) s"
done
end_rss=$(rss); written=$(( $(grep -c '^wrote ' "$log") - start_written ))
screen=$(tmux -L "$socket" capture-pane -p)
newest=$(ls -t "$dir"/*.json | head -1)
echo "soak: RSS at the end ${end_rss} KiB (max ${max_rss} KiB); CPU used $(cpu) s over ${MINUTES} min"
echo "soak: ${written} snapshots renamed into the watched directory while measured"
echo "$screen" | tail -1
[ -n "$minute_rss" ] || minute_rss=$start_rss
growth=$(echo "($end_rss - $minute_rss) * 100 / $minute_rss" | bc -l)
printf 'soak: memory change after the first minute: %+.1f%%\n' "$growth"
if (( $(echo "$growth > 10" | bc -l) )); then echo "soak: FAIL: memory grew more than 10%" >&2; exit 1; fi
echo "soak: PASS"
