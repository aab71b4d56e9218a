"""Where a figure is: the role of each place in a sentence, and the figure's location.

Sentences written for these tests; places resolved through the real gazetteer."""

import pytest

from etl.documents import Document
from etl.figures import extract
from etl.places import document_places, find_in_sentence, listed

# sentence, place name as resolved, expected role
ROLES = [
    ("Some 12,000 refugees crossed into Uganda.", "Uganda", "destination"),
    ("Des milliers de personnes ont fui vers le Burundi.", "Burundi", "destination"),
    ("Families fleeing Goma reached the border.", "Goma", "origin"),
    ("Ils sont arrivés de Masisi hier.", "Masisi", "origin"),
    ("More than 40,000 people have been displaced in Masisi territory.", "Masisi", "at"),
    ("Plus de 40.000 personnes sont entrées au Burundi.", "Burundi", "destination"),
    ("Burundi’s biggest influx of refugees in 25 years.", "Burundi", "destination"),
    ("On Tuesday the US urged the Security Council to act.", "United States", "mention"),
    ("Hundreds of Congolese refugees waited at the border.", "DR Congo", "people"),
    ("Rwandan officials registered the new arrivals.", "Rwanda", "demonym"),
    ("L'afflux de Congolais continue.", "DR Congo", "people"),
    ("The 1994 Rwandan genocide.", "Rwanda", "demonym"),
    # a unit naming the place lends it its role: its "de" is not "from"
    ("Ils sont arrivés dans les sites de Kansega et Cishemere.", "Kansega", "destination"),
    ("Some 3,000 people fled to the town of Goma.", "Goma", "destination"),
    # ... but only a role the words before the unit give: otherwise the usual rules
    ("Ils ont fui la ville de Goma.", "Goma", "origin"),
    ("2 000 personnes sont arrivées à Goma depuis la ville de Sake.", "Sake", "origin"),
    # a former home is where people came from
    ("Most are South Sudanese who had lived in Sudan for years.", "Sudan", "origin"),
    ("Des Burundais qui avaient vécu en Tanzanie sont rentrés.", "Tanzania", "origin"),
    ("Au Niger voisin, la région de Tillabéri compte 110 000 déplacés.", "Tillabéri", "at"),
    # a preposition is a whole word: not the "to" of "total", the "au" of "autres"
    ("21 300 personnes au total étaient rentrées de Tanzanie.", "Tanzania", "origin"),
    ("Il faut recenser tous les déplacés de Goma.", "Goma", "at"),
    # home-comers' "de" is where they came back from
    ("Plus de 200 000 Burundais ont été rapatriés de Tanzanie.", "Tanzania", "origin"),
    ("400 000 Syriens sont rentrés du Liban en Syrie.", "Lebanon", "origin"),
    ("Un millier de personnes arrivent en provenance des cercles de Léré.", "Léré", "origin"),
    # a nationality between the article and the unit
    ("600 refugees arrive daily in the southeastern Libyan town of Kufra.", "Kufra", "at"),
    ("Over 5,000 refugees arrived in the eastern Chadian town of Adré this week.", "Adré",
     "destination"),
]


@pytest.mark.parametrize("sentence, name, role", ROLES, ids=[r[0][:40] for r in ROLES])
def test_role_of_a_place(sentence, name, role):
    found = {f.ref.name: f.role for f in find_in_sentence(sentence)}
    assert found.get(name) == role, found


# Names the gazetteer lacks, after a preposition of place or movement: kept by name, with
# no place_id. Sentence, name, role.
UNRESOLVED = [
    ("L'attaque a poussé environ 8 400 ménages vers Fataki.", "Fataki", "destination"),
    ("Roughly 600 households returned to Mucojo last week.", "Mucojo", "destination"),
    ("Another 3,000 families fled Alimbongo in the last week.", "Alimbongo", "origin"),
    ("Des centaines de personnes arrivent chaque jour à Biakato.", "Biakato", "destination"),
    ("3 200 ménages sont rentrés dans la zone de santé de Nizi.", "Nizi", "destination"),
    ("Some 2,000 people are sheltering in Dollo Ado.", "Dollo Ado", "at"),
    ("1,000 people arrive every day from villages in Bay.", "Bay", "origin"),
    ("1 950 familles ont fui les villages autour de Komanda.", "Komanda", "origin"),
    ("At the Palanca crossing point, 10,000 people a day were crossing.", "Palanca", "at"),
    ("The Dollo Ado camps, which host 200,000 refugees, are full.", "Dollo Ado", "destination"),
    # people of a village, in French: where they come from
    ("Les autorités ont évacué vers Tillabéri 320 ménages du village de Sinégodar.",
     "Sinégodar", "origin"),
    # a sentence opening on a place and the kind of unit it is
    ("In Krasnopillia hromada, crews evacuated 312 people last week.", "Krasnopillia", "at"),
    ("From Yunakivka hromada alone, 640 residents were evacuated.", "Yunakivka", "origin"),
    # nouns whose complement is a place
    ("Some 3,000 inhabitants of Kalemba fled towards Beni after the attack.", "Kalemba", "at"),
    ("Selon les arrivants, des milliers d'autres habitants de Malam Fatori se sont déplacés.",
     "Malam Fatori", "origin"),
    ("840 réfugiés sont arrivés, venus surtout des environs de Kantchari.", "Kantchari",
     "origin"),
    # an adjective of setting is no part of the name
    ("Since 3 March, about 450 people have gone back to rural El Tarra.", "El Tarra",
     "destination"),
]


@pytest.mark.parametrize("sentence, name, role", UNRESOLVED, ids=[r[0][:40] for r in UNRESOLVED])
def test_a_place_missing_from_the_gazetteer_is_kept_by_name(sentence, name, role):
    found = {f.ref.name: (f.role, f.ref.place_id) for f in find_in_sentence(sentence)}
    assert found.get(name) == (role, ""), found


# Capitalised words after a preposition that name no place.
NOT_PLACES = [
    "According to Human Rights Watch, 5,000 people fled.",
    "Some 5,000 people fled in April and returned on Monday.",
    "The figures were given to UNHCR and to M23 negotiators.",
    "Ils ont été accueillis par Caritas et signalés à Médecins Sans Frontières.",
    "She spoke to President Tshisekedi in Swahili.",
    "Thousands Flee To Fataki As Fighting Spreads.",
]


@pytest.mark.parametrize("sentence", NOT_PLACES, ids=[s[:40] for s in NOT_PLACES])
def test_capitalised_words_that_are_not_places(sentence):
    assert [f.ref.name for f in find_in_sentence(sentence) if not f.ref.place_id] == []


@pytest.mark.parametrize("sentence", [
    "fighting with the Arakan Army resumed",
    "Coast Guard crews pulled 17 people from the water off Front Street.",
    # ... nor a street named after one ("Olinda Road" in Maui is not Olinda, Brazil)
    "About 80 households on Olinda Road were moved out as the fire crossed Kula Highway.",
    # (a police force named after its province: "la Sûreté du Québec")
    "Avec les pompiers et la Sûreté du Québec, nous avons évacué 6 000 personnes.",
])
def test_an_organisation_named_after_a_place_is_not_a_place(sentence):
    assert [f.ref.name for f in find_in_sentence(sentence)] == []


def test_generic_words_are_dropped_from_names():
    names = [
        f.ref.name
        for f in find_in_sentence(
            "Ils vivent dans le territoire de Masisi et au centre de transit de Cishemere."
        )
    ]
    assert names == ["Masisi", "Cishemere"]


def test_a_place_and_the_unit_holding_it_are_one_place():
    (row,) = extract(Document("t.txt", "t.txt", "Some 5,000 people fled to Goma, North Kivu.", 0))
    assert (row["location"], row["location_place_id"], row["admin1"]) == (
        "Goma",
        "COD-goma",
        "CD-NK",
    )


def figures_in(text: str) -> list[dict]:
    return extract(Document("t.txt", "t.txt", text, 0, published="2025-02-20"))


def locate(text: str) -> list[tuple]:
    return [(r["number_text"], r["category"], r["location"], r["iso3"]) for r in figures_in(text)]


def test_crossing_into_another_country_makes_refugees_located_there():
    assert locate("Some 12,000 Congolese crossed into Uganda through Bunagana.") == [
        ("Some 12,000", "refugees", "Bunagana", "UGA")
    ]


@pytest.mark.parametrize(
    ("text", "origin", "destination", "location"),
    [
        ("Some 3,000 people fled to Bunia after attacks in Djugu.", "", "Bunia", "Bunia"),
        ("Quelque 3 000 personnes ont fui vers Bunia après des attaques à Djugu.",
         "", "Bunia", "Bunia"),
        # with nowhere else to put them, the figure is at the scene
        ("Some 3,000 people were displaced after attacks in Djugu.", "", "", "Djugu"),
        # the province the sentence names holds the figure, not the town attacked in it
        ("Following the attacks in El Fasher, the number of displaced people in North "
         "Darfur has risen to 1.7 million.", "", "", "North Darfur"),
        # people going back to the scene came from elsewhere
        ("After the shelling in Sake stopped, 40,000 people returned home from Goma.",
         "Goma", "", "Sake"),
    ],
)
def test_the_scene_of_the_attacks_is_where_people_are_only_when_nothing_else_is(
    text, origin, destination, location
):
    row = figures_in(text)[0]
    assert (row["origin"], row["destination"], row["location"]) == (
        origin, destination, location
    )


