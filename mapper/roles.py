"""Who did it to whom: the perpetrator and target of an event, and claims.

Roles come from position and voice within the event's clause: the actor before the cue
acts on the one after it ("X struck Y"); in the passive ("Y was attacked by X") the roles
swap. An actor that contains the cue ("Israeli airstrike") or a demonym or country just
before it ("Russian missiles", "Myanmar junta jets") is the perpetrator; "between X and
Y" names both sides of a clash; "X said it struck" makes the speaker the perpetrator,
while a speaker who only reports ("police said a rocket hit") is not one. Civilians and
protesters are never coded as perpetrators of violence, and the subject of a passive
harm verb ("two soldiers were killed when ...") is a target. A later sentence claiming
the attack ("Al-Shabaab said it carried out the attack") or blaming someone for it
("officials blamed Boko Haram") names the perpetrator of the document's unattributed
incidents, as ACLED codes claimed attacks; a denied claim or disputed blame does not.
An air strike nobody is named for is the state's whose military the document names
(:func:`air_power`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from gazetteer import Gazetteer, GazetteerError

from .actors import (
    Actor,
    ActorLexicon,
    ActorMention,
    countries_named,
    fights_within,
    names_country,
)
from .branches import local_branch
from .events import EventMention, find_events
from .incident import EventType, Incident, Span
from .lexicon import DEMONYMS, NOT_PLACES
from .linking import SUPPORTED_BY

__all__ = [
    "UNIDENTIFIED",
    "UNIDENTIFIED_FORCES",
    "VIOLENT",
    "across_border",
    "actor_name",
    "air_power",
    "apply_claim",
    "country_name",
    "crowd_party",
    "crowds_follow_type",
    "roles",
    "speaks_for_state",
    "unnamed",
]

UNIDENTIFIED_FORCES = "Unidentified Military Forces"
"""ACLED's actor name for state forces the report does not attribute to a state."""
_COALITION = re.compile(r"\bcoalition\b", re.I)
_ACROSS = re.compile(r"\b(?:from\s+across\s+the\s+border|cross-border)\b", re.I)

UNIDENTIFIED = "Unidentified Armed Group"
"""ACLED's actor name for perpetrators the report does not identify."""


# Lexicon labels that describe a kind of armed group, not one group: "separatist rebels"
# shot a driver, then "the TPNPB said it killed him" names them.
_DESCRIPTIVE = frozenset({"Separatist Rebels", "Former Regime Loyalists", "Communist Rebels"})


def unnamed(actor1: str | None, *, by: str | None = None) -> bool:
    """True when a perpetrator names no group and gives way to *by*, named for the event.

    Nobody and an unidentified armed group give way to anyone; a generic label ("Unidentified
    Gang (Haiti)", "Unidentified Clan Militia") gives way only to a named group, as
    "Gangs rampage through X" / "Members of the Viv Ansanm coalition attacked ..." is one
    attack by Viv Ansanm.

    >>> unnamed("Unidentified Gang (Haiti)", by="Viv Ansanm")
    True
    >>> unnamed("Unidentified Gang (Haiti)", by=UNIDENTIFIED)
    False
    """
    if actor1 in (None, UNIDENTIFIED):
        return True
    generic = (
        actor1.startswith("Unidentified ") and actor1 != UNIDENTIFIED_FORCES
    ) or actor1.split(" (")[0] in _DESCRIPTIVE
    return generic and (by is None or not by.startswith("Unidentified "))


VIOLENT = frozenset({EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS})
"""Event types whose unnamed perpetrator is coded as :data:`UNIDENTIFIED`."""

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|came\s+under|under)\s+(?:\w+\s+)?$", re.I)
# "seized by members of the ELN", "attacked by fighters of the MPC": the group is the agent
_BY = re.compile(
    r"^\s*(?:\w+\s+){0,3}?by\s+(?:the\s+|an?\s+)?(?:(?:members|fighters|militants|"
    r"elements|gunmen|men)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
# A claim of a toll, a victory or ground is no claim of the attack: "the army claimed
# that 20 rebels were killed", "the rebels claimed control of the town".
_CLAIM = re.compile(
    r"\b(?:claimed(?!\s+(?:the\s+)?li(?:ves?|fe)\b|\s+(?:victory|control|gains|success|to\s+have|"
    r"that\s+(?!(?:it|its|they|their)\b)))(?:\s+responsibility)?|claims\s+responsibility|took\s+responsibility|"
    # "said in a statement carried by its Amaq outlet that one of its fighters had ..."
    r"said\s+(?:(?:on|in|through|via)\s+[^.;\"]{1,60}?\s+)??(?:that\s+)?(?:(?:it|they)\s+"
    r"(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|launched|planted|detonated|"
    r"set\s+off|staged|conducted)|(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+"
    r"(?:fighters?|militants?|members?|men|forces|units?|bombers?|suicide\s+bombers?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:killed|attacked|carried\s+out|launched|struck|stormed|"
    r"captured|seized|targeted|ambushed|detonated|planted|were\s+behind|was\s+behind)))\b",
    re.I,
)
# "JNIM said in a claim that it had killed 20 soldiers": an armed group saying it killed
# or attacked claims the attack told before; the army or police saying so report their
# own operation, never a claim of someone else's attack.
_GROUP_CLAIM = re.compile(
    r"\bsaid\s+(?:(?:on|in|through|via)\s+[^.;\"]{1,60}?\s+)??(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:killed|attacked|ambushed|stormed|struck|overran)\b",
    re.I,
)
# Others name the perpetrator after the verb: "officials blamed Boko Haram", "blamed the
# attack on the ADF", "the attack was attributed to IS".
# So do attributions and suspicions: "the attackers belonged to Jaish al-Adl", "the
# gunmen were members of the BLA", "we suspect al-Shabaab planted the device"; only the
# attackers belong to a group this way ("the land belonged to herders" blames nobody).
_ATTACKER_NOUNS = (
    r"(?:attackers|gunmen|assailants|militants|bombers?|fighters|men|suspects|killers|"
    r"perpetrators|raiders|kidnappers|abductors|they|he)"
)
_ATTACKERS = _ATTACKER_NOUNS + r"\s+(?:all\s+|reportedly\s+|allegedly\s+)?"
_BLAME = re.compile(
    r"\b(?:(?:blamed|blames|blaming|attributed|pinned)\b(?:\s+(?:the|both|these|those|this|"
    r"that)?\s*(?:\w+\s+){0,2}?(?:on|to))?|"
    + _ATTACKERS
    + r"(?:belong(?:ed|s)?\s+to|(?:were|was)\s+"
    r"(?:members?|fighters|militants)\s+of)|"
    # "the attackers, believed to belong to the ADF, fled": an apposition names them
    + _ATTACKER_NOUNS
    + r"\s*,\s*(?:(?:who|that)\s+(?:are|were)\s+)?(?:believed|thought|suspected|said|"
    r"reported)\s+to\s+(?:belong\s+to|be\s+(?:members?|fighters|militants)\s+of)|"
    r"(?:we|they|police|officials|authorities|"
    r"investigators|commanders?|he|she|I)\s+(?:also\s+|strongly\s+)?suspect(?:s|ed)?"
    r"(?:\s+that)?|"
    # The agent of a device's passive placing names the bomber: "the device had been
    # planted by Maoists", "the mine was laid by the ADF", "bombs were hidden by IS cells"
    r"(?:device|bomb|mine|landmine|IED|explosives?|charge)s?\s+(?:had\s+been|has\s+been|"
    r"have\s+been|was|were)\s+(?:\w+\s+)?(?:planted|laid|placed|hidden|buried|rigged)\s+by)\s+",
    re.I,
)
# Blame on a feud names no perpetrator: "attributed the massacre to a turf war between
# two gangs", "blamed the killings on a land dispute between herders and farmers".
_FEUD = re.compile(
    r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:war|feud|rivalry|dispute|conflict|"
    r"struggle|vendetta|tensions?|fighting|clashes)\s+(?:between|among|pitting|involving)\b",
    re.I,
)
# The same, with the deed between the blame and the feud: "police suspect the attack is
# linked to a dispute between rival gangs", "investigators believe the killings stem from
# a turf war among cartels".
_FEUD_AFTER_DEED = re.compile(
    r"(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:is|are|was|were|to\s+be)\s+"
    r"(?:probably\s+|likely\s+)?(?:linked|related|connected|tied|due|owing)\s+to\s+"
    r"|(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:stem(?:s|med)?|result(?:s|ed)?)\s+from\s+",
    re.I,
)


def _blames_feud(sentence: str, after: int, claimant: int) -> bool:
    """The blame from *after* falls on a feud between groups, the named group (at
    *claimant*) being one side of it, not the perpetrator."""
    if _FEUD.match(sentence, after):
        return True
    deed = _FEUD_AFTER_DEED.match(sentence, after)
    return deed is not None and deed.end() <= claimant and bool(_FEUD.match(sentence, deed.end()))


# A hedged suspicion names nobody, as ACLED leaves a merely possible perpetrator
# unidentified: "officials suspect the group may have been involved", "police did not rule
# out the involvement of ...", "possibly linked to ...".
_HEDGED = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+|also\s+)?(?:have\s+)?(?:been|be)\b|\bpossibl[ey]\b|"
    r"\bperhaps\b|\brule[sd]?\s+out\b|\bruling\s+out\b|"
    r"\b(?:not\s+(?:yet\s+)?clear|unclear)\s+(?:who|which)\b|\brumou?r",
    re.I,
)
# The blamed party denies it in the next sentence: "An OLA spokesman denied ...".
_DENIED = re.compile(r"\b(?:denied|denies|rejected|rejects|dismissed)\b", re.I)
# ... or in the blame's own sentence, denying the deed itself: "blamed the OLA, which
# denied involvement" (not "a faction that rejected the peace deal").
_DENIES_DEED = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed)\s+(?:any\s+|all\s+)?(?:involvement|"
    r"responsibility|role|part|the\s+(?:accusations?|allegations?|charges?|claims?))\b",
    re.I,
)


