#!/usr/bin/env python3
"""Print the Chinese-calendar festival tables of ``src/newstime/data/words.py`` (by Gregorian year: month, day).

``lunardate`` (a pure-Python Chinese calendar) computes them at development time only; newstime keeps the printed
tables, so it has no run-time dependency on it.  Re-run it to extend the years, paste the output over the tables,
and check it against ``LUNAR_NEW_YEAR`` (``--check`` exits 1 if the tables in words.py differ from what it prints)::

    pip install 'lunardate==0.3.0'      # development only
    python tools/gen_chinese_festivals.py
    python tools/gen_chinese_festivals.py --check
"""

from __future__ import annotations

import sys
from pathlib import Path

YEARS = range(1980, 2031)
# table name in words.py -> (lunar month, lunar day)
FESTIVALS = {"LUNAR_NEW_YEAR": (1, 1), "DRAGON_BOAT": (5, 5), "MID_AUTUMN": (8, 15)}


def tables() -> dict[str, dict[int, tuple[int, int]]]:
    from lunardate import LunarDate

    out: dict[str, dict[int, tuple[int, int]]] = {}
    for name, (month, day) in FESTIVALS.items():
        out[name] = {}
        for year in YEARS:
            d = LunarDate(year, month, day).to_solar_date()
            out[name][year] = (d.month, d.day)
    return out


def main(argv: list[str]) -> int:
    found = tables()
    if "--check" in argv:
        import importlib.util

        # the data module alone (it imports nothing), without the package and its dependencies
        path = Path(__file__).resolve().parent.parent / "src" / "newstime" / "data" / "words.py"
        spec = importlib.util.spec_from_file_location("words", path)
        assert spec is not None and spec.loader is not None
        words = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(words)
        bad = [name for name, table in found.items() if getattr(words, name) != table]
        if bad:
            print("out of date:", ", ".join(bad), file=sys.stderr)
            return 1
        return 0
    for name, table in found.items():
        items = [f"{y}: ({m}, {d})" for y, (m, d) in table.items()]
        print(f"{name}: dict[int, tuple[int, int]] = {{")
        for i in range(0, len(items), 8):
            print("    " + ", ".join(items[i:i + 8]) + ",")
        print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