def test_listed_places_form_one_location():
    rows = locate("Shelling around Goma and Minova left some 350,000 displaced people homeless.")
    assert rows[0][2] == "Goma and Minova" and rows[0][3] == "COD"


def test_a_sentence_without_a_place_takes_the_paragraph_context():
    rows = locate("Fighting reached Sake on Monday. Some 8,000 people fled the town.")
    assert rows == [("Some 8,000", "fled", "Sake", "COD")]


def test_a_report_about_a_host_country_places_silent_arrivals_there():
    text = (
        "Congolese refugees keep crossing into Burundi.\n\n"
        "Officials counted 3,500 arrivals on Saturday alone."
    )
    assert locate(text) == [("3,500", "refugees", "Burundi", "BDI")]


def test_a_figure_silent_on_its_people_in_a_report_of_refugees_counts_refugees():
    # the report has named only refugees, in Tanzania: people sleeping at a reception
    # centre there are refugees too
    text = (
        "Nyarugusu camp hosts some 130,000 refugees, UNHCR said.\n\n"
        "Another 2,400 people sleep in the reception centre in Kibondo."
    )
    assert locate(text)[1] == ("2,400", "refugees", "Kibondo", "TZA")


def test_a_silent_figure_in_the_country_refugees_fled_is_displaced():
    text = (
        "More than 20,000 Sudanese refugees have crossed into Chad since June.\n\n"
        "In El Geneina, 3,000 people are sheltering in schools."
    )
    assert locate(text)[1] == ("3,000", "displaced", "El Geneina", "SDN")


def test_a_list_row_of_people_staying_is_not_the_moved_people_above_it():
    text = (
        "KEY FIGURES\n"
        "People evacuated from the flood zone: 21,460\n"
        "People sheltering in tents: 8,050\n"
    )
    assert [r["category"] for r in figures_in(text)] == ["evacuated", "displaced"]


def test_nationals_going_home_are_returnees():
    text = "ENTRIES INTO SYRIA BY CROSSING POINT\nMasnaa: 165,300 Syrians\n"
    # the row names the crossing they came home through, in the country of the heading
    assert locate(text) == [("165,300", "returned", "Masnaa", "SYR")]
    text = "Some 2,000 Rwandan nationals who lived in Bukavu were returning home."
    assert locate(text)[0][1:] == ("returned", "Rwanda", "RWA")


def test_people_back_from_a_country_are_no_longer_in_it():
    # the report names Iran most, but its towns are Afghan: returnees are home there
    text = (
        "Returns from Iran\n\n"
        "Crossings at Islam Qala in Herat surged after Iran's deadline. "
        "In July 338,000 people returned from Iran, of whom 244,000 were deported from Iran."
    )
    assert [r[2:] for r in locate(text)] == [("Afghanistan", "AFG")] * 2
    assert [r["origin"] for r in figures_in(text)] == ["Iran", "Iran"]


def test_returnees_named_by_nationality_are_not_from_their_own_country():
    # the headline's "South Sudanese returnees" are going home: South Sudan is where
    # people arrive, not where they come from
    text = (
        "South Sudanese returnees wait in Renk\n\n"
        "Around 1.2 million people have crossed into South Sudan since April 2023."
    )
    assert locate(text) == [("Around 1.2 million", "refugees", "South Sudan", "SSD")]
    rows = figures_in(text)
    assert [r["origin"] for r in rows] == [""]


def test_a_town_named_as_the_destination_beats_the_paragraph_town():
    text = (
        "Water is short in Musenyi. "
        "Some 1,100 Congolese refugees arrived at Rugombo on Monday."
    )
    assert locate(text) == [("Some 1,100", "refugees", "Rugombo", "BDI")]


# The label of a list row that gives a count names a place, unless it is a word of the
# extractor's vocabulary, an acronym or a stop word.
ROW_LABELS = [
    ("Jousieh (Qousseir) : 35 200 Syriens", "Jousieh"),
    ("Masnaa / Jdeidet Yabous : 165 300 Syriens", "Masnaa"),
    ("• Biakato : environ 300 personnes arrivent chaque jour", "Biakato"),
    ("Returns: roughly 600 households", None),
    ("Women: 5,336", None),
    ("Total Syriens : 210 300 individus", None),
    ("HOST: Good evening, 5,000 people", None),
    ("Points de passage non officiels : au moins 12 000 Libanais", None),
]


@pytest.mark.parametrize("line, name", ROW_LABELS, ids=[r[0][:30] for r in ROW_LABELS])
def test_a_row_label_names_a_place(line, name):
    labels = [f.ref.name for f in find_in_sentence(line) if f.role == "label"]
    assert labels == ([name] if name else [])


def test_national_figures_are_located_in_the_country():
    text = "In Goma, officials said the number of IDPs nationwide now exceeds 7 million."
    assert locate(text)[0][2:] == ("DR Congo", "COD")


# How a figure is located when its sentence names a place the gazetteer lacks, a place
# people left, or only "the province". Text, (number, category, location, iso3) rows.
LOCATED = [
    # a name the gazetteer lacks, located in the country of the places around it
    (
        "Les combats continuent à Djugu. L'attaque a poussé environ 8 400 ménages vers Fataki.",
        [("environ 8 400", "displaced", "Fataki", "COD")],
    ),
    # people who fled a place, with nowhere said: the figure is about the place they left
    (
        "Moldova receives thousands of refugees.\n\nThe number of people who have fled Ukraine"
        " has passed two million.",
        [
            ("thousands", "refugees", "Moldova", "MDA"),
            ("passed two million", "refugees", "Ukraine", "UKR"),
        ],
    ),
    # ... and that place is more precise than the province or country the sentence is set in
    (
        "Au Darfour-Nord, des dizaines de milliers d'habitants ont fui les combats autour"
        " d'El Fasher.",
        [("des dizaines de milliers", "fled", "El Fasher", "SDN")],
    ),
    (
        "Inside Ukraine, corridors allowed the evacuation of some 5,000 civilians from Sumy.",
        [("some 5,000", "evacuated", "Sumy", "UKR")],
    ),
    # where a part of them went is not where the people counted are
    (
        "Fighting in Lubero sent 45,000 people fleeing, most of them towards Butembo.",
        [("45,000", "fled", "Lubero", "COD")],
    ),
    # "la province" with no name: the province the report names most
    (
        "Des combats ont eu lieu à Bunia et à Djugu.\n\nLa province compte environ 1,1 million"
        " de personnes déplacées internes.",
        [("environ 1,1 million", "displaced", "Ituri", "COD")],
    ),
    # a place opening a sentence frames all its clauses
    (
        "Refugees from Ukraine keep crossing into Moldova.\n\nAt the Palanca crossing point,"
        " up to 10,000 people a day were crossing last week; on Monday alone, 4,500 arrived.",
        [("up to 10,000", "refugees", "Palanca", "MDA"), ("4,500", "refugees", "Palanca", "MDA")],
    ),
    # the site that receives refugees, not the region it lies in
    (
        "En Tanzanie, le camp de Nyarugusu, dans la région de Kigoma, abrite 130 000 réfugiés.",
        [("130 000", "refugees", "Nyarugusu", "TZA")],
    ),
    # a name the gazetteer lacks that ends a list of places is one of them (Kansega)...
    ("Some 1,200 refugees reached Gatumba and Kansega on Monday.",
     [("Some 1,200", "refugees", "Gatumba and Kansega", "BDI")]),
    ("Des centaines de familles ont quitté Kalehe et Kigonze depuis lundi.",
     [("Des centaines", "displaced", "Kalehe and Kigonze", "COD")]),
    # ... but a name that goes on may be anyone
    ("About 500 refugees arrived in Gatumba and Caritas gave them blankets.",
     [("About 500", "refugees", "Gatumba", "BDI")]),
    ("About 500 refugees arrived in Gatumba and Caritas in Bujumbura gave them food.",
     [("About 500", "refugees", "Gatumba", "BDI")]),
    ("Some 3,000 people fled to Goma and Mugisho, a local chief, said.",
     [("Some 3,000", "displaced", "Goma", "COD")]),
    ("Quelque 2 000 personnes ont fui vers Bunia et Caritas les a accueillies.",
     [("Quelque 2 000", "displaced", "Bunia", "COD")]),
    ("Some 3,000 people fled to Goma, Jean Bosco said.",
     [("Some 3,000", "displaced", "Goma", "COD")]),
    # a place named as part of another ("Myanmar's Sagaing region") is the more precise
    ("Air strikes in Myanmar's Sagaing region forced more than 25,000 people from their homes.",
     [("more than 25,000", "displaced", "Sagaing", "MMR")]),
    ("More than 24,000 people fleeing drought in Somalia have arrived in Kenya's Dadaab"
     " refugee camps since January.",
     [("More than 24,000", "refugees", "Dadaab", "KEN")]),
    # ... as is a site named in the area that holds it
    ("Nakivale settlement in Isingiro district hosts about 140,000 refugees.",
     [("about 140,000", "refugees", "Nakivale", "UGA")]),
    # every name in a list that a plural unit opens is a place, known or not
    ("Près de 4 000 réfugiés nigérians ont rejoint les communes de Bosso et de Toumour.",
     [("Près de 4 000", "refugees", "Bosso and Toumour", "NER")]),
    ("Raids in the districts of Chiúre, Mecúfi and Ancuabe displaced nearly 110,000 people.",
     [("nearly 110,000", "displaced", "Chiúre, Mecúfi and Ancuabe", "MOZ")]),
    # names the gazetteer lacks: a site named after its article ("Le site de Kigonze"), a
    # name after the preposition that opens a sentence, a village people went back to
    ("Le site de Kigonze accueillait déjà environ 2 300 ménages déplacés.",
     [("environ 2 300", "displaced", "Kigonze", "")]),
    ("In Kigonze, some 2,000 displaced households sleep in the open.",
     [("some 2,000", "displaced", "Kigonze", "")]),
    ("Une centaine de familles déplacées ont regagné leurs villages de Ndrele la semaine passée.",
     [("Une centaine", "returned", "Ndrele", "")]),
    # a plural unit after a list names the kind of every place in it
    ("Clashes forced an estimated 29,000 people to flee southwards towards Kobo and Sirinka"
     " towns.",
     [("an estimated 29,000", "displaced", "Kobo and Sirinka", "ETH")]),
    # a unit's name after its article ("le département de la Mezam"), which is not a
    # place people left ("département" holds no "partir"), and a border post's after "d'"
    ("Plus de 52 000 personnes ont regagné leurs domiciles dans le département de la Mezam.",
     [("Plus de 52 000", "returned", "Mezam", "")]),
    ("Au total, 1 250 d'entre eux sont rentrés par le poste frontière d'Ekok.",
     [("1 250", "returned", "Ekok", "")]),
    # places after "notamment" are examples of the place named before them
    ("Quelque 3 400 ménages sont rentrés dans le département de la Meme, notamment à Kumba"
     " et Mbonge.",
     [("Quelque 3 400", "returned", "Meme", "CMR")]),
    # "la région" with no name: the province of the report's places, like "la province"
    ("Les déplacés affluent à Bunia et à Djugu.\n\nPersonnes déplacées identifiées dans la"
     " région : 512 356",
     [("512 356", "displaced", "Ituri", "COD")]),
    # an English possessive is not part of a name the gazetteer lacks
    ("Some 1,300 Sudanese refugees were relocated to Maban's camps.",
     [("Some 1,300", "refugees", "Maban", "")]),
    # a month's abbreviation alone is a date, not a place
    ("Nearly 20,000 people fled to Goma in Feb, according to OCHA.",
     [("Nearly 20,000", "displaced", "Goma", "COD")]),
    ("About 15,000 refugees crossed into Chad in Jan and Feb, UNHCR said.",
     [("About 15,000", "refugees", "Chad", "TCD")]),
]


