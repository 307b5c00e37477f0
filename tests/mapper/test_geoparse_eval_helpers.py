"""Tests for the pure helpers of benchmarks/geoparse_eval.py (GeoWebNews evaluation).

The script is not a package module, so it is loaded from its path. The XML below is
written here in the real GeoWebNews layout (toponym fields as child elements); it is not
taken from the data set.
"""

from __future__ import annotations

import importlib.util
import io
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "geoparse_eval.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("geoparse_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


ev = _load()

TEXT = "Shelling hit Aleppo. Turkey said the Aleppo road and Syrian towns were quiet."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678

GWN_XML = f"""<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>Test</title>
    <link>http://example.org/7</link>
    <text>{TEXT}</text>
    <toponyms>
      <toponym>
        <extractedName>Aleppo</extractedName><normalisedName>Aleppo</normalisedName>
        <type>Literal</type><modifierType/><nonLocational>No</nonLocational>
        <start>13</start><end>19</end>
        <geonamesID>170063</geonamesID><latitude>36.20124</latitude>
        <longitude>37.16117</longitude>
      </toponym>
      <toponym>
        <extractedName>Turkey</extractedName><normalisedName/>
        <type>Metonymic</type><modifierType/><nonLocational>No</nonLocational>
        <start>21</start><end>27</end>
        <geonamesID>298795</geonamesID><latitude>39.0</latitude><longitude>35.0</longitude>
      </toponym>
      <toponym>
        <extractedName>Aleppo</extractedName><normalisedName/>
        <type>Literal_Modifier</type><modifierType>Noun</modifierType>
        <nonLocational>No</nonLocational><start>37</start><end>43</end>
        <geonamesID/><latitude>36.2</latitude><longitude>37.16</longitude>
      </toponym>
      <toponym>
        <extractedName>Aleppo road</extractedName><normalisedName/>
        <type>Non_Toponym</type><modifierType/><nonLocational>No</nonLocational>
        <start>37</start><end>48</end>
      </toponym>
      <toponym>
        <extractedName>Syrian</extractedName><normalisedName/>
        <type>Demonym</type><modifierType/><nonLocational>No</nonLocational>
        <start>53</start><end>59</end>
      </toponym>
      <toponym>
        <extractedName>towns</extractedName><normalisedName/>
        <type>Literal_Expression</type><modifierType/><nonLocational>Yes</nonLocational>
        <start>60</start><end>65</end>
      </toponym>
      <toponym>
        <extractedName>Test</extractedName><normalisedName/>
        <type>Literal</type><modifierType/><nonLocational>No</nonLocational>
        <start>-12</start><end>-8</end>
      </toponym>
    </toponyms>
  </article>
</articles>
"""


@pytest.fixture(scope="module")
def article() -> object:
    (art,) = ev.parse_gwn(io.BytesIO(GWN_XML.encode("utf-8")))
    return art


def test_text_offsets_of_the_fixture_are_right() -> None:
    assert TEXT[13:19] == "Aleppo" and TEXT[21:27] == "Turkey" and TEXT[53:59] == "Syrian"


def test_parse_gwn_reads_child_element_fields(article: object) -> None:
    first = article.annotations[0]
    assert article.id == "7"
    assert article.text == TEXT
    assert (first.start, first.end, first.name, first.type) == (13, 19, "Aleppo", "Literal")
    assert first.geonames_id == "170063"
    assert first.latitude == pytest.approx(36.20124)
    assert article.annotations[2].geonames_id is None  # empty <geonamesID/>
    assert article.annotations[3].latitude is None  # no coordinates at all


def test_parse_gwn_reads_fields_given_as_attributes() -> None:
    xml = (
        '<articles><article file="1"><title>t</title><text>In Paris.</text><toponyms>'
        '<toponym extractedName="Paris" type="Literal" nonLocational="No" start="3" end="8"'
        ' latitude="48.85" longitude="2.35"/></toponyms></article></articles>'
    )
    (art,) = ev.parse_gwn(io.BytesIO(xml.encode()))
    (ann,) = art.annotations
    assert (ann.span, ann.type, ann.latitude, ann.geonames_id) == ((3, 8), "Literal", 48.85, None)


def test_parse_gwn_drops_spans_that_do_not_reproduce_their_name(article: object) -> None:
    assert article.dropped == ("Test",)  # negative offsets point into the title
    assert len(article.annotations) == 6


def test_nonlocational_flag_is_parsed(article: object) -> None:
    assert [a.non_locational for a in article.annotations] == [False] * 5 + [True]


def test_gold_spans_keep_literal_and_associative_place_names_only(article: object) -> None:
    # Demonym, Non_Toponym and the non-locational expression are not toponyms.
    assert ev.gold_spans(article) == [(13, 19), (21, 27), (37, 43)]
    assert ev.gold_spans(article, ev.LITERAL_TYPES) == [(13, 19), (37, 43)]


def test_nonlocational_span_is_never_gold_whatever_its_type() -> None:
    ann = ev.Annotation(0, 5, "Paris", "Literal", "", True, None, None, None)
    assert not ev.is_gold(ann)


def test_gold_points_are_gold_spans_with_coordinates(article: object) -> None:
    assert [p.span for p in ev.gold_points(article)] == [(13, 19), (21, 27), (37, 43)]


