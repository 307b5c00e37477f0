"""Sentence splitting that keeps character offsets.

A headline (a first line without final punctuation) and every paragraph end are
boundaries; inside a paragraph, ``.``, ``!`` and ``?`` end a sentence when the next word
starts with a capital, a digit or a quote, unless the word before is a known abbreviation
("Gen.", "U.S.", "Jan.") or a single initial.

>>> [s.text for s in split_sentences("Clashes in Hama\\nGunmen killed two. Police said so.")]
['Clashes in Hama', 'Gunmen killed two.', 'Police said so.']
"""

from __future__ import annotations

import re

from .incident import Span

__all__ = ["split_sentences"]

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt cpl pvt adm brig cmdr st mt ft no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec sen rep gov pres prof rev "
    "u.s u.k u.n e.g i.e approx km".split()
)
_END = re.compile(r"[.!?]+['\"\u201d\u2019)]*(?=\s+['\"\u201c\u2018(]?[A-Z0-9\u0600-\u06ff])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Span]:
    """The sentences of *text*, as spans with offsets into it.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Span
        In order, stripped of surrounding white space; empty lines give no span.
    """
    out: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        cut = start
        for m in _END.finditer(text, start, start + len(line.rstrip())):
            if text[m.start()] == "." and _is_abbreviation(text, m.start()):
                continue
            out.extend(_span(text, cut, m.end()))
            cut = m.end()
        out.extend(_span(text, cut, pos))
    return out


def _span(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end, text[start:end])] if end > start else []
