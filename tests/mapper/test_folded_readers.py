"""Tolls, dates and actor names read through accents and invisible characters.

Copy from web pages and PDFs carries combining accents, soft hyphens and zero-width
spaces. The readers see the plain words; their spans still point into the given text.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.actors import ActorLexicon
from mapper.casualties import find_casualties
from mapper.dates import find_dates

ACUTE, GRAVE, ZWSP, SHY = "\u0301", "\u0300", "\u200b", "\u00ad"
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "kind", "count", "reason"),
    [
        (f"Mortar fire ki{ACUTE}lled nine villagers.", "killed", "9", "accent in the verb"),
        (f"A landmine wounded thir{SHY}teen herders.", "injured", "13", "soft hyphen in a number"),
        (f"Raids left at least 14 de{ZWSP}ad.", "killed", "14+", "zero-width space in 'dead'"),
        (f"Shelling killed twe{GRAVE}nty-one pe{ACUTE}ople.", "killed", "21", "two accents"),
    ],
)
def test_tolls_are_read_through_marks(text: str, kind: str, count: str, reason: str) -> None:
    found = find_casualties(text, offset=5)
    assert [(m.kind, str(m.count)) for m in found] == [(kind, count)], reason
    m = found[0]
    assert text[m.start - 5 : m.end - 5] == m.text, "the span points into the given text"


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        (f"The convoy was hit on We{ACUTE}dnesday.", date(2025, 3, 12), "accent in a weekday"),
        (f"Fighting resumed on 3 Fe{SHY}bruary 2025.", date(2025, 2, 3), "soft hyphen in a month"),
        (f"Two days ago, ye{ZWSP}sterday's raid ended.", date(2025, 3, 13), "zero-width space"),
    ],
)
def test_dates_are_read_through_marks(text: str, value: date, reason: str) -> None:
    found = find_dates(text, published=PUBLISHED)
    assert value in [d.value for d in found], reason
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (f"Al-Shaba{ACUTE}ab fighters raided the camp.", "al-Shabaab", "accent in a group name"),
        (f"Boko Ha{SHY}ram claimed the attack.", "Boko Haram", "soft hyphen in a group name"),
        (f"The Ta{ZWSP}liban seized the post.", "Taliban", "zero-width space in a name"),
    ],
)
def test_actor_names_are_matched_through_marks(text: str, name: str, reason: str) -> None:
    found = ActorLexicon.default().find(text, offset=3)
    assert any(name in m.actor.name for m in found), reason
    for m in found:
        assert text[m.start - 3 : m.end - 3] == m.text


_PLAIN = [
    "Gunmen killed 12 villagers and wounded 30 others on Tuesday 4 March 2025.",
    "Boko Haram fighters killed some 40 soldiers near the lake on Sunday.",
    "An airstrike on Monday killed at least 7 people, including three children.",
]
_MARKS = st.sampled_from([ACUTE, GRAVE, "\u0308", ZWSP, SHY])


@st.composite
def _marked(draw: st.DrawFn) -> tuple[str, str]:
    """A plain sentence and a copy with marks inserted after some of its letters."""
    plain = draw(st.sampled_from(_PLAIN))
    out = []
    for c in plain:
        out.append(c)
        if c.isalpha() and draw(st.integers(0, 5)) == 0:
            out.append(draw(_MARKS))
    return plain, "".join(out)


@settings(max_examples=60, deadline=None)
@given(_marked())
def test_marks_change_no_figure_and_spans_stay_in_the_given_text(pair: tuple[str, str]) -> None:
    plain, marked = pair
    tolls = find_casualties(marked)
    assert [(m.kind, m.count) for m in tolls] == [(m.kind, m.count) for m in find_casualties(plain)]
    dates = find_dates(marked, published=PUBLISHED)
    assert [d.value for d in dates] == [d.value for d in find_dates(plain, published=PUBLISHED)]
    actors = ActorLexicon.default().find(marked)
    assert [a.actor for a in actors] == [a.actor for a in ActorLexicon.default().find(plain)]
    for m in [*tolls, *dates, *actors]:
        assert marked[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "count", "reason"),
    [
        ("The siege killed 1\u202f200 civilians.", "1200", "narrow nb space in thousands"),
        ("Floods and fighting killed 3\u00a0450 people.", "3450", "nb space in thousands"),
        ("The famine killed 1\u2009200\u2009000 people.", "1200000", "thin spaces, two groups"),
        ("Clashes left 10\u201315 dead in the valley.", "10-15", "en dash range after the count"),
        ("Raiders killed 8 \u2014 12 herders.", "8-12", "spaced em dash range"),
        ("Airstrikes killed twenty\u2011three people.", "23", "non-breaking hyphen in a number"),
        ("Militants killed \uff11\uff14 guards.", "14", "fullwidth digits"),
        ("GUNMEN KILL 12 IN RAID ON FARMS", "12", "a capitals headline"),
        ("Soldiers killed\n9 fighters in the\nhills.", "9", "line breaks from a PDF column"),
    ],
)
def test_tolls_are_read_through_typography(text: str, count: str, reason: str) -> None:
    found = find_casualties(text)
    assert [str(m.count) for m in found] == [count], reason
    assert text[found[0].start : found[0].end] == found[0].text, reason


@pytest.mark.parametrize(
    ("text", "counts", "reason"),
    [
        ("In 2024\u00a0300 soldiers were killed.", ["300"], "a year then a count is no group"),
        ("The raid \u2013 the third \u2013 killed 4 guards.", ["4"], "a parenthetic dash is kept"),
    ],
)
def test_typography_that_is_not_a_number_is_left_alone(
    text: str, counts: list[str], reason: str
) -> None:
    assert [str(m.count) for m in find_casualties(text)] == counts, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Hayat Tahrir al\u2011Sham units shelled the road.", "Hayat Tahrir al-Sham", "nb hyphen"),
        ("The Houthis\u2019 drones struck a tanker.", "Houthis", "curly possessive apostrophe"),
    ],
)
def test_typography_does_not_hide_an_actor(text: str, name: str, reason: str) -> None:
    assert [a.actor.name for a in ActorLexicon.default().find(text)] == [name], reason
