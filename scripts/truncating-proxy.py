#!/usr/bin/env python3
"""A tiny HTTP proxy for tests: relays each request to a server on loopback
and, while the file named by --cut-flag exists, cuts every 200 body short:
it sends the upstream head (with its full Content-Length) and half the body,
then closes the connection, as a dropped link or a crashed cache would.
While the file named by --stall-flag exists, it sends the head of each answer
and then nothing for --stall-seconds (a server that hangs), then closes.

Bounded: it serves at most --max-connections connections and exits after
--max-seconds seconds, whatever happens. Loopback only.

    truncating-proxy.py --port-file F --upstream PORT --cut-flag FLAG
"""
import argparse
import os
import socket
import time


def read_head(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
        if len(data) > 1 << 20:
            break
    return data


def fetch_upstream(port, head):
    lines = head.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    # One request per connection, and no gzip: the upstream then sends a Content-Length the proxy can betray.
    kept = [lines[0]] + [line for line in lines[1:] if line and not line.lower().startswith((b"connection:", b"accept-encoding:"))]
    request = b"\r\n".join(kept + [b"Connection: close", b"", b""])
    upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
    upstream.sendall(request)
    response = b""
    while True:
        chunk = upstream.recv(65536)
        if not chunk:
            break
        response += chunk
    upstream.close()
    return response


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--upstream", type=int, required=True)
    parser.add_argument("--cut-flag", required=True)
    parser.add_argument("--stall-flag", default="")
    parser.add_argument("--stall-seconds", type=float, default=20)
    parser.add_argument("--max-connections", type=int, default=500)
    parser.add_argument("--max-seconds", type=float, default=300)
    options = parser.parse_args()

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    with open(options.port_file + ".tmp", "w") as handle:
        handle.write(str(listener.getsockname()[1]))
    os.rename(options.port_file + ".tmp", options.port_file)

    deadline = time.monotonic() + options.max_seconds
    served = 0
    while served < options.max_connections and time.monotonic() < deadline:
        listener.settimeout(max(0.1, deadline - time.monotonic()))
        try:
            client, _ = listener.accept()
        except socket.timeout:
            break
        served += 1
        client.settimeout(10)
        try:
            head = read_head(client)
            if not head:
                continue
            response = fetch_upstream(options.upstream, head)
            response_head, _, body = response.partition(b"\r\n\r\n")
            if options.stall_flag and os.path.exists(options.stall_flag):
                client.sendall(response_head + b"\r\n\r\n")
                time.sleep(min(options.stall_seconds, max(0, deadline - time.monotonic())))
            elif os.path.exists(options.cut_flag) and response_head.startswith(b"HTTP/1.1 200"):
                client.sendall(response_head + b"\r\n\r\n" + body[: len(body) // 2])
            else:
                client.sendall(response)
        except OSError:
            pass
        finally:
            client.close()


if __name__ == "__main__":
    main()
