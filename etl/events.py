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

from etl import vocabulary as V
from etl.documents import Document
from etl.text import clauses, fingerprint, sentences
from geo import gazetteer

_KIND = [
    (kind, re.compile(rf"(?<![\w-])(?:{'|'.join(ps)})(?![\w-])", re.I))
    for kind, ps in V.EVENT_CUES.items()
]
_ACTOR = re.compile(rf"(?<![\w-])(?:{'|'.join(V.EVENT_ACTORS)})(?![\w-])")
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


def resolve_date(clause: str, published: str) -> tuple[str, str]:
    """(ISO date or "", the words it came from) for the time an event clause names."""
    ref = dt.date.fromisoformat(published) if published else None
    if m := _DAY_MONTH.search(clause):
        return _iso(
            _year_for(V.MONTHS[m.group(2).lower()], int(m.group(1)), ref, m.group(3))
        ), m.group()
    if m := _MONTH_DAY.search(clause):
        return _iso(
            _year_for(V.MONTHS[m.group(1).lower()], int(m.group(2)), ref, m.group(3))
        ), m.group()
    if m := _WEEKDAY_RX.search(clause):
        if ref is None:
            return "", m.group()
        back = (ref.weekday() - V.WEEKDAYS[m.group(1).lower()]) % 7
        return _iso(ref - dt.timedelta(days=back)), m.group()
    for rx, days in _RELATIVE.items():
        if m := rx.search(clause):
            return (_iso(ref + dt.timedelta(days=days)) if ref else ""), m.group()
    if m := _MONTH_ONLY.search(clause):
        return "", m.group()
    return "", ""


def _event_places(kind: str, clause: str, cue: re.Match) -> list[gazetteer.Place]:
    """The places an event is about: for a capture, every place named just after the verb
    ("seizing the cities of Goma and Bukavu"); otherwise the place nearest the cue."""
    places = [p for p in gazetteer.find(clause) if not p.demonym]
    if kind == "captured":
        after = [p.place for p in places if 0 <= p.start - cue.end() <= 60]
        return after or [p.place for p in places if 0 <= cue.start() - p.end <= 40][-1:]
    near = min(places, key=lambda p: abs(p.start - cue.start()), default=None)
    return [near.place] if near else []


def _clause_events(doc: Document, clause) -> list[dict]:
    rows = []
    for kind, rx in _KIND:
        cue = rx.search(clause.text)
        if not cue:
            continue
        places = _event_places(kind, clause.text, cue)
        if kind == "captured" and not places:
            continue  # "took" or "taken" mean a capture only with a place after them
        date, date_text = resolve_date(clause.text, doc.published)
        actor = _ACTOR.search(clause.text)
        for place in places or [None]:
            place_id = place.place_id if place else ""
            rows.append(
                {
                    "event_id": f"{doc.doc_id}#{clause.start}:{kind}:{place_id}",
                    "doc_id": doc.doc_id,
                    "date": date,
                    "date_text": date_text,
                    "kind": kind,
                    "actor": actor.group() if actor else "",
                    "place_id": place.place_id if place else "",
                    "place": place.name if place else "",
                    "quote": clause.text,
                    "char_start": clause.start,
                    "char_end": clause.end,
                }
            )
    return rows


def extract(doc: Document) -> list[dict]:
    """Rows of the `events` table for one document: one per event kind per clause."""
    rows: list[dict] = []
    seen: set[str] = set()
    for sent in sentences(doc.text[doc.body_start :], doc.body_start):
        key = fingerprint(sent.text)
        if key in seen:
            continue
        seen.add(key)
        for clause in clauses(sent):
            rows.extend(_clause_events(doc, clause))
    return rows
