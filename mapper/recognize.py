"""Recognition: find the spans of a text that name places.

A gazetteer-driven multi-pattern matcher. The text is cut into word tokens; every run of
up to six capitalised tokens (with the particles that transliterated names carry:
al-, as-, bin, Abu, of ...) is a candidate span; one batched, indexed query asks the
gazetteer which candidates are names it knows; the longest known span wins at each
position. Context then removes what is not meant as a place: weekdays and months, words
that the same text also uses in lower case ("a rocket hit" vs the town Hit), parts of
people's names ("Lloyd Austin") and of organisations' names ("Popular Mobilisation
Forces"). Demonyms ("Iraqi forces") are not spans, but they are counted as evidence of
the text's country focus.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from gazetteer import Candidate, Gazetteer, Place
from gazetteer.normalize import fold
from gazetteer.sources.counties import us_county_states

from .lexicon import (
    ABBREVIATIONS,
    AREA_ABBREVIATIONS,
    AREA_DEMONYMS,
    COMPASS,
    CONNECTORS,
    DEMONYMS,
    FACILITY_WORDS,
    FEATURE_HEADS,
    LOCAL_UNITS,
    NAMED_DAYS,
    NATURE_WORDS,
    NOT_PLACES,
    ORG_WORDS,
    PART_BEARING,
    PERSONAL_NAMES,
    PLACE_PREFIXES,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    TITLES,
    group_word,
)
from .respell import respelt_candidates
from .roads import ROUTE_AFTER
from .sizewords import sized_candidates

__all__ = [
    "LOOKUP_LIMIT",
    "Mention",
    "demonym_countries",
    "demonym_mentions",
    "lookup",
    "recognise",
]

MAX_SPAN_TOKENS = 6
LOOKUP_LIMIT = 25
"""Candidates per name: enough that the namesake in the states and countries a text is
about is among them ("Franklin" has dozens)."""

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʿʾ`]|[-‐](?=\w))*")
_ARTICLE_HYPHEN = re.compile(r"^(?:al|el|as|ash|ad|ar|az|at|an|ad|ul|ez|es|ed|et|en)[-‐]\w", re.I)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(a) for a in sorted({*ABBREVIATIONS, *AREA_ABBREVIATIONS}, key=len, reverse=True)
    )
    + r")(?![\w])"
)
# "Camden, N.J.", "Fresno, Calif.": a state's abbreviation right after a town and a comma
# (alone, "Miss." or "Ill." are other words).
_STATE_ABBREVIATION = re.compile(
    r"(?<=[A-Za-z], )(?:"
    + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)
# A lower-case Romance particle and a capitalised word (or an elided article before one)
# right after a name: "Val de l'Aurence", "Puerto de la Cruz", "Villa del Parque". The name
# before it is the head of a longer name, a quarter or street, not a town by itself; the
# name after such a head and particle is its tail ("Porta di Roma" is no Rome).
_ROMANCE_TAIL = re.compile(
    r"[ \t]+(?:de|du|des|del|della|di|da|dos|das)(?:[ \t]+(?:la|las|los|le|les))?"
    r"[ \t]+(?:[ld]['’])?[A-Z]"
)
_ROMANCE_HEAD = re.compile(
    r"\b[A-Z][\w'’-]*[ \t]+(?:de|du|des|del|della|di|da|dos|das)(?:[ \t]+(?:la|las|los|le|les))?"
    r"[ \t]+(?:[ld]['’])?$"
)
_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")
# English contractions ("I've", "We're", "He'll", "Don't"): never place names, though
# folded they can be ("Hell", "Were").
_CONTRACTION = re.compile(r"^(?:[a-z]+['’](?:ve|re|ll)|i['’][md]|[a-z]+n['’]t)$")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")


# Prepositions after which a capitalised word is a place even if the text also uses it
# as an ordinary word: "a rocket hit a house in Hit".
# Capitalised words that may stand right before a place without being part of its name.
_TEMPORAL = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "yesterday",
        "today",
        "on",
        "in",
    }
)
_TOWN_PARTICLES = frozenset({"bani", "beni"})
"""Particles of Arabic names ("sons of") that are also names of towns on their own."""
_CAPITAL_PARTICLES = frozenset({"sur"})
"""Particles that, capitalised, are name words: Spanish "Sur" (south) ends Philippine and
Latin American region names ("Lanao del Sur", "Ilocos Sur", "Baja California Sur") and
is the Arabic name of Tyre; the French particle "sur" is written in lower case."""
_PORTFOLIO_HOLDERS = frozenset({"minister", "ministers", "secretary"})
"""Titles a portfolio word comes before: "Interior Minister", "Home Secretary"."""
_INSTITUTIONS = frozenset(
    {
        "department",
        "ministry",
        "secretary",
        "minister",
        "university",
        "bank",
        "college",
        "school",
        "institute",
        "office",
        "bureau",
        "chamber",
        "board",
        "church",
        "cathedral",
    }
)
# Head nouns of the names of buildings and institutions: "the Temple of the Tooth", "Bank
# of Khartoum", "Church of the Nativity". Heading an "X of (the) Y" name, such a word
# names the building or the body, even where some small place is called by it letter for
# letter (Temple, Texas; Bank, India). Words for areas and ways ("District of Columbia",
# "Port of Spain", "Bridge of Allan") are left out: those "X of Y" names are places.
_BUILDING_HEADS = (
    FACILITY_WORDS
    - {
        *("district", "quarter", "neighbourhood", "neighborhood", "estate", "camp", "base"),
        *("port", "harbour", "harbor", "pier", "wharf", "canal", "park", "garden", "gardens"),
        *("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane"),
        *("drive", "square", "plaza", "highway", "bridge"),
    }
) | _INSTITUTIONS
# Arabic articles assimilated to a sun letter, which also are English words: they start
# a name only before a word beginning with that letter.
_SUN_ARTICLES = {
    "as": "s",
    "ash": "sh",
    "at": "t",
    "ath": "th",
    "an": "n",
    "ad": "d",
    "ar": "r",
    "az": "z",
    "adh": "dh",
}
# Particles inside people's names; a lone known word before one is a first name.
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "de", "van", "von", "da", "di", "du", "del"})
_ABBREVIATED = frozenset({"st", "ste", "mt", "ft", "pt"})
_KIND_WORDS = (
    frozenset({"province", "governorate", "district", "region", "oblast", "county", "subdistrict"})
    | LOCAL_UNITS
)
# Lower-case words after a name that may end the name of a facility the gazetteer
# knows ("the al-Omar field", "Tabqa airport", "Tishrin dam").
_FACILITY_TAILS = frozenset(
    {"field", "oilfield", "airport", "airbase", "dam", "base", "refinery", "crossing"}
)
# Last words that make a run of capitalised words a place name whether or not the
# gazetteer knows it: streets and a few large buildings ("Royal Street", "Karl Bremer
# Hospital"), which the resolver places in the town the text is about, and natural
# features ("Glenrock Lagoon"), placed by the town they are named after. Words that end
# the names of bodies as often as of places (court, centre, school, church) are left out.
_SHAPE_WORDS = NATURE_WORDS | {
    *("street", "avenue", "road", "boulevard", "lane", "drive", "highway"),
    *("hospital", "cathedral", "stadium"),
}
_NOTABLE_CODES = frozenset({"PPLC", "CONT", "OCN"})
_SIDES = frozenset(COMPASS) | frozenset(PART_BEARING)
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "of"})
_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "az", "at", "ed", "es"})
_BEFORE_PLACE = _LOCATIVE | {"on", "over", "across", "towards", "toward", "via"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names a place, before resolution."""

    start: int
    end: int
    text: str


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # capitalised, uncased script, or an article joined to a capitalised word


