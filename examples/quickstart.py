#!/usr/bin/env python3
"""newstime in a few lines: resolve a short invented story and print what was found.

    python examples/quickstart.py
"""

from __future__ import annotations

from datetime import timezone

import newstime

TEXT = (
    "GENEVA, March 3. The envoys will meet again on Monday at 10:00 Geneva time, "
    "after talks last Thursday that lasted almost four hours. A first round was held "
    "at the end of last year, and the two sides have spoken every Friday since January."
)


def main() -> None:
    doc = newstime.resolve(TEXT, anchor="2022-03-03", tz="Europe/Zurich")
    a = doc.anchor
    print(f"anchor {a.date} ({a.source}, zone {a.tz})\n")
    for m in doc.mentions:
        print(f"{m.text!r}")
        print(f"    {m.type} value={m.value} mod={m.mod} confidence={m.confidence:.2f}")
        if m.interval is not None:
            utc = m.interval.start.astimezone(timezone.utc)
            print(f"    {m.interval.start.isoformat()} .. {m.interval.end.isoformat()} "
                  f"[{m.interval.grain}, {m.tz}; starts {utc:%Y-%m-%d %H:%M} UTC]")
        if m.duration is not None and m.duration.timedelta is not None:
            print(f"    lasts {m.duration.timedelta}")
    # the same document, as the JSON-ready dictionary and as TimeML
    print()
    print(len(doc.to_dict()["mentions"]), "mentions in to_dict()")
    print(doc.to_timeml().count("<TIMEX3"), "TIMEX3 tags in to_timeml() (the DCT included)")


if __name__ == "__main__":
    main()
