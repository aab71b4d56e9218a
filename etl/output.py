"""Write the tables: CSV and Parquet, plus GeoJSON for the tables with coordinates.

Every file is written beside its target under a temporary name and moved into place in
one step (os.replace), so a crash leaves either the old file or the new one, never half
of one. Nothing time-dependent goes into a file: the same tables give the same bytes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from geo import geometry


def atomic_write(path: Path, write: Callable[[str], None]) -> None:
    """Call write(tmp_path) and move the result over `path` in one step.

    The temporary file keeps the target's name, inside a temporary folder beside it, because
    some writers record the file name in the file (GeoJSON's layer name)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{path.name}.", dir=path.parent) as tmp_dir:
        tmp = os.path.join(tmp_dir, path.name)
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)


def write_table(df: pd.DataFrame, out: Path, name: str) -> list[Path]:
    csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
    atomic_write(
        csv_path, lambda p: df.to_csv(p, index=False, encoding="utf-8", lineterminator="\n")
    )
    atomic_write(parquet_path, lambda p: df.to_parquet(p, index=False))
    return [csv_path, parquet_path]


def write_geojson(gdf, out: Path, name: str) -> Path:
    path = out / f"{name}.geojson"
    atomic_write(path, lambda p: gdf.to_file(p, driver="GeoJSON"))
    return path


def write_all(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """All tables as CSV and Parquet; places, figures and flows also as GeoJSON."""
    written: list[Path] = []
    for name, df in tables.items():
        written += write_table(df, out, name)
    written.append(write_geojson(geometry.points(tables["places"]), out, "places"))
    written.append(write_geojson(geometry.points(tables["figures"]), out, "figures"))
    coords = tables["places"].set_index("place_id")[["lon", "lat"]]
    flows = tables["flows"].drop(columns=["geometry"])
    written.append(write_geojson(geometry.lines(flows, coords), out, "flows"))
    return written
