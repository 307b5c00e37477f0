"""Generic rebels who are the group a report has already named.

"Rebels of the Coalition of Patriots for Change took Bangassou ... Fighting was also
reported near Grimari, where the army said it had repelled a rebel attack." The second
attack's "rebel" is the coalition the report is about: an ACLED coder attributes it to
the one rebel group the report names as the perpetrator of its other incidents. With
two or more such groups, or none, the attack stays unidentified; a group only said to be
"active in the area" is never the perpetrator of anything here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .actors import ActorLexicon
from .incident import Incident, Span
from .roles import UNIDENTIFIED, VIOLENT

__all__ = ["generic_rebels"]

_GENERIC = re.compile(r"\b(?:rebels?|insurgents?|paramilitar(?:y|ies)|guerrillas?)\b", re.I)
"""The generic words; one inside a group's name ("CPC rebels") is that name."""


def generic_rebels(
    text: str, incidents: Sequence[Incident], lexicon: ActorLexicon
) -> list[Incident]:
    """*incidents* with the report's one named rebel group as the perpetrator of the
    unattributed violent incidents whose sentence calls their attackers rebels.

    Parameters
    ----------
    text : str
        The report the incidents come from (their evidence spans point into it).
    incidents : sequence of Incident
        The report's incidents.
    lexicon : ActorLexicon
        Tells which named actors are rebel groups.

    Returns
    -------
    list of Incident
        The incidents, the unattributed ones attributed where the rule applies.
    """
    out = list(incidents)
    if not any(i.actor1 == UNIDENTIFIED for i in out):
        return out
    mentions = lexicon.find(text)
    rebels = {m.actor.name for m in mentions if m.actor.kind == "rebel"}
    named = {i.actor1 for i in out if i.actor1 in rebels}
    if len(named) != 1:
        return out
    (group,) = named
    for n, inc in enumerate(out):
        if inc.actor1 != UNIDENTIFIED or inc.event_type not in VIOLENT:
            continue
        sentence = inc.evidence
        word = next(
            (
                w
                for w in _GENERIC.finditer(sentence.text)
                if not any(
                    m.start < sentence.start + w.end() and sentence.start + w.start() < m.end
                    for m in mentions
                    if m.actor.kind == "rebel"
                )
            ),
            None,
        )
        if word is None:
            continue
        start = sentence.start + word.start()
        span = Span(start, start + len(word.group()), word.group())
        evidence = tuple((k, v) for k, v in inc.field_evidence if k != "actor1")
        out[n] = replace(inc, actor1=group, field_evidence=(*evidence, ("actor1", span)))
    return out