def _denied(text: str, sentence: Span, after: int) -> bool:
    """The blamed party denies it: in the blame's sentence after *after*, or within the
    next 250 characters."""
    return bool(
        _DENIES_DEED.search(text, after, sentence.end)
        or _DENIED.search(text, sentence.end, sentence.end + 250)
    )


# "Nobody has claimed the attack", "no group claimed responsibility": no claim.
_NO_CLAIM = re.compile(
    r"\b(?:no(?:body|\s+one|\s+group)?|none|neither|not|never|yet\s+to)\b[^.;]{0,45}?\b(?:claim|blam)",
    re.I,
)
# The passive of blame: "IS cells were suspected of planting the bomb", "the RSF was
# blamed for the shelling", "Boko Haram is believed to be behind the attack".
_SUSPECTED_OF = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+|also\s+|strongly\s+)?(?:"
    r"suspected\s+(?:of|in)|blamed\s+for|accused\s+of|held\s+responsible|"
    r"(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+(?:behind|responsible))\b",
    re.I,
)
# A country named as the one blamed: "Moscow blamed Ukraine", "officials blamed Israel".
_BLAMED_NAME = re.compile(r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# "No group has claimed either attack, but officials blamed the BRN": a blanket blame of
# a run of unclaimed attacks is the conflict's standing suspicion, not evidence on each
# event; ACLED leaves them unidentified. One unclaimed blast blamed on a group is coded.
_NONE_OF_SEVERAL = re.compile(
    r"\b(?:no(?:body|\s+one|\s+group)?|none|neither|not|yet\s+to)\b[^.;]{0,30}?\bclaim\w*\s+"
    r"(?:responsibility\s+for\s+)?(?:either|both|any|all|the\s+(?:attacks|killings|bombings|"
    r"blasts|explosions|ambushes|incidents|shootings))\b",
    re.I,
)


def _unclaimed(sentence: str, blame: re.Match[str] | None) -> bool:
    """The sentence says nobody claimed or was blamed, and blames nobody after saying so
    ("No group has claimed the blast, but officials blamed al-Shabaab" blames)."""
    nothing = _NO_CLAIM.search(sentence)
    return nothing is not None and (blame is None or nothing.end() > blame.start())


# A claim of more than one event: "claimed both attacks", "the killings", "the raids".
_SEVERAL = re.compile(
    r"\b(?:both|all|these|those|several|two|three)\b|\b(?:attacks|killings|raids|bombings|"
    r"blasts|explosions|ambushes|strikes|assaults|massacres|abductions)\b",
    re.I,
)


# A claim names the place of the attack it claims: "the Mecula attack", "the raid on
# Mecula"; a place inside a group's name ("its Sinai affiliate") names no attack.
_ATTACK_NOUNS = (
    r"(?:attacks?|assaults?|raids?|bombings?|blasts?|ambush(?:es)?|killings?|massacres?)"
)
_ATTACK_AT = (
    r"\b{place}\s+"
    + _ATTACK_NOUNS
    + r"\b|\b"
    + _ATTACK_NOUNS
    + r"\s+(?:on|in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{place}\b"
)


def _named_in_claim(sentence: str, recent: Sequence[Incident]) -> set[int]:
    """Ids of the *recent* incidents whose place the claim names, when it names one."""
    out = set()
    for inc in recent:
        names = {n for n in (inc.location, inc.place_name) if n and len(n) > 2}
        if any(re.search(_ATTACK_AT.format(place=re.escape(n)), sentence, re.I) for n in names):
            out.add(id(inc))
    return out


def _claimed_incidents(text: str, sentence: Span, recent: Sequence[Incident]) -> set[int]:
    """Ids of the *recent* incidents a claim in *sentence* refers to.

    A claim of one event ("officials blamed al-Shabaab for the blast") is of the event
    told last: the incidents of the sentence before it, and the same place told earlier
    (a headline); a claim of several events refers to all recent ones. A claim that names
    a place ("claimed the Mecula attack") refers only to the incidents at that place.
    """
    named = _named_in_claim(sentence.text, recent)
    if named:
        return named  # "IS claimed the Mecula attack": only the incidents at the place named
    if not recent or _SEVERAL.search(sentence.text):
        return {id(i) for i in recent}
    last = recent[-1].evidence.start
    told = max(text.rfind(". ", 0, last), text.rfind("\n", 0, last))
    latest = [i for i in recent if i.evidence.start > told]
    places = {i.place_id for i in latest if i.place_id is not None}
    return {id(i) for i in recent if i in latest or i.place_id in places}


# "government forces supported by clan militias": the supporters are not the subject
_SUPPORTING = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|accompanied|joined)\s+by\s+(?:the\s+)?$"
    r"|\b(?:with\s+(?:the\s+)?(?:help|support|backing)\s+of|alongside|together\s+with)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _supporting(text: str, m: ActorMention) -> bool:
    """The actor is named as another's support ("backed by X", "alongside X")."""
    return _SUPPORTING.search(text, max(0, m.start - 40), m.start) is not None


# Words that describe a group before its name: "blamed on the paramilitary RSF",
# "attributed to the Islamist group al-Shabaab", "blamed on rival Gran Grif gunmen".
_DESCRIBED = re.compile(
    r"(?:(?:paramilitary|jihadist|Islamist|rebel|militant|armed|separatist|insurgent|"
    r"outlawed|banned|proscribed|rival|extremist|terrorist|criminal|group|militia|"
    r"movement)\s+){1,3}",
    re.I,
)


