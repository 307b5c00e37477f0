"""A denial or a rebuttal tells an event a party says did not happen: no incident, whatever
day it gives; an attack told beside the denial is still news."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.framed import denied_spans


def _denied(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in denied_spans(sentence)]


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        (
            'Tbilisi rejected as "a fabrication" a claim by Moscow that Georgian troops shelled '
            "Akhalgori on Friday.",
            "Georgian troops shelled Akhalgori on Friday",
            "rejected as ..., a claim by a capital that",
        ),
        (
            "The army dismissed reports that its drones had struck a wedding near Kauda.",
            "its drones had struck a wedding near Kauda",
            "dismissed reports that",
        ),
        (
            "Kinshasa denies that its jets bombed Rutshuru",
            "its jets bombed Rutshuru",
            "headline: denies that, present tense",
        ),
        (
            "Pakistan denies shelling villages in Kunar",
            "shelling villages in Kunar",
            "denies with a gerund",
        ),
        (
            "Reports that insurgents had overrun the garrison at Diapaga were false, a spokesman "
            "said.",
            "Reports that insurgents had overrun the garrison at Diapaga were false",
            "a rebuttal: reports that ... were false",
        ),
        (
            "Claims of an attack on a convoy outside Beni are completely baseless, the mission "
            "said.",
            "Claims of an attack on a convoy outside Beni are completely baseless",
            "a rebuttal: claims of ... are baseless",
        ),
        (
            "The ministry refuted allegations from activists that police killed a student in "
            "Mandalay.",
            "police killed a student in Mandalay",
            "refuted allegations from X that",
        ),
    ],
)
def test_denied_event_is_found(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in span for span in _denied(sentence)), reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Rebels seized Kidal on Monday, the army said.", "a plain report"),
        (
            "The group denied any role in the bombing of a bus in Quetta.",
            "denied involvement: the bombing happened (left to framed_spans and its date test)",
        ),
        (
            "Police rejected the protesters' demands and fired tear gas in Nairobi.",
            "rejected demands, not a claim of an event",
        ),
        (
            "The toll given in early reports was false: 14 died in the blast in Sadr City.",
            "the event is told outside the rebuttal",
        ),
    ],
)
def test_plain_reports_and_involvement_denials_are_not_denied(sentence: str, reason: str) -> None:
    spans = _denied(sentence)
    assert not any("Kidal" in s or "Quetta" in s or "Nairobi" in s or "Sadr" in s for s in spans), (
        reason
    )


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "Georgia denies shelling across boundary line\nTBILISI - Georgia's interior "
            "ministry on "
            'Saturday rejected as "provocation" a claim by Tskhinvali that Georgian police had '
            "fired on a checkpoint near Akhalgori overnight. The ministry said the area was quiet.",
            "2026-03-14",
            "a denial dated overnight",
        ),
        (
            "Army says reports of Diapaga attack are false\nOUAGADOUGOU - Reports that insurgents "
            "had overrun the garrison at Diapaga on Sunday were false, the army said on Monday, "
            "adding that its units were patrolling the area as usual.",
            "2026-08-03",
            "a rebuttal of a dated attack",
        ),
        (
            "Kigali dismissed reports on Tuesday that its troops had shelled Bunagana on Monday, "
            "calling them propaganda.",
            "2026-05-12",
            "dismissed reports, dated the day before",
        ),
    ],
)
def test_denial_dispatch_yields_nothing(text: str, published: str, reason: str) -> None:
    assert extract_incidents(text, published=published) == [], reason


def test_attack_beside_a_denial_is_kept() -> None:
    text = (
        "Gunmen killed four farmers in Bokkos on Sunday night, police said on Monday. The "
        "army denied that its soldiers had been involved in the killings."
    )
    places = {i.place_name for i in extract_incidents(text, published="2026-02-10")}
    assert "Bokkos" in places
