"""The ETL run: sources in, tables out.

Each document is read and extracted on its own (`etl.steps.process_document`, by the
engine: in this process or on Dask workers); a document that fails at any stage is
recorded in the errors table (and on stderr) and the run goes on with the others.
Documents are taken in doc_id order, the order of every table, a batch at a time: each
batch's rows are appended to the tables on disk (etl.output.Staging), so memory does not
grow with the corpus, and the tables are the same whatever the batch size or engine.
Documents unchanged since the previous run into the same folder reuse its rows
(etl.incremental)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import shapely
from tqdm import tqdm

from etl import output
from etl.cli import DEFAULT_BATCH_SIZE
from etl.engines import LocalEngine, open_engine
from etl.incremental import PreviousRun, document_key, extractor_version, write_state
from etl.schema import TABLES, frame
from etl.splice import Reuse
from etl.steps import DocResult, Task, plan
from geo import gazetteer

if TYPE_CHECKING:
    import pandas as pd

PROGRESS_FROM = 50  # documents; below this a run takes about a second and a bar is noise


class _TablesOnDisk(Mapping):
    """The tables of a finished run, read from its Parquet files when asked for."""

    def __init__(self, out: Path):
        self.out = out

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        import pandas as pd

        return pd.read_parquet(self.out / f"{name}.parquet")

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


@dataclass
class Result:
    counts: dict[str, int]
    errors: list[dict] = field(default_factory=list)
    extracted: int = 0  # documents extracted in this run
    reused: int = 0  # documents whose rows came from the previous run
    out: Path | None = None
    in_memory: dict[str, pd.DataFrame] | None = None

    @property
    def tables(self) -> Mapping[str, pd.DataFrame]:
        if self.in_memory is not None:
            return self.in_memory
        return _TablesOnDisk(self.out)

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c['documents']} documents read, {c['figures']} figures, "
            f"{c['flows']} flows, {c['events']} events, {c['places']} places, "
            f"{len(self.errors)} errors ({self.extracted} extracted, {self.reused} reused "
            "from the previous run)"
        )


def _report(error: dict) -> None:
    print(f"displacement etl: {error['path']}: {error['stage']}: {error['message']}",
          file=sys.stderr)


def _place_rows(place_ids: set[str]) -> list[dict]:
    rows = []
    for pid in sorted(p for p in place_ids if p):
        place = gazetteer.get(pid)
        if place is not None:
            rows.append(
                {
                    "place_id": place.place_id,
                    "name": place.name,
                    "kind": place.kind,
                    "iso3": place.iso3,
                    "admin1": place.admin1,
                    "lat": place.lat,
                    "lon": place.lon,
                    "gazetteer_id": place.gazetteer_id,
                    "admin1_name": place.admin1_name,
                    "feature": place.feature,
                }
            )
    return rows


def _place_ids(figure_rows: list[dict], event_rows: list[dict]) -> set[str]:
    ids = {
        r[k] for r in figure_rows
        for k in ("origin_place_id", "destination_place_id", "location_place_id")
    }
    return ids | {r["place_id"] for r in event_rows}


def _flow_rows(figure_rows: list[dict], place_rows: list[dict]) -> list[dict]:
    """A flow for every figure with both ends known and distinct, with its line as WKT."""
    rows = [
        {
            "flow_id": f"flow:{r['figure_id']}",
            "figure_id": r["figure_id"],
            "origin_place_id": r["origin_place_id"],
            "destination_place_id": r["destination_place_id"],
            "value": r["value"],
            "value_low": r["value_low"],
            "value_high": r["value_high"],
            "doc_id": r["doc_id"],
            "published": r["published"],
            "category": r["category"],
            "measure": r["measure"],
            "people_estimate": r["people_estimate"],
        }
        for r in figure_rows
        if r["origin_place_id"]
        and r["destination_place_id"]
        and r["origin_place_id"] != r["destination_place_id"]
    ]
    if rows:
        coords = output.place_coords(place_rows)
        lines = output.line_geometries([r["origin_place_id"] for r in rows],
                                       [r["destination_place_id"] for r in rows], coords)
        # rounding_precision=-1 is shapely's `.wkt`: every digit, so it reads back exactly
        wkt = shapely.to_wkt(lines, rounding_precision=-1)
        for row, line in zip(rows, wkt, strict=True):
            row["geometry"] = line if line is not None else ""
    return rows


@dataclass
class _Batch:
    tables: dict[str, pa.Table]  # documents, figures, flows, events
    errors: list[dict]
    place_ids: set[str]
    keys: list[tuple[str, str]]  # (doc_id, state key) of the documents read


def _arrow_place_ids(tables: dict[str, pa.Table]) -> set[str]:
    columns = [tables["figures"].column(c)
               for c in ("origin_place_id", "destination_place_id", "location_place_id")]
    columns.append(tables["events"].column("place_id"))
    return {p for col in columns for p in pc.unique(col).to_pylist() if p}


def _merge(name: str, new: pa.Table, old: pa.Table) -> pa.Table:
    """Rows of new and reused documents, in doc_id order. Each document's rows come whole
    from one side, already in table order, so a stable sort by doc_id gives the order a
    full run gives."""
    old = pa.Table.from_batches(old.to_batches(), schema=output.arrow_schema(name))
    if not new.num_rows:
        return old
    both = pa.concat_tables([new, old])
    return both.take(pc.sort_indices(both, sort_keys=[("doc_id", "ascending")]))


def _batches(tasks: list[Task], results: Iterator[DocResult], reused: dict[str, str],
             previous: PreviousRun | None, version: str, batch_size: int,
             bar: tqdm) -> Iterator[_Batch]:
    """The rows of the tasks, a batch of documents at a time, in doc_id order: those of
    reused documents from the previous run's tables, the others from the engine's
    `results` (consumed only as far as this batch)."""
    for start in range(0, len(tasks), batch_size):
        chunk = tasks[start : start + batch_size]
        docs, figs, evs, errors, keys, cached = [], [], [], [], [], []
        for task in chunk:
            if task.doc_id in reused:
                cached.append(task.doc_id)
                keys.append((task.doc_id, reused[task.doc_id]))
                doc_errors = previous.errors(task)
            else:
                res = next(results)
                doc_errors = res.errors
                if res.document is not None:
                    docs.append(res.document)
                    figs += res.figures
                    evs += res.events
                    keys.append((task.doc_id,
                                 document_key(version, task, res.document["sha256"])))
            for error in doc_errors:
                _report(error)
            errors += doc_errors
            bar.update(1)
        place_ids = _place_ids(figs, evs)
        rows = {
            "documents": docs,
            "figures": figs,
            "flows": _flow_rows(figs, _place_rows(place_ids)),
            "events": evs,
        }
        tables = {name: output.rows_to_arrow(name, r) for name, r in rows.items()}
        if cached:
            old = previous.rows(cached, chunk[-1].doc_id)
            place_ids |= _arrow_place_ids(old)
            tables = {name: _merge(name, t, old[name]) for name, t in tables.items()}
        yield _Batch(tables, errors, place_ids, keys)


def _progress(n: int, progress: bool) -> tqdm:
    return tqdm(total=n, desc="documents", unit="doc", file=sys.stderr,
                disable=not progress or n < PROGRESS_FROM)


def extract_documents(sources: list[str], progress: bool = True,
                      batch_size: int = DEFAULT_BATCH_SIZE) -> Result:
    """Read and extract every document of the sources into tables in memory (nothing
    written): for a small corpus, or a test."""
    tasks, errors = plan(sources)
    for error in errors:
        _report(error)
    parts: dict[str, list[pa.Table]] = {n: [] for n in ("documents", "figures", "flows",
                                                         "events")}
    place_ids: set[str] = set()
    with _progress(len(tasks), progress) as bar:
        results = LocalEngine().map(tasks)
        for batch in _batches(tasks, results, {}, None, "", batch_size, bar):
            for name, df in batch.tables.items():
                parts[name].append(df)
            errors += batch.errors
            place_ids |= batch.place_ids
    tables = {
        name: output.to_pandas(name, pa.concat_tables(ts)) if ts else frame(name, [])
        for name, ts in parts.items()
    }
    tables["places"] = frame("places", _place_rows(place_ids))
    tables["errors"] = frame("errors", errors)
    tables = {name: tables[name] for name in TABLES}
    counts = {name: len(df) for name, df in tables.items()}
    return Result(counts, errors, extracted=len(tasks), in_memory=tables)


def run(sources: list[str], out: str | Path, progress: bool = True, *,
        batch_size: int = DEFAULT_BATCH_SIZE, engine: str = "local",
        scheduler: str | None = None, incremental: bool = True,
        row_group_rows: int = output.ROW_GROUP_ROWS) -> Result:
    """Extract the sources and write every table into `out`, streaming.

    incremental: reuse the rows of documents unchanged since the previous run into `out`
    (False: extract everything). engine "dask" extracts on a Dask cluster (`scheduler`:
    its address; default a LocalCluster) and also writes the partitioned lake in
    `out/lake/`. Raises FileNotFoundError for a missing source, before writing anything."""
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    tasks, errors = plan(sources)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    output.clean_stale(out)
    for error in errors:
        _report(error)
    version = extractor_version()
    previous = PreviousRun.open(out, version) if incremental else None
    reused = previous.reusable(tasks, version) if previous else {}
    todo = [t for t in tasks if t.doc_id not in reused]
    counts = dict.fromkeys(TABLES, 0)
    place_ids: set[str] = set()
    keys: list[tuple[str, str]] = []
    eng = open_engine(engine, scheduler)
    try:
        staging = output.Staging(out, row_group_rows)
        try:
            with _progress(len(tasks), progress) as bar:
                for batch in _batches(tasks, eng.map(todo), reused, previous, version,
                                      batch_size, bar):
                    for name, table in batch.tables.items():
                        staging.write(name, table)
                        counts[name] += table.num_rows
                    errors += batch.errors
                    place_ids |= batch.place_ids
                    keys += batch.keys
            if previous is not None:
                previous.close()  # done reading the previous tables: they may be replaced
            places = output.rows_to_arrow("places", _place_rows(place_ids))
            staging.write("places", places)
            staging.write("errors", output.rows_to_arrow("errors", errors))
            counts["places"], counts["errors"] = places.num_rows, len(errors)
            hashes = staging.close()
            reuse = Reuse(out, frozenset(reused), previous.files) if previous else None
            files = staging.derive(reuse)
            state = staging.dir / output.STATE_FILE
            write_state(state, keys, version, hashes, files)
            staging.publish(extra=[state])
        finally:
            staging.cleanup()
        if eng.name == "dask":
            from etl.lake import write_lake

            write_lake(out)
    finally:
        eng.close()
    return Result(counts, errors, extracted=len(todo), reused=len(reused), out=out)
