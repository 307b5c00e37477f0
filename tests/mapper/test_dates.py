"""Dates in news text: absolute forms, dates relative to publication, historical ones."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from mapper import DatePrecision, InputError, MapperError
from mapper.dates import _PATTERNS, DateMention, _matches, event_date, find_dates, parse_published

# A Friday.
PUB = date(2024, 1, 26)
DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)


def _only(text: str, published: date | None = PUB) -> DateMention:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "value", "precision"),
    [
        ("The convoy was hit on 24 January 2024 near Baiji.", "24 January 2024",
         date(2024, 1, 24), DAY),  # day month year
        ("Officials said that on January 24, 2024, two drones struck.", "January 24, 2024",
         date(2024, 1, 24), DAY),  # American order with a comma
        ("The raid, on Jan. 24, left the market in ruins.", "Jan. 24",
         date(2024, 1, 24), DAY),  # abbreviated month with a dot, year from publication
        ("Shelling resumed on 24 Jan along the front.", "24 Jan",
         date(2024, 1, 24), DAY),  # abbreviated month after the day
        ("The strike of 3 January 2020 changed the region.", "3 January 2020",
         date(2020, 1, 3), DAY),  # single-digit day
        ("Filed 2024-01-24: a blast in the old city.", "2024-01-24",
         date(2024, 1, 24), DAY),  # ISO date in a dateline
        ("Updated 2024-01-24T06:30Z after the blast.", "2024-01-24",
         date(2024, 1, 24), DAY),  # ISO timestamp in running text
        ("Fighting flared in January 2024 around the dam.", "in January 2024",
         date(2024, 1, 1), MONTH),  # month and year
        ("Talks stalled in mid-January 2024 over the dam.", "in mid-January 2024",
         date(2024, 1, 1), MONTH),  # hyphenated cue
        ("The front has barely moved since mid-2024.", "since mid-2024",
         date(2024, 1, 1), YEAR),  # year with a hyphenated cue
        ("On the 21st of January, rockets fell on the base.", "21st of January",
         date(2024, 1, 21), DAY),  # ordinal with "of"
        ("Clashes broke out on September 5th, 2023 in the north.", "September 5th, 2023",
         date(2023, 9, 5), DAY),  # ordinal suffix, past year
        ("Clashes raged on 24-25 January 2024 in the hills.", "24-25 January 2024",
         date(2024, 1, 24), WEEK),  # a range of days: first day, week precision
        ("Raids on September 14th-15th, 2023 hit the camp.", "September 14th-15th, 2023",
         date(2023, 9, 14), WEEK),  # American order with ordinals
        ("Drones struck on January 22 and 23.", "January 22 and 23",
         date(2024, 1, 22), WEEK),  # "and" range, year from publication
        ("143 killed in the province 20/01/2024", "20/01/2024",
         date(2024, 1, 20), DAY),  # numeric, day first
        ("Blast reported 01/20/2024 at the port", "01/20/2024",
         date(2024, 1, 20), DAY),  # numeric, only month first makes sense
        ("Curfew declared 05/01/2024 in the city", "05/01/2024",
         date(2024, 1, 5), DAY),  # numeric and ambiguous: day first (documented)
        ("Shelling resumed on 17.02.2024 near the dam.", "17.02.2024",
         date(2024, 2, 17), DAY),  # dotted numeric dates are day first
        ("A car bomb exploded 3.2.2024 outside the court.", "3.2.2024",
         date(2024, 2, 3), DAY),  # dotted, without leading zeros
    ],
)  # fmt: skip
def test_absolute_dates_are_read_with_their_precision(text, words, value, precision):
    m = _only(text)
    assert (m.text, m.value, m.precision, m.relative) == (words, value, precision, False)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Gunmen attacked a checkpoint on 30 Dec.", date(2024, 1, 2), date(2023, 12, 30)),
        # a late-December day in an early-January article belongs to the year before
        ("Gunmen attacked a checkpoint on Jan. 2.", date(2024, 1, 2), date(2024, 1, 2)),
        # the publication day itself counts
        ("Gunmen attacked a checkpoint on Feb. 29.", date(2024, 3, 1), date(2024, 2, 29)),
        # a leap day resolves in the leap year
        ("Gunmen attacked a checkpoint on 5 March.", date(2024, 3, 1), date(2023, 3, 5)),
        # a day just after publication is taken as last year's (on-or-before rule)
    ],
)
def test_day_without_year_takes_nearest_year_on_or_before_publication(text, published, value):
    assert _only(text, published).value == value


@pytest.mark.parametrize(
    ("text", "published", "value", "words"),
    [
        ("Rockets hit the city on New Year's Eve.", date(2024, 1, 2), date(2023, 12, 31),
         "on New Year's Eve"),  # the eve before an early-January article is last year's
        ("Drones struck on New Year\u2019s Day.", date(2024, 1, 2), date(2024, 1, 1),
         "on New Year\u2019s Day"),  # a curly apostrophe
        ("Rockets hit the city on New Year's Eve.", date(2023, 12, 31), date(2023, 12, 31),
         "on New Year's Eve"),  # reported the same evening
        ("Shelling resumed on Christmas Day.", date(2024, 1, 5), date(2023, 12, 25),
         "on Christmas Day"),
        ("Gunmen attacked worshippers on Christmas Eve 2022.", date(2024, 1, 5),
         date(2022, 12, 24), "on Christmas Eve 2022"),  # a year given
    ],
)  # fmt: skip
def test_named_days_around_new_year_are_dates(text, published, value, words):
    mention = _only(text, published)
    assert (mention.value, mention.precision, mention.text) == (value, DAY, words)


def test_day_without_year_and_without_publication_has_no_value():
    m = _only("Gunmen attacked a checkpoint on 30 Dec.", None)
    assert (m.value, m.precision) == (None, DAY)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("On Wednesday, a drone hit a car.", date(2024, 1, 24), DAY),  # most recent Wednesday
        ("Early Wednesday morning, jets struck.", date(2024, 1, 24), DAY),  # part of day
        ("The base came under fire late Tuesday.", date(2024, 1, 23), DAY),  # "late" cue
        ("Wednesday night's raid killed two.", date(2024, 1, 24), DAY),  # weekday + night
        ("Protesters gathered on Friday.", date(2024, 1, 26), DAY),  # same weekday counts
        ("The ambush happened last Friday.", date(2024, 1, 19), DAY),  # "last" skips today
        ("Mortars landed today near the port.", date(2024, 1, 26), DAY),
        ("Explosions were heard earlier tonight.", date(2024, 1, 26), DAY),
        ("Police said this morning the road was shut.", date(2024, 1, 26), DAY),
        ("A bomb exploded yesterday in the market.", date(2024, 1, 25), DAY),
        ("A bomb exploded the day before yesterday.", date(2024, 1, 24), DAY),
        ("Strikes hit the camp last night.", date(2024, 1, 25), DAY),  # day before (documented)
        ("Villagers fled last week after shelling.", date(2024, 1, 15), WEEK),  # Monday before
        ("Gunmen stopped a lorry late last week.", date(2024, 1, 18), WEEK),  # its Thursday
        ("Early last week, troops shelled the ridge.", date(2024, 1, 15), WEEK),  # its Monday
        ("The militia seized the town last month.", date(2023, 12, 1), MONTH),
        ("Two days ago, a patrol was ambushed.", date(2024, 1, 24), DAY),
        ("A week ago, a patrol was ambushed.", date(2024, 1, 15), WEEK),
        ("Gunmen raided the village over the weekend.", date(2024, 1, 20), WEEK),  # Saturday
        ("Shelling killed 40 in the past week.", date(2024, 1, 19), WEEK),  # a week before
        ("Drones struck the port overnight.", date(2024, 1, 26), DAY),  # publication day
        ("Missiles hit the city overnight into Thursday.", date(2024, 1, 25), DAY),
        # the night is dated by the day it ran into
        ("Sirens sounded in the early hours of Tuesday.", date(2024, 1, 23), DAY),
        ("Rebels shelled the camp on the night of Sunday to Monday.", date(2024, 1, 22), DAY),
        ("A mine exploded on the 19th, the army said.", date(2024, 1, 19), DAY),
        # a bare ordinal is a day of the publication month
        ("Fighting flared on the 28th near the airport.", date(2023, 12, 28), DAY),
        # a day after publication's day is last month's
        ("Gunmen struck late on Sunday.", date(2024, 1, 21), DAY),  # "late on" cue
        ("Troops were ambushed earlier this week.", date(2024, 1, 22), WEEK),
        ("Protesters marched at the weekend.", date(2024, 1, 20), WEEK),  # British "at"
    ],
)
def test_relative_dates_resolve_against_publication(text, value, precision):
    m = _only(text)
    assert (m.value, m.precision, m.relative, m.historical) == (value, precision, True, False)


def test_two_weekdays_joined_by_and_are_two_mentions():
    found = find_dates("Fighting raged on Monday and Tuesday.", published=PUB)
    assert [(m.text, m.value) for m in found] == [
        ("on Monday", date(2024, 1, 22)),
        ("Tuesday", date(2024, 1, 23)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, a drone hit a car.",
        "A bomb exploded yesterday in the market.",
        "Villagers fled last week after shelling.",
        "Explosions were heard earlier tonight.",
        "Two days ago, a patrol was ambushed.",
        "A mine exploded on the 19th, the army said.",
    ],
)
def test_relative_dates_without_publication_are_never_guessed(text):
    m = _only(text, None)
    assert m.relative and m.value is None and m.precision is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In 2020, parliament voted to expel foreign troops.", "In 2020"),  # year before pub
        ("The group has controlled the area since 2014.", "since 2014"),  # "since" cue
        ("Back in March 2021, the same bridge was bombed.", "Back in March 2021"),
        ("Ruins from the 2003 invasion still line the road.", "the 2003"),  # "the YEAR noun"
        ("Mourners marked the anniversary of the 12 May 2017 attack.", "12 May 2017"),
        ("A similar blast struck the city on 5 June 2022.", "5 June 2022"),  # long before pub
        ("The movement was founded two years ago.", "two years ago"),
        ("Casualties were higher last year.", "last year"),
        ("The truce agreed last September has collapsed.", "last September"),  # months back
    ],
)
def test_background_dates_are_historical(text, words):
    m = _only(text)
    assert (m.text, m.historical) == (words, True)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In 2024 alone, the town was shelled twice.", "In 2024"),  # the publication year
        ("The 2024 offensive stalled.", "The 2024"),  # current-year "the YEAR noun"
        ("Clashes erupted on 24 January 2024.", "24 January 2024"),  # the reported day
    ],
)
def test_current_dates_are_not_historical(text, words):
    found = [m for m in find_dates(text, published=PUB) if m.text == words]
    assert found and not found[0].historical


@pytest.mark.parametrize(
    "text",
    [
        "Officials may meet in the capital.",  # "may" is a verb
        "They will march to the square.",  # "march" is a verb
        "The unit lost 2024 rounds of ammunition.",  # a bare number is not a year mention
        "Route 66 and building 12 were hit.",  # numbers without months
        "Armed men in 4x4 trucks fired at 31 houses.",  # day-like digits without a month
        "He said sunday schools were closed.",  # lower-case weekday in running text
        "It was on 31 February that nothing happened.",  # impossible day
        "The fire started on the 5th floor of the ministry.",  # an ordinal with its noun
    ],
)
def test_non_dates_are_not_read(text):
    assert find_dates(text, published=PUB) == []


def test_offsets_are_shifted_by_offset():
    m = find_dates("x on Wednesday", published=PUB, offset=100)[0]
    assert (m.start, m.end, m.text) == (102, 114, "on Wednesday")


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("Since 2014 the group has held the town; on Wednesday it was bombed.", "on Wednesday"),
        # the historical mention is skipped
        ("Last week, and again on Tuesday, drones struck.", "on Tuesday"),  # day beats week
        ("In January 2024, on 24 January, a raid.", "24 January"),  # day beats month
        ("Back in 2019, a similar attack.", None),  # only historical: no event date
    ],
)
def test_event_date_prefers_finest_non_historical(text, chosen):
    picked = event_date(find_dates(text, published=PUB))
    assert (picked.text if picked else None) == chosen


def test_event_date_takes_mention_nearest_the_event_word():
    text = "On Monday officials met; a drone struck on Wednesday."
    mentions = find_dates(text, published=PUB)
    picked = event_date(mentions, near=text.index("struck"))
    assert picked is not None and picked.text == "on Wednesday"


def test_event_date_prefers_resolved_over_unresolved():
    mentions = [
        DateMention(0, 5, "x", None, DAY, True, False),
        DateMention(10, 15, "y", date(2024, 1, 1), MONTH, False, False),
    ]
    assert event_date(mentions) is mentions[1]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-24", date(2024, 1, 24)),  # ISO date
        ("2024-01-24T23:10:00+03:00", date(2024, 1, 24)),  # ISO datetime keeps its own day
        ("2024-01-24T08:00:00Z", date(2024, 1, 24)),  # Zulu suffix
        ("Wed, 24 Jan 2024 08:15:00 +0000", date(2024, 1, 24)),  # RFC 2822 (RSS)
        ("24 January 2024", date(2024, 1, 24)),  # news style
        ("January 24, 2024", date(2024, 1, 24)),  # American news style
        ("  24 Jan 2024 ", date(2024, 1, 24)),  # surrounding blanks
        ("", None),  # empty field: unknown
        (None, None),
        (date(2024, 1, 24), date(2024, 1, 24)),
        (datetime(2024, 1, 24, 23, 0, tzinfo=timezone(timedelta(hours=3))), date(2024, 1, 24)),
    ],
)
def test_parse_published_reads_common_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["soon", "31 February 2024", "2024-13-01", "Jan 2024", 20240124])
def test_parse_published_rejects_garbage_with_the_value(value):
    with pytest.raises(InputError, match=str(value)) as info:
        parse_published(value)
    assert isinstance(info.value, MapperError) and isinstance(info.value, ValueError)


def test_anchor_shortcut_finds_what_a_full_scan_finds():
    # find_dates only tries the pattern near anchor words; it must lose nothing.
    text = (
        "Since early 2014, and again in mid-March 2019, the town was shelled. On the 21st "
        "of January, the day before yesterday and over the weekend, drones hit it; two "
        "weeks ago, late last week and on 2024-01-24 too. Back in May 2020 (05/01/2020) "
        "the 2003 invasion was recalled; earlier this morning, Jan. 24, and Wednesday night."
    )
    assert [m.span() for m in _matches(text)] == [m.span() for m in _PATTERNS.finditer(text)]
    assert len(find_dates(text, published=PUB)) == 14


@pytest.mark.parametrize(
    ("text", "words", "value", "reason"),
    [
        ("Rebels shelled Goma on Monday. A day later, drones struck Sake.", "A day later",
         date(2024, 1, 23), "counts forward from the date before it"),
        ("The town fell on 20 January. Three days earlier, the army had withdrawn.",
         "Three days earlier", date(2024, 1, 17), "counts back"),
        ("Troops raided the camp on Wednesday; the previous day, gunmen had ambushed a "
         "convoy.", "the previous day", date(2024, 1, 23), "'the previous day'"),
        ("Police arrested 40 people in Lahore on Thursday, a day after rioters torched a "
         "bank.", "a day after", date(2024, 1, 24),
         "'X on Thursday, a day after Y': Y was the day before Thursday"),
        ("Drones hit Sumy on Tuesday. The day before, a missile struck Kharkiv.",
         "The day before", date(2024, 1, 22), "'the day before' alone counts back"),
        ("Gunmen raided Kajuru on Monday. Two days before that, bandits hit Kauru.",
         "Two days before", date(2024, 1, 20), "'before that' points to the date told"),
        ("Troops left Kidal on Thursday. A day after that, rebels entered the town.",
         "A day after", date(2024, 1, 26), "'after that' counts forward"),
        ("Kidal fell on Thursday; a week earlier, drones had struck Tessalit.",
         "a week earlier", date(2024, 1, 18), "weeks count seven days each"),
        ("The strike came on Wednesday, a day before the talks.", "a day before",
         date(2024, 1, 25), "'a day before Y': Y is a day after the date told"),
        ("Jihadists raided a post near Djibo on Monday. The same day, troops shelled a "
         "hamlet to the east.", "The same day", date(2024, 1, 22),
         "'the same day' is the day of the event told before, not publication"),
        ("Militias clashed outside Bunia on Tuesday; that same day a bomb went off in "
         "Beni.", "that same day", date(2024, 1, 23), "'that same day' after a semicolon"),
        ("Police dispersed a march in Mombasa on Wednesday and later that day arrested "
         "its leaders.", "later that day", date(2024, 1, 24), "'later that day'"),
    ],
)  # fmt: skip
def test_dates_told_from_another_date_of_the_text(text, words, value, reason):
    found = [m for m in find_dates(text, published=PUB) if m.text == words]
    assert found and found[0].value == value, (reason, find_dates(text, published=PUB))


def test_a_day_after_without_a_date_before_it_is_no_date():
    assert find_dates("A day after the vote, protesters marched.", published=PUB) == []


def test_the_same_day_without_a_date_before_it_is_no_date():
    assert find_dates("The same day, gunmen fired on a bus near Tillaberi.", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("last Monday", date(2024, 1, 29), date(2024, 1, 22)),  # on a Monday: a week back
        ("on Monday", date(2024, 1, 29), date(2024, 1, 29)),  # on a Monday: that day
        ("on the 31st", date(2024, 4, 30), date(2024, 3, 31)),  # April has 30 days: March
        ("last year", date(2024, 2, 29), date(2023, 1, 1)),  # leap day: the year before
        ("last month", date(2024, 1, 1), date(2023, 12, 1)),  # New Year: December before
        ("yesterday", date(2024, 1, 1), date(2023, 12, 31)),  # New Year: New Year's Eve
    ],
)
def test_relative_dates_at_month_and_year_edges_resolve(text, published, value):
    assert _only(text, published).value == value


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("yesterday", date(1, 1, 1)),  # the day before the first representable day
        ("last week", date(1, 1, 3)),  # a week before lies before year 1
        ("last Monday", date(1, 1, 1)),  # the Monday before year 1 began
        ("last month", date(1, 1, 15)),  # month arithmetic would reach year 0
        ("on the 31st", date(1, 1, 1)),  # the 31st before 1 January of year 1
        ("three weeks ago", date(1, 1, 10)),  # counting back past year 1
    ],
)
def test_relative_dates_outside_the_calendar_are_dropped_not_raised(text, published):
    assert find_dates(text, published=published) == []


@pytest.mark.parametrize(
    ("text", "words", "value", "reason"),
    [
        ("Gunmen raided the camp overnight Tuesday to Wednesday.", "overnight Tuesday to Wednesday",
         date(2024, 1, 24), "a night across two days is dated by the second"),
        ("Militants struck late Sunday into Monday.", "late Sunday into Monday", date(2024, 1, 22),
         "'late X into Y' is one night"),
        ("Bandits attacked overnight from Thursday night into Friday.",
         "overnight from Thursday night into Friday", date(2024, 1, 26), "with 'from' and 'night'"),
        ("Police said gunmen struck late Sunday.", "late Sunday", date(2024, 1, 21),
         "'late X' alone keeps its day"),
    ],
)  # fmt: skip
def test_a_night_across_two_days_is_dated_by_the_second(text, words, value, reason):
    found = [m for m in find_dates(text, published=PUB) if m.text == words]
    assert found and found[0].value == value, (reason, find_dates(text, published=PUB))


@pytest.mark.parametrize(
    ("published", "value", "reason"),
    [
        (
            date(2025, 1, 2),
            date(2024, 12, 26),
            "a Thursday: last week's Thursday is in the old year",
        ),
        (date(2024, 3, 3), date(2024, 2, 22), "a Sunday, the last day of its own week"),
        (date(2024, 3, 4), date(2024, 2, 29), "a Monday after a leap-year February"),
    ],
)
def test_late_last_week_starts_on_the_thursday_of_the_week_before(published, value, reason):
    mention = _only("Militiamen burned a market late last week.", published)
    assert (mention.value, mention.precision) == (value, WEEK), reason


@pytest.mark.parametrize(
    ("text", "words", "value", "precision", "reason"),
    [
        ("Clashes have killed 14 since January 20.", "January 20", date(2024, 1, 20), DAY,
         "a month and day after 'since' is a day, not the month"),
        ("Shelling has not stopped since 9 January.", "9 January", date(2024, 1, 9), DAY,
         "day-first order after 'since'"),
        ("Roads have been shut since January, residents said.", "since January",
         date(2024, 1, 1), MONTH, "a month alone stays a month"),
    ],
)  # fmt: skip
def test_since_a_day_reads_the_whole_day(text, words, value, precision, reason):
    mention = _only(text)
    assert (mention.text, mention.value, mention.precision) == (words, value, precision), reason
