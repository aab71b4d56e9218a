"""Which numbers are displacement figures, with what category, measure, unit and rate.

Sentences are written for these tests (not taken from the gold sets), one behaviour each."""

import pytest

from etl.documents import Document
from etl.figures import extract
from geo import gazetteer


def figures_of(text: str, published: str = "2025-02-20") -> list[dict]:
    doc = Document(doc_id="t.txt", path="t.txt", text=text, body_start=0, published=published)
    return extract(doc)


def only(text: str) -> dict:
    rows = figures_of(text)
    assert len(rows) == 1, [(r["number_text"], r["quote"]) for r in rows]
    return rows[0]


# sentence, number text, category, measure, unit
FIGURES = [
    # plural nouns of return: "returns", "retours"
    (
        "Spontaneous returns recorded at Gatumba: roughly 1,100 people since 1 March.",
        "roughly 1,100",
        "returned",
        "flow",
        "people",
    ),
    (
        "Retours vers le Liban-Sud : des centaines de familles",
        "des centaines",
        "returned",
        "flow",
        "families",
    ),
    (
        "Some 12,000 refugees crossed into Uganda through Bunagana last week.",
        "Some 12,000",
        "refugees",
        "flow",
        "people",
    ),
    (
        "Nearly 2,500 Congolese asylum-seekers arrived in Rwanda on Sunday.",
        "Nearly 2,500",
        "refugees",
        "flow",
        "people",
    ),
    (
        "The clashes have displaced more than 40,000 people in Masisi territory.",
        "more than 40,000",
        "displaced",
        "flow",
        "people",
    ),
    (
        "Fighting near Sake forced 3,000 families from their homes.",
        "3,000",
        "displaced",
        "flow",
        "families",
    ),
    (
        "About 7,000 people fled the shelling, local officials said.",
        "About 7,000",
        "fled",
        "flow",
        "people",
    ),
    (
        "More than 20,000 displaced people returned to their villages in Rutshuru.",
        "More than 20,000",
        "returned",
        "flow",
        "people",
    ),
    (
        "Around 900 aid workers and their families were evacuated from Goma to Kigali.",
        "Around 900",
        "evacuated",
        "flow",
        "people",
    ),
    (
        "Camps around Goma were sheltering some 650,000 internally displaced people.",
        "some 650,000",
        "displaced",
        "stock",
        "people",
    ),
    (
        "Plus de 15 000 personnes ont fui les combats vers Minova.",
        "Plus de 15 000",
        "displaced",
        "flow",
        "people",
    ),
    (
        "Environ 4 000 ménages déplacés vivent dans les écoles de Bukavu.",
        "Environ 4 000",
        "displaced",
        "stock",
        "households",
    ),
    (
        "Des milliers de réfugiés congolais sont arrivés au Burundi.",
        "Des milliers",
        "refugees",
        "flow",
        "people",
    ),
    (
        "Près de 1 200 enfants non accompagnés ont été enregistrés à la frontière.",
        "Près de 1 200",
        "displaced",
        "flow",
        "children",
    ),
    # verbs of moving in the present tense, or entering a country by stealth
    ("Myanmar: clashes in Rakhine uproot tens of thousands", "tens of thousands",
     "displaced", "flow", "people"),
    ("Une nouvelle vague d'attaques jette des milliers de personnes sur les routes.",
     "des milliers", "displaced", "flow", "people"),
    ("Nearly 1,000 Rohingya had slipped into Teknaf over the past month.",
     "Nearly 1,000", "refugees", "flow", "people"),
    # on the road, across a bridge, out of a country, sent back across a border
    ("Our monitors counted 4,380 people walking south across the international bridge.",
     "4,380", "refugees", "flow", "people"),
    ("In 2018 tens of thousands rushed across in a matter of days.", "tens of thousands",
     "refugees", "flow", "people"),
    ("More than 7.7 million Venezuelans have left their country since 2015.",
     "More than 7.7 million", "refugees", "flow", "people"),
    ("Plus de 276 000 Haïtiens ont été renvoyés de la République dominicaine en 2024.",
     "Plus de 276 000", "returned", "flow", "people"),
    ("Some 1.2 million people have left the ten affected provinces.", "Some 1.2 million",
     "displaced", "flow", "people"),
    ("La DTM a compté 27 400 départs de Port-au-Prince en avril.", "27 400", "displaced",
     "flow", "people"),
    # where people wait, camp or shelter in what is no home
    ("Hundreds of families were still camped along the road on Thursday.", "Hundreds",
     "displaced", "stock", "families"),
    ("Hundreds of people were stranded on the border in late April.", "Hundreds",
     "displaced", "stock", "people"),
    ("Ten schools in Aleppo host about 45,000 people whose homes were destroyed.",
     "about 45,000", "displaced", "stock", "people"),
    ("Plusieurs centaines de familles vivent toujours sous des abris de fortune.",
     "Plusieurs centaines", "displaced", "stock", "families"),
    ("About 8,900 households are living without any shelter.", "About 8,900", "displaced",
     "stock", "households"),
    ("Around 1,800 people slept in a mosque on Tuesday night.", "Around 1,800", "displaced",
     "stock", "people"),
    ("Une centaine de familles dorment dans les églises de Kananga.", "Une centaine",
     "displaced", "stock", "families"),
    # being evacuated, put up, received, transferred or seen going past; leaving by one's
    # own means
    ("The army evacuates border villages as nearly 9,000 leave.", "nearly 9,000",
     "evacuated", "flow", "people"),
    ("Some 300 people a day are being brought out of the frontline villages.", "Some 300",
     "evacuated", "flow", "people"),
    ("Hundreds of families left on foot on Sunday.", "Hundreds", "displaced", "flow",
     "families"),
    ("Thousands more have moved in with host families in the hills.", "Thousands",
     "displaced", "flow", "people"),
    ("Quelque 2 400 personnes ont été transférées vers le camp de Farchana.",
     "Quelque 2 400", "displaced", "flow", "people"),
    ("Nous voyons passer 300 personnes par jour au poste frontière.", "300", "displaced",
     "flow", "people"),
    # driven out of homes displaces; IDPs living in an affected area are still IDPs, and
    # people a disaster displaced are figures wherever they live
    ("Some 10,000 people were driven out of their homes by the fighting in Masisi.",
     "Some 10,000", "displaced", "flow", "people"),
    ("The floods displaced 12,000 people living in affected areas of Beledweyne.", "12,000",
     "displaced", "flow", "people"),
    # setting off on foot; hidden in the bush
    ("A group of roughly 2,000 people set off on foot from Tecun Uman toward the north.",
     "roughly 2,000", "displaced", "flow", "people"),
    ("Des centaines de personnes seraient cachées en brousse autour de Bozoum.",
     "Des centaines", "displaced", "stock", "people"),
    # border crossings counted are people; a present tense, not a feared number; a camp's
    # population; boats; people waiting to be moved on; on the move
    ("UNHCR recorded 15,000 border crossings from Ukraine into Moldova last week.", "15,000",
     "refugees", "flow", "people"),
    ("Les arrivées atteignent 12 000 personnes à Garoua-Boulaï.", "12 000", "displaced",
     "flow", "people"),
    ("At the Elegu collection point, 640 people were waiting for buses to the settlement.",
     "640", "displaced", "flow", "people"),
    # a camp's population is its displaced people
    ("UNHCR estimated the camp's population at 45,000 in Minawao.", "45,000", "displaced",
     "stock", "people"),
    ("Des centaines de personnes dorment aussi dans les salles de classe de l'école.",
     "Des centaines", "displaced", "stock", "people"),
    # living in a shelter is a stock of displaced people (living in an affected area is not)
    ("Around 12,000 people living in collective centres in Kharkiv.", "Around 12,000",
     "displaced", "stock", "people"),
    # people counted by the day are a flow, even where a count of a site's people is a stock
    ("Camp managers counted between 900 and 1,200 arrivals a day in Daudu.",
     "between 900 and 1,200", "displaced", "flow", "people"),
    ("Selon le chef de quartier, il arrive chaque jour entre 100 et 150 personnes au site de "
     "Mikelenge.", "entre 100 et 150", "displaced", "flow", "people"),
    # people driven across a country's borders, a convoy of people escorted out
    ("The war has driven over 2 million across its borders since April 2023.",
     "over 2 million", "refugees", "flow", "people"),
    # people moved by someone are evacuated (unless their noun says who they are: see
    # test_people_moved_by_others_keep_the_category_of_their_noun); moved onto a road
    ("In Katsina State, authorities said they had moved 1,140 residents of the Faskari "
     "area to safer towns on March 8.", "1,140", "evacuated", "flow", "people"),
    ("In Leer, hundreds of households have moved onto the raised embankment of the road.",
     "hundreds", "displaced", "flow", "households"),
    # "de" for "des" after a word that takes "de"
    ("Des ONG parlent de dizaines de milliers de déplacés dans la ville.",
     "de dizaines de milliers", "displaced", "flow", "people"),
]


@pytest.mark.parametrize(
    "text, number, category, measure, unit", FIGURES, ids=[f[1] for f in FIGURES]
)
def test_figure_is_found_and_described(text, number, category, measure, unit):
    row = only(text)
    assert row["number_text"] == number
    assert (row["category"], row["measure"], row["unit"]) == (category, measure, unit)
    assert row["quote"] in text and number in row["quote"]


@pytest.mark.parametrize(
    "text, number",
    [
        # a camp's population is its people
        ("Dadaab's population is about 380,000 refugees, most of them from Somalia.",
         "about 380,000"),
        ("Kakuma camp's population is now estimated at 300,000.", "300,000"),
        # an appeal for calm, a hotline told of a flight, aid given to people who fled
        ("The governor, appealing for calm, said 5,000 people had fled Uvira overnight.",
         "5,000"),
        ("Local leaders told the hotline that 4,000 people fled Masisi on Monday.", "4,000"),
        ("UNHCR provided shelter to 3,000 families who fled Masisi last week.", "3,000"),
        ("Le PAM a distribué des kits à 2 000 ménages qui ont fui Kalehe.", "2 000"),
        # residents of a kind of site are people
        ("Some 4,000 collective site residents were evacuated from Sumy last week.", "Some 4,000"),
        ("About 4,000 makeshift camp residents fled to Idlib last month.", "About 4,000"),
        # a camp's capacity is not its people
        ("A further 23,000 IDPs remain in the Bama camp, which was built to hold 12,000.",
         "23,000"),
        # someone else leaving the country
        ("Since the president left the country, 550,000 people were displaced.", "550,000"),
        # money written after the number
        ("Each of the 3,000 displaced households received 50,000 naira in cash.", "3,000"),
        # a plan named before people already arrived
        ("Au-delà du scénario de planification, 62 000 réfugiés sont déjà arrivés à Adré.",
         "62 000"),
    ],
)
def test_figures_beside_words_that_exclude_others(text, number):
    assert [r["number_text"] for r in figures_of(text)] == [number]


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Camp managers counted between 900 and 1,200 arrivals a day on 14 and 15 June; the "
         "pace has since dropped to about 150 a day.", ["between 900 and 1,200", "about 150"]),
        ("Les arrivées ont atteint 1 500 par jour la semaine dernière, puis sont retombées à "
         "environ 300 par jour.", ["1 500", "environ 300"]),
        ("Some 12,000 people fled Yelwata. The pace has since dropped to about 150 a day.",
         ["Some 12,000", "about 150"]),
        # (not a number a day of anything else, after people who moved or people who stay)
        ("Some 12,000 people fled Yelwata. The clinic sees about 150 a day.", ["Some 12,000"]),
        ("Some 12,000 IDPs live in the Daudu camps. The pace has slowed to 150 a day.",
         ["Some 12,000"]),
    ],
)
def test_a_pace_with_no_noun_after_a_flow_counts_the_same_people(text, numbers):
    rows = figures_of(text)
    assert [r["number_text"] for r in rows] == numbers
    assert all(r["category"] in ("displaced", "fled") for r in rows)


@pytest.mark.parametrize(
    "text, numbers",
    [
        # a comparison with no noun, past numbers of other things between
        ("Le comité a recensé 9 350 personnes déplacées sur les trois sites de la ville, "
         "contre 6 100 à la fin du mois de février.", ["9 350", "6 100"]),
        ("IOM's headcount puts the PoC site population at 41,200 on 17 March, up from 37,800 "
         "at the start of the month.", ["41,200", "37,800"]),
        # more of the same people
        ("Some 55,400 people were displaced from Sinja, and at least 8,000 more from Jebel "
         "Moya.", ["Some 55,400", "at least 8,000"]),
        # (not a number with no noun after something else counted)
        ("Some 55,400 people were displaced from Sinja across 3 localities, and 2 more "
         "were hit.", ["Some 55,400"]),
    ],
)
def test_a_number_with_no_noun_compared_with_a_figure_or_added_to_it(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_convoy_of_people_escorted_on_the_road_moved():
    # (which people, returnees or others, is for their noun to say)
    row = only("Samedi, l'armée a escorté un convoi de 75 ménages de Kokorou jusqu'à Téra.")
    assert (row["number_text"], row["measure"], row["unit"]) == ("75", "flow", "households")


def test_people_moved_from_their_villages_moved():
    row = only("Around 1,700 people moved from riverside villages to shelters in Kulaura town.")
    assert (row["number_text"], row["measure"]) == ("Around 1,700", "flow")


def test_people_entering_are_a_flow():
    row = only("Between 1,500 and 2,000 Venezuelans still enter through the bridges every day.")
    assert (row["number_text"], row["measure"]) == ("Between 1,500 and 2,000", "flow")


NOT_FIGURES = [
    # an aid gap, patients and worshippers sleeping somewhere
    "Around 1,500 households remain without shelter kits in Beni territory.",
    "About 800 patients are sleeping in schools converted into field hospitals in Gaza.",
    "Some 3,000 worshippers slept in the mosque in Kano during the last nights of Ramadan.",
    # incidents counted
    "Camp authorities logged 222 fire incidents across the settlement in 2024.",
    # words of the road said of water, patients, candidates, staff, travellers, traders
    "The Shabelle river flooded across Beledweyne, affecting some 90,000 people.",
    "Every day, some 300 patients walk to the health centre in Gado.",
    "À Mopti, plus de 12 000 candidats se présentent aux examens du baccalauréat.",
    "Le gouvernement a approuvé 2 000 départs volontaires de fonctionnaires à Kinshasa.",
    "Some 200 international staff have left the country since the fighting began in Khartoum.",
    "About 1,500 people were stranded in Lukla after flights were cancelled due to fog.",
    "Markets in Maiduguri host some 4,000 traders every week.",
    # money in a local currency, a contingency scenario
    "Each departing household received a cash grant of NGN 100,000 and a return kit.",
    "Le scénario de contingence retient 15 000 PDI supplémentaires d'ici juin.",
    # people who move for other reasons; camps counted by kind
    "Some 2,000 Ethiopian migrant workers left for Saudi Arabia in January.",
    "Près de 200 élèves sont partis pour Bunia pour passer l'examen d'État.",
    "Authorities have opened 312 relief camps in schools across Sindh.",
    # a telephone number, aid to give, a town's population, cases of a disease, sites
    "For protection concerns, returnees and refugees can call the toll-free hotline 2222.",
    "IOM is appealing for US$ 12 million to provide shelter and water to 60,000 people.",
    "Marib's population was thought to be about 40,000 before the conflict began.",
    "A cholera outbreak in the transit centre has recorded 312 suspected cases since May.",
    "The displaced are spread across 197 formal and informal sites.",
    "The attack killed at least 52 people and wounded 130 others.",
    "Au moins 113 blessés ont été pris en charge à l'hôpital.",
    "The new site can accommodate 10,000 people once it opens.",
    "UNHCR expects arrivals to reach 100,000 by the end of the year.",
    "The agency plans to assist 250,000 people with cash transfers.",
    "The appeal for US$40 million is only 12% funded.",
    "Trucks carried 300 tonnes of food over 1,600km of damaged roads.",
    "Up to 4,000 Rwandan troops are operating alongside the rebels.",
    "Hundreds of unarmed soldiers sat on the pitch in Goma.",
    "Goma, a city of more than a million people, was calm on Wednesday.",
    "The war that broke out in 2013 has lasted for 12 years.",
    "HRW interviewed 22 former residents of the camps.",
    "Les combats ont fait près de 3 000 morts selon l'ONU.",
    "La ville compte 1,2 million d'habitants.",
    "Musa, 66, arrived with his family in June.",
    "In Ouaddaï, 63,000 people would move from the border sites.",
    # reaching or joining something that is not a place; a year before a noun
    "Partners reached over 300,000 people with food assistance in North Kivu.",
    "Cholera cases reached an estimated 4,000 in Tanganyika province.",
    "Plus de 500 jeunes ont rejoint les rangs des milices dans le Masisi.",
    "Quelque 1 200 enfants ont rejoint l'école à Kalehe grâce au programme.",
    "The 1972 refugees in Tanzania were granted citizenship.",
    "From 2018 to 2022 refugees in Uganda doubled.",
    # a span of time that is a verb's complement still ends the context before it
    "Displaced families waited 3 days for 2,500 food kits in Kalehe.",
    # money in the currencies of other crises, a nationality between number and currency
    "Each returning family receives a grant of 4 million Iraqi dinars in Sinjar.",
    "Les familles déplacées reçoivent 50 000 ariary chacune à Mananjary.",
    "Displaced households in Cúcuta were given 300,000 Colombian pesos.",
    # people who have not moved: under an evacuation order, living in an affected area
    "Up to 20,000 people still live in the villages covered by the evacuation order.",
    "About 500,000 people living in flood-affected districts.",
    # aid or care received, loans taken out, people rescued or taken to hospital, people
    # stopped at a border post; a change, not a count ("une hausse de milliers")
    "Around 8,000 households receiving cash transfers in Borno.",
    "Some 14,000 people were receiving treatment for cholera in Sanaa.",
    "About 3,000 families have taken out loans to rebuild.",
    "Nearly 600 people were taken out of the rubble alive in Hatay.",
    "Some 2,500 people were transferred to hospital in Goma.",
    "Le rapport note une hausse de milliers de personnes en un mois.",
    # complaints and crossing points counted; a town's population; a survey's sample; a
    # number feared
    "The municipality received 1,900 complaints about noise after the arrivals last year.",
    # a town that houses its people; a convoy of trucks; herders gone to the bush with
    # their cattle
    "Goma, which houses nearly 2 million people, is now surrounded by fighting.",
    "The convoy of 40 trucks set off from Kherson with aid for 12,000 people.",
    "Some 2,000 residents set out for the polling stations in Juba.",
    "WFP delivered food to 25,000 people in Malakal; 40 staff members were on board.",
    "Avec quelque 12 000 hommes en mouvement vers Goma, le M23 menace la ville.",
    "The hotline received 1,200 complaints and 300 requests for assistance in Kharkiv.",
    "Les éleveurs, environ 3 000 personnes, sont partis en brousse avec leur bétail.",
    # care received; a wish; a number feared
    "About 9,100 people received treatment for cholera last month.",
    "Le gouvernement annonce vouloir reloger 5 000 ménages sur un nouveau site.",
    "Si les pluies continuent, la protection civile craint que jusqu'à 8 000 personnes fuient.",
    "Dozens of informal crossing points line the river where people fled.",
    "Officials put the town's population at roughly 60,000, swollen by displaced families.",
    "In a survey of 900 returnees, most said they lacked shelter.",
    "Les ONG craignent que le nombre de déplacés atteigne 8 000 d'ici mars.",
    # an evacuation refused; aid received or transferred
    "Some 2,000 residents refused to evacuate Pokrovsk despite the shelling.",
    "In Borno State, 3,500 households are receiving 2,000 naira cash transfers.",
    "Cash assistance was transferred to 4,500 households in Kalehe.",
    # relief items on the road, people confined by armed groups, others taken or escorted
    # somewhere, people sleeping in the fields, a food-security phase
    "Nous attendons 400 bâches supplémentaires qui arrivent de Bangui par la route.",
    "An estimated 23,000 people remain confined in rural Tibú and El Tarra, unable to leave.",
    "Buses took 3,000 people by road to the rally in Abuja.",
    "Police escorted 200 protesters out of the parliament building in Nairobi.",
    "About 1,200 farmers sleep in the fields at night to guard crops from elephants in Kasese.",
    "Au Burkina Faso, 2,3 millions de personnes sont passées en Phase 3 (Crise) ou pire.",
    # people who did not move
    "As the M23 advanced on Sake, some 2,000 people stayed behind despite the shelling.",
    "Malgré les combats à Minova, environ 1 500 personnes sont restées sur place.",
    # aid given: people reached, whatever their noun, where it reached them
    "WFP has provided hot meals to 14,200 new arrivals at the transit centre in Adré.",
    "Le PAM a distribué des vivres à 18 500 personnes déplacées à Kaya.",
    "Partners are distributing shelter kits to some 5,000 displaced households in Malakal.",
    # an area in square kilometres
    "La réserve, d'une superficie de 42 000 km², a vu arriver des déplacés.",
    # a capacity, a number feared
    "Le site, qui peut recevoir jusqu'à 6 000 personnes, est presque plein.",
    "Les ONG craignent que le nombre de déplacés ne dépasse 80 000 d'ici juin.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_numbers_that_are_not_displacement_figures_are_left_out(text):
    assert figures_of(text) == []


def test_deaths_then_displacement_in_one_sentence():
    rows = figures_of(
        "Les attaques ont tué 46 civils et plus de 80 000 personnes ont été "
        "déplacées dans le territoire de Djugu."
    )
    assert [r["number_text"] for r in rows] == ["plus de 80 000"]


def test_rate_and_vague_quantity():
    row = only(
        "People are still pouring in by the thousands every day, a UNHCR official in Burundi said."
    )
    assert (row["value"], row["value_low"], row["value_high"], row["rate"]) == (
        None,
        1000,
        9999,
        "per_day",
    )


def test_households_are_converted_to_people_with_the_documented_size():
    from etl.vocabulary import HOUSEHOLD_SIZE

    row = only("Some 2,000 households fled to Kalehe.")
    assert row["people_estimate"] == 2000 * HOUSEHOLD_SIZE["households"]


def test_partitive_shares_the_fate_of_its_group():
    rows = figures_of(
        "Some 65,000 people have entered Burundi since January, more than "
        "55,000 of them in the last two weeks."
    )
    assert [r["value"] for r in rows] == [65000, 55000]
    assert {r["category"] for r in rows} == {"refugees"}


@pytest.mark.parametrize("text, category", [
    ("Since 1 June, about 9,300 people, including 1,480 children, have been evacuated from "
     "frontline communities in Zaporizhzhia oblast.", "evacuated"),
    ("Au moins 6 000 personnes, dont 2 500 enfants, ont été évacuées de Pont-Sondé vers "
     "Saint-Marc.", "evacuated"),
    ("Some 5,000 refugees, among them 2,000 children, returned to Burundi last week.",
     "returned"),
])
def test_a_part_named_in_passing_leaves_the_verb_to_its_whole(text, category):
    # the whole's words do not stop at the part's number: the verb after it is theirs
    assert [r["category"] for r in figures_of(text)] == [category, category]


@pytest.mark.parametrize("text, categories", [
    # ... not when its own noun says who the part is, nor past a verb before the whole
    ("Some 10,000 people, including 2,000 returnees, arrived in Renk this week.",
     ["displaced", "returned"]),
    ("The floods displaced 9,300 people, including 1,480 children, who were later "
     "evacuated to Beira.", ["displaced", "evacuated"]),
])
def test_a_part_named_in_passing_keeps_its_own_words(text, categories):
    assert [r["category"] for r in figures_of(text)] == categories


@pytest.mark.parametrize("text, category", [
    ("In Quelimane, INGD moved 2,100 residents of low-lying neighbourhoods to higher "
     "ground.", "evacuated"),
    ("UNHCR moved 5,000 refugees from the border to Farchana camp in eastern Chad.",
     "refugees"),
    ("The authorities moved 1,200 IDPs from Rubaya to a new site in Goma.", "displaced"),
    ("IOM moved 800 returnees from the transit centre to their villages in Renk.",
     "returned"),
    # moved to a camp, site or settlement, or by force: no evacuation
    ("Soldiers forcibly moved 2,000 villagers from Kyauktaw township to Sittwe.",
     "displaced"),
    ("The authorities moved 1,500 families from Bulengo to a new site in Lushagala.",
     "displaced"),
    # ... unless out of a danger
    ("Soldiers moved some 780 residents of two villages judged at high risk of a new "
     "attack to the Daudu camps by truck.", "evacuated"),
])
def test_people_moved_by_others_keep_the_category_of_their_noun(text, category):
    assert only(text)["category"] == category


@pytest.mark.parametrize("second, category", [
    # arrivals the words are silent on, where returnees come home: returnees
    ("At Torkham, 1,870 households arrived during the reporting period.", "returned"),
    # not people staying there, nor people named otherwise
    ("Aid workers counted 6,000 families sheltering in schools in Jalalabad.", "displaced"),
    ("In Jalalabad, the displaced people who arrived from Kunar number about 4,000.",
     "displaced"),
])
def test_silent_arrivals_in_a_report_on_returnees_are_returnees(second, category):
    rows = figures_of("Afghanistan: returns\n\nSome 9,450 Afghan returnees crossed from "
                      f"Pakistan at Torkham in Nangarhar.\n\n{second}")
    assert [r["category"] for r in rows] == ["returned", category]


@pytest.mark.parametrize("text", [
    # returns inside the country: later arrivals are people displaced again
    "North Kivu: returns\n\nAbout 12,000 displaced people returned to Rutshuru territory "
    "last week.\n\nMeanwhile, 4,000 households arrived in Kanyaruchinya.",
    # arrivals driven by a cause
    "South Sudan: Renk\n\nSome 2,000 South Sudanese returnees crossed from Sudan into Renk "
    "this week.\n\nIn Malakal, 3,000 people arrived in the PoC site following clashes in "
    "Nasir.",
])
def test_arrivals_after_returns_are_not_always_returnees(text):
    assert figures_of(text)[-1]["category"] == "displaced"


@pytest.mark.parametrize("text, number", [
    ("A church shelter in the Fiango quarter was housing 640 people, a parish official "
     "said.", "640"),
    ("Near Buea, some 900 households left Muea and Ekona for Buea town after a gun battle.",
     "some 900"),
    ("Des centaines de familles ont quitté Gayéri pour Fada N'Gourma en janvier.",
     "Des centaines"),
    ("Dozens of families from Ndop have meanwhile turned up in Bafoussam.", "Dozens"),
    ("A Catholic mission in Njinikom said it had taken in 150 families from Belo.", "150"),
])
def test_the_words_of_round_16_move_people(text, number):
    assert only(text)["number_text"] == number


@pytest.mark.parametrize("text", [
    # aid past the amount given
    "- Vivres : le PAM a distribué 420 tonnes de vivres à 96 000 réfugiés à Adré.",
    "Food: WFP distributed 118 tonnes of mixed commodities to 9,800 new arrivals.",
    # a capacity, and consultations
    "The Islam Qala reception centre is designed to process about 5,000 people a day.",
    "- Santé : 1 240 consultations ont été enregistrées à la clinique de Farchana.",
])
def test_aid_capacities_and_consultations_of_round_16_are_no_figures(text):
    assert figures_of(text) == []


def test_aid_past_an_amount_still_counts_people_who_moved():
    rows = figures_of("WFP distributed 300 tonnes of food to 40,000 IDPs who fled Masisi.")
    assert [r["value"] for r in rows] == [40000]


@pytest.mark.parametrize("text", [
    # (review of round 16's rules)
    "The minister left Kinshasa for Brussels with a delegation of 30 people.",
    "Some 200 delegates left Nairobi for Addis Ababa on Monday for the peace talks.",
    "Some 10,000 supporters turned up at Uhuru Park for the rally.",
    "The hotel is housing 200 journalists covering the war.",
    "The Islam Qala centre is designed to process about 5,000 people a day.",
    "The housing ministry said 3,000 people had applied for loans.",
    "The plan provides housing for 3,000 families in Kumba.",
    "The minister left Kinshasa to attend a meeting with 300 delegates.",
    "Police took in 40 suspects for questioning in Goma.",
    "Of the 300 schools in the region, 120 are closed.",
])
def test_the_words_of_round_16_do_not_move_others(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, values", [
    # a part of the whole the sentence opens on
    ("Of the 23,500 people displaced since late September, about 9,800 are in the "
     "South-West.", [23500, 9800]),
    ("Sur les 12 000 personnes déplacées arrivées à Kaya, 7 000 sont hébergées dans des "
     "écoles.", [12000, 7000]),
    # the whole named again, by a speaker, paragraphs later
    ("Q: How many?\n\nA: About 21,000 people are registered in Debre Birhan.\n\n"
     "Q: Where from?\n\nA: Of the 21,000, roughly 16,000 came from Oromia.",
     [21000, 21000, 16000]),
])
def test_a_part_of_a_whole_with_no_noun_counts_the_wholes_people(text, values):
    assert [r["value"] for r in figures_of(text)] == values


@pytest.mark.parametrize("text, values", [
    # the number taken up is the latrines', not the families'
    ("Some 500 families arrived in Baidoa on Monday. The cluster built 500 latrines. Of "
     "the 500, 120 are already out of order.", [500]),
    # a part in need, or given aid, is no figure of its own
    ("Some 12,000 people arrived in Tawila. Of the 12,000, 8,000 need shelter.",
     [12000, 12000]),
    ("Some 12,000 people arrived in Tawila. Of the 12,000, 4,500 received food "
     "assistance.", [12000, 12000]),
    ("Of the 15,000 IDPs in Kaya, 4,000 need emergency shelter.", [15000]),
    # ... the whole, in need, still is one
    ("Three years on, 124,000 refugees from Ukraine still need support in Moldova.",
     [124000]),
    # a capacity named with no number is no capacity of the count after it
    ("The camp, designed to host refugees relocated from the border, received 5,000 "
     "people last week.", [5000]),
])
def test_parts_and_wholes_the_review_of_round_16_found(text, values):
    assert [r["value"] for r in figures_of(text)] == values


def test_repatriation_beats_leaving_for_a_country():
    text = ("Some 1,100 people left Nyarugusu for Burundi on Thursday under the voluntary "
            "repatriation programme.")
    assert only(text)["category"] == "returned"


@pytest.mark.parametrize("second, values", [
    # a sentence opening on people moved, named with no number: part of those counted
    ("Parmi les arrivants de la semaine à Adré, 2 900 sont des enfants.", [6200, 2900]),
    ("Of the people in accommodation centres, about 1,900 are children.", [6200, 1900]),
    # not people who did not move, nor things
    ("Of the people we spoke to, 120 said they want to go home.", [6200]),
    ("Of the people in need, about 3,000 are children.", [6200]),
    ("Of the schools in the district, 120 are closed.", [6200]),
])
def test_a_part_of_people_named_with_no_number(second, values):
    text = f"Some 6,200 Sudanese refugees arrived in Adré this week.\n\n{second}"
    assert [r["value"] for r in figures_of(text)] == values


def test_labelled_list_rows_take_the_report_context():
    rows = figures_of(
        "Arrivals registered in Cibitoke: 12,400 refugees.\n\n"
        "BREAKDOWN\n- Women: 4,100\n- Children: 6,000\n- Trucks: 40\n"
    )
    assert [(r["value"], r["unit"]) for r in rows] == [
        (12400, "people"),
        (4100, "people"),
        (6000, "children"),
    ]


def test_a_repeated_paragraph_yields_its_figures_once():
    para = "Some 30,000 people crossed into Burundi to escape the fighting."
    rows = figures_of(f"{para}\n\nOther news.\n\n{para}\n")
    assert len(rows) == 1


def test_quote_offsets_point_into_the_document():
    text = "date 2025-01-01\nHeadline\n\nOfficials said 5,000 people fled to Uvira."
    doc = Document(doc_id="t.txt", path="t.txt", text=text, body_start=16)
    (row,) = extract(doc)
    assert text[row["char_start"] : row["char_end"]] == row["quote"]
    assert text[row["number_start"] : row["number_end"]] == "5,000"


def test_a_short_list_row_repeated_under_another_heading_counts_again():
    rows = figures_of(
        "Arrivals registered at Gatumba: 4,000 refugees.\n- Women: 1,200\n\n"
        "Arrivals registered at Rugombo: 3,000 refugees.\n- Women: 1,200\n"
    )
    assert [r["value"] for r in rows] == [4000, 1200, 3000, 1200]


def test_a_title_case_headline_still_reads_its_verbs():
    rows = figures_of("Thousands Flee Fighting In Goma As 50,000 Cross Into Rwanda")
    assert [(r["value"], r["category"]) for r in rows][-1] == (50000, "refugees")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "fled to" / "fled into" give a direction, not a border: the places decide
        ("Fighting in Djugu. Some 3,000 people fled to Bunia last week.", "displaced"),
        ("About 2,000 people fled into the bush near Kalehe.", "fled"),
        ("Clashes near Goma. More than 5,000 people fled to Rwanda.", "refugees"),
        ("Some 3,000 Congolese fled into Uganda last week.", "refugees"),
        ("Some 3,000 people fled across the border last week.", "refugees"),
        ("Some 9,000 people fled to neighbouring Rwanda.", "refugees"),
        ("Some 4,000 people fled to neighbouring countries.", "refugees"),
    ],
)
def test_fleeing_to_a_place_crosses_a_border_only_into_another_country(text, category):
    assert only(text)["category"] == category


@pytest.mark.parametrize(
    ("text", "category", "destination"),
    [
        # "se réfugier" is taking refuge, inside a country or across a border: its
        # participle is no refugees' noun, and where they took refuge is where they went
        ("À Kinshasa, plusieurs milliers d'habitants se sont réfugiés sur les collines.",
         "displaced", ""),
        ("Le premier soir, plus de 600 personnes se sont réfugiées au stade de Bunia.",
         "displaced", "Bunia"),
        ("Quelque 1 500 habitants de Sake se sont réfugiés à Goma.", "displaced", "Goma"),
        ("Plus de 2 000 Burundais se sont réfugiés au Rwanda.", "refugees", "Rwanda"),
        ("Les 3 000 habitants de Sake se sont tous réfugiés dans les collines.",
         "displaced", ""),
        # ... while people who are refugees somewhere are
        ("Ces 3 000 personnes sont réfugiées au Tchad depuis 2003.", "refugees", ""),
    ],
)
def test_taking_refuge_goes_somewhere(text, category, destination):
    row = only(text)
    assert (row["category"], row["destination"]) == (category, destination)


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("About 2,400 people left Kalehe on foot, heading towards Bukavu.", "Kalehe", "Bukavu"),
        ("Quelque 1 800 personnes ont quitté Masisi et ont rejoint Goma lundi.", "Masisi", "Goma"),
        ("Plus de 900 personnes ont rejoint le Burundi depuis Uvira.", "Uvira", "Burundi"),
    ],
)
def test_heading_towards_or_joining_a_place_is_a_movement_to_it(text, origin, destination):
    row = only(text)
    assert (row["origin"], row["destination"], row["measure"]) == (origin, destination, "flow")


def test_reaching_a_place_is_an_arrival_but_reaching_a_level_is_not():
    rows = figures_of("Fighting continues in Ituri. Some 3,100 people from Djugu reached "
                      "Bunia on Sunday. The death toll reached 300.")
    assert [(r["value"], r["destination"]) for r in rows] == [(3100.0, "Bunia")]


@pytest.mark.parametrize("text", ["Arrivals in Goma over the past four days stood at 12,300.",
                                  "Les arrivées à Goma en trois jours s'élèvent à 12 300."])
def test_a_span_of_time_between_a_noun_and_its_count_does_not_cut_them_apart(text):
    row = only(text)
    assert (row["value"], row["measure"], row["location"]) == (12300.0, "flow", "Goma")


