"""Events: kinds, places and dates resolved against the report's own date."""

from etl.documents import Document
from etl.events import extract, resolve_date


def events(text: str, published: str = "2025-01-29") -> list[tuple]:
    doc = Document("t.txt", "t.txt", text, 0, published=published)
    return [(e["kind"], e["place_id"], e["date"]) for e in extract(doc)]


def test_weekday_is_the_last_one_on_or_before_the_report_date():
    # 2025-01-29 is a Wednesday
    assert resolve_date("the rebels marched into Goma on Monday", "2025-01-29") == (
        "2025-01-27",
        "Monday",
    )


def test_day_and_month_take_the_report_year():
    assert resolve_date("le M23 contrôle depuis mardi 18 février Kamanyola", "2025-02-20")[0] == (
        "2025-02-18"
    )
    # a December event in a January report is from the year before
    assert resolve_date("seized the town on Dec. 10", "2025-01-05")[0] == "2024-12-10"


def test_the_date_nearest_the_event_wins():
    text = "OHCHR confirmed on Tuesday that fighters entered the city of Bukavu last week."
    assert events(text, "2025-02-20") == [("captured", "COD-bukavu", "2025-02-13")]


def test_a_capture_names_every_town_taken_and_no_country():
    text = "The fighters have made big gains in eastern DRC, seizing the cities of Goma and Bukavu."
    assert [e[:2] for e in events(text)] == [("captured", "COD-goma"), ("captured", "COD-bukavu")]


def test_a_distance_landmark_is_not_where_the_event_was():
    text = "In Kinshasa, 1,600km west of Goma, protesters attacked embassies on Tuesday."
    assert {e[1] for e in events(text)} == {"CD-KN"}


def test_no_date_in_the_report_leaves_relative_dates_empty():
    assert events("Clashes broke out near Sake on Monday.", published="") == [
        ("clashes", "COD-sake", "")
    ]
