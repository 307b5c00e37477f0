"""Towns whose gazetteer name adds a size or position word to the name news uses.

Villages split in two carry a word for "big" or "small", "upper" or "lower" after the
shared name: Somali *Weyne* / *Yare* ("Mahaddayweyne", written glued or apart), Hindi
and Urdu *Kalan* / *Khurd*, Dari and Pashto *Bala* / *Payin*, Arabic *al-Kabir* /
*al-Saghir*, *Ulya* / *Sufla*, *Sharqi* / *Gharbi*. News often drops the word. A name
the gazetteer does not know is tried with each word after it; a reading counts only for
a place in a country whose language has that word, and only when it is the one place so
found (a name with both a "Kalan" and a "Khurd" village is left unread).
"""

from __future__ import annotations

from gazetteer import Candidate, Gazetteer
from gazetteer.normalize import fold

from .respell import ARABIC_SPEAKING, places_read_as

__all__ = ["SIZE_WORDS", "sized_candidates"]

_HORN = frozenset({"SO", "ET", "KE", "DJ"})
_SOUTH_ASIA = frozenset({"IN", "PK", "NP", "BD"})
_PERSIAN = frozenset({"AF", "IR", "PK", "TJ"})

SIZE_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("weyne", "yare"), _HORN),
    **dict.fromkeys(("kalan", "khurd", "khurad"), _SOUTH_ASIA),
    **dict.fromkeys(("bala", "payin", "payan"), _PERSIAN),
    **dict.fromkeys(("ulya", "sufla"), ARABIC_SPEAKING | _PERSIAN),
    **dict.fromkeys(
        ("al kabir", "al saghir", "al kabira", "al saghira", "ash sharqi", "al gharbi"),
        ARABIC_SPEAKING,
    ),
}
"""Each size or position word (folded) and the countries whose languages use it."""


def sized_candidates(
    gazetteer: Gazetteer, names: set[str], limit: int
) -> dict[str, list[Candidate]]:
    """The one town each unknown name stands for once a size word is added ("Mahaday":
    Mahaddayweyne, Somalia), as a normalised match; names with none, or more than one,
    are left out.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where the places come from.
    names : set of str
        Names the gazetteer does not know as written.
    limit : int
        Candidates looked up per spelling.

    Returns
    -------
    dict
        For each name so read, a one-candidate list.
    """
    spelt = {
        n: {f"{fold(n)} {w}": countries for w, countries in SIZE_WORDS.items()}
        for n in names
        if fold(n).isascii()
    }
    if not spelt:
        return {}
    found = places_read_as(gazetteer, spelt, limit, frozenset({"P"}))
    return {name: list(places.values()) for name, places in found.items() if len(places) == 1}
