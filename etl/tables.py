"""Tables written with pipes, as Markdown and most PDF or HTML converters write them:

    Tableau 1 – Nouveaux déplacements internes par woreda
    | Région | Woreda    | Personnes | Ménages |
    |--------|-----------|-----------|---------|
    | Somali | Dollo Ado | 9 870     | 1 645   |

and tables laid out with spaces or tabs, as plain-text reports, e-mails and PDF-to-text
converters write them (columns are where the header's words are; a rule under the header
is optional), or rows a spreadsheet or a dashboard exported with semicolons
("commune;site;menages;personnes"):

    District        Région       Sites   Ménages   Personnes
    Mananjary       Vatovavy        52     4 215      18 906

A row says nothing of what its numbers count: its header does ("Personnes", "Ménages",
"IDPs"), and the line above the table (its caption) says what the table is about. This
module only finds the structure; `etl.table_figures` reads the figures in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from etl.text import Span

# The rule under the header: cells of dashes with optional alignment colons, outer pipes
# optional ("|---|:--:|", "---|---").
_RULE = re.compile(r"\s*\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?")
# Markup a converter leaves in a cell: bold or italic marks, line breaks
_MARKUP = re.compile(r"\*\*|__|<br\s*/?>", re.IGNORECASE)


# Between two cells of a table laid out with spaces: two spaces or more, or tabs (one
# space is inside a cell: "Nosy Varika", "4 215")
_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# A table whose cells a delimiter separates, one per cell, whatever their width: tabs, or
# the semicolons of an export (two at least in its header)
_DELIMITERS = {"\t": re.compile(r"\t"), ";": re.compile(r";")}
# ... and the rule under its header, if any ("-------   -----", "=====")
_SPACED_RULE = re.compile(r"\s*[-=_]{3,}(?:[ \t]+[-=_]{3,})*\s*")
_DIGIT = re.compile(r"\d")
# A header's cell: a few words, with no number but a year or a week ("Week 32", "Jan
# 2025"), and no colon of a label ("North Kivu:") or full stop of a sentence
_HEADER_CELL = re.compile(
    r"(?=.{1,40}$)(?!(?:\S+ ){4})[^\d:]*[^\d:.](?:\s(?:19|20)\d\d|\s\d{1,2})?(?:\s\([^)]*\))?"
    r"|(?:19|20)\d\d|No\.|N°|n°|#"
)
# A cell holding a number and nothing else ("18 906", "**1,240**", "6.9 million", "45%")
_NUMBER_CELL = re.compile(
    r"[*_~<>≈±]*\s*\d[\d\s.,’']*\s*(?:%|k|m|million|millions|bn)?[*_]*", re.IGNORECASE
)
MAX_CELL_WORDS = 6  # cells of a table of figures are short: more is prose
ALIGN_SLACK = 3  # characters a cell may stand off its header's edge


class Table(NamedTuple):
    """A table among a document's sentences (`etl.text.body_sentences`): indexes of its
    lines there, its header's cells and its caption."""

    header: list[str]  # the text of each header cell, in column order
    caption: str  # the last line before the table, "" when none
    rows: list[int]  # indexes of the body rows among the sentences
    # where each column lies in a line, for a table laid out with spaces (() for pipes,
    # and for tabs, which separate cells in order whatever their width)
    columns: tuple[tuple[int, int], ...] = ()
    start: int = -1  # index of the header line among the sentences
    delimiter: str = ""  # "\t" or ";" when cells are delimited (`_DELIMITERS`)


def is_row(line: str) -> bool:
    return "|" in line and not _RULE.fullmatch(line)


def cells(line: str, table: Table | None = None) -> list[Span]:
    """The cells of a row, with their offsets in the line: the text between pipes, without
    the padding around it (an empty cell keeps its column) nor bold marks; a line break
    in a cell is a space. `table`: the row's, when it is laid out with spaces or tabs."""
    if table is not None and table.delimiter:
        return _split(line, _DELIMITERS[table.delimiter])
    if table is not None and table.columns:
        return _aligned(line, table.columns) or []
    bounds = [-1, *(m.start() for m in re.finditer(r"\|", line)), len(line)]
    out = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        raw = line[a + 1 : b]
        if (k == 0 or k == len(bounds) - 2) and not raw.strip():
            continue  # before the opening pipe or after the closing one
        out.append(_cell(raw, a + 1, " ".join(_MARKUP.sub(" ", raw).split())))
    return out


def _cell(raw: str, at: int, text: str) -> Span:
    """A cell's offsets without the padding around it (`raw` starts at `at` in its line),
    and its `text`."""
    lead = len(raw) - len(raw.lstrip())
    return Span(at + lead, at + len(raw.rstrip()), text)


