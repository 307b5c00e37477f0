"""Property tests: extraction and geoparsing survive any text and keep their invariants.

Hostile or odd text (mixed scripts, combining marks, control characters, repeated cue
words, long runs of punctuation) must never raise anything but :class:`InputError`, and
every result must still describe the text it came from: evidence spans match the text at
their offsets, coordinates are on the globe, counts are non-negative with low <= high.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from mapper import extract_incidents, geoparse
from mapper.errors import InputError
from mapper.incident import Count, Incident, Span

# Words that switch on the extractor's rules, so random text reaches the clause logic.
CUE_WORDS = [
    "killed",
    "wounded",
    "shelled",
    "clashes",
    "protest",
    "attack",
    "airstrike",
    "militants",
    "soldiers",
    "civilians",
    "at least",
    "dozens",
    "two",
    "12",
    "-",
    "on Monday",
    "last Monday",
    "yesterday",
    "on the 31st",
    "in",
    "near",
    "the",
    "km",
    "north of",
    "Mosul",
    "Gao",
    "Kharkiv",
    "Al-Qaim",
    "al-Kaim",
    "القائم",
    '"',
    "'",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "\u200f",
    "\u0301",
    "🚀",
    "\x00",
    "\n",
    "Police",
    "protesters",
    "by",
    "who",
    "which",
    "after",
    "since",
    "were",
]

TEXT = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.lists(st.sampled_from(CUE_WORDS), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(CUE_WORDS), st.text(max_size=8)), max_size=60).map(" ".join),
)

PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def _check_span(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _check_count(count: Count | None) -> None:
    if count is None:
        return
    assert count.low >= 0
    assert count.high is None or count.low <= count.high


def _check_incident(text: str, incident: Incident) -> None:
    _check_span(text, incident.evidence)
    for _name, span in incident.field_evidence:
        _check_span(text, span)
    if incident.latitude is not None:
        assert -90.0 <= incident.latitude <= 90.0
    if incident.longitude is not None:
        assert -180.0 <= incident.longitude <= 180.0
    _check_count(incident.fatalities)
    _check_count(incident.injuries)
    assert 0.0 <= incident.confidence <= 1.0


@FUZZ
@given(text=TEXT, published=PUBLISHED)
def test_extract_incidents_on_any_text_keeps_spans_counts_and_coordinates_valid(
    gz: Gazetteer, text: str, published: str | None
) -> None:
    try:
        incidents = extract_incidents(text, published=published, gazetteer=gz)
    except InputError:
        return
    for incident in incidents:
        _check_incident(text, incident)


@FUZZ
@given(text=TEXT)
def test_geoparse_on_any_text_returns_toponyms_that_match_the_text(
    gz: Gazetteer, text: str
) -> None:
    try:
        toponyms = geoparse(text, gazetteer=gz)
    except InputError:
        return
    for toponym in toponyms:
        assert 0 <= toponym.start <= toponym.end <= len(text)
        assert text[toponym.start : toponym.end] == toponym.text
        if toponym.latitude is not None:
            assert -90.0 <= toponym.latitude <= 90.0
            assert -180.0 <= toponym.longitude <= 180.0


RELATIVE = [
    "last Monday",
    "on Monday",
    "this Monday",
    "Monday",
    "on the 31st",
    "on the 30th",
    "on the 29th",
    "on 29 February",
    "on February 29",
    "on 31 April",
    "yesterday",
    "the day before yesterday",
    "last week",
    "last month",
    "last year",
    "earlier this month",
    "two days ago",
    "three weeks ago",
    "on New Year's Day",
    "on Christmas Eve",
    "overnight",
    "on the 1st",
    "late last month",
    "in early January",
    "last Sunday",
    "next Friday",
]

EDGE_DAYS = st.one_of(
    st.sampled_from(
        [
            "2024-01-01",  # New Year: "last month", "last year" cross the year
            "2024-02-29",  # leap day: "last year" has no 29 February
            "2023-03-01",  # day after a 28-day February
            "2024-04-30",  # 30-day month: "on the 31st" does not exist in it
            "2024-01-29",  # a Monday: "last Monday" is a week back, "on Monday" today
            "0001-01-01",  # the first representable day: nothing can lie before it
            "9999-12-31",  # the last representable day
        ]
    ),
    st.dates().map(lambda d: d.isoformat()),
)


@FUZZ
@given(phrase=st.sampled_from(RELATIVE), published=EDGE_DAYS)
def test_relative_dates_at_calendar_edges_never_raise(
    gz: Gazetteer, phrase: str, published: str
) -> None:
    text = f"Gunmen killed 3 villagers near Gao {phrase}."
    for incident in extract_incidents(text, published=published, gazetteer=gz):
        _check_incident(text, incident)
        if incident.event_date is not None:
            assert incident.event_date.isoformat() <= published or phrase == "next Friday"
