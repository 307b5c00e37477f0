"""Actors in news text: state forces, named armed groups, unidentified attackers, victims.

Names follow ACLED's style ("Military Forces of Iraq", "Islamic State", "Unidentified
Armed Group", "Civilians (Iraq)"). State forces by country are generated from the demonyms
and country abbreviations of :mod:`mapper.lexicon` and from country names, crossed with
force nouns ("US forces", "Turkish Army", "Nigeria's military"); communal militias from
communities crossed with the nouns reports use for their armed men ("Fulani herdsmen" is
the "Fulani Ethnic Militia", a Somali clan's the "Hawiye Clan Militia"); military units
by number or name ("444 Brigade", "Ukraine's 47th Brigade") by pattern. Named groups,
gangs, generic perpetrators and victims come from the bundled ``mapper/data/actors.csv``.
An affiliation adjective names no second actor ("the al-Qaeda-linked JNIM" is JNIM).
Words that name forces without a country ("police", "regime forces", "federal troops")
give an actor with ``country_code`` None: the country is for the caller to read from
context.

Matching is one pass over the words of a text with a dictionary of normalised word
sequences; at each word the longest alias wins. Case rules: an alias word written in
capitals of up to three letters ("IS", "US", "PMF") matches only in capitals, one in
mixed case ("LeT", "JeM") only as written; other capitalised alias words need a capital
first letter in the text ("Hezbollah", "HEZBOLLAH", not "hezbollah"); lower-case alias
words ("militants") match in any case. A lone capitals acronym of up to three letters
between two capitals words is not matched: in a shouted headline ("ISRAEL IS READY") it
is more often a word than a name, at the price of missing "IS CLAIMS ATTACK".
Apostrophes, dots and diacritics are ignored ("Kata'ib" = "Kataib", "U.S." = "US") and
hyphens separate words ("al-Qaeda" = "al Qaeda"); an alias starting with "al" also
matches without it ("Shabaab").
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources
from os import PathLike
from pathlib import Path

import pycountry

from .errors import InputError, PathError
from .lexicon import ABBREVIATIONS, DEMONYMS
from .textfold import on_folded

# countries_named and names_country are helpers of the package's other modules (roles),
# not part of the package's API.
__all__ = ["ACTOR_KINDS", "Actor", "ActorLexicon", "ActorMention"]

ACTOR_KINDS = frozenset(
    {
        "state",
        "rebel",
        "militia",
        "identity",
        "political",
        "civilians",
        "protesters",
        "rioters",
        "unidentified",
        "external",
        "other",
    }
)
"""The kinds an actor may have (ACLED's actor types, plus "unidentified")."""

# Force nouns after a demonym or country abbreviation, by the ACLED name's prefix.
# fmt: off
_MILITARY_NOUNS = (
    "forces", "troops", "army", "military", "soldiers", "jets", "warplanes", "fighter jets",
    "aircraft", "drones", "drone", "navy", "air force", "artillery", "special forces",
    "security forces", "armed forces", "government forces", "government troops",
    "warships", "tanks", "marines", "helicopters", "military aircraft", "army troops",
    "defence forces", "defense forces", "regime forces", "strike", "strikes",
    "airstrike", "airstrikes", "air strikes", "ground forces", "shelling", "helicopter",
    "warplane", "jet", "soldier", "troop", "missile", "missiles", "cruise missiles",
    "ballistic missiles", "glide bomb", "glide bombs", "artillery fire", "mortar fire",
    "bombardment", "shells", "task force", "joint task force",
)
# fmt: on
# Force nouns after a country's name ("Sudan's army"); not "strikes" or "shelling",
# which after a country's name often say where ("Syria strikes"), not whose.
_FORCE_NOUNS = (
    "forces",
    "troops",
    "army",
    "military",
    "soldiers",
    "security forces",
    "armed forces",
    "air force",
    "navy",
    "warplanes",
    "fighter jets",
    "special forces",
    "defence forces",
    "defense forces",
    "government forces",
    "government troops",
)  # fmt: skip
_POLICE_NOUNS = (
    "police", "policemen", "police officers", "police forces", "riot police",
    "counter-terrorism police", "counterterrorism police", "anti-terrorism police",
    "national police", "police service", "national police service", "police force",
)  # fmt: skip
_PEOPLE_NOUNS = {
    "civilians": ("Civilians", "civilians"),
    "civilian": ("Civilians", "civilians"),
    "protesters": ("Protesters", "protesters"),
    "protestors": ("Protesters", "protesters"),
    "demonstrators": ("Protesters", "protesters"),
}
# Communities whose armed men ACLED codes as "<Community> Ethnic Militia" ("<Clan> Clan
# Militia" for the clans in _CLANS), with the country added where they fight: ethnic,
# clan and pastoralist groups named in reports of communal violence (facts, not
# stereotypes: the name is only used where the text itself names the group as armed).
# fmt: off
_COMMUNITIES = (
    "Fulani", "Peul", "Dinka", "Nuer", "Lou Nuer", "Murle", "Shilluk", "Misseriya",
    "Rizeigat", "Masalit", "Zaghawa", "Hema", "Lendu", "Tiv", "Berom", "Jukun", "Tuareg",
    "Dogon", "Bambara", "Mossi", "Amhara", "Oromo", "Gumuz", "Afar", "Hawiye", "Darod",
    "Marehan", "Pokot", "Turkana", "Borana", "Gabra", "Degodia", "Garre", "Toubou",
    "Kuki", "Meitei", "Naga", "Banyamulenge", "Bafuliiru", "Twa", "Luba", "Teke", "Yaka",
    "Baggara", "Fur", "Hausa", "Bororo", "Arab",
)
_CLANS = frozenset({"Hawiye", "Darod", "Marehan", "Degodia", "Garre"})
_COMMUNITY_NOUNS = (
    "militia", "militias", "militiamen", "militia members", "fighters", "gunmen", "youths",
    "youth", "herders", "herdsmen", "raiders", "tribesmen", "clansmen", "armed men",
    "ethnic militia", "ethnic militiamen", "community militia", "self-defence group",
    "self-defense group", "vigilantes", "clan militia", "clan militiamen", "clan fighters",
    "tribal militia", "tribal fighters",
)
# fmt: on
# ACLED's short country names where ISO's differ.
_COUNTRY_NAMES = {
    "RU": "Russia",
    "TR": "Turkey",
    "CD": "Democratic Republic of Congo",
    "PS": "Palestine",
    "GB": "the United Kingdom",
    "US": "the United States",
    "AE": "the United Arab Emirates",
    "KR": "South Korea",
    "KP": "North Korea",
    "PH": "the Philippines",
    "NL": "the Netherlands",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
}

# Nouns after an armed group's name that still name the group ("IS militants").
# fmt: off
_MEMBER_NOUNS = (
    "militants", "fighters", "members", "gunmen", "jihadists", "insurgents", "rebels",
    "forces", "militia", "militias", "militiamen", "operatives", "group", "movement",
    "troops", "soldiers", "combatants", "cadres", "elements", "cells", "units", "gang",
    "gangs", "gangsters", "guerrillas", "guerrilla", "faction", "armed group", "rebel group",
    "militant group", "insurgent group", "jihadist group", "armed faction", "guerrilla group",
)
# fmt: on
_GROUP_KINDS = frozenset({"rebel", "militia", "identity", "political", "external"})

# A named or numbered unit: "444 Brigade", "5th Battalion", "Tariq Ben Ziyad Brigade",
# with an owner before it ("Ukrainian", "Ukraine's", "the army's") or after it ("of the
# Nigerian Army").
_UNIT_WORDS = re.compile(r"Brigade|Battalion|Regiment|Division")
# An ordinal unit of an arm of service ("the 20th Infantry Battalion", "3rd Marine
# Division", "the 47th Mechanised Brigade") is regular-army nomenclature: the state's
# forces, as ACLED codes units, even when the report names no country. A bare number or
# a name ("the 444 Brigade", "the Halbous Brigade") may be a militia's and stays its own.
_REGULAR_UNIT = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)\s+(?:(?:Light|Motori[sz]ed|Special)\s+)?(?:Infantry|"
    r"Mechani[sz]ed|Armou?red|Artillery|Marine|Airborne|Air\s+Assault|Mountain|Commando|"
    r"Ranger|Cavalry|Tank|Rifles?|Engineer|Combat\s+Engineer|Paratroop(?:er)?|Forces)\s+"
    r"(?:Brigade|Battalion|Regiment|Division)s?"
)
_UNIT_WORD = r"(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][\w'’-]*"
_UNIT = re.compile(
    rf"(?:\b(?P<owner>{_UNIT_WORD}(?:['’]s)?|army['’]s|military['’]s)\s+)?"
    rf"(?P<name>(?:\b\d{{1,4}}(?:st|nd|rd|th)?\s+(?:{_UNIT_WORD}\s+){{0,3}}"
    rf"|\b(?:{_UNIT_WORD}\s+){{1,4}})(?:Brigade|Battalion|Regiment|Division)s?)\b"
    rf"(?:\s+of\s+the\s+(?P<of>{_UNIT_WORD})\s+(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces))?"
)

