"""Derived text files (a table's CSV or GeoJSON) of an incremental run, spliced: the records
of documents reused from the previous run are copied byte for byte from the previous file,
and only the rows of documents extracted again are formatted.

Why: when 10 of 10,000 documents change, formatting every row again (Python's csv writer,
GDAL's GeoJSON writer) takes longer than extracting the changed documents. Each row of a
table is one record of its file, and a record's bytes depend on that row alone, so the
spliced file is the file a full run writes (tests/test_incremental.py compares them).

The previous file is used only when it is byte for byte the file the previous run wrote
(its sha256 is in the run's state), written by the same versions of the writers
(`etl.output.writer_version`, checked by etl/incremental.py), and its records lie where
its table says; otherwise the caller writes the file in full. Records are found by counting lines:

- CSV: a header line, then one record per row, which spans one line plus one for each
  newline inside its (quoted) text values;
- GeoJSON as GDAL writes it: header lines ending with `"features": [`, one feature per
  line (JSON escapes newlines in strings), separated by ",\\n", then "]" and "}" lines.
"""

from __future__ import annotations

import hashlib
import mmap
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.schema import PER_DOCUMENT_TABLES

SCAN_BYTES = 1 << 26  # bytes searched for newlines at a time: bounded scratch memory
_FEATURES = b'"features": [\n'


@dataclass(frozen=True)
class Reuse:
    """What an incremental run may copy from the previous run's files."""

    out: Path  # the folder holding the previous run's files
    doc_ids: frozenset[str]  # documents whose rows were taken unchanged from its tables
    hashes: dict[str, str]  # file name -> sha256 its state recorded


@dataclass
class Records:
    """A text file with one record per table row: record i is data[starts[i]:ends[i]];
    `sep` lies between two records; the header is everything before the first."""

    data: bytes | mmap.mmap
    starts: np.ndarray
    ends: np.ndarray
    sep: bytes
    footer: bytes

    def segment(self, first: int, count: int) -> bytes:
        """Records first..first+count-1 with the separators between them."""
        return self.data[self.starts[first] : self.ends[first + count - 1]]


# A writer of a table's file: (record batches with the table's schema, path) -> None.
Render = Callable[[Iterator[pa.RecordBatch], str], None]
# A table's record batches, typed as the writers want them.
Batches = Callable[[pa.Table], Iterator[pa.RecordBatch]]


def newline_ends(data: bytes | mmap.mmap) -> np.ndarray:
    """Byte offsets of every b"\\n" of data."""
    view = np.frombuffer(data, dtype=np.uint8)
    try:
        parts = [np.flatnonzero(view[i : i + SCAN_BYTES] == 10) + i
                 for i in range(0, len(view), SCAN_BYTES)]
    finally:
        del view  # a live view of an mmap would keep it from closing
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def csv_records(data: bytes | mmap.mmap, newlines: np.ndarray) -> Records | None:
    """The records of a CSV file whose rows hold `newlines[i]` newlines in their values;
    None when the file does not have the lines those rows make."""
    ends = newline_ends(data)
    if not len(newlines) or len(ends) != 1 + len(newlines) + int(newlines.sum()):
        return None
    if ends[-1] != len(data) - 1:
        return None
    last = np.cumsum(newlines + 1)  # line of each record's last newline (0: the header)
    first = last - newlines
    return Records(data, ends[first - 1] + 1, ends[last] + 1, b"", b"")


def geojson_records(data: bytes | mmap.mmap, n_rows: int) -> Records | None:
    """The features of a GeoJSON file GDAL wrote for n_rows rows; None when it does not
    look like one."""
    at = bytes(data[:65536]).find(_FEATURES)
    if at < 0 or not n_rows:
        return None
    ends = newline_ends(data)
    head = int(np.searchsorted(ends, at + len(_FEATURES) - 1))  # the features line's end
    if len(ends) != head + 1 + n_rows + 2:  # then one line per feature, "]" and "}"
        return None
    lines = ends[head + 1 : head + 1 + n_rows]
    starts = np.concatenate(([ends[head] + 1], lines[:-1] + 1))
    stops = lines.copy()
    stops[:-1] -= 1  # a feature's line ends with the "," before the next one
    view = np.frombuffer(data, dtype=np.uint8)
    try:
        commas = bool((view[stops[:-1]] == ord(",")).all())
    finally:
        del view
    footer = bytes(data[lines[-1] :])
    if not commas or footer != b"\n]\n}\n":
        return None
    return Records(data, starts, stops, b",\n", footer)


def text_newlines(table: pa.Table | pa.RecordBatch) -> np.ndarray:
    """Newlines in each row's text values (the extra lines of its CSV record)."""
    total = np.zeros(table.num_rows, dtype=np.int64)
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            counts = pc.count_substring(column, "\n").fill_null(0)
            total += counts.to_numpy().astype(np.int64)
    return total


