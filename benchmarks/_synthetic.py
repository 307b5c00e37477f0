"""Seeded synthetic incident tables for the render benchmark (not a benchmark itself).

Rows look like real coded incidents: places are populated places from the embedded
gazetteer in eight conflict-affected countries (weighted by population), event and
sub-event types follow ACLED's taxonomy with a realistic mix, actors are named as ACLED
names them, dates span two years with day/week/month precision, counts are skewed, and each
row has its own evidence sentence and source. Columns and dtypes are those of
:func:`mapper.to_geodataframe`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gazetteer.embedded import default_path
from gazetteer.store import Store
from mapper import INCIDENT_COLUMNS, EventType
from mapper.incident import SUB_EVENT_TYPES

__all__ = ["synthetic_incidents"]

COUNTRIES = {
    "IQ": "Iraq",
    "SY": "Syria",
    "YE": "Yemen",
    "UA": "Ukraine",
    "SD": "Sudan",
    "ML": "Mali",
    "MM": "Myanmar",
    "SO": "Somalia",
}
ACTORS = {
    "IQ": [
        "Military Forces of Iraq (2022-)",
        "Islamic State (Iraq)",
        "Popular Mobilization Forces",
        "Kataib Hezbollah",
        "Military Forces of Turkey (2016-)",
        "PKK: Kurdistan Workers Party",
    ],
    "SY": [
        "Military Forces of Syria (2000-2024)",
        "Hayat Tahrir al-Sham",
        "SDF: Syrian Democratic Forces",
        "Islamic State (Syria)",
        "Military Forces of Israel (2022-)",
        "Syrian National Army",
    ],
    "YE": [
        "Ansar Allah",
        "Military Forces of Yemen (2017-) Presidential Leadership Council",
        "Southern Transitional Council",
        "AQAP: Al Qaeda in the Arabian Peninsula",
        "Military Forces of the United States (2021-)",
    ],
    "UA": [
        "Military Forces of Russia (2000-)",
        "Military Forces of Ukraine (2019-)",
        "Wagner Group",
    ],
    "SD": [
        "Military Forces of Sudan (2019-)",
        "RSF: Rapid Support Forces",
        "SPLM-N: Sudan People's Liberation Movement-North",
        "Arab Ethnic Militia (Sudan)",
    ],
    "ML": [
        "Military Forces of Mali (2021-)",
        "JNIM: Group for Support of Islam and Muslims",
        "Islamic State (Sahel)",
        "Wagner Group",
        "CSP-PSD",
    ],
    "MM": [
        "Military Forces of Myanmar (2021-)",
        "PDF: People's Defense Force",
        "AA: Arakan Army",
        "KIA: Kachin Independence Army",
        "TNLA: Ta'ang National Liberation Army",
    ],
    "SO": [
        "Al Shabaab",
        "Military Forces of Somalia (2022-)",
        "ATMIS: African Union Transition Mission in Somalia",
        "Islamic State (Somalia)",
    ],
}
OUTLETS = [
    "Reuters",
    "AFP",
    "Al Jazeera",
    "BBC Monitoring",
    "Associated Press",
    "Kurdistan24",
    "Kyiv Independent",
    "Sudan Tribune",
    "The Irrawaddy",
    "Garowe Online",
    "local media",
]
TYPE_SHARE = {
    EventType.BATTLES: 0.30,
    EventType.EXPLOSIONS: 0.34,
    EventType.VIOLENCE_AGAINST_CIVILIANS: 0.15,
    EventType.PROTESTS: 0.12,
    EventType.RIOTS: 0.04,
    EventType.STRATEGIC_DEVELOPMENTS: 0.05,
}
VERBS = {
    EventType.BATTLES: "clashed with",
    EventType.EXPLOSIONS: "struck positions of",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "attacked",
    EventType.PROTESTS: "demonstrated against",
    EventType.RIOTS: "rioted against",
    EventType.STRATEGIC_DEVELOPMENTS: "reported a development involving",
}
WHERE = ["in", "on the outskirts of", "near", "in villages around", "south of", "east of"]
TIMES = [
    "on Monday",
    "on Tuesday",
    "overnight",
    "early on Friday",
    "late on Saturday",
    "on Wednesday morning",
    "on Sunday",
]


def _places() -> pd.DataFrame:
    store = Store(default_path())
    try:
        codes = ",".join("?" * len(COUNTRIES))
        places = store.places_where(
            f"fclass = 'P' AND cc IN ({codes}) AND population >= 1000", list(COUNTRIES)
        )
    finally:
        store.close()
    frame = pd.DataFrame(
        [
            (p.id, p.name, p.latitude, p.longitude, p.country_code, p.admin1_name, p.population)
            for p in places
        ],
        columns=["id", "name", "lat", "lon", "cc", "admin1", "pop"],
    )
    return frame.sort_values("id").reset_index(drop=True)


def synthetic_incidents(n: int, seed: int = 5):
    """A GeoDataFrame of *n* realistic synthetic incidents (same seed, same rows)."""
    import geopandas

    rng = np.random.default_rng(seed)
    places = _places()
    weights = np.sqrt(places["pop"].to_numpy("float64"))
    pick = rng.choice(len(places), size=n, p=weights / weights.sum())
    place = places.iloc[pick].reset_index(drop=True)
    types = list(TYPE_SHARE)
    tcode = rng.choice(len(types), size=n, p=np.array(list(TYPE_SHARE.values())))
    event_type = np.array([str(t) for t in types], dtype=object)[tcode]
    sub = np.empty(n, dtype=object)
    for k, t in enumerate(types):
        where = tcode == k
        sub[where] = rng.choice(np.array(SUB_EVENT_TYPES[t], dtype=object), size=where.sum())
    actor1 = np.empty(n, dtype=object)
    actor2 = np.empty(n, dtype=object)
    for cc, names in ACTORS.items():
        where = (place["cc"] == cc).to_numpy()
        m = int(where.sum())
        a = rng.integers(0, len(names), size=m)
        b = (a + rng.integers(1, len(names), size=m)) % len(names)
        actor1[where] = np.array(names, dtype=object)[a]
        actor2[where] = np.array(names, dtype=object)[b]
    civilians = np.array([f"Civilians ({COUNTRIES[c]})" for c in place["cc"]], dtype=object)
    protesters = np.array([f"Protesters ({COUNTRIES[c]})" for c in place["cc"]], dtype=object)
    vac = event_type == str(EventType.VIOLENCE_AGAINST_CIVILIANS)
    actor2[vac] = civilians[vac]
    demo = np.isin(event_type, [str(EventType.PROTESTS), str(EventType.RIOTS)])
    actor1[demo] = protesters[demo]
    actor2[demo & (rng.random(n) < 0.7)] = None

    precision = rng.choice([1, 2, 3, 4], size=n, p=[0.70, 0.18, 0.10, 0.02])
    lat = place["lat"].to_numpy("float64").copy()
    lon = place["lon"].to_numpy("float64").copy()
    near = precision == 2
    lat[near] += rng.normal(0, 0.03, near.sum())
    lon[near] += rng.normal(0, 0.03, near.sum())
    country = np.array([COUNTRIES[c] for c in place["cc"]], dtype=object)
    admin1 = place["admin1"].to_numpy(dtype=object)
    name = place["name"].to_numpy(dtype=object)
    where_word = np.array(WHERE, dtype=object)[rng.integers(0, len(WHERE), n)]
    location = np.where(
        precision == 1,
        name,
        np.where(
            precision == 2, where_word + " " + name, np.where(precision == 3, admin1, country)
        ),
    )
    start = np.datetime64("2023-01-01")
    day = start + rng.integers(0, 731, size=n).astype("timedelta64[D]")
    dprec = rng.choice(["day", "week", "month"], size=n, p=[0.85, 0.10, 0.05])
    lethal = ~demo & (event_type != str(EventType.STRATEGIC_DEVELOPMENTS))
    fatalities = np.where(lethal, rng.geometric(0.35, n) - 1, 0)
    ranged = lethal & (rng.random(n) < 0.12)
    fatalities_high = np.where(ranged, fatalities + rng.integers(1, 20, n), fatalities)
    injuries = np.where(rng.random(n) < 0.4, rng.geometric(0.25, n) - 1, 0)
    outlet = np.array(OUTLETS, dtype=object)[rng.integers(0, len(OUTLETS), n)]
    ids = np.array([f"{c}{k + 1:06d}" for k, c in enumerate(place["cc"])], dtype=object)
    times = np.array(TIMES, dtype=object)[rng.integers(0, len(TIMES), n)]
    notes = [
        f"{a1} {VERBS[types[t]]} {a2 or 'crowds'} {w} {p} {tm}, leaving {f} dead and {i}"
        f" wounded, according to {o} ({pd.Timestamp(d).strftime('%d %B %Y')})."
        for a1, t, a2, w, p, tm, f, i, o, d in zip(
            actor1,
            tcode,
            actor2,
            where_word,
            name,
            times,
            fatalities,
            injuries,
            outlet,
            day,
            strict=True,
        )
    ]
    frame = pd.DataFrame(
        {
            "event_id_cnty": ids,
            "event_date": pd.to_datetime(day),
            "time_precision": pd.array(
                np.select([dprec == "day", dprec == "week"], [1, 2], 3), dtype="Int64"
            ),
            "date_precision": dprec,
            "event_type": event_type,
            "sub_event_type": sub,
            "actor1": actor1,
            "actor2": actor2,
            "country": country,
            "country_code": place["cc"].to_numpy(dtype=object),
            "admin1": admin1,
            "location": location,
            "place_id": place["id"].to_numpy(dtype=object),
            "place_name": name,
            "latitude": lat,
            "longitude": lon,
            "geo_precision": pd.array(precision, dtype="Int64"),
            "fatalities": pd.array(fatalities, dtype="Int64"),
            "fatalities_high": pd.array(fatalities_high, dtype="Int64"),
            "injuries": pd.array(injuries, dtype="Int64"),
            "injuries_high": pd.array(injuries, dtype="Int64"),
            "source": outlet,
            "source_url": [
                f"https://news.example.org/{o.lower().replace(' ', '-')}/{i}"
                for o, i in zip(outlet, ids, strict=True)
            ],
            "source_published": pd.to_datetime(
                day + rng.integers(0, 3, n).astype("timedelta64[D]")
            ),
            "source_id": ids,
            "n_sources": rng.choice([1, 1, 1, 2, 3], size=n),
            "notes": notes,
            "evidence_start": rng.integers(0, 2000, n),
            "evidence_end": rng.integers(2100, 4000, n),
            "confidence": np.round(rng.uniform(0.4, 0.95, n), 2),
        },
        columns=list(INCIDENT_COLUMNS),
    )
    return geopandas.GeoDataFrame(
        frame, geometry=geopandas.points_from_xy(lon, lat), crs="EPSG:4326"
    )