_TOKEN = re.compile(r"(?:[^\W_]\.){2,}|[^\W_]+(?:['’ʼʿ`][^\W_]+)*")
_DROP = str.maketrans("", "", "'’ʼʿ`.")
_POSSESSIVE = re.compile(r"(?<=[^\W_])['’ʼ][sS]$")


def _base(word: str) -> str:
    """The word without a possessive 's: "Hama's" is Hama, never Hamas."""
    m = _POSSESSIVE.search(word)
    return word[: m.start()] if m else word


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to an event.

    Attributes
    ----------
    name : str
        Canonical, ACLED style: "Military Forces of the United States", "Islamic State".
    kind : str
        One of :data:`ACTOR_KINDS`. "unidentified" covers unnamed armed groups
        ("gunmen") and aircraft of no stated country ("Unidentified Military Forces").
    country_code : str or None
        ISO 3166-1 alpha-2 code of the actor's country, when it has one. A "state" actor
        without one ("Military Forces", "Police Forces") takes its country from context.
    associated : str or None
        A narrower group within the actor, as ACLED's associated actor ("Journalists"
        within "Civilians", "Islamic Revolutionary Guard Corps" within Iran's forces).
    """

    name: str
    kind: str
    country_code: str | None
    associated: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Where a text names an actor."""

    start: int
    end: int
    text: str
    actor: Actor


