"""Crash safety: `displacement etl` killed with SIGKILL (no cleanup, no exception handler)
while it extracts, and again while it writes, never leaves a table half written: the
previous tables stay whole and readable, and a table already replaced is the new run's
complete table. (Byte-identical re-runs: tests/test_etl_cli.py.)"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from etl.output import STAGING_PREFIX

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "data" / "devset" / "docs"
COPIES = 20  # 14 reports x 20 = 280 documents: a few seconds of extraction
TABLES = ("documents", "places", "figures", "flows", "events", "errors")


def cmd(src: Path, out: Path, quiet: bool = True) -> list[str]:
    return [sys.executable, "-m", "dashboard.cli", "etl", *(["-q"] if quiet else []),
            str(src), "--out", str(out)]


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def read_all(out: Path) -> dict[str, int]:
    """Every table read back (CSV, Parquet, GeoJSON); rows per table."""
    rows = {}
    for name in TABLES:
        rows[name] = len(pd.read_csv(out / f"{name}.csv"))
        pd.read_parquet(out / f"{name}.parquet")
    for name in ("places", "figures", "flows"):
        gpd.read_file(out / f"{name}.geojson")
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """A big corpus, its complete output (the reference), and a previous output."""
    tmp = tmp_path_factory.mktemp("crash")
    src = tmp / "big"
    src.mkdir()
    for i in range(COPIES):
        for doc in sorted(DEVSET.iterdir()):
            shutil.copy(doc, src / f"{i:03d}_{doc.name}")
    from etl.pipeline import run  # in this process: the same code, without the start-up

    ref, prev = tmp / "ref", tmp / "prev"
    run([str(src)], ref, progress=False)
    run([str(SEEDS)], prev, progress=False)
    return {"src": src, "ref": snapshot(ref), "prev_dir": prev, "prev": snapshot(prev),
            "prev_rows": read_all(prev)}


def fresh_out(corpus, tmp_path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(corpus["prev_dir"], out)
    return out


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def test_killed_while_extracting_leaves_the_previous_tables(corpus, tmp_path):
    out = fresh_out(corpus, tmp_path)
    proc = subprocess.Popen(cmd(corpus["src"], out, quiet=False), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait until the progress bar has moved: documents are being extracted
    seen = b""
    while b"documents:" not in seen or b"| 0/" in seen.rsplit(b"\r", 1)[-1]:
        chunk = proc.stderr.read1(4096)
        assert chunk, f"the run ended early: {seen[-500:]!r}"
        seen += chunk
    kill(proc)
    proc.stderr.close()
    assert snapshot(out) == corpus["prev"]  # byte for byte
    assert read_all(out) == corpus["prev_rows"]


def staged(out: Path) -> set[str]:
    """Files in the run's staging folder (output.Staging) inside `out`."""
    names: set[str] = set()
    for entry in os.scandir(out):
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir():
            try:
                names.update(os.listdir(entry.path))
            except FileNotFoundError:  # published and removed meanwhile
                pass
    return names


def test_killed_while_writing_leaves_whole_tables(corpus, tmp_path):
    out = fresh_out(corpus, tmp_path)
    proc = subprocess.Popen(cmd(corpus["src"], out), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Every file is written in the staging folder, then moved into place (os.replace):
    # kill as soon as the figures' CSV is being written there.
    deadline = time.monotonic() + 240
    while "figures.csv" not in staged(out):
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.001)
    kill(proc)
    after = snapshot(out)
    assert set(after) == set(corpus["prev"])  # no half-written file took a table's name
    for name, data in after.items():
        assert data in (corpus["prev"][name], corpus["ref"][name]), name
    # nothing is moved into place before every file is written
    assert after == corpus["prev"]
    assert read_all(out) == corpus["prev_rows"]
    # and the next run writes what an uninterrupted run writes
    subprocess.run(cmd(corpus["src"], out), cwd=ROOT, check=True, capture_output=True)
    assert snapshot(out) == corpus["ref"]
