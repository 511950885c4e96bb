#!/usr/bin/env python3
"""Load of one snapshot by repatdash, Python and jq, side by side in the same
run: in-process (repatdash-bench load, json.load timed inside Python) and whole
process, and peak memory on top of the process's base. Checks that every tool
read the same sum of populations.

Whole process: the commands run interleaved, ours, Python, jq, ours, Python,
jq ..., RUNS times, so a change in the machine's load falls on all alike; the
ratio is taken per pair (Python/ours, jq/ours of the same turn) and a run's
figure is the median of its pair ratios. That run is repeated ROUNDS times
and the table gives the RANGE of the per-run medians (worst to best), never
the best alone; the target counts as met only when the worst run meets it.

usage: load.py BUILD_DIR LABEL FILE RUNS TINY_SNAPSHOT [--rounds N] [--target] [--made-by COMMAND]
  RUNS: timed runs in-process, and pairs per whole-process run.
  --rounds: whole-process runs, each of RUNS pairs (default 5).
  --target: this is the file of the issue's target (5x Python's json.load).
  --made-by: the command that generated FILE, for the table of inputs.
Prints rows (see rows.py); exits 1 when the tools disagree.
"""
import os, shutil, statistics, subprocess, sys, time
from rows import row, ms, times

def run(argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout

def in_process(argv):
    """Lines of name, median ms, min ms, runs, check=N (repatdash-bench load,
    py-load.py), in order, as (name, median, check)."""
    lines = [line.split("\t") for line in run(argv).splitlines()]
    return [(name, float(median), int(check.split("=")[1])) for name, median, _, _, check, *_ in lines]

def wall_ms(argv):
    """One whole-process run, output discarded, in ms. posix_spawn and
    waitpid: no shell, and the least of our own time between start and end."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter_ns()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
        _, status = os.waitpid(pid, 0)
        elapsed = (time.perf_counter_ns() - start) / 1e6
    finally:
        os.close(null)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"load.py: {' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed

def interleaved(commands, pairs):
    """One run: each command once, in turn, `pairs` times, after one untimed
    turn (page cache, dynamic loader's files). Returns each command's times."""
    for argv in commands:
        wall_ms(argv)
    samples = [[] for _ in commands]
    for _ in range(pairs):
        for index, argv in enumerate(commands):
            samples[index].append(wall_ms(argv))
    return samples

def ratio_range(rounds, other):
    """Per run, the median of the pair ratios other/ours; their min and max over the runs."""
    medians = [statistics.median(o / ours for ours, o in zip(run[0], run[other])) for run in rounds]
    return min(medians), max(medians)

def spread(low, high):
    return f"{low:.1f}–{high:.1f}×"

def max_rss_kib(argv, runs=15):
    """Median max RSS of `runs` runs: one run's RSS moves by some 0.3 MiB, more
    than three times the 0.2 MB sample, so a few runs would judge noise."""
    values = []
    for _ in range(runs):
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], check=True, capture_output=True, text=True)
        values.append(int(done.stderr.strip().splitlines()[-1]))
    return statistics.median(values)

# The Python compared with: BENCH_PYTHON (scripts/bench.sh sets it), the
# system's /usr/bin/python3 when there is one (what a Debian server has), not
# `python3` from PATH, which may be a wrapper: here pyenv's shim, a shell
# script that takes 150 ms to start Python, against 15 ms for the interpreter.
python = os.environ.get("BENCH_PYTHON") or ("/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else sys.executable)

def main():
    build, label, path, runs, tiny = sys.argv[1:6]
    target = "--target" in sys.argv
    runs = int(runs)
    here = os.path.dirname(os.path.abspath(__file__))
    repatdash, bench = f"{build}/release/repatdash", f"{build}/release/repatdash-bench"
    py_load = os.path.relpath(os.path.join(here, "py-load.py"))
    size = os.path.getsize(path)

    # The first line is the dashboard's own path; the others are peers in the same process.
    (_, mine, our_sum), *peers = in_process([bench, "load", path, str(runs)])
    (_, py, py_sum), = in_process([python, py_load, path, str(runs)])
    sums = {"repatdash": our_sum, "python": py_sum, "jq": int(run(["jq", "[.districts[].camps[].population]|add", path]))}
    sums.update((name, check) for name, _, check in peers if "parse only" not in name)  # that one counts nodes
    agree = len(set(sums.values())) == 1
    made_by = sys.argv[sys.argv.index("--made-by") + 1] if "--made-by" in sys.argv else ""
    row("input", label, path, f"{size / 1e6:.1f} MB", f"{our_sum:,} in " + ", ".join(sums) if agree else
        "DISAGREE: " + ", ".join(f"{k} {v:,}" for k, v in sums.items()), command=made_by)
    row("Load", "in-process: read, parse, validate, store", label, ms(mine),
        f"Python json.load {ms(py)}, Python/ours {times(py / mine)}; " + ", ".join(f"{n} {ms(m)}" for n, m, _ in peers),
        "≥ 5× Python (≈ 20 ms)" if target else "", (py / mine >= 5) if target else None,
        f"{bench} load {path} {runs}; {py_load} {path} {runs}")

    rounds_count = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    commands = [[repatdash, "validate", path],
                [python, "-c", "import json, sys; json.load(open(sys.argv[1]))", path],
                [shutil.which("jq") or "jq", "length", path]]
    rounds = [interleaved(commands, runs) for _ in range(rounds_count)]
    ours_whole, python_whole, jq_whole = (statistics.median(t for run in rounds for t in run[i]) for i in range(3))
    python_low, python_high = ratio_range(rounds, 1)
    jq_low, jq_high = ratio_range(rounds, 2)
    row("Load", "whole process: repatdash validate FILE", label, ms(ours_whole),
        f"Python/ours {spread(python_low, python_high)}, jq/ours {spread(jq_low, jq_high)} "
        f"(range over {rounds_count} runs of the median of {runs} interleaved pair ratios); "
        f"medians python3 -c json.load {ms(python_whole)}, jq length {ms(jq_whole)}",
        "≥ 5× Python in every run" if target else "", (python_low >= 5) if target else None,
        f"{rounds_count} runs of {runs} turns of " + " / ".join(
            " ".join(f"'{a}'" if " " in a else a for a in argv) for argv in commands))

    base = max_rss_kib([repatdash, "validate", tiny])
    peak = max_rss_kib([repatdash, "validate", path])
    py_base = max_rss_kib([python, "-c", "import json"])
    py_peak = max_rss_kib([python, "-c", f"import json; json.load(open('{path}'))"])
    multiple = (peak - base) * 1024 / size
    row("Load", "peak memory above the process base", label,
        f"{(peak - base) / 1024:.1f} MiB = {times(multiple)} the file",
        f"Python json.load {times((py_peak - py_base) * 1024 / size)} the file", "< 3× the file", multiple < 3,
        f"/usr/bin/time -f %M {repatdash} validate {path}, minus the same on {tiny}")
    sys.exit(0 if agree else 1)

if __name__ == "__main__":
    main()
