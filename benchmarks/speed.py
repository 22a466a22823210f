#!/usr/bin/env python3
"""How fast is newstime on real news text?  Prints a table of figures; asserts nothing.

The documents are the TimeML files (``*.tml``, searched recursively) of the TempEval-3 training
corpus in ``../shared/corpora/tempeval3-train`` (``--corpus`` to use another directory).  The
text of a document is its ``<TEXT>...</TEXT>`` element with the tags stripped and the XML
entities unescaped; its anchor is the value of its DCT (document creation time) TIMEX3.

Measured:
- import time of ``newstime`` in a fresh interpreter (best of a few runs, and ``-X importtime``'s
  cumulative figure for the package);
- throughput of ``newstime.resolve(text, anchor=DCT)`` over all documents: chars/s and docs/s,
  best of ``--repeat`` full passes (3 by default), and the number of mentions found;
- memory: the tracemalloc peak during one full pass, and the process's peak RSS (ru_maxrss);
- if ``dateparser`` is importable, ``dateparser.search.search_dates`` over the first
  ``--peer-docs`` documents (20 by default), and the ratio of newstime's chars/s to its.

Run it from the repo root with the project's environment:

    python benchmarks/speed.py
    python benchmarks/speed.py --repeat 5 --corpus /path/to/tml/files
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "tempeval3-train"



@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    anchor: str | None


def load_corpus(root: Path) -> list[Doc]:
    """Every ``*.tml`` file under ``root``, as plain text with its DCT value (sorted by path)."""
    from newstime.timeml import TimemlError, read_timeml

    docs = []
    for path in sorted(root.rglob("*.tml")):
        try:
            tml = read_timeml(path)
        except TimemlError:
            continue
        docs.append(Doc(str(path.relative_to(root)), tml.text, tml.dct))
    return docs


def _child_env() -> dict[str, str]:
    """The environment for a child interpreter: it imports newstime the way this process does."""
    env = dict(os.environ)
    import newstime

    root = str(Path(newstime.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def import_time(runs: int = 5) -> tuple[float, float | None]:
    """(best wall time of ``import newstime`` in a fresh interpreter, -X importtime cumulative), in s."""
    env = _child_env()
    code = "import time; t = time.perf_counter(); import newstime; print(time.perf_counter() - t)"
    best = min(
        float(subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                             text=True).stdout)
        for _ in range(runs)
    )
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newstime"], env=env,
                       check=False, capture_output=True, text=True)
    cumulative = None
    for line in r.stderr.splitlines():  # "import time: self [us] | cumulative | imported package"
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "newstime":
            cumulative = int(parts[1]) / 1e6
    return best, cumulative


def timed_pass(fn: Callable[[Doc], int], docs: Sequence[Doc]) -> tuple[float, int]:
    """(seconds, items found) for one pass of ``fn`` over ``docs``."""
    found = 0
    t = time.perf_counter()
    for d in docs:
        found += fn(d)
    return time.perf_counter() - t, found


def best_of(fn: Callable[[Doc], int], docs: Sequence[Doc], repeat: int) -> tuple[float, int]:
    runs = [timed_pass(fn, docs) for _ in range(max(1, repeat))]
    return min(t for t, _ in runs), runs[0][1]


def peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB elsewhere


def _size(n_bytes: float) -> str:
    return f"{n_bytes / 1024:,.0f} KiB" if n_bytes < 1024 * 1024 else f"{n_bytes / (1024 * 1024):,.1f} MiB"


def _row(label: str, value: str, note: str = "") -> tuple[str, str, str]:
    return label, value, note


def print_table(title: str, rows: Sequence[tuple[str, str, str]]) -> None:
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(title)
    print("-" * len(title))
    for label, value, note in rows:
        print(f"{label.ljust(w0)}  {value.rjust(w1)}  {note}".rstrip())
    print()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help=f"directory searched for *.tml files (default: {DEFAULT_CORPUS})")
    ap.add_argument("--repeat", "-n", type=int, default=3, help="full passes; the best is reported (default 3)")
    ap.add_argument("--peer-docs", type=int, default=20,
                    help="documents given to dateparser, which is much slower (default 20)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    args = ap.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"speed.py: error: corpus directory not found: {args.corpus}", file=sys.stderr)
        return 1
    docs = load_corpus(args.corpus)
    if args.limit is not None:
        docs = docs[: args.limit]
    if not docs:
        print(f"speed.py: error: no .tml documents with a <TEXT> element under {args.corpus}", file=sys.stderr)
        return 1
    chars = sum(len(d.text) for d in docs)

    imp_wall, imp_cumulative = import_time()

    import newstime

    def run_newstime(d: Doc) -> int:
        return len(newstime.resolve(d.text, anchor=d.anchor).mentions)

    run_newstime(docs[0])  # warm caches (compiled patterns, zone data) outside the timing
    seconds, mentions = best_of(run_newstime, docs, args.repeat)

    tracemalloc.start()
    timed_pass(run_newstime, docs)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = peak_rss_mib()

    rows = [
        _row("python", sys.version.split()[0], sys.platform),
        _row("corpus", f"{len(docs)} docs", str(args.corpus)),
        _row("characters", f"{chars:,}", f"{chars / len(docs):,.0f} per doc"),
        _row("import newstime", f"{imp_wall * 1000:.1f} ms", "fresh interpreter, best of 5"),
    ]
    if imp_cumulative is not None:
        rows.append(_row("  -X importtime", f"{imp_cumulative * 1000:.1f} ms", "cumulative, newstime package"))
    rows += [
        _row("resolve, all docs", f"{seconds:.3f} s", f"best of {max(1, args.repeat)} passes"),
        _row("throughput", f"{chars / seconds:,.0f} chars/s", ""),
        _row("", f"{len(docs) / seconds:,.1f} docs/s", f"{seconds / len(docs) * 1000:.2f} ms per doc"),
        _row("mentions found", f"{mentions:,}", f"{mentions / len(docs):.1f} per doc"),
        _row("tracemalloc peak", _size(traced_peak), "during one full pass"),
        _row("peak RSS", f"{rss:.1f} MiB" if rss is not None else "n/a", "ru_maxrss of this process"),
    ]
    print()
    print_table("newstime", rows)

    peer_rows = _peer_dateparser(docs[: max(1, args.peer_docs)], run_newstime, args.repeat)
    print_table("peer: dateparser.search.search_dates", peer_rows)
    return 0


def _peer_dateparser(docs: Sequence[Doc], run_newstime: Callable[[Doc], int],
                     repeat: int) -> list[tuple[str, str, str]]:
    try:
        from dateparser.search import search_dates
    except ImportError as e:
        return [_row("skipped", "-", f"dateparser is not importable ({e}); pip install dateparser to compare")]
    except Exception as e:  # noqa: BLE001 - a broken install should not hide newstime's figures
        return [_row("skipped", "-", f"importing dateparser failed: {type(e).__name__}: {e}")]
    import datetime as dt

    def run_peer(d: Doc) -> int:
        settings: dict[str, Any] = {}
        if d.anchor:
            try:
                base = dt.datetime.fromisoformat(d.anchor[:10])
                settings["RELATIVE_BASE"] = base
            except ValueError:
                pass
        found = search_dates(d.text, languages=["en"], settings=settings)
        return len(found or ())

    chars = sum(len(d.text) for d in docs)
    run_peer(docs[0])  # dateparser loads its language data lazily
    peer_s, peer_found = best_of(run_peer, docs, repeat)
    ours_s, ours_found = best_of(run_newstime, docs, repeat)
    peer_cps, ours_cps = chars / peer_s, chars / ours_s
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("dateparser")
    except PackageNotFoundError:
        ver = "?"
    return [
        _row("dateparser", ver, ""),
        _row("subset", f"{len(docs)} docs", f"{chars:,} chars, the first ones"),
        _row("dateparser", f"{peer_cps:,.0f} chars/s", f"{peer_found} dates found, best of {max(1, repeat)}"),
        _row("newstime", f"{ours_cps:,.0f} chars/s", f"{ours_found} mentions found, same subset"),
        _row("ratio newstime/dateparser", f"{ours_cps / peer_cps:.1f}x", "chars/s"),
    ]


if __name__ == "__main__":
    sys.exit(main())
