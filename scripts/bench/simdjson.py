#!/usr/bin/env python3
"""Our in-process load against simdjson's DOM parser (C++, the fastest
parser we know of) and Python's json.load, on the same file, pretty-printed
and compact. What is compared: ours reads, parses, validates every rule of
the snapshot format and builds the model; simdjson reads, parses (syntax and
UTF-8 checked) into a DOM and walks it to sum the populations; Python reads
and parses into dicts. All three print that sum, which must agree.

simdjson is a bench dependency only (libsimdjson-dev, see deps.sh): the
program (simdjson-load.cpp) is compiled here with the system C++ compiler.

usage: simdjson.py BUILD_DIR RUNS LABEL SPELLING=FILE...
  e.g. simdjson.py .build 15 1,000×20 compact=a.json pretty=b.json
Prints one row per file (see rows.py); exits 1 when the tools disagree.
"""
import os, shutil, subprocess, sys
from rows import row, ms, times

here = os.path.dirname(os.path.abspath(__file__))
python = os.environ.get("BENCH_PYTHON") or sys.executable

def timed(argv):
    """(median ms, check) of the one line a load timer prints."""
    line = subprocess.run(argv, check=True, capture_output=True, text=True).stdout.splitlines()[0].split("\t")
    return float(line[1]), int(line[4].split("=")[1])

def compile_simdjson(build):
    source = os.path.join(here, "simdjson-load.cpp")
    binary = os.path.join(build, "simdjson-load")
    if not os.path.exists(binary) or os.path.getmtime(binary) < os.path.getmtime(source):
        compiler = shutil.which("g++") or shutil.which("clang++") or sys.exit("simdjson.py needs g++ or clang++")
        subprocess.run([compiler, "-O3", "-std=c++17", "-o", binary, source, "-lsimdjson"], check=True)
    return binary

def main():
    build, runs, label = sys.argv[1:4]
    files = [argument.split("=", 1) for argument in sys.argv[4:]]
    simdjson = compile_simdjson(build)
    bench = f"{build}/release/repatdash-bench"
    py_load = os.path.relpath(os.path.join(here, "py-load.py"))
    agree = True
    for spelling, file in files:
        ours, our_sum = timed([bench, "load-only", file, runs])
        theirs, their_sum = timed([simdjson, file, runs])
        py, py_sum = timed([python, py_load, file, runs])
        same = our_sum == their_sum == py_sum
        agree = agree and same
        met = py / ours >= 10 and ours / theirs <= 1.5
        row("Load", "in-process: ours (read, parse, validate, model) against simdjson (read, parse, DOM walk)",
            f"{label} {spelling}", ms(ours),
            f"simdjson {ms(theirs)}, ours/simdjson {times(ours / theirs)}; "
            f"Python json.load {ms(py)}, Python/ours {times(py / ours)}"
            + ("" if same else f"; DISAGREE: ours {our_sum:,}, simdjson {their_sum:,}, Python {py_sum:,}"),
            "≤ 1.5× simdjson and ≥ 10× Python", met and same,
            f"{bench} load-only {file} {runs}; {simdjson} {file} {runs}; {python} {py_load} {file} {runs}")
    sys.exit(0 if agree else 1)

if __name__ == "__main__":
    main()
