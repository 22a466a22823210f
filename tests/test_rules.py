"""Every grammar rule carries examples; they all run here, and a rule without examples fails."""

from __future__ import annotations

import pytest

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
