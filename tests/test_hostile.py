"""Hostile input: huge, repetitive, degenerate or random text is processed without exception and in
time roughly linear in its length; wrong argument types fail with newstime's own errors.

The time bounds are generous on purpose (a loaded CI machine is slow): a 1 MB text must take less
than 30 times its 100 KB version, and no single call may take more than ABSOLUTE_LIMIT seconds.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date

import pytest

import newstime

ANCHOR = "2022-02-12"
ABSOLUTE_LIMIT = 30.0  # seconds for any one resolve() of up to 1 MB
RATIO_LIMIT = 30.0     # t(1 MB) / t(100 KB)
TIMER_FLOOR = 0.05     # seconds: below this a 100 KB timing is noise, so the ratio uses the floor

KB100 = 100_000
MB1 = 1_000_000

# news-like sentences written for this test
NEWS = (
    "The central bank said on Tuesday that it would hold rates until the end of the year. "
    "Talks resumed at 10:00 Moscow time (08:00 Paris time) on March 3, 2022, after more than five hours of delays. "
    "Three days later, the ministry confirmed that the ferry would sail every Monday from mid-April. "
    "OSLO, March 2, 2022 - The port reopened last week, officials said, and will close again on Friday evening. "
    "Shares fell 3% in the first quarter of 2021 compared with a year earlier. "
    "The hearing, postponed twice since 2019, is now scheduled for 9:30 a.m. EST on Jan. 14. "
    "He spent 24-48 hours in custody, according to a statement published at noon Kyiv time. "
)


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters (the last copy cut)."""
    n = size // len(unit) + 1
    return (unit * n)[:size]


def random_unicode(size: int, seed: int) -> str:
    """Code points from everywhere: ASCII, Latin, Arabic (and its digits), CJK, emoji, combining marks,
    zero-width and bidi controls, full-width digits, lone surrogates."""
    r = random.Random(seed)
    pools = [
        (0x20, 0x7F), (0xA0, 0x250), (0x600, 0x700), (0x660, 0x66A), (0x4E00, 0x9FFF), (0x1F300, 0x1FAFF),
        (0x300, 0x370), (0x200B, 0x2010), (0x202A, 0x202F), (0xFF10, 0xFF1A), (0xD800, 0xE000), (0x0, 0x110000),
    ]
    out = []
    for _ in range(size):
        lo, hi = r.choice(pools)
        out.append(chr(r.randrange(lo, hi)))
    return "".join(out)


def check_output(doc: newstime.Document, text: str) -> None:
    """The cheap invariants: extents match the text, mentions in order and disjoint."""
    assert doc.text is text or doc.text == text
    prev_end = 0
    for m in doc.mentions:
        assert prev_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        prev_end = m.end


def timed_resolve(text: str) -> tuple[float, newstime.Document]:
    t0 = time.perf_counter()
    doc = newstime.resolve(text, ANCHOR)
    return time.perf_counter() - t0, doc


# ------------------------------------------------------------------------------------------------
# the exact shapes from the brief: processed, no exception, within the absolute bound

EXACT = {
    "digits-1x100000": "1" * 100_000,
    "clock-colons-12:x30000": "12:" * 30_000,
    "spaces-x100000": " " * 100_000,
    "on-on-on-x50000": "on on on " * 50_000,
    "may-may-may-x30000": "May May May " * 30_000,
    "january-1-x20000": "January 1, " * 20_000,
    "open-brackets-x100000": "(" * 100_000,
    "nested-brackets-balanced": "(" * 50_000 + "March 3, 2022" + ")" * 50_000,
    "nested-brackets-times": "(10:00 Moscow time " * 5_000 + ")" * 5_000,
    "digits-and-dashes": "2022-" * 20_000,
    "iso-like-run": "2022-02-12T14:05" * 6_000,
    "ordinal-soup": "1st 2nd 3rd 4th " * 10_000,
    "zone-soup": "noon Moscow time (noon Paris time) " * 3_000,
    "unit-soup": "days ago weeks later months earlier " * 3_000,
    "number-word-soup": "two three four five hours " * 4_000,
    "random-unicode-100k": random_unicode(100_000, seed=7),
}


@pytest.mark.parametrize("text", list(EXACT.values()), ids=list(EXACT))
def test_hostile_exact_shapes(text: str) -> None:
    elapsed, doc = timed_resolve(text)
    check_output(doc, text)
    assert elapsed < ABSOLUTE_LIMIT, f"{elapsed:.1f} s"


# ------------------------------------------------------------------------------------------------
# linearity: 100 KB vs 1 MB of the same pattern

PATTERNS = {
    "char-a": "a",
    "char-space": " ",
    "char-1": "1",
    "char-dot": ".",
    "char-newline": "\n",
    "char-open-bracket": "(",
    "digits-colon": "12:",
    "on-on": "on ",
    "may-may": "May ",
    "january-1": "January 1, ",
    "fiscal-codes": "Q3FY23 FY2022-",
    "dotted-clock": "14.30 ",
    "turn-of-the": "the turn of the ",
    "day-list": "July 7, 8, 9, 10, 11, 12, ",
    "next-verb": "Chelsea next face ",
    "news-sentences": NEWS,
}


