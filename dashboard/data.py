"""The dashboard's one data-access module.

- `load(data_dir)`: the tables of design.md the dashboard shows (documents, places,
  figures, events) from a data folder (Parquet, else CSV), typed,
  with display columns added once (people, names, value text), an integer key beside each
  column views filter or group by (`_k_<column>`, what each stands for in
  `Tables.key_values`), and cached until a file changes; `build_tables` makes the same
  from tables in memory;
- `view` / `figures_in_view`: the rows of a view state, filtered by key, with only the
  columns a callback reads;
- pure functions on DataFrames: `filter_figures`, `filter_events` (on keyed rows),
  `search_figures`, `options`, `countable_rows` (the figures the rule may choose from);
- `document_text(tables, doc_id)`: the text of a report, to show it with its quote marked.

The dashboard never parses report text: every number, place and offset comes from the
tables written by the ETL. The charts' aggregates over a view (the no-double-counting
rule) are in dashboard/aggregates.py.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import tablecache
from dashboard.state import ViewState
from geo import layers
from geo import totals as rule
from geo.totals import RULE_BY_MEASURE, people_columns

# The tables the dashboard reads. Not flows: the map draws its routes from the figures'
# origin and destination. Not errors: the ETL's log for whoever ran it (errors.csv).
TABLE_NAMES = ("documents", "places", "figures", "events")
CATEGORIES = ("refugees", "displaced", "fled", "returned", "evacuated")
MEASURES = ("flow", "stock")
REQUIRED = ("documents", "figures")
PROJECT_ROOT = Path(__file__).resolve().parent.parent

NUMERIC = {
    "figures": ["value", "value_low", "value_high", "people_estimate", "lat", "lon",
                "char_start", "char_end", "confidence", "number_start", "number_end"],
    "places": ["lat", "lon"],
    "events": ["char_start", "char_end"],
    "documents": ["n_chars", "n_figures", "n_events"],
}


@dataclass
class Tables:
    data_dir: Path
    documents: pd.DataFrame
    places: pd.DataFrame
    figures: pd.DataFrame  # enriched: see enrich_figures
    events: pd.DataFrame  # enriched: lat, lon, iso3, admin1 of the place
    # Per report, its doc_id's key among the figures' (`_k_doc_id`), -1 for a report with
    # no figure: a view's reports are found from its figures' keys, no doc_id compared.
    document_keys: np.ndarray
    extra: dict = field(default_factory=dict)
    # What each integer key column stands for: {"figures" | "events": {column: values}},
    # so filters compare a few hundred distinct values, not 100,000 strings.
    key_values: dict = field(default_factory=dict)


# ---------------------------------------------------------------- loading

def table_path(data_dir: Path, name: str) -> Path | None:
    for suffix in (".parquet", ".csv"):
        p = Path(data_dir) / f"{name}{suffix}"
        if p.exists():
            return p
    return None


def has_tables(data_dir: str | Path) -> bool:
    """True when the folder holds at least the documents and figures tables."""
    return all(table_path(Path(data_dir), n) is not None for n in REQUIRED)


def _read(path: Path | None) -> pd.DataFrame:
    if path is None:
        return pd.DataFrame()
    if path.suffix == ".parquet":
        return _read_parquet(path)
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _read_parquet(path: Path) -> pd.DataFrame:
    """A Parquet table with its text columns read as dictionaries (the way Parquet stores
    them) and turned into object arrays of shared str straight from Arrow ("" for
    missing): each distinct place, category or date is one Python object, and no per-row
    conversion runs. The other columns convert as pyarrow converts them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(path)
    text = [f.name for f in schema if pa.types.is_string(f.type) or
            pa.types.is_large_string(f.type)]
    table = pq.read_table(path, read_dictionary=text)
    df = table.drop_columns(text).to_pandas() if len(text) < table.num_columns else (
        pd.DataFrame(index=pd.RangeIndex(table.num_rows)))
    for name in text:
        df[name] = pd.Series(_dictionary_strings(table.column(name)), index=df.index,
                             dtype=object)
    return df[table.column_names]


