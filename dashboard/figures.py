"""Plotly figures of the dashboard: the map, the timeline and the bars, plus a plain-text
summary of each for screen readers and embeds.

Every figure has a title with its units and a source line, and uses the Okabe-Ito
colour-blind-safe palette. The map is a plotly geo map: its base layer (land, borders,
lakes) comes from the bundled TopoJSON (assets/topojson/, see geo/plotly_maps.py) and its
provinces from geo's outlines, so it draws with no internet.
"""

from __future__ import annotations

import copy
import html
import math
import textwrap
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from plotly.subplots import make_subplots

from dashboard import aggregates, data
from geo import layers
from geo import totals as rule

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
             "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
             "black": "#000000", "grey": "#999999"}
CATEGORY_COLOURS = {"refugees": OKABE_ITO["blue"], "displaced": OKABE_ITO["vermillion"],
                    "fled": OKABE_ITO["orange"], "returned": OKABE_ITO["green"],
                    "evacuated": OKABE_ITO["purple"]}
EVENT_STYLE = {  # kind: (symbol, colour)
    "captured": ("x", OKABE_ITO["black"]),
    "clashes": ("diamond", OKABE_ITO["vermillion"]),
    "attack": ("triangle-up", OKABE_ITO["orange"]),
    "protest": ("square", OKABE_ITO["purple"]),
    "ceasefire": ("circle", OKABE_ITO["green"]),
    "sanctions": ("star", OKABE_ITO["blue"]),
    "other": ("circle-open", OKABE_ITO["grey"]),
}
# Sequential, colour-blind safe (light to dark in one hue family).
SHADES = {"refugees": [[0, "#eef5fb"], [0.5, "#6baed6"], [1, "#08306b"]],
          "default": [[0, "#fff5eb"], [0.5, "#fd8d3c"], [1, "#7f2704"]]}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
CHARTS = ("map", "timeline", "bars")
CHARTS_TITLE = {"map": "Map", "timeline": "Timeline", "bars": "By place and category"}
LABEL = {"refugees": "refugees", "displaced": "people displaced", "fled": "people who fled",
         "returned": "people who returned", "evacuated": "people evacuated"}
MAP_FLOWS = 40  # arrows drawn, largest first: more hide each other and the places
MEASURE_LABEL = {"flow": "flow: people who moved", "stock": "stock: people present"}


def cat_colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, OKABE_ITO["grey"])


def esc(text: str, width: int = 70, max_lines: int = 4) -> str:
    """Untrusted text for a plotly hover label: HTML-escaped and wrapped with <br>."""
    return _esc(str(text or ""), width, max_lines)


@lru_cache(maxsize=1 << 15)
def _esc(text: str, width: int, max_lines: int) -> str:
    # Remembered: the same quotes and places label view after view, and textwrap is the
    # slowest step of a hover text.
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return "<br>".join(html.escape(line) for line in lines)


def date_span(a: str, b: str) -> str:
    if not a and not b:
        return "undated"
    return a if a == b else f"{a} – {b}"


def source_line(figures: pd.DataFrame, documents: pd.DataFrame | None = None) -> str:
    """Where the numbers come from, for the foot of every chart."""
    n_docs = aggregates.n_reports(figures)
    first, last = aggregates.date_range(figures)
    span = date_span(first, last) if first else "undated"
    return (f"Source: {len(figures)} figures quoted from {n_docs} report"
            f"{'s' if n_docs != 1 else ''} ({span}), extracted by displacement-dashboard; "
            "figures are never summed across reports.")


class PlainFigure:
    """The few go.Figure methods the charts use, on plain dicts. plotly's property
    validation and defensive copies cost more than everything else in a large map (the
    province shapes are copied twice); the dashboard sends these dicts as they are, and
    go.Figure(fig.to_dict()) validates them where a Figure is needed (exports)."""

    def __init__(self) -> None:
        self.data: list[dict] = []
        self.layout: dict = {}

    def add_trace(self, trace: dict) -> None:
        self.data.append(trace)

    def update_layout(self, **kw) -> None:
        _merge(self.layout, _nest(kw))

    def update_geos(self, **kw) -> None:
        _merge(self.layout.setdefault("geo", {}), _nest(kw))

    def update_xaxes(self, **kw) -> None:  # every x axis, as go.Figure does
        for name in [k for k in self.layout if k.startswith("xaxis")] or ["xaxis"]:
            self.update_axis(name, **kw)

    def update_yaxes(self, **kw) -> None:
        for name in [k for k in self.layout if k.startswith("yaxis")] or ["yaxis"]:
            self.update_axis(name, **kw)

    def update_axis(self, name: str, **kw) -> None:
        """One axis of a subplot grid: "yaxis2" is row 2's."""
        _merge(self.layout.setdefault(name, {}), _nest(kw))

    def add_annotation(self, **kw) -> None:
        self.layout.setdefault("annotations", []).append(_nest(kw))

    def to_dict(self) -> dict:
        # go.Figure would add plotly's default template: the same look either way.
        return {"data": self.data, "layout": {"template": _template(), **self.layout}}