@pytest.mark.parametrize("unit", list(PATTERNS.values()), ids=list(PATTERNS))
def test_hostile_linear_time(unit: str) -> None:
    small = repeat_to(unit, KB100)
    big = repeat_to(unit, MB1)
    t_small, doc_small = timed_resolve(small)
    check_output(doc_small, small)
    t_big, doc_big = timed_resolve(big)
    check_output(doc_big, big)
    assert t_big < ABSOLUTE_LIMIT, f"1 MB took {t_big:.1f} s"
    assert t_big < RATIO_LIMIT * max(t_small, TIMER_FLOOR), (
        f"1 MB took {t_big:.2f} s, 100 KB {t_small:.3f} s: {t_big / max(t_small, 1e-9):.0f}x for 10x the text")


def test_random_unicode_linear_time() -> None:
    small = random_unicode(KB100, seed=11)
    big = random_unicode(MB1, seed=12)
    t_small, doc_small = timed_resolve(small)
    check_output(doc_small, small)
    t_big, doc_big = timed_resolve(big)
    check_output(doc_big, big)
    assert t_big < ABSOLUTE_LIMIT
    assert t_big < RATIO_LIMIT * max(t_small, TIMER_FLOOR)


def test_news_megabyte_finds_every_sentence_mention() -> None:
    """1 MB of news: the mentions of one copy repeat in every copy (no state leaks between sentences
    in a way that drops or invents mentions), and there are many of them."""
    one = newstime.resolve(NEWS, ANCHOR)
    big = repeat_to(NEWS, MB1)
    elapsed, doc = timed_resolve(big)
    check_output(doc, big)
    assert elapsed < ABSOLUTE_LIMIT
    copies = len(big) // len(NEWS)
    assert len(doc.mentions) >= copies * len(one.mentions) * 0.9
    texts = {m.text for m in one.mentions}
    assert {m.text for m in doc.mentions} >= texts


def test_no_anchor_and_document_zone_on_hostile_text() -> None:
    text = repeat_to("MOSCOW, March 2 - " + NEWS, 200_000)
    t0 = time.perf_counter()
    doc = newstime.resolve(text, tz="Europe/Moscow")
    assert time.perf_counter() - t0 < ABSOLUTE_LIMIT
    check_output(doc, text)


# ------------------------------------------------------------------------------------------------
# wrong argument types and values


@pytest.mark.parametrize("bad", [b"on Monday", None, 12345, bytearray(b"on Monday"), ["on Monday"], 3.5])
def test_non_str_text_raises_input_error(bad: object) -> None:
    with pytest.raises(newstime.InputError) as ei:
        newstime.resolve(bad)  # type: ignore[arg-type]
    assert isinstance(ei.value, TypeError)
    assert type(bad).__name__ in str(ei.value)
    assert "str" in str(ei.value)


@pytest.mark.parametrize("bad", [b"on Monday", None, 7])
def test_parse_non_str_raises_input_error(bad: object) -> None:
    with pytest.raises(newstime.InputError):
        newstime.parse(bad, ANCHOR)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad,names", [
    ("yesterday", "'yesterday'"),
    ("2022-13-45", "'2022-13-45'"),
    ("2022-02-30", "'2022-02-30'"),
    ("", "''"),
    ("last week sometime", "'last week sometime'"),
    (12345, "int"),
    (object(), "object"),
    (3.5, "float"),
    (b"2022-02-12", "bytes"),
])
def test_bad_anchor_raises_anchor_error(bad: object, names: str) -> None:
    with pytest.raises(newstime.AnchorError) as ei:
        newstime.resolve("The vote was on Monday.", bad)  # type: ignore[arg-type]
    assert isinstance(ei.value, ValueError)
    assert names in str(ei.value)


@pytest.mark.parametrize("bad,names", [
    ("Mars/Olympus", "'Mars/Olympus'"),
    ("", "empty"),
    ("   ", "empty"),
    ("Europe/Atlantis", "'Europe/Atlantis'"),
    ("UTC+99", "'UTC+99'"),
    (42, "int"),
])
def test_unknown_zone_raises_zone_error(bad: object, names: str) -> None:
    with pytest.raises(newstime.ZoneError) as ei:
        newstime.resolve("The vote was on Monday.", ANCHOR, tz=bad)  # type: ignore[arg-type]
    assert isinstance(ei.value, ValueError)
    assert names in str(ei.value)


def test_unknown_zone_in_overrides_raises_zone_error() -> None:
    with pytest.raises(newstime.ZoneError) as ei:
        newstime.resolve("The call is at 12:00 IST.", ANCHOR, zones={"IST": "Mars/Olympus"})
    assert "Mars/Olympus" in str(ei.value)


def test_bad_disambiguate_policy_raises_input_error() -> None:
    with pytest.raises(newstime.InputError) as ei:
        newstime.resolve("at 02:30 Paris time", "2021-03-28", disambiguate="nearest")  # type: ignore[arg-type]
    assert "'nearest'" in str(ei.value)


def test_errors_share_the_base_class() -> None:
    calls: list[Callable[[], object]] = [
        lambda: newstime.resolve(None),  # type: ignore[arg-type]
        lambda: newstime.resolve("x", "yesterday"),
        lambda: newstime.resolve("x", ANCHOR, tz="Mars/Olympus")]
    for call in calls:
        with pytest.raises(newstime.NewstimeError):
            call()


def test_raise_policy_on_a_gap_raises_ambiguous_time_error() -> None:
    with pytest.raises(newstime.AmbiguousTimeError) as ei:
        newstime.resolve("It began at 02:30 Paris time.", "2021-03-28", disambiguate="raise")
    assert "Europe/Paris" in str(ei.value)
    # and the default policy processes it
    assert newstime.resolve("It began at 02:30 Paris time.", date(2021, 3, 28)).mentions
