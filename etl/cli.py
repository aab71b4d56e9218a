"""`displacement etl`: the ETL's command line, registered on the main `displacement` parser
(dashboard/cli.py) so each part of the project owns its own subcommand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_OUT = "out"


def run_etl(args: argparse.Namespace) -> int:
    from etl.pipeline import run

    try:
        result = run(args.sources, args.out, progress=not args.quiet)
    except FileNotFoundError as exc:
        print(f"displacement etl: {exc}", file=sys.stderr)
        return 2
    print(f"{result.summary()} -> {args.out}", file=sys.stderr)
    return 1 if result.errors else 0


def register(sub: argparse._SubParsersAction) -> None:
    etl = sub.add_parser(
        "etl",
        help="extract documents, places, figures, flows and events",
        description="Read reports (.txt, .md, .html) and write the tables of "
        "design.md as CSV, Parquet and GeoJSON. Exit status: 0 "
        "all documents read, 1 some failed (see errors.csv), "
        "2 bad arguments.",
    )
    etl.add_argument(
        "sources",
        nargs="*",
        default=[str(DEFAULT_SOURCE)],
        metavar="SRC",
        help="report files or folders (default: the bundled seeds)",
    )
    etl.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: out)")
    etl.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    etl.set_defaults(func=run_etl)
