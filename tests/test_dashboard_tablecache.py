"""The prepared tables kept on disk between server starts (dashboard/tablecache.py)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from dashboard import data, tablecache


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(tablecache.ENV, str(where))
    data._load.cache_clear()
    yield where
    data._load.cache_clear()


@pytest.fixture
def tables_dir(tmp_path, seeds_tables) -> Path:
    out = tmp_path / "tables"
    shutil.copytree(seeds_tables, out)
    return out


def _fresh_load(tables_dir: Path) -> data.Tables:
    data._load.cache_clear()  # as a new server process would
    return data.load(tables_dir)


def test_a_restart_reads_the_prepared_tables_back(cache, tables_dir):
    first = _fresh_load(tables_dir)
    copies = list(cache.glob("tables-*.pickle"))
    assert len(copies) == 1
    assert oct(cache.stat().st_mode & 0o777) == "0o700"
    again = _fresh_load(tables_dir)
    assert again is not first
    pd.testing.assert_frame_equal(again.figures, first.figures)
    pd.testing.assert_frame_equal(again.documents, first.documents)
    for table, columns in first.key_values.items():
        for column, values in columns.items():
            assert list(again.key_values[table][column]) == list(values)


def test_new_tables_are_never_served_from_an_old_copy(cache, tables_dir):
    before = _fresh_load(tables_dir)
    figures = pd.read_parquet(tables_dir / "figures.parquet")
    figures.iloc[:1].to_parquet(tables_dir / "figures.parquet")  # as a new ETL run would
    later = time.time() + 5
    os.utime(tables_dir / "figures.parquet", (later, later))
    after = _fresh_load(tables_dir)
    assert len(before.figures) > 1 and len(after.figures) == 1
    assert len(list(cache.glob("tables-*.pickle"))) == 2


def test_a_broken_copy_is_prepared_again(cache, tables_dir):
    expected = _fresh_load(tables_dir)
    (copy,) = cache.glob("tables-*.pickle")
    copy.write_bytes(b"not a pickle")
    pd.testing.assert_frame_equal(_fresh_load(tables_dir).figures, expected.figures)


def test_a_folder_others_may_write_to_is_not_read(cache, tables_dir):
    _fresh_load(tables_dir)
    signature = data.table_signature(tables_dir)
    assert isinstance(tablecache.read(tables_dir.resolve(), signature), data.Tables)
    cache.chmod(0o777)  # anyone could have put a pickle there: it would run as code
    assert tablecache.read(tables_dir.resolve(), signature) is None


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path, tables_dir):
    monkeypatch.setenv(tablecache.ENV, "off")
    assert tablecache.folder() is None
    assert len(_fresh_load(tables_dir).figures) > 0
