"""The charts' aggregates: pure functions on the figures of a view (as
`dashboard.data.view` gives them) that apply geo's no-double-counting rule
(geo/totals.py, `geo.layers.TOTALS_RULE`): the headline numbers, the shaded areas, the
places, the routes, the bars and the captured towns. Never a sum across reports.

They group by integer codes with numpy and read one column at a time (`Columns`): with
100,000 figures, pandas' group-bys on text and moving all fifty columns cost more than
the answers."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import wraps

import numpy as np
import pandas as pd

from dashboard.data import codes, countable_rows
from geo import layers
from geo import totals as rule
from geo.totals import RULE_BY_MEASURE

# ---------------------------------------------------------------- no double counting

def per_frame(fn: Callable) -> Callable:
    """Remember fn(figures, ...) while that very frame lives. One render asks for the
    same aggregate of the same rows several times (a chart and its text summary); the
    frame of a view lives for one request, the unfiltered table as long as it is loaded.
    Results are shared: callers must not modify them."""
    memo: dict = {}

    @wraps(fn)
    def wrapper(figures: pd.DataFrame, *args, **kw):
        key = (id(figures), tuple(id(a) if isinstance(a, pd.DataFrame) else a for a in args),
               tuple(sorted(kw.items())))
        hit = memo.get(key)
        if hit is not None and hit[0]() is figures:
            return hit[1]
        value = fn(figures, *args, **kw)
        memo[key] = (weakref.ref(figures, lambda _ref: memo.pop(key, None)), value)
        return value

    return wrapper


class Columns:
    """Some rows of a frame, one column at a time as numpy arrays, taken only when asked:
    an aggregate reads four or five of the figures' fifty columns, and taking every column
    of 100,000 rows (what a filtered DataFrame does) costs more than the aggregate."""

    def __init__(self, frame: pd.DataFrame, rows: np.ndarray):
        self.frame, self.rows = frame, rows
        self._cache: dict = {}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, col: str) -> np.ndarray:
        if col not in self._cache:
            values = self.frame[col].to_numpy()
            self._cache[col] = values[self.rows] if len(self.rows) != len(values) else values
        return self._cache[col]

    def codes(self, col: str) -> np.ndarray:
        if ("codes", col) not in self._cache:
            found = codes(self.frame, col)
            self._cache[("codes", col)] = (found[self.rows] if len(self.rows) != len(found)
                                           else found)
        return self._cache[("codes", col)]

    def take(self, positions: np.ndarray) -> pd.DataFrame:
        """Whole rows of the frame, by position among these rows."""
        return self.frame.iloc[self.rows[positions]]


def headline(figures: pd.DataFrame, category: str, measure: str) -> dict | None:
    """One number for the whole view, by the rule: {people, low, high (the chosen figure's
    bounds), spread_low, spread_high (what all the reports say), n_figures, n_documents,
    figure_id, date, measure}. None when no figure counts."""
    return headlines(figures).get((category, measure))


def headlines(figures: pd.DataFrame) -> dict[tuple[str, str], dict]:
    """headline() of every category and measure in view at once: {(category, measure):
    headline}. One pass of the rule over all groups, not one filter per headline."""
    rows = np.flatnonzero(countable_rows(figures))
    if len(rows) == 0:
        return {}
    f = Columns(figures, rows)
    group, first = rule.group_ids(f.codes("category"), f.codes("measure"))
    category, measure = f["category"][first], f["measure"][first]
    chosen = rule.rule_choice(group, f.codes("date"), (measure == "stock")[group],
                              f["people"], f["people_high"])
    spread_low = rule.group_fmin(group, f["people_low"])
    spread_high = rule.group_fmax(group, f["people_high"])
    n_figures = rule.group_count(group)
    n_documents = rule.group_distinct(group, f.codes("doc_id"))
    cols = {c: f[c] for c in ("people", "people_low", "people_high", "figure_id", "date",
                              "place")}
    out = {}
    # (countable_rows keeps only measures the rule knows)
    for g, (c, m) in enumerate(zip(category, measure, strict=True)):
        row = chosen[g]
        out[(c, m)] = {
            "people": float(cols["people"][row]), "low": float(cols["people_low"][row]),
            "high": float(cols["people_high"][row]), "spread_low": float(spread_low[g]),
            "spread_high": float(spread_high[g]), "n_figures": int(n_figures[g]),
            "n_documents": int(n_documents[g]), "figure_id": cols["figure_id"][row],
            "date": cols["date"][row], "place": cols["place"][row], "measure": m,
            "category": c, "rule": f"{m}: {RULE_BY_MEASURE[m]}",
        }
    return out


def countable_kinds(figures: pd.DataFrame) -> set[tuple[str, str]]:
    """The (category, measure) pairs some countable figure in view has."""
    f = Columns(figures, np.flatnonzero(countable_rows(figures)))
    if len(f) == 0:
        return set()
    _, first = rule.group_ids(f.codes("category"), f.codes("measure"))
    return set(zip(f["category"][first], f["measure"][first], strict=True))


def shade_figures(figures: pd.DataFrame, category: str, measure: str) -> pd.DataFrame:
    """The countable figures of one category and measure, with only the columns geo's
    totals read: what a map shaded by that category and measure is computed from (the
    rule works per category and measure, so the others change nothing)."""
    f = Columns(figures, np.flatnonzero(countable_rows(figures)))
    if len(f):
        f = Columns(figures, f.rows[(f["category"] == category) & (f["measure"] == measure)])
    return figures[[c for c in rule.INPUT_COLUMNS if c in figures]].iloc[f.rows]


# The figure columns key_figures reads.
KEY_FIGURE_COLUMNS = ("category", "measure", "date", "people", "people_low", "people_high",
                      "figure_id", "place", "doc_id", "rate")


def key_figures(figures: pd.DataFrame, documents_in_view: pd.DataFrame,
                all_documents: pd.DataFrame) -> dict:
    """The headline numbers of the view (no sums across reports, places or measures)."""
    found = headlines(figures)
    refugees = found.get(("refugees", "flow")) or found.get(("refugees", "stock"))
    displaced = found.get(("displaced", "stock")) or found.get(("displaced", "flow"))
    first, last = date_range(figures)
    published = documents_in_view.get("published", pd.Series([], dtype=object))
    published = published[published != ""]
    doc_dates = [published.max()] if len(published) else []
    return {
        "refugees": refugees,
        "displaced": displaced,
        "reports": int(len(documents_in_view)),
        "reports_total": int(len(all_documents)),
        "figures": int(len(figures)),
        "date_start": first,
        "date_end": last,
        "as_of": doc_dates[-1][:10] if doc_dates else "",
    }


def date_range(figures: pd.DataFrame | Columns) -> tuple[str, str]:
    """(earliest, latest) date of the figures, ("", "") when none is dated: by the date
    keys (ordered, 0 undated), so no string is compared. Some rows of a frame may come as
    Columns, which takes no other column of them."""
    if len(figures) == 0:
        return "", ""
    if not isinstance(figures, Columns):
        figures = Columns(figures, np.arange(len(figures)))
    day = figures.codes("date")
    if not day.any():
        return "", ""
    dates = figures["date"]
    return dates[np.argmin(np.where(day > 0, day, np.iinfo(day.dtype).max))], dates[
        np.argmax(day)]


def distinct(frame: pd.DataFrame, col: str) -> np.ndarray:
    """The distinct values of a column, in no particular order (by its codes: no string
    is hashed)."""
    if len(frame) == 0:
        return np.zeros(0, dtype=object)
    _, first = rule.group_ids(codes(frame, col))
    return frame[col].to_numpy()[first]


def _rows_of(frame: pd.DataFrame, col: str, value: str) -> np.ndarray:
    """Positions of the rows whose `col` is `value`, compared once per distinct value."""
    found = codes(frame, col)
    group, first = rule.group_ids(found)
    return np.flatnonzero((frame[col].to_numpy()[first] == value)[group])


def n_reports(figures: pd.DataFrame) -> int:
    """How many distinct reports the figures come from."""
    return int(len(pd.unique(codes(figures, "doc_id")))) if len(figures) else 0


# ---------------------------------------------------------------- aggregates for charts

@per_frame
def place_summary(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per place with coordinates: the figure shown for it (its largest reported
    people, whatever the measure or date; never a sum; not the latest-stock rule of the
    key figures), how many figures, the range the reports give, and that figure's
    sentence."""
    cols = ["place_id", "place", "lat", "lon", "people", "people_low", "people_high",
            "spread_low", "spread_high", "n_figures", "n_documents", "category", "measure",
            "date", "quote", "doc_id", "value_text", "unit"]
    if len(figures) == 0:
        return pd.DataFrame(columns=cols)
    located = (figures["lat"].notna().to_numpy() & figures["lon"].notna().to_numpy()
               & (figures["place_id"].to_numpy() != ""))
    f = Columns(figures, np.flatnonzero(located))
    if len(f) == 0:
        return pd.DataFrame(columns=cols)
    group, _ = rule.group_ids(f.codes("place_id"))
    people = f["people"].astype(float)
    # The pool a place's figure is chosen from: its countable figures, else those with a
    # people number, else all of them (tier 0, 1, 2: the lowest tier present).
    tier = np.where(countable_rows(figures)[f.rows], 0, np.where(np.isnan(people), 2, 1))
    lowest = np.full(rule.n_groups(group), 2)
    np.minimum.at(lowest, group, tier)
    pool = np.flatnonzero(tier == lowest[group])
    best = pool[rule.first_largest(group[pool], people[pool],
                                   f["confidence"].astype(float)[pool])]
    best = best[np.argsort(f["place_id"][best], kind="stable")]
    g = group[best]
    pick = f.take(best)
    out = pd.DataFrame({
        "place_id": pick["place_id"].to_numpy(), "place": pick["place"].to_numpy(),
        "lat": pick["lat"].to_numpy(), "lon": pick["lon"].to_numpy(),
        "people": pick["people"].to_numpy(), "people_low": pick["people_low"].to_numpy(),
        "people_high": pick["people_high"].to_numpy(),
        "spread_low": rule.group_fmin(group[pool], f["people_low"].astype(float)[pool])[g],
        "spread_high": rule.group_fmax(group[pool], f["people_high"].astype(float)[pool])[g],
        "n_figures": rule.group_count(group)[g],
        "n_documents": rule.group_distinct(group, f.codes("doc_id"))[g],
    })
    for col in ("category", "measure", "date", "doc_id", "quote", "value_text", "unit"):
        out[col] = pick[col].to_numpy()
    return out[cols]


