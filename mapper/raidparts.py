"""Burning and looting told as part of a raid already coded: one event, not two.

A report of a raid often goes on, in a later sentence or a witness's quote, to say what
the raiders did there: "they burned the market stalls before leaving", "the attackers set
fire to a bank and checked passengers' identity cards". ACLED codes the raid once; the
burning is part of it. The extractor reads such a sentence as *Strategic developments /
Looting/property destruction* of its own, at the raid's place (:mod:`mapper.extract`
gives aftermath sentences the place of the incident before them).

Such an incident is dropped when an armed event (a battle, an attack on civilians, a
strike) is coded before it in the same report, at the same place and on the same day.
Looting on another day is a new event ("the gang came back on Sunday and looted the
health centre") and is kept, as is looting at a place of its own. So is looting after a
town is taken ("seized the city ... fighters went from house to house taking cars"):
the occupiers' conduct in a town they hold, not the fight that won it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incident import EventType, Incident

__all__ = ["drop_raid_parts"]

LOOTING = "Looting/property destruction"
_ARMED_EVENTS = frozenset(
    {EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS}
)


_TAKEOVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _where(incident: Incident) -> str | None:
    if incident.latitude is None:
        return None  # an unlocated report cannot be told to be at the raid's place
    return incident.place_id or incident.location.casefold()


def _part_of(raid: Incident, loot: Incident) -> bool:
    """True when *loot* happened at *raid*'s place on *raid*'s day, told after it."""
    return (
        raid.event_type in _ARMED_EVENTS
        and raid.sub_event_type not in _TAKEOVERS
        and raid.evidence.start < loot.evidence.start
        and raid.event_date is not None
        and raid.event_date == loot.event_date
        and _where(raid) is not None
        and _where(raid) == _where(loot)
    )


def drop_raid_parts(incidents: Sequence[Incident]) -> list[Incident]:
    """*incidents* without the looting or burning that is part of a raid coded before it.

    Parameters
    ----------
    incidents : sequence of Incident
        One report's incidents, in the order they were told.

    Returns
    -------
    list of Incident
        The same incidents, less each *Strategic developments / Looting/property
        destruction* incident at the place and on the day of an earlier battle, attack
        or strike in the report.
    """
    return [
        i
        for i in incidents
        if i.event_type is not EventType.STRATEGIC_DEVELOPMENTS
        or i.sub_event_type != LOOTING
        or not any(_part_of(raid, i) for raid in incidents if raid is not i)
    ]