def test_a_part_of_a_group_after_a_span_of_time_belongs_to_the_group():
    rows = figures_of("Some 9,400 people fled Kalehe over the last two weeks, including "
                      "about 5,100 children.")
    assert [(r["value"], r["origin"]) for r in rows] == [(9400.0, "Kalehe"), (5100.0, "Kalehe")]


def test_neighbouring_before_a_country_is_not_part_of_its_name():
    row = only("At least 10,000 civilians fled into neighbouring Burundi.")
    assert (row["destination"], row["location"]) == ("Burundi", "Burundi")


@pytest.mark.parametrize(
    ("text", "total", "where"),
    [
        (
            "Displaced people in North Kivu, by territory:\n- Masisi: 120,000 displaced\n"
            "- Rutshuru: 80,000 displaced\n- Total: 200,000 displaced",
            "200,000",
            ("Masisi and Rutshuru", "CD-NK", "COD", "CD-NK"),
        ),
        (
            "Nouvelles arrivées au Burundi :\nKansega : 500 réfugiés\nCishemere : 700 réfugiés\n"
            "Total : 1 200 réfugiés",
            "1 200",
            # two sites whose province the gazetteer lacks: in Burundi, not Burundi itself
            ("Kansega and Cishemere", "", "BDI", ""),
        ),
    ],
)
def test_a_total_row_is_about_all_the_rows_above_it(text, total, where):
    rows = {r["number_text"]: r for r in figures_of(text)}
    row = rows[total]
    assert (row["location"], row["location_place_id"], row["iso3"], row["admin1"]) == where
    # the rows themselves keep their own places
    assert rows["80,000" if "Masisi" in text else "700"]["location"] in ("Rutshuru", "Cishemere")


def test_a_total_naming_its_group_is_still_a_total_and_totals_do_not_add_up_each_other():
    text = (
        "Déplacés par territoire :\nMasisi : 120 000 déplacés\nRutshuru : 80 000 déplacés\n"
        "Total des déplacés : 200 000\nTotal ménages : 40 000"
    )
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == [
        ("120 000", "Masisi"),
        ("80 000", "Rutshuru"),
        ("200 000", "Masisi and Rutshuru"),
        ("40 000", "Masisi and Rutshuru"),
    ]


@pytest.mark.parametrize(
    ("text", "iso3", "admin1", "category"),
    [
        # Kansega is not in the gazetteer; Cishemere and Gatumba are, in Burundi; and "de"
        # after the unit ("les sites de") says which sites, not where people left
        ("Les combats continuent à Uvira, en RD Congo. Cette semaine, 40 000 réfugiés sont "
         "arrivés dans les sites de Kansega, Cishemere et Gatumba.", "BDI", "", "refugees"),
        ("Fighting in Uvira, DR Congo, goes on. This week 40,000 new arrivals were recorded "
         "at the Kansega, Cishemere and Gatumba sites.", "BDI", "", None),
        # Mubambiro is not in the gazetteer either; the others are near Goma: people who
        # moved inside their country, not refugees
        ("Some 5,000 people arrived at the Bulengo, Lushagala and Mubambiro sites.", "COD",
         "CD-NK", "displaced"),
    ],
)
def test_an_unknown_site_listed_with_known_ones_lies_in_their_country(
    text, iso3, admin1, category
):
    row = only(text)
    assert (row["iso3"], row["admin1"]) == (iso3, admin1)
    # ... but the list is not that country or province: drawn at a site of the list, not at
    # the country's centre
    assert row["location_place_id"] == ""
    assert row["lat"] is not None and row["location"].count(",") == 1
    if category:
        assert row["category"] == category


def test_people_only_ordered_home_are_not_a_figure():
    # an order is not a movement, and "people" alone says nothing of having moved
    assert figures_of("The M23 ordered 20,000 people to return to Goma.") == []


def test_list_rows_without_a_total_keep_their_own_places():
    text = "Arrivals by site:\n- Gatumba: 800 refugees\n- Kansega: 300 refugees"
    assert [r["location"] for r in figures_of(text)] == ["Gatumba", "Kansega"]


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys arrived in Uvira, where 20,000 people live.",
        "Aid convoys reached Uvira, home to some 200,000 people.",
        "Les convois sont arrivés à Uvira, où 20 000 personnes vivent.",
        "Les convois sont arrivés à Uvira, une ville qui compte 20 000 personnes.",
    ],
)
def test_the_people_who_live_in_a_place_are_its_population(text):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 20,000 people live in the Kanyaruchinya camp.", "Some 20,000"),
        ("Plus de 20 000 personnes vivent dans des sites de déplacés à Goma.", "Plus de 20 000"),
        ("Kakuma, home to 200,000 refugees, is full.", "200,000"),
        ("Some 5,000 displaced people live in schools in Goma.", "Some 5,000"),
        ("Some 20,000 people who live in Sake fled to Goma.", "Some 20,000"),
    ],
)
def test_people_living_in_camps_or_displaced_are_still_figures(text, number):
    assert number in [r["number_text"] for r in figures_of(text)]


# sentence, category: the cues of this session's rules, and sentences that could misfire
CATEGORY_CASES = [
    # entering through a border post or crossing point is crossing a border
    ("Some 5,000 people entered through the Joda border point last month.", "refugees"),
    ("Quelque 3 000 personnes sont entrées par le poste frontière de Gasenyi.", "refugees"),
    # ... a border zone is not a border post
    ("About 8,000 people fled their homes in Kamanyola and moved through the border zone "
     "to Luvungi.", "displaced"),
    ("Quelque 5 000 personnes ont quitté Kamanyola pour Luvungi par la frontière.", "displaced"),
    ("Quelque 5 000 personnes ont été déplacées par l'insécurité à la frontière.", "displaced"),
    # leaving the country is crossing a border; leaving home is not
    ("It took seven days for a million people to leave the country.", "refugees"),
    ("Some 20,000 people were forced to leave the country since March.", "refugees"),
    ("Quelque 5 000 personnes ont été forcées de quitter le pays en une semaine.", "refugees"),
    ("Some 5,000 people left their homes in Masisi.", "displaced"),
    # displaced into another country, or setting off for it, is crossing a border
    ("Entre 5 000 et 7 000 personnes sont parties vers l'Ouganda depuis fin janvier.",
     "refugees"),
    ("Some 5,000 people have left for Uganda since January.", "refugees"),
    ("Quelque 300 familles sont parties pour Bunia la semaine dernière.", "displaced"),
    # evicted is not sent home; water surging across a town is no border crossing
    ("Around 3,000 IDP families were expelled from informal settlements in Kabul last month.",
     "displaced"),
    ("Floodwaters surged across Jowhar, forcing 12,000 people from their homes.", "displaced"),
    # ... not leaving it, or someone else leaving it, is not
    ("Around 1.5 million people are displaced inside Sudan and have not left the country.",
     "displaced"),
    ("Environ 1,5 million de personnes sont déplacées sans quitter le pays.", "displaced"),
    ("Some 20,000 people have fled the country's northern provinces.", "fled"),
    ("Since the president fled the country in August, some 550,000 people have been "
     "displaced.", "displaced"),
    ("Depuis que le président a fui le pays, 20 000 personnes ont été déplacées.", "displaced"),
    # fleeing elsewhere inside the country, said of the people counted, is being displaced
    ("Près de 15 000 personnes ont fui Solino pour d'autres quartiers de la capitale.",
     "displaced"),
    ("Some 4,000 people fled Kitchanga to other parts of the province.", "displaced"),
    ("Another 3,000 families fled Alimbongo in the last week of the month.", "fled"),
    ("Environ 10 000 personnes ont fui lundi, les combats s'étant propagés vers d'autres "
     "localités du territoire.", "fled"),
    ("Some 8,000 people fled Kitchanga, a town already crowded with displaced families.",
     "fled"),
    # the U.N. refugee agency's name is a hint only when nothing else gives a category
    ("Around 400,000 people have been uprooted in Masisi, the U.N. refugee agency said.",
     "displaced"),
    ("Selon le Haut Commissariat des Nations unies pour les réfugiés, quelque 3 000 "
     "personnes ont été déplacées à Masisi.", "displaced"),
    ("Selon le Haut Commissariat aux réfugiés, quelque 3 000 personnes ont été déplacées "
     "à Masisi.", "displaced"),
    ("About 2,000 people arrived at the Nyakabande transit centre this week, the U.N. "
     "refugee agency said.", "refugees"),
    # ... while a national refugee commission or office does register refugees
    ("Burundi's refugee commission registered 2,000 new arrivals at Cishemere.", "refugees"),
    ("Some 4,000 people registered at the refugee office in Kasulu last week.", "refugees"),
    # a return only ordered or wanted has not happened
    ("The M23 ordered 20,000 displaced people to return to their villages.", "displaced"),
    ("Authorities urged some 5,000 refugees to go home.", "refugees"),
    ("Many of the 40,000 displaced people say they want to go back home.", "displaced"),
    ("Les autorités ont demandé à 3 000 familles déplacées de rentrer chez elles.",
     "displaced"),
    ("Les 30 000 déplacés ont été sommés de regagner leurs villages.", "displaced"),
    ("Les autorités ont exhorté 5 000 familles déplacées à rentrer chez elles.", "displaced"),
    # done, not asked for, though an asking verb or noun stands before it
    ("Some 20,000 displaced people have returned to their villages.", "returned"),
    ("Plus de 3 000 familles déplacées sont rentrées chez elles.", "returned"),
    ("UNHCR urged donors to step up aid as some 30,000 refugees began to return to "
     "Burundi.", "returned"),
    ("Since law and order were restored, 15,000 displaced people have been able to "
     "return to Goma.", "returned"),
    ("Le HCR a demandé un soutien pour les 30 000 réfugiés qui ont commencé à rentrer au "
     "Burundi.", "returned"),
    ("À la demande des autorités, 4 000 ménages sont de retour à Rutshuru.", "returned"),
    ("Le gouvernement a invité les 5 000 déplacés qui ont décidé de rentrer à se faire "
     "enregistrer.", "returned"),
    # "returns" the noun is a return; the verb is not
    ("As violence returns to Djugu, some 10,000 people have been displaced.", "displaced"),
    ("Some 5,000 refugees arrived in Uganda this month, while returns remain low.",
     "refugees"),
]


@pytest.mark.parametrize(
    ("text", "category"), CATEGORY_CASES, ids=[c[0][:40] for c in CATEGORY_CASES]
)
def test_category_of_a_figure(text, category):
    assert only(text)["category"] == category


def test_rights_violations_recorded_are_not_people():
    assert figures_of("Quelque 120 violations des droits humains ont été recensées à Beni.") == []


def test_families_waiting_to_be_registered_are_a_figure():
    # "enregistrées": the feminine form of the arrival cue
    text = "« Des milliers de familles attendent encore d'être enregistrées », a-t-elle dit."
    assert [r["unit"] for r in figures_of(text)] == ["families"]


@pytest.mark.parametrize(
    "text",
    [
        # a city's population
        "Port-au-Prince compte près de 3 millions d'habitants.",
        "Les familles ont fui vers Fada N'Gourma, chef-lieu régional d'environ 180 000 "
        "habitants, selon des sources locales.",
        # projections and scenarios
        "UNHCR is preparing for up to 50,000 more arrivals by the end of the year.",
        "Le HCR se prépare à accueillir jusqu'à 58 000 réfugiés d'ici la fin juin.",
        "Les agences se préparent à un scénario pouvant atteindre 1 million de déplacés.",
        # people in need, aid targets, people affected, densities
        "Selon l'ONU, 5,5 millions d'Haïtiens, soit près de la moitié de la population, ont "
        "besoin d'une aide humanitaire.",
        "Un appel de 2,5 millions d'euros a été lancé pour venir en aide à 60 000 personnes "
        "déplacées.",
        "People affected: 112,000",
        "Densities reach 40,000 people per square kilometre in the camps.",
        # a town's population, said with or without "a town of"
        "The city's population has swollen to nearly 2 million with the influx of displaced "
        "people.",
        "Sake, une ville de 60 000 à 80 000 personnes, s'est vidée après l'arrivée du M23.",
        # armed forces closing in are not people driven out
        "Around 4,000 civilians were trapped in Kitchanga as M23 forces closed in from the "
        "north.",
    ],
)
def test_populations_projections_targets_and_densities_are_not_figures(text):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a town named before the count is not a population
        ("Fighting around the town of Sake has forced more than 135,000 people to flee "
         "toward Goma.", ["more than 135,000"]),
        ("In the border town of Adre alone, our teams recorded 9,400 new arrivals.", ["9,400"]),
        # ... while a town of so many people is
        ("Goma, a city of about 2 million people, now hosts 500,000 displaced people.",
         ["500,000"]),
        # inhabitants whose own verb moves them are displaced
        ("Some 20,000 inhabitants fled the town on Monday.", ["Some 20,000"]),
        # the part of the people affected that moved
        ("The floods affected an estimated 268,000 people across Hiraan, of whom 92,000 have "
         "been temporarily displaced.", ["92,000"]),
        ("In the affected areas, 5,000 people were displaced by the floods.", ["5,000"]),
        # inhabitants that a verb moves, before them or in their own words
        ("Fighting has displaced 20,000 inhabitants of Sake, OCHA said.", ["20,000"]),
        ("20 000 habitants de Sake, selon OCHA, ont fui vers Goma.", ["20 000"]),
        ("More than 20,000 inhabitants, nearly half the town's population, have fled to Goma.",
         ["More than 20,000"]),
        # preparing, scenarios and aid said elsewhere in the sentence
        ("As Goma prepares for a rebel offensive, more than 12,000 people have fled to the "
         "city.", ["more than 12,000"]),
        ("In what aid workers called a worst-case scenario, 12,000 people crossed into Chad.",
         ["12,000"]),
        ("Les ONG se mobilisent pour aider Goma, où 12 000 personnes ont fui depuis lundi.",
         ["12 000"]),
        # the displaced part of people affected, named by its noun
        ("Floods affected 268,000 people, including 92,000 displaced.", ["92,000"]),
        ("Les inondations ont touché 268 000 personnes, dont 92 000 déplacés.", ["92 000"]),
        # verbs of being driven out
        ("In Masisi, some 4,500 households abandoned their villages last week.", ["some 4,500"]),
        ("Fighting drives tens of thousands toward Goma", ["tens of thousands"]),
        ("Les violences continuent de jeter des milliers de personnes sur les routes.",
         ["des milliers"]),
    ],
)
def test_figures_next_to_words_of_populations_and_aid(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_people_sheltered_are_a_stock():
    assert only("Plus de 2 000 personnes sont hébergées dans des écoles.")["measure"] == "stock"


def test_key_figure_rows_of_people_in_need_targeted_or_assisted_are_not_figures():
    text = (
        "KEY FIGURES\nInternally displaced people: 511,803\nPeople in need: 3.2 million\n"
        "People targeted for food assistance: 2.1 million\nPopulation totale : 6,1 millions\n"
        "Enfants malnutris pris en charge : 9 870"
    )
    assert [r["number_text"] for r in figures_of(text)] == ["511,803"]


@pytest.mark.parametrize(
    "text",
    [
        "IDPs by province:\nNorth Kivu: 2,800,000\nSouth Kivu: 1,600,000",
        "IDPs BY PROVINCE\nNorth Kivu: 2,800,000\nSouth Kivu: 1,600,000",
        "PDI PAR PRÉFECTURE\nOuham : 2 800 000\nHaute-Kotto : 1 600 000",
        "Arrivals by site:\n- Gatumba: 2,800,000\n- Kansega: 1,600,000",
    ],
)
def test_rows_under_a_heading_naming_displaced_people_count_them(text):
    assert [r["value"] for r in figures_of(text)] == [2_800_000, 1_600_000]


def test_rows_under_a_heading_keep_their_own_negatives():
    assert [r["number_text"] for r in figures_of("Key figures:\nDeaths: 2,000\nIDPs: 50,000")] == [
        "50,000"
    ]


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Hundreds of families have taken refuge in schools in Goma.", "Hundreds", "stock"),
        ("Parmi elles, 4 200 personnes ont été relogées dans 22 sites à Goma.", "4 200", "flow"),
        ("Some 3.7 million people remain internally displaced.", "Some 3.7 million", "stock"),
    ],
)
def test_taking_refuge_being_rehoused_or_remaining_displaced(text, number, measure):
    row = only(text)
    assert (row["number_text"], row["measure"]) == (number, measure)


def test_a_figure_for_the_whole_country_is_located_in_it():
    text = (
        "À Ménaka, la ville accueille 33 000 déplacés.\n\n"
        "À l'échelle du pays, le gouvernement recense 375 000 déplacés internes."
    )
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == [
        ("33 000", "Ménaka"), ("375 000", "Mali")
    ]


def test_millimetres_of_rain_are_not_people():
    assert figures_of("Some 400 mm of rain fell on Derna, forcing residents to flee.") == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a heading about something else of displaced people does not make its rows people
        ("Schools occupied by IDPs:\nNorth Kivu: 145\nSouth Kivu: 62", []),
        ("Host communities around IDP sites:\nGoma: 700,000\nMinova: 45,000", []),
        # a later heading starts another list
        ("IDPs by province:\nNorth Kivu: 2,800,000\nSouth Kivu: 1,600,000\n"
         "Cholera cases by province:\nNorth Kivu: 12,000\nSouth Kivu: 3,400",
         ["2,800,000", "1,600,000"]),
        ("PDI PAR PRÉFECTURE\nOuham : 98 000\nOuham-Pendé : 67 000\nÉDUCATION\n"
         "Enfants scolarisés : 45 000\nEnseignants : 1 200", ["98 000", "67 000"]),
        # a label naming displaced people, or a movement, beside "population"
        ("KEY FIGURES\nIDP population: 2,300,000", ["2,300,000"]),
        ("KEY FIGURES\nPopulation réfugiée : 120 000", ["120 000"]),
        ("KEY FIGURES\nPopulation relogée : 3 200", ["3 200"]),
        # a displaced population grown to a number is a figure, a town's is not
        ("The IDP population has reached 7.1 million across Sudan, according to IOM.",
         ["7.1 million"]),
        ("La population déplacée a atteint 1,2 million de personnes au Burkina Faso.",
         ["1,2 million"]),
        # armed men taking refuge are not displaced people
        ("Security sources said 250 gunmen had sought refuge in the hills above Kalehe.", []),
        ("Environ 300 assaillants ont trouvé refuge dans les collines de Kalehe.", []),
    ],
)
def test_headings_labels_and_refuge_when_a_rule_could_read_too_much(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_percentage_after_soit_is_no_restatement_and_does_not_widen_the_figure():
    row = only("Au Nord-Kivu, on compte 2,8 millions de PDI, soit 40 % du total à l'échelle "
               "du pays.")
    assert row["location"] == "Nord-Kivu"


def test_figures_going_on_from_internal_displacement_stay_internal_in_a_two_country_report():
    # The report also speaks of refugees from another country: a later figure that says
    # nothing of who its people are goes on from the internally displaced ones before it.
    rows = figures_of(
        "Des combats dans le Logone-et-Chari ont forcé 15 000 personnes à quitter leurs "
        "villages. Près de 6 000 d'entre elles sont arrivées à Kousséri, tandis que 3 000 ont "
        "trouvé refuge à Maroua.\n\n"
        "À Maroua, 2 000 personnes sont hébergées dans des écoles.\n\n"
        "Le Cameroun accueille aussi 120 000 réfugiés nigérians qui ont fui le Nigeria."
    )
    got = {r["number_text"]: (r["category"], r["location"]) for r in rows}
    assert got["3 000"] == ("displaced", "Maroua")
    assert got["2 000"] == ("displaced", "Maroua")
    assert got["120 000"][0] == "refugees"


@pytest.mark.parametrize("text", [
    # the figure before is in a place the gazetteer lacks (only taken to be in Chad)
    "Chad: Sudanese refugee influx\n\nFighting displaced 20,000 people in Misterei. This week, "
    "6,000 people arrived in Adré.",
    # ... or in another paragraph and province of the host country
    "Chad: Sudanese refugees\n\nIn Chad's Lac province, floods displaced 5,000 people "
    "internally in Bol.\n\nThis week 2,500 people arrived in Adré.",
])
def test_arrivals_after_displacement_elsewhere_are_still_refugees(text):
    assert figures_of(text)[-1]["category"] == "refugees"


@pytest.mark.parametrize("text, number, unit, measure", [
    # a sentence restating the figure before it in other units
    # (people in camps are a stock, and so is their restatement)
    ("As of this morning we have 14,600 displaced people in 41 camps in Chikwawa. That is "
     "about 3,100 households.", "about 3,100", "households", "stock"),
    ("Quelque 9 000 personnes ont fui vers Kaya. Soit environ 1 500 ménages.", "environ 1 500",
     "households", "flow"),
    # people on the move sleeping where they wait
    ("Thousands crossed at Pacaraima, and another 1,100 sleep at the transit area there.",
     "1,100", "people", "stock"),
    # a place that shelters a number of people
    ("The zone designated in al-Mawasi now shelters an estimated 450,000 people.",
     "an estimated 450,000", "people", "stock"),
])
def test_restatements_sleepers_and_shelters(text, number, unit, measure):
    row = {r["number_text"]: r for r in figures_of(text)}[number]
    assert (row["unit"], row["measure"]) == (unit, measure)


@pytest.mark.parametrize("text", [
    "Some 40 patients sleep in the hospital. That is 30 per cent more than last week.",
    "The school shelters about 300 pupils.",
    "That is about 3,100 households.",  # nothing before it to restate
])
def test_restating_sleeping_and_sheltering_words_alone_make_no_figure(text):
    assert figures_of(text) == []


def test_a_part_larger_than_the_number_before_it_is_part_of_the_figure_before():
    rows = figures_of("En avril, 33 290 personnes ont été déplacées dans les six woredas "
                      "suivies, dont plus de 20 000 dans la région Somali.")
    assert [(r["number_text"], r["category"]) for r in rows] == [
        ("33 290", "displaced"), ("plus de 20 000", "displaced")]
    assert rows[1]["location_place_id"] == "ET-SO"  # the region named like the people
    # a part of schools stays no figure
    assert figures_of("Les combats ont fermé 84 écoles, dont 23 occupées par des déplacés.") == []


def test_leaving_villages_needs_no_article():
    row = only("Between January and March, some 1,200 households left drought-hit villages in "
               "Ghor for Herat city.")
    assert (row["category"], row["measure"], row["unit"]) == ("displaced", "flow", "households")
    assert figures_of("The storm left 1200 homes destroyed in Quelimane.") == []


def test_up_from_an_earlier_number_is_the_same_figure_earlier():
    rows = figures_of("Port Sudan now hosts an estimated 310,000 internally displaced people, "
                      "up from roughly 250,000 in January.")
    assert [(r["number_text"], r["category"], r["measure"]) for r in rows] == [
        ("an estimated 310,000", "displaced", "stock"), ("roughly 250,000", "displaced", "stock")]


@pytest.mark.parametrize("second", [
    "That is 400,000 more than in January.",  # a difference, not a restatement
    "That is, 3 million children are out of school.",
    "This is 3,000 people a day.",
    "The floods affected 22 districts, including 120,000 people in Beledweyne.",  # a part of
    # the districts of this sentence, not of the figure of the sentence before
])
def test_no_restatement_or_part_of_the_figure_of_the_sentence_before(second):
    rows = figures_of("Some 8.8 million people have been displaced inside Sudan. " + second)
    assert [r["number_text"] for r in rows] == ["Some 8.8 million"]


# (people sleeping in the streets of a city count: after an earthquake or a flood that is
# what displacement looks like, and the words alone cannot tell it from homelessness)
@pytest.mark.parametrize("text", [
    "Nearly 1,200 commuters sleep at the bus station after the strike.",
    "The hospital in Baidoa shelters about 300 patients and treats some 2,000 children a month.",
])
def test_commuters_at_a_bus_station_and_sheltered_patients_are_no_displacement(text):
    assert figures_of(text) == []


def test_afghanis_are_people_and_al_shabaab_is_no_place():
    row = only("Pakistani authorities deported more than 1,500 Afghanis through Torkham.")
    assert row["category"] == "returned"
    row = only("Some 12,000 people have fled al-Shabaab strongholds in Middle Shabelle.")
    assert "Shabaab" not in row["origin"] + row["location"]


@pytest.mark.parametrize("text, where", [
    ("Iran still hosts some 3.5 million Afghans.", "Iran"),
    ("Le Tchad accueille toujours plus de 600 000 Soudanais.", "Chad"),
])
def test_a_country_that_still_hosts_a_nationality_hosts_refugees(text, where):
    row = only(text)
    assert (row["category"], row["location"]) == ("refugees", where)


def test_of_them_after_a_small_number_is_part_of_the_figure_of_the_sentence_before():
    rows = figures_of("Le cyclone a déplacé 45 000 personnes dans la province de Sofala. Dans les "
                      "4 districts les plus touchés, 30 000 d'entre elles vivent encore dans des "
                      "centres d'accueil.")
    assert [(r["number_text"], r["category"]) for r in rows] == [
        ("45 000", "displaced"), ("30 000", "displaced")]


def test_earthquake_survivors_sleeping_in_parks_and_a_difference_up_on_a_month():
    row = only("Since the earthquake, about 12,000 people have been sleeping in parks and "
               "streets in Antakya.")
    assert (row["category"], row["measure"]) == ("displaced", "stock")
    rows = figures_of("Since April, 42,000 refugees have crossed into Chad. That is 1,500 up on "
                      "March.")
    assert [r["number_text"] for r in rows] == ["42,000"]


def test_an_abbreviated_compass_point_is_no_french_ne():
    text = "Displacement by zone: NW 3,000 IDPs; NE 12,000 IDPs; SW 1,500 IDPs."
    assert [r["number_text"] for r in figures_of(text)] == ["3,000", "12,000", "1,500"]


def test_idps_living_in_an_affected_area_are_a_figure():
    text = "Some 250,000 IDPs living in flood-affected areas of Borno State need shelter."
    assert [r["number_text"] for r in figures_of(text)] == ["Some 250,000"]


def test_a_change_from_a_vague_quantity_to_a_number_counts_the_number():
    text = "Le nombre de réfugiés est passé de dizaines de milliers à plus de 200 000 au Tchad."
    assert [r["number_text"] for r in figures_of(text)] == ["plus de 200 000"]


def test_displaced_people_within_a_population_are_still_a_figure():
    text = "The county commissioner put the county's population at 250,000, including 40,000 IDPs."
    assert [r["number_text"] for r in figures_of(text)] == ["40,000"]


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR is providing assistance for 12,000 IDPs who fled Kidal.",
        "Le PAM a distribué des vivres pour 15 000 personnes déplacées à Kaya.",
    ],
)
def test_aid_for_displaced_people_counts_them(text):
    assert len(figures_of(text)) == 1


def test_refugees_named_by_a_lowercase_french_demonym_come_from_its_country():
    row = only("Au Togo, la région des Savanes accueille environ 40 000 réfugiés burkinabè.")
    assert (row["category"], row["origin"]) == ("refugees", "Burkina Faso")


def test_returnees_are_where_in_their_country_they_went_and_their_nationality_is_no_origin():
    # (a returnee's nationality is the country they came home to, not the one they left)
    text = ("La région de Diffa accueille déjà 128 400 réfugiés nigérians, ainsi que 36 900 "
            "rapatriés nigériens.")
    refugees, returnees = figures_of(text)
    assert (refugees["origin"], refugees["location"]) == ("Nigeria", "Diffa")
    assert (returnees["category"], returnees["location"]) == ("returned", "Diffa")
    assert returnees["origin"] != "Niger"


def test_refugees_from_a_country_hosted_somewhere_are_where_they_are_hosted():
    rows = figures_of("Violence in Burkina Faso continues to push people into northern Togo. "
                      "The region hosts 40,000 refugees from Burkina Faso.")
    assert [(r["origin"], r["location"]) for r in rows] == [("Burkina Faso", "northern Togo")]


@pytest.mark.parametrize("text", [
    "At the camp, 5,600 children were vaccinated against measles.",
    "At the camp, 5,600 children under 15 were vaccinated.",
    "Some 9,870 children aged 6 months to 14 years have been vaccinated at the reception centre.",
    "Au camp, 5 600 enfants de moins de 5 ans ont été vaccinés.",
])
def test_people_who_received_care_at_a_camp_are_no_figure(text):
    assert figures_of(text) == []


def test_care_for_other_people_does_not_hide_a_figure_before_it():
    rows = figures_of("At the camp, 5,600 children fled and 300 adults were vaccinated.")
    assert [r["number_text"] for r in rows] == ["5,600"]


@pytest.mark.parametrize("text", [
    "Selon une enquête menée auprès de 1 840 ménages rapatriés, 38 % ont une maison détruite.",
    "La commission tripartite vise le retour de 30 000 personnes en 2025.",
    "Its hotline received 17,400 calls from refugees last year.",
])
def test_a_survey_sample_a_target_and_calls_are_no_figures(text):
    assert figures_of(text) == []


def test_attacks_aimed_at_civilians_are_no_target():
    row = only("Les attaques qui visent les civils ont forcé 3 000 personnes à fuir.")
    assert row["number_text"] == "3 000"


@pytest.mark.parametrize("text, where", [
    ("Des centaines de personnes auraient même rejoint la province voisine du Maniema.",
     "Maniema"),
    ("About 2,000 people have reached the neighbouring province of Maniema.", "Maniema"),
    ("Des dizaines de familles du village de Togolokaye sont parties s'installer à Tougbo.",
     "Tougbo"),
])
def test_people_who_reached_a_province_or_left_to_settle_elsewhere_moved(text, where):
    assert only(text)["location"] == where


def test_joining_the_ranks_of_a_militia_moves_nobody():
    assert figures_of("Plus de 200 jeunes ont rejoint les rangs des milices.") == []


def test_a_figure_across_most_of_a_countrys_counties_is_the_countrys():
    text = ("Heavy rain hit Nairobi and Garissa.\n\n"
            "- Across 42 of Kenya's 47 counties, an estimated 293,600 people have been displaced "
            "since mid-March.")
    assert only(text)["location"] == "Kenya"


def test_a_list_row_opening_on_a_site_is_that_site_drawn_at_its_town():
    rows = figures_of("Déplacés par site, au 30 septembre :\n"
                      "- Site de Katanika (Kalemie) : 3 450 ménages déplacés")
    kalemie = gazetteer.lookup("Kalemie")
    assert [(r["location"], r["location_place_id"], r["iso3"], r["lat"]) for r in rows] == [
        ("Katanika", "", "COD", kalemie.lat)
    ]
    row = only("En Côte d'Ivoire, les réfugiés burkinabè sont sur deux sites.\n"
               "Site de Niornigué, à Ouangolodougou : 4 380 réfugiés.")
    assert (row["location"], row["iso3"]) == ("Niornigué", "CIV")


def test_the_places_after_a_part_named_in_passing_are_the_wholes():
    rows = figures_of("Inside Ukraine, 3.7 million people remain displaced. Last month, "
                      "authorities evacuated about 1,100 residents, including 260 children, from "
                      "the Ochakiv area of Mykolaiv oblast.")
    assert [(r["number_text"], r["location"]) for r in rows[1:]] == [
        ("about 1,100", "Ochakiv"), ("260", "Ochakiv")
    ]


def test_a_part_with_its_own_verb_keeps_its_places():
    rows = figures_of("Au Tchad, les combats dans la région de Paoua avaient jeté sur les "
                      "routes près de 65 000 personnes, dont des milliers s'étaient réfugiées "
                      "au Cameroun.")
    assert rows[0]["location"] != "Cameroon"


@pytest.mark.parametrize("text, category", [
    ("Dans la province de Makamba, des centaines de familles rapatriées se sont de nouveau "
     "déplacées après les pluies.", "displaced"),
    ("Some 2,000 returnees were displaced again by floods in Bor.", "displaced"),
    ("Some 2,000 returnees who had been displaced in 2023 went home to Bor.", "returned"),
])
def test_returnees_displaced_again_are_displaced(text, category):
    assert only(text)["category"] == category


@pytest.mark.parametrize("second, number, category", [
    ("- Of these, 15,870 have been registered at the Burbiey entry point.", "15,870", "refugees"),
    ("Parmi elles, 5 130 enfants.", "5 130", "refugees"),
])
def test_a_sentence_opening_on_of_these_is_part_of_the_figure_before(second, number, category):
    rows = figures_of("- Since 7 March, an estimated 23,500 people fleeing fighting in South "
                      "Sudan's Upper Nile State have crossed into Ethiopia's Gambella Region.\n"
                      + second)
    assert [(r["number_text"], r["category"]) for r in rows[1:]] == [(number, category)]


def test_people_sleeping_in_the_open_are_refugees_in_a_report_of_refugees():
    rows = figures_of("Some 46,000 Sudanese refugees have arrived in Kufra, Libya, since January. "
                      "About 1,800 families are sleeping in the open on the outskirts of town.")
    assert [r["category"] for r in rows] == ["refugees", "refugees"]
    # ... and displaced people after floods in their own country
    assert only("Some 1,800 families are sleeping in the open after the floods in "
                "Beledweyne.")["category"] == "displaced"


def test_a_towns_inhabitants_before_its_verb_of_hosting_are_its_population():
    rows = figures_of("La ville de Tahoua, qui compte 150 000 habitants, accueille 1 850 "
                      "ménages déplacés.")
    assert [r["number_text"] for r in rows] == ["1 850"]
    # inhabitants whose own words move them still count
    assert only("Les 20 000 habitants de Sake, selon OCHA, ont fui.")["number_text"] == "20 000"


def test_people_crossing_home_in_a_report_of_returnees_are_returnees():
    text = ("Since September, more than 500,000 Afghans have returned to Afghanistan from "
            "Pakistan. At the Torkham border crossing alone, up to 9,000 people a day crossed "
            "into Afghanistan during the peak days.")
    assert [r["category"] for r in figures_of(text)] == ["returned", "returned"]
    # ... not in a report that also names refugees, nor people who fled
    text = ("Some 12,000 Sudanese refugees arrived in Chad in May, and 3,000 Chadian returnees "
            "came back to Chad. Up to 900 people a day crossed into Chad at Adré.")
    assert figures_of(text)[-1]["category"] == "refugees"


# What the review of 2026-11-24 found the first versions of that day's rules got wrong.
@pytest.mark.parametrize("text, number, where", [
    # a town with the unit or site words after it is still the town
    ("More than 3,000 people were displaced in Gwoza Local Government Area.", "3,000", "Gwoza"),
    ("Some 4,000 people were displaced from El Fasher Locality in May.", "4,000", "El Fasher"),
    # casualties counted after the figure do not undo it
    ("Clashes displaced 5,000 people, 45 killed and 200 injured, local officials said.",
     "5,000", None),
    ("Les affrontements ont fait 5 000 déplacés, 12 morts et 30 blessés à Djugu.", "5 000",
     "Djugu"),
    # screened on arrival is counted on arrival
    ("Some 3,200 new arrivals were screened at the Joda border crossing last week.", "3,200",
     None),
    # a target is the number it governs, not any number after it
    ("Le programme, qui vise la prise en charge des sinistrés, a recensé 12 000 nouveaux "
     "déplacés à Kalehe.", "12 000", "Kalehe"),
    # a health centre is no site named "Santé"
    ("Le Centre de Santé de Kiwanja accueille 1 200 déplacés.", "1 200", "Kiwanja"),
    # a river port is the town's
    ("About 2,000 returnees arrived at Renk river port from Kosti last week.", "2,000", "Renk"),
])
def test_review_of_the_24th_figures_that_stay(text, number, where):
    row = only(text)
    assert row["number_text"].endswith(number)
    if where is not None:
        assert row["location"] == where


