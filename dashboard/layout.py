"""The page: filters on the left; key figures, the map, the charts, the sourced table, the
document viewer and the exports on the right. Components only (no callbacks here);
`key_figure_cards`, `document_view` and friends are pure builders used by the callbacks."""

from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import data
from dashboard import ids as I
from dashboard.figures import CATEGORY_COLOURS, LABEL
from geo.layers import ADMIN1_NOTE, TOTALS_RULE

GRAPH_CONFIG = {
    "topojsonURL": "/assets/topojson/",  # bundled: plotly would fetch it from a CDN
    "displaylogo": False,
    "responsive": True,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}


def _label(text: str, for_id: str, hint: str = "") -> html.Label:
    children = [text] + ([html.Span(hint, className="hint")] if hint else [])
    return html.Label(children, htmlFor=for_id, className="control-label")


def filters(opts: dict) -> html.Aside:
    cats = [{"label": html.Span([html.Span(className="swatch",
                                           style={"background": CATEGORY_COLOURS.get(v, "#999")}),
                                 label]), "value": v} for v, label in opts["category"]]
    return html.Aside(className="filters", **{"aria-label": "Filters"}, children=[
        html.H2("Filters", className="panel-title"),
        html.Div(className="control", children=[
            html.Div("Date reported", id="dates-label", className="control-label"),
            dcc.DatePickerRange(
                id=I.START_END, min_date_allowed=opts["date_min"] or None,
                max_date_allowed=opts["date_max"] or None,
                initial_visible_month=opts["date_max"] or None, clearable=True,
                display_format="YYYY-MM-DD", start_date_placeholder_text="from",
                end_date_placeholder_text="to", first_day_of_week=1),
        ]),
        html.Fieldset(className="control", children=[
            html.Legend("Category", className="control-label"),
            dcc.Checklist(id=I.CATEGORY, options=cats, value=[], className="checklist",
                          inputClassName="check", labelClassName="check-label"),
        ]),
        html.Fieldset(className="control", children=[
            html.Legend("Measure", className="control-label"),
            dcc.Checklist(id=I.MEASURE,
                          options=[{"label": {"flow": "flow (people who moved)",
                                              "stock": "stock (people present)"}.get(v, v),
                                    "value": v} for v, _ in opts["measure"]],
                          value=[], className="checklist", inputClassName="check",
                          labelClassName="check-label"),
        ]),
        html.Div(className="control", children=[
            _label("Country", I.COUNTRY),
            dcc.Dropdown(id=I.COUNTRY, options=[{"label": f"{n} ({c})", "value": c}
                                                for c, n in opts["country"]],
                         multi=True, placeholder="All countries"),
        ]),
        html.Div(className="control", children=[
            _label("Province", I.PROVINCE),
            dcc.Dropdown(id=I.PROVINCE, options=[{"label": f"{n} ({c})", "value": c}
                                                 for c, n in opts["province"]],
                         multi=True, placeholder="All provinces"),
        ]),
        html.Div(className="control", children=[
            _label("Report", I.DOCUMENT),
            dcc.Dropdown(id=I.DOCUMENT, options=[{"label": label, "value": v}
                                                 for v, label in opts["document"]],
                         multi=True, placeholder="All reports", optionHeight=48),
        ]),
        html.Div(className="control", children=[
            html.Div("Minimum confidence", id="confidence-label", className="control-label"),
            dcc.Slider(id=I.CONFIDENCE, min=0, max=1, step=0.05, value=0,
                       marks={0: "0", 0.5: "0.5", 1: "1"},
                       tooltip={"placement": "bottom", "always_visible": False}),
        ]),
        html.Div(id=I.PLACE_CHIP, className="place-chip", hidden=True,
                 **{"aria-live": "polite"}, children=[
            html.Span(["Place: ", html.Strong(id=I.PLACE_NAME)]),
            html.Button("×", id=I.CLEAR_PLACE, className="chip-clear", n_clicks=0,
                        type="button", title="Clear the place filter",
                        **{"aria-label": "Clear the place filter"}),
        ]),
        html.Button("Reset all filters", id=I.RESET, className="button secondary",
                    n_clicks=0, type="button"),
        html.P(["Tip: click a place on the map to filter everything to it. The address bar "
                "keeps the view: copy it to share exactly this view."], className="hint"),
    ])


