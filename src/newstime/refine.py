"""Refiners: pure functions over the candidate list, applied in one declared order.

1. ``attach_zones``   "14:00 Moscow time", "Saturday evening, Moscow time", "(at Moscow time, ...)"
2. ``merge``          a date and a time next to each other ("Saturday evening", "08:16 IST, February
                      12th 2022", "Monday, February 7"), decided by the text between them
3. ``attach_zones``   again, for what the merge produced ("Saturday evening, Moscow time")
4. ``ellipsis``       "January 31 and 28": the bare day takes the month before it
5. ``equivalents``    "noon Paris time (14:00 Moscow time)": the bracketed time restates the first
6. ``drop_bare``      units and parts of day that nothing made into an expression
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from .data import policy as P
from .data import words as W
from .data import zones as Z
from .grammar import NAMED_LISTS, ZONE_PHRASE, _fullmatch, _match, each_named
from .spec import Candidate, Spec
from .timex import SPLIT_UNITS
from .tz import ZoneRef, qualified_zone, zone_countries, zone_for

_X = regex.I | regex.X | regex.V0

_ZONE_INLINE = regex.compile(
    r"(?P<pre>\s{0,2},\s{1,3}|\s{1,3}\((?:as\s{1,3}per|at|in)\)\s{1,3}|\s{1,3}(?:at|in)\s{1,3}|\s{0,2})" + ZONE_PHRASE,
    _X, ignore_unused=True, **NAMED_LISTS)
_ZONE_BRACKET = regex.compile(
    r"\s{1,3}\(\s{0,2}(?:(?:at|in|as\s{1,3}per)\s{1,3})?" + ZONE_PHRASE + r"[^()\n]{0,60}\)", _X, ignore_unused=True, **NAMED_LISTS)

_BETWEEN_DATE_TIME = regex.compile(r"(?:,?\s{1,3}(?:in\s{1,3}the\s{1,3}(?=\L<pod>))?|,\s{0,2})\Z", _X,
                                   ignore_unused=True, **NAMED_LISTS)
_BETWEEN_TIME_DATE = regex.compile(r"(?:,?\s{1,3}|\s{1,3}(?:of|on)\s{1,3})\Z", _X)
_BETWEEN_PERIOD_YEAR = regex.compile(r"(?:,?\s{1,3}|\s{1,3}of\s{1,3})\Z", _X)
_BETWEEN_WEEKDAY_DATE = regex.compile(r",?\s{1,3}(?:the\s{1,3})?\Z", _X)
_ELLIPSIS = regex.compile(r"(?:\s{1,3}(?:and|or|&|to|through|-|\u2013)\s{1,3}|[-\u2013])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w:]|[.,]\d)"
                          r"(?!\s{1,3}(?:\L<month>|\L<unit>)\b)", _X, ignore_unused=True, **NAMED_LISTS)
# "July 7, 8 and 9": a list of days after a month-day, ended by "and"/"or"
_SHARED_EVERY = regex.compile(r",?\s{1,3}(?:and|or)\s{1,3}(?P<w>[A-Za-z]+)\b(?!['\u2019-])")
_LIST_ELLIPSIS = regex.compile(r"(?:,\s{1,3}[0-3]?\d(?:st|nd|rd|th)?(?![\w:]|[.,]\d)){1,5},?\s{1,3}(?:and|or|&)\s{1,3}[0-3]?\d(?:st|nd|rd|th)?"
                               r"(?![\w:]|[.,]\d)(?!\s{1,3}(?:\L<month>|\L<unit>)\b)", _X, ignore_unused=True, **NAMED_LISTS)
_DAY_NUMBER = regex.compile(r"[0-3]?\d")
_REL_ELLIPSIS = regex.compile(r"\s{1,3}(?:or|and|to|as)\s{1,3}(?P<w>next|last)\b(?!['\u2019-]|\s{1,3}(?:\L<unit>|\L<month>|\L<weekday>|[a-z]))",
                              _X, ignore_unused=True, **NAMED_LISTS)
_EQUIV_OPEN = regex.compile(r"\s{0,2}\(\s{0,2}(?:or\s{1,3}|i\.e\.\s{1,3})?\Z", _X)
_EQUIV_CLOSE = regex.compile(r"\s{0,2}\)")
# ", which was", ", or": a second clock that names the same instant ("at 0100 GMT, which was 8pm in Washington")
_WHICH_WAS = r",\s{1,3}(?:which\s{1,3}(?:was|is|will\s{1,3}be)|or)\s{1,3}"
_EQUIV_WHICH = regex.compile(r"\s{0,2}" + _WHICH_WAS + r"(?:about\s{1,3}|just\s{1,3})?")


_CAPS = regex.compile(r"(?<![\w'\u2019])[A-Z][a-z'\u2019.\-]{2,24}(?:\s[A-Z][a-z'\u2019.\-]{2,24}){0,2}")
_SENTENCE_START = regex.compile(r"(?r)[.!?\n](?=\s)")
_NOT_PLACES = frozenset({"The", "This", "That", "It", "He", "She", "They", "We", "In", "On", "At", "And", "But", "A", "An",
                         # zone words are no places of their own ("in Eastern Samar province" is in the Philippines)
                         "Eastern", "Central", "Pacific", "Mountain", "Atlantic", "Western"})


_ZONE_WORD_AFTER = regex.compile(r"['\u2019]?s?\s{1,3}(?:standard\s{1,3}|summer\s{1,3}|daylight\s{1,3})?time\b", regex.I)


def place_in_sentence(text: str, pos: int, end: int, overrides: dict[str, str] | None,
                      dateline: str | None = None, hints: frozenset[str] = frozenset()) -> tuple[str, ZoneRef] | None:
    """The place named in the sentence around ``pos`` that gives a single zone, nearest first (before, then after).
    A small place only the gazetteer knows does not outrank the ``dateline``'s place when it has another zone:
    "TACLOBAN, Philippines ... in Eastern Samar province" has no Ukrainian "Samar" in it."""
    lo = max(0, pos - 240)
    st = _SENTENCE_START.search(text, lo, pos)
    lo = st.end() if st else lo
    hi_m = regex.compile(r"[.!?](?=\s|\Z)|\n").search(text, end, min(len(text), end + 160))
    hi = hi_m.start() if hi_m else min(len(text), end + 160)
    other = _OTHER_CLOCK_AFTER.search(text, end, hi)
    if other is not None:
        hi = other.start()  # "12.15pm local time, which was 2.15am on Sunday in Sydney": Sydney is the other clock's
    fallback: tuple[str, ZoneRef] | None = None
    before = list(_CAPS.finditer(text, lo, pos))
    after = list(_CAPS.finditer(text, end, hi))
    for m in [*reversed(before), *after]:
        if _ZONE_WORD_AFTER.match(text, m.end()):
            continue  # "(03:00 Moscow time)": the place of another clock, not of this one
        words = regex.sub(r"['\u2019]s\b", "", m.group()).split()  # "New York's JFK": New York
        # the longest run that names a place: "New York", "Kabul" out of "Kabul Airport"
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if name in _NOT_PLACES:
                    continue
                ref = zone_for(name, hints=hints, overrides=overrides)
                if ref is not None and ref.kind in ("place", "given"):
                    if (ref.note == "gazetteer" and dateline and ref.key != dateline
                            and not zone_countries().get(ref.key, frozenset()) & zone_countries().get(dateline, frozenset())):
                        continue  # (a place of the dateline's own country may be the story's: "NEW YORK ... in San Diego")
                    if not ref.alternatives:
                        return name, ref
                    fallback = fallback or (name, ref)  # a country with several zones: only if nothing better
    return fallback


def story_place(text: str, end: int, overrides: dict[str, str] | None) -> tuple[str, str] | None:
    """The first place of one zone the text names before ``end`` (its lead), and that zone: "A powerful earthquake
    struck Nepal on Saturday" -> ("Nepal", "Asia/Kathmandu").  A name only the gazetteer knows counts after "in",
    "at", "from" or "near"; a place before "time" is a zone's name, not the story's place."""
    for m in _CAPS.finditer(text, 0, end):
        if _ZONE_WORD_AFTER.match(text, m.end()):
            continue
        words = regex.sub(r"['\u2019]s\b", "", m.group()).split()
        for j in range(len(words), 0, -1):
            name = " ".join(words[:j])
            if name in _NOT_PLACES:
                continue
            ref = zone_for(name, overrides=overrides)
            if ref is None or ref.kind not in ("place", "given") or ref.alternatives:
                continue
            if ref.note == "gazetteer" and (j < len(words) or not _PREP_BEFORE.search(text, max(0, m.start() - 8), m.start())):
                continue  # (the whole name, after a preposition: not "at Westminster Abbey", a Westminster in Colorado)
            return name, ref.key
    return None


def sentence_place_zones(text: str, lo: int, hi: int, overrides: dict[str, str] | None) -> list[str]:
    """The zones of the places of one zone named between ``lo`` and ``hi`` (a sentence), in text order."""
    out: list[str] = []
    for m in _CAPS.finditer(text, lo, hi):
        if _ZONE_WORD_AFTER.match(text, m.end()):
            continue
        found = _one_zone_place(regex.sub(r"['\u2019]s\b", "", m.group()).rstrip("."), overrides)
        if found is not None and found[1] not in out:
            out.append(found[1])
    return out


_PREP_BEFORE = regex.compile(r"\b(?:in|at|from|near)\s{1,3}\Z", regex.I)
_OTHER_CLOCK_AFTER = regex.compile(_WHICH_WAS + r"|\(")
# the note of a "local time" read in the document's zone for want of a place: an assumption, not the text's word
LOCAL_IS_DOCUMENT_ZONE = "local time: the document's zone (its dateline or anchor)"
# ... and of one read in a place the sentence names ("Qatar play Ecuador at 19:00 local time"): a guess too
LOCAL_IN_SENTENCE_PLACE = ", named in the sentence"
LOCAL_CARRIED = "local time: the place of the last local time"


def zone_ref_from_match(m: regex.Match[str], region: str | None, hints: frozenset[str],
                        overrides: dict[str, str] | None, local_zone: str | None,
                        text: str = "", pos: int = 0, dateline: str | None = None) -> ZoneRef | None:
    if m["abbr"] and not (m["abbr"].isupper() or m["abbr"].lower() == "zulu"):
        return None
    if m["local"]:
        if m["lplace"] and m["lqual"]:
            q = qualified_zone(m["lplace"], m["lqual"])
            if q is not None:
                return ZoneRef(q.key, q.text, "local", note=f"local time in {q.note}; qualified")
        if m["lplace"]:
            words = m["lplace"].split()
            ref = None
            while words and ref is None:  # "Kabul", or "New York" out of "New York City"
                ref = zone_for(" ".join(words), overrides=overrides)
                words = words[:-1]
            if ref is not None:
                return ZoneRef(ref.key, m.group(0).strip(" ,"), "local", note=f"local time in {m['lplace']}")
        found = place_in_sentence(text, pos, m.end(), overrides, dateline, hints) if text else None
        if found is not None and found[1].alternatives and local_zone in (found[1].key, *found[1].alternatives):
            found = None  # "PERTH, Australia (AP) - ... local time": the dateline's city says which of the country's zones
        if found is not None:
            return ZoneRef(found[1].key, "local time", "local", found[1].alternatives,
                           note=f"local time: {found[0]}{LOCAL_IN_SENTENCE_PLACE}")
        if local_zone:
            return ZoneRef(local_zone, "local time", "local", note=LOCAL_IS_DOCUMENT_ZONE)
        return ZoneRef("", "local time", "local", note="local time: no place or document zone to read it in")
    if m["gplace"] and m["gqual"]:
        q = qualified_zone(m["gplace"], m["gqual"])
        if q is not None:
            return q
        return None  # "Paris, officials said time ..." is not a zone
    if m["named"] or m["bare"]:
        ref = zone_for((Z.ZONE_NAMES.get(m["named"].lower()) if m["named"] else None)
                       or Z.BARE_ZONE_NAMES[m["bare"].lower()], region=region, hints=hints, overrides=overrides)
        return ZoneRef(ref.key, m.group("named") or m.group("bare"), ref.kind, ref.alternatives, ref.literal, ref.note) if ref else None
    phrase = m["offset"] or m["place"] or m["abbr"] or m["gplace"]
    return zone_for(phrase, region=region, hints=hints, overrides=overrides)


def _has_time(s: Spec) -> bool:
    return s.kind == "time" and (s.hour is not None or s.pod is not None)


def attach_zones(text: str, cands: list[Candidate], region: str | None, hints: frozenset[str],
                 overrides: dict[str, str] | None, local_zone: str | None, dateline: str | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(cands)
    last_local: tuple[int, ZoneRef] | None = None  # the last "local time" read in a place the text named
    for i, c in enumerate(cands):
        if c.spec.zone is not None and c.spec.zone.kind == "local" and c.spec.zone.note != LOCAL_IS_DOCUMENT_ZONE:
            last_local = (c.start, c.spec.zone)
        if c.spec.zone is None and _has_time(c.spec):
            nxt = cands[i + 1].start if i + 1 < n else len(text)
            for pattern, extend in ((_ZONE_INLINE, True), (_ZONE_BRACKET, False)):
                m = pattern.match(text, c.end, nxt)
                if m is None or (extend and m["pre"] == "" and not (m["abbr"] or m["offset"])):
                    continue  # "14:00Moscow time" is not how a zone is written
                ref = zone_ref_from_match(m, region, hints, overrides, local_zone, text, c.start, dateline)
                if (ref is not None and ref.note == LOCAL_IS_DOCUMENT_ZONE and dateline is None and last_local is not None
                        and c.start - last_local[0] <= P.LOCAL_TIME_CARRY):
                    # "kick-off at 17:00 local time (21:00 BST) in Sao Paulo ... The opening ceremony will begin at 15:15
                    # local time": with no place of its own and no dateline, the place of the last "local time"
                    ref = replace(last_local[1], text="local time", note=LOCAL_CARRIED)
                if ref is not None:
                    if ref.kind == "local" and ref.note != LOCAL_IS_DOCUMENT_ZONE:
                        last_local = (c.start, ref)
                    end = m.end()
                    if extend and m["lqual"] and ref.note.endswith("qualified"):
                        end = m.end("lqual")
                        if m["lqual"].endswith(".") and len(m["lqual"].split()[-1]) > 5:
                            end -= 1  # "Paris, Texas." ends a sentence; "Paris, Tex." is an abbreviation
                    c = c.with_(spec=c.spec.with_(zone=ref, zone_in_extent=extend),
                                end=end if extend else c.end, steps=c.steps + ("zone:" + ref.key + (f" ({ref.note})" if ref.note else ""),))
                    break
            if c.spec.zone is None and i + 1 < n and _day_level(cands[i + 1].spec) and _ON_DAY.fullmatch(text, c.end, nxt):
                # "at 00:01 on Sunday, Damascus time": the zone written after the day is the time's
                d = cands[i + 1]
                m = _ZONE_INLINE.match(text, d.end, cands[i + 2].start if i + 2 < n else len(text))
                if m is not None and m["pre"].strip() == ",":
                    ref = zone_ref_from_match(m, region, hints, overrides, local_zone, text, c.start, dateline)
                    if ref is not None:
                        c = c.with_(spec=c.spec.with_(zone=ref, zone_in_extent=False),
                                    steps=c.steps + ("zone:" + ref.key + " (written after the day)",))
            if c.spec.zone is None and (c.spec.hour is not None or c.spec.pod is not None):
                w = _WHERE_IT_IS.search(text, max(0, c.start - 80), c.start)
                if w is not None:  # "in Baghdad, where it is now five in the morning": that place's clock
                    ref = _zone_of_place_after(text, w.start(), w.end(), overrides, any_prep=True)
                    if ref is not None:
                        c = c.with_(spec=c.spec.with_(zone=ref, zone_in_extent=False), steps=c.steps + ("zone:" + ref.key + f" ({ref.note})",))
            if c.spec.zone is None and c.spec.hour is not None:
                # ("which was 8pm on Wednesday in Washington": past the day named after the time)
                lim = nxt
                if i + 1 < n and cands[i + 1].spec.weekday is not None and cands[i + 1].spec.day is None and not cands[i + 1].spec.has_time:
                    lim = cands[i + 2].start if i + 2 < n else len(text)
                ref = _zone_of_place_after(text, c.end, lim, overrides)
                if ref is not None:  # "at 9 a.m. in Tokyo": a clock time is read where the sentence puts it
                    c = c.with_(spec=c.spec.with_(zone=ref, zone_in_extent=False), steps=c.steps + ("zone:" + ref.key + f" ({ref.note})",))
            if c.spec.zone is None and c.spec.hour is not None:
                ref = _zone_of_place_before(text, c.start, overrides)
                if ref is not None:  # "Fans in Britain can watch the match live at 4pm": where the clause puts it, a guess
                    c = c.with_(spec=c.spec.with_(zone=ref, zone_in_extent=False), steps=c.steps + ("zone:" + ref.key + f" ({ref.note})",))
        out.append(c)
    return out


_WHERE_IT_IS = regex.compile(r"(?:\s{1,3}|^)(?:[Ii]n|to|from|at)\s{1,3}[A-Z][\w'\u2019.\-]{1,24}(?:\s[A-Z][\w'\u2019.\-]{1,24}){0,2},?\s{1,3}where\s{1,3}it\s{1,3}"
                             r"(?:is|was|'s)\s{1,3}(?:now\s{1,3}|already\s{1,3}|just\s{1,3})?(?:about\s{1,3}|almost\s{1,3}|nearly\s{1,3}|past\s{1,3}|after\s{1,3})?\Z")
_ON_DAY = regex.compile(r"\s{1,3}on\s{1,3}", regex.I)
_IN_PLACE = regex.compile(r"(?:\s{1,3}(?:" + "|".join(sorted(W.SESSION_MOMENTS, key=len, reverse=True)) + r"))?(?:,?\s{1,3}(?:on\s{1,3})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s{1,3}(?:(?:here|there)\s{1,3})?(?P<prep>[Ii]n|to|from|at|on(?=\s{1,3}the\s{1,3}(?:U\.S\.\s{1,3})?(?:East|West)\s{1,3}Coast\b))\s{1,3}(?:the\s{1,3}(?=[A-Z]))?(?:U\.S\.\s{1,3}(?=(?:East|West)\s))?(?P<place>[A-Z][\w'\u2019.\-]{1,24}(?:\s[A-Z][\w'\u2019.\-]{1,24}){0,2})"
                          r"(?:,\s{1,2}(?P<qual>[A-Z][\w.'\-]{1,20}(?:\s[A-Z][\w.'\-]{1,20})?))?")

_PLACE_SENTENCE_END = regex.compile(r"(?<=\w{3}|\b[A-Z]{2})\.\s")  # "in Brussels. Boris", "in the UK. In South Africa"


def _zone_of_place_after(text: str, end: int, limit: int, overrides: dict[str, str] | None,
                         any_prep: bool = False) -> ZoneRef | None:
    """The zone of the place right after a clock time ("9 a.m. in Tokyo", "10 a.m. in Paris, Texas", "the 3 p.m. close
    in Tokyo"), if it has one zone; with ``any_prep``, after "to"/"from"/"at" too ("live to Tokyo, where it is
    10 a.m.")."""
    m = _IN_PLACE.match(text, end, limit)
    if m is None or (not any_prep and (m["prep"] not in ("in", "on"))):
        return None  # (a capital "In" after a clock opens the next sentence: "at 7:23 p.m. In Chicago, where it was")
    if m["qual"]:
        q = qualified_zone(m["place"], m["qual"])
        if q is not None:
            return ZoneRef(q.key, m["place"], "local", note=f"the place named after the time: {q.note}")
    found = _one_zone_place(_PLACE_SENTENCE_END.split(m["place"])[0].rstrip("."), overrides)  # "in Brussels. Boris ..."
    if found is None:
        return None
    name, key = found
    return ZoneRef(key, name, "local", note=f"the place named after the time: {name}")


def _one_zone_place(words: str, overrides: dict[str, str] | None) -> tuple[str, str] | None:
    """The longest leading run of ``words`` that names a place with one zone ("New York" out of "New York City"), and
    that zone; None if there is none."""
    ws = words.split()
    while ws:
        name = " ".join(ws)
        if name not in _NOT_PLACES:
            ref = zone_for(name, overrides=overrides)
            if ref is not None and ref.kind in ("place", "given") and not ref.alternatives:
                return name, ref.key
        ws = ws[:-1]
    return None


_IN_PLACE_BEFORE = regex.compile(r"\b(?:(?:in|across)\s{1,3}(?:the\s{1,3}(?=[A-Z]))?(?P<place>(?-i:[A-Z][\w'\u2019.\-]{1,24}(?:\s[A-Z][\w'\u2019.\-]{1,24}){0,2}))"
                              # a place's own thing: "fireworks over Auckland's harbour", "Fans in Brisbane's pubs"
                              r"|(?:over|at|outside|near|from|into|to|on)\s{1,3}(?P<place>(?-i:[A-Z][\w\-]{1,24}(?:\s[A-Z][\w\-]{1,24}){0,2}))(?=['\u2019]s\s)"
                              # where a journey ends: "landed at Heathrow at 9:05 a.m.", "arrived in Kabul at dawn"
                              r"|(?:(?:landed|arrived|touched\s{1,3}down)\s{1,3}(?:at|in)|reached)\s{1,3}(?:the\s{1,3})?(?P<place>(?-i:[A-Z][\w'\u2019.\-]{1,24}(?:\s[A-Z][\w'\u2019.\-]{1,24}){0,2})))"
                              r"(?=[^.;:!?\n]{0,60}\Z)")


def _zone_of_place_before(text: str, start: int, overrides: dict[str, str] | None) -> ZoneRef | None:
    """The zone of a place named "in"/"across" it shortly before a clock time in the same clause ("Fans in Britain can
    watch at 4pm"), if the place has one zone; read as a guess (an equivalent in brackets outranks it)."""
    clause = _zone_of_place_in_clause(text, start, overrides)
    if clause is not None and clause[1]:
        return clause[0]
    st0 = _SENTENCE_OPENS.search(text, max(0, start - 400), start)
    opening = _OPENING_PLACE.match(text, st0.end() if st0 else 0, start) if st0 is not None or start <= 400 else None
    if opening is not None:
        # "In Tokyo Wednesday, the dollar opened at 159.35 yen and stood at 159.60 at noon": a sentence that opens with
        # its place is about that place throughout, unless its clause names another ("In Perth the service started at
        # 6pm, and in Brisbane it was 8pm")
        # (the whole name, not a leading part of it: "In Dade County," is not the Chinese town of Dade)
        name = opening["place"]
        found = zone_for(name, overrides=overrides) if name not in _NOT_PLACES else None
        if found is not None and found.kind in ("place", "given") and not found.alternatives:
            return ZoneRef(found.key, name, "local", note=f"local time: {name}{LOCAL_IN_SENTENCE_PLACE}")
    return clause[0] if clause is not None else None


def _zone_of_place_in_clause(text: str, start: int, overrides: dict[str, str] | None) -> tuple[ZoneRef, bool] | None:
    """The zone of the last place named "in"/"across" in the clause before ``start``, and whether the whole name is
    that place (not only a leading part: "in Trafalgar Square")."""
    lo = max(0, start - 80)
    st = _SENTENCE_START.search(text, lo, start)
    lo = st.end() if st else lo
    found = None
    for m in _IN_PLACE_BEFORE.finditer(text, lo, start):
        found = m
    if found is None:
        return None
    # ("The crisis centre in Canberra, which opened its hotline at 4am": a relative clause of the thing in the place
    # does not cut the clause)
    relative = _RELATIVE_AFTER_PLACE.match(text, found.end())
    if _CLAUSE_CUT.search(text, relative.end() if relative else found.end(), start):
        return None
    words = regex.sub(r"['\u2019]s\Z", "", found["place"])  # "in Brisbane's pubs"
    place = _one_zone_place(words, overrides)
    if place is None:
        return None
    name, key = place
    return ZoneRef(key, name, "local", note=f"local time: {name}{LOCAL_IN_SENTENCE_PLACE}"), name == words


# the end of a sentence before a capital ("a.m." is no end: "at 7 a.m. (0230 GMT) Saturday")
_SENTENCE_OPENS = regex.compile(r"(?r)(?<!\b[ap]\.m)[.!?\n](?=\s{1,3}[\"'\u201c]?[A-Z])")
_OPENING_PLACE = regex.compile(r"\s{0,3}In\s{1,3}(?P<place>[A-Z][\w'\u2019.\-]{1,24}(?:\s[A-Z][\w'\u2019.\-]{1,24}){0,2}?)(?=,|\s{1,3}(?:on\s{1,3})?\L<weekday>\b|\s{1,3}(?:it|the|a|an|there|people|crowds|fans)\s)",
                            weekday=[k.capitalize() for k in W.WEEKDAYS if k.endswith("day")])
_RELATIVE_AFTER_PLACE = regex.compile(r",\s{1,3}(?:which|who|where)\s")
_CLAUSE_CUT = regex.compile(r"[,;()\u2014]|\s(?:and|but|while|which|who|when|where)\s")
_RANGE_JOIN = regex.compile(r"\s{1,3}(?:to|and|until|till|through)\s{1,3}|\s{0,3}[-\u2013]\s{0,3}", _X)


def share_range_zones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"from 8 a.m. to 8 p.m. local time": the zone written after a range applies to its first time too."""
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (_has_time(a.spec) and a.spec.zone is None and a.spec.hour is not None and _has_time(b.spec)
                and b.spec.zone is not None and b.spec.hour is not None and _RANGE_JOIN.fullmatch(text, a.end, b.start)):
            out[i] = a.with_(spec=a.spec.with_(zone=b.spec.zone, zone_in_extent=False), steps=a.steps + ("zone:range",))
    return out


def _day_level(s: Spec) -> bool:
    return s.kind == "date" and not s.has_time and (
        s.day is not None or s.weekday is not None or (s.rel_unit == "day") or any(n.startswith("holiday:") for n in s.notes))


def _mergeable_time(s: Spec) -> bool:
    return s.kind == "time" and not s.has_date and s.rel_unit is None and not s.anaphoric


def _combine(a: Spec, b: Spec) -> Spec:
    """Fields of b fill the gaps of a."""
    kw = {}
    for f in ("hour", "minute", "second", "pod", "zone", "boundary", "year", "month", "day", "weekday"):
        if getattr(a, f) is None and getattr(b, f) is not None:
            kw[f] = getattr(b, f)
    if b.mod and not a.mod:
        kw["mod"] = b.mod
    kw["zone_in_extent"] = a.zone_in_extent and b.zone_in_extent
    notes = tuple(x for x in a.notes + b.notes if x not in ("bare", "in-the"))
    return a.with_(kind="time", notes=notes, **kw)


_THE_BEFORE = regex.compile(r"(?r)\bthe\s{1,3}\Z", regex.I)


_FOR_BEFORE = regex.compile(r"\bfor\s{1,3}\Z", regex.I)
_THE_LONG_BEFORE = regex.compile(r"(?r)\bthe\s{1,3}(?:long|three-day|four-day|holiday)\s{1,3}\Z", regex.I)


def _the_start(text: str, start: int) -> int:
    """Where a period's extent starts when "the" stands before it ("the 1988 second quarter")."""
    m = _THE_BEFORE.match(text, max(0, start - 6), start)
    return m.start() if m else start


def _year_back(s: Spec) -> bool:
    """ "a year ago", "a year earlier", "last year" (not "last year's")."""
    if s.kind == "duration":
        return s.unit == "year" and s.amount == 1 and any(n in ("dir:ago", "dir:earlier") for n in s.notes)
    return s.kind == "date" and s.rel_unit == "year" and s.rel_n == -1 and not s.anaphoric and s.month is None and s.quarter is None


def _merge_pair(text: str, p: Candidate, c: Candidate) -> Candidate | None:
    """One expression out of two neighbours, if they make one ("Friday" + "evening", "10 a.m." + "on Friday")."""
    between = (p.end, c.start)
    ps, cs = p.spec, c.spec
    merged: Candidate | None = None
    plural_pod = (cs.pod is not None and ps.weekday is not None and ps.day is None
                  and text[c.start:c.end].lower().endswith(("nights", "mornings", "evenings", "afternoons")))
    if plural_pod and _fullmatch(r"\s{1,3}", text[p.end:c.start]):
        # "Tuesday nights": every Tuesday night
        assert ps.weekday is not None and cs.pod is not None
        merged = Candidate(p.start, c.end, Spec("set", weekday=ps.weekday, pod=cs.pod, quant="EACH",
                                                set_value=f"XXXX-WXX-{ps.weekday + 1}T{cs.pod}"),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:weekday+pods",))
    elif _day_level(ps) and _mergeable_time(cs) and _BETWEEN_DATE_TIME.match(text, *between):
        merged = Candidate(p.start, c.end, _combine(ps, cs), p.rule + "+" + c.rule, p.steps + c.steps + ("merge:date+time",))
    elif _mergeable_time(ps) and _day_level(cs) and _BETWEEN_TIME_DATE.match(text, *between):
        gap = text[p.end:c.start].strip().lower()
        if gap == "on" and (ps.pod is None or "bare" not in ps.notes):
            merged = None  # "14:00 on Saturday", "at dawn on Thursday": two expressions in TimeML
        elif gap == "" and text[p.end - 1:p.end] == "." and text[c.end:c.end + 2] in ("'s", "\u2019s") and text[c.start].isupper():
            merged = None  # "held their first vote at about 5:45 p.m. Friday's Mass began at 11 a.m.": a new sentence
        else:
            merged = Candidate(p.start, c.end, _combine(cs, ps), p.rule + "+" + c.rule, p.steps + c.steps + ("merge:time+date",))
    elif (ps.kind in ("date", "time") and ps.weekday is not None and ps.day is None and ps.rel_unit is None
          and cs.kind == "date" and cs.day is not None and cs.weekday is None
          and "holiday-fixed" not in cs.notes  # ("on Monday, Valentine's Day": two names of one day, two expressions)
          and (ps.direction is None or cs.month is not None)
          and _BETWEEN_WEEKDAY_DATE.match(text, *between)):
        # "Sunday, March 8", "this coming Sunday, March eighth", "3:15 p.m. Tuesday, March 3": the date names the day
        spec = cs.with_(weekday=ps.weekday) if ps.kind == "date" else _combine(cs.with_(weekday=ps.weekday), ps)
        merged = Candidate(p.start, c.end, spec, p.rule + "+" + c.rule, p.steps + c.steps + ("merge:weekday+date",))
    elif (ps.kind == "date" and ps.weekday is not None and ps.day is None and ps.direction is None and not ps.anaphoric
          and cs.kind == "date" and cs.rel_unit == "week" and cs.rel_n is not None and not cs.anaphoric
          and cs.weekday is None and cs.boundary is None and _fullmatch(r"(?:\s{1,3}of)?\s{1,3}", text[p.end:c.start])):
        # "Wednesday of next week", "Friday of last week", "since Thursday last week": that weekday in that week
        merged = Candidate(p.start, c.end, ps.with_(notes=ps.notes + (f"in-week:{cs.rel_n}",)),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:weekday+week",))
    elif (ps.kind == "date" and ps.day is not None and ps.weekday is None and cs.kind == "date"
          and cs.weekday is not None and cs.day is None and cs.direction is None
          and _fullmatch(r",?\s{1,3}", text[p.end:c.start])):
        merged = Candidate(p.start, c.end, ps.with_(weekday=cs.weekday), p.rule + "+" + c.rule, p.steps + c.steps + ("merge:date+weekday",))
    elif (ps.kind == "date" and ps.year is None and ps.day is None and ps.rel_unit is None
          and (ps.quarter or ps.half or ps.season or ps.month)
          and cs.kind == "date" and cs.year is not None and cs.month is None and cs.quarter is None
          and cs.season is None and _BETWEEN_PERIOD_YEAR.match(text, *between)):
        fiscal = ("fiscal",) if "fiscal" in cs.notes and "fiscal" not in ps.notes else ()  # "Q2 FY2023": a fiscal quarter
        merged = Candidate(p.start, c.end, ps.with_(year=cs.year, notes=ps.notes + fiscal), p.rule + "+" + c.rule,
                           p.steps + c.steps + ("merge:period+year",))
    elif (ps.kind == "date" and ps.rel_unit == "quarter" and ps.rel_n == -1 and not ps.anaphoric
          and _match(r"the\s{1,3}(?:last|final)\s{1,3}quarter\Z", text[p.start:p.end], regex.I)
          and cs.kind == "date" and (cs.year is not None or (cs.rel_unit == "year" and not cs.anaphoric and cs.boundary is None))
          and cs.month is None and cs.quarter is None and cs.season is None
          and _fullmatch(r"\s{1,3}of\s{1,3}", text[p.end:c.start])):
        # "the last quarter of 2011", "the final quarter of last year": its fourth quarter
        merged = Candidate(p.start, c.end, cs.with_(quarter=4), p.rule + "+" + c.rule, p.steps + c.steps + ("merge:last-quarter+year",))
    elif (ps.kind == "date" and ps.year is not None and ps.month is None and ps.quarter is None and ps.season is None
          and cs.kind == "date" and cs.year is None and cs.quarter is not None and cs.rel_unit is None
          and _fullmatch(r"\s{1,3}", text[p.end:c.start])):
        merged = Candidate(_the_start(text, p.start), c.end, cs.with_(year=ps.year), p.rule + "+" + c.rule,
                           p.steps + c.steps + ("merge:year+period",))
    elif (ps.kind == "date" and (ps.month is not None or ps.quarter is not None or ps.half is not None) and ps.year is None
          and (ps.day is None or ps.month is not None) and ps.rel_unit is None
          and cs.kind == "date" and cs.rel_unit == "year" and not cs.anaphoric and cs.boundary is None
          and cs.quarter is None and cs.month is None
          and _fullmatch(r",?\s{1,3}(?:of\s{1,3})?" if ps.day is None else r"\s{1,3}(?:of\s{1,3})?", text[p.end:c.start])):
        # "January this year", "June last year", "the first quarter of next year", "March 30 last year", "March third
        # of last year" (not "March 30, last year," where the year may be an aside)
        merged = Candidate(p.start, c.end, cs.with_(month=ps.month, day=ps.day, quarter=ps.quarter, half=ps.half),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:period+relative-year",))
    elif (ps.kind == "date" and ps.rel_unit == "year" and not ps.anaphoric and ps.month is None
          and ps.quarter is None and cs.year is None and cs.rel_unit is None
          and ((cs.kind == "date" and cs.quarter is not None) or (cs.kind == "duration" and cs.unit == "quarter" and "bare" in cs.notes))
          and _fullmatch(r"(?:['\u2019]s)?\s{1,3}", text[p.end:c.start])):
        # "this year's third quarter", "last year's quarter", "the year-ago third quarter"
        q = cs.quarter if cs.kind == "date" else None
        merged = Candidate(_the_start(text, p.start), c.end, ps.with_(quarter=q, notes=ps.notes + (() if q else ("reported-quarter",))),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:year+quarter",))
    elif (ps.kind == "date" and ps.rel_unit == "quarter" and ps.rel_n == 0 and "the-reported" in ps.notes
          and _year_back(cs) and _fullmatch(r",?\s{1,3}(?:of\s{1,3})?", text[p.end:c.start])):
        # "the quarter a year ago", "the corresponding period last year": the year-ago quarter
        notes = tuple(x for x in ps.notes if x not in ("bare", "wants-year-ago"))
        merged = Candidate(p.start, c.end, ps.with_(rel_n=-4, notes=notes), p.rule + "+" + c.rule,
                           p.steps + c.steps + ("merge:quarter+year-ago",))
    elif (ps.kind == "date" and ps.rel_unit in ("quarter", "month") and ps.rel_n == 0 and ps.anaphoric
          and _match(r"the\s{1,3}(?:same|corresponding|comparable)\b", text[p.start:p.end], regex.I)
          and _year_back(cs) and _fullmatch(r",?\s{1,3}(?:of\s{1,3})?", text[p.end:c.start])):
        # "the same quarter last year", "the same month a year earlier": the period being told, a year back
        merged = Candidate(p.start, c.end, ps.with_(rel_n=-4 if ps.rel_unit == "quarter" else -12), p.rule + "+" + c.rule,
                           p.steps + c.steps + ("merge:same-period+year-ago",))
    elif ((_clock_without_meridiem(text, p) or (ps.kind == "time" and ps.hour is not None
                                                and (cs.deictic_day or cs.anaphoric or cs.rel_unit == "day")))
          and not ps.has_date and cs.kind == "time" and cs.pod is not None and cs.hour is None
          and ("bare" not in cs.notes and _fullmatch(r"\s{1,3}(?:in\s{1,3})?", text[p.end:c.start])
               or cs.pod == "NI" and text[c.start:c.end].lower() == "night" and _fullmatch(r"\s{1,3}at\s{1,3}", text[p.end:c.start]))):
        # ("eleven o'clock at night")
        # "7:30 tonight", "nine-thirty this evening", "a quarter to eight in the morning": one time
        spec = cs.with_(hour=_hour_in_pod(ps.hour or 0, cs.pod), minute=ps.minute, second=ps.second, pod=None,
                        zone=ps.zone or cs.zone, mod=ps.mod or cs.mod, notes=tuple(n for n in cs.notes if n not in _CLOCK_DOUBTS and n != "bare"))
        merged = Candidate(p.start, c.end, spec, p.rule + "+" + c.rule, p.steps + c.steps + ("merge:clock+day-part",))
    elif (ps.kind == "time" and ps.hour is not None and ps.pod is None and cs.kind == "time" and cs.pod is not None
          and "bare" in cs.notes and cs.hour is None and _fullmatch(r"\s{1,3}", text[p.end:c.start])
          and not regex.search(r"(?i)[ap]\.?\s?m\b", text[p.start:p.end])):
        # "9 o'clock tomorrow morning", "at 8 tomorrow evening": the part of day belongs to the clock time
        merged = Candidate(p.start, c.end, ps.with_(hour=_hour_in_pod(ps.hour, cs.pod), zone=ps.zone or cs.zone,
                                                    notes=tuple(n for n in ps.notes if n not in _CLOCK_DOUBTS)),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:time+pod",))
    if (merged is None and ps.kind == "set" and ps.weekday is not None and ps.pod is None and (ps.set_value or "").startswith("XXXX-WXX")
            and _clock_only(cs) and _fullmatch(r",?\s{1,3}at\s{1,3}", text[p.end:c.start])):
        # "every Sunday at noon": a time of a day of the week, recurring
        assert cs.hour is not None
        at = "T24:00" if cs.hour == 24 else f"T{cs.hour:02d}:{cs.minute or 0:02d}"
        merged = Candidate(p.start, c.end, ps.with_(set_value=f"XXXX-WXX-{ps.weekday + 1}{at}"),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:weekly+clock",))
    if (merged is None and ps.kind == "time" and ps.pod is not None and ps.hour is None and not ps.has_date
            and text[p.start:p.end].lower() in W.TIMES_OF_SUN and cs.kind == "time" and cs.deictic_day and cs.pod is not None
            and _fullmatch(r"\s{1,3}", text[p.end:c.start])):
        # "starting at sunset tonight": the sun's hour of the day "tonight" names
        merged = Candidate(p.start, c.end, cs.with_(pod=ps.pod), p.rule + "+" + c.rule, p.steps + c.steps + ("merge:sun+tonight",))
    if merged is None and (_daily(ps) and _clock_only(cs) and _fullmatch(r",?\s{1,3}(?:at\s{1,3})?", text[p.end:c.start])
                           or _clock_only(ps) and _daily(cs) and _fullmatch(r"\s{1,3}", text[p.end:c.start])):
        # "ten p.m. every night", "every day at 7 a.m.", "daily at noon": a time of day, recurring
        clock, every = (ps, cs) if _clock_only(ps) else (cs, ps)
        assert clock.hour is not None
        hour = _hour_in_pod(clock.hour, every.pod) if every.pod else clock.hour  # "every evening at 7" is 19:00
        value = "XXXX-XX-XXT24:00" if hour == 24 else f"XXXX-XX-XXT{hour:02d}:{clock.minute or 0:02d}"
        merged = Candidate(p.start, c.end, Spec("set", set_value=value, unit="day", quant=every.quant),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:clock+daily",))
    if (merged is None and ps.kind == "date" and (any(n.startswith("holiday:") for n in ps.notes)
                                                  or (ps.month is not None and ps.day is not None and ps.weekday is None))
            and cs.kind == "duration" and cs.unit == "weekend" and "bare" in cs.notes
            and text[c.start:c.end].lower() == "weekend" and _fullmatch(r"(?:['\u2019]s)?\s{1,3}(?:holiday\s{1,3})?", text[p.end:c.start])):
        # "the Labor Day weekend", "the July 4 weekend", "Easter weekend": the weekend the holiday makes long
        lt = _THE_LONG_BEFORE.match(text, max(0, p.start - 16), p.start)  # "over the long Christmas weekend"
        merged = Candidate(lt.start() if lt else _the_start(text, p.start), c.end, ps.with_(notes=ps.notes + ("holiday-weekend",)),
                           p.rule + "+" + c.rule, p.steps + c.steps + ("merge:holiday+weekend",))
    shift = _shift_of(text, p, c) if merged is None else None
    if shift is not None:
        # "a week ago Tuesday", "a year ago this week", "a week from Tuesday": a day named, then moved
        unit, n = shift
        spec = cs.with_(shift_unit=unit, shift_n=n, direction=(-1 if n < 0 else 1) if cs.weekday is not None else cs.direction)
        merged = Candidate(p.start, c.end, spec, p.rule + "+" + c.rule, p.steps + c.steps + ("merge:shifted-day",))
    if (merged is None and ps.kind == "date" and cs.kind == "date" and ps.month is not None and cs.month is not None
            and ps.day is None and cs.day is None and ps.year is None and cs.year is None and ps.rel_unit is None
            and cs.rel_unit is None and ((ps.month - 1) % 3 == 0 and cs.month == ps.month + 2
                                         or (ps.month - 1) % 6 == 0 and cs.month == ps.month + 5)
            and _fullmatch(r"\s{0,2}[-\u2013/]\s{0,2}|\s{1,3}(?:to|through)\s{1,3}", text[p.end:c.start])):
        q = _QUARTER_AFTER.match(text, c.end)
        if q is not None and (cs.month == ps.month + 2 or "quarter" not in q.group().lower()):
            # "the April-June quarter", "the October-December period last year": a calendar quarter; "the
            # January-June period": a half
            rel = {"last": -1, "this": 0, "next": 1}.get((q["rel"] or "").lower())
            if cs.month == ps.month + 5:
                spec = Spec("date", half=(ps.month - 1) // 6 + 1, rel_unit="year" if rel is not None else None, rel_n=rel)
            else:
                spec = Spec("date", quarter=(ps.month - 1) // 3 + 1, rel_unit="year" if rel is not None else None, rel_n=rel)
            merged = Candidate(_the_start(text, p.start), q.end(), spec, p.rule + "+" + c.rule, p.steps + c.steps + ("merge:month-range-quarter",))
    if (merged is None and ps.kind == "duration" and ps.unit in ("day", "night") and ps.amount is not None and ps.amount.is_integer()
            and not ps.vague and ps.low is None and not any(n.startswith("dir:") for n in ps.notes)
            and cs.kind == "set" and cs.set_value in ("P1W", "P1M", "P1Y") and cs.freq is None
            and _fullmatch(r"\s{1,3}", text[p.end:c.start]) and _match(r"(?:a|an|per)\s", text[c.start:c.end], regex.I)):
        # "three days a week": a set, so many days in each week
        merged = Candidate(p.start, c.end, cs.with_(freq=f"{int(ps.amount)}D"), p.rule + "+" + c.rule,
                           p.steps + c.steps + ("merge:days-per",))
    # the smallest unit a compound length already has, and how many of it make one of its own unit ("2 hours, 8
    # minutes": minutes, 60)
    least = next((n[6:] for n in ps.notes if n.startswith("least:")), ps.unit) if ps.kind == "duration" else None
    per = 1
    if least is not None and least != ps.unit:
        u = ps.unit
        while u != least and u in SPLIT_UNITS:
            per *= SPLIT_UNITS[u][0]
            u = SPLIT_UNITS[u][1]
    if (merged is None and ps.kind == "duration" and cs.kind == "duration" and ps.amount is not None
            and (ps.amount.is_integer() or least != ps.unit)
            and not ps.vague and least is not None and least in SPLIT_UNITS and cs.amount is not None and cs.amount.is_integer() and not cs.vague
            and cs.unit == SPLIT_UNITS[least][1] and 0 < cs.amount < SPLIT_UNITS[least][0] and cs.mod is None
            and not any(n.startswith("dir:") for n in ps.notes)
            and _fullmatch(r"\s{1,3}and\s{1,3}|\s{1,2}" + (r"|,\s{1,2}" if least in ("hour", "minute") else ""), text[p.end:c.start])):
        # "an hour and twenty-nine minutes", "three years and two months", "2 minutes 2 seconds", "2 hours, 3 minutes",
        # "2 hours, 8 minutes and 37 seconds": one length
        spec = ps.with_(amount=ps.amount + cs.amount / (per * SPLIT_UNITS[least][0]),
                        notes=tuple(n for n in ps.notes if not n.startswith("least:")) + (f"least:{cs.unit}",))
        if any(n.startswith("dir:") for n in cs.notes):
            # "three weeks and a day ago": counted in the smaller unit, from the anchor or the reference
            spec = cs.with_(amount=ps.amount * per * SPLIT_UNITS[least][0] + cs.amount)
        merged = Candidate(p.start, c.end, spec, p.rule + "+" + c.rule, p.steps + c.steps + ("merge:compound-length",))
    return merged


def _clock_only(s: Spec) -> bool:
    return s.kind == "time" and s.hour is not None and not s.has_date and s.zone is None


def _daily(s: Spec) -> bool:
    """ "every day", "daily", "every night", "each morning": a set of days (or parts of them)."""
    return s.kind == "set" and (s.set_value == "P1D" or (s.pod is not None and s.weekday is None))


_SHIFT_UNITS = ("day", "week", "fortnight", "month", "year")


def _shift_of(text: str, p: Candidate, c: Candidate) -> tuple[str, float] | None:
    """(unit, signed amount) when ``p`` moves the day ``c`` names: "a week ago" + "Tuesday", "a year ago" +
    "this morning", "a week from" + "Tuesday"; None otherwise."""
    ps, cs = p.spec, c.spec
    per_year = {"century": 100, "decade": 10}.get(ps.unit or "")
    if per_year is not None and ps.amount is not None and (ps.amount * per_year).is_integer():
        ps = ps.with_(unit="year", amount=ps.amount * per_year)  # "half a century ago today": fifty years back
    if ps.kind != "duration" or ps.amount is None or ps.vague or ps.unit not in _SHIFT_UNITS or ps.mod is not None:
        return None
    if cs.kind not in ("date", "time") or cs.shift_unit is not None or cs.anaphoric or cs.hour is not None:
        return None
    named = ((cs.weekday is not None and cs.day is None and cs.direction is None and cs.rel_unit is None)
             or cs.deictic_day or (cs.rel_unit in ("day", "week", "month", "year") and cs.rel_n == 0))
    if not named:
        return None
    gap = text[p.end:c.start]
    if "dir:ago" in ps.notes and _fullmatch(r"\s{1,3}", gap):
        sign = -1
    elif (not any(n.startswith("dir:") for n in ps.notes) and _fullmatch(r"\s{1,3}from\s{1,3}", gap) and not cs.deictic_day
          and not _FOR_BEFORE.search(text, max(0, p.start - 10), p.start)):
        # "a week from today" is already one expression; "lie in state for three days from Wednesday" is a length
        # that starts on a day
        sign = 1
    else:
        return None
    unit, amount = ("week", 2 * ps.amount) if ps.unit == "fortnight" else (ps.unit, ps.amount)
    return unit, sign * amount


def merge(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if out and c.start < out[-1].end:
            continue  # swallowed by a merge that read past it ("the April-June period last year")
        if out:
            p = out[-1]
            merged = _merge_pair(text, p, c)
            if (merged is not None and "merge:date+time" in merged.steps[-1:] and len(out) >= 2 and out[-2].spec.hour is not None
                    and _ON_DAY.fullmatch(text, out[-2].end, p.start) and text[p.end:c.start].startswith(",")):
                merged = None  # "6pm local time on Saturday, 9am in the UK": the day is the first clock's, the second its equivalent
            if merged is not None:
                out[-1] = merged
                while len(out) >= 2:  # "ten thirty" + ("tomorrow" + "morning"): the merged one may merge again
                    again = _merge_pair(text, out[-2], out[-1])
                    if again is None:
                        break
                    out[-2:] = [again]
                if (len(out) >= 2 and "merge:clock+daily" in out[-1].steps and _clock_only(out[-2].spec)
                        and _fullmatch(r"\s{0,2}(?:-|\u2013|to|until|till|through)\s{0,2}", text[out[-2].end:out[-1].start])):
                    # "from 9 a.m. to 5 p.m. daily": the range's start recurs too
                    a = out[-2].spec
                    assert a.hour is not None
                    out[-2] = out[-2].with_(spec=Spec("set", set_value=f"XXXX-XX-XXT{a.hour % 24:02d}:{a.minute or 0:02d}", unit="day",
                                                      quant=out[-1].spec.quant), steps=out[-2].steps + ("range-daily",))
                continue
            ps, cs = p.spec, c.spec
            if (ps.kind == "time" and ps.pod is not None and ps.hour is None and ps.has_date and _clock_without_meridiem(text, c)
                    and not cs.has_date and _fullmatch(r",?\s{1,3}(?:at\s{1,3})?", text[p.end:c.start])):
                # "Last night at about 9:30": the clock time is read in that part of the day
                assert cs.hour is not None
                c = Candidate(c.start, c.end, cs.with_(hour=_hour_in_pod(cs.hour, ps.pod), notes=tuple(n for n in cs.notes if n not in _CLOCK_DOUBTS)),
                              c.rule, c.steps + ("clock-in-day-part",))
        out.append(c)
    return [c for c in out if "needs-pod" not in c.spec.notes]  # "nine-thirty" with no "tonight" after it: too loose


_CLOCK_DOUBTS = ("needs-pod", "meridiem-unknown")  # what a part of the day said with a clock time settles
_MERIDIEM = regex.compile(r"(?i)[ap]\.?\s?m\b")


def _clock_without_meridiem(text: str, c: Candidate) -> bool:
    """A clock time with no a.m./p.m. (and no 24-hour reading past 12): "7:30", "nine-thirty", "a quarter to eight"."""
    s = c.spec
    return (s.kind == "time" and s.hour is not None and 1 <= s.hour <= 12 and s.pod is None
            and _MERIDIEM.search(text, c.start, c.end) is None)


def _hour_in_pod(h: int, pod: str) -> int:
    """The 24-hour reading of a 12-hour clock within a part of the day ("9:30" at night is 21:30)."""
    if (pod == "EV" and 1 <= h < 12) or (pod == "NI" and 6 <= h < 12) or (pod == "AF" and 1 <= h < 7):
        return h + 12
    return h


_APPROX_TAIL = regex.compile(r"\s{1,3}(?:(?P<so>or\s{1,3}so)|(?P<after>or\s{1,3}(?:later|after|more)|and\s{1,3}beyond|or\s{1,3}longer)"
                             r"|(?P<before>or\s{1,3}(?:earlier|before|less|sooner)))\b", _X)


_QUARTER_AFTER = regex.compile(r"\s{1,3}(?:quarter|period)\b(?:\s{1,3}(?:of\s{1,3})?(?P<rel>last|this|next)\s{1,3}year\b)?", regex.I)
_OR_UNITS_TAIL = regex.compile(r"\s{1,3}or\s{1,3}(?:days|weeks|months|years|decades)\b", regex.I)
_OR_COUNT_TAIL = regex.compile(r"\s{1,3}or\s{1,3}(?P<n>two|three|four|five|six|\d{1,2})\b(?!\s{0,3}(?:\w+\s{1,3})?(?:\L<unit>)\b|[.,]\d)",
                               _X, ignore_unused=True, **NAMED_LISTS)
_SHIFT_TAIL = regex.compile(r"\s{1,3}(?P<d>ago|earlier|later)\b", regex.I)


def tails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"the next two years or so" (APPROX), "1994 or later" (ON_OR_AFTER), "1990 and beyond"."""
    out: list[Candidate] = []
    n = len(cands)
    swallow = 0
    for i, c in enumerate(cands):
        if c.start < swallow:
            continue
        s = c.spec
        if s.kind in ("date", "duration") and s.mod is None and "bare" not in s.notes:
            nxt = cands[i + 1].start if i + 1 < n else len(text)
            v = _OR_UNITS_TAIL.match(text, c.end, min(len(text), c.end + 16))
            if v is not None and s.kind == "duration" and s.vague and s.amount is None:
                # "within weeks or months": one vague length, about that long (the second unit is swallowed)
                out.append(c.with_(end=v.end(), spec=s.with_(mod="APPROX"), steps=c.steps + ("tail:or-units",)))
                swallow = v.end()
                continue
            r = _OR_COUNT_TAIL.match(text, c.end, nxt)
            if (r and s.kind == "duration" and s.amount is not None and s.high is None
                    and not any(x.startswith("dir:") for x in s.notes)):
                hi = float(r["n"]) if r["n"].isdigit() else float(W.NUMBERS[r["n"].lower()])
                if hi > s.amount:  # "a day or two", "a year or two": one to two, at most two
                    out.append(c.with_(end=r.end(), spec=s.with_(low=s.amount, high=hi, amount=hi, mod="EQUAL_OR_LESS"),
                                       steps=c.steps + ("tail:or-count",)))
                    continue
            m = _APPROX_TAIL.match(text, c.end, nxt)
            if m:
                mod = "APPROX" if m["so"] else ("ON_OR_AFTER" if m["after"] else "ON_OR_BEFORE")
                if s.kind == "duration" and mod != "APPROX":
                    mod = "EQUAL_OR_MORE" if mod == "ON_OR_AFTER" else "EQUAL_OR_LESS"
                end, notes = m.end(), s.notes
                if s.kind == "duration" and mod == "APPROX" and not any(x.startswith("dir:") for x in notes):
                    d = _SHIFT_TAIL.match(text, end, nxt)
                    if d:  # "a week or so ago": a date, about a week back
                        end, notes = d.end(), notes + ("dir:" + d["d"].lower(),)
                c = c.with_(end=end, spec=s.with_(mod=mod, notes=notes), steps=c.steps + ("tail:" + mod,))
        out.append(c)
    return out


_RANGE_GAP = regex.compile(r"\s{0,2}[-\u2013/]\s{0,2}|\s{1,3}(?:to|through|and|until|till|or|-)\s{1,3}", regex.I)


def ellipsis(text: str, cands: list[Candidate]) -> list[Candidate]:
    cands = list(cands)  # (a set that shares "every" replaces the candidate after it: the caller's list stays as it was)
    out: list[Candidate] = []
    n = len(cands)
    for i, c in enumerate(cands):
        s = c.spec
        if (s.kind == "date" and s.month is not None and s.year is None and s.rel_unit is None and s.weekday is None
                and not any(n.startswith("holiday:") for n in s.notes) and i + 1 < n):
            nx = cands[i + 1].spec
            if (nx.kind == "date" and nx.month is not None and nx.year is not None and (nx.day is None) == (s.day is None)
                    and _RANGE_GAP.fullmatch(text, c.end, cands[i + 1].start)):
                # "April-May 2024", "from March 30 to April 2, 2013": the year written once is both ends'
                y = nx.year - 1 if (s.month, s.day or 0) > (nx.month, nx.day or 0) else nx.year
                c = c.with_(spec=s.with_(year=y), steps=c.steps + ("ellipsis:range-year",))
                s = c.spec
        to = next((n for n in s.notes if n.startswith("year-range-to:")), None)
        if to is not None:
            # "1996-2000": two dates, the second where it stands
            c = c.with_(spec=s.with_(notes=tuple(n for n in s.notes if n != to)))
            out.append(c)
            b = text.find(to[14:], c.end, c.end + 8)
            if b >= 0:
                out.append(Candidate(b, b + 4, Spec("date", year=int(to[14:])), "year_range", ("ellipsis:year_range",)))
            continue
        out.append(c)
        if (s.kind == "date" and s.rel_unit in ("year", "month", "week") and s.rel_n in (-1, 0, 1) and not s.anaphoric
                and s.month is None and s.quarter is None and s.boundary is None):
            nxt = cands[i + 1].start if i + 1 < n else len(text)
            e = _REL_ELLIPSIS.match(text, c.end, nxt)
            if e:
                # "this year or next", "this week and last": the unit is understood
                step = 1 if e["w"].lower() == "next" else -1
                out.append(Candidate(e.start("w"), e.end("w"), Spec("date", rel_unit=s.rel_unit, rel_n=step),
                                     "ellipsis", ("ellipsis:" + c.rule,)))
        if s.kind == "set" and s.quant == "EACH" and (s.weekday is not None or s.season is not None
                                                       or (s.month is not None and s.day is None)):
            shared = _SHARED_EVERY.match(text, c.end)
            if shared is not None:
                # "every Monday and Thursday", "every spring and autumn": "every" is said once for both
                w = shared["w"].lower()
                if s.weekday is not None and w in W.WEEKDAYS and w.endswith("day"):
                    spec = each_named(Spec("date", weekday=W.WEEKDAYS[w]))
                elif s.season is not None and w in W.SEASONS:
                    spec = each_named(Spec("date", season=W.SEASONS[w]))
                elif s.month is not None and w in W.MONTHS and len(w) > 3 and shared["w"][0].isupper():
                    spec = each_named(Spec("date", month=W.MONTHS[w]))
                else:
                    spec = None
                if spec is not None:
                    b, e = shared.start("w"), shared.end("w")
                    if i + 1 < n and cands[i + 1].start < e:
                        if (cands[i + 1].start, cands[i + 1].end) != (b, e):
                            continue
                        cands[i + 1] = Candidate(b, e, spec, "ellipsis", ("ellipsis:every",))
                    else:
                        out.append(Candidate(b, e, spec, "ellipsis", ("ellipsis:every",)))
        if s.kind == "date" and s.month is not None and s.day is not None and s.weekday is None and not s.has_time:
            nxt = cands[i + 1].start if i + 1 < n else len(text)
            lst = _LIST_ELLIPSIS.match(text, c.end, nxt)
            if lst:
                days = [(d.start(), d.end(), int(d.group())) for d in _DAY_NUMBER.finditer(text, lst.start(), lst.end())]
                numbers = [s.day] + [d for _, _, d in days]
                if all(x < y for x, y in zip(numbers, numbers[1:], strict=False)) and numbers[-1] <= 31:
                    for b, e, d in days:  # "July 7, 8 and 9": each day of the month named once
                        out.append(Candidate(b, e, Spec("date", year=s.year, month=s.month, day=d), "ellipsis", ("ellipsis:" + c.rule,)))
                    continue
            m = _ELLIPSIS.match(text, c.end, nxt)
            if m and 1 <= int(m["d"]) <= 31:
                out.append(Candidate(m.start("d"), m.end("d"), Spec("date", year=s.year, month=s.month, day=int(m["d"])),
                                     "ellipsis", ("ellipsis:" + c.rule,)))
    return out


def equivalents(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Mark each clock time that names the same instant as one before it on another clock (``equivalent_of``)."""
    out = list(cands)
    for i in range(1, len(out)):
        p, c = out[i - 1], out[i]
        if c.spec.zone is None or c.spec.hour is None or not _has_time(c.spec):
            continue  # (every equivalent is a clock with a zone)
        # "at 8:00pm local time on Sunday (10:00pm AEDT)": past the day said after the first clock
        j = i - 2 if (i >= 2 and _day_level(p.spec) and not p.spec.has_time and out[i - 2].spec.hour is not None
                      and _has_time(out[i - 2].spec) and _ON_DAY.fullmatch(text, out[i - 2].end, p.start)) else i - 1
        q = out[j]
        if not _has_time(q.spec):
            continue
        if _EQUIV_OPEN.match(text, p.end, c.start) and _EQUIV_CLOSE.match(text, c.end):
            # "noon Paris time (14:00 Moscow time)", "began at 8:00pm local time on Sunday (10:00pm AEDT)"
            out[i] = c.with_(equivalent_of=j, steps=c.steps + ("equivalent",))
        elif q.spec.hour is None:
            continue
        elif (j == i - 1 and q.spec.zone is not None
              and (q.spec.zone.key != c.spec.zone.key or (zone_assumed(q.spec) and not zone_assumed(c.spec)))
              and _EQUIV_WHICH.fullmatch(text, q.end, c.start)):
            # "at 0100 GMT, which was 8pm on Wednesday in Washington", "10.17am Beijing time, or 12.17pm in Sydney":
            # the same instant on another place's clock (and the first clock's zone, only assumed, may be the other's:
            # "Play began at 12.15pm local time, which was 2.15am on Sunday in Sydney", in a Sydney paper)
            out[i] = c.with_(equivalent_of=j, steps=c.steps + ("equivalent",))
        elif (not zone_assumed(c.spec) and c.equivalent_of is None and q.equivalent_of is None and q.spec.kind == "time"
              and (q.spec.zone is None or q.spec.zone.key != c.spec.zone.key) and _BARE_EQUIV.fullmatch(text, p.end, c.start)):
            # "at 6pm local time on Saturday, 9am in the UK", "at midnight in Tokyo, 10 a.m. Friday in New York": a
            # clock with a place of its own right after another clock (and its day) is the same instant there
            out[i] = c.with_(equivalent_of=j, steps=c.steps + ("equivalent",))
    return out


_BARE_EQUIV = regex.compile(r",\s{1,3}")


def zone_assumed(s: Spec) -> bool:
    """The clock time's zone is only a guess: the document's, by default (no zone in the text, or "local time" with no
    place), that of a place the sentence names around "local time", or that of the last "local time" carried on."""
    return s.zone is None or (s.zone.kind == "local" and (s.zone.note in (LOCAL_IS_DOCUMENT_ZONE, LOCAL_CARRIED)
                                                          or s.zone.note.endswith(LOCAL_IN_SENTENCE_PLACE)))


def drop_bare(text: str, cands: list[Candidate]) -> list[Candidate]:
    keep = []
    for c in cands:
        s = c.spec
        if "bare" in s.notes:
            if "plural" in s.notes and "dir:ago" in s.notes:
                keep.append(c.with_(spec=Spec("ref", ref="PAST_REF")))  # "years ago", "decades ago"
            elif "plural" in s.notes and ("dir:later" in s.notes or "dir:earlier" in s.notes):
                # "hours later", "weeks earlier": some hours; as in TimeML, "later" is a signal outside the extent
                word = _FIRST_WORD.match(text, c.start, c.end)
                if word is not None:
                    keep.append(c.with_(end=word.end(), spec=Spec("duration", unit=s.unit, vague=True),
                                        steps=c.steps + ("vague-shift",)))
            continue
        keep.append(c)
    return keep


_FIRST_WORD = regex.compile(r"\w+")


REFINERS: tuple[Callable[..., list[Candidate]], ...] = (attach_zones, merge, tails, ellipsis, equivalents, drop_bare)
