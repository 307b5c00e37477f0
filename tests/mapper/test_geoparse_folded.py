"""The geoparser reads a pasted copy as its plain form: names with soft hyphens,
zero-width characters or combining accents inside them are found and resolved, and
their spans point into the text as given."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


@pytest.mark.parametrize(
    ("text", "written", "country", "reason"),
    [
        (
            "Shelling hit Kir\u00adkuk on Sunday.",
            "Kir\u00adkuk",
            "IQ",
            "a soft hyphen from a web page's word breaking",
        ),
        (
            "Gunmen stormed a church in Mo\u0301sul overnight.",
            "Mo\u0301sul",
            "IQ",
            "a combining accent (NFD) on a plain letter",
        ),
        (
            "Air strikes hit Ma\u0301rib, Yemen, late on Friday.",
            "Ma\u0301rib",
            "YE",
            "a combining accent before a place named with its country",
        ),
        (
            "Police dispersed protesters in Pesha\u200bwar and Quetta.",
            "Pesha\u200bwar",
            "PK",
            "a zero-width space inside the name",
        ),
    ],
)
def test_hidden_characters_do_not_break_a_name(
    text: str, written: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    found = {t.name: t for t in geoparse(text, gazetteer=default_gazetteer)}
    assert written in found, reason
    t = found[written]
    assert text[t.start : t.end].endswith(written), "the span points into the given text"
    assert t.candidate is not None and t.candidate.place.country_code == country, reason
