#!/usr/bin/env python3
"""The shift's history (repatdash-bench history): bytes kept per snapshot per
camp, and the time to record one snapshot's figures.

usage: history.py BUILD_DIR FILE SNAPSHOTS [LABEL]
Prints rows (rows.py).
"""
from rows import row, ms, in_process

label, command, lines = in_process("history")
for fields in lines:
    if fields[0].startswith("history bytes"):
        figures, resident, count, camps = float(fields[1]), float(fields[2]), fields[3], fields[4]
        row("Memory", "history: bytes per snapshot per camp", label,
            f"{figures:.2f} B kept, {resident:.2f} B resident", f"{count} snapshots, {camps}", "≤ 8 B", resident <= 8, command)
    else:
        median, minimum, runs = float(fields[1]), float(fields[2]), fields[3]
        row("Memory", "history: record one snapshot", label, f"median {ms(median)}", f"{runs} runs, min {ms(minimum)}", "", None, command)
