"""The figures of a table (`etl.tables` finds its structure). A row says nothing of what
its numbers count: its header does ("Personnes", "Ménages", "IDPs"), and the caption says
what the table is about. So each column is read first (`_columns`), then each row by its
columns (`table_figures`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import NamedTuple

from etl import places as P
from etl import tables as T
from etl import vocabulary as V
from etl.cues import (
    DISPLACED_NOUN,
    NEGATIVES,
    NOT_HEAD,
    TOTAL_LABEL,
    Head,
    Verdict,
    cue_hits,
    head_noun,
    period_of,
    rx,
    tagged_hits,
)
from etl.cues import WORD_END as _E
from etl.cues import WORD_START as _B
from etl.quantities import find_quantities
from etl.text import Span

# Tables: what a header says of its column (see `_columns`)
_TABLE_PLACE_HEADER = rx(rf"{_B}(?:{V.TABLE_PLACE_HEADERS}){_E}")
_TABLE_ORIGIN = rx(V.TABLE_ORIGIN_HEADERS)
_TABLE_DESTINATION = rx(V.TABLE_DESTINATION_HEADERS)
_TABLE_STOCK = rx(V.TABLE_STOCK_HEADERS)
_EVACUATION_CENTRES = rx(V.EVACUATION_CENTRES)
_TABLE_WORD = rx(r"[#%]|[^\W_]+")
_TABLE_COUNT = rx(V.TABLE_COUNT_WORDS)
_TABLE_RESIDENTS = rx(V.TABLE_RESIDENT_WORDS)
_TABLE_MEDICAL = rx(rf"{_B}(?:{V.MEDICAL_WORDS}){_E}")
# A caption of people who have not moved yet, or only need or attend something: none of
# its columns is a figure ("Projected arrivals for contingency planning", "People in need
# by province", "Displaced children enrolled in school")
_CAPTION_OF_NO_MOVE = rx(rf"{_B}(?:{V.NEED_CUES}|{V.TABLE_CAPTION_NO_MOVE}){_E}")
_TABLE_FILLER = rx(V.TABLE_COUNT_FILLERS)
_TABLE_HOUSEHOLD = rx(V.TABLE_HOUSEHOLD_WORDS)
_TABLE_FAMILY = rx(V.TABLE_FAMILY_WORDS)
_TABLE_SHARE = rx(rf"%|{_B}(?:{V.TABLE_SHARE_WORDS}){_E}")
_TABLE_BREAKDOWN = rx(rf"(?:{V.TABLE_BREAKDOWN_WORDS})(?:\s*\(.*\))?")
_TABLE_TOTAL = rx(V.TABLE_TOTAL_HEADERS)
_TABLE_DESCRIPTION = rx(V.TABLE_DESCRIPTION_HEADERS)
_TABLE_VALUE = rx(V.TABLE_VALUE_HEADERS)
_TABLE_DESCRIPTION_NOT = rx(rf"{_B}(?:{V.TABLE_DESCRIPTION_NOT_COUNTS}){_E}")
_TABLE_SUBTOTAL = rx(rf"(?:{V.TABLE_SUBTOTAL_LABELS}){_E}")
_TABLE_NOT_PLACE = rx(V.TABLE_NOT_PLACES)
# (a number word, even joined to its noun: "Five-province total", "All districts")
_COUNT_OF_UNITS = rx(
    rf"\b(?:{'|'.join(w for ws in V.NUMBER_WORDS.values() for w in ws)}|all|tous|toutes|\d+)\b"
)
# a column naming sites ("Camp", "Camp / site", "Sites d'accueil"; not "Site type", "Type de
# site", which name kinds of site)
NAMES_SITES = rx(rf"{_B}(?:{V.SITE_WORDS})s?{_E}")  # (also a heading's: `etl.figures`)
_TABLE_CROSSING_PLACE = rx(rf"{_B}(?:{V.CROSSING_WORDS})s?{_E}")
_TABLE_GOODS = rx(rf"(?:{V.TABLE_GOODS_HEADERS})")
_TABLE_STOCK_HELD = rx(rf"(?:{V.TABLE_STOCK_HELD_HEADERS})")
_TABLE_SHELTER_SITE = rx(rf"{_B}(?:{V.TABLE_SHELTER_SITE_HEADERS}){_E}")
# (a caption's shelters or sites hold its people, not when they are what is counted: "Abris
# construits par territoire", "Shelters built")
_CAPTION_SHELTER_SITE = rx(
    rf"{_B}(?:{V.TABLE_SHELTER_SITE_HEADERS}){_E}(?!\s+(?:construits?|constructed|built|kits?|"
    r"repaired|réhabilités?|réparés?|distribués?|distributed|materials?|matériaux|items?)\b)"
)
_TABLE_REGISTERED = rx(rf"(?:{V.TABLE_REGISTERED_WORDS}){_E}")
_TABLE_SITE_KIND = rx(rf"{_B}(?:type|types|kind|category|catégorie){_E}")
_TABLE_COUNTRY = rx(rf"{_B}(?:{V.TABLE_COUNTRY_HEADERS}){_E}")
_TABLE_PROVINCE = rx(rf"{_B}(?:{V.TABLE_PROVINCE_HEADERS}){_E}")
_PLACE_KINDS = ("place", "origin", "destination")
# where a column's people come from, after them ("Familles de Chã", "Residents of Abaco")
_NAME = r"(?-i:[A-ZÀ-Ý])[\w’'-]*"
_HOME_AFTER = rx(rf"\s+(?:de|du|des|d[’']|from|of)\s*{_NAME}(?:\s+{_NAME})*\s*$")
_ONLY_PLACES = rx(
    rf"(?:{V.TABLE_PLACE_HEADERS})(?:\s*(?:/|,|-|and|et|or|ou)\s*(?:{V.TABLE_PLACE_HEADERS}))*"
)
_TABLE_TOWN = rx(rf"{_B}(?:{V.TABLE_TOWN_HEADERS}){_E}")
_TABLE_FINEST = rx(rf"{_B}(?:{V.TABLE_FINEST_HEADERS}){_E}")
_TABLE_SUBDISTRICT = rx(rf"{_B}(?:{V.TABLE_SUBDISTRICT_HEADERS}){_E}")
_WORLD_REGION = rx(rf"{_B}(?:{V.WORLD_REGION_WORDS}){_E}")
_FLOW_NOUN = rx(rf"{_B}(?:{V.FLOW_NOUNS}){_E}")
_GENERIC_SITE = rx(rf"\W*(?:{V.GENERIC_SITE_HEADS})(?:\s+(?-i:[a-zà-ÿ])[\w’'-]*)*\W*")
_PEAK = rx(r"\b(?:pic|peak)\b")
_CAPTION_MOVES = [(rx(rf"\W*(?:{p}){_E}"), category) for p, category in V.CAPTION_MOVES]
_MOVED_OF = rx(r"\s+(?:of|de|des|du|d[’'])\s*")
# a word in small letters that is no article ("formulaires", not "la zone rouge")
_COMMON_WORD = rx(r"(?!(?:the|la|le|les|l[’'])\b)(?-i:[a-zà-ÿ])")
_TIME_HEADER = rx(rf"(?:(?:{V.TABLE_TIME_WORDS}|\d{{1,4}}(?:er|h)?){_E}|[\s(),:/.–-])+")


class TableFigure(NamedTuple):
    """A figure of a table: its row, what was concluded of it (places included; category
    "" when neither the table nor the row says it, for the document to decide), and its
    period (from its column's header, else the caption)."""

    row: Span
    verdict: Verdict
    period: str


class TableReading(NamedTuple):
    figures: list[TableFigure]
    last_location: P.PlaceRef | None  # where the last row that names a place is


class _Column(NamedTuple):
    """What a table's column holds, from its header (`_columns`)."""

    kind: str  # place | origin | destination | count | breakdown | description | value | other
    head: Head | None = None  # for counts: the noun counted (unit, category)
    period: str = ""  # "IDPs Round 11", "PDI (mars 2024)"
    origin: P.PlaceRef | None = None  # a column of one nationality ("South Sudanese")
    measure: str = ""  # what the header's own words say ("Evacuated before landfall")
    site: bool = False  # a column of places that names sites ("Camp")
    rank: float = 0  # places: 2 countries, 1 provinces, 0 other units, -.25 units below a
    # district that hold towns, -.5 towns, -1 the smallest


_TOTAL_SCOPE = rx(rf"(?:{V.TOTAL_SCOPE_WORDS})s?")
_TOTAL_WORD = rx(rf"^(?:{V.TOTAL_LABELS})[\W_]*|[\W_]*\b(?:{V.TOTAL_AFTER_PLACE})$")


def _total_of_place(label: str, ctx, context) -> P.PlaceRef | None:
    """The place a Total row's label names beside its word of total, if the gazetteer knows
    it ("Total Bay", "Total - Ituri", "Total-Nord-Kivu", "Jajarkot total"; not "Total
    refugees")."""
    rest = _TOTAL_WORD.sub("", label).strip(" ()*_")
    ref = P.cell_place(rest, ctx, context) if rest else None
    # (a name before the word of total is a row label's place, as the rows' are, even one
    # the gazetteer lacks: "Jajarkot total"; not a count of units, "Five-province total",
    # nor what the total spans: "Weekly total", "Camp total")
    named_first = (not _TOTAL_WORD.match(label) and not _COUNT_OF_UNITS.search(rest)
                   and not _TOTAL_SCOPE.fullmatch(rest))
    return ref if ref is not None and (ref.place_id or named_first) else None


def _place_column(header: str) -> _Column:
    """A column of places: of sites or not, and how coarse (see _Column.rank)."""
    site = NAMES_SITES.search(header) is not None
    rank = (2 if _TABLE_COUNTRY.search(header) else 1 if _TABLE_PROVINCE.search(header)
            else -1 if _TABLE_FINEST.search(header)
            else -0.5 if _TABLE_TOWN.search(header)
            else -0.25 if _TABLE_SUBDISTRICT.search(header) else 0)
    return _Column("place", site=site, rank=rank)


def _coarse_first(columns: list[_Column], kept: list[tuple[int, P.PlaceRef]]) -> bool:
    """Do a table's columns of places go from the coarsest to the finest? Headers that say
    no rank ("Zone", "Area", "District", "Territoire") take their order from a column of
    countries or provinces beside them: left of them, the table narrows to the right ("|
    Province | Territoire | Zone de santé |"), right of them it widens ("| District | Zone |
    Region |"); else from a column of the smallest units ("| Zone | Woreda |"); else from
    left to right, as most tables go."""
    plain = [k for k, _ in kept if columns[k].rank == 0]
    coarse = [k for k, _ in kept if columns[k].rank > 0]
    finest = [k for k, _ in kept if columns[k].rank < 0]
    if plain and coarse:
        return min(coarse) < min(plain)
    if plain and finest:
        return max(finest) > max(plain)
    return True


def _precision(columns: list[_Column], coarse_first: bool, kr: tuple[int, P.PlaceRef]):
    """Sort key of a row's places, the most precise first (its column's rank, at least a
    province's for a place the gazetteer knows as one: "| City | Area |" holding "Kramatorsk
    | Donetsk"; then the column's place in the table's order of narrowing)."""
    k, ref = kr
    rank = max(columns[k].rank, 1) if P.unit_of(ref) is not None else columns[k].rank
    return (rank, -k if coarse_first else k)


def _columns(table: T.Table, moves: bool) -> list[_Column]:
    """The kind of each column of a table. A count column names displaced people itself
    ("IDPs", "IDP HHs", "Arrivals", "South Sudanese" under refugees), or only what is
    counted ("Individuals", "# of HH", "Total") in a table about displaced people
    (`moves`); a column of shares ("IDPs (%)") or of people who did not move ("Children
    enrolled", "People at risk") counts nobody displaced; the sex and age columns of a
    table with a Total column are parts of that total. A column of people where they stay
    ("In host families") counts displaced people, evacuees in evacuation centres ("Persons
    inside ECs")."""
    out = []
    named = any(DISPLACED_NOUN.search(h) for h in table.header)  # "| IDPs |"
    for header in table.header:
        stay = None  # (set by the branch of a header of where people stay, below)
        # (the people's home is no word of what is counted)
        words = _TABLE_WORD.findall(_HOME_AFTER.sub("", header))
        head = head_noun(header + " ", 0)
        said = DISPLACED_NOUN.search(header)
        if said is not None and NOT_HEAD.match(header[said.end() :].lstrip()):
            # the displaced people's sites or schools ("| IDP site |"), not them
            out.append(_place_column(header) if _TABLE_PLACE_HEADER.search(header)
                       else _Column("other"))
            continue
        if said is not None:
            head = head_noun(header, said.start())
        unit = (
            "households" if any(_TABLE_HOUSEHOLD.fullmatch(w) for w in words)
            else "families" if any(_TABLE_FAMILY.fullmatch(w) for w in words)
            else head.unit or "people"
        )
        # ("#" alone numbers the rows)
        bare = all(
            _TABLE_COUNT.fullmatch(w) or (not named and _TABLE_RESIDENTS.fullmatch(w))
            for w in words
        ) and any(not _TABLE_FILLER.fullmatch(w) for w in words)
        nationality = P.cell_demonym(header)
        period = period_of(header)
        if _TABLE_ORIGIN.fullmatch(header):
            out.append(_Column("origin"))
        elif _TABLE_DESTINATION.fullmatch(header):
            out.append(_Column("destination"))
        elif _TABLE_SHARE.search(header):
            out.append(_Column("other"))
        elif _TABLE_BREAKDOWN.fullmatch(header):
            # ("Of whom children" counts children)
            part = "children" if head.unit == "children" else "people"
            out.append(_Column("breakdown", Head("people", part, "", 0)))
        elif (said is not None and not tagged_hits(NEGATIVES, header, 0, len(header))) or (
            moves and (bare or nationality is not None)
        ):
            # (not people planned or expected: "| Planned returnees |")
            category = head.category if said is not None else ""
            if nationality is not None and not category:
                category = "refugees" if moves else ""
            counted = Head("displaced" if said is not None else "people", unit, category, 0)
            out.append(_Column("count", counted, period, nationality))
        elif (
            head.cls == "displaced"
            and not tagged_hits(NEGATIVES, header, 0, len(header))  # "(planned)"
            and not _TABLE_MEDICAL.search(header)  # "People evacuated to hospitals"
        ):
            # the noun and its participle say it: "People evacuated", "Familles relogées"
            counted = Head("displaced", unit, head.category, 0)
            measure = next((c[3] for c in cue_hits(header, 0, len(header)) if c[3]), "")
            out.append(_Column("count", counted, period, nationality, measure))
        elif _ONLY_PLACES.fullmatch(header.strip()):
            # words of places alone, which a cue may read as people staying ("| Secteur /
            # site |", "| Camp or settlement |")
            out.append(_place_column(header))
        elif (head.cls in ("", "people") and (
            (stay := _TABLE_STOCK.search(header)) or (cues := [
                c for c in cue_hits(header, 0, len(header))
                if header[c[0] : c[1]].casefold() != "population"])
        )) or (head.cls == "not" and (stay := _TABLE_STOCK.match(header))) or (
            # (people counted for another reason, said displaced or evacuated: "| Adhérents
            # sans logement |", not "| Pupils returned |")
            head.cls == "staff" and (cues := [
                c for c in cue_hits(header, 0, len(header)) if c[2] in ("displaced", "evacuated")])
        ):
            # (a header of where people are may open on its place: "| In camps |", whose
            # noun alone counts no one)
            # the header says what happened to the people it counts: "Evacuated before
            # landfall", "Returned since January", "(People) in accommodation centres"
            if stay:  # where they stay: the people there ("In host families" counts people)
                evacuees = _EVACUATION_CENTRES.search(header)
                category, measure = ("evacuated" if evacuees else "displaced"), "stock"
                unit = head.unit if head.cls == "people" and head.unit else "people"
            else:
                category = next((c[2] for c in cues if c[2]), "")
                measure = next((c[3] for c in cues if c[3]), "stock")
            out.append(_Column("count", Head("people", unit, category, 0), period, None, measure))
        elif (
            moves
            and _TIME_HEADER.fullmatch(header)
            # (a span said bare in a header: "| Last 7 days |", "| 7 derniers jours |")
            and (period or period_of(f"in the {header}")
                 or period_of(f"au cours des {header}") or _PEAK.search(header))
            and (caption := _caption_count(table.caption)) is not None
        ):
            # a time alone: the caption's people then ("| Au pic (lundi 15, 20 h) |" under
            # "Personnes hébergées par commune")
            out.append(caption._replace(period=period))
        elif moves and _TABLE_REGISTERED.match(header.strip(" *_")):
            out.append(_Column("count", Head("people", unit, "", 0), period, None, "flow"))
        elif _TABLE_PLACE_HEADER.search(header) and not _TABLE_SITE_KIND.search(header):
            # (not a kind of place: "| Site type |" holds "Camps", "Host communities")
            out.append(_place_column(header))
        else:
            out.append(_Column("other"))
    long_form = [_TABLE_DESCRIPTION.fullmatch(h.strip(" *_")) is not None for h in table.header]
    if any(long_form):
        # one row per figure: each row's description says what its number counts (`_described`)
        # (a value column may name its unit: "| Situation | Enfants |" counts children)
        out = [
            _Column("description") if described
            else _Column("value") if _TABLE_VALUE.fullmatch(h.strip(" *_"))
            else _Column("value", c.head) if c.kind == "breakdown" else c
            for c, h, described in zip(out, table.header, long_form, strict=True)
        ]
    totals = [_TABLE_TOTAL.fullmatch(h) is not None for h in table.header]
    if any(c.kind == "count" and t for c, t in zip(out, totals, strict=True)):
        out = [c if c.kind != "breakdown" else _Column("other") for c in out]
    elif moves:
        out = [c if c.kind != "breakdown" else c._replace(kind="count") for c in out]
    return out


def _described(row: list, columns: list[_Column], caption: str) -> _Column | None:
    """What the number of a row of a long-form table counts, read from its description
    cell as a header ("| people registered in camps | 74,800 |"; None for "| houses burnt
    | 1,807 |")."""
    k = next((k for k, c in enumerate(columns) if c.kind == "description"), None)
    if k is None or k >= len(row) or not row[k].text:
        return None
    text = row[k].text
    if _TABLE_DESCRIPTION_NOT.search(text) or head_noun(text + " ", 0).cls == "not":
        # (people aided or planned for, money, a phone number, things: "| IDP households
        # targeted with shelter kits |", "| Amount received (USD) |", "| NFI kits to
        # displaced households |")
        return None
    cell = T.Table(header=[text], caption=caption, rows=[])
    column = _columns(cell, _about(cell).moves)[0]
    return column if column.kind == "count" else None


def _of_things(caption: str, end: int) -> bool:
    """Whether a caption's noun of moving is of things, not people ("Arrivals of relief
    trucks by crossing", "Retours de formulaires par antenne"; not "Returns of refugees",
    "Évacuations de la zone rouge", "Returns of Kosovo Serbs")."""
    if not (of := _MOVED_OF.match(caption, end)):
        return False
    cls = head_noun(caption + " ", of.end()).cls
    return cls == "not" or (cls == "" and _COMMON_WORD.match(caption, of.end()) is not None)


def _caption_count(caption: str) -> _Column | None:
    """The count a caption opens on, when it names the people and what happened to them
    ("Personnes hébergées par commune", "IDPs by province", "Ménages relogés"), as a
    column of counts."""
    head = head_noun(caption + " ", 0)
    if head.cls == "" and (moved := next(
        ((m, category) for rx_, category in _CAPTION_MOVES if (m := rx_.match(caption))), None
    )) is not None and not _of_things(caption, moved[0].end()):
        # ("Returns by crossing point" over "| Last 7 days | Since 15 June |")
        return _Column("count", Head("displaced", "people", moved[1], 0), "", None, "flow")
    if head.cls not in ("people", "displaced") or (
        head.cls == "displaced" and _of_things(caption, head.end)
    ):
        return None
    cues = cue_hits(caption, head.end, len(caption))
    if head.cls == "people" and not cues:
        return None
    category = head.category or next((c[2] for c in cues if c[2]), "")
    measure = next((c[3] for c in cues if c[3]), "")
    return _Column("count", Head("displaced", head.unit or "people", category, 0), "", None,
                   measure)


class _About(NamedTuple):
    """What a table's caption and header say: their text, their cues, whether the people
    they count moved ("Nouveaux déplacements internes", "IDPs"; not "Personnes dans le
    besoin par région"), and whether the caption says none of them moved (planned, in
    need, targeted, enrolled): then no column is a figure."""

    text: str
    cues: list
    moves: bool
    no_move: bool


def _about(table: T.Table) -> _About:
    about = f"{table.caption} | {' | '.join(table.header)}"
    cues = cue_hits(about, 0, len(about))
    negatives = tagged_hits(NEGATIVES, table.caption, 0, len(table.caption))
    moves = not negatives and bool(
        DISPLACED_NOUN.search(about)
        or any(about[c[0] : c[1]].casefold() != "population" for c in cues)
        or (table.header and _TABLE_SHELTER_SITE.fullmatch(table.header[0].strip(" *_")))
        # (or the caption says where they shelter: "People present at main reception
        # locations")
        or _CAPTION_SHELTER_SITE.search(table.caption)
    )
    no_move = _CAPTION_OF_NO_MOVE.search(table.caption) is not None or any(
        h[2] in ("plan", "projection") for h in negatives) or _of_goods(table.header)
    return _About(about, cues, moves, no_move)


def _of_goods(header: list[str]) -> bool:
    """Does a table's header say it counts goods in stock (TABLE_GOODS_HEADERS over its
    first column, or a column of stock held)?"""
    cells = [h.strip(" *_").casefold() for h in header]
    return bool(cells) and (
        _TABLE_GOODS.fullmatch(cells[0]) is not None
        or any(_TABLE_STOCK_HELD.fullmatch(c) for c in cells)
    )


def counts_anyone(table: T.Table) -> bool:
    """Has the table a column that counts people (see `table_figures`)? (A table laid out
    with spaces that counts no one is read as prose: a key-figures block, a justified
    paragraph.)"""
    about = _about(table)
    return not about.no_move and any(
        c.kind in ("count", "breakdown") for c in _columns(table, about.moves))


def table_figures(
    lines: list[Span],
    table: T.Table,
    ctx: P.DocumentPlaces,
    context: P.PlaceRef | None,
    places: Callable[[str], list[P.Found]],
) -> TableReading:
    """The figures of a table's rows (see `_columns`). A number is where its row's column of
    sites says, else its last column of places ("| Somali | Dollo Ado |": the woreda, the
    more precise); a Total row where the rows above it are, by their first column of places
    that are not sites (the regions, not every woreda or camp), a subtotal where its label
    says; a column of origins is where people came from. `context`: where a row that names
    no place is; `places`: the places of a line, as the document reads them."""
    about, cues, moves, no_move = _about(table)
    said = DISPLACED_NOUN.search(about)  # "Nouveaux déplacements internes", "IDPs"
    said_category = head_noun(about, said.start()).category if said else ""
    columns = _columns(table, moves)
    if no_move:
        columns = [c if c.kind != "count" else _Column("other") for c in columns]
    # A count column that names no one ("Households") counts the people the caption and
    # header say; where they say it only through a kind of place ("Returns by crossing
    # point": a column of places, not people crossing), the people the other count columns
    # all name ("Returnees (people)").
    crossing_places = [m.span() for m in _TABLE_CROSSING_PLACE.finditer(about)]
    said_by_words = next(
        (c[2] for c in cues
         if c[2] and not any(a <= c[0] and c[1] <= b for a, b in crossing_places)),
        "",
    )
    named = {c.head.category for c in columns if c.kind == "count" and c.head.category}
    if len(named) > 1:
        # a Total of columns of people of several kinds ("| IDPs | Returnees | Total |") adds
        # people who moved differently: it is none of their figures
        columns = [_Column("other") if c.kind == "count" and not c.head.category
                   and _TABLE_TOTAL.fullmatch(h) else c
                   for c, h in zip(columns, table.header, strict=True)]
    category = (
        said_by_words
        or (named.pop() if len(named) == 1 else "")
        or next((c[2] for c in cues if c[2]), "")
        or said_category
    )
    flows = bool(_FLOW_NOUN.search(about))
    # (a displaced noun is a flow cue in a sentence, "1,200 IDPs arrived", not in a
    # table's title: "IDPs by territory" counts the people there)
    moving = [c[3] for c in cues if c[3] and not DISPLACED_NOUN.fullmatch(about, c[0], c[1])]
    period_of_table = period_of(table.caption)
    coarse: list[P.PlaceRef] = []  # the coarsest place of each row so far
    # (the column of countries, if any: see a row's most precise place below)
    country = next((k for k, c in enumerate(columns) if c.kind == "place" and c.rank == 2), None)
    out: list[TableFigure] = []
    last_location = None
    for sent in lines:
        s = sent.text
        row = T.cells(s, table)
        quantities = find_quantities(s)
        # (a column of places holds labels, numbers in words and all: "| Total, four
        # districts |", "| Secteur 4 |")
        numbered = {k for q in quantities if (k := T.column_of(row, q.start)) is not None
                    and not (k < len(columns) and columns[k].kind in _PLACE_KINDS)}
        labels = [c for k, c in enumerate(row) if c.text and k not in numbered]
        first_label = labels[0].text.strip("*_ ") if labels else ""  # ("**Total**")
        total = TOTAL_LABEL.fullmatch(first_label) is not None
        subtotal = _TABLE_SUBTOTAL.match(first_label)

        def place(k: int, *around: P.PlaceRef | None, cells=row) -> P.PlaceRef | None:
            text = cells[k].text if k < len(cells) else ""
            if not text or _TABLE_NOT_PLACE.fullmatch(text) or TOTAL_LABEL.fullmatch(text):
                return None
            return P.cell_place(text, ctx, *around, context, site=columns[k].site)

        kinds = [c.kind for c in columns]
        # the areas first: a column of sites is read next to them ("| Bangladesh | Kutupalong
        # |" is not far from its own country), and is the most precise place of the row,
        # wherever it stands ("| Site | District |")
        by_area = {k: r for k, c in enumerate(columns)
                   if c.kind in ("place", "destination") and not c.site and (r := place(k))}
        areas = list(by_area.values())
        by_site = {k: r for k, c in enumerate(columns)
                   if c.kind == "place" and c.site and (r := place(k, *areas))
                   and not (areas and k < len(row) and _GENERIC_SITE.fullmatch(row[k].text))}
        # (a site the gazetteer lacks is drawn at the area it is in: "| Site 1 | Beledweyne |")
        sites = [P.within(r, areas[-1]) if areas else r for r in by_site.values()]
        refs = [r for _, r in sorted({**by_area, **by_site}.items())]
        origins = [r for k, kind in enumerate(kinds) if kind == "origin" and (r := place(k))]
        dests = [r for k, r in by_area.items() if kinds[k] == "destination"]
        if not refs and "place" not in kinds:  # no header names places: the gazetteer's
            found = [f for f in places(s) if f.role not in ("demonym", "people")]
            refs = [f.ref for f in found
                    if (k := T.column_of(row, f.start)) is not None
                    # (a row may have more cells than its header has columns)
                    and (k >= len(kinds) or kinds[k] != "origin")]
        if subtotal:
            rest = first_label[subtotal.end() :].strip()
            location = (P.cell_place(rest, ctx, context) if rest else None) or context
        elif total and (named := _total_of_place(first_label, ctx, context)) is not None:
            location = named  # "| Total Bay |", "| Total - Ituri |": the place it sums
        elif total:
            distinct = list({r.place_id or r.name: r for r in coarse}.values())
            # (rows the gazetteer does not know, "| Companiganj |", add up to the area the
            # table is about: "Displacement by upazila (Sylhet district)")
            known = any(r.place_id for r in distinct)
            location = P.join(distinct) if distinct and (known or context is None) else context
            # (the rows the gazetteer knows, if at least half are, tell the province: the
            # others are sites and villages in it, "| Nicoadala |" beside Quelimane, Mocuba)
            named = [r for r in distinct if r.place_id]
            unit = P.unit_of(P.join(named)) if named and 2 * len(named) > len(distinct) else None
            if len(distinct) > 1 and unit is not None and not any(
                f.ref.place_id not in ("", unit.place_id, unit.iso3)
                for f in places(table.caption)
            ):
                # rows that are all of one province add up to it, by its name ("| Total |"
                # under Masisi, Nyiragongo ... is North Kivu), unless the caption names the
                # smaller place they are in ("IDPs in Masisi territory by health zone")
                location = unit
        else:
            # the most precise of the row's places by their headers, the last of equals
            # ("| Somali | Dollo Ado |", "| District | Region |" both give the smaller);
            # a Total sums the coarsest, the country if there is one. (A column of regions
            # before the country's holds regions of the world, but for the country's own
            # provinces: "| East and Horn of Africa | Uganda |", "| Sahel | Mali |"; not
            # "| Amhara | Ethiopia |", "| Est | Burkina Faso |", nor "| Somalia | Bay |"
            # after it: a province the gazetteer knows in the country, or a name it lacks
            # that is no region of the world, WORLD_REGION_WORDS.)
            home = by_area.get(country) if country is not None else None
            kept = [kr for kr in by_area.items()
                    if country is None or columns[kr[0]].rank != 1 or kr[0] > country
                    or (home is not None and kr[1].iso3 == home.iso3
                        and (kr[1].place_id or not _WORLD_REGION.search(kr[1].name)))]
            ranked = sorted(kept, key=partial(_precision, columns, _coarse_first(columns, kept)))
            location = (sites[0] if sites else ranked[0][1] if ranked else refs[-1] if refs
                        else context)
            if refs:
                coarse.append(ranked[-1][1] if ranked else refs[0])
        described = _described(row, columns, table.caption) if "value" in kinds else None
        counted = set()
        for q in quantities:
            column = T.column_of(row, q.start)
            if q.kind != "count" or column is None or column >= len(columns) or column in counted:
                continue
            counted.add(column)  # "1,200 (300 HH)": the cell counts its first number
            col = columns[column]
            if col.kind == "value" and described is not None:
                col = described if col.head is None else described._replace(
                    head=replace(described.head, unit=col.head.unit))
            if col.kind != "count" or q.value == 0:  # (nobody: "| Refugees | 0 |")
                continue
            origin = col.origin or (origins[-1] if origins else None)
            row_category = col.head.category or category
            if (
                origin is not None
                and origin.iso3
                and location is not None
                and location.iso3
                and origin.iso3 != location.iso3
                and row_category in ("", "displaced")
            ):
                row_category = "refugees"  # people from another country
            head = col.head
            if col.measure:
                measure = col.measure
            elif flows:
                measure = "flow"
            else:
                measure = "stock" if head.cls == "displaced" else (moving or ["stock"])[0]
            v = Verdict(q, head, True, row_category, measure, head.unit, 0.8,
                        label=(labels[0].start, labels[0].end) if labels else None)
            dest = dests[-1] if dests and not total else None
            v.places = (origin, dest, location)
            out.append(TableFigure(sent, v, col.period or period_of_table))
        if location is not None and not total:
            last_location = location
    return TableReading(out, last_location)
