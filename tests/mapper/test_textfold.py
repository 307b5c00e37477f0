"""Folding text for cue matching: marks and invisible characters dropped, offsets kept."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapper import find_events
from mapper.textfold import fold

ACUTE, ZWSP, SHY = "\u0301", "\u200b", "\u00ad"


@pytest.mark.parametrize(
    ("text", "folded", "reason"),
    [
        (f"ki{ACUTE}lled", "killed", "a combining accent inside a word"),
        (unicodedata.normalize("NFD", "Bogotá"), "Bogota", "NFD text loses its marks"),
        ("Bogotá", "Bogota", "a precomposed accented Latin letter becomes its base"),
        (f"bomb{ZWSP}ing", "bombing", "a zero-width space inside a word"),
        (f"shel{SHY}ling", "shelling", "a soft hyphen from a justified column"),
        ("القائم", "القائم", "Arabic letters are not Latin: kept"),
        ("Ελλάδα", "Ελλάδα", "a precomposed Greek letter is kept"),
    ],
)
def test_fold_removes_what_hides_a_word(text: str, folded: str, reason: str) -> None:
    assert fold(text).text == folded, reason


def test_fold_leaves_ascii_text_unmapped() -> None:
    assert fold("Gunmen killed two.").starts is None


# Text made of ASCII words with accents, marks and invisible characters mixed in.
_pieces = st.sampled_from(["a", "k", "l", "e", "d", " ", ".", ACUTE, ZWSP, SHY, "é", "\u0327"])


@given(st.lists(_pieces, max_size=40).map("".join))
def test_every_folded_character_maps_back_to_itself_or_its_base(text: str) -> None:
    f = fold(text)
    for i, c in enumerate(f.text):
        original = text[f.origin(i)]
        assert c == original or unicodedata.normalize("NFD", original)[0] == c


@given(st.lists(_pieces, max_size=40).map("".join))
def test_folded_offsets_increase_and_end_at_the_text_end(text: str) -> None:
    f = fold(text)
    ends = [f.origin(i) for i in range(len(f.text) + 1)]
    assert ends == sorted(set(ends))
    assert ends[-1] == len(text)


@pytest.mark.parametrize(
    ("text", "cue", "reason"),
    [
        (f"Gunmen ki{ACUTE}lled two farmers near Kaduna.", f"ki{ACUTE}lled", "NFD accent"),
        (
            unicodedata.normalize("NFD", "Shélling hit Kherson on Monday."),
            unicodedata.normalize("NFD", "Shélling"),
            "the whole text in NFD",
        ),
        (f"Jets bom{ZWSP}bed Idlib.", f"Jets bom{ZWSP}bed", "zero-width space in the verb"),
    ],
)
def test_cues_are_found_through_marks_and_spans_point_into_the_original(
    text: str, cue: str, reason: str
) -> None:
    events = find_events(text, offset=10)
    assert events, reason
    first = events[0]
    assert first.text == cue, reason
    assert text[first.start - 10 : first.end - 10] == cue, reason


@pytest.mark.parametrize(
    ("text", "folded", "reason"),
    [
        ("1\u202f200", "1,200", "a narrow no-break space grouping thousands"),
        ("1\u00a0200\u00a0000", "1,200,000", "no-break spaces grouping thousands"),
        ("2024\u00a0300", "2024\u00a0300", "four digits before: not a thousands group"),
        ("12\u00a0March", "12\u00a0March", "a no-break space before a word is kept"),
        ("10\u201315", "10-15", "an en dash between numbers is a range"),
        ("10 \u2014 15", "10 - 15", "a spaced em dash between numbers"),
        ("raid \u2013 the", "raid \u2013 the", "a parenthetic dash is kept"),
        ("al\u2011Qaim", "al-Qaim", "a non-breaking hyphen"),
        ("Qa\u2019im", "Qa'im", "a curly apostrophe"),
        ("\uff11\uff12", "12", "fullwidth digits"),
        ("\u0663", "3", "an Arabic-Indic digit"),
    ],
)
def test_fold_plains_typography_one_character_for_one(text: str, folded: str, reason: str) -> None:
    f = fold(text)
    assert f.text == folded, reason
    assert len(f.text) == len(text), reason
