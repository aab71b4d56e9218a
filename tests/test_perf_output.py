"""The ETL's faster paths give exactly what the plain ones gave: rows typed straight into
Arrow (etl.output.rows_to_arrow) are the table frame() types through pandas, order,
missing values and coercions included."""

from __future__ import annotations

import math

import numpy as np
import pytest

from etl import output
from etl.schema import TABLES, frame


def plain(name: str, rows: list[dict]):
    return output.to_arrow(name, frame(name, rows))


def figure(doc: str, start: int | None, number_start: int | None = 0, **extra) -> dict:
    row = {"figure_id": f"{doc}#{start}", "doc_id": doc, "published": "2025-02-01",
           "value": 1200.0, "value_low": None, "value_high": math.nan, "approximate": True,
           "unit": "people", "people_estimate": 1200, "category": "displaced",
           "quote": "about 1,200 people\nfled", "char_start": start,
           "number_start": number_start, "lat": -1.5, "lon": None, "confidence": 0.8,
           "language": "en", "not_a_column": object()}
    row.update(extra)
    return row


CASES = {
    "unsorted, ties and missing sort keys": ("figures", [
        figure("b", 10), figure("a", 30), figure("a", None), figure("a", 30, None),
        figure("a", 30, 2), figure("a", 5), figure("b", 10), figure("a", None, 1)]),
    "a missing column and NaN everywhere": ("figures", [
        {"doc_id": "x", "value": math.nan, "approximate": None}, {"doc_id": "w"}]),
    "ints in float columns, floats whole": ("figures", [
        figure("a", 1, value=3, value_low=2, confidence=1)]),
    # values of another type: frame() coerces them, so rows_to_arrow must hand over
    "a float in an Int64 column": ("figures", [figure("a", 1, char_end=2.5)]),
    "an int in a string column": ("figures", [figure("a", 1, unit=5)]),
    "a number as text": ("figures", [figure("a", 1, value="1200")]),
    "a bool as a number": ("figures", [figure("a", 1, people_estimate=True)]),
    "an int as a bool": ("figures", [figure("a", 1, approximate=1)]),
    "a numpy scalar": ("figures", [figure("a", 1, value=np.float64(3.5))]),
    "an int beyond float precision": ("figures", [figure("a", 1, people_estimate=2**60),
                                                  figure("b", 1, people_estimate=None)]),
    "a huge int as a float": ("figures", [figure("a", 1, value=2**60 + 1)]),
    "an int beyond 64 bits": ("figures", [figure("a", 1, char_end=2**70)]),
    "no rows": ("events", []),
    "documents": ("documents", [
        {"doc_id": "b.txt", "path": "/x/b.txt", "title": "É", "published": "", "source": "",
         "language": "fr", "n_chars": 10, "sha256": "ab", "n_figures": 0, "n_events": 2},
        {"doc_id": "a.txt", "path": "/x/a.txt", "title": None, "published": "2025-01-02",
         "source": "s", "language": "", "n_chars": 3, "sha256": "cd", "n_figures": 1,
         "n_events": 0}]),
    "events by kind": ("events", [
        {"event_id": "e2", "doc_id": "a", "char_start": 4, "kind": "fighting"},
        {"event_id": "e1", "doc_id": "a", "char_start": 4, "kind": "attack"},
        {"event_id": "e0", "doc_id": "a", "char_start": None, "kind": None}]),
    # the rows pipeline.run makes for these two, real gazetteer places included
    "places": ("places", [
        {"place_id": "COD-goma", "name": "Goma", "kind": "city", "iso3": "COD",
         "admin1": "CD-NK", "lat": -1.67409, "lon": 29.22845, "gazetteer_id": "geonames:1",
         "admin1_name": "North Kivu", "feature": "city"},
        {"place_id": "BDI", "name": "Burundi", "kind": "country", "iso3": "BDI",
         "admin1": "", "lat": -3.4, "lon": 29.9, "gazetteer_id": "", "admin1_name": "",
         "feature": "country"},
        {"place_id": "BDI-site", "name": "Site", "kind": "site", "iso3": "BDI",
         "admin1": "BI-CI", "lat": None, "lon": None, "gazetteer_id": None,
         "admin1_name": None, "feature": None}]),
    "errors": ("errors", [
        {"doc_id": "b.txt", "path": "/x/b.txt", "stage": "read", "message": "not UTF-8"},
        {"doc_id": "a.txt", "path": "/x/a.txt", "stage": "figures", "message": "ValueError: x"},
        {"doc_id": "a.txt", "path": "/x/a.txt", "stage": "events", "message": ""}]),
    "flows": ("flows", [{"flow_id": "flow:b", "doc_id": "a", "value": 5.0,
                         "people_estimate": None, "geometry": "LINESTRING (1 2, 3 4)"},
                        {"flow_id": "flow:a", "doc_id": "a", "value": None}]),
}


@pytest.mark.filterwarnings("ignore:invalid value encountered in cast:RuntimeWarning")
@pytest.mark.parametrize("case", list(CASES))
def test_rows_to_arrow_is_frame_through_pandas(case):
    name, rows = CASES[case]
    try:
        expected = plain(name, rows)
    except Exception as exc:  # noqa: BLE001 - then the fast path fails the same way
        with pytest.raises(type(exc)):
            output.rows_to_arrow(name, rows)
        return
    fast = output.rows_to_arrow(name, rows)
    assert fast.schema.equals(output.arrow_schema(name), check_metadata=True)
    assert fast.equals(expected), case


def test_rows_to_arrow_every_table_one_row():
    for name, columns in TABLES.items():
        row = {c: {"string": "x", "Int64": 1, "Float64": 0.5, "boolean": False}[t]
               for c, t in columns.items()}
        assert output.rows_to_arrow(name, [row]).equals(plain(name, [row])), name


def test_crs_is_geo_geometry_crs():
    from geo import geometry

    assert output.CRS == geometry.CRS


def test_the_etl_loads_no_library_it_does_not_need_at_start():
    """pandas, BeautifulSoup, charset-normalizer and geopandas take about half a second to
    load: `displacement etl` imports them only when a run needs them."""
    import subprocess
    import sys

    code = ("import sys, dashboard.cli, etl.pipeline; "
            "print(' '.join(m for m in ('pandas', 'bs4', 'charset_normalizer', 'geopandas') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.strip() == ""
