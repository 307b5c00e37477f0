"""Threats, warnings and vows report no event; a period opened by an event in a named
month is history; a security "vigil" is no gathering. Attacks told beside them stay."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.events import find_events
from mapper.framed import framed_spans
from mapper.recalled import recalled_causes


def _spans(sentence: str, finder) -> list[str]:
    return [sentence[a:b] for a, b in finder(sentence)]


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("Hezbollah warned that it would strike Haifa if the shelling went on.",
         "strike Haifa", "a warning with 'would'"),
        ("Al-Shabaab has threatened to storm Baidoa unless the troops withdraw.",
         "storm Baidoa", "threatened to, an infinitive"),
        ("The junta vowed it will crush the rebels in Sagaing within weeks.",
         "crush the rebels in Sagaing", "a vow with 'will'"),
        ("Caracas warned of a military response to any incursion from Guyana.",
         "a military response", "warned of, a noun"),
        ("Officials promised a firm answer to any further attacks on pipelines in Cabo Delgado.",
         "attacks on pipelines in Cabo Delgado", "'any further' attacks are unreal"),
        ("The cartel issued an ultimatum that it would burn the market in Uruapan.",
         "burn the market in Uruapan", "an ultimatum"),
    ],
)  # fmt: skip
def test_what_a_threat_says_will_happen_is_framed(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in span for span in _spans(sentence, framed_spans)), reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Gunmen killed six traders in Gusau on Monday, police said.", "no threat at all"),
        ("The victims will be buried in Jos on Friday, relatives said.",
         "a future funeral without a threat word"),
        ("Rebels shelled Kidal on Monday, a UN official warned.",
         "'warned' as the verb of speech after the news"),
    ],
)  # fmt: skip
def test_sentences_without_a_threat_keep_their_events(sentence: str, reason: str) -> None:
    events = [sentence[e.start : e.end] for e in find_events(sentence)]
    framed = _spans(sentence, framed_spans)
    assert not any(ev in span for ev in events for span in framed), (reason, framed)


@pytest.mark.parametrize(
    ("text", "published", "present", "absent", "reason"),
    [
        (
            "Tehran warns of crushing reply to any strike\nIran's army chief warned on "
            "Tuesday that the country would respond with force to any attack on its oil "
            "terminals at Kharg, state television reported.",
            "2025-09-16",
            None,
            "Kharg",
            "a warning with no event reported",
        ),
        (
            "Militants killed four policemen at a checkpoint in Bannu on Monday, police said. "
            "The group later warned that it would attack more police posts in the district.",
            "2025-04-08",
            "Bannu",
            None,
            "a threat issued after a real attack keeps the attack",
        ),
        (
            "Since the army retook Wad Madani in mid-January, traders have returned to its "
            "markets, residents said.",
            "2025-03-20",
            None,
            "Madani",
            "a period opened by an old capture is history",
        ),
        (
            "Since jihadists took Boulkessi in early May, no convoy has reached the town. On "
            "Sunday, a drone strike killed nine people at a market in Djibo, witnesses said.",
            "2025-07-01",
            "Djibo",
            "Boulkessi",
            "the background capture goes, the new strike stays",
        ),
        (
            "Police in Manipur stepped up vigil along the highway in Churachandpur ahead of "
            "Republic Day celebrations.",
            "2025-02-03",
            None,
            "Churachandpur",
            "a security vigil is watchfulness, not a gathering",
        ),
    ],
)
def test_threats_and_background_yield_no_incident(
    text: str, published: str, present: str | None, absent: str | None, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert present is None or any(present in loc for loc in locations), (reason, locations)
    assert absent is None or not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("Since the RSF captured Babanusa in late October, the front has moved west.",
         ["Since the RSF captured Babanusa in late October"], "fronted since, bare month"),
        ("Since Monday, when gunmen stormed Kauru, 300 people have fled.", [],
         "a weekday is the report's news"),
        ("Rebels have shelled Kadugli since October 12, killing dozens.", [],
         "a month with its day is not a bare month"),
        ("Thousands have fled Goma since M23 entered the city in January.", [],
         "a mid-sentence since is left to the main verb's aspect"),
    ],
)  # fmt: skip
def test_a_fronted_since_clause_with_a_bare_month_is_recalled(
    sentence: str, expected: list[str], reason: str
) -> None:
    assert _spans(sentence, recalled_causes) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "vigil", "reason"),
    [
        ("Police stepped up vigil along the border in Tinsukia.", False, "a security vigil"),
        ("Troops kept a close vigil on the bridge at Tezu.", False, "a close watch"),
        ("Hundreds held a candlelight vigil in Quetta for the miners.", True,
         "a mourning gathering"),
    ],
)  # fmt: skip
def test_only_a_gathering_vigil_is_a_protest_cue(sentence: str, vigil: bool, reason: str) -> None:
    assert any("vigil" in sentence[e.start : e.end] for e in find_events(sentence)) is vigil, reason


@pytest.mark.parametrize(
    ("text", "present", "absent", "reason"),
    [
        ("A roadside bomb on the road between Maiduguri and Bama hit a lorry near Konduga on "
         "Tuesday, killing three drivers, a local official said.", "Konduga", "Bama",
         "the road's ends are reference points when the sentence says 'near'"),
        ("Taliban fighters ambushed a police convoy on the Kabul-Jalalabad highway outside "
         "Surobi on Sunday, killing five officers, officials said.", "Surobi", "Jalalabad",
         "a hyphenated road name, 'outside'"),
        ("A roadside bomb hit a minibus on the road between Konna and Douentza on Tuesday, "
         "killing four passengers, residents said.", "Konna|Douentza", None,
         "without a finer place an end of the road is kept"),
    ],
)  # fmt: skip
def test_a_roads_ends_give_way_to_the_place_on_it(
    text: str, present: str, absent: str | None, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published="2025-05-14")]
    assert any(p in loc for p in present.split("|") for loc in locations), (reason, locations)
    assert absent is None or not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("text", "town", "unit", "reason"),
    [
        ("Gunmen shot dead two motorcycle taxi drivers in Sinak, Puncak regency, on Tuesday, "
         "police said.", "Sinak", "Puncak", "an Indonesian regency after its town"),
        ("Police said two rebels were shot dead in Beoga, Puncak regency, on Thursday.",
         "Beoga", "Puncak", "the same after another town, in a passive clause"),
    ],
)  # fmt: skip
def test_a_unit_named_after_its_town_is_not_a_second_place(
    text: str, town: str, unit: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published="2025-05-14")]
    assert any(town in loc for loc in locations), (reason, locations)
    assert not any(unit in loc for loc in locations), (reason, locations)
