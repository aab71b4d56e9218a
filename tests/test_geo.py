"""geo/: bundled boundaries, attribution of places, totals without double counting, plotly
maps rendered offline, `displacement geo import` and `displacement export`. Real data, no
mocks: the shapes and the gazetteer shipped in the repo."""

from __future__ import annotations

import argparse
import io
import os
import shutil
from difflib import SequenceMatcher
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point

from geo import gazetteer
from geo.boundaries import ADMIN1_NOTE, bundled, code_to_unit
from geo.build_boundaries import NAME_LIKENESS
from geo.importer import name_key
from geo.layers import (
    TOTALS_RULE,
    boundaries,
    configure_plotly_offline,
    figure_points,
    flow_lines,
    layers,
    plotly_geojson,
    topojson_dir,
    totals,
)

# Border towns: (name as looked up, ISO3, ISO 3166-2 code of the province / district).
BORDER_TOWNS = [
    ("Goma", "COD", "CD-NK"), ("Sake", "COD", "CD-NK"), ("Bukavu", "COD", "CD-SK"),
    ("Uvira", "COD", "CD-SK"), ("Kamanyola", "COD", "CD-SK"), ("Gisenyi", "RWA", "RW-04"),
    ("Rubavu", "RWA", "RW-04"), ("Gatumba", "BDI", "BI-BL"), ("Bujumbura", "BDI", "BI-BM"),
    ("Cibitoke", "BDI", "BI-CI"), ("Kisoro", "UGA", "UG-408"), ("Bunagana", "UGA", "UG-408"),
]
# A point may fall outside its own outline by this much, never inside a neighbour's: the
# 1:50m outlines are generalised by about 1-2 km along rivers and lake shores, and curated
# coordinates are rounded to 0.01 degree (1.1 km). Goma is 2 km from Gisenyi, so a shape
# that draws Goma in Rwanda still fails: it puts the point inside the wrong polygon.
TOLERANCE_KM = 3.0
UTM_35S = 32735  # metres, around the Kivus


@pytest.fixture(scope="module")
def admin0() -> gpd.GeoDataFrame:
    return boundaries("admin0")


@pytest.fixture(scope="module")
def admin1() -> gpd.GeoDataFrame:
    return boundaries("admin1", ["COD", "RWA", "BDI", "UGA", "TZA"])


@pytest.fixture(autouse=True)
def no_user_boundaries(tmp_path, monkeypatch):
    # Every test reads the bundled shapes unless it imports its own into its tmp dir.
    monkeypatch.setenv("DISPLACEMENT_DATA", str(tmp_path / "userdata"))


def _km(geom, point: Point) -> float:
    g = gpd.GeoSeries([geom, point], crs=4326).to_crs(UTM_35S)
    return g.iloc[0].distance(g.iloc[1]) / 1000


def _check_inside(units: gpd.GeoDataFrame, own_id: str, point: Point, what: str) -> None:
    own = units.loc[units["boundary_id"] == own_id, "geometry"]
    assert len(own) == 1, f"no shipped {what} outline for {own_id}"
    containing = units.loc[units.contains(point), "boundary_id"].tolist()
    assert containing in ([own_id], []), f"{what}: point inside {containing}, not {own_id}"
    if not containing:
        assert _km(own.iloc[0], point) <= TOLERANCE_KM, f"{what}: {own_id} too far"


@pytest.mark.parametrize("name,iso3,admin1_code", BORDER_TOWNS)
def test_border_towns_in_right_country_and_province(name, iso3, admin1_code, admin0, admin1):
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert (place.iso3, place.admin1) == (iso3, admin1_code), name
    point = Point(place.lon, place.lat)
    _check_inside(admin0, iso3, point, f"{name} country")
    unit = code_to_unit(admin1)[admin1_code]
    _check_inside(admin1, unit, point, f"{name} province")


@pytest.mark.parametrize("iso3", ["UGA", "SDN"])
def test_each_drawn_province_is_the_one_its_code_names(iso3):
    """Natural Earth gives 32 of Uganda's districts and Central Darfur the codes of their
    neighbours: a figure for Kiryandongo (UG-421) was drawn in Kyegegwa. Each bundled unit
    now carries the code of the subdivision it is named for (the gazetteer's name for it)."""
    units = bundled("admin1")
    units = units[(units["iso3"] == iso3) & ~units["covers"].str.contains("|", regex=False)]
    assert len(units) >= 10
    wrong = []
    for code, name in zip(units["boundary_id"], units["name"], strict=True):
        place = gazetteer.get(code)
        if place is None or SequenceMatcher(
                None, name_key(name), name_key(place.name)).ratio() < NAME_LIKENESS:
            wrong.append((code, name, place.name if place else None))
    assert not wrong


