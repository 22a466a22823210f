"""TimeML output: the text with inline TIMEX3 tags and a DCT.

>>> import newstime
>>> print(newstime.resolve("They met on Friday.", anchor="2022-02-12").to_timeml())  # doctest: +ELLIPSIS
<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-12" temporalFunction="false" functionInDocument="CREATION_TIME">2022-02-12</TIMEX3></DCT>
<TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2022-02-11" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Friday</TIMEX3>.</TEXT>
</TimeML>
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from .types import Document

__all__ = ["to_timeml"]


def to_timeml(doc: Document) -> str:
    a = doc.anchor
    parts = ['<?xml version="1.0" ?>', "<TimeML>"]
    if a.date is not None and a.resolved:
        v = a.date.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(v)}</TIMEX3></DCT>')
    body: list[str] = []
    pos = 0
    tid_of_start: dict[int, str] = {}
    for i, m in enumerate(doc.mentions, start=1):
        tid_of_start[m.start] = f"t{i}"
    for i, m in enumerate(doc.mentions, start=1):
        if m.start < pos:
            continue
        body.append(escape(doc.text[pos:m.start]))
        attrs = [f'tid="t{i}"', f'type="{m.type}"', f"value={quoteattr(m.value)}"]
        if m.mod:
            attrs.append(f"mod={quoteattr(m.mod)}")
        relative = m.reference is not None
        attrs.append(f'temporalFunction="{"true" if relative else "false"}"')
        attrs.append('functionInDocument="NONE"')
        if m.recurrence is not None:
            if m.recurrence.quant:
                attrs.append(f"quant={quoteattr(m.recurrence.quant)}")
            if m.recurrence.freq:
                attrs.append(f"freq={quoteattr(m.recurrence.freq)}")
        if m.reference == "anchor" and a.date is not None:
            attrs.append('anchorTimeID="t0"')
        elif m.reference and ":" in m.reference:
            ref = tid_of_start.get(int(m.reference.split(":")[1]))
            if ref:
                attrs.append(f'anchorTimeID="{ref}"')
        body.append(f"<TIMEX3 {' '.join(attrs)}>{escape(m.text)}</TIMEX3>")
        pos = m.end
    body.append(escape(doc.text[pos:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"
