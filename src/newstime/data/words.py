"""Vocabulary tables for English news.  Data only: the grammar refers to these by name.

Every key is lower case; the scanner matches case-insensitively unless a rule says otherwise.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Month names that are also common English words: they count as months only next to a day,
# a year, or a word that makes them one ("in May", "last March", "mid-March").
# months that are also given names or surnames often met in news ("calls for May to resign", "mother, June,")
NAME_MONTHS: frozenset[str] = frozenset({"may", "june"})
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct",
                                              "nov", "dec", "feb", "apr", "sept"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# abbreviations only count with a full stop or next to a date ("Sat." "Sun., Feb. 6")
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(k for k in WEEKDAYS if len(k) <= 5 and not k.endswith("day"))

# holidays: (kind, ...) with kind "fixed" (month, day), "easter" (days after Western Easter),
# "orthodox-easter" (days after Orthodox Easter), "nth" (month, weekday, n: the nth such weekday),
# "nth+D" (D days after it) or "last" (month, weekday).  US holidays (Thanksgiving, Black Friday,
# Labor Day, Memorial Day, the Fourth of July, Election Day) follow the US calendar; national days that only
# one country keeps are read as that country's.  Holidays every country names alike are in REGIONAL_HOLIDAYS.
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "christmas": ("fixed", 12, 25, 0), "christmas day": ("fixed", 12, 25, 0), "christmas eve": ("fixed", 12, 24, 0),
    "new year's day": ("fixed", 1, 1, 0), "new year's": ("fixed", 1, 1, 0), "new year's eve": ("fixed", 12, 31, 0),
    "valentine's day": ("fixed", 2, 14, 0), "valentines day": ("fixed", 2, 14, 0), "halloween": ("fixed", 10, 31, 0),
    "boxing day": ("fixed", 12, 26, 0), "bastille day": ("fixed", 7, 14, 0), "orthodox christmas": ("fixed", 1, 7, 0),
    "easter": ("easter", 0, 0, 0), "easter sunday": ("easter", 0, 0, 0), "easter monday": ("easter", 1, 0, 0),
    "good friday": ("easter", -2, 0, 0), "orthodox easter": ("orthodox-easter", 0, 0, 0),
    "palm sunday": ("easter", -7, 0, 0), "maundy thursday": ("easter", -3, 0, 0), "holy thursday": ("easter", -3, 0, 0),
    "holy saturday": ("easter", -1, 0, 0), "ash wednesday": ("easter", -46, 0, 0), "shrove tuesday": ("easter", -47, 0, 0),
    "mardi gras": ("easter", -47, 0, 0), "ascension day": ("easter", 39, 0, 0), "pentecost": ("easter", 49, 0, 0),
    "whit monday": ("easter", 50, 0, 0),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4), "labor day": ("nth", 9, 0, 1),
    "memorial day": ("last", 5, 0, 0), "black friday": ("nth+1", 11, 3, 4), "cyber monday": ("nth+4", 11, 3, 4),
    "fourth of july": ("fixed", 7, 4, 0),
    "election day": ("nth+1", 11, 0, 1), "veterans day": ("fixed", 11, 11, 0),
    "martin luther king day": ("nth", 1, 0, 3), "martin luther king jr. day": ("nth", 1, 0, 3),
    "martin luther king jr. holiday": ("nth", 1, 0, 3), "martin luther king holiday": ("nth", 1, 0, 3), "presidents day": ("nth", 2, 0, 3), "columbus day": ("nth", 10, 0, 2),
    "coming of age day": ("nth", 1, 0, 2), "australia day": ("fixed", 1, 26, 0), "anzac day": ("fixed", 4, 25, 0), "canada day": ("fixed", 7, 1, 0),
    "st. patrick's day": ("fixed", 3, 17, 0), "st patrick's day": ("fixed", 3, 17, 0), "guy fawkes night": ("fixed", 11, 5, 0),
    "armistice day": ("fixed", 11, 11, 0), "remembrance day": ("fixed", 11, 11, 0),
    "april fools' day": ("fixed", 4, 1, 0), "april fool's day": ("fixed", 4, 1, 0), "may day": ("fixed", 5, 1, 0),
    "patriots' day": ("nth", 4, 0, 3), "patriots day": ("nth", 4, 0, 3), "singles' day": ("fixed", 11, 11, 0),
    "day of german unity": ("fixed", 10, 3, 0), "german unity day": ("fixed", 10, 3, 0),
    # days one country keeps, named so that no other country's day shares the name
    "defender of the fatherland day": ("fixed", 2, 23, 0), "russia day": ("fixed", 6, 12, 0),
    "national unity day": ("fixed", 11, 4, 0), "state flag day": ("fixed", 8, 23, 0),
    "juneteenth": ("fixed", 6, 19, 0), "inauguration day": ("fixed", 1, 20, 0), "earth day": ("fixed", 4, 22, 0), "groundhog day": ("fixed", 2, 2, 0),
    # the Chinese calendar's new year (LUNAR_NEW_YEAR; days after it)
    "lunar new year": ("lunar", 0, 0, 0), "chinese new year": ("lunar", 0, 0, 0), "spring festival": ("lunar", 0, 0, 0),
    "lunar new year's eve": ("lunar", -1, 0, 0), "chinese new year's eve": ("lunar", -1, 0, 0),
    "lantern festival": ("lunar", 14, 0, 0),
    "dragon boat festival": ("duanwu", 0, 0, 0), "duanwu festival": ("duanwu", 0, 0, 0),
    "mid-autumn festival": ("midautumn", 0, 0, 0), "mid autumn festival": ("midautumn", 0, 0, 0),
    "moon festival": ("midautumn", 0, 0, 0), "mooncake festival": ("midautumn", 0, 0, 0),
    # the Hebrew calendar's feasts, computed (newstime.calendars): days after Rosh Hashanah ("tishri"), after the
    # first day of Passover ("nisan") or after the first day of Hanukkah ("kislev"), in that Gregorian year
    "rosh hashanah": ("tishri", 0, 0, 0), "rosh hashana": ("tishri", 0, 0, 0), "yom kippur": ("tishri", 9, 0, 0),
    "sukkot": ("tishri", 14, 0, 0), "passover": ("nisan", 0, 0, 0), "pesach": ("nisan", 0, 0, 0),
    "purim": ("nisan", -30, 0, 0), "shavuot": ("nisan", 50, 0, 0),
    "hanukkah": ("kislev", 0, 0, 0), "chanukah": ("kislev", 0, 0, 0), "hanukah": ("kislev", 0, 0, 0),
    # the Hindu festival of lights, from the DIWALI table (days after it)
    "diwali": ("diwali", 0, 0, 0), "deepavali": ("diwali", 0, 0, 0),
    # days that name one day of history ("once": year, month, day)
    "black monday": ("once", 1987, 10, 19), "black tuesday": ("once", 1929, 10, 29), "black thursday": ("once", 1929, 10, 24),
}
# the first day of the Chinese (lunar) year, by Gregorian year: (month, day)
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    1980: (2, 16), 1981: (2, 5), 1982: (1, 25), 1983: (2, 13), 1984: (2, 2), 1985: (2, 20), 1986: (2, 9), 1987: (1, 29),
    1988: (2, 17), 1989: (2, 6), 1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1),
    2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3),
    2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
# the Dragon Boat (Duanwu) Festival, the 5th day of the 5th month, and the Mid-Autumn (Moon) Festival, the 15th day
# of the 8th month of the Chinese calendar, by Gregorian year: (month, day).  Printed by tools/gen_chinese_festivals.py
# (which also prints LUNAR_NEW_YEAR above, the same table)
DRAGON_BOAT: dict[int, tuple[int, int]] = {
    1980: (6, 17), 1981: (6, 6), 1982: (6, 25), 1983: (6, 15), 1984: (6, 4), 1985: (6, 22), 1986: (6, 11), 1987: (5, 31),
    1988: (6, 18), 1989: (6, 8), 1990: (5, 28), 1991: (6, 16), 1992: (6, 5), 1993: (6, 24), 1994: (6, 13), 1995: (6, 2),
    1996: (6, 20), 1997: (6, 9), 1998: (5, 30), 1999: (6, 18), 2000: (6, 6), 2001: (6, 25), 2002: (6, 15), 2003: (6, 4),
    2004: (6, 22), 2005: (6, 11), 2006: (5, 31), 2007: (6, 19), 2008: (6, 8), 2009: (5, 28), 2010: (6, 16), 2011: (6, 6),
    2012: (6, 23), 2013: (6, 12), 2014: (6, 2), 2015: (6, 20), 2016: (6, 9), 2017: (5, 30), 2018: (6, 18), 2019: (6, 7),
    2020: (6, 25), 2021: (6, 14), 2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31), 2026: (6, 19), 2027: (6, 9),
    2028: (5, 28), 2029: (6, 16), 2030: (6, 5),
}
MID_AUTUMN: dict[int, tuple[int, int]] = {
    1980: (9, 23), 1981: (9, 12), 1982: (10, 1), 1983: (9, 21), 1984: (9, 10), 1985: (9, 29), 1986: (9, 18), 1987: (10, 7),
    1988: (9, 25), 1989: (9, 14), 1990: (10, 3), 1991: (9, 22), 1992: (9, 11), 1993: (9, 30), 1994: (9, 20), 1995: (9, 9),
    1996: (9, 27), 1997: (9, 16), 1998: (10, 5), 1999: (9, 24), 2000: (9, 12), 2001: (10, 1), 2002: (9, 21), 2003: (9, 11),
    2004: (9, 28), 2005: (9, 18), 2006: (10, 6), 2007: (9, 25), 2008: (9, 14), 2009: (10, 3), 2010: (9, 22), 2011: (9, 12),
    2012: (9, 30), 2013: (9, 19), 2014: (9, 8), 2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13),
    2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25), 2027: (9, 15),
    2028: (10, 3), 2029: (9, 22), 2030: (9, 12),
}
# Diwali (Deepavali), the day India's central government keeps, by Gregorian year: (month, day).  It follows a
# lunisolar calendar that newstime does not compute, so only the years listed resolve; others stay unresolved
DIWALI: dict[int, tuple[int, int]] = {
    2005: (11, 1), 2006: (10, 21), 2007: (11, 9), 2008: (10, 28), 2009: (10, 17), 2010: (11, 5), 2011: (10, 26),
    2012: (11, 13), 2013: (11, 3), 2014: (10, 23), 2015: (11, 11), 2016: (10, 30), 2017: (10, 19), 2018: (11, 7),
    2019: (10, 27), 2020: (11, 14), 2021: (11, 4), 2022: (10, 24), 2023: (11, 12), 2024: (10, 31), 2025: (10, 20),
}
# the holiday kinds read from a table of days by year
HOLIDAY_TABLES: dict[str, dict[int, tuple[int, int]]] = {"lunar": LUNAR_NEW_YEAR, "diwali": DIWALI, "duanwu": DRAGON_BOAT,
                                                        "midautumn": MID_AUTUMN}
# holiday kinds whose name takes "the" in its extent ("the Lunar New Year", "the Mid-Autumn Festival")
THE_HOLIDAY_KINDS: frozenset[str] = frozenset({"lunar", "duanwu", "midautumn"})
# zones of the countries whose churches keep Easter by the Julian calendar: in a document of one that speaks of the
# Orthodox church, "Easter" (and the days named from it, "Good Friday", "Palm Sunday") is the Orthodox one
ORTHODOX_EASTER_ZONES: frozenset[str] = frozenset({
    "Europe/Moscow", "Europe/Kyiv", "Europe/Minsk", "Europe/Belgrade", "Europe/Athens", "Europe/Bucharest", "Europe/Sofia",
    "Europe/Chisinau", "Europe/Skopje", "Europe/Podgorica", "Asia/Tbilisi", "Europe/Kaliningrad", "Europe/Samara",
    "Europe/Simferopol", "Asia/Nicosia"})
# holidays each country keeps on its own day, read by the document's zone: name -> {zone: (month, day)};
# with no zone, or a zone not listed, the day stays unresolved (XXXX-XX-XX) and is flagged
REGIONAL_HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "liberation day": {"Asia/Seoul": (8, 15), "Europe/Rome": (4, 25), "Europe/Amsterdam": (5, 5)},
    "national day": {
        "Asia/Shanghai": (10, 1), "Asia/Hong_Kong": (10, 1), "Asia/Macau": (10, 1), "Asia/Taipei": (10, 10),
        "Asia/Singapore": (8, 9), "Asia/Riyadh": (9, 23), "Asia/Dubai": (12, 2), "Asia/Qatar": (12, 18),
        "Asia/Kuwait": (2, 25), "Asia/Ho_Chi_Minh": (9, 2),
    },
    "republic day": {"Asia/Kolkata": (1, 26), "Europe/Istanbul": (10, 29), "Europe/Rome": (6, 2)},
    # the end of the Second World War in Europe, as the former Soviet republics mark it (9 May)
    "victory day": {"Europe/Moscow": (5, 9), "Europe/Minsk": (5, 9), "Asia/Almaty": (5, 9), "Asia/Tashkent": (5, 9),
                    "Asia/Yerevan": (5, 9), "Asia/Baku": (5, 9), "Asia/Tbilisi": (5, 9)},
    "independence day": {
        "America/New_York": (7, 4), "America/Chicago": (7, 4), "America/Denver": (7, 4), "America/Los_Angeles": (7, 4),
        "America/Phoenix": (7, 4), "America/Anchorage": (7, 4), "Pacific/Honolulu": (7, 4),
        "Asia/Kolkata": (8, 15), "Asia/Karachi": (8, 14), "Europe/Kyiv": (8, 24), "Africa/Lagos": (10, 1),
        "America/Mexico_City": (9, 16), "Asia/Jakarta": (8, 17), "Asia/Manila": (6, 12), "America/Sao_Paulo": (9, 7),
        "Asia/Dhaka": (3, 26), "Africa/Nairobi": (12, 12), "America/Argentina/Buenos_Aires": (7, 9),
        "America/Bogota": (7, 20), "America/Lima": (7, 28), "America/Santiago": (9, 18), "America/Caracas": (7, 5),
        "Asia/Kuala_Lumpur": (8, 31), "Africa/Cairo": (7, 23), "Asia/Baku": (10, 18), "Asia/Tbilisi": (5, 26),
        "Asia/Yerevan": (9, 21), "Europe/Chisinau": (8, 27), "Europe/Minsk": (7, 3), "Asia/Tashkent": (9, 1),
        "Asia/Almaty": (12, 16), "Europe/Helsinki": (12, 6), "Europe/Warsaw": (11, 11),
    },
}
# days that name one event when a noun of it follows ("the Sept. 11 attacks"): (month, day) -> (year, nouns)
NAMED_DAYS: dict[tuple[int, int], tuple[int, frozenset[str]]] = {
    (9, 11): (2001, frozenset({"attack", "attacks", "terror", "terrorist", "terrorists", "hijackers", "hijackings",
                               "commission", "plot", "plotters", "victims", "strikes"})),
}
# a number before one of these street words is an address, not a year ("1600 Pennsylvania Avenue")
STREET_SUFFIXES: frozenset[str] = frozenset({
    "Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Way", "Place",
    "Pl", "Square", "Highway", "Hwy", "Court", "Ct"})
# a number after one of these words is a number, not a year ("jersey number 1999", "Flight 1549")
NUMBERED_NOUNS: frozenset[str] = frozenset({
    "number", "no.", "nos.", "model", "flight", "route", "room", "jersey", "bus", "highway", "interstate", "suite",
    "box", "code", "ward", "platform", "helpline", "hotline", "dial", "extension", "pin", "track", "gate", "pier"})
# calendars whose "New Year" is not January 1
OTHER_NEW_YEARS: frozenset[str] = frozenset({"chinese", "lunar", "jewish", "persian", "iranian", "islamic", "thai",
                                             "vietnamese", "tibetan", "orthodox"})

NUMBERS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "half a": 0.5, "a half": 0.5, "a couple of": 2, "a couple": 2,
    "a dozen": 12, "dozen": 12, "a hundred": 100, "couple of": 2,
}
# units of distance: before "an hour", "per hour" they make a speed, not a time ("160 miles an hour")
DISTANCE_UNITS: frozenset[str] = frozenset("""
    mile miles km kms kilometer kilometers kilometre kilometres kph mph knot knots foot feet meter meters metre metres
    yard yards inch inches centimeter centimeters centimetre centimetres
