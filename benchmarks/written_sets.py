#!/usr/bin/env python3
"""Figures on the team's written sets (tests/data/CHALLENGE.md): the challenge and dev sets (development
data), the zones, TimeML and news sets (development data written by helper sessions) and the held-out sets
(scored, never read). Prints one line per set; asserts nothing.

    python benchmarks/written_sets.py            # every set
    python benchmarks/written_sets.py --dev      # the development sets only (safe to run while tuning)
    python benchmarks/written_sets.py news13c    # the sets named

news22 is also scored with no anchor and no zone given (its datelines give them), with the anchors found right.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.written_sets import DATA, score  # noqa: E402

DEV = ("challenge", "dev", "zones", "timeml", "news13", "news13b", "news13c", "news13d", "news98", "news13e", "news98b", "news17", "news05", "news89", "zones2", "news22")
# sets whose datelines give their date: also scored with no anchor and no zone given (newstime finds both)
NO_ANCHOR = ("news22",)
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")


def main(argv: list[str]) -> int:
    names = list(DEV) if "--dev" in argv else [a.removesuffix(".jsonl") for a in argv if not a.startswith("-")]
    for name in names or DEV + HELD_OUT:
        if not (DATA / f"{name}.jsonl").is_file():
            print(f"no such set: {name} (sets: {', '.join(DEV + HELD_OUT)})", file=sys.stderr)
            return 2
        print(f"{name + '.jsonl':16} {score(DATA / f'{name}.jsonl').line()}")
        if name in NO_ANCHOR:
            print(f"{name + ' no anchor':16} {score(DATA / f'{name}.jsonl', no_anchor=True).line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