def _dictionary_strings(column) -> np.ndarray:
    """A dictionary-encoded Arrow column as an object array of str, "" for nulls."""
    column = column.unify_dictionaries()
    if column.num_chunks == 0:
        return np.zeros(0, dtype=object)
    values = np.append(np.asarray(column.chunk(0).dictionary.to_pylist(), dtype=object), "")
    null = len(values) - 1
    return np.concatenate([values.take(chunk.indices.fill_null(null).to_numpy())
                           for chunk in column.chunks])


def _normalise(df: pd.DataFrame, name: str, copy: bool = True) -> pd.DataFrame:
    """Numbers as float (NaN for missing), everything else as str ("" for missing).
    copy=False: `df` is the caller's to change (a table just read)."""
    from etl.schema import TABLES

    columns = list(TABLES.get(name, {}))
    df = df.copy() if copy else df
    for col in columns:
        if col not in df:
            df[col] = pd.NA
    numeric = set(NUMERIC.get(name, []))
    for col in df.columns:
        if col in numeric:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype(float)
        elif col == "approximate":
            df[col] = df[col].astype(str).str.lower().isin(["true", "1"])
        elif df[col].dtype == object:  # text already (Parquet): keep its shared str
            values = df[col].to_numpy()
            missing = pd.isna(values)
            if missing.any():
                df[col] = pd.Series(np.where(missing, "", values), index=df.index,
                                    dtype=object)
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str)
    return df.reset_index(drop=True)


def _signature(data_dir: Path) -> tuple:
    sig = []
    for name in TABLE_NAMES:
        p = table_path(data_dir, name)
        sig.append((name, str(p), p.stat().st_mtime_ns if p else 0))
    return tuple(sig)


def table_signature(data_dir: str | Path) -> tuple:
    """What identifies the loaded tables: each file's path and modification time."""
    return _signature(Path(data_dir).resolve())


_lock = threading.Lock()


def load(data_dir: str | Path) -> Tables:
    """The tables of `data_dir`, cached until one of their files changes."""
    data_dir = Path(data_dir).resolve()
    with _lock:
        return _load(data_dir, _signature(data_dir))


@lru_cache(maxsize=4)
def _load(data_dir: Path, signature: tuple) -> Tables:
    kept = tablecache.read(data_dir, signature)
    if isinstance(kept, Tables):
        return kept
    tables = build_tables(data_dir, copy=False, **{
        name: _read(table_path(data_dir, name)) for name in TABLE_NAMES})
    tablecache.write(data_dir, signature, tables)
    return tables


def build_tables(data_dir: Path, documents: pd.DataFrame, places: pd.DataFrame,
                 figures: pd.DataFrame, events: pd.DataFrame, copy: bool = True) -> Tables:
    """The dashboard's Tables from the ETL's tables (as read from its files, or made with
    etl.schema.frame): typed, figures and events enriched (display columns) and keyed
    (with_keys), the one form the filters and aggregates work on. `data_dir`: where the
    documents' paths are looked up. copy=False: the frames are the caller's to change
    (tables just read)."""
    raw = {name: _python_strings(_normalise(frame, name, copy=copy)) for name, frame in (
        ("documents", documents), ("places", places), ("figures", figures),
        ("events", events))}
    places = raw["places"]
    documents = raw["documents"]
    figure_values: dict = {}
    event_values: dict = {}
    figures = with_keys(enrich_figures(raw["figures"], places, documents), KEYED,
                        figure_values)
    figures["_countable"] = countable_rows(figures)
    events = with_keys(enrich_events(raw["events"], places), EVENT_KEYED, event_values)
    doc_keys = pd.Series(np.arange(len(figure_values["doc_id"]), dtype=np.int64),
                         index=figure_values["doc_id"])
    document_keys = documents["doc_id"].map(doc_keys).fillna(-1).astype(np.int64).to_numpy()
    # Only the enriched tables gained columns (lists pandas stores as Arrow text).
    return Tables(data_dir, documents, places, _python_strings(figures),
                  _python_strings(events), document_keys,
                  key_values={"figures": figure_values, "events": event_values})


