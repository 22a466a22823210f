"""The grammar: rules that turn words into candidates, in one linear pass.

How the scan works (see docs/design.md):

1. One *trigger* pattern, compiled from the vocabulary tables, finds the head words of temporal
   expressions (month and weekday names, deictic words, units, parts of day, digits...).  It is a
   prefix-factored alternation, so it runs at several megabytes a second.
2. At each trigger the rules registered for its category are tried with an anchored
   ``pattern.match(text, pos)``; the longest match wins.
3. *Prefix* rules extend a candidate to the left ("the end of last", "more than", "about") with
   reverse-anchored matches that look at most a few words back; *suffix* rules extend it to the right
   ("ago", ", Moscow time").

Every rule carries examples; the test suite runs them all, and a rule without examples fails it.
Patterns never use unbounded whitespace (``\\s{1,3}``) or nested quantifiers, so the scan is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import regex

from .data import words as W
from .data import zones as Z
from .spec import Candidate, Spec
from .timex import SPLIT_UNITS
from .tz import ZoneRef, zone_for

__all__ = ["Rule", "PrefixRule", "Grammar", "GRAMMAR", "Example"]

Example = tuple[str, ...]  # (phrase, expected value[, anchor]); the anchor defaults to the test anchor


@dataclass(frozen=True)
class Rule:
    """A rule tried at its trigger words; its pattern is compiled the first time a trigger is met."""

    name: str
    triggers: tuple[str, ...]
    source: str
    build: Callable[[regex.Match[str], str], Spec | None]
    examples: tuple[Example, ...]
    priority: int = 0
    # for a rule triggered by digits: the lengths of the digit run it can start with ("1998": 4), so that
    # a number is tried only against the rules its length allows; empty: any length
    digits: tuple[int, ...] = ()

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        return _compile(self.source)


@dataclass(frozen=True)
class PrefixRule:
    """Extends a candidate to the left: ``pattern`` is reverse-anchored at the candidate's start (and
    compiled the first time a candidate it applies to is met)."""

    name: str
    source: str
    applies: Callable[[Spec], bool]
    build: Callable[[regex.Match[str], Spec], Spec | None]
    examples: tuple[Example, ...]

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        # a prefix starts at a word boundary (after an opening quote too: "'Last Thursday was ...'")
        return _compile("(?r)(?<!\\w)(?<!\\w[\x27\u2019])(?:" + self.source + r")")


def _trie(words: list[str]) -> str:
    """A prefix-factored alternation of literal words (longest first at each branch)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return emit(root)


@dataclass
class Grammar:
    """A registry of rules; compiled once, then used to scan any number of texts."""

    rules: list[Rule] = field(default_factory=list)
    prefixes: list[PrefixRule] = field(default_factory=list)
    lexicon: dict[str, set[str]] = field(default_factory=dict)
    _by_trigger: dict[str, list[Rule]] = field(default_factory=dict)
    _by_digits: dict[int, list[Rule]] = field(default_factory=dict)  # the "digits" rules a digit run of that length may start
    _trigger_re: re.Pattern[str] | None = None

    def word(self, category: str, *words: str) -> None:
        for w in words:
            self.lexicon.setdefault(w.lower(), set()).add(category)

    def rule(self, name: str, triggers: tuple[str, ...] | str, pattern: str, examples: tuple[Example, ...],
             priority: int = 0, digits: tuple[int, ...] = ()) -> Callable[[Callable[[regex.Match[str], str], Spec | None]], Callable[..., Spec | None]]:
        if isinstance(triggers, str):
            triggers = (triggers,)
        if not examples:
            raise ValueError(f"rule {name}: a rule needs examples")

        def deco(fn: Callable[[regex.Match[str], str], Spec | None]) -> Callable[..., Spec | None]:
            r = Rule(name, triggers, pattern, fn, examples, priority, digits)
            self.rules.append(r)
            for t in triggers:
                self._by_trigger.setdefault(t, []).append(r)
            self._by_digits = {}
            self._trigger_re = None
            return fn

        return deco

    def prefix(self, name: str, pattern: str, applies: Callable[[Spec], bool],
               examples: tuple[Example, ...]) -> Callable[[Callable[[regex.Match[str], Spec], Spec | None]], Callable[..., Spec | None]]:
        if not examples:
            raise ValueError(f"prefix {name}: a rule needs examples")

        def deco(fn: Callable[[regex.Match[str], Spec], Spec | None]) -> Callable[..., Spec | None]:
            self.prefixes.append(PrefixRule(name, pattern, applies, fn, examples))
            return fn

        return deco

    @property
    def trigger_re(self) -> re.Pattern[str]:
        if self._trigger_re is None:
            words = sorted(self.lexicon, key=len, reverse=True)
            # the standard library's engine scans a literal trie several times faster than `regex`; a class of
            # the characters a trigger can start with, tested first, lets it pass most positions at once
            first = "".join(sorted({w[0].lower() for w in words} | {"f"}))
            self._trigger_re = re.compile(
                r"(?<!\w)(?=[" + re.escape(first) + r"\d])(?:(?<!\w['\u2019])(?:" + _trie(words) + r")(?!\w)|(?<![.,:])\d+|FY(?=\s?\d)|[QH][1-4](?=FY\d))", re.I)
        return self._trigger_re

    def _digit_rules(self, n: int) -> list[Rule]:
        rules = self._by_digits.get(n)
        if rules is None:
            rules = self._by_digits[n] = [r for r in self._by_trigger.get("digits", ()) if not r.digits or n in r.digits]
        return rules

    def scan(self, text: str, _all_digit_rules: bool = False) -> list[Candidate]:
        """Core candidates in text order (no two overlap), each already extended to the left.

        At a trigger every rule of its categories is tried; the reading that covers most text
        (after left extension) wins, then the rule's priority.  A candidate that is still *bare*
        (a unit with no quantity, a part of day with no determiner) does not block the left
        extension of the next one, and is dropped if that extension covers it ("the day after
        tomorrow").
        """
        out: list[Candidate] = []
        floor = 0  # end of the last candidate that is not bare
        last_end = 0
        lex = self.lexicon
        by_trigger = self._by_trigger
        for tm in self.trigger_re.finditer(text):
            pos = tm.start()
            if pos < last_end:
                continue
            tok = tm.group()
            digits = tok[0].isdigit()
            cats = ("digits",) if digits else lex.get(tok.lower(), ())
            best: tuple[int, int, Spec, Rule, tuple[str, ...]] | None = None
            for cat in cats:
                tried = self._digit_rules(len(tok)) if digits and not _all_digit_rules else by_trigger.get(cat, ())
                for r in tried:
                    m = r.pattern.match(text, pos)
                    if m is None:
                        continue
                    end = m.end()
                    spec = r.build(m, text)
                    if spec is None:
                        continue
                    start, spec, steps = self.extend_left(text, pos, spec, floor)
                    if best is not None and (end - start, r.priority) <= (best[0] - best[1], best[3].priority):
                        continue
                    best = (end, start, spec, r, steps)
            if best is None:
                continue
            end, start, spec, r, steps = best
            while out and out[-1].end > start:
                out.pop()  # a bare candidate swallowed by this one's left extension
            out.append(Candidate(start, end, spec, r.name, steps))
            last_end = end
            if "bare" not in spec.notes:
                floor = end
        return out

    def extend_left(self, text: str, start: int, spec: Spec, floor: int) -> tuple[int, Spec, tuple[str, ...]]:
        steps: list[str] = []
        changed = True
        rounds = 0
        while changed and rounds < 8:  # a bounded number of words to the left
            changed = False
            rounds += 1
            lo = max(floor, start - 48)
            for p in self.prefixes:
                if not p.applies(spec):
                    continue
                m = p.pattern.match(text, lo, start)
                if m is None or m.start() == start:
                    continue
                new = p.build(m, spec)
                if new is None:
                    continue
                spec, start = new, m.start()
                steps.append(p.name)
                changed = True
                break
        return start, spec, tuple(steps)


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.I | regex.V0 | regex.X, ignore_unused=True, **NAMED_LISTS)


@cache
def _rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A compiled pattern, cached: the rules' small context checks run once per candidate."""
    return regex.compile(pattern, flags)


def _match(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, int(flags)).match(string)


def _search(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, int(flags)).search(string)


def _fullmatch(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, int(flags)).fullmatch(string)


_SPACES = regex.compile(r"\s+")


def _squash(s: str) -> str:
    return str(_SPACES.sub(" ", s))


_NUMBER_WORDS = [k for k in W.NUMBERS if " " not in k and k not in ("a", "an")]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NAMED_LISTS: dict[str, list[str]] = {
    "month": list(W.MONTHS),
    "weekday": list(W.WEEKDAYS),
    "unit": list(W.UNITS),
    "numword": _NUMBER_WORDS,
    "vague": list(W.VAGUE_NUMBERS),
    "ordinal": [k for k in W.ORDINALS if k != "last"],
    "clockhour": list(W.CLOCK_HOURS),
    "clocktens": list(W.CLOCK_MINUTE_TENS),
    "clockteens": list(W.CLOCK_MINUTE_TEENS),
    "pod": list(W.PARTS_OF_DAY),
    "season": list(W.SEASONS),
    "mod": list(W.MODIFIERS),
    "abbr": list(Z.ABBREVIATIONS),
    "zonename": list(Z.ZONE_NAMES),
    "barezone": list(Z.BARE_ZONE_NAMES),
    "place": list(Z.PLACES) + list(Z.MULTI_ZONE_PLACES),
    "holiday": list(W.HOLIDAYS) + list(W.REGIONAL_HOLIDAYS) + [k.replace("'", "\u2019") for k in W.HOLIDAYS if "'" in k],
    "street": list(W.STREET_SUFFIXES),
    "numbered": list(W.NUMBERED_NOUNS),
}

# a quantity, as written before a unit: "5", "24-48", "five", "twenty-four", "a", "several", "half an"
QTY = r"""(?:
    (?P<frac>\d{1,3})\s{1,2}1/2
  | (?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,2})?)(?:\s{0,2}(?:-|\u2013|to|or)\s{0,2}(?P<num2>\d{1,7})|(?P<nhalf>\s{1,3}and\s{1,3}a\s{1,3}half))?
  | (?P<hmul>a|one|two|three|four|five|six|seven|eight|nine)\s{1,3}(?P<hund>hundred|thousand)
      (?:\s{1,3}and\s{1,3}(?:(?P<htens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{1,2}(?P<hones>one|two|three|four|five|six|seven|eight|nine))?
                          |(?P<hrest>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))?
  | (?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]{1,2}(?P<ones>one|two|three|four|five|six|seven|eight|nine)(?P<thalf>\s{1,3}and\s{1,3}a\s{1,3}half)?
  | (?P<big>a\s{1,3}(?:hundred|thousand|dozen))
  | (?P<word>\L<numword>)(?:\s{0,2}(?:-|\u2013|to|or)\s{0,2}(?P<word2>\L<numword>)|(?P<whalf>\s{1,3}and\s{1,3}a\s{1,3}half))?
  | (?P<vague>a\s{1,3}few|a\s{1,3}couple\s{1,3}of|several|few|many|some|a\s{1,3}number\s{1,3}of|dozens\s{1,3}of|couple\s{1,3}of|hundreds\s{1,3}of)
  | (?P<half>half\s{1,3}an?|a\s{1,3}half|another\s{1,3}half)
  | (?P<a>an?|another)
)"""


def _qty(m: regex.Match[str]) -> tuple[float | None, float | None, float | None, bool]:
    """(amount, low, high, vague) from a QTY match."""
    g = m.groupdict()
    if g.get("num"):
        a = float(g["num"].replace(",", "")) + (0.5 if g.get("nhalf") else 0.0)
        if g.get("num2"):
            b = float(g["num2"])
            return b, a, b, False
        return a, None, None, False
    if g.get("hund"):  # "two hundred", "a hundred and thirty", "three hundred and sixty-five"
        base = W.NUMBERS[g["hmul"].lower()] * (100 if g["hund"].lower() == "hundred" else 1000)
        rest = W.NUMBERS[g["htens"].lower()] + (W.NUMBERS[g["hones"].lower()] if g.get("hones") else 0) if g.get("htens") else (
            W.NUMBERS[g["hrest"].lower()] if g.get("hrest") else 0)
        return float(base + rest), None, None, False
    if g.get("big"):
        return {"hundred": 100.0, "thousand": 1000.0, "dozen": 12.0}[g["big"].split()[-1].lower()], None, None, False
    if g.get("frac"):
        return float(g["frac"]) + 0.5, None, None, False
    if g.get("tens"):
        return float(W.NUMBERS[g["tens"].lower()] + W.NUMBERS[g["ones"].lower()]) + (0.5 if g.get("thalf") else 0.0), None, None, False
    if g.get("word"):
        a = float(W.NUMBERS[g["word"].lower()]) + (0.5 if g.get("whalf") else 0.0)
        if g.get("word2"):
            b = float(W.NUMBERS[g["word2"].lower()])
            return b, a, b, False
        return a, None, None, False
    if g.get("vague"):
        if "couple" in g["vague"].lower():
            return 2.0, None, None, False  # "a couple of years": two, approximately (see _p_qty)
        return None, None, None, True
    if g.get("half"):
        return 0.5, None, None, False
    if g.get("a"):
        return 1.0, None, None, False
    return None, None, None, True


# ---------------------------------------------------------------------------------------------
GRAMMAR = Grammar()
G = GRAMMAR

G.word("month", *W.MONTHS)
G.word("weekday", *W.WEEKDAYS)
G.word("weekday", *(w + "s" for w in W.WEEKDAYS if w.endswith("day")))
G.word("deictic", *W.DEICTIC_DAYS)
G.word("unit", *W.UNITS, *(u + "long" for u in W.CLOSED_LENGTH_UNITS))
G.word("pod", *W.PARTS_OF_DAY, "noon", "midnight", "midday")
G.word("season", *W.SEASONS)
G.word("ref", "now", "recently", "lately", "nowadays", "currently", "future", "past", "present")
G.word("set", "daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly", "biweekly")
G.word("quarterword", "q1", "q2", "q3", "q4", "h1", "h2")
G.word("ordinal", *(k for k in W.ORDINALS if k != "last"))
G.word("spokenyear", "nineteen", "twenty", "two")
G.word("clockword", *W.CLOCK_HOURS, *W.CLOCK_FRACTIONS)
G.word("periodword", "period")
G.word("fiscalcode", "fy")
G.word("priorword", "prior")
G.word("refnoun", "term", "date")
G.word("while", "while", "time")
G.word("holiday", *{k.split()[0].split("'")[0] for k in (*W.HOLIDAYS, *W.REGIONAL_HOLIDAYS)})
G.word("midword", "midweek", "midyear", "midmonth")
G.word("decadeword", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def _cap(s: str) -> bool:
    return s[:1].isupper()


_NEXT_CAP_WORD = regex.compile(r"\s{1,3}(?-i:([A-Z][a-z]+))\b\.?")


def _names_something(text: str, end: int) -> bool:
    """A capitalised time word followed by a name part, at once or after one more capitalised word:
    "The Sunday Times", "the Good Friday Agreement", "Tuesday Morning Corp."."""
    for _ in range(2):
        m = _NEXT_CAP_WORD.match(text, end, end + 24)
        if m is None:
            return False
        if m[1].lower() in W.NAME_AFTER_TIME_WORD:
            return True
        end = m.end()
    return False


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def _day_ok(d: int) -> bool:
    return 1 <= d <= 31


# --- month names --------------------------------------------------------------------------------
_MDY = r"""(?P<m>\L<month>)(?:\.|(?=\s))\s{0,2}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?!,\d{3})
          (?:\s{0,2},?\s{1,3}(?P<y>\d{4})(?!\d))?"""


_DAY_NAMES_MOVEMENT = regex.compile(r"\s{1,3}(?-i:[A-Z][a-z]+\s{1,3})?(?-i:" + "|".join(sorted(W.DAY_NAMED_BODIES, key=len, reverse=True)) + r")\b")


@G.rule("month_day_year", "month", _MDY, (
    ("December 17, 2021", "2021-12-17"), ("Dec. 17", "2021-12-17"), ("February 12th 2022", "2022-02-12"),
    ("on January 10", "2022-01-10", "2021-12-29"), ("May 3", "2022-05-03"), ("since the Sept. 11 attacks", "2001-09-11")))
def _month_day(m: regex.Match[str], text: str) -> Spec | None:
    d = int(m["d"])
    if not _day_ok(d) or not _cap(m["m"]):
        return None
    y = _year(m["y"])
    if y is None and _DAY_NAMES_MOVEMENT.match(text, m.end()):
        return None  # "the May 4 Movement", "the July 26 Movement": a name
    mo = W.MONTHS[m["m"].lower()]
    named = W.NAMED_DAYS.get((mo, d))
    if y is None and named is not None:
        nxt = _match(r"\s{1,3}(?:terror\s{1,3}|terrorist\s{1,3})?([a-z]+)", text[m.end():m.end() + 24])
        if nxt and nxt[1] in named[1]:
            y = named[0]  # "the Sept. 11 attacks": that day of 2001, whatever the article's year
    return Spec("date", year=y, month=mo, day=d)


@G.rule("month_year", "month", r"(?P<m>\L<month>)\.?,?\s{1,3}(?:of\s{1,3})?(?P<y>\d{4})(?!\d)",
        (("June 2021", "2021-06"), ("Sept. 1998", "1998-09"), ("March of 2003", "2003-03")))
def _month_year(m: regex.Match[str], text: str) -> Spec | None:
    if not _cap(m["m"]):
        return None
    return Spec("date", year=int(m["y"]), month=W.MONTHS[m["m"].lower()])


_BARE_MONTH_LEFT = regex.compile(
    r"(?r)(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|last|next|this|early|late|mid|"
    r"between|and|or|to|than|throughout|past|coming|previous|each|every|for|into)[\s-]{1,3}|mid-|(?<=[A-Za-z.])[-\u2013]"
    r"|\bthe\s{1,3}[a-z]{2,12}est\s{1,3}|\b(?:(?:until|till|by|before|from|since)\s{1,3})?at\s{1,3}(?:least|the\s{1,3}earliest|the\s{1,3}latest)\s{1,3}"
    r"|\bas\s{1,3}(?:early|late|soon)\s{1,3}as\s{1,3})\Z", regex.I)  # "data for May", "the coldest March since 1962", "until at least March"


# a change of a figure before "by a quarter" ("has shrunk by a quarter"): a fraction
_CHANGE_BEFORE = regex.compile(r"\b(?:" + "|".join(sorted(W.CHANGE_VERBS, key=len, reverse=True)) + r")\b[^.;]{0,30}\Z", regex.I)
_KIN_LEFT = regex.compile(r"\b(?:" + "|".join(sorted(W.KIN_NOUNS)) + r"),?\s{1,3}\(?\Z", regex.I)


@G.rule("month", "month", r"(?P<m>\L<month>)(?!\w|['\u2019](?!s\b))", (
    ("April", "2022-04", "2022-02-12"), ("in December", "2021-12"), ("since March", "2021-03"),
    ("the beginning of December", "2021-12"), ("Auto makers' May sales rose", "2021-05"),
    ("Britain had the wettest May since 1962", "2021-05"), ("price data for May are due", "2022-05")), priority=-1)
def _month(m: regex.Match[str], text: str) -> Spec | None:
    w = m["m"]
    if not _cap(w) or len(w) <= 3 and w.lower() != "may":
        return None
    if (nd := _match(r"\.?\s{1,3}\d{1,2}\b", text[m.end():m.end() + 6])) and _DAY_NAMES_MOVEMENT.match(text, m.end() + nd.end()):
        return None  # "the April 6 Youth Movement": the name the month-day rule turned down
    low = w.lower()
    if ((low in W.AMBIGUOUS_MONTHS or w.isupper()) and not _BARE_MONTH_LEFT.match(text, max(0, m.start() - 16), m.start())
            and (w.isupper() or not _figure_noun_after(text, m.end()))):
        return None
    if _KIN_LEFT.search(text, max(0, m.start() - 16), m.start()) and text[m.end():m.end() + 1] in (",", ")"):
        return None  # "Ms Steenkamp's mother, June, said": a name
    if (low in W.NAME_MONTHS and _FOR_LEFT.search(text, max(0, m.start() - 6), m.start())
            and _match(r"\s{1,3}(?:to\s{1,3}[a-z]|(?:has|had|is|was|said|says|will|would)\b)", text[m.end():m.end() + 12])):
        return None  # "calls for May to resign", "support for May was": a person
    if (low in W.AMBIGUOUS_MONTHS and _CONJUNCTION_LEFT.search(text, max(0, m.start() - 8), m.start())
            and _match(r"\s{1,3}(?:[a-z]{3,}ed|has|had|is|was|will|would|said|says|told|took|won|lost|met|became)\b", text[m.end():m.end() + 16])):
        return None  # "two years after May triggered Article 50": a clause with a person for subject ("sales in May rose": a month)
    if (W.MONTHS[low] % 3 == 0 and _QUARTER_NEXT.match(text, m.end())
            and not _MONTH_RANGE_LEFT.search(text, max(0, m.start() - 10), m.start())):
        return None  # "the December quarter": the prefix "month_quarter" reads it whole ("the October-December quarter" is a range)
    return Spec("date", month=W.MONTHS[low])


def _figure_noun_after(text: str, end: int) -> bool:
    """A noun of figures follows ("May sales", "March payrolls"): the month word is a month."""
    nxt = _match(r"\s{1,3}([a-z]+)", text[end:end + 24])
    return nxt is not None and nxt[1] in W.MONTH_FIGURE_NOUNS


_FOR_LEFT = regex.compile(r"\bfor\s{1,3}\Z", regex.I)
_CONJUNCTION_LEFT = regex.compile(r"\b(?:after|before|since|until|when|as|while)\s{1,3}\Z", regex.I)
_QUARTER_NEXT = regex.compile(r"[\s-]{1,2}quarter\b", regex.I)
_MONTH_RANGE_LEFT = regex.compile(r"(?:[-\u2013/]\s{0,2}|\b(?:to|through|and)\s{1,3})\Z", regex.I)


# --- day first, numeric --------------------------------------------------------------------------
@G.rule("day_month_year", "digits",
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?P<m>\L<month>)\b(?:(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.)?(?:,?\s{1,3}(?P<y>\d{4})(?!\d))?",
        (("17 December 2021", "2021-12-17"), ("12th of February", "2022-02-12"), ("3 May", "2022-05-03")), digits=(1, 2))
def _day_month(m: regex.Match[str], text: str) -> Spec | None:
    d = int(m["d"])
    if not _day_ok(d) or not _cap(m["m"]):
        return None
    notes = ("day-of-month",) if " of" in m.group() else ()
    return Spec("date", year=_year(m["y"]), month=W.MONTHS[m["m"].lower()], day=d, notes=notes)


# a day written as an ordinal word, as spoken: "March eighth", "March the third", "the twenty-first of March"
_NOT_A_DAY_AFTER = (r"(?!\s{0,2}(?:-|century|centuries|anniversary|floor|place|time|round|day|week|year|quarter|half|birthday"
                    r"|street|avenue|amendment|district|division|minute|hour|inning|game|straight|consecutive|largest|biggest|most)\b)")


@G.rule("month_ordinal_word", "month",
        r"(?P<m>\L<month>)\.?\s{1,3}(?:the\s{1,3})?(?P<o>\L<ordinal>)(?![\w-])" + _NOT_A_DAY_AFTER
        + r"(?:,?\s{1,3}(?P<y>\d{4})(?!\d))?",
        (("the vote is on March eighth", "2022-03-08"), ("on March the third", "2022-03-03"),
         ("May twenty-first, 1998", "1998-05-21")))
def _month_ordinal_word(m: regex.Match[str], text: str) -> Spec | None:
    if not _cap(m["m"]) or (m.group(0)[len(m["m"])] == "." and (len(m["m"]) > 4 or "The" in m.group(0))):
        return None  # "since the ouster of Mubarak last February. The third and final round": a sentence ends
    return Spec("date", year=_year(m["y"]), month=W.MONTHS[m["m"].lower()], day=W.ORDINALS[m["o"].lower()])


@G.rule("ordinal_word_of_month", "ordinal",
        r"(?P<o>\L<ordinal>)\s{1,3}of\s{1,3}(?P<m>\L<month>)\b(?:,?\s{1,3}(?P<y>\d{4})(?!\d))?",
        (("talks on the twenty-first of March", "2022-03-21"), ("the first of May, 1999", "1999-05-01")))
def _ordinal_word_of_month(m: regex.Match[str], text: str) -> Spec | None:
    if not _cap(m["m"]) or _squash(f"{m['o']} of {m['m']}".lower()) in W.HOLIDAYS:
        return None  # "the Fourth of July" is the holiday rule's
    return Spec("date", year=_year(m["y"]), month=W.MONTHS[m["m"].lower()], day=W.ORDINALS[m["o"].lower()],
                notes=("day-of-month",))


@G.rule("iso_date", "digits",
        r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T\s](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d{1,6})?)?"
        r"(?P<z>Z|[+\-](?:0\d|1[0-4]):?[0-5]\d)?)?(?![\d\-:])",
        (("2022-02-07", "2022-02-07"), ("2021-12-17T14:30", "2021-12-17T14:30"), ("2022-02-12T10:00+05:30", "2022-02-12T10:00"),
         ("2022-02-12T10:00:00.250Z", "2022-02-12T10:00:00")), priority=2, digits=(4,))
