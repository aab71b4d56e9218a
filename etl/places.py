"""Which places a figure is about: origin, destination and location.

Place names are found and resolved by `geo.gazetteer`; this module decides the role each
one plays in a sentence, from the words in front of it ("into Burundi" -> destination,
"fuyant Goma" -> origin, "in Djugu" -> at, "the US urged" -> a bare mention), and, when a
sentence names no place, where the figure is from the document's context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from etl import vocabulary as V
from etl.text import title_case
from geo import gazetteer

# An optional article ("the", "la", "l'"), before a name or after the "de" of a unit
_THE = r"(?:(?:the|la|le|les|l[’'])\s*)?"
# Between a preposition and a place, an article and a generic noun may stand: "into the
# district capital of Chiúre", "dans le territoire de Masisi", "to the town of Uvira".
_DIRECTION = (
    r"(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|eastern|western|northern|southern|central|"
    r"north|south|east|west)"
)
_NEARBY = r"(?:neighbou?ring|nearby|rural|urban)"  # "fled to neighbouring Rwanda", "to rural
# El Tarra": not part of its name
_ARTICLE = (
    rf"{_THE}(?:(?:{_DIRECTION}|{_NEARBY})\s+)?"
    # (and a nationality: "in the southeastern Libyan town of Kufra")
    r"(?:(?-i:[A-Z])[a-z]+(?:an|ese)\s+)?"
    rf"(?:(?:[a-zà-ÿ]+\s+){{1,3}}(?:of|de|du|d[’'])\s*{_THE})?"
)
# A preposition ends with its word: "to" is not the start of "total étaient rentrées de"
# (whose last words _ARTICLE would otherwise read as "the camp of" after "to").
_WORD_END = r"(?:(?<!\w)|(?!\w))"


def _before_place(words: str) -> re.Pattern[str]:
    """The words (an alternation) ending right before a place, maybe with an article and
    a unit between ("to the town of", "dans le territoire de")."""
    return re.compile(rf"(?:^|\W)(?:{words}){_WORD_END}\s*{_ARTICLE}$", re.I)


_ORIGIN = _before_place(V.ORIGIN_BEFORE)
_WEAK_ORIGIN = _before_place(r"de|du|des|d[’']")
_INTO = _before_place(V.INTO_BEFORE)
_AT = _before_place(V.AT_BEFORE)
_MOVE_BEFORE = re.compile(rf"(?<!\w)(?:{V.MOVEMENT_STEMS})", re.I)  # not "département"
_JOINER = re.compile(rf"^(?:{V.PLACE_JOINERS})$", re.I)
# "Gatumba and Kansega": the joiner before a list's last place, and what may follow it
_LIST_END = re.compile(
    rf"^\s*,?\s*(?:{V.LIST_END_JOINERS})\s+(?:(?:de|du|d[’']|of)\s*)?$", re.I
)
# "les communes de Bosso et de Toumour", "between Bunia and Komanda": names in a list
# that a plural unit or "between" opens (searched in the 120 characters before a name)
_LIST_NAME = r"(?-i:[A-ZÀ-Þ][\w’'-]*(?:[ -][A-ZÀ-Þ][\w’'-]*){0,2})"
_LIST_JOINER = rf"\s*,?\s*(?:{V.LIST_END_JOINERS})\s+(?:(?:de|du|d[’']|of|the)\s*)?"
_OPENED_LIST = re.compile(
    rf"(?<![\w’'-])(?:{V.LIST_OPENERS})\s*{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})*"
    rf"(?:{_LIST_JOINER}|(?P<mid>\s*,\s*))$",
    re.I,
)
# ... a name after a comma only when the list goes on to its joiner ("Chiúre, Mecúfi et
# Ancuabe"; not "the territories of Rutshuru and Masisi, World Vision registered")
_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*{_LIST_NAME})*{_LIST_JOINER}{_LIST_NAME}", re.I)
_AFTER_LIST = re.compile(rf"\s*(?:[.;!?)]|$|(?:{V.AFTER_PLACE_LIST})(?![\w’'-]))", re.I)
_SITE_AFTER = re.compile(rf"^\s+(?:{V.SITE_WORDS})\b", re.I)
# A named site: "the Miconi transit centre", "the Dollo Ado camps" (a plural: several sites
# of one area), "site de Kigonze".
_TIME_NAMES = "|".join(w.capitalize() for w in (*V.MONTHS, *V.WEEKDAYS))
_UNLISTED_SITE = re.compile(
    # (an article is no name: "Le site de Kigonze" is the site of Kigonze; nor a
    # preposition: "Au centre de transit, ...")
    rf"\b((?!(?i:{V.NOT_SITE_NAMES})\s)(?:[A-Z][\w’'-]+\s+){{1,3}}(?:{V.SITE_WORDS})s?)\b"
    # (the site word may open a line: "Site de Timbé : 5 420 personnes")
    rf"|\b((?:{V.SITE_WORDS}|(?-i:Site|Camp))\s+(?:de\s+|d[’']|of\s+)?"
    # (a name of several words: "points d'entrée de Dan Issa")
    rf"([A-Z][\w’'-]+(?:[ \t]+(?!(?:{_TIME_NAMES})\b)[A-Z][\w’'-]+){{0,2}}))"
)
# Site words that are not part of a site's name: a crossing is known by its locality, and
# "the Dollo Ado camps" are the camps of Dollo Ado.
_NAMELESS_SITE_WORD = re.compile(rf"\s+(?:(?:{V.CROSSING_WORDS})|(?:{V.SITE_WORDS})s)$", re.I)
# Unknown names after a preposition of place or movement ("vers Fataki", "in Dollo Ado").
_NAME_WORD = r"[A-ZÀ-Þ][\w’'-]*"
# An Arabic name's article, joined to the next word ("Deir al-Balah", "al-Mawasi", "Ras
# el-Ain"): part of the name, though in lower case.
_PARTICLE_WORD = r"(?-i:(?:al|el|ad|ar|as|ash|az|an|at|ed|es|ez|en|ul)-[A-ZÀ-Þ][\w’'-]*)"
# ... and a Spanish or Portuguese one between two capitalised words ("Santa Bárbara de
# Iscuandé", "San Vicente del Caguán")
_CONNECTOR = rf"(?-i:(?:{V.NAME_CONNECTORS})[ \u00a0]+(?=[A-ZÀ-Þ]))"
_ELIDED_ARTICLE = re.compile(r"\b[lL][’']$")
_NAME_RUN = re.compile(
    # (a name may follow an elided "d'" or "l'": "au palais des congrès d'Arcachon", "dans
    # l'Aude")
    rf"(?:(?<![\w’'-])|(?<=\b[dDlL][’']))(?:{_NAME_WORD}|{_PARTICLE_WORD})"
    rf"(?:[ \u00a0]+{_CONNECTOR}?(?:{_NAME_WORD}|{_PARTICLE_WORD})){{0,2}}"
)
_POSSESSIVE = re.compile(r"[’']s$")
_UNRESOLVED_BEFORE = _before_place(V.UNRESOLVED_BEFORE)
_PEOPLE_FROM = _before_place(V.PEOPLE_FROM_BEFORE)
_PEOPLE_OF = _before_place(V.PEOPLE_OF_BEFORE)
_OPENING_PREPOSITION = re.compile(rf"(?:{V.OPENING_PLACE_PREPOSITIONS})", re.I)
_OPENING_ORIGIN = re.compile(rf"(?:{V.OPENING_ORIGIN_PREPOSITIONS})", re.I)
# ... and the kind of unit it is, before the comma ("In Krasnopillia hromada, crews")
_COLUMN_GAP = re.compile(r"\s{3,}|\t")
_UNIT_THEN_COMMA = re.compile(rf"\s+(?:{V.ADMIN_WORDS}|{V.LOCAL_UNIT_WORDS})(?: alone)?,", re.I)
_UNRESOLVED_NOT_AFTER = re.compile(
    rf"(?:{V.UNRESOLVED_NOT_AFTER})\s+(?:to|à){_WORD_END}\s*{_ARTICLE}$", re.I
)
_NOT_PLACE = re.compile(rf"(?<![\w-])(?:{V.NOT_PLACE_WORDS})(?![\w-])", re.I)
_TIME_WORDS = frozenset(V.MONTHS) | frozenset(V.WEEKDAYS)
# A month's three-letter abbreviation is also part of names ("Zinda Jan district"): after
# a name's first word it is a date only before a full stop or a day ("Dec. 5", "Jan 12").
_ABBREVIATED_MONTHS = frozenset(m for m in V.MONTHS if len(m) <= 3 and m not in ("may", "mai"))
_DATE_AFTER_ABBREVIATION = re.compile(r"\.|\s*\d")
# A list row labelled by a name: "Masnaa / Jdeidet Yabous : 165 300 Syriens", "Jousieh
# (Qousseir) : 35 200", "- Mecúfi: almost 9,000 displaced people", or a part of a list
# after a semicolon ("...; Ratnapura: 640 families") (a second name after "/" or in
# brackets is another name of the place or the area holding it).
_ROW_LABEL = re.compile(
    rf"(?m)(?:^[ \t•*–-]*|;[ \u00a0]*)({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}})"
    rf"[ \u00a0]*(?:[/(][^:\n]{{1,40}})?[ \u00a0]*:[ \u00a0]+(?=[^\n]{{0,25}}\d)"
)
_BY_PLACE_LIST = re.compile(rf"\W*(?:{V.BY_PLACE_LEAD})\s*[:–—]", re.I)
_BY_PLACE_NAME = re.compile(
    rf"(?:[:;]|\b(?:and|et)\b)[ \u00a0]*({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}})"
    r"[ \u00a0]+(?=\d)"
)
# A bold lead-in that names a place, ending with a full stop: "**Trèbes.**", "- **Faenza.**"
_LEAD_IN_PATTERN = (
    rf"[ \t]*(?:[-*•–][ \t]+)?\*\*({_NAME_WORD}(?:[ \u00a0]+{_CONNECTOR}?{_NAME_WORD}){{0,2}})"
    r"(?:\.\*\*|\*\*\.)[ \u00a0]"
)
_LEAD_IN = re.compile(_LEAD_IN_PATTERN)
_TOPIC = re.compile(rf"\b(?:{V.TOPIC_WORDS})\b", re.I)
_LEAD_IN_LINE = re.compile(rf"(?m)^{_LEAD_IN_PATTERN}")
_QUOTE_MARK = r"[“«\"]"
_QUOTE_AFTER = re.compile(rf"[ \u00a0]*{_QUOTE_MARK}")
_PERSON_AFTER = re.compile(rf"[ \u00a0]*(?:{_QUOTE_MARK}|(?:He|She|His|Her|Elle)\b)")
_LABEL_WORD = re.compile(
    "|".join(
        [rf"(?:{p})s?" for p, *_ in V.HEAD_NOUNS]
        + [rf"(?:{p})s?" for p, *_ in V.DISPLACEMENT_CUES]
        + [rf"(?:{V.LIST_LABEL_WORDS})"]
    ),
    re.I,
)
# "Burundi's biggest influx", "Moldova receives...": the place receives people.
# "Le camp de Nyarugusu, dans la région de Kigoma, abrite...", "the Dollo Ado camps, which
# host...": the same across an apposition or a relative pronoun.
_RECEIVES = re.compile(
    rf"^(?:[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{V.RECEIVING_NOUNS})"
    rf"|(?:\s*,[^,.;:]{{3,40}},)?(?:\s*,\s*(?:which|that|qui)\s+|\s+)(?:{V.RECEIVING_VERBS}))\b",
    re.I,
)
# "from villages in Bay", "ont fui les villages autour de Komanda": the area people left.
_ORIGIN_AREA = re.compile(
    rf"(?:^|\W)(?:{V.ORIGIN_BEFORE})\s+(?:(?:the|their|les|leurs|des|of)\s+)?(?:\w+\s+)?"
    rf"(?:{V.HOME_NOUNS})\s+(?:in|around|near|of|autour de|près de|de|du|d[’'])\s*(?:the\s+)?$",
    re.I,
)
# A part of a place: "dans l'est du", "in the north of"
_PART_OF = (
    rf"(?:{V.AT_BEFORE})\s+{_THE}(?:{V.PART_WORDS})\s+"
    rf"(?:of|de|du|des|d[’'])\s*{_THE}"
)
_ARRIVED_BEFORE = re.compile(
    rf"(?:{V.ARRIVAL_CUES})\W+(?:\w+\W+){{0,3}}$"
    # "arrivés dans l'est du Tchad", "arrived in the north of Chad"
    rf"|(?:{V.ARRIVAL_CUES})\W+(?:\w+\W+){{0,1}}{_PART_OF}$"
    # ... "arrived in the eastern Chadian town of"
    rf"|(?:{V.ARRIVAL_CUES})\W+(?:in|at|into|à|au|aux|en|dans)\s+{_ARTICLE}$",
    re.I,
)
_KIND_WORDS = rf"{V.ADMIN_WORDS}|{V.SITE_WORDS}"
_ADMIN_AFTER = re.compile(rf"\s+(?:{_KIND_WORDS})$", re.I)
_UNIT_AFTER = re.compile(rf"\s+(?:{V.ADMIN_WORDS})(?![\w-])", re.I)
_UNIT_BEFORE = re.compile(rf"(?<![\w-])({V.ADMIN_WORDS})\s+$", re.I)
_ADMIN_BEFORE = re.compile(
    # (whole words: "la région des Savanes" is the Savanes)
    rf"^(?:(?:the|la|le|les)\s+)?(?:{_KIND_WORDS})\s+"
    r"(?:de l[’']\s*|(?:of|des|de|du)\s+|d[’']\s*)", re.I
)
# "dans les sites de Kansega", "fled the town of Goma": the unit that names the place.
_UNIT_OF = re.compile(
    rf"(?<![\w-])(?:(?:the|la|le|les|l[’'])\s+)?(?:{_KIND_WORDS})s?\s+(?:of|de|du|d[’'])\s*"
    rf"{_THE}$",
    re.I,
)
_OF_BEFORE = re.compile(rf"(?<![\w-])(?:of|de|du|d[’'])\s*{_THE}$", re.I)
# "in Myanmar's Sagaing region", "flee Sudan's Wad Madani": the place a name belongs to
_OWNER_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:(?i:{V.UNRESOLVED_BEFORE})\s+)?"  # ("In Chad's Ouaddai": not "In Chad")
    rf"([A-ZÀ-Þ][\w-]*(?:[ -][A-ZÀ-Þ][\w-]*)?)[’']s\s+$"
)
_NUMBERED_PERIOD = re.compile(rf"(?:{V.NUMBERED_PERIOD_WORDS})\s+\d")
_GROUP_AFTER = re.compile(rf"\s+(?:{V.GROUP_NOUNS})\b")
# "arrivés dans l'est du Tchad": the "du" of a part, not of an origin, when people
# arrived there (and did not flee it: "ont fui les combats dans le nord du Mali")
_PART_OF_BEFORE = re.compile(rf"(?:^|\W){_PART_OF}$", re.I)
_ARRIVAL_ONLY = re.compile(
    r"^(?!.*(?<!\w)(?:fui|fuy|quitt|chass|fled|fleeing|left))(?=.*(?<!\w)arriv)", re.I | re.S
)
_BORDER_AFTER = re.compile(r"(?:[’']s)?\s+(?:border|frontier)s?\b", re.I)
_FROM_A_PLACE = re.compile(rf"(?:^|\W){V.FROM_A_PLACE}$", re.I)
_DATELINE_BEFORE = re.compile(r"\W*(?:from|depuis)\s+(?:la |le |l[’'])?$", re.I)
_SPEAKS_AFTER = re.compile(
    rf",\s*[^,.;]{{0,40}}?\b(?:{V.SPEAKING_WORDS})\b",
    re.I,
)
_CITED_BEFORE = re.compile(
    r"(?:^|\W)(?:according to|thanks to|due to|owing to|selon|d[’']après|grâce (?:à|au|aux))"
    rf"\s*{_THE}$",
    re.I,
)
_FRENCH_NOUN_BEFORE = re.compile(r"(?:\bde|\bdes|\bles|\baux|d[’'])\s*$", re.I)
_ORGANISATION_AFTER = re.compile(rf"^\s+(?:{V.ORGANISATION_WORDS}|{V.STREET_WORDS})\b")
_AS_WORDS = {name: re.compile(after, re.I) for name, after in V.PLACE_NAMES_AS_WORDS.items()}
_PLACE_ARTICLE = re.compile(V.PLACE_ARTICLE_BEFORE)
_ORGANISATION_BEFORE = re.compile(rf"\b(?:{V.ORGANISATION_BEFORE})\s+$")
_STREET_BEFORE = re.compile(rf"\b(?:{V.STREET_BEFORE})$", re.I)
_STREET_OF_PLACE = re.compile(rf"\b(?:{V.STREET_OF_PLACE_BEFORE})(?:{V.STREET_BEFORE})$", re.I)
_SCENE_BEFORE = _before_place(V.SCENE_BEFORE)
_REFERENCE_BEFORE = re.compile(rf"(?:{V.REFERENCE_BEFORE})\s*$", re.I)
_SIDE_BEFORE = re.compile(rf"\b({_DIRECTION})\s+$", re.I)
_ARTICLES = re.compile(r"^(?:the|le|la|les)\s+", re.I)
_PEOPLE_NEAR_DEMONYM = re.compile(rf"(?:{V.DEMONYM_PEOPLE})", re.I)


class PlaceRef(NamedTuple):
    """A place as a figure refers to it; several gazetteer places for "Goma and Minova"."""

    name: str
    place_id: str
    iso3: str
    admin1: str
    lat: float | None
    lon: float | None

    @property
    def is_country(self) -> bool:
        return bool(self.place_id) and self.place_id == self.iso3


class Found(NamedTuple):
    """A place named in a sentence, and the role the words before it give it."""

    start: int
    end: int
    ref: PlaceRef
    role: str  # origin | destination | at | mention | demonym | people | reference | scene | label
    # "people": a nationality that qualifies the people counted ("Congolese refugees");
    # "demonym": any other ("Rwandan troops"), which says nothing of where people are.


def _ref(place: gazetteer.Place, name: str | None = None) -> PlaceRef:
    return PlaceRef(
        name or place.name, place.place_id, place.iso3, place.admin1, place.lat, place.lon
    )


def _container(refs: list[PlaceRef]) -> tuple[str, str, str]:
    """place_id, iso3, admin1 of the smallest unit holding every place of a list. A list
    with places the gazetteer lacks is in the country (and province) of the places it knows
    ("the Kansega, Cishemere and Gatumba sites" are in Burundi), but is not that unit: its
    place_id stays empty, so it is neither taken for the country (people reaching a
    country come from abroad) nor drawn at the country's centre."""
    if len({r.place_id for r in refs}) == 1:
        return refs[0].place_id, refs[0].iso3, refs[0].admin1
    known = [r for r in refs if r.iso3]
    iso3s, admin1s = {r.iso3 for r in known}, {r.admin1 for r in known}
    if len(iso3s) != 1:
        return "", "", ""
    iso3 = next(iter(iso3s))
    admin1 = next(iter(admin1s)) if len(admin1s) == 1 else ""
    if len(known) < len(refs) or "" in admin1s:
        # (towns whose province the gazetteer does not know may share one: the country
        # is not known to be the smallest unit holding them)
        return "", iso3, admin1
    if admin1:
        return admin1, iso3, admin1
    if any(r.place_id not in (r.admin1, r.iso3) for r in known):
        # towns of several provinces: a list of them in one country is not that country
        # ("displaced mostly to Tyre, Nabatieh and Beirut" have not left Lebanon)
        return "", iso3, ""
    return iso3, iso3, ""