""".split())
# words for an unspecified number: the TIMEX3 value uses X ("several months" = PXM)
VAGUE_NUMBERS: frozenset[str] = frozenset({"several", "few", "a few", "many", "some", "numerous", "multiple",
                                           "a number of", "dozens of", "hundreds of", "scores of", "a couple of"})

# clock hours and minutes as words: "ten a.m.", "nine-thirty tonight", "half past ten", "a quarter to eight"
CLOCK_HOURS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
CLOCK_MINUTE_TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
CLOCK_MINUTE_TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
CLOCK_FRACTIONS: dict[str, int] = {"quarter": 15, "half": 30}  # "a quarter past", "half past"

# "the 90's" near one of these words is a range of numbers (temperatures, scores), not a decade
NUMBER_RANGE_CONTEXT: frozenset[str] = frozenset("""
    temperature temperatures degrees highs lows high low shot shoots score scores scored mph percent fahrenheit
""".split())

# words ending in -s before "a week", "a year" that are not counted nouns, so no rate follows
# ("it takes a week" is a length; "four flights a week" is a rate)
NOT_RATE_WORDS: frozenset[str] = frozenset("""
    takes lasts needs requires spends waits runs stays remains gives gets has was is this his its plus less
    perhaps always sometimes nearly almost about across towards afterwards within for over after than under inside
    before during until from into
