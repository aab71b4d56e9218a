"""The number and quantity reader, form by form, in English and French."""

import pytest

from etl.quantities import find_quantities, parse_quantity

N = None

# text, (value, low, high, approximate)
CASES = [
    # digits in every common form
    ("30,000 people", (30000, 30000, 30000, False)),
    ("30 000 personnes", (30000, 30000, 30000, False)),
    ("30\u202f000 personnes", (30000, 30000, 30000, False)),
    ("30\u00a0000 personnes", (30000, 30000, 30000, False)),
    ("30.000 personnes", (30000, 30000, 30000, False)),
    ("3'200 personnes", (3200, 3200, 3200, False)),  # Swiss
    ("4’650 personnes", (4650, 4650, 4650, False)),
    ("1,234,567 people", (1234567, 1234567, 1234567, False)),
    ("1.8 million people", (1.8e6, 1.8e6, 1.8e6, False)),
    ("1,8 million de personnes", (1.8e6, 1.8e6, 1.8e6, False)),
    ("45k people", (45000, 45000, 45000, False)),
    ("600 people", (600, 600, 600, False)),
    # words
    ("two thousand people", (2000, 2000, 2000, False)),
    ("a million refugees", (1e6, 1e6, 1e6, False)),
    ("half a million people", (5e5, 5e5, 5e5, False)),
    ("deux mille personnes", (2000, 2000, 2000, False)),
    ("cent mille déplacés", (100000, 100000, 100000, False)),
    ("quarante-cinq mille réfugiés", (45000, 45000, 45000, False)),
    ("un demi-million de déplacés", (5e5, 5e5, 5e5, False)),
    # vague quantities
    ("thousands of people", (N, 1000, 9999, True)),
    ("tens of thousands of people", (N, 10000, 99999, True)),
    ("hundreds of thousands of people", (N, 100000, 999999, True)),
    ("hundreds of refugees", (N, 100, 999, True)),
    ("dozens of families", (N, 10, 99, True)),
    ("millions of people", (N, 1e6, 9999999, True)),
    ("des milliers de personnes", (N, 1000, 9999, True)),
    ("des dizaines de milliers de déplacés", (N, 10000, 99999, True)),
    ("des centaines de familles", (N, 100, 999, True)),
    ("plusieurs milliers de réfugiés", (N, 1000, 9999, True)),
    # "de" for "des" after a word that takes "de"; "ces", "les" before the larger ones
    ("le déplacement de milliers de personnes", (N, 1000, 9999, True)),
    ("ils parlent de dizaines de milliers de déplacés", (N, 10000, 99999, True)),
    ("ces centaines de milliers de réfugiés", (N, 100000, 999999, True)),
    ("by the thousands every day", (N, 1000, 9999, True)),
    # round numbers said as such are about that number, not a range
    ("une soixantaine de personnes", (60, 60, 60, True)),
    ("une centaine de familles", (100, 100, 100, True)),
    ("un millier de réfugiés", (1000, 1000, 1000, True)),
    ("a dozen households", (12, 12, 12, True)),
    ("une douzaine de ménages", (12, 12, 12, True)),
    # ... and as many thousands
    ("une centaine de milliers de déplacés", (100000, 100000, 100000, True)),
    ("une vingtaine de milliers de personnes", (20000, 20000, 20000, True)),
    # the singular after "several" or "a few"
    ("several hundred new arrivals", (N, 100, 999, True)),
    ("a few thousand refugees", (N, 1000, 9999, True)),
    ("several hundred thousand people", (N, 100000, 999999, True)),
    ("several million people", (N, 1e6, 9999999, True)),
    # qualifiers
    ("more than 30,000 people", (30000, 30000, N, True)),
    ("at least 500 people", (500, 500, N, True)),
    ("over 1.2 million", (1.2e6, 1.2e6, N, True)),
    ("nearly 600 people", (600, N, 600, True)),
    ("almost 2,000 people", (2000, N, 2000, True)),
    ("up to 150,000 refugees", (150000, N, 150000, True)),
    ("about 8,000 people", (8000, 8000, 8000, True)),
    ("roughly 30,000 people", (30000, 30000, 30000, True)),
    ("~65,000 people", (65000, 65000, 65000, True)),
    ("55,000+ arrivals", (55000, 55000, N, True)),
    ("5,000 or more people", (5000, 5000, N, True)),
    ("plus de 40.000 arrivées", (40000, 40000, N, True)),
    ("au moins 178 000 personnes", (178000, 178000, N, True)),
    ("près de dix mille Congolais", (10000, N, 10000, True)),
    ("environ 68 000 ménages", (68000, 68000, 68000, True)),
    ("quelque 350 000 déplacés", (350000, 350000, 350000, True)),
    ("plus d'un demi-million de déplacés", (5e5, 5e5, N, True)),
    ("dépassait désormais le million", (1e6, 1e6, N, True)),
    # ranges
    ("between 5,000 and 7,000 people", (N, 5000, 7000, True)),
    ("entre 300 000 et 400 000 personnes", (N, 300000, 400000, True)),
    # ranges in words: the "and" / "et" joins two numbers, the scale word serves both
    ("between two and three thousand people", (N, 2000, 3000, True)),
    ("entre deux et trois mille personnes", (N, 2000, 3000, True)),
    ("between two and three hundred families", (N, 200, 300, True)),
    ("entre deux et trois cents ménages", (N, 200, 300, True)),
    ("between two hundred and three hundred people", (N, 200, 300, True)),
    ("two to three hundred people", (N, 200, 300, True)),
    ("one hundred and twenty families", (120, 120, 120, False)),
    ("vingt et un ménages", (21, 21, 21, False)),
    ("5,000-7,000 people", (N, 5000, 7000, True)),
    ("1.5 to 2 million people", (N, 1.5e6, 2e6, True)),
    ("de 3 000 à 4 000 personnes", (N, 3000, 4000, True)),
    ("several hundred to 1,000 people", (N, 100, 1000, True)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_reads_value_bounds_and_qualifier(text, expected):
    q = parse_quantity(text)
    assert q is not None, text
    value, low, high, approximate = expected
    assert (q.value, q.low, q.high, q.approximate) == (value, low, high, approximate)


# text, the kind every number in it must have
NOT_COUNTS = [
    ("on 19 February the Government", "date"),
    ("between January 23 and 25", "date"),
    ("from Dec. 5 to 11", "date"),
    ("publiée mardi 21 janvier", "date"),
    ("the 1994 genocide", "year"),
    ("In 2019 refugees returned home", "year"),
    ("depuis 2012 des familles vivent", "year"),
    ("53% of arrivals", "percent"),
    ("Only 19 percent of", "percent"),
    ("27 % se trouvent à Lascahobas", "percent"),
    ("roughly 80 per cent are South Sudanese", "percent"),  # "cent" is not French here
    ("20 pour cent des familles", "percent"),
    ("an appeal of US$40.4 million", "money"),
    ("appealed for $33.2 million", "money"),
    ("la 2e section La Selle", "ordinal"),
]


@pytest.mark.parametrize("text, kind", NOT_COUNTS, ids=[c[0] for c in NOT_COUNTS])
def test_dates_years_percentages_and_money_are_not_counts(text, kind):
    qs = find_quantities(text)
    assert qs and all(q.kind == kind for q in qs), [(q.text, q.kind) for q in qs]


@pytest.mark.parametrize("text", ["Some 2000 persons arrived in Kaya.",
                                  "2000 personnes déplacées", "around 1950 households fled"])
def test_a_four_digit_number_naming_people_is_a_count_not_a_year(text):
    (q,) = find_quantities(text)
    assert q.kind == "count" and q.value in (2000, 1950)


def test_codes_inside_words_are_not_numbers():
    assert find_quantities("DREF operational update (MDRBI023), COVID-19") == []


def test_a_duration_is_no_number_with_apostrophes():
    assert [q.value for q in find_quantities("Son : 1'40\" puis 12'05\"")] == [1, 40, 12, 5]


def test_offsets_point_at_the_number_and_its_qualifier():
    text = "Officials said roughly 30,000 people crossed."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == "roughly 30,000" == q.text


def test_a_scale_word_serves_both_ends_of_a_range_only_when_written_once():
    assert [(q.low, q.high) for q in find_quantities("between 2 and 300 people")] == [(2, 300)]
    assert [(q.low, q.high) for q in find_quantities("1.5 to 2 million people")] == [(1.5e6, 2e6)]


def test_single_letter_scales_only_when_attached():
    assert [q.value for q in find_quantities("about 500 m from the river")] == [500]
    assert [q.value for q in find_quantities("3m people")] == [3e6]


def test_and_more_than_starts_a_new_number():
    qs = find_quantities("hosts 5,000 and more than 2,000 people")
    assert [(q.value, q.low, q.high) for q in qs] == [(5000, 5000, 5000), (2000, 2000, None)]


def test_a_word_ending_in_eur_is_not_euros():
    assert [q.kind for q in find_quantities("Le rapporteur 12 000 personnes")] == ["count"]


def test_lone_articles_are_not_counted_as_one():
    assert [q.text for q in find_quantities("one of them said a village was hit")] == []


def test_several_numbers_in_a_sentence_are_read_in_order():
    text = "plus de 1 334 ménages, soit plus de 8 000 personnes, en cinq jours"
    assert [(q.value, q.low) for q in find_quantities(text)] == [(1334, 1334), (8000, 8000), (5, 5)]


def test_cent_after_pour_is_a_hundred_unless_a_number_comes_before():
    assert [(q.text, q.value) for q in find_quantities("une aide pour cent familles")] == [
        ("cent", 100.0)
    ]


@pytest.mark.parametrize("text, bounds", [
    # (a review) the scale words after the second number's first serve both ends
    ("Between two and three hundred thousand people", (200_000, 300_000)),
    ("Entre cinq et six cent mille personnes", (500_000, 600_000)),
    ("Between two and three thousand five hundred people", (2_000, 3_500)),
    ("Between two and three hundred and fifty people", (200, 350)),
    ("Between one and two thousand people", (1_000, 2_000)),
    ("Entre un et deux mille personnes", (1_000, 2_000)),
    # (a second review) the last "and" that splits, a scale the low end shares in part
    ("Between two hundred and fifty and three hundred households", (250, 300)),
    ("Between two hundred and three hundred thousand people", (200_000, 300_000)),
])
def test_ranges_in_words_share_their_scale(text, bounds):
    (q,) = find_quantities(text)
    assert (q.low, q.high) == bounds


@pytest.mark.parametrize("text, values", [
    # telephone numbers, introduced as such, are no numbers
    ("Evacuation hotline (toll-free): 0 800 504 112", []),
    ("Call 0812 345 678 or +243 81 234 5678 for help.", []),
    ("(contact : 0812 345 678)", []),
    # ... a date and a count are (a review)
    ("Au 05.06.2024 12 000 personnes étaient déplacées.", [12_000]),
    ("The number of IDPs rose by +1 234 567 in the year.", [1_234_567]),
])
def test_telephone_numbers(text, values):
    assert [q.value for q in find_quantities(text) if q.kind == "count"][:len(values)] == values


def test_two_numbers_in_words_sharing_a_scale_are_a_range():
    # (a fourth review) "three and four thousand returnees", with no "between"
    qs = find_quantities("Between eight and nine thousand refugees and three and four "
                         "thousand returnees arrived.")
    assert [(q.low, q.high) for q in qs] == [(8_000, 9_000), (3_000, 4_000)]


@pytest.mark.parametrize("text, values", [
    # (a fifth review) paired "respectively", two counts sharing the scale words
    ("Twenty and thirty thousand people fled Kalehe and Kabare respectively.",
     [20000, 30000]),
    # ... and the last two numbers of a list are no range
    ("Fighting displaced five, six and seven thousand people in three waves.",
     [5, 6, 7000]),
])
def test_numbers_in_words_joined_by_and_that_are_no_range(text, values):
    assert [q.value for q in find_quantities(text) if q.kind == "count"][:len(values)] == values


def test_a_number_in_words_restated_in_digits_is_one_number():
    # as official French writes counts: "quatre cent douze (412) ménages"
    qs = find_quantities("quatre cent douze (412) ménages, soit environ mille neuf cents "
                         "(1 900) personnes")
    assert [(q.text, q.value, q.approximate) for q in qs] == [
        ("quatre cent douze (412)", 412, False),
        ("environ mille neuf cents (1 900)", 1900, True),
    ]
    # (not another number in brackets: "1,200 (1,250 according to IOM)")
    assert [q.value for q in find_quantities("some 1,200 (1,250 according to IOM)")] == [
        1200, 1250]


@pytest.mark.parametrize("text, value", [
    # South Asian scales and grouping
    ("the state moved nearly 5 lakh people into cyclone shelters", 500_000),
    ("Odisha evacuated another 1,58,640 people", 158_640),
    ("some 1.2 crore people were affected", 12_000_000),
])
def test_south_asian_numbers(text, value):
    q = next(q for q in find_quantities(text) if q.kind == "count")
    assert (q.high or q.value) == value


@pytest.mark.parametrize("text, high", [
    ("Uganda is hosting close to a quarter of a million refugees", 250_000),
    ("three quarters of a million people have fled", 750_000),
    ("un quart de million de personnes", 250_000),
])
def test_a_fraction_of_a_million(text, high):
    q = next(q for q in find_quantities(text) if q.kind == "count")
    assert (q.high or q.value) == high


@pytest.mark.parametrize("text, number", [
    # no count is written with a leading zero: a time or a code
    ("13,250 arrived from the stadium by 0500.", "0500"),
    ("the Kebele 09 site", "09"),
])
def test_a_number_with_a_leading_zero_is_no_count(text, number):
    q = next(q for q in find_quantities(text) if q.text == number)
    assert q.kind != "count"
    assert [q.text for q in find_quantities("0") if q.kind == "count"] == ["0"]


def test_a_number_after_a_phone_line_is_a_phone_number():
    text = "Displaced families can request help through the free line 01 8000 912 345."
    assert [q.text for q in find_quantities(text) if q.kind == "count"] == []


@pytest.mark.parametrize("text, number", [
    # a count padded with zeros: before its people, or alone in a table's cell
    ("Selon le rapport, 045 ménages déplacés sont arrivés à Kitchanga.", "045"),
    ("| Kibirizi | 045 | 213 |", "045"),
])
def test_a_count_padded_with_zeros_is_a_count(text, number):
    q = next(q for q in find_quantities(text) if q.text == number)
    assert q.kind == "count"


@pytest.mark.parametrize("text, number", [
    # the minutes of a clock time are no count
    ("[21-07 08:30] Hélitreuillage de 37 personnes", "30"),
    ("At 18:45 the convoy left Goma", "45"),
])
def test_the_minutes_of_a_time_are_no_count(text, number):
    q = next(q for q in find_quantities(text) if q.text == number)
    assert q.kind != "count"


@pytest.mark.parametrize("text, number", [
    # (but a count after a list item's colon is no time: no hour before it, or too long)
    ("Site 2:450 ménages déplacés", "450"),
    ("Zone 31:20 familles", "20"),
])
def test_a_count_after_a_colon_is_no_minutes(text, number):
    q = next(q for q in find_quantities(text) if q.text == number)
    assert q.kind == "count"