def _fold(word: str) -> str:
    if word.isascii():
        return word.translate(_DROP).lower()
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_DROP).casefold()


def _shouted(words: list[str], i: int) -> bool:
    """A short capitals word between two other capitals words: a shouted headline."""
    word = words[i]
    if len(word) > 3 or not word.isupper():
        return False
    near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
    return len(near) > 0 and all(len(w) >= 2 and w.isupper() for w in near)


@functools.lru_cache(maxsize=4096)
def _case_rule(word: str) -> int | str:
    """0: any case; 1: capital first letter; 2: all capitals; a string: exactly that."""
    letters = word.translate(_DROP)
    if len(letters) >= 2 and letters.isupper():
        return 2 if len(letters) <= 3 else 1
    if any(c.isupper() for c in letters[1:]):
        return letters  # mixed-case acronyms ("LeT", "JeM") are spelt exactly
    return 1 if word[:1].isupper() else 0


def _fits(rule: int | str, word: str) -> bool:
    if rule == 0:
        return True
    if rule == 1:
        return word[:1].isupper()
    if rule == 2:
        return word.translate(_DROP).isupper()
    return word.translate(_DROP) == rule


def _country_name(code: str) -> str:
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0]


def _generated() -> list[tuple[str, Actor]]:
    """State forces, civilians and protesters by demonym, abbreviation or side."""
    entries: list[tuple[str, Actor]] = []
    # Forces named by their side but not their country: "regime artillery".
    unnamed = Actor("Military Forces", "state", None)
    for side in ("regime", "government", "pro-government", "army", "military", "federal", "junta"):
        entries += [(f"{side} {noun}", unnamed) for noun in _MILITARY_NOUNS]
    for community in _COMMUNITIES:
        kind = "Clan" if community in _CLANS else "Ethnic"
        militia = Actor(f"{community} {kind} Militia", "identity", None)
        entries += [(f"{community} {noun}", militia) for noun in _COMMUNITY_NOUNS]
    adjectives = [(word.title(), code) for word, code in {**_MORE_DEMONYMS, **DEMONYMS}.items()]
    adjectives += list(ABBREVIATIONS.items())
    for adjective, code in adjectives:
        country = _country_name(code)
        military = Actor(f"Military Forces of {country}", "state", code)
        police = Actor(f"Police Forces of {country}", "state", code)
        entries += [(f"{adjective} {noun}", military) for noun in _MILITARY_NOUNS]
        entries += [(f"{adjective} {noun}", police) for noun in _POLICE_NOUNS]
        for noun, (name, kind) in _PEOPLE_NOUNS.items():
            entries.append((f"{adjective} {noun}", Actor(f"{name} ({country})", kind, code)))
    # A country's own name before a force noun: "Nigeria's military", "Sudan army".
    for country in pycountry.countries:
        code = country.alpha_2
        acled = _country_name(code)
        military = Actor(f"Military Forces of {acled}", "state", code)
        police = Actor(f"Police Forces of {acled}", "state", code)
        names = {_country_name(code).removeprefix("the "), _short_name(country)}
        names = (names | set(_OTHER_NAMES.get(code, ()))) - {_NOT_ITS_NAME.get(code)}
        for name in names:
            if "(" in name or not name[:1].isupper():
                continue
            entries += [(f"{name} {noun}", military) for noun in _FORCE_NOUNS]
            entries += [(f"{name} {noun}", police) for noun in _POLICE_NOUNS]
    return entries


# Demonyms the place lexicon lacks, used here only before force nouns ("Central African
# armed forces", "Ivorian soldiers"), where they cannot name a region instead.
_MORE_DEMONYMS = {
    "central african": "CF", "ivorian": "CI", "beninese": "BJ", "togolese": "TG",
    "mauritanian": "MR", "guinean": "GN", "burundian": "BI", "philippine": "PH",
    "kyrgyz": "KG", "bissau-guinean": "GW", "equatoguinean": "GQ", "burkinabè": "BF",
    # a demonym holding a shorter country's demonym, matched whole before the shorter
    # one ("Papua New Guinean police" are not Guinea's); "Dominican" is the Dominican
    # Republic's in conflict news (Dominica, with no army, is named in full)
    "papua new guinean": "PG", "equatorial guinean": "GQ", "northern irish": "GB",
    "dominican": "DO",
}  # fmt: skip
# Names news uses for a country besides ISO's and ACLED's; "Congo" alone is the DRC in
# conflict reporting, the Republic of Congo being named in full.
_OTHER_NAMES = {
    "CD": ("DRC", "DR Congo", "Congo"),
    "CG": ("Congo-Brazzaville",),
    "GB": ("Northern Ireland",),
}
_NOT_ITS_NAME = {"CG": "Congo"}


