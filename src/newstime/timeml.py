"""TimeML interop: read ``.tml`` documents, write newstime's results as TimeML, re-annotate files.

:func:`write_timeml` (also :meth:`Document.to_timeml <newstime.Document.to_timeml>` and the old
name :func:`to_timeml`) gives the text with a DCT and inline TIMEX3 tags:

>>> import newstime
>>> print(newstime.resolve("They met on Friday.", anchor="2022-02-12").to_timeml())  # doctest: +ELLIPSIS
<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-12" temporalFunction="false" functionInDocument="CREATION_TIME">2022-02-12</TIMEX3></DCT>
<TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2022-02-11" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Friday</TIMEX3>.</TEXT>
</TimeML>

:func:`read_timeml` reads a TimeML document (a path, or the XML itself) into its plain text, its
DCT and its TIMEX3 annotations with their character offsets in that text:

>>> doc = read_timeml('<TimeML><DOCID>wire-7</DOCID>'
...     '<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-12" functionInDocument="CREATION_TIME">'
...     'Feb. 12, 2022</TIMEX3></DCT><TEXT>Talks <EVENT eid="e1">ended</EVENT> '
...     '<TIMEX3 tid="t1" type="DATE" value="2022-02-11">Friday</TIMEX3> &amp; resume '
...     '<TIMEX3 tid="t2" type="DATE" value="2022-02-14" anchorTimeID="t1">three days later</TIMEX3>.'
...     '</TEXT></TimeML>')
>>> doc.doc_id, doc.dct, doc.dct_date
('wire-7', '2022-02-12', datetime.date(2022, 2, 12))
>>> doc.text
'Talks ended Friday & resume three days later.'
>>> [(t.tid, t.start, t.end, t.value, t.anchor_time_id) for t in doc.timexes]
[('t1', 12, 18, '2022-02-11', None), ('t2', 28, 44, '2022-02-14', 't1')]
>>> doc.text[28:44]
'three days later'

Reading follows XML 1.0: entities are unescaped (HTML named entities such as ``&nbsp;``, which
XML does not define, are accepted too), and line ends are normalised, so a CRLF in the file is a
single ``\\n`` in :attr:`TimemlDocument.text` (a ``&#13;`` character reference stays a ``\\r``).
Every tag inside ``<TEXT>`` is removed from the text (EVENT, SIGNAL, TIMEX3, ...); offsets index
the resulting plain text exactly: ``text[t.start:t.end] == t.text`` for every TIMEX3.

:func:`annotate_timeml` runs newstime over a ``.tml`` document with its DCT as anchor and writes
a new TimeML document carrying newstime's TIMEX3 tags instead of the original ones.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from html.entities import html5
from pathlib import Path
from typing import TYPE_CHECKING, Union
from xml.sax.saxutils import escape, quoteattr

from .errors import NewstimeError

if TYPE_CHECKING:
    from .types import Document, Mention

__all__ = ["TimemlDocument", "TimemlError", "Timex", "annotate_timeml", "read_timeml", "to_timeml", "write_timeml"]

Source = Union[str, "os.PathLike[str]"]


class TimemlError(NewstimeError, ValueError):
    """A TimeML document that cannot be read: not well-formed XML, or no ``<TEXT>`` element."""


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 annotation: its ``tid``, its extent in the plain text and its attributes.

    ``text == document.text[start:end]``.  Attributes absent from the tag are ``None`` (``type``
    and ``value`` are ``""``).  ``quant`` and ``freq`` are the SET attributes.
    """

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor_time_id: str | None = None
    function_in_document: str | None = None
    quant: str | None = None
    freq: str | None = None


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """A TimeML document read by :func:`read_timeml`.

    ``doc_id`` is the content of ``<DOCID>`` (``None`` if absent); ``dct`` the ``value`` of the
    TIMEX3 in ``<DCT>`` as written (``"1998-01-08T18:30:00"``), ``dct_date`` its date (``None``
    when there is no DCT or its value does not start with a date), ``dct_type`` its ``type``;
    ``text`` the plain text of ``<TEXT>``; ``timexes`` its TIMEX3 annotations in text order.
    """

    doc_id: str | None
    dct: str | None
    dct_date: date | None
    text: str
    timexes: tuple[Timex, ...]
    dct_type: str | None = None


# --------------------------------------------------------------------------- reading

