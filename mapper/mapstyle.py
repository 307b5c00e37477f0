"""How each event type looks on the map: a colour and a symbol shape."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .incident import EventType

__all__ = ["EVENT_STYLES", "SHAPES", "TypeStyle", "type_styles"]

SHAPES: tuple[str, ...] = (
    "circle",
    "triangle",
    "diamond",
    "square",
    "pentagon",
    "cross",
    "star",
    "hexagon",
)
"""Symbol shapes the browser layer can draw."""


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """The legend entry of one event type."""

    name: str
    color: str
    shape: str


EVENT_STYLES: dict[str, TypeStyle] = {
    str(t): TypeStyle(str(t), color, shape)
    for t, color, shape in (
        (EventType.BATTLES, "#c62828", "circle"),
        (EventType.EXPLOSIONS, "#ef6c00", "star"),
        (EventType.VIOLENCE_AGAINST_CIVILIANS, "#6a1b9a", "diamond"),
        (EventType.PROTESTS, "#1565c0", "square"),
        (EventType.RIOTS, "#795548", "triangle"),
        (EventType.STRATEGIC_DEVELOPMENTS, "#2e7d32", "pentagon"),
    )
}
"""ACLED's six event types, in ACLED's order."""

_PALETTE = ("#00838f", "#ad1457", "#5d4037", "#546e7a", "#9e9d24", "#283593", "#d84315")
_OTHER_SHAPES = ("hexagon", "cross", "triangle", "square", "diamond", "circle", "star")


def type_styles(
    names: Iterable[str], overrides: Mapping[str, str] | None = None
) -> list[TypeStyle]:
    """Legend entries for the event types present: ACLED's first, in ACLED's order.

    Other names follow in the order given, with colours and shapes from a fixed cycle.
    *overrides* maps a type name to a CSS colour of the caller's choosing.
    """
    present = list(dict.fromkeys(names))
    styles = [s for name, s in EVENT_STYLES.items() if name in present]
    others = [n for n in present if n not in EVENT_STYLES]
    for k, name in enumerate(others):
        styles.append(
            TypeStyle(name, _PALETTE[k % len(_PALETTE)], _OTHER_SHAPES[k % len(_OTHER_SHAPES)])
        )
    if overrides:
        styles = [TypeStyle(s.name, overrides.get(s.name, s.color), s.shape) for s in styles]
    return styles
