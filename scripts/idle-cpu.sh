#!/usr/bin/env bash
# CPU used by one idle dashboard (countdowns ticking every second) over
# SECONDS seconds, in a real terminal (tmux), from /proc/PID/stat.
# usage: scripts/idle-cpu.sh BINARY SNAPSHOT_PATH [SECONDS]
set -euo pipefail
bin=$1; path=$2; seconds=${3:-60}
socket=repatdash-idle-$$
tmux -L "$socket" -f /dev/null new-session -d -x 200 -y 60 "$bin $path"
trap 'tmux -L "$socket" kill-server 2>/dev/null' EXIT
sleep 2
shell=$(tmux -L "$socket" display-message -p '#{pane_pid}')
# sh may exec the command itself, so the pane's process can be the dashboard.
pid=$(cut -d' ' -f1 "/proc/$shell/task/$shell/children" 2>/dev/null || true)
[ -n "$pid" ] || pid=$shell
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
start=$(ticks); sleep "$seconds"; end=$(ticks)
used=$(echo "($end - $start) / $hz" | bc -l)
printf 'idle dashboard, %s s at 200x60: %.3f s of CPU = %.3f%% of one core\n' "$seconds" "$used" "$(echo "$used * 100 / $seconds" | bc -l)"
