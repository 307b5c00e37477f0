"""The country a document is about.

The *country in focus* is the country most of the document's event-relevant places lie
in (places in political frames or naming an actor's home do not count), or the caller's
``country_bias`` when the document names none or a tie. Events that no resolvable place
links to are placed at it (:mod:`mapper.standins`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from .actors import ActorMention
from .incident import Span
from .linking import background
from .toponym import Toponym

__all__ = ["focus_country"]


def focus_country(
    text: str,
    sentences: Sequence[Span],
    toponyms: Sequence[Toponym],
    bias: str | None,
    actors: Sequence[ActorMention] = (),
) -> str | None:
    """The ISO code of the country the document is about, or None.

    Parameters
    ----------
    text : str
        The document.
    sentences : sequence of Span
        Its sentences, in order (political frames end at a sentence start).
    toponyms : sequence of Toponym
        The document's resolved toponyms.
    bias : str or None
        The caller's country code, used when the document names no country or a tie.
    actors : sequence of ActorMention, optional
        Actor mentions: a toponym inside one names a group, not a place ("al-Shabaab"
        is no village in Iran), and does not count.

    Returns
    -------
    str or None
        The country most event-relevant places lie in; ties go to *bias* when it is
        among them, else None.
    """
    starts = [s.start for s in sentences]
    codes: Counter[str] = Counter()
    for t in toponyms:
        if t.candidate is None or t.candidate.place.country_code is None:
            continue
        if any(a.start < t.end and t.start < a.end for a in actors):
            continue
        sentence_start = starts[max(0, bisect_right(starts, t.start) - 1)] if starts else 0
        if background(text, sentence_start, t):
            continue
        codes[t.candidate.place.country_code] += 1
    if not codes:
        return bias
    ranked = codes.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = {c for c, n in ranked if n == ranked[0][1]}
        return bias if bias in tied else None
    return ranked[0][0]
