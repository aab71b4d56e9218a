"""`displacement etl`: the ETL's command line, registered on the main `displacement` parser
(dashboard/cli.py) so each part of the project owns its own subcommand."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_OUT = "out"
DEFAULT_BATCH_SIZE = 500  # documents per batch: a few MB of rows in memory
ENGINES = ("local", "dask")


def run_etl(args: argparse.Namespace) -> int:
    from etl.pipeline import run

    if args.scheduler and args.engine != "dask":
        print("displacement etl: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("displacement etl: --batch-size must be at least 1", file=sys.stderr)
        return 2
    # A run allocates millions of short-lived objects (rows, spans, matches) while it keeps
    # a few hundred thousand (the gazetteer, the extractors' caches): at CPython's default
    # thresholds (700, 10, 10) the cyclic collector ran 1,200 times, 3% of a run; collecting
    # the young every 10,000 allocations takes a third of that time. This process only.
    gc.set_threshold(10_000, 20, 10)
    try:
        result = run(
            args.sources,
            args.out,
            progress=not args.quiet,
            batch_size=args.batch_size,
            engine=args.engine,
            scheduler=args.scheduler,
            incremental=not args.full,
        )
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
        "design.md as CSV, Parquet and GeoJSON. Documents unchanged since the "
        "previous run into the same folder are not extracted again. Exit status: 0 "
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
    etl.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"documents per batch written to disk (default {DEFAULT_BATCH_SIZE}); "
        "the output is the same whatever N",
    )
    etl.add_argument(
        "--full",
        "--no-incremental",
        action="store_true",
        help="extract every document again, even those unchanged since the last run",
    )
    etl.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: in this process (default); dask: on a Dask cluster, and also "
        "write OUT/lake/ (Parquet partitioned by month)",
    )
    etl.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler (tcp://host:8786) for --engine dask; "
        "default: a local cluster, one worker process per core",
    )
    etl.set_defaults(func=run_etl)