@pytest.mark.parametrize("text, rows", LOCATED, ids=[t[0][:40] for t in LOCATED])
def test_where_a_figure_is(text, rows):
    assert locate(text) == rows


@pytest.mark.parametrize(
    "report, place_id, iso3",
    [
        ("Drought in Kenya", "KEN-mombasa", "KEN"),
        # a town's other spelling (GeoNames spells Mombasa so), in a report that never
        # mentions the town's country, may as well be a place the gazetteer lacks
        ("Violence in Ituri, DR Congo", "", "COD"),
    ],
)
def test_another_spelling_of_a_town_counts_in_a_report_on_its_country(report, place_id, iso3):
    doc = Document("t.txt", "t.txt", f"{report}\n\nSome 2,000 people fled to Mombassa.", 0)
    [row] = extract(doc)
    assert (row["location"], row["location_place_id"], row["iso3"]) == ("Mombassa", place_id, iso3)


# Whole reports: (text, [(number, category, location, location_place_id, iso3, origin,
# destination)]), for names whose place depends on the words around them or the report.
IN_REPORTS = [
    # a town's other spelling with no word of place around it is a person ...
    ("Ukraine: evacuations from Pokrovsk\n\nBorislav, 67, was among 800 people evacuated"
     " from Pokrovsk on Tuesday.",
     [("800", "evacuated", "Pokrovsk", "UKR-pokrovsk", "UKR", "Pokrovsk", "")]),
    # ... and a town of a country the report names only as the people's nationality is
    # not where they are (GeoNames spells Suran, Syria, "Soran"): Iraq's own Soran is
    ("Iraq: Syrian refugees\n\nMore than 3,000 Syrian refugees arrived in Soran district,"
     " Erbil governorate, this month.",
     [("More than 3,000", "refugees", "Soran", "IRQ-soran", "IRQ", "Syria", "Soran")]),
    # the paragraph's place is taken in the report's country too (GeoNames spells Bar,
    # Ukraine, "Baras"; the Philippines' own Baras is meant), and "Rizal province" after
    # it is the province holding it, not a second place
    ("Philippines: Typhoon Carina\n\nFlooding was worst in the town of Baras, Rizal"
     " province. Some 2,000 families were evacuated to schools.",
     [("Some 2,000", "evacuated", "Baras", "PHL-baras", "PHL", "", "")]),
    # who is cited is no destination, nor is an organisation's office an origin
    ("Israel: According to Barak, 5,000 people were displaced from northern Israel.",
     [("5,000", "displaced", "northern Israel", "ISR", "ISR", "northern Israel", "")]),
    ("DR Congo: relocation\n\nWith support from UNHCR's Goma office, 3,000 displaced people"
     " were relocated last week.",
     [("3,000", "displaced", "Goma", "COD-goma", "COD", "", "")]),
    # "In Chad's Ouaddai": the preposition is not part of the owner's name
    ("In Chad's Ouaddai province, some 600,000 Sudanese refugees now live in camps.",
     [("some 600,000", "refugees", "Ouaddai", "TD-OD", "TCD", "Sudan", "Ouaddai")]),
    # the place people fled, inside the province the sentence names, is the more precise
    ("Fighting has forced tens of thousands of people to flee Wad Madani, the capital of"
     " Gezira state, the United Nations said.",
     [("tens of thousands", "fled", "Wad Madani", "SDN-wad-medani", "SDN", "Wad Madani", "")]),
    # a compound direction is part of the place's name; a survey round is no place
    ("Newly displaced people in north-west Syria: 86,000",
     [("86,000", "displaced", "north-west Syria", "SYR", "SYR", "", "")]),
    ("Nigeria: update\n\nThe number of IDPs in Borno fell to 1.7 million from the 2,305,800"
     " recorded in Round 47.",
     [("1.7 million", "displaced", "Borno", "NG-BO", "NGA", "", ""),
      ("2,305,800", "displaced", "Borno", "NG-BO", "NGA", "", "")]),
    # "dans l'est du Tchad" is where they arrived, not a place they left; "en direction de"
    # names where people went
    ("Plus de 550 000 réfugiés soudanais sont arrivés dans l'est du Tchad.",
     [("Plus de 550 000", "refugees", "Chad", "TCD", "TCD", "Sudan", "Chad")]),
    ("Au moins 4 000 personnes ont quitté Djibo à pied en direction de Ouahigouya.",
     [("Au moins 4 000", "displaced", "Ouahigouya", "BFA-ouahigouya", "BFA", "Djibo",
       "Ouahigouya")]),
    # an arrival verb does not reach over the place people fled; the north of a country
    # people fled is where they came from; a quarter is a place
    ("Sudan: update\n\nMore than 20,000 people arrived, fleeing the violence in El Geneina.",
     [("More than 20,000", "fled", "El Geneina", "SDN-al-junaynah", "SDN", "", "")]),
    ("Plus de 5 000 personnes ont fui les combats dans le nord du Mali pour se réfugier au"
     " Niger.",
     [("Plus de 5 000", "refugees", "Niger", "NER", "NER", "Mali", "Niger")]),
    ("Syria: update\n\nSome 2,000 families fled to Sheikh Maqsoud Quarter last week.",
     [("Some 2,000", "displaced", "Sheikh Maqsoud Quarter", "", "SYR", "",
       "Sheikh Maqsoud Quarter")]),
    # heading for a border is not crossing it
    ("Myanmar: update\n\nClashes pushed thousands more toward the Bangladesh border last week.",
     [("thousands", "displaced", "Myanmar", "MMR", "MMR", "", "")]),
    # a list a plural unit opens ends with its joiner: the subject after it is no place
    ("DR Congo: update\n\nIn the territories of Rutshuru and Masisi, World Vision registered"
     " 12,000 newly displaced people last week.",
     [("12,000", "displaced", "Rutshuru and Masisi", "CD-NK", "COD", "", "")]),
    # names of peoples and organisations after a unit or an opening preposition
    ("DR Congo: update\n\nAttacks on the villages of Hema and Lendu communities displaced"
     " 18,000 people in January.",
     [("18,000", "displaced", "DR Congo", "COD", "COD", "", "")]),
    ("Chad: update\n\nIn Week 8, 3,000 refugees arrived from Sudan.",
     [("3,000", "refugees", "Chad", "TCD", "TCD", "Sudan", "")]),
    ("RD Congo : point\n\nLe site de MSF à Goma accueille 3 000 déplacés.",
     [("3 000", "displaced", "Goma", "COD-goma", "COD", "", "Goma")]),
    # who gives is not where people went
    ("DR Congo: update\n\nSome 3,000 displaced people received aid thanks to Japan's funding.",
     [("Some 3,000", "displaced", "DR Congo", "COD", "COD", "", "")]),
    # displaced into a country: refugees only when it is another than the report's
    ("DR Congo: fighting in Rutshuru\n\nSome 5,000 people were displaced to Uganda since"
     " January.",
     [("Some 5,000", "refugees", "Uganda", "UGA", "UGA", "", "Uganda")]),
    ("Nigeria: update\n\nAbout 4,000 people were displaced to Niger State from Zamfara.",
     [("About 4,000", "displaced", "Niger", "NG-NI", "NGA", "Zamfara", "Niger")]),
]


