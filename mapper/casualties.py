"""Killed and wounded counts in news text.

Numbers are read as the report gives them, as a :class:`~mapper.incident.Count`:

* a singular victim without a number ("Iranian fighter killed") is one, and so is a
  person named by a title ("killed Iranian general Qassem Soleimani", "killed the mayor");
* digits ("15", "1,200", "60 thousand") and number words up to the thousands ("twenty-three",
  "three hundred and five", "a hundred") are exact; "a", "an" and "one" before a singular
  noun are 1; the text is read folded (:func:`mapper.textfold.fold`), so "1\u202f200",
  "10\u201315" and an accent or soft hyphen inside a word read as plain ASCII would;
* "at least N" is ``Count(N, None)``; "more than N" and "over N" ``Count(N + 1, None)``;
  "up to N", "as many as N" ``Count(1, N)``; "fewer than N", "less than N", "under N"
  ``Count(1, N - 1)``; "between N and M", "N to M", "N-M" ``Count(N, M)``;
  a rough figure ("about", "around", "some", "roughly", "an estimated" N) is a range of
  15% (at least 1) either side, "about a dozen" and "a dozen or so" ``Count(10, 14)``,
  and "nearly",
  "almost", "close to" N the same range below N, "nearly 100" ``Count(85, 99)``;
* vague words never become an exact number: "a dozen" is 12 ("two dozen" 24), but
  "dozens" and "several
  dozen" are ``Count(24, 99)``, "scores" ``Count(40, None)``, "hundreds" ``Count(200, 999)``,
  "thousands" ``Count(2000, None)``, "several" and "a few" ``Count(3, 9)`` resp.
  ``Count(2, 9)``, "a number of" and "many" ``Count(2, None)``;
* "no casualties", "no one was hurt", "nobody was killed", "no deaths" are zero;
  "no (immediate) reports of casualties" is *not* zero (it means unknown) and gives nothing;
* "casualties" with a number, and "N were killed and wounded", are ambiguous (killed and
  wounded together) and give nothing;
* "martyred", "martyrs" (the wording of some monitors) count as killed, and so does an
  army's "neutralised N fighters" with a number (not "neutralised a number of").

Several figures for the same kind in one text are all kept; the caller picks. Running
totals ("the war has killed ...", "... since 2014", "so far this year") are marked
``cumulative`` so that the caller can keep them off a single event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal

from .incident import Count
from .textfold import on_folded

__all__ = ["MAX_PEOPLE", "CasualtyMention", "find_casualties", "parse_number"]

MAX_PEOPLE = 10_000_000_000
"""More people than live on Earth: a larger figure is a misreading (a phone number, a sum
of money, digits run together) and is never read as a count of people."""

# fmt: off
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# fmt: on
_VAGUE = {
    "a dozen": Count(12, 12),
    "dozen": Count(12, 12),
    "dozens": Count(24, 99),
    "several dozen": Count(24, 99),
    "scores": Count(40, None),
    "hundreds": Count(200, 999),
    "several hundred": Count(200, 999),
    "thousands": Count(2000, None),
    "several thousand": Count(2000, 9999),
    "tens": Count(20, 99),
    "hundreds of thousands": Count(200_000, None),
    "tens of thousands": Count(20_000, 99_999),
    "several": Count(3, 9),
    "a few": Count(2, 9),
    "a handful": Count(2, 9),
    "a number of": Count(2, None),
    "many": Count(2, None),
}
_SINGLE = {"a", "an", "one"}

_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand)"
)
# "a hundred", "a thousand": the article is the one.
_SPELLED = (
    r"(?:an?\s+(?=(?:hundred|thousand)\b))?" + _WORD + r"(?:(?:[\s-]+|\s+and\s+)" + _WORD + r")*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:thousand|hundred|million)|\d+"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_QUAL = (
    r"at least|more than|over|up to|as many as|fewer than|less than|under|about|around|"
    r"some|nearly|almost|roughly|approximately|an estimated|at most|close to|a total of"
)
_DOZEN = rf"(?:{_SPELLED}|\d+)\s+dozen\b"  # "two dozen", "3 dozen"
_BASE = rf"(?:{_DOZEN}|(?:{_VAGUE_RE})\b|(?:{_SPELLED})\b|{_DIGITS})"
_NUMBER = (
    rf"(?:(?:{_QUAL})\s+)?(?:between\s+{_BASE}\s+and\s+{_BASE}|{_BASE}(?:\s*(?:-|to|or)\s*"
    rf"{_BASE})?)(?:\s+or\s+so\b)?"
)
_NUMBER_SINGLE = rf"(?:{_NUMBER}|\ban?\b|\bone\b)"

_KILLED = (
    r"killed|dead|died|slain|lost their lives|perished|were executed|executed|murdered|"
    r"deaths|fatalities|bodies|martyred|martyrs|shot dead|gunned down|lynched|beheaded|"
    r"neutrali[sz]ed|"  # army communiques' word for enemy fighters killed
    r"(?:hacked|beaten|burned|burnt|stabbed|shot|bludgeoned|clubbed) to death"
)
_INJURED = r"wounded|injured|hurt|injuries|maimed"
_AUX = (
    r"(?:(?:were|was|are|is|have been|has been|had been|being|reportedly|also|later|"
    r"all|now|confirmed|reported|said to have been|believed to have been|who were|left|"
    r"shot|shot and|stabbed|stabbed and|found|burned|badly|seriously|critically|severely|"
    r"slightly|lightly|gravely|feared|presumed|believed)\s+)*"
)
_WHO_WORD = (
    r"(?!(?:and|or|but|in|on|at|as|after|when|while|during|near|from|by|with|"
    r"before|over|across|through|inside|outside|including|among|since|until|into|following|"
    r"amid|earlier|later|overnight|today|yesterday|this|last|who|which|that|there|than|"
    r"killed|dead|died|wounded|injured|hurt|feared|presumed|believed|were|was|are|have|has|had|"
    r"the|of|to|for)\b)"
    r"(?!(?-i:is|Is)\b)[\"“”]?(?:[A-Za-z][\w'’-]*|\d+-year-olds?)[\"“”]?"
)
# Victims: up to four words, and "of (the) ..." for "members of the SDF".
_WHO = (
    rf"(?P<who>{_WHO_WORD}(?:\s+{_WHO_WORD}){{0,3}}"
    rf"(?:\s+of\s+(?:the\s+)?{_WHO_WORD}(?:\s+{_WHO_WORD}){{0,2}})?)"
)
# Further victims in a list ending in "and": "a woman and her two children",
# "two women, a child and two men".
_ITEM = rf"(?:{_NUMBER_SINGLE})\s+{_WHO_WORD}(?:\s+{_WHO_WORD}){{0,3}}"
_POSS = r"(?:(?:her|his|their|its)\s+)?"
# One relative named without a number: "two children and their mother".
_KIN = (
    r"(?:mother|father|son|daughter|wife|husband|brother|sister|child|baby|grandmother|"
    r"grandfather|driver|companion|bodyguard)"
)
_KIN_ITEM = rf"(?:her|his|their|its)\s+(?:(?!{_KIN}\b)[a-z][\w-]*\s+)?{_KIN}\b"
_MORE = (
    rf"(?P<more>(?:(?:,\s+(?:{_POSS}{_ITEM}|{_KIN_ITEM}))*,?\s+and\s+"
    rf"(?:{_POSS}{_ITEM}|{_KIN_ITEM}))?)"
)
_KIN_RE = re.compile(rf"(?:^|,|\band\b)\s*{_KIN_ITEM}", re.IGNORECASE)
_ITEM_RE = re.compile(
    rf"(?P<num>{_NUMBER_SINGLE})\s+(?P<who>{_WHO_WORD}(?:\s+{_WHO_WORD}){{0,3}})",
    re.IGNORECASE,
)

# Words among the victims that make them something other than people.
_NOT_PEOPLE = frozenset(
    "km kilometres kilometers kilometre kilometer miles mile metres meters m feet percent "
    "per rockets rocket missiles missile shells shell drones drone sites site buildings "
    "building homes houses house vehicles vehicle cars car trucks tanks tank bombs bomb "
    "mortars mortar strikes strike airstrikes raids attacks attack times days day hours hour "
    "mine mines landmine landmines ied ieds grenade grenades "
    "weeks week months month years year minutes targets positions villages towns cities "
    "districts provinces rounds bullets shots explosions cases kg tons tonnes dollars "
    "billion animals livestock cattle cows sheep goats camels chickens birds dogs fish "
    "head".split()
)
# A verb followed by a number of people has its victims after it ("a suicide bomber
# killed 14 people"): the words before the verb are not its victims then.
_OBJECT_AFTER = (
    rf"(?!\s+(?:{_NUMBER})\s+"
    rf"(?!(?:{'|'.join(sorted(_NOT_PEOPLE, key=len, reverse=True))})\b){_WHO_WORD})"
)
# "15 IS militants killed", "two soldiers were killed", "at least 3 dead".
_SUBJECT = re.compile(
    rf"(?<![\w,.-])(?P<num>{_NUMBER_SINGLE})(?:\s+of(?:\s+the)?)?(?:\s+{_WHO})?{_MORE}"
    rf"(?:,\s+(?:most|many|some|all|several|including|among\s+them|mostly|mainly|half)\b"
    rf"[^,.;()]{{0,80}},)?\s+"  # "N people, most of them soldiers, were killed"
    rf"(?:of\s+them\s+)?{_AUX}"
    rf"(?P<verb>{_KILLED}|{_INJURED})\b(?!\s+(?:the|a|an|his|her|their|\d|at least)\b)"
    rf"{_OBJECT_AFTER}(?!\s+(?:and|or)\s+(?:{_KILLED}|{_INJURED})\b)",
    re.IGNORECASE,
)
# "killing two people", "wounded 12 others", "claimed the lives of 9 civilians";
# "leaving five dead" is a subject pattern.
# "killing herself and four worshippers": the bomber died too, and ACLED counts every death
_OBJECT = re.compile(
    rf"\b(?P<verb>killing|killed|kills|kill|wounding|wounded|wounds|injuring|injured|"
    rf"(?:shot|shooting|shoot|shoots) dead|gunned down|gunning down|(?:the\s+)?bodies of|"
    rf"lynch(?:ed|ing|es)?|behead(?:ed|ing|s)?|neutrali[sz](?:ed|es|ing)|"
    rf"(?:beat|beating|stabbed|stabbing|hacked|hacking|burned|burning|burnt) to death|"
    rf"injures|hurting|claim(?:s|ed|ing)? the lives of|took the lives of|killing of|"
    rf"deaths? of|murder of)\s+(?P<self>(?:him|her)self\s+and\s+)?"
    rf"(?P<num>{_NUMBER_SINGLE})(?:\s+{_WHO})?{_MORE}",
    re.IGNORECASE,
)
# An active verb with its victims before "to death": "hacking two men to death", "beat a
# suspect to death", "stoning one to death".
_TO_DEATH = re.compile(
    rf"\b(?P<verb>hack(?:s|ed|ing)?|beat(?:s|en|ing)?|stab(?:s|bed|bing)?|burn(?:s|ed|t|ing)?|"
    rf"ston(?:e|es|ed|ing)|club(?:s|bed|bing)?|bludgeon(?:s|ed|ing)?|trampl(?:e|es|ed|ing)|"
    rf"tortur(?:e|es|ed|ing)|kick(?:s|ed|ing)?)\s+(?P<num>{_NUMBER_SINGLE})(?:\s+{_WHO})?{_MORE}"
    rf"\s+to\s+death\b",
    re.IGNORECASE,
)
# One victim named by a relation: "killing its driver", "wounding his son".
_RELATIONS = (
    r"driver|rider|passenger|occupant|pilot|owner|son|daughter|wife|husband|brother|sister|"
    r"father|mother|bodyguard|guard|companion"
)  # "its rider": the one person on the motorbike or in the car that was hit
_ONE = re.compile(
    r"\b(?P<verb>killing|killed|kills|wounding|wounded|injuring|injured)\s+(?:its|his|her|their|"
    rf"the)\s+(?P<who>{_RELATIONS})\b(?!['’]s|\s+and\b)",
    re.IGNORECASE,
)
_RELATION = re.compile(rf"(?:its|his|her|their|the) (?:{_RELATIONS})")
# "claimed 9 lives", "cost at least 40 lives", "took the lives of" is an object pattern.
_LIVES = re.compile(
    rf"\b(?P<verb>claim(?:s|ed|ing)?|cost(?:s|ing)?|took|tak(?:es|ing))\s+(?:the\s+)?"
    rf"(?P<num>{_NUMBER_SINGLE})\s+(?:(?:more|other|innocent|civilian)\s+)?lives\b",
    re.IGNORECASE,
)
# A singular victim without a number, headline style: "Iranian fighter killed".
_SINGULAR = re.compile(
    r"\b(?P<who>(?i:fighter|soldier|civilian|child|man|woman|boy|girl|officer|policeman|"
    r"commander|member|journalist|teenager|farmer|shepherd|doctor|leader|militant|gunman|"
    r"activist|pilot|guard|vendor|trader|driver|student|worker|villager|resident|herder|"
    r"worshipper|teacher|nurse|passenger|rider|motorcyclist))\s+(?:was\s+)?"
    r"(?:reportedly\s+|also\s+)?"
    r"(?P<verb>killed|dies|died|wounded|injured|dead)\b(?!\s+(?:the|a|an|his|her|their|\d|"
    r"at least|or)\b)(?!\s+and\b(?!\s+(?:another|others?|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|dozens)\b))",
)  # "a vendor was killed and four others were hurt": the "and" starts another figure
# An attacker who died in his own attack: "the bomber also died", "the attacker was
# killed" (ACLED counts every death of the event). Active "the bomber killed 14" is not.
_ATTACKER_DIED = re.compile(
    r"\b(?P<who>(?i:bomber|attacker|assailant))\s+(?:(?i:also|later)\s+)?"
    r"(?P<verb>(?i:died|dies|was\s+(?:also\s+)?(?:killed|shot\s+dead)))\b"
)
# A person named by a title after the verb: "killed Iranian general Qassem Soleimani".
_TITLES = (
    "general", "commander", "leader", "officer", "official", "colonel", "major", "mayor",
    "governor", "judge", "journalist", "cleric", "imam", "chief", "spokesman", "minister",
    "activist", "lawyer", "head",
)  # fmt: skip
# Rank words before the title: "senior Hezbollah field commander Taleb Abdallah".
_RANK = (
    r"(?:senior|top|deputy|former|local|regional|field|military|prominent|district|provincial|"
    r"village|tribal|clan|community|police|army|rebel|militia|party)"
)
_NAMED = re.compile(
    r"\b(?P<verb>(?i:killing|killed|kills|kill|assassinat(?:ed|ing|es)|wounding|wounded|"
    r"injuring|injured))\s+(?:(?P<art>(?i:the|a|an))\s+)?(?P<who>(?:(?:[A-Z][\w'’-]*|"
    rf"(?i:{_RANK}))\s+){{0,3}}(?i:{'|'.join(_TITLES)})"
    r"(?P<names>(?:\s+[A-Z][\w'’-]*){0,3}))\b"
    # "... and three other fighters", "and two others": more victims with the named one
    rf"(?:\s+and\s+(?P<others>{_NUMBER})\s+(?i:other|others|more)\b)?",
)
# A capitalised word before the singular victim belongs to it: "Iranian fighter".
_ADJECTIVE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
# "the death toll rose to 12", "toll of 30".
_TOLL = re.compile(
    rf"\b(?P<verb>death toll|toll|number of (?:dead|deaths|killed|people killed|wounded|"
    rf"injured))(?:\s+[^\W\d][\w'’]*){{0,10}}?\s+"
    rf"(?:to|at|of|is|was|reached|hit|stood at|stands at)\s+"
    rf"(?P<num>{_NUMBER})(?!\s*(?:km|%|per))\b",
    re.IGNORECASE,
)
# "three children among the dead".
# "among the dead were three children".
_AMONG_WERE = re.compile(
    rf"\bamong\s+the\s+(?P<verb>dead|killed|victims|wounded|injured)\s+(?:were|was|are|is)\s+"
    rf"(?P<num>{_NUMBER_SINGLE})(?:\s+{_WHO})?",
    re.IGNORECASE,
)
_AMONG = re.compile(
    rf"(?<![\w,.-])(?P<num>{_NUMBER_SINGLE})\s+(?:{_WHO}\s+)?(?:were\s+|are\s+|was\s+|is\s+)?"
    rf"among\s+(?:the|those)\s+(?P<verb>dead|killed|victims|wounded|injured)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\b(?:(?P<none>no casualties|no fatalities|no deaths|no injuries|without casualties)"
    r"|(?P<subj>no one|nobody|none)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?"
    r"(?P<verb>killed|hurt|injured|wounded|harmed))\b",
    re.IGNORECASE,
)
_GENERIC_WHO = frozenset({"people", "persons", "others", "more", "individuals", "other"})


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A count of killed or wounded people as a text gives it.

    Attributes
    ----------
    start, end : int
        Character offsets (plus the ``offset`` given to :func:`find_casualties`).
    text : str
        The words of the mention.
    kind : {"killed", "injured"}
    count : Count
        Exact, a range, or open-ended.
    who : str or None
        The victims as named ("civilians", "IS militants"); None for "people", "others".
    cumulative : bool
        True for a running total over a longer time rather than one event's toll: "the war
        has killed ...", "... since 2014", "so far this year", "in total".
    """

    start: int
    end: int
    text: str
    kind: Literal["killed", "injured"]
    count: Count
    who: str | None
    cumulative: bool = False


