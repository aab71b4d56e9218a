"""Figures a report withdraws in a later sentence.

A report may quote a figure given earlier ("Situation Report No. 8 gave the number of
persons moved as 1,416.") and withdraw it in the next sentence ("This was a transposition
error; the correct figure is 1,146."), or correct a figure it gave itself hours before
("il s'agit de 14 000 personnes évacuées, et non 16 000"). Sentence by sentence, the
extractor has already counted the withdrawn figure; this pass, run on a document's rows
once all are read, takes it back. The words live in `etl.vocabulary` (WITHDRAWS_PREVIOUS,
REPORTED_EARLIER, DENIES, DENIED_REPORTS, NOT_THIS_NUMBER, WRONGLY_GIVEN_AS,
CORRECTED_VALUE_BEFORE, CORRECTION_WORDS, WITHDRAWAL_TRIGGERS).
"""

from __future__ import annotations

import re

from etl import vocabulary as V
from etl.cues import head_noun
from etl.quantities import find_quantities
from etl.text import Span

_WITHDRAWS_PREVIOUS = re.compile(rf"\b(?:{V.WITHDRAWS_PREVIOUS})", re.IGNORECASE)
_DENIES = re.compile(rf"\b(?:{V.DENIES})\b", re.IGNORECASE)
DENIAL_REACH = 150  # characters from a denial to the figure it denies
_REPORTED_EARLIER = re.compile(rf"\b(?:{V.REPORTED_EARLIER})", re.IGNORECASE)
_ANY_SUBJECT = re.compile(rf"(?:{V.WITHDRAWS_ANY_SUBJECT})\b", re.IGNORECASE)
_FIGURE_SUBJECT = re.compile(V.FIGURE_SUBJECT, re.IGNORECASE)
_NOT_THIS_NUMBER = re.compile(rf"\b(?:{V.NOT_THIS_NUMBER})\s*$", re.IGNORECASE)
_NOT_THIS_ANYWHERE = re.compile(rf"\b(?:{V.NOT_THIS_NUMBER})", re.IGNORECASE)
_WRONGLY = re.compile(rf"\b(?:{V.WRONGLY_GIVEN_AS})\s*", re.IGNORECASE)
_CORRECTED_VALUE = re.compile(rf"\b(?:{V.CORRECTED_VALUE_BEFORE})", re.IGNORECASE)
_DENIED_REPORT = re.compile(rf"[^.;]{{0,60}}?\b(?:{V.DENIED_REPORTS})\b", re.IGNORECASE)
_SAID = re.compile(rf"\b(?:{V.SAID_VERBS})\b", re.IGNORECASE)
_CORRECTS = re.compile(rf"\b(?:{V.CORRECTION_WORDS})\b", re.IGNORECASE)
_NAMED_AS_FIGURE = re.compile(rf"(?:{V.NAMED_AS_FIGURE_BEFORE})$", re.IGNORECASE)
_ANOTHER_COUNT = re.compile(V.ANOTHER_COUNT_AFTER, re.IGNORECASE)
SHORT_SENTENCE = 40  # characters: an interview's "C'est exact ?", "R. - Non." between


def triggers_at(text: str) -> list[int]:
    """Where a report holds a word that may withdraw a figure (`V.WITHDRAWAL_TRIGGERS`), by
    offset; none for most reports, whose sentences are then not read again (scanning them
    all for the patterns above costs a tenth of extraction). An offset is a sentence's only
    when lowercasing kept the text's length; else every sentence is read."""
    lower = text.lower()
    out = []
    for t in V.WITHDRAWAL_TRIGGERS:
        i = lower.find(t)
        while i >= 0:
            out.append(i)
            i = lower.find(t, i + 1)
    return out if len(lower) == len(text) else [-1] * len(out)


