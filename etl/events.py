"""Events a report mentions (captures, clashes, attacks, protests, ceasefires, sanctions),
with their dates resolved against the report's own date ("on Monday" in a report of
Wednesday 2025-01-29 is 2025-01-27).

Dates are read with the month and weekday tables of `etl.vocabulary` rather than a
general date parser: reports give them in a handful of forms, and this runs on every
sentence of every report.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from etl import vocabulary as V
from etl.documents import Document
from etl.text import PatternSet, Span, body_sentences, clauses, fingerprint
from geo import gazetteer

# The cues of every kind in one table, scanned at once (etl.text.PatternSet).
_KINDS = list(V.EVENT_CUES)
_KIND = PatternSet(
    ["|".join(ps) for ps in V.EVENT_CUES.values()], r"(?<![\w-])", r"(?![\w-])", re.I
)
# A cue found in a clause is found at the same place in its sentence: clauses are cut at
# spaces, semicolons and dashes, which the cues' one-character lookarounds read as they
# read the ends of a text. So a sentence with no cue has no clause with one, and is
# skipped whole -- unless a cue pattern looks further (anchors, lookarounds of its own).
_WHOLE_SENTENCE_TEST = not any(
    re.search(r"\^|\$|\\[AZ]|\(\?[=!<]", p) for ps in V.EVENT_CUES.values() for p in ps
)
_ACTOR = re.compile(rf"(?<![\w-])(?:{'|'.join(V.EVENT_ACTORS)})(?![\w-])")
# "1,600km west of Goma": a landmark for a distance, not where the event was
_LANDMARK = re.compile(rf"(?:{V.REFERENCE_BEFORE})\s*$", re.I)
_MONTH = "|".join(sorted(V.MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(V.WEEKDAYS)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
_WEEKDAY_RX = re.compile(rf"\b({_WEEKDAY})\b", re.I)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|en|since|depuis|early|late|mid-?|fin|début)\s+({_MONTH})\b", re.I
)
_RELATIVE = {
    re.compile(r"\b(?:yesterday|hier)\b", re.I): -1,
    re.compile(r"\b(?:today|aujourd[’']hui|this morning|ce matin)\b", re.I): 0,
    re.compile(r"\b(?:last week|la semaine dernière|la semaine passée)\b", re.I): -7,
}


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _year_for(month: int, day: int, ref: dt.date | None, year: str | None) -> dt.date | None:
    """The date of "10 December" in a report: its own year, or the year before when that
    would put the event after the report was published."""
    try:
        if year:
            return dt.date(int(year), month, day)
        if ref is None:
            return None
        d = dt.date(ref.year, month, day)
        return d if d <= ref + dt.timedelta(days=7) else dt.date(ref.year - 1, month, day)
    except ValueError:
        return None


def _date_of(m: re.Match, rx: re.Pattern, ref: dt.date | None) -> str:
    """The ISO date a time expression names, or "" when it names none precisely."""
    # .get: a month name in an odd case or script ("AVRİL") names no date rather than failing
    if rx is _DAY_MONTH:
        month = V.MONTHS.get(m.group(2).casefold())
        return _iso(_year_for(month, int(m.group(1)), ref, m.group(3))) if month else ""
    if rx is _MONTH_DAY:
        month = V.MONTHS.get(m.group(1).casefold())
        return _iso(_year_for(month, int(m.group(2)), ref, m.group(3))) if month else ""
    if ref is None or rx is _MONTH_ONLY:
        return ""
    if rx is _WEEKDAY_RX:
        back = (ref.weekday() - V.WEEKDAYS[m.group(1).lower()]) % 7
        return _iso(ref - dt.timedelta(days=back))
    return _iso(ref + dt.timedelta(days=_RELATIVE[rx]))


def resolve_date(clause: str, published: str, near: int = 0) -> tuple[str, str]:
    """(ISO date or "", the words it came from) for the time an event clause names: the
    time expression after position `near` (the event's verb), else the nearest before it,
    so that "confirmed on Tuesday that fighters entered Bukavu last week" dates the entry."""
    found = _time_expression(clause, near)
    if found is None:
        return "", ""
    m, rx = found
    return _date_of(m, rx, dt.date.fromisoformat(published) if published else None), m.group()


_TIMES = (_DAY_MONTH, _MONTH_DAY, _WEEKDAY_RX, *_RELATIVE, _MONTH_ONLY)  # most precise first
# Any of them, in one scan: most clauses name no time at all.
_ANY_TIME = re.compile("|".join(f"(?:{rx.pattern})" for rx in _TIMES), re.I)


def _time_expression(clause: str, near: int) -> tuple[re.Match, re.Pattern] | None:
    """The time expression `resolve_date` reads, and its pattern; None if there is none."""
    if not _ANY_TIME.search(clause):
        return None
    found = [(m, rx) for rx in _TIMES for m in rx.finditer(clause)]
    # the time said after the verb describes the event; one said before it often dates the
    # report of it ("confirmed on Tuesday that..."); ties go to the more precise pattern
    after = [f for f in found if f[0].start() >= near]
    return min(after or found, key=lambda f: abs(f[0].start() - near))


def _event_places(kind: str, clause: str, cue: re.Match) -> list[gazetteer.Place]:
    """The places an event is about: for a capture, every place named just after the verb
    ("seizing the cities of Goma and Bukavu"); otherwise the place nearest the cue."""
    places = [
        p
        for p in gazetteer.find(clause)
        if not p.demonym and not _LANDMARK.search(clause[max(0, p.start - 30) : p.start])
    ]
    if kind == "captured":
        # towns and cities are captured; "the DRC's east" after the verb is not a capture
        places = [p for p in places if p.place.kind != "country"]
        after = [p.place for p in places if 0 <= p.start - cue.end() <= 60]
        return after or [p.place for p in places if 0 <= cue.start() - p.end <= 40][-1:]
    near = min(places, key=lambda p: abs(p.start - cue.start()), default=None)
    return [near.place] if near else []


def _clause_events(doc: Document, clause) -> list[dict]:
    published = dt.date.fromisoformat(doc.published) if doc.published else None
    rows = []
    for kind, places, time, actor in _clause_cues(clause.text):
        date = _date_of(*time, published) if time else ""
        for place in places or (None,):
            place_id = place.place_id if place else ""
            rows.append(
                {
                    "event_id": f"{doc.doc_id}#{clause.start}:{kind}:{place_id}",
                    "doc_id": doc.doc_id,
                    "date": date,
                    "date_text": time[0].group() if time else "",
                    "kind": kind,
                    "actor": actor,
                    "place_id": place_id,
                    "place": place.name if place else "",
                    "quote": clause.text,
                    "char_start": clause.start,
                    "char_end": clause.end,
                }
            )
    return rows


@lru_cache(maxsize=4096)
def _clause_cues(clause: str) -> tuple:
    """(kind, places, time expression or None, actor) for each kind of event a clause
    cues, in the order of `V.EVENT_CUES`: what its words say, whatever the report's date,
    remembered by clause (reports repeat sentences)."""
    first: dict[int, re.Match] = {}  # the first cue of each kind, as rx.search finds it
    for i, m in _KIND.hits(clause):
        first.setdefault(i, m)
    out = []
    for i, cue in sorted(first.items()):
        kind = _KINDS[i]
        places = _event_places(kind, clause, cue)
        if kind == "captured" and not places:
            continue  # "took" or "taken" mean a capture only with a place after them
        actor = _ACTOR.search(clause)
        time = _time_expression(clause, cue.start())
        out.append((kind, tuple(places), time, actor.group() if actor else ""))
    return tuple(out)


@lru_cache(maxsize=8192)
def _has_cue(sentence: str) -> bool:
    """Whether any event cue is in a sentence, remembered by sentence (reports repeat
    sentences: disclaimers, boilerplate, teasers; most have no cue)."""
    return _KIND.search(sentence)


def extract(doc: Document, units: list[tuple[int, Span]] | None = None) -> list[dict]:
    """Rows of the `events` table for one document: one per event kind per clause.
    `units`: its `body_sentences`, when the caller has them already."""
    if units is None:
        units = body_sentences(doc.text[doc.body_start :], doc.body_start)
    rows: list[dict] = []
    seen: set[str] = set()
    for _, sent in units:
        key = fingerprint(sent.text)
        if key and key in seen:
            continue
        seen.add(key)
        if _WHOLE_SENTENCE_TEST and not _has_cue(sent.text):
            continue
        for clause in clauses(sent):
            rows.extend(_clause_events(doc, clause))
    return rows
