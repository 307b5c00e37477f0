"""The words news uses for the wild ground around a town, in one place.

"in the hinterlands of Himamaylan", "the forests of Abujhmarh", "the hills of Ukhrul",
"the coast of Quissanga district": the ground named after a town is where an event at
it happened, as "the outskirts of X" is. Only words that take the town's name after "of"
belong here.
"""

from __future__ import annotations

__all__ = ["WILD_GROUND"]

WILD_GROUND = (
    r"(?:hinterlands?|forests?|jungles?|hills|mountains|foothills|interior|coast(?:line)?)"
)
"""A word for the wild ground or shore around a town, lower case. Matched case-insensitively by
its users."""