def _spelled(words: str) -> int | None:
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and" or not word or (word in ("a", "an") and not seen):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _base(words: str) -> Count | None:
    w = " ".join(words.lower().split())
    if w in _VAGUE:
        return _VAGUE[w]
    if w in _SINGLE:
        return Count(1, 1)
    if w.endswith(" dozen"):
        head = _base(w.removesuffix(" dozen"))
        n = None if head is None else head.exact
        return None if n is None else Count(n * 12, n * 12)
    if re.fullmatch(_DIGITS, w):
        number, _, scale = w.replace(",", "").partition(" ")
        # exact arithmetic: a float would turn "9,007,199,254,740,993" into ...992
        n = round(
            Fraction(number) * {"": 1, "hundred": 100, "thousand": 1000, "million": 10**6}[scale]
        )
    else:
        n = _spelled(w)
    if n is None or n > MAX_PEOPLE:
        return None  # more people than live on Earth: a misread figure, never a toll
    return Count(n, n)


_QUAL_RE = re.compile(rf"^(?P<q>{_QUAL})\s+(?P<rest>.+)$", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"^(?:between\s+(?P<a>{_BASE})\s+and\s+(?P<b>{_BASE})|(?P<c>{_BASE})\s*(?:-|to|or)\s*"
    rf"(?P<d>{_BASE}))$",
    re.IGNORECASE,
)


