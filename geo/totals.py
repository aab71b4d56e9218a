"""People by country or province, without double counting.

The rule (TOTALS_RULE), applied separately to each unit, category and measure:

- a figure belongs to the unit that covers its `admin1` code (or `iso3` for countries), as
  the gazetteer resolved it; coordinates play no part (some outlines put Goma in Rwanda);
- stocks and flows are never added: they are separate rows (`measure`);
- categories are never added either (the "fled" of one report are the "displaced" of
  another): separate rows (`category`);
- stock: the latest report's largest figure (reports of the same latest date count as one
  report). A later census replaces an earlier one; a camp figure and a province figure of
  the same report are not added;
- flow: the largest single figure reported. Reports repeat each other's numbers and their
  periods overlap ("since January", "last week"), so no two flows are added: the total is
  a floor, never an overcount;
- rates ("3,000 a day") are not totals and are left out.

The number is `people_estimate` (households converted to people by the ETL), else `value`,
else `value_low` (a vague "thousands" counts as its floor). `people_low` / `people_high`
are the chosen figure's bounds, converted with the same ratio.
One row per unit, category and measure: filter to one category and measure for a
choropleth. n_figures / n_documents say how many figures / reports were considered.

The rule itself works on integer codes, for every group at once (`rule_choice`,
`first_largest`, `group_*`): the dashboard applies these same functions to its headline
numbers, bars, map places and timeline periods.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import boundaries as bnd
from geo.geometry import CRS

TOTALS_RULE = ("No double counting: per place, category and measure; stocks = latest "
               "report's largest figure; flows = largest single figure; never summed.")

COLUMNS = ["boundary_id", "name", "iso3", "admin1", "people", "people_low", "people_high",
           "n_figures", "n_documents", "measure", "category", "period_start", "period_end",
           "rule", "geometry"]

RULE_BY_MEASURE = {"stock": "latest report's largest figure",
                   "flow": "largest single figure"}
# The figure columns totals() reads: a caller may pass only these.
INPUT_COLUMNS = ("doc_id", "published", "measure", "category", "rate", "iso3", "admin1",
                 "value", "value_low", "value_high", "people_estimate")


def _num(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    return pd.to_numeric(frame[column], errors="coerce")


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    s = frame[column]
    if pd.api.types.is_datetime64_any_dtype(s):  # Parquet may hold dates as timestamps
        return s.dt.strftime("%Y-%m-%d").fillna("")
    if s.dtype == object and pd.api.types.infer_dtype(s, skipna=False) == "string":
        return s
    return s.astype(object).where(s.notna(), "").astype(str)


def people_columns(figures: pd.DataFrame) -> pd.DataFrame:
    """people, people_low, people_high for each figure (see the module docstring)."""
    value, low, high = (_num(figures, c) for c in ("value", "value_low", "value_high"))
    estimate = _num(figures, "people_estimate")
    people = estimate.fillna(value).fillna(low)
    # Households to people: the ETL's own ratio for this figure, 1 when it gave none.
    ratio = (estimate / value).where(value > 0).fillna(1.0)
    return pd.DataFrame({"people": people,
                         "people_low": (low * ratio).fillna(people),
                         "people_high": (high * ratio).fillna(people)}, index=figures.index)


def _codes(frame: pd.DataFrame, column: str) -> tuple[np.ndarray, pd.Series]:
    """(integer code per row, the distinct values as _text gives them): the text work is
    done once per distinct value, not per figure (100,000 figures name a few dozen units,
    categories and days)."""
    if column not in frame:
        return np.zeros(len(frame), dtype=np.intp), pd.Series([""], dtype=object)
    s = frame[column]
    if s.dtype == object:  # text as Python str (the usual case): factorize the raw array
        codes, uniques = pd.factorize(s.to_numpy())  # missing values: -1
        if pd.api.types.infer_dtype(uniques, skipna=False) == "string":
            return codes, pd.Series(np.append(uniques, ""), dtype=object)
    codes, uniques = pd.factorize(s)
    values = pd.concat([pd.Series(uniques), pd.Series([None], dtype=object)],
                       ignore_index=True)
    return codes, _text(pd.DataFrame({column: values}), column)


def _dense(codes: np.ndarray, values: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes onto the sorted distinct values: (code per row, sorted values), equal values
    merged (a day written two ways, two codes of one unit)."""
    ranks, sorted_values = pd.factorize(np.asarray(values, dtype=object), sort=True)
    return ranks[codes], np.asarray(sorted_values, dtype=object)