@lru_cache(maxsize=1)
def _template() -> dict:
    import plotly.io as pio

    return pio.templates[pio.templates.default].to_plotly_json()


UNDERSCORED = {"paper_bgcolor", "plot_bgcolor", "error_x", "error_y"}  # real names


def _nest(kw: dict) -> dict:
    """plotly's magic underscores: projection_type="x" is {"projection": {"type": "x"}}
    (the few property names with an underscore in them stay whole)."""
    out: dict = {}
    for key, value in kw.items():
        *path, last = [key] if key in UNDERSCORED else key.split("_")
        node = out
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def _merge(into: dict, new: dict) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _base_layout(fig: go.Figure | PlainFigure, title: str, subtitle: str, source: str,
                 height: int = 420) -> go.Figure | PlainFigure:
    fig.update_layout(
        title={"text": f"<b>{html.escape(title)}</b><br><sup>{html.escape(subtitle)}</sup>",
               "x": 0.01, "xanchor": "left", "font": {"size": 17}},
        font={"family": FONT, "size": 12, "color": "#1f2933"},
        paper_bgcolor="white", plot_bgcolor="white", height=height,
        margin={"l": 10, "r": 10, "t": 70, "b": 60},
        hoverlabel={"bgcolor": "white", "font": {"family": FONT, "size": 12},
                    "align": "left"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right",
                "x": 1.0, "font": {"size": 11}, "bgcolor": "rgba(255,255,255,0.8)"},
    )
    fig.add_annotation(text=html.escape(source), xref="paper", yref="paper", x=0, y=0,
                       yshift=-52, xanchor="left", yanchor="bottom", showarrow=False,
                       align="left", font={"size": 10, "color": "#52606d"})
    return fig


def _empty(fig: go.Figure | PlainFigure, message: str) -> go.Figure | PlainFigure:
    fig.add_annotation(text=message, xref="paper", yref="paper", x=0.5, y=0.5,
                       showarrow=False, font={"size": 14, "color": "#52606d"})
    return fig


# ---------------------------------------------------------------- map

def outlines(iso3s: tuple[str, ...], level: str = "admin1") -> dict:
    """Simplified outlines of the countries' provinces, as plotly GeoJSON (context layer)."""
    return {"type": "FeatureCollection",
            "features": [f for iso3 in iso3s for f in _country_outlines(iso3, level)]}


@lru_cache(maxsize=256)
def _country_outlines(iso3: str, level: str) -> tuple:
    """One country's simplified outlines, cached: views differ in which countries they
    touch, and simplifying and rounding shapes costs more than the rest of a map."""
    b = layers.boundaries(level, [iso3]).copy()
    b["geometry"] = b.geometry.simplify(0.02, preserve_topology=True)
    return tuple(_round(layers.plotly_geojson(b[["boundary_id", "name", "geometry"]]))[
        "features"])


@lru_cache(maxsize=4096)
def _area_feature(boundary_id: str, name: str, wkb: bytes) -> dict | None:
    """A shaded area's simplified, rounded outline, remembered by its shape: views shade
    the same provinces again and again, and simplifying and rounding a province costs more
    than its totals. Shared between figures: never modified."""
    geom = shapely.simplify(shapely.from_wkb(wkb), 0.01, preserve_topology=True)
    return _round(layers.plotly_feature({"boundary_id": boundary_id, "name": name}, geom))


def _round(obj, nd: int = 3):
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, list | tuple):
        return [_round(x, nd) for x in obj]
    if isinstance(obj, dict):
        return {k: _round(v, nd) for k, v in obj.items()}
    return obj


# The figure columns shading_choices, timeline_* and bars_* read (for callbacks that
# take only those of the rows in view).
SHADING_COLUMNS = ("category", "measure", "people", "rate")
TIMELINE_COLUMNS = ("date", "people", "people_low", "people_high", "category", "measure",
                    "doc_id", "value_text", "unit", "place", "rate", "quote", "doc_title")
BARS_COLUMNS = ("place", "category", "measure", "date", "people", "people_low",
                "people_high", "doc_id", "rate")
# map_dict / map_summary: the shading's inputs (geo.totals.INPUT_COLUMNS), the arrows'
# and the places' columns.
MAP_COLUMNS = tuple(dict.fromkeys(layers.TOTALS_INPUT_COLUMNS + (
    "people", "people_low", "people_high", "figure_id", "origin", "destination",
    "origin_place_id", "destination_place_id", "date", "quote", "value_text", "lat", "lon",
    "place_id", "confidence", "place", "unit")))


def shading_choices(figures: pd.DataFrame) -> list[tuple[str, str]]:
    """(value "category|measure", label) for what can shade the map, most wanted first."""
    have = aggregates.countable_kinds(figures)
    cats = ["displaced", "refugees"] + [c for c in data.CATEGORIES
                                        if c not in ("displaced", "refugees")]
    order = [(cat, m) for cat in cats for m in ("stock", "flow")]
    return [(f"{cat}|{m}", f"{LABEL.get(cat, cat)} ({m})") for cat, m in order
            if (cat, m) in have]


