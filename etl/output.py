"""Write the tables: CSV and Parquet, plus GeoJSON for the tables with coordinates.

A run streams its tables, batch after batch, into Parquet files in a hidden staging
folder inside the output folder (`Staging`), so memory does not grow with the corpus. At
the end the CSV and GeoJSON files are written from the staged Parquet into the same folder
(`derive`), then every file is moved over its target in one step (os.replace), one table
after the other (`publish`). A crash leaves each file either as it was or as the new
run's complete file, never half of one. Nothing time-dependent goes into a file, and
Parquet row groups have a fixed number of rows: the same tables give the same bytes,
whatever the batch size."""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import shapely

from etl.schema import SORT_KEYS, TABLES, frame
from etl.splice import Reuse, splice

if TYPE_CHECKING:
    import pandas as pd

# Rows per Parquet row group: the layout of a file depends on this alone, never on how
# the rows were batched. Small enough that a buffered group stays a few tens of MB.
ROW_GROUP_ROWS = 65_536
CSV_CHUNK_ROWS = 10_000  # rows converted to CSV / GeoJSON at a time when publishing
GEO_TABLES = ("places", "figures", "flows")
STAGING_PREFIX = ".etl-staging."
STATE_FILE = ".etl-state.parquet"  # the incremental state (etl/incremental.py)
# WGS 84 longitude / latitude, geo.geometry.CRS (not imported from there: that module loads
# geopandas, which writing the tables does not need).
CRS = "EPSG:4326"


@cache
def arrow_schema(name: str) -> pa.Schema:
    """The Parquet schema of a table, pandas metadata included: the one df.to_parquet
    writes for a frame of that table, whatever its rows."""
    return pa.Schema.from_pandas(frame(name, []), preserve_index=False)


def to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False)


# The Python types a column's values may have for rows_to_arrow to type them itself, by
# the column's dtype in etl/schema.py; None is always allowed (a missing value).
_PLAIN_TYPES = {"string": {str}, "Int64": {int}, "Float64": {float, int}, "boolean": {bool}}
_EXACT_INT = 2**53  # beyond this pandas, which goes through float64, may change an int


def rows_to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """`to_arrow(name, frame(name, rows))`, the same table, built straight from the rows
    when every value already has its column's type (str, int, float, bool or None): twice
    as fast as through pandas. Other rows (a number as text, a numpy scalar, ...) go
    through frame(), which coerces them. No rows: the empty table, with no typing (most
    batches of an incremental run extract nothing)."""
    schema = arrow_schema(name)
    if not rows:
        return schema.empty_table()
    arrays = _plain_arrays(name, schema, rows)
    if arrays is None:
        return to_arrow(name, frame(name, rows))
    table = pa.Table.from_arrays(arrays, schema=schema)
    # frame()'s order: a stable sort, missing values last (pandas' na_position="last")
    order = pc.sort_indices(table, sort_keys=[(k, "ascending", "at_end")
                                              for k in SORT_KEYS[name]])
    return table.take(order)


def _plain_arrays(name: str, schema: pa.Schema, rows: list[dict]) -> list[pa.Array] | None:
    """The columns of `rows` as Arrow arrays, or None when a value is not of its column's
    plain type or an integer lies beyond what pandas keeps exact."""
    columns = list(TABLES[name])
    try:  # the rows' values column by column, in one pass in C
        values_by_column = list(zip(*map(itemgetter(*columns), rows), strict=True))
    except KeyError:  # a row without some column: it is missing
        values_by_column = [[row.get(column) for row in rows] for column in columns]
    arrays = []
    for field, values, dtype in zip(schema, values_by_column, TABLES[name].values(),
                                    strict=True):
        types = set(map(type, values))
        types.discard(type(None))
        if not types <= _PLAIN_TYPES[dtype]:
            return None
        if dtype == "Float64" and int in types and not all(
                -_EXACT_INT < v < _EXACT_INT for v in values if type(v) is int):
            return None
        try:
            # from_pandas: a float NaN is a missing value, as pandas' Float64 makes it
            array = pa.array(values, type=field.type, from_pandas=True)
        except (OverflowError, pa.ArrowException):  # an int beyond 64 bits
            return None
        if dtype == "Int64" and array.null_count < len(array):
            low, high = pc.min_max(array).values()
            if not -_EXACT_INT < low.as_py() <= high.as_py() < _EXACT_INT:
                return None
        arrays.append(array)
    return arrays


def to_pandas(name: str, table: pa.Table | pa.RecordBatch) -> pd.DataFrame:
    """A table read back with the dtypes frame() gives it."""
    return table.to_pandas().astype(TABLES[name])


