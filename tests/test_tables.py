"""Tables of figures (pipe tables, as Markdown and converters write them; HTML tables;
tables laid out with spaces or tabs, as plain-text reports and e-mails write them):
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


def locations(header: str, rows: list[str]) -> list[str]:
    """Where the figures of a table with this header and these rows are."""
    rule = "|" + "---|" * (header.count("|") - 1)
    text = "Figures by place\n\n" + "\n".join([header, rule, *rows]) + "\n"
    return [r["location"] for r in figures_of(text)]


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


def test_a_households_column_counts_the_people_the_other_columns_name():
    # returnees by crossing point: "crossing" in the caption does not make the households
    # refugees; the table's people are returnees
    text = ("Returns by crossing point, 20 October to 2 November\n\n"
            "| Crossing point | Returnees (people) | Households |\n|---|---|---|\n"
            "| Torkham | 9,450 | 1,870 |\n")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("9,450", "returned"), ("1,870", "returned")]


@pytest.mark.parametrize("caption, header, category", [
    # ... but what the caption says beats the other columns' nouns
    ("Retours de PDI par commune, avril 2025", "| Commune | PDI | Ménages |", "returned"),
    ("Personnes évacuées par commune", "| Commune | Déplacés | Ménages |", "evacuated"),
])
def test_a_households_column_counts_what_the_caption_says(caption, header, category):
    text = f"{caption}\n\n{header}\n|---|---|---|\n| Kaya | 9 450 | 1 870 |\n"
    assert figures_of(text)[-1]["category"] == category


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


def rows_of(text: str) -> list[tuple]:
    return [(r["number_text"], r["unit"], r["category"], r["measure"], r["location"],
             r["origin"]) for r in figures_of(text)]


def test_a_column_of_origins_is_where_people_came_from():
    assert rows_of(
        "Tanzania: refugees by camp and country of origin\n\n"
        "| Camp | Country of origin | Refugees |\n|---|---|---|\n| Nyarugusu | Burundi | 50,000 |\n"
    ) == [("50,000", "people", "refugees", "stock", "Nyarugusu", "Burundi")]
    assert rows_of(
        "Nouveaux déplacés\n\n| Destination | Provenance | Personnes |\n|---|---|---|\n"
        "| Goma | Kalehe | 5 000 |\n"
    ) == [("5 000", "people", "displaced", "flow", "Goma", "Kalehe")]


@pytest.mark.parametrize("households, people", [("HH", "Ind."), ("IDP HHs", "IDPs (Ind.)"),
                                                ("# of households", "# of individuals")])
def test_household_columns_however_abbreviated(households, people):
    text = (f"Table 3. IDPs by district\n\n| District | {households} | {people} |\n|---|---|---|\n"
            "| Baidoa | 2,000 | 12,000 |\n")
    assert [(r[0], r[1]) for r in rows_of(text)] == [("2,000", "households"), ("12,000", "people")]


def test_sex_and_age_columns_are_parts_of_the_total_column():
    text = ("Displaced people by district\n\n| District | Men | Women | Boys | Girls | Total |\n"
            "|---|---|---|---|---|---|\n| Baidoa | 1,000 | 1,200 | 800 | 900 | 3,900 |\n")
    assert [r[0] for r in rows_of(text)] == ["3,900"]


def test_a_column_of_one_nationality_names_the_people_s_origin():
    text = ("Refugees by settlement\n\n| Settlement | South Sudanese | Congolese | Total |\n"
            "|---|---|---|---|\n| Kiryandongo | 70,000 | 5,000 | 75,000 |\n")
    assert [(r[0], r[2], r[5]) for r in rows_of(text)] == [
        ("70,000", "refugees", "South Sudan"), ("5,000", "refugees", "DR Congo"),
        ("75,000", "refugees", "")]


def test_a_full_stop_inside_a_cell_does_not_break_the_table():
    text = ("IDPs by district\n\n| # | District | IDPs | Remarks |\n|---|---|---|---|\n"
            "| 1 | Baidoa | 12,000 | Flooding. Need shelter |\n"
            "| 2 | Dolow | 3,000 | Why? Floods |\n")
    assert [(r[0], r[4]) for r in rows_of(text)] == [("12,000", "Baidoa"), ("3,000", "Dolow")]


def test_shares_ratios_and_people_who_did_not_move_are_no_figures():
    text = ("IDPs by site\n\n| Site | IDPs (%) | Persons per latrine | Children enrolled | "
            "People at risk | Individuals |\n|---|---|---|---|---|---|\n"
            "| Bulengo | 23 | 50 | 3,000 | 2,000 | 40,000 |\n")
    assert [r[0] for r in rows_of(text)] == ["40,000"]


def test_subtotals_and_other_rows_name_no_place_of_their_own():
    text = ("Nouveaux déplacements\n\n| Région | Commune | Personnes |\n|---|---|---|\n"
            "| Tillabéri | Ayorou | 4 210 |\n| Tahoua | Tillia | 2 450 |\n"
            "| Sous-total Tahoua | | 2 450 |\n| Autres | | 300 |\n| Total | | 6 960 |\n")
    got = {r[0]: r[4] for r in rows_of(text)}
    assert got["4 210"] == "Ayorou" and got["6 960"] == "Tillabéri and Tahoua"
    assert [r[4] for r in rows_of(text) if r[0] == "2 450"] == ["Tillia", "Tahoua"]
    assert got["300"] not in ("Autres", "")


@pytest.mark.parametrize("header, cell, where", [
    ("Zone de santé", "Rutshuru", "Rutshuru"),  # a header holding a word of place
    ("Département", "Ouest", "Ouest"),  # a word that is no place alone is one here
    ("**Territoire**", "Masisi<br>(Sake)", "Masisi"),  # a converter's markup
])
def test_the_place_column_of_a_row(header, cell, where):
    text = (f"Personnes déplacées\n\n| Province | {header} | **PDI** |\n|---|---|---|\n"
            f"| Nord-Kivu | {cell} | 120 000 |\n")
    assert [r[4] for r in rows_of(text)] == [where]


def test_a_table_without_outer_pipes():
    text = "IDPs by province\n\nProvince | IDPs\n:---|---:\nIturi | 1,600,000\n"
    assert rows_of(text) == [("1,600,000", "people", "displaced", "stock", "Ituri", "")]


def test_an_html_table_laying_out_a_page_is_read_as_text(tmp_path: Path):
    (tmp_path / "a.html").write_text(
        "<html><body><table><tr><td><a href='/'>Home</a></td><td><h1>Flash update</h1>"
        "<p>IDPs: 25,000</p><ul><li>Households: 5,000</li></ul></td></tr></table>"
        "</body></html>", encoding="utf-8")
    doc = read_document(tmp_path, tmp_path / "a.html", {})
    assert "|" not in doc.text
    assert [(r["number_text"], r["unit"]) for r in extract(doc)] == [
        ("25,000", "people"), ("5,000", "households")]


def test_html_cells_spanning_rows_and_columns_and_two_heading_rows(tmp_path: Path):
    (tmp_path / "a.html").write_text(
        "<html><body><table><caption>Nouveaux déplacements par commune</caption>"
        "<tr><th rowspan=2>Région</th><th rowspan=2>Commune</th><th colspan=2>PDI</th></tr>"
        "<tr><th>Personnes</th><th>Ménages</th></tr>"
        "<tr><td rowspan=2>Tillabéri</td><td>Ayorou</td><td>4 210</td><td>702</td></tr>"
        "<tr><td>Banibangou</td><td>1 980</td><td>330</td></tr>"
        "<tr><td colspan=2>Total</td><td>6 190</td><td>1 032</td></tr></table></body></html>",
        encoding="utf-8")
    doc = read_document(tmp_path, tmp_path / "a.html", {})
    got = [(r["number_text"], r["unit"], r["location"]) for r in extract(doc)]
    assert got == [("4 210", "people", "Ayorou"), ("702", "households", "Ayorou"),
                   ("1 980", "people", "Banibangou"), ("330", "households", "Banibangou"),
                   ("6 190", "people", "Tillabéri"), ("1 032", "households", "Tillabéri")]


def test_the_caption_may_sit_above_a_source_line_and_prose_is_no_caption():
    text = ("Table 3. IDPs by district\nSource: DTM, round 12\n\n| District | Individuals |\n"
            "|---|---|\n| Baidoa | 12,000 |\n")
    assert [r[0] for r in rows_of(text)] == ["12,000"]
    # prose above a table of camps: its verb of fleeing does not make the camps' people flows
    text = ("Most new refugees fled attacks in El Geneina.\n\n| Camp | Refugees |\n|---|---|\n"
            "| Adré | 150,000 |\n")
    assert [(r[0], r[3]) for r in rows_of(text)] == [("150,000", "stock")]


def test_columns_of_origins_and_destinations_make_flows():
    rows = figures_of("Nouveaux déplacés\n\n| Provenance | Destination | Personnes |\n"
                      "|---|---|---|\n| Kalehe | Goma | 5 000 |\n| Sake | Minova | 2 000 |\n")
    assert [(r["origin"], r["destination"], r["location"]) for r in rows] == [
        ("Kalehe", "Goma", "Goma"), ("Sake", "Minova", "Minova")]
    assert rows[0]["origin_place_id"] and rows[0]["destination_place_id"]  # a flow's ends


def test_a_header_saying_what_happened_to_the_people_it_counts():
    text = ("Evacuations and accommodation centres by district (17 March):\n\n"
            "| District | Evacuated before landfall | In accommodation centres | Houses lost |\n"
            "|---|---|---|---|\n| Quelimane | 18,450 | 12,310 | 3,920 |\n")
    assert [(r[0], r[2], r[3]) for r in rows_of(text)] == [
        ("18,450", "evacuated", "flow"), ("12,310", "displaced", "stock")]


def test_headers_saying_where_people_stay_count_people():
    # (people in evacuation centres are evacuated, as the gold sets of Philippine reports
    # count them; "ECs" is how those reports write it)
    text = ("Displacement by district\n\n| District | People in accommodation centres | "
            "In host families | Persons inside evacuation centres | Families inside ECs |\n"
            "|---|---|---|---|---|\n| Mecúfi | 4 300 | 2 100 | 900 | 210 |\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows_of(text)] == [
        ("4 300", "people", "displaced", "stock"), ("2 100", "people", "displaced", "stock"),
        ("900", "people", "evacuated", "stock"), ("210", "families", "evacuated", "stock")]


def test_a_table_silent_on_its_people_in_a_report_of_refugees_counts_refugees():
    text = (
        "Some 5,000 Somali refugees arrived in Kenya in June.\n\n"
        "New arrivals by site\n\n"
        "| Site | Individuals |\n"
        "|---|---:|\n"
        "| Garissa | 3,420 |\n"
        "| Dadaab | 1,580 |\n"
    )
    rows = figures_of(text)
    assert [(r["number_text"], r["category"], r["iso3"]) for r in rows[1:]] == [
        ("3,420", "refugees", "KEN"), ("1,580", "refugees", "KEN")
    ]
    # the same table in a report of people displaced inside their country
    text = text.replace("Somali refugees arrived in Kenya", "people were displaced in Garissa")
    assert {r["category"] for r in figures_of(text)} == {"displaced"}


def test_a_far_town_in_a_table_cell_is_a_site_of_the_report_country():
    # Dadaab's Ifo camp, not the Nigerian town: in Kenya, with the other camps' refugees
    text = (
        "Some 5,000 Somali refugees arrived in Dadaab, Kenya, in June.\n\n"
        "New arrivals by camp\n\n"
        "| Camp | Individuals |\n"
        "|---|---:|\n"
        "| Dagahaley | 3,420 |\n"
        "| Ifo | 1,580 |\n"
    )
    rows = figures_of(text)
    assert [(r["location"], r["iso3"], r["category"]) for r in rows[-1:]] == [
        ("Ifo", "KEN", "refugees")
    ]


def test_a_column_of_sites_is_where_the_row_is_and_a_total_where_the_areas_are():
    text = (
        "Flood displacement in Hiraan, by site\n\n"
        "| Site | District | Individuals |\n"
        "|---|---|---:|\n"
        "| Kooshin camp | Beledweyne | 3,600 |\n"
        "| Ceelgaal | Beledweyne | 2,900 |\n"
        "| Total | | 6,500 |\n"
    )
    rows = figures_of(text)
    assert [r["location"] for r in rows] == ["Kooshin camp", "Ceelgaal", "Beledweyne"]


def test_a_camp_is_read_next_to_its_row_country_in_a_regional_table():
    text = (
        "Kenya hosts two of the largest refugee camps in the world.\n\n"
        "Largest refugee camps\n\n"
        "| Country | Camp | Refugees |\n"
        "|---|---|---:|\n"
        "| Bangladesh | Kutupalong | 600,000 |\n"
        "| Kenya | Kakuma | 200,000 |\n"
    )
    assert [r["iso3"] for r in figures_of(text)] == ["BGD", "KEN"]


def test_a_column_of_site_types_is_not_a_column_of_sites():
    text = (
        "IDPs by type of site\n\n"
        "| Site type | State | IDPs |\n"
        "|---|---|---:|\n"
        "| Camps | Borno | 500,000 |\n"
        "| Host communities | Yobe | 120,000 |\n"
    )
    assert [r["location"] for r in figures_of(text)] == ["Borno", "Yobe"]


def test_a_site_the_gazetteer_lacks_is_drawn_at_its_district():
    text = (
        "Flood displacement in Hiraan, by site\n\n"
        "| Site | District | Individuals |\n"
        "|---|---|---:|\n"
        "| Site 1 | Beledweyne | 3,600 |\n"
    )
    (row,) = figures_of(text)
    assert (row["location"], row["iso3"]) == ("Site 1", "SOM")
    assert row["lat"] is not None and row["lon"] is not None


def test_a_column_of_camps_and_sites_is_a_column_of_sites():
    text = (
        "Refugee camps in Ouaddaï\n\n"
        "| Camp / site | Province | Refugees |\n"
        "|---|---|---:|\n"
        "| Farchana | Ouaddaï | 30,000 |\n"
        "| Metche | Ouaddaï | 40,000 |\n"
    )
    assert [r["location"] for r in figures_of(text)] == ["Farchana", "Metche"]


def test_a_column_of_upazilas_names_the_rows_and_the_total_is_the_area_of_the_table():
    # (upazilas the gazetteer lacks: their total is the district the heading names)
    text = (
        "Floods forced people from their homes across the district.\n\n"
        "## People in flood shelters by upazila (Sylhet district)\n\n"
        "| Upazila | People in shelters |\n"
        "|---|---|\n"
        "| Jaintiapur | 4,120 |\n"
        "| Bishwanath | 2,300 |\n"
        "| **Total** | **6,420** |\n"
    )
    rows = figures_of(text)
    assert [(r["number_text"], r["location"], r["iso3"]) for r in rows] == [
        ("4,120", "Jaintiapur", "BGD"), ("2,300", "Bishwanath", "BGD"), ("6,420", "Sylhet", "BGD")
    ]


def test_residents_of_refugee_centres_and_the_children_among_them_are_counted():
    text = (
        "Refugee accommodation centres (as of 20 February)\n\n"
        "| Centre | District | Residents | Of whom children | Capacity |\n"
        "|---|---|---|---|---|\n"
        "| Northgate centre | Balti | 412 | 158 | 600 |\n"
    )
    assert [(r["number_text"], r["unit"], r["category"]) for r in figures_of(text)] == [
        ("412", "people", "refugees"), ("158", "children", "refugees")
    ]


def test_residents_beside_a_column_of_idps_are_the_host_population():
    text = ("# IDPs in Borno State\n\n| LGA | IDPs | Residents |\n|---|---|---|\n"
            "| Konduga | 40,000 | 200,000 |\n")
    assert [r["number_text"] for r in figures_of(text)] == ["40,000"]


def test_headers_of_people_evacuated_or_in_tents_count_them():
    text = ("## Evacuations by hromada, June\n\n"
            "| Hromada | People evacuated | Of whom children | Residents remaining |\n"
            "|---|---|---|---|\n| Huliaipole | 2,960 | 310 | 2,400 |\n\n"
            "## Displacement by district\n\n"
            "| District | Families in tents or open air | Families with host relatives |"
            " Houses destroyed |\n|---|---|---|---|\n| Zindajan | 3,870 | 610 | 2,450 |\n")
    rows = figures_of(text)
    assert [(r["number_text"], r["unit"], r["category"], r["measure"]) for r in rows] == [
        ("2,960", "people", "evacuated", "flow"), ("310", "children", "evacuated", "flow"),
        ("3,870", "families", "displaced", "stock"), ("610", "families", "displaced", "stock"),
    ]


def test_headers_of_needs_plans_and_care_count_nobody():
    text = ("## Flood response by district\n\n"
            "| District | Households in need of tents | Families with relatives abroad |"
            " People evacuated (planned) | People evacuated to hospitals |\n"
            "|---|---|---|---|---|\n| Zindajan | 3,870 | 340 | 5,000 | 120 |\n")
    assert figures_of(text) == []


def test_a_total_of_rows_all_in_one_province_is_that_province():
    text = ("Personnes déplacées par territoire\n\n| Territoire | Personnes déplacées |\n"
            "|---|---|\n| Masisi | 12 000 |\n| Nyiragongo | 8 000 |\n| Total | 20 000 |\n")
    assert [(r["location"], r["location_place_id"]) for r in figures_of(text)][-1] == (
        "North Kivu", "CD-NK")
    # ... unless the caption names the smaller place the rows are in
    text = ("Personnes déplacées dans le territoire de Masisi\n\n| Territoire | Personnes "
            "déplacées |\n|---|---|\n| Masisi | 12 000 |\n| Nyiragongo | 8 000 |\n"
            "| Total | 20 000 |\n")
    assert figures_of(text)[-1]["location"] != "North Kivu"


@pytest.mark.parametrize("rows, province", [
    # towns the gazetteer places by the outline they lie in (GeoNames files them under
    # codes no table maps)
    (["Bétou", "Impfondo", "Dongou"], "Likouala"),
    (["Maiduguri", "Bama", "Dikwa"], "Borno"),
    # a village the gazetteer lacks among them is in the province the others are in, as
    # long as at least half of the rows are known
    (["Quelimane", "Mocuba", "Nicoadala", "Namacurra"], "Zambézia"),
    (["Adré", "Farchana", "Ourang", "Aboutengué"], "Ouaddaï"),
])
def test_a_total_of_towns_all_in_one_province_is_that_province(rows, province):
    text = _table_with_total("Displaced people by town", "Town", "Displaced people", rows)
    assert figures_of(text)[-1]["location"] == province


def test_a_total_of_rows_half_unknown_is_not_placed_in_the_province_of_the_known_half():
    # (Gado and Timangolo, which the gazetteer lacks, are in Cameroon's East region)
    rows = ["Kousseri", "Mokolo", "Gado", "Timangolo"]
    text = _table_with_total("Refugees by site", "Site", "Refugees", rows)
    assert figures_of(text)[-1]["location"] != "Far North"


def test_a_total_of_rows_mostly_unknown_is_not_placed_in_the_province_of_the_few_known():
    rows = ["Rubkona", "Guit", "Mayom", "Leer"]  # (only Leer is known: Unity)
    text = _table_with_total("Displaced people by county", "County", "Displaced people", rows)
    assert figures_of(text)[-1]["location"] == "Rubkona, Guit, Mayom and Leer"


def _table_with_total(caption: str, place_header: str, count_header: str,
                      places: list[str]) -> str:
    """A Markdown table of a count per place (1,000, 2,000...) under a caption, and its
    Total row."""
    counts = [1000 * (k + 1) for k in range(len(places))]
    lines = "".join(f"| {place} | {n:,} |\n" for place, n in zip(places, counts, strict=True))
    return (f"{caption}\n\n| {place_header} | {count_header} |\n|---|---|\n{lines}"
            f"| Total | {sum(counts):,} |\n")


def test_a_row_is_at_its_most_precise_place_whichever_column_comes_first():
    text = (
        "Somalia: floods in Hiraan and Gedo\n\n"
        "Table 1. People displaced by floods, by district\n\n"
        "| District | Region | People displaced |\n"
        "|---|---|---|\n"
        "| Beledweyne | Hiraan | 67,200 |\n"
        "| Luuq | Gedo | 8,900 |\n"
        "| Total | | 76,100 |\n"
    )
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == [
        ("67,200", "Beledweyne"), ("8,900", "Luuq"),
        # the Total sums the coarser column, wherever it stands
        ("76,100", "Hiraan and Gedo")]


@pytest.mark.parametrize("header, rows, expected", [
    # a region before the country is a region of the world
    ("| Region | Country | Refugees |",
     ["| East and Horn of Africa | Uganda | 1,600,000 |", "| Middle East | Syria | 500,000 |"],
     ["Uganda", "Syria"]),
    # Admin 0 is the country
    ("| Admin 0 | Admin 1 | IDPs |",
     ["| Somalia | Bay | 120,000 |", "| Somalia | Hiraan | 80,000 |"], ["Bay", "Hiraan"]),
    # ... a region of the country's, after it or before it
    ("| Region | Country | IDPs |",
     ["| Amhara | Ethiopia | 120,000 |", "| Gambella | Ethiopia | 80,000 |"],
     ["Amhara", "Gambella"]),
    # the smallest unit of the row, its Total the country
    ("| County | State | Country | IDPs |",
     ["| Nasir | Upper Nile | South Sudan | 40,000 |",
      "| Ulang | Upper Nile | South Sudan | 20,000 |", "| Total | | | 60,000 |"],
     ["Nasir", "Ulang", "South Sudan"]),
    ("| Location | Province | IDPs |",
     ["| Bulengo | North Kivu | 40,000 |", "| Kalehe | South Kivu | 20,000 |"],
     ["Bulengo", "Kalehe"]),
])
def test_the_columns_of_places_by_their_headers(header, rows, expected):
    assert locations(header, rows) == expected


@pytest.mark.parametrize("header, rows, expected", [
    # (a fourth review) an area is coarser than a woreda or a locality, finer than a region
    ("| Woreda | Zone | IDPs |", ["| Gode | Shabelle | 12,000 |", "| Moyale | Borena | 8,000 |"],
     ["Gode", "Moyale"]),
    # ... and a region before the country that is none of the country's is the world's
    ("| Region | Country | Refugees |",
     ["| Sahel | Mali | 400,000 |", "| Great Lakes | Rwanda | 130,000 |"], ["Mali", "Rwanda"]),
])
def test_areas_and_world_regions_in_tables(header, rows, expected):
    assert locations(header, rows) == expected


def test_a_column_of_settings_names_no_places():
    text = """IDPs in Baidoa district by setting (CCCM, March 2025):