def map_level(figures: pd.DataFrame) -> str:
    """Provinces when some figure in view has a province, else countries."""
    return "admin1" if any(aggregates.distinct(figures, "admin1") != "") else "admin0"


def _merc(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _unmerc(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def view_box(figures: pd.DataFrame, flows: pd.DataFrame, cap: pd.DataFrame,
             aspect: float = 1.9, pad: float = 0.12, min_span: float = 6.0,
             areas: tuple[float, float, float, float] | None = None
             ) -> tuple[list[float], list[float]]:
    """Longitude and latitude ranges around everything drawn, widened to the map's aspect
    (width / height, in Mercator units) so that the map fills its frame."""
    lons, lats = [], []
    if len(figures):  # the extremes are enough: 100,000 points have 4 that matter
        for col, out in (("lon", lons), ("lat", lats)):
            values = figures[col].dropna()
            out += [values.min(), values.max()] if len(values) else []
    for a, b in (("lon0", "lat0"), ("lon1", "lat1")):
        lons += list(flows[a])
        lats += list(flows[b])
    lons += list(cap["lon"])
    lats += list(cap["lat"])
    if areas is not None and all(v == v for v in areas):
        lons += [areas[0], areas[2]]
        lats += [areas[1], areas[3]]
    if not lons:
        return [-20.0, 55.0], [-35.0, 38.0]  # Africa and the Middle East
    x0, x1 = min(lons), max(lons)
    y0, y1 = _merc(min(lats)), _merc(max(lats))
    w = max(x1 - x0, min_span) * (1 + 2 * pad)
    h = max(y1 - y0, math.radians(min_span)) * (1 + 2 * pad)
    # Mercator y is in radians of longitude: w degrees span radians(w).
    if math.radians(w) / h < aspect:
        w = math.degrees(h * aspect)
    else:
        h = math.radians(w) / aspect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w = min(w, 360.0)
    lon_range = [max(cx - w / 2, -180.0), min(cx + w / 2, 180.0)]
    lat_range = [max(_unmerc(cy - h / 2), -80.0), min(_unmerc(cy + h / 2), 84.0)]
    return [round(v, 3) for v in lon_range], [round(v, 3) for v in lat_range]


def map_figure(figures: pd.DataFrame, events: pd.DataFrame, places: pd.DataFrame,
               shade: str | None = None, selected_place: str = "",
               height: int = 600, aspect: float = 2.45) -> go.Figure:
    return go.Figure(map_dict(figures, events, places, shade, selected_place, height, aspect))


def map_dict(figures: pd.DataFrame, events: pd.DataFrame, places: pd.DataFrame,
             shade: str | None = None, selected_place: str = "",
             height: int = 600, aspect: float = 2.45) -> dict:
    """The map as the plain dict the browser gets: province shading by the no-double-
    counting rule, flow arrows, places sized by their figure, captured places."""
    fig = PlainFigure()
    level = map_level(figures)
    choices = shading_choices(figures)
    if shade not in {v for v, _ in choices}:
        shade = choices[0][0] if choices else ""
    category, _, measure = shade.partition("|")

    # Context: province outlines of every country the view touches.
    iso3s = set(aggregates.distinct(figures, "iso3"))
    for col in ("origin_place_id", "destination_place_id"):
        iso3s |= {p[:3] for p in aggregates.distinct(figures, col) if p}
    cap = aggregates.captured(events)
    iso3s |= {p[:3] for p in cap["place_id"]}
    iso3s = tuple(sorted(i for i in iso3s if len(i) == 3 and i.isalpha() and i.isupper()))
    ctx = outlines(iso3s)
    if ctx["features"]:
        fig.add_trace(dict(type="choropleth",
            geojson=ctx, locations=[f["id"] for f in ctx["features"]],
            z=[0] * len(ctx["features"]), colorscale=[[0, "#fbfaf7"], [1, "#fbfaf7"]],
            showscale=False, marker={"line": {"color": "#b8b2a7", "width": 0.5}},
            hoverinfo="skip", name="Provinces", showlegend=False))

    # Shading: people per area by geo's no-double-counting rule.
    subtitle = "no figure in view"
    area_bounds = None
    if shade:
        tot = layers.totals(aggregates.shade_figures(figures, category, measure), level)
        tot = tot[(tot["category"] == category) & (tot["measure"] == measure)]
        tot = tot[tot.geometry.notna()]
        if len(tot):
            area_bounds = tuple(float(v) for v in tot.total_bounds)
            geo_json = {"type": "FeatureCollection", "features": [
                f for f in (_area_feature(b, n, g.wkb) for b, n, g in zip(
                    tot["boundary_id"], tot["name"], tot.geometry, strict=True))
                if f is not None]}
            period = date_span(min((d for d in tot["period_start"] if d), default=""),
                               max((d for d in tot["period_end"] if d), default=""))
            hover = [
                f"<b>{esc(r.name, 40)}</b><br>{data.fmt_people(r.people)} "
                f"{LABEL.get(category, category)} ({measure})"
                + (f"<br>range {data.fmt_people(r.people_low)}–{data.fmt_people(r.people_high)}"
                   if r.people_low != r.people_high else "")
                + f"<br>{r.n_figures} figure{'s' if r.n_figures != 1 else ''} in "
                  f"{r.n_documents} report{'s' if r.n_documents != 1 else ''}, "
                  f"{date_span(r.period_start, r.period_end)}<br><i>{esc(r.rule)}</i>"
                for r in tot.itertuples(index=False)]
            unit_word = "province" if level == "admin1" else "country"
            fig.add_trace(dict(type="choropleth",
                geojson=geo_json, locations=list(tot["boundary_id"]), z=list(tot["people"]),
                colorscale=SHADES.get(category, SHADES["default"]), zmin=0,
                zmax=max(float(tot["people"].max()), 1.0),
                marker={"line": {"color": "#6b6256", "width": 0.8}, "opacity": 0.75},
                text=hover,
                hovertemplate="%{text}<extra></extra>",
                customdata=[f"{level}:{b}" for b in tot["boundary_id"]],
                name=f"{LABEL.get(category, category)} by {unit_word}",
                colorbar={"title": {"text": f"{LABEL.get(category, category).capitalize()}"
                                            f"<br>{MEASURE_LABEL[measure]}<br>{period}",
                                    "font": {"size": 11}},
                          "thickness": 12, "len": 0.55, "x": 0.99, "xanchor": "right",
                          "y": 0.45, "bgcolor": "rgba(255,255,255,0.85)",
                          "tickformat": "~s"}))
            subtitle = (f"Shaded by {unit_word}: {LABEL.get(category, category)} "
                        f"({MEASURE_LABEL[measure]}), {period}; never summed across reports")

    # Flows: origin -> destination, width by people.
    flows = aggregates.flows_in_view(figures, places, top=MAP_FLOWS)
    top = flows["people"].max() if len(flows) else 0
    for i, r in enumerate(flows.itertuples(index=False)):
        people = r.people if not (isinstance(r.people, float) and math.isnan(r.people)) else 0
        width = 1.5 + 7 * math.sqrt(people / top) if top else 2
        rate = f" {r.rate.replace('_', ' ')}" if r.rate else ""
        text = (f"<b>{esc(r.origin, 30)} → {esc(r.destination, 30)}</b><br>"
                f"{esc(r.value_text)} {LABEL.get(r.category, r.category)}{rate}<br>"
                f"{r.date or 'undated'}<br>“{esc(r.quote)}”"
                + (f"<br>largest of {r.n_figures} figures for this route; not summed"
                   if r.n_figures > 1 else ""))
        mid = ((r.lon0 + r.lon1) / 2, (r.lat0 + r.lat1) / 2)
        fig.add_trace(dict(type="scattergeo",
            lon=[r.lon0, mid[0], r.lon1], lat=[r.lat0, mid[1], r.lat1], mode="lines+markers",
            line={"width": width, "color": cat_colour(r.category)}, opacity=0.75,
            marker={"size": [0, 0, 8 + width * 1.6], "symbol": "triangle-up",
                    "angleref": "previous", "color": cat_colour(r.category)},
            text=[text] * 3, hovertemplate="%{text}<extra></extra>",
            customdata=[f"place:{r.origin_place_id}", f"place:{r.destination_place_id}",
                        f"place:{r.destination_place_id}"],
            name="Flows (arrow width = people)",
            legendgroup="flows", showlegend=(i == 0)))

    # Places: circles sized by their largest figure.
    ps = aggregates.place_summary(figures)
    if len(ps):
        biggest = ps["people"].max() if ps["people"].notna().any() else 1
        sizes = [10 + 36 * math.sqrt((p if p == p else 0) / biggest) if biggest else 12
                 for p in ps["people"]]
        hover = [
            f"<b>{esc(r.place, 40)}</b><br>{esc(r.value_text) or '?'} {esc(r.unit)} · "
            f"{LABEL.get(r.category, r.category)} ({r.measure})"
            + (f"<br>reports range {data.fmt_people(r.spread_low)}–"
               f"{data.fmt_people(r.spread_high)}" if r.spread_low != r.spread_high else "")
            + f"<br>{r.n_figures} figure{'s' if r.n_figures != 1 else ''} in {r.n_documents} "
              f"report{'s' if r.n_documents != 1 else ''} · {r.date or 'undated'}"
            + f"<br>“{esc(r.quote)}”<br><i>Click to filter to this place</i>"
            for r in ps.itertuples(index=False)]
        line_w = [3 if pid == selected_place else 1 for pid in ps["place_id"]]
        fig.add_trace(dict(type="scattergeo",
            lon=list(ps["lon"]), lat=list(ps["lat"]), mode="markers",
            marker={"size": sizes, "color": [cat_colour(c) for c in ps["category"]],
                    "opacity": 0.8, "line": {"color": "white", "width": line_w},
                    "sizemode": "diameter"},
            text=hover, hovertemplate="%{text}<extra></extra>",
            customdata=[f"place:{p}" for p in ps["place_id"]],
            name="Places (circle = largest figure)"))

    # Captured places, with their dates.
    if len(cap):
        fig.add_trace(dict(type="scattergeo",
            lon=list(cap["lon"]), lat=list(cap["lat"]), mode="markers+text",
            marker={"symbol": "x-thin", "size": 14, "color": OKABE_ITO["black"],
                    "line": {"width": 3, "color": OKABE_ITO["black"]}},
            text=[f"{html.escape(p)} captured {d}" if d else f"{html.escape(p)} captured"
                  for p, d in zip(cap["place"], cap["date"], strict=True)],
            textposition="middle right", textfont={"size": 11, "color": "#111"},
            hovertext=[f"<b>{esc(p)}</b> captured {d or '(date not given)'}<br>“{esc(q)}”"
                       for p, d, q in zip(cap["place"], cap["dates"], cap["quote"],
                                          strict=True)],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=[f"place:{p}" for p in cap["place_id"]],
            name="Captured (date)"))

    lon_range, lat_range = view_box(figures, flows, cap, aspect=aspect, areas=area_bounds)
    fig.update_geos(
        projection_type="mercator", resolution=50, lonaxis_range=lon_range,
        lataxis_range=lat_range,
        showcountries=True, countrycolor="#8a8175", countrywidth=1,
        showland=True, landcolor="#efece6", showocean=True, oceancolor="#dceaf3",
        showlakes=True, lakecolor="#cfe3f0", showrivers=False, showframe=False,
        showcoastlines=True, coastlinecolor="#9fb6c6", bgcolor="white")
    _base_layout(fig, "Where people are moving", subtitle,
                 source_line(figures), height=height)
    fig.update_layout(margin={"l": 0, "r": 0, "t": 70, "b": 60}, clickmode="event",
                      legend={"x": 0.01, "xanchor": "left", "y": 0.02, "yanchor": "bottom",
                              "orientation": "v"})
    if not len(figures) and not len(cap):
        _empty(fig, "No figure matches these filters")
    return fig.to_dict()


def map_summary(figures: pd.DataFrame, events: pd.DataFrame, places: pd.DataFrame) -> str:
    ps = aggregates.place_summary(figures).sort_values("people", ascending=False)
    flows = aggregates.flows_in_view(figures, places, top=MAP_FLOWS)  # the arrows drawn
    cap = aggregates.captured(events)
    parts = [f"Map of {len(ps)} place{'s' if len(ps) != 1 else ''} with figures."]
    if len(ps):
        parts.append("Largest: " + "; ".join(
            f"{r.place} {r.value_text} {r.category} ({r.measure}, {r.date or 'undated'})"
            for r in ps.head(5).itertuples(index=False)) + ".")
    if len(flows):
        parts.append(f"{len(flows)} route{'s' if len(flows) != 1 else ''}: " + "; ".join(
            f"{r.origin} to {r.destination} {r.value_text}"
            for r in flows.head(5).itertuples(index=False)) + ".")
    if len(cap):
        more = f" and {len(cap) - 8} more" if len(cap) > 8 else ""
        parts.append("Captured: " + "; ".join(
            f"{r.place} ({r.date or 'date not given'})"
            for r in cap.head(8).itertuples(index=False)) + more + ".")
    return " ".join(parts)


# ---------------------------------------------------------------- timeline

TIMELINE_DETAIL = 600  # markers drawn one per figure up to this many; beyond, one per period


def _bin_dates(dates: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, str, np.ndarray]:
    """For a timeline of too many markers to read one by one: the ISO week (Monday) or
    month (the first) each date falls in, and an integer key per period that sorts like
    the periods. `day`: the dates' codes (equal dates, equal codes)."""
    # Per distinct date, not per figure: 100,000 figures fall on a few hundred days.
    group, first = rule.group_ids(day)
    when = pd.to_datetime(pd.Series(dates[first], dtype=object), errors="coerce")
    span_days = (when.max() - when.min()).days if when.notna().any() else 0
    if span_days <= 7 * 150:
        start = when - pd.to_timedelta(when.dt.day_of_week, unit="D")
        bins, period = start.dt.strftime("%Y-%m-%d"), "week"
    else:
        bins, period = when.dt.strftime("%Y-%m-01"), "month"
    bins = bins.fillna("").to_numpy(dtype=object)
    bin_keys = pd.factorize(bins, sort=True)[0]
    return bins[group], period, bin_keys[group]


def _dated_rows(figures: pd.DataFrame) -> np.ndarray:
    """Positions of the figures a timeline can place: a date and a people number."""
    if len(figures) == 0:
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero((data.codes(figures, "date") > 0) & figures["people"].notna())


def _dated_events(events: pd.DataFrame) -> np.ndarray:
    if len(events) == 0:
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero(data.codes(events, "date") > 0)


def _figure_markers(sub: pd.DataFrame, category: str) -> dict:
    """One marker per figure: its value, range and sentence."""
    return {
        "x": list(sub["date"]), "y": list(sub["people"]),
        "high": list((sub["people_high"] - sub["people"]).clip(lower=0)),
        "low": list((sub["people"] - sub["people_low"]).clip(lower=0)),
        "symbol": ["square" if m == "stock" else "circle" for m in sub["measure"]],
        "size": 10,
        "text": [f"<b>{esc(r.value_text)} {esc(r.unit)}</b> · {LABEL.get(category, category)}"
                 f" ({r.measure}{', ' + r.rate.replace('_', ' ') if r.rate else ''})<br>"
                 f"{esc(r.place, 40)} · {r.date}<br>“{esc(r.quote)}”<br>"
                 f"<i>{esc(r.doc_title, 60, 1)}</i>" for r in sub.itertuples(index=False)],
    }


def _period_markers(f: aggregates.Columns, periods: np.ndarray, period_keys: np.ndarray,
                    period: str) -> dict[str, dict]:
    """Per category, one marker per period and measure: the largest figure reported in it
    (never a sum), whiskers over what all its reports say, the marker growing with the
    number of figures. All categories in one pass over the dated rows `f`."""
    group, _ = rule.group_ids(f.codes("category"), period_keys, f.codes("measure"))
    best = rule.first_largest(group, f["people"], f["people_high"])
    category, measure = f["category"][best], f["measure"][best]
    # (category, period, measure) is unique per marker: the strings' order.
    best = best[pd.DataFrame({"c": category, "p": periods[best], "m": measure}).sort_values(
        ["c", "p", "m"], kind="stable").index.to_numpy()]
    g = group[best]
    n = rule.group_count(group)[g]
    low = rule.group_fmin(group, f["people_low"])[g]
    high = rule.group_fmax(group, f["people_high"])[g]
    n_docs = rule.group_distinct(group, f.codes("doc_id"))[g]
    people = f["people"][best]
    categories, measures = f["category"][best], f["measure"][best]
    text = np.asarray([
        f"<b>{period} of {p}</b> · {LABEL.get(c, c)} ({m})<br>largest: {esc(v)} {esc(u)} at "
        f"{esc(pl, 40)} ({d})<br>{k} figure{'s' if k != 1 else ''} in {nd} report"
        f"{'s' if nd != 1 else ''}, from {data.fmt_people(lo)} to {data.fmt_people(hi)}"
        f"; not summed"
        for c, p, m, v, u, pl, d, k, nd, lo, hi in zip(
            categories, periods[best], measures, f["value_text"][best], f["unit"][best],
            f["place"][best], f["date"][best], n, n_docs, low, high, strict=True)],
        dtype=object)
    out = {}
    for category in pd.unique(categories):
        rows = categories == category
        out[category] = {
            "x": list(periods[best][rows]), "y": list(people[rows]),
            "high": list(np.clip(high[rows] - people[rows], 0, None)),
            "low": list(np.clip(people[rows] - low[rows], 0, None)),
            "symbol": ["square" if m == "stock" else "circle" for m in measures[rows]],
            "size": [round(7 + 3 * math.log10(k), 1) for k in n[rows]],
            "text": list(text[rows]),
        }
    return out


def _event_periods(events: pd.DataFrame, rows: np.ndarray, kind_rows: np.ndarray,
                   kind: str, periods: np.ndarray, period_keys: np.ndarray,
                   period: str) -> tuple[list, list]:
    """(x, hover texts) of one kind of event by period: how many reports, and the first
    places named (alphabetically)."""
    group, first = rule.group_ids(period_keys[kind_rows])
    counts = rule.group_count(group)
    # One row of each place of a period: its name is the place's.
    _, each = rule.group_ids(group, data.codes(events, "place")[rows[kind_rows]])
    named: list[set] = [set() for _ in counts]
    for g, name in zip(group[each], events["place"].to_numpy()[rows[kind_rows][each]],
                       strict=True):
        if name:
            named[g].add(name)
    x = list(periods[kind_rows][first])
    text = [f"<b>{kind}</b> · {period} of {p}: {k} report{'s' if k != 1 else ''}"
            f"<br>{esc(', '.join(sorted(names)[:6]), 60)}"
            for p, k, names in zip(x, counts, named, strict=True)]
    return x, text


@lru_cache(maxsize=1)
def _timeline_grid() -> dict:
    """The layout of two stacked subplots sharing their dates: figures above, events."""
    grid = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.78, 0.22],
                         vertical_spacing=0.05).to_plotly_json()["layout"]
    grid.pop("template", None)
    return grid


