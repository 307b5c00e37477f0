"""Event cues and their ACLED types; sentence splitting with offsets."""

from __future__ import annotations

import pytest

from mapper import EventType, find_events
from mapper.incident import SUB_EVENT_TYPES
from mapper.sentences import split_sentences

E = EventType

CASES = [
    # (sentence, first cue, event type, sub-event type, reason)
    (
        "Warplanes struck a market in Maarat al-Numan.",
        "Warplanes struck",
        E.EXPLOSIONS,
        "Air/drone strike",
        "aircraft as subject of a strike verb",
    ),
    (
        "An air strike hit a school in Saada.",
        "air strike",
        E.EXPLOSIONS,
        "Air/drone strike",
        "two-word noun form",
    ),
    (
        "A drone strike killed two men near Mirali.",
        "drone strike",
        E.EXPLOSIONS,
        "Air/drone strike",
        "drone strikes are ACLED air/drone strikes",
    ),
    (
        "US forces struck two sites overnight.",
        "struck",
        E.EXPLOSIONS,
        "Air/drone strike",
        "a bare strike verb defaults to an air or drone strike",
    ),
    (
        "Russian shelling hit the centre of Kherson.",
        "shelling",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "shelling",
    ),
    (
        "Russian missiles struck a hardware store.",
        "missiles",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "the weapon wins over the bare strike verb after it",
    ),
    (
        "Mortar rounds landed in a camp near Kismayo.",
        "Mortar rounds",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "mortars are shelling",
    ),
    (
        "A roadside bomb struck a minibus on the Kandahar road.",
        "roadside bomb",
        E.EXPLOSIONS,
        "Remote explosive/landmine/IED",
        "IED, not an air strike, despite 'struck'",
    ),
    (
        "A suicide bomber blew himself up at a checkpoint.",
        "suicide bomber",
        E.EXPLOSIONS,
        "Suicide bomb",
        "suicide bombing",
    ),
    (
        "Someone threw a grenade into a bar in Bujumbura.",
        "grenade",
        E.EXPLOSIONS,
        "Grenade",
        "grenade",
    ),
    (
        "Rebels clashed with troops outside Goma.",
        "clashed",
        E.BATTLES,
        "Armed clash",
        "verb form of clash",
    ),
    (
        "Al-Shabaab fighters ambushed a convoy near Baidoa.",
        "ambushed",
        E.BATTLES,
        "Armed clash",
        "ambush",
    ),
    (
        "The army recaptured the town of Palmyra.",
        "recaptured",
        E.BATTLES,
        "Government regains territory",
        "the state retakes territory",
    ),
    (
        "Insurgents seized the town of Tessalit.",
        "seized",
        E.BATTLES,
        "Non-state actor overtakes territory",
        "seizing a named town",
    ),
    (
        "Rebels claimed control of Minembwe on Sunday.",
        "claimed control of",
        E.BATTLES,
        "Non-state actor overtakes territory",
        "claiming control of a town",
    ),
    (
        "Gunmen shot dead a shepherd near Kidal.",
        "shot dead",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "a killing of a civilian",
    ),
    (
        "Gunmen kidnapped 20 students in Kaduna.",
        "kidnapped",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        "kidnapping",
    ),
    (
        "Thousands rallied in Tbilisi against the bill.",
        "rallied",
        E.PROTESTS,
        "Peaceful protest",
        "a rally with no intervention",
    ),
    (
        "Police fired tear gas to disperse protesters in Nairobi.",
        "protesters",
        E.PROTESTS,
        "Protest with intervention",
        "dispersed with tear gas",
    ),
    (
        "Security forces shot dead three protesters in Khartoum.",
        "protesters",
        E.PROTESTS,
        "Excessive force against protesters",
        "ACLED codes lethal force on protesters as the protest it met",
    ),
    (
        "Youths rioted and torched cars in Conakry.",
        "rioted",
        E.RIOTS,
        "Violent demonstration",
        "riot",
    ),
    (
        "Police arrested 40 people in Tehran.",
        "arrested",
        E.STRATEGIC_DEVELOPMENTS,
        "Arrests",
        "arrests",
    ),
    (
        "Air defences intercepted two drones over Erbil.",
        "intercepted",
        E.STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        "an interception",
    ),
    (
        "Two civilians were killed in Tal Rifaat.",
        "killed",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "'killed' alone, civilian victims: an attack on civilians (weak cue)",
    ),
    (
        "Three soldiers were killed near Menaka.",
        "killed",
        E.BATTLES,
        "Armed clash",
        "'killed' alone, armed victims: a clash (weak cue)",
    ),
    (
        "Shelling claimed the lives of three farmers near Kafr Zita.",
        "Shelling",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "'claimed the lives' is a weak cue; the weapon wins",
    ),
    (
        "Gunmen claim the lives of two shepherds in the desert.",
        "claim the lives",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "a killing phrased as claiming lives, civilians as victims",
    ),
    (
        "Four martyrs fell in the countryside of Hama.",
        "martyrs",
        E.BATTLES,
        "Armed clash",
        "'martyrs' reports deaths, as 'killed' does",
    ),
    (
        "Rebels keep advancing in the countryside of Latakia.",
        "advancing",
        E.BATTLES,
        "Armed clash",
        "the -ing form of an advance into a place",
    ),
    (
        "The army made an advancement near Daraa.",
        "advancement",
        E.BATTLES,
        "Armed clash",
        "the noun form, with 'near' before the place",
    ),
    (
        "The truce entered its tenth day with new breaches in Daraa.",
        "breaches",
        E.BATTLES,
        "Armed clash",
        "breaches of a truce are armed clashes the report does not detail",
    ),
    (
        "IS militants slaughtered two shepherds near Palmyra.",
        "slaughtered",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "a killing by knife, coded as the attack it is",
    ),
    (
        "Rebels launched a counterattack on army posts near Hama.",
        "counterattack",
        E.BATTLES,
        "Armed clash",
        "a counterattack is fighting",
    ),
    (
        "War remnants continue to explode in Raqqa.",
        "explode",
        E.EXPLOSIONS,
        "Remote explosive/landmine/IED",
        "the verb form of an explosion",
    ),
]