@pytest.mark.parametrize("text, where", [
    ("In the Far North region, floods displaced 30,000 people in most of the region's "
     "departments.", "Far North"),
    ("Dans la région de Tillabéri, dans 4 des 13 départements de la région, 25 000 personnes "
     "ont été déplacées.", "Tillabéri"),
])
def test_most_of_a_regions_units_are_the_regions_not_the_countrys(text, where):
    assert only(text)["location"] == where


@pytest.mark.parametrize("text", [
    "Le convoi du PAM a rejoint la ville de Kalehe avec des vivres pour 15 000 personnes.",
    "The WFP convoy reached the town of Kalehe with food for 15,000 people.",
])
def test_a_convoy_with_food_for_people_moves_nobody(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, numbers", [
    # disaster victims a site shelters are displaced; victims counted across an area are not
    ("L'école Tumaini, transformée en site d'accueil, abrite 1 730 sinistrés.", ["1 730"]),
    ("On compte 12 000 sinistrés dans la province.", []),
    ("Selon la protection civile, 9 600 ménages sont sinistrés à Kindu.", []),
    # ... also counted by an office named for the population (no word of a population)
    ("Le service de la population recense 2.400 personnes sinistrées dans le Valais central.",
     []),
    # a village's inhabitants before the village's own verb
    ("Aghor : le village compte à peu près 3 000 habitants et accueille 4 600 réfugiés.",
     ["4 600"]),
    # aid workers evacuated, children who left their settlements
    ("La MINUSCA a évacué par hélicoptère 27 travailleurs humanitaires de Sikikédé.", ["27"]),
    ("By 12 August, 640 children had left those settlements with their parents.", ["640"]),
    # a site's plan, a plan of arrivals, families reunited
    ("The newest Daudu site was laid out for 4,000 people.", []),
    ("Le HCR planifie pour 30 000 nouvelles arrivées d'ici décembre.", []),
    ("Some 64 separated children have been reunited with their families.", []),
])
def test_round_13_kinds_of_numbers(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, category, measure", [
    ("Environ 2 000 autres personnes sont logées chez des proches à Kindu.", "displaced", "stock"),
    ("Des dizaines de familles d'éleveurs se sont repliées vers Fassala.", "displaced", "flow"),
])
def test_people_lodged_with_relatives_or_falling_back_moved(text, category, measure):
    row = only(text)
    assert (row["category"], row["measure"]) == (category, measure)


# What the second review of 2026-11-24 found.
@pytest.mark.parametrize("text, number", [
    ("The WFP convoy reached Kalehe with food for 12,000 IDPs who fled Minova.", "12,000"),
    ("A convoy with aid for 40,000 people who fled El Fasher reached Tawila.", "40,000"),
    ("More than 12,000 people were affected and displaced by floods in Beledweyne.",
     "More than 12,000"),
    ("À Uvira, 3 000 ménages sont sinistrés et ont trouvé refuge dans les écoles.", "3 000"),
    ("In Bentiu, 40,000 IDPs were affected by flooding inside the camp.", "40,000"),
    ("On compte 15 000 habitants de Djibo réfugiés à Ouahigouya.", "15 000"),
    ("The camp now has 4,000 inhabitants who fled Gwoza.", "4,000"),
])
def test_second_review_of_the_24th_figures_that_stay(text, number):
    assert only(text)["number_text"].endswith(number)


@pytest.mark.parametrize("text", [
    "Some 40 additional aid workers arrived in Adré this week to support the refugee response.",
    "La région de Tahoua, qui accueille le forum, compte 18 000 sinistrés.",
])
def test_second_review_of_the_24th_numbers_that_are_no_figures(text):
    assert figures_of(text) == []


# Sentences an adversarial review of the rules of 24 November found broken by their first
# versions: each keeps the figures it had before those rules, and only those.
@pytest.mark.parametrize(
    "text, numbers",
    [
        # "to" after a verb of giving that does not govern the count
        ("According to lists distributed to partners, the number of IDPs in Kaya rose to "
         "4,500.", ["4,500"]),
        ("The new figures, provided by the DTM, bring the number of IDPs in Tigray to 1 "
         "million.", ["1 million"]),
        ("Selon les listes distribuées aux ONG, le nombre de ménages déplacés à Kaya s'élève "
         "à 4 500.", ["4 500"]),
        # aid to people whose own words move them, shelter and transport given
        ("UNHCR provided shelter kits to 3,000 families displaced by the fighting in Masisi.",
         ["3,000"]),
        ("Partners provided assistance to some 40,000 people who have sought refuge in "
         "schools in Goma.", ["some 40,000"]),
        ("The church in Minova served as a shelter to 3,000 displaced people.", ["3,000"]),
        ("Host communities in Tillabéri have provided hospitality to nearly 30,000 displaced "
         "persons.", ["nearly 30,000"]),
        ("IOM provided transport to 2,300 returnees travelling from Kosti to Renk.",
         ["2,300"]),
        # comparisons and "more" after numbers of other things
        ("Some 9,000 refugees arrived in Adré this week; the appeal seeks US$ 120 million, "
         "against 90 million last year.", ["Some 9,000"]),
        ("Plus de 5 000 déplacés sont arrivés à Djibo, où le prix du sac de mil atteint "
         "35 000 FCFA, contre 20 000 en janvier.", ["Plus de 5 000"]),
        ("About 9,000 people fled to Minova after 2,500 homes were burned, and 1,200 more "
         "were damaged.", ["About 9,000"]),
        ("About 2,000 people were evacuated from Kherson city; 1,500 more refused to leave.",
         ["About 2,000"]),
        ("The number of IDPs in Bunia sites reached 95,000, some 20,000 more than in "
         "December.", ["95,000"]),
        # a pace of something else; "IDPs" no cue for the population around them
        ("Some 7,000 people fled Sake to Goma on Tuesday; the pace of fighting has forced "
         "hospitals to admit 150 a day.", ["Some 7,000"]),
        ("Of the 2.3 million people in Gaza, 1.9 million are IDPs.", ["1.9 million"]),
        ("Some 600 children moved from primary to secondary school in Kakuma this year.", []),
        # (a second review) a rise of something else, a pace said of something else
        ("Some 18,000 IDPs have arrived in Tawila this month; cholera cases rose to 120 a "
         "day.", ["Some 18,000"]),
        ("Some 20,000 refugees crossed into Adré this week. At this rate, water trucks must "
         "deliver 300 a day.", ["Some 20,000"]),
        ("Some 7,500 people have been evacuated from Pokrovsk since August, against 2 buses "
         "a day in July and 1,200 in June.", ["Some 7,500"]),
        # "to" of another phrase, protection, asylum, shelter or moving given
        ("WFP delivered food to Kanyaruchinya site which is home to 80,000 IDPs.", ["80,000"]),
        ("EU member states have provided temporary protection to 4.3 million refugees from "
         "Ukraine.", ["4.3 million"]),
        ("Le Tchad a fourni l'asile à plus de 600 000 réfugiés soudanais.", ["plus de 600 000"]),
        ("Authorities provided temporary accommodation to 6,000 displaced people in schools "
         "in Kassala.", ["6,000"]),
        ("The State Emergency Service provided evacuation assistance to 3,500 residents of "
         "Kupiansk district.", ["3,500"]),
        # relief given to people whose noun says where they came from or where they stay
        ("Le HCR a distribué des articles ménagers à 4 200 ménages rapatriés du Tchad à "
         "Birao.", ["4 200"]),
        ("UNHCR provided cash to 2,000 returnees from Uganda in Yei.", ["2,000"]),
        ("WFP has provided food to 3,000 IDPs currently sheltering in churches in Minova.",
         ["3,000"]),
        ("Partners distributed relief items to 12,000 refugees hosted in Adré.", ["12,000"]),
        # others who stayed; a difference after a figure, not a count
        ("Some 3,000 people fled Kidal, while 2,000 others stayed behind.", ["Some 3,000"]),
        ("Le nombre de déplacés atteint 45 000, soit 2 000 de plus qu'en janvier.",
         ["45 000"]),
        ("Quelque 5 000 personnes ont fui Minova, mais 1 500 autres sont restées sur place.",
         ["Quelque 5 000"]),
        ("The number of IDPs in Bunia reached 95,000, 3,000 more than the week before.",
         ["95,000"]),
        ("Some 12,000 people fled to Minova, more than the town can hold.", ["Some 12,000"]),
        ("After the attack, 2,000 IDPs stayed behind in the Bulengo camp.", ["2,000"]),
        # (a third review) displaced people confined, others confined beside those moved,
        # "more than" and "stayed behind" said of another subject after a comma
        ("More than 125,000 Rohingya IDPs remain confined to camps in central Rakhine since "
         "2012.", ["More than 125,000"]),
        ("Clashes in Chocó displaced 1,500 people and confined another 4,000 in Bojayá.",
         ["1,500"]),
        ("Over 5,000 people fled Ouallam during the COVID-19 confinement and settled in "
         "Niamey.", ["Over 5,000"]),
        ("The fighting displaced 25,000 people, while others stayed behind.", ["25,000"]),
        ("New arrivals in Chad reached 20,000, more than the total for the whole of 2023.",
         ["20,000"]),
    ],
)
def test_the_rules_of_24_november_keep_what_they_did_not_mean_to_change(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, category", [
    ("In Angoche, some 250 households whose houses were intact left the centres on 13 "
     "March.", "returned"),
    ("In Pebane, 700 people had to be moved again to the district secondary school.",
     "evacuated"),
    ("La Sûreté générale dit avoir vu environ 2 000 Libanais revenir de Syrie par Masnaa.",
     "returned"),
    ("À Mocímboa da Praia, plus de 120 000 habitants sont revenus.", "returned"),
    # a relocation is no evacuation
    ("About 1,200 people were moved to the new site in Kakuma.", "displaced"),
])
def test_the_categories_of_round_16(text, category):
    assert only(text)["category"] == category


def test_income_is_no_return():
    assert figures_of("La perte de revenus touche 3 000 ménages à Goma.") == []


@pytest.mark.parametrize(
    "text, category, measure",
    [
        ("The EC's report notes that 2,300 refugees arrived in Lesbos in January.",
         "refugees", "flow"),
        ("Some 12,000 IDPs live in Kanyaruchinya camp, where WFP distributes hot meals "
         "every day.", "displaced", "stock"),
        ("The camp now hosts 25,000 refugees, a week after the clashes in Tine.",
         "refugees", "stock"),
        ("Peacekeepers escorted a convoy of 1,200 returnees from Juba to Malakal.",
         "returned", "flow"),
        ("The war has forced more than 14 million Sudanese from their homes, within and "
         "across the country's borders.", "displaced", "flow"),
        ("The war has displaced more than 11 million people within Sudan and across its "
         "borders.", "displaced", "flow"),
        # people moved by someone keep their noun's category
        ("UNHCR moved 5,000 refugees from the border to Farchana camp in eastern Chad.",
         "refugees", "flow"),
        # "daily" and "weekly" qualify nouns: no rate
        ("The Daily Star reported that 3,000 families are living in makeshift shelters in "
         "Sylhet.", "displaced", "stock"),
        ("OCHA's daily report says 12,000 IDPs remain in Rubaya site.", "displaced", "stock"),
    ],
)
def test_the_rules_of_24_november_keep_categories_and_measures(text, category, measure):
    row = only(text)
    assert (row["category"], row["measure"]) == (category, measure)


@pytest.mark.parametrize("text, numbers", [
    # a negated verb of moving: nobody moved
    ("Floods hit Beira on Monday. 1,200 people, including 300 children, have not been "
     "evacuated yet, the INGD said.", []),
    ("Au moins 1 500 personnes n'ont pas été évacuées de Kaya.", []),
    ("Fighting near Sake forced 3,000 people from their homes. Another 2,500 were not "
     "displaced but lost their crops.", ["3,000"]),
    ("Some 7,000 people fled Beira, while 2,000 others were not able to leave.",
     ["Some 7,000"]),
    ("Some 7,000 people were not displaced by the floods in Beira.", []),
    # ... but a verb before the negation still moves them, or one after it (a review)
    ("Some 4,000 people who fled Goma have not returned.", ["Some 4,000"]),
    ("About 1,200 residents who had been unable to leave were evacuated by police on "
     "Tuesday.", ["About 1,200"]),
    ("Some 2,500 people, many of whom had never been displaced before, fled to Sake.",
     ["Some 2,500"]),
    ("Plus de 5 000 personnes qui n'avaient pas pu partir ont été évacuées lundi.",
     ["Plus de 5 000"]),
    ("Some 1,200 families not yet relocated from the border are living in Adré.",
     ["Some 1,200"]),
])
def test_a_negated_move_is_no_figure(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, category, measure", [
    # people who have not gone home are still displaced, not returnees
    ("Nearly 4,000 people have not yet returned to their homes in Mutarule.",
     "displaced", "stock"),
    ("Some 3,000 IDPs in Kalehe have not returned home.", "displaced", "stock"),
    ("About 5,000 displaced people have yet to return to Rutshuru.", "displaced", "stock"),
    ("Quelque 2 000 personnes déplacées ne sont pas encore rentrées à Djibo.",
     "displaced", "stock"),
    ("More than 9,000 people never returned to Sake after the fighting.",
     "displaced", "stock"),
    # (a review) with no noun, and going home or back
    ("The fighting displaced 80,000 people in Kalehe. Some 30,000 of them have not yet "
     "returned.", "displaced", "stock"),
    ("Around 800 families unable to go home are staying in schools in Beira.",
     "displaced", "stock"),
    ("In Kalehe, 5,000 people have yet to go back to their homes.", "displaced", "stock"),
])
def test_people_not_yet_home_are_still_displaced(text, category, measure):
    row = figures_of(text)[-1]
    assert (row["category"], row["measure"]) == (category, measure)


def test_a_verb_set_against_the_number_is_not_its_verb():
    rows = figures_of("Some 18,000 people have returned to Bunia since March, while 12,000 "
                      "others remain displaced in sites around the town.")
    assert [(r["number_text"], r["category"]) for r in rows] == [
        ("Some 18,000", "returned"), ("12,000", "displaced")]


@pytest.mark.parametrize("text, number, category, measure", [
    # a row's long label names its source and date; the label's words are its context
    ("Réfugiés venus du Masisi enregistrés au centre de transit de Nkamira (Rwanda) depuis "
     "le 1er novembre : 2 135", "2 135", "refugees", "flow"),
    ("- Registered IDPs in Sumy oblast (Ministry of Social Policy, 1 September): 68 910",
     "68 910", "displaced", "flow"),
    ("Population count at the Malakal PoC site on 10 June: 37,850.", "37,850", "displaced",
     "stock"),
    # a site that "en héberge déjà" more than it can hold
    ("Le site de Kibabi peut accueillir 8 000 personnes ; il en héberge déjà 9 350.", "9 350",
     "displaced", "stock"),
    # people waiting at a crossing point
    ("Around 28,000 are still waiting at the Burbiey entry point.", "Around 28,000",
     "displaced", "stock"),
    # a verb before a date is the verb of the number after it
    ("Selon la Commission, le territoire de Djugu comptait au 31 août environ 623 000 "
     "déplacés.", "environ 623 000", "displaced", "stock"),
    # gone over to the other side of a border
    ("Quelque 300 personnes sont passées de l'autre côté de la frontière, au Tchad.",
     "Quelque 300", "refugees", "flow"),
    # leaving an evacuation zone is an evacuation
    ("About 5,000 people have left the evacuation zone around Kupiansk since the order.",
     "About 5,000", "evacuated", "flow"),
    ("Quelque 3 200 personnes ont été relocalisées hors de la zone d'évacuation.",
     "Quelque 3 200", "evacuated", "flow"),
    # (a review) a long label that names displaced people; an acronym in the plural is no
    # proper name
    ("- Total number of IDPs in the 25 sites managed by CCCM partners in Ituri province (as "
     "of 30 June): 120,000", "120,000", "displaced", "stock"),
])
def test_the_figures_of_round_17(text, number, category, measure):
    row = only(text)
    assert (row["number_text"], row["category"], row["measure"]) == (number, category, measure)


@pytest.mark.parametrize("text, expected", [
    # a pace beside a flow is the same people; the flow has no rate of its own
    ("Volunteers and the police evacuated 2,318 people during the period, about 155 a day, "
     "most of them elderly.",
     [("2,318", "people", "evacuated", ""), ("about 155", "people", "evacuated", "per_day")]),
    # ... the whole's people, not a part's
    ("Some 12,500 people have been evacuated from Pokrovsk, including 1,850 children, about "
     "500 a day.",
     [("Some 12,500", "people", "evacuated", ""), ("1,850", "children", "evacuated", ""),
      ("about 500", "people", "evacuated", "per_day")]),
    # a rate after the verb is every number's of the clause (a review)
    ("An average of 2,000 people, including 800 children, are crossing into Chad every day.",
     [("2,000", "people", "refugees", "per_day"), ("800", "children", "refugees", "per_day")]),
    ("Around 500 families, or 2,500 people, arrive daily in Renk.",
     [("Around 500", "families", "displaced", "per_day"),
      ("2,500", "people", "displaced", "per_day")]),
    # a rate after a list of counts is every count's (a second review)
    ("Almost 700 new arrivals were recorded in Gorom, 300 in Jamjang and 200 in Renk every "
     "week.",
     [("Almost 700", "people", "displaced", "per_week"),
      ("300", "people", "displaced", "per_week"), ("200", "people", "displaced", "per_week")]),
    # ... and "a week earlier" is no rate
    ("Fighting in Zamfara displaced thousands. In Maru town, a camp manager said 1,300 people "
     "were sleeping in and around the local government secretariat, up from about 500 a "
     "week earlier.",
     [("thousands", "people", "displaced", ""), ("1,300", "people", "displaced", ""),
      ("about 500", "people", "displaced", "")]),
])
def test_a_pace_set_beside_a_flow_is_the_same_people(text, expected):
    assert [(r["number_text"], r["unit"], r["category"], r["rate"])
            for r in figures_of(text)] == expected


def test_the_cues_before_a_date_reach_the_number_after_it_but_not_the_places():
    rows = figures_of("In Krasnopillia hromada, crews evacuated 312 people in the week to 30 "
                      "August, bringing the hromada's total since 1 June to 2,960.")
    assert [r["number_text"] for r in rows] == ["312", "2,960"]
    wire = only("PANAMA CITY/BAJO CHIQUITO, Panama, Oct 10 (Isthmus Wire) - More than "
                "405,000 migrants and refugees have crossed the Darien jungle this year.")
    assert wire["location"] != "Panama"


@pytest.mark.parametrize("text, numbers", [
    # telephone numbers are no counts
    ("- Evacuation hotline (toll-free): 0 800 504 112", []),
    ("Families who fled Masisi can call 0812 345 678 or +243 81 234 5678.", []),
    # people still inside the zone others are taken out of stayed
    ("- Residents still in the mandatory evacuation zone (estimate): about 4,000", []),
    ("Environ 4 000 habitants restent dans la zone d’évacuation de Kherson.", []),
    # ... unless they are moved after all
    ("About 3,000 people still in the evacuation zone were moved to Kharkiv on Tuesday.",
     ["About 3,000"]),
    ("Quelque 300 personnes sont passées du côté de Goma.", []),
    # (a review) prose with a colon and labels of need, targets or money are no rows
    ("After the attacks on the villages of Kalehe, Bunyakiri and Minova, local civil "
     "society reported the number of displaced people: 23,000", ["23,000"]),
    ("- People in need of humanitarian assistance in the areas affected by displacement "
     "(HNO 2024, revised): 2,400,000", []),
    ("- Funding received for the displacement response in North Kivu province (FTS, 30 "
     "June 2024), USD million: 245", []),
    # ... a verb before a date does not reach past a comma
    ("Since the influx began in May 2023, 120,000 host community members have received "
     "support.", []),
    # ... people still in an evacuation zone, part of whom were moved
    ("Of the 20,000 residents still in the evacuation zone, 3,000 were evacuated on Monday.",
     ["3,000"]),
    # ... a date before a count, with no word of a telephone
    ("Au 05.06.2024 12 000 personnes étaient déplacées à Kalehe.", ["12 000"]),
    # ... a town that hosts its inhabitants; drivers
    ("Bukavu héberge 1,2 million d'habitants.", []),
    ("Hundreds of trucks were waiting at the border, with 1,200 drivers stranded.", []),
    # ... the other side of a front line, a river; deportees on their own side
    ("Quelque 2 000 personnes ont fui les combats et sont passées de l'autre côté de la "
     "ligne de front.", ["Quelque 2 000"]),
])
def test_what_round_17_does_not_count(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers



@pytest.mark.parametrize("text, categories", [
    # a crossing that ends in a town of the people's own country crossed no border
    ("Les combats se poursuivent dans le territoire de Masisi. Des milliers de Congolais ont "
     "fui vers le Rwanda depuis octobre. Selon les autorités locales, entre 2 000 et 2 500 "
     "personnes auraient traversé le lac Kivu vers l'île d'Idjwi (Sud-Kivu).",
     ["refugees", "displaced"]),
    # ... also from a village the gazetteer lacks, in a report naming no other country; and
    # such a crossing makes that country no host of refugees for the report's other figures
    ("KENYA: Tana River County - clashes near Garsen\n\nAn estimated 4,000 people fled "
     "Kipao and surrounding villages after the attack.\n\nA smaller group crossed the Tana "
     "river into Lamu County, where officials say 1,200 people from Kipao have arrived since "
     "3 May.\n\nThe county has registered 3,100 new arrivals, or 540 households, at the Ozi "
     "camps since 2 May.", ["fled", "displaced", "displaced", "displaced"]),
    # ... one that ends in another country's town did
    ("Thousands of Congolese have fled into Burundi since January. Some 3,000 people crossed "
     "the Rusizi river into Rugombo on Monday.", ["refugees", "refugees"]),
    ("Some 9,000 Sudanese refugees have arrived in Chad since May. Another 2,000 people "
     "crossed into Adré on Tuesday.", ["refugees", "refugees"]),
])
def test_a_crossing_into_one_s_own_country_is_no_border(text, categories):
    assert [r["category"] for r in figures_of(text)] == categories


@pytest.mark.parametrize("text, expected", [
    # the clause's own verb, past a long relative clause of what the people had been
    ("Nearly 12,000 people who had been evacuated earlier in the season have returned to "
     "their villages over the past week.", ("returned", "flow")),
    ("Around 600 people who had sheltered in Sittwe since the autumn went back to their "
     "villages last week.", ("returned", "flow")),
    ("Some 2,000 refugees who had been living in Balochistan had crossed back home through "
     "Spin Boldak.", ("returned", "flow")),
    ("Quelque 4 000 personnes qui avaient trouvé refuge à Goma depuis janvier dernier sont "
     "rentrées chez elles à Rutshuru.", ("returned", "flow")),
    ("Some 3,000 people who had returned to Kitchanga in the spring have been evacuated "
     "again.", ("evacuated", "flow")),
    # ... and not when that verb is denied
    ("Nearly 12,000 people who had been evacuated earlier in the season have not yet "
     "returned.", ("evacuated", "flow")),
    # ... nor only waited or hoped for (a review)
    ("Nearly 2,000 people who had been evacuated in March are still waiting to return to "
     "their homes.", ("evacuated", "flow")),
    ("Some 3,000 people who had been evacuated from Derna hope to return next week.",
     ("evacuated", "flow")),
])
def test_a_relative_clause_says_what_people_had_been(text, expected):
    assert [(r["category"], r["measure"]) for r in figures_of(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a part that has not gone home keeps its whole's noun (a second review)
    ("Of the 2,400 households displaced by the floods, 1,100 have yet to return.",
     [("2,400", "households", "displaced", "flow"),
      ("1,100", "households", "displaced", "stock")]),
    ("Some 8,000 families fled Kitchanga in March; 5,000 of them have not yet returned.",
     [("Some 8,000", "families", "fled", "flow"), ("5,000", "families", "displaced", "stock")]),
    # ... and a part of things that have not returned is no figure
    ("Of the 45 trucks sent to Adré last week, 12 have not returned.", []),
    ("Of the 12 health centres closed in Masisi, 9 have not reopened and 3 have not returned "
     "to full service.", []),
])
def test_a_part_not_yet_home(text, expected):
    assert [(r["number_text"], r["unit"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, numbers", [
    # (a second review) a phrase of time opening the sentence keeps its words to itself
    ("Since the refugee influx of April 2023 a bag of sorghum costs 45,000 SDG in Adré.", []),
    # ... a date is no telephone number, whatever word of calling stands before it
    ("Following the evacuation call of 05.08.2024 12 000 residents left Pokrovsk.",
     ["12 000"]),
    # ... a town hosting people from elsewhere hosts displaced people
    ("Bunia accueille 15 000 habitants des villages voisins depuis les attaques.", ["15 000"]),
    # ... people moved from an evacuation zone, or in the Philippines' evacuation areas
    ("Some 3,500 people were bused from the evacuation zone to Pavlohrad.", ["Some 3,500"]),
    ("Some 5,000 families are staying in evacuation areas in Albay province.", ["Some 5,000"]),
    # ... long labels of aid, schooling or deaths are no rows
    ("- Refugee households who received cash assistance in Gambella region during the month "
     "(WFP): 12,500", []),
    ("- IDPs killed in the attack on the Zamzam camp on 11 April according to local sources: "
     "400", []),
    # ... numbers in words joined by "and" outside a range are not one
    ("Zones one and two of the camp host 20,000 refugees.", ["20,000"]),
])
def test_what_the_second_review_of_round_17_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_long_label_gives_its_words_not_its_noun():
    row = only("- Displaced persons who returned to their villages of origin in Djugu "
               "territory in March: 23,000")
    assert row["category"] == "returned"


@pytest.mark.parametrize("text, expected", [
    # (a third review) a later count with its own verb is a pace of its own, when the first
    # had a verb too; a shared verb's rate is every count's
    ("Since January, 45,000 people have crossed into Chad, and 1,500 continue to arrive daily.",
     [("45,000", ""), ("1,500", "per_day")]),
    ("Around 400 Sudanese and 150 South Sudanese cross into Renk daily.",
     [("Around 400", "per_day"), ("150", "per_day")]),
])
def test_the_rate_of_each_count(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, numbers", [
    # (a third review) people who remain in the evacuation area stayed
    ("Some 4,000 residents remain in the evacuation area around Kupiansk.", []),
    ("About 4,000 people are staying in the evacuation zone despite the order.", []),
    ("The evacuation area covers 14 villages with 25,000 residents.", []),
    # ... a town's population, whatever words follow its inhabitants
    ("Kharkiv hosts 1.3 million inhabitants of whom 150,000 are IDPs.", ["150,000"]),
    ("Goma héberge plus d'un million d'habitants de diverses origines.", []),
    # ... a small part of a whole that has not gone home
    ("Of the 20 families displaced by the landslide, 8 have not returned.", ["20", "8"]),
    # ... counts in words joined by "and", without "between" (paired with places one by one,
    # two counts: a fifth review)
    ("Some two and three thousand families remain displaced in Masisi and Rutshuru "
     "respectively.", ["Some two", "three thousand"]),
    ("Some three and four thousand returnees arrived in Kajo-Keji.",
     ["three and four thousand"]),
])
def test_what_the_third_review_of_round_17_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, category", [
    # a long label names its people, and what happened to them
    ("- Evacuees accommodated in collective centres in Dnipropetrovsk oblast (regional "
     "administration): 12,000", "evacuated"),
    ("- Displaced persons who returned to their villages of origin in Djugu territory in "
     "March: 23,000", "returned"),
])
def test_the_category_a_long_label_gives(text, category):
    assert only(text)["category"] == category


@pytest.mark.parametrize("text, expected", [
    # (a fourth review) two moves going on share their rate; a move done, or people living
    # somewhere, before a later pace keep none
    ("Around 1,000 people are arriving in Adré and 500 are arriving in Farchana every day.",
     [("Around 1,000", "per_day"), ("500", "per_day")]),
    ("Some 30,000 people have fled to Minova, and 500 more arrive daily.",
     [("Some 30,000", ""), ("500", "per_day")]),
    ("Some 5,000 IDPs live in Kigonze, where 200 new families arrive every week.",
     [("Some 5,000", ""), ("200", "per_week")]),
])
def test_the_rate_of_each_count_after_a_fourth_review(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, location, category", [
    # (a fourth review) a part named in a few words leaves the whole its verb and places
    ("Nearly 4,000 people, 1,500 of whom were children, were evacuated from Vovchansk to "
     "Kharkiv.", "Kharkiv", "evacuated"),
    ("Some 3,000 people, 1,000 of them from Masisi, arrived in Goma last week.", "Goma",
     "displaced"),
])
def test_the_whole_before_a_part_named_in_a_few_words(text, location, category):
    row = figures_of(text)[0]
    assert (row["location"], row["category"]) == (location, category)


@pytest.mark.parametrize("text, numbers", [
    # (a fourth review) inhabitants of another place, or who fled, are hosted displaced people
    ("Goma hosts 20,000 inhabitants of Sake who fled the fighting.", ["20,000"]),
    ("L'école de Kiwanja héberge 450 habitants du village de Ngwenda.", ["450"]),
    # ... a town's own, with nothing after them but a time, are its population
    ("Goma hébergeait 600 000 habitants avant la guerre.", []),
])
def test_hosted_inhabitants(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, origin", [
    ("About 600 people left Kitchanga on Monday.", "Kitchanga"),
    ("Dozens of families left Rodynske on foot after the last bridge was destroyed.",
     "Rodynske"),
])
def test_people_who_left_a_named_place_for_nowhere_said_fled_it(text, origin):
    row = only(text)
    assert (row["category"], row["measure"], row["origin"]) == ("fled", "flow", origin)


@pytest.mark.parametrize("text", [
    "The minister left Kinshasa on Monday with 30 advisers.",
    "The 12 delegates left Goma after the talks.",
])
def test_someone_leaving_a_place_moves_no_one(text):
    assert figures_of(text) == []


def test_people_who_left_a_place_and_are_now_elsewhere_are_counted_where_they_are():
    row = only("Some 450 families who left Minembwe in May are now in Fizi.")
    assert (row["category"], row["measure"], row["location"]) == ("displaced", "stock", "Fizi")


@pytest.mark.parametrize("text, whole, part", [
    ("Some 3,000 people, 1,000 of them from Masisi, arrived in Goma last week.",
     ("", "Goma"), ("Masisi", "Goma")),
    ("Plus de 4 000 personnes, dont 1 500 venues de Fizi, sont arrivées à Uvira.",
     ("", "Uvira"), ("Fizi", "Uvira")),
])
def test_the_place_of_a_part_named_in_passing_is_the_parts_own(text, whole, part):
    rows = figures_of(text)
    assert [(r["origin"], r["destination"]) for r in rows] == [whole, part]


@pytest.mark.parametrize("text, expected", [
    # a clause of something else's doing has its own pace, not the people's
    ("About 2,500 people were evacuated from Pokrovsk on Tuesday, as shelling hit the town "
     "almost every day.", [("About 2,500", "")]),
    ("About 4,000 people arrived in Adré, where 800 new arrivals are registered every week.",
     [("About 4,000", ""), ("800", "per_week")]),
    # ... but words going on about the same people or count keep it
    ("Some 3,000 people cross the border, as many as 400 a day.",
     [("Some 3,000", ""), ("as many as 400", "per_day")]),
    ("Environ 300 personnes arrivent à Uvira, où elles sont enregistrées chaque jour.",
     [("Environ 300", "per_day")]),
    ("Around 1,000 people are fleeing the area every day, as fighting intensifies.",
     [("Around 1,000", "per_day")]),
])
def test_the_pace_of_another_clause_is_not_the_peoples(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, number, category, measure", [
    ("Au port de Rumonge, quelque 1 300 personnes ont débarqué de pirogues depuis dimanche.",
     "quelque 1 300", "displaced", "flow"),
    ("Une centaine de familles dorment sur le port.", "Une centaine", "displaced", "stock"),
    ('"We bring out 30 to 40 people a day, almost all of them elderly," said a volunteer.',
     "30 to 40", "evacuated", "flow"),
])
def test_landing_from_boats_waiting_at_a_port_and_being_brought_out(
    text, number, category, measure
):
    row = only(text)
    assert (row["number_text"], row["category"], row["measure"]) == (number, category, measure)


@pytest.mark.parametrize("text", [
    "Le ministre a été débarqué du gouvernement avec 3 conseillers.",
    "The port handles 300 ships a year and employs 1,200 dockers.",
    "The company brought out 3 new models.",
])
def test_ports_and_bringing_out_move_nobody_by_themselves(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, second", [
    # the places said before "while / tandis que" are the first count's
    ("About 18,000 people have returned to Bukavu, while 12,000 others remain displaced in "
     "Kabare.", ("", "Kabare")),
    ("Some 600 people arrive in Renk each day, while 200 leave for Malakal.",
     ("Malakal", "Malakal")),
    ("Quelque 5 000 personnes sont arrivées à Goma, tandis que 2 000 autres ont gagné Bukavu.",
     ("Bukavu", "Bukavu")),
])
def test_a_count_after_a_contrast_does_not_take_the_first_counts_places(text, second):
    rows = figures_of(text)
    assert len(rows) == 2
    assert (rows[1]["destination"], rows[1]["location"]) == second


@pytest.mark.parametrize("text, numbers", [
    # (a fifth review) a town hosts its own inhabitants, whatever words follow them
    ("Bukavu héberge 1,2 million d'habitants selon les autorités provinciales.", []),
    ("Goma accueille 2 millions d'habitants et 700 000 déplacés.", ["700 000"]),
    ("Kharkiv hosts around 1.3 million inhabitants according to local authorities.", []),
    ("Kaya accueille près de 400 000 habitants contre 120 000 avant la crise.", []),
    # ... but inhabitants of another place, or moved by their own words, are displaced
    ("Ouahigouya accueille 80 000 habitants des provinces du Soum et du Loroum.", ["80 000"]),
    ("Bunia accueille 15 000 habitants des villages voisins.", ["15 000"]),
    ("Kiwanja héberge 450 habitants venus de Ngwenda.", ["450"]),
    # ... and so are the inhabitants a shelter hosts
    ("The school hosts 600 inhabitants whose homes were flooded.", ["600"]),
])
def test_the_inhabitants_a_place_hosts(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, expected", [
    # (a fifth review) a move done in the past keeps no later pace, whatever its verb
    ("Some 20,000 people fled to Chad in May and about 500 arrive every day.",
     [("Some 20,000", ""), ("about 500", "per_day")]),
    ("Plus de 30 000 personnes sont arrivées à Goma depuis lundi et 2 000 arrivent chaque "
     "jour.", [("Plus de 30 000", ""), ("2 000", "per_day")]),
    ("Over 3,000 Haitians were deported from the Dominican Republic this week and about 500 "
     "are deported each day.", [("Over 3,000", ""), ("about 500", "per_day")]),
    # ... while one verb said of two counts, or said again, gives both its pace
    ("Some 1,500 refugees and 500 returnees continue to arrive in Renk every day.",
     [("Some 1,500", "per_day"), ("500", "per_day")]),
    ("About 1,200 people flee Pokrovsk and 800 flee Myrnohrad every day.",
     [("About 1,200", "per_day"), ("800", "per_day")]),
    # ... and an aside between dashes does not cut the count from its verb
    ("Some 1,500 refugees – most of them women and children – arrive in Adré every day.",
     [("Some 1,500", "per_day")]),
])
def test_the_rate_of_each_count_after_a_fifth_review(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, number, category, rate", [
    # an aside that is a remark about the figure neither splits its clause ...
    ("The number of refugees in Chad – already the highest in its history – reached 600,000.",
     "600,000", "refugees", ""),
    # ... nor lends it its words (a record week is no pace)
    ("About 11,000 people – a record for a single week – were evacuated from Kharkiv.",
     "About 11,000", "evacuated", ""),
    ("Le nombre de déplacés à Bunia — du jamais vu depuis des années — atteint 40 000.",
     "40 000", "displaced", ""),
])
def test_an_idle_aside_between_dashes_is_read_through(text, number, category, rate):
    row = only(text)
    assert (row["number_text"], row["category"], row["rate"]) == (number, category, rate)


