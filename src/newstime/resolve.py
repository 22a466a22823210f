"""Resolution: from what the words say (Spec) to values, against the document's time line.

The resolver walks the candidates in text order and keeps the *reference time*: the last date the
text mentioned.  Deictic words ("yesterday", "last week") resolve against the anchor (news mode);
anaphoric ones ("the following day", "the same month", "two days later") against the reference;
"tomorrow" inside speech reported "on Friday" against that Friday.  A bare weekday or month-day is
placed before or after the anchor by the tense of its clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

import regex
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta

from .calendars import hebrew_feast
from .data import policy as P
from .data import words as W
from .data import zones as Z
from .data.policy import SEASON_MONTHS
from .errors import NewstimeError
from .grammar import _match, _search
from .refine import LOCAL_IS_DOCUMENT_ZONE, sentence_place_zones, story_place, zone_assumed
from .spec import Candidate, Spec
from .timex import Period, duration_value
from .types import Anchor, Duration, Interval, Mention, MentionType, Recurrence
from .tz import Disambiguate, ZoneRef, fixed_key, get_zone, localize

_WORD = regex.compile(r"[A-Za-z']+(?:n't)?(?:-[A-Za-z'\d]+)*")  # a hyphenated compound is one word ("last-16" too)
# the abbreviations a full stop does not end a sentence after ("Jan. 6", "Mr. Smith"), and any single letter ("U.S.
# forces", but "last year's." ends)
_NO_STOP_AFTER = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Mr Mrs "
                           "Ms Dr St Gen Sen Rep Gov Lt Col Sgt Capt Jr Sr No vs Inc Corp Co Ltd Prof Rev".split())
# a sentence ends at . ! ? or a newline, but not after an abbreviation
_SENT_END = regex.compile(
    r"(?<!\b(?:" + "|".join(sorted(_NO_STOP_AFTER, key=len, reverse=True)) + r"|(?<!['\u2019])[A-Za-z]))"
    r"[.!?](?=[\s\"'`\u201d\u2019)]|\Z)|\n"
    # "at 8:30 a.m. Since the start of the year, ...": a.m./p.m. ends a sentence before a capitalised word that
    # is no weekday, month, zone or place of a zone phrase ("8 a.m. Monday", "9 a.m. EST", "noon Moscow time")
    r"|(?<=\b[ap]\.m)\.(?=\s{1,3}(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|"
    r"Central|Mountain|Pacific|Local|Greenwich|Universal|Coordinated)|[A-Z]{2,}\b|[A-Z][\w'.-]{0,24}(?:\s[A-Z][\w'.-]{0,24}){0,2}\s{1,3}time\b)[A-Z])")
_STOP_CHARS = re.compile(r"[.!?\n]")
_AFTER_STOP = frozenset("\"'`\u201d\u2019)")


def _sentence_ends(text: str) -> list[int]:
    """The ends of ``_SENT_END``'s matches, found faster: the standard library's engine finds the stops, plain checks
    settle the common case, and the full pattern only the rare stop after "a.m."/"p.m." (the same ends, always)."""
    out: list[int] = []
    n = len(text)
    for m in _STOP_CHARS.finditer(text):
        p = m.start()
        ch = text[p]
        if ch == "\n":
            out.append(p + 1)
            continue
        nxt = text[p + 1] if p + 1 < n else ""
        if not nxt or nxt.isspace() or nxt in _AFTER_STOP:
            j = p
            while j > 0 and p - j < 6 and (text[j - 1].isalnum() or text[j - 1] == "_"):
                j -= 1
            word = text[j:p]
            long_word = j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_")  # (a word longer than any abbreviation)
            initial = len(word) == 1 and word.isascii() and word.isalpha() and not (j > 0 and text[j - 1] in "'\u2019")
            if long_word or not (word in _NO_STOP_AFTER or initial):
                out.append(p + 1)
                continue
        if ch == "." and p >= 3 and text[p - 3:p] in ("a.m", "p.m") and _SENT_END.match(text, p):
            out.append(p + 1)
    return out


_SPEECH_VERB = regex.compile(r"\b(?:said|says|told|tells|quoted|according|stated|added|announced|confirmed|reported|saying)\b", regex.I)
_CLAUSE_BREAK = regex.compile(r",(?!\s?\d)|(?<!\d):|[;()\u201c\u201d\"\u2014]|\s\u2013\s|\sand\s|\sbut\s|\swhile\s|\swhich\s|\swho\s", regex.I)
_INDIRECT = regex.compile(
    r"\b(?:said|told|announced|stated|warned|added|confirmed|insisted|predicted)\s{1,3}(?:[\w.,'-]{1,20}\s{1,3}){0,4}?"
    r"on\s{1,3}(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s{1,3}that\b", regex.I)
_DEADLINE = regex.compile(r"(?r)\b(?:by|until|till|through)\s{1,3}(?:at\s{1,3}least\s{1,3})?(?:the\s{1,3}(?:end|beginning|middle)\s{1,3}of\s{1,3})?\Z", regex.I)
_SINCE = regex.compile(r"(?r)\bsince\s{1,3}\Z", regex.I)
_FUTURE_MULTI = regex.compile(r"\b(?:going\s+to|set\s+to|is\s+to|are\s+to|(?:was|were)\s+to\s+have|were\s+to\s+(?!be\b)[a-z]+|about\s+to|to\s+be|will|'ll|shall"
                              r"|(?:is|are)\s+(?:most\s+|more\s+|very\s+)?likely|on\s+(?:track|course)\s+to"
                              r"|comes?\s+into\s+(?:force|effect)|takes?\s+effect|(?:go|goes|return|returns|head|heads)\s+to\s+the\s+polls"
                              r"|(?:polls|markets|stores|schools|offices|banks|exchanges|doors|voting)\s+(?:open|close|reopen|resume)(?!\s+at\s+least)"
                              r"|(?:a|one|two|three|four|five|six|\d{1,2}|few)\s+(?:hours?|days?|weeks?|months?)\s+away)\b", regex.I)


@dataclass
class Reference:
    period: Period
    pos: int
    start: int


@dataclass
class Context:
    text: str
    anchor: Anchor
    zone: str | None  # the document's default zone key
    disambiguate: Disambiguate = "compatible"
    place_zone: str | None = None  # the zone of the dateline's place ("TOKYO (AP) -"), if any
    sentence_ends: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        ends: list[int] = []
        prev = -1
        for end in _sentence_ends(self.text):
            blank = prev >= 0 and not self.text[prev:end].strip()
            prev = end
            if not blank:  # the newline after "people." or a blank line is no sentence of its own
                ends.append(end)
        self.sentence_ends = ends
        self.quotes = find_quotes(self.text)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i > 0 else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return start, end

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]:
            return self.quotes[i]
        return None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: typographic pairs, and straight quotes paired within a paragraph."""
    spans: list[tuple[int, int]] = []
    open_curly: int | None = None
    open_straight: int | None = None
    for m in _QUOTE_CHARS.finditer(text):
        ch, p = m.group(), m.start()
        if ch == "\n":
            open_straight = None
            if open_curly is not None and p - open_curly > 2000:
                open_curly = None
            continue
        if ch == "\u201c":
            open_curly = p
        elif ch == "\u201d":
            if open_curly is not None:
                spans.append((open_curly, p + 1))
                open_curly = None
        else:
            if open_straight is None:
                open_straight = p
            else:
                spans.append((open_straight, p + 1))
                open_straight = None
    # single quotes, as British and wire style write speech: an opening mark before a capital letter (after a
    # space, a bracket or a dash), a closing one after a word or a stop and before a space or a stop, in the same
    # paragraph (apostrophes inside words are skipped)
    opened: int | None = None
    n = len(text)
    for m in _SINGLE_QUOTE_CHARS.finditer(text):
        p = m.start()
        ch = text[p]
        prev = text[p - 1] if p else ""
        nxt = text[p + 1] if p + 1 < n else ""
        if ch != "\u2019" and "A" <= nxt <= "Z" and (not prev or prev in _OPEN_QUOTE_AFTER or prev.isspace()):
            if opened is None:
                opened = p
        elif (opened is not None and ch != "\u2018" and prev and (prev.isalnum() or prev == "_" or prev in _CLOSE_QUOTE_AFTER)
              and (not nxt or nxt in _CLOSE_QUOTE_BEFORE or nxt.isspace())):
            if "\n" not in text[opened:p] and p - opened <= 1000:
                spans.append((opened, p + 1))
            opened = None
    spans.sort()
    return spans


# (quotation marks are found by the standard library's engine, which scans for a few characters much faster)
_QUOTE_CHARS = re.compile("[\u201c\u201d\"\n]")
_SINGLE_QUOTE_CHARS = re.compile("['\u2018\u2019]")
_OPEN_QUOTE_AFTER = frozenset("([\u2014\u2013")
_CLOSE_QUOTE_AFTER = frozenset(".,!?;:")
_CLOSE_QUOTE_BEFORE = frozenset(".,;:!?)]\u2014\u2013")


# ----------------------------------------------------------------------------------------------
# tense of a clause


def _cue(word: str) -> int:
    w = word.lower()
    if "-" in w:
        return 0  # "lower-than-expected", "state-owned": compounds are not verbs
    if w in ("will", "'ll", "shall", "wo", "won't") or w in W.FUTURE_CUES and w not in ("next",):
        return 1
    if w in W.PAST_CUES:
        return -1
    if w.endswith("ed") and len(w) > 4 and w not in W.NOT_PAST_ED:
        return -1
    return 0



def _tense_words(chunk: str) -> list[str]:
    """The chunk's words, lower case, with comparisons of plans blanked: "spent less than expected",
    "as planned" say nothing about when; nor does the participle of a state ("remain shut").  The same chunk is
    read for several mentions of a sentence: the words are remembered (callers only read them)."""
    words = _TENSE_WORDS.get(chunk)
    if words is None:
        if len(_TENSE_WORDS) > 4096:
            _TENSE_WORDS.clear()
        words = _TENSE_WORDS[chunk] = _read_tense_words(chunk)
    return words


_TENSE_WORDS: dict[str, list[str]] = {}
# a curfew's hours: "a curfew from 7pm to 6am", "a nightly curfew between 10 p.m. and 5 a.m."
_STANDING_HOURS = regex.compile(r"\b(?:curfew|curfews)\s(?:[\w-]+\s){0,4}?(?:from|between)\s[^.;:!?]{0,24}\Z", regex.I)
_SETS_HOURS = regex.compile(r"\b(?:imposed|imposes|impose|declared|declares|extended|extends|introduced|ordered)\b", regex.I)
_IN_FORCE_AFTER = regex.compile(r"[^.;:!?]{0,40}?\b(?:remains?|stays?|is|are|will\s{1,3}(?:remain|stay|be))\s{1,3}in\s{1,3}(?:force|place|effect)\b", regex.I)
_WEEKDAY_BEFORE = regex.compile(r"\b(?:on\s{1,3})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_CLOCK_MERIDIEM = regex.compile(r"(?<=\d)\s?[AaPp]\.?[Mm]\b\.?")


def _read_tense_words(chunk: str) -> list[str]:
    if "m" in chunk:
        chunk = _CLOCK_MERIDIEM.sub(" ", chunk)  # "1:05am on Sunday": the clock's a.m., not the verb "am"
    if "by" in chunk:
        chunk = _PARTICIPLE_BY.sub(",", chunk)  # ", followed by a press conference at 14:30": a participle
    words = [m.group().lower() for m in _WORD.finditer(chunk)]
    original = list(words)
    for i in range(1, len(words)):
        if words[i - 1] in ("than", "as") and words[i] in W.COMPARED_PLAN_WORDS:
            words[i] = ""
        elif words[i - 1] in W.STATE_VERBS or (i > 1 and words[i - 2] in W.STATE_VERBS and original[i - 1] in W.OBJECT_PRONOUNS):
            words[i] = ""  # "remain shut on Tuesday", "stay closed", "keep it closed": a state, not a past verb
        elif words[i - 1] == "having" and _cue(words[i]) != 0:
            words[i - 1], words[i] = "had", ""  # "having forecast growth in February": done before
        elif words[i] in W.FUTURE_NOUNS and words[i - 1] in W.NOUN_BEFORE:
            words[i] = ""  # "up from its previous forecast in July": a noun, no plan
        elif words[i - 1] == "projected" and words[i] != "to" and (i < 2 or words[i - 2] not in W.DETERMINERS):
            words[i - 1] = "called"  # "CNN projected Cruz the winner at 9:39 p.m.": a call made, not a forecast ("projected to")
        elif words[i] == "last" and (words[i - 1] in W.MODALS or words[i - 1] in W.FUTURE_AUXILIARIES):
            words[i] = ""  # "the bad weather could last through the weekend": the verb, not "last week"
        elif words[i] in ("planned", "scheduled", "slated", "due", "set") and any(
                w in W.CANCELLED_VERBS for w in words[max(0, i - 5):i]):
            words[i] = ""  # "who cancelled a televised address planned for 8 pm": the plan was called off, in the past
        elif words[i] == "ahead" and (words[i - 1] in W.MARGIN_NOUNS or (
                words[i - 1] in ("hour", "hours") and i > 1 and words[i - 2] not in ("the", "coming", "few"))):
            # "finished on Monday, 11 seconds ahead of Chebet", "clocks were set an hour ahead": a margin, not what lies
            # ahead ("in the hours ahead" is)
            words[i] = ""
    return words


def _clause_tense(chunk: str, from_right: bool) -> int:
    """Within one clause a future marker wins ("will be held" is future although "held" looks past),
    unless a past verb stands between the date and a weak one ("on Tuesday delayed the trial until ...");
    a participle after a modal and "be" looks ahead ("could be held"); a present-tense verb or a modal
    with no past cue ("the vote is on Monday", "storms could snarl travel on Sunday") looks ahead."""
    words = _tense_words(chunk)
    if "had" in words and "will" not in words and "would" not in words:
        return -1  # past perfect: "it had been due to expire Friday"
    future = any(_cue(w) == 1 for w in words) or bool(_FUTURE_MULTI.search(chunk))
    past = [i for i, w in enumerate(words) if _cue(w) == -1]
    if future and past and from_right and not _FUTURE_MULTI.search(chunk):
        # "on Tuesday delayed the trial until after Labor Day": the verb next to the date is past,
        # and the later "until" belongs to another time
        fut = [i for i, w in enumerate(words) if _cue(w) == 1]
        first_past = next((i for i in past if not _governed_by_future(words, i)), None)
        if first_past is not None and first_past < fut[0] and W.FUTURE_CUES_WEAK.issuperset(words[i] for i in fut):
            return -1
    if future and past and not from_right:
        # "will be completed today after storms suspended play on Saturday": a subordinate clause between
        # the future and the date has its own, past, verb
        fut = [i for i, w in enumerate(words) if _cue(w) == 1]
        last_past = max((i for i in past if not _governed_by_future(words, i)), default=-1)
        if (fut and last_past > fut[-1] and any(w in W.SUBORDINATORS for w in words[fut[-1] + 1:last_past])
                and words[last_past - 1] not in ("is", "are")):
            # (but "will get a clearer picture when November sales are reported on Thursday": a present passive)
            return -1
    if future:
        return 1
    if past and all(_governed_by_future(words, i) for i in past):
        return 1  # "could be held on Friday", "must be completed by May"
    modal = [i for i, w in enumerate(words) if w in W.MODALS and w not in ("may", "might")]
    if past and modal and not from_right and modal[-1] > past[-1] and "have" not in words[modal[-1]:]:
        return 1  # "has told both sides the trial could stretch into December": the reported event lies ahead
    if past and not from_right:
        # "have demanded a debate before the House rises for the Easter break": a time clause in the present
        # after a past verb speaks of what is still to come
        sub = max((i for i, w in enumerate(words) if w in W.TIME_SUBORDINATORS and i > past[-1]), default=-1)
        if sub >= 0 and _present_verb_after(words, sub):
            return 1
        # "Residents were reminded that daylight saving ends at 3am on Sunday": what was told, in the present, is to come
        that = max((i for i, w in enumerate(words) if w == "that" and i > past[-1]), default=-1)
        if that >= 0 and _present_verb_after(words, that):
            return 1
    if past:
        return -1
    if any(_present_cue(words, i) or (w in W.MODALS and w != "may") for i, w in enumerate(words)):
        return 1  # "the vote is on Monday", "storms could snarl travel on Sunday": ahead
    return 0




def _present_cue(words: list[str], i: int) -> bool:
    """``words[i]`` is a present verb that looks ahead, not the noun after a determiner ("the vote on Monday")."""
    w = words[i]
    if w in W.OPENING_VERBS:
        # "stations open at 8 a.m.", "and close at 8 p.m.": a verb between its subject and "at"/"on"; "England open
        # their campaign": a verb before its object
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""  # ("" when the date comes right after: "The Games close Sunday")
        if nxt == "at" and i + 2 < len(words) and words[i + 2] == "least":
            return False  # "sales at stores open at least a year": an adjective
        return nxt in ("their", "its") or nxt in ("at", "on", "in", "") and (
            prev == "and" or (len(prev) > 3 and prev.endswith("s") and not prev.endswith(("ss", "'s")))
            # ("The last polls, in Alaska, close at 1 a.m. ET on Wednesday": the clause opens with it after an aside)
            or (i == 0 and nxt in ("at", "on")))
    if w in W.NOUN_LIKE_PRESENT and (i == 0 or words[i - 1] in W.DETERMINERS or (
            words[i - 1] not in W.SUBJECT_WORDS
            and not (words[i - 1].endswith("s") and not words[i - 1].endswith("ss"))
            and any(x in W.DETERMINERS for x in words[max(0, i - 3):i - 1]))):
        # "Play on Monday was held up": with no subject before it, the word is the noun; so it is after an article
        # and a word that is no plural subject ("on Thursday for a nine-day state visit"; "the two leaders visit")
        return False
    return w in W.PRESENT_CUES and not (i and words[i - 1] in W.DETERMINERS)


def _present_verb_after(words: list[str], k: int) -> bool:
    """A present-tense verb opens the clause after ``words[k]``: "before the House rises", "until it is"."""
    rest = words[k + 1:k + 6]
    for j, w in enumerate(rest):
        if _present_cue(rest, j):
            return True
        if (j >= 1 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 3
                and (rest[j - 1] in ("it", "he", "she") or (j >= 2 and rest[j - 2] in ("the", "a", "an", "its", "their")))):
            return True  # "the House rises", "it ends"
    return False


def _governed_by_future(words: list[str], i: int) -> bool:
    """The past-looking word ``words[i]`` is a participle after "will"/"to" ("will be held", "to have
    begun") or after a modal and "be" ("must be completed"), not a verb of its own clause ("from January
    to October, exports grew", "Theresa May said")."""
    perfect = passive = False
    for j in range(i - 1, max(-1, i - 4), -1):
        w = words[j]
        if w in W.FUTURE_AUXILIARIES:
            return True
        if w in W.MODALS:  # "must be completed", "could be held"; but "may have been killed" looks back,
            return passive and not perfect  # and in "Theresa May said" there is no participle at all
        if w == "have":
            perfect = True
        if w in ("be", "been"):
            passive = True
        if w not in W.AUXILIARY_GAP:
            return False
    return False


def _nearest_tense(chunk: str, from_right: bool) -> int:
    """Across clauses the nearest cue wins; a participle after "will"/"to" ("will be held") is future."""
    words = _tense_words(chunk)
    order = range(len(words)) if from_right else range(len(words) - 1, -1, -1)
    for i in order:
        c = _cue(words[i])
        if c < 0 and _governed_by_future(words, i):
            return 1
        if c:
            return c
    return 0


_DEFERRAL = regex.compile(r"\b(?:extended|extends|postponed|delayed|moved|pushed\s{1,3}back|put\s{1,3}off|deferred|rescheduled"
                           r"|adjourned|prolonged|renewed)\b", regex.I)
# what is moved or called off has not happened yet ("The NFL moved Sunday's game", "moved its Independence Day concert")
_CALLED_OFF_BEFORE = regex.compile(r"\b(?:" + "|".join(sorted(W.CALLED_OFF_VERBS, key=len, reverse=True)).replace(" ", r"\s{1,3}")
                                   + r")\s{1,3}(?:(?:the|its|their|his|her|this\s{1,3}year['\u2019]s)\s{1,3})?\Z", regex.I)
_HAD = regex.compile(r"\bhad\b", regex.I)  # "had been due to expire Friday": a plan that was, not one that is
# "who cancelled a televised address planned for 8 pm": a plan called off is told in the past
_CANCELLED = regex.compile(r"\b(?:" + "|".join(sorted(W.CANCELLED_VERBS)).replace(" ", r"\s{1,3}") + r")\b", regex.I)
_SCHEDULED_FOR = regex.compile(r"\b(?:set|sets|scheduled|rescheduled|slated|planned|called|calls|fixed|booked|timed|tabled|penciled|pencilled|forecasts?|tickets?)\b"
                               r"[^.;:!?\n]{0,40}?\bfor\s{1,3}(?:(?:late|early|mid)[\s-]{1,2})?"
                               # "set for 6:40 p.m. local time on Friday": the day after the time arranged
                               r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?|\d\d:\d\d|noon|midnight)(?:\s{1,3}[A-Za-z]+){0,3}\s{1,3}on\s{1,3})?\Z",
                               regex.I)
