"""The words beside a number: the noun it counts (`head_noun`: refugees, households,
soldiers...) and the cues of its sentence (crossed, fled, killed, can host...), found
with the tables of `etl.vocabulary`; and `Verdict`, what the extractor concludes about a
number from them. `etl.figures` reads sentences with these, `etl.table_figures` tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl import vocabulary as V
from etl.quantities import Quantity
from etl.text import FirstOf, PatternSet, Span, title_case
from geo import gazetteer


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Tables of patterns are each compiled into one expression (etl.text.PatternSet, FirstOf):
# one scan of a sentence instead of one per row, with the same matches in the same order.
WORD_START, WORD_END = r"(?<![\w-])", r"(?![\w-])"  # a pattern stands as whole words
_B, _E = WORD_START, WORD_END
_HEADS = FirstOf([p for p, *_ in V.HEAD_NOUNS], "^", _E, re.IGNORECASE)
NOT_HEAD = FirstOf([p for p, c, *_ in V.HEAD_NOUNS if c == "not"], "^", _E, re.IGNORECASE)
_POST_HEAD = FirstOf([rf"\s*(?:{p})" for p, _ in V.POST_HEAD_ADJECTIVES], "^", _E, re.I)
_SKIP = rx(
    rf"^(?:{V.HEAD_SKIP_WORDS}|were|are|was|is|sont|étaient|était)(?![\w-])\s*|^[(),:]\s*"
    r"|^[dl][’']\s*"
    r"|^-odd(?![\w-])\s*"  # ("The 40-odd residents of Gipsy Point")
)
# "of a care home" after the noun of people (`V.CARE_HOMES`)
_OF_CARE_HOME = rx(
    r"^\s*(?:(?:of|at|in|from|de|du|des|à)\s+|d[’']\s*)(?:the |a |an |la |le |les |l[’']|un |une )?"
    rf"(?:[\w’'-]+ ){{0,2}}?(?:{V.CARE_HOMES}){_E}"
)
# (a stamp of digits: "[21-07 08:30]", "[12/08 06h15]"; not "[Kampala] Displacement Tracking")
_LOG_STAMP_ONLY = re.compile(r"\W*\[[\d\s:/.h-]{1,20}\]\W*")
_QUOTED_WORD_END = re.compile(r"[\w’'-]+\s*[\"”»]")
PARTITIVE = rx(rf"^\s*(?:{V.PARTITIVES})(?![\w-])")
# (patterns, the tags of each: (category or kind, measure))
_CUES = (
    PatternSet([p for p, *_ in V.DISPLACEMENT_CUES], _B, _E, re.IGNORECASE),
    [tuple(tags) for _, *tags in V.DISPLACEMENT_CUES],
)
NEGATIVES = (
    PatternSet([p for p, _ in V.NEGATIVE_CUES], _B, _E, re.IGNORECASE),
    [(kind, "") for _, kind in V.NEGATIVE_CUES],
)
_PERIODS = PatternSet(V.PERIODS, _B, "", re.IGNORECASE)
DISPLACED_NOUN = rx(
    rf"{_B}(?:{'|'.join(p for p, cls, _, _ in V.HEAD_NOUNS if cls == 'displaced')}){_E}"
)
# (see V.UNDONE_RETURN_BEFORE) the asking verb, its object, then "to" or "de"
_UNDONE_RETURN = rx(
    rf"{_B}(?:{V.UNDONE_RETURN_BEFORE}){_E}"
    rf"(?P<object>(?:[^.;:!?,()]|(?<=\d)[,.](?=\d)){{0,120}}?){_B}(?:to|de|d[’']|à)\s*$"
)
_NEW_CLAUSE = rx(rf"{_B}(?:who|which|that|qui|que|as|while|tandis|alors){_E}")
_RETURN_DONE = rx(rf"{_B}(?:{V.RETURN_DONE_BEFORE}){_E}\s+(?:to|de|d[’']|à)\s*$")
_RETURN_INFINITIVE = rx(rf"(?:{V.RETURN_INFINITIVES}){_E}")
# (see V.NEGATIONS) a negation and its fillers right before a cue; a sentence with none of
# the words is not searched cue by cue
_NEGATION = rx(rf"{_B}(?:{V.NEGATIONS}){_E}")
_NEGATION_RUN = rf"{_B}(?:{V.NEGATIONS})(?:\s+(?:{V.NEGATION_FILLERS}))*\s+"
_NEGATED = rx(rf"{_NEGATION_RUN}$")
# ... and after a count's noun, before the cue: "2,000 others were not able to leave",
# "1 500 personnes n'ont pas été évacuées" (a few words between: room for where they are
# from, "410 households from the Romiti quarter are still unable to return", or where they
# live, between commas: "160 résidents du périmètre rouge, au centre-ville, ne pourront pas
# rentrer")
_NOT_MOVING = rx(rf"\W{{0,3}}(?:(?:[\w’'-]+,?\s+){{0,8}}?){_NEGATION_RUN}")
_LEAVING = rx(rf"(?:{V.NEGATED_LEAVING}){_E}")
_LEFT_AFTER_ALL = rx(rf"{_B}(?:{V.LEFT_AFTER_ALL}){_E}")
_NO_QUANTITY = Quantity(0, 0, "", None, None, None, False)  # for `period_of`
# A total may name the group it sums: "Total Syriens", "Total refugees", "Total des déplacés".
TOTAL_LABEL = rx(
    # (in up to three words, "Total new arrivals", "Total des réfugiés enregistrés"; not a
    # place said after a preposition, "Total displaced in North Kivu", which is that place's)
    rf"(?:{V.TOTAL_LABELS})(?:\s+(?:(?:{V.TOTAL_OF})\s+)?[^\W\d_][\w’'-]*"
    r"(?:\s+(?!(?:in|at|from|to|à|au|aux|en|dans|of|de|du|des)\b)[^\W\d_][\w’'-]*){0,2}"
    # ("Total, four districts", "Total (Cabo Delgado)", "Total – Est", "Total-Nord-Kivu",
    # "TOTAL-GÉNÉRAL"; a hyphen before a small letter joins a word: "total-displacement")
    r"|(?:\s*[,(]|\s+[–-]\s+|\s*[–-]\s*(?-i:[A-ZÀ-Þ])(?<=\S))[^|\n:]{0,40}|\s*[–-]+)?"
    # ... or after it, the place it sums: "Jajarkot total", "North Kivu total"
    rf"|(?:[^\W\d_][\w’'-]*\s+){{1,3}}(?:{V.TOTAL_AFTER_PLACE})"
)


@dataclass
class Head:
    """The noun a number counts (`head_noun`), and what it says of the people."""

    cls: str  # displaced | people | affected (by a disaster) | staff | not | "" (no noun)
    unit: str
    category: str
    end: int  # where the noun phrase ends in the sentence
    partitive: bool = False
    nationality: bool = False  # the noun is a nationality ("1,300+ Congolese")


@dataclass
class Verdict:
    """What the extractor concluded about one number of a sentence."""

    quantity: Quantity
    head: Head
    is_figure: bool
    category: str = ""
    measure: str = "flow"
    unit: str = "people"
    confidence: float = 0.0
    why: str = ""
    arrival: bool = False  # the words say people arrived (the figure is where they arrived)
    inherited: Verdict | None = None  # the figure this one is part of, or restates
    places: tuple = (None, None, None)  # origin, destination, location (PlaceRefs)
    window: tuple[int, int] = (0, 0)  # the context read for this number, in the sentence
    clause_first: int = 0  # where the first number of its clause starts
    label: tuple[int, int] | None = None  # the label of a list row ("Beyrouth : 48 500")
    line_label: tuple[int, int] | None = None  # the label of the line the number is on
    place_window: tuple[int, int] = (0, 0)  # where places for this number are looked for
    part: tuple[int, int] | None = None  # a part named in passing, whose places are its own


def _unit_after(s: str, pos: int) -> tuple[str, int] | None:
    """The unit of a noun of households, families or children right after `pos`, and where
    it ends."""
    rest = s[pos : pos + 40]
    word = rest.lstrip()
    m = _HEADS.match(word)
    if m is None:
        return None
    _, cls, unit, _ = V.HEAD_NOUNS[m[0]]
    end = pos + len(rest) - len(word) + m[1].end()
    # (pupils are children: "900 displaced pupils")
    if cls not in ("people", "staff") or unit not in ("households", "families", "children") or (
        NOT_HEAD.match(s[end : end + 30].lstrip())  # ("family tents")
    ):
        return None
    return unit, end


_WITH_FAMILIES = re.compile(V.WITH_FAMILIES, re.IGNORECASE)
# (a nationality, then where its people are from: "Guinéens des villages", "Syriens du camp")
_OF_AFTER_DEMONYM = re.compile(r"\s+(?:des|du|de la|de l[’']|d[’'])(?=\s|\w)", re.IGNORECASE)


def head_noun(s: str, pos: int) -> Head:
    """The noun a number counts: "30,000 people", "des milliers de déplacés",
    "1,200 Goma residents", "55,000 of them" (partitive), "71,989 were Congolese"."""
    i, partitive, skipped_demonym = pos, False, False
    for _ in range(6):
        rest = s[i : i + 60]
        # (markdown emphasis around the number is no word: "**14,860** people")
        # (nor are quotation marks: "12 000 « personnes affectées »")
        lead = len(rest) - len(rest.lstrip().lstrip("*«“\"").lstrip())
        rest, i = rest[lead:], i + lead
        if m := PARTITIVE.match(rest):
            if "," in s[pos:i]:
                break  # "il en reste 140, dont 35 enfants": the next count's, a part of this one
            partitive, i = True, i + m.end()
            continue
        if hit := _HEADS.match(rest):
            _, cls, unit, cat = V.HEAD_NOUNS[hit[0]]
            end = i + hit[1].end()
            if cls == "displaced" and (unit_noun := _unit_after(s, end)) is not None:
                # the word says who moved and the noun after it what is counted ("3,560
                # displaced households", "1,200 refugee families")
                unit, end = unit_noun
            if (cls == "staff" or V.HEAD_NOUNS[hit[0]][0] is V.PEOPLE_AT_WORK) and (
                families := _WITH_FAMILIES.match(s, end)
            ):
                # (people, not things: "60 boats with their families aboard")
                return Head("people", "people", "", families.end(), partitive)
            if cls == "people" and NOT_HEAD.match(s[end : end + 30].lstrip()):
                return Head("not", "", "", end, partitive)  # "family tents"
            if cls == "people" and (a := _POST_HEAD.match(s[end : end + 40])):
                adj_cat = V.POST_HEAD_ADJECTIVES[a[0]][1]
                return Head("displaced", unit, adj_cat, end + a[1].end(), partitive)
            if cls == "people" and not cat and _OF_CARE_HOME.match(s[end : end + 60]):
                cat = "evacuated"
            return Head(cls, unit, cat, end, partitive)
        if m := _SKIP.match(rest):
            i += max(m.end(), 1)
            continue
        if any(c in '"“«' for c in s[i - lead : i]) and (m := _QUOTED_WORD_END.match(rest)):
            i += m.end()  # a word set in quotes ('25,000 "voluntary" evacuees')
            continue
        word = re.match(r"[A-ZÀ-Þ][\w’'-]*", rest)
        if word:
            mention = gazetteer.find(word.group())
            skipped_demonym = skipped_demonym or any(x.demonym for x in mention)
            i += word.end()
            if skipped_demonym and _OF_AFTER_DEMONYM.match(s, i):
                break  # "6 500 Guinéens des villages de la frontière": where they are from
            continue
        break
    if skipped_demonym:  # "1,300+ Congolese sheltering": the nationality is the noun
        return Head("people", "people", "", i, partitive, nationality=True)
    # No noun: the words skipped on the way ("4,500 arrived") are context, not a noun phrase.
    return Head("", "people", "", pos if not partitive else i, partitive)


def tagged_hits(patterns, s: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, *tags) of every match in s[lo:hi] of a table of patterns, row by row."""
    found, tags = patterns
    return [(m.start(), m.end(), *tags[i]) for i, m in found.hits(s, lo, hi)]