def _is_capitalised(word: str) -> bool:
    first = word[0]
    if first.isupper():
        return True
    if not first.islower():  # a script without case: Arabic, Hebrew, CJK...
        return True
    if "-" not in word and "‐" not in word:
        return False
    return bool(_ARTICLE_HYPHEN.match(word)) and any(c.isupper() for c in word[2:])


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[_Token, ...]:
    out = []
    append = out.append
    make = tuple.__new__  # skips the named tuple's keyword handling: this is a hot loop
    for m in _TOKEN.finditer(text):
        word = m.group()
        start = m.start()
        last = word[-1]
        if (last == "s" or last == "'" or last == "’") and len(word) > 2:
            if last != "s":
                word = word[:-1]  # "Mosul'", "Iraqis’"
            elif word[-2] == "'" or word[-2] == "’":
                word = word[:-2]  # "Baghdad's"
        first = word[0]
        hyphen = "-" in word or "‐" in word
        if first.islower():
            cap = hyphen and _is_capitalised(word)
        elif hyphen and first.isupper():
            cut = max(word.rfind("-"), word.rfind("‐"))
            tail = word[cut + 1 :]
            if tail.islower() and tail not in CONNECTORS:
                # "Britain-based", "Kurdish-led": a name, then a word of its own.
                head = word[:cut]
                append(make(_Token, (start, start + cut, head, head.lower(), True)))
                start, word = start + cut + 1, tail
                append(make(_Token, (start, start + len(word), word, word, False)))
                continue
            if ROUTE_AFTER.match(text, m.end()):
                parts = _route_ends(start, word)
                if parts:
                    out += parts  # "the Gao-Ansongo road": two towns, and the span of both
                    continue
            cap = True
        else:
            cap = True  # capitalised, or a script without case
        append(make(_Token, (start, start + len(word), word, word.lower(), cap)))
    return tuple(out)


