"""Text folded for cue matching, with a map back to the offsets of the original.

News text copied from web pages and PDFs carries invisible differences: letters
decomposed into a base and a combining accent (NFD, "ki\u0301lled"), zero-width spaces
and soft hyphens inside words ("kil\u00adled"), accented Latin letters where the
writer meant plain ones. Patterns over English words should see the plain word, while
evidence spans must still point into the text the user gave. :func:`fold` drops
combining marks and invisible format characters and reduces an accented Latin letter to
its base letter, and keeps, for every character of the folded text, the offset it came
from. Typography that hides a number or a word goes too, one character for one: a
no-break or thin space grouping thousands ("1\u202f200") becomes a comma, an en or em
dash between two numbers ("10\u201315") a hyphen, the Unicode hyphens and the curly
apostrophes their ASCII forms, and fullwidth or Arabic-Indic digits ASCII digits.

>>> f = fold("Gunmen ki\u0301lled two")
>>> f.text
'Gunmen killed two'
>>> f.origin(7), f.origin(13)
(7, 14)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol, TypeVar

__all__ = ["Folded", "Spanned", "fold", "on_folded"]


@dataclass(frozen=True, slots=True)
class Folded:
    """A text folded for matching.

    Attributes
    ----------
    text : str
        The folded text.
    starts : tuple of int, or None
        For each character of :attr:`text`, its offset in the original text, plus the
        original length at the end; None when folding changed nothing.
    """

    text: str
    starts: tuple[int, ...] | None = None

    def origin(self, i: int) -> int:
        """The offset in the original text of offset *i* in :attr:`text`; an end offset
        maps past the marks dropped after the character before it."""
        return i if self.starts is None else self.starts[i]


_FOLDABLE = re.compile(
    "[\u00a0\u2009\u202f\u2010-\u2015\u2018\u2019\u2212\u0660-\u0669\u06f0-\u06f9\uff10-\uff19"
    "\u00ad\u00c0-\u024f\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u1e00-\u1eff"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u20d0-\u20ff\ufe20-\ufe2f\ufeff]"
)
"""Characters :func:`fold` may change (in Latin text): a quick test before the slow one."""


_GROUPING = "\u00a0\u2009\u202f"  # no-break, thin and narrow no-break spaces
_DASHES = "\u2012\u2013\u2014\u2015\u2212"  # figure, en, em dashes, bar, minus
_PLAIN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2018": "'", "\u2019": "'"})
_THOUSANDS = re.compile(r"\d{3}(?!\d)")
_GROUP_BEFORE = re.compile(r"(?<!\d)\d{1,3}$")
_DIGIT_AFTER = re.compile(r" ?\d")


def _fold_at(text: str, i: int) -> str:
    """The folded form of ``text[i]``, a non-ASCII character, in its context."""
    c = text[i]
    if c in _GROUPING:  # "1 200" typeset with a thin space is 1,200; else a space
        grouping = _GROUP_BEFORE.search(text, max(0, i - 4), i) and _THOUSANDS.match(text, i + 1)
        return "," if grouping else c
    if c in _DASHES:  # "10–15 killed" is a range; "the attack – the third" is not
        before = text[max(0, i - 2) : i].rstrip(" ")
        ranged = before[-1:].isdigit() and _DIGIT_AFTER.match(text, i + 1)
        return "-" if ranged else c
    return _fold_char(c)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """ "" for a combining mark or invisible format character, the base letter of an
    accented Latin letter, the ASCII form of a Unicode hyphen, curly apostrophe or
    decimal digit, else *c*."""
    if unicodedata.combining(c) or unicodedata.category(c) == "Cf":
        return ""
    if c.isdecimal():
        return str(unicodedata.decimal(c))
    plain = c.translate(_PLAIN)
    if plain != c:
        return plain
    decomposed = unicodedata.normalize("NFD", c)
    if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
        if all(unicodedata.combining(m) for m in decomposed[1:]):
            return decomposed[0]
    return c


@lru_cache(maxsize=64)  # the cue, toll, date and actor readers fold the same sentence
def fold(text: str) -> Folded:
    """*text* without combining marks and format characters, accented Latin letters
    reduced to their base letters, with the map back to the original offsets.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    Folded
        The folded text and its offset map (None when nothing changed, as for ASCII).
    """
    if text.isascii() or _FOLDABLE.search(text) is None:
        return Folded(text)
    chars: list[str] = []
    starts: list[int] = []
    changed = False
    for i, c in enumerate(text):
        f = _fold_at(text, i) if not c.isascii() else c
        if f != c:
            changed = True
        if f:
            chars.append(f)
            starts.append(i)
    if not changed:
        return Folded(text)
    starts.append(len(text))
    return Folded("".join(chars), tuple(starts))


class Spanned(Protocol):
    """A mention found in a text: a dataclass with offsets and its words."""

    start: int
    end: int
    text: str


M = TypeVar("M", bound=Spanned)


def on_folded(find: Callable[[str, int], list[M]], text: str, offset: int = 0) -> list[M]:
    """Run *find* on *text* folded by :func:`fold`, with spans back in *text*.

    Parameters
    ----------
    find : callable
        ``find(text, offset)`` returning dataclasses with ``start``, ``end`` (offsets
        plus ``offset``) and ``text`` fields.
    text : str
        The original text.
    offset : int
        Added to every start and end.

    Returns
    -------
    list
        What *find* returns on the folded text, with ``start``, ``end`` and ``text``
        pointing into *text* (the accents and soft hyphens the user's copy carries).
    """
    folded = fold(text)
    if folded.starts is None:
        return find(text, offset)
    out = []
    for m in find(folded.text, offset):
        a, b = folded.origin(m.start - offset), folded.origin(m.end - offset)
        out.append(replace(m, start=a + offset, end=b + offset, text=text[a:b]))  # type: ignore[type-var]
    return out
