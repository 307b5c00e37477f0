"""Killed and wounded counts: numbers as reports word them, and what is not a count."""

from __future__ import annotations

import importlib

import pytest

import mapper
from mapper import Count
from mapper.casualties import find_casualties, parse_number


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, str(c.count), c.who) for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("two", Count(2, 2)),  # number word
        ("15", Count(15, 15)),  # digits
        ("1,200", Count(1200, 1200)),  # thousands separator
        ("60 thousand", Count(60000, 60000)),  # digits with a scale word
        ("2.5 thousand", Count(2500, 2500)),
        ("twenty-three", Count(23, 23)),  # hyphenated compound
        ("twenty three", Count(23, 23)),  # compound without hyphen
        ("three hundred and five", Count(305, 305)),  # British "and"
        ("two thousand", Count(2000, 2000)),  # thousands in words
        ("a dozen", Count(12, 12)),  # a dozen is twelve
        ("dozens", Count(24, 99)),  # vague: a range, never an exact number
        ("several dozen", Count(24, 99)),
        ("scores", Count(40, None)),  # open-ended
        ("hundreds", Count(200, 999)),
        ("thousands", Count(2000, None)),
        ("several", Count(3, 9)),
        ("a few", Count(2, 9)),
        ("at least 3", Count(3, None)),  # lower bound
        ("at least three", Count(3, None)),
        ("more than 20", Count(21, None)),  # strictly more
        ("over 100", Count(101, None)),
        ("more than a dozen", Count(13, None)),
        ("up to 10", Count(1, 10)),  # upper bound
        ("as many as 40", Count(1, 40)),
        ("fewer than 5", Count(1, 4)),
        ("between 10 and 15", Count(10, 15)),  # explicit range
        ("10 to 15", Count(10, 15)),
        ("10-15", Count(10, 15)),
        ("about 30", Count(26, 34)),  # a rough figure: 15% either side
        ("about a dozen", Count(10, 14)),
        ("some 40", Count(34, 46)),
        ("an estimated 1,000", Count(850, 1150)),
        ("around 3", Count(2, 4)),  # at least one either side
        ("nearly 100", Count(85, 99)),  # below the figure
        ("almost 20", Count(17, 19)),
        ("about dozens", Count(24, 99)),  # already vague: unchanged
        ("Seven", Count(7, 7)),  # capitalised at a sentence start
        ("two dozen", Count(24, 24)),  # a multiple of a dozen is that many twelves
        ("3 dozen", Count(36, 36)),
        ("a dozen or so", Count(10, 14)),  # "or so" is a rough figure, as "about"
        ("20 or so", Count(17, 23)),
    ],
)
def test_parse_number_reads_report_wording(words, count):
    assert parse_number(words) == count


