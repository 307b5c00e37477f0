"""Event types by class of wording: devices set off by their victims, riots against
protests, crowds against armed groups, territory, abductions (own sentences)."""

from __future__ import annotations

import unicodedata

import pytest

from mapper import EventType, extract_incidents, find_events

E = EventType


def _main(text: str):
    """The first strong event of *text* (or the first event when all are weak)."""
    events = find_events(text)
    strong = [e for e in events if not e.weak]
    assert events, text
    return (strong or events)[0]


DEVICES = [
    (
        "Three policemen died when their pickup struck an improvised explosive device outside Gao.",
        "a vehicle striking an IED sets it off: no air strike",
    ),
    (
        "A farmer was killed when his tractor hit an anti-tank mine near Marinka.",
        "anti-tank mine, object of 'hit'",
    ),
    (
        "Two boys were wounded when a bomb planted under a bench went off in Quetta.",
        "a planted bomb is a remote explosive",
    ),
    (
        "A bomb hidden in a motorcycle killed a teacher in Yala on Friday.",
        "a hidden bomb",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DEVICES)
def test_devices_set_off_by_victims_are_remote_explosives(text: str, reason: str) -> None:
    event = _main(text)
    assert event.event_type is E.EXPLOSIONS, reason
    assert event.sub_event_type == "Remote explosive/landmine/IED", reason


def test_bomb_followed_by_a_lowercase_word_is_no_air_strike() -> None:
    # "bombs" as a verb needs a capitalised object ("Jets bomb Aleppo").
    events = find_events("A bomb tore through a bus station in Kano.")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_bomb_as_a_verb_before_a_place_is_an_air_strike() -> None:
    assert _main("Warplanes bomb Maarat al-Numan").sub_event_type == "Air/drone strike"


CROWDS = [
    # (text, event type, sub-event type, reason)
    (
        "Students protesting fuel prices clashed with police in Kisumu, hurling stones at"
        " officers who fired tear gas.",
        E.RIOTS,
        "Violent demonstration",
        "demonstrators who clash with police riot, whoever fired tear gas",
    ),
    (
        "A teenager died in Sfax on Monday as demonstrators fought running battles with"
        " police, throwing rocks at patrol cars.",
        E.RIOTS,
        "Violent demonstration",
        "running battles fought by demonstrators: one riot, not a protest and a riot",
    ),
    (
        "Thousands of opposition supporters marched through Lusaka; some threw stones at"
        " police, who responded with tear gas.",
        E.RIOTS,
        "Violent demonstration",
        "a march whose marchers stone police is a riot",
    ),
    (
        "Police fired tear gas to disperse hundreds of peaceful demonstrators in Harare.",
        E.PROTESTS,
        "Protest with intervention",
        "force used to disperse a peaceful crowd keeps it a protest",
    ),
    (
        "Soldiers opened fire on protesters in Mandalay, killing three.",
        E.PROTESTS,
        "Excessive force against protesters",
        "lethal force against protesters",
    ),
    (
        "In Kinshasa, a crowd angry at the delayed count ransacked the offices of the electoral"
        " commission and set fire to vehicles.",
        E.RIOTS,
        "Violent demonstration",
        "a crowd far before its act is still its subject",
    ),
    (
        "Supporters of the ruling party attacked opposition activists with machetes in"
        " Kumasi, injuring five.",
        E.RIOTS,
        "Mob violence",
        "party supporters attacking people: mob violence, not an armed group",
    ),
    (
        "A group of young men left the party office in Tirana and beat up two reporters"
        " filming outside.",
        E.RIOTS,
        "Mob violence",
        "a group of men beating reporters",
    ),
    (
        "Riot police used batons to break up a sit-in by nurses in Yerevan.",
        E.PROTESTS,
        "Protest with intervention",
        "riot police are not a riot",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub", "reason"), CROWDS)
def test_crowds_riot_when_they_use_violence(
    text: str, event_type: EventType, sub: str, reason: str
) -> None:
    events = [e for e in find_events(text) if not e.weak] or find_events(text)
    assert [(e.event_type, e.sub_event_type) for e in events][:1] == [(event_type, sub)], reason
    assert sum(e.event_type in {E.RIOTS, E.PROTESTS} for e in events) == 1, reason


ARMED_NOT_CROWD = [
    (
        "Bandits stormed the village of Dansadau, setting houses on fire and killing 11 villagers.",
        "bandits are an armed group: their raid is an attack on civilians",
    ),
    (
        "Gunmen killed five people, including two vigilantes, in Bukkuyum on Sunday.",
        "a vigilante among the victims is no mob",
    ),
    (
        "Villagers said gunmen set fire to their homes in Bokoro overnight.",
        "villagers as the source, gunmen as the arsonists",
    ),
    (
        "Cattle raiders armed with rifles attacked herders near Pibor and made off with"
        " hundreds of cows.",
        "raiders with rifles are no crowd",
    ),
    (
        "Warplanes hit Saada overnight in what residents called the worst attack on the"
        " town this year.",
        "residents who name the attack are its witnesses, not its crowd",
    ),
    (
        "Shelling of Kherson on Monday was what locals described as an attack on the market.",
        "locals describing an attack are no rioters",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ARMED_NOT_CROWD)
def test_armed_men_attacking_villages_are_never_riots(text: str, reason: str) -> None:
    events = find_events(text)
    assert events, reason
    assert all(e.event_type is not E.RIOTS for e in events), reason


def test_a_crowd_lynching_armed_men_is_mob_violence() -> None:
    # The armed men are the victims here, not the perpetrators.
    events = find_events("A crowd in Bunia beat and set fire to three suspected militia members.")
    assert (events[0].event_type, events[0].sub_event_type) == (E.RIOTS, "Mob violence")


TERRITORY = [
    # (text, sub-event type, reason)
    (
        "Insurgents overran an army outpost near Diffa before dawn, killing 12 soldiers.",
        "Armed clash",
        "overrunning a post is an attack on it, not a change of territory",
    ),
    (
        "A gang overran the central prison in Cap-Haitien on Sunday, freeing hundreds of inmates.",
        "Armed clash",
        "a prison taken by a gang is a fight with its guards",
    ),
    (
        "Rebels said they had seized control of Kitchanga after overrunning the last"
        " government barracks there.",
        "Non-state actor overtakes territory",
        "one takeover told twice: the town, then how it fell",
    ),
    (
        "Federal troops retook the town of Shashemene from the militia on Friday.",
        "Government regains territory",
        "state forces retaking a town",
    ),
]


@pytest.mark.parametrize(("text", "sub", "reason"), TERRITORY)
def test_territory_is_a_place_and_one_takeover_is_one_event(
    text: str, sub: str, reason: str
) -> None:
    events = [e for e in find_events(text) if not e.weak]
    assert [(e.event_type, e.sub_event_type) for e in events] == [(E.BATTLES, sub)], reason


@pytest.mark.parametrize(
    ("text", "sub", "reason"),
    [
        (
            "The Kachin Independence Army recaptured the town of Bhamo on Sunday.",
            "Non-state actor overtakes territory",
            "a named rebel group retaking a town does not regain it for a government",
        ),
        (
            "The Arakan Army said it had seized Maungdaw on Friday.",
            "Non-state actor overtakes territory",
            "'Army' in a rebel group's name is no state army",
        ),
        (
            "The Sudanese army recaptured Omdurman on Tuesday.",
            "Government regains territory",
            "the state's army",
        ),
        (
            "Hundreds of jihadists entered the town of Djibo on Monday, the army said. The"
            " militants burned the town hall and withdrew at nightfall.",
            "Armed clash",
            "a town entered and left again the same night was raided, not taken",
        ),
        (
            "Hundreds of jihadists entered the town of Djibo on Monday, the army said. The"
            " soldiers withdrew to the airport.",
            "Non-state actor overtakes territory",
            "the defenders withdrawing is how the town was lost",
        ),
    ],
)
def test_who_takes_a_town_and_whether_they_stay_decide_its_sub_type(
    default_gazetteer, text: str, sub: str, reason: str
) -> None:
    found = extract_incidents(text, published="2024-05-20", gazetteer=default_gazetteer)
    assert [i.sub_event_type for i in found if i.event_type is E.BATTLES] == [sub], reason


ABDUCTIONS = [
    (
        "Armed men seized a school principal and two teachers from their homes in Bamenda.",
        "seizing people named by their trade is an abduction, not a takeover",
    ),
    ("Gunmen snatched a Catholic priest from his parish house near Enugu.", "a priest"),
    (
        "Residents said the missing women were led away by armed men into the bush.",
        "people led away by armed men",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ABDUCTIONS)
def test_people_seized_or_led_away_are_abducted(text: str, reason: str) -> None:
    assert _main(text).sub_event_type == "Abduction/forced disappearance", reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The bodies were taken away by relatives for burial.", "relatives take bodies home"),
        ("The soldiers were taken aback by the size of the crowd.", "an idiom"),
    ],
)
def test_taking_away_that_is_no_event_gives_no_takeover_or_abduction(
    text: str, reason: str
) -> None:
    assert all(e.weak for e in find_events(text)), reason


SEIZURES = [
    # (text, event type, sub-event type, reason)
    (
        "Troops captured a senior ISWAP commander near Monguno on Tuesday.",
        E.STRATEGIC_DEVELOPMENTS,
        "Arrests",
        "state forces capturing a militant arrest him",
    ),
    (
        "Police seized a large weapons cache in a farmhouse outside Culiacan.",
        E.STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        "weapons seized are disrupted weapons use, not territory",
    ),
    (
        "Militants captured three men at a checkpoint near Kirkuk.",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        "an armed group capturing civilians abducts them",
    ),
    (
        "Rebels captured two soldiers near Rutshuru on Friday.",
        E.BATTLES,
        "Armed clash",
        "soldiers captured by rebels were taken in a fight",
    ),
    (
        "The town of Kalehe fell to M23 rebels on Sunday.",
        E.BATTLES,
        "Non-state actor overtakes territory",
        "a town falling to rebels: the rebels are no captives",
    ),
]


def test_taking_delivery_is_no_takeover() -> None:
    assert find_events("The army took delivery of new armoured vehicles on Monday.") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Gunmen killed seven people in a village near Bokkos overnight.", "seven people"),
        ("Attackers killed dozens of people at a market in Djibo.", "dozens of people"),
        ("Assailants killed several people in Tillaberi on Friday.", "several people"),
    ],
)
def test_people_counted_by_any_number_are_civilian_victims(text: str, reason: str) -> None:
    event = find_events(text)[0]
    assert (event.event_type, event.sub_event_type) == (E.VIOLENCE_AGAINST_CIVILIANS, "Attack")


def test_a_body_naming_the_crowd_recodes_a_passive_headline(default_gazetteer) -> None:
    text = (
        "Activist beaten with iron bars in Kutaisi\n"
        "An opposition activist was left with a fractured skull on Sunday evening when a"
        " group of men came out of a ruling party office in Kutaisi and attacked volunteers"
        " who were handing out leaflets, witnesses said."
    )
    found = extract_incidents(text, published="2024-10-07", gazetteer=default_gazetteer)
    assert [(i.event_type, i.sub_event_type, i.place_name) for i in found] == [
        (E.RIOTS, "Mob violence", "Kutaisi")
    ]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Thousands of people marched through Nakuru on Thursday against new taxes. Some"
            " protesters later threw stones at police and set a bus on fire.",
            [(E.RIOTS, "Violent demonstration")],
            "the marchers' violence in the next sentence makes the march a riot",
        ),
        (
            "Thousands of people marched in Nakuru on Thursday against new taxes. In Nakuru's"
            " centre, protesters later threw stones at police and set fire to a bus.",
            [(E.RIOTS, "Violent demonstration")],
            "a riot at the same place and day reports the march again: one riot",
        ),
        (
            "Thousands of people marched through Nakuru on Thursday against new taxes. Two"
            " days later, protesters threw stones at police.",
            [(E.PROTESTS, "Peaceful protest")],
            "violence days later is another event, not this march's",
        ),
        (
            "Hundreds of nurses rallied outside the health ministry in Accra on Monday."
            " Police fired tear gas to disperse them.",
            [(E.PROTESTS, "Protest with intervention")],
            "force used on the crowd keeps it a protest",
        ),
    ],
)
def test_a_protest_is_coded_by_what_the_next_sentence_says_of_its_crowd(
    default_gazetteer, text: str, expected: list, reason: str
) -> None:
    found = extract_incidents(text, published="2024-06-28", gazetteer=default_gazetteer)
    assert [(i.event_type, i.sub_event_type) for i in found] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Three people died in Kisii on Sunday when opposition supporters clashed with"
            " rival demonstrators outside the county offices, police said.",
            [(E.RIOTS, "Violent demonstration", "Kisii")],
            "deaths explained by a 'when' clause are the riot's toll; both crowds are one riot",
        ),
        (
            "Jihadist fighters overran the town of Djibo on Tuesday, the army said."
            " Residents said shops and the market were looted overnight.",
            [
                (E.BATTLES, "Non-state actor overtakes territory", "Djibo"),
                (E.STRATEGIC_DEVELOPMENTS, "Looting/property destruction", "Djibo"),
            ],
            "looting told next, with no place of its own, happened where the town fell",
        ),
        (
            "Rival crowds fought with sticks in Kasese on Saturday, police said. Stones were"
            " thrown and two cars were set on fire, witnesses said.",
            [(E.RIOTS, "Mob violence", "Kasese")],
            "cars burnt during a riot (crowd on crowd: mob violence) are the riot's own "
            "destruction, not looting elsewhere",
        ),
    ],
)
def test_the_aftermath_of_an_event_is_coded_where_it_happened(
    default_gazetteer, text: str, expected: list, reason: str
) -> None:
    found = extract_incidents(text, published="2024-06-18", gazetteer=default_gazetteer)
    assert [(i.event_type, i.sub_event_type, i.place_name) for i in found] == expected, reason


