"""Colloquial vowel spellings of Arabic place names, and the places they stand for.

English-language news from the Levant writes place names as they are spoken, while
gazetteers hold a standard romanisation. The consonants agree; the short vowels and one
diphthong do not, because colloquial Arabic colours them:

* kasra written ``e`` where the standard has ``i``: "Meskin" / Miskin, "Jesr" / Jisr,
  "Essa" / Isa;
* fatha raised towards ``e`` (imala) where the standard has ``a``: "Menbej" / Manbij;
* the diphthong *ay* spoken and written as one ``e``: "Shekh" / Shaykh, "Khan Shekhon" /
  Khan Shaykhun.

* damma written ``a`` in the first syllable, as Sudanese and Gulf copy often has it:
  "Rawaba" / Ruwaba, "Dawaym" / Duwaym.
(``o`` / ``u`` and ``ei`` / ``ay`` are already one letter in the gazetteer's keys, and so
are ``Um`` / ``Umm``.) A
name the gazetteer does not know is tried with its lone ``e`` letters read each of these
ways; a respelling counts only for places in Arabic-speaking countries, where the rule
holds, so that an English or German word is never read as some village abroad.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import product

from gazetteer import Candidate, Gazetteer, MatchKind
from gazetteer.normalize import fold, name_key

__all__ = [
    "ARABIC_SPEAKING",
    "drop_respelt_abroad",
    "places_read_as",
    "respellings",
    "respelt_candidates",
]

ARABIC_SPEAKING = frozenset(
    {
        *("AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA"),
        *("MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"),
    }
)
"""ISO codes of the countries whose place names the vowel rules are about."""

MAX_VARIABLE = 3
"""At most this many ``e`` letters are varied (4 ** 3 = 64 spellings)."""

_READINGS = ("e", "i", "a", "ay")
# A lone "e": not next to another vowel ("Deir", "Sheer", "Bueida" keep theirs) and not
# the "-eh" of a feminine ending, which the keys fold already.
_LONE_E = re.compile(r"(?<![aeiouy])e(?![aeiouy])(?!h$)")
_A_READINGS = ("a", "u")
# The ``a`` of a first syllable: one consonant, then a lone ``a`` before a consonant
# that is followed by more of the word ("Rawaba", not "Dar" or "Raqqa"'s doubled letter).
_FIRST_A = re.compile(r"^[b-df-hj-np-tv-z]a(?=[b-df-hj-np-tv-z][aeiouy])")


def respellings(name: str) -> list[str]:
    """The standard spellings a colloquial name may stand for, itself excluded.

    Parameters
    ----------
    name : str
        A place name as written in the text.

    Returns
    -------
    list of str
        Folded spellings with each lone ``e`` of words of three letters or more read as
        ``i``, ``a`` or ``ay``, and the ``a`` of a first syllable as ``u``; empty when
        the name has none of these, or more than :data:`MAX_VARIABLE`, or is not in
        Latin letters.

    Examples
    --------
    >>> "shaykh miskin" in respellings("Shekh Meskin")
    True
    >>> respellings("Deir")
    []
    """
    return list(_respellings(name))


@lru_cache(maxsize=1 << 14)
def _respellings(name: str) -> tuple[str, ...]:
    words = fold(name).split()
    if not words or not all(w.isascii() and w.isalpha() for w in words):
        return ()
    slots: list[tuple[int, int]] = [
        (k, m.start()) for k, w in enumerate(words) if len(w) >= 3 for m in _LONE_E.finditer(w)
    ]
    readings = [_READINGS] * len(slots)
    for k, w in enumerate(words):
        if len(w) >= 4 and _FIRST_A.match(w):
            slots.append((k, 1))
            readings.append(_A_READINGS)
    if not slots or len(slots) > MAX_VARIABLE:
        return ()
    out = []
    for choice in product(*readings):
        if all(c == r[0] for c, r in zip(choice, readings, strict=True)):
            continue
        new = list(words)
        # Right to left within a word, so that earlier offsets stay valid.
        for (k, at), reading in sorted(zip(slots, choice, strict=True), reverse=True):
            new[k] = new[k][:at] + reading + new[k][at + 1 :]
        out.append(" ".join(new))
    return tuple(out)


def respelt_candidates(
    gazetteer: Gazetteer, names: set[str], limit: int
) -> dict[str, list[Candidate]]:
    """Places in Arabic-speaking countries that unknown *names* stand for when read with
    standard vowels ("Shekh Meskin": Shaykh Miskin, Syria).

    One batched query tests every respelling; only those the gazetteer knows are looked
    up.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where the places come from.
    names : set of str
        Names the gazetteer does not know as written.
    limit : int
        At most this many candidates per name.

    Returns
    -------
    dict
        For each name that some respelling resolves, its candidates best first, as
        normalised matches; names without any are left out.
    """
    spelt = {n: dict.fromkeys(vs, ARABIC_SPEAKING) for n in names if (vs := respellings(n))}
    out: dict[str, list[Candidate]] = {}
    for name, found in places_read_as(gazetteer, spelt, limit).items():
        if found:
            ranked = sorted(found.values(), key=lambda c: (-c.score, c.place.id))
            out[name] = ranked[:limit]
    return out


_UNREAD: weakref.WeakKeyDictionary[Gazetteer, set[tuple[object, ...]]] = weakref.WeakKeyDictionary()
"""Per gazetteer, the (name, readings, classes) of :func:`places_read_as` none of whose
readings it knows: most names asked are English words or names of people, and news
repeats them from one report to the next."""

_UNREAD_SIZE = 1 << 15


def places_read_as(
    gazetteer: Gazetteer,
    readings: dict[str, dict[str, frozenset[str]]],
    limit: int,
    classes: frozenset[str] | None = None,
) -> dict[str, dict[str, Candidate]]:
    """The places each name's readings name, by place id, as normalised matches.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where the places come from; one batched query tests every reading, and only
        those it knows are looked up.
    readings : dict
        For each name, its readings (folded) and for each the countries where it holds.
    limit : int
        At most this many candidates per reading.
    classes : frozenset of str, optional
        Feature classes kept; all when None.

    Returns
    -------
    dict
        For each name, its places in lookup order (possibly none).
    """
    unread = _UNREAD.get(gazetteer)
    if unread is None:
        unread = _UNREAD[gazetteer] = set()
    asked = {name: (name, tuple(vs), classes) for name, vs in readings.items()}
    skipped = {name for name, memo in asked.items() if memo in unread}
    known = gazetteer.known({v for n, vs in readings.items() if n not in skipped for v in vs})
    if len(unread) >= _UNREAD_SIZE:
        unread.clear()
    out: dict[str, dict[str, Candidate]] = {}
    for name, variants in readings.items():
        found: dict[str, Candidate] = {}
        out[name] = found
        if name in skipped:
            continue
        if not any(v in known for v in variants):
            unread.add(asked[name])
            continue
        for v, countries in variants.items():
            if v not in known:
                continue
            for c in gazetteer.lookup(v, limit=limit, fuzzy=False):
                if (
                    c.place.country_code in countries
                    and (classes is None or c.place.feature_class in classes)
                    and c.place.id not in found
                ):
                    found[c.place.id] = replace(c, match=MatchKind.NORMALISED)
    return out


def _respelt(name: str, c: Candidate) -> bool:
    """True for a candidate found only by reading *name* with other vowels."""
    return (
        c.match is MatchKind.NORMALISED
        and c.place.country_code in ARABIC_SPEAKING
        and name_key(c.matched) != name_key(name)
    )


def drop_respelt_abroad(
    names: Sequence[str], cands: Sequence[list[Candidate]]
) -> list[list[Candidate]]:
    """The candidates of each mention, less those found by respelling when the text's
    other places all lie outside Arabic-speaking countries.

    "Kassela in Mali's Segou region" is a Malian village the gazetteer lacks, not
    Kassala in Sudan: the vowel rules hold for Arabic names, and a text whose other
    towns and regions are all elsewhere gives no sign of one. Countries are no such
    sign (they are often actors: "Turkish shelling on Menbej").

    Parameters
    ----------
    names : sequence of str
        The mentions' names, in text order.
    cands : sequence of list of Candidate
        Each mention's candidates.

    Returns
    -------
    list of list of Candidate
    """
    tops = [
        (name, found[0].place)
        for name, found in zip(names, cands, strict=True)
        if found and not found[0].place.feature_code.startswith("PCL")
    ]
    out = []
    for name, found in zip(names, cands, strict=True):
        if any(_respelt(name, c) for c in found):
            others = [p.country_code for n, p in tops if n != name]
            if others and not any(cc in ARABIC_SPEAKING for cc in others):
                found = [c for c in found if not _respelt(name, c)]
        out.append(found)
    return out
