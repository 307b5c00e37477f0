"""A report's backdrop (a trend, a campaign's tally, a warning to leave, an observance's
title, an earlier event the news is set after, a release) is no new incident; a new
event told beside it still is."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.backdrop import backdrop_spans


def _spans(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in backdrop_spans(sentence)]


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("Attacks on mosques rose sharply in Punjab and Sindh last year, the report said.",
         "Attacks on mosques rose sharply in Punjab and Sindh last year",
         "a trend with a prepositional subject"),
        ("Kidnappings in the state have doubled since 2023.", "Kidnappings in the state have "
         "doubled since 2023", "a perfect trend"),
        ("Violent offences against journalists also increased in Bavaria.",
         "offences against journalists also increased in Bavaria", "'also' before the verb"),
        ("Homicides fell in Guerrero for a third straight year.", "Homicides fell in Guerrero",
         "a fall without a figure"),
        ("Officials say some 12,400 suspects have been detained under the decree in Sindh.",
         "12,400 suspects have been detained under the decree in Sindh",
         "a campaign's running tally"),
        ("Tens of thousands have been arrested in Oromia since the emergency began.",
         "thousands have been arrested in Oromia", "a tally in words"),
        ("The army told residents of two villages near Kiryat Shmona to leave their homes "
         "for fear of rocket fire.", "their homes for fear of rocket fire",
         "an evacuation order"),
        ("Police urged people living along the river in Maiduguri to move to higher ground, "
         "warning of floods.", "to higher ground", "a warning to move"),
        ("The army told families in Sderot to take shelter, citing rocket fire from Gaza.",
         "citing rocket fire from Gaza", "a warning's reason runs on past the comma"),
        ("Abductions of farmers rise in Zamfara", "Abductions of farmers rise",
         "a headline trend in the present"),
        ("Air raid alerts sounded across the Sumy and Poltava regions overnight.",
         "Air raid alerts", "an alert that a strike may come"),
        ("The senate passed a bill on Wednesday that allows soldiers to search homes "
         "without a warrant.", "soldiers to search homes without a warrant",
         "what a law allows"),
        ("The protesters accuse the police of ignoring cattle raids by armed herders.",
         "the police of ignoring cattle raids by armed herders", "a protest's grievance"),
        ("Demonstrators in Cauca blamed the army for the disappearance of their sons.",
         "the army for the disappearance of their sons", "a grievance in the past tense"),
        ("The marchers complain that troops have left their posts, leaving hamlets "
         "open to raids.", "leaving hamlets open to raids",
         "a grievance and its consequence"),
        ("Assaults on aid workers rose sharply by 40 percent in Darfur.",
         "Assaults on aid workers rose sharply by 40 percent", "a rise by a percentage"),
        ("Families marched to mark the International Day of the Victims of Enforced "
         "Disappearances.", "International Day of the Victims of Enforced Disappearances",
         "the title of an observance"),
        ("Activists gathered on World Day against the Death Penalty in Tehran.",
         "World Day against the Death Penalty", "an observance against a penalty"),
        ("The lynching came days after bandits abducted a chief on the Gusau road.",
         "bandits abducted a chief on the Gusau road", "the news set after an earlier event"),
        ("The protest follows two weeks after police shot a student in Nairobi.",
         "police shot a student in Nairobi", "a counted interval"),
        ("Most of those detained were released the same evening, lawyers said.",
         "those detained", "detainees released"),
        ("The students arrested on Friday have since been freed on bail.",
         "The students arrested", "a release told in the perfect"),
    ],
)  # fmt: skip
def test_backdrop_clause_is_found(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in s for s in _spans(sentence)), (reason, _spans(sentence))


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Gunmen attacked a convoy near Nyala on Monday, killing four drivers.", "plain news"),
        ("Police arrested 14 protesters in Lahore on Sunday.", "a day's arrests, no thousands"),
        ("Prices rose sharply in Aleppo after the army attacked the market.",
         "a trend of no events"),
        ("Troops told reporters in Bunia that militants had attacked a camp.",
         "'told reporters', no order to leave"),
        ("The march came as police fired tear gas at students in Dhaka.",
         "'came as' sets no interval"),
        ("Five men detained in Kano were taken to a court in Abuja.",
         "detainees moved, not released"),
        ("Villagers in Baringo accuse the police of shooting a herder near Marigat.",
         "an accusation by others than protesters may be the first report of an attack"),
        ("The clashes decreased in the eastern districts of Kadugli.",
         "'the clashes': one ongoing event, not a statistic"),
        ("The pace of clashes increases in the countryside of Idlib.",
         "the pace of clashes: fighting intensifies"),
        ("Casualties of the Kabul bombings rise to 74.", "a toll climbing to a figure"),
        ("Jets pounded Idlib as clashes decline in the Latakia mountains.",
         "a lull in one battle, no statistic"),
        ("Warplanes carried out a double attack on a market in Maarat.",
         "'double' is no trend verb"),
        ("Residents said the attack on a National Guard post in Mosul killed two.",
         "a capitalised body is no observance"),
    ],
)  # fmt: skip
def test_news_is_no_backdrop(sentence: str, reason: str) -> None:
    assert backdrop_spans(sentence) == [], reason


@pytest.mark.parametrize(
    ("sentence", "news", "reason"),
    [
        ("Air raid sirens wailed as missiles struck a depot in Lviv.", "missiles struck",
         "a strike beside the sirens"),
        ("The army accused the rebels of shelling a market in Kadugli.", "shelling",
         "a party to the fighting accusing the other"),
        ("Gunmen ordered villagers near Kajuru to leave before torching 40 houses.",
         "torching", "what the gunmen did after the order is news"),
        ("Attacks on schools rose in Borno, and on Monday gunmen stormed a school in Konduga.",
         "gunmen stormed", "a new attack after a trend, in its own clause"),
    ],
)  # fmt: skip
def test_news_beside_a_backdrop_is_outside_it(sentence: str, news: str, reason: str) -> None:
    at = sentence.index(news)
    assert not any(a <= at < b for a, b in backdrop_spans(sentence)), reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Assaults on aid workers rise\nAssaults on aid convoys rose sharply in Darfur and "
         "Kordofan in 2025, the UN humanitarian office said on Monday in its annual report.",
         "2026-02-10", "an annual trend by region"),
        ("Ecuador extends emergency rule\nEcuador's government on Friday extended the state "
         "of emergency for another 60 days. Police say more than 20,000 people have been "
         "detained under the decree, including thousands in Guayaquil and Esmeraldas.",
         "2026-03-14", "an emergency extended and its running tally"),
        ("Army orders evacuation near Kupiansk\nUkraine's army on Tuesday told residents of "
         "four villages near Kupiansk to leave immediately, citing intensified Russian "
         "shelling.", "2026-05-20", "an evacuation order"),
        ("Alerts across the north overnight\nAir raid alerts sounded across the Chernihiv and "
         "Sumy regions overnight, officials said. No strikes were reported.", "2026-01-08",
         "alerts with no strike"),
        ("Bangladesh passes security law\nParliament in Dhaka passed a security law on "
         "Tuesday that allows police to detain suspects for 90 days without charge.",
         "2026-04-22", "a law's powers, not arrests"),
    ],
)  # fmt: skip
def test_dispatch_with_only_a_backdrop_yields_nothing(
    text: str, published: str, reason: str
) -> None:
    assert extract_incidents(text, published=published) == [], reason


@pytest.mark.parametrize(
    ("text", "published", "present", "reason"),
    [
        ("Attacks on schools rose sharply in Borno last year, UNICEF said. On Monday, gunmen "
         "stormed a school in Konduga and abducted 12 pupils.", "2026-04-14", "Konduga",
         "a new attack beside a trend"),
        ("Hundreds of mothers marched through Jaffna on Sunday to mark the International Day "
         "of the Victims of Enforced Disappearances.", "2026-08-31", "Jaffna",
         "the march is news, the observance is not"),
        ("Gunmen shot dead a councillor in Makurdi on Tuesday. The killing came days after "
         "herders attacked a village on the Makurdi-Naka road.", "2026-09-03", "Makurdi",
         "the news is kept, only the earlier event is backdrop"),
    ],
)  # fmt: skip
def test_news_beside_a_backdrop_is_kept(
    text: str, published: str, present: str, reason: str
) -> None:
    incidents = extract_incidents(text, published=published)
    assert any(present in i.location for i in incidents), (reason, incidents)
    assert len(incidents) == 1, (reason, incidents)