def timeline_figure(figures: pd.DataFrame, events: pd.DataFrame,
                    height: int = 420) -> go.Figure:
    return go.Figure(timeline_dict(figures, events, height))


def timeline_dict(figures: pd.DataFrame, events: pd.DataFrame, height: int = 420) -> dict:
    """The timeline as the plain dict the browser gets: figures by date (or by week or
    month when there are many) above, events below, captures as dotted lines."""
    fig = PlainFigure()
    fig.layout = copy.deepcopy(_timeline_grid())
    # Past a few hundred markers a timeline is unreadable and its hover texts weigh
    # megabytes: group by week or month, keeping the rule (largest figure, never a sum).
    rows = _dated_rows(figures)
    period, by_period = "day", {}
    if len(rows) > TIMELINE_DETAIL:
        dated = aggregates.Columns(figures, rows)
        periods, period, period_keys = _bin_dates(dated["date"], dated.codes("date"))
        by_period = _period_markers(dated, periods, period_keys, period.capitalize())
        present = set(by_period)
    else:
        dated = figures.iloc[rows]
        present = set(dated.get("category", []))
    for category in list(data.CATEGORIES) + sorted(present - set(data.CATEGORIES)):
        if period != "day":
            m = by_period.get(category)
        else:
            sub = dated[dated["category"] == category] if len(dated) else dated
            m = _figure_markers(sub, category) if len(sub) else None
        if m is None:
            continue
        fig.add_trace(dict(
            type="scatter", xaxis="x", yaxis="y",
            x=m["x"], y=m["y"], mode="markers", name=category,
            legendgroup="figures", legendgrouptitle={"text": "figures"},
            marker={"color": cat_colour(category), "size": m["size"], "opacity": 0.85,
                    "symbol": m["symbol"], "line": {"color": "white", "width": 1}},
            error_y={"type": "data", "symmetric": False, "array": m["high"],
                     "arrayminus": m["low"], "color": cat_colour(category), "thickness": 1,
                     "width": 3},
            text=m["text"], hovertemplate="%{text}<extra></extra>"))
    ev_rows = _dated_events(events)
    ev_kind = events["kind"].to_numpy()[ev_rows] if len(ev_rows) else np.zeros(0, object)
    _, kind_first = rule.group_ids(data.codes(events, "kind")[ev_rows]) if len(ev_rows) else (
        None, np.zeros(0, dtype=np.intp))
    kinds = [k for k in EVENT_STYLE if k in set(ev_kind[kind_first])]
    ev_period = "day"
    if len(ev_rows) > TIMELINE_DETAIL:
        dates = events["date"].to_numpy()[ev_rows]
        ev_periods, ev_period, ev_keys = _bin_dates(dates, data.codes(events, "date")[ev_rows])
    for kind in kinds:
        kind_rows = np.flatnonzero(ev_kind == kind)
        symbol, colour = EVENT_STYLE[kind]
        if ev_period == "day":
            sub = events.iloc[ev_rows[kind_rows]]
            x = list(sub["date"])
            text = [f"<b>{kind}</b> · {esc(p or '?', 40)} · {d}<br>“{esc(q)}”"
                    for p, d, q in zip(sub["place"], sub["date"], sub["quote"], strict=True)]
        else:
            x, text = _event_periods(events, ev_rows, kind_rows, kind, ev_periods, ev_keys,
                                     ev_period)
        fig.add_trace(dict(
            type="scatter", xaxis="x2", yaxis="y2",
            x=x, y=[kind] * len(x), mode="markers", name=kind,
            marker={"symbol": symbol, "color": colour, "size": 11,
                    "line": {"color": colour, "width": 2}},
            legendgroup="events", text=text, hovertemplate="%{text}<extra></extra>",
            **({"legendgrouptitle": {"text": "events"}} if kind == kinds[0] else {})))
    # One dotted line per captured place, at its first reported capture; as plain shape
    # dicts, because add_vline re-scans every subplot for each line. All the events:
    # captured picks the captures itself, and a frame it has already seen (the map's, the
    # unfiltered table) costs nothing again.
    cap = aggregates.captured(events)
    lines = [{"type": "line", "xref": "x", "yref": "paper", "x0": d, "x1": d, "y0": 0, "y1": 1,
              "line": {"color": "#444", "width": 1, "dash": "dot"}}
             for d in sorted({d for d in cap["date"] if d})]
    if lines:
        fig.update_layout(shapes=lines)
    n_undated = int(len(figures) - len(rows)) if len(figures) else 0
    sub = ("Each marker is one figure (● flow, ■ stock; bar: its range); events below"
           if period == "day" else
           f"Each marker is the largest figure of a {period} (● flow, ■ stock; bar: what all"
           " its reports say; larger marker: more figures); events below")
    if n_undated:
        sub += f"; {n_undated} undated not shown"
    _base_layout(fig, "Figures reported over time (people, log scale)", sub,
                 source_line(figures), height=height)
    fig.update_axis("yaxis", type="log", title={"text": "people"}, gridcolor="#eceff1",
                    tickformat="~s")
    fig.update_axis("yaxis2", gridcolor="#f5f5f5", categoryorder="array",
                    categoryarray=list(reversed(kinds)))
    fig.update_xaxes(gridcolor="#f2f2f2", type="date")
    fig.update_layout(margin={"l": 60, "r": 10, "t": 70, "b": 60},
                      legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1,
                              "yanchor": "top", "groupclick": "toggleitem"})
    if not len(rows) and not kinds:
        _empty(fig, "No dated figure or event matches these filters")
    return fig.to_dict()