def cue_hits(s: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """Displacement cues within s[lo:hi]."""
    return [h for h in sentence_cues(s) if lo <= h[0] and h[1] <= hi]


@lru_cache(maxsize=4096)
def sentence_cues(s: str) -> tuple[tuple[int, int, str, str], ...]:
    """Every displacement cue of a sentence, found once (the same sentence is asked about
    for each of its numbers), except inside proper names: "Refugee Relief and Repatriation
    Commissioner" names an office, it does not say anyone returned."""
    hits = tagged_hits(_CUES, s, 0, len(s))
    if not hits:
        return ()
    headline = title_case(s)

    def in_a_name(h) -> bool:
        if headline:  # a headline in title case: every word is capitalised
            return False
        word = s[h[0] : h[1]]
        return (
            s[h[0]].isupper()
            and not word.isupper()
            and word not in V.ACRONYM_CUES
            and s[: h[0]].strip(' -•*–—:"“«(#') != ""
            # (a log's time stamp opens the line: "[21-07 08:30] Hélitreuillage de 37 ...")
            and not _LOG_STAMP_ONLY.fullmatch(s, 0, h[0])
        )

    negated = _NEGATION.search(s) is not None
    return tuple(
        h for h in hits
        if not in_a_name(h) and not _undone_return(s, h)
        and not (h[2] == "returned" and _TO_ASYLUM.match(s, h[1]))
        and not (negated and _NEGATED.search(s, max(0, h[0] - 60), h[0]))
    )


def not_moving(s: str, pos: int, hi: int) -> str | None:
    """The category of a negated cue after the noun ending at `pos` ("1,500 people have not
    been evacuated": "evacuated"; "2,000 others were not able to leave": ""), None when
    there is none, or when a cue that is not negated stands before or after it in the
    clause ("who fled Goma and have not returned", "who had been unable to leave were
    evacuated"): nothing moved for that count."""
    m = _NOT_MOVING.match(s, pos, hi)
    if m is None:
        return None
    if any(pos <= h[0] < hi for h in sentence_cues(s)) or _LEFT_AFTER_ALL.search(
        s, m.end() + 1, hi
    ):
        return None
    # (the cue first: "unable to go home" is a return not made, not a leaving)
    cue = next((h[2] for h in tagged_hits(_CUES, s, m.end(), hi) if h[0] == m.end()), None)
    return cue if cue is not None else "" if _LEAVING.match(s, m.end()) else None


# (a return cue, then up to a few words and the country that hosted them)
_TO_ASYLUM = re.compile(
    rf"(?:\s+(?:{V.TO_ASYLUM_GAP}))*\s+(?:{V.TO_ASYLUM_COUNTRY})", re.IGNORECASE
)


def _undone_return(s: str, cue: tuple[int, int, str, str]) -> bool:
    """Is this return cue a return only asked for or wanted (V.UNDONE_RETURN_BEFORE)?"""
    if cue[2] != "returned" or not _RETURN_INFINITIVE.match(s, cue[0]):
        return False
    before = s[max(0, cue[0] - 160) : cue[0]]
    asked = _UNDONE_RETURN.search(before)
    return (
        asked is not None
        and not _NEW_CLAUSE.search(asked["object"])
        and not _RETURN_DONE.search(before)
    )


_FROM_A_PLACE = re.compile(rf"{V.FROM_A_PLACE}(?-i:(?=[A-ZÀ-Þ]))", re.IGNORECASE)
_TIME_NAME = re.compile(rf"(?:{V.TIME_NAMES})(?![\w-])", re.IGNORECASE)


def _names_a_place(period: str) -> bool:
    """Does a time expression open on "depuis" and a place ("depuis Kalehe", "depuis la
    Tanzanie", "depuis Tabarre", "depuis les sites de Kanyaruchinya"; not "depuis Noël",
    "depuis la Toussaint", "depuis le Round 6")? A name the gazetteer lacks is a place
    unless it is the name of a time: reports name more small places than feasts."""
    opening = _FROM_A_PLACE.match(period)
    if opening is None:
        return False
    if opening.group("unit") or any(
        m.start == opening.end() and not m.demonym for m in gazetteer.find(period)
    ):
        return True
    return _TIME_NAME.match(period, opening.end()) is None


def period_in(s: str, clause: Span, q: Quantity) -> str:
    """The time expression of the clause nearest the number, never overlapping it."""
    best = None
    taken = set()  # (hits come pattern by pattern, in the order of V.PERIODS)
    for _, m in _PERIODS.hits(s, clause.start, clause.end):
        if m.start() in taken:
            continue
        taken.add(m.start())
        if m.start() < q.end and q.start < m.end():
            continue
        if _names_a_place(m.group()):
            continue  # "rapatriés depuis la Tanzanie": where they came from, not a time
        d = m.start() - q.end if m.start() >= q.end else q.start - m.end()
        if best is None or d < best[0]:
            # (spaces collapsed: an aside blanked out of the sentence leaves a run of them)
            best = (d, " ".join(m.group().split()).strip(" ,;."))
    return best[1] if best else ""


def period_of(line: str) -> str:
    """The time expression of a line with no number of its own (a table's header or
    caption: "IDPs Round 11", "(1er – 30 avril 2025)")."""
    return period_in(line, Span(0, len(line), line), _NO_QUANTITY)
