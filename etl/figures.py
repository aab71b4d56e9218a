"""Decide which numbers of a document are displacement figures, and describe each one.

For every number `etl.quantities` finds in a sentence, the extractor reads the noun that
follows it (refugees, households, soldiers...) and the words around it in its clause
(crossed, fled, killed, can host...), all listed in `etl.vocabulary`. A number is a figure
when its noun says people on the move, or says people and the clause says they moved or
are sheltering; it is left out when a word beside it says deaths, money, capacity, a
plan or a projection. Category, measure, rate, period and places come from the same words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import NamedTuple

from etl import places as P
from etl import tables as T
from etl import vocabulary as V
from etl.corrections import withdrawn
from etl.cues import (
    DISPLACED_NOUN,
    NEGATIVES,
    NOT_HEAD,
    PARTITIVE,
    TOTAL_LABEL,
    Head,
    Verdict,
    cue_hits,
    head_noun,
    not_moving,
    period_in,
    period_of,
    sentence_cues,
    tagged_hits,
)
from etl.cues import WORD_END as _E
from etl.cues import WORD_START as _B
from etl.cues import rx as _rx
from etl.documents import Document
from etl.quantities import Quantity, find_quantities, number_hint
from etl.table_figures import NAMES_SITES, counts_anyone, table_figures
from etl.text import (
    DOTTED_LEADER,
    MIN_REPEAT_WORDS,
    FirstOf,
    PatternSet,
    Span,
    body_sentences,
    clauses,
    fingerprint,
    title_case,
)

# Tables of patterns are each compiled into one expression (etl.text.PatternSet, FirstOf):
# one scan of a sentence instead of one per row, with the same matches in the same order.
_AGE = _rx(V.AGE_AFTER)
_NEGATIVE_AFTER = FirstOf(
    # (past a few words, or where the people are from: "90 familles de la plaine devront")
    [rf"(?:{V.AGE_AFTER})?\W{{0,3}}"
     rf"(?:(?:of|from|de|du|des) (?:the |la |le |l[’'])?\w+\s+|(?:\w+\s+){{0,2}})(?:{p})"
     for p, _ in V.NEGATIVE_AFTER],
    "", _E, re.I,
)
_RIGHT_AFTER = _rx(r",?\s*(?:per|par|shar(?:e|ing)|in|dans|at a time|à la fois|by the)\b")
_SET_UP_FOR = _rx(V.SET_UP_FOR)
_AND_THEN = _rx(r",?\s+(?:and|et)\s")
_RETRACTED_AFTER = _rx(rf"{_B}(?:{V.RETRACTED_AFTER})")
_TURN = _rx(r"\b(?:but|however|whereas|while|which|who|mais|alors que|tandis que|cependant|"
            r"qui|lequel|laquelle)\b")
_FIGURE_BEFORE = _rx(rf"\b(?:{V.RETRACTED_FIGURE_BEFORE})\b[^.;]{{0,40}}$")
_POINTS_BACK = _rx(
    r"c[’'](?:était|est)|(?:that|this|it) was|ce (?:chiffre|total|nombre)"
    r"|(?:that|this) (?:total|figure|number|count)"
)
MAX_RETRACTION_GAP = 140  # characters from the count's noun to the words that withdraw it
# The least count taken for a figure: with a noun of people ("12 families"), and bare ("25",
# "deux"), as too many other things are counted by small bare numbers
_LEAST_COUNT, _LEAST_BARE_COUNT = 10, 100
_RATES = (PatternSet([p for p, _ in V.RATES], _B, _E, re.I), [(rate, "") for _, rate in V.RATES])
# "Men: 5,336", "- Rugombo stadium (Cibitoke): 1,874 households": a labelled row of a list.
_SHORT_LABEL = 60  # characters: longer labels are read by _row_label's stricter rule
_LONG_LABEL_MAX = 140


def _label_rx(shortest: int, longest: int) -> re.Pattern[str]:
    """A label of `shortest` to `longest` characters and its colon (or dotted leader:
    "Evacuated by the Region ...... 218,500"), ending the text (at the start of a line or
    item, or of a part after a semicolon: "...; Ratnapura: 640 families")."""
    return _rx(
        rf"(?:^|(?<=;)|(?<=; )|[\n•*-])\s*([A-Za-zÀ-ÿ][^:\n]{{{shortest - 1},{longest - 1}}}?)"
        rf"\s*(?::|{DOTTED_LEADER}\.*)\s*(?:approx\.|~|about|environ)?\s*$"
    )


_LABEL = _label_rx(2, _SHORT_LABEL)
# ... longer when the number ends the line: a row's label may name its source and date
# ("Registered IDPs in Sumy oblast (Ministry of Social Policy, 1 September): 68 910");
# prose with a colon has words after its number
_LONG_LABEL = _label_rx(_SHORT_LABEL + 1, _LONG_LABEL_MAX)
_ROW_END = _rx(r"[\s.;*]*$")
_BRACKETED = _rx(r"\([^()]*\)")
# a move done, or a place people live in, before a later count ("have crossed", "live in")
_DONE_BEFORE = _rx(rf"{_B}(?:{V.DONE_AUXILIARIES}){_E}")
# (the comma that closes an aside goes on in lower case; one before a name goes on a list:
# "as bombs hit Huliaipole, Orikhiv and Stepnohirsk almost every day")
_ASIDE_CLOSED = re.compile(
    rf",\s+(?!(?:\w+\s+){{0,3}}?(?:{V.REPORTING_WORDS})\b)(?-i:[a-zà-ÿ])", re.IGNORECASE
)
_AUXILIARY_BEFORE = _rx(rf"{_B}({V.AUXILIARIES})\s+$")
_OTHER_DOING = _rx(rf",\s+(?:{V.OTHER_DOING_JOINERS})\s+(?!(?:{V.OTHER_DOING_NOT})\b)")
_TIME_OPENER = _rx(rf"[\W_]*(?:{V.TIME_OPENERS}){_E}[^,;:]*$")
_LONG_LABEL_NOT = _rx(rf"{_B}(?:{V.LONG_LABEL_NOT_WORDS}){_E}")
_DISPLACED_HEADING = _rx(
    rf"[\W_]*(?:(?:{V.HEADING_LEAD_WORDS})\s+)*(?P<noun>{DISPLACED_NOUN.pattern})"
)
# A row that is nothing but a label and its number ("- Ouham : 98 000")
_ROW_LABEL_ONLY = _rx(rf"[\s•*–-]*[^:\n]{{1,{_LONG_LABEL_MAX}}}(?::|{DOTTED_LEADER})\s*$")
_NOT_MOVED_LABEL = _rx(rf"{_B}(?:{V.NOT_MOVED_LABEL_WORDS}|{V.NEED_CUES}){_E}")
# ... but a camp's population, in a section about camps ("Combined population: 12,410")
# (not the host community's, nor a census's: "Population (host community): 45,000",
# "Population (2021 census): 1,200,000")
_POPULATION_LABEL = _rx(
    r"(?:(?:total|combined|current|camp|site)\s+)?population"
    rf"(?:\s*\((?![^()]*\b(?:{V.NOT_SITE_POPULATION})\b)[^()]*\))?"
)
_WAY_LABEL = _rx(r"(?:to|towards|from|vers|depuis|en provenance d[eu]s?|à destination d[eu]s?)\s")
# ... or a population said to be in camps ("Population in camps and emergency sites (27 May)")
_SITES_POPULATION_LABEL = _rx(
    rf"(?:(?:total|combined|current)\s+)?population\s+(?:in|of|at|dans|des)\s+(?:the\s+|les\s+)?"
    rf"(?:[\w-]+\s+)?(?:{V.SITE_WORDS})s?\b"
)
# "• Chiúre: attacks have displaced...": a line introduced by a label.
_LINE_LABEL = _rx(r"^[\s•*–-]*([A-ZÀ-Þ][^:\n]{1,40}?)\s*:\s")
_JOINED = _rx(rf"{_B}(?:{V.CLAUSE_JOINERS}){_E}|;")
_ARRIVAL = _rx(rf"{_B}(?:{V.ARRIVAL_CUES}){_E}")
_ARRIVING = _rx(rf"{_B}(?:{V.ARRIVING_WORDS}){_E}")
_RELOCATION = _rx(rf"{_B}(?:{V.RELOCATION_WORDS}){_E}")
_DANGER = _rx(rf"{_B}(?:{V.DANGER_WORDS}){_E}")
_CAUSE = _rx(rf"{_B}(?:{V.CAUSE_WORDS}){_E}")
_PART_NEEDS = _rx(rf"{_B}(?:{V.PART_NEEDS}){_E}")
_NATIONAL = _rx(rf"{_B}(?:{V.NATIONAL_SCOPE}){_E}")
_AND_OTHER_PLACES = _rx(V.AND_OTHER_PLACES)
_AGAIN = _rx(rf"{_B}(?:{V.AGAIN_WORDS}){_E}")
_HOSTS = _rx(rf"{_B}(?:{V.RECEIVING_VERBS}){_E}")
# ... right before a count ("le site accueille 2 450 sinistrés"; not "la région, qui
# accueille le forum, compte 18 000 sinistrés")
_HOSTS_BEFORE = _rx(rf"{_B}(?:{V.RECEIVING_VERBS})\s+(?:(?:{V.ADVERBS_AFTER_VERB})\s+)?$")
# ... a part closed by a comma: not "65 000 personnes, dont des dizaines de milliers
# s'étaient réfugiées au Tchad", where the part has places of its own
_PART_CLOSED = _rx(r"\s+[\w-]+(?:\s+[\w-]+)?\s*[,)]")
_PART_BETWEEN = _rx(rf"\s*[,(]\s*(?:{V.PARTITIVES_BEFORE})\s*$")
# ... or said after the part's number, in a few words ("85 people, 30 of them children, from
# Orú", "5,000 people, 2,000 of whom are children, fled"; the part's own place, in "3,000
# people, 1,000 of them from Masisi, arrived in Goma", may then be taken for the whole's
# origin)
_PART_AFTER_CLOSED = _rx(rf"\s+(?:{V.PARTITIVES})(?:\s+[\w-]+){{1,3}}\s*[,)]")
# A count of the shelters the people are in, between them and the shelters' town
# ("2 150 personnes hébergées dans six sites d'accueil à Yopougon", "in 91 camps in the
# district"): the places after it are the people's too
_IN_SHELTERS_BEFORE = _rx(
    r"[^,;:]{0,40}?\b(?:in|into|across|among|at|dans|en|à travers|(?:dans|à) les)\s*$"
)
_SHELTERS_AFTER = _rx(rf"\s*(?:\(\d+\)\s*)?(?:[\w-]+\s+)?(?:{V.SHELTER_HOSTS})\b")
_SHELTERS_END = _rx(r"[,;:]")
# ... or in more words, closed before its clause ends: the part's places are its own
_PART_LONGER = _rx(r"[^,;:()\d]{1,60}[,)](?=\s*[^\W\d])")
_SITE_NAMED = _rx(rf"{_B}{V.SITE_NAME_BEFORE}$")
# Between two numbers, words that make the second restate the first: "6,220 households
# (25,953 people)", "11,597 households, or 49,093 people", "1 334 ménages, soit 8 000".
_APPOSITION = _rx(r"^\s*(?:\(|/|;|,?\s*(?:or|soit|i\.e\.|that is|ou))\s*$")
_ROUND_WORDS = _rx(rf"{_B}(?:{'|'.join(V.APPROXIMATE_NUMBERS)}){_E}")
_RESTATED_AFTER_WORDS = _rx(r"^[^;:.()\d]{0,80},\s*(?:soit|i\.e\.|that is)\s*$")
_ELSEWHERE_INSIDE = _rx(rf"{_B}(?:{V.ELSEWHERE_INSIDE}){_E}")
# the state of the people before said again with "le" ("près de 11 800 le sont encore")
_SAME_STATE_AGAIN = _rx(r"le (?:sont|restent|demeurent) (?:encore|toujours)")
_REPEAT_LABEL = _rx(rf"^\W*(?:{V.REPEAT_LABELS})\s*:\s*")
_NEGATIVE_KINDS = frozenset(kind for _, kind in V.NEGATIVE_CUES)
_REFUGEE_AGENCY = _rx(rf"{_B}(?:{V.REFUGEE_AGENCY_NAMES}){_E}")
_RETURNEES = _rx(rf"{_B}(?:{V.RETURNEE_NOUNS}){_E}")
_NEED = _rx(rf"{_B}(?:{V.NEED_CUES}){_E}")
_RANGE_BETWEEN = _rx(r"\s*(?:au|to|and|et|-|–)\s*")  # "du 3 au 4 mai"
_EVACUATION_NOUN = _rx(r"evacuations?|évacuations?")
# (the evacuees, other people than those counted after them: "il mélangeait les évacués et
# les quelque 2 300 clients qui étaient seulement privés d'électricité")
_EVACUEES_BEFORE = _rx(r"(?:les|des|the) (?:évacué(?:e)?s|evacuees)\s+(?:et|and)\b")
_EVACUATION_OF = _rx(r"\s+(?:of|de|des|d[’'])\s*(?:[^\d.;:,]{0,25}?\s)?")
_PARTITIVE_BEFORE = _rx(
    rf"{_B}(?:{V.PARTITIVES_BEFORE})\W*(?:(?:{V.PARTITIVE_BEING})\s+)?$"
)
_HEADING_ORIGIN = _rx(V.HEADING_ORIGIN)
_TIME_SPAN_BEFORE = _rx(rf"{_B}(?:{V.TIME_SPAN_BEFORE})(?:\s+(?:the|les|l[’']))?\s*$")
# Where a sentence moves on to another clause: ", and in Ancuabe...", "; elsewhere"
_CLAUSE_BREAK = _rx(rf"[,;]\s*(?:{V.CLAUSE_JOINERS}){_E}|;")
# (not "but also", "mais aussi", which add: "arrive not only in Adré but also in Farchana")
# ("alors qu'environ 1 000 sont restées": a joiner may end on an elided "qu'")
_CONTRAST = _rx(
    rf"{_B}(?:{V.CONTRAST_JOINERS})(?:{_E}|(?<=qu[’']))(?!\s+(?:{V.ADDING_AFTER_BUT}){_E})"
)
# a sentence opening on a restatement of the figure before it ("That is about 3,100
# households"), not on a difference from it ("That is 400,000 more than in January") nor
# on a comma ("That is, 3 million children are out of school")
_RESTATING = _rx(rf"\s*(?:{V.RESTATING_OPENERS}|{V.RESTATING_CONVERSION})\s+")
_WHOLE_INCLUDES = _rx(rf"\s*(?:{V.WHOLE_INCLUDES})\s+")
# ... or how many its people were at another time, or are still there (after a time said
# first: "Mercredi soir, elles étaient près de 45 000", "312 personnes y étaient encore")
_SAME_PEOPLE_BEFORE = _rx(
    # (after a time or two: "La première nuit, samedi, on en avait 410")
    rf"\W*(?!{V.SAME_PEOPLE_TOPIC})(?:[^,.;:]{{0,40}}?(?:,\s*|\s+)){{0,2}}(?:{V.SAME_PEOPLE_BEFORE})\s+"
)
_IN_STOCK_AFTER = _rx(rf"\s+(?:{V.IN_STOCK_AFTER})\b")
_ANOTHER_EVENT_AFTER = _rx(
    r"\s+(?:[\w-]+\s+){0,2}?(?:in|during|of|en|lors|pendant)\s+(?:the\s+|les?\s+|la\s+|de\s+)?"
    r"(?:(?:19|20)\d\d|last|previous|earlier|past|précédente?s?|dernière?s?)\b"
)
_DEMAND_OPENING = _rx(rf"[\W\d]*(?:{V.DEMAND_VERBS})\b")
_INFINITIVE_SUBJECT_VERB = _rx(rf"\b(?:{V.INFINITIVE_SUBJECT_VERBS})\b")
_RELATIVE_WORD = _rx(r"\b(?:dont|qui|que|qu[’']|où|who|whom|whose|which|that)(?![\w’'])")
_SAME_PEOPLE_AFTER = _rx(rf"\s+(?:{V.SAME_PEOPLE_AFTER})\b")
# In a sentence that breaks the figure before down by place (`P.breaks_down_by_place`:
# "By municipality: Wajima City 10,350 people; ..."), each part named before its number,
# after the colon or a semicolon (looking behind: a part's clause may start after the
# semicolon)
_BY_PLACE_ITEM = _rx(
    r"(?:(?<=[:;])|(?<=[:;][ \u00a0])|(?<=\band[ \u00a0])|(?<=\bet[ \u00a0]))\s*"
    r"((?-i:[A-ZÀ-Þ])[^:;,.\d()]{1,40}?)\s*$"
)
# ... or a conversion after a clause that says how, whose numbers are no figures ("Using
# the census average of 4.5 persons per household, this corresponds to roughly 36,000")
_CONVERSION_AFTER_CLAUSE = _rx(rf"[^;:]*,\s*(?:{V.RESTATING_CONVERSION})\s+")
# Another estimate of the figure before ("puts the figure lower, at about 850,000", "estime
# ce chiffre à 3 000")
# or the value it had or went to ("A week ago that figure stood at more than 280,000", "ce
# chiffre était de 9 000", "this fell to 2,304 families"); not "their number", which may be
# of anyone ("put their number at 500": the rebels)
_FIGURE_PUT = _rx(
    rf"\b(?:{V.ESTIMATING_VERBS})\s+(?:the|that|this|its|ce|le|ces)\s+"
    rf"(?:{V.FIGURE_NOUNS})(?:\s+\w+)?,?\s+(?:at|à)\s*$"
    rf"|\b(?:the|that|this|ce|le|ces)\s+(?:{V.FIGURE_NOUNS})\s+(?:{V.FIGURE_STOOD})\s*$"
    rf"|\b(?:the|that|this|ce|le)\s+(?:{V.FIGURE_WAS})\s*$"
    rf"|\b(?:{V.FIGURE_MOVED})\s*$"
)
# A sentence opening on people named with no number ("Of the people in accommodation
# centres, about 11,900 are children", "Parmi les arrivants de la semaine à Adré, 2 900 ...")
_PEOPLE_OPENER = _rx(
    rf"[\W_]*(?:{V.WHOLE_OPENERS})\s+(?:[^\d.;:,]*?\s)?"
    rf"(?:{DISPLACED_NOUN.pattern}|{_B}(?:people|persons|personnes)\s+(?:in|at|dans|sur)\s+"
    rf"(?:the\s+|les\s+|des\s+)?(?:[\w-]+\s+)?(?:{V.SITE_WORDS}|{V.EVACUATION_CENTRES}|shelters?|abris)s?{_E})"
    r"[^\d.;:,]*,\s*"
    r"(?:(?:about|some|around|roughly|nearly|over|more than|at least|environ|près de|"
    r"plus de|quelque|au moins)\s+)?"
)
# ... or on a whole, with its number ("Of the 23,500 people displaced ..., about 9,800"),
# also after a speaker's label ("A: Of the 21,000, ...", "Dr Alemu : Sur les 12 000, ...")
_WHOLE_OPENER = _rx(rf"[\W_]*(?:[^\W\d_][\w’' .-]{{0,30}}?\s?:\s*)?(?:{V.WHOLE_OPENERS})\s+")
_DIFFERENCE_AFTER = _rx(rf"\s*(?:\w+\s+)?(?:{V.DIFFERENCE_WORDS})\b")
_INHABITANTS = _rx(rf"{_B}(?:{V.INHABITANT_NOUNS}){_E}")
# (ordinarily: "La commune compte d'ordinaire environ 8 000 habitants")
_HAVING_BEFORE = _rx(
    rf"{_B}(?:{V.HAVING_VERBS})(?:\s+(?:d[’']ordinaire|normalement|habituellement|usually|"
    r"normally|ordinarily))?\s*$"
)
_HOSTING_BEFORE = _rx(rf"{_B}(?:{V.HOSTING_VERBS})\s*$")
_AND_COUNT = _rx(r"\s+(?:and|et|or|ou)\s+")
# Between two parts of a list with no noun of their own, each with its place after it:
# "including 1,500 in Fizi, 2,000 in Uvira and 500 in Baraka" (not "in Fizi (1,500),
# Uvira (2,000)": a place named before its number is not read as the number's own)
_NEXT_PART = _rx(r"\s+[^\W\d_][^\d,;:.()]{0,30}?(?:,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+)")
# a list of parts each named before its number: the name after a colon or a semicolon,
# and the separator, name, number of the next ("Femmes 11 302 ; Hommes 8 455")
_LIST_LABEL = r"[^\W\d_][\w’'-]*(?:\s[\w’'-]+){0,2}"  # a name of one to three words
_LABEL_BEFORE = _rx(rf"(?:[:;,]|\band|\bet)\s*{_LIST_LABEL}\s+$")
_NEXT_LABELLED_PART = _rx(
    rf"(?:\s*[;,]\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+)(?P<label>{_LIST_LABEL})\s+"
)
_BLANK = _rx(r"\s*")
_OF_ELSEWHERE = _rx(V.INHABITANTS_OF_ELSEWHERE)
_PARTITIVE_IN = _rx(rf"{_B}(?:{V.PARTITIVES_BEFORE}){_E}")
_PLANNED_MOVE = _rx(rf"(?:{V.PLANNED_MOVE_NOUNS}) d[’']\s*$")
_SHELTERS = _rx(rf"{_B}(?:{V.SHELTER_HOSTS}){_E}")
_SHELTER_HOSTING = _rx(rf"{_B}(?:{V.SHELTER_HOSTS}){_E}[^,;.]{{0,30}}?{_B}(?:{V.HOSTING_VERBS})")
_COMPLEMENT_BEFORE = _rx(rf"{_B}(?:{V.COUNT_COMPLEMENT_BEFORE})\s*$")
_OWN_WORDS = _rx(r"[^,;:()]*")  # what follows a noun up to the next comma: its own verb
# ... up to a conjunction too: "3 000 habitants et accueille" ends at "et"
_OWN_PHRASE = _rx(r"(?:(?!\s(?:et|and|mais|but)\s)[^,;:()])*")
_RESIDENTS_AFTER = _rx(rf"\s+(?:{V.RESIDENTS_AFTER})(?![\w-])")
_DISASTER = _rx(rf"{_B}(?:{V.DISASTER_WORDS}){_E}")
_AFFECTED_AREA_AFTER = _rx(rf"\s+(?:{V.AFFECTED_AREA_AFTER})")
# "home to some 20,000 people": a qualifier or two may stand between
_ROW_GLOSS = _rx(r"\s*,\s*(?:mostly|most of them|almost all|nearly all|all|many|majoritairement|"
                 r"pour la plupart|presque tous|surtout)\b")
# the verb right after a count in apposition, past its auxiliaries ("..., about 5,000
# people, had been taken off the island")
_APPOSITION_VERB = _rx(
    r",\s+(?:(?:had|have|has|were|was|been|being|all|then|also|ont|avaient|sont|étaient|été|"
    r"tous|toutes)\s+){0,3}"
)
_MAIN_VERB_AFTER_CLAUSE = _rx(r",\s*(?:has|have|had|a|ont|avait|avaient)\s+(?:\w+\s+)?$")
_SHELTERED = _rx(r"(?:héberg|relog|sheltered|housed|rehoused)")
_RESIDENTS_OF = _rx(r"(?:all\s+)?(?:the\s+)?(?:residents|inhabitants)\s+of\b")
_RESIDENTS_BEFORE = _rx(rf"{_B}(?:{V.RESIDENTS_BEFORE})\s+(?:[\w~+-]+\s+){{0,2}}$")
# "la province", "the province" with no name after it: the province the report is about.
_PROVINCE = _rx(rf"\b(?:the|this|la|cette)\s+(?:{V.PROVINCE_WORDS})\b(?!\s+(?:of|de|du|d[’'])\s)")
_PARTIAL = _rx(rf"{_B}(?:{V.PARTIAL_MARKERS}){_E}")
_OPENING = _rx(r"[\W]*(?:\w+\s+){1,2}$")
_PEAK_OF = r"(?: (?:a|the) (?:peak|high|low) of)?(?: just| only| slightly)?"
_COMPARISON = _rx(
    rf"\b(?:{V.COMPARED_WORDS}|soit|or|ou|and|et)"
    rf"{_PEAK_OF}\W*$"  # ("down from a peak of about 6,000", "of just over 2,300")
)
# ... said in a sentence of its own ("That's down from a peak of just over 2,300")
_COMPARED_OPENING = _rx(
    rf"\s*(?:{V.RESTATING_OPENERS}|it is|it's|c[’']est)\s+(?:{V.COMPARED_WORDS}){_PEAK_OF}\W*"
)

# ... or where a change it ended at started ("Lautoka down to 1,350 from 4,900 on Mon")
_FROM_ALONE = _rx(r"\s+(?:from|de)\s+")
_CHANGED_TO = _rx(
    r"\b(?:down|up|fallen|fell|dropped|risen|rose|increased|decreased|declined|climbed|grown|"
    r"grew|shrunk|shrank|passé|passée|tombé|tombée|descendu|descendue|monté|montée)\s+(?:to|à)\s+$"
)
# ... or more of the same ("at around 1 million, with another 36,000 on Bhasan Char")
# (right after "with", "and" or a comma: "and confined another 4,000" is another verb's)
_ANOTHER = _rx(r"(?:,|\bwith|\band|\bplus)\s+(?:another|a further|an additional)\W*$")
_CLAUSE_OPENS = _rx(
    r"(?:^|[;,:]|\b(?:and|et|while|but|mais|tandis que))\s*(?:another|encore|les|the)?\s*$"
)
_AUXILIARIES = _rx(
    r"\s+(?:(?:are|were|is|was|have|has|had|been|still|now|sont|ont|été|restent|étaient|"
    # (and a move that could be made: "95 ont pu rentrer samedi", "95 were able to return")
    r"avaient|toujours|encore|se|s[’']y|pu|could|able to)\s+){0,3}"
)
# (... but not people in a hospital's care: "and 12 remain in hospital", "40 were moved to
# hospital with burns", "14 restent à l'hôpital")
_CARED_FOR = _rx(rf"[^.;,]{{0,40}}?\b(?:{V.CARED_FOR})\b")
_MORE_AFTER = _rx(rf"\s*(?:{V.MORE_WORDS})\b(?!\s+(?:than|que|qu[’']))")
# (a pace noun as the subject of a verb of change: "the pace has since dropped to"; a verb
# of change with no subject of its own after a conjunction: "and have since slowed to")
_AUX = r"(?:(?:has|have|had|is|was|a|ont|est|sont|s[’']est|se sont)\s+)?"
_SINCE = r"(?:(?:since|then|depuis|ensuite)\s+)?"
_PACE = _rx(
    rf"\b(?:{V.PACE_NOUNS})\s+{_AUX}{_SINCE}(?:{V.PACE_CHANGE_VERBS})\b"
)
# ("they keep coming at a rate of some 3,000 a day", "à raison de 300 par jour")
_AT_RATE = _rx(rf"\b(?:{V.AT_A_RATE_OF})\s*$")
_PACE_CHANGE = _rx(
    rf"\b(?:and|but|then|puis|et|mais)\s+{_AUX}{_SINCE}(?:{V.PACE_CHANGE_VERBS})\b"
)
# a pace set beside a flow after a comma ("evacuated 2,318 people during the period, about
# 155 a day")
_APPOSED = _rx(rf",\s*(?:(?:{V.APPOSITION_WORDS})\s+)?$")
_ABROAD = _rx(rf"\b(?:{V.ABROAD_WORDS})\b")
# after a count: where people came from ("ménages rapatriés du Tchad", "returnees from
# Uganda") or a participle of staying ("IDPs currently sheltering in churches")
_FROM_AFTER = _rx(r"\s+(?:from|de|du|des|d[’'])\s*(?-i:[A-ZÀ-Þ])")
_STAYING_AFTER = _rx(rf"\s+(?:(?:{V.ADVERBS_AFTER_VERB})\s+)?(?:{V.STAYING_PARTICIPLES})\b")
_RELATIVE = _rx(r"\s*,?\s*(?:who|which|that|qui)\b")
# a relative clause in the past before the past ("people who had been evacuated", "qui
# avaient fui"): what the people had been before the clause's main verb
_EARLIER_RELATIVE = _rx(r"\s*,?\s*(?:who|that|qui)\s+(?:had|avaient|étaient|s[’']étaient)\b")
_AGENT = _rx(r"\s+(?:by|par)\b")
# taken away from somewhere ("were taken by bus from West Maui", "took 62 people off Mango")
_AWAY = _rx(r"\s+(?:from|off|out|away)\b")
_OUT = _rx(
    r"\s+(?:out|away)\b(?! (?:of (?:the |their )?(?:class(?:room)?s?|lessons?|school|way)\b))"
    # (nor moved inside a building or grounds: "moved 60 patients out of the old wing and
    # into the new building", "moved 450 pupils out to the playground")
    r"(?! (?:of|to|into|onto) (?:the |their |its )?(?:[\w’'-]+ ){0,2}(?:wings?|wards?|floors?|"
    r"playgrounds?|yards?|schoolyards?|car parks?|parking lots?|assembly points?)\b)"
)
# not a rate: "a day after the attack", "a week earlier"
_NOT_RATE = r"\s+(?:after|before|later|earlier|ago|après|avant)\b"
_NOT_RATE_AFTER = re.compile(_NOT_RATE, re.I)
_RATE_AFTER = re.compile(
    rf"\s*(?:{'|'.join(p for p, _ in V.RATES)})\b(?!{_NOT_RATE})",
    re.I,
)
# a rate ending right before a count, a few words away ("chaque jour entre 100 et 150")
_RATE_BEFORE = _rx(rf"\b{V.RATE_ADVERBS}\b(?:\s+\w+){{0,3}}\s*$")

WINDOW = 90  # characters of context on each side of a number, cut at the next number
NEAR = 50  # characters within which a cue is "right beside" a number


@dataclass
class _DocState:
    """What earlier sentences of the document tell later ones."""

    seen: set[str] = field(default_factory=set)
    said: set[str] = field(default_factory=set)  # the categories figures so far named
    refugee_hosts: set[str] = field(default_factory=set)  # where refugee figures so far are
    returnee_homes: set[str] = field(default_factory=set)  # where returnee figures so far are
    returned_from_abroad: bool = False  # a returnee figure so far came from another country
    last_said: dict[float, bool] = field(default_factory=dict)  # number -> was it a figure
    said_figures: dict[float, Verdict] = field(default_factory=dict)  # number -> its figure
    last_location: P.PlaceRef | None = None  # of the last figure
    last_figure: Verdict | None = None  # in the current paragraph
    doc_figure: Verdict | None = None  # anywhere before in the document
    last_paragraph: int = -1
    heading_moves: bool = False  # an earlier line of this paragraph speaks of moving
    # the displaced people an earlier heading of this paragraph names ("IDPs by province:",
    # "PDI PAR PRÉFECTURE"): the noun of its rows that name none ("Ouham : 98 000")
    heading_noun: Head | None = None
    listing: bool = False  # under a list heading of displaced people, in this or a past paragraph
    # under a heading whose rows name where people came from ("by region of origin:")
    origin_rows: bool = False
    origin_host: P.PlaceRef | None = None  # the place such a heading names ("..., Dollo Ado:")
    # the last question asked (an interview's "How many people are crossing now?"): its
    # paragraph and its displacement cues
    question: tuple[int, tuple] = (-9, ())
    # The sentences read so far in this paragraph. Their places (`P.sentence_places`) are
    # found only when a later figure asks where the paragraph is (`recent_place`,
    # `heading_dest`): most sentences are never asked about.
    read: list[str] = field(default_factory=list)
    _recent: tuple = (0, None)  # (sentences of `read` looked at, recent_place)
    _heading: tuple = (0, None)  # (sentences of `read` looked at, heading_dest)
    located: list[P.PlaceRef] = field(default_factory=list)  # of this paragraph's figures
    # where the section is: the place its heading names, for paragraphs that name none (a
    # donor brief's "Ukraine: evacuations from Kharkiv and Sumy oblasts" over "Evacuations
    # continued at 200 to 300 people a day"), and the level of a Markdown heading ("##")
    section_place: P.PlaceRef | None = None
    section_level: int = 0
    # the level of the Markdown heading of a section about camps or sites ("## Camp by
    # camp"), 0 outside one: there, a row's "Population" is the camp's people
    site_level: int = 0
    # whether the last count read was a figure: a row that says only which way people went
    # ("- to east Mosul: 2,870") is a part of the row before only if that one was a figure
    last_number_figure: bool = False
    # whether the report opens several paragraphs on a bold name ("**Trèbes.** ..."): then
    # each names where its paragraph is (`P.lead_in_names`)
    lead_ins: bool = False
    # what the whole document says of places (`P.document_places`): its context, and the
    # countries `P.localise` takes shared names in
    ctx: P.DocumentPlaces = field(default_factory=P.DocumentPlaces)

    def silent_category(
        self, location: P.PlaceRef | None, origin: P.PlaceRef | None = None,
        disaster: bool = False, arrival: Callable[[], bool] | None = None,
    ) -> str:
        """The category of a figure whose words and places are silent on it: refugees in a
        report that has named only refugees so far, in a country it named them in ("1 600
        personnes sont toujours hébergées à Goris"); else people who moved or shelter in
        their own country, not in the one refugees fled ("ménages hébergés dans des écoles
        à Khartoum"), nor coming from a place of the country they are in ("arrived in Wad
        Madani from Khartoum"), nor moved by a disaster (`disaster`: "sheltering in a school
        after floods")."""
        if (
            not disaster
            and len(self.said) == 1
            and location is not None
            and not (origin is not None and origin.iso3 == location.iso3)
        ):
            if self.said == {"refugees"} and location.iso3 in self.refugee_hosts:
                return "refugees"
            # likewise people arriving, in a report that has named only returnees so far,
            # from abroad, in the country they came home to ("At Torkham, 1,870 households
            # arrived"); not people sheltering there ("families sheltering in schools in
            # Kaya"), nor in a report on people going home inside their country
            # (`arrival`: whether the figure's clause says so, asked last, as it reads text)
            if (
                self.returned_from_abroad
                and self.said == {"returned"}
                and location.iso3 in self.returnee_homes
                and arrival is not None
                and arrival()
            ):
                return "returned"
        return "displaced"

    def note(self, said: str, category: str, origin: P.PlaceRef | None,
             *where: P.PlaceRef | None) -> None:
        """Remember the category a figure's words said, and where refugees are (not the
        country they fled: "6 million refugees have fled Ukraine" is located there)."""
        if said:
            self.said.add(said)
        fled = origin.iso3 if origin is not None else ""
        if category == "refugees":
            self.refugee_hosts.update(r.iso3 for r in where if r and r.iso3 not in ("", fled))
        if category == "returned":
            self.returnee_homes.update(r.iso3 for r in where if r and r.iso3)
            self.returned_from_abroad = self.returned_from_abroad or bool(
                fled and any(r and r.iso3 not in ("", fled) for r in where)
            )

    def crossing_home(self, said: str, head: Head, location: P.PlaceRef | None) -> bool:
        """Are people said only to cross a border ("up to 9,000 people a day crossed into
        Afghanistan"), in a report that has so far named only returnees, going home to
        the country it named them in?"""
        return (
            said in ("", "refugees")
            and head.category != "refugees"
            and self.said == {"returned"}
            and location is not None
            and location.iso3 in self.returnee_homes
        )

    def asked(self, paragraph: int) -> tuple:
        """The cues of a question about people moving that the paragraph may answer: in
        the question's paragraph or the next one."""
        asked_in, cues = self.question
        return cues if 0 <= paragraph - asked_in <= 1 else ()

    def new_paragraph(self, index: int) -> None:
        self.last_figure, self.last_paragraph, self.heading_moves = None, index, False
        self.heading_noun = None
        self.read, self._recent, self._heading = [], (0, None), (0, None)
        self.located = []

    @property
    def rows_place(self) -> P.PlaceRef | None:
        """Where the figures of this paragraph so far are, together ("Cishemere and
        Gatumba", located in Burundi): what a "Total" row of a list is about."""
        refs = list({r.place_id or r.name: r for r in self.located}.values())
        return P.join(refs) if refs else None

    def places(self, text: str) -> list[P.Found]:
        """The places of a sentence, names shared by several countries taken in the
        report's (`P.localise`)."""
        return P.localise(
            P.sentence_places(text, self.lead_ins), self.ctx.countries, self.ctx.mentioned, text
        )

    @property
    def recent_place(self) -> P.PlaceRef | None:
        """The last place named in this paragraph (`_recent` of its last sentence that
        names one)."""
        looked, place = self._recent
        for text in reversed(self.read[looked:]):
            if (found := _recent(self.places(text), text)) is not None:
                place = found
                break
        self._recent = (len(self.read), place)
        return place

    @property
    def heading_dest(self) -> P.PlaceRef | None:
        """Where a list's heading says people went: the last destination of the first
        sentence of this paragraph that names one."""
        looked, dest = self._heading
        if dest is None:
            for text in self.read[looked:]:
                found = self.places(text)
                dests = [i for i, f in enumerate(found) if f.role == "destination"]
                if dests:
                    dest = P.grouped(found, text, dests[-1])
                    break
        self._heading = (len(self.read), dest)
        return dest


def _nearest(hits, q: Quantity, head_end: int):
    def distance(h):
        return q.start - h[1] if h[1] <= q.start else max(0, h[0] - head_end)

    return sorted(hits, key=distance)


def _category(cues, head: Head, q: Quantity, s: str) -> str:
    """Category from the noun and the cues (nearest first). Going home or being evacuated
    said right beside the number wins over the noun ("110 000 déplacés ... pour regagner
    leurs villages"); crossing a border wins over fleeing, but the name of the U.N.
    refugee agency is no crossing."""

    def gap(c):
        return q.start - c[1] if c[1] <= q.start else c[0] - head.end

    # (not a verb set against this number's clause: "18,000 have returned, while 12,000
    # others remain displaced", "have returned to Rutshuru, while 1,500 are still in Goma")
    cues = [c for c in cues if not (c[1] <= q.start and _CONTRAST.search(s, c[1], q.start))]
    near = [c for c in cues if c[2] and gap(c) <= NEAR]
    main = _main_verb_cue(cues, head, s)
    if main is not None:
        return main[2]
    if _EARLIER_RELATIVE.match(s, head.end) and (
        done := [c for c in near if c[1] <= q.start and c[2] in ("returned", "evacuated")
                 # (an evacuation's noun, only of them: "the evacuation of 300 people who had
                 # returned"; not "After the evacuation, 380 people who had returned")
                 and (c[2] != "evacuated" or _evacuates(s, c, q))]
    ):
        # what was done to the people, its verb before them, and what they had done before
        # in a relative clause ("evacuated about 380 people who had returned to the zone")
        return done[-1][2]
    for strong in ("returned", "evacuated"):
        if any(c[2] == strong for c in near):
            return strong
    if head.category == "returned" and any(
        c[2] == "displaced" and _AGAIN.search(s, head.end, c[1] + 25) for c in near
    ):
        return "displaced"  # "des familles rapatriées se sont de nouveau déplacées"
    if head.category:
        return head.category
    cats = [c[2] for c in cues if c[2]]
    said = [c[2] for c in cues if c[2] and not (c[2] == "refugees" and _in_agency_name(s, c))]
    if "refugees" in said:
        return "refugees"
    category = (said or cats or [""])[0]
    if category == V.MOVED_BY_OTHERS:
        relocated = _RELOCATION.search(s) and not _DANGER.search(s)
        return "" if relocated else "evacuated"
    return category


def _main_verb_cue(cues, head: Head, s: str) -> tuple | None:
    """The cue of a clause's own verb after a relative clause that says what the people had
    been, however long that clause: going home, or evacuated ("nearly 12,000 people who had
    been evacuated earlier in the season have returned"), or leaving a home gone back to
    ("3,000 people who had returned to Kitchanga in May have fled again"). None when the
    cues do not say so."""
    if not _EARLIER_RELATIVE.match(s, head.end):
        return None
    after = sorted(c for c in cues if (c[2] or c[3]) and c[0] >= head.end)
    if len(after) < 2 or not after[-1][2] or after[-1][2] == V.MOVED_BY_OTHERS:
        return None
    first, last = after[0], after[-1]
    if (first[2], first[3]) == (last[2], last[3]):
        return None
    if last[2] in ("returned", "evacuated") or first[2] == "returned":
        return last
    return None


def _in_agency_name(s: str, cue) -> bool:
    """Is this cue part of the U.N. refugee agency's name (`V.REFUGEE_AGENCY_NAMES`)?"""
    return any(
        m.start() <= cue[0] and cue[1] <= m.end()
        for m in _REFUGEE_AGENCY.finditer(s, max(0, cue[0] - 70), min(len(s), cue[1] + 20))
    )


def _moved_after(s: str, head: Head, hi: int) -> bool:
    """Do the words after a count of people move them: a flow cue ("who fled Masisi"), a
    cue in a relative clause ("who have sought refuge in schools"), or, after displaced
    people, the agent of their noun's participle ("families displaced by the fighting"),
    the place they came from ("returnees from Uganda") or where they stay ("IDPs sheltering
    in churches")? Not a place where aid reached them ("14,200 new arrivals at the transit
    centre")."""
    after = cue_hits(s, head.end, hi)
    return (
        any(c[3] == "flow" for c in after)
        or (bool(after) and _RELATIVE.match(s, head.end) is not None)
        or (
            head.cls == "displaced"
            and any(
                rx.match(s, head.end) is not None for rx in (_AGENT, _FROM_AFTER, _STAYING_AFTER)
            )
        )
    )


def _inside_one_country(ctx: P.DocumentPlaces, category: str, s: str) -> bool:
    """Do people of a report on one country that hosts no one move inside it? Then the
    country says nothing their own places do not; not for refugees, nor people who fled
    abroad ("another 1,200 people fled abroad")."""
    return (
        ctx.countries == {ctx.origin_iso3}
        and not ctx.host_iso3
        and category != "refugees"
        and not _ABROAD.search(s)
    )


_LEFT_SITE = _rx(r"\b(?:from|out of|en provenance d[eu]s?)\s+(?:the\s+|their\s+|des\s+|du\s+)?$")
# a clause joined to the next by "and" or a contrast: the words before it are its own
_JOINED_AFTER = _rx(rf"(?:,\s*|\s)(?:{V.CLAUSE_JOINERS})\s")


def _measure(cues, s: str = "", q: Quantity | None = None, head: Head | None = None,
             prev: Verdict | None = None) -> str:
    """Flow or stock, by the nearest cue that says. A count with words of its own after it
    (`head`) is not measured by the words between it and the count before (`prev`): they
    are that count's ("10 million people are internally displaced, and 4 million others
    have fled")."""
    if prev is not None and prev.is_figure and any(c[0] >= head.end and c[3] for c in cues):
        cues = [c for c in cues if not (
            prev.head.end <= c[0] < q.start and _JOINED_AFTER.search(s, c[1], q.start)
        )]
    if any(c[3] == "flow" for c in cues):
        # (not the sites people left: "Returns from sites (week): 2,400 people")
        cues = [c for c in cues if not (c[3] == "stock" and _LEFT_SITE.search(s, 0, c[0]))]
    main = _main_verb_cue(cues, head, s) if head is not None else None
    if main is not None and main[3]:
        # the clause's own verb, not the relative clause's ("2,000 refugees who had been
        # living in Balochistan had crossed back home")
        return main[3]
    measures = [c[3] for c in cues if c[3]]
    return measures[0] if measures else "flow"


def judge(
    s: str,
    qs: list[Quantity],
    k: int,
    clause: Span,
    prev: Verdict | None,
    context_figure: Verdict | None,
    doc_figure: Verdict | None = None,
    heading_moves: bool = False,
    heading_noun: Head | None = None,
    last_said: dict[float, bool] | None = None,
    asked: tuple = (),
    in_sites: bool = False,
    after_figure: bool = True,
    said_figures: dict[float, Verdict] | None = None,
) -> Verdict:
    """Is the k-th number of sentence `s` a displacement figure? `prev` is the verdict on
    the number before it in the sentence, `context_figure` the last figure of the same
    paragraph (lists of figures share their context), `doc_figure` the last one of the
    document (a labelled row such as "Women: 15,899" takes the context of the report);
    `heading_moves` says an earlier line of the paragraph speaks of people moving (the
    heading of a list: "ENTRÉES EN SYRIE, PAR POINT DE PASSAGE"); `heading_noun` the
    displaced people such a heading names, for rows that name none ("IDPs by province:" /
    "North Kivu: 2,800,000"). `in_sites`: the sentence is in a section about camps or
    sites, whose "Population: 31,240 individuals" counts their people; `after_figure`: the
    last count read before this one was a figure. `last_said`: for
    each number, whether it was a figure when the document last named it ("Of the 21,000,
    ..." takes up the figure 21,000, not "500 latrines"). `said_figures`: the figures the
    document gave so far, by value (a number said again with no words of its own is that
    figure: "the survey estimate is about 135,000")."""
    q = qs[k]
    head = head_noun(s, q.end)
    shares_noun = (
        head.cls == ""
        and not head.partitive
        and k + 1 < len(qs)
        and qs[k + 1].kind == "count"
        and _AND_COUNT.fullmatch(s, q.end, qs[k + 1].start)
    )
    if shares_noun:
        # two counts sharing the noun after the second, and its words ("2,000 and 3,000
        # people fled Kalehe and Kabare respectively")
        head = head_noun(s, qs[k + 1].end)
    v = Verdict(q, head, False, unit=head.unit or "people")
    # The context of a number starts after the previous number's noun, which is its own.
    lo = min(max(clause.start, prev.head.end if prev else 0, q.start - WINDOW), q.start)
    if q.kind != "count":
        v.why = q.kind
        # (a date after a date is one phrase of time, whose words start where the first's
        # do: "a évacué dans la nuit du 1er au 2 octobre environ 1 600 habitants")
        joined = prev is not None and (
            (prev.quantity.kind in ("date", "year", "ordinal")
             and "," not in s[prev.quantity.end : q.start])
            or _RANGE_BETWEEN.fullmatch(s, prev.quantity.end, q.start) is not None)
        v.window = (min(lo, prev.window[0]) if joined else lo, q.start)
        return v
    hi = min(clause.end, qs[k + 1].start if k + 1 < len(qs) else len(s), head.end + WINDOW)
    # Places may stand further from the number than the words that qualify it.
    place_hi = min(clause.end, qs[k + 1].start if k + 1 < len(qs) else len(s))
    if shares_noun or (
        k + 1 < len(qs) and qs[k + 1].kind == "count" and _restates(s, head.end, qs[k + 1])
    ):
        # "31 586 personnes, soit 6 324 ménages, ont dû quitter...": the verb and the places
        # after the restatement belong to both numbers
        hi, place_hi = min(clause.end, head.end + 2 * WINDOW), clause.end
    elif (
        k + 1 < len(qs)
        and _IN_SHELTERS_BEFORE.match(s, head.end, qs[k + 1].start)
        and (shelters := _SHELTERS_AFTER.match(s, qs[k + 1].end))
    ):
        # (the shelters' words are the people's: "28,800 people were staying at 366
        # evacuation centres" are evacuees)
        hi = max(hi, min(clause.end, shelters.end()))
        # (up to the shelters' own place: not past a comma, "in 98 centres, including
        # the MoldExpo centre in Chișinău", a part of them)
        place_hi = min(
            clause.end,
            next((x.start for x in qs[k + 2:] if x.start >= shelters.end()), len(s)),
            stop.start() if (stop := _SHELTERS_END.search(s, shelters.end())) else len(s),
        )
    elif (
        k + 1 < len(qs)
        and (
            (_PART_BETWEEN.match(s, head.end, qs[k + 1].start)
             and (part := _PART_CLOSED.match(s, qs[k + 1].end)))
            or (re.fullmatch(r"\s*[,(]\s*", s[head.end : qs[k + 1].start])
                and (part := _PART_AFTER_CLOSED.match(s, qs[k + 1].end)))
        )
    ):
        # "evacuated about 1,100 residents, including 260 children, from the Ochakiv area":
        # the places after a part named in passing are the whole's too, and so are the
        # words ("9,300 people, including 1,480 children, have been evacuated")
        place_hi = clause.end
        # (only when no verb before the whole says it, nor the part's own noun says who
        # the part is: "displaced 9,300 people, including 1,480 children, who were later
        # evacuated", "10,000 people, including 2,000 returnees, arrived")
        if not cue_hits(s, lo, q.start) and not cue_hits(s, qs[k + 1].start, part.end()):
            after = qs[k + 2].start if k + 2 < len(qs) else len(s)
            hi = min(clause.end, after, part.end() + WINDOW)
        v.part = (qs[k + 1].start, part.end())
    elif (
        k + 1 < len(qs)
        and _PART_BETWEEN.match(s, head.end, qs[k + 1].start)
        and (part := _PART_LONGER.match(s, qs[k + 1].end, clause.end))
    ):
        # a part in more words, with a place of its own ("Plus de 4 000 personnes, dont
        # 1 500 venues de Fizi, sont arrivées à Uvira"): the whole's places are after it
        # (its words too may be, but the part's own verb would then be read as the whole's)
        place_hi = min(clause.end, qs[k + 2].start if k + 2 < len(qs) else len(s))
        v.part = (qs[k + 1].start, part.end())
    v.window = (lo, hi)
    v.place_window = (lo, max(hi, place_hi))
    if line_label := _LINE_LABEL.match(s):
        v.line_label = (line_label.start(1), line_label.end(1))
    v.clause_first = min(
        (x.start for x in qs if clause.start <= x.start < clause.end), default=q.start
    )
    if head.cls in ("affected", "staff"):
        if why := _not_moved(s, q, head, lo, hi):
            v.why = why
            return v
        head = v.head = replace(head, cls="people")
    if head.cls == "not":
        v.why = "not people"
        return v
    # (the words before a date are the number's too, negative ones as well: "IDPs killed
    # in the attack on the camp on 11 April: 400", see _cue_start)
    cue_lo = _cue_start(s, lo, q, prev)
    negatives = sorted(tagged_hits(NEGATIVES, s, cue_lo, q.start))
    if negatives and prev is not None and prev.head.cls == "not":
        # the noun of the count before is that count's ("Le séisme, qui a fait plus de
        # 12 000 morts, environ 35 000 habitants sont sans abri")
        negatives = [h for h in negatives
                     if not prev.quantity.end <= h[0] < h[1] <= prev.head.end]
    if not negatives and prev is not None and prev.head.cls == "not":
        # aid reaches past the amount given ("le PAM a distribué 420 tonnes de vivres à
        # 96 000 réfugiés"), which cut the window short
        negatives = [
            h for h in tagged_hits(NEGATIVES, s, max(clause.start, q.start - WINDOW), q.start)
            if h[2] == "aid"
        ]
    if negatives and negatives[-1][2] == "needed for" and (
        head.cls == "displaced"
        or (_WHO_AFTER.match(s, head.end) and _moved_after(s, head, hi))
    ):
        # "des vivres pour 15 000 personnes déplacées", "shelter for more than 113,000
        # Rohingya who had arrived": displaced all the same
        negatives.pop()
    if negatives and negatives[-1][2] == "capacity" and _SET_UP_FOR.search(
        s, negatives[-1][0], negatives[-1][1]
    ) and any(c[3] == "flow" for c in cue_hits(s, head.end, hi)):
        negatives.pop()  # "a transit centre set up for 2,500 refugees who crossed on Monday"
    if negatives and negatives[-1][2] == "appeal" and head.cls == "displaced":
        negatives.pop()  # "Authorities urged some 5,000 refugees to go home": still there
    if negatives and negatives[-1][2] == "population" and head.cls == "displaced":
        negatives.pop()  # "Dadaab's population is about 380,000 refugees": a camp's people
    if (
        negatives
        and negatives[-1][2] == "population"
        and _RESIDENTS_OF.match(s, negatives[-1][0])
        and (verb := _APPOSITION_VERB.match(s, head.end)) is not None
        and any(c[3] == "flow" and c[0] <= verb.end() for c in cue_hits(s, head.end, len(s)))
    ):
        # the people of a place, counted in apposition, all moved: "All residents of Volcano
        # Island, about 5,000 people, had been taken off the island"
        negatives.pop()
    if (
        negatives
        and negatives[-1][2] == "plan"
        and _DEMAND_OPENING.match(s)
        and (verb := _INFINITIVE_SUBJECT_VERB.search(s, head.end))
        # (not a relative clause's: "Reloger les 900 familles dont la maison prend l'eau")
        and not _RELATIVE_WORD.search(s, head.end, verb.start())
    ):
        # the verb a line opens on is the subject of one that reports: "Accueillir les 3 000
        # réfugiés arrivés depuis lundi a saturé le site de Minawao"
        negatives.pop()
    if negatives and negatives[-1][2] == "plan" and any(
        _MAIN_VERB_AFTER_CLAUSE.search(s, negatives[-1][1], c[0])
        for c in cue_hits(s, negatives[-1][1], q.start)
    ):
        # the main verb after a clause that spoke of plans: "The war, which erupted over
        # plans to integrate the RSF into the army, has uprooted more than 7 million people"
        negatives.pop()
    if negatives and negatives[-1][2] == "cargo" and (
        head.cls == "displaced" or cue_hits(s, head.end, hi)
    ):
        negatives.pop()  # "with food for 12,000 IDPs who fled Minova": the people count
    if negatives and negatives[-1][2] == "aid" and _moved_after(s, head, hi):
        negatives.pop()  # "provided kits to 3,000 families who fled Masisi"
    if negatives and negatives[-1][2] == "stayed" and cue_hits(s, q.end, hi):
        negatives.pop()  # "Of the 20,000 still in the evacuation zone, 3,000 were evacuated"
    if negatives and not _JOINED.search(s, negatives[-1][1], q.start):
        v.why = negatives[-1][2]
        return v
    if head.cls == "people" and _residents(s, q, head, cue_lo, hi):
        v.why = "population"
        return v
    if _retracted(s, qs, k, head):
        v.why = "retracted"
        return v
    # (past the numbers of an age after the noun: "children under 5 were vaccinated")
    after = _NEGATIVE_AFTER.match(s, head.end, hi) or (
        _AGE.match(s, head.end) and _NEGATIVE_AFTER.match(s, head.end, clause.end)
    )
    # (displaced people affected by something more are still displaced: "40,000 IDPs were
    # affected by flooding inside the camp")
    # (nor a noun's count followed by a comparison: "12,000 people, more than the camp
    # can hold", only a bare number: "3,000 more than the week before"; displaced people
    # who stayed behind are still displaced: "2,000 IDPs stayed behind in the camp"; and
    # those two say what the number itself is, not another subject after a comma: "reached
    # 20,000, more than the total for 2023", "25,000 people, while others stayed behind")
    tag = V.NEGATIVE_AFTER[after[0]][1] if after else ""
    if after and not (
        (tag == "affected" and head.cls == "displaced")
        or (tag == "difference" and head.cls)
        # (displaced people counted, of whom some are named, are no street's residents:
        # "12 500 déplacés recensés, dont 6 000 enfants", "4,200 IDPs registered, of whom")
        or (tag == "population" and head.cls == "displaced")
        or (tag in ("stayed", "aid", "event", "intention") and head.cls == "displaced")
        or (tag in ("difference", "stayed", "plan") and "," in after[1].group()
            # (but a participle right after the comma is said of the count: "environ 80
            # personnes, restées sur les hauteurs")
            and not _APPOSED_PARTICIPLE.match(after[1].group()))
        # (the object of a verb of moving, before the storm's other deeds: "a cyclone
        # displaced about 25,000 people and killed 54")
        or (tag == "casualties" and _AND_THEN.match(s, head.end)
            and any(q.start - 3 <= c[1] <= q.start for c in cue_hits(s, lo, q.start)))
        # (a ratio is the count's own only right after its noun: "40 people per bus"; not
        # "3,000 households (six per household)", another number's)
        or (tag == "ratio" and not _RIGHT_AFTER.match(after[1].group()))
        # (moved after all: "3,000 people still in the evacuation zone were moved to Kharkiv",
        # "600 South Sudanese who had registered for repatriation returned to Renk"; or home
        # already: "5,000 returnees registered for return assistance")
        # (not another subject's move after a clause break: "refused to go despite the
        # orders, and in other villages men go back every morning")
        or (tag == "stayed" and cue_hits(s, after[1].end(), _clause_end(s, after[1].end(), hi)))
        or (tag == "registered for a move" and _moves_later(s, qs, k, after[1].end(), clause))
        or (tag == "registered for a move" and head.category == "returned")
        # (people who came home to work are back home: "3,000 IDPs returned to Mosul to
        # work", "sont retournés à Kaya pour travailler")
        or (tag == "migration"
            and any(c[2] == "returned" for c in cue_hits(s, head.end, after[1].end())))
        # (people who went back for their things went back all the same: "230 households
        # returned to the Kooshin neighbourhood to salvage belongings"; only "went in under
        # escort to collect belongings" is a visit)
        or (tag == "visit"
            and any(c[2] == "returned" for c in cue_hits(s, head.end, after[1].end())))
        # (displaced people, or people who fled, who went to pastures moved all the same:
        # "8,000 pastoralists fled the attacks and moved to pastures", "IDPs moved to the
        # pastures after fighting")
        or (tag == "herding" and (
            head.cls == "displaced"
            or _CAUSE.search(s, clause.start, clause.end) is not None
            or any(c[2] in ("fled", "evacuated")
                   for c in cue_hits(s, clause.start, clause.end))
        ))
    ):
        v.why = tag
        return v
    not_home = False  # a count with no noun of people who have not gone home
    if (negated := not_moving(s, head.end, hi)) is not None:
        whole = prev if prev is not None and prev.quantity.kind == "count" else None
        if negated == "returned" and head.cls in ("people", "displaced"):
            # people who have not gone home are still displaced ("4,000 people have not yet
            # returned to their homes", "3,000 IDPs have yet to return")
            return _still_displaced(v, head)
        if negated == "returned" and head.cls == "" and not (whole and not whole.is_figure):
            # ... and so are those of a whole with no noun of their own ("Of the 2,400
            # households displaced, 1,100 have yet to return": households), read below as
            # any part is; not the part of a count of things ("Of the 45 trucks sent to
            # Adré, 12 have not returned")
            not_home = True
        elif head.cls != "displaced":
            v.why = "stayed"  # (displaced people who did not move are still displaced)
            return v
    if _NEED.search(s, head.end, hi):
        v.why = "need"
        return v
    if _PARTITIVE_BEFORE.search(s, max(lo, q.start - 30), q.start):
        head = Head(head.cls, head.unit, head.category, head.end, partitive=True)
    label = _row_label(s, clause.start, q)
    cue_hi, site_population = hi, False
    if label is not None:
        # a row's whole label is the number's, numbers in it or not ("Population count at
        # the Malakal PoC site on 10 June: 37,850")
        cue_lo = min(cue_lo, label.start(1))
        if k + 1 == len(qs) and _ROW_GLOSS.match(s, head.end):
            # and so are the words after it, the row's last number ("Departures (week):
            # nearly 900, almost all returning to Mosul")
            cue_hi = len(s)
    # The counted noun itself ("internally displaced people") is not context for its count.
    cues = _nearest(
        [c for c in cue_hits(s, cue_lo, cue_hi) if not q.start <= c[0] < head.end], q, head.end
    )
    if not _state_was_a_figure(prev, context_figure):
        # ("45 000 personnes étaient sans accès à l'eau ; 30 000 le sont encore": the state
        # said again is no move when the one before was none)
        cues = [c for c in cues if not _SAME_STATE_AGAIN.match(s, c[0])]
    if head.cls == "" and label:
        # (not what a bracket says of the row: "Departures (week): 1,210")
        head = head_noun(_BRACKETED.sub("", label.group(1)) + " ", 0)
        if label.re is _LONG_LABEL and (strong := next(
            (c[2] for c in cue_hits(s, label.start(1), label.end(1))
             if c[2] in ("returned", "evacuated")), "")):
            # a long label says what happened to the people it names ("Displaced persons
            # who returned to their villages ...: 23,000")
            head = Head(head.cls, head.unit, strong, head.end)
        if head.cls == "" and heading_noun is not None and _ROW_LABEL_ONLY.match(s, 0, q.start):
            head = heading_noun
        head = Head(head.cls, head.unit, head.category, v.head.end)
        v.head, v.unit = head, head.unit or "people"
    if label:
        site_population = bool(
            (in_sites and _POPULATION_LABEL.fullmatch(label.group(1)))
            or _SITES_POPULATION_LABEL.match(label.group(1))
        )
        if (
            _NOT_MOVED_LABEL.search(s, label.start(1), label.end(1))
            and not _says_moved(s, label.start(1), label.end(1))
            and not site_population
        ):
            v.why = "a row of people in need, targeted or assisted"
            return v
        context_figure = context_figure or doc_figure
        v.label = (label.start(1), label.end(1))
    # (a row's label names what its number counts: "Réfugiés reconduits à la frontière : 70";
    # a round number in words refers back as a vague one does: "contre une quarantaine par
    # jour la semaine dernière")
    small = (q.value is not None
             and q.value < (_LEAST_COUNT if head.cls else _LEAST_BARE_COUNT)
             and not _ROUND_WORDS.search(q.text))
    if small and not head.partitive and not not_home and not (
        # (past a date, the count before it: "84 habitants avaient été évacués du 12 mai au
        # 18 juin ; 82 étaient rentrés le 18 juin")
        prev is not None
        and (prev.is_figure or (prev.quantity.kind in ("date", "year") and after_figure))
        and (_MORE_AFTER.match(s, q.end) or _moves_right_after(s, q))
    ) and not (
        # (what is left of the figure before: "Ce soir, il en reste 85")
        prev is None and context_figure is not None and _same_people_again(s, q, head)
    ):
        # (not more of the same: "312 people who crossed on Sunday and around 90 more", "312
        # personnes évacuées ... ; quatre-vingt-cinq restent hébergées au gymnase")
        v.why = "too small to be a figure"
        return v
    # (a camp's population is no part of the row before: "Departures (week): 1,210" /
    # "Population: 16,950 individuals")
    inherited = _inherits(
        s, qs, q, head, prev, context_figure, None if site_population else label, clause.start,
        after_figure,
    )
    if inherited is None and head.cls == "" and prev is None:
        inherited = _whole_named_again(
            s, q, clause.start, context_figure or doc_figure, last_said
        )
    if inherited is not None and head.cls == "" and _PART_NEEDS.search(s, q.end, hi):
        inherited = None  # "Of the 12,000, 8,000 need shelter": people in need
    if (
        inherited is None
        and head.cls in ("", "people")
        and prev is None
        and _PEOPLE_OPENER.fullmatch(s, clause.start, q.start)
        and not _PART_NEEDS.search(s, q.end, hi)
    ):
        # "Parmi les arrivants de la semaine à Adré, 2 900 sont des enfants", "Of the people
        # in accommodation centres, about 11,900 are children": part of those counted before
        inherited = context_figure or doc_figure
    if (
        inherited is not None
        and inherited.why in ("affected", "plan", "registered for a move")
        and head.partitive
        and (cues or head.cls == "displaced")
    ):
        # "affected 268,000 people, of whom 92,000 have been displaced": the part of the
        # people affected that moved is a figure of its own (not the part of people killed
        # or of schools: "84 écoles fermées, dont 23 occupées par des déplacés"); so is
        # the part of people signed up for a move that made it ("2,300 refugees registered
        # for return, and 1,100 of them left for Burundi")
        inherited = None
    if inherited is not None and not inherited.is_figure and head.cls == "displaced":
        inherited = None  # "a population of 250,000, including 40,000 IDPs": IDPs all the same
    if inherited is not None:
        if not inherited.is_figure:
            v.why = "part of a number that is not a figure"
            return v
        v.is_figure, v.confidence, v.inherited = True, 0.7, inherited
        v.unit = head.unit if head.cls else inherited.unit
        v.measure = _measure(cues, s, q, head, prev) if cues else inherited.measure
        # a different nationality in a list ("165 300 Syriens ; 66 100 Libanais") is a
        # different group: its category comes from its own places
        v.category = _category(cues, head, q, s) or (
            "" if head.nationality else inherited.category
        )
        v.arrival = inherited.arrival
        return _still_displaced(v, head) if not_home else v
    if not_home:
        return _still_displaced(v, head)
    if label and head.cls == "people" and not cues and heading_moves:
        v.is_figure, v.confidence, v.category = True, 0.6, head.category
        return v
    if asked and head.cls == "people" and not cues and not label and _answers(s, q):
        # the answer to a question about people moving ("How many people are crossing
        # now?" / "Our estimate is 100 to 150 people a night"): the question's words
        v.is_figure, v.confidence = True, 0.6
        v.category = head.category or next((c[2] for c in asked if c[2]), "")
        v.measure = _measure(asked)
        return v
    # (a state said again is only that of the people before it)
    sentence_cues = [] if cues else [
        c for c in cue_hits(s, 0, len(s)) if not _SAME_STATE_AGAIN.match(s, c[0])
    ]
    if head.cls == "displaced":
        v.is_figure, v.confidence = True, 0.9 if cues else 0.8
    elif head.cls == "people" and cues:
        v.is_figure, v.confidence = True, 0.8
    elif head.cls == "" and cues:
        v.is_figure, v.confidence = True, 0.6
    elif head.cls == "people" and sentence_cues:
        # Only the sentence speaks of moving: trust it for the figure, not for its category.
        v.is_figure, v.confidence = True, 0.6
        v.category, v.measure = head.category, _measure(_nearest(sentence_cues, q, head.end))
        return v
    if not v.is_figure and (
        again := _figure_again(s, q, head, label, said_figures, last_said)
    ):
        # a figure said again by its number alone ("In Episode 47 ... ; the survey estimate
        # is about 135,000", "The Civil Defence count of the 5,200 taken off stands")
        v.is_figure, v.confidence, v.inherited = True, 0.6, again
        v.unit = head.unit if head.cls else again.unit
        v.category, v.measure, v.arrival = again.category, again.measure, again.arrival
        return v
    if not v.is_figure:
        v.why = "no displacement context"
        return v
    v.category, v.measure = _category(cues, head, q, s), _measure(cues, s, q, head, prev)
    v.arrival = any(_ARRIVAL.fullmatch(s, c[0], c[1]) or _ARRIVAL.match(s, c[0]) for c in cues[:2])
    return v


_FIGURE_AGAIN_NAMED = _rx(V.FIGURE_AGAIN_NAMED_BEFORE)
_FIGURE_AGAIN_POINTER = _rx(V.FIGURE_AGAIN_POINTER_BEFORE)
_FIGURE_AGAIN_AFTER = _rx(V.FIGURE_AGAIN_AFTER)
_FIGURE_AGAIN_END = _rx(V.FIGURE_AGAIN_END)
_FIGURE_AGAIN_WITHDRAWN = _rx(V.FIGURE_AGAIN_WITHDRAWN)
_APPOSED_PARTICIPLE = _rx(r"\W*,\s*(?:resté(?:e?s)?|stayed|remained)\b")
_HOMELESS_AFTER = _rx(rf"\s*(?:{V.HOMELESS_WORDS}){_E}")
_PUPILS = _rx(rf"{_B}(?:{V.PUPILS}){_E}")
_PASSENGERS = _rx(rf"{_B}(?:{V.PASSENGERS}){_E}")
_CARRIED = _rx(V.CARRY_VERBS)
_NOT_YET_MOVED = _rx(rf"\b(?:{V.NOT_YET_MOVED_WORDS})\b")


def _figure_again(
    s: str, q: Quantity, head: Head, label, said_figures: dict[float, Verdict] | None,
    last_said: dict[float, bool] | None,
) -> Verdict | None:
    """The figure an earlier sentence gave with this number, when the number has no noun
    of its own (or only "people"), no row label, words around it that name or point back
    at a figure (see V.FIGURE_AGAIN_NAMED_BEFORE), and it was that figure when last named
    (not "The cluster built 500 latrines. Of the 500, ..." after "500 families"): the same
    figure said again."""
    if (
        not said_figures
        or (last_said is not None and not last_said.get(q.value, False))
        or label
        or q.kind != "count"
        or q.value is None
        or q.value < _LEAST_BARE_COUNT  # (said again by its value alone, it is bare)
        or q.low is not None and q.low != q.value
        or head.cls not in ("", "people")
        or _FIGURE_AGAIN_WITHDRAWN.match(s, q.end)
    ):
        return None
    named = _FIGURE_AGAIN_NAMED.search(s, max(0, q.start - 50), q.start) is not None
    pointer = _FIGURE_AGAIN_POINTER.search(s, max(0, q.start - 30), q.start) is not None
    after = _FIGURE_AGAIN_AFTER.match(s, q.end) is not None
    if head.cls == "people":
        again = named or pointer
    else:
        again = (named and (after or _FIGURE_AGAIN_END.match(s, q.end) is not None)) or (
            pointer and after)
    return said_figures.get(q.value) if again else None


def _state_was_a_figure(prev: Verdict | None, context_figure: Verdict | None) -> bool:
    """Were the people whose state a number's words may say again with "le" ("près de
    11 800 le sont encore") a figure: the count before it in the sentence, else (after a
    date, or first) the figure before it in the paragraph?"""
    if prev is not None and prev.quantity.kind == "count" and prev.head.cls in (
        "people", "displaced", "affected"
    ):
        return prev.is_figure
    return context_figure is not None  # (past a count of things: "dans les trois îles")


def _still_displaced(v: Verdict, head: Head) -> Verdict:
    """A figure of people who have not gone home: displaced (or what their noun or their
    whole says they are, refugees or evacuees; not returnees, nor "fled", which they did
    and are no longer doing), a stock."""
    v.is_figure, v.measure = True, "stock"
    v.confidence = v.confidence or 0.6
    said = head.category or v.category
    v.category = said if said not in ("", "returned", "fled") else "displaced"
    return v


def _rate_end(s: str, qs: list[Quantity], k: int, v: Verdict, clause: Span) -> int:
    """Where the words that may give the k-th number its rate end: at a later number of its
    clause that is a pace of its own, with its rate right after it or its noun ("evacuated
    2,318 people, about 155 a day", "plus de 90 000 personnes, dont environ 600 par jour"),
    or with a verb of its own after this number's move was done, or as more of them or a
    move that goes on ("45,000 people have crossed into Chad, and 1,500 continue to arrive
    daily", "30,000 fled to Minova, and 500 more arrive daily"); else at the clause's end,
    the rate after a shared verb being every number's ("700 arrivals in Gorom, 300 in
    Jamjang and 200 in Renk every week", "1,000 people are arriving in Adré and 500 are
    arriving in Farchana every day")."""
    for x in qs[k + 1 :]:
        if x.kind != "count":
            continue
        noun_end = head_noun(s, x.end).end
        if _RATE_AFTER.match(s, x.end) or _RATE_AFTER.match(s, noun_end):
            return max(x.start, v.head.end)
        # (past the later count's noun, itself a cue: "500 refugees arrive")
        after = cue_hits(s, max(x.end, noun_end), clause.end)
        before = cue_hits(s, v.head.end, x.start)
        if after and (
            # a verb of its own, not the same one said again ("20,000 fled to Chad in May
            # and about 500 arrive every day", "were deported ... and 500 are deported each
            # day"; not "1,000 are arriving in Adré and 500 are arriving in Farchana every
            # day", "were crossing ... and 700 were crossing")
            (before and _said(s, before[-1]) != _said(s, after[0]))
            or _DONE_BEFORE.search(s, v.quantity.end, x.start) or _MORE_AFTER.match(s, x.end)
        ):
            return max(x.start, v.head.end)
    # a clause of its own doing: its pace is not the people's ("2,500 people were
    # evacuated, as shelling hit the town almost every day"; "4,000 people arrived in Adré,
    # where 800 new arrivals are registered every week")
    # (not an aside closed by a comma: "Around 300 people, as reported by UNHCR, arrive
    # in Renk every day", "arrivent à Goma, où la situation reste tendue, chaque jour")
    if (other := _OTHER_DOING.search(s, v.head.end, clause.end)) and not _aside(
        s, qs, k, other.end(), clause.end
    ):
        return other.start()
    # ... and a contrast with no count of its own ("ont fui, alors que les obus tombaient
    # chaque jour"; with one, the counts above decide: "300 arrive in Adré, while 200 arrive
    # in Farchana every day")
    if (other := _CONTRAST.search(s, v.head.end, clause.end)) and not _count_between(
        qs, k, other.start(), clause.end
    ):
        return other.start()
    return clause.end


def _count_between(qs: list[Quantity], k: int, start: int, end: int) -> bool:
    """Does a number after the k-th stand between `start` and `end`?"""
    return any(start < x.start < end for x in qs[k + 1 :])


def _aside(s: str, qs: list[Quantity], k: int, start: int, end: int) -> bool:
    """Is the clause of another's doing that opens at `start` an aside, closed by a comma
    before the people's own words go on ("Around 300 people, as reported by UNHCR, arrive
    in Renk every day, bringing the total to 45,000")? Not when its rate stands inside it
    ("fled Sake, as bombs fell on the town every day, and reached Goma"), nor when a count
    stands between it and the rate after it (", when fighting erupted, and 3,000 leave
    every day")."""
    closed = _ASIDE_CLOSED.search(s, start, end)
    if closed is None or _rate(s, start, closed.start()):
        return False
    rates = _rate_hits(s, closed.end(), end)
    return not _count_between(qs, k, closed.start(), min((h[0] for h in rates), default=end))


def _said(s: str, cue: tuple[int, int, str, str]) -> str:
    """A cue's verb as said, with the auxiliary right before it ("were deported", "are
    deported"), to tell a verb said again from another."""
    aux = _AUXILIARY_BEFORE.search(s, max(0, cue[0] - 20), cue[0])
    return ((aux.group(1) + " ") if aux else "") + s[cue[0] : cue[1]].lower()


def _row_label(s: str, start: int, q: Quantity) -> re.Match[str] | None:
    """The label of a number that is a row's value ("Women: 15,899"), if any. A longer one
    only on a line the number ends, naming displaced people, with no comma outside its
    brackets, nothing of people in need, targeted, aided, schooled or killed
    (`V.LONG_LABEL_NOT_WORDS`, negative cues): "Registered IDPs in Sumy oblast (Ministry of
    Social Policy, 1 September): 68 910"; not prose with a colon, "After the attacks on
    Kalehe, Bunyakiri and Minova, civil society reported: 23,000", nor "People in need in
    the areas affected by displacement (HNO 2024): 2,400,000"."""
    if P.breaks_down_by_place(s) and (item := _BY_PLACE_ITEM.search(s, start, q.start)):
        return item  # "By municipality: Wajima City 10,350 people; Suzu City 6,780 people"
    if (label := _LABEL.search(s, start, q.start)) or not _ROW_END.match(s, q.end):
        if label and s[label.start(1) - 2 : label.start(1)].strip() == ";" and (
            (h := head_noun(label.group(1) + " ", 0)).cls == "people"
            and h.unit in ("people", "children")
        ):
            return None  # a group after a semicolon is a part: "Children: 1,200; Women: 800"
        return label
    long = _LONG_LABEL.search(s, start, q.start)
    if long is None:
        return None
    text = _BRACKETED.sub("", long.group(1))
    if (
        "," in text
        or not DISPLACED_NOUN.search(text)
        or _NOT_MOVED_LABEL.search(text)
        or _LONG_LABEL_NOT.search(text)
        or tagged_hits(NEGATIVES, text, 0, len(text))  # "IDPs killed in the attack on ...:"
    ):
        return None
    return long


def _cue_start(s: str, lo: int, q: Quantity, prev: Verdict | None) -> int:
    """Where the words that say what a number is start: after the previous number's noun
    (`lo`), but a date is no noun phrase of its own but an adverb of the words around it,
    in one clause with no comma between but a part's ("bringing the hromada's total since 1
    June to 2,960"; not "Since the influx began in May 2023, 120,000 host community members
    have received support"). Only the words: a date's places stay its own ("PANAMA CITY,
    Oct 10 - More than 405,000 migrants")."""
    if prev is None:
        return lo
    dated = (
        prev.quantity.kind in ("date", "year")
        and (
            "," not in s[prev.quantity.end : q.start]
            # (a part after the comma is of the same clause: "ont regagné leurs domiciles
            # depuis janvier 2022, dont près de 18 000 à Bamenda")
            or _PARTITIVE_BEFORE.search(s, max(0, q.start - 15), q.start) is not None
        )
        # (not a sentence opening on a phrase of time: "Since the refugee influx of April
        # 2023 a bag of sorghum costs 45,000 SDG", "After the evacuation in August 2024 only
        # 2,000 of the 60,000 residents remain")
        and not _TIME_OPENER.match(s, 0, prev.quantity.start)
    )
    # nor is a count of things the people are restated from ("a fait évacuer une
    # quarantaine de chalets, soit environ 150 personnes")
    restated = prev.head.cls == "not" and _APPOSED.fullmatch(s, prev.head.end, q.start)
    return min(lo, prev.window[0]) if dated or restated else lo


def _not_moved(s: str, q: Quantity, head: Head, lo: int, hi: int) -> str:
    """Why people who count only in some words are not moved here ("" when they are):
    disaster victims a place shelters, or who stay in one ("le site accueille 2 450
    sinistrés", "12 000 sinistrés dorment dans les centres"; not "plus de 1,1 million de
    sinistrés"), aid workers evacuated (not "40 aid workers arrived")."""
    if head.cls == "affected" and not (
        _HOSTS_BEFORE.search(s, max(lo, q.start - 40), q.start)
        # (or that sleep in shelters: "12 000 sinistrés dorment dans les centres
        # d'hébergement"), or are left homeless ("3 000 sinistrés sans toit")
        or any(c[0] <= head.end + 20 and c[2:] == ("displaced", "stock")
               or c[0] <= head.end + 1 and c[2] == "displaced"
               # (or that went back or were evacuated: "1 200 sinistrés sont repartis vers
               # leurs douars d'origine", "300 sinistrés ont été évacués")
               or c[0] <= head.end + 20 and c[2] in ("returned", "evacuated")
               and not _NOT_YET_MOVED.search(s, head.end, c[0])
               # ("170 sinistrés étaient encore hébergés dimanche au lycée")
               or c[0] <= head.end + 30 and _SHELTERED.match(s, c[0])
               for c in cue_hits(s, head.end, hi))
    ):
        return "affected"
    if head.cls == "staff" and not (
        # (pupils live where their families do: "58 élèves vivent encore dans les abris
        # provisoires", "143 élèves vivaient toujours hors de leur domicile")
        _PUPILS.search(s, q.end, head.end)
        and any(c[0] <= head.end + 60 and c[2] == "displaced" for c in cue_hits(s, head.end, hi))
        # (and anyone is displaced whom the words right after say has lost a home: "312
        # adhérents sans logement"; not "1,800 scouts spent their first night under canvas")
        or _HOMELESS_AFTER.match(s, head.end)
    ) and not any(
        (c[2] == "evacuated" and _evacuates(s, c, q)
         # (passengers carried are travellers unless carried out of a place: not "Ryanair
         # flew 5,000 passengers to Malaga")
         and not (_PASSENGERS.search(s, q.end, head.end) and _CARRIED.fullmatch(s, c[0], c[1])
                  and not _OUT.match(s, head.end)))
        # (or taken away by others: "11,000 visitors were taken by bus from West Maui"; not
        # "500 pupils were taken by bus to the new school")
        or (c[2] == V.MOVED_BY_OTHERS and c[0] >= head.end and _AWAY.match(s, c[1]))
        # ... the verb first ("moved 640 registered guests out")
        or (c[2] == V.MOVED_BY_OTHERS and c[1] <= q.start and _OUT.match(s, head.end))
        for c in cue_hits(s, lo, hi)
    ):
        return "staff deployed, not moved"
    return ""


def _moves_later(s: str, qs: list[Quantity], k: int, pos: int, clause: Span) -> bool:
    """Is there a cue of moving after `pos`, in the clause, before the next count (past a
    year: "who registered for repatriation in 2024 were repatriated to Burundi"; not "and
    1,100 of them left for Burundi", the next count's)?"""
    end = next((x.start for x in qs[k + 1 :] if x.kind == "count"), clause.end)
    return any(c[3] == "flow" for c in cue_hits(s, pos, min(end, clause.end)))


def _evacuates(s: str, cue: tuple, q: Quantity) -> bool:
    """Does an evacuation cue move the people counted by `q`? A verb does; the noun only
    as the evacuation of them ("the evacuation of 40 aid workers"; not "Evacuation centres
    reported 200 patients", "after the evacuation of the hospital, 70 patients remain")."""
    if _EVACUEES_BEFORE.match(s, max(0, cue[0] - 4)) and cue[1] <= q.start:
        return False
    if not _EVACUATION_NOUN.fullmatch(s, cue[0], cue[1]):
        return True
    return _EVACUATION_OF.fullmatch(s, cue[1], q.start) is not None


def _says_moved(s: str, lo: int, hi: int) -> bool:
    """Does s[lo:hi] (a row's label) name displaced people or a movement ("IDP
    population", "Population relogée", "Newly arrived population")? The word "population"
    alone, a stock cue, does not."""
    return DISPLACED_NOUN.search(s, lo, hi) is not None or any(
        s[c[0] : c[1]].casefold() != "population" for c in cue_hits(s, lo, hi)
    )


@lru_cache(maxsize=8192)
def _is_heading(line: str) -> bool:
    """A short line ending in a colon, or in capitals or title case: the heading of a list
    or section."""
    text = line.strip()
    if len(text) > 80:  # most sentences: asked of every one (and remembered: lines repeat)
        return False
    if text.endswith(":"):
        return True
    letters = sum(map(str.isalpha, text))
    return (letters > 0 and sum(map(str.isupper, text)) >= 0.8 * letters) or title_case(text)


def _heading_noun(line: str) -> Head | None:
    """The displaced people a heading is about, named first ("IDPs by province:", "PDI PAR
    PRÉFECTURE", "Personnes déplacées par préfecture :"); not a heading about something
    else of theirs ("Schools occupied by IDPs:", "IDP sites:")."""
    m = _DISPLACED_HEADING.match(line)
    if m is None or NOT_HEAD.match(line[m.end() :].lstrip()):
        return None
    noun = head_noun(m.group("noun") + " ", 0)
    return noun if noun.cls == "displaced" else None


def _moves_right_after(s: str, q: Quantity) -> bool:
    """Is a bare number the subject of a clause of its own whose verb moves or shelters
    people, right after it or its auxiliaries ("; quatre-vingt-cinq restent hébergées",
    "and another 65 arrived")? Not a number inside a name or after a preposition ("in 86
    tent sites", "le secteur 4 reçoit")."""
    if not _CLAUSE_OPENS.search(s, max(0, q.start - 30), q.start):
        return False
    aux = _AUXILIARIES.match(s, q.end)
    reach = aux.end() if aux else q.end
    return any(c[0] <= reach + 1 for c in cue_hits(s, reach, reach + 40)) and not (
        _CARED_FOR.match(s, reach)
    )


def _retracted(s: str, qs: list[Quantity], k: int, head: Head) -> bool:
    """Does the sentence withdraw the figure after it (V.RETRACTED_AFTER: "Le chiffre de
    3 000 évacués diffusé samedi est erroné")? Not past another count, a turn ("but"), a
    relative clause or a verb that moves the people counted ("4,000 fled to Goma, which
    officials said was wrong"): the words are then another subject's."""
    m = _RETRACTED_AFTER.search(s, head.end, head.end + MAX_RETRACTION_GAP)
    return (
        m is not None
        # (the count is the figure withdrawn, named as one, "Le chiffre de", "Reports of", or
        # the words point back at it, "c'était faux": not "3,000 IDPs were denied access",
        # "Food assistance for 20,000 refugees was withdrawn")
        and (_FIGURE_BEFORE.search(s, max(0, qs[k].start - 60), qs[k].start) is not None
             or _POINTS_BACK.match(m.group()) is not None)
        and not _TURN.search(s, head.end, m.start())
        # (a small number of no one on the way is no other count: "le chiffre de « 250
        # évacués » diffusé le 23 au soir correspondait à la population")
        and not any(x.kind == "count" and head.end <= x.start < m.start()
                    and not (x.value is not None and x.value < _LEAST_BARE_COUNT
                             and head_noun(s, x.end).cls in ("", "not"))
                    for x in qs[k + 1 :])
        # (the count's own word, and a population named on the way, are what the figure
        # was, not other people: "le chiffre de 6 000 sans-abri ... correspond à la
        # population de la plaine inondée et ne saurait être retenu")
        and not any(not (head.cls == "" and c[0] <= head.end + 1)
                    and s[c[0] : c[1]].casefold() != "population"
                    for c in cue_hits(s, head.end, m.start()))
    )


def _residents(s: str, q: Quantity, head: Head, lo: int, hi: int) -> bool:
    """Are the people counted said to live in a place, with no word of moving or
    sheltering after them ("Uvira, where 20,000 people live")? (`V.RESIDENTS_AFTER`)"""
    if after := _RESIDENTS_AFTER.match(s, head.end, hi):
        return not cue_hits(s, after.end(), hi)  # the verb itself may be a cue ("vivent")
    if _AFFECTED_AREA_AFTER.match(s, head.end, hi):
        return not cue_hits(s, lo, q.start)  # ("The floods displaced 12,000 people living in")
    inhabitants = _INHABITANTS.search(s, q.end, head.end)
    # (inhabitants are read below, by their own words: "Tahoua, qui compte 150 000
    # habitants, accueille 1 850 ménages" counts the town)
    if not inhabitants and _RESIDENTS_BEFORE.search(s, max(0, q.start - 40), q.start):
        return not cue_hits(s, head.end, hi)
    if inhabitants:
        # Inhabitants are a population when nothing around them moves anyone, or when the
        # count is the complement of a town or a verb of having ("Port-au-Prince compte 3
        # millions d'habitants", "chef-lieu d'environ 180 000 habitants, selon...") and
        # their own words, before any comma, do not move them. "Fighting displaced 20,000
        # inhabitants of Sake" and "20 000 habitants de Sake, selon OCHA, ont fui" are
        # displaced.
        if not cue_hits(s, lo, q.start) and not cue_hits(s, head.end, hi):
            return True
        if _HOSTING_BEFORE.search(s, max(0, q.start - 25), q.start):
            # a town "hosts" its own inhabitants ("Bukavu héberge 1,2 million d'habitants
            # selon les autorités"), unless they are of another place or their own words
            # move them ("15 000 habitants de Djugu", "450 habitants venus de Ngwenda")
            # (up to a part of them: "1,2 million d'habitants dont beaucoup ont fui")
            own = _OWN_PHRASE.match(s, head.end, hi)
            if own and (part := _PARTITIVE_IN.search(s, head.end, own.end())):
                own = part
            return not (_OF_ELSEWHERE.match(s, head.end)
                        or _SHELTER_HOSTING.search(s, max(0, q.start - 60), q.start)
                        or cue_hits(s, head.end, own.end() if own else head.end))
        if _HAVING_BEFORE.search(s, max(0, q.start - 25), q.start):
            # "le village compte 3 000 habitants et accueille": the verb after "et" is the
            # village's; "on compte 15 000 habitants de Djibo réfugiés à Ouahigouya" moved
            own = _OWN_PHRASE.match(s, head.end, hi)
            return not cue_hits(s, head.end, own.end() if own else head.end)
        if complement := _COMPLEMENT_BEFORE.search(s, max(0, q.start - 25), q.start):
            if any(complement.start() - c[1] <= 2
                   and not _PLANNED_MOVE.search(s, max(0, c[0] - 30), c[0])
                   for c in cue_hits(s, max(lo, complement.start() - 30), complement.start())):
                # the complement of a move: "l'évacuation de 4 600 habitants" (not of a plan
                # of one: "un plan d'évacuation de 40 000 habitants")
                return False
            own = _OWN_WORDS.match(s, head.end, hi)
            return not cue_hits(s, head.end, own.end() if own else head.end)
    return False


# Words opening a clause with no subject of its own, the same people's ("..., but were
# evacuated on Tuesday")
_SAME_SUBJECT = _rx(r"\s*(?:(?:then|later|finally|eventually|ensuite|finalement|enfin)\s+)?"
                    r"(?:were|was|have|had|are|got|ont|sont|avaient|étaient|furent)\b")


def _clause_end(s: str, start: int, end: int) -> int:
    """Where the clause running from `start` ends, before `end`: at a comma or semicolon
    that joins another clause (", and", ", while", ";")."""
    for stop in _CLAUSE_BREAK.finditer(s, start, end):
        # (not a joiner whose clause has no subject of its own, the same people's: "refused
        # to leave on Monday, but were evacuated on Tuesday")
        if not _SAME_SUBJECT.match(s, stop.end()):
            return stop.start()
    return end


def _restates(s: str, after: int, q: Quantity) -> bool:
    """Does number `q` restate the one whose noun ends at `after`? ("(25,953 people)",
    ", soit 6 324 ménages" -- where "soit" may have been read as the number's qualifier)."""
    lead = re.match(r"(?:soit|or|ou|i\.e\.)\b", q.text, re.IGNORECASE)
    gap = s[after : q.start] + (lead.group() if lead else "")
    # (also past the words said of the first: "412 ménages évacués de Boribana, soit environ
    # 1 900 personnes")
    return bool(_APPOSITION.match(gap) or _RESTATED_AFTER_WORDS.match(gap))


def _inherits(
    s: str, qs: list[Quantity], q: Quantity, head: Head, prev: Verdict | None,
    context_figure: Verdict | None, label, clause_start: int, after_figure: bool = True,
) -> Verdict | None:
    """The figure a number is part of or restates, if any: "55,000 of them" (partitive),
    "6,220 households (25,953 people)" (apposition), "623 000 ..., contre 191 000"
    (comparison with no noun), "Women: 15,899" (a labelled row of a list)."""
    if head.partitive:
        if (
            prev is not None
            and context_figure is not None
            and (context_figure.quantity in qs or PARTITIVE.match(s[q.end :].lstrip()))
            and _exceeds(q, prev.quantity)
        ):
            # a part is no larger than its whole: "33 290 personnes ... dans les six woredas
            # suivies, dont plus de 20 000" are part of the people, not of the woredas (a
            # figure of the same sentence, or the people "of them" refers to: "Dans les 4
            # districts, 30 000 d'entre elles")
            return context_figure
        # (a date is no whole: "who had fled since April 2018, of whom about 55,500 had
        # applied for asylum" are part of the figure before)
        return prev if prev and prev.quantity.kind == "count" else context_figure
    # (a restatement shares the fate of what it restates, also when that is no figure for
    # what it counts: "We followed 1,214 evacuated households (3,406 people)")
    if prev and (prev.is_figure or prev.why in _NEGATIVE_KINDS) and _restates(s, prev.head.end, q):
        return prev
    if (
        prev is None
        and context_figure is not None
        and context_figure.is_figure
        and _FIGURE_PUT.search(s, max(0, q.start - 60), q.start)
        # (a total that rose in a sentence of deaths is theirs: "The death toll kept
        # climbing and the total rose to 4,300")
        and not any(h[2] == "casualties" for h in tagged_hits(NEGATIVES, s, 0, q.start))
    ):
        return context_figure  # "The United Nations puts the figure lower, at about 850,000"
    if (
        context_figure is not None
        and (
            (prev is None and _RESTATING.fullmatch(s, 0, q.start))
            or ((prev is None or not prev.is_figure)
                and _CONVERSION_AFTER_CLAUSE.fullmatch(s, 0, q.start))
        )
        and not _DIFFERENCE_AFTER.match(s, head.end if head.cls else q.end)
    ):
        return context_figure  # "... 14,600 people in 41 camps. That is about 3,100 households."
    if (
        prev is None
        and context_figure is not None
        and context_figure.is_figure
        and (
            _WHOLE_INCLUDES.fullmatch(s, 0, q.start)
            or _COMPARED_OPENING.fullmatch(s, 0, q.start)
            or _same_people_again(s, q, head)
            or (
                head.cls in ("", "people")
                and _SAME_PEOPLE_AFTER.match(s, head.end if head.cls else q.end)
            )
        )
    ):
        # what the figure before includes or was ("... in shelters. The count includes 212
        # children.", "... housing 1,020 people. That's down from a peak of 2,300")
        return context_figure
    if (
        context_figure is not None
        and context_figure.is_figure
        and head.cls in ("", "people")
        and P.breaks_down_by_place(s)
    ):
        # "By municipality: Wajima City 10,350 people; ...": a part of the figure before
        # (the whole a sibling part is of)
        if context_figure.quantity in qs and context_figure.inherited is not None:
            return context_figure.inherited
        return context_figure
    if (
        label
        and head.cls == ""
        and context_figure is not None
        and context_figure.is_figure
        and _WAY_LABEL.match(label.group(1))
        # (not after a row of goods: "Food dispatched (MT): 1,450" / "to Tawila: 900")
        and after_figure
    ):
        # a row that says only which way some of the people before went or came ("Returns
        # from camps (week): 3,905 people" / "to east Mosul: 2,870")
        return context_figure
    if head.cls == "":
        if (
            prev is not None
            and prev.is_figure
            and prev.head.cls == ""
            and _NEXT_PART.fullmatch(s, prev.quantity.end, q.start)
        ):
            return prev.inherited or prev  # the next part of the same whole
        if (
            prev is not None
            and prev.is_figure
            and prev.head.cls == ""
            and _LABEL_BEFORE.search(s, max(0, prev.quantity.start - 40), prev.quantity.start)
            and (part := _NEXT_LABELLED_PART.fullmatch(s, prev.quantity.end, q.start))
            # (not a name of things: "...; damaged houses 3,000")
            and not any(head_noun(w + " ", 0).cls == "not" for w in part["label"].split())
        ):
            # ... named before its number, as the last one was ("Femmes 11 302 ; Hommes
            # 8 455 ; Filles 9 876", "women 11,302; men 8,455")
            return prev.inherited or prev
        if (
            prev is not None
            and prev.is_figure
            and _WHOLE_OPENER.fullmatch(s, clause_start, prev.quantity.start)
            and "," in s[prev.quantity.end : q.start]
        ):
            return prev  # a part of the whole the sentence opens on ("Of the 23,500 ...,")
        # the sentence's last figure, past a date or a handful of something between ("9 350
        # personnes sur les trois sites de la ville, contre 6 100", "at 41,200 on 17 March,
        # up from 37,800"); not past a number of other things ("US$ 120 million, against
        # 90 million", "2,500 homes were burned, and 1,200 more")
        # (a handful written as a word, "les trois sites"; not "2 buses a day")
        passing = prev is None or prev.quantity.kind == "date" or (
            prev.head.cls == "not" and prev.quantity.value is not None
            and prev.quantity.value < 10 and prev.quantity.text.isalpha()
        ) or (
            # ... or the shelters that hold the figure ("4,378 people in 52 temporary
            # shelters, down from about 6,000")
            prev.head.cls == "not"
            and _SHELTERS.search(s, prev.quantity.end, prev.head.end) is not None
        )
        last = prev if prev and prev.is_figure else (
            context_figure
            if passing and context_figure is not None and context_figure.quantity in qs
            else None
        )
        if last is not None and (
            _COMPARISON.search(s, last.quantity.end, q.start)
            # (the start of a change after its end: "Lautoka down to 1,350 from 4,900")
            or (_FROM_ALONE.fullmatch(s, last.quantity.end, q.start)
                and _CHANGED_TO.search(s, max(0, last.quantity.start - 30), last.quantity.start))
            # (the end of a change, "rose from 3.5 million to 7 million", which
            # find_quantities leaves as two counts)
            or s[last.quantity.end : q.start].strip() in ("to", "à")
            or _ANOTHER.search(s, last.quantity.end, q.start)
            or (_MORE_AFTER.match(s, q.end) and last.quantity.start >= clause_start)
        ):
            return last  # ... or more of them ("and at least 8,000 more from Jebel Moya")
        if (
            context_figure is not None
            and context_figure.measure == "flow"
            and _RATE_AFTER.match(s, q.end)
            and (
                _PACE.search(s, max(0, q.start - 60), q.start)
                or _AT_RATE.search(s, max(0, q.start - 30), q.start)
                or (
                    context_figure.quantity in qs
                    and _PACE_CHANGE.search(s, context_figure.quantity.end, q.start)
                )
            )
        ):
            # a pace with no noun, after a flow in the same sentence or named as a pace
            # ("puis sont retombées à environ 300 par jour", "The pace has since dropped to
            # about 150 a day"): the same people
            return context_figure
        if (
            prev is not None and prev.is_figure and prev.measure == "flow"
            and _RATE_AFTER.match(s, q.end)
            and _APPOSED.search(s, prev.head.end, q.start)
        ):
            # ("evacuated 2,318 people during the period, about 155 a day"): the whole, not
            # a part named in passing ("12,500 people, including 1,850 children, about 500
            # a day")
            return prev.inherited or prev
        return None
    if label and context_figure and head.cls == "people":
        return context_figure  # "Rugombo stadium (Cibitoke): 1,874 households"
    return None


def _same_people_again(s: str, q: Quantity, head: Head) -> bool:
    """Does the sentence open on the people of the figure before, counted at another time
    or still there (`V.SAME_PEOPLE_BEFORE`: "Mercredi soir, elles étaient près de 45 000",
    "Ce soir, il en reste 85")? Not things in stock ("Il en reste 300 en stock"), nor
    another event's people ("The peak was 9,000 in the 2017 floods")."""
    return (
        _SAME_PEOPLE_BEFORE.fullmatch(s, 0, q.start) is not None
        and not _IN_STOCK_AFTER.match(s, q.end)
        and not _ANOTHER_EVENT_AFTER.match(s, head.end if head.cls else q.end)
    )


def _whole_named_again(
    s: str, q: Quantity, clause_start: int, before: Verdict | None,
    last_said: dict[float, bool] | None,
) -> Verdict | None:
    """The figure before, when a sentence opens on its number again to take a part of it
    ("about 21,000 people are registered. ... Of the 21,000, roughly 16,000 came from
    Oromia"), and the number was that figure when last named (`last_said`: not "500
    latrines" after "500 families")."""
    if (
        (last_said is None or last_said.get(q.value, False))
        and before is not None
        and before.quantity.value is not None
        and before.quantity.value == q.value
        and _WHOLE_OPENER.fullmatch(s, clause_start, q.start)
    ):
        return before
    return None


def _exceeds(q: Quantity, whole: Quantity) -> bool:
    """Is q surely larger than `whole`?"""
    least = q.low if q.low is not None else q.value
    most = whole.high if whole.high is not None else whole.value
    return least is not None and most is not None and least > most


def _rate_hits(s: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """The rates said in s[lo:hi] ("a day", "par semaine"); not "a week earlier"."""
    return [h for h in tagged_hits(_RATES, s, lo, hi) if not _NOT_RATE_AFTER.match(s, h[1])]


def _rate(s: str, lo: int, hi: int) -> str:
    """The first rate said in s[lo:hi]."""
    hits = _rate_hits(s, lo, hi)
    return hits[0][2] if hits else ""


def _clause_of(parts: list[Span], q: Quantity, s: str) -> Span:
    """The clause holding a number, joined with the next ones when the number runs across
    a dash that split them ("between 5,000 – 7,000")."""
    first = next((i for i, c in enumerate(parts) if c.start <= q.start < c.end), None)
    if first is None:
        return Span(0, len(s), s)
    last = first
    while parts[last].end < q.end and last + 1 < len(parts):
        last += 1
    start, end = parts[first].start, parts[last].end
    return Span(start, end, s[start:end])


# What joins a place to the one holding it: a possessive, or a site "in" its area
_NESTED = re.compile(
    rf"[’']s\s+|\s+(?:(?:{V.SITE_WORDS})s?\s+)?(?:in|dans|à|en)\s+(?:(?:the|la|le|l[’'])\s*)?",
    re.I,
)


def _move_kind(category: str) -> str:
    return category if category in ("returned", "evacuated") else "left"


# a place or a cause that frames a clause after its joiner
_FRAMED = _rx(r"\b(?:in|at|inside|à|au|dans|en)\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])")


_OWN_CAUSE = _rx(r"\b(?:by|par)\s+(?:the|a|an|la|le|les|l[’'])\s*\w")
# (a registration is no move: "while 1,500 registered in Uvira")
_REGISTERING = _rx(V.REGISTERING_STEMS)


def _same_move(s: str, lo: int, q: Quantity, v: Verdict) -> bool:
    """Is the count after a contrast a move of the same kind as the one before it (people
    leaving, returning, or evacuated), said as a move ("while 1,500 went to Idjwi"), not a
    stay?"""
    if v.measure != "flow":
        return False
    joint = [m.start() for m in _CONTRAST.finditer(s, lo, q.start)]
    if not joint:
        return False
    if _FRAMED.search(s, joint[-1], q.start) or _OWN_CAUSE.search(s, q.end, v.window[1]):
        return False  # its own frame or cause: "while in Masisi 2,000 fled to Kitchanga",
        # "while 1,200 people displaced by the cyclone went to Montepuez"
    if not any((c[2] or c[3] == "flow") and not q.start <= c[0] < v.head.end
               and not _REGISTERING.match(s, c[0])
               for c in cue_hits(s, joint[-1], v.window[1])):
        return False  # ("while 3,000 IDPs in Bunia received food": no move of their own)
    before = [c for c in cue_hits(s, 0, joint[-1]) if c[2] or c[3] == "flow"]
    # (a place left with no word of moving said before: "moved from Bay to Mogadishu")
    kind = _move_kind(before[-1][2]) if before else "left"
    return kind == _move_kind(v.category)


def _nearest_place(
    found: list[P.Found], s: str, v: Verdict, clause: Span, roles: tuple[str, ...]
) -> P.PlaceRef | None:
    """The place with one of `roles` nearest the number: within the number's own context
    window, or framing its clause before any number ("In Goma, 5,000 people..."). A town
    beats the province or country named beside it ("Makombe transit site, Rumonge")."""
    q, (lo, hi) = v.quantity, v.place_window
    # (what a contrast before the number needs to know; most numbers follow none)
    contrast = _CONTRAST.search(s, lo, q.start) is not None
    own_after = contrast and any(q.end <= f.start < hi for f in found)
    own_origin = contrast and any(q.end <= f.start < hi and f.role == "origin" for f in found)
    # (only a move of the same kind shares a country crossed into: not people who
    # returned, stayed or are hosted after "while")
    shares_move = v.measure == "flow" and v.category not in ("returned", "evacuated")
    # (... and the place they left: "2,000 fled Kalehe for Bukavu, while 1,500 went to
    # Idjwi", "1,800 were evacuated from Kupiansk to Kharkiv, while 600 were evacuated to
    # Poltava"; not returnees after people who fled, nor people who stayed or are hosted)
    shares_origin = (
        contrast and "origin" in roles and not own_origin and _same_move(s, lo, q, v)
    )
    near = [
        (i, f)
        for i, f in enumerate(found)
        if f.role in roles
        and lo <= f.start < hi
        # "45,000 fled south, most of them towards Butembo": where a part of them went
        and not (f.start >= q.end and _PARTIAL.search(s, q.end, f.start))
        # ("fled Sake for Goma, while in Masisi 2,000 fled": the later clause's place)
        and not (f.start >= q.end and _CONTRAST.search(s, q.end, f.start))
        # ("3,000 people, 1,000 of them from Masisi, arrived in Goma": Masisi is the part's)
        and not (v.part and v.part[0] <= f.start < v.part[1])
        # ("18,000 have returned to Bukavu, while 12,000 others remain in Kabare": Bukavu
        # is the first count's; but people who "keep arriving" with no place of their own
        # arrive where the first count did)
        # (a country crossed into both counts share: "crossed into Uganda at Bunagana,
        # while 800 crossed at Ishasha")
        and not (contrast and f.end <= q.start and (own_after or not v.arrival)
                 and not (shares_move and f.ref.is_country and not own_origin)
                 and not (shares_origin and f.role == "origin")
                 and _CONTRAST.search(s, f.end, q.start))
    ]
    framing = [
        (i, f)
        for i, f in enumerate(found)
        if f.role in roles
        and (
            clause.start <= f.start < v.clause_first
            or (v.line_label and v.line_label[0] <= f.start < v.line_label[1])
            # "At the Palanca crossing point, ...; on Monday alone, 4,500 arrived": a place
            # opening the sentence frames all its clauses
            or (f.role == "at" and _OPENING.match(s, 0, f.start))
        )
    ]
    # After the number before it: "officials in Kigali said 1,800 were evacuated through
    # Rubavu" -- the sentence's verb and its places follow the count.
    after = [
        c
        for c in near
        if c[1].start >= q.end
        and c[1].role in ("at", "destination")
        and not _CLAUSE_BREAK.search(s, q.end, c[1].start)
    ]
    cands = after or near or framing
    if not cands:
        return None
    if roles == ("at",):
        # where a figure is: a place the gazetteer knows (and a map can show) beats a name it
        # lacks ("In Muidumbe, insurgents burned homes in Magaia village, driving...")
        cands = [c for c in cands if c[1].ref.place_id] or cands
    i, f = min(cands, key=lambda c: abs(c[1].start - q.start))
    # a place inside the chosen one, named beside it with any role, is more precise
    around = (
        near
        + framing
        + [
            (j, g)
            for j, g in enumerate(found)
            if g.role == "mention" and clause.start <= g.start < clause.end
        ]
    )
    inner = [
        c
        for c in around
        if (
            # (a place inside a place the gazetteer knows: one it lacks holds nothing, and
            # its empty id is no country's empty province)
            (c[1].ref.place_id and f.ref.place_id
             and f.ref.place_id in (c[1].ref.admin1, c[1].ref.iso3))
            # a site the gazetteer lacks, named before its town: "Site de Niornigué, à
            # Ouangolodougou", "Katanika (Kalemie)"
            or (not c[1].ref.place_id and c[1].start < f.start and not f.ref.is_country
                and _SITE_NAMED.search(s, max(0, c[1].start - 12), c[1].start))
        )
        and c[1].ref.place_id != f.ref.place_id
        and c[1].role not in ("demonym", "people", "origin", "reference")
        and _beside(s, c[1], f)
    ]
    if inner:
        i, f = inner[0]
    return P.grouped(found, s, i)


def _after_count(found: list[P.Found], ref: P.PlaceRef, v: Verdict) -> bool:
    """Is this place named after the number (in what is said of the people counted)?"""
    return any(f.ref == ref and f.start >= v.quantity.end for f in found) or any(
        f.start >= v.quantity.end and ref.name.startswith(f.ref.name) for f in found
    )


def _one_of_others(s: str, found: list[P.Found], place: P.PlaceRef, area: P.PlaceRef) -> bool:
    """Is a place named as one of several of an area ("Vovchansk and other border
    communities of Kharkiv oblast")?"""
    first = next((f for f in found if f.ref == place), None)
    then = first and next((f for f in found if f.start >= first.end and (
        f.ref == area or (area.place_id and f.ref.place_id == area.place_id))), None)
    return (first is not None and then is not None
            and _AND_OTHER_PLACES.fullmatch(s, first.end, then.start) is not None)


def _beside(s: str, a: P.Found, b: P.Found) -> bool:
    """Are two places named side by side ("Cishemere, à Cibitoke", "Goma (North Kivu)",
    "Chad's Ouaddai province", "Nakivale settlement in Isingiro district")?"""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = s[first.end : second.start]
    return (len(gap) <= 8 and bool(re.search(r"[,(]", gap))) or bool(_NESTED.fullmatch(gap))


def _places(
    s: str,
    found: list[P.Found],
    v: Verdict,
    clause: Span,
    state: _DocState,
    total: bool,
):
    """origin, destination, location (PlaceRefs or None), the category they imply, and
    the origin the sentence's own words name (not one the report's context gave it);
    `total`: the figure is a list's Total row (`_is_total`).

    Crossing into another country makes a figure a refugee figure; a figure whose sentence
    names no place of its own is placed by the sentences before it, then by the document
    (`state.ctx`)."""
    ctx = state.ctx
    category = v.category
    label = v.label or v.line_label
    # a row of a list of origins (not its total: "Total arrivals in Dollo Ado: 4,060")
    by_origin = (
        state.origin_rows
        and v.label is not None
        and TOTAL_LABEL.match(s, *v.label) is None
    )
    if label is not None and label[1] - label[0] <= _SHORT_LABEL:
        # a list row: its label names the place ("Beyrouth : 48 500 personnes",
        # "• Chiúre: attacks have displaced nearly 100,000 people in the district"), or
        # where people came from under a heading that says so ("by region of origin:"); a
        # long label's places keep their own roles ("IDPs transported from Pokrovsk to
        # Pavlohrad ...: 4,200")
        in_label = [
            i
            for i, f in enumerate(found)
            if label[0] <= f.start < label[1]
            and f.role not in ("demonym", "people", "origin", "destination")
        ]
        if in_label:
            role = "origin" if by_origin else "at"
            found = [
                f if i != in_label[0] else P.Found(f.start, f.end, f.ref, role)
                for i, f in enumerate(found)
            ]
    origin = _nearest_place(found, s, v, clause, ("origin",))
    people = _nearest_place(found, s, v, clause, ("people",))
    dest = _nearest_place(found, s, v, clause, ("destination",))
    at = _nearest_place(found, s, v, clause, ("at",))
    if at is None and dest is None:
        at = _nearest_place(found, s, v, clause, ("scene",))  # nowhere else to put it
    mention = _nearest_place(found, s, v, clause, ("mention",))
    # "Total: 2,000" is where all the rows above it are, not where the last one is
    rows = state.rows_place if total else None
    context = rows or state.recent_place or state.section_place or ctx.main or state.last_location
    said_origin = origin  # named in the sentence, before the document's context fills it
    if origin is None and people is not None and people.is_country:
        origin = people
    own_origin = origin  # the sentence's own: a place people left, or their nationality
    if dest is None and v.label is not None and state.heading_dest is not None:
        dest = state.heading_dest  # "ENTRÉES EN SYRIE, PAR POINT DE PASSAGE" heads the list
    if dest is None and by_origin and state.origin_host is not None:
        dest = state.origin_host  # "Arrivals by region of origin, Dollo Ado:" receives them
    if (
        people is not None
        and people.is_country
        and dest is not None
        and dest.is_country
        and dest.iso3 == people.iso3
    ):
        category = "returned"  # nationals entering their own country are going home
    inside = _goes_on_inside(v, category, state, at or dest or state.recent_place)
    if (
        origin is None
        and category in ("refugees", "fled", "")
        and ctx.origin_iso3
        and not inside
        and not _inside_one_country(ctx, category, s)
    ):
        origin = P.country_ref(ctx.origin_iso3)
    from_country = origin.iso3 if origin else ""
    if (
        category == "fled"
        and at is not None
        and from_country
        and at.iso3 == from_country
        and dest is None
        and _after_count(found, at, v)
    ):
        at = None  # "fled deadly violence in Rakhine": the place they left
    if (
        category == "refugees"
        and v.head.category != "refugees"
        and dest is not None
        and not dest.is_country
        and dest.iso3
        # (people from a place the gazetteer lacks, in a report that names no other country)
        and (
            dest.iso3 == from_country
            or (origin is not None and not from_country and ctx.mentioned <= {dest.iso3})
        )
        and ctx.main is not None
        and dest.iso3 == ctx.main.iso3
    ):
        # a crossing that ends in a town or province of the people's own country, the one
        # the report is about, crossed a river, a lake or a front line, not a border ("ont
        # traversé le lac Kivu vers l'île d'Idjwi" from Masisi; not "crossed the Rusizi river
        # into Rugombo" from DR Congo, nor Nigeriens crossing "vers la région de Ménaka, au
        # Mali" in a report on Niger that names Malian refugees)
        category = "displaced"
    if dest is not None and dest.is_country and (
        category in ("", "fled")
        or (category == "displaced" and _abroad(dest, origin, at, state))
    ):
        category = "refugees"  # one enters or reaches a country only from abroad
    if category in ("refugees", "fled", "") and from_country:
        for cand in (dest, at):
            if cand is not None and cand.iso3 and cand.iso3 != from_country:
                category, dest = "refugees", dest or cand
                break
    host = P.country_ref(ctx.host_iso3) if ctx.host_iso3 and ctx.host_iso3 != from_country else None
    recent = rows or state.recent_place
    # where the paragraph is: its last place, else where its last figure was
    last = state.last_figure.places[2] if state.last_figure is not None else None
    where = recent or last
    if (
        category in ("", "fled")
        and dest is None
        and (at is None or not at.iso3)  # a name the gazetteer lacks says nothing of a country
        and host
        and (where is None or where.iso3 != from_country)
        and not (where is None and _crossing_aside(ctx, from_country))
        and not inside
    ):
        # a report about arrivals in a host country, unless the paragraph (or the report,
        # when the paragraph names no place) is about a place in the people's own country
        # (then they moved inside it)
        category = "refugees"
    if category == "returned" and origin is people and said_origin is None:
        origin = None  # returnees' nationality is the country they came home to
    if category == "refugees":
        # a place named without a preposition, outside the people's own country (or a
        # list of several countries: "Le Rwanda et le Burundi ... ont vu arriver")
        foreign = mention if mention and mention.iso3 != from_country else None
        said_dest = dest
        dest = dest or (host if at is None and foreign is None else None)
        # the most precise place on the receiving side: a site or town inside the country
        # people entered ("Cishemere transit centre (Cibitoke)" under "ARRIVALS IN BURUNDI")
        if at is not None and from_country and at.iso3 == from_country:
            at = None  # a place in the people's own country is not where refugees are
        # ... unless the sentence names the site or town that receives them ("le camp de
        # Nyarugusu, dans la région de Kigoma, abrite")
        inner = (
            at
            if at is not None and (dest is None or (dest.is_country and at.iso3 in (dest.iso3, "")))
            else None
        )
        if (
            inner is None
            and mention is not None
            and dest is not None
            and dest.is_country
            and mention.iso3 == dest.iso3
            and not mention.is_country
        ):
            inner = mention  # "cross into Ethiopia: the Dollo Ado camps, which host..."
        if (
            inner is None
            and at is None
            and recent is not None
            and dest is not None
            and not recent.is_country
            # inside the country or province entered (a town or crossing named as the
            # destination is itself precise)
            and (
                (dest.is_country and recent.iso3 == dest.iso3)
                or (recent.admin1 != "" and recent.admin1 == dest.place_id
                    # (not a town the paragraph counted on its own: "Kousseri has received
                    # 1,000 refugees ... 2,400 crossed into the Far North region")
                    and not (last is not None and last.place_id
                             and last.place_id == recent.place_id))
            )
        ):
            inner = recent  # the town or site the paragraph is reporting from
        # (the paragraph's place may be the one they fled: "- Gedo: 2,860 people" under
        # "- Lower Juba: 4,020 people")
        beyond = next(
            (r for r in (context, state.last_location, ctx.main) if r and r.iso3 != from_country),
            None,
        )
        location = inner or dest or at or foreign or host or beyond or context
        if (
            said_origin is not None and said_dest is None and at is None and not v.arrival
            and not by_origin
            # (not where they are hosted: "The region hosts 40,000 refugees from Mali")
            and not _HOSTS.search(s, clause.start, v.quantity.start)
        ):
            location = said_origin  # "the number of people who have fled Ukraine"
    elif (
        category == "returned"
        and people is not None
        and people.is_country
        and (at is None or at.iso3 not in ("", people.iso3))
    ):
        # "8,000 were Burundians ... returning home": home is Burundi (unless the sentence
        # names the place in it they came back through: "Masnaa : 165 300 Syriens"), or
        # where in it they went ("36 900 rapatriés nigériens" in "La région de Diffa")
        inside_home = dest is not None and dest.iso3 == people.iso3
        location = dest if inside_home else people
    elif (
        dest is None
        and (frame := at or mention) is not None
        and said_origin is not None
        and said_origin.place_id
        and frame.place_id in (said_origin.admin1, said_origin.iso3)
        and not _one_of_others(s, found, said_origin, frame)
        and (v.measure != "stock" or frame.is_country)
    ):
        # "Au Darfour-Nord, ... ont fui les combats autour d'El Fasher", "to flee Wad Madani,
        # the capital of Gezira state": the place people left, inside the area the
        # sentence is set in or names, is the more precise
        location = said_origin
    elif v.arrival and category != "fled":  # "fled Macomia since armed groups entered it"
        location = at or dest or _local(mention, context) or context or origin
    else:
        # (an origin only inferred from the report is less precise than the paragraph)
        location = at or dest or _local(mention, context) or own_origin or context or origin
    if (
        category == "returned"
        and dest is None
        and origin is not None
        and origin.is_country
        and location is not None
        and location.is_country
        and location.iso3 == origin.iso3
        and (home := next(
            (r.iso3 for r in (ctx.province, ctx.main) if r and r.iso3 not in ("", origin.iso3)),
            None,
        ))
    ):
        # people who came back from a country are no longer in it: back home, in the
        # country whose places the report names most ("338,000 returned from Iran, of whom
        # 244,000 were deported" in a report on Afghanistan that names Iran most)
        location = P.country_ref(home) or location
    # (within the figure's own words: not "..., soit 40 % du total à l'échelle du pays")
    if _NATIONAL.search(s, clause.start, v.window[1]) and location is not None and location.iso3:
        location = P.country_ref(location.iso3) or location
    elif not (origin or dest or at or mention) and _PROVINCE.search(s, clause.start, clause.end):
        # "La province compte 1,1 million de déplacés": the province of the report's place
        location = next(
            (p for r in (context, ctx.province, location) if r and (p := P.admin1_ref(r))),
            location,
        )
    if location is not None and not location.place_id and location.lat is None:
        # a site the gazetteer lacks, named beside the town or district it is in ("Site de
        # Katanika (Kalemie)", "Site de Niornigué, à Ouangolodougou"), is drawn there
        named = next((f for f in found if f.ref == location), None)
        holder = named and next(
            (f.ref for f in found
             if f.ref.place_id and not f.ref.is_country and f.ref.lat is not None
             and f.role not in ("origin", "demonym", "people", "reference")
             and _beside(s, named, f)),
            None,
        )
        if holder:
            location = P.within(location, holder)
    if location is not None and not location.place_id and not location.iso3:
        # a place the gazetteer lacks lies in the country of the places around it
        # (else, unless the people crossed a border, of the report's main place: a town the
        # gazetteer lacks is still in a country; for refugees that may be the one they fled,
        # so only a place of the paragraph outside it)
        refugees = category == "refugees"
        # the country a sentence opens on ("Au Rwanda, 2 400 Congolais sont arrivés"; not
        # "as the conflict in South Sudan intensified" after the number)
        framing = next(
            (f.ref for f in found
             if f.role == "at" and f.ref.is_country and f.start < v.quantity.start),
            None,
        )
        outside = (
            context
            if context and context.iso3 not in ("", from_country, ctx.origin_iso3)
            else None
        )
        location = P.in_country(
            location,
            dest,
            # (for refugees only where they arrive: "In South Sudan, fighting forced 3,000
            # people across the border to Pagak" frames the country they left)
            framing if framing and (not refugees or (v.arrival and framing.iso3 != from_country))
            else None,
            host if refugees else context,
            outside if refugees else ctx.main,
        )
    return origin, dest, location, category, said_origin


def _arrives_unnamed(s: str, clause: Span) -> bool:
    """Does the clause say people arrive, and neither what drove them ("arrived after
    clashes") nor who they are other than returnees ("Les personnes déplacées accueillies
    dans les Régions du Littoral ... sont estimées à 200 000")?"""
    return (
        _ARRIVING.search(s, clause.start, clause.end) is not None
        and not _CAUSE.search(s, clause.start, clause.end)
        and not any(
            head_noun(s, m.start()).category not in ("", "returned")
            for m in DISPLACED_NOUN.finditer(s, clause.start, clause.end)
        )
    )


def _goes_on_inside(
    v: Verdict, category: str, state: _DocState, here: P.PlaceRef | None
) -> bool:
    """Does a figure silent on who its people are go on from people displaced inside the
    country it is in ("54,000 forced to leave their homes ... 32,000 have arrived in
    Cúcuta, while 11,500 sought refuge in Ocaña")? Then they are the same people, not
    refugees from the other country a report on two countries names. A nationality
    ("one million Rohingya") says who they are. The figure before must be in a place the
    gazetteer knows (a name it lacks is only taken to be in the report's country), and in
    the same paragraph, place or province: "floods displaced 5,000 people in Bol" does
    not make the arrivals in Adré, in another province, Chadians."""
    before = state.last_figure or state.doc_figure
    if category or v.head.nationality or before is None or before.category != "displaced":
        return False
    there = before.places[2]
    if here is None or there is None or not there.place_id or here.iso3 != there.iso3:
        return False
    return (
        before is state.last_figure
        or here.place_id == there.place_id
        or (bool(here.admin1) and here.admin1 == there.admin1)
    )


def _abroad(dest: P.PlaceRef, origin, at, state: _DocState) -> bool:
    """Is a destination country another than the one the people displaced were in (their
    origin, the place of the sentence, of the paragraph or of the report)? "displaced to
    Uganda" in a report on Ituri crosses a border; "adding to Sudan's 11 million IDPs" in
    a report on Sudan does not, nor does a sentence with nothing to compare."""
    here = next(
        (
            r.iso3
            for r in (origin, at, state.recent_place, state.ctx.main)
            if r is not None and r.iso3
        ),
        "",
    )
    return bool(here) and here != dest.iso3


def _crossing_aside(ctx: P.DocumentPlaces, from_country: str) -> bool:
    """Is the report about a place in the people's own country, and names their crossing
    into another only once ("Le HCR signale aussi que 2 000 personnes ont traversé vers le
    Tchad", in an e-mail on the sites of Kaga-Bandoro)? Its figures that name no place are
    then not the host's."""
    return ctx.host_weight < 2 and ctx.main is not None and ctx.main.iso3 == from_country


def _goes_elsewhere_inside(s: str, v: Verdict) -> bool:
    """Do the people counted go "to other neighbourhoods" (`V.ELSEWHERE_INSIDE`), said in
    their own words after the count ("ont fui Solino pour d'autres quartiers"), not in
    another clause ("..., les combats s'étant propagés vers d'autres localités")?"""
    m = _ELSEWHERE_INSIDE.search(s, v.head.end, v.window[1])
    return m is not None and not re.search(r"[,;:()]", s[v.head.end : m.start()])


def _is_total(s: str, v: Verdict) -> bool:
    """Is the number's list label a total ("Total: 2,000", "Au total : 2 000")?"""
    label = v.label or v.line_label
    return label is not None and TOTAL_LABEL.fullmatch(s, *label) is not None


def _local(mention: P.PlaceRef | None, context: P.PlaceRef | None) -> P.PlaceRef | None:
    """A place named without a preposition ("the US urged...", "Goma residents") says where
    a figure is only when it lies in the country the text is already about."""
    if mention is None or context is None or not mention.iso3:
        return mention  # a named site the gazetteer lacks is taken to be where we are
    return mention if mention.iso3 == context.iso3 else None


MAX_HEADING = 150  # characters: a longer line is prose
_NOT_HEADING = re.compile(rf"\s*(?:[-*•–]\s|{V.NOT_HEADING_OPENERS})", re.I)
_SECTION_END = re.compile(rf"\W*(?:{V.SECTION_END_HEADINGS})\W*$", re.I)
_DATELINE = re.compile(
    rf"[^,]{{2,40}},\s*(?:\d{{1,2}}(?:er)?\s+(?:{'|'.join(V.MONTHS)})\b"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)",  # ("GOMA, 12.03.2025")
    re.I,
)
# a count in a line of key figures ("1.2 million IDPs in North Kivu", "640,000 IDPs"; not a
# year, a day of the month or an update's number: "GOMA, 12 March", "earthquake 2023")
_KEY_COUNT = re.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|(?!(?:19|20)\d\d(?!\d))\d{4,})(?![\d])"
    r"|\d(?:[.,]\d+)?\s*(?:million|millions|milliers?|k)\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?;,:]\W*$")  # (a heading ends in none: "Ukraine: ...")


