"""The `displacement` command: one subcommand per job, each registered by the package
that does the job (etl, geo, dashboard)."""

from __future__ import annotations

import argparse
import sys

from dashboard import serve as serve_cli
from etl import cli as etl_cli
from geo import cli as geo_cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="displacement",
        description="Turn displacement reports into sourced, mapped tables and a dashboard.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    etl_cli.register(sub)
    serve_cli.register(sub)
    geo_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
