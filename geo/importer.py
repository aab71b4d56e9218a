"""Bring your own boundaries: `displacement geo import FILE --level admin1`.

Reads the files NGOs use: OCHA COD-AB (ADM1_EN / ADM1_FR / ADM1_PCODE / ADM0_PCODE) and
geoBoundaries (shapeName / shapeISO / shapeGroup), GeoJSON, shapefile, GeoPackage, in any
CRS. Each unit is matched to the gazetteer's ISO 3166-2 code (ISO3 for countries): by the
code when it is one, else by name or alias, case- and accent-insensitively ("Nord-Kivu",
"North Kivu", "NORD KIVU"). P-codes (CD61) are not ISO codes: they are kept in `pcode`.
Units that match nothing are kept and drawn under their own code but no figure is counted
in them: the report lists them.

The result goes to boundaries.user_dir()/<level>.parquet; for the countries it covers it
replaces the bundled units, from then on, in every process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pycountry

from geo import boundaries as bnd
from geo.geometry import CRS

NAME_FIELDS = {
    "admin1": ["ADM1_EN", "ADM1_FR", "ADM1_NAME", "ADM1_REF", "shapeName", "NAME_1",
               "admin1Name", "name", "NAME", "Name"],
    "admin0": ["ADM0_EN", "ADM0_FR", "ADM0_NAME", "shapeName", "NAME_0", "ADMIN", "NAME_EN",
               "name", "NAME", "Name"],
}
CODE_FIELDS = {
    "admin1": ["ADM1_PCODE", "shapeISO", "ISO_3166_2", "iso_3166_2", "ISO3166_2",
               "admin1Pcode", "HASC_1", "code"],
    "admin0": ["ADM0_PCODE", "shapeGroup", "shapeISO", "ISO_A3", "ISO3", "iso3", "ADM0_A3",
               "GID_0", "code"],
}
COUNTRY_FIELDS = ["ADM0_PCODE", "shapeGroup", "ISO3", "iso3", "ISO_A3", "ADM0_A3", "GID_0",
                  "ADM0_EN"]
ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
# Words that name the kind of unit, not the unit: "Province du Nord-Kivu", "Kigoma Region".
FILLER = {"province", "provincia", "de", "du", "des", "la", "le", "l", "d", "region",
          "district", "state", "governorate", "prefecture", "ville", "city", "of", "the"}


class BoundaryImportError(Exception):
    """A file that cannot be used; the message names the file and the problem."""


@dataclass
class ImportReport:
    path: Path
    level: str
    stored: Path
    n_units: int
    countries: list[str]
    matched: dict[str, str] = field(default_factory=dict)  # source name -> ISO code
    unmatched: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.path}: {self.n_units} {self.level} units of "
               f"{', '.join(self.countries) or '?'} -> {self.stored}",
               f"matched to ISO codes: {len(self.matched)} of {self.n_units}"]
        if self.unmatched:
            out.append("unmatched (drawn, but no figure is counted in them; fix their names "
                       "or pass --code-field): " + "; ".join(self.unmatched))
        return out


def name_key(text: str) -> str:
    """A unit's name as names are compared: without case, accents or filler words
    ("Province du Nord-Kivu" -> "nord kivu")."""
    t = unicodedata.normalize("NFKD", str(text).casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    words = [w for w in re.findall(r"[a-z0-9]+", t) if w not in FILLER]
    return " ".join(words)


def _iso3(value) -> str:
    text = str(value or "").strip()
    if not text:
        return ""
    for attr in ("alpha_3", "alpha_2"):
        c = pycountry.countries.get(**{attr: text.upper()})
        if c:
            return c.alpha_3
    # a P-code (CD61) or ISO 3166-2 code (CD-NK) starts with the country's alpha-2
    m = re.match(r"^([A-Za-z]{2})(?:-|\d)", text)
    if m:
        c = pycountry.countries.get(alpha_2=m.group(1).upper())
        if c:
            return c.alpha_3
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return ""


def _pick(columns: list[str], wanted: str | None, candidates: list[str], what: str,
          path: Path) -> str | None:
    if wanted:
        if wanted not in columns:
            raise BoundaryImportError(f"{path}: no field {wanted!r} for the {what} "
                                      f"(fields: {', '.join(columns)})")
        return wanted
    return next((c for c in candidates if c in columns), None)


def _read(path: Path) -> gpd.GeoDataFrame:
    if not path.exists():
        raise BoundaryImportError(f"{path}: no such file")
    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several kinds; all mean "unreadable"
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BoundaryImportError(f"{path}: not a readable vector file ({first})") from exc
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.name not in gdf:
        raise BoundaryImportError(f"{path}: has no geometry")
    gdf = gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]
    if not len(gdf):
        raise BoundaryImportError(f"{path}: has no features with a geometry")
    kinds = set(gdf.geom_type)
    if not kinds <= {"Polygon", "MultiPolygon"}:
        raise BoundaryImportError(f"{path}: not a polygon layer (geometries: "
                                  f"{', '.join(sorted(kinds))})")
    # GeoJSON is WGS 84 by definition; a shapefile with no .prj is assumed to be.
    gdf = gdf.set_crs(CRS) if gdf.crs is None else gdf.to_crs(CRS)
    gdf["geometry"] = gdf.geometry.make_valid()
    return gdf


def _admin1_index() -> dict[tuple[str, str], str]:
    """{(iso3, name key): ISO 3166-2 code} for every admin1 name and alias."""
    from geo import gazetteer

    frame = gazetteer.places_frame()
    frame = frame[frame["kind"] == "admin1"]
    index: dict[tuple[str, str], str] = {}
    ambiguous: set[tuple[str, str]] = set()
    for pid, iso3, name, aliases in zip(frame["place_id"], frame["iso3"], frame["name"],
                                        frame["aliases"], strict=True):
        for n in [name, *str(aliases or "").split("|")]:
            k = (iso3, name_key(n))
            if not k[1]:
                continue
            if k in index and index[k] != pid:
                ambiguous.add(k)
            index.setdefault(k, pid)
    for k in ambiguous:
        index.pop(k, None)
    return index


def _known_admin1(code: str) -> bool:
    from geo import gazetteer

    place = gazetteer.get(code)
    return place is not None and place.kind == "admin1"


def read_boundaries(path: str | Path, level: str = "admin1", name_field: str | None = None,
                    code_field: str | None = None, country: str | None = None
                    ) -> tuple[gpd.GeoDataFrame, ImportReport]:
    """The file's units in the columns of boundaries.COLUMNS (+ pcode), and a report."""
    path = Path(path)
    if level not in bnd.LEVELS:
        raise BoundaryImportError(f"{path}: level must be admin0 or admin1, not {level!r}")
    gdf = _read(path)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    name_col = _pick(columns, name_field, NAME_FIELDS[level], "name", path)
    code_col = _pick(columns, code_field, CODE_FIELDS[level], "code", path)
    if name_col is None and code_col is None:
        raise BoundaryImportError(
            f"{path}: no name field (tried {', '.join(NAME_FIELDS[level])}); "
            f"name one with --name-field (fields: {', '.join(columns)})")
    names = gdf[name_col].fillna("").astype(str) if name_col else gdf[code_col].astype(str)
    codes = gdf[code_col].fillna("").astype(str).str.strip() if code_col else names.map(
        lambda _: "")
    country_col = next((c for c in COUNTRY_FIELDS if c in columns), None)
    if country:
        iso3s = pd.Series(_iso3(country), index=gdf.index)
    elif level == "admin0":
        iso3s = codes.map(_iso3).where(codes != "", names.map(_iso3))
    elif country_col:
        iso3s = gdf[country_col].map(_iso3)
    else:
        iso3s = codes.map(_iso3)

    index = _admin1_index() if level == "admin1" else {}
    rows, report = [], ImportReport(path, level, bnd.user_dir() / f"{level}.parquet",
                                    len(gdf), [])
    for name, code, iso3, geom in zip(names, codes, iso3s, gdf.geometry, strict=True):
        if level == "admin0":
            iso = iso3 or ""
            matched = bool(iso)
        else:
            iso = code.upper() if ISO_3166_2.match(code.upper()) and _known_admin1(
                code.upper()) else ""
            if not iso:
                candidates = [index.get((iso3, name_key(name)))] if iso3 else [
                    v for (i, k), v in index.items() if k == name_key(name)]
                candidates = [c for c in candidates if c]
                iso = candidates[0] if len(set(candidates)) == 1 else ""
            matched = bool(iso)
            if matched and not iso3:
                iso3 = _iso3(iso)
        label = f"{name} ({code})" if code and code != name else name
        if matched:
            report.matched[label] = iso
        else:
            report.unmatched.append(label)
        bid = iso or code or name
        rows.append({"boundary_id": bid, "name": name or bid, "iso3": iso3 or "",
                     "admin1": (iso or bid) if level == "admin1" else "", "level": level,
                     "covers": iso, "pcode": code, "geometry": geom})
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    # Several features for one unit (islands, split polygons): one row.
    out = out.dissolve(by="boundary_id", as_index=False, aggfunc="first")
    report.countries = sorted({i for i in out["iso3"] if i})
    report.n_units = len(out)
    if not report.countries:
        raise BoundaryImportError(f"{path}: cannot tell which country the units are in; "
                                  "pass --country ISO3")
    return out[[*bnd.COLUMNS[:-1], "pcode", "geometry"]], report


def import_boundaries(path: str | Path, level: str = "admin1", name_field: str | None = None,
                      code_field: str | None = None, country: str | None = None
                      ) -> ImportReport:
    """Read `path` and store it as the user's boundaries of `level`; returns the report."""
    units, report = read_boundaries(path, level, name_field, code_field, country)
    store = bnd.user_dir()
    store.mkdir(parents=True, exist_ok=True)
    target = store / f"{level}.parquet"
    previous = bnd.imported(level)
    if previous is not None:
        # An import for one country keeps earlier imports for the others.
        previous = previous[~previous["iso3"].isin(report.countries)]
        units = gpd.GeoDataFrame(pd.concat([previous, units], ignore_index=True), crs=CRS)
    units = units.sort_values("boundary_id").reset_index(drop=True)
    tmp = target.with_suffix(".tmp")
    units.to_parquet(tmp, compression="zstd", index=False)
    tmp.replace(target)  # atomic: a crash never leaves half a file
    report.stored = target
    return report