def _section_headings(
    units: list[tuple[int, Span]], in_table: dict, state: _DocState
) -> dict[int, P.PlaceRef | None]:
    """The section headings of a report of several sections set in different places (a
    donor brief's "Ethiopia: new arrivals in Gambella", "Ukraine: evacuations from
    Kharkiv"), by sentence index, with the place each names: paragraphs of one short line
    with no closing stop. A report whose headings name one place or none has no sections
    (its title names what the whole is about: `P.document_places`). Not a line of key
    figures ("1.2 million IDPs in North Kivu": a number outside brackets), a list item, a
    byline, a source or a photo caption (_NOT_HEADING)."""
    sentences_of = Counter(pi for pi, _ in units)
    lines = [
        i for i, (pi, s) in enumerate(units)
        if sentences_of[pi] == 1 and i not in in_table
        and len(s.text) <= MAX_HEADING and not _SENTENCE_END.search(s.text)
        and not _NOT_HEADING.match(s.text)
        and not _key_count(_BRACKETED.sub("", s.text))
    ]
    # (a dateline is where the report was written, unless each section has one: "GOMA, 12
    # March" ... "BUKAVU, 14 March"; counted over the whole report only when a heading is one)
    dated = [i for i in lines if _DATELINE.match(units[i][1].text)]
    if len(dated) == 1 and sum(1 for _, s in units if _DATELINE.match(s.text)) == 1:
        lines.remove(dated[0])
    out = {i: _recent(state.places(units[i][1].text), units[i][1].text) for i in lines}
    return out if len({p.name for p in out.values() if p is not None}) >= 2 else {}