def key_figure_cards(kf: dict) -> list:
    """The headline cards: one number each, its range, never a sum across reports."""
    def number_card(title: str, h: dict | None, empty: str) -> html.Div:
        if h is None:
            return html.Div(className="kf", children=[
                html.Div(title, className="kf-title"), html.Div("–", className="kf-value"),
                html.Div(empty, className="kf-note")])
        notes = []
        if h["low"] != h["high"]:
            notes.append(f"range {data.fmt_people(h['low'])}–{data.fmt_people(h['high'])}")
        if h["spread_low"] != h["spread_high"] and h["n_figures"] > 1:
            notes.append(f"reports say {data.fmt_short(h['spread_low'])}–"
                         f"{data.fmt_short(h['spread_high'])}")
        source = (f"{'largest single figure' if h['measure'] == 'flow' else 'latest report'}"
                  f" of {h['n_figures']} in {h['n_documents']} report"
                  f"{'s' if h['n_documents'] != 1 else ''}; {h['place']}, "
                  f"{h['date'] or 'undated'}")
        return html.Div(className="kf", title=h["rule"], children=[
            html.Div(title, className="kf-title"),
            html.Div(("≈ " if h["low"] != h["high"] else "") + data.fmt_short(h["people"]),
                     className="kf-value"),
            html.Div(" · ".join(notes), className="kf-range") if notes else None,
            html.Div(source, className="kf-note"),
        ])

    ref, dis = kf["refugees"], kf["displaced"]
    ref_title = "Refugees who left" if (ref is None or ref["measure"] == "flow") \
        else "Refugees hosted"
    dis_title = "People displaced" if (dis is None or dis["measure"] == "stock") \
        else "Newly displaced"
    return [
        number_card(ref_title, ref, "no refugee figure in view"),
        number_card(dis_title, dis, "no displacement figure in view"),
        html.Div(className="kf", children=[
            html.Div("Reports read", className="kf-title"),
            html.Div(f"{kf['reports']}", className="kf-value"),
            html.Div(f"of {kf['reports_total']}; {kf['figures']} figures in view",
                     className="kf-note")]),
        html.Div(className="kf", children=[
            html.Div("Figures dated", className="kf-title"),
            html.Div(kf["date_start"] or "–", className="kf-value small"),
            html.Div(f"to {kf['date_end']}" if kf["date_end"] else "no dated figure",
                     className="kf-note")]),
        html.Div(className="kf", children=[
            html.Div("As of", className="kf-title"),
            html.Div(kf["as_of"] or "–", className="kf-value small"),
            html.Div("latest report in view", className="kf-note")]),
    ]


def document_view(title: str, meta: str, parts: tuple[str, str, str] | None,
                  quote: str) -> list:
    """The whole report as plain text with the figure's sentence marked. Strings only:
    Dash escapes them, so report text can never become markup."""
    head = [html.H3(title or "Report", className="doc-title"), html.Div(meta, className="hint")]
    if parts is None:
        return head + [html.P("The report file could not be read; its sentence:",
                              className="hint"),
                       html.Blockquote(html.Mark(quote), className="doc-quote")]
    before, marked, after = parts
    return head + [html.Pre(className="doc-text", tabIndex="0", children=[
        before, html.Mark(marked, id="doc-mark", className="doc-mark"), after])]


COLUMNS = [
    {"field": "value_text", "headerName": "Value / range", "width": 120, "pinned": "left",
     "comparator": {"function": "dashboardPeopleComparator"}, "filter": "agTextColumnFilter",
     "cellClass": "num"},
    {"field": "quote", "headerName": "Source sentence (number highlighted)", "flex": 1,
     "minWidth": 360, "cellRenderer": "QuoteCell", "wrapText": True, "autoHeight": True,
     "cellClass": "quote-col"},
    {"field": "category", "headerName": "Category", "width": 105},
    {"field": "measure", "headerName": "Measure", "width": 92},
    {"field": "place", "headerName": "Place", "width": 120},
    {"field": "date", "headerName": "Date", "width": 105},
    {"field": "unit", "headerName": "Unit", "width": 90},
    {"field": "people", "headerName": "People (est.)", "width": 105,
     "filter": "agNumberColumnFilter", "valueFormatter":
         {"function": "params.value == null ? '' : "
                      "Math.round(params.value).toLocaleString('en-US')"},
     "cellClass": "num"},
    {"field": "province_name", "headerName": "Province", "width": 110},
    {"field": "country_name", "headerName": "Country", "width": 105},
    {"field": "doc_title", "headerName": "Report", "width": 170, "tooltipField": "doc_id",
     "wrapText": True, "autoHeight": True, "cellClass": "small-cell"},
    {"field": "confidence", "headerName": "Conf.", "width": 80,
     "filter": "agNumberColumnFilter", "cellClass": "num"},
]
TABLE_FIELDS = sorted({c["field"] for c in COLUMNS} | {
    "figure_id", "doc_id", "quote_before", "quote_number", "quote_after", "people"})


