"""TempEval-3 Task A scoring: newstime's TIMEX3 against the gold TIMEX3 of TimeML documents.

:func:`evaluate` reads every ``.tml`` file of the folders it is given (:func:`newstime.timeml.read_timeml`),
runs :func:`newstime.resolve` on the plain text of each with the date of its DCT as anchor, and
scores the system mentions against the gold TIMEX3 of ``<TEXT>`` (the DCT itself is not scored).
The scorer is written from the TempEval-3 definitions (UzZaman et al., 2013):

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
    mod F1             the same for the ``mod`` attribute (absent == absent counts as correct).

Errors
    MISSED gold mentions and SPURIOUS system mentions without a relaxed match; for relaxed pairs,
    WRONG EXTENT (not a strict match), WRONG TYPE and WRONG VALUE; one pair may show under several
    of these.  A document on which newstime raises is counted with no system mentions (its gold
    timexes are all missed) and recorded as a failure; the run continues.

>>> from newstime.timeml import Timex
>>> gold = [Timex("t1", 0, 6, "Monday", "DATE", "2022-02-14"),
...         Timex("t2", 10, 20, "last month", "DATE", "2022-01"),
...         Timex("t3", 30, 35, "today", "DATE", "2022-02-12")]
>>> system = [Timex("s1", 0, 6, "Monday", "DATE", "2022-02-14"),
...           Timex("s2", 15, 20, "month", "DURATION", "P1M")]
>>> counts, errors = score(gold, system)
>>> counts.strict, counts.relaxed, counts.value_ok
(1, 2, 1)
>>> m = counts.metrics()
>>> round(m["strict_p"], 3), round(m["strict_r"], 3), round(m["relaxed_f1"], 3), round(m["value_f1"], 3)
(0.5, 0.333, 0.8, 0.4)
>>> sorted(e.kind for e in errors)
['MISSED', 'WRONG EXTENT', 'WRONG TYPE', 'WRONG VALUE']
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Union

from .timeml import TimemlDocument, Timex, read_timeml

__all__ = [
    "ERROR_KINDS",
    "Counts",
    "DocResult",
    "ErrorItem",
    "Report",
    "default_corpus_folders",
    "evaluate",
    "format_report",
    "match_relaxed",
    "match_strict",
    "newstime_system",
    "per_doc_line",
    "prf",
    "score",
]

ERROR_KINDS = ("MISSED", "SPURIOUS", "WRONG VALUE", "WRONG EXTENT", "WRONG TYPE")
CONTEXT_CHARS = 40
TOP_STRINGS = 30

System = Callable[[TimemlDocument], Sequence[Timex]]
PathArg = Union[str, "os.PathLike[str]"]


# ----------------------------------------------------------------------------------------------
# Counts and metrics


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision hits/system, recall hits/gold and their harmonic mean (0 when undefined)."""
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def norm(value: str | None) -> str:
    """The trivial normalisation under which attribute values are compared."""
    return (value or "").strip().upper()


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
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def metrics(self) -> dict[str, float]:
        """P/R/F1 for strict and relaxed extents and the attribute F1s, as fractions in [0, 1]:
        keys ``strict_p``, ``strict_r``, ``strict_f1``, then ``relaxed_*``, ``type_*``, ``value_*``, ``mod_*``."""
        out: dict[str, float] = {}
        for label, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_ok),
                            ("value", self.value_ok), ("mod", self.mod_ok)):
            p, r, f = prf(hits, self.system, self.gold)
            out[f"{label}_p"], out[f"{label}_r"], out[f"{label}_f1"] = p, r, f
        return out


@dataclass(frozen=True)
class ErrorItem:
    """One scoring error: its kind, the document, the gold and/or system mention, a text snippet."""

    kind: str
    doc: str
    gold: Timex | None
    system: Timex | None
    context: str


@dataclass
class DocResult:
    """The outcome of scoring one document."""

    name: str
    corpus: str
    dct: str | None
    counts: Counts
    gold: tuple[Timex, ...] = ()
    system: tuple[Timex, ...] = ()
    errors: list[ErrorItem] = field(default_factory=list)
    failure: str | None = None
    seconds: float = 0.0


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


def score(gold: Sequence[Timex], system: Sequence[Timex], text: str = "", doc: str = "") -> tuple[Counts, list[ErrorItem]]:
    """The counts and the errors of one document (``text`` and ``doc`` only feed the error snippets)."""
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


def newstime_system(doc: TimemlDocument) -> list[Timex]:
    """The system under test: :func:`newstime.resolve` on the text, the DCT's date as anchor."""
    from .api import resolve

    anchor = doc.dct_date.isoformat() if doc.dct_date is not None else None
    result = resolve(doc.text, anchor=anchor)
    return [Timex(f"t{i}", m.start, m.end, doc.text[m.start:m.end], str(m.type), str(m.value), m.mod)
            for i, m in enumerate(result.mentions, start=1)]


