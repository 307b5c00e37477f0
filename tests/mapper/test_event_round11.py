"""Event typing by class of wording, round eleven (own sentences, several countries):
drones that burn or wreck without hurting anyone, and drones "carrying explosives", are
drone strikes; people seized from their homes, whatever their office, are abducted; the
burning told after a raid is part of the raid, while looting on another day is not."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import EventType, extract_incidents
from mapper.dates import find_dates

E = EventType

AIR = (E.EXPLOSIONS.value, "Air/drone strike")
ABDUCT = (E.VIOLENCE_AGAINST_CIVILIANS.value, "Abduction/forced disappearance")
LOOT = (E.STRATEGIC_DEVELOPMENTS.value, "Looting/property destruction")


def _incidents(text: str, published: str = "2026-06-10") -> list:
    return extract_incidents(text, published=published)


def _types(text: str) -> list[tuple[str, str]]:
    return [(i.event_type.value, i.sub_event_type) for i in _incidents(text)]


DRONES_WITHOUT_VICTIMS = [
    (
        "Ukrainian drones set fire to an oil depot in Novoshakhtinsk overnight; no one was "
        "hurt, the regional governor said.",
        "set fire to, nobody hurt: still a strike from the air",
    ),
    (
        "Russian drones damaged a power substation in Sumy on Monday night, officials said.",
        "'damaged' with no victim named",
    ),
    (
        "Army drones destroyed a rebel fuel store outside Sittwe on Friday, the junta said.",
        "'destroyed' a store in Myanmar",
    ),
    (
        "Drones carrying improvised explosives were dropped on farms near Aguililla on "
        "Sunday, wounding two labourers, local officials said.",
        "'drones carrying explosives' with the verb in the passive",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DRONES_WITHOUT_VICTIMS)
def test_drone_that_burns_wrecks_or_carries_explosives_is_a_drone_strike(
    text: str, reason: str
) -> None:
    assert AIR in _types(text), reason


def test_drone_that_was_only_seen_is_no_strike() -> None:
    text = "Residents of Kherson said drones were seen over the river on Monday night."
    assert AIR not in _types(text)


OFFICE_HOLDERS_TAKEN = [
    (
        "Gunmen seized a local councillor from his home in Kafanchan on Tuesday, his brother said.",
        "a councillor taken from his home in Nigeria",
    ),
    (
        "Armed men snatched the mayor of Zapotitlan from her house on Sunday night, state "
        "prosecutors said.",
        "'snatched' a mayor from her house in Mexico",
    ),
    (
        "Suspected rebels grabbed two magistrates on the road to Beni on Friday, lawyers said.",
        "magistrates grabbed on a road in Congo",
    ),
]


@pytest.mark.parametrize(("text", "reason"), OFFICE_HOLDERS_TAKEN)
def test_official_seized_by_armed_men_is_an_abduction(text: str, reason: str) -> None:
    assert _types(text) == [ABDUCT], reason


RAIDS_TOLD_WITH_BURNING = [
    (
        "Militants raided the village of Kolofata in Cameroon's Far North region on Tuesday, "
        'killing three herders, officials said. "They came on motorbikes and burned the '
        'shops and granaries before heading back to the bush," an elder said by phone.',
        "the burning told in a quote after the raid, Cameroon",
    ),
    (
        "Gunmen attacked the village of Gidan Bawa in Zamfara State on Friday night, shooting "
        'dead five farmers, residents said. "They burned our shops and the church before '
        'riding off," a survivor said.',
        "a survivor's quote in Nigeria",
    ),
]


@pytest.mark.parametrize(("text", "reason"), RAIDS_TOLD_WITH_BURNING)
def test_burning_told_after_a_raid_is_part_of_the_raid(text: str, reason: str) -> None:
    assert LOOT not in _types(text), reason


def test_looting_on_a_later_day_is_an_event_of_its_own() -> None:
    text = (
        "Gang members attacked Liancourt on Monday, shooting dead six residents, a rights "
        "group said. The gang returned to Liancourt on Thursday and looted the town's "
        "school, carrying off desks and solar panels."
    )
    found = {(i.event_type.value, i.sub_event_type, str(i.event_date)) for i in _incidents(text)}
    assert (*LOOT, "2026-06-04") in found


OVERNIGHT_ON_A_WEEKDAY = [
    ("Gunmen attacked a camp near Djugu overnight on Sunday, the army said.", "2026-06-28"),
    ("Drones struck Odesa overnight Saturday, the governor said.", "2026-06-27"),
    ("Bandits raided Tsafe overnight on Monday, killing four.", "2026-06-29"),
]


@pytest.mark.parametrize(("sentence", "day"), OVERNIGHT_ON_A_WEEKDAY)
def test_overnight_on_a_weekday_is_that_day_not_the_dateline(sentence: str, day: str) -> None:
    # published on Tuesday 30 June, datelined that day: the event's own weekday wins
    text = f"BUNIA, June 30 - {sentence}"
    assert [str(i.event_date) for i in _incidents(text, "2026-06-30")] == [day]


def test_bare_overnight_is_still_the_publication_day() -> None:
    found = find_dates(
        "Drones struck Odesa overnight, officials said.", published=date(2026, 6, 30)
    )
    assert [d.value for d in found] == [date(2026, 6, 30)]


WOUNDED_TREATED_ELSEWHERE = [
    (
        "Gunmen attacked an army post in Kpinkonzon on Sunday, killing two soldiers. A "
        "third soldier was wounded and is being treated in Tanguieta.",
        "'is being treated in' a town: Benin",
    ),
    (
        "Militants stormed a checkpoint near Mir Ali on Friday, killing a policeman. Two "
        "more were injured and are recovering in Bannu, officials said.",
        "'recovering in' a town: Pakistan",
    ),
    (
        "Bandits attacked a police patrol outside Gusau on Monday, killing an officer. A "
        "wounded constable was hospitalised in Sokoto, police said.",
        "'hospitalised in' a town: Nigeria",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WOUNDED_TREATED_ELSEWHERE)
def test_town_where_the_wounded_are_treated_is_no_event_place(text: str, reason: str) -> None:
    places = [i.location for i in _incidents(text)]
    assert len(places) == 1 and not places[0].endswith(("Tanguieta", "Bannu", "Sokoto")), (
        places,
        reason,
    )


AMBUSHES = [
    (
        "Unknown gunmen ambushed a minibus carrying traders near Kajo-Keji on Tuesday, "
        "killing four passengers, officials said.",
        (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack"),
        "a passenger minibus, South Sudan: one armed side only",
    ),
    (
        "Militants ambushed a lorry carrying farm workers outside Dera Ismail Khan on "
        "Friday, killing three, police said.",
        (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack"),
        "farm workers on a lorry, Pakistan",
    ),
    (
        "Suspected rebels ambushed an army convoy near Beni on Monday, killing two "
        "soldiers, the army said.",
        (E.BATTLES.value, "Armed clash"),
        "an army convoy, Congo: two armed sides, a battle",
    ),
]


@pytest.mark.parametrize(("text", "coded", "reason"), AMBUSHES)
def test_ambush_is_a_battle_only_when_armed_men_are_its_target(
    text: str, coded: tuple[str, str], reason: str
) -> None:
    assert _types(text) == [coded], reason
