"""Geometries for the tables: points for places and figures, lines for flows.

All coordinates are WGS 84 longitude / latitude (EPSG:4326)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

CRS = "EPSG:4326"


def points(frame: pd.DataFrame, lon: str = "lon", lat: str = "lat") -> gpd.GeoDataFrame:
    """The rows of `frame` as points; rows with no coordinates get an empty geometry."""
    x = pd.to_numeric(frame[lon], errors="coerce").to_numpy(dtype=float)
    y = pd.to_numeric(frame[lat], errors="coerce").to_numpy(dtype=float)
    ok = ~(np.isnan(x) | np.isnan(y))
    geometry = np.full(len(frame), None, dtype=object)
    if ok.any():
        geometry[ok] = shapely.points(x[ok], y[ok])
    return gpd.GeoDataFrame(frame.copy(), geometry=list(geometry), crs=CRS)


def lines(frame: pd.DataFrame, coords: pd.DataFrame) -> gpd.GeoDataFrame:
    """Flows as straight lines from origin to destination.

    `frame` has origin_place_id and destination_place_id; `coords` is indexed by place_id
    with lon and lat columns. Built all at once: the ETL draws tens of thousands."""
    coords = coords[~coords.index.duplicated()]
    lon = pd.to_numeric(coords["lon"], errors="coerce")
    lat = pd.to_numeric(coords["lat"], errors="coerce")
    ends = [frame[col].map(axis).to_numpy(dtype=float)
            for col in ("origin_place_id", "destination_place_id") for axis in (lon, lat)]
    x0, y0, x1, y1 = ends
    ok = ~np.isnan(np.stack(ends)).any(axis=0)
    geometry = np.full(len(frame), None, dtype=object)
    if ok.any():
        pairs = np.stack([np.stack([x0[ok], y0[ok]], axis=1),
                          np.stack([x1[ok], y1[ok]], axis=1)], axis=1)
        geometry[ok] = shapely.linestrings(pairs)
    return gpd.GeoDataFrame(frame.copy(), geometry=list(geometry), crs=CRS)
