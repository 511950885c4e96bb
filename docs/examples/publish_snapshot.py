#!/usr/bin/env python3
"""publish_snapshot.py DIR: writes a snapshot into DIR atomically."""
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone


def publish(snapshot: dict, directory: str) -> str:
    name = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ") + ".json"
    # Same directory (a rename is atomic only within one file system), and a
    # name the dashboard skips: it starts with a dot and ends in .tmp.
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            # allow_nan=False: NaN and Infinity are not JSON.
            json.dump(snapshot, f, ensure_ascii=False, allow_nan=False, indent=1)
            f.flush()
            os.fsync(f.fileno())  # on disk before it gets its name
        check = subprocess.run(["repatdash", "validate", "--json", tmp],
                               capture_output=True, text=True)
        if check.returncode != 0:  # 1: invalid, 2: usage error
            result = json.loads(check.stdout) if check.returncode == 1 else None
            problems = result["files"][0]["problems"] if result else [check.stderr]
            raise ValueError(f"snapshot not published: {problems}")
        os.chmod(tmp, 0o644)  # mkstemp makes the file 0600
        os.replace(tmp, os.path.join(directory, name))  # atomic rename
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return os.path.join(directory, name)


def main() -> None:
    karachi = timezone(timedelta(hours=5))
    now = datetime.now(karachi).replace(microsecond=0)
    snapshot = {
        "schema_version": 1,
        "generated_at": now.isoformat(),  # 2025-04-07T21:00:00+05:00
        "timezone": "Asia/Karachi",
        "source": "Example producer (publish_snapshot.py)",
        "districts": [{
            "id": "kp-peshawar", "name": "Peshawar", "province": "Khyber Pakhtunkhwa",
            "camps": [{
                "id": "kp-peshawar-khazana", "name": "Khazana", "status": "open",
                "population": 14210, "households": 2380,  # int, never float
                "by_document": {"por": 11020, "acc": 2150, "undocumented": 1040},
            }],
        }],
        "crossings": [{"date": now.date().isoformat(), "point": "Torkham",
                       "total": 3120, "deported": 410}],
        "deadlines": [{"id": "por-extension", "title": "PoR cards: end of extended validity",
                       "due": (now + timedelta(days=30)).isoformat(), "applies_to": "por"}],
    }
    print(publish(snapshot, sys.argv[1]))


if __name__ == "__main__":
    main()