def parse_number(words: str) -> Count | None:
    """Read a number of people as a report words it.

    Parameters
    ----------
    words : str
        "two", "15", "1,200", "twenty-three", "a dozen", "dozens", "at least 3",
        "more than 20", "between 10 and 15", ...

    Returns
    -------
    Count or None
        None when the words are not a number. See the module docstring for the rules.

    Examples
    --------
    >>> parse_number("at least three")
    Count(low=3, high=None)
    >>> parse_number("dozens")
    Count(low=24, high=99)
    """
    text = " ".join(words.strip().split())
    rough = re.search(r"\s+or\s+so$", text, re.IGNORECASE)
    if rough:  # "a dozen or so" is "about a dozen"
        text = text[: rough.start()]
    m = _QUAL_RE.match(text)
    qualifier = ""
    if m and _base(text) is None:
        qualifier, text = m["q"].lower(), m["rest"]
    r = _RANGE_RE.match(text)
    if r and _base(text) is None:
        low = _base(r["a"] or r["c"])
        high = _base(r["b"] or r["d"])
        if low is None or high is None:
            return None
        if high.high is None or low.low > high.high:
            return None
        count = Count(low.low, high.high)
    else:
        count = _base(text)
    if count is None:
        return None
    if rough and not qualifier:
        qualifier = "about"
    if qualifier in ("at least",):
        return Count(count.low, None)
    if qualifier in ("more than", "over"):
        return Count(count.low + (1 if count.exact is not None else 0), None)
    if qualifier in ("up to", "as many as", "at most"):
        return Count(min(1, count.low), count.high)
    if qualifier in ("fewer than", "less than", "under"):
        if count.high is None:
            return None
        return Count(min(1, count.high - 1), count.high - 1)
    n = count.exact
    if n is None or n < 2 or qualifier not in _APPROXIMATE:
        return count
    spread = max(1, round(n * 0.15))
    if qualifier in ("nearly", "almost", "close to"):
        return Count(max(1, n - spread), n - 1)
    return Count(max(1, n - spread), n + spread)


