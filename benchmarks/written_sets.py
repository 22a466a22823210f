#!/usr/bin/env python3
"""Figures on the team's written sets (tests/data/CHALLENGE.md): the challenge and dev sets (development
data), the zones set (development data: clock times and zones) and the two held-out sets (scored, never read). Prints one line per set; asserts nothing.

    python benchmarks/written_sets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.written_sets import DATA, score  # noqa: E402


def main() -> int:
    for name in ("challenge.jsonl", "dev.jsonl", "zones.jsonl", "timeml.jsonl", "news13.jsonl", "news13b.jsonl", "news13c.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"):
        print(f"{name:16} {score(DATA / name).line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