_DCT_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def _date_of(value: str | None) -> date | None:
    """The date a DCT value starts with (``1998-01-08T18:30:00``, ``19980108``), or None."""
    m = _DCT_DATE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _html_entities(xml: str) -> str:
    """``xml`` with the HTML named entities XML does not define turned into character references."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in _XML_ENTITIES:
            return m.group(0)
        chars = html5.get(name + ";")
        return "".join(f"&#{ord(c)};" for c in chars) if chars else m.group(0)

    return _ENTITY.sub(sub, xml)


def _parse(data: str | bytes, label: str) -> ET.Element:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        if "undefined entity" not in str(e):
            raise TimemlError(f"{label}: not well-formed XML ({e})") from e
        if isinstance(data, bytes):
            m = _ENCODING.match(data)
            try:
                data = data.decode(m.group(1).decode("ascii") if m else "utf-8-sig")
            except (LookupError, UnicodeDecodeError) as e2:
                raise TimemlError(f"{label}: cannot decode ({e2})") from e2
        try:
            root = ET.fromstring(_html_entities(data))
        except ET.ParseError as e2:
            raise TimemlError(f"{label}: not well-formed XML ({e2})") from e2
    for elem in root.iter():  # drop namespaces: {http://...}TIMEX3 -> TIMEX3
        if isinstance(elem.tag, str) and elem.tag.startswith("{"):
            elem.tag = elem.tag.rsplit("}", 1)[1]
    return root


def _timex(elem: ET.Element, start: int, end: int, text: str) -> Timex:
    return Timex(elem.get("tid", ""), start, end, text, elem.get("type", ""), elem.get("value", ""),
                 elem.get("mod"), elem.get("anchorTimeID"), elem.get("functionInDocument"),
                 elem.get("quant"), elem.get("freq"))


def _flatten(text_elem: ET.Element) -> tuple[str, tuple[Timex, ...]]:
    """The plain text under ``text_elem`` (tags removed; entities were unescaped by the parser)
    and its TIMEX3 elements with their offsets in that text."""
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []

    def emit(s: str | None) -> None:
        nonlocal length
        if s:
            pieces.append(s)
            length += len(s)

    def walk(elem: ET.Element) -> None:
        start = length
        emit(elem.text)
        for child in elem:
            walk(child)
            emit(child.tail)
        if elem.tag == "TIMEX3":
            timexes.append(_timex(elem, start, length, "".join(elem.itertext())))

    walk(text_elem)  # the TEXT element's own tail lies outside it and is not part of the text
    text = "".join(pieces)
    for t in timexes:
        if text[t.start:t.end] != t.text:  # pragma: no cover - a bug in the walk above
            raise AssertionError(f"offset bug: {text[t.start:t.end]!r} != {t.text!r}")
    timexes.sort(key=lambda t: (t.start, t.end))
    return text, tuple(timexes)


def _first(root: ET.Element, tag: str) -> ET.Element | None:
    return next(root.iter(tag), None)


def read_timeml(source: Source) -> TimemlDocument:
    """Read a TimeML document from a path (``str`` or path-like) or from a string of XML.

    A ``str`` whose first non-blank character is ``<`` is the document itself; any other string
    is a path.  The text is the content of the first ``<TEXT>`` element with every inner tag
    removed; the timexes are the TIMEX3 elements inside it.  Raises :class:`TimemlError` for a
    document that is not well-formed or has no ``<TEXT>``, ``OSError`` for an unreadable file.
    """
    data: str | bytes
    if isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith("<"):
        data, label = source, "TimeML string"
    else:
        path = Path(source)
        data, label = path.read_bytes(), str(path)
    root = _parse(data, label)
    text_elem = root if root.tag == "TEXT" else _first(root, "TEXT")
    if text_elem is None:
        raise TimemlError(f"{label}: no <TEXT> element")
    text, timexes = _flatten(text_elem)
    doc_id_elem = _first(root, "DOCID")
    doc_id = "".join(doc_id_elem.itertext()).strip() if doc_id_elem is not None else None
    dct_elem = _first(root, "DCT")
    dct_timex = _first(dct_elem, "TIMEX3") if dct_elem is not None else None
    dct = dct_timex.get("value") if dct_timex is not None else None
    dct_type = dct_timex.get("type") if dct_timex is not None else None
    return TimemlDocument(doc_id or None, dct, _date_of(dct), text, timexes, dct_type)


# --------------------------------------------------------------------------- writing

# characters XML 1.0 cannot carry, even as references: written as U+FFFD (one character, so offsets hold)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(s: str) -> str:
    """Character data: ``& < >`` escaped, ``\\r`` as ``&#13;`` so that a reader keeps it."""
    return _NOT_XML.sub("\ufffd", escape(s, {"\r": "&#13;"}))


def _attr(s: str) -> str:
    return _NOT_XML.sub("\ufffd", quoteattr(s))


def _written(mentions: tuple[Mention, ...]) -> list[Mention]:
    """The mentions that get a tag: in text order, skipping any that overlaps one already written."""
    out: list[Mention] = []
    pos = 0
    for m in mentions:
        if m.start < pos:
            continue
        out.append(m)
        pos = m.end
    return out