WORDING = [
    # (sentence, first cue, event type, sub-event type, reason)
    (
        "Cartel gunmen battled soldiers in Reynosa.",
        "battled",
        E.BATTLES,
        "Armed clash",
        "past tense of 'battle'",
    ),
    (
        "Troops and rebels exchanged fire near Bunia.",
        "exchanged fire",
        E.BATTLES,
        "Armed clash",
        "an exchange of fire is a clash",
    ),
    (
        "A shootout between police and a gang left three dead in Guayaquil.",
        "shootout",
        E.BATTLES,
        "Armed clash",
        "shootout noun",
    ),
    (
        "A firefight in Tillaberi left two soldiers dead.",
        "firefight",
        E.BATTLES,
        "Armed clash",
        "firefight noun",
    ),
    (
        "Fighters skirmished with border guards near Kidal.",
        "skirmished",
        E.BATTLES,
        "Armed clash",
        "verb form of skirmish",
    ),
    (
        "Insurgents swept into the town of Mocimboa da Praia.",
        "swept into",
        E.BATTLES,
        "Non-state actor overtakes territory",
        "sweeping into a town takes it",
    ),
    (
        "The army said it had retaken Bakhmut.",
        "retaken",
        E.BATTLES,
        "Government regains territory",
        "participle of retake",
    ),
    (
        "Herders hacked to death four farmers in Plateau.",
        "hacked to death",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        "killing with blades",
    ),
    (
        "Gunmen abduct 15 passengers on the Abuja road",
        "abduct",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        "headline present tense",
    ),
    (
        "Militants took 12 workers hostage at a mine in Cabo Delgado.",
        "took 12 workers hostage",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        "hostage-taking",
    ),
    (
        "Thousands took to the streets of Tbilisi on Sunday.",
        "took to the streets",
        E.PROTESTS,
        "Peaceful protest",
        "idiom for a street protest",
    ),
    (
        "Nurses went on strike in Lagos over unpaid wages.",
        "went on strike",
        E.PROTESTS,
        "Peaceful protest",
        "a labour strike, not a military strike",
    ),
    (
        "Farmers staged a sit-in outside parliament in Nairobi.",
        "sit-in",
        E.PROTESTS,
        "Peaceful protest",
        "sit-in",
    ),
    (
        "Hundreds march in Valparaiso against pension reform",
        "march",
        E.PROTESTS,
        "Peaceful protest",
        "lower-case 'march' is the verb, not the month",
    ),
    (
        "Students pelted stones at police in Srinagar.",
        "pelted stones",
        E.RIOTS,
        "Violent demonstration",
        "stone-throwing crowd",
    ),
    (
        "Fuel protests turned violent in Conakry on Monday.",
        "protests turned violent",
        E.RIOTS,
        "Violent demonstration",
        "a protest that turned violent is a riot",
    ),
    (
        "Soldiers blew up several houses in the village of Aita al-Shaab.",
        "blew up several houses",
        E.STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
        "demolition of buildings",
    ),
    (
        "Militants ransacked a clinic in Djibo.",
        "ransacked",
        E.STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
        "ransacking",
    ),
    (
        "A car packed with explosives blew up near a market in Azaz.",
        "car packed with explosives",
        E.EXPLOSIONS,
        "Remote explosive/landmine/IED",
        "a vehicle bomb described, not named",
    ),
    (
        "Explosives were dropped from a drone onto a base in Cauca.",
        "dropped from a drone",
        E.EXPLOSIONS,
        "Air/drone strike",
        "a drone dropping explosives",
    ),
    (
        "A drone slammed into a block of flats in Dnipro.",
        "drone slammed into",
        E.EXPLOSIONS,
        "Air/drone strike",
        "drone as subject of an impact verb",
    ),
    (
        "Glide bombs hit the centre of Kupiansk overnight.",
        "Glide bombs",
        E.EXPLOSIONS,
        "Air/drone strike",
        "glide bombs are dropped from aircraft",
    ),
    (
        "Russian artillery shelled Nikopol on Friday.",
        "artillery",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "weapon and strike verb are one event",
    ),
    (
        "Russia pounded Zaporizhzhia with guided bombs overnight.",
        "pounded",
        E.EXPLOSIONS,
        "Air/drone strike",
        "the weapon after 'with' gives the type of the strike verb",
    ),
    (
        "Militiamen fired rocket-propelled grenades at each other in Zawiya.",
        "rocket-propelled grenades",
        E.BATTLES,
        "Armed clash",
        "RPGs are infantry weapons of a clash, not shelling",
    ),
    (
        "Bandits seized 25 passengers from a bus near Gusau.",
        "seized",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        "seizing people is an abduction, seizing a town is not",
    ),
    (
        "Helicopters dropped barrel bombs on Daraya.",
        "Helicopters dropped",
        E.EXPLOSIONS,
        "Air/drone strike",
        "barrel bombs are dropped from aircraft",
    ),
    (
        "Wagner fighters withdrew from the town of Kidal.",
        "withdrew from",
        E.STRATEGIC_DEVELOPMENTS,
        "Non-violent transfer of territory",
        "a withdrawal hands territory over",
    ),
    (
        "Rebels took control of Bunagana without a fight.",
        "took control of",
        E.STRATEGIC_DEVELOPMENTS,
        "Non-violent transfer of territory",
        "territory taken unopposed",
    ),
    (
        "Police arrested 60 demonstrators in Tbilisi overnight.",
        "demonstrators",
        E.PROTESTS,
        "Protest with intervention",
        "arrests of protesters are the intervention, not arrests of their own",
    ),
    (
        "Opposition supporters clashed with ruling party activists in Lusaka.",
        "clashed",
        E.RIOTS,
        "Mob violence",
        "party supporters fighting each other (no police, no march): mob violence",
    ),
    (
        "Police fired rubber bullets at stone-throwing protesters in Srinagar.",
        "stone-throwing protesters",
        E.RIOTS,
        "Violent demonstration",
        "protesters throwing stones riot, whatever the police did",
    ),
    (
        "Youths burned tyres and blocked roads in Port Harcourt.",
        "burned tyres",
        E.RIOTS,
        "Violent demonstration",
        "burning tyres on the road is a violent demonstration",
    ),
    (
        "Demonstrators clashed with police in Dakar on Friday.",
        "Demonstrators",
        E.RIOTS,
        "Violent demonstration",
        "demonstrators clashing with police are rioting",
    ),
    (
        "A herder stepped on a landmine near Gao.",
        "stepped on a landmine",
        E.EXPLOSIONS,
        "Remote explosive/landmine/IED",
        "stepping on a mine",
    ),
    (
        "Air defences downed 12 drones over Belgorod.",
        "downed",
        E.STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        "drones brought down",
    ),
    (
        "Teachers' strike shuts schools in Harare",
        "Teachers' strike",
        E.PROTESTS,
        "Peaceful protest",
        "a strike by an occupation is a protest",
    ),
    (
        "Government forces pounded rebel positions near Kutum.",
        "pounded",
        E.EXPLOSIONS,
        "Shelling/artillery/missile attack",
        "'pounded' with no weapon named is shelling",
    ),
]


