"""The cue lexicon: words and phrases that report events, with their ACLED codes.

One row per cue family: a regular expression over inflections, phrasal verbs and nouns
("battled", "exchanged fire", "took to the streets", "set ablaze", "car packed with
explosives"), the ACLED event type and default sub-event type, and the cue's strength
(*weak* cues such as "killed" or "attacked" only say that people died or were attacked).
:mod:`mapper.events` finds the cues; :mod:`mapper.eventtype` refines their type.
"""

from __future__ import annotations

import re

from .incident import EventType

__all__ = [
    "ABDUCT",
    "AIR",
    "ARREST",
    "ATTACK",
    "CHEMICAL",
    "CLASH",
    "CUES",
    "DISRUPT",
    "GRENADE",
    "HEADQUARTERS",
    "IED",
    "LOOT",
    "MOB",
    "OVERTAKE",
    "PATTERN",
    "PROTEST",
    "REGAIN",
    "RIOT",
    "SEXUAL",
    "SHELL",
    "SUICIDE",
    "TRANSFER",
]

E = EventType

AIR = (E.EXPLOSIONS, "Air/drone strike")
SHELL = (E.EXPLOSIONS, "Shelling/artillery/missile attack")
IED = (E.EXPLOSIONS, "Remote explosive/landmine/IED")
SUICIDE = (E.EXPLOSIONS, "Suicide bomb")
GRENADE = (E.EXPLOSIONS, "Grenade")
CHEMICAL = (E.EXPLOSIONS, "Chemical weapon")
CLASH = (E.BATTLES, "Armed clash")
REGAIN = (E.BATTLES, "Government regains territory")
OVERTAKE = (E.BATTLES, "Non-state actor overtakes territory")
ATTACK = (E.VIOLENCE_AGAINST_CIVILIANS, "Attack")
ABDUCT = (E.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance")
SEXUAL = (E.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence")
PROTEST = (E.PROTESTS, "Peaceful protest")
RIOT = (E.RIOTS, "Violent demonstration")
MOB = (E.RIOTS, "Mob violence")
ARREST = (E.STRATEGIC_DEVELOPMENTS, "Arrests")
LOOT = (E.STRATEGIC_DEVELOPMENTS, "Looting/property destruction")
TRANSFER = (E.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")
DISRUPT = (E.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use")
HEADQUARTERS = (E.STRATEGIC_DEVELOPMENTS, "Headquarters or base established")

_NO_GOODS = (
    r"(?!\s+(?:(?:a|an|the|its|their|his|her|our|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:memorand(?:um|a)|petitions?|letters?|lists?|reports?|documents?|charters?|demands?|"
    r"aid|supplies|relief|food|cash|money|funds|cheques?|bodies|remains|suspects?|"
    r"prisoners|hostages|weapons|arms|keys|gifts?|certificates?|awards?)\b)"
)
"""What is handed over that is no territory ("handed over a memorandum", "handed over
the bodies"): a document, goods or people, not a place changing hands."""
_LED_AWAY = (
    r"(?!\s+(?:(?:them|him|her)\s+|(?:an?|the|some|several|\d+|dozens\s+of|hundreds\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,4}?)(?:into|off|away)\b)"
)
""""Marched an unknown number of worshippers into the bush": people led away by their
captors, an abduction, not a march."""
_EUPHEMISM = (
    r"(?:neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|t(?:ook|akes?|aking|aken)\s+out)"
    r"(?=\s+(?:[\w'’-]+\s+){0,4}?(?:terrorists?|militants?|insurgents?|jihadists?|rebels?|"
    r"fighters?|gunmen|bandits|assailants|attackers|combatants|enemy\s+(?:soldiers|troops)|"
    r"soldiers|troops)\b)"
)
"""Military euphemisms for killing, only with armed men as their object ("neutralised
dozens of terrorists", "took out five fighters"): not "took out a loan", "eliminate
poverty"."""
_PLACE_AHEAD = (
    r"(?=\s+(?!(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|"
    r"months?|years?|hours?|nights?|evenings?|mornings?|weekends?|phase|stage|round|session|"
    r"term|bod(?:y|ies)|corpses?|remains)\b)(?!(?:its|their|his|her|our|"
    r"to|into|place|part|office|power|note|steps|action|responsibility|effect|up|off|"
    r"out|aim|refuge|shelter|hold|away|back|aback|hostages?|prisoners?|captives?|apart|"
    r"advantage|cover|care|turns|time|charge|notice|stock|heart|issue|delivery|possession|"
    r"command|questions|measures|legal|effect)\b)\w)"
)
"""After a seizing or advancing verb, what may be its object ("entered Mosul", "took the
town", "advance again in the countryside"); not a span of time ("entered a third week",
"entered its second day"), not the dead ("had taken the body back across the border")
nor an idiom ("took place", "took part", "took office")."""

_NOT_METAPHOR = (
    r"(?!\s+(?:(?:to|against|with)\s+)?(?:the\s+|a\s+)?(?:blaze|fires?|flames|wildfires?|"
    r"floods?|cholera|disease|corruption|inflation|covid|virus|cancer|addiction|poverty|"
    r"hunger|drought|locusts))"
)
"""Not a fight against fire, disease or corruption ("firefighters battled the blaze")."""

_NOT_PROPERTY = (
    r"(?!\s+(?:(?:the|a|an|their|its|his|her|two|three|several|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:stations?|offices?|vehicles?|cars?|buses|trucks?|lorries|houses?|homes?|residences?|"
    r"buildings?|windows?|convoys?|gates?|shops?|headquarters|compounds?)\b)"
)
"""Not a building or vehicle as the object ("stoned the police station"): stoning
property is a riot's act, not a killing of a person."""
# (cue name, pattern, (event type, sub-event type), strength). Order matters: earlier
# patterns win where matches overlap, so specific phrases come before single words.
CUES: tuple[tuple[str, str, tuple[EventType, str], str], ...] = (
    (
        "suicide bombing",
        r"suicide[- ](?:bomb(?:ing|ings|ers?|s)?|attack(?:s|ers?)?|blasts?|"
        r"car[- ]bombs?|vests?)|blew\s+(?:himself|herself|themselves)\s+up|"
        r"detonated\s+(?:his|her|their)\s+(?:explosive\s+)?(?:vests?|belts?)",
        SUICIDE,
        "strong",
    ),
    (
        "chemical attack",
        r"chemical\s+(?:attacks?|weapons?|strikes?)|chlorine\s+(?:gas|attacks?)"
        r"|sarin",
        CHEMICAL,
        "strong",
    ),
    (
        "drone strike",
        r"drone\s+(?:strikes?|attacks?)|launch(?:ed|es|ing)?\s+(?:\w+\s+)?drones?|"
        r"us(?:ed|es|ing)\s+(?:(?:armed|attack|explosive-laden|small)\s+)?"
        r"(?:drones?|UAVs?|quadcopters?)\s+to\s+(?:drop|fire|launch|strike|bomb|attack|hit)|"
        r"(?:drones?|UAVs?|quadcopters?)\s+(?:(?:that|which)\s+)?(?:had\s+)?"
        # "a drone launched by the Houthis crashed into": the sender between drone and verb
        r"(?:(?:launched|fired|flown|sent|operated)\s+by\s+(?:[\w'’-]+\s+){1,5}?)?"
        r"(?:struck|strikes?|hit|hits|attacked|dropped|drops|fired|fires|killed|kills|"
        r"neutrali[sz]ed|eliminated|targeted|bombed|pound(?:ed|s)?|(?:slam(?:med|s)?|crash(?:ed|es)?|smash(?:ed|es)?)"
        # "drones set fire to fuel tanks": a hit that burns or wrecks, hurt or not
        r"\s+into|set\s+(?:fire\s+to|ablaze)|damaged|destroyed)|"
        r"(?:grenades?\s+(?:(?:was|were)\s+)?)?"
        r"dropped\s+(?:from|by)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
        r"(?:drones?|quadcopters?|UAVs?)|"
        r"(?:kamikaze|suicide|attack|exploding|Shahed(?:-type)?)\s+drones?|"
        r"(?:explosives?|bomb|grenade)[- ](?:laden|carrying|rigged|packed)\s+"
        r"(?:drones?|UAVs?|quadcopters?)|(?:drones?|UAVs?|quadcopters?)\s+"
        r"(?:(?:laden|loaded|packed|rigged|armed)\s+with|carrying)\s+(?:[\w-]+\s+)?"
        r"(?:explosives|bombs|grenades)",
        AIR,
        "strong",
    ),
    (
        "airstrike",
        r"air[- ]?strikes?|air\s+raids?|air\s+attacks?|barrel\s+bombs?|explosive\s+barrels?|"
        r"aerial\s+(?:bombardment|"
        r"attacks?|strikes?)|(?:glide|guided|aerial|gravity)\s+(?:aerial\s+)?bombs?|"
        r"(?:warplanes?|jets?|aircraft|helicopters?|gunships?|planes)\s+(?:had\s+)?"
        r"(?:struck|strike|strikes|hit|hits|bombed|bombs?|pound(?:ed|s)?|target(?:ed|s)?|"
        r"raided|attack(?:ed|s)?|carried\s+out|dropped|drops|fired\s+(?:rockets|missiles))"
        r"|(?:warplanes?|aircraft)\b(?!\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?"
        r"(?:pursu\w*|chas\w*|search\w*|track\w*|patroll?\w*|circl\w*|deployed|sent|"
        r"flew\s+over|flying\s+over|overflew|hover\w*|monitor\w*|evacuat\w*|airlift\w*))",
        AIR,
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
        r"explod(?:e|es|ed|ing)|anti[- ]?(?:tank|personnel|vehicle)\s+mines?|"
        r"(?:planted|hidden|concealed)\s+(?:an?\s+)?bombs?|"
        r"bombs?\s+(?:(?:was|were|had\s+been)\s+)?(?:planted|hidden|concealed)|"
        # "a remote-controlled blast", "set off a bomb", "their vehicle hit a mine"
        r"remote(?:ly)?[- ](?:controlled|control|detonated)\s+(?:[\w-]+\s+)?"
        r"(?:bombs?|blasts?|explosions?|devices?)|remotely[- ]detonated|"
        r"(?:set|sets|setting)\s+off\s+(?:an?\s+|the\s+|two\s+)?(?:[\w-]+\s+)?bombs?|"
        r"bombs?\s+(?:ripped|rips|tore|tears)\s+through|"
        r"(?:hit|hits|struck|strikes|ran\s+over|drove\s+over)\s+(?:an?\s+)?(?:land\s*)?mines?",
        IED,
        "strong",
    ),
    (
        "clash",
        r"rocket[- ]propelled\s+grenades?|RPGs?|small[- ]arms\s+fire|heavy\s+machine[- ]guns?",
        CLASH,
        "strong",
    ),
    (
        "grenade",
        # stun, flash, smoke and tear-gas grenades are crowd control, not explosives
        r"(?<!stun\s)(?<!stun-)(?<!flash\s)(?<!smoke\s)(?<!gas\s)(?<!gas-)"
        r"(?:hand\s+)?grenades?(?:\s+attacks?)?",
        GRENADE,
        "strong",
    ),
    (
        "missile attack",
        r"(?:ballistic\s+|cruise\s+)?missiles?(?:\s+(?:strikes?|attacks?))?|"
        r"rockets?(?:\s+(?:attacks?|fire))?|mortars?(?:\s+(?:rounds?|shells?|fire|attacks?))?|"
        r"artillery(?:\s+(?:fire|shells?|strikes?))?|howitzers?|tank\s+(?:fire|shells?)|"
        r"tanks\s+(?:fired|shelled|opened\s+fire)|"
        r"shell(?:ing|ed|s)?|bombard(?:ments?|ed|ing|s)?|pound(?:ed|ing)",
        SHELL,
        "strong",
    ),
    ("intercepted", r"intercepted|shot\s+down|downed(?!\s+tools)|defused", DISRUPT, "strong"),
    ("ambush", r"ambush(?:es|ed|ing)?", CLASH, "strong"),
    (
        "clash",
        r"(?<!diplomatic\s)(?<!verbal\s)clash(?:es|ed|ing)?(?!\s+of\s+civili[sz]ations)|"
        r"(?:fighting|fought|battl(?:es?|ed|ing))" + _NOT_METAPHOR + "|"
        r"fire-?fights?|gun\s*battles?|gun-?fights?|"
        r"shoot-?outs?|exchanges?\s+of\s+(?:gun)?fire|(?:exchanged|exchanging|traded|trading)\s+"
        r"(?:gun)?fire|skirmish(?:es|ed)?|"
        r"counter-?(?:attacks?|offensives?)|"
        r"(?:advanc(?:es?|ed|ing|ements?)|push(?:es|ed)?\s+into)"
        + _PLACE_AHEAD.replace("(?=", "(?=(?:\\s+(?:on|in|into|towards?|near|at))?"),
        CLASH,
        "strong",
    ),
    (
        "abduction",
        r"(?:took|taken|taking|held|holding)\s+(?:[\w-]+\s+){0,3}?hostages?|"
        # "were taken from their home", "dragged two men from their beds": people led away
        r"(?:took|taken|dragged|led|marched|seiz(?:ed|ing)|snatch(?:ed|ing)|grabb(?:ed|ing))\s+"
        r"(?:away\s+)?(?:[\w-]+\s+){0,4}?from\s+"
        r"(?:their|his|her)\s+(?:own\s+)?(?:homes?|houses?|beds|farms?|compounds?|huts?)|"
        r"(?:seiz(?:ed|es|ing)|snatch(?:ed|es|ing)|grabb(?:ed|ing)|carried\s+off|took\s+away|"
        r"cart(?:ed|ing)\s+(?:off|away)|whisk(?:ed|ing)\s+away|led\s+away|march(?:ed|ing)\s+off)"
        r"(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d+|a|an|two|three|four|five|"
        r"six|seven|eight|nine|ten|dozens|scores|hundreds|several|the)?\s*(?:of\s+)?"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:passengers|people|villagers|students|pupils|schoolchildren|schoolgirls|children|"
        r"women|girls|workers|worshipp?ers|farmers|civilians|travell?ers|residents|hostages|"
        r"motorists|aid\s+workers|foreigners|tourists|teachers?|principals?|headmasters?|"
        r"priests?|pastors?|imams?|monks?|nuns?|seminarians|chiefs?|engineers?|doctors?|nurses?|"
        r"journalists?|traders?|businessm[ae]n|officials?|man|woman|boys?|girl|herders?|"
        r"miners?|drivers?|"
        # an office does not make a captive a combatant: councillors, mayors, judges
        r"council+ors?|mayors?|lawmakers?|legislators?|MPs?|politicians?|candidates?|"
        r"judges?|magistrates?|lawyers?|activists?|rulers?|administrators?)\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:town|city|village|area|"
        r"district|region)))",
        ABDUCT,
        "strong",
    ),
    (
        "withdrawal",
        r"(?:withdr(?:ew|awn|aws|awing)|pull(?:ed|s|ing)\s+out|retreat(?:ed|s|ing))\s+from"
        + _PLACE_AHEAD
        + r"|hand(?:ed|s|ing)\s+(?:over(?:\s+control\s+of)?|control\s+of)"
        + _PLACE_AHEAD
        + _NO_GOODS,
        TRANSFER,
        "strong",
    ),
    (
        "base established",
        r"(?:set|sets|setting)\s+up\s+(?:(?:a|an|their|its|his|her)\s+)?(?:new\s+)?"
        r"(?:(?:military|forward|operating|permanent|rear)\s+)?(?:bases?|headquarters|outposts?|"
        r"training\s+camps?)(?!\s+for\b)|establish(?:ed|es|ing)\s+(?:(?:a|an|their|its)\s+)?"
        r"(?:new\s+)?(?:(?:military|forward|operating|permanent)\s+)?(?:bases?|headquarters|"
        r"outposts?|training\s+camps?)(?!\s+for\b)",
        HEADQUARTERS,
        "strong",
    ),
    (
        "recaptured",
        r"recaptur(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)|regain(?:s|ed)?(?:\s+control)?|"
        r"regaining\s+control|"
        r"liberat(?:es|ed)",
        REGAIN,
        "strong",
    ),
    (
        "seized",
        r"(?:(?:seiz(?:ed|es?)|captur(?:ed|es?)|overr?an|overruns?|overrunning|took|taken|"
        r"takes?|claim(?:ed|s)?|gain(?:ed|s)?|wrest(?:ed|s)?)\s+(?:full\s+)?control\s+of|"
        r"seiz(?:ed|es?)|captur(?:ed|es?)|overr?an|overruns?|overrunning|took|taken|"
        r"(?<!-)(?<!for\s)(?<!of\s)(?<!in\s)(?<!under\s)(?<!over\s)control(?:s|led)?"
        r"(?!\s+(?:areas?|territor(?:y|ies)|parts|regions?|zones?))|"
        r"enter(?:s|ed)?|swept\s+into|sweeps?\s+into)" + _PLACE_AHEAD + r"|fell\s+to",
        OVERTAKE,
        "strong",
    ),
    (
        "assassination",
        r"assassinat(?:e|es|ed|ion|ions|ing)|(?:shot|shoots?)\s+dead|gun(?:ned|s)?\s+down|"
        r"(?:shot|shoots?)\s+and\s+kill(?:ed|s)?|"
        r"(?:shot|hacked|beat|beaten|bludgeoned|stabbed|burn(?:ed|t)|clubbed|lynched)\s+to\s+death|"
        r"(?:beat|beating|hacked|stabbed|clubbed|stoned)\s+(?:[\w'’-]+\s+){1,4}?to\s+death|"
        r"burn(?:ed|t)\s+alive|"
        r"execut(?:e|es|ed|ing|ion|ions)(?!\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?"
        r"(?:plans?|orders?|operations?|strategy|mandate|deals?|agreements?|contracts?|projects?|"
        r"programmes?|programs?|budgets?|warrants?|decisions?|polic(?:y|ies)|tasks?|duties|"
        r"trades?|transactions?)\b)|massacre[sd]?|behead(?:s|ed|ing)?|"
        r"slaughter(?:s|ed|ing)?|crucif(?:y|ies|ied|ying|ixions?)|"
        r"stabbed|ston(?:ing|ed)\s+to\s+death|ston(?:ing|ed)"
        + _NOT_PROPERTY
        + "|lash(?:es|ed|ing)?"
        r"(?=\s+(?:a|an|the|\d+|two|three|four|five|several)\b)",
        ATTACK,
        "strong",
    ),
    (
        "abduction",
        r"abduct(?:s|ed|ion|ions|ing)?|kidnapp?(?:s|ed|ing|ings)?|(?:taken|held|took)\s+"
        r"(?:\w+\s+){0,3}?hostages?|forcibly\s+disappeared|enforced\s+disappearances?|"
        r"(?:taken|led|marched|whisked|carried|dragged)\s+away\s+by(?=\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:attackers|gunmen|kidnappers|abductors|assailants|militants|rebels|bandits|insurgents|"
        r"jihadists|fighters|armed\s+men|men)\b)",
        ABDUCT,
        "strong",
    ),
    (
        "sexual violence",
        r"(?:gang[- ])?raped|rapes?|sexual\s+(?:violence|assaults?|abuse|slavery)|"
        r"sexually\s+(?:assault(?:ed|ing)?|abus(?:ed|ing)|enslav(?:ed|ing))",
        SEXUAL,
        "strong",
    ),
    (
        "riot",
        r"riot(?:s|ed|ers|ing)?(?!\s+(?:police|policem[ae]n|gear|squads?|control|officers|units?|"
        r"shields?|helmets?|act\b))|violent\s+(?:protests?|demonstrations?)|"
        r"(?:protests?|demonstrations?|rall(?:y|ies)|marches)\s+(?:turn(?:ed|s)?|turning)\s+"
        r"(?:violent|deadly|ugly)|(?:turn(?:ed|s)?|turning)\s+(?:violent|ugly)|"
        r"(?:descended|degenerated)\s+into\s+(?:violence|clashes|chaos)|(?:pelt(?:ed|ing)?|hurl(?:ed|ing)?|thr(?:ew|owing))\s+"
        r"(?:[\w'’-]+,?\s+){0,5}?(?:stones|rocks|bricks|petrol\s+bombs|molotov\s+cocktails|"
        r"projectiles|fireworks|bottles|firebombs)|"
        # a crowd's thrown "missiles" (stones, bottles): no army throws or pelts a missile
        r"(?:pelt(?:ed|ing)?\s+with|thr(?:ew|owing|own))\s+(?:[\w'’-]+,?\s+){0,3}?missiles|"
        r"(?:stones|rocks|bricks|petrol\s+bombs|molotov\s+cocktails|fireworks)\s+"
        r"(?:were\s+)?(?:thrown|hurled)|"
        r"stone[- ]pelting|(?:stone|rock|petrol[- ]bomb)[- ]throwing\s+(?:protesters|"
        r"demonstrators|youths|crowds?)|burn(?:ed|t|ing)\s+(?:\w+\s+)?(?:tyres|tires|barricades)",
        RIOT,
        "strong",
    ),
    (
        "mob",
        r"mob\s+(?:attacks?|violence|justice)|lynch(?:es|ed|ing|ings)?|vigilante\s+(?:justice|"
        r"attacks?|killings?|violence|mobs?)|mobs?\b",
        MOB,
        "strong",
    ),
    (
        "protest",
        r"protest(?:s|ed|ers?|ing)?|demonstrat(?:e|es|ion|ions|ors?|ed|ing)|"
        r"rall(?:y|ies|ied|ying)|marchers|"
        r"sit-ins?|(?-i:march(?:es|ed|ing)?)"
        + _LED_AWAY
        + "|(?:Marche[sd]|Marching)"
        + _LED_AWAY
        + "|picket(?:s|ed|ing)?|"
        # "stepped up vigil", "a close vigil": watchfulness by the security forces, no gathering.
        r"(?<!up\s)(?<!close\s)(?<!strict\s)(?<!tight\s)(?<!heightened\s)(?<!intensified\s)"
        r"vigils?|(?:took|take|taking|takes)\s+to\s+the\s+streets|walk-?outs?|"
        # "fired tear gas to disperse supporters who had gathered": a gathering broken up;
        # protesters or rioters named in the object are cues of their own
        r"(?:fired|used|lobbed)\s+tear[- ]?gas\s+(?:[\w'’-]+\s+){0,5}?(?:on\s+\w+\s+)?to\s+"
        r"(?:disperse|scatter|break\s+up)(?!\s+(?:[\w'’-]+\s+){0,4}?(?:protesters|"
        r"demonstrators|rioters|marchers|protests?|demonstrations?|rall(?:y|ies)|riots?)\b)|"
        r"(?:residents|villagers|youths|students|workers|traders|drivers|farmers|supporters|"
        r"protesters|demonstrators)\s+(?:(?!said\b|says?\b|told\b|and\b)[\w'’-]+\s+){0,3}?"
        r"(?:blocked|barricaded)\s+(?:(?:the|a|several|main|key)\s+)?(?:[\w'’-]+\s+)?"
        r"(?:roads?|highways?|streets?|intersections?|bridges?|junctions?|interchanges?|routes?)\b|"
        r"(?:supporters|students|workers|angry\s+(?:crowds?|residents|youths))\s+"
        r"(?:(?:who|had|who\s+had)\s+)?(?:gathered|assembled|converged)"
        r"(?=\s+(?:outside|in\s+front\s+of|at|near|on|in)\b)|"
        r"self-immolat(?:ed|ion|ions|ing)|(?:set|sets|setting)\s+(?:himself|herself|themselves)\s+"
        r"(?:on\s+fire|alight|ablaze)|"
        r"(?:general|hunger|labou?r|nationwide|workers['’]?)\s+strikes?|"
        r"(?:doctors|nurses|teachers|drivers|miners|traders|lawyers|dockers|transporters|"
        r"truckers)['’]?\s+strikes?|"
        r"(?:went|go|going|are|were|is|was)\s+on\s+strike|strikers",
        PROTEST,
        "strong",
    ),
    (
        "arrests",
        # "an arrest warrant" is a document: serving or issuing one arrests nobody yet.
        r"arrest(?!\s+warrants?\b)(?:s|ed|ing)?|detain(?:ed|s|ing)?|detentions|detention\s+of|"
        r"rounded\s+up|"
        r"taken\s+into\s+custody|apprehended",
        ARREST,
        "strong",
    ),
    (
        "looting",
        r"loot(?:s|ed|ing)?|torch(?:es|ed|ing)|(?:torch|burns?)(?=\s+(?:the\s+|a\s+|an\s+|\d+\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:homes?|houses?|huts?|cars?|vehicles?|buses|buildings?|shops?|"
        r"villages?|offices?|stations?|posts?|church(?:es)?|mosques?|schools?|markets?)\b)|arson(?:\s+attacks?)?|(?:set|sets|setting)\s+(?:\w+\s+){0,3}?"
        r"(?:ablaze|alight|on\s+fire)|(?:set|sets|setting)\s+fire\s+to|burn(?:ed|t)\s+down|"
        r"burn(?:ed|t)\s+(?:(?:a|an|the|two|three|four|five|several|\d+|dozens\s+of)\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:homes?|houses?|huts?|shops?|cars?|vehicles?|buildings?|offices?|"
        r"posts?|stations?|church(?:es)?|mosques?|schools?|villages?|markets?|tents?)\b|"
        r"ransack(?:s|ed|ing)?|plunder(?:s|ed|ing)?|pillag(?:e|es|ed|ing)|"
        r"vandali[sz](?:e|es|ed|ing)|broke\s+into|razed|bulldoz(?:ed|ing)|"
        r"demolish(?:ed|ing|es)?|(?:blew|blow|blowing|blows)\s+up\s+"
        r"(?:(?!(?:outside|near|at|in|inside|beside|by|behind|close)\b)\w+\s+){0,2}"
        r"(?:houses?|homes?|buildings?|bridges?|shops?|schools?|mosques?|church(?:es)?)",
        LOOT,
        "strong",
    ),
    ("raid", r"raid(?:s|ed|ing)?|storm(?:ed|ing|s)?|burst\s+into", CLASH, "strong"),
    (
        "strike",
        r"struck|bombed|bombing|bombings|strikes|(?<!general\s)(?<!hunger\s)strike|"
        r"bombs?(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        AIR,
        "strong",
    ),
    (
        "attack",
        r"attack(?:s|ed|ing)?|assault(?:s|ed)?(?!\s+rifles?)|target(?:s|ed|ing)?|open(?:ed|ing|s)?\s+fire|"
        r"fir(?:ed|ing)\s+(?:on|at|into)|came\s+under\s+(?:attack|fire)|rampag(?:e|ed|ing)|"
        r"incursions?|sniper\s+fire|snipers?|tortur(?:ed|ing)|"
        r"shot(?:\s+at)?|shooting|gunfire|beat(?:s|ing|en)?\s+up|beaten(?=\s+(?:by|with)\b)|"
        r"beat(?:ing)?(?=\s+(?:(?:a|an|the|two|three|four|five|six|\d+|several|dozens\s+of)\s+)?"
        r"(?:[\w-]+\s+)?(?:people|men|women|students|journalists|reporters|activists|protesters|"
        r"demonstrators|worshipp?ers|villagers|residents|farmers|traders|boys|girls|teachers|"
        r"officers|policem[ae]n|suspects?|man|woman|boy|girl)\b)",
        CLASH,
        "weak",
    ),
    (
        "breach",
        r"breach(?:es|ed)?|violations?|violated",
        CLASH,
        "weak",
    ),
    (
        "killed",
        r"killed|killings?|kills?|died|dead|deaths?|casualt(?:y|ies)|wounded|injured|losses|"
        r"fatalities|martyr(?:s|ed|dom)|claim(?:s|ed|ing)?\s+(?:the\s+)?(?:lives?|life)|"
        r"(?:bod(?:y|ies)|corpses?)(?=\s+(?:of|were|was|found))|found\s+(?:dead|killed)|"
        + _EUPHEMISM,
        CLASH,
        "weak",
    ),
)

PATTERN = re.compile(
    r"\b(?=\w)(?:"
    + "|".join(f"(?P<c{i}>(?:{pat})\\b)" for i, (_, pat, _, _) in enumerate(CUES))
    + ")",
    re.I,
)
"""Every cue; the word boundary is tested once per position, before the alternatives."""