def test_chosen_type_sets_are_disjoint() -> None:
    assert not set(ev.GOLD_TYPES) & set(ev.EXCLUDED_TYPES)
    assert {"Demonym", "Homonym", "Embedded_Non_Lit", "Non_Lit_Expression"} <= set(
        ev.EXCLUDED_TYPES
    )


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        ((0, 5), (0, 5), True, "equal spans"),
        ((0, 5), (4, 9), True, "one shared character"),
        ((0, 5), (5, 9), False, "touching half-open spans share nothing"),
        ((2, 3), (0, 9), True, "inside"),
        ((0, 2), (3, 9), False, "apart"),
    ],
)
def test_overlaps(a: tuple[int, int], b: tuple[int, int], expected: bool, reason: str) -> None:
    assert ev.overlaps(a, b) is expected, reason


def test_exact_score_counts_equal_spans_only() -> None:
    s = ev.score_exact([(0, 5), (10, 20), (30, 31)], [(0, 5), (10, 15)])
    assert (s.predicted, s.gold, s.predicted_right, s.gold_found) == (3, 2, 1, 1)
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_lenient_score_counts_overlaps_on_each_side() -> None:
    # One long prediction covers two gold spans: one right prediction, two gold found.
    s = ev.score_lenient([(0, 20), (40, 45)], [(0, 5), (10, 15), (30, 35)])
    assert (s.predicted_right, s.gold_found) == (1, 2)
    assert (s.precision, s.recall) == (pytest.approx(0.5), pytest.approx(2 / 3))


def test_scores_add_up_across_articles_as_a_micro_average() -> None:
    total = ev.score_exact([(0, 1)], [(0, 1)]) + ev.score_exact([(0, 1), (2, 3)], [(5, 6)])
    assert (total.predicted, total.gold, total.predicted_right) == (3, 2, 1)


def test_empty_predictions_give_nan_precision_not_an_error() -> None:
    s = ev.score_exact([], [(0, 1)])
    assert math.isnan(s.precision) and s.recall == 0.0 and math.isnan(s.f1)


def test_no_right_prediction_gives_f1_zero() -> None:
    assert ev.score_exact([(0, 1)], [(5, 6)]).f1 == 0.0


@pytest.mark.parametrize(
    ("a", "b", "km", "reason"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0, "same point"),
        ((0.0, 0.0), (0.0, 1.0), 111.195, "one degree of the equator"),
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.6, "London to Paris"),
        ((0.0, 0.0), (0.0, 180.0), 20015.1, "antipodes, under the 20,039 km cap"),
    ],
)
def test_great_circle_km(
    a: tuple[float, float], b: tuple[float, float], km: float, reason: str
) -> None:
    assert ev.great_circle_km(*a, *b) == pytest.approx(km, abs=0.5), reason


def test_auc_is_zero_for_perfect_and_one_for_maximal_errors() -> None:
    assert ev.log_error_auc([0.0, 0.0]) == 0.0
    assert ev.log_error_auc([ev.MAX_ERROR_KM] * 3) == pytest.approx(1.0)


def test_auc_is_the_mean_normalised_log_error() -> None:
    errors = [0.0, 160.0, 20039.0]
    expected = sum(math.log(1 + e) for e in errors) / (3 * math.log(1 + 20039))
    assert ev.log_error_auc(errors) == pytest.approx(expected)


def test_auc_caps_errors_at_the_maximum() -> None:
    assert ev.log_error_auc([1e6]) == pytest.approx(1.0)


def test_auc_of_nothing_is_nan() -> None:
    assert math.isnan(ev.log_error_auc([]))


def test_error_summary_counts_unresolved_as_maximal_misses() -> None:
    s = ev.error_summary([0.0, 161.0, 162.0, ev.MAX_ERROR_KM])
    assert s["n"] == 4
    assert s["acc161"] == 0.5  # 161 km is within; 162 km and the miss are not
    assert s["median_km"] == pytest.approx(161.5)
    assert s["mean_km"] == pytest.approx((161.0 + 162.0 + 20039.0) / 4)


class _Top:
    """The fields of a Toponym that name_span reads."""

    def __init__(self, start: int, end: int, text: str, name: str) -> None:
        self.start, self.end, self.text, self.name = start, end, text, name


@pytest.mark.parametrize(
    ("top", "span", "reason"),
    [
        (_Top(10, 15, "Mosul", "Mosul"), (10, 15), "plain name: the toponym's own span"),
        (
            _Top(0, 25, "20 km south of Mosul", "Mosul"),
            (20, 25),
            "relative expression: the name at the end",
        ),
        (_Top(3, 8, "Paris", ""), (3, 8), "no name: the toponym's span"),
    ],
)
def test_name_span(top: _Top, span: tuple[int, int], reason: str) -> None:
    assert ev.name_span(top) == span, reason


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("Russian", True, "a country's adjective"),
        ("North Korean", True, "a two-word adjective"),
        ("European", True, "an area's adjective"),
        ("Russia", False, "the country's name"),
        ("Iran", False, "a name that ends like an adjective"),
        ("Aleppo", False, "a town"),
    ],
)
def test_is_adjectival_tells_adjectives_from_names(name: str, expected: bool, reason: str) -> None:
    assert ev.is_adjectival(name, ev.country_adjectives()) is expected, reason


def test_names_only_gold_set_leaves_out_adjectival_modifiers() -> None:
    text = "Russian jets struck Aleppo."
    art = ev.Article(
        "x",
        "",
        text,
        (
            ev.Annotation(0, 7, "Russian", "Non_Literal_Modifier", "", False, None, None, None),
            ev.Annotation(20, 26, "Aleppo", "Literal", "", False, "170063", 36.2, 37.16),
        ),
        (),
    )
    assert ev.gold_spans(art) == [(0, 7), (20, 26)]
    assert ev.gold_spans(art, without=ev.country_adjectives()) == [(20, 26)]