| Location | Households | Individuals |
|---|---|---|
| Camps | 12,400 | 68,200 |
| Urban | 5,100 | 28,050 |
| Host communities | 2,300 | 12,650 |
| Total | 19,800 | 108,900 |
"""
    rows = figures_of(text)
    assert len(rows) == 8
    assert {r["location"] for r in rows} == {"Baidoa"}


@pytest.mark.parametrize("header, rows, expected", [
    # (a fifth review) a zone or an area is as fine as the table's order says
    ("| Territoire | Zone de santé | Personnes déplacées |",
     ["| Masisi | Mweso | 45,000 |", "| Masisi | Kirotshe | 30,000 |"], ["Mweso", "Kirotshe"]),
    ("| State | Locality | Area | IDPs |", ["| South Darfur | Nyala | Otash | 15,000 |"],
     ["Otash"]),
    ("| District | Zone | Region | IDPs |", ["| Gode | Shabelle | Somali | 12,000 |"], ["Gode"]),
    # ... and a province before the country column stays, even one named like its capital
    ("| Oblast | Country | IDPs |",
     ["| Kharkiv | Ukraine | 400,000 |", "| Dnipropetrovsk | Ukraine | 330,000 |"],
     ["Kharkiv", "Dnipropetrovsk"]),
    ("| Region | Country | IDPs |",
     ["| Far North | Cameroon | 330,000 |", "| Americas | Colombia | 2,800,000 |"],
     ["Far North", "Colombia"]),
])
def test_the_order_of_a_tables_places_after_a_fifth_review(header, rows, expected):
    assert locations(header, rows) == expected


def test_a_header_of_place_words_alone_is_a_column_of_places():
    text = """Répartition des nouveaux arrivants à Dédougou

