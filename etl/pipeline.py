"""The ETL run: sources in, tables out.

Each document is read and extracted on its own; a document that fails at any stage is
recorded in the errors table (and on stderr) and the run goes on with the others."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from etl import events, figures
from etl.documents import Document, iter_files, load_metadata, read_document
from etl.output import write_all
from etl.schema import frame
from geo import gazetteer, geometry

PROGRESS_FROM = 50  # documents; below this a run takes about a second and a bar is noise


@dataclass
class Result:
    tables: dict[str, pd.DataFrame]
    errors: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        t = self.tables
        return (
            f"{len(t['documents'])} documents read, {len(t['figures'])} figures, "
            f"{len(t['flows'])} flows, {len(t['events'])} events, {len(t['places'])} places, "
            f"{len(self.errors)} errors"
        )


def _error(doc_id: str, path: str, stage: str, message: str) -> dict:
    print(f"displacement etl: {path}: {stage}: {message}", file=sys.stderr)
    return {"doc_id": doc_id, "path": path, "stage": stage, "message": message}


def _document_row(doc: Document, n_figures: int, n_events: int) -> dict:
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "language": doc.language,
        "n_chars": doc.n_chars,
        "sha256": doc.sha256,
        "n_figures": n_figures,
        "n_events": n_events,
    }


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
        coords = pd.DataFrame(place_rows, columns=["place_id", "lon", "lat"]).set_index("place_id")
        lines = geometry.lines(pd.DataFrame(rows), coords).geometry
        for row, line in zip(rows, lines, strict=True):
            row["geometry"] = line.wkt if line is not None else ""
    return rows


def extract_documents(sources: list[str], progress: bool = True) -> Result:
    """Read and extract every document of the sources into tables (nothing written)."""
    docs, figs, evs, errors = [], [], [], []
    files = list(iter_files(sources))
    metadata: dict[Path, dict] = {}
    seen_ids: set[str] = set()
    bar = tqdm(
        files,
        desc="documents",
        unit="doc",
        file=sys.stderr,
        disable=not progress or len(files) < PROGRESS_FROM,
    )
    seen_paths: set[Path] = set()
    for root, path in bar:
        # the same file named by two sources; os.path.realpath, unlike Path.resolve, does
        # not raise on a symlink loop (the read below reports it)
        real = Path(os.path.realpath(path))
        if real in seen_paths:
            continue
        seen_paths.add(real)
        if root not in metadata:
            try:
                metadata[root] = load_metadata(root)
            except (OSError, ValueError, KeyError) as exc:
                errors.append(
                    _error("metadata.csv", str(root / "metadata.csv"), "metadata", str(exc))
                )
                metadata[root] = {}
        rel = path.relative_to(root).as_posix()
        try:
            doc = read_document(root, path, metadata[root])
        except (OSError, ValueError, UnicodeError) as exc:
            errors.append(_error(rel, str(path), "read", str(exc) or exc.__class__.__name__))
            continue
        if doc.doc_id in seen_ids:  # the same relative name under two sources
            base, n = f"{root.name}/{doc.doc_id}", 1
            doc.doc_id = base
            while doc.doc_id in seen_ids:
                n += 1
                doc.doc_id = f"{base}~{n}"
        seen_ids.add(doc.doc_id)
        for warning in doc.warnings:
            errors.append(_error(doc.doc_id, str(path), "metadata", warning))
        try:
            doc_figs = figures.extract(doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            errors.append(
                _error(doc.doc_id, str(path), "figures", f"{exc.__class__.__name__}: {exc}")
            )
            continue
        try:
            doc_evs = events.extract(doc)
        except Exception as exc:  # noqa: BLE001 - a failed event read keeps the figures
            errors.append(
                _error(doc.doc_id, str(path), "events", f"{exc.__class__.__name__}: {exc}")
            )
            doc_evs = []
        docs.append(_document_row(doc, len(doc_figs), len(doc_evs)))
        figs += doc_figs
        evs += doc_evs
    place_ids = {
        r[k] for r in figs for k in ("origin_place_id", "destination_place_id", "location_place_id")
    }
    place_ids |= {r["place_id"] for r in evs}
    place_rows = _place_rows(place_ids)
    tables = {
        "documents": frame("documents", docs),
        "places": frame("places", place_rows),
        "figures": frame("figures", figs),
        "flows": frame("flows", _flow_rows(figs, place_rows)),
        "events": frame("events", evs),
        "errors": frame("errors", errors),
    }
    return Result(tables, errors)


def run(sources: list[str], out: str | Path, progress: bool = True) -> Result:
    """Extract the sources and write every table into `out`."""
    result = extract_documents(sources, progress)
    write_all(result.tables, Path(out))
    return result
