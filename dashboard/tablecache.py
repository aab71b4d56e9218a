"""The dashboard's prepared tables kept on disk between server starts.

Preparing 100,000 figures (typing, display columns, integer keys: `data.build_tables`)
takes about a second; reading them back prepared takes a tenth of that. So the first page
after a restart comes sooner. A cached copy is keyed by the data folder, its files'
modification times (`data.table_signature`) and the code that prepares them: a new ETL run
or a new version of the dashboard is never served stale tables.

The copies are pickles, so they live in a folder only this user can write (they are run
as code when read): $DISPLACEMENT_DASHBOARD_CACHE, else the user's cache folder
(~/.cache/displacement-dashboard). DISPLACEMENT_DASHBOARD_CACHE=off turns the cache off.
A copy that cannot be read is ignored (the tables are prepared again); one that cannot be
written is skipped. Only the few newest copies are kept.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

ENV = "DISPLACEMENT_DASHBOARD_CACHE"
KEEP = 4  # copies kept: a few data folders, or versions of one
_HERE = Path(__file__).resolve().parent
# the code whose output is cached: a change to any of them makes every copy stale
_SOURCES = (
    _HERE / "data.py", _HERE / "state.py",
    _HERE.parent / "geo" / "layers.py", _HERE.parent / "geo" / "boundaries.py",
    _HERE.parent / "geo" / "totals.py",
)


def folder() -> Path | None:
    """Where the copies are, or None when the cache is off."""
    setting = os.environ.get(ENV, "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "displacement-dashboard"


@lru_cache(maxsize=1)
def _code_version() -> str:
    h = hashlib.sha256(pd.__version__.encode())
    for path in _SOURCES:
        h.update(path.read_bytes())
    return h.hexdigest()


def _path(where: Path, data_dir: Path, signature: tuple) -> Path:
    key = hashlib.sha256(repr((str(data_dir), signature, _code_version())).encode())
    return where / f"tables-{key.hexdigest()[:32]}.pickle"


def _private(where: Path) -> bool:
    """Is the folder this user's alone (no one else may write a pickle into it)?"""
    info = where.stat()
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read(data_dir: Path, signature: tuple) -> Any | None:
    """The prepared tables of this data folder as it is now, if a copy is kept."""
    where = folder()
    if where is None or not where.is_dir():
        return None
    try:
        if not _private(where):
            return None
        with open(_path(where, data_dir, signature), "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing or broken copy: prepare the tables again
        return None


def write(data_dir: Path, signature: tuple, tables: Any) -> None:
    """Keep a copy of the prepared tables (atomically: a reader never sees half of one)."""
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(where):
            return
        target = _path(where, data_dir, signature)
        fd, tmp = tempfile.mkstemp(dir=where, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        _prune(where)
    except Exception:  # noqa: BLE001 - no room or no right to write: serve without a copy
        return


def _prune(where: Path) -> None:
    copies = sorted(where.glob("tables-*.pickle"), key=lambda p: p.stat().st_mtime,
                    reverse=True)
    for old in copies[KEEP:]:
        old.unlink(missing_ok=True)