MORE = [
    # (text, event type, sub-event type, reason)
    (
        "Protesters stormed the district commissioner's office in Kasungu and smashed its windows.",
        E.RIOTS,
        "Violent demonstration",
        "protesters storming a building riot; the storming is no raid of its own",
    ),
    (
        "Angry youths burned a police post in Beni after another night of killings.",
        E.RIOTS,
        "Violent demonstration",
        "'burned a police post' is arson; by youths, a riot",
    ),
    (
        "A crowd beat a suspected pickpocket to death at a bus park in Kampala.",
        E.RIOTS,
        "Mob violence",
        "a crowd killing a man is mob violence",
    ),
    (
        "Students pelted police with stones outside the university in Srinagar.",
        E.RIOTS,
        "Violent demonstration",
        "stone-throwing with the target between verb and stones",
    ),
    (
        "Israeli tanks fired on houses east of Khan Younis.",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "tank fire is shelling",
    ),
    (
        "Engineers defused a roadside bomb on the road to Maiduguri.",
        E.STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        "the bomb defused is what was disrupted, not an explosion",
    ),
    (
        "Armed youths from a rival clan raided a cattle camp near Rumbek, killing nine herders.",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "armed youths raiding a camp are an armed group",
    ),
]


BASES = [
    (
        "JNIM fighters set up a base in the forest east of Boulkessi.",
        E.STRATEGIC_DEVELOPMENTS,
        "Headquarters or base established",
        "an armed group setting up a base",
    ),
    (
        "Russian forces established a new forward base near Menaka.",
        E.STRATEGIC_DEVELOPMENTS,
        "Headquarters or base established",
        "a new base established",
    ),
]