@pytest.mark.parametrize("text, rows", IN_REPORTS, ids=[t[0][:40] for t in IN_REPORTS])
def test_where_a_figure_is_in_a_report(text, rows):
    doc = Document("t.txt", "t.txt", text, 0, published="2025-02-20")
    keys = ("number_text", "category", "location", "location_place_id", "iso3", "origin",
            "destination")
    assert [tuple(r[k] for k in keys) for r in extract(doc)] == rows


def test_a_place_the_gazetteer_lacks_is_in_the_country_of_the_report():
    # Fataki is not in the gazetteer: the figures about it lie in the country the report
    # is about, even when no place near them has a country
    text = (
        "Violence in Ituri, DR Congo\n\n"
        "Some 8,400 households fled towards Fataki. "
        "Tens of thousands of displaced people sleep in the open."
    )
    assert [row[2:] for row in locate(text)] == [("Fataki", "COD"), ("Fataki", "COD")]


def test_an_origin_only_inferred_from_the_report_does_not_beat_the_paragraph_place():
    text = (
        "Plus de 31 500 personnes ont été déplacées après les attaques contre Mirebalais.\n\n"
        "Les sites de Hinche sont pleins. Les 10 637 restants vivent dans 50 sites montés "
        "en urgence."
    )
    assert locate(text)[1][:3] == ("10 637", "displaced", "Hinche")


@pytest.mark.parametrize(
    ("text", "number", "origin", "where"),
    [
        # the nationality of the people counted is their own, not merely inferred: it
        # beats the paragraph's place in the host country
        ("Sudanese refugees arrive in Chad\n\nAdré hosts 200,000 refugees. Some 8 million "
         "Sudanese have been displaced by the war.", "Some 8 million", "Sudan", ("Sudan", "SDN")),
        # refugees at a site the gazetteer lacks are not given the country they fled
        ("Fighting in North Kivu, DR Congo\n\nSome 20,000 people fled to Goma.\n\n"
         "Another 2,000 Congolese refugees arrived at Bubukwanga on Monday.", "2,000",
         "DR Congo", ("Bubukwanga", "")),
        # a return only feared does not make the refugees' nationality their destination
        ("South Sudanese refugees reluctant to return home\n\nSome 2,000 people crossed "
         "into Uganda at Elegu last week.", "Some 2,000", "South Sudan", ("Elegu", "UGA")),
        # the site the paragraph reports from lies in the province people arrived in
        ("Water is short at Cishemere transit centre. Some 1,100 refugees arrived in "
         "Cibitoke province this week.", "Some 1,100", "", ("Cishemere", "BDI")),
        # living somewhere for months is where people are, not where they came from
        ("By March, some 2,000 displaced people had been living in Kanyaruchinya for months.",
         "some 2,000", "", ("Kanyaruchinya", "COD")),
        ("By December, most of the 40,000 displaced people had lived in Bulengo for more "
         "than a year.", "40,000", "", ("Bulengo", "COD")),
        # a nationality in a sentence about not going home still names the origin
        ("Chad: arrivals\n\nThousands of Sudanese are fleeing to Chad; most say they cannot "
         "go home.\n\nSome 3,000 people arrived in Adré last week.", "Some 3,000", "Sudan",
         ("Adré", "TCD")),
    ],
)
def test_where_a_figure_is_when_a_place_rule_could_read_too_much(text, number, origin, where):
    rows = figures_in(text)
    row = next(r for r in rows if r["number_text"] == number)
    assert (row["origin"], (row["location"], row["iso3"])) == (origin, where)


def test_a_month_abbreviation_ends_a_name_only_before_a_date():
    # "Jan" is part of Zinda Jan; "Dec." in "from Dec. 5" is a date, not a place
    rows = locate("Thousands of families fled to Zinda Jan and Injil districts.")
    assert rows[0][2] == "Zinda Jan and Injil"
    text = "In the first week, from Dec. 5 to 11, 40,000 new arrivals were recorded at Gatumba."
    row = figures_in(text)[0]
    assert (row["origin"], row["location"]) == ("", "Gatumba")


def test_a_name_several_countries_share_is_taken_in_the_report_s_country():
    text = (
        "Typhoon hits the Philippines\n\n"
        "More than 3,000 people were evacuated in Catanduanes.\n\n"
        "Some 1,200 families were evacuated from coastal villages in Aurora province."
    )
    assert [row[2:] for row in locate(text)] == [("Catanduanes", "PHL"), ("Aurora", "PHL")]
    # ... and alone, or beside a place of its own country, it is what it names alone
    assert locate("Some 1,200 people fled to Aurora, Colorado.")[0][3] == "USA"


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # a shared name stays in a country the report mentions, even only by nationality
        ("Burkina Faso : afflux de réfugiés maliens\n\nPlus de 3 000 réfugiés maliens ayant "
         "fui les combats autour de Gao sont arrivés à Djibo depuis janvier.",
         [("MLI-gao", "BFA-djibo")]),
        ("Tropical storm hits El Salvador\n\nMore than 2,300 people were evacuated in Santa "
         "Ana.\n\nThe United States provided emergency aid.", [("", "SLV-santa-ana")]),
        ("Armenia: refugees from Nagorno-Karabakh\n\nMore than 3,000 refugees are housed in "
         "Armavir province.\n\nRussian peacekeepers escorted the convoys out of the region.",
         [("", "AM-AV")]),
        ("Floods in Belize\n\nSome 500 people were evacuated in Toledo district.\n\nThe "
         "United States embassy donated relief supplies.", [("", "BZ-TOL")]),
        # a region of no country is not moved into one
        ("Central Sahel crisis\n\nMore than 3 million people are internally displaced across "
         "the Central Sahel.", [("", "sahel")]),
    ],
)
def test_a_shared_name_stays_where_the_report_already_is(text, ids):
    rows = figures_in(text)
    assert [(r["origin_place_id"], r["location_place_id"]) for r in rows] == ids


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        # a small town far from every country of the report, in one it never names: a
        # place the gazetteer lacks (Léré, Mali; not Lere, Nigeria, 1,500 km away)
        ("Mauritanie : afflux de réfugiés maliens\n\nDes leaders réfugiés disent que "
         "quelques centaines de réfugiés sont retournés vers Léré pour les semis.",
         "location", ("Léré", "", "MRT")),
        # ... but a town across a near border keeps its country (Rutshuru, 400 km away)
        ("Uganda: influx at the border\n\nSome 3,000 people who fled Rutshuru arrived in "
         "Kisoro this week.", "origin", ("Rutshuru", "COD-rutshuru", "UGA")),
    ],
)
def test_a_small_town_far_from_the_reports_countries_is_no_namesake_of_theirs(
    text, role, expected
):
    row = figures_in(text)[-1]
    assert (row[role], row[f"{role}_place_id"], row["iso3"]) == expected


@pytest.mark.parametrize("sentences, countries", [
    # a small town of Burundi, 2,300 km from Cameroon: a quarter of Douala's the
    # gazetteer lacks, which names no country of the report
    (["À Douala, la mairie a évacué 640 familles du quartier Mabanda, à Bonabéri."],
     {"CMR"}),
    # ... named alone, it names its own
    (["Some 640 families fled Mabanda."], {"BDI"}),
    # ... and near the report's other country, its country too (600 km from Tanzania's
    # point)
    (["Some 640 families fled Mabanda to Kigoma."], {"BDI", "TZA"}),
    # ... and, however far, the country of a town people came from
    (["Egypt: Aswan", "Some 5,000 people who fled Kutum and Mellit arrived in Aswan."],
     {"EGY", "SDN"}),
])
def test_a_small_town_far_from_the_reports_countries_names_no_country(sentences, countries):
    found = [find_in_sentence(s) for s in sentences]
    ctx = document_places(found, [True] * len(found), [False] * len(found))
    assert ctx.countries == countries


