#!/bin/sh
# publish-snapshot.sh DIR < snapshot.json
# Puts the snapshot read from standard input into DIR, under its final name
# only once it is complete and valid.
set -eu
dir=$1
name=$(date -u +%Y-%m-%dT%H%M%SZ).json

# Same directory (a rename is atomic only within one file system), and a name
# the dashboard skips: it starts with a dot and ends in .tmp.
tmp=$(mktemp "$dir/.$name.XXXXXX.tmp")
trap 'rm -f "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

cat > "$tmp"
repatdash validate "$tmp" >&2   # exit status 1 when invalid: set -e stops here
chmod 644 "$tmp"                # mktemp makes the file 0600
mv "$tmp" "$dir/$name"          # rename(2): the dashboard sees the whole file or none
echo "$dir/$name"
