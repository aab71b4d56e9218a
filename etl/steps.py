"""The ETL's units of work: the list of files to read, and the pure per-document step.

Every engine (in this process, or on Dask workers) runs the same `process_document` on
the same `Task`s, so the tables do not depend on where a document was extracted. A task
and its result are plain picklable values, and the step keeps no state between
documents: the doc_id de-duplication that needs to see every file happens once, up front,
in `plan`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from etl.documents import iter_files, load_metadata, read_document
from etl.text import body_sentences


@dataclass
class Task:
    """One report file to read, with all the context its extraction depends on."""

    root: str
    path: str
    rel: str  # the file name relative to its source folder
    doc_id: str  # rel, unless another source already has a file of that name
    metadata: dict[str, str] = field(default_factory=dict)  # its metadata.csv row, if any


@dataclass
class DocResult:
    """Rows of one document for each table (document is None when it could not be read
    or extracted; its errors say why)."""

    document: dict | None = None
    figures: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def error_row(doc_id: str, path: str, stage: str, message: str) -> dict:
    return {"doc_id": doc_id, "path": path, "stage": stage, "message": message}


def plan(sources: list[str]) -> tuple[list[Task], list[dict]]:
    """The tasks of a run, sorted by doc_id, and the errors of reading metadata.csv files.

    Raises FileNotFoundError for a source that does not exist, before anything is read.
    Files are named in the walk order of the sources (so a doc_id clash is resolved as it
    always was: the first source keeps the plain name) and then sorted by doc_id, the order
    of every table, so that batches can be written one after the other."""
    tasks: list[Task] = []
    errors: list[dict] = []
    metadata: dict[Path, dict] = {}
    seen_ids: set[str] = set()
    seen_paths: set[str] = set()
    for root, path in iter_files(sources):
        # the same file named by two sources; os.path.realpath, unlike Path.resolve, does
        # not raise on a symlink loop (the read reports it)
        real = os.path.realpath(path)
        if real in seen_paths:
            continue
        seen_paths.add(real)
        if root not in metadata:
            try:
                metadata[root] = load_metadata(root)
            except (OSError, ValueError, KeyError) as exc:
                errors.append(
                    error_row("metadata.csv", str(root / "metadata.csv"), "metadata", str(exc))
                )
                metadata[root] = {}
        rel = path.relative_to(root).as_posix()
        doc_id = rel
        if doc_id in seen_ids:  # the same relative name under two sources
            base, n = f"{root.name}/{rel}", 1
            doc_id = base
            while doc_id in seen_ids:
                n += 1
                doc_id = f"{base}~{n}"
        # The name is claimed even if the file then turns out unreadable: names must be
        # settled before any file is read, so that documents can be read in any order.
        seen_ids.add(doc_id)
        tasks.append(Task(str(root), str(path), rel, doc_id, dict(metadata[root].get(rel, {}))))
    tasks.sort(key=lambda t: t.doc_id)
    return tasks, errors


def process_document(task: Task) -> DocResult:
    """Read and extract one document. Never raises for a bad document: a file that can't
    be read, or an extractor that fails on it, becomes an error row."""
    # Imported here: loading the extractors (and their compiled patterns) costs seconds
    # that a run reusing every document from the previous one need not pay.
    from etl import events, figures

    root, path = Path(task.root), Path(task.path)
    result = DocResult()
    try:
        doc = read_document(root, path, {task.rel: task.metadata} if task.metadata else {})
    except (OSError, ValueError, UnicodeError) as exc:
        # keyed by the file's own name, as a reader of errors.csv looks for it
        msg = str(exc) or exc.__class__.__name__
        result.errors.append(error_row(task.rel, task.path, "read", msg))
        return result
    doc.doc_id = task.doc_id
    for warning in doc.warnings:
        result.errors.append(error_row(doc.doc_id, task.path, "metadata", warning))
    try:
        units = body_sentences(doc.text[doc.body_start :], doc.body_start)
        doc_figs = figures.extract(doc, units)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        result.errors.append(
            error_row(doc.doc_id, task.path, "figures", f"{exc.__class__.__name__}: {exc}")
        )
        return result
    try:
        doc_evs = events.extract(doc, units)
    except Exception as exc:  # noqa: BLE001 - a failed event read keeps the figures
        result.errors.append(
            error_row(doc.doc_id, task.path, "events", f"{exc.__class__.__name__}: {exc}")
        )
        doc_evs = []
    result.document = {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "language": doc.language,
        "n_chars": doc.n_chars,
        "sha256": doc.sha256,
        "n_figures": len(doc_figs),
        "n_events": len(doc_evs),
    }
    result.figures = doc_figs
    result.events = doc_evs
    return result