@pytest.mark.parametrize(("text", "cue", "event_type", "sub", "reason"), CASES + WORDING)
def test_find_events_codes_cue_in_acled_taxonomy(text, cue, event_type, sub, reason):
    events = find_events(text)
    assert events, reason
    first = events[0]
    assert (first.text, first.event_type, first.sub_event_type) == (cue, event_type, sub), reason
    assert sub in SUB_EVENT_TYPES[event_type]
    assert text[first.start : first.end] == first.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Iran threatened to strike US bases in the region.", "a threat is not an event"),
        ("The minister vowed to retaliate with air strikes.", "a vow is not an event"),
        ("Iraq's parliament voted to expel foreign troops.", "politics has no event cue"),
        ("Talks on a truce continued in Doha on Monday.", "diplomacy has no event cue"),
        ("The offensive entered its second day.", "a possessive after 'entered' is no place"),
        ("Martyr info", "a record title, not a report of deaths"),
        ("Amnesty documented human rights violations in Raqqa.", "violations of no truce"),
        ("", "empty text"),
        ("Israel said it did not strike the hospital in Gaza City.", "a negated strike"),
        ("The group said it hadn't fired rockets at Metula.", "a negated attack, contracted"),
        ("There were no airstrikes on Idlib overnight.", "'no airstrikes' reports none"),
        ("Forces never shelled the village, residents said.", "'never' negates the cue"),
        (
            "The fighters had been preparing an assault on army posts in Mopti.",
            "an assault being prepared has not happened",
        ),
        (
            "Officials said the cell was planning attacks on churches in Kaduna.",
            "'planning' attacks: no attack yet",
        ),
        (
            "Police said the men were plotting a bombing in Peshawar.",
            "a plot is not a bombing",
        ),
    ],
)
def test_find_events_ignores_non_events(text, reason):
    assert find_events(text) == [], reason


