#!/usr/bin/env python3
"""Python's json.load on a snapshot, timed in-process like repatdash-bench
load (one warm-up read, then RUNS timed reads). Prints the same tab-separated
line: name, median ms, min ms, runs, check=sum of camp populations.

usage: py-load.py FILE [RUNS]
"""
import json, sys, time

path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
json.load(open(path))
times = []
for _ in range(runs):
    start = time.perf_counter()
    with open(path) as handle:
        data = json.load(handle)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
check = sum(camp["population"] for district in data["districts"] for camp in district["camps"])
print(f"python3 json.load\t{times[len(times) // 2]:.3f}\t{times[0]:.3f}\t{runs}\tcheck={check}")
