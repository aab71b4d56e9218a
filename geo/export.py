"""`displacement export`: the ETL's tables as geographic files for QGIS and analysts.

Tables exported (EPSG:4326): figures (points), flows (origin -> destination lines),
province_totals and country_totals (polygons, geo.totals.TOTALS_RULE).
- gpkg: one GeoPackage, one layer per table;
- geojson, csv, parquet: one file per table, `<out>/<table>.<ext>` when `out` is a folder
  (or has no suffix), else `<out stem>_<table>.<ext>` beside it. CSV carries the geometry
  as WKT; Parquet is GeoParquet.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.layers import figure_points, flow_lines, totals

FORMATS = {"geojson": ".geojson", "gpkg": ".gpkg", "csv": ".csv", "parquet": ".parquet"}
TABLES = ("figures", "flows", "province_totals", "country_totals")


def read_table(tables_dir: Path, name: str) -> pd.DataFrame:
    """An ETL table from its Parquet file, else its CSV; empty if neither exists."""
    parquet, csv = tables_dir / f"{name}.parquet", tables_dir / f"{name}.csv"
    if parquet.exists():
        return pd.read_parquet(parquet)
    if csv.exists():
        return pd.read_csv(csv, dtype={"published": str, "admin1": str, "iso3": str},
                           keep_default_na=False, na_values=[""])
    return pd.DataFrame()


def tables(tables_dir: str | Path) -> dict[str, gpd.GeoDataFrame]:
    tables_dir = Path(tables_dir)
    figures = read_table(tables_dir, "figures")
    if not len(figures.columns):
        raise FileNotFoundError(f"{tables_dir}: no figures.parquet or figures.csv "
                                "(run `displacement etl --out DIR` first)")
    places = read_table(tables_dir, "places")
    return {"figures": figure_points(figures),
            "flows": flow_lines(figures, places if len(places.columns) else None),
            "province_totals": totals(figures, "admin1"),
            "country_totals": totals(figures, "admin0")}


def _for_file(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Columns every driver takes: booleans, numbers and text; no mixed object columns."""
    gdf = gdf.copy()
    for col in gdf.columns:
        if col == gdf.geometry.name:
            continue
        s = gdf[col]
        if s.dtype == object or str(s.dtype).startswith(("string", "datetime")):
            gdf[col] = s.map(lambda v: "" if v is None or (isinstance(v, float) and v != v)
                             else str(v)).astype(object)
    return gdf


def _target(out: Path, table: str, ext: str) -> Path:
    if out.suffix == "" or out.is_dir():
        return out / f"{table}{ext}"
    return out.with_name(f"{out.stem}_{table}{ext}")


def export(tables_dir: str | Path, fmt: str, out: str | Path) -> list[Path]:
    """Write the tables of `tables_dir` in `fmt`; returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out)
    frames = {name: _for_file(gdf) for name, gdf in tables(tables_dir).items()}
    written: list[Path] = []
    if fmt == "gpkg":
        path = out if out.suffix else out.with_suffix(".gpkg")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.tmp.gpkg")  # GDAL wants the .gpkg suffix
        tmp.unlink(missing_ok=True)
        for name, gdf in frames.items():
            gdf.to_file(tmp, layer=name, driver="GPKG")
        tmp.replace(path)
        return [path]
    for name, gdf in frames.items():
        path = _target(out, name, FORMATS[fmt])
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        if fmt == "geojson":
            tmp.write_text(gdf.to_json(drop_id=True, to_wgs84=True), encoding="utf-8")
        elif fmt == "parquet":
            gdf.to_parquet(tmp, index=False)
        else:
            frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
            frame["geometry_wkt"] = gdf.geometry.to_wkt().fillna("")
            frame.to_csv(tmp, index=False, encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written
