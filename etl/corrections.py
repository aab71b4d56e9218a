"""Figures a report withdraws in a later sentence.

A report may quote a figure given earlier ("Situation Report No. 8 gave the number of
persons moved as 1,416.") and withdraw it in the next sentence ("This was a transposition
error; the correct figure is 1,146."), or correct a figure it gave itself hours before
("il s'agit de 14 000 personnes évacuées, et non 16 000"). Sentence by sentence, the
extractor has already counted the withdrawn figure; this pass, run on a document's rows
once all are read, takes it back. The words live in `etl.vocabulary` (WITHDRAWS_PREVIOUS,
REPORTED_EARLIER, DENIES,
NOT_THIS_NUMBER, WRONGLY_GIVEN_AS, CORRECTED_VALUE_BEFORE).
"""

from __future__ import annotations

import re

from etl import vocabulary as V
from etl.quantities import find_quantities
from etl.text import Span

_WITHDRAWS_PREVIOUS = re.compile(rf"\b(?:{V.WITHDRAWS_PREVIOUS})", re.IGNORECASE)
_DENIES = re.compile(rf"\b(?:{V.DENIES})\b", re.IGNORECASE)
DENIAL_REACH = 150  # characters from a denial to the figure it denies
_REPORTED_EARLIER = re.compile(rf"\b(?:{V.REPORTED_EARLIER})", re.IGNORECASE)
_NOT_THIS_NUMBER = re.compile(rf"\b(?:{V.NOT_THIS_NUMBER})\s*$", re.IGNORECASE)
_WRONGLY = re.compile(rf"\b(?:{V.WRONGLY_GIVEN_AS})\s*", re.IGNORECASE)
_CORRECTED_VALUE = re.compile(rf"\b(?:{V.CORRECTED_VALUE_BEFORE})\s*$", re.IGNORECASE)


def withdrawn(rows: list[dict], units: list[tuple[int, Span]]) -> list[dict]:
    """`rows` without the figures a later sentence of the document withdraws, and with
    the figure it gives instead when it gives only a number ("This was a transposition
    error; the correct figure is 1,146"); `units` are the document's (paragraph number,
    sentence) pairs the rows were read from."""
    if not rows:
        return rows
    dropped: set[int] = set()
    added: list[dict] = []
    for i, (_, sent) in enumerate(units):
        taken = _withdrawn_by(rows, units, i)
        for number, start in _not_these(sent):
            # the number itself, and the earlier figure that gave it
            taken.update(
                k for k, r in enumerate(rows)
                if r["number_start"] == start
                or (r["number_start"] < sent.start and _same_number(r, number))
            )
        if taken:
            dropped |= taken
            added += _corrected(rows, taken, sent)
    if not dropped:
        return rows
    kept = [r for k, r in enumerate(rows) if k not in dropped] + added
    return sorted(kept, key=lambda r: r["number_start"])


def _withdrawn_by(rows: list[dict], units: list[tuple[int, Span]], i: int) -> set[int]:
    """The rows the `i`th sentence withdraws."""
    sent = units[i][1]
    taken: set[int] = set()
    if (wrongly := _WRONGLY.search(sent.text)) is not None:
        # "was wrongly shown as 2,790 in Press Release No. 1174": the number right after
        taken.update(k for k in _rows_in(rows, sent)
                     if rows[k]["number_start"] == _next_number(sent, wrongly.end()))
    if (withdraws := _WITHDRAWS_PREVIOUS.search(sent.text)) is not None:
        # the figure reported as said earlier, by a report, a message or a rumour (not
        # "12,000 fled. This was the largest exodus ..."): in this sentence before the
        # words that withdraw it, else in the nearest sentence before that reports one
        here = Span(sent.start, sent.start + withdraws.start(), "")
        if _REPORTED_EARLIER.search(sent.text, 0, withdraws.start()) and _rows_in(rows, here):
            taken.update(_rows_in(rows, here))
        else:
            # (in this paragraph or the one before: an interview's question may hold the
            # figure, "On a entendu le chiffre de 1 500 ... C'est exact ?", and the answer
            # withdraw it, "Non. Ce chiffre-là ... est faux")
            earlier = [u for u in units[:i] if u[0] >= units[i][0] - 1]
            for _, before in reversed(earlier):
                if _REPORTED_EARLIER.search(before.text) and _rows_in(rows, before):
                    taken.update(_rows_in(rows, before))
                    break
    if (denies := _DENIES.search(sent.text)) is not None:
        reach = sent.start + denies.end()
        taken.update(k for k in _rows_in(rows, sent)
                     if reach <= rows[k]["number_start"] < reach + DENIAL_REACH)
    return taken


def _corrected(rows: list[dict], taken: set[int], sent: Span) -> list[dict]:
    """The figure a withdrawing sentence gives instead, as a bare number after words that
    say so ("it should be read as 2,970", "il faut lire 1 340"): the withdrawn figure with
    that number. A number with a noun of its own is a figure already."""
    template = rows[max(taken)]
    own = {r["number_start"] for r in rows}
    out = []
    for q in find_quantities(sent.text):
        start = sent.start + q.start
        if (q.kind != "count" or q.value is None or start in own
                or not _CORRECTED_VALUE.search(sent.text, max(0, q.start - 60), q.start)):
            continue
        ratio = (template["people_estimate"] / template["value"]
                 if template.get("people_estimate") and template.get("value") else 1)
        out.append({
            **template,
            "figure_id": f"{template['doc_id']}#{start}",
            "value": q.value, "value_low": q.low, "value_high": q.high,
            "approximate": bool(q.approximate),
            "people_estimate": round(q.value * ratio),
            "quote": sent.text, "char_start": sent.start, "char_end": sent.end,
            "number_text": q.text, "number_start": start, "number_end": sent.start + q.end,
        })
    return out


def _next_number(sent: Span, offset: int) -> int | None:
    return next((sent.start + q.start for q in find_quantities(sent.text) if q.start >= offset),
                None)


def _rows_in(rows: list[dict], sent: Span) -> list[int]:
    return [k for k, r in enumerate(rows) if sent.start <= r["number_start"] < sent.end]


def _not_these(sent: Span) -> list[tuple[float, int]]:
    """The numbers a sentence says a figure is not ("et non 16 000", "not 200 as first
    feared", "au lieu de 1 430"), with where each stands in the document."""
    if not any(w in sent.text for w in ("non", "not", "lieu", "instead", "rather")):
        return []
    return [
        (q.value, sent.start + q.start)
        for q in find_quantities(sent.text)
        if q.kind == "count" and q.value is not None
        and _NOT_THIS_NUMBER.search(sent.text, max(0, q.start - 30), q.start)
    ]


def _same_number(row: dict, number: float) -> bool:
    values = (row["value"], row["value_low"], row["value_high"])
    return any(v is not None and abs(v - number) < 0.5 for v in values)
