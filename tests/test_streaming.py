"""Streaming output: the ETL writes its tables a batch of documents at a time, and the
files are byte-identical whatever the batch size and the Parquet row-group size never
depends on it. (Peak memory at scale: benchmarks/etl_throughput.py.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import pipeline
from etl.output import ParquetSink, arrow_schema, to_arrow
from etl.schema import frame
from etl.steps import DocResult

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "data" / "devset" / "docs"


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Seeds and the development set, a subfolder (walked after the top-level files, but
    sorted among them by doc_id), a file named like one of another source, a bad file."""
    src = tmp_path_factory.mktemp("stream") / "src"
    shutil.copytree(SEEDS, src)
    for doc in sorted(DEVSET.iterdir()):
        shutil.copy(doc, src / doc.name)
    (src / "a_sub").mkdir()
    for doc in sorted(DEVSET.iterdir())[:3]:
        shutil.copy(doc, src / "a_sub" / doc.name)
    (src / "empty.txt").write_bytes(b"")
    return src


def test_output_is_identical_whatever_the_batch_size(corpus, tmp_path):
    outs = {}
    for batch_size in (1, 4, 1000):
        out = tmp_path / f"b{batch_size}"
        # 40-row groups: the larger tables span several, so their layout is tested too
        result = pipeline.run([str(corpus), str(SEEDS)], out, progress=False,
                              batch_size=batch_size, row_group_rows=40, incremental=False)
        outs[batch_size] = files(out)
    assert result.counts["figures"] > 80 and result.errors  # empty.txt
    assert pq.ParquetFile(tmp_path / "b1" / "figures.parquet").metadata.num_row_groups > 2
    assert outs[1] == outs[4] == outs[1000]
    # and equal to the in-memory tables of the same sources
    tables = pipeline.extract_documents([str(corpus), str(SEEDS)], progress=False).tables
    for name, df in tables.items():
        assert df.equals(pipeline.Result({}, out=tmp_path / "b4").tables[name]), name


def test_parquet_row_groups_do_not_depend_on_how_rows_arrive(tmp_path):
    rows = [{"doc_id": f"d{i:03d}", "stage": "read", "message": "m" * (i % 7), "path": "p"}
            for i in range(250)]
    df = frame("errors", rows)
    written = []
    for step in (1, 33, 250):
        path = tmp_path / f"errors{step}.parquet"
        sink = ParquetSink(path, arrow_schema("errors"), row_group_rows=100)
        for start in range(0, len(df), step):
            sink.write(to_arrow("errors", df.iloc[start : start + step]))
        sink.close()
        assert [pq.ParquetFile(path).metadata.row_group(i).num_rows for i in range(3)] == [
            100, 100, 50]
        written.append(path.read_bytes())
    assert written[0] == written[1] == written[2]
    empty = tmp_path / "empty.parquet"
    ParquetSink(empty, arrow_schema("errors")).close()
    frame("errors", []).to_parquet(tmp_path / "pandas.parquet", index=False)
    assert empty.read_bytes() == (tmp_path / "pandas.parquet").read_bytes()


def test_batches_hold_one_batch_of_documents_at_a_time(corpus):
    """The writer asks the engine for a batch's documents only when it writes that batch:
    rows in memory are bounded by the batch size, not the corpus."""
    tasks, _ = pipeline.plan([str(corpus)])
    pulled = []

    def results():
        for _ in tasks:
            pulled.append(1)
            yield DocResult()

    with pipeline._progress(len(tasks), False) as bar:
        for i, batch in enumerate(pipeline._batches(tasks, results(), {}, None, "", 5, bar)):
            assert len(pulled) == min(5 * (i + 1), len(tasks))
            assert batch.tables["documents"].num_rows == 0


def etl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.cli", "etl", "-q", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_stale_temporary_folders_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = [".figures.csv.k2j3h4", ".etl-staging.x9y8", ".documents.parquet.abc",
             ".lake.q1w2"]
    for name in stale:
        (out / name).mkdir()
        (out / name / "half-written").write_bytes(b"x")
    (out / ".keep").mkdir()  # not ours: left alone
    (out / "notes.txt").write_text("mine")
    proc = etl(str(SEEDS), "--out", str(out), "--batch-size", "1")
    assert proc.returncode == 0, proc.stderr
    left = {p.name for p in out.iterdir()}
    assert not left & set(stale)
    assert {".keep", "notes.txt", "figures.csv", ".etl-state.parquet"} <= left
    assert not [n for n in left if n.startswith(".") and n not in (".keep",
                                                                 ".etl-state.parquet")]


def test_a_batch_size_below_one_is_a_bad_argument(tmp_path):
    proc = etl(str(SEEDS), "--out", str(tmp_path), "--batch-size", "0")
    assert proc.returncode == 2 and "batch-size" in proc.stderr


def test_csv_from_parquet_is_what_pandas_writes(tmp_path):
    """Tables are published as CSV straight from Arrow values; the bytes must be those of
    DataFrame.to_csv for every kind of value (floats, bounds, NA, quoting)."""
    from etl.output import _chunks, write_csv

    def parquet_to_csv(src: Path, dst: str, name: str) -> None:
        write_csv(_chunks(src, name), dst, name)  # as Staging.derive writes a full CSV

    cases = [(1e16, 10**15, True, ""), (1e-7, -3, False, " x"), (0.1 + 0.2, None, None, None),
             (-0.0, 0, True, "é\r\n"), (float("nan"), 5, False, "'=1+2"),
             (123456789.125, 7, None, "tab\there"), (5e-324, 1, True, '"'), (None, None, None,
             'a,"b"\nc')]
    rows = [{"figure_id": f"f{i}", "doc_id": "d", "value": v, "people_estimate": n,
             "approximate": b, "quote": q} for i, (v, n, b, q) in enumerate(cases)]
    df = frame("figures", rows)
    df.to_parquet(tmp_path / "figures.parquet", index=False)
    parquet_to_csv(tmp_path / "figures.parquet", str(tmp_path / "ours.csv"), "figures")
    df.to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n")
    assert (tmp_path / "ours.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    empty = frame("errors", [])
    empty.to_parquet(tmp_path / "errors.parquet", index=False)
    parquet_to_csv(tmp_path / "errors.parquet", str(tmp_path / "e.csv"), "errors")
    assert (tmp_path / "e.csv").read_text() == "doc_id,stage,message,path\n"