@pytest.mark.parametrize(
    ("text", "cue", "reason"),
    [
        ("The curfew did not stop the shelling of Kherson.", "shelling", "negates 'stop'"),
        ("Not far from Hama, clashes broke out.", "clashes", "'not far' is no negation"),
        ("No one was hurt in the airstrike on Idlib.", "airstrike", "no victims, yet a strike"),
    ],
)
def test_negation_of_another_verb_keeps_the_event(text, cue, reason):
    assert [e.text for e in find_events(text) if not e.weak] == [cue], reason


def test_weak_cues_are_marked_weak_and_strong_ones_not():
    events = find_events("An airstrike killed four people.")
    assert [(e.text, e.weak) for e in events] == [("airstrike", False), ("killed", True)]


def test_find_events_adds_offset():
    text = "Clashes erupted in Hama."
    (event,) = find_events(text, offset=100)
    assert (event.start, event.end) == (100, 107)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Clashes in Hama\nGunmen killed two. Police said so.",
            ["Clashes in Hama", "Gunmen killed two.", "Police said so."],
            "a headline line and two sentences",
        ),
        (
            "Gen. Ali said U.S. jets struck Jan. 5 targets. More followed.",
            ["Gen. Ali said U.S. jets struck Jan. 5 targets.", "More followed."],
            "abbreviations do not end sentences",
        ),
        ("  \n\n ", [], "blank text has no sentences"),
        (
            'He said: "Two died." Then it rained.',
            ['He said: "Two died."', "Then it rained."],
            "a closing quote stays with its sentence",
        ),
    ],
)
def test_split_sentences_keeps_offsets(text, expected, reason):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected, reason
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_hard_wrapped_lines_join_but_a_short_headline_stands_alone():
    text = (
        "Drone hits base\n"
        "Officials on Monday said that Kataib Hezbollah, part of the\n"
        "Popular Mobilisation Forces, had launched the drones that hit the base.\n"
    )
    assert [s.text for s in split_sentences(text)] == [
        "Drone hits base",
        "Officials on Monday said that Kataib Hezbollah, part of the\n"
        "Popular Mobilisation Forces, had launched the drones that hit the base.",
    ]


