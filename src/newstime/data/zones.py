"""Zone aliases: how news names a time zone.  Data only; ``newstime.tz`` reads it.

Adding an alias is one line here; the test suite checks every entry ("noon <alias> time"
resolves into that zone).  Keys are lower case.
"""

from __future__ import annotations

# "<place> time", "local time in <place>", datelines: cities, countries and adjectives with one zone.
# Capitals whose zone key names another city are here on purpose (Beijing -> Asia/Shanghai).
PLACES: dict[str, str] = {
    # Europe
    "moscow": "Europe/Moscow", "st petersburg": "Europe/Moscow", "st. petersburg": "Europe/Moscow",
    "saint petersburg": "Europe/Moscow", "kaliningrad": "Europe/Kaliningrad", "samara": "Europe/Samara",
    "paris": "Europe/Paris", "france": "Europe/Paris", "french": "Europe/Paris",
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "ukraine": "Europe/Kyiv", "ukrainian": "Europe/Kyiv",
    "kharkiv": "Europe/Kyiv", "kharkov": "Europe/Kyiv", "odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv",
    "lviv": "Europe/Kyiv", "donetsk": "Europe/Kyiv",
    "london": "Europe/London", "britain": "Europe/London", "british": "Europe/London", "uk": "Europe/London",
    "u.k.": "Europe/London", "england": "Europe/London", "scotland": "Europe/London",
    "berlin": "Europe/Berlin", "germany": "Europe/Berlin", "german": "Europe/Berlin",
    # names of the Cold War's places, as datelines of the time write them
    "east berlin": "Europe/Berlin", "west berlin": "Europe/Berlin", "east germany": "Europe/Berlin",
    "west germany": "Europe/Berlin", "yugoslavia": "Europe/Belgrade", "czechoslovakia": "Europe/Prague",
    "brussels": "Europe/Brussels", "belgium": "Europe/Brussels", "belgian": "Europe/Brussels",
    "geneva": "Europe/Zurich", "zurich": "Europe/Zurich", "bern": "Europe/Zurich", "switzerland": "Europe/Zurich",
    "swiss": "Europe/Zurich", "vienna": "Europe/Vienna", "austria": "Europe/Vienna", "rome": "Europe/Rome",
    "italy": "Europe/Rome", "italian": "Europe/Rome", "madrid": "Europe/Madrid", "spain": "Europe/Madrid",
    "spanish": "Europe/Madrid", "lisbon": "Europe/Lisbon", "portugal": "Europe/Lisbon",
    "amsterdam": "Europe/Amsterdam", "the hague": "Europe/Amsterdam", "netherlands": "Europe/Amsterdam",
    "dutch": "Europe/Amsterdam", "warsaw": "Europe/Warsaw", "poland": "Europe/Warsaw", "polish": "Europe/Warsaw",
    "prague": "Europe/Prague", "budapest": "Europe/Budapest", "hungary": "Europe/Budapest",
    "bucharest": "Europe/Bucharest", "romania": "Europe/Bucharest", "sofia": "Europe/Sofia",
    "athens": "Europe/Athens", "greece": "Europe/Athens", "greek": "Europe/Athens",
    "helsinki": "Europe/Helsinki", "finland": "Europe/Helsinki", "stockholm": "Europe/Stockholm",
    "sweden": "Europe/Stockholm", "oslo": "Europe/Oslo", "norway": "Europe/Oslo", "copenhagen": "Europe/Copenhagen",
    "denmark": "Europe/Copenhagen", "dublin": "Europe/Dublin", "ireland": "Europe/Dublin", "irish": "Europe/Dublin",
    "minsk": "Europe/Minsk", "belarus": "Europe/Minsk", "belarusian": "Europe/Minsk",
    "vilnius": "Europe/Vilnius", "riga": "Europe/Riga", "tallinn": "Europe/Tallinn",
    "chisinau": "Europe/Chisinau", "moldova": "Europe/Chisinau", "belgrade": "Europe/Belgrade",
    "serbia": "Europe/Belgrade", "istanbul": "Europe/Istanbul", "ankara": "Europe/Istanbul",
    "turkey": "Europe/Istanbul", "turkish": "Europe/Istanbul", "tbilisi": "Asia/Tbilisi", "georgia": "Asia/Tbilisi",
    "yerevan": "Asia/Yerevan", "armenia": "Asia/Yerevan", "baku": "Asia/Baku", "azerbaijan": "Asia/Baku",
    # Middle East, Africa
    "jerusalem": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "east jerusalem": "Asia/Jerusalem",
    # the coasts of the United States, as US news names them ("midnight on the East Coast")
    "east coast": "America/New_York", "west coast": "America/Los_Angeles",
    "bethlehem": "Asia/Hebron",
    "israeli": "Asia/Jerusalem", "gaza": "Asia/Gaza", "beirut": "Asia/Beirut", "lebanon": "Asia/Beirut",
    "damascus": "Asia/Damascus", "syria": "Asia/Damascus", "baghdad": "Asia/Baghdad", "iraq": "Asia/Baghdad",
    "tehran": "Asia/Tehran", "iran": "Asia/Tehran", "iranian": "Asia/Tehran", "riyadh": "Asia/Riyadh",
    "saudi": "Asia/Riyadh", "saudi arabia": "Asia/Riyadh", "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai",
    "doha": "Asia/Qatar", "qatar": "Asia/Qatar", "amman": "Asia/Amman", "jordan": "Asia/Amman",
    "cairo": "Africa/Cairo", "egypt": "Africa/Cairo", "egyptian": "Africa/Cairo",
    "johannesburg": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg", "south africa": "Africa/Johannesburg",
    "nairobi": "Africa/Nairobi", "kenya": "Africa/Nairobi", "lagos": "Africa/Lagos", "abuja": "Africa/Lagos",
    "nigeria": "Africa/Lagos", "addis ababa": "Africa/Addis_Ababa", "ethiopia": "Africa/Addis_Ababa",
    # Asia, Pacific
    "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata",
    "kolkata": "Asia/Kolkata", "calcutta": "Asia/Kolkata", "india": "Asia/Kolkata", "indian": "Asia/Kolkata",
    "islamabad": "Asia/Karachi", "karachi": "Asia/Karachi", "pakistan": "Asia/Karachi", "kabul": "Asia/Kabul",
    "afghanistan": "Asia/Kabul", "dhaka": "Asia/Dhaka", "bangladesh": "Asia/Dhaka",
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "china": "Asia/Shanghai",
    "chinese": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "taiwan": "Asia/Taipei",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "japanese": "Asia/Tokyo", "seoul": "Asia/Seoul",
    "south korea": "Asia/Seoul", "korea": "Asia/Seoul", "korean": "Asia/Seoul", "pyongyang": "Asia/Pyongyang",
    "north korea": "Asia/Pyongyang", "singapore": "Asia/Singapore", "bangkok": "Asia/Bangkok",
    "thailand": "Asia/Bangkok", "hanoi": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "manila": "Asia/Manila",
    "philippines": "Asia/Manila", "kuala lumpur": "Asia/Kuala_Lumpur", "malaysia": "Asia/Kuala_Lumpur",
    "jakarta": "Asia/Jakarta", "tashkent": "Asia/Tashkent", "astana": "Asia/Almaty", "almaty": "Asia/Almaty",
    "sydney": "Australia/Sydney", "canberra": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "perth": "Australia/Perth", "brisbane": "Australia/Brisbane", "auckland": "Pacific/Auckland",
    "adelaide": "Australia/Adelaide", "darwin": "Australia/Darwin", "kathmandu": "Asia/Kathmandu", "nepal": "Asia/Kathmandu",
    "makassar": "Asia/Makassar", "jayapura": "Asia/Jayapura", "maputo": "Africa/Maputo", "mozambique": "Africa/Maputo",
    "halifax": "America/Halifax", "nova scotia": "America/Halifax",
    "wellington": "Pacific/Auckland", "new zealand": "Pacific/Auckland",
    # Americas
    "washington": "America/New_York", "new york": "America/New_York", "boston": "America/New_York",
    "miami": "America/New_York", "atlanta": "America/New_York", "eastern": "America/New_York",
    "chicago": "America/Chicago", "central": "America/Chicago", "houston": "America/Chicago",
    "dallas": "America/Chicago", "denver": "America/Denver", "mountain": "America/Denver",
    "phoenix": "America/Phoenix", "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "pacific": "America/Los_Angeles", "honolulu": "Pacific/Honolulu",
    "hawaii": "Pacific/Honolulu", "anchorage": "America/Anchorage", "alaska": "America/Anchorage",
    "ottawa": "America/Toronto", "toronto": "America/Toronto", "montreal": "America/Toronto",
    "vancouver": "America/Vancouver", "mexico city": "America/Mexico_City", "havana": "America/Havana",
    "cuba": "America/Havana", "caracas": "America/Caracas", "venezuela": "America/Caracas",
    "bogota": "America/Bogota", "colombia": "America/Bogota", "lima": "America/Lima", "peru": "America/Lima",
    "santiago": "America/Santiago", "chile": "America/Santiago", "buenos aires": "America/Argentina/Buenos_Aires",
    "argentina": "America/Argentina/Buenos_Aires", "brasilia": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo",
    # US states, Canadian provinces and Australian states with one zone ("Arizona time", "local time" in a
    # sentence about Ohio); those with two are in MULTI_ZONE_REGIONS
    "alabama": "America/Chicago", "arizona": "America/Phoenix", "arkansas": "America/Chicago",
    "california": "America/Los_Angeles", "colorado": "America/Denver", "connecticut": "America/New_York",
    "delaware": "America/New_York", "illinois": "America/Chicago", "iowa": "America/Chicago",
    "louisiana": "America/Chicago", "maine": "America/New_York", "maryland": "America/New_York",
    "massachusetts": "America/New_York", "minnesota": "America/Chicago", "mississippi": "America/Chicago",
    "missouri": "America/Chicago", "montana": "America/Denver", "nevada": "America/Los_Angeles",
    "new hampshire": "America/New_York", "new jersey": "America/New_York", "new mexico": "America/Denver",
    "north carolina": "America/New_York", "ohio": "America/New_York", "oklahoma": "America/Chicago",
    "pennsylvania": "America/New_York", "rhode island": "America/New_York", "south carolina": "America/New_York",
    "utah": "America/Denver", "vermont": "America/New_York", "virginia": "America/New_York",
    "west virginia": "America/New_York", "wisconsin": "America/Chicago", "wyoming": "America/Denver",
    "ontario": "America/Toronto", "quebec": "America/Toronto", "british columbia": "America/Vancouver",
    "alberta": "America/Edmonton", "manitoba": "America/Winnipeg", "saskatchewan": "America/Regina",
    "new brunswick": "America/Moncton", "newfoundland": "America/St_Johns", "queensland": "Australia/Brisbane",
    "new south wales": "Australia/Sydney", "tasmania": "Australia/Hobart", "south australia": "Australia/Adelaide",
    "western australia": "Australia/Perth", "northern territory": "Australia/Darwin", "bali": "Asia/Makassar",
    # islands and regions with one zone that news names as a story's place ("off the west coast of Sumatra")
    "sumatra": "Asia/Jakarta", "java": "Asia/Jakarta", "sicily": "Europe/Rome", "sardinia": "Europe/Rome",
    "crete": "Europe/Athens", "corsica": "Europe/Paris", "hokkaido": "Asia/Tokyo", "okinawa": "Asia/Tokyo",
    "kyushu": "Asia/Tokyo", "honshu": "Asia/Tokyo", "sakhalin": "Asia/Sakhalin", "crimea": "Europe/Simferopol",
    "west bank": "Asia/Hebron", "golan heights": "Asia/Jerusalem", "tibet": "Asia/Shanghai",
    # airports and landmarks that stand for their city in news ("landed at Heathrow at 9:05 a.m.", "on Wall Street")
    "heathrow": "Europe/London", "gatwick": "Europe/London", "stansted": "Europe/London",
    "trafalgar square": "Europe/London", "downing street": "Europe/London",
    "sheremetyevo": "Europe/Moscow", "domodedovo": "Europe/Moscow", "vnukovo": "Europe/Moscow",
    "pulkovo": "Europe/Moscow", "kremlin": "Europe/Moscow", "red square": "Europe/Moscow",
    "orly": "Europe/Paris", "roissy": "Europe/Paris", "gare du nord": "Europe/Paris", "elysee": "Europe/Paris",
    "schiphol": "Europe/Amsterdam", "boryspil": "Europe/Kyiv", "borispol": "Europe/Kyiv",
    "narita": "Asia/Tokyo", "haneda": "Asia/Tokyo", "incheon": "Asia/Seoul", "changi": "Asia/Singapore",
    "tiananmen square": "Asia/Shanghai", "dulles": "America/New_York", "laguardia": "America/New_York",
    "o'hare": "America/Chicago", "wall street": "America/New_York", "times square": "America/New_York",
    "capitol hill": "America/New_York",
}

