"""Find the numbers in a text and read them: digits, words, vague quantities, ranges.

`find_quantities(text)` returns every number-like mention with its bounds, whatever it
counts; deciding whether it is a displacement figure is the job of `etl.figures`. The
forms understood are those of design.md: "30,000", "30 000", "30.000", "1.8 million",
"45k", "two thousand", "deux mille", "thousands", "des milliers", qualifiers ("more than",
"près de") and ranges ("between 300 000 and 400 000", "5,000-7,000").
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import NamedTuple

from text_to_num import text2num

from etl import vocabulary as V
from etl.text import PatternSet, any_of


class Quantity(NamedTuple):
    """A number found in a text. value is None for a vague quantity ("thousands")."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    kind: str = "count"  # count | date | year | percent | money | ordinal | name
    vague: bool = False


def _alt(patterns) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# Thousands separators seen in reports: comma, dot, space, no-break and thin spaces, and the
# Swiss apostrophe ("3'200", "4’650"; a duration, 1'40", has no group of three)
_SEP = r"[,.\u00a0\u202f\u2009 '’]"
_DIGITS = re.compile(
    # (and South Asian grouping, by twos before the last three digits: "1,58,640")
    rf"(?<![\w.,/])(?<![A-Za-z]-)(?:\d{{1,3}}(?:{_SEP}\d{{3}})+|\d{{1,2}}(?:,\d\d)+,\d{{3}}|\d+)"
    rf"(?:[.,]\d+)?(?!\d|[.,]\d)"
    rf"(?:\s?(?P<scale>{_alt(sorted(set(V.SCALE_SUFFIXES) - V.ATTACHED_SCALES, key=len)[::-1])})\b"
    rf"|(?P<ascale>{_alt(sorted(V.ATTACHED_SCALES, key=len)[::-1])})\b)?"
    r"(?P<plus>\+)?",
    re.IGNORECASE,
)
# Telephone numbers: groups of digits after a leading 0 or a country code ("0 800 504 112",
# "0812 345 678", "+243 81 234 5678"), introduced as one (V.PHONE_WORDS)
_PHONE = re.compile(
    r"(?<![\w.,])(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"  # not a date: "05.08.2024 12 000"
    r"(?:\+\d{1,3}|0\d{0,3})(?:[ .\u00a0-]\d{2,4}){2,}(?!\d)"
)
# ... and North American ones, whose shape says it: "1 877 555-0142", "(867) 555-0199"
_NANP_PHONE = re.compile(r"(?<![\w.,])(?:\+?1[ .\u00a0-])?\(?\d{3}\)?[ .\u00a0-]\d{3}-\d{4}(?!\d)")
_PHONE_BEFORE = re.compile(rf"\b(?:{V.PHONE_WORDS})\b[^.\n\d]{{0,40}}(?:\d[^.\n]{{0,25}})?$", re.I)
_ARTICLE = {**V.ARTICLE_SCALES, **V.DEFINITE_SCALES, **V.APPROXIMATE_NUMBERS}
_DIGITS_RESTATED = re.compile(r"\s*\(\s*")
_RESTATED_END = re.compile(r"\s*\)")
# Numbers in words, by language: "two thousand", "deux mille", "twenty-five".
_WORD_NUMBER = [
    rf"(?:{'|'.join(words)})(?:(?:[\s-]+|\s+(?:and|et)\s+)(?:{'|'.join(words)}))*"
    for words in V.NUMBER_WORDS.values()
]
# Vague quantities, then scale words after an article, then numbers in words: one table
# scanned at once (see etl.text.PatternSet); a hit's index says which row it is.
_WORDED = PatternSet(
    [p for p, _, _ in V.VAGUE_QUANTITIES] + list(_ARTICLE) + _WORD_NUMBER, r"\b", r"\b", re.I
)
_N_VAGUE, _N_ARTICLE = len(V.VAGUE_QUANTITIES), len(_ARTICLE)
_ARTICLE_VALUES = list(_ARTICLE.values())
_ARTICLE_APPROXIMATE = [p in V.APPROXIMATE_NUMBERS for p in _ARTICLE]
# (after an elided word too: "alors qu'environ 1 000")
_QUAL_BEFORE = re.compile(
    rf"(?:^|[\s(:,;’'])(?P<q>{_alt(p for p, _ in V.QUALIFIERS_BEFORE)})\s*"
    rf"(?:(?:{V.QUALIFIER_FILLERS})\s+)*$",
    re.IGNORECASE,
)
_QUAL_KIND = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), k) for p, k in V.QUALIFIERS_BEFORE]
_QUAL_AFTER = [(re.compile(rf"^\s*(?:{p})(?!\w)", re.IGNORECASE), k) for p, k in V.QUALIFIERS_AFTER]
_MONTHS = "|".join(sorted(V.MONTHS, key=len, reverse=True))
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:er|st|nd|rd|th)?\s*(?:{_MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:e|er|ère|eme|ème|st|nd|rd|th)\b", re.IGNORECASE)
_PER_CENT_BEFORE = re.compile(r"(?:\bper|\d\s*pour)\s+$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pour ?cent\b|pc\b)", re.IGNORECASE)
# (a whole that is a whole number: not the "10" of "out of 10,000" or "sur 10 000")
_SHARE_OF = re.compile(
    rf"\s+(?:{V.SHARE_JOINERS})\s+(?P<whole>{V.SHARE_WHOLES})\b(?![.,\s\u00a0\u202f]?\d)",
    re.IGNORECASE,
)
_SHARE_WHOLE = re.compile(
    rf"(?<![\d.,])(?<!\d\s)\b(?P<part>{V.SHARE_PARTS})\s+(?:{V.SHARE_JOINERS})\s+$",
    re.IGNORECASE,
)
_WHOLE_WORD = re.compile(rf"(?:{V.SHARE_WHOLES})", re.IGNORECASE)
_MONEY_BEFORE = re.compile(rf"(?:{V.MONEY_BEFORE})\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|et|à|au)\s*$", re.IGNORECASE)
_CHANGE_FROM = re.compile(
    rf"\b(?:{V.CHANGE_VERBS})(?:\s+[\w’'-]+){{0,2}}?\s+(?:from|de|d[’'])\s*"
    rf"(?:(?:{_alt(p for p, _ in V.QUALIFIERS_BEFORE)})\s+)?$",
    re.IGNORECASE,
)
_RANGE_OPEN = re.compile(r"(?:\b(?:between|from|entre|de)|\bd[’'])\s*$", re.IGNORECASE)
_SCALE_WORD = re.compile(
    rf"(?:{'|'.join(sorted(V.SCALE_SUFFIXES, key=len, reverse=True))})\+?$", re.IGNORECASE
)
# every scale word a number in words may hold ("hundred", "mille", "millions")
_WORD_SCALES = {**V.WORD_SCALES, **{w: v for w, v in V.SCALE_SUFFIXES.items() if len(w) > 2}}
# the minutes of a time ("08:30", "14h30"; not "Site 2:450")
_CLOCK_BEFORE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:h]$")
_TIME_AFTER = re.compile(r"^(?:h\d|:\d|\s?(?:am|pm|h)\b|\s?GMT)", re.IGNORECASE)
# a noun naming people right after a number ("2000 persons", "1950 ménages déplacés")
_PEOPLE_AFTER = re.compile(
    rf"\s+(?:{_alt(p for p, cls, _, _ in V.HEAD_NOUNS if cls != 'not')})\b", re.IGNORECASE
)  # (matched at a position: no "^")
# a number alone in a table's cell ("| 045 |")
_CELL_BEFORE = re.compile(r"\|\s*$")
_CELL_AFTER = re.compile(r"\s*(?:\||$)")
_YEAR_BEFORE = re.compile(rf"\b(?:{V.YEAR_BEFORE})\s*$", re.IGNORECASE)
_NAMER_BEFORE = re.compile(rf"\b(?:{V.NUMBER_NAMERS})\s*$", re.IGNORECASE)
_DOCUMENT_NAMER_BEFORE = re.compile(rf"\b(?:{V.DOCUMENT_NUMBER_NAMERS})\s*$", re.IGNORECASE)
_MODEL_NAMER_BEFORE = re.compile(rf"\b(?:{V.MODEL_NAMERS})\s*$")
_CODE_NAMER_BEFORE = re.compile(rf"\b(?:{V.CODE_NUMBER_NAMERS})\s*(?:n[°º]\s*|no\.\s*)?$", re.I)