def test_an_aside_naming_where_people_came_from_is_part_of_the_clause():
    row = only("Around 500 families – from Djugu territory – reached Bunia on Monday.")
    assert (row["origin"], row["destination"]) == ("Djugu", "Bunia")


@pytest.mark.parametrize("text, expected", [
    # an aside that speaks of moving may be about other people: it stands apart
    ("Local officials – who themselves fled the town last week – say 3,000 people remain in "
     "Kadugli.", [("3,000", "displaced")]),
    # ... as does one that holds a count of its own, in digits or in words
    ("Plus de 1 500 ménages – soit près de neuf mille personnes – sont arrivés à Niono.",
     [("Plus de 1 500", "displaced"), ("près de neuf mille", "displaced")]),
])
def test_an_aside_about_moving_or_with_a_count_stands_apart(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # every part of a list of places is a part of the whole, not only the first
    ("Some 4,000 people have been displaced, including 1,500 in Fizi, 2,000 in Uvira and 500 "
     "in Baraka.", [("1,500", "Fizi"), ("2,000", "Uvira"), ("500", "Baraka")]),
    ("Quelque 4 000 personnes ont été déplacées, dont 1 500 à Fizi, 2 000 à Uvira et 500 à "
     "Baraka.", [("1 500", "Fizi"), ("2 000", "Uvira"), ("500", "Baraka")]),
    ("Some 4,000 people have been displaced: 1,500 in Fizi, 2,000 in Uvira and 500 in Baraka.",
     [("1,500", "Fizi"), ("2,000", "Uvira"), ("500", "Baraka")]),
    ("Of the 9,000 new arrivals, 4,000 are in Bunia, 3,000 in Komanda and 2,000 in Mambasa.",
     [("4,000", "Bunia"), ("3,000", "Komanda"), ("2,000", "Mambasa")]),
    # (not the dead named after a part)
    ("Quelque 4 000 personnes ont fui, dont 1 500 à Fizi, 2 000 ont été tuées selon des "
     "sources locales.", [("1 500", "Fizi")]),
])
def test_each_part_of_a_list_of_places(text, expected):
    rows = figures_of(text)[1:]
    assert [(r["number_text"], r["location"]) for r in rows] == expected
    assert {r["category"] for r in rows} == {figures_of(text)[0]["category"]}


@pytest.mark.parametrize("text, measure", [
    # being displaced now is a state
    ("UNHCR estimates that 3.5 million people are internally displaced across Myanmar.",
     "stock"),
    ("About 11 million people are currently displaced inside Sudan.", "stock"),
    ("Quelque 73 000 personnes sont déplacées à l'intérieur du pays.", "stock"),
    # ... being displaced by something, or every day, is a move
    ("Every year, some 40,000 people are displaced by floods in Beledweyne.", "flow"),
    ("About 2,000 people are displaced every day in Gedo.", "flow"),
    ("Des milliers d'habitants de Malam Fatori se sont déplacés vers Damasak.", "flow"),
])
def test_people_who_are_displaced_are_a_stock(text, measure):
    assert only(text)["measure"] == measure


def test_the_state_of_the_count_before_does_not_measure_the_next_one():
    rows = figures_of("Across Sudan, close to 10 million people are internally displaced, and "
                      "more than 4 million others have fled to neighbouring countries.")
    assert [r["measure"] for r in rows] == ["stock", "flow"]
    rows = figures_of("Around 28,000 are still waiting at the Burbiey entry point and 13,300 "
                      "have been relocated to Nguenyyiel camp.")
    assert [r["measure"] for r in rows] == ["stock", "flow"]


@pytest.mark.parametrize("text, periods", [
    # "since" and a date ends with the date, not 30 characters later
    ("Since January the region has registered 61,400 IDPs.", ["Since January"]),
    ("Over 4,000 households returned to Uvira since mid-March after the front line moved.",
     ["since mid-March"]),
    ("Les arrivées au Niger depuis la mi-mars s'élèvent à 28 100.", ["depuis la mi-mars"]),
    # ... which no longer runs into the number and is lost
    ("Total arrivals since 1 January 2025: 68,412 individuals", ["since 1 January 2025"]),
    ("Over the past week, 14,200 people fled Mecula, bringing the total displaced since "
     "October to 38,000.", ["Over the past week", "since October"]),
    # "depuis" and a place is where people came from, not a time; a feast is a time
    ("Quelque 2 000 personnes ont été évacuées depuis Kalehe vers Bukavu.", [""]),
    ("Depuis Noël, 3 000 personnes ont fui Minova.", ["Depuis Noël"]),
    ("Depuis la Toussaint, 3 000 personnes ont fui Minova.", ["Depuis la Toussaint"]),
    ("Quelque 1 540 ménages sont retournés dans leur localité depuis le Round 6.",
     ["depuis le Round 6"]),
    # a season is a time and no more; an event named after one is an event
    ("Around 600 people who had sheltered in Sittwe since the autumn went back to their "
     "villages last week.", ["since the autumn"]),
    ("Quelque 4 000 personnes réfugiées à Goma depuis l'hiver dernier sont rentrées.",
     ["depuis l'hiver dernier"]),
    ("Some 5,000 people have fled Minova since the fall of Bukavu.", ["since the fall of Bukavu"]),
    # (a review) nor one named after a season or its day, or its start
    ("Around 2,000 people have been displaced since the winter storms began.",
     ["since the winter storms began"]),
    ("Some 4,000 people have fled Bunia since the weekend's clashes.",
     ["since the weekend's clashes"]),
    ("Nearly 10,000 people have fled Kalehe since the summer fighting.",
     ["since the summer fighting"]),
    ("Some 3,000 households have left the area since the harvest failed.",
     ["since the harvest failed"]),
    # a French day needs no preposition; "the last two weeks" in French
    ("La commune de Lostallo a fait évacuer 210 personnes ; 95 ont pu rentrer samedi.",
     ["", "samedi"]),
    ("Mardi soir, 410 personnes étaient encore dans les centres de refuge de Port-Louis.",
     ["Mardi soir"]),
    ("Quelque 3 500 Burkinabè ont franchi la frontière au cours des deux dernières semaines.",
     ["au cours des deux dernières semaines"]),
    # (a review) a feast named after a day is not that day
    ("Depuis le Mardi gras, 600 personnes ont été évacuées de Bassin-Bleu.", [""]),
    # ... nor the day a source spoke or a report came out, but the day people moved
    ("Jeudi, le PAM a indiqué que 2 000 ménages avaient fui Kalehe.", [""]),
    ("Selon une note publiée lundi, la commune compte 4 500 personnes déplacées.", [""]),
    ("Environ 900 personnes ont fui Djibo depuis janvier, a précisé vendredi le HCR.",
     ["depuis janvier"]),
    ("Quelque 300 habitants ont été évacués samedi, a indiqué la préfecture.", ["samedi"]),
    # a count is not a day of the month, nor a year one
    ("Since March 15,000 people have fled Djugu.", ["Since March"]),
    ("Since March 15, 2,000 people have fled Djugu.", ["Since March 15"]),
    ("In November 2023 the river displaced some 250,000 people in Beledweyne.",
     ["In November 2023"]),
    # a month is a whole word: not the start of a place's name
    ("In Mayom some 260 families have fled to Bentiu.", [""]),
    ("Au Marsabit, 300 familles ont fui vers Moyale.", [""]),
    # a route is no time ("from Kupiansk to Kharkiv"), a span of dates is
    ("About 1,800 people were evacuated from Kupiansk to Kharkiv.", [""]),
    ("About 1,800 people were evacuated between 3 May and 9 May.", ["between 3 May and 9 May"]),
    # the time said after a count set against this one is that count's
    ("The Kordofan states now host an estimated 480,000 IDPs, up from 310,000 in March.",
     ["", "in March"]),
    ("La région compte désormais 61 400 déplacés, contre 48 900 en juin 2024.",
     ["", "en juin 2024"]),
])
def test_the_period_of_each_figure(text, periods):
    assert [r["period"] for r in figures_of(text)] == periods


@pytest.mark.parametrize("text, numbers", [
    # the words of round 20: no figure, or only the one that is
    ("Des centaines de familles ont fui après l'enlèvement de 15 villageois le 9 mars.",
     ["Des centaines"]),
    ("At the border, 2,400 returnees treated for dehydration were referred to Herat.", []),
    ("The town now counts more than 300 IDP sites and 40 collective centres.", []),
    ("In the first two days there were thousands of cars queuing at the border crossing.", []),
    ("Some 1,500 people walked to the polling stations on Sunday.", []),
])
def test_no_figure_in_the_words_of_round_20(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, number, category, measure", [
    # the words of round 20: figures
    ("« Nous avons reçu plus de 400 familles en deux jours », a dit le maire.",
     "plus de 400", "", "flow"),
    ("Most moved south towards El Obeid, while some 3,000 people went west to Kosti.",
     "some 3,000", "", "flow"),
    ("About 150 families walked to the villages near Kadugli after the shelling.",
     "About 150", "", "flow"),
    ("An estimated 20,000 Rohingya had gathered on the riverbank near Maungdaw.",
     "An estimated 20,000", "", "stock"),
    ("Some 65,000 people are stranded on the Myanmar side, waiting for a chance to cross.",
     "Some 65,000", "", "stock"),
    ("The river burst its banks, forcing nearly 9,500 households to move to higher ground.",
     "nearly 9,500", "displaced", "flow"),
    ("Les pluies ont contraint 2 000 familles à quitter leurs maisons.", "2 000", "displaced",
     "flow"),
    ("- Returns from Iran continued, an average of about 2,000 people a day.",
     "about 2,000", "returned", "flow"),
])
def test_the_words_of_round_20(text, number, category, measure):
    row = only(text)
    assert row["number_text"] == number
    assert row["measure"] == measure
    if category:
        assert row["category"] == category


@pytest.mark.parametrize("text, numbers", [
    # a count with no noun of its own, set against or added to the one before
    ("Some 2,000 families crossed at Torkham this week, compared with 1,500 the week before.",
     ["Some 2,000", "1,500"]),
    ("UNHCR puts the refugee population in the camps at around 900,000, with another 30,000 "
     "in Kakuma.", ["around 900,000", "30,000"]),
])
def test_a_count_compared_or_added_to_the_figure_before(text, numbers):
    rows = figures_of(text)
    assert [r["number_text"] for r in rows] == numbers
    assert rows[1]["unit"] == rows[0]["unit"] and rows[1]["category"] == rows[0]["category"]


def test_people_who_keep_arriving_after_a_contrast_arrive_where_the_first_did():
    rows = figures_of("Some 30,000 people fled to Minova while 500 keep arriving every day.")
    assert [r["destination"] for r in rows] == ["Minova", "Minova"]


@pytest.mark.parametrize("text, numbers", [
    ("2,000 and 3,000 people fled Kalehe and Kabare respectively.", ["2,000", "3,000"]),
    ("About 500 and 700 households arrived in Kalehe and Kabare.", ["About 500", "700"]),
    ("Zones 1 and 2 of the camp host 5,000 refugees.", ["5,000"]),
])
def test_two_counts_joined_by_and_share_the_noun_after_the_second(text, numbers):
    rows = figures_of(text)
    assert [r["number_text"] for r in rows] == numbers
    assert len({(r["category"], r["unit"]) for r in rows}) == 1


@pytest.mark.parametrize("text, places", [
    # (a fifth review) a short label keeps where its people came from and went to, at 60
    # characters as at 61
    ("- Returnees from Uganda to Kajo-Keji county, Central Equatori: 4,200",
     ("Uganda", "Kajo-Keji")),
    ("- Personnes déplacées venues de Masisi et arrivées à Goma (OCH: 4,200",
     ("Masisi", "Goma")),
    ("- Personnes déplacées venues de Masisi et arrivées à Goma (OC: 4,200", ("Masisi", "Goma")),
])
def test_a_labels_origin_and_destination_keep_their_roles(text, places):
    row = only(text)
    assert (row["origin"], row["destination"]) == places


@pytest.mark.parametrize("text, number, category, measure", [
    # the words of round 19
    ("- **14,860** people returned to Mocímboa da Praia district during the period.",
     "14,860", "returned", "flow"),
    ("L'insécurité pousse des milliers de personnes vers Maradi.", "des milliers",
     "displaced", "flow"),
    ("Sur la place publique, des centaines de familles ont passé la nuit à la belle étoile.",
     "des centaines", "displaced", "stock"),
    ("Plus de six mille habitants de Cabaret ont pris la fuite depuis mercredi.",
     "Plus de six mille", "fled", "flow"),
    ("Le chef de groupement parle de 700 familles revenues l'an dernier.", "700",
     "returned", "flow"),
    ('"On Saturday, a few hundred families drove back to the outskirts, hoping to stay.',
     "a few hundred", "returned", "flow"),
    ("About 1,000 collective shelters are full, housing some 186,000 people.", "some 186,000",
     "displaced", "stock"),
    ("Tens of thousands of others are sleeping on Beirut's seafront, in parks and in cars.",
     "Tens of thousands", "displaced", "stock"),
    ("A Turkish navy ship took about 2,000 people from Beirut port to Mersin last week.",
     "about 2,000", "evacuated", "flow"),
])
def test_the_words_of_round_19_move_people(text, number, category, measure):
    row = only(text)
    assert (row["number_text"], row["category"], row["measure"]) == (number, category, measure)


@pytest.mark.parametrize("text", [
    "Les revenus de 700 familles ont baissé de moitié.",
    "Phase 3 is expected to move about 60,000 people from Shire before the rains.",
    "The minister took 30 journalists to the border on Monday.",
])
def test_the_words_of_round_19_do_not_move_others(text):
    assert figures_of(text) == []


def test_a_crossing_into_a_named_country_in_french():
    row = only("Quelques dizaines de familles seraient aussi passées au Burundi par Uvira.")
    assert (row["number_text"], row["measure"], row["location"]) == (
        "Quelques dizaines", "flow", "Burundi")


def test_a_pull_quote_cut_from_a_longer_sentence_is_counted_once():
    text = ('At a school in Sidon, the manager counted heads. "Today we have 1,150 displaced '
            'people here, 430 of them children," she said.\n\n'
            '> "Today we have 1,150 displaced people here, 430 of them children."\n')
    assert [r["number_text"] for r in figures_of(text)] == ["1,150", "430"]


@pytest.mark.parametrize("text, numbers", [
    # pupils are a figure only when evacuated
    ("Le 6 juin, les autorités ont évacué environ 300 élèves de l'internat vers Dédougou.",
     ["environ 300"]),
    ("Some 1,200 pupils returned to school in Goma after the holidays.", []),
    ("Plus de 4 000 élèves n'ont pas accès à l'école dans la province.", []),
])
def test_pupils_count_when_evacuated(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_short_telephone_number_said_to_be_one_is_no_figure():
    assert figures_of("Les déplacés peuvent joindre la Protection civile au 114, numéro "
                      "gratuit.") == []


@pytest.mark.parametrize("text, expected", [
    # (a sixth review) the same verb, even after a noun that is itself a cue, shares its pace
    ("Some 2,000 refugees arrive in Renk and 500 refugees arrive in Malakal every day.",
     [("Some 2,000", "per_day"), ("500", "per_day")]),
    # ... and so does the same past progressive
    ("Some 1,000 people were arriving in Adré and 500 were arriving in Farchana every day.",
     [("Some 1,000", "per_day"), ("500", "per_day")]),
    # ... and so do two counts joined by "while"
    ("About 300 people arrive in Adré, while 200 arrive in Farchana every day.",
     [("About 300", "per_day"), ("200", "per_day")]),
    # an aside closed by a comma is no clause of another's doing
    ("Around 300 people, as reported by UNHCR, arrive in Renk every day.",
     [("Around 300", "per_day")]),
    ("Quelque 500 personnes arrivent à Goma, où la situation reste tendue, chaque jour.",
     [("Quelque 500", "per_day")]),
    # ... but a list of names after "as" is still that clause's
    ("About 9,300 people were evacuated, as bombs hit Huliaipole, Orikhiv and Stepnohirsk "
     "almost every day.", [("About 9,300", "")]),
    # an aside between dashes that says something of its own splits the clause
    ("Some 2,000 families arrived in Goma last week – the highest weekly figure this year – "
     "and 500 in Sake.", [("Some 2,000", ""), ("500", "")]),
])
def test_the_rate_of_each_count_after_a_sixth_review(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, second", [
    # (a sixth review) a country crossed into both counts share; (a seventh) an origin
    # before the contrast is the first count's, the later people's as often not; (an
    # eighth) it is shared by a move of the same kind, said as a move
    ("Around 1,200 people crossed into Uganda at Bunagana, while 800 crossed at Ishasha.",
     ("", "Uganda")),
    ("En Ituri, 5 000 personnes ont fui Djugu vers Bunia, mais 2 000 ont gagné Mahagi.",
     ("Djugu", "Mahagi")),
    ("Some 2,000 people fled Kalehe for Bukavu, while 1,500 went to Idjwi.",
     ("Kalehe", "Idjwi")),
    ("About 1,800 people were evacuated from Kupiansk to Kharkiv, while 600 were evacuated "
     "to Poltava.", ("Kupiansk", "Poltava")),
    ("Some 3,000 people returned from Uganda to Bunagana last week, while 1,200 returned to "
     "Rutshuru.", ("Uganda", "Rutshuru")),
    ("Some 10,000 people were displaced from Masisi, while 4,000 have returned to Rutshuru.",
     ("", "Rutshuru")),
    ("Some 15,000 people fled Djugu, while 3,000 IDPs in Bunia received food.", ("", "Bunia")),
])
def test_what_a_count_after_a_contrast_shares_with_the_one_before(text, second):
    rows = figures_of(text)
    assert (rows[1]["origin"], rows[1]["destination"]) == second


@pytest.mark.parametrize("text, numbers", [
    # (a sixth review) fighters reaching a town move nobody there; a move prepared is none
    ("Les M23 ont gagné Sake, poussant 10 000 personnes à fuir.", ["10 000"]),
    ("Some 3,000 people are preparing to leave for Uvira.", []),
    ("The rains bring out 2,000 mosquitoes per square metre.", []),
    ("Some 3,000 dock workers wait at the port of Beira.", []),
    ("The city centre hosts 30,000 inhabitants.", []),
    ("The church hosts 250 inhabitants whose homes were flooded.", ["250"]),
    ("Bukavu héberge 1,2 million d'habitants dont beaucoup ont fui les combats.", []),
])
def test_what_the_sixth_review_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_fighters_reaching_a_town_do_not_make_it_the_destination():
    row = only("Les M23 ont gagné Sake, poussant 10 000 personnes à fuir.")
    assert row["destination"] != "Sake"


@pytest.mark.parametrize("text, expected", [
    # (a seventh review) a rate inside the other clause is that clause's, even closed by a
    # comma; a reporting clause closes no aside; a count after the aside decides
    ("Some 2,000 people fled Sake, as bombs fell on the town every day, and reached Goma.",
     [("Some 2,000", "")]),
    ("About 2,500 people were evacuated from Vovchansk, as shelling hit the town almost "
     "every day, officials said.", [("About 2,500", "")]),
    ("Some 20,000 people fled Khartoum in April, when fighting erupted, and 3,000 leave "
     "every day.", [("Some 20,000", ""), ("3,000", "per_day")]),
    ("Environ 2 000 personnes ont fui, alors que les obus tombaient chaque jour.",
     [("Environ 2 000", "")]),
])
def test_the_rate_of_each_count_after_a_seventh_review(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, numbers", [
    # (a seventh review) plans are moves to come, not any expectation; things carried are
    # no people; an army driving back rebels returns no one; a town's population stays one
    ("The influx is expected to continue: some 3,000 refugees arrived last week.",
     ["some 3,000"]),
    ("The operation took 2,000 samples from patients.", []),
    ("Government forces drove back the M23 and 3,000 people fled Kitchanga.", ["3,000"]),
    ("Goma héberge 2 millions d'habitants venus de toute la province.", []),
    ("Le centre de santé accueille 200 habitants sinistrés.", ["200"]),
    ("Environ 1 500 personnes sont parties de Moba et ont gagné Kalemie.", ["Environ 1 500"]),
])
def test_what_the_seventh_review_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text", [
    # (an eighth review) every verb of moving a plan may name plans a move
    "Another 20,000 people are expected to be displaced if the fighting reaches the town.",
    "About 5,000 returnees are expected in Renk this week.",
    "Some 10,000 refugees are due to be transferred from Adré to Farchana next week.",
    "About 3,000 refugees are expected to be repatriated this year.",
    "Quelque 4 000 ménages s'apprêtent à regagner Masisi.",
    "Environ 2 000 déplacés se préparent à être relocalisés à Bulengo.",
    # (a ninth review's list) said in the past, of the coming week, or of staying
    "Some 2,000 refugees were expected to arrive in Renk last week.",
    "About 40,000 people are expected to remain displaced until the waters recede.",
])
def test_a_planned_move_is_no_figure(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, numbers", [
    # (an eighth review) inhabitants from all over a place named, or from many places, are
    # of elsewhere; from all over "the province" they may be the town's own
    ("Goma accueille 40 000 habitants venus de tout le territoire de Masisi.", ["40 000"]),
    ("Lviv hosts 30,000 inhabitants from across Donetsk oblast.", ["30,000"]),
    ("Bunia accueille 20 000 habitants venus de tous les villages environnants.", ["20 000"]),
    ("Goma héberge 1,2 million d'habitants venus de toute la province.", []),
])
def test_inhabitants_from_all_over_a_place_named(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, number", [
    # (an eighth review) a ship, a bus or a flight takes a count alone or of a nationality
    ("Saudi ships carried 5,000 from Port Sudan to Jeddah over the weekend.", "5,000"),
    ("Flights took 1,200 Indians from Port Sudan to Jeddah.", "1,200"),
    ("The ship carried 250 migrants from Tripoli to Lampedusa.", "250"),
])
def test_a_count_taken_from_one_place_to_another(text, number):
    row = only(text)
    assert (row["number_text"], row["category"]) == (number, "evacuated")


@pytest.mark.parametrize("text, expected", [
    # (an eighth review) an aside closed by a comma keeps the rate after it, whatever
    # count comes after the rate
    ("Around 300 refugees, as UNHCR reported, arrive in Renk every day, bringing the total "
     "since April to 45,000.", [("Around 300", "per_day"), ("45,000", "")]),
    # ... "but also" adds, it sets nothing against
    ("Some 300 refugees arrive not only in Adré but also in Farchana every day.",
     [("Some 300", "per_day")]),
    ("Environ 300 personnes arrivent non seulement à Bukavu mais aussi à Uvira chaque jour.",
     [("Environ 300", "per_day")]),
    # ... and a total after a pace takes none of it
    ("About 150 people were evacuated from Pokrovsk each day, with 4,000 evacuated in total.",
     [("About 150", "per_day"), ("4,000", "")]),
    ("Every day, 300 people arrive in Adré and 200 in Farchana.",
     [("300", "per_day"), ("200", "per_day")]),
])
def test_the_rate_of_each_count_after_an_eighth_review(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    # (an eighth review) people a centre hosts at an event or for care are not sheltered
    "The youth centre in Lviv hosted 80 inhabitants at a job fair.",
    "The community centre in Metuge hosted 200 inhabitants for a peace dialogue on Tuesday.",
    "Le centre de santé de Kibumba accueille chaque mois 1 200 habitants pour des consultations.",
    "Le centre communautaire de Bunia a accueilli 150 habitants lors d'une réunion.",
])
def test_people_at_an_event_are_not_sheltered(text):
    assert figures_of(text) == []


def test_an_elided_contrast_is_a_contrast():
    # "alors qu'" sets its clause against the one before as "alors que" does
    rows = figures_of("Près de 3 000 personnes ont fui Uvira, alors qu'environ 1 000 sont "
                      "restées à Baraka.")
    assert [(r["number_text"], r["origin"]) for r in rows] == [
        ("Près de 3 000", "Uvira"), ("environ 1 000", "")]


def test_people_who_were_arriving():
    row = only("Près de 500 personnes arrivaient chaque jour à Minova.")
    assert (row["destination"], row["rate"]) == ("Minova", "per_day")


@pytest.mark.parametrize("label, location", [
    # (an eighth review) a total joined to its region by a hyphen is still a total
    ("Total-Est", "Est"),
    ("Total – Est", "Est"),
    ("TOTAL-Est", "Est"),
])
def test_a_total_joined_to_its_region_by_a_hyphen(label, location):
    rows = figures_of(
        "Burkina Faso : PDI par province\n\n| Province | PDI |\n|---|---|\n"
        f"| Gnagna | 45 000 |\n| Gourma | 38 000 |\n| {label} | 83 000 |\n"
    )
    assert [r["location"] for r in rows] == ["Gnagna", "Gourma", location]


@pytest.mark.parametrize("text, expected", [
    # the answer to a question of how many people move, or at what pace, counts them
    ('**Q: How many people are crossing now?**\nA: "It is difficult to say. Our estimate is '
     '100 to 150 people a night on average."', [("100 to 150", "per_day")]),
    ("Q: How many families have returned to Kiwanja?\n\nA: About 3,000 families, mostly from "
     "Goma.", [("About 3,000", "")]),
    ("PRÉSENTATRICE : Et le rythme des arrivées ?\n\nCORRESPONDANT : Au pic de la crise, "
     "c'était environ 400 personnes par jour à Ségou.", [("environ 400", "per_day")]),
    # ... not the answer to another question, nor a count of something else
    ("De quoi les déplacés ont-ils le plus besoin ?\nDe nourriture. Le PAM a assisté 12 500 "
     "personnes en février.", []),
    ("Q: How many people fled?\n\nA: The town had 40,000 inhabitants before the war.", []),
])
def test_the_answer_to_how_many(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


def test_a_pace_a_source_gives_of_other_people_is_not_the_stocks():
    row = only("Mugunga camp now shelters about 32,000 displaced people, according to camp "
               "managers, who say new families arrive every night.")
    assert (row["measure"], row["rate"]) == ("stock", "")


@pytest.mark.parametrize("text, numbers", [
    # people killed while doing something are no figure, whatever they were doing
    ("They say dozens of people waiting for boats were killed.", []),
    ("Some 2,000 people fleeing Kitchanga were killed or wounded.", []),
    # ... but a count of people fleeing is one when others are killed
    ("About 3,000 people fleeing the fighting reached Goma, and 12 were killed on the road.",
     ["About 3,000"]),
])
def test_people_killed_while_doing_something(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_people_who_cross_back_return():
    row = only("This week more than 43,000 people crossed back through Islam Qala from Iran.")
    assert row["category"] == "returned"


@pytest.mark.parametrize("text, expected", [
    # (a ninth review) displaced people at a place named after an event are still counted
    ("About 2,500 IDPs are staying at the teacher training college in Kaga Bandoro.",
     [("About 2,500", "Kaga Bandoro")]),
    ("About 700 returnees were welcomed at a ceremony in Juba.", [("About 700", "Juba")]),
    # ... an aside that sets a place apart lends it to no figure
    ("More than 15,000 people – unlike in Bunia – remain in sites in Djugu.",
     [("More than 15,000", "Djugu")]),
    ("The number of refugees in Chad – now close to that of Uganda – reached 600,000.",
     [("600,000", "Chad")]),
    # ... and the people of a refugee camp are people
    ("About 12,000 refugee camp residents were relocated after the fire in Cox's Bazar.",
     [("About 12,000", "Cox's Bazar")]),
])
def test_what_the_ninth_review_keeps(text, expected):
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    # (a ninth review) words of moving said of storms, errands and cargo move no one
    "Cyclone Freddy moved west, affecting 50,000 people in Zambezia.",
    "Some 200 women walked to the nearest health centre in Tawila.",
    "Some 5,000 people gathered on the beach in Tyre for the festival.",
    "Bandits took 287 from a school in Kuriga.",
    "WFP trucks carried 1,200 MT from Port Sudan to Kosti.",
    "Quelque 2 000 ménages ont reçu de l'eau potable à Rhoe.",
    "Les partenaires arrivaient difficilement à assister 40 000 personnes à Diffa.",
    "Les ONG n'arrivent pas à atteindre 40 000 personnes à Diffa.",
])
def test_what_the_ninth_review_drops(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, field, values", [
    # (a ninth review) being displaced again and again is a move, not a state
    ("Nearly 300 people are displaced daily by the drought in Gedo region.", "measure",
     ["flow"]),
    ("About 5,000 people are displaced again after new attacks in Macomia.", "measure",
     ["flow"]),
    # ... a clause with its own frame keeps its own origin
    ("Some 3,000 people fled Sake for Goma, while in Masisi 2,000 fled to Kitchanga.",
     "origin", ["Sake", ""]),
    # ... and its place is not the first count's
    ("Some 3,000 people fled Sake for Goma, while in Masisi 2,000 fled to Kitchanga.",
     "location", ["Goma", "Masisi"]),
    # ... "the week before" is a time, and a total a later count gives takes no pace
    ("About 1,200 arrived in Renk this week, 800 last week and 650 the week before.",
     "period", ["this week", "last week", "the week before"]),
    ("Every day, 2,000 refugees cross into Adré and 700 into Metche, about 2,700 in total.",
     "rate", ["per_day", "per_day", ""]),
    # ... a plan after a comma is not the count's before it
    ("The site, which currently hosts 4,000 people, is expected to accommodate 2,000 more.",
     "number_text", ["4,000"]),
    # ... and a time without a date is a time
    ("Between Christmas and New Year, 30,000 people were evacuated in Northern Samar.",
     "period", ["Between Christmas and New Year"]),
])
def test_what_the_ninth_review_mends(text, field, values):
    assert [r[field] for r in figures_of(text)] == values


@pytest.mark.parametrize("text, categories", [
    # a count after a contrast takes no category from the verb before it
    ("Some 3,000 people have returned to Rutshuru, while 1,500 are still in Goma.",
     ["returned", "displaced"]),
    ("Près de 3 000 personnes sont rentrées à Sake, mais 2 000 restent à Goma.",
     ["returned", "displaced"]),
    ("Some 1,200 people crossed into Uganda at Bunagana, while 800 crossed at Ishasha.",
     ["refugees", "refugees"]),
])
def test_a_count_after_a_contrast_has_its_own_category(text, categories):
    assert [r["category"] for r in figures_of(text)] == categories


@pytest.mark.parametrize("text, rates", [
    # a total so far after a pace takes none of it
    ("Environ 500 personnes arrivent chaque jour à Goma, portant le total à 20 000.",
     ["per_day", ""]),
    ("About 3,000 people arrive every day, and 200,000 have now arrived in Tawila.",
     ["per_day", ""]),
    ("Every week 500 refugees arrive, with 12,000 registered so far.", ["per_week", ""]),
])
def test_a_total_so_far_after_a_pace(text, rates):
    assert [r["rate"] for r in figures_of(text)] == rates


def test_a_count_expected_next_week_is_no_figure():
    rows = figures_of("About 3,000 people arrived this week, with another 1,500 expected next "
                      "week.")
    assert [r["number_text"] for r in rows] == ["About 3,000"]


@pytest.mark.parametrize("text, expected", [
    # a change from one count to another is two counts, not a range
    ("The number of displaced people rose from 3.5 million to 7 million in two years.",
     [(3_500_000, 3_500_000), (7_000_000, 7_000_000)]),
    ("Le nombre de déplacés est passé d'environ 4 000 à 9 000 en une semaine.",
     [(4000, 4000), (9000, 9000)]),
    # ... while "X à Y" with no verb of change is a range, as "X to Y" is
    ("Environ 3 500 personnes sont arrivées à Fada, soit en moyenne 150 à 200 par jour.",
     [(3500, 3500), (150, 200)]),
    ("Between 3,000 and 5,000 people fled.", [(3000, 5000)]),
])
def test_a_change_is_two_counts_and_a_range_is_one(text, expected):
    assert [(r["value_low"], r["value_high"]) for r in figures_of(text)] == expected


def test_people_who_cross_at_a_place():
    rows = figures_of("About 800 people, mostly women, cross at Adré every day, and some 200 at "
                      "Tiné.")
    assert [(r["number_text"], r["category"], r["rate"], r["location"]) for r in rows] == [
        ("About 800", "refugees", "per_day", "Adré"), ("some 200", "refugees", "per_day", "Tiné")]


@pytest.mark.parametrize("text, number, category, measure", [
    # the words of round 21
    ("Quelque 400 ménages ont également été relocalisés de Koufroun vers Alacha.",
     "Quelque 400", "", "flow"),
    ("Some 2,600 people were airlifted to safety from Kachhi district.", "Some 2,600",
     "evacuated", "flow"),
    ("Au 31 janvier, la DTM avait compté 870 ménages sur le site.", "870", "", ""),
    ("Quelque trois cents familles dorment depuis dix jours sur la place Hugo Chávez.",
     "Quelque trois cents", "displaced", "stock"),
    ("An estimated 2,300 households moved from Idlib into Afrin district.",
     "An estimated 2,300", "", "flow"),
    ("Some 1,100 people are in 5 collective shelters in Tyre.", "Some 1,100", "", "stock"),
    ("Hundreds more have gone to stay with relatives in Arauca city.", "Hundreds", "",
     "stock"),
    ("The municipal coliseum, built for 800 spectators, now shelters 212 families.", "212",
     "", "stock"),
])
def test_the_words_of_round_21(text, number, category, measure):
    row = only(text)
    assert row["number_text"] == number
    if category:
        assert row["category"] == category
    if measure:
        assert row["measure"] == measure


@pytest.mark.parametrize("text, numbers", [
    # round 21: a pace after a total, another estimate of a figure, needs and deaths
    ("In Gedaref, authorities have registered around 26,000 new arrivals since Sunday, and "
     "they keep coming at a rate of some 3,000 a day.", ["around 26,000", "some 3,000"]),
    ("Marib authorities say 1.2 million displaced people live in the governorate. The United "
     "Nations puts the figure lower, at about 850,000.", ["1.2 million", "about 850,000"]),
    ("Besoins urgents : abris pour au moins 400 ménages, eau, latrines d'urgence.", []),
    ("The camp shelters more than 9,000 households; an extension for 500 families is planned.",
     ["more than 9,000"]),
    ("Au moins 20 personnes ont perdu la vie et plus de 55 000 personnes sont déplacées.",
     ["plus de 55 000"]),
])
def test_what_round_21_counts(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_shelter_requested_for_people_who_arrived_counts_them():
    row = only("UNHCR had written to request shelter for more than 113,000 Rohingya who had "
               "arrived since November 2023.")
    assert row["number_text"] == "more than 113,000"


@pytest.mark.parametrize("text, numbers", [
    # (a tenth review) people who head north or walk to higher ground move; storms, errands
    # and food do not
    ("About 12,000 people headed north to Cagayan ahead of the typhoon.", ["About 12,000"]),
    ("Cyclone Freddy moved west, affecting 50,000 people in Zambezia.", []),
    ("Some 300 families walked to higher ground as the river rose.", ["Some 300"]),
    ("About 1,500 Rohingya had gathered on the beach near Maungdaw, hoping to board boats.",
     ["About 1,500"]),
    ("Le site de Kaya a reçu cette semaine 1 200 ménages venant de Dablo.", ["1 200"]),
    ("Some 3,000 refugees who were expected to remain in Adré were moved to Farchana.",
     ["Some 3,000"]),
    ("Food for 2,600 people was airlifted to Dera Murad Jamali.", []),
    ("The office moved from Idlib to Gaziantep, where 5,000 staff work.", []),
    ("Le recensement a compté 870 000 habitants à Bangui.", []),
    ("More than 1,800 UN staff members and their relatives were evacuated from Goma.",
     ["More than 1,800"]),
])
def test_what_the_tenth_review_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, field, values", [
    ("About 480,000 people are internally displaced as of June, according to IOM.",
     "measure", ["stock"]),
    ("Some 800 people – mostly from Djugu, not Irumu – arrived in Bunia.", "origin",
     ["Djugu"]),
    ("About 2,000 people were evacuated from this area to Kharkiv.", "period", [""]),
    ("Nearly 1,200 people had crossed from Goma since Thursday and were being registered in "
     "Rubavu.", "period", ["since Thursday"]),
    ("Every day some 300 people have arrived to date in Adré and 150 in Tiné.", "rate",
     ["per_day", "per_day"]),
])
def test_what_the_tenth_review_mends(text, field, values):
    assert [r[field] for r in figures_of(text)] == values