# Countries (and adjectives) that span several zones: "<country> time" is ambiguous.
# The value is the zone used when nothing else decides (the capital's), flagged on the mention.
MULTI_ZONE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "russia": ("Europe/Moscow", "Europe/Kaliningrad", "Asia/Yekaterinburg", "Asia/Novosibirsk",
               "Asia/Vladivostok"),
    "russian": ("Europe/Moscow", "Europe/Kaliningrad", "Asia/Yekaterinburg", "Asia/Novosibirsk",
                "Asia/Vladivostok"),
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "u.s.": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "american": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "australia": ("Australia/Sydney", "Australia/Perth", "Australia/Adelaide", "Australia/Brisbane"),
    "australian": ("Australia/Sydney", "Australia/Perth", "Australia/Adelaide", "Australia/Brisbane"),
    "canada": ("America/Toronto", "America/Vancouver", "America/Winnipeg", "America/Halifax"),
    "brazil": ("America/Sao_Paulo", "America/Manaus", "America/Noronha"),
    "mexico": ("America/Mexico_City", "America/Tijuana", "America/Cancun"),
    "indonesia": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
}
# US states split between two zones: the one most of the state keeps first
MULTI_ZONE_REGIONS: dict[str, tuple[str, ...]] = {
    "texas": ("America/Chicago", "America/Denver"), "florida": ("America/New_York", "America/Chicago"),
    "indiana": ("America/Indiana/Indianapolis", "America/Chicago"), "kentucky": ("America/New_York", "America/Chicago"),
    "tennessee": ("America/Chicago", "America/New_York"), "michigan": ("America/Detroit", "America/Menominee"),
    "kansas": ("America/Chicago", "America/Denver"), "nebraska": ("America/Chicago", "America/Denver"),
    "north dakota": ("America/Chicago", "America/Denver"), "south dakota": ("America/Chicago", "America/Denver"),
    "oregon": ("America/Los_Angeles", "America/Boise"), "idaho": ("America/Boise", "America/Los_Angeles"),
}
# every place name with several zones: countries and regions
MULTI_ZONE_PLACES: dict[str, tuple[str, ...]] = {**MULTI_ZONE_COUNTRIES, **MULTI_ZONE_REGIONS}

