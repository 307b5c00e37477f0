"""A headline that sums up the body's event at its region, a road or the town again."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents


def _places(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Teacher shot dead in Papua\nA primary school teacher was shot dead by "
            "unidentified gunmen in Wamena on Monday, police said.",
            "2025-04-08",
            ["Wamena"],
            "a region headline over the lead's town, filed under a province split off since",
        ),
        (
            "Four killed on Maiduguri-Damboa road\nInsurgents opened fire on travellers "
            "near Damboa on Saturday, killing four, a militia leader said.",
            "2025-06-02",
            ["near Damboa"],
            "a headline road between two towns and the body's event near one of them",
        ),
        (
            "Two killed in ambush on Gulu-Kitgum road\nGunmen ambushed a lorry near Kitgum "
            "on Tuesday, killing two traders, police said.",
            "2025-02-12",
            ["near Kitgum"],
            "the same class in another country, the far end of the road named",
        ),
        (
            "Drone strike kills one near Qamishli, Hasakah\nA drone hit a motorcycle near "
            "Qamishli on Sunday, killing its rider, a monitoring group said.",
            "2025-01-20",
            ["near Qamishli"],
            "a city named like its governorate (with the article) stands for the area",
        ),
        (
            "Night of clashes in Hasakah\nRioters burned tyres and threw stones at security "
            "forces in Qamishli overnight, a monitoring group said.",
            "2025-04-09",
            ["Qamishli"],
            "a vaguer headline type at the province-named city; the body's riot wins",
        ),
        (
            "Man beaten to death over theft suspicion in Bogura\nA mob lynched a man in a "
            "village of Sherpur upazila, Bogura, on Sunday night after accusing him of "
            "stealing a cow, police said.",
            "2025-06-02",
            ["Sherpur"],
            "the body names the headline's town as the holder of its own place",
        ),
    ],
)
def test_headline_area_folds_into_the_body_event(
    text: str, published: str, expected: list[str], reason: str
) -> None:
    assert _places(text, published) == expected, reason


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Shelling in Kherson region\nRussian shelling hit the centre of Nikopol in "
            "Dnipropetrovsk region on Friday, killing two people, the governor said.",
            "2025-06-02",
            ["Kherson region", "Nikopol"],
            "the body's sentence places its town in another region",
        ),
        (
            "Drone attack reported in Kharkiv region\nIn Russia, a Ukrainian drone set a "
            "fuel depot on fire in Millerovo on Sunday, the governor said.",
            "2025-06-02",
            ["Kharkiv region", "Millerovo"],
            "the body's only event is in another country",
        ),
    ],
)
def test_headline_area_stays_when_the_body_tells_no_event_inside_it(
    text: str, published: str, expected: list[str], reason: str
) -> None:
    assert _places(text, published) == expected, reason


def test_folded_headline_takes_the_body_type_and_keeps_the_toll() -> None:
    text = (
        "Gunfight in Kandahar leaves two dead\nTwo men were killed when a crowd stormed a "
        "police post and set it alight in Spin Boldak on Tuesday, officials said."
    )
    (only,) = extract_incidents(text, published="2025-04-09")
    assert only.location == "Spin Boldak"
    assert only.event_type is EventType.RIOTS
    assert only.fatalities is not None and only.fatalities.low == 2
