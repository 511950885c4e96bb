#!/usr/bin/env python3
"""The shift's history (repatdash-bench history): bytes kept per snapshot per
camp, and the time to record one snapshot's figures.

usage: history.py BUILD_DIR FILE SNAPSHOTS [LABEL]
Prints rows (rows.py).
"""
import subprocess, sys
from rows import row, ms

build, path, snapshots = sys.argv[1:4]
label = sys.argv[4] if len(sys.argv) > 4 else path
argv = [f"{build}/release/repatdash-bench", "history", path, snapshots]
for line in subprocess.run(argv, check=True, capture_output=True, text=True).stdout.splitlines():
    fields = line.split("\t")
    if fields[0].startswith("history bytes"):
        figures, resident, count, camps = float(fields[1]), float(fields[2]), fields[3], fields[4]
        row("Memory", "history: bytes per snapshot per camp", label,
            f"{figures:.2f} B kept, {resident:.2f} B resident", f"{count} snapshots, {camps}", "≤ 8 B", resident <= 8, " ".join(argv))
    else:
        median, minimum, runs = float(fields[1]), float(fields[2]), fields[3]
        row("Memory", "history: record one snapshot", label, f"median {ms(median)}", f"{runs} runs, min {ms(minimum)}", "", None, " ".join(argv))
