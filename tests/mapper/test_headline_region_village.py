"""A headline placed in a region ("raid on Ituri town") does not swallow the body's
village the gazetteer lacks, named inside that region: the village is coded, at the
region's point, and the headline's region-level incident goes."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Mozambique: insurgents kill six in raid on Cabo Delgado town\n"
            "Insurgents attacked a neighbourhood of Nguida Muite, in Muidumbe district of "
            "Cabo Delgado province, on Tuesday, killing six civilians.",
            "Nguida Muite",
            "the event word linked to the province after the village",
        ),
        (
            "DR Congo: rebels kill dozens in night raid on Ituri town\n"
            "Rebels attacked a neighbourhood of Tchabi, in Irumu territory of Ituri province, "
            "overnight on Saturday, killing at least 30 civilians.",
            "Tchabi",
            "a territory, then the province",
        ),
        (
            "DR Congo: rebels kill dozens in night raid on North Kivu town\n"
            "Rebels attacked a neighbourhood of Mamove, in Beni territory of North Kivu "
            "province, overnight on Saturday, killing at least 20 civilians.",
            "Mamove",
            "a village the headline left unnamed",
        ),
    ],
)
def test_body_village_is_kept_over_the_headline_region(text, location, reason):
    (incident,) = extract_incidents(text, published="2025-06-10")
    assert incident.location == location, reason


def test_region_told_again_is_still_one_incident():
    text = (
        "Gunmen kill nine in Zamfara\n"
        "Gunmen attacked villages in Zamfara State on Sunday, killing nine farmers."
    )
    (incident,) = extract_incidents(text, published="2025-06-10")
    assert incident.place_name == "Zamfara"
