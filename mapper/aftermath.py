"""Damage an attack's own fighters do: part of the attack, not an event of its own.

Raiders burn stalls, set fire to a bank, make off with cattle: "Militants raided the
village of X overnight, killing four ... They burned the market stalls before leaving".
An ACLED coder codes the raid once; the burning and looting done by the same attackers,
at the same place on the same day, are what the raid did. Looting told on another day
("the gang came back on Sunday and looted the health centre") is a new event and kept,
and so is looting after a town is taken ("seized X ... shops were ransacked"): an
occupation lasts, and what the occupiers take is coded of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incident import EventType, Incident

__all__ = ["drop_raid_damage"]

_VIOLENT = frozenset(
    {EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS}
)


def _damage(incident: Incident) -> bool:
    return (
        incident.event_type is EventType.STRATEGIC_DEVELOPMENTS
        and incident.sub_event_type == "Looting/property destruction"
    )


def drop_raid_damage(incidents: Sequence[Incident]) -> list[Incident]:
    """*incidents* less looting or property destruction at the place and on the day of a
    violent incident of the same report.

    Parameters
    ----------
    incidents : sequence of Incident
        One report's incidents.

    Returns
    -------
    list of Incident
        The incidents, without the damage that belongs to an attack.
    """
    if not any(_damage(i) for i in incidents):
        return list(incidents)
    attacks = {
        (i.place_id, i.event_date)
        for i in incidents
        if i.event_type in _VIOLENT
        and "territory" not in i.sub_event_type
        and i.place_id is not None
        and i.event_date is not None
    }
    return [i for i in incidents if not (_damage(i) and (i.place_id, i.event_date) in attacks)]
