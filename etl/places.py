"""Which places a figure is about: origin, destination and location.

Place names are found and resolved by `geo.gazetteer`; this module decides the role each
one plays for a figure, from the words in front of it ("into Burundi", "from Goma",
"fuyant Goma") and, when a sentence names no place, from the document's context.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from etl import vocabulary as V
from geo import gazetteer

_ORIGIN = re.compile(rf"(?:^|\W)(?:{V.ORIGIN_BEFORE})\s*(?:(?:the|la|le|les|l[’'])\s*)?$", re.I)
_WEAK_ORIGIN = re.compile(r"(?:^|\W)(?:de|du|des|d[’'])\s*(?:(?:la|le|les|l[’'])\s*)?$", re.I)
_DESTINATION = re.compile(
    rf"(?:^|\W)(?:{V.DESTINATION_BEFORE})\s*(?:(?:the|la|le|les|l[’'])\s*)?$", re.I
)
_INTO = re.compile(
    r"(?:^|\W)(?:into|to|towards?|vers|reached|entered|jusqu[’']à)\s*(?:the\s*)?$", re.I
)
_MOVE_BEFORE = re.compile(
    r"arriv|quitt|fui|fuy|chass|venu|venant|part|exode|afflux|originaires", re.I
)
_JOINER = re.compile(rf"^(?:{V.PLACE_JOINERS})$", re.I)
_SITE = re.compile(
    rf"\b(?:the\s+)?((?:[A-Z][\w’'-]+\s+){{1,3}}(?:{V.SITE_WORDS}))\b"
    rf"|\b((?:{V.SITE_WORDS})\s+(?:de\s+|of\s+)?(?:[A-Z][\w’'-]+))",
)


@dataclass(frozen=True)
class PlaceRef:
    """A place as a figure refers to it; several gazetteer places for "Goma and Minova"."""

    name: str
    place_id: str
    iso3: str
    admin1: str
    lat: float | None
    lon: float | None
    start: int = -1  # offset in the sentence, -1 when it came from the document context

    @property
    def countries(self) -> str:
        return self.iso3


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    ref: PlaceRef
    role: str  # origin | destination | at
    demonym: bool


def _ref(place: gazetteer.Place, start: int = -1) -> PlaceRef:
    return PlaceRef(
        place.name, place.place_id, place.iso3, place.admin1, place.lat, place.lon, start
    )


def _common(refs: list[PlaceRef]) -> tuple[str, str, str]:
    """place_id, iso3, admin1 of the smallest unit holding every place of a list."""
    if len({r.place_id for r in refs}) == 1:
        return refs[0].place_id, refs[0].iso3, refs[0].admin1
    iso3s, admin1s = {r.iso3 for r in refs}, {r.admin1 for r in refs}
    if len(iso3s) == 1 and len(admin1s) == 1 and "" not in admin1s:
        return next(iter(admin1s)), next(iter(iso3s)), next(iter(admin1s))
    if len(iso3s) == 1:
        return next(iter(iso3s)), next(iter(iso3s)), ""
    return "", "", ""


def join(refs: list[PlaceRef]) -> PlaceRef:
    """One PlaceRef naming several places: "Kansega, Cishemere and Gatumba"."""
    if len(refs) == 1:
        return refs[0]
    names = [r.name for r in refs]
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    place_id, iso3, admin1 = _common(refs)
    container = gazetteer.get(place_id) if place_id else None
    lat = container.lat if container else refs[0].lat
    lon = container.lon if container else refs[0].lon
    return PlaceRef(name, place_id, iso3, admin1, lat, lon, refs[0].start)


def find_in_sentence(sentence: str) -> list[Found]:
    """Places named in a sentence, with the role their preceding words give them."""
    found: list[Found] = []
    for m in gazetteer.find(sentence):
        before = sentence[max(0, m.start - 30) : m.start]
        clause_before = sentence[max(0, m.start - 60) : m.start]
        if m.demonym or _ORIGIN.search(before):
            role = "origin"
        elif _INTO.search(before):
            role = "destination"
        elif _WEAK_ORIGIN.search(before) and _MOVE_BEFORE.search(clause_before):
            role = "origin"
        elif _DESTINATION.search(before):
            role = "at"
        else:
            role = "at"
        found.append(Found(m.start, m.end, _ref(m.place, m.start), role, m.demonym))
    found.extend(_unlisted_sites(sentence, found))
    found.sort(key=lambda f: f.start)
    return found


def _unlisted_sites(sentence: str, known: list[Found]) -> list[Found]:
    """Named camps and sites missing from the gazetteer ("the Miconi transit centre"): kept
    by name, placed in the country of a place named beside them when there is one."""
    out = []
    for m in _SITE.finditer(sentence):
        start, end = m.span(1) if m.group(1) else m.span(2)
        if any(k.start < end and start < k.end for k in known):
            continue
        name = sentence[start:end]
        if not re.search(r"[A-Z]", name.split()[0] if m.group(1) else name.split()[-1]):
            continue
        out.append(Found(start, end, PlaceRef(name, "", "", "", None, None, start), "at", False))
    return out


def grouped(found: list[Found], sentence: str, index: int) -> PlaceRef:
    """The place at `index` joined with places listed beside it ("Goma et de Minova")."""
    lo = hi = index
    while (
        lo > 0
        and _JOINER.match(sentence[found[lo - 1].end : found[lo].start])
        and not found[lo - 1].demonym
    ):
        lo -= 1
    while (
        hi + 1 < len(found)
        and _JOINER.match(sentence[found[hi].end : found[hi + 1].start])
        and not found[hi + 1].demonym
    ):
        hi += 1
    return join([f.ref for f in found[lo : hi + 1]])


@dataclass
class DocumentPlaces:
    """What a document as a whole says of places, for figures whose sentence is silent."""

    main: PlaceRef | None = None  # the place the document is most about
    host_iso3: str = ""  # the country receiving people from abroad, when there is one
    origin_iso3: str = ""  # the country people come from


def document_places(sentences: list[str]) -> DocumentPlaces:
    """Tally the places of all sentences: the most named one, where people cross into, and
    whose nationals they are (demonyms: "Congolese refugees")."""
    named: Counter[str] = Counter()
    refs: dict[str, PlaceRef] = {}
    hosts: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    for i, sentence in enumerate(sentences):
        for f in find_in_sentence(sentence):
            if not f.ref.place_id:
                continue
            weight = 2 if i == 0 else 1  # the headline says what the report is about
            if f.demonym:
                origins[f.ref.iso3] += weight
                continue
            named[f.ref.place_id] += weight
            refs.setdefault(f.ref.place_id, f.ref)
            if f.role == "destination" and f.ref.iso3:
                hosts[f.ref.iso3] += weight
            elif f.role == "origin" and f.ref.iso3:
                origins[f.ref.iso3] += weight
    ctx = DocumentPlaces()
    if named:
        ctx.main = refs[named.most_common(1)[0][0]]
    ctx.origin_iso3 = origins.most_common(1)[0][0] if origins else ""
    for iso3, _ in hosts.most_common():
        if iso3 != ctx.origin_iso3:
            ctx.host_iso3 = iso3
            break
    return ctx


def country_ref(iso3: str) -> PlaceRef | None:
    place = gazetteer.country(iso3) if iso3 else None
    return _ref(place) if place else None