def _parse_digits(raw: str, scale: str | None) -> float:
    digits = re.sub(r"[\u00a0\u202f\u2009 '’]", "", raw)
    groups = re.split(r"[.,]", digits)
    if scale and len(groups) == 2:
        # "1.8 million", "1,2 million": one separator before a scale word is a decimal mark.
        number = float(f"{groups[0]}.{groups[1]}")
    elif len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        number = float("".join(groups))
    elif len(groups) == 2:
        number = float(f"{groups[0]}.{groups[1]}")
    else:
        number = float("".join(groups))
    return number * V.SCALE_SUFFIXES.get((scale or "").lower(), 1.0)


def _words_value(span: str) -> float | None:
    for lang in ("en", "fr"):
        try:
            return float(text2num(span.lower(), lang))
        except ValueError:
            continue
    return None


_WORDS_JOINED = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)


def _word_numbers(text: str, start: int, span: str) -> list[tuple[int, str]]:
    """The numbers of a run of number words: itself ("one hundred and twenty", "vingt et
    un"), else the two numbers an "and" / "et" joins, which no number reads across
    ("between two and three thousand", "entre deux et trois mille"): the last "and" that
    splits it into two numbers ("between two hundred and fifty and three hundred"), else
    the first ("between two and three hundred and fifty")."""
    if _words_value(span) is not None:
        return [(start, span)]
    # (with no "between", only counts: "two and three thousand families ... respectively",
    # not "Zones one and two of the camp")
    least = 0 if _RANGE_OPEN.search(text, max(0, start - 10), start) else 10
    splits = [
        [(start, span[: j.start()]), (start + j.end(), span[j.end() :])]
        for j in _WORDS_JOINED.finditer(span)
        if _words_value(span[: j.start()]) is not None
        and (_words_value(span[j.end() :]) or 0) >= max(least, 1)
    ]
    if not splits:
        return [(start, span)]
    last = splits[-1]
    return last if not _WORDS_JOINED.search(last[1][1]) else splits[0]


