"""Dash callbacks: thin wrappers around pure functions (tested without a browser).

- `next_state`: the view state from whatever changed (the URL, a filter, a map click,
  a reset), and `controls_for` the filter values that show it;
- `view_outputs` / `timeline_outputs` / `bars_outputs` / `table_outputs` /
  `layer_outputs` / `map_outputs`: everything the page shows for a state, one callback
  each, rendered once per selection of rows (RenderCache);
- `document_panel`: the report of the selected table row, its sentence marked.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from dash import Dash, Input, Output, State, ctx, html

from dashboard import aggregates, data, exports, layout
from dashboard import figures as F
from dashboard import ids as I
from dashboard.state import ViewState, encode, parse

CONTROL_IDS = [I.CATEGORY, I.MEASURE, I.COUNTRY, I.PROVINCE, I.DOCUMENT, I.CONFIDENCE]


# ---------------------------------------------------------------- pure functions

def click_target(click: dict | None) -> tuple[str, str]:
    """("place" | "admin1" | "admin0", id) of a map click, ("", "") for anything else."""
    try:
        point = (click or {}).get("points", [])[0]
    except (IndexError, AttributeError, TypeError):
        return "", ""
    custom = point.get("customdata")
    if isinstance(custom, list):
        custom = custom[0] if custom else None
    if not isinstance(custom, str) or ":" not in custom:
        return "", ""
    kind, _, value = custom.partition(":")
    return (kind, value) if kind in ("place", "admin1", "admin0") and value else ("", "")


def next_state(trigger: str | None, search: str | None, current: dict | None,
               controls: dict, click: dict | None = None) -> ViewState:
    """The view state after `trigger` changed. The URL wins on first load and on
    back / forward; a filter control replaces its own field; a map click on a place
    selects (or unselects) it, on a province or country filters to it."""
    cur = ViewState.from_dict(current) if current else parse(search)
    if trigger in (None, I.URL):
        return parse(search)
    if trigger == I.RESET:
        return ViewState()
    if trigger == I.CLEAR_PLACE:
        return cur.with_(place="")
    if trigger == I.MAP:
        kind, value = click_target(click)
        if kind == "place":
            return cur.with_(place="" if cur.place == value else value)
        if kind == "admin1":
            return cur.with_(province=(value,))
        if kind == "admin0":
            return cur.with_(country=(value,))
        return cur
    new = cur.with_(
        start=controls.get("start") or "", end=controls.get("end") or "",
        category=controls.get("category") or (), measure=controls.get("measure") or (),
        country=controls.get("country") or (), province=controls.get("province") or (),
        document=controls.get("document") or (),
        min_confidence=controls.get("min_confidence") or 0)
    if new.start and new.end and new.start > new.end:
        new = new.with_(start=new.end, end=new.start)
    return new


def controls_for(st: ViewState) -> list:
    """Values of the filter controls for a state, in the callback's output order."""
    return [st.start or None, st.end or None, list(st.category), list(st.measure),
            list(st.country), list(st.province), list(st.document), st.min_confidence]


TABLE_ROWS = 300  # rows sent to the browser (15 pages); the CSV export has them all
# The figure columns table_rows reads: the table's fields, the quote's offsets (to cut it
# around its number) and what the rows are ordered by.
TABLE_COLUMNS = tuple(c for c in layout.TABLE_FIELDS if c not in data.QUOTE_PARTS) + (
    "char_start", "number_start", "number_end", "date", "people")


def table_rows(figures, limit: int = TABLE_ROWS) -> list[dict]:
    """The table's rows: the `limit` latest figures (largest first within a date), so a
    view of 100,000 figures sends a page's worth, not megabytes."""
    if len(figures) == 0:
        return []
    if len(figures) > limit:
        figures = figures.iloc[latest_first(figures)[:limit]]
    figures = data.with_quote_parts(figures)
    cols = [c for c in layout.TABLE_FIELDS if c in figures]
    frame = figures[cols].astype(object).where(figures[cols].notna(), None)
    return frame.to_dict("records")


