"""Actors: state forces by demonym, named armed groups, unidentified attackers, victims."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from mapper import InputError, MapperError
from mapper.actors import ACTOR_KINDS, Actor, ActorLexicon
from mapper.lexicon import ABBREVIATIONS, DEMONYMS

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


def _names(lex: ActorLexicon, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.actor.name, m.actor.country_code) for m in lex.find(text)]


@pytest.mark.parametrize(
    ("text", "words", "name", "code"),
    [
        ("US forces struck a depot.", "US forces", "Military Forces of the United States", "US"),
        ("U.S. troops returned fire.", "U.S. troops", "Military Forces of the United States",
         "US"),  # dotted abbreviation
        ("American jets flew over.", "American jets", "Military Forces of the United States",
         "US"),  # demonym
        ("The Turkish Army shelled hills.", "Turkish Army", "Military Forces of Turkey", "TR"),
        ("Iraqi security forces cordoned it off.", "Iraqi security forces",
         "Military Forces of Iraq", "IQ"),  # longest match over "security forces"
        ("The Israeli military said so.", "Israeli military", "Military Forces of Israel", "IL"),
        ("The IDF said so.", "IDF", "Military Forces of Israel", "IL"),  # bundled acronym
        ("Philippine troops returned fire.", "Philippine troops",
         "Military Forces of the Philippines", "PH"),  # ACLED's "the Philippines"
        ("Russian warplanes bombed Idlib.", "Russian warplanes", "Military Forces of Russia",
         "RU"),
        ("Syrian government forces advanced.", "Syrian government forces",
         "Military Forces of Syria", "SY"),
        ("Iraqi police found the bodies.", "Iraqi police", "Police Forces of Iraq", "IQ"),
        ("Regime forces advanced.", "Regime forces", "Military Forces", None),  # no country
        ("Regime artillery shelled the town.", "Regime artillery", "Military Forces", None),
        ("Unidentified aircraft struck a convoy.", "Unidentified aircraft",
         "Unidentified Military Forces", None),  # unknown air force, not a militia
        ("Police found the bodies.", "Police", "Police Forces", None),  # country left to caller
        ("Iraqi civilians fled.", "Iraqi civilians", "Civilians (Iraq)", "IQ"),
        ("Palestinian protesters marched.", "Palestinian protesters", "Protesters (Palestine)",
         "PS"),
    ],
)  # fmt: skip
def test_state_forces_and_people_by_demonym(lex, text, words, name, code):
    assert _names(lex, text) == [(words, name, code)]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("ISIS claimed the attack.", "ISIS", "Islamic State"),
        ("Isis claimed the attack.", "Isis", "Islamic State"),  # Guardian-style case
        ("Fifteen IS militants surrendered.", "IS militants", "Islamic State"),  # member noun
        ("An ISIL cell was dismantled.", "ISIL", "Islamic State"),
        ("Daesh remnants hide in the desert.", "Daesh", "Islamic State"),
        ("The Islamic State group said...", "Islamic State group", "Islamic State"),
        ("Kataib Hezbollah denied it.", "Kataib Hezbollah", "Kataib Hezbollah"),
        ("Kata'ib Hizballah denied it.", "Kata'ib Hizballah", "Kataib Hezbollah"),  # spelling
        ("Kata’ib Hizballah denied it.", "Kata’ib Hizballah", "Kataib Hezbollah"),  # curly quote
        ("Hezbollah fired rockets.", "Hezbollah", "Hezbollah"),  # not swallowed by KH
        ("Hamas said.", "Hamas", "Hamas"),
        ("PKK fighters crossed.", "PKK fighters", "PKK: Kurdistan Workers Party"),
        ("The YPG withdrew.", "YPG", "YPG: People's Protection Units"),
        ("SDF units withdrew.", "SDF units", "SDF: Syrian Democratic Forces"),
        ("HTS took the town.", "HTS", "Hayat Tahrir al-Sham"),
        ("Houthi rebels fired a missile.", "Houthi rebels", "Houthis"),
        ("Ansar Allah said.", "Ansar Allah", "Houthis"),
        ("Al-Shabaab fighters stormed it.", "Al-Shabaab fighters", "al-Shabaab"),
        ("al Shabab claimed it.", "al Shabab", "al-Shabaab"),  # space instead of hyphen
        ("Shabaab claimed it.", "Shabaab", "al-Shabaab"),  # without the article
        ("Boko Haram abducted pupils.", "Boko Haram", "Boko Haram"),
        ("The Taliban said.", "Taliban", "Taliban"),
        ("Wagner mercenaries arrived.", "Wagner mercenaries", "Wagner Group"),
        ("The Popular Mobilisation Forces deployed.", "Popular Mobilisation Forces",
         "Popular Mobilization Forces"),  # British spelling
        ("The PMF deployed.", "PMF", "Popular Mobilization Forces"),
        ("The Hashd deployed.", "Hashd", "Popular Mobilization Forces"),
        ("Al-Qaeda claimed it.", "Al-Qaeda", "al-Qaeda"),
        ("al-Qa'ida claimed it.", "al-Qa'ida", "al-Qaeda"),
        ("JNIM claimed it.", "JNIM", "JNIM: Group for Support of Islam and Muslims"),
        ("ISWAP claimed it.", "ISWAP", "Islamic State West Africa Province"),
        ("HEZBOLLAH FIRES ROCKETS", "HEZBOLLAH", "Hezbollah"),  # all-caps headline
    ],
)  # fmt: skip
def test_named_armed_groups_and_their_spellings(lex, text, words, name):
    assert [(m.text, m.actor.name) for m in lex.find(text)] == [(words, name)]


@pytest.mark.parametrize(
    ("text", "words", "name", "kind"),
    [
        ("Unidentified gunmen opened fire.", "Unidentified gunmen", "Unidentified Armed Group",
         "unidentified"),
        ("Unknown assailants threw a grenade.", "Unknown assailants",
         "Unidentified Armed Group", "unidentified"),
        ("Armed men stopped the bus.", "Armed men", "Unidentified Armed Group", "unidentified"),
        ("Militants attacked a post.", "Militants", "Unidentified Armed Group", "unidentified"),
        ("Civilians fled.", "Civilians", "Civilians", "civilians"),
        ("Protesters blocked roads.", "Protesters", "Protesters", "protesters"),
        ("Demonstrators blocked roads.", "Demonstrators", "Protesters", "protesters"),
        ("Rioters torched cars.", "Rioters", "Rioters", "rioters"),
    ],
)  # fmt: skip
def test_generic_perpetrators_and_victims(lex, text, words, name, kind):
    (m,) = lex.find(text)
    assert (m.text, m.actor.name, m.actor.kind) == (words, name, kind)


@pytest.mark.parametrize(
    ("text", "associated"),
    [
        ("Two journalists were hurt.", "Journalists"),
        ("Aid workers were abducted.", "Aid Workers"),
        ("Paramedics were shot at.", "Health Workers"),
    ],
)
def test_victim_groups_are_civilians_with_an_associated_group(lex, text, associated):
    (m,) = lex.find(text)
    assert (m.actor.name, m.actor.associated) == ("Civilians", associated)


@pytest.mark.parametrize(
    "text",
    [
        "This is what he said.",  # "is" is not IS
        "Let us go home.",  # "us" is not US
        "They told us forces were near.",  # lower-case "us" even before "forces"
        "The hezbollah-style tactics.",  # group names are proper nouns
        "A nice Pmf of words.",  # short acronyms only in capitals
        "BREAKING: ISRAEL IS READY FOR TALKS",  # "IS" in a capitals headline
        "An army of volunteers cleared the rubble.",  # "army" alone is not "the army"
    ],
)
def test_ordinary_words_are_not_actors(lex, text):
    assert lex.find(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Fighters of the al-Qaeda-linked JNIM attacked the base.",
         [("JNIM", "JNIM: Group for Support of Islam and Muslims")],
         "an affiliation adjective names no second actor"),
        ("The Islamic State-affiliated group ISWAP raided the town.",
         [("ISWAP", "Islamic State West Africa Province")], "'-affiliated group X'"),
        ("Islamic State-linked insurgents raided the town.",
         [("Islamic State-linked insurgents", "Islamic State")],
         "unnamed fighters affiliated with a group are that group: one mention"),
        ("Al-Shabaab-allied gunmen torched the market.",
         [("Al-Shabaab-allied gunmen", "al-Shabaab")], "'-allied' works like '-linked'"),
    ],
)  # fmt: skip
def test_affiliation_adjectives_leave_the_named_group(lex, text, expected, reason):
    assert [(m.text, m.actor.name) for m in lex.find(text)] == expected, reason


@pytest.mark.parametrize(
    ("text", "words", "name", "reason"),
    [
        ("Gang members torched homes in Cite Soleil.", "Gang members", "Unidentified Gang",
         "an unnamed gang, as ACLED codes it"),
        ("Armed gangs blocked the main road.", "Armed gangs", "Unidentified Gang",
         "plural with 'armed'"),
        ("Cartel gunmen ambushed a patrol.", "Cartel gunmen", "Unidentified Gang",
         "an unnamed cartel is an unnamed gang"),
        ("Viv Ansanm gunmen attacked the police academy.", "Viv Ansanm gunmen", "Viv Ansanm",
         "a named gang coalition with a member noun"),
        ("The Jalisco New Generation Cartel fought the army.",
         "Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel",
         "a cartel by its full name"),
        ("Clan del Golfo fighters ambushed a patrol.", "Clan del Golfo fighters",
         "Clan del Golfo", "Colombian armed group by its Spanish name"),
        ("Nuer militiamen attacked the barracks.", "Nuer militiamen",
         "Nuer Ethnic Militia", "an ethnic militia by its community"),
        ("Fulani herdsmen clashed with farmers.", "Fulani herdsmen",
         "Fulani Ethnic Militia", "pastoralists named by community"),
        ("Cattle raiders drove off 300 cows.", "Cattle raiders", "Unidentified Communal Militia",
         "raiders of no named community"),
        ("Armed youths burned the market.", "Armed youths", "Unidentified Communal Militia",
         "armed youths, as reports of communal violence say"),
        ("Clashes erupted between the 444 Brigade and its rivals.", "444 Brigade",
         "444 Brigade", "a numbered militia brigade is an actor of its own name"),
        ("The Halbous Brigade withdrew from the airport road.", "Halbous Brigade",
         "Halbous Brigade", "a named brigade"),
        ("Ukraine's 47th Mechanized Brigade held the line.",
         "Ukraine's 47th Mechanized Brigade", "Military Forces of Ukraine",
         "a state's unit is that state's forces"),
        ("The 5th Battalion of the Nigerian Army was ambushed.",
         "5th Battalion of the Nigerian Army", "Military Forces of Nigeria",
         "the owner after the unit"),
        ("Troops of the 61st Infantry Battalion raided a rebel camp.",
         "61st Infantry Battalion", "Military Forces",
         "an ordinal arm-of-service unit is regular army; the country comes from context"),
        ("The 4th Armoured Division pushed toward the river.", "4th Armoured Division",
         "Military Forces", "an armoured division, British spelling"),
        ("Elements of the 12th Mechanized Brigade withdrew.", "12th Mechanized Brigade",
         "Military Forces", "a mechanised brigade named without its country"),
        ("The 7th Brigade shelled the southern suburbs.", "7th Brigade", "7th Brigade",
         "an ordinal with no arm of service may be a militia's brigade"),
        ("Officers of the Haitian National Police returned fire.", "Haitian National Police",
         "Police Forces of Haiti", "a national police by its demonym"),
        ("The Kenya National Police Service deployed to the border.",
         "Kenya National Police Service", "Police Forces of Kenya",
         "a police service by the country's name"),
        ("CRPF personnel were ambushed in Sukma.", "CRPF", "Police Forces of India",
         "India's central reserve police is a police force"),
        ("Two armed clans exchanged fire over a land dispute.", "armed clans",
         "Unidentified Clan Militia", "armed clans with no clan named"),
        ("Rival families traded gunfire in the village.", "Rival families",
         "Unidentified Clan Militia", "a family feud is a clan feud"),
        ("Federal troops moved into the town.", "Federal troops", "Military Forces",
         "federal forces: the country comes from context"),
        ("The Sudanese Armed Forces shelled the market.", "Sudanese Armed Forces",
         "Military Forces of Sudan", "a state's forces by their own name"),
        ("Tatmadaw jets bombed the village.", "Tatmadaw", "Military Forces of Myanmar",
         "the Burmese name of Myanmar's army"),
        ("KIA fighters attacked an outpost.", "KIA fighters", "Kachin Independence Army",
         "a Myanmar armed group's acronym"),
        ("Maoist rebels ambushed a convoy in Chhattisgarh.", "Maoist rebels",
         "Communist Party of India (Maoist)", "India's Maoist insurgents"),
        ("EIGS fighters raided the camp.", "EIGS fighters", "Islamic State Sahel Province",
         "the French acronym of IS Sahel"),
        ("Nigeria's military said it killed 20 insurgents.", "Nigeria's military",
         "Military Forces of Nigeria", "a country's name with a force noun, possessive"),
        ("DR Congo troops retook the town.", "DR Congo troops",
         "Military Forces of Democratic Republic of Congo", "the DRC by its common name"),
        ("Republic of Congo police fired tear gas.", "Republic of Congo police",
         "Police Forces of Republic of Congo", "the other Congo, named in full"),
        ("Tigrayan forces shelled the town.", "Tigrayan forces",
         "TPLF: Tigray People's Liberation Front", "Tigray's forces by their adjective"),
        ("AFC/M23 rebels entered Goma.", "AFC/M23 rebels", "M23: March 23 Movement",
         "M23 under its alliance's name"),
        ("The Islamic State group's Sinai affiliate said it set the bomb.",
         "Islamic State group's Sinai affiliate", "Islamic State Sinai Province",
         "a named province branch is not cut to the parent group"),
        ("Wilayat Sinai fighters attacked a checkpoint.", "Wilayat Sinai fighters",
         "Islamic State Sinai Province", "the branch's Arabic name"),
        ("Ansar Allah fighters shelled the city.", "Ansar Allah fighters", "Houthis",
         "the Houthis' own name with a member noun"),
        ("Amba boys burned a school in Bamenda.", "Amba boys", "Ambazonian Separatists",
         "the local name of Ambazonian fighters"),
        ("Gunmen of Los Tiguerones opened fire.", "Gunmen of Los Tiguerones", "Los Tiguerones",
         "an Ecuadorian gang by name; its gunmen are the gang's"),
        ("Tribal fighters clashed with the SDF.", "Tribal fighters",
         "Unidentified Tribal Militia", "ACLED's name for an unnamed tribal militia"),
        ("Clan militiamen fought near Beledweyne.", "Clan militiamen",
         "Unidentified Clan Militia", "ACLED's name for an unnamed clan militia"),
        ("Marehan clan militia fought near Garbaharey.", "Marehan clan militia",
         "Marehan Clan Militia", "a Somali clan's militia is a clan militia in ACLED"),
        ("Barisan Revolusi Nasional insurgents set off a bomb.",
         "Barisan Revolusi Nasional insurgents", "Barisan Revolusi Nasional",
         "a Thai insurgent group with a member noun"),
        ("Suspected ELN rebels dynamited an oil pipeline in Arauca.",
         "Suspected ELN rebels", "ELN: National Liberation Army", "acronym and member noun"),
        ("Suspected Boko Haram fighters abducted 20 farmers.",
         "Suspected Boko Haram fighters", "Boko Haram", "group name of two words"),
        ("UWSA troops moved into the town.", "UWSA troops", "United Wa State Army",
         "a rebel army's 'troops' are the group, not state forces"),
        ("Islamic State cells still roam the desert.", "Islamic State cells", "Islamic State",
         "'cells' of a group"),
        ("The Majeed Brigade claimed the attack.", "Majeed Brigade", "Baloch Liberation Army",
         "the BLA's suicide unit is the BLA, not a unit of its own"),
        ("Two suspected gunmen were arrested.", "suspected gunmen", "Unidentified Armed Group",
         "suspected unnamed attackers stay unnamed"),
    ],
)  # fmt: skip
def test_gangs_communal_militias_units_and_more_groups(lex, text, words, name, reason):
    found = [(m.text, m.actor.name) for m in lex.find(text)]
    assert (words, name) in found, reason


@pytest.mark.parametrize(
    "text",
    [
        "The Brigade was formed in 2020.",  # "The" is no unit name
        "Parliament's Verkhovna Rada met on Monday.",  # "Rada" alone is a parliament
        "The junta in Niamey announced a curfew.",  # whose junta: left to context
    ],
)
def test_words_near_unit_and_force_names_that_are_not_those_actors(lex, text):
    names = [m.actor.name for m in lex.find(text)]
    assert not any("Brigade" in n or "Deterrence" in n or "Myanmar" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US and British warplanes struck Sanaa.",
         [("US", "Military Forces of the United States"),
          ("British warplanes", "Military Forces of the United Kingdom")]),  # shared noun
        ("Russian and Syrian jets bombed Idlib.",
         [("Russian", "Military Forces of Russia"), ("Syrian jets", "Military Forces of Syria")]),
        ("Hamas and Hezbollah fighters cheered.",
         [("Hamas", "Hamas"), ("Hezbollah fighters", "Hezbollah")]),  # each named on its own
        ("Washington and Turkish forces agreed.",
         [("Turkish forces", "Military Forces of Turkey")]),  # a capital is no demonym
    ],
)  # fmt: skip
def test_coordinated_demonyms_share_the_force_noun(lex, text, expected):
    assert [(m.text, m.actor.name) for m in lex.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Shells fell on Hama's countryside.", [], "Hama's is a town's possessive"),
        ("Shells fell on Hama\u2019s countryside.", [], "the same with a curly apostrophe"),
        ("Hamas's armed wing fired rockets.", [("Hamas", "Hamas")], "the group's possessive"),
        (
            "The People's Protection Units advanced.",
            [("People's Protection Units", "YPG: People's Protection Units")],
            "an apostrophe inside an alias still matches",
        ),
    ],
)
def test_a_possessive_s_never_completes_an_alias(lex, text, expected, reason):
    assert [(m.text, m.actor.name) for m in lex.find(text)] == expected, reason


def test_longest_alias_wins_and_mentions_do_not_overlap(lex):
    text = "Iraqi security forces and security forces of the KRG clashed with IS militants."
    assert _names(lex, text) == [
        ("Iraqi security forces", "Military Forces of Iraq", "IQ"),
        ("security forces", "Military Forces", None),
        ("IS militants", "Islamic State", None),
    ]


def test_offsets_point_into_the_document(lex):
    text = "Yesterday US jets hit Kataib Hezbollah."
    mentions = lex.find(text, offset=50)
    assert [(m.start, m.end) for m in mentions] == [(60, 67), (72, 88)]
    assert all(text[m.start - 50 : m.end - 50] == m.text for m in mentions)


def _bundled_rows() -> list[dict[str, str]]:
    with resources.files("mapper").joinpath("data/actors.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_bundled_alias_finds_its_own_actor(lex):
    # Catches aliases shadowed by another row or made unreachable by the case rules.
    wrong = []
    for row in _bundled_rows():
        for alias in row["aliases"].split("|"):
            found = [(m.text, m.actor.name) for m in lex.find(alias)]
            if found != [(alias, row["name"])]:
                wrong.append((alias, row["name"], found))
    assert wrong == []


@pytest.mark.parametrize("adjective", sorted(DEMONYMS) + sorted(ABBREVIATIONS))
def test_every_demonym_and_abbreviation_names_its_state_forces(lex, adjective):
    word = adjective if adjective in ABBREVIATIONS else adjective.title()
    code = ABBREVIATIONS.get(adjective) or DEMONYMS[adjective]
    (m,) = lex.find(f"{word} troops opened fire.")
    assert (m.text, m.actor.kind, m.actor.country_code) == (f"{word} troops", "state", code)
    assert m.actor.name.startswith("Military Forces of ")


def test_default_lexicon_is_built_once_and_shared():
    assert ActorLexicon.default() is ActorLexicon.default()


def test_every_bundled_row_has_a_known_kind_and_country():
    rows = _bundled_rows()
    assert len(rows) > 40
    assert {r["kind"] for r in rows} <= ACTOR_KINDS
    assert all(r["country_code"] == "" or len(r["country_code"]) == 2 for r in rows)


@pytest.mark.parametrize("name", ["extra_actors.csv", "extra_actors.json"])
def test_user_file_extends_the_lexicon(lex, name):
    extended = lex.with_file(DATA / name)
    (m,) = extended.find("Awliya al-Dam fighters claimed it.")
    assert m.actor == Actor("Saraya Awliya al-Dam", "militia", "IQ")
    assert m.text == "Awliya al-Dam fighters"  # member nouns apply to user groups too
    assert lex.find("Awliya al-Dam claimed it.") == []  # the original is unchanged


def test_user_csv_adds_aliases_to_an_existing_actor(lex):
    extended = lex.with_file(DATA / "extra_actors.csv")
    (m,) = extended.find("KH denied involvement.")
    assert m.actor.name == "Kataib Hezbollah"


def test_user_json_accepts_associated_and_piped_aliases(lex):
    extended = lex.with_file(DATA / "extra_actors.json")
    (m,) = extended.find("Herders were shot.")
    assert (m.actor.name, m.actor.associated) == ("Civilians", "Herders")


def test_lexicon_json_nested_too_deeply_is_an_input_error(lex, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.json: not valid JSON: nested too deeply"):
        lex.with_file(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad_kind.csv", r"bad_kind\.csv:3: kind 'terrorist'"),  # file, line and value
        ("bad_country.csv", r"bad_country\.csv:2: country_code 'XQ'"),
        ("bad_header.csv", r"bad_header\.csv:1: header lacks aliases, country_code"),
        ("broken.json", r"broken\.json:\d+: not valid JSON"),
        ("bad_entry.json", r"bad_entry\.json: entry 2: expected an object, got 'Hurras'"),
        ("missing.csv", r"missing\.csv: no such file \(the actor lexicon\)"),
    ],
)
def test_bad_lexicon_files_raise_input_error_naming_file_line_value(lex, name, message):
    with pytest.raises(InputError, match=message) as info:
        lex.with_file(DATA / name)
    assert isinstance(info.value, MapperError)


@pytest.mark.parametrize(
    ("text", "words", "name", "reason"),
    [
        ("Gunmen believed to be Fulani herdsmen torched the village of Kwall.",
         "Gunmen believed to be Fulani herdsmen", "Fulani Ethnic Militia",
         "'believed to be' names who the gunmen were"),
        ("The bus was stopped by armed men thought to belong to the ADF near Oicha.",
         "armed men thought to belong to the ADF", "ADF: Allied Democratic Forces",
         "'thought to belong to' names the group"),
        ("Armed youths known as the White Army overran the barracks.",
         "Armed youths known as the White Army", "White Army",
         "'known as' names a communal militia"),
        ("Attackers suspected of being members of the TTP stormed the post.",
         "Attackers suspected of being members of the TTP", "Tehrik-i-Taliban Pakistan",
         "'suspected of being members of'"),
        ("Gunmen, who were said to be from the Arakan Army, opened fire.",
         "Gunmen, who were said to be from the Arakan Army", "Arakan Army",
         "a relative clause between commas"),
    ],
)  # fmt: skip
def test_unnamed_attackers_said_to_be_a_group_are_that_group(lex, text, words, name, reason):
    found = [(m.text, m.actor.name) for m in lex.find(text)]
    assert found[0] == (words, name), reason


def test_the_word_suspected_does_not_turn_the_state_into_a_suspect(lex):
    found = [(m.text, m.actor.name) for m in lex.find("Suspected Kenyan troops were seen.")]
    assert found == [("Kenyan troops", "Military Forces of Kenya")]


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Jaish al-Fursan claimed the raid.", "Jaish al-Fursan", "Pakistani TTP faction"),
        ("White Army fighters attacked Nasir.", "White Army", "South Sudan Nuer youth militia"),
        ("The Counter-Terrorism Department raided a house.", "Police Forces of Pakistan",
         "Pakistan's CTD is police"),
        ("Pakistani counter-terrorism police detained three.", "Police Forces of Pakistan",
         "a police unit with a demonym"),
        ("The Fitna al-Khawarij attacked a post.", "Tehrik-i-Taliban Pakistan",
         "Pakistan's official term for the TTP"),
        ("Men of Dignity fighters set up checkpoints.", "Men of Dignity", "Suwayda Druze militia"),
        ("The Karenni Nationalities Defence Force said ...",
         "Karenni Nationalities Defense Force", "British spelling of 'Defense'"),
    ],
)  # fmt: skip
def test_groups_of_current_conflicts(lex, text, name, reason):
    assert name in [m.actor.name for m in lex.find(text)], reason


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Odisha Police recovered two rifles near Malkangiri.",
            "Odisha Police",
            "Police Forces of India",
        ),  # a state force is the national force in ACLED
        (
            "The Assam police said three men were held in Cachar.",
            "Assam police",
            "Police Forces of India",
        ),  # lower-case "police"
        (
            "Delhi Police detained dozens of marchers at Jantar Mantar.",
            "Delhi Police",
            "Police Forces of India",
        ),  # union territory force
        (
            "J&K Police sealed the village after the firing.",
            "J&K Police",
            "Police Forces of India",
        ),  # common abbreviation of the territory
        (
            "Afghan Taliban forces shelled a Pakistani post near Torkham.",
            "Afghan Taliban forces",
            "Military Forces of Afghanistan",
        ),  # Taliban as the state
        (
            "Taliban border forces exchanged fire with Iranian guards.",
            "Taliban border forces",
            "Military Forces of Afghanistan",
        ),  # a state service, not the insurgency
    ],
)
def test_sub_national_and_de_facto_state_forces_map_to_the_national_force(
    lex: ActorLexicon, text: str, words: str, name: str
) -> None:
    first = lex.find(text)[0]
    assert (first.text, first.actor.name) == (words, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Punjab Police raided a seminary in Lahore.", "Police Forces"),  # Punjab: two countries
        ("Afghan Taliban fighters seized a district centre in 2019.", "Taliban"),  # fighters
    ],
)
def test_ambiguous_police_and_taliban_fighters_keep_the_plain_actor(
    lex: ActorLexicon, text: str, name: str
) -> None:
    assert lex.find(text)[0].actor.name == name
