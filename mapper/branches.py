"""Local branches of transnational groups, by the country an incident happens in.

Reports often name a group by its parent organisation ("Islamic State-linked
insurgents", "fighters linked to al-Qaeda"), while ACLED codes the branch active in the
country: the Islamic State in Cabo Delgado is "Islamic State Mozambique Province", al-Qaeda
in Mali or Burkina Faso is JNIM, in Somalia al-Shabaab. The table is data,
``mapper/data/branches.csv`` (``parent,country_code,branch``), not code.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

from .errors import InputError

__all__ = ["local_branch"]


def local_branch(name: str, country_code: str | None) -> str | None:
    """The branch of the group *name* that operates in *country_code*, or None.

    Parameters
    ----------
    name : str
        An actor's canonical name ("Islamic State").
    country_code : str or None
        ISO 3166-1 alpha-2 code of the incident's country.

    Returns
    -------
    str or None
        The branch's canonical name, or None when the table names no branch there.

    Examples
    --------
    >>> local_branch("al-Qaeda", "ML")
    'JNIM: Group for Support of Islam and Muslims'
    >>> local_branch("Islamic State", "IQ") is None
    True
    """
    if not country_code:
        return None
    return _table().get((name, country_code.upper()))


@functools.cache
def _table() -> dict[tuple[str, str], str]:
    source = "mapper/data/branches.csv"
    text = resources.files("mapper").joinpath("data/branches.csv").read_text("utf-8")
    reader = csv.DictReader(io.StringIO(text))
    out: dict[tuple[str, str], str] = {}
    for row in reader:
        parent, code, branch = (
            (row.get(key) or "").strip() for key in ("parent", "country_code", "branch")
        )
        if not (parent and len(code) == 2 and branch):
            raise InputError(f"{source}:{reader.line_num}: incomplete row {row!r}")
        out[(parent, code.upper())] = branch
    return out
