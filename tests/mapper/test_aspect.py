"""Background or reported: running states, habits, trials, cessation, denials, causes."""

from __future__ import annotations

import pytest

from mapper.aspect import background_frame, cause_clause
from mapper.events import find_events


def _frame(text: str, cue: str) -> str | None:
    start = text.index(cue)
    return background_frame(text, start, start + len(cue))


@pytest.mark.parametrize(
    ("text", "cue", "frame", "reason"),
    [
        (
            "Government troops have been fighting FDLR rebels in Masisi since 2019.",
            "fighting",
            "ongoing",
            "perfect progressive with a period reaching back years",
        ),
        (
            "The militia has attacked convoys on the Juba road since the rainy season began.",
            "attacked",
            "ongoing",
            "present perfect and a since-clause: a running state",
        ),
        (
            "Rebels had controlled the Rubaya mines since the spring of 2022.",
            "controlled",
            "ongoing",
            "a past perfect with a since-phrase",
        ),
        (
            "Since the start of the year, militants have killed 200 people in Cabo Delgado.",
            "killed",
            "ongoing",
            "a period opening the sentence, before a perfect",
        ),
        (
            "Israel has carried out hundreds of strikes in Lebanon since October.",
            "strikes",
            "ongoing",
            "a tally of strikes since a month is context",
        ),
        (
            "Security forces have been shelling the district for months.",
            "shelling",
            "ongoing",
            "a duration of months",
        ),
        (
            "The port city has been shelled regularly by artillery.",
            "shelled",
            "habitual",
            "a habitual adverb with a perfect",
        ),
        (
            "Kyiv has stepped up attacks on Russian refineries in recent weeks.",
            "attacks",
            "ongoing",
            "a trend over recent weeks",
        ),
        (
            "The insurgents have intensified attacks on army posts.",
            "attacks",
            "habitual",
            "an escalation is a trend, not one event",
        ),
        (
            "Kismayo has seen repeated bouts of fighting between clan militias.",
            "fighting",
            "habitual",
            "'repeated bouts of' qualifies the cue as a habit",
        ),
        (
            "A tribunal in Goma sentenced nine soldiers for their role in an attack on a church.",
            "attack",
            "trial",
            "the offence judged at a trial",
        ),
        (
            "Crowds gathered in Kibeho to mark the anniversary of the massacre.",
            "massacre",
            "remembrance",
            "an anniversary recalls an earlier event",
        ),
        (
            "Prosecutors opened an inquiry into the shooting of a student in Dakar.",
            "shooting",
            "remembrance",
            "an inquiry into an earlier event",
        ),
        (
            "The rebels suspended attacks on the railway during the talks.",
            "attacks",
            "cessation",
            "events that stopped",
        ),
        (
            "The ministry dismissed reports of an air strike on the market as propaganda.",
            "air strike",
            "denial",
            "a denied report",
        ),
        (
            "Clashes have continued in Wau since Sunday, leaving 14 dead.",
            "Clashes",
            None,
            "a period that began days ago is the news itself",
        ),
        (
            "Fighters have seized the town of Kalehe, the army said on Monday.",
            "seized",
            None,
            "a present perfect with no period reports a new event",
        ),
        (
            "The curfew did not stop the shelling of Kharkiv.",
            "shelling",
            None,
            "a negated 'stop' keeps the event",
        ),
        (
            "Militants stormed a police post in Bannu on Tuesday.",
            "stormed",
            None,
            "a plain past report",
        ),
    ],
)
def test_background_frame_by_aspect_and_frame(text, cue, frame, reason):
    assert _frame(text, cue) == frame, reason


@pytest.mark.parametrize(
    ("text", "cue", "expected", "reason"),
    [
        (
            "Clashes erupted in Sirte after a militia leader was arrested.",
            "arrested",
            True,
            "an 'after' clause giving the cause",
        ),
        (
            "Students marched in Dhaka, angered by the detention of a classmate.",
            "detention",
            True,
            "'angered by' names the grievance",
        ),
        (
            "Police detained 30 people in Karachi a day after rioters burned a bank.",
            "burned",
            True,
            "'a day after' an antecedent, placed only where the text places it",
        ),
        (
            "Two people were killed in Kano after gunmen opened fire on a bus.",
            "opened fire",
            True,
            "an 'after' clause; the pipeline keeps it when nothing else has a place",
        ),
        ("Gunmen opened fire on a bus in Kano.", "opened fire", False, "no cause clause"),
    ],
)
def test_cause_clause(text, cue, expected, reason):
    assert cause_clause(text, text.index(cue)) is expected, reason


@pytest.mark.parametrize(
    ("text", "cue", "reason"),
    [
        ("A new wave of air strikes hit Saraqib on Monday.", "air strikes", "a wave is news"),
        ("Sporadic clashes broke out in Tripoli overnight.", "clashes", "sporadic is still now"),
        ("Regular army troops attacked a camp near Kutum.", "attacked", "'regular army'"),
        (
            "After five men were sentenced, rioters burned cars in Sylhet.",
            "burned",
            "a verdict as the cause of a riot, not a riot judged at trial",
        ),
        (
            "A suicide bomber struck the funeral of a commander in Kandahar.",
            "suicide bomber",
            "an attack on a funeral is an event; the funeral does not govern it",
        ),
        (
            "Shelling has killed 12 people in Kharkiv in the past 24 hours.",
            "killed",
            "hours are the news, not a trend",
        ),
        (
            "Israeli strikes have killed 40 people in Rafah since Tuesday.",
            "strikes",
            "a period that began this week is the news",
        ),
    ],
)
def test_reported_events_are_not_background(text, cue, reason):
    assert _frame(text, cue) is None, reason


@pytest.mark.parametrize(
    ("text", "cue", "frame", "reason"),
    [
        (
            "Turnout was high despite the March bombing of a polling centre.",
            "bombing",
            "earlier",
            "an event named by its month",
        ),
        ("Memories of the 2017 massacre in the valley remain.", "massacre", "earlier", "a year"),
        (
            "Residents still fear a repeat of last year's deadly raid on the camp.",
            "raid",
            "earlier",
            "last year's",
        ),
        (
            "The town has suffered a spate of kidnappings on its roads.",
            "kidnappings",
            "habitual",
            "a spate of: many events, none of them placed or dated",
        ),
        ("Police said the June 4 ambush killed six guards.", "ambush", None, "month and day"),
        (
            "A bomb went off in Hangu on Monday, months after a suicide attack in Kohat.",
            "attack",
            "earlier",
            "months after: recalled, not reported",
        ),
        (
            "Clashes resumed on Friday, two years since the massacre at the market.",
            "massacre",
            "earlier",
            "years since",
        ),
        (
            "Troops returned on Friday, two days after the ambush near the river.",
            "ambush",
            None,
            "days after: a recent event of its own",
        ),
        ("In May, rebels ambushed a convoy near the pass.", "ambushed", None, "a dated report"),
    ],
)
def test_event_named_by_an_earlier_period_is_background(text, cue, frame, reason):
    assert _frame(text, cue) == frame, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Voting was calm, though many recalled the April massacre at a market in Bunia "
            "that killed 22 people.",
            [],
            "the relative clause tells of the same earlier massacre",
        ),
        (
            "Gunmen stormed a bus station in Bunia on Tuesday and killed 22 people.",
            ["Violence against civilians", "Violence against civilians"],
            "a reported attack and its killing stay",
        ),
    ],
)
def test_relative_clause_of_an_earlier_event_is_no_new_event(text, expected, reason):
    assert [e.event_type.value for e in find_events(text)] == expected, reason
