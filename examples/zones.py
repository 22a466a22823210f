#!/usr/bin/env python3
"""Time zones in newstime: how zone phrases are read, and what the flags on a mention say.

    python examples/zones.py

Every sentence here is made up.  See docs/zones.md for the rules.
"""

from __future__ import annotations

from datetime import datetime, timezone

import newstime
from newstime.tz import localize


def heading(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))


def show_zone(phrase: str) -> None:
    ref = newstime.zone_for(phrase)
    if ref is None:
        print(f"  {phrase!r:28} -> (no zone)")
        return
    extra = []
    if ref.literal is not None:
        sign = "+" if ref.literal >= 0 else "-"
        h, m = divmod(abs(ref.literal), 60)
        extra.append(f"literal UTC{sign}{h:02d}:{m:02d}")
    if ref.alternatives:
        extra.append("also " + ", ".join(ref.alternatives))
    if ref.note:
        extra.append(ref.note)
    tail = f"  [{'; '.join(extra)}]" if extra else ""
    print(f"  {phrase!r:28} -> {ref.key:22} ({ref.kind}){tail}")


def show_times(text: str, anchor: str | None = None, **kw: object) -> None:
    given = f"   (anchor {anchor}" + "".join(f", {k}={v!r}" for k, v in kw.items()) + ")" if anchor else ""
    print(f"  {text}{given}")
    doc = newstime.resolve(text, anchor, **kw)  # type: ignore[arg-type]
    for m in doc.mentions:
        if m.type != "TIME" or m.interval is None:
            continue
        start = m.interval.start
        flags = ", ".join(m.flags) or "-"
        print(f"    {m.text!r:24} {start.isoformat()}  = {start.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC"
              f"  tz={m.tz}  flags: {flags}")


def main() -> None:
    print("newstime zones: from a phrase in the text to an IANA zone, then to an instant")

    heading("Places: '<place> time' (the hand table first, then the GeoNames gazetteer)")
    for phrase in ("Moscow time", "Paris time", "Kyiv time", "local time in Kabul", "Nagpur time",
                   "Kharkiv time", "Ukrainian time", "Russia time", "Mars time"):
        show_zone(phrase)

    heading("Old spellings")
    for phrase in ("Kiev time", "Peking time", "Bombay time", "Calcutta time", "Kharkov time", "Odessa time"):
        show_zone(phrase)

    heading("Capitals whose zone key names another city")
    for phrase in ("Beijing time", "New Delhi time", "Washington time", "Ottawa time", "Canberra time",
                   "Bern time", "Abuja time", "Brasilia time"):
        show_zone(phrase)

    heading("Abbreviations: generic ones follow the zone, literal ones name one offset; some are ambiguous")
    for phrase in ("MSK", "GMT", "ET", "CET", "CEST", "EST", "IST", "CST", "BST"):
        show_zone(phrase)
    ref = newstime.zone_for("IST", region="Asia/Jerusalem")
    assert ref is not None
    print(f"  'IST' in a document whose zone is Asia/Jerusalem -> {ref.key} (not taken: {', '.join(ref.alternatives)})")

    heading("Offsets")
    for phrase in ("GMT+3", "GMT + 3", "UTC-05:30", "UTC+5:45", "UTC+15"):
        show_zone(phrase)

    heading("Ambiguous abbreviations in text: the readings not taken are listed in a flag")
    show_times("The statement came at 12:00 IST.", "2021-01-15")
    show_times("Israeli officials said the statement came at 12:00 IST.", "2021-01-15")
    show_times("The statement came at 12:00 IST.", "2021-01-15", zones={"IST": "Europe/Dublin"})

    heading("One instant named twice: 'noon Paris time (14:00 Moscow time)' is checked against the tz database")
    show_times("The truce began at noon Paris time (14:00 Moscow time) on March 1, 2022.")
    show_times("The truce began at noon Paris time (15:00 Moscow time) on March 1, 2022.")

    heading("Literal abbreviations out of season: 'CET' in July is UTC+1 as written, and flagged")
    show_times("The statement came at 12:00 CET.", "2021-07-15")
    show_times("The statement came at 12:00 CET.", "2021-01-15")

    heading("A DST gap: 02:30 on 28 March 2021 does not exist in Paris")
    text = "Polls opened at 02:30 Paris time on March 28, 2021."
    print(f"  {text}")
    for policy in ("compatible", "earlier", "later", "raise"):
        try:
            m = newstime.resolve(text, disambiguate=policy).mentions[0]
        except newstime.AmbiguousTimeError as e:
            print(f"    {policy:10} -> AmbiguousTimeError: {e}")
            continue
        assert m.interval is not None
        print(f"    {policy:10} -> {m.interval.start.isoformat()}  flags: {', '.join(m.flags)}")
    aware, flag = localize(datetime(2021, 10, 31, 2, 30), "Europe/Paris")
    print(f"  and a fold: localize(2021-10-31 02:30, Europe/Paris) -> {aware.isoformat()} ({flag}: the earlier of two)")

    heading("Moscow's offset depends on the date: UTC+4 from March 2011 to October 2014, UTC+3 since")
    show_times("The talks began at 12:00 Moscow time.", "2012-07-01")
    show_times("The talks began at 12:00 Moscow time.", "2022-07-01")
    show_times("The talks began at 12:00 MSK.", "2010-01-15")


if __name__ == "__main__":
    main()