KEYED = ("category", "measure", "place", "place_id", "doc_id", "date", "origin_place_id",
         "destination_place_id", "iso3", "admin1", "rate")
EVENT_KEYED = ("date", "iso3", "admin1", "doc_id", "place_id", "kind", "place")


def with_keys(frame: pd.DataFrame, columns: tuple[str, ...] = KEYED,
              values: dict | None = None) -> pd.DataFrame:
    """The frame with an integer key beside each column the charts group or filter by
    (`_k_place` ...): grouping or comparing 100,000 rows by integers is several times
    faster than by strings. Dates' keys follow date order, 0 for undated, so a group's
    latest date is a max. `values` receives what each key stands for (values[col][k])."""
    keys = {}
    for col in columns:
        if col not in frame:
            continue
        keys[f"_k_{col}"], uniques = _factorized(frame, col)
        if values is not None:
            values[col] = uniques
    return frame.assign(**keys)


def codes(frame: pd.DataFrame, col: str) -> np.ndarray:
    """Non-negative integer codes of `col`, equal values equal codes: its key column when
    the frame has one (loaded tables), else factorized here, as with_keys makes them."""
    if f"_k_{col}" in frame:
        return frame[f"_k_{col}"].to_numpy()
    return _factorized(frame, col)[0]


def _factorized(frame: pd.DataFrame, col: str) -> tuple[np.ndarray, np.ndarray]:
    """(int32 code per row, the value of each code). Dates' codes follow date order, with
    code 0 for undated ("") whether or not any figure is undated."""
    found, uniques = pd.factorize(frame[col].to_numpy(dtype=object), sort=(col == "date"),
                                  use_na_sentinel=False)
    uniques = np.asarray(uniques, dtype=object)
    if col == "date" and not (len(uniques) and uniques[0] == ""):
        found = found + 1
        uniques = np.concatenate([np.array([""], dtype=object), uniques])
    return found.astype(np.int32), uniques


