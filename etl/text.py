"""Cut a document's text into paragraphs, sentences and clauses, keeping offsets.

Every piece keeps its character offsets in the document text, so that a figure's quote
can always be found again in the document it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from etl import vocabulary as V

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = (
    "approx|est|no|nos|mr|mrs|ms|dr|st|gen|col|lt|capt|sgt|prof|sen|rep|gov|jan|feb|mar|apr|"
    "jun|jul|aug|sep|sept|oct|nov|dec|vs|etc|e\\.g|i\\.e|u\\.s|u\\.n|u\\.k|m|mme|mgr|cf|fig|p|pp"
)
# (a French opening quote may stand apart from its first word: "« Des milliers")
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”’»)]*\s+(?=(?:[\"“‘(]|«\s?)?[A-ZÀ-ÖØ-Þ0-9~–—-])|\n+"
)
# The same ends, found faster: the scan is led by one consuming class (the end mark, or
# the first line break), which the regex engine skips to directly; a match of the first
# branch starts one character later (group 1), after its end mark.
_SENTENCE_END_FAST = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])([\"”’»)]*\s+(?=(?:[\"“‘(]|«\s?)?[A-ZÀ-ÖØ-Þ0-9~–—-]))|(?<=\n)\n*)"
)
_ABBREVIATION_BEFORE = re.compile(rf"\b(?:{ABBREVIATIONS})\.$", re.IGNORECASE)
# the dots that lead a summary row's label to its number ("Evacuated by the Region ......
# 218,500"): no sentence's end. Five dots at least, or four after a space: not an ellipsis
# ("We waited all night.... 300 came at dawn"). (`etl.figures` reads such a row's label.)
DOTTED_LEADER = r"(?:\.{5}|\s\.{4})"
_LEADERS = (".....", " ....")  # the same, as the plain endings `_spans` tests first
# a line that opens on one capital and a full stop: a transcript's speaker ("A. This
# morning, 212 people, sir") or an initial ("J. Henry"), no sentence of its own
_SPEAKER_TAG = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-Þ]\.$")
_CLAUSE_END = re.compile(r"\s*;\s*|\s+[–—]\s+")
_PARAGRAPH = re.compile(r"\n\s*\n")


# A line that is no prose: a table row (cells apart), a summary row (its label's dots
# leading to its number), a heading, a quoted reply; and the start of a list item, which a
# line runs on into only when the item itself broke
_NOT_PROSE_LINE = re.compile(rf"\S\s{{2,}}\S|[|\t]|^\s*[#>]|{DOTTED_LEADER}\.*\s*\d")
_ITEM_START = re.compile(r"^(?:\s{4,}|\s*(?:[-*•+o]|\d+[.)]|\(?(?:[a-z]|[ivx]{1,4}|\d+)[.)])\s)")
_RUNS_ON = re.compile(rf"\b(?:{V.LINE_RUNS_ON_AFTER})$", re.IGNORECASE)
_QUOTE_INTRO = re.compile(rf"\b(?:{V.QUOTE_INTRO_WORDS})$", re.IGNORECASE)
_STOPS = ".!?…:;"
WRAP_MIN_CHARS = 40  # a shorter line that ends without a stop is a label or a title


def unwrap(text: str) -> str:
    """The text with each line break inside a sentence read as a space (the same length,
    so offsets hold). Reports converted from PDF, and e-mails, break their lines where the
    page did: "families\nfrom nearly every ward". A break stays where the line before ends
    a sentence or is no prose (a table row, a list item, a heading), or the next line opens
    one: a capital after a line that could end there, a list item, a table row."""
    lines = text.split("\n")
    out = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        out.append(" " if _runs_on(before, line) else "\n")
        out.append(line)
    return "".join(out)


def _runs_on(before: str, line: str) -> bool:
    end = before.rstrip()
    start = line.lstrip()
    if not end or not start or end[-1] in _STOPS:
        return False
    if _NOT_PROSE_LINE.search(before) or _NOT_PROSE_LINE.search(line) or _ITEM_START.match(line):
        return False
    if _RUNS_ON.search(end):
        return True  # "the DEOC in\nKhalanga"
    # (not a greeting: "Dear colleagues,\nPlease find")
    # (a quotation that goes on in lowercase or a number; one in capitals after a word that
    # introduces it: "what officials called\n"Well over 50,000"")
    quoted = start[1:].lstrip()[:1]
    opens = start[0].islower() or start[0] == "(" or (
        start[0] in "«\"“" and (quoted.islower() or quoted.isdigit() or end.endswith(",")
                                 or _QUOTE_INTRO.search(end) is not None))
    return opens and (len(end) >= WRAP_MIN_CHARS or end.endswith(","))


class Span(NamedTuple):
    """A piece of a document: its text and where it lies (a named tuple, not a dataclass:
    a report makes a hundred or more, and a tuple is made in half the time)."""

    start: int
    end: int
    text: str


def _matches(splitter: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in splitter.finditer(text))


def _sentence_ends(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every match of _SENTENCE_END, in order."""
    for m in _SENTENCE_END_FAST.finditer(text):
        yield (m.start() if m.start(1) < 0 else m.start(1)), m.end()