@functools.cache
def _names_by_code() -> dict[str, frozenset[str]]:
    """Every name the lexicon knows each country by: ISO's, ACLED's and news usage."""
    out = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {_short_name(country), _country_name(code).removeprefix("the ")}
        names |= set(_OTHER_NAMES.get(code, ()))
        names -= {_NOT_ITS_NAME.get(code)}
        out[code] = frozenset(n for n in names if n)
    return out


@functools.cache
def _all_country_names() -> frozenset[str]:
    return frozenset(itertools.chain.from_iterable(_names_by_code().values()))


def countries_named(text: str) -> set[str]:
    """The codes of the countries *text* names by name ("Haiti", "DR Congo"), each
    only where no longer country's name holds it.

    >>> sorted(countries_named("Clashes in South Sudan spilled into Sudan."))
    ['SD', 'SS']
    """
    return {
        code
        for code, names in _names_by_code().items()
        if any(n in text and names_country(text, n) for n in names)
    }


@functools.lru_cache(maxsize=512)
def _name_pattern(name: str) -> re.Pattern[str]:
    """*name* as whole words, outside any longer country name that holds it
    ("Sudan" not inside "South Sudan", "Guinea" not inside "Papua New Guinea")."""
    word = re.compile(rf"\b{re.escape(name)}\b", re.I)
    longer = sorted(
        (n for n in _all_country_names() if len(n) > len(name) and word.search(n)),
        key=len,
        reverse=True,
    )
    if not longer:
        return word
    holders = "|".join(re.escape(n) for n in longer)
    return re.compile(rf"\b(?:{holders})\b|(?P<name>\b{re.escape(name)}\b)", re.I)


def names_country(text: str, name: str) -> bool:
    """Whether *text* names the country *name* itself, not a longer country holding it.

    >>> names_country("Fighting in South Sudan's Upper Nile", "Sudan")
    False
    >>> names_country("Sudan and South Sudan signed a deal", "Sudan")
    True
    """
    pattern = _name_pattern(name)
    if "name" not in pattern.groupindex:
        return pattern.search(text) is not None
    return any(m["name"] for m in pattern.finditer(text))


def _short_name(country: object) -> str:
    name = getattr(country, "common_name", None) or getattr(country, "name", "")
    return str(name).split(",")[0]


# "the al-Qaeda-linked JNIM", "Islamic State-affiliated group ISWAP": the first name
# only describes the second, which is the actor.
_AFFILIATION = re.compile(
    r"\s*-?\s*(?:linked|affiliated|aligned|allied|backed|inspired|loyal|allied)\s+"
    r"(?:(?:armed\s+|jihadist\s+|militant\s+|rebel\s+)?(?:group|faction|movement|coalition)\s+)?$",
    re.I,
)


# "gunmen suspected to be herders", "armed youths known as the White Army", "armed men
# believed to belong to the ELN": the unnamed attackers are the group named after them.
_IDENTIFIED = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+(?:are|were|was|is)\s+)?(?:"
    r"(?:suspected|believed|thought|said|alleged|presumed|reported|understood)\s+to\s+"
    r"(?:be(?:long)?(?:\s+to)?|have\s+been|be\s+from)"
    r"|suspected\s+of\s+being|(?:widely\s+)?known\s+as|calling\s+themselves|identified\s+as"
    r"|belonging\s+to|(?:linked|affiliated|allied|loyal)\s+(?:to|with)|from)\s+"
    r"(?:(?:an?\s+|one\s+|two\s+|rival\s+)?(?:members?|fighters|militants|part|elements|"
    r"factions?|cells?|wings?|splinter\s+(?:groups?|factions?))\s+of\s+)?(?:the\s+|a\s+)?$",
    re.I,
)
_UNNAMED = frozenset({"unidentified"})
# "gunmen of the Gran Grif gang", "fighters of the KIA": the unnamed men are the group's.
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
# A group named by a broad label, then narrowed to one of its factions: "FARC dissidents
# (EMC)", "FARC dissidents of the so-called Central General Staff".
_NARROWED = re.compile(r"\s*\(\s*|\s+of\s+the\s+so-called\s+|\s+known\s+as\s+(?:the\s+)?", re.I)