def _write(doc: Document, doc_id: str | None, dct: tuple[str, str] | None) -> str:
    a = doc.anchor
    parts = ['<?xml version="1.0" ?>', "<TimeML>"]
    if doc_id is not None:
        parts.append(f"<DOCID>{_text(doc_id)}</DOCID>")
    if dct is not None:
        dct_type, dct_value = dct
        parts.append(f"<DCT><TIMEX3 tid=\"t0\" type={_attr(dct_type)} value={_attr(dct_value)} "
                     f'temporalFunction="false" functionInDocument="CREATION_TIME">{_text(dct_value)}</TIMEX3></DCT>')
    elif a.date is not None and a.resolved:
        v = a.date.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{v}</TIMEX3></DCT>')
    has_dct = dct is not None or (a.date is not None and a.resolved)
    written = _written(doc.mentions)
    tid_of_start: dict[int, str] = {}
    for i, m in enumerate(written, start=1):
        tid_of_start.setdefault(m.start, f"t{i}")
    body: list[str] = []
    pos = 0
    for i, m in enumerate(written, start=1):
        body.append(_text(doc.text[pos:m.start]))
        attrs = [f'tid="t{i}"', f'type="{m.type}"', f"value={_attr(m.value)}"]
        if m.mod:
            attrs.append(f"mod={_attr(m.mod)}")
        attrs.append(f'temporalFunction="{"true" if m.reference is not None else "false"}"')
        attrs.append('functionInDocument="NONE"')
        if m.recurrence is not None:
            if m.recurrence.quant:
                attrs.append(f"quant={_attr(m.recurrence.quant)}")
            if m.recurrence.freq:
                attrs.append(f"freq={_attr(m.recurrence.freq)}")
        ref: str | None = None
        if m.reference == "anchor":
            ref = "t0" if has_dct else None
        elif m.reference and m.reference.startswith(("mention:", "speech:")):
            kind, _, offset = m.reference.partition(":")
            ref = tid_of_start.get(int(offset)) if offset.isdigit() else None
            if ref == f"t{i}":
                ref = None
            if ref is None and kind == "speech" and has_dct:
                ref = "t0"  # the day of a reported speech, placed from the document date
        if ref is not None:
            attrs.append(f'anchorTimeID="{ref}"')
        body.append(f"<TIMEX3 {' '.join(attrs)}>{_text(m.text)}</TIMEX3>")
        pos = m.end
    body.append(_text(doc.text[pos:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def write_timeml(doc: Document, *, doc_id: str | None = None) -> str:
    """``doc`` as a TimeML document: DOCID (when ``doc_id`` is given), DCT and inline TIMEX3 tags.

    The DCT (``tid="t0"``, ``functionInDocument="CREATION_TIME"``) is the anchor's date; it is
    left out when the document has no resolved anchor.  Each mention becomes a TIMEX3 with
    ``tid`` (``t1``, ``t2``, ... in text order), ``type``, ``value``, ``mod``, ``temporalFunction``
    (``true`` for values computed from a reference), ``functionInDocument="NONE"``, ``quant`` and
    ``freq`` for SETs, and ``anchorTimeID``: ``t0`` for values computed from the anchor, the
    ``tid`` of the mention a value was computed from (``reference="mention:<start>"``).
    A mention overlapping an earlier one (rare) is not tagged.  The text is kept exactly:
    ``read_timeml(write_timeml(doc)).text == doc.text``, ``\\r`` included; the few characters XML
    1.0 cannot carry at all (C0 controls other than tab and line ends) are written as U+FFFD.
    """
    return _write(doc, doc_id, None)


def to_timeml(doc: Document) -> str:
    """The same as :func:`write_timeml` (the name :meth:`Document.to_timeml` calls)."""
    return _write(doc, None, None)


def annotate_timeml(source: Source, *, tz: str | None = None) -> str:
    """Re-annotate a TimeML document (a path or the XML itself) with newstime.

    Reads the document with :func:`read_timeml`, resolves its plain text with the date of its DCT
    as anchor (``tz`` is passed to :func:`newstime.resolve`), and writes a new TimeML document:
    its DOCID, its DCT (value and type as they were) and its text with newstime's TIMEX3 tags.
    The original TIMEX3 tags of ``<TEXT>`` are replaced, and everything else is dropped: the other
    inline tags (EVENT, SIGNAL, ...), the elements outside ``<TEXT>`` (TITLE, EXTRAINFO, ...) and
    the links and instances (MAKEINSTANCE, TLINK, SLINK, ALINK).  The text itself is unchanged.

    >>> out = annotate_timeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-12">'
    ...     '2022-02-12</TIMEX3></DCT><TEXT>Voting <EVENT eid="e1">ends</EVENT> on '
    ...     '<TIMEX3 tid="t1" type="DATE" value="2022-02-13">Sunday</TIMEX3> night.</TEXT></TimeML>')
    >>> [(t.text, t.value, t.anchor_time_id) for t in read_timeml(out).timexes]
    [('Sunday night', '2022-02-13TNI', 't0')]
    """
    from .api import resolve

    source_doc = read_timeml(source)
    anchor = source_doc.dct_date.isoformat() if source_doc.dct_date is not None else None
    doc = resolve(source_doc.text, anchor=anchor, tz=tz)
    # the original DCT is kept when it gave the anchor; otherwise the DCT is newstime's own anchor, if any
    dct = (source_doc.dct_type or "DATE", source_doc.dct) if source_doc.dct and anchor else None
    return _write(doc, source_doc.doc_id, dct)