def _raw_mentions(text: str) -> list[Quantity]:
    """Every number mention, before qualifiers and ranges; overlapping ones dropped."""
    found: list[Quantity] = []
    worded = _WORDED.hits(text)
    for i, m in worded:
        if i < _N_VAGUE:
            _, lo, hi = V.VAGUE_QUANTITIES[i]
            found.append(Quantity(m.start(), m.end(), m.group(), None, lo, hi, True, vague=True))
        elif i < _N_VAGUE + _N_ARTICLE:
            value = _ARTICLE_VALUES[i - _N_VAGUE]
            found.append(Quantity(m.start(), m.end(), m.group(), value, value, value,
                                  _ARTICLE_APPROXIMATE[i - _N_VAGUE]))
    phones = [
        m.span() for m in _PHONE.finditer(text)
        if _PHONE_BEFORE.search(text, max(0, m.start() - 80), m.start())
    ] if ("0" in text or "+" in text) else []
    if "-" in text:
        phones += [m.span() for m in _NANP_PHONE.finditer(text)]
    for m in _DIGITS.finditer(text):
        if phones and any(a <= m.start() < b for a, b in phones):
            continue
        raw = m.group()
        key = "scale" if m.group("scale") else "ascale"
        scale = m.group(key)
        number_part = raw[: m.start(key) - m.start()] if scale else raw
        number_part = number_part.rstrip("+").strip()
        value = _parse_digits(number_part, scale)
        found.append(Quantity(m.start(), m.end(), raw, value, value, value, False))
    for i, m in worded:
        if i >= _N_VAGUE + _N_ARTICLE:
            if _PER_CENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (
                m.group().lower().startswith("cent")
            ):
                continue  # "80 per cent", "20 pour cent": the number before is a percentage
            span = m.group().strip(" -")
            parts = _word_numbers(text, m.start(), span)
            for start, part in parts:
                value = _words_value(part)
                # "one", "un", "une" alone are articles far more often than counts (not as
                # the first of a range: "between one and two thousand")
                opened = len(parts) > 1 and _RANGE_OPEN.search(
                    text, max(0, m.start() - 10), m.start()
                )
                if value is None or value < (1 if opened else 2):
                    continue
                found.append(
                    Quantity(start, start + len(part), part, value, value, value, False)
                )
    # Longest mention wins where two overlap ("tens of thousands" over "thousands").
    found.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quantity] = []
    for q in found:
        if kept and q.start < kept[-1].end:
            continue
        if kept and q.value is not None and q.value == kept[-1].value and (
            _DIGITS_RESTATED.fullmatch(text, kept[-1].end, q.start)
        ) and (shut := _RESTATED_END.match(text, q.end)) and not kept[-1].text[:1].isdigit():
            # a number in words restated in digits, as official French writes it ("quatre
            # cent douze (412) ménages"): one number, whose noun follows the brackets
            words = kept.pop()
            q = Quantity(words.start, shut.end(), text[words.start : shut.end()], q.value,
                         q.low, q.high, words.approximate)
        kept.append(q)
    return kept