# Towns and the unit each lies in (ISO 3166-2), where Natural Earth's codes or outlines
# are not ISO's: its Eritrean outlines carry their neighbours' codes, Paktika and Paktya
# are swapped, Libya's districts have codes ISO never had, Somaliland is one unit of its
# own (it was drawn as part of Bari), Kiryandongo was drawn as Kyegegwa.
TOWNS_IN_UNITS = [
    ("Asmara", "ER-MA"), ("Keren", "ER-AN"), ("Massawa", "ER-SK"), ("Mendefera", "ER-DU"),
    ("Barentu", "ER-GB"), ("Gardez", "AF-PIA"), ("Tripoli", "LY-TB"), ("Gharyan", "LY-JG"),
    ("Hargeisa", "SO-WO"), ("Burao", "SO-TO"), ("Bosaso", "SO-BR"), ("Maiduguri", "NG-BO"),
]


@pytest.mark.parametrize("town,code", TOWNS_IN_UNITS)
def test_a_town_is_drawn_in_the_unit_it_is_in(town, code):
    units = bundled("admin1")
    place = gazetteer.lookup(town)
    assert place is not None and place.kind == "city", town
    holding = units.loc[units.contains(Point(place.lon, place.lat)), "boundary_id"].tolist()
    assert holding == [code_to_unit(units)[code]]


def test_goma_in_rwanda_would_fail(admin0):
    """The check above catches an outline that puts Goma in Rwanda: Natural Earth's own
    1:10m provinces do (here simulated by moving Rwanda's polygon 3 km west)."""
    goma = gazetteer.lookup("Goma")
    point = Point(goma.lon, goma.lat)
    shifted = admin0.copy()
    rwa = shifted["boundary_id"] == "RWA"
    shifted.loc[rwa, "geometry"] = shifted.loc[rwa, "geometry"].translate(xoff=-0.03)
    with pytest.raises(AssertionError):
        _check_inside(shifted, "COD", point, "Goma country")


def test_bundled_boundaries_shape(admin0, admin1):
    assert admin0.crs.to_epsg() == 4326 and admin1.crs.to_epsg() == 4326
    assert list(admin1.columns[:5]) == ["boundary_id", "name", "iso3", "admin1", "level"]
    assert len(admin0) > 200 and admin0["boundary_id"].is_unique
    assert set(admin0["level"]) == {"admin0"} and set(admin0["admin1"]) == {""}
    for iso3 in ["COD", "RWA", "BDI", "UGA", "TZA"]:
        assert (admin1["iso3"] == iso3).sum() >= 5, iso3
    assert admin1.geometry.is_valid.all() and admin1["boundary_id"].is_unique
    # Provinces nest in the country outlines the map draws.
    for iso3 in ["COD", "RWA", "BDI"]:
        provinces = shapely.union_all(admin1.loc[admin1["iso3"] == iso3, "geometry"].values)
        country = admin0.loc[admin0["boundary_id"] == iso3, "geometry"].iloc[0]
        assert provinces.symmetric_difference(country).area < 1e-6 * country.area
    # Every current DR Congo province is drawn in exactly one unit; the legend says so.
    mapping = code_to_unit(admin1)
    drc_codes = gazetteer.places_frame().query("kind == 'admin1' and iso3 == 'COD'")
    assert len(drc_codes) == 26
    assert all(code in mapping for code in drc_codes["place_id"])
    assert mapping["CD-IT"] == mapping["CD-TO"] == "CD-OR"
    assert "Ituri" in ADMIN1_NOTE and "Orientale" in ADMIN1_NOTE


def _figure(fid, doc, published, place_id, people, category="displaced", measure="flow",
            low=None, high=None, origin="", destination=""):
    place = gazetteer.get(place_id)
    return {"figure_id": fid, "doc_id": doc, "published": published, "value": people,
            "value_low": low if low is not None else people,
            "value_high": high if high is not None else people, "approximate": False,
            "unit": "people", "people_estimate": people, "category": category,
            "measure": measure, "rate": "", "origin": origin, "destination": destination,
            "location": place.name, "origin_place_id": origin,
            "destination_place_id": destination, "location_place_id": place_id,
            "iso3": place.iso3, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
            "period": "", "quote": f"{people} people", "char_start": 0, "char_end": 10,
            "confidence": 0.9}