def latest_first(figures) -> np.ndarray:
    """Row positions by date (latest first, undated last), then people (largest first,
    unknown last), ties in table order: sort_values(["date", "people"], ascending=False,
    na_position="last", kind="stable"), by the date keys instead of moving every column."""
    return np.lexsort((-figures["people"].to_numpy(float), -data.codes(figures, "date")))


def table_count(n_view: int, n_shown: int, search: str) -> str:
    what = f"{n_view:,} figure{'s' if n_view != 1 else ''} in view"
    if search:
        what = f"{n_shown:,} of {what} match “{search}”"
    if n_shown > TABLE_ROWS:
        what += (f"; the table shows the {TABLE_ROWS:,} latest (search or filter to narrow,"
                 " or download the CSV for all)")
    return what


def downloads_children(query: str) -> list:
    groups: dict[str, list] = {}
    for group, label, href in exports.download_links(query):
        groups.setdefault(group, []).append(
            html.A(label, href=href, download="", className="dl",
                   title=f"Download {group.lower()} as {label}"))
    return [html.Div(className="dl-group", children=[html.Span(g, className="dl-title"),
                                                     html.Div(links, className="dl-links")])
            for g, links in groups.items()]


def embeds_children(query: str) -> list:
    items = []
    for title, href in exports.embed_links(query):
        items.append(html.Li([
            html.A(f"{title}: embed page", href=href, target="_blank", rel="noopener",
                   className="embed-link"),
            html.Code(f'<iframe src="…{href}" width="100%" height="600" '
                      f'style="border:0" title="{title}"></iframe>', className="snippet")]))
    return [html.H3("Embed in a briefing (iframe)", className="sub-title"), html.Ul(items)]


def document_panel(tables: data.Tables, figure_id: str | None) -> list:
    if not figure_id:
        return [html.P("Select a figure to read its report.", className="hint")]
    f = tables.figures
    row = f[f["figure_id"] == figure_id]
    if len(row) == 0:
        return [html.P("This figure is not in the tables any more.", className="hint")]
    r = row.iloc[0]
    docs = tables.documents
    doc = docs[docs["doc_id"] == r["doc_id"]]
    title = doc.iloc[0]["title"] if len(doc) else r["doc_id"]
    source = doc.iloc[0]["source"] if len(doc) else ""
    meta = " · ".join(x for x in (r["doc_id"], r["published"] or "undated", source) if x)
    text = data.document_text(tables, r["doc_id"])
    parts = data.mark_quote(text, r["quote"], r["char_start"], r["char_end"]) if text else None
    return layout.document_view(title, meta, parts, r["quote"])


# ---------------------------------------------------------------- rendered-output cache

RENDER_CACHE_SIZE = 1024  # rendered outputs kept per loaded set of tables


class RenderCache:
    """A bounded LRU of rendered callback outputs, keyed by (callback, view state, layer),
    for one loaded set of tables (a new `Tables` when a file changes gets a new cache).
    Single-flight: concurrent requests for the same key wait for one computation instead of
    each redoing it (50 users landing on the same page at once)."""

    def __init__(self, maxsize: int = RENDER_CACHE_SIZE):
        self.maxsize = maxsize
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict = {}

    def get(self, key, compute: Callable[[], object]):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            key_lock = self._pending.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._data:
                    self._data.move_to_end(key)
                    return self._data[key]
            try:
                value = compute()
                with self._lock:
                    self._data[key] = value
                    self._data.move_to_end(key)
                    while len(self._data) > self.maxsize:
                        self._data.popitem(last=False)
            finally:
                with self._lock:
                    self._pending.pop(key, None)
            return value


_cache_lock = threading.Lock()


def render_cache(tables: data.Tables) -> RenderCache:
    """The rendered-output cache of a loaded set of tables (kept in `tables.extra`)."""
    cache = tables.extra.get("render_cache")
    if cache is None:
        with _cache_lock:
            cache = tables.extra.setdefault("render_cache", RenderCache())
    return cache


def cached(tables: data.Tables, key: tuple, compute: Callable[[], object]):
    return render_cache(tables).get(key, compute)