@pytest.mark.parametrize("text, expected", [
    # the words of round 22
    ("Tens of thousands pour into Tawila as fighting spreads", [("Tens of thousands", "")]),
    ("Pavlohrad transit hub received 3,400 evacuees from Donetsk oblast in two weeks, an "
     "average of ~240 per day.", [("3,400", ""), ("~240", "per_day")]),
    ("Dans la Békaa, les Syriens repartent par centaines chaque jour vers leur pays.",
     [("par centaines", "per_day")]),
    ("Les départs se poursuivent au rythme d'environ 700 personnes par jour.",
     [("environ 700", "per_day")]),
    ("Health partners have recorded 312 suspected cholera cases in Beledweyne.", []),
    ("We distributed 380 hygiene kits and will come back on Thursday.", []),
])
def test_the_words_of_round_22(text, expected):
    assert [(r["number_text"], r["rate"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, numbers", [
    # (an eleventh review) the round-22 words where they do not apply
    ("Quelque 3 000 réfugiés sont arrivés dans leur pays d'accueil, le Cameroun.",
     ["Quelque 3 000"]),
    ("Des centaines de milliers de personnes ont fui, par centaines de milliers, vers le sud.",
     ["Des centaines de milliers", "par centaines de milliers"]),
    ("Thousands of protesters poured into the streets of Goma.", []),
    ("Rations at a rate of 2,100 kcal per person were distributed.", []),
    ("About 40 people per latrine in the camp that hosts 20,000 refugees.", ["20,000"]),
])
def test_what_the_eleventh_review_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_a_return_to_their_country_and_a_neighbours_is_not_one():
    assert only("Les Syriens repartent par centaines chaque jour vers leur pays.")["category"] == (
        "returned")
    assert only("Quelque 3 000 réfugiés sont arrivés dans leur pays d'accueil, le Cameroun."
                )["category"] != "returned"


@pytest.mark.parametrize("text, field, values", [
    # (a twelfth review) "depuis" and a place is where people came from, not a time; a
    # feast, a month, a survey round or an epidemic is a time
    ("Environ 850 personnes ont été évacuées depuis Mutarule vers Sange.", "period", [""]),
    ("Depuis Tabarre, quelque 900 familles ont fui vers Croix-des-Bouquets.", "period", [""]),
    ("Depuis la Toussaint, près de 2 300 personnes ont quitté Minova pour Goma.", "period",
     ["Depuis la Toussaint"]),
    ("Depuis le COVID-19, plus de 2 000 migrants ont été refoulés à la frontière.", "period",
     ["Depuis le COVID-19"]),
    ("Depuis Mars 2024, 6 500 personnes déplacées sont retournées dans leurs villages.",
     "period", ["Depuis Mars 2024"]),
    ("Près de 5 000 personnes ont été relocalisées depuis les sites de Kanyaruchinya vers le "
     "camp de Bulengo.", "origin", ["Kanyaruchinya"]),
    ("Quelque 4 500 réfugiés burundais ont été rapatriés depuis la Tanzanie en octobre.",
     "origin", ["Tanzania"]),
    ("Depuis la chute de Bukavu, plus de 40 000 personnes ont traversé vers le Burundi.",
     "origin", ["DR Congo"]),
    # (where the speaker is, not where people came from)
    ("Depuis Ouagadougou, le ministère a annoncé le retour de 3 500 déplacés à Djibo.",
     "origin", [""]),
    # going back to their own country, by any way of going
    ("Près de 3 000 migrants nigériens ont été reconduits vers leur pays par les autorités "
     "algériennes.", "category", ["returned"]),
    ("Environ 1 800 réfugiés repartent vers leur pays d'origine depuis le camp de Minawao.",
     "category", ["returned"]),
    ("Roughly 900 refugees headed to their country after the ceasefire.", "category",
     ["returned"]),
    ("Environ 500 réfugiés sont arrivés vers leur pays d'asile, le Rwanda.", "category",
     ["refugees"]),
    # people pouring into a shelter arrive there
    ("About 5,000 people poured into the stadium in Bunia, where they are sheltering.",
     "measure", ["flow"]),
])
def test_what_the_twelfth_review_found(text, field, values):
    assert [r[field] for r in figures_of(text)] == values


@pytest.mark.parametrize("text, numbers", [
    # a pace said any way is a pace; a rate of something else is none
    ("People are leaving Djugu at a rate of around 1,200 each day.", ["around 1,200"]),
    ("Les évacuations se poursuivent au rythme de 500 par mois depuis Tripoli.", ["500"]),
    # a ratio is the count's own only right after its noun
    ("Some 3,000 households (six per household on average) fled Minova.", ["Some 3,000"]),
    ("Some 3,000 households, each household receiving a cash grant, returned to Marawi.",
     ["Some 3,000"]),
    ("Around 40 people per bus were evacuated from Kharkiv.", []),
    ("Around 3,000 protesters poured into Independence Square in Kyiv.", []),
])
def test_what_the_twelfth_review_found_of_counts(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_by_the_hundreds_of_thousands_is_hundreds_of_thousands():
    row = only("People fled by the hundreds of thousands from Khartoum in April.")
    assert (row["number_text"], row["value_low"]) == ("by the hundreds of thousands", 100_000)


@pytest.mark.parametrize("text, category", [
    # going back to the country that hosted them is no return home
    ("Quelque 700 réfugiés retournent progressivement vers leur pays de premier asile.",
     "refugees"),
    ("Some 400 refugees went back to their country of asylum after the funeral.", "refugees"),
    ("Environ 1 200 réfugiés sont retournés au Burundi depuis la Tanzanie.", "returned"),
])
def test_a_return_to_the_country_of_asylum_is_no_return_home(text, category):
    assert only(text)["category"] == category


@pytest.mark.parametrize("text, numbers", [
    # the words of round 23: more of the same
    ("In Phop Phra district we counted 312 people who crossed near Wale on Sunday and "
     "around 90 more yesterday.", ["312", "around 90"]),
    ("The death toll rose to 312, and 90 more were injured.", []),
    # ... or a bare count in a clause of its own, whose verb moves or shelters its people
    ("À Trèbes, 312 personnes ont été évacuées ; quatre-vingt-cinq restent hébergées au "
     "gymnase.", ["312", "quatre-vingt-cinq"]),
    ("In Hastings, 312 people were evacuated, and 85 were flown out to Napier.",
     ["312", "85"]),
    # ... one it could make
    ("La commune de Lostallo a fait évacuer 210 personnes ; 95 ont pu rentrer samedi.",
     ["210", "95"]),
    ("The town evacuated 210 people; 95 were able to return on Saturday.", ["210", "95"]),
    # (not a number inside a name or after a preposition)
    ("Some 4,200 households are staying in 57 gathering sites across the district.",
     ["Some 4,200"]),
    ("Plus de 2 700 réfugiés sont arrivés, et le centre de santé du secteur 4 reçoit 300 "
     "consultations par jour.", ["Plus de 2 700"]),
    # nationals are people
    ("Par ailleurs, 62 ressortissants algériens fuyant les feux ont franchi la frontière.",
     ["62"]),
    # people moved out of a place by others
    ("Officials said roughly 2,000 people a day were still being moved from the town to "
     "hotels further north.", ["roughly 2,000"]),
    # a share of a whole: neither of its numbers
    ("Le Burkina Faso compte plus de deux millions de personnes déplacées internes, dont près "
     "de six sur dix sont des enfants.", ["plus de deux millions"]),
    ("Three out of every ten arrivals are children; some 4,000 people arrived.",
     ["some 4,000"]),
    ("Children make up 58% of new arrivals, and five to seven people share each emergency "
     "tent.", []),
    # capacities, plural
    ("Un responsable m'a confié que les abris prévus pour 500 familles sont déjà pleins.", []),
    # patients count when a hospital is evacuated
    ("Le 14 novembre, la Protection civile a évacué 320 patients d'un hôpital de Delmas vers "
     "Pétion-Ville.", ["320"]),
    ("The clinic treated 450 patients last week.", []),
    # a part of the figure before it, after a verb of being
    ("Some 10,982 people were deported to Haiti last week. Parmi elles figuraient 642 enfants "
     "non accompagnés.", ["Some 10,982", "642"]),
])
def test_the_words_of_round_23(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_crossing_home_is_a_return():
    row = only("Egypt said some 2,300 of its nationals had crossed home through the Salloum "
               "border post since the disaster.")
    assert row["category"] == "returned"


@pytest.mark.parametrize("text, numbers", [
    # signing up for a move is not moving: the people are still where they were
    ("In Kalemie, 1,900 households registered for return assistance last week.", []),
    ("Some 3,400 refugees have signed up for voluntary repatriation to Burundi.", []),
    ("Plus de 2 000 réfugiés se sont inscrits pour le rapatriement volontaire vers le "
     "Burundi.", []),
    ("Quelque 1 200 ménages ont demandé leur rapatriement vers la RDC.", []),
    # ... but the part of them that made it moved
    ("About 2,300 refugees registered for return in March and 1,100 of them left for "
     "Burundi on Friday.", ["1,100"]),
    ("Quelque 3 000 réfugiés se sont inscrits pour le rapatriement, dont 1 200 sont déjà "
     "rentrés à Bujumbura.", ["1 200"]),
    # registering people as they arrive is counting a move
    ("In Kalemie, 1,900 households registered as new arrivals last week.", ["1,900"]),
    ("Some 5,000 returnees registered for assistance in Goma.", ["Some 5,000"]),
])
def test_registering_for_a_move_is_not_moving(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, numbers", [
    # a share's part is no larger than its whole: these are counts
    ("Sudanese refugees keep arriving in eastern Chad, which has received nearly 40,000 in "
     "10 days.", ["nearly 40,000"]),
    ("IOM moved 1,200 in 10 buses from the Joda border point to Renk.", ["1,200"]),
    ("Uganda received 12,000 in ten days after the fall of Bunagana.", ["12,000"]),
    # a capacity is the number right after its words, not any number after them
    ("Les convois prévus pour mardi ont évacué 1 100 personnes de Pokrovsk.", ["1 100"]),
    ("Les abris, construits pour résister aux pluies, hébergent 900 familles déplacées à "
     "Kalemie.", ["900"]),
    ("Le site, prévu pour 5 000 personnes, en accueille désormais 8 200.", ["8 200"]),
    # patients: moved by an evacuation of them, not beside one
    ("Evacuation centres in Sylhet reported 200 patients with diarrhoea.", []),
    ("After the evacuation of Al-Awda hospital, 70 patients remain without care.", []),
    # more people, but not more people moved
    ("At least 250 people have fled Kalehe, and 30 more are missing.", ["At least 250"]),
    ("Some 700 people were evacuated from the flooded district, but 40 more remain trapped "
     "on rooftops.", ["Some 700"]),
    # things moved are not people
    ("Some 3,000 head of livestock were moved from the flooded plains.", []),
    ("Some 3,000 people were moved from the beneficiary list after verification.", []),
    ("Le convoi a évacué 1 500 personnes de Kherson. Parmi eux figuraient 30 ambulances.",
     ["1 500"]),
])
def test_what_the_thirteenth_review_found_of_counts(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, category", [
    # a return home after years in a country of asylum is a return
    ("Some 1,500 Burundian refugees returned home after years in their country of asylum, "
     "UNHCR said.", "returned"),
    ("Environ 2 000 réfugiés centrafricains sont rentrés au pays après des années dans leur "
     "pays d'accueil.", "returned"),
    # ... going back to it, however the country is named, is not
    ("More than 2,000 Congolese refugees returned to Uganda, their host country, after "
     "briefly going back to Ituri.", "refugees"),
    ("Some 3,000 Syrian refugees returned to their host countries after short visits during "
     "Eid.", "refugees"),
])
def test_what_the_thirteenth_review_found_of_returns(text, category):
    assert only(text)["category"] == category


def test_a_camp_moved_is_no_movement_of_its_people():
    row = only("The camp, home to 25,000 refugees, was moved from the border to Kiryandongo "
               "in 2018.")
    assert (row["category"], row["measure"]) == ("refugees", "stock")


@pytest.mark.parametrize("text, expected", [
    # a list of parts, each named before its number, after a colon
    ("Profil des personnes enregistrées : Femmes 11 302 ; Hommes 8 455 ; Filles 9 876 ; "
     "Garçons 8 779.", [("11 302", ""), ("8 455", ""), ("9 876", ""), ("8 779", "")]),
    # ... each where its name says, when the name is a place
    ("Nouveaux déplacés : Goma 3 000 ; Sake 1 200 ; Minova 800.",
     [("3 000", "Goma"), ("1 200", "Sake"), ("800", "Minova")]),
    ("IDPs by territory: Masisi 120,000; Rutshuru 80,000; Nyiragongo 45,000.",
     [("120,000", "Masisi"), ("80,000", "Rutshuru"), ("45,000", "Nyiragongo")]),
    # not a number of another clause
    ("Displaced people registered: Goma 3,000; police arrested 200 in Sake.",
     [("3,000", "Goma")]),
])
def test_a_list_of_parts_named_before_their_numbers(text, expected):
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the same figure at an earlier date, or as others put it
    ("Since 27 November, some 1.1 million people have been newly displaced across the country. "
     "A week ago that figure stood at more than 280,000.",
     [("some 1.1 million", "displaced"), ("more than 280,000", "displaced")]),
    ("Quelque 26 000 réfugiés sahraouis vivent en Mauritanie. Les autorités estiment ce "
     "nombre à 33 600.", [("Quelque 26 000", "refugees"), ("33 600", "refugees")]),
    # (not "their number", which may be of anyone)
    ("Some 3,000 people fled Kitchanga. Local officials put their number at 500.",
     [("Some 3,000", "fled")]),
    ("Some 1,000 people fled Minova. Food was distributed in Minova; the total was 1,200 "
     "households.", [("Some 1,000", "fled")]),
    ("Some 2,000 people fled Minova on Monday. The number of schools was 40.",
     [("Some 2,000", "fled")]),
    # gone home is a return
    ("Some 2,000 people had gone home from the camps by Friday.", [("Some 2,000", "returned")]),
    # people held in shelters, or counted in them
    ("Choloma shelters are holding between 5,000 and 6,000 people this morning.",
     [("between 5,000 and 6,000", "displaced")]),
    ("COPECO reports 71,400 people in 1,016 shelters nationwide.", [("71,400", "displaced")]),
])
def test_the_words_of_round_24(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    # the people a ratio is of, money in another currency, people leaving to study or work
    "Most sites have fewer than one latrine per 100 people.",
    "Each returning family is eligible for a one-off grant of IQD 4 million.",
    "Chaque année, plusieurs centaines de jeunes quittent les camps pour étudier ou travailler "
    "en Espagne.",
    "Every year several hundred young people leave the camps to study or work in Spain.",
])
def test_numbers_of_round_24_that_are_no_figures(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, numbers", [
    # people who signed up and then moved, or who are home already, count
    ("Some 600 South Sudanese who had registered for repatriation returned to Renk on Monday.",
     ["Some 600"]),
    ("Some 4,500 refugees who registered for voluntary repatriation in 2024 were repatriated "
     "to Burundi in February.", ["Some 4,500"]),
    ("Some 5,000 returnees registered for return assistance in Goma.", ["Some 5,000"]),
    # asking for something else is no plan to move
    ("Some 800 returnees in Kiwanja asked for the return of their land.", ["Some 800"]),
    ("About 2,000 displaced households in Kalemie registered for a transfer of 50,000 XAF.",
     ["About 2,000"]),
    # missing things in a list named before their numbers
    ("Displaced by the floods: Beledweyne 40,000; Jowhar 12,000; damaged houses 3,000.",
     ["40,000", "12,000"]),
    # a purpose that goes on is no migration
    ("About 1,500 IDPs have returned to Kalehe to work their fields.", ["About 1,500"]),
    ("Some 2,000 residents were evacuated to allow engineers to work on the breached dam.",
     ["Some 2,000"]),
    # former fighters, volunteers, detainees and survivors sheltered are not displaced
    ("About 1,500 former fighters came home to Ituri under the DDR programme.", []),
    ("About 2,000 volunteers have gone home since the Ebola response ended.", []),
    ("Libyan authorities are holding some 3,000 migrants in detention centres near Tripoli.",
     []),
    ("Some 1,200 women sought help in shelters for survivors of domestic violence last year.",
     []),
    # people living with host families were taken in
    ("Some 3,000 people live with host families in Kalemie.", ["Some 3,000"]),
    ("Uvira, where 20,000 people live, is calm.", []),
])
def test_what_the_fourteenth_review_found(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, unit", [
    # a word that says who moved, then the noun of what is counted: the noun's unit
    ("Some 3,500 displaced households are sheltering in Goma.", "households"),
    ("DTM recorded 212 newly displaced households in Hays district in July.", "households"),
    ("About 1,200 refugee families arrived in Kakuma last week.", "families"),
    ("Some 800 IDP households live in the Bulengo site.", "households"),
    ("Around 450 displaced children arrived at the Kanyaruchinya site on Monday.", "children"),
    ("Some 3,500 displaced people are sheltering in Goma.", "people"),
])
def test_a_displacement_word_before_a_noun_of_households_counts_households(text, unit):
    row = only(text)
    assert row["unit"] == unit
    assert (row["people_estimate"] > row["value"]) == (unit in ("households", "families"))


@pytest.mark.parametrize("text", [
    # people held by the police or armed men are not sheltered
    "Police are holding 45 people after the demonstrations in Goma.",
    "Militia in Kibati are holding some 3,000 civilians as human shields.",
    "Police are holding 45 people in custody.",
])
def test_people_held_by_armed_men_or_the_police_are_no_figure(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, number", [
    ("About 3,000 IDPs returned to Mosul to work.", "About 3,000"),
    ("Quelque 800 déplacés sont retournés à Kaya pour travailler.", "Quelque 800"),
])
def test_people_who_came_home_to_work_returned(text, number):
    row = only(text)
    assert (row["number_text"], row["category"]) == (number, "returned")


def test_a_figure_that_fell_or_rose_is_the_same_figure():
    text = ("At the peak on 3 June, 5,210 families (19,840 persons) were staying in 216 safety "
            "centres. As water receded this fell to 2,304 families (8,912 persons) in 98 "
            "safety centres on 5 June morning.")
    got = [(r["number_text"], r["unit"], r["category"], r["measure"]) for r in figures_of(text)]
    # (and the safety centres are places, not people)
    assert got == [("5,210", "families", "displaced", "stock"),
                   ("19,840", "people", "displaced", "stock"),
                   ("2,304", "families", "displaced", "stock"),
                   ("8,912", "people", "displaced", "stock")]


def test_parts_of_a_list_after_semicolons_are_each_at_the_place_of_their_label():
    text = ("- Kalutara: 1,120 families (4,310 persons) in 41 safety centres, the largest "
            "caseload; Ratnapura: 640 families (2,450 persons) in 29 centres; Matara: 310 "
            "families in 14 centres.")
    got = [(r["number_text"], r["location"]) for r in figures_of(text)]
    assert got == [("1,120", "Kalutara"), ("4,310", "Kalutara"), ("640", "Ratnapura"),
                   ("2,450", "Ratnapura"), ("310", "Matara")]
    text = "- Goma: 1,120 displaced families; Bukavu: 640 displaced families."
    assert [r["location"] for r in figures_of(text)] == ["Goma", "Bukavu"]


def test_a_conversion_after_a_clause_restates_the_figure_before():
    text = ('The DEOC estimated that "more than 8,000 households" had left their homes in '
            "Jajarkot by 10 November. Using the census average of 4.5 persons per household, "
            "this corresponds to roughly 36,000 people.")
    got = [(r["number_text"], r["unit"], r["category"]) for r in figures_of(text)]
    assert got == [("8,000", "households", "displaced"), ("roughly 36,000", "people", "displaced")]


def test_people_per_centre_are_a_ratio():
    text = ("- At the peak, 5,210 families were staying in safety centres.\n"
            "- Average occupancy is 91 persons per centre; several centres in Kalutara host "
            "more than 300.")
    assert "91" not in [r["number_text"] for r in figures_of(text)]


@pytest.mark.parametrize("text, number", [
    # people left homeless, in French too
    ("La Croix-Rouge avance 70 000 personnes privées de toit.", "70 000"),
    ("Le cyclone a fait 3 000 sans-abri à Mayotte.", "3 000"),
    ("La préfecture parle de « plusieurs dizaines de milliers » de sans-abri.",
     "plusieurs dizaines de milliers"),
    # people who sleep in tents or shelters
    ("In Amizmiz, tens of thousands sleep in tents.", "tens of thousands"),
    ("Mayotte : plus de 12 000 sinistrés dorment dans les centres d'hébergement.",
     "plus de 12 000"),
])
def test_people_left_without_a_roof_or_sleeping_in_shelters_are_displaced(text, number):
    row = only(text)
    assert (row["number_text"], row["category"]) == (number, "displaced")


def test_disaster_victims_living_somewhere_are_not_displaced():
    assert figures_of("Quelque 2 000 sinistrés vivent à Mamoudzou.") == []


@pytest.mark.parametrize("text, numbers", [
    # a total that rose after a death toll is the toll's
    ("Floods displaced 30,000 people in Derna. The death toll kept climbing and the total "
     "rose to 4,300 by Sunday.", ["30,000"]),
    # a part named by its group after a semicolon is a part
    ("Some 2,000 IDPs arrived in Goma this week. Of them: Children: 1,200; Women: 800.",
     ["Some 2,000"]),
    # peacekeepers holding civilians protect them: they sought refuge
    ("UN peacekeeping forces are holding some 5,000 civilians who sought refuge at their base "
     "in Bor.", ["some 5,000"]),
    # poor housing, a shelter's places and nomads' tents are no displacement
    ("Environ 40 000 ménages vivent sans logement décent à Kinshasa.", []),
    ("La mairie a ouvert un centre pour sans-abri de 200 places à Marseille.", []),
    ("About 20,000 nomadic herders live in tents in the Gao region.", []),
])
def test_guards_of_the_words_of_round_25(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


def test_members_of_families_are_people():
    assert only("Some 1,200 displaced family members were reunited in Goma.")["unit"] == "people"


@pytest.mark.parametrize("text, numbers", [
    # kinds of displaced people after a semicolon are rows of their own
    ("- Evacuees: 2,300; Displaced: 1,100", ["2,300", "1,100"]),
    # a total that grew is the figure before, outside a sentence of deaths
    ("IOM counted 30,000 IDPs in Beni in March. The total has grown to 42,000.",
     ["30,000", "42,000"]),
])
def test_mends_of_the_seventeenth_review(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text", [
    # a North American telephone number, by its shape
    "- Les personnes évacuées peuvent s'inscrire en ligne ou au 1 877 555-0142.",
    "Some 300 evacuees registered at the desk; others can register at 867 555-0199.",
    # an amount with its currency's sign after it, as French writes it
    "- Une allocation de 750 $ par ménage est versée aux personnes évacuées.",
])
def test_phone_numbers_and_amounts_are_no_figures(text):
    assert [r["number_text"] for r in figures_of(text)] in ([], ["Some 300"])


@pytest.mark.parametrize("text, number", [
    # people who drove out or to a named place, or were carried there, moved
    ("Some 7,000 people drove out in the last 24 hours.", "Some 7,000"),
    ("Thousands have driven to Osh and Jalal-Abad on their own.", "Thousands"),
    ("Près de 200 habitants de Tende ont été acheminés vers Menton.", "Près de 200"),
    ("Some 300 residents were bused to Hay River.", "Some 300"),
])
def test_people_driven_or_carried_somewhere_moved(text, number):
    row = only(text)
    assert (row["number_text"], row["measure"]) == (number, "flow")


def test_things_carried_somewhere_are_no_figure():
    assert figures_of("Les vivres ont été acheminés vers Nice par 12 camions.") == []


@pytest.mark.parametrize("text, numbers", [
    ("Some 5,000 nomadic herders still live in tents near Gao.", []),
    ("Quelque 300 familles ont été convoyées vers le site de Rusayo.", ["Quelque 300"]),
])
def test_mends_of_the_eighteenth_review(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, numbers", [
    # people carried to safety or to a camp moved; goods carried to people did not move them
    ("Around 800 residents were ferried to safety across the river.", ["Around 800"]),
    ("Des vivres ont été acheminés vers 12 000 déplacés à Bunia.", ["12 000"]),
    # nomads who fled moved
    ("Some 4,000 nomads were displaced by the fighting around Kidal.", ["Some 4,000"]),
])
def test_mends_of_the_nineteenth_review(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, numbers", [
    # transhumance is no displacement; herders who fled are
    ("Some 20,000 nomads moved to the southern pastures with their herds, as every year.", []),
    ("Quelque 5 000 éleveurs nomades se sont déplacés vers le sud pour la transhumance.", []),
    ("About 3,000 herders fled the fighting with their cattle toward Chad.", ["About 3,000"]),
    # ... even to pastures, and so are displaced people who went there
    ("Around 8,000 pastoralists fled the attacks and moved to pastures near the border.",
     ["Around 8,000"]),
    ("Environ 3 000 éleveurs peuls ont fui les violences vers les pâturages.", ["Environ 3 000"]),
    ("An estimated 6,000 IDPs moved to the pastures outside Kadugli.", ["An estimated 6,000"]),
    ("As the season began, 2,000 herders crossed into Benin for the transhumance.", []),
])
def test_herders_on_transhumance_are_not_displaced(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, numbers", [
    # inhabitants are the complement of a move, not of a town
    ("Le périmètre a entraîné l'évacuation d'environ 4 600 habitants.", ["environ 4 600"]),
    ("La police a procédé à l'évacuation de 4 600 habitants.", ["4 600"]),
    ("Les déplacés sont arrivés à Sake, une ville de 60 000 habitants.", []),
    ("Un plan d'évacuation de 40 000 habitants a été préparé pour la commune.", []),
    ("Un ordre d'évacuation de 12 000 habitants a été émis samedi.", ["12 000"]),
])
def test_inhabitants_whose_evacuation_is_said(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, expected", [
    # tourists an evacuation moves (not tourists who visit)
    ("About 2,600 tourists were evacuated by air.", [("About 2,600", "evacuated")]),
    ("Plus de 3 200 touristes bloqués avaient été évacués par des vols spéciaux.",
     [("Plus de 3 200", "evacuated")]),
    ("Some 40,000 tourists visited Goma last year.", []),
    # the French civil protection's "mise à l'abri"
    ("Avant l'alerte rouge, 1 120 personnes ont été mises à l'abri dans 47 centres.",
     [("1 120", "evacuated")]),
    # disaster victims left homeless, or who spent the night in shelters (not all victims)
    ("Le cyclone a laissé environ 3 000 sinistrés sans toit.", [("environ 3 000", "displaced")]),
    ("Au plus fort de la crise, 640 sinistrés ont passé la nuit dans les centres d'accueil.",
     [("640", "displaced")]),
    ("On compte 12 000 sinistrés dans la province.", []),
    # people without a home, or sleeping outdoors
    ("The ONS says more than 3,000 people are without a home in the Western Area.",
     [("more than 3,000", "displaced")]),
    ("2,000 children are without school.", []),
    ("In Paris, some 3,500 people were without a home on the night of the census.", []),
    ("Dans le cadre du plan grand froid, 2 500 personnes sans domicile ont été mises à l'abri.",
     []),
    # a shelter that has people, not things
    ("The Mundo Imperial shelter has about 1,400.", [("about 1,400", "displaced")]),
    ("The shelter has 12 latrines.", []),
    # an earlier value set against a figure, past the shelters that hold it
    ("Officials report 4,378 people in 52 temporary shelters, down from a peak of about 6,000.",
     [("4,378", "displaced"), ("about 6,000", "displaced")]),
])
def test_people_sheltered_or_homeless_in_a_disaster(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # hosts speaking of themselves
    ("Au plus fort, nous hébergions 142 familles dans nos trois salles.", [("142", "displaced")]),
    ("Nous accueillons 300 familles.", [("300", "displaced")]),
    # residents of a place named far before the count are no population of it
    ("Residents of Valparaíso have seen this before: the great fire of April 2014 forced "
     "about 12,500 people from their homes.", [("about 12,500", "displaced")]),
    ("The residents of Goma, some 600,000 people, fear the rebels.", []),
    # people got out of danger by others
    ("Les gendarmes ont fait sortir une vingtaine de familles menacées.",
     [("une vingtaine", "evacuated")]),
    ("Firefighters carried out the 120 residents of a care home.", [("120", "evacuated")]),
    ("Le ministre a fait sortir 3 000 tonnes de vivres des entrepôts.", []),
    # ... not fighting that drove them out, nor a drill, nor rescuers pulling people alive
    ("Les combats ont fait sortir de chez eux quelque 5 000 habitants de Kitchanga.",
     [("quelque 5 000", "displaced")]),
    ("Lors de l'exercice incendie, les enseignants ont fait sortir les 600 élèves.", []),
    ("Les agents de la protection civile ont fait sortir 200 habitants du quartier inondé.",
     [("200", "evacuated")]),
    ("Les pompiers ont pu faire sortir 80 résidents de l'EHPAD.", [("80", "evacuated")]),
    ("Firefighters carried out 120 residents of the home as burning debris fell.",
     [("120", "evacuated")]),
    ("Quelque 300 ouvriers agricoles ont fui l'attaque de la plantation.",
     [("Quelque 300", "fled")]),
    ("In Antakya, rescuers carried out 300 people alive from collapsed buildings.", []),
    ("Rescue teams carried out 50 people from under the rubble of the market.", []),
    ("Les équipes de la protection civile ont fait sortir 12 mineurs de la galerie effondrée.",
     []),
    # ... nor what they could not do, or were asked to
    ("Les secours n'ont pas pu faire sortir les 40 personnes bloquées par les eaux.", []),
    ("Le préfet a demandé que les pompiers fassent sortir 300 habitants.", []),
    # nor hosts of a workshop
    ("Nous accueillons à Niamey 120 participants venus de 15 pays pour l'atelier.", []),
    # residents counted in apposition are a population
    ("Residents of Goma, estimated at 2 million, fear a new offensive.", []),
    ("The residents of the city of Goma, some 2 million people, fear a new wave.", []),
])
def test_hosts_residents_and_rescues(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, numbers", [
    # still in temporary housing: something put them there
    ("À Trooz, une trentaine de familles vivent toujours dans des caravanes.", ["une trentaine"]),
    ("About 3,000 people are still living in containers near the port.", ["About 3,000"]),
    ("Faute de logements sociaux, 400 familles vivent toujours dans des logements provisoires.",
     []),
    ("Some 5,000 nomadic herders still live in tents near Gao.", []),
])
def test_people_still_in_temporary_housing(text, numbers):
    assert [r["number_text"] for r in figures_of(text)] == numbers


