"""The sample article that ``python -m newstime demo`` resolves.

The story is invented for this project (no real event, no real quotation).  It is
written to show most of what newstime handles in one short text: a dateline, a
weekday placed by tense, a part of day with a zone, a bracketed equivalent in
another zone, anaphora ("the following day"), a modified duration, a boundary
("the end of last year"), a month-day without a year, a clock time in GMT and a
recurring set.

>>> DEMO_TEXT.startswith("MURMANSK, February 12.")
True
>>> DEMO_ANCHOR, DEMO_TZ
('2022-02-12', 'Europe/Moscow')
"""

from __future__ import annotations

__all__ = ["DEMO_ANCHOR", "DEMO_TEXT", "DEMO_TZ"]

#: The publication date the demo resolves against (a Saturday).
DEMO_ANCHOR = "2022-02-12"

#: The zone of the dateline: times with no zone of their own are read in it.
DEMO_TZ = "Europe/Moscow"

#: An invented news story.
DEMO_TEXT = """\
MURMANSK, February 12. Harbour masters from eleven northern ports will open \
a two-day conference on ice-class shipping on Saturday evening, Moscow time, \
the organisers said on Friday.

The first working session is due to begin at about noon Paris time \
(14:00 Moscow time) on Monday. A preparatory meeting last Tuesday lasted \
more than five hours, and the delegations signed a draft agenda the following \
day.

The idea of the conference was first raised at the end of last year, and the \
invitations went out on December 7. A closing press briefing is scheduled for \
2 p.m. GMT on February 15. The organisers have promised to publish a short \
bulletin every Monday until the summer.
"""
