"""Reading a program's output from a pseudo-terminal, for the measuring scripts."""
import os, select, time

def read_until_quiet(fd, quiet, limit=10.0):
    """Reads until no byte arrives for `quiet` seconds (or `limit` passes);
    returns (bytes, time of the last byte)."""
    data, last = b"", time.perf_counter()
    end = last + limit
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], quiet)
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
    return data, last
