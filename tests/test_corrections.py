"""Figures a report withdraws in a later sentence (etl.corrections), read end to end."""

import pytest

from etl.documents import Document
from etl.figures import extract


def rows(text: str) -> list[dict]:
    doc = Document(doc_id="t.txt", path="t.txt", text=text, body_start=0,
                   published="2024-08-01")
    return extract(doc)


def numbers(text: str) -> list[str]:
    return [r["number_text"] for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    # a figure an earlier report gave, withdrawn by the next sentence
    ("Situation Report No. 8 gave the number of persons moved to the mainland as 1,416. "
     "This was a transposition error.", []),
    ("Please note: in Tuesday's email we wrote that 5,000 families had reached Port Sudan. "
     "That came from a message we could not verify, and we withdraw it.", []),
    ("Le bulletin n° 3 du 20 octobre indiquait 14 000 personnes déplacées à Matam. Ce "
     "chiffre additionnait sinistrés et déplacés : il faut lire 4 120 personnes déplacées.",
     ["4 120"]),
    # ... across an interview's question and the first word of the answer
    ("Q. - On a entendu le chiffre de 1 500 personnes évacuées. C'est exact ?\n\n"
     "R. - Non. Ce chiffre-là a circulé lundi soir et il est faux. C'est environ 550 "
     "personnes évacuées.", ["environ 550"]),
    # a figure denied in the same sentence
    ("Le Gouvernement dément formellement l'information, relayée sur les réseaux sociaux, "
     "faisant état de 10 000 déplacés à Yopougon.", []),
    # a figure given before, that a later one says is not the count
    ("Plus de 16 000 personnes ont été évacuées en Gironde. La préfecture corrige : il "
     "s'agit de 14 000 personnes évacuées depuis mardi, et non 16 000.", ["14 000"]),
    ("Correction: the number of persons evacuated was wrongly shown as 2,790 in Press "
     "Release No. 1174.", []),
    # ... or not to be used, or another count than people moved
    ("The figure of 20,000 evacuees circulating online was never confirmed by the council.",
     []),
    ("Le chiffre de 40 000 déplacés relayé jeudi ne doit pas être repris.", []),
    ("Le chiffre de 90 000 déplacés avancé lundi correspondait à la population de la "
     "commune.", []),
    ("Le chiffre de 6'000 évacués à Zermatt, diffusé dimanche par certains médias, correspond "
     "au nombre d'hôtes présents dans la station.", []),
    ("Le chiffre de 1 500 évacués cité au point de presse de dimanche correspondait au nombre "
     "de foyers privés d'électricité.", []),
    ("Le bulletin n° 5 indiquait 2 300 personnes hébergées à La Réunion : il s'agissait du "
     "nombre de places ouvertes dans les centres.", []),
    ("LM: Overseas reports said 12,000 people were evacuated on Tongatapu. Is that right?\n\n"
     "TH: No. That was roughly the number of people living in the warning zone. Nobody "
     "counted 12,000 evacuees.", []),
    ("Several hundred residents left their homes in Kula on Tuesday night.\n\nCorrection: "
     "Thursday's release said 2,700 people had been evacuated from Kula. That figure counted "
     "Upcountry customers without water service and has been withdrawn.", ["Several hundred"]),
    # ... given by mistake, then the number to read
    ("CORRECTIF : dans une précédente version de cette dépêche, il était indiqué par erreur "
     "que 1 500 familles avaient été relogées à Imzouren. Il fallait lire 2 400 familles.",
     ["2 400"]),
    # ... but not the people moved, nor the same people in households (a review)
    ("Le bulletin n° 3 indiquait 2 300 personnes déplacées à Kaya : il s'agissait du nombre "
     "de ménages.", ["2 300"]),
    ("Le chiffre de 1 500 évacués correspondait au nombre de personnes hébergées dans les "
     "écoles.", ["1 500"]),
    # ... nor a count not yet made, of the people the sentence names
    ("No one has registered the 3,000 new arrivals in Adré yet, aid workers said.", ["3,000"]),
    # ... something else, said in the same sentence, or someone else's, in the answer
    ("Notre bulletin d'hier indiquait « 2 500 évacués » : il s'agissait en réalité de "
     "foyers sans eau.", []),
    ("Q: There are reports that 8,000 people are homeless in Napier. Is that accurate?\n\n"
     "A: No. I have seen that number and it isn't ours. We have registered 5,200 displaced "
     "people.", ["5,200"]),
    # ... and a cleft that says which number it was not
    ("Rectificatif : ce ne sont pas 3 000 personnes qui ont été évacuées, mais environ 1 800.",
     ["environ 1 800"]),
])
def test_withdrawn_figures_are_taken_back(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure of the report's own, remarked on: not withdrawn
    ("More than 12,000 people fled Kalehe on Monday. This was the largest exodus since 2012.",
     ["More than 12,000"]),
    # an error that is not the figure's ("a transposition error" of another report, not
    # said of a figure reported before)
    ("About 3,000 people were evacuated from Canoas. This is a mistake the city made in 2015 "
     "as well, when levees failed.", ["About 3,000"]),
    # a number a figure is not, that no earlier figure gave
    ("Some 2,000 people, not 200 as first feared, fled to Goma.", ["Some 2,000"]),
    # a cleft about something else than the number
    ("Ce n'est pas la première fois : 2 000 personnes ont fui Goma en 2012.", ["2 000"]),
    # a source's own figure ("OCHA reports that"), then words of something else
    ("UNHCR reports that 4,000 refugees arrived in Adré this week. It is not ours to decide "
     "where they settle, the representative said.", ["4,000"]),
    ("Le communiqué d'OCHA indiquait que 3 000 personnes avaient fui Djugu. Il s'agissait en "
     "réalité de la troisième vague de déplacements depuis janvier.", ["3 000"]),
    ("Selon le bilan de la préfecture, les 1 200 habitants évacués correspondent à la "
     "population totale de l'île.", ["1 200"]),
])
def test_figures_not_withdrawn(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the number to read instead, given bare: the withdrawn figure with that number
    ("Correction: the number of persons evacuated was wrongly shown as 2,790 in Press "
     "Release No. 1174; it should be read as 2,970.", [("2,970", "evacuated")]),
    ("A correction to yesterday's update: we said 500 people had been flown out of Hay "
     "River. That was wrong. The right number for Hay River is 260.",
     [("260", "evacuated")]),
    # (a corrected number with a noun of its own is a figure already, once)
    ("Le bulletin n° 3 indiquait 14 000 personnes déplacées à Matam. Ce chiffre "
     "additionnait sinistrés et déplacés : il faut lire 4 120 personnes déplacées.",
     [("4 120", "displaced")]),
    # (no number to read instead without a figure withdrawn)
    ("The road should be read as 12 on the map.", []),
])
def test_the_number_to_read_instead(text, expected):
    assert [(r["number_text"], r["category"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # words of error or denial said of something else (the forty-first review)
    ("The latest UNHCR update said 4,000 refugees crossed into Rwanda on Monday. It is a "
     "mistake to think the flow will stop soon, the representative added.", ["4,000"]),
    ("Le communiqué du gouverneur indiquait 5 000 personnes déplacées à Kalemie. Dire que la "
     "situation est sous contrôle, c'est faux, a ajouté un responsable.", ["5 000"]),
    ("UNHCR's statement said 8,000 refugees had arrived in Renk, but the actual number is "
     "likely far higher.", ["8,000"]),
    ("Le bilan atteint désormais le chiffre de 15 000 personnes déplacées dans la région de "
     "Matam. Il faut lire ces chiffres avec prudence, car le recensement se poursuit.",
     ["15 000"]),
    ("The army denied shelling the camp near Sake, from which 3,000 people fled on Tuesday.",
     ["3,000"]),
    ("The spokesman refuted claims of forced returns and said 20,000 IDPs remain in camps "
     "around Goma.", ["20,000"]),
    # "not" before a count of no people, and a vague figure's bound
    ("About 200 families fled to Kalehe on Monday. The new site lies at Minova, not 200 "
     "metres from the lake shore.", ["About 200"]),
])
def test_words_of_error_about_something_else(text, expected):
    assert numbers(text) == expected


def test_a_report_with_no_word_of_withdrawal_is_not_read_again():
    from etl.corrections import triggers_at
    assert triggers_at("Some 3,000 people fled Kalehe for Goma on Monday.") == []
    text = "Some 3,000 people fled. This was a transposition error."
    assert text[triggers_at(text)[0]:].startswith("error")


@pytest.mark.parametrize("text, expected", [
    # a figure given earlier, then said to be another count, only a part, or a plan
    ("Hier soir, nous avons parlé de 40 000 déplacés à Goma. Ce chiffre était celui des "
     "personnes affectées, selon la Croix-Rouge.", []),
    ("Le point de situation n° 4 faisait état de 900 personnes hébergées à Uvira : ce chiffre "
     "ne comprenait que la commune de Kalundu.", []),
    ("Our morning post said 8,000 people had been flown out of Bunia. That is the number the "
     "airlift hopes to move by Sunday.", []),
    ("UN CONSEILLER : J'ai entendu à la radio le chiffre de 10 000 évacués à Uvira. Lequel "
     "est le bon ?\n\nLA MAIRESSE : Le chiffre de 10 000, c'est la population des quartiers "
     "sous le niveau du lac. Le bon chiffre, c'est près de 6 000.", ["près de 6 000"]),
    # (a figure of the report's own, then a part of it: no withdrawal)
    ("Some 8,000 people were flown out of Bunia this week. That figure only counts the "
     "flights of Monday and Tuesday.", ["Some 8,000"]),
])
def test_a_figure_said_later_to_be_another_count(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # whose count it is, not another count: no withdrawal
    ("Le communiqué du gouverneur indiquait 12 000 déplacés à Djibo. Ce chiffre est celui de "
     "la DTM, qui a recensé les sites la semaine dernière.", ["12 000"]),
    ("Le bulletin de lundi donnait 8 000 personnes déplacées à Kaya. Ce chiffre était celui "
     "du ministère de l'Action humanitaire.", ["8 000"]),
    # (another count: withdrawn)
    ("Le communiqué indiquait 30 000 évacués à Uvira. Ce chiffre était celui des habitants "
     "des quartiers inondables.", []),
    # people who moved all the same, named otherwise: no withdrawal
    ("Le bulletin de mardi indiquait 2 000 évacués à l'école de Carrefour. Ce ne sont pas des "
     "évacués, mais des déplacés de Martissant.", ["2 000"]),
    # (no people who moved: withdrawn)
    ("Le bulletin de mardi indiquait 2 000 déplacés à Cap-Haïtien. Ce ne sont pas des "
     "déplacés, mais des sinistrés restés chez eux.", []),
])
def test_a_figure_said_later_to_be_someones_or_of_other_movers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, number", [
    ("Le bulletin indiquait 40 000 déplacés à Kaya. Le chiffre de 40 000, c'est la population "
     "déplacée recensée par la DTM dans les sites.", "40 000"),
    ("A radio report gave 12,000 people displaced from Sake. The figure of 12,000 is the "
     "population displaced from the town since Monday, OCHA confirmed.", "12,000"),
])
def test_a_figure_said_to_be_the_displaced_population_is_not_withdrawn(text, number):
    assert number in numbers(text)


