"""Whether a sentence moves the report to another scene.

A report's aftermath (arrests, looting) told with no place of its own is where the
event just reported happened. A sentence that opens by moving elsewhere ("Meanwhile,
...", "Separately, ...", "In the capital, ...", "Further south, ...", "In Gezira, ...")
tells of another scene, even when the gazetteer lacks the place it names there.
"""

from __future__ import annotations

import re

__all__ = ["moves_elsewhere"]

_PLACE_NOUN = (
    r"(?:capital|city|town|village|camp|port|north|south|east|west|centre|center|"
    r"region|province|state|district|county|countryside|suburbs?|outskirts)"
)
_MOVES = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|in\s+(?:another|a\s+separate)\b"
    r"|(?:further|farther|more\s+than\s+\w+\s+\w+)\s+(?:north|south|east|west)(?:-?(?:east|west))?\b"
    r"|(?:in|across|outside|near)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|"
    r"eastern|western|central)\s+)?(?:" + _PLACE_NOUN + r"|(?-i:[A-Z])[\w'\u2019-]*"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})\s*,)",
    re.I,
)


def moves_elsewhere(sentence: str) -> bool:
    """True when *sentence* opens by moving to another scene.

    Examples
    --------
    >>> moves_elsewhere("In the capital, residents said armed men looted shops.")
    True
    >>> moves_elsewhere("Meanwhile shops were looted.")
    True
    >>> moves_elsewhere("In the aftermath, police arrested 14 people.")
    False
    """
    return _MOVES.match(sentence) is not None
