#!/usr/bin/env python3
"""Re-annotate TimeML with newstime, and compare newstime's TIMEX3 with the ones already there.

With no argument, a small invented TimeML document is used. With a ``.tml`` file, that file is
annotated; with ``--out FILE`` the new TimeML is written there instead of printed.

    python examples/annotate_timeml.py
    python examples/annotate_timeml.py ../shared/corpora/tempeval3-train/AQUAINT/APW19980807.0261.tml --out /tmp/a.tml

For a whole folder, use the command line: ``python -m newstime annotate INPUT_DIR OUTPUT_DIR``;
to score newstime on folders of gold TimeML, ``python -m newstime evaluate FOLDER ...``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newstime.evaluate import score
from newstime.timeml import annotate_timeml, read_timeml

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-03-03" temporalFunction="false" functionInDocument="CREATION_TIME">2022-03-03</TIMEX3></DCT>
<TEXT>GENEVA &#x2014; The envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> again
<TIMEX3 tid="t1" type="DATE" value="2022-03-02">on Wednesday</TIMEX3>, after talks
<TIMEX3 tid="t2" type="DATE" value="2022-W08">last week</TIMEX3> that lasted
<TIMEX3 tid="t3" type="DURATION" value="PT4H" mod="APPROX">almost four hours</TIMEX3>.
They will meet <TIMEX3 tid="t4" type="SET" value="XXXX-WXX-5" quant="EACH">every Friday</TIMEX3> until
<TIMEX3 tid="t5" type="DATE" value="2022-06">June</TIMEX3> &amp; report <TIMEX3 tid="t6" type="DATE"
value="2022-03-04" anchorTimeID="t1">two days later</TIMEX3>.</TEXT>
</TimeML>
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("tml", nargs="?", help="a TimeML file (default: a built-in invented sample)")
    parser.add_argument("--out", type=Path, help="write the new TimeML here instead of printing it")
    args = parser.parse_args(argv)
    source = Path(args.tml) if args.tml else SAMPLE

    gold = read_timeml(source)
    annotated = annotate_timeml(source)
    system = read_timeml(annotated)
    assert system.text == gold.text  # the text is kept exactly; only the tags change

    if args.out:
        args.out.write_text(annotated, encoding="utf-8")
        print(f"written to {args.out}")
    else:
        print(annotated)

    counts, errors = score(gold.timexes, system.timexes, gold.text, gold.doc_id or "document")
    m = counts.metrics()
    print(f"DCT {gold.dct}; gold TIMEX3 {counts.gold}, newstime {counts.system}; "
          f"strict F1 {100 * m['strict_f1']:.1f}, relaxed F1 {100 * m['relaxed_f1']:.1f}, "
          f"value F1 {100 * m['value_f1']:.1f}")
    for e in errors:
        g = f"{e.gold.text!r} {e.gold.value}" if e.gold else "-"
        s = f"{e.system.text!r} {e.system.value}" if e.system else "-"
        print(f"  {e.kind:<12} gold {g:<32} newstime {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