| Secteur / site | Ménages | Personnes |
|---|---|---|
| Secteur 4 (familles d'accueil) | 1 120 | 6 050 |
| Site spontané de Kari | 980 | 5 310 |
"""
    assert [r["number_text"] for r in figures_of(text)] == ["1 120", "6 050", "980", "5 310"]


def test_a_total_in_bold_naming_its_rows_in_words_sums_them():
    text = """Returns by district

| District | Returnees |
|---|---|
| Palma | 17,902 |
| Nangade | 9,876 |
| **Total, two districts** | **27,778** |
"""
    assert [r["location"] for r in figures_of(text)] == ["Palma", "Nangade", "Palma and Nangade"]


@pytest.mark.parametrize("header, rows, expected", [
    # (a sixth review) a town or a French "localité" is finer than its zone or area, and a
    # place the gazetteer knows as a province is one whatever its header
    ("| Localité | Zone de santé | Ménages déplacés |", ["| Kitchanga | Kibirizi | 1,200 |"],
     ["Kitchanga"]),
    ("| Location | Zone | IDPs |", ["| Kalemie | Tanganyika | 5,000 |"], ["Kalemie"]),
    ("| City | Area | IDPs |", ["| Kramatorsk | Donetsk | 5,000 |"], ["Kramatorsk"]),
    ("| Région | Pays | Réfugiés |", ["| Afrique de l'Est | Soudan du Sud | 5,000 |"],
     ["South Sudan"]),
])
def test_the_order_of_a_tables_places_after_a_sixth_review(header, rows, expected):
    assert locations(header, rows) == expected


def test_a_header_of_where_people_are_counts_them_there():
    text = """IDPs by province and setting

| Province | In camps | In host families |
|---|---|---|
| North Kivu | 400,000 | 250,000 |
"""
    rows = figures_of(text)
    assert [(r["number_text"], r["measure"], r["location"]) for r in rows] == [
        ("400,000", "stock", "North Kivu"), ("250,000", "stock", "North Kivu")]


@pytest.mark.parametrize("header, rows, expected", [
    # (a seventh review) a village or a quarter is finer than its town
    ("| Village | Town | IDPs |", ["| Kibumba | Goma | 5,000 |"], ["Kibumba"]),
    ("| Quartier | Ville | Déplacés |", ["| Katindo | Goma | 5,000 |"], ["Katindo"]),
    # (an eighth review) the units below a district that hold towns are coarser than them
    ("| Groupement | Localité | Déplacés |", ["| Bukoma | Kiwanja | 3,400 |"], ["Kiwanja"]),
    ("| Localité | Groupement | Déplacés |", ["| Kiwanja | Bukoma | 3,400 |"], ["Kiwanja"]),
    ("| Payam | Town | IDPs |", ["| Jelhak | Renk | 6,000 |"], ["Renk"]),
])
def test_the_order_of_a_tables_places_after_a_seventh_review(header, rows, expected):
    assert locations(header, rows) == expected


def test_a_total_row_that_names_a_place_sums_that_place():
    # (a ninth review) a subtotal by its place's name is that place, not all the rows above
    text = """Somalia floods

| Region | District | Displaced |
|---|---|---|
| Hiraan | Beledweyne | 4,000 |
| Total Hiraan | | 4,000 |
| Gedo | Luuq | 2,000 |
| Total Gedo | | 2,000 |
| Total | | 6,000 |
"""
    assert [r["location"] for r in figures_of(text)] == [
        "Beledweyne", "Hiraan", "Luuq", "Gedo", "Hiraan and Gedo"]


@pytest.mark.parametrize("label", ["Total new arrivals", "Total des arrivées enregistrées"])
def test_a_total_row_named_in_words_sums_the_rows(label):
    text = ("Chad: arrivals by crossing point\n\n| Crossing point | Arrivals |\n|---|---|\n"
            f"| Adré | 3,000 |\n| Tiné | 1,000 |\n| {label} | 4,000 |\n")
    assert [r["location"] for r in figures_of(text)] == ["Adré", "Tiné", "Adré and Tiné"]


@pytest.mark.parametrize("text", [
    " |\n|---|---|\n| Ayorou | 4 210 |\n| Tillia | 2 450 |\n",
    " |\n|---|---|---|\n| Baidoa | 2,000 | 12,000 |\n",
])
def test_a_row_with_more_cells_than_its_header_is_read_without_failing(text):
    # (a document opening on a table cut short: its header has fewer columns than its rows)
    assert isinstance(figures_of(text), list)


SPACED = """\
2. ENREGISTREMENT PAR DISTRICT (au 14 février)
  District        Région            Sites   Ménages   Personnes
  --------        ------            -----   -------   ---------
  Mananjary       Vatovavy             52     4 215      18 906
  Nosy Varika     Vatovavy             23     1 870       8 044
                  Total                75     6 085      26 950

Pendant la période, 2 000 personnes ont quitté les sites.
"""


def test_a_table_laid_out_with_spaces_is_read_by_its_columns():
    rows = figures_of(SPACED)
    got = [(r["number_text"], r["unit"], r["measure"], r["location"]) for r in rows[:6]]
    assert got == [
        ("4 215", "households", "stock", "Mananjary"),
        ("18 906", "people", "stock", "Mananjary"),
        ("1 870", "households", "stock", "Nosy Varika"),
        ("8 044", "people", "stock", "Nosy Varika"),
        # (an indented row keeps its columns: its label is in the second one)
        ("6 085", "households", "stock", "Vatovavy"),
        ("26 950", "people", "stock", "Vatovavy"),
    ]  # and the sites column is no figure
    for r in rows[:6]:  # each figure quotes its line, as the document writes it
        assert SPACED[r["char_start"] : r["char_end"]] == r["quote"]
    # the sentence after the table is read as a sentence
    assert rows[6]["number_text"] == "2 000" and len(rows) == 7


def test_a_header_of_two_lines_names_its_columns_with_both():
    # (a PDF converter keeps a header's wrapped names on a line of their own; a Total row
    # may name its place before the word)
    text = ("Table 2. Displaced households by municipality, Jajarkot\n\n"
            "Municipality      Houses fully   Displaced     Estimated\n"
            "                  damaged        households    persons*\n"
            "Barekot                 6,840         3,412       15,354\n"
            "Nalgad                  5,215         2,106        9,477\n"
            "Jajarkot total         12,055         5,518       24,831\n"
            "* at 4.5 persons per household\n")
    [table] = T.find_tables(text.split("\n"))
    assert table.header == ["Municipality", "Houses fully damaged", "Displaced households",
                            "Estimated persons*"]
    got = [(r["number_text"], r["unit"], r["location"]) for r in figures_of(text)]
    assert got == [("3,412", "households", "Barekot"), ("15,354", "people", "Barekot"),
                   ("2,106", "households", "Nalgad"), ("9,477", "people", "Nalgad"),
                   ("5,518", "households", "Jajarkot"), ("24,831", "people", "Jajarkot")]


def test_a_total_named_by_a_count_of_units_is_no_place():
    text = ("| Province | Displaced |\n|---|---|\n| Hatay | 500,000 |\n| Adıyaman | 300,000 |\n"
            "| Five-province total | 800,000 |\n")
    assert figures_of(text)[-1]["location"] == "Hatay and Adıyaman"


def test_a_line_of_units_under_a_header_is_part_of_it():
    lines = ["Site          Ménages    Personnes", "              (HH)       (Ind.)",
             "Bulengo          1 200        5 400", "Lushagala          800        3 600"]
    [table] = T.find_tables(lines)
    assert table.header == ["Site", "Ménages (HH)", "Personnes (Ind.)"]
    assert table.rows == [2, 3]
    # ... but a place alone on the line under a header opens a section of rows
    lines = ["Province      Ménages    Personnes", "NORTH KIVU",
             "Bulengo          1 200        5 400", "Lushagala          800        3 600"]
    assert all(t.header == ["Province", "Ménages", "Personnes"] for t in T.find_tables(lines))


def test_a_table_separated_by_tabs_is_read_by_its_cells_in_order():
    text = ("New arrivals by crossing point, week 32\n"
            "Crossing point\tCountry\tHouseholds\tArrivals\n"
            "Adré\tChad\t\t4,120\n"
            "Tine\tChad\t310\t1,980\n")
    got = [(r["number_text"], r["unit"], r["location"]) for r in figures_of(text)]
    assert got == [("4,120", "people", "Adré"), ("310", "households", "Tine"),
                   ("1,980", "people", "Tine")]


@pytest.mark.parametrize("lines", [
    # prose with double spaces, and a list of two columns, are no table
    ["Some 3,000 people fled.  Another 200 arrived.", "Goma  1,200", "Sake  300"],
    ["Contact   Phone   E-mail", "Jean Dupont", "Marie Curie"],
    # rows whose cells fall two in a column are not its rows
    ["District   Région   Personnes", "Goma Nord Kivu  1 200   300  400", "Sake 300 1"],
])
def test_lines_with_spaces_that_are_no_table(lines):
    assert T.find_tables(lines) == []


@pytest.mark.parametrize("text, expected", [
    # a block of key figures with their sources is no table: its figures are sentences' own
    ("KEY FIGURES\nPeople displaced       6.9 million       OCHA, Jan 2025\n"
     "Returnees              1.1 million       IOM, Dec 2024\n"
     "Refugees               520,000           UNHCR, Jan 2025\n", 3),
    # nor are bullets exported with tabs
    ("Highlights\n•\tNorth Kivu:\tSome 3,000 people fled Minova towards Goma.\n"
     "•\tSouth Kivu:\tAbout 1,200 households returned to Kalehe.\n", 2),
    # a table of updates in words is read as prose
    ("Cluster updates\nCluster       Update                                          Gaps\n"
     "Protection    About 500 people fled Kamanyola overnight          Staff\n"
     "CCCM          3,400 new households registered in Rusayo          Water\n", 2),
])
def test_text_laid_out_in_columns_that_is_no_table_of_figures(text, expected):
    assert len(figures_of(text)) == expected


def test_a_spaced_table_ends_where_prose_begins():
    text = ("IDPs in sites, Kalemie\nSite          Households   People\n"
            "Katanika           2,460   12,300\nKalunga            1,780    8,900\n"
            "Note:  a further 3,000 people live with host families in Kalemie town.\n")
    rows = figures_of(text)
    assert [(r["number_text"], r["location"]) for r in rows][-1] == ("3,000", "Kalemie")


def test_a_spaced_table_reads_a_row_whose_label_overflows_its_column():
    text = ("Site                  IDPs       Households\n"
            "Bulengo             18,540            4,120\n"
            "Lushagala Extension Phase 2    3,100      620\n"
            "Rusayo               13,700           2,740\n")
    got = [(r["number_text"], r["location"]) for r in figures_of(text)]
    assert ("3,100", "Lushagala Extension Phase 2") in got and ("13,700", "Rusayo") in got


def test_a_tab_row_opening_on_an_empty_cell_keeps_its_columns():
    text = ("IDPs and returnees by territory\nProvince\tTerritory\tIDPs\tReturnees\n"
            "North Kivu\tMasisi\t120,000\t15,000\n\tRutshuru\t80,000\t9,000\n")
    got = [(r["number_text"], r["category"], r["location"]) for r in figures_of(text)]
    assert got[2:] == [("80,000", "displaced", "Rutshuru"), ("9,000", "returned", "Rutshuru")]


def test_planned_people_and_nobody_are_no_table_figures():
    text = ("Return convoys\n\n| From | To | Planned returnees | Refugees |\n|---|---|---|---|\n"
            "| Nyarugusu | Kigoma | 600 | 0 |\n| Nduta | Kibondo | 450 | 0 |\n")
    assert figures_of(text) == []


# The fifteenth review's tables laid out with spaces or tabs that are read wrongly.
JUSTIFIED = ("Les  affrontements  de  mardi  ont\npoussé  3 500  personnes  à  fuir\n"
             "Kitchanga  vers  Mweso,  où  900\nménages  sont  hébergés  à  l'église.")
KEY_FIGURES_TABBED = ("Key figures\nIndicator\tFigure\tSource\nIDPs\t6.9 million\tOCHA, Jan 2025\n"
                      "Returnees\t1.1 million\tIOM, Dec 2024\nRefugees\t520,000\tUNHCR, Jan 2025")


def test_a_justified_paragraph_or_a_block_of_key_figures_is_prose():
    # (its words two spaces apart, lines of as many cells as a header: read in order, it
    # was a table that counted no one)
    assert [r["number_text"] for r in figures_of(JUSTIFIED)][:1] == ["3 500"]
    got = [(r["number_text"], r["category"]) for r in figures_of(KEY_FIGURES_TABBED)]
    assert got == [("6.9 million", "displaced"), ("1.1 million", "returned"),
                   ("520,000", "refugees")]


@pytest.mark.parametrize("text", [
    # people who did not move: a population, plans, needs, pupils
    "Village         Population     Households\nKibati              12,400          2,480\n"
    "Munigi               8,900          1,780",
    "Projected arrivals for contingency planning\nEntry point       Expected arrivals     "
    "Most likely\nAdré                         40,000          25,000\n"
    "Tiné                         15,000           9,000",
    "People in need by province and population group\nProvince         IDPs        Host "
    "community      Returnees\nIturi          820,000              600,000        300,000\n"
    "North Kivu   1,200,000              900,000        250,000",
    "Displaced children enrolled in school, Kalemie\nSchool           Boys     Girls     Total\n"
    "EP Katanika       210       190       400\nEP Kalunga        160       175       335",
])
def test_tables_of_people_who_did_not_move_give_no_figure(text):
    assert figures_of(text) == []


def test_a_total_of_people_who_moved_differently_is_none_of_their_figures():
    text = ("Population movements by province\nProvince         IDPs       Returnees        Total\n"
            "Ituri         1,030,000        410,000    1,440,000\n"
            "Tanganyika      280,000        120,000      400,000")
    got = [(r["number_text"], r["category"]) for r in figures_of(text)]
    assert got == [("1,030,000", "displaced"), ("410,000", "returned"),
                   ("280,000", "displaced"), ("120,000", "returned")]


def test_a_label_wider_than_its_column_is_its_row_s_label():
    text = ("IDPs by site\nSite                  IDPs       Households\n"
            "Bulengo             18,540            4,120\nLushagala Extension Phase 2    3,100\n"
            "Rusayo              13,700            2,740")
    got = [(r["number_text"], r["location"]) for r in figures_of(text)]
    assert ("3,100", "Lushagala Extension Phase 2") in got and len(got) == 5


def test_a_column_of_men_is_no_place():
    text = ("IDPs by age and sex, Kalemie\nAge group       Female       Male\n"
            "0-4              1,200      1,100\n5-17             3,400      3,300")
    assert {r["location"] for r in figures_of(text)} == {"Kalemie"}


@pytest.mark.parametrize("label", ["Weekly total", "District total", "IDP total"])
def test_a_total_named_by_what_it_spans_is_no_place(label):
    text = ("New arrivals at Adré by day\n| Day | Arrivals |\n|---|---|\n| Monday | 1,200 |\n"
            f"| Tuesday | 900 |\n| {label} | 2,100 |")
    assert figures_of(text)[-1]["location"] not in (label.split()[0], label)


def test_a_caption_of_sites_targeted_still_counts_the_people_there():
    text = ("IDPs in targeted sites\n\n| Site | IDPs |\n|---|---|\n| Bulengo | 18,540 |\n"
            "| Rusayo | 13,700 |\n")
    assert [r["number_text"] for r in figures_of(text)] == ["18,540", "13,700"]


def test_returnees_of_any_kind_are_returns_and_their_total_too():
    text = ("Returns by territory, 2024\n"
            "| Territory | IDP returnees | Refugee returnees | Total |\n"
            "|---|---|---|---|\n| Rutshuru | 5,000 | 2,000 | 7,000 |")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("5,000", "returned"), ("2,000", "returned"), ("7,000", "returned")]


def test_a_caption_of_people_targeted_by_aid_gives_no_figure():
    text = ("IDPs targeted with food assistance\n\n| Province | IDPs |\n|---|---|\n"
            "| Ituri | 45,000 |\n| North Kivu | 80,000 |\n")
    assert figures_of(text) == []


def test_a_table_of_municipalities_and_people_sheltered_by_an_agency():
    # ("par la Croix-Rouge" is who shelters them, not a share; the Red Cross is no place)
    text = ("| Municipalité / communauté | Personnes évacuées | Hébergées par la Croix-Rouge |\n"
            "|---|---|---|\n| Chibougamau | 7 504 | 1 237 |\n| Chapais | 1 251 | 211 |\n"
            "| Total | 8 755 | 1 448 |\n")
    got = [(r["number_text"], r["category"], r["measure"], r["location"])
           for r in figures_of(text)]
    assert got == [
        ("7 504", "evacuated", "flow", "Chibougamau"),
        ("1 237", "evacuated", "stock", "Chibougamau"),
        ("1 251", "evacuated", "flow", "Chapais"), ("211", "evacuated", "stock", "Chapais"),
        ("8 755", "evacuated", "flow", "Chibougamau and Chapais"),
        ("1 448", "evacuated", "stock", "Chibougamau and Chapais"),
    ]


@pytest.mark.parametrize("caption, numbers", [
    # sites targeted by an assessment hold people who moved; people targeted by aid did not
    ("Displacement sites targeted by the DTM assessment", ["45,000", "32,000"]),
    ("Households targeted by NFI distributions", []),
    # a hyphenated word is no violence; places targeted for aid hold no movers either
    ("IDPs targeted in attack-hit areas", []),
    ("Districts targeted for cash assistance", []),
    ("Communes ciblées pour l'assistance en cash", []),
])
def test_what_a_caption_says_was_targeted(caption, numbers):
    text = f"{caption}\n\n| Site | IDPs |\n|---|---|\n| Bulengo | 45,000 |\n| Rusayo | 32,000 |\n"
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_caption_of_people_targeted_in_any_words_gives_no_figure():
    text = ("Targeted IDPs by site\n\n| Site | IDPs |\n|---|---|\n| Bulengo | 45,000 |\n"
            "| Rusayo | 32,000 |\n")
    assert figures_of(text) == []


@pytest.mark.parametrize("caption", [
    "Displacement following targeted attacks, by site",
    "Populations déplacées après des attaques ciblées, par site",
    "Camps targeted by shelling",
])
def test_a_caption_of_violence_that_targets_people_or_places_keeps_its_figures(caption):
    text = f"{caption}\n\n| Site | IDPs |\n|---|---|\n| Bulengo | 45,000 |\n| Rusayo | 32,000 |\n"
    assert [r["number_text"] for r in figures_of(text)] == ["45,000", "32,000"]


def test_people_counted_at_shelter_sites_moved():
    # a column of sites (the table's first) says who its counts are, whatever the caption
    text = ("Décompte au 21 décembre :\n\n| Site | Ménages | Personnes |\n|---|---|---|\n"
            "| École primaire de Boulbinet | 112 | 538 |\n")
    rows = figures_of(text)
    assert [(r["number_text"], r["category"], r["measure"], r["unit"]) for r in rows] == [
        ("112", "displaced", "stock", "households"), ("538", "displaced", "stock", "people")]
    # ... not a column of districts, nor a census of settlements
    assert figures_of(text.replace("| Site |", "| District |")) == []
    assert figures_of(text.replace("| Site |", "| Settlement |")) == []


def test_columns_of_times_count_the_people_the_caption_names():
    text = ("Personnes hébergées par commune\n\n| Commune | Au pic (lundi 15, 20 h) | "
            "Mardi 16, 12 h |\n|---|---|---|\n| Saint-Denis | 231 | 74 |\n"
            "| Saint-Paul | 167 | 29 |\n")
    assert [(r["number_text"], r["category"], r["measure"], r["location"], r["period"])
            for r in figures_of(text)] == [
        ("231", "displaced", "stock", "Saint-Denis", "lundi 15"),
        ("74", "displaced", "stock", "Saint-Denis", "Mardi 16"),
        ("167", "displaced", "stock", "Saint-Paul", "lundi 15"),
        ("29", "displaced", "stock", "Saint-Paul", "Mardi 16")]


@pytest.mark.parametrize("caption", [
    "Communes touchées",  # names no people
    "Personnes dans le besoin par commune",  # nobody moved
])
def test_columns_of_times_count_no_one_the_caption_does_not_name(caption):
    text = (f"{caption}\n\n| Commune | Lundi 15 | Mardi 16 |\n|---|---|---|\n"
            "| Saint-Denis | 231 | 74 |\n")
    assert figures_of(text) == []


def test_prose_opening_on_au_above_a_caption_is_no_caption():
    text = ("Au pic, plus de 650 personnes étaient hébergées.\n\nPersonnes hébergées par "
            "commune\n| Commune | Au pic | Mardi 16 |\n|---|---|---|\n| Saint-Denis | 231 | 74 |\n")
    (table,) = T.find_tables(text.split("\n"))
    assert table.caption == "Personnes hébergées par commune"
    assert [r["number_text"] for r in figures_of(text)] == ["plus de 650", "231", "74"]


def test_a_site_that_names_only_a_kind_of_building_is_at_its_town():
    text = ("Personnes hébergées dans les centres d'accueil\n\n"
            "| Centre d'accueil | Commune | Personnes hébergées |\n|---|---|---|\n"
            "| Salle des fêtes | La Tranche-sur-Mer | 127 |\n"
            "| Gymnase municipal | L'Aiguillon-sur-Mer | 104 |\n"
            "| Salle Sully | Luçon | 86 |\n")
    assert [r["location"] for r in figures_of(text)] == [
        "La Tranche-sur-Mer", "L'Aiguillon-sur-Mer", "Salle Sully"]


def test_a_caption_of_returns_over_columns_of_time_spans():
    text = ("Returns by crossing point\n\n"
            "| Crossing point | Returning from | Last 7 days | Since 15 June |\n"
            "|---|---|---|---|\n"
            "| Bunagana | Uganda | 4,650 | 36,900 |\n"
            "| Gisenyi | Rwanda | 1,120 | 8,750 |\n")
    rows = [(r["number_text"], r["category"], r["measure"], r["origin"]) for r in figures_of(text)]
    assert rows == [
        ("4,650", "returned", "flow", "Uganda"), ("36,900", "returned", "flow", "Uganda"),
        ("1,120", "returned", "flow", "Rwanda"), ("8,750", "returned", "flow", "Rwanda"),
    ]
    assert figures_of(text)[1]["period"] == "Since 15 June"


@pytest.mark.parametrize("caption", [
    "Arrivals of relief trucks by crossing", "Retours de formulaires par antenne",
])
def test_a_caption_of_things_moved_counts_no_people(caption):
    text = (f"{caption}\n\n"
            "| Crossing | Last 7 days | Since 1 June |\n"
            "|---|---|---|\n"
            "| Adré | 45 | 410 |\n"
            "| Tine | 12 | 150 |\n")
    assert figures_of(text) == []


def test_a_caption_of_people_at_reception_places_counts_displaced_people():
    text = ("### People present at main reception locations on 21 February\n\n"
            "| Location | District | Households | People | Site capacity (people) |\n"
            "|---|---|---|---|---|\n"
            "| Kavumu transit site | Kabare | 912 | 4,236 | 3,000 |\n"
            "| Goma host neighbourhoods | Nyiragongo | 287 | 1,349 | n/a |\n")
    rows = [(r["number_text"], r["category"], r["measure"], r["location"])
            for r in figures_of(text)]
    assert rows == [
        ("912", "displaced", "stock", "Kavumu transit site"),
        ("4,236", "displaced", "stock", "Kavumu transit site"),
        ("287", "displaced", "stock", "Goma host neighbourhoods"),
        ("1,349", "displaced", "stock", "Goma host neighbourhoods"),
    ]
    # (a census of the same places counts no one displaced)
    census = text.replace("People present at main reception locations", "Population census")
    assert figures_of(census) == []


@pytest.mark.parametrize("header", ["Inscrites à la Croix-Rouge", "Registered with the Red Cross"])
def test_a_column_of_people_registered_counts_the_tables_people(header):
    text = ("## Évacuations en cours\n\n"
            f"| Commune | Personnes évacuées | {header} |\n"
            "|---|---|---|\n"
            "| Uvira | 7 504 | 5 912 |\n")
    rows = [(r["number_text"], r["category"]) for r in figures_of(text)]
    assert rows == [("7 504", "evacuated"), ("5 912", "evacuated")]


def test_a_column_of_people_registered_in_a_table_of_no_move_counts_no_one():
    text = ("## Résidents par commune\n\n"
            "| Commune | Habitants | Inscrites à la Croix-Rouge |\n"
            "|---|---|---|\n"
            "| Uvira | 7 504 | 5 912 |\n")
    assert figures_of(text) == []


@pytest.mark.parametrize("header", ["Registered births", "Registered voters", "Inscrits à l'école"])
def test_a_column_registered_that_counts_other_things_counts_no_one(header):
    text = ("### Arrivals at Nyakabande transit centre\n\n"
            f"| Week | Arrivals | {header} |\n"
            "|---|---|---|\n"
            "| Week 7 | 2,400 | 120 |\n")
    assert [r["number_text"] for r in figures_of(text)] == ["2,400"]


def test_a_caption_of_shelters_built_counts_no_one():
    text = ("### Abris construits par territoire\n\n"
            "| Territoire | Abris | Personnes |\n"
            "|---|---|---|\n"
            "| Masisi | 420 | 2 100 |\n"
            "| Rutshuru | 310 | 1 550 |\n")
    assert figures_of(text) == []


def test_a_count_padded_with_zeros_in_a_cell_is_a_count():
    text = ("### Nouveaux déplacés par aire de santé\n\n"
            "| Aire de santé | Ménages | Personnes |\n"
            "|---|---|---|\n"
            "| Kibirizi | 045 | 213 |\n"
            "| Bambo | 012 | 068 |\n")
    assert [r["number_text"] for r in figures_of(text)] == ["045", "213", "012", "068"]


def test_rows_exported_with_semicolons_are_a_table():
    text = ("## Sites suivis, territoire de Nyiragongo (relevé du 17/06)\n\n"
            "```\n"
            "commune;site;type;tentes;menages;personnes;latrines\n"
            "Goma;Lac Vert;camp de toile;405;388;2.105;26\n"
            "Sake;Stade communal;camp de toile;655;602;3.480;41\n"
            "TOTAL;;;1.060;990;5.585;67\n"
            "```\n")
    rows = [(r["number_text"], r["unit"], r["category"], r["measure"]) for r in figures_of(text)]
    assert rows == [
        ("388", "households", "displaced", "stock"), ("2.105", "people", "displaced", "stock"),
        ("602", "households", "displaced", "stock"), ("3.480", "people", "displaced", "stock"),
        ("990", "households", "displaced", "stock"), ("5.585", "people", "displaced", "stock"),
    ]
    # (prose with semicolons is no table)
    prose = ("Sites visited: Goma; Sake; Minova.\n"
             "About 2,000 people arrived in Goma this week; 300 households went on to "
             "Bukavu.\n")
    assert [r["number_text"] for r in figures_of(prose)] == ["About 2,000", "300"]
