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


class PatternSet:
    """Many patterns that share a lookbehind (`before`) and a lookahead (`after`), found
    with one scan of the text instead of one per pattern.

    `hits` gives exactly what running each pattern's own `finditer` in turn would give,
    in that order: a single combined scan finds the positions where any pattern matches
    (none can match anywhere else), and each pattern is then tried at those positions
    only. `search` says whether any pattern matches at all. Patterns must hold no
    capturing groups, so that they can be joined into one expression."""

    def __init__(self, patterns: list[str], before: str = "", after: str = "", flags=0):
        for p in patterns:
            if re.compile(p, flags).groups:
                raise ValueError(f"pattern with a capturing group: {p!r}")
        self.each = [re.compile(f"{before}(?:{p}){after}", flags) for p in patterns]
        alternatives = "|".join(f"(?:{p}){after}" for p in patterns)
        self.starts = re.compile(f"{before}(?=(?:{alternatives}))", flags)
        self.any = re.compile(f"{before}(?:{alternatives})", flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(text) if endpos is None else endpos
        return self.any.search(text, pos, end) is not None

    def hits(self, text: str, pos: int = 0, endpos: int | None = None):
        """(index of the pattern, match) for every match, pattern by pattern."""
        end = len(text) if endpos is None else endpos
        starts = [m.start() for m in self.starts.finditer(text, pos, end)]
        if not starts:
            return []
        out = []
        for i, rx in enumerate(self.each):
            first, last = len(out), pos
            for p in starts:
                if p < last:
                    continue
                m = rx.match(text, p, end)
                if m is None:
                    continue
                if m.end() == p:  # an empty match: let the pattern's own scan decide
                    out[first:] = [(i, m2) for m2 in rx.finditer(text, pos, end)]
                    break
                out.append((i, m))
                last = m.end()
        return out


class FirstOf:
    """Several patterns tried in order at one position, as one compiled alternation (a
    regular expression tries its branches in order, and stops at the first that matches).

    `match` gives (index of the first pattern that matches, its match) or None, exactly
    as trying each pattern's own `match` in turn would. Patterns must hold no capturing
    groups."""

    def __init__(self, patterns: list[str], before: str = "", after: str = "", flags=0):
        for p in patterns:
            if re.compile(p, flags).groups:
                raise ValueError(f"pattern with a capturing group: {p!r}")
        alternatives = "|".join(f"((?:{p}){after})" for p in patterns)
        self.rx = re.compile(f"{before}(?:{alternatives})", flags)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        m = self.rx.match(text, pos, len(text) if endpos is None else endpos)
        return (m.lastindex - 1, m) if m else None