def _key_count(line: str) -> bool:
    """Does a line give a key figure, a count that is no span of time ("Haïti : 1 000 jours
    de crise à Port-au-Prince" is a heading)?"""
    return any(head_noun(line, m.end()).unit != "duration" for m in _KEY_COUNT.finditer(line))


def _enter_section(state: _DocState, line: str, place: P.PlaceRef | None) -> None:
    """The place a section's heading names is where its paragraphs are when they name
    none. A Markdown heading that names none ends the sections of its level and below ("##
    Looking ahead"); without levels, only a heading of what sums up the sections or follows
    them ends it ("Funding", "Overall": V.SECTION_END_HEADINGS), not a sub-heading
    ("Displacement", "Response")."""
    level = len(line) - len(line.lstrip("#"))
    if place is not None:
        state.section_place, state.section_level = place, level
    elif (level and (not state.section_level or level <= state.section_level)) or (
        not level and _SECTION_END.match(line)
    ):
        state.section_place, state.section_level = None, 0


def _enter_sites(state: _DocState, line: str) -> None:
    """A Markdown heading about camps or sites ("## Camp by camp") opens a section its
    sub-headings stay in ("### Hammam al-Alil 2"); a heading of its level or above that
    names none ends it ("## Correction")."""
    level = len(line) - len(line.lstrip("#"))
    if NAMES_SITES.search(line):
        state.site_level = min(level, state.site_level or level)
    elif level <= state.site_level:
        state.site_level = 0


