"""TempEval-3 Task A (timex extraction and normalisation) scoring harness for newstime.

A development harness: it reads TimeML ``.tml`` files, runs :func:`newstime.resolve` on the plain
text of each document with the document creation time (DCT) as anchor, and scores the system's
mentions against the gold TIMEX3 annotations.  It uses only the standard library and newstime.

Reading a document
    The anchor is the ``value`` of the TIMEX3 inside ``<DCT>``, cut to its date (``YYYY-MM-DD``).
    The text is the content of ``<TEXT>`` with every inner tag (EVENT, SIGNAL, TIMEX3, ...) removed
    and XML entities unescaped; gold timexes are the TIMEX3 elements inside ``<TEXT>``, with their
    character offsets in that plain text (checked: ``text[start:end]`` is the element's inner text).

Matching (one-to-one, per document)
    strict   a gold and a system mention with identical start and end offsets.
    relaxed  a gold and a system mention whose extents share at least one character.  Pairs are
             chosen greedily: identical extents first, then larger overlap, then nearer boundaries,
             so that each gold and each system mention is used at most once.

Metrics (micro-averaged over mentions; G = gold mentions, S = system mentions)
    strict / relaxed   P = matches / S,  R = matches / G,  F1 = 2PR / (P + R).
    type F1, value F1  the TempEval-3 attribute scores, on relaxed matches: with C = relaxed pairs
                       whose attribute agrees, P = C / S, R = C / G and F1 their harmonic mean,
                       which equals (C / relaxed matches) x relaxed F1.  Values (and types, mods)
                       are compared as strings after stripping whitespace and upper-casing.
    mod F1             the same for the ``mod`` attribute (absent == absent counts as correct);
                       reported in the JSON output only.

Errors (``--errors``)
    MISSED gold mentions and SPURIOUS system mentions without a relaxed match; for relaxed pairs,
    WRONG EXTENT (not a strict match), WRONG TYPE and WRONG VALUE; one pair may show under several
    of these.  Followed by the most frequent missed and spurious strings (lower-cased).

    A document on which newstime raises is counted with no system mentions (its gold timexes are
    all missed) and is listed on the ERROR row; the run continues.

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
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import newstime

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = REPO_ROOT.parent / "shared" / "corpora" / "tempeval3-train"
DEFAULT_FOLDERS = (CORPUS_ROOT / "TimeBank", CORPUS_ROOT / "AQUAINT")

ERROR_KINDS = ("MISSED", "SPURIOUS", "WRONG VALUE", "WRONG EXTENT", "WRONG TYPE")
CONTEXT_CHARS = 40
TOP_STRINGS = 30


# ----------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Timex:
    """A temporal expression, gold or system: its extent in the plain text and its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class Document:
    """One TimeML file read into plain text, anchor date and gold timexes."""

    name: str
    corpus: str
    dct: str
    text: str
    gold: list[Timex]


@dataclass
class Counts:
    """Mention counts from which every figure is derived; they add up across documents."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    mod_ok: int = 0
    failed_docs: int = 0
    failed_gold: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float]:
        """P/R/F1 for strict and relaxed extents and the attribute F1s, as fractions in [0, 1]."""
        out: dict[str, float] = {}
        for label, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_ok),
                            ("value", self.value_ok), ("mod", self.mod_ok)):
            p, r, f = prf(hits, self.system, self.gold)
            out[f"{label}_p"], out[f"{label}_r"], out[f"{label}_f1"] = p, r, f
        return out


@dataclass
class ErrorItem:
    """One scoring error: which kind, in which document, the gold and/or system mention involved."""

    kind: str
    doc: str
    gold: Timex | None
    system: Timex | None
    context: str


@dataclass
class DocResult:
    """The outcome of scoring one document."""

    doc: Document
    counts: Counts
    errors: list[ErrorItem] = field(default_factory=list)
    failure: str | None = None
    seconds: float = 0.0


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision hits/system, recall hits/gold and their harmonic mean (0 when undefined)."""
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def norm(value: str | None) -> str:
    """The trivial normalisation under which attribute values are compared."""
    return (value or "").strip().upper()


# ----------------------------------------------------------------------------------------------
# Reading TimeML

_DCT_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")


def dct_date(value: str) -> str:
    """The ``YYYY-MM-DD`` date part of a DCT value such as ``1998-01-08T18:30:00``."""
    m = _DCT_DATE.match(value)
    if not m:
        raise ValueError(f"DCT value {value!r} does not start with a date")
    return "-".join(m.groups())


def flatten(text_elem: ET.Element) -> tuple[str, list[Timex]]:
    """The plain text under ``text_elem`` (tags removed, entities already unescaped by the parser)
    and its TIMEX3 elements with their offsets in that text."""
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []

    def emit(s: str | None) -> None:
        nonlocal length
        if s:
            pieces.append(s)
            length += len(s)

    def walk(elem: ET.Element) -> None:
        start = length
        emit(elem.text)
        for child in elem:
            walk(child)
            emit(child.tail)
        if elem.tag == "TIMEX3":
            inner = "".join(elem.itertext())
            timexes.append(Timex(start, length, inner, elem.get("type", ""), elem.get("value", ""),
                                 elem.get("mod")))

    walk(text_elem)  # the TEXT element's own tail lies outside it and is not emitted
    text = "".join(pieces)
    for t in timexes:
        if text[t.start:t.end] != t.text:
            raise ValueError(f"offset bug: {text[t.start:t.end]!r} != {t.text!r}")
    timexes.sort(key=lambda t: (t.start, t.end))
    return text, timexes