def _spans(text: str, ends: Iterator[tuple[int, int]], offset: int) -> Iterator[Span]:
    pos = 0
    for start, end in ends:
        # (_ABBREVIATION_BEFORE ends in `\.$`: it can only match a text ending in "." or
        # ".\n", so the search is skipped for every other end)
        if (
            "\n" not in text[start:end]
            and (text.endswith(".", 0, start) or text.endswith(".\n", 0, start))
            and _ABBREVIATION_BEFORE.search(text[max(0, start - 8) : start])
        ):
            continue
        if (text.endswith(_LEADERS, 0, start) and text[end : end + 1].isdigit()
                and "\n" not in text[start:end]):
            continue  # a dotted leader between a row's label and its number
        if "\n" not in text[start:end] and _SPEAKER_TAG.search(text, max(0, start - 4), start):
            continue  # a transcript's "Q." or "A." at a line's start: the answer follows
        piece = text[pos:start]
        if stripped := piece.strip():
            first = offset + pos + len(piece) - len(piece.lstrip())
            yield Span(first, first + len(stripped), stripped)
        pos = end
    piece = text[pos:]
    if stripped := piece.strip():
        first = offset + pos + len(piece) - len(piece.lstrip())
        yield Span(first, first + len(stripped), stripped)


def paragraphs(text: str, offset: int = 0) -> Iterator[Span]:
    return _spans(text, _matches(_PARAGRAPH, text), offset)


def sentences(text: str, offset: int = 0) -> Iterator[Span]:
    """Sentences of a text; a line break always ends one (bullets, headlines, list rows),
    and a row of a table is one whatever its cells hold ("| Baidoa | 12,000 | Flooding.
    Need shelter |")."""
    ends = _sentence_ends(text)
    if "|" in text:
        ends = (e for e in ends if not _in_table_row(text, e[0]))
    return _spans(text, ends, offset)


def _in_table_row(text: str, pos: int) -> bool:
    """Is `pos` inside a line that opens and closes with a pipe, before its end?"""
    first = text.rfind("\n", 0, pos) + 1
    last = text.find("\n", pos)
    last = len(text) if last < 0 else last
    line = text[first:last].strip()
    return pos < last and len(line) > 1 and line[0] == "|" and line[-1] == "|"


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8192)
def title_case(sentence: str) -> bool:
    """A headline in title case or capitals, where every word looks like a name.
    (Remembered: the cues and the places of a sentence both ask.)"""
    words = _LETTER_RUN.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def body_sentences(text: str, offset: int = 0) -> list[tuple[int, Span]]:
    """(paragraph number, sentence) for every sentence of a report's body: figures and
    events both read them, so a document is split once. Nearly the sentences of
    `sentences(text)` (a paragraph break is a run of line breaks, which ends a sentence
    anyway), except that a paragraph's last sentence keeps a closing quote or bracket
    after its full stop, which a split of the whole text leaves between sentences."""
    return [
        (number, sentence)
        for number, paragraph in enumerate(paragraphs(text, offset))
        for sentence in sentences(paragraph.text, paragraph.start)
    ]


def clauses(sentence: Span) -> list[Span]:
    """Parts of a sentence separated by semicolons or dashes; each is a figure's quote. A
    short aside between two dashes that says who the people are, with no number, does not
    split its clause ("Some 1,500 refugees – most of them women and children – arrive in
    Adré every day"; `_ASIDE`)."""
    ends = list(_matches(_CLAUSE_END, sentence.text))
    if len(ends) > 1:
        ends = _without_asides(sentence.text, ends)
    return list(_spans(sentence.text, iter(ends), sentence.start))


# An aside that says who the people are (V.ASIDE_OPENERS: "– most of them women and
# children –"); others ("– the highest weekly figure this year –") split the clause
_ASIDE = re.compile(rf"(?:{V.ASIDE_OPENERS})\b[^\d;]{{0,70}}", re.IGNORECASE)


