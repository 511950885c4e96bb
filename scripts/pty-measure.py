#!/usr/bin/env python3
"""Drives repatdash in a real pseudo-terminal and measures what an operator
feels: time from a key press to the last byte of the screen update (the
update is over when 30 ms pass without output), and the bytes it sends.

usage: pty-measure.py BINARY SNAPSHOT [--size 200x60] [--label NAME]
                      [--seq NAME KEYS ROUNDS]...
KEYS is a space-separated sequence sent ROUNDS times, each key timed: a
character, or Enter, BS, Esc, Up, Down. Default sequences: j/k (moving the
selection), s (sorting by the next column), and typing a filter: / a n BS BS
Enter. The clock is fixed at the snapshot's generated_at (--now), so no
countdown tick lands inside a key's update. Prints rows (scripts/bench/rows.py).
"""
import argparse, os, re, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench"))
from ptyio import spawn, read_until_quiet, quit, percentile
from rows import row, ms, command_line

KEYS = {"Enter": b"\r", "BS": b"\x7f", "Esc": b"\x1b", "Up": b"\x1b[A", "Down": b"\x1b[B"}
DEFAULT = [("j/k (selection)", "j k", "100"), ("s (sort)", "s", "30"), ("/ filter typed", "/ a n BS BS Enter", "15")]

def generated_at(path):
    """The snapshot's own time, from its first bytes (a directory: none)."""
    if os.path.isdir(path):
        return None
    match = re.search(rb'"generated_at"\s*:\s*"([^"]+)"', open(path, "rb").read(65536))
    return match and match.group(1).decode()

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("snapshot")
    parser.add_argument("--size", default="200x60")
    parser.add_argument("--label", default="")
    parser.add_argument("--seq", nargs=3, action="append", metavar=("NAME", "KEYS", "ROUNDS"))
    args = parser.parse_args()
    cols, rows = (int(v) for v in args.size.split("x"))
    now = generated_at(args.snapshot)

    pid, fd, _ = spawn([args.binary, args.snapshot] + (["--now", now] if now else []), cols, rows)
    read_until_quiet(fd, 0.5, limit=60, first=60)
    for name, keys, rounds in args.seq or DEFAULT:
        latencies, sizes, silent = [], [], 0
        for _ in range(int(rounds)):
            for key in keys.split():
                read_until_quiet(fd, 0.05, limit=1.5)  # anything still pending is not this key's
                sent = time.perf_counter()
                os.write(fd, KEYS.get(key, key.encode()))
                data, last = read_until_quiet(fd, 0.03, limit=5.0, first=2.0)
                if data:
                    latencies.append((last - sent) * 1000)
                    sizes.append(len(data))
                else:
                    silent += 1
        if not latencies:
            row("Draw", f"key → finished terminal update: {name}", args.label, "no output", command=command_line())
            continue
        p99 = percentile(latencies, 0.99)
        row("Draw", f"key → finished terminal update: {name}", args.label,
            f"median {ms(percentile(latencies, 0.5))}, p99 {ms(p99)}",
            f"{len(latencies)} keys at {cols}×{rows}, median {percentile(sizes, 0.5):,} B each"
            + (f", {silent} with no output" if silent else ""),
            "p99 < 10 ms", p99 < 10, command_line())
    quit(pid, fd)

if __name__ == "__main__":
    main()
