"""The command line: ``python -m newstime`` (or the ``newstime`` script).

``demo`` resolves an invented sample story; ``resolve`` reads a file or standard
input and prints the mentions as a table, as JSON (``Document.to_dict()``) or as
TimeML; ``evaluate`` scores newstime on TimeML folders (TempEval-3 Task A, see
:mod:`newstime.evaluate`); ``annotate`` re-annotates a folder of ``.tml`` files
with newstime's TIMEX3 tags (:func:`newstime.timeml.annotate_timeml`).  Errors a
user can fix (a bad anchor, an unknown zone, an unreadable file or folder) end
with a one-line message on standard error and a non-zero exit status, never a
traceback:

- 0: success;
- 1: an input file or folder could not be read (or another newstime error);
- 2: a usage error, an anchor newstime cannot understand, or an unknown zone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import newstime

from .errors import AnchorError, InputError, NewstimeError, ZoneError
from .timeml import TimemlError, annotate_timeml, write_timeml
from .types import Document, Mention

__all__ = ["build_parser", "format_table", "main"]

PROG = "newstime"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

EPILOG = """\
examples:
  python -m newstime demo
      resolve the built-in sample story (anchor 2022-02-12, zone Europe/Moscow)

  python -m newstime resolve story.txt --anchor 2022-02-12 --tz Europe/Moscow
      print the mentions of story.txt as a table

  echo "Talks resume on Monday at 10:00 Kyiv time." | \\
      python -m newstime resolve - --anchor 2022-02-12T09:30+02:00 --format json
      read standard input and print Document.to_dict() as JSON

  python -m newstime resolve story.txt --anchor 2022-02-12 --format timeml > story.tml
      write the text with inline TIMEX3 tags

  python -m newstime resolve story.txt --anchor 2022-02-12 --explain
      also show each mention's rule, reference, confidence, flags and steps

  python -m newstime evaluate --errors
      score newstime on the TempEval-3 training data (TimeBank, AQUAINT)

  python -m newstime annotate corpus/ annotated/
      write every corpus/*.tml again, with newstime's TIMEX3 tags, into annotated/

Without --anchor, newstime looks for a dateline in the text; relative
expressions it cannot anchor keep TIMEX3 X placeholders (e.g. XXXX-WXX-6).
It never reads the system clock or the system time zone.

exit status: 0 ok, 1 unreadable input, 2 usage error / bad anchor / unknown zone
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (no usage block repeated)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see '{PROG} --help')\n")


def _version() -> str:
    version = getattr(newstime, "__version__", None)
    if isinstance(version, str):
        return version
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("newstime")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m newstime``."""
    parser = _Parser(
        prog=PROG,
        description="Find the dates and times in English news text and resolve them to\n"
        "time-zone-aware intervals and TimeML TIMEX3 values.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    output = _Parser(add_help=False)
    output.add_argument(
        "--format", "-f", choices=("table", "json", "timeml"), default="table",
        help="output format (default: table)",
    )
    output.add_argument(
        "--explain", action="store_true",
        help="add each mention's rule, reference, confidence, flags and explanation steps "
        "(table and json formats)",
    )

    sub.add_parser(
        "demo", parents=[output], help="resolve a short invented news story",
        description="Resolve the built-in sample story (see newstime/demo.py) against a fixed "
        "anchor and zone, and print what was found.",
    )
    res = sub.add_parser(
        "resolve", parents=[output], help="resolve the temporal expressions of a text",
        description="Read a UTF-8 text from FILE (or standard input with '-' or no FILE) and\n"
        "print its temporal expressions, resolved.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    res.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                     help="the text to read (default: standard input)")
    res.add_argument("--anchor", "-a", metavar="ISO",
                     help="the document creation time: 2022-02-12, 2022-02-12T09:30 or "
                     "2022-02-12T09:30+03:00 (default: a dateline found in the text, else none)")
    res.add_argument("--tz", "-z", metavar="ZONE",
                     help="the document's zone, for times the text gives no zone: an IANA key "
                     "(Europe/Moscow), an offset (UTC+03:00) or a known alias (MSK)")

    ev = sub.add_parser(
        "evaluate", help="score newstime on TimeML folders (TempEval-3 Task A)",
        description="Run newstime over every .tml file of each FOLDER, with each document's DCT as\n"
        "anchor, and print the TempEval-3 Task A figures: strict and relaxed P/R/F1, type F1 and\n"
        "value F1, one row per folder and an ALL row.  Default folders: TimeBank and AQUAINT of\n"
        "$NEWSTIME_TEMPEVAL, else of ../shared/corpora/tempeval3-train (from the current\n"
        "directory, then from the source tree).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("folders", nargs="*", metavar="FOLDER", help="folders of .tml files (or single .tml files)")
    ev.add_argument("--errors", action="store_true", help="list every error by kind, and the frequent strings")
    ev.add_argument("--errors-limit", type=int, metavar="N", help="show at most N errors of each kind")
    ev.add_argument("--per-doc", action="store_true", help="print one line of figures per document")
    ev.add_argument("--limit", type=int, metavar="N", help="score only the first N files of each folder")
    ev.add_argument("--json", metavar="PATH", help="also write every figure, document and error as JSON")
    for name, what in (("strict", "strict F1"), ("relaxed", "relaxed F1"), ("value", "value F1")):
        ev.add_argument(f"--min-{name}", type=float, metavar="PCT",
                        help=f"exit with status 1 if the ALL row's {what} (in percent) is below PCT")

    an = sub.add_parser(
        "annotate", help="re-annotate a folder of TimeML files with newstime",
        description="Read every INPUT_DIR/*.tml, resolve its text with its DCT as anchor, and write\n"
        "OUTPUT_DIR/<same name>.tml: DOCID, DCT and the text with newstime's TIMEX3 tags.  The\n"
        "original TIMEX3 tags are replaced; other tags (EVENT, SIGNAL, TLINK, ...) are dropped.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    an.add_argument("input_dir", metavar="INPUT_DIR", help="the folder of .tml files to read")
    an.add_argument("output_dir", metavar="OUTPUT_DIR", help="the folder to write (created if needed)")
    an.add_argument("--tz", "-z", metavar="ZONE", help="the documents' zone, for times the text gives no zone")
    return parser


# --------------------------------------------------------------------------- input


class _ReadError(Exception):
    """The input could not be read; the message names the file and the reason."""


def _read_input(name: str) -> str:
    """The text of FILE (or of standard input for ``-``), decoded as UTF-8, characters kept as they are."""
    if name == "-":
        label = "standard input"
        if sys.stdin is None:  # started with no standard input at all
            raise _ReadError(f"cannot read {label}: it is closed")
        try:
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream with no bytes underneath (e.g. io.StringIO)
                return sys.stdin.read()
            data: bytes = buffer.read()
        except (OSError, ValueError) as e:  # ValueError: I/O operation on closed file
            raise _ReadError(f"cannot read {label}: {getattr(e, 'strerror', None) or e}") from e
    else:
        label = name
        try:
            data = Path(name).read_bytes()
        except FileNotFoundError as e:
            raise _ReadError(f"cannot read {name}: no such file") from e
        except IsADirectoryError as e:
            raise _ReadError(f"cannot read {name}: it is a directory") from e
        except PermissionError as e:
            raise _ReadError(f"cannot read {name}: permission denied") from e
        except OSError as e:
            raise _ReadError(f"cannot read {name}: {e.strerror or e}") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _ReadError(f"cannot read {label}: not UTF-8 text (invalid byte at offset {e.start})") from e


# --------------------------------------------------------------------------- output


def _cell(value: object, width: int | None = None) -> str:
    if value is None or value == "":
        return "-"
    s = " ".join(str(value).split())  # one line: newlines and runs of spaces become one space
    if width is not None and len(s) > width:
        s = s[: width - 3] + "..."
    return s


def _anchor_line(doc: Document) -> str:
    a = doc.anchor
    when = a.to_dict()["value"] or "none"  # a datetime, a date, a partial value (XXXX-02-12) or none
    parts = [f"anchor: {when}", f"zone {a.tz or '-'}", f"source {a.source}", f"confidence {a.confidence:.2f}"]
    if a.text:
        parts.append(f"from {_cell(a.text, 40)!r}")
    line = ", ".join(parts)
    if a.note and a.source != "given":
        line += f" ({_cell(a.note)})"
    return line


_COLUMNS = ("span", "text", "type", "value", "mod", "tz", "start", "end")
_TEXT_WIDTH = 40


def _row(m: Mention) -> tuple[str, ...]:
    iv = m.interval
    return (
        f"{m.start}-{m.end}",
        _cell(m.text, _TEXT_WIDTH),
        _cell(m.type),
        _cell(m.value),
        _cell(m.mod),
        _cell(m.tz),
        _cell(iv.start.isoformat() if iv is not None else None),
        _cell(iv.end.isoformat() if iv is not None else None),
    )


def _explain_lines(m: Mention) -> list[str]:
    ref = m.reference or "-"
    if m.reference_value:
        ref += f" ({m.reference_value})"
    head = (f"rule: {m.rule or '-'}; reference: {ref}; confidence: {m.confidence:.2f}; "
            f"flags: {', '.join(m.flags) if m.flags else '-'}")
    if m.tz_source:
        head += f"; zone from: {m.tz_source}"
    if m.equivalent is not None:
        head += f"; equivalent: mention at {m.equivalent}"
    lines = [head]
    lines.extend(f"{i}. {step}" for i, step in enumerate(m.explain, 1))
    return lines


def format_table(doc: Document, *, explain: bool = False) -> str:
    """A readable, aligned table of a :class:`~newstime.types.Document`'s mentions."""
    rows = [_row(m) for m in doc.mentions]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(_COLUMNS)]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

    out = [_anchor_line(doc), ""]
    if not rows:
        out.append("no temporal expressions found")
        return "\n".join(out) + "\n"
    out.append(fmt(_COLUMNS))
    out.append(fmt(["-" * w for w in widths]))
    indent = " " * (widths[0] + 2)
    for m, r in zip(doc.mentions, rows, strict=False):
        out.append(fmt(r))
        if explain:
            out.extend(indent + line for line in _explain_lines(m))
    n = len(rows)
    unresolved = sum(1 for m in doc.mentions if not m.resolved)
    out.append("")
    out.append(f"{n} mention{'s' if n != 1 else ''}" + (f", {unresolved} unresolved" if unresolved else ""))
    return "\n".join(out) + "\n"


def _render(doc: Document, fmt: str, explain: bool) -> str:
    if fmt == "json":
        data = doc.to_dict()
        if explain:
            for d, m in zip(data["mentions"], doc.mentions, strict=False):
                d["explain"] = list(m.explain)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "timeml":
        s = write_timeml(doc)
        return s if s.endswith("\n") else s + "\n"
    return format_table(doc, explain=explain)


# --------------------------------------------------------------------------- main


def _interactive_stdin() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed or detached
        return False


def _fail(code: int, message: str, stderr: TextIO) -> int:
    print(f"{PROG}: error: {' '.join(message.split())}", file=stderr)
    return code


def _evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``evaluate``: score the folders, print the figures (and errors), write JSON if asked."""
    from .evaluate import DocResult, corpus_search_paths, default_corpus_folders, evaluate, format_report, per_doc_line

    if args.limit is not None and args.limit < 0:
        return _fail(EXIT_USAGE, "--limit must be 0 or more", stderr)
    if args.folders:
        folders = [Path(f) for f in args.folders]
        for f in folders:
            if not f.exists():
                return _fail(EXIT_ERROR, f"cannot read {f}: no such folder", stderr)
            if not (f.is_dir() or f.suffix == ".tml"):
                return _fail(EXIT_ERROR, f"cannot read {f}: not a folder or a .tml file", stderr)
    else:
        found = default_corpus_folders()
        if found is None:
            return _fail(EXIT_ERROR, "the TempEval-3 training data (TimeBank, AQUAINT) was not found in "
                         + ", ".join(corpus_search_paths())
                         + ": give the folders to score, or set NEWSTIME_TEMPEVAL to the folder that holds them",
                         stderr)
        folders = found

    def progress(r: DocResult) -> None:
        stdout.write(per_doc_line(r) + "\n")
        stdout.flush()

    try:
        report = evaluate(folders, limit=args.limit, progress=progress if args.per_doc else None)
    except TimemlError as e:
        return _fail(EXIT_ERROR, f"cannot read {e}", stderr)
    except OSError as e:
        return _fail(EXIT_ERROR, f"cannot read {getattr(e, 'filename', None) or ''}: {e.strerror or e}", stderr)
    stdout.write(format_report(report, errors=args.errors, errors_limit=args.errors_limit, per_doc=args.per_doc))
    if args.json:
        path = Path(args.json)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as e:
            return _fail(EXIT_ERROR, f"cannot write {path}: {e.strerror or e}", stderr)
        stdout.write(f"figures written to {path}\n")
    figures = report.metrics()
    below = [f"{name} F1 {100 * figures[name + '_f1']:.1f} < {floor:g}"
             for name, floor in (("strict", args.min_strict), ("relaxed", args.min_relaxed), ("value", args.min_value))
             if floor is not None and 100 * figures[name + "_f1"] < floor]
    stdout.flush()
    if below:
        stderr.write("newstime: below the threshold: " + "; ".join(below) + "\n")
        return EXIT_ERROR
    return EXIT_OK


def _annotate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``annotate``: write every INPUT_DIR/*.tml again into OUTPUT_DIR with newstime's TIMEX3 tags."""
    src, dst = Path(args.input_dir), Path(args.output_dir)
    if not src.exists():
        return _fail(EXIT_ERROR, f"cannot read {src}: no such folder", stderr)
    if not src.is_dir():
        return _fail(EXIT_ERROR, f"cannot read {src}: not a folder", stderr)
    if dst.exists() and dst.resolve() == src.resolve():
        return _fail(EXIT_USAGE, "OUTPUT_DIR must not be INPUT_DIR (the original files would be overwritten)", stderr)
    files = sorted(p for p in src.glob("*.tml") if p.is_file())
    if not files:
        return _fail(EXIT_ERROR, f"no .tml files in {src}", stderr)
    if args.tz is not None:
        try:
            newstime.resolve("", anchor="2000-01-01", tz=args.tz)
        except (ZoneError, AnchorError) as e:
            return _fail(EXIT_USAGE, str(e), stderr)
    try:
        dst.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return _fail(EXIT_ERROR, f"cannot write {dst}: {e.strerror or e}", stderr)
    done = timexes = 0
    for path in files:
        try:
            out = annotate_timeml(path, tz=args.tz)
            (dst / path.name).write_text(out, encoding="utf-8")
        except TimemlError as e:
            print(f"{PROG}: error: cannot annotate {' '.join(str(e).split())}", file=stderr)
            continue
        except NewstimeError as e:
            print(f"{PROG}: error: cannot annotate {path}: {' '.join(str(e).split())}", file=stderr)
            continue
        except OSError as e:
            print(f"{PROG}: error: cannot annotate {path}: {e.strerror or e}", file=stderr)
            continue
        done += 1
        timexes += out.count("<TIMEX3 ") - out.count("<DCT><TIMEX3 ")
    failed = len(files) - done
    stdout.write(f"annotated {done} of {len(files)} file{'s' if len(files) != 1 else ''} from {src} into {dst} "
                 f"({timexes} TIMEX3)" + (f"; {failed} could not be read" if failed else "") + "\n")
    stdout.flush()
    return EXIT_ERROR if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    stdout, stderr = sys.stdout, sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version, usage errors
        return e.code if isinstance(e.code, int) else (EXIT_OK if e.code is None else EXIT_USAGE)

    if args.command == "evaluate":
        return _evaluate(args, stdout, stderr)
    if args.command == "annotate":
        return _annotate(args, stdout, stderr)
    if args.explain and args.format == "timeml":
        return _fail(EXIT_USAGE, "--explain works with --format table or json, not timeml", stderr)

    try:
        if args.command == "demo":
            from .demo import DEMO_ANCHOR, DEMO_TEXT, DEMO_TZ

            doc = newstime.resolve(DEMO_TEXT, anchor=DEMO_ANCHOR, tz=DEMO_TZ)
        else:
            if args.file == "-" and _interactive_stdin():
                print(f"{PROG}: reading standard input (end with Ctrl-D)", file=stderr)
            text = _read_input(args.file)
            doc = newstime.resolve(text, anchor=args.anchor, tz=args.tz)
    except _ReadError as e:
        return _fail(EXIT_ERROR, str(e), stderr)
    except (AnchorError, ZoneError, InputError) as e:
        return _fail(EXIT_USAGE, str(e), stderr)
    except NewstimeError as e:
        return _fail(EXIT_ERROR, str(e), stderr)

    stdout.write(_render(doc, args.format, args.explain))
    stdout.flush()
    return EXIT_OK


def _run() -> None:
    """Entry point for ``python -m newstime``: exit quietly when the reader goes away (``| head``)."""
    try:
        code = main()
    except BrokenPipeError:
        # Python flushes stdout at exit; point it at devnull so that flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_ERROR
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    _run()
