#!/usr/bin/env python3
"""Load of one snapshot by repatdash, Python and jq, side by side in the same
run: in-process (repatdash-bench load, json.load timed inside Python) and whole
process (hyperfine, or a timed loop without it), and peak memory on top of the
process's base. Checks that every tool read the same sum of populations.

usage: load.py BUILD_DIR LABEL FILE RUNS TINY_SNAPSHOT [--target] [--made-by COMMAND]
  --target: this is the file of the issue's target (5x Python's json.load).
  --made-by: the command that generated FILE, for the table of inputs.
Prints rows (see rows.py); exits 1 when the tools disagree.
"""
import json, os, shlex, shutil, statistics, subprocess, sys, tempfile, time
from rows import row, ms, times

def run(argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout

def in_process(argv):
    """Lines of name, median ms, min ms, runs, check=N (repatdash-bench load,
    py-load.py), in order, as (name, median, check)."""
    lines = [line.split("\t") for line in run(argv).splitlines()]
    return [(name, float(median), int(check.split("=")[1])) for name, median, _, _, check, *_ in lines]

def whole_process(commands, runs):
    """Median wall time (ms) of each command line, whole process, output discarded."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            done = subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "1", "--runs", str(runs),
                                   "--export-json", out.name, *commands], capture_output=True, text=True)
            if done.returncode != 0:  # its warnings about outliers are left out when all went well
                sys.exit(f"hyperfine failed:\n{done.stdout}{done.stderr}")
            return [r["median"] * 1000 for r in json.load(open(out.name))["results"]]
    medians = []
    for command in commands:
        argv = shlex.split(command)
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            samples.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(samples))
    return medians

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
python = os.environ.get("BENCH_PYTHON") or sys.executable

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

    commands = [f"{repatdash} validate {path}",
                f"{python} -c 'import json, sys; json.load(open(sys.argv[1]))' {path}",
                f"jq length {path}"]
    ours_whole, python_whole, jq_whole = whole_process(commands, runs)
    tool = "hyperfine -N --warmup 1 --runs" if shutil.which("hyperfine") else "timed loop of"
    row("Load", "whole process: repatdash validate FILE", label, ms(ours_whole),
        f"python3 -c json.load {ms(python_whole)}, Python/ours {times(python_whole / ours_whole)}; "
        f"jq length {ms(jq_whole)}, jq/ours {times(jq_whole / ours_whole)}", command=
        f"{tool} {runs} " + " ".join(f'"{c}"' if "'" in c else f"'{c}'" for c in commands))

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