""".split())

# a capitalised day, season or holiday name followed by one of these is part of a proper name, not a date
# ("The Sunday Times", "Tuesday Morning Corp.", "the Good Friday Agreement", "the Summer Palace")
NAME_AFTER_TIME_WORD: frozenset[str] = frozenset("""
    times telegraph mirror express post herald independent observer tribune mail star sport people
    corp corporation inc co company group club league cup classic festival school bank street road
    agreement accord accords olympics olympic games palace garden gardens offensive massacre uprising
    revolution war session sessions commission parade football market markets special edition
    capital partners holdings ventures records studios magazine journal show review
""".split())

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1,
}

# time units: canonical name, TIMEX3 letter, whether the letter takes the "T" (clock) prefix
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "night": "night", "nights": "night",
    "week": "week", "weeks": "week", "weekend": "weekend", "weekends": "weekend",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
UNIT_TIMEX: dict[str, tuple[str, bool, int]] = {
    # unit: (letter, clock part, multiplier)
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1), "weekend": ("WE", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
}

# parts of day: TIMEX3 code and the civil hours [start, end) they cover (see data/policy.py)
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV",
    "evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "daytime": "DT",
    "lunchtime": "MI", "dawn": "MO", "dusk": "EV", "daybreak": "MO", "sunrise": "MO", "sunset": "EV", "sundown": "EV",
    "nightfall": "EV",
}

# "a night curfew", "a night flight": "night" as the adjective of a noun after it, no length of time
NIGHT_NOUNS: frozenset[str] = frozenset("""
    curfew curfews shift shifts flight flights raid raids session sessions sky skies club clubs watch train trains bus
    buses market markets game games match matches vigil
