"""The team's written sets (tests/data/CHALLENGE.md): figures gated a little below today's.

Known disagreements on the challenge set, left as they are (each a convention question, not a bug we
know how to fix well): "the coming weeks" (gold PXW, newstime FUTURE_REF as TimeBank writes "coming
months"); "One year ago this morning" read as two expressions; "local time in Kabul" keeps "in Kabul"
in its extent; "seven o'clock"/"nine o'clock" with no part of day read as morning (flagged); "tomorrow,
at 11 a.m." as one time; habitual "in summer" resolved to a year; "Vision 2030"; "midweek"; a summit
"since the pandemic began at 10 a.m. ... on Friday" (the nearest verb is past).

The held-out set is scored, never read: its errors are not listed anywhere, so that it keeps
measuring how newstime does on text nobody tuned it on.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.written_sets import DATA, score


def test_challenge_set_figures() -> None:
    t = score(DATA / "challenge.jsonl")
    # today (0.1.0 development tree): strict 98.5, relaxed 99.3, type 98.4, value 96.6, zones 28/29
    assert t.f1(t.relaxed) >= 0.985, t.line()
    assert t.f1(t.strict) >= 0.975, t.line()
    assert t.f1(t.value) >= 0.955, t.line()
    assert t.f1(t.type) >= 0.975, t.line()
    assert t.tz_right >= t.tz_gold - 1, t.line()


def test_dev_set_figures() -> None:
    t = score(DATA / "dev.jsonl")
    # today: strict 97.5, relaxed 99.0, type 98.0, value 92.6, zones 76/77 (written in FY-prefixed fiscal
    # quarters and a few other conventions newstime does not follow: see tests/data/CHALLENGE.md)
    assert t.f1(t.relaxed) >= 0.985, t.line()
    assert t.f1(t.strict) >= 0.97, t.line()
    assert t.f1(t.value) >= 0.92, t.line()
    assert t.tz_right >= t.tz_gold - 2, t.line()


def test_heldout_set_figures() -> None:
    t = score(DATA / "heldout.jsonl")
    # today: strict 97.8, relaxed 98.7, value 93.0, zones 34/34 (at the session's start: 95.5, 98.0, 89.9)
    assert t.f1(t.relaxed) >= 0.98, t.line()
    assert t.f1(t.strict) >= 0.97, t.line()
    assert t.f1(t.value) >= 0.925, t.line()
    assert t.tz_right >= t.tz_gold - 2, t.line()


@pytest.mark.parametrize("name,size", [("challenge.jsonl", 220), ("dev.jsonl", 160), ("heldout.jsonl", 150)])
def test_written_sets_are_well_formed(name: str, size: int) -> None:
    ids = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in ids
        ids.add(r["id"])
        datetime.strptime(r["anchor"], "%Y-%m-%d")
        for g in r["gold"]:
            assert g["text"] in r["text"] and g["type"] in ("DATE", "TIME", "DURATION", "SET"), (r["id"], g)
    assert len(ids) == size