def withdrawn(rows: list[dict], units: list[tuple[int, Span]], text: str) -> list[dict]:
    """`rows` without the figures a later sentence of the document withdraws, and with
    the figure it gives instead when it gives only a number ("This was a transposition
    error; the correct figure is 1,146"); `units` are the (paragraph number, sentence)
    pairs of the document `text` the rows were read from."""
    if not rows or not (at := triggers_at(text)):
        return rows
    dropped: set[int] = set()
    added: list[dict] = []
    last: tuple[int, set[int]] = (-9, set())  # the last sentence that withdrew, and what
    for i, (paragraph, sent) in enumerate(units):
        if at[0] >= 0 and not any(sent.start <= a < sent.end for a in at) and last[0] != i - 1:
            continue  # (the sentence after one that withdrew may give the figure that stands)
        taken = _withdrawn_by(rows, units, i)
        # (a sentence that says it corrects may reach back to any paragraph and place: a
        # news feed's "La préfecture corrige le chiffre donné à 16h")
        corrects = _CORRECTS.search(sent.text) is not None
        reach = -1 if corrects else paragraph - 1
        for number, start, named in _not_these(sent):
            # the number itself, and the earlier figure that gave it (in this paragraph or
            # the one before, of the same place; anywhere, when the sentence names the figure
            # by its number: "The figure of 25,000 referred to in the question was ...")
            here = [rows[k] for k in _rows_in(rows, sent) if rows[k]["number_start"] != start]
            taken.update(
                k for k, r in enumerate(rows)
                if r["number_start"] == start
                or (r["number_start"] < sent.start and _same_number(r, number)
                    and (named or _paragraph(units, r["number_start"]) >= reach)
                    and (corrects or _same_place(r, here)))
            )
        if taken:
            dropped |= taken
            added += _corrected(rows, taken, sent)
            last = (i, taken)
        elif last[0] == i - 1:
            # the number to read, a sentence after the one that withdrew ("That was wrong,
            # because ... The right number for Hay River is 260.")
            added += _corrected(rows, last[1], sent)
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
        shown = _next_number(sent, wrongly.end())
        taken.update(k for k in _rows_in(rows, sent) if rows[k]["number_start"] == shown)
    if (withdraws := _WITHDRAWS_PREVIOUS.search(sent.text)) is not None:
        # the figure reported as said earlier, by a report, a message or a rumour (not
        # "12,000 fled. This was the largest exodus ..."): in this sentence before the
        # words that withdraw it, else in the nearest sentence before that reports one
        here = _rows_in(rows, Span(sent.start, sent.start + withdraws.start(), ""))
        # (words that may withdraw anything point back only from a sentence about a figure:
        # not "The highway is flooded and should not be used")
        figure_subject = _FIGURE_SUBJECT.match(sent.text) is not None
        points_back = not _ANY_SUBJECT.match(withdraws.group()) or figure_subject
        if _REPORTED_EARLIER.search(sent.text, 0, withdraws.start()) and here:
            taken.update(here)
        elif points_back:
            # (in this paragraph or the one before: an interview's question may hold the
            # figure, "On a entendu le chiffre de 1 500 ... C'est exact ?", and the answer
            # withdraw it, "Non. Ce chiffre-là ... est faux")
            earlier = [u for u in units[:i] if u[0] >= units[i][0] - 1]
            # (a sentence whose subject is a figure points back at the one before, a
            # source's own: "Selon l'envoyée de l'ONU, environ 700 000 personnes ont perdu leur
            # logement ... Ce total mêle les vendeurs et les familles : ce n'est pas un nombre
            # de déplacés")
            # (not one that names its own number: "Le chiffre de 6 500 donné vendredi ... ne
            # doit plus être repris")
            about_figure = figure_subject and not any(
                c.isdigit() for c in sent.text[: withdraws.start()])
            for _, before in reversed(earlier):
                if ((about_figure or _REPORTED_EARLIER.search(before.text))
                        and (said := _rows_in(rows, before))):
                    taken.update(said)
                    break
                if len(before.text.strip()) > SHORT_SENTENCE:
                    break  # (only past a question's or an answer's few words)
    if (denies := _DENIES.search(sent.text)) is not None and _DENIED_REPORT.match(
        sent.text, denies.end()
    ):
        # (not past a colon or a verb of saying: the sentence's own figure)
        reach = sent.start + denies.end()
        taken.update(
            k for k in _rows_in(rows, sent)
            if reach <= rows[k]["number_start"] < reach + DENIAL_REACH
            and not _own_after(sent, denies.end(), rows[k]["number_start"])
        )
    return taken


def _own_after(sent: Span, lo: int, number_start: int) -> bool:
    between = sent.text[lo : number_start - sent.start]
    return ":" in between or _SAID.search(between) is not None


def _paragraph(units: list[tuple[int, Span]], pos: int) -> int:
    return next((p for p, u in units if u.start <= pos < u.end), -1)


def _same_place(row: dict, here: list[dict]) -> bool:
    """Is the earlier figure of the place the correcting sentence's figures are about?"""
    mine = {r.get("location_place_id") or r.get("location") for r in here} - {None, ""}
    theirs = row.get("location_place_id") or row.get("location")
    return not mine or not theirs or theirs in mine


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
                or not any(q.start <= m.end() <= q.end for m in _CORRECTED_VALUE.finditer(
                    sent.text, max(0, q.start - 60), q.end))):
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


def _not_these(sent: Span) -> list[tuple[float, int, bool]]:
    """The numbers a sentence says a figure is not ("et non 16 000", "not 200 as first
    feared", "au lieu de 1 430", "Le chiffre de 10 000, c'est la population"), with where
    each stands in the document and whether the sentence names it as a figure."""
    if not _NOT_THIS_ANYWHERE.search(sent.text) and not _ANOTHER_COUNT.search(sent.text):
        return []
    out = []
    for q in find_quantities(sent.text):
        if q.kind != "count" or q.value is None or head_noun(sent.text, q.end).cls == "not":
            continue  # (a count of no people: "not 200 metres from the lake")
        # ("Le chiffre de 10 000, c'est la population des quartiers sous la digue")
        named = bool(_NAMED_AS_FIGURE.search(sent.text, max(0, q.start - 30), q.start)
                     and _ANOTHER_COUNT.match(sent.text, q.end))
        if named or _NOT_THIS_NUMBER.search(sent.text, max(0, q.start - 30), q.start):
            out.append((q.value, sent.start + q.start, named))
    return out


def _same_number(row: dict, number: float) -> bool:
    # (the figure's own number, not a bound of a vague one: "Hundreds", "not 100")
    return row["value"] is not None and abs(row["value"] - number) < 0.5
