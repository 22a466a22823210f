"""Named policy numbers: what a vague word covers, in one place.

Every figure here is a decision, documented in docs/design.md; change it here and nowhere else.
"""

from __future__ import annotations

# parts of day: civil [start hour, end hour) on the day they belong to (24 = midnight ending the day)
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),   # morning
    "MI": (11, 14),  # midday / lunchtime
    "AF": (12, 18),  # afternoon
    "EV": (18, 24),  # evening
    "NI": (21, 30),  # night: 21:00 to 06:00 the next day
    "DT": (6, 18),   # daytime
}

# a clock time this many hours before a part of a day may still be told as in it ("Wednesday night's debate began
# at 7 p.m.", "won best picture on Sunday night ... The ceremony began at 5:30 p.m."); earlier than that, after a
# past day's part, it is the next day ("on Sunday evening ... at 1 pm")
PART_OF_DAY_SLACK_HOURS = 4

# "early"/"late" inside a part of day: the first or last third of it
PART_OF_DAY_EDGE_FRACTION = 1 / 3

# seasons (northern hemisphere, meteorological): first month and number of months
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}

# confidence levels
CONFIDENCE_GIVEN = 1.0           # read straight from the text, absolute
CONFIDENCE_RELATIVE = 0.9        # deictic against a given anchor ("yesterday")
CONFIDENCE_TENSE = 0.8           # placed by the clause's tense (bare weekday, month-day without year)
CONFIDENCE_NO_TENSE = 0.6        # placed with no tense cue (nearest reading)
CONFIDENCE_ANAPHORA = 0.7        # against the last date the text mentioned
CONFIDENCE_ANAPHORA_WEAK = 0.3   # the antecedent is far away or contradicts the clause's tense
CONFIDENCE_SPEECH = 0.75         # deictic word inside speech reported on a named day
CONFIDENCE_INDIRECT_SPEECH = 0.5  # the same in reported speech without quotes ("said on Friday that ... tomorrow")
CONFIDENCE_DATELINE = 0.95       # a dateline with its year
CONFIDENCE_DATELINE_YEAR_INFERRED = 0.7  # the year chosen by the weekdays the text mentions
CONFIDENCE_DATELINE_YEAR_WEAK = 0.5  # only "the first year after the latest date stated"
DATELINE_YEAR_LOOKAHEAD = 12       # years after the chosen one checked for the same weekday fit (which lowers confidence)
DATELINE_YEAR_WINDOW = 8  # a dateline's year is looked for from the year before the latest the text states to 7 after
# what a weekday the text mentions says for a dateline day 0, 1, 2, ... days after it (told in the past or present) or
# before it (looked ahead to)
DATELINE_WEEKDAY_PAST = (1.0, 0.5, 0.2)
DATELINE_WEEKDAY_AHEAD = (1.0, 1.0, 0.5, 0.2)
CONFIDENCE_INFERRED = 0.5
CONFIDENCE_HEADER_DATE = 0.85  # a full date where a page header writes one ("By Jane Roe | March 3, 2019")
HEADER_DATE_CHARS = 400  # how far into the text a header date is looked for
CONFIDENCE_DATE_ORDER_REGION = 0.85  # the same, read by the document zone's custom
CONFIDENCE_DATE_ORDER_UNKNOWN = 0.6  # "3/4/2022" with no document zone to say month-first or day-first
CONFIDENCE_MERIDIEM_UNKNOWN = 0.6  # "at 7:30", "seven o'clock": no a.m./p.m. and no part of the day
CONFIDENCE_YEAR_SPAN = 0.8       # "the 2007-08 season": the value names the first year; the interval covers both
CONFIDENCE_FISCAL = 0.6          # "fiscal 1989": the calendar year stands in for a fiscal year whose bounds the text does not give
CONFIDENCE_OUT_OF_SEASON = 0.6   # "3 p.m. EST" in October: read as written (UTC-5), though the writer may mean the local clock
CONFIDENCE_FISCAL_CALENDAR = 0.8  # "Q3FY23" in an Indian outlet: the country's fiscal calendar gives the bounds (a company may differ)

# how far back (characters) an anaphor may look for its antecedent before its confidence drops
ANAPHORA_WINDOW = 400
# a past clock time with no day near it takes the lead sentence's day if that lies this many days before the anchor
LEAD_DAY_DAYS = 7
# a day more than this far from the anchor (a month), named at the end of the previous sentence, is history told in passing:
# a bare clock time after it takes the day named before it in that sentence ("Friday ... since Black Monday in 1987")
EVENT_DAY_HISTORY_DAYS = 31

# how far (characters) the place of a "local time" carries to a later "local time" with no place of its own (and no
# dateline to give one)
LOCAL_TIME_CARRY = 1200
# how far (characters) to look for a tense cue around a mention, within its sentence
TENSE_WINDOW = 90

# years that a bare four-digit number may be
YEAR_RANGE = (1000, 2199)

# "the quarter" in a report is the last one completed: the quarter containing (anchor - this lag)
REPORTED_PERIOD_LAG_DAYS = 45

# "the new year" is the coming year, except in the first months of one, where it is the year just begun
NEW_YEAR_STILL_NEW_MONTHS = 1

# a month-day within this many days of the anchor wins over the tense's reading when that one is more than
# half a year away (dates in news cluster around the publication date)
NEAR_DATE_DAYS = 45
NEAR_DATE_PAST_AGAINST_FUTURE_DAYS = 7  # ... but a clause that says the future outright takes a month-day gone by only within a week ("will take effect Jan. 1" in February is next January)
NEAR_MONTH_DAYS = 92  # the same for a month named without a day, against a reading more than 9 months away
NEAR_MONTH_AGAINST_PAST_DAYS = 31  # ... but against a past tense only a month that begins within this many days
# a clock with no zone, read on the document's clock in a story with no dateline whose lead names a place on another
CONFIDENCE_STORY_PLACE = 0.6
