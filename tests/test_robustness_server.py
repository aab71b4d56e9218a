"""Server hardening, through Flask's test client (no browser needed): path traversal and
unknown names are 404 on the export and embed routes, request bodies are bounded, a server
error shows no stack trace, and the server binds to 127.0.0.1 unless told otherwise.

The callback requests are the load benchmark's (benchmarks/load.py), so this also checks
that the benchmark sends what the app expects."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from dashboard.app import MAX_REQUEST_BYTES, create_app

ROOT = Path(__file__).resolve().parent.parent


def load_benchmark():
    spec = importlib.util.spec_from_file_location("load_benchmark", ROOT / "benchmarks" /
                                                  "load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client(seeds_tables):
    return create_app(seeds_tables).server.test_client()


TRAVERSAL = [
    "/download/..%2f..%2fetc%2fpasswd", "/download/../../etc/passwd",
    "/download/%2e%2e/%2e%2e/etc/passwd", "/download/csv/..%2f..%2fpyproject.toml",
    "/download/chart/..%2f..%2fetc%2fpasswd", "/download/chart/../../../etc/passwd",
    "/download/chart/map.png%00.html", "/download/chart/map.png/..", "/embed/../../x",
    "/embed/..%2f..%2fx", "/embed/map/../../../etc/passwd", "/embed-assets/..%2fapp.py",
    "/embed-assets/../../etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
    "/assets/../pyproject.toml", "/_dash-component-suites/..%2f..%2fetc%2fpasswd",
    "/_dash-component-suites/dash/..%2f..%2f..%2fpyproject.toml",
]
UNKNOWN = ["/download/xlsx", "/download/", "/download/CSV", "/download/chart/pie.png",
           "/download/chart/map.exe", "/download/chart/map", "/embed/", "/embed/pie",
           "/embed/map.js", "/embed-assets/jquery.js", "/embed-assets/"]


@pytest.mark.parametrize("path", TRAVERSAL + UNKNOWN)
def test_traversal_and_unknown_names_are_4xx(client, path):
    resp = client.get(path)
    assert 400 <= resp.status_code < 500, (path, resp.status_code)
    body = resp.data
    assert b"root:" not in body and b"[project]" not in body and b"Traceback" not in body


def test_known_routes_still_work(client):
    for path in ("/", "/download/csv", "/download/csv?category=refugees&hxl=1",
                 "/embed/map", "/embed-assets/plotly.min.js", "/_dash-layout",
                 "/_dash-dependencies"):
        assert client.get(path).status_code == 200, path


def test_request_bodies_are_bounded(client):
    bench = load_benchmark()
    payload = bench.sync_state_payload("", bench.empty_state(), None, "url.search")
    assert client.post("/_dash-update-component", json=payload).status_code == 200
    padding = {**payload, "padding": "x" * (MAX_REQUEST_BYTES + 1)}
    resp = client.post("/_dash-update-component", json=padding)
    assert resp.status_code == 413
    resp = client.post("/download/csv", data=b"x" * (MAX_REQUEST_BYTES + 1))
    assert 400 <= resp.status_code < 500


def test_the_load_benchmark_requests_are_the_apps(client):
    """Every request benchmarks/load.py makes is answered 200 with what the page needs."""
    bench = load_benchmark()
    state = bench.empty_state()
    assert client.post("/_dash-update-component", json=bench.sync_state_payload(
        "", state, None, "url.search")).status_code == 200
    new = {**state, "category": ["refugees"]}
    resp = client.post("/_dash-update-component", json=bench.sync_state_payload(
        "", new, state, "filter-category.value"))
    assert resp.status_code == 200
    assert resp.json["response"]["view-state"]["data"]["category"] == ["refugees"]
    for kind, payload in bench.view_payloads(new, None):
        resp = client.post("/_dash-update-component", json=payload)
        assert resp.status_code == 200, kind
    assert "map" in resp.json["response"]
    assert client.get("/download/csv" + bench.query_for(new)).status_code == 200


def test_no_stack_trace_reaches_the_browser(seeds_tables, tmp_path):
    """Production mode (no --debug): a corrupt table is a plain 500 page."""
    data = tmp_path / "data"
    shutil.copytree(seeds_tables, data)
    app = create_app(data)
    assert not app.server.debug
    client = app.server.test_client()
    (data / "figures.parquet").write_bytes(b"PAR1 not parquet at all")
    bench = load_benchmark()
    responses = [client.get("/download/csv"), client.get("/embed/map"),
                 client.get("/download/chart/map.html"),
                 *(client.post("/_dash-update-component", json=p)
                   for _, p in bench.view_payloads(bench.empty_state(), None))]
    for resp in responses:
        assert resp.status_code == 500
        body = resp.data.decode("utf-8", "replace")
        for leak in ("Traceback", "File \"", "pyarrow", "parquet", str(data), "line "):
            assert leak not in body, (leak, body[:300])


def test_the_server_binds_to_localhost_by_default():
    from dashboard.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and not args.debug


def test_the_page_lists_the_tables_as_they_are_after_a_new_run(seeds_tables, tmp_path):
    """The filters' lists and the header's report count follow a re-run of the ETL into
    the data folder, with no restart; a table that then cannot be read keeps the page."""
    from etl.pipeline import run

    data = tmp_path / "data"
    shutil.copytree(seeds_tables, data)
    client = create_app(data).server.test_client()

    def page() -> str:
        resp = client.get("/_dash-layout")
        assert resp.status_code == 200
        return resp.data.decode("utf-8")

    before = page()
    assert "Figures quoted from 2 reports" in before and "Sudan" not in before
    devset = Path(__file__).parent / "data" / "devset" / "docs"
    run([str(devset)], data, progress=False)
    after = page()
    n_reports = len([p for p in devset.iterdir() if p.is_file()])
    assert f"Figures quoted from {n_reports} reports" in after
    assert "Sudan" in after  # a country of the new reports, in the country filter
    (data / "figures.parquet").write_bytes(b"PAR1 not parquet at all")
    assert page() == after