def _recent(found: list[P.Found], s: str) -> P.PlaceRef | None:
    """The place a sentence leaves the reader in: its last place named with a preposition,
    else its last place named at all (but not a place people left)."""
    named = [i for i, f in enumerate(found) if f.role in ("at", "destination", "mention")]
    located = [i for i in named if found[i].role in ("at", "destination")]
    pick = (located or named or [None])[-1]
    return P.grouped(found, s, pick) if pick is not None else None


class _Facts(NamedTuple):
    """What the document as a whole needs to know of each of its sentences."""

    key: str  # its `fingerprint`
    listed: tuple[P.Found, ...]  # the places the gazetteer knows (`P.listed`)
    moving: bool  # a displacement cue
    crossing: bool  # a cue of crossing a border ("refugees")
    returning: bool  # people named as returnees ("South Sudanese returnees")
    numbered: bool  # it may hold a number (`number_hint`)
    organisations: frozenset[str]  # countries named in organisations' names only


@lru_cache(maxsize=8192)
def _facts(s: str) -> _Facts:
    """The `_Facts` of a sentence, in one remembered call: every sentence of a document is
    read for its context, and reports repeat many (boilerplate, disclaimers, teasers)."""
    cues = sentence_cues(s)
    quiet = _quiet_asides(s)  # (not a place an aside sets apart: "– unlike Bunia –")
    return _Facts(
        fingerprint(_REPEAT_LABEL.sub("", s, count=1)),
        P.listed(quiet),
        bool(cues),
        any(h[2] == "refugees" for h in cues),
        bool(_RETURNEES.search(s)),
        bool(number_hint().search(s)),
        P.organisation_countries(quiet),
    )


