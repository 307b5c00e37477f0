"""Web-page and wire-feed debris is blanked in place; the report's own lines are kept."""

from __future__ import annotations

from itertools import pairwise

import pytest

from mapper.boilerplate import blank_debris, debris_spans

DEBRIS = [
    ("FILE PHOTO: Police patrol a street in Kano, Nigeria, May 2, 2019. REUTERS/Ann Bay", "file"),
    ("File photo - Troops on a road near Bunia in 2020", "file photo with a dash"),
    ("Photo: Smoke rises over Khartoum.", "caption"),
    ("Pictured: residents inspect a burnt house", "pictured"),
    ("Image caption, Rescuers search the rubble", "BBC caption"),
    ("Image source, Getty Images", "BBC credit"),
    ("(AFP/Getty Images)", "credit in brackets"),
    ("REUTERS/Ann Bay/File Photo", "agency credit on its own line"),
    ("Getty Images", "picture agency on its own line"),
    ("(Photo: Anadolu)", "photo credit in brackets"),
    ("By Jane Roe", "byline"),
    ("By Musa Abdullahi and Li Wei in Abuja", "byline with a city"),
    ("By a staff reporter | Updated 3 May 2025 09:10 GMT", "staff byline and update time"),
    ("Reporting by Ali Khan; Editing by Ann Bay", "agency credits"),
    ("(Additional reporting by Omar Said in Cairo)", "bracketed extra reporting"),
    ("Compiled by Maria Lopez", "compiler"),
    ("Read more: Six dead as floods hit Lagos", "related story"),
    ("Related: Gunmen kidnap 20 in Katsina", "related with colon"),
    ("Also read", "bare prompt"),
    ("ADVERTISEMENT", "advert mark"),
    ("Advertisement", "advert line"),
    ("Subscribe to our newsletter", "subscribe prompt"),
    ("Share this article", "share prompt"),
    ("Follow us on Telegram for updates from Gaza", "follow prompt"),
    ("Copyright 2025 The Daily Wire Service. All rights reserved.", "copyright"),
    ("\u00a9 2024 News Agency", "copyright sign"),
    ("Editor's note: This report was first published in Kabul in 2021.", "editor's note"),
    ("This story has been updated with a statement from the army.", "update trailer"),
    ("(Adds comment from governor in paragraph 4)", "wire version note"),
]


@pytest.mark.parametrize(("line", "reason"), DEBRIS)
def test_debris_line_is_blanked_whole(line, reason):
    text = f"Clashes in Mogadishu\n{line}\nFighters clashed in Mogadishu on Monday."
    out = blank_debris(text)
    assert len(out) == len(text), reason
    assert out.splitlines()[1].strip() == "", reason
    assert out.splitlines()[2] == "Fighters clashed in Mogadishu on Monday.", reason


KEPT = [
    ("By nightfall, the rebels had taken the town of Kalehe.", "'By' opening a sentence"),
    ("BY NIGHTFALL REBELS HELD KALEHE", "capitals headline opening with 'By'"),
    ("Related violence spread to Goma on Sunday.", "'Related' opening a sentence"),
    ("Watch towers near Rafah were shelled on Monday.", "'Watch' opening a sentence"),
    ("Photographs showed the burnt market in Maiduguri.", "a sentence about photos"),
    ("Police said the photo was taken in Kano on Monday.", "photo mentioned mid-sentence"),
    ("KABUL, March 9 (Reuters) - A bomb exploded in Kabul.", "a dateline is no debris"),
    ("Following the attack, troops were sent to Gao.", "'Following' is no follow prompt"),
    ("AP and AFP reporters saw bodies in Bucha.", "agencies named in a sentence"),
    ("Shares of the mining firm fell after the raid in Tete.", "'Shares' is no share prompt"),
]


@pytest.mark.parametrize(("line", "reason"), KEPT)
def test_report_line_is_kept(line, reason):
    assert blank_debris(line) == line, reason


