"""Generic rebels who are the group a report has already named.

"Rebels of the Coalition of Patriots for Change took Bangassou ... Fighting was also
reported near Grimari, where the army said it had repelled a rebel attack." The second
attack's "rebel" is the coalition the report is about: an ACLED coder attributes it to
the one rebel group the report names as the perpetrator of its other incidents. With
two or more such groups, or none, the attack stays unidentified; a group only said to be
"active in the area" is never the perpetrator of anything here.

Gangs the same way: "Members of the Grand Ravine gang raided Carrefour ... gang members
also torched a clinic nearby" gives the clinic to the one gang (or gang coalition) the
report names as a perpetrator, when the text calls that group a gang or cartel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .actors import ActorLexicon, ActorMention
from .branches import local_branch
from .incident import EventType, Incident, Span
from .roles import UNIDENTIFIED, VIOLENT

__all__ = ["generic_rebels"]

_GENERIC = re.compile(r"\b(?:rebels?|insurgents?|paramilitar(?:y|ies)|guerrillas?)\b", re.I)
"""The generic words; one inside a group's name ("CPC rebels") is that name."""

_GANG_WORD = re.compile(r"\b(?:gang|cartel)s?\b", re.I)
_GANG_LABEL = "Unidentified Gang"


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
    out = [_gang_label(i) for i in _generic_gangs(text, list(incidents), lexicon)]
    if not any(i.actor1 == UNIDENTIFIED for i in out):
        return out
    mentions = lexicon.find(text)
    rebels = {m.actor.name for m in mentions if m.actor.kind == "rebel"}
    # "The Islamic State group claimed ..." names the local province its incidents carry
    rebels |= {local_branch(name, i.country_code) for name in rebels for i in out} - {None}
    named = {i.actor1 for i in out if i.actor1 in rebels}
    if len(named) != 1:
        return out
    (group,) = named
    for n, inc in enumerate(out):
        if inc.actor1 != UNIDENTIFIED or not _attributable(inc):
            continue
        sentence = inc.evidence
        if _names_another(sentence, mentions, group, inc.country_code):
            continue  # "... seized by members of the ELN": its own item names its group
        word = next(
            (
                w
                for w in _GENERIC.finditer(sentence.text)
                if not any(
                    m.start < sentence.start + w.end() and sentence.start + w.start() < m.end
                    for m in mentions
                    if m.actor.kind == "rebel"
                )
                and _same_clause(text, inc, sentence.start + w.start())
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


def _names_another(
    sentence: Span, mentions: Sequence[ActorMention], group: str, code: str | None
) -> bool:
    """The incident's own sentence names a rebel group other than *group*: in a report
    of two items ("FARC dissidents bombed X. Separately, ELN guerrillas seized Y"), each
    incident's perpetrator comes from its own item, never from the other one."""
    return any(
        m.actor.kind == "rebel"
        and sentence.start <= m.start
        and m.end <= sentence.end
        and group not in (m.actor.name, local_branch(m.actor.name, code))
        for m in mentions
    )


def _same_clause(text: str, incident: Incident, at: int) -> bool:
    """No semicolon or colon between *at* and the incident's cue: "Insurgents attack X;
    farmers beheaded in Y" calls the attackers of X insurgents, not the killers in Y."""
    cue = next((v for k, v in incident.field_evidence if k == "event_type"), None)
    if cue is None:
        return True
    low, high = sorted((at, cue.start))
    return not re.search(r"[;:]", text[low:high])


def _attributable(incident: Incident) -> bool:
    """Violence, or looting and burning ("the insurgents raided the village, looting
    shops"), which ACLED credits to the group that did it like any attack."""
    return (
        incident.event_type in VIOLENT or incident.sub_event_type == "Looting/property destruction"
    )


# Where ACLED codes unnamed gangs as gangs: Haiti, whose armed gangs are the conflict's
# main actors. Elsewhere an unnamed gang's gunmen ("cartel gunmen" in Mexico, "armed
# gangs" in north-west Nigeria, "rival gangs" in Ecuador) are an Unidentified Armed Group.
_GANG_CODED = frozenset({"HT"})


def _gang_label(incident: Incident) -> Incident:
    """*incident* with an unnamed gang recoded as an unidentified armed group outside
    the countries where ACLED codes unnamed gangs as such."""
    code = incident.country_code
    if not (incident.actor1 or "").startswith(_GANG_LABEL) or code in _GANG_CODED or not code:
        return incident
    if incident.event_type not in VIOLENT:
        return incident  # looting or a riot by a gang keeps its label
    return replace(incident, actor1=UNIDENTIFIED)


def _generic_gangs(text: str, incidents: list[Incident], lexicon: ActorLexicon) -> list[Incident]:
    """*incidents* with the report's one named gang as the perpetrator of those coded to
    an unnamed gang ("gang members looted ...").

    A named group counts as a gang when a mention of it in the text carries the word gang
    or cartel ("the Viv Ansanm gang coalition", "the Grand Ravine gang"): the lexicon's
    kinds do not tell a gang from another militia. With two or more such gangs named as
    perpetrators, or none, the incidents stay with the unnamed gang.
    """
    if not any((i.actor1 or "").startswith(_GANG_LABEL) for i in incidents):
        return incidents
    gangs = {
        m.actor.name
        for m in lexicon.find(text)
        if m.actor.kind in {"militia", "rebel"}
        and not m.actor.name.startswith("Unidentified")
        and _GANG_WORD.search(text, max(0, m.start - 4), min(len(text), m.end + 20))
    }
    named = {i.actor1 for i in incidents if i.actor1 in gangs}
    if len(named) != 1:
        return incidents
    (group,) = named
    return [
        replace(i, actor1=group)
        if (i.actor1 or "").startswith(_GANG_LABEL) and i.event_type is not EventType.PROTESTS
        else i
        for i in incidents
    ]