def test_overlong_runs_are_cut_at_commas_within_the_limit():
    from mapper.sentences import MAX_SENTENCE

    text = "clashes in Hama and shelling near Idlib, " * 100
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in spans)
    assert all(s.text.endswith(",") for s in spans[:-1])
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_weapon_and_its_verb_are_one_mention():
    assert [e.text for e in find_events("Russian artillery shelled Nikopol on Friday.")] == [
        "artillery"
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Parliament passed the law in March.", "'March' the month"),
        ("The unrest entered a fifth night.", "a span of nights is no territory"),
        ("Firefighters battled the blaze in Haifa.", "a fight against fire"),
        ("Doctors are fighting cholera in Sanaa.", "a fight against disease"),
        ("Workers downed tools in Harare.", "a labour idiom, no drone downed"),
        ("He was held in a detention centre in Tripoli.", "a place of detention"),
        ("The Olympic torch arrived in Paris.", "a torch, not torching"),
        ("The army executed the mandate in Mosul.", "executing a plan"),
        ("A diplomatic clash erupted in Brussels.", "a clash of words"),
        ("China lodged a formal protest with Japan.", "a diplomatic protest"),
        ("The foreign ministry protested the visit.", "a government protesting"),
        ("Two ministers resigned in protest at the deal.", "a resignation in protest"),
        ("A court sentenced 37 people to death over the coup.", "a death sentence"),
        (
            "Federal troops have been fighting militiamen across Amhara since the start of "
            "the month.",
            "a running state with a period reaching back",
        ),
        ("The group halted attacks on shipping in January.", "attacks that stopped"),
        ("Officials rejected reports of killings in Bentiu.", "a rejected report"),
        ("Nationwide protests are planned for Friday in Nairobi.", "a planned protest"),
        ("The UN urged an end to the shelling of Kharkiv.", "a call to stop shelling"),
        ("Opposition leaders called on supporters to rally in Lusaka.", "a call to rally"),
        ("Troops stood ready to attack the rebel stronghold.", "readiness, not an attack"),
        ("Russia could launch a new offensive and strike Sumy.", "a modal over both verbs"),
    ],
)
def test_background_wording_gives_no_event(text, reason):
    assert [e for e in find_events(text) if not e.weak] == [], reason


@pytest.mark.parametrize(
    ("text", "cue", "reason"),
    [
        ("Thousands demanding reforms marched in Lagos.", "marched", "a demand is no plan"),
        (
            "Government forces seek to advance towards Kutum under heavy shelling.",
            "advance",
            "an advance under way, not a plan",
        ),
        (
            "Officials fear the toll may rise after gunmen stormed a hotel in Kismayo.",
            "stormed",
            "a modal in an earlier clause does not govern the event after 'after'",
        ),
        (
            "Soldiers arrested tribal elders after a demonstration in Hajin.",
            "arrested",
            "arrests after a protest, not of its protesters",
        ),
    ],
)
def test_attempts_and_demands_keep_their_event(text, cue, reason):
    assert cue in [e.text for e in find_events(text)], reason


@pytest.mark.parametrize(
    ("text", "event_type", "sub", "reason"),
    [
        (
            "Suspected rebels killed 20 villagers in a raid on farms outside Butembo.",
            E.VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            "rebels are the perpetrators; the victims are villagers",
        ),
        (
            "Militants attacked an army base near Diffa, killing two soldiers and a herder.",
            E.BATTLES,
            "Armed clash",
            "an armed target makes it a battle, whoever else died",
        ),
        (
            "Two police officers were killed when gunmen attacked a bar in Tumaco.",
            E.BATTLES,
            "Armed clash",
            "armed victims named before a passive verb",
        ),
        (
            "Gunmen opened fire on diners at a restaurant in Celaya.",
            E.VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            "diners in a restaurant are civilians",
        ),
        (
            "Militants killed two farmers near Gao, the army said.",
            E.VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            "the army as the source of the report is no armed victim",
        ),
        (
            "Four civilians and two soldiers killed in ambush near Gao",
            E.BATTLES,
            "Armed clash",
            "a headline participle makes soldiers victims too",
        ),
        (
            "Civilians were killed by soldiers in Mopti, residents said.",
            E.VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            "soldiers as the agent ('by') are not victims",
        ),
    ],
)
def test_attack_is_on_civilians_only_without_an_armed_target(text, event_type, sub, reason):
    first = find_events(text)[0]
    assert (first.event_type, first.sub_event_type) == (event_type, sub), reason


@pytest.mark.parametrize(
    ("text", "sub", "reason"),
    [
        (
            "Youths set fire to a tax office in Kano and looted shops.",
            "Violent demonstration",
            "arson and looting by a crowd is one riot",
        ),
        (
            "Protesters angered by the verdict set fire to a court in Sylhet.",
            "Violent demonstration",
            "protesters as the subject of arson riot",
        ),
        (
            "A crowd in Goma beat and set fire to two suspected thieves.",
            "Mob violence",
            "a crowd attacking people",
        ),
        ("Villagers lynched a suspected kidnapper in Edo.", "Mob violence", "lynching"),
    ],
)
def test_crowd_violence_is_a_riot(text, sub, reason):
    events = find_events(text)
    assert [(e.event_type, e.sub_event_type) for e in events if not e.weak] == [(E.RIOTS, sub)], (
        reason
    )


