"""Tolls reported after the event: a later sentence's casualties go to the event it follows."""

from __future__ import annotations

import pytest

from mapper import Count, extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _tolls(text: str, gz) -> list[tuple[str, Count | None, Count | None]]:
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    return [(i.place_name or i.location, i.fatalities, i.injuries) for i in found]


@pytest.mark.parametrize(
    ("text", "killed", "injured", "reason"),
    [
        (
            "Heavy fighting erupted in Sirte on Monday. At least 55 people were killed, "
            "a hospital official said.",
            Count(55, None),
            None,
            "a bare 'were killed' sentence after a clash reports the clash's toll",
        ),
        (
            "A guided bomb struck a block of flats in Kharkiv on Tuesday evening. Four "
            "residents were killed and nine injured, the mayor said.",
            Count(4, 4),
            Count(9, 9),
            "killed and injured in one following sentence, both attached",
        ),
        (
            "Gunmen raided a wedding party in Kaduna on Sunday. Twelve guests died.",
            Count(12, 12),
            None,
            "'died' after an attack",
        ),
        (
            "An air strike hit the market in Maarat al-Numan on Tuesday, killing 12. "
            "The death toll later rose to 31, rescuers said.",
            Count(31, 31),
            None,
            "an upward update of the same toll replaces it: never 12 + 31",
        ),
        (
            "Militants ambushed a convoy near Bannu on Sunday, killing six soldiers. "
            "Six soldiers were killed, the army said.",
            Count(6, 6),
            None,
            "the same toll said twice is counted once",
        ),
    ],
)
def test_toll_in_the_next_sentence_goes_to_the_event_before(gz, text, killed, injured, reason):
    found = _tolls(text, gz)
    assert len(found) == 1, (reason, found)
    assert found[0][1:] == (killed, injured), reason


def test_toll_after_an_event_at_two_places_is_shared_between_them(gz):
    text = "Drones hit Kharkiv and Sumy on Tuesday. Six people were killed, the governor said."
    found = _tolls(text, gz)
    assert [f for _, f, _ in found] == [Count(3, 3), Count(3, 3)]