def join(refs: list[PlaceRef]) -> PlaceRef:
    """One PlaceRef naming several places ("Kansega, Cishemere and Gatumba"), located at
    the smallest unit holding them all."""
    if len(refs) == 1:
        return refs[0]
    names = [r.name for r in refs]
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    place_id, iso3, admin1 = _container(refs)
    holder = gazetteer.get(place_id) if place_id else None
    # no unit holds them all: drawn at the first place of the list with a point
    first = next((r for r in refs if r.lat is not None), refs[0])
    lat = holder.lat if holder else first.lat
    lon = holder.lon if holder else first.lon
    return PlaceRef(name, place_id, iso3, admin1, lat, lon)


def _demonym_role(sentence: str, start: int, end: int) -> str:
    """ "people" when the nationality qualifies people ("Congolese refugees", "réfugiés
    congolais", "1,300+ Congolese sheltering", "Rohingya who"), else "demonym"."""
    before = sentence[max(0, start - 25) : start]
    after = sentence[end : end + 25]
    # a count right before ("1,300+ Congolese"), but not a year ("the 1994 Rwandan genocide")
    count_before = re.search(
        r"(?<![\d.,])(?:\d{1,3}(?:[,. \u202f\u00a0]\d{3})+|\d{1,3})\+?\s*$", before
    )
    if _PEOPLE_NEAR_DEMONYM.match(after.strip()) or count_before:
        return "people"
    if re.search(rf"(?:{V.DEMONYM_PEOPLE})\s*$", before, re.I):
        return "people"
    if sentence[start].isupper() and _FRENCH_NOUN_BEFORE.search(before):
        return "people"  # "l'afflux de Congolais": a capitalised French demonym is a noun
    return "demonym"


