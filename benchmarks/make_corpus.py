"""Generate a synthetic corpus of displacement reports, with the figures it plants.

usage: python benchmarks/make_corpus.py N DIR [--seed SEED]

Writes N reports (English and about one third French, 3-5 KB each) into DIR, flat, plus:

- DIR/gold.csv      every displacement figure planted, in the columns of the gold files
                    (doc, quote, value, low, high, unit, category, measure, origin,
                    destination, location, period), so ../shared/tools/score_figures.py
                    can score the ETL on the corpus;
- DIR/negatives.csv every number planted that is NOT a figure (doc, quote, why_not);
- DIR/metadata.csv  publication dates of the reports that carry none in their text;
- DIR/README        and DIR/MANIFEST.json, saying the corpus is synthetic.

The text is SYNTHETIC: real places, invented events and numbers. Every report says so
(`source synthetic-benchmark-corpus`, a title starting with "[SYNTHETIC]"); none of it may
be cited or shipped as data about any crisis. It exists so that speed runs of the ETL also
check that nothing was lost.

The same N and seed always give byte-identical files, and report i does not depend on N
(each report draws from its own random stream), so a small corpus is a prefix of a larger
one. Standard library only, so it runs before the project is even installed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = 1  # bump when the output changes, so cached corpora are rebuilt
DEFAULT_SEED = 20250301
SOURCE = "synthetic-benchmark-corpus"
TITLE_PREFIX = "[SYNTHETIC]"
GOLD_COLUMNS = ["doc", "quote", "value", "low", "high", "unit", "category", "measure",
                "origin", "destination", "location", "period"]
MIN_BYTES, MAX_BYTES = 3100, 4900  # "3 to 5 KB" under both 1000- and 1024-byte kilobytes
FRENCH_SHARE = 1 / 3

# ---------------------------------------------------------------------------------------
# Places. Every name is one the project's gazetteer resolves (tests/test_corpus.py checks):
# (English, French, gold name = the gazetteer's name for it). French locatives carry their
# article ("au Burundi", "en Ouganda"), which no rule derives reliably.


@dataclass(frozen=True)
class Place:
    en: str
    fr: str
    gold: str
    fr_in: str  # "à Goma", "au Nord-Kivu", "en Ouganda"
    fr_the: str  # "Goma", "le Nord-Kivu", "l'Ouganda" (after "vers", as an object)


def town(name: str, gold: str | None = None, fr: str | None = None) -> Place:
    fr = fr or name
    return Place(name, fr, gold or name, f"à {fr}", fr)


def area(en: str, fr: str, fr_in: str, fr_the: str, gold: str | None = None) -> Place:
    return Place(en, fr, gold or en, fr_in, fr_the)


# One crisis: the country people flee (with towns and provinces in it), the neighbours
# that receive refugees (with reception sites), and the armed groups in the news.
CRISES: list[dict] = [
    {
        "country": area("DR Congo", "RDC", "en RDC", "la RDC"),
        "regions": [area("North Kivu", "Nord-Kivu", "au Nord-Kivu", "le Nord-Kivu"),
                    area("South Kivu", "Sud-Kivu", "au Sud-Kivu", "le Sud-Kivu"),
                    area("Ituri", "Ituri", "en Ituri", "l'Ituri")],
        "towns": [town(t) for t in ("Goma", "Bukavu", "Uvira", "Sake", "Minova", "Rutshuru",
                                    "Kiwanja", "Beni", "Butembo", "Bunia", "Djugu", "Lubero",
                                    "Kavumu", "Kamanyola", "Masisi", "Walikale")],
        "hosts": [
            (area("Burundi", "Burundi", "au Burundi", "le Burundi"),
             [town("Gatumba"), town("Rugombo"), town("Bujumbura"),
              town("Cishemere", "Cishemere transit centre")]),
            (area("Rwanda", "Rwanda", "au Rwanda", "le Rwanda"),
             [town("Gisenyi"), town("Rubavu", "Gisenyi"), town("Kigali")]),
            (area("Uganda", "Ouganda", "en Ouganda", "l'Ouganda"),
             [town("Bunagana"), town("Nyakabande", "Nyakabande transit centre"),
              town("Kyangwali"), town("Nakivale")]),
            (area("Tanzania", "Tanzanie", "en Tanzanie", "la Tanzanie"),
             [town("Kigoma"), town("Nyarugusu", "Nyarugusu camp")]),
        ],
        "actors": [("M23 rebels", "les rebelles du M23"), ("ADF fighters", "les combattants ADF"),
                   ("CODECO militias", "les miliciens de la CODECO")],
    },
    {
        "country": area("Sudan", "Soudan", "au Soudan", "le Soudan"),
        "regions": [area("Darfur", "Darfour", "au Darfour", "le Darfour"),
                    area("West Darfur", "Darfour-Occidental", "au Darfour-Occidental",
                         "le Darfour-Occidental"),
                    area("Kordofan", "Kordofan", "au Kordofan", "le Kordofan"),
                    area("Gezira", "Gezira", "dans l'État de Gezira", "l'État de Gezira")],
        "towns": [town(t) for t in ("El Geneina", "El Fasher", "Nyala", "Khartoum", "Wad Medani",
                                    "Sennar", "El Obeid", "Kosti")],
        "hosts": [
            (area("Chad", "Tchad", "au Tchad", "le Tchad"),
             [town("Adré"), town("Farchana"), town("Abéché")]),
            (area("South Sudan", "Soudan du Sud", "au Soudan du Sud", "le Soudan du Sud"),
             [town("Renk"), town("Joda")]),
            (area("Egypt", "Égypte", "en Égypte", "l'Égypte"), [town("Aswan", "Aswān")]),
        ],
        "actors": [("Rapid Support Forces", "les Forces de soutien rapide"),
                   ("RSF fighters", "les combattants des RSF")],
    },
    {
        "country": area("Burkina Faso", "Burkina Faso", "au Burkina Faso", "le Burkina Faso"),
        "regions": [area("Centre-Nord", "Centre-Nord", "dans le Centre-Nord", "le Centre-Nord")],
        "towns": [town(t) for t in ("Djibo", "Kaya", "Dori", "Ouahigouya", "Ouagadougou")],
        "hosts": [
            (area("Niger", "Niger", "au Niger", "le Niger"), [town("Niamey")]),
            (area("Côte d'Ivoire", "Côte d'Ivoire", "en Côte d'Ivoire", "la Côte d'Ivoire"), []),
            (area("Ghana", "Ghana", "au Ghana", "le Ghana"), []),
        ],
        "actors": [("JNIM fighters", "les combattants du JNIM")],
    },
    {
        "country": area("Mali", "Mali", "au Mali", "le Mali"),
        "regions": [area("Ménaka", "Ménaka", "dans la région de Ménaka", "la région de Ménaka"),
                    area("Tombouctou", "Tombouctou", "dans la région de Tombouctou",
                         "la région de Tombouctou")],
        "towns": [town(t) for t in ("Gao", "Mopti", "Ségou", "Bamako")] + [town("Timbuktu")],
        "hosts": [
            (area("Mauritania", "Mauritanie", "en Mauritanie", "la Mauritanie"), []),
            (area("Niger", "Niger", "au Niger", "le Niger"), [town("Niamey")]),
        ],
        "actors": [("JNIM fighters", "les combattants du JNIM")],
    },
    {
        "country": area("Mozambique", "Mozambique", "au Mozambique", "le Mozambique"),
        "regions": [area("Cabo Delgado", "Cabo Delgado", "au Cabo Delgado", "le Cabo Delgado"),
                    area("Nampula", "Nampula", "dans la province de Nampula",
                         "la province de Nampula")],
        "towns": [town(t) for t in ("Palma", "Mocímboa da Praia", "Macomia", "Chiúre", "Ancuabe",
                                    "Montepuez", "Metuge", "Pemba")],
        "hosts": [(area("Tanzania", "Tanzanie", "en Tanzanie", "la Tanzanie"), [town("Mtwara")])],
        "actors": [("insurgents", "les insurgés")],
    },
    {
        "country": area("Somalia", "Somalie", "en Somalie", "la Somalie"),
        "regions": [area("Gedo", "Gedo", "dans la région de Gedo", "la région de Gedo"),
                    area("Bakool", "Bakool", "dans la région de Bakool", "la région de Bakool"),
                    area("Mudug", "Mudug", "dans la région de Mudug", "la région de Mudug")],
        "towns": [town(t) for t in ("Baidoa", "Mogadishu", "Beledweyne", "Kismayo", "Luuq",
                                    "Beled Hawo")],
        "hosts": [
            (area("Kenya", "Kenya", "au Kenya", "le Kenya"), [town("Dadaab"), town("Garissa")]),
            (area("Ethiopia", "Éthiopie", "en Éthiopie", "l'Éthiopie"), []),
        ],
        "actors": [("al-Shabaab fighters", "les combattants shebab")],
    },
    {
        "country": area("Ethiopia", "Éthiopie", "en Éthiopie", "l'Éthiopie"),
        "regions": [area("Tigray", "Tigray", "au Tigray", "le Tigray"),
                    area("Amhara", "Amhara", "en Amhara", "l'Amhara"),
                    area("Afar", "Afar", "en Afar", "l'Afar")],
        "towns": [town(t) for t in ("Mek'ele", "Dessie", "Bahir Dar")],
        "hosts": [(area("Sudan", "Soudan", "au Soudan", "le Soudan"),
                   [town("Kassala"), town("Gedaref")])],
        "actors": [("armed groups", "les groupes armés")],
    },
]

# ---------------------------------------------------------------------------------------
# Numbers. A form renders a value (and the noun it counts) and gives the gold bounds.

# Nouns counted, per language: (words, unit in the gold file, French gender for agreement).
# "bare" is a number standing alone after the noun it counts ("has risen to 1.8 million").
NOUNS: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "en": {
        "people": [("people", "people", ""), ("persons", "people", ""),
                   ("individuals", "people", "")],
        "refugees": [("refugees", "people", ""), ("asylum seekers", "people", "")],
        "arrivals": [("new arrivals", "people", ""), ("refugees", "people", "")],
        "idps": [("displaced people", "people", ""), ("internally displaced people", "people", ""),
                 ("IDPs", "people", "")],
        "households": [("households", "households", ""), ("families", "families", "")],
        "children": [("children", "children", "")],
        "returnees": [("returnees", "people", ""), ("people", "people", ""),
                      ("households", "households", "")],
        "residents": [("residents", "people", ""), ("people", "people", "")],
        "bare": [("", "people", "")],
    },
    "fr": {
        "people": [("personnes", "people", "f"), ("individus", "people", "")],
        "refugees": [("réfugiés", "people", ""), ("demandeurs d'asile", "people", "")],
        "arrivals": [("nouveaux arrivants", "people", ""), ("réfugiés", "people", "")],
        "idps": [("déplacés", "people", ""), ("personnes déplacées", "people", "f")],
        "households": [("ménages", "households", ""), ("familles", "families", "f")],
        "children": [("enfants", "children", "")],
        "returnees": [("retournés", "people", ""), ("personnes", "people", "f"),
                      ("ménages", "households", "")],
        "residents": [("habitants", "people", ""), ("personnes", "people", "f")],
        "bare": [("", "people", "")],
    },
}

# Qualifier words before a number and what they do to its gold bounds: "min" -> a lower
# bound (value, low = X), "max" -> an upper bound (value, high = X), else exact.
QUALIFIERS: dict[str, list[tuple[str, str]]] = {
    "en": [("", "exact")] * 6 + [("more than ", "min"), ("over ", "min"), ("at least ", "min"),
                                 ("about ", "approx"), ("around ", "approx"), ("some ", "approx"),
                                 ("roughly ", "approx"), ("an estimated ", "approx"),
                                 ("nearly ", "max"), ("almost ", "max"), ("up to ", "max")],
    "fr": [("", "exact")] * 5 + [("plus de ", "min"), ("au moins ", "min"),
                                 ("environ ", "approx"), ("quelque ", "approx"),
                                 ("près de ", "max"), ("presque ", "max")],
}
# Vague quantities and their design.md ranges.
VAGUE: dict[str, list[tuple[str, int, int]]] = {
    "en": [("hundreds", 100, 999), ("thousands", 1_000, 9_999),
           ("tens of thousands", 10_000, 99_999), ("hundreds of thousands", 100_000, 999_999)],
    "fr": [("des centaines", 100, 999), ("plusieurs centaines", 100, 999),
           ("des milliers", 1_000, 9_999), ("plusieurs milliers", 1_000, 9_999),
           ("des dizaines de milliers", 10_000, 99_999),
           ("des centaines de milliers", 100_000, 999_999)],
}
# Numbers written as words.
WORD_NUMBERS: list[tuple[int, str, str]] = [
    (300, "three hundred", "trois cents"), (500, "five hundred", "cinq cents"),
    (2_000, "two thousand", "deux mille"), (3_000, "three thousand", "trois mille"),
    (5_000, "five thousand", "cinq mille"), (20_000, "twenty thousand", "vingt mille"),
    (40_000, "forty thousand", "quarante mille"),
]
# Number forms and their weights per language. A form that cannot render a value in the
# template's magnitude is skipped (no "1.8 million" for a count of households).
FORMS: dict[str, list[tuple[str, int]]] = {
    "en": [("comma", 10), ("million", 2), ("k", 1), ("words", 1), ("vague", 3), ("range", 2),
           ("plain", 1)],
    "fr": [("space", 7), ("nbsp", 2), ("dot", 3), ("million", 2), ("words", 1), ("vague", 3),
           ("range", 2), ("plain", 1)],
}
# Thousands separators of the French forms: space, no-break space, narrow no-break space.
FR_SEPARATORS = {"space": " ", "nbsp": "\u00a0", "dot": "."}
NARROW_NBSP = "\u202f"
# What the second count of a sentence counts ("..., including 1,200 children").
SECOND_COUNT_NOUN = "children"

# Magnitudes of what templates count: (low, high) of the planted value.
MAGNITUDES: dict[str, tuple[int, int]] = {
    "small": (120, 9_500), "mid": (800, 95_000), "large": (20_000, 2_400_000),
}

# ---------------------------------------------------------------------------------------
# Figure templates. Slots: {Q} / {Qc} the counted phrase (capitalised at a sentence start),
# {town} {town2} {region} {country} {host} {site} {actor} {when} {rate}; French locatives
# {town_in} {region_in} {host_in} {country_in}, objects {host_the} {region_the}, and {e}
# ("e" after a feminine noun: "enregistrées"). Each row:
# (text, noun, magnitude, category, measure, location, origin, destination, period slot).
# Place roles name slots; the gold row takes the gazetteer name of what filled them.

FIGURES: dict[str, list[tuple[str, str, str, str, str, str, str, str, str]]] = {
    "en": [
        ("{Qc} have fled {town} {when}, local authorities said.",
         "people", "mid", "fled", "flow", "town", "town", "", "when"),
        ("{Qc} crossed into {host} {when}, according to border officials.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("{Qc} were registered at the transit centre in {site} {when}.",
         "arrivals", "mid", "refugees", "flow", "site", "country", "host", "when"),
        ("The reception site in {site} now hosts {Q}, most of them women and children.",
         "refugees", "mid", "refugees", "stock", "site", "", "", ""),
        ("{Qc} have been displaced in {region} {when}, the UN humanitarian office said.",
         "people", "large", "displaced", "flow", "region", "", "", "when"),
        ("Fighting around {town} has forced {Q} from their homes {when}.",
         "people", "mid", "displaced", "flow", "town", "town", "", "when"),
        ("{Qc} are arriving in {town2} {rate}, aid workers said.",
         "idps", "small", "displaced", "flow", "town2", "", "town2", "rate"),
        ("Aid workers counted {Q} sheltering in schools and churches in {town2}.",
         "households", "small", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} returned to {town} {when} after the front line moved north.",
         "returnees", "mid", "returned", "flow", "town", "", "town", "when"),
        ("Authorities evacuated {Q} from {town} ahead of the advance.",
         "residents", "small", "evacuated", "flow", "town", "town", "", ""),
        ("{host} has received {Q} from {country} {when}, the refugee agency said.",
         "refugees", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("{Qc}, mostly women and children, reached safety in {host} {when}.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("There are now {Q} living in camps around {town2}.",
         "idps", "mid", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} fled across the border into {host} after {actor} attacked {town}.",
         "people", "mid", "refugees", "flow", "host", "town", "host", ""),
        ("{Qc} fled {town} on foot, heading towards {town2}.",
         "people", "small", "displaced", "flow", "town2", "town", "town2", ""),
        ("{Qc} have sought asylum in {host} {when}, according to the refugee agency.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("Local leaders said {Q} were hiding in the bush outside {town}.",
         "people", "small", "displaced", "stock", "town", "", "", ""),
        ("{Qc} have been uprooted across {country} {when}.",
         "people", "large", "displaced", "flow", "country", "", "", "when"),
        ("Host families in {town2} have taken in {Q} displaced by the clashes.",
         "people", "small", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} are still living in makeshift shelters in {town2}.",
         "idps", "mid", "displaced", "stock", "town2", "", "", ""),
        ("Refugees from {country} keep crossing into {host}, with {Q} arriving {rate}.",
         "people", "small", "refugees", "flow", "host", "country", "host", "rate"),
        ("{region} now counts {Q} in total, the highest figure on record.",
         "idps", "large", "displaced", "stock", "region", "", "", ""),
        ("The number of displaced people in {region} has risen to {Q}.",
         "bare", "large", "displaced", "stock", "region", "", "", ""),
        ("Arrivals in {host} {when} stood at {Q}.",
         "bare", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("{Qc} fled {town} {when}, including {Q2}.",
         "people", "mid", "fled", "flow", "town", "town", "", "when"),
    ],
    "fr": [
        ("{Qc} ont fui {town} {when}, selon les autorités locales.",
         "people", "mid", "fled", "flow", "town", "town", "", "when"),
        ("{Qc} ont franchi la frontière vers {host_the} {when}, selon le HCR.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("À {site}, {Q} ont été enregistré{e}s au centre de transit {when}.",
         "arrivals", "mid", "refugees", "flow", "site", "country", "host", "when"),
        ("Le site de {site} accueille désormais {Q}, en majorité des femmes et des enfants.",
         "refugees", "mid", "refugees", "stock", "site", "", "", ""),
        ("{Qc} ont été déplacé{e}s {region_in} {when}, selon OCHA.",
         "people", "large", "displaced", "flow", "region", "", "", "when"),
        ("Les combats autour de {town} ont contraint {Q} à quitter leurs maisons {when}.",
         "people", "mid", "displaced", "flow", "town", "town", "", "when"),
        ("{Qc} arrivent {town2_in} {rate}, selon les humanitaires.",
         "idps", "small", "displaced", "flow", "town2", "", "town2", "rate"),
        ("Les équipes ont recensé {Q} hébergé{e}s dans des écoles et des églises {town2_in}.",
         "households", "small", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} sont rentré{e}s {town_in} {when}, après le retrait des combattants.",
         "returnees", "mid", "returned", "flow", "town", "", "town", "when"),
        ("Les autorités ont évacué {Q} de {town} avant l'arrivée des combats.",
         "residents", "small", "evacuated", "flow", "town", "town", "", ""),
        ("{host_the_c} a accueilli {Q} venus {country_from} {when}, selon le HCR.",
         "refugees", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("{Qc} sont arrivé{e}s {host_in} {when}, en majorité des femmes et des enfants.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("On compte désormais {Q} dans les camps autour de {town2}.",
         "idps", "mid", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} ont fui vers {host_the} après des attaques contre {town}.",
         "people", "mid", "refugees", "flow", "host", "town", "host", ""),
        ("{Qc} ont quitté {town} à pied en direction de {town2}.",
         "people", "small", "displaced", "flow", "town2", "town", "town2", ""),
        ("Selon des chefs locaux, {Q} se cachent dans la brousse autour de {town}.",
         "people", "small", "displaced", "stock", "town", "", "", ""),
        ("Des familles d'accueil {town2_in} hébergent {Q} chassé{e}s par les combats.",
         "people", "small", "displaced", "stock", "town2", "", "", ""),
        ("{Qc} vivent toujours dans des abris de fortune {town2_in}.",
         "idps", "mid", "displaced", "stock", "town2", "", "", ""),
        ("Les réfugiés continuent d'affluer {host_in}, avec {Q} arrivant {rate}.",
         "people", "small", "refugees", "flow", "host", "country", "host", "rate"),
        ("Le nombre de déplacés {region_in} a atteint {Q}.",
         "bare", "large", "displaced", "stock", "region", "", "", ""),
        ("Les arrivées {host_in} {when} s'élèvent à {Q}.",
         "bare", "mid", "refugees", "flow", "host", "country", "host", "when"),
        ("{Qc} ont fui {town} {when}, dont {Q2}.",
         "people", "mid", "fled", "flow", "town", "town", "", "when"),
    ],
}
# Real phrasings the extractor long missed (it reads them since the third session of
# issue 5). One report in HARD_SHARE carries one of them, so the benchmark notices if it
# stops reading them, without letting them dominate its recall.
HARD_SHARE = 0.15
HARD_FIGURES: dict[str, list[tuple[str, str, str, str, str, str, str, str, str]]] = {
    "en": [
        # "left" + a town, "heading towards" + a town: a movement with no verb of flight
        ("{Qc} left {town} on foot, heading towards {town2}.",
         "people", "small", "displaced", "flow", "town2", "town", "town2", ""),
        # "reached" + a country alone, not "reached safety"
        ("{Qc}, mostly women and children, reached {host} {when}.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
    ],
    "fr": [
        # "rejoint" (joined) a country: a verb of arrival only before a place
        ("{Qc}, en majorité des femmes et des enfants, ont rejoint {host_the} {when}.",
         "people", "mid", "refugees", "flow", "host", "country", "host", "when"),
    ],
}
# Time expressions and rates put in the {when} / {rate} slots (the gold period).
WHEN: dict[str, list[str]] = {
    "en": ["since January", "last week", "since the start of the year", "over the past week",
           "on Friday", "in the past three days", "this month", "since mid-March"],
    "fr": ["depuis janvier", "la semaine dernière", "depuis le début de l'année",
           "ces dernières semaines", "en deux jours", "cette semaine", "depuis la mi-mars"],
}
RATES: dict[str, list[str]] = {
    "en": ["every day", "each day", "a day", "every week"],
    "fr": ["chaque jour", "par jour", "chaque semaine"],
}

# ---------------------------------------------------------------------------------------
# Negatives: numbers that are not displacement figures (design.md) and must not be
# extracted. {n} is drawn from the row's (low, high) and formatted as the language writes
# digits; {year} is a year. Each row: (text, low, high, why not).
NEGATIVES: dict[str, list[tuple[str, int, int, str]]] = {
    "en": [
        ("At least {n} civilians were killed in the fighting around {town}, officials said.",
         5, 300, "deaths"),
        ("Hospitals in {town2} have treated {n} wounded since the clashes began.",
         20, 900, "injuries"),
        ("Aid agencies have appealed for ${n} million to respond to the crisis.",
         40, 900, "money"),
        ("The World Food Programme said it had delivered {n} tonnes of food to {town2}.",
         50, 3_000, "tonnes"),
        ("{town} lies about {n} km from the border with {host}.", 15, 400, "distance"),
        ("The conflict, which flared up again in {year}, shows no sign of easing.",
         0, 0, "year"),
        ("The army has deployed some {n} troops to {region} to retake the main road.",
         500, 12_000, "troops"),
        ("The new camp at {site} can host {n} people once the latrines are finished.",
         5_000, 60_000, "site capacity"),
        ("The number of displaced is expected to reach {n} by the end of the year.",
         50_000, 900_000, "projection"),
        ("The response plan aims to assist {n} people in {region} over the next six months.",
         50_000, 900_000, "aid target"),
        ("{town2}, a city of about {n} inhabitants, has seen prices double.",
         60_000, 900_000, "city population"),
    ],
    "fr": [
        ("Au moins {n} civils ont été tués lors des combats autour de {town}, selon des sources "
         "locales.", 5, 300, "deaths"),
        ("Les hôpitaux de {town2} ont pris en charge {n} blessés depuis le début des combats.",
         20, 900, "injuries"),
        ("Les agences humanitaires ont lancé un appel de fonds de {n} millions de dollars.",
         40, 900, "money"),
        ("Le Programme alimentaire mondial a acheminé {n} tonnes de vivres vers {town2}.",
         50, 3_000, "tonnes"),
        ("{town} se trouve à {n} kilomètres de la frontière.", 15, 400, "distance"),
        ("Le conflit, qui a repris en {year}, ne montre aucun signe d'apaisement.",
         0, 0, "year"),
        ("L'armée a déployé quelque {n} soldats {region_in} pour rouvrir la route principale.",
         500, 12_000, "troops"),
        ("Le nouveau camp de {site} peut accueillir {n} personnes une fois les latrines "
         "achevées.", 5_000, 60_000, "site capacity"),
        ("Le nombre de déplacés pourrait atteindre {n} d'ici la fin de l'année.",
         50_000, 900_000, "projection"),
        ("Le plan de réponse vise à assister {n} personnes {region_in} au cours des six "
         "prochains mois.", 50_000, 900_000, "aid target"),
    ],
}

# ---------------------------------------------------------------------------------------
# Filler: context and response, with no numbers at all, so each report reaches its size
# without planting anything the gold file does not list.
FILLER: dict[str, list[str]] = {
    "en": [
        "Residents described shelling on the outskirts of {town} through the night.",
        "Humanitarian agencies said access to the worst affected areas remained limited.",
        "The main road between {town} and {town2} has been cut for several days.",
        "Schools in {town2} have been turned into collective shelters.",
        "Aid workers warned that clean water was running short in the sites.",
        "Many families walked for days, carrying what little they could.",
        "A mother said she had lost track of her husband during the escape.",
        "Health workers reported a rise in cases of diarrhoea among children.",
        "Local authorities called for calm and urged residents to stay indoors.",
        "{actor} have denied targeting civilians.",
        "The government accused {actor} of blocking humanitarian convoys.",
        "Prices of basic goods have soared in the markets of {town2}.",
        "Partners are distributing shelter kits, blankets and jerrycans.",
        "Mobile clinics have been deployed along the roads leading out of {town}.",
        "Protection monitors recorded reports of looting and extortion at checkpoints.",
        "Rains have flooded parts of the sites, making conditions even harder.",
        "The authorities in {host} have kept the border open to people fleeing the violence.",
        "Registration teams are working around the clock at the border.",
        "Unaccompanied children are being referred to child protection partners.",
        "The humanitarian coordinator called on all parties to respect civilians.",
        "Funding for the response remains far below what is needed.",
        "Telephone networks in the area have been down since the weekend.",
        "Community leaders said most villages along the road were now empty.",
        "Several aid organisations have temporarily relocated their staff.",
        "Cholera vaccination is planned in the sites as soon as supplies arrive.",
        "Displaced people told aid workers they feared further attacks.",
        "Water trucking has resumed in the sites after a brief interruption.",
        "The situation remains volatile and difficult to verify independently.",
        "Women and girls face heightened risks of violence in overcrowded sites.",
        "Hygiene promotion teams are visiting the sites to prevent outbreaks.",
        "Fighting has also disrupted the planting season in much of {region}.",
        "Traders in {town2} said the supply of fuel had become irregular.",
        "Religious leaders appealed for an end to the fighting.",
        "Humanitarian flights to {town2} were suspended because of insecurity.",
        "The figures cannot be independently verified and may be revised.",
        "Negotiations between the parties have so far produced no breakthrough.",
    ],
    "fr": [
        "Des habitants ont décrit des bombardements toute la nuit aux abords de {town}.",
        "Les agences humanitaires indiquent que l'accès aux zones touchées reste limité.",
        "La route principale entre {town} et {town2} est coupée depuis plusieurs jours.",
        "Les écoles de {town2} ont été transformées en abris collectifs.",
        "Les humanitaires alertent sur le manque d'eau potable dans les sites.",
        "Beaucoup de familles ont marché pendant des jours en emportant le peu qu'elles avaient.",
        "Une mère raconte avoir perdu la trace de son mari pendant la fuite.",
        "Les agents de santé signalent une hausse des cas de diarrhée chez les enfants.",
        "Les autorités locales appellent au calme et demandent aux habitants de rester chez eux.",
        "{actor_c} nient avoir visé des civils.",
        "Le gouvernement accuse {actor} de bloquer les convois humanitaires.",
        "Les prix des produits de base ont flambé sur les marchés de {town2}.",
        "Les partenaires distribuent des kits d'abris, des couvertures et des jerricans.",
        "Des cliniques mobiles ont été déployées le long des routes qui quittent {town}.",
        "Les moniteurs de protection rapportent des pillages et des extorsions aux barrages.",
        "Les pluies ont inondé une partie des sites, rendant les conditions encore plus dures.",
        "Les autorités maintiennent la frontière ouverte aux personnes qui fuient les violences.",
        "Les équipes d'enregistrement travaillent jour et nuit à la frontière.",
        "Les enfants non accompagnés sont orientés vers les partenaires de protection.",
        "Le coordonnateur humanitaire appelle toutes les parties à épargner les civils.",
        "Le financement de la réponse reste très inférieur aux besoins.",
        "Les réseaux téléphoniques de la zone sont coupés depuis le week-end.",
        "Selon les chefs communautaires, la plupart des villages le long de la route sont vides.",
        "Plusieurs organisations humanitaires ont temporairement relocalisé leur personnel.",
        "Une campagne de vaccination contre le choléra est prévue dès l'arrivée des vaccins.",
        "Les déplacés disent craindre de nouvelles attaques.",
        "L'approvisionnement en eau par camion a repris dans les sites.",
        "La situation reste volatile et difficile à vérifier de manière indépendante.",
        "Les femmes et les filles sont exposées à des risques accrus dans les sites surpeuplés.",
        "Des équipes de promotion de l'hygiène sillonnent les sites pour prévenir les épidémies.",
        "Les combats ont aussi perturbé la saison des semis dans une grande partie de la zone.",
        "Les commerçants de {town2} affirment que l'approvisionnement en carburant est irrégulier.",
        "Les chefs religieux ont appelé à la fin des combats.",
        "Les vols humanitaires vers {town2} ont été suspendus en raison de l'insécurité.",
        "Ces chiffres ne peuvent être vérifiés de manière indépendante et pourraient être révisés.",
        "Les négociations entre les parties n'ont pour l'instant abouti à aucune avancée.",
    ],
}

# Headlines (after "[SYNTHETIC] "), datelines and section headings of the report styles.
HEADLINES: dict[str, list[str]] = {
    "en": ["Fighting near {town} drives families from their homes",
           "{country}: displacement update for {region}",
           "Families flee {town} as {actor} advance",
           "Refugees from {country} keep arriving in {host}",
           "Humanitarian situation in {region}: flash update",
           "Briefing note: new arrivals in {host}"],
    "fr": ["Les combats près de {town} jettent des familles sur les routes",
           "{country} : point sur les déplacements {region_in}",
           "Des familles fuient {town} face à l'avancée des combattants",
           "Les réfugiés continuent d'arriver {host_in}",
           "Situation humanitaire {region_in} : note d'information",
           "Note de synthèse : nouveaux arrivants {host_in}"],
}
DATELINES: dict[str, str] = {
    "en": "{TOWN} (synthetic wire) – ", "fr": "{TOWN} (dépêche fictive) – ",
}
SECTIONS: dict[str, list[str]] = {
    "en": ["HIGHLIGHTS", "SITUATION OVERVIEW", "HUMANITARIAN RESPONSE"],
    "fr": ["FAITS SAILLANTS", "APERÇU DE LA SITUATION", "RÉPONSE HUMANITAIRE"],
}
BULLETS = ["• ", "- ", "* "]
DISCLAIMER: dict[str, str] = {
    "en": "This report is synthetic benchmark text: places are real, events and numbers are "
          "invented. Do not cite.",
    "fr": "Ce rapport est un texte synthétique de test : les lieux sont réels, les faits et "
          "les chiffres sont inventés. Ne pas citer.",
}
# How a report states its metadata (all forms etl/documents.py reads), with weights.
METADATA_STYLES: list[tuple[str, int]] = [
    ("date-lines", 7), ("date-headline", 3), ("yaml", 4), ("loose-front-matter", 1),
    ("colon-lines", 2), ("metadata-csv", 3),
]
STYLES: list[tuple[str, int]] = [("wire", 5), ("sitrep", 3), ("briefing", 2)]


# ---------------------------------------------------------------------------------------


@dataclass
class Report:
    name: str
    text: str
    gold: list[list[str]]
    negatives: list[list[str]]
    published: str
    needs_metadata_csv: bool


def _weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def _nice(rng: random.Random, lo: int, hi: int) -> int:
    """A value in [lo, hi] as reports write them: often round, sometimes exact ("4,512")."""
    v = rng.randint(lo, hi)
    step = rng.choice([1, 10, 100, 100, 1000, 1000]) if v >= 1000 else rng.choice([1, 10, 10])
    if v >= 20_000:
        step = max(step, 100)
    return max(lo, (v // step) * step) or lo


def _digits(value: int, lang: str, form: str, rng: random.Random) -> str:
    if lang == "en":
        return f"{value:,}" if form != "plain" else str(value)
    if form == "plain" or value < 1000:
        return str(value)
    sep = FR_SEPARATORS.get(form, " ")
    if form == "nbsp" and rng.random() < 0.5:
        sep = NARROW_NBSP  # French typography's espace fine insécable
    return f"{value:,}".replace(",", sep)


def render_quantity(
    rng: random.Random, lang: str, magnitude: tuple[int, int], noun: str
) -> tuple[str, dict[str, str], str, str]:
    """(phrase, gold bounds {value, low, high}, unit, French gender) for one planted count
    between magnitude's bounds: "more than 30,000 refugees", "des dizaines de milliers de
    déplacés", or a bare number ("1.8 million") when the noun is "bare"."""
    word, unit, gender = rng.choice(NOUNS[lang][noun])
    lo, hi = magnitude
    de = "d'" if lang == "fr" and word[:1] in "aeiouéèhAEIOUÉ" else "de "

    def counted(number: str, of: str = "") -> str:  # "30,000 refugees", "2 millions de"
        return f"{number} {of}{word}" if word else number

    while True:
        form = _weighted(rng, FORMS[lang])
        if form == "million" and hi >= 1_000_000:
            tenths = rng.randint(10, min(hi // 100_000, 99))
            value = tenths * 100_000
            n = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"
            if lang == "fr":
                scale = "millions" if tenths >= 20 else "million"
                phrase = counted(f"{n.replace('.', ',')} {scale}", de)
            else:
                phrase = counted(f"{n} million")
            return _qualified(rng, lang, phrase, value, unit, gender)
        if form == "k" and hi >= 5_000:
            k = rng.randint(max(lo // 1000, 2), min(hi // 1000, 95))
            return _qualified(rng, lang, counted(f"{k}k"), k * 1000, unit, gender)
        if form == "words":
            fits = [w for w in WORD_NUMBERS if lo <= w[0] <= hi]
            if fits:
                value, en, fr = rng.choice(fits)
                phrase = counted(en if lang == "en" else fr)
                return _qualified(rng, lang, phrase, value, unit, gender)
        if form == "vague" and word:  # "has risen to thousands" is not how reports write
            fits = [v for v in VAGUE[lang] if lo <= v[2] and v[1] <= hi]
            if fits:
                text, vlo, vhi = rng.choice(fits)
                phrase = f"{text} of {word}" if lang == "en" else f"{text} {de}{word}"
                bounds = {"value": "", "low": str(vlo), "high": str(vhi)}
                return phrase, bounds, unit, gender
        if form == "range":
            a = _nice(rng, lo, max(lo, hi // 2))
            b = a + max(10, _nice(rng, max(a // 10, 10), max(a // 2, 20)))
            b = (b // 10) * 10 if b > 100 else b
            if b > a:
                da, db = _digits(a, lang, "space", rng), _digits(b, lang, "space", rng)
                phrase = rng.choice(
                    [f"between {da} and {db}", f"{da} to {db}"]
                    if lang == "en"
                    else [f"entre {da} et {db}", f"de {da} à {db}"]
                )
                return counted(phrase), {"value": "", "low": str(a), "high": str(b)}, unit, gender
        if form in ("comma", "space", "nbsp", "dot", "plain"):
            value = _nice(rng, lo, min(hi, 950_000))
            if form == "plain" and value >= 10_000:
                continue
            text = _digits(value, lang, form, rng)
            return _qualified(rng, lang, counted(text), value, unit, gender)


def _qualified(
    rng: random.Random, lang: str, phrase: str, value: int, unit: str, gender: str
) -> tuple[str, dict[str, str], str, str]:
    qualifier, kind = rng.choice(QUALIFIERS[lang])
    v = str(value)
    bounds = {
        "min": {"value": v, "low": v, "high": ""},
        "max": {"value": v, "low": "", "high": v},
    }.get(kind, {"value": v, "low": v, "high": v})
    return qualifier + phrase, bounds, unit, gender


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _slots(rng: random.Random, crisis: dict, lang: str) -> dict[str, Place | str]:
    """Places and names for one sentence, drawn from the report's crisis."""
    towns = crisis["towns"]
    t1, t2 = rng.sample(towns, 2)
    hosts = crisis["hosts"]
    host, sites = rng.choice(hosts)
    with_sites = [h for h in hosts if h[1]]
    site_host, site_list = rng.choice(with_sites) if with_sites else (host, [host])
    actor = rng.choice(crisis["actors"])
    return {
        "town": t1, "town2": t2, "region": rng.choice(crisis["regions"]),
        "country": crisis["country"], "host": host, "site": rng.choice(site_list),
        "site_host": site_host, "actor": actor[0] if lang == "en" else actor[1],
    }


class _Names(dict):
    """Slot values for str.format_map, computed only when a template asks for them (a
    report fills about fifty templates; building every form of every place for each one
    was most of the generator's time): {town} as the language writes it, {town_in} with
    its French locative, {host_the} with its article, {country_from} ("du Soudan"),
    {actor_c} capitalised, {TOWN} in capitals for a dateline."""

    def __init__(self, slots: dict, lang: str, extra: dict[str, str]):
        super().__init__(extra)
        self.slots, self.lang = slots, lang

    def __missing__(self, key: str) -> str:
        if key == "TOWN":
            return self["town"].upper()
        base, _, form = key.partition("_")
        val = self.slots[base]
        if not isinstance(val, Place):
            return _cap(val) if form == "c" else val
        en = self.lang == "en"
        name = val.en if en else val.fr
        return {
            "": name,
            "in": f"in {name}" if en else val.fr_in,
            "the": name if en else val.fr_the,
            "the_c": _cap(name if en else val.fr_the),
            "from": _from_fr(val),
        }[form]


def _fill(template: str, lang: str, slots: dict, extra: dict[str, str]) -> str:
    """Put names and numbers into a template (see _Names for the slot forms)."""
    return template.format_map(_Names(slots, lang, extra))


def _from_fr(place: Place) -> str:
    """French "from" + place: "du Soudan", "de l'Éthiopie", "de la RDC", "de Goma"."""
    the = place.fr_the
    if the.startswith("le "):
        return "du " + the[3:]
    if the.startswith("les "):
        return "des " + the[4:]
    return "de " + the


def _gold_name(slots: dict, role: str) -> str:
    if not role:
        return ""
    return slots[role].gold


def _figure(
    rng: random.Random, lang: str, row: tuple, slots: dict
) -> tuple[str, list[list[str]]]:
    """One figure sentence and its gold rows (two when it holds a part: "including 1,200
    children", which shares the places and category of the whole)."""
    text, noun, magnitude, category, measure, loc, origin, dest, period_slot = row
    if "{site}" in text or loc == "site":
        slots = {**slots, "host": slots["site_host"]}  # the site's own country
    phrase, bounds, unit, gender = render_quantity(rng, lang, MAGNITUDES[magnitude], noun)
    when = rng.choice(WHEN[lang])
    rate = rng.choice(RATES[lang])
    extra = {"Q": phrase, "Qc": _cap(phrase), "when": when, "rate": rate,
             "e": "e" if gender == "f" else ""}
    counts = [(bounds, unit)]
    if "{Q2}" in text:
        # the part is smaller than the whole's lower bound
        whole = int(bounds["low"] or bounds["value"])
        part = (max(10, whole // 20), max(20, whole * 6 // 10))
        extra["Q2"], bounds2, unit2, _ = render_quantity(rng, lang, part, SECOND_COUNT_NOUN)
        counts.append((bounds2, unit2))
    sentence = _fill(text, lang, slots, extra)
    period = {"when": when, "rate": rate}.get(period_slot, "")
    places = [_gold_name(slots, origin), _gold_name(slots, dest), _gold_name(slots, loc)]
    gold = [[sentence, b["value"], b["low"], b["high"], u, category, measure, *places, period]
            for b, u in counts]
    return sentence, gold


def _negative(rng: random.Random, lang: str, row: tuple, slots: dict) -> tuple[str, str]:
    text, lo, hi, why = row
    n = _nice(rng, lo, hi) if hi else 0
    digits = _digits(n, lang, rng.choice(["space", "dot"]), rng) if lang == "fr" else f"{n:,}"
    sentence = _fill(text, lang, slots, {"n": digits, "year": str(rng.randint(2012, 2023))})
    return sentence, why


def make_report(index: int, seed: int = DEFAULT_SEED) -> Report:
    """Report number `index` of the corpus: its text, its gold rows and negatives."""
    rng = random.Random(f"{seed}:{index}")  # str seeds hash with sha512: stable everywhere
    lang = "fr" if rng.random() < FRENCH_SHARE else "en"
    crisis = rng.choice(CRISES)
    meta_style = _weighted(rng, METADATA_STYLES)
    style = _weighted(rng, STYLES)
    name = f"syn{index:06d}" + (".md" if meta_style in ("yaml", "loose-front-matter") else ".txt")
    day = rng.randint(0, 3 * 365 - 1)
    year, doy = 2023 + day // 365, day % 365
    month = min(12, doy // 31 + 1)
    published = f"{year}-{month:02d}-{min(28, doy % 31 + 1):02d}"
    base = _slots(rng, crisis, lang)

    # Sentences: figures (distinct templates), negatives, filler; each figure or negative
    # gets its own places so one report names several towns, as real ones do.
    figure_rows = rng.sample(FIGURES[lang], rng.randint(4, 7))
    if rng.random() < HARD_SHARE:
        figure_rows.append(rng.choice(HARD_FIGURES[lang]))
    figures = [_figure(rng, lang, row, _slots(rng, crisis, lang)) for row in figure_rows]
    negative_rows = rng.sample(NEGATIVES[lang], rng.randint(2, 4))
    negatives = [_negative(rng, lang, row, _slots(rng, crisis, lang)) for row in negative_rows]
    filler_pool = rng.sample(FILLER[lang], len(FILLER[lang]))
    headline = f"{TITLE_PREFIX} " + _fill(rng.choice(HEADLINES[lang]), lang, base, {})

    header = _header(rng, meta_style, lang, headline, published)
    target = rng.randint(MIN_BYTES + 150, MAX_BYTES - 250)
    body = _body(rng, style, lang, base, figures, negatives, filler_pool, target - len(
        header.encode()))
    text = header + body
    gold = [[name, *g] for _, rows in figures for g in rows]
    negs = [[name, s, why] for s, why in negatives]
    return Report(name, text, gold, negs, published, meta_style == "metadata-csv")


def _header(rng: random.Random, meta_style: str, lang: str, headline: str, published: str) -> str:
    if meta_style == "date-lines":
        return f"date {published}\ntitle {headline}\nsource {SOURCE}\n\n"
    if meta_style == "date-headline":  # the date token followed by the headline, as in seeds/
        return f"source {SOURCE}\ndate {published} {headline}\n\n"
    if meta_style == "yaml":
        return (f"---\ndate: {published}\ntitle: {json.dumps(headline, ensure_ascii=False)}\n"
                f"source: {SOURCE}\nlanguage: {lang}\n---\n")
    if meta_style == "loose-front-matter":  # hand-written, not valid YAML: read as key: value
        return f"---\ndate: {published}\ntitle: {headline} : [draft]\nsource: {SOURCE}\n---\n"
    if meta_style == "colon-lines":
        return f"Title: {headline}\nSource: {SOURCE}\nDate: {published}\n\n"
    # metadata-csv: the date lives in metadata.csv beside the reports
    return f"title {headline}\nsource {SOURCE}\n\n"


def _body(rng: random.Random, style: str, lang: str, base: dict, figures: list,
          negatives: list, filler: list[str], budget: int) -> str:
    """Paragraphs (or bulleted sections) mixing figures, negatives and filler, with filler
    added until the report reaches its size."""
    facts = [s for s, _ in figures] + [s for s, _ in negatives]
    rng.shuffle(facts)
    used = sum(len(s.encode()) + 1 for s in facts) + len(DISCLAIMER[lang].encode()) + 40
    extra: list[str] = []
    for template in filler:
        if used >= budget:
            break
        s = _fill(template, lang, base, {})
        extra.append(s)
        used += len(s.encode()) + 1
    if style == "sitrep":
        bullet = rng.choice(BULLETS)
        head, over, resp = SECTIONS[lang]
        k = max(1, len(facts) // 3)
        lines = [head] + [bullet + s for s in facts[:k]]
        half = len(extra) // 2
        parts = ["\n".join(lines), over]
        parts += _paragraphs(rng, facts[k:] + extra[:half])
        parts += [resp] + _paragraphs(rng, extra[half:]) + [DISCLAIMER[lang]]
        return "\n\n".join(parts) + "\n"
    sentences = facts + extra
    rng.shuffle(sentences)
    paras = _paragraphs(rng, sentences)
    if style == "wire":
        paras[0] = _fill(DATELINES[lang], lang, base, {}) + paras[0]
    return "\n\n".join(paras + [DISCLAIMER[lang]]) + "\n"


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 4)
        out.append(" ".join(sentences[i : i + k]))
        i += k
    return out


# ---------------------------------------------------------------------------------------


README = """SYNTHETIC BENCHMARK CORPUS - NOT REAL DATA

Every report in this folder was generated by benchmarks/make_corpus.py (seed {seed}) for
speed and accuracy runs of the ETL. Place names are real; events, quotes and numbers are
invented. Nothing here may be cited, published, or shipped as data about any crisis.

gold.csv lists every displacement figure planted (the columns of the project's gold files),
negatives.csv every number planted that is not a figure, metadata.csv the dates of reports
that carry none in their text. MANIFEST.json records how the corpus was made.
"""


def manifest_for(n: int, seed: int) -> dict:
    """What a corpus of n reports made with this seed and generator version records."""
    return {"synthetic": True, "generator": "benchmarks/make_corpus.py",
            "version": GENERATOR_VERSION, "documents": n, "seed": seed, "source": SOURCE}


def write_corpus(n: int, out: str | Path, seed: int = DEFAULT_SEED) -> dict:
    """Write n reports and their gold, negatives, metadata.csv, README and MANIFEST.json
    into `out` (created). Returns the manifest, with byte and row counts added."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "MANIFEST.json").unlink(missing_ok=True)  # until rewritten, the corpus is not whole
    total = n_gold = 0
    # The tables are streamed to disk: 100,000 reports plant some 600,000 gold rows.
    with ExitStack() as stack:
        gold_w, neg_w, meta_w = (
            csv.writer(stack.enter_context((out / name).open("w", encoding="utf-8", newline="")),
                       lineterminator="\n")
            for name in ("gold.csv", "negatives.csv", "metadata.csv")
        )
        gold_w.writerow(GOLD_COLUMNS)
        neg_w.writerow(["doc", "quote", "why_not"])
        meta_w.writerow(["file", "date", "title", "source", "language"])
        for i in range(n):
            r = make_report(i, seed)
            data = r.text.encode("utf-8")
            total += len(data)
            # os.open/os.write: no buffered file object per report; 100,000 files add up
            fd = os.open(out / r.name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            gold_w.writerows(r.gold)
            neg_w.writerows(r.negatives)
            n_gold += len(r.gold)
            if r.needs_metadata_csv:
                meta_w.writerow([r.name, r.published, "", "", ""])
    (out / "README").write_text(README.format(seed=seed), encoding="utf-8")
    manifest = {**manifest_for(n, seed), "bytes": total, "gold_rows": n_gold}
    # written last: a corpus whose manifest is present is complete
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("dir", help="output folder (created; never seeds/ or tests/data/devset)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    out = Path(args.dir).resolve()
    root = Path(__file__).resolve().parent.parent
    for forbidden in (root / "seeds", root / "tests" / "data" / "devset"):
        if out == forbidden or forbidden in out.parents:
            ap.error(f"refusing to write synthetic reports into {forbidden}")
    m = write_corpus(args.n, out, args.seed)
    print(f"{args.n} synthetic reports, {m['bytes'] / 1e6:.1f} MB, {m['gold_rows']} planted "
          f"figures -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