def _route_ends(start: int, word: str) -> list[_Token]:
    """The towns of a hyphenated road name ("Maiduguri-Damboa" before "road"), as tokens
    joined by the hyphen; empty when a part is not capitalised or is an article
    ("Al-Hasakah")."""
    parts = re.split(r"[-‐]", word)
    if len(parts) != 2 or not all(p[:1].isupper() and p.lower() not in CONNECTORS for p in parts):
        return []
    cut = len(parts[0])
    return [
        _Token(start, start + cut, parts[0], parts[0].lower(), True),
        _Token(start + cut + 1, start + len(word), parts[1], parts[1].lower(), True),
    ]


def _route_end(text: str, toks: Sequence[_Token], i: int) -> bool:
    """True when toks[i] is one of the two towns of a hyphenated road name before its
    road word, split by :func:`_route_ends`."""
    for a in (i - 1, i):
        if 0 <= a and a + 1 < len(toks):
            x, y = toks[a], toks[a + 1]
            if text[x.end : y.start] in ("-", "‐") and ROUTE_AFTER.match(text, y.end):
                return True
    return False


def _plain_run(toks: Sequence[_Token], i: int, j: int) -> bool:
    """True when no word before toks[j] in toks[i..j] is "and" or itself a shape word:
    "Kingsway Road and Mill Lane" is two streets, not one."""
    return all(t.lower != "and" and t.lower not in _SHAPE_WORDS for t in toks[i:j])


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """True when nothing but one space (or a hyphen) lies between two tokens; "St. Louis"
    counts as joined."""
    gap = text[a.end : b.start]
    if gap == ". " and a.lower in _ABBREVIATED:
        return True
    return gap in (" ", "-", "‐", " - ") or (gap.isspace() and "\n" not in gap and len(gap) <= 2)


def demonym_countries(text: str) -> Counter[str]:
    """ISO codes of the countries whose demonyms the text uses, with counts."""
    counts: Counter[str] = Counter()
    for tok in _tokens(text):
        if tok.cap and tok.text[0].isupper():
            low = tok.lower
            cc = DEMONYMS.get(low) or DEMONYMS.get(low.removesuffix("s"))
            if cc:
                counts[cc] += 1
    return counts


def demonym_mentions(text: str) -> list[Mention]:
    """The adjectives of countries and world areas in *text* ("Russian troops", "North
    Korean missiles", "European leaders"), as spans; plurals that name people
    ("Russians") are left out.
    """
    toks = _tokens(text)
    out: list[Mention] = []
    skip = -1
    for i, tok in enumerate(toks):
        if i <= skip or not tok.text[0].isupper():
            continue
        if i + 1 < len(toks) and _joined(text, tok, toks[i + 1]):
            pair = f"{tok.lower} {toks[i + 1].lower}"
            if pair in DEMONYMS or pair in AREA_DEMONYMS:
                out.append(Mention(tok.start, toks[i + 1].end, text[tok.start : toks[i + 1].end]))
                skip = i + 1
                continue
        if tok.lower in DEMONYMS or tok.lower in AREA_DEMONYMS:
            out.append(Mention(tok.start, tok.end, tok.text))
    return out


