#!/usr/bin/env python3
"""Startup to first frame: from spawning the dashboard in a new pty until the
last byte of its first frame (output then stays quiet for 0.3 s; the clock is
fixed with --now so no countdown tick extends the frame). Median of RUNS.

usage: startup.py BINARY PATH [RUNS] [SIZE] [LABEL]
Prints one row (rows.py).
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from ptyio import spawn, read_until_quiet, quit, percentile
from rows import row, ms, command_line

def main():
    binary, path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    cols, rows = (int(v) for v in (sys.argv[4] if len(sys.argv) > 4 else "200x60").split("x"))
    label = sys.argv[5] if len(sys.argv) > 5 else os.path.basename(path)
    times, sizes = [], []
    for _ in range(runs):
        pid, fd, start = spawn([binary, path, "--now", "2025-04-07T21:05:00+05:00"], cols, rows)
        data, last = read_until_quiet(fd, 0.3, limit=30, first=30)
        times.append((last - start) * 1000)
        sizes.append(len(data))
        quit(pid, fd)
    median = percentile(times, 0.5)
    row("Idle and scale", f"startup to first frame at {cols}×{rows} (pty)", label, ms(median),
        f"{runs} runs, {ms(min(times))} to {ms(max(times))}; {percentile(sizes, 0.5):,} B",
        "< 150 ms", median < 150, command_line())

if __name__ == "__main__":
    main()