def _described(text: str, at: int) -> int:
    """The length of the describing words ("paramilitary") before a name at *at*."""
    m = _DESCRIBED.match(text, at)
    return m.end() - at if m else 0


def _blamed_in(text: str, sentence: Span, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor a blame verb of the event's own sentence names ("blamed on the RSF")."""
    if _unclaimed(sentence.text, None) or _HEDGED.search(sentence.text):
        return None
    for blame in _BLAME.finditer(sentence.text):
        at = sentence.start + blame.end()
        at += _article(text, at)
        at += _described(text, at)
        named = next((m for m in mentions if m.start == at), None)
        if _FEUD.match(text, sentence.start + blame.end()):
            continue
        if named is not None and named.actor.kind not in _NOT_PERPETRATORS:
            if not _denied(text, sentence, named.end):
                return named
    return None


# A capital for its government: "Moscow blamed Kyiv", "Kyiv said", "Damascus accused".
_SPEAKS_FOR = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|later\s+|quickly\s+)?(?:blamed|blames|accused|accuses|"
    r"denied|denies|said|says|claimed|claims|condemned|condemns|warned|warns)\b"
)


def speaks_for_state(text: str, end: int) -> bool:
    """A place name ending at *end* is the subject of a verb of blame or speech: a
    capital for its government ("Moscow blamed Ukraine"), no new event's place."""
    return _SPEAKS_FOR.match(text, end) is not None


def _blamed_state(sentence: Span, end: int, lexicon: ActorLexicon) -> list[ActorMention]:
    """The forces of the country named right after a blame verb, as a mention."""
    m = _BLAMED_NAME.match(sentence.text, end)
    if m is None:
        return []
    for name in dict.fromkeys((m.group(1), m.group(1).split()[0])):
        actor = lexicon.state_of(name)
        if actor is not None and actor.country_code is not None:
            start = sentence.start + m.start(1)
            return [ActorMention(start, start + len(name), name, actor)]
    return []


_NOT_PERPETRATORS = frozenset({"civilians", "protesters", "unidentified"})
_NOT_AGENTS = frozenset({"civilians", "protesters"})
"""Kinds never the subject of violence; an unnamed group is, though it names nobody."""
_ARMED_GROUPS = frozenset({"rebel", "militia", "identity", "external"})
"""Kinds of named non-state armed groups (and foreign forces), sides of a clash."""
_SPEAKS = re.compile(r"^\s*(?:\w+\s+)?(?:said|says|reported|told|announced)\b", re.I)
# "X said it struck", "X said they pursued the raiders and fought them", "X said its
# fighters had clashed": the speaker (or its own men) is the subject of each verb of the
# clause it reports.
_SPEAKER_AGENT = re.compile(
    r"\bsaid\s+(?:(?:on|late|early|in|last|this)\s+\w+\s+)?(?:that\s+)?(?:it|they|its|their)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:[^.;,\"]{1,40}?\s+and\s+(?:then\s+)?)?$",
    re.I,
)
# A country named as the subject of an attack verb: "Russia pounded Kharkiv overnight".
_COUNTRY_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s+and\s+)(?:[Tt]he\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+(?:has\s+|have\s+|"
    r"had\s+|again\s+|also\s+|then\s+)?(?:pounded|struck|attacked|bombed|shelled|hit|targeted|"
    r"launched|fired|bombarded|pummelled|pummeled|raided|strikes|pounds|attacks|bombs|"
    r"shells|hits|targets|launches|fires)\b(?!\s+by\b)"  # "Mali attacked by ...": passive
)
# "Two soldiers were killed when their vehicle hit a mine": the subject of a passive
# harm verb is a victim, not the perpetrator of a later cue.
_SUFFERED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+"
    r"(?:\w+\s+)?(?:killed|wounded|injured|hurt|abducted|kidnapped|shot|ambushed|targeted)|"
    r"died|(?:were|was)\s+among\s+the\s+dead|"
    # a headline's reduced passive: "12 soldiers killed in ambush", "police hurt by mob"
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped|shot\s+dead|ambushed)"
    r"(?=\s+(?:in|by|as|when|after|during|while)\b|\s*[,;:]|\s*$))\b",
    re.I,
)
_CLAIMED_IT = re.compile(
    r"\s+(?:\w+\s+)?(?:claimed|claims|said\s+(?:it|they)\s+(?:had\s+)?carried\s+out|"
    # "..., the Islamic State group said in a claim published by its Amaq agency"
    r"said\s+in\s+(?:an?\s+|its\s+|their\s+)?(?:online\s+|written\s+)?claim)\b"
    r"(?!\s+(?:the\s+)?li(?:ves?|fe)\b)",
    re.I,
)
_BY_CUE = re.compile(r"\bby\s+(?:(?:an?|the|two|three|several|twin)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?$", re.I)
_HEARS = re.compile(r"\b(?:told|according\s+to|quoted\s+by|said\s+to)\s+(?:the\s+)?$", re.I)
# "Myanmar junta jets", "US and British warplanes"; never a word before a coordinated
# verb ("came out of an office in Novi Sad and attacked"): that word ends a place
_BEFORE_CUE = re.compile(
    r"([A-Z][\w.]*)\s+(?:and\s+[A-Z]\w*\s+)?(?:(?!(?:and|or|but|then)\s)[a-z]+\s+)?$"
)
# "a police operation against drug traffickers left six dead": the object of "against"
# is the side acted on, never the subject of a later cue.
_AGAINST = re.compile(r"\b(?:against|targeting)\s+(?:the\s+|[a-z][\w-]*\s+){0,2}$")
_APPOSITION = re.compile(r"\b(?:part|wing|faction|branch|affiliate)\s+of\s+(?:the\s+)?$", re.I)


def apply_claim(
    text: str,
    sentence: Span,
    lexicon: ActorLexicon,
    out: list[Incident],
    *,
    recent: int,
) -> bool:
    """Credit a claim of responsibility, or blame, to the document's unattributed incidents.

    "Al-Shabaab later said it carried out the attack." names the perpetrator of the
    incidents before it; ACLED codes claimed attacks to the claimant. So does blame, the
    actor named after the verb ("the governor blamed Boko Haram", "blamed both attacks
    on the ADF"); a denied claim ("nobody has claimed the attack") names nobody. Returns True when
    the sentence is such a claim (it then reports no new event). Only the last *recent*
    incidents are credited.
    """
    blame = _BLAME.search(sentence.text)
    suspect = _SUSPECTED_OF.search(sentence.text)
    said = _CLAIM.search(sentence.text) or blame or suspect
    group_claim = _GROUP_CLAIM.search(sentence.text) if said is None else None
    said = said or group_claim
    if said is None or not out or _unclaimed(sentence.text, blame or suspect):
        return False  # with no incident before it, a claim is the report of its own event
    mentions = lexicon.find(sentence.text, offset=sentence.start)
    before = sentence.text[: blame.start()] if blame is not None else ""
    if blame is not None and (not _CLAIM.search(before) or _NO_CLAIM.search(before)):
        # "the attackers, believed to belong to the ADF" is one mention across the verb
        mentions = [m for m in mentions if m.end > sentence.start + blame.end()]
        mentions = mentions or _blamed_state(sentence, blame.end(), lexicon)
    elif blame is None and suspect is not None and not _CLAIM.search(sentence.text):
        # "IS cells were suspected of planting the device": the suspect comes first
        mentions = [m for m in mentions if m.end <= sentence.start + suspect.start()][-1:]
        blame = suspect
    elif blame is None and suspect is None:
        mentions = _claimants(text, sentence, said, mentions)
    claimant = next((m for m in mentions if m.actor.kind not in _NOT_PERPETRATORS), None)
    if claimant is None or (group_claim is not None and claimant.actor.kind not in _ARMED_GROUPS):
        return False
    if (blame is not None or suspect is not None) and _HEDGED.search(sentence.text):
        return True  # a possible perpetrator is no perpetrator
    if blame is not None and _NONE_OF_SEVERAL.search(before):
        return True  # a blanket blame of several unclaimed attacks names no perpetrator
    feud = blame is not None and _blames_feud(
        sentence.text, blame.end(), claimant.start - sentence.start
    )
    if feud:
        return True  # blame on a feud between groups names neither as the perpetrator
    if blame is not None and _denied(text, sentence, sentence.start + blame.end()):
        return True  # disputed blame: the perpetrator stays unidentified, as ACLED codes it
    span = Span(claimant.start, claimant.end, claimant.text)
    meant = _claimed_incidents(text, sentence, out[-recent:])
    for i in range(max(0, len(out) - recent), len(out)):
        inc = out[i]
        name = local_branch(claimant.actor.name, inc.country_code) or claimant.actor.name
        # a generic label ("Unidentified Gang") gives way to a named group of its kind
        if (
            inc.actor1 is not None
            and unnamed(inc.actor1, by=name)
            and (inc.actor1 == UNIDENTIFIED or _label_fits(inc.actor1, claimant.actor.kind))
            and id(inc) in meant
        ):
            evidence = tuple((k, v) for k, v in inc.field_evidence if k != "actor1")
            out[i] = replace(inc, actor1=name, field_evidence=(*evidence, ("actor1", span)))
    return True


