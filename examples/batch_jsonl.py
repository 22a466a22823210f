#!/usr/bin/env python3
"""Resolve many documents: JSON lines in, JSON lines of ``Document.to_dict()`` out.

Each input line is a JSON object with a ``text`` field and, optionally, ``anchor`` (an ISO 8601
date or datetime), ``tz`` (the document's zone) and ``id`` (copied to the output). Each output
line is ``to_dict()`` of that document, with ``id`` (or the input line number) added. A line that
cannot be processed gives an ``{"id": ..., "error": ...}`` line instead, and the exit status is 1.

    python examples/batch_jsonl.py docs.jsonl > resolved.jsonl
    printf '%s\\n' '{"text": "The vote is on Monday.", "anchor": "2022-02-12"}' | python examples/batch_jsonl.py
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import newstime


def process(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        doc_id: Any = number
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must hold a JSON object")
            doc_id = record.get("id", number)
            text = record["text"]
            doc = newstime.resolve(text, anchor=record.get("anchor"), tz=record.get("tz"))
        except KeyError:
            yield {"id": doc_id, "error": "no 'text' field"}
            continue
        except (ValueError, newstime.NewstimeError) as e:  # bad JSON, bad anchor, unknown zone, ...
            yield {"id": doc_id, "error": f"{type(e).__name__}: {e}"}
            continue
        yield {"id": doc_id, **doc.to_dict()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", default="-", help="a JSON lines file, or - for standard input (default)")
    args = ap.parse_args(argv)
    src: TextIO
    if args.input == "-":
        src = sys.stdin
    else:
        try:
            src = open(args.input, encoding="utf-8")  # noqa: SIM115 (closed by the "with src:" below, like stdin)
        except OSError as e:
            print(f"batch_jsonl.py: error: cannot read {args.input}: {e.strerror}", file=sys.stderr)
            return 1
    status = 0
    with src:
        for out in process(src):
            status |= "error" in out
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
