"""Strategic developments need an event of their own: no arrest in an adjective, no
interception summed over regions, no arrests apart from the riot they ended, no transfer
of a document, no explosion from a stun grenade."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.events import find_events


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in find_events(text) if not e.weak]


def _types(text: str, published: str) -> list[tuple[str, str | None]]:
    return [
        (i.event_type.value, i.sub_event_type) for i in extract_incidents(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "A bandit leader released a video in Zamfara showing his detained brothers.",
            "'his detained brothers' are people already held, not an arrest now",
        ),
        (
            "Families of the arrested activists gathered silently outside the court in Tunis.",
            "'the arrested activists': an adjective, not an arrest told now",
        ),
        (
            "Lawyers for the detained journalists in Bamako asked for bail on Monday.",
            "a bail request names people held earlier",
        ),
    ],
)
def test_adjectival_detained_is_no_arrest(text: str, reason: str) -> None:
    assert "Arrests" not in _subs(text), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Police in Harare detained 14 opposition activists at a party office on Friday.",
            "a main-clause arrest with its agent",
        ),
        (
            "Soldiers arrested three suspected smugglers near Gao.",
            "arrests by troops, no adjective",
        ),
    ],
)
def test_main_clause_arrest_is_kept(text: str, reason: str) -> None:
    assert "Arrests" in _subs(text), reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "The ministry said air defences intercepted 31 drones overnight over Voronezh, "
            "Lipetsk and the Sea of Azov.",
            False,
            "a night's tally over three regions locates no interception",
        ),
        (
            "Its air defences shot down missiles over Tula and Oryol, officials said.",
            False,
            "a list of two regions is still a summed claim",
        ),
        (
            "Air defences intercepted a drone over Erbil.",
            True,
            "one drone brought down over one city is an event at a place",
        ),
        (
            "Sappers defused a roadside bomb outside Kandahar.",
            True,
            "a defused device is a disrupted weapon at one place",
        ),
    ],
)
def test_interception_over_a_list_of_regions_is_a_tally(
    text: str, expected: bool, reason: str
) -> None:
    found = [i.sub_event_type for i in extract_incidents(text, published="2025-03-04")]
    assert ("Disrupted weapons use" in found) is expected, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Farmers marched to the governor's office and handed over a petition in Meru.",
            "a petition is no territory",
        ),
        (
            "The rebels handed over the bodies of four soldiers to the Red Cross in Goma.",
            "bodies handed over are no place changing hands",
        ),
    ],
)
def test_handing_over_goods_is_no_transfer_of_territory(text: str, reason: str) -> None:
    assert "Non-violent transfer of territory" not in _subs(text), reason


def test_handing_over_a_town_is_a_transfer() -> None:
    text = "The militia handed over Ber to the army under a local deal."
    assert "Non-violent transfer of territory" in _subs(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Riot police fired stun grenades at students outside the university in Belgrade.",
            "stun grenades are crowd control",
        ),
        (
            "Officers used tear-gas grenades and flash grenades to clear the square in Tbilisi.",
            "tear-gas and flash grenades are not explosives",
        ),
    ],
)
def test_crowd_control_grenades_are_no_explosion(text: str, reason: str) -> None:
    assert "Grenade" not in _subs(text), reason


def test_hand_grenade_is_still_an_explosion() -> None:
    assert "Grenade" in _subs("A man threw a hand grenade into a bar in Bujumbura.")


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "Clashes in Tbilisi\nDemonstrators hurled bottles, eggs and stones at riot police "
            "outside parliament in Tbilisi on Thursday night. Nine officers were injured and "
            "41 people were detained, the interior ministry said.",
            "2024-05-03",
            "arrests in the riot's next sentence, by no agent: the riot's intervention",
        ),
        (
            "Fuel protest turns violent in Nairobi\nYouths set tyres ablaze and stoned cars on "
            "Thursday in Nairobi. Police said the number of arrests stood at 120.",
            "2024-07-05",
            "a count of arrests after the riot is part of it",
        ),
        (
            "Unrest in Cergy\nYouths torched cars and threw stones at gendarmes overnight in "
            "Cergy, days after a teenager was shot at a checkpoint earlier this week. Six "
            "gendarmes were hurt and 22 people were taken into custody.",
            "2025-03-14",
            "'earlier this week' dates the riot's cause, not a new scene for the arrests",
        ),
        (
            "Violence in Kisumu\nProtesters stoned police and set a police post on fire in "
            "Kisumu on Wednesday, a week after an activist died in custody last month. Police "
            "said 18 people had been arrested.",
            "2025-07-10",
            "'last month' in the riot's sentence dates its grievance; the arrests are the riot's",
        ),
        (
            "Protesters clashed with police in Batumi on Sunday; 20 were detained.",
            "2025-05-06",
            "arrests after a semicolon in the riot's own sentence are its intervention",
        ),
        (
            "Youths set tyres alight in Kericho on Monday, and 16 people were detained, police "
            "said.",
            "2025-05-06",
            "arrests joined by 'and' to the riot, with no day or place of their own",
        ),
    ],
)
def test_arrests_after_a_riot_are_its_intervention(text: str, published: str, reason: str) -> None:
    coded = _types(text, published)
    assert ("Strategic developments", "Arrests") not in coded, reason
    assert any(t == "Riots" for t, _ in coded), reason


def test_arrests_on_a_later_day_are_coded_apart() -> None:
    text = (
        "Riot in Lahore\nRioters threw stones at police and burned tyres in Lahore on "
        "Saturday. Police arrested 30 people on Monday morning, a spokesman said."
    )
    assert ("Strategic developments", "Arrests") in _types(text, "2024-05-07")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Rioters burned a bus in Kano on Friday, and police arrested 40 people on Saturday.",
            "arrests on a day of their own in the riot's sentence are coded apart",
        ),
        (
            "Rioters burned a bus in Kano on Friday, and police arrested 40 people in Zaria.",
            "arrests at a place of their own in the riot's sentence are coded apart",
        ),
    ],
)
def test_arrests_in_the_riots_sentence_with_their_own_day_or_place_stay(
    text: str, reason: str
) -> None:
    assert ("Strategic developments", "Arrests") in _types(text, "2025-05-06"), reason


def test_arrests_opened_by_a_scene_word_are_coded_apart() -> None:
    text = (
        "Riot in Tiznit\nYouths threw stones at police and set bins alight in Tiznit on "
        "Friday. Separately, police arrested 12 people in Guelmim."
    )
    assert ("Strategic developments", "Arrests") in _types(text, "2025-02-08")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Hundreds of young people set fire to a tax office in Zinder on Monday.",
            "'young people' are a crowd: their arson is a riot",
        ),
        (
            "A crowd protesting the detention of a union leader hurled stones at police in Lusaka.",
            "the arrest protested is the grievance, not an event",
        ),
        (
            "Youths protesting the arrest of a local chief torched a police post in Bunia.",
            "the arrest is the riot's grievance; the arson is the riot",
        ),
    ],
)
def test_crowds_and_grievances_make_no_strategic_development(text: str, reason: str) -> None:
    assert not any(s in {"Arrests", "Looting/property destruction"} for s in _subs(text)), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Gunmen raided a school in Zamfara and marched 30 pupils into the forest.",
            "pupils marched into the forest by their captors: an abduction",
        ),
        (
            "The militiamen marched them off towards the hills above Bunia.",
            "a pronoun object led away is no march of protest",
        ),
        (
            "Kidnappers marched the hostages away from the highway near Abuja.",
            "hostages led away",
        ),
    ],
)
def test_people_marched_away_are_no_protest(text: str, reason: str) -> None:
    assert "Peaceful protest" not in _subs(text), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Thousands of nurses marched to the health ministry in Nairobi.",
            "an intransitive march to a place is a protest",
        ),
        (
            "Students marched through the centre of Dhaka on Tuesday.",
            "a march through a city",
        ),
    ],
)
def test_marches_stay_protests(text: str, reason: str) -> None:
    assert "Peaceful protest" in _subs(text), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Armed youths from a rival clan exchanged fire with herders near Rumbek for hours.",
            "armed youths are an armed group: a battle, not a riot",
        ),
        (
            "Armed Turkana youths clashed with Pokot raiders near Kapedo.",
            "'armed' before the youths' name makes them a militia",
        ),
    ],
)
def test_armed_youths_fight_battles_not_riots(text: str, reason: str) -> None:
    subs = _subs(text)
    assert "Armed clash" in subs and "Violent demonstration" not in subs, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Villagers pelted a visiting land-survey team with stones near Mardan.",
            "a long object before 'with stones' is still stoning",
        ),
        (
            "Fans hurled flares, bottles and rocks at stewards outside the stadium in Split.",
            "a list of projectiles ending in rocks",
        ),
    ],
)
def test_stoning_with_a_long_object_is_a_riot(text: str, reason: str) -> None:
    assert "Violent demonstration" in _subs(text), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Bandits raided a village near Gusau on Friday and exchanged fire with vigilantes "
            "for two hours.",
            "the raiders met armed resistance: one armed clash",
        ),
        (
            "Gunmen stormed a gold mine near Kidal and then fought its guards, a miner said.",
            "'and then fought': the same attackers in a fight",
        ),
    ],
)
def test_raid_that_meets_armed_resistance_is_one_battle(text: str, reason: str) -> None:
    assert _subs(text) == ["Armed clash"], reason


def test_raid_on_civilians_without_resistance_stays_an_attack() -> None:
    assert _subs("Gunmen raided a market in Jos, killing four traders.")[0] == "Attack"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Land disputes and raids kill dozens of herders every year in Karamoja.",
            "a yearly rate is a pattern, not an event",
        ),
        (
            "Hundreds of migrants are abducted each month along the route through Chiapas.",
            "a monthly rate",
        ),
    ],
)
def test_a_rate_is_no_event(text: str, reason: str) -> None:
    assert _subs(text) == [], reason