@pytest.mark.parametrize(
    "words",
    ["banana", "", "at least", "15 to 3", "more than dozens and", "km"],
)
def test_parse_number_returns_none_for_non_numbers(words):
    assert parse_number(words) is None


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("9,007,199,254,740,993", None),  # past 2**53: a float would lose the last digit;
        # it is also more people than live on Earth, so it is no count at all
        ("9,999,999,999", Count(9_999_999_999, 9_999_999_999)),  # the largest count read
        ("10,000,000,001", None),  # just over MAX_PEOPLE: rejected, never capped silently
        ("1.5 million", Count(1_500_000, 1_500_000)),  # decimal scale read exactly
        ("0.1 thousand", Count(100, 100)),  # 0.1 is not exact in binary floating point
    ],
)
def test_big_figures_are_exact_integers_or_rejected(words, count):
    found = parse_number(words)
    assert found == count
    assert found is None or (type(found.low) is int and type(found.high) is int)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drone hit a car outside Tikrit, killing two people and wounding two others.",
         [("killed", "2", None), ("injured", "2", None)]),  # participles after the event
        ("Officials said 15 IS militants killed in the raid were foreign fighters.",
         [("killed", "15", "IS militants")]),  # headline-style passive, victims named
        ("At least 3 dead after car bomb in Mogadishu market",
         [("killed", "3+", None)]),  # open-ended lower bound
        ("At least three were killed when the shell landed.",
         [("killed", "3+", None)]),
        ("Up to 10 people died in the fire that followed.",
         [("killed", "1-10", None)]),
        ("More than 20 wounded were taken to Kirkuk hospital.",
         [("injured", "21+", None)]),
        ("The gunmen killed 5 and injured 12 before fleeing.",
         [("killed", "5", None), ("injured", "12", None)]),  # active verbs with objects
        ("Two soldiers were killed at the checkpoint.",
         [("killed", "2", "soldiers")]),
        ("A civilian was killed by a stray round.",
         [("killed", "1", "civilian")]),  # "a" before a singular noun is one
        ("Three children were among the dead, medics said.",
         [("killed", "3", "children")]),
        ("The death toll rose to 12 on Thursday.",
         [("killed", "12", None)]),
        ("Airstrikes pounded the valley, killing dozens.",
         [("killed", "24-99", None)]),  # vague: range, not a made-up number
        ("Scores were wounded in the stampede.", [("injured", "40+", None)]),
        ("Hundreds of people were killed in the siege.", [("killed", "200-999", None)]),
        ("A dozen policemen were injured by stones.", [("injured", "12", "policemen")]),
        ("Twenty-three civilians lost their lives in the shelling.",
         [("killed", "23", "civilians")]),
        ("The bombing killed at least 1,200 people over the week.",
         [("killed", "1200+", None)]),
        ("Four people were hurt when the roof collapsed.", [("injured", "4", None)]),
        ("Six bodies were recovered from the rubble.", [("killed", "6", None)]),
        ("The ambush killed 10 troops and two drivers.",
         [("killed", "12", "troops and two drivers")]),  # troops can be victims
        ("The famine and war killed 1.5 million people.", [("killed", "1500000", None)]),
        ("Nine died and 30 were injured in the clashes.",
         [("killed", "9", None), ("injured", "30", None)]),
        ("The raid left five fighters dead.", [("killed", "5", "fighters")]),
        ("Shelling hit the house overnight, killing a woman and her two children.",
         [("killed", "3", "woman and her two children")]),  # victims listed: summed
        ("The barrel bomb killed two women, a child and two men in the square.",
         [("killed", "5", "women, a child and two men")]),  # comma list ending in "and"
        ("Five residents and a child killed in the raid, activists say.",
         [("killed", "6", "residents and a child")]),  # listed subjects
        ("The strike killed two fighters, a spokesman said.",
         [("killed", "2", "fighters")]),  # a comma is not a list without "and"
        ("Artillery fire killed a 70-year-old man in the village.",
         [("killed", "1", "70-year-old man")]),  # "a" with an age adjective
        ("The war has killed hundreds of thousands of people.",
         [("killed", "200000+", None)]),  # not "hundred"
        ("About 40 martyrs were buried in the town.", [("killed", "34-46", None)]),  # rough
        ("The blasts claimed the lives of 9 civilians near the market.",
         [("killed", "9", "civilians")]),
        ("Iranian fighter killed in Syria", [("killed", "1", "Iranian fighter")]),
        # headline style: a singular victim without a number is one
        ("Soldier wounded by sniper near the bridge", [("injured", "1", "Soldier")]),
        ("4 members of the SDF were killed by an IED.",
         [("killed", "4", "members of the SDF")]),  # "members of ..." as victims
        ("Two of the soldiers were wounded.", [("injured", "2", "soldiers")]),
        ("More than 120 “Islamic State” members killed in the attack.",
         [("killed", "121+", "“Islamic State” members")]),  # quoted group name
        ("The drone strike killed Iranian general Qassem Soleimani in Baghdad.",
         [("killed", "1", "Iranian general Qassem Soleimani")]),  # a named person is one
        ("Gunmen assassinated the mayor Ali Hassan outside his office.",
         [("killed", "1", "mayor Ali Hassan")]),
        ("Two gunmen killed the mayor outside his home.",
         [("killed", "1", "mayor")]),  # the gunmen are perpetrators; the mayor is one victim
        ("Protests followed the killing of 2 children in the raid.",
         [("killed", "2", "children")]),  # nominal "killing of"
        ("Two dozen people were killed when shells hit the market.",
         [("killed", "24", None)]),  # not "two": the dozen multiplies
        ("A dozen or so fighters were killed in the clashes.",
         [("killed", "10-14", "fighters")]),  # "or so" does not hide the count
        ("A suicide bomber killed 14 people at the mosque.",
         [("killed", "14", None)]),  # the bomber is the killer; the victims follow the verb
        ("A sniper wounded two soldiers near the bridge.",
         [("injured", "2", "soldiers")]),  # number word after the verb: an object too
        ("Three soldiers were killed two days ago.",
         [("killed", "3", "soldiers")]),  # a time after a passive verb is not a victim count
        ("The drone killed two; later the toll rose to five.",
         [("killed", "2", None), ("killed", "5", None)]),  # both figures kept
        ("The landslide of violence in Zamfara claimed 31 lives this week.",
         [("killed", "31", None)]),  # "claimed N lives": the number before "lives"
        ("The bombing cost at least 17 innocent lives, the governor said.",
         [("killed", "17+", None)]),  # "cost N lives" with a qualifier and an adjective
        ("Gunmen opened fire on a bus near Jos, killing nine and wounding 14.",
         [("killed", "9", None), ("injured", "14", None)]),  # "killing N and wounding M"
        ("Rescuers pulled 23 bodies from the rubble in Rafah.",
         [("killed", "23", None)]),  # bodies recovered are the dead
        ("Gunmen shot dead four farmers near Bokkos.",
         [("killed", "4", "farmers")]),  # "shot dead" is a killing verb
        ("Soldiers gunned down 3 suspected looters.",
         [("killed", "3", "suspected looters")]),  # "gunned down" too
        ("Nine villagers were hacked to death overnight.",
         [("killed", "9", "villagers")]),  # "<verb> to death" after a passive
        ("The death toll from Sunday's bombing climbed to 34.",
         [("killed", "34", None)]),  # a longer noun phrase between "toll" and "to"
        ("A teenager was among those killed.",
         [("killed", "1", "teenager")]),  # "among those killed"
        ("More than 60 people, most of them miners, were killed in the raid.",
         [("killed", "61+", None)]),  # an apposition between the number and the verb
        ("Eleven people, including three children, died when the shell hit.",
         [("killed", "11", None)]),  # "including ..." apposition
        ("A drone struck a pickup near Marib, killing its driver.",
         [("killed", "1", "driver")]),  # one victim named by relation, no number
        ("Two policemen were critically wounded in the ambush.",
         [("injured", "2", "policemen")]),  # an adverb between the auxiliary and the verb
        ("A sixth passenger was badly hurt.",
         [("injured", "1", "sixth passenger")]),  # "a" with an ordinal is one person
        ("Two children and their mother were killed when the shell hit.",
         [("killed", "3", "children and their mother")]),  # a relative without a number is one
        ("Among the dead were four police officers.",
         [("killed", "4", "police officers")]),  # "among the dead were N"
        ("The blast killed 31 people; among the dead were six children.",
         [("killed", "31", None)]),  # the six are part of the 31, not more of them
        ("A mob lynched three suspected thieves in the market.",
         [("killed", "3", "suspected thieves")]),  # lynching kills
        ("Crowd lynches 6 suspected kidnappers in Port-au-Prince",
         [("killed", "6", "suspected kidnappers")]),  # headline present tense
        ("Villagers beat to death a man they accused of witchcraft.",
         [("killed", "1", "man they accused of witchcraft")]),  # "<verb> to death" first
        ("The bodies of 9 fishermen were pulled from the lake.",
         [("killed", "9", "fishermen")]),  # "the bodies of N" are the dead
        ("The death toll from last week's flooding of the camp has risen to 18.",
         [("killed", "18", None)]),  # a long noun phrase before "has risen to"
        ("Raiders entered the hamlet, hacking four farmers to death.",
         [("killed", "4", "farmers")]),  # active verb, victims before "to death"
        ("A crowd stoned a suspected thief to death in Mushin.",
         [("killed", "1", "suspected thief")]),  # "a" before a singular victim is one
        ("The mob cornered two men, beating one to death.",
         [("killed", "1", None)]),  # "one" alone is a pronoun: one victim
        ("The drone killed senior Hamas field commander Ahmed Saleh and two other fighters.",
         [("killed", "3", "senior Hamas field commander Ahmed Saleh")]),  # named + others
        ("The ambush killed the village chief and four others.",
         [("killed", "5", "village chief")]),  # a title with a rank word, and others
        ("Scores of villagers are feared dead after the raid.",
         [("killed", "40+", "villagers")]),  # "feared dead": the report's own toll
        ("Six miners were presumed dead.", [("killed", "6", "miners")]),  # "presumed dead"
    ],
)  # fmt: skip
def test_casualty_counts_are_read_with_kind_and_victims(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No casualties were reported after the rocket hit an empty lot.",
         [("killed", "0", None), ("injured", "0", None)]),  # both kinds are zero
        ("No one was hurt in the blast.", [("injured", "0", None)]),
        ("Nobody was killed, police said.", [("killed", "0", None)]),
        ("There were no deaths among the crew.", [("killed", "0", None)]),
    ],
)  # fmt: skip
def test_explicit_zero_casualties_are_counted_as_zero(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rockets struck two sites 20 km south of Basra.",  # places and distances
        "The offensive began in 2024 with three rockets.",  # years and weapons
        "Some 1,000 troops deployed to the border.",  # troops deployed are not casualties
        "There were no immediate reports of casualties.",  # unknown, not zero
        "The attack caused 14 casualties, officials said.",  # killed+wounded: ambiguous
        "More than 11 fighters were killed and wounded in the clashes.",  # a joint total
        "A fighter jet crashed near the base; the pilot was unhurt.",  # "unhurt" is not hurt
        "Three rockets were fired at the base.",  # no casualty verb
        "This is killed by the editor.",  # "is" is not "IS"
        "The building was hit twice in 2023.",  # numbers that are not people
        "Bird flu killed 1.2 million chickens on farms.",  # animals are not casualties
        "The drought killed 300 head of cattle.",
    ],
)
def test_numbers_that_are_not_casualties_are_ignored(text):
    assert find_casualties(text) == []


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("The war has killed hundreds of thousands of people.", True),  # perfect tense
        ("Trade has slumped since the rebellion began in 2021, in which more than 900 people"
         " have been killed.", True),  # perfect passive after a war named with "in which"
        ("Four miners have been killed since Tuesday in raids around Butembo.", True),  # since
        ("At least six people have been killed in a car bomb in Kismayo.", False),  # one event
        ("At least 500 people have been killed so far this year.", True),  # "so far"
        ("The toll rose to 270 since the truce was agreed.", True),  # "since"
        ("Fighting has now killed 90 fighters, monitors say.", True),  # "has now"
        ("A mortar round killed two children on Monday.", False),  # one event
        ("The drone killed two. Since then, talks have stalled.", False),  # next sentence
        ("Two soldiers were killed at dawn.", False),
        (
            "Gunmen killed three soldiers in Kidal, the first attack there since 2012.",
            False,
        ),  # "since" in another clause
        ("A blast killed four soldiers in the deadliest attack since 2012.", False),  # superlative
        ("Shelling has killed 12 since Friday.", True),  # perfect tense and "since"
        ("More than 300 civilians killed since the offensive began.", True),  # same clause
        ("The insurgency has left more than 6,000 people dead.", True),  # "has left N dead"
        ("At least 120 people were killed in the district in the past two weeks.", True),
        ("Since 2021, militia violence in the state killed over 900 people.", True),  # before
        ("Cartel violence killed nearly 3,000 people in the state last year.", True),  # a year
        ("Over the past two months, the army has lost 40 soldiers, but on Monday a mine killed "
         "two.", None),  # two figures: the period belongs to the first clause only
        ("A car bomb killed 9 people in Mogadishu on Sunday.", False),  # one day's event
        ("The first massacre since 2019 in the town, killing about 30 people.", False),
        # a superlative before the figure compares one event with the past
    ],
)  # fmt: skip
def test_running_totals_are_marked_cumulative(text, cumulative):
    if cumulative is None:  # the last figure is the day's event, not the period's
        assert find_casualties(text)[-1].cumulative is False, text
        return
    (c,) = find_casualties(text)
    assert c.cumulative is cumulative, text