def run_document(doc: TimemlDocument, name: str, corpus: str, system: System = newstime_system) -> DocResult:
    """Run ``system`` on one document and score it; an exception from the system is recorded."""
    began = time.perf_counter()
    failure: str | None = None
    found: tuple[Timex, ...] = ()
    try:
        found = tuple(system(doc))
    except Exception as exc:  # noqa: BLE001 - any failure of the system under test is data
        failure = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - began
    counts, errors = score(doc.timexes, found, doc.text, name)
    if failure is not None:
        counts.failed_docs, counts.failed_gold = 1, len(doc.timexes)
    dct = doc.dct_date.isoformat() if doc.dct_date is not None else None
    return DocResult(name, corpus, dct, counts, doc.timexes, found, errors, failure, seconds)


# ----------------------------------------------------------------------------------------------
# The report


def _key_string(t: Timex) -> str:
    return re.sub(r"\s+", " ", t.text).strip().lower()


def _timex_json(t: Timex | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}


def _figures(c: Counts) -> dict[str, Any]:
    return {**asdict(c), **c.metrics()}


@dataclass
class Report:
    """The result of :func:`evaluate`: one row of counts per folder, and every document scored."""

    folders: list[Path]
    corpora: list[tuple[str, Counts]]
    documents: list[DocResult]
    limit: int | None = None
    elapsed: float = 0.0

    @property
    def total(self) -> Counts:
        """The counts over all folders (the ALL row)."""
        total = Counts()
        for _, c in self.corpora:
            total.add(c)
        return total

    def metrics(self) -> dict[str, float]:
        """The overall figures (see :meth:`Counts.metrics`)."""
        return self.total.metrics()

    @property
    def errors(self) -> list[ErrorItem]:
        """Every error, document by document."""
        return [e for r in self.documents for e in r.errors]

    @property
    def failures(self) -> list[DocResult]:
        """The documents on which the system raised."""
        return [r for r in self.documents if r.failure]

    @property
    def system_seconds(self) -> float:
        """The time spent in the system under test."""
        return sum(r.seconds for r in self.documents)

    def top_strings(self, kind: str, n: int = TOP_STRINGS) -> list[tuple[str, int]]:
        """The most frequent (lower-cased) strings of the MISSED or SPURIOUS errors."""
        if kind == "MISSED":
            return Counter(_key_string(e.gold) for e in self.errors if e.kind == kind and e.gold).most_common(n)
        return Counter(_key_string(e.system) for e in self.errors if e.kind == kind and e.system).most_common(n)

    def to_json(self, version: str | None = None) -> dict[str, Any]:
        """Every figure, document and error, JSON-ready."""
        if version is None:
            from . import __version__ as version
        return {
            "newstime_version": version,
            "folders": [str(f) for f in self.folders],
            "limit": self.limit,
            "elapsed_seconds": self.elapsed,
            "newstime_seconds": self.system_seconds,
            "corpora": {name: _figures(c) for name, c in self.corpora},
            "ALL": _figures(self.total),
            "failures": [{"doc": r.name, "corpus": r.corpus, "error": r.failure} for r in self.failures],
            "documents": [{"doc": r.name, "corpus": r.corpus, "dct": r.dct, "seconds": r.seconds,
                           "error": r.failure, **_figures(r.counts)} for r in self.documents],
            "errors": [{"kind": e.kind, "doc": e.doc, "gold": _timex_json(e.gold),
                        "system": _timex_json(e.system), "context": e.context} for e in self.errors],
            "top_missed": self.top_strings("MISSED"),
            "top_spurious": self.top_strings("SPURIOUS"),
        }


def _tml_files(path: Path, limit: int | None) -> list[Path]:
    files = sorted(path.glob("*.tml")) if path.is_dir() else [path]
    return files if limit is None else files[:limit]