@per_frame
def by_place_category(figures: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """For each place, category and measure, the figure chosen by the rule (never a sum),
    with the spread of all reports; the `top` places with the largest figure."""
    cols = ["place", "category", "measure", "people", "people_low", "people_high",
            "spread_low", "spread_high", "n_figures", "n_documents", "date"]
    f = Columns(figures, np.flatnonzero(countable_rows(figures)))
    if len(f) == 0:
        return pd.DataFrame(columns=cols)
    group, first = rule.group_ids(f.codes("place"), f.codes("category"), f.codes("measure"))
    stock = (f["measure"][first] == "stock")[group]
    chosen = f.take(rule.rule_choice(group, f.codes("date"), stock, f["people"],
                                     f["people_high"]))
    out = pd.DataFrame({
        "place": chosen["place"].where(chosen["place"] != "", "(no place)").to_numpy(),
        "category": chosen["category"].to_numpy(), "measure": chosen["measure"].to_numpy(),
        "people": chosen["people"].to_numpy(), "people_low": chosen["people_low"].to_numpy(),
        "people_high": chosen["people_high"].to_numpy(),
        "spread_low": rule.group_fmin(group, f["people_low"]),
        "spread_high": rule.group_fmax(group, f["people_high"]),
        "n_figures": rule.group_count(group),
        "n_documents": rule.group_distinct(group, f.codes("doc_id")),
        "date": chosen["date"].to_numpy()}, columns=cols)
    # (place, category, measure) is unique per row: this order does not depend on the
    # order the groups were found in.
    out = out.sort_values(["place", "category", "measure"], kind="stable")
    keep = out.groupby("place")["people"].max().sort_values(ascending=False).index[:top]
    return out[out["place"].isin(keep)].reset_index(drop=True)


@per_frame
def flows_in_view(figures: pd.DataFrame, places: pd.DataFrame,
                  top: int | None = None) -> pd.DataFrame:
    """Origin -> destination lines of the figures in view, one per pair of places: the
    largest figure reported for the pair (flows are never summed), how many figures and
    reports gave one, with people and both ends' coordinates (geo.layers.flow_lines).
    Largest first; `top` keeps that many pairs. Rates are left out of the widths."""
    cols = ["figure_id", "origin", "destination", "people", "people_low", "people_high",
            "lon0", "lat0", "lon1", "lat1", "date", "quote", "category", "rate", "value_text",
            "origin_place_id", "destination_place_id", "n_figures", "n_documents"]
    if len(figures) == 0:
        return pd.DataFrame(columns=cols)
    pair = ["origin_place_id", "destination_place_id"]
    origin, destination = (figures[c].to_numpy() for c in pair)
    f = Columns(figures, np.flatnonzero((origin != "") & (destination != "")
                                        & (origin != destination)))
    if len(f) == 0:
        return pd.DataFrame(columns=cols)
    group, _ = rule.group_ids(*(f.codes(c) for c in pair))
    # Per route the largest figure that counts (no rate), then the routes largest first:
    # the order one stable sort of every figure would give.
    counts = (f["rate"] == "").astype(float)
    people, high = f["people"].astype(float), f["people_high"].astype(float)
    chosen = rule.first_largest(group, counts, people, high)
    chosen = chosen[np.lexsort((chosen, -high[chosen], -people[chosen], -counts[chosen]))]
    if top is not None:
        chosen = chosen[:top]
    best = f.take(chosen)
    ends = layers.flow_ends(best, places)
    drawn = ends.notna().all(axis=1).to_numpy()  # both ends have coordinates
    if not drawn.any():
        return pd.DataFrame(columns=cols)
    g = group[chosen][drawn]  # each drawn route's group
    out = pd.concat([best[drawn], ends[drawn]], axis=1).assign(
        n_figures=rule.group_count(group)[g],
        n_documents=rule.group_distinct(group, f.codes("doc_id"))[g])
    return out.reindex(columns=cols).reset_index(drop=True)


@per_frame
def captured(events: pd.DataFrame) -> pd.DataFrame:
    """Captured places with coordinates: one row per place, with its earliest known date
    (and every date reported)."""
    cols = ["place_id", "place", "lat", "lon", "date", "dates", "quote", "doc_id"]
    if len(events) == 0:
        return pd.DataFrame(columns=cols)
    e = events.iloc[_rows_of(events, "kind", "captured")]  # a few of 100,000 events
    e = e[e["lat"].notna() & ~e["place_kind"].isin(["country", "admin1"])]
    dates, places, quotes, docs = (e[c].to_numpy() for c in ("date", "place", "quote",
                                                              "doc_id"))
    lat, lon = e["lat"].to_numpy(), e["lon"].to_numpy()
    rows = []
    for pid, at in sorted(e.groupby("place_id").indices.items()):
        day = dates[at]
        dated = sorted({d for d in day if d})
        # The first by date, undated last; the same (unstable) argsort that pandas'
        # sort_values runs, so ties pick the same report as ever.
        first = at[np.argsort(np.where(day == "", "9999", day).astype(object),
                              kind="quicksort")[0]]
        rows.append({"place_id": pid, "place": places[first], "lat": lat[first],
                     "lon": lon[first], "date": dated[0] if dated else "",
                     "dates": ", ".join(dated), "quote": quotes[first], "doc_id": docs[first]})
    return pd.DataFrame(rows, columns=cols)
