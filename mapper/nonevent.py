"""Place names in a sentence that say who speaks or what a building is called, not where.

A report's events happen somewhere, but its sentences also name places for other
reasons. Two kinds are recognised here:

* the seat of a speaker: "the defence ministry in Ankara said", "officials in Kyiv
  told", "a survivor told reporters from a hospital in Jos", "speaking from Goma": the
  place is where the statement comes from;
* the object of a grievance: "marched in Kinshasa to denounce the fighting in Goma",
  "rallied against the killings in Kasai", "chanting against the authorities in Tripoli":
  the place of what (or whom) is protested, not of the protest;
* a country acting or speaking: "US strikes militia", "Israel raids Jenin", "The US
  said its jets struck ...": the subject of the verb is an actor;
* a natural feature's name: "along the Barak river", "in the Nuba mountains", "across
  the Kakhovka reservoir": a town of the same name is another place;
* part of an armed group's name: "the Sinai Province group", "the Tillaberi brigade";
* a border: "near the Nigerian border", "along the border with Chad": a line the event
  is near, which the gazetteer can only place at a country's centre, often the
  neighbour's;
* a reference point: "a village south of Hebron", "Sirwah district, west of the city of
  Marib", "30 km north-west of Mogadishu": the place the event is measured from, which
  the gazetteer would otherwise take for the event's place when the nearer name is one
  it lacks;
* a road's end: "on the road between Maiduguri and Damboa ... near Damboa": the towns a
  road joins, when the sentence goes on to say where on it the event was;
* the name of a landmark: "the Miraflores presidential palace in Caracas", "Begum Rokeya
  University": the name belongs to a building, which lies in the town the text places it
  in, not in a namesake town.
"""

from __future__ import annotations

import re

from .lexicon import SPEECH_VERBS

__all__ = [
    "acting_country",
    "border",
    "grievance_object",
    "group_name",
    "landmark",
    "landmark_name",
    "measured_from",
    "natural_feature",
    "protested_body",
    "road_end",
    "sea_coast",
    "speaker_seat",
    "water_body",
]