def _python_strings(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as numpy arrays of Python str, each distinct value one shared object.
    pandas 3 keeps text in Arrow arrays, whose row-by-row take and iteration cost seconds
    per view at 100,000 figures; and a shared str hashes once (Python caches the hash), so
    grouping 100,000 figures by place or category hashes a few hundred strings, not
    100,000."""
    text = df.select_dtypes(include=["str", "string"]).columns
    df = df.copy(deep=False) if len(text) else df  # copy-on-write: columns replaced below
    for col in text:
        codes, uniques = pd.factorize(df[col].astype(object), use_na_sentinel=False)
        df[col] = pd.Series(np.asarray(uniques, dtype=object)[codes], index=df.index,
                            dtype=object)
    return df


# ---------------------------------------------------------------- display columns

def fmt_people(x: float | None) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return f"{round(x):,}"


def fmt_short(x: float | None) -> str:
    """30,000 / 1.8 million: for headlines."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if x >= 1_000_000:
        return f"{x / 1e6:.1f} million".replace(".0 ", " ")
    return f"{round(x):,}"


def value_text(value: float, low: float, high: float) -> str:
    """The figure as the report gives it: "30,000", "1,000–9,999", ">= 5,000"."""
    if not math.isnan(value) and (math.isnan(low) or math.isnan(high) or low == high):
        return fmt_people(value)
    if not math.isnan(low) and not math.isnan(high):
        return f"{fmt_people(low)}–{fmt_people(high)}"
    if not math.isnan(low):
        return f"≥ {fmt_people(low)}"
    if not math.isnan(high):
        return f"≤ {fmt_people(high)}"
    return ""


def split_quote(quote: str, char_start: float, number_start: float,
                number_end: float) -> tuple[str, str, str]:
    """(before, number, after): the quote cut around its number, from the table's offsets.
    Offsets out of range give (quote, "", "")."""
    try:
        a, b = int(number_start - char_start), int(number_end - char_start)
    except (TypeError, ValueError):
        return quote, "", ""
    if not (0 <= a <= b <= len(quote)):
        return quote, "", ""
    return quote[:a], quote[a:b], quote[b:]


def _names(places: pd.DataFrame) -> tuple[dict, dict, dict]:
    """{place_id: name}, {iso3: country name}, {admin1 code: province name}."""
    place_name = dict(zip(places.get("place_id", []), places.get("name", []), strict=False))
    country = {}
    province = {}
    if len(places):
        for row in places.itertuples(index=False):
            if row.kind == "country" and row.iso3:
                country.setdefault(row.iso3, row.name)
            if row.admin1 and getattr(row, "admin1_name", ""):
                province.setdefault(row.admin1, row.admin1_name)
    return place_name, country, province


@lru_cache(maxsize=1)
def _boundary_names() -> tuple[dict, dict]:
    """Names from geo's outlines, for codes the places table does not name."""
    try:
        b0 = layers.boundaries("admin0")
        b1 = layers.boundaries("admin1")
    except Exception:  # noqa: BLE001 - names are a nicety; never fail a page for them
        return {}, {}
    return (dict(zip(b0["boundary_id"], b0["name"], strict=True)),
            dict(zip(b1["boundary_id"], b1["name"], strict=True)))


def country_name(iso3: str, countries: dict) -> str:
    if not iso3:
        return ""
    if iso3 in countries:
        return countries[iso3]
    try:
        from geo import gazetteer

        place = gazetteer.country(iso3)
        if place is not None:
            return place.name
    except Exception:  # noqa: BLE001
        pass
    return _boundary_names()[0].get(iso3, iso3)


def _texts(values: list[str], index: pd.Index) -> pd.Series:
    """A column of Python str (pandas 3 would turn a list of str into an Arrow column)."""
    return pd.Series(np.asarray(values, dtype=object), index=index, dtype=object)


def enrich_figures(figures: pd.DataFrame, places: pd.DataFrame,
                   documents: pd.DataFrame) -> pd.DataFrame:
    """Add the columns the dashboard shows: people / people_low / people_high (geo's
    conversion), date, place, country_name, province_name, doc_title, value_text (the
    quote's parts around its number come with the rows shown: with_quote_parts)."""
    f = figures.copy(deep=False)  # copy-on-write: the columns added stay ours
    if len(f) == 0:
        for col in ("people", "people_low", "people_high"):
            f[col] = pd.Series(dtype=float)
        for col in ("date", "place", "place_id", "country_name", "province_name", "doc_title",
                    "value_text"):
            f[col] = pd.Series(dtype=str)
        return f
    f = f.join(people_columns(f).astype(float))
    f["date"] = _per_distinct(f["published"], lambda p: p[:10])
    place_name, countries, provinces = _names(places)
    f["place_id"] = f["location_place_id"]
    # The gazetteer's name when the place is resolved: "Sud-Kivu" and "South Kivu" are one
    # province in the charts; the report's own words when it is not.
    pairs = pd.Series(list(zip(f["location"], f["location_place_id"], strict=True)),
                      index=f.index, dtype=object) if len(f) else f["location"]
    f["place"] = _per_distinct(pairs, lambda lp: place_name.get(lp[1]) or lp[0] or lp[1])
    # Lookups per distinct code, not per figure: 100,000 figures name a few dozen places.
    f["country_name"] = f["iso3"].map({c: country_name(c, countries)
                                       for c in f["iso3"].unique()})
    b1 = _boundary_names()[1]
    f["province_name"] = f["admin1"].map({a: provinces.get(a) or b1.get(a, a)
                                          for a in f["admin1"].unique()})
    titles = dict(zip(documents.get("doc_id", []), documents.get("title", []), strict=False))
    f["doc_title"] = _per_distinct(f["doc_id"], lambda d: titles.get(d) or d)
    f["value_text"] = _value_texts(f)
    return f


def _per_distinct(values: pd.Series, fn: Callable) -> pd.Series:
    """fn of each value, computed once per distinct value (each result one shared str)."""
    found, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=False)
    return _texts(np.asarray([fn(u) for u in uniques], dtype=object)[found]
                  if len(values) else [], values.index)


