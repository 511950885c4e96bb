#!/usr/bin/env python3
"""Many dashboards at once, as on a control-room server: N dashboards, each in
its own pty, on one directory into which `repatdash replay --loop` writes a
~4 MB snapshot every EVERY seconds (generated_at now, populations drifting from
one file to the next). Over SECONDS seconds, once every dashboard has drawn:
the CPU of the N processes (utime + stime from /proc/PID/stat) as a share of
the whole machine (wall time x cores). Checks afterwards, by replaying each
dashboard's output through a terminal emulator, that every dashboard showed
every snapshot written (its total population on screen), and how soon.

usage: scale.py BINARY FEED_DIR [--dashboards 50] [--seconds 60] [--every 10]
                [--size 120x40] [--label NAME]
FEED_DIR holds the snapshots to replay (`repatdash generate --count 7 ...`).
Prints one row (rows.py).
"""
import argparse, glob, json, os, re, select, shutil, signal, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from ptyio import spawn, read_until_quiet, quit, percentile
from rows import row, command_line
from vt import Terminal

def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)

def rss_kib(pid):
    return int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{pid}/status").read()).group(1))

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("feed")
    parser.add_argument("--dashboards", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--every", type=float, default=10)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    cols, rows = (int(v) for v in args.size.split("x"))
    totals = {os.path.basename(f): sum(c["population"] for d in json.load(open(f))["districts"] for c in d["camps"])
              for f in glob.glob(os.path.join(args.feed, "*.json"))}
    size = max(os.path.getsize(f) for f in glob.glob(os.path.join(args.feed, "*.json")))

    live = tempfile.mkdtemp(prefix="repatdash-scale-")
    replay = subprocess.Popen([args.binary, "replay", "--from", args.feed, "--into", live, "--every", str(args.every),
                               "--loop", "--keep", "5"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    dashboards, output, writes = [], {}, []  # writes: (time, total population of the file)
    def note_write():
        line = replay.stdout.readline()
        source = re.search(r"from (\S+?)\)", line)
        if source:
            writes.append((time.perf_counter(), totals[source.group(1)]))
    try:
        note_write()
        for _ in range(args.dashboards):
            pid, fd, _ = spawn([args.binary, live], cols, rows)
            dashboards.append((pid, fd))
            output[fd] = []
        # Reads everything, time-stamped, until `end`; every dashboard's pty must be drained.
        def pump(end):
            while time.perf_counter() < end:
                ready, _, _ = select.select(list(output) + [replay.stdout], [], [], max(0, end - time.perf_counter()))
                for fd in ready:
                    if fd is replay.stdout:
                        note_write()
                        continue
                    try:
                        output[fd].append((time.perf_counter(), os.read(fd, 65536)))
                    except OSError:
                        pass
        # Start when every dashboard has drawn and the machine has settled.
        deadline = time.perf_counter() + 120
        while time.perf_counter() < deadline and not all(output.values()):
            pump(time.perf_counter() + 0.5)
        pump(time.perf_counter() + 2)
        cores = os.cpu_count()
        before = {pid: cpu_ticks(pid) for pid, _ in dashboards}
        replay_before, start = cpu_ticks(replay.pid), time.perf_counter()
        pump(start + args.seconds)
        wall = time.perf_counter() - start
        used = sum(cpu_ticks(pid) - before[pid] for pid, _ in dashboards) / os.sysconf("SC_CLK_TCK")
        replay_used = (cpu_ticks(replay.pid) - replay_before) / os.sysconf("SC_CLK_TCK")
        rss = percentile([rss_kib(pid) for pid, _ in dashboards], 0.5)
    finally:
        replay.send_signal(signal.SIGTERM)
        replay.wait()
        for pid, fd in dashboards:
            quit(pid, fd)
        shutil.rmtree(live, ignore_errors=True)

    # Every snapshot written inside the window, on every screen before the next one came.
    checked = [(t, total) for t, total in writes if start <= t <= start + wall - 1]
    shown, delays = 0, []
    for _, fd in dashboards:
        terminal, chunks, ok = Terminal(cols, rows), output[fd], True
        i = 0
        for k, (t, total) in enumerate(checked):
            until = checked[k + 1][0] if k + 1 < len(checked) else float("inf")
            while i < len(chunks) and chunks[i][0] < t:
                terminal.feed(chunks[i][1]); i += 1
            seen = None
            while i < len(chunks) and chunks[i][0] < until:
                terminal.feed(chunks[i][1])
                if seen is None and f"{total:,}" in "".join(terminal.screen.display):
                    seen = chunks[i][0] - t
                i += 1
            if seen is None:
                ok = False
            else:
                delays.append(seen * 1000)
        shown += ok
    share = used / (wall * cores) * 100
    row("Idle and scale", f"{args.dashboards} dashboards at {cols}×{rows}, a {size / 1e6:.1f} MB snapshot every "
        f"{args.every:g} s, {wall:.0f} s", args.label, f"{share:.1f}% of the machine ({cores} cores)",
        f"each dashboard {used / args.dashboards / wall * 100:.2f}% of a core; "
        f"{shown}/{args.dashboards} showed all {len(checked)} snapshots"
        + (f", on screen {percentile(delays, 0.5):.0f} ms (median) / {max(delays):.0f} ms (max) after the rename"
           if delays else "") + f"; RSS {rss / 1024:.0f} MiB each; replay (the writer) {replay_used / wall * 100:.1f}% of a core",
        "reported", None, command_line())
    if shown < args.dashboards or not checked:
        sys.exit(1)

if __name__ == "__main__":
    main()