def test_arson_by_armed_men_stays_property_destruction():
    (event,) = find_events("Gunmen torched houses in the village of Kpankpan.")
    assert (event.event_type, event.sub_event_type) == (
        E.STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
    )


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Militants strike a police post in Bannu",
            [(E.BATTLES, "Armed clash")],
            "ground fighters 'strike': an attack, not an air strike",
        ),
        (
            "Warplanes strike a fuel depot in Kutum",
            [(E.EXPLOSIONS, "Air/drone strike")],
            "aircraft strike from the air",
        ),
        (
            "Gunmen stormed an army camp in Tillaberi, setting several trucks ablaze.",
            [(E.BATTLES, "Armed clash")],
            "arson as a participle of the attack is part of it",
        ),
        (
            "Soldiers detained 20 men in dawn raids in Nablus.",
            [(E.STRATEGIC_DEVELOPMENTS, "Arrests")],
            "raids are how the arrests were made",
        ),
        (
            "Gunmen torched homes in Kuki village, killing four.",
            [(E.VIOLENCE_AGAINST_CIVILIANS, "Attack")],
            "arson of homes that kills is an attack on civilians",
        ),
        (
            "Students protested against the arrest of their leader in Sylhet.",
            [(E.PROTESTS, "Peaceful protest")],
            "the arrest protested against is the reason, not an event of the report",
        ),
        (
            "Hundreds rallied in Bamako to denounce the killing of a journalist.",
            [(E.PROTESTS, "Peaceful protest")],
            "a killing denounced is no force used on the rally",
        ),
        (
            "Demonstrators clashed with police in Dhaka over the arrest of their leader.",
            [(E.RIOTS, "Violent demonstration")],
            "one riot (demonstrators and their clash); the arrest is its reason",
        ),
        (
            "Protesters marched in Minsk on Sunday and police arrested 200 of them.",
            [(E.PROTESTS, "Protest with intervention"), (E.PROTESTS, "Protest with intervention")],
            "arrests at a protest are its intervention",
        ),
        (
            "The UN condemned the attack on a school in Khan Younis.",
            [],
            "a condemnation refers to an earlier event",
        ),
        (
            "Troops raided a rebel camp near Beni and arrested 12 fighters.",
            [(E.BATTLES, "Armed clash"), (E.STRATEGIC_DEVELOPMENTS, "Arrests")],
            "a raid reported before the arrests stays an event of its own",
        ),
        (
            "Hundreds of fighters attacked army positions in Arbinda, overrunning a base "
            "before withdrawing.",
            [(E.BATTLES, "Armed clash")],
            "a base overrun and left is a raid, not territory taken",
        ),
        (
            "Rebels briefly seized the town of Walikale.",
            [(E.BATTLES, "Armed clash")],
            "territory held briefly is not taken",
        ),
        (
            "Jihadists attacked military positions near Fada, overrunning the town.",
            [(E.BATTLES, "Non-state actor overtakes territory")],
            "'military' as the object's modifier is not the state taking ground",
        ),
        (
            "Troops loyal to the government took control of Sirte.",
            [(E.BATTLES, "Government regains territory")],
            "state forces as the subject",
        ),
        (
            "Warplanes and artillery pounded Ras al-Ayn on Thursday.",
            [(E.EXPLOSIONS, "Air/drone strike")],
            "coordinated weapons with one verb are one event, coded by the first",
        ),
    ],
)
def test_specific_events_coded_for_how_they_are_described(text, expected, reason):
    found = [(e.event_type, e.sub_event_type) for e in find_events(text) if not e.weak]
    assert found == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Officials said a drone had hit a truck near Tal Tamr on Friday.", ["Air/drone strike"],
         "a pluperfect in a report of a second event"),
        ("Two days earlier, jets had struck a depot outside Idlib.", ["Air/drone strike"],
         "a chained earlier event"),
        ("A drone had been seen over Tal Tamr on Friday.", [],
         "'had' before a verb that strikes nothing"),
    ],
)  # fmt: skip
def test_air_strike_told_in_the_pluperfect_is_an_event(text, expected, reason):
    assert [e.sub_event_type for e in find_events(text)] == expected, reason
