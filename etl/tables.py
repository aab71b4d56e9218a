"""Tables written with pipes, as Markdown and most PDF or HTML converters write them:

    Tableau 1 – Nouveaux déplacements internes par woreda
    | Région | Woreda    | Personnes | Ménages |
    |--------|-----------|-----------|---------|
    | Somali | Dollo Ado | 9 870     | 1 645   |

A row says nothing of what its numbers count: its header does ("Personnes", "Ménages",
"IDPs"), and the line above the table (its caption) says what the table is about. This
module only finds the structure; `etl.figures` reads the figures in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from etl.text import Span

# a row: text between an opening and a closing pipe
_ROW = re.compile(r"\s*\|.*\|\s*")
# the rule under the header: "|---|:---:|", cells of dashes with optional alignment colons
_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
_CELL = re.compile(r"[^|]+")


class Table(NamedTuple):
    """A table among a document's sentences (`etl.text.body_sentences`): indexes of its
    lines there, its header's cells and its caption."""

    header: list[str]  # the text of each header cell, in column order
    caption: str  # the last line before the table, "" when none
    rows: list[int]  # indexes of the body rows among the sentences


def cells(line: str) -> list[Span]:
    """The cells of a row, with their offsets in the line (the pipes are not part of
    them; a cell keeps its text without the padding around it)."""
    out = []
    first = line.index("|") + 1
    last = line.rindex("|")
    for m in _CELL.finditer(line, first, last):
        text = m.group()
        lead = len(text) - len(text.lstrip())
        out.append(Span(m.start() + lead, m.start() + lead + len(text.strip()), text.strip()))
    return out  # (an empty cell, "|   |", keeps its column: _CELL reads its blanks)


def find_tables(lines: list[str]) -> list[Table]:
    """Every table in a document's sentences: a header row, the rule under it, then one or
    more body rows, each line a row."""
    tables = []
    i = 0
    while i + 2 < len(lines):
        if (
            _ROW.fullmatch(lines[i])
            and _RULE.fullmatch(lines[i + 1])
            and not _RULE.fullmatch(lines[i])
        ):
            end = i + 2
            while end < len(lines) and _ROW.fullmatch(lines[end]):
                if _RULE.fullmatch(lines[end]):
                    break
                end += 1
            if end > i + 2:
                header = [c.text for c in cells(lines[i])]
                before = next((line for line in reversed(lines[:i]) if line.strip()), "")
                caption = "" if _ROW.fullmatch(before) else before.strip()
                tables.append(Table(header, caption, list(range(i + 2, end))))
            i = end
        else:
            i += 1
    return tables


def column_of(row_cells: list[Span], pos: int) -> int | None:
    """The column of the cell holding position `pos` of the row, if any."""
    return next((k for k, c in enumerate(row_cells) if c.start <= pos < c.end), None)