@pytest.mark.parametrize("text, expected", [
    # people a disaster left without a home, and where they sleep
    ("The Red Cross says about four hundred families have lost their homes here.",
     [("about four hundred", "displaced")]),
    ("Some 1,100 people spent last night in the primary school.", [("Some 1,100", "displaced")]),
    ("Our teams met dozens of families sleeping in their cars on the industrial estate.",
     [("dozens", "displaced")]),
    ("Une soixantaine de personnes dorment encore sous des tentes.",
     [("Une soixantaine", "displaced")]),
    ("Des milliers de personnes vivent encore chez des proches dans les quartiers non inondés.",
     [("Des milliers", "displaced")]),
    ("Social services have placed 26 families, about eighty people, with host families in "
     "Alzira.", [("26", "displaced"), ("about eighty", "displaced")]),
    ("Tens of thousands of people have left the riverbanks since last week.",
     [("Tens of thousands", "displaced")]),
    # the object of a verb of moving, before the storm's other deeds
    ("Last September a cyclone displaced about 25,000 people and killed 54.",
     [("about 25,000", "displaced")]),
    # a shelter's capacity, and people who would not leave
    ("The ULBRA campus, fitted out for 3,000, is now sheltering close to 5,000 people.",
     [("close to 5,000", "displaced")]),
    ("Hundreds of residents are still refusing to leave the Centro district.", []),
])
def test_homes_lost_and_where_people_sleep(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a move to come, past where the people live now
    ("The government says all 600 households living below the railway line will be relocated "
     "within 14 days.", []),
    ("Les 300 familles vivant sur la berge du fleuve seront relogées à Kintambo.", []),
    ("Some 600 households living below the railway line were relocated on Monday.",
     ["Some 600"]),
    # crowding in one dwelling is a ratio; people in a school are sheltered there
    ("La grande majorité vit dans des familles d'accueil, parfois quinze personnes dans une "
     "maison.", []),
    ("Up to 20 people in a single tent, said the camp manager.", []),
    ("Some 1,100 people spent last night in the primary school.", ["Some 1,100"]),
    # people still to be reached with aid, and people still in their damaged homes
    ("- AME : 2 300 kits distribués depuis le 1er octobre ; 1 100 ménages restent à couvrir.",
     []),
    ("Tens of thousands of people are still living on the upper floors of damaged homes.", []),
    ("About 3,000 people fled to Goma; 1,200 are still living in damaged homes.",
     ["About 3,000"]),
])
def test_moves_to_come_crowding_and_aid_gaps(text, expected):
    assert [r["number_text"] for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a figure the report withdraws is none
    ("Correction: an earlier post said 12,000 people had been airlifted out of Canoas.", []),
    ("Une estimation de 60 000 déplacés, relayée le 6 avril sur les réseaux sociaux, a été "
     "démentie par le ministère.", []),
    ("Le chiffre de 18 000 ménages cité lors de la dernière réunion est retiré : il incluait "
     "les ménages non déplacés.", []),
    ("Un journal a titré sur 15 000 déplacés : c'était faux, c'était la surface brûlée.", []),
    # ... but the figure that replaces it is one, and words of another subject withdraw nothing
    ("Le chiffre de 3 000 évacués est erroné : en réalité 5 000 personnes ont été évacuées.",
     ["5 000"]),
    ("Some 4,000 people fled to Goma, which officials said was wrong to host them.",
     ["Some 4,000"]),
])
def test_withdrawn_figures(text, expected):
    assert [r["number_text"] for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # words that withdraw nothing: people denied a service, aid withdrawn, a figure restated
    ("About 3,000 IDPs were denied access to the Zamzam camp clinic last week.",
     [("About 3,000", "displaced")]),
    ("As the previous report stated, some 40,000 people remain displaced in Macomia district.",
     [("some 40,000", "displaced")]),
    # people got out by one agent, and people living somewhere
    ("L'armée a dû faire sortir 2 000 habitants de Kalehe vers Bukavu.", [("2 000", "evacuated")]),
    ("Les secours ont fait sortir 300 familles vivant au bord de la rivière.",
     [("300", "evacuated")]),
    # a roof lost is no home lost; motorists in their cars and fishermen at market moved no one
    ("Quelque 600 ménages ont perdu leur toit de tôle dans la tempête.", []),
    ("Thousands of motorists spent the night in their cars after snow closed the A7.", []),
    ("Every morning, some 200 fishermen left the islands of Lake Chad to sell their catch in "
     "Bol.", []),
])
def test_words_that_move_or_withdraw_nothing(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the count of the shelters the people are in does not hide the shelters' town
    ("Le gouvernement a recensé 2 150 personnes hébergées dans six (6) sites d'accueil à "
     "Yopougon.", [("2 150", "Yopougon")]),
    ("Nearly 10,000 persons were staying in 91 camps in Meppadi.",
     [("Nearly 10,000", "Meppadi")]),
    # ... but a part of them named after a comma is theirs alone
    ("Moldova has received more than 100,000 refugees. Around 3,000 are staying in 98 "
     "temporary accommodation centres, including the MoldExpo centre in Chișinău.",
     [("more than 100,000", "Moldova"), ("Around 3,000", "Moldova")]),
    # a shelter named by a town the gazetteer lacks, also after an elided "d'"
    ("Au palais des congrès d'Arcachon, 180 personnes sont encore hébergées.",
     [("180", "Arcachon")]),
    ("Le gymnase de Breil-sur-Roya accueille encore 74 personnes.", [("74", "Breil-sur-Roya")]),
    ("Plus de 300 personnes ont trouvé refuge dans les lieux de culte d'Attécoubé.",
     [("Plus de 300", "Attécoubé")]),
])
def test_shelters_and_their_towns(text, expected):
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a restatement after the words said of the first count is the same figure
    ("412 ménages évacués des zones à risque de Boribana, soit environ 1 900 personnes.",
     [("412", "evacuated"), ("environ 1 900", "evacuated")]),
    ("Some 300 households fled Kalehe last week, that is about 1,500 people.",
     [("Some 300", "fled"), ("about 1,500", "fled")]),
    # a round number in words refers back as a vague one does
    ("Plus de 5 000 réfugiés sont arrivés à Garoua-Boulaï depuis janvier : entre 250 et 300 "
     "personnes par jour cette semaine, contre une quarantaine par jour la semaine dernière.",
     [("Plus de 5 000", "refugees"), ("entre 250 et 300", "refugees"),
      ("une quarantaine", "refugees")]),
])
def test_restated_and_round_numbers(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # people who would not go, a capacity set up, animals evacuated: no one displaced
    ("Hundreds of residents of Klatanlo and Boru refused to go despite the orders.", []),
    ("- Des centaines d'habitants de Gouthioubé refusent pour l'instant de quitter leurs "
     "concessions.", []),
    ("The post at Konga, set up for 1,500 people, now holds more than 2,000.",
     ["more than 2,000"]),
    ("Le zoo du Bassin d'Arcachon a évacué ses 850 animaux vers des parcs de la région.", []),
    # (people who went after all)
    ("About 2,000 residents who had refused to go at first were evacuated on Friday.",
     ["About 2,000"]),
    # (not others who go back, in another clause)
    ("Hundreds of residents of Klatanlo and Boru refused to go despite the orders, and in "
     "other villages men go back every morning to feed their pigs.", []),
    # an appeal to leave, and a utility's customers, are no one moved
    ("Il invite les populations des zones à risque, notamment les quelque 5 400 ménages "
     "recensés sur les sites déclarés inhabitables, à les quitter sans délai.", []),
    ("The governor urged the 3,000 residents of the valley to leave.", []),
    ("The governor urged calm after 3,000 residents of the valley fled on Monday.",
     ["3,000"]),
    ("Il mélangeait les évacués et les quelque 2 300 clients qui étaient seulement privés "
     "d'électricité.", []),
])
def test_stayers_capacities_and_animals(text, expected):
    assert [r["number_text"] for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the edges of this session's rules, as the forty-first review found them
    ("About 2,000 people living on the slopes fled and will stay at the Konga shelters until "
     "the eruption ends.", ["About 2,000"]),
    ("More than 3,000 displaced people in a single tent camp at Kanyaruchinya lack latrines.",
     ["More than 3,000"]),
    ("Quelque 300 déplacés dans une maison communale de Rumonge attendent une assistance.",
     ["Quelque 300"]),
    ("A transit centre was set up for 2,500 refugees who crossed from Sudan on Monday.",
     ["2,500"]),
    ("Some 1,500 sheep herders and their families fled into Chad last week.", ["Some 1,500"]),
    ("About 1,500 residents of Ile Ape refused to leave on Monday, but were evacuated by the "
     "navy on Tuesday.", ["About 1,500"]),
    ("Police urged people to stay calm as more than 10,000 fled the area around the volcano.",
     ["more than 10,000"]),
])
def test_edges_of_the_new_rules(text, expected):
    assert [r["number_text"] for r in figures_of(text)] == expected


def test_half_a_dozen_is_six():
    assert [(r["number_text"], r["value"]) for r in figures_of(
        "Half a dozen families fled Kitchanga to Goma on Sunday.")] == [("Half a dozen", 6)]


def test_a_spelling_of_a_town_of_a_country_named_by_its_people():
    # (a report that names only "Afghans" names Afghanistan: Islam Qala is its town)
    rows = figures_of("Some 2,400 Afghans returned through Islam Qala on Tuesday, IOM said.")
    assert [(r["location"], r["location_place_id"]) for r in rows] == [
        ("Islam Qala", "AFG-eslam-qaleh")]


@pytest.mark.parametrize("text, expected", [
    # the words of round 30: taken out of danger by others
    ("In the valley, more than forty households were lifted out by helicopter on Tuesday.",
     [("more than forty", "evacuated", "flow")]),
    ("About 1,100 residents were taken out by boat and army trucks between Wednesday and "
     "Friday.", [("About 1,100", "evacuated", "flow")]),
    ("Quelque 140 habitants de Melloula ont été conduits en bus à Tabarka.",
     [("Quelque 140", "evacuated", "flow")]),
    ("Les 40 blessés ont été conduits à l'hôpital de Tabarka.", []),
    # ... housed where a disaster put them
    ("We now have 85 families in motels and 60 people in the Gisborne welfare centres.",
     [("85", "displaced", "stock"), ("60", "displaced", "stock")]),
    ("Between 50 and 70 people are sleeping at the Puketapu hall each night.",
     [("Between 50 and 70", "displaced", "stock")]),
    ("In Volos, 230 people remained in a hotel set aside by the municipality.",
     [("230", "displaced", "stock")]),
    ("The resort employs 400 people in hotels and restaurants.", []),
    # ... and still out of their homes, or unable to go back
    ("Nearly 1,600 residents are still out of their homes.",
     [("Nearly 1,600", "displaced", "stock")]),
    ("Près de deux cents familles ont passé la nuit hors de chez elles.",
     [("Près de deux cents", "displaced", "stock")]),
    ("About 410 households from the Romiti quarter are still unable to return.",
     [("About 410", "displaced", "stock")]),
    # ... let back home, or gone of their own accord, where to unsaid
    ("Roughly 300 Woodfin residents were allowed back to their homes on Monday.",
     [("Roughly 300", "returned", "flow")]),
    ("À Nkomkana, des dizaines de familles sont parties d'elles-mêmes, sans dire où.",
     [("des dizaines", "fled", "flow")]),
    # ... not a shelter's room, a village's people, nor a visit for belongings
    ("The biggest site, at the fairground, has room for 1,500 cots and is far from full.", []),
    ("Upstream, 73 people were airlifted out of Chimney Rock, a community of about 140 "
     "year-round residents.", [("73", "evacuated", "flow")]),
    ("Around 90 households from Pakowhai went in under escort on Wednesday to collect "
     "belongings.", []),
    ("Some 230 households returned to the Kooshin neighbourhood to salvage belongings.",
     [("Some 230", "returned", "flow")]),
])
def test_the_words_of_round_30(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the words of round 31: taken away by others, by bus or boat, or off an island
    ("An estimated 11,000 visitors were taken by bus from West Maui to Kahului Airport.",
     [("An estimated 11,000", "evacuated", "flow")]),
    ("About 110 people were brought by boat to Nuku'alofa on the Sunday after the wave.",
     [("About 110", "evacuated", "flow")]),
    ("The navy took 62 people off Mango and brought them to Nuku'alofa.",
     [("62", "evacuated", "flow")]),
    # ... as a relocation said of refugees, not of pupils or cargo
    ("Some 1,200 refugees were taken by bus to Kakuma camp.",
     [("Some 1,200", "refugees", "flow")]),
    ("Some 500 pupils were taken by bus to the new school in Goma.", []),
    ("Some 300 tonnes of food were taken by truck to Goma.", []),
    # a resort's guests count when evacuated, not when it hosts them
    ("Zermatt, coupée du monde, accueille encore plusieurs milliers d'hôtes. Depuis lundi, "
     "les hélicoptères ont évacué 1 850 hôtes vers Täsch.", [("1 850", "evacuated", "flow")]),
    # ... nor are chalets or buildings people, though the people are restated from them
    ("La commune a fait évacuer une quarantaine de chalets, soit environ 150 personnes.",
     [("environ 150", "evacuated", "flow")]),
    ("The provincial government says around 1,800 buildings had been evacuated by Monday.",
     []),
    # people in shelters, in French
    ("Selon le NDMC, 1 268 personnes se trouvaient mardi matin dans les 52 centres de refuge "
     "de l'île.", [("1 268", "displaced", "stock")]),
    ("Mardi soir, 410 personnes étaient encore dans les centres d'hébergement de Port-Louis.",
     [("410", "displaced", "stock")]),
    ("Les 12 agents sont dans les centres d'hébergement.", []),
    # ... or under a tent, or camping by their ruins; not a town's usual population
    ("Al Hoceïma : des milliers de villageois dorment sous la tente, la colère monte",
     [("des milliers", "displaced", "stock")]),
    ("Dans le douar d'Aït Kamara, plusieurs centaines de familles campent près des ruines de "
     "leurs maisons.", [("plusieurs centaines", "displaced", "stock")]),
    ("La commune compte d'ordinaire environ 8 000 habitants.", []),
    # a census's part; rooms and people signed up for aid are no figures
    ("The shelter census counted roughly 1,400 evacuees in the island's emergency shelters. "
     "The census includes 318 children.",
     [("roughly 1,400", "evacuated", "stock"), ("318", "evacuated", "stock")]),
    ("The State has reserved 450 hotel rooms for families who lost their homes.", []),
    ("FEMA reports 3,100 households have registered for federal assistance so far.", []),
    # moved out as a fire crossed a road: evacuated, not crossing a border
    ("On Wednesday, about 80 households on Olinda Road were moved out as the fire crossed "
     "Kula Highway.", [("about 80", "evacuated", "flow")]),
    ("About 3,000 people crossed into Burundi on Monday.", [("About 3,000", "refugees", "flow")]),
    # an evacuation's instructions move nobody yet
    ("On the evening of 1 January, evacuation instructions were issued to more than 51,000 "
     "residents of coastal districts.", []),
    # (a review) camping is no displacement unless by lost homes or out in the open
    ("À Taroudant, quelque 300 familles campent dehors par peur des répliques.",
     [("quelque 300", "displaced", "stock")]),
    ("Les 300 scouts campent au bord du lac Kivu cette semaine.", []),
    ("Une soixantaine de secouristes campent près du village d'Amizmiz.", []),
    ("Quelque 200 familles d'éleveurs campent chaque saison sèche près du lac.", []),
    # ... nor is a daily trip by bus a move
    ("Some 150 children were taken by bus to school in Kahului on Monday.", []),
    ("On election day, some 2,000 people were taken by bus to polling stations in Goma.", []),
    ("Some 600 residents were taken by bus to schools in Lismore after the levee broke.",
     [("Some 600", "evacuated", "flow")]),
])
def test_the_words_of_round_31(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a figure broken down by place in the next sentence, each part named before its number
    ("As of 5 January, 28,800 people were staying at 366 evacuation centres.\n"
     "- By municipality: Wajima City 10,350 people (138 centres); Suzu City 6,780 people.",
     [("28,800", "evacuated", ""), ("10,350", "evacuated", "Wajima City"),
      ("6,780", "evacuated", "Suzu City")]),
    ("Quelque 12 000 personnes ont été évacuées. Par commune : Trèbes 4 100 ; Villegailhenc "
     "2 300 et Cuxac 1 900.",
     [("Quelque 12 000", "evacuated", ""), ("4 100", "evacuated", "Trèbes"),
      ("2 300", "evacuated", "Villegailhenc"), ("1 900", "evacuated", "Cuxac")]),
    # ... not things counted by place
    ("Some 12,000 people were evacuated. By district: Kipao 40 schools; Ozi 12 schools.",
     [("Some 12,000", "evacuated", "")]),
])
def test_a_figure_broken_down_by_place(text, expected):
    assert [(r["number_text"], r["category"], r["location"])
            for r in figures_of(text)] == expected


def test_paragraphs_that_open_on_a_bold_place_are_about_it():
    text = ("## Par commune\n\n"
            "**Trèbes.** 312 personnes évacuées, dont une cinquantaine par hélicoptère. "
            "Mercredi, 270 habitants avaient pu regagner leur logement.\n\n"
            "**Villegailhenc.** Le pont a été emporté. Une soixantaine de foyers sont sans "
            "logement.\n\n"
            "- **Lugo.** The evacuation of the riverside wards moved some 2,700 people.\n"
            "- **Forlì.** A further 35 families have been rehoused in municipal flats.\n")
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == [
        ("312", "Trèbes"), ("une cinquantaine", "Trèbes"), ("270", "Trèbes"),
        ("Une soixantaine", "Villegailhenc"), ("some 2,700", "Lugo"), ("35", "Forlì")]


@pytest.mark.parametrize("text", [
    # a single bold lead-in may be a topic ...
    "**Villegailhenc.** Some 3,000 people were displaced in 2019.",
    # ... and a report whose lead-ins hold a topic is not naming places with them
    "**Background.** Fighting spread in May.\n\n**Villegailhenc.** Some 3,000 people were "
    "displaced in 2019.",
])
def test_bold_lead_ins_that_may_be_topics_name_no_place(text):
    assert [r["location"] for r in figures_of(text)] == [""]


def test_a_place_after_an_elided_article():
    rows = figures_of("Plus de 1 300 personnes ont été évacuées dans l'Aude pendant la nuit. "
                      "Environ 900 personnes ont fui vers l'État voisin.")
    # (not a capitalised noun: "l'État voisin")
    assert [(r["location"], r["destination"]) for r in rows] == [("Aude", ""), ("Aude", "")]


def test_foyers_are_households():
    assert only("Une soixantaine de foyers ont été évacués à Trèbes.")["unit"] == "households"


@pytest.mark.parametrize("text, expected", [
    # a sentence that says what the figure before includes, or what it was before
    ("Some 1,180 people spent Monday night in emergency shelters. The count includes 212 "
     "children.", [("Some 1,180", "displaced"), ("212", "displaced")]),
    ("Quelque 1 150 personnes évacuées sont hébergées à Tabarka. Ce chiffre comprend 410 "
     "enfants.", [("Quelque 1 150", "evacuated"), ("410", "evacuated")]),
    ("Evacuation centres are housing 1,020 people tonight. That's down from a peak of just "
     "over 2,300 on Tuesday night.", [("1,020", "evacuated"), ("over 2,300", "evacuated")]),
    # (not another count's: deaths, or a centre's room)
    ("The floods killed 40 people. The count includes 12 children.", []),
    ("A collective centre hosts more than 1,100 displaced people, and its manager says it has "
     "space for only 900.", [("more than 1,100", "displaced")]),
])
def test_a_sentence_about_the_figure_before(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # round 30's words, where they mean something else (the forty-second review)
    ("In Lismore, 1,200 people were evacuated, and 12 remain in hospital.",
     [("1,200", "evacuated", "flow")]),
    ("Some 400 residents work in hotels along the coast, the tourism office said.", []),
    ("About 3,000 people were stranded in hotels in Nadi after flights were cancelled.", []),
    ("About 150 people attending the peace talks were waiting at the Serena hotel in Goma.",
     []),
    ("Witnesses said about 30 men were taken out and executed near Kishishe.", []),
    ("Some 40,000 households were lifted out of extreme poverty by the cash programme.", []),
    ("Une vingtaine d'hommes ont été emmenés à la prison centrale de Bunia.", []),
    ("About 400 children were allowed back to class in Beni on Monday.", []),
    ("Some 1,500 people were allowed back into the Rubaya mine after the inspection.", []),
    ("UNICEF said 120 children were left on their own at the Kanyaruchinya site.",
     [("120", "displaced", "stock")]),
    ("Some 3,000 people fled Sake without time to collect their belongings.",
     [("Some 3,000", "fled", "flow")]),
    ("Plus de 2 000 personnes ont fui Minova sans pouvoir récupérer leurs affaires.",
     [("Plus de 2 000", "fled", "flow")]),
    ("Les pompiers luttaient contre 12 foyers actifs près de Lacanau, où 3 000 personnes "
     "ont été évacuées.", [("3 000", "evacuated", "flow")]),
])
def test_the_words_of_round_30_in_other_senses(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


def test_paragraphs_that_open_on_a_person_or_a_sector_are_not_about_it():
    people = ("**Amani Bahati.** She fled Sake with 40 other families on Monday night.\n\n"
              "**Jean Mutombo.** He walked to Minova with 12 families from his village.\n")
    sectors = ("**Agriculture.** Some 3,000 people fled Kalehe for Minova, leaving their "
               "fields.\n\n**Livelihoods.** Around 1,200 displaced households in Minova lost "
               "their income.\n")
    assert [r["location"] for r in figures_of(people)] == ["Sake", "Minova"]
    assert [r["location"] for r in figures_of(sectors)] == ["Minova", "Minova"]


@pytest.mark.parametrize("text, period", [
    ("In May-June 2024, some 12,000 people were displaced by floods in Beledweyne.",
     "In May-June 2024"),
    ("Quelque 4 000 ménages ont été déplacés par les inondations en mai-juin dans la Tshopo.",
     "en mai-juin"),
])
def test_a_hyphened_range_of_months_is_a_period(text, period):
    assert only(text)["period"] == period


def test_where_people_had_taken_refuge_before_returning_is_no_destination():
    row = only("Quelque 1 200 Congolais qui s'étaient réfugiés en Ouganda sont rentrés à "
               "Bunagana cette semaine.")
    assert (row["category"], row["destination"]) == ("returned", "Bunagana")


def test_a_correction_label_is_no_place():
    row = only("Rectificatif : 2 000 personnes ont fui Kalehe.")
    assert (row["origin"], row["location"]) == ("Kalehe", "Kalehe")


@pytest.mark.parametrize("text, expected", [
    # field chats abbreviate people, households, children and evacuation centres
    ("Update 07:10: 4,300 ppl in 61 evac centres in Uvira, up from approx 3k last night.",
     [("4,300", "evacuated", "stock"), ("approx 3k", "evacuated", "stock")]),
    ("Kalehe: 35 HHs in the EC at Bushushu school.", [("35", "evacuated", "stock")]),
    ("Of the Uvira EC ppl about 1,900 are kids.", [("about 1,900", "evacuated", "stock")]),
    ("Nyiragongo: 120 families moved in w/ relatives in Goma, not on any EC list.",
     [("120", "displaced", "flow")]),
    ("A boat brought 230 Idjwi people to Bukavu last night.",
     [("230", "evacuated", "flow")]),
    # (not a count of something else brought to a place, nor a European Commission grant)
    ("The convoy brought 230 tonnes of food to Bukavu last night.", []),
    ("The ministry has taken out 300 loans for families in Goma.", []),
])
def test_the_abbreviations_of_field_chats(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Les écoles de Goma hébergent 3 200 personnes déplacées. Mardi soir, elles étaient "
     "près de 4 000.",
     [("3 200", "displaced", "stock"), ("près de 4 000", "displaced", "stock")]),
    ("Au plus fort, 1 900 personnes étaient hébergées dans les 12 centres de Bukavu. Lundi, "
     "450 personnes y étaient encore, dont 120 à Kadutu.",
     [("1 900", "displaced", "stock"), ("450", "displaced", "stock"),
      ("120", "displaced", "stock")]),
    ("Le gymnase d'Uvira hébergeait jusqu'à 600 personnes évacuées. Ce soir, il en reste "
     "140, dont 35 enfants.",
     [("jusqu'à 600", "evacuated", "stock"), ("140", "evacuated", "stock"),
      ("35", "evacuated", "stock")]),
    ("Some 2,400 displaced people are in the shelters in Goma. On Monday there were 3,100.",
     [("Some 2,400", "displaced", "stock"), ("3,100", "displaced", "stock")]),
    # (not the deaths of a later sentence)
    ("Some 2,400 evacuees are in the shelters in Goma. On Monday there were 12 deaths.",
     [("Some 2,400", "evacuated", "stock")]),
])
def test_the_same_people_at_another_time(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Boats have taken out about 1,300 people from Idjwi today, most of them to Bukavu.",
     [("about 1,300", "evacuated", "flow")]),
    ("Some 2,000 had been flown from the Kavumu airstrip since Wednesday.",
     [("Some 2,000", "evacuated", "flow")]),
    ("All residents of Idjwi Island, about 4,000 people, had been taken off the island by "
     "Friday.", [("about 4,000", "evacuated", "flow")]),
    ("Samedi, la Croix-Rouge avait encore sorti en pirogue 90 personnes restées dans leur "
     "maison à Kalehe.", [("90", "evacuated", "flow")]),
    # (the people of a town in apposition, with no move after them, are its population)
    ("The residents of Uvira, about 20,000 people, live by the lake.", []),
    ("Only about 400 slept at the centre in Goma last night.",
     [("about 400", "displaced", "stock")]),
    ("Une quarantaine de familles sont logées à l'hôtel à Bukavu.",
     [("Une quarantaine", "displaced", "stock")]),
    ("Nous sommes une trentaine de familles de Kadutu à vivre chez de la parenté.",
     [("une trentaine", "displaced", "stock")]),
    ("Depuis lundi, 1 800 habitants du secteur 2 ont pu réintégrer leur domicile à Uvira.",
     [("1 800", "returned", "flow")]),
    ("Près de 300 évacués de Goma sont repartis à Bukavu par le bateau de mardi.",
     [("Près de 300", "returned", "flow")]),
    ("More than 9,000 people have now left Sake, the governor said.",
     [("More than 9,000", "displaced", "flow")]),
])
def test_ways_of_saying_people_were_taken_out_sheltered_or_went_home(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


def test_a_number_that_names_a_sector_does_not_cut_the_words_of_the_figure_before():
    row = only("Quand les quelque 300 familles du secteur 3, qui sont encore évacuées, "
               "pourront-elles rentrer à Uvira ?")
    assert (row["number_text"], row["category"]) == ("quelque 300", "evacuated")


CAMP_BULLETIN = """# Weekly bulletin: Goma

## Key figures

- Returns from sites (week): 2,400 people
- to Rutshuru: 1,500
- to Masisi territory: 900
- Population in sites and collective centres (20 May): 96,300 people
- Births registered in sites this week: 140.

## Site by site

### Bulengo
- Population: 31,200 individuals
- Departures (week): 1,100, mostly back to Sake and to Minova

### Mugunga III
- Population: 24,800 individuals

## Funding

- Population: 600,000 people
"""


def test_the_rows_of_a_camp_bulletin():
    rows = [(r["number_text"], r["category"], r["measure"]) for r in figures_of(CAMP_BULLETIN)]
    assert rows == [
        ("2,400", "returned", "flow"),
        ("1,500", "returned", "flow"),
        ("900", "returned", "flow"),
        ("96,300", "displaced", "stock"),
        ("31,200", "displaced", "stock"),
        ("1,100", "returned", "flow"),
        ("24,800", "displaced", "stock"),
    ]


@pytest.mark.parametrize("text, expected", [
    # the part after "N, dont": a part of that count
    ("Le camp de Kanyaruchinya accueillait 2 000 déplacés. Ce soir, il en reste 140, dont "
     "35 enfants.",
     [("2 000", "displaced"), ("140", "displaced"), ("35", "displaced")]),
    # (a date before "of whom" is no whole)
    ("UNHCR counted some 68,000 Congolese who had fled to Uganda since April 2023, of whom "
     "about 55,500 had applied for asylum.",
     [("some 68,000", "refugees"), ("about 55,500", "refugees")]),
])
def test_a_part_of_the_count_before_a_comma(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Deux barges assurent la navette ; elles doivent permettre d'évacuer 1 500 personnes "
     "supplémentaires d'ici lundi depuis Kalehe.", []),
    ("Le pont aérien a permis d'évacuer 1 500 personnes de Kalehe depuis lundi.",
     [("1 500", "evacuated")]),
    ("Le gouvernement a ordonné l'évacuation de la zone rouge, au nord de l'île d'Idjwi, où "
     "vivaient environ 20 000 personnes.", []),
    ("Les camps de Bushagara et de Kanyaruchinya, où vivaient environ 68 000 ménages, ont été "
     "vidés.", [("environ 68 000", "displaced")]),
    ("Nos demandes\n\nReloger d'ici juillet les 900 familles de Kalehe dont la maison est "
     "détruite.", []),
    ("- Relocate the 400 households still in the Goma school before classes resume.", []),
])
def test_means_plans_demands_and_the_people_of_an_area(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the start of a change, said after its end
    ("Some 4,000 people are in the Goma sites this week, down to 3,100 from 4,800 on Monday.",
     [("Some 4,000", "displaced"), ("3,100", "displaced"), ("4,800", "displaced")]),
    ("Le nombre de déplacés dans les sites d'Uvira est tombé à 2 500 de 3 900 lundi.",
     [("2 500", "displaced"), ("3 900", "displaced")]),
    # (not a count of something else after "from")
    ("Some 4,000 people are in the Goma sites, up to 4,000 from 12 sites in May.",
     [("Some 4,000", "displaced"), ("up to 4,000", "displaced")]),
])
def test_a_change_said_from_its_end(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count of evacuation centres as field chats write them is no count of people
    ("Uvira: 4,300 ppl in ECs; 61 ECs open since Sunday.", [("4,300", "evacuated", "stock")]),
    # people taken out to be killed, pulled from the rubble, brought to a rally, or their
    # things: no one moved out of danger
    ("Witnesses said the gunmen took out 12 people from the church in Djugu and executed "
     "them.", []),
    ("Soldiers took out about 200 residents of the village and shot them near the river.", []),
    ("Les secouristes ont sorti 45 personnes des décombres de l'école effondrée à Bukavu.", []),
    ("Le juge a sorti 20 personnes de la prison centrale de Makala, selon l'avocat.", []),
    ("Buses brought 300 people to Kinshasa for the rally of the ruling party.", []),
    ("The barge brought 300 families' belongings to Goma, said the Red Cross.", []),
    # (the shelters of a metro in an air raid)
    ("During the night attack, about 3,000 people were in the shelters of the Kyiv metro.", []),
    ("About 1,200 people spent the night in the shelters of Kharkiv's metro stations.", []),
    # (but people in the shelters after a disaster, and taken out by boat, are figures)
    ("In Kalemie, 640 families are in the shelters set up by the Red Cross after the floods.",
     [("640", "displaced", "stock")]),
    ("Les pompiers ont sorti en barque 75 personnes bloquées par la crue à Kinshasa.",
     [("75", "evacuated", "flow")]),
])
def test_words_of_field_chats_and_taking_out_that_move_no_one(text, expected):
    assert [(r["number_text"], r["category"], r["measure"])
            for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun whose noun the sentence names first is not the people before
    ("Quelque 5 000 personnes déplacées sont hébergées dans les écoles de Kalemie. Quant aux "
     "écoles, elles étaient 45 à être occupées dimanche.", [("Quelque 5 000", "displaced")]),
    ("Quelque 5 000 personnes déplacées sont hébergées dans les écoles de Kalemie. Les "
     "écoles, elles étaient 45 à accueillir des familles dimanche.",
     [("Quelque 5 000", "displaced")]),
    # ... nor what is left in stock
    ("Le PAM a distribué 2 000 kits aux 1 200 ménages déplacés hébergés à Kalemie. Il en "
     "reste 300 en stock.", [("1 200", "displaced")]),
    # (a place before the pronoun, or a time, keeps them the same people)
    ("Quelque 5 000 personnes déplacées sont hébergées à Kalemie. Dans les écoles, elles "
     "étaient 7 200 dimanche.", [("Quelque 5 000", "displaced"), ("7 200", "displaced")]),
    ("About 1,800 IDPs were sheltering at the Tawila school on Monday. The next day, there "
     "were 2,100.", [("About 1,800", "displaced"), ("2,100", "displaced")]),
])
def test_the_same_people_at_another_time_not_a_topic_of_its_own(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a camp's or a sector's number has one or two digits: three after a camp count people
    ("At Minawao camp 200 arrived on Monday alone, UNHCR said.", ["200"]),
    ("In Kutupalong camp 300 arrived overnight from Maungdaw.", ["300"]),
    # (a report's number may have three)
    ("Sitrep 143 — 560 families arrived in Ouallam from Tillia.", ["560"]),
    ("Les 450 ménages du secteur 4 ont été relocalisés vers le site de Lushagala.", ["450"]),
])
def test_a_number_that_names_a_camp_or_a_report(text, expected):
    assert [r["number_text"] for r in figures_of(text)] == expected


def test_a_camp_bulletin_with_the_host_community_and_a_census():
    text = ("# Weekly bulletin: Gambella\n\n## Camps\n\n### Nguenyyiel\n"
            "- Population: 96,300 individuals\n- Population (host community): 45,000\n"
            "- Population (2021 census): 1,200,000\n")
    assert [(r["number_text"], r["category"], r["measure"]) for r in figures_of(text)] == [
        ("96,300", "displaced", "stock")]


def test_rows_that_say_which_way_goods_went_are_no_part_of_a_figure():
    text = ("Some 12,000 people fled El Fasher to Tawila this week.\n\n## Convoys\n\n"
            "- Food dispatched (MT): 1,450\n- to Tawila: 900\n- to Kabkabiya: 550\n")
    assert [r["number_text"] for r in figures_of(text)] == ["Some 12,000"]
    text = ("## Key figures\n\n- Returns from camps (week): 3,905 people\n"
            "- Trucks dispatched (week): 1,450\n- to Tawila: 900\n")
    assert [r["number_text"] for r in figures_of(text)] == ["3,905"]


