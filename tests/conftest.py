"""Fixtures shared by several test modules."""

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def seeds_tables(tmp_path_factory) -> Path:
    """The ETL tables of the bundled seeds, extracted once per test run (read-only)."""
    from etl.cli import DEFAULT_SOURCE
    from etl.pipeline import run

    out = tmp_path_factory.mktemp("seeds_tables")
    run([str(DEFAULT_SOURCE)], out, progress=False)
    return out
