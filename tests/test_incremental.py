"""Incremental runs: a re-run into the same folder extracts only the documents that are new
or changed (by content hash), reuses the rows of the others, drops removed ones, and writes
exactly the files a fresh full run writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from etl import incremental, output, pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "data" / "devset" / "docs"


def files(out: Path) -> dict[str, bytes]:
    """Every file of an output folder, the hidden state included."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def run(src: Path, out: Path, **kw) -> pipeline.Result:
    return pipeline.run([str(src)], out, progress=False, batch_size=4, **kw)


def same_as_a_fresh_run(src: Path, out: Path, tmp_path: Path) -> bool:
    """Are the files of `out` those a full run of `src` into an empty folder writes?"""
    fresh = tmp_path / "fresh"
    run(src, fresh)
    return files(out) == files(fresh)


@pytest.fixture
def src(tmp_path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)  # with its metadata.csv
    for doc in sorted(DEVSET.iterdir())[:8]:
        shutil.copy(doc, src / doc.name)
    (src / "bad_date.md").write_bytes(b"---\ndate: 20 March\n---\nSome 5,000 people fled Uvira.\n")
    (src / "empty.txt").write_bytes(b"")
    return src


def test_changed_added_and_removed_documents(src, tmp_path):
    out = tmp_path / "out"
    first = run(src, out)
    assert first.reused == 0 and first.extracted == 12
    docs = sorted(p.name for p in src.iterdir() if p.name.startswith("own_"))
    with open(src / docs[0], "a", encoding="utf-8") as fh:
        fh.write("\nSome 4,200 people fled Uvira towards Burundi last week.\n")
    (src / docs[1]).unlink()
    shutil.copy(DEVSET / "own_10.txt", src / "zz_added.txt")

    again = run(src, out)
    # the changed and the added file, and empty.txt, which never yields rows to reuse
    assert (again.extracted, again.reused) == (3, 9)
    assert "9 reused" in again.summary()
    assert same_as_a_fresh_run(src, out, tmp_path)
    ids = set(pd.read_csv(out / "documents.csv")["doc_id"])
    assert docs[1] not in ids and "zz_added.txt" in ids
    assert docs[1] not in set(pd.read_csv(out / "figures.csv")["doc_id"])
    # the warnings of a reused document stay reported
    errors = pd.read_csv(out / "errors.csv")
    assert set(errors["doc_id"]) == {"bad_date.md", "empty.txt"}


def test_an_unchanged_rerun_extracts_nothing_and_writes_the_same_files(src, tmp_path):
    out = tmp_path / "out"
    run(src, out)
    before = files(out)
    again = run(src, out)
    assert (again.extracted, again.reused) == (1, 11)  # empty.txt is read again
    assert files(out) == before
    assert len(again.errors) == 2


def test_a_changed_metadata_row_re_extracts_its_document(src, tmp_path):
    out = tmp_path / "out"
    run(src, out)
    meta = src / "metadata.csv"
    meta.write_text(meta.read_text(encoding="utf-8").replace("2025-02-20", "2025-02-21"),
                    encoding="utf-8")
    again = run(src, out)
    assert again.extracted == 2  # that document, and empty.txt
    published = pd.read_csv(out / "figures.csv").set_index("doc_id")["published"]
    assert set(published.loc[["000_54044e675516dad2.txt"]]) == {"2025-02-21"}
    assert same_as_a_fresh_run(src, out, tmp_path)


def test_a_new_extractor_version_re_extracts_everything(src, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(src, out)
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "a newer extractor")
    again = run(src, out)
    assert again.reused == 0


def test_tables_changed_behind_its_back_mean_a_full_run(src, tmp_path):
    """A run killed while publishing, or a table edited by hand: the state no longer
    describes the tables, so nothing is taken from them."""
    out = tmp_path / "out"
    run(src, out)
    df = pd.read_parquet(out / "figures.parquet")
    df.iloc[:-1].to_parquet(out / "figures.parquet", index=False)
    again = run(src, out)
    assert again.reused == 0
    assert same_as_a_fresh_run(src, out, tmp_path)