# Qualifiers of a rough figure: the count becomes a range of about 15% either side.
_APPROXIMATE = frozenset(
    {"about", "around", "some", "roughly", "approximately", "an estimated", "nearly",
     "almost", "close to"}
)  # fmt: skip


def _who(m: re.Match[str]) -> str | None:
    who = m.groupdict().get("who")
    if not who:
        return None
    if who.lower() in _GENERIC_WHO:
        return None
    return who


def _kind(verb: str) -> Literal["killed", "injured"]:
    v = verb.lower()
    injured = any(v.startswith(p) for p in ("wound", "injur", "hurt", "maim"))
    return "injured" if injured else "killed"


def find_casualties(text: str, *, offset: int = 0) -> list[CasualtyMention]:
    """Find the killed and wounded counts of a text.

    Parameters
    ----------
    text : str
        A sentence or a document.
    offset : int
        Added to every start and end.

    Returns
    -------
    list of CasualtyMention
        In text order; a figure is reported once even when two patterns read it.
        Figures are read on the text folded by :func:`mapper.textfold.fold` (accents,
        soft hyphens, zero-width spaces ignored); offsets and texts are those of *text*.

    Examples
    --------
    >>> [(m.kind, str(m.count)) for m in find_casualties("killing two and wounding 12")]
    [('killed', '2'), ('injured', '12')]
    """
    return on_folded(_find_casualties, text, offset)


