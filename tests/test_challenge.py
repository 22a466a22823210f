"""The team's written sets (tests/data/CHALLENGE.md): figures gated a little below today's.

Known disagreements on the challenge set, left as they are (each a convention question, not a bug we
know how to fix well): "local time in Kabul" keeps "in Kabul" in its extent; "seven o'clock Eastern time" with no part
of day and no "tonight" read as morning (flagged); habitual "in summer" resolved to a year; "Vision 2030";
a summit "since the pandemic began at 10 a.m. ... on Friday" (the nearest verb is past); "the prior-year
period" in a quarter's report.

The held-out set is scored, never read: its errors are not listed anywhere, so that it keeps
measuring how newstime does on text nobody tuned it on.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.written_sets import DATA, score


# gates a little below today's figures (0.1.0 development tree), in F1:
#   challenge: strict 99.3, relaxed 99.8, type 99.3, value 98.0, zones 30/30
#   dev:       strict 99.0, relaxed 99.5, type 99.0, value 97.0, zones 77/77 (it writes fiscal quarters with
#              an FY prefix and a few other conventions newstime does not follow: tests/data/CHALLENGE.md)
#   zones:     strict 96.9, relaxed 98.6, type 98.0, value 95.3, zones 219/219 (first scored at 95.9, 98.3, 97.7,
#              91.6, zones 203/217; tuned on since)
#   timeml:    strict 95.4, relaxed 97.0, type 95.5, value 90.2 (first scored at 91.1, 95.4, 93.5, 86.2; tuned on
#              since; its annotator marks ages, "annual" and a few other things TimeBank does not)
#   held out:  strict 98.3, relaxed 98.7, type 98.2, value 93.7, zones 34/34 (at the start of the session
#              that wrote it: 95.5, 98.0, 96.6, 89.9)
#   held out 2: strict 96.1, relaxed 98.6, type 97.8, value 94.9, zones 33/37 (never read; 95.0, 98.0, 97.2, 93.7
#              when first scored)
#   held out 3: strict 95.4, relaxed 98.4, type 97.3, value 93.4, zones 85/88 (scored at the end of the session
#              that had it written; never read)
#   held out 4: strict 96.7, relaxed 98.6, type 98.2, value 95.5, zones 74/74 (scored on arrival; never read)
#   held out 5: strict 96.4, relaxed 98.4, type 98.0, value 93.6, zones 114/119 (scored on arrival; never read;
#              92.9 value with the code of the session's start)
#   held out 6: strict 97.8, relaxed 99.1, type 98.4, value 93.1, zones 145/151 (scored on arrival; never read;
#              97.7 / 99.0 / 98.3 / 93.1, zones 144/151 with the code of the session's start)
@pytest.mark.parametrize("name,relaxed,strict,value,zones_missed", [
    ("challenge.jsonl", 0.99, 0.985, 0.975, 1),
    ("dev.jsonl", 0.99, 0.985, 0.965, 1),
    ("zones.jsonl", 0.98, 0.96, 0.94, 1),
    ("timeml.jsonl", 0.97, 0.955, 0.915, 0),
    ("news13.jsonl", 0.98, 0.955, 0.94, 2),  # first score 94.8 / 97.9 / 96.6 / 91.1, zones 51/54; tuned on since
    ("news13b.jsonl", 0.99, 0.975, 0.96, 4),  # first score 98.2 / 99.2 / 99.0 / 96.9, zones 139/142
    ("news13c.jsonl", 0.98, 0.965, 0.945, 4),  # first score 97.3 / 98.5 / 98.4 / 95.5, zones 74/77
    ("news13d.jsonl", 0.975, 0.97, 0.95, 4),  # first score 96.6 / 97.5 / 97.3 / 93.1, zones 78/81
    ("news98.jsonl", 0.98, 0.97, 0.955, 4),  # first score 97.2 / 98.2 / 98.0 / 95.0, zones 73/76
    ("news13e.jsonl", 0.975, 0.955, 0.94, 4),  # first score 95.6 / 98.1 / 97.2 / 93.6, zones 65/68
    ("news98b.jsonl", 0.985, 0.97, 0.96, 2),  # first score 97.5 / 98.9 / 98.0 / 96.8, zones 34/35
    ("news17.jsonl", 0.98, 0.96, 0.94, 4),  # first score 96.1 / 98.3 / 97.8 / 93.6, zones 113/117
    ("news05.jsonl", 0.98, 0.96, 0.945, 4),  # first score 96.1 / 98.1 / 98.1 / 94.7, zones 109/113
    ("news89.jsonl", 0.985, 0.965, 0.93, 13),  # first score 97.1 / 99.0 / 98.3 / 93.2, zones 74/87
    ("zones2.jsonl", 0.98, 0.97, 0.92, 10),  # first score 96.8 / 98.5 / 97.5 / 89.0, zones 316/337 (its first 10 passages seen)
    ("news22.jsonl", 0.98, 0.955, 0.905, 2),  # first score 96.1 / 98.4 / 97.0 / 90.9, zones 158/158
    ("heldout.jsonl", 0.98, 0.978, 0.933, 2),
    ("heldout2.jsonl", 0.98, 0.955, 0.94, 5),
    ("heldout3.jsonl", 0.98, 0.95, 0.945, 5),
    ("heldout4.jsonl", 0.98, 0.965, 0.95, 2),
    ("heldout5.jsonl", 0.98, 0.96, 0.93, 5),
    ("heldout6.jsonl", 0.985, 0.97, 0.925, 7),  # scored on arrival 97.8 / 99.1 / 98.4 / 93.1, zones 145/151; never read
])
def test_written_set_figures(name: str, relaxed: float, strict: float, value: float, zones_missed: int) -> None:
    t = score(DATA / name)
    assert t.f1(t.relaxed) >= relaxed, t.line()
    assert t.f1(t.strict) >= strict, t.line()
    assert t.f1(t.value) >= value, t.line()
    assert t.f1(t.type) >= strict, t.line()
    assert t.tz_right >= t.tz_gold - zones_missed, t.line()


@pytest.mark.parametrize("name,size", [("challenge.jsonl", 220), ("dev.jsonl", 160), ("zones.jsonl", 120), ("timeml.jsonl", 120), ("news13.jsonl", 80), ("news13b.jsonl", 90), ("news13c.jsonl", 40),
                                       ("news13d.jsonl", 40), ("news98.jsonl", 40), ("news13e.jsonl", 40), ("news98b.jsonl", 40),
                                       ("news17.jsonl", 40), ("news05.jsonl", 40), ("news89.jsonl", 40), ("zones2.jsonl", 40),
                                       ("heldout.jsonl", 150), ("heldout2.jsonl", 150),
                                       ("heldout3.jsonl", 150), ("heldout4.jsonl", 100), ("heldout5.jsonl", 40),
                                       ("heldout6.jsonl", 40), ("news22.jsonl", 40)])
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


def test_news22_with_no_anchor_finds_the_datelines_dates() -> None:
    # the 34 passages whose dateline or header gives a date, resolved with no anchor and no zone (first score: 27 of 34
    # anchors, value 90.4)
    t = score(DATA / "news22.jsonl", no_anchor=True)
    assert t.anchors == 34 and t.anchors_right >= 33, t.line()
    assert t.f1(t.value) >= 0.9, t.line()