def table() -> dag.AgGrid:
    return dag.AgGrid(
        id=I.TABLE, columnDefs=COLUMNS, rowData=[],
        defaultColDef={"sortable": True, "filter": True, "resizable": True,
                       "floatingFilter": False, "wrapHeaderText": True,
                       "autoHeaderHeight": True},
        getRowId="params.data.figure_id",
        dashGridOptions={"rowSelection": {"mode": "singleRow", "checkboxes": False,
                                          "enableClickSelection": True},
                         "pagination": True, "paginationPageSize": 20,
                         "paginationPageSizeSelector": [20, 50, 100],
                         "animateRows": False, "enableCellTextSelection": True,
                         "ensureDomOrder": True,
                         "localeText": {"noRowsToShow": "No figure matches these filters"}},
        className="ag-theme-quartz figures-grid", style={"height": "520px", "width": "100%"},
    )


def chart_block(graph_id: str, summary_id: str, name: str) -> html.Figure:
    return html.Figure(className=f"chart chart-{name}", children=[
        dcc.Loading(dcc.Graph(id=graph_id, config=GRAPH_CONFIG,
                              style={"height": "100%"}), type="dot", delay_show=400),
        html.Figcaption(id=summary_id, className="chart-summary"),
    ], **{"aria-describedby": summary_id})


def exports_panel() -> html.Section:
    return html.Section(className="panel exports", **{"aria-labelledby": "exports-title"},
                        children=[
        html.H2("Download and embed this view", id="exports-title", className="panel-title"),
        html.P("Every file holds exactly what the filters show, and every chart carries its "
               "source line. Files work with no internet.", className="hint"),
        html.Div(id=I.DOWNLOADS, className="download-grid"),
        html.Div(id=I.EMBEDS, className="embed-list"),
    ])


def page(opts: dict, n_reports: int) -> html.Div:
    return html.Div(className="app", children=[
        dcc.Location(id=I.URL, refresh=False),
        dcc.Store(id=I.STATE),
        dcc.Store(id=I.DOC_SCROLL),
        html.A("Skip to the map", href="#main", className="skip-link"),
        html.Header(className="topbar", children=[
            html.Div(className="brand", children=[
                html.H1("Displacement dashboard"),
                html.Span(f"Figures quoted from {n_reports} reports · every number with "
                          "its source sentence · works offline", className="tagline"),
            ]),
        ]),
        html.Div(className="body", children=[
            filters(opts),
            html.Main(id="main", className="content", tabIndex="-1", children=[
                html.Section(id=I.KEY_FIGURES, className="key-figures",
                             **{"aria-label": "Key figures", "aria-live": "polite"}),
                html.Section(className="panel map-panel", **{"aria-label": "Map"}, children=[
                    html.Div(className="map-controls", children=[
                        _label("Shade areas by", I.MAP_LAYER),
                        dcc.Dropdown(id=I.MAP_LAYER, clearable=False, searchable=False,
                                     className="layer-select"),
                    ]),
                    chart_block(I.MAP, I.MAP_SUMMARY, "map"),
                ]),
                html.Div(className="two-charts", children=[
                    html.Section(className="panel", **{"aria-label": "Timeline"},
                                 children=[chart_block(I.TIMELINE, I.TIMELINE_SUMMARY,
                                                       "timeline")]),
                    html.Section(className="panel", **{"aria-label": "By place and category"},
                                 children=[chart_block(I.BARS, I.BARS_SUMMARY, "bars")]),
                ]),
                html.Section(className="panel", **{"aria-labelledby": "table-title"}, children=[
                    html.Div(className="table-head", children=[
                        html.H2("Every figure, with its source sentence", id="table-title",
                                className="panel-title"),
                        html.Div(className="search", children=[
                            _label("Search the table", I.TABLE_SEARCH),
                            dcc.Input(id=I.TABLE_SEARCH, type="search", debounce=0.3,
                                      placeholder="e.g. Goma, refugees, 30,000",
                                      className="search-input"),
                        ]),
                        html.Span(id=I.TABLE_COUNT, className="hint",
                                  **{"aria-live": "polite"}),
                    ]),
                    html.P("Click a row to read the whole report with the sentence marked. "
                           "Sort and filter from the column headers.", className="hint"),
                    html.Div(className="table-and-doc", children=[
                        html.Div(table(), className="table-wrap"),
                        html.Div(id=I.DOCUMENT_VIEW, className="doc-view", tabIndex="-1",
                                 **{"aria-live": "polite", "aria-label": "Report text"},
                                 children=[html.P("Select a figure to read its report.",
                                                  className="hint")]),
                    ]),
                ]),
                exports_panel(),
                html.Footer(className="footer", children=[
                    html.P([html.Strong("Counting rule. "), TOTALS_RULE]),
                    html.P(ADMIN1_NOTE, className="hint"),
                    html.P("Category words: " + ", ".join(
                        f"{k} = {v}" for k, v in LABEL.items()), className="hint"),
                ]),
            ]),
        ]),
    ])
