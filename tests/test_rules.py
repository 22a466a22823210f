"""Every grammar rule carries examples; they all run here, and a rule without examples fails."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newstime
from newstime.grammar import GRAMMAR

from .conftest import TEST_ANCHOR, TEST_TZ

CASES = [(r.name, ex) for r in GRAMMAR.rules for ex in r.examples] + \
        [(p.name, ex) for p in GRAMMAR.prefixes for ex in p.examples]


def test_every_rule_has_examples() -> None:
    for r in GRAMMAR.rules:
        assert r.examples, r.name
    for p in GRAMMAR.prefixes:
        assert p.examples, p.name


def test_no_duplicate_examples() -> None:
    seen: dict[tuple[str, str], str] = {}
    for name, ex in CASES:
        key = (ex[0], ex[2] if len(ex) > 2 else TEST_ANCHOR)
        assert key not in seen or seen[key] == ex[1], f"{ex[0]!r}: {seen.get(key)} vs {ex[1]} ({name})"
        seen[key] = ex[1]


@pytest.mark.parametrize("name,example", CASES, ids=[f"{n}:{e[0]}" for n, e in CASES])
def test_rule_example(name: str, example: tuple[str, ...]) -> None:
    phrase, expected = example[0], example[1]
    anchor = example[2] if len(example) > 2 else TEST_ANCHOR
    doc = newstime.resolve(phrase, anchor, tz=TEST_TZ)
    assert doc.mentions, f"{name}: nothing found in {phrase!r}"
    # the mention this rule (or prefix rule) made, else the longest one
    own = [m for m in doc.mentions if name in m.rule.split("+") or name in m.explain]
    m = own[0] if own else max(doc.mentions, key=lambda m: m.end - m.start)
    assert m.value == expected, f"{name}: {phrase!r} -> {m.value} (rule {m.rule}, steps {m.explain})"


def test_every_pattern_compiles_and_needs_text() -> None:
    """Patterns are compiled on first use; here every one is compiled, and none matches the empty string
    (a rule that matched nothing would loop at its trigger)."""
    for r in GRAMMAR.rules:
        assert not r.pattern.fullmatch(""), r.name
    for p in GRAMMAR.prefixes:
        assert not p.pattern.fullmatch(""), p.name


def _digit_texts() -> list[str]:
    import json
    import pathlib
    data = pathlib.Path(__file__).parent / "data"
    texts = [ex[0] for r in GRAMMAR.rules for ex in r.examples]
    texts += [ex[0] for p in GRAMMAR.prefixes for ex in p.examples]
    texts += (data / "negative.txt").read_text(encoding="utf-8").splitlines()
    for name in ("challenge.jsonl", "dev.jsonl", "heldout.jsonl"):
        texts += [json.loads(line)["text"] for line in (data / name).read_text(encoding="utf-8").splitlines()]
    return texts


def test_digit_rules_filtered_by_length_find_the_same() -> None:
    """A number is tried only against the rules whose ``digits`` allow its length: the same candidates as
    trying every digit rule, on every example and written passage."""
    for text in _digit_texts():
        assert GRAMMAR.scan(text) == GRAMMAR.scan(text, _all_digit_rules=True), text


@given(st.lists(st.one_of(st.integers(0, 99999).map(str), st.sampled_from(
    [" ", "-", "/", ":", ".", ",", "'s", "s", " a.m.", "pm", " GMT", " o'clock", "th", "st", " century", " noon",
     " fiscal year", " season", "\u2013", "T", "Z", " hours", " March", " of May", "%"])), max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_digit_rule_filter_on_number_soup(text: str) -> None:
    assert GRAMMAR.scan(text) == GRAMMAR.scan(text, _all_digit_rules=True)


def _plain_triggers(text: str) -> list[tuple[int, str]]:
    """Triggers by the plain definition: a lexicon word not inside a word, a digit run not after a word
    character or a decimal point, "FY" before digits, or a quarter code glued to it ("Q3FY23")."""
    import re

    from newstime.grammar import _trie
    words = sorted(GRAMMAR.lexicon, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?<!\w['\u2019])(?:" + _trie(words) + r")(?!\w)|(?<![\w.,:])\d+|(?<!\w)FY(?=\s?\d)|(?<!\w)[QH][1-4](?=FY\d)", re.I)
    return [(m.start(), m.group()) for m in plain.finditer(text)]


def test_trigger_scan_matches_its_plain_definition() -> None:
    for text in _digit_texts():
        assert [(m.start(), m.group()) for m in GRAMMAR.trigger_re.finditer(text)] == _plain_triggers(text), text


@given(st.lists(st.sampled_from(list("abmnoyFYT19\u0663 '\u2019.,:-\u00e9") + [
    "Monday", "may", "noon", "FY", "Q3", "H1", "o'clock", "week", "Jan", "today"]), max_size=24).map("".join))
@settings(max_examples=400, deadline=None)
def test_trigger_scan_on_soup(text: str) -> None:
    assert [(m.start(), m.group()) for m in GRAMMAR.trigger_re.finditer(text)] == _plain_triggers(text)
