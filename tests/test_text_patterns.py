"""etl.text.PatternSet and FirstOf must find exactly what scanning each row does."""

from __future__ import annotations

import random
import re

import pytest

from etl import vocabulary as V
from etl.text import FirstOf, PatternSet, first_chars

B, E = r"(?<![\w-])", r"(?![\w-])"
TABLES = {
    "cues": ([p for p, *_ in V.DISPLACEMENT_CUES], B, E),
    "negatives": ([p for p, _ in V.NEGATIVE_CUES], B, E),
    "periods": (V.PERIODS, B, ""),
    "vague": ([p for p, *_ in V.VAGUE_QUANTITIES], r"\b", r"\b"),
    "events": (["|".join(ps) for ps in V.EVENT_CUES.values()], B, E),
}
SENTENCES = [
    "More than 30,000 people fled to Goma; others returned home last week.",
    "Des milliers de déplacés ont fui vers Minova, selon OCHA – et plusieurs centaines.",
    "HUNDREDS OF THOUSANDS WERE DISPLACED AS M23 SEIZED GOMA ON MONDAY",
    "the camp can host up to 5,000, while 1,200 arrived in the past two days",
    # rows led by a lookbehind: their first characters come after it
    "400 families left Kalehe; 200 familles revenues dorment encore sous des tentes, "
    "people live in sites, not leaving the country",
]


def _texts() -> list[str]:
    rng = random.Random(5)
    words = " ".join(SENTENCES).split()
    out = list(SENTENCES)
    for _ in range(300):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        out += [t, t.upper(), t.swapcase()]
        out.append("".join(rng.choice(" -,.;éÉaAfledFLED'’") for _ in range(rng.randint(1, 25))))
    return out


@pytest.mark.parametrize("table", TABLES)
def test_pattern_set_finds_what_each_row_finds(table):
    patterns, before, after = TABLES[table]
    found = PatternSet(patterns, before, after, re.I)
    rows = [re.compile(rf"{before}(?:{p}){after}", re.I) for p in patterns]
    for text in _texts():
        for lo, hi in [(0, len(text)), (len(text) // 3, max(len(text) // 3, len(text) - 4))]:
            want = [(i, m.span()) for i, rx in enumerate(rows) for m in rx.finditer(text, lo, hi)]
            assert [(i, m.span()) for i, m in found.hits(text, lo, hi)] == want, text
            assert found.search(text, lo, hi) == bool(want)


def test_first_of_is_the_first_row_that_matches():
    patterns = [p for p, *_ in V.HEAD_NOUNS]
    first = FirstOf(patterns, "^", E, re.I)
    rows = [re.compile(rf"^(?:{p}){E}", re.I) for p in patterns]
    for text in _texts():
        for i in range(0, len(text), 3):
            rest = text[i : i + 60]
            want = next(((j, m.span()) for j, rx in enumerate(rows) if (m := rx.match(rest))), None)
            got = first.match(rest)
            assert (got and (got[0], got[1].span())) == want, rest


def test_first_chars():
    assert first_chars("seiz(?:ed|e)|took") == {"s", "t"}
    assert first_chars("(?:several |many )?hundreds") == {"s", "m", "h"}
    # an optional part lets what follows start; a lookaround consumes nothing
    assert first_chars("x?y") == {"x", "y"}
    assert first_chars("(?:(?<=people )|(?<=families ))left") == {"l"}
    assert first_chars("(?<!not )(?:to leave|leaving)") == {"t", "l"}
    for unknown in (r"\$5", "[ab]c", "(?:ab){2}", "", "a|", "x*", "(?=a)", "(?:a|)"):
        assert first_chars(unknown) is None


def test_a_row_that_matches_nothing_but_emptiness_is_still_found():
    text = "a b"
    found = PatternSet(["x*", "b"], "", "")
    rows = [re.compile("(?:x*)"), re.compile("(?:b)")]
    want = [(i, m.span()) for i, rx in enumerate(rows) for m in rx.finditer(text)]
    assert [(i, m.span()) for i, m in found.hits(text)] == want


def test_rows_with_groups_are_refused():
    with pytest.raises(ValueError):
        PatternSet(["(a)b"])