# Abbreviations.  Each maps to its readings, most likely first; a reading is
#   (zone, kind): kind "generic" follows the zone's DST ("ET", "MSK"); "standard"/"daylight" name one
#   fixed offset as written ("EST" is UTC-5 even in July: see docs/zones.md), the zone says where.
ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "MSK": (("Europe/Moscow", "generic"),),
    "MSD": (("Europe/Moscow", "daylight"),),
    "UTC": (("UTC", "generic"),), "GMT": (("UTC", "generic"),), "Z": (("UTC", "generic"),),
    "ZULU": (("UTC", "generic"),),
    "CET": (("Europe/Paris", "standard"),), "CEST": (("Europe/Paris", "daylight"),),
    "EET": (("Europe/Kyiv", "standard"),), "EEST": (("Europe/Kyiv", "daylight"),),
    "WET": (("Europe/Lisbon", "standard"),), "WEST": (("Europe/Lisbon", "daylight"),),
    "BST": (("Europe/London", "daylight"), ("Asia/Dhaka", "standard")),
    "IST": (("Asia/Kolkata", "standard"), ("Europe/Dublin", "daylight"), ("Asia/Jerusalem", "standard")),
    "ET": (("America/New_York", "generic"),), "EST": (("America/New_York", "standard"),),
    "EDT": (("America/New_York", "daylight"),),
    "CT": (("America/Chicago", "generic"),),
    "CST": (("America/Chicago", "standard"), ("Asia/Shanghai", "standard"), ("America/Havana", "standard")),
    "CDT": (("America/Chicago", "daylight"),),
    "MT": (("America/Denver", "generic"),), "MST": (("America/Denver", "standard"),),
    "MDT": (("America/Denver", "daylight"),),
    "PT": (("America/Los_Angeles", "generic"),), "PST": (("America/Los_Angeles", "standard"),),
    "PDT": (("America/Los_Angeles", "daylight"),),
    "AKST": (("America/Anchorage", "standard"),), "AKDT": (("America/Anchorage", "daylight"),),
    "HST": (("Pacific/Honolulu", "standard"),),
    "JST": (("Asia/Tokyo", "standard"),), "KST": (("Asia/Seoul", "standard"),),
    "HKT": (("Asia/Hong_Kong", "standard"),), "SGT": (("Asia/Singapore", "standard"),),
    "AEST": (("Australia/Sydney", "standard"),), "AEDT": (("Australia/Sydney", "daylight"),),
    "NZST": (("Pacific/Auckland", "standard"),), "NZDT": (("Pacific/Auckland", "daylight"),),
    "SAST": (("Africa/Johannesburg", "standard"),), "WAT": (("Africa/Lagos", "standard"),),
    "EAT": (("Africa/Nairobi", "standard"),), "PKT": (("Asia/Karachi", "standard"),),
    "CAT": (("Africa/Maputo", "standard"),), "NZT": (("Pacific/Auckland", "generic"),),
    "AWST": (("Australia/Perth", "standard"),), "ACST": (("Australia/Adelaide", "standard"),),
    "ACDT": (("Australia/Adelaide", "daylight"),), "WIB": (("Asia/Jakarta", "standard"),),
    "WITA": (("Asia/Makassar", "standard"),), "WIT": (("Asia/Jayapura", "standard"),),
    "ICT": (("Asia/Bangkok", "standard"),), "PHT": (("Asia/Manila", "standard"),),
    "MYT": (("Asia/Kuala_Lumpur", "standard"),), "GST": (("Asia/Dubai", "standard"),),
    "TRT": (("Europe/Istanbul", "standard"),), "IRST": (("Asia/Tehran", "standard"),),
    "AFT": (("Asia/Kabul", "standard"),), "NPT": (("Asia/Kathmandu", "standard"),),
    "AST": (("America/Halifax", "standard"), ("Asia/Riyadh", "standard")),
    "ADT": (("America/Halifax", "daylight"),),
}

