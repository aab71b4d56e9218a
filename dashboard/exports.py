"""Exports of the current view, and the routes that serve them.

    /download/csv?<filters>[&hxl=1]    figures in view as CSV (optional HXL hashtag row)
    /download/geojson?<filters>        the same figures as GeoJSON points
    /download/parquet?<filters>        the same figures as Parquet
    /download/chart/<chart>.<png|svg|html>?<filters>   a chart (map, timeline, bars)
    /embed/<chart>?<filters>           an iframe page with the chart and its source line

The filters are the dashboard's URL query (dashboard/state.py). Unknown kinds, charts or
formats are 404. CSV cells that a spreadsheet would run as a formula (= + - @ tab CR) are
prefixed with a quote. PNG / SVG through kaleido (one browser kept running); HTML files
carry plotly.js and, for the map, its TopoJSON, so they render with no internet.
"""

from __future__ import annotations

import html
import io
import json
import threading
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
from flask import Flask, Response, abort, request

from dashboard import data, state
from dashboard import figures as F
from geo import layers

EXPORT_COLUMNS = [
    "figure_id", "doc_id", "published", "value", "value_low", "value_high", "approximate",
    "unit", "people_estimate", "category", "measure", "rate", "origin", "destination",
    "location", "origin_place_id", "destination_place_id", "location_place_id", "iso3",
    "country_name", "admin1", "province_name", "lat", "lon", "period", "quote", "char_start",
    "char_end", "number_text", "confidence", "doc_title", "source",
]
# HXL (Humanitarian Exchange Language) hashtags, one per column.
HXL_TAGS = {
    "figure_id": "#meta+id",
    "doc_id": "#meta+source+id",
    "published": "#date+reported",
    "value": "#affected+num",
    "value_low": "#affected+num+min",
    "value_high": "#affected+num+max",
    "approximate": "#meta+approximate",
    "unit": "#indicator+unit",
    "people_estimate": "#affected+num+ind",
    "category": "#affected+type",
    "measure": "#indicator+measure",
    "rate": "#indicator+rate",
    "origin": "#loc+origin+name",
    "destination": "#loc+dest+name",
    "location": "#loc+name",
    "origin_place_id": "#loc+origin+code",
    "destination_place_id": "#loc+dest+code",
    "location_place_id": "#loc+code",
    "iso3": "#country+code",
    "country_name": "#country+name",
    "admin1": "#adm1+code",
    "province_name": "#adm1+name",
    "lat": "#geo+lat",
    "lon": "#geo+lon",
    "period": "#date+period+text",
    "quote": "#meta+quote",
    "char_start": "#meta+quote+start",
    "char_end": "#meta+quote+end",
    "number_text": "#meta+quote+num",
    "confidence": "#meta+confidence",
    "doc_title": "#meta+source+title",
    "source": "#meta+source",
}
# What the category column's values mean in HXL terms (for the README and data users).
HXL_CATEGORY = {"refugees": "#affected+refugees", "displaced": "#affected+idps",
                "fled": "#affected+displaced", "returned": "#affected+returnees",
                "evacuated": "#affected+evacuated"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATA_KINDS = ("csv", "geojson", "parquet")
CHART_FORMATS = ("png", "svg", "html")
MIME = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
        "parquet": "application/vnd.apache.parquet", "png": "image/png",
        "svg": "image/svg+xml", "html": "text/html; charset=utf-8"}
SIZE = {"map": (1400, 800), "timeline": (1200, 560), "bars": (1200, 640)}


# ---------------------------------------------------------------- tables

