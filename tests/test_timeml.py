"""TimeML interop (newstime.timeml), the TempEval-3 scorer (newstime.evaluate) and their CLI commands.

Tests on the real TempEval-3 training data are skipped when it is absent; set NEWSTIME_TEMPEVAL
to the folder holding TimeBank/ and AQUAINT/ (default: ../shared/corpora/tempeval3-train).
Every sentence below is invented for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newstime
from newstime import Anchor, Document, Mention, Recurrence
from newstime.__main__ import main
from newstime.evaluate import Counts, DocResult, evaluate, format_report, match_relaxed, prf, score
from newstime.timeml import (
    TimemlDocument,
    TimemlError,
    Timex,
    annotate_timeml,
    read_timeml,
    to_timeml,
    write_timeml,
)

REPO = Path(__file__).resolve().parent.parent


def tempeval_root() -> Path:
    return Path(os.environ.get("NEWSTIME_TEMPEVAL", REPO.parent / "shared" / "corpora" / "tempeval3-train"))


@pytest.fixture(scope="module")
def corpus() -> Path:
    root = tempeval_root()
    if not (root / "TimeBank").is_dir() or not (root / "AQUAINT").is_dir():
        pytest.skip(f"TempEval-3 training data not found at {root}: set NEWSTIME_TEMPEVAL to the folder "
                    "holding TimeBank/ and AQUAINT/")
    return root


def tml(text: str, *, dct: str | None = "2022-02-12", dct_type: str = "DATE", doc_id: str | None = None,
        crlf: bool = False) -> str:
    """A small TimeML document around ``text`` (already marked up)."""
    head = '<?xml version="1.0" ?>\n<TimeML>\n'
    if doc_id:
        head += f"<DOCID>{doc_id}</DOCID>\n"
    if dct:
        head += (f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value="{dct}" temporalFunction="false" '
                 f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n')
    out = head + f"<TITLE>A title that is not text</TITLE>\n<TEXT>{text}</TEXT>\n</TimeML>\n"
    return out.replace("\n", "\r\n") if crlf else out


# --------------------------------------------------------------------------- an independent reader


_XML_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(s: str) -> str:
    def sub(m: re.Match[str]) -> str:
        e = m.group(1)
        if e.startswith("#x"):
            return chr(int("0" + e[1:], 0))  # "#x2014" -> "0x2014"
        if e.startswith("#"):
            return chr(int(e[1:]))
        return _NAMED[e]

    return _XML_ENTITY.sub(sub, s)


def naive_read(raw: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Plain text and (start, end, type, value) of the TIMEX3 of <TEXT>, by scanning tags with a regex
    (a second, independent way of computing the offsets)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.rindex("</TEXT>")]
    text: list[str] = []
    length = 0
    open_: list[tuple[int, str, str]] = []
    found: list[tuple[int, int, str, str]] = []
    for m in re.finditer(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|([^<]+)", body):
        if m.group(5) is not None:
            piece = _unescape(m.group(5))
            text.append(piece)
            length += len(piece)
        elif m.group(2) == "TIMEX3" and m.group(4) != "/":
            if m.group(1):
                start, typ, value = open_.pop()
                found.append((start, length, typ, value))
            else:
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
                open_.append((length, attrs.get("type", ""), _unescape(attrs.get("value", ""))))
    found.sort()
    return "".join(text), found


# --------------------------------------------------------------------------- reading real files


def test_every_corpus_file_reads_with_exact_offsets(corpus: Path) -> None:
    counts = {}
    for folder in ("TimeBank", "AQUAINT"):
        n = 0
        for path in sorted((corpus / folder).glob("*.tml")):
            doc = read_timeml(path)
            text, spans = naive_read(path.read_text(encoding="utf-8"))
            assert doc.text == text, path.name
            assert [(t.start, t.end, t.type, t.value) for t in doc.timexes] == spans, path.name
            for t in doc.timexes:
                assert doc.text[t.start:t.end] == t.text
                assert t.tid.startswith("t") and t.tid != "t0"
            assert doc.dct_date is not None and doc.dct is not None and doc.dct.startswith(doc.dct_date.isoformat()[:4])
            assert doc.doc_id
            n += len(doc.timexes)
        counts[folder] = n
    assert counts == {"TimeBank": 1243, "AQUAINT": 579}  # as stated in the corpus PROVENANCE.md


def test_a_few_files_field_by_field(corpus: Path) -> None:
    for path in sorted((corpus / "AQUAINT").glob("*.tml"))[:3] + sorted((corpus / "TimeBank").glob("*.tml"))[:3]:
        raw = path.read_text(encoding="utf-8")
        doc = read_timeml(raw)  # from the XML string this time
        assert doc == read_timeml(str(path)) == read_timeml(path)
        tags = re.findall(r"<TIMEX3 ([^>]*)>([^<]*)</TIMEX3>", raw[raw.index("<TEXT>"):])
        assert len(tags) == len(doc.timexes)
        by_tid = {t.tid: t for t in doc.timexes}
        for attrs, inner in tags:
            a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
            t = by_tid[a["tid"]]
            assert (t.text, t.type, t.value, t.mod, t.anchor_time_id, t.function_in_document) == (
                _unescape(inner), a["type"], a["value"], a.get("mod"), a.get("anchorTimeID"), a.get("functionInDocument"))


def test_cr_line_ends_in_corpus_files_become_lf(corpus: Path) -> None:
    crlf = [p for p in sorted(corpus.glob("*/*.tml")) if b"\r" in p.read_bytes()]
    if not crlf:
        pytest.skip("no file with CR line ends in this copy of the corpus")
    for path in crlf[:5]:
        doc = read_timeml(path)
        assert "\r" not in doc.text
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_entities_in_corpus_files(corpus: Path) -> None:
    with_amp = [p for p in sorted(corpus.glob("*/*.tml"))
                if "&amp;" in (raw := p.read_text(encoding="utf-8"))[raw.index("<TEXT>"):raw.index("</TEXT>")]]
    assert with_amp, "expected some documents with &amp; in their text"
    for path in with_amp[:5]:
        doc = read_timeml(path)
        assert "&amp;" not in doc.text and "&" in doc.text
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


# --------------------------------------------------------------------------- reading small strings


def test_read_small_document() -> None:
    doc = read_timeml(tml('Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> '
                          '<SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2022-02-11" '
                          'temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Friday</TIMEX3> '
                          'for <TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="APPROX">about three hours'
                          '</TIMEX3>.', doc_id="test-1"))
    assert isinstance(doc, TimemlDocument)
    assert doc.doc_id == "test-1" and doc.dct == "2022-02-12" and doc.dct_date == date(2022, 2, 12)
    assert doc.dct_type == "DATE"
    assert doc.text == "Ministers met on Friday for about three hours."
    assert doc.timexes == (
        Timex("t1", 17, 23, "Friday", "DATE", "2022-02-11", None, "t0", "NONE"),
        Timex("t2", 28, 45, "about three hours", "DURATION", "PT3H", "APPROX"),
    )


def test_entities_and_references() -> None:
    doc = read_timeml(tml('Q&amp;A &lt;live&gt; &quot;at&quot; &#233;t&#xE9; &#x2014; '
                          '<TIMEX3 tid="t1" type="TIME" value="2022-02-12T20:00">8 p.m. &amp; later</TIMEX3>'
                          '&#160;ok'))
    assert doc.text == 'Q&A <live> "at" été \u2014 8 p.m. & later\u00a0ok'
    (t,) = doc.timexes
    assert doc.text[t.start:t.end] == t.text == "8 p.m. & later"


def test_html_named_entities_are_accepted() -> None:
    doc = read_timeml(tml('It was&nbsp;<TIMEX3 tid="t1" type="DATE" value="2022-02-11">Friday</TIMEX3>'
                          '&hellip; &amp; more'))
    assert doc.text == "It was\u00a0Friday\u2026 & more"
    assert doc.text[doc.timexes[0].start:doc.timexes[0].end] == "Friday"


def test_crlf_and_cr_reference() -> None:
    doc = read_timeml(tml('Line one.\nOn <TIMEX3 tid="t1" type="DATE" value="2022-02-14">Monday</TIMEX3>'
                          '\nwe vote.&#13;\nEnd.', crlf=True))
    assert doc.text == "Line one.\nOn Monday\nwe vote.\r\nEnd."  # CRLF -> LF, &#13; kept
    t = doc.timexes[0]
    assert doc.text[t.start:t.end] == "Monday" and t.start == 13


def test_namespaces_comments_cdata_and_nesting() -> None:
    xml = ('<TimeML xmlns="http://example.org/timeml"><DCT><TIMEX3 tid="t0" type="TIME" value="20220212T0930">'
           'x</TIMEX3></DCT><TEXT>A<!-- a comment --> <![CDATA[<raw> & ]]>'
           '<TIMEX3 tid="t1" type="DATE" value="2022-02-11"><EVENT eid="e1">last</EVENT> Friday</TIMEX3>'
           '<EMPTY/> end</TEXT></TimeML>')
    doc = read_timeml(xml)
    assert doc.text == "A <raw> & last Friday end"
    assert doc.dct == "20220212T0930" and doc.dct_date == date(2022, 2, 12) and doc.dct_type == "TIME"
    (t,) = doc.timexes
    assert (t.start, t.end, t.text) == (10, 21, "last Friday")


def test_no_dct_and_odd_dct() -> None:
    doc = read_timeml("<TimeML><TEXT>Nothing dated here.</TEXT></TimeML>")
    assert (doc.doc_id, doc.dct, doc.dct_date, doc.timexes) == (None, None, None, ())
    doc = read_timeml(tml("x", dct="XXXX-XX-XX"))
    assert doc.dct == "XXXX-XX-XX" and doc.dct_date is None


def test_read_from_files(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_bytes(b"\xef\xbb\xbf" + tml('On <TIMEX3 tid="t1" type="DATE" value="2022-02-14">Monday</TIMEX3>'
                                            ' \u2013 caf\u00e9.').encode("utf-8"))
    for source in (path, str(path)):
        doc = read_timeml(source)
        assert doc.text == "On Monday \u2013 caf\u00e9." and doc.timexes[0].text == "Monday"
    latin = tmp_path / "latin.tml"
    latin.write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>caf\xe9&nbsp;'
                      b'<TIMEX3 tid="t1" type="DATE" value="2022">2022</TIMEX3></TEXT></TimeML>')
    doc = read_timeml(latin)
    assert doc.text == "caf\u00e9\u00a02022" and doc.timexes[0].start == 5


def test_read_errors(tmp_path: Path) -> None:
    with pytest.raises(TimemlError, match="not well-formed"):
        read_timeml("<TimeML><TEXT>unclosed</TimeML>")
    with pytest.raises(TimemlError, match="no <TEXT>"):
        read_timeml("<TimeML><DCT/></TimeML>")
    with pytest.raises(ValueError):  # TimemlError is a ValueError and a NewstimeError
        read_timeml("<TimeML><TEXT>&undefinedthing;</TEXT></TimeML>")
    with pytest.raises(OSError):
        read_timeml(tmp_path / "missing.tml")
    assert issubclass(TimemlError, newstime.NewstimeError)


# --------------------------------------------------------------------------- writing


ANCHOR = Anchor(date(2022, 2, 12), None, None, "given", 1.0)


def _doc(text: str, spans: list[tuple[str, str, str, dict[str, object]]], anchor: Anchor = ANCHOR) -> Document:
    """A hand-built Document: (substring, type, value, extra Mention fields) in text order."""
    mentions = []
    pos = 0
    for sub, typ, value, extra in spans:
        start = text.index(sub, pos)
        mentions.append(Mention(start, start + len(sub), sub, typ, value, **extra))  # type: ignore[arg-type]
        pos = start + len(sub)
    return Document(text, anchor, tuple(mentions))


def _tags(xml: str) -> list[dict[str, str]]:
    root = ET.fromstring(xml)
    return [dict(t.attrib) for t in root.iter("TIMEX3")]


def test_write_attributes_and_references() -> None:
    text = "Talks began on March 3. Two days later they paused for a week; they meet every Monday."
    doc = _doc(text, [
        ("March 3", "DATE", "2022-03-03", {"reference": "anchor"}),
        ("Two days later", "DATE", "2022-03-05", {"reference": "mention:15"}),
        ("a week", "DURATION", "P1W", {"mod": "APPROX"}),
        ("every Monday", "SET", "XXXX-WXX-1", {"recurrence": Recurrence("XXXX-WXX-1", "EACH", "1X", "week")}),
    ])
    xml = write_timeml(doc, doc_id="wire <7>")
    root = ET.fromstring(xml)
    assert root.findtext("DOCID") == "wire <7>"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.attrib == {"tid": "t0", "type": "DATE", "value": "2022-02-12",
                                              "temporalFunction": "false", "functionInDocument": "CREATION_TIME"}
    tags = _tags(xml)[1:]
    assert [t["tid"] for t in tags] == ["t1", "t2", "t3", "t4"]
    assert tags[0]["anchorTimeID"] == "t0" and tags[0]["temporalFunction"] == "true"
    assert tags[1]["anchorTimeID"] == "t1"  # computed from the mention starting at offset 15
    assert "anchorTimeID" not in tags[2] and tags[2]["mod"] == "APPROX" and tags[2]["temporalFunction"] == "false"
    assert tags[3]["type"] == "SET" and tags[3]["quant"] == "EACH" and tags[3]["freq"] == "1X"
    assert all(t["functionInDocument"] == "NONE" for t in tags)
    back = read_timeml(xml)
    assert back.doc_id == "wire <7>" and back.text == text
    assert [(t.anchor_time_id, t.quant, t.freq) for t in back.timexes] == [
        ("t0", None, None), ("t1", None, None), (None, None, None), (None, "EACH", "1X")]


def test_write_speech_reference_and_dangling_references() -> None:
    text = "He said on Friday that we meet tomorrow, and again later."
    doc = _doc(text, [
        ("Friday", "DATE", "2022-02-11", {"reference": "anchor"}),
        ("tomorrow", "DATE", "2022-02-12", {"reference": "speech:11"}),
        ("later", "DATE", "2022-02-13", {"reference": "mention:999"}),
    ])
    tags = _tags(write_timeml(doc))[1:]
    assert tags[1]["anchorTimeID"] == "t1"  # the speech day is the mention "Friday"
    assert "anchorTimeID" not in tags[2]  # no mention starts there: no reference rather than a wrong one


def test_write_without_anchor_has_no_dct() -> None:
    no_anchor = Anchor(None, None, None, "none", 0.0)
    doc = _doc("See you on Monday.", [("Monday", "DATE", "XXXX-WXX-1", {"reference": "anchor"})], no_anchor)
    xml = write_timeml(doc)
    assert "<DCT>" not in xml and "anchorTimeID" not in xml
    assert read_timeml(xml).dct is None


def test_write_escapes_and_keeps_every_character() -> None:
    text = 'A&B <say> "hi" \u00e9\r\nTab\there, bell\x07 on Friday & <Monday>]]>'
    doc = _doc(text, [("Friday", "DATE", "2022-02-11", {}), ("<Monday>", "DATE", 'a"b<&>', {"mod": "x'y"})])
    xml = write_timeml(doc)
    back = read_timeml(xml)
    assert back.text == text.replace("\x07", "\ufffd")  # XML 1.0 cannot carry C0 controls: one U+FFFD each
    assert [(t.start, t.end, t.value, t.mod) for t in back.timexes] == [
        (m.start, m.end, m.value, m.mod) for m in doc.mentions]


def test_overlapping_mentions_are_not_tagged_twice() -> None:
    text = "From Friday evening on."
    m1 = Mention(5, 19, "Friday evening", "TIME", "2022-02-11TEV")
    m2 = Mention(12, 19, "evening", "TIME", "2022-02-12TEV", reference="mention:5")
    xml = write_timeml(Document(text, ANCHOR, (m1, m2)))
    back = read_timeml(xml)
    assert [t.tid for t in back.timexes] == ["t1"] and back.text == text


def test_to_timeml_is_write_timeml() -> None:
    doc = newstime.resolve("The vote was held on Tuesday, three days after the debate.", anchor="2022-02-12")
    assert to_timeml(doc) == write_timeml(doc) == doc.to_timeml()
    assert "<DOCID>" not in to_timeml(doc)


TEMPLATES = [
    "The ministers met on {date}.", "Talks resume at {time} on {weekday}.", "The strike lasted {duration}.",
    "Markets close {weekday} & reopen {rel}.", "Officials said <in private> that {rel} was \"too soon\".",
    "Flights are cancelled {set}.", "By {date}, the fund had grown for {duration}.",
    "It rained.\r\nThe match was moved to {weekday} at {time}.", "No dates in this one, only A&B.",
    "The report covers {rel} and the period since {date}.",
]
FILL = {
    "date": ["March 3, 2021", "12 February 2022", "Jan. 5", "2019", "the summer of 2020", "mid-October"],
    "time": ["10:30 a.m.", "noon", "9 p.m. GMT", "14:00 Moscow time", "midnight"],
    "weekday": ["Monday", "Friday evening", "next Tuesday", "last Sunday"],
    "duration": ["three hours", "more than two weeks", "24-48 hours", "several months", "a decade"],
    "rel": ["yesterday", "last week", "two days later", "the following day", "next year", "this morning"],
    "set": ["every Monday", "twice a week", "each year", "daily"],
}


@st.composite
def stories(draw: st.DrawFn) -> tuple[str, str]:
    parts = []
    for template in draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=5)):
        parts.append(re.sub(r"\{(\w+)\}", lambda m: draw(st.sampled_from(FILL[m.group(1)])), template))
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\r\n"]))
    anchor = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
    return sep.join(parts), anchor.isoformat()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_round_trip(story: tuple[str, str]) -> None:
    text, anchor = story
    doc = newstime.resolve(text, anchor=anchor)
    written, pos = [], 0
    for m in doc.mentions:
        if m.start >= pos:
            written.append(m)
            pos = m.end
    back = read_timeml(write_timeml(doc, doc_id="story"))
    assert back.text == text
    assert back.doc_id == "story" and back.dct == anchor and back.dct_date == date.fromisoformat(anchor)
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in back.timexes] == [
        (m.start, m.end, m.text, m.type, m.value, m.mod) for m in written]
    tids = {"t0"} | {t.tid for t in back.timexes}
    assert all(t.anchor_time_id in tids for t in back.timexes if t.anchor_time_id)
    for t, m in zip(back.timexes, written, strict=False):
        if m.reference == "anchor":
            assert t.anchor_time_id == "t0"
        if m.recurrence is not None:
            assert (t.quant, t.freq) == (m.recurrence.quant, m.recurrence.freq)


# --------------------------------------------------------------------------- annotate


def test_annotate_timeml_string() -> None:
    source = tml('Voters <EVENT eid="e1" class="OCCURRENCE">queued</EVENT> <TIMEX3 tid="t1" type="DATE" '
                 'value="2022-02-11">on Friday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="XXXX">later'
                 '</TIMEX3>; counting ends <TIMEX3 tid="t3" type="DATE" value="2022-02-14">next Monday</TIMEX3>.',
                 dct="2022-02-12T09:30:00", dct_type="TIME", doc_id="vote-1")
    out = annotate_timeml(source)
    assert "EVENT" not in out and "TITLE" not in out
    before, after = read_timeml(source), read_timeml(out)
    assert after.text == before.text
    assert after.doc_id == "vote-1" and after.dct == "2022-02-12T09:30:00" and after.dct_type == "TIME"
    expected = newstime.resolve(before.text, anchor="2022-02-12")
    assert [(t.start, t.end, t.value) for t in after.timexes] == [(m.start, m.end, m.value) for m in expected.mentions]
    assert "Friday" in [t.text for t in after.timexes]
    assert all(t.value != "XXXX" for t in after.timexes)  # the original tags are gone


def test_annotate_without_dct_uses_newstime_anchor() -> None:
    out = annotate_timeml("<TimeML><TEXT>KYIV, Feb. 12, 2022 \u2014 Talks resume on Monday.</TEXT></TimeML>")
    doc = read_timeml(out)
    resolved = newstime.resolve(doc.text)
    if resolved.anchor.date is not None:
        assert doc.dct_date == resolved.anchor.date
    assert [t.value for t in doc.timexes] == [m.value for m in resolved.mentions]


# --------------------------------------------------------------------------- the scorer


def T(start: int, end: int, value: str = "2022-02-12", type_: str = "DATE", mod: str | None = None) -> Timex:
    return Timex("t", start, end, "x" * (end - start), type_, value, mod)


def test_score_three_gold_two_system() -> None:
    gold = [T(0, 10, "2022-02-14"), T(20, 30, "2022-01"), T(40, 45, "PT1H", "DURATION")]
    system = [T(0, 10, "2022-02-14"), T(22, 35, "2022-02")]  # exact; overlapping with a wrong value
    counts, errors = score(gold, system, "y" * 50, "doc")
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.type_ok, counts.value_ok) == (3, 2, 1, 2, 2, 1)
    m = counts.metrics()
    assert m["strict_p"] == pytest.approx(0.5) and m["strict_r"] == pytest.approx(1 / 3)
    assert m["strict_f1"] == pytest.approx(0.4)
    assert m["relaxed_p"] == pytest.approx(1.0) and m["relaxed_r"] == pytest.approx(2 / 3)
    assert m["relaxed_f1"] == pytest.approx(0.8)
    assert m["type_f1"] == pytest.approx(0.8)
    # value F1 = attribute accuracy on relaxed matches (1/2) x relaxed F1 (0.8)
    assert m["value_f1"] == pytest.approx(0.5 * 0.8) and m["value_p"] == pytest.approx(0.5)
    kinds = sorted(e.kind for e in errors)
    assert kinds == ["MISSED", "WRONG EXTENT", "WRONG VALUE"]
    missed = next(e for e in errors if e.kind == "MISSED")
    assert missed.gold == gold[2] and missed.system is None and "[[" in missed.context


def test_score_one_to_one_and_exact_first() -> None:
    gold = [T(10, 20)]
    system = [T(5, 15), T(10, 20), T(15, 25)]
    assert match_relaxed(gold, system) == [(0, 1)]
    counts, errors = score(gold, system)
    assert (counts.strict, counts.relaxed) == (1, 1)
    assert sorted(e.kind for e in errors) == ["SPURIOUS", "SPURIOUS"]
    # one system mention spanning two gold ones matches only one of them (the larger overlap)
    counts, errors = score([T(0, 4), T(5, 15)], [T(2, 15)])
    assert counts.relaxed == 1 and [e.kind for e in errors if e.kind == "MISSED"] == ["MISSED"]
    assert match_relaxed([T(0, 4), T(5, 15)], [T(2, 15)]) == [(1, 0)]


def test_score_attribute_normalisation_and_edge_cases() -> None:
    counts, errors = score([T(0, 5, "2022-w05 ", "date", "approx")], [T(0, 5, "2022-W05", "DATE", "APPROX")])
    assert (counts.value_ok, counts.type_ok, counts.mod_ok) == (1, 1, 1) and errors == []
    counts, errors = score([T(0, 5, "P1D", "DURATION")], [T(0, 5, "2022-02-12", "DATE")])
    assert counts.type_ok == 0 and {e.kind for e in errors} == {"WRONG TYPE", "WRONG VALUE"}
    empty, _ = score([], [])
    assert all(v == 0.0 for v in empty.metrics().values())
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0) and prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))
    total = Counts()
    for c in (score([T(0, 5)], [T(0, 5)])[0], score([T(0, 5)], [])[0]):
        total.add(c)
    assert (total.docs, total.gold, total.system, total.strict) == (2, 2, 1, 1)


def _write_folder(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in docs.items():
        (folder / f"{name}.tml").write_text(body, encoding="utf-8")
    return folder


DOC_A = tml('The fair opened <TIMEX3 tid="t1" type="DATE" value="2022-02-11">on Friday</TIMEX3> and runs '
            '<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.')
DOC_B = tml('Nothing was decided <TIMEX3 tid="t1" type="DATE" value="2022-02-09">on Wednesday</TIMEX3>.',
            dct="2022-02-12T18:00:00", dct_type="TIME")


def test_evaluate_folders_with_a_fake_system(tmp_path: Path) -> None:
    one = _write_folder(tmp_path / "one", {"a": DOC_A, "b": DOC_B})
    two = _write_folder(tmp_path / "two", {"c": DOC_B})

    def system(doc: TimemlDocument) -> list[Timex]:
        if "Nothing" not in doc.text:
            raise RuntimeError("boom")
        i = doc.text.index("Wednesday")
        return [Timex("s1", i, i + 9, "Wednesday", "DATE", "2022-02-09")]

    seen: list[DocResult] = []
    report = evaluate([one, two], system=system, progress=seen.append)
    assert [r.name for r in seen] == ["a", "b", "c"] == [r.name for r in report.documents]
    assert [name for name, _ in report.corpora] == ["one", "two"]
    a, b, _ = report.documents
    assert a.failure == "RuntimeError: boom" and a.counts.failed_gold == 2 and a.counts.system == 0
    assert b.dct == "2022-02-12" and b.counts.metrics()["strict_f1"] == 0.0 and b.counts.relaxed == 1
    total = report.total
    assert (total.docs, total.gold, total.system, total.relaxed, total.value_ok, total.failed_docs) == (3, 4, 2, 2, 2, 1)
    assert report.metrics()["relaxed_p"] == 1.0 and report.metrics()["relaxed_r"] == 0.5
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["MISSED", "MISSED", "WRONG EXTENT", "WRONG EXTENT"]
    text = format_report(report, errors=True)
    assert "== MISSED (2) ==" in text and "one/a: RuntimeError: boom" in text
    lines = text.splitlines()
    assert [ln.split()[0] for ln in lines if re.match(r"(one|two|ALL) ", ln)] == ["one", "two", "ALL"]
    payload = json.loads(json.dumps(report.to_json()))
    assert payload["ALL"]["gold"] == 4 and len(payload["documents"]) == 3 and payload["failures"][0]["doc"] == "a"
    # limit, a single file, and paths that are neither
    assert len(evaluate(one, limit=1, system=system).documents) == 1
    assert evaluate(one / "b.tml", system=system).corpora[0][0] == "b"
    # a folder of corpora gives a row for each of its folders that holds .tml files
    (tmp_path / "empty").mkdir()
    assert [name for name, _ in evaluate(tmp_path, system=system).corpora] == ["one", "two"]
    assert evaluate(tmp_path / "empty", system=system).corpora == [("empty", Counts())]
    with pytest.raises(FileNotFoundError):
        evaluate([tmp_path / "nowhere"])


def test_evaluate_newstime_on_tiny_folder(tmp_path: Path) -> None:
    folder = _write_folder(tmp_path / "tiny", {"a": DOC_A, "b": DOC_B})
    report = evaluate([folder])
    expected = newstime.resolve(read_timeml(folder / "a.tml").text, anchor="2022-02-12")
    assert report.documents[0].system == tuple(
        Timex(f"t{i}", m.start, m.end, m.text, m.type, m.value, m.mod) for i, m in enumerate(expected.mentions, 1))
    assert report.total.gold == 3 and report.total.failed_docs == 0


def test_evaluate_on_the_corpus_matches_the_benchmark_harness(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("tempeval_harness", REPO / "benchmarks" / "tempeval.py")
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    folders = [str(corpus / "TimeBank"), str(corpus / "AQUAINT")]
    assert harness.main([*folders, "--limit", "4", "--per-doc"]) == 0
    bench = capsys.readouterr().out
    assert main(["evaluate", *folders, "--limit", "4", "--per-doc"]) == 0
    cli = capsys.readouterr().out

    def strip(s: str) -> str:
        return re.sub(r" +\d+ ms|elapsed .*", "", s)

    assert strip(bench) == strip(cli)
    assert re.search(r"^TimeBank +4 \|", cli, re.MULTILINE) and re.search(r"^AQUAINT +4 \|", cli, re.MULTILINE)
    assert re.search(r"^ALL +8 \|", cli, re.MULTILINE)


# --------------------------------------------------------------------------- command line


def test_cli_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write_folder(tmp_path / "mini", {"a": DOC_A, "b": DOC_B})
    out_json = tmp_path / "out" / "figures.json"
    assert main(["evaluate", str(folder), "--per-doc", "--errors", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^mini +a +2022-02-12 +gold +2", out, re.MULTILINE)
    assert re.search(r"^mini +2 \|", out, re.MULTILINE) and re.search(r"^ALL +2 \|", out, re.MULTILINE)
    assert "== MISSED" in out and "== SPURIOUS" in out and f"figures written to {out_json}" in out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["ALL"]["gold"] == 3 and data["corpora"]["mini"]["docs"] == 2
    # thresholds on the ALL row: met, then missed (exit status 1, and stderr says which)
    assert main(["evaluate", str(folder), "--min-relaxed", "1", "--min-value", "0"]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(folder), "--min-strict", "100.1", "--min-value", "0"]) == 1
    err = capsys.readouterr().err
    assert "below the threshold: strict F1" in err and "value" not in err, err


def test_cli_evaluate_default_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _write_folder(tmp_path / "te3" / "TimeBank", {"a": DOC_A})
    _write_folder(tmp_path / "te3" / "AQUAINT", {"b": DOC_B})
    monkeypatch.setenv("NEWSTIME_TEMPEVAL", str(tmp_path / "te3"))
    assert main(["evaluate"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^TimeBank +1 \|", out, re.MULTILINE) and re.search(r"^AQUAINT +1 \|", out, re.MULTILINE)

    import newstime.evaluate as ev

    monkeypatch.setattr(ev, "default_corpus_folders", lambda **_: None)
    assert main(["evaluate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newstime: error: the TempEval-3 training data") and "NEWSTIME_TEMPEVAL" in err
    assert len(err.strip().splitlines()) == 1


def test_cli_evaluate_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "missing")]) == 1
    assert "no such folder" in capsys.readouterr().err
    bad = _write_folder(tmp_path / "bad", {"broken": "<TimeML><TEXT>oops</TimeML>"})
    assert main(["evaluate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "broken.tml" in err and "Traceback" not in err
    assert main(["evaluate", "--limit", "-1", str(bad)]) == 2


def test_cli_annotate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write_folder(tmp_path / "in", {"a": DOC_A, "b": DOC_B})
    (src / "notes.txt").write_text("not TimeML", encoding="utf-8")
    dst = tmp_path / "out" / "nested"
    assert main(["annotate", str(src), str(dst)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("annotated 2 of 2 files") and "TIMEX3" in out
    assert sorted(p.name for p in dst.iterdir()) == ["a.tml", "b.tml"]
    for name in ("a", "b"):
        assert (dst / f"{name}.tml").read_text(encoding="utf-8") == annotate_timeml(src / f"{name}.tml")
        assert read_timeml(dst / f"{name}.tml").text == read_timeml(src / f"{name}.tml").text


def test_cli_annotate_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write_folder(tmp_path / "in", {"a": DOC_A, "broken": "<TimeML><TEXT>oops"})
    assert main(["annotate", str(src), str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert "annotated 1 of 2 files" in captured.out and "1 could not be read" in captured.out
    assert "broken.tml" in captured.err and "Traceback" not in captured.err
    assert (tmp_path / "out" / "a.tml").exists() and not (tmp_path / "out" / "broken.tml").exists()
    assert main(["annotate", str(src), str(src)]) == 2
    assert main(["annotate", str(tmp_path / "missing"), str(tmp_path / "o2")]) == 1
    (tmp_path / "empty").mkdir()
    assert main(["annotate", str(tmp_path / "empty"), str(tmp_path / "o3")]) == 1
    assert main(["annotate", str(src), str(tmp_path / "o4"), "--tz", "Mars/Olympus_Mons"]) == 2
    err = capsys.readouterr().err
    assert "no .tml files" in err and "unknown time zone" in err


def test_cli_resolve_timeml_uses_write_timeml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    text = "The summit ends on Sunday & resumes in <two> weeks."
    path.write_text(text, encoding="utf-8")
    assert main(["resolve", str(path), "--anchor", "2022-02-12", "--format", "timeml"]) == 0
    out = capsys.readouterr().out
    assert out == write_timeml(newstime.resolve(text, anchor="2022-02-12"))
    assert read_timeml(out).text == text


def test_example_annotate_timeml_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = dict(os.environ)
    src = str(Path(newstime.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    r = subprocess.run([sys.executable, "examples/annotate_timeml.py"], check=False, capture_output=True,
                       text=True, env=env, timeout=300, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert "<DOCID>sample-1</DOCID>" in r.stdout and "gold TIMEX3 6" in r.stdout
    path = tmp_path / "one.tml"
    path.write_text(DOC_A, encoding="utf-8")
    out = tmp_path / "annotated.tml"
    r = subprocess.run([sys.executable, "examples/annotate_timeml.py", str(path), "--out", str(out)], check=False,
                       capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert read_timeml(out).text == read_timeml(path).text