_SPEECH_WORDS = "|".join(sorted(SPEECH_VERBS | {"reported", "confirmed", "denied"}))
_SPEECH = "(?:" + _SPEECH_WORDS + ")"
_SEAT_BEFORE = re.compile(
    r"\b(?:ministry|ministries|embassy|embassies|headquarters|command|presidency|"
    r"spokesm[ae]n|spokesperson|spokeswoman|representatives?|envoys?|offices?|bureau|"
    r"delegation|mission|correspondents?|coordinator|director|chief)"
    r"\s+(?:based\s+)?in\s+(?:the\s+)?$",
    re.I,
)
"""A body or person that speaks, then its seat: "the defence ministry in "."""
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:officers?|officials?|governors?|mayors?|commissioners?|superintendents?|"
    r"administrators?|authorities|sources|diplomats?|analysts?|commanders?|police)"
    r"\s+(?:based\s+)?in\s+(?:the\s+)?$",
    re.I,
)
"""People who may also be an attack's victims, then their seat: "a police officer in ".
They speak from there only when the speech verb follows at once ("a police officer in
Raipur said"); "killed two officials in Kandahar, said police" names the victims' town."""
_SPEECH_NEXT = re.compile(r"\s+(?:(?:had|has|have)\s+)?" + _SPEECH + r"\b", re.I)
_SPEECH_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:(?:on|late|early|this|last)\s+\w+\s+|had\s+|has\s+|have\s+)?"
    + _SPEECH
    + r"\b",
    re.I,
)
_SPOKEN_FROM = re.compile(
    r"\b(?:" + _SPEECH + r"|speaking|talking)\b[^.;:!?\"\u201c\u201d]{0,40}?\bfrom\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:in|at|near)\s+(?:the\s+)?)?$",
    re.I,
)
"""A speaker's whereabouts: "told reporters from a hospital in ", "speaking from "."""
_LANDMARKS = (
    r"(?:palace|university|college|campus|school|academy|stadium|mosque|church|"
    r"cathedral|temple|shrine|hospital|clinic|prison|jail|hotel|embassy|consulate|"
    r"parliament|museum|square|bridge|market|mall|barracks|monument|statue)"
)
_LANDMARK_AFTER = re.compile(
    r"^(?:\s+(?:presidential|royal|national|state|central|main|old|new|grand|federal|"
    r"military|general|teaching|high|district|regional|city))?\s+"
    + _LANDMARKS
    + r"\s+(?:in|of|at|near)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
_LANDMARK_LAST = re.compile(r"\s" + _LANDMARKS + r"$", re.I)


def speaker_seat(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the place at ``text[start:end]`` is where a statement comes from.

    Parameters
    ----------
    text : str
        The whole document.
    sentence_start : int
        Where the place's sentence starts; nothing before it is read.
    start, end : int
        The place's span (without relative words such as "near").

    Returns
    -------
    bool
        True for "the interior ministry in Kabul said", "officials in Kyiv told AFP",
        "a survivor told reporters from a hospital in Jos".

    Examples
    --------
    >>> speaker_seat("Jets hit X, the defence ministry in Ankara said.", 0, 36, 42)
    True
    >>> speaker_seat("A car bomb hit the interior ministry in Kabul.", 0, 40, 45)
    False
    """
    before = text[max(sentence_start, start - 80) : start]
    if before.endswith(("in ", "in the ")) and _SEAT_BEFORE.search(before):
        if _SPEECH_AFTER.match(text, end):
            return True
    if before.endswith(("in ", "in the ")) and _OFFICIAL_BEFORE.search(before):
        if _SPEECH_NEXT.match(text, end):
            return True
    return "from " in before and _SPOKEN_FROM.search(before) is not None


def landmark(text: str, end: int) -> bool:
    """True when the place name ending at *end* names a building the text puts in a town.

    "the Miraflores presidential palace in Caracas": the name is the palace's, and the
    town named after it is where the palace is. Without such a town the name stays a
    place ("the Maiduguri market" is Maiduguri's market).
    """
    return _LANDMARK_AFTER.match(text[end : end + 60]) is not None


def landmark_name(name: str) -> bool:
    """True when a capitalised name ends in a landmark noun ("Begum Rokeya University",
    "Central Prison"): a building's name, not a place the gazetteer could hold."""
    return _LANDMARK_LAST.search(name) is not None


_BORDER = re.compile(r"\b(?:borders?|frontier|boundary)\b", re.I)
_BORDER_AFTER = re.compile(r"(?:\s*-\s*[A-Z][\w-]*)?\s+(?:borders?|frontier|boundary)\b")


_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.I)


def border(text: str, name: str, end: int) -> bool:
    """True when a place names a border ("the Nigerian border", "the Syria-Turkey
    border", "the border with Chad"): a reference line, not where an event happened."""
    start = end - len(name)
    return (
        _BORDER.search(name) is not None
        or _BORDER_AFTER.match(text, end) is not None
        or _BORDER_BEFORE.search(text, max(0, start - 30), start) is not None
    )


_GRIEVED = re.compile(
    r"(?:\b(?:denounc\w*|condemn\w*|decr(?:y|ied|ying|ies)|mourn\w*|in\s+solidarity\s+with|"
    r"justice\s+for)\b[^,;.:!?]{0,60}?"
    r"|\b(?:against|over|about)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:killings?|attacks?|war|bombings?|fighting|shelling|massacres?|siege|arrests?|"
    r"detentions?|deaths?|violence|offensive|raids?|abductions?|kidnappings?)\s+"
    r"(?:of\s+(?:[\w'\u2019-]+\s+){1,4})?)"
    r"\b(?:in|at|on|near|of)\s+(?:the\s+)?$",
    re.I,
)


def grievance_object(between: str) -> bool:
    """True when the text between an event cue and a place puts the place in what the
    event protests: "marched ... to denounce the fighting in ", "rallied against the
    killing of two students in ". The protest is not there."""
    return _GRIEVED.search(between) is not None


_PROTESTED_BODY = re.compile(
    r"\b(?:against|denounc\w*|condemn\w*|criticis\w*|criticiz\w*|at)\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:authorities|government|rulers|leadership|administration|"
    r"officials|council|parliament|ministry|presidency|leaders)\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)


def protested_body(between: str) -> bool:
    """True when the text between a protest cue and a place puts the place in the seat
    of whom the crowd protests against: "chanting slogans against the authorities in ",
    "denouncing the government in ". The crowd is elsewhere; a clash "against government
    forces in" a town is not matched (the caller asks only for protests and riots)."""
    return _PROTESTED_BODY.search(between) is not None


_GROUP_AFTER = re.compile(
    r"(?:\s+(?:armed|rebel|militant|jihadist|insurgent|splinter|local|regional))?\s+"
    r"(?:group|faction|affiliate|branch|wing|brigades?|battalions?|movement|franchise|cell)\b"
)


def group_name(text: str, end: int) -> bool:
    """True when the place name ending at *end* is part of an armed group's name ("the
    Sinai Province group", "its Kivu branch"): an actor, not where it acted."""
    return _GROUP_AFTER.match(text, end) is not None


_ACTS = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:strikes|struck|raids|raided|pounds|pounded|hits|hit|attacks|"
    r"attacked|bombs|bombed|shells|shelled|kills|killed|launches|launched|targets|targeted|"
    r"seizes|seized|downs|downed|intercepts|intercepted|vows|warns|warned|accuses|accused|"
    r"denies|" + _SPEECH_WORDS + r")\b(?!\s+(?:by|in|at)\b)",
    re.I,
)
_SUBJECT_START = re.compile(r"\s*(?:the\s+)?$", re.I)


def acting_country(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the country at ``text[start:end]`` opens its sentence as the subject
    of an act or a statement ("US strikes militia", "The US said its jets struck ...",
    "Israel raids Jenin", "Moscow pounds Kharkiv"): the country is who acts, not where.

    The caller checks that the place is a country or its capital; "Car bomb in Syria
    kills five" has words before the country, and "Kyiv hit by missiles" is passive:
    neither is matched.
    """
    return _SUBJECT_START.fullmatch(text, sentence_start, start) is not None and (
        _ACTS.match(text, end) is not None
    )


_FEATURE_AFTER = re.compile(r"\s+(?:river|mountains|hills|forest|lake|desert)\b")


_WATER_AFTER = re.compile(r"\s+(?:reservoir|river|lake|canal|lagoon|estuary)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "across the Dnipro River": the geoparser took the capitalised noun into the name.
_WATER_IN_NAME = re.compile(r"\s(?:Reservoir|River|Lake|Canal|Lagoon|Estuary)$")


def water_body(text: str, start: int, end: int) -> bool:
    """True for a name between "the" and a lower-case water noun ("across the Kakhovka
    reservoir", "along the Kabul river"): the water is named, not the town it is named
    after, in whatever country the town lies.

    Examples
    --------
    >>> s = "Boats crossed the Kakhovka reservoir at night."
    >>> water_body(s, s.index("Kakhovka"), s.index("Kakhovka") + 8)
    True
    >>> s = "Shells hit Kakhovka river port."
    >>> water_body(s, s.index("Kakhovka"), s.index("Kakhovka") + 8)
    False
    >>> s = "Troops shelled the city from across the Dnipro River."
    >>> water_body(s, s.index("Dnipro"), s.index("Dnipro") + 12)
    True
    """
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None and (
        _WATER_AFTER.match(text, end) is not None
        or _WATER_IN_NAME.search(text, start, end) is not None
    )


def natural_feature(text: str, end: int) -> bool:
    """True when a lower-case natural feature noun follows the name ending at *end*
    ("the Barak river", "the Nuba mountains"): the name is the feature's."""
    return _FEATURE_AFTER.match(text, end) is not None


_MEASURED_FROM = re.compile(
    r"\b[A-Z][a-z\u00e0-\u024f'\u2019-][\w'\u2019-]*(?:\s+(?:village|town|district|township|county|camp|area|port))?"
    r"\s*,\s+(?:(?:about|some|around|roughly|nearly|just|less\s+than|more\s+than)\s+)?"
    r"(?:(?:[\d.,]+|a\s+few)\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district|province|provincial\s+capital|regional\s+capital|"
    r"capital)\s+of\s+)?$"
)


_ACROSS_FROM = re.compile(
    r"\bacross\s+(?:the\s+(?:river|strait|bay|lake|water|creek)\s+)?"
    r"from\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:'s|\u2019s)\s+)?"
    r"(?:(?:town|city|village|port)\s+of\s+)?$"
)


def measured_from(before: str) -> bool:
    """True when the words *before* a place make it a point another named place is
    measured from: "At-Tuwani in Masafer Yatta, south of Hebron", "Sirwah district, west of
    the city of Marib", "Kilo, 30 km north-west of Bunia". The event is at the named
    place before the comma, which the gazetteer may lack; the reference point is no
    event place.

    A town facing the event's place across a river or border ("Sungai Kolok, across the
    river from Malaysia's Rantau Panjang", "the border town across from Ciudad Juarez")
    is the same kind of reference point. "Across the border from" is left alone: it
    mostly tells where fighters came from.

    A direction after an event or an unnamed place ("fighting north of Kharkiv",
    "attacked a village south of Hebron") is not matched: the area around the town is
    then the best place the text gives.
    """
    tail = before[-100:]
    return _MEASURED_FROM.search(tail) is not None or _ACROSS_FROM.search(tail) is not None


_SEA_NAME = re.compile(r"\b(?:Sea|Ocean|Gulf)$")
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|shore|seaboard)\b", re.I)


def sea_coast(name: str, text: str, end: int) -> bool:
    """True when a sea's name is followed by "coast" ("on Yemen's Red Sea coast", "the
    Caspian Sea shore"): the sea names a stretch of shore, not a town or a region of the
    gazetteer that shares its name (Sudan's Red Sea state)."""
    return _SEA_NAME.search(name) is not None and _COAST_AFTER.match(text, end) is not None


_ROAD_BEFORE = re.compile(
    r"\b(?:roads?|highways?|routes?|motorway|expressway|railway|rail\s+line|corridor|"
    r"stretch)\s+(?:(?:that\s+)?(?:linking|links|connecting|connects|joining|joins)\s+|"
    r"between\s+|from\s+)(?:the\s+)?(?:(?:town|city)\s+of\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,2}?(?:(?:and|to|with)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?)?$"
)
_ROAD_AFTER = re.compile(
    r"[^.;!?]{0,200}?\b(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+"
    r"(?:the\s+)?(?:(?:village|town|hamlet|area)\s+(?:of\s+)?)?(?-i:[A-Z])",
    re.I,
)
_ROAD_JOINED = re.compile(
    r"(?:\s*[-\u2013]\s*[A-Z][\w'\u2019-]*)?\s+(?:road|highway|route|expressway|motorway)\b"
)


def road_end(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the place at *start*:*end* is an end of a road ("the road between X
    and Y", "the highway linking X to Y", "the X-Y road") and the sentence goes on to
    say where on the road the event was ("... near Z", "... outside Z"): the towns the
    road joins are then reference points, and the event's place is the one named after.

    Without such a place ("a bomb hit a bus on the road between X and Y") the road's
    ends are the best the text gives, and are left alone.

    Examples
    --------
    >>> s = "A mine on the road between Gao and Ansongo hit a truck near Fafa."
    >>> road_end(s, 0, s.index("Gao"), s.index("Gao") + 3)
    True
    >>> s = "A mine on the road between Gao and Ansongo hit a truck."
    >>> road_end(s, 0, s.index("Gao"), s.index("Gao") + 3)
    False
    """
    before = text[max(sentence_start, start - 80) : start]
    if _ROAD_BEFORE.search(before) is None and _ROAD_JOINED.match(text, end) is None:
        return False
    return _ROAD_AFTER.match(text, end) is not None