def _own_name(name: str) -> str:
    """A name the gazetteer lacks, without an English possessive ("Marib's camps", "in
    Tibú's urban centre" name Marib and Tibú)."""
    return _POSSESSIVE.sub("", name) or name


def _plain_name(text: str) -> str:
    """A gazetteer place's name as written, without the kind of unit or site ("Masisi
    territory" -> "Masisi", "centre de transit de Cishemere" -> "Cishemere"): the place_id
    says what it is."""
    plain = _ADMIN_BEFORE.sub("", text)
    if " " in plain.strip():
        plain = _ADMIN_AFTER.sub("", plain)
    return plain if plain.strip() else text


def _role(sentence: str, start: int, end: int) -> str:
    before = sentence[max(0, start - 30) : start]
    # The unit naming a place gives it its role when the words before the unit give it one
    # ("arrivés dans les sites de Kansega", "fled to the town of Goma"): its "de" says which
    # unit, not where people came from. (`end` stays the place's own: "the camp of Kakuma,
    # which hosts" still receives people. _UNIT_OF is tried only after an "of" or "de", as
    # it scans every position of the window.)
    if _BORDER_AFTER.match(sentence, end) and _INTO.search(before):
        return "reference"  # "toward the Bangladesh border", "to Chad's border": not in it
    if _CITED_BEFORE.search(before):
        # "according to Kinshasa", "thanks to Japan's funding": who speaks or gives
        return "mention"
    if _DATELINE_BEFORE.match(before) and _SPEAKS_AFTER.match(sentence, end):
        # "From Geneva, UNHCR said ...", "Depuis Ouagadougou, le ministère a annoncé ...":
        # where the speaker is, not where people came from
        return "mention"
    if (owner := _OWNER_BEFORE.search(before)) and not owner.group(1).isupper():
        # a place named as part of another takes the role of its owner ("in Myanmar's
        # Sagaing region"); not of an organisation ("UNHCR's Goma office")
        return _role(sentence, max(0, start - 30) + owner.start(1), end)
    unit = _UNIT_OF.search(before) if _OF_BEFORE.search(before) else None
    if unit and (role := _role(sentence, max(0, start - 30) + unit.start(), end)) != "mention":
        return role
    if _REFERENCE_BEFORE.search(before):
        return "reference"  # "à 15 kilomètres de Bujumbura": a landmark, not where people are
    if _SCENE_BEFORE.search(before):
        return "scene"  # "after attacks in Djugu": where it happened, maybe not the people
    if _RECEIVES.match(sentence[end : end + 90]):
        return "destination"
    if (
        _ORIGIN.search(before) or _FROM_A_PLACE.search(before)
        or _ORIGIN_AREA.search(sentence[max(0, start - 60) : start])
    ):
        return "origin"
    if _INTO.search(before):
        return "destination"
    weak = _WEAK_ORIGIN.search(before)
    window = sentence[max(0, start - 60) : start]
    if (
        weak
        and _MOVE_BEFORE.search(window)
        # "arrivés dans l'est du Tchad" (not "ont fui les combats dans le nord du Mali")
        and not (_PART_OF_BEFORE.search(before) and _ARRIVAL_ONLY.search(window))
    ):
        return "origin"
    at = _AT.search(before)
    if at or weak:
        # "sont entrées au Burundi", "arrived in Metuge": where people arrived
        return (
            "destination" if _ARRIVED_BEFORE.search(sentence[max(0, start - 45) : start]) else "at"
        )
    return "mention"