@pytest.mark.parametrize("text, place_id", [
    # "Fada" is what Burkinabè call Fada N'Gourma, the capital of the Est region ...
    ("Burkina Faso : l'Est\n\nDepuis janvier, 12 500 nouveaux déplacés ont été "
     "enregistrés à Fada.", "BFA-fada-n-gourma"),
    # ... and Chad's Fada, in Ennedi, in a report on Chad
    ("Chad: Ennedi\n\nSome 2,000 people have arrived in Fada from Kalait since March.",
     "TCD-fada"),
    # ... and, in a report on neither country, the one nearer to the report's
    ("Sudan: North Darfur\n\nSome 900 people fled from Karnoi to Fada, local sources said.",
     "TCD-fada"),
    ("Sudanese refugees\n\nMore than 900 Sudanese refugees arrived in Fada this month.",
     "TCD-fada"),
])
def test_a_short_name_shared_by_two_towns_is_the_one_in_the_reports_country(text, place_id):
    assert figures_in(text)[0]["location_place_id"] == place_id


@pytest.mark.parametrize("text", [
    # a report that names only the receiving country still has a border behind its
    # crossings: a river that is one (the Rusizi), a bare "crossed into" a town
    "Burundi: new arrivals\n\nSome 2,000 people crossed the Rusizi river into Rugombo "
    "commune overnight.\n\nAnother 1,500 people arrived at Rugombo on Monday.",
    "Chad: new arrivals in Ouaddaï\n\nSome 3,000 people crossed into Adré this week.\n\n"
    "Another 1,100 people arrived in Adré on Monday.",
])
def test_crossings_in_a_report_on_one_country_are_still_refugees(text):
    assert [r["category"] for r in figures_in(text)] == ["refugees", "refugees"]


def test_a_capitalised_generic_unit_in_the_plural_is_not_a_place():
    text = (
        "Cameroun : situation humanitaire\n\n"
        "Les personnes déplacées accueillies dans les Régions du Littoral, de l'Ouest et du "
        "Centre sont estimées à environ 200 000."
    )
    assert locate(text)[0][2:] == ("Cameroon", "CMR")


@pytest.mark.parametrize(
    "sentence, host",
    [
        # nationals entering their own country, and no one else, are going home
        ("About 1,800 Syrians crossed back into Syria last week.", ""),
        # with others, the country still receives people from abroad
        ("Some 550,000 Sudanese refugees and 120,000 Chadians crossed into Chad.", "TCD"),
    ],
)
def test_the_country_a_report_is_hosting_people_in(sentence, host):
    # (after people evacuated inside another country: a report on Türkiye and Syria)
    sentences = ["More than 90,000 people have been evacuated from Hatay.", sentence]
    found = [find_in_sentence(s) for s in sentences]
    ctx = document_places(found, [True, True], [False, True], [False, False])
    assert ctx.host_iso3 == host


@pytest.mark.parametrize("sentence, name", [
    ("Between 30,000 and 40,000 people arrived in Deir al-Balah last week.", "Deir al-Balah"),
    ("Thousands of families moved to al-Mawasi on Monday.", "al-Mawasi"),
    ("Some 2,000 people fled to Ras el-Ain.", "Ras el-Ain"),
])
def test_an_arabic_article_is_part_of_a_name_the_gazetteer_lacks(sentence, name):
    assert [f.ref.name for f in find_in_sentence(sentence)] == [name]


def test_several_shared_names_of_one_country_name_it():
    # Egypt has a Rafah too, and the report names Egypt; but Rafah, Khan Younis and the
    # Gaza Strip together say the report is about Gaza
    text = ("Gaza: displacement from Rafah\n\nAbout 800,000 people have fled Rafah toward Khan "
            "Younis since 6 May. Across the Gaza Strip, 1.7 million people are displaced. A "
            "few hundred patients were evacuated to Egypt.")
    rows = figures_in(text)
    assert rows[0]["origin"] == "Rafah" and rows[0]["origin_place_id"] == "PSE-rafah"


@pytest.mark.parametrize("text, word", [
    ("Yemen: arrivals by sea\n\nSome 1,900 Ethiopian asylum seekers landed on the Gulf of "
     "Aden coast of Lahj in May.", "Gulf"),
    ("RDC : Tanganyika\n\nSite de la paroisse Saint-Joseph (Nyunzu) : 1 640 personnes "
     "déplacées.", "Saint-Joseph"),
])
def test_a_province_of_a_far_country_the_report_never_names_is_not_it(text, word):
    # ISO 3166-2 names Papua New Guinea's "Gulf" and Barbados' "Saint Joseph"
    rows = figures_in(text)
    assert rows and all(r["iso3"] not in ("PNG", "BRB") for r in rows), rows


@pytest.mark.parametrize("text, not_iso3", [
    # a focus country's town is not the larger regional namesake ("Asadabad", Iran)
    ("Afghanistan: Kunar\n\nFloods displaced 3,000 people in Asadabad, the capital of Kunar "
     "province. Thousands of Afghans have been deported from Iran this year.", "IRN"),
    # a small regional town counts only in a report that names its country ...
    ("Somalia: floods\n\nThe Shabelle river burst its banks near Balad, displacing an "
     "estimated 12,000 people.", "IRQ"),
    # ... and only where the words around it make it a place: a person's name is not one
    ("Afghanistan: returns\n\nBahar, a widow, came back from Iran with her children. Over "
     "3,000 returnees arrived in Herat this week.", "IRN"),
    ("Mexico: migrants\n\n\"We received more than 3,000 displaced people this week,\" said Ana "
     "Cárdenas, a shelter coordinator in Tapachula.", "MEX-cardenas"),
])
def test_towns_of_the_regional_countries_count_only_in_their_context(text, not_iso3):
    rows = figures_in(text)
    assert rows
    assert all(not_iso3 not in (r["iso3"], r["location_place_id"]) for r in rows), rows


def test_a_regional_town_in_a_report_on_its_country_is_found():
    text = ("Ghana: Burkinabè asylum seekers\n\nSome 4,800 asylum seekers have arrived in Bawku "
            "from Burkina Faso since January.")
    rows = figures_in(text)
    assert [(r["location"], r["iso3"]) for r in rows] == [("Bawku", "GHA")]


@pytest.mark.parametrize("text, where", [
    # a regional town opening its sentence, or in a list, is a place in a report on its country
    ("Ghana: Burkinabè asylum seekers\n\nBawku registered 4,800 asylum seekers in June.",
     "Bawku"),
    ("Côte d'Ivoire: asylum seekers\n\nDoropo and Ouangolodougou host 20,000 asylum seekers.",
     "Doropo and Ouangolodougou"),
    ("Togo: asylum seekers\n\nDapaong is hosting 5,600 asylum seekers from Burkina Faso.",
     "Dapaong"),
])
def test_a_regional_town_as_subject_or_in_a_list(text, where):
    rows = figures_in(text)
    assert [r["location"] for r in rows] == [where]


def test_a_small_regional_town_in_a_table_of_another_country_is_a_place_it_lacks():
    text = ("RDC : déplacements au Kasaï\n\n| Localité | Personnes déplacées |\n|---|---|\n"
            "| Banga | 2 300 |\n| Tshikapa | 1 200 |\n")  # Banga is also a Philippine town
    rows = figures_in(text)
    assert [(r["location"], r["iso3"]) for r in rows] == [("Banga", "COD"), ("Tshikapa", "COD")]


@pytest.mark.parametrize("sentence, name", [
    # a longer Spanish name than the gazetteer's ("Santa Bárbara" is Honduras's department)
    ("Another 600 people fled to Santa Bárbara de Iscuandé.", "Santa Bárbara de Iscuandé"),
    ("Some 3,000 people arrived in San Vicente del Caguán.", "San Vicente del Caguán"),
])
def test_a_name_going_on_past_the_gazetteer_s_is_one_place_it_lacks(sentence, name):
    assert [(f.ref.name, f.ref.place_id) for f in find_in_sentence(sentence)] == [(name, "")]


def test_a_region_named_with_an_elided_article_is_named_without_it():
    text = "Au total, la Région de l'Extrême-Nord compte près de 450 000 personnes déplacées."
    assert locate(text) == [("près de 450 000", "displaced", "Extrême-Nord", "CMR")]


def test_rows_under_a_heading_of_origins_name_where_people_came_from():
    text = (
        "Some 8,900 new arrivals from Somalia were recorded in Dadaab in June.\n\n"
        "New arrivals in June by region of origin (Somalia):\n\n"
        "- Lower Juba: 4,020 people\n"
        "- Gedo: 2,860 people\n"
    )
    rows = [(r["number_text"], r["category"], r["origin"], r["location"]) for r in figures_in(text)]
    assert rows[1:] == [
        ("4,020", "refugees", "Lower Juba", "Dadaab"),
        ("2,860", "refugees", "Gedo", "Dadaab"),
    ]