_STARTING = regex.compile(r"\b(?:starting|beginning|effective|commencing)\s{1,3}(?:on\s{1,3}|from\s{1,3})?\Z", regex.I)
_FUTURE_INTENT = regex.compile(
    r"\b(?:call(?:ed|s|ing)?\s{1,3}on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|plan(?:s|ned|ning)?|agree(?:d|s|ment)?|decide(?:d|s)?|vot(?:ed|es)"
    r"|vow(?:ed|s)?|promis(?:ed|es)|threaten(?:ed|s)?|pledg(?:ed|es)|invit(?:ed|es)|order(?:ed|s)|due|set|expect(?:ed|s)?|scheduled|hope(?:d|s)?"
    r"|told|tells?|permission|allowed|permitted)"
    r"\b[^.;:!?\n]{0,40}?\bto\s{1,3}(?!be\b|have\b|the\b|a\b|an\b)[a-z]{2,}\b"
    # (up to the date, with no clause of its own between: "agreed to pay $50 billion after talks that began on Saturday")
    r"(?:(?!\b(?:that|which|who|when|because)\b)[^.;!?\n,]){0,60}\Z", regex.I)
_DEFERRED = regex.compile(r"(?r)\b(?:extended|postponed|delayed|moved|pushed\s{1,3}back|put\s{1,3}off|deferred|rescheduled|adjourned)"
                          # ("delayed by three months to the fourth quarter")
                          r"(?:\s{1,3}by(?:\s{1,3}[\w-]{1,12}){1,3})?\s{1,3}(?:to|until|till|for)\s{1,3}(?:the\s{1,3})?\Z", regex.I)


def tense_at(ctx: Context, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: from cheap lexical cues in the mention's clause, then sentence."""
    text = ctx.text
    if _DEFERRED.match(text, max(0, start - 40), start):
        return 1  # "extended to Nov. 20": a new deadline lies ahead
    s0, _ = ctx.sentence_of(start)
    lo = max(s0, start - 90)
    if (_SCHEDULED_FOR.search(text, lo, start) or _STARTING.search(text, max(lo, start - 24), start)
            or _FUTURE_INTENT.search(text, lo, start) or _foreseen(text, lo, start, end)) and not _HAD.search(text, lo, start) \
            and not _CANCELLED.search(text, lo, start):
        # "set a hearing for May 20", "a lockdown starting Wednesday", "called on supporters to gather at noon
        # on Saturday", "has warned of dense fog between 0200 and 0900 hrs on Friday": what was arranged or
        # foreseen, in the past, happens later
        return 1
    if (nt := _NEXT_THING.search(text, max(0, start - 64), start)) and nt["n"].lower() not in W.UNITS \
            and nt["n"].lower() not in W.PARTS_OF_DAY and nt["n"].lower() != "time":
        return 1  # "another cut at the committee's next meeting, on Nov. 17": the next one is to come
    if _AS_EARLY_AS.match(text, max(0, start - 20), start) and not any(
            _cue(w) < 0 for w in _tense_words(_CLAUSE_BREAK.split(text[max(s0, start - 60):start])[-1])):
        return 1  # "raise rates before the end of the year, possibly as early as Wednesday": the earliest it may come
    if dl := _DEADLINE.match(text, max(0, start - 24), start):
        # "by August", "until March": a deadline, ahead unless the clause is plainly past ("had fallen by May")
        s0, s1 = ctx.sentence_of(start)
        left = text[max(s0, start - P.TENSE_WINDOW):dl.start()]  # (the deadline's own "until" is no cue)
        lb = list(_CLAUSE_BREAK.finditer(left))
        lw = _tense_words(left[lb[-1].end():] if lb else left)
        around = left + " " + text[end:min(s1, end + P.TENSE_WINDOW)]
        words = _tense_words(around)
        paused = _PAUSED.search(left) and dl.group().strip().lower().startswith(("until", "till"))
        past_verb = (not _DEFERRAL.search(left) and not paused and not any(_cue(w) > 0 for w in lw)
                     and any(_cue(w) < 0 and w not in W.REPORTING_VERBS and not _governed_by_future(lw, i)
                             for i, w in enumerate(lw)))
        if not past_verb and not any(w in ("had", "was", "were", "did") for w in words):
            # ("By Sunday night, the toll had risen", "the toll rose to 800 by late Tuesday": past;
            # "extended its loans through January", "will double its flights by August": ahead)
            return 1
    s0, s1 = ctx.sentence_of(start)
    lo, hi = max(s0, start - P.TENSE_WINDOW - 40), min(s1, end + P.TENSE_WINDOW)
    # a bracketed equivalent ("at 15:00 Moscow time (11:00 GMT) on Tuesday") is no clause of its own
    left, right = _BRACKETED_CLOCK.sub(" ", text[lo:start])[-P.TENSE_WINDOW:], text[end:hi]
    # the clause: back to the last break on the left, up to the first on the right
    lb = list(_CLAUSE_BREAK.finditer(left))
    cl_left = left[lb[-1].end():] if lb else left
    if lb and lb[-1].group().strip().lower() == "and" and _BARE_BE.match(cl_left):
        # "will retire next month and be replaced by Guardiola in July": the second verb shares the first's modal
        cl_left = left[lb[-2].end():] if len(lb) > 1 else left
    rb = _CLAUSE_BREAK.search(right)
    cl_right = right[: rb.start()] if rb else right
    if _NEXT_VERB.search(cl_left):
        return 1  # "Chelsea next face Stoke City on Saturday": what a team or a person does next
    if (pp := _PRESENT_PASSIVE_ON.search(cl_left)) and not any(_cue(w) < 0 for w in _tense_words(cl_left[:pp.start()])):
        return 1  # "faces 20 years in prison when he is sentenced on July 16": a present passive, the date its own
    if _MODAL_NEXT.match(cl_right) or _NOUN_MODAL_NEXT.match(cl_right):
        lw = _tense_words(cl_left)
        if any(w in W.REPORTING_VERBS for w in lw) and not any(_cue(w) < 0 and w not in W.REPORTING_VERBS for w in lw):
            return 1  # "Rehberg said the second half would benefit from cost cuts": the subject of a future told
    for chunk, fr in ((cl_left, False), (cl_right, True)):
        t = _clause_tense(chunk, fr)
        if t:
            return t
    for chunk, fr in ((left, False), (right, True)):
        if fr and _ATTRIBUTION_AFTER.match(chunk):
            continue  # "Landfall is likely ... on Saturday, it said": the saying has its own time, not the landfall's
        t = _nearest_tense(chunk, fr)
        if t:
            return t
    lw = _tense_words(left)
    if any(_present_cue(lw, i) for i in range(len(lw))):
        return 1  # "The call is at noon (...) on Monday": a present-tense plan looks ahead
    return 0


# "next" as an adverb before a present verb, after its subject or opening a clause ("Chelsea next face", "they next
# meet", "Chelsea, who have not won it, next face")
_NEXT_VERB = regex.compile(r"(?:\A\s{0,3}|\b(?-i:[A-Z][a-z]+)\s{1,3}|\b(?:they|he|she|we|who|which)\s{1,3})next\s{1,3}"
                           r"(?!(?:to|up|door|in|of|week|month|year|day|time|few|season|quarter)\b)(?-i:[a-z]{3,}\b)")
# a weekday's full name, for the patterns that look around a mention ("Monday and Tuesday", "on Thursday for talks")
_WEEKDAY_WORD = r"(?:" + "|".join(sorted((k for k in W.WEEKDAYS if k.endswith("day")), key=len, reverse=True)) + r")"
# ", it said.", ", officials told Reuters,": who reported what the clause before says
_ATTRIBUTION_AFTER = regex.compile(r"\s{0,2},\s{1,3}(?:[\w.'-]+\s{1,3}){0,3}(?:" + "|".join(sorted(W.ATTRIBUTION_VERBS))
                                   + r")\s{0,3}[.,;]", regex.I)
_OR_BEFORE = regex.compile(r"\bor\s{1,3}\Z", regex.I)
_AS_EARLY_AS = regex.compile(r"(?r)\bas\s{1,3}(?:early|soon)\s{1,3}as\s{1,3}\Z", regex.I)
_PARTICIPLE_BY = regex.compile(r"(?:,|\A)\s{0,3}(?:" + "|".join(sorted(W.PARTICIPLE_BY_VERBS)) + r")\s{1,3}(?=by\b)", regex.I)
_PRESENT_PASSIVE_END = regex.compile(r"\b(?:is|are|be)\s{1,3}\Z", regex.I)
_PRESENT_PASSIVE_ON = regex.compile(r"\b(?:is|are)\s{1,3}[a-z]{3,20}ed\s{1,3}(?:on\s{1,3}|in\s{1,3})?\Z", regex.I)
_MODAL_NEXT = regex.compile(r"\s{0,3}(?:would|will)\b", regex.I)
# "said the Victory Day parade would go ahead": the noun the date names, then the modal of what was said
_NOUN_MODAL_NEXT = regex.compile(r"\s{1,3}(?!(?:they|he|she|we|it|you|who|that|there)\b)(?-i:[a-z]{3,})\s{1,3}(?:would|will)\b", regex.I)
_BEFORE_HOLIDAY = regex.compile(r"\b(?:before|ahead\s{1,3}of)\s{1,3}(?:the\s{1,3})?\Z", regex.I)
# the last day of a period reported ("the three months ended Sept. 30", "the year ending March 31")
_PERIOD_ENDED = regex.compile(r"\b(?:(?P<q>three\s{1,3}months|13\s{1,3}weeks)|quarter|year|months|weeks|period|half)"
                              r"(?:\s{1,3}that\s{1,3}|,\s{1,3}which\s{1,3}|\s{1,3})(?:ended|ending|ends|to)\s{1,3}(?:on\s{1,3})?\Z", regex.I)
# a day named only as a bound: "a rally that began before Christmas", "since Monday", the ends of "from April 11 to
# May 19"; the story does not go on telling of it
_BOUND_DAY = regex.compile(r"\b(?:before|since)\s{1,3}(?:the\s{1,3})?\Z", regex.I)
# ("before the current phase ends on May 17", "after a disastrous debate on June 27"; but "crashed shortly after
# take-off on Sunday" is the day of the crash: after "after", only a day more than a week away is a bound)
_BOUND_PHRASE = regex.compile(r"\b(?P<w>before|after|since)\s{1,3}(?:[\w'\u2019-]+\s{1,3}){1,4}?on\s{1,3}\Z", regex.I)
_RELATIVE_PAST = regex.compile(r",\s{1,3}(?:where|which|who|when)\s(?:[\w'\u2019-]+\s{1,3}){1,4}?(?:on|in)\s{1,3}\Z", regex.I)
_RANGE_START = regex.compile(r"\b(?:from|between)\s{1,3}\Z", regex.I)
_RANGE_END = regex.compile(r"\s(?:to|through|and|-|\u2013)\s{0,3}\Z", regex.I)
# "fell from 157 in the fourth quarter", "up from $1.2 billion in the year-ago quarter"
_FROM_FIGURE = regex.compile(r"\bfrom\s{1,3}[$\u20ac\u00a3\u00a5]?\d[\d,.]*\s{0,2}(?:(?:million|billion|trillion|percent|per\s{1,3}cent|cents|%)\s{0,3})?"
                             r"(?:,\s{1,3}or\s{1,3}[^,]{1,30},\s{1,3})?in\s{1,3}(?:the\s{1,3})?\Z", regex.I)
_YEAR_ONLY = regex.compile(r"(?:1[6-9]|20)\d\d")
# "In 2014, the ceremony ...", "...; in 2014 the ceremony": a year that opens its clause sets the clause's year
_CLAUSE_OPENING_YEAR = regex.compile(r"(?:\A|[.;:!?]\s{0,3}|^)\s{0,3}(?:in|during|by)\s{1,3}\Z", regex.I | regex.M)
_PAUSED = regex.compile(r"\b(?:" + "|".join(sorted(W.PAUSE_VERBS)) + r")\b", regex.I)
_HOLIDAY_WEEKDAY = regex.compile(r"(?:\s{1,3}(?:holiday|celebrations?|festival|weekend))?(?:\s{1,3}on|,\s{1,3}which\s{1,3}(?:falls|fell|fall|is|was)"
                                 r"\s{1,3}on|,)\s{1,3}(?P<wd>" + _WEEKDAY_WORD + r")\b", regex.I)
_NEXT_THING = regex.compile(r"\b(?:the|its|his|her|their|our|\w+['\u2019]s)\s{1,3}next\s{1,3}(?:[a-z]+\s{1,3}){0,3}(?P<n>[a-z]+),"
                            r"\s{1,3}(?:on\s{1,3}|in\s{1,3}|set\s{1,3}for\s{1,3}|scheduled\s{1,3}for\s{1,3}|due\s{1,3})?\Z", regex.I)
_DECLARED_DAY = regex.compile(r"(?:\s{1,3}(?:has\s{1,3}been|have\s{1,3}been|was|were|is|will\s{1,3}be)\s{1,3}declared)?\s{1,3}(?:as\s{1,3})?an?\s{1,3}(?:(?:national|public|official|special|bank)\s{1,3}){0,2}"
                              r"(?:day|holiday)\s{1,3}of\b|\s{1,3}(?:as\s{1,3})?an?\s{1,3}(?:(?:national|public|official|special|bank)\s{1,3}){1,2}holiday\b", regex.I)
_AHEAD_OF = regex.compile(r"\b(?:ahead\s{1,3}of|in\s{1,3}the\s{1,3}run-up\s{1,3}to)\s{1,3}\Z", regex.I)
# tickets and calls are for what is to come, and so is what a warning is of ("Tickets for trains out of Beijing on
# Sunday sold out", "Opposition leaders called for a protest rally in central Kiev on Sunday", "has warned of dense
# fog ... on Friday"), unless a past verb of its own comes between ("Tickets for the event, sold at 10 pounds each,
# ran out in October"); a warning only of a day or a time of day ("warned of a slowdown in March" may be a warning
# given in March)
_FORESEEN = regex.compile(r"\b(?:(?:tickets?|call(?:ed|s|ing)?)\s{1,3}for|(?P<warn>warn(?:ed|s|ing)?)\s{1,3}of)\b"
                          r"(?P<rest>[^.;:!?\n]{0,80})\Z", regex.I)
_NEAR_TERM = regex.compile(r"day\b|\d|tonight|tomorrow|morning|afternoon|evening|night|noon|midnight", regex.I)


def _foreseen(text: str, lo: int, start: int, end: int) -> bool:
    """The mention at ``start``-``end`` is what tickets, a call or a warning before it are for (see ``_FORESEEN``)."""
    m = _FORESEEN.search(text, lo, start)
    if m is None or any(_cue(w) < 0 for w in _tense_words(m["rest"])):
        return False
    return not m["warn"] or _NEAR_TERM.search(text, start, end) is not None


_BARE_BE = regex.compile(r"\s*(?:then\s{1,3})?be\b", regex.I)
_BRACKETED_CLOCK = regex.compile(r"\s?\([^()]{0,30}\d[^()]{0,30}\)")

# a report of quarterly results: its "the same period last year" is the reported quarter a year back
_REPORTED_ON = regex.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|showed)"
                             # ("the ministry's spokesman told a briefing on Tuesday")
                             r"(?:\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:briefing|reporters|journalists|news\s{1,3}conference|press\s{1,3}conference))?"
                             r"\s{1,3}(?:on\s{1,3})?\Z", regex.I)
# a weekday as a clause's subject: "Sunday has been declared", "Monday is a holiday"
_SUBJECT_DAY = regex.compile(r"\s{1,3}(?:has|have|had|is|was|will|would|remains|became|becomes)\b", regex.I)
# a day, then a clause joined to it by "and" that names another ("on Thursday and Rome returning to the market on ")
_LOOSE_JOIN = regex.compile(_WEEKDAY_WORD + r"[^.;:!?\n]{0,40}?\s(?:and|while|with)\s[^.;:!?\n]{0,60}?\bon\s{1,3}", regex.I)
_COORDINATED_DAY = regex.compile(_WEEKDAY_WORD + r",?\s{1,3}(?P<w>and|or|to|through|until|till|-|\u2013)\s{1,3}",
                                 regex.I)  # (in the past "made Friday and Thursday" need not be in order)