def _in_reply(sentence: str) -> bool:
    """Is a sentence on a line an e-mail reply quotes ("> so maybe 11,000 people moved")?"""
    return sentence.lstrip().startswith(">")


def _quoted_from(key: str, seen: set[str]) -> bool:
    """Is a sentence (its `fingerprint`) a run of words of one before it, as a pull quote
    is of the sentence it cut ("> "Today we have 1,150 displaced people here, 430 of them
    children."" after the same words and "she said")?"""
    if key.count(" ") + 1 < MIN_REPEAT_WORDS:
        return False
    inner = f" {key} "
    return any(inner in f" {k} " for k in seen)


def _whole_line(text: str, sent: Span) -> Span:
    """A sentence that is a line, with the blanks it is indented by: a table laid out with
    spaces needs them to keep its columns ("          Total   1 500")."""
    start = sent.start
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start == sent.start or (start > 0 and text[start - 1] != "\n"):
        return sent
    return Span(start, sent.end, text[start : sent.start] + sent.text)


def extract(doc: Document, units: list[tuple[int, Span]] | None = None) -> list[dict]:
    """The displacement figures of one document, as rows of the `figures` table.
    `units`: its `body_sentences`, when the caller has them already."""
    if units is None:
        units = body_sentences(doc.text[doc.body_start :], doc.body_start)
    state = _DocState()
    state.lead_ins = len(P.lead_in_names(doc.text)) >= 2
    # the places the gazetteer knows, in every sentence (the document's context needs
    # them); the rest of the places of a sentence only when asked for
    facts = [_facts(s.text) for _, s in units]
    state.ctx = P.document_places(
        [f.listed for f in facts],
        [f.moving for f in facts],
        [f.crossing for f in facts],
        [f.returning for f in facts],
        frozenset().union(*(f.organisations for f in facts)),
    )
    rows: list[dict] = []
    # a table's rows are read by their header; its header and rule hold no figure
    in_table: dict[int, T.Table | None] = {}
    if T.may_hold_tables(doc.text):
        lines = [_whole_line(doc.text, s) for _, s in units]
        for table in T.find_tables([line.text for line in lines]):
            if (table.columns or table.delimiter) and not counts_anyone(table):
                continue  # (read as prose: see table_figures.counts_anyone)
            first = table.rows[0]
            in_table.update(dict.fromkeys(range(table.start, table.rows[-1] + 1)))
            in_table[first] = table  # read whole at its first row
    headings = _section_headings(units, in_table, state)
    # (a reply's quoted line repeats the message it answers, wherever that is in the thread)
    replied = {f.key for (_, s), f in zip(units, facts, strict=True) if not _in_reply(s.text)}
    for i, ((pi, sent), fact) in enumerate(zip(units, facts, strict=True)):
        if i in headings:
            _enter_section(state, sent.text, headings[i])
        if sent.text.startswith("#"):
            _enter_sites(state, sent.text)
        if fact.key and i not in in_table and (
            fact.key in state.seen or (fact.numbered and _quoted_from(fact.key, state.seen))
        ):
            continue  # a teaser or pull quote repeated: its figures are counted once
        # "> so maybe 11,000-12,000 people moved", above the message it quotes: its figures
        # are the message's, but the reply's next lines may answer it ("> Around 3,000
        # households moved from Minova to Goma" / "We confirm: around 3,400 households"),
        # so it is read, its rows left out
        reply_copy = fact.numbered and _in_reply(sent.text) and _quoted_from(fact.key, replied)
        if not reply_copy:
            state.seen.add(fact.key)
        if pi != state.last_paragraph:
            state.new_paragraph(pi)
        if i in in_table:
            if (table := in_table[i]) is not None:
                rows.extend(_table_rows(doc, [lines[r] for r in table.rows], table, state))
            state.read.append(sent.text)
            continue
        if fact.numbered:
            found = _sentence_figures(doc, sent, state, pi)
            if not reply_copy:
                rows.extend(found)
        if "?" in sent.text and _QUESTION.search(sent.text) and _HOW_MANY.search(sent.text):
            state.question = (pi, sentence_cues(sent.text))
        state.read.append(sent.text)
        state.heading_moves = state.heading_moves or fact.moving
        if not _is_heading(sent.text) and not _LINE_LABEL.match(sent.text):
            state.origin_rows = False  # prose after a list of origins ends it
        if not fact.numbered and _is_heading(sent.text):
            # a new heading starts a new list: its rows count the people it names, if any,
            # and no longer take the context of the figures above it ("ÉDUCATION")
            state.heading_noun = _heading_noun(sent.text)
            state.heading_moves = fact.moving
            state.origin_rows = _HEADING_ORIGIN.search(sent.text) is not None
            # (not a place people came from, "Arrivals from Sudan in Ethiopia by state of
            # origin:", nor one in brackets, "by region of origin (Somalia)")
            state.origin_host = next(
                (f.ref for f in state.places(sent.text)
                 if f.role not in ("demonym", "people", "origin")
                 and sent.text.count("(", 0, f.start) <= sent.text.count(")", 0, f.start)),
                None,
            ) if state.origin_rows else None
            if state.heading_noun is not None:
                state.listing = True
            elif not fact.moving and state.listing:
                # the next section after a list of displaced people ("ÉDUCATION"): its
                # rows do not take the list's context ("BREAKDOWN" after a figure does)
                state.last_figure = state.doc_figure = None
                state.listing = False
    return withdrawn(rows, units, doc.text)