def test_an_entry_point_named_after_its_unit_word_is_where_arrivals_are():
    text = "Les équipes ont enregistré 2 500 arrivées aux points d'entrée de Konni et de Birni."
    # "points d'entrée de Konni" names the entry point, not a place people came from; who
    # crossed there is for the report to say
    row = figures_in(text)[0]
    assert (row["origin"], row["location"]) == ("", "Konni and Birni")


def test_a_far_country_named_like_a_town_of_the_report_is_the_town():
    # Tonga, Upper Nile, in a report on South Sudan; the kingdom in a report on itself
    text = (
        "South Sudan: Malakal site update.\n\n"
        "Some 35,000 people have arrived in Malakal from Tonga since January."
    )
    row = figures_in(text)[0]
    assert (row["category"], row["origin_place_id"]) == ("displaced", "SSD-tonga")
    text = "Cyclone in Tonga: 3,000 people were evacuated in the capital."
    assert [r["iso3"] for r in figures_in(text)] == ["TON"]


def test_the_place_after_leaving_one_for_it_is_the_destination():
    for text, origin, dest in [
        ("Between 3,000 and 4,000 people have left Derna for Benghazi since Tuesday.",
         "Derna", "Benghazi"),
        ("Des milliers de personnes ont fui Goma pour Bukavu.", "Goma", "Bukavu"),
    ]:
        row = figures_in(text)[0]
        assert (row["origin"], row["destination"], row["location"]) == (origin, dest, dest)


def test_people_silent_on_their_category_coming_from_inside_the_country_are_displaced():
    # the report named only refugees, in Sudan; people reaching Wad Madani from Khartoum
    # moved inside it
    text = (
        "Sudan hosts more than 800,000 South Sudanese refugees.\n\n"
        "Since the fighting began, some 50,000 people have arrived in Wad Madani from Khartoum."
    )
    assert locate(text)[1] == ("some 50,000", "displaced", "Wad Madani", "SDN")


def test_a_list_of_origins_ends_with_the_prose_after_it():
    text = (
        "Arrivées par pays d'origine :\n- Soudan : 12 000\n\n"
        "Le HCR a enregistré 15 000 réfugiés au Tchad en mai.\n- Adré : 9 000 réfugiés"
    )
    assert locate(text)[2] == ("9 000", "refugees", "Adré", "TCD")


REPORT_OF_REFUGEES_CASES = [
    # the country refugees fled is not where refugees are
    ("More than 6 million refugees have fled Ukraine. In Kharkiv, some 3,000 people are "
     "sheltering in metro stations.", ("some 3,000", "displaced", "Kharkiv", "UKR")),
    # a disaster in the host country moves its own people
    ("Some 2,000 refugees arrived in Gambella, Ethiopia. In Gambella town, 600 people are "
     "sheltering in a school after floods.", ("600", "displaced", "Gambella", "ETH")),
    # a place the gazetteer lacks is in the country its sentence opens on
    ("In Uganda, some 3,000 Congolese have crossed at Bunagana. In the DRC, 2,000 were "
     "sheltering in Jomba.", ("2,000", "displaced", "Jomba", "COD")),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_OF_REFUGEES_CASES)
def test_people_in_a_report_of_refugees_who_are_not_refugees(text, expected):
    assert locate(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("In Syria's North-West region, 12,000 people were displaced by the strikes.", "SYR"),
        ("Hurricane Melissa: in Jamaica, more than 25,000 people were displaced. The United "
         "States deployed disaster teams.", "JAM"),
        ("Venezuelans arrived in Brazil through Pacaraima; in El Salvador, 200 migrants "
         "were deported.", "SLV"),
    ],
)
def test_countries_and_regions_are_not_taken_for_namesakes_elsewhere(text, iso3):
    assert locate(text)[-1][3] == iso3


def test_a_list_of_origins_under_a_heading_naming_the_host_counts_refugees_there():
    text = "Arrivals by country of origin, Uganda:\n- DR Congo: 12,000\n- South Sudan: 3,000"
    rows = [(r["category"], r["origin"], r["location"]) for r in figures_in(text)]
    assert rows == [("refugees", "DR Congo", "Uganda"), ("refugees", "South Sudan", "Uganda")]


def test_returnees_staying_at_a_transit_centre_are_still_returnees():
    text = "- Returned this month: 2,000 people\n- Staying in the Kinazi transit centre: 600 people"
    assert [r["category"] for r in figures_in(text)] == ["returned", "returned"]



def test_a_heading_of_origins_naming_where_people_came_from_is_not_their_host():
    text = "Arrivals from Sudan in Ethiopia by state of origin:\n- West Darfur: 4,000 people"
    row = figures_in(text)[0]
    assert (row["category"], row["location"], row["iso3"]) == ("refugees", "Ethiopia", "ETH")


def test_a_site_that_counts_people_who_fled_counts_them():
    text = (
        "Le site de Bulengo, qui compte 45 000 personnes, accueille des déplacés ayant fui "
        "Rutshuru."
    )
    assert [r["number_text"] for r in figures_in(text)] == ["45 000"]


@pytest.mark.parametrize("text, name, near", [
    ("In Bor South County alone, 38,600 people have been newly displaced.", "Bor South", "Bor"),
    ("A boat with 180 Rohingya drifted off Aceh Besar on Sunday.", "Aceh Besar", "Aceh"),
])
def test_a_unit_named_after_a_town_is_that_unit_at_the_towns_point(text, name, near):
    from geo import gazetteer

    place = next(f.ref for f in find_in_sentence(text) if f.ref.name == name)
    known = gazetteer.lookup(near)
    assert (place.place_id, place.iso3, place.lat) == ("", known.iso3, known.lat)


def test_a_place_named_after_a_town_without_a_comma_is_still_two_places():
    names = [f.ref.name for f in find_in_sentence("Fighting near Goma South Kivu displaced 400.")]
    assert names == ["Goma", "South Kivu"]


@pytest.mark.parametrize("text, name", [
    ("Mount Lebanon alone was hosting something like 340,000 displaced people.", "Mount Lebanon"),
    ("Goma à elle seule accueille 200 000 déplacés.", "Goma"),
])
def test_a_place_that_alone_hosts_people_receives_them(text, name):
    assert [(f.ref.name, f.role) for f in find_in_sentence(text)] == [(name, "destination")]


@pytest.mark.parametrize("text", [
    "Villages along the right bank of the Dnipro were shelled.",
    "Des familles ont traversé le fleuve Congo en pirogue.",
])
def test_a_river_named_like_a_town_or_country_is_no_place(text):
    assert find_in_sentence(text) == []


@pytest.mark.parametrize("text, reference", [
    ("Ici à Ingall, à 120 km à l'ouest d'Agadez, le kori est sorti de son lit.", "Agadez"),
    ("Le camp, à 30 km au nord-est de Goma, est plein.", "Goma"),
    ("In Garsen, 120 km north-west of Lamu, the river burst its banks.", "Lamu"),
])
def test_a_place_a_distance_is_measured_from_is_only_a_reference(text, reference):
    assert [f.role for f in find_in_sentence(text) if f.ref.name == reference] == ["reference"]


@pytest.mark.parametrize("text, name", [
    ("Ils sont passés par les points d'entrée de Dan Issa.", "Dan Issa"),
    ("Le camp de Sayam Forage abrite 19 200 réfugiés.", "Sayam Forage"),
    ("Ils dorment au site de Kigonze Mardi soir.", "Kigonze"),  # a weekday ends the name
])
def test_a_site_named_after_its_word_may_have_several_words(text, name):
    assert [f.ref.name for f in find_in_sentence(text)] == [name]


@pytest.mark.parametrize("text, names", [
    ("Floods displaced 30,000 people in Bayelsa, Delta and Kogi states.",
     ["Bayelsa", "Delta", "Kogi"]),
    ("Conflict in the inner Niger Delta has displaced 30,000 people.", ["inner Niger Delta"]),
    ("In Maiduguri North East Nigeria, 3,000 people fled.", ["Maiduguri", "north east Nigeria"]),
])
def test_review_of_the_24th_places(text, names):
    assert [f.ref.name for f in find_in_sentence(text)] == names


def test_a_report_on_one_country_that_hosts_no_one_gives_no_figure_that_country_as_origin():
    # (the first sentence makes Kenya the country people come from; the others move inside
    # it, and "from Kenya" would say nothing their own places do not)
    rows = figures_in(
        "More than 9,000 people were evacuated from villages in the Tana Delta, Kenya.\n\n"
        "In Mai Mahiu, hundreds of families fled their homes in the night.\n\n"
        "About 2,100 households in Mathare have lost their homes and moved in with relatives."
    )
    assert [(r["origin"], r["location"]) for r in rows] == [
        ("Tana Delta", "Tana Delta"), ("", "Mai Mahiu"), ("", "Mathare"),
    ]