# a day, then what was arranged for a later day: "arrived on Monday for talks on Tuesday", "flew in Sunday
# ahead of the vote on Wednesday"
_PURPOSE_DAY = regex.compile(_WEEKDAY_WORD + r"\s{1,3}(?:for|ahead\s{1,3}of|to\s{1,3}(?:attend|prepare\s{1,3}for|join))"
                             r"\s[^.;:!?\n]{0,60}?\bon\s{1,3}", regex.I)
_EARNINGS_WORDS = regex.compile(r"\b(?:quarter|quarterly|net\s+(?:income|loss|profit|earnings|was|were|of|rose|fell)|per\s+share"
                                r"|a\s+share|profits?|earnings|revenues?)\b", regex.I)

_SAME_PERIOD = regex.compile(r"the\s+same\s+period\s+(?:of\s+)?last\s+year", regex.I)

# a comparison of figures ("compared with $3 million last year", "up from $2 million a year ago")
_COMPARED = regex.compile(r"\b(?:compared\s{1,3}(?:with|to)|from|against|versus|vs\.)\s[^.;]{0,50}\Z", regex.I)
_IN_BEFORE = regex.compile(r"(?r)\b(?:in|during)\s{1,3}\Z", regex.I)
_VERB_BEFORE = regex.compile(r"(?r)\b(?P<w>[A-Za-z]+)\s{1,3}(?:(?:down|up|out|off|over|back|away|open)\s{1,3})?(?:on\s{1,3}|in\s{1,3})?\Z")


def _past_event_verb_before(text: str, start: int) -> bool:
    """The word right before a date (or before its "on"/"in") is a past verb that is not a reporting verb."""
    m = _VERB_BEFORE.match(text, max(0, start - 30), start)
    if m is None:
        return False
    w = m["w"].lower()
    if _PRESENT_PASSIVE_END.search(text, max(0, m.start() - 8), m.start()):
        return False  # "after the figures are released on April 24": a present passive, looking ahead
    return _cue(w) < 0 and w not in W.REPORTING_VERBS and w not in ("was", "were", "had", "been", "did")


_SESSION_AFTER = regex.compile(r"\s{1,3}(?:close|closing\s{1,3}bell|finish|opening\s{1,3}bell)\b", regex.I)
_EVENING = regex.compile(r"\b(?:tonight|this\s{1,3}evening|good\s{1,3}evening)\b", regex.I)
_GOOD_EVENING = regex.compile(r"\bgood\s{1,3}evening\b", regex.I)
_GOOD_MORNING = regex.compile(r"\bgood\s{1,3}morning\b", regex.I)  # a morning broadcast: "six-thirty" is 6:30 a.m.
_TRAILING_DIRECTION = regex.compile(r"\s{1,3}(?:later|earlier|after|before)\Z", regex.I)
_POSSESSIVE = regex.compile(r"['\u2019]s\b")


def _past_until(ctx: Context, start: int) -> bool:
    """A day after "until" whose clause has a past verb of its own before it and no other future word: "The House
    and Senate traded proposals until shortly before midnight on Monday", "stayed open until Friday" (not "extended
    its loans until March", "may not return until February", "said the road was closed until Friday")."""
    s0, _ = ctx.sentence_of(start)
    left = ctx.text[max(s0, start - P.TENSE_WINDOW):start]
    if _DEFERRAL.search(left) or _PAUSED.search(left):
        return False  # ("Nevada paused its count until Thursday morning": it resumes then)
    lb = list(_CLAUSE_BREAK.finditer(left))
    words = _tense_words(left[lb[-1].end():] if lb else left)
    fut = [i for i, w in enumerate(words) if _cue(w) > 0]
    if not fut or any(words[i] not in ("until", "till") for i in fut) or any(w in W.MODALS for w in words):
        return False
    return any(_cue(w) < 0 and w not in W.REPORTING_VERBS and w not in ("was", "were", "been")
               and not _governed_by_future(words, i) for i, w in enumerate(words[:fut[0]]))


def _explicit_future(ctx: Context, start: int, end: int | None = None, right_only: bool = False) -> bool:
    """A future marker ("will", "expected", "is to") in the sentence around ``start`` (up to ``end``'s
    clause on the right when ``end`` is given; only there with ``right_only``)."""
    s0, s1 = ctx.sentence_of(start)
    chunk = "" if right_only else ctx.text[max(s0, start - P.TENSE_WINDOW):start]
    if end is not None:
        right = ctx.text[end:min(s1, end + P.TENSE_WINDOW)]
        rb = _CLAUSE_BREAK.search(right)
        chunk += " " + (right[: rb.start()] if rb else right)
    return _future_marked(chunk)


def _future_marked(chunk: str) -> bool:
    """``chunk`` has a future marker: "will", "is to", "going to", "polls open", "two days away"."""
    return any(_cue(w) == 1 for w in _tense_words(chunk)) or bool(_FUTURE_MULTI.search(chunk))


_WOULD = regex.compile(r"\bwould\b", regex.I)
_DELIVERY = regex.compile(r"\s{1,3}(?:delivery|contracts?|futures|options)\b", regex.I)
_WILL = regex.compile(r"\b(?:will|shall|won't|(?:is|are)\s{1,3}to|going\s{1,3}to)\b|'ll\b", regex.I)


def _clause_around(ctx: Context, start: int, end: int) -> tuple[str, str]:
    """The text of the mention's clause before ``start`` and after ``end`` (within the tense window)."""
    s0, s1 = ctx.sentence_of(start)
    left = ctx.text[max(s0, start - P.TENSE_WINDOW):start]
    lb = list(_CLAUSE_BREAK.finditer(left))
    right = ctx.text[end:min(s1, end + P.TENSE_WINDOW)]
    rb = _CLAUSE_BREAK.search(right)
    return (left[lb[-1].end():] if lb else left), (right[: rb.start()] if rb else right)


def _says_will(ctx: Context, start: int, end: int) -> bool:
    """The clause around a mention says the future outright ("will", "is to"; not "would", "expected")."""
    return any(_WILL.search(chunk) for chunk in _clause_around(ctx, start, end))


# ----------------------------------------------------------------------------------------------