@pytest.mark.parametrize("text, expected", [
    # an opening verb that is the subject of a sentence that reports, not a demand
    ("Accueillir les 3 000 réfugiés arrivés depuis lundi a saturé le site de Minawao.",
     [("3 000", "refugees")]),
    ("Loger les 3 000 déplacés arrivés à Kalemie depuis lundi coûte déjà 40 000 dollars par "
     "semaine.", [("3 000", "displaced")]),
    # (a demand all the same)
    ("Reloger d'ici juillet les 900 familles de Kalehe dont la maison est détruite.", []),
])
def test_an_infinitive_that_opens_a_report_is_no_demand(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the people of a place counted in apposition move only by the verb right after them
    ("All residents of Idjwi Island, about 4,000 people, had been taken off the island by "
     "Friday.", [("about 4,000", "evacuated")]),
    ("The residents of the city of Goma, some 2 million people, fear a new wave of "
     "displacement.", []),
])
def test_the_people_of_a_place_in_apposition(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # own dev 2's misses, by kind
    ("On Sunday, helicopters evacuated 23 migrants, including 9 children, from a riverbank "
     "near Bunagana.", [("23", "evacuated"), ("9", "evacuated")]),
    ("In Rutshuru, the navy took 85 people, most of them children and elderly people, by "
     "boat to the town of Goma on Wednesday.", [("85", "evacuated")]),
    ("In Djugu, the chief said some 2,300 households had abandoned 11 villages along the "
     "road.", [("some 2,300", "displaced")]),
    ("Depuis mars, environ 750 habitants de Bria sont partis s'installer chez des proches à "
     "Ippy.", [("environ 750", "displaced")]),
    ("Des dizaines de familles de Bunagana sont passées du côté ougandais, vers Kisoro.",
     [("Des dizaines", "refugees")]),
    # (not the other side of a river)
    ("Des dizaines de familles de Fizi sont passées de l'autre côté, vers Uvira.", []),
    ("The war, which erupted over plans to integrate the militias into the army, has "
     "uprooted more than 700,000 people in Ituri.", [("more than 700,000", "displaced")]),
    ("So far 620 families from the villages around Beni have left.", [("620", "displaced")]),
    # (not a plan's own count, nor people who left something behind)
    ("The government plans to relocate 5,000 households from Goma next year.", []),
    ("The 300 families have left their belongings in Kalehe.", []),
])
def test_words_own_dev_2_missed(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # round 33's extras: things counted, people unreachable, a street's residents, plans
    ("Twenty-nine countries offered a total of 135,000 places to refugees from Goma.", []),
    ("Service Kivu has received 2,780 applications for the rental support payment.", []),
    ("Le programme d'aide a déjà reçu 3 412 demandes à Goma.", []),
    ("Selon l'arrondissement, environ 1 300 personnes restent injoignables à Uvira.", []),
    ("- Avenue du Lac, n° 3 à 57 : 203 résidents recensés, dont 187 évacués ;",
     [("187", "evacuated")]),
    ("The block office expects some 3,000 men to leave Goma for work in Kisangani.", []),
    ("- Appuyer la relocalisation prévue de 300 familles installées au bord du lac à Uvira.",
     []),
    ("À Idjwi, l'île entière est visée par l'ordre d'évacuation, soit environ 2 000 résidents.",
     []),
])
def test_round_33_things_that_are_no_figures(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # round 33's misses, by kind
    ("As at 3 May, 1,300 people were staying in emergency accommodation funded by the "
     "province in Goma, including 410 children. Of these people, 740 were from Sake. The "
     "peak was 5,200 people on 3 March.",
     [("1,300", "displaced"), ("410", "displaced"), ("740", "displaced"),
      ("5,200", "displaced")]),
    ("Since March, about 2,100 people in Goma moved back into their repaired homes.",
     [("about 2,100", "returned")]),
    ("Des dizaines de familles de Sake ont rejoint des proches à Goma.",
     [("Des dizaines", "displaced")]),
    ("Selon la police, près de 3 000 personnes ont passé la nuit de samedi dans des centres "
     "d'accueil à Goma.", [("près de 3 000", "displaced")]),
    ("La ville indique que 170 sinistrés étaient encore hébergés dimanche au lycée de Goma.",
     [("170", "displaced")]),
    ("À Sake, près de 200 familles sont parties sans laisser d'adresse.",
     [("près de 200", "fled")]),
    # (the peak of another event is not the same people's)
    ("Some 4,000 people are sheltering in the Goma sites. The peak was 9,000 in the 2017 "
     "floods.", [("Some 4,000", "displaced")]),
    # (disaster victims who live in a region are no figure; nor is funding)
    ("Quelque 50 000 sinistrés vivent dans la région de Goma.", []),
    ("The appeal funded 400 shelters in Goma.", []),
])
def test_round_33_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count someone expects to move is a plan only right after the verb
    ("As UNHCR expects more arrivals, 4,500 refugees crossed into Adré on Tuesday alone.",
     [("4,500", "refugees")]),
    ('"We did not expect this," said the mayor, as 2,300 residents fled the rising water '
     "in Kalehe.", [("2,300", "fled")]),
    ("UNHCR anticipates 50,000 new arrivals in eastern Chad by the end of the year.", []),
    # people out of aid's reach are still displaced; people unreachable are missing
    ("Some 30,000 displaced people in Masisi remain unreachable by humanitarian agencies "
     "because of the fighting.", [("Some 30,000", "displaced")]),
    # displaced people registered, of whom some are named, are no street's residents
    ("Dans le territoire de Djugu, 12 500 déplacés recensés, dont 6 000 enfants, vivent "
     "dans des sites.", [("12 500", "displaced"), ("6 000", "displaced")]),
    ("A total of 4,200 IDPs registered, of whom 2,000 are children, arrived in Kaya last "
     "week.", [("4,200", "displaced"), ("2,000", "displaced")]),
    ("Quai Victor-Hugo : 138 résidents recensés, dont 121 évacués.", [("121", "evacuated")]),
    # applications for refugee status are read as asylum applications are
    ("Chad registered 8,000 applications for refugee status from Sudanese arrivals in Adré "
     "last month.", [("8,000", "refugees")]),
    # people taken somewhere for an outing are not evacuated
    ("The tour operator took 60 tourists, most of them Europeans, by boat to the island for "
     "a day trip.", []),
    ("Organisers took 2,000 people, mostly pilgrims, by bus to the shrine for the festival.",
     []),
    ("Rescue teams took 85 people, most of them women and children, by boat to Kalehe after "
     "the landslide.", [("85", "evacuated")]),
])
def test_round_45_review_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # residents of a care home moved anywhere in a disaster are evacuees
    ("Les 64 résidents de l'EHPAD de Bukavu ont été transférés vers des établissements de Goma.",
     [("64", "evacuated")]),
    ("Une trentaine de résidents d'une maison de retraite d'Uvira ont été transférés à Goma.",
     [("Une trentaine", "evacuated")]),
    ("Seventy residents of the nursing home in Uvira were transferred to Bukavu on Monday.",
     [("Seventy", "evacuated")]),
    # (a verb of going home still says what they do)
    ("Les 42 résidents de la résidence pour aînés de Goma sont rentrés hier.",
     [("42", "returned")]),
    # (other people transferred are what their report calls them)
    ("Une soixantaine de familles logées dans une église de Goma ont été transférées vers un "
     "bâtiment public.", [("Une soixantaine", "displaced")]),
    ("La crue a fait 3 morts, dont 2 résidents d'un EHPAD de Bukavu.", []),
])
def test_care_home_residents_moved_are_evacuated(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # people aboard a boat, a bus or a convoy are on the move
    ("Two boats reached Uvira. The first, with 147 refugees on board, ran aground near "
     "Kalundu.", [("147", "refugees")]),
    ("The second boat, carrying 183 people from Kalemie, beached at Uvira a few hours later.",
     [("183", "displaced")]),
    ("Chaque convoi de rapatriement transporte entre 800 et 1 200 personnes vers Gitega.",
     [("entre 800 et 1 200", "returned")]),
    ("Des milliers de personnes embarquent chaque semaine dans des autobus à Goma.",
     [("Des milliers", "displaced")]),
    # (not the load of each vehicle, nor goods, nor travellers)
    ("Smugglers said the trucks from Goma carried up to 80 people each.", []),
    ("The truck, carrying 30 tonnes of food, reached Goma.", []),
    ("Ferry operators on Lake Kivu have been carrying 1,000 passengers a day.", []),
])
def test_people_aboard_are_moving(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # people who passed through shelters, all told, moved
    ("Depuis samedi soir, 1 140 personnes au total sont passées par les centres d'accueil de "
     "Goma.", [("1 140", "displaced")]),
    ("Au gymnase d'Uvira, plus de mille personnes sont passées par nos salles depuis lundi.",
     [("plus de mille", "displaced")]),
    # (not people who went through an office)
    ("Plus de 300 personnes sont passées par la mairie de Goma pour demander une aide.", []),
])
def test_people_who_passed_through_shelters(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # gone into the bush or hiding in the fields, people fled
    ("Après l'attaque, une cinquantaine de familles de Kalehe sont parties en brousse.",
     [("une cinquantaine", "fled")]),
    ("Selon des témoins, des centaines d'habitants de Minova se sont cachés dans les champs.",
     [("des centaines", "fled")]),
    # on the road somewhere
    ("Des centaines de familles de Rutshuru ont pris la route de Goma.",
     [("Des centaines", "displaced")]),
    ("Hundreds of families have taken the road to Goma since Monday.",
     [("Hundreds", "displaced")]),
    # (not a convoy of goods)
    ("Un convoi de 40 camions a pris la route de Goma.", []),
])
def test_people_on_the_road_or_in_the_bush(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # own dev 2's misses: out of a jungle, nights in the open, safety reached, protection held
    ("In September alone, some 75,000 people emerged from the jungle at Kamanyola.",
     [("some 75,000", "displaced")]),
    ("Tens of thousands of residents of Goma spent that night and the following ones in "
     "parks and streets.", [("Tens of thousands", "displaced")]),
    ("About 4,200 families from Sake had reached churches and schools in Goma by Friday.",
     [("About 4,200", "displaced")]),
    ("Some 80,000 Congolese hold temporary protection in Uganda.",
     [("Some 80,000", "refugees")]),
    # (not goods)
    ("Some 80 trucks emerged from the forest road at Sake.", []),
])
def test_more_words_own_dev_2_missed(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_a_reply_quoting_a_later_message_repeats_it():
    # a thread newest first: the quoted line repeats the message below it
    text = ("Marcus, on your line:\n"
            "> so maybe 11,000-12,000 people moved from Goma to Bukavu\n"
            "The registration says 13,250 arrived from Goma by Monday.\n\n"
            "From: Marcus\n"
            "Roughly 240 buses have left, so maybe 11,000-12,000 people moved from Goma to "
            "Bukavu since Thursday.\n")
    rows = figures_of(text)
    assert [r["number_text"] for r in rows] == ["13,250", "11,000-12,000"]
    assert not rows[1]["quote"].startswith(">")
    # (a quoted line that is the only copy of its message is read)
    only = "> The Navy evacuated 1,200 residents from low-lying parts of Uvira.\n"
    assert [r["number_text"] for r in figures_of(only)] == ["1,200"]


@pytest.mark.parametrize("text, expected", [
    # round 34's misses, by kind: hotels, waiting, airlifts, leaving within a time
    ("Another 2,700 families from Rutshuru are in Goma hotels the Red Cross is paying for.",
     [("2,700", "displaced")]),
    ("The army says 4,000 to 5,000 people are still waiting outside the stadium in Goma for "
     "buses tonight.", [("4,000 to 5,000", "displaced")]),
    ("The airlift out of Goma has flown about 9,800 people since Thursday, mostly to "
     "Kinshasa.", [("about 9,800", "evacuated")]),
    ("On 12 March the order was extended, and about 78,000 residents of the Goma zone left "
     "within three days.", [("about 78,000", "displaced")]),
    # (people left, counted as remaining, are no move)
    ("Goma, home to 200,000 people before the war, now has fewer than 20,000 residents left.",
     []),
    # quoted words between the number and the people
    ('An estimated 25,000 to 30,000 "voluntary" evacuees from Goma appear in no register.',
     [("25,000 to 30,000", "evacuated")]),
    # buildings that shelter people, and people gone to shelters or to relatives
    ("In Goma, more than 600 public buildings, mostly schools, now shelter over 56,000 "
     "people.", [("over 56,000", "displaced")]),
    ("La nuit de la crue, 1 650 personnes avaient rejoint les abris ouverts par la ville de "
     "Goma.", [("1 650", "displaced")]),
    ("Plusieurs milliers d'habitants de Goma sont partis chez des parents à Bukavu.",
     [("Plusieurs milliers", "displaced")]),
    ("La majorité est hébergée par des proches ; 260 sont logées par la Croix-Rouge à Goma.",
     [("260", "displaced")]),
    ("Des centaines de familles campent le long de la route nationale à Goma.",
     [("Des centaines", "displaced")]),
    # the same state still, said with "le"
    ("Au plus fort, 19 300 personnes étaient déplacées à Goma ; près de 11 800 le sont "
     "encore.", [("19 300", "displaced"), ("près de 11 800", "displaced")]),
    # litigants and a study's sample are no figures, nor is its restatement
    ("Vu la requête par laquelle l'Association des sinistrés de Goma et dix-huit autres "
     "requérants demandent au tribunal de condamner la commune.", []),
    ("We followed 1,214 evacuated households (3,406 people) from five municipalities of Goma "
     "through three survey waves.", []),
])
def test_the_words_of_round_34(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # review of round 34's words: what they must not take
    # (a vehicle's toll in an accident or an attack, people taken to a rally or arrested)
    ("A bus carrying 45 people overturned near Kisoro on Sunday, killing 12.", []),
    ("Une pirogue transportant 60 personnes, pour la plupart des commerçants, a chaviré sur le "
     "lac Kivu près de Kalehe.", []),
    ("A plane with 19 people on board crashed shortly after take-off from Goma airport.", []),
    ("Une centaine de jeunes manifestants ont été embarqués dans des camions de la police à "
     "Goma.", []),
    ("Des milliers de personnes embarquent dans des bus pour le meeting du président à Goma.",
     []),
    # (care or training given at a centre, not shelter)
    ("Plus de 4 000 personnes sont passées par les centres de santé de Rutshuru pour se faire "
     "vacciner.", []),
    ("Au total, 1 250 personnes sont passées par les centres de traitement Ebola de Beni.", []),
    # (gone to the bush to work, on the road to a meeting or to recovery, to parents for the
    # holidays)
    ("Chaque matin, une centaine de femmes de Kiwanja sont parties en brousse chercher du bois "
     "de chauffe.", []),
    ("Les 120 délégués de l'Ituri ont pris la route de Kinshasa pour la conférence de paix.",
     []),
    ("Some 3,000 farmers in Kalehe have taken the road to recovery thanks to seed "
     "distributions.", []),
    ("Comme chaque année, des milliers d'habitants de Goma sont partis chez leurs parents pour "
     "les fêtes de fin d'année.", []),
    # (a campaign that reached schools; people who reach them moved)
    ("The measles campaign reached schools in Uvira, where 15,000 children were counted.", []),
    ("About 900 families reached schools in Uvira during the night.", [("About 900", "displaced")]),
    # (a court's or a landlord's temporary protection)
    ("Some 300 women in Goma have been granted temporary protection orders against abusive "
     "partners.", []),
    ("About 2,000 households in Bukavu have temporary protection from eviction until June.", []),
    # (a state said again with "le" is no move when the one before was none)
    ("En janvier, 45 000 personnes étaient sans accès à l'eau à Goma ; 30 000 le sont encore.",
     []),
    ("Au 1er mars, 19 300 personnes étaient déplacées à Goma ; au 15 mars, 11 800 le sont "
     "encore.", [("19 300", "displaced"), ("11 800", "displaced")]),
    # (people in town for talks)
    ("About 200 people attending the peace talks are in Goma hotels this week.", []),
    # (asylum seekers are no litigants; monitoring is no study's sample)
    ("En 2024, 1 200 requérants d'asile congolais sont arrivés en Suisse.",
     [("1 200", "refugees")]),
    ("In the past week, we tracked 4,500 newly displaced households arriving in Minova from "
     "Kalehe.", [("4,500", "displaced")]),
    ("Researchers tracked a cohort of 600 displaced households in Goma for two years.", []),
])
def test_the_words_of_round_34_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_a_reply_that_answers_the_line_it_quotes_takes_its_words():
    # a thread newest first: the quoted line repeats the message below, and the reply's
    # answer counts the same people
    text = ("From: Ange\n"
            "> Around 3,000 households moved from Minova to Goma\n"
            "We confirm: around 3,400 households, per the DTM list.\n\n"
            "From: Paul\n"
            "Around 3,000 households moved from Minova to Goma this weekend.\n")
    assert [r["number_text"] for r in figures_of(text)] == ["around 3,400", "Around 3,000"]


def test_the_same_state_again_looks_past_a_count_of_things():
    text = ("Au plus fort de la crise, plus de 19 300 personnes étaient déplacées dans les trois "
            "territoires ; selon la dernière évaluation, près de 11 800 le sont encore à Goma.")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("plus de 19 300", "displaced"), ("près de 11 800", "displaced")]


@pytest.mark.parametrize("text, expected", [
    # round 35's misses, by kind
    ("Helicopters lifted another fifteen hundred or so off the rooftops in Kalehe.",
     [("fifteen hundred", "evacuated")]),
    ("Altogether the army took something like eighty thousand people out of Goma in the first "
     "week.", [("eighty thousand", "evacuated")]),
    ("The Emergencies Ministry says it bused some 2,300 people out of Goma through the "
     "corridor.", [("some 2,300", "evacuated")]),
    ("The stadium in Goma had about 6,500 people sleeping on the floor by Sunday.",
     [("about 6,500", "displaced")]),
    ("Several hundred families from Uvira flew to Kinshasa in January.",
     [("Several hundred", "displaced")]),
    ("The government resettled some 4,300 families from Goma in other provinces.",
     [("some 4,300", "displaced")]),
    ("In Kalehe, Minova county counts 31,000 people in tents.", [("31,000", "displaced")]),
    ("The 40-odd residents of Idjwi were brought into Goma by boat on Monday.",
     [("40", "evacuated")]),
    ("When the border post reopened, up to 5,000 people a day came through to Goma.",
     [("up to 5,000", "displaced")]),
    ("Thousands more left Sake on foot, and we do not know where they went.",
     [("Thousands", "displaced")]),
    ("À la salle polyvalente de Goma, 186 personnes ont dormi la nuit dernière. La première "
     "nuit, samedi, on en avait 410.", [("186", "displaced"), ("410", "displaced")]),
    ("À la rentrée, 143 familles de Goma vivaient toujours hors de leur domicile.",
     [("143", "displaced")]),
    ("Une cinquantaine de familles sont reparties vers Idjwi, d'où elles sont originaires.",
     [("Une cinquantaine", "displaced")]),
    # (not the load of one trip, animals, nor people who slept at home; "la rentrée" is the
    # school year's start, not a return)
    ("People have been ferried out of Goma by boat since dawn, a few dozen at a time.", []),
    ("The showground in Goma has hundreds of horses.", []),
    ("Les 300 enfants de Goma ont dormi chez eux.", []),
    ("À la rentrée, 1 200 élèves de Goma ont retrouvé leurs classes.", []),
])
def test_the_words_of_round_35(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_a_repeat_labelled_icymi_is_counted_once():
    text = ("3/9 Context: on New Year's Eve around 4,000 residents of Goma sheltered on the "
            "lakeshore and at the port as the fire hit town.\n\n"
            "9/9 Good news: about 150 residents were allowed back to Sake on Thursday. ICYMI: "
            "around 4,000 residents of Goma sheltered on the lakeshore.\n")
    assert [r["number_text"] for r in figures_of(text)] == ["around 4,000", "about 150"]


def test_a_figure_taken_back_as_a_population_is_withdrawn():
    text = ("In episode 38 we said that two hundred thousand people lost their homes in Goma. "
            "That was roughly the population of the whole lakeshore, not a count of the "
            "homeless. The honest number is between seventy-five thousand and a hundred and "
            "fifty thousand people left homeless in Goma.\n")
    assert "two hundred thousand" not in [r["number_text"] for r in figures_of(text)]


@pytest.mark.parametrize("text, expected", [
    # round 35's words, read where they say something else: a number in words of no people
    ("The front line moved two kilometres closer to Sake, where 3,000 residents remained.", []),
    ("The army moved ten trucks into Sake, where 2,000 residents were waiting.", []),
    # ... a crowd shuttled to a ceremony, people treated or at a festival in tents, a ward's floor
    ("MONUSCO shuttled about 40 people, mostly journalists, from Goma to Bunia for the "
     "ceremony.", []),
    ("The cholera treatment centre in Minova cares for 60 people in tents.", []),
    ("The Amani festival in Goma welcomed 30,000 people in tents and on the lawns.", []),
    ("At Kyeshero hospital in Goma, 120 people were sleeping on the floor of the overcrowded "
     "wards.", []),
    # ... people who came through a flood or a vaccination centre, or flew on a weekly route
    ("All 300 residents of Kalehe came through the floods unharmed.", []),
    ("Some 2,000 people came through the vaccination centre in Goma on Monday.", []),
    ("Some 300 people flew to Entebbe from Goma each week before the airport closed.", []),
    # ... a stadium's crowd or people arrested there, patients and festival-goers who slept
    ("The stadium in Bunia held 20,000 people for the president's rally.", []),
    ("The stadium in Goma held some 300 people arrested during the protests.", []),
    ("Environ 150 malades ont dormi à même le sol à l'hôpital de Goma.", []),
    ("Quelque 2 000 festivaliers ont dormi sous des tentes au bord du lac à Goma.", []),
    ("Les équipes de MSF à Goma comptent 300 personnes.", []),
    # ... "at a time when", "à la fois ... et ...": no load of one trip
    ("Uganda hosts 1.6 million refugees at a time when funding is falling.",
     [("1.6 million", "refugees")]),
    ("Uganda received 3,000 refugees at a time of record arrivals.", [("3,000", "refugees")]),
    ("Quelque 12 000 déplacés à la fois de Masisi et de Rutshuru sont arrivés à Goma.",
     [("Quelque 12 000", "displaced")]),
    ("Environ 40 000 personnes à la fois déplacées et malnutries vivent à Bunia.",
     [("Environ 40 000", "displaced")]),
    # ... "la rentrée" of people is their return
    ("On observe une rentrée progressive de 3 000 réfugiés burundais à Makamba.",
     [("3 000", "returned")]),
    ("La rentrée de 2 500 ménages déplacés à Kitshanga se poursuit.", [("2 500", "returned")]),
    # (the words' own cases still read)
    ("Boats carried refugees across Lake Tanganyika, 300 people at a time, from Uvira to "
     "Kigoma.", []),
    ("Some 800 people came through the Kibumba checkpoint towards Goma overnight.",
     [("Some 800", "displaced")]),
    ("Authorities moved two thousand families from the flooded quarter of Uvira to Kiliba.",
     [("two thousand", "evacuated")]),
])
def test_the_words_of_round_35_in_other_senses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_a_figure_compared_with_a_population_is_not_withdrawn():
    text = ("An OCHA update said some 40,000 people had fled Minova. That is roughly the "
            "population of the whole town.\n")
    assert [r["number_text"] for r in figures_of(text)] == ["some 40,000"]
    # (but taken back when it was the population, not a count)
    text = ("The bulletin said 60,000 people were displaced in Minova. This was in fact the "
            "population of Minova.\n")
    assert figures_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # people who cannot go home are still out of it
    ("Les quelque 160 résidents du périmètre rouge, à Goma, ne pourront pas rentrer avant "
     "plusieurs mois.", [("quelque 160", "displaced")]),
    ("About 160 residents of Goma will not be able to return home for months.",
     [("About 160", "displaced")]),
    # (a move still to come is a plan)
    ("About 2,000 people will be relocated from Goma next year.", []),
])
def test_people_who_cannot_go_home_yet(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # round 36's misses, by kind
    ("The federation estimates that about 9,000 of those evicted from Goma in November were "
     "children.", [("about 9,000", "displaced")]),
    ("About 30,000 residents of Goma were evicted in November.", [("About 30,000", "displaced")]),
    ("Some 400 people had sheltered in the Goma stadium. The nightly peak was about 680, on "
     "November 17.", [("Some 400", "displaced"), ("about 680", "displaced")]),
    ("The town of Sake reports that some 1,500 residents have moved back.",
     [("some 1,500", "returned")]),
    ("During the fighting around 11,000 people took ships to Bukavu.",
     [("around 11,000", "displaced")]),
    ("[21-07 08:30] Hélitreuillage de 37 personnes coincées par les eaux à Kalehe.",
     [("37", "displaced")]),
    ("À Goma, il y a encore entre 60 et 80 ménages qui attendent un relogement définitif.",
     [("entre 60 et 80", "displaced")]),
    ("Le stade de Goma a servi d'abri. Au plus fort de la crise, quelque 24 000 personnes y "
     "dormaient.", [("quelque 24 000", "displaced")]),
    # (registrations for aid, and a site's capacity, are no people moved)
    ("FEMA has received 24,300 registrations for assistance from Goma.", []),
    ("The new site in Goma will house up to 400 households when it is finished.", []),
])
def test_the_words_of_round_36(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # (the words of round 36, where they do not belong)
    ("In Gado camp, 45,000 refugees live in shelters; 300 of those surveyed said they lacked "
     "water.", [("45,000", "refugees")]),
    ("In Kampala, 300 tenants were evicted for failing to pay rent last month.", []),
    ("Some 1,200 households evicted from their land in Kalehe live with host families.",
     [("Some 1,200", "displaced", "stock")]),
    ("Près de 800 familles délogées par les eaux vivent dans des écoles de Limete.",
     [("Près de 800", "displaced", "stock")]),
    ("The registration deadline for the 12,000 refugees in Adjumani had moved back a week.",
     [("12,000", "refugees")]),
    ("UNHCR recorded 12,000 new registrations of Congolese refugees in Nakivale in May.",
     [("12,000", "refugees")]),
    ("In Adré, 6,200 registrations of new arrivals from Sudan were completed last week.",
     [("6,200", "refugees")]),
    ("IOM carried out 9,000 registrations of returnees in Ouaddaï.", [("9,000", "returned")]),
    ("The hotel, which will house the delegation, is near the site where 2,000 displaced "
     "people live in Goma.", [("2,000", "displaced")]),
    ("Site 2:450 ménages déplacés à Bulengo.", [("450", "displaced")]),
    ("[Kampala] Displacement Tracking Matrix teams counted 2,400 people in Kisoro.", []),
])
def test_the_words_of_round_36_elsewhere(text, expected):
    rows = figures_of(text)
    assert len(rows) == len(expected)
    for r, e in zip(rows, expected, strict=True):
        assert (r["number_text"], r["category"], r["measure"])[: len(e)] == e


def test_a_report_on_sites_at_home_that_names_one_crossing_keeps_its_silent_figures_at_home():
    text = ("Kaga-Bandoro : sites de déplacés\n\n"
            "Le site de l'évêché de Kaga-Bandoro compte 1 200 ménages déplacés.\n\n"
            "- Au dernier passage, la DTM avait compté 870 ménages.\n"
            "- Le HCR signale aussi que près de 2 000 personnes de Kabo ont traversé vers le "
            "Tchad depuis décembre.")
    got = {r["number_text"]: (r["category"], r["iso3"]) for r in figures_of(text)}
    assert got["870"] == ("displaced", "CAF")
    assert got["près de 2 000"] == ("refugees", "TCD")
    # a report that names the crossing more than once is about the host country
    text = text.replace("Kaga-Bandoro : sites de déplacés",
                        "Des Centrafricains traversent vers le Tchad")
    got = {r["number_text"]: (r["category"], r["iso3"]) for r in figures_of(text)}
    assert got["870"] == ("refugees", "TCD")


# Round 37 (held out): what a text says of people, and what it says of papers, aircraft and
# plans. Each text: the figures it holds, as (number text, category).
@pytest.mark.parametrize("text, expected", [
    # a town's population brought down is no move
    ("The army decided to bring the town's population down to about 8,000 while the water "
     "supply is repaired.", []),
    # papers issued are no people; the people who used them are
    ("Of the 3,200 return permits issued in March, about 2,700 people had actually come home "
     "on them.", [("about 2,700", "returned")]),
    # a figure a paper printed and the agency withdrew
    ("Early newspapers wrote of chaos, and a figure of 52,000 evacuees circulated in May. It "
     "counted people registered twice, and the agency withdrew it.", []),
    # "shelter" a verb after a count
    ("Some 12,000 people are homeless; hundreds more shelter in the bus station.",
     [("Some 12,000", "displaced"), ("hundreds", "displaced")]),
    ("The county told 3,000 residents to shelter in place.", []),
    # an aircraft's number is no count; what an airlift moves is
    ("A Boeing 747 lifts 520 people to Perth.", [("520", "evacuated")]),
    ("At its peak the airlift moves some 4,000 people a day.", [("some 4,000", "evacuated")]),
    # guests moved out of a hotel in an evacuation zone; not pupils moved between buildings
    ("Two hotels inside the zone moved 480 registered guests out before dawn.",
     [("480", "evacuated")]),
    ("The school moved 500 pupils from the old building to the new one.", []),
    # shelters named in brackets before what they held
    ("The county's reception centres (the fairgrounds, a college and two high schools) held "
     "about 5,100 people on Sunday night.", [("about 5,100", "displaced")]),
    # gone to relatives; not for the holidays
    ("Most evacuees, perhaps 90,000 to 110,000 people, went to relatives and friends.",
     [("90,000 to 110,000", "displaced")]),
    ("Some 3,000 residents went to relatives for the holidays.", []),
    # what would have happened
    ("Had the tank burst, the plan would have widened the zone and moved another 60,000 "
     "people.", []),
    # a parliamentary question's number
    ("To ask the Minister how many people are living in emergency shelters. [Question 7713]",
     []),
    # a minister corrects the figure he gave
    ("I said that 1,900 people were in shelters; that figure included people who only took "
     "meals there. The correct figure for that date was 1,240.", [("1,240", "displaced")]),
    # evacuated, though they had once returned
    ("The police have evacuated about 260 people who had returned to the zone.",
     [("about 260", "evacuated")]),
    # a figure withdrawn by the next sentence, without naming it a figure
    ("Correction: bulletin No. 4 gave \"over 90,000 homeless in the city\". That was the "
     "province's count, not the city's, and is withdrawn.", []),
    # French: a rumour the bulletin had printed, withdrawn; what mobile homes are set up for
    ("Dans le numéro précédent, nous avions écrit que « 8 000 habitants dorment dehors ». "
     "C'était une rumeur, et nous la retirons.", []),
    ("Des mobile-homes ont été installés pour accueillir 45 ménages.", []),
    ("Le chiffre de 30 000 sans-abri publié dans la presse additionnait deux comptages ; il ne "
     "doit plus être utilisé.", []),
    ("Notre bulletin de mai parlait de « 50.000 réfugiés ». Nous avions confondu la ville et "
     "le district, et nous le rectifierons.", []),
    ("Nous proposons d'accueillir l'été prochain 30 enfants de familles réfugiées.", []),
    # sheltered in a number of centres, gone to hotels or cousins, a night in the orchards
    ("Plus de 60 000 sinistrés dorment dans quelque 300 centres d'hébergement.",
     [("Plus de 60 000", "displaced")]),
    ("Plusieurs milliers de familles ont gagné des hôtels de la capitale.",
     [("Plusieurs milliers", "displaced")]),
    ("Une trentaine de familles sont parties chez des cousins à Albi.",
     [("Une trentaine", "displaced")]),
    ("Près de 9.000 personnes ont passé la première nuit dans les orangeraies.",
     [("Près de 9.000", "displaced")]),
])
def test_round_37_people_papers_aircraft_and_plans(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_a_summary_rows_dotted_leader_is_its_colon():
    text = ("SUMMARY FOR THE BOARD\n\n"
            "  Evacuated by the county ...................... 152,000\n"
            "  Evacuees in member hotels at the peak ......... 4,100\n"
            "  of whom children under 12 ..................... 1,050\n"
            "  Invoices received by the office so far ........ 1,320\n")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("152,000", "evacuated"), ("4,100", "evacuated"), ("1,050", "evacuated")]


# Review of round 37: the near misses of its words. Each text: its figures, as (number
# text, category).
@pytest.mark.parametrize("text, expected", [
    # "passes" a verb after a count, not papers
    ("Every day an average of 1,200 passes through the Kasindi border post, most of them "
     "fleeing Beni.", [("1,200", "refugees")]),
    # a shelter from an air raid is no displacement
    ("Each night some 15,000 residents shelter in the city's metro stations.", []),
    ("Some 200 families shelter in their basements while the shelling lasts.", []),
    # what an airlift flies into a disaster zone
    ("The airlift flew 250 aid workers into the flood zone on Tuesday.", []),
    # Douglas is a town, not an aircraft maker; a thousands separator is no model number
    ("In Douglas 400 people were evacuated after the levee warning.", [("400", "evacuated")]),
    ("At Airbus 1,500 employees were evacuated from the plant after the blast.",
     [("1,500", "evacuated")]),
    # "in that case" is no case number
    ("Two villages were flooded. In that case 350 were moved to the school by the army.",
     [("350", "displaced")]),
    # staff moved inside a building or its grounds, or out of the way
    ("During the drill, teachers moved 380 pupils out to the playground.", []),
    ("The hospital moved 45 patients out of the east wing into the new block.", []),
    ("The foreman moved 15 employees out of the way of the crane.", []),
    # relatives of the victims, a long weekend, a meal
    ("Of the 1,500 seats at the memorial, 250 went to relatives of the victims.", []),
    ("About 500 residents went to relatives for the long weekend.", []),
    ("Every Sunday some 150 people from the estate go to relatives in town for lunch.", []),
    # an evacuation's noun before people who had returned is not theirs
    ("After the evacuation, 290 people who had returned to their homes were fined.",
     [("290", "returned")]),
    ("The evacuation of 210 people who had returned to the red zone began on Monday.",
     [("210", "evacuated")]),
    # scouts and freshmen on their first night are not displaced
    ("Some 1,800 scouts spent their first night under canvas at the jamboree.", []),
    ("More than 3,000 freshmen spent their first night in the university residences.", []),
])
def test_round_37_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_an_ellipsis_in_prose_is_no_dotted_leader():
    # four dots right after a word end a sentence; a leader has five, or starts after a space
    assert [(r["number_text"], r["category"]) for r in figures_of(
        "We waited at the border all night.... 250 came at dawn, mostly women.")] == []
    text = "KEY FIGURES\n\n  Evacuated by the district .... 3,400\n"
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("3,400", "evacuated")]