def find_in_sentence(sentence: str) -> list[Found]:
    """Places named in a sentence, each with its role, in order."""
    return list(sentence_places(sentence))


@lru_cache(maxsize=8192)
def sentence_places(sentence: str, lead_ins: bool = False) -> tuple[Found, ...]:
    """`find_in_sentence`, remembered by sentence like `listed` (a pure function of the
    text; reports repeat sentences); with the place of a bold lead-in (`lead_in_names`) in a
    report that has several."""
    return tuple(complete(sentence, listed(sentence), lead_ins))


def listed(sentence: str) -> tuple[Found, ...]:
    """The places of `find_in_sentence` that the gazetteer knows (the ones with a
    place_id, all that `document_places` reads), in order: the first part of the work,
    which `complete` finishes."""
    return _listing(sentence)[0]


def organisation_countries(sentence: str) -> frozenset[str]:
    """The countries a sentence names only inside an organisation's name ("Fiji Red Cross
    (Ra branch)", "Uganda Police"): no place of the report's, but a sign of its country."""
    return _listing(sentence)[1]


@lru_cache(maxsize=8192)
def _listing(sentence: str) -> tuple[tuple[Found, ...], frozenset[str]]:
    """`listed` and `organisation_countries`, found in one pass. Remembered by sentence: a
    pure function of the text (the gazetteer does not change during a run, and a Found
    cannot be changed), and reports repeat sentences (boilerplate, disclaimers, a teaser
    restating a paragraph)."""
    found: list[Found] = []
    organisations: set[str] = set()
    for m in gazetteer.find(sentence):
        if _ORGANISATION_AFTER.match(sentence[m.end : m.end + 30]) or _ORGANISATION_BEFORE.search(
            sentence[max(0, m.start - 30) : m.start]
        ):
            # "the Arakan Army", "Congo River Alliance": a group; "Olinda Road"
            if m.place.place_id == m.place.iso3 and not m.demonym:
                organisations.add(m.place.iso3)
            continue
        if (street := _STREET_BEFORE.search(sentence, max(0, m.start - 25), m.start)) and not (
            _STREET_OF_PLACE.search(sentence, max(0, street.start() - 12), m.start)
        ):
            continue  # "la rue de Kiev": a street (not "une rue de Bunia", the town's)
        if (
            (word := _AS_WORDS.get(m.text.casefold()))
            and word.match(sentence, m.end)
            and not _PLACE_ARTICLE.search(sentence, max(0, m.start - 20), m.start)
        ):
            continue  # "Réunion de coordination": a meeting, not the island
        if m.demonym:
            unit = _UNIT_BEFORE.search(sentence, max(0, m.start - 20), m.start)
            named = unit and (
                gazetteer.lookup(f"{unit.group(1)} {m.text}")
                or gazetteer.lookup(f"{m.text} {unit.group(1)}")
            )
            if named and named.place_id != named.iso3:
                # "la région Somali", "Somali region": the unit named like the people
                role = _role(sentence, unit.start(), m.end)
                found.append(Found(m.start, m.end, _ref(named, m.text), role))
                continue
            role = _demonym_role(sentence, m.start, m.end)
            found.append(Found(m.start, m.end, _ref(m.place), role))
            continue
        if _CURRENCY_AFTER.match(sentence, m.end):
            continue  # "US$ 12 million", "40 million US dollars": money, not a place
        if _RIVER_BEFORE.search(sentence, max(0, m.start - 25), m.start) or _RIVER_AFTER.match(
            sentence, m.end
        ):
            continue  # "the right bank of the Dnipro", "le fleuve Congo": a river
        if m.place.place_id != m.place.iso3 and _NAME_CONTINUES.match(sentence, m.end):
            continue  # "Santa Bárbara de Iscuandé", "San Vicente del Caguán": a longer name
        end, name = m.end, None
        if site := _SITE_AFTER.match(sentence[m.end : m.end + 30]):
            end = m.end + site.end()  # "Makombe transit site" is one mention of Makombe
        # the name as the report writes it ("Chiúre Sede", "Rubavu"); countries by their
        # usual English name, whatever the report's language ("Tchad" -> "Chad")
        is_country = m.place.place_id == m.place.iso3
        name = None if m.text.isupper() or is_country else _plain_name(m.text)
        if side := _SIDE_BEFORE.search(sentence[max(0, m.start - 20) : m.start]):
            name = f"{side.group(1).lower()} {name or m.place.name}"  # "eastern Chad"
        role = _role(sentence, m.start, end)
        if role == "mention" and gazetteer.is_regional_town(m.place.place_id) and _a_persons(
            sentence, m.start, m.end
        ):
            continue  # "said Ana Cárdenas", "Bahar, 34, ...", "Fundación Halü", "Plan Frontera Sur"
        if role == "mention" and gazetteer.is_spelling(m.place.place_id, m.text):
            # another spelling of a town is a place only where the words around it make
            # it one (a preposition of place, a list of places, a row label): alone it is
            # as often a person or a word ("Borislav, 67, said", "Mille personnes")
            joined = found and _JOINER.match(sentence[found[-1].end : m.start])
            if not joined and not _ROW_LABEL.match(sentence, _line_start(sentence, m.start)):
                continue
        found.append(Found(m.start, end, _ref(m.place, name), role))
    return tuple(found), frozenset(organisations)


# A Spanish or Portuguese name going on past the gazetteer's ("Santa Bárbara de Iscuandé")
_NAME_CONTINUES = re.compile(rf" (?:{V.NAME_CONNECTORS}|de la) (?-i:[A-ZÀ-Þ])")
_QUALIFIER_AFTER = re.compile(rf" ({V.UNIT_QUALIFIERS})(?![\w’'-])")
# A name that is a person's or an organisation's: after a given name, title or other
# capitalised word (not a sentence's first word), before another capitalised word, or
# followed by an age
_CAPITALISED_BEFORE = re.compile(r"(?<=[\w,;:’'\"“)]\s)[A-ZÀ-Þ][\w’'-]*\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-ZÀ-Þ])")
_RIVER_BEFORE = re.compile(
    r"(?:\b(?:banks?|shores?) of the|\brives? (?:droite |gauche )?(?:du|de la|de l[’'])"
    r"|\b(?:river|fleuve|rivière))\s*$",
    re.I,
)
_RIVER_AFTER = re.compile(
    r"\s+(?:river|fleuve)\b(?!\s+(?:ports?|landing|harbou?r|quay|jetty|crossing|terminal))", re.I
)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:,|ans\b|years\b)")
_CURRENCY_AFTER = re.compile(r"\$|\s+dollars?\b", re.I)


