"""Dates in news text: absolute, relative to the publication date, and historical.

Rules (each documented where it is applied):

* Numeric dates "20/01/2015" are read day first, as most non-US outlets write them,
  unless only month-first makes sense ("01/20/2015").
* A range of days ("24-25 January", "January 24 and 25") is dated by its first day with
  week precision (ACLED's code for an event over a few days).
* A day and month without a year ("Jan. 24", "24 Jan") takes the year that puts it
  nearest on or before the publication date; without a publication date its value is None.
* "New Year's Eve", "New Year's Day", "Christmas Eve" and "Christmas Day" are 31
  December, 1 January, 24 and 25 December, with a year as a day and month without one.
* Weekdays ("on Wednesday", "early Wednesday morning", "Wednesday night") are the most
  recent such day on or before the publication date (the same day counts); "last
  Wednesday" is the most recent one strictly before it.
* "last night" is the day before publication (articles are dated by their day, not their
  hour, so the early-morning case cannot be told apart and the common one is chosen).
* "last week" is the Monday of the week before publication ("late last week" its
  Thursday, where the late part of the week starts; week precision), "last month"
  the first day of the month before (month precision); "over the weekend" the most recent
  Saturday on or before publication and "in the past week" the day a week before it
  (both week precision); "overnight" is the publication day, "overnight (on) Sunday"
  that Sunday.
* Without a publication date every relative date has value None: never guessed.
* A mention is historical when a cue says so ("since 2014", "back in", "anniversary",
  "the 2003 invasion", "last year", "N years ago"), or, with a publication date, when a
  year or month lies before the publication's year or month (with "in", "during", ...),
  or an absolute date lies more than 31 days before publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import partial

from .errors import InputError
from .incident import DatePrecision
from .textfold import on_folded

__all__ = ["DateMention", "event_date", "find_dates", "parse_published", "report_date"]

# fmt: off
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# fmt: on

# Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_CUES = r"(?:(?:since|in|by|until|during)\s+)?(?:early|late|mid-?)|in|since|during|back in|until|by"
_END = r"(?![\w-])"
_GAP = r"(?:\s+|(?<=-))"  # after a cue: a space, or nothing after "mid-"


def _m(g: str) -> str:
    return f"(?P<m{g}>{_MONTH_NAMES})"


def _d(g: str) -> str:
    """A day, or the first day of a range ("24-25", "24th and 25th")."""
    return (
        f"(?P<d{g}>[0-3]?\\d)(?:st|nd|rd|th)?"
        f"(?P<r{g}>\\s*(?:-|–|to|and)\\s*[0-3]?\\d(?:st|nd|rd|th)?(?![\\d/:]|\\.\\d))?"
    )


def _y(g: str) -> str:
    return f"(?P<y{g}>(?:19|20)\\d\\d)"


_PATTERNS = re.compile(
    "|".join(
        (
            rf"(?P<iso>\b{_y('i')}-(?P<mi>[01]\d)-(?P<di>[0-3]\d)(?!\d))",
            # "12/03/2025", and "12.03.2025" as European and Middle Eastern copy writes it
            r"(?P<slash>\b(?P<sa>[0-3]?\d)(?P<sep>[/.])(?P<sb>[0-3]?\d)(?P=sep)"
            r"(?P<sy>(?:19|20)\d\d)\b)",
            rf"(?P<dmy>\b{_d('1')}\s+(?:of\s+)?{_m('1')}(?:,?\s+{_y('1')})?{_END})",
            rf"(?P<mdy>\b{_m('2')}\s+{_d('2')}(?:,?\s+{_y('2')})?{_END})",
            rf"(?P<my>\b(?:(?P<mycue>{_CUES}){_GAP})?{_m('3')},?\s+{_y('3')}{_END})",
            # "since July 24" is a day: the month alone is "since July"
            rf"(?P<mo>\b(?P<mocue>{_CUES}|last){_GAP}{_m('4')}(?!\s+[0-3]?\d\b){_END})",
            rf"(?P<yr>\b(?P<ycue>{_CUES}|the){_GAP}{_y('4')}"
            rf"(?P<ynoun>\s+[a-z]+)?{_END})",
            r"(?P<nth>\bon\s+the\s+(?P<dn>[0-3]?\d)(?:st|nd|rd|th)\b"
            # the ordinal ends its phrase: "on the 5th floor", "on the 9th of May" are not it
            r"(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:in|at|near|when|as|after|and|while|before|"
            r"during|around|outside|inside|with|against|between|from|killing|wounding|"
            r"leaving|the|a|an|local|officials|police|witnesses|residents)\b))",
            r"(?P<hol>\b(?:on\s+)?(?P<holn>New\s+Year['’]?s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))"
            rf"(?:,?\s+{_y('h')})?{_END})",
            # "overnight Saturday to Sunday", "late Friday into Saturday": the second day
            r"(?P<wk>\b(?:(?P<wcue>(?:overnight|late) (?:from )?(?:Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)(?: night)? (?:into|to)"
            # "overnight on Sunday", "overnight Sunday": that day's night, not publication day
            r"|on|early|late|last|this|early on|late on|overnight (?:into|to|on)|overnight"
            r"|(?:in )?the early hours of|(?:on )?the night of \w+ (?:into|to))\s+)?"
            rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){_PART}?\b)",
            rf"(?P<rel>\b(?:the day before yesterday|(?:early |late )?yesterday{_PART}?"
            r"|(?:earlier |later )?today|(?:earlier |late |later )?tonight|"
            r"(?P<weekend>(?:over |during |at )?(?:the |this |last )weekend)|"
            r"(?P<pastweek>(?:in |over |during )?the (?:past|last) (?:week|seven days))|"
            r"last night|overnight|(?:earlier )?this (?:morning|afternoon|evening)|"
            r"(?P<lastu>last|this|earlier this|earlier in the|late last|early last) "
            r"(?P<unit>week|month|year)"
            r"|(?P<ago>(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve) (?P<agou>days?|weeks?|months?|years?) ago))\b)",
        )
    ),
    re.IGNORECASE,
)

_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as a text gives it.

    Attributes
    ----------
    start, end : int
        Character offsets (plus the ``offset`` given to :func:`find_dates`).
    text : str
        The words of the mention.
    value : date or None
        The (first) day meant: the Monday of a week (its Thursday for "late last week"),
        the first of a month or year. None
        when the date is relative (or has no year) and no publication date was given.
    precision : DatePrecision or None
        day, week, month or year.
    relative : bool
        True for dates read relative to publication ("on Wednesday", "yesterday").
    historical : bool
        True for references that are not the reported event ("since 2014").
    """

    start: int
    end: int
    text: str
    value: date | None
    precision: DatePrecision | None
    relative: bool
    historical: bool


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, published: date | None) -> date | None:
    """The year putting month/day nearest on or before ``published``."""
    if published is None:
        return None
    for year in (published.year, published.year - 1, published.year - 4):
        found = _safe_date(year, month, day)
        if found is not None and found <= published:
            return found
    return None