def test_totals_never_double_count():
    figures = pd.DataFrame([
        # North Kivu: a stock and a flow stay apart.
        _figure("a#1", "a", "2025-02-01", "COD-goma", 400_000, measure="stock"),
        _figure("a#2", "a", "2025-02-01", "COD-sake", 100_000, measure="flow"),
        # The same flow reported by two documents counts once.
        _figure("b#1", "b", "2025-02-03", "COD-sake", 100_000, measure="flow"),
        # A later stock replaces an earlier one, even a larger one.
        _figure("c#1", "c", "2025-03-01", "COD-goma", 350_000, measure="stock"),
        # Bunia (Ituri) is counted under Ituri's code and drawn in Orientale.
        _figure("d#1", "d", "2025-03-02", "COD-bunia", 20_000, low=10_000, high=99_999),
    ])
    result = totals(figures, "admin1").set_index(["boundary_id", "measure"])
    nk_stock, nk_flow = result.loc[("CD-NK", "stock")], result.loc[("CD-NK", "flow")]
    assert nk_stock["people"] == 350_000 and nk_stock["n_documents"] == 2
    assert nk_flow["people"] == 100_000 and nk_flow["n_figures"] == 2
    assert nk_flow["n_documents"] == 2
    assert (nk_stock["period_start"], nk_stock["period_end"]) == ("2025-02-01", "2025-03-01")
    ituri = result.loc[("CD-OR", "flow")]
    assert (ituri["people"], ituri["people_low"], ituri["people_high"]) == (20_000, 10_000,
                                                                           99_999)
    assert result.geometry.notna().all()
    assert set(result.columns) >= {"name", "iso3", "admin1", "category", "rule"}
    country = totals(figures, "admin0")
    cod = country.set_index("measure").loc["stock"]
    assert cod["boundary_id"] == "COD" and cod["people"] == 350_000
    assert "double" in TOTALS_RULE and len(TOTALS_RULE) < 140


def test_points_flows_and_layers():
    figures = pd.DataFrame([
        _figure("a#1", "a", "2025-02-20", "BDI-gatumba", 30_000, category="refugees",
                origin="COD-uvira", destination="BDI-gatumba"),
        _figure("a#2", "a", "2025-02-20", "COD-goma", 5_000),
    ])
    figures.loc[1, ["lat", "lon"]] = [None, None]
    pts = figure_points(figures)
    assert len(pts) == 1 and pts.crs.to_epsg() == 4326
    flows = flow_lines(figures, gazetteer.places_frame())
    assert len(flows) == 1
    line = flows.geometry.iloc[0]
    uvira, gatumba = gazetteer.get("COD-uvira"), gazetteer.get("BDI-gatumba")
    assert line.coords[0] == (uvira.lon, uvira.lat)
    assert line.coords[-1] == (gatumba.lon, gatumba.lat)
    assert {"value", "value_low", "value_high", "people_estimate", "category", "doc_id",
            "figure_id", "origin", "destination"} <= set(flows.columns)
    frames = layers(figures, None)
    assert set(frames) == {"points", "admin1", "admin0", "flows"}
    assert frames["admin0"].set_index("boundary_id").loc["BDI", "people"] == 30_000