def export_frame(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The figures of the view with the export's columns, in the table's order."""
    sources = dict(zip(documents.get("doc_id", []), documents.get("source", []), strict=False))
    f = figures.copy()
    f["source"] = [sources.get(d, "") for d in f.get("doc_id", [])]
    for col in EXPORT_COLUMNS:
        if col not in f:
            f[col] = ""
    out = f[EXPORT_COLUMNS].reset_index(drop=True)
    for col in ("people_estimate", "char_start", "char_end"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return out


def neutralise(value):
    """A text cell that starts like a formula gets a leading quote (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame, hxl: bool = False) -> bytes:
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(neutralise)
    if hxl:
        tags = pd.DataFrame([[HXL_TAGS.get(c, "") for c in safe.columns]], columns=safe.columns)
        safe = pd.concat([tags, safe.astype(object)], ignore_index=True)
    # CRLF (RFC 4180): a cell holding a bare CR or LF is then always quoted.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def to_geojson(frame: pd.DataFrame) -> bytes:
    gdf = layers.figure_points(frame)
    gdf = gdf.astype({c: object for c in gdf.columns if c != gdf.geometry.name})
    return gdf.to_json(na="null", drop_id=True, ensure_ascii=False).encode("utf-8")


def to_parquet(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


# ---------------------------------------------------------------- charts

_kaleido_lock = threading.Lock()
_kaleido_started = False


def _start_kaleido() -> None:
    """One headless browser for every image (about 0.2 s an image instead of 2 s)."""
    global _kaleido_started
    if _kaleido_started:
        return
    layers.configure_plotly_offline()
    try:
        import kaleido

        if hasattr(kaleido, "start_sync_server"):
            kaleido.start_sync_server(silence_warnings=True)
    except Exception:  # noqa: BLE001 - without the server each image starts a browser
        pass
    _kaleido_started = True


def chart_image(fig: go.Figure, fmt: str, chart: str) -> bytes:
    width, height = SIZE.get(chart, (1200, 600))
    with _kaleido_lock:
        _start_kaleido()
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fig.to_image(format=fmt, width=width, height=height,
                                scale=2 if fmt == "png" else 1)


def topojson_script(fig: go.Figure) -> str:
    """A <script> that hands plotly.js the TopoJSON its geo maps would fetch, so a saved
    file draws its base map offline (plotly.js reads window.PlotlyGeoAssets first)."""
    if not any(getattr(t, "type", "") in ("scattergeo", "choropleth") for t in fig.data):
        return ""
    resolution = fig.layout.geo.resolution or 110
    scope = fig.layout.geo.scope or "world"
    name = f"{scope}_{int(resolution)}m"
    path = layers.topojson_dir() / f"{name}.json"
    if not path.exists():
        return ""
    payload = path.read_text(encoding="utf-8").replace("</", "<\\/")
    return ("<script>window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};"
            f"window.PlotlyGeoAssets.topojson[{json.dumps(name)}] = {payload};</script>")


def chart_html(fig: go.Figure, chart: str, summary: str) -> str:
    """A self-contained page: plotly.js inline, TopoJSON inline, the summary as text."""
    width, height = SIZE.get(chart, (1200, 600))
    body = fig.to_html(include_plotlyjs=True, full_html=False, default_width="100%",
                       default_height=f"{height}px",
                       config={"displaylogo": False, "responsive": True})
    return _page(f"{F.CHARTS_TITLE.get(chart, chart)}", topojson_script(fig), body, summary,
                 "")


def _page(title: str, head: str, body: str, summary: str, extra: str) -> str:
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<style>body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,"
        "sans-serif;color:#1f2933;background:#fff}.summary{font-size:13px;color:#52606d;"
        "margin:4px 12px 10px}.summary a{color:#0072B2}</style>"
        f"{head}</head><body>{body}"
        f"<p class=\"summary\" id=\"summary\">{html.escape(summary)}{extra}</p></body></html>")


def embed_page(fig: go.Figure, chart: str, summary: str, query: str) -> str:
    """The page for an iframe: the chart, its source line (in the figure) and summary;
    plotly.js and the TopoJSON come from this server, nothing from elsewhere."""
    body = fig.to_html(include_plotlyjs="/embed-assets/plotly.min.js", full_html=False,
                       default_width="100%", default_height="calc(100vh - 48px)",
                       config={"displaylogo": False, "responsive": True,
                               "topojsonURL": "/assets/topojson/"},
                       div_id=f"embed-{chart}")
    link = f" <a href=\"/{html.escape(query)}\" target=\"_top\">Open in the dashboard</a>"
    return _page(F.CHARTS_TITLE.get(chart, chart), "", body, summary, link)


# ---------------------------------------------------------------- routes

def _view(get_tables: Callable[[], data.Tables]):
    st = state.parse(request.query_string.decode("utf-8", "replace"))
    tables = get_tables()
    figs, events, docs = data.view(tables, st)
    return tables, st, figs, events, docs


def _send(body: bytes | str, kind: str, filename: str | None) -> Response:
    resp = Response(body, mimetype=MIME[kind].split(";")[0])
    resp.headers["Content-Type"] = MIME[kind]
    if filename:
        resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Cache-Control"] = "no-store"
    return resp


def register_routes(server: Flask, get_tables: Callable[[], data.Tables]) -> None:
    @server.route("/download/<kind>")
    def download(kind: str):
        if kind not in DATA_KINDS:
            abort(404)
        tables, _st, figs, _events, _docs = _view(get_tables)
        frame = export_frame(figs, tables.documents)
        if kind == "csv":
            hxl = request.args.get("hxl", "") in ("1", "true", "yes")
            return _send(to_csv(frame, hxl), "csv",
                         "displacement-figures-hxl.csv" if hxl else "displacement-figures.csv")
        if kind == "geojson":
            return _send(to_geojson(frame), "geojson", "displacement-figures.geojson")
        return _send(to_parquet(frame), "parquet", "displacement-figures.parquet")

    @server.route("/download/chart/<name>")
    def download_chart(name: str):
        chart, _, fmt = name.rpartition(".")
        if chart not in F.CHARTS or fmt not in CHART_FORMATS:
            abort(404)
        tables, st, figs, events, _docs = _view(get_tables)
        width, height = SIZE[chart]
        fig = F.chart(chart, figs, events, tables.places,
                      **({"selected_place": st.place, "height": height,
                          "aspect": width / (height - 130)} if chart == "map" else {}))
        summary = F.summary(chart, figs, events, tables.places)
        if fmt == "html":
            return _send(chart_html(fig, chart, summary), "html",
                         f"displacement-{chart}.html")
        return _send(chart_image(fig, fmt, chart), fmt, f"displacement-{chart}.{fmt}")

    @server.route("/embed/<chart>")
    def embed(chart: str):
        if chart not in F.CHARTS:
            abort(404)
        tables, st, figs, events, _docs = _view(get_tables)
        fig = F.chart(chart, figs, events, tables.places,
                      **({"selected_place": st.place} if chart == "map" else {}))
        summary = F.summary(chart, figs, events, tables.places)
        return _send(embed_page(fig, chart, summary, state.encode(st)), "html", None)

    @server.route("/embed-assets/plotly.min.js")
    def plotly_js():
        resp = Response(_plotly_js(), mimetype="application/javascript")
        resp.headers["Cache-Control"] = "public, max-age=86400"
        return resp


_PLOTLY_JS: list[str] = []


def _plotly_js() -> str:
    if not _PLOTLY_JS:
        from plotly.offline import get_plotlyjs

        _PLOTLY_JS.append(get_plotlyjs())
    return _PLOTLY_JS[0]


def download_links(query: str) -> list[tuple[str, str, str]]:
    """(group, label, href) of every export of the view with this query string."""
    q = query or ""
    amp = "&" if q else "?"
    links = [("Data", "CSV", f"/download/csv{q}"),
             ("Data", "CSV + HXL tags", f"/download/csv{q}{amp}hxl=1"),
             ("Data", "GeoJSON", f"/download/geojson{q}"),
             ("Data", "Parquet", f"/download/parquet{q}")]
    for chart in F.CHARTS:
        for fmt in CHART_FORMATS:
            links.append((F.CHARTS_TITLE[chart], fmt.upper(),
                          f"/download/chart/{chart}.{fmt}{q}"))
    return links


def embed_links(query: str) -> list[tuple[str, str]]:
    return [(F.CHARTS_TITLE[c], f"/embed/{c}{query or ''}") for c in F.CHARTS]


def iframe_snippet(origin: str, href: str) -> str:
    return (f'<iframe src="{html.escape(origin + href)}" width="100%" height="600" '
            'style="border:0" title="Displacement chart"></iframe>')


__all__ = ["HXL_TAGS", "HXL_CATEGORY", "export_frame", "neutralise", "to_csv", "to_geojson",
           "to_parquet", "chart_image", "chart_html", "embed_page", "register_routes",
           "download_links", "embed_links"]