ONE_EVENT_TOLD_TWICE = [
    (
        "Government troops regained control of Kupiansk after heavy fighting on Sunday.",
        E.BATTLES,
        "Government regains territory",
        "fighting after 'regained control' is how the town was retaken",
    ),
    (
        "The militia handed control of the town to the army under a local deal.",
        E.STRATEGIC_DEVELOPMENTS,
        "Non-violent transfer of territory",
        "handing control of a town over is a transfer",
    ),
    (
        "Police raided the offices of an opposition newspaper in Lome and detained nine"
        " journalists.",
        E.STRATEGIC_DEVELOPMENTS,
        "Arrests",
        "an unopposed raid that makes arrests is the arrests",
    ),
    (
        "Warplanes carried out several raids on villages south of Idlib.",
        E.EXPLOSIONS,
        "Air/drone strike",
        "raids by warplanes are the air strikes, not ground raids",
    ),
    (
        "A street vendor set himself on fire outside the governorate building in Kasserine.",
        E.PROTESTS,
        "Peaceful protest",
        "self-immolation is a protest, not arson",
    ),
    (
        "Guards tortured and killed two detainees at a military base near Menaka.",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "detainees are defenceless; the base is where, not the target",
    ),
]


HEADLINES = [
    # (headline in the present tense, event type, sub-event type, reason)
    ("Protesters torch ruling party office in Eldoret", E.RIOTS, "Violent demonstration", "torch"),
    ("Army recaptures Tessalit from separatists", E.BATTLES, "Government regains territory", "-es"),
    (
        "Police shoot dead two protesters in Lubumbashi",
        E.PROTESTS,
        "Excessive force against protesters",
        "shoot dead",
    ),
    (
        "Demonstrators block roads in Sylhet, burn buses",
        E.RIOTS,
        "Violent demonstration",
        "burn buses",
    ),
]


