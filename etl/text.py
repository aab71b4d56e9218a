"""Cut a document's text into paragraphs, sentences and clauses, keeping offsets.

Every piece keeps its character offsets in the document text, so that a figure's quote
can always be found again in the document it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = (
    "approx|est|no|nos|mr|mrs|ms|dr|st|gen|col|lt|capt|sgt|prof|sen|rep|gov|jan|feb|mar|apr|"
    "jun|jul|aug|sep|sept|oct|nov|dec|vs|etc|e\\.g|i\\.e|u\\.s|u\\.n|u\\.k|m|mme|mgr|cf|fig|p|pp"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?[A-ZÀ-ÖØ-Þ0-9~–—-])|\n+")
_ABBREVIATION_BEFORE = re.compile(rf"\b(?:{ABBREVIATIONS})\.$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*;\s*|\s+[–—]\s+")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _spans(text: str, splitter: re.Pattern[str], offset: int) -> Iterator[Span]:
    pos = 0
    for m in splitter.finditer(text):
        if "\n" not in m.group() and _ABBREVIATION_BEFORE.search(
            text[max(0, m.start() - 8) : m.start()]
        ):
            continue
        piece = text[pos : m.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield Span(offset + pos + lead, offset + pos + len(piece.rstrip()), piece.strip())
        pos = m.end()
    piece = text[pos:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        yield Span(offset + pos + lead, offset + pos + len(piece.rstrip()), piece.strip())


def paragraphs(text: str, offset: int = 0) -> Iterator[Span]:
    return _spans(text, _PARAGRAPH, offset)


def sentences(text: str, offset: int = 0) -> Iterator[Span]:
    """Sentences of a text; a line break always ends one (bullets, headlines, list rows)."""
    return _spans(text, _SENTENCE_END, offset)


def clauses(sentence: Span) -> list[Span]:
    """Parts of a sentence separated by semicolons or dashes; each is a figure's quote."""
    return list(_spans(sentence.text, _CLAUSE_END, sentence.start))


# A repeated labelled row shorter than this ("Women: 1,200") may rightly stand under two
# headings of a list; any other repeated sentence is a teaser or pull quote.
MIN_REPEAT_WORDS = 6


def fingerprint(text: str) -> str:
    """A form of a sentence that ignores case, accents, spacing and punctuation, so that a
    teaser or pull quote repeated with small edits is recognised as the same sentence;
    "" for a short labelled list row, which may rightly repeat."""
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", t).split()
    if len(words) < MIN_REPEAT_WORDS and ":" in text:
        return ""
    return " ".join(words)
