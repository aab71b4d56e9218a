"""Property tests (hypothesis) of the number reader, the document decoder and the figure
extractor: no exception on any input, bounds and offsets that hold, numbers that read back.

No deadline (these are not timing tests); example counts are kept moderate for the suite's
time. `--hypothesis-seed` reproduces a run; a failure prints the smallest failing input."""

from __future__ import annotations

import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import figures
from etl.documents import Document, decode
from etl.quantities import find_quantities, parse_quantity

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 150)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# Pieces of report text, so that random strings reach the reader's interesting paths
# (qualifiers, ranges, scales, French forms, dates), not just letters the regexes skip.
FRAGMENTS = [
    "30,000", "30 000", "30.000", "30\u202f000", "30\u00a0000", "1.8 million", "1,8 million",
    "45k", "2025", "12 March 2025", "2025-02-10", "5%", "$3,000", "10 km", "two thousand",
    "deux mille", "quarante-cinq mille", "thousands", "tens of thousands", "des milliers",
    "des dizaines de milliers", "more than", "at least", "nearly", "up to", "about",
    "près de", "plus de", "environ", "between", "and", "et", "entre", "-", "–", " to ",
    "people", "refugees", "households", "ménages", "déplacés", "fled", "crossed into",
    "Goma", "Burundi", "Bukavu", "Uvira", "Rwanda", " ", "  ", "\n", "\n\n", ".", ",", "(",
    ")", "+", "1", "0", "9", "000", "1st", "a", "half a million", "every day", "since January",
    "<b>", "</b>", "<script>", "=", "\t", "\ufeff", "\u200b",
]
report_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40)
    .map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join),
)


def _check_quantity(text: str, q) -> None:
    assert 0 <= q.start <= q.end <= len(text)
    assert text[q.start:q.end] == q.text
    for x in (q.value, q.low, q.high):
        assert x is None or not math.isnan(x)
    if q.low is not None and q.high is not None:
        assert q.low <= q.high, q
    if q.value is not None:
        if q.low is not None:
            assert q.low <= q.value, q
        if q.high is not None:
            assert q.value <= q.high, q


@FUZZ
@given(report_text)
def test_find_quantities_never_raises_and_its_quantities_hold(text):
    for q in find_quantities(text):
        _check_quantity(text, q)
    q = parse_quantity(text)
    if q is not None:
        _check_quantity(text, q)
        assert q.kind == "count"


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@FUZZ
@given(n=st.integers(min_value=1000, max_value=999_999_999),
       sep=st.sampled_from([",", " ", ".", "\u00a0", "\u202f"]),
       context=st.sampled_from(["{} people fled", "{} refugees crossed into Burundi",
                                "{} personnes ont fui", "Some {} displaced",
                                "près de {} déplacés"]))
def test_a_formatted_number_reads_back_as_itself(n, sep, context):
    text = context.format(_grouped(n, sep))
    q = parse_quantity(text)
    assert q is not None, text
    assert q.value == n, (text, q)


@FUZZ
@given(n=st.integers(min_value=0, max_value=10**9))
def test_plain_digits_read_back_unless_they_look_like_a_year(n):
    text = f"{n} people fled"
    q = parse_quantity(text)
    if 1900 <= n <= 2100:
        return  # "2025 people" is read as a year: documented, not a count
    assert q is not None and q.value == n, (text, q)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.text(max_size=200).map(lambda t: t.encode("utf-8")),
                 st.text(max_size=200).map(lambda t: t.encode("utf-16")),
                 st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")[:-1]),
                 st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=200)
                 .map(lambda t: t.encode("latin-1"))))
def test_decode_raises_nothing_but_valueerror(data):
    try:
        text = decode(data)
    except ValueError:
        return
    assert isinstance(text, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=report_text, cut=st.floats(min_value=0, max_value=1))
def test_figure_extraction_never_raises_on_any_document(text, cut):
    body_start = int(len(text) * cut)
    doc = Document(doc_id="fuzz.txt", path="fuzz.txt", text=text, body_start=body_start,
                   published="2025-02-10")
    rows = figures.extract(doc)
    for r in rows:
        assert text[r["char_start"]:r["char_end"]] == r["quote"]