def _iso(m: regex.Match[str], text: str) -> Spec | None:
    mo, d = int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and _day_ok(d)):
        return None
    if m["H"]:
        zone = _iso_zone(m["z"]) if m["z"] else None
        return Spec("time", year=int(m["y"]), month=mo, day=d, hour=int(m["H"]), minute=int(m["M"]),
                    second=_year(m["S"]), zone=zone)
    return Spec("date", year=int(m["y"]), month=mo, day=d)


def _iso_zone(z: str) -> ZoneRef | None:
    """The zone of an ISO 8601 designator: "Z" is UTC, "+05:30" a fixed offset."""
    return zone_for("UTC" if z.upper() == "Z" else z)


@G.rule("nine_eleven", "digits", r"9/11(?![\d/])", (("after 9/11, security tightened", "2001-09-11"),), digits=(1,))
def _nine_eleven(m: regex.Match[str], text: str) -> Spec | None:
    if _names_something(text, m.end()):
        return None  # "the 9/11 Commission": a name
    # "9/11" with no year is the name of the 2001 attacks in news text
    return Spec("date", year=2001, month=9, day=11)


@G.rule("numeric_date", "digits", r"(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])",
        (("12/17/2021", "2021-12-17"), ("2/17/22", "2022-02-17"), ("17/12/2021", "2021-12-17")), digits=(1, 2))
def _numeric(m: regex.Match[str], text: str) -> Spec | None:
    a, b, y = int(m["m"]), int(m["d"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    if 1 <= a <= 12 and _day_ok(b):
        # month first (US order) unless the document's region says otherwise; "3/4/2022" stays ambiguous
        notes = ("date-order-ambiguous",) if b <= 12 and a != b else ()
        return Spec("date", year=y, month=a, day=b, notes=notes)
    if 1 <= b <= 12 and _day_ok(a):
        return Spec("date", year=y, month=b, day=a)  # "17/12/2021": day first, as most of the world writes it
    return None


_DOTTED_LEFT = regex.compile(r"(?r)(?:\b(?:on|dated|since|until|till|from|by|of|to|before|after|born|date|and|between|as\s{1,3}of)\s{1,3}|^|[(\[,\n]\s{0,2})\Z", regex.I)


@G.rule("dotted_date", "digits", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?!\d|\.\d)",
        (("the meeting on 12.02.2022", "2022-02-12"), ("born 1.9.1985", "1985-09-01")), digits=(1, 2))
def _dotted(m: regex.Match[str], text: str) -> Spec | None:
    """ "12.02.2022": day, month, year, as Europe, Russia and India write them with dots (no one writes the
    month first with dots)."""
    d, mo = int(m["d"]), int(m["m"])
    if not (1 <= mo <= 12 and _day_ok(d)) or not _DOTTED_LEFT.search(text, max(0, m.start() - 14), m.start()):
        return None  # "Version 1.2.2022", "a price of 1.05.2020": numbers
    return Spec("date", year=int(m["y"]), month=mo, day=d)


@G.rule("stamp_date", "digits", r"(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d{2})(?=\s{1,3}(?:[01]\d|2[0-4])[0-5]\d(?:\s{0,2}\L<abbr>)?\b)",
        (("08-15-90 1337EDT", "1990-08-15T13:37"),), digits=(2,))
def _stamp_date(m: regex.Match[str], text: str) -> Spec | None:
    # a wire-service time stamp: month-day-year (two digits each) and a 24-hour clock time
    mo, d, y = int(m["m"]), int(m["d"]), int(m["y"])
    if not (1 <= mo <= 12 and _day_ok(d)):
        return None
    return Spec("date", year=y + (2000 if y < 50 else 1900), month=mo, day=d)


_STREET_AFTER = _compile(r"\s(?-i:[A-Z][\w.'-]*\s){1,3}(?-i:\L<street>)\b")
_NUMBERED_BEFORE = _compile(r"(?r)\b\L<numbered>\s{1,3}\Z")


# --- years and decades ---------------------------------------------------------------------------
_COUNT_RANGE_AFTER = regex.compile(r"\s{1,3}(?:and|or|to|-|\u2013)\s{1,3}\d{1,3},?\d{3}\s{1,3}(?P<w>[a-z]+s)\b")
_YEAR_BEFORE_AND = regex.compile(r"\b(?:1[5-9]\d\d|20\d\d),?\s{1,3}(?:and|or)\s{1,3}\Z")


@G.rule("year", "digits", r"(?P<y>1[5-9]\d\d|20\d\d|21\d\d)(?![\d%]|[.,]\d|-\d|:|[^\W\d_])(?!\s{0,2}(?:percent|per\b|%))",
        (("2021", "2021"), ("in 1998", "1998"), ("the end of 2020", "2020"), ("after the 1987 crash", "1987"),
         ("mid-1996", "1996"), ("sales in the fiscal year 1999 rose", "1999"), ("the 2011 census counted them", "2011"),
         ("since the 2008 crisis", "2008"), ("expects 2013 earnings of $3.40 a share", "2013"), ("sales in the first nine months of 1989 rose", "1989"),
         ("The figure for 1989 was higher", "1989")), priority=-2, digits=(4,))
def _year_rule(m: regex.Match[str], text: str) -> Spec | None:
    s = m.start()
    if s > 0 and text[s - 1] in "$#\u00a3\u20ac-/+" and not (text[s - 1] == "-" and text[max(0, s - 4):s - 1].lower() == "mid"):
        return None
    if _match(r"\s{1,3}(?:to|-|\u2013)\s{1,3}\d{1,3}(?!\d)", text[m.end(): m.end() + 12]):
        return None  # a score or a range of counts: "a vote of 2021 to 14"
    if (cr := _COUNT_RANGE_AFTER.match(text, m.end(), m.end() + 40)) and cr["w"] not in W.YEAR_EVENT_PLURALS \
            and cr["w"] not in W.YEAR_FIGURE_NOUNS and cr["w"] not in W.YEAR_NEXT_OK and not cr["w"].endswith("ss"):
        return None  # "between 1500 and 2000 troops": a range of counts
    if _STREET_AFTER.match(text, m.end(), m.end() + 48):
        return None  # a street number: "1600 Pennsylvania Avenue"
    if _NUMBERED_BEFORE.match(text, max(0, s - 12), s):
        return None  # "jersey number 1999", "Flight 1549": a number, not a year
    nxt = _match(r"\s{1,3}([A-Za-z]+)", text[m.end(): m.end() + 24])
    if nxt:
        w = nxt.group(1)
        if _YEAR_BEFORE_AND.search(text, max(0, s - 12), s) and not (
                w.islower() and w.endswith("s") and w not in W.YEAR_EVENT_PLURALS and w not in W.YEAR_FIGURE_NOUNS):
            return Spec("date", year=int(m["y"]))  # "the Yangtze floods of 1931 and 1954 killed": years in a list
        if w.islower() and (_search(r"\b(?:fiscal|year)\s{1,3}\Z", text[max(0, s - 8): s], regex.I) or (
                not w.endswith("s") and w not in W.UNMARKED_PLURALS
                and _search(r"\b(?:in|since|until|during|for|by|from|through|throughout|before|after|till|"
                            r"(?:months|years|weeks|quarters|half|end|start|beginning|middle|spring|summer|autumn|fall"
                            r"|winter|close|rest|part|remainder)\s{1,3}of)\s{1,3}\Z", text[max(0, s - 24): s], regex.I))):
            # "fiscal 1989 sales", "in 1999 sales rose", "the first nine months of 1989 rose" ("a force of 1500 men"
            # and "a crowd of 2000 gathered" are counts)
            return Spec("date", year=int(m["y"]))
        if w in ("period", "quarter") and _search(r"\b(?:the|its)\s{1,3}\Z", text[max(0, s - 8): s], regex.I):
            return None  # "the 1988 period": the prefix rule "reported_period" reads it whole
        if w.islower() and w not in W.YEAR_NEXT_OK and w not in W.YEAR_FIGURE_NOUNS:
            # "the 1987 crash", "its 1988 recapitalization": a year used as an adjective; "the 2000 troops" is a count
            prev = _search(r"(?:\b(?:the|its|his|her|their|our|a|an|this|that)|['\u2019]s)\s{1,3}\Z", text[max(0, s - 12): s], regex.I)
            if not prev or (w.endswith("s") and not w.endswith(("ss", "is", "us")) and w not in W.YEAR_EVENT_PLURALS):
                return None
    return Spec("date", year=int(m["y"]))


@G.rule("year_range", "digits", r"(?P<y>1[5-9]\d\d|20\d\d)(?=\s?[-\u2013]\s?(?P<b>1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d))",
        (("the Ninth Five-Year Plan (1996-2000)", "1996"), ("from 1990\u20131995", "1990"),
         ("the plan for 1996-2000 was approved", "1996")), priority=-1, digits=(4,))
def _year_range(m: regex.Match[str], text: str) -> Spec | None:
    a, b = int(m["y"]), int(m["b"])
    if not a < b <= a + 100 or (m.start() > 0 and text[m.start() - 1] in "$#\u00a3\u20ac-/+"):
        return None
    nxt = _match(r"\s{1,3}([a-z]+)", text[m.end("b"): m.end("b") + 24])
    if (nxt and nxt[1].endswith("s") and not nxt[1].endswith("ss") and nxt[1] not in W.YEAR_EVENT_PLURALS
            and nxt[1] not in W.YEAR_NEXT_OK):
        return None  # "1500-2000 troops": a range of counts ("1996-2000 was" is a span of years)
    # the second year is added by the "ellipsis" refiner as its own mention
    return Spec("date", year=a, notes=("year-range-to:" + m["b"],))


_SPAN_YEAR_BEFORE = regex.compile(r"(?r)\b(?:fiscal|financial\s{1,3}year|FY|in|during|for|since|of|the|its|their)\s{1,3}\Z", regex.I)


@G.rule("year_span", "digits", r"""(?P<y>1[5-9]\d\d|20\d\d)[-\u2013/](?P<b>\d\d)(?![\d%\w\-/]|[.,]\d)
        (?:\s{1,3}(?P<noun>season|school\s{1,3}year|academic\s{1,3}year|fiscal\s{1,3}year|financial\s{1,3}year|crop\s{1,3}year|marketing\s{1,3}year|budget\s{1,3}year|term|session|winter)\b)?""",
        (("He scored 30 goals in the 2007-08 season", "2007"), ("growth in 2011-12 slowed", "2011"),
         ("the 1998-99 school year", "1998"), ("the budget for 2021-22", "2021")), priority=1, digits=(4,))
def _year_span(m: regex.Match[str], text: str) -> Spec | None:
    """ "the 2007-08 season", "fiscal 2021-22": a span of two years that meet, named by the first (flagged)."""
    y, b = int(m["y"]), int(m["b"])
    if b != (y + 1) % 100 or (m.start() > 0 and text[m.start() - 1] in "$#\u00a3\u20ac-/+"):
        return None
    if not m["noun"] and not _SPAN_YEAR_BEFORE.search(text, max(0, m.start() - 18), m.start()):
        return None  # "2007-08" in a table may be August 2007
    return Spec("date", year=y, notes=("year-span",) + (("the-fiscal",) if m["noun"] else ()))


def _fiscal_year(digits: str) -> int:
    y = int(digits)
    return y + (2000 if y < 50 else 1900) if y < 100 else y


@G.rule("year_possessive_period", "digits",
        r"(?P<y>1[89]\d\d|20\d\d)['\u2019]s\s{1,3}(?:(?P<f>fiscal)[\s-]{1,2})?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{1,2}(?P<u>quarter|half)\b",
        (("compared with $88 million in 1989's third quarter", "1989-Q3"), ("1998's first half", "1998-H1")), priority=1, digits=(4,))
def _year_possessive_period(m: regex.Match[str], text: str) -> Spec | None:
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[m["o"].lower()]
    notes = ("fiscal",) if m["f"] else ()
    if m["u"].lower() == "half":
        return Spec("date", year=int(m["y"]), half=n, notes=notes) if n <= 2 else None
    return Spec("date", year=int(m["y"]), quarter=n, notes=notes)  # "1989's third quarter": one expression


@G.rule("fiscal_code", "fiscalcode", r"FY\s?(?P<y>\d{4}|\d{2})(?:[-/\u2013](?P<b>\d\d))?(?![\d/\-])",
        (("results for FY2023 were strong", "2023"), ("in FY 99", "1999"), ("FY23 guidance", "2023"),
         ("the budget for FY2022-23", "2022"), ("FY22-23 revenue", "2022")))
def _fiscal_code(m: regex.Match[str], text: str) -> Spec | None:
    y = _fiscal_year(m["y"])
    if m["b"]:  # "FY2022-23": the fiscal year that runs across two calendar years, named by the first
        return Spec("date", year=y, notes=("fiscal", "year-span")) if int(m["b"]) == (y + 1) % 100 else None
    return Spec("date", year=y, notes=("fiscal",))


@G.rule("year_fiscal_year", "digits", r"(?P<y>1[5-9]\d\d|20\d\d)\s{1,3}fiscal\s{1,3}year\b",
        (("in the 1997 fiscal year, sales rose", "1997"),), priority=1, digits=(4,))
def _year_fiscal_year(m: regex.Match[str], text: str) -> Spec | None:
    return Spec("date", year=int(m["y"]), notes=("fiscal", "the-fiscal"))


@G.prefix("the_fiscal_year", r"the\s{1,3}", lambda s: "the-fiscal" in s.notes, (("the 1997 fiscal year", "1997"),))
def _p_the_fiscal_year(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "the-fiscal"))


@G.rule("decade", "digits", r"(?P<y>1[5-9]\d0|20[0-9]0)(?:'|\u2019)?s\b",
        (("the 1990s", "199X"), ("1980s", "198X"), ("the tradition dates to the 1800s", "18XX"), ("the 2000s", "200X")), digits=(4,))
