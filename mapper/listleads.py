"""Lead-ins of bulleted lists: "Attacks reported on Sunday:" above one item per event.

Copy from live pages and briefings lists incidents as bullets under a line that sums
them up ("Fighting across Darfur on Monday:", "Several attacks were reported
overnight:"). Each item is an incident; the lead-in is their summary, and the region or
country it names is no incident of its own once an item below it is coded.
:func:`drop_list_summaries` drops such region- and country-wide incidents.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .incident import Incident, Span
from .toponym import Precision

__all__ = ["drop_list_summaries", "list_leads"]

_MARKERS = "-*\u2022\u2023\u2043\u25aa\u25cf\u00b7\u2013\u2014"


def list_leads(text: str, sentences: Sequence[Span]) -> list[Span]:
    """The sentences of *text* that end with a colon and open a bulleted list.

    Parameters
    ----------
    text : str
        The text *sentences* were split from.
    sentences : sequence of Span
        Its sentences, in order (:func:`mapper.sentences.split_sentences`).

    Returns
    -------
    list of Span
        Each lead-in: a sentence ending with ":" whose next sentence is a list item (a
        bullet stands between the two).
    """
    out = []
    for here, nxt in pairwise(sentences):
        if here.text.endswith(":") and any(c in _MARKERS for c in text[here.end : nxt.start]):
            out.append(here)
    return out


def drop_list_summaries(incidents: list[Incident], leads: Sequence[Span]) -> list[Incident]:
    """*incidents* less the region- or country-wide ones told by a list's lead-in when an
    incident is coded from an item of that list.

    Parameters
    ----------
    incidents : list of Incident
    leads : sequence of Span
        Lead-ins (:func:`list_leads`).

    Returns
    -------
    list of Incident
    """
    if not leads:
        return incidents
    drop = set()
    for i, inc in enumerate(incidents):
        if inc.geo_precision is None or inc.geo_precision < Precision.REGION:
            continue
        lead = next((s for s in leads if s.start <= inc.evidence.start < s.end), None)
        if lead is not None and any(
            o.evidence.start >= lead.end
            and o.geo_precision is not None
            and o.geo_precision < Precision.REGION
            for o in incidents
        ):
            drop.add(i)
    return [inc for i, inc in enumerate(incidents) if i not in drop]