def _sentence_start(text: str, tok: _Token) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, tok.start - 3) : tok.start]))


def recognise(
    text: str, gazetteer: Gazetteer, *, lookups: dict[str, list[Candidate]] | None = None
) -> list[Mention]:
    """The spans of *text* that name places the gazetteer knows.

    Parameters
    ----------
    text : str
        English news text; names in Arabic script inside it are found too.
    gazetteer : Gazetteer
        The names to look for.
    lookups : dict, optional
        Candidates already looked up for names (``gazetteer.lookup(name,
        limit=LOOKUP_LIMIT, fuzzy=False)``), shared with the resolver; filled in as
        names are looked up.

    Returns
    -------
    list of Mention
        Non-overlapping, in text order.
    """
    toks = _tokens(text)
    if not toks:
        return []
    # Words the text writes in lower case; "al-Raqqa" starts with a small letter but is
    # a name (an article joined to a capitalised word), not a lower-case use of itself.
    lower_words = {t.lower for t in toks if not t.cap}
    candidates: dict[tuple[int, int], str] = {}
    shaped: set[tuple[int, int]] = set()  # spans whose last word says they name a place
    for i, tok in enumerate(toks):
        if not tok.cap or tok.lower == "the":
            continue
        demonym = tok.lower in DEMONYMS  # starts a name ("Saudi Arabia"), is none alone
        sun = _SUN_ARTICLES.get(tok.lower)
        if sun is not None and not (i + 1 < len(toks) and toks[i + 1].lower.startswith(sun)):
            continue  # "As Sulaymaniyah", "An Najaf", but not "As Amy" or "At Reuters"
        for j in range(i, min(len(toks), i + MAX_SPAN_TOKENS)):
            if j > i:
                if not _joined(text, toks[j - 1], toks[j]):
                    break
                if toks[j].lower in _FACILITY_TAILS:
                    # "the al-Omar field", "Tabqa airport": the facility, when the
                    # gazetteer knows it by that name; else the name before the word.
                    candidates[(i, j)] = text[tok.start : toks[j].end]
                    break
                if toks[j].lower in _KIND_WORDS:
                    # "Anbar province", "Babil governorate": the word says what is meant.
                    candidates[(i, j)] = text[tok.start : toks[j].end]
                    if toks[j].lower == "county" and fold(candidates[(i, j)]) in us_county_states():
                        shaped.add((i, j))  # "Cuyahoga County": a US county by its name
                    break
                if not (toks[j].cap or toks[j].lower in CONNECTORS):
                    break
            if (
                toks[j].cap
                and toks[j].lower != "the"
                # A particle ends no name, but an Arabic one may be a name alone: "Beni"
                # (DR Congo), "Bani", though "Beni Suef" joins the next word.
                and (
                    toks[j].lower not in CONNECTORS
                    or (j == i and toks[j].lower in _TOWN_PARTICLES)
                    or toks[j].lower in _CAPITAL_PARTICLES
                )
                and not (demonym and j == i)
            ):
                candidates[(i, j)] = text[tok.start : toks[j].end]
                if j > i and toks[j].lower in _SHAPE_WORDS and _plain_run(toks, i, j):
                    shaped.add((i, j))
    known = gazetteer.known(set(candidates.values()))
    if lookups is not None:
        known |= _respelt(gazetteer, toks, candidates, known, lookups)
    mentions: list[Mention] = [
        Mention(m.start(), m.end(), m.group())
        for m in _ABBREVIATION.finditer(text)
        if not _organisation_follows(text, m.end())
    ]
    # "Fresno, Calif." mostly ends a clause: what follows it is no part of its name.
    mentions += [Mention(m.start(), m.end(), m.group()) for m in _STATE_ABBREVIATION.finditer(text)]
    taken = {pos for m in mentions for pos in range(m.start, m.end)}
    people = _People(gazetteer, known, {} if lookups is None else lookups)
    ends_at: dict[int, int] = {}  # start token -> last token of its longest known span
    for (i, j), name in candidates.items():
        if (name in known or (i, j) in shaped) and j > ends_at.get(i, -1):
            ends_at[i] = j
    features = _feature_names(toks, candidates, known)
    after = -1  # the last token already inside a (kept or refused) span
    kept = -1  # the last token of the last kept mention
    for i in sorted(ends_at):
        if i <= after or toks[i].start in taken:
            continue
        if i in features:
            after = features[i]  # "Serrania de San Lucas": a range, not a town in it
            continue
        best = ends_at[i]
        if _keep(text, toks, i, best, lower_words, people):
            first = i
            if (
                i > kept + 1
                and toks[i - 1].text[0].isupper()
                and toks[i - 1].lower.replace("-", "") in _SIDES
                and _joined(text, toks[i - 1], toks[i])
            ):
                first = i - 1  # "North Africa", "Eastern Ghouta": a part of a known place
            mentions.append(
                Mention(toks[first].start, toks[best].end, text[toks[first].start : toks[best].end])
            )
            kept = best
        after = best
    mentions.sort(key=lambda m: m.start)
    return mentions


