"""`displacement geo import` and `displacement export`, registered on the main parser
(dashboard/cli.py) like etl/cli.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = "out"  # the ETL's default output folder


def run_import(args: argparse.Namespace) -> int:
    from geo.importer import BoundaryImportError, import_boundaries

    try:
        report = import_boundaries(args.file, args.level, args.name_field, args.code_field,
                                   args.country)
    except BoundaryImportError as exc:
        print(f"displacement geo import: {exc}", file=sys.stderr)
        return 2
    for line in report.lines():
        print(line, file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from geo.export import FORMATS, export

    out = args.out or (f"displacement{FORMATS[args.format]}" if args.format == "gpkg"
                       else "export")
    try:
        written = export(args.data, args.format, out)
    except FileNotFoundError as exc:
        print(f"displacement export: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    geo = sub.add_parser("geo", help="boundaries: import your own",
                         description="Manage the country and province outlines.")
    geo_sub = geo.add_subparsers(dest="geo_command", metavar="COMMAND")
    geo_sub.required = True
    imp = geo_sub.add_parser(
        "import", help="use your own boundary file from now on",
        description="Import an OCHA COD-AB or geoBoundaries file (GeoJSON, shapefile, "
        "GeoPackage; any CRS) as the boundaries the maps and totals use. Units are matched "
        "to ISO 3166-2 codes by code or name; unmatched ones are listed. Exit status: 0 "
        "imported, 2 the file cannot be used.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--level", choices=["admin1", "admin0"], default="admin1")
    imp.add_argument("--name-field", help="attribute with the unit names (default: ADM1_EN, "
                     "shapeName, ...)")
    imp.add_argument("--code-field", help="attribute with the unit codes (default: "
                     "ADM1_PCODE, shapeISO, ...)")
    imp.add_argument("--country", help="ISO3 of the country, when the file does not say")
    imp.set_defaults(func=run_import)

    exp = sub.add_parser(
        "export", help="figures, flows and totals as GeoJSON, GeoPackage, CSV or Parquet",
        description="Export figures (points), flows (lines) and province / country totals "
        "(polygons), EPSG:4326. GeoPackage: one file, a layer per table; other formats: a "
        "file per table. Exit status: 0 written, 2 no tables found.")
    exp.add_argument("--format", choices=["geojson", "gpkg", "csv", "parquet"],
                     required=True)
    exp.add_argument("--data", default=DEFAULT_DATA,
                     help=f"folder written by `displacement etl` (default: {DEFAULT_DATA})")
    exp.add_argument("--out", help="output file (gpkg; default displacement.gpkg) or folder "
                     "(default: export/)")
    exp.set_defaults(func=run_export)