@pytest.mark.parametrize("text, expected", [
    # a headline's present tense, into shelters; not a crowd into a stadium
    ("Volcano: thousands crowd into shelters after the eruption", [("thousands", "displaced")]),
    ("Fans crowd into the stadium as 40,000 watch the final.", []),
])
def test_people_who_crowd_into_shelters(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 38 (held out): long-form tables, tables of families who left and came back, what
# a report withdraws, plans and counterfactuals, units of weather.
@pytest.mark.parametrize("text, expected", [
    ("Border monitoring\n\n| Source | What is counted | Figure |\n|---|---|---|\n"
     "| Border post | people who crossed since 3 May | 21,400 |\n"
     "| Camp register | people registered in camps | 18,900 |\n"
     "| Survey | houses burnt | 2,310 |\n",
     [("21,400", "refugees"), ("18,900", "displaced")]),
    ("Situation by block\n\n| Block | Member families | Families who lost or left their house "
     "| Families back on their plot |\n|---|---|---|---|\n| Lionde | 240 | 210 | 150 |\n",
     [("210", "displaced"), ("150", "returned")]),
    ("Tableau 2\n\n| District | Maisons détruites | Ménages en logement provisoire |\n"
     "|---|---|---|\n| Sardoba | 1 100 | 640 |\n", [("640", "displaced")]),
    # what the next sentence or the same one withdraws, and what a radio said
    ("A radio report of \"a million homeless\" counted everyone affected and should not be "
     "repeated.", []),
    ("Le chiffre de « 90 000 évacués » additionnait deux pays ; il ne doit pas être utilisé.", []),
    ("Le bilan de « 500 000 sans-abri » portait sur toute la région et a été retiré ; il ne "
     "doit pas être utilisé.", []),
    # plans and counterfactuals, a proposal to sponsor, a visit home
    ("L'étude prévoyait jusqu'à 90 000 personnes à évacuer.", []),
    ("Une alerte plus précoce aurait permis d'évacuer les quelque 1 800 habitants du "
     "village.", []),
    ("Le bureau propose aussi de parrainer 40 enfants déplacés.", []),
    ("On Sunday 60 residents were allowed back for two hours to collect belongings.", []),
    # the weather, and a share of a few
    ("The storm reached 920 hPa and 250 km/h.", []),
    ("About 52,000 people were still displaced, three in four of them with relatives.",
     [("About 52,000", "displaced")]),
    # taken in, gone to relatives, sleeping in a church, waiting in the open, a centre that
    # held people, people taken off by boat
    ("Les survivants, 650 à 700 personnes, ont été recueillis dans le bourg.",
     [("650 à 700", "displaced")]),
    ("Une soixantaine de personnes nous ont déclaré se rendre chez des parents à Ouidah.",
     [("Une soixantaine", "displaced")]),
    ("Environ mille deux cents personnes dormaient encore dans l'église la semaine dernière.",
     [("Environ mille deux cents", "displaced")]),
    ("Several thousand more waited in the open outside the town.",
     [("Several thousand", "displaced")]),
    ("Most members spent weeks at the accommodation centre near Macia, which held some 40,000 "
     "people at its height.", [("some 40,000", "displaced")]),
    ("About 700 residents were taken off by boat.", [("About 700", "evacuated")]),
    # rupees are money; a compensation's households are no figure
    ("Expenditure on food for persons sheltering at stations: Rs 3.2 lakh.", []),
    ("Récapitulatif\nMénages délogés le 28 janvier : 240\nMénages indemnisés : 198\n",
     [("240", "displaced")]),
])
def test_round_38_tables_withdrawals_plans_and_words(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Review of round 38: the near misses of its words. Each text: its figures, as (number
# text, category).
@pytest.mark.parametrize("text, expected", [
    # worshippers crowd into churches and mosques; people in danger still do
    ("Some 4,000 people crowd into churches for Christmas Mass in Lagos.", []),
    ("About 9,000 people crowd into mosques for Friday prayers in Karachi.", []),
    ("As the fighting nears, some 2,000 villagers crowd into churches for safety in Mahagi.",
     [("some 2,000", "displaced")]),
    # a row of a long-form table that counts aid, money, a plan or a phone line
    ("Key figures, Kassala\n\n| Indicator | Value |\n|---|---|\n"
     "| IDP households targeted with cash | 3,000 |\n| Amount disbursed (USD) | 450,000 |\n"
     "| Families intending to return | 1,100 |\n| Hotline for displaced families | 1455 |\n"
     "| People still to be relocated | 700 |\n| NFI kits to displaced families | 900 |\n"
     "| IDPs in collective centres | 6,400 |\n", [("6,400", "displaced")]),
    # a block's code is no place: the row is where the table is
    ("Refugees in Nyarugusu camp by block\n\n| Block | Refugees |\n|---|---|\n| C-4 | 2,100 |\n",
     [("2,100", "refugees")]),
    # farmers back on their fields for a season
    ("After the rains some 3,000 farmers are back on their fields for the planting season.", []),
    # "and should not be used", "il ne doit pas être utilisé" of a road or the water, after
    # a figure a radio or a bilan gave: the figure stays
    ("Radio reports of 2,500 residents evacuated from Maclean were confirmed. The bridge is "
     "under water and should not be used.", [("2,500", "evacuated")]),
    ("Le bilan de la nuit fait état de 900 personnes évacuées à Sommières. L'eau du robinet est "
     "polluée ; elle ne doit pas être utilisée.", [("900", "evacuated")]),
    ("Le bilan de la crue : 400 habitants évacués à Anduze. Non, c'est faux de dire que "
     "l'alerte est arrivée trop tard.", [("400", "evacuated")]),
    # people helped to leave their homes, and people to rehouse, who have none
    ("Les sapeurs-pompiers ont aidé 250 personnes à évacuer leur immeuble à Nîmes.",
     [("250", "evacuated")]),
    ("Après l'incendie, 70 familles à reloger sont hébergées dans une école de Koungou.",
     [("70", "displaced")]),
    # Manitoba, the Republika Srpska
    ("About 1,900 MB residents were evacuated from Peguis on Sunday.",
     [("About 1,900", "evacuated")]),
    ("In RS 2,400 people were evacuated from Šamac after the Sava rose.", [("2,400", "evacuated")]),
    # things collected, a pilgrimage, advice for a flood to come
    ("Les dons ont été recueillis par le diocèse ; 300 familles sinistrées en profiteront.", []),
    ("Chaque année, 3 000 habitants se rendent chez des parents à Touba pour le Magal.", []),
    ("La préfecture conseille aux 1 500 riverains de se rendre chez des proches en cas de "
     "crue.", []),
    # parents waiting in a school, passengers at an airport, lorries on the road
    ("Quelque 200 parents attendaient dans l'école les résultats de l'examen.", []),
    ("About 900 stranded passengers waited in the open at Male airport overnight.", []),
    # a stadium that held a crowd
    ("The stadium in Kitwe, which held 30,000 people for the inauguration, is closed.", []),
    # back to collect belongings and to stay: a return
    ("About 600 residents were allowed back to collect belongings and stay in their homes.",
     [("About 600", "returned")]),
])
def test_round_38_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 39 (held out): figures withdrawn by name, columns of people out of their homes or
# back, a departure ahead of a storm, counterfactuals and studies, roads and things.
@pytest.mark.parametrize("text, expected", [
    ('Please do not use the figure of "12,000 homeless" that went round in an e-mail.', []),
    ("Report No. 4 spoke of “nearly 80,000 evacuees”. That was our count of meters without "
     "power, and it should not be quoted.", []),
    ('NOTE: the office figure of "190,000 displaced" was the population of the wards, not '
     'people out of their homes.', []),
    ("Un chiffre de « 90 000 déplacés » a circulé : il correspond à la population de la "
     "commune et ne doit pas être repris.", []),
    ("Le chiffre de « 12 000 évacués » publié le 3 août incluait par erreur des vacanciers "
     "comptés deux fois.", []),
    ("Suburb          Claims lodged   Households out of home\n"
     "Bexley               118              64\n"
     "Avonside              97              41\n",
     [("64", "displaced"), ("41", "displaced")]),
    ("Re-occupation by zone\n\n| Zone | Meters restored | Residents back (City) |\n|---|---|---|\n"
     "| East End | 18,940 | 11,450 |\n", [("11,450", "returned")]),
    ("An estimated 35,000 island residents left before the storm.",
     [("An estimated 35,000", "evacuated")]),
    ("Si la digue avait cédé, il aurait fallu évacuer en plus les 3 000 habitants du bourg.", []),
    ("La Ville étudie le relogement de 45 autres familles.", []),
    ("Environ 2 400 objets ont été mis à l'abri à l'étage.", []),
    ("The road was closed at Highway 97 as 3,000 people fled.", [("3,000", "fled")]),
])
def test_round_39_withdrawals_columns_and_counterfactuals(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 39 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # "back" after the people, in a sentence, is a return (not the noun's own category)
    ("Floods in Kerala: 2,500 families back home after the waters receded.",
     [("2,500", "returned")]),
    ("About 5,000 residents back in the city by the end of the month.",
     [("About 5,000", "returned")]),
    # (not "back" as a verb, its bracket no header's)
    ("3,000 residents back (by a large majority) the relocation plan.", []),
    # (not out-of-home care, work or ownership)
    ("Some 400 people out of home ownership schemes were counted.", []),
    # (not boats gone ahead of a storm)
    ("300 fishing boats left before the storm.", []),
    # zones of risk, or zones by their letter, are no places: the table's place is the row's
    ("Floods in Emilia-Romagna, Italy.\n\n| Zones | Households evacuated |\n|---|---|\n"
     "| Red zone | 1,200 |\n| Orange zone | 450 |\n",
     [("1,200", "Emilia-Romagna"), ("450", "Emilia-Romagna")]),
])
def test_round_39_near_misses(text, expected):
    rows = figures_of(text)
    if expected and expected[0][1][0].isupper():
        assert [(r["number_text"], r["location"]) for r in rows] == expected
    else:
        assert [(r["number_text"], r["category"]) for r in rows] == expected


# Round 40: orders to leave, named shelters in pairs, figures struck out or said to be
# another count, plans, samples, goods in stock, a nationality and where its people are from.
@pytest.mark.parametrize("text, expected", [
    # an evacuation counted as ordered
    ("After the dam cracked, about 4,300 residents were ordered out of the valley.",
     [("about 4,300", "evacuated")]),
    ("Some 18,000 people were ordered to leave the coastal strip on Friday.",
     [("Some 18,000", "evacuated")]),
    # (not an order most did not follow)
    ("About 6,000 residents were ordered to evacuate but most stayed at home.", []),
    # two shelters named at once
    ("Police counted 340 people sleeping at the Ridgeway and Elmhurst community centres.",
     [("340", "displaced")]),
    # a figure struck out by what it was
    ("Le chiffre de 9 000 sans-abri, tiré de la presse, correspond à la population du quartier"
     " et ne saurait être retenu.", []),
    ("Le chiffre de 250 000 déplacés cité par la radio désignait le nombre de repas servis.",
     []),
    ("On Monday we said 80,000 people fled. That is roughly how many lived in the district, "
     "not how many left.", []),
    # (but a figure of people moved, said to be of those people, stands)
    ("Le chiffre de 3 400 cité hier désignait le nombre de personnes évacuées vers Nice.",
     [("3 400", "evacuated")]),
    # a plan, in the plural, and what should have been done
    ("Les autorités prévoient le retour de 12 000 personnes avant l'hiver.", []),
    ("Selon le rapport, l'évacuation de quelque 2 000 habitants aurait dû être ordonnée la veille.",
     []),
    # a survey's sample
    ("Les 612 ménages enquêtés vivaient tous dans les camps.", []),
    ("The 730 households surveyed had all fled the fighting.", []),
    # the noun of the count before is that count's, not the next one's
    ("L'ouragan, qui a fait plus de 300 morts, environ 20 000 habitants de la côte sont sans abri.",
     [("environ 20 000", "displaced")]),
    # a nationality and where its people are from
    ("Les combats ont chassé environ 4 200 Maliens des villages frontaliers vers le Niger.",
     [("environ 4 200", "refugees")]),
    # victims of a disaster who went home
    ("Près de 900 sinistrés sont repartis vers leurs villages d'origine.",
     [("Près de 900", "returned")]),
    # lodgings found for them
    ("The city has found flats for about 450 displaced families.",
     [("about 450", "displaced")]),
    # (not for animals)
    ("The shelter found homes for 300 dogs.", []),
    # a stock table: deliveries in and out, not people
    ("Relief depot, Dhaka.\n\n| Item | Stock on 1 May | In | Out |\n|---|---|---|---|\n"
     "| Tarpaulins | 1,200 | 800 | 950 |\n| Blankets | 5,400 | 2,000 | 3,100 |\n", []),
    ("Dépôt de secours de Mopti.\n\n| Article | Stock au 1er mai | Entrées | Sorties |\n"
     "|---|---|---|---|\n| Bâches | 1 200 | 800 | 950 |\n| Couvertures | 5 400 | 2 000 | 3 100 |\n",
     []),
])
def test_round_40_orders_struck_figures_and_stock_tables(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 40 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # an order not followed, or to leave a country
    ("About 9,000 villagers were ordered to leave the valley, but the majority refused.", []),
    ("Some 4,000 people were ordered to evacuate; most have refused to go.", []),
    ("About 120 aid workers were ordered to leave the country last week.", []),
    # a flight cancelled after a semicolon is no figure struck out
    ("Le chiffre de 1 800 réfugiés rapatriés cette semaine est stable ; le vol prévu vendredi, "
     "il est annulé.", [("1 800", "returned")]),
    # (nor is a figure whose own verb of moving stands before another estimate struck out)
    ("Le chiffre de 6 000 déplacés venus de Kalehe est confirmé ; l'ancienne estimation ne "
     "saurait être retenue.", [("6 000", "displaced")]),
    # a figure said to be of other people who moved stands
    ("Le chiffre de 2 300 cité hier désignait le nombre de rapatriés du Niger.",
     [("2 300", "returned")]),
    # plans for people who moved already are no plan of theirs
    ("Les ONG prévoient des distributions pour les 12 000 déplacés arrivés à Kaya.",
     [("12 000", "displaced")]),
    ("Les 3 000 personnes évacuées hier soir auraient dû être déplacées plus tôt.",
     [("3 000", "evacuated")]),
    # people interviewed may be the people who moved
    ("Les 250 familles interrogées par l'équipe ont fui Kidal en mars.", [("250", "fled")]),
    # a move refused or still to come
    ("Quelque 2 000 sinistrés refusent d'être évacués.", []),
    ("Environ 800 sinistrés pourront rentrer chez eux la semaine prochaine.", []),
    # a header of designations, or a bare "Stock", counts people all the same
    ("Sites de déplacés, Kaya.\n\n| Désignation | Ménages déplacés |\n|---|---|\n"
     "| Site de Bissa | 1 200 |\n| Site de Zinado | 850 |\n",
     [("1 200", "displaced"), ("850", "displaced")]),
])
def test_round_40_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# A figure said again by its number alone, pointing back at it, is that figure; a number
# that only happens to be the same is not.
@pytest.mark.parametrize("text, expected", [
    ("About 7,400 people fled the town on Monday. Our count of the 7,400 has been checked "
     "against the registers.", [("About 7,400", "fled"), ("7,400", "fled")]),
    ("Près de 2 600 personnes ont été évacuées. Le total est de 2 600 selon la préfecture.",
     [("Près de 2 600", "evacuated"), ("2 600", "evacuated")]),
    ("About 7,400 people fled the town on Monday. The council has set aside 7,400 dollars for "
     "repairs.", [("About 7,400", "fled")]),
    ("About 7,400 people fled the town on Monday. It has 7,400 planned plots.",
     [("About 7,400", "fled")]),
    ("About 6,000 people were evacuated on Friday. At 6,000 feet the smoke was thick.",
     [("About 6,000", "evacuated")]),
    ("Some 45,000 refugees crossed into Chad. UNHCR puts it at 45,000 as well.",
     [("Some 45,000", "refugees"), ("45,000", "refugees")]),
    # (not a price, an altitude or an amount of the same value, nor a number it is said
    # not to be, nor one withdrawn where it is said again)
    ("About 700 people fled Kibumba. A sack of flour now sells at 700.",
     [("About 700", "fled")]),
    ("Près de 1 500 personnes ont été évacuées. Le village est situé à 1 500.",
     [("Près de 1 500", "evacuated")]),
    ("Quelque 50 000 personnes ont fui. Le fonds a versé un montant de 50 000.",
     [("Quelque 50 000", "fled")]),
    ("Media reported that 4,000 people fled Sake. The total is not 4,000; OCHA says it is "
     "closer to 2,000.", [("4,000", "fled")]),
    ("About 9,000 people were displaced. The 9,000 has since been withdrawn pending "
     "verification.", [("About 9,000", "displaced")]),
])
def test_a_figure_said_again_by_its_number(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# The topic of an update's line is no place ("Hébergement : 217 familles relogées").
@pytest.mark.parametrize("text, expected", [
    ("Séisme à Al Hoceïma.\n\nHébergement : 217 familles relogées à ce jour.",
     [("217", "Al Hoceïma")]),
    ("Floods in Kent.\n\nAccommodation: 300 evacuated families housed in hotels.",
     [("300", "Kent")]),
    # (a place's name as the label still is one)
    ("Floods in Kenya.\n\n- Garissa: 3,000 displaced people\n- Tana River: 2,500 displaced people",
     [("3,000", "Garissa"), ("2,500", "Tana River")]),
])
def test_an_update_topic_is_no_place(text, expected):
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == expected


# A speaker before the words quoted is no place ('Glenn (county planner): "We registered').
@pytest.mark.parametrize("text, expected", [
    ('Floods in Kent.\n\nMarjorie (shelter manager): "We registered 412 evacuees at the hall."',
     [("412", "Kent")]),
    ("Floods in Kent.\n\n- Tonbridge: 412 evacuees at the hall.", [("412", "Tonbridge")]),
])
def test_a_speaker_is_no_place(text, expected):
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == expected


# Round 41: figures struck out in their own sentence by what they counted, births, offers,
# the families that host displaced people.
@pytest.mark.parametrize("text, expected", [
    ("Le chiffre de « 600 évacués » diffusé le 12 au matin correspondait à la population du "
     "hameau.", []),
    ("La mairie avait annoncé 2 000 sans-abri le 4 mars ; ce chiffre comprenait les sinistrés "
     "dont la maison n'était qu'inondée.", []),
    ("The 2019 report put the camp population at 48,000; that total counted twice the families "
     "registered in both camps.", []),
    ("An earlier bulletin reported 30,000 people in shelters in Sindh; that was the number of "
     "people in the province whose houses were damaged.", []),
    ("Le chiffre de « 200 000 déplacés » cité à la radio correspond à toute la population de la "
     "province.", []),
    ("Le chiffre de 50 000 déplacés publié hier additionne les listes de Kaya et de Kongoussi, "
     "où les mêmes familles ont été enregistrées deux fois.", []),
    # (but a figure that merely holds a part stands)
    ("About 3,000 people fled to Goma; this figure includes 1,200 children.",
     [("About 3,000", "displaced"), ("1,200", "displaced")]),
    # births are no arrivals; an offer is no move; the hosts are not the displaced
    ("About 1,800 children born in the camps since 2020 are registered with UNHCR.", []),
    ("Canada has offered to resettle up to 20,000 refugees over three years.", []),
    ("Près de 2 100 déplacés venus de Kaya sont logés par 340 familles d'accueil.",
     [("Près de 2 100", "displaced")]),
    ("Some 900 host families are sheltering about 5,400 IDPs in Beni.",
     [("about 5,400", "displaced")]),
])
def test_round_41_struck_figures_births_offers_and_hosts(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 41 under fix: leaving by a means of transport, people with relatives, people
# without a home named in a row's label, a total brought to another by a cross-check.
@pytest.mark.parametrize("text, expected", [
    ("As the shelling resumed, about 12,000 residents left by bus and boat.",
     [("about 12,000", "fled")]),
    ("Another 450 families from the lower town are with relatives in Kigali.",
     [("450", "displaced")]),
    ("Some 2,300 families are still sleeping with relatives in the old city of Herat.",
     [("Some 2,300", "displaced")]),
    # (not children with their family elsewhere, nor families without kits)
    ("About 300 children are with family members abroad.", []),
    ("About 2,000 families without shelter kits received cash.", []),
    ("Households without a habitable home after the floods: the provincial estimate is about "
     "18,000 households.", [("about 18,000", "displaced")]),
    ("Quelque 80 000 personnes ont fui Sampit. Le recoupement ramène le total à environ "
     "74 000.", [("Quelque 80 000", "fled"), ("environ 74 000", "fled")]),
])
def test_round_41_left_by_with_relatives_and_totals_brought_down(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 41 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # what a figure held is no withdrawal
    ("Le HCR a rapporté 7 500 nouveaux réfugiés à Goré ; ce chiffre comprenait les arrivées du "
     "3 au 9 mars.", [("7 500", "refugees")]),
    ("UNHCR reported 18,000 refugees in Minawao; that total counted each of them twice for food "
     "rations, officials said.", [("18,000", "refugees")]),
    # where refugees were born is no birth in a camp
    ("Some 4,000 refugees born in Syria crossed into Lebanon last month.",
     [("Some 4,000", "refugees")]),
    # an offer in a clause of its own is no plan of the count's
    ("After the government offered to pay transport costs, 5,000 refugees returned to Burundi.",
     [("5,000", "returned")]),
    # a city's homeless, or people without insurance, are not displaced
    ("An estimated 8,000 people without a permanent home live in Nairobi's streets.", []),
    ("Some 12,000 households without home insurance will receive state aid after the floods.",
     []),
    ("About 3,400 families without a home since the floods are sheltering in schools.",
     [("About 3,400", "displaced")]),
])
def test_round_41_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 42: figures withdrawn by a notice, a letter or an application of one's own and the
# number given instead; a figure a quoted line of an e-mail repeats.
@pytest.mark.parametrize("text, expected", [
    ("Notice No. 8 gave 1,312 relocated households. The correct figure for 20 August was 1,236 "
     "households.", [("1,236", "displaced")]),
    ("Notre lettre n° 30 parlait de 268 déplacés. Le bon chiffre au 31 mai est de 233.",
     [("233", "displaced")]),
    ("Notre demande de 2015 parlait de 2 500 évacués : c'était la population recensée en 2010 "
     "pour toute la zone.", []),
    ("Some 3,100 residents were told to leave.\n\n> 3,100 residents told to leave\n\nThanks, "
     "that is what we will print.", [("Some 3,100", "evacuated")]),
    # (a quoted line that says it first is the only place it is said)
    ("> The Navy evacuated 1,200 residents from Llano Largo.", [("1,200", "evacuated")]),
])
def test_round_42_corrections_and_quoted_lines(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 42: people told to leave, moved by a vehicle or taken off a beach, sent back to the
# border, lodged with neighbours, living elsewhere or away from home.
@pytest.mark.parametrize("text, expected", [
    ("The civil protection count is 3,100 residents told to leave by 112 alerts.",
     [("3,100", "evacuated")]),
    ("The 42 residents of the care home were moved by ambulance to Chalkida.",
     [("42", "evacuated")]),
    ("About 1,050 people were taken off the beach at Pefki by two ferries.",
     [("About 1,050", "evacuated")]),
    ("Roughly 200 were tourists; the other 850 or so went to hotels in Istiaia.",
     [("850", "displaced")]),
    ("On 13 June, 140 men were sent back across the border by police.", [("140", "returned")]),
    ("Les autorités namibiennes ont raccompagné 276 personnes à la frontière de Ruacana.",
     [("276", "returned")]),
    ("The camp committee list gives 1,940 border crossers, living in 268 bush shelters.",
     [("1,940", "refugees")]),
    ("À Baravat, une vingtaine de familles logent chez des voisins.",
     [("une vingtaine", "displaced")]),
    ("Of our households, 1,190 are still living elsewhere.", [("1,190", "displaced")]),
    ("Abaco residents away from home on 15 September: about 10,700.",
     [("about 10,700", "displaced")]),
    ("Personnes toujours hors de Chã das Caldeiras (mars 2016) : 1 050",
     [("1 050", "displaced")]),
    ("On 13 August some 2,400 residents were in the district's temporary shelters.",
     [("some 2,400", "displaced")]),
    ("For about 2,900 residents who left Abaco we cannot see a destination.",
     [("about 2,900", "displaced")]),
    ("Près de 200 personnes sont reparties d'elles-mêmes vers Curoca en février.",
     [("Près de 200", "displaced")]),
])
def test_round_42_told_moved_sent_back_and_away(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 42 under fix: the same words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    ("Some 40 aid workers were told to leave the country.", []),
    ("About 300 tonnes of food were moved by truck to Goma.", []),
    ("The team screened 850 displaced children in Goma.", []),
    ("Au point d'eau, nous avons mesuré le périmètre brachial de 185 enfants de familles "
     "déplacées.", []),
    ("Wutung village census 1983: 212 persons, all still in the village.", []),
    ("An estimated 380,000 people had been affected, but no one could say how many were still "
     "away from home.", []),
    ("Some 2,000 residents away on holiday could not be reached.", []),
    ("The 300 tourists who left Goma on Monday were safe.", []),
    ("Si les camps ferment, près de 5 000 personnes n'auront nulle part où aller.", []),
    ("Environ 3 000 personnes déplacées seront relogées en mai.", [("Environ 3 000", "displaced")]),
])
def test_round_42_near_misses(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_round_42_a_table_of_situations_counts_its_rows_by_their_labels():
    text = ("## Vos filleuls au 31 mai\n\n| Situation | Enfants |\n|---|---|\n"
            "| Sous tente dans un camp de Bam | 143 |\n"
            "| Rentrés dans un logement réparé | 134 |\n| Décédés | 137 |\n")
    assert [(r["number_text"], r["category"], r["unit"]) for r in figures_of(text)] == [
        ("143", "displaced", "children"), ("134", "returned", "children")]


def test_round_42_a_column_of_people_from_a_place_counts_them():
    text = ("## Familles hors de leur village, par site d'accueil\n\n"
            "| Site | Familles de Chã | Maisons neuves attribuées |\n|---|---|---|\n"
            "| Achada Furna | 64 | 41 |\n| Cova Figueira | 53 | 38 |\n")
    assert [(r["number_text"], r["category"], r["unit"]) for r in figures_of(text)] == [
        ("64", "displaced", "families"), ("53", "displaced", "families")]


# Round 42 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # told to leave a room, offices or a country is no evacuation
    ("About 300 pupils were told to leave the classroom early because of the heat.", []),
    ("Some 1,500 Afghans were told to leave Pakistan by the end of the month.", []),
    # people caught at a border, workers away from home, fans, a day
    ("Border Patrol agents apprehended 2,100 border crossers near El Paso on Sunday.", []),
    ("Environ 2 000 ouvriers travaillent hors de leur commune chaque jour.", []),
    ("In the survey, 340 households away from home for work reported remittances.", []),
    ("Many of the 800 residents away this summer have second homes.", []),
    ("About 300 workers who left Monday for the mines have not been paid.", []),
    # a correction of another count withdraws nothing
    ("Notre lettre de mars parlait de 500 familles déplacées à Uvira. Le bon chiffre pour le "
     "budget est de 40 000 dollars.", [("500", "displaced")]),
    # a quoted line of another figure with the same number is a figure
    ("On Monday 250 people were evacuated from Rovies.\n\n> On Tuesday 250 people were "
     "evacuated from Limni.", [("250", "evacuated"), ("250", "evacuated")]),
    # displaced people who will lack something are displaced now
    ("Les 3 000 personnes déplacées n'auront plus accès à l'eau potable dès lundi.",
     [("3 000", "displaced")]),
    ("Staff weighed the luggage of 300 evacuees before the flight to Nairobi.",
     [("300", "evacuated")]),
])
def test_round_42_near_misses_of_the_review(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_round_42_a_row_of_people_with_relatives_counts_them():
    text = ("## Enfants déplacés suivis par le programme à Fogo\n\n| Situation | Enfants |\n"
            "|---|---|\n| Sous tente dans un camp | 143 |\n| Chez des proches | 88 |\n")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("143", "displaced"), ("88", "displaced")]


# One list of errands for every "carried by bus/boat to ..." cue: a school, the polls or a
# hospital is a trip, schools named as a place or a stadium are where people shelter.
@pytest.mark.parametrize("text, expected", [
    ("The army took 200 people by bus to schools in Lismore.", [("200", "evacuated")]),
    ("After the floods, 300 residents were taken by bus to schools in Lismore.",
     [("300", "evacuated")]),
    ("About 600 families were brought by boat to the stadium in Beira, which now shelters them.",
     [("About 600", "evacuated")]),
    ("On Sunday 2,000 residents were taken by bus to the polls in Winnipeg.", []),
    ("About 40 injured people were moved by ambulance to hospital in Chalkida.", []),
    ("The council took 120 voters by bus to the polling station in Morris.", []),
])
def test_carried_on_an_errand_or_to_shelter(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 43: figures withdrawn as another count ("c'est la population", "c'est le nombre
# de", "ce n'est pas un nombre de déplacés", "that figure included ...", an undercount, a
# headline), lowered or corrected to another number.
@pytest.mark.parametrize("text, expected", [
    ("Notre bulletin n° 56 annonçait « 1,5 million d'expulsés » : c'est la population des "
     "quartiers visés.", []),
    ("La presse a parlé de « 3 000 évacués » : c'est le nombre d'habitants de la zone en "
     "alerte.", []),
    ("Je corrige ma note : j'avais écrit « 16 000 déplacés » d'après la radio. C'est le nombre "
     "de personnes touchées dans tout le district. Le bureau compte environ 7 000 déplacés.",
     [("environ 7 000", "displaced")]),
    ("Selon l'envoyée spéciale de l'ONU, environ 700 000 personnes ont perdu leur logement ou "
     "leur gagne-pain. Ce total mêle les vendeurs et les familles : ce n'est pas un nombre de "
     "déplacés.", []),
    ('Its first newsletter printed "4,200 evacuees": that figure included construction workers '
     "and summer visitors, and issue 2 corrected it to 3,830 residents.",
     [("3,830", "evacuated")]),
    ("Le chiffre de 40 000 élèves déplacés, avancé le 15 octobre, a été ramené à 26 000 après "
     "le recensement fait dans les camps.", [("26 000", "displaced")]),
    ("Le recensement du HCR d'octobre donne « 4 300 réfugiés » pour Lola : les agents n'ont "
     "compté que les personnes présentes au marché.", []),
    ('NOT "800,000 HOMELESS"\nSir, - Your front page said that 800,000 Jamaicans were made '
     "homeless. With respect, that is the estimate of people living in damaged houses.", []),
])
def test_round_43_figures_withdrawn_as_another_count(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


# Round 43: people in public shelters and rest centres, sleeping on classroom floors or at a
# church, still at an arena, a witness's answer, pupils living in shelters; let or brought
# back; moved on from one place to another.
@pytest.mark.parametrize("text, expected", [
    ("The office counted 19,800 people in public shelters on 20 September.",
     [("19,800", "displaced", "people")]),
    ("Of the 4,300 in rest centres that Monday, 1,100 were children.",
     [("4,300", "displaced", "people"), ("1,100", "displaced", "children")]),
    ("We had 340 people here on the night of the storm; 190 are still here, sleeping on the "
     "classroom floors.", [("340", "displaced", "people"), ("190", "displaced", "people")]),
    ("In Yallahs a hundred-odd people have been sleeping at the Baptist church since the storm.",
     [("hundred", "displaced", "people")]),
    ("Between 1,500 and 2,000 people are still at the National Arena.",
     [("Between 1,500 and 2,000", "displaced", "people")]),
    ("Q. How many people are in your centre today?\nA. This morning, 212 people, sir.",
     [("212", "displaced", "people")]),
    ("Dans le collège, 58 élèves vivent encore dans les abris provisoires, dont 19 dans mes "
     "deux classes.", [("58", "displaced", "children"), ("19", "displaced", "children")]),
    ("Further south, more than 900 displaced pupils from Amuru sit under trees.",
     [("more than 900", "displaced", "children")]),
    ("The Council let the first 900 back to the western end on 12 February.",
     [("900", "returned", "people")]),
    ("In June 1957 the navy brought 250 people back to a rebuilt village on Rongelap.",
     [("250", "returned", "people")]),
    ("When the tanks failed, some 70 people moved on from Mejato to Ebeye.",
     [("some 70", "displaced", "people")]),
    ("Récapitulatif du comité :\n   Réfugiés recensés par le comité : 8 640\n   Réfugiés "
     "reconduits à la frontière : 70\n", [("8 640", "refugees", "people"),
                                          ("70", "returned", "people")]),
])
def test_round_43_sheltered_returned_and_moved_on(text, expected):
    assert [(r["number_text"], r["category"], r["unit"]) for r in figures_of(text)] == expected


# Round 43: no figure: an intention asked in a survey, sheets of zinc, cattle, a union's
# members, a project, a duty to come, people who stayed.
@pytest.mark.parametrize("text", [
    "In a survey that spring, 2,900 registered islanders said they meant to go back.",
    "Environ 1 200 bovins ont été déplacés vers les étables des coteaux de Nus.",
    "Notre syndicat partenaire compte 2 430 adhérents ; elle nous a transmis ses chiffres.",
    "Le projet de transférer 2 000 réfugiés vers un camp à Kouankan a été annoncé.",
    "Si les digues cèdent, jusqu'à 90 familles de la plaine devront être relogées au printemps.",
])
def test_round_43_no_figure(text):
    assert figures_of(text) == []


# ... and beside a figure, which would lend them its context
@pytest.mark.parametrize("text, expected", [
    ("The 60 families whose houses washed away have gone back and are building on the same "
     "spot, with 300 sheets of zinc bought by the co-operative.", [("60", "returned")]),
    ("Quarante familles sont rentrées à Ban Mai. À Ban Samong, les anciens ne sont jamais "
     "partis : environ 80 personnes, restées sur les hauteurs avec les buffles.",
     [("Quarante", "returned")]),
])
def test_round_43_no_figure_beside_one(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_round_43_tables_of_people_away_and_members_without_a_home():
    text = ("## Rongelap people away from their atoll (council count, 1986)\n\n"
            "| Where they lived | Houses | People |\n|---|---|---|\n| Mejato | 45 | 318 |\n"
            "| Ebeye | 16 | 73 |\n\n"
            "## Nos camarades\n\n| Section | Adhérents | Adhérents sans logement |\n"
            "|---|---|---|\n| Mbare | 1 140 | 312 |\n| Chitungwiza | 860 | 205 |\n\n"
            "## Exploitations\n\n| Commune | Surface (ha) | Familles d'exploitants hors de leur "
            "ferme |\n|---|---|---|\n| Nus | 310 | 29 |\n| Fénis | 265 | 23 |\n")
    assert [(r["number_text"], r["category"], r["unit"]) for r in figures_of(text)] == [
        ("318", "displaced", "people"), ("73", "displaced", "people"),
        ("312", "displaced", "people"), ("205", "displaced", "people"),
        ("29", "displaced", "families"), ("23", "displaced", "families")]


@pytest.mark.parametrize("header", ["Where they lived", "Island"])
def test_round_43_a_column_of_where_they_live_places_the_rows(header):
    text = ("## Rongelap people away from home (council count, 1986)\n\n"
            f"| {header} | Houses | People |\n|---|---|---|\n| Ebeye | 16 | 73 |\n"
            "| Majuro | 10 | 48 |\n")
    assert [(r["number_text"], r["location"]) for r in figures_of(text)] == [
        ("73", "Ebeye"), ("48", "Majuro")]


# Round 43 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # a confirmation after a source is no withdrawal
    ("Selon la Croix-Rouge, 4 000 personnes ont fui Kalehe. C'est le nombre de personnes "
     "enregistrées dans les trois sites.", [("4 000", "fled")]),
    ("According to the Red Cross, 2,000 people are sheltering in schools in Beira. That is the "
     "count of people in the schools on Monday night.", [("2,000", "displaced")]),
    # a project's moves, done, are moves
    ("Dans le cadre du projet de réinstallation, 2 000 ménages ont été relogés à Kigoma.",
     [("2 000", "displaced")]),
    # a school day, a games village, cover from a storm, school and work, a market
    ("About 300 children were still at the Central School when the alarm sounded.", []),
    ("Some 200 athletes are sleeping at the Olympic school during the games.", []),
    ("About 500 people took cover in public shelters for two hours.", []),
    ("Buses drove 600 children back to school in Goma on Monday.", []),
    ("The factory let 900 workers back to work on Monday.", []),
    ("Some 300 herders moved on from Tillabéri to Niamey last week for the market.", []),
])
def test_round_43_near_misses_of_the_review(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_round_43_a_table_of_members_without_a_home_reads_without_error():
    text = ("Environ 3 000 personnes ont fui vers Nzérékoré.\n\n"
            "| Commune | Adhérents sans logement |\n|---|---|\n| Lola | 140 |\n| Nzoo | 85 |\n")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("Environ 3 000", "displaced"), ("140", "displaced"), ("85", "displaced")]


# Round 44 (held out): an airline bulletin, a harbour notice, a newspaper's corrections
# column, a staff circular, a registry notice, a telegram, a bank notice, a postal notice.
@pytest.mark.parametrize("text, expected", [
    # withdrawn: a number the sentence opens on said to be another count, a caption's figure
    # that is the places asked for, a notice's figure that counted others too (and the
    # figure that stands, a sentence later), a telegram's figure that is a site's room
    ("Our report of 3 May said that 30,000 people had fled to the base at Tuzla. About "
     "30,000 was the population of the whole valley.", []),
    ("Our story of 9 May described the school as \"home to 9,000 people\". 9,000 was the "
     "number of meals served that day.", []),
    ("A caption on 4 May said the camp held \"more than 50,000\". That is the number of "
     "places in the tents the agency has asked for, not a count of people.", []),
    ("Selon la commune, 140 habitants ont quitté le hameau dimanche. Notre avis du 3 mars "
     "annonçait « 210 évacués » : ce nombre comprenait les propriétaires de chalets, qui ne "
     "vivent pas au hameau. Le chiffre de la commune reste de 140.",
     [("140", "displaced"), ("140", "evacuated")]),
    ("Mon télégramme parlait de « 90 000 réfugiés à Sa Kaeo » : c'est la capacité prévue, "
     "non un effectif.", []),
])
def test_round_44_figures_withdrawn_and_the_one_that_stands(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # people counted for what they do, with their families, leaving their houses
    ("The survey found that 430 employees and their families have had to leave their "
     "houses.", [("430", "displaced")]),
    # sleeping on a sports ground
    ("About 900 people from the old town are sleeping on the football ground, including some "
     "300 children.", [("About 900", "displaced"), ("some 300", "displaced")]),
    ("Environ 250 familles dorment au stade municipal.", [("Environ 250", "displaced")]),
    ("About 800 people are sleeping on the football ground for the third night.",
     [("About 800", "displaced")]),
    # passengers an airlift brought out of a country, past a number in words
    ("Our crews have brought four thousand three hundred and six passengers out of Uganda.",
     [("four thousand three hundred and six", "evacuated")]),
    # the words of a date range before it are the number's
    ("La protection civile a évacué dans la nuit du 3 au 4 mai environ 900 habitants des "
     "quartiers bas de Ghardaïa.", [("environ 900", "evacuated")]),
    # a bare count past a date, after a figure
    ("En 2021, 96 habitants avaient été évacués du 2 mai au 9 juin ; 90 étaient rentrés le "
     "9 juin.", [("96", "evacuated"), ("90", "returned")]),
])
def test_round_44_people_moved(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Some 400 teachers and their families attended the ceremony in Bhuj.",
    "About 1,200 passengers were stranded at Nairobi airport by the strike.",
    "Une centaine de familles de Beni Isguen ont refusé de quitter leur maison endommagée.",
    "Plus de 2 300 clients sont privés d'électricité à Ghardaïa.",
    "Ce chiffre était faux : il mélangeait les évacués et les quelque 1 800 clients privés "
    "d'électricité.",
    "Some 2,000 fans slept at the stadium after the final.",
    "Vessels arrived: 163",
])
def test_round_44_no_figure(text):
    assert figures_of(text) == []


def test_round_44_a_table_of_customers_rehoused():
    text = ("## Demandes reçues au 19 octobre\n\n"
            "| Agence | Demandes de report | Clients relogés hors de leur domicile |\n"
            "|---|---|---|\n| Ghardaïa | 418 | 263 |\n| Metlili | 62 | 40 |\n")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("263", "displaced"), ("40", "displaced")]


# Round 44 under review: its new words on text they were not written for.
@pytest.mark.parametrize("text, expected", [
    # a confirmation, a part, a breakdown, a shelter full: no withdrawal
    ("Officials said 40,000 people were evacuated from Lismore. 40,000 was the number of "
     "residents evacuated by Sunday.", [("40,000", "evacuated"), ("40,000", "evacuated")]),
    ("Le HCR a enregistré 3 000 réfugiés à Bambari. Ce nombre comprenait les enfants non "
     "accompagnés.", [("3 000", "refugees")]),
    ("On compte 5 400 déplacés dans le territoire de Masisi. Ce total comprenait les déplacés "
     "de Kitchanga et de Mweso.", [("5 400", "displaced")]),
    ("Le gymnase de Valence accueille 300 sinistrés, c'est la capacité maximale.",
     [("300", "displaced")]),
    # things with families aboard, an outing, a concert, travellers carried
    ("Some 60 boats with their families aboard reached Lampedusa overnight.", []),
    ("Some 300 villagers left their houses to watch the eclipse in Jodhpur.", []),
    ("Plus de 2 000 jeunes dorment au stade pour le concert de samedi à Abidjan.", []),
    ("The ferry carried 1,200 passengers from Dover to Calais yesterday.", []),
    ("Ryanair flew 5,000 passengers to Malaga over the weekend.", []),
])
def test_round_44_near_misses_of_the_review(text, expected):
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == expected


def test_round_44_the_figure_that_stands_after_a_withdrawal():
    text = ("Officials said 2,000 people fled to Goma. That figure was wrong: the council's "
            "figure remains 1,600.")
    assert [(r["number_text"], r["category"]) for r in figures_of(text)] == [
        ("1,600", "displaced")]
