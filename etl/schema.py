"""The output tables' columns (design.md's contract) and their types.

Columns may be added here, never renamed: other tools read these names. Columns after the
contract's are this project's additions (marked "extra")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "string",
        "path": "string",
        "title": "string",
        "published": "string",
        "source": "string",
        "language": "string",
        "n_chars": "Int64",
        "sha256": "string",
        "n_figures": "Int64",
        "n_events": "Int64",  # extra
    },
    "places": {
        "place_id": "string",
        "name": "string",
        "kind": "string",
        "iso3": "string",
        "admin1": "string",
        "lat": "Float64",
        "lon": "Float64",
        "gazetteer_id": "string",
        "admin1_name": "string",
        "feature": "string",  # extra
    },
    "figures": {
        "figure_id": "string",
        "doc_id": "string",
        "published": "string",
        "value": "Float64",
        "value_low": "Float64",
        "value_high": "Float64",
        "approximate": "boolean",
        "unit": "string",
        "people_estimate": "Int64",
        "category": "string",
        "measure": "string",
        "rate": "string",
        "origin": "string",
        "destination": "string",
        "location": "string",
        "origin_place_id": "string",
        "destination_place_id": "string",
        "location_place_id": "string",
        "iso3": "string",
        "admin1": "string",
        "lat": "Float64",
        "lon": "Float64",
        "period": "string",
        "quote": "string",
        "char_start": "Int64",
        "char_end": "Int64",
        "confidence": "Float64",
        # extra: the number itself inside the quote, for highlighting; the report language
        "number_text": "string",
        "number_start": "Int64",
        "number_end": "Int64",
        "language": "string",
    },
    "flows": {
        "flow_id": "string",
        "figure_id": "string",
        "origin_place_id": "string",
        "destination_place_id": "string",
        "value": "Float64",
        "value_low": "Float64",
        "value_high": "Float64",
        "geometry": "string",
        "doc_id": "string",
        "published": "string",
        "category": "string",  # extra
        "measure": "string",
        "people_estimate": "Int64",
    },
    "events": {
        "event_id": "string",
        "doc_id": "string",
        "date": "string",
        "date_text": "string",
        "kind": "string",
        "actor": "string",
        "place_id": "string",
        "quote": "string",
        "char_start": "Int64",
        "char_end": "Int64",
        "place": "string",  # extra
    },
    "errors": {"doc_id": "string", "stage": "string", "message": "string", "path": "string"},
}

# Tables whose rows each come whole from one document: the ones an incremental run takes
# from the previous run for unchanged documents (etl/incremental.py, etl/splice.py).
PER_DOCUMENT_TABLES = ("documents", "figures", "flows", "events")

# Row order of each table, so that a re-run writes identical files.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "places": ["place_id"],
    "figures": ["doc_id", "char_start", "number_start"],
    "flows": ["doc_id", "flow_id"],
    "events": ["doc_id", "char_start", "kind"],
    "errors": ["doc_id", "stage", "message"],
}


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A table with exactly the contract's columns (plus extras), typed and sorted."""
    # imported here: the ETL types its rows without pandas (etl.output.rows_to_arrow). A run
    # still loads pandas, for the tables' Parquet metadata and through pyogrio, which
    # imports geopandas, but only once it has rows to write.
    import pandas as pd

    columns = TABLES[table]
    df = pd.DataFrame(rows, columns=list(columns))
    for col, dtype in columns.items():
        if dtype == "Int64":
            df[col] = pd.to_numeric(df[col], errors="coerce").round().astype("Int64")
        elif dtype == "Float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64")
        elif dtype == "boolean":
            df[col] = df[col].astype("boolean")
        else:
            df[col] = df[col].astype("string")
    return df.sort_values(SORT_KEYS[table], kind="stable", ignore_index=True)
