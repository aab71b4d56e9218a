"""The map layers the dashboard draws, as GeoDataFrames (EPSG:4326), not figures.

    from geo.layers import layers, boundaries, totals, TOTALS_RULE, ADMIN1_NOTE
    frames = layers(figures, places)   # {"points", "admin1", "admin0", "flows"}

- boundaries(level, iso3): country (admin0) or province (admin1) outlines, imported ones
  first (geo/boundaries.py);
- figure_points(figures): one point per figure at its location;
- totals(figures, level): people per unit, category and measure, never double counted
  (TOTALS_RULE, geo/totals.py), joined to the unit's polygon;
- flow_lines(figures, places): origin -> destination lines;
- plotly_geojson, topojson_dir, configure_plotly_offline: for plotly (geo/plotly_maps.py).

Attribution of a figure to a unit is by its iso3 / admin1 codes, never by point-in-polygon.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from geo import boundaries as _bnd
from geo.boundaries import ADMIN1_NOTE
from geo.geometry import CRS, lines, points
from geo.plotly_maps import (
    configure_plotly_offline,
    plotly_feature,
    plotly_geojson,
    topojson_dir,
)
from geo.totals import INPUT_COLUMNS as TOTALS_INPUT_COLUMNS
from geo.totals import TOTALS_RULE, totals

__all__ = ["ADMIN1_NOTE", "TOTALS_INPUT_COLUMNS", "TOTALS_RULE", "boundaries",
           "configure_plotly_offline", "figure_points", "flow_ends", "flow_lines", "layers",
           "plotly_feature", "plotly_geojson", "topojson_dir", "totals"]

FLOW_COLUMNS = ["figure_id", "doc_id", "published", "origin", "destination",
                "origin_place_id", "destination_place_id", "value", "value_low", "value_high",
                "people_estimate", "category", "measure", "quote"]


def boundaries(level: str = "admin1", iso3: list[str] | None = None) -> gpd.GeoDataFrame:
    """Columns boundary_id (ISO 3166-2 for admin1, ISO3 for admin0), name, iso3, admin1
    ("" for admin0), level, covers (the codes the unit draws), geometry."""
    return _bnd.boundaries(level, iso3)


def figure_points(figures: pd.DataFrame) -> gpd.GeoDataFrame:
    """The figures with a Point at their location's lat/lon; figures with none dropped."""
    if len(figures) == 0 or "lat" not in figures or "lon" not in figures:
        return gpd.GeoDataFrame(figures.iloc[0:0].copy(), geometry=[], crs=CRS)
    frame = figures.copy()
    frame["lat"] = pd.to_numeric(frame["lat"], errors="coerce")
    frame["lon"] = pd.to_numeric(frame["lon"], errors="coerce")
    gdf = points(frame.dropna(subset=["lat", "lon"]))
    return gdf.reset_index(drop=True)


def _coords(places: pd.DataFrame | None, needed: set[str]) -> pd.DataFrame:
    """lon / lat by place_id, from `places`, the gazetteer filling any it lacks."""
    frames = []
    if places is not None and len(places):
        p = places[["place_id", "lat", "lon"]].copy()
        p["lat"] = pd.to_numeric(p["lat"], errors="coerce")
        p["lon"] = pd.to_numeric(p["lon"], errors="coerce")
        frames.append(p.dropna(subset=["lat", "lon"]))
    have = set(frames[0]["place_id"]) if frames else set()
    missing = sorted(needed - have - {""})
    if missing:
        from geo import gazetteer

        found = [gazetteer.get(pid) for pid in missing]
        frames.append(pd.DataFrame([{"place_id": p.place_id, "lat": p.lat, "lon": p.lon}
                                    for p in found if p is not None],
                                   columns=["place_id", "lat", "lon"]))
    coords = pd.concat(frames, ignore_index=True) if frames else \
        pd.DataFrame(columns=["place_id", "lat", "lon"])
    return coords.drop_duplicates("place_id").set_index("place_id")


def flow_lines(figures: pd.DataFrame, places: pd.DataFrame | None) -> gpd.GeoDataFrame:
    """A LineString origin -> destination for each figure that has both places.
    Columns: FLOW_COLUMNS + geometry."""
    frame = figures.reindex(columns=FLOW_COLUMNS).copy()
    for col in ("origin_place_id", "destination_place_id"):
        frame[col] = frame[col].fillna("").astype(str)
    frame = frame[(frame["origin_place_id"] != "") & (frame["destination_place_id"] != "")
                  & (frame["origin_place_id"] != frame["destination_place_id"])]
    needed = set(frame["origin_place_id"]) | set(frame["destination_place_id"])
    gdf = lines(frame, _coords(places, needed))
    return gdf[gdf.geometry.notna()].reset_index(drop=True)


def flow_ends(figures: pd.DataFrame, places: pd.DataFrame | None) -> pd.DataFrame:
    """lon0, lat0 (origin) and lon1, lat1 (destination) of each figure, NaN where a place
    has no coordinates: the ends flow_lines would draw, without building geometries (a map
    needs a few dozen arrows, for which a GeoDataFrame costs more than the arrows)."""
    ids = [figures[c].fillna("").astype(str) for c in ("origin_place_id",
                                                        "destination_place_id")]
    coords = _coords(places, set(ids[0]) | set(ids[1]))  # one row per place_id
    lon = pd.to_numeric(coords["lon"], errors="coerce")
    lat = pd.to_numeric(coords["lat"], errors="coerce")
    return pd.DataFrame({f"{axis}{end}": ids[end].map(values).to_numpy(dtype=float)
                         for end in (0, 1) for axis, values in (("lon", lon), ("lat", lat))},
                        index=figures.index)


def layers(figures: pd.DataFrame, places: pd.DataFrame | None = None
           ) -> dict[str, gpd.GeoDataFrame]:
    """{"points": figure_points, "admin1": totals by province, "admin0": totals by
    country, "flows": flow_lines}."""
    return {"points": figure_points(figures),
            "admin1": totals(figures, "admin1"),
            "admin0": totals(figures, "admin0"),
            "flows": flow_lines(figures, places)}