# (a line of short cells between semicolons: "commune;site;menages;personnes")
_SEMICOLON_ROW = re.compile(r"^[^;\n]{1,40};[^;\n]{0,40};", re.MULTILINE)


def may_hold_tables(text: str) -> bool:
    """A cheap test: can `text` hold a table (pipes, a gap of spaces, a tab, a line of
    cells between semicolons)? Most prose cannot, and is not searched for one."""
    return (
        "|" in text or "  " in text or "\t" in text
        or (";" in text and _SEMICOLON_ROW.search(text) is not None)
    )


def find_tables(lines: list[str]) -> list[Table]:
    """Every table in a document's sentences: a header row, the rule under it, then one or
    more body rows, each line a row; or a table laid out with spaces (`_spaced_table`)."""
    tables = []
    i = 0
    while i + 2 < len(lines):
        if is_row(lines[i]) and _RULE.fullmatch(lines[i + 1]) and "-" in lines[i + 1]:
            header = [c.text for c in cells(lines[i])]
            # (a row has most of the header's cells: not "Rapport n° 7 | Période : avril")
            least = max(2, len(header) // 2)
            end = i + 2
            while end < len(lines) and is_row(lines[end]) and len(cells(lines[end])) >= least:
                end += 1
            if end > i + 2:
                tables.append(
                    Table(header, _caption(lines[:i]), list(range(i + 2, end)), start=i)
                )
            i = end
        elif (table := _spaced_table(lines, i)) is not None:
            tables.append(table)
            i = table.rows[-1] + 1
        else:
            i += 1
    return tables


def _spaced_table(lines: list[str], i: int) -> Table | None:
    """The table laid out with spaces whose header is line `i`, if any: a header of three
    cells or more, words not numbers, an optional rule, then two rows or more, each with a
    number, whose cells fall each in a column of its own."""
    line = lines[i]
    delimiter = "\t" if "\t" in line.strip() else ";" if line.count(";") >= 2 else ""
    if "|" in line or not (delimiter or _GAP.search(line.strip())):
        return None
    head = _split(line, _DELIMITERS[delimiter] if delimiter else _GAP)
    if len(head) < 3 or not all(
        _HEADER_CELL.fullmatch(c.text) or (k == 0 and not c.text) for k, c in enumerate(head)
    ):
        return None
    columns = tuple((c.start, c.end) for c in head)
    first = i + 1
    if not delimiter and first < len(lines) and (more := _header_line(lines[first], columns)):
        # a header of two lines ("Displaced" over "households"; units under names: "(HH)")
        head = [Span(h.start, h.end, f"{h.text} {m.text}".strip()) for h, m in zip(
            head, more, strict=True)]
        first += 1
    if first < len(lines) and _SPACED_RULE.fullmatch(lines[first]):
        first += 1
    rows: list[list[Span]] = []
    for line in lines[first:]:
        row = _delimited(line, len(head), delimiter) if delimiter else _aligned(line, columns)
        if not _is_data_row(row):
            break
        rows.append(row)
    # (one row is enough when it holds several figures: "6.9 million   1.1 million")
    if len(rows) < 2 and not (
        rows and sum(bool(_NUMBER_CELL.fullmatch(c.text)) for c in rows[0]) >= 2
    ):
        return None
    end = first + len(rows)
    return Table(
        [c.text for c in head], _caption(lines[:i]), list(range(first, end)), columns, i,
        delimiter,
    )


def _header_line(line: str, columns: tuple[tuple[int, int], ...]) -> list[Span] | None:
    """The cells of a second line of a header, one per column: words under the first
    line's, with no number, in some column but the first (a line of a place alone, "NORTH
    KIVU", opens a section of rows)."""
    row = _aligned(line, columns)
    if row is None or len(row) != len(columns) or not any(c.text for c in row[1:]):
        return None
    if not all(_HEADER_CELL.fullmatch(c.text) for c in row if c.text):
        return None
    return row


def _is_data_row(row: list[Span] | None) -> bool:
    """Is a line's split into cells a row of figures: a number alone in a cell, and no
    cell of prose ("In addition,  2,000 people arrived at Rusayo", "Note:  a further
    3,000 people...", a sentence in a column of updates)?"""
    return (
        row is not None
        and any(_NUMBER_CELL.fullmatch(c.text) for c in row)
        and all(c.text.count(" ") < MAX_CELL_WORDS for c in row)
    )


def _delimited(line: str, width: int, delimiter: str) -> list[Span] | None:
    """A row's cells in a table whose cells a delimiter separates, None when it has none,
    or more cells than the header: not a row of the table."""
    if delimiter not in line or "|" in line:
        return None
    row = _split(line, _DELIMITERS[delimiter])
    return row if max(2, width // 2) <= len(row) <= width else None


def _overlap(cell: Span, bounds: tuple[float, float]) -> float:
    return min(cell.end, bounds[1]) - max(cell.start, bounds[0])


def _split(line: str, gaps: re.Pattern[str]) -> list[Span]:
    """The cells of a line laid out with spaces or tabs, with their offsets."""
    out, pos = [], 0
    for gap in [*gaps.finditer(line), None]:
        end = gap.start() if gap else len(line)
        text = line[pos:end]
        if text.strip():
            out.append(_cell(text, pos, " ".join(text.split())))
        elif gaps is not _GAP and gap is not None:  # (an empty cell keeps its column)
            out.append(Span(pos, pos, ""))
        pos = gap.end() if gap else end
    return out


def _aligned(line: str, columns: tuple[tuple[int, int], ...]) -> list[Span] | None:
    """A row's cells, one per column (an empty Span where a column has none): each cell
    goes to the column it overlaps most, columns reaching halfway to their neighbours
    (numbers are often right-aligned, words left-aligned); None when two cells fall in
    one column or a row has fewer than half the columns: not a row of the table."""
    if "|" in line:
        return None
    bounds = [
        (0 if k == 0 else (columns[k - 1][1] + a) / 2,
         float("inf") if k == len(columns) - 1 else (b + columns[k + 1][0]) / 2)
        for k, (a, b) in enumerate(columns)
    ]
    row = _split(line, _GAP)
    if len(row) < max(2, len(columns) // 2):
        return None
    out = [Span(0, 0, "")] * len(columns)
    fits = _fit(row, columns, bounds, out)
    # (a label wider than its column pushes the row's cells off their headers: in order,
    # one per column, when there are as many as the header has and all but the label are
    # numbers; a justified line of prose has its words two spaces apart too)
    in_order = len(row) == len(columns) and all(
        _NUMBER_CELL.fullmatch(c.text) or c.text in ("-", "–", "—") for c in row[1:]
    )
    return out if fits else row if in_order else None


def _fit(row: list[Span], columns, bounds, out: list[Span]) -> bool:
    """Put each cell of a row in its column of `out`; False when one does not fit."""
    for c in row:
        k = max(range(len(bounds)), key=lambda k, c=c: _overlap(c, bounds[k]))
        if not _NUMBER_CELL.fullmatch(c.text) and c.start <= columns[0][0] + ALIGN_SLACK:
            k = 0  # (a label where the row begins is the row's label, however wide)
        (a, b) = columns[k]
        # (words line up with their header, on the left or on the right; numbers may be
        # centred under it)
        if out[k].text or (
            min(abs(c.start - a), abs(c.end - b)) > ALIGN_SLACK
            and not _NUMBER_CELL.fullmatch(c.text)
        ):
            return False
        out[k] = c
    return True


# A line above a table that titles it or notes its source ("Tableau 2 – ...", "Source :
# DTM, round 12"), rather than prose: short, and without a full stop unless it says so.
_CAPTION_WORDS = re.compile(
    r"(?:table|tableau|figure|source|sources|note|notes|données|data|chiffres|figures|"
    # ("Au 30 juin", a date; not "Au pic, plus de 650 personnes ...", prose)
    r"as of|au(?=\s+(?:\d|début\b|fin\b|mi-|mois\b)))\b", re.IGNORECASE
)
MAX_CAPTION = 160


def _caption(before: list[str]) -> str:
    """The caption of a table: the line above it, and the one above that when the first
    is a note or a second caption line ("Table 3. IDPs by district" / "Source: DTM");
    prose above a table without a caption is none ("Most new refugees fled El Geneina.")."""
    out: list[str] = []
    # (not the fence of a code block the rows are in: "```")
    lines = [b.strip() for b in before if b.strip() and not b.strip().startswith("```")]
    for line in reversed(lines[-2:]):
        titled = bool(_CAPTION_WORDS.match(line))
        if is_row(line) or len(line) > MAX_CAPTION or (line.endswith(".") and not titled):
            break
        out.insert(0, line)
    return " ".join(out)


def column_of(row_cells: list[Span], pos: int) -> int | None:
    """The column of the cell holding position `pos` of the row, if any."""
    return next((k for k, c in enumerate(row_cells) if c.start <= pos < c.end), None)