def _rows_key(frame) -> bytes:
    """Which rows of a loaded table a filtered frame holds: many view states select the
    same rows (a country with no figure of a category...), and draw the same charts."""
    return frame.index.to_numpy().tobytes()


def view_outputs(tables: data.Tables, st: ViewState) -> tuple:
    """The headline callback's outputs for a state: key figures (once per selection of
    rows) and the download and embed links (once per query string)."""
    figs, events, docs = data.view(tables, st, aggregates.KEY_FIGURE_COLUMNS)

    def key():
        return layout.key_figure_cards(aggregates.key_figures(figs, docs, tables.documents))

    def links():
        query = encode(st)
        return downloads_children(query), embeds_children(query)

    rows = (_rows_key(figs), _rows_key(events), _rows_key(docs))
    return (cached(tables, ("key",) + rows, key),) + cached(tables, ("links", encode(st)),
                                                           links)


def timeline_outputs(tables: data.Tables, st: ViewState) -> tuple:
    """(figure, summary) of the timeline; its own callback, so the charts of a view are
    drawn side by side (one worker each) and none waits for the others."""
    figs, events = (data.figures_in_view(tables, st, F.TIMELINE_COLUMNS),
                    data.events_in_view(tables, st))
    return cached(tables, ("timeline", _rows_key(figs), _rows_key(events)), lambda: (
        F.timeline_dict(figs, events), F.timeline_summary(figs, events)))


def bars_outputs(tables: data.Tables, st: ViewState) -> tuple:
    figs = data.figures_in_view(tables, st, F.BARS_COLUMNS)
    return cached(tables, ("bars", _rows_key(figs)), lambda: (
        F.bars_dict(figs), F.bars_summary(figs)))


def table_outputs(tables: data.Tables, st: ViewState, search: str | None) -> tuple:
    """(rows, count line) of the table: the figures in view matching the search box (every
    word, anywhere in the row's text), searched on the server over all of them."""
    search = (search or "").strip()[:200]
    figs = data.figures_in_view(tables, st, TABLE_COLUMNS)

    def compute():
        found = data.search_figures(figs, search, data.search_index(tables) if search else None)
        return table_rows(found), table_count(len(figs), len(found), search)

    return cached(tables, ("table", _rows_key(figs), search), compute)


def _layer_choices(tables: data.Tables, figs) -> list[dict]:
    return cached(tables, ("layers", _rows_key(figs)), lambda: [
        {"label": label, "value": v} for v, label in F.shading_choices(figs)])


def layer_outputs(tables: data.Tables, st: ViewState, current: str | None) -> tuple:
    options = _layer_choices(tables, data.figures_in_view(tables, st, F.SHADING_COLUMNS))
    values = [o["value"] for o in options]
    value = current if current in values else (values[0] if values else None)
    return options, value


def map_outputs(tables: data.Tables, st: ViewState, shade: str | None) -> tuple:
    figs, events = data.figures_in_view(tables, st, F.MAP_COLUMNS), data.events_in_view(
        tables, st)
    values = [o["value"] for o in _layer_choices(tables, figs)]
    # The map shades by the first choice when asked for one it does not offer: the same
    # picture, so the same cache entry.
    shade = shade if shade in values else (values[0] if values else None)

    def compute():
        fig = F.map_dict(figs, events, tables.places, shade=shade, selected_place=st.place)
        return fig, F.map_summary(figs, events, tables.places)

    return cached(tables, ("map", _rows_key(figs), _rows_key(events), shade, st.place),
                  compute)


def page_options(tables: data.Tables) -> dict:
    return cached(tables, ("options",), lambda: data.options(tables))


def warm(tables: data.Tables) -> None:
    """Render the default view (what every fresh page asks first) into the cache."""
    st = ViewState()
    view_outputs(tables, st)
    timeline_outputs(tables, st)
    bars_outputs(tables, st)
    table_outputs(tables, st, "")
    map_outputs(tables, st, None)
    page_options(tables)
    # Last, once the default view is ready: the first search of the process then does
    # not wait a third of a second for the index.
    data.search_index(tables)


# ---------------------------------------------------------------- wiring