def _weekday(name: str, published: date | None, *, strictly_before: bool) -> date | None:
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS[name.lower()]) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def _month_start(d: date, months_back: int) -> date:
    index = d.year * 12 + d.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


_HISTORICAL_CUES = ("since", "back in", "until")
_NEAR_CUES = re.compile(r"\banniversary\b", re.IGNORECASE)


def _relative(m: re.Match[str], published: date | None) -> tuple[date | None, DatePrecision, bool]:
    """Value, precision and historical flag of a relative expression."""
    words = m.group("rel").lower()
    if m.group("ago"):
        n_word = m.group("n").lower()
        n = int(n_word) if n_word.isdigit() else _SMALL[n_word]
        unit = m.group("agou").lower().rstrip("s")
        if unit == "year":
            return (
                None if published is None else date(published.year - n, 1, 1),
                DatePrecision.YEAR,
                True,
            )
        if published is None:
            precision = {"day": DatePrecision.DAY, "week": DatePrecision.WEEK}.get(
                unit, DatePrecision.MONTH
            )
            return None, precision, unit == "month"
        if unit == "day":
            return published - timedelta(days=n), DatePrecision.DAY, False
        if unit == "week":
            d = published - timedelta(weeks=n)
            return d - timedelta(days=d.weekday()), DatePrecision.WEEK, False
        return _month_start(published, n), DatePrecision.MONTH, n > 1
    if m.group("unit"):
        unit = m.group("unit").lower()
        last = "last" in m.group("lastu").lower()
        if unit == "week":
            if published is None:
                return None, DatePrecision.WEEK, False
            monday = published - timedelta(days=published.weekday())
            start = monday - timedelta(weeks=1) if last else monday
            if m.group("lastu").lower() == "late last":
                start += timedelta(days=3)  # the late part of a week starts on its Thursday
            return start, DatePrecision.WEEK, False
        if unit == "month":
            if published is None:
                return None, DatePrecision.MONTH, False
            return _month_start(published, 1 if last else 0), DatePrecision.MONTH, False
        if published is None:
            return None, DatePrecision.YEAR, last
        return date(published.year - (1 if last else 0), 1, 1), DatePrecision.YEAR, last
    if m.group("weekend") or m.group("pastweek"):
        if published is None:
            return None, DatePrecision.WEEK, False
        if m.group("pastweek"):
            return published - timedelta(days=7), DatePrecision.WEEK, False
        return published - timedelta(days=(published.weekday() - 5) % 7), DatePrecision.WEEK, False
    if published is None:
        return None, DatePrecision.DAY, False
    if words.startswith("the day before yesterday"):
        return published - timedelta(days=2), DatePrecision.DAY, False
    if "yesterday" in words or words == "last night":
        return published - timedelta(days=1), DatePrecision.DAY, False
    return published, DatePrecision.DAY, False