def first_largest(group: np.ndarray, *values: np.ndarray) -> np.ndarray:
    """Row positions of each group's first row ordered by `values` (each largest first,
    NaN last; ties keep row order), one per group, in ascending group order: what pandas'
    sort_values(ascending=False, kind="stable") then drop_duplicates would pick, by
    narrowing each group to its largest value key by key instead of sorting every row."""
    rows = np.arange(len(group))
    for v in values:
        g, x = group[rows], np.asarray(v, dtype=float)[rows]
        best = group_fmax(g, x, n_groups(group))[g]
        # A group whose values are all NaN keeps them all (NaN sorts last, not out).
        rows = rows[(x == best) | np.isnan(best)]
    first = np.full(n_groups(group), len(group))
    np.minimum.at(first, group[rows], rows)
    return first[first < len(group)]


def rule_choice(group: np.ndarray, day: np.ndarray, stock: np.ndarray, people: np.ndarray,
                people_high: np.ndarray) -> np.ndarray:
    """TOTALS_RULE for every group at once: row positions of the figure each group stands
    for, in ascending group order. `group` is 0..n-1 per row, `day` a date rank (0 undated,
    later days larger), `stock` whether the row is a stock (a group holds one measure).
    Stock: the latest report's largest figure (all of them when none is dated); flow: the
    largest. Never a sum."""
    latest = group_max(group, day)
    pool = np.flatnonzero(~stock | (day == latest[group]))
    return pool[first_largest(group[pool], people[pool], people_high[pool])]


def n_groups(group: np.ndarray) -> int:
    return int(group.max()) + 1 if len(group) else 0


