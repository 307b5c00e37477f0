"""A learned score for extracted incidents: how likely each one is a real, codable event.

The rules of :func:`mapper.extract_incidents` code every event cue they can place. Many
of those incidents are spurious on unseen copy (background events, regions, threats). A
small logistic regression over general features of each incident and of its document
(event type, geo precision, where the place was named, tolls, speech verbs, modals,
dates, how many incidents the document gave) turns the rules' output into a probability,
stored in :attr:`Incident.confidence`. The weights live in
``mapper/data/incident_scorer.json`` and are regenerated from the current rules by
``benchmarks/train_scorer.py --write``.

Every feature is read from the incidents and the text alone: no place name, id or word
of a particular dispatch enters the model.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

from .errors import MapperError
from .incident import SUB_EVENT_TYPES, DatePrecision, EventType, Incident, Span

__all__ = [
    "FEATURES",
    "IncidentScorer",
    "ScorerError",
    "default_scorer",
    "incident_features",
    "rescore",
]

_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|according to|claimed|claims|announced|stated|"
    r"reported|reports|alleged|accused|warned|denied|quoted)\b|[\"“”]"
)
"""Reported speech: the event is someone's account (still often a real event)."""
_NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|without|neither|nor)\b|n't\b")
_MODAL = re.compile(
    r"\b(?:would|could|might|may|will|shall|should|plans? to|planned|threaten(?:s|ed)?|"
    r"vow(?:s|ed)?|intend(?:s|ed)?|expected to|feared|risk of|if)\b"
)
"""Possible, planned or threatened events rather than events that happened. The three
patterns are matched against the lower-cased sentence, once per sentence."""
_BACKGROUND_DAYS = 7


def _sub_types() -> tuple[str, ...]:
    return tuple(f"sub:{s}" for t in EventType for s in SUB_EVENT_TYPES[t])


FEATURES: tuple[str, ...] = (
    *(f"type:{t.value}" for t in EventType),
    *_sub_types(),
    "precision:1",
    "precision:2",
    "precision:3",
    "precision:4",
    "precision:none",
    "in headline",
    "place in event sentence",
    "place in another sentence",
    "place not named",
    "sentence position",
    "first body sentence",
    "date in sentence",
    "date precision day",
    "no event date",
    "background date",
    "fatalities given",
    "injuries given",
    "speech",
    "negation",
    "modal",
    "incidents in document (log)",
    "incidents in sentence (log)",
    "finer incident of same event",
    "coarser incident of same event",
    "in focus country",
    "actor1 named",
    "actor1 unidentified",
    "actor2 named",
    "rule confidence",
)
"""The names of the features, in the order of :func:`incident_features`."""


class ScorerError(MapperError, ValueError):
    """A weights file that cannot be used: unreadable, or a value of the wrong kind."""


def _first_line_end(text: str) -> int:
    """The end of the headline (the first non-empty line), or -1 for a one-line text."""
    return text.find("\n", len(text) - len(text.lstrip()))


def _focus_country(incidents: Sequence[Incident]) -> str | None:
    """The country most incidents of the document are in (ties: the first named)."""
    counts = Counter(i.country_code for i in incidents if i.country_code)
    if not counts:
        return None
    best = max(counts.values())
    return next(i.country_code for i in incidents if counts.get(i.country_code or "") == best)


def _published(incident: Incident) -> date | None:
    return incident.sources[0].published if incident.sources else None