@pytest.mark.parametrize("text", [
    "The appeal for US$ 12 million to help 40,000 people in Metuge is 20% funded.",
    "Donors pledged 40 million US dollars for the response in Metuge.",
])
def test_a_currency_named_for_a_country_is_no_place(text):
    assert [f.ref.name for f in listed(text)] == ["Metuge"]


def test_people_who_fled_abroad_from_a_one_country_report_keep_it_as_origin():
    rows = figures_in(
        "Ukraine: Flash Update\n\nSome 2,500 people were evacuated from Pokrovsk last "
        "week.\n\nAnother 1,200 people fled abroad."
    )
    assert rows[-1]["origin"] == "Ukraine"


def test_the_places_after_a_part_named_after_its_number_are_the_whole_s():
    assert locate("Fighting continues in Tibú. On 2 March the army evacuated 85 people, 30 of "
                  "them children, from the village of Orú.") == [
        ("85", "evacuated", "Orú", ""), ("30", "evacuated", "Orú", "")]



@pytest.mark.parametrize("sentence, name", [
    # (a third review) host families, peoples and times are no places people came from
    ("Quelque 3 000 déplacés vivent dans les familles d'accueil de Nyangezi.", "Nyangezi"),
    ("Les habitants de Lukweti ont accueilli 2 000 déplacés venus de Masisi.", "Lukweti"),
    ("From Day One, more than 2,000 people have crossed into Moldova.", "Day One"),
])
def test_names_that_are_no_origin(sentence, name):
    assert not any(f.ref.name == name and f.role == "origin" for f in find_in_sentence(sentence))


@pytest.mark.parametrize("text, location", [
    # a place the gazetteer lacks goes by its full name, not the word it knows elsewhere
    # (Malta's Qala, Colombia's Norte)
    ("Afghanistan: returns from Iran\n\nBorder officials at Islam Qala recorded 1,140 returnees "
     "this week.",
     "Islam Qala"),
    ("Philippines: Typhoon Man-yi\n\nIn Camarines Norte, around 40,000 people were still in "
     "evacuation centres.", "Camarines Norte"),
])
def test_a_place_the_gazetteer_lacks_goes_by_its_full_name(text, location):
    from etl.documents import Document
    from etl.figures import extract
    rows = extract(Document(doc_id="t.txt", path="t.txt", text=text, body_start=0))
    assert [r["location"] for r in rows] == [location]


@pytest.mark.parametrize("text, category, location", [
    # towns of several provinces of one country are not that country: people reaching them
    # have not crossed a border
    ("IOM counts 28,965 people displaced from southern villages, mostly to Tyre, Nabatieh "
     "and Beirut.", "displaced", "Tyre, Nabatieh and Beirut"),
    ("Entre 300 et 500 personnes par mois arrivent à Mbanga, Loum et Njombé après des "
     "violences dans la Meme.", "displaced", "Mbanga, Loum and Njombé"),
    # ... but provinces of a country, as before, are all of it
    ("Over 5,000 refugees arrived in Tigray and Amhara last week.", "refugees",
     "Tigray and Amhara"),
])
def test_towns_of_several_provinces_are_not_their_country(text, category, location):
    rows = figures_in(text)
    assert [(r["category"], r["location"]) for r in rows] == [(category, location)]


@pytest.mark.parametrize("text, location", [
    # people left the area: the place named is one of its places
    ("The authorities have evacuated more than 11,000 people from Vovchansk and other border "
     "communities of Kharkiv oblast.", "Kharkiv oblast"),
    ("Some 4,000 people were evacuated from Pokrovsk as well as several other towns in "
     "Donetsk oblast.", "Donetsk oblast"),
    # the place people left, inside the area the sentence names, is the more precise
    ("Authorities evacuated 2,000 people from Vovchansk, in Kharkiv oblast.", "Vovchansk"),
])
def test_a_place_and_other_places_of_an_area_are_the_area(text, location):
    assert [r["location"] for r in figures_in(text)] == [location]


@pytest.mark.parametrize("text, location", [
    # a list goes on past the province that holds one of its towns
    ("About 3,000 people fled to Maiduguri, Borno and Yola, Adamawa.", "Maiduguri and Yola"),
    # people staying in the area the sentence opens on are there, not where they came from
    ("In Borno, some 4,500 IDPs from Bama are sheltering in schools.", "Borno"),
    # the area named again after "and other villages of"
    ("In Borno, some 6,000 people fled Gwoza and other villages of Borno state after the raids.",
     "Borno"),
    # refugees crossing into a province are there, not in the town counted before
    ("Kousseri has received 1,000 refugees since January. This week alone, 2,400 Nigerian "
     "refugees crossed into Cameroon's Far North region.", "Far North"),
])
def test_where_people_are_when_towns_have_provinces(text, location):
    assert [r["location"] for r in figures_in(text)][-1] == location


def test_people_staying_in_a_country_the_sentence_opens_on_are_where_they_came_from():
    # (a country frames the report; the town they left is the more precise place)
    rows = figures_in("In Nigeria, some 4,500 IDPs from Bama are sheltering in schools.")
    assert [r["location"] for r in rows] == ["Bama"]


def test_a_paragraph_that_names_no_place_is_where_its_section_heading_is():
    text = ("# Donor brief\n\n## Ethiopia: new arrivals in Gambella\n\n"
            "- Gambella now hosts over 370,000 refugees.\n\n"
            "## Ukraine: evacuations from Kharkiv and Sumy oblasts\n\n"
            "- Evacuations continued at a pace of 200 to 300 people a day through June.\n\n"
            "## Mozambique: Cyclone Chido\n\n"
            "- As of 19 November, 142,000 evacuees remained in evacuation centres.\n")
    assert [r[2] for r in locate(text)] == ["Gambella", "Kharkiv and Sumy", "Mozambique"]
    # a heading that names no place ends the section
    text = ("East Africa overview\n\nSomalia: floods in Beledweyne\n\n"
            "Some 45,000 people were displaced as the river overflowed.\n\n"
            "Kenya: drought in Marsabit\n\nFloods displaced 12,000 people in Garissa.\n\n"
            "Funding\n\nThe appeal is 23 per cent funded; 120,000 people remain displaced.\n")
    assert [r[2] for r in locate(text)][-1] != "Marsabit"


def test_key_figures_bylines_and_list_items_are_no_section_headings():
    text = ("# Mozambique: Cabo Delgado update\n\n- 3,000 people displaced in Chiúre\n\n"
            "- 1,500 people displaced in Ancuabe\n\n"
            "A further 2,000 people arrived at transit centres during the week.\n")
    assert locate(text)[-1][2] != "Ancuabe"
    text = ("Sudan: Flash Update - El Fasher\n\nIssued by OCHA Port Sudan\n\n"
            "Clashes continued. Some 15,000 people were displaced during the week.\n")
    assert locate(text)[-1][2] != "Port Sudan"
    # a source line opens on "Source:", not on "Sources of displacement in Ituri"
    text = ("DRC: displacement overview\n\nNorth Kivu: Masisi\n\n"
            "Fighting displaced 30,000 people this month.\n\nSources of displacement in Ituri\n\n"
            "Attacks by armed groups forced 12,000 people to flee in March.\n")
    assert locate(text)[-1][2] == "Ituri"
    # dated headings are headings; a report's one dateline is no section
    text = ("Cyclone Chido situation report\n\nMozambique, 14 December: landfall\n\n"
            "About 90,000 people remain displaced in accommodation centres.\n\n"
            "Mayotte, 14 December: island devastated\n\n"
            "Some 10,000 people are sheltered in schools and gymnasiums.\n")
    assert [r[2] for r in locate(text)] == ["Mozambique", "Mayotte"]
    text = ("Burkina Faso: displacement snapshot\n\nOuagadougou, 18 February 2025\n\n"
            "Source: CONASUR Djibo office\n\nThe number of IDPs has reached 2.1 million.\n")
    assert locate(text)[-1][2] == "Burkina Faso"
    # French key figures written with a plain space are key figures, not headings
    text = ("RDC : point de situation\n\nNord-Kivu : Masisi\n\n"
            "Les combats ont déplacé 30 000 personnes ce mois-ci.\n\n"
            "640 000 déplacés au Sud-Kivu\n\n"
            "Quelque 12 000 personnes ont fui en mars.\n")
    assert locate(text)[-1][2] != "Sud-Kivu"
    # ... but a span of time is no key figure
    text = ("Caraïbes : point de situation\n\nCuba : l'ouragan Oscar à Baracoa\n\n"
            "Quelque 15 000 personnes ont été évacuées.\n\n"
            "Haïti : 1 000 jours de crise à Port-au-Prince\n\n"
            "Environ 6 000 personnes ont fui leur quartier cette semaine.\n")
    assert locate(text)[-1][2] == "Port-au-Prince"
    # a dateline with a date in figures is no section either
    text = ("RDC : point de situation\n\nGOMA, 12.03.2025\n\n"
            "Dans l'ensemble du pays, 7 millions de personnes sont déplacées.\n\n"
            "Ituri : Djugu\n\nLes attaques ont déplacé 8 000 personnes vers Bunia.\n\n"
            "Sud-Kivu : Kalehe\n\nQuelque 4 000 personnes ont fui vers Minova.\n")
    assert locate(text)[0][2] == "DR Congo"
    # a sub-heading that names no place stays in its section
    text = ("Regional update\n\nSomalia: floods in Beledweyne\n\nResponse\n\n"
            "Some 45,000 people were displaced.\n\nKenya: drought in Marsabit\n\n"
            "About 8,000 people were displaced.\n")
    assert [r[2] for r in locate(text)] == ["Beledweyne", "Marsabit"]