def _find_casualties(text: str, offset: int) -> list[CasualtyMention]:
    """:func:`find_casualties` on a text folded by :func:`mapper.textfold.fold`."""
    found: list[CasualtyMention] = []
    part: set[tuple[int, str]] = set()  # mentions that count part of the dead ("among")
    for start, end in _windows(text):
        window = text[start:end].lower()
        numbers = [
            w.start()
            for w in _WORD_RE.finditer(text, start, end)
            if w.group()[0].isdigit() or w.group().lower() in _NUMBER_WORDS
        ]
        for pattern in (_TOLL, _OBJECT, _SUBJECT, _AMONG, _LIVES, _AMONG_WERE):
            if pattern in _NEEDS and not any(w in window for w in _NEEDS[pattern]):
                continue
            matches = (
                _at(pattern, text, numbers, end)
                if pattern in (_SUBJECT, _AMONG)
                else pattern.finditer(text, start, end)
            )
            for m in matches:
                mention = _read(m, pattern, text)
                if mention is not None:
                    found.append(mention)
                    if pattern in (_AMONG, _AMONG_WERE):
                        part.add((mention.start, mention.kind))
        found += _singular(text, start, end)
        if "to death" in window:
            found += _to_death(text, start, end)
        relations = _ONE.finditer(text, start, end) if _RELATION.search(window) else ()
        for m in relations:
            one = CasualtyMention(*m.span(), m.group(), _kind(m["verb"]), Count(1, 1), m["who"])
            found.append(one)
        named = _NAMED.finditer(text, start, end) if any(t in window for t in _TITLES) else ()
        for m in named:
            if not (m["art"] or m["names"]):
                continue  # "killed general ..." is neither "the general" nor a name
            kind = "killed" if m["verb"].lower().startswith("assass") else _kind(m["verb"])
            others = parse_number(m["others"]) if m["others"] else None
            count = Count(1, 1) if others is None else _add(Count(1, 1), others)
            found.append(CasualtyMention(*m.span(), m.group(), kind, count, m["who"]))
        if any(w in window for w in _NEEDS[_ZERO]):
            for m in _ZERO.finditer(text, start, end):
                found += _zero(m)
    found.sort(key=lambda c: (c.start, c.start - c.end))
    result: list[CasualtyMention] = []
    for mention in found:
        if not any(
            c.start < mention.end and mention.start < c.end and c.kind == mention.kind
            for c in result
        ):
            result.append(mention)
    result.sort(key=lambda c: c.start)
    # "killed 20 people; among the dead were three children": the three are part of
    # the twenty, not more of them.
    result = [
        c
        for c in result
        if (c.start, c.kind) not in part
        or not any(o.kind == c.kind and o.end <= c.start and c.start - o.end < 200 for o in result)
    ]
    return [
        replace(
            c,
            start=c.start + offset,
            end=c.end + offset,
            cumulative=_cumulative(text, c.start, c.end),
        )
        for c in result
    ]