def test_plotly_geojson_is_clockwise(admin1):
    gj = plotly_geojson(admin1[admin1["iso3"] == "RWA"])
    assert [f["id"] for f in gj["features"]] == sorted(admin1.loc[admin1["iso3"] == "RWA",
                                                                  "boundary_id"])
    for feature in gj["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        for poly in getattr(geom, "geoms", [geom]):
            assert not poly.exterior.is_ccw


def _seed_like_figures() -> pd.DataFrame:
    rows = [("COD-goma", 400_000, "stock"), ("COD-bukavu", 150_000, "flow"),
            ("COD-bunia", 20_000, "flow"), ("BDI-gatumba", 40_000, "flow"),
            ("UGA-bunagana", 10_000, "flow"), ("RWA-gisenyi", 3_000, "flow")]
    return pd.DataFrame([_figure(f"s#{i}", "seed", "2025-02-20", pid, n, measure=m)
                         for i, (pid, n, m) in enumerate(rows)])


def test_static_export_offline_draws_polygons_and_markers(tmp_path):
    missing = not (shutil.which("chromium") or shutil.which("chromium-browser"))
    if missing and os.environ.get("CI") != "true":  # in CI a missing browser must fail
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    import plotly.graph_objects as go
    from PIL import Image

    assert (topojson_dir() / "africa_50m.json").exists()
    url = configure_plotly_offline()
    assert url.startswith("file://")
    figures = _seed_like_figures()
    prov = totals(figures, "admin1")
    prov = prov[prov["measure"] == "flow"]
    pts = figure_points(figures)
    green, red = (0, 160, 0), (255, 0, 0)
    fig = go.Figure([
        go.Choropleth(geojson=plotly_geojson(prov), locations=prov["boundary_id"],
                      z=prov["people"], colorscale=[[0, "rgb(0,160,0)"], [1, "rgb(0,160,0)"]],
                      showscale=False, marker_line_width=0),
        go.Scattergeo(lon=pts["lon"], lat=pts["lat"], mode="markers",
                      marker=dict(size=14, color="rgb(255,0,0)", line_width=0)),
    ])
    fig.update_geos(projection_type="mercator", lonaxis_range=[26, 33],
                    lataxis_range=[-5, 3], showcountries=True, showland=True,
                    landcolor="rgb(235,235,235)", bgcolor="white")
    fig.update_layout(width=500, height=500, margin=dict(l=0, r=0, t=0, b=0))
    png = fig.to_image(format="png")
    (tmp_path / "map.png").write_bytes(png)
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)

    def mask(rgb, tol=12):
        return (np.abs(img - np.array(rgb)) <= tol).all(axis=2)

    land = mask((235, 235, 235), 3)
    polygons, markers = mask(green), mask(red)
    assert land.sum() > 0.2 * land.size, "base map (TopoJSON land) not drawn"
    assert polygons.sum() > 0.02 * polygons.size, "province polygons not drawn"
    assert markers.sum() > 50, "markers not drawn"
    # Markers sit on their provinces: Bukavu's and Bunia's on filled South Kivu and
    # Orientale. A marker pixel with a polygon pixel 2 px away shows the two agree.
    near = np.zeros_like(polygons)
    for dy in (-2, 0, 2):
        for dx in (-2, 0, 2):
            near |= np.roll(np.roll(markers, dy, axis=0), dx, axis=1)
    assert (near & polygons).sum() > 20, "markers and polygons do not meet"


# --- `displacement geo import` and `displacement export` ---------------------------------

def _parser() -> argparse.ArgumentParser:
    from geo import cli

    parser = argparse.ArgumentParser(prog="displacement")
    cli.register(parser.add_subparsers(dest="command", required=True))
    return parser


def _run(*argv: str) -> int:
    args = _parser().parse_args(list(argv))
    return args.func(args)


def _cod_ab_fixture(path: Path) -> gpd.GeoDataFrame:
    """An OCHA COD-AB style admin-1 file: French names with accents, P-codes, EPSG:3857."""
    src = bundled("admin1")
    src = src[src["boundary_id"].isin(["CD-NK", "CD-SK", "CD-MA"])].copy()
    names = {"CD-NK": "Nord-Kivu", "CD-SK": "SUD KIVU", "CD-MA": "Maniéma"}
    pcodes = {"CD-NK": "CD61", "CD-SK": "CD62", "CD-MA": "CD63"}
    gdf = gpd.GeoDataFrame({"ADM1_FR": src["boundary_id"].map(names).values,
                            "ADM1_PCODE": src["boundary_id"].map(pcodes).values,
                            "ADM0_PCODE": "CD"}, geometry=src.geometry.values, crs=4326)
    gdf.to_crs(3857).to_file(path, driver="GeoJSON")
    return src


