"""Event mentions: the words that say something happened, coded in ACLED's taxonomy.

Each cue (noun or verb form) maps to an event type and a default sub-event type; the
words around the cue refine the default where ACLED's codebook does:

* a generic attack or killing is *Violence against civilians / Attack* when its victims
  are civilians, otherwise *Battles / Armed clash*;
* "struck", "bombed" and "strikes" with no weapon named are air or drone strikes (ground
  forces rarely "strike" a place in news English);
* protests become *Protest with intervention* when they are dispersed, and *Excessive
  force against protesters* when protesters are shot or killed;
* seizing territory is *Non-state actor overtakes territory* unless the text says the
  army "recaptured" or "retook" it (the pipeline refines this by the actor's kind).

Breaches and violations of a truce or ceasefire are armed clashes the report does not
detail (a weak cue, and only with a truce word in the sentence).

"Killed", "died" and "dead" alone are *weak* cues: they make an event only when the
sentence has no other cue (a sentence such as "the airstrike killed four" is one event,
the airstrike). Cues after "threatened to", "vowed to", "would" and the like are
hypothetical and dropped, and so are negated ones ("did not strike", "no airstrikes").

>>> [(e.text, e.sub_event_type) for e in find_events("Warplanes struck Idlib.")]
[('Warplanes struck', 'Air/drone strike')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .aspect import background_frame
from .incident import EventType

__all__ = ["CIVILIAN_PEOPLE", "EventMention", "find_events", "intervention"]

E = EventType

_AIR = (E.EXPLOSIONS, "Air/drone strike")
_SHELL = (E.EXPLOSIONS, "Shelling/artillery/missile attack")
_IED = (E.EXPLOSIONS, "Remote explosive/landmine/IED")
_SUICIDE = (E.EXPLOSIONS, "Suicide bomb")
_GRENADE = (E.EXPLOSIONS, "Grenade")
_CHEMICAL = (E.EXPLOSIONS, "Chemical weapon")
_CLASH = (E.BATTLES, "Armed clash")
_REGAIN = (E.BATTLES, "Government regains territory")
_OVERTAKE = (E.BATTLES, "Non-state actor overtakes territory")
_ATTACK = (E.VIOLENCE_AGAINST_CIVILIANS, "Attack")
_ABDUCT = (E.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance")
_SEXUAL = (E.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence")
_PROTEST = (E.PROTESTS, "Peaceful protest")
_RIOT = (E.RIOTS, "Violent demonstration")
_MOB = (E.RIOTS, "Mob violence")
_ARREST = (E.STRATEGIC_DEVELOPMENTS, "Arrests")
_LOOT = (E.STRATEGIC_DEVELOPMENTS, "Looting/property destruction")
_TRANSFER = (E.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")
_DISRUPT = (E.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use")

_PLACE_AHEAD = (
    r"(?=\s+(?!(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|"
    r"months?|years?|hours?|nights?|evenings?|mornings?|weekends?|phase|stage|round|session|"
    r"term)\b)(?!(?:its|their|his|her|our|"
    r"to|into|place|part|office|power|note|steps|action|responsibility|effect|up|off|"
    r"out|aim|refuge|shelter|hold)\b)\w)"
)
"""After a seizing or advancing verb, what may be its object ("entered Mosul", "took the
town", "advance again in the countryside"); not a span of time ("entered a third week",
"entered its second day") nor an idiom ("took place", "took part", "took office")."""

# (cue name, pattern, (event type, sub-event type), strength). Order matters: earlier
# patterns win where matches overlap, so specific phrases come before single words.
_CUES: tuple[tuple[str, str, tuple[EventType, str], str], ...] = (
    (
        "suicide bombing",
        r"suicide[- ](?:bomb(?:ing|ings|ers?|s)?|attack(?:s|ers?)?|blasts?|"
        r"car[- ]bombs?|vests?)|blew\s+(?:himself|herself|themselves)\s+up|"
        r"detonated\s+(?:his|her|their)\s+(?:explosive\s+)?(?:vests?|belts?)",
        _SUICIDE,
        "strong",
    ),
    (
        "chemical attack",
        r"chemical\s+(?:attacks?|weapons?|strikes?)|chlorine\s+(?:gas|attacks?)"
        r"|sarin",
        _CHEMICAL,
        "strong",
    ),
    (
        "drone strike",
        r"drone\s+(?:strikes?|attacks?)|launch(?:ed|es|ing)?\s+(?:\w+\s+)?drones?|"
        r"(?:drones?|UAVs?)\s+(?:(?:that|which)\s+)?(?:struck|strikes?|hit|hits|attacked|"
        r"targeted|bombed|pound(?:ed|s)?|(?:slam(?:med|s)?|crash(?:ed|es)?|smash(?:ed|es)?)"
        r"\s+into)|dropped\s+(?:from|by)\s+(?:a\s+|an\s+)?drones?|"
        r"(?:kamikaze|suicide|attack|exploding|Shahed(?:-type)?)\s+drones?",
        _AIR,
        "strong",
    ),
    (
        "airstrike",
        r"air[- ]?strikes?|air\s+raids?|air\s+attacks?|barrel\s+bombs?|explosive\s+barrels?|"
        r"aerial\s+(?:bombardment|"
        r"attacks?|strikes?)|(?:glide|guided|aerial|gravity)\s+(?:aerial\s+)?bombs?|"
        r"(?:warplanes?|jets?|aircraft|helicopters?|gunships?|planes)\s+"
        r"(?:struck|strike|strikes|hit|hits|bombed|bombs?|pound(?:ed|s)?|target(?:ed|s)?|"
        r"raided|attack(?:ed|s)?|carried\s+out)|(?:warplanes?|aircraft)\b",
        _AIR,
        "strong",
    ),
    (
        "car bomb",
        r"car[- ]bomb(?:s|ings?)?|(?:VB)?IEDs?|roadside\s+bombs?|(?:pipe|sticky|magnetic|"
        r"parcel|nail)\s+bombs?|improvised\s+"
        r"explosive(?:\s+devices?)?|land[- ]?mines?|mine\s+(?:blast|explosion)s?|explosive\s+"
        r"devices?|bomb\s+(?:blasts?|attacks?|explosions?|exploded|went\s+off)|(?:bombs?)\s+"
        r"(?:exploded|detonated|went\s+off|blew\s+up)|(?:explosions?|blasts?)\b|booby[- ]trap"
        r"(?:ped|s)?|(?:cars?|vehicles?|motorcycles?|motorbikes?|trucks?|bicycles?)\s+"
        r"(?:packed|laden|loaded|rigged)\s+with\s+explosives|detonat(?:ed|ion|ions)|"
        r"stepped\s+on\s+(?:an?\s+)?(?:land\s*)?mines?|unexploded\s+ordnance|UXOs?|"
        r"explod(?:e|es|ed|ing)",
        _IED,
        "strong",
    ),
    ("grenade", r"(?:hand\s+)?grenades?(?:\s+attacks?)?", _GRENADE, "strong"),
    (
        "missile attack",
        r"(?:ballistic\s+|cruise\s+)?missiles?(?:\s+(?:strikes?|attacks?))?|"
        r"rockets?(?:\s+(?:attacks?|fire))?|mortars?(?:\s+(?:rounds?|shells?|fire|attacks?))?|"
        r"artillery(?:\s+(?:fire|shells?|strikes?))?|howitzers?|tank\s+(?:fire|shells?)|"
        r"shell(?:ing|ed|s)?|bombard(?:ments?|ed|ing|s)?|pound(?:ed|ing)",
        _SHELL,
        "strong",
    ),
    ("intercepted", r"intercepted|shot\s+down|downed|defused", _DISRUPT, "strong"),
    ("ambush", r"ambush(?:es|ed|ing)?", _CLASH, "strong"),
    (
        "clash",
        r"clash(?:es|ed|ing)?|fighting|fought|fire-?fights?|gun\s*battles?|gun-?fights?|"
        r"shoot-?outs?|exchanges?\s+of\s+(?:gun)?fire|(?:exchanged|exchanging|traded|trading)\s+"
        r"(?:gun)?fire|battl(?:es?|ed|ing)|skirmish(?:es|ed)?|"
        r"counter-?(?:attacks?|offensives?)|"
        r"(?:advanc(?:es?|ed|ing|ements?)|push(?:es|ed)?\s+into)"
        + _PLACE_AHEAD.replace("(?=", "(?=(?:\\s+(?:on|in|into|towards?|near|at))?"),
        _CLASH,
        "strong",
    ),
    (
        "abduction",
        r"(?:took|taken|taking|held|holding)\s+(?:[\w-]+\s+){0,3}?hostages?|"
        r"(?:seiz(?:ed|es|ing)|snatch(?:ed|es|ing)|grabb(?:ed|ing)|carried\s+off|took\s+away)"
        r"(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d+|a|an|two|three|four|five|"
        r"six|seven|eight|nine|ten|dozens|scores|hundreds|several|the)?\s*(?:of\s+)?(?:[\w-]+\s+)?"
        r"(?:passengers|people|villagers|students|pupils|schoolchildren|schoolgirls|children|"
        r"women|girls|workers|worshipp?ers|farmers|civilians|travell?ers|residents|hostages|"
        r"motorists|aid\s+workers|foreigners|tourists)\b)",
        _ABDUCT,
        "strong",
    ),
    (
        "withdrawal",
        r"(?:withdr(?:ew|awn|aws|awing)|pull(?:ed|s|ing)\s+out|retreat(?:ed|s|ing))\s+from"
        + _PLACE_AHEAD
        + r"|hand(?:ed|s|ing)\s+over(?:\s+control\s+of)?"
        + _PLACE_AHEAD,
        _TRANSFER,
        "strong",
    ),
    (
        "recaptured",
        r"recaptured|retook|retaken|regained(?:\s+control)?|liberated|recapture",
        _REGAIN,
        "strong",
    ),
    (
        "seized",
        r"(?:(?:seiz(?:ed|es?)|captur(?:ed|es?)|overr?an|overruns?|overrunning|took|taken|"
        r"takes?|claim(?:ed|s)?|gain(?:ed|s)?|wrest(?:ed|s)?)\s+(?:full\s+)?control\s+of|"
        r"seiz(?:ed|es?)|captur(?:ed|es?)|overr?an|overruns?|overrunning|took|taken|"
        r"control(?:s|led)?|enter(?:s|ed)?|swept\s+into|sweeps?\s+into)"
        + _PLACE_AHEAD
        + r"|fell\s+to",
        _OVERTAKE,
        "strong",
    ),
    (
        "assassination",
        r"assassinat(?:e|es|ed|ion|ions|ing)|shot\s+dead|gunned\s+down|shot\s+and\s+killed|"
        r"(?:shot|hacked|beaten|bludgeoned|stabbed|burn(?:ed|t)|clubbed)\s+to\s+death|"
        r"burn(?:ed|t)\s+alive|"
        r"execut(?:e|es|ed|ing|ion|ions)|massacre[sd]?|behead(?:s|ed|ing)?|"
        r"slaughter(?:s|ed|ing)?|crucif(?:y|ies|ied|ying|ixions?)|"
        r"stabbed|ston(?:ing|ed)(?:\s+to\s+death)?|lash(?:es|ed|ing)?"
        r"(?=\s+(?:a|an|the|\d+|two|three|four|five|several)\b)",
        _ATTACK,
        "strong",
    ),
    (
        "abduction",
        r"abduct(?:s|ed|ion|ions|ing)?|kidnapp?(?:s|ed|ing|ings)?|(?:taken|held|took)\s+"
        r"(?:\w+\s+){0,3}?hostages?|forcibly\s+disappeared|enforced\s+disappearances?",
        _ABDUCT,
        "strong",
    ),
    ("sexual violence", r"raped|rapes?|sexual\s+(?:violence|assault)", _SEXUAL, "strong"),
    (
        "riot",
        r"riot(?:s|ed|ers|ing)?|violent\s+(?:protests?|demonstrations?)|"
        r"(?:protests?|demonstrations?|rall(?:y|ies)|marches)\s+(?:turn(?:ed|s)?|turning)\s+"
        r"(?:violent|deadly|ugly)|(?:pelt(?:ed|ing)?|hurl(?:ed|ing)?|thr(?:ew|owing))\s+"
        r"(?:\w+\s+)?(?:stones|rocks|bricks|petrol\s+bombs|molotov\s+cocktails)|"
        r"stone[- ]pelting",
        _RIOT,
        "strong",
    ),
    (
        "mob",
        r"mob\s+(?:attacks?|violence|justice)|lynch(?:es|ed|ing|ings)?|vigilantes?|mobs?\b",
        _MOB,
        "strong",
    ),
    (
        "protest",
        r"protest(?:s|ed|ers|ing)?|demonstrat(?:e|es|ion|ions|ors|ed|ing)|rall(?:y|ies|ied|ying)|"
        r"sit-ins?|(?-i:march(?:es|ed|ing)?)|Marche[sd]|Marching|picket(?:s|ed|ing)?|"
        r"vigils?|(?:took|take|taking|takes)\s+to\s+the\s+streets|walk-?outs?|"
        r"(?:general|hunger|labou?r|nationwide|workers['’]?)\s+strikes?|"
        r"(?:doctors|nurses|teachers|drivers|miners|traders|lawyers|dockers|transporters|"
        r"truckers)['’]?\s+strikes?|"
        r"(?:went|go|going|are|were|is|was)\s+on\s+strike|strikers",
        _PROTEST,
        "strong",
    ),
    (
        "arrests",
        r"arrest(?:s|ed|ing)?|detain(?:ed|s|ing)?|detentions?|rounded\s+up|"
        r"taken\s+into\s+custody|apprehended",
        _ARREST,
        "strong",
    ),
    (
        "looting",
        r"loot(?:s|ed|ing)?|torch(?:es|ed|ing)?|arson(?:\s+attacks?)?|(?:set|sets|setting)\s+(?:\w+\s+){0,3}?"
        r"(?:ablaze|alight|on\s+fire)|(?:set|sets|setting)\s+fire\s+to|burn(?:ed|t)\s+down|"
        r"ransack(?:s|ed|ing)?|plunder(?:s|ed|ing)?|pillag(?:e|es|ed|ing)|"
        r"vandali[sz](?:e|es|ed|ing)|broke\s+into|razed|bulldoz(?:ed|ing)|"
        r"demolish(?:ed|ing|es)?|(?:blew|blow|blowing|blows)\s+up\s+(?:\w+\s+){0,2}"
        r"(?:houses?|homes?|buildings?|bridges?|shops?|schools?|mosques?|churches?)",
        _LOOT,
        "strong",
    ),
    ("raid", r"raid(?:s|ed|ing)?|storm(?:ed|ing|s)?|burst\s+into", _CLASH, "strong"),
    (
        "strike",
        r"struck|bombed|bombing|bombings|strikes|(?<!general\s)(?<!hunger\s)strike|"
        r"bombs?(?=\s+(?:the\s+)?[A-Z])",
        _AIR,
        "strong",
    ),
    (
        "attack",
        r"attack(?:s|ed|ing)?|assault(?:s|ed)?|target(?:s|ed|ing)?|open(?:ed|ing|s)?\s+fire|"
        r"fir(?:ed|ing)\s+(?:on|at|into)|came\s+under\s+(?:attack|fire)|rampag(?:e|ed|ing)|"
        r"incursions?|sniper\s+fire|snipers?|"
        r"shot(?:\s+at)?|shooting|gunfire",
        _CLASH,
        "weak",
    ),
    (
        "breach",
        r"breach(?:es|ed)?|violations?|violated",
        _CLASH,
        "weak",
    ),
    (
        "killed",
        r"killed|killings?|kills?|died|dead|deaths?|casualt(?:y|ies)|wounded|injured|losses|"
        r"fatalities|martyr(?:s|ed|dom)|claim(?:s|ed|ing)?\s+(?:the\s+)?(?:lives?|life)|"
        r"(?:bod(?:y|ies)|corpses?)(?=\s+(?:of|were|was|found))|found\s+(?:dead|killed)",
        _CLASH,
        "weak",
    ),
)

_PATTERN = re.compile(
    r"\b(?=\w)(?:"
    + "|".join(f"(?P<c{i}>(?:{pat})\\b)" for i, (_, pat, _, _) in enumerate(_CUES))
    + ")",
    re.I,
)
"""Every cue; the word boundary is tested once per position, before the alternatives."""

_HYPOTHETICAL = re.compile(
    r"\b(?:threat(?:en(?:ed|s)?)?|vow(?:ed|s)?|warn(?:ed|s)?|pledged|plan(?:s|ned)?|"
    r"would|could|might|may|will|if|fears?\s+of|risk\s+of|prevent(?:ed)?|"
    r"call(?:ed|s|ing)?\s+(?:for|on)|den(?:y|ied|ies)|promis(?:ed|es|ing)\s+to|"
    r"prepar(?:ed|es|ing)\s+(?:for|to)|ready\s+to|authori[sz](?:ed|es)|should|"
    r"ultimatum)\b[^.;,:]*$",
    re.I,
)
_PLANNED = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:are|is|were|was|will\s+be|have\s+been|had\s+been)\s+"
    r"(?:being\s+)?(?:planned|expected|scheduled|called|announced|feared|threatened|"
    r"proposed|likely)\b",
    re.I,
)
"""A cue followed by its plan ("protests are planned for Friday", "strikes were feared")."""
# "did not strike", "hadn't fired", "no airstrikes", "never shelled": at most one word
# between the negation and the cue ("did not stop the shelling" negates "stop").
_NEGATED = re.compile(r"(?:\b(?:not|never|no)|n['’]t)\s+(?:\w+\s+)?$", re.I)
_PEOPLE = (
    r"civilians?|villagers?|residents?|worshipp?ers?|farmers?|shepherds?|women|"
    r"children|child|family|families|students?|journalists?|aid\s+workers?|teachers?|"
    r"passengers?|shoppers?|man|woman|boy|girl|doctors?|nurses?|refugees?|displaced|"
    r"elders?|cleric|imam|mukhtar|citizens?"
)
CIVILIAN_PEOPLE = re.compile(rf"\b(?:{_PEOPLE})\b", re.I)
"""Words for civilian victims ("villagers", "worshippers", "a woman")."""
_CIVILIAN = re.compile(
    rf"\b(?:{_PEOPLE}|customers|diners|patrons|guests|mourners|pilgrims|commuters|"
    r"bystanders|market|mosque|church|school|hospital|bar|restaurant|hotel|caf[eé]|"
    r"tea\s+shop|wedding|funeral|bus|minibus|villages?|homes?|houses?|"
    r"(?:a|one|two|three|four|five|\d+)\s+(?:people|persons?))\b"
    r"(?!\s+(?:said|say|says|told|reported|described))",
    re.I,
)
_ARMED = re.compile(
    r"\b(?:soldiers?|troops?|fighters?|militants?|militiamen|militias?|gunmen|insurgents?|"
    r"rebels?|jihadists?|combatants?|(?<!family\s)(?<!staff\s)(?<!crew\s)members|policem[ae]n|"
    r"police|officers?|gendarmes?|gendarmerie|guards?|servicem[ae]n|personnel|army|military|"
    r"forces|checkpoints?|bases?|barracks|garrisons?|outposts?|positions?|convoys?|patrols?)\b",
    re.I,
)
"""Armed people and places: as the victims or target of an attack, they make it a
battle ("killing two soldiers", "attacked an army base"), whoever else was hurt."""
_AGENT_BEFORE = re.compile(
    r"\b(?:by|from|when|after|as|before|while|because|until)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
_VICTIM_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|being|are|is)\s+"
    r"(?:\w+\s+)?(?:killed|wounded|injured|attacked|ambushed|targeted|shot|hurt|abducted)",
    re.I,
)


def _armed_target(window: str, cue_start: int, cue_end: int) -> bool:
    """True when the victims or target of the cue at window[cue_start:cue_end] are armed.

    Armed words after the cue are its object or victims ("attacked the station",
    "killing three soldiers") unless they name the agent ("by gunmen", "gunmen from a
    faction", "killed when gunmen opened fire"); before the cue they count only as
    victims of a passive ("two police officers were killed when ..."). The perpetrators
    ("Rebels killed 36 villagers") say nothing of the victims.
    """
    for m in _ARMED.finditer(window, cue_end):
        if not _AGENT_BEFORE.search(window, cue_end, m.start()):
            return True
    return any(_VICTIM_AFTER.match(window, m.end()) for m in _ARMED.finditer(window, 0, cue_start))


_DISPERSED = re.compile(
    r"\b(?:dispers(?:ed|e)|tear\s*gas|water\s+cannons?|arrested|detained|baton|beat(?:en)?|"
    r"broke\s+up|rubber\s+bullets?)\b",
    re.I,
)
_VIOLENT_CROWD = re.compile(
    r"\b(?:clash(?:ed|es)?|stones?|rocks?|petrol\s+bombs?|torched|set\s+fire|burn(?:ed|t|ing)|"
    r"smashed|vandali[sz]ed|rampaged?)\b",
    re.I,
)
_LETHAL = re.compile(r"\b(?:live\s+(?:fire|ammunition|rounds)|shot|killed|killing)\b", re.I)
_PROTEST_PEOPLE = re.compile(r"protesters|demonstrators", re.I)
_PROTESTERS = re.compile(r"\b(?:protest(?:s|ers)?|demonstrat(?:ions?|ors))\b", re.I)
_STATE_FORCE = re.compile(
    r"\b(?:police|security\s+forces|troops|soldiers|army)\b(?!\s+(?:said|say|says))", re.I
)
_RECAPTURE_ACTOR = re.compile(
    r"\b(?:army|government|regime|military|troops)\b(?!\s+(?:positions?|bases?|camps?|posts?|"
    r"outposts?|barracks|garrisons?|convoys?|checkpoints?|section|airport|units?))[^,;]*$",
    re.I,
)
"""State forces as the subject of a seizing verb ("the army took", "troops seized"), not
an object ("attacked military positions, overrunning a base")."""
_WITHDRAWN = re.compile(
    r"\b(?:before|then|later|and|but)\s+(?:(?:then|later|quickly|soon|subsequently|"
    r"eventually)\s+)?(?:withdr(?:ew|awing|awn)|"
    r"pull(?:ed|ing)\s+(?:out|back)|retreat(?:ed|ing))\b",
    re.I,
)
_BRIEFLY = re.compile(r"\b(?:briefly|temporarily)\s+$", re.I)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_LAST_CLAUSE_END = re.compile(r"(?s:.*)[.;!?\n]")
_TRUCE = re.compile(r"\b(?:truces?|ceasefires?|cease-fires?|de-escalation|armistice)\b", re.I)


@dataclass(frozen=True, slots=True)
class EventMention:
    """Words in a text that report an event.

    Attributes
    ----------
    start, end : int
        Character offsets of the cue in the text given to :func:`find_events` (plus its
        ``offset``).
    text : str
        The cue as written ("air strike", "warplanes struck", "clashed").
    event_type : EventType
        One of ACLED's six types.
    sub_event_type : str
        ACLED's sub-event type, refined by the words around the cue.
    cue : str
        The cue's family ("airstrike", "clash", "killed", ...).
    weak : bool
        True for cues that only say people died or were attacked ("killed", "attack");
        they stand for an event only when nothing more specific is in the sentence.
    """

    start: int
    end: int
    text: str
    event_type: EventType
    sub_event_type: str
    cue: str
    weak: bool = False


def _sentence_at(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence-ish window around text[start:end] (bounded by . ; ! ? newline), and
    where text[start:end] begins in it."""
    left = max(0, start - 200)
    last = _LAST_CLAUSE_END.match(text, left, start)
    cut = last.end() if last else left
    after = text[end : end + 200]
    m = _CLAUSE_END.search(after)
    return text[cut : end + (m.start() if m else len(after))], start - cut


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence-ish window around text[start:end] (bounded by . ; ! ? newline)."""
    return _sentence_at(text, start, end)[0]


_CROWD = re.compile(
    r"\b(?:protesters|demonstrators|rioters|youths?|young\s+men|crowds?|mobs?|"
    r"supporters|residents|villagers|locals|vigilantes|a\s+group\s+of\s+(?:men|people))\b",
    re.I,
)
_CROWD_ACT = re.compile(
    r"\b(?:set\s+(?:fire|ablaze|alight)|setting\s+(?:fire|ablaze|alight)|torch(?:ed|ing)|"
    r"burn(?:ed|t|ing)|loot(?:ed|ing)|ransack(?:ed|ing)|smash(?:ed|ing)|vandali[sz](?:ed|ing)|"
    r"pelt(?:ed|ing)|hurl(?:ed|ing)|thr(?:ew|owing)\s+(?:stones|rocks)|attack(?:ed|ing)|"
    r"stormed|beat|lynched|clashed)\b",
    re.I,
)
_CROWD_BREAK = re.compile(r"[,;]\s|\b(?:and|but|who|as|when)\s+(?:police|security|troops)", re.I)
_LYNCH_CROWD = re.compile(r"\b(?:crowds?|mobs?|residents|villagers|locals|vigilantes)\b", re.I)
_PERSON_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
    r"several)\s+)?(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+){0,2}?(?:men|man|woman|women|"
    r"people|persons?|suspects?|thieves|thief|members|boys?|youths?|criminals|bandits)\b",
    re.I,
)


_UNOPPOSED = re.compile(
    r"\b(?:without\s+(?:a\s+)?(?:fight|fighting|resistance|a\s+shot\s+(?:being\s+)?fired)|"
    r"unopposed|peacefully|under\s+(?:an?\s+)?(?:deal|agreement|handover))\b",
    re.I,
)
"""Territory changing hands without fighting: ACLED's *Non-violent transfer of territory*."""
_GROUND_SUBJECT = re.compile(
    r"\b(?:jihadists?|militants?|gunmen|rebels?|insurgents?|fighters|bandits|attackers|"
    r"assailants|militiamen|gangs?|guerrillas?|terrorists?)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
"""Ground fighters as the subject of a bare strike verb ("Militants strike a checkpoint")."""
_LETHAL_AFTER = re.compile(r"[^.;]{0,80}?,\s+(?:killing|leaving\s+(?:[\w-]+\s+){1,3}dead)\b", re.I)
_PARTICIPIAL_CLAUSE = re.compile(r",\s+(?:and\s+)?\w+ing\b[^,;]*$", re.I)
_SENTENCE_BREAK = re.compile(r"[;!?\n]|\.\s+[A-Z]")
_PARTICIPLE = re.compile(r"\w+ing\b", re.I)
_VIOLENT_TYPES = frozenset({E.BATTLES, E.EXPLOSIONS, E.VIOLENCE_AGAINST_CIVILIANS, E.RIOTS})


def _part_of_previous(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> bool:
    """True for a cue that tells how the event just before it in the sentence was done.

    "Gunmen attacked the airport, setting a plane ablaze", "settlers rampaged through
    the village, hurling stones": the arson or stoning is part of the attack (a
    participle after a violent event). "Troops detained 15 people in overnight
    raids": the raids are how the arrests were made. ACLED codes the main event once.
    """
    if not found:
        return False
    last = found[-1]
    gap = text[last.end - offset : mention.start - offset]
    if len(gap) > 160 or _SENTENCE_BREAK.search(gap):
        return False
    if mention.cue in {"looting", "riot"} and last.event_type in _VIOLENT_TYPES:
        return _PARTICIPLE.match(mention.text) is not None and bool(
            _PARTICIPIAL_CLAUSE.search(gap + mention.text)
        )
    if mention.cue == "raid" and last.cue == "arrests":
        return bool(re.search(r"\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$", gap))
    return False


def _against_protesters(text: str, mention: EventMention, last: EventMention, offset: int) -> bool:
    """True when *last* is force used on the protesters *mention* names.

    ACLED codes "security forces shot dead four protesters" and "police arrested 50
    demonstrators" as the protest, with *Excessive force against protesters* or *Protest
    with intervention*: not as an attack or arrests of its own.
    """
    if mention.cue != "protest" or not _PROTEST_PEOPLE.fullmatch(mention.text):
        return False
    if last.cue not in {"arrests", "assassination", "attack", "killed"}:
        return False
    gap = text[last.end - offset : mention.start - offset]
    return len(gap) <= 40 and re.fullmatch(r"[\s\w,'’-]*", gap) is not None and "," not in gap


def _joint_weapons(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The weapon before *mention* widened to both, when the two are coordinated.

    "Turkish warplanes and artillery pounded Ras al-Ayn" is one bombardment, coded by
    the first weapon named; the verb after them then restates it.
    """
    if not found or mention.event_type is not E.EXPLOSIONS or mention.weak:
        return None
    last = found[-1]
    if last.event_type is not E.EXPLOSIONS or last.weak:
        return None
    if not re.fullmatch(
        r"\s+(?:and|or|&)\s+(?:[\w-]+\s+)?", text[last.end - offset : mention.start - offset]
    ):
        return None
    return replace(last, end=mention.end, text=text[last.start - offset : mention.end - offset])


def _crowd_violence(
    window: str, cue_start: int, cue_end: int, mention: EventMention
) -> tuple[EventType, str] | None:
    """The riot a crowd's violence is, or None.

    ACLED codes arson, looting and beatings by demonstrators or an unorganised crowd as
    *Riots*: *Mob violence* when a crowd attacks people ("a crowd beat and set fire to
    two suspected thieves", "villagers lynched"), else *Violent demonstration*
    ("protesters set fire to a residence", "youths looted shops"). A crowd noun that is
    itself the subject of such an act ("protesters ... set fire to") is that riot.
    """
    if mention.cue == "protest":  # "protesters" followed by what they did
        act = _CROWD_ACT.search(window, cue_end, cue_end + 90)
        if act is None or _CROWD_BREAK.search(window, cue_end, act.start()):
            return None
        return _RIOT
    before = window[max(0, cue_start - 90) : cue_start]
    crowd = list(_CROWD.finditer(before))
    if mention.cue == "mob":
        return _MOB
    if not crowd:
        return None
    if _LYNCH_CROWD.fullmatch(crowd[-1].group(0)) and _PERSON_OBJECT.match(window, cue_end):
        return _MOB
    return _RIOT


def _refine(mention: EventMention, text: str, start: int, end: int) -> EventMention:
    """Adjust the default sub-event type by the words around the cue."""
    window, at = _sentence_at(text, start, end)
    if mention.cue == "strike" and _GROUND_SUBJECT.search(window, max(0, at - 50), at):
        # "Jihadists strike Bamako": armed men on the ground attack, nothing flies.
        et, sub = _CLASH
        mention = replace(mention, event_type=et, sub_event_type=sub, cue="attack")
    if mention.cue == "looting" and _LETHAL_AFTER.match(window, at + end - start):
        # "Settlers torched homes, killing one": arson that kills is an attack.
        et, sub = _CLASH
        mention = replace(mention, event_type=et, sub_event_type=sub, cue="attack")
    if mention.cue in {"attack", "killed", "raid"}:
        # ACLED: an attack is on civilians when its victims are civilians and it meets no
        # armed opponent; otherwise it is a battle.
        civilian = _CIVILIAN.search(window) is not None
        if civilian and not _armed_target(window, at, at + end - start):
            et, sub = _ATTACK
            return replace(mention, event_type=et, sub_event_type=sub)
        return mention
    if mention.cue in {"looting", "mob"} or (
        mention.cue == "protest" and _PROTESTERS.fullmatch(mention.text)
    ):
        crowd = _crowd_violence(window, at, at + end - start, mention)
        if crowd is not None:
            et, sub = crowd
            return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "clash" and _PROTESTERS.search(window):
        # Demonstrators in a clash, with police or each other, are rioting (ACLED).
        et, sub = _RIOT
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "protest":
        if _VIOLENT_CROWD.search(window) and not _STATE_FORCE.search(window):
            et, sub = _RIOT
            return replace(mention, event_type=et, sub_event_type=sub)
        if _LETHAL.search(window):
            return replace(mention, sub_event_type="Excessive force against protesters")
        if _DISPERSED.search(window):
            return replace(mention, sub_event_type="Protest with intervention")
    if mention.cue in {"seized", "recaptured"} and _UNOPPOSED.search(window):
        et, sub = _TRANSFER
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and (
        _WITHDRAWN.search(window, at + end - start) or _BRIEFLY.search(window, 0, at)
    ):
        # "overran a base before withdrawing": a raid, not a change of control.
        et, sub = _CLASH
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and _RECAPTURE_ACTOR.search(text, max(0, start - 80), start):
        et, sub = _REGAIN
        return replace(mention, event_type=et, sub_event_type=sub)
    return mention


def _restates(text: str, m: re.Match[str], found: list[EventMention], offset: int) -> bool:
    """True for a strike verb right after its weapon: "a roadside bomb struck", "Russian
    artillery shelled", "rockets pounded" tell of one event, not two."""
    if not found:
        return False
    cue, _, (event_type, _), _ = _CUES[int(m.lastgroup[1:]) if m.lastgroup else 0]
    last = found[-1]
    if cue != "strike" and not (event_type is E.EXPLOSIONS is last.event_type):
        return False
    gap = text[last.end - offset : m.start()]
    return (
        not last.weak
        and len(gap) <= 30
        and re.fullmatch(r"[\s\w'-]*", gap) is not None
        and re.search(r"\b(?:and|with|using)\b", gap) is None
    )


_WITH_WEAPON = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:with|using)\s+(?:[\w'’-]+\s+){0,3}")
"""The words between a strike verb and the weapon it names ("pounded Kharkiv with
guided bombs", "struck the base using drones")."""


def _weapon_named(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The strike before *mention*, recoded by the weapon *mention* names, or None.

    "Russia pounded Kharkiv with guided aerial bombs" is one air strike: the verb says
    that something was hit, the weapon after "with" says how.
    """
    if not found or mention.event_type is not E.EXPLOSIONS:
        return None
    last = found[-1]
    if last.event_type is not E.EXPLOSIONS and last.cue != "strike":
        return None
    if not _WITH_WEAPON.fullmatch(text, last.end - offset, mention.start - offset):
        return None
    return replace(
        last, event_type=mention.event_type, sub_event_type=mention.sub_event_type, weak=False
    )


def _riot_goes_on(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for looting or arson coordinated with the riot just found ("rioters set fire
    to a building and looted shops"): ACLED codes the riot once."""
    if not found or mention.cue != "looting" or found[-1].event_type is not E.RIOTS:
        return False
    gap = text[found[-1].end - offset : mention.start - offset]
    return len(gap) <= 80 and re.search(r"[.;:!?\n]", gap) is None


def intervention(text: str) -> str | None:
    """The protest sub-event type a follow-up sentence implies, or None.

    "Police later dispersed the crowd with tear gas" after a protest makes it a *Protest
    with intervention*; "security forces opened live fire" *Excessive force against
    protesters*.
    """
    if _LETHAL.search(text) and _STATE_FORCE.search(text):
        return "Excessive force against protesters"
    if _DISPERSED.search(text):
        return "Protest with intervention"
    return None


def find_events(text: str, *, offset: int = 0) -> list[EventMention]:
    """Every event cue in *text*, in text order.

    Parameters
    ----------
    text : str
        A sentence or a whole document.
    offset : int
        Added to every start and end (the position of *text* in a larger document).

    Returns
    -------
    list of EventMention
        Non-overlapping cues; hypothetical ones ("threatened to strike") are left out.
        Weak cues are kept (see :attr:`EventMention.weak`); the pipeline decides.
    """
    out: list[EventMention] = []
    for m in _PATTERN.finditer(text):
        if _restates(text, m, out, offset):
            continue
        i = int(m.lastgroup[1:]) if m.lastgroup else 0
        cue, _, (event_type, sub), strength = _CUES[i]
        start, end = m.start(), m.end()
        if _HYPOTHETICAL.search(text[max(0, start - 60) : start]) or _PLANNED.match(text, end):
            continue
        if _NEGATED.search(text, max(0, start - 30), start):
            continue
        if background_frame(text, start, end) is not None:
            continue  # "have been fighting since 2018", "sentenced for the attack"
        if cue == "breach" and not _TRUCE.search(_sentence(text, start, end)):
            continue  # human-rights "violations", a "breached" wall: no armed event
        mention = EventMention(
            start + offset,
            end + offset,
            m.group(0),
            event_type,
            sub,
            cue,
            strength == "weak",
        )
        if out and _against_protesters(text, mention, out[-1], offset):
            out.pop()  # "shot dead four protesters": the protest, met with force
        if _part_of_previous(text, mention, out, offset):
            continue  # "attacked the airport, setting a plane ablaze"; "in night raids"
        if _riot_goes_on(text, mention, out, offset):
            continue  # "set fire to a building and looted shops": one riot
        recoded = _weapon_named(text, mention, out, offset) or _joint_weapons(
            text, mention, out, offset
        )
        if recoded is not None:
            out[-1] = recoded
            continue
        out.append(_refine(mention, text, start, end))
    return out