# "has killed", "have now killed" just before; "since ...", "so far" later in the same
# clause, before any other figure ("killed three soldiers, the deadliest attack since
# 2012" is one event: the comma ends the toll's clause).
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:left\s+)?$", re.I
)  # "has killed", "the conflict has left 5,000 dead"
# A period before the figure in its clause: "Over the past decade, the violence has
# killed 20,000", "Since 2019, gangs have killed ...".
_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|"
    r"decades?)|since\s+(?:19|20)\d\d|in\s+recent\s+"
    r"(?:weeks|months|years))\b(?:(?!\b(?:but|while|whereas)\b)[^.;])*$",
    re.I,
)
_TOTAL_AFTER = re.compile(
    r"[^.;,:\d]*?\b(?:since|so far|in total|to date|this year|nationwide|across the country|"
    r"countrywide|(?:over|in|during) the (?:past|last) "
    r"(?:\w+ )?(?:weeks|months|years|decades?)|in (?:\w+ )?years of|last year|"
    r"in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|first|largest|biggest|highest|heaviest|most)\b", re.I
)


# A perfect passive after the figure, in a sentence that names a period or a war the
# figure belongs to: "the conflict, in which more than 300 people have been killed",
# "since 2019 over 2,000 have died". "Five people have been killed in a blast" stays one
# event: nothing before it names a period.
_PERFECT_AFTER = re.compile(
    r"[^.;,]*?\b(?:have|has)\s+(?:now\s+|so far\s+)?(?:been\s+killed|died)\b", re.I
)
_PERIOD_BEFORE = re.compile(r"\b(?:since|in which|during which)\b", re.I)