def read_tml(path: Path, corpus: str) -> Document:
    """Read one TimeML file."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    text_elem = root.find("TEXT")
    if dct_timex is None or text_elem is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> or no <TEXT>")
    text, gold = flatten(text_elem)
    return Document(path.stem, corpus, dct_date(dct_timex.get("value", "")), text, gold)


# ----------------------------------------------------------------------------------------------
# Matching and scoring


def match_strict(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) with identical extents."""
    free: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        free.setdefault((s.start, s.end), []).append(j)
    pairs: list[tuple[int, int]] = []
    for i, g in enumerate(gold):
        slot = free.get((g.start, g.end))
        if slot:
            pairs.append((i, slot.pop(0)))
    return pairs


def match_relaxed(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping extents, chosen greedily."""
    candidates: list[tuple[bool, int, int, int, int]] = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                drift = abs(g.start - s.start) + abs(g.end - s.end)
                candidates.append((not exact, -overlap, drift, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, i, j in candidates:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """A one-line snippet around ``text[start:end]``, the span shown in [[double brackets]]."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    snippet = f"{left}[[{text[start:end]}]]{right}"
    return re.sub(r"\s+", " ", snippet).strip()


def score(gold: Sequence[Timex], system: Sequence[Timex], text: str, doc: str) -> tuple[Counts, list[ErrorItem]]:
    """Counts and error items for one document."""
    counts = Counts(docs=1, gold=len(gold), system=len(system))
    counts.strict = len(match_strict(gold, system))
    relaxed = match_relaxed(gold, system)
    counts.relaxed = len(relaxed)
    errors: list[ErrorItem] = []
    for i, j in relaxed:
        g, s = gold[i], system[j]
        ctx = context(text, g.start, g.end)
        if (g.start, g.end) != (s.start, s.end):
            errors.append(ErrorItem("WRONG EXTENT", doc, g, s, ctx))
        if norm(g.type) == norm(s.type):
            counts.type_ok += 1
        else:
            errors.append(ErrorItem("WRONG TYPE", doc, g, s, ctx))
        if norm(g.value) == norm(s.value):
            counts.value_ok += 1
        else:
            errors.append(ErrorItem("WRONG VALUE", doc, g, s, ctx))
        if norm(g.mod) == norm(s.mod):
            counts.mod_ok += 1
    matched_g = {i for i, _ in relaxed}
    matched_s = {j for _, j in relaxed}
    errors += [ErrorItem("MISSED", doc, g, None, context(text, g.start, g.end))
               for i, g in enumerate(gold) if i not in matched_g]
    errors += [ErrorItem("SPURIOUS", doc, None, s, context(text, s.start, s.end))
               for j, s in enumerate(system) if j not in matched_s]
    return counts, errors


def run_document(doc: Document) -> DocResult:
    """Resolve one document with newstime and score it; an exception from newstime is recorded."""
    began = time.perf_counter()
    failure: str | None = None
    system: list[Timex] = []
    try:
        result = newstime.resolve(doc.text, anchor=doc.dct)
        system = [Timex(m.start, m.end, doc.text[m.start:m.end], str(m.type), str(m.value), m.mod)
                  for m in result.mentions]
    except Exception as exc:  # noqa: BLE001 - any failure of the system under test is data
        failure = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - began
    counts, errors = score(doc.gold, system, doc.text, doc.name)
    if failure is not None:
        counts.failed_docs, counts.failed_gold = 1, len(doc.gold)
    return DocResult(doc, counts, errors, failure, seconds)


# ----------------------------------------------------------------------------------------------
# Reporting


def pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def table(rows: Sequence[tuple[str, Counts]]) -> str:
    """The summary table, one line per corpus, figures in percent."""
    head = (f"{'corpus':<10} {'docs':>4} | {'strict P':>8} {'R':>5} {'F1':>5} | {'relaxed P':>9} {'R':>5} "
            f"{'F1':>5} | {'type F1':>7} {'value F1':>8} | {'gold':>5} {'system':>6}")
    lines = [head, "-" * len(head)]
    for name, c in rows:
        m = c.metrics()
        lines.append(f"{name:<10} {c.docs:>4} | {pct(m['strict_p']):>8} {pct(m['strict_r'])} {pct(m['strict_f1'])} | "
                     f"{pct(m['relaxed_p']):>9} {pct(m['relaxed_r'])} {pct(m['relaxed_f1'])} | "
                     f"{pct(m['type_f1']):>7} {pct(m['value_f1']):>8} | {c.gold:>5} {c.system:>6}")
    return "\n".join(lines)


def per_doc_line(r: DocResult) -> str:
    c, m = r.counts, r.counts.metrics()
    tail = f"  ERROR {r.failure}" if r.failure else ""
    return (f"{r.doc.corpus:<9} {r.doc.name:<28} {r.doc.dct}  gold {c.gold:>3} sys {c.system:>3}  "
            f"strict {pct(m['strict_f1'])} relaxed {pct(m['relaxed_f1'])} type {pct(m['type_f1'])} "
            f"value {pct(m['value_f1'])}  {r.seconds * 1000:6.0f} ms{tail}")


def describe(t: Timex | None) -> str:
    if t is None:
        return "-"
    mod = f" mod={t.mod}" if t.mod else ""
    return f"{t.text!r} {t.type} {t.value}{mod}"


def error_line(e: ErrorItem) -> str:
    if e.kind == "MISSED":
        body = f"gold {describe(e.gold)}"
    elif e.kind == "SPURIOUS":
        body = f"sys {describe(e.system)}"
    else:
        body = f"gold {describe(e.gold)}  <>  sys {describe(e.system)}"
    return f"  [{e.doc}] {body}\n      ... {e.context}"


def key_string(t: Timex) -> str:
    return re.sub(r"\s+", " ", t.text).strip().lower()


def error_report(errors: Sequence[ErrorItem], limit: int | None) -> str:
    """Errors grouped by kind (at most ``limit`` shown per kind), then the frequent-string lists."""
    out: list[str] = []
    for kind in ERROR_KINDS:
        items = [e for e in errors if e.kind == kind]
        shown = items if limit is None else items[:limit]
        out.append(f"\n== {kind} ({len(items)}{'' if len(shown) == len(items) else f', first {len(shown)}'}) ==")
        out.extend(error_line(e) for e in shown)
    missed = Counter(key_string(e.gold) for e in errors if e.kind == "MISSED" and e.gold)
    spurious = Counter(key_string(e.system) for e in errors if e.kind == "SPURIOUS" and e.system)
    for title, counter in (("most frequent MISSED gold strings", missed),
                           ("most frequent SPURIOUS system strings", spurious)):
        out.append(f"\n== {title} (top {TOP_STRINGS}) ==")
        out.extend(f"  {n:4d}  {s!r}" for s, n in counter.most_common(TOP_STRINGS))
    return "\n".join(out)


def timex_json(t: Timex | None) -> dict[str, Any] | None:
    return asdict(t) if t is not None else None


def figures(c: Counts) -> dict[str, Any]:
    return {**asdict(c), **c.metrics()}


# ----------------------------------------------------------------------------------------------
# Main


def tml_files(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(folder.glob("*.tml"))
    return files if limit is None else files[:limit]


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

    began = time.perf_counter()
    results: list[DocResult] = []
    per_corpus: list[tuple[str, Counts]] = []
    for folder in folders:
        corpus = folder.name
        counts = Counts()
        for path in tml_files(folder, args.limit):
            r = run_document(read_tml(path, corpus))
            results.append(r)
            counts.add(r.counts)
            if args.per_doc:
                print(per_doc_line(r), flush=True)
        per_corpus.append((corpus, counts))
    elapsed = time.perf_counter() - began

    total = Counts()
    for _, c in per_corpus:
        total.add(c)
    all_errors = [e for r in results for e in r.errors]
    failures = [r for r in results if r.failure]

    if args.errors:
        print(error_report(all_errors, args.errors_limit))
        print()
    if args.per_doc:
        print()
    print(table([*per_corpus, ("ALL", total)]))
    print(f"{'ERROR':<10} {total.failed_docs:>4}   document(s) where newstime raised "
          f"(their {total.failed_gold} gold timexes count as missed)")
    for r in failures:
        print(f"  {r.doc.corpus}/{r.doc.name}: {r.failure}")
    newstime_seconds = sum(r.seconds for r in results)
    print(f"\nelapsed {elapsed:.1f} s ({newstime_seconds:.1f} s in newstime.resolve), "
          f"newstime {newstime.__version__}")

    if args.json:
        payload: dict[str, Any] = {
            "newstime_version": newstime.__version__,
            "folders": [str(f) for f in folders],
            "limit": args.limit,
            "elapsed_seconds": elapsed,
            "newstime_seconds": newstime_seconds,
            "corpora": {name: figures(c) for name, c in per_corpus},
            "ALL": figures(total),
            "failures": [{"doc": r.doc.name, "corpus": r.doc.corpus, "error": r.failure} for r in failures],
            "documents": [{"doc": r.doc.name, "corpus": r.doc.corpus, "dct": r.doc.dct, "seconds": r.seconds,
                           "error": r.failure, **figures(r.counts)} for r in results],
            "errors": [{"kind": e.kind, "doc": e.doc, "gold": timex_json(e.gold), "system": timex_json(e.system),
                        "context": e.context} for e in all_errors],
            "top_missed": Counter(key_string(e.gold) for e in all_errors
                                  if e.kind == "MISSED" and e.gold).most_common(TOP_STRINGS),
            "top_spurious": Counter(key_string(e.system) for e in all_errors
                                    if e.kind == "SPURIOUS" and e.system).most_common(TOP_STRINGS),
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
