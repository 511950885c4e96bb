#!/usr/bin/env python3
"""Many dashboards following one URL: N dashboards, each in its own pty,
polling one snapshot served by a private nginx on loopback every INTERVAL
seconds, the snapshot unchanged (so every poll after the first is a 304).
Over SECONDS seconds, once every dashboard has drawn: the CPU of nginx (master
and worker) and of the N dashboards as a share of the whole machine (wall
time x cores), the requests per second nginx answered, and the bytes per idle
poll on the wire (request bytes read by nginx + response bytes it sent, from
its access log). nginx runs in the foreground with its own configuration,
logs and PID file in a temporary directory, and is stopped at the end.

usage: http-poll.py BINARY SNAPSHOT [--dashboards 50] [--seconds 60]
                    [--interval 1] [--size 120x40] [--label NAME]
Prints rows (rows.py).
"""
import argparse, os, shutil, signal, socket, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from ptyio import spawn, read_until_quiet, quit
from rows import row, command_line

def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime

def children(pid):
    try:
        return [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        return []

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

def start_nginx(directory, port):
    root = os.path.join(directory, "www")
    os.makedirs(os.path.join(directory, "temp"), exist_ok=True)
    with open(os.path.join(directory, "nginx.conf"), "w") as conf:
        conf.write(f"""daemon off;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format bench '$status $request_length $bytes_sent';
    access_log {directory}/access.log bench;
    client_body_temp_path {directory}/temp/body;
    proxy_temp_path {directory}/temp/proxy;
    fastcgi_temp_path {directory}/temp/fastcgi;
    uwsgi_temp_path {directory}/temp/uwsgi;
    scgi_temp_path {directory}/temp/scgi;
    types {{ application/json json; }}
    gzip on; gzip_types application/json;
    keepalive_timeout 75s;
    server {{ listen 127.0.0.1:{port}; root {root}; add_header Cache-Control no-cache; }}
}}
""")
    process = subprocess.Popen(["/usr/sbin/nginx", "-p", directory, "-c", os.path.join(directory, "nginx.conf"),
                                "-e", os.path.join(directory, "error.log")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    sys.exit("nginx did not start: " + open(os.path.join(directory, "error.log")).read())

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("snapshot")
    parser.add_argument("--dashboards", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--interval", type=int, default=1)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    cols, rows = (int(v) for v in args.size.split("x"))
    directory = tempfile.mkdtemp(prefix="repatdash-http-bench-")
    os.chmod(directory, 0o755)
    os.makedirs(os.path.join(directory, "www"), mode=0o755)
    shutil.copyfile(args.snapshot, os.path.join(directory, "www", "latest.json"))
    os.chmod(os.path.join(directory, "www", "latest.json"), 0o644)
    port = free_port()
    nginx = start_nginx(directory, port)
    url = f"http://127.0.0.1:{port}/latest.json"
    dashboards = []
    env = dict(os.environ, REPATDASH_CONFIG="none", TERM="xterm-256color", LANG="C.UTF-8")
    try:
        for _ in range(args.dashboards):
            pid, fd, _ = spawn([args.binary, url, "--poll-interval", str(args.interval)], cols, rows, env=env)
            dashboards.append((pid, fd))
        for _, fd in dashboards:  # every dashboard has drawn its first frame
            read_until_quiet(fd, 0.5, limit=30, first=30)
        log = os.path.join(directory, "access.log")
        nginx_pids = [nginx.pid] + children(nginx.pid)
        before_lines = sum(1 for _ in open(log))
        ticks = lambda pids: sum(cpu_ticks(p) for p in pids)
        nginx_before, dash_before = ticks(nginx_pids), ticks([p for p, _ in dashboards])
        start = time.perf_counter()
        end = start + args.seconds
        while time.perf_counter() < end:  # drain the ptys so no dashboard blocks on output
            for _, fd in dashboards:
                read_until_quiet(fd, 0.0, limit=0.01)
            time.sleep(0.2)
        wall = time.perf_counter() - start
        nginx_after, dash_after = ticks(nginx_pids), ticks([p for p, _ in dashboards])
        lines = open(log).read().split("\n")[before_lines:]
        polls = [line.split() for line in lines if line.strip()]
        idle = [p for p in polls if p[0] == "304"]
        hz, cores = os.sysconf("SC_CLK_TCK"), os.cpu_count()
        share = lambda delta: 100.0 * delta / hz / (wall * cores)
        label = args.label or os.path.basename(args.snapshot)
        command = command_line()
        row("HTTP source", f"{args.dashboards} dashboards polling every {args.interval} s: nginx CPU", label,
            f"{share(nginx_after - nginx_before):.2f} % of {cores} cores", command=command)
        row("HTTP source", f"{args.dashboards} dashboards polling every {args.interval} s: dashboards' CPU", label,
            f"{share(dash_after - dash_before):.2f} % of {cores} cores", command=command)
        row("HTTP source", "requests answered per second (304 share)", label,
            f"{len(polls) / wall:.1f}/s ({100.0 * len(idle) / max(1, len(polls)):.0f} % 304)", command=command)
        if idle:
            request = sum(int(p[1]) for p in idle) / len(idle)
            response = sum(int(p[2]) for p in idle) / len(idle)
            row("HTTP source", "bytes per idle poll (request + 304 response, HTTP level)", label,
                f"{request + response:.0f} B ({request:.0f} + {response:.0f})", command=command)
    finally:
        for pid, fd in dashboards:
            quit(pid, fd, key=b"q")
        nginx.send_signal(signal.SIGTERM)
        try:
            nginx.wait(timeout=10)
        except subprocess.TimeoutExpired:
            nginx.kill()
        shutil.rmtree(directory, ignore_errors=True)

if __name__ == "__main__":
    main()
