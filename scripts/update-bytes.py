#!/usr/bin/env python3
"""Bytes the dashboard writes to its terminal (a real pty) for: the first
frame at 80x24 and 200x60, a new snapshot in which one camp's population
changed, moving the selection one row, drilling into a district (Enter), and
one countdown tick. Each is printed beside its lower bound, the cells that
really changed on the screen (found by feeding the bytes to a terminal
emulator, scripts/bench/vt.py) and the UTF-8 bytes of their characters, and
beside a full repaint of the same screen (Ctrl-L).

The directory starts with two snapshots a minute apart with identical figures;
the third, a minute later, has one camp changed. The clock is fixed with --now
so no tick adds bytes, except for the tick itself: that runs on the real clock
on a copy made by `repatdash replay` (generated_at now, deadlines ahead).

usage: update-bytes.py BINARY SNAPSHOT.json [--label NAME]
Prints rows (scripts/bench/rows.py).
"""
import json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench"))
from ptyio import spawn, read_until_quiet, quit
from rows import row, command_line
from vt import Terminal, changed

NOW = "2025-04-07T21:05:00+05:00"

def write_snapshot(directory, name, snapshot):
    temporary = os.path.join(directory, "." + name + ".tmp")
    with open(temporary, "w") as handle:
        json.dump(snapshot, handle)
    os.rename(temporary, os.path.join(directory, name))

class Session:
    """The dashboard in a pty, its screen mirrored by an emulator."""
    def __init__(self, argv, cols, rows):
        self.size = f"{cols}×{rows}"
        self.pid, self.fd, _ = spawn(argv, cols, rows)
        self.terminal = Terminal(cols, rows)

    def step(self, action=None, first=2.0):
        """Does `action` (bytes to type, or a function), and returns the bytes
        of the update that follows, with the cells and bytes of the bound.
        Without an action, the first frame (nothing is read before)."""
        if action is not None:
            self.terminal.feed(read_until_quiet(self.fd, 0.2)[0])  # whatever came before
        before = self.terminal.cells()
        if callable(action):
            action()
        elif action:
            os.write(self.fd, action)
        data, _ = read_until_quiet(self.fd, 0.3, first=first)
        self.terminal.feed(data)
        return (len(data),) + changed(before, self.terminal.cells())

    def repaint(self):
        """Bytes of a full repaint (Ctrl-L) of the screen as it is."""
        size, cells, _ = self.step(b"\x0c")
        assert cells == 0, "a repaint changed the screen: the emulator is off"
        return size

    def close(self):
        quit(self.pid, self.fd)

def report(label, what, size, measured, repaint):
    sent, cells, text = measured
    row("Bytes", what, f"{label}, {size}", f"{sent:,} B",
        f"lower bound {text:,} B ({cells:,} cells changed); full repaint {repaint:,} B", command=command_line())

def main():
    binary, source = sys.argv[1], sys.argv[2]
    label = sys.argv[sys.argv.index("--label") + 1] if "--label" in sys.argv else os.path.basename(source)
    base = json.load(open(source))
    directory = tempfile.mkdtemp(prefix="repatdash-bytes-")
    try:
        write_snapshot(directory, "a.json", dict(base, generated_at="2025-04-07T21:00:00+05:00"))
        second = dict(base, generated_at="2025-04-07T21:01:00+05:00")
        write_snapshot(directory, "b.json", second)
        argv = [binary, directory, "--now", NOW]

        small = Session(argv, 80, 24)
        first = small.step(first=30)
        report(label, "first frame", small.size, first, small.repaint())
        small.close()

        wide = Session(argv, 200, 60)
        first = wide.step(first=30)
        repaint = wide.repaint()
        report(label, "first frame", wide.size, first, repaint)
        third = json.loads(json.dumps(second))
        third["generated_at"] = "2025-04-07T21:02:00+05:00"
        third["districts"][0]["camps"][0]["population"] += 40  # by_document still sums to at most the population
        report(label, "one camp's population changes (new snapshot)", wide.size,
               wide.step(lambda: write_snapshot(directory, "c.json", third)), repaint)
        report(label, "selection moves one row (j)", wide.size, wide.step(b"j"), repaint)
        drill = wide.step(b"\r")
        report(label, "drill into a district (Enter)", wide.size, drill, wide.repaint())
        wide.close()

        # One countdown tick, on the real clock: the snapshot replayed to now.
        live, copy = os.path.join(directory, "live"), os.path.join(directory, "from")
        os.mkdir(copy)
        shutil.copy(source, copy)
        subprocess.run([binary, "replay", "--from", copy, "--into", live, "--every", "0"], check=True, capture_output=True)
        ticking = Session([binary, live], 200, 60)
        ticking.step(first=30)
        ticks = sorted((ticking.step(b"", first=1.5) for _ in range(5)), key=lambda t: t[0])
        report(label, "one countdown tick (median of 5)", ticking.size, ticks[2], ticking.repaint())
        ticking.close()
    finally:
        shutil.rmtree(directory, ignore_errors=True)

if __name__ == "__main__":
    main()