def find_dates(text: str, *, published: date | None = None, offset: int = 0) -> list[DateMention]:
    """Find the date mentions of a text, resolved against the publication date.

    Parameters
    ----------
    text : str
        A sentence or a document.
    published : date, optional
        The publication date. Relative dates and days without a year stay None without it.
    offset : int
        Added to every start and end (the position of ``text`` in a larger document).

    Returns
    -------
    list of DateMention
        In text order, not overlapping. Read on the text folded by
        :func:`mapper.textfold.fold`; offsets and texts are those of *text*.

    Examples
    --------
    >>> [m.value for m in find_dates("Early Wednesday morning", published=date(2024, 1, 26))]
    [datetime.date(2024, 1, 24)]
    """
    return on_folded(partial(_find_dates, published=published), text, offset)


def _find_dates(text: str, offset: int, *, published: date | None) -> list[DateMention]:
    """:func:`find_dates` on a text folded by :func:`mapper.textfold.fold`."""
    found: list[DateMention] = []
    for m in _matches(text):
        mention = _mention(m, text, published)
        if mention is not None:
            found.append(mention)
    if found and _CHAIN_WORDS.search(text):
        found = _chained(text, found)
    return [replace(d, start=d.start + offset, end=d.end + offset) for d in found]


_CHAIN_WORDS = re.compile(r"\b(?:day|week)", re.I)
_N_DAYS = r"(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<span>days?|weeks?)"
_CHAINED = re.compile(
    rf"\b(?:{_N_DAYS}\s+(?P<dir>earlier|later|before|after)|the\s+(?P<rel>previous|following|"
    r"next)\s+day|the\s+day\s+(?P<dir2>before|after)(?!\s+(?:yesterday|tomorrow))"
    r"|(?P<same>(?:the|that)\s+(?:very\s+)?same\s+day|later\s+that\s+day))\b",
    re.I,
)