def _feature_names(
    toks: Sequence[_Token], candidates: dict[tuple[int, int], str], known: set[str]
) -> dict[int, int]:
    """First and last tokens of unknown names led by a Romance natural-feature noun.

    "Serrania de San Lucas" or "Cerro Tacarcuna" names a range or a peak: neither its
    first word (a village called "Serrania") nor its tail ("San Lucas") is the place
    meant. A name the gazetteer knows whole ("Rio de Janeiro") is no feature here.
    """
    found: dict[int, int] = {}
    whole: set[int] = set()  # heads of a longer name the gazetteer knows
    for (i, j), name in candidates.items():
        if j == i or fold(toks[i].text) not in FEATURE_HEADS:
            continue
        if name in known:
            whole.add(i)
        elif toks[j].cap and j > found.get(i, i):
            found[i] = j
    return {i: j for i, j in found.items() if i not in whole}


def _respelt(
    gazetteer: Gazetteer,
    toks: Sequence[_Token],
    candidates: dict[tuple[int, int], str],
    known: set[str],
    lookups: dict[str, list[Candidate]],
) -> set[str]:
    """Unknown names of up to three words, inside a sentence, that name a place in an
    Arabic-speaking country once read with standard vowels ("in Shekh Meskin"); their
    candidates go into *lookups* (see :mod:`mapper.respell`)."""
    asked = {
        name
        for (i, j), name in candidates.items()
        if j - i < 3 and i > 0 and not toks[i - 1].cap and name not in known and name.isascii()
    }
    if not asked:
        return set()
    found = respelt_candidates(gazetteer, asked, LOOKUP_LIMIT)
    # "near Mahaday": Mahaddayweyne, the gazetteer's name with the size word.
    # Size words follow a one-word name; longer unknown runs are not tried (speed).
    single = {n for n in asked - set(found) if " " not in n.strip() and len(n) > 3}
    found.update(sized_candidates(gazetteer, single, LOOKUP_LIMIT))
    lookups.update(found)
    return set(found)


def lookup(gazetteer: Gazetteer, name: str, lookups: dict[str, list[Candidate]]) -> list[Candidate]:
    """``gazetteer.lookup(name, limit=LOOKUP_LIMIT, fuzzy=False)``, once per name of a
    document."""
    found = lookups.get(name)
    if found is None:
        try:
            found = gazetteer.lookup(name, limit=LOOKUP_LIMIT, fuzzy=False)
        except ValueError:  # an empty or absurd name
            found = []
        lookups[name] = found
    return found


