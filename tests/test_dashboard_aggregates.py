"""The vectorised aggregates behind the dashboard's callbacks (geo.totals' rule helpers,
dashboard.data's keyed filters and per-view aggregates): the same answers as the plain
pandas forms they replace, on real tables and on random data with ties and NaN."""

from __future__ import annotations

import numpy as np
import pandas as pd

from geo import totals as T


def test_rule_helpers_pick_what_a_stable_sort_would():
    """first_largest / rule_choice / group_* (the vectorised rule the map, bars, headline
    and timeline share) against pandas' sort-then-drop_duplicates on random groups with
    ties and NaN, and against the rule stated by hand."""
    rng = np.random.default_rng(5)
    n = 3000
    group = rng.integers(0, 40, n)
    people = rng.choice([1.0, 2.0, 3.0, np.nan], n)
    high = rng.choice([5.0, 6.0, np.nan], n)
    frame = pd.DataFrame({"g": group, "p": people, "h": high})
    expected = (frame.sort_values(["p", "h"], ascending=False, kind="stable")
                .drop_duplicates("g").sort_values("g").index.to_numpy())
    assert list(T.first_largest(group, people, high)) == list(expected)
    assert list(T.group_count(group)) == list(frame.groupby("g").size())
    np.testing.assert_array_equal(T.group_fmin(group, people), frame.groupby("g")["p"].min())
    np.testing.assert_array_equal(T.group_fmax(group, high), frame.groupby("g")["h"].max())
    docs = rng.integers(0, 7, n)
    assert list(T.group_distinct(group, docs)) == list(
        frame.assign(d=docs).groupby("g")["d"].nunique())
    ids, first = T.group_ids(np.array([2, 0, 2, 1]), np.array([0, 5, 0, 1]))
    assert list(ids) == [2, 0, 2, 1] and list(first) == [1, 3, 0]
    # Stock: the latest day's largest (day 0 is undated); flow: the largest of any day.
    g = np.array([0, 0, 0, 1, 1, 2, 2])
    day = np.array([1, 2, 2, 1, 2, 0, 0])
    stock = np.array([True, True, True, False, False, True, True])
    people = np.array([900.0, 10.0, 20.0, 50.0, 5.0, 7.0, 8.0])
    chosen = T.rule_choice(g, day, stock, people, people)
    assert list(chosen) == [2, 3, 6]