_LABEL_KINDS = (
    (re.compile(r"\bGang\b"), "militia"),
    (re.compile(r"\b(?:Clan|Ethnic|Tribal|Communal)\b"), "identity"),
)


def _label_fits(label: str, kind: str) -> bool:
    """A generic label names the kind of group blamed: gangs are a gang (a "militia"),
    clansmen a communal militia ("identity"); al-Shabaab blamed for a clan raid is a
    rival account, not the raiders' name."""
    return all(kind == k for pattern, k in _LABEL_KINDS if pattern.search(label))


def _claimants(
    text: str, sentence: Span, claim: re.Match[str], mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """The mentions that can be the subject of *claim*: those before the verb ("IS
    claimed the attack") or its agent after "by" ("the attack was claimed by IS"); an
    actor after an active claim is its object or a bystander ("Neither attack was
    claimed, but IS fighters are active in the area")."""
    at = sentence.start + claim.start()
    return [
        m
        for m in mentions
        if m.end <= at or (m.start > at and _BY_AGENT.search(text, max(at, m.start - 12), m.start))
    ]


def roles(
    text: str,
    event: EventMention,
    sentence: Span,
    mentions: Sequence[ActorMention],
    lexicon: ActorLexicon,
    gz: Gazetteer,
    cues: Sequence[EventMention] | None = None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """(perpetrator, target) for an event, by position and voice.

    An actor that contains the cue ("Israeli airstrike") or a demonym or country right
    before it ("Russian missiles", "US and British warplanes") is the perpetrator;
    "between X and Y" (right after the cue or later in its clause) gives both sides of
    a clash; after a passive verb or "by" the actor
    named after "by" is the perpetrator and the one before the cue the target; "X said
    it struck" makes the speaker the perpetrator, while other speakers ("police said a
    rocket hit") are not. Civilians and protesters are never coded as the perpetrator
    of violence. *cues* are the event cues of the sentence (found again when not given):
    an actor after an earlier cue is that cue's object, not this one's subject. A
    claimant later in the sentence ("...; BLA militants claimed it") is the
    perpetrator when no other is named; the subject of a passive harm verb ("three
    Hezbollah fighters were killed in a strike") is the target when none other is.
    """
    perpetrator, target = _roles(text, event, sentence, mentions, lexicon=lexicon, gz=gz, cues=cues)
    if _advancing_foe(text, event, perpetrator, target):
        # "the KNDF clashed with junta troops trying to advance on Demoso": the advancing
        # side attacked, and ACLED codes the attacker of a clash first
        perpetrator, target = target, perpetrator
    elif perpetrator is None or perpetrator.actor.kind == "unidentified":
        # "troops trying to advance on Demoso": the cue's subject is before "trying to"
        perpetrator = _trying(text, event, mentions) or perpetrator
        if target is not None and perpetrator is not None and target.actor == perpetrator.actor:
            target = None  # "troops trying to advance ... 14 soldiers were killed": one side
    claimant = next(
        (
            m
            for m in mentions
            if m.start >= event.end
            and m.end <= sentence.end
            and m.actor.kind not in _NOT_PERPETRATORS
            and _CLAIMED_IT.match(text, m.end)
        ),
        None,
    )
    if claimant is not None and (perpetrator is None or perpetrator.actor.kind == "unidentified"):
        # "...; BLA militants claimed it": the claimant of its own sentence
        perpetrator, target = claimant, (None if target is claimant else target)
    if (
        perpetrator is not None
        and perpetrator.end <= event.start
        and _HEDGED.search(text, sentence.start, event.start)
    ):
        # "IS may have been behind the blast", "police did not rule out that the ELN
        # was behind the bombing": only possibly theirs
        perpetrator = None
    if perpetrator is not None and _counted(text, perpetrator):
        # "the number of soldiers killed rose to nine": the counted are the victims
        perpetrator, target = None, target or perpetrator
    if perpetrator is None or perpetrator.actor.kind == "unidentified":
        # "a drone attack that the army blamed on the RSF struck ...": blame in the sentence
        perpetrator = _blamed_in(text, sentence, mentions) or perpetrator
        if target is not None and perpetrator is not None and target.start == perpetrator.start:
            # "an ambush blamed on JNIM killed seven soldiers": the blamed group acted;
            # the target is the next actor the sentence names, if any
            target = next(
                (m for m in mentions if perpetrator.end <= m.start and m.end <= sentence.end),
                None,
            )
    met = _met_in_fight(text, sentence, event, mentions)
    if met is not None:
        return met
    if perpetrator is None and target is not None and _RECIPROCAL.match(event.text):
        # "Four soldiers died in clashes with Houthi fighters": the side the victims
        # fought is the one the report holds responsible; the victims are the target
        fell = _fell(text, sentence, event, mentions)
        if fell is not None and _WITH.match(text, event.end, target.start):
            return target, fell
        if event.event_type is EventType.BATTLES and target.actor.kind in _ARMED_GROUPS:
            # "heavy fighting as 3R rebels attack", "fighting with M23 rebels near Sake":
            # the sides of a clash act on each other, and the one group named leads
            return target, None
    if target is None:  # "Two soldiers were killed when a mine hit their truck"
        target = _fell(text, sentence, event, mentions, but=perpetrator)
    if perpetrator is None and event.sub_event_type == "Arrests":
        perpetrator = _arresting(event, sentence, mentions, lexicon)
    if perpetrator is None and target is not None and event.event_type is EventType.BATTLES:
        # "gunmen were killed in a shootout between rival factions of X": X fought itself
        inner = [m for m in mentions if m.actor == target.actor and m.end <= sentence.end]
        if any(fights_within(text, m) for m in inner):
            perpetrator = target
    return perpetrator, target


# The other side of a clash is said to be on the offensive: "troops trying to advance on
# the town", "rebels attempting to seize the base", "soldiers advancing towards the camp".
_ADVANCING = re.compile(
    r"(?:\s+(?:soldiers|troops|fighters|forces|militants|rebels|militiamen|units))?"
    r"\s*,?\s*(?:(?:who|that)\s+(?:were|was|are|had\s+been)\s+)?(?:(?:trying|attempting|"
    r"seeking|moving)\s+to\s+(?:advance|capture|seize|take|storm|retake|enter|overrun)|"
    r"advancing\s+(?:on|towards?|into)|on\s+the\s+offensive)\b",
    re.I,
)
# An attempt's subject: "junta troops (who were) trying to advance".
_TRYING = re.compile(
    r"(?:\s+(?:soldiers|troops|fighters|forces|militants|rebels|militiamen|units))?"
    r"\s*,?\s*(?:(?:who|that)\s+(?:were|was|are|had\s+been)\s+)?(?:trying|attempting|"
    r"seeking)\s+to\s+$",
    re.I,
)


def _advancing_foe(
    text: str, event: EventMention, perpetrator: ActorMention | None, target: ActorMention | None
) -> bool:
    """In a clash told from one side ("X clashed with Y"), Y is said to be advancing."""
    return (
        event.event_type is EventType.BATTLES
        and perpetrator is not None
        and target is not None
        and perpetrator.end <= event.start < target.start
        and bool(_RECIPROCAL.match(event.text))
        and _ADVANCING.match(text, target.end) is not None
    )


def _trying(
    text: str, event: EventMention, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The armed actor right before "trying to" + the cue, its subject."""
    before = [m for m in mentions if m.end <= event.start and m.end >= event.start - 60]
    if not before or before[-1].actor.kind in _NOT_PERPETRATORS:
        return None
    return before[-1] if _TRYING.fullmatch(text, before[-1].end, event.start) else None


# A count's complement: "the number of soldiers killed", "the toll of police dead".
_COUNTED = re.compile(
    r"\b(?:number|toll|tally|count|total)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)


# ... or a number of them harmed, with no object after the participle: "at least seven
# soldiers dead", "five policemen killed in ambush" (not "two soldiers killed a militant").
_NUMBERED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"scores|several|some)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_HARMED_AFTER = re.compile(
    r"\s+(?:dead|killed|wounded|injured)(?=\s*(?:[.,;:]|$)|\s+(?:in|on|at|near|after|when|"
    r"as|and|while|by|during|overnight|late|early)\b)",
    re.I,
)


def _counted(text: str, m: ActorMention) -> bool:
    """The actor is named as the victims counted ("the number of soldiers killed",
    "seven soldiers dead"), never the perpetrator."""
    before = max(0, m.start - 40)
    if _COUNTED.search(text, before, m.start):
        return True
    return bool(_NUMBERED.search(text, before, m.start) and _HARMED_AFTER.match(text, m.end))


# "two rebels were killed in an encounter with the CRPF", "died in a gunfight with police":
# the side the victims fought is the one the report holds responsible.
_IN_FIGHT_WITH = re.compile(
    r"\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:encounters?|gunfights?|"
    r"firefights?|gun\s+battles?|shoot-?outs?|clash(?:es)?|exchanges?\s+of\s+fire|fighting|"
    r"battles?|skirmish(?:es)?)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_HARM_VERBS = r"(killed|wounded|injured|died|shot\s+dead|gunned\s+down|neutrali[sz]ed)"
_HARMED = re.compile(_HARM_VERBS + "$", re.I)
_SHOOTOUT = re.compile(r"(?:encounter|shoot-?out|gun\s+battle)", re.I)
_HARMED_IN = re.compile(
    r"\b" + _HARM_VERBS + r"\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$", re.I
)


def _met_in_fight(
    text: str, sentence: Span, event: EventMention, mentions: Sequence[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """(the side fought, the side harmed) for "X were killed in an encounter with Y".

    The harmed side is the last armed actor of the clause before the verb; the verb must be
    passive ("were killed") or intransitive ("died").
    """
    if _HARMED.search(event.text):
        verb_start, verb_end = event.start, event.end
    else:  # the cue is the fight itself: "were killed in an encounter with ..."
        before = _HARMED_IN.search(text, max(sentence.start, event.start - 60), event.start)
        if before is None or not (_RECIPROCAL.match(event.text) or _SHOOTOUT.match(event.text)):
            return None
        verb_start, verb_end = before.span(1)
    if not text[verb_start:verb_end].lower().startswith("died") and not _PASSIVE.search(
        text, max(sentence.start, verb_start - 40), verb_start
    ):
        return None
    foe = next(
        (
            m
            for m in mentions
            if verb_end < m.start < min(sentence.end, verb_end + 90)
            and m.actor.kind not in _NOT_PERPETRATORS
            and _IN_FIGHT_WITH.fullmatch(text, verb_end, m.start)
        ),
        None,
    )
    if foe is None:
        return None
    clause = _clause_start(text, sentence, event)
    harmed = [
        m
        for m in mentions
        if clause <= m.start
        and m.end <= verb_start
        and m.actor.kind not in ("civilians", "protesters")
        and m.actor != foe.actor
    ]
    return (foe, harmed[-1]) if harmed else None


def _state(m: ActorMention) -> bool:
    return m.actor.kind == "state"


def _arresting(
    event: EventMention, sentence: Span, mentions: Sequence[ActorMention], lexicon: ActorLexicon
) -> ActorMention | None:
    """Who made an arrest the sentence gives no agent for ("17 suspects were arrested,
    a police spokesman said"): the state forces the sentence names, speakers included,
    else the police, as only the state arrests and ACLED codes the police by default."""
    state = next(
        (m for m in mentions if sentence.start <= m.start < sentence.end and _state(m)),
        None,
    )
    if state is not None:
        return state
    police = next((m.actor for m in lexicon.find("police") if m.actor.kind == "state"), None)
    return None if police is None else ActorMention(event.start, event.end, event.text, police)


_DURING = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|in)\s+(?:an?|the|their|its|his)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_WITH = re.compile(r"\s*(?:\w+\s+){0,2}?with\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.I)


def _fell(
    text: str,
    sentence: Span,
    event: EventMention,
    mentions: Sequence[ActorMention],
    but: ActorMention | None = None,
) -> ActorMention | None:
    """The actor before the cue that the sentence says suffered ("soldiers died in")."""
    return next(
        (
            m
            for m in mentions
            if sentence.start <= m.start
            and m.end <= event.start
            and m is not but
            and _SUFFERED.match(text, m.end)
        ),
        None,
    )


_CAME_UNDER = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.I)
_FROM_AGENT = re.compile(r"\s+(?:from|by)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _came_under(
    text: str,
    event: EventMention,
    before: Sequence[ActorMention],
    after: Sequence[ActorMention],
) -> tuple[ActorMention, ActorMention | None] | None:
    """(attacker, attacked) of "X came under fire/attack from Y": Y fired, X was hit.

    The subject of "came under" suffered the attack, so it is never the perpetrator:
    "troops came under fire from cartel gunmen" codes the gunmen as actor 1 and the
    troops as actor 2. Returns None unless the cue is that phrase and the attacker is
    named right after it with "from" or "by" (otherwise the usual rules decide).
    """
    if not _CAME_UNDER.match(event.text):
        return None
    agent = next((m for m in after if _FROM_AGENT.fullmatch(text, event.end, m.start)), None)
    if not before and agent is None:
        return None
    return agent, (before[-1] if before else None)


# "vigilantes fought off bandits who raided the village": a relative pronoun right before
# the cue stands for the actor just before it, the subject of the cue whatever the main
# clause does to that actor; a passive ("who were killed") keeps them the target.
_RELATIVE = re.compile(
    r"\s*,?\s+(?:who|which|that)\s+(?:(?:had|have|has|allegedly|reportedly|also|then|later|"
    r"earlier|had\s+earlier)\s+)?",
    re.I,
)


def _relative_subject(
    text: str, event: EventMention, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The actor a relative clause's pronoun stands for, when the cue is that clause's verb."""
    last = next((m for m in reversed(mentions) if m.end <= event.start), None)
    if last is None or last.actor.kind in _NOT_AGENTS:
        return None
    return last if _RELATIVE.fullmatch(text, last.end, event.start) else None


def _roles(
    text: str,
    event: EventMention,
    sentence: Span,
    mentions: Sequence[ActorMention],
    *,
    lexicon: ActorLexicon,
    gz: Gazetteer,
    cues: Sequence[EventMention] | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """(perpetrator, target) by position and voice alone; see :func:`roles`."""
    clause_start = _clause_start(text, sentence, event)
    # An actor after an earlier cue of the clause is that cue's object ("Gunmen attacked
    # a police post ..., the first attack on the town"), never the later cue's subject;
    # an -ing cue ("..., killing") shares the earlier cue's subject all the same.
    if cues is None:  # the sentence's cues, when the caller has not found them already
        cues = find_events(sentence.text, offset=sentence.start)
    prior = [c for c in cues if clause_start <= c.start and c.end <= event.start]
    subject_end = prior[0].start if prior and not event.text.lower().endswith("ing") else None
    if prior and subject_end is None:  # "Gunmen attacked a post ..., killing three": the
        lead = prior[0].start  # -ing cue's subject is the earlier cue's, not its object
        if any(clause_start <= m.start and m.end <= lead for m in mentions):
            subject_end = lead
    inside = [m for m in mentions if m.start < event.end and event.start < m.end]
    before = [
        m
        for m in mentions
        if clause_start <= m.start
        and m.end <= (subject_end or event.start)
        and not _APPOSITION.search(text[max(0, m.start - 30) : m.start])
        and not _SUFFERED.match(text, m.end)
        and not _supporting(text, m)
        and not _AGAINST.search(text, max(0, m.start - 25), m.start)
    ]
    after = [
        m
        for m in mentions
        if m.start >= event.end
        and not _SPEAKS.match(text[m.end : m.end + 30])
        and not _HEARS.search(text[max(0, m.start - 25) : m.start])
    ]
    target = after[0] if after else None
    if event.event_type in VIOLENT:
        # "Gunmen stormed a police station": unnamed attackers are still the subject, so
        # the station's police never become the perpetrator by default
        before = [m for m in before if m.actor.kind not in _NOT_AGENTS]
    head = text[sentence.start : event.start]
    if inside:
        first = re.search(r"([A-Z][\w.]*)\s+and\s+$", head[: inside[0].start - sentence.start])
        own = (
            _state_forces(text, sentence.start + first.start(1), first.group(1), lexicon, gz)
            if first
            else None
        )
        return own or inside[0], target
    relative = _relative_subject(text, event, mentions)
    if relative is not None:
        return relative, (target if target is not relative else None)
    undergone = _came_under(text, event, before, after)
    if undergone is not None:
        return undergone
    by_next = re.match(r"\s+by\b", text[event.end : event.end + 5]) is not None
    own = None if by_next else _demonym_actor(text, sentence, event, lexicon, gz)
    if own is not None:  # ("Mali attacked by jihadists": Mali is the target)
        # "Haitian police clashed": the named actor the demonym starts is the perpetrator
        named = next((m for m in before if m.start <= own.start < m.end), None)
        return named or own, target
    sides = _between(text, sentence, event, after)
    if sides is not None:
        return sides
    if (
        len(before) >= 2
        and _RECIPROCAL.match(event.text)
        and _AND.fullmatch(text, before[-2].end, before[-1].start)
    ):
        return before[-2], before[-1]  # "X and Y clashed": X first, as the report names them
    if before and _DURING.search(head):
        # "Gunmen killed two soldiers during a raid": the raid is the subject's, and
        # the actor nearest the cue is the object of the main verb
        return before[0], target
    speaker = _SPEAKER_AGENT.search(head)
    if speaker is not None:
        said = sentence.start + speaker.start()
        named = [m for m in mentions if m.end <= said and not _supporting(text, m)]
        if named:
            return named[-1], target
        word = re.search(
            r"([A-Z][\w.-]*)(?:'s|\u2019s)?\s+(?:\w+\s+){0,2}$", head[: speaker.start()]
        )
        own = (
            _state_forces(text, sentence.start + word.start(1), word.group(1), lexicon, gz)
            if word
            else None
        )
        return own, target
    subject = (
        _COUNTRY_SUBJECT.search(text[clause_start : event.end + 5])
        if not before and event.event_type in VIOLENT
        else None
    )
    if subject is not None:
        start = clause_start + subject.start(1)
        own = _state_forces(text, start, subject.group(1), lexicon, gz)
        if own is not None:
            return own, target
    if SUPPORTED_BY.search(head):  # "a raid, backed by drone strikes": same actors
        return (before[-1] if before else None), target
    # "have been fighting" is progressive: a passive needs a participle, not an -ing form
    progressive = re.match(r"\w+ing\b", event.text, re.I) is not None
    # "hit by a roadside bomb": the cue itself is the agent of a passive
    passive = (_PASSIVE.search(head) is not None and not progressive) or _BY_CUE.search(
        head
    ) is not None
    agent = next((m for m in after if _BY.match(text[event.end : m.start])), None)
    if agent is None and passive and not _BY_CUE.search(head):
        # "were taken from their home in Teorama on Friday by armed men": "by" later on
        end = _CLAUSE_END.search(text, event.end, sentence.end)
        agent = next(
            (
                m
                for m in after
                if (end is None or m.start < end.start())
                and _BY_AGENT.search(text, max(0, m.start - 12), m.start)
            ),
            None,
        )
    if passive or agent is not None:
        passive_target = next((m for m in reversed(mentions) if m.end <= event.start), None)
        by = _BY_CUE.search(head)
        if agent is None and by is not None and passive_target is not None:
            if passive_target.start >= sentence.start + by.start():
                # "an attack claimed by Jaish al-Adl killed four police": the agent of the
                # participle before the cue acts; the cue's object is the target
                return passive_target, target
        return agent, passive_target
    return (before[-1] if before else None), target


def across_border(
    text: str, sentence: Span, event: EventMention, lexicon: ActorLexicon, country: str | None
) -> ActorMention | None:
    """The perpetrator of fire "from across the border" that the sentence does not name.

    Cross-border fire comes from another state than the one it hits: the last state
    forces the document names before the sentence whose country is not *country* (the
    country of the place hit). None when the sentence does not say the fire crossed a
    border, or no such forces are named.
    """
    if country is None or not _ACROSS.search(text, event.end, sentence.end):
        return None
    earlier = lexicon.find(text[: sentence.start])
    foreign = [
        m
        for m in earlier
        if m.actor.kind == "state" and m.actor.country_code not in (None, country)
    ]
    return foreign[-1] if foreign else None


def air_power(
    text: str,
    event: EventMention,
    lexicon: ActorLexicon,
    country: str | None,
    gz: Gazetteer | None = None,
) -> ActorMention | None:
    """The perpetrator of an air or drone strike that its sentence does not attribute.

    Armed groups rarely fly; states do. The military forces the document names are the
    strike's perpetrator, as ACLED codes such strikes: a foreign state's when one is
    named (Israel's in a Gaza report), else the struck country's (*country*) own or
    forces named without a country ("A drone strike hit the market ... Federal troops
    have been fighting Fano militiamen"). The one named nearest the event wins; None
    when the document names no military forces, or a non-state subject stands right
    before the cue ("Jihadists strike Bamako"), or the cue's object is a mine or other
    planted device ("their vehicle struck an IED": nothing flew). With *gz*, a country
    named as the subject of an attack verb ("Russia pounded Kharkiv") names its forces
    too, so a later drone in the same report is not the defender's. A missile strike
    is a foreign state's named in the report, never the struck country's own.
    """
    missile = event.sub_event_type == "Shelling/artillery/missile attack" and bool(
        _MISSILE.search(event.text)
    )
    if country is None or (event.sub_event_type != "Air/drone strike" and not missile):
        return None
    if _PLANTED.match(text, event.end):
        return None
    named = list(_document_mentions(lexicon, text))
    if gz is not None:
        named += _attacking_countries(text, lexicon, gz)
    if any(event.start - 40 <= m.start and m.end <= event.start for m in named):
        # ("residents say a drone strike killed ...": the speakers are no subject)
        if any(
            m.actor.kind not in ("state", *_NOT_AGENTS)
            for m in named
            if event.start - 40 <= m.start < event.start
        ):
            return None
    forces = [
        m
        for m in named
        if m.actor.kind == "state"
        and m.actor.name.startswith("Military Forces")
        and "coalition" not in m.actor.name.lower()
        and not _struck(text, event, m)
    ]
    # A foreign state's forces named in the report are the likelier air power (an
    # interstate war); otherwise the struck country's own (a civil war).
    foreign = [m for m in forces if m.actor.country_code not in (None, country)]
    # An improvised drone ("drones loaded with explosives", "explosive-laden drones") is
    # an armed group's weapon against the state: only a foreign state may own it.
    # A strike on the struck country's own troops or base is not its own forces' strike.
    own_target = _hits_troops(text, event)
    pool = foreign if missile or own_target or _improvised_drone(text, event) else foreign or forces
    return min(pool, key=lambda m: abs(m.start - event.start)) if pool else None


# Drones armed by hand, the weapon of armed groups from Colombia to the Sahel and Myanmar.
_IMPROVISED_DRONE = re.compile(
    r"\b(?:(?:explosives?-(?:laden|packed|loaded|rigged)|improvised|modified|homemade|"
    r"home-made|commercial|makeshift)\s+(?:\w+\s+)?drones?|drones?\s+(?:\w+\s+)?(?:loaded|"
    r"laden|rigged|packed|fitted|armed)\s+with\s+(?:\w+\s+)?(?:explosives|grenades|bombs)|"
    r"drones?\s+(?:carrying|dropping|bearing)\s+(?:\w+\s+)?(?:explosives|grenades|bombs))\b",
    re.I,
)


# The object of a strike is soldiers or a military site: "struck a military base",
# "wounding five soldiers", "hit an army post", "targeted troops".
_TROOPS_HIT = re.compile(
    r"\b(?:(?:military|army|navy|naval|air\s+force)\s+(?:base|post|camp|outpost|barracks|"
    r"positions?|convoy|checkpoint)s?|soldiers|troops|servicemen|(?:killing|wounding|injuring)"
    r"\s+(?:\w+\s+){0,2}?(?:soldiers|troops|servicemen))\b",
    re.I,
)


_STRIKE_CLAUSE_END = re.compile(r"\.\s|[;\n]|\s(?:as|while|after|when)\s")


def _struck(text: str, event: EventMention, m: ActorMention) -> bool:
    """*m* is the object the strike hit, named after its cue in the same sentence and not
    as its agent ("a drone hit Russian troops", not "a strike by Russian jets")."""
    stop = _STRIKE_CLAUSE_END.search(text, event.end)
    inside = event.end <= m.start < (stop.start() if stop else len(text))
    return inside and not _BY_AGENT.search(text, max(event.end, m.start - 12), m.start)


def _hits_troops(text: str, event: EventMention) -> bool:
    """The event's clause, from its cue on, says the strike hit soldiers or a base."""
    stop = _STRIKE_CLAUSE_END.search(text, event.end)
    return _TROOPS_HIT.search(text, event.start, stop.start() if stop else len(text)) is not None


def _improvised_drone(text: str, event: EventMention) -> bool:
    """The event's own sentence says its drones were improvised or armed by hand."""
    start = max(text.rfind(". ", 0, event.start), text.rfind("\n", 0, event.start)) + 1
    stop = text.find(". ", event.end)
    return _IMPROVISED_DRONE.search(text, start, stop if stop >= 0 else len(text)) is not None


# Missiles, like aircraft, are a state's; but rebels fire them at their own country's
# forces too, so only a foreign state named in the report is their owner.
_MISSILE = re.compile(r"\bmissiles?\b", re.I)
# The object of "struck" or "hit" is a device someone planted, not a target from the air.
_PLANTED = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:IED|mine|landmine|land\s+mine|roadside\s+bomb|"
    r"explosive(?:\s+device)?|improvised\s+explosive\s+device)s?\b",
    re.I,
)


def _attacking_countries(text: str, lexicon: ActorLexicon, gz: Gazetteer) -> list[ActorMention]:
    """State forces of the countries a document names as subjects of attack verbs."""
    found = []
    for chunk in re.finditer(r"[^.!?\n]+", text):  # each sentence or headline
        for m in _COUNTRY_SUBJECT.finditer(chunk.group().lstrip()):
            start = chunk.end() - len(chunk.group().lstrip()) + m.start(1)
            forces = _state_forces(text, start, m.group(1), lexicon, gz)
            if forces is not None:
                found.append(forces)
    return found


# Where a clause starts: after "; ", ", and", "said (that)", or a subordinating word
# ("... were killed when gunmen attacked": "gunmen" starts the clause of "attacked").
_CLAUSE_CUT = re.compile(
    r";\s|,\s+and\s|\s+while\s|\bsaid\s+(?:that\s+)?|\b(?:when|after|before|because|"
    r"until|where)\s+",
    re.I,
)


@functools.lru_cache(maxsize=4)
def _document_mentions(lexicon: ActorLexicon, text: str) -> tuple[ActorMention, ...]:
    """Every actor a document names (kept for the few incidents of one document)."""
    return tuple(lexicon.find(text))


_ING = re.compile(r"[a-z]+ing\b", re.I)
_ADJUNCT = re.compile(r"\b(?:after|before|while|when)\s+|\s+while\s", re.I)


def _clause_start(text: str, sentence: Span, event: EventMention) -> int:
    """Where the clause holding *event* starts (after "; " or a coordinating "and")."""
    head = text[sentence.start : event.start]
    # "ISWAP fighters took Marte after overrunning a base": a conjunction right before an
    # -ing cue opens no clause of its own; the cue's subject is the main clause's
    subjectless = _ING.match(event.text) is not None
    cut = max(
        (
            m.end()
            for m in _CLAUSE_CUT.finditer(head)
            if not (subjectless and m.end() == len(head) and _ADJUNCT.fullmatch(m.group()))
        ),
        default=0,
    )
    return sentence.start + cut


def _state_forces(
    text: str, start: int, word: str, lexicon: ActorLexicon, gz: Gazetteer
) -> ActorMention | None:
    """The state forces a demonym, abbreviation or country name stands for ("Russian",
    "US", "Myanmar"), as an actor mention of *word* at *start*; None for other words."""
    found = lexicon.find(f"{word} forces")
    if found and found[0].actor.kind == "state" and found[0].actor.country_code:
        actor = found[0].actor
    elif word.lower() in NOT_PLACES:  # "They", "We", "It": the gazetteer's folding would
        return None  # read them as Thai, VE, IT
    elif len(word) <= 3:
        # No country's name is that short ("Sad" is a word), and a bare ISO code is not
        # prose for a country: "IS attack" is Islamic State's, not Iceland's, "PAN" a
        # Mexican party, not Panama. The codes news does use (US, UK, DRC) are the
        # lexicon's abbreviations, found above; any other short word is an actor only
        # when the lexicon names an armed group by it.
        if not word.isupper():
            return None
        try:  # a code read as a country before; now as the armed group it spells, or none
            gz.country_code(word)
        except GazetteerError:
            return None
        named = lexicon.find(word)
        if not named or named[0].text != word or named[0].actor.kind not in _ARMED_GROUPS:
            return None
        actor = named[0].actor
    else:
        try:
            code = gz.country_code(word)
        except GazetteerError:
            return None
        if country_name(gz, code) is None:
            return None
        actor = Actor(f"Military Forces of {ActorLexicon.country_label(code)}", "state", code)
    return ActorMention(start, start + len(word), text[start : start + len(word)], actor)


_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|as|after|which|who)\b|\.\s")
_BETWEEN = re.compile(r"\b(?:between|pitting|pitted)\s+", re.I)
# Cues whose sides act on each other: "M23 and Wazalendo fighters clashed".
_RECIPROCAL = re.compile(
    r"(?:clash|fight|fought|battl|skirmish|exchang|gunfight|firefight|confront)", re.I
)
_AND = re.compile(r"\s*(?:,|and|,\s+and)\s+(?:the\s+)?", re.I)


def _between(
    text: str, sentence: Span, event: EventMention, after: Sequence[ActorMention]
) -> tuple[ActorMention, ActorMention | None] | None:
    """Both sides of "clashes between X and Y", "fighting broke out in Z on Monday
    between X and Y", "clashes pitting X against Y": "between" or "pitting" later in
    the event's clause, with two actors after it."""
    stop = _CLAUSE_END.search(text, event.end, sentence.end)
    end = stop.start() if stop else sentence.end
    m = _BETWEEN.search(text, event.end, end)
    if m is None:
        return None
    sides = [a for a in after if a.start >= m.end() and a.end <= end]
    if len(sides) == 1 and sides[0].start == m.end() + _article(text, m.end()):
        # "between the SSA and brigades aligned with ...": the one side named comes first
        return sides[0], None
    return (sides[0], sides[1]) if len(sides) >= 2 else None


def _article(text: str, at: int) -> int:
    """The length of an article at *at* ("the "), or 0."""
    m = re.match(r"(?:the|an?)\s+", text[at : at + 5], re.I)
    return m.end() if m else 0


def _demonym_actor(
    text: str, sentence: Span, event: EventMention, lexicon: ActorLexicon, gz: Gazetteer
) -> ActorMention | None:
    """State forces from a demonym or country right before the cue ("Myanmar junta jets")."""
    left = max(sentence.start, event.start - 60)
    m = _BEFORE_CUE.search(text, left, event.start)
    if m is None:
        return None
    return _state_forces(text, m.start(1), m.group(1), lexicon, gz)


def actor_name(
    text: str,
    mention: ActorMention,
    country: str | None,
    lexicon: ActorLexicon | None = None,
    code: str | None = None,
) -> str:
    """The actor's name; actors named without a country get the place's country.

    "The army" and "regime forces" in a report from Sudan are the "Military Forces of
    Sudan", protesters in London "Protesters (United Kingdom)", Dinka youths in Jonglei
    "Dinka Ethnic Militia (South Sudan)", as ACLED names communal militias. Forces of
    a coalition named only as such ("Coalition warplanes") are the coalition the
    document names before them ("the Saudi-led coalition said ..."), looked up with
    *lexicon*; without one they are "Unidentified Military Forces", as the report does
    not say whose they are. Other multinational forces ("foreign troops") are left
    without a country. With the country's *code*, state forces take ACLED's name for it
    ("Military Forces of the Philippines", "... of Democratic Republic of Congo").
    """
    actor = mention.actor
    local = actor.kind in {"protesters", "rioters", "civilians"} or (
        actor.kind == "identity" and actor.country_code is None
    )
    if local and country and "(" not in actor.name:
        return f"{actor.name} ({country})"
    if actor.kind != "state" or actor.country_code is not None:
        return local_branch(actor.name, code) or actor.name
    window = text[max(0, mention.start - 25) : mention.end]
    if _COALITION.search(window) and not _COALITION.search(actor.name):
        return _named_coalition(text, mention.start, lexicon) or UNIDENTIFIED_FORCES
    if re.search(r"coalition|\bled\b|-led\b|international|foreign", window, re.I):
        return actor.name
    if country is None:  # no place's country: the one state whose forces the text names
        named = _named_states(text, lexicon)
        return f"{actor.name} of {ActorLexicon.country_label(named)}" if named else actor.name
    if code and lexicon is not None:
        code = _forces_named_instead(text, code, country, lexicon)
    return f"{actor.name} of {ActorLexicon.country_label(code) if code else country}"


def _forces_named_instead(text: str, code: str, country: str, lexicon: ActorLexicon) -> str:
    """*code*, or the one country whose forces the text names when it never names the
    country of the place (a namesake abroad: "the junta" in a report that names the
    "Myanmar military" and no other country is Myanmar's, wherever the place resolved)."""
    if names_country(text, country):
        return code
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    if any(DEMONYMS.get(w) == code for w in words):
        return code
    # the one state whose forces the text names, else the one country it names
    named = _state_codes(text, lexicon) or countries_named(text)
    if len(named) != 1 or code in named:
        return code
    other = named.pop()
    # the other country must be named as a country ("Myanmar military"), not only by a
    # demonym: "Russian jets and the army struck Idlib" names foreign jets over Syria
    label = ActorLexicon.country_label(other).removeprefix("the ")
    return other if re.search(rf"\b{re.escape(label)}\b", text) else code


def _state_codes(text: str, lexicon: ActorLexicon) -> set[str]:
    """The countries whose state forces *text* names."""
    return {
        m.actor.country_code
        for m in lexicon.find(text)
        if m.actor.kind == "state" and m.actor.country_code
    }


def _named_states(text: str, lexicon: ActorLexicon | None) -> str | None:
    """The code of the one country whose state forces *text* names, else None."""
    codes = _state_codes(text, lexicon) if lexicon is not None else set()
    return codes.pop() if len(codes) == 1 else None


def _named_coalition(text: str, end: int, lexicon: ActorLexicon | None) -> str | None:
    """The last coalition actor the text names before *end*, or None."""
    if lexicon is None:
        return None
    named = [m.actor.name for m in lexicon.find(text[:end]) if _COALITION.search(m.actor.name)]
    return named[-1] if named else None


# A crowd named by its party: "BNP supporters", "activists loyal to the banned Awami League".
_PARTY_FOLLOWERS = r"(?:supporters|activists|loyalists|members|workers|cadres|followers|youths?)"
_FOLLOWERS_AFTER = re.compile(rf"\s+(?:party\s+)?{_PARTY_FOLLOWERS}\b", re.I)
_FOLLOWERS_BEFORE = re.compile(
    rf"\b{_PARTY_FOLLOWERS}\s+(?:loyal\s+to|of|from|backing|supporting)\s+(?:the\s+)?"
    r"(?:(?:banned|outlawed|ruling|opposition|former|deposed)\s+){0,2}$",
    re.I,
)


def crowd_party(text: str, mention: ActorMention | None) -> str | None:
    """The party a crowd is named by, when *mention* is a political party named as the
    crowd's ("PTI supporters", "activists loyal to the Awami League"), else None.

    ACLED's crowd is then that party's: "Rioters (Awami League)", not the party itself
    as the perpetrator nor the party as the crowd's target.
    """
    if mention is None or mention.actor.kind != "political":
        return None
    if _FOLLOWERS_AFTER.match(text, mention.end) or _FOLLOWERS_BEFORE.search(
        text, max(0, mention.start - 60), mention.start
    ):
        return mention.actor.name
    return None


_CROWDS = {EventType.RIOTS: "Rioters", EventType.PROTESTS: "Protesters"}


def crowds_follow_type(incidents: Sequence[Incident]) -> list[Incident]:
    """*incidents* with each crowd named for its incident's final type.

    A protest recoded as a riot (or a riot merged into a protest) keeps whom its crowd
    is named by: "Protesters (Awami League)" who turn violent are "Rioters (Awami
    League)", and a calm crowd is never "Rioters".
    """
    out = []
    for inc in incidents:
        word = _CROWDS.get(inc.event_type)
        other = next((w for w in _CROWDS.values() if w != word), None)
        if word and other and inc.actor1 and inc.actor1.split(" (")[0] == other:
            inc = replace(inc, actor1=word + inc.actor1[len(other) :])
        out.append(inc)
    return out


def country_name(gz: Gazetteer, code: str | None) -> str | None:
    if not code:
        return None
    place = gz.countries().get(code)
    return place.name if place else None