def incident_features(text: str, incidents: Sequence[Incident]) -> list[dict[str, float]]:
    """The features of each incident of one document, as name -> value.

    Parameters
    ----------
    text : str
        The document the incidents were extracted from.
    incidents : sequence of Incident
        Every incident extracted from it, as :func:`mapper.extract_incidents` returns them.

    Returns
    -------
    list of dict
        One mapping per incident, keys from :data:`FEATURES`; a feature that is off is
        absent (0).
    """
    headline_end = _first_line_end(text)
    focus = _focus_country(incidents)
    per_sentence = Counter(i.evidence for i in incidents)
    first_body = min(
        (i.evidence.start for i in incidents if i.evidence.start > headline_end >= 0),
        default=None,
    )
    size = max(len(text), 1)
    wording: dict[Span, tuple[float, float, float]] = {}
    out = []
    for inc in incidents:
        f: dict[str, float] = {
            f"type:{inc.event_type}": 1.0,
            f"sub:{inc.sub_event_type}": 1.0,
        }
        prec = "none" if inc.geo_precision is None else str(int(inc.geo_precision))
        f[f"precision:{prec}"] = 1.0
        sentence = inc.evidence
        f["in headline"] = float(headline_end < 0 or sentence.start < headline_end)
        where = inc.evidence_for("location")
        if where is None:
            f["place not named"] = 1.0
        elif sentence.start <= where.start < sentence.end:
            f["place in event sentence"] = 1.0
        else:
            f["place in another sentence"] = 1.0
        f["sentence position"] = sentence.start / size
        f["first body sentence"] = float(sentence.start == first_body)
        when = inc.evidence_for("event_date")
        f["date in sentence"] = float(
            when is not None and sentence.start <= when.start < sentence.end
        )
        f["date precision day"] = float(inc.date_precision is DatePrecision.DAY)
        pub = _published(inc)
        if inc.event_date is None:
            f["no event date"] = 1.0
        elif pub is not None and (pub - inc.event_date).days > _BACKGROUND_DAYS:
            f["background date"] = 1.0
        f["fatalities given"] = float(inc.fatalities is not None and inc.fatalities.low > 0)
        f["injuries given"] = float(inc.injuries is not None and inc.injuries.low > 0)
        if sentence not in wording:
            low = sentence.text.lower()
            wording[sentence] = tuple(
                float(p.search(low) is not None) for p in (_SPEECH, _NEGATION, _MODAL)
            )
        f["speech"], f["negation"], f["modal"] = wording[sentence]
        f["incidents in document (log)"] = math.log1p(len(incidents))
        f["incidents in sentence (log)"] = math.log1p(per_sentence[sentence])
        same = [
            o
            for o in incidents
            if o is not inc and o.evidence == sentence and o.event_type == inc.event_type
        ]
        mine = 5 if inc.geo_precision is None else int(inc.geo_precision)
        ranks = [5 if o.geo_precision is None else int(o.geo_precision) for o in same]
        f["finer incident of same event"] = float(any(r < mine for r in ranks))
        f["coarser incident of same event"] = float(any(r > mine for r in ranks))
        f["in focus country"] = float(focus is not None and inc.country_code == focus)
        unidentified = inc.actor1 is not None and inc.actor1.lower().startswith("unidentified")
        f["actor1 named"] = float(inc.actor1 is not None and not unidentified)
        f["actor1 unidentified"] = float(unidentified)
        f["actor2 named"] = float(inc.actor2 is not None)
        f["rule confidence"] = inc.confidence
        out.append({k: v for k, v in f.items() if k in _INDEX and v})
    return out