_ADVERBIAL = re.compile(r"\s*(?:[,.;:!?\u2014)]|(?:that|this|then)\b|$)", re.I)
"""What follows "the day before" used alone ("The day before, ...", "a day before that"):
counted back from the date told before, like "the previous day"."""


_REPORTED = re.compile(
    r"\b(?:said|reported|announced|told\s+\w+|confirmed|added|stated)\s+(?:on\s+|late\s+|"
    r"early\s+)?$",
    re.I,
)
"""What comes right before the date a report was made ("RTB reported on Sunday"): no
event's date, so no date told later counts from it."""


def report_date(text: str, mention: DateMention) -> bool:
    """True when *mention* dates the report, not the event: it follows a reporting verb
    ("police said on Tuesday", "the army announced late Friday").

    Examples
    --------
    >>> text = "Police said on Tuesday that gunmen struck on Sunday."
    >>> [report_date(text, d) for d in find_dates(text, published=date(2025, 4, 16))]
    [True, False]
    """
    return _REPORTED.search(text, max(0, mention.start - 30), mention.start) is not None


def _chained(text: str, found: list[DateMention]) -> list[DateMention]:
    """Add dates told relative to another date of the text.

    "A day later", "two days earlier", "a week earlier", "the previous day", "the same
    day", "later that day", "the day before," and "a day before that" count from the
    date before them; "X on Wednesday, a day after Y" dates Y a day before Wednesday
    (and "a day before Y" a day after it),
    counting from a date earlier in the same sentence.
    Without such a date nothing is added.
    """
    out = list(found)
    for m in _CHAINED.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        n_word = (m["n"] or "a").lower()
        n = int(n_word) if n_word.isdigit() else _SMALL.get(n_word, 1)
        if (m["span"] or "day").lower().startswith("week"):
            n *= 7  # "a week earlier": the same weekday, seven days before
        if m["same"]:  # "the same day", "later that day": the date told before
            n = 0
        way = (m["dir"] or m["dir2"] or m["rel"] or "later").lower()
        clause = way in ("after", "before") and not _ADVERBIAL.match(text, m.end())
        if way in ("after", "before") and not clause:
            way = "earlier" if way == "before" else "later"  # "The day before, ..."
        sign = {"earlier": -1, "previous": -1, "after": -1}.get(way, 1)
        earlier = [
            d for d in found if d.end <= m.start() and not d.historical and not report_date(text, d)
        ]
        if clause:  # only a date of the same sentence anchors "a day after ..."
            earlier = [d for d in earlier if not re.search(r"[.!?]\s", text[d.end : m.start()])]
        if not earlier:
            continue
        anchor = earlier[-1]
        value = None if anchor.value is None else anchor.value + timedelta(days=sign * n)
        out.append(DateMention(m.start(), m.end(), m.group(), value, anchor.precision, True, False))
    return sorted(out, key=lambda d: d.start)