# An aside between two dashes with no digit in it ("The number of refugees in Chad –
# already the highest in its history – reached 600,000")
_DASH_ASIDE = re.compile(r"(?<=\S)(\s+[–—]\s+)([^–—;\d\n]{3,90}?)(\s+[–—]\s+)(?=\S)")


# (said at its start, past an adverb: "– now close to that of Uganda –"; not "– mostly from
# Djugu, not Irumu –", which says where they came from)
# a relative clause after a noun ("113,000 Rohingya who had arrived"; not "food for 2,600
# people were airlifted", whose verb is the food's)
_WHO_AFTER = _rx(r"\s*,?\s*(?:who|whom|that|qui|lesquels|lesquelles)\b")
_ASIDE_APART = _rx(rf"(?:\w+\s+)?(?:{V.APART_WORDS}){_E}")


QUOTED_AGAIN = 60  # characters after a number, at most, that a quoted line must repeat


def _quoted_again(text: str, at: int) -> bool:
    """Is the number at offset `at` of `text` on a line quoted with ">", as e-mail replies
    and block quotes mark them, with the rest of its line as the text said it before ("> 640
    people are still in hotels"; not "> On Tuesday 250 people were evacuated from Limni"
    after another 250 from Rovies)?"""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].lstrip().startswith(">"):
        return False
    end = text.find("\n", at)
    said = text[at : min(at + QUOTED_AGAIN, end if end >= 0 else len(text))]
    return said.rstrip(" .,;:!?\"”»’'*") in text[:start]


