"""The `displacement` command line: one subcommand per job."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent / "seeds"


def _etl(args: argparse.Namespace) -> int:
    from etl.pipeline import run

    try:
        result = run(args.sources, args.out, progress=not args.quiet)
    except FileNotFoundError as exc:
        print(f"displacement etl: {exc}", file=sys.stderr)
        return 2
    print(f"{result.summary()} -> {args.out}", file=sys.stderr)
    return 1 if result.errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="displacement",
        description="Turn displacement reports into sourced, mapped tables and a dashboard.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    etl = sub.add_parser("etl", help="extract documents, places, figures, flows and events",
                         description="Read reports (.txt, .md, .html) and write the tables of "
                                     "design.md as CSV, Parquet and GeoJSON.")
    etl.add_argument("sources", nargs="*", default=[str(DEFAULT_SOURCE)], metavar="SRC",
                     help="report files or folders (default: the bundled seeds)")
    etl.add_argument("--out", default="out", help="output folder (default: out)")
    etl.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    etl.set_defaults(func=_etl)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