def parquet_newlines(path: Path) -> np.ndarray:
    """text_newlines of a Parquet table, read a batch at a time."""
    parts = [text_newlines(batch) for batch in pq.ParquetFile(path).iter_batches(65536)]
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def doc_runs(doc_ids: pa.ChunkedArray | pa.Array) -> list[tuple[str, int, int]]:
    """(doc_id, first row, row count) of each run of equal doc_ids."""
    if isinstance(doc_ids, pa.ChunkedArray):
        doc_ids = doc_ids.combine_chunks()
    if not len(doc_ids):
        return []
    encoded = pc.run_end_encode(doc_ids)
    ends = encoded.run_ends.to_numpy().astype(np.int64)
    starts = np.concatenate(([0], ends[:-1]))
    return list(zip(encoded.values.to_pylist(), starts.tolist(), (ends - starts).tolist(),
                    strict=True))


def plan_runs(new_ids: pa.ChunkedArray | pa.Array, old_ids: pa.ChunkedArray | pa.Array,
              reused: frozenset[str]) -> list[tuple[int, int, int]] | None:
    """How to build the new file: (source, first record, count) runs, source 0 the
    previous file, 1 the file of the freshly extracted rows (in their order). None when a
    reused document's rows are not exactly where the previous table has them."""
    old = {doc: (first, count) for doc, first, count in doc_runs(old_ids)}
    runs: list[tuple[int, int, int]] = []
    fresh = 0
    for doc, _, count in doc_runs(new_ids):
        if doc in reused:
            if old.get(doc, (0, -1))[1] != count:
                return None
            source, first = 0, old[doc][0]
        else:
            source, first, fresh = 1, fresh, fresh + count
        if runs and runs[-1][0] == source and runs[-1][1] + runs[-1][2] == first:
            runs[-1] = (source, runs[-1][1], runs[-1][2] + count)
        else:
            runs.append((source, first, count))
    return runs


def splice(reuse: Reuse, name: str, new_table: Path, folder: Path,
           renders: dict[str, Render], batches: Batches) -> dict[str, str]:
    """Write into `folder` the text files of table `name`, whose rows are in the Parquet
    file `new_table`, from the previous run's files and the fresh rows. `renders` maps each
    suffix ("csv", "geojson") to the writer of a whole such file; `batches` gives a table's
    record batches for them. Returns the sha256 of each file written, by name: one whose
    previous file can't be used is not written."""
    old_table = reuse.out / f"{name}.parquet"
    if name not in PER_DOCUMENT_TABLES or not reuse.doc_ids or not old_table.is_file():
        return {}
    old_files = {suffix: reuse.out / f"{name}.{suffix}" for suffix in renders}
    old_files = {suffix: path for suffix, path in old_files.items()
                 if reuse.hashes.get(path.name) and path.is_file() and path.stat().st_size}
    if not old_files:
        return {}
    # Planned once for all the table's files: their records follow the same rows.
    new_ids = pq.read_table(new_table, columns=["doc_id"]).column("doc_id")
    if not len(new_ids):
        return {}
    old_ids = pq.read_table(old_table, columns=["doc_id"]).column("doc_id")
    runs = plan_runs(new_ids, old_ids, reuse.doc_ids)
    if runs is None:
        return {}
    rows = None  # the fresh rows, read once when a file first needs them
    written = {}
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        for suffix, old_file in old_files.items():
            with open(old_file, "rb") as fh, \
                    mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                if hashlib.sha256(mm).hexdigest() != reuse.hashes[old_file.name]:
                    continue
                previous = (csv_records(mm, parquet_newlines(old_table)) if suffix == "csv"
                            else geojson_records(mm, len(old_ids)))
                if previous is None:
                    continue
                fresh = None
                if any(source for source, _, _ in runs):
                    if rows is None:
                        rows = _fresh_rows(new_table, reuse.doc_ids)
                    fresh = _fresh_records(suffix, rows, renders[suffix], batches,
                                           Path(tmp) / old_file.name)
                    if fresh is None:
                        continue
                written[old_file.name] = _write(folder / old_file.name, previous, fresh,
                                                runs)
    return written


def _fresh_rows(new_table: Path, reused: frozenset[str]) -> pa.Table:
    """The rows of documents extracted again. The new table is read a row group at a
    time: only the fresh rows are kept."""
    value_set = pa.array(sorted(reused), pa.string())
    parts = [batch.filter(pc.invert(pc.is_in(batch.column("doc_id"), value_set=value_set)))
             for batch in pq.ParquetFile(new_table).iter_batches(65536)]
    return pa.Table.from_batches(parts, schema=pq.read_schema(new_table))


def _fresh_records(suffix: str, rows: pa.Table, render: Render, batches: Batches,
                   path: Path) -> Records | None:
    """The file of the fresh rows, written in full, read back."""
    render(batches(rows), str(path))
    data = path.read_bytes()
    if suffix == "csv":
        return csv_records(data, text_newlines(rows))
    return geojson_records(data, rows.num_rows)


def _write(dst: Path, previous: Records, fresh: Records | None,
           runs: list[tuple[int, int, int]]) -> str:
    """Write the file; its sha256, taken from the bytes on their way out rather than by
    reading the file back."""
    sources = (previous, fresh)
    h = hashlib.sha256()
    with open(dst, "wb") as fh:

        def put(data: bytes) -> None:
            h.update(data)
            fh.write(data)

        put(previous.data[: previous.starts[0]])  # the header
        for k, (source, first, count) in enumerate(runs):
            if k:
                put(previous.sep)
            put(sources[source].segment(first, count))
        put(previous.footer)
    return h.hexdigest()