VOICES = [
    (
        "The district council offices in Mbale were stormed by protesters on Monday.",
        E.RIOTS,
        "Violent demonstration",
        "a building stormed by protesters, in the passive",
    ),
    (
        "Two reporters were attacked by a crowd of ruling party supporters in Lilongwe.",
        E.RIOTS,
        "Mob violence",
        "people attacked by a crowd, in the passive",
    ),
    (
        "Riot police clashed with supporters of the opposition candidate in Maputo.",
        E.RIOTS,
        "Violent demonstration",
        "party supporters named after the clash verb",
    ),
    (
        "The vigil was broken up by police in Minsk.",
        E.PROTESTS,
        "Protest with intervention",
        "broken up, in the passive",
    ),
    (
        "Opposition supporters were tear-gassed as they marched on parliament in Kampala.",
        E.PROTESTS,
        "Protest with intervention",
        "tear-gassed, hyphenated",
    ),
    (
        "A rally against the mining company in Kolwezi turned violent.",
        E.RIOTS,
        "Violent demonstration",
        "a rally that turned violent, with words between",
    ),
    (
        "Residents of Nyala took to the streets after the killing of a trader.",
        E.PROTESTS,
        "Peaceful protest",
        "the killing after 'after the' is the grievance, not force used on the crowd",
    ),
    (
        "Unknown attackers burned a church in Kaduna overnight.",
        E.STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
        "a church burned",
    ),
]