def test_a_town_the_gazetteer_lacks_keeps_the_country_named_beside_it_as_its_frame():
    # (the country in brackets is where the town is, not a place inside it)
    rows = figures_in("Réfugiés maliens arrivés à Fassala (Mauritanie) depuis le 1er "
                      "janvier : 4 975")
    assert [(r["destination"], r["location"]) for r in rows] == [("Fassala", "Fassala")]


def test_a_table_header_laid_out_with_spaces_names_no_site():
    # ("Site          Households" is a column's title, not the site "Households People")
    assert find_in_sentence("Site          Households     People") == []
    text = ("IDPs in sites, Kalemie\nSite          Households     People\n"
            "Katanika           2,460     12,300\nKalunga            1,780      8,900\n"
            "Note:         3,000 more with host families\n")
    assert figures_in(text)[-1]["location"] == "Kalemie"


def test_a_place_named_like_a_common_word_is_the_word_in_its_phrase():
    # a meeting, not the island; a reminder, not a place
    found = find_in_sentence("Réunion de coordination Abris / AME / CCCM – N'Djamena")
    assert [f.ref.name for f in found] == ["N'Djamena"]
    assert [f.ref.name for f in find_in_sentence("Le cyclone a frappé la Réunion de plein "
                                                 "fouet.")] == ["Reunion"]
    text = ("Rappel : en 2022, les inondations avaient déplacé plus de 100 000 personnes dans la "
            "capitale.")
    assert [f.ref.name for f in find_in_sentence(text)] == []


def test_the_dollo_ado_camps_are_in_ethiopia():
    # Kobe is also a Japanese city; the report's camp is the curated one
    text = ("Ethiopia: Somali refugees in Dollo Ado\n\n"
            "Kobe camp received 3,720 new arrivals from Gedo region since January.")
    assert [(r["location_place_id"], r["iso3"], r["category"]) for r in figures_in(text)] == [
        ("ETH-kobe-camp", "ETH", "refugees")]


def test_a_border_town_of_two_countries_is_the_one_refugees_enter():
    # Kurmuk is a town of Sudan's Blue Nile and one of Ethiopia's Benishangul-Gumuz, on
    # either side of the border; Sudanese refugees in a report on Ethiopia are in the second
    text = ("Soudan - Éthiopie : des milliers de réfugiés du Nil Bleu franchissent la frontière "
            "à Kurmuk\n\n"
            "Le centre de transit de Kurmuk, prévu pour 3 000 personnes, en abritait 7 450 "
            "lundi. Le camp de Sherkole accueille déjà 17 200 réfugiés.")
    got = {r["number_text"]: (r["location_place_id"], r["category"]) for r in figures_in(text)}
    assert got["7 450"] == ("ETH-kurmuk", "refugees")
    assert got["17 200"] == ("ETH-sherkole-camp", "refugees")
    # a report on the Blue Nile alone keeps Sudan's
    rows = figures_in("Soudan : combats dans le Nil Bleu\n\n"
                      "Quelque 4 000 personnes déplacées sont arrivées à Kurmuk cette semaine.")
    assert [(r["location_place_id"], r["category"]) for r in rows] == [
        ("SDN-kurmuk", "displaced")]


def test_a_report_that_names_its_country_only_in_an_organisation_is_about_that_country():
    # the only country is in "Fiji Red Cross": Koro is the Fijian island the gazetteer
    # lacks (no point of its own), not the town of Mali's, and the figures are in Fiji
    text = ("Members: NDMO operations, Fiji Red Cross (Ra branch), Koro liaison\n\n"
            "Koro via sat phone: about 1,100 ppl sheltering in the 4 schools.\n\n"
            "Dozens of people left Koro on private boats during the weekend.\n\n"
            "NEOC figure as of 6am: 62,170 people in 758 evacuation centres nationwide.\n")
    rows = figures_in(text)
    assert [(r["location"], r["iso3"], r["lat"]) for r in rows[:2]] == [("Koro", "FJI", None)] * 2
    assert {r["iso3"] for r in rows} == {"FJI"}
    # (a report that names a country elsewhere keeps reading its towns as before)
    (row,) = figures_in("The Mali Red Cross said 3,000 people fled Koro for Bankass.")
    assert (row["origin"], row["origin_place_id"]) == ("Koro", "MLI-koro")


def test_evacuees_from_a_place_came_from_it():
    (row,) = figures_in("Les 300 habitants évacués de Kalehe sont hébergés à Goma.")
    assert (row["category"], row["origin"], row["location"]) == ("evacuated", "Kalehe", "Goma")


@pytest.mark.parametrize("text, name", [
    # the kind of unit is cut off as whole words, whatever its article
    ("Au Togo, dans la région des Savanes, le HCR compte 8 000 demandeurs d'asile.", "Savanes"),
    ("Dans la province de l'Équateur, 6 240 réfugiés sont arrivés.", "Équateur"),
    ("Dans la région du Sud-Kivu, 6 240 déplacés sont arrivés.", "Sud-Kivu"),
])
def test_a_unit_named_with_its_kind_keeps_its_whole_name(text, name):
    (row,) = figures_in(text)
    assert row["location"] == name


def test_a_word_that_leads_on_is_no_place():
    (row,) = figures_in("Also: the 1.2 million who evacuated the Goma area before Monday "
                        "are not in the count.")
    assert row["location"] == "Goma"


@pytest.mark.parametrize("sentence, names", [
    # a preposition or determiner opening a sentence is no site's name
    ("Au centre de transit, nous avons compté 3 900 enfants parmi les personnes hébergées.",
     []),
    ("Each camp holds about 2,000 displaced people.", []),
    ("Chaque site accueille environ 2 000 déplacés.", []),
    # ... but the name after it is
    ("In Miconi transit centre, 2,000 displaced people are staying.",
     ["Miconi transit centre"]),
])
def test_a_word_opening_a_sentence_before_a_site_word_is_no_site(sentence, names):
    assert [f.ref.name for f in find_in_sentence(sentence)] == names


def test_a_french_street_named_after_a_town_is_no_place():
    assert [f.ref.name for f in find_in_sentence(
        "Notre salle paroissiale de la rue de Kiev a hébergé une cinquantaine de personnes.")] == []
    assert [f.ref.name for f in find_in_sentence("Ils vivent avenue du Congo, à Kinshasa.")] == [
        "Kinshasa"]
    assert [f.ref.place_id for f in find_in_sentence("Les déplacés de Kiev sont arrivés.")] == [
        "UKR-kyiv"]


def test_cities_read_as_surnames_elsewhere_are_places_in_reports():
    # Darwin and Kingston were stopnames (Charles Darwin); reports on Cyclone Tracy or a
    # hurricane in Jamaica name the cities
    found = find_in_sentence("Cyclone Tracy struck Darwin on Christmas Day.")
    assert [f.ref.place_id for f in found] == ["AUS-darwin"]
    found = find_in_sentence("Some 2,000 people are in shelters in Kingston, Jamaica.")
    assert [f.ref.place_id for f in found][:1] == ["JAM-kingston"]


def test_a_border_town_people_leave_for_the_other_country_is_across_the_border():
    # Ethiopia's Kurmuk is the gazetteer's first; people who fled it into Ethiopia left Sudan's
    rows = figures_in("Blue Nile: thousands flee\n\n"
                      "Around 5,000 people fled Kurmuk into Ethiopia after the shelling.")
    got = {r["number_text"]: (r["origin_place_id"], r["category"]) for r in rows}
    assert got["Around 5,000"] == ("SDN-kurmuk", "refugees")
    assert got["thousands"] == ("SDN", "fled")


@pytest.mark.parametrize("sentence, ids", [
    # a street of the town, its quay, or the verb "aller": the town is the place
    ("Des familles déplacées dorment dans une rue de Bunia.", ["COD-bunia"]),
    ("Ils se sont installés le long d'une avenue de Goma.", ["COD-goma"]),
    ("Près de 500 déplacés sont arrivés au quai de Minova.", ["COD-minova"]),
    ("Une partie des familles est allée de Kitchanga vers Mweso.",
     ["COD-kitshanga", "COD-mweso"]),
    # ... but a street named after it is no place
    ("La salle de la rue de Kiev a hébergé vingt familles.", [""]),
])
def test_a_street_of_a_town_names_the_town(sentence, ids):
    assert [f.ref.place_id for f in find_in_sentence(sentence)] == ids
