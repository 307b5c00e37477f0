"""The country in focus of a document."""

from __future__ import annotations

import pytest

from mapper import geoparse
from mapper.focus import focus_country
from mapper.sentences import split_sentences


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


@pytest.mark.parametrize(
    ("text", "bias", "expected", "reason"),
    [
        ("Shelling hit Homs and Hama.", None, "SY", "every event place is in Syria"),
        ("Shelling hit Homs. Talks in Doha went on.", None, "SY", "'talks in' is a frame"),
        ("Shelling hit Homs and Mosul.", None, None, "a tie names no country"),
        ("Shelling hit Homs and Mosul.", "IQ", "IQ", "a tie goes to the caller's bias"),
        ("Shelling hit the old town.", "SY", "SY", "no country named: the bias"),
    ],
)
def test_focus_country(gz, text, bias, expected, reason):
    toponyms = [t for t in geoparse(text, gazetteer=gz) if t.resolved]
    assert focus_country(text, split_sentences(text), toponyms, bias) == expected, reason