""".split())
# "a day of mourning", "a day of infamy": a day named for what it means, not a length of time
DAY_OF_NOUNS: frozenset[str] = frozenset("""
    mourning infamy celebration celebrations prayer prayers action protest protests remembrance rage reckoning
    rest reflection solidarity fasting thanksgiving silence service festivities jubilation shame triumph
""".split())
# units written closed with "long" as one adjective of length ("a weeklong festival", "his monthlong stay")
CLOSED_LENGTH_UNITS: tuple[str, ...] = ("day", "week", "month", "year", "decade", "hour", "night")
# parts of day named by the sun: a day's time after "at", "before", "from" ... ("crossed at dawn", "ends at sundown")
TIMES_OF_SUN: frozenset[str] = frozenset({"dawn", "dusk", "daybreak", "sunrise", "sunset", "sundown", "nightfall"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# words that make a bare month a date: "in May", "since March"
MONTH_PREPOSITIONS: frozenset[str] = frozenset({"in", "since", "until", "till", "by", "from", "through", "of",
                                                "before", "after", "during", "last", "next", "this", "early",
                                                "late", "mid", "end", "til", "throughout", "this past",
                                                "past", "coming"})

# relative words: their direction
RELATIVE: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "this": 0, "current": 0, "present": 0, "same": 0,
}

DEICTIC_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}

# TIMEX3 references: PRESENT_REF, PAST_REF, FUTURE_REF
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at this time": "PRESENT_REF", "so far": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent days": "PAST_REF", "recent weeks": "PAST_REF",
    "recent months": "PAST_REF", "recent years": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "in the future": "FUTURE_REF",
    "in the coming days": "FUTURE_REF", "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF", "shortly": "FUTURE_REF",
}

# modifiers before an expression -> TIMEX3 mod
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "nearly": "APPROX",
    "almost": "LESS_THAN", "some": "APPROX", "circa": "APPROX", "close to": "APPROX", "an estimated": "APPROX",
    "more than": "MORE_THAN", "upwards of": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "shorter than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "a minimum of": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "a maximum of": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS",
    "just under": "LESS_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
}

# boundaries of a period -> TIMEX3 mod
BOUNDARIES: dict[str, str] = {
    "the beginning of": "START", "beginning of": "START", "the start of": "START", "start of": "START",
    "the early part of": "START", "early": "START", "the dawn of": "START", "the outset of": "START",
    "the middle of": "MID", "middle of": "MID", "mid": "MID", "the mid": "MID", "the mid-": "MID",
    "the end of": "END", "end of": "END", "the close of": "END", "late": "END", "the latter part of": "END",
    "the late": "END", "the early": "START", "the turn of": "START",
}

# tense cues (cheap lexical): the words of a clause that place a bare weekday or month-day.
# A word ending in "-ed" also counts as past unless it is listed as future here ("scheduled").
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "would", "shall", "scheduled", "expected", "planned", "plans", "upcoming", "intends",
    "slated", "until", "till", "await", "awaits", "ahead", "'ll", "wo", "won't",
    "payable", "expire", "expires", "expect", "anticipated", "forecast", "projected", "effective", "resume", "resumes",
    "aims", "hopes", "tomorrow", "next", "forthcoming", "expects", "intend", "due",
})
PAST_CUES: frozenset[str] = frozenset({
    "was", "were", "had", "did", "said", "told", "ago", "last", "held", "took", "began", "met", "spoke",
    "been", "earlier", "previous", "since", "already", "yesterday", "came", "went", "made", "gave", "saw",
    "won", "lost", "sent", "left", "fell", "rose", "became", "brought", "thought", "knew", "wrote", "got",
    "hit", "put", "set", "cut", "quit", "shut", "struck", "sold", "bought", "paid", "led",
    "fled", "found", "ran", "spent", "stood", "wore", "drew", "drove", "flew", "grew",
    "threw", "broke", "chose", "froze", "stole", "woke", "didn't", "wasn't", "weren't",
    "died", "born", "shot", "sued", "owed", "eyed", "sat", "ate", "hid", "rode", "rang", "sang", "sank", "swam", "blew", "dug",
    # reporting: what is reported "citing X on Friday" was said before the report
    "citing", "quoting", "according",
})
# verbs that report rather than narrate: what follows them may still lie ahead ("said Nov. 10 is the deadline")
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "told", "announced", "added", "stated", "reported", "noted", "declared", "confirmed", "indicated",
    "disclosed", "estimated", "predicted", "warned", "insisted", "argued", "explained", "suggested", "set",
    "scheduled", "planned", "proposed", "expected", "agreed", "decided", "voted", "asked", "urged", "called"})
# words that open a subordinate clause, whose verb has a tense of its own ("will resume after storms halted play")
SUBORDINATORS: frozenset[str] = frozenset({"after", "because", "when", "since", "although", "though", "once", "as", "where"})
# words before a noun: "the vote on Monday", "its close" hold no present verb (not "that": "a freeze that takes effect Monday")
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "its", "their", "his", "her", "our", "your",
                                         "final", "first", "next", "last", "key", "planned", "scheduled"})
# participles that open a phrase with "by" after a comma, no verb of the clause (", followed by a press conference")
PARTICIPLE_BY_VERBS: frozenset[str] = frozenset({
    "followed", "preceded", "accompanied", "flanked", "led", "helped", "driven", "boosted", "dragged"})
# future cues that are also nouns ("its previous forecast", "the new plans"), and the words that make them one
FUTURE_NOUNS: frozenset[str] = frozenset({"forecast", "plans", "due"})
NOUN_BEFORE: frozenset[str] = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "previous",
                                         "earlier", "new", "latest", "original", "prior", "initial", "revised"})
# words that open a clause of time, in which English uses the present for the future ("before the House rises")
TIME_SUBORDINATORS: frozenset[str] = frozenset({"before", "until", "till", "when", "once", "after"})
# a word before "overnight" that makes it figurative ("change overnight", "an overnight success") or a length of
# stay ("stayed overnight"), not last night
NOT_OVERNIGHT_BEFORE: frozenset[str] = frozenset("""
    change changes changed changing happen happens happened disappear disappeared disappears vanish vanished
    transform transformed become became becomes fix fixed solve solved resolve resolved rich famous success
    stay stayed stays staying spend spent kept keep held hold remain remained remains not just almost literally
    virtually seemingly practically from
