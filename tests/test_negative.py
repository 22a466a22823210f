"""Negative cases: text that must not produce mentions (tests/data/negative.txt)."""

from __future__ import annotations

import pathlib

import pytest

import newstime

from .conftest import TEST_ANCHOR

LINES = [ln for ln in (pathlib.Path(__file__).parent / "data" / "negative.txt").read_text(encoding="utf-8").splitlines()
         if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("line", LINES)
def test_no_mention(line: str) -> None:
    doc = newstime.resolve(line, anchor=TEST_ANCHOR)
    assert doc.mentions == (), [(m.text, m.value, m.rule) for m in doc.mentions]


def test_negative_file_has_no_duplicates() -> None:
    assert len(LINES) == len(set(LINES))