class _People:
    """Words seen in people's names, for the rest of a text ("Lloyd Austin" ... "Austin
    said"), except the names of countries, capitals and cities of a million: a byline
    "By Trend Iran" or a source "DeSmog Canada" must not hide every later "Iran" or
    "Canada". Those notable places may also speak ("Beijing said")."""

    __slots__ = ("_gz", "_known", "_lookups", "words")

    def __init__(
        self, gazetteer: Gazetteer, known: set[str], lookups: dict[str, list[Candidate]]
    ) -> None:
        self._gz = gazetteer
        self._known = known
        self._lookups = lookups
        self.words: set[str] = set()

    def top(self, name: str) -> Place | None:
        """The best place of this name (None for names the text's batch query did not
        find)."""
        if name not in self._known:
            return None
        found = lookup(self._gz, name, self._lookups)
        return found[0].place if found else None

    def notable(self, name: str) -> bool:
        """True when the best place of this name is a country, a capital, a continent or
        an ocean, or has a million people."""
        p = self.top(name)
        return p is not None and (
            p.feature_code.startswith("PCL")
            or p.feature_code in _NOTABLE_CODES
            or p.population >= 1_000_000
        )

    def sizeable(self, name: str) -> bool:
        """True when the best place of this name is a country or has 100,000 people: a
        word in a capitals headline ("IN MOSUL") is then the place, not a common word
        that some small place is also called ("AT DAWN")."""
        p = self.top(name)
        return p is not None and (p.feature_code.startswith("PCL") or p.population >= 100_000)

    def own_area(self, name: str) -> bool:
        """True when the best place of this name is an area that bears it as its own
        name ("Ohio", "Punjab"), not as another of its names ("Interior" of Oman's Ad
        Dakhiliyah)."""
        p = self.top(name)
        return p is not None and p.feature_class == "A" and fold(p.name) == fold(name)

    def as_written(self, name: str) -> bool:
        """True when the best place of this name bears it letter for letter, accents
        aside ("Jableh", not "Line" for the Chinese Lin'e)."""
        p = self.top(name)
        if p is None:
            return False
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", p.name) if not unicodedata.combining(c)
        )
        return bare.casefold() == name.casefold()

    def populous(self, name: str) -> bool:
        """True when the best place of this name has 50,000 people ("Daraa")."""
        p = self.top(name)
        return p is not None and p.population >= 50_000

    def article_only(self, name: str) -> bool:
        """True when the best place of this name bears it only after an Arabic article
        the text leaves out ("Burj" of Al Burj), and is no city of 100,000."""
        p = self.top(name)
        if p is None or p.population >= 100_000:
            return False
        first = fold(p.name).split(" ", 1)[0]
        return first in _ARTICLES and fold(name).split(" ", 1)[0] not in _ARTICLES

    def add(self, tok: _Token) -> None:
        self.words.add(tok.lower)


def _names_an_organisation(text: str, toks: Sequence[_Token], j: int) -> bool:
    """True when one of the (up to three) capitalised words right after token *j* says
    that the name is an organisation's: "Anbar University", "US Special Forces",
    "Dubai World Cup"."""
    for k in range(j + 1, min(len(toks), j + 4)):
        if not (_joined(text, toks[k - 1], toks[k]) and toks[k].text[0].isupper()):
            return False
        if toks[k].lower in ORG_WORDS:
            return True
    return False


def _organisation_follows(text: str, end: int) -> bool:
    """Like :func:`_names_an_organisation`, after an abbreviation ending at *end*: "U.S.
    Embassy", "UK Border Force"."""
    run = _CAPITALISED_RUN.match(text, end)
    return run is not None and any(w.lower() in ORG_WORDS for w in run.group().split())


def _heads_of_phrase(text: str, toks: Sequence[_Token], j: int, article: bool = False) -> bool:
    """True when toks[j] heads a capitalised "X of Y" name ("Line of Control", "Mayor of
    Kherson"): a place is written "Y's X" or "X, Y", while "X of Y" in title case names
    a thing, an office or a body by its head noun. With *article*, "X of the Y" counts
    too ("Temple of the Tooth")."""
    if j + 2 >= len(toks):
        return False
    of, nxt = toks[j + 1], toks[j + 2]
    if (
        article
        and nxt.text == "the"
        and j + 3 < len(toks)
        and text[nxt.end : toks[j + 3].start] == " "
    ):
        of, nxt = nxt, toks[j + 3]
    return (
        toks[j + 1].text == "of"
        and text[toks[j].end : toks[j + 1].start] == " "
        and text[of.end : nxt.start] == " "
        and nxt.text[0].isupper()
    )