class Resolver:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        a = ctx.anchor
        self.adate: date | None = a.date if a.resolved else None
        self.ref: Reference | None = None  # last date mentioned (day grain or coarser)
        self.day_refs: list[tuple[int, date]] = []  # (pos, day) of every day-level mention
        self.forced_day: tuple[date, str] | None = None  # the day a time takes from the date right after it
        self.forced_for_equivalent: tuple[date, str] | None = None
        self.quarter_ref: Reference | None = None  # the last quarter the text named
        self.month_ref: Reference | None = None  # the last month the text named
        self.periods: dict[int, Period] = {}  # each resolved mention's period, by its start (for reference_value)
        self.spans: dict[int, tuple[datetime, datetime]] = {}  # each day-level mention's civil bounds, narrowed
        self.span_zones: dict[int, str | None] = {}  # ... and the zone they are civil in
        self.last_clock: datetime | None = None  # the last clock time resolved
        # the clock the sentence set: (sentence start, zone key) of the last clock time whose zone the text gave
        # ("Voting begins at 7 a.m. (0230 GMT) Saturday and ends at 4 p.m.": 4 p.m. is on the same clock)
        self.sentence_clock: tuple[int, str] | None = None
        # the last clock time the text gave, as an instant, equivalents included: (start, end, instant)
        self.clock_trail: tuple[int, int, datetime] | None = None
        self._story: tuple[str] | None = None  # the zone of the lead's place ("" for none), once read

    # -- public -------------------------------------------------------------------------------
    def resolve_all(self, cands: list[Candidate]) -> list[Mention]:
        mentions: list[Mention] = []
        index_of: dict[int, int] = {}
        early: dict[int, Mention | None] = {}
        dated: set[int] = set()  # time candidates that took their day from the date right after them
        for i, c in enumerate(cands):
            if i in early:
                m = early.pop(i)
            else:
                nxt = cands[i + 1] if i + 1 < len(cands) else None
                # "noon Kyiv time (0900 GMT) on Tuesday": the day after the equivalent dates both
                nxt_i = i + 1
                range_start = coordinated = False
                if (nxt is not None and nxt.equivalent_of == i and i + 2 < len(cands)
                        and "(" in self.ctx.text[c.end:nxt.start]  # (not "0100 GMT, which was 8pm on Wednesday")
                        and _time_then_day(self.ctx.text, nxt, cands[i + 2])):
                    nxt, nxt_i = cands[i + 2], i + 2
                    day_text_ok = True
                elif (nxt is not None and i + 2 < len(cands) and c.spec.kind == "time" and not c.spec.has_date
                      and _RANGE_JOIN.fullmatch(self.ctx.text, c.end, nxt.start) is not None
                      and _time_then_day(self.ctx.text, nxt, cands[i + 2])):
                    # "between 2 and 4 p.m. on Sunday": both ends are on Sunday
                    nxt, nxt_i = cands[i + 2], i + 2
                    day_text_ok = range_start = True
                elif (nxt is not None and c.spec.kind == "time" and c.spec.hour is not None and not c.spec.has_date
                      and nxt.spec.kind == "time" and nxt.spec.hour is not None and nxt.spec.has_date
                      and _RANGE_JOIN.fullmatch(self.ctx.text, c.end, nxt.start) is not None
                      and _RANGE_OPEN.search(self.ctx.text, max(0, c.start - 12), c.start)):
                    # "between noon and 8 p.m. today": the start is on the end's day (the day before, if the range
                    # runs past midnight: "from 10 p.m. to 6 a.m. Sunday")
                    dm = early[i + 1] if i + 1 in early else self.resolve(nxt, cands)
                    early[i + 1] = dm
                    day_text_ok = False
                    if dm is not None and dm.interval is not None and dm.grain in ("minute", "second", "hour"):
                        st = dm.interval.start
                        d = date(st.year, st.month, st.day)
                        if (c.spec.hour % 24, c.spec.minute or 0) > (nxt.spec.hour % 24, nxt.spec.minute or 0):
                            d -= timedelta(days=1)
                        self.forced_day = (d, f"mention:{nxt.start}")
                        dated.add(i)
                else:
                    day_text_ok = nxt is not None and _time_then_day(self.ctx.text, c, nxt)
                    if not day_text_ok and nxt is not None:
                        # "Polls open at 8 a.m. (0700 GMT) and close at 8 p.m. (1900 GMT) Sunday": both on Sunday
                        d_i = _coordinated_day(self.ctx.text, cands, i)
                        if d_i is not None:
                            nxt, nxt_i, day_text_ok, coordinated = cands[d_i], d_i, True, True
                            range_start = nxt.equivalent_of is None and cands[i + 1].equivalent_of != i
                if nxt is not None and day_text_ok:
                    # "2 p.m. GMT on February 15": the time is on that day (two TIMEX3s, one instant)
                    dm = early[nxt_i] if nxt_i in early else self.resolve(nxt, cands)
                    early[nxt_i] = dm
                    if dm is not None and dm.interval is not None and (dm.grain == "day" or coordinated):
                        st = dm.interval.start
                        fd = date(st.year, st.month, st.day)
                        end_clock = cands[i + 1].spec if nxt_i == i + 2 and range_start else None
                        if (end_clock is not None and c.spec.hour is not None and end_clock.hour is not None
                                and (c.spec.hour == 24
                                     or (c.spec.hour % 24, c.spec.minute or 0) > (end_clock.hour % 24, end_clock.minute or 0))):
                            # "from 23:45 until 04:30 on New Year's Day": the night before ("from midnight to 1am on
                            # Friday": the midnight that begins Friday, the end of Thursday)
                            fd -= timedelta(days=1)
                        self.forced_day = (fd, f"mention:{nxt.start}")
                        dated.add(i)
                        if nxt_i >= i + 2 and not range_start and cands[i + 1].equivalent_of == i:
                            self.forced_for_equivalent = self.forced_day
                            dated.add(i + 1)
                if self.forced_for_equivalent is not None and c.equivalent_of is not None:
                    self.forced_day, self.forced_for_equivalent = self.forced_for_equivalent, None
                if self.forced_day is None and i > 0 and mentions and mentions[-1].start == cands[i - 1].start:
                    self.forced_day = self._overnight_end(cands[i - 1], mentions[-1], c)
                if (self.forced_day is None and c.equivalent_of is not None and c.equivalent_of in index_of
                        and not c.spec.has_date):
                    # "(16:00 GMT)" with no day of its own: first the local side's day (the clocks then settle it)
                    partner = mentions[index_of[c.equivalent_of]]
                    if partner.interval is not None and partner.grain in ("minute", "second", "hour"):
                        st = partner.interval.start
                        self.forced_day = (date(st.year, st.month, st.day), f"mention:{partner.start}")
                m = self.resolve(c, cands)
                self.forced_day = None
            if m is None:
                continue
            if i > 0 and mentions and mentions[-1].start == cands[i - 1].start:
                pair = self._month_range(cands[i - 1], mentions[-1], c, m)
                if pair is not None:
                    mentions[-1], m = pair
            if c.equivalent_of is not None and c.equivalent_of in index_of:
                j = index_of[c.equivalent_of]
                fc = cands[c.equivalent_of]
                first = mentions[j]
                # the side that states no date takes it from the other side's instant, if the clocks agree
                has_a = fc.spec.has_date or c.equivalent_of in dated
                has_b = c.spec.has_date or i in dated
                if not has_b and first.interval is not None:
                    m = self._reday(c, m, first.interval.start) or m
                elif not has_a and has_b and m.interval is not None:
                    first = self._reday(fc, first, m.interval.start) or first
                elif (c.spec.weekday is not None and c.spec.day is None and first.interval is not None
                      and m.interval is not None and m.interval.start != first.interval.start):
                    # "8:50 a.m. Thursday (2350 GMT Wednesday)": the bracket's weekday is the one next to the
                    # other side's day, whatever the clause's tense made of it on its own
                    alt = self._reday(c, m, first.interval.start)
                    if alt is not None and alt.interval is not None and alt.interval.start.weekday() == c.spec.weekday:
                        m = alt
                m, other = self._check_equivalent(first, m, zone_assumed(fc.spec), zone_assumed(c.spec), has_a, has_b)
                mentions[j] = other
                if other.tz_source == "equivalent" and other.tz is not None:
                    self.sentence_clock = (self.ctx.sentence_of(other.start)[0], other.tz)
            index_of[i] = len(mentions)
            mentions.append(m)
            if c.spec.zone is None or c.spec.zone.note != LOCAL_IS_DOCUMENT_ZONE:
                # (not a "local time" read in the document's zone for want of a place: "when it was midnight local
                # time on the atoll" in a New York paper is no instant to go on from)
                self._follow_clock(mentions[index_of[c.equivalent_of]] if c.equivalent_of in index_of else m)
        return mentions

    def _follow_clock(self, m: Mention) -> None:
        """Keep the instant of the last clock time told of a day not after the anchor's (an equivalent: its first side,
        whose day the pair settled), for the clocks that follow it (``_trail_day``)."""
        if (m.type != "TIME" or m.interval is None or m.grain not in ("hour", "minute", "second") or m.tz is None
                or "unresolved" in m.flags or self.adate is None):
            return
        # (a midnight that ends its day is that day's last instant, not the next day's first)
        at = m.interval.start - timedelta(microseconds=1) if m.value.endswith("T24:00") else m.interval.start
        if at.date() <= self.adate:
            self.clock_trail = (m.start, m.end, at)

    def _month_range(self, ca: Candidate, ma: Mention, cb: Candidate, mb: Mention) -> tuple[Mention, Mention] | None:
        """A range of months with no year, "from January to October", "between November and
        February", "the January-October period", whose end came out before its start: the start goes back a year
        when it is not ahead of the anchor ("From January to October, output rose", said in March: both last
        year's), else the end forward ("will run from November to February"). None if nothing needs mending."""
        sa, sb = ca.spec, cb.spec
        if (self.adate is None or ma.interval is None or mb.interval is None or ma.grain != "month" or mb.grain != "month"
                or mb.interval.start >= ma.interval.start):
            return None
        for sp in (sa, sb):
            if sp.kind != "date" or sp.month is None or sp.year is not None or sp.weekday is not None or sp.rel_unit is not None:
                return None
        join = _RANGE_JOIN.fullmatch(self.ctx.text, ca.end, cb.start)
        if join is None or ("and" in join.group().lower() and not _BETWEEN.search(self.ctx.text, max(0, ca.start - 12), ca.start)):
            return None
        start_ahead = ma.interval.start.date() > self.adate
        c, m, years = (cb, mb, 1) if start_ahead else (ca, ma, -1)
        assert m.interval is not None
        st = m.interval.start
        try:
            d = date(st.year + years, st.month, st.day)
        except ValueError:
            return None  # February 29
        base: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text, "rule": m.rule,
                                "explain": m.explain + ("range-order",)}
        refs = (self.ref, self.month_ref)
        moved = self._emit(c, base, Period(d, "month"), m.confidence, m.reference)
        if not start_ahead:
            self.ref, self.month_ref = refs  # the story goes on from the range's end
        return (ma, moved) if start_ahead else (moved, mb)

    def _evening_near(self, pos: int) -> bool:
        """The sentence of ``pos`` or one of the two before it says the evening ("Good evening.", "Tonight on Monday
        Night Football, ... The game begins at nine o'clock eastern")."""
        s0, s1 = self.ctx.sentence_of(pos)
        lo = s0
        for _ in range(2):
            if lo == 0:
                break
            lo = self.ctx.sentence_of(lo - 1)[0]
        # (a broadcast that opens with "Good evening" is in the evening throughout)
        return _EVENING.search(self.ctx.text, lo, s1) is not None or _GOOD_EVENING.search(self.ctx.text, 0, 200) is not None

    def _would_only(self, c: Candidate) -> bool:
        """The clause looks ahead only through "would" (a future told in the past: "said it would ease by 6 p.m.")."""
        return _WOULD.search(_clause_around(self.ctx, c.start, c.end)[0]) is not None and not _says_will(self.ctx, c.start, c.end)

    def _schedule_after(self, start: int, end: int) -> bool:
        """A schedule's present verb in the clause after ``end`` ("Sunday's final starts at 5 p.m.")."""
        return any(w in W.SCHEDULE_VERBS for w in _tense_words(_clause_around(self.ctx, start, end)[1]))

    def _overnight_end(self, pc: Candidate, prev: Mention, c: Candidate) -> tuple[date, str] | None:
        """The day after ``prev``'s, for the end of a clock range that runs past midnight ("a curfew from 10 p.m.
        to 6 a.m."); None if ``c`` is no such end."""
        s, ps = c.spec, pc.spec
        if (s.kind != "time" or s.hour is None or s.has_date or "meridiem-unknown" in s.notes or ps.kind != "time"
                or ps.hour is None or ps.has_date or "meridiem-unknown" in ps.notes or prev.interval is None
                or prev.grain not in ("minute", "second") or c.equivalent_of is not None):
            return None
        text = self.ctx.text
        if not (_OVERNIGHT_JOIN.fullmatch(text, pc.end, c.start) or (
                _RANGE_JOIN.fullmatch(text, pc.end, c.start) and _BETWEEN.search(text, max(0, pc.start - 10), pc.start))):
            return None
        st = prev.interval.start
        if ps.hour == 24:
            # "from midnight to 5 a.m.": the end is on the day the midnight begins
            # (a morning end only: "clocks will go from midnight to 11pm" turns them back to the evening before)
            return (date(st.year, st.month, st.day), f"mention:{pc.start}") if s.hour < 12 else None
        if (s.hour % 24, s.minute or 0) >= (ps.hour % 24, ps.minute or 0):
            return None
        return date(st.year, st.month, st.day) + timedelta(days=1), f"mention:{pc.start}"

    def _reday(self, c: Candidate, m: Mention, instant: datetime) -> Mention | None:
        """``m`` again, on the day its clock time shows ``instant`` in its own zone; None if it shows another time."""
        s = c.spec
        if s.hour is None or m.tz is None:
            return None
        local = instant.astimezone(get_zone(m.tz))
        h = 0 if s.hour == 24 else s.hour
        if (local.hour, local.minute) != (h, s.minute or 0):
            return None
        d = local.date() - timedelta(days=1) if s.hour == 24 else local.date()
        if s.hour == 24:
            per = Period(datetime(d.year, d.month, d.day), "minute", midnight_end=True)
        else:
            per = Period(datetime(d.year, d.month, d.day, s.hour, s.minute or 0, s.second or 0),
                         "second" if s.second is not None else "minute")
        base: dict[str, Any] = {"start": c.start, "end": c.end, "text": m.text, "rule": m.rule, "explain": m.explain + ("equivalent-date",)}
        return self._emit(c, base, per, m.confidence, m.reference)

    def _check_equivalent(self, first: Mention, second: Mention, assumed_a: bool = False,
                          assumed_b: bool = False, dated_a: bool = True, dated_b: bool = True) -> tuple[Mention, Mention]:
        # "10:30 a.m. (0730 GMT)" with no zone for the local side: the bracket tells its offset
        zones = self._known_zones(first.start)
        if first.tz is None and second.tz is not None:
            first = _zone_from_equivalent(first, second, zones, dated_a)
        elif second.tz is None and first.tz is not None:
            second = _zone_from_equivalent(second, first, zones, dated_b)
        elif first.interval and second.interval and not _same_instant(first, second) and assumed_a != assumed_b:
            # the side whose zone was only assumed (the document's) yields to the side the text gave a zone:
            # "the quake struck at 2:46 p.m. local time (0546 GMT)" in a Moscow paper is not Moscow time
            if assumed_a:
                first = _zone_from_equivalent(first, second, zones, dated_a)
            else:
                second = _zone_from_equivalent(second, first, zones, dated_b)
        if first.interval and second.interval and not _same_instant(first, second):
            # "seven o'clock Moscow time, which was noon here in Washington": a clock said with no a.m. or p.m. is
            # the half of the day its equivalent puts it in
            gap = (second.interval.start.astimezone(timezone.utc) - first.interval.start.astimezone(timezone.utc))
            if abs(gap) == timedelta(hours=12):
                if _NO_MERIDIEM.fullmatch(first.text) and not _NO_MERIDIEM.fullmatch(second.text):
                    first = _shift_clock(first, gap)
                elif _NO_MERIDIEM.fullmatch(second.text) and not _NO_MERIDIEM.fullmatch(first.text):
                    second = _shift_clock(second, -gap)
        flags_a, flags_b = list(first.flags), list(second.flags)
        if first.interval and second.interval:
            same = _same_instant(first, second)
            tag = "equivalent-consistent" if same else "equivalent-mismatch"
            flags_a.append(tag)
            flags_b.append(tag)
        return (replace(second, equivalent=first.start, flags=tuple(flags_b)),
                replace(first, equivalent=second.start, flags=tuple(flags_a)))

    def resolve(self, c: Candidate, cands: list[Candidate]) -> Mention | None:
        try:
            return self._resolve(c, cands)
        except NewstimeError:
            raise  # the caller's policy (disambiguate="raise") asked for it
        except (ValueError, OverflowError):
            # a value outside the calendar datetime can represent (year 0, year 10000): say so, never crash
            text = self.ctx.text[c.start:c.end]
            base: dict[str, Any] = {"start": c.start, "end": c.end, "text": text, "rule": c.rule, "explain": c.steps}
            if c.spec.kind == "duration" and not any(n.startswith("dir:") for n in c.spec.notes):
                return None
            m = self._unresolved(c, base)
            return replace(m, flags=m.flags + ("out-of-range",))

    def _resolve(self, c: Candidate, cands: list[Candidate]) -> Mention | None:
        s = c.spec
        text = self.ctx.text[c.start:c.end]
        base: dict[str, Any] = {"start": c.start, "end": c.end, "text": text, "rule": c.rule, "explain": c.steps}
        if s.kind == "ref":
            return Mention(type="DATE", value=s.ref or "PRESENT_REF", mod=s.mod, confidence=P.CONFIDENCE_RELATIVE, **base)
        if s.kind == "set":
            rec = Recurrence(s.set_value or "P1D", s.quant, s.freq, s.unit or ("week" if s.weekday is not None else "day"))
            return Mention(type="SET", value=rec.value, mod=s.mod, recurrence=rec, confidence=P.CONFIDENCE_GIVEN, **base)
        if s.kind == "duration":
            return self._duration(c, base)
        return self._date(c, base)

    # -- durations ----------------------------------------------------------------------------
    def _duration(self, c: Candidate, base: dict[str, Any]) -> Mention | None:
        s = c.spec
        u = s.unit or "day"
        direction = next((n[4:] for n in s.notes if n.startswith("dir:")), None)
        if direction and (s.amount is not None or s.vague):
            return self._shifted(c, base, direction)
        if s.amount is None and not s.vague:
            return None
        dur = Duration(duration_value(s.amount, u), s.amount, u, s.low, s.high)
        mod = s.mod
        if s.low is not None and mod is None:
            mod = "EQUAL_OR_LESS"
        return Mention(type="DURATION", value=dur.value, mod=mod, duration=dur, confidence=P.CONFIDENCE_GIVEN, **base)

    def _shifted(self, c: Candidate, base: dict[str, Any], direction: str) -> Mention | None:
        s = c.spec
        u = s.unit or "day"
        if direction == "from today":
            direction = "from now"  # "a week from today": counted from the anchor's day
        sign = 1 if direction in ("later", "after", "from now", "hence") else -1
        deictic = direction in ("ago", "from now", "hence")
        if s.vague or s.amount is None:
            if not deictic:
                # "a few days later": no day can be named; TimeML marks the length ("a few days", PXD) and
                # leaves "later" out of the extent
                m = _TRAILING_DIRECTION.search(base["text"])
                if m is not None:
                    trimmed = dict(base, end=base["start"] + m.start(), text=base["text"][:m.start()])
                    dur = Duration(duration_value(None, u), None, u)
                    return Mention(type="DURATION", value=dur.value, mod=s.mod, duration=dur,
                                   confidence=P.CONFIDENCE_GIVEN, **trimmed)
            return Mention(type="DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=s.mod,
                           confidence=P.CONFIDENCE_NO_TENSE, **base)
        if u in ("second", "minute", "hour") and not deictic:
            m = _TRAILING_DIRECTION.search(base["text"])
            if m is not None:
                # "just over an hour later", "an hour before, at 10pm": TimeML marks the length (PT1H) and leaves
                # "later" out of the extent, as TimeBank does ("a minute and a half later")
                trimmed = dict(base, end=base["start"] + m.start(), text=base["text"][:m.start()])
                dur = Duration(duration_value(s.amount, u), s.amount, u)
                return Mention(type="DURATION", value=dur.value, mod=s.mod, duration=dur,
                               confidence=P.CONFIDENCE_GIVEN, **trimmed)
        ref_day, reference, conf = self._base_day(c, anaphoric=not deictic, day_unit=u in ("day", "night", "week"))
        n = s.amount * sign
        grain = {"second": "day", "minute": "day", "hour": "day", "night": "day", "day": "day", "week": "day",
                 "fortnight": "day", "weekend": "weekend", "month": "month", "quarter": "quarter", "year": "year",
                 "decade": "decade", "century": "century"}[u]
        if ref_day is None:
            return Mention(type="DATE", value=_unresolved_for_grain(grain), mod=s.mod, confidence=0.0,
                           reference=None, flags=("unresolved",), **base)
        if u in ("second", "minute", "hour") and self.ctx.anchor.datetime is not None and deictic:
            t = self.ctx.anchor.datetime + timedelta(**{u + "s": n})
            per = Period(t.replace(tzinfo=None, second=0, microsecond=0), "minute" if u != "hour" else "hour")
            return self._emit(c, base, per, conf, reference, typ="TIME")
        delta = {"day": relativedelta(days=int(n)), "night": relativedelta(days=int(n)),
                 "week": relativedelta(weeks=int(n)), "fortnight": relativedelta(weeks=2 * int(n)),
                 "month": relativedelta(months=int(n)), "quarter": relativedelta(months=3 * int(n)),
                 "year": relativedelta(years=int(n)), "decade": relativedelta(years=10 * int(n)),
                 "century": relativedelta(years=100 * int(n)), "weekend": relativedelta(weeks=int(n))}.get(u, relativedelta())
        if n != int(n) and u in _FRACTION_STEP:
            # "a year and a half ago": 18 months back, named to the month
            step, finer = _FRACTION_STEP[u]
            delta = relativedelta(**{step: round(n * _FRACTION_PER[u])})
            grain = finer if grain != "day" else "day"
        d = ref_day + delta
        if (deictic and u == "year" and sign < 0 and self._quarter_context(c)
                and (s.amount == 1 or _COMPARED.search(self.ctx.text, max(0, c.start - 60), c.start))):
            # ("since the start of the pandemic two years ago" is an event's year, not a comparison of figures)
            # "profit of $5 million a year ago" after a quarter: the year-ago quarter (earnings convention)
            assert self.quarter_ref is not None
            st = self.quarter_ref.period.start
            per = _period_for(date(st.year, st.month, 1) + relativedelta(years=-int(s.amount)), "quarter")
            return self._emit_aside(c, base, per, P.CONFIDENCE_ANAPHORA, f"mention:{self.quarter_ref.start}")
        if (not deictic and u == "year" and sign < 0 and self.ref is not None
                and self.ref.period.grain in ("year", "day")
                and self._quarter_named_near(c) and _COMPARED.search(self.ctx.text, max(0, c.start - 60), c.start)):
            assert self.quarter_ref is not None
            st = self.quarter_ref.period.start
            if self.ref.period.grain == "day" or self.ref.period.start.year <= st.year - 2:
                # "shrank 0.2 percent in the first quarter ... the longest recession since the euro was launched
                # in 1999 ... fell 1.0 percent from a year earlier", "in its fiscal first quarter, ended Dec. 29, up
                # 29 percent from a year earlier": figures compare with the quarter's year-ago quarter, not with a
                # year of history or a day named last
                per = _period_for(date(st.year, st.month, 1) + relativedelta(years=-int(s.amount)), "quarter")
                return self._emit_aside(c, base, per, P.CONFIDENCE_ANAPHORA, f"mention:{self.quarter_ref.start}")
        if (not deictic and u in ("month", "year") and sign < 0 and self.ref is not None
                and self.ref.period.grain in ("day", "part_of_day", "hour", "minute", "second")
                and self.month_ref is not None and c.start - self.month_ref.pos <= P.ANAPHORA_WINDOW
                and _COMPARED.search(self.ctx.text, max(0, c.start - 60), c.start)):
            # "Consumer prices jumped 0.7 percent in March, the department said today ... Gasoline prices rose 15
            # percent from a month earlier": figures compare with the month reported, not with the day of the report
            st = self.month_ref.period.start
            per = _period_for(date(st.year, st.month, 1) + delta, "month")
            return self._emit_aside(c, base, per, P.CONFIDENCE_ANAPHORA, f"mention:{self.month_ref.start}")
        if not deictic and self.ref is not None and reference and reference.startswith("mention:"):
            # "a year earlier" keeps the granularity of what it is earlier than: a quarter, a month, a day
            rg = self.ref.period.grain
            if rg == "quarter" and u in ("year", "quarter") and self._quarter_context(c):
                assert self.quarter_ref is not None
                st = self.quarter_ref.period.start
                per = _period_for(date(st.year, st.month, 1) + delta, "quarter")
                return self._emit_aside(c, base, per, conf, f"mention:{self.quarter_ref.start}")
            if rg in ("half", "season") and u == "year" and s.amount == 1 and sign < 0:
                # "grew 7 percent in the first half of this year, down from 9.5 percent a year earlier": that half
                per = replace(self.ref.period, start=self.ref.period.start - relativedelta(years=1))
                return self._emit_aside(c, base, per, conf, f"mention:{self.ref.start}")
            if rg == "quarter" and u in ("year", "quarter"):
                grain = "quarter"
            elif rg == "month" and (u == "month" or (u == "year" and s.amount == 1)):
                grain = "month"
            elif rg in ("day", "part_of_day", "hour", "minute", "second") and (
                    u in ("month", "week", "day") or (u == "year" and s.amount == 1)):
                # ("became chancellor in October 1982 and presided over reunification eight years later": 1990, the
                # year; "a year earlier" compares like with like)
                grain = "day"
            elif rg == "year" and u in ("decade", "century"):
                grain = "year"  # "founded in 1998. A decade later": 2008
        if "whole-unit" in s.notes and u in ("week", "month", "quarter", "year"):
            grain = u  # "the week before": that whole week, not the day seven days back
        per = _period_for(d, grain)
        return self._emit(c, base, per, conf, reference)

    def _quarter_context(self, c: Candidate) -> bool:
        """A quarter the text named (not one derived from "a year ago") is the last period mentioned, close by."""
        return (self.ref is not None and self.ref.period.grain == "quarter" and self.quarter_ref is not None
                and c.start - self.quarter_ref.pos <= 2 * P.ANAPHORA_WINDOW)

    def _quarter_named_near(self, c: Candidate) -> bool:
        return self.quarter_ref is not None and c.start - self.quarter_ref.pos <= 2 * P.ANAPHORA_WINDOW

    def _emit_aside(self, c: Candidate, base: dict[str, Any], per: Period, conf: float, reference: str) -> Mention:
        """Emit without making the result the reference: "a year ago" after "the third quarter" stays
        relative to the third quarter, so a second "a year ago" does not go back another year."""
        saved, saved_q, saved_days = self.ref, self.quarter_ref, list(self.day_refs)
        m = self._emit(c, base, per, conf, reference)
        self.ref, self.quarter_ref, self.day_refs = saved, saved_q, saved_days
        return m

    # -- dates and times ----------------------------------------------------------------------
    def _near_day(self, c: Candidate) -> tuple[date, str, float] | None:
        """The last day the text named, if it is near enough to be an antecedent."""
        if self.day_refs and c.start - self.day_refs[-1][0] <= P.ANAPHORA_WINDOW:
            pos, d = self.day_refs[-1]
            return d, f"mention:{pos}", P.CONFIDENCE_ANAPHORA
        return None

    def _base_day(self, c: Candidate, anaphoric: bool, day_unit: bool = False) -> tuple[date | None, str | None, float]:
        if anaphoric and self.ref is not None:
            if day_unit and _GRAIN_SIZE.get(self.ref.period.grain, 0) > _GRAIN_SIZE["week"]:
                # "two days later" counts from the last day the text named, not from "last spring"
                near = self._near_day(c)
                if near is not None:
                    return near
            return self.ref.period.start, f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
        if self.adate is None:
            return None, None, 0.0
        # an anaphor with nothing before it falls back on the anchor, without confidence
        return self.adate, "anchor", P.CONFIDENCE_ANAPHORA_WEAK if anaphoric else P.CONFIDENCE_RELATIVE

    def _date(self, c: Candidate, base: dict[str, Any]) -> Mention | None:
        s = c.spec
        conf = P.CONFIDENCE_GIVEN
        reference: str | None = None
        flags: list[str] = []
        a = self.adate
        per: Period | None = None
        tense = 0

        holiday = next((n[8:] for n in s.notes if n.startswith("holiday:")), None)
        zone_key_ = self.ctx.zone or ""
        if holiday in W.REGIONAL_HOLIDAYS and zone_key_ not in W.REGIONAL_HOLIDAYS[holiday]:
            return self._unresolved(c, base)  # "Independence Day" with no country to say which one
        if holiday is not None:
            year = s.year
            if year is None and s.rel_unit == "year" and s.rel_n is not None and a is not None:
                year = a.year + s.rel_n  # "this Easter Sunday": this year's
            years = (year,) if year is not None else (a.year - 1, a.year, a.year + 1) if a is not None else ()
            try:
                # ("Easter" is the Orthodox one in an Orthodox country's document that speaks of the Orthodox church)
                orthodox = zone_key_ in W.ORTHODOX_EASTER_ZONES and "Orthodox" in self.ctx.text
                known = [_holiday_date(holiday, y, zone_key_, orthodox) for y in years]
            except ValueError:  # a calendar newstime has no table for that year ("the Lunar New Year" of 1950)
                return self._unresolved(c, base)
            if year is not None:
                per = Period(known[0], "day")
            elif a is None:
                return self._unresolved(c, base)
            else:
                # "before Easter": the one the clause's tense points to, else the nearer
                tense = tense_at(self.ctx, c.start, c.end)
                if _CALLED_OFF_BEFORE.search(self.ctx.text, max(0, c.start - 40), c.start):
                    tense = 1  # "Boston moved its Independence Day concert to Thursday": what is moved has not happened
                days = known
                if "eve" in s.notes:  # "on the eve of Election Day": it is the eve that the tense places
                    days = [x - timedelta(days=1) for x in days]
                wd = _HOLIDAY_WEEKDAY.match(self.ctx.text, c.end)
                if wd is not None:
                    # "the Independence Day holiday on Thursday", "Dussehra, which fell on Sunday": the year whose
                    # holiday falls on that weekday, if one does
                    fits = [x for x in days if x.weekday() == W.WEEKDAYS[wd["wd"].lower()]]
                    if len(fits) == 1:
                        days = fits
                        tense = 0
                if tense < 0 and not _BEFORE_HOLIDAY.search(self.ctx.text, max(0, c.start - 14), c.start):
                    d = max(x for x in days if x <= a)
                elif tense > 0 and any(_future_marked(x) for x in _clause_around(self.ctx, c.start, c.end)):
                    d = min(x for x in days if x >= a)
                else:
                    # no tense, or only a present ("Parliament, which is in its Easter recess, will be recalled":
                    # the clause around the holiday has no future of its own), or a past told "before" it ("a final
                    # push for votes on Monday before Election Day"): the nearer
                    d = min(days, key=lambda x: (abs((x - a).days), x > a))
                per, reference = Period(d, "day"), "anchor"
                conf = P.CONFIDENCE_TENSE if tense else P.CONFIDENCE_NO_TENSE
            if "eve" in s.notes and s.year is not None:
                per = Period(per.start - timedelta(days=1), "day")  # "the eve of Christmas 2021"
        elif s.decade is not None:
            per = Period(date(max(1, s.decade * 10), 1, 1), "decade")
        elif s.century is not None:
            per = Period(date(max(1, s.century * 100), 1, 1), "century")
        elif s.rel_unit is not None:
            ref_day, reference, conf = self._relative_base(c)
            if ref_day is None:
                return self._unresolved(c, base)
            told_day = ref_day
            if "the-reported" in s.notes or ("full-year" in s.notes and tense_at(self.ctx, c.start, c.end) < 0):
                # ("For the full year, net income was $7.3 billion" in January: the year just reported)
                ref_day = ref_day - timedelta(days=P.REPORTED_PERIOD_LAG_DAYS)
            rel_n = s.rel_n or 0
            if "the-new-year" in s.notes and ref_day.month <= P.NEW_YEAR_STILL_NEW_MONTHS:
                rel_n = 0  # "in the new year" written in January: the year just begun
            if "the-new-century" in s.notes and ref_day.year % 100 < 50:
                rel_n = 0  # "in the new century" written in 2005: the century begun
            if "overnight" in s.notes and tense_at(self.ctx, c.start, c.end) > 0:
                rel_n = 0  # "temperatures will drop overnight": tonight
            if "midweek" in s.notes and not s.anaphoric:
                # "by midweek" said late in the week (or at the weekend) is next week's; "fell midweek" said on a
                # Monday or Tuesday is last week's
                tense = tense_at(self.ctx, c.start, c.end)
                step = 1 if tense > 0 and ref_day.weekday() >= 3 else -1 if tense < 0 and ref_day.weekday() <= 1 else 0
                per = _relative_period(ref_day, "week", step, False)
            elif s.weekend and not s.anaphoric and (s.rel_n or 0) == 0:
                # "the weekend" by tense, else the nearer; "this weekend" is the coming one, except early in the
                # week in a past clause ("Police arrested 20 people this weekend", written on a Monday)
                tense = tense_at(self.ctx, c.start, c.end)
                if "the-weekend" not in s.notes:
                    tense = -1 if tense < 0 and ref_day.weekday() <= 2 else 1
                per = _place_weekend(ref_day, tense)
            elif (s.rel_unit == "quarter" and s.rel_n == -4 and "the-reported" in s.notes and self.ref is not None
                  and self.ref.period.grain in ("half", "month", "season")
                  and self.ref.pos >= self.ctx.sentence_of(max(0, self.ctx.sentence_of(c.start)[0] - 1))[0]
                  and _SAME_PERIOD.match(self.ctx.text, c.start, c.end) is not None):
                # "grew 7.6 percent in the first half of this year over the same period of last year": the half (or
                # month, or season) just named, a year back
                per = replace(self.ref.period, start=self.ref.period.start - relativedelta(years=1))
                reference = f"mention:{self.ref.start}"
            elif (s.rel_unit == "quarter" and s.rel_n == -4 and "the-reported" in s.notes
                  and self.quarter_ref is None and _SAME_PERIOD.match(self.ctx.text, c.start, c.end) is not None
                  and not _EARNINGS_WORDS.search(self.ctx.text)):
                # "the same period last year" where no quarter is named and no earnings are reported:
                # the period is not known, its year is (the year before the one told, with no report's lag)
                per = _relative_period(told_day, "year", -1, False)
            elif ("year-end" in s.notes and rel_n == 0 and ref_day.month < 12
                  and tense_at(self.ctx, c.start, c.end) < 0):
                # "loans rose to $1.2 billion at year-end", "the change since year-end": a year's end gone by
                per = _relative_period(ref_day, "year", -1, False)
            else:
                per = _relative_period(ref_day, s.rel_unit, rel_n, s.weekend)
            if s.rel_unit == "year" and (s.quarter is not None or "reported-quarter" in s.notes):
                q = s.quarter
                if q is None:  # "last year's quarter": the quarter being reported, a year back
                    rd = ref_day - timedelta(days=P.REPORTED_PERIOD_LAG_DAYS)
                    q = (rd.month - 1) // 3 + 1
                per = Period(date(per.start.year, 3 * q - 2, 1), "quarter", index=f"Q{q}")
            elif s.rel_unit == "year" and s.half is not None:  # "the first half of next year"
                per = Period(date(per.start.year, 6 * s.half - 5, 1), "half", index=f"H{s.half}")
            elif s.rel_unit == "year" and s.season is not None:  # "next spring": next year's spring
                season = _absolute_period(s.with_(year=per.start.year, rel_unit=None, rel_n=None))
                if season is None:
                    return None
                per = season
            elif s.rel_unit == "year" and s.month is not None and s.day is not None:  # "March 30 last year"
                try:
                    per = Period(date(per.start.year, s.month, s.day), "day")
                except ValueError:
                    return None
            elif s.rel_unit == "year" and s.month is not None:
                per = Period(date(per.start.year, s.month, 1), "month")
            elif ("year-ago" in s.notes or (  # "net of $5 million, compared with $3 million last year"
                    s.rel_unit == "year" and s.rel_n == -1 and not s.anaphoric and s.boundary is None and s.mod is None
                    and _COMPARED.search(self.ctx.text, max(0, c.start - 60), c.start))) and self._quarter_context(c):
                assert self.quarter_ref is not None
                st = self.quarter_ref.period.start
                per = _period_for(date(st.year - 1, st.month, 1), "quarter")
                reference, conf = f"mention:{self.quarter_ref.start}", P.CONFIDENCE_ANAPHORA
                return self._emit_aside(c, base, per, conf, reference)
            if s.anaphoric and self.ref is not None:
                conf, flags = self._anaphora_confidence(c, per, flags)
        elif s.year is not None and "period-of-year" in s.notes and self._quarter_named_near(c):
            # "In the 1988 period" after "the third quarter": that quarter of 1988 (earnings convention)
            assert self.quarter_ref is not None
            qs = self.quarter_ref.period.start
            per = _period_for(date(s.year, qs.month, 1), "quarter")
            conf, reference = P.CONFIDENCE_ANAPHORA, f"mention:{self.quarter_ref.start}"
        elif s.year is not None:
            if "date-order-ambiguous" in s.notes:
                # "3/4/2022": March 4 in the US, April 3 almost everywhere else; the document's zone decides
                zone = self.ctx.zone or ""
                if zone and zone not in Z.MONTH_FIRST_ZONES:
                    s = s.with_(month=s.day, day=s.month)
                    flags.append("date-order-day-first")
                else:
                    flags.append("date-order-month-first")
                conf = min(conf, P.CONFIDENCE_DATE_ORDER_REGION if zone else P.CONFIDENCE_DATE_ORDER_UNKNOWN)
            per = _absolute_period(s)
            if per is None:
                return None
        elif s.day is not None and s.month is None:
            # "on the 15th": this month's, or the one before or after, by tense
            if a is None:
                return self._unresolved(c, base)
            tense = tense_at(self.ctx, c.start, c.end)
            per = _place_day_of_month(a, s.day, tense)
            if per is None:
                return None
            conf, reference = (P.CONFIDENCE_TENSE if tense else P.CONFIDENCE_NO_TENSE), "anchor"
        elif (s.anaphoric and s.year is None and s.day is None and (s.month is not None or s.season is not None)
              and self.ref is not None and self.ref.period.grain not in ("decade", "century")):
            # "that autumn", "the same March": in the year of the period just told
            per = _absolute_period(s.with_(year=self.ref.period.start.year))
            if per is None:
                return None
            reference, conf = f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
        elif (s.month is not None and s.day is not None and s.year is None and s.direction is None and self.ref is not None
              and self.ref.period.grain == "year" and _YEAR_ONLY.fullmatch(self.ctx.text, self.ref.start, self.ref.pos)
              and self.ref.start >= self.ctx.sentence_of(c.start)[0] and c.start - self.ref.pos <= 80
              and _CLAUSE_OPENING_YEAR.search(self.ctx.text, max(0, self.ctx.sentence_of(c.start)[0] - 2, self.ref.start - 12), self.ref.start)
              and not _REPORTED_ON.search(self.ctx.text, max(0, c.start - 24), c.start)):
            # "in 2014 the ceremony was held on May 26": the year the sentence set
            per = _absolute_period(s.with_(year=self.ref.period.start.year))
            if per is None:
                return None
            reference, conf = f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
        elif s.month is not None or s.season is not None or s.quarter is not None or s.half is not None:
            if a is None:
                return self._unresolved(c, base)
            ended = _quarter_ended(self.ctx.text, c.end, s, a)
            if ended is not None:
                # "its fiscal fourth quarter, ended June 30": labelled with the year of the day it ended
                return self._emit(c, base, ended, P.CONFIDENCE_TENSE, "anchor")
            tense = s.direction if s.direction is not None else tense_at(self.ctx, c.start, c.end)
            if "holiday-fixed" in s.notes and _CALLED_OFF_BEFORE.search(self.ctx.text, max(0, c.start - 40), c.start):
                tense = 1  # "to postpone the Christmas Day market": what is put off has not happened
            if s.month is not None and s.day is None and s.year is None and _DELIVERY.match(self.ctx.text, c.end):
                tense = 1  # "crude for October delivery", "the March contract": a futures month, this one or ahead
            since = _SINCE.match(self.ctx.text, max(0, c.start - 8), c.start) is not None
            if since and s.direction is None:
                tense = -1  # "bonds due in 2023 rose to their highest since January": what a "since" counts from is past
            # "was signed Jan. 30": the event's own past verb right before the date rules out the near future
            since = since or (tense < 0 and _past_event_verb_before(self.ctx.text, c.start))
            # "will be reviewed in December" written in January: the coming December, not the one just past
            since = since or (tense > 0 and s.day is None and _IN_BEFORE.match(self.ctx.text, max(0, c.start - 10), c.start) is not None)
            since = since or (tense > 0 and s.half is not None and _MODAL_NEXT.match(self.ctx.text, c.end) is not None)
            ahead = tense > 0 and s.day is not None and _says_will(self.ctx, c.start, c.end)
            per = _place_in_year(s, a, tense, s.direction is not None, since, ahead)
            conf = P.CONFIDENCE_TENSE if tense or s.direction is not None else P.CONFIDENCE_NO_TENSE
            reference = "anchor"
            if per is None:
                return None
        elif s.weekday is not None and "non-specific" in s.notes:
            m = self._unresolved(c, base)
            return replace(m, flags=("non-specific",), confidence=P.CONFIDENCE_GIVEN)
        elif s.weekday is not None:
            if s.anaphoric and self.ref is not None:
                rd = self.ref.period.start
                rdd = date(rd.year, rd.month, rd.day)
                d = _weekday_from(rdd, s.weekday, s.direction if s.direction else 1, strict=True)
                per, reference, conf = Period(d, "day"), f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
            elif (week := _week_named(s, self.ctx.text, c.end)) is not None:
                if a is None:
                    return self._unresolved(c, base)
                # "Wednesday of next week"; "on Tuesday and Wednesday of next week": the week the pair is in
                d = a - timedelta(days=a.weekday()) + timedelta(weeks=week, days=s.weekday)
                per, reference, conf = Period(d, "day"), "anchor", P.CONFIDENCE_TENSE
            else:
                if a is None:
                    return self._unresolved(c, base)
                tense = s.direction if s.direction is not None else tense_at(self.ctx, c.start, c.end)
                if (tense >= 0 and s.direction is None and _POSSESSIVE.match(self.ctx.text, c.end)
                        and not _explicit_future(self.ctx, c.start, c.end, right_only=True)
                        and not self._schedule_after(c.start, c.end)
                        and not _foreseen(self.ctx.text, max(0, c.start - 90), c.start, c.end)):
                    tense = -1  # "Friday's purchases", "Monday's attack": a possessive weekday names what happened
                if (s.direction is None and _POSSESSIVE.match(self.ctx.text, c.end)
                        and _CALLED_OFF_BEFORE.search(self.ctx.text, max(0, c.start - 24), c.start)):
                    tense = 1  # "The NFL moved Sunday's game to Detroit": what is moved or called off has not happened
                if s.direction is None and _AHEAD_OF.search(self.ctx.text, max(0, c.start - 16), c.start):
                    tense = 1  # "a televised debate on Monday ahead of Sunday's run-off": what is still to come
                elif s.direction is None and _DECLARED_DAY.match(self.ctx.text, c.end):
                    tense = 1  # "declared Monday a national day of mourning": a day set aside is one to come
                elif tense > 0 and s.direction is None and _past_until(self.ctx, c.start):
                    tense = -1  # "traded proposals until shortly before midnight on Monday": the day the past went on to
                d = _place_weekday(a, s.weekday, tense, s.direction is not None)
                if s.direction == 0:
                    # "this Friday": this week's, unless the clause's tense says the coming or the past one
                    t = tense_at(self.ctx, c.start, c.end)
                    if d < a and t > 0:
                        d += timedelta(days=7)
                    elif d > a and t < 0:
                        d -= timedelta(days=7)
                reference = "anchor"
                conf = P.CONFIDENCE_TENSE if (tense or d == a) else P.CONFIDENCE_NO_TENSE
                if s.direction is None and self.day_refs:
                    pos, d0 = self.day_refs[-1]
                    joint = _COORDINATED_DAY.fullmatch(self.ctx.text, pos, c.start)
                    if joint is not None and "," in joint.group() and _SUBJECT_DAY.match(self.ctx.text, c.end):
                        joint = None  # "for three days from Wednesday, and Sunday has been declared a day of prayer": a clause of its own
                    # the pair shares the first day's verb: "will meet on Monday and Tuesday to finish ..."
                    t0 = tense_at(self.ctx, pos, joint.start("w")) if joint is not None else 0
                    if joint is not None and (t0 >= 0 or joint["w"].lower() not in ("and", "or") or (d0 == a and d < d0 and (s.weekday - d0.weekday()) % 7 <= 3)):
                        # "on Monday and Tuesday", "from Friday to Monday": the second day follows the first; in
                        # the past too when the first is the anchor's day ("flights were cancelled for Monday and
                        # Tuesday", said on Monday: no Tuesday of that week has passed; "statements made Friday and
                        # Thursday" are out of order, and both past)
                        d = d0 + timedelta(days=(s.weekday - d0.weekday()) % 7 or 7)
                        reference, conf = f"mention:{pos}", P.CONFIDENCE_TENSE
                    elif ((hw := _HOLIDAY_WEEKDAY.match(self.ctx.text, self.ref.pos if self.ref is not None else 0))
                          and hw.start("wd") == c.start and self.ref is not None and self.ref.period.grain == "day"
                          and self.ref.period.start.weekday() == s.weekday):
                        # "the Independence Day holiday on Thursday": the holiday's day
                        st = self.ref.period.start
                        d = date(st.year, st.month, st.day)
                        reference, conf = f"mention:{self.ref.start}", P.CONFIDENCE_TENSE
                    elif _PURPOSE_DAY.fullmatch(self.ctx.text, pos, c.start) and (s.weekday - d0.weekday()) % 7 <= 3:
                        # "arrived in Kabul on Monday for a one-day conference on Tuesday": what they came for
                        # follows their coming, within days
                        d = d0 + timedelta(days=(s.weekday - d0.weekday()) % 7)
                        reference, conf = f"mention:{pos}", P.CONFIDENCE_TENSE
                    elif (not tense and d0 > a and self._whole_day(pos) and 0 < c.start - pos <= 90
                          and _LOOSE_JOIN.fullmatch(self.ctx.text, pos, c.start)):
                        # "with Madrid auctioning bonds on Thursday and Rome returning to the market on Friday": a
                        # clause joined to one about a coming day, with no tense of its own, goes on from it
                        d = d0 + timedelta(days=(s.weekday - d0.weekday()) % 7 or 7)
                        reference, conf = f"mention:{pos}", P.CONFIDENCE_TENSE
                per = Period(d, "day")
        elif s.has_time:
            tday, reference, conf = self._time_day(c)
            if tday is None:
                return self._unresolved(c, base)
            per = Period(tday, "day")
        else:
            return None

        # time of day
        if s.has_time:
            if per.grain != "day":
                # a time with a coarser period ("this week ... evening"): keep the period, drop the time;
                # with a finer or stranger one there is nothing sensible to say
                if per.grain not in ("week", "weekend", "month", "year"):
                    return None
            else:
                d0 = per.start
                if s.hour is not None:
                    if s.hour == 24:
                        per = Period(datetime(d0.year, d0.month, d0.day), "minute", midnight_end=True)
                    else:
                        grain = "second" if s.second is not None else "minute"
                        per = Period(datetime(d0.year, d0.month, d0.day, s.hour, s.minute or 0, s.second or 0), grain)
                else:
                    per = Period(d0, "part_of_day", pod=s.pod)
        return self._emit(c, base, per, conf, reference, flags=flags, tense=tense)

    def _relative_base(self, c: Candidate) -> tuple[date | None, str | None, float]:
        s = c.spec
        if (s.anaphoric and s.rel_unit == "day" and (s.rel_n or 0) == 0 and self.day_refs
                and c.start - self.day_refs[-1][0] <= P.ANAPHORA_WINDOW):
            pos, d = self._event_day(c)  # "starting April 5, the governor announced Friday. Appointments open that day"
            if self.adate is not None and d < self.adate:
                ahead = self._day_ahead(c, tense_at(self.ctx, c.start, c.end))
                if ahead is not None:
                    return ahead[1], f"mention:{ahead[0]}", P.CONFIDENCE_ANAPHORA_WEAK
            return d, f"mention:{pos}", P.CONFIDENCE_ANAPHORA
        if s.anaphoric:
            unit = s.rel_unit or "day"
            if self.ref is not None and _GRAIN_SIZE.get(unit, 0) < _GRAIN_SIZE.get(self.ref.period.grain, 0):
                # "that day", "the next day", "that week" after "in 1987": the last day named, if near;
                # else no such day or week is known
                return self._near_day(c) or (None, None, 0.0)
            if self.ref is not None:
                st = self.ref.period.start
                return date(st.year, st.month, st.day), f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
            if self.adate is None:
                return None, None, 0.0
            return self.adate, "anchor", P.CONFIDENCE_ANAPHORA_WEAK
        if ("the-month" in s.notes and self.month_ref is not None and c.start - self.month_ref.pos <= P.ANAPHORA_WINDOW
                and self.adate is not None and self.month_ref.period.civil_bounds()[1].date() <= self.adate
                and tense_at(self.ctx, c.start, c.end) <= 0):
            # "Shoppers spent less in December ... sales for the month fell": a month over, just named, reported on
            # (but "cuts began in January and will be finished by the end of the month", or "may not return until
            # February ... a decision is expected by the end of the month", is the month now)
            st = self.month_ref.period.start
            return date(st.year, st.month, 1), f"mention:{self.month_ref.start}", P.CONFIDENCE_ANAPHORA
        if (s.deictic_day and s.rel_unit == "day") or (s.rel_unit == "week" and s.rel_n == 1 and not s.weekend):
            # '"We will meet next week," he said on Friday': next from the Friday it was said ("last week" is left
            # to the anchor: said on a Sunday, it is read both ways)
            sp = self._speech_day(c)
            if sp is not None:
                quoted = self.ctx.quote_at(c.start) is not None
                return sp[0], sp[1], P.CONFIDENCE_SPEECH if quoted else P.CONFIDENCE_INDIRECT_SPEECH
        if self.adate is None:
            return None, None, 0.0
        return self.adate, "anchor", P.CONFIDENCE_RELATIVE

    def _anaphora_confidence(self, c: Candidate, per: Period, flags: list[str]) -> tuple[float, list[str]]:
        conf = P.CONFIDENCE_ANAPHORA
        assert self.ref is not None
        if c.start - self.ref.pos > P.ANAPHORA_WINDOW:
            conf = P.CONFIDENCE_ANAPHORA_WEAK
            flags.append("far-antecedent")
        if self.adate is not None:
            t = tense_at(self.ctx, c.start, c.end)
            lo, hi = per.civil_bounds()
            a0 = datetime(self.adate.year, self.adate.month, self.adate.day)
            if (t < 0 and lo > a0) or (t > 0 and hi <= a0):
                conf = P.CONFIDENCE_ANAPHORA_WEAK
                flags.append("tense-conflict")
        return conf, flags

    def _speech_day(self, c: Candidate) -> tuple[date, str] | None:
        """For a deictic word inside a quotation: the day the speech was reported as said, if stated."""
        q = self.ctx.quote_at(c.start)
        if q is None:
            return self._indirect_speech_day(c)
        # attribution: after the closing quote to the end of its sentence, or before the opening quote
        regions = [(q[1], min(len(self.ctx.text), q[1] + 200))]
        st0, _ = self.ctx.sentence_of(q[0])
        regions.append((max(st0, q[0] - 200), q[0]))
        text = self.ctx.text
        for lo, hi in regions:
            if lo == q[1] and text[max(0, q[1] - 3):q[1]].rstrip("'\"\u2019\u201d")[-1:] in (".", "!", "?") \
                    and _match(r"\s{0,3}(?-i:[A-Z])", text[q[1]:q[1] + 4]):
                continue  # "... tomorrow.' Negotiators met on Tuesday": a new sentence, no attribution
            chunk = text[lo:hi]
            end_s = _SENT_END.search(chunk) if lo == q[1] else None
            if end_s is not None:
                chunk = chunk[: end_s.start()]
            if not _SPEECH_VERB.search(chunk):
                continue
            m = _search(r"\b(?:on\s{1,3})?(" + "|".join(k for k in W.WEEKDAYS if k.endswith("day")) + r")\b", chunk, regex.I)
            if m and self.adate is not None:
                wd = W.WEEKDAYS[m.group(1).lower()]
                d = _place_weekday(self.adate, wd, -1, False)
                return d, f"speech:{lo + m.start(1)}"
        return None

    def _indirect_speech_day(self, c: Candidate) -> tuple[date, str] | None:
        """"He said on Friday that talks would continue tomorrow": reported speech without quotes."""
        s0, _ = self.ctx.sentence_of(c.start)
        lo = max(s0, c.start - 160)
        m = _INDIRECT.search(self.ctx.text, lo, c.start)
        if m is None or self.adate is None:
            return None
        wd = W.WEEKDAYS[m.group("wd").lower()]
        return _place_weekday(self.adate, wd, -1, False), f"speech:{m.start('wd')}"

    def _event_day(self, c: Candidate) -> tuple[int, date]:
        """The last day named before ``c`` (there must be one), but not the day of a report when a day was named
        just before it: in "will hold a session on Sunday, the office said on Thursday. The session opens at
        11 a.m." the session is on Sunday."""
        pos, d = self.day_refs[-1]
        s0, _ = self.ctx.sentence_of(c.start)
        p0, _ = self.ctx.sentence_of(max(0, s0 - 1))
        if (len(self.day_refs) > 1 and self.day_refs[-2][0] >= p0 and _REPORTED_ON.search(self.ctx.text, max(0, pos - 24), pos)
                and not (pos >= s0 and self.day_refs[-2][0] < s0)):
            # (but "City authorities said Thursday that a curfew would be in force from 8 p.m.": the report's day is
            # in the clock's own sentence, the other day in the one before)
            pos, d = self.day_refs[-2]
        elif pos < s0 and self.adate is not None and abs((d - self.adate).days) > P.EVENT_DAY_HISTORY_DAYS:
            # "Stocks plunged Friday afternoon, the biggest drop since Black Monday in 1987. The sell-off began at
            # 2:30 p.m.": a day of history named in passing is not the day the story goes on telling; the day before
            # it is, if any ("closed at a record high Tuesday ... its previous high, set on Oct. 9, 2007. The index
            # crossed that level ... at 9:30 a.m.": too far back to date the clock, which then takes the anchor's)
            adate = self.adate
            pos, d = next(((p, x) for p, x in reversed(self.day_refs[:-1])
                           if abs((x - adate).days) <= P.EVENT_DAY_HISTORY_DAYS), (pos, d))
        return pos, d

    def _day_ahead(self, c: Candidate, tense: int) -> tuple[int, date] | None:
        """In a clause that looks ahead (``tense`` > 0), the nearest day ahead of the anchor named before ``c``
        (within the anaphora window), for when the last day named is past: "The marathon starts on Sunday ...
        runners arrived three weeks ago ... The closing ceremony begins at 8 p.m. the same evening"."""
        if self.adate is None or tense <= 0:
            return None
        adate = self.adate
        text = self.ctx.text
        # (a day given as one of two is no antecedent: "could make landfall late Tuesday or early Wednesday ... A
        # curfew will be in force from 8 p.m." is not Wednesday's 8 p.m.)
        # (a day named, not the day a clock fell on: "a curfew would run from 8 p.m. to 7 a.m. ... The next train was due
        # to leave at 15:40" is no train of the morning after)
        return next(((p, d) for p, d in reversed(self.day_refs) if c.start - p <= P.ANAPHORA_WINDOW and d > adate
                     and not _OR_BEFORE.search(text, max(0, p - 6), p) and not self._clock_at(p)), None)

    def _standing_hours(self, c: Candidate) -> bool:
        """``c`` is a clock of the hours a curfew (or the like) keeps, in a clause that tells them as standing: present
        or future, or after a verb that sets them ("imposed", "declared", "extended")."""
        text = self.ctx.text
        m = _STANDING_HOURS.search(text, max(0, c.start - 64), c.start)
        if m is None:
            return False
        s0, _ = self.ctx.sentence_of(c.start)
        if _SETS_HOURS.search(text, max(s0, m.start() - 80), m.start()) or _IN_FORCE_AFTER.match(text, c.end):
            return True
        return tense_at(self.ctx, c.start, c.end) >= 0 and not _WEEKDAY_BEFORE.search(text, max(s0, m.start() - 80), m.start())

    def _trail_day(self, c: Candidate) -> tuple[date, str, float] | None:
        """The day on ``c``'s own clock of the last clock time told (within the anaphora window), if ``c`` comes later
        on that day: "12:04 a.m. on Tuesday. In London, where it was 5 p.m. on Monday ... at 12:45 a.m." is Tuesday's
        12:45 in Hong Kong."""
        s = c.spec
        tr = self.clock_trail
        if (tr is None or s.hour is None or s.has_date or c.start - tr[1] > P.ANAPHORA_WINDOW
                or self.adate is None or tense_at(self.ctx, c.start, c.end) > 0):
            return None
        key = self._zone_for(s, datetime(2000, 1, 1, 12), c.start)[0]
        if not key:
            return None
        wall = tr[2].astimezone(get_zone(key))
        if abs((wall.date() - self.adate).days) > P.LEAD_DAY_DAYS:
            return None
        if s.hour == 24:
            # the first midnight at or after it: the end of the day it is on ("midnight" after 00:00 is that instant)
            wall -= timedelta(microseconds=1)
        elif (s.hour, s.minute or 0) < (wall.hour, wall.minute):
            return None  # earlier on the dial: the next day, or a flashback
        return date(wall.year, wall.month, wall.day), f"mention:{tr[0]}", P.CONFIDENCE_ANAPHORA

    def _lead_day(self, c: Candidate, tense: int) -> tuple[int, date] | None:
        """In a past clause, a clock time with no day near it is on the day the story's lead told, if that was a
        past day of the last week: "after a jury acquitted him Tuesday ... The verdicts were read at 10 a.m." """
        if self.adate is None or tense >= 0 or c.spec.hour is None:
            return None
        _, lead_end = self.ctx.sentence_of(0)
        adate = self.adate
        # (the first past day the lead names: not the dateline's date, which is the anchor's; a whole day, not a
        # part of one: "The rouble suffered its biggest fall on Tuesday ... despite a rate rise overnight")
        return next(((p, d) for p, d in self.day_refs if p < lead_end and 0 < (adate - d).days <= P.LEAD_DAY_DAYS
                     and self._within_day(p)), None)

    @staticmethod
    def _year_back(c: Candidate) -> bool:
        """``c`` names a period a year before the one reported ("a year earlier", "the year-ago quarter")."""
        s = c.spec
        return c.rule == "year_earlier" or (s.kind == "duration" and s.unit == "year" and s.amount == 1
                                            and any(n in ("dir:ago", "dir:earlier") for n in s.notes))

    def _bound(self, pos: int, day: date) -> bool:
        """The day at ``pos`` is named as a bound of what the sentence tells ("began before Christmas"), not as its day."""
        text = self.ctx.text
        if _BOUND_DAY.search(text, max(0, pos - 12), pos):
            return True
        b = _BOUND_PHRASE.search(text, max(0, pos - 48), pos)
        if b is not None and (b["w"].lower() != "after" or self.adate is None or abs((day - self.adate).days) > P.LEAD_DAY_DAYS):
            return True
        # "surrounding the university on Monday morning, where a siege began on Nov. 17": the past of a place or thing
        # told in a relative clause is background, not the day the story goes on in
        d = day.date() if isinstance(day, datetime) else day
        return (self.adate is not None and (self.adate - d).days > P.LEAD_DAY_DAYS
                and _RELATIVE_PAST.search(text, max(0, pos - 48), pos) is not None)

    def _within_day(self, pos: int) -> bool:
        """The mention at ``pos`` is a day, or a part of one that does not run into the next ("yesterday
        afternoon", not "overnight" or "Tuesday night")."""
        span = self.spans.get(pos)
        if span is None or span[1] - span[0] >= timedelta(days=1):
            return True
        return span[0].date() == (span[1] - timedelta(microseconds=1)).date()

    def _clock_at(self, pos: int) -> bool:
        """The mention at ``pos`` is a clock time (a minute or an hour), not a day or a part of one."""
        span = self.spans.get(pos)
        return span is not None and span[1] - span[0] <= timedelta(hours=1)

    def _whole_day(self, pos: int) -> bool:
        """The day mentioned at ``pos`` was named whole ("on Saturday"), not a part of it ("overnight")."""
        span = self.spans.get(pos)
        return span is None or span[1] - span[0] >= timedelta(days=1)

    def _span(self, pos: int, key: str | None) -> tuple[datetime, datetime] | None:
        """The civil bounds of the part of a day at ``pos``, on the dial of the zone ``key`` ("Monday night" in a
        Sydney paper, read for a clock in BST, is Monday's late morning and afternoon in London)."""
        span = self.spans.get(pos)
        zone = self.span_zones.get(pos)
        if span is None or not key or not zone or key == zone or span[1] - span[0] >= timedelta(days=1):
            return span
        lo, hi = (localize(x, zone, "compatible")[0].astimezone(get_zone(key)).replace(tzinfo=None) for x in span)
        return lo, hi

    def _holds(self, pos: int, hour: int, minute: int, default: bool, key: str | None = None) -> bool:
        """The mention at ``pos`` is a part of a day ("Wednesday evening", "early Thursday") that holds the
        clock time ``hour:minute`` (on the dial of ``key``); ``default`` if it is a whole day or more (or not known)."""
        span = self._span(pos, key)
        if span is None or span[1] - span[0] >= timedelta(days=1):
            return default
        lo, hi = span
        return lo <= datetime(lo.year, lo.month, lo.day, hour % 24, minute) < hi

    def _before_part(self, pos: int, hour: int, minute: int, key: str | None = None) -> bool:
        """The mention at ``pos`` is a part of a day that begins after the clock time ``hour:minute`` on that day
        ("Sunday evening" and 1 p.m.), on the dial of ``key``."""
        span = self._span(pos, key)
        if span is None or not timedelta(hours=3) <= span[1] - span[0] < timedelta(days=1):
            return False  # a whole day, or a clock time (not a part of a day)
        lo = span[0]
        # (with a margin: "Wednesday night's debate began at 7 p.m." is that night, though "night" starts at 21:00)
        return datetime(lo.year, lo.month, lo.day, hour % 24, minute) < lo - timedelta(hours=P.PART_OF_DAY_SLACK_HOURS)

    def _time_day(self, c: Candidate) -> tuple[date | None, str | None, float]:
        """The day a bare clock time or part of day belongs to."""
        s = c.spec
        if self.forced_day is not None:
            return self.forced_day[0], self.forced_day[1], P.CONFIDENCE_TENSE
        if s.anaphoric and self.ref is not None:
            st = self.ref.period.start
            return date(st.year, st.month, st.day), f"mention:{self.ref.start}", P.CONFIDENCE_ANAPHORA
        if self.day_refs and _SESSION_AFTER.match(self.ctx.text, c.end):
            # "fell 3.7 percent by the 4:30 p.m. close": the trading session the report is about, the lead's day
            pos, d = self.day_refs[0]
            if self.adate is None or d <= self.adate:
                return d, f"mention:{pos}", P.CONFIDENCE_ANAPHORA
        if self.adate is not None and s.hour is not None and self._standing_hours(c):
            # "imposed a month-long curfew from 7pm to 6am", "a night curfew from 7 pm to 7 am remains in force": hours
            # that stand, told as they are kept now, not as the day they were set
            return self.adate, "anchor", P.CONFIDENCE_RELATIVE
        trail = self._trail_day(c)
        # a day mentioned earlier in the same or the previous sentence, if the clause's tense agrees
        if self.day_refs:
            s0, _ = self.ctx.sentence_of(c.start)
            p0, _ = self.ctx.sentence_of(max(0, s0 - 1))
            pos, d = self._event_day(c)
            if trail is not None and self.clock_trail is not None and pos <= self.clock_trail[1] + 24:
                # "at about 8:20 p.m. local time, which was 10:20 a.m. on Wednesday in Tokyo. ... Hashimoto was told at
                # 11 a.m.": the day named last was a clock's, and the story's clocks go on from that instant on this
                # clock's own dial
                return trail
            key = self._zone_for(s, datetime(2000, 1, 1, 12), c.start)[0] if s.hour is not None else None
            if s.hour is not None and not self._holds(pos, s.hour, s.minute or 0, True, key):
                # "between Wednesday evening and early Thursday ... a warning at 6:42 p.m.": the day whose part
                # holds the clock time, if the last one named is a part of a day that does not
                hour, minute = s.hour, s.minute or 0
                held = next(((p, x) for p, x in reversed(self.day_refs) if p >= p0 and p != pos
                             and self._holds(p, hour, minute, False, key)), None)
                if held is not None:
                    pos, d = held
                elif self._before_part(pos, hour, minute, key) and (self.adate is None or d < self.adate):
                    # "halted by rain on Sunday evening. Play resumed at 1 pm", "priced on Wednesday night, opened
                    # at 11 a.m.": a clock time earlier in the day than the part of a past day named last is the
                    # next day (the story goes forward)
                    d = d + timedelta(days=1)
            t = tense_at(self.ctx, c.start, c.end)
            if (s.hour == 24 and t < 0 and d == self.adate and len(self.day_refs) == 1 and not s.deictic_day
                    and _in_dateline(self.ctx.text, pos)):
                # "HONG KONG, July 1 (Reuters) - China resumed sovereignty over Hong Kong at midnight": with no day
                # but the dateline's named, a past midnight is the one that began the anchor's day
                return d - timedelta(days=1), f"mention:{pos}", P.CONFIDENCE_ANAPHORA
            if pos >= p0 and (self.adate is None or t == 0 or (t < 0 and d <= self.adate) or (t > 0 and d >= self.adate)
                              or (t > 0 and self._would_only(c))):
                # (a future in reported speech, "said conditions would ease by 6 p.m.", is ahead of the day told)
                lc = self.last_clock
                if (lc is not None and lc.date() == d and lc.hour >= 18 and s.hour is not None and s.hour < 6
                        and (self.adate is None or d < self.adate or t > 0)):
                    # "called it at 7:50 p.m. on Tuesday ... At 2:16 a.m., they called it for the governor": the
                    # night went on past midnight
                    return d + timedelta(days=1), f"mention:{pos}", P.CONFIDENCE_ANAPHORA
                return d, f"mention:{pos}", P.CONFIDENCE_ANAPHORA
            if trail is not None:
                return trail
            ahead = self._day_ahead(c, t)
            if ahead is not None:
                # a clause that looks ahead, after a day in the past was named last: the day of the event
                # announced before it ("will hold a session on Sunday ... Lawmakers last met on Dec. 12 ...
                # The session opens at 11 a.m.")
                return ahead[1], f"mention:{ahead[0]}", P.CONFIDENCE_ANAPHORA_WEAK
            lead = self._lead_day(c, t)
            if lead is not None:
                return lead[1], f"mention:{lead[0]}", P.CONFIDENCE_ANAPHORA_WEAK
        elif trail is not None:
            return trail
        if self.adate is None:
            return None, None, 0.0
        if s.pod == "NI" and s.hour is None and not s.deictic_day and tense_at(self.ctx, c.start, c.end) < 0:
            # "Rescuers worked through the night", "Aftershocks have continued through the night": the night just gone
            return self.adate - timedelta(days=1), "anchor", P.CONFIDENCE_RELATIVE
        return self.adate, "anchor", P.CONFIDENCE_RELATIVE

    def _unresolved(self, c: Candidate, base: dict[str, Any]) -> Mention:
        s = c.spec
        y = "XXXX"
        if s.weekday is not None and s.month is None:
            v = f"{y}-WXX-{s.weekday + 1}"
        elif s.month is not None:
            v = f"{y}-{s.month:02d}" + (f"-{s.day:02d}" if s.day else "")
        elif s.season is not None:
            v = f"{y}-{s.season}"
        elif s.quarter is not None:
            v = f"{y}-Q{s.quarter}"
        elif s.rel_unit in ("week",):
            v = f"{y}-WXX"
        elif s.rel_unit in ("month",):
            v = f"{y}-XX"
        elif s.rel_unit in ("year",):
            v = y
        else:
            v = f"{y}-XX-XX"
        if s.hour is not None:
            h = s.hour + 12 if _spoken_afternoon(s, s.hour) else s.hour
            v += f"T{min(h, 24):02d}:{s.minute or 0:02d}" if "-" in v else ""
        elif s.pod is not None and v.endswith("XX-XX"):
            v += f"T{s.pod}"
        typ: MentionType = "TIME" if s.has_time else "DATE"
        tz = s.zone.key if s.zone else None
        return Mention(type=typ, value=v, mod=s.mod or s.boundary, tz=tz, tz_source="text" if tz else None,
                       confidence=0.0, flags=("unresolved",), **base)

    # -- output -------------------------------------------------------------------------------
    def _known_zones(self, pos: int) -> tuple[str, ...]:
        """Zones the text gives a place of, for naming the offset of a clock read from its equivalent: the dateline's,
        the places of the clock's sentence ("... (10:00pm AEDT) in the Olympic Stadium in Pyeongchang"), the lead's."""
        s0, s1 = self.ctx.sentence_of(pos)
        return tuple(z for z in (self.ctx.place_zone, *sentence_place_zones(self.ctx.text, s0, s1, None), self._story_zone()) if z)

    def _story_zone(self) -> str | None:
        """The zone of the place the lead names, for clocks with no zone in a story with no dateline (None when the
        dateline gives a place, or the lead names none)."""
        if self._story is None:
            found = None
            if self.ctx.place_zone is None:
                _, lead_end = self.ctx.sentence_of(0)
                found = story_place(self.ctx.text, lead_end, None)
            self._story = (found[1] if found else "",)
        return self._story[0] or None

    def _zone_for(self, s: Spec, civil: datetime, pos: int) -> tuple[str | None, str | None, list[str]]:
        flags: list[str] = []
        if s.zone is not None and s.zone.key == "":
            # "local time" with no place named and no document zone: say so rather than read it as UTC
            flags.append("local-time-unknown")
            return None, None, flags
        if s.zone is not None:
            z: ZoneRef = s.zone
            key = z.key
            if z.literal is not None:
                # an abbreviation names one offset as written; if the zone is on the other one that day, say so
                zone_off = localize(civil, key, self.ctx.disambiguate)[0].utcoffset()
                if zone_off is not None and int(zone_off.total_seconds() // 60) != z.literal:
                    key = fixed_key(z.literal)
                    flags.append("abbreviation-out-of-season")
            if z.alternatives:
                flags.append("zone-ambiguous:" + "|".join(z.alternatives))
            return key, "text", flags
        if (s.zone is None and s.hour is not None and self.sentence_clock is not None
                and self.sentence_clock[0] == self.ctx.sentence_of(pos)[0]):
            return self.sentence_clock[1], "sentence", flags  # on the clock an earlier time of the sentence set
        if s.zone is None and s.hour is not None and self.ctx.zone is not None and self.ctx.place_zone is None:
            story = self._story_zone()
            if story is not None and _offset_minutes(story, civil) != _offset_minutes(self.ctx.zone, civil):
                # "A powerful earthquake struck Nepal on Saturday ... An aftershock struck at 12:54pm on Sunday" in a
                # Doha paper, with no dateline: the paper's clock or the story's? Read on the paper's, but say that the
                # lead's place keeps another (news writes either)
                flags.append("zone-story-place:" + story)
        if self.ctx.zone is not None:
            # a story filed from the dateline's place, passed with another zone (an AP story from Kabul read by a
            # New York feed): its clock is the place's
            dateline = self.ctx.zone == self.ctx.place_zone and self.ctx.anchor.tz != self.ctx.zone
            return self.ctx.zone, "dateline" if dateline else "document", flags
        return None, None, flags

    def _emit(self, c: Candidate, base: dict[str, Any], per: Period, conf: float, reference: str | None,
              flags: list[str] | None = None, typ: MentionType | None = None, tense: int = 0) -> Mention:
        s = c.spec
        if "century-turn" in s.notes and self.adate is not None and self.adate.year % 100 >= 50:
            s = s.with_(boundary="END", mod="END")  # "at the turn of the century" written in 1998: the coming turn
        flags = list(flags or [])
        if s.shift_unit is not None and s.shift_n and s.shift_n.is_integer():
            per = _shift_period(per, s.shift_unit, int(s.shift_n), self.adate)  # "a week ago Tuesday": Tuesday, a week back
        if (per.grain == "minute" and isinstance(per.start, datetime) and ((
                _spoken_afternoon(s, per.start.hour) and _GOOD_MORNING.search(self.ctx.text, 0, 200) is None) or (
                _spoken_unknown(s) and 7 <= per.start.hour <= 11 and self._evening_near(c.start)))):
            # "at two thirty", "until four o'clock" said with no part of the day: news hours, so the afternoon;
            # "Good evening. It's nine o'clock Eastern": the evening (still flagged meridiem-unknown; a 24-hour
            # reading is never spoken as "two thirty")
            per = replace(per, start=per.start + timedelta(hours=12))
        if "holiday-weekend" in s.notes and per.grain == "day":
            per = _holiday_weekend(per.start if not isinstance(per.start, datetime) else per.start.date())
        if "week-of" in s.notes and per.grain == "day":  # "the week of March 11": the week that day falls in
            st = per.start
            per = _period_for(st.date() if isinstance(st, datetime) else st, "week")
        lo, hi = per.civil_bounds()
        if "year-span" in s.notes and per.grain == "year":
            # "the 2007-08 season": TIMEX3 has no value for two years that meet; the value names the first,
            # the interval covers both
            hi = hi.replace(year=hi.year + 1)
            flags.append("year-span")
            conf = min(conf, P.CONFIDENCE_YEAR_SPAN)
        fiscal_year = Z.FISCAL_YEARS.get(self.ctx.zone or "") if "fiscal" in s.notes else None
        if fiscal_year is not None and per.grain in ("year", "half", "quarter"):
            # "Q3FY23", "FY2022-23" in an Indian outlet: the value keeps the label, the interval the country's
            # fiscal calendar ("FY23" ends in March 2023; "FY2022-23" starts in April 2022)
            first, naming = fiscal_year
            back = 12 - (first - 1) if naming == "end" and "year-span" not in s.notes else -(first - 1)
            lo, hi = lo - relativedelta(months=back), hi - relativedelta(months=back)
            if "year-span" in s.notes:
                hi = lo + relativedelta(years=1)
        if s.boundary and per.grain not in ("minute", "second", "hour"):
            lo, hi = _narrow(lo, hi, s.boundary)
        key, tz_source, zflags = self._zone_for(s, lo, c.start)
        flags += zflags
        if "local-time-unknown" in zflags:
            conf = min(conf, P.CONFIDENCE_ANAPHORA_WEAK)
        if any(f.startswith("zone-story-place:") for f in zflags):
            conf = min(conf, P.CONFIDENCE_STORY_PLACE)
        if "abbreviation-out-of-season" in zflags:
            conf = min(conf, P.CONFIDENCE_OUT_OF_SEASON)  # "3 p.m. EST" in October: as written, or the local clock?
        tzinfo = get_zone(key) if key else timezone.utc
        start, f1 = localize(lo, tzinfo, self.ctx.disambiguate)
        end, _ = localize(hi, tzinfo, "compatible" if self.ctx.disambiguate == "raise" else self.ctx.disambiguate)
        if f1:  # the time the text names fell in a gap or fold (the interval's end is only arithmetic)
            flags.append("dst-" + f1)
        if not start < end:
            end = start + timedelta(minutes=1)
        value = per.value()
        if "meridiem-unknown" in s.notes and per.grain in ("minute", "second") and (key is None or key in Z.TWELVE_HOUR_ZONES):
            # "at 7:30" with no a.m./p.m. and no part of the day: read as written (a 24-hour clock), but say so
            flags.append("meridiem-unknown")
            conf = min(conf, P.CONFIDENCE_MERIDIEM_UNKNOWN)
        if "fiscal" in s.notes and per.grain in ("year", "half", "quarter"):
            # TimeML writes "fiscal 1989" as 1989; the calendar year only approximates a company's fiscal year
            # (and "Q2 FY2023" is a calendar quarter only by convention: fiscal calendars differ)
            flags.append("fiscal-year")
            if fiscal_year is not None:
                flags.append("fiscal-calendar")
            conf = min(conf, P.CONFIDENCE_FISCAL if fiscal_year is None else P.CONFIDENCE_FISCAL_CALENDAR)
        mod = s.mod or s.boundary
        mtype: MentionType = typ or ("TIME" if per.grain in ("part_of_day", "hour", "minute", "second") else "DATE")
        ref_val = None
        if reference and reference.startswith(("mention:", "speech:")) and self.ref is not None:
            named = self.periods.get(int(reference[8:])) if reference.startswith("mention:") else None
            ref_val = (named or self.ref.period).value()
        elif reference == "anchor" and self.adate is not None:
            ref_val = self.adate.isoformat()
        m = Mention(type=mtype, value=value, mod=mod, tz=key, tz_source=tz_source,
                    interval=Interval(start, end, per.grain), grain=per.grain, confidence=round(conf, 2),
                    reference=reference, reference_value=ref_val, flags=tuple(flags), **base)
        # this mention becomes the reference for later anaphora
        if per.grain in ("hour", "minute", "second") and isinstance(per.start, datetime) and not per.midnight_end:
            if c.equivalent_of is None:  # "(0100 GMT)" is the same instant on another clock, not the story's
                self.last_clock = per.start
            if s.zone is not None and key is not None and not zone_assumed(s) and c.equivalent_of is None:
                # (a bracketed "(0100 GMT)" sets no clock)
                self.sentence_clock = (self.ctx.sentence_of(c.start)[0], key)
        if per.grain not in ("decade", "century") and "unresolved" not in flags:
            self.periods[c.start] = per
            if c.equivalent_of is not None and per.grain in ("hour", "minute", "second"):
                return m  # "(0100 GMT)": the same instant on another clock; its day is no day of the story
            ended = per.grain == "day" and _PERIOD_ENDED.search(self.ctx.text, max(0, c.start - 40), c.start)
            if ended and ended["q"] and (per.start.month % 3, (per.start + timedelta(days=1)).day) == (0, 1):
                # "in the three months ended Sept. 30, up from $71.3 million a year earlier": the quarter it closes is
                # what the figures are of
                q = (per.start.month - 1) // 3 + 1
                self.ref = Reference(Period(date(per.start.year, 3 * q - 2, 1), "quarter", index=f"Q{q}"), c.end, c.start)
                self.quarter_ref = self.ref
                return m
            if ended and ended.group().lower().startswith("quarter") and self.quarter_ref is not None:
                return m  # "the fiscal first quarter, which ended Sept. 30": the quarter named stays what is told of
            if per.grain == "quarter" and _FROM_FIGURE.search(self.ctx.text, max(0, c.start - 40), c.start):
                return m  # "fell from 157 in the fourth quarter": the period compared with, not the one reported
            if per.grain == "quarter" and self._year_back(c):
                # "from $445 million a year earlier", "in the year-earlier period": the period compared with; what is
                # told next ("a year earlier", "the 1989 period") is of the period reported, a year on
                self.ref = self.quarter_ref = Reference(_shift_period(per, "year", 1, None), c.end, c.start)
                return m
            self.ref = Reference(per, c.end, c.start)
            if per.grain == "quarter":
                self.quarter_ref = self.ref
            elif per.grain == "month" and "the-month" not in s.notes:
                self.month_ref = self.ref
            if ended:
                return m  # "For the year ended March 31": the end of a period reported, no day the story tells of
            if per.grain == "day" and self._bound(c.start, per.start):
                return m
            if "overnight" in s.notes:
                return m  # "fell overnight before recovering in morning trading": the night is no day the story goes on in
            if (per.grain == "day" and self.day_refs and _RANGE_END.search(self.ctx.text, max(0, c.start - 10), c.start)
                    and _RANGE_START.search(self.ctx.text, max(0, self.day_refs[-1][0] - 10), self.day_refs[-1][0])
                    and 0 < c.start - self.day_refs[-1][0] <= 40 and self._whole_day(self.day_refs[-1][0])
                    and s.boundary is None and s.pod is None):
                self.day_refs.pop()  # "held over 39 days, from April 11 to May 19": a period's two ends
                return m
            if per.grain in ("day", "part_of_day", "hour", "minute", "second"):
                st = per.start
                self.day_refs.append((c.start, date(st.year, st.month, st.day)))
                self.spans[c.start] = (lo, hi)
                self.span_zones[c.start] = key
        return m


def _spoken_unknown(s: Spec) -> bool:
    """A clock time said in words (or "o'clock") with no a.m./p.m. and no part of the day."""
    return "spoken-clock" in s.notes and "meridiem-unknown" in s.notes


def _spoken_afternoon(s: Spec, hour: int) -> bool:
    """Such a clock time from one to six: the afternoon."""
    return _spoken_unknown(s) and 1 <= hour <= 6


# a clock written with no half of the day: "seven o'clock", "six-twenty Moscow time" (not "7 p.m.", "noon", "19:00",
# "seven in the evening")
_NO_MERIDIEM = regex.compile(r"(?i)(?!.*(?:[ap]\.?\s?m\b|noon|midnight|morning|afternoon|evening|night|tonight|\d\d:\d\d|\b(?:1[3-9]|2[0-4])\d\d\b)).*"
                             r"(?:o['\u2019]clock|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b).*")


def _shift_clock(m: Mention, by: timedelta) -> Mention:
    """``m`` moved by ``by`` on its own clock (a wall time, as written, in the other half of the day)."""
    assert m.interval is not None
    start, end = m.interval.start + by, m.interval.end + by
    value = start.strftime("%Y-%m-%dT%H:%M") + (start.strftime(":%S") if m.grain == "second" else "")
    return replace(m, value=value, interval=Interval(start, end, m.interval.grain),
                   flags=tuple(f for f in m.flags if f != "meridiem-unknown") + ("meridiem-from-equivalent",))


def _same_instant(a: Mention, b: Mention) -> bool:
    # compare in UTC: == between zones is False for a time in a DST fold (PEP 495)
    assert a.interval is not None and b.interval is not None
    return a.interval.start.astimezone(timezone.utc) == b.interval.start.astimezone(timezone.utc)


def _offset_minutes(key: str, civil: datetime) -> int:
    off = localize(civil, key)[0].utcoffset()
    return round(off.total_seconds() / 60) if off is not None else 0


def _zone_from_equivalent(local: Mention, other: Mention, place_zones: tuple[str, ...] = (),
                          local_dated: bool = True) -> Mention:
    """``local`` (a clock time the text gives no zone) placed at ``other``'s instant, its zone the fixed
    offset between the two clocks, flagged ``zone-from-equivalent``; unchanged if the clocks do not differ
    by a plausible offset (whole quarter hours, at most 14 hours).  The first of ``place_zones`` (the dateline's
    place, the lead's) that is on that offset then names it ("TOKYO (AP) - ... at 3 p.m. (0600 GMT)": Asia/Tokyo;
    "a World Cup final in Barbados ... began at 12.15pm local time, which was 2.15am on Sunday in Sydney":
    America/Barbados)."""
    if local.interval is None or other.interval is None or local.grain not in ("minute", "second"):
        return local
    civil0 = local.interval.start.replace(tzinfo=None)
    instant = other.interval.start.astimezone(timezone.utc).replace(tzinfo=None)
    # the local clock on its own day or, if the text gave it none of its own, the day before or after: the one whose
    # offset is a zone the text names, else its own day's, else the only plausible one
    readings: list[tuple[timedelta, int]] = []
    shifts = [timedelta(0)]
    if not local_dated and not local.value.endswith("T24:00"):
        # (the clock on the instant's UTC day, the day before and the day after)
        near = datetime.combine(instant.date(), civil0.time()) - civil0
        shifts += [near + timedelta(days=k) for k in (0, -1, 1) if near + timedelta(days=k)]
    for shift in shifts:
        minutes = round((civil0 + shift - instant).total_seconds() / 60)
        if abs(minutes) <= 14 * 60 and not minutes % 15 and not (civil0 - instant).total_seconds() % 60:
            readings.append((shift, minutes))
    if not readings:
        return local
    chosen: tuple[timedelta, int, str] | None = None
    for place_zone in place_zones:
        offset = other.interval.start.astimezone(get_zone(place_zone)).utcoffset()
        named = next((r for r in readings if offset is not None and round(offset.total_seconds() / 60) == r[1]), None)
        if named is not None:
            chosen = (named[0], named[1], place_zone)
            break
    if chosen is None:
        if readings[0][0] != timedelta(0) and len(readings) > 1:
            return local  # two other days fit: no way to tell
        chosen = (readings[0][0], readings[0][1], fixed_key(readings[0][1]))
    shift, _, key = chosen
    start = other.interval.start.astimezone(get_zone(key))
    interval = Interval(start, start + (local.interval.end - local.interval.start), local.interval.grain)
    flags = tuple(f for f in local.flags if f != "local-time-unknown") + ("zone-from-equivalent",)
    conf = max(local.confidence, min(other.confidence, P.CONFIDENCE_ANAPHORA))
    value = local.value
    if shift:
        civil = civil0 + shift
        value = civil.strftime("%Y-%m-%dT%H:%M") + (civil.strftime(":%S") if local.grain == "second" else "")
    return replace(local, value=value, tz=key, tz_source="equivalent", interval=interval, flags=flags, confidence=round(conf, 2))


# ----------------------------------------------------------------------------------------------
# calendar helpers (pure)


# how coarse a period is: an anaphor finer than its antecedent ("that day" after "in 1987") cannot take it
_GRAIN_SIZE: dict[str, int] = {"second": 1, "minute": 1, "hour": 1, "part_of_day": 1, "day": 1, "week": 2, "weekend": 2,
                               "month": 3, "season": 4, "quarter": 4, "half": 5, "year": 6, "decade": 7, "century": 8}

# "and a half" counted in the next finer unit: (relativedelta field, grain to name the result)
_FRACTION_STEP: dict[str, tuple[str, str]] = {
    "century": ("years", "year"), "decade": ("years", "year"), "year": ("months", "month"),
    "quarter": ("months", "month"), "month": ("days", "day"), "fortnight": ("days", "day"),
    "week": ("days", "day"), "day": ("hours", "day"), "night": ("hours", "day")}
_FRACTION_PER: dict[str, int] = {"century": 100, "decade": 10, "year": 12, "quarter": 3, "month": 30,
                                 "fortnight": 14, "week": 7, "day": 24, "night": 24}


def _holiday_date(key: str, year: int, zone: str = "", orthodox_easter: bool = False) -> date:
    """The day of a holiday (see ``W.HOLIDAYS``; ``W.REGIONAL_HOLIDAYS`` by the document's zone) in ``year``."""
    if key in W.REGIONAL_HOLIDAYS:
        month, day = W.REGIONAL_HOLIDAYS[key][zone]
        return date(year, month, day)
    if key in W.HOLIDAYS:
        kind, a, b, n = W.HOLIDAYS[key]
    else:  # a computed day, "nth MONTH WEEKDAY N" or "last MONTH WEEKDAY" ("the first Monday in October")
        kind, *nums = key.split()
        a, b, n = (int(x) for x in (*nums, "0")[:3])
    if kind in ("easter", "orthodox-easter"):
        orthodox = kind == "orthodox-easter" or orthodox_easter
        sunday: date = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
        return sunday + timedelta(days=a)
    if kind in W.HOLIDAY_TABLES:  # outside the table's years: a ValueError, like any day that does not exist
        month, day = W.HOLIDAY_TABLES[kind].get(year, (0, 0))
        return date(year, month, day) + timedelta(days=a)
    if kind in ("tishri", "nisan", "kislev"):
        return hebrew_feast(kind, year) + timedelta(days=a)
    if kind == "nth" or kind.startswith("nth+"):
        first = date(year, a, 1)
        nth = first + timedelta(days=(b - first.weekday()) % 7 + 7 * (n - 1))
        return nth + timedelta(days=int(kind[4:] or 0))  # "nth+1": Black Friday, the day after Thanksgiving
    if kind == "last":
        last = date(year + (a == 12), a % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - b) % 7)
    return date(year, a, b)


