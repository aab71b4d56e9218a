"""Decide which numbers of a document are displacement figures, and describe each one.

For every number `etl.quantities` finds in a sentence, the extractor reads the noun that
follows it (refugees, households, soldiers...) and the words around it in its clause
(crossed, fled, killed, can host...), all listed in `etl.vocabulary`. A number is a figure
when its noun says people on the move, or says people and the clause says they moved or
are sheltering; it is left out when a word beside it says deaths, money, capacity, a
plan or a projection. Category, measure, rate, period and places come from the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl import places as P
from etl import vocabulary as V
from etl.documents import Document
from etl.quantities import Quantity, find_quantities, number_hint
from etl.text import Span, clauses, fingerprint, paragraphs, sentences
from geo import gazetteer


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_HEADS = [(_rx(rf"^(?:{p})(?![\w-])"), cls, unit, cat) for p, cls, unit, cat in V.HEAD_NOUNS]
_POST_HEAD = [(_rx(rf"^\s*(?:{p})(?![\w-])"), cat) for p, cat in V.POST_HEAD_ADJECTIVES]
_SKIP = _rx(
    rf"^(?:{V.HEAD_SKIP_WORDS}|were|are|was|is|sont|étaient|était)(?![\w-])\s*|^[(),:]\s*"
    r"|^[dl][’']\s*"
)
_PARTITIVE = _rx(rf"^\s*(?:{V.PARTITIVES})(?![\w-])")
_CUES = [
    (_rx(rf"(?<![\w-])(?:{p})(?![\w-])"), cat, measure) for p, cat, measure in V.DISPLACEMENT_CUES
]
_NEGATIVES = [(_rx(rf"(?<![\w-])(?:{p})(?![\w-])"), kind) for p, kind in V.NEGATIVE_CUES]
_NEGATIVE_AFTER = [
    (_rx(rf"\W{{0,3}}(?:\w+\s+){{0,2}}(?:{p})(?![\w-])"), kind) for p, kind in V.NEGATIVE_AFTER
]
_RATES = [(_rx(rf"(?<![\w-])(?:{p})(?![\w-])"), rate) for p, rate in V.RATES]
_PERIODS = [_rx(rf"(?<![\w-])(?:{p})") for p in V.PERIODS]
_LABEL = _rx(
    r"(?:^|[\n•*-])\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ’' -]{1,30}?)\s*:\s*(?:approx\.|~|about|environ)?\s*$"
)
_JOINED = _rx(rf"(?<![\w-])(?:{V.CLAUSE_JOINERS})(?![\w-])|;")
_COMPARISON = _rx(r"(?:contre|compared (?:with|to)|versus|vs\.?|against|soit|or|ou|and|et)\W*$")

WINDOW = 90  # characters of context on each side of a number, cut at the next number


@dataclass
class Head:
    cls: str  # displaced | people | not | "" (no noun)
    unit: str
    category: str
    end: int  # where the noun phrase ends in the sentence
    partitive: bool = False


@dataclass
class Verdict:
    """What the extractor concluded about one number of a sentence."""

    quantity: Quantity
    head: Head
    is_figure: bool
    category: str = ""
    measure: str = "flow"
    unit: str = "people"
    confidence: float = 0.0
    why: str = ""


@dataclass
class _DocState:
    """What earlier sentences of the document tell later ones."""

    seen: set[str] = field(default_factory=set)
    last_location: P.PlaceRef | None = None
    last_figure: Verdict | None = None  # in the current paragraph
    doc_figure: Verdict | None = None  # anywhere before in the document
    last_paragraph: int = -1


def head_noun(s: str, pos: int) -> Head:
    """The noun a number counts: "30,000 people", "des milliers de déplacés",
    "1,200 Goma residents", "55,000 of them" (partitive), "71,989 were Congolese"."""
    i, partitive, skipped_demonym = pos, False, False
    for _ in range(6):
        rest = s[i : i + 60]
        lead = len(rest) - len(rest.lstrip())
        rest, i = rest.lstrip(), i + lead
        if m := _PARTITIVE.match(rest):
            partitive, i = True, i + m.end()
            continue
        for rx, cls, unit, cat in _HEADS:
            if m := rx.match(rest):
                end = i + m.end()
                if cls == "people":
                    for adj, adj_cat in _POST_HEAD:
                        if a := adj.match(s[end : end + 40]):
                            return Head("displaced", unit, adj_cat, end + a.end(), partitive)
                return Head(cls, unit, cat, end, partitive)
        if m := _SKIP.match(rest):
            i += max(m.end(), 1)
            continue
        word = re.match(r"[A-ZÀ-Þ][\w’'-]*", rest)
        if word:
            mention = gazetteer.find(word.group())
            skipped_demonym = skipped_demonym or any(x.demonym for x in mention)
            i += word.end()
            continue
        break
    if skipped_demonym:  # "1,300+ Congolese sheltering": the nationality is the noun
        return Head("people", "people", "", i, partitive)
    return Head("", "people", "", i, partitive)


def _find(patterns, s: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    out = []
    for rx, *tags in patterns:
        for m in rx.finditer(s, lo, hi):
            out.append(
                (m.start(), m.end(), *tags) if len(tags) == 2 else (m.start(), m.end(), tags[0], "")
            )
    return out


def _nearest(hits, q: Quantity, head_end: int):
    def distance(h):
        return q.start - h[1] if h[1] <= q.start else max(0, h[0] - head_end)

    return sorted(hits, key=distance)


def _category(cues, head: Head) -> str:
    cats = [c[2] for c in cues if c[2]]
    for strong in ("returned", "evacuated"):
        if strong in cats:
            return strong
    if head.category:
        return head.category
    return cats[0] if cats else ""


def _measure(cues) -> str:
    measures = [c[3] for c in cues if c[3]]
    return measures[0] if measures else "flow"


def judge(
    s: str,
    qs: list[Quantity],
    k: int,
    clause: Span,
    prev: Verdict | None,
    context_figure: Verdict | None,
    doc_figure: Verdict | None = None,
) -> Verdict:
    """Is the k-th number of sentence `s` a displacement figure? `prev` is the verdict on
    the number before it in the sentence, `context_figure` the last figure of the same
    paragraph (lists of figures share their context), `doc_figure` the last one of the
    document (a labelled row such as "Women: 15,899" takes the context of the report)."""
    q = qs[k]
    head = head_noun(s, q.end)
    v = Verdict(q, head, False, unit=head.unit or "people")
    if q.kind != "count":
        v.why = q.kind
        return v
    # The context of a number starts after the previous number's noun, which is its own.
    lo = max(clause.start, prev.head.end if prev else 0, q.start - WINDOW)
    lo = min(lo, q.start)
    hi = min(clause.end, qs[k + 1].start if k + 1 < len(qs) else len(s), head.end + WINDOW)
    if head.cls == "not":
        v.why = "not people"
        return v
    negatives = sorted(_find(_NEGATIVES, s, lo, q.start))
    if negatives and not _JOINED.search(s, negatives[-1][1], q.start):
        v.why = negatives[-1][2]
        return v
    for rx, kind in _NEGATIVE_AFTER:
        if rx.match(s, head.end, hi):
            v.why = kind
            return v
    # The counted noun itself ("internally displaced people") is not context for its count.
    cues = _nearest(
        [c for c in _find(_CUES, s, lo, hi) if not q.start <= c[0] < head.end], q, head.end
    )
    small = q.value is not None and q.value < (10 if head.cls else 100)
    label = _LABEL.search(s, clause.start, q.start)
    if head.cls == "" and label:
        head = head_noun(label.group(1) + " ", 0) if label.group(1) else head
        head = Head(head.cls, head.unit, head.category, v.head.end)
        v.head, v.unit = head, head.unit or "people"
        context_figure = context_figure or doc_figure
    if small and not head.partitive:
        v.why = "too small to be a figure"
        return v
    sentence_cues = cues or _find(_CUES, s, 0, len(s))
    inherited = None
    if head.partitive or head.cls == "":
        joined = prev and prev.is_figure and _COMPARISON.search(s, prev.quantity.end, q.start)
        if head.partitive:
            inherited = prev if prev else context_figure
        elif joined:
            inherited = prev
        elif label and context_figure and head.cls:
            inherited = context_figure
    if inherited is not None:
        if not inherited.is_figure:
            v.why = "part of a number that is not a figure"
            return v
        v.is_figure, v.confidence = True, 0.7
        v.unit = head.unit if head.cls else inherited.unit
        v.category = _category(cues, head) or inherited.category
        v.measure = _measure(cues) if cues else inherited.measure
        return v
    if head.cls == "displaced":
        v.is_figure, v.confidence = True, 0.9 if cues else 0.8
    elif head.cls == "people" and cues:
        v.is_figure, v.confidence = True, 0.8
    elif head.cls == "people" and (sentence_cues or (context_figure and label)):
        v.is_figure, v.confidence = True, 0.6
        cues = sentence_cues or []
    elif head.cls == "" and cues:
        v.is_figure, v.confidence = True, 0.6
    if not v.is_figure:
        v.why = "no displacement context"
        return v
    if not cues and context_figure is not None:
        v.category, v.measure = context_figure.category, context_figure.measure
    else:
        v.category, v.measure = _category(cues, head), _measure(cues)
    return v


def _rate(s: str, lo: int, hi: int) -> str:
    hits = _find(_RATES, s, lo, hi)
    return hits[0][2] if hits else ""


def _period(s: str, clause: Span, q: Quantity) -> str:
    best = None
    for rx in _PERIODS:
        for m in rx.finditer(s, clause.start, clause.end):
            d = m.start() - q.end if m.start() >= q.end else q.start - m.end()
            if d >= -len(m.group()) and (best is None or abs(d) < best[0]):
                best = (abs(d), m.group().strip(" ,;."))
    return best[1] if best else ""


def _places(
    s: str,
    found: list[P.Found],
    q: Quantity,
    category: str,
    clause: Span,
    state: _DocState,
    ctx: P.DocumentPlaces,
):
    """origin, destination and location of a figure as PlaceRefs (None when unknown)."""

    def nearest(role: str) -> P.PlaceRef | None:
        cands = [(i, f) for i, f in enumerate(found) if f.role == role]
        inside = [c for c in cands if clause.start <= c[1].start < clause.end]
        cands = inside or cands
        if not cands:
            return None
        i, _ = min(cands, key=lambda c: abs(c[1].start - q.start))
        return P.grouped(found, s, i)

    origin, dest, at = nearest("origin"), nearest("destination"), nearest("at")
    if origin is None and ctx.origin_iso3 and category in ("refugees", ""):
        origin = P.country_ref(ctx.origin_iso3)
    if (
        category in ("", "fled")
        and dest is not None
        and dest.place_id
        and dest.place_id == dest.iso3
    ):
        category = "refugees"  # one enters or reaches a country only from abroad
    if category in ("refugees", "fled", "") and origin and origin.iso3:
        for cand in (dest, at):
            if cand and cand.iso3 and cand.iso3 != origin.iso3:
                category = "refugees"
                if dest is None:
                    dest = cand
                break
    if (
        category == "refugees"
        and dest is None
        and ctx.host_iso3
        and ctx.host_iso3 != (origin.iso3 if origin else "")
    ):
        dest = P.country_ref(ctx.host_iso3)
    if category == "refugees":
        location = dest or at
    else:
        location = at or dest or origin
    if location is None:
        location = state.last_location or ctx.main
    return origin, dest, location, category


def extract(doc: Document, ctx: P.DocumentPlaces | None = None) -> list[dict]:
    """The displacement figures of one document, as rows of the `figures` table."""
    text = doc.text
    body = text[doc.body_start :]
    state = _DocState()
    units = [
        (pi, s)
        for pi, par in enumerate(paragraphs(body, doc.body_start))
        for s in sentences(par.text, par.start)
    ]
    if ctx is None:
        ctx = P.document_places([s.text for _, s in units])
    hint = number_hint()
    rows: list[dict] = []
    for pi, sent in units:
        key = fingerprint(sent.text)
        if key in state.seen:  # a teaser or pull quote repeated: its figures are counted once
            continue
        state.seen.add(key)
        if pi != state.last_paragraph:
            state.last_figure, state.last_paragraph = None, pi
        if not hint.search(sent.text):
            continue
        rows.extend(_sentence_figures(doc, sent, state, ctx))
    return rows


def _sentence_figures(
    doc: Document, sent: Span, state: _DocState, ctx: P.DocumentPlaces
) -> list[dict]:
    s = sent.text
    qs = find_quantities(s)
    if not qs:
        return []
    found = P.find_in_sentence(s)
    parts = [Span(c.start - sent.start, c.end - sent.start, c.text) for c in clauses(sent)]
    rows, prev = [], None
    for k, q in enumerate(qs):
        clause = next((c for c in parts if c.start <= q.start < c.end), Span(0, len(s), s))
        v = judge(s, qs, k, clause, prev, state.last_figure, state.doc_figure)
        prev = v
        if not v.is_figure:
            continue
        origin, dest, location, category = _places(s, found, q, v.category, clause, state, ctx)
        # Silent on the category and not crossing a border (that _places would have seen):
        # people who moved or shelter inside their own country.
        v.category = category or "displaced"
        if v.category == "fled" and dest is not None:
            v.category = "displaced"
        state.last_figure = state.doc_figure = v
        if location is not None:
            state.last_location = location
        rows.append(
            _row(
                doc,
                sent,
                clause,
                v,
                origin,
                dest,
                location,
                _rate(s, clause.start, clause.end),
                _period(s, clause, q),
            )
        )
    return rows


def _row(doc, sent, clause, v: Verdict, origin, dest, location, rate, period) -> dict:
    q = v.quantity
    size = V.HOUSEHOLD_SIZE.get(v.unit, 1.0)
    best = q.value if q.value is not None else None
    estimate = (
        best
        if best is not None
        else (
            (q.low + q.high) / 2 if q.low is not None and q.high is not None else (q.low or q.high)
        )
    )
    start, end = sent.start + clause.start, sent.start + clause.end

    def name(r):
        return r.name if r else ""

    def pid(r):
        return r.place_id if r else ""

    return {
        "figure_id": f"{doc.doc_id}#{sent.start + q.start}",
        "doc_id": doc.doc_id,
        "published": doc.published,
        "value": best,
        "value_low": q.low,
        "value_high": q.high,
        "approximate": bool(q.approximate),
        "unit": v.unit,
        "people_estimate": round(estimate * size) if estimate is not None else None,
        "category": v.category,
        "measure": v.measure,
        "rate": rate,
        "origin": name(origin),
        "destination": name(dest),
        "location": name(location),
        "origin_place_id": pid(origin),
        "destination_place_id": pid(dest),
        "location_place_id": pid(location),
        "iso3": location.iso3 if location else "",
        "admin1": location.admin1 if location else "",
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "period": period,
        "quote": doc.text[start:end],
        "char_start": start,
        "char_end": end,
        "confidence": round(v.confidence * (1.0 if location and location.start >= 0 else 0.9), 2),
        "number_text": q.text,
        "number_start": sent.start + q.start,
        "number_end": sent.start + q.end,
        "language": doc.language,
    }