def _names_a_building(text: str, toks: Sequence[_Token], j: int) -> bool:
    """True when toks[j] is the head noun of a building's or an institution's "X of (the)
    Y" name: "near the Temple of the Tooth", "a branch of the Bank of Khartoum"."""
    return toks[j].lower in _BUILDING_HEADS and _heads_of_phrase(text, toks, j, article=True)


def _in_group_branch_name(text: str, toks: Sequence[_Token], i: int) -> bool:
    """True when toks[i] is inside a name that starts "Islamic State" and runs on in
    capitalised words: "Islamic State Khorasan Province", "Islamic State West Africa
    Province" name a group's branch (its own "province"), not a place."""
    k = i + 1 if toks[i].lower == "state" else i
    while k >= 2 and _joined(text, toks[k - 1], toks[k]) and toks[k - 1].text[:1].isupper():
        if toks[k - 1].lower == "state" and toks[k - 2].lower == "islamic":
            return _joined(text, toks[k - 2], toks[k - 1])
        k -= 1
        if i - k > 4:
            return False
    return False


def _shouted(text: str, tok: _Token) -> bool:
    """True when the token's line is written in capitals (a shouted headline).

    There "IN MOSUL" and "NEAR GAZA" name places, not acronyms.
    """
    start = text.rfind("\n", 0, tok.start) + 1
    end = text.find("\n", tok.end)
    line = text[start : end if end >= 0 else len(text)]
    return not any(c.islower() for c in line) and len(line.split()) >= 3


