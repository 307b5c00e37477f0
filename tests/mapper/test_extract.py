"""The incident pipeline: events linked to places, dates, casualties, actors, merging."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mapper import (
    Count,
    DatePrecision,
    EventType,
    InputError,
    Source,
    extract_articles,
    extract_incidents,
    merge_incidents,
    to_geodataframe,
)

JURF = (
    "US forces struck two sites in Jurf al-Sakhr and Al-Qaim early Wednesday, killing two "
    "fighters, a Pentagon spokesman said."
)


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


EXAMPLES = Path(__file__).parents[2] / "examples"
_STRIKE = (
    "Syrian government aircraft bombed Ma’arrat al-Nu’man on Tuesday, killing 12 "
    "civilians and wounding 30 others, local sources said."
)
# Characters that shift offsets when text is folded or normalised along the way.
_HOSTILE = [
    ("\ufeff" + _STRIKE, "a byte-order mark at the start"),
    (_STRIKE.replace("Ma", "\u200fMa"), "a right-to-left mark before the name"),
    (_STRIKE.replace("bombed", "bo\u200dmbed"), "a zero-width joiner inside the cue"),
    (_STRIKE.replace(" ", "\u00a0"), "no-break spaces"),
    (_STRIKE.replace("Nu", "Nu\u0301"), "a combining accent"),
    ("\U0001f525 " + _STRIKE + " \U0001f1f8\U0001f1fe", "emoji and a flag"),
    (_STRIKE.replace(", ", ",\r\n"), "CRLF line ends"),
    ("\u0130STANBUL: " + _STRIKE, "a letter whose lower case is longer"),
    (_STRIKE.upper(), "a headline in capitals"),
    ("\u2022 " + _STRIKE + "\n\u2022 Clashes in Idlib on Monday killed 4.", "bullets"),
]


def _texts():
    with (EXAMPLES / "dispatches.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            yield pytest.param(rec["text"], rec.get("published"), id=rec["id"])
    for text, reason in _HOSTILE:
        yield pytest.param(text, "2024-03-07", id=reason)


@pytest.mark.parametrize(("text", "published"), list(_texts()))
def test_every_evidence_span_is_the_text_at_its_offsets(gz, text, published):
    found = extract_incidents(text, published=published, gazetteer=gz)
    for inc in found:
        for name, span in (("evidence", inc.evidence), *inc.field_evidence):
            assert 0 <= span.start <= span.end <= len(text), name
            assert text[span.start : span.end] == span.text, name


def test_issue_example_gives_one_air_strike_per_site(gz):
    found = extract_incidents(JURF, published="2024-02-08", gazetteer=gz)
    assert [i.place_name for i in found] == ["Jurf al-Sakhr", "Al Qā’im"]
    for inc in found:
        assert inc.event_type is EventType.EXPLOSIONS
        assert inc.sub_event_type == "Air/drone strike"
        assert inc.event_date == date(2024, 2, 7)  # the Wednesday before publication
        assert inc.date_precision is DatePrecision.DAY
        assert inc.actor1 == "Military Forces of the United States"
        assert inc.country_code == "IQ"
        assert inc.latitude is not None and inc.geo_precision == 1
    # One toll for two places is split, not counted twice.
    assert sum(i.fatalities.low for i in found) == 2


def test_every_filled_field_has_evidence_in_the_text(gz):
    (first, _) = extract_incidents(JURF, published="2024-02-08", source="d1", gazetteer=gz)
    names = {name for name, _ in first.field_evidence}
    assert {"event_type", "event_date", "location", "actor1", "fatalities"} <= names
    for _, span in first.field_evidence:
        assert JURF[span.start : span.end] == span.text
    assert first.evidence.text == JURF
    assert first.evidence_for("location").text == "Jurf al-Sakhr"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Washington's support for Israel drew protests at the UN on Monday.",
            "support for a country is background; the UN is not a place here",
        ),
        ("Iraq's parliament voted on Sunday to expel foreign troops.", "politics, no event"),
        ("Envoys held talks in Doha about the war on Gaza.", "diplomacy and war as context"),
        (
            "Ten years ago, Islamic State fighters seized Mosul in a matter of days.",
            "a historical event is not the reported event",
        ),
        ("Iran threatened to strike US bases in Iraq.", "a threat is not an event"),
        ("", "empty text"),
    ],
)
def test_background_and_political_mentions_give_no_incident(gz, text, reason):
    assert extract_incidents(text, published="2024-06-10", gazetteer=gz) == [], reason


def test_event_in_sentence_with_background_places_only_maps_the_event_place(gz):
    text = (
        "An Israeli airstrike hit a house in Rafah on Tuesday night, killing 14 people. "
        "Washington's support for Israel was the focus of talks in Doha."
    )
    found = extract_incidents(text, published="2024-01-10", gazetteer=gz)
    assert [(i.location, i.place_id) for i in found] == [("Rafah", "geonames:281102")]
    assert found[0].fatalities == Count(14, 14)
    assert found[0].actor1 == "Military Forces of Israel"


def test_relative_date_without_publication_date_stays_unresolved(gz):
    (inc,) = extract_incidents("Clashes erupted in Hama on Wednesday.", gazetteer=gz)
    assert inc.event_date is None
    assert inc.date_precision is None
    assert inc.evidence_for("event_date") is None


def test_publication_date_alone_gives_week_precision(gz):
    (inc,) = extract_incidents("Clashes erupted in Hama.", published="2019-05-02", gazetteer=gz)
    assert (inc.event_date, inc.date_precision) == (date(2019, 5, 2), DatePrecision.WEEK)


def test_absolute_date_needs_no_publication_date(gz):
    (inc,) = extract_incidents("On 3 January 2020 a drone strike hit Baghdad.", gazetteer=gz)
    assert inc.event_date == date(2020, 1, 3)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "reason"),
    [
        (
            "Turkish warplanes struck Tal Abyad.",
            "Military Forces of Turkey",
            None,
            "the force noun with its demonym is the perpetrator",
        ),
        (
            "A checkpoint in Arish was attacked by Islamic State fighters.",
            "Islamic State Sinai Province",
            None,
            "passive voice: the agent after 'by', coded as the branch in Egypt",
        ),
        (
            "Unknown assailants ambushed a bus near Gao.",
            "Unidentified Armed Group",
            None,
            "unidentified perpetrators as ACLED codes them",
        ),
        (
            "They bombed our street in Khan Younis on Tuesday, killing 4.",
            "Unidentified Armed Group",
            None,
            "a pronoun is no country: 'They' folds like 'Thai' but is not Thailand's forces",
        ),
        (
            "We were shelled in Kherson all night, killing 2.",
            "Unidentified Armed Group",
            None,
            "'We' is no country either (it folds like Venezuela's code)",
        ),
    ],
)
def test_actors_by_position_and_voice(gz, text, actor1, actor2, reason):
    found = extract_incidents(text, published="2022-03-01", gazetteer=gz)
    assert found, reason
    assert found[0].actor1 == actor1, reason
    if actor2 is not None:
        assert found[0].actor2 == actor2, reason


def test_clause_places_go_to_their_own_event(gz):
    text = (
        "Clashes in the western countryside of Daraa and a woman killed in the outskirts "
        "of Deir Ezzor"
    )
    found = extract_incidents(text, published="2016-04-29", gazetteer=gz)
    assert [(i.location, i.event_type) for i in found] == [
        ("countryside of Daraa", EventType.BATTLES),
        ("the outskirts of Deir Ezzor", EventType.VIOLENCE_AGAINST_CIVILIANS),  # the city
    ]


def test_country_only_when_no_finer_place(gz):
    headline = "US strikes hit militia sites in western Iraq\n" + JURF
    found = extract_incidents(headline, published="2024-02-08", gazetteer=gz)
    assert "Iraq" not in [i.place_name for i in found]
    (only,) = extract_incidents(
        "Airstrikes hit targets in Yemen.", published="2024-01-12", gazetteer=gz
    )
    assert only.country_code == "YE" and only.geo_precision == 4


def test_duplicate_reports_merge_keeping_every_source(gz):
    a = ("Rebels clashed with the army in Idlib on 4 May 2019.", Source("wire-a", title="A"))
    b = ("Fighting raged in Idlib on 4 May 2019, residents said.", Source("wire-b", title="B"))
    (merged,) = extract_articles([a, b], gazetteer=gz)
    assert [s.id for s in merged.sources] == ["wire-a", "wire-b"]
    assert merged.evidence.text == a[0]  # first evidence kept
    assert merge_incidents([merged, merged]) == [merged]


def test_different_dates_do_not_merge(gz):
    a = ("Rebels clashed with the army in Idlib on 4 May 2019.", Source("wire-a"))
    b = ("Rebels clashed with the army in Idlib on 9 May 2019.", Source("wire-b"))
    assert len(extract_articles([a, b], gazetteer=gz)) == 2


def test_incidents_make_a_geodataframe(gz):
    found = extract_incidents(JURF, published="2024-02-08", source="d1", gazetteer=gz)
    gdf = to_geodataframe(found)
    assert len(gdf) == 2
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf["fatalities"]) == [1, 1]
    assert gdf.geometry.iloc[0].y == pytest.approx(found[0].latitude)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": b"Clashes in Hama \xe9"}, "not UTF-8"),  # Latin-1 bytes
        ({"text": b"\xff\xfeclashes"}, "not UTF-16-LE"),  # a UTF-16 mark, odd length
        ({"text": "Clashes in Hama.", "published": "next Tuesday-ish"}, "next Tuesday-ish"),
        ({"text": "Clashes in Hama.", "source": 42}, "source must be a Source or a str"),
    ],
)
def test_bad_input_raises_input_error_naming_the_value(gz, kwargs, message):
    with pytest.raises(InputError, match=message):
        extract_incidents(gazetteer=gz, **kwargs)


def test_extract_articles_names_the_bad_article(gz):
    with pytest.raises(InputError, match="bad-doc"):
        extract_articles([(b"\x00\x01", Source("bad-doc"))], gazetteer=gz)


def test_claim_of_responsibility_names_the_perpetrator(gz):
    text = (
        "Two car bombs exploded in Mogadishu on Saturday, killing at least 100 people. "
        "Al-Shabaab later said it carried out the attack."
    )
    (inc,) = extract_incidents(text, published="2022-10-30", gazetteer=gz)
    assert inc.actor1 == "al-Shabaab"
    assert inc.evidence_for("actor1").text == "Al-Shabaab"


def test_state_forces_without_a_country_take_the_place_country(gz):
    text = "Fighting between the army and the Rapid Support Forces raged in Omdurman."
    (inc,) = extract_incidents(text, published="2023-05-02", gazetteer=gz)
    assert inc.actor1 == "Military Forces of Sudan"
    assert inc.actor2 == "Rapid Support Forces"


def test_one_toll_for_three_places_is_split_with_remainder_first(gz):
    text = "Warplanes struck Sanaa, Hodeidah and Saada on 12 January 2024, killing five people."
    found = extract_incidents(text, gazetteer=gz)
    assert [i.fatalities for i in found] == [Count(3, 3), Count(1, 1), Count(1, 1)]


def test_wrapped_dispatch_codes_each_event_once(gz):
    from pathlib import Path

    text = (Path(__file__).parents[2] / "examples" / "dispatch_iraq.txt").read_text()
    found = extract_incidents(text, published="2024-02-08", gazetteer=gz)
    places = [i.place_name for i in found]
    assert places.count("Al Qā’im") == 1  # "the strikes shook windows" refers back
    assert "Syria" not in places and "Iraq" not in places
    (asad,) = [i for i in found if i.place_name == "Al Asad Air Base"]
    assert asad.actor1 == "Kataib Hezbollah"  # not the umbrella named in apposition
    assert asad.event_date == date(2024, 2, 4)


@pytest.mark.parametrize(
    ("text", "location", "actor1", "reason"),
    [
        (
            "Israel's military said it struck Hamas targets in Gaza City overnight.",
            "Gaza City",
            "Military Forces of Israel",
            "a speaker who says 'it struck' is the perpetrator",
        ),
        (
            "The US-led coalition said its aircraft struck Hajin on Monday.",
            "Hajin",
            "US-led coalition",
            "a speaker whose own aircraft struck is the perpetrator",
        ),
        (
            "Iraqi police said a rocket hit a house in Hit.",
            "Hit",
            "Unidentified Armed Group",
            "a speaker who reports an attack is not its perpetrator",
        ),
        (
            "Myanmar junta jets bombed a village in Sagaing region.",
            "Sagaing region",
            "Military Forces of Myanmar",
            "a country name before the cue names state forces",
        ),
        (
            "Protesters in London demanded a ceasefire in Gaza.",
            "London",
            "Protesters (United Kingdom)",
            "a demand's place is not where the protest was",
        ),
    ],
)
def test_speakers_countries_and_demands(gz, text, location, actor1, reason):
    found = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    assert [(i.location, i.actor1) for i in found] == [(location, actor1)], reason


def test_running_totals_give_no_incident_and_no_toll(gz):
    text = (
        "Clashes in Kidal on Monday killed three soldiers. "
        "The fighting in Mali has killed more than 2,000 people so far this year."
    )
    found = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    assert [(i.location, i.fatalities) for i in found] == [("Kidal", Count(3, 3))]


@pytest.mark.parametrize(
    ("follow_up", "sub", "reason"),
    [
        (
            "Police later dispersed the crowd with tear gas.",
            "Protest with intervention",
            "dispersal in the next sentence",
        ),
        (
            "Security forces later shot two demonstrators dead.",
            "Excessive force against protesters",
            "lethal force by state forces",
        ),
        ("Organisers said the march was peaceful.", "Peaceful protest", "nothing happened"),
    ],
)
def test_follow_up_sentence_refines_the_protest(gz, follow_up, sub, reason):
    text = "Thousands of protesters rallied outside parliament in Niamey on Sunday. " + follow_up
    found = extract_incidents(text, published="2023-07-31", gazetteer=gz)
    assert [i.sub_event_type for i in found if i.event_type is EventType.PROTESTS] == [sub]


def test_extract_articles_takes_article_objects_and_their_publication_dates(gz):
    from mapper import Article

    articles = [
        Article(
            "Rebels clashed with the army in Idlib on Friday.",
            Source("a", published=date(2019, 5, 6)),
        ),
        Article(
            "Clashes in Idlib on Friday, residents said.", Source("b", published=date(2019, 5, 4))
        ),
    ]
    (merged,) = extract_articles(articles, gazetteer=gz)
    assert merged.event_date == date(2019, 5, 3)  # both Fridays resolve to the same day
    assert [s.id for s in merged.sources] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "locations", "reason"),
    [
        (
            "Government forces in Idlib shelled rebel positions in Kafr Nabl on Monday.",
            ["Kafr Nabl"],
            "the subject's place yields to the event's own place",
        ),
        (
            "Police in Mandalay fired rubber bullets at protesters on Tuesday.",
            ["Mandalay"],
            "the subject's place when the event names none",
        ),
        (
            "In Mosul, a car bomb killed three people on Monday.",
            ["Mosul"],
            "a place opening the sentence goes to the event after it",
        ),
        (
            "An Aleppo-based monitor said warplanes struck Saraqib on Monday.",
            ["Saraqib"],
            "a monitor's home is not an event place",
        ),
    ],
)
def test_places_before_the_event(gz, text, locations, reason):
    found = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    assert [i.location for i in found] == locations, reason


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Islamic State fighters attacked an army post in Tessit, in Mali's Gao region.",
            "Tessit",
            "a country's possessive region is a container, not a second place",
        ),
        ("A swarm of warplanes continues to bomb Idlib.", "Idlib", "present-tense 'bomb'"),
        (
            "Aerial bombardments on the eastern section of Aleppo killed four.",
            "Aleppo",
            "'section of' names part of a place",
        ),
    ],
)
def test_headline_and_descriptive_place_phrases(gz, text, location, reason):
    found = extract_incidents(text, published="2017-03-06", gazetteer=gz)
    assert [i.location for i in found] == [location], reason


def test_homonym_moves_into_the_documents_country(gz):
    text = "Regime shelling hit Aleppo, Idlib and Madaya on Monday."
    found = extract_incidents(text, published="2017-03-06", gazetteer=gz)
    assert [i.country_code for i in found] == ["SY", "SY", "SY"]  # not Madaya, Myanmar


def test_supporting_strikes_share_the_raids_place_and_actors(gz):
    text = (
        "Israeli forces launched a large raid on the Jenin refugee camp early Monday, backed "
        "by drone strikes, and clashed with Palestinian gunmen."
    )
    found = extract_incidents(text, published="2023-07-04", gazetteer=gz)
    assert [(i.sub_event_type, i.place_name, i.actor1) for i in found] == [
        ("Armed clash", "Janīn", "Military Forces of Israel"),
        ("Air/drone strike", "Janīn", "Military Forces of Israel"),
    ]


# Events that no place in the gazetteer locates (mapper.standins).
# "Wadi Qarnoun" is a made-up name: no gazetteer knows it.


def test_unresolved_place_keeps_its_name_at_the_country_in_focus(gz):
    text = "Rebels clashed with soldiers in Wadi Qarnoun on Monday."
    (inc,) = extract_incidents(text, published="2019-05-02", country_bias="SY", gazetteer=gz)
    syria = gz.countries()["SY"]
    assert inc.location == "Wadi Qarnoun"
    assert inc.evidence_for("location").text == "Wadi Qarnoun"
    assert (inc.country_code, inc.geo_precision) == ("SY", 4)
    assert (inc.latitude, inc.longitude) == (syria.latitude, syria.longitude)
    assert inc.event_date == date(2019, 4, 29)


def test_unresolved_place_without_a_country_is_kept_unlocated(gz):
    (inc,) = extract_incidents(
        "Rebels clashed with soldiers in Wadi Qarnoun on Monday.",
        published="2019-05-02",
        gazetteer=gz,
    )
    assert inc.location == "Wadi Qarnoun"
    assert (inc.latitude, inc.longitude, inc.geo_precision, inc.country_code) == (
        None,
        None,
        None,
        None,
    )


def test_placeless_headline_takes_the_country_the_document_is_about(gz):
    text = "Shelling kills four\nRebels clashed with the army in Homs on Monday."
    found = extract_incidents(text, published="2019-05-02", gazetteer=gz)
    shelling = [i for i in found if i.event_type is EventType.EXPLOSIONS]
    assert [(i.location, i.country_code, i.geo_precision) for i in shelling] == [("Syria", "SY", 4)]
    assert shelling[0].fatalities == Count(4, 4)
    assert shelling[0].evidence_for("location") is None  # not read from the text


def test_daily_summary_is_one_unlocated_incident_with_its_toll_and_date(gz):
    text = "85 people were killed yesterday, including 21 soldiers, a monitor said."
    (inc,) = extract_incidents(text, published="2017-03-07", gazetteer=gz)
    assert (inc.event_date, inc.fatalities, inc.latitude) == (date(2017, 3, 6), Count(85, 85), None)
    assert inc.location == ""
    placed = "85 people were killed yesterday in Aleppo, including 21 soldiers, a monitor said."
    (located,) = extract_incidents(placed, published="2017-03-07", gazetteer=gz)
    assert inc.confidence < located.confidence  # no place: less sure than the same, placed


def test_unlocated_reports_of_the_same_day_do_not_merge(gz):
    a = (
        "85 people were killed yesterday, a monitor said.",
        Source("a", published=date(2017, 3, 7)),
    )
    b = (
        "40 people were killed yesterday, a monitor said.",
        Source("b", published=date(2017, 3, 7)),
    )
    found = extract_articles([a, b], gazetteer=gz)
    assert [i.fatalities for i in found] == [Count(85, 85), Count(40, 40)]


def test_placeless_event_gives_way_to_the_same_event_placed_later(gz):
    text = "Airstrikes kill eight\nWarplanes struck Idlib and Saraqib on Monday."
    found = extract_incidents(text, published="2019-05-02", gazetteer=gz)
    assert [i.location for i in found] == ["Idlib", "Saraqib"]
    assert [i.fatalities for i in found] == [Count(4, 4), Count(4, 4)]  # the toll is shared


@pytest.mark.parametrize(
    ("text", "located", "reason"),
    [
        ("The verdict drew protests on Monday.", [], "a protest needs a place: a reaction"),
        (
            "Rebels shelled Kafr Nabl on Monday. The army said it was ready. "
            "Three soldiers were killed in an ambush.",
            ["Kafr Nabl"],
            "a placeless event after the lead is no incident of its own",
        ),
        (
            "The war has killed more than 2,000 people since 2014.",
            [],
            "a running total is not an incident",
        ),
    ],
)
def test_placeless_mentions_that_are_no_incident_of_their_own(gz, text, located, reason):
    found = extract_incidents(text, published="2019-05-02", gazetteer=gz)
    assert [i.location for i in found] == located, reason


def test_definite_event_with_a_place_is_not_a_placeless_events_echo(gz):
    text = "Warplanes intensify the strikes on the countryside of Hama and Idlib"
    found = extract_incidents(text, published="2019-05-02", gazetteer=gz)
    assert [i.place_name for i in found] == ["Ḩamāh", "Idlib"]


def test_claiming_lives_is_a_killing_not_a_claim_of_responsibility(gz):
    text = "Islamic State claimed the lives of three shepherds in Manbij on Monday."
    (inc,) = extract_incidents(text, published="2019-05-02", gazetteer=gz)
    assert (inc.place_name, inc.actor1, inc.fatalities) == ("Manbij", "Islamic State", Count(3, 3))
    assert inc.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        (
            "The Saudi-led coalition said Houthi drones hit Jizan. "
            "Coalition warplanes later struck Houthi positions in Hodeidah.",
            "Saudi-led coalition",
            "a bare 'Coalition' is the coalition the document named before",
        ),
        (
            "Coalition warplanes struck Houthi positions in Hodeidah on Monday.",
            "Unidentified Military Forces",
            "a coalition the report does not name is not attributed to a state",
        ),
        (
            "International Coalition warplanes struck Hajin on Monday.",
            "US-led coalition",
            "the monitors' name for the US-led coalition",
        ),
    ],
)
def test_coalition_forces_are_the_coalition_named(gz, text, actor1, reason):
    found = extract_incidents(text, published="2019-04-10", gazetteer=gz)
    assert found[-1].actor1 == actor1, reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        (
            "Turkish artillery shelled Tal Abyad on Thursday. "
            "Two civilians were killed in Qamishli by mortar fire from across the border.",
            "Military Forces of Turkey",
            "cross-border fire: the foreign forces named before",
        ),
        (
            "Syrian troops deployed near Tal Abyad on Thursday. "
            "Two civilians were killed in Qamishli by mortar fire from across the border.",
            "Unidentified Armed Group",
            "the forces named are the country's own: not the ones firing across its border",
        ),
    ],
)
def test_fire_from_across_the_border_comes_from_the_foreign_forces_named(gz, text, actor1, reason):
    found = extract_incidents(text, published="2019-10-11", gazetteer=gz)
    (qamishli,) = [i for i in found if i.location == "Qamishli"]
    assert qamishli.actor1 == actor1, reason


def test_a_place_the_gazetteer_lacks_keeps_its_name_at_its_regions_point(gz):
    # The embedded gazetteer knows no Myanmar "Mansi" (a Kachin township), only US
    # namesakes by spelling (Muncie, Muncy).
    text = "An airstrike hit a camp near Mansi in Kachin State on Monday, killing 29 people."
    (inc,) = extract_incidents(text, published="2023-10-12", gazetteer=gz)
    # The region's point stands for a place inside it: "part of" the region (2).
    assert (inc.location, inc.country_code, inc.geo_precision) == ("Mansi", "MM", 2)
    assert inc.place_name == "Kachin"
    assert inc.evidence_for("location").text == "Mansi"


def test_a_military_airstrike_is_by_the_forces_of_the_country_it_hits(gz):
    text = "A military airstrike hit a camp near Myitkyina on Monday, killing 29 people."
    (inc,) = extract_incidents(text, published="2023-10-12", gazetteer=gz)
    assert inc.actor1 == "Military Forces of Myanmar"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Human losses in Homs and bombardment targets Hama",
            [("Homs", EventType.BATTLES), ("Hama", EventType.EXPLOSIONS)],
            "a weak cue with its own place, coordinated before the specific one",
        ),
        (
            "The airstrike killed four people and the shelling hit Idlib",
            [("Idlib", EventType.EXPLOSIONS)],
            "a weak cue without a place of its own stays part of the specific event",
        ),
    ],
)
def test_weak_cue_in_its_own_clause_with_its_own_place(gz, text, expected, reason):
    found = extract_incidents(text, published="2016-04-29", gazetteer=gz)
    assert [(i.location, i.event_type) for i in found] == expected, reason


def test_a_toll_holding_its_own_cue_goes_to_that_cue(gz):
    text = "Explosions in the countryside of Daraa and a person killed in Damascus"
    found = extract_incidents(text, published="2016-04-29", gazetteer=gz)
    assert [(i.location, i.fatalities) for i in found] == [
        ("the countryside of Daraa", None),
        ("Damascus", Count(1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "n", "reason"),
    [
        (
            "Gunmen killed two soldiers in Daraa, raising to 90 the number killed there "
            "since June.",
            1,
            "'since June' in a later clause dates the running total, not the killing",
        ),
        (
            "Fighting has raged in Daraa since 2014.",
            0,
            "'since 2014' in the event's own clause: a running state, no incident",
        ),
    ],
)
def test_a_since_date_counts_only_in_the_events_own_clause(gz, text, n, reason):
    assert len(extract_incidents(text, published="2019-11-27", gazetteer=gz)) == n, reason


def test_an_event_amid_another_shares_its_place(gz):
    text = "Clashes continue in Talbiseh amid heavy shelling"
    found = extract_incidents(text, published="2016-04-29", gazetteer=gz)
    assert [(i.location, i.event_type) for i in found] == [
        ("Talbiseh", EventType.BATTLES),
        ("Talbiseh", EventType.EXPLOSIONS),
    ]


@pytest.mark.parametrize(
    ("text", "sub", "reason"),
    [
        (
            "Security forces took control of Wad Madani on Tuesday.",
            "Government regains territory",
            "state forces taking a town regain it, whatever the verb",
        ),
        (
            "Sudanese troops seized Sinja on Tuesday.",
            "Government regains territory",
            "a demonym's troops are state forces",
        ),
        (
            "Insurgents seized the town of Tessalit on Tuesday.",
            "Non-state actor overtakes territory",
            "insurgents are no state actor",
        ),
    ],
)
def test_territory_taken_by_state_forces_is_government_regains(gz, text, sub, reason):
    (inc,) = extract_incidents(text, published="2024-05-22", gazetteer=gz)
    assert inc.sub_event_type == sub, reason


@pytest.mark.parametrize(
    ("text", "sub", "killed", "reason"),
    [
        (
            "Gunmen kill 5 in Kidal\nGunmen killed five civilians in Kidal on Tuesday.",
            "Attack",
            5,
            "the headline's vaguer type gives way to the body's (civilians: an attack)",
        ),
        (
            "Blast kills 4 in Mogadishu\nA car bomb exploded in Mogadishu on Tuesday,"
            " killing four people.",
            "Remote explosive/landmine/IED",
            4,
            "the headline restates the body's event",
        ),
    ],
)
def test_headline_restating_the_body_at_the_same_place_is_one_incident(
    gz, text, sub, killed, reason
):
    found = extract_incidents(text, published="2024-01-25", gazetteer=gz)
    assert [(i.sub_event_type, i.fatalities) for i in found] == [(sub, Count(killed, killed))], (
        reason
    )


def _coded(gz, text):
    return [
        (str(i.event_type), i.sub_event_type, i.location)
        for i in extract_incidents(text, published="2024-03-06", gazetteer=gz)
    ]


def test_a_cause_clause_codes_no_incident_of_its_own(gz):
    text = (
        "Fighting broke out in Misrata on Monday night between two brigades after one of "
        "their commanders was detained."
    )
    assert _coded(gz, text) == [("Battles", "Armed clash", "Misrata")]


@pytest.mark.parametrize(
    ("text", "n", "reason"),
    [
        (
            "A drone strike hit a market in Kutum on Sunday. Government troops have been "
            "fighting the militia across North Darfur since the start of the year.",
            1,
            "a running state after the reported event",
        ),
        (
            "A bomb exploded in Mogadishu on Sunday. The town of Baidoa has been shelled "
            "regularly by the militants.",
            1,
            "a habit, not an event of this report",
        ),
        (
            "A court in Bamako on Monday sentenced five men for their role in an attack on "
            "a hotel in Sevare.",
            0,
            "the attack judged at a trial",
        ),
    ],
)
def test_background_sentences_add_no_incident(gz, text, n, reason):
    assert len(_coded(gz, text)) == n, reason


def test_deaths_reported_after_a_strike_are_the_strikes(gz):
    text = (
        "Russian missiles struck Odesa on Monday.\n"
        "A woman was killed in Izmail, the regional governor said."
    )
    incidents = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    izmail = [i for i in incidents if i.location == "Izmail"]
    assert [(str(i.event_type), i.actor1) for i in izmail] == [
        ("Explosions/Remote violence", "Military Forces of Russia")
    ]


def test_raid_on_villages_is_an_attack_on_civilians_whoever_carried_it_out(gz):
    text = (
        "Suspected rebels killed at least 20 villagers in a raid on farms outside "
        "Butembo on Tuesday."
    )
    assert {t for t, _, _ in _coded(gz, text)} == {"Violence against civilians"}


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Thousands of teachers marched through Bogota and Medellin on Wednesday.",
            [
                ("Protests", "Peaceful protest", "Bogota"),
                ("Protests", "Peaceful protest", "Medellin"),
            ],
            "'through' places a march",
        ),
        (
            "Youths set fire to a tax office in Kano on Thursday and looted shops.",
            [("Riots", "Violent demonstration", "Kano")],
            "a crowd's arson and looting is one riot",
        ),
    ],
)
def test_crowd_events_are_coded_once_at_their_places(gz, text, expected, reason):
    assert _coded(gz, text) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Two people were killed in Kano after gunmen opened fire on a bus on Monday.",
            [("Violence against civilians", "Attack", "Kano")],
            "gunmen in an 'after' clause are the attackers, not armed victims",
        ),
        (
            "Protests entered a third week in Tbilisi on Monday as thousands rallied outside "
            "parliament.",
            [("Protests", "Peaceful protest", "Tbilisi")],
            "'entered a third week' takes no territory",
        ),
    ],
)
def test_wording_that_misled_the_type(gz, text, expected, reason):
    assert _coded(gz, text) == expected, reason


def test_a_sequence_keeps_two_events_apart(gz):
    text = (
        "Gunmen killed 12 worshippers at a mosque in Katsina on Friday, two days after "
        "bandits abducted 20 farmers in nearby Zamfara."
    )
    assert [(t, loc) for t, _, loc in _coded(gz, text)] == [
        ("Violence against civilians", "Katsina"),
        ("Violence against civilians", "Zamfara"),
    ]


def test_an_earlier_event_in_a_sequence_clause_gives_no_placeless_incident(gz):
    text = (
        "Gunmen killed five people in Bambari on Monday, a week after clashes in the city "
        "killed ten."
    )
    incidents = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    assert [(str(i.event_type), i.location, i.fatalities) for i in incidents] == [
        ("Violence against civilians", "Bambari", Count(5, 5))
    ]


def test_a_nationwide_summary_refines_no_single_protest(gz):
    text = (
        "Around 2,000 people marched peacefully through Ibadan on Thursday. Rights groups "
        "later said 13 people had been killed by security forces in the protests nationwide."
    )
    incidents = extract_incidents(text, published="2024-08-02", gazetteer=gz)
    assert [(i.sub_event_type, i.fatalities) for i in incidents] == [("Peaceful protest", None)]


@pytest.mark.parametrize(
    ("headline", "expected", "reason"),
    [
        (
            "Attack on Kabul wedding hall kills 63",
            "Explosions/Remote violence",
            "the lead says what the vague headline attack was",
        ),
        ("Suicide bombing at Kabul wedding hall kills 63", "Explosions/Remote violence", "own"),
    ],
)
def test_a_vague_headline_takes_the_type_of_its_lead(gz, headline, expected, reason):
    text = (
        headline + "\nA suicide bomber blew himself up among guests at a crowded wedding "
        "hall late on Saturday, killing 63 people, officials said."
    )
    incidents = extract_incidents(text, published="2019-08-18", gazetteer=gz)
    assert {str(i.event_type) for i in incidents} == {expected}, reason


def test_deaths_by_gunmen_after_a_strike_are_not_the_strikes(gz):
    text = (
        "Russian missiles struck Odesa on Monday.\n"
        "Separately, a farmer was killed by gunmen in Izmail, police said."
    )
    incidents = extract_incidents(text, published="2024-03-06", gazetteer=gz)
    assert [str(i.event_type) for i in incidents if i.location == "Izmail"] == [
        "Violence against civilians"
    ]


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "One killed in PDP-APC clash in Ogbomosho\n"
            "A man was killed when supporters of the PDP and the APC clashed with cutlasses "
            "and stones at a motor park on Sunday evening, police said.",
            "2027-03-02",
            "lead names party supporters at an unnamed spot: the headline clash is theirs",
        ),
        (
            "One killed in Awami League-BNP clash in Lohajang\n"
            "A man was killed and 12 were hurt when activists of the Awami League and the "
            "BNP clashed with sticks at Dighirpar bazar in Lohajang upazila on Friday night, "
            "police said.",
            "2025-11-02",
            "lead places the riot at a finer spot: the headline's clash is the same riot",
        ),
    ],
)
def test_headline_clash_takes_the_leads_crowd_riot_type(default_gazetteer, text, published, reason):
    found = extract_incidents(text, published=published, gazetteer=default_gazetteer)
    assert found, reason
    assert {(i.event_type, i.sub_event_type) for i in found} == {
        (EventType.RIOTS, "Mob violence")
    }, reason


def test_headline_clash_with_armed_men_in_the_lead_stays_a_battle(default_gazetteer):
    text = (
        "Soldiers killed in clash in Gao region\n"
        "Three soldiers were killed when gunmen clashed with troops near Gao on Sunday, "
        "the army said."
    )
    found = extract_incidents(text, published="2025-05-06", gazetteer=default_gazetteer)
    assert found
    assert {i.event_type for i in found} == {EventType.BATTLES}


def test_fight_over_control_of_a_terminal_is_no_territory_taken(default_gazetteer):
    text = (
        "Youths of two villages fought with sticks and stones at Ranipur in Sindh on "
        "Monday. The fight broke out over control of a local market."
    )
    found = extract_incidents(text, published="2026-02-10", gazetteer=default_gazetteer)
    assert "Non-state actor overtakes territory" not in {i.sub_event_type for i in found}
