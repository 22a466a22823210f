"""The command line: ``python -m newstime`` (``newstime.__main__.main``)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newstime
from newstime.__main__ import format_table, main
from newstime.demo import DEMO_ANCHOR, DEMO_TEXT, DEMO_TZ

TEXT = (
    "The two ministers will meet in Vienna on Saturday evening, Moscow time, "
    "after talks last Tuesday that lasted more than five hours."
)
ANCHOR = "2022-02-12"
ZONE = "Europe/Moscow"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _package_env() -> dict[str, str]:
    """The environment for a child Python that must import this very newstime."""
    env = dict(os.environ)
    root = str(Path(newstime.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newstime: error: "), err
    return lines[0]


# --------------------------------------------------------------------------- help and usage


def test_help_subprocess() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "newstime", "--help"],
        check=False, capture_output=True, text=True, env=_package_env(), timeout=120, stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr
    assert "usage: newstime" in r.stdout
    assert "examples:" in r.stdout
    assert "resolve" in r.stdout and "demo" in r.stdout
    assert r.stderr == ""


def test_help_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "examples:" in capsys.readouterr().out


def test_resolve_help_lists_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--anchor", "--tz", "--format", "--explain"):
        assert option in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "error" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["resolve", "--format", "xml"],
    ["resolve", "--no-such-option"],
    ["demo", "--anchor", "2022-02-12"],  # demo has a fixed anchor
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "error" in captured.err and "Traceback" not in captured.err


def test_explain_with_timeml_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--format", "timeml", "--explain"]) == 2
    _one_line_error(capsys.readouterr().err)


# --------------------------------------------------------------------------- demo


def test_demo_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(f"anchor: {DEMO_ANCHOR}")
    header = next(line for line in out.splitlines() if line.startswith("span"))
    for column in ("text", "type", "value", "mod", "tz", "start", "end"):
        assert column in header.split()
    doc = newstime.resolve(DEMO_TEXT, anchor=DEMO_ANCHOR, tz=DEMO_TZ)
    assert len(doc.mentions) > 0
    for m in doc.mentions:
        assert m.value in out
    assert out == format_table(doc)


def test_demo_json_equals_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--format", "json"]) == 0
    doc = newstime.resolve(DEMO_TEXT, anchor=DEMO_ANCHOR, tz=DEMO_TZ)
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(doc.to_dict()))


def test_demo_text_is_a_plain_news_story() -> None:
    assert DEMO_TEXT.endswith("\n") and "\r" not in DEMO_TEXT
    assert len(DEMO_TEXT) < 2000


# --------------------------------------------------------------------------- resolve


def test_table_from_file(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--tz", ZONE]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    doc = newstime.resolve(TEXT, anchor=ANCHOR, tz=ZONE)
    assert captured.out == format_table(doc)
    assert captured.out.startswith(f"anchor: {ANCHOR}")
    lines = captured.out.splitlines()
    header = lines[2]
    assert header.split()[:3] == ["span", "text", "type"]
    # the columns line up: every row starts its "type" cell where the header's starts
    col = header.index("type")
    for m, line in zip(doc.mentions, lines[4:], strict=False):
        assert line[col:].startswith(m.type)


def test_json_output_parses_and_equals_to_dict(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--tz", ZONE, "--format", "json"]) == 0
    out = capsys.readouterr().out
    doc = newstime.resolve(TEXT, anchor=ANCHOR, tz=ZONE)
    assert json.loads(out) == json.loads(json.dumps(doc.to_dict()))
    assert out == json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"
    for m in json.loads(out)["mentions"]:
        assert TEXT[m["start"]:m["end"]] == m["text"]


def test_json_explain_adds_steps(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--format", "json", "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    doc = newstime.resolve(TEXT, anchor=ANCHOR)
    assert [m["explain"] for m in data["mentions"]] == [list(m.explain) for m in doc.mentions]


def test_json_keeps_non_ascii(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "quote.txt"
    text = "Kyiv\u2019s envoy said on Monday: \u201cwe will talk again on Friday.\u201d"
    path.write_text(text, encoding="utf-8")
    assert main(["resolve", str(path), "--anchor", ANCHOR, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\\u" not in out
    assert json.loads(out) == json.loads(json.dumps(newstime.resolve(text, anchor=ANCHOR).to_dict()))


def test_timeml_output(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--tz", ZONE, "--format", "timeml"]) == 0
    out = capsys.readouterr().out
    assert "<TIMEX3" in out
    assert out.rstrip("\n") == newstime.resolve(TEXT, anchor=ANCHOR, tz=ZONE).to_timeml().rstrip("\n")


def test_explain_table(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--explain"]) == 0
    out = capsys.readouterr().out
    doc = newstime.resolve(TEXT, anchor=ANCHOR)
    assert out == format_table(doc, explain=True)
    assert out.count("rule: ") == len(doc.mentions)
    assert "confidence: " in out and "reference: " in out and "flags: " in out
    for m in doc.mentions:
        for step in m.explain:
            assert " ".join(step.split()) in out


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
    assert main(["resolve", "-", "--anchor", ANCHOR, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(
        json.dumps(newstime.resolve(TEXT, anchor=ANCHOR).to_dict()))


def test_stdin_is_the_default(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    assert main(["resolve", "--anchor", ANCHOR, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["mentions"]


def test_crlf_offsets_index_the_file_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "GENEVA, March 3.\r\nThe talks will resume on Monday.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main(["resolve", str(path), "--anchor", "2022-03-03", "--format", "json"]) == 0
    for m in json.loads(capsys.readouterr().out)["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_no_anchor_leaves_placeholders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bare.txt"
    path.write_text("The committee will vote on Thursday.", encoding="utf-8")
    assert main(["resolve", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    thursday = [m for m in data["mentions"] if "Thursday" in m["text"]]
    assert thursday and "X" in thursday[0]["value"]


def test_empty_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert main(["resolve", str(path), "--anchor", ANCHOR]) == 0
    assert "no temporal expressions found" in capsys.readouterr().out


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("anchor", ["yesterday-ish", "2022-02-30", "12/02/2022 maybe"])
def test_bad_anchor_exits_2(anchor: str, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", anchor]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = _one_line_error(captured.err)
    with pytest.raises(newstime.AnchorError) as info:
        newstime.resolve(TEXT, anchor=anchor)
    assert line == "newstime: error: " + " ".join(str(info.value).split())


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "Nowhere Standard Time"])
def test_unknown_zone_exits_2(zone: str, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(story), "--anchor", ANCHOR, "--tz", zone]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = _one_line_error(captured.err)
    with pytest.raises(newstime.ZoneError) as info:
        newstime.resolve(TEXT, anchor=ANCHOR, tz=zone)
    assert line == "newstime: error: " + " ".join(str(info.value).split())


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-story.txt"
    assert main(["resolve", str(missing), "--anchor", ANCHOR]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = _one_line_error(captured.err)
    assert str(missing) in line and "no such file" in line


def test_directory_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", str(tmp_path)]) == 1
    line = _one_line_error(capsys.readouterr().err)
    assert str(tmp_path) in line and "directory" in line


def test_non_utf8_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("R\u00e9union on Monday".encode("latin-1"))
    assert main(["resolve", str(path), "--anchor", ANCHOR]) == 1
    line = _one_line_error(capsys.readouterr().err)
    assert str(path) in line and "UTF-8" in line


def test_errors_in_a_subprocess_have_no_traceback(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "newstime", "resolve", str(tmp_path / "missing.txt")],
        check=False, capture_output=True, text=True, env=_package_env(), timeout=120, stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 1
    _one_line_error(r.stderr)


# --------------------------------------------------------------------------- examples and benchmark

REPO = Path(__file__).resolve().parent.parent


def _run_script(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], check=False, capture_output=True, text=True, input=stdin,
        env=_package_env(), timeout=300, cwd=REPO,
    )


def test_example_quickstart_runs() -> None:
    r = _run_script("examples/quickstart.py")
    assert r.returncode == 0, r.stderr
    assert "'10:00 Geneva time'" in r.stdout and "2022-03-07T10:00:00+01:00" in r.stdout


def test_example_batch_jsonl(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": TEXT, "anchor": ANCHOR, "tz": ZONE}),
        "",
        json.dumps({"id": "b", "text": "The vote is on Monday.", "anchor": "not a date"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for r in (_run_script("examples/batch_jsonl.py", str(path)),
              _run_script("examples/batch_jsonl.py", stdin=path.read_text(encoding="utf-8"))):
        assert r.returncode == 1  # one bad line
        first, second = (json.loads(line) for line in r.stdout.splitlines())
        expected = {"id": "a", **newstime.resolve(TEXT, anchor=ANCHOR, tz=ZONE).to_dict()}
        assert first == json.loads(json.dumps(expected))
        assert second["id"] == "b" and second["error"].startswith("AnchorError")


def test_benchmark_smoke() -> None:
    corpus = REPO.parent / "shared" / "corpora" / "tempeval3-train"
    if not corpus.is_dir():
        pytest.skip(f"benchmark corpus not found at {corpus}")
    r = _run_script("benchmarks/speed.py", "--limit", "3", "--repeat", "1", "--peer-docs", "1")
    assert r.returncode == 0, r.stderr
    for figure in ("import newstime", "chars/s", "docs/s", "mentions found", "tracemalloc peak", "peak RSS"):
        assert figure in r.stdout
    assert "dateparser" in r.stdout  # measured, or skipped with the reason