# A news agency credited for a report, whose initials may spell a group's: "JAMMU, June 9
# (PTI) - ..." (Press Trust of India, not Pakistan's PTI party), "ANKARA (AA) -" (Anadolu,
# not the Arakan Army), "the Kenya News Agency (KNA) reported", "KNA news agency said".
_BYLINE_BEFORE = re.compile(
    r"(?:^|\n)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)?\s*\(\s*$"
)
_ABBREVIATION = re.compile(r"[A-Z]{2,5}\b")
_BYLINE_AFTER = re.compile(r"^\s*\)\s*[-–—:]")
_AGENCY_AFTER = re.compile(
    r"^\s*\)?\s*(?:news\s+)?agency\b|^\s*(?:correspondent|reporter)s?\b", re.I
)
_AGENCY_BEFORE = re.compile(r"\b(?:news\s+agency|agency|wire\s+service)\s*\(?\s*$", re.I)


def _credit(text: str, start: int, end: int) -> bool:
    """The abbreviation at *start*:*end* credits a news agency, not a party to events:
    a dateline's parenthesised credit or a name next to "news agency"."""
    word = _ABBREVIATION.match(text, start, end)
    if word is None:
        return False
    end = word.end()
    line = max(0, text.rfind("\n", 0, start))
    before, after = text[max(line, start - 60) : start], text[end : end + 40]
    if _BYLINE_AFTER.match(after) and _BYLINE_BEFORE.search(text, max(line, start - 60), start):
        return True
    return bool(_AGENCY_AFTER.match(after) or _AGENCY_BEFORE.search(before))


def _narrowed(broad: ActorMention | None, narrow: ActorMention) -> bool:
    """Two different armed groups of one country, the second said to be the first."""
    return (
        broad is not None
        and broad.actor != narrow.actor
        and broad.actor.kind in _GROUP_KINDS
        and narrow.actor.kind in _GROUP_KINDS
        and broad.actor.country_code == narrow.actor.country_code
    )


