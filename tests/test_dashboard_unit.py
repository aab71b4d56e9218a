"""The dashboard's pure functions: filters, URL state, key figures, exports, callbacks."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from dashboard import aggregates, callbacks, data, exports, layout, state
from dashboard import figures as F
from dashboard import ids as I
from dashboard.state import ViewState


def fig_row(**kw) -> dict:
    base = {"figure_id": "d1#1", "doc_id": "d1.txt", "published": "2025-02-01", "value": 1000.0,
            "value_low": 1000.0, "value_high": 1000.0, "approximate": False, "unit": "people",
            "people_estimate": 1000, "category": "refugees", "measure": "flow", "rate": "",
            "origin": "", "destination": "", "location": "Goma", "origin_place_id": "",
            "destination_place_id": "", "location_place_id": "COD-goma", "iso3": "COD",
            "admin1": "CD-NK", "lat": -1.67, "lon": 29.22, "period": "",
            "quote": "About 1,000 people fled.", "char_start": 10, "char_end": 35,
            "confidence": 0.8, "number_text": "About 1,000", "number_start": 10,
            "number_end": 21, "language": "en"}
    base.update(kw)
    return base


def make_tables(rows: list[dict], docs: list[dict] | None = None,
                events: list[dict] | None = None) -> data.Tables:
    from etl.schema import frame

    docs = docs or [{"doc_id": d, "path": "", "title": d, "published": p}
                    for d, p in {(r["doc_id"], r["published"]) for r in rows}]
    places = frame("places", [
        {"place_id": "COD-goma", "name": "Goma", "kind": "city", "iso3": "COD",
         "admin1": "CD-NK", "lat": -1.67, "lon": 29.22, "admin1_name": "North Kivu"},
        {"place_id": "BDI", "name": "Burundi", "kind": "country", "iso3": "BDI",
         "lat": -3.4, "lon": 29.9},
        {"place_id": "COD", "name": "DR Congo", "kind": "country", "iso3": "COD",
         "lat": -2.9, "lon": 23.6}])
    return data.build_tables(data.PROJECT_ROOT, documents=frame("documents", docs),
                             places=places, figures=frame("figures", rows),
                             events=frame("events", events or []))


@pytest.fixture
def tables() -> data.Tables:
    return make_tables([
        fig_row(),
        fig_row(figure_id="d2#1", doc_id="d2.txt", published="2025-02-10", value=30000.0,
                value_low=30000.0, value_high=30000.0, people_estimate=30000,
                destination="Burundi", destination_place_id="BDI", origin="DR Congo",
                origin_place_id="COD", location="Burundi", location_place_id="BDI",
                iso3="BDI", admin1="", lat=-3.4, lon=29.9, confidence=0.6),
        fig_row(figure_id="d2#2", doc_id="d2.txt", published="2025-02-10", value=None,
                value_low=10000.0, value_high=99999.0, people_estimate=55000,
                category="displaced", measure="stock", confidence=0.5),
        fig_row(figure_id="d3#1", doc_id="d3.txt", published="", value=80000.0,
                value_low=80000.0, value_high=80000.0, people_estimate=80000,
                category="displaced", measure="stock", confidence=0.9),
        fig_row(figure_id="d3#2", doc_id="d3.txt", published="", value=3000.0,
                value_low=3000.0, value_high=3000.0, people_estimate=3000, rate="per_day",
                confidence=0.7),
    ], events=[{"event_id": "e1", "doc_id": "d2.txt", "date": "2025-01-27", "kind": "captured",
                "place_id": "COD-goma", "quote": "M23 seized Goma.", "place": "Goma"},
               {"event_id": "e2", "doc_id": "d2.txt", "date": "2025-01-27", "kind": "captured",
                "place_id": "COD", "quote": "seized the DRC", "place": "DR Congo"}])


# ---------------------------------------------------------------- URL state

def test_state_round_trip():
    st = ViewState(start="2025-01-01", end="2025-03-01", category=("refugees", "displaced"),
                   measure=("flow",), country=("COD", "BDI"), province=("CD-NK",),
                   document=("a b&c=d.txt",), min_confidence=0.55, place="COD-goma")
    q = state.encode(st)
    assert q.startswith("?")
    assert state.parse(q) == st
    assert state.encode(ViewState()) == ""
    assert state.parse("") == ViewState()
    assert ViewState.from_dict(st.to_dict()) == st


def test_state_ignores_bad_input():
    st = state.parse("?start=yesterday&end=2025-13-1&conf=abc&category=&zzz=1&place=" + "x" * 400)
    assert st == ViewState()
    assert state.parse("?conf=7").min_confidence == 1.0
    assert state.parse("?conf=nan").min_confidence == 0.0
    swapped = state.parse("?start=2025-03-01&end=2025-01-01")
    assert (swapped.start, swapped.end) == ("2025-01-01", "2025-03-01")
    assert state.parse("?category=refugees&category=refugees").category == ("refugees",)


# ---------------------------------------------------------------- filters

def test_filters(tables):
    def view(**kw) -> pd.DataFrame:
        return data.filter_figures(tables.figures, ViewState(**kw),
                                   tables.key_values["figures"])

    assert len(view()) == 5
    assert set(view(category=("displaced",))["figure_id"]) == {"d2#2", "d3#1"}
    assert set(view(country=("BDI",))["figure_id"]) == {"d2#1"}
    assert len(view(province=("CD-NK",))) == 4
    assert set(view(min_confidence=0.8)["figure_id"]) == {"d1#1", "d3#1"}
    # a date range drops undated figures; no range keeps them
    assert set(view(start="2025-02-05")["figure_id"]) == {"d2#1", "d2#2"}
    # a place matches location, origin or destination
    assert set(view(place="COD")["figure_id"]) == {"d2#1"}
    assert set(view(document=("d3.txt",))["doc_id"]) == {"d3.txt"}


def test_reports_in_view_are_those_with_a_figure_in_it():
    t = make_tables([fig_row(), fig_row(figure_id="d2#1", doc_id="d2.txt", category="displaced")],
                    docs=[{"doc_id": d, "path": "", "title": d, "published": "2025-02-01"}
                          for d in ("d1.txt", "no-figure.txt", "d2.txt")])

    def reports(**kw) -> list[str]:
        return sorted(data.view(t, ViewState(**kw))[2]["doc_id"])

    assert reports() == ["d1.txt", "d2.txt", "no-figure.txt"]  # nothing filtered: all
    assert reports(category=("displaced",)) == ["d2.txt"]
    assert reports(document=("d1.txt", "no-figure.txt")) == ["d1.txt"]
    assert reports(country=("BDI",)) == []


def test_filter_events(tables):
    e, values = tables.events, tables.key_values["events"]
    assert len(data.filter_events(e, ViewState(place="COD-goma"), values)) == 1
    assert len(data.filter_events(e, ViewState(start="2025-02-01"), values)) == 0
    # captured marks only towns, not a whole country
    assert list(aggregates.captured(e)["place_id"]) == ["COD-goma"]


# ---------------------------------------------------------------- no double counting

def test_key_figures_never_sum(tables):
    kf = aggregates.key_figures(tables.figures, tables.documents, tables.documents)
    ref = kf["refugees"]
    # flows: the largest single figure (30,000), not 1,000 + 30,000; the rate is left out
    assert ref["people"] == 30000
    assert (ref["spread_low"], ref["spread_high"]) == (1000, 30000)
    assert ref["n_figures"] == 2
    dis = kf["displaced"]
    # stocks: the latest dated report's largest figure (55,000 of 2025-02-10), with its range;
    # never 55,000 + 80,000
    assert dis["people"] == 55000 and (dis["low"], dis["high"]) == (10000, 99999)
    assert dis["measure"] == "stock"
    assert kf["reports"] == 3 and kf["as_of"] == "2025-02-10"
    assert (kf["date_start"], kf["date_end"]) == ("2025-02-01", "2025-02-10")


def test_key_figures_agree_with_geo_totals(tables):
    from geo.layers import totals

    tot = totals(tables.figures, "admin0")
    cod = tot[(tot["boundary_id"] == "COD") & (tot["category"] == "displaced")]
    h = aggregates.headline(tables.figures[tables.figures["iso3"] == "COD"], "displaced", "stock")
    assert float(cod["people"].iloc[0]) == h["people"]


def test_bars_and_places_do_not_sum(tables):
    agg = aggregates.by_place_category(tables.figures)
    goma = agg[(agg["place"] == "Goma") & (agg["category"] == "refugees")]
    assert list(goma["people"]) == [1000]  # the 3,000-a-day rate is not a total
    ps = aggregates.place_summary(tables.figures).set_index("place_id")
    assert ps.loc["COD-goma", "people"] == 80000  # the largest, not a sum
    assert ps.loc["COD-goma", "n_figures"] == 4


def test_one_place_under_two_spellings_is_one_bar():
    t = make_tables([fig_row(figure_id="a", location="Goma", value=5000.0),
                     fig_row(figure_id="b", location="Ville de Goma", value=7000.0),
                     fig_row(figure_id="c", location="Mugunga", location_place_id="",
                             value=900.0)])
    agg = aggregates.by_place_category(t.figures)
    assert sorted(agg["place"]) == ["Goma", "Mugunga"]  # an unresolved name keeps its words
    assert agg.set_index("place").loc["Goma", "n_figures"] == 2


def test_quote_split_and_value_text(tables):
    r = data.with_quote_parts(tables.figures).set_index("figure_id").loc["d1#1"]
    assert (r["quote_before"], r["quote_number"], r["quote_after"]) == (
        "", "About 1,000", " people fled.")
    assert data.split_quote("abc", 0, 10, 12) == ("abc", "", "")
    assert data.value_text(float("nan"), 10000, 99999) == "10,000–99,999"
    assert data.value_text(5.0, 5.0, 5.0) == "5"


def test_mark_quote():
    text = "Intro. About 1,000 people fled. End."
    assert data.mark_quote(text, "About 1,000 people fled.", 7, 31) == (
        "Intro. ", "About 1,000 people fled.", " End.")
    # offsets stale: the quote is found by its text
    assert data.mark_quote(text, "End.", 0, 3)[1] == "End."
    assert data.mark_quote(text, "missing", 0, 3) is None


# ---------------------------------------------------------------- exports

def test_csv_neutralises_formulas():
    frame = pd.DataFrame({"quote": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
                                    "safe", "a=b"], "value": [1.0] * 8})
    text = exports.to_csv(frame).decode()
    rows = [r[0] for r in list(csv.reader(io.StringIO(text, newline="")))[1:]]
    assert rows[:6] == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]
    assert rows[6:] == ["safe", "a=b"]
    assert exports.neutralise(-5) == -5  # numbers are not text


def test_csv_hxl_row(tables):
    frame = exports.export_frame(tables.figures, tables.documents)
    text = exports.to_csv(frame, hxl=True).decode()
    lines = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    tags = lines.iloc[0].to_dict()
    assert tags["value"] == "#affected+num"
    assert tags["category"] == "#affected+type"
    assert tags["province_name"] == "#adm1+name"
    assert tags["iso3"] == "#country+code"
    assert tags["lat"] == "#geo+lat" and tags["lon"] == "#geo+lon"
    assert tags["published"] == "#date+reported"
    assert tags["source"] == "#meta+source" and tags["quote"] == "#meta+quote"
    assert all(t.startswith("#") for t in tags.values())
    assert len(lines) == 1 + len(tables.figures)
    assert exports.HXL_CATEGORY["refugees"] == "#affected+refugees"
    assert exports.HXL_CATEGORY["displaced"] == "#affected+idps"


def test_geojson_and_parquet(tables):
    frame = exports.export_frame(tables.figures, tables.documents)
    gj = json.loads(exports.to_geojson(frame))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(frame)
    assert gj["features"][0]["geometry"]["type"] == "Point"
    back = pd.read_parquet(io.BytesIO(exports.to_parquet(frame)))
    assert list(back["figure_id"]) == list(frame["figure_id"])


def test_links_carry_the_filters():
    q = state.encode(ViewState(category=("refugees",)))
    hrefs = [h for _, _, h in exports.download_links(q)]
    assert "/download/csv?category=refugees" in hrefs
    assert "/download/csv?category=refugees&hxl=1" in hrefs
    assert "/download/chart/map.svg?category=refugees" in hrefs
    assert ("Map", "/embed/map?category=refugees") in exports.embed_links(q)
    assert "/download/csv?hxl=1" in [h for _, _, h in exports.download_links("")]


def test_topojson_inlined_for_maps(tables):
    fig = F.map_figure(tables.figures, tables.events, tables.places)
    script = exports.topojson_script(fig)
    assert 'PlotlyGeoAssets.topojson["world_50m"]' in script
    assert exports.topojson_script(F.bars_figure(tables.figures)) == ""


# ---------------------------------------------------------------- figures

def test_figures_have_titles_and_source(tables):
    for name in F.CHARTS:
        fig = F.chart(name, tables.figures, tables.events, tables.places)
        assert fig.layout.title.text
        assert any("Source:" in (a.text or "") for a in fig.layout.annotations)
        assert F.summary(name, tables.figures, tables.events, tables.places)


def test_map_layers(tables):
    fig = F.map_figure(tables.figures, tables.events, tables.places)
    types = [t.type for t in fig.data]
    assert "choropleth" in types and "scattergeo" in types
    names = {t.name for t in fig.data}
    assert "Captured (date)" in names and "Places (circle = largest figure)" in names
    shaded = [t for t in fig.data if t.type == "choropleth" and t.colorbar.title.text]
    assert "stock" in shaded[0].colorbar.title.text  # the legend says flow or stock
    cap = next(t for t in fig.data if t.name == "Captured (date)")
    assert "2025-01-27" in cap.text[0]
    flows = [t for t in fig.data if t.legendgroup == "flows"]
    assert flows and flows[0].marker.angleref == "previous"  # arrows


def test_hover_text_is_escaped():
    t = make_tables([fig_row(quote="<img src=x onerror=alert(1)> 1,000 fled",
                             number_start=10, number_end=11)])
    fig = F.map_figure(t.figures, t.events, t.places)
    texts = " ".join(str(x) for tr in fig.data for x in (tr.text or []) if x)
    assert "<img" not in texts and "&lt;img" in texts


# ---------------------------------------------------------------- callbacks

def test_next_state_from_url_controls_and_clicks():
    cur = ViewState(category=("refugees",)).to_dict()
    assert callbacks.next_state(None, "?country=COD", None, {}) == ViewState(country=("COD",))
    st = callbacks.next_state(I.CATEGORY, "", cur, {"category": ["displaced"],
                                                    "min_confidence": 0.5})
    assert st.category == ("displaced",) and st.min_confidence == 0.5
    click = {"points": [{"customdata": "place:COD-goma"}]}
    st = callbacks.next_state(I.MAP, "", cur, {}, click)
    assert st.place == "COD-goma" and st.category == ("refugees",)
    assert callbacks.next_state(I.MAP, "", st.to_dict(), {}, click).place == ""  # toggles
    prov = {"points": [{"customdata": "admin1:CD-NK"}]}
    assert callbacks.next_state(I.MAP, "", cur, {}, prov).province == ("CD-NK",)
    assert callbacks.next_state(I.MAP, "", cur, {}, {"points": [{}]}) == ViewState.from_dict(cur)
    assert callbacks.next_state(I.RESET, "?country=COD", cur, {}) == ViewState()
    placed = ViewState(place="BDI").to_dict()
    assert callbacks.next_state(I.CLEAR_PLACE, "", placed, {}).place == ""


def test_view_and_table_outputs(tables):
    st = ViewState(category=("displaced",))
    key, downloads, embeds = callbacks.view_outputs(tables, st)
    assert "2 figures" in str(key) and "category=displaced" in str(downloads)
    timeline, summary = callbacks.timeline_outputs(tables, st)
    assert timeline["data"] and summary.startswith("Timeline of 1 dated figure from")
    bars, summary = callbacks.bars_outputs(tables, st)
    assert {t["type"] for t in bars["data"]} == {"bar"} and summary.startswith("Bar chart")
    rows, count = callbacks.table_outputs(tables, st, "")
    assert count == "2 figures in view"
    assert {r["figure_id"] for r in rows} == {"d2#2", "d3#1"}
    assert all(set(r) <= set(layout.TABLE_FIELDS) for r in rows)
    options, value = callbacks.layer_outputs(tables, ViewState(), None)
    assert value == "displaced|stock" and len(options) >= 2


def test_table_search_runs_on_the_server_over_every_word(tables):
    rows, count = callbacks.table_outputs(tables, ViewState(), "")
    assert len(rows) == len(tables.figures)
    one = rows[0]
    word = one["place"].split()[0] if one["place"] else one["category"]
    found, count = callbacks.table_outputs(tables, ViewState(), f"  {word.upper()}  ")
    assert found and all(word.lower() in " ".join(map(str, r.values())).lower()
                         for r in found)
    assert f"match “{word.upper()}”" in count
    nothing, count = callbacks.table_outputs(tables, ViewState(), f"{word} zzqx")
    assert nothing == [] and count.startswith("0 of ")


def test_table_sends_at_most_a_page_of_rows(tables):
    many = tables.figures.sample(callbacks.TABLE_ROWS + 50, replace=True, random_state=1)
    rows = callbacks.table_rows(many.reset_index(drop=True))
    assert len(rows) == callbacks.TABLE_ROWS
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert "shows the 300 latest" in callbacks.table_count(len(many), len(many), "")


def test_document_panel_marks_the_sentence(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("Title\n\nAbout 1,000 people fled <b>Goma</b>. Later text.", encoding="utf-8")
    text = doc.read_text()
    quote = "About 1,000 people fled <b>Goma</b>."
    start = text.index(quote)
    t = make_tables([fig_row(doc_id="r.txt", quote=quote, char_start=start,
                             char_end=start + len(quote), number_start=start,
                             number_end=start + 11)],
                    docs=[{"doc_id": "r.txt", "path": str(doc), "title": "R",
                           "published": "2025-02-01"}])
    panel = callbacks.document_panel(t, "d1#1")
    pre = panel[-1]
    assert pre.children[1].children == quote  # a string child: Dash escapes it
    assert pre.children[0].startswith("Title")
    assert callbacks.document_panel(t, "nope")[0].children.startswith("This figure")


# ---------------------------------------------------------------- routes (no browser)

@pytest.fixture(scope="module")
def client(seeds_tables):
    from dashboard.app import create_app

    return create_app(seeds_tables).server.test_client()


def test_download_routes(client):
    resp = client.get("/download/csv?category=refugees")
    assert resp.status_code == 200 and "attachment" in resp.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.data.decode(), newline="")))
    assert rows and {r["category"] for r in rows} == {"refugees"}
    assert client.get("/download/geojson").json["type"] == "FeatureCollection"
    assert pd.read_parquet(io.BytesIO(client.get("/download/parquet").data)).shape[0] >= 1
    for bad in ("/download/xlsx", "/download/chart/map.pdf", "/download/chart/pie.png",
                "/embed/pie", "/embed/map.js"):
        assert client.get(bad).status_code == 404, bad


def test_chart_html_is_self_contained(client):
    resp = client.get("/download/chart/map.html")
    page = resp.data.decode()
    assert resp.status_code == 200
    assert "window.PlotlyGeoAssets.topojson[\"world_50m\"]" in page
    assert "<script src=" not in page and "<link" not in page  # plotly.js is inline
    assert "Source:" in page
    embed = client.get("/embed/timeline?category=refugees").data.decode()
    assert "/embed-assets/plotly.min.js" in embed and "Open in the dashboard" in embed
    assert client.get("/embed-assets/plotly.min.js").status_code == 200