PREFIXES = [
    ("UPDATE 2-Gunmen kill four in Zamfara", "Gunmen kill four in Zamfara", "wire update"),
    ("BREAKING: Blast hits Quetta market", "Blast hits Quetta market", "breaking"),
    ("EXCLUSIVE-Army seizes Hpakant", "Army seizes Hpakant", "exclusive"),
    ("WRAPUP 1-Strikes hit Sanaa", "Strikes hit Sanaa", "wrapup"),
    ("14:32 GMT - Drones struck Kharkiv overnight.", "Drones struck Kharkiv overnight.", "live"),
    ("09.15 local time: Shelling resumed in Avdiivka.", "Shelling resumed in Avdiivka.", "live"),
    ("(Photo: Jane Roe) BAMAKO - Troops clashed.", "BAMAKO - Troops clashed.", "credit"),
]


@pytest.mark.parametrize(("line", "rest", "reason"), PREFIXES)
def test_slug_or_time_before_the_report_goes_alone(line, rest, reason):
    out = blank_debris(line)
    assert out.strip() == rest, reason
    assert out.endswith(rest), reason  # the report's own words keep their offsets


def test_inline_caption_and_advert_go_but_the_story_stays():
    text = "Photo: Mourners gather in Eldoret. ADVERTISEMENT NAKURU, May 2 - Police shot two."
    out = blank_debris(text)
    assert out.lstrip().startswith("NAKURU, May 2 - Police shot two.")
    assert "Eldoret" not in out


def test_prompt_after_a_sentence_goes_to_the_line_end():
    text = "Two were hurt, police said. Read more: Riots in Lyon\nNext line."
    out = blank_debris(text)
    assert out == "Two were hurt, police said." + " " * 25 + "\nNext line."


def test_spans_are_sorted_disjoint_and_within_lines():
    text = "UPDATE 1-Strikes hit Idlib\nBy Ann Bay\n(Reporting by Ann Bay; Editing by Li Wei)"
    spans = debris_spans(text)
    assert spans == sorted(spans)
    assert all(a < b <= c for (a, b), (c, _) in pairwise(spans))
    assert all("\n" not in text[a:b] for a, b in spans)


def test_text_without_debris_is_returned_as_is():
    text = "Gunmen killed three villagers in Konduga on Sunday."
    assert blank_debris(text) is text


DATELINE_BYLINES = [
    ("ANKARA, May 2 (Reuters) - ", "By Ene Okafor", "agency dateline"),
    ("KABUL (AP) \u2014 ", "By Rahim Noori and Kathy Hale", "agency only, em dash, two names"),
    ("MAIDUGURI, Nigeria, March 3 (AFP) - ", "By Aminu Bello | Updated 3 March", "country+stamp"),
    ("BAMAKO, 4 March - ", "By our correspondent", "day-first date, staff credit"),
    ("LA PAZ, Oct. 12 (EFE) \u2013 ", "By Lucia Mendoza in Cochabamba", "two-word city, en dash"),
]


@pytest.mark.parametrize(("dateline", "byline", "reason"), DATELINE_BYLINES)
def test_byline_after_a_dateline_goes_and_the_dateline_stays(dateline, byline, reason):
    text = f"{dateline}{byline}\nSoldiers clashed with gunmen on Sunday."
    out = blank_debris(text)
    assert out.startswith(dateline), reason
    assert out.splitlines()[0].strip() == dateline.strip(), reason
    assert out.endswith("\nSoldiers clashed with gunmen on Sunday."), reason


DASH_LINES_KEPT = [
    ("Troops withdraw - By Friday Evening", "no agency or date before the dash"),
    ("KYIV, June 4 (Reuters) - By the evening, drones had hit Kyiv.", "'By' opens the report"),
    ("HARGEISA, May 9 - By Tuesday, floods had cut the road to Burao.", "'By' + weekday clause"),
]


@pytest.mark.parametrize(("line", "reason"), DASH_LINES_KEPT)
def test_dash_line_that_is_no_dateline_byline_is_kept(line, reason):
    assert blank_debris(line) == line, reason
