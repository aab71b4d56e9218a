"""Loading the gazetteer, faster: the same tables and expressions as the plain way."""

from __future__ import annotations

import sys

from geo import gazetteer as g


def test_every_capital_letter_is_in_the_planes_starts_scans():
    """`_starts` looks for capitals in the first two planes only: every code point this
    Python knows as an uppercase word character is there."""
    upper = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isupper() and g._WORD.match(c)]
    assert upper and max(map(ord, upper)) < g._CASED_PLANES