@pytest.mark.parametrize("text, expected", [
    # round 33's withdrawals
    ("(c) Will the Minister correct the figure of 25,000 evacuees in Goma that he gave to the "
     "House?\n\nAnswer (a): 4,100 people were evacuated.\n\nAnswer (b): 2,000 returned.\n\n"
     "(c) The figure of 25,000 referred to in the question was the number of people under "
     "evacuation orders in Goma.", ["4,100", "2,000"]),
    ("Last week I told journalists that 100,000 people had left Goma. I was wrong: that "
     "number counted everyone who had left home.", []),
    ("La note du 8 mai indiquait 2 900 personnes évacuées à Uvira. Ce chiffre comprenait des "
     "résidents visés par un avis d'évacuation qui n'ont pas quitté leur domicile.", []),
    ("Notre revue du 17 juillet indiquait 15 000 évacués à Uvira : il s'agissait du nombre "
     "d'habitants de la commune.", []),
    ("- Rue du Lac : 61 résidents recensés, dont 45 évacués ;\n\nRectificatif : pour la rue "
     "du Lac à Uvira, lire « dont 54 évacués » et non 45.", ["54"]),
    # (a part counted is no withdrawal)
    ("La note du 8 mai indiquait 2 900 personnes évacuées à Uvira. Ce chiffre comprenait 410 "
     "enfants.", ["2 900", "410"]),
])
def test_round_33_withdrawals(text, expected):
    assert numbers(text) == expected