def test_running_total_in_the_next_sentence_is_not_the_events_toll(gz):
    text = "Clashes broke out in Kidal on Monday. The conflict has killed 2,000 people since 2012."
    found = _tolls(text, gz)
    assert [f for _, f, _ in found] == [None]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "A suicide bomber struck a restaurant in the Somali capital on Friday, killing 20 "
            "people, police said. In Beledweyne, a grenade was thrown into a tea shop on "
            "Friday evening, wounding several people.",
            [("Beledweyne", "Explosions/Remote violence", None)],
            "a coarse incident passes its toll only to the same report, not a later event",
        ),
        (
            "Fighting erupted in Sirte on Monday between two armed factions after police "
            "arrested a commander. At least 30 people were killed, a hospital said.",
            [("Sirte", "Battles", Count(30, None))],
            "a later toll goes to the fighting; the arrest is its cause, not an incident",
        ),
        (
            "Fighting broke out in Sirte on Monday. Officials said on Wednesday that at "
            "least 55 people had been killed.",
            [("Sirte", "Battles", Count(55, None))],
            "the day a toll was told is not the day of another event",
        ),
        (
            "Gunmen attacked a village near Bokkos on Monday. Last week, 12 people were "
            "killed in clashes in the same area.",
            [("near Bokkos", "Battles", None), ("Nigeria", "Battles", Count(12, 12))],
            "a toll of its own day is another event's, not the one before",
        ),
        (
            "A drone struck a minibus in Kherson on Monday, killing two people; later the "
            "death toll rose to five.",
            [("Kherson", "Explosions/Remote violence", Count(5, 5))],
            "a total in the same sentence replaces the first figure, never adds to it",
        ),
        (
            "Gunmen attack bus in Balochistan, killing 9\n"
            "Gunmen stopped a bus near Musakhel on Monday and shot 9 passengers. The death "
            "toll rose to 23, officials said on Tuesday.",
            [("near Musakhel", "Violence against civilians", Count(23, 23))],
            "a vague headline clash is the body's attack: its toll counts once, updated",
        ),
    ],
)
def test_tolls_go_to_the_right_event_once(gz, text, expected, reason):
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    assert [(i.location, str(i.event_type), i.fatalities) for i in found] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Israeli jets pounded Rafah overnight in what residents called the heaviest "
            "attack on the city this month. At least six people were killed, medics said.",
            [("Rafah", Count(6, None))],
            "two cues of one sentence at one place are one event: its toll is not halved",
        ),
        (
            "Coalition jets struck Saada and Hajjah on Monday. Health officials said 14 "
            "people were killed in the strikes on Hajjah.",
            [("Saada", None), ("Hajjah", Count(14, 14))],
            "a later toll that names one of the event's places goes to that place alone",
        ),
        (
            "Air strikes on Sudan kill 9, medics say\n"
            "Warplanes struck El Fasher and Nyala on Sunday, the army said. Nine people "
            "were killed in the strikes on Nyala, medics said.",
            [("El Fasher", None), ("Nyala", Count(9, 9))],
            "a headline's total the body already gives to one place is not given to another",
        ),
        (
            "Warplanes struck a depot in Homs and a bridge near Tartus on Sunday night. "
            "Three people were killed and nine wounded in Homs, a monitor said.",
            [("Homs", Count(3, 3)), ("near Tartus", None)],
            "a bare toll sentence naming one place gives that place the whole toll",
        ),
        (
            "Soldiers shot dead three smugglers in a firefight near Zahedan on Friday, "
            "the army said.",
            [("near Zahedan", Count(3, 3))],
            "a toll whose own verb has no place belongs to the located clash in its phrase",
        ),
        (
            "A farmer shot dead by guards and shelling hit villages near Idlib on Monday.",
            [("near Idlib", None), ("Syria", Count(1, 1))],
            "a toll joined to another event by 'and' is its own event, not the shelling's",
        ),
    ],
)
def test_a_later_toll_goes_to_its_own_place(gz, text, expected, reason):
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    got = [(i.location, i.fatalities) for i in found]
    assert got == expected, (reason, got)


@pytest.mark.parametrize(
    ("text", "killed", "reason"),
    [
        (
            "Militants stormed an army post near Diffa on Monday, killing six soldiers. "
            "Four of the attackers were also killed, the army said.",
            Count(10, 10),
            "attackers who also died count: ACLED's toll is every death of the event",
        ),
        (
            "A suicide bomber killed 7 people at a bus station in Kano on Friday. The "
            "bomber also died.",
            Count(8, 8),
            "the bomber who died in the blast is one more death",
        ),
        (
            "Jihadists attacked a base near Dori on Monday, killing 12 soldiers; the army "
            "said 30 assailants were neutralised.",
            Count(42, 42),
            "'neutralised' in an army communique is killed",
        ),
        (
            "Militants stormed an army post near Diffa on Monday, killing six soldiers. "
            "Six soldiers were killed, the army said.",
            Count(6, 6),
            "the same toll told again is not added",
        ),
    ],
)
def test_every_death_of_the_event_counts_once(gz, text, killed, reason):
    found = _tolls(text, gz)
    assert [f for _, f, _ in found] == [killed], (reason, found)


@pytest.mark.parametrize(
    ("figure", "killed"),
    [
        ("99999999999999999999999", None),  # past any float's exact range and Earth's people
        ("12,000,000,001", None),  # more people than live on Earth: a misread figure
        ("1,234,567", Count(1_234_567, 1_234_567)),  # large but possible: kept exactly
    ],
)
def test_absurd_tolls_are_rejected_and_large_ones_kept_exactly(gz, figure, killed):
    text = f"Gunmen attacked Kidal on Monday, killing {figure} people, officials said."
    found = _tolls(text, gz)
    assert [f for _, f, _ in found] == [killed], found