# Zones written out in words, read as the abbreviation they spell ("Eastern Standard Time" is EST, a
# fixed UTC-5); US broadcast style also writes a bare "7 p.m. Eastern" (BARE_ZONE_NAMES: only right
# after a clock time and not before another capitalised word, as in "5 p.m. Central Park").
ZONE_NAMES: dict[str, str] = {
    "greenwich mean time": "GMT", "coordinated universal time": "UTC", "universal time": "UTC",
    "central european time": "CET", "central european summer time": "CEST",
    "eastern european time": "EET", "eastern european summer time": "EEST",
    "western european time": "WET", "western european summer time": "WEST", "british summer time": "BST",
    "eastern standard time": "EST", "eastern daylight time": "EDT", "central standard time": "CST",
    "central daylight time": "CDT", "mountain standard time": "MST", "mountain daylight time": "MDT",
    "pacific standard time": "PST", "pacific daylight time": "PDT", "japan standard time": "JST",
    "korea standard time": "KST", "india standard time": "IST", "indian standard time": "IST",
    "moscow standard time": "MSK", "hawaii standard time": "HST", "alaska standard time": "AKST",
    "alaska daylight time": "AKDT", "australian eastern standard time": "AEST",
    "australian eastern daylight time": "AEDT", "new zealand standard time": "NZST",
    "new zealand daylight time": "NZDT", "south africa standard time": "SAST",
    "pakistan standard time": "PKT", "gulf standard time": "GST", "gulf time": "GST",
}
BARE_ZONE_NAMES: dict[str, str] = {"eastern": "ET", "central": "CT", "mountain": "MT", "pacific": "PT"}

