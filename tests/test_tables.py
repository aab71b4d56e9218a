"""Tables of figures (pipe tables, as Markdown and converters write them; HTML tables):
a number counts what its column's header names, where its row's places say.

Tables are written for these tests, not taken from the gold sets."""

from pathlib import Path

import pytest

from etl import tables as T
from etl.documents import Document, read_document
from etl.figures import extract

NEW_DISPLACEMENT = """\
RAPPORT DE SITUATION

Les violences ont touché le nord de la province. Voici les chiffres de la semaine.

Tableau 2 – Nouveaux déplacements par commune (1er – 7 juin 2025)

| Province | Commune   | Personnes | Ménages | Décès |
|----------|-----------|-----------|---------|-------|
| Tillabéri | Ayorou   | 4 210     | 702     | 12    |
| Tillabéri | Banibangou | 1 980   | 330     |       |
| Tahoua    | Tillia   | 2 450     | 408     | 3     |
| Total     |          | 8 640     | 1 440   | 15    |

Les abris manquent à Ayorou.
"""


def figures_of(text: str) -> list[dict]:
    return extract(Document(doc_id="t.md", path="t.md", text=text, body_start=0))


def test_a_pipe_table_is_found_with_its_header_caption_and_rows():
    lines = NEW_DISPLACEMENT.splitlines()
    (table,) = T.find_tables(lines)
    assert table.header == ["Province", "Commune", "Personnes", "Ménages", "Décès"]
    assert table.caption.startswith("Tableau 2 – Nouveaux déplacements")
    assert [lines[i].split("|")[2].strip() for i in table.rows] == [
        "Ayorou", "Banibangou", "Tillia", ""]
    # an empty cell keeps its column
    total = T.cells(lines[table.rows[-1]])
    assert [c.text for c in total] == ["Total", "", "8 640", "1 440", "15"]


def test_a_line_with_a_pipe_is_no_table():
    lines = ["Rapport n° 7 | Période : 1er – 30 avril", "Some 3,000 people fled | said OCHA"]
    assert T.find_tables(lines) == []


def test_table_rows_count_what_their_header_names_where_their_row_is():
    rows = figures_of(NEW_DISPLACEMENT)
    got = [(r["number_text"], r["unit"], r["category"], r["measure"], r["location"]) for r in rows]
    assert got == [
        ("4 210", "people", "displaced", "flow", "Ayorou"),
        ("702", "households", "displaced", "flow", "Ayorou"),
        ("1 980", "people", "displaced", "flow", "Banibangou"),
        ("330", "households", "displaced", "flow", "Banibangou"),
        ("2 450", "people", "displaced", "flow", "Tillia"),
        ("408", "households", "displaced", "flow", "Tillia"),
        # the Total row is where the rows are, by their coarser column
        ("8 640", "people", "displaced", "flow", "Tillabéri and Tahoua"),
        ("1 440", "households", "displaced", "flow", "Tillabéri and Tahoua"),
    ]  # and the deaths column is no figure
    for r in rows:  # each figure quotes its row, as the document writes it
        assert NEW_DISPLACEMENT[r["char_start"] : r["char_end"]] == r["quote"]
        assert r["quote"].startswith("| ") and r["number_text"] in r["quote"]
    assert rows[0]["iso3"] == "NER"  # a commune the gazetteer lacks, in the report's country


@pytest.mark.parametrize("caption, header", [
    ("Population par district (recensement 2019)", "Personnes"),  # nobody moved
    ("Personnes dans le besoin par district", "Personnes"),
    ("Assistance par district", "Personnes assistées"),
])
def test_a_table_of_people_who_did_not_move_gives_no_figure(caption, header):
    text = (f"{caption}\n\n| District | {header} |\n|---|---|\n| Ayorou | 4 210 |\n"
            "| Tillia | 2 450 |\n")
    assert figures_of(text) == []


def test_a_header_of_displaced_people_needs_no_caption_and_counts_stocks():
    text = "| Camp | Refugees |\n|:-----|-----:|\n| Nyarugusu | 130,500 |\n| Nduta | 72,000 |\n"
    rows = figures_of(text)
    assert [(r["number_text"], r["category"], r["measure"], r["location"]) for r in rows] == [
        ("130,500", "refugees", "stock", "Nyarugusu"), ("72,000", "refugees", "stock", "Nduta")]


def test_arrivals_by_crossing_point_are_refugee_flows():
    text = ("Arrivals of refugees by crossing point, week 23\n\n"
            "| Crossing point | Arrivals |\n|---|---|\n| Gatumba | 1,250 |\n| Vugizo | 640 |\n")
    rows = figures_of(text)
    assert [(r["category"], r["measure"], r["location"]) for r in rows] == [
        ("refugees", "flow", "Gatumba"), ("refugees", "flow", "Vugizo")]


def test_an_html_table_is_read_as_a_table(tmp_path: Path):
    (tmp_path / "a.html").write_text(
        "<html><body><h1>Flash update</h1><p>Fighting continued in North Kivu.</p>"
        "<table><caption>IDPs by territory, 30 May</caption>"
        "<tr><th>Territory</th><th>IDPs</th><th>Households</th></tr>"
        "<tr><td>Rutshuru</td><td>120,000</td><td>24,000</td></tr>"
        "<tr><td>Masisi</td><td>85,500</td><td>17,100</td></tr></table>"
        "<p>About 300 people were killed.</p></body></html>", encoding="utf-8")
    doc = read_document(tmp_path, tmp_path / "a.html", {})
    assert "| Rutshuru | 120,000 | 24,000 |" in doc.text
    rows = extract(doc)
    got = [(r["number_text"], r["unit"], r["measure"], r["location"], r["iso3"]) for r in rows]
    assert got == [
        ("120,000", "people", "stock", "Rutshuru", "COD"),
        ("24,000", "households", "stock", "Rutshuru", "COD"),
        ("85,500", "people", "stock", "Masisi", "COD"),
        ("17,100", "households", "stock", "Masisi", "COD"),
    ]