_INDEX = {name: n for n, name in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class IncidentScorer:
    """A logistic regression over :data:`FEATURES`, and whether it filters by default.

    Attributes
    ----------
    weights : mapping of str to float
        One weight per feature name; a feature without a weight counts 0.
    bias : float
        The intercept.
    threshold : float
        The probability below which :func:`rescore` drops an incident when *filter* is on
        (or when the caller asks for it).
    filter : bool
        Whether :func:`mapper.extract_incidents` drops incidents below *threshold* by
        default. The score fills :attr:`Incident.confidence` either way.
    model : str
        ``"logistic"``, or ``"rules"`` for a scorer that keeps the rules' own confidence
        (:meth:`rules_only`; the training script reads the rules' output this way).
    """

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    filter: bool = False
    model: str = "logistic"

    @classmethod
    def rules_only(cls) -> IncidentScorer:
        """A scorer that leaves each incident's confidence as the rules set it."""
        return cls({}, 0.0, 0.0, False, "rules")

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's probability that an incident with *features* is real, in (0, 1)."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def to_json(self) -> str:
        """The scorer as the JSON text of a weights file (keys sorted, stable)."""
        data = {
            "model": "logistic",
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "filter": self.filter,
            "weights": {k: round(self.weights[k], 6) for k in FEATURES if k in self.weights},
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str = "<string>") -> IncidentScorer:
        """Read a scorer from the JSON text of a weights file.

        Raises
        ------
        ScorerError
            Text that is not JSON, a missing key, an unknown feature, or a value that is
            not a finite number (or a threshold outside [0, 1]), naming *where* and the value.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ScorerError(f"{where}: not JSON ({e})") from None
        if not isinstance(data, dict):
            raise ScorerError(f"{where}: expected an object, got {type(data).__name__}")
        for key in ("bias", "threshold", "filter", "weights"):
            if key not in data:
                raise ScorerError(f"{where}: missing key {key!r}")
        if data.get("model", "logistic") != "logistic":
            raise ScorerError(f"{where}: unknown model {data['model']!r}")
        bias = _number(data["bias"], where, "bias")
        threshold = _number(data["threshold"], where, "threshold")
        if not 0.0 <= threshold <= 1.0:
            raise ScorerError(f"{where}: threshold {threshold!r} is outside [0, 1]")
        if not isinstance(data["filter"], bool):
            raise ScorerError(f"{where}: filter {data['filter']!r} is not true or false")
        if not isinstance(data["weights"], dict):
            raise ScorerError(f"{where}: weights must be an object of feature -> number")
        weights = {}
        for k, v in data["weights"].items():
            if k not in _INDEX:
                raise ScorerError(f"{where}: unknown feature {k!r} in weights")
            weights[k] = _number(v, where, f"weights[{k!r}]")
        return cls(weights, bias, threshold, data["filter"])

    @classmethod
    def load(cls, path: str | Path) -> IncidentScorer:
        """Read a weights file (see :meth:`from_json`)."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise ScorerError(f"{path}: cannot read ({e.strerror})") from None
        return cls.from_json(text, str(path))


def _number(value: object, where: str, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ScorerError(f"{where}: {name} {value!r} is not a finite number")
    return float(value)


_DEFAULT: list[IncidentScorer] = []


def default_scorer() -> IncidentScorer:
    """The scorer shipped in ``mapper/data/incident_scorer.json`` (read once)."""
    if not _DEFAULT:
        ref = resources.files("mapper").joinpath("data/incident_scorer.json")
        _DEFAULT.append(IncidentScorer.from_json(ref.read_text("utf-8"), str(ref)))
    return _DEFAULT[0]


def rescore(
    text: str,
    incidents: list[Incident],
    scorer: IncidentScorer,
    min_confidence: float | None = None,
    on_features: Callable[[Incident, dict[str, float]], None] | None = None,
) -> list[Incident]:
    """*incidents* with the scorer's probability as confidence, the unlikely ones dropped.

    Parameters
    ----------
    text : str
        The document.
    incidents : list of Incident
        Its incidents, as the rules coded them.
    scorer : IncidentScorer
    min_confidence : float, optional
        Drop incidents scored below it. Default: the scorer's threshold when its filter
        is on, else keep every incident.
    on_features : callable, optional
        Called with each incident (as the rules coded it) and its features; the training
        script reads them this way.

    Raises
    ------
    ValueError
        *min_confidence* outside 0-1.
    """
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    if not incidents:
        return incidents
    floor = (
        min_confidence
        if min_confidence is not None
        else (scorer.threshold if scorer.filter else 0.0)
    )
    if scorer.model == "rules" and on_features is None:
        return [i for i in incidents if i.confidence >= floor]
    out = []
    for inc, f in zip(incidents, incident_features(text, incidents), strict=True):
        if on_features is not None:
            on_features(inc, f)
        if scorer.model == "rules":
            scored = inc
        else:
            p = round(min(0.99, max(0.01, scorer.probability(f))), 3)
            scored = replace(inc, confidence=p)
        if scored.confidence >= floor:
            out.append(scored)
    return out
