"""Roads named by the towns they link: "the Gao-Ansongo road", "the Kabul–Kandahar highway".

Such a name is two places joined by a hyphen or dash before a road word. Each town is a
place (the recogniser splits the compound), and the road as a whole is located near its
first town, or near the other when the gazetteer knows only that one (ACLED codes an
event on a road at a town on it, as "near", precision 2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .toponym import Precision, Toponym

__all__ = ["ROUTE_AFTER", "road_name", "road_toponyms"]

ROUTE_AFTER = re.compile(r"[ \t]+(?:road|highway|motorway|route|axis|corridor|railway)\b", re.I)
"""The road word after a name: matched at the end of the name."""

_DASHES = "-‐–"
_END = r"[A-Z][\w'’]*"
_SECOND = re.compile(rf"[{_DASHES}]{_END}")
_FIRST = re.compile(rf"\b{_END}[{_DASHES}]$")


def road_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the road name that text[start:end] is one town of, else None.

    Parameters
    ----------
    text : str
        The document.
    start, end : int
        A place name's span.

    Returns
    -------
    tuple of int or None
        (start, end) of "Gao-Ansongo" for either "Gao" or "Ansongo" before "road".

    Examples
    --------
    >>> road_name("on the Gao-Ansongo road", 7, 10)
    (7, 18)
    """
    m = _SECOND.match(text, end)
    if m is not None and ROUTE_AFTER.match(text, m.end()):
        return start, m.end()
    m = _FIRST.search(text, max(0, start - 40), start)
    if m is not None and ROUTE_AFTER.match(text, end):
        return m.start(), end
    return None


_LOCATED = re.compile(r"\s+(?:in|at|inside|through)\s+(?:the\s+)?(?:town\s+of\s+)?")


def road_toponyms(text: str, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """*toponyms* (in text order) with the towns of each road name merged into one
    toponym for the road, near its first resolved town; unresolved towns and other
    toponyms are left as they are. A road the text places in a town named right after
    it ("the Bannu-Miranshah road in Mir Ali") gives way to that town, known to the
    gazetteer or not."""
    out: list[Toponym] = []
    end = -1
    for t in toponyms:
        if t.start < end:
            continue  # the second town of a road already placed by its first
        span = road_name(text, t.start, t.end) if t.candidate is not None else None
        if span is None or t.precision is not Precision.EXACT:
            out.append(t)
            continue
        a, b = span
        end = b
        road = ROUTE_AFTER.match(text, b)
        located = _LOCATED.match(text, road.end()) if road is not None else None
        if located is not None and text[located.end() : located.end() + 1].isupper():
            continue
        name = text[a:b]
        out.append(replace(t, start=a, end=b, text=name, name=name, precision=Precision.NEAR))
    return out
