"""The Dash app: `create_app(data_dir)`.

Everything the page loads comes from this server: Dash's own JavaScript (plotly.js and
AG Grid from the installed packages), the project's assets/ folder (CSS, the grid's cell
renderers, the TopoJSON of the map's base layer). No CDN, no tiles, no remote fonts.

For a WSGI server: `waitress-serve --host 127.0.0.1 --port 8050 --call dashboard.app:wsgi`
with DISPLACEMENT_DASHBOARD_DATA=<data dir> (see README).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from dash import Dash, html
from flask import Flask

from dashboard import callbacks, data, exports, httpcache, layout

ASSETS = Path(__file__).resolve().parent.parent / "assets"
DATA_ENV = "DISPLACEMENT_DASHBOARD_DATA"
# The largest request body the app accepts (Flask answers 413 beyond it). Dash's callback
# requests carry the filter state and a clicked point, a few KB; nothing is uploaded.
MAX_REQUEST_BYTES = 1024 * 1024
# URL prefixes that only ever serve the routes registered under them: anything else below
# them (an unknown name, "../" in any encoding) is 404, never Dash's catch-all page.
STRICT_PREFIXES = ("download", "embed", "embed-assets")


def create_app(data_dir: str | Path, warm: bool = True) -> Dash:
    """The app over the tables of `data_dir`. With warm=False the default view is not
    rendered here: the caller renders it (warm_up) once its server processes exist, so
    the first page is served sooner and no fork copies a half-done render."""
    data_dir = Path(data_dir).resolve()
    if not data.has_tables(data_dir):
        raise FileNotFoundError(f"no tables (documents, figures) in {data_dir}: run "
                                "`displacement etl SRC --out DIR` first")

    def get_tables() -> data.Tables:
        return data.load(data_dir)

    tables = get_tables()
    server = Flask(__name__)

    def signature() -> tuple:
        return data.table_signature(data_dir)

    httpcache.configure_compression(server, signature)
    app = Dash(
        __name__, server=server, assets_folder=str(ASSETS), serve_locally=True,
        title="Displacement dashboard", update_title=None,
        suppress_callback_exceptions=False, compress=_compress_available(),
    )
    app.layout = _page_of_current_tables(get_tables, tables)
    callbacks.register(app, get_tables)
    httpcache.install_callback_cache(server, signature)
    if warm:
        callbacks.warm(tables)  # the default view, which every fresh page asks for first
    exports.register_routes(server, get_tables)
    _harden(server)

    @server.after_request
    def _headers(resp):
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        return resp

    app.data_dir = data_dir  # for the CLI's message
    return app


def _page_of_current_tables(get_tables: Callable[[], data.Tables],
                            tables: data.Tables) -> Callable[[], html.Div]:
    """The page layout, built for each page load from the tables as they are then (Dash
    calls a layout function per load): after the ETL runs again into the data folder, the
    filters list the new countries, provinces and reports, and the header counts them,
    without a restart. A table that cannot be read keeps the last page, so the page still
    opens and its callbacks say what is wrong."""
    def build(t: data.Tables) -> html.Div:
        return layout.page(callbacks.page_options(t), len(t.documents))

    last = {"tables": tables, "page": build(tables)}

    def page() -> html.Div:
        try:
            now = get_tables()
        except Exception:  # noqa: BLE001 - the page must open; callbacks report the error
            return last["page"]
        if now is not last["tables"]:
            last.update(tables=now, page=build(now))
        return last["page"]

    return page


def _harden(server: Flask) -> None:
    """Bounded request bodies, 404 for unknown names under the export and embed routes, and
    for Dash's component-suite route asked for a library it does not have (Dash raises)."""
    from dash.exceptions import DependencyException
    from flask import abort

    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES

    def not_found(rest: str = ""):
        abort(404)

    for prefix in STRICT_PREFIXES:
        server.add_url_rule(f"/{prefix}/", f"{prefix}_unknown_root", not_found)
        server.add_url_rule(f"/{prefix}/<path:rest>", f"{prefix}_unknown", not_found)

    @server.errorhandler(DependencyException)
    def _unknown_dependency(_exc):
        return "Not Found", 404, {"Content-Type": "text/plain; charset=utf-8"}


def _compress_available() -> bool:
    try:
        import flask_compress  # noqa: F401
    except ImportError:
        return False
    return True


def warm_up(data_dir: str | Path) -> threading.Thread:
    """Render the default view in the background of this process (a fresh page's first
    request for it waits for that render instead of starting its own)."""
    thread = threading.Thread(target=lambda: callbacks.warm(data.load(data_dir)),
                              name="warm-up", daemon=True)
    thread.start()
    return thread


def wsgi() -> Flask:
    """The WSGI application for a production server; data from $DISPLACEMENT_DASHBOARD_DATA
    (default: out/)."""
    return create_app(os.environ.get(DATA_ENV, "out")).server
