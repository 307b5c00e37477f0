"""Sentence splitting of messy pasted copy: glued full stops and bulleted lists."""

from __future__ import annotations

import pytest

from mapper.sentences import split_sentences

CASES = [
    (
        "Gunmen shot two traders in Gusau.Police said one died later.",
        ["Gunmen shot two traders in Gusau.", "Police said one died later."],
        "a full stop glued to the next sentence",
    ),
    (
        "Shells hit Kherson overnight!Officials counted six dead.",
        ["Shells hit Kherson overnight!", "Officials counted six dead."],
        "an exclamation mark glued to the next sentence",
    ),
    (
        "\u201cWe ran,\u201d she said.\u201cThey burned the market.\u201dTroops came later.",
        [
            "\u201cWe ran,\u201d she said.",
            "\u201cThey burned the market.\u201d",
            "Troops came later.",
        ],
        "full stops glued to curly quotes",
    ),
    (
        "U.S.Army officers visited Erbil.",
        ["U.S.Army officers visited Erbil."],
        "initials stay glued",
    ),
    (
        "Lt.Col. Musa spoke in Maiduguri.",
        ["Lt.Col. Musa spoke in Maiduguri."],
        "an abbreviated rank stays glued",
    ),
    (
        "Overnight:\n- Two killed in Beni\n- Market burned in Butembo",
        ["Overnight:", "Two killed in Beni", "Market burned in Butembo"],
        "one dash bullet per line",
    ),
    (
        "Latest:\n* Troops enter Hpakant\n* Drone hits Lashio",
        ["Latest:", "Troops enter Hpakant", "Drone hits Lashio"],
        "asterisk bullets",
    ),
    (
        "Attacks on Sunday: - Two killed in Djibo; - Market burned in Arbinda",
        ["Attacks on Sunday:", "Two killed in Djibo;", "Market burned in Arbinda"],
        "dash bullets run into one line",
    ),
    (
        "\u2022 Clashes in Nyala \u2022 Shelling in El Fasher",
        ["Clashes in Nyala", "Shelling in El Fasher"],
        "dot bullets run into one line",
    ),
    (
        "NIAMEY, May 9 (Reuters) - Gunmen killed six in Fambita.",
        ["NIAMEY, May 9 (Reuters) - Gunmen killed six in Fambita."],
        "a dateline's dash is no bullet",
    ),
    (
        "Fighting spread to the\n\u2013 so far calm \u2013 district of Kalehe on Monday.",
        ["Fighting spread to the\n\u2013 so far calm \u2013 district of Kalehe on Monday."],
        "an en dash opening a wrapped line is no bullet",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), CASES)
def test_messy_copy_splits_into_its_sentences(text, expected, reason):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected, reason
    assert all(text[s.start : s.end] == s.text for s in spans), reason