def _is_share(text: str, q: Quantity) -> bool:
    """Is the number either side of a share of ten or a hundred ("six sur dix", "three out
    of every ten")? Its part is no larger than its whole: "received 40,000 in 10 days" and
    "moved 1,200 in 10 buses" are counts."""
    if (m := _SHARE_OF.match(text, q.end)) is not None:
        return q.value is not None and q.value <= _share_value(m["whole"])
    if not _WHOLE_WORD.fullmatch(q.text):
        return False
    m = _SHARE_WHOLE.search(text, max(0, q.start - 30), q.start)
    return m is not None and q.value is not None and _share_value(m["part"]) <= q.value


def _share_value(word: str) -> float:
    """The value of a share's part or whole: digits, or a number in words ("a hundred" is
    one hundred)."""
    if word.isdigit():
        return float(word)
    return _words_value(re.sub(r"^a\s+", "one ", word, flags=re.IGNORECASE)) or 0.0


def _kind(text: str, q: Quantity) -> str:
    before, after = text[max(0, q.start - 12) : q.start], text[q.end : q.end + 12]
    if q.vague:
        return "count"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if _is_share(text, q):
        return "percent"  # "six sur dix": a share, the "six" and the "dix"
    if _MONEY_BEFORE.search(before):
        return "money"
    if re.fullmatch(r"\d+", q.text):
        if _ORDINAL_AFTER.match(after) and not _DATE_AFTER.match(after):
            return "ordinal"
        if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after.lstrip()):
            return "date" if (q.value or 0) <= 31 else "year"
        if _TIME_AFTER.match(after) or (
            _CLOCK_BEFORE.search(before) and re.fullmatch(r"[0-5]\d", q.text)
        ):
            return "date"  # "08:30", and its minutes
        # (but a count may be padded, before its people: "012 ménages"; the cheap test
        # first, as most numbers have no leading zero)
        if (
            len(q.text) > 1 and q.text[0] == "0"
            and not _PEOPLE_AFTER.match(text, q.end, q.end + 40)
        ):
            # no count is written with a leading zero: a time ("by 0500") or a code
            if len(q.text) == 4 and q.text[:2] <= "23" and q.text[2] <= "5":
                return "date"
            if not (_CELL_BEFORE.search(before) and _CELL_AFTER.match(after)):
                return "name"  # (alone in a table's cell, padded: "| Kibirizi | 045 | 213 |")
        if (
            (
                (len(q.text) <= 2 and _NAMER_BEFORE.search(before))
                or (len(q.text) <= 3 and _DOCUMENT_NAMER_BEFORE.search(before))
            )
            and not _PEOPLE_AFTER.match(text, q.end, q.end + 40)
        ):
            return "name"  # "les résidents du secteur 1", "Camp 11" (not "camp 200 families")
        # (a model's number has no thousands separator: not "At Airbus 2,000 employees")
        if (q.text.isdigit() and _MODEL_NAMER_BEFORE.search(before)) or (
            _CODE_NAMER_BEFORE.search(text, max(0, q.start - 24), q.start)
            and not _PEOPLE_AFTER.match(text, q.end, q.end + 40)
        ):
            return "name"  # "a Boeing 747", "[Question 8841]"
        if 1900 <= (q.value or 0) <= 2100 and len(q.text) == 4:
            people = _PEOPLE_AFTER.match(text, q.end, q.end + 40)
            if not people or _YEAR_BEFORE.search(text, max(0, q.start - 16), q.start):
                return "year"
    return "count"