def _value_texts(f: pd.DataFrame) -> pd.Series:
    """value_text of every figure, computed once per distinct (value, low, high)."""
    bounds = f[["value", "value_low", "value_high"]].fillna(-1.0)
    group = bounds.groupby(list(bounds.columns), sort=False, dropna=False).ngroup().to_numpy()
    _, first = rule.group_ids(group)
    texts = [value_text(*(math.nan if x == -1.0 else x for x in row))
             for row in bounds.to_numpy()[first].tolist()]
    return _texts(np.asarray(texts, dtype=object)[group] if len(f) else [], f.index)


QUOTE_PARTS = ("quote_before", "quote_number", "quote_after")


def with_quote_parts(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures with their quote cut around its number (split_quote) in QUOTE_PARTS:
    for the rows a table shows (a few hundred), not at load for every figure."""
    parts = [split_quote(q, cs, ns, ne) for q, cs, ns, ne in
             zip(figures["quote"], figures["char_start"], figures["number_start"],
                 figures["number_end"], strict=True)]
    return figures.assign(**{col: _texts([p[i] for p in parts], figures.index)
                             for i, col in enumerate(QUOTE_PARTS)})


def enrich_events(events: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    e = events.copy()
    lookup = places.set_index("place_id") if len(places) else None
    for col, default in (("lat", math.nan), ("lon", math.nan), ("iso3", ""), ("admin1", ""),
                         ("kind", "")):
        target = "place_kind" if col == "kind" else col
        if lookup is not None and col in lookup:
            column = lookup[col][~lookup.index.duplicated()]
            e[target] = e["place_id"].map(column).where(e["place_id"] != "", default)
            e[target] = e[target].fillna(default) if default == "" else e[target]
        else:
            e[target] = default
    e["lat"] = pd.to_numeric(e["lat"], errors="coerce").astype(float)
    e["lon"] = pd.to_numeric(e["lon"], errors="coerce").astype(float)
    if "place" not in e or (e["place"] == "").all():
        names = _names(places)[0]
        e["place"] = [names.get(p, p) for p in e["place_id"]]
    return e


# ---------------------------------------------------------------- filters

def _keyed_mask(frame: pd.DataFrame, values: dict,
                tests: dict[str, Callable[[np.ndarray], np.ndarray]]) -> np.ndarray:
    """The rows passing every test, each test run on a column's distinct values (its key's
    `values`) and looked up per row by key: the same rows as comparing every string."""
    mask = np.ones(len(frame), dtype=bool)
    for col, test in tests.items():
        mask &= test(values[col])[frame[f"_k_{col}"].to_numpy()]
    return mask


def _isin(wanted: tuple[str, ...]) -> Callable[[np.ndarray], np.ndarray]:
    return lambda values: pd.Series(values, dtype=object).isin(wanted).to_numpy()


def _shared_tests(state: ViewState) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
    """The filters figures and events share (dates, country, province, report) as tests
    on distinct values, for _keyed_mask. Undated rows stay in the view unless a date range
    is set: they match no range."""
    tests = {}
    if state.start or state.end:
        def in_range(d: np.ndarray) -> np.ndarray:
            ok = d != ""
            if state.start:
                ok &= d >= state.start
            if state.end:
                ok &= d <= state.end
            return ok
        tests["date"] = in_range
    for col, wanted in (("iso3", state.country), ("admin1", state.province),
                        ("doc_id", state.document)):
        if wanted:
            tests[col] = _isin(wanted)
    return tests


def filter_figures(figures: pd.DataFrame, state: ViewState, values: dict) -> pd.DataFrame:
    """The figures in the view: every filter of the state, and the selected place (as the
    figure's location, origin or destination). `figures`: rows of a Tables' figures, with
    their integer keys; `values`: what the keys stand for (Tables.key_values["figures"])."""
    if len(figures) == 0:
        return figures
    tests = _shared_tests(state)
    if state.category:
        tests["category"] = _isin(state.category)
    if state.measure:
        tests["measure"] = _isin(state.measure)
    mask = _keyed_mask(figures, values, tests)
    if state.min_confidence:
        mask &= np.nan_to_num(figures["confidence"].to_numpy(float), nan=0.0) >= (
            state.min_confidence - 1e-9)
    if state.place:  # as the figure's location (place_id), origin or destination
        at = np.zeros(len(figures), dtype=bool)
        for col in ("place_id", "origin_place_id", "destination_place_id"):
            at |= (values[col] == state.place)[figures[f"_k_{col}"].to_numpy()]
        mask &= at
    return figures if mask.all() else figures[mask]


def filter_events(events: pd.DataFrame, state: ViewState, values: dict) -> pd.DataFrame:
    """Events in the view: date, country, province, document and place filters (category,
    measure and confidence are figures' properties). `values` as for filter_figures."""
    if len(events) == 0:
        return events
    tests = _shared_tests(state)
    if state.place:
        tests["place_id"] = lambda v: v == state.place
    mask = _keyed_mask(events, values, tests)
    return events if mask.all() else events[mask]


SEARCHED = ("value_text", "unit", "category", "measure", "place", "origin", "destination",
            "province_name", "country_name", "doc_title", "doc_id", "date", "quote")


def search_text(figures: pd.DataFrame) -> pd.Series:
    """What the table's search box looks in, one lower-case string per figure."""
    cols = [figures[c].astype(object).to_numpy() for c in SEARCHED if c in figures]
    return pd.Series([" \x1f ".join(map(str, row)).lower() for row in zip(*cols, strict=True)],
                     index=figures.index, dtype=object)


_search_lock = threading.Lock()


def search_index(tables: Tables) -> pd.Series:
    """search_text of every loaded figure, built on the first search (not at start: most
    visits never search, and it is a third of a second at 100,000 figures)."""
    with _search_lock:
        if "search_text" not in tables.extra:
            tables.extra["search_text"] = search_text(tables.figures)
        return tables.extra["search_text"]


def search_figures(figures: pd.DataFrame, text: str,
                   index: pd.Series | None = None) -> pd.DataFrame:
    """The figures whose row holds every word of `text` (case-insensitive, anywhere: the
    quote, the place, the report title...), like a spreadsheet's quick filter. `index` is
    search_index(tables) when the figures are rows of loaded tables."""
    words = text.lower().split()
    if not words or len(figures) == 0:
        return figures
    haystack = (index.loc[figures.index] if index is not None
                else search_text(figures)).to_numpy()
    # Each word looked for only in the rows that hold the words before it.
    rows = np.arange(len(haystack))
    for word in words:
        rows = rows[np.fromiter((word in text for text in haystack[rows]), dtype=bool,
                                count=len(rows))]
    return figures.iloc[rows]


def figures_in_view(tables: Tables, state: ViewState,
                    columns: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The figures in the view of `state`; with `columns`, only those (and the integer
    keys): a callback that reads ten of the fifty columns takes only those ten for its
    100,000 rows."""
    figures = tables.figures
    if columns is not None:
        keep = set(columns) | {c for c in figures if c.startswith("_k_")} | {"_countable"}
        figures = figures[[c for c in figures if c in keep or (
            c == "confidence" and state.min_confidence)]]
    return filter_figures(figures, state, tables.key_values["figures"])


def _documents_in_view(tables: Tables, figures: pd.DataFrame,
                       state: ViewState) -> pd.DataFrame:
    """The reports behind the view: all reports when nothing is filtered, else those with
    a figure in it (found by the figures' doc keys)."""
    if state.is_default():
        return tables.documents
    keys = tables.document_keys
    n = len(tables.key_values["figures"]["doc_id"])
    seen = np.zeros(n + 1, dtype=bool)  # the last slot: reports with no figure at all
    seen[figures["_k_doc_id"].to_numpy()] = True
    return tables.documents[seen[np.where(keys < 0, n, keys)]]


def events_in_view(tables: Tables, state: ViewState) -> pd.DataFrame:
    return filter_events(tables.events, state, tables.key_values["events"])


def view(tables: Tables, state: ViewState, columns: tuple[str, ...] | None = None
         ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(figures, events, documents) in the view of `state` (figures' `columns` only, as
    figures_in_view)."""
    figures = figures_in_view(tables, state, columns)
    return figures, events_in_view(tables, state), _documents_in_view(tables, figures, state)


# ---------------------------------------------------------------- the rule's pool

def countable_rows(figures: pd.DataFrame) -> np.ndarray:
    """Which figures may stand for a total: a people number, flow or stock, no rate. Kept
    as the loaded table's `_countable` column (every view asks)."""
    if "_countable" in figures:
        return figures["_countable"].to_numpy()
    if len(figures) == 0:
        return np.zeros(0, dtype=bool)
    return (figures["people"].notna() & (figures["rate"] == "")
            & figures["measure"].isin(RULE_BY_MEASURE)).to_numpy()


# ---------------------------------------------------------------- filter options

def options(tables: Tables) -> dict:
    """Choices for the filter controls: [(value, label)] lists and the date bounds."""
    f = tables.figures
    places = tables.places
    _, countries, provinces = _names(places)
    iso3s = sorted({c for c in f.get("iso3", []) if c} | {c for c in tables.events.get(
        "iso3", []) if c})
    admin1s = sorted({a for a in f.get("admin1", []) if a})
    b1 = _boundary_names()[1]
    dates = sorted({d for d in f.get("date", []) if d} | {d for d in tables.events.get(
        "date", []) if d})
    docs = tables.documents
    cats = [c for c in CATEGORIES if c in set(f.get("category", []))]
    cats += sorted(set(f.get("category", [])) - set(CATEGORIES) - {""})
    return {
        "category": [(c, c) for c in cats],
        "measure": [(m, m) for m in MEASURES if m in set(f.get("measure", []))],
        "country": sorted(((c, country_name(c, countries)) for c in iso3s),
                          key=lambda x: x[1]),
        "province": sorted(((a, provinces.get(a) or b1.get(a, a)) for a in admin1s),
                           key=lambda x: x[1]),
        "document": [(d, f"{(p or 'undated')} · {t or d}"[:90]) for d, t, p in
                     zip(docs.get("doc_id", []), docs.get("title", []),
                         docs.get("published", []), strict=False)],
        "date_min": dates[0] if dates else "",
        "date_max": dates[-1] if dates else "",
        "places": dict(zip(places.get("place_id", []), places.get("name", []), strict=False)),
    }


# ---------------------------------------------------------------- documents

def _candidates(tables: Tables, path: str) -> list[Path]:
    p = Path(path)
    if p.is_absolute():
        return [p]
    return [Path.cwd() / p, tables.data_dir.parent / p, tables.data_dir / p, PROJECT_ROOT / p]


def document_text(tables: Tables, doc_id: str) -> str | None:
    """The decoded text of a report listed in the documents table (the same decoding as the
    ETL's, so the table's offsets point into it); None when the file is gone. Only files
    named by the documents table are ever read."""
    docs = tables.documents
    row = docs[docs["doc_id"] == doc_id]
    if len(row) == 0:
        return None
    from etl.documents import read_document

    for path in _candidates(tables, row.iloc[0]["path"]):
        if path.is_file():
            try:
                return read_document(path.parent, path, {}).text
            except (OSError, ValueError, UnicodeError):
                return None
    return None


def mark_quote(text: str, quote: str, start: float, end: float) -> tuple[str, str, str] | None:
    """(before, quote, after) of the document text, by the table's offsets, or by finding
    the quote when the offsets do not match it (the file changed); None if not found."""
    try:
        a, b = int(start), int(end)
        if text[a:b] == quote:
            return text[:a], text[a:b], text[b:]
    except (TypeError, ValueError):
        pass
    i = text.find(quote) if quote else -1
    if i < 0:
        return None
    return text[:i], quote, text[i + len(quote):]
