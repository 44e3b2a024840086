"""Run every benchmark on the large district and print their medians (not part of the test suite).

python -m benchmarks.run
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ("startup", "workspace", "norms", "memory", "today", "calendar", "documents", "sync")


def main() -> None:
    for name in BENCHMARKS:
        print(f"\n== {name} ==", flush=True)
        subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], check=True)


if __name__ == "__main__":
    main()