def _a_persons(sentence: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 30) : start]
    candidate = _CAPITALISED_BEFORE.search(before)
    if candidate and not gazetteer.find(candidate.group().strip()):
        return True
    if _NAME_GOES_ON.match(sentence, end) and not gazetteer.find(sentence[end : end + 30].strip()):
        return True
    return bool(_AGE_AFTER.match(sentence, end))


def _line_start(sentence: str, pos: int) -> int:
    return sentence.rfind("\n", 0, pos) + 1


def complete(
    sentence: str, listed_places: Sequence[Found], lead_ins: bool = False
) -> list[Found]:
    """`find_in_sentence` from the places `listed` gave for the same sentence: with the
    sites and names the gazetteer lacks (and a bold lead-in's, with `lead_ins`)."""
    found = [_qualified(sentence, f) for f in listed_places]
    found.extend(_unlisted_sites(sentence, found))
    found.extend(_unresolved(sentence, found))
    found.extend(_row_labels(sentence, found))
    if lead_ins:
        found = _with_lead_in(sentence, found)
    found.sort(key=lambda f: f.start)
    return found


def lead_in_names(text: str) -> set[str]:
    """The names a report's paragraphs open on in bold ("**Trèbes.** 312 personnes
    évacuées ...", "- **Faenza.** The Borgo Durbecco district ..."), when all could be
    places: a report's lead-ins are places or topics ("**Background.**", "**Response.**",
    `V.TOPIC_WORDS`), and one topic says they are topics. Several such names are the places
    its paragraphs are about."""
    leads = list(_LEAD_IN_LINE.finditer(text))
    names = {m.group(1) for m in leads}
    # (a lead-in whose paragraph goes on with a pronoun or a quote names a person: "**Amani
    # Bahati.** She fled Sake with 40 other families", "**Jean.** « Nous avons fui »")
    if any(_PERSON_AFTER.match(text, m.end()) for m in leads):
        return set()
    return names if all(_lead_name(n) for n in names) else set()


def _lead_name(name: str) -> bool:
    return not (
        _not_a_name(name)
        or _TOPIC.search(name)
        or any(_LABEL_WORD.fullmatch(w) for w in name.split())
    )


def _with_lead_in(sentence: str, found: list[Found]) -> list[Found]:
    """`found` with the place of the sentence's bold lead-in, where its paragraph is until
    it names another: a name the gazetteer lacks, or one it knows that a lead-in would
    leave a mere mention."""
    m = _LEAD_IN.match(sentence)
    if m is None or not _lead_name(m.group(1)):
        return found
    start, end = m.span(1)
    known = [k for k in found if k.start < end and start < k.end]
    if not known:
        return [*found, Found(start, end, PlaceRef(m.group(1), "", "", "", None, None), "at")]
    return [Found(k.start, k.end, k.ref, "at") if k in known and k.role == "mention" else k
            for k in found]


def _qualified(sentence: str, f: Found) -> Found:
    """A town or province named with a word that makes it another unit ("Bor South
    County", "Aceh Besar"; not "Goma South Kivu", where a place follows): that unit, which
    the gazetteer lacks, kept by its name at the point of the one it knows."""
    qualifier = _QUALIFIER_AFTER.match(sentence, f.end)
    if qualifier is None or f.ref.is_country or not f.ref.place_id:
        return f
    if _QUALIFIER_AFTER.match(sentence, qualifier.end()):
        return f  # "Maiduguri North East Nigeria": a direction
    if any(m.start == 0 for m in gazetteer.find(sentence[qualifier.start(1) : f.end + 40])):
        return f
    unit = PlaceRef(f"{f.ref.name} {qualifier.group(1)}", "", "", "", None, None)
    return Found(f.start, qualifier.end(), within(unit, f.ref), f.role)


def _unlisted_sites(sentence: str, known: list[Found]) -> list[Found]:
    """Named camps and sites missing from the gazetteer ("the Miconi transit centre"),
    kept by name with no coordinates, so the figure at least says where it is."""
    out = []
    for m in _UNLISTED_SITE.finditer(sentence):
        if _COLUMN_GAP.search(m.group()):
            continue  # a table's header laid out with spaces: "Site          Households"
        if m.group(1):
            start, end = m.span(1)
        else:  # "site de Kigonze", "camp of Kakuma", "poste frontière d'Ekok": its name
            start, end = m.span(3)
        name = sentence[start:end]
        if article := _ARTICLES.match(name):
            start, name = start + article.end(), name[article.end() :]
        if any(k.start < end and start < k.end for k in known):
            continue
        proper = name.split()[0]
        if not proper[:1].isupper() or _ARTICLES.match(proper + " ") or _not_a_name(name):
            continue  # ("le site de MSF", "le site Internet de l'OCHA")
        if m.group(1) and (bare := _NAMELESS_SITE_WORD.search(name)):
            name = name[: bare.start()]  # "Palanca crossing point" -> "Palanca"
        out.append(
            Found(
                start, end, PlaceRef(_own_name(name), "", "", "", None, None),
                _role(sentence, start, end),
            )
        )
    return out


def _is_time_word(sentence: str, offset: int, word: re.Match) -> bool:
    """Is this word of a name run (a match inside the run starting at `offset`) a month or
    weekday ("à Fataki Mardi", "in Feb", "from Dec. 5")? A month's abbreviation after the
    first word of a name is part of it ("Zinda Jan"), unless a day or full stop follows."""
    w = word.group().casefold()
    if w in _ABBREVIATED_MONTHS and word.start() > 0:
        return _DATE_AFTER_ABBREVIATION.match(sentence, offset + word.end()) is not None
    return w in _TIME_WORDS


def _unresolved(sentence: str, known: list[Found]) -> list[Found]:
    """Places the gazetteer lacks, named after a preposition of place or movement: "vers
    Fataki", "returned to Mucojo", "dans la zone de santé de Nizi". Kept by name with no
    coordinates, so that the figure says where it is rather than falling back on its
    country. Not a place: a name at the start of a sentence, in a headline written in
    title case, an acronym ("UNHCR", "M23"), a month or weekday, or a name holding a word of
    `NOT_PLACE_WORDS` (organisations, titles, languages)."""
    if title_case(sentence):
        return []
    out = []
    for m in _NAME_RUN.finditer(sentence):
        start = m.start()
        words = list(re.finditer(r"\S+", m.group()))
        unit = _UNIT_THEN_COMMA.match(sentence, m.end())
        if len(words) > 1 and (
            (_OPENING_PREPOSITION.fullmatch(words[0].group())
             and (sentence.startswith(",", m.end()) or unit))
            or (_OPENING_ORIGIN.fullmatch(words[0].group()) and unit)
        ):
            # a sentence opening on a place ("À Rhoe, ...", "In Kigonze, ...", "In
            # Krasnopillia hromada, ..."; not "In Week 8, ...", "In Houthi-controlled
            # areas"): the name follows the preposition
            start += words[1].start()
            words = list(re.finditer(r"\S+", m.group()[words[1].start() :]))
        # a name stops before a month or weekday ("à Fataki Mardi")
        while words and any(_is_time_word(sentence, start, w) for w in words):
            words.pop()
        if not words:
            continue
        end = start + words[-1].end()
        name = sentence[start:end]
        if _NOT_PLACE.search(name) or any(k.start < end and start < k.end for k in known):
            continue
        if _GROUP_AFTER.match(sentence, end):
            continue  # "Hema and Lendu communities": a people, not a place
        if _NUMBERED_PERIOD.match(sentence, start):
            continue  # "recorded in Round 47"
        first = words[0].group().replace("’", "'").split("'")[0]
        if first.isupper() or first[:-1].isupper() and first.endswith("s") or any(
            c.isdigit() for c in first
        ):
            continue  # an acronym, or several ("IDPs", "NGOs")
        # the last of a list of places ("reached Gatumba and Kansega on Monday") is one of
        # them; not a name that goes on as a subject ("in Goma and Caritas gave")
        list_before = next(
            (
                k
                for k in (*known, *out)
                if k.end <= start
                and k.role in ("at", "destination", "origin")
                and _LIST_END.match(sentence[k.end : start])
                and _AFTER_LIST.match(sentence, end)
            ),
            None,
        )
        before = sentence[max(0, start - 40) : start]
        opened = None
        if list_before is None:
            window = max(0, start - 120)
            opened = _OPENED_LIST.search(sentence[window:start])
            if opened is not None and opened.group("mid") and not _LIST_GOES_ON.match(
                sentence, end
            ):
                opened = None
        if opened is not None:
            role = _role(sentence, window + opened.start(), end)
        elif list_before is None and _PEOPLE_FROM.search(before):
            role = "origin"
        elif list_before is None and _PEOPLE_OF.search(before):
            role = "at"
        elif list_before is None and (
            not _UNRESOLVED_BEFORE.search(before) or _UNRESOLVED_NOT_AFTER.search(before)
        ):
            continue
        else:
            role = list_before.role if list_before is not None else _role(sentence, start, end)
        if gazetteer.is_stopname(name) or (
            _ELIDED_ARTICLE.search(sentence, max(0, start - 3), start)
            and gazetteer.lookup(name) is None
        ):
            continue  # (after "l'", a place the gazetteer knows: not "vers l'État nigérian")
        name = _own_name(_plain_name(name))
        if role == "mention":
            continue
        out.append(Found(start, end, PlaceRef(name, "", "", "", None, None), role))
    return out


