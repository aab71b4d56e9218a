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
