"""Who is named as the perpetrator: claims, hedged suspicion, state forces, arrests."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.actors import ActorLexicon


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


@pytest.fixture(scope="module")
def lex():
    return ActorLexicon.default()


def _actor1(text: str, gz) -> list[str | None]:
    return [i.actor1 for i in extract_incidents(text, published="2024-03-13", gazetteer=gz)]


_BOMB = "A bomb exploded at a bus station in Maiduguri on Monday, killing 6 people."
_RAID = "Gunmen shot dead five men at a pool hall in Guayaquil on Saturday."


@pytest.mark.parametrize(
    ("event", "follow_up", "actor1", "reason"),
    [
        (_BOMB, "Neither attack was claimed, but ISWAP fighters are active in the area.",
         "Unidentified Armed Group", "'neither ... claimed' is no claim; presence is no blame"),
        (_BOMB, "None of the armed groups operating in the state has claimed it, though "
         "Boko Haram operates nearby.", "Unidentified Armed Group",
         "a group operating nearby is not the perpetrator"),
        (_BOMB, "Officials suspect Boko Haram may have been involved.",
         "Unidentified Armed Group", "a hedged suspicion ('may have been') names nobody"),
        (_BOMB, "Police blamed Boko Haram, but said it was not yet clear who planted it.",
         "Unidentified Armed Group", "blame the speaker hedges in the same breath"),
        (_BOMB, "Boko Haram is possibly behind the blast, officials said.",
         "Unidentified Armed Group", "'possibly' behind the blast: a rumour, not an attribution"),
        (_BOMB, "The police commissioner did not rule out that Boko Haram planted it.",
         "Unidentified Armed Group", "'did not rule out' is no attribution"),
        (_BOMB, "It was not clear how many were wounded; police blamed Boko Haram.",
         "Boko Haram", "doubt about the toll is no doubt about the perpetrator"),
        (_BOMB, "Police blamed Boko Haram.", "Boko Haram",
         "plain official blame still names the perpetrator"),
        (_BOMB, "ISWAP said in a statement posted by its Amaq agency that one of its "
         "fighters had planted the bomb.", "Islamic State West Africa Province",
         "a claim carried by the group's outlet, through 'one of its fighters'"),
        (_BOMB, "The blast was claimed on Tuesday by Boko Haram.", "Boko Haram",
         "the agent of a passive claim is the claimant"),
        (_BOMB, "The army claimed that the bomber was a teenager.",
         "Unidentified Armed Group", "a claim about the bomber is no claim of the bombing"),
        (_BOMB, "Boko Haram claimed that it had planted the bomb.", "Boko Haram",
         "'claimed that it' still claims the attack"),
        (_BOMB, "The stalls belonged to Kanuri traders and members of the ISWAP-hit "
         "community.", "Unidentified Armed Group", "only attackers 'belong to' a perpetrator"),
        (_BOMB, "The victims were members of a Boko Haram splinter group, police said.",
         "Unidentified Armed Group", "victims who were members of a group are not attackers"),
        (_BOMB, "Police said the bombers were members of ISWAP.",
         "Islamic State West Africa Province", "the bombers' group is the perpetrator"),
        (_RAID, "Investigators blamed the killings on a feud between Los Lobos and Los "
         "Choneros.", "Unidentified Armed Group",
         "blame on a feud between two gangs names neither as the killer"),
        (_RAID, "Police blamed the killings on Los Lobos.", "Los Lobos",
         "blame on one gang names it"),
    ],
)  # fmt: skip
def test_claims_blame_and_hedges(gz, event, follow_up, actor1, reason):
    assert _actor1(f"{event} {follow_up}", gz) == [actor1], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Members of the Viv Ansanm coalition stormed Mirebalais on Monday.", "Viv Ansanm",
         "members of a named coalition are the coalition"),
        ("Gunmen of the Gran Grif gang killed four farmers near Saint-Marc on Sunday.",
         "Gran Grif", "gunmen of a named gang are the gang"),
        ("Maoist cadres killed a villager in Bijapur district on Thursday.",
         "Communist Party of India (Maoist)", "Maoist cadres are the CPI (Maoist)"),
        ("The navy shelled fishing villages near Sittwe on Sunday, killing two people.",
         "Military Forces of Myanmar", "the navy is the state's military"),
        ("Central African armed forces recaptured Bambari from rebels on Friday.",
         "Military Forces of Central African Republic", "a two-word demonym before forces"),
        ("Ivorian soldiers clashed with gunmen near Kafolo on Sunday.",
         "Military Forces of Ivory Coast", "a demonym the place lexicon lacks"),
        ("The police did not rule out that the ELN was behind the bombing of a pipeline in "
         "Arauca on Monday.", "Unidentified Armed Group",
         "a perpetrator the speaker only does not rule out, in the event's own sentence"),
        ("Gunmen killed two soldiers in Kidal during a raid on Sunday.",
         "Unidentified Armed Group", "'during a raid': the raid is the subject's"),
        ("The army said its troops had \"neutralised\" six rebels during an assault on a "
         "camp near Bamenda on Friday.", "Military Forces of Cameroon",
         "the army's assault, though the rebels stand nearer the cue"),
    ],
)  # fmt: skip
def test_named_groups_and_state_forces(gz, text, actor1, reason):
    assert _actor1(text, gz)[:1] == [actor1], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Fourteen suspects were arrested in Kano on Sunday after the unrest, a police "
         "spokesman said.", "Police Forces of Nigeria", "the speaking police made the arrest"),
        ("Eight opposition activists were detained in Harare on Friday, their lawyer said.",
         "Police Forces of Zimbabwe", "an arrest with no agent named is the police's"),
        ("Soldiers detained the mayor of Bouake on Monday.", "Military Forces of Ivory Coast",
         "a named arresting force is kept"),
    ],
)  # fmt: skip
def test_arrests_are_made_by_the_state(gz, text, actor1, reason):
    assert _actor1(text, gz) == [actor1], reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("FARC dissidents (EMC) attacked", "EMC: Central General Staff",
         "the faction in brackets narrows the broad label"),
        ("FARC dissidents of the so-called Central General Staff attacked",
         "EMC: Central General Staff", "'of the so-called' names the faction"),
        ("fighters of the KIA attacked", "Kachin Independence Army",
         "fighters of a named group"),
        ("gunmen of the village opened fire", "Unidentified Armed Group",
         "'of' a place names no group"),
    ],
)  # fmt: skip
def test_a_broad_label_narrowed_to_one_group(lex, text, name, reason):
    assert [m.actor.name for m in lex.find(text)][:1] == [name], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("BNP supporters torched buses and fought police in Bogra on Sunday.",
         "Rioters (Bangladesh Nationalist Party)", "a rioting crowd named by its party"),
        ("Activists loyal to the banned Awami League attacked a rally in Khulna on Monday, "
         "hurling bricks.", "Rioters (Awami League)", "'loyal to the banned' party"),
        ("PTI supporters marched peacefully through Peshawar on Friday.",
         "Protesters (Pakistan Tehreek-e-Insaf)", "a calm crowd named by its party protests"),
        ("Opposition supporters threw stones at police in Mombasa on Monday.",
         "Rioters (Kenya)", "no party named: the crowd is the country's"),
    ],
)  # fmt: skip
def test_a_crowd_named_by_its_party(gz, text, actor1, reason):
    assert _actor1(text, gz)[:1] == [actor1], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Missiles struck an apartment block in Zaporizhzhia overnight, killing four people. "
         "Russian forces have intensified attacks on the city.", "Military Forces of Russia",
         "a missile strike is the foreign state's the report names"),
        ("Missiles hit a fuel depot in Marib on Sunday, killing two guards. The Yemeni army "
         "said it was on alert.", "Unidentified Armed Group",
         "missiles are never the struck country's own forces'"),
    ],
)  # fmt: skip
def test_missiles_are_a_foreign_states(gz, text, actor1, reason):
    assert _actor1(text, gz)[:1] == [actor1], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("A police operation against drug gangs in Fortaleza left four suspects dead on "
         "Tuesday.", "Police Forces of Brazil", "the gangs are the operation's object"),
        ("The army's offensive against suspected Boko Haram fighters near Bama left 12 dead on "
         "Friday.", "Military Forces of Nigeria", "'against suspected X': X is acted on"),
    ],
)  # fmt: skip
def test_the_object_of_against_is_never_the_subject(gz, text, actor1, reason):
    assert _actor1(text, gz)[:1] == [actor1], reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Russian glide bombs hit the town", "Military Forces of Russia",
         "a demonym before a weapon only states field"),
        ("a Syrian missile landed", "Military Forces of Syria", "a demonym before 'missile'"),
        ("the coast guard fired on a boat", "Military Forces", "forces named by institution"),
        ("the junta shelled the village", "Military Forces", "a junta is the military"),
        ("the presidential guard opened fire", "Military Forces", "a guard unit is the state's"),
    ],
)  # fmt: skip
def test_state_forces_named_by_weapon_or_institution(lex, text, name, reason):
    assert [m.actor.name for m in lex.find(text)][:1] == [name], reason


def test_unnamed_forces_take_the_one_country_the_report_names_when_no_place_resolves(gz):
    text = "A Ugandan army spokesman said troops killed 9 rebels on Saturday."
    assert _actor1(text, gz) == ["Military Forces of Uganda"], "no place: the named army's"


def test_a_party_crowd_that_turns_violent_keeps_its_party(gz):
    text = (
        "PTI supporters marched through Peshawar on Friday to demand the release of their "
        "leader. Some of them later threw stones at police and set fire to a bus."
    )
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    assert [(str(i.event_type), i.actor1) for i in found] == [
        ("Riots", "Rioters (Pakistan Tehreek-e-Insaf)")
    ]


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Three police officers were killed in an IS ambush near Hawija on Monday. A Turkish "
         "drone hit a vehicle in Sinjar on Tuesday, killing two people.", "Islamic State",
         "'IS' is Islamic State's acronym, never Iceland's ISO code"),
        ("IS fighters attacked an army checkpoint near Baiji on Sunday, killing two soldiers.",
         "Islamic State", "a short acronym the lexicon knows still starts the subject"),
        ("AL gunmen shot dead two traders in Shkoder on Monday.", "Unidentified Armed Group",
         "'AL' is no prose name for Albania: an unknown acronym names no state"),
    ],
)  # fmt: skip
def test_bare_iso_codes_never_name_a_state(gz, text, actor1, reason):
    assert _actor1(text, gz)[:1] == [actor1], reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Armed bandits stormed a market in Tsafe on Sunday and abducted 20 traders. The "
         "state has for years been plagued by criminal gangs who kidnap for ransom.",
         "Unidentified Armed Group",
         "the event's own 'armed bandits', not the background's generic gangs"),
        ("Gang members shot dead four people in Croix-des-Bouquets on Monday, residents "
         "said.", "Unidentified Gang", "a gang named in the event's own sentence is kept"),
    ],
)  # fmt: skip
def test_a_background_generic_label_never_renames_the_events_own_perpetrator(
    gz, text, actor1, reason
):
    assert _actor1(text, gz)[:1] == [actor1], reason