# Infighting: "a shootout between rival factions of the Sinaloa Cartel", "clashes among
# two wings of the NSCN". The group fights itself; ACLED codes both sides as the group.
_FACTIONS_OF = re.compile(
    r"\b(?:between|among|pitting)\s+(?:the\s+)?(?:two\s+|rival\s+|competing\s+|warring\s+|"
    r"feuding\s+)+(?:factions|wings|cells|branches)\s+(?:with)?in\s+(?:the\s+)?$"
    r"|\b(?:between|among|pitting)\s+(?:the\s+)?(?:two\s+|rival\s+|competing\s+|warring\s+|"
    r"feuding\s+)+(?:factions|wings|cells|branches)\s+of\s+(?:the\s+)?$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_PARTS = re.compile(r"\b(?:factions|wings|cells|branches)\b", re.I)


def fights_within(text: str, mention: ActorMention) -> bool:
    """*mention* (offsets into *text*) names a group after "between rival factions of"."""
    return mention.actor.kind in _GROUP_KINDS and bool(
        _FACTIONS_OF.search(text, max(0, mention.start - 80), mention.start)
    )


def _infighting(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* with the unnamed armed men of a sentence that tells of infighting within
    one group ("gunmen killed in a shootout between rival factions of X") named as X."""
    if _PARTS.search(text) is None:
        return found  # the common case: no factions, wings or cells named
    out = list(found)
    for m in found:
        if not fights_within(text, replace(m, start=m.start - offset, end=m.end - offset)):
            continue
        head = text[: m.start - offset]
        opens = max((s.end() for s in _SENTENCE_END.finditer(head)), default=0)
        for i, other in enumerate(out):
            if other.actor.kind in _UNNAMED and opens <= other.start - offset < m.start - offset:
                out[i] = ActorMention(other.start, other.end, other.text, m.actor)
    return out


def _identified(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* with unnamed attackers and the group they are said to be merged into one
    mention of that group ("gunmen suspected to be herders" names the herders)."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        between = text[prev.end - offset : m.start - offset] if prev is not None else ""
        if (
            prev is not None
            and (prev.actor.kind in _UNNAMED or _generic(prev.actor))
            and m.actor.kind not in ("civilians", "unidentified")
            and (_IDENTIFIED.fullmatch(between) or _MEMBERS_OF.fullmatch(between))
        ) or (_narrowed(prev, m) and _NARROWED.fullmatch(between)):
            start = prev.start - offset
            out[-1] = ActorMention(prev.start, m.end, text[start : m.end - offset], m.actor)
            continue
        out.append(m)
    return out


# "clans linked to rival MILF commanders", "families loyal to two NPA leaders": the group
# names the patrons of a communal militia, whose feud stays communal.
_PATRON_TIE = re.compile(
    r"\s*,?\s*(?:(?:linked|tied|loyal|allied|aligned|close)\s+(?:to|with)|backed\s+by)\s+"
    r"(?:(?:the|rival|two|different|local|opposing|competing)\s+){0,2}$",
    re.I,
)
_PATRONS = re.compile(
    r"\s*(?:commanders?|leaders?|politicians?|chieftains?|warlords?|officials?|figures?)\b",
    re.I,
)


def _patrons(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* without a group named only as the patron of a communal militia before it."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor.kind == "identity"
            and m.actor.kind in _GROUP_KINDS
            and _PATRON_TIE.fullmatch(text, prev.end - offset, m.start - offset)
            and _PATRONS.match(text, m.end - offset)
        ):
            continue
        out.append(m)
    return out


def _joined(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* with two names of one actor joined by a hyphen or slash ("Dawlah
    Islamiyah-Maute group", "M23/AFC") made one mention."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor == m.actor
            and text[prev.end - offset : m.start - offset] in ("-", "/", "–")
        ):
            span = text[prev.start - offset : m.end - offset]
            out[-1] = ActorMention(prev.start, m.end, span, m.actor)
            continue
        out.append(m)
    return out


# "the army and allied clan militias", "Malian troops with their allied Dozo hunters":
# the allies fight beside the principal, who is the actor (ACLED's associated actor is
# the ally), so the two names are one mention of the principal.
_ALLIED = re.compile(r"\s*,?\s+(?:and|with|alongside)\s+(?:(?:its|their|the)\s+)?allied\s+", re.I)


def _allies(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* with an ally named as fighting beside a state or armed group merged into
    that principal's mention."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor.kind in _GROUP_KINDS | {"state"}
            and m.actor.kind in _GROUP_KINDS | _UNNAMED
            and _ALLIED.fullmatch(text, prev.end - offset, m.start - offset)
        ):
            span = text[prev.start - offset : m.end - offset]
            out[-1] = ActorMention(prev.start, m.end, span, prev.actor)
            continue
        out.append(m)
    return out


def _generic(actor: Actor) -> bool:
    """An unnamed communal or tribal militia ("armed youths"), named by the text later."""
    return actor.kind == "identity" and actor.name.startswith("Unidentified")


def _affiliates(text: str, offset: int, found: list[ActorMention]) -> list[ActorMention]:
    """*found* without the group named only as another group's affiliation.

    Unnamed fighters affiliated with a group ("Islamic State-linked insurgents") are
    that group: the two mentions become one of the group.
    """
    drop = set()
    merged: dict[int, ActorMention] = {}
    for a, b in itertools.pairwise(found):
        between = text[a.end - offset : b.start - offset]
        pro = text[max(0, a.start - offset - 4) : a.start - offset].lower() == "pro-"
        if pro and b.actor.kind in _GROUP_KINDS and not between.strip():
            drop.add(id(a))  # "the pro-Islamic State Dawlah Islamiyah"
            continue
        if not _AFFILIATION.match(between) or id(a) in merged:
            continue
        if b.actor.kind in _GROUP_KINDS:
            drop.add(id(a))
        elif b.actor.kind in _UNNAMED and a.actor.kind in _GROUP_KINDS:
            span = text[a.start - offset : b.end - offset]
            merged[id(a)] = ActorMention(a.start, b.end, span, a.actor)
            drop.add(id(b))
    if not drop:
        return found
    return [merged.get(id(m), m) for m in found if id(m) not in drop]


class ActorLexicon:
    """Aliases of actors, matched in one pass over a text.

    Parameters
    ----------
    entries : iterable of (alias, Actor)
        Later entries win over earlier ones with the same alias.

    Examples
    --------
    >>> lex = ActorLexicon.default()
    >>> [m.actor.name for m in lex.find("US forces struck Kataib Hezbollah sites.")]
    ['Military Forces of the United States', 'Kataib Hezbollah']
    """

    __slots__ = ("_entries", "_index", "_lengths")

    def __init__(self, entries: Iterable[tuple[str, Actor]]) -> None:
        self._entries: tuple[tuple[str, Actor], ...] = tuple(entries)
        self._index: dict[tuple[str, ...], list[tuple[tuple[int | str, ...], Actor]]] = {}
        for alias, actor in self._entries:
            suspect = actor.kind in _GROUP_KINDS or actor.kind == "unidentified"
            for variant in _variants(alias, actor.kind in _GROUP_KINDS, suspect):
                words = [_base(w) for w in variant]
                key = tuple(_fold(w) for w in words)
                rules = tuple(_case_rule(w) for w in words)
                self._index.setdefault(key, []).insert(0, (rules, actor))
        # For each first word, the alias lengths (in words) that start with it, longest first.
        lengths: dict[str, set[int]] = {}
        for key in self._index:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {w: sorted(n, reverse=True) for w, n in lengths.items()}

    @classmethod
    def default(cls) -> ActorLexicon:
        """The bundled lexicon: generated state forces plus ``mapper/data/actors.csv``.

        Built once per process (about 0.4 s) and shared: a lexicon is never modified.
        """
        return _default_lexicon()

    def with_file(self, path: str | PathLike[str]) -> ActorLexicon:
        """A new lexicon with the actors of a CSV or JSON file added (they win ties).

        The CSV has a header ``name,aliases,kind,country_code`` (optionally
        ``associated``), aliases separated by ``|``. The JSON is a list of objects with
        the same keys; ``aliases`` may be a list or a ``|``-separated string.

        Raises
        ------
        PathError
            The file is missing or unreadable (an :class:`InputError` too).
        InputError
            Naming the file, line (or entry) and value at fault; the lexicon is unchanged.
        """
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except FileNotFoundError:
            raise PathError(f"{p}: no such file (the actor lexicon)") from None
        except OSError as err:
            raise PathError(f"{p}: cannot read actor lexicon ({err.strerror or err})") from None
        except UnicodeDecodeError as err:
            line = err.object[: err.start].count(b"\n") + 1
            raise InputError(f"{p}:{line}: actor lexicon is not UTF-8 text") from None
        if p.suffix.lower() == ".json":
            added = _read_json(text, str(p))
        else:
            added = _read_csv(text, str(p))
        return ActorLexicon([*self._entries, *added])

    def __len__(self) -> int:
        return len(self._entries)

    @staticmethod
    def country_label(code: str) -> str:
        """A country as ACLED names it in "Military Forces of ...", from its ISO code.

        >>> ActorLexicon.country_label("PH")
        'the Philippines'
        """
        return _country_name(code)

    def find(self, text: str, *, offset: int = 0) -> list[ActorMention]:
        """Find the actors a text names, longest alias first, left to right.

        Parameters
        ----------
        text : str
        offset : int
            Added to every start and end.

        Returns
        -------
        list of ActorMention
            In text order, not overlapping. Names are matched on the text folded by
            :func:`mapper.textfold.fold` (a soft hyphen or zero-width space inside a
            name is ignored); offsets and texts are those of *text*.
        """
        return on_folded(self._find, text, offset)

    def _find(self, text: str, offset: int) -> list[ActorMention]:
        """:meth:`find` on a folded text."""
        tokens = []
        for m in _TOKEN.finditer(text):
            word = _base(m.group())  # a possessive 's never completes an alias
            tokens.append((m.start(), m.start() + len(word), word))
        folded = [_fold(t[2]) for t in tokens]
        words = [t[2] for t in tokens]
        hits: list[tuple[int, int, Actor]] = []
        i = 0
        while i < len(tokens):
            hit = self._match(words, folded, i) if folded[i] in self._lengths else None
            if hit is not None and hit[0] == 1 and _shouted(words, i):
                hit = None  # "IS" in "ISRAEL IS READY" is a verb in a capitals headline
            if hit is None:
                i += 1
                continue
            hits.append((i, hit[0], hit[1]))
            # "US and British warplanes": the first adjective shares the noun.
            if (
                i >= 2
                and folded[i - 1] in ("and", "or")
                and not (hits[:-1] and hits[-2][0] + hits[-2][1] > i - 2)
            ):
                noun = folded[i + 1 : i + hit[0]]
                shared = (
                    self._lookup([words[i - 2], *words[i + 1 : i + hit[0]]], (folded[i - 2], *noun))
                    if noun
                    else None
                )
                if shared is not None:
                    hits.insert(-1, (i - 2, 1, shared))
            i += hit[0]
        found = []
        for i, n, actor in hits:
            start, end = tokens[i][0], tokens[i + n - 1][1]
            found.append(ActorMention(start + offset, end + offset, text[start:end], actor))
        found = [m for m in found if not _credit(text, m.start - offset, m.end - offset)]
        found = _allies(text, offset, _joined(text, offset, found))
        found = _identified(text, offset, _affiliates(text, offset, _patrons(text, offset, found)))
        found = _infighting(text, offset, found)
        if _UNIT_WORDS.search(text):
            # A unit holding a state's forces ("the 5th Battalion of the Nigerian Army")
            # replaces them; any other unit only fills a gap between the names found.
            units = []
            for u in self._units(text, offset):
                inside = [m for m in found if u.start <= m.start and m.end <= u.end]
                state = u.actor.kind == "state" and len(u.text) > max(
                    (len(m.text) for m in inside), default=0
                )
                if state:
                    found = [m for m in found if m not in inside]
                if state or not any(m.start < u.end and u.start < m.end for m in found):
                    units.append(u)
            found = sorted([*found, *units], key=lambda m: m.start)
        return found

    def state_of(self, word: str) -> Actor | None:
        """The state forces a demonym or country name stands for, or None.

        >>> ActorLexicon.default().state_of("Ukraine").name
        'Military Forces of Ukraine'
        """
        return self._state(word)

    def _state(self, word: str) -> Actor | None:
        """The state forces a demonym or country name stands for, or None."""
        if word.lower() in ("army", "military"):
            return Actor("Military Forces", "state", None)
        actor = self._lookup([word, "forces"], (_fold(word), "forces"))
        if actor is not None:
            return actor if actor.kind == "state" else None
        try:
            country = pycountry.countries.lookup(word)
        except LookupError:
            return None
        if len(word) <= 3:
            return None  # codes are matched as abbreviations above, or are words
        code = country.alpha_2
        return Actor(f"Military Forces of {_country_name(code)}", "state", code)

    def _units(self, text: str, offset: int) -> list[ActorMention]:
        """Military units named by number or name ("the 444 Brigade", "5th Battalion").

        A unit of a country's forces ("Ukraine's 47th Brigade", "the Nigerian Army's 7th
        Division", "the 3rd Battalion of the Malian army") is those forces, as ACLED codes
        units; any other named unit (a militia brigade) is an actor of its own name.
        """
        out = []
        for m in _UNIT.finditer(text):
            owner = m["owner"] or m["of"]
            actor = self._state(_base(owner)) if owner is not None else None
            start = m.start("owner") if m["owner"] else m.start("name")
            if actor is None and owner is None and _REGULAR_UNIT.fullmatch(m["name"]):
                actor = Actor("Military Forces", "state", None)
            if actor is None:
                if m["owner"] and _base(m["owner"]) != m["owner"]:
                    start = m.start("name")  # "Misrata's Halbous Brigade": not a state's
                actor = Actor(text[start : m.end("name")], "militia", None)
            out.append(ActorMention(start + offset, m.end() + offset, text[start : m.end()], actor))
        return out

    def _lookup(self, words: list[str], key: tuple[str, ...]) -> Actor | None:
        for rules, actor in self._index.get(key, ()):
            if all(_fits(r, w) for r, w in zip(rules, words, strict=True)):
                return actor
        return None

    def _match(self, words: list[str], folded: list[str], i: int) -> tuple[int, Actor] | None:
        for n in self._lengths[folded[i]]:
            if i + n > len(words):
                continue
            actor = self._lookup(words[i : i + n], tuple(folded[i : i + n]))
            if actor is not None:
                return n, actor
        return None


@functools.cache
def _default_lexicon() -> ActorLexicon:
    text = resources.files("mapper").joinpath("data/actors.csv").read_text("utf-8")
    return ActorLexicon([*_generated(), *_read_csv(text, "mapper/data/actors.csv")])


def _variants(alias: str, group: bool, suspect: bool = False) -> list[list[str]]:
    """The word sequences an alias matches: itself, without "al", with member nouns,
    and (with *suspect*) after "suspected"."""
    words = _TOKEN.findall(alias)
    if not words:
        return []
    out = [words]
    if len(words) > 1 and _fold(words[0]) in ("al", "el") and len(words[1]) >= 5:
        out.append(words[1:])
    if group and _fold(words[-1]) not in _PEOPLE_WORDS:  # "Fulani herdsmen" has its noun
        out += [[*w, *noun.split()] for w in list(out) for noun in _MEMBER_NOUNS]
    if suspect and _fold(words[0]) != "suspected":
        # "suspected ELN rebels" names the ELN: ACLED codes the suspected perpetrator
        out += [["suspected", *w] for w in list(out)]
    return out


_PEOPLE_WORDS = frozenset(
    n.split()[-1] for n in (*_MEMBER_NOUNS, *_COMMUNITY_NOUNS, "men", "members", "boys")
)


def _actor_from(row: dict[str, object], where: str) -> tuple[list[str], Actor]:
    name = str(row.get("name") or "").strip()
    if not name:
        raise InputError(f"{where}: empty name")
    kind = str(row.get("kind") or "").strip()
    if kind not in ACTOR_KINDS:
        raise InputError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(ACTOR_KINDS))}")
    code = str(row.get("country_code") or "").strip().upper() or None
    if code is not None and pycountry.countries.get(alpha_2=code) is None:
        raise InputError(f"{where}: country_code {code!r} is not an ISO 3166-1 alpha-2 code")
    raw = row.get("aliases") or ""
    aliases = raw if isinstance(raw, list) else str(raw).split("|")
    aliases = [str(a).strip() for a in aliases if str(a).strip()]
    if not aliases:
        aliases = [name]
    for alias in aliases:
        if not _TOKEN.search(alias):
            raise InputError(f"{where}: alias {alias!r} has no letters or digits")
    associated = str(row.get("associated") or "").strip() or None
    return aliases, Actor(name, kind, code, associated)


def _read_csv(text: str, source: str) -> list[tuple[str, Actor]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name", "aliases", "kind", "country_code"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(f"{source}:1: header lacks {', '.join(sorted(missing))}")
    entries: list[tuple[str, Actor]] = []
    for row in reader:
        aliases, actor = _actor_from(row, f"{source}:{reader.line_num}")
        entries += [(alias, actor) for alias in aliases]
    return entries


def _read_json(text: str, source: str) -> list[tuple[str, Actor]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{source}:{err.lineno}: not valid JSON: {err.msg}") from err
    except RecursionError:
        raise InputError(f"{source}: not valid JSON: nested too deeply") from None
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a list of actors, got {type(data).__name__}")
    entries: list[tuple[str, Actor]] = []
    for number, row in enumerate(data, 1):
        where = f"{source}: entry {number}"
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected an object, got {row!r}")
        aliases, actor = _actor_from(row, where)
        entries += [(alias, actor) for alias in aliases]
    return entries
