"""Resolution rules: exact names first, states over towns, news abbreviations, typos,
streets and buildings, oceans, and the demonyms option."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer
from mapper import Precision, geoparse
from mapper.toponym import Toponym


def resolve(text: str, names: list[str], gz: Gazetteer) -> list[Toponym]:
    """geoparse(text, spans=...) on the first occurrence of each name."""
    spans = []
    for name in names:
        i = text.index(name)
        spans.append((i, i + len(name)))
    return geoparse(text, gazetteer=gz, spans=spans)


def place_id(t: Toponym) -> str | None:
    return t.candidate.place.id if t.candidate else None


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Floods hit Ohio and Poland this spring.",
            "Ohio",
            "iso3166-2:US-OH",
            "an exact name beats a Polish town whose alternate name only folds to it",
        ),
        (
            "Wildfires spread across California, officials in Los Angeles said.",
            "California",
            "iso3166-2:US-CA",
            "a state named exactly beats the small towns named after it",
        ),
        (
            "Storms over the Atlantic delayed flights from Boston.",
            "Atlantic",
            "curated:atlantic-ocean",
            "the ocean, not the small Iowa town called Atlantic",
        ),
        (
            "EU ministers met in Brussels to discuss sanctions.",
            "EU",
            "geonames:6255148",
            "EU is Europe, not the French town of Eu",
        ),
        (
            "Myanmar's army shelled Laiza, in Kachin State, overnight.",
            "Laiza",
            "curated:laiza",
            "the KIA's headquarters town, not Leitza in Spain",
        ),
        (
            "Shelling hit Basra on Monday, residents said.",
            "Basra",
            "geonames:99532",
            "the city, not the province named after it",
        ),
        (
            "Soldiers raided a house in Jenin on Monday.",
            "Jenin",
            "geonames:283506",
            "a town under 50,000 named like its governorate, near its point, is its seat",
        ),
        (
            "Curfews were imposed across Jenin governorate.",
            "Jenin governorate",
            "iso3166-2:PS-JEN",
            "the span says governorate",
        ),
        (
            "Protests spread across Basra province.",
            "Basra province",
            "iso3166-2:IQ-BA",
            "the span says province",
        ),
        (
            "Clashes erupted on the outskirts of Deir Ezzor.",
            "Deir Ezzor",
            "geonames:170794",
            "curated news spelling of the city; the city, not the governorate",
        ),
        (
            "Fighting spread across Deir Ezzor province.",
            "Deir Ezzor province",
            "iso3166-2:SY-DY",
            "the governorate, though its city now bears the spelling too",
        ),
        (
            "Airstrikes pounded al-Raqqa on Sunday.",
            "al-Raqqa",
            "geonames:172955",
            "the city: its alternate 'Al-Rakka' is a spelling of its own name, as the "
            "province's is",
        ),
        (
            "Troops entered al-Suwayda at dawn.",
            "al-Suwayda",
            "geonames:172408",
            "the city, though only the province's name matched letter for letter",
        ),
        (
            "Rockets fell on Palmyra overnight.",
            "Palmyra",
            "geonames:163808",
            "Tadmur: Palmyra, Palmira, Palmyre are its name abroad, not a one-off alias",
        ),
        (
            "Drones struck al-Tabaqa at night.",
            "al-Tabaqa",
            "geonames:172374",
            "Al-Tabqa: 'Al Tabaqah' is its own name with a vowel written, no alias",
        ),
        (
            "Gunmen attacked a convoy in al-Anbar.",
            "al-Anbar",
            "iso3166-2:IQ-AN",
            "the province: no big town of that name inside it",
        ),
        (
            "Talks on Korea opened in Geneva.",
            "Korea",
            "geonames:1835841",
            "no other clue: the more populous Korea",
        ),
        ("The Holy See urged a ceasefire.", "Holy See", "geonames:3164670", "curated alias"),
        ("The DPRK fired two missiles.", "DPRK", "geonames:1873107", "curated alias"),
        (
            "Oil prices rose as tension grew across the Middle East.",
            "Middle East",
            "curated:middle-east",
            "the region, not a US hamlet of that name",
        ),
        (
            "Shelling resumed in Ghouta on Monday.",
            "Ghouta",
            "curated:ghouta",
            "curated region: the countryside around Damascus",
        ),
    ],
)
def test_resolution_prefers_what_news_means(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str, reason: str
) -> None:
    (t,) = resolve(text, [name], default_gazetteer)
    assert place_id(t) == expected, reason


@pytest.mark.parametrize(
    ("text", "town", "expected", "reason"),
    [
        (
            "Aid convoys left Goma as fighting spread in eastern Congo.",
            "Goma",
            "geonames:203312",
            "a town of the Democratic Republic in the text",
        ),
        (
            "Voters queued in Brazzaville as Congo held its election.",
            "Brazzaville",
            "geonames:2260494",
            "the capital of the Republic of the Congo in the text",
        ),
    ],
)
def test_congo_is_the_one_whose_towns_the_text_names(
    default_gazetteer: Gazetteer, text: str, town: str, expected: str, reason: str
) -> None:
    _, congo = resolve(text, [town, "Congo"], default_gazetteer)
    assert place_id(congo) == expected, reason


@pytest.mark.parametrize(
    ("abbr", "expected", "reason"),
    [
        ("Calif.", "iso3166-2:US-CA", "AP style for California"),
        ("N.J.", "iso3166-2:US-NJ", "initials with dots; not N'Djamena"),
        ("Va.", "iso3166-2:US-VA", "not Warsaw, whose name folds near it"),
        ("B.C.", "iso3166-2:CA-BC", "a Canadian province"),
    ],
)
def test_news_style_state_abbreviations_are_states(
    default_gazetteer: Gazetteer, abbr: str, expected: str, reason: str
) -> None:
    (t,) = resolve(
        f"A warehouse near Springfield, {abbr} burned overnight.", [abbr], default_gazetteer
    )
    assert place_id(t) == expected, reason
    assert t.precision is Precision.REGION


def test_typo_of_a_country_is_resolved_but_near_miss_of_a_town_is_not(
    default_gazetteer: Gazetteer,
) -> None:
    text = "Delegates from Hungray drank at the Black Sheep before driving to Helmet."
    hungary, pub, helmet = resolve(text, ["Hungray", "Black Sheep", "Helmet"], default_gazetteer)
    assert place_id(hungary) == "geonames:719819"
    assert pub.candidate is None  # not Blackshear, Georgia
    assert helmet.candidate is None  # not Hemet, California


@pytest.mark.parametrize(
    ("text", "name", "expected", "precision", "moved", "reason"),
    [
        (
            "Air strikes hit Eastern Ghouta overnight.",
            "Eastern Ghouta",
            "curated:ghouta",
            Precision.REGION,
            True,
            "the eastern part of a region the gazetteer knows",
        ),
        (
            "Storms battered West Wales and Cornwall.",
            "West Wales",
            "iso3166-2:GB-WLS",
            Precision.REGION,
            True,
            "the western part of a nation of the United Kingdom",
        ),
        (
            "Divers searched Glenrock Lagoon after the storm.",
            "Glenrock Lagoon",
            "geonames:5826088",
            Precision.NEAR,
            False,
            "an unknown lagoon lies by the town it is named after",
        ),
        (
            "Settlers moved into the Jordan Valley.",
            "Jordan Valley",
            "geonames:248816",
            Precision.REGION,
            False,
            "an unknown valley named after a country is a region of it",
        ),
    ],
)
def test_part_or_feature_of_a_known_place_resolves_through_it(
    default_gazetteer: Gazetteer,
    text: str,
    name: str,
    expected: str,
    precision: Precision,
    moved: bool,
    reason: str,
) -> None:
    (t,) = resolve(text, [name], default_gazetteer)
    assert t.candidate is not None and t.candidate.fallback == "within", reason
    assert place_id(t) == expected
    assert t.precision is precision
    place = t.candidate.place
    assert ((t.latitude, t.longitude) != (place.latitude, place.longitude)) is moved  # to a side


def test_unknown_street_falls_back_to_the_town_the_text_is_about(
    default_gazetteer: Gazetteer,
) -> None:
    text = (
        "Police closed Royal Street in New Orleans after the parade. "
        "New Orleans police said the street would reopen on Sunday."
    )
    street, city = resolve(text, ["Royal Street", "New Orleans"], default_gazetteer)
    assert place_id(city) == "geonames:4335045"
    assert street.candidate is not None and street.candidate.fallback == "document"
    assert place_id(street) == place_id(city)
    assert street.precision is Precision.NEAR


def test_unknown_street_is_in_the_town_named_right_after_it(
    default_gazetteer: Gazetteer,
) -> None:
    text = (
        "Officials in Mosul said Mosul was calm, but a car bomb went off on Rashid Street "
        "in Baghdad."
    )
    found = {t.text: t for t in geoparse(text, gazetteer=default_gazetteer)}
    street = found["Rashid Street"]
    assert street.candidate is not None and street.candidate.fallback == "document"
    assert street.candidate.place.id == found["Baghdad"].candidate.place.id  # not Mosul


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Police closed Zarkwood Street after the parade.", "Zarkwood Street", "no town named"),
        (
            "Talks in Qaraqosh stalled; Zarkwood Committee members left.",
            "Zarkwood Committee",
            "not a street or a building",
        ),
    ],
)
def test_unknown_name_without_a_street_cue_or_town_stays_unresolved(
    default_gazetteer: Gazetteer, text: str, name: str, reason: str
) -> None:
    found = resolve(text, [name], default_gazetteer)
    assert found[0].candidate is None, reason


def test_demonyms_are_spans_only_with_the_option(default_gazetteer: Gazetteer) -> None:
    text = (
        "Russian troops and North Korean advisers met European envoys near the Syrian "
        "border, while Russians in Moscow protested."
    )
    plain = [t.text for t in geoparse(text, gazetteer=default_gazetteer)]
    assert plain == ["the Syrian border", "Moscow"]
    found = {
        t.text: (t.candidate.place.id, t.precision)
        for t in geoparse(text, gazetteer=default_gazetteer, demonyms=True)
    }
    assert found["Russian"] == ("geonames:2017370", Precision.COUNTRY)
    assert found["North Korean"] == ("geonames:1873107", Precision.COUNTRY)
    assert found["European"] == ("geonames:6255148", Precision.REGION)
    assert found["the Syrian border"][1] is Precision.REGION  # not split into "Syrian"
    assert "Russians" not in found  # people, not an adjective


def test_a_names_own_mentions_do_not_pull_it_to_a_far_namesake(
    default_gazetteer: Gazetteer,
) -> None:
    text = (
        "Detectives from London worked in Salisbury while officers in Wiltshire sealed a "
        "park. Salisbury residents were told to wash their clothes."
    )
    found = [(t.text, t.candidate.place.id) for t in geoparse(text, gazetteer=default_gazetteer)]
    # Harare, once called Salisbury, would otherwise count twice for Zimbabwe.
    assert found.count(("Salisbury", "geonames:2638664")) == 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Syrian troops tightened the siege of Madaya. Madaya has had no food for weeks.",
            "the name's own two mentions neither count for Myanmar nor dilute the demonym",
        ),
        (
            "Syrian troops tightened the siege of Madaya. Aid convoys reached Madaya late.",
            "a capitalised word that is no place here ('Aid') does not sway the focus",
        ),
    ],
)
def test_demonym_focus_picks_the_namesake_in_that_country(
    default_gazetteer: Gazetteer, text: str, reason: str
) -> None:
    found = {t.candidate.place.country_code for t in geoparse(text, gazetteer=default_gazetteer)}
    assert found == {"SY"}, reason


def test_cli_demonyms_option_lists_adjectives_of_countries(
    default_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    import json

    from click.testing import CliRunner

    from mapper.cli import cli

    path = tmp_path / "note.txt"
    path.write_text("Iraqi forces shelled Hit. Royal Street was closed.", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["geoparse", str(path), "--json"], obj={})
    with_demonyms = CliRunner().invoke(cli, ["geoparse", str(path), "--json", "--demonyms"], obj={})
    assert [d["text"] for d in json.loads(plain.stdout)] == ["Hit", "Royal Street"]
    found = {d["text"]: d for d in json.loads(with_demonyms.stdout)}
    assert found["Iraqi"]["place_id"] == "geonames:99237"
    assert found["Iraqi"]["precision"] == 4
    assert found["Hit"]["fallback"] is None
    assert found["Royal Street"]["fallback"] == "document"  # in the town the text is about


def test_state_named_in_the_text_picks_its_namesake_among_dozens(
    default_gazetteer: Gazetteer,
) -> None:
    text = "Flooding in Louisiana closed schools in Franklin and in Morgan City."
    found = {t.text: t.candidate.place for t in geoparse(text, gazetteer=default_gazetteer)}
    # Franklin, Louisiana, not Columbus (once "Franklinton") or Franklin, Tennessee.
    assert (found["Franklin"].country_code, found["Franklin"].admin1_code) == ("US", "LA")


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Deputies in Muhlenberg County arrested two men.",
            "Muhlenberg County",
            "iso3166-2:US-KY",
            "no namesake town in Kentucky: the state, not Mühlenberg in Germany",
        ),
        (
            "Flooding closed roads across Horry County.",
            "Horry County",
            "iso3166-2:US-SC",
            "the gazetteer knows no Horry: the state that has the county",
        ),
        (
            "Police in Morris County, New Jersey, said.",
            "Morris County",
            "geonames:5101427",
            "a namesake town inside the county's state (Morristown) stays",
        ),
    ],
)
def test_us_county_resolves_inside_its_state(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str, reason: str
) -> None:
    found = geoparse(text, gazetteer=default_gazetteer)
    (t,) = [t for t in found if t.text == name]
    assert place_id(t) == expected, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Houthi forces fired missiles at ships in solidarity with Gaza; strikes later "
            "hit Sanaa and Hodeidah.",
            "Gaza",
            "PS",
            "a city of 400,000 bearing the name beats a province abroad the text gives no sign of",
        ),
        (
            "Rains flooded parts of Gaza, officials in Maputo said.",
            "Gaza",
            "MZ",
            "the province stays when the text is about its country",
        ),
        (
            "Clashes erupted in Bari, officials in Garowe said.",
            "Bari",
            "SO",
            "Somalia's Bari region in a text on Puntland, not the Italian city",
        ),
    ],
)
def test_province_named_exactly_yields_to_a_city_abroad_without_focus(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = [t for t in geoparse(text, gazetteer=default_gazetteer) if t.name == name]
    assert found and found[0].candidate is not None, f"{name!r} not placed"
    assert found[0].candidate.place.country_code == country, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Gunmen killed labourers in Qalat, Balochistan, near Quetta.",
            "Qalat",
            "PK",
            "Pakistan's Kalat, spelt with Q, beside Quetta and in Balochistan",
        ),
        (
            "Gunmen killed labourers in Qalat, in Zabul province.",
            "Qalat",
            "AF",
            "the exact spelling where the text is about Afghanistan",
        ),
        (
            "Storms hit Ohio; in Poland, floods reached Wroclaw and Opole.",
            "Ohio",
            "US",
            "an area named exactly is never traded for a folded spelling at home",
        ),
    ],
)
def test_town_in_another_romanisation_at_home_outranks_exact_spelling_abroad(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = {
        t.name: t.candidate.place.country_code if t.candidate else None
        for t in geoparse(text, gazetteer=default_gazetteer)
    }
    assert got.get(name) == country, reason


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        (
            "A drone struck an exiled party's camp in Koya, officials in the Kurdistan Region"
            " of Iraq said.",
            "IQ",
            "Koysinjaq by its short name in Iraq, not the Japanese village Kōya",
        ),
        (
            "Police said two people died in Koya when a bomb went off; Baghdad condemned it.",
            "IQ",
            "the same town when the text names Iraq's capital",
        ),
        (
            "Pilgrims climbed to the temples of Koya near Osaka.",
            "JP",
            "the exact spelling where the text is about Japan",
        ),
    ],
)
def test_bigger_town_at_home_known_by_an_alternate_outranks_a_hamlet_abroad(
    text: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = {
        t.name: t.candidate.place.country_code if t.candidate else None
        for t in geoparse(text, gazetteer=default_gazetteer)
    }
    assert got.get("Koya") == country, reason


@pytest.mark.parametrize(
    ("text", "name", "admin1", "reason"),
    [
        (
            "Police detained 40 people in the Bornova district of Izmir.",
            "Bornova district",
            "İzmir",
            "'the X district of City'",
        ),
        (
            "Riot police sealed off Istanbul's Fatih district.",
            "Fatih district",
            "İstanbul",
            "'City's X district'",
        ),
        (
            "Protesters gathered in Ankara's Cankaya district.",
            "Cankaya district",
            "Ankara",
            "a folded spelling of Çankaya, inside Ankara",
        ),
    ],
)
def test_district_named_with_its_city_resolves_inside_that_city(
    text: str, name: str, admin1: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = {
        t.name: t.candidate.place.admin1_name if t.candidate else None
        for t in geoparse(text, gazetteer=default_gazetteer)
    }
    assert got.get(name) == admin1, reason