def test_geo_import_round_trip_cod_ab(tmp_path, capsys):
    fixture = tmp_path / "cod_adm1.geojson"
    src = _cod_ab_fixture(fixture)
    assert _run("geo", "import", str(fixture), "--level", "admin1") == 0
    report = capsys.readouterr().err
    assert "3 admin1 units" in report and "matched to ISO codes: 3 of 3" in report
    cod = boundaries("admin1", ["COD"])
    assert sorted(cod["boundary_id"]) == ["CD-MA", "CD-NK", "CD-SK"]
    assert cod.crs.to_epsg() == 4326
    for code in ["CD-NK", "CD-SK", "CD-MA"]:
        mine = cod.loc[cod["boundary_id"] == code, "geometry"].iloc[0]
        orig = src.loc[src["boundary_id"] == code, "geometry"].iloc[0]
        assert mine.symmetric_difference(orig).area < 1e-6 * orig.area
    # Other countries keep the bundled shapes; totals now use the imported ones.
    assert (boundaries("admin1", ["RWA"])["boundary_id"] == "RW-04").any()
    goma = totals(pd.DataFrame([_figure("x#1", "x", "2025-02-01", "COD-goma", 7)]))
    assert goma["boundary_id"].tolist() == ["CD-NK"] and goma.geometry.notna().all()

    # geoBoundaries style, with an unmatched unit reported by name.
    gb = tmp_path / "rwa.geojson"
    rwa = bundled("admin1").query("iso3 == 'RWA'")
    gpd.GeoDataFrame({"shapeName": ["Western Province", "Atlantis"],
                      "shapeISO": ["RW-04", ""], "shapeGroup": ["RWA", "RWA"]},
                     geometry=rwa.geometry.values[:2], crs=4326).to_file(gb)
    assert _run("geo", "import", str(gb)) == 0
    report = capsys.readouterr().err
    assert "unmatched" in report and "Atlantis" in report
    assert sorted(boundaries("admin1", ["COD", "RWA"])["iso3"].unique()) == ["COD", "RWA"]


def test_geo_import_errors_name_the_file(tmp_path, capsys):
    points = tmp_path / "points.geojson"
    gpd.GeoDataFrame({"name": ["Goma"]}, geometry=[Point(29.2, -1.7)], crs=4326).to_file(points)
    assert _run("geo", "import", str(points)) == 2
    err = capsys.readouterr().err.strip()
    assert str(points) in err and "not a polygon layer" in err and len(err.splitlines()) == 1

    nameless = tmp_path / "nameless.geojson"
    gpd.GeoDataFrame({"value": [1]}, geometry=[Point(0, 0).buffer(1)], crs=4326).to_file(
        nameless)
    assert _run("geo", "import", str(nameless)) == 2
    assert "no name field" in capsys.readouterr().err

    junk = tmp_path / "junk.shp"
    junk.write_bytes(b"not a shapefile")
    assert _run("geo", "import", str(junk)) == 2
    assert str(junk) in capsys.readouterr().err


@pytest.fixture
def tables_dir(tmp_path) -> Path:
    figures = _seed_like_figures()
    figures.loc[len(figures)] = _figure("f#1", "f", "2025-02-21", "BDI-gatumba", 30_000,
                                        category="refugees", origin="COD-uvira",
                                        destination="BDI-gatumba")
    out = tmp_path / "tables"
    out.mkdir()
    figures.to_parquet(out / "figures.parquet", index=False)
    gazetteer.places_frame().query("iso3 in ['COD', 'BDI', 'RWA', 'UGA']").to_csv(
        out / "places.csv", index=False)
    return out


def test_export_gpkg_reads_back(tables_dir, tmp_path):
    from geo.export import tables

    out = tmp_path / "exp" / "displacement.gpkg"
    assert _run("export", "--format", "gpkg", "--data", str(tables_dir), "--out",
                str(out)) == 0
    expected = tables(tables_dir)
    import pyogrio

    assert sorted(name for name, _ in pyogrio.list_layers(out)) == sorted(expected)
    for name, frame in expected.items():
        back = gpd.read_file(out, layer=name)
        assert len(back) == len(frame) > 0, name
        assert back.crs.to_epsg() == 4326, name
        if "figure_id" in frame:
            assert sorted(back["figure_id"]) == sorted(frame["figure_id"])
    prov = gpd.read_file(out, layer="province_totals")
    assert set(prov.geom_type) <= {"Polygon", "MultiPolygon"}
    assert (prov["boundary_id"] == "CD-NK").any()


@pytest.mark.parametrize("fmt", ["geojson", "csv", "parquet"])
def test_export_other_formats(tables_dir, tmp_path, fmt):
    out = tmp_path / fmt
    assert _run("export", "--format", fmt, "--data", str(tables_dir), "--out", str(out)) == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 4 and all(f.endswith("." + fmt) for f in files)
    if fmt != "csv":
        flows = gpd.read_file(out / f"flows.{fmt}") if fmt == "geojson" else \
            gpd.read_parquet(out / "flows.parquet")
        assert len(flows) == 1 and flows.crs.to_epsg() == 4326


def test_export_without_tables_fails_clearly(tmp_path, capsys):
    assert _run("export", "--format", "gpkg", "--data", str(tmp_path / "none")) == 2
    assert "no figures" in capsys.readouterr().err
