"""Running a program in a pseudo-terminal and reading its output, for the
measuring scripts."""
import fcntl, os, pty, select, signal, struct, termios, time

def spawn(argv, cols, rows, env=None):
    """Starts argv in a new pty of cols x rows (set in the child before exec,
    so the program never sees another size). Returns (pid, fd, start time)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.environ.update({"TERM": "xterm-256color", "LANG": "C.UTF-8"}, **(env or {}))
        os.execv(argv[0], argv)
    return pid, fd, start

def read_until_quiet(fd, quiet, limit=10.0, first=None):
    """Reads until no byte arrives for `quiet` seconds (or `limit` passes);
    returns (bytes, time of the last byte). With `first`, waits up to that
    many seconds for the first byte (a slow update is not missed)."""
    data, last = b"", time.perf_counter()
    end = last + limit
    wait = quiet if first is None else first
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.perf_counter()
        wait = quiet
    return data, last

def quit(pid, fd, key=b"\x03"):
    """Asks the program to quit (Ctrl-C by default: it works in every mode),
    drains its output and reaps it; SIGKILL after 5 s."""
    try:
        os.write(fd, key)
    except OSError:
        pass
    end = time.perf_counter() + 5
    while time.perf_counter() < end:
        read_until_quiet(fd, 0.1, limit=0.5)
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)

def percentile(values, fraction):
    """The value at `fraction` (0.5 = median) of the sorted values."""
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * fraction))]