def _shift_period(per: Period, unit: str, n: int, anchor: date | None) -> Period:
    """``per`` moved by ``n`` units; a week or a longer period is the one its day falls in once moved (the
    anchor's day when it lies in ``per``: "a year ago this week" is the week of the anchor's date a year back)."""
    delta = relativedelta(**{unit + "s": n})
    if per.grain in ("day", "part_of_day", "hour", "minute", "second"):
        return replace(per, start=per.start + delta)
    lo, hi = per.civil_bounds()
    day = anchor if anchor is not None and lo.date() <= anchor < hi.date() else lo.date()
    return _period_for(day + delta, per.grain)


def _holiday_weekend(d: date) -> Period:
    """The weekend a holiday on ``d`` belongs to: the one before a Monday or Tuesday holiday ("the Labor Day
    weekend"), the one after a Thursday or Friday one ("the Thanksgiving weekend"), its own on Saturday or
    Sunday (Easter)."""
    wd = d.weekday()
    saturday = d + timedelta(days=5 - wd) if wd >= 3 else d - timedelta(days=wd + 2)
    return Period(saturday, "weekend")


def _period_for(d: date, grain: str) -> Period:
    if grain == "day":
        return Period(d, "day")
    if grain in ("week", "weekend"):
        monday = d - timedelta(days=d.weekday())
        return Period(monday + timedelta(days=5) if grain == "weekend" else monday, grain)
    if grain == "month":
        return Period(date(d.year, d.month, 1), "month")
    if grain == "quarter":
        q = (d.month - 1) // 3 + 1
        return Period(date(d.year, 3 * q - 2, 1), "quarter", index=f"Q{q}")
    if grain == "year":
        return Period(date(d.year, 1, 1), "year")
    if grain == "decade":
        return Period(date(d.year // 10 * 10 or 1, 1, 1), "decade")
    if grain == "century":
        return Period(date(d.year // 100 * 100 or 1, 1, 1), "century")
    return Period(d, "day")


def _relative_period(ref: date, unit: str, n: int, weekend: bool) -> Period:
    if unit == "day":
        return Period(ref + timedelta(days=n), "day")
    if unit == "week":
        return _period_for(ref + timedelta(weeks=n), "weekend" if weekend else "week")
    if unit == "month":
        return _period_for(ref + relativedelta(months=n), "month")
    if unit == "quarter":
        return _period_for(ref + relativedelta(months=3 * n), "quarter")
    if unit == "year":
        return _period_for(ref + relativedelta(years=n), "year")
    if unit == "decade":
        return _period_for(ref + relativedelta(years=10 * n), "decade")
    if unit == "century":
        return _period_for(ref + relativedelta(years=100 * n), "century")
    if unit == "fortnight":
        return _period_for(ref + timedelta(weeks=2 * n), "week")
    return Period(ref, "day")


def _absolute_period(s: Spec, year: int | None = None) -> Period | None:
    """The period ``s`` names in its year (or in ``year``, which overrides it)."""
    y = year if year is not None else s.year
    assert y is not None
    try:
        if s.month is not None and s.day is not None:
            return Period(date(y, s.month, s.day), "day")
        if s.month is not None:
            return Period(date(y, s.month, 1), "month")
        if s.quarter is not None:
            return Period(date(y, 3 * s.quarter - 2, 1), "quarter", index=f"Q{s.quarter}")
        if s.half is not None:
            return Period(date(y, 6 * s.half - 5, 1), "half", index=f"H{s.half}")
        if s.season is not None:
            first, _ = SEASON_MONTHS[s.season]
            return Period(date(y, first, 1), "season", index=s.season)
        return Period(date(y, 1, 1), "year")
    except ValueError:
        return None


def _candidates_in_years(s: Spec, years: list[int]) -> list[Period]:
    out = []
    for y in years:
        p = _absolute_period(s, y)  # (not s.with_(year=y): a dataclass copy per year is the slow part)
        if p is not None:
            out.append(p)
    return out


def _place_in_year(s: Spec, a: date, tense: int, explicit: bool, since: bool = False, ahead: bool = False) -> Period | None:
    """Choose the year of a month(-day)/season/quarter without one: by tense, else the nearest.

    ``ahead``: the clause says the future outright ("will take effect Jan. 1"), so a month-day gone by is
    near enough only within days."""
    cands = _candidates_in_years(s, [a.year - 2, a.year - 1, a.year, a.year + 1])
    if not cands:
        return None
    a0 = datetime(a.year, a.month, a.day)
    if s.weekday is not None and s.day is not None:
        # "Saturday, April 25": the weekday fixes the year
        fits = [p for p in cands if isinstance(p.start, date) and p.start.weekday() == s.weekday]
        if len(fits) == 1:
            return fits[0]
    if s.quarter is not None or s.half is not None:
        # quarters are reported once they are over: the latest one begun, unless the clause looks ahead
        begun = [p for p in cands if bounds_start(p) <= a0]
        if begun:
            last = begun[-1]
            # (a half something happens in, or that "would" be, is one to come once the last one is over: "would go
            # on sale in Europe in the second half", "said the second half would be stronger" in January are this
            # year's; "will publish its first-half results" in July is the half just ended)
            ended = a0 - last.civil_bounds()[1]
            if tense > 0 and not explicit and (ended.days > 92 or (since and s.half is not None and ended >= timedelta(0))):
                later = [p for p in cands if bounds_start(p) > a0]
                return later[0] if later else last
            return last

    known = {id(p): p.civil_bounds() for p in cands}  # each candidate's bounds, computed once

    def bounds(p: Period) -> tuple[datetime, datetime]:
        return known[id(p)]

    containing = [p for p in cands if bounds(p)[0] <= a0 < bounds(p)[1]]
    if s.day is not None and tense and not explicit and not since:
        # a month-day the tense puts most of a year away, while the other reading is within weeks, is the
        # near one: "has set Nov. 10 as the deadline" in late October, "announced it Oct. 31" in early November
        near = [p for p in cands if abs((bounds(p)[0] - a0).days) <= P.NEAR_DATE_DAYS
                and not (ahead and (a0 - bounds(p)[0]).days > P.NEAR_DATE_PAST_AGAINST_FUTURE_DAYS)]
        far_side = [p for p in cands if (bounds(p)[0] < a0) == (tense < 0) and abs((bounds(p)[0] - a0).days) <= 183]
        if near and not far_side:
            return min(near, key=lambda p: abs((bounds(p)[0] - a0).days))
    if s.month is not None and s.day is None and tense and not explicit and not since:
        # the same for a month: "through January" written in November is the coming January; against a past
        # tense only the month about to begin ("orders for November" on October 30), not one two months away
        reach = P.NEAR_MONTH_DAYS if tense > 0 else P.NEAR_MONTH_AGAINST_PAST_DAYS
        near = [p for p in cands if abs((bounds(p)[0] - a0).days) <= reach]
        side = [p for p in cands if (bounds(p)[1] <= a0 if tense < 0 else bounds(p)[0] > a0)
                and abs((bounds(p)[0] - a0).days) <= 270]
        if near and not side and not containing:
            return min(near, key=lambda p: abs((bounds(p)[0] - a0).days))
    if explicit and tense == 0:  # "this March"
        same = [p for p in cands if p.start.year == a.year]
        return same[0] if same else cands[0]
    if tense < 0:
        if containing and not explicit:
            return containing[0]
        past = [p for p in cands if bounds(p)[1] <= a0 + timedelta(days=1)] if s.day is not None else [p for p in cands if bounds(p)[1] <= a0]
        if s.day is not None:
            past = [p for p in cands if bounds(p)[0] <= a0]
        return past[-1] if past else cands[0]
    if tense > 0:
        if containing and not explicit:
            return containing[0]
        fut = [p for p in cands if bounds(p)[0] >= a0] if s.day is not None else [p for p in cands if bounds(p)[0] > a0]
        return fut[0] if fut else cands[-1]
    if containing:
        return containing[0]

    def dist(p: Period) -> float:
        lo, hi = bounds(p)
        d = min(abs((lo - a0).total_seconds()), abs((hi - a0).total_seconds()))
        return d

    return min(cands, key=dist)


def _place_weekend(a: date, tense: int) -> Period:
    """"The weekend": the one containing the anchor, else the last one (past) or the next (future, or by nearness)."""
    sat = a - timedelta(days=(a.weekday() - 5) % 7)  # the latest Saturday on or before a
    if a.weekday() >= 5:
        return Period(sat, "weekend")
    if tense < 0 or (tense == 0 and a.weekday() <= 2):
        return Period(sat, "weekend")
    return Period(sat + timedelta(days=7), "weekend")


def bounds_start(p: Period) -> datetime:
    return p.civil_bounds()[0]


def _place_day_of_month(a: date, day: int, tense: int) -> Period | None:
    options = []
    for k in (-1, 0, 1):
        m = a + relativedelta(months=k)
        try:
            options.append(date(m.year, m.month, day))
        except ValueError:
            continue
    if not options:
        return None
    if tense < 0:
        past = [d for d in options if d <= a]
        return Period(past[-1], "day") if past else None
    if tense > 0:
        fut = [d for d in options if d >= a]
        return Period(fut[0], "day") if fut else None
    return Period(min(options, key=lambda d: abs((d - a).days)), "day")


def _weekday_from(ref: date, wd: int, direction: int, strict: bool) -> date:
    delta = (wd - ref.weekday()) % 7
    if direction >= 0:
        if delta == 0 and strict:
            delta = 7
        return ref + timedelta(days=delta)
    back = (ref.weekday() - wd) % 7
    if back == 0 and strict:
        back = 7
    return ref - timedelta(days=back)


_AND_WEEKDAY_OF_WEEK = regex.compile(r",?\s{1,3}(?:and|or|to|through|-|\u2013)\s{1,3}" + _WEEKDAY_WORD
                                     + r"\s{1,3}of\s{1,3}(?P<w>next|last|this)\s{1,3}week\b", regex.I)


def _week_named(s: Spec, text: str, end: int) -> int | None:
    """The week (0 this, 1 next, -1 last) a weekday is placed in by "of next week" (its own or its partner's) or
    by "next" ("next Wednesday": next week's)."""
    for n in s.notes:
        if n.startswith("in-week:"):
            return int(n[8:])
        if n == "next-week":
            return 1
    if s.direction is None and not s.anaphoric:
        m = _AND_WEEKDAY_OF_WEEK.match(text, end)
        if m is not None:
            return W.RELATIVE[m["w"].lower()]
    return None


def _place_weekday(a: date, wd: int, tense: int, explicit: bool) -> date:
    if wd == a.weekday() and not explicit:
        return a
    if explicit:
        if tense == 0:  # "this Saturday": the one in this week
            return a + timedelta(days=wd - a.weekday())
        return _weekday_from(a, wd, tense, strict=True)
    if tense:
        return _weekday_from(a, wd, tense, strict=True)
    # no tense cue: news reports what happened, so the past one, unless the next one is tomorrow
    back = _weekday_from(a, wd, -1, strict=True)
    fwd = _weekday_from(a, wd, 1, strict=True)
    return fwd if (fwd - a).days == 1 else back


_RANGE_JOIN = regex.compile(r"\s{0,3}(?:and|to|until|till|through|-|\u2013)\s{0,3}", regex.I)
_OVERNIGHT_JOIN = regex.compile(r"\s{0,3}(?:to|until|till|through|-|\u2013)\s{0,3}", regex.I)
_BETWEEN = regex.compile(r"\bbetween\s{1,3}\Z", regex.I)
_RANGE_OPEN = regex.compile(r"\b(?:between|from)\s{1,3}\Z", regex.I)
# "2 p.m. on Sunday", "10 a.m. (0900 GMT) Tuesday", "9 a.m. in Brussels on Friday", "in morning trading on Friday":
# a time and the day it is on
_TIME_ON_DAY = regex.compile(r"\)?(?:\s{1,3}(?:" + "|".join(sorted(W.SESSION_NOUNS, key=len, reverse=True)) + r"))?(?:\s{1,3}in\s{1,3}(?-i:[A-Z][\w.'\-]+(?:\s[A-Z][\w.'\-]+){0,2})(?=,?\s{1,3}on\s))?,?\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?", regex.I)


_AND_AT = regex.compile(r"\)?\s{0,3},?\s{0,3}and\s{1,3}(?:[a-z]+\s{1,3}){1,3}(?:at|until|till|by)\s{1,3}")


_ENDED_ON = regex.compile(r",?\s{1,3}(?:which\s{1,3})?end(?:ed|ing|s)\s{1,3}(?P<m>\L<month>)\.?\s{1,3}(?P<d>[0-3]?\d)\b(?:,?\s{1,3}(?P<y>(?:19|20)\d\d)\b)?",
                         regex.I, month=list(W.MONTHS))


def _quarter_ended(text: str, end: int, s: Spec, a: date) -> Period | None:
    """ "the fourth quarter ended Sept. 30", "its fiscal first quarter, ended Sept. 30": the quarter labelled with the
    year of the day it ended (as TimeBank writes it: "the fiscal-first quarter ended Sept. 30" in 1989 is 1989-Q1,
    although the company's fiscal year may be named 1990); None unless the text says when it ended."""
    if s.quarter is None or s.year is not None or s.rel_unit is not None:
        return None
    m = _ENDED_ON.match(text, end, end + 40)
    if m is None:
        return None
    month, day = W.MONTHS[m["m"].lower().rstrip(".")], int(m["d"])
    try:
        if m["y"]:
            closed = date(int(m["y"]), month, day)
        else:  # the last such day before the anchor ("ended"), else the next one ("ending")
            closed = date(a.year, month, day)
            if closed > a and "end" in m.group().lower() and "ended" in m.group().lower():
                closed = date(a.year - 1, month, day)
    except ValueError:
        return None
    return Period(date(closed.year, 3 * s.quarter - 2, 1), "quarter", index=f"Q{s.quarter}")


def _coordinated_day(text: str, cands: list[Candidate], i: int) -> int | None:
    """The index of the day that dates a bare clock time ``cands[i]`` through a second one joined by "and ... at"
    ("open at 8 a.m. and close at 8 p.m. Sunday"; brackets may follow either time), or None."""
    k = i + 1
    if cands[k].equivalent_of == i:
        k += 1
    if k >= len(cands) or not _AND_AT.fullmatch(text, cands[k - 1].end, cands[k].start):
        return None
    second = cands[k]
    if second.spec.kind != "time" or second.spec.hour is None or second.equivalent_of is not None:
        return None
    if second.spec.has_date:  # "and close at 8 p.m. Sunday": one expression, its day named in it
        return k if (second.spec.weekday is not None or second.spec.day is not None) and not second.spec.anaphoric else None
    d = k + 1
    if d < len(cands) and cands[d].equivalent_of == k:
        d += 1
    if d >= len(cands) or not _time_then_day(text, cands[d - 1], cands[d]):
        return None
    return d


def _in_dateline(text: str, pos: int) -> bool:
    """``pos`` is in the dateline that opens the text ("HONG KONG, July 1 (Reuters) -"): no lower-case word before it."""
    return pos < 80 and _LOWER.search(text, 0, pos) is None


_LOWER = regex.compile(r"\p{Ll}")


def _time_then_day(text: str, a: Candidate, b: Candidate) -> bool:
    sa, sb = a.spec, b.spec
    return (sa.kind == "time" and sa.hour is not None or sa.pod is not None) and not sa.has_date and not sa.anaphoric \
        and sb.kind == "date" and not sb.has_time and (sb.day is not None or sb.weekday is not None or sb.deictic_day
                                                        or any(n.startswith("holiday:") for n in sb.notes)) \
        and b.equivalent_of is None and _TIME_ON_DAY.fullmatch(text, a.end, b.start) is not None


def _narrow(lo: datetime, hi: datetime, boundary: str) -> tuple[datetime, datetime]:
    """The first, middle or last third of a period: whole days for periods of three days or more,
    whole hours below ("early Friday" is 00:00 to 08:00)."""
    span = hi - lo
    third = span / 3
    rnd = _round_day if span >= timedelta(days=3) else _round
    if boundary == "START":
        return lo, rnd(lo + third)
    if boundary == "END":
        return rnd(hi - third), hi
    if boundary == "MID":
        return rnd(lo + third), rnd(hi - third)
    return lo, hi


def _round_day(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def _round(t: datetime) -> datetime:
    if t.hour or t.minute or t.second:
        return t.replace(minute=0, second=0, microsecond=0) if t.minute or t.second else t
    return t


def _unresolved_for_grain(grain: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
            "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXXX", "century": "XXXX"}.get(grain, "XXXX-XX-XX")


__all__ = ["Resolver", "Context", "tense_at", "find_quotes"]
