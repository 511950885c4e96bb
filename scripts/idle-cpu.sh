#!/usr/bin/env bash
# CPU used by one idle dashboard over SECONDS seconds, in a real terminal
# (tmux, 200x60), from /proc/PID/stat. The snapshot is first replayed to now
# (`repatdash replay`: generated_at now, deadlines moved by whole days), so the
# countdowns tick every second as they do in the control room.
# usage: scripts/idle-cpu.sh BINARY SNAPSHOT_FILE_OR_DIRECTORY [SECONDS] [LABEL]
# Prints one row (scripts/bench/rows.py).
set -euo pipefail
bin=$1; snapshot=$2; seconds=${3:-60}; label=${4:-$(basename "$snapshot")}
work=$(mktemp -d); socket=repatdash-idle-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT
mkdir "$work/from"
if [ -d "$snapshot" ]; then cp "$snapshot"/*.json "$work/from/"; else cp "$snapshot" "$work/from/"; fi
"$bin" replay --from "$work/from" --into "$work/live" --every 0 >/dev/null
tmux -L "$socket" -f /dev/null new-session -d -x 200 -y 60 "$bin $work/live"
sleep 2
shell=$(tmux -L "$socket" display-message -p '#{pane_pid}')
# sh may exec the command itself, so the pane's process can be the dashboard.
pid=$(cut -d' ' -f1 "/proc/$shell/task/$shell/children" 2>/dev/null || true)
[ -n "$pid" ] || pid=$shell
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
start=$(ticks); sleep "$seconds"; end=$(ticks)
share=$(echo "($end - $start) * 100 / $hz / $seconds" | bc -l)
met=$(echo "$share < 0.5" | bc -l | sed 's/1/yes/; s/0/no/')
printf 'Idle and scale\tidle dashboard, countdowns ticking, %s s at 200×60 (tmux)\t%s\t%.2f%% of a core\t%.2f s of CPU\t< 0.5%% of a core\t%s\t%s\n' \
    "$seconds" "$label" "$share" "$(echo "($end - $start) / $hz" | bc -l)" "$met" "scripts/idle-cpu.sh $*"
