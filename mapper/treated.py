"""Where the wounded are treated or taken: a place of care, not of the event.

Reports follow the victims: "a third officer is being treated in X", "the injured were
airlifted to X", "two were flown to the capital", "she was rushed to hospital in X". The
town named is where a hospital or a safe place is, often far from the attack; an ACLED
coder never codes the event there. A hospital named as such ("a hospital in X") is read
by :mod:`mapper.linking`; this module reads the wordings that name only the town.
"""

from __future__ import annotations

import re

__all__ = ["care_place"]

_CARE = re.compile(
    r"\b(?:"
    # treatment in a town: "is being treated in", "recovering at", "hospitalised in"
    r"(?:treated|hospitali[sz]ed|admitted|recovering|recuperating)"
    r"(?:\s+(?:for|with)\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injuries|burns))?\s+(?:in|at)"
    r"|(?:receiving|undergoing|getting|receives|received|underwent)\s+(?:medical\s+|emergency\s+)?"
    r"(?:treatment|care)\s+(?:in|at)"
    # moved towards care: "airlifted to", "flown to", "rushed to", "evacuated to"
    r"|(?:airlifted|flown|evacuated|rushed|transferred|taken|brought|ferried|medevaced|"
    r"transported)\s+(?:(?:by\s+(?:air|road|helicopter|ambulance)|urgently)\s+)?to"
    r")\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|regional|provincial|district|state)\s+)?"
    r"(?:(?:town|city|capital|port)\s+(?:of\s+)?)?$",
    re.I,
)


def care_place(before: str) -> bool:
    """True when the words *before* a place make it where the wounded are treated or
    taken.

    Parameters
    ----------
    before : str
        The sentence's text up to the place name.

    Returns
    -------
    bool
        True for "is being treated in ", "were airlifted to ", "was flown to the
        capital "; False for "fighters attacked ", "fled to ".

    Examples
    --------
    >>> care_place("A third soldier was wounded and is being treated in ")
    True
    >>> care_place("The injured were airlifted by helicopter to ")
    True
    >>> care_place("Gunmen stormed a clinic in ")
    False
    """
    return _CARE.search(before[-90:]) is not None
