"""etl/splice.py: a CSV or GeoJSON file rebuilt from the previous file's records and the
fresh rows is byte for byte the file written in full, records spanning lines included."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import output
from etl.schema import frame
from etl.splice import Reuse, splice


def fig(doc: str, n: int, quote: str, lon: float | None = 29.2) -> dict:
    return {"figure_id": f"{doc}#{n}", "doc_id": doc, "value": float(n), "quote": quote,
            "char_start": n, "number_start": n, "lon": lon, "lat": -1.6 if lon else None,
            "location_place_id": "COD-goma"}


OLD = [fig("a", 1, "first\nof a"), fig("a", 2, "x"), fig("b", 1, 'b said "5,000"\n\nfled'),
       fig("c", 1, "c"), fig("c", 2, "last, of c", lon=None)]
# a kept; b removed; c changed (new rows); d added, with a newline in its quote
NEW = [OLD[0], OLD[1], fig("c", 1, "c again\nnow"), fig("d", 7, "d")]


def write(rows: list[dict], folder: Path, suffix: str) -> Path:
    folder.mkdir(exist_ok=True)
    table = output.to_arrow("figures", frame("figures", rows))
    pq.write_table(table, folder / "figures.parquet")
    dst = folder / f"figures.{suffix}"
    render(suffix)(output._chunks(folder / "figures.parquet", "figures"), str(dst))
    return dst


def render(suffix: str):
    if suffix == "csv":
        return lambda batches, path: output.write_csv(batches, path, "figures")
    return lambda batches, path: output.write_geojson_batches(batches, path, "figures", {})


CASES = [
    ({"a"}, NEW),
    ({"a", "c"}, [*OLD[:2], *OLD[3:], fig("d", 7, "d")]),  # fresh rows last
    ({"c"}, [fig("a", 1, "a, changed\n"), *OLD[3:]]),  # fresh rows first, old ones last
    ({"a", "b", "c"}, OLD[:3]),  # nothing fresh: c removed
]


@pytest.mark.parametrize("suffix", ["csv", "geojson"])
@pytest.mark.parametrize(("reused", "new"), CASES)
def test_a_spliced_file_is_the_file_written_in_full(tmp_path, suffix, reused, new):
    old_file = write(OLD, tmp_path / "old", suffix)
    full = write(new, tmp_path / "full", suffix)
    staged = tmp_path / "staged"
    staged.mkdir()
    pq.write_table(pq.read_table(full.parent / "figures.parquet"), staged / "figures.parquet")
    reuse = Reuse(old_file.parent, frozenset(reused),
                  {old_file.name: output.sha256_file(old_file)})
    dst = staged / f"figures.{suffix}"
    assert splice(reuse, "figures", suffix, staged / "figures.parquet", dst, render(suffix),
                  lambda t: output._table_batches(t, "figures"))
    assert dst.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("suffix", ["csv", "geojson"])
def test_a_previous_file_that_is_not_the_recorded_one_is_not_used(tmp_path, suffix):
    old_file = write(OLD, tmp_path / "old", suffix)
    full = write(NEW, tmp_path / "full", suffix)
    reuse = Reuse(old_file.parent, frozenset({"a"}), {old_file.name: "0" * 64})
    dst = tmp_path / f"out.{suffix}"
    assert not splice(reuse, "figures", suffix, full.parent / "figures.parquet", dst,
                      render(suffix), lambda t: output._table_batches(t, "figures"))
    assert not dst.exists()
