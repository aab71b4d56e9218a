"""etl.text.body_sentences: figures and events share one split of a report, paragraphs
then sentences (the split figures always made). Events used to split the whole body; the
two differ only where a paragraph ends in a closing quote or bracket."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.documents import read_document
from etl.text import Span, body_sentences, clauses, paragraphs, sentences, title_case, unwrap

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "devset" / "docs").glob("*.txt")
)
EDGE_CASES = [
    "First line\n\n\nSecond paragraph. It has two sentences.\n \n\t\nThird, after blank lines.",
    "Arrivals: 1,200\n- Goma: 300\n- Bukavu: 900\n\nSee e.g. the annex. Then No. 5 fled.",
    "  Leading spaces.  Trailing spaces.  \n\n",
    "One paragraph only, no end mark",
]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_body_sentences_of_real_reports(path):
    doc = read_document(path.parent, path, {})
    body = doc.text[doc.body_start :]
    units = body_sentences(body, doc.body_start)
    assert units, "every report has sentences"
    whole = list(sentences(body, doc.body_start))
    assert len(units) == len(whole)
    for (_, s), w in zip(units, whole, strict=True):
        assert doc.text[s.start : s.end] == s.text  # offsets point back into the document
        if s != w:  # "... floors."<paragraph break>: the quote stays with its sentence
            assert (s.start, s.text[: len(w.text)]) == (w.start, w.text)
            assert s.text[len(w.text) :] in ('"', "”", "’", "»", ")", '")')


@pytest.mark.parametrize("text", EDGE_CASES)
def test_body_sentences_is_paragraphs_then_sentences(text):
    units = body_sentences(text, 7)
    expected = [
        (n, s) for n, p in enumerate(paragraphs(text, 7)) for s in sentences(p.text, p.start)
    ]
    assert units == expected


def test_a_closing_quote_stays_with_the_last_sentence_of_its_paragraph():
    text = 'He said: "We fled at night."\n\nThe next paragraph.'
    units = [s.text for _, s in body_sentences(text)]
    assert units == ['He said: "We fled at night."', "The next paragraph."]


def test_title_case():
    assert title_case("Thousands Flee As Rebels Seize Goma")
    assert title_case("HUNDREDS OF THOUSANDS DISPLACED IN NORTH KIVU")
    assert not title_case("Thousands fled Goma as rebels seized the city")
    assert not title_case("Goma Falls")  # too short to tell


def test_a_french_quotation_opens_a_sentence_even_with_a_space_after_its_guillemet():
    text = "Le HCR l'a indiqué. « Des milliers de familles attendent », a-t-elle dit."
    assert [s.text for s in sentences(text)] == [
        "Le HCR l'a indiqué.",
        "« Des milliers de familles attendent », a-t-elle dit.",
    ]


def test_a_short_aside_between_dashes_stays_in_its_clause():
    text = "Some 1,500 refugees – most of them women and children – arrive in Adré every day."
    assert [c.text for c in clauses(Span(0, len(text), text))] == [text]
    split = "Some 1,500 refugees arrived – 600 of them children – in Adré."
    assert len(clauses(Span(0, len(split), split))) == 3


# A report converted from PDF breaks its lines where the page did.
WRAPPED = """\
Displacement was immediate and widespread. In the first week, families
from nearly every ward of Barekot slept in the open; the DEOC in
Khalanga estimated that "more than 8,000 households" had left their
homes in Jajarkot alone by 10 November.

Municipality      Displaced     Estimated
                  households    persons
Barekot                3,412       15,354
Nalgad                 2,106        9,477

Key figures
- 3,412 displaced households in Barekot, according to
  the district office
Dear colleagues,
Please find the figures below.
"""


def test_lines_broken_inside_a_sentence_are_read_as_one_line():
    text = unwrap(WRAPPED)
    assert len(text) == len(WRAPPED)  # offsets still point into the report
    first = text.split("\n\n")[0]
    assert "\n" not in first and "the DEOC in Khalanga estimated" in first
    assert [s.text for s in sentences(first)][-1].startswith("In the first week, families from")
    # a table, a heading, a list item's own line and a greeting keep their breaks; a list
    # item broken inside its sentence is one line
    rest = text.split("\n\n", 1)[1]
    assert rest == WRAPPED.split("\n\n", 1)[1].replace("according to\n  the", "according to   the")


@pytest.mark.parametrize("lines", [
    # list items of any marker keep their line
    ["o 1,500 people fled Pinga on Monday", "o 600 households returned to Walikale"],
    ["a) 1,500 people fled Pinga on Monday", "b) 600 households returned to Walikale"],
    ["(1) 1,500 people fled Pinga on Monday and then", "(2) 600 households returned to Walikale"],
    ["i. 1,500 people fled Pinga on Monday in the night", "ii. 600 households returned home"],
    # a heading before a quotation opens a new line
    ["Situation in Djugu territory after the attacks", "\"We have nothing left,\" said one."],
])
def test_a_line_that_opens_an_item_or_a_quotation_keeps_its_break(lines):
    text = "\n".join(lines)
    assert unwrap(text) == text


def test_a_quotation_that_goes_on_in_lowercase_or_a_number_runs_on():
    text = ('The district office reported what officials called\n"well over 50,000" people '
            "displaced by the floods.")
    assert "\n" not in unwrap(text)


def test_a_heading_keeps_its_break_before_a_quotation_in_capitals():
    text = ("Situation in Ituri province after the attacks on Djugu territory\n"
            '"Nearly 5,000 displaced people" were registered in Bunia, officials said.')
    assert unwrap(text) == text
