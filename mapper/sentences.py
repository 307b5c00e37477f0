"""Sentence splitting that keeps character offsets.

A headline (a line clearly shorter than the others, without final punctuation) and
every paragraph end are boundaries; lines hard-wrapped at a fixed width are joined.
Inside a paragraph, ``.``, ``!`` and ``?`` end a sentence when the next word starts with
a capital, a digit or a quote, unless the word before is a known abbreviation ("Gen.",
"U.S.", "Jan.") or a single initial. Pasted copy that lost the space after a full stop
("killed.Police said") splits too, and each item of a bulleted list ("- Two killed in
Gao", "Attacks: - ...; - ...", "... \u2022 ...") is a sentence of its own, without its
bullet.

>>> [s.text for s in split_sentences("Clashes in Hama\\nGunmen killed two. Police said so.")]
['Clashes in Hama', 'Gunmen killed two.', 'Police said so.']
"""

from __future__ import annotations

import re

from .incident import Span

__all__ = ["MAX_SENTENCE", "split_sentences"]

MAX_SENTENCE = 1000
"""Longer runs without a sentence end (lists, scraped tables, hostile input) are cut at a
comma or a space, so that per-sentence work stays bounded."""

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt cpl pvt adm brig cmdr st mt ft no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec sen rep gov pres prof rev "
    "u.s u.k u.n e.g i.e approx km".split()
)
_END = re.compile(r"[.!?]+['\"\u201d\u2019)]*(?=\s+['\"\u201c\u2018(]?[A-Z0-9\u0600-\u06ff])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# "killed.Police said": a full stop between a lower-case word and a capitalised one.
_GLUED = re.compile(r"[.!?][\"\u201d\u2019]?(?=[\"\u201c\u2018]?[A-Z][a-z])")
_BULLETS = "-*\u2022\u2023\u2043\u25aa\u25cf\u00b7\u2013\u2014"
_BULLET = re.compile(f"[{_BULLETS}][ \t]+")
"""A list item's marker: a dash, asterisk or bullet and the space after it."""
_LIST_ITEM = re.compile(r"[-*\u2022\u2023\u25aa\u25cf][ \t]+")
"""A line opening a list item (not an en or em dash, which may go on a wrapped clause)."""
# A bullet inside a line: a dot-like bullet anywhere, a dash or asterisk after ";" or ":".
_INLINE_MARK = re.compile("[;:\u2022\u2023\u25aa\u25cf\u00b7]")
_INLINE_BULLET = re.compile(
    r"[ \t]+[\u2022\u2023\u25aa\u25cf\u00b7][ \t]+|(?<=[;:])[ \t]*[-*\u2022\u2013\u2014][ \t]+"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    last = word.rsplit(".", 1)[-1]  # "Lt.Col." as pasted without its space
    return word in _ABBREVIATIONS or last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _blocks(text: str) -> list[tuple[int, int]]:
    """Stretches of text between hard breaks: blank lines, headline ends, line ends after
    final punctuation. Lines wrapped at a fixed width join into one block: a line break
    ends a block only when the line ends a sentence or is clearly shorter than the
    text's wrapped lines (a headline) and the next line starts like a sentence."""
    lines = text.splitlines(keepends=True)
    width = max((len(line.rstrip()) for line in lines), default=0)
    blocks = []
    start = pos = 0
    for i, line in enumerate(lines):
        pos += len(line)
        body = line.rstrip()
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        hard = (
            not body.strip()
            or not nxt
            or body.endswith((".", "!", "?", ":", '"', "\u201d"))
            or (_starts_sentence(nxt) and len(body) < 0.8 * width)
            or _LIST_ITEM.match(nxt) is not None
        )
        if hard:
            blocks.append((start, pos))
            start = pos
    if start < len(text):
        blocks.append((start, len(text)))
    return blocks


def _starts_sentence(line: str) -> bool:
    """A line that opens like a sentence: a capital or a digit, or one after an opening
    bracket or quote ("(Photo: AFP) KABUL -", "'We ran,' she said")."""
    head = line[1:2] if line[:1] in "([\"'\u201c\u2018" else line[:1]
    return head.isupper() or head.isdigit()


def split_sentences(text: str) -> list[Span]:
    """The sentences of *text*, as spans with offsets into it.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Span
        In order, stripped of surrounding white space; empty lines give no span; none
        longer than :data:`MAX_SENTENCE` characters.
    """
    out: list[Span] = []
    for start, end in _blocks(text):
        cut = start
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        for a, b in _boundaries(text, start, stop):
            out.extend(_span(text, cut, a))
            cut = b
        out.extend(_span(text, cut, end))
    return out


def _boundaries(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(end of one sentence, start of the next) inside the block text[start:stop]."""
    found = [
        (m.end(), m.end())
        for m in _END.finditer(text, start, stop)
        if text[m.start()] != "." or not _is_abbreviation(text, m.start())
    ]
    found += [
        (m.end(), m.end())
        for m in _GLUED.finditer(text, start, stop)
        if text[m.start() - 2 : m.start()].islower()
        and text[m.start() - 2 : m.start()].isalpha()
        and not _is_abbreviation(text, m.start())
    ]
    if _INLINE_MARK.search(text, start, stop):
        found += [(m.start(), m.end()) for m in _INLINE_BULLET.finditer(text, start, stop)]
    if len(found) > 1:
        found.sort()
        found = [ab for i, ab in enumerate(found) if i == 0 or ab[0] >= found[i - 1][1]]
    return found


def _span(text: str, start: int, end: int) -> list[Span]:
    """Stripped spans for text[start:end]; overlong runs are cut at a comma or a space."""
    out = []
    while True:
        while start < end and text[start].isspace():
            start += 1
        bullet = _BULLET.match(text, start, end)
        if bullet is not None:
            start = bullet.end()
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop <= start:
            return out
        if stop - start <= MAX_SENTENCE:
            out.append(Span(start, stop, text[start:stop]))
            return out
        limit = start + MAX_SENTENCE
        cut = text.rfind(", ", start, limit)
        if cut <= start + MAX_SENTENCE // 2:
            cut = text.rfind(" ", start, limit)
        cut = cut + 1 if cut > start else limit
        out.append(Span(start, cut, text[start:cut]))
        start = cut
