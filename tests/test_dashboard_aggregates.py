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
        expected = data.filter_figures(plain_figures, st)
        assert list(figs.index) == list(expected.index), st
        assert list(events.index) == list(data.filter_events(plain_events, st).index), st
        assert list(docs.index) == list(data.filter_documents(
            tables.documents, expected, st).index), st
        assert list(data.countable_rows(figs)) == list(data.countable_rows(
            _unkeyed(figs))), st
        sizes.add(len(figs))
    assert len(sizes) >= 3 and 0 in sizes and len(tables.figures) in sizes
