"""TempEval-3 Task A (timex extraction and normalisation) scoring harness for newstime.

A development harness, now a thin command-line wrapper over :mod:`newstime.evaluate` (which holds
the reader, the matching, the metrics and the report; ``python -m newstime evaluate`` is the same
thing from the package).  It reads TimeML ``.tml`` files with :func:`newstime.timeml.read_timeml`,
runs :func:`newstime.resolve` on the plain text of each document with the date of its document
creation time (DCT) as anchor, and scores the system's mentions against the gold TIMEX3 annotations.

The reading of documents, the matching, the metrics and the error kinds are defined once, in the
docstring of :mod:`newstime.evaluate` (and in docs/accuracy.md).

Running it (from any directory)::

    .venv/bin/python benchmarks/tempeval.py                      # TimeBank + AQUAINT, summary table
    .venv/bin/python benchmarks/tempeval.py --limit 10 --per-doc # first 10 files of each folder
    .venv/bin/python benchmarks/tempeval.py --errors --errors-limit 40
    .venv/bin/python benchmarks/tempeval.py some/folder --json /tmp/te3.json

By default the folders ``TimeBank`` and ``AQUAINT`` of ``../shared/corpora/tempeval3-train``
(relative to the repository root, found from this file's location) are scored; each folder given
on the command line becomes one row of the table, named after the folder, plus the ALL row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import newstime
from newstime.evaluate import DocResult, evaluate, format_report, per_doc_line

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = REPO_ROOT.parent / "shared" / "corpora" / "tempeval3-train"
DEFAULT_FOLDERS = (CORPUS_ROOT / "TimeBank", CORPUS_ROOT / "AQUAINT")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path,
                        help="folders of .tml files (default: the TempEval-3 TimeBank and AQUAINT folders)")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N files of each folder")
    parser.add_argument("--per-doc", action="store_true", help="print one line per document")
    parser.add_argument("--errors", action="store_true", help="print every error grouped by kind, and top strings")
    parser.add_argument("--errors-limit", type=int, metavar="N", help="show at most N errors of each kind")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write all figures (and errors) as JSON")
    args = parser.parse_args(list(argv) if argv is not None else None)

    folders: list[Path] = [f.resolve() for f in args.folders] or list(DEFAULT_FOLDERS)
    for folder in folders:
        if not folder.is_dir():
            parser.error(f"not a folder: {folder}")

    def progress(r: DocResult) -> None:
        print(per_doc_line(r), flush=True)

    report = evaluate(folders, limit=args.limit, progress=progress if args.per_doc else None)
    print(format_report(report, errors=args.errors, errors_limit=args.errors_limit, per_doc=args.per_doc,
                        version=newstime.__version__), end="")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = report.to_json(newstime.__version__)
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
