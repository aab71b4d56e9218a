"""etl/splice.py: a CSV or GeoJSON file rebuilt from the previous file's records and the
fresh rows is byte for byte the file written in full, records spanning lines included."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import output
from etl import splice as splice_module
from etl.schema import frame
from etl.splice import Reuse, splice

FILES = ["figures.csv", "figures.geojson"]


def fig(doc: str, n: int, quote: str, lon: float | None = 29.2) -> dict:
    return {"figure_id": f"{doc}#{n}", "doc_id": doc, "value": float(n), "quote": quote,
            "char_start": n, "number_start": n, "lon": lon, "lat": -1.6 if lon else None,
            "location_place_id": "COD-goma"}


OLD = [fig("a", 1, "first\nof a"), fig("a", 2, "x"), fig("b", 1, 'b said "5,000"\n\nfled'),
       fig("c", 1, "c"), fig("c", 2, "last, of c", lon=None)]
# a kept; b removed; c changed (new rows); d added, with a newline in its quote
NEW = [OLD[0], OLD[1], fig("c", 1, "c again\nnow"), fig("d", 7, "d")]


def renders() -> dict:
    return {"csv": lambda batches, path: output.write_csv(batches, path, "figures"),
            "geojson": lambda batches, path: output.write_geojson_batches(batches, path,
                                                                         "figures", {})}


def batches(table):
    return output._table_batches(table, "figures")


def write(rows: list[dict], folder: Path) -> Path:
    """The figures' Parquet, CSV and GeoJSON files of `rows`, each written in full."""
    folder.mkdir(exist_ok=True)
    table = output.to_arrow("figures", frame("figures", rows))
    pq.write_table(table, folder / "figures.parquet")
    for suffix, render in renders().items():
        render(output._chunks(folder / "figures.parquet", "figures"),
               str(folder / f"figures.{suffix}"))
    return folder


def staged(rows: list[dict], tmp_path: Path) -> Path:
    """A staging folder holding only the new table's Parquet file."""
    full = write(rows, tmp_path / "full")
    folder = tmp_path / "staged"
    folder.mkdir()
    pq.write_table(pq.read_table(full / "figures.parquet"), folder / "figures.parquet")
    return folder


def recorded(folder: Path) -> dict[str, str]:
    return {name: output.sha256_file(folder / name) for name in FILES}


CASES = [
    ({"a"}, NEW),
    ({"a", "c"}, [*OLD[:2], *OLD[3:], fig("d", 7, "d")]),  # fresh rows last
    ({"c"}, [fig("a", 1, "a, changed\n"), *OLD[3:]]),  # fresh rows first, old ones last
    ({"a", "b", "c"}, OLD[:3]),  # nothing fresh: c removed
]


@pytest.mark.parametrize(("reused", "new"), CASES)
def test_a_spliced_file_is_the_file_written_in_full(tmp_path, reused, new):
    old = write(OLD, tmp_path / "old")
    folder = staged(new, tmp_path)
    reuse = Reuse(old, frozenset(reused), recorded(old))
    # each file's hash as written, the one the next run's state records
    assert splice(reuse, "figures", folder / "figures.parquet", folder, renders(),
                  batches) == recorded(folder)
    for name in FILES:
        assert (folder / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    assert sorted(p.name for p in folder.iterdir()) == sorted(["figures.parquet", *FILES])


def test_the_files_of_a_table_share_one_plan_and_one_read_of_the_fresh_rows(tmp_path,
                                                                           monkeypatch):
    old = write(OLD, tmp_path / "old")
    folder = staged(NEW, tmp_path)
    calls = []
    for helper in ("plan_runs", "_fresh_rows"):
        real = getattr(splice_module, helper)
        monkeypatch.setattr(splice_module, helper,
                            lambda *a, real=real, helper=helper: calls.append(helper) or real(*a))
    reuse = Reuse(old, frozenset({"a"}), recorded(old))
    assert len(splice(reuse, "figures", folder / "figures.parquet", folder, renders(),
                      batches)) == 2
    assert calls == ["plan_runs", "_fresh_rows"]


@pytest.mark.parametrize("suffix", ["csv", "geojson"])
def test_a_previous_file_that_is_not_the_recorded_one_is_not_used(tmp_path, suffix):
    """Each file is checked on its own: the table's other file is still spliced."""
    old = write(OLD, tmp_path / "old")
    folder = staged(NEW, tmp_path)
    hashes = recorded(old) | {f"figures.{suffix}": "0" * 64}
    reuse = Reuse(old, frozenset({"a"}), hashes)
    other = next(name for name in FILES if not name.endswith(suffix))
    assert list(splice(reuse, "figures", folder / "figures.parquet", folder, renders(),
                       batches)) == [other]
    assert not (folder / f"figures.{suffix}").exists()
    assert (folder / other).read_bytes() == (tmp_path / "full" / other).read_bytes()