def _keep(
    text: str, toks: Sequence[_Token], i: int, j: int, lower_words: set[str], people: _People
) -> bool:
    """Context rules: is the known span toks[i..j] meant as a place here?

    *people* collects surnames seen in people's names ("Lloyd Austin"), so that a later
    "Austin said" is not taken for the city either.
    """
    first = toks[i]
    single = i == j
    words = " ".join(t.lower for t in toks[i : j + 1])
    prev_word = toks[i - 1].lower if i > 0 else ""
    if words in NOT_PLACES or (single and group_word(first.text)):
        return False  # "Druze", "Afro-Colombian": a people or faith, no place
    if _ROMANCE_TAIL.match(text, toks[j].end):
        return False  # "Val de l'Aurence": the head of a longer name the gazetteer lacks
    if _ROMANCE_HEAD.search(text, max(0, first.start - 40), first.start):
        return False  # "Barrio de la Paz", "Porta di Roma": the tail of a longer name
    if j + 1 < len(toks) and f"{toks[j].lower} {toks[j + 1].lower}" in NAMED_DAYS:
        return False  # "Palm Sunday", "Black Friday": a named day, not a place
    if single and _CONTRACTION.match(first.lower):
        return False  # "We’re" is not Were, "He’ll" not Hell
    if (
        single
        and first.text.isupper()
        and len(first.text) <= 5
        and not (
            len(first.text) >= 4
            and prev_word in _LOCATIVE
            and _shouted(text, first)
            and people.sizeable(first.text)
        )
    ):
        return False  # acronyms and codes; country abbreviations are found apart
    # A surname seen before, or a word that speaks ("Kelly said"), is a person unless
    # the place is notable; that costs a lookup, so it is asked last (below).
    surname = single and first.lower in people.words and prev_word not in _LOCATIVE
    route = single and _route_end(text, toks, i)  # "Gao" or "Ansongo" of "the Gao-Ansongo road"
    if (
        single
        and j + 1 < len(toks)
        and toks[j + 1].lower in _PORTFOLIO_HOLDERS
        and _joined(text, first, toks[j + 1])
        and not people.sizeable(first.text)
        and not people.own_area(first.text)
    ):
        # "Interior Minister", "Home Secretary": a portfolio, not a place; a state or
        # province by its own name holds office too ("Ohio Secretary of State").
        return False
    if single and prev_word == "of" and i > 1 and toks[i - 2].lower in _INSTITUTIONS:
        return False  # "Department of Commerce", "Secretary of Education"
    if (
        single
        and prev_word not in _BEFORE_PLACE
        and _heads_of_phrase(text, toks, j)
        and not people.notable(first.text)
        and not people.as_written(first.text)
    ):
        return False  # "the Line of Control", "Mayor of Kherson": a thing or an office
    if _in_group_branch_name(text, toks, i):
        return False  # "Islamic State Sinai Province": a group's branch
    if single and _names_a_building(text, toks, j) and not people.notable(first.text):
        return False  # "the Temple of the Tooth", "Bank of Khartoum": a building, a body
    if (
        prev_word == "the"
        and i >= 3
        and toks[i - 2].text == "of"
        and toks[i - 3].cap
        and toks[i - 3].lower in _BUILDING_HEADS
        and not people.notable(text[first.start : toks[j].end])
    ):
        return False  # "Temple of the Sacred Heart": the rest of a building's name
    speaks = j + 1 < len(toks) and toks[j + 1].lower in SPEECH_VERBS
    speaker = single and speaks and prev_word not in _LOCATIVE
    if single and first.lower in lower_words and prev_word not in _LOCATIVE:
        return False  # the text uses the word in lower case: "hit", "many", "mobile"
    if i > 0:
        prev = toks[i - 1]
        joined = _joined(text, prev, first)
        if len(prev.text) == 1 and prev.text.isupper() and text[prev.end : first.start] == ". ":
            people.add(toks[j])
            return False  # "Gino D. Bassett", "Jos. A. Bank": after an initial
        if joined and prev.lower.rstrip(".") in TITLES:
            return False  # "President Jordan", "Sheikh Zayed"
        if (
            joined
            and not route
            and prev.cap
            and prev.lower not in PLACE_PREFIXES
            and prev.lower not in CONNECTORS
            and prev.lower not in _TEMPORAL
            and not _sentence_start(text, prev)
            and prev.lower not in DEMONYMS
        ):
            people.add(toks[j])
            return False  # "Lloyd Austin", "Qassem Soleimani": part of a longer name
    if (
        single
        and j + 2 < len(toks)
        and toks[j + 1].lower in _NAME_PARTICLES
        and toks[j + 2].cap
        and _joined(text, toks[j], toks[j + 1])
        and _joined(text, toks[j + 1], toks[j + 2])
    ):
        people.add(toks[j + 2])
        return False  # "Saeed bin Suroor", "Mike de Kock": a person's name
    if _names_an_organisation(text, toks, j):
        return False  # "Baghdad Operations Command", "US Census Bureau"
    if j + 1 < len(toks):
        nxt = toks[j + 1]
        if _joined(text, toks[j], nxt) and nxt.text[0].isupper():
            if single and len(nxt.text) == 1:
                people.add(first)
                return False  # "Amy B Wang": before an initial
            if (
                single
                and not route
                and nxt.lower not in TITLES
                and (nxt.lower not in NOT_PLACES or nxt.lower in PERSONAL_NAMES)
                and nxt.lower not in _KIND_WORDS
                and not nxt.text.isupper()
            ):
                people.add(nxt)
                return False  # "Lloyd Austin": the first part of a longer name
    if (
        single
        and j + 1 < len(toks)
        and _joined(text, toks[j], toks[j + 1])
        and toks[j + 1].text[0].islower()
        and _ARTICLE_HYPHEN.match(toks[j + 1].text)
        and toks[j + 1].cap
        and (
            people.article_only(first.text)
            or not (people.as_written(first.text) or people.populous(first.text))
        )
    ):
        # "Burj al-Shemali", "Ma'ra al-Nu'man": the first word of a longer Arabic name
        # the gazetteer lacks, a common noun ("tower") that names towns only with its
        # article (Al Burj), or a word that only some small place is called.
        return False
    if (surname or speaker) and not people.notable(first.text):
        if speaker:
            people.add(first)
        return False  # "Austin" after "Lloyd Austin"; "Kelly said"
    return True