def _decade(m: regex.Match[str], text: str) -> Spec | None:
    y = int(m["y"])
    if y % 100 == 0 and y < 2000:
        return Spec("date", century=y // 100)  # "the 1800s", "the early 1900s": a century, not its first decade
    return Spec("date", decade=y // 10)


@G.rule("short_decade", "digits", r"(?P<y>[0-9]0)(?P<ap>['\u2019])?s\b",
        (("the '90s", "199X"), ("the \u201960s", "196X"), ("prices soared in the 90's", "199X"), ("in the late 80's", "198X")), digits=(2,))
def _short_decade(m: regex.Match[str], text: str) -> Spec | None:
    s = m.start()
    if m["ap"]:  # "the 90's", "the late 80's" (a count of 90 would be "90s" with no apostrophe)
        if not _search(r"\b(?:the|early|mid|late)[\s-]{1,2}\Z", text[max(0, s - 8):s], regex.I):
            return None
        around = text[max(0, s - 50):m.end() + 30].lower()
        if any(w.group() in W.NUMBER_RANGE_CONTEXT for w in regex.finditer(r"[a-z]+", around)):
            return None  # "temperatures in the 90's", "he shot in the 70's": numbers, not decades
    elif s == 0 or text[s - 1] not in "'\u2019":
        return None
    y = int(m["y"])
    return Spec("date", decade=(1900 + y) // 10 if y >= 20 else (2000 + y) // 10)


# --- clock times ---------------------------------------------------------------------------------
_AMPM = r"(?P<ap>[ap])(?:\.\s?m\.|\.\s?m\b|\s?m\b)"  # "p.m.", "p.m", "pm", "p m"; "pm." leaves the full stop


def _clock(h: int, mi: int, ap: str | None, sec: int | None = None) -> Spec | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap.lower() == "p" else 0)
    if h > 24 or mi > 59 or (h == 24 and mi):
        return None
    return Spec("time", hour=h, minute=mi, second=sec)


_CLOCK_LEFT = _compile(r"(?r)(?:\b(?:at|by|until|till|til|from|to|before|after|around|about|since|on|and|or|between|approximately|"
                       r"roughly|shortly|just|the|as\s{1,3}of|\L<weekday>|today|tomorrow|yesterday|tonight|published|updated|posted|"
                       r"modified|time)|^)\s{1,3}\Z|(?:^|\n)\s{0,3}\Z|\b(?:time|published|updated|posted|modified)\s{0,2}:\s{0,3}\Z|[(\[]\s{0,2}\Z")
_CLOCK_RIGHT = _compile(r"\s{0,2}(?:\(|(?-i:[A-Z]{2,5})\b|local\b|GMT|UTC|(?-i:[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){0,2})['\u2019]?s?\s{1,3}time\b|hrs?\b|hours\b|on\s|this\s|tonight|tomorrow|today|yesterday"
                        r"|\L<weekday>\b|in\s{1,3}the\s{1,3}(?:morning|afternoon|evening|night)|[ap]\.?m\b)")
_LENGTH_LEFT = _compile(r"(?r)\b(?:in|of|ran|finished|clocked|record|timed)\s{1,3}\Z")
_ZONE_RIGHT = _compile(r"\s{0,2}(?:\(|(?-i:[A-Z]{2,5})\b|local\b|GMT|UTC|(?-i:[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){0,2})\s{1,3}time\b)")
_DOTTED_ZONE = _compile(r"\s{0,2}(?:\L<abbr>|local\s{1,3}time|(?-i:[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){0,2})['\u2019]?s?\s{1,3}time)\b")
_VERSE_LEFT = _compile(r"(?r)(?-i:\b[A-Z][a-z]+)\s{1,2}\Z")


@G.rule("clock_hm", "digits",
        r"(?P<H>[0-2]?\d)(?P<sep>[:.])(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d|[.,:]\d)(?:\s{0,2}(?:" + _AMPM + r"|(?P<hrs>hrs|hours)\b))?",
        (("14:00", "2022-02-12T14:00"), ("2:30 p.m.", "2022-02-12T14:30"), ("08:16", "2022-02-12T08:16"),
         ("10.30am", "2022-02-12T10:30"), ("Polls open at 07.30 hrs.", "2022-02-12T07:30"),
         ("The match starts at 14.30 IST.", "2022-02-12T14:30"), ("The race lasted 2:30 hours.", "PT2H30M")), digits=(1, 2))
def _clock_hm(m: regex.Match[str], text: str) -> Spec | None:
    lo = max(0, m.start() - 16)
    if _search(r"(?:GMT|UTC)\s{0,2}[+\-\u2212]\s{0,2}\Z", text[max(0, m.start() - 8):m.start()]):
        return None  # "10:00 UTC+05:30": the offset of the zone, not a clock time
    h24 = m["H"].startswith("0") or int(m["H"]) >= 13
    if m["hrs"]:  # "at 14:30 hrs", "07.30 hours": a 24-hour clock; "lasted 2:30 hours": a length
        if _LENGTH_LEFT.search(text, lo, m.start()) or not (h24 or _CLOCK_LEFT.search(text, lo, m.start())):
            return Spec("duration", amount=int(m["H"]) + int(m["M"]) / 60, unit="hour") if m["sep"] == ":" else None
        return _clock(int(m["H"]), int(m["M"]), None, _year(m["S"]))
    if m["sep"] == "." and not m["ap"] and not _DOTTED_ZONE.match(text, m.end(), m.end() + 40) and not (
            _match(r"\s{1,3}in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)\b", text[m.end():m.end() + 24], regex.I)
            and _search(r"\b(?:at|by|until|till|from|around|about|before|after)\s{1,3}\Z", text[lo:m.start()], regex.I)):
        return None  # "10.45" is a number, but "10.45 GMT", "14.30 IST", "22.00 Moscow time", "10.15 in the evening" are clock times
    if not m["ap"]:
        if _LENGTH_LEFT.search(text, lo, m.start()) and not _ZONE_RIGHT.match(text, m.end(), m.end() + 12):
            return None  # "ran the mile in 3:45 on Monday", "a time of 2:05": a length of time, not a clock
        cue = _CLOCK_LEFT.search(text, lo, m.start()) is not None or _CLOCK_RIGHT.match(text, m.end(), m.end() + 24) is not None
        if not cue and _VERSE_LEFT.search(text, lo, m.start()):
            return None  # "John 3:16", "Genesis 1:1": a verse, not a clock time
        if not cue and int(m["H"]) <= 12 and not m["H"].startswith("0"):
            return None  # "ran the mile in 3:45", "a ratio of 3:45", "the film runs 2:15": no clock cue, no 24-hour form
        if not m["H"].startswith("0"):
            return _meridiem_unknown(_clock(int(m["H"]), int(m["M"]), None, _year(m["S"])))
    return _clock(int(m["H"]), int(m["M"]), m["ap"], _year(m["S"]))


@G.rule("clock_h_ampm", "digits", r"(?P<H>1[0-2]|0?[1-9])\s{0,2}" + _AMPM,
        (("2 p.m.", "2022-02-12T14:00"), ("11am", "2022-02-12T11:00"), ("at 7 pm", "2022-02-12T19:00")), digits=(1, 2))
def _clock_h(m: regex.Match[str], text: str) -> Spec | None:
    return _clock(int(m["H"]), 0, m["ap"])


@G.rule("clock_twelve", ("digits", "clockword"),
        r"(?:12|twelve)(?::00|\.00(?=\s))?(?:\s{1,3}o['\u2019]clock)?\s{1,3}(?P<w>noon|midnight)\b",
        (("it ends at twelve o'clock midnight", "2022-02-12T24:00"), ("the deadline is 12 noon", "2022-02-12T12:00"),
         ("at 12:00 midnight", "2022-02-12T24:00")), priority=1, digits=(2,))
def _clock_twelve(m: regex.Match[str], text: str) -> Spec | None:
    return Spec("time", hour=24 if m["w"].lower() == "midnight" else 12, minute=0)  # "12 midnight" is not noon


# --- clock times in words (broadcast transcripts, quotes) ------------------------------------------
_MINUTE_WORDS = r"(?:oh[\s-](?P<oh>\L<clockhour>)|(?P<teen>\L<clockteens>)|(?P<tens>\L<clocktens>)(?:[\s-](?P<unit>\L<clockhour>))?)"


def _minute_words(m: regex.Match[str]) -> int:
    if m["oh"]:
        return W.CLOCK_HOURS[m["oh"].lower()]
    if m["teen"]:
        return W.CLOCK_MINUTE_TEENS[m["teen"].lower()]
    if m["tens"]:
        return W.CLOCK_MINUTE_TENS[m["tens"].lower()] + (W.CLOCK_HOURS[m["unit"].lower()] if m["unit"] else 0)
    return 0


_AT_BEFORE = regex.compile(r"(?r)\b(?:at|until|till)\s{1,3}(?:(?:about|around|approximately|roughly|precisely|exactly)\s{1,3})?\Z", regex.I)


@G.rule("clock_words", "clockword",
        r"(?P<H>\L<clockhour>)(?:(?P<sep>[\s-])" + _MINUTE_WORDS + r")?"
        r"(?:\s{0,2}" + _AMPM + r"|\s{1,3}(?P<oc>o['\u2019]clock)\b|(?=\s{1,3}(?:tonight|this\s{1,3}(?:morning|afternoon|evening)"
        r"|tomorrow\s{1,3}(?:morning|afternoon|evening|night)|in\s{1,3}the\s{1,3}(?:morning|afternoon|evening))\b)"
        r"|(?P<end>(?=\s{0,2}[.,;!?]|\s{1,3}(?:last\s{1,3}night|yesterday|today|this\s{1,3}morning)\b))"
        r"|(?P<wd>(?=\s{1,3}(?:on\s{1,3})?\L<weekday>\b))"
        r"|(?P<here>(?=\s{1,3}(?:here|now)\b)))",
        (("at ten a.m. Eastern time", "2022-02-12T10:00"), ("back at seven o'clock", "2022-02-12T07:00"),
         ("he speaks at nine-thirty tonight", "2022-02-12T21:30"), ("at four p.m.", "2022-02-12T16:00"),
         ("at eleven forty-five p.m.", "2022-02-12T23:45"), ("the vote is at ten thirty tomorrow morning", "2022-02-13T10:30"),
         ("where it is now five in the morning", "2022-02-12T05:00"), ("the news conference began at two thirty.", "2022-02-12T14:30"),
         ("it touched down at about eight fifteen last night", "2022-02-11T20:15"),
         ("a briefing at eleven this morning", "2022-02-12T11:00"), ("We'll have an update tonight at eleven.", "2022-02-12T23:00"),
         ("the quake struck at four thirty-one Monday morning", "2022-02-07T04:31")))
def _clock_words(m: regex.Match[str], text: str) -> Spec | None:
    mi = _minute_words(m)
    at = _AT_BEFORE.search(text, max(0, m.start() - 18), m.start()) is not None
    # "tonight at eleven.": an hour alone after "at", in a sentence that names the part of the day before it
    said_pod = at and not mi and _search(r"\b(?:tonight|this\s{1,3}(?:morning|afternoon|evening))\b[^.!?]{0,40}\Z",
                                         text[max(0, m.start() - 60):m.start()], regex.I) is not None
    if m["end"] is not None and not ((mi and at) or said_pod):
        return None  # "began at two thirty.", "at about eight fifteen last night"; "two thirty" alone is two numbers
    if m["wd"] is not None and not (mi and at):
        return None  # "struck at four thirty-one Monday morning" is a time; "four Monday" is no clock
    if m["here"] is not None:
        if not (mi and _search(r"\bit(?:['\u2019]s|\s{1,3}is)[,\s]{1,4}(?:(?:uh|um|now|just|about)[,\s]{1,4}){0,3}\Z",
                               text[max(0, m.start() - 20):m.start()], regex.I)):
            return None
        # "It's, uh, six-thirty here in Los Angeles": the time it is where the speaker is
        here = _meridiem_unknown(_clock(W.CLOCK_HOURS[m["H"].lower()], mi, None))
        return here.with_(notes=here.notes + ("spoken-clock",)) if here is not None else None
    if (not m["ap"] and not m["oc"] and not mi and not said_pod and not (at and m["end"] is None)
            and not _match(r"\s{1,3}in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)\b", text[m.end():m.end() + 24])):
        return None  # "nine-thirty tonight", "five in the morning", "at eleven this morning" are times; "three this morning"
        # alone is too loose
    s = _clock(W.CLOCK_HOURS[m["H"].lower()], mi, m["ap"])
    if s is not None and not m["ap"] and not m["oc"] and m["end"] is None:
        s = s.with_(notes=("needs-pod",))
    if s is None or m["ap"]:
        return s
    s = _meridiem_unknown(s)
    return s.with_(notes=s.notes + ("spoken-clock",)) if s is not None else None


@G.rule("clock_fraction", "clockword",
        r"(?P<f>quarter|half)\s{1,3}(?P<d>past|after|to|before|of)\s{1,3}(?:(?P<H>\L<clockhour>)|(?P<h>1[0-2]|0?[1-9])(?![\d:.]))"
        r"(?:\s{1,3}o['\u2019]clock\b)?(?:\s{0,2}" + _AMPM + ")?",
        (("half past ten", "2022-02-12T10:30"), ("it's a quarter to eight", "2022-02-12T07:45"),
         ("at a quarter past 9 p.m.", "2022-02-12T21:15")))
def _clock_fraction(m: regex.Match[str], text: str) -> Spec | None:
    f, d = m["f"].lower(), m["d"].lower()
    if f == "half" and d not in ("past", "after"):
        return None
    h = W.CLOCK_HOURS[m["H"].lower()] if m["H"] else int(m["h"])
    mi = W.CLOCK_FRACTIONS[f]
    if d in ("to", "before", "of"):
        h, mi = (h - 1) if h > 1 else 12, 60 - mi
    s = _clock(h, mi, m["ap"])
    return s.with_(notes=("clock-fraction",)) if s is not None and f == "quarter" else s


@G.prefix("a_quarter_clock", r"a\s{1,3}", lambda s: "clock-fraction" in s.notes, (("a quarter to eight", "2022-02-12T07:45"),))
def _p_a_quarter_clock(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=())


@G.rule("clock_range_start", "digits",
        r"(?P<H>1[0-2]|0?[1-9])(?::(?P<M>[0-5]\d))?(?=\s{1,3}(?:and|to|-|\u2013|until|till)\s{1,3}(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s{0,2}(?P<ap>[ap])\.?\s?m(?:\.|\b))",
        (("between 2 and 4 p.m.", "2022-02-12T14:00"), ("from 9 to 11 a.m.", "2022-02-12T09:00")), digits=(1, 2))
def _clock_range_start(m: regex.Match[str], text: str) -> Spec | None:
    if not _search(r"\b(?:between|from)\s{1,3}\Z", text[max(0, m.start() - 10):m.start()], regex.I):
        return None
    h = int(m["H"])
    second = _match(r"\s{1,3}\S+\s{1,3}(\d{1,2})", text[m.end():m.end() + 16])
    if m["ap"].lower() == "p" and second is not None and h > int(second[1]):
        return _clock(h, int(m["M"] or 0), "a")  # "from 11 to 2 p.m.": the first is in the morning
    return _clock(h, int(m["M"] or 0), m["ap"])


@G.rule("ordinal_day", "digits", r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?P<each>\s{1,3}(?:day\s{1,3})?of\s{1,3}(?:each|every)\s{1,3}month\b)?(?!\s{0,2}(?:-|century|centuries|anniversary|floor|place|time|round|day|week|year|birthday|street|st\b|avenue|amendment|district|division|minute|hour|inning|game|straight|consecutive|largest|biggest|most))",
        (("on the 15th", "2022-02-15"), ("until the 3rd", "2022-03-03"), ("paid on the 15th of each month", "XXXX-XX-15")), digits=(1, 2))
def _ordinal_day(m: regex.Match[str], text: str) -> Spec | None:
    d = int(m["d"])
    if not _day_ok(d) or not _search(r"\b(?:on|by|until|till|from|since|before|after)\s{1,3}the\s{1,3}\Z", text[max(0, m.start() - 12):m.start()], regex.I):
        return None
    if m["each"]:  # "on the 15th of each month": a day of every month
        return Spec("set", set_value=f"XXXX-XX-{d:02d}", unit="month", quant="EACH", notes=("day-only",))
    return Spec("date", day=d, notes=("day-only",))


@G.rule("clock_oclock", "digits", r"(?P<H>1[0-2]|0?[1-9])\s{1,3}o['\u2019]clock",
        (("at 3 o'clock", "2022-02-12T15:00"), ("back at 9 o'clock", "2022-02-12T09:00")), digits=(1, 2))
def _clock_oclock(m: regex.Match[str], text: str) -> Spec | None:
    s = _meridiem_unknown(_clock(int(m["H"]), 0, None))
    return s.with_(notes=s.notes + ("spoken-clock",)) if s is not None else None  # "3 o'clock" is no 24-hour time


def _meridiem_unknown(s: Spec | None) -> Spec | None:
    """A 12-hour clock time with no a.m./p.m. ("at 7:30", "seven o'clock"): read as written, and flagged."""
    return s.with_(notes=s.notes + ("meridiem-unknown",)) if s is not None and s.hour is not None and 1 <= s.hour <= 11 else s


@G.rule("clock_military", "digits",
        r"(?P<H>[01]\d|2[0-4])(?P<M>[0-5]\d)(?:\s{0,2}(?:hrs|hours|h)\b(?!\s{1,3}of\b)|(?=\s{0,2}(?:\L<abbr>|local\s{1,3}time)\b)"
        r"|(?=(?:\s{0,2}[-\u2013]\s{0,2}|\s{1,3}(?:and|to|until|till)\s{1,3})(?:[01]\d|2[0-4])[0-5]\d\s{0,2}(?:\L<abbr>|local\s{1,3}time|hrs|hours)\b(?!\s{1,3}of\b)))",
        (("1400 GMT", "2022-02-12T14:00"), ("0900 hours", "2022-02-12T09:00"), ("left at 1430 local time", "2022-02-12T14:30"),
         ("between 1300-1330 GMT", "2022-02-12T13:00"), ("fog between 0200 and 0900 hrs IST", "2022-02-12T02:00")),
        priority=1, digits=(4,))
def _clock_mil(m: regex.Match[str], text: str) -> Spec | None:
    return _clock(int(m["H"]), int(m["M"]), None)


# --- parts of day, noon, midnight ----------------------------------------------------------------
@G.rule("noon_midnight", "pod", r"(?P<w>noon|midnight|midday)\b",
        (("noon", "2022-02-12T12:00"), ("around midnight", "2022-02-12T24:00")))
def _noon(m: regex.Match[str], text: str) -> Spec | None:
    return Spec("time", hour=24 if m["w"].lower() == "midnight" else 12, minute=0)


@G.rule("part_of_day", "pod", r"(?P<w>\L<pod>)(?![\w-])(?:\s{1,3}(?P<dir>before|after)(?=\s{0,2}[,.;:!?]))?",
        (("this morning", "2022-02-12TMO"), ("Saturday evening", "2022-02-12TEV"), ("last night", "2022-02-11TNI"),
         ("late in the evening", "2022-02-12TEV"), ("Saturday night", "2022-02-12TNI"),
         ("He left on Friday. The night before, storms raged.", "2022-02-10TNI", "2022-02-11"),
         ("with the final count expected by evening.", "2022-02-12TEV"), ("Rebels shelled the town overnight.", "2022-02-11TNI"),
         ("Temperatures will drop overnight.", "2022-02-12TNI"), ("Shares rose 4 percent in morning trading.", "2022-02-12TMO")), priority=1)
def _pod(m: regex.Match[str], text: str) -> Spec | None:
    w = m["w"].lower()
    if w.endswith("s") and w not in ("nights",):
        return Spec("set", pod=W.PARTS_OF_DAY[w], set_value="XXXX-XX-XXT" + W.PARTS_OF_DAY[w], quant="EACH")
    if m["dir"]:
        if not _search(r"\bthe\s{1,3}\Z", text[max(0, m.start() - 5):m.start()], regex.I):
            return None  # "the night before": one day from the day being told (the "the" is taken below)
        return Spec("time", pod=W.PARTS_OF_DAY[w], anaphoric=True, rel_unit="day",
                    rel_n=1 if m["dir"].lower() == "after" else -1, notes=("bare", "pod-shifted"))
    if _search(r"\b(?:by|until|till|toward|towards)\s{1,3}\Z", text[max(0, m.start() - 9):m.start()], regex.I) and not _match(
            r"\s{1,3}[a-z]", text[m.end():m.end() + 3]):
        return Spec("time", pod=W.PARTS_OF_DAY[w])  # "the final picture expected by evening": that day's evening
    if (w in ("morning", "afternoon", "midday", "evening") and _TRADING_AFTER.match(text, m.end())
            and _search(r"\b(?:in|during|by)\s{1,3}(?:(?:early|late|mid)[\s-]{1,2})?\Z", text[max(0, m.start() - 12):m.start()], regex.I)):
        return Spec("time", pod=W.PARTS_OF_DAY[w], notes=("session",))  # "rose 4 percent in morning trading": that day's morning
    if w in W.TIMES_OF_SUN and _SUN_OF_THING.match(text, m.end()):
        return None  # "the dawn of a new era", "the sunset of his career"
    if w in W.TIMES_OF_SUN and _search(r"\b(?:at|before|after|from|since|to|until|till)\s{1,3}\Z", text[max(0, m.start() - 7):m.start()], regex.I):
        return Spec("time", pod=W.PARTS_OF_DAY[w])  # "crossed the border at dawn", "the fast ends at sundown": that day's
    if w == "overnight" and _OVERNIGHT_AFTER.match(text, m.end()):
        prev = _search(r"([A-Za-z]+)\s{1,3}\Z", text[max(0, m.start() - 16):m.start()])
        figurative = _search(r"\b(?:bec[oa]mes?|turn(?:ed|s)?\s{1,3}into|transform(?:ed|s)?|chang(?:ed|es?)|happen(?:ed|s)?)\b[^.;,]{0,30}\Z",
                             text[max(0, m.start() - 40):m.start()], regex.I)
        if not figurative and (prev is None or prev[1].lower() not in W.NOT_OVERNIGHT_BEFORE):
            # "Rebels attacked the town overnight", "temperatures will drop overnight": last night, or tonight
            # in a clause that looks ahead (the resolver decides); "overnight trading", "change overnight" are not
            return Spec("time", pod="NI", rel_unit="day", rel_n=-1, notes=("overnight",))
    return Spec("time", pod=W.PARTS_OF_DAY[w], notes=("bare",))


# "dawn of" anything but a day: a figure of speech
_SUN_OF_THING = regex.compile(r"\s{1,3}of\s{1,3}(?!(?:\L<weekday>|\L<month>|the\s{1,3}(?:day|next|following|same)|that\s{1,3}day|\d)\b)",
                              regex.I, weekday=list(W.WEEKDAYS), month=list(W.MONTHS))
_TRADING_AFTER = regex.compile(r"\s{1,3}(?:" + "|".join(sorted(W.SESSION_NOUNS, key=len, reverse=True)) + r")\b", regex.I)
# "overnight" as an adverb closes its clause
_OVERNIGHT_AFTER = regex.compile(r"\s{0,2}(?:[,.;:!?)\u2014]|\Z)|\s{1,3}(?:and|but|as|after|before|when|while|amid|in|on|near|across|along|to|that|from|waiting|following|had|have|has|was|were)\b", regex.I)


_ABBR_FOLLOW = regex.compile(r"\s{0,2},?\s{0,2}(?:\L<month>|\d)", regex.I, month=list(W.MONTHS))


# --- weekdays ------------------------------------------------------------------------------------
_NTH_LEFT = regex.compile(r"(?r)\b(?P<o>first|second|third|fourth|last|1st|2nd|3rd|4th)\s{1,3}\Z", regex.I)


@G.rule("nth_weekday", "weekday", r"""(?P<w>\L<weekday>)\s{1,3}(?:in|of)\s{1,3}
        (?:(?P<mon>\L<month>)(?![\w-])(?:,?\s{1,3}(?P<y>1[5-9]\d\d|20\d\d)(?!\d))?|(?P<each>each|every)\s{1,3}month\b)""",
        (("Courts will open on the first Monday in October", "2022-10-03"), ("the last Saturday in June", "2022-06-25"),
         ("the second Tuesday of March 2020", "2020-03-10"), ("on the fourth Thursday of November", "2021-11-25"),
         ("The board meets on the first Monday of every month", "P1M")))
def _nth_weekday(m: regex.Match[str], text: str) -> Spec | None:
    """ "the first Monday in October": a day computed like a holiday (its year by tense when none is written)."""
    o = _NTH_LEFT.search(text, max(0, m.start() - 12), m.start())
    if o is None or not (m["each"] or m["mon"][0].isupper()):
        return None  # "Monday in October" with no ordinal is a weekday and a month
    if m["each"]:  # "the first Monday of each month": a monthly day (TIMEX3 has no value for which one)
        return Spec("set", set_value="P1M", unit="month", quant="EACH", notes=("nth-the",))
    n = int(o["o"][0]) if o["o"][0].isdigit() else W.ORDINALS[o["o"].lower()]
    wd, month = W.WEEKDAYS[m["w"].lower()], W.MONTHS[m["mon"].lower().rstrip(".")]
    key = f"last {month} {wd}" if n < 0 else f"nth {month} {wd} {n}"
    return Spec("date", year=_year(m["y"]), notes=("holiday:" + key, "nth-the"))


@G.rule("weekday", "weekday", r"(?P<w>\L<weekday>)(?P<pl>s)?(?P<dot>(?<=\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))\.)?(?!\w|['\u2019](?!s\b))",
        (("Saturday", "2022-02-12"), ("on Friday", "2022-02-11"), ("Friday's vote", "2022-02-11"), ("last Tuesday", "2022-02-08"),
         ("next Monday", "2022-02-14"), ("Mondays", "XXXX-WXX-1")))
def _weekday(m: regex.Match[str], text: str) -> Spec | None:
    w = m["w"]
    low = w.lower()
    if not _cap(w):
        return None
    if m["pl"]:
        if not low.endswith("day"):
            return None
        wd = W.WEEKDAYS[low]
        return Spec("set", weekday=wd, set_value=f"XXXX-WXX-{wd + 1}", quant="EACH")
    if low in W.WEEKDAY_ABBREVIATIONS:
        follow = text[m.end(): m.end() + 12]
        if not m["dot"] or not _ABBR_FOLLOW.match(follow):
            return None
    if _names_something(text, m.end()):
        return None  # "The Sunday Times", "Tuesday Morning Corp."
    return Spec("date", weekday=W.WEEKDAYS[low])


# --- today, tomorrow, yesterday, tonight ---------------------------------------------------------
@G.rule("deictic_day", "deictic", r"(?P<w>today|tonight|tomorrow|yesterday)(?![\w-])",
        (("today", "2022-02-12"), ("tomorrow", "2022-02-13"), ("yesterday", "2022-02-11"),
         ("tonight", "2022-02-12TNI"), ("the day after tomorrow", "2022-02-14"), ("The president said Today he would go", "2022-02-12"),
         ("It closed at $10 on Wednesday. Yesterday, it fell.", "2022-02-11")))
def _deictic(m: regex.Match[str], text: str) -> Spec | None:
    w = m["w"].lower()
    if m["w"][0].isupper() and _search(r"(?-i:\b[A-Z][\w&]*)\s{1,2}\Z", text[max(0, m.start() - 12):m.start()]) and not _search(
            r"(?:[.!?:\n\"\u201c\u201d]\s{0,3}|\A)(?-i:[A-Z][\w&]*)\s{1,2}\Z", text[max(0, m.start() - 14):m.start()]):
        return None  # "USA Today", "VOA Today", "Good Morning America Today": a title
    return Spec("date" if w != "tonight" else "time", rel_unit="day", rel_n=W.DEICTIC_DAYS[w], deictic_day=True,
                pod="NI" if w == "tonight" else None)


# --- present / past / future references -----------------------------------------------------------
@G.prefix("more_recently", r"(?:more|most|very|quite|fairly)\s{1,3}",
          lambda s: s.kind == "ref" and s.ref == "PAST_REF" and "adverb-edge" not in s.notes,
          (("More recently it has grown", "PAST_REF"),))
def _p_more_recently(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=s.notes + ("adverb-edge",))  # "more recently", "most recently": the adverb's own degree


@G.prefix("right_now", r"(?:right|just|until|till|by|from)\s{1,3}", lambda s: s.kind == "ref" and s.ref == "PRESENT_REF" and "now" in s.notes,
          (("right now", "PRESENT_REF"),))
def _p_right_now(m: regex.Match[str], s: Spec) -> Spec | None:
    w = m.group().strip().lower()
    return s.with_(notes=()) if w in ("right", "just") else None


@G.rule("ref_word", "ref", r"(?P<w>now|recently|lately|nowadays|currently)(?![\w-])",
        (("recently", "PAST_REF"), ("now", "PRESENT_REF"), ("nowadays", "PRESENT_REF"), ("currently", "PRESENT_REF")))
def _ref(m: regex.Match[str], text: str) -> Spec | None:
    w = m["w"].lower()
    if w == "recently" and _search(r"\bas\s{1,3}\Z", text[max(0, m.start() - 4):m.start()], regex.I) and _match(r"\s{1,3}as\b", text[m.end():m.end() + 4], regex.I):
        return None  # "as recently as September": the date that follows is the time
    if (m["w"] == "Now" and _match(r"(?:,|\s{1,3}for\b)", text[m.end():m.end() + 5])
            and _search(r"(?:\A|[.!?:\n][\"'\u201d\u2019]?)\s{0,3}[\"'\u201c]?\Z", text[max(0, m.start() - 6):m.start()])):
        return None  # "Now, he says ...", "Now for the weather": a sentence's opening word of discourse, not the present
    # "now" as a conjunction ("Now that ...") or in "just now" still refers to the present
    return Spec("ref", ref=W.REF_WORDS.get(w, "PRESENT_REF"), notes=("now",) if w == "now" else ())


_REF_NOUN_LEFT = regex.compile(r"(?r)\b(?:the|in|of|near|distant|foreseeable|recent|immediate)\s{1,3}\Z", regex.I)


@G.rule("term_date_noun", "refnoun", r"(?P<w>term|date)\b(?![\s-]{1,3}(?:of|for|to|in)\b)",
        (("profits will suffer in the near term", "FUTURE_REF"), ("the case was adjourned to a later date", "FUTURE_REF")))
def _term_date_noun(m: regex.Match[str], text: str) -> Spec | None:
    # "the near term", "a later date": only with the adjective (a prefix rule), else dropped as bare
    return Spec("ref", ref="FUTURE_REF", notes=("bare", "needs-" + m["w"].lower()))


@G.prefix("term_date_adjective", r"(?:(?P<det>the|a|an|some)\s{1,3})(?P<adj>near|short|long|later|future|subsequent|earlier)[\s-]{1,2}",
          lambda s: s.kind == "ref" and ("needs-term" in s.notes or "needs-date" in s.notes),
          (("in the short term", "FUTURE_REF"), ("at some future date", "FUTURE_REF"), ("at an earlier date", "PAST_REF")))
def _p_term_date_adjective(m: regex.Match[str], s: Spec) -> Spec | None:
    adj = m["adj"].lower()
    if "needs-term" in s.notes:
        if adj not in ("near", "short", "long") or m["det"].lower() != "the":
            return None
        if _match(r"term(?:-|\s{1,3}(?!(?:and|or|but|as|when|if)\b)\w)", m.string[m.end():m.end() + 12], regex.I):
            return None  # "the long term debt", "the short-term rates": an adjective
        return Spec("ref", ref="FUTURE_REF")
    if adj in ("near", "short", "long"):
        return None
    return Spec("ref", ref="PAST_REF" if adj == "earlier" else "FUTURE_REF")


@G.rule("ref_noun", "ref", r"(?P<w>past|future|present)(?P<end>(?=\s{0,2}[,.;:!?)\u201d\"]|\s{0,2}\Z|\s{1,3}(?:and|or|but|when|as)\b))?"
        r"(?!\s{1,3}(?:\d|few|several|couple|many|half\b|\L<numword>\b|\L<unit>\b)|[\w-])",
        (("in the past", "PAST_REF"), ("the future", "FUTURE_REF"), ("they have said in the past that", "PAST_REF"),
         ("to continue well into the future if he", "FUTURE_REF")))
def _ref_noun(m: regex.Match[str], text: str) -> Spec | None:
    if not _REF_NOUN_LEFT.match(text, max(0, m.start() - 8), m.start()):
        return None
    if m["end"] is None and not _search(r"\b(?:in|into)\s{1,3}the\s{1,3}\Z", text[max(0, m.start() - 10):m.start()], regex.I):
        return None  # "the future of our peoples": a noun phrase; "in the past that ...": a time
    return Spec("ref", notes=("noun",), ref={"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}[m["w"].lower()])


# --- units: durations, relative periods, ago/later ------------------------------------------------
_UNIT_TAIL = r"""(?P<u>\L<unit>)(?:(?<=""" + "|".join(W.CLOSED_LENGTH_UNITS) + r""")(?P<closed>long))?(?![\w])(?:-(?P<long>long|old))?(?P<half>\s{1,3}and\s{1,3}a\s{1,3}half(?!\w))?
   (?:\s{1,3}(?P<dir>ago|from\s{1,3}(?:now|today)|hence|later|earlier|before|after)(?=\s{0,2}[,.;:!?)\u201d\"]|\s{0,2}\Z|(?<=later|earlier)(?!\s{1,3}than\b))
    |\s{1,3}(?P<ago>ago|from\s{1,3}(?:now|today)))?"""


_VAGUE_PLURAL_UNITS = frozenset({"century", "decade", "year", "month", "week", "day", "hour", "minute"})
# "hours after the attack": an event follows ("in the first days after ..." is a phrase of its own)
_EVENT_AFTER = regex.compile(r"\s{1,3}(?:after|before)\s{1,3}(?:a|an|the|his|her|its|their|he|she|it|they|police|officials|[A-Z]\w*|\w+ing"
                             r"|liftoff|lift-off|takeoff|take-off|touchdown|landing|launch|impact|midnight|noon|dawn)\b")
_NOT_BARE_BEFORE = regex.compile(r"(?r)(?:\b(?:the|first|last|early|final|those|these|of|for|working|office|business|trading|calendar|few|many|several|some|long|more|additional|\L<numword>|and\s{1,3}a\s{1,3}half)|\d)[\s-]{1,3}\Z",
                                 regex.I, numword=_NUMBER_WORDS)


@G.rule("units_ahead", "unit", r"(?P<u>\L<unit>)\s{1,3}ahead\b(?!\s{1,3}of\b)",
        (("in the weeks ahead", "PXW"), ("in the coming months ahead", "PXM")))
def _units_ahead(m: regex.Match[str], text: str) -> Spec | None:
    u = W.UNITS[m["u"].lower()]
    if not m["u"].lower().endswith("s") or not _search(r"\bthe\s{1,3}(?:coming\s{1,3}|next\s{1,3}(?:few\s{1,3})?|few\s{1,3})?\Z",
                                                        text[max(0, m.start() - 16):m.start()], regex.I):
        return None
    return Spec("duration", unit=u, vague=True, notes=("ahead",))  # "the weeks ahead": some weeks from now


@G.prefix("the_new_century", r"the\s{1,3}new\s{1,3}", lambda s: _is_unit(s) and s.unit == "century" and s.amount is None
          and "bare" in s.notes, (("a great task in the new century", "20XX"),))
def _p_the_new_century(m: regex.Match[str], s: Spec) -> Spec | None:
    if _match(r"\w", m.string[m.end() + 7:m.end() + 8]):
        return None  # "the new centuries"
    # the century about to begin, or the one begun in its first half (the resolver decides, as for "the new year")
    return Spec("date", rel_unit="century", rel_n=1, notes=("the-new-century",))


@G.prefix("the_new_year", r"the\s{1,3}new\s{1,3}", lambda s: _is_unit(s) and s.unit == "year" and s.amount is None,
          (("spending will stay weak well into the new year", "2023"),))
def _p_the_new_year(m: regex.Match[str], s: Spec) -> Spec | None:
    if _match(r"(?:['\u2019]s\b|\w)", m.string[m.end() + 4:m.end() + 7]):
        return None  # "the new year's budget", "the new yearly target"
    # "before the new year": the year about to begin (the one begun, early in it: the resolver decides)
    return Spec("date", rel_unit="year", rel_n=1, notes=("the-new-year",))


@G.prefix("the_ahead", r"the\s{1,3}(?:coming\s{1,3}|next\s{1,3}(?:few\s{1,3})?|few\s{1,3})?", lambda s: "ahead" in s.notes,
          (("in the days ahead", "PXD"),))
def _p_the_ahead(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=())


_DAY_OF = regex.compile(r"\s{1,3}of\s{1,3}(?P<a>[a-z]+)(?:\s{1,3}(?P<n>[a-z]+))?\b", regex.I)


@G.rule("unit", "unit", _UNIT_TAIL, (
    ("two years", "P2Y"), ("more than five hours", "PT5H"), ("several months", "PXM"), ("three days ago", "2022-02-09"),
    ("last year", "2021"), ("the next 24-48 hours", "PT48H"), ("less than a month", "P1M"), ("this week", "2022-W06"),
    ("the following day", "2022-02-13", "2022-02-12"), ("a year earlier", "2021"), ("recent days", "PAST_REF"),
    ("the first quarter", "2022-Q1"), ("every week", "P1W"), ("five-hour", "PT5H"), ("ruled for centuries.", "PXC"), ("a week from today", "2022-02-19"), ("for decades, officials said", "PXE"),
    ("troops will arrive within weeks, officials said", "PXW"), ("growth for the first time in years.", "PXY"),
    ("a ruling is expected within days.", "PXD"), ("they fought for hours.", "PTXH"), ("the cleanup will take months", "PXM"),
    ("it could be days before the fire is contained", "PXD"), ("a deal could slip by weeks", "PXW"),
    ("peace came after decades of war", "PXE"), ("amid weeks of protests", "PXW"), ("was followed by months of protests", "PXM"),
    ("The bank acted hours after a French bank froze funds", "PTXH"), ("Minutes before the blast, police left", "PTXM"),
    ("Within hours of the quake, aid arrived", "PTXH"), ("cut short his monthlong stay", "P1M"), ("a weeklong festival", "P1W")))
def _unit(m: regex.Match[str], text: str) -> Spec | None:
    u = W.UNITS[m["u"].lower()]
    if m["long"] == "old" or _match(r"\s{1,3}old\b", text[m.end(): m.end() + 6]):
        return None  # ages ("a 35-year-old", "52 years old") are not times
    w = m["u"]
    if w[0].isupper() and not w.isupper() and m.start() > 0 and not _search(r"(?:[.!?\n]\s{0,3}|\A)\Z", text[max(0, m.start() - 6):m.start()]):
        return None  # "This Week", "a Day in the Life": a capitalised unit inside a sentence is a title
    if u == "quarter" and _match(r"\s{1,3}(?:of\s{1,3}(?!\d{4}|the\s{1,3}(?:year|fiscal)|fiscal|FY|this|last|next)|(?:percentage\s{1,3})?points?\b|percent|mile|pound|inch|century|hour)",
                                      text[m.end():m.end() + 24], regex.I) and not (
            _search(r"\b(?:first|second|third|fourth|final|latest)[\s-]{1,2}\Z", text[max(0, m.start() - 10):m.start()], regex.I)
            and _match(r"\s{1,3}of\s{1,3}(?:[$#\u00a3\u20ac]|C\$|\d)", text[m.end():m.end() + 12])):
        # "a quarter of the shares", "a quarter point": fractions ("the third quarter of $5 million" is a quarter)
        return None
    if w.lower() == "night" and (nx := _match(r"\s{1,3}([a-z]+)\b", text[m.end():m.end() + 16])) and nx[1] in W.NIGHT_NOUNS:
        return None  # "a night curfew from 7 pm to 7 am", "a night flight": the adjective of the noun after it
    if w.lower() == "day" and (of := _DAY_OF.match(text, m.end())) and (
            of["a"].lower() in W.DAY_OF_NOUNS or (of["n"] or "").lower() in W.DAY_OF_NOUNS):
        return None  # "declared Monday a day of national mourning", "Today is a day of infamy"
    if u == "quarter" and _search(r"\b(?:by|to)\s{1,3}(?:a|one|three)\s{1,3}\Z", text[max(0, m.start() - 12):m.start()], regex.I) \
            and _CHANGE_BEFORE.search(text, max(0, m.start() - 44), m.start()):
        return None  # "the economy has shrunk by a quarter": a fraction
    d = (m["dir"] or m["ago"] or "").lower()
    if (not d and not m["half"] and not m["long"] and w.lower().endswith("s") and u in _VAGUE_PLURAL_UNITS
            and not _match(r"\s{0,3}(?:-|of\b|and\b(?!\s{1,3}(?:said|says|added|was|were|is|are|then)\b)|or\b(?!\s{1,3}(?:even\s{1,3}|perhaps\s{1,3}|possibly\s{1,3})?(?:days|weeks|months|years|decades)\b)|on\b|at\b(?!\s{1,3}a\s{1,3}time\b)|old\b)",
                           text[m.end():m.end() + 24], regex.I)
            and (not _match(r"\s{0,3}to\b", text[m.end():m.end() + 6], regex.I)
                 or _match(r"\s{1,3}to\s{1,3}come\b", text[m.end():m.end() + 12], regex.I)  # "for decades to come"
                 or _search(r"\b(?:take|takes|took|taking)\s{1,3}\Z", text[max(0, m.start() - 8):m.start()], regex.I))  # "take days to clear"
            and (_search(r"\b(?:for|within|by|be|take|takes|took|taking|last|lasts|lasted|lasting|spend|spent|wait|waited|even)\s{1,3}\Z",
                         text[max(0, m.start() - 10):m.start()], regex.I)
                 or (_search(r"\bin\s{1,3}\Z", text[max(0, m.start() - 4):m.start()], regex.I)
                     and _match(r"\s{0,2}[.,;:!?)]", text[m.end():m.end() + 3])))):
        # "ruled for centuries", "within weeks", "the first time in years.": some years, some weeks
        return Spec("duration", unit=u, vague=True)
    if (not d and not m["half"] and not m["long"] and w.lower().endswith("s") and u in _VAGUE_PLURAL_UNITS
            and _match(r"\s{1,3}of\s{1,3}(?!age\b|the\b|this\b|that\b|his\b|her\b|their\b|its\b)[a-z]", text[m.end():m.end() + 16])
            and _search(r"\b(?:after|during|following|amid|despite|ending|end|crediting|through|over|with|within|by|take|takes|took)\s{1,3}\Z",
                        text[max(0, m.start() - 11):m.start()], regex.I)):
        # "after years of war", "amid weeks of protests", "followed by months of street protests", "take months of rain"
        return Spec("duration", unit=u, vague=True)
    if (not d and not m["half"] and not m["long"] and w.lower().endswith("s") and u in _VAGUE_PLURAL_UNITS
            and _match(r"\s{1,3}of\b", text[m.end():m.end() + 4], regex.I)
            and _search(r"\bwithin\s{1,3}\Z", text[max(0, m.start() - 8):m.start()], regex.I)):
        return Spec("duration", unit=u, vague=True)  # "within hours of the quake"
    if (not d and not m["half"] and not m["long"] and w.lower().endswith("s") and u in ("hour", "minute", "day", "week", "month")
            and _EVENT_AFTER.match(text, m.end(), m.end() + 24)
            and not _NOT_BARE_BEFORE.search(text, max(0, m.start() - 16), m.start())):
        return Spec("duration", unit=u, vague=True)  # "hours after a French bank froze funds", "Minutes before the blast"
    if m["closed"]:
        return Spec("duration", unit=u, amount=1.0, notes=("the-",))  # "his monthlong stay", "a weeklong festival"
    if m["long"] == "long" and _search(r"\b(?:an?|the|its|his|her|their|this|that)\s{1,3}\Z", text[max(0, m.start() - 6):m.start()], regex.I):
        return Spec("duration", unit=u, amount=1.0, notes=("the-",))  # "an hour-long speech", "the decade-long war": the article is the noun's
    notes: tuple[str, ...] = ("and-a-half",) if m["half"] else ()
    if d:
        notes += ("dir:" + _squash(d),)
        if w.lower().endswith("s") and u in _VAGUE_PLURAL_UNITS | {"minute"}:
            # "years ago" with no count: kept by drop_bare as PAST_REF; "hours later": some hours, "later" a signal
            notes += ("plural",)
    return Spec("duration", unit=u, notes=notes + ("bare",))


@G.rule("mid_period", "midword", r"mid(?P<u>week|month|year)\b(?![\w-])",
        (("A storm could form by midweek", "2022-W07"), ("sales slowed at midyear", "2022"), ("by midmonth", "2022-02")))
def _mid_period(m: regex.Match[str], text: str) -> Spec | None:
    """ "by midweek", "at midyear": the middle of the current week, month or year (a week by tense, see the resolver)."""
    u = m["u"].lower()
    return Spec("date", rel_unit=u, rel_n=0, boundary="MID", mod="MID", notes=("midweek",) if u == "week" else ())


@G.prefix("mid_unit", r"mid-", lambda s: _is_unit(s) and s.unit in ("week", "month", "year") and not any(n.startswith("dir:") for n in s.notes),
          (("prices fell by mid-week", "2022-W06"), ("a mid-year review", "2022")))
def _p_mid_unit(m: regex.Match[str], s: Spec) -> Spec | None:
    return Spec("date", rel_unit=s.unit, rel_n=0, boundary="MID", mod="MID", notes=("midweek",) if s.unit == "week" else ())


@G.rule("half_year_adjective", "ordinal", r"(?P<o>first|second)-half\b(?=\s{1,3}(?:results|profits?|earnings|sales|revenues?|loss|losses|growth|net|output|figures|performance)\b)",
        (("the company will publish its first-half results", "2022-H1"),))
def _half_year_adjective(m: regex.Match[str], text: str) -> Spec | None:
    return Spec("date", half=1 if m["o"].lower() == "first" else 2)  # "first-half results": of the year being reported


@G.rule("half_year", "ordinal", r"(?P<o>first|second)\s{1,3}half\b(?!\s{1,3}of\b|-)",
        (("Profit rose 10% in the first half, the company said", "2022-H1"),
         ("Net profit fell in the second half", "2021-H2"), ("The deal is expected to close in the first half", "2022-H1"),
         ("First-quarter profit fell 6 percent. The chief executive said the second half would be stronger.", "2022-H2")))
def _half_year(m: regex.Match[str], text: str) -> Spec | None:
    if not _search(r"\b(?:the|its|their)\s{1,3}\Z", text[max(0, m.start() - 8):m.start()], regex.I):
        return None  # "a first half", "his second half": no half of the year
    around = text[max(0, m.start() - 80):m.end() + 80]
    if _GAME_WORDS.search(around) or not _MONEY_WORDS.search(around) and not _CLOSE_DEAL.search(around) and not (
            _EARNINGS_STORY.search(text, 0, 3000) and _BUSINESS_VERB_AFTER.match(text, m.end())):
        # "scored twice in the second half": a half of a game; with no figures or deal, not a year's half (but in a
        # story of quarterly results, "said the second half would be stronger" is)
        return None
    return Spec("date", half=1 if m["o"].lower() == "first" else 2, notes=("half-the",))  # "profit rose in the first half"


@G.prefix("the_half", r"(?:the|its|their)\s{1,3}", lambda s: "half-the" in s.notes,
          (("Profit rose 10% in the first half, the company said", "2022-H1"),))
def _p_the_half(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "half-the"))


@G.rule("prior_year", "priorword", r"prior-(?P<u>year|quarter)\b(?:\s{1,3}(?P<p>quarter|period))?",
        (("compared with the prior-year period", "2020-Q4"), ("prior-year sales", "2021")))
def _prior_year(m: regex.Match[str], text: str) -> Spec | None:
    if m["u"].lower() == "year" and m["p"]:
        return Spec("date", rel_unit="quarter", rel_n=-4, notes=("the-reported", "the-ok"))  # like "the year-ago period"
    return Spec("date", rel_unit=m["u"].lower(), rel_n=-1, notes=("year-ago",) if m["u"].lower() == "year" else ())


@G.rule("year_earlier", "unit", r"(?P<u>year|month|quarter)-(?P<w>earlier|ago)\b(?:\s{1,3}(?P<p>quarter|period))?",
        (("year-earlier", "2021"), ("year-ago", "2021"), ("the year-ago quarter", "2020-Q4"),
         ("the year-earlier period", "2020-Q4")), priority=1)
def _year_earlier(m: regex.Match[str], text: str) -> Spec | None:
    u = m["u"].lower()
    if m["p"] and u == "year":
        return Spec("date", rel_unit="quarter", rel_n=-4, notes=("the-reported", "the-ok"))
    return Spec("date", rel_unit=u, rel_n=-1, notes=("year-ago",) if u == "year" else ())


@G.rule("year_end", "unit", r"(?P<u>year)(?:-|['\u2019]s\s{1,3}|\s{1,3})end\b(?!s\b|-\w)",
        (("by year-end", "2022"), ("at year end", "2022"), ("before the year's end", "2022"),
         ("Loans rose to $1.2 billion at year-end", "2021")), priority=1)
def _year_end(m: regex.Match[str], text: str) -> Spec | None:
    return Spec("date", rel_unit="year", rel_n=0, boundary="END", notes=("the-ok", "year-end"))


@G.rule("report_period", "periodword", r"period\b",
        (("in the latest period", "2021-Q4"), ("in the 2020 period", "2020"),
         ("in the third quarter. In the 2020 period, sales fell", "2020-Q3")))
def _report_period(m: regex.Match[str], text: str) -> Spec | None:
    # "period" alone is no time; the prefix "the_period_of" makes "the latest period", "the 1988 period" one
    return Spec("duration", unit="quarter", notes=("bare", "period"))


@G.rule("holiday", "holiday", r"(?P<h>\L<holiday>)(?![\w-])(?:,?\s{1,3}(?P<y>1[5-9]\d\d|20\d\d)(?!\d))?",
        (("on Christmas Eve", "2021-12-24"), ("New Year's Day 2023", "2023-01-01"), ("before Easter", "2022-04-17"),
         ("Thanksgiving 2021", "2021-11-25"), ("on Good Friday", "2022-04-15"), ("Orthodox Easter 2022", "2022-04-24"),
         ("Black Friday 2021", "2021-11-26"), ("the Fourth of July parade", "2022-07-04"), ("born on the fourth of July", "2021-07-04"),
         ("Markets closed for the Lunar New Year", "2022-02-01"), ("after Black Monday in 1987", "1987-10-19"),
         ("Passover 2021", "2021-03-28"), ("Yom Kippur 2022", "2022-10-05"), ("Diwali 2015", "2015-11-11")))
def _holiday(m: regex.Match[str], text: str) -> Spec | None:
    h = m["h"]
    key = _squash(h.lower().replace("\u2019", "'"))
    if not h[0].isupper() and key != "fourth of july":
        return None  # "good friday" in lower case is not a name we trust; "labor day" neither
    prev = _search(r"\b(\w+)\s{1,3}\Z", text[max(0, m.start() - 16):m.start()])
    if key.startswith("new year") and prev is not None and prev[1].lower() in W.OTHER_NEW_YEARS:
        return None  # "the Chinese New Year's celebrations": another calendar
    if not m["y"] and _names_something(text, m.end()):
        return None  # "the Good Friday Agreement", "the Fourth of July parade" stays a date (lower case)
    if not m["y"] and _HOLIDAY_THING_AFTER.match(text, m.end()):
        return None  # "a Christmas tree", "Easter eggs": things named for the day, not the day
    # "the end of the Republic Day parade": "the" and "the end of" belong to the noun the holiday names
    modifier = ("holiday-modifier",) if not m["y"] and _HOLIDAY_EVENT_AFTER.match(text, m.end()) else ()
    if key in W.REGIONAL_HOLIDAYS:
        return Spec("date", year=_year(m["y"]), notes=("holiday:" + key,) + modifier)  # whose day: the resolver asks the zone
    kind, a, b, n = W.HOLIDAYS[key]
    y = _year(m["y"])
    if kind == "once":
        return Spec("date", year=a, month=b, day=n, notes=modifier)  # "Black Monday": the day of 1987 it names
    if kind == "fixed":
        return Spec("date", month=a, day=b, year=y, notes=(("holiday-the",) if key == "fourth of july" or key.startswith("day of") else ())
                    + ("holiday-fixed",) + modifier)
    # "the Lunar New Year", "the Spring Festival": the article is part of the name
    return Spec("date", year=y, notes=("holiday:" + key,) + (("holiday-the",) if kind in W.THE_HOLIDAY_KINDS else ()) + modifier)


@G.prefix("this_holiday", r"this\s{1,3}(?:year['\u2019]s\s{1,3})?",
          lambda s: s.kind == "date" and s.year is None and "holiday-modifier" not in s.notes
          and any(n == "holiday-fixed" or n.startswith("holiday:") for n in s.notes),
          (("On this Christmas Eve, millions are on the road", "2022-12-24"), ("this Easter Sunday", "2022-04-17")))
def _p_this_holiday(m: regex.Match[str], s: Spec) -> Spec | None:
    # "On this Christmas Eve": the determiner belongs to the extent (TimeML keeps "this"), and the day is this year's
    return s.with_(rel_unit="year", rel_n=0)


_HOLIDAY_THING_AFTER = regex.compile(r"\s{1,3}(?:" + "|".join(sorted(W.HOLIDAY_THING_NOUNS, key=len, reverse=True)) + r")\b", regex.I)
_HOLIDAY_EVENT_AFTER = regex.compile(r"\s{1,3}(?:" + "|".join(sorted(W.HOLIDAY_EVENT_NOUNS, key=len, reverse=True)) + r")\b")


@G.rule("a_while", "while", r"while\b", (("it will take a while", "PXX"), ("after a short while", "PXX")))
def _a_while(m: regex.Match[str], text: str) -> Spec | None:
    if not _search(r"\ba\s{1,3}(?:(?:little|short|long|good)\s{1,3})?\Z", text[max(0, m.start() - 10):m.start()], regex.I):
        return None  # "while" the conjunction
    return Spec("duration", unit="unspecified", vague=True, notes=("while", "bare"))


@G.rule("some_time", "while", r"time\b(?!\s{1,3}(?:in|on|next|last|this|that|ago|later|before|after|between|during|around|soon)\b)",
        (("forces could stay there for some time.", "PXX"),))
def _some_time(m: regex.Match[str], text: str) -> Spec | None:
    if not _search(r"\bfor\s{1,3}(?:quite\s{1,3})?some\s{1,3}\Z", text[max(0, m.start() - 20):m.start()], regex.I):
        return None  # "the time", "some time ago", "sometime in May" are other rules' or nobody's
    return Spec("duration", unit="unspecified", vague=True, notes=("while", "bare"))


@G.prefix("a_while_det", r"(?:a\s{1,3}(?:(?:little|short|long|good)\s{1,3})?|(?:quite\s{1,3})?some\s{1,3})",
          lambda s: "while" in s.notes and "bare" in s.notes,
          (("for a little while", "PXX"), ("it will last for quite some time", "PXX")))
def _p_a_while(m: regex.Match[str], s: Spec) -> Spec | None:
    # the rules "a_while" and "some_time" already checked which determiner stands before them
    return s.with_(notes=("while",))


@G.prefix("these_days", r"these\s{1,3}", lambda s: s.kind == "duration" and s.unit == "day" and "bare" in s.notes,
          (("prices are high these days", "PRESENT_REF"),))
def _p_these_days(m: regex.Match[str], s: Spec) -> Spec | None:
    if not m.string[m.end():m.end() + 5].lower().startswith("days"):
        return None
    return Spec("ref", ref="PRESENT_REF")


@G.rule("century", "digits", r"(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]{1,2}century\b",
        (("the 20th century", "19XX"), ("an 11th-century temple", "10XX")), digits=(1, 2))
def _century(m: regex.Match[str], text: str) -> Spec | None:
    n = int(m["n"])
    return Spec("date", century=n - 1) if 1 <= n <= 22 else None


@G.rule("century_words", "ordinal", r"(?P<o>\L<ordinal>)[\s-]{1,2}century\b", (("the twentieth century", "19XX"),))
def _century_words(m: regex.Match[str], text: str) -> Spec | None:
    n = W.ORDINALS[m["o"].lower()]
    return Spec("date", century=n - 1) if 1 <= n <= 22 else None


# "Today is the eighth day of Desert Shield", "It's the second day of an offensive": the day of the count is the one
# the story is told on (a count in the past, "Saturday was the third day", names the day before it, and "for a
# sixth day" is left alone)
_COUNT_IS_TODAY = regex.compile(r"(?:\b(?:today|it|this)\s{1,3}(?:is|marks)|\b(?:it|this)['\u2019]s)\s{1,3}(?:the|a)\s{1,3}\Z", regex.I)


@G.rule("nth_day_today", "ordinal", r"(?P<o>\L<ordinal>)\s{1,3}(?:(?:straight|consecutive|successive)\s{1,3})?day\b(?![\s-]{1,3}(?:of\s{1,3}(?:the\s{1,3})?(?:week|month|year|\L<month>)))",
        (("Today is the eighth day of the strike", "2022-02-12"), ("It's the second day of an offensive", "2022-02-12")))
@G.rule("nth_day_today_digits", "digits", r"\d{1,3}(?:st|nd|rd|th)\s{1,3}(?:(?:straight|consecutive|successive)\s{1,3})?day\b(?![\s-]{1,3}(?:of\s{1,3}(?:the\s{1,3})?(?:week|month|year|\L<month>)))",
        (("This is the 10th day of the strike", "2022-02-12"),), digits=(1, 2, 3))
def _nth_day_today(m: regex.Match[str], text: str) -> Spec | None:
    if _COUNT_IS_TODAY.search(text, max(0, m.start() - 24), m.start()) is None:
        return None
    return Spec("date", rel_unit="day", rel_n=0, deictic_day=True, notes=("count-day",))


@G.prefix("the_count_day", r"(?:the|a)\s{1,3}", lambda s: "count-day" in s.notes, (("It is the third day of talks", "2022-02-12"),))
def _p_the_count_day(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=())


_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


@G.rule("spoken_year", "spokenyear",
        r"""(?P<c>nineteen|twenty)[\s-]{1,2}(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{1,2}(?P<ones>one|two|three|four|five|six|seven|eight|nine))?|(?P<teen>""" + _TEENS + r"""))(?![\w-])
          |(?P<tt>two\s{1,3}thousand)(?:\s{1,3}(?:and\s{1,3})?(?P<o2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?(?![\w-])""",
        (("nineteen ninety-six", "1996"), ("nineteen seventy-nine", "1979"), ("the year two thousand", "2000"),
         ("two thousand and eight", "2008")))
def _spoken_year(m: regex.Match[str], text: str) -> Spec | None:
    if m["tt"]:
        if _match(r"\s{1,3}[a-z]", text[m.end():m.end() + 3]) and not _search(r"(?:year|in|by|since|until)\s{1,3}\Z", text[max(0, m.start() - 8):m.start()]):
            return None  # "two thousand troops"
        return Spec("date", year=2000 + int(W.NUMBERS[m["o2"].lower()]) if m["o2"] else 2000)
    century = 1900 if m["c"].lower() == "nineteen" else 2000
    if m["teen"]:
        return Spec("date", year=century + int(W.NUMBERS[m["teen"].lower()]))
    n = int(W.NUMBERS[m["tens"].lower()]) + (int(W.NUMBERS[m["ones"].lower()]) if m["ones"] else 0)
    return Spec("date", year=century + n)


@G.rule("spoken_decade", "spokenyear", r"(?P<c>nineteen|twenty)[\s-]{1,2}(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        (("in the nineteen-eighties", "198X"), ("the early nineteen nineties", "199X")))
def _spoken_decade(m: regex.Match[str], text: str) -> Spec | None:
    n = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[m["d"].lower()]
    return Spec("date", decade=(190 if m["c"].lower() == "nineteen" else 200) + n)


@G.rule("decade_words", "decadeword", r"(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        (("the nineties", "199X"), ("the early eighties", "198X")))
def _decade_words(m: regex.Match[str], text: str) -> Spec | None:
    if not _search(r"\bthe\s{1,3}(?:(?:early|mid|late)[\s-]{1,2})?\Z", text[max(0, m.start() - 12):m.start()], regex.I):
        return None  # "in his forties" is an age
    n = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[m["d"].lower()]
    return Spec("date", decade=190 + n)


# "Q3 2021", "H1"
@G.rule("quarter_code", "quarterword", r"(?P<q>[QH])(?P<n>[1-4])(?:\s{1,3}(?P<y>\d{4})\b|\s?FY\s?(?P<fy>\d{4}|\d{2})(?![\d/\-])|\b)",
        (("Q3 2021", "2021-Q3"), ("Infosys posted its Q3FY23 results", "2023-Q3"), ("in H1 FY24", "2024-H1")))
def _qcode(m: regex.Match[str], text: str) -> Spec | None:
    n = int(m["n"])
    if m["fy"]:  # "Q3FY23", "H1 FY2024": a fiscal quarter or half, labelled as written
        return _period_code(m["q"].upper(), n, _fiscal_year(m["fy"]), ("fiscal",))
    return _period_code(m["q"].upper(), n, _year(m["y"]))


def _period_code(q: str, n: int, y: int | None, notes: tuple[str, ...] = ()) -> Spec | None:
    """ "Q3", "H1": a quarter or a half."""
    if q == "H":
        return Spec("date", half=n, year=y, notes=notes) if n <= 2 else None
    return Spec("date", quarter=n, year=y, notes=notes)


# --- seasons -------------------------------------------------------------------------------------
_SEASON_LEFT = regex.compile(r"(?r)\b(?:the|this|that|same|last|next|in|during|early|late|mid|past|coming|by|of|until|since|every|each)[\s-]{1,3}\Z|mid-\Z", regex.I)


@G.rule("season", "season", r"(?P<s>\L<season>)(?![\w-])(?:\s{1,3}(?:of\s{1,3})?(?P<y>\d{4})(?!\d)|\s{1,3}season\b)?",
        (("summer 2021", "2021-SU"), ("last winter", "2020-WI"), ("this spring", "2022-SP"),
         ("the winter of nineteen ninety-four", "1994-WI"), ("they expect the spring season to be the best", "2022-SP")))
def _season(m: regex.Match[str], text: str) -> Spec | None:
    if not m["y"] and m["s"][0].isupper() and m.start() > 0 and _NEXT_CAP_WORD.match(text, m.end(), m.end() + 24) \
            and not _search(r"(?:[.!?\n]\s{0,3}|\A)\Z", text[max(0, m.start() - 12):m.start()]):
        return None  # "the Summer Palace", "the Winter Olympics": a capitalised season inside a sentence names something
    if not m["y"] and m["s"][0].isupper() and _match(r"\s{1,3}(?:and|or)\s{1,3}(?-i:[A-Z])\w+\s{1,3}(?-i:[A-Z])", text[m.end():m.end() + 32]):
        return None  # "the Winter and Summer Games": a name shared by two
    if not m["y"]:
        if not _SEASON_LEFT.match(text, max(0, m.start() - 10), m.start()):
            return None
        if _match(r"\s{1,3}time\b", text[m.end():m.end() + 8], regex.I):
            return None  # "the end of summer time", "back to winter time": a clock (daylight saving), not the season
        if _match(r"\s{1,3}of\s{1,3}(?![12]\d{3}|nineteen|twenty|two\s)", text[m.end(): m.end() + 16], regex.I):
            return None  # "the fall of Rome"
    return Spec("date", season=W.SEASONS[m["s"].lower()], year=_year(m["y"]))


# --- sets ----------------------------------------------------------------------------------------
_SET_WORDS = {"daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
              "annually": ("P1Y", "year"), "yearly": ("P1Y", "year"), "quarterly": ("P3M", "quarter"),
              "hourly": ("PT1H", "hour"), "nightly": ("P1D", "night"), "biweekly": ("P2W", "week")}


@G.rule("set_word", "set", r"(?P<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly)\b",
        (("weekly", "P1W"), ("annually", "P1Y"), ("the council meets monthly in Geneva", "P1M"), ("on a daily basis", "P1D")))
def _set_word(m: regex.Match[str], text: str) -> Spec | None:
    nxt = _match(r"\s{1,3}([a-z]+)", text[m.end(): m.end() + 20])
    if nxt and nxt.group(1) not in W.SET_NEXT_OK and nxt.group(1) != "basis":
        return None  # an adjective: "a quarterly dividend", "the daily newspaper" (but "on a daily basis" recurs)
    v, per = _SET_WORDS[m["w"].lower()]
    return Spec("set", set_value=v, unit=per, quant=None, notes=("set-word",))


# ---------------------------------------------------------------------------------------------
# prefix rules (left extension).  Each is reverse-anchored at the candidate's start.
def _is_unit(s: Spec) -> bool:
    return s.kind == "duration" and "bare" in s.notes and "period" not in s.notes



_WORD_BEFORE = regex.compile(r"(?r)\b([A-Za-z]+)\s{1,3}\Z")


@G.prefix("quantity", QTY + r"[\s\-]{1,2}(?:(?:more|additional|further|extra|other|straight|consecutive|successive|trading|business|working)\s{1,3})?", _is_unit,
          (("five-hour", "PT5H"), ("24-48 hours", "PT48H"), ("two weeks", "P2W"), ("several months", "PXM"),
           ("above target for six straight months", "P6M"),
           ("2 1/2 years", "P2Y6M"), ("almost a hundred years", "P100Y"), ("for two hundred years", "P200Y"),
           ("the first time in a hundred and thirty years", "P130Y"), ("for three hundred and sixty-five days", "P365D"), ("at least 20 more years", "P20Y"),
           ("a minute and a half", "PT1M30S"), ("two and a half years", "P2Y6M"), ("a couple of years", "P2Y"),
           ("it saves $500 million a year", "P1Y"), ("four flights a week", "P1W"), ("it kills 400,000 people a year", "P1Y"), ("the process takes a week", "P1W"), ("it will one day be the largest", "FUTURE_REF"),
           ("an additional year", "P1Y"), ("17 and a half years", "P17Y6M"), ("Eight trading days after Oct. 12", "P8D"), ("for another half hour", "PT30M")))
def _p_qty(m: regex.Match[str], s: Spec) -> Spec | None:
    amount, lo, hi, vague = _qty(m)
    u = s.unit
    if _search(r"\b(?:every|each)\s{1,3}(?:other\s{1,3})?\Z", m.string[max(0, m.start() - 12):m.start()], regex.I):
        return None  # "every three months": a set, the "each" rule's
    if m["a"] and _search(r"\b(?:once|twice|thrice|times)\s{1,3}\Z", m.string[max(0, m.start() - 8):m.start()], regex.I):
        return None  # "twice a year": a frequency, the "times_per" rule's
    # "a second call" is an ordinal, not a duration
    if m["a"] and u == "second":
        return None
    if amount == 0 and u == "hour" and m["word"] and _match(r"hour\b", m.string[m.end():m.end() + 6], regex.I):
        return Spec("time", hour=0, minute=0)  # "at zero hour today": midnight as the day begins, no length
    after = m.string[m.end():m.end() + 24]
    if u == "second" and m.group().endswith("-") and (m["word"] or m["tens"]) and (
            _match(r"\w+\s{1,3}(?-i:[A-Z])", after) or _search(r"\bthe\s{1,3}\Z", m.string[max(0, m.start() - 5):m.start()], regex.I)):
        return None  # "Forty-second Street", "the forty-second president": an ordinal
    if u == "day" and _match(r"\w+[\s-]?care\b", after, regex.I):
        return None  # "a day care center"
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if u in ("hour", "minute", "second") and before is not None and before[1].lower() in W.DISTANCE_UNITS:
        return None  # "160 miles an hour", "60 km per hour": a speed
    rate = m["a"] and not any(n.startswith("dir:") for n in s.notes) and _search(
        r"(?:\d|%|\b(?:percent|million|billion|cents?|dollars?|euros?|pounds?)|(?-i:\b(?!times\b)(?P<noun>[a-zA-Z]{2,}[a-rt-z]s))"
        r"|(?:\d|\b(?:thousand|million|billion))\s{1,3}(?-i:(?P<counted>[a-z]{3,})))\s{1,3}\Z",
        m.string[max(0, m.start() - 24):m.start()])
    if (rate and not any(rate[g] and rate[g].lower() in W.NOT_RATE_WORDS for g in ("noun", "counted"))
            and not _match(r"\w+\s{1,3}(?:apart|before|after|earlier|later|ago|slow|fast|ahead|behind|off|early|late)\b", after)):
        # ("three doses a month apart", "The address comes a day before the anniversary", "boards at 40 stations an hour
        # slow", "clocks an hour ahead of the capital": a length)
        # "$1.76 a year", "20% a year", "500 million a year": a rate, so a set
        letter, clock, mult = W.UNIT_TIMEX.get(u or "day", ("D", False, 1))
        return Spec("set", set_value=("PT" if clock else "P") + f"{mult}{letter}", unit=u, quant=None)
    if u == "quarter" and m.string[m.end() - 1] == "-" and m.string[m.end():m.end() + 8].lower().startswith("quarters"):
        return None  # "three-quarters" is a fraction
    # "the 1988 second quarter", "a 1988 quarter": a year, not a quantity
    if (m["num"] and not m["num2"] and _fullmatch(r"1[5-9]\d\d|20\d\d", m["num"]) and u not in ("year",)
            and not _match(r"\w+s\b", m.string[m.end():m.end() + 12])):
        return None
    if (u == "day" and m.group().lower().startswith("one ") and set(s.notes) <= {"bare"}
            and _search(r"\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|i|you|'ll)\s{1,3}\Z",
                        m.string[max(0, m.start() - 10):m.start()], regex.I)):
        return Spec("ref", ref="FUTURE_REF")  # "Islam will one day be...", "the hope he one day follows": some day
    notes = tuple(n for n in s.notes if n not in ("bare", "and-a-half"))
    if m["vague"] and "couple" in m["vague"].lower() and s.mod is None:
        s = s.with_(mod="APPROX")
    if "and-a-half" in s.notes and amount is not None:
        amount += 0.5  # "a minute and a half", "two years and a half"
    word = m.string[m.end():m.end() + 12]
    if m.string[m.end() - 1] == "-" or (amount is not None and amount != 1 and not _match(r"\w+s\b", word)):
        notes += ("adjective",)  # "five-hour talks", "a two day visit"
    return s.with_(amount=amount, low=lo, high=hi, vague=vague, notes=notes)


_REL_WORDS = r"(?P<rel>this\s{1,3}past|last|past|previous|preceding|prior|next|coming|following|upcoming|this|current|present|same|that|recent)"


@G.prefix("first_hours", r"the\s{1,3}(?:first|opening|final)\s{1,3}",
          lambda s: _is_unit(s) and s.unit in ("hour", "minute") and "bare" in s.notes,
          (("halted twice in the first hour of trading", "PT1H"), ("prisoners taken in the first hours of the war", "PTXH"),
           ("in the final minutes", "PTXM")))
def _p_first_hours(m: regex.Match[str], s: Spec) -> Spec | None:
    # "in the first hour of trading": the length from a start the sentence names (no day can be an hour long)
    notes = tuple(n for n in s.notes if n != "bare")
    if _match(r"(?:hour|minute)s\b", m.string[m.end():m.end() + 8], regex.I):
        return Spec("duration", unit=s.unit, vague=True, notes=notes)
    return s.with_(amount=1.0, notes=notes)


@G.prefix("relative_period", r"(?:(?P<the>the|a)\s{1,3})?" + _REL_WORDS + r"\s{1,3}", _is_unit,
          (("last year", "2021"), ("the same month", "2022-02"), ("next week", "2022-W07"),
           ("recent weeks", "PXW"), ("the past year", "2021"), ("the coming weeks", "PXW"),
           ("this past week", "2022-W05"), ("the last decade", "201X"), ("for the past hour", "PT1H")))
def _p_rel_unit(m: regex.Match[str], s: Spec) -> Spec | None:
    rel = _squash(m["rel"].lower())
    word = m.string[m.end():m.end() + 12].lower()
    plural = bool(_match(r"(?:day|week|month|year|decade|hour|minute|quarter|night|weekend|centurie)s\b", word))
    u = s.unit or ""
    if rel == "recent":
        if plural and not m["the"] and u in ("week", "month", "quarter"):
            return Spec("duration", unit=u, vague=True)  # "in recent weeks": some weeks up to now (as TimeBank writes it)
        if plural and not m["the"]:
            return Spec("ref", ref="PAST_REF")  # "in recent days", "in recent years": the recent past
        return None
    if plural and m["the"] and _match(r"\w+\s{1,3}of\s{1,3}(?:the|a|an|his|her|its|their|this|that|[A-Z]|\d)", m.string[m.end():m.end() + 24]):
        return None  # "the last days of the campaign", "the final weeks of 2012": part of what follows
    if plural:
        if rel in ("coming", "next", "upcoming"):
            # "in the coming weeks": some weeks from now, a length (TimeBank's "in coming weeks", AQUAINT's "in the
            # coming years"; TimeBank has "coming months" once as FUTURE_REF); "coming quarters" has no length unit
            return Spec("duration", unit=u, vague=True) if u != "quarter" else Spec("ref", ref="FUTURE_REF")
        if rel in ("past", "last", "previous"):
            return Spec("ref", ref="PAST_REF")
        return None
    if u in ("second", "minute") and rel == "last" and _search(r"\b(?:at|until|till)\s{1,3}\Z", m.string[max(0, m.start() - 8):m.start()], regex.I):
        return None  # "called off airstrikes at the last minute": an idiom, no length of time
    if u in ("second", "minute", "hour") and m["the"] and rel in ("past", "last", "next", "coming", "previous"):
        # "for the past hour", "in the next minute": a length of time ending or starting now
        return s.with_(amount=1.0, notes=tuple(n for n in s.notes if n != "bare") + ("the-past" if rel in ("past", "last", "previous") else "the-next",))
    if u in ("second", "minute", "hour", "night"):
        return None
    if m["the"] and m["the"].lower() == "a":
        return None
    if (m["the"] and rel in ("next", "coming") and u in ("day", "week", "month", "decade")
            and _search(r"\b(?:for|within|during|throughout|spend|spent|spends" + ("|over" if u == "decade" else "") + r")\s{1,3}\Z",
                        m.string[max(0, m.start() - 12):m.start()], regex.I)):
        # "For the next month, believers will abstain", "within the next week", "over the next decade": a length from
        # now ("to set policy for the coming year" is the year; "demand would grow in the next decade" the decade)
        return Spec("duration", unit="year", amount=10.0, notes=("the-next",)) if u == "decade" else \
            Spec("duration", unit=u, amount=1.0, notes=("the-next",))
    n = -1 if rel == "this past" else (W.RELATIVE[rel] if rel != "that" else 0)
    ana = rel in ("following", "same", "that", "preceding", "prior") or (rel in ("next", "previous") and bool(m["the"]))
    unit = "week" if u == "weekend" else u
    return Spec("date", rel_unit=unit, rel_n=n, anaphoric=ana, weekend=(u == "weekend"))


@G.prefix("quarter_of_unit", r"(?P<n>a|one|three)\s{1,3}quarters?\s{1,3}of\s{1,3}",
          lambda s: s.kind == "duration" and s.unit in ("century", "hour", "year") and s.amount == 1.0 and s.mod is None
          and not s.vague and not any(n.startswith(("dir:", "the-")) for n in s.notes),
          (("the lowest in a quarter of a century", "P25Y"), ("three quarters of an hour", "PT45M")))
def _p_quarter_of_unit(m: regex.Match[str], s: Spec) -> Spec | None:
    n = 3 if m["n"].lower() == "three" else 1
    if s.unit == "century":
        return s.with_(unit="year", amount=25.0 * n, notes=tuple(x for x in s.notes if x != "bare"))  # "a quarter of a century"
    if s.unit == "hour":
        return s.with_(unit="minute", amount=15.0 * n, notes=tuple(x for x in s.notes if x != "bare"))
    return s.with_(unit="month", amount=3.0 * n, notes=tuple(x for x in s.notes if x != "bare"))


@G.prefix("the_half_unit", r"the\s{1,3}(?P<rel>next|past|last|first|final|coming|previous)\s{1,3}half[\s-]{1,2}",
          lambda s: _is_unit(s) and s.unit in ("hour", "day", "year", "century") and "bare" in s.notes,
          (("Coming up in the next half hour", "PT30M"), ("prices fell in the past half hour", "PT30M"),
           ("over the last half century", "P50Y")))
def _p_the_half_unit(m: regex.Match[str], s: Spec) -> Spec | None:
    rel = m["rel"].lower()
    tag = "the-past" if rel in ("past", "last", "previous") else "the-next"
    return s.with_(amount=0.5, notes=tuple(n for n in s.notes if n != "bare") + (tag,))


@G.prefix("part_of_period", r"the\s{1,3}(?P<e>first|early|opening|final|last|closing)\s{1,3}(?:few\s{1,3})?(?:days?|weeks?|months?)\s{1,3}of\s{1,3}(?:the\s{1,3})?",
          lambda s: s.kind == "date" and s.boundary is None and s.day is None and s.weekday is None and not s.deictic_day
          and (s.year is not None or s.month is not None or s.quarter is not None or s.season is not None
               or s.rel_unit in ("month", "year", "quarter")),
          (("in the final weeks of 2012", "2012"), ("the first week of March", "2022-03"), ("the last days of the year", "2022")))
def _p_part_of_period(m: regex.Match[str], s: Spec) -> Spec | None:
    b = "START" if m["e"].lower() in ("first", "early", "opening") else "END"
    return s.with_(boundary=b, mod=b)  # "the final weeks of 2012": its end


_DATE_COMMA_LEFT = regex.compile(r"(?:\b\L<month>\.?\s{1,3}\d{1,2}(?:,\s{1,3}\d{4})?|\b\L<weekday>),\s{1,3}\Z", regex.I,
                                 month=list(W.MONTHS), weekday=[k for k in W.WEEKDAYS if k.endswith("day")])
_THE_DAY_LEFT = regex.compile(r"\b(?:(?:later|earlier|late|early)\s{1,3}(?:in|during)|during|throughout|(?:much|most|rest|all|part)"
                              r"\s{1,3}of|ended|finished)\s{1,3}\Z", regex.I)


def _said_before(text: str, start: int) -> bool:
    """A reporting verb stands just before the preposition before ``start``: "said over the weekend"."""
    w = _search(r"\b([a-z]+)\s{1,3}(?:over|during|at|on|in|late|early)\s{1,3}\Z", text[max(0, start - 24):start], regex.I)
    return w is not None and w[1].lower() in W.REPORTING_VERBS


@G.prefix("the_period", r"(?P<the>the)\s{1,3}(?:(?P<adj>full|whole|entire|fiscal|current|calendar|current\s{1,3}fiscal|latest\s{1,3}fiscal|full\s{1,3}fiscal|holiday|long|long\s{1,3}holiday)\s{1,3})?",
          lambda s: (_is_unit(s) and s.unit in ("quarter", "year", "weekend", "month", "week", "day", "decade", "century"))
          or "the-ok" in s.notes,
          (("the quarter", "2021-Q4"), ("the year", "2022"), ("the weekend", "2022-W06-WE"), ("the fiscal year", "2022"),
           ("the full year", "2022"), ("growth of 7 percent for the whole year", "2022"), ("the current quarter", "2022-Q1"), ("by the end of the decade", "202X"), ("He spoke on Friday and left later in the day.", "2022-02-11"), ("the latest fiscal year", "2021"),
           ("for the year ended March 31", "P1Y"), ("for the fiscal year ending June 30", "P1Y"),
           ("the year ended Dec. 31", "2021"),
           ("officials said over the weekend", "2022-W06-WE", "2022-02-14"), ("the end of the month", "2022-02"),
           ("the day before,", "2022-02-11"), ("the weekend will be busy", "2022-W07-WE", "2022-02-16"),
           ("markets reopen after the holiday weekend", "2022-W07-WE", "2022-02-16")))
def _p_the_period(m: regex.Match[str], s: Spec) -> Spec | None:
    u = s.unit
    adj = _squash(m["adj"].lower()) if m["adj"] else ""
    if adj in ("whole", "entire"):
        adj = "full"  # "for the whole year": the year, like "the full year"
    if adj in ("holiday", "long", "long holiday"):
        if u != "weekend" or "bare" not in s.notes:
            return None
        # "after the holiday weekend", "over the long weekend": the weekend, placed like "the weekend"
        return Spec("date", rel_unit="week", rel_n=0, weekend=True, notes=("the-weekend",))
    if adj and (u not in ("year", "quarter") or "the-ok" in s.notes or (adj != "current" and u != "year")
                or any(n.startswith("dir:") for n in s.notes)):
        return None
    if "the-ok" in s.notes:
        return s.with_(notes=tuple(n for n in s.notes if n != "the-ok"))
    if any(n.startswith("dir:") for n in s.notes):
        # "the day before," "the week after,": one unit from the reference
        return s.with_(amount=1.0, notes=tuple(n for n in s.notes if n != "bare") + ("whole-unit",))
    if u == "day":
        left = m.string[max(0, m.start() - 24):m.start()]
        if not adj and _DATE_COMMA_LEFT.search(left):
            # "since Sept. 4, the day Raghuram Rajan took over", "reach Friday, the day some had taken to be the end":
            # the day just named, again
            return Spec("date", rel_unit="day", rel_n=0, anaphoric=True)
        if not adj and _THE_DAY_LEFT.search(left) and not _match(r"\w+\s{1,3}(?:when|that|of|before|after|he|she|they|it|we)\b",
                                                                  m.string[m.end():m.end() + 16]):
            # "later in the day", "during the day", "much of the day", "ended the day down": the day being told
            return Spec("date", rel_unit="day", rel_n=0, anaphoric=True)
        return None
    nxt = m.string[m.end():m.end() + 24]
    if u == "week" and _match(r"\w+\s{1,3}of\s{1,3}\d{1,2}\s{1,3}[A-Z]", nxt):
        return None  # "the week of 18 February": the prefix "week_of" reads it whole
    said_that = u == "weekend" and _match(r"\w+\s{1,3}that\b", nxt) and _said_before(m.string, m.start())
    if _match(r"\w+(?:s\b|-|\s{1,3}(?:of(?!\s{1,3}(?:[$#\u00a3\u20ac]|C\$|\d))|before|after|when|in\s{1,3}which|that|two|nineteen|twenty)\b|\s{1,3}\d)", nxt) and not (
            (adj or said_that) and _match(r"\w+\s{1,3}that\b", nxt)):
        # ("said over the weekend that ...": "that" opens what was said, not a clause about the weekend)
        return None  # "the years", "the year-long", "the year before the war"
    if "the-ok" in s.notes:
        return s.with_(notes=tuple(n for n in s.notes if n != "the-ok"))
    if u == "year" and _match(r"\w+\s{1,3}(?:ended|ending|to|through)\s{1,3}(?!Dec(?:ember|\.)?\s{1,3}31\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tomorrow)", nxt, regex.I):
        # "the year ended March 31", "the year to March": twelve months that are not a calendar year
        return Spec("duration", unit="year", amount=1.0, notes=("the-",))
    if u == "year" and _match(r"\w+\s{1,3}(?:ended|ending)\s{1,3}Dec", nxt, regex.I):
        return Spec("date", rel_unit="year", rel_n=0, notes=("the-reported",))  # the calendar year being reported
    if u in ("decade", "century"):
        if adj or not _search(r"\b(?:end|start|beginning|middle|close|rest|remainder|turn)\s{1,3}of\s{1,3}\Z",
                              m.string[max(0, m.start() - 16):m.start()], regex.I):
            return None  # "over the decade" may be the ten years to now; only "the end of the decade" is this decade
        return Spec("date", rel_unit=u, rel_n=0)
    if adj == "current":
        return Spec("date", rel_unit=u, rel_n=0)
    if adj == "latest fiscal":
        return Spec("date", rel_unit="year", rel_n=-1)
    if u == "quarter":
        return Spec("date", rel_unit="quarter", rel_n=0, notes=("the-reported",))
    if u == "weekend":
        return Spec("date", rel_unit="week", rel_n=0, weekend=True, notes=("the-weekend",))
    if u in ("year", "month", "week"):
        notes = ("the-month",) if u == "month" and not adj else ("full-year",) if adj == "full" else ()
        return Spec("date", rel_unit=u, rel_n=0, notes=notes)
    return None


@G.prefix("relative_quantity", r"(?:(?P<the>the)\s{1,3}(?:(?P<rel>past|last|next|coming|previous|first|final|following|preceding)\s{1,3})?"
          r"|(?<=\b(?:its|his|her|their|our|my|your)\s{1,3})(?P<rel2>first|last|past|next|final)\s{1,3})",
          lambda s: s.kind == "duration" and (s.amount is not None or s.vague) and "bare" not in s.notes
          and not any(n.startswith(("the-", "dir:")) for n in s.notes),
          (("the past three years", "P3Y"), ("the next 24-48 hours", "PT48H"), ("judged on its first hundred days", "P100D")))
def _p_rel_qty(m: regex.Match[str], s: Spec) -> Spec | None:
    rel = (m["rel"] or m["rel2"] or "").lower()
    if not rel:
        if "adjective" in s.notes:
            return None  # "the eight-year war": the article belongs to the noun
        return s.with_(notes=s.notes + ("the-",))
    if "adjective" in s.notes and rel not in ("past", "coming") and m["the"]:
        return None  # "the next two-day meeting", "the last three-year contract": the words belong to the noun
    tag = "the-past" if rel in ("past", "last", "previous") else "the-next"
    mod = "EQUAL_OR_LESS" if s.low is not None and tag == "the-next" else s.mod
    return s.with_(notes=s.notes + (tag,), mod=mod)


# a quarter of a game, not of a year: sports words around it and no money
_GAME_WORDS = regex.compile(r"\b(?:scored|scores|points?|touchdowns?|field\s+goal|basket|fouled|halftime|overtime|quarterback"
                            r"|timeout|buzzer|led\s+by|trailed|pass(?:es)?\s+for|yards?|left\s+in\s+the)\b", regex.I)
_CLOSE_DEAL = regex.compile(r"\b(?:deal|merger|acquisition|takeover|transaction|sale|purchase|listing|IPO|launch)\b", regex.I)
_EARNINGS_STORY = regex.compile(r"\b(?:first|second|third|fourth)[\s-]quarter\s+(?:profit|earnings|results|revenue|net)|\bnet\s+income\b", regex.I)
_BUSINESS_VERB_AFTER = regex.compile(r"\s{1,3}(?:would|will|should|could|is|was)\s{1,3}(?:be\s{1,3})?(?:stronger|weaker|better|worse|"
                                     r"improve|recover|slow|pick\s{1,3}up)\b", regex.I)
_MONEY_WORDS = regex.compile(r"[$\u00a3\u20ac%]|\b(?:profits?|revenues?|sales|earnings|percent|shares?|results|net|loss|million|billion"
                             r"|growth|economy|economists?|gdp|output|dividends?|fiscal|rebound|percentage|basis|index|rates?)\b", regex.I)


@G.prefix("ordinal_quarter", r"(?:(?P<the>the)\s{1,3}(?:fiscal[\s-]{1,2})?(?=\w+\s)|(?:fiscal[\s-]{1,2}))?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latest)[\s-]{1,2}",
          lambda s: s.kind == "duration" and s.unit in ("quarter",) and "bare" in s.notes and "period" not in s.notes,
          (("the third quarter", "2021-Q3"), ("the latest quarter", "2021-Q4"), ("will report in the second quarter", "2022-Q2"),
           ("the fiscal first quarter", "2022-Q1"), ("its fourth quarter", "2021-Q4"), ("its fiscal second quarter", "2021-Q2"),
           ("shares fell 5 percent in the third quarter, and points to a loss", "2021-Q3")))
def _p_quarter(m: regex.Match[str], s: Spec) -> Spec | None:
    around = m.string[max(0, m.start() - 80):m.end() + 80]
    if _GAME_WORDS.search(around) and not _MONEY_WORDS.search(around):
        return None  # "with 2:30 left in the third quarter, he fouled out": a period of a game
    o = m["o"].lower()
    table = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    fiscal = ("fiscal",) if "fiscal" in m.group().lower() else ()  # "the fiscal first quarter": flagged, like "fiscal 1998"
    if o in table:
        return Spec("date", quarter=table[o], notes=fiscal)
    return Spec("date", rel_unit="quarter", rel_n=-1)


@G.prefix("month_quarter", r"(?:(?:the|its|their)\s{1,3})?(?P<mon>\L<month>)[\s-]{1,2}",
          lambda s: s.kind == "duration" and s.unit == "quarter" and "bare" in s.notes and "period" not in s.notes,
          (("expects growth in the December quarter", "2021-Q4"), ("Profit rose in the June quarter", "2021-Q2"),
           ("its September quarter", "2021-Q3")))
def _p_month_quarter(m: regex.Match[str], s: Spec) -> Spec | None:
    month = W.MONTHS[m["mon"].lower()]
    if not m["mon"][0].isupper() or month % 3:
        return None  # a quarter is named by the month it ends in ("the December quarter" is October to December)
    return Spec("date", quarter=month // 3)


@G.prefix("reported_period", r"(?P<the>the|its)\s{1,3}(?:(?P<w>latest|same|corresponding|comparable)|(?P<y>1[89]\d\d|20\d\d))\s{1,3}",
          lambda s: s.kind == "duration" and s.unit == "quarter" and "bare" in s.notes,
          (("the latest period", "2021-Q4"), ("the 1988 quarter", "1988"), ("its 2020 period", "2020"),
           ("a profit of $5 million for the corresponding period last year", "2020-Q4")))
def _p_reported_period(m: regex.Match[str], s: Spec) -> Spec | None:
    if m["y"]:
        # "the 1988 period": the period being reported (a quarter when the text is about one), in 1988
        return Spec("date", year=int(m["y"]), notes=("period-of-year",))
    if m["w"].lower() != "latest":
        # "the same period", "the corresponding quarter": only with the year-ago words that follow ("last year")
        return Spec("date", rel_unit="quarter", rel_n=0, notes=("the-reported", "bare", "wants-year-ago"))
    if "period" not in s.notes:
        return None  # "the latest quarter" is the ordinal rule's
    return Spec("date", rel_unit="quarter", rel_n=0, notes=("the-reported",))


def each_named(s: Spec) -> Spec | None:
    """The set "every" makes of a named day, month, part of day or season ("every Monday" ``XXXX-WXX-1``, "every New
    Year's Eve" ``XXXX-12-31``, "each July", "every evening", "every summer"); None for anything else."""
    if s.weekday is not None:
        return Spec("set", weekday=s.weekday, set_value=f"XXXX-WXX-{s.weekday + 1}", quant="EACH")
    if s.month is not None and s.day is not None:  # "every New Year's Eve": that day of each year
        return Spec("set", month=s.month, day=s.day, set_value=f"XXXX-{s.month:02d}-{s.day:02d}", unit="year", quant="EACH")
    if s.month is not None:
        return Spec("set", month=s.month, set_value=f"XXXX-{s.month:02d}", unit="year", quant="EACH")
    if s.pod is not None:
        return Spec("set", pod=s.pod, set_value=f"XXXX-XX-XXT{s.pod}", quant="EACH")
    if s.season is not None:
        return Spec("set", season=s.season, set_value=f"XXXX-{s.season}", unit="year", quant="EACH")
    return None


@G.prefix("each", r"""(?P<w>every|each|per|a)\s{1,3}(?:(?P<other>other)\s{1,3})?
          (?:(?P<q>\d{1,3}(?:,\d{3})+|\d{1,5}|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?P<ones>one|two|three|four|five|six|seven|eight|nine)
             |\L<numword>|few|several|half)[\s-]{1,3})?""",
          lambda s: (s.kind == "duration" and "bare" in s.notes) or (s.kind == "date" and s.weekday is not None and not s.has_time)
          or (s.kind == "time" and s.pod is not None) or (s.kind == "date" and s.month is not None and s.day is None and s.year is None)
          or (s.kind == "date" and s.season is not None and s.year is None and s.rel_unit is None)
          or (s.kind == "date" and "holiday-fixed" in s.notes and s.year is None and s.rel_unit is None)
          or (s.kind == "date" and s.month is not None and s.day is not None and s.year is None and s.weekday is None
              and s.rel_unit is None and not s.notes),
          (("every Monday", "XXXX-WXX-1"), ("as one has every New Year's Eve since 1907", "XXXX-12-31"), ("each month", "P1M"), ("every two weeks", "P2W"), ("each July", "XXXX-07"),
           ("every summer", "XXXX-SU"), ("every fifteen minutes", "PT15M"), ("once every 4,000 years", "P4000Y"),
           ("every twenty-five years", "P25Y"), ("every few minutes", "PTXM"), ("trains run every half hour", "PT30M"),
           ("flights leave on Tuesday nights", "XXXX-WXX-2TNI"), ("the holiday will be marked every Oct. 3", "XXXX-10-03")))
def _p_each(m: regex.Match[str], s: Spec) -> Spec | None:
    w = m["w"].lower()
    if w in ("a", "per"):
        return None  # handled by "times_per" (needs the frequency)
    n: int | str = 2 if m["other"] else 1
    if m["q"]:
        q = m["q"].lower().replace(",", "")
        if m["tens"]:
            n = int(W.NUMBERS[m["tens"].lower()] + W.NUMBERS[m["ones"].lower()])
        elif q in ("few", "several"):
            n = "X"  # "every few minutes": no number is said
        elif q == "half" and s.unit in SPLIT_UNITS:  # "every half hour": thirty minutes
            per, finer = SPLIT_UNITS[s.unit]
            letter, clock, _ = W.UNIT_TIMEX[finer]
            return Spec("set", set_value=("PT" if clock else "P") + f"{per // 2}{letter}", unit=finer, quant="EACH")
        else:
            n = int(q) if q.isdigit() else int(W.NUMBERS.get(q, 0)) or 1
    if s.month is not None and s.day is not None and w not in ("every", "each"):
        return None
    named = each_named(s)
    if named is not None:
        return named
    letter, clock, mult = W.UNIT_TIMEX[s.unit or "day"]
    count = n if isinstance(n, str) else str(n * mult)
    return Spec("set", set_value=("PT" if clock else "P") + f"{count}{letter}", unit=s.unit, quant="EACH")


@G.prefix("super_tuesday", r"(?-i:Super)\s{1,3}", lambda s: s.kind == "date" and s.weekday == 1 and s.direction is None,
          (("the biggest prize of Super Tuesday", "2022-02-08"),))
def _p_super_tuesday(m: regex.Match[str], s: Spec) -> Spec | None:
    # "Super Tuesday": the name of the primaries' Tuesday, the day as its tense places it ("a Super Tuesday sweep" too)
    return s.with_(notes=s.notes + ("named-day",))


@G.prefix("indefinite_weekday", r"(?:a|one|some)\s{1,3}",
          lambda s: s.kind == "date" and s.weekday is not None and s.day is None and s.direction is None and not s.anaphoric
          and "named-day" not in s.notes,
          (("it happened on a Friday", "XXXX-WXX-5"), ("one Sunday in May", "XXXX-WXX-7")))
def _p_indefinite_weekday(m: regex.Match[str], s: Spec) -> Spec | None:
    # "on a Friday": some Friday, not this week's
    return s.with_(notes=s.notes + ("non-specific",))


def _times_count(f: str) -> int:
    """How many times "once", "twice", "3 times", "three times" say."""
    f = f.lower()
    n = {"once": 1, "twice": 2, "thrice": 3}.get(f)
    if n is None:
        q = f.split()[0]
        n = int(q) if q.isdigit() else int(W.NUMBERS.get(q, 1))
    return n


@G.prefix("times_per", r"(?P<f>once|twice|thrice|(?:\d{1,3}|\L<numword>|several|many|a\s{1,3}few|multiple)\s{1,3}times)(?:\s{1,3}|-)(?:a|an|per|each|every)(?:\s{1,3}|-)",
          lambda s: s.kind == "duration" and "bare" in s.notes,
          (("twice a week", "P1W"), ("three times a year", "P1Y"), ("approval of a once-a-week version", "P1W")))
@G.prefix("times_per_hyphen", r"(?P<f>once|twice|thrice)-",
          lambda s: s.kind == "duration" and s.amount == 1.0 and s.mod is None and not s.vague
          and not any(n.startswith(("dir:", "the-")) for n in s.notes),
          (("approval of a once-a-week version", "P1W"), ("a twice-a-day pill", "P1D")))
def _p_times(m: regex.Match[str], s: Spec) -> Spec | None:
    letter, clock, mult = W.UNIT_TIMEX[s.unit or "day"]
    if _match(r"(?:several|many|a\s{1,3}few|multiple)\b", m["f"], regex.I):
        # "several times a day": a set of no stated frequency
        return Spec("set", set_value=("PT" if clock else "P") + f"{mult}{letter}", unit=s.unit, quant=None)
    n = _times_count(m["f"])
    return Spec("set", set_value=("PT" if clock else "P") + f"{mult}{letter}", unit=s.unit, freq=f"{n}X", quant=None)


@G.prefix("the_day_of_month", r"the\s{1,3}", lambda s: "day-of-month" in s.notes,
          (("on the 3rd of March", "2022-03-03"), ("the first of May", "2022-05-01")))
def _p_the_day_of_month(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "day-of-month"))


@G.prefix("week_of", r"the\s{1,3}week\s{1,3}of\s{1,3}",
          lambda s: s.kind == "date" and s.month is not None and s.day is not None and s.weekday is None,
          (("talks are set for the week of March 11", "2022-W10"),))
def _p_week_of(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=s.notes + ("week-of",))


@G.prefix("eve_of_holiday", r"the\s{1,3}eve\s{1,3}of\s{1,3}(?:the\s{1,3})?",
          lambda s: any(n.startswith("holiday:") for n in s.notes) and "eve" not in s.notes,
          (("On the eve of Election Day, the candidates rallied", "2022-11-07", "2022-11-07"),))
def _p_eve_of_holiday(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "holiday-the") + ("eve",))  # the day before it


@G.prefix("nth_weekday_of", r"(?:the\s{1,3})?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s{1,3}", lambda s: "nth-the" in s.notes,
          (("It opened on the first Monday in October", "2021-10-04"), ("on the first Monday of each month", "P1M")))
def _p_nth_weekday(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "nth-the"))


@G.prefix("the_holiday", r"the\s{1,3}", lambda s: "holiday-the" in s.notes, (("sales before the Fourth of July", "2022-07-04"),))
def _p_the_holiday(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "holiday-the"))  # "the Fourth of July"


@G.prefix("times_adverb", r"(?P<f>once|twice|thrice|(?:\d{1,3}|\L<numword>)\s{1,3}times)\s{1,3}",
          lambda s: s.kind == "set" and "set-word" in s.notes and s.freq is None,
          (("the drug is taken twice daily", "P1D"), ("trains run three times weekly", "P1W")))
def _p_times_adverb(m: regex.Match[str], s: Spec) -> Spec | None:
    n = _times_count(m["f"])
    return s.with_(freq=f"{n}X")


@G.prefix("relative_named", r"(?:(?P<the>the)\s{1,3})?(?P<rel>this\s{1,3}(?:past|coming)|last|next|this|coming|past|previous|following|that|same)\s{1,3}",
          lambda s: s.kind in ("date", "time") and (s.weekday is not None or s.season is not None or (s.month is not None and s.day is None and s.year is None)) and s.direction is None,
          (("last Tuesday", "2022-02-08"), ("next Monday", "2022-02-14"), ("last summer", "2021-SU"), ("next Sunday", "2022-02-20"),
           ("this Saturday", "2022-02-12"), ("last March", "2021-03"), ("this past spring", "2021-SP"),
           ("this coming Sunday", "2022-02-13")))
def _p_rel_named(m: regex.Match[str], s: Spec) -> Spec | None:
    rel = _squash(m["rel"].lower())
    if rel.startswith("this "):
        return s.with_(direction=-1 if rel.endswith("past") else 1)
    if rel in ("that", "same", "following", "previous") and m["the"] is None and rel != "that":
        return None
    if rel in ("that", "same"):
        return s.with_(anaphoric=True, direction=0)
    if rel in ("following", "previous"):
        return s.with_(anaphoric=True, direction=1 if rel == "following" else -1)
    if rel == "next" and s.weekday is not None and s.month is None:
        # "next Wednesday" said on a Tuesday is the Wednesday of next week ("Thatcher's funeral will be next
        # Wednesday", said on April 9, 2013: April 17); "this coming Wednesday" is tomorrow
        return s.with_(direction=1, notes=s.notes + ("next-week",))
    if rel in ("next", "last") and s.season in ("SP", "SU", "FA"):
        # "next spring" said in February is next year's (this year's is "this spring"); "last spring" said in October
        # is last year's (as TimeBank reads it) (winter, which straddles two years, keeps the nearest one)
        return s.with_(rel_unit="year", rel_n=W.RELATIVE[rel])
    return s.with_(direction=W.RELATIVE[rel])


@G.prefix("pod_in_the", r"(?P<edge>early|late)\s{1,3}(?:in|during)\s{1,3}the\s{1,3}",
          lambda s: s.kind == "time" and s.pod is not None and "bare" in s.notes,
          (("late in the evening", "2022-02-12TEV"), ("early in the morning", "2022-02-12TMO")))
def _p_pod_in(m: regex.Match[str], s: Spec) -> Spec | None:
    edge = {"early": "START", "late": "END"}[m["edge"].lower()]
    notes = tuple(n for n in s.notes if n != "bare")
    return s.with_(notes=notes, boundary=edge)


@G.prefix("pod_relative", r"(?P<w>this|that|the\s{1,3}(?:next|following|previous|preceding|same)|the|last|tomorrow|yesterday|each|every)\s{1,3}(?:(?P<edge>early|late)\s{1,3})?",
          lambda s: s.kind == "time" and s.pod is not None and "bare" in s.notes,
          (("this morning", "2022-02-12TMO"), ("last night", "2022-02-11TNI"), ("the evening", "2022-02-12TEV"),
           ("that evening", "2022-02-12TEV"), ("He left on Monday. The next morning, troops came.", "2022-02-08TMO", "2022-02-07"),
           ("He left on Monday. The same evening, troops came.", "2022-02-07TEV", "2022-02-07")))
def _p_pod(m: regex.Match[str], s: Spec) -> Spec | None:
    w = _squash(m["w"].lower())
    notes = tuple(n for n in s.notes if n not in ("bare", "pod-shifted"))
    shifted = "pod-shifted" in s.notes
    edge = {"early": "START", "late": "END"}.get((m["edge"] or "").lower())
    s = s.with_(notes=notes, boundary=edge or s.boundary)
    if shifted:
        return s if w == "the" else None  # "the night before"
    if w in ("each", "every"):
        return None
    if w == "the same":  # "the same evening": that of the day being told
        return s.with_(anaphoric=True, rel_unit="day", rel_n=0)
    if w.startswith("the "):  # "the next morning", "the previous evening": a day on from the day being told
        return s.with_(anaphoric=True, rel_unit="day", rel_n=1 if w.endswith(("next", "following")) else -1)
    if w == "this":
        return s.with_(rel_unit="day", rel_n=0)
    if w == "that":
        return s.with_(anaphoric=True, rel_unit="day", rel_n=0)
    if w == "last":
        return s.with_(rel_unit="day", rel_n=-1)  # "last night" is the night before the anchor
    if w in ("tomorrow", "yesterday"):
        return s.with_(rel_unit="day", rel_n=W.DEICTIC_DAYS[w])
    return s  # "the evening": the reference day


@G.prefix("pod_edge", r"(?P<edge>early|late|mid)[\s-]{1,2}",
          lambda s: s.kind == "time" and s.pod is not None and ("bare" in s.notes or "session" in s.notes),
          (("early morning", "2022-02-12TMO"), ("fell in late morning trading", "2022-02-12TMO")))
def _p_pod_edge(m: regex.Match[str], s: Spec) -> Spec | None:
    notes = tuple(n for n in s.notes if n != "bare")
    return s.with_(notes=notes, boundary={"early": "START", "late": "END", "mid": "MID"}[m["edge"].lower()])


@G.prefix("early_hours", r"(?:the\s{1,3})?(?:early|small|wee)\s{1,3}hours\s{1,3}(?:of|on)\s{1,3}",
          lambda s: s.boundary is None and (
              (s.kind == "date" and not s.has_time and (s.weekday is not None or s.deictic_day or s.day is not None))
              or (s.kind == "time" and s.pod in ("MO", "NI") and "bare" not in s.notes)),
          (("the early hours of Tuesday", "2022-02-08"), ("the small hours of Sunday morning", "2022-02-13TMO"),
           ("in the early hours of the morning", "2022-02-12TMO"), ("the wee hours of March 3", "2022-03-03")))
def _p_early_hours(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(boundary="START", mod="START")  # the first third of the day or morning: after midnight, before dawn


@G.prefix("day_after", r"the\s{1,3}day\s{1,3}(?P<w>after|before)\s{1,3}", lambda s: s.deictic_day,
          (("the day after tomorrow", "2022-02-14"), ("the day before yesterday", "2022-02-10")))
def _p_day_after(m: regex.Match[str], s: Spec) -> Spec | None:
    n = (s.rel_n or 0) + (1 if m["w"].lower() == "after" else -1)
    return s.with_(rel_n=n)


@G.prefix("the_decade", r"the\s{1,3}(?:(?P<e>early|mid|late)[\s-]{1,2})?['\u2019]?", lambda s: s.decade is not None or s.century is not None,
          (("the 1990s", "199X"), ("the late 1990s", "199X"), ("in the late 20th century", "19XX"),
           ("its largest since the mid-'80s.", "198X")))
def _p_decade(m: regex.Match[str], s: Spec) -> Spec | None:
    e = (m["e"] or "").lower()
    if e and s.boundary is not None:
        return None
    body = r"[\w'\u2019-]+[\s-]century" if s.century is not None else r"[\w'\u2019]+"
    nxt = _match(body + r"\s{1,3}([a-z]+)", m.string[m.end():m.end() + 40])
    if nxt and nxt[1] not in W.YEAR_NEXT_OK:
        return None  # "the fabled 11th century temple": the article belongs to the noun
    b = {"early": "START", "mid": "MID", "late": "END"}.get(e) or s.boundary
    return s.with_(boundary=b, mod=b)


@G.prefix("boundary", r"""(?P<b>(?:the\s{1,3})?(?:beginning|start|middle|end|close|outset|dawn|turn|early\s{1,3}part|latter\s{1,3}part|first\s{1,3}half|second\s{1,3}half|last\s{1,3}half)\s{1,3}of
    |(?:early|late|mid)(?:\s{1,3}in)?)[\s-]{1,3}(?:the\s{1,3})?""",
          lambda s: s.kind == "date" and s.boundary is None and s.weekday is None and s.day is None and not s.deictic_day
          and "holiday-modifier" not in s.notes,
          (("the end of last year", "2021"), ("the beginning of December", "2021-12"), ("mid-March", "2022-03"),
           ("the first half of 2023", "2023-H1"), ("the second half of next year", "2023-H2"),
           ("early next year", "2023"), ("late 2021", "2021")))
def _p_boundary(m: regex.Match[str], s: Spec) -> Spec | None:
    b = _squash(m["b"].lower()).removeprefix("the ")
    if (b.endswith("half of") and (s.year is not None or s.rel_unit == "year") and s.month is None
            and s.quarter is None and s.season is None):
        return s.with_(half=1 if b.startswith("first") else 2)  # "the last half of 1989" is 1989-H2  # "the first half of 2023" is 2023-H1
    kind = "START"
    if b.startswith("turn") and s.rel_unit == "century":
        # "the turn of the century": this century's start, or in its second half the turn ahead (its end)
        return s.with_(boundary=kind, mod=kind, notes=s.notes + ("century-turn",))
    if b.startswith(("middle", "mid")):
        kind = "MID"
    elif b.startswith(("end", "close", "late", "latter", "second half", "last half")):
        kind = "END"
    return s.with_(boundary=kind, mod=kind)


@G.prefix("day_edge", r"(?P<e>early|late|earlier|later)\s{1,3}(?:on\s{1,3}|in\s{1,3}(?=the\s))?",
          lambda s: s.boundary is None and ((s.kind == "date" and not s.has_time and (
              s.weekday is not None or s.deictic_day or s.rel_unit in ("week", "month", "year")
              or (s.rel_unit == "day" and s.anaphoric and (s.rel_n or 0) == 0)))
              or (s.kind == "time" and s.pod is not None and s.rel_unit == "day")),
          (("early Tuesday", "2022-02-08"), ("late yesterday", "2022-02-11"), ("earlier this month", "2022-02"),
           ("later this year", "2022"), ("later this afternoon", "2022-02-12TAF"), ("earlier in the year", "2022"),
           ("He left on Tuesday. Earlier that day, he spoke.", "2022-02-08", "2022-02-09")))
def _p_day_edge(m: regex.Match[str], s: Spec) -> Spec | None:
    e = m["e"].lower()
    if e in ("earlier", "later") and _match(r"\w+\s{1,3}on\b", m.group(), regex.I):
        return None  # "Earlier on Thursday, parliament rejected ...": earlier that day, a signal, not its first third
    b = "START" if e.startswith("earl") else "END"
    return s.with_(boundary=b, mod=b)


@G.prefix("the_season", r"the\s{1,3}(?:(?P<e>early|late|mid)[\s-]{1,2})?", lambda s: s.kind == "date" and s.season is not None and s.boundary is None
          and s.direction is None, (("the summer", "2022-SU"), ("the early summer", "2022-SU")))
def _p_the_season(m: regex.Match[str], s: Spec) -> Spec | None:
    e = (m["e"] or "").lower()
    b = {"early": "START", "mid": "MID", "late": "END"}.get(e)
    return s.with_(boundary=b, mod=b) if b else s.with_(notes=s.notes + ("the",))


@G.prefix("sometime", r"(?:sometime|some\s{1,3}time)\s{1,3}(?:in\s{1,3})?",
          lambda s: s.kind in ("date", "time") and s.ref is None and not s.notes.count("sometime"),
          (("sometime next year", "2023"), ("some time in March", "2022-03")))
def _p_sometime(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=s.notes + ("sometime",))


@G.prefix("the_ref", r"the\s{1,3}(?:(?:near|distant|foreseeable|recent|immediate)\s{1,3})?", lambda s: s.kind == "ref" and "noun" in s.notes,
          (("the past", "PAST_REF"), ("in the future", "FUTURE_REF"), ("the near future", "FUTURE_REF")))
def _p_the_ref(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=())


@G.prefix("modifier", r"(?P<mod>\L<mod>)\s{1,3}",
          lambda s: s.mod is None or s.mod in ("EQUAL_OR_LESS",),
          (("about noon", "2022-02-12T12:00"), ("more than five hours", "PT5H"), ("at least two years", "P2Y"),
           ("jailed for over three years", "P3Y"), ("a tour likely to last over a week", "P1W"),
           ("less than a month", "P1M")))
def _p_mod(m: regex.Match[str], s: Spec) -> Spec | None:
    word = _squash(m["mod"].lower())
    mod = W.MODIFIERS[word]
    if (_match(r"(?:the|this|that|last|next|these|those|its|his|her|their)\b", m.string[m.end():m.end() + 6], regex.I)
            and not (mod in ("EQUAL_OR_MORE", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS") and word not in ("over", "under")
                     and s.kind == "duration" and s.amount is not None)):
        # "over the past year", "around next year": a preposition, not a modifier ("for at least the next two months"
        # is a length with its modifier)
        return None
    if word in ("over", "under", "some", "nearly", "almost", "within") and s.kind != "duration" and not (
            word == "nearly" and s.kind == "time" and s.hour is not None):
        return None  # "over the weekend", "under Monday's deal" (but "at nearly 11 p.m." is about that time)
    if word == "some" and s.kind == "duration" and s.amount is None:
        return None
    if mod == "EQUAL_OR_MORE" and s.kind in ("date", "time") and not any(n.startswith("dir:") for n in s.notes):
        return None  # "until at least 13 April", "until at least 6 p.m. Wednesday": a hedge on a deadline, not a length
    if word == "over" and any(n.startswith("dir:") for n in s.notes):
        if _search(r"\b(?:take|takes|took|taking|taken)\s{1,3}\Z", m.string[max(0, m.start() - 8):m.start()], regex.I):
            return None  # "who took over 18 months ago": the verb "take over", not "more than"
    elif word == "over" and not _search(r"\b(?:for|in|of|than|after|to|from|by|within|with|since|last|lasts|lasted|lasting|take|takes|took|taking|spent|spanning)\s{1,3}\Z",
                                        m.string[max(0, m.start() - 12):m.start()], regex.I):
        return None  # "evolved over several years": during; "for over three years": more than ("left over two years ago" too)
    elif word == "over" and _search(r"\b\w{3,}(?:ed|en|wn|ght)\s{1,3}in\s{1,3}\Z", m.string[max(0, m.start() - 20):m.start()], regex.I):
        return None  # "phased in over two quarters", "flown in over three days": "in" is the verb's, "over" means during
    return s.with_(mod=mod)


@G.prefix("the_year_n", r"the\s{1,3}year\s{1,3}", lambda s: s.kind == "date" and s.year is not None and s.month is None and s.quarter is None,
          (("the year 2000", "2000"),))
def _p_the_year(m: regex.Match[str], s: Spec) -> Spec | None:
    return s


@G.prefix("the_day", r"the\s{1,3}", lambda s: "day-only" in s.notes, (("on the 15th", "2022-02-15"),))
def _p_the_day(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=tuple(n for n in s.notes if n != "day-only"))


@G.prefix("fiscal", r"(?:the\s{1,3}(?:fiscal|financial)\s{1,3}year|fiscal(?:\s{1,3}year)?|financial\s{1,3}year)\s{1,3}",
          lambda s: s.kind == "date" and s.year is not None and s.month is None and s.quarter is None,
          (("fiscal 1998", "1998"), ("in fiscal year 2003", "2003"), ("in the financial year 2022-23", "2022")))
def _p_fiscal(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=s.notes + ("fiscal",))


@G.prefix("fiscal_code", r"fiscal\s{1,3}", lambda s: s.kind == "date" and (s.quarter or s.half) is not None and "fiscal" not in s.notes,
          (("Apple's fiscal Q1 2023 revenue", "2023-Q1"),))
def _p_fiscal_code(m: regex.Match[str], s: Spec) -> Spec | None:
    return s.with_(notes=s.notes + ("fiscal",))  # "fiscal Q1 2023": a company's quarter, labelled as written


# suffix patterns used by the refiners (matched forward at a candidate's end)
ZONE_PHRASE = r"""(?:
    (?P<named>\L<zonename>)\b
  | (?<=[ap]\.?\s?m\.?\s{1,3}|\d\s{1,3}|o['\u2019]clock\s{1,3}|noon\s{1,3}|midnight\s{1,3})(?P<bare>(?-i:Eastern|Central|Mountain|Pacific)\b(?!\s{1,3}(?:(?-i:[A-Z])|time\b)|[\w-])
      | (?-i:eastern|central|mountain|pacific)\b(?=\s{0,2}[.,;:!?)]|\s{0,2}\Z|\s{1,3}(?-i:for|and|on|to|with|when|as|in|at|but|or|tonight|today|tomorrow|this|next)\b))
  | (?P<offset>(?:GMT|UTC)\s{0,2}[+\-\u2212]\s{0,2}\d{1,2}(?::?\d{2})?|[+\-\u2212](?:0\d|1[0-4]):?[0-5]\d)(?![\d:])
  | (?P<local>local\s{1,3}time)(?:\s{1,3}in\s{1,3}(?P<lplace>(?-i:[A-Z])[\w'\-]{1,20}(?:\s(?-i:[A-Z])[\w'\-]{1,20}){0,2})
      (?=,\s{1,2}(?P<lqual>(?-i:[A-Z])[\w.'\-]{1,20}(?:\s(?-i:[A-Z])[\w.'\-]{1,20})?))?)?
  | (?P<place>\L<place>)(?:['\u2019]s)?\s{1,3}time\b
  | (?P<gplace>(?-i:[A-Z][\w'.\-]{1,24}(?:\s(?:(?:de|da|do|dos|das|del|la|le|el|di|du|von|van|upon|on)\s)?[A-Z][\w'.\-]{1,24}){0,2}))
      (?:,\s{1,2}(?P<gqual>(?-i:[A-Z][\w.'\-]{1,20}(?:\s[A-Z][\w.'\-]{1,20})?)))?(?:['\u2019]s)?\s{1,3}(?-i:time)\b
  | (?P<abbr>\L<abbr>)\b(?![\w-])
)"""