def register(app: Dash, get_tables: Callable[[], data.Tables]) -> None:
    control_outputs = [Output(I.START_END, "start_date"), Output(I.START_END, "end_date")] + [
        Output(c, "value") for c in CONTROL_IDS]
    control_inputs = [Input(I.START_END, "start_date"), Input(I.START_END, "end_date")] + [
        Input(c, "value") for c in CONTROL_IDS]

    @app.callback(
        control_outputs + [Output(I.URL, "search"), Output(I.STATE, "data"),
                           Output(I.PLACE_CHIP, "hidden"), Output(I.PLACE_NAME, "children")],
        [Input(I.URL, "search")] + control_inputs + [
            Input(I.MAP, "clickData"), Input(I.CLEAR_PLACE, "n_clicks"),
            Input(I.RESET, "n_clicks")],
        State(I.STATE, "data"),
    )
    def sync_state(search, start, end, category, measure, country, province, document,
                   confidence, click, _clear, _reset, current):
        controls = {"start": start, "end": end, "category": category, "measure": measure,
                    "country": country, "province": province, "document": document,
                    "min_confidence": confidence}
        st = next_state(ctx.triggered_id, search, current, controls, click)
        names = page_options(get_tables())["places"]
        return controls_for(st) + [encode(st), st.to_dict(), not st.place,
                                   names.get(st.place, st.place)]

    @app.callback(Output(I.KEY_FIGURES, "children"), Output(I.DOWNLOADS, "children"),
                  Output(I.EMBEDS, "children"), Input(I.STATE, "data"))
    def update_view(state_data):
        return view_outputs(get_tables(), ViewState.from_dict(state_data))

    @app.callback(Output(I.TIMELINE, "figure"), Output(I.TIMELINE_SUMMARY, "children"),
                  Input(I.STATE, "data"))
    def update_timeline(state_data):
        return timeline_outputs(get_tables(), ViewState.from_dict(state_data))

    @app.callback(Output(I.BARS, "figure"), Output(I.BARS_SUMMARY, "children"),
                  Input(I.STATE, "data"))
    def update_bars(state_data):
        return bars_outputs(get_tables(), ViewState.from_dict(state_data))

    @app.callback(Output(I.MAP_LAYER, "options"), Output(I.MAP_LAYER, "value"),
                  Input(I.STATE, "data"), State(I.MAP_LAYER, "value"))
    def update_layers(state_data, current):
        return layer_outputs(get_tables(), ViewState.from_dict(state_data), current)

    @app.callback(Output(I.MAP, "figure"), Output(I.MAP_SUMMARY, "children"),
                  Input(I.STATE, "data"), Input(I.MAP_LAYER, "value"))
    def update_map(state_data, shade):
        return map_outputs(get_tables(), ViewState.from_dict(state_data), shade)

    @app.callback(Output(I.TABLE, "rowData"), Output(I.TABLE_COUNT, "children"),
                  Input(I.STATE, "data"), Input(I.TABLE_SEARCH, "value"))
    def update_table(state_data, search):
        return table_outputs(get_tables(), ViewState.from_dict(state_data), search)

    @app.callback(Output(I.DOCUMENT_VIEW, "children"), Input(I.TABLE, "selectedRows"),
                  prevent_initial_call=True)
    def show_document(rows):
        figure_id = rows[0].get("figure_id") if rows else None
        return document_panel(get_tables(), figure_id)

    app.clientside_callback(
        """function (children) {
            setTimeout(function () {
                var box = document.getElementById('DOC_VIEW_ID');
                var mark = document.getElementById('doc-mark');
                if (box && mark) {
                    box.scrollIntoView({block: 'nearest'});
                    var pre = mark.closest('pre') || box;
                    pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop
                                                 - pre.clientHeight / 3);
                }
            }, 30);
            return window.dash_clientside.no_update;
        }""".replace("DOC_VIEW_ID", I.DOCUMENT_VIEW),
        Output(I.DOC_SCROLL, "data"), Input(I.DOCUMENT_VIEW, "children"),
        prevent_initial_call=True)