def timeline_summary(figures: pd.DataFrame, events: pd.DataFrame) -> str:
    dated = aggregates.Columns(figures, _dated_rows(figures))
    ev_rows = _dated_events(events)
    if not len(dated) and not len(ev_rows):
        return "Timeline: no dated figure or event in view."
    parts = [f"Timeline of {len(dated)} dated figure{'s' if len(dated) != 1 else ''}"]
    if len(dated):
        parts[0] += " from {} to {}".format(*aggregates.date_range(dated))
        top = dated.take(np.array([np.argmax(dated["people"])])).iloc[0]
        parts.append(f"largest {top['value_text']} {top['category']} at {top['place']} on "
                     f"{top['date']}")
    if len(ev_rows):
        # The first six by date (stable: ties in table order), by the ordered date keys.
        first = ev_rows[np.argsort(data.codes(events, "date")[ev_rows], kind="stable")[:6]]
        parts.append(f"{len(ev_rows)} dated event{'s' if len(ev_rows) != 1 else ''}: "
                     + "; ".join(f"{r.kind} {r.place} {r.date}" for r in events.iloc[first][
                         ["kind", "place", "date"]].itertuples(index=False)))
    return ". ".join(parts) + "."


# ---------------------------------------------------------------- bars

def bars_figure(figures: pd.DataFrame, height: int = 420) -> go.Figure:
    return go.Figure(bars_dict(figures, height))


