"""`displacement serve`: the dashboard on a data folder, the bundled seeds' tables when the
folder has none yet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = "out"


def ensure_data(data_dir: Path, quiet: bool = False) -> bool:
    """Run the ETL on the bundled seeds into `data_dir` when it holds no tables.
    True when it ran."""
    from dashboard import data

    if data.has_tables(data_dir):
        return False
    from etl.cli import DEFAULT_SOURCE
    from etl.pipeline import run

    if not quiet:
        print(f"displacement serve: no tables in {data_dir}; extracting the bundled seeds "
              f"({DEFAULT_SOURCE}) first", file=sys.stderr)
    result = run([str(DEFAULT_SOURCE)], data_dir, progress=not quiet)
    if not quiet:
        print(f"displacement serve: {result.summary()} -> {data_dir}", file=sys.stderr)
    return True


def run_serve(args: argparse.Namespace) -> int:
    data_dir = Path(args.data)
    ensure_data(data_dir)
    from dashboard.app import create_app

    app = create_app(data_dir)
    url = f"http://{args.host}:{args.port}/"
    print(f"displacement serve: dashboard on {url} (data: {data_dir.resolve()}); "
          "Ctrl-C stops it", file=sys.stderr)
    if args.waitress:
        from waitress import serve

        serve(app.server, host=args.host, port=args.port, threads=args.threads)
    else:
        app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve",
        help="open the dashboard (maps, charts, sourced table, exports)",
        description="Serve the dashboard on the tables of a data folder. With no tables "
        "there, extracts the bundled seeds into it first. Works with no internet.",
    )
    serve.add_argument("--data", default=DEFAULT_DATA, metavar="DIR",
                       help=f"folder of ETL tables (default: {DEFAULT_DATA})")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    serve.add_argument("--waitress", action="store_true",
                       help="serve with waitress (production WSGI server) instead of "
                       "Flask's development server")
    serve.add_argument("--threads", type=int, default=4, help="waitress threads (default 4)")
    serve.add_argument("--debug", action="store_true", help="Dash debug mode (development)")
    serve.set_defaults(func=run_serve)