def _without_asides(text: str, ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    def dash(end: tuple[int, int]) -> bool:
        return ";" not in text[end[0] : end[1]]

    out, i = [], 0
    while i < len(ends):
        a = ends[i]
        if i + 1 < len(ends) and dash(a) and dash(b := ends[i + 1]) and _ASIDE.fullmatch(
            text, a[1], b[0]
        ):
            i += 2  # the aside and its two dashes stay in the clause
            continue
        out.append(a)
        i += 1
    return out


# A repeated labelled row shorter than this ("Women: 1,200") may rightly stand under two
# headings of a list; any other repeated sentence is a teaser or pull quote.
MIN_REPEAT_WORDS = 6


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_WORDS = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _unaccented(chars: str) -> str:
    """Non-ASCII characters decomposed (NFKD) without their accents. Decomposing and
    dropping combining marks work character by character, so a run of text can be folded
    piecewise; ASCII is left as it is by both."""
    t = unicodedata.normalize("NFKD", chars)
    return "".join(c for c in t if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def fingerprint(text: str) -> str:
    """A form of a sentence that ignores case, accents, spacing and punctuation, so that a
    teaser or pull quote repeated with small edits is recognised as the same sentence;
    "" for a short labelled list row, which may rightly repeat. (Cached: figures and
    events both ask for every sentence of a document.)"""
    t = text.casefold()
    if not t.isascii():
        t = _NON_ASCII.sub(lambda m: _unaccented(m.group()), t)
    words = _NON_WORDS.sub(" ", t).split()
    if len(words) < MIN_REPEAT_WORDS and ":" in text:
        return ""
    return " ".join(words)


def _skip_class(p: str, i: int) -> int:
    """The index after the character class that opens at p[i]."""
    j = i + 1 + (p[i + 1 : i + 2] == "^")
    j += p[j : j + 1] == "]"
    while p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _top_level(p: str) -> tuple[list[str], list[int]]:
    """The alternatives of a pattern (split at its top-level "|"), and where each of its
    top-level groups closes."""
    parts, closes, opens, depth, i, start = [], [], [], 0, 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(p, i)
            continue
        if c == "(":
            depth += 1
            opens.append(i)
        elif c == ")":
            depth -= 1
            if depth == 0:
                closes.append(i)
        elif c == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        i += 1
    parts.append(p[start:])
    return parts, closes


def first_chars(p: str) -> set[str] | None:
    """The characters a match of pattern `p` can start with, or None when that is not
    plain from the pattern (it starts with a class, an escape, a bounded repeat...) or it
    can match the empty string. Read conservatively: every alternative must start with
    literal characters or groups whose own alternatives do; lookarounds consume nothing,
    so the characters after them decide ("(?<!not )leaving" starts with "l")."""
    first, nullable = _first_of_alternation(p)
    return None if nullable else first


def _first_of_alternation(p: str) -> tuple[set[str] | None, bool]:
    """(first characters or None, whether it can match the empty string)."""
    out: set[str] = set()
    nullable = False
    for alt in _top_level(p)[0]:
        first, empty = _first_of_sequence(alt)
        if first is None:
            return None, False
        out |= first
        nullable |= empty
    return out, nullable


_LOOKAROUNDS = ("?=", "?!", "?<=", "?<!")


def _first_of_sequence(a: str) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    i = 0
    while i < len(a):
        if a[i] == "(":
            end = i + _top_level(a[i:])[1][0]
            inner = a[i + 1 : end]
            if inner.startswith(_LOOKAROUNDS):
                if a[end + 1 : end + 2] in ("?", "*", "+", "{"):
                    return None, False
                i = end + 1
                continue
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                return None, False  # a named group or inline flags
            first, empty = _first_of_alternation(inner)
        elif a[i] in "\\[.^$?*+{|)":
            return None, False
        else:
            first, empty, end = {a[i]}, False, i
        quantifier = a[end + 1 : end + 2]
        if quantifier == "{" or first is None:
            return None, False
        if quantifier in ("?", "*"):  # an optional part: what follows may come first
            empty = True
        i = end + 1 + (quantifier in ("?", "*", "+"))
        i += a[i : i + 1] in ("?", "+")  # a lazy or possessive quantifier
        out |= first
        if not empty:
            return out, False
    return out, True


def any_of(patterns: list[str], after: str = "", flags=0) -> str:
    """An alternation of the patterns (each followed by `after`) that matches where one of
    them matches, arranged so that the regex engine tries at each position only the
    patterns whose first character is there: patterns are grouped by their first
    character, each group behind a one-character lookahead."""
    groups: dict[str, list[str]] = {}
    other = []
    for p in patterns:
        first = first_chars(p)
        if first is None:
            other.append(p)
            continue
        for c in first:
            # characters the same ignoring case share a group ("e", "E")
            key = next((k for k in groups if re.fullmatch(re.escape(k), c, flags)), c)
            groups.setdefault(key, []).append(p)
    branches = [
        f"(?={re.escape(c)})(?:{'|'.join(f'(?:{p}){after}' for p in dict.fromkeys(ps))})"
        for c, ps in groups.items()
    ]
    branches += [f"(?:{p}){after}" for p in other]
    if other or not groups:
        return "|".join(branches)
    # one test of the character first, which most positions fail
    chars = "".join(re.escape(c) for c in groups)
    return f"(?=[{chars}])(?:{'|'.join(branches)})"


_NOT_AFTER_WORD = r"(?<![\w-])"  # the usual `before`: a pattern stands as whole words
_SEPARATOR = r"[^\w-]"  # a character that lets such a pattern start right after it
_WORD_CHAR = re.compile(r"\w")


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
        self._before, self._flags = before, flags
        self._alternatives = any_of(patterns, after, flags)
        # Patterns that stand after no word character or hyphen: past the first position,
        # their starts are the positions right after a character that is neither, which
        # the scan of one consuming character class finds without trying the patterns at
        # every position (a pattern led by a lookbehind gets no such quick skip).
        # A word boundary before patterns that all start with a word character is the same
        # test with "\w" alone: they start at `pos` or right after a non-word character.
        self._separator = None
        if before == _NOT_AFTER_WORD:
            self._separator = _SEPARATOR
        elif before == r"\b" and all(
            (first := first_chars(p)) is not None and all(_WORD_CHAR.match(c) for c in first)
            for p in patterns
        ):
            self._separator = r"\W"
        # which patterns can start with a given character (None: any character)
        self._first = []
        for p in patterns:
            first = first_chars(p)
            chars = "".join(re.escape(c) for c in first) if first else ""
            self._first.append(re.compile(f"[{chars}]", flags) if first else None)
        self._by_char: dict[str, list[int]] = {}

    # The combined scans are compiled when first used (compiling the big alternations is
    # most of the cost of building a set, and most sets are only ever asked for `hits`, or
    # only for `search`).
    @cached_property
    def starts(self) -> re.Pattern[str]:
        return re.compile(f"{self._before}(?=(?:{self._alternatives}))", self._flags)

    @cached_property
    def any(self) -> re.Pattern[str]:
        return re.compile(f"{self._before}(?:{self._alternatives})", self._flags)

    @cached_property
    def _sep_starts(self) -> re.Pattern[str] | None:
        if self._separator is None:
            return None
        return re.compile(f"{self._separator}(?=(?:{self._alternatives}))", self._flags)

    @cached_property
    def _sep_any(self) -> re.Pattern[str] | None:
        if self._separator is None:
            return None
        return re.compile(f"{self._separator}(?:{self._alternatives})", self._flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(text) if endpos is None else endpos
        if self._sep_any is None:
            return self.any.search(text, pos, end) is not None
        # a match at `pos` itself, else one right after a separator in pos..end
        return (self.any.match(text, pos, end) is not None
                or self._sep_any.search(text, pos, end) is not None)

    def hits(self, text: str, pos: int = 0, endpos: int | None = None):
        """(index of the pattern, match) for every match, pattern by pattern."""
        end = len(text) if endpos is None else endpos
        if self._sep_starts is None:
            starts = [m.start() for m in self.starts.finditer(text, pos, end)]
        else:
            # the same positions: `pos` if a pattern starts there, then each one right
            # after a separator (one character consumed per find, so none is skipped)
            starts = [pos] if self.starts.match(text, pos, end) else []
            starts += [m.end() for m in self._sep_starts.finditer(text, pos, end)]
        if not starts:
            return []
        found: dict[int, list] = {}
        last: dict[int, int] = {}
        for p in starts:
            for i in self._candidates(text[p : p + 1]):
                if p < last.get(i, pos):
                    continue
                m = self.each[i].match(text, p, end)
                if m is None:
                    continue
                if m.end() == p:  # an empty match: let the pattern's own scan decide
                    found[i] = list(self.each[i].finditer(text, pos, end))
                    last[i] = end + 1
                    continue
                found.setdefault(i, []).append(m)
                last[i] = m.end()
        return [(i, m) for i in sorted(found) for m in found[i]]

    def _candidates(self, char: str) -> list[int]:
        """The patterns that can match at a position holding `char`."""
        out = self._by_char.get(char)
        if out is None:
            out = [i for i, f in enumerate(self._first) if f is None or f.match(char)]
            if len(self._by_char) < 10_000:
                self._by_char[char] = out
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
