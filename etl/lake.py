"""The tables as a data lake: `OUT/lake/<table>/`, Parquet datasets partitioned the way
they are queried (Hive-style folders, `published_month=2025-02/`), written by Dask from
the published tables.

The lake is rebuilt whole each run in a hidden folder and swapped in at the end; a run
killed meanwhile leaves the previous lake (or, in the instant between two renames, none:
the flat tables in OUT stay the reference)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from etl.schema import TABLES

LAKE_DIR = "lake"
# table -> (partition column added, the date column it is the year-month of)
PARTITIONS = {
    "documents": ("published_month", "published"),
    "figures": ("published_month", "published"),
    "flows": ("published_month", "published"),
    "events": ("date_month", "date"),
}
UNKNOWN = "unknown"  # the partition of rows with no date


def _with_month(df: pd.DataFrame, column: str, source: str) -> pd.DataFrame:
    month = df[source].astype("string").str.slice(0, 7)
    ok = month.str.fullmatch(r"\d{4}-\d{2}").fillna(False).astype(bool)
    return df.assign(**{column: month.where(ok, UNKNOWN).astype("string")})


def write_lake(out: Path) -> Path:
    """Write OUT/lake/<table>/ from OUT/<table>.parquet with dask.dataframe (on the
    active distributed Client, if any: its workers must see OUT at the same path)."""
    import dask.dataframe as dd

    tmp = Path(tempfile.mkdtemp(prefix=f".{LAKE_DIR}.", dir=out))
    try:
        for name in TABLES:
            ddf = dd.read_parquet(out / f"{name}.parquet", split_row_groups=True)
            if name in PARTITIONS:
                column, source = PARTITIONS[name]
                meta = _with_month(ddf._meta, column, source)
                ddf = ddf.map_partitions(_with_month, column, source, meta=meta)
                ddf.to_parquet(tmp / name, partition_on=[column], write_index=False)
            else:
                ddf.to_parquet(tmp / name, write_index=False)
        lake = out / LAKE_DIR
        if lake.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{LAKE_DIR}.", dir=out))
            os.replace(lake, old / LAKE_DIR)
            os.replace(tmp, lake)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, lake)
        return lake
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
