"""The words news uses for administrative units, in one place.

Reports name the unit holding a village with the local word for it: Mali's *cercle*
("the Niono circle"), Nigeria's *local government area* ("Kajuru LGA"), Ethiopia's
*woreda*, Pakistan's *tehsil*, Bangladesh's *upazila*, the Philippines' *barangay*,
Ukraine's *oblast* and *raion*. A unit word after a town's name makes the name a unit
("in the Douentza circle", "Manipur's Imphal West district"): it holds the village
named with it rather than being a second place of the event.
"""

from __future__ import annotations

import re

__all__ = ["UNIT", "bare_name", "named_unit"]

UNIT = (
    r"(?:(?:rural\s+|urban\s+)?commune|cercle|circle|county|sub-?county|"
    r"local\s+government\s+area|LGA|woreda|kebele|tehsil|taluka?|upazila|union\s+council|"
    r"governorate|department|municipality|sector|chiefdom|territory|locality|barangay|"
    r"township|oblast|raion|rayon|district|sub-?district|province|prefecture|"
    r"sub-?prefecture|region|division|canton|zone|emirate|wilaya|mohafaza|qada|caza|"
    r"nahiya|subdistrict|mukim|kampong|regency|parish)"
)
"""An administrative unit word, lower case, with its common qualifiers ("rural
commune", "local government area"). Matched case-insensitively by its users."""

# "Sennar state", "Kaduna State": a town's name before "state" names the state (Sudan,
# Nigeria, India, Myanmar), though "state" alone is too common a word for UNIT.
_NAMED_UNIT = re.compile(
    rf"(?:\s+(?:north|south|east|west|central|upper|lower))?\s+(?:{UNIT}|state)\b"
    r"(?!\s+(?:capital|town|city)\b)",
    re.I,
)

_ENDS_IN_UNIT = re.compile(rf"\s{UNIT}$", re.I)


def named_unit(text: str, end: int, start: int | None = None) -> bool:
    """True when a unit word follows the name ending at *end*, making it a unit's name.

    Parameters
    ----------
    text : str
        The document.
    end : int
        Where a place name ends.
    start : int, optional
        Where it starts: a name whose own last word is a unit word ("Mubende district"
        read as one toponym) is a unit's name too.

    Returns
    -------
    bool
        True for "Douentza| circle", "Imphal| West district", "Kajuru| LGA"; False for
        "Douentza| town" or "Gao| district capital" (a town, not its unit).

    Examples
    --------
    >>> named_unit("in the Douentza circle of Mali", 15)
    True
    >>> named_unit("in the Douentza market", 15)
    False
    """
    if _NAMED_UNIT.match(text, end) is not None:
        return True
    return start is not None and _ENDS_IN_UNIT.search(text, start, end) is not None


# The units below a province that news writes after a village's or town's own name
# ("Wetlet Township", "Thepha district", "Mariga LGA", "Bhanga upazila"); ACLED writes
# the bare name. Province-level words stay: "Western Province" is the name itself.
_LOCAL_UNIT_AFTER = re.compile(
    r"\s+(?:township|district|sub-?district|LGA|local\s+government\s+area|upazila|tehsil|"
    r"taluka?|woreda|county|sub-?county|(?:rural\s+|urban\s+)?commune|municipality|raion|"
    r"rayon|cercle|circle|chiefdom)$",
    re.I,
)


def bare_name(name: str) -> str:
    """*name* without the local unit word written after it, as ACLED writes a location.

    Parameters
    ----------
    name : str
        A place's name as the text gives it.

    Returns
    -------
    str
        "Wetlet" for "Wetlet Township", "Mariga" for "Mariga LGA"; a name that is a unit
        word alone, or has none after it, unchanged.

    Examples
    --------
    >>> bare_name("Thepha district")
    'Thepha'
    >>> bare_name("Western Province")
    'Western Province'
    """
    m = _LOCAL_UNIT_AFTER.search(name)
    return name if m is None or m.start() == 0 else name[: m.start()]
