"""`displacement etl --engine dask`: the same ETL on a Dask cluster (a LocalCluster of two
worker processes here, no network) writes tables byte-identical to the local engine's,
plus the partitioned Parquet lake."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "data" / "devset" / "docs"

pytest.importorskip("dask.distributed")


def etl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.cli", "etl", "-q", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def files(out: Path) -> dict[str, bytes]:
    """The tables (CSV, Parquet, GeoJSON); not the incremental state, whose keys hash the
    extractor's code, which may differ between two runs made while it is edited."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("dask")
    src = tmp / "src"
    shutil.copytree(SEEDS, src)
    for doc in sorted(DEVSET.iterdir()):
        shutil.copy(doc, src / doc.name)
    (src / "sub").mkdir()
    shutil.copy(DEVSET / "own_01.txt", src / "sub" / "own_01.txt")
    (src / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (src / "bad_date.md").write_bytes(b"---\ndate: 20 March\n---\nSome 5,000 people fled Uvira.\n")
    local, dask = tmp / "local", tmp / "dask"
    # a small batch size: several batches, and partitions in flight across them
    procs = {"local": etl(str(src), str(SEEDS), "--out", str(local), "--batch-size", "7"),
             "dask": etl(str(src), str(SEEDS), "--out", str(dask), "--batch-size", "7",
                         "--engine", "dask")}
    return {"src": src, "local": local, "dask": dask, "procs": procs}


def test_dask_tables_are_identical_to_the_local_engine(runs):
    for proc in runs["procs"].values():
        assert proc.returncode == 1, proc.stderr  # scan.txt and bad_date.md
    local, dask = files(runs["local"]), files(runs["dask"])
    assert set(local) == set(dask) and "figures.parquet" in local
    for name in local:
        assert local[name] == dask[name], name


def test_bad_files_are_reported_under_dask_too(runs):
    errors = pd.read_csv(runs["dask"] / "errors.csv")
    assert set(zip(errors["doc_id"], errors["stage"], strict=True)) == {
        ("scan.txt", "read"), ("bad_date.md", "metadata")}
    stderr = runs["procs"]["dask"].stderr
    assert "scan.txt: read: binary file" in stderr and "bad_date.md: metadata" in stderr


def test_the_lake_is_parquet_partitioned_by_month(runs):
    lake = runs["dask"] / "lake"
    figures = pd.read_parquet(runs["dask"] / "figures.parquet")
    dataset = ds.dataset(lake / "figures", format="parquet", partitioning="hive")
    table = dataset.to_table()
    assert table.num_rows == len(figures)
    months = {p.name for p in (lake / "figures").iterdir()}
    assert all(m.startswith("published_month=") for m in months)
    expected = {m[:7] if isinstance(m, str) and len(m) >= 7 else "unknown"
                for m in figures["published"]}
    assert {m.split("=", 1)[1] for m in months} == expected
    assert sorted(table.column("figure_id").to_pylist()) == sorted(figures["figure_id"])
    for name in ("documents", "places", "flows", "events", "errors"):
        assert (lake / name).is_dir(), name
    assert not (runs["local"] / "lake").exists()  # the lake comes with the dask engine


def test_a_scheduler_needs_the_dask_engine(tmp_path):
    proc = etl(str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1")
    assert proc.returncode == 2 and "--engine dask" in proc.stderr


def test_an_existing_cluster_by_its_address(tmp_path):
    """`--scheduler ADDRESS`: a cluster started elsewhere (here, in this process, on the
    loopback) does the extraction; the tables are still the local engine's."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        proc = etl(str(SEEDS), "--out", str(tmp_path / "remote"), "--engine", "dask",
                   "--scheduler", cluster.scheduler_address)
    assert proc.returncode == 0, proc.stderr
    assert etl(str(SEEDS), "--out", str(tmp_path / "local")).returncode == 0
    assert files(tmp_path / "remote") == files(tmp_path / "local")
    assert (tmp_path / "remote" / "lake" / "figures").is_dir()
