#!/usr/bin/env bash
# Installs the system packages repatdash needs to build and test, when missing.
# Uses apt-get as root; otherwise says what to install.
set -euo pipefail

need=()
[ -e /usr/include/ncursesw/curses.h ] || need+=(libncurses-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v python3 >/dev/null 2>&1 || need+=(python3)
[ -e /usr/share/zoneinfo/Asia/Karachi ] || need+=(tzdata)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)      # SSH session tests
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v script >/dev/null 2>&1 || need+=(bsdutils)     # raw terminal bytes in tests
[ -x /usr/sbin/nginx ] || need+=(nginx)                  # HTTP(S) source tests (a real web server on loopback)
command -v openssl >/dev/null 2>&1 || need+=(openssl)    # the HTTPS tests' throwaway CA
command -v man >/dev/null 2>&1 || need+=(man-db)         # the installed man page (install tests)
command -v groff >/dev/null 2>&1 || need+=(groff-base)  # man page warnings (install tests)
for extra in "$@"; do
    command -v "$extra" >/dev/null 2>&1 || need+=("$extra")
done

if ! command -v swift >/dev/null 2>&1; then
    echo "repatdash needs the Swift 6.3 toolchain on PATH (swift not found)." >&2
    exit 1
fi

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${need[@]}" >/dev/null
else
    echo "Missing system packages: ${need[*]}" >&2
    echo "Install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
fi