# The fixed UTC offset (in minutes) each literal abbreviation names.
ABBREVIATION_OFFSETS: dict[tuple[str, str], int] = {
    ("MSD", "Europe/Moscow"): 240,
    ("CET", "Europe/Paris"): 60, ("CEST", "Europe/Paris"): 120,
    ("EET", "Europe/Kyiv"): 120, ("EEST", "Europe/Kyiv"): 180,
    ("WET", "Europe/Lisbon"): 0, ("WEST", "Europe/Lisbon"): 60,
    ("BST", "Europe/London"): 60, ("BST", "Asia/Dhaka"): 360,
    ("IST", "Asia/Kolkata"): 330, ("IST", "Europe/Dublin"): 60, ("IST", "Asia/Jerusalem"): 120,
    ("EST", "America/New_York"): -300, ("EDT", "America/New_York"): -240,
    ("CST", "America/Chicago"): -360, ("CST", "Asia/Shanghai"): 480, ("CST", "America/Havana"): -300,
    ("CDT", "America/Chicago"): -300, ("MST", "America/Denver"): -420, ("MDT", "America/Denver"): -360,
    ("PST", "America/Los_Angeles"): -480, ("PDT", "America/Los_Angeles"): -420,
    ("AKST", "America/Anchorage"): -540, ("AKDT", "America/Anchorage"): -480,
    ("HST", "Pacific/Honolulu"): -600, ("JST", "Asia/Tokyo"): 540, ("KST", "Asia/Seoul"): 540,
    ("HKT", "Asia/Hong_Kong"): 480, ("SGT", "Asia/Singapore"): 480,
    ("AEST", "Australia/Sydney"): 600, ("AEDT", "Australia/Sydney"): 660,
    ("NZST", "Pacific/Auckland"): 720, ("NZDT", "Pacific/Auckland"): 780,
    ("SAST", "Africa/Johannesburg"): 120, ("WAT", "Africa/Lagos"): 60, ("EAT", "Africa/Nairobi"): 180,
    ("PKT", "Asia/Karachi"): 300, ("CAT", "Africa/Maputo"): 120, ("AWST", "Australia/Perth"): 480,
    ("ACST", "Australia/Adelaide"): 570, ("ACDT", "Australia/Adelaide"): 630, ("WIB", "Asia/Jakarta"): 420,
    ("WITA", "Asia/Makassar"): 480, ("WIT", "Asia/Jayapura"): 540, ("ICT", "Asia/Bangkok"): 420,
    ("PHT", "Asia/Manila"): 480, ("MYT", "Asia/Kuala_Lumpur"): 480, ("GST", "Asia/Dubai"): 240,
    ("TRT", "Europe/Istanbul"): 180, ("IRST", "Asia/Tehran"): 210, ("AFT", "Asia/Kabul"): 270,
    ("NPT", "Asia/Kathmandu"): 345, ("AST", "America/Halifax"): -240, ("AST", "Asia/Riyadh"): 180,
    ("ADT", "America/Halifax"): -180,
}