def bars_dict(figures: pd.DataFrame, height: int = 420) -> dict:
    """The bars as the plain dict the browser gets: per place, category and measure the
    figure the rule picks, whiskers over what all reports say."""
    agg = aggregates.by_place_category(figures)
    fig = PlainFigure()
    order = (agg.groupby("place")["people"].max().sort_values().index.tolist()
             if len(agg) else [])
    for category in [c for c in data.CATEGORIES if c in set(agg["category"])]:
        for measure in ("flow", "stock"):
            sub = agg[(agg["category"] == category) & (agg["measure"] == measure)]
            if not len(sub):
                continue
            text = [f"<b>{esc(r.place, 40)}</b> · {LABEL.get(category, category)} "
                    f"({measure})<br>{data.fmt_people(r.people)} people ({r.date or 'undated'})"
                    + (f"<br>reports range {data.fmt_people(r.spread_low)}–"
                       f"{data.fmt_people(r.spread_high)}" if r.spread_low != r.spread_high
                       else "")
                    + f"<br>{r.n_figures} figure{'s' if r.n_figures != 1 else ''} in "
                      f"{r.n_documents} report{'s' if r.n_documents != 1 else ''}; not summed"
                    for r in sub.itertuples(index=False)]
            fig.add_trace(dict(type="bar",
                y=list(sub["place"]), x=list(sub["people"]), orientation="h",
                name=f"{category} ({measure})",
                marker={"color": cat_colour(category),
                        "pattern": {"shape": "/" if measure == "stock" else "",
                                    "fgcolor": "white", "size": 6},
                        "line": {"color": cat_colour(category), "width": 1}},
                error_x={"type": "data", "symmetric": False,
                         "array": list((sub["spread_high"] - sub["people"]).clip(lower=0)),
                         "arrayminus": list((sub["people"] - sub["spread_low"]).clip(lower=0)),
                         "color": "#52606d", "thickness": 1, "width": 3},
                hovertext=text, hovertemplate="%{hovertext}<extra></extra>"))
    _base_layout(fig, "Largest figure by place and category (people)",
                 # short enough for the half-width card: a cut subtitle loses its key
                 "Flows: largest figure; stocks (hatched): latest; whiskers: all reports",
                 source_line(figures),
                 height=max(height, 120 + 34 * len(order)))
    fig.update_layout(barmode="group", bargap=0.25,
                      margin={"l": 10, "r": 10, "t": 70, "b": 60},
                      legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1,
                              "yanchor": "top"})
    fig.update_xaxes(title={"text": "people"}, gridcolor="#eceff1", tickformat="~s",
                     rangemode="tozero")
    fig.update_yaxes(categoryorder="array", categoryarray=order, automargin=True)
    if not len(agg):
        _empty(fig, "No countable figure matches these filters")
    return fig.to_dict()


def bars_summary(figures: pd.DataFrame) -> str:
    agg = aggregates.by_place_category(figures).sort_values("people", ascending=False)
    if not len(agg):
        return "Bar chart: no countable figure in view."
    return (f"Bar chart of {agg['place'].nunique()} places. " + "; ".join(
        f"{r.place}: {data.fmt_people(r.people)} {r.category} ({r.measure})"
        for r in agg.head(8).itertuples(index=False)) + ".")


def chart(name: str, figures: pd.DataFrame, events: pd.DataFrame, places: pd.DataFrame,
          **kw) -> go.Figure:
    """A chart by name (map, timeline, bars); KeyError for any other name."""
    if name == "map":
        return map_figure(figures, events, places, **kw)
    if name == "timeline":
        return timeline_figure(figures, events)
    if name == "bars":
        return bars_figure(figures)
    raise KeyError(name)


def summary(name: str, figures: pd.DataFrame, events: pd.DataFrame,
            places: pd.DataFrame) -> str:
    if name == "map":
        return map_summary(figures, events, places)
    if name == "timeline":
        return timeline_summary(figures, events)
    if name == "bars":
        return bars_summary(figures)
    raise KeyError(name)