PARTY_CROWDS = [
    (
        "Students clashed with police and ruling party activists in Sylhet on Monday.",
        E.RIOTS,
        "Violent demonstration",
        "students against police and party activists: a riot",
    ),
    (
        "Hundreds of students marching in Savar were attacked by members of the ruling"
        " party's youth wing.",
        E.RIOTS,
        "Mob violence",
        "a march attacked by a party's youth wing: one event, mob violence",
    ),
]

SCENES = [
    (
        "A man threw a grenade into a crowd at a rally in Sylhet, wounding nine.",
        E.EXPLOSIONS,
        "Grenade",
        "the rally is where the grenade struck, not a second event",
    ),
    (
        "Jihadists ambushed a convoy of traders near Arbinda, killing 20 civilians.",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "an ambush on a convoy of traders is an attack on civilians",
    ),
    (
        "The army and the RSF fought for control of the airport in El Fasher.",
        E.BATTLES,
        "Armed clash",
        "fighting 'for control of' a place takes no territory",
    ),
]

GATHERINGS = [
    (
        "Angry residents blocked the main highway out of Kisii with logs on Monday.",
        E.PROTESTS,
        "Peaceful protest",
        "residents blocking a road are demonstrating",
    ),
    (
        "Police fired tear gas at opposition supporters gathered outside the court in Thies.",
        E.PROTESTS,
        "Protest with intervention",
        "supporters gathered outside a court are demonstrating",
    ),
]