# Words every date expression contains (with any word holding a digit); the expression may
# start up to four words earlier ("in the past week", "the day before yesterday").
_ANCHORS = frozenset(
    [*_MONTHS, *_WEEKDAYS, "today", "tonight", "yesterday", "overnight", "weekend", "week",
     "month", "year", "night", "morning", "afternoon", "evening", "ago", "days", "christmas"]
)  # fmt: skip
_WORD = re.compile(r"\w+")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``_PATTERNS.finditer(text)``, tried only near anchor words (several times faster)."""
    pos = 0
    starts: list[int] = []
    for w in _WORD.finditer(text):
        starts.append(w.start())
        word = w.group()
        if w.start() < pos or not (word.lower() in _ANCHORS or any(c.isdigit() for c in word)):
            continue
        for start in starts[-5:]:
            if start < pos:
                continue
            m = _PATTERNS.match(text, start)
            if m is not None and m.end() > w.start():
                yield m
                pos = m.end()
                break


_Read = tuple[date | None, DatePrecision, bool, str]  # value, precision, relative, cue


def _read_iso(m: re.Match[str], published: date | None) -> _Read | None:
    value = _safe_date(int(m["yi"]), int(m["mi"]), int(m["di"]))
    return None if value is None else (value, DatePrecision.DAY, False, "")


def _read_slash(m: re.Match[str], published: date | None) -> _Read | None:
    a, b = int(m["sa"]), int(m["sb"])
    day, month = (b, a) if b > 12 >= a else (a, b)
    value = _safe_date(int(m["sy"]), month, day)
    return None if value is None else (value, DatePrecision.DAY, False, "")


def _read_day(m: re.Match[str], published: date | None) -> _Read | None:
    g = "1" if m.lastgroup == "dmy" else "2"
    if not _CAPITAL.match(m["m" + g]):
        return None
    day, month = int(m["d" + g]), _month(m["m" + g])
    if m["y" + g]:
        value = _safe_date(int(m["y" + g]), month, day)
        if value is None:
            return None
    elif _safe_date(2024, month, day) is None:  # 2024 is a leap year: 29 February passes
        return None
    else:
        value = _yearless(month, day, published)
    # A range of days ("24-25 January") is dated by its first day, week precision.
    return value, DatePrecision.WEEK if m["r" + g] else DatePrecision.DAY, False, ""


def _read_month(m: re.Match[str], published: date | None) -> _Read | None:
    g = "3" if m.lastgroup == "my" else "4"
    if not _CAPITAL.match(m["m" + g]):
        return None
    month = _month(m["m" + g])
    if g == "3":
        return date(int(m["y3"]), month, 1), DatePrecision.MONTH, False, m["mycue"] or ""
    # A month without a year is the latest such month up to publication.
    return _yearless(month, 1, published), DatePrecision.MONTH, True, m["mocue"]


def _read_weekday(m: re.Match[str], published: date | None) -> _Read | None:
    if not m["wd"][0].isupper():
        return None
    strictly = (m["wcue"] or "").lower() == "last"
    value = _weekday(m["wd"], published, strictly_before=strictly)
    return value, DatePrecision.DAY, True, ""


def _read_ordinal(m: re.Match[str], published: date | None) -> _Read | None:
    """ "On the 14th": the latest 14th up to publication (this month, else the last)."""
    day = int(m["dn"])
    if not 1 <= day <= 31:
        return None
    if published is None:
        return None, DatePrecision.DAY, True, ""
    for back in range(2):  # this month or the last; never further
        start = _month_start(published, back)
        value = _safe_date(start.year, start.month, day)
        if value is not None and value <= published:
            return value, DatePrecision.DAY, True, ""
    return None


def _read_holiday(m: re.Match[str], published: date | None) -> _Read | None:
    """New Year's Eve and Day, Christmas Eve and Day: days whose names carry the date."""
    name = m["holn"].lower()
    eve = name.endswith("eve")
    if "year" in name:
        month, day = (12, 31) if eve else (1, 1)
    else:
        month, day = (12, 24) if eve else (12, 25)
    value = date(int(m["yh"]), month, day) if m["yh"] else _yearless(month, day, published)
    return value, DatePrecision.DAY, False, ""


_READERS = {
    "iso": _read_iso,
    "slash": _read_slash,
    "dmy": _read_day,
    "mdy": _read_day,
    "my": _read_month,
    "mo": _read_month,
    "wk": _read_weekday,
    "hol": _read_holiday,
    "nth": _read_ordinal,
}


def _mention(m: re.Match[str], text: str, published: date | None) -> DateMention | None:
    """The date *m* names, or None when it names none or one outside the calendar.

    Counting back or forward from a publication date at the ends of the calendar
    ("yesterday" on 1 January of year 1) leaves what :class:`date` can hold; such a
    mention names no date that can be coded, so it is dropped rather than raised.
    """
    try:
        return _read_mention(m, text, published)
    except (OverflowError, ValueError):
        return None