def _cumulative(text: str, start: int, end: int) -> bool:
    if _PERFECT_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    sentence = re.split(r"[.;]\s", text[max(0, start - 200) : start])[-1]
    if _PERFECT_AFTER.match(text[start : end + 40]) and _PERIOD_BEFORE.search(sentence):
        return True
    clause = re.split(r"[.;]", text[max(0, start - 120) : start])[-1]
    if _TOTAL_BEFORE.search(clause) and _SUPERLATIVE.search(clause) is None:
        return True  # "the first massacre since 2016, killing 40" compares one event
    m = _TOTAL_AFTER.match(text, end, min(len(text), end + 80))
    # "the deadliest attack since 2012" compares one event with the past.
    return m is not None and _SUPERLATIVE.search(m.group()) is None


# Words without which a pattern cannot match: it is skipped where they are absent.
_NEEDS = {
    _TOLL: ("toll", "number of"),
    _AMONG: ("among",),
    _LIVES: ("lives",),
    _AMONG_WERE: ("among",),
    _ZERO: ("no ", "nobody", "none", "without"),
}

# Every pattern holds one of these words; the patterns run only in windows around them.
_KEYWORDS = re.compile(
    r"kill|dead|die[ds]|death|wound|injur|hurt|martyr|toll|fatalit|bod(?:y|ies)|lives|"
    r"perish|slain|execut|murder|maim|casualt|harm|victims|assassinat|gunned|gunning|lynch|"
    r"behead|neutrali"
)


# Every word a number can start with (a superset: all words of the number patterns).
_NUMBER_WORDS = frozenset(re.findall(r"[a-z]+", " ".join([_WORD, _QUAL, *_VAGUE, "between"])))
_WORD_RE = re.compile(r"\w+")