def _row_labels(sentence: str, known: list[Found]) -> list[Found]:
    """The label of a list row that gives a count, when it is a name the gazetteer lacks
    and no word of the extractor's vocabulary ("Returns:", "Women:", "Total:"); or each
    part's name in a sentence that breaks a figure down by place ("By municipality: Wajima
    City 10,350 people; Suzu City 6,780 people")."""
    out = []
    labels = list(_ROW_LABEL.finditer(sentence))
    if breaks_down_by_place(sentence):
        labels += _BY_PLACE_NAME.finditer(sentence)
    for m in labels:
        start, end = m.span(1)
        name = m.group(1)
        if any(k.start < end and start < k.end for k in known) or _not_a_name(name):
            continue
        if any(_LABEL_WORD.fullmatch(w) for w in name.split()):
            continue
        if _QUOTE_AFTER.match(sentence, m.end()):
            continue  # a speaker and the words quoted ('Glenn (county planner): "We registered')
        # "label": the place of its own row only, not of the rows after it ("Total : ...")
        out.append(Found(start, end, PlaceRef(name, "", "", "", None, None), "label"))
    return out


def breaks_down_by_place(sentence: str) -> bool:
    """Does the sentence break a figure down by place, each part named before its number
    ("By municipality: Wajima City 10,350 people; Suzu City 6,780 people")?"""
    return _BY_PLACE_LIST.match(sentence) is not None


def _not_a_name(name: str) -> bool:
    """Capitalised words that are no place: an acronym, a month, a weekday, a word of
    `NOT_PLACE_WORDS`, a word of stopnames.txt."""
    words = name.split()
    first = words[0].replace("’", "'").split("'")[0]
    return (
        first.isupper()
        or any(c.isdigit() for c in first)
        or any(w.casefold() in _TIME_WORDS for w in words)
        or bool(_NOT_PLACE.search(name))
        or gazetteer.is_stopname(name)
    )


def grouped(found: list[Found], sentence: str, index: int) -> PlaceRef:
    """The place at `index` with the places listed beside it ("Goma et de Minova"). A place
    followed by the unit that holds it ("Goma, North Kivu") is one place, not a list."""

    def joined(a: Found, b: Found) -> bool:
        if a.role in ("demonym", "people") or b.role in ("demonym", "people"):
            return False
        if b.ref.place_id and b.ref.place_id in (a.ref.iso3, a.ref.admin1):
            return False
        if a.ref.place_id and a.ref.place_id in (b.ref.iso3, b.ref.admin1):
            return False  # "En Tanzanie, le camp de Nyarugusu": a frame, then a place in it
        between = sentence[a.end : b.start]
        if between.strip() == "," and _UNIT_AFTER.match(sentence, b.end):
            return False  # "the town of Baras, Rizal province": the unit that holds it
        return bool(_JOINER.match(between))

    def holds(a: Found, b: Found) -> bool:  # "Maiduguri, Borno": Borno is Maiduguri's unit
        return (
            bool(b.ref.place_id) and b.ref.place_id in (a.ref.iso3, a.ref.admin1)
            and sentence[a.end : b.start].strip() == ","
        )

    # (a list goes on past the unit that holds one of its places: "Maiduguri, Borno and
    # Yola, Adamawa" lists two towns)
    lo = hi = index
    units: set[int] = set()
    while lo > 0:
        if joined(found[lo - 1], found[lo]):
            lo -= 1
        elif lo < index and lo > 0 and holds(found[lo - 1], found[lo]):
            units.add(lo)
            lo -= 1
        else:
            break
    while hi + 1 < len(found):
        if joined(found[hi], found[hi + 1]):
            hi += 1
        elif (hi + 2 < len(found) and holds(found[hi], found[hi + 1])
              and joined(found[hi + 1], found[hi + 2])):
            units.add(hi + 1)
            hi += 2
        else:
            break
    return join([f.ref for k, f in enumerate(found[lo : hi + 1], lo) if k not in units])


@dataclass
class DocumentPlaces:
    """What a document as a whole says of places, for figures whose sentence is silent."""

    main: PlaceRef | None = None  # the place the document is most about
    province: PlaceRef | None = None  # the province whose places it names most
    host_iso3: str = ""  # the country receiving people from abroad, when there is one
    host_weight: int = 0  # how often people are said to enter it (the headline twice)
    origin_iso3: str = ""  # the country people come from
    # the countries it names as places, or through towns no other country has a namesake
    # of; and every country it mentions at all, nationalities included (`localise`)
    countries: frozenset[str] = frozenset()
    mentioned: frozenset[str] = frozenset()


