#!/usr/bin/env python3
"""Drives repatdash in a real pseudo-terminal and measures what an operator
feels: time from a key press to the last byte of the screen update, and the
bytes each update sends down the wire.

usage: pty-measure.py BINARY SNAPSHOT_PATH [--size 200x60] [--presses 60]
Prints tab-separated lines: name, median, p99 (ms or bytes), count.
"""
import argparse, fcntl, os, pty, select, struct, sys, termios, time
from ptyio import read_until_quiet

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("snapshots")
    parser.add_argument("--size", default="200x60")
    parser.add_argument("--presses", type=int, default=60)
    args = parser.parse_args()
    cols, rows = (int(v) for v in args.size.split("x"))

    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "LANG": "C.UTF-8"})
        os.execv(args.binary, [args.binary, args.snapshots])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    first, first_end = read_until_quiet(fd, 0.5)
    print(f"first frame {cols}x{rows}\t{(first_end - start) * 1000:.1f} ms\t{len(first)} bytes\t1")

    latencies, sizes = [], []
    for i in range(args.presses):
        # Let the clock tick pass first, so its bytes are not counted as the key's.
        read_until_quiet(fd, 0.05, limit=1.5)
        key = b"j" if i % 2 == 0 else b"k"
        sent = time.perf_counter()
        os.write(fd, key)
        data, last = read_until_quiet(fd, 0.03, limit=2.0)
        if data:
            latencies.append((last - sent) * 1000)
            sizes.append(len(data))
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    def stats(values):
        values = sorted(values)
        return values[len(values) // 2], values[min(len(values) - 1, int(len(values) * 0.99))]
    if latencies:
        median, p99 = stats(latencies)
        print(f"key to finished update (j/k)\t{median:.2f} ms\tp99 {p99:.2f} ms\t{len(latencies)}")
        median, p99 = stats(sizes)
        print(f"bytes per selection move\t{median} bytes\tp99 {p99} bytes\t{len(sizes)}")

if __name__ == "__main__":
    main()