def _at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` for a pattern that starts with a number, tried only at the words
    that can start one (several times faster on long texts)."""
    pos = 0
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start, end)
            if m is not None:
                pos = m.end()
                yield m


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around casualty words (far wider than any pattern)."""
    windows: list[tuple[int, int]] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # rare letters whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for k in _KEYWORDS.finditer(lowered):
        start, end = max(0, k.start() - 300), min(len(text), k.end() + 200)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _singular(text: str, start: int, end: int) -> list[CasualtyMention]:
    """Headline-style single victims: "Iranian fighter killed", "Soldier wounded"."""
    found = [
        CasualtyMention(*m.span(), m.group(), "killed", Count(1, 1), m["who"])
        for m in _ATTACKER_DIED.finditer(text, start, end)
    ]
    for m in _SINGULAR.finditer(text, start, end):
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        first = adjective.start() if adjective else m.start()
        if first and text[first - 1].isalnum():
            first = m.start()  # the capital was inside a word
        found.append(
            CasualtyMention(
                first, m.end(), text[first : m.end()], _kind(m["verb"]), Count(1, 1),
                text[first : m.end("who")],
            )
        )  # fmt: skip
    return found


def _to_death(text: str, start: int, end: int) -> list[CasualtyMention]:
    """Victims of an active verb "to death": "hacking two men to death"; "one" alone is
    a pronoun here ("beating one to death") and counts one."""
    found = []
    for m in _TO_DEATH.finditer(text, start, end):
        if m["num"].lower() == "one" and not m.groupdict().get("who"):
            found.append(CasualtyMention(*m.span(), m.group(), "killed", Count(1, 1), None))
            continue
        mention = _read(m, _TO_DEATH, text)
        if mention is not None:
            found.append(replace(mention, kind="killed"))
    return found


def _zero(m: re.Match[str]) -> list[CasualtyMention]:
    """Zero counts: "no casualties" is zero killed and injured, "no one was hurt" zero injured."""
    kinds: tuple[Literal["killed", "injured"], ...]
    if m["none"]:
        word = m["none"].lower()
        if "death" in word or "fatal" in word:
            kinds = ("killed",)
        elif "injur" in word:
            kinds = ("injured",)
        else:
            kinds = ("killed", "injured")
    elif m["verb"].lower() == "harmed":
        kinds = ("killed", "injured")
    else:
        kinds = (_kind(m["verb"]),)
    return [CasualtyMention(*m.span(), m.group(), kind, Count(0, 0), None) for kind in kinds]


def _victims(num: str, who: str | None, text: str, end: int) -> Count | None:
    """The count of one "NUM who" item, or None when it is not people."""
    words = (who or "").split()
    if re.match(r"[.,:/]\d", text[end : end + 2]):
        return None  # "1.5 km", "10:30", "20/01": part of another number
    if re.match(r"\s*(?:km|%)", text[end : end + 3]):
        return None
    if any(w.lower().strip("'’") in _NOT_PEOPLE for w in words):
        return None
    if num.lower() in _SINGLE and (not words or (len(words) == 1 and words[0].endswith("s"))):
        return None  # "a" needs a singular noun: "a civilian", not "a" alone
    if re.fullmatch(r"(?:19|20)\d\d", num) and not words:
        return None  # "killed 2024" is a year
    return parse_number(num)


def _add(a: Count, b: Count) -> Count:
    return Count(a.low + b.low, None if a.high is None or b.high is None else a.high + b.high)


def _read(m: re.Match[str], pattern: re.Pattern[str], text: str) -> CasualtyMention | None:
    groups = m.groupdict()
    count = _victims(m["num"], groups.get("who"), text, m.end("num"))
    if count is None:
        return None
    if groups.get("self"):
        count = _add(count, Count(1, 1))
    who = _who(m)
    more = groups.get("more")
    if more:
        for item in _ITEM_RE.finditer(more):
            extra = _victims(item["num"], item["who"], more, item.end("num"))
            if extra is None:
                return None
            count = _add(count, extra)
        for _ in _KIN_RE.finditer(more):
            count = _add(count, Count(1, 1))
        start = m.start("who") if groups.get("who") else m.start("more")
        who = text[start : m.end("more")].strip()
    verb = m["verb"].lower()
    if verb.startswith("neutrali") and " ".join(m["num"].lower().split()) in _VAGUE:
        return None  # "neutralising a number of terrorists": a boast, not a toll
    kind = "killed" if verb == "victims" else _kind(verb)
    return CasualtyMention(m.start(), m.end(), m.group(), kind, count, who)