def _read_mention(m: re.Match[str], text: str, published: date | None) -> DateMention | None:
    kind = m.lastgroup
    if kind == "rel":
        value, precision, historical = _relative(m, published)
        return DateMention(m.start(), m.end(), m.group(), value, precision, True, historical)
    if kind == "yr":
        return _year(m, text, published)
    read = _READERS[str(kind)](m, published)
    if read is None:
        return None
    value, precision, relative, cue = read
    historical = _historical(value, precision, cue, text, m.start(), m.end(), published)
    return DateMention(m.start(), m.end(), m.group(), value, precision, relative, historical)


def _year(m: re.Match[str], text: str, published: date | None) -> DateMention | None:
    """Years: "in 2019", "since 2014", and "the 2003 invasion" (only with its noun)."""
    cue, year = m["ycue"], int(m["y4"])
    is_the = cue.lower() == "the"
    if is_the and not m["ynoun"]:
        return None
    value, precision = date(year, 1, 1), DatePrecision.YEAR
    start, end = m.start("yr"), m.end("y4")
    historical = _historical(value, precision, cue, text, start, end, published) or (
        is_the and (published is None or year < published.year)
    )
    return DateMention(start, end, text[start:end], value, precision, False, historical)


def _historical(
    value: date | None,
    precision: DatePrecision,
    cue: str,
    text: str,
    start: int,
    end: int,
    published: date | None,
) -> bool:
    cue = cue.lower()
    if any(cue.startswith(c) for c in _HISTORICAL_CUES):
        return True
    window = text[max(0, start - 30) : end + 30]
    if _NEAR_CUES.search(window):
        return True
    if value is None or published is None:
        return False
    if precision is DatePrecision.YEAR:
        return value.year < published.year
    if precision is DatePrecision.MONTH:
        return (value.year, value.month) < (published.year, published.month) and (
            published - value
        ).days > 62
    return (published - value).days > 31


def event_date(mentions: Sequence[DateMention], *, near: int | None = None) -> DateMention | None:
    """Pick the mention that dates the reported event.

    The rule: ignore historical mentions; prefer mentions with a value over unresolved
    ones; among those, the finest precision (day, then week, month, year); among equals,
    the one nearest ``near`` (e.g. the offset of the event word) or else the first.

    Parameters
    ----------
    mentions : sequence of DateMention
        Usually the mentions of one sentence.
    near : int, optional
        A character offset to measure closeness from.

    Returns
    -------
    DateMention or None
        None when every mention is historical or there is none.
    """
    order = list(DatePrecision)
    best: DateMention | None = None
    best_key: tuple[int, int, int] | None = None
    for i, m in enumerate(mentions):
        if m.historical:
            continue
        distance = abs(m.start - near) if near is not None else i
        key = (
            m.value is None,
            order.index(m.precision) if m.precision else len(order),
            distance,
        )
        if best_key is None or key < best_key:
            best, best_key = m, key
    return best


_PUBLISHED_TEXT = re.compile(
    r"^\s*(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]+)\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Za-z]+)\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))\s*$"
)


def parse_published(value: str | date | datetime | None) -> date | None:
    """Read a publication date from ISO, RFC 2822 (RSS) or "24 January 2024" forms.

    Parameters
    ----------
    value : str, date, datetime or None
        A datetime gives its own (local) date; None and the empty string give None.

    Returns
    -------
    date or None

    Raises
    ------
    InputError
        When the value is a string in none of the known forms, or not a date at all.

    Examples
    --------
    >>> parse_published("Wed, 24 Jan 2024 08:15:00 +0000")
    datetime.date(2024, 1, 24)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(f"publication date {value!r} is not a string or a date")
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = _PUBLISHED_TEXT.match(text)
    if m:
        g = "1" if m["d1"] else "2"
        month = _MONTHS.get(m["m" + g].lower())
        found = month and _safe_date(int(m["y" + g]), month, int(m["d" + g]))
        if found:
            return found
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(
        f"publication date {value!r} is not an ISO date, an RFC 2822 date or '24 January 2024'"
    )
