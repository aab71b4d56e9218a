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


def _unit_codes(figures: pd.DataFrame, level: str, units: gpd.GeoDataFrame) -> pd.Series:
    mapping = bnd.code_to_unit(units)
    codes = _text(figures, "admin1" if level == "admin1" else "iso3")
    return codes.map({c: mapping.get(c, c) for c in codes.unique()})


def _choose_all(frame: pd.DataFrame) -> pd.DataFrame:
    """The rule's figure for every unit, category and measure: stock = the latest report's
    largest figure, flow = the largest. One sort for all groups, not one per group: a view
    of 100,000 figures has hundreds of groups."""
    keys = ["unit", "category", "measure"]
    cols = [c for c in COLUMNS if c not in ("name", "iso3", "admin1", "geometry")]
    if len(frame) == 0:
        return pd.DataFrame(columns=cols)
    # Dates as ranks (0 = undated) and each group as one integer, found once: grouping
    # 100,000 figures by strings, or taking max / min of date strings, runs in slow Python.
    rank, days = pd.factorize(frame["published"], sort=True)
    rank = pd.Series(rank + (1 if len(days) and days[0] != "" else 0), index=frame.index)
    group = frame.groupby(keys, sort=True).ngroup()
    latest = rank.groupby(group).transform("max")
    # Stocks: the latest report's figures (all of them when none is dated); flows: all.
    pool = frame[(frame["measure"] != "stock") | (latest == 0) | (rank == latest)]
    chosen = (pool.assign(_group=group)
              .sort_values(["people", "people_high"], ascending=False, kind="stable")
              .drop_duplicates("_group").sort_values("_group").set_index(keys))
    ids = chosen["_group"].to_numpy()
    groups = frame.groupby(group, sort=True)
    dated = rank.where(rank > 0)
    dates = dated.groupby(group, sort=True)
    idx = chosen.index
    day = np.concatenate([[""], np.asarray(days[days != ""], dtype=object)])
    return pd.DataFrame({
        "boundary_id": idx.get_level_values(0), "people": chosen["people"].to_numpy(),
        "people_low": chosen["people_low"].to_numpy(),
        "people_high": chosen["people_high"].to_numpy(),
        "n_figures": groups.size().reindex(ids).to_numpy(),
        "n_documents": groups["doc_id"].nunique().reindex(ids).to_numpy(),
        "measure": idx.get_level_values(2), "category": idx.get_level_values(1),
        "period_start": day[dates.min().reindex(ids).fillna(0).astype(int).to_numpy()],
        "period_end": day[dates.max().reindex(ids).fillna(0).astype(int).to_numpy()],
        "rule": [f"{m}: {RULE_BY_MEASURE[m]}" for m in idx.get_level_values(2)],
    }, columns=cols)


def totals(figures: pd.DataFrame, level: str = "admin1") -> gpd.GeoDataFrame:
    """One row per unit, category and measure with the people it holds (TOTALS_RULE),
    joined to the unit's polygon (EPSG:4326)."""
    units = bnd.boundaries(level)
    frame = pd.DataFrame({
        "doc_id": _text(figures, "doc_id"),
        "published": _text(figures, "published").str[:10],
        "measure": _text(figures, "measure"),
        "category": _text(figures, "category"),
        "rate": _text(figures, "rate"),
        "unit": _unit_codes(figures, level, units),
    }, index=figures.index).join(people_columns(figures))
    frame = frame[(frame["unit"] != "") & (frame["rate"] == "") & frame["people"].notna()
                  & frame["measure"].isin(RULE_BY_MEASURE)]
    table = _choose_all(frame)
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
