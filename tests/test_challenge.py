"""The team's written challenge set (tests/data/CHALLENGE.md): figures gated a little below today's.

Known disagreements left as they are (each a convention question, not a bug we know how to fix well):
"the coming weeks" (gold PXW, newstime FUTURE_REF as TimeBank writes "coming months"); "One year ago
this morning" read as two expressions; "local time in Kabul" keeps "in Kabul" in its extent;
"seven o'clock"/"nine o'clock" with no part of day read as morning; "tomorrow, at 11 a.m." as one
time; habitual "in summer" resolved to a year; "Vision 2030" and "midweek"; a summit "since the
pandemic began at 10 a.m. ... on Friday" (the nearest verb is past).
"""

from __future__ import annotations

import json
import pathlib
from datetime import datetime, timezone
from typing import Any

import newstime

DATA = pathlib.Path(__file__).parent / "data" / "challenge.jsonl"


def _score() -> dict[str, Any]:
    tot = {"gold": 0, "sys": 0, "relaxed": 0, "strict": 0, "value": 0, "type": 0, "tz_n": 0, "tz": 0}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        doc = newstime.resolve(r["text"], anchor=r["anchor"], tz=r["tz"])
        gold, pos = [], 0
        for g in r["gold"]:
            i = r["text"].index(g["text"], pos)
            gold.append((i, i + len(g["text"]), g))
            pos = i + 1
        used: set[int] = set()
        tot["gold"] += len(gold)
        tot["sys"] += len(doc.mentions)
        for gs, ge, g in gold:
            j = next((k for k, m in enumerate(doc.mentions) if k not in used and m.start < ge and gs < m.end), None)
            if j is None:
                continue
            used.add(j)
            m = doc.mentions[j]
            tot["relaxed"] += 1
            tot["strict"] += (m.start, m.end) == (gs, ge)
            tot["value"] += m.value == g["value"]
            tot["type"] += m.type == g["type"]
            if g.get("tz"):
                # the zone is right if it gives the instant the gold zone gives ("CEST": Paris or Berlin alike)
                tot["tz_n"] += 1
                if m.interval is not None and m.tz is not None:
                    wall = m.interval.start.replace(tzinfo=None)
                    want = newstime.tz.localize(wall, g["tz"])[0].astimezone(timezone.utc)
                    tot["tz"] += m.interval.start.astimezone(timezone.utc) == want
    return tot


def test_challenge_set_figures() -> None:
    t = _score()
    p, r = t["relaxed"] / t["sys"], t["relaxed"] / t["gold"]
    f1 = 2 * p * r / (p + r)
    # today (newstime 0.1.0 development tree): relaxed F1 0.995, strict 442/446, value 434/446, type 442/446, zones 28/29
    assert f1 >= 0.98, t
    assert t["strict"] / t["relaxed"] >= 0.97, t
    assert t["value"] / t["relaxed"] >= 0.96, t
    assert t["type"] / t["relaxed"] >= 0.97, t
    assert t["tz"] >= t["tz_n"] - 1, t


def test_challenge_set_is_well_formed() -> None:
    ids = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in ids
        ids.add(r["id"])
        datetime.strptime(r["anchor"], "%Y-%m-%d")
        for g in r["gold"]:
            assert g["text"] in r["text"] and g["type"] in ("DATE", "TIME", "DURATION", "SET"), (r["id"], g)
    assert len(ids) == 220