@lru_cache(maxsize=4096)
def _quiet_asides(s: str) -> str:
    """The sentence as its figures are read, its asides between dashes with no count and
    no word of people moving taken in (same length, so that offsets hold): one that
    names no place either is a remark about the figure ("– a record for a single week –",
    "– selon l'OIM –"), blanked so that it lends the figure none of its words (a week is
    no rate); one that names a place ("– most of them from Djugu territory –") is read
    as part of its clause, its dashes blanked. An aside that speaks of people moving may
    be about other people ("Officials – who themselves fled last week – say 3,000 people
    remain"), and still stands apart (`clauses`)."""
    if "–" not in s and "—" not in s:
        return s
    out = s
    for m in _DASH_ASIDE.finditer(s):
        aside = m.group(2)
        if number_hint().search(aside) or sentence_cues(aside):
            continue
        # (an aside that sets a place apart, "– unlike in Bunia –", "– not including those
        # already in Rafah –", is blanked whole: its place is not the figure's)
        reads_in = P.listed(aside) and not _ASIDE_APART.match(aside)
        blank = (m.start(1), m.end(1)) if reads_in else (m.start(), m.end())
        out = out[: blank[0]] + " " * (blank[1] - blank[0]) + out[blank[1] :]
        if blank[0] == m.start(1):
            out = out[: m.start(3)] + " " * (m.end(3) - m.start(3)) + out[m.end(3) :]
    return out