def _qualify(text: str, q: Quantity) -> Quantity:
    """Apply "more than", "nearly", "about", "+"... to a mention's bounds."""
    before = text[max(0, q.start - 40) : q.start]
    m = _QUAL_BEFORE.search(before)
    start, low, high, approx = q.start, q.low, q.high, q.approximate
    if m:
        word = m.group("q")
        kind = next((k for rx, k in _QUAL_KIND if rx.match(word)), "approx")
        if kind:
            start = q.start - (len(before) - m.start("q"))
            approx = True
            if kind == "min":
                low, high = (q.low if q.vague else q.value), (q.high if q.vague else None)
            elif kind == "max":
                low, high = (q.low if q.vague else None), (q.high if q.vague else q.value)
    end = q.end
    after_kind = "min" if q.text.endswith("+") else None
    for rx, kind in _QUAL_AFTER:
        m2 = None if after_kind else rx.match(text[q.end : q.end + 24])
        if m2:
            end, after_kind = q.end + m2.end(), kind
            break
    if after_kind == "min":
        low, high, approx = (q.low if q.vague else q.value), None, True
    return Quantity(start, end, text[start:end], q.value, low, high, approx, q.kind, q.vague)


def _spread_dates(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "January 23 and 25", "Dec. 5 to 11": the second day of a date range is a date too."""
    out = list(qs)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.kind == "date"
            and b.kind == "count"
            and re.fullmatch(r"\d{1,2}", b.text)
            and _RANGE_JOIN.match(text[a.end : b.start])
        ):
            out[i] = b._replace(kind="date")
    return out


def _leading_scales(words: str) -> list[float]:
    """The scale words right after the first number of a number in words: "three hundred
    thousand" [100, 1000], "three thousand five hundred" [1000], "trois cents" [100],
    "forty" []."""
    tokens = re.split(r"[\s-]+", words.lower())
    i = 0
    while i < len(tokens) and tokens[i] not in _WORD_SCALES:
        i += 1
    scales = []
    while i < len(tokens) and tokens[i] in _WORD_SCALES:
        scales.append(_WORD_SCALES[tokens[i]])
        i += 1
    return scales


def _shared_scale(low: str, high: str) -> float:
    """What the scale words of the high end of a range in words multiply the low end by:
    those the low end lacks after its own ("two and three hundred thousand" 100,000,
    "two hundred and three hundred thousand" 1,000, "two hundred and three hundred" 1)."""
    own, theirs = _leading_scales(low), _leading_scales(high)
    if theirs[: len(own)] != own:
        return 1.0
    return math.prod(theirs[len(own) :])


_LIST_BEFORE = re.compile(r"\s*,\s*")
_RESPECTIVELY = re.compile(rf"[^.;]*?\b(?:{V.RESPECTIVELY})\b", re.IGNORECASE)


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "between X and Y", "X-Y", "de X à Y" into one range mention."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (
            b is not None
            and a.kind == b.kind == "count"
            and not b.vague  # (a vague start gives its lower bound: "several hundred to 1,000")
            and _RANGE_JOIN.match(text[a.end : b.start])
        ):
            joiner = text[a.end : b.start].strip().lower()
            opened = _RANGE_OPEN.search(text[max(0, a.start - 10) : a.start])
            # ("three and four thousand returnees": two numbers in words sharing a scale
            # are a range with no "between" too; not "Zones one and two")
            shared = (
                joiner in ("and", "et") and a.text[:1].isalpha() and b.text[:1].isalpha()
                and not _leading_scales(a.text) and _leading_scales(b.text)
                # (not the end of a list: "five, six and seven thousand people")
                and not (out and _LIST_BEFORE.fullmatch(text, out[-1].end, a.start))
            )
            if shared and not opened and _RESPECTIVELY.search(text, b.end):
                # two counts, one each ("Twenty and thirty thousand people fled Kalehe and
                # Kabare respectively"): the scale words serve both
                value = a.value * _shared_scale(a.text, b.text) if a.value is not None else None
                out += [a._replace(value=value, low=value, high=value), b]
                i += 2
                continue
            if _CHANGE_FROM.search(text, max(0, a.start - 50), a.start):
                # a change from one count to another is two counts, the later the current
                # ("rose from 3.5 million to 7 million", "est passé d'environ 4 000 à 9 000")
                out.append(a)
                i += 1
                continue
            if joiner in ("-", "–", "—", "to", "à") or opened or shared:
                lo, hi = (a.low if a.vague else a.value), b.value
                high_scale = _SCALE_WORD.search(b.text)
                if lo is not None and not a.vague and not _SCALE_WORD.search(a.text):
                    if a.text[:1].isalpha() and b.text[:1].isalpha():
                        # in words, the scale words after the second's first number serve
                        # both ends: "two and three hundred thousand", "two and three
                        # thousand five hundred" (2,000), "deux et trois cents"
                        lo *= _shared_scale(a.text, b.text)
                    elif high_scale:
                        # "1.5 to 2 million": the scale word serves both ends
                        lo *= V.SCALE_SUFFIXES[high_scale.group().rstrip("+").lower()]
                if lo is not None and hi is not None and lo < hi:
                    start = a.start - (len(opened.group()) if opened else 0)
                    out.append(Quantity(start, b.end, text[start : b.end], None, lo, hi, True))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def find_quantities(text: str) -> list[Quantity]:
    """All number mentions in `text`, in order, with kind, bounds and qualifiers applied."""
    # (Quantity(...) rather than dataclasses.replace, which costs ten times more)
    qs = [
        Quantity(q.start, q.end, q.text, q.value, q.low, q.high, q.approximate, kind, q.vague)
        for q in _raw_mentions(text)
        for kind in (_kind(text, q),)
    ]
    qs = _merge_ranges(text, _spread_dates(text, qs))
    # A range carries its own bounds; qualifiers apply to single numbers and vague ones.
    return [
        _qualify(text, q) if q.kind == "count" and (q.value is not None or q.vague) else q
        for q in qs
    ]


class _NumberHint:
    """`search(text)`: whether `\\d|\\b(?:number words|vague quantities)\\b` matches
    anywhere, as two scans: a digit, found by the engine's quick skip over other
    characters, answers most sentences before the slower scan for words."""

    def __init__(self):
        words = [w for ws in V.NUMBER_WORDS.values() for w in ws if len(w) > 2]
        vague = [p for p, _, _ in V.VAGUE_QUANTITIES] + list(V.APPROXIMATE_NUMBERS)
        self.digit = re.compile(r"\d")
        self.words = re.compile(rf"\b(?:{any_of(words + vague, '', re.I)})\b", re.IGNORECASE)
        # remembered by sentence: reports repeat sentences (disclaimers, boilerplate), and
        # those mostly hold no digit, so they need the slower scan for words
        self.search = lru_cache(maxsize=8192)(self._search)

    def _search(self, text: str) -> bool:
        return self.digit.search(text) is not None or self.words.search(text) is not None


@cache
def number_hint() -> _NumberHint:
    """A cheap test for "this sentence may hold a number", to skip the rest quickly."""
    return _NumberHint()


def parse_quantity(text: str) -> Quantity | None:
    """The single quantity in a short phrase ("more than 30,000"), or None."""
    qs = [q for q in find_quantities(text) if q.kind == "count"]
    return qs[0] if qs else None
