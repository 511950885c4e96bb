#!/usr/bin/env python3
"""Bytes the dashboard writes to its terminal (a real pty) when a new
snapshot arrives in which one camp's population changed, at 200x60.

The directory starts with two snapshots a minute apart and identical
figures (so every "change" column reads 0), then a third arrives a minute
later with one camp changed. The clock is fixed with --now so no countdown
tick adds bytes. Prints the bytes of that update beside a full repaint.

usage: update-bytes.py BINARY BUNDLED_SNAPSHOT.json
"""
import fcntl, json, os, pty, select, shutil, struct, sys, tempfile, termios, time
from ptyio import read_until_quiet

def write_snapshot(directory, name, snapshot):
    temporary = os.path.join(directory, "." + name + ".tmp")
    with open(temporary, "w") as handle:
        json.dump(snapshot, handle)
    os.rename(temporary, os.path.join(directory, name))

def main():
    binary, source = sys.argv[1], sys.argv[2]
    cols, rows = 200, 60
    base = json.load(open(source))
    directory = tempfile.mkdtemp(prefix="repatdash-bytes-")
    try:
        first = dict(base, generated_at="2025-04-07T21:00:00+05:00")
        second = dict(base, generated_at="2025-04-07T21:01:00+05:00")
        write_snapshot(directory, "a.json", first)
        write_snapshot(directory, "b.json", second)
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update({"TERM": "xterm-256color", "LANG": "C.UTF-8"})
            os.execv(binary, [binary, directory, "--now", "2025-04-07T21:05:00+05:00"])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        first_frame, _ = read_until_quiet(fd, 0.5)
        read_until_quiet(fd, 0.3)
        third = json.loads(json.dumps(second))
        third["generated_at"] = "2025-04-07T21:02:00+05:00"
        camp = third["districts"][0]["camps"][0]
        camp["population"] += 40  # by_document still sums to at most the population
        write_snapshot(directory, "c.json", third)
        update, _ = read_until_quiet(fd, 0.3)
        # Ctrl-L asks for a full repaint: what an SSH link would carry without diffing.
        os.write(fd, b"\x0c")
        repaint, _ = read_until_quiet(fd, 0.3)
        os.write(fd, b"q")
        os.waitpid(pid, 0)
        print(f"first frame 200x60\t{len(first_frame)} bytes")
        print(f"one camp's population changes\t{len(update)} bytes")
        print(f"full repaint (Ctrl-L)\t{len(repaint)} bytes")
    finally:
        shutil.rmtree(directory, ignore_errors=True)

if __name__ == "__main__":
    main()
