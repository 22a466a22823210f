"""The public API: its contract (to_dict), immutability, overrides and errors."""

from __future__ import annotations

import dataclasses
import json

import pytest

import newstime

TEXT = ("MOSCOW, February 12, 2022. The talks will take place on Saturday evening, Moscow time, "
        "at about noon Paris time (14:00 Moscow time). They met last Tuesday for more than five hours.")


def test_public_names() -> None:
    for name in ("resolve", "parse", "zone_for", "Document", "Mention", "Anchor", "Interval", "Duration",
                 "NewstimeError", "AnchorError", "ZoneError", "InputError", "__version__"):
        assert hasattr(newstime, name), name
    assert set(newstime.__all__) <= set(dir(newstime))


def test_to_dict_contract() -> None:
    d = newstime.resolve(TEXT, anchor="2022-02-12", tz="Europe/Moscow").to_dict()
    json.dumps(d)  # JSON-ready
    assert set(d) == {"anchor", "mentions"}
    assert {"value", "tz", "source", "confidence"} <= set(d["anchor"])
    required = {"start", "end", "text", "type", "value", "mod", "tz", "interval", "duration", "grain", "confidence"}
    for m in d["mentions"]:
        assert required <= set(m)
        assert TEXT[m["start"]:m["end"]] == m["text"]
        if m["interval"] is not None:
            assert m["interval"]["start"][-6] in "+-" and m["interval"]["end"][-6] in "+-"  # ISO 8601 with offset
        if m["type"] == "DURATION":
            assert m["duration"] == m["value"] and m["interval"] is None
    evening = next(m for m in d["mentions"] if m["text"] == "Saturday evening, Moscow time")
    assert evening["interval"] == {"start": "2022-02-12T18:00:00+03:00", "end": "2022-02-13T00:00:00+03:00",
                                   "grain": "part_of_day"}


def test_values_are_immutable() -> None:
    doc = newstime.resolve(TEXT, anchor="2022-02-12")
    m = doc.mentions[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.value = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.anchor.tz = "UTC"  # type: ignore[misc]
    assert isinstance(doc.mentions, tuple)
    assert list(doc) == list(doc.mentions) and len(doc) == len(doc.mentions)


def test_parse_returns_the_longest_mention() -> None:
    m = newstime.parse("Saturday evening, Moscow time", "2022-02-12")
    assert m is not None and m.text == "Saturday evening, Moscow time" and m.tz == "Europe/Moscow"
    assert newstime.parse("no time here", "2022-02-12") is None


def test_zone_overrides() -> None:
    doc = newstime.resolve("The shop opens at 09:00 IST.", anchor="2022-07-12", zones={"IST": "Europe/Dublin"})
    m = doc.mentions[0]
    assert m.tz == "Europe/Dublin" and m.interval is not None
    assert m.interval.start.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_ist_default_and_alternatives() -> None:
    m = newstime.parse("09:00 IST", "2022-02-12")
    assert m is not None and m.tz == "Asia/Kolkata"
    assert any(f.startswith("zone-ambiguous:") and "Europe/Dublin" in f for f in m.flags)


def test_ist_read_by_document_region() -> None:
    doc = newstime.resolve("Israeli officials in Jerusalem said the vote closes at 22:00 IST.", anchor="2022-02-12")
    assert doc.mentions[0].tz == "Asia/Jerusalem"


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(newstime.InputError):
        newstime.resolve(bad)  # type: ignore[arg-type]


def test_unknown_zone() -> None:
    with pytest.raises(newstime.ZoneError) as e:
        newstime.resolve("today", anchor="2022-02-12", tz="Mars/Olympus")
    assert "Mars/Olympus" in str(e.value)


def test_bad_disambiguate() -> None:
    with pytest.raises(newstime.InputError):
        newstime.resolve("today", anchor="2022-02-12", disambiguate="whatever")  # type: ignore[arg-type]


def test_pytz_zone_accepted() -> None:
    pytz = pytest.importorskip("pytz", reason="pytz is the oracle of the test extra")
    doc = newstime.resolve("at 14:00", anchor="2022-02-12", tz=pytz.timezone("Europe/Moscow"))
    assert doc.mentions[0].tz == "Europe/Moscow"


def test_timeml_output() -> None:
    xml = newstime.resolve("They met on Friday, two days after the vote.", anchor="2022-02-12").to_timeml()
    import xml.etree.ElementTree as ET
    root = ET.fromstring(xml.split("?>", 1)[1])
    timexes = root.findall("./TEXT/TIMEX3")
    assert [t.text for t in timexes] == ["Friday", "two days"]
    assert timexes[0].get("value") == "2022-02-11" and timexes[0].get("anchorTimeID") == "t0"
    assert root.find("./DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"  # type: ignore[union-attr]


def test_local_time_without_any_place_is_flagged_not_trusted() -> None:
    m = newstime.parse("Polls opened at 7 a.m. local time.", "2022-02-12")
    assert m is not None and m.text == "7 a.m. local time"
    assert "local-time-unknown" in m.flags and m.tz is None and m.confidence <= 0.5


def test_local_time_in_a_country_with_several_zones_is_ambiguous() -> None:
    m = newstime.parse("Voting in Brazil started at 8 a.m. local time.", "2022-02-12")
    assert m is not None and m.tz == "America/Sao_Paulo"
    assert any(f.startswith("zone-ambiguous:") for f in m.flags)


def test_reference_value_names_the_mention_used() -> None:
    doc = newstime.resolve("All adults will be eligible starting April 5, the governor announced Friday. "
                           "Appointments open at 8 a.m. that day.", anchor="2021-03-19")
    m = doc.mentions[-1]
    assert m.reference == f"mention:{doc.text.index('April 5')}" and m.reference_value == "2021-04-05"


def test_a_spoken_clock_reads_the_same_with_and_without_an_anchor() -> None:
    with_anchor = newstime.resolve("It began at two thirty.", anchor="2013-05-14").mentions[0]
    without = newstime.resolve("It began at two thirty.").mentions[0]
    assert with_anchor.value.endswith("T14:30") and without.value == "XXXX-XX-XXT14:30"
    assert "meridiem-unknown" in with_anchor.flags


def test_sentence_ends_found_fast_match_the_full_pattern() -> None:
    # the character scan that finds sentence ends must give what the full pattern gives
    import importlib

    resolve_module = importlib.import_module("newstime.resolve")
    texts = ["Mr. Smith arrived in the U.S. on Jan. 6. He left at 8 a.m. Since then, prices fell.",
             "Sales fell short of last year's. The festival falls on Tuesday! Really? Yes.\nNew line. J. Doe said (no.)",
             "It rose to 3.5 percent at 9 p.m. EST. The end", "word12345678. Next. x.y. Z a."]
    for text in texts:
        assert resolve_module._sentence_ends(text) == [m.end() for m in resolve_module._SENT_END.finditer(text)]
