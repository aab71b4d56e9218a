"""Country and province outlines: the bundled ones, or the user's own once imported.

Bundled (geo/data/boundaries/, rebuilt by geo/build_boundaries.py, sources in
assets/SOURCES.md): the world's countries from Natural Earth 1:50m and the provinces of 34
countries from Natural Earth 1:10m, clipped to those countries.

Each unit has a `covers` column: the ISO 3166-2 codes (ISO3 for countries) whose places it
stands for. It is the unit's own code except where the shapes are older than the codes: DR
Congo's outlines are the 11 provinces of before 2015, so "Orientale" covers Ituri (CD-IT),
Tshopo, Bas-Uele and Haut-Uele. A place is attributed to a province by its gazetteer code
and drawn in the unit that covers that code, never placed by point-in-polygon.

User boundaries (`displacement geo import`) live in `user_dir()`; for the countries they
cover they replace the bundled units.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.geometry import CRS

BUNDLED = Path(__file__).resolve().parent / "data" / "boundaries"
LEVELS = ("admin0", "admin1")
COLUMNS = ["boundary_id", "name", "iso3", "admin1", "level", "covers", "geometry"]

# Legend text for maps that draw the bundled DR Congo provinces.
ADMIN1_NOTE = (
    "DR Congo provinces drawn with the 11 pre-2015 outlines (Natural Earth): the 26 current "
    "provinces are counted by their own codes and shown in the former province containing "
    "them, e.g. Ituri, Tshopo, Bas-Uele and Haut-Uele in Orientale."
)


def user_dir() -> Path:
    """Where imported boundaries are kept: $DISPLACEMENT_DATA/boundaries, else
    $XDG_DATA_HOME/displacement/boundaries (~/.local/share/displacement/boundaries)."""
    if os.environ.get("DISPLACEMENT_DATA"):
        return Path(os.environ["DISPLACEMENT_DATA"]) / "boundaries"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "displacement" / "boundaries"


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")


@lru_cache(maxsize=4)
def _read(path: str, mtime: float) -> gpd.GeoDataFrame:
    # mtime is part of the cache key so that a new import is seen by a running process.
    gdf = gpd.read_parquet(path)
    return gdf.to_crs(CRS) if gdf.crs is not None else gdf.set_crs(CRS)


def _load(path: Path) -> gpd.GeoDataFrame | None:
    if not path.exists():
        return None
    return _read(str(path), path.stat().st_mtime).copy()


def bundled(level: str = "admin1") -> gpd.GeoDataFrame:
    _check_level(level)
    return _load(BUNDLED / f"{level}.parquet")


def imported(level: str = "admin1") -> gpd.GeoDataFrame | None:
    _check_level(level)
    return _load(user_dir() / f"{level}.parquet")


def boundaries(level: str = "admin1", iso3: list[str] | None = None) -> gpd.GeoDataFrame:
    """Units of `level`, the user's imported units replacing the bundled ones country by
    country. Columns: boundary_id, name, iso3, admin1, level, covers, geometry (EPSG:4326)."""
    gdf = bundled(level)
    user = imported(level)
    if user is not None and len(user):
        gdf = gdf[~gdf["iso3"].isin(set(user["iso3"]))]
        gdf = pd.concat([user[COLUMNS], gdf[COLUMNS]], ignore_index=True)
    if iso3:
        gdf = gdf[gdf["iso3"].isin(iso3)]
    gdf = gpd.GeoDataFrame(gdf[COLUMNS], geometry="geometry", crs=CRS)
    return gdf.sort_values("boundary_id").reset_index(drop=True)


def code_to_unit(units: gpd.GeoDataFrame) -> dict[str, str]:
    """{ISO code: boundary_id of the unit that draws it}, from the `covers` column."""
    out: dict[str, str] = {}
    for bid, covers in zip(units["boundary_id"], units["covers"], strict=True):
        for code in str(covers or bid).split("|"):
            if code:
                out.setdefault(code, bid)
    return out


def note(units: gpd.GeoDataFrame) -> str:
    """ADMIN1_NOTE when the units include the bundled former DR Congo provinces, else ""."""
    merged = units["covers"].fillna("").str.contains("|", regex=False)
    return ADMIN1_NOTE if bool((merged & (units["iso3"] == "COD")).any()) else ""
