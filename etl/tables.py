"""Tables written with pipes, as Markdown and most PDF or HTML converters write them:

    Tableau 1 – Nouveaux déplacements internes par woreda
    | Région | Woreda    | Personnes | Ménages |
    |--------|-----------|-----------|---------|
    | Somali | Dollo Ado | 9 870     | 1 645   |

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


class Table(NamedTuple):
    """A table among a document's sentences (`etl.text.body_sentences`): indexes of its
    lines there, its header's cells and its caption."""

    header: list[str]  # the text of each header cell, in column order
    caption: str  # the last line before the table, "" when none
    rows: list[int]  # indexes of the body rows among the sentences


def is_row(line: str) -> bool:
    return "|" in line and not _RULE.fullmatch(line)


def cells(line: str) -> list[Span]:
    """The cells of a row, with their offsets in the line: the text between pipes, without
    the padding around it (an empty cell keeps its column) nor bold marks; a line break
    in a cell is a space."""
    bounds = [-1, *(m.start() for m in re.finditer(r"\|", line)), len(line)]
    out = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        raw = line[a + 1 : b]
        if (k == 0 or k == len(bounds) - 2) and not raw.strip():
            continue  # before the opening pipe or after the closing one
        lead = len(raw) - len(raw.lstrip())
        text = " ".join(_MARKUP.sub(" ", raw).split())
        out.append(Span(a + 1 + lead, a + 1 + len(raw.rstrip()), text))
    return out


def find_tables(lines: list[str]) -> list[Table]:
    """Every table in a document's sentences: a header row, the rule under it, then one or
    more body rows, each line a row."""
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
                tables.append(Table(header, _caption(lines[:i]), list(range(i + 2, end))))
            i = end
        else:
            i += 1
    return tables


# A line above a table that titles it or notes its source ("Tableau 2 – ...", "Source :
# DTM, round 12"), rather than prose: short, and without a full stop unless it says so.
_CAPTION_WORDS = re.compile(
    r"(?:table|tableau|figure|source|sources|note|notes|données|data|chiffres|figures|"
    r"as of|au)\b", re.IGNORECASE
)
MAX_CAPTION = 160


def _caption(before: list[str]) -> str:
    """The caption of a table: the line above it, and the one above that when the first
    is a note or a second caption line ("Table 3. IDPs by district" / "Source: DTM");
    prose above a table without a caption is none ("Most new refugees fled El Geneina.")."""
    out: list[str] = []
    for line in reversed([b.strip() for b in before if b.strip()][-2:]):
        titled = bool(_CAPTION_WORDS.match(line))
        if is_row(line) or len(line) > MAX_CAPTION or (line.endswith(".") and not titled):
            break
        out.insert(0, line)
    return " ".join(out)


def column_of(row_cells: list[Span], pos: int) -> int | None:
    """The column of the cell holding position `pos` of the row, if any."""
    return next((k for k, c in enumerate(row_cells) if c.start <= pos < c.end), None)
