"""Hostile text: reports carrying <script>, <img onerror>, <svg onload>, javascript: links,
markdown and spreadsheet formulas beside real displacement figures. They go through the
real ETL, then the dashboard shows them as plain text everywhere: a real Chromium (the
browser tests' fixtures, on these tables) opens the page, reads the table, opens the
document viewer, hovers the map and loads the embed pages, and no script runs and no
injected element exists. CSV exports of the same tables neutralise the formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import test_dashboard_browser as B

from etl.pipeline import run

pytestmark = B.pytestmark  # Chromium missing: skipped locally, a failure in CI

HOSTILE_TXT = "\n".join([
    "date 2025-02-10",
    "source javascript:alert('source')",
    "title <img src=x onerror=alert('title')> Goma update <script>alert('title2')</script>",
    "<script>alert(1)</script> Fighting continued near Goma.",
    "",
    "Some <b>5,000</b> people fled to Goma <img src=x onerror=alert(1)> after the attack.",
    "",
    "About 3,000 refugees crossed into Burundi <script>alert(2)</script> on Monday.",
    "",
    '=HYPERLINK("http://evil.example","x") More than 2,000 people fled Bukavu '
    '[click](javascript:alert(3)) <iframe src="javascript:alert(4)"></iframe>.',
    "",
    "<svg onload=alert(5)> Nearly 10,000 displaced people sheltered in Minova "
    "** __bold__ ** `code` {{7*7}} ${alert(6)}.",
    "",
])
# In HTML the entities decode to text that looks like markup: it must stay text too.
HOSTILE_HTML = """<html><head><title>x</title><script>alert('head')</script></head><body>
<p>About 4,000 people fled to Uvira &lt;img src=x onerror=alert(7)&gt; on Tuesday.</p>
<p>@SUM(1+1) Some 6,000 refugees crossed into Rwanda &lt;script&gt;alert(8)&lt;/script&gt;.</p>
</body></html>
"""
# Whatever the page holds, none of this may exist in it.
INJECTED = r"""() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
            if (a.name.startsWith('on')) found.push(el.tagName + '[' + a.name + ']');
            if (/^\s*javascript:/i.test(a.value)) found.push(el.tagName + '[' + a.name + ']');
        }
    }
    for (const el of document.querySelectorAll('img[src="x"], iframe, svg[onload], b')) {
        if (/alert|5,000/.test(el.outerHTML)) found.push(el.outerHTML.slice(0, 80));
    }
    // inline scripts may carry the quotes as JSON data; none may be an injected one
    for (const s of document.querySelectorAll('script')) {
        if (/^\s*alert\(/.test(s.textContent)) found.push('script: ' + s.textContent);
    }
    return found;
}"""


@pytest.fixture(scope="module")
def seeds_dir(tmp_path_factory) -> Path:
    """Overrides test_dashboard_browser's `seeds_dir`: its `server` fixture serves these
    tables in this module."""
    src = tmp_path_factory.mktemp("hostile_src")
    (src / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (src / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_tables")
    result = run([str(src)], out, progress=False)
    assert not result.errors and len(result.tables["figures"]) >= 5
    return out


browser, server, watched = B.browser, B.server, B.watched  # the browser tests' fixtures


def guard(page) -> list[str]:
    """Every dialog (alert, confirm, prompt) the page opens, dismissed."""
    dialogs: list[str] = []

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def test_hostile_text_shows_as_text_in_the_dashboard(watched, server):
    page = watched.page
    dialogs = guard(page)
    B.open_dashboard(watched, server)
    table = page.locator("#figures-table .ag-center-cols-container").inner_text()
    assert "<b>5,000</b> people fled to Goma <img src=x onerror=alert(1)>" in table
    assert "<script>alert(2)</script>" in table
    assert "&lt;img src=x onerror=alert(7)&gt;" not in table  # decoded once, not twice
    assert "<img src=x onerror=alert(7)>" in table

    # the document viewer, on the row of the first report
    row = page.locator("#figures-table .ag-center-cols-container .ag-row",
                       has_text="alert(1)").first
    row.locator("[col-id=category]").click()
    page.locator("#document-view mark.doc-mark").wait_for()
    viewer = page.locator("#document-view").inner_text()
    assert "<script>alert(1)</script> Fighting continued" in viewer
    assert "<img src=x onerror=alert('title')>" in viewer  # the title, as text
    assert '<iframe src="javascript:alert(4)"></iframe>' in viewer
    assert "${alert(6)}" in viewer and "** __bold__ **" in viewer

    # hover every point of the map: hover labels show the quotes
    points = page.evaluate("""() => Array.from(
        document.querySelectorAll('#map .scattergeo path.point')).slice(0, 12).map(p => {
            const r = p.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2];
        })""")
    assert points
    for x, y in points:
        page.mouse.move(x, y)
        page.wait_for_timeout(120)
        assert page.evaluate(INJECTED) == []
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert dialogs == []


def test_hostile_text_in_embed_pages_and_chart_files(watched, server):
    page = watched.page
    dialogs = guard(page)
    for chart in ("map", "timeline", "bars"):
        page.goto(server + f"/embed/{chart}")
        page.wait_for_selector(".main-svg", state="attached")
        assert page.evaluate(INJECTED) == [], chart
    # the self-contained HTML download, opened as a file would be
    resp = page.request.get(server + "/download/chart/timeline.html")
    assert resp.status == 200
    page.set_content(resp.text())
    page.wait_for_selector(".main-svg", state="attached")
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert dialogs == []


def test_csv_export_neutralises_the_formulas_of_hostile_reports(server):
    """End to end on the ETL's output (the cell rules: test_dashboard_unit.py)."""
    import urllib.request

    for query in ("", "?hxl=1"):
        with urllib.request.urlopen(server + "/download/csv" + query, timeout=60) as resp:
            text = resp.read().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        quotes = [r["quote"] for r in rows]
        assert any(q.startswith("'=HYPERLINK(") for q in quotes), quotes
        assert any(q.startswith("'@SUM(") for q in quotes), quotes
        for r in rows:
            for value in r.values():
                try:
                    float(value)  # a number (a negative latitude) is not a formula
                    continue
                except ValueError:
                    assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