""".split())
# pronouns that stand between a verb and its object's state ("keep it closed")
OBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "them", "him", "her", "us", "me", "you"})
# verbs of a pause, which lasts "until" a time still to come ("paused its count until Thursday morning")
PAUSE_VERBS: frozenset[str] = frozenset({"paused", "suspended", "halted", "recessed"})
# verbs of an attribution after what is reported (", it said.")
ATTRIBUTION_VERBS: frozenset[str] = frozenset({"said", "says", "told", "added", "reported", "announced"})
# present verbs of a state whose participle is an adjective, not a past verb ("remain shut", "stay closed")
STATE_VERBS: frozenset[str] = frozenset({"remain", "remains", "stay", "stays", "keep", "keeps"})
# "-ed" words that do not mark the past (adjectives, future-looking participles)
NOT_PAST_ED: frozenset[str] = frozenset({
    "scheduled", "expected", "planned", "slated", "proposed", "intended", "supposed", "indeed", "need",
    "speed", "seed", "feed", "bed", "red", "shed", "bred", "united", "based", "concerned", "related",
    "interested", "armed", "limited", "advanced", "detailed", "tied", "allied", "hundred", "med", "ted", "ed",
    "alleged", "unrecorded", "required", "prepared", "aimed", "designed", "timed", "set", "ahead",
})

# present-tense verbs that, with no past cue in the clause, place a bare weekday ahead ("the vote is on Monday";
# headline present for plural subjects: "leaders meet Monday")
PRESENT_CUES: frozenset[str] = frozenset({
    "is", "are", "am", "begins", "starts", "opens", "ends", "takes", "meets", "visits", "holds", "arrives", "leaves",
    "closes", "plays", "play", "faces", "hosts", "comes", "meet", "begin", "arrive", "resume", "airs",
    "start", "run", "runs",
    # plural and headline present of scheduled events ("Turks vote on Sunday", "new rules take effect on Monday")
    # (not "close", "end", "open", "return", "launch": nouns as often, and not always after a determiner: "at the
    # close of business Thursday", "tax returns"; a word after a determiner is never taken, see DETERMINERS)
    "take", "vote", "votes", "hold", "face", "expire", "expires", "go", "goes", "remain", "stay", "stays",
    "head", "heads", "travel", "travels", "fly", "flies", "visit", "host", "rally", "gather", "strike", "kicks",
    "decide", "decides", "choose", "chooses", "elect", "elects",  # (not "march": the month)
    # a schedule's third person ("the tax rises to 8 percent on Tuesday", "Putin, who gives his annual news conference on
    # Thursday", "the next round, on Wednesday, covers six seats")
    "rises", "gives", "delivers", "addresses", "unveils", "debuts", "premieres", "concludes", "convenes", "reconvenes",
    "testifies", "speaks", "covers", "retires", "move", "moves", "falls",
})
# present cues that are nouns as often, when nothing comes before them in the clause ("Play on Monday was held up")
NOUN_LIKE_PRESENT: frozenset[str] = frozenset({"play", "vote", "strike", "rally", "visit", "travel", "head", "face",
                                                "host", "gather", "run", "fly", "move"})
# nouns as often as verbs ("the close", "tax returns"): present verbs only after "and" or a plural subject and
# before "at"/"on" ("Polling stations open at 8 a.m. and close at 8 p.m. Sunday")
OPENING_VERBS: frozenset[str] = frozenset({"open", "close", "end", "reopen", "finish", "return", "launch"})
# present verbs of a schedule that keep a possessive weekday ahead ("Sunday's final starts at 5 p.m."; but
# "Monday's attack is the worst": a plain "is" does not)
SCHEDULE_VERBS: frozenset[str] = frozenset({"starts", "begins", "opens", "kicks", "start", "begin", "open"})
# words before a participle that make it future ("will be held", "to be completed")
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "'ll", "shall", "to", "wo"})
# future cues that only say a later time is named, not that this clause looks ahead ("delayed ... until")
FUTURE_CUES_WEAK: frozenset[str] = frozenset({"until", "till", "ahead", "coming", "effective", "next"})
# after "than"/"as" these compare figures with a plan and are no tense cue ("spent less than expected")
COMPARED_PLAN_WORDS: frozenset[str] = frozenset({"expected", "forecast", "anticipated", "projected", "planned",
                                                 "scheduled", "predicted", "estimated", "hoped", "feared"})
# modal verbs: "must be completed by Friday" looks ahead, "may have been killed on Friday" back
MODALS: frozenset[str] = frozenset({"must", "should", "could", "can", "may", "might", "would"})
# words that may stand between such an auxiliary and the participle it governs ("will not be held", "to have begun")
AUXILIARY_GAP: frozenset[str] = frozenset("""
    be been have not also still then soon now again probably likely never only just first finally formally