def group_max(group: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each group's largest value (integer ranks, 0 the smallest)."""
    out = np.zeros(n_groups(group), dtype=values.dtype)
    np.maximum.at(out, group, values)
    return out


def group_fmin(group: np.ndarray, values: np.ndarray, size: int | None = None) -> np.ndarray:
    """Each group's smallest value, NaN ignored (NaN when all are), as pandas' min."""
    out = np.full(n_groups(group) if size is None else size, np.nan)
    np.fmin.at(out, group, values)
    return out


def group_fmax(group: np.ndarray, values: np.ndarray, size: int | None = None) -> np.ndarray:
    out = np.full(n_groups(group) if size is None else size, np.nan)
    np.fmax.at(out, group, values)
    return out


def group_count(group: np.ndarray) -> np.ndarray:
    return np.bincount(group, minlength=n_groups(group))


def group_distinct(group: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """How many distinct codes (reports...) each group holds."""
    span = int(codes.max()) + 1 if len(codes) else 1
    pairs = pd.unique(group.astype(np.int64) * span + codes)  # hashing, not sorting
    return np.bincount(pairs // span, minlength=n_groups(group))


def group_ids(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group per row, numbered 0..n-1 in the order of the codes' tuples; each group's
    first row) for rows keyed by several non-negative integer codes."""
    combined = np.zeros(len(codes[0]), dtype=np.int64)
    span = 1
    for c in codes:
        width = int(c.max()) + 1 if len(c) else 1
        combined, span = combined * width + c, span * width
    if span > 4 * len(combined) + 1_000_000:  # sparse keys: sort them
        _, first, group = np.unique(combined, return_index=True, return_inverse=True)
        return group.ravel(), first
    present = np.bincount(combined, minlength=span) > 0
    group = (np.cumsum(present) - 1)[combined]
    first = np.full(int(present.sum()), len(combined))
    np.minimum.at(first, group, np.arange(len(combined)))
    return group, first


def _rule_frame(figures: pd.DataFrame, level: str, units: gpd.GeoDataFrame) -> dict:
    """The countable figures (a unit, a people number, flow or stock, no rate) as arrays:
    sorted integer codes of unit, category, measure, report and day (0 undated), the
    people columns, and the sorted values each code stands for."""
    mapping = bnd.code_to_unit(units)
    unit_c, unit_v = _codes(figures, "admin1" if level == "admin1" else "iso3")
    unit_v = unit_v.map(lambda c: mapping.get(c, c))
    rate_c, rate_v = _codes(figures, "rate")
    measure_c, measure_v = _codes(figures, "measure")
    people = people_columns(figures)
    keep = np.flatnonzero((unit_v != "").to_numpy()[unit_c] & (rate_v == "").to_numpy()[rate_c]
                          & measure_v.isin(RULE_BY_MEASURE).to_numpy()[measure_c]
                          & people["people"].notna().to_numpy())
    out = {col: people[col].to_numpy(float)[keep] for col in people}
    for name, codes, values in (("unit", unit_c, unit_v), ("measure", measure_c, measure_v),
                                ("category", *_codes(figures, "category"))):
        out[name], out[f"{name}_values"] = _dense(codes[keep], values)
    # Reports are only counted: codes in any order will do (sorting 20,000 ids would not).
    doc_c, doc_v = _codes(figures, "doc_id")
    out["doc"] = pd.factorize(doc_v.to_numpy(dtype=object))[0][doc_c[keep]]
    day_c, day_v = _codes(figures, "published")
    # "" always ranks 0, so undated figures are never the latest of a group.
    day_c, out["day_values"] = _dense(day_c[keep], pd.concat([day_v.str[:10],
                                                               pd.Series([""])]))
    out["day"] = day_c
    return out


def _choose_all(rows: dict) -> pd.DataFrame:
    """The rule's figure for every unit, category and measure (rows from _rule_frame),
    with how many figures and reports it was chosen from and their period. Integer
    codes and one sort for all groups: a view of 100,000 figures has hundreds of groups,
    and grouping by strings runs in slow Python."""
    cols = [c for c in COLUMNS if c not in ("name", "iso3", "admin1", "geometry")]
    if len(rows["unit"]) == 0:
        return pd.DataFrame(columns=cols)
    group, first = group_ids(rows["unit"], rows["category"], rows["measure"])
    measure = rows["measure_values"][rows["measure"][first]]
    chosen = rule_choice(group, rows["day"], (rows["measure_values"] == "stock")[
        rows["measure"]], rows["people"], rows["people_high"])
    day = rows["day_values"]
    dated = np.where(rows["day"] > 0, rows["day"], np.nan)
    start = group_fmin(group, dated)
    text = {
        "boundary_id": rows["unit_values"][rows["unit"][first]],
        "measure": measure, "category": rows["category_values"][rows["category"][first]],
        "period_start": day[np.nan_to_num(start, nan=0).astype(int)],
        "period_end": day[group_max(group, rows["day"])],
        "rule": [f"{m}: {RULE_BY_MEASURE[m]}" for m in measure]}
    return pd.DataFrame({
        # The same column types as ever: measure and category stay object.
        **{k: pd.Series(v, dtype=object) if k in ("measure", "category") else v
           for k, v in text.items()},
        "people": rows["people"][chosen], "people_low": rows["people_low"][chosen],
        "people_high": rows["people_high"][chosen],
        "n_figures": group_count(group), "n_documents": group_distinct(group, rows["doc"]),
    }, columns=cols)


def totals(figures: pd.DataFrame, level: str = "admin1") -> gpd.GeoDataFrame:
    """One row per unit, category and measure with the people it holds (TOTALS_RULE),
    joined to the unit's polygon (EPSG:4326)."""
    units = bnd.boundaries(level)
    table = _choose_all(_rule_frame(figures, level, units))
    shapes = units[["boundary_id", "name", "iso3", "admin1", "geometry"]]
    joined = table.merge(shapes, on="boundary_id", how="left")
    # A code no outline covers (a province newer than every shape) keeps its number, with
    # no geometry, named from the gazetteer.
    missing = joined["name"].isna()
    if missing.any():
        from geo import gazetteer

        for i in joined.index[missing]:
            place = gazetteer.get(joined.at[i, "boundary_id"])
            code = joined.at[i, "boundary_id"]
            joined.at[i, "name"] = place.name if place else code
            joined.at[i, "iso3"] = place.iso3 if place else code[:3]
            joined.at[i, "admin1"] = code if level == "admin1" else ""
    joined["admin1"] = joined["admin1"].fillna("")
    for col in ("people", "people_low", "people_high"):
        joined[col] = joined[col].astype(float)
    joined["n_figures"] = joined["n_figures"].astype(int)
    joined["n_documents"] = joined["n_documents"].astype(int)
    return gpd.GeoDataFrame(joined[COLUMNS], geometry="geometry", crs=CRS)
