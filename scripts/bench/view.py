#!/usr/bin/env python3
"""The drawing work in-process (repatdash-bench view): one frame at 200x60,
and a key's update + frame + diff before any byte is written.

usage: view.py BUILD_DIR FILE RUNS [LABEL]
Prints rows (rows.py).
"""
from rows import row, ms, in_process

label, command, lines = in_process("view")
for fields in lines:
    name, median, minimum, count, check, p99 = fields[:6]
    median, p99 = float(median), float(p99.split("=")[1])
    one_frame = name.startswith("view")
    row("Draw", f"in-process: {name}", label, f"median {ms(median)}, p99 {ms(p99)}", f"{count} runs, min {ms(float(minimum))}",
        "< 2 ms" if one_frame else "", (median < 2) if one_frame else None, command)