# names that several places with different zones share in the news: the document's words (REGION_HINTS) pick one
SHARED_PLACE_NAMES: dict[str, tuple[str, ...]] = {
    "georgia": ("Asia/Tbilisi", "America/New_York"),
}

# Words in a document that point to a region, used to choose between the readings of an
# ambiguous abbreviation (IST, CST, BST) when the caller and the anchor zone do not decide.
REGION_HINTS: dict[str, tuple[str, ...]] = {
    "Asia/Kolkata": ("india", "indian", "new delhi", "delhi", "mumbai", "kolkata", "bengaluru", "chennai",
                     "lakh", "crore", "rs."),
    "Europe/Dublin": ("ireland", "irish", "dublin", "taoiseach", "cork"),
    "Asia/Jerusalem": ("israel", "israeli", "jerusalem", "tel aviv", "idf", "knesset"),
    "Asia/Shanghai": ("china", "chinese", "beijing", "shanghai", "xinhua"),
    "America/Havana": ("cuba", "cuban", "havana"),
    "Asia/Riyadh": ("saudi", "riyadh", "jeddah", "mecca", "kuwait", "bahrain", "qatar", "doha", "baghdad", "iraq"),
    "America/Halifax": ("canada", "canadian", "halifax", "nova scotia", "new brunswick", "puerto rico", "san juan"),
    "Asia/Dhaka": ("bangladesh", "dhaka", "bangladeshi"),
    "America/Chicago": ("chicago", "texas", "dallas", "houston"),
    "Europe/London": ("britain", "british", "london", "uk"),
    "America/New_York": ("atlanta", "savannah", "florida", "carolina", "alabama", "tennessee", "united states",
                         "american", "americans", "washington", "congress", "senate", "democrats", "republicans",
                         "white house", "pennsylvania", "michigan", "wisconsin", "nevada", "arizona", "ohio", "virginia",
                         "biden", "trump", "obama", "clinton", "bush"),
    "Asia/Tbilisi": ("tbilisi", "georgian", "abkhazia", "south ossetia", "batumi", "kutaisi", "caucasus"),
}