def document_places(
    found_by_sentence: list[list[Found]],
    moving: list[bool],
    crossing: list[bool],
    returning: list[bool] | None = None,
    organisations: frozenset[str] = frozenset(),
) -> DocumentPlaces:
    """Tally the places of all sentences (as `find_in_sentence` gives them): the most named
    one, the country people cross into, and the nationality of the people counted.

    Origins and hosts are read only in sentences that speak of people moving (`moving`);
    a destination is a host country when it is a country or the sentence speaks of
    crossing a border (`crossing`), and the report mentions some other country people could
    come from (not a river crossed inside the one country it names). The nationals of a
    sentence about going home, and not about crossing a border (`returning`: "South
    Sudanese returnees"), are going to their own country: it is not the one people come
    from. `organisations`: the countries the report names only in organisations' names
    ("Fiji Red Cross"), its country when it names none otherwise."""
    countries, mentioned = _report_countries(found_by_sentence, organisations)
    found_by_sentence = [localise(found, countries, mentioned) for found in found_by_sentence]
    named: Counter[str] = Counter()
    named_moving: Counter[str] = Counter()  # countries named where people move
    refs: dict[str, PlaceRef] = {}
    hosts: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    for i, found in enumerate(found_by_sentence):
        weight = 2 if i == 0 else 1  # the headline says what the report is about
        # nationals entering their own country, and no one else, are going home ("Syrians
        # crossed back into Syria"): it is not a host
        nationals = {f.ref.iso3 for f in found if f.role == "people"}
        for f in found:
            if f.role == "demonym" or not f.ref.place_id:
                continue
            if f.role == "people":
                # (a sentence about refugees and return, "refugees reluctant to return
                # home", still names where the refugees come from)
                if returning is None or not returning[i] or crossing[i]:
                    origins[f.ref.iso3] += weight
                continue
            named[f.ref.place_id] += weight
            refs.setdefault(f.ref.place_id, f.ref)
            if not moving[i] or not f.ref.iso3:
                continue
            named_moving[f.ref.iso3] += weight
            if f.role == "destination" and (f.ref.is_country or crossing[i]):
                if not nationals or nationals != {f.ref.iso3}:
                    hosts[f.ref.iso3] += weight
            elif f.role == "origin":
                origins[f.ref.iso3] += weight
    ctx = DocumentPlaces(countries=countries, mentioned=mentioned)
    if named:
        ctx.main = refs[named.most_common(1)[0][0]]
    elif len(countries) == 1 and (country := gazetteer.get(next(iter(countries)))) is not None:
        # (a report whose places the gazetteer lacks, its country named in "Fiji Red Cross")
        ctx.main = _ref(country)
    provinces: Counter[str] = Counter()
    for place_id, n in named.items():
        if refs[place_id].admin1:
            provinces[refs[place_id].admin1] += n
    if provinces:
        place = gazetteer.get(provinces.most_common(1)[0][0])
        ctx.province = _ref(place) if place else None
    ctx.origin_iso3 = origins.most_common(1)[0][0] if origins else ""
    for iso3, _ in hosts.most_common():
        if iso3 != ctx.origin_iso3 and mentioned - {iso3}:
            ctx.host_iso3, ctx.host_weight = iso3, hosts[iso3]
            break
    if ctx.host_iso3 and not ctx.origin_iso3:
        # people cross into the host from the other country the report is about
        ctx.origin_iso3 = next((c for c, _ in named_moving.most_common() if c != ctx.host_iso3), "")
    return ctx


MIN_SHARED_PLACES = 3


def _report_countries(
    found_by_sentence: list[list[Found]], organisations: frozenset[str] = frozenset()
) -> tuple[frozenset[str], frozenset[str]]:
    """(countries, mentioned) of a report, for `localise`: the countries it names as places
    or through a town whose name no other country shares, and every country it mentions at
    all, nationalities included, save through such a shared name. Several places of one
    country, each of a shared name, name it too ("Rafah", "Khan Younis" and the "Gaza
    Strip" are in Palestine, though Egypt has a Rafah). A country named like a town of the
    report's other countries, and far from them, is that town ("Tonga" in a report on
    South Sudan). A report that names no country but in organisations' names ("Fiji Red
    Cross") is about theirs: a small town far from them is not one it means ("Koro")."""
    countries: set[str] = set()
    mentioned: set[str] = set()
    shared_places: dict[str, set[str]] = {}
    small_towns: dict[str, set[str]] = {}  # the small towns that alone name a country
    origin_towns: dict[str, set[str]] = {}  # ... of them, towns people came from
    town_named: set[str] = set()  # countries named by a name a town shares ("Tonga")
    for found in found_by_sentence:
        for f in found:
            ref = f.ref
            if not ref.place_id or not ref.iso3:
                continue
            if ref.is_country and f.role not in ("demonym", "people") and _town_namesake(
                ref.place_id, None
            ):
                town_named.add(ref.iso3)  # decided below, by the report's other countries
                continue
            shared = not ref.is_country and (
                gazetteer.has_namesakes(ref.place_id)
                or _spelled(ref)
                or gazetteer.is_remote_unit(ref.place_id)
                or gazetteer.is_regional_town(ref.place_id)
            )
            # (a town people came from names its country however far: "people who fled
            # Kutum and Mellit arrived in Aswan"; unless the report's only countries are
            # those of organisations, and far from it, below)
            if not shared and gazetteer.is_small_town(ref.place_id) and (
                f.role != "origin" or organisations
            ):
                towns = small_towns if f.role != "origin" else origin_towns
                towns.setdefault(ref.iso3, set()).add(ref.place_id)
            elif not shared:
                mentioned.add(ref.iso3)
                if f.role not in ("demonym", "people"):
                    countries.add(ref.iso3)
            elif f.role not in ("demonym", "people"):
                shared_places.setdefault(ref.iso3, set()).add(ref.place_id)
    countries |= {iso3 for iso3, ids in shared_places.items() if len(ids) >= MIN_SHARED_PLACES}
    # A small town names its country unless it lies far from every other country the
    # report names: "quartier Mabanda, à Bonabéri" in a report on Cameroon is no town of
    # Burundi's, 2,300 km away (`localise` then takes it for a place the gazetteer lacks).
    named = frozenset(countries) or organisations
    for iso3, ids in origin_towns.items():
        if countries or not all(_far_from(pid, organisations) for pid in ids):
            countries.add(iso3)
            mentioned.add(iso3)
    for iso3, ids in small_towns.items():
        if not named or not all(_far_from(pid, named) for pid in ids):
            countries.add(iso3)
            mentioned.add(iso3)
    for iso3 in town_named:
        rest = frozenset((countries & mentioned) - {iso3})
        if not (gazetteer.is_far_from_countries(iso3, rest) and _town_namesake(iso3, rest)):
            countries.add(iso3)
            mentioned.add(iso3)
        # else "the fighting in Tonga", in a report on South Sudan, is its town (`localise`)
    if not countries and organisations:
        countries, mentioned = set(organisations), mentioned | organisations
    return frozenset(countries), frozenset(mentioned)


TWIN_TOWN_KM = 100


def _twin_across_border(place_id: str) -> gazetteer.Place | None:
    """The town of the same name in another country, a short way off: the other half of a
    border town split in two (Sudan's Kurmuk and Ethiopia's)."""
    place = gazetteer.get(place_id)
    if place is None or place.lat is None:
        return None
    return next(
        (p for p in gazetteer.namesakes(place_id)
         if p.iso3 != place.iso3 and p.lat is not None
         and gazetteer.km_between(p.lat, p.lon, place.lat, place.lon) < TWIN_TOWN_KM),
        None,
    )