@cache
def writer_version() -> str:
    """The libraries that turn rows into the CSV and GeoJSON bytes (GDAL ships inside
    pyogrio's wheel): a file they wrote differently is never copied from (etl/splice.py)."""
    import pyogrio

    return (f"pyarrow={pa.__version__};pyogrio={pyogrio.__version__};"
            f"gdal={pyogrio.__gdal_version_string__};shapely={shapely.__version__}")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class ParquetSink:
    """A Parquet file written in row groups of exactly `row_group_rows` rows (the last one
    shorter), whatever the sizes of the tables handed to `write`."""

    def __init__(self, path: Path, schema: pa.Schema, row_group_rows: int = ROW_GROUP_ROWS):
        self.path = path
        self.schema = schema
        self.row_group_rows = row_group_rows
        self.rows = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._writer = pq.ParquetWriter(path, schema)

    def write(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        self._pending.append(table)
        self._pending_rows += table.num_rows
        self.rows += table.num_rows
        while self._pending_rows >= self.row_group_rows:
            self._flush(self.row_group_rows)

    def _flush(self, n: int) -> None:
        # One contiguous chunk per group: the writer's page layout then depends on the
        # rows alone, not on how they arrived.
        table = pa.concat_tables(self._pending).combine_chunks()
        self._writer.write_table(table.slice(0, n), row_group_size=n)
        rest = table.slice(n)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def close(self) -> None:
        if self._pending_rows:
            self._flush(self._pending_rows)
        if not self.rows:
            # df.to_parquet writes one empty row group for an empty frame: so do we
            self._writer.write_table(self.schema.empty_table())
        self._writer.close()


def clean_stale(out: Path) -> None:
    """Remove what a killed run left behind in `out`: its staging folder and the
    temporary folders that earlier versions wrote each file in (hidden `.name.*` beside
    it)."""
    if not out.is_dir():
        return
    names = [f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")]
    names += [f"{t}.geojson" for t in GEO_TABLES] + [STATE_FILE, "lake"]
    prefixes = tuple(f".{n}." for n in names) + (STAGING_PREFIX,)
    for entry in os.scandir(out):
        if entry.name.startswith(prefixes) and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)


class Staging:
    """The tables of a run, streamed into Parquet files in a hidden folder in `out`, then
    published into `out` by `publish`."""

    def __init__(self, out: Path, row_group_rows: int = ROW_GROUP_ROWS):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.dir = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        self.row_group_rows = row_group_rows
        self.sinks: dict[str, ParquetSink] = {}

    def path(self, name: str) -> Path:
        return self.dir / f"{name}.parquet"

    def write(self, name: str, rows: pa.Table) -> None:
        if name not in self.sinks:
            self.sinks[name] = ParquetSink(self.path(name), arrow_schema(name),
                                           self.row_group_rows)
        self.sinks[name].write(rows)

    def close(self) -> dict[str, str]:
        """Close every table (a table never written is written empty); sha256 of each."""
        for name in TABLES:
            if name not in self.sinks:
                self.write(name, arrow_schema(name).empty_table())
            self.sinks[name].close()
        return {name: sha256_file(self.path(name)) for name in TABLES}

    def derive(self, reuse: Reuse | None = None) -> dict[str, str]:
        """Write every table's CSV, and the GeoJSON files, into the staging folder from
        the staged Parquet (call after close); sha256 of each, by file name. With `reuse`
        (an incremental run), the records of reused documents are copied from the
        previous run's files where those are intact (etl/splice.py)."""
        places = pq.read_table(self.path("places"), columns=["place_id", "lon", "lat"])
        coords = place_coords(places.to_pylist())
        hashes = {}  # by file name: also which files are written (splice wrote some)
        for name in TABLES:
            renders = {"csv": lambda b, p, n=name: write_csv(b, p, n)}
            if name in GEO_TABLES:
                renders["geojson"] = lambda b, p, n=name: write_geojson_batches(b, p, n,
                                                                                coords)
            staged = self.path(name)
            if reuse is not None:
                hashes |= splice(reuse, name, staged, self.dir, renders,
                                 lambda t, n=name: _table_batches(t, n))
            for suffix, render in renders.items():
                dst = self.dir / f"{name}.{suffix}"
                if dst.name not in hashes:  # not spliced: written in full
                    render(_chunks(staged, name), str(dst))
                    hashes[dst.name] = sha256_file(dst)
        return hashes

    def publish(self, extra: list[Path] = ()) -> list[Path]:
        """Move the staged files into `out`, table after table: CSV, then Parquet; then
        the GeoJSON files; then `extra` staged files (the incremental state, last, so that
        it never describes tables not yet in place). Call after derive."""
        written = []
        for name in TABLES:
            for suffix in ("csv", "parquet"):
                written.append(_move(self.dir / f"{name}.{suffix}", self.out / f"{name}.{suffix}"))
        for name in GEO_TABLES:
            written.append(_move(self.dir / f"{name}.geojson", self.out / f"{name}.geojson"))
        for path in extra:
            written.append(_move(path, self.out / path.name))
        return written

    def cleanup(self) -> None:
        for sink in self.sinks.values():
            if sink._writer.is_open:
                sink._writer.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _move(src: Path, dst: Path) -> Path:
    with open(src, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(src, dst)
    return dst


def _typed(batches: Iterable[pa.RecordBatch], name: str) -> Iterator[pa.RecordBatch]:
    """The batches with the table's own schema, as the writers expect them."""
    schema = arrow_schema(name)
    for batch in batches:
        yield pa.RecordBatch.from_arrays(batch.columns, schema=schema)


def _chunks(path: Path, name: str) -> Iterator[pa.RecordBatch]:
    return _typed(pq.ParquetFile(path).iter_batches(batch_size=CSV_CHUNK_ROWS), name)


def _table_batches(table: pa.Table, name: str) -> Iterator[pa.RecordBatch]:
    return _typed(table.to_batches(max_chunksize=CSV_CHUNK_ROWS), name)


def write_csv(batches: Iterable[pa.RecordBatch], dst: str, name: str) -> None:
    """The CSV of a table's record batches.

    Byte for byte what df.to_csv(index=False, lineterminator="\n") writes for the table:
    pandas hands each value to Python's csv writer as a Python object (NA as ""), and so
    do we, straight from Arrow, about four times faster (tests/test_streaming.py)."""
    with open(dst, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(list(TABLES[name]))
        for batch in batches:
            writer.writerows(zip(*(column.to_pylist() for column in batch.columns),
                                 strict=True))


def place_coords(places: Iterable[dict]) -> dict[str, tuple[float, float]]:
    """place_id -> (lon, lat) of the places (rows of the places table) that have both."""
    return {r["place_id"]: (float(r["lon"]), float(r["lat"])) for r in places
            if r["place_id"] is not None and _present(r["lon"]) and _present(r["lat"])}


def _present(v: float | None) -> bool:
    return v is not None and v == v  # neither missing nor NaN


def point_geometries(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Points from coordinates (NaN where missing); None where one is missing (as
    geo.geometry.points)."""
    out = np.full(len(lon), None, dtype=object)
    ok = ~(np.isnan(lon) | np.isnan(lat))
    if ok.any():
        out[ok] = shapely.points(lon[ok], lat[ok])
    return out


def line_geometries(origins, destinations, coords: dict) -> np.ndarray:
    """Straight lines origin -> destination; None where an end has no coordinates (as
    geo.geometry.lines, without its per-row pandas lookups)."""
    out = np.full(len(origins), None, dtype=object)
    ends = [(i, coords.get(o), coords.get(d))
            for i, (o, d) in enumerate(zip(origins, destinations, strict=True))
            if isinstance(o, str) and isinstance(d, str)]
    ends = [(i, a, b) for i, a, b in ends if a is not None and b is not None]
    if ends:
        idx = np.array([i for i, _, _ in ends])
        out[idx] = shapely.linestrings(np.array([[a, b] for _, a, b in ends], dtype=float))
    return out


def write_geojson_batches(batches: Iterable[pa.RecordBatch], dst: str, name: str,
                          coords: dict) -> None:
    """GeoJSON (EPSG:4326) of a table's record batches, streamed through GDAL: the same
    file geopandas writes for the whole table at once."""
    import pyogrio

    schema = arrow_schema(name)
    if name == "flows":  # the line replaces the WKT column
        schema = schema.remove(schema.get_field_index("geometry"))
    wkb = pa.field("geometry", pa.binary(), metadata={"ARROW:extension:name": "geoarrow.wkb"})
    schema = schema.append(wkb)

    def with_geometry() -> Iterator[pa.RecordBatch]:
        for batch in batches:
            if name == "flows":
                batch = batch.drop_columns(["geometry"])
                geoms = line_geometries(batch.column("origin_place_id").to_pylist(),
                                        batch.column("destination_place_id").to_pylist(),
                                        coords)
            else:
                # float64 with NaN for the missing values
                lon, lat = (batch.column(c).to_numpy(zero_copy_only=False)
                            for c in ("lon", "lat"))
                geoms = point_geometries(lon, lat)
            column = pa.array(shapely.to_wkb(geoms, flavor="iso"), pa.binary())
            yield pa.RecordBatch.from_arrays([*batch.columns, column], schema=schema)

    reader = pa.RecordBatchReader.from_batches(schema, with_geometry())
    geometry_type = "LineString" if name == "flows" else "Point"
    pyogrio.write_arrow(reader, dst, driver="GeoJSON", geometry_name="geometry",
                        geometry_type=geometry_type, crs=CRS)
