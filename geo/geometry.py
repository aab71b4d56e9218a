"""Geometries for the tables: points for places and figures, lines for flows.

All coordinates are WGS 84 longitude / latitude (EPSG:4326)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point

CRS = "EPSG:4326"


def _ok(*values) -> bool:
    return all(v is not None and not pd.isna(v) for v in values)


def points(frame: pd.DataFrame, lon: str = "lon", lat: str = "lat") -> gpd.GeoDataFrame:
    """The rows of `frame` as points; rows with no coordinates get an empty geometry."""
    geometry = [Point(x, y) if _ok(x, y) else None
                for x, y in zip(frame[lon], frame[lat], strict=True)]
    return gpd.GeoDataFrame(frame.copy(), geometry=geometry, crs=CRS)


def lines(frame: pd.DataFrame, coords: pd.DataFrame) -> gpd.GeoDataFrame:
    """Flows as straight lines from origin to destination.

    `frame` has origin_place_id and destination_place_id; `coords` is indexed by place_id
    with lon and lat columns."""
    def line(o: str, d: str):
        if o in coords.index and d in coords.index:
            a, b = coords.loc[o], coords.loc[d]
            if _ok(a["lon"], a["lat"], b["lon"], b["lat"]):
                return LineString([(a["lon"], a["lat"]), (b["lon"], b["lat"])])
        return None

    geometry = [line(o, d) for o, d in
                zip(frame["origin_place_id"], frame["destination_place_id"], strict=True)]
    return gpd.GeoDataFrame(frame.copy(), geometry=geometry, crs=CRS)
