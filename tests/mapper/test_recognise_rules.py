"""Recognition rules: lone small-town words need a place cue, notable places are never
people, demonyms start names, compounds with a lower-case word split."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def names(text: str, gz: Gazetteer) -> list[str]:
    return [t.text for t in geoparse(text, gazetteer=gz)]


@pytest.mark.parametrize(
    ("text", "word", "expected", "reason"),
    [
        ("Keith told the court he was innocent.", "Keith", False, "a first name"),
        ("Analyst Amy Chen expects prices to rise. Chen, who", "Chen", False, "a surname"),
        ("The Picture shows a crowd outside the court.", "Picture", False, "a word"),
        ("We’re staying, he said. He’ll stay too.", "We’re", False, "a contraction, not Were"),
        ("He’ll stay, she said.", "He’ll", False, "a contraction, not Hell"),
        ("I’ve seen the damage, she said.", "I’ve", False, "a contraction, not a place"),
        ("Two families fled to Keith after the floods.", "Keith", True, "after a locative"),
        ("Militants struck Haditha at dawn.", "Haditha", True, "object of an attack verb"),
        (
            "Clashes were reported in Jurf al-Sakhr and Al-Qaim overnight.",
            "Al-Qaim",
            True,
            "in a list after a locative word",
        ),
        ("Slidell, Louisiana, declared an emergency.", "Slidell", True, "before its state"),
        ("Shells fell on Tikrit overnight.", "Tikrit", True, "after 'on'"),
        ("Two drones targeted Erbil airport.", "Erbil", True, "a city of over 100,000"),
        ("Airstrikes target Maskanah after dawn.", "Maskanah", True, "present-tense verb"),
        ("Artillery kept shelling Bentiu all night.", "Bentiu", True, "an -ing attack verb"),
        ("Separatists attack Batibo checkpoint.", "Batibo", True, "headline present tense"),
        ("Maskanah countryside saw heavy fighting.", "Maskanah", True, "before 'countryside'"),
        ("Protesters gathered as Faskari village mourned.", "Faskari", True, "before 'village'"),
        ("The Keith camp denied the report.", "Keith", False, "a person's 'camp' is a team"),
        # "al-Bukamal" starts with a small letter but is a name, not the text using a word
        # in lower case (an Arabic article name stands on its own).
        ("Warplanes pounded al-Bukamal overnight.", "al-Bukamal", True, "article name"),
        ("Troops shelled ad-Dana and nearby farms.", "ad-Dana", True, "sun-letter article"),
        (
            "Jets bombed a bridge as shells hit al-Mayadin; al-Mayadin residents fled.",
            "al-Mayadin",
            True,
            "an article name used twice",
        ),
        ("Fighters of al-Shabaab ambushed a convoy.", "al-Shabaab", False, "an armed group"),
        ("For the first time in years, the market reopened.", "For", False, "a preposition"),
        ("Rebel fighters shelled the base at dawn.", "Rebel", False, "not Cork's nickname"),
        ("Capital police closed the bridge.", "Capital", False, "an adjective, no town"),
        ("Shelling on Khan in the morning.", "Khan", False, "'caravanserai' starts names"),
    ],
)
def test_lone_small_town_word_is_a_place_only_with_a_place_cue(
    default_gazetteer: Gazetteer, text: str, word: str, expected: bool, reason: str
) -> None:
    assert (word in names(text, default_gazetteer)) is expected, reason


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("By Trend reporters. Iran exported more steel this year.", "Iran", "after a byline"),
        ("Beijing said it would retaliate against the tariffs.", "Beijing", "a capital speaks"),
        ("The DPRK fired two missiles on Sunday.", "DPRK", "a country's acronym"),
        ("Saudi Arabia cut oil output.", "Saudi Arabia", "a demonym starts the name"),
        ("A plant in Fresno, Calif. closed.", "Calif.", "a state's abbreviation after a town"),
        ("EU ministers met on Monday.", "EU", "an area's abbreviation"),
        ("The Britain-based monitor counted the dead.", "Britain", "split off '-based'"),
    ],
)
def test_notable_places_acronyms_and_compounds_are_found(
    default_gazetteer: Gazetteer, text: str, place: str, reason: str
) -> None:
    assert place in names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("AIRSTRIKE KILLS 3 IN MOSUL", ["MOSUL"], "a capitals headline: after 'IN'"),
        ("BLAST NEAR GAZA WOUNDS 12", ["GAZA"], "after 'NEAR'"),
        ("UN CONVOY HIT IN IDLIB", ["IDLIB"], "UN stays an acronym, not a place"),
        ("The WHO said BBC and NATO staff were safe in Erbil.", ["Erbil"], "acronyms in text"),
        ("NEW CLASHES AT DAWN", [], "no place: 'AT DAWN' is a time"),
    ],
)
def test_short_words_in_a_capitals_headline_are_places_after_a_locative(
    default_gazetteer: Gazetteer, text: str, expected: list[str], reason: str
) -> None:
    # The names found ("NEAR GAZA" widens the city's toponym; the name is "GAZA").
    assert [t.name for t in geoparse(text, gazetteer=default_gazetteer)] == expected, reason


def test_surname_seen_in_a_name_stays_a_person_when_the_town_is_small(
    default_gazetteer: Gazetteer,
) -> None:
    text = "Coach Mike Keith arrived in Leeds. Keith said the pitch in Keith was poor."
    found = names(text, default_gazetteer)
    assert "Leeds" in found
    assert "Keith" in found  # "in Keith" is the Scottish town
    spans = [t.start for t in geoparse(text, gazetteer=default_gazetteer) if t.text == "Keith"]
    assert spans == [text.rindex("Keith")]  # not the coach, not "Keith said"


def test_state_abbreviation_is_a_place_only_after_a_town(default_gazetteer: Gazetteer) -> None:
    found = names(
        "Miss. Ayers said the Mass. was long. She moved to Tupelo, Miss.", default_gazetteer
    )
    assert found.count("Miss.") == 1  # the state after "Tupelo, ", not the title
    assert "Mass." not in found


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Drought spread across North Africa.", ("North Africa", "geonames:6255146"), "continent"),
        ("Air strikes hit Eastern Ghouta again.", ("Eastern Ghouta", "curated:ghouta"), "region"),
        ("Missiles flew over North Korea.", ("North Korea", "geonames:1873107"), "a known name"),
    ],
)
def test_capitalised_side_before_a_place_is_part_of_the_name(
    default_gazetteer: Gazetteer, text: str, expected: tuple[str, str], reason: str
) -> None:
    (t,) = geoparse(text, gazetteer=default_gazetteer)
    assert (t.name, t.candidate.place.id if t.candidate else None) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("He served with US Special Forces in Manbij.", ["Manbij"], "a unit of a country"),
        ("Rockets hit the U.S. Embassy in Baghdad.", ["Baghdad"], "a mission, not the country"),
        ("The US Census Bureau counted Iraq's refugees.", ["Iraq"], "an office"),
        ("Thunder Snow won the Dubai World Cup in Dubai.", ["Dubai"], "an event"),
        ("US troops left Iraq.", ["US", "Iraq"], "the country itself"),
    ],
)
def test_place_name_inside_an_organisation_name_is_not_a_place(
    default_gazetteer: Gazetteer, text: str, expected: list[str], reason: str
) -> None:
    assert names(text, default_gazetteer) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Mortar rounds landed on Rashid Street in Baghdad.",
            ["Rashid Street", "Baghdad"],
            "a street the gazetteer does not know is still a place",
        ),
        (
            "Flooding closed Kingsway Road and Mill Lane in Mosul.",
            ["Kingsway Road", "Mill Lane", "Mosul"],
            "two streets joined by 'and' are two names",
        ),
        (
            "Divers searched Glenrock Lagoon at dawn.",
            ["Glenrock Lagoon"],
            "a natural feature's name, not only the town it is named after",
        ),
        ("The Wall Street Journal reported the strike.", [], "a newspaper's name"),
    ],
)
def test_street_and_feature_words_make_a_place_name(
    default_gazetteer: Gazetteer, text: str, expected: list[str], reason: str
) -> None:
    assert names(text, default_gazetteer) == expected, reason


@pytest.mark.parametrize(
    ("text", "kept", "dropped", "reason"),
    [
        (
            "Missiles hit the centre of Sumy on Palm Sunday, killing 35.",
            ["Sumy"],
            "Palm",
            "a named day is not Palm, Florida",
        ),
        (
            "Police fired on marchers in Derry on Bloody Sunday in 1972.",
            ["Derry"],
            "Bloody",
            "a named day after the place",
        ),
        (
            "Crowds marked Quds Day in Tehran with marches.",
            ["Tehran"],
            "Quds",
            "Quds Day is a rally day, not Jerusalem",
        ),
        (
            "Russian drones struck Kharkiv Sunday, officials said.",
            ["Kharkiv"],
            None,
            "a place before a bare weekday stays a place",
        ),
    ],
)
def test_named_days_are_not_places(
    default_gazetteer: Gazetteer, text: str, kept: list[str], dropped: str | None, reason: str
) -> None:
    found = names(text, default_gazetteer)
    assert found == kept
    if dropped:
        assert dropped not in " ".join(found)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "ADF fighters raided villages outside Beni on Monday, officials in Goma said.",
            ["outside Beni", "Goma"],
            "an Arabic kinship particle that is also a town's whole name",
        ),
        (
            "Floods cut the road to Beni Suef on Monday.",
            ["Beni Suef"],
            "the particle still joins the name after it",
        ),
        (
            "Upon arrival, troops raided Mosul.",
            ["Mosul"],
            "an English particle alone is no place",
        ),
    ],
)
def test_a_name_particle_alone_may_be_a_town(default_gazetteer, text, expected, reason):
    assert names(text, default_gazetteer) == expected, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Shelling hit houses in Dera Ali on Monday.", "'Ali' ends the town's name"),
        ("A drone struck a car near Kot Mohammed in the evening.", "'Mohammed' ends the name"),
        ("Troops entered Tal Hassan at dawn.", "'Hassan' ends the village's name"),
    ],
)
def test_known_first_word_of_a_name_ending_in_a_personal_name_is_no_place(
    default_gazetteer: Gazetteer, text: str, reason: str
) -> None:
    # Each first word alone is some place in the gazetteer; the longer name is unknown
    # and must not be cut down to it.
    assert names(text, default_gazetteer) == [], reason


@pytest.mark.parametrize(
    ("text", "word", "expected", "reason"),
    [
        (
            "Sixteen officers were hurt, Interior Minister Ivica Dacic told reporters in Belgrade.",
            "Interior",
            False,
            "a portfolio before 'Minister', not Oman's governorate by its English name",
        ),
        (
            "Police in Nairobi and Mombasa were on alert, Interior Minister Kithure Kindiki said.",
            "Interior",
            False,
            "the same portfolio after the places of the text",
        ),
        (
            "Peru's Interior Minister visited Ayacucho and Huancayo on Monday.",
            "Interior",
            False,
            "after a country's possessive",
        ),
        (
            "Ohio Secretary of State Frank LaRose spoke in Columbus.",
            "Ohio",
            True,
            "a state by its own name holds office: it stays a place",
        ),
        (
            "Punjab Minister Maryam Aurangzeb visited flood camps near Lahore.",
            "Punjab",
            True,
            "a province by its own name before 'Minister' stays",
        ),
    ],
)
def test_portfolio_word_before_a_minister_is_not_a_place(
    text: str, word: str, expected: bool, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert (word in names(text, default_gazetteer)) is expected, reason


def placed(text: str, gz: Gazetteer) -> dict[str, str | None]:
    """Name written -> country of the place it resolved to (None when unresolved)."""
    return {
        t.name: t.candidate.place.country_code if t.candidate else None
        for t in geoparse(text, gazetteer=gz)
    }


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Junta aircraft bombed a school in Tamu Township, Sagaing Region, on Monday.",
            "Tamu",
            "MM",
            "a Myanmar township bears its main town's name",
        ),
        (
            "Troops shelled Kyaukme Township in northern Shan State.",
            "Kyaukme",
            "MM",
            "capitalised 'Township' is no second name: the town is not a first name",
        ),
        (
            "Police said gunmen attacked a checkpoint in Kulachi Tehsil of Dera Ismail Khan.",
            "Kulachi",
            "PK",
            "a Pakistani tehsil, capitalised",
        ),
        (
            "Fighting spread to Ma'arrat al-Nu'man Sub-district in Idlib.",
            "Ma'arrat al-Nu'man",
            "SY",
            "a hyphenated sub-district",
        ),
    ],
)
def test_name_before_a_local_unit_word_is_its_town(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert placed(text, default_gazetteer).get(name) == country, reason


def test_local_unit_with_no_town_at_home_takes_no_namesake_abroad(
    default_gazetteer: Gazetteer,
) -> None:
    # The gazetteer knows Kani only in Japan and Ivory Coast; "Kani Township" beside
    # Sagaing is Myanmar's, so it stays unplaced rather than crossing to Japan.
    got = placed(
        "Junta jets bombed Kani Township in Sagaing Region and troops entered Kalay.",
        default_gazetteer,
    )
    assert got.get("Kani") is None, got


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("Soldiers exchanged fire along the Line of Control near Uri.", "Line", "a border"),
        ("The Mayor of Kherson said two people died.", "Mayor", "an office"),
    ],
)
def test_head_of_a_title_case_of_phrase_is_no_place(
    text: str, word: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert word not in placed(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Shells fell on Jableh of Lattakia.", "Jableh", "after 'on', the town of a province"),
        ("Pirates were active in the Gulf of Aden.", "Gulf of Aden", "the whole name is known"),
        ("Militants fled to Aden of the south.", "Aden", "a town after a locative"),
        ("Troops raided Jenin al-Qadima at dawn.", "Jenin", "its own name before an article"),
        ("Shelling hit Mosul al-Jadida overnight.", "Mosul", "a city before an article name"),
    ],
)
def test_town_before_of_or_an_article_name_stays_a_place(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert name in placed(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        (
            "Overnight, a strike on a house in Burj al-Shemali, east of Tyre, killed five.",
            "Burj",
            "'tower' names towns only with its article (Al Burj): here it starts a longer name",
        ),
        (
            "Settlers torched cars in Deir al-Hatab, outside Nablus.",
            "Deir",
            "'monastery' starts the village's name; alone it is no place",
        ),
    ],
)
def test_arabic_common_noun_before_an_article_name_is_no_place(
    text: str, word: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert word not in placed(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "fragment", "reason"),
    [
        (
            "Gunmen opened fire in the Barrio de la Paz neighbourhood of Tegucigalpa.",
            "Barrio",
            "the head of a quarter's name before 'de la' and a capitalised word",
        ),
        (
            "Gunmen opened fire in the Barrio de la Paz neighbourhood of Tegucigalpa.",
            "Paz",
            "the tail of a quarter's name after 'de la'",
        ),
        (
            "Protesters blocked the Porta di Roma shopping centre.",
            "Roma",
            "the tail of a mall's name after 'di'",
        ),
        (
            "Two people were shot in Rio de Janeiro's Complexo da Mare.",
            "Mare",
            "the tail of a favela's name after 'da'",
        ),
    ],
)
def test_fragment_of_a_longer_romance_name_is_no_place(
    default_gazetteer: Gazetteer, text: str, fragment: str, reason: str
) -> None:
    assert fragment not in names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("Clashes broke out in Rio de Janeiro on Monday.", "Rio de Janeiro", "known whole"),
        ("Officers were attacked in Santa Cruz de la Sierra.", "Santa Cruz de la Sierra", "whole"),
        ("Residents of Sao Jose dos Campos marched.", "Sao Jose dos Campos", "known whole"),
        ("Police in Lima de-escalated the march.", "Lima", "a hyphenated verb is no particle"),
    ],
)
def test_romance_name_known_whole_is_still_found(
    default_gazetteer: Gazetteer, text: str, place: str, reason: str
) -> None:
    assert place in names(text, default_gazetteer), reason