def test_full_forces_extraction(src, tmp_path):
    out = tmp_path / "out"
    run(src, out)
    proc = subprocess.run(
        [sys.executable, "-m", "dashboard.cli", "etl", "-q", str(src), "--out", str(out),
         "--full"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr  # bad_date.md and empty.txt
    assert "(12 extracted, 0 reused" in proc.stderr
    assert "bad_date.md" in proc.stderr and "empty.txt" in proc.stderr


def test_the_same_documents_under_another_path_are_extracted_again(src, tmp_path):
    """documents.path records where a report was read: a moved folder is a new input."""
    out = tmp_path / "out"
    run(src, out)
    moved = tmp_path / "moved"
    src.rename(moved)
    again = run(moved, out)
    assert again.reused == 0
    assert set(pd.read_csv(out / "documents.csv")["path"].str.startswith(str(moved)))== {True}


def change_two(src: Path) -> None:
    """Edit one report and remove another."""
    docs = sorted(p for p in src.iterdir() if p.name.startswith("own_"))
    with open(docs[0], "a", encoding="utf-8") as fh:
        fh.write("\nSome 4,200 people fled Uvira towards Burundi last week.\n")
    docs[1].unlink()


@pytest.fixture
def spliced(monkeypatch) -> list[str]:
    """The files that runs build by splicing (etl/splice.py), as they are built: the real
    splice, watched."""
    names: list[str] = []
    real = output.splice

    def spy(*args, **kwargs):
        done = real(*args, **kwargs)
        names.extend(done)
        return done

    monkeypatch.setattr(output, "splice", spy)
    return names


def test_csv_and_geojson_of_reused_documents_are_copied_not_rewritten(src, tmp_path,
                                                                      spliced):
    out = tmp_path / "out"
    run(src, out)
    change_two(src)
    run(src, out)
    assert sorted(spliced) == ["documents.csv", "events.csv", "figures.csv",
                               "figures.geojson", "flows.csv", "flows.geojson"]
    assert same_as_a_fresh_run(src, out, tmp_path)


def test_files_from_other_writer_versions_are_not_copied_from(src, tmp_path, monkeypatch,
                                                              spliced):
    """After an upgrade of GDAL (in pyogrio) or pyarrow, old records may not be the bytes
    the new writers give: the files are written again in full."""
    out = tmp_path / "out"
    run(src, out)
    change_two(src)
    monkeypatch.setattr(incremental, "writer_version", lambda: "a newer GDAL")
    again = run(src, out)
    assert again.reused and spliced == []


def test_a_csv_edited_by_hand_is_written_again_in_full(src, tmp_path):
    out = tmp_path / "out"
    run(src, out)
    text = (out / "figures.csv").read_text(encoding="utf-8")
    (out / "figures.csv").write_text(text.replace("Uvira", "Uvirra"), encoding="utf-8")
    change_two(src)
    again = run(src, out)
    assert again.reused  # the tables are intact: rows are reused, the CSV is not
    assert same_as_a_fresh_run(src, out, tmp_path)


@pytest.mark.parametrize("moves", [1, 2, 5, 9, 14])
def test_a_run_stopped_while_publishing_is_mended_by_the_next(src, tmp_path, monkeypatch,
                                                              moves):
    """Files are moved into place one after the other: stopped after `moves` of them,
    the folder mixes both runs' files, and the state still describes the previous tables.
    The next run must not copy records out of a file the state does not describe."""
    out = tmp_path / "out"
    run(src, out)
    change_two(src)
    real, done = output._move, []

    def move(src_path, dst):
        if len(done) == moves:
            raise KeyboardInterrupt  # as if killed: nothing after this point happens
        done.append(dst.name)
        return real(src_path, dst)

    monkeypatch.setattr(output, "_move", move)
    with pytest.raises(KeyboardInterrupt):
        run(src, out)
    monkeypatch.undo()
    run(src, out)
    assert same_as_a_fresh_run(src, out, tmp_path)