""".split())

# a four-digit number followed by a lower-case word is a count ("2000 troops"), unless the word is one of these
YEAR_NEXT_OK: frozenset[str] = frozenset("""
    and or to when as with the in on at for after before but that was is will were had has have until through from
    by while than because since so if which who what this those these a an also it its he she they we i alone levels
    figures""".split())
# what a lead is counted in ("11 seconds ahead of", "three points ahead"): "ahead" after them is no future
MARGIN_NOUNS: frozenset[str] = frozenset("""
    seconds second minutes minute points point votes vote strokes stroke lengths length shots shot goals goal runs
    places percent games game laps lap""".split())
# things named for a holiday, not the day ("a Christmas tree", "Easter eggs", "Halloween costumes")
HOLIDAY_THING_NOUNS: frozenset[str] = frozenset("""
    tree trees card cards carol carols decorations ornaments lights pudding cake cakes cookies egg eggs bunny costume
    costumes stocking stockings cracker crackers island""".split())
# verbs that move or call off an event ("moved Sunday's game", "called off Saturday's march")
CALLED_OFF_VERBS: frozenset[str] = frozenset({"moved", "postponed", "delayed", "rescheduled", "put off", "called off",
                                              "cancelled", "canceled", "scrapped", "move", "moves", "postpone",
                                              "postpones", "delay", "delays", "reschedule", "cancel", "cancels", "scrap",
                                              "call off", "calls off"})
# past forms of calling a plan off: what was planned is then told in the past ("who cancelled an address planned for 8 pm")
CANCELLED_VERBS: frozenset[str] = frozenset({"cancelled", "canceled", "scrapped", "abandoned", "scrubbed", "called off"})
# words that stand before a plural present as its subject, or join it to one ("they visit", "and host")
SUBJECT_WORDS: frozenset[str] = frozenset({"they", "we", "you", "i", "who", "and", "to"})
# bodies and events a month-day names ("the May 4 Movement", "the April 6 Youth Movement")
DAY_NAMED_BODIES: frozenset[str] = frozenset({"Movement", "Declaration", "Agreement", "Accord", "Accords", "Incident",
                                              "Uprising", "Revolution", "Group", "Coalition"})
# verbs of a figure's change ("has shrunk by a quarter", "cut by a third")
CHANGE_VERBS: frozenset[str] = frozenset("""
    shrank shrunk shrinks fell falls fall dropped drops rose rises grew grows cut cuts slashed reduced increased jumped
    plunged declined contracted expanded up down""".split())
# kin before a name in apposition ("his mother, June, said"; "his wife, April,"): a month word there is the name
KIN_NOUNS: frozenset[str] = frozenset("""
    mother father wife husband daughter son sister brother aunt uncle grandmother grandfather widow widower partner
    girlfriend boyfriend fiancee fiance niece nephew cousin""".split())
# plurals (and units) with no final "s": after a preposition, "of 1500 men" is a count, not a year
UNMARKED_PLURALS: frozenset[str] = frozenset("""
    men women people police staff children personnel cattle sheep feet yen yuan baht won rupiah head crew infantry
    youth kg km mph ft lb cc""".split())
# plural nouns that a year may still qualify ("the 2024 elections")
YEAR_EVENT_PLURALS: frozenset[str] = frozenset({
    "elections", "olympics", "games", "polls", "midterms", "finals", "results", "accounts", "talks", "hearings",
    "protests", "riots", "floods", "attacks"})
# the figures of a year, after it even with no determiner ("expects 2013 earnings of $3.40 a share"): never a count
YEAR_FIGURE_NOUNS: frozenset[str] = frozenset({
    "earnings", "profit", "profits", "revenue", "revenues", "sales", "output", "growth", "budget", "budgets",
    "forecast", "forecasts", "guidance", "outlook", "deficit", "spending", "turnover", "dividend", "dividends",
    "target", "targets"})
# a figure a month names ("Auto makers' May sales rose", "March payrolls"): after one of these, an ambiguous
# month word ("May", "March") is the month
MONTH_FIGURE_NOUNS: frozenset[str] = YEAR_FIGURE_NOUNS | frozenset({
    "figures", "data", "exports", "imports", "production", "payrolls", "jobs", "inflation", "deliveries",
    "shipments", "orders", "prices", "results", "retail", "unemployment", "auto", "car", "home", "housing",
    "producer", "consumer", "trade", "index", "report", "survey", "numbers", "reading"})
# a trading session after a part of the day ("rose in morning trading"), and the moments of one between a clock time
# and its place ("the 3 p.m. close in Tokyo")
SESSION_NOUNS: frozenset[str] = frozenset({"trading", "trade", "dealings", "deals", "session"})
SESSION_MOMENTS: frozenset[str] = frozenset({"close", "closing", "open", "opening", "finish", "start", "kickoff", "kick-off",
                                            # an event held at that clock in the place after it ("a noon news conference in Phoenix")
                                            "news conference", "press conference", "briefing", "deadline", "rally", "ceremony",
                                            "meeting", "curfew", "vigil", "launch", "speech", "match", "game", "concert"})
# an event a holiday names ("the end of the Republic Day parade"): "the" and "the end of" are the event's
HOLIDAY_EVENT_NOUNS: frozenset[str] = frozenset({"parade", "celebration", "celebrations", "festivities", "ceremony", "march"})
# "weekly", "daily" are sets when used as adverbs: followed by one of these words or by punctuation
SET_NEXT_OK: frozenset[str] = frozenset(
    "and or but in on at for to since until with by from as than while when after before instead rather starting beginning".split())
