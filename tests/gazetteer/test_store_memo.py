"""The store's memo of answers per key, and the country table kept per file."""

from __future__ import annotations

from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.model import Place, PlaceRecord
from gazetteer.normalize import name_key
from gazetteer.store import Builder, Store


def _build(target: Path, places: list[Place]) -> Path:
    with Builder(target, workers=1) as b:
        b.add([PlaceRecord(p, ()) for p in places])
        b.commit()
    return target


def _town(pid: str, name: str, cc: str = "NG") -> Place:
    return Place(pid, name, 10.5, 7.4, "P", "PPL", cc)


def _country(pid: str, name: str, cc: str) -> Place:
    return Place(pid, name, 9.0, 8.0, "A", "PCLI", cc)


def test_known_keys_mixes_remembered_and_new_keys_like_a_fresh_store(tmp_path: Path) -> None:
    path = _build(tmp_path / "g.sqlite", [_town("t:1", "Kafanchan"), _town("t:2", "Zonkwa")])
    store = Store(path)
    kafanchan, zonkwa, nowhere = (name_key(n) for n in ("Kafanchan", "Zonkwa", "Qwertyville"))
    assert store.known_keys([kafanchan, nowhere]) == {kafanchan}
    # Two keys answered before (one known, one not) and one new, in another order.
    second = store.known_keys(iter([nowhere, zonkwa, kafanchan]))
    assert second == Store(path).known_keys([nowhere, zonkwa, kafanchan]) == {kafanchan, zonkwa}


def test_names_for_key_hands_out_a_new_list_each_time(tmp_path: Path) -> None:
    store = Store(_build(tmp_path / "g.sqlite", [_town("t:1", "Kafanchan")]))
    first = store.names_for_key(name_key("Kafanchan"))
    first.clear()  # a caller's change to its list must not reach the next caller
    assert [p.id for p, _, _ in store.names_for_key(name_key("Kafanchan"))] == ["t:1"]
    assert store.names_for_key(name_key("Kafanchan"), country="GH") == []


def test_a_file_rebuilt_in_place_gets_its_own_country_table(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    _build(target, [_country("c:ng", "Nigeria", "NG")])
    assert set(Gazetteer.open(target).countries()) == {"NG"}
    target.unlink()
    _build(target, [_country("c:ng", "Nigeria", "NG"), _country("c:gh", "Ghana", "GH")])
    assert set(Gazetteer.open(target).countries()) == {"NG", "GH"}