ONE_EVENT = [
    *GATHERINGS,
    *SCENES,
    *PARTY_CROWDS,
    *VOICES,
    *SEIZURES,
    *MORE,
    *ONE_EVENT_TOLD_TWICE,
    *HEADLINES,
    *BASES,
]


@pytest.mark.parametrize(("text", "event_type", "sub", "reason"), ONE_EVENT)
def test_one_event_coded_by_its_class(
    text: str, event_type: EventType, sub: str, reason: str
) -> None:
    events = find_events(text)
    strong = [e for e in events if not e.weak] or events[:1]  # weak cues: the first tells
    assert [(e.event_type, e.sub_event_type) for e in strong] == [(event_type, sub)], reason


def test_a_camp_set_up_for_displaced_people_is_no_base() -> None:
    assert find_events("Aid agencies set up a camp for displaced families near Goma.") == []


def test_a_lone_protester_killed_by_police_is_excessive_force() -> None:
    events = find_events("A protester was shot dead by police during a march in Nairobi.")
    assert {e.sub_event_type for e in events if e.event_type is E.PROTESTS} == {
        "Excessive force against protesters"
    }


def test_youths_on_the_other_side_of_a_clash_with_troops_may_be_a_militia() -> None:
    event = _main("Government troops clashed with Murle youths near Pibor on Tuesday.")
    assert event.event_type is E.BATTLES


def test_evidence_spans_of_nfd_text_point_into_the_text_given(default_gazetteer) -> None:
    text = unicodedata.normalize(
        "NFD", "Gunmen kílled four villagers in Mopti on Sunday, officials in Sévaré said."
    )
    found = extract_incidents(text, published="2024-06-10", gazetteer=default_gazetteer)
    assert found, "the cue is found through the combining accent"
    for incident in found:
        for _, span in incident.field_evidence:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "sub", "reason"),
    [
        (
            "A teacher was killed in Sylhet as thousands rallied in Khulna.",
            "Peaceful protest",
            "the killing names its own place: it is not the rally's",
        ),
        (
            "Two marchers were killed as police opened fire on a rally in Khulna.",
            "Excessive force against protesters",
            "the killing names no other place: the rally met lethal force",
        ),
    ],
)
def test_force_counts_for_a_protest_only_in_its_own_place_clause(
    text: str, sub: str, reason: str
) -> None:
    rally = next(e for e in find_events(text) if e.text.startswith("rall"))
    assert rally.sub_event_type == sub, reason


def test_mourners_gathering_for_a_funeral_are_no_protest() -> None:
    assert find_events("Hundreds of mourners gathered at the cemetery in Jenin.") == []


def test_a_road_blocked_by_gunmen_is_no_protest() -> None:
    events = find_events("Residents said gunmen blocked the road to Kidal on Monday.")
    assert all(e.event_type is not E.PROTESTS for e in events)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Militants shot dead four\nfarmers outside Gao.", "Violence against civilians",
         "a line wrapped inside the sentence: the victims are on the next line"),
        ("Bandits killed six herders\nnear Zurmi on Sunday.", "Violence against civilians",
         "one sentence over two lines"),
        ("Bandits killed six herders near Zurmi\n\nsoldiers later arrived.",
         "Violence against civilians", "a blank line is a paragraph break"),
        ("Gunmen killed three\nVillagers fled towards Beni on foot.", "Battles",
         "a capital after the break starts a line of its own (a headline above)"),
    ],
)  # fmt: skip
def test_a_wrapped_line_stays_in_its_sentence(text: str, expected: str, reason: str) -> None:
    events = find_events(text)
    assert events and events[0].event_type.value == expected, (reason, events)