# Zones whose news writes numeric dates month first ("3/4/2022" is March 4); elsewhere day first is
# assumed (April 3).  With no document zone the month-first reading is kept, flagged and less sure.
MONTH_FIRST_ZONES: frozenset[str] = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Indiana/Indianapolis",
    "America/Boise", "America/Juneau", "America/Puerto_Rico", "Pacific/Guam", "Asia/Manila",
})

# Zones whose news mostly writes a 12-hour clock: there "at 7:30" with no a.m./p.m. is in doubt and
# flagged `meridiem-unknown`; elsewhere (Moscow, Paris, Beijing...) "10:30" is read as a 24-hour time.
TWELVE_HOUR_ZONES: frozenset[str] = MONTH_FIRST_ZONES | frozenset({
    "America/Toronto", "America/Vancouver", "Europe/London", "Europe/Dublin", "Australia/Sydney",
    "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Pacific/Auckland", "Asia/Kolkata",
    "Asia/Karachi", "Asia/Dhaka",
})

# Fiscal calendars by the document's zone, where a country's news (government and nearly all companies)
# keeps one: the month the fiscal year starts, and whether "FY23" / "fiscal 2023" names the calendar year
# it ends in ("end") or starts in ("start").  "Q3FY23" in an Indian outlet is October to December 2022.
# Left out on purpose: the United States (the federal year starts in October, companies' anywhere) and
# Japan (news writes "fiscal 2022" for the year from April 2022, companies "FY2023" for the same year).
FISCAL_YEARS: dict[str, tuple[int, str]] = {
    "Asia/Kolkata": (4, "end"), "Asia/Calcutta": (4, "end"),  # India: April to March
    "Asia/Karachi": (7, "end"), "Asia/Dhaka": (7, "end"),  # Pakistan, Bangladesh: July to June
    "Australia/Sydney": (7, "end"), "Australia/Melbourne": (7, "end"), "Australia/Brisbane": (7, "end"),
    "Australia/Perth": (7, "end"), "Australia/Adelaide": (7, "end"), "Australia/Hobart": (7, "end"),
    "Australia/Darwin": (7, "end"), "Australia/Canberra": (7, "end"),
}