def _states(tables) -> list:
    """View states touching every filter, on the values the tables hold."""
    from dashboard.state import ViewState

    f = tables.figures
    dates = sorted(d for d in set(f["date"]) if d)
    place = f["location_place_id"].mode()[0]
    origin = next(p for p in f["origin_place_id"] if p)
    return [ViewState(), ViewState(category=("refugees",)), ViewState(measure=("stock",)),
            ViewState(country=("COD",)), ViewState(province=("CD-NK", "CD-SK")),
            ViewState(start=dates[len(dates) // 3], end=dates[-2]),
            ViewState(start=dates[-1]), ViewState(end=dates[0], category=("displaced",)),
            ViewState(place=place), ViewState(place=origin),
            ViewState(document=tuple(sorted(set(f["doc_id"])))[:2]),
            ViewState(min_confidence=0.7, measure=("flow",)),
            ViewState(category=("no such category",))]


def countable(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures that may stand for a total, as a plain frame (the reference the
    vectorised aggregates are checked against)."""
    from dashboard import data

    return figures[data.countable_rows(figures)] if len(figures) else figures


def _unkeyed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[c for c in frame if c.startswith("_k_") or c == "_countable"])


def test_keyed_filters_select_the_rows_string_filters_do(seeds_tables):
    from dashboard import data

    tables = data.load(seeds_tables)
    assert tables.key_values["figures"]["date"][0] == ""  # key 0: undated
    plain_figures, plain_events = _unkeyed(tables.figures), _unkeyed(tables.events)
    sizes = set()
    for st in _states(tables):
        figs, events, docs = data.view(tables, st)
        expected = _ref_filter_figures(plain_figures, st)
        assert list(figs.index) == list(expected.index), st
        assert list(events.index) == list(_ref_filter_events(plain_events, st).index), st
        assert list(docs.index) == list(_ref_filter_documents(
            tables.documents, expected, st).index), st
        assert list(data.countable_rows(figs)) == list(data.countable_rows(
            _unkeyed(figs))), st
        sizes.add(len(figs))
    assert len(sizes) >= 3 and 0 in sizes and len(tables.figures) in sizes


# ---------------------------------------------------------------- reference forms
# The pandas forms the keyed filters and vectorised aggregates replaced (string
# comparisons, sort, drop_duplicates, groupby on the rows themselves), kept here as the
# definition they must agree with.

def _ref_in(column: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    return column.isin(wanted) if wanted else pd.Series(True, index=column.index)


def _ref_shared_mask(frame: pd.DataFrame, st) -> pd.Series:
    """Dates, country, province, report; undated rows match no date range."""
    mask = pd.Series(True, index=frame.index)
    if st.start:
        mask &= (frame["date"] != "") & (frame["date"] >= st.start)
    if st.end:
        mask &= (frame["date"] != "") & (frame["date"] <= st.end)
    for col, wanted in (("iso3", st.country), ("admin1", st.province),
                        ("doc_id", st.document)):
        mask &= _ref_in(frame[col], wanted)
    return mask


def _ref_filter_figures(figures: pd.DataFrame, st) -> pd.DataFrame:
    mask = _ref_shared_mask(figures, st)
    mask &= _ref_in(figures["category"], st.category)
    mask &= _ref_in(figures["measure"], st.measure)
    if st.min_confidence:
        mask &= figures["confidence"].fillna(0) >= st.min_confidence - 1e-9
    if st.place:
        mask &= ((figures["location_place_id"] == st.place)
                 | (figures["origin_place_id"] == st.place)
                 | (figures["destination_place_id"] == st.place))
    return figures[mask]


def _ref_filter_events(events: pd.DataFrame, st) -> pd.DataFrame:
    mask = _ref_shared_mask(events, st)
    if st.place:
        mask &= events["place_id"] == st.place
    return events[mask]


def _ref_filter_documents(documents: pd.DataFrame, figures: pd.DataFrame,
                          st) -> pd.DataFrame:
    """All reports when nothing is filtered, else those with a figure in view."""
    if st.is_default():
        return documents
    return documents[documents["doc_id"].isin(set(figures["doc_id"]))]


def _ref_choose(group: pd.DataFrame, measure: str) -> pd.Series:
    if measure == "stock":
        dated = group["date"] != ""
        if dated.any():
            group = group[group["date"] == group["date"][dated].max()]
    return group.sort_values(["people", "people_high"], ascending=False,
                             kind="stable").iloc[0]


def _ref_by_place_category(figures: pd.DataFrame) -> pd.DataFrame:

    f = countable(figures)
    rows = []
    for (place, category, measure), g in f.groupby(["place", "category", "measure"]):
        chosen = _ref_choose(g, measure)
        rows.append({"place": place or "(no place)", "category": category,
                     "measure": measure, "people": chosen["people"],
                     "spread_low": g["people_low"].min(), "spread_high": g["people_high"].max(),
                     "n_figures": len(g), "n_documents": g["doc_id"].nunique(),
                     "date": chosen["date"]})
    return pd.DataFrame(rows)


def _ref_place_summary(figures: pd.DataFrame) -> pd.DataFrame:
    f = figures[figures["lat"].notna() & figures["lon"].notna() & (figures["place_id"] != "")]
    rows = []
    for pid, g in f.groupby("place_id"):
        tier = pd.Series(2, index=g.index).mask(g["people"].notna(), 1).mask(
            g["people"].notna() & (g["rate"] == "") & g["measure"].isin(["flow", "stock"]), 0)
        pool = g[tier == tier.min()]
        best = pool.sort_values(["people", "confidence"], ascending=False, kind="stable",
                                na_position="last").iloc[0]
        rows.append({"place_id": pid, "people": best["people"], "figure": best["quote"],
                     "spread_low": pool["people_low"].min(),
                     "spread_high": pool["people_high"].max(), "n_figures": len(g),
                     "n_documents": g["doc_id"].nunique()})
    return pd.DataFrame(rows)


def _random_figures(n: int, seed: int) -> pd.DataFrame:
    """Figures with many ties, repeated dates, undated rows, rates and missing numbers."""
    from dashboard import data

    rng = np.random.default_rng(seed)
    people = rng.choice([100.0, 200.0, 300.0, np.nan], n)
    low = np.where(np.isnan(people), np.nan, people - rng.choice([0, 50], n))
    return data.with_keys(pd.DataFrame({
        "figure_id": [f"f{i}" for i in range(n)],
        "doc_id": rng.choice(["d1", "d2", "d3", "d4"], n),
        "date": rng.choice(["", "2025-01-01", "2025-02-01", "2025-03-01"], n),
        "category": rng.choice(["refugees", "displaced", "fled"], n),
        "measure": rng.choice(["flow", "stock", ""], n, p=[0.45, 0.45, 0.1]),
        "rate": rng.choice(["", "per_day"], n, p=[0.9, 0.1]),
        "people": people, "people_low": low, "people_high": low + rng.choice([0, 500], n),
        "place": rng.choice(["Goma", "Sake", ""], n),
        "place_id": rng.choice(["COD-goma", "COD-sake", ""], n),
        "lat": rng.choice([-1.6, np.nan], n, p=[0.9, 0.1]), "lon": 29.2,
        "confidence": rng.choice([0.5, 0.9], n), "quote": [f"q{i}" for i in range(n)],
        "value_text": "", "unit": "people", "iso3": "COD", "admin1": "CD-NK",
        "origin_place_id": "", "destination_place_id": ""}).astype(
            {c: object for c in ("figure_id", "doc_id", "date", "category", "measure", "rate",
                                 "place", "place_id", "quote", "value_text", "unit", "iso3",
                                 "admin1", "origin_place_id", "destination_place_id")}))


def test_aggregates_agree_with_their_reference_forms(seeds_tables):
    from dashboard import aggregates, data

    tables = data.load(seeds_tables)
    frames = []
    for st in _states(tables):
        figs, _events, _ = data.view(tables, st)
        frames += [(st, figs), (st, _unkeyed(figs))]  # keyed (loaded tables) and plain
    frames += [(seed, _random_figures(400, seed)) for seed in range(4)]
    for st, frame in frames:
        got = aggregates.by_place_category(frame, top=10_000)
        want = _ref_by_place_category(frame)
        assert len(got) == len(want), st
        if len(want):
            merged = got.merge(want, on=["place", "category", "measure"],
                               suffixes=("", "_ref"))
            assert len(merged) == len(want), st
            for col in ("people", "spread_low", "spread_high", "n_figures",
                        "n_documents", "date"):
                assert list(merged[col]) == list(merged[f"{col}_ref"]), (st, col)
        ps = aggregates.place_summary(frame)
        ref = _ref_place_summary(frame)
        assert list(ps["place_id"]) == list(ref.get("place_id", [])), st
        for col in ("people", "spread_low", "spread_high", "n_figures", "n_documents"):
            assert list(ps[col].fillna(-1)) == list(ref.get(col, pd.Series(
                [], dtype=float)).fillna(-1)), (st, col)
        assert list(ps["quote"]) == list(ref.get("figure", [])), st
        heads = aggregates.headlines(frame)
        for (category, measure), h in heads.items():
            g = countable(frame)
            g = g[(g["category"] == category) & (g["measure"] == measure)]
            chosen = _ref_choose(g, measure)
            assert (h["figure_id"], h["n_figures"], h["n_documents"]) == (
                chosen["figure_id"], len(g), g["doc_id"].nunique()), st
        assert aggregates.countable_kinds(frame) == set(heads)


def test_timeline_periods_show_each_periods_largest_figure():
    from dashboard import figures as F

    frame = _random_figures(2000, 11)  # past TIMELINE_DETAIL: one marker per week
    events = pd.DataFrame(columns=["date", "kind", "place", "quote"])
    fig = F.timeline_dict(frame, events)
    got = sorted((t["name"], x, y, s) for t in fig["data"]
                 for x, y, s in zip(t["x"], t["y"], t["marker"]["symbol"], strict=True))
    dated = frame[(frame["date"] != "") & frame["people"].notna()]
    when = pd.to_datetime(dated["date"])
    week = (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
    best = dated.assign(week=week).groupby(["category", "week", "measure"])["people"].max()
    want = sorted((c, w, p, "square" if m == "stock" else "circle")
                  for (c, w, m), p in best.items())
    assert got == want
    assert "2000" not in F.timeline_summary(frame, events)  # only the dated ones
    assert F.timeline_summary(frame, events).startswith(f"Timeline of {len(dated)} dated")


def test_flow_ends_are_the_ends_of_flow_lines(seeds_tables):
    from dashboard import data
    from geo import layers

    tables = data.load(seeds_tables)
    f = tables.figures
    routed = f[(f["origin_place_id"] != "") & (f["destination_place_id"] != "")
               & (f["origin_place_id"] != f["destination_place_id"])]
    assert len(routed) >= 2
    lines = layers.flow_lines(routed, tables.places)
    ends = layers.flow_ends(routed, tables.places).dropna()
    assert len(ends) == len(lines) > 0
    assert list(ends[["lon0", "lat0", "lon1", "lat1"]].itertuples(index=False, name=None)) == [
        (g.coords[0][0], g.coords[0][1], g.coords[-1][0], g.coords[-1][1])
        for g in lines.geometry]


def test_shaded_area_outline_is_plotly_geojson_of_the_simplified_shape():
    from dashboard import figures as F
    from geo import layers

    units = layers.boundaries("admin1", ["COD"]).head(3)
    simplified = units.assign(geometry=units.geometry.simplify(0.01, preserve_topology=True))
    want = F._round(layers.plotly_geojson(simplified[["boundary_id", "name", "geometry"]]))
    got = [F._area_feature(b, n, g.wkb) for b, n, g in zip(
        units["boundary_id"], units["name"], units.geometry, strict=True)]
    assert got == want["features"] and len(got) == 3


def test_callbacks_taking_some_columns_draw_what_all_columns_draw(seeds_tables):
    """Each callback takes only the figure columns it declares: the same outputs as the
    chart functions on every column of the view (a column missing from a declaration
    would raise, or change an output, here)."""
    import json

    import plotly

    from dashboard import aggregates, callbacks, data, layout
    from dashboard import figures as F

    def same(a, b) -> bool:
        enc = plotly.utils.PlotlyJSONEncoder
        return json.dumps(a, cls=enc, sort_keys=True) == json.dumps(b, cls=enc, sort_keys=True)

    tables = data.load(seeds_tables)
    for st in _states(tables) + [_states(tables)[0].with_(min_confidence=0.5)]:
        tables.extra.pop("render_cache", None)
        figs, events, docs = data.view(tables, st)
        assert len(figs.columns) > len(data.figures_in_view(tables, st, ("place",)).columns)
        assert same(callbacks.timeline_outputs(tables, st),
                    (F.timeline_dict(figs, events), F.timeline_summary(figs, events))), st
        assert same(callbacks.bars_outputs(tables, st),
                    (F.bars_dict(figs), F.bars_summary(figs))), st
        assert same(callbacks.map_outputs(tables, st, None)[0],
                    F.map_dict(figs, events, tables.places, selected_place=st.place)), st
        assert same(callbacks.view_outputs(tables, st)[0], layout.key_figure_cards(
            aggregates.key_figures(figs, docs, tables.documents))), st
        assert same(callbacks.layer_outputs(tables, st, None)[0],
                    [{"label": label, "value": v} for v, label in F.shading_choices(figs)])
        assert same(callbacks.table_outputs(tables, st, "")[0], callbacks.table_rows(figs)), st
