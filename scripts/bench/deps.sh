#!/usr/bin/env bash
# What `make bench` needs beyond `make test`: jq and hyperfine (the tools
# compared and the whole-process timer), GNU time (peak memory), and pyte (a
# terminal emulator in Python, to count the cells an update changed), and
# libsimdjson-dev with a C++ compiler (simdjson.py compares our decoder with
# simdjson's; never a dependency of repatdash itself).
# Debian packages through apt-get as root; pyte from PyPI into PYLIB.
# usage: scripts/bench/deps.sh PYLIB
set -euo pipefail
pylib=$1

need=()
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v bc >/dev/null 2>&1 || need+=(bc)
[ -e /usr/include/simdjson.h ] || need+=(libsimdjson-dev)
command -v g++ >/dev/null 2>&1 || command -v clang++ >/dev/null 2>&1 || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing: ${need[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "bench needs: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
        exit 1
    fi
fi

if ! PYTHONPATH=$pylib python3 -c 'import pyte' 2>/dev/null; then
    echo "Installing pyte into $pylib" >&2
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target "$pylib" pyte >&2 ||
        { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq python3-pyte >/dev/null; }
fi