def evaluate(paths: PathArg | Iterable[PathArg], *, limit: int | None = None, system: System | None = None,
             progress: Callable[[DocResult], None] | None = None) -> Report:
    """Score newstime (or ``system``) on TimeML documents; each path is one row of the report.

    A path is a folder (its ``*.tml`` files, sorted by name; the row is named after the folder),
    a folder of such folders (a row for each), or a single ``.tml`` file (the row is named after the file).  ``limit`` keeps the first N
    files of each folder.  ``system`` maps a :class:`~newstime.timeml.TimemlDocument` to its
    system timexes (default: :func:`newstime_system`); ``progress`` is called with each
    :class:`DocResult` as soon as it is scored.  Raises ``FileNotFoundError`` for a path that is
    neither, :class:`~newstime.timeml.TimemlError` for a document that cannot be read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    folders: list[Path] = []
    for p in paths:
        folder = Path(p)
        if not (folder.is_dir() or folder.is_file()):
            raise FileNotFoundError(f"not a folder or a file: {folder}")
        if folder.is_dir() and not any(folder.glob("*.tml")):
            # a folder of corpora ("tempeval3-train" holding TimeBank and AQUAINT): a row for each
            subs = sorted((d for d in folder.iterdir() if d.is_dir() and any(d.glob("*.tml"))), key=lambda d: d.name)
            if subs:
                folders.extend(subs)
                continue
        folders.append(folder)
    run = system if system is not None else newstime_system
    began = time.perf_counter()
    report = Report(folders, [], [], limit)
    for folder in folders:
        corpus = folder.name if folder.is_dir() else folder.stem
        counts = Counts()
        for path in _tml_files(folder, limit):
            result = run_document(read_timeml(path), path.stem, corpus, run)
            report.documents.append(result)
            counts.add(result.counts)
            if progress is not None:
                progress(result)
        report.corpora.append((corpus, counts))
    report.elapsed = time.perf_counter() - began
    return report


def default_corpus_folders(*, cwd: Path | None = None) -> list[Path] | None:
    """The TempEval-3 training folders (TimeBank, AQUAINT), or None if they cannot be found.

    Looked for in ``$NEWSTIME_TEMPEVAL`` (the folder holding TimeBank and AQUAINT), then in
    ``../shared/corpora/tempeval3-train`` relative to the current directory and to the source tree.
    """
    roots: list[Path] = []
    env = os.environ.get("NEWSTIME_TEMPEVAL")
    if env:
        roots.append(Path(env))
    here = cwd if cwd is not None else Path.cwd()
    tail = Path("..", "shared", "corpora", "tempeval3-train")
    roots.append(here / tail)
    roots.append(Path(__file__).resolve().parents[2] / tail)
    for root in roots:
        folders = [root / "TimeBank", root / "AQUAINT"]
        if all(f.is_dir() for f in folders):
            return [f.resolve() for f in folders]
    return None


def corpus_search_paths(*, cwd: Path | None = None) -> list[str]:
    """Where :func:`default_corpus_folders` looks, for error messages."""
    here = cwd if cwd is not None else Path.cwd()
    tail = Path("..", "shared", "corpora", "tempeval3-train")
    out = [f"$NEWSTIME_TEMPEVAL ({os.environ.get('NEWSTIME_TEMPEVAL') or 'not set'})", str((here / tail).resolve())]
    out.append(str((Path(__file__).resolve().parents[2] / tail).resolve()))
    return out


# ----------------------------------------------------------------------------------------------
# Text output


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
    """One line of figures for one document."""
    c, m = r.counts, r.counts.metrics()
    tail = f"  ERROR {r.failure}" if r.failure else ""
    return (f"{r.corpus:<9} {r.name:<28} {r.dct or '-':<10}  gold {c.gold:>3} sys {c.system:>3}  "
            f"strict {pct(m['strict_f1'])} relaxed {pct(m['relaxed_f1'])} type {pct(m['type_f1'])} "
            f"value {pct(m['value_f1'])}  {r.seconds * 1000:6.0f} ms{tail}")


def _describe(t: Timex | None) -> str:
    if t is None:
        return "-"
    mod = f" mod={t.mod}" if t.mod else ""
    return f"{t.text!r} {t.type} {t.value}{mod}"


def error_line(e: ErrorItem) -> str:
    if e.kind == "MISSED":
        body = f"gold {_describe(e.gold)}"
    elif e.kind == "SPURIOUS":
        body = f"sys {_describe(e.system)}"
    else:
        body = f"gold {_describe(e.gold)}  <>  sys {_describe(e.system)}"
    return f"  [{e.doc}] {body}\n      ... {e.context}"


def error_report(report: Report, limit: int | None = None) -> str:
    """Errors grouped by kind (at most ``limit`` shown per kind), then the frequent-string lists."""
    errors = report.errors
    out: list[str] = []
    for kind in ERROR_KINDS:
        items = [e for e in errors if e.kind == kind]
        shown = items if limit is None else items[:limit]
        out.append(f"\n== {kind} ({len(items)}{'' if len(shown) == len(items) else f', first {len(shown)}'}) ==")
        out.extend(error_line(e) for e in shown)
    for title, kind in (("most frequent MISSED gold strings", "MISSED"),
                        ("most frequent SPURIOUS system strings", "SPURIOUS")):
        out.append(f"\n== {title} (top {TOP_STRINGS}) ==")
        out.extend(f"  {n:4d}  {s!r}" for s, n in report.top_strings(kind))
    return "\n".join(out)


def format_report(report: Report, *, errors: bool = False, errors_limit: int | None = None,
                  per_doc: bool = False, version: str | None = None) -> str:
    """The text printed after a run: the error lists (``errors``), the table with one row per
    folder and the ALL row, the failures, and the time taken.  (With ``per_doc``, the per-document
    lines were printed during the run; this only adds the blank line that follows them.)"""
    if version is None:
        from . import __version__ as version
    out: list[str] = []
    if errors:
        out.append(error_report(report, errors_limit))
        out.append("")
    if per_doc:
        out.append("")
    total = report.total
    out.append(table([*report.corpora, ("ALL", total)]))
    out.append(f"{'ERROR':<10} {total.failed_docs:>4}   document(s) where newstime raised "
               f"(their {total.failed_gold} gold timexes count as missed)")
    out.extend(f"  {r.corpus}/{r.name}: {r.failure}" for r in report.failures)
    out.append(f"\nelapsed {report.elapsed:.1f} s ({report.system_seconds:.1f} s in newstime.resolve), "
               f"newstime {version}")
    return "\n".join(out) + "\n"