def localise(
    found: list[Found], countries: frozenset[str], mentioned: frozenset[str], text: str = ""
) -> list[Found]:
    """The places of a sentence, each name that several countries share taken in the
    country the report is about, when the report never mentions the country the name alone
    stands for ("Aurora" in a report on the Philippines is the province, not the US city;
    "Gao" in a report on Malian refugees in Burkina Faso stays in Mali). Likewise a town's
    other spelling there is taken for a place the gazetteer lacks, named in full when the
    sentence `text` names it in more words ("through Islam Qala", not Malta's Qala)."""
    out = None
    for i, f in enumerate(found):
        ref = f.ref
        if ref.is_country and ref.iso3 not in mentioned and (
            town := _town_namesake(ref.place_id, countries)
        ):
            # a country far from the report's, named like one of their towns: the town
            out = out if out is not None else list(found)
            out[i] = Found(f.start, f.end, _ref(town, ref.name), f.role)
            continue
        if not ref.place_id or not ref.iso3 or ref.is_country:
            continue
        if f.role == "origin" and any(
            g.role == "destination" and g.ref.is_country and g.ref.iso3 == ref.iso3 for g in found
        ) and (other := _twin_across_border(ref.place_id)):
            # a town people left for the country it would be in is its namesake across the
            # border ("fled Kurmuk into Ethiopia": Sudan's Kurmuk, not Ethiopia's)
            out = out if out is not None else list(found)
            out[i] = Found(f.start, f.end, _ref(other, ref.name), f.role)
            continue
        if ref.iso3 not in mentioned and gazetteer.is_regional_town(ref.place_id):
            # a small town of a country the report never names: a namesake of the report's
            # country, else no place at all ("fled Dara" in Syria is not Senegal's Dara)
            other = gazetteer.namesake_in(ref.place_id, countries)
            out = out if out is not None else list(found)
            out[i] = Found(f.start, f.end, _ref(other, ref.name), f.role) if other else None
            continue
        if ref.iso3 in countries:
            continue
        other = None if ref.iso3 in mentioned else (
            gazetteer.namesake_in(ref.place_id, countries)
            or gazetteer.nearer_namesake(ref.place_id, countries or mentioned)
        )
        if other is not None:
            local = _ref(other, ref.name)
        elif ref.iso3 not in mentioned and countries and gazetteer.is_remote_unit(ref.place_id):
            # a province of a far country the report never mentions: rather a place of
            # the report's own that the gazetteer lacks ("Site de la paroisse Saint-Joseph")
            local = PlaceRef(ref.name, "", "", "", None, None)
        elif (
            ref.iso3 not in mentioned
            and gazetteer.is_small_town(ref.place_id)
            and _far_from(ref.place_id, countries)
        ):
            # a small town far from every country of a report that never mentions its own:
            # rather a place of the report's that the gazetteer lacks ("Léré" in Mali, not
            # Nigeria's Lere)
            local = PlaceRef(ref.name, "", "", "", None, None)
        elif ref.iso3 not in mentioned and _spelled(ref):
            # a town's other spelling, in a report that never mentions its country, is
            # rather a place the gazetteer lacks ("Mambasa" in Ituri, not Mombasa, Kenya)
            local = PlaceRef(ref.name, "", "", "", None, None)
        else:
            continue
        if text and not local.place_id:
            local = local._replace(name=_full_name(text, f.start, local.name))
        out = out if out is not None else list(found)
        out[i] = Found(f.start, f.end, local, f.role)
    return [f for f in out if f is not None] if out is not None else found


# Capitalised words before a place's name that are part of it ("Islam Qala", "Bab al-Hawa"),
# up to a word that opens a sentence or a phrase ("In", "The", "From")
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-ZÀ-Þ])[\w’'-]*\s+$")


def _full_name(text: str, start: int, name: str) -> str:
    """The name a place the gazetteer lacks goes by in the sentence: its words and the
    capitalised words right before them (two at most), unless those open the sentence or
    are words of every sentence (V.NAME_OPENERS)."""
    begin = start
    for _ in range(2):
        m = _NAME_WORD_BEFORE.search(text, max(0, begin - 30), begin)
        if m is None or m.group().strip().casefold() in _NAME_OPENERS:
            break
        if not text[: m.start()].strip() or text[: m.start()].rstrip()[-1:] in ".:;!?\n":
            break  # the sentence's first word, capitalised as every first word is
        begin = m.start()
    return (text[begin:start] + name).strip() if begin < start else name


_NAME_OPENERS = frozenset(w.casefold() for w in V.NAME_OPENERS.split("|"))


def _far_from(place_id: str, countries: frozenset[str]) -> bool:
    """Is a small town too far from every one of the report's countries to be one that
    it means (`gazetteer.FOREIGN_TOWN_KM`)?"""
    return gazetteer.is_far_from_countries(place_id, countries, gazetteer.FOREIGN_TOWN_KM)


def _town_namesake(place_id: str, iso3s: frozenset[str] | None) -> gazetteer.Place | None:
    """A curated town of the same name as this country, in one of these countries (any, for
    None): "Tonga" is also a town of South Sudan's Upper Nile. Only curated ones: GeoNames
    names towns after countries by the dozen (Jamaica, New York; Salvador, Brazil), which
    reports mean far less often than the country."""
    return next((p for p in _curated_towns(place_id) if iso3s is None or p.iso3 in iso3s), None)


@lru_cache(maxsize=4096)
def _curated_towns(place_id: str) -> tuple[gazetteer.Place, ...]:
    # (asked for every country a report names: a country has namesakes by the dozen)
    return tuple(
        p for p in gazetteer.namesakes(place_id)
        if p.kind == "city" and p.gazetteer_id.startswith("curated:")
    )


def _spelled(ref: PlaceRef) -> bool:
    """Is the place named by one of GeoNames' other spellings of a town, not its own name?"""
    return gazetteer.is_spelling(ref.place_id, ref.name)


def country_ref(iso3: str) -> PlaceRef | None:
    place = gazetteer.country(iso3) if iso3 else None
    return _ref(place) if place else None


def admin1_ref(ref: PlaceRef) -> PlaceRef | None:
    """The province holding a place (itself, for a province)."""
    place = gazetteer.get(ref.admin1) if ref.admin1 else None
    return _ref(place) if place else None


def cell_place(
    text: str, ctx: DocumentPlaces, *around: PlaceRef | None, site: bool = False
) -> PlaceRef | None:
    """The place a table's cell names, under a header of places ("Woreda", "Province",
    "Camp"): the gazetteer's, taken in the report's countries, else the name as written
    (in the country of the first place around it that has one). A nationality is no place
    there: "Somali" under "Région" is Ethiopia's region, not Somalia; nor is a word that
    alone is no place elsewhere ("Ouest", "Centre", "Lac" are provinces there). Under a
    header of sites (`site`: "Camp"), a town far from the place around is a site named like
    it ("Ifo", a camp of Dadaab, is not the Nigerian town)."""
    if not any(c.isalpha() for c in text):
        return None
    if "(" in text and not text.startswith("("):
        text = text[: text.index("(")].strip()  # "Masisi (Sake)": the place and a note
    unlisted = in_country(PlaceRef(text, "", "", "", None, None), *around)
    whole = [
        m for m in gazetteer.find(text) if not m.demonym and m.start == 0 and m.end == len(text)
    ]
    if not whole:
        return None if any(w.casefold() in _TIME_WORDS for w in text.split()) else unlisted
    place = whole[0].place
    # (the row's own places come first in `around`: "| Bangladesh | Kutupalong |")
    near = next((r for r in around if r is not None and r.lat is not None), None)
    if site and near is not None and gazetteer.is_far(place.place_id, near.lat, near.lon):
        return unlisted
    name = None if place.place_id == place.iso3 or text.isupper() else _plain_name(text)
    found = [Found(0, len(text), _ref(place, name), "at")]
    local = localise(found, ctx.countries, ctx.mentioned)
    # (a small town of a country the report never names is a place it lacks)
    return local[0].ref if local and local[0].ref.place_id else unlisted


def cell_demonym(text: str) -> PlaceRef | None:
    """The country of the nationality a table's header starts with ("South Sudanese",
    "Réfugiés congolais" does not: its nationality comes second)."""
    found = gazetteer.find(text)
    if found and found[0].demonym and found[0].start == 0:
        return _ref(found[0].place)
    return None


def unit_of(ref: PlaceRef) -> PlaceRef | None:
    """The province a PlaceRef stands for, by its own name, when it is one (a `join` of
    places located at the province that holds them all)."""
    unit = gazetteer.get(ref.place_id) if ref.place_id else None
    return _ref(unit) if unit is not None and unit.kind == "admin1" else None


def within(ref: PlaceRef, area: PlaceRef) -> PlaceRef:
    """A place the gazetteer lacks, inside a known area: its country, province and point
    are the area's (a camp in its district)."""
    if ref.place_id or not area.iso3:
        return ref
    return PlaceRef(ref.name, "", area.iso3, area.admin1, area.lat, area.lon)


def in_country(ref: PlaceRef, *around: PlaceRef | None) -> PlaceRef:
    """A place the gazetteer lacks, given the country of the first place around it that
    has one (its coordinates stay unknown: a country's point would misplace a town)."""
    iso3 = next((r.iso3 for r in around if r is not None and r.iso3), "")
    return PlaceRef(ref.name, ref.place_id, iso3, "", ref.lat, ref.lon) if iso3 else ref