def test_rockets_that_killed_people_count_the_people_not_the_rockets():
    assert _read("Three rockets killed two people near the airport.") == [("killed", "2", None)]


def test_offsets_point_into_the_document():
    text = "Report: two soldiers were killed."
    (c,) = find_casualties(text, offset=1000)
    assert (c.start, c.end) == (1008, 1032)
    assert text[c.start - 1000 : c.end - 1000] == c.text


@pytest.mark.parametrize("module", ["mapper.dates", "mapper.casualties", "mapper.actors"])
def test_extractor_modules_export_their_public_names(module):
    mod = importlib.import_module(module)
    assert all(hasattr(mod, name) for name in mod.__all__)
    # The classes and functions (not the constants) are re-exported by the package.
    exported = {n for n in mod.__all__ if not n.isupper()}
    assert exported <= set(mapper.__all__)
    assert all(getattr(mapper, n) is getattr(mod, n) for n in exported)


def test_offsets_survive_letters_whose_lower_case_is_longer():
    # "İ".lower() is two characters; the keyword search must not shift the windows.
    text = "İİİ " * 30 + "Two soldiers were killed near İdlib."
    (c,) = find_casualties(text)
    assert text[c.start : c.end] == c.text == "Two soldiers were killed"


def test_long_text_finds_the_same_mentions_as_its_sentences():
    sentences = [
        "Gunmen killed three farmers near the river.",
        "A drone struck a car, killing two fighters and wounding a child.",
        "Officials said no one was hurt in the second blast.",
    ] * 20
    text = " ".join(sentences)
    expected, offset = [], 0
    for s in sentences:
        expected += [(c.kind, c.count, c.who) for c in find_casualties(s, offset=offset)]
        offset += len(s) + 1
    assert [(c.kind, c.count, c.who) for c in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("A hundred mourners were killed in the stampede.", [("killed", "100")], "a hundred"),
        ("The siege killed nearly a hundred civilians.", [("killed", "85-99")], "below 100"),
        ("More than a thousand people died in the famine.", [("killed", "1001+")], "a thousand"),
        ("Police killed a suspect at the roadblock.", [("killed", "1")], "'a' alone is one"),
        ("Nine insurgents were neutralised near Bama.", [("killed", "9")], "communique, passive"),
        ("The army said it had neutralized 11 terrorists.", [("killed", "11")], "active"),
        ("Engineers neutralised two IEDs on the highway.", [], "devices are not people"),
        ("Troops neutralised scores of bandits, the army said.", [], "a vague army claim"),
        ("Three drones were neutralised over the port.", [], "drones are not people"),
    ],
)
def test_articles_before_hundred_and_army_euphemisms(
    text: str, expected: list[tuple[str, str]], reason: str
) -> None:
    assert [(m.kind, str(m.count)) for m in find_casualties(text)] == expected, reason


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("A rocket struck a motorbike near Bint Jbeil, killing its rider.", "killed", 1),
        # the one person on the vehicle, named by a relation
        ("The drone hit a pickup outside Marib, wounding its driver.", "injured", 1),
        ("A shoe vendor was killed and three other people were hurt in Cotabato.", "killed", 1),
        # "and" starts another figure, not a second verb of the same victims
        ("A student was shot dead and two others wounded at a bus stop in Juba.", "killed", 1),
        ("One trader was killed and another injured when a mine exploded near Gao.", "killed", 1),
    ],
)
def test_single_victims_named_without_a_number_count_one(text, kind, count):
    found = [c for c in find_casualties(text) if c.kind == kind]
    assert [c.count for c in found] == [Count(count, count)], text


@pytest.mark.parametrize(
    "text",
    [
        "A soldier was killed and wounded twice over in the reports.",  # ambiguous joint verb
        "A villager was killed or wounded, witnesses could not say.",  # "or": unknown which
    ],
)
def test_single_victim_with_a_joint_verb_is_not_counted_as_dead(text):
    assert not [c for c in find_casualties(text) if c.kind == "killed"], text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A bomber blew himself up at a checkpoint near Maiduguri, killing himself and three "
            "vigilantes.",
            4,
        ),  # the attacker's own death is a death of the event
        ("She detonated her vest at a market in Konduga, killing herself and two traders.", 3),
        (
            "An IED hit the convoy near Dantewada, killing five constables and their civilian "
            "driver.",
            6,
        ),  # one relative or companion after an adjective
        ("The raid killed two farmers and their teenage son near Jos.", 3),
        ("Gunmen killed two herders and their brother in Zamfara.", 3),  # kin without adjective
    ],
)
def test_one_more_victim_after_and_is_added(text, count):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.count for c in killed] == [Count(count, count)], text