# a question: a sentence that ends in "?" (before closing quotes or emphasis)
_QUESTION = re.compile(r"\?[\s*\"”»’']*$")
# ... that asks how many, or at what pace ("How many people are crossing now?", "Et le
# rythme des arrivées ?"; not "De quoi les déplacés ont-ils le plus besoin ?")
_HOW_MANY = _rx(rf"\b(?:{V.HOW_MANY_WORDS})\b")
# an answer's count given as an estimate or a count made, not a count of something else
# ("Our estimate is 100 to 150 people a night", "we counted 312 people")
_ANSWER = _rx(
    rf"(?:\b(?:{V.ANSWER_WORDS})\W*(?:\w+\W+){{0,3}}"
    # (a transcript's answer, past a few words of when: "A. This morning, 212 people, sir")
    r"|^\W*(?:A|R|Answer|Réponse)\s*[:.]\s*[\"«“]?\s*(?:[\w’'-]+[\s,]+){0,3}?)$"
)


def _answers(s: str, q: Quantity) -> bool:
    """Does the number answer how many ("is 100 to 150", "we counted 312")?"""
    return _ANSWER.search(s, max(0, q.start - 40), q.start) is not None


def _sentence_figures(
    doc: Document, sent: Span, state: _DocState, pi: int = -1
) -> list[dict]:
    """The figures of a sentence."""
    s = _quiet_asides(sent.text)
    if s is not sent.text:
        sent = Span(sent.start, sent.end, s)
    # (a number that names a thing is no number here: "du secteur 1 ont pu réintégrer")
    qs = [q for q in find_quantities(s) if q.kind != "name"]
    if not qs:
        return []
    found = state.places(s)
    parts = [Span(c.start - sent.start, c.end - sent.start, c.text) for c in clauses(sent)]
    rows, prev = [], None
    for k, q in enumerate(qs):
        clause = _clause_of(parts, q, s)
        v = judge(
            s, qs, k, clause, prev, state.last_figure, state.doc_figure, state.heading_moves,
            state.heading_noun, state.last_said, state.asked(pi), state.site_level > 0,
            state.last_number_figure, state.said_figures,
        )
        if q.kind == "count" and q.value is not None:
            state.last_said[q.value] = v.is_figure
            state.last_number_figure = v.is_figure
        if v.head.unit != "duration" or not _TIME_SPAN_BEFORE.search(
            s, max(0, q.start - 40), q.start
        ):
            # a span of time ("in the past three days") is an adverb of its clause: the
            # next number's noun, or the group it is part of, lies before it
            prev = v
        if not v.is_figure:
            continue
        if q.value in state.said_figures and _quoted_again(doc.text, sent.start + q.start):
            # a line quoted from an earlier message, or a pull quote, repeats what the
            # document said before ("> 3,100 residents told to leave"): no new figure
            continue
        if v.measure == "stock" and (
            _RATE_AFTER.match(s, v.head.end) or _RATE_AFTER.match(s, q.end)
            or _RATE_BEFORE.search(s, max(0, q.start - 40), q.start)
        ):
            # people counted by the day or the week moved ("900 arrivals a day", "chaque jour
            # entre 100 et 150 personnes")
            v.measure = "flow"
        total = _is_total(s, v)  # a total is all the rows above it, not the row before it
        origin, dest, location, category, named_origin = _places(
            s, found, v, clause, state, total
        )
        own = (
            any(
                v.window[0] <= f.start < v.window[1]
                for f in found
                if f.role in ("at", "destination", "origin", "scene")
            )
            or v.head.nationality
        )
        own = own or any(  # a part named by its place ("Nouveaux déplacés : Goma 3 000")
            f.role not in ("demonym", "people") and _BLANK.fullmatch(s, f.end, q.start)
            for f in found
        ) or (
            v.label is not None
            and any(
                v.label[0] <= f.start < v.label[1]
                for f in found
                if f.role not in ("demonym", "people")
            )
        )
        if (
            v.inherited is not None
            and v.inherited.places[2] is not None
            and not own
            and not total
        ):
            # part of, or the same people as, a figure before it: same places
            origin, dest, location = v.inherited.places
            category = v.category or v.inherited.category
        said = v.category
        v.category = category or state.silent_category(
            location, named_origin, _DISASTER.search(s, clause.start, clause.end) is not None,
            partial(_arrives_unnamed, s, clause),
        )
        if v.category == "refugees" and state.crossing_home(said, v.head, location):
            v.category = said = "returned"
        state.note(said, v.category, origin, dest, location)
        if v.category == "fled" and (dest is not None or _goes_elsewhere_inside(s, v)):
            v.category = "displaced"
        v.places = (origin, dest, location)
        state.last_figure = state.doc_figure = v
        if q.value is not None:
            state.said_figures[q.value] = v
        if location is not None:
            state.last_location = location
            if not total:  # a second total sums the rows, not the rows and the first total
                state.located.append(location)
        # (a total or a stock after another count takes no pace said before it: "300
        # arrive every day, bringing the total to 45,000", "with 4,000 evacuated in total")
        rate_lo = clause.start
        if k > 0:
            next_start = next((x.start for x in qs[k + 1 :] if x.start > q.start), clause.end)
            if (
                v.measure == "stock"
                or _IN_TOTAL.search(s, q.start, min(next_start, clause.end))
                or _TOTAL_BEFORE.search(s, max(clause.start, q.start - 60), q.start)
            ):
                rate_lo = max(rate_lo, q.start)
        rate = _rate(s, rate_lo, clause.end)
        if rate:  # (most clauses say no rate: where it ends is asked only of those that do)
            rate = _rate(s, rate_lo, _rate_end(s, qs, k, v, clause))
        period = period_in(s, _before_comparison(s, qs, k, clause), q)
        rows.append(_row(doc, sent, clause, v, origin, dest, location, rate, period))
    return rows


# a count said as a total so far ("about 2,700 in total", "portant le total à 20 000",
# "200,000 have now arrived", "12,000 registered so far")
_IN_TOTAL = _rx(rf"\b(?:{V.SO_FAR_WORDS})\b")
_TOTAL_BEFORE = _rx(rf"\b(?:{V.TOTAL_LEADS})\b[^,;]{{0,40}}$")
# a count set against the one before it ("480,000 IDPs, up from 310,000 in March")
_COMPARED = _rx(rf"\b(?:{V.COMPARED_WORDS})\W*$")


def _before_comparison(s: str, qs: list[Quantity], k: int, clause: Span) -> Span:
    """The clause up to a later count it is compared with, when a time is said right after
    that count: it is that count's ("480,000 IDPs, up from 310,000 in March"; not "1.2
    million in Chad, compared with 800,000 in South Sudan, as of 31 May", said of both)."""
    for later in qs[k + 1 :]:
        if clause.start <= later.start < clause.end and _COMPARED.search(
            s, max(clause.start, later.start - 30), later.start
        ):
            comma = s.find(",", later.end, clause.end)
            if period_of(s[later.end : comma if comma >= 0 else clause.end]):
                return Span(clause.start, later.start, s[clause.start : later.start])
            return clause
    return clause


def _table_rows(doc: Document, lines: list[Span], table: T.Table, state: _DocState) -> list[dict]:
    """The figures of a table (`etl.table_figures`), as rows; a row that names no place is
    where the paragraph above the table is."""
    read = table_figures(
        lines, table, state.ctx, state.recent_place or state.section_place or state.ctx.main,
        state.places,
    )
    for f in read.figures:
        v = f.verdict
        said = v.category
        v.category = said or state.silent_category(v.places[2], v.places[0])
        state.note(said, v.category, *v.places)
        state.last_figure = state.doc_figure = v
    if read.last_location is not None:
        state.last_location = read.last_location
    return [
        _row(doc, f.row, Span(0, len(f.row.text), f.row.text), f.verdict, *f.verdict.places,
             "", f.period)
        for f in read.figures
    ]


def _row(doc, sent, clause, v: Verdict, origin, dest, location, rate, period) -> dict:
    q = v.quantity
    size = V.HOUSEHOLD_SIZE.get(v.unit, 1.0)
    best = q.value
    estimate = (
        best
        if best is not None
        else (
            (q.low + q.high) / 2 if q.low is not None and q.high is not None else (q.low or q.high)
        )
    )
    start, end = sent.start + clause.start, sent.start + clause.end

    def name(r):
        return r.name if r else ""

    def pid(r):
        return r.place_id if r else ""

    return {
        "figure_id": f"{doc.doc_id}#{sent.start + q.start}",
        "doc_id": doc.doc_id,
        "published": doc.published,
        "value": best,
        "value_low": q.low,
        "value_high": q.high,
        "approximate": bool(q.approximate),
        "unit": v.unit,
        "people_estimate": round(estimate * size) if estimate is not None else None,
        "category": v.category,
        "measure": v.measure,
        "rate": rate,
        "origin": name(origin),
        "destination": name(dest),
        "location": name(location),
        "origin_place_id": pid(origin),
        "destination_place_id": pid(dest),
        "location_place_id": pid(location),
        "iso3": location.iso3 if location else "",
        "admin1": location.admin1 if location else "",
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "period": period,
        "quote": doc.text[start:end],
        "char_start": start,
        "char_end": end,
        "confidence": round(v.confidence, 2),
        "number_text": q.text,
        "number_start": sent.start + q.start,
        "number_end": sent.start + q.end,
        "language": doc.language,
    }
