"""Scoring of the team's written sets (tests/data/CHALLENGE.md): gold expressions given by their text.

Used by tests/test_challenge.py and by benchmarks/written_sets.py, which prints the figures.
"""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass
from datetime import timezone

import newstime
from newstime.tz import localize

DATA = pathlib.Path(__file__).parent / "data"


@dataclass
class Figures:
    gold: int = 0
    system: int = 0
    relaxed: int = 0  # gold and system mentions that overlap, paired one to one in text order
    strict: int = 0  # ... with the same extent
    value: int = 0  # ... with the same TIMEX3 value
    type: int = 0
    tz_gold: int = 0  # gold expressions with a zone
    tz_right: int = 0  # ... whose instant newstime gives right
    anchors: int = 0  # passages resolved with no anchor (``no_anchor``)
    anchors_right: int = 0  # ... whose publication date newstime found

    def f1(self, hits: int) -> float:
        p, r = hits / self.system if self.system else 0.0, hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"gold {self.gold} system {self.system} | strict F1 {100 * self.f1(self.strict):.1f} "
                f"relaxed F1 {100 * self.f1(self.relaxed):.1f} type F1 {100 * self.f1(self.type):.1f} "
                f"value F1 {100 * self.f1(self.value):.1f} | zones {self.tz_right}/{self.tz_gold}"
                + (f" | anchors {self.anchors_right}/{self.anchors}" if self.anchors else ""))


def score(path: pathlib.Path, no_anchor: bool = False) -> Figures:
    """The set's figures; with ``no_anchor``, only the passages whose dateline gives a date ("dateline_has_date"),
    resolved with no anchor and no zone: newstime finds both in the text."""
    t = Figures()
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if no_anchor:
            if not r.get("dateline_has_date"):
                continue
            doc = newstime.resolve(r["text"])
            t.anchors += 1
            t.anchors_right += doc.anchor.date is not None and doc.anchor.date.isoformat() == r["anchor"]
        else:
            doc = newstime.resolve(r["text"], anchor=r["anchor"], tz=r["tz"])
        gold, pos = [], 0
        for g in r["gold"]:
            i = r["text"].index(g["text"], pos)
            gold.append((i, i + len(g["text"]), g))
            pos = i + 1
        used: set[int] = set()
        t.gold += len(gold)
        t.system += len(doc.mentions)
        for gs, ge, g in gold:
            j = next((k for k, m in enumerate(doc.mentions) if k not in used and m.start < ge and gs < m.end), None)
            if j is None:
                continue
            used.add(j)
            m = doc.mentions[j]
            t.relaxed += 1
            t.strict += (m.start, m.end) == (gs, ge)
            t.value += m.value == g["value"]
            t.type += m.type == g["type"]
            if g.get("tz"):
                # right if it gives the instant the gold zone gives ("CEST": Paris or Berlin alike)
                t.tz_gold += 1
                if m.interval is not None and m.tz is not None:
                    want = localize(m.interval.start.replace(tzinfo=None), g["tz"])[0].astimezone(timezone.utc)
                    t.tz_right += m.interval.start.astimezone(timezone.utc) == want
    return t
