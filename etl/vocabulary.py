"""Every word list and rule table the extractor uses, in one place.

The extractor's code holds no words of English or French: it reads these tables. To teach
it a new term (a verb of flight, a vague quantity, a unit), add a row here and a case to
tests/test_vocabulary_cases.py. Patterns are regular expressions matched case-insensitively
on word boundaries; keep them short and general, never shaped after one sentence.
"""

from __future__ import annotations

# Tables: one row per line, wrapped by hand, so the formatter leaves them alone.
# fmt: off

# --- household sizes -------------------------------------------------------------------
# People per household or family when a report counts those instead of people. 5.0 is
# the planning figure OCHA and UNHCR use for eastern DR Congo and the Great Lakes; reports
# that give both counts in the dev set fall between 4.2 and 5.0 people per household.
HOUSEHOLD_SIZE: dict[str, float] = {"households": 5.0, "families": 5.0}

# --- numbers written as words ------------------------------------------------------------
# Words text2num understands, per language; the detector only needs to know which words
# can be part of a spelled-out number, text2num computes the value.
NUMBER_WORDS: dict[str, list[str]] = {
    "en": [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion",
    ],
    "fr": [
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
        "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
        "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante",
        "cent", "cents", "mille", "million", "millions", "milliard", "milliards",
    ],
}
# A lone article before a scale word means one of it: "a million", "un million".
ARTICLE_SCALES: dict[str, float] = {
    r"(?:a|one|un|une) half million|half a million|un demi-million|un demi million": 500_000,
    r"(?:a|one) quarter of a million|un quart de million": 250_000,
    r"three quarters of a million|trois quarts de million": 750_000,
    r"a million|one million|un million": 1_000_000,
    r"a thousand|one thousand|mille": 1_000,
    r"a hundred thousand": 100_000,
}
# "le million" in "dépassait le million": the scale word used as a noun.
DEFINITE_SCALES: dict[str, float] = {r"le million|the million mark|the one million mark": 1e6}

# Multipliers written after digits: "1.8 million", "45k", "1,2 million". Single letters
# count only when attached to the digits ("45k", "3m"): "500 m" is a distance.
ATTACHED_SCALES: set[str] = {"k", "m", "mn"}
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "mille": 1e3,
    "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
    "billion": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9,
    # South Asian reports' scales ("nearly 5 lakh people", "1.2 crore")
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Scale words that end a number in words only ("three hundred", "trois cents"): in a range
# of words they serve both ends ("between two and three hundred"), as SCALE_SUFFIXES do.
WORD_SCALES: dict[str, float] = {"hundred": 100, "cent": 100, "cents": 100}

# --- vague quantities ----------------------------------------------------------------------
# design.md: dozens 10-99, hundreds 100-999, thousands 1,000-9,999, tens of thousands
# 10,000-99,999, hundreds of thousands 100,000-999,999, millions 1e6-9.99e6.
# Longest patterns first: the scanner takes the first that matches at a position.
# (French drops "des" after "de": "le déplacement de milliers de personnes"; not "plus de
# milliers", "une hausse de milliers", nor the "de" inside "centaines de milliers")
_DE = "de" + "".join(
    f"(?<!{w} de)" for w in ("centaines", "dizaines", "plus", "moins", "hausse", "baisse",
                             "augmentation", "diminution", "passé", "passée", "passés", "passer")
)
VAGUE_QUANTITIES: list[tuple[str, float, float]] = [
    (r"(?:by the |several |many )?hundreds of thousands", 100_000, 999_999),
    (r"(?:by the |several |many )?tens of thousands", 10_000, 99_999),
    (rf"(?:des|ces|les|plusieurs|quelques|par|{_DE}) centaines de milliers", 100_000, 999_999),
    (rf"(?:des|ces|les|plusieurs|quelques|par|{_DE}) dizaines de milliers", 10_000, 99_999),
    # the singular after "several" or "a few": "several hundred new arrivals"
    (r"(?:several|a few) hundred thousand", 100_000, 999_999),
    (r"(?:several|a few) million", 1_000_000, 9_999_999),
    (r"(?:several|a few) thousand", 1_000, 9_999),
    (r"(?:several|a few) hundred", 100, 999),
    (r"(?:several|a few) dozen", 10, 99),
    (r"(?:by the |several |many )?millions", 1_000_000, 9_999_999),
    (r"(?:by the |several |many )?thousands", 1_000, 9_999),
    (r"(?:by the |several |many )?hundreds", 100, 999),
    (r"(?:by the |several )?dozens", 10, 99),
    (rf"(?:des|plusieurs|quelques|par|{_DE}) millions", 1_000_000, 9_999_999),
    (rf"(?:des|plusieurs|quelques|par|{_DE}) milliers", 1_000, 9_999),
    (rf"(?:des|plusieurs|quelques|par|{_DE}) centaines", 100, 999),
    (rf"(?:des|plusieurs|quelques|par|{_DE}) dizaines", 10, 99),
]
# Round numbers said as such: "une soixantaine" is about sixty, not a vague range; the
# value is approximate, as after "about"
_ROUND_FRENCH: dict[str, float] = {
    r"une dizaine": 10,
    r"une quinzaine": 15,
    r"une vingtaine": 20,
    r"une trentaine": 30,
    r"une quarantaine": 40,
    r"une cinquantaine": 50,
    r"une soixantaine": 60,
    r"une centaine": 100,
}
APPROXIMATE_NUMBERS: dict[str, float] = {
    # (the longer mention wins where two overlap: "half a dozen" over "a dozen")
    r"half a dozen|une demi-douzaine": 6,
    r"a dozen|une douzaine": 12,
    **_ROUND_FRENCH,
    # and as many thousands: "une centaine de milliers" is about 100,000
    **{f"{p} de milliers": v * 1_000 for p, v in _ROUND_FRENCH.items()},
    r"un millier": 1_000,
}

# --- qualifiers ------------------------------------------------------------------------------
# Verbs of a count that changed, before "from X to Y" (two counts, not a range)
CHANGE_VERBS: str = (
    r"rose|risen|rising|rises|increased|increasing|grew|grown|jumped|climbed|soared|swelled|"
    r"fell|fallen|dropped|declined|decreased|doubled|tripled|went up|gone up|went down|"
    r"passé|passée|passés|passées|passe|augmenté|grimpé|baissé|diminué|chuté|évolué"
)
# How a word before (or after) a number bounds it. kind: "min" -> value is a lower bound,
# "max" -> an upper bound, "approx" -> value is approximate, both bounds = value.
QUALIFIERS_BEFORE: list[tuple[str, str]] = [
    (r"more than|over|at least|upwards of|in excess of|no fewer than|no less than|above", "min"),
    (r"exceeding|exceeded|surpassing|topped|topping|passed", "min"),
    (r"plus de|plus d[’']|au moins|au minimum|d[’']au moins|dépassait|dépasse|dépassant", "min"),
    (r"nearly|almost|up to|close to|fewer than|less than|under|just under|as many as", "max"),
    (r"près de|presque|jusqu[’']à|moins de|quasiment|pas moins de", "max"),
    (r"about|around|roughly|some|approximately|approx\.?|an estimated|estimated|~", "approx"),
    (r"environ|quelque|quelques|approximativement|autour de|à peu près|estimé à|soit", "approx"),
]
# Adverbs that may stand between a qualifier and its number ("dépassait désormais le million").
QUALIFIER_FILLERS: str = (
    r"désormais|déjà|already|now|still|well|just|officially|reportedly|actuellement|encore|"
    r"à eux deux|in all|au total"
)
QUALIFIERS_AFTER: list[tuple[str, str]] = [
    (r"\+|or more|and more(?!\s+than)|ou plus|et plus(?!\s+d)", "min"),
]

# --- what follows a number: units and head nouns ----------------------------------------------
# noun pattern -> (head class, unit, category hint). Classes: "displaced" (the noun itself
# says the people moved), "people" (people, who may or may not have moved: the context
# decides), "not" (anything that is not people on the move: deaths, soldiers, money...).
# People named as going home ("South Sudanese returnees"): a head noun below, and what
# says a report's nationals are going to their own country (`etl.places.document_places`).
RETURNEE_NOUNS: str = r"returnees?|retournés?|rapatriés?|returned refugees"
# Verbs of carrying people somewhere ("a Turkish navy ship took about 2,000 people from Beirut
# port to Mersin"; a cue below), which move travellers only out of a place (PASSENGERS)
CARRY_VERBS: str = (
    r"took|brought|carried|ferried|transported|flew|flown|airlifted|airlifts|lifts|bused|"
    r"bussed|trucked|shuttled"
)
# Travellers, whom only an evacuation or being carried out of a place moves ("brought 6,212
# passengers out of Uganda"; not "the ferry carried 1,200 passengers from Dover to Calais")
PASSENGERS: str = r"passengers|passagers"
# People counted for what they do, not for where they live ("1,200 teachers", "pèlerins";
# a row of HEAD_NOUNS); with their families, people (WITH_FAMILIES)
PEOPLE_AT_WORK: str = (
    r"(?:migrant|seasonal|domestic|construction|health) workers|labou?rers|pilgrims|students|freshmen|freshers|journalists|reporters|delegates|delegations?|traders|"
    r"(?:international )?staff|employees|doctors|nurses|teachers|civil servants|candidates|voters|"
    r"étudiants|pèlerins|travailleurs|commerçants|enseignants|médecins|"
    r"fonctionnaires|candidats|électeurs|worshippers|fidèles|participants|attendees|stagiaires|"
    # crowds ("protesters poured into the main square")
    r"protesters|demonstrators|(?:football )?fans|supporters|spectators|manifestants|spectateurs|"
    r"athletes|athlètes|competitors|players|joueurs|"
    # litigants ("dix-huit autres requérants demandent au tribunal")
    # (not asylum seekers: "1 200 requérants d'asile", "3,400 applicants for asylum")
    r"(?:requérants|plaignants|plaintiffs|applicants|petitioners|claimants)"
    r"(?! (?:d[’']asile|for (?:asylum|refugee status|protection)))"
)

HEAD_NOUNS: list[tuple[str, str, str, str]] = [
    # places named after the people they hold are places ("more than 500 IDP sites")
    (r"(?:idp|refugee|returnee|displacement|evacuation)s? (?:sites?|camps?|settlements?|"
     r"centres?|centers?|shelters?|locations?|hosting areas?)"
     r"(?! (?:residents|inhabitants|population|dwellers))", "not", "", ""),
    # displaced people (returnees first, whatever they were displaced as: "IDP returnees",
    # "refugee returnees")
    (r"(?:idps?|refugees?) returnees|returnee (?:idps?|refugees?)", "displaced", "people", "returned"),
    (r"refugees?|réfugié(?:e)?s?|asylum[- ]seekers?|demandeurs? d[’']asile", "displaced", "people", "refugees"),
    (r"idps?|pdis?|internally displaced(?: persons| people)?|displaced(?: persons| people)?", "displaced", "people", "displaced"),
    (r"déplacé(?:e)?s?(?: internes)?|personnes déplacées", "displaced", "people", "displaced"),
    (RETURNEE_NOUNS, "displaced", "people", "returned"),
    # (and before the people's noun: "1,214 evacuated households")
    (r"evacuees?|évacués?|evacuated(?= (?:households|families|people|persons|residents|"
     r"children|villagers))", "displaced", "people", "evacuated"),
    (r"new arrivals?|arrivals?|newcomers?|arrivées?|nouveaux arrivants|arrivants", "displaced", "people", ""),
    # (and the people who crossed: "1,940 border crossers", "2,000-2,500 crossers in bush
    # camps")
    (r"crossings|entries|entrées|(?:border[- ])?crossers", "displaced", "people", "refugees"),
    # displacements counted, each a person displaced (IDMC's and DTM's unit)
    (r"displacements|déplacements", "displaced", "people", "displaced"),
    # people, whose move the context must show (members of families are people)
    (r"(?:family|household) members|membres (?:de (?:la |leurs? )?famille|du ménage)", "people", "people", ""),
    # the families that host displaced people, not them ("logés par 212 familles d'accueil",
    # "1,200 host families")
    (r"familles d[’']accueil|ménages d[’']accueil|host families|host households", "not", "", ""),
    # ("Une soixantaine de foyers sont sans logement"; a hostel is "un foyer d'accueil")
    # (nor the seat of a fire, a disease or unrest: "12 foyers actifs", "40 foyers d'incendie",
    # "foyers de choléra", "20 foyers de tension")
    (r"households?|(?-i:HHs?)|ménages?|foyers?(?! (?:d[’']accueil|d[’']hébergement|de jeunes|pour|"
     r"d[’'](?:incendies?|infection|insécurité|épidémie)|de (?:feux?|choléra|rougeole|mpox|"
     r"contamination|tensions?|crises?|violences?|l[’']épidémie|la maladie|travailleurs)|"
     r"actifs?|secondaires|épidémiques?|infectieux)\b)",
     "people", "households", ""),
    (r"families|family|familles?", "people", "families", ""),
    # (field chats write "kids", "ppl", "HHs": "Of the Ra EC ppl about 2,300 are kids")
    (r"children|kids|girls|boys|minors|enfants|filles|garçons|mineurs", "people", "children", ""),
    (r"people|ppl|persons?|individuals?|personnes?|individus|residents?|résidents?|civilians?|"
     r"nationals|ressortissants|citizens|citoyens", "people", "people", ""),
    (r"women|men|femmes|hommes|villagers|villageois|inhabitants?|habitants", "people", "people", ""),
    # people on the move, whose move the context says ("helicopters evacuated 23 migrants")
    # (not migrant workers, who move for work: see below)
    (r"migrants?(?! workers?| labou?rers?)|migrantes?|exilés|exilées", "people", "people", ""),
    (r"relatives|dependants", "people", "people", ""),
    # aid workers count only when evacuated ("évacué 27 travailleurs humanitaires"; not "40
    # additional aid workers arrived in Adré")
    (r"(?:aid|humanitarian) workers|travailleurs humanitaires|(?:un )?staff(?: members)?|"
     r"employees|employés|agents|civil servants|fonctionnaires|volunteers|bénévoles|"
     r"volontaires", "staff", "people", ""),
    # vehicles ("tens of thousands of cars on the coastal highway heading south")
    # the customers of a utility ("2 300 abonnés privés d'électricité"; clients below)
    (r"abonnés|subscribers", "not", "", ""),
    # places offered and applications made are no people ("offered a total of 135,000
    # places", "2,780 applications for the Rental Support payment", "3 412 demandes";
    # asylum applications are read as before)
    # (and registrations for aid: "FEMA has received 24,300 registrations for assistance")
    (r"places(?! (?:of|où|where)\b)|applications(?! for (?:asylum|refugee status|international protection))|"
     # (but registrations of people who moved are theirs: "12,000 registrations of Congolese
     # refugees", "of new arrivals", "of returnees")
     r"registrations(?! (?:of|as) (?:[\w-]+ ){0,2}?(?:refugees|asylum|IDPs|displaced|returnees|"
     r"(?:new )?arrivals|evacuees))|"
     r"demandes(?! d[’']asile| de (?:protection internationale|statut de réfugié))",
     "not", "", ""),
    (r"cars|vehicles|véhicules|voitures|trucks|lorries|camions|buses|bus|ambulances|"
     r"minibus(?:es)?|motorbikes|motorcycles|motos|tractors|tracteurs", "not", "", ""),
    # people who drive goods, not people displaced ("1,200 drivers stranded at the border")
    # (nor people stuck on the road: "thousands of motorists spent the night in their cars")
    (r"(?:truck |lorry )?drivers|chauffeurs|camionneurs|truckers|motorists|automobilistes|"
     r"commuters|navetteurs", "not", "", ""),
    (r"souls|âmes|others|autres", "people", "people", ""),
    # not displacement figures
    (r"(?:former |ex-)?(?:soldiers?|fighters?|combatants?|rebels?)|troops?|peacekeepers?|"
     r"militia(?:men)?|police(?:men)?", "not", "", ""),
    (r"gunmen|armed men|bandits|assailants|attackers|insurgents|jihadists|hommes armés|assaillants|insurgés|djihadistes|jihadistes|terroristes", "not", "", ""),
    (r"soldats?|militaires?|troupes?|combattants?|casques bleus|miliciens?|rebelles?|policiers?", "not", "", ""),
    (r"deaths?|dead|bodies|victims|casualties|fatalities|killed|wounded|injured|hostages", "not", "", ""),
    (r"morts?|décès|tués?|victimes|blessés?|otages|corps", "not", "", ""),
    (r"detainees|prisoners|inmates|détenus|prisonniers", "not", "", ""),
    # papers issued to people, not people ("Of the 5,600 return permits issued, about
    # 4,100 people had come back on them")
    (r"(?:(?:return|re-entry|entry|travel|residence|work|transit) )?(?:permits?|passes(?! (?:through|by|via|into|across|over|along)\b)|visas?)"
     r"|permis(?: de (?:retour|séjour|travail|circuler))?|laissez-passer|sauf-conduits"
     r"|invoices|bills|receipts|(?:insurance )?claims|factures|reçus", "not", "", ""),
    # (births in camps are no arrivals: "Births registered in camps this week: 212")
    (r"births|naissances|accouchements|deliveries", "not", "", ""),
    # (things put in safety: "environ 2 400 objets ont été mis à l'abri à l'étage")
    (r"objets|objects|artefacts|artifacts|œuvres|artworks|archives", "not", "", ""),
    # (an alert's messages: "3,100 residents told to leave by 112 alerts")
    (r"alerts|alertes|warnings|avertissements|text messages|sms"
     r"|cases|cas|consultations|doses|beds|lits|cots|camp beds|mattresses|matelas|meals|repas|kits|tents|tentes|latrines|complaints|plaintes|requests|phone calls|calls|appels"
     r"|bâches|tarpaulins|nattes|blankets|couvertures|jerrycans|moustiquaires|mosquito nets"
     # ("with 300 sheets of zinc bought by the fishermen's co-operative")
     r"|(?:roofing )?sheets|tôles", "not", "", ""),
    # places where people cross, counted ("dozens of informal crossing points")
    (r"(?:(?:informal|official|formal|unofficial|irregular|illegal) )?(?:crossing points?|checkpoints?|entry points?)"
     r"|(?:points de passage|postes frontières|points d[’']entrée)(?: (?:informels|officiels|non officiels))?", "not", "", ""),
    # (not the verbs: "hundreds more shelter in the shopping centre", "2,000 camp in the open")
    # ("living in 268 bush shelters")
    (r"schools?|écoles?|sites?|camps|centres?|centers?|shelters|bush shelters|huts|shacks|abris|"
     r"houses|homes|maisons"
     r"|(?:camp|shelter)(?! (?:in|at|on|under|with|near|around|outside|inside|along|beside)\b)",
     "not", "", ""),
    # (and other buildings, which an evacuation empties: "around 1,800 buildings had been
    # evacuated", "une quarantaine de chalets")
    # ("more than 600 public buildings now shelter over 56,000 people")
    (r"(?:public )?buildings|bâtiments|immeubles|chalets|cabins|bungalows|dwellings|habitations|logements|"
     r"apartments|appartements|flats|(?:hotel )?rooms|chambres(?: d[’']hôtel)?", "not", "", ""),
    # the kind of a camp or site, not of its residents ("312 relief camps", "197 formal and
    # informal sites"; "4,000 collective site residents" are people)
    (r"(?:relief|reception|evac(?:uation)?|collective|informal|temporary|makeshift|formal and informal|formal"
     r"|safety|transit|welfare|emergency|rest)"
     r"\s+(?:camps?|sites?|centres?|centers?|shelters?)(?!\s+(?:residents?|dwellers?|occupants?|inhabitants?))", "not", "", ""),
    # ... and evacuation centres as field chats write them ("23 ECs open", "61 ECs have
    # been opened")
    (r"(?-i:ECs)\b", "not", "", ""),
    # people who move for other reasons ("2,000 workers left for Saudi Arabia", "1,500
    # students reached Kinshasa")
    # (not "aid workers ... were evacuated": their evacuation is a figure)
    # ... except pupils, children whom an evacuation moves as a figure ("ont évacué environ
    # 300 élèves de l'internat vers Dédougou"; not "1,500 students reached Kinshasa"), or
    # their families' displacement (PUPILS, etl.figures)
    (PUPILS := r"pupils|schoolchildren|élèves|écoliers", "staff", "children", ""),
    # ... and patients, whom a hospital's evacuation moves ("a évacué 320 patients")
    # ("Environ 150 malades ont dormi à même le sol à l'hôpital de Goma")
    (r"patients|malades", "staff", "people", ""),
    # ... and tourists, whom an evacuation out of a disaster moves ("3 200 touristes
    # bloqués ont été évacués"; not "tourists flocked to the coast"), or a resort's guests
    # ("les hélicoptères ont évacué 1 850 hôtes"; not "la station accueille encore plusieurs
    # milliers d'hôtes")
    # (and festival-goers: "Quelque 2 000 festivaliers ont dormi sous des tentes")
    (r"tourists|touristes|vacanciers|holidaymakers|estivants|visitors|guests|hôtes|"
     r"festivaliers|festivalières|festival-goers|festivalgoers|"
     # (and scouts or campers, whom only an evacuation moves: "Some 2,000 scouts spent
     # their first night under canvas at the jamboree")
     r"scouts|campers|campeurs|"
     # (and a union's members, whom their homes' loss may displace: "Notre syndicat
     # partenaire compte 2 430 adhérents", "| Adhérents sans logement |")
     r"adhérents|adhérentes|syndiqués|union members|"
     # (and a firm's customers, moved only when words say so: "| Clients relogés hors de
     # leur domicile |"; not "2 300 clients privés d'électricité")
     r"clients|clientes|customers|"
     # (and passengers, whom an airlift or a boat takes away: "our crews have brought 6,212
     # passengers out of Uganda"; not "1,200 stranded passengers", "26,530 passengers leaving")
     rf"{PASSENGERS}",
     "staff", "people", ""),
    (PEOPLE_AT_WORK,
     "not", "", ""),

    # people affected by a disaster are not all displaced ("12 000 sinistrés"): those a
    # site shelters are ("l'école, transformée en site d'accueil, abrite 1 730 sinistrés")
    (r"sinistrés|sinistrées|damnificados|damnificadas", "affected", "people", ""),
    (r"affected people|people affected|personnes affectées", "not", "", ""),
    # events counted, not people ("222 fire incidents")
    (r"(?:fire |security )?incidents|attacks|attaques|incendies", "not", "", ""),
    (r"villages?|localités?|territories|territoires|provinces?|districts?|zones?|health zones|communes?", "not", "", ""),
    (r"trucks?|camions?|bus(?:es)?|boats?|bateaux|vehicles?|véhicules?|flights?|vols?|"
     r"vessels?|ships?|navires?|aircraft|planes?|avions?|coaches|cars", "not", "", ""),
    (r"tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|hectares?|ha", "not", "", ""),
    (r"km[²2]?|m[²2]|kilomet(?:re|er)s?|kilomètres?|miles?|metres?|meters?|mètres?|square|mm|cm|millimet(?:re|er)s?|millimètres?|centimet(?:re|er)s?|centimètres?", "not", "", ""),
    # (a storm's pressure and winds: "pression centrale de 905 hPa", "285 km/h", "140 mph")
    # (millibars in lower case: "MB" is Manitoba, "2,300 MB residents")
    (r"hpa|mbar|(?-i:mb)|millibars?|kts|knots|nœuds|mph", "not", "", ""),
    (r"dollars?|euros?|francs?|usd|us\$|pounds|shillings|fc|fbu|naira|gourdes?|f?cfa|xof|xaf|birr|rupees?|cedis?", "not", "", ""),
    # a currency's sign after the amount, as French writes it ("750 $ par ménage", "50 €")
    (r"[$€£](?:\s?(?:us|usd|can|cad|ca))?", "not", "", ""),
    # the currencies of the other crises' countries ("4 million Iraqi dinars")
    (r"dinars?|dirhams?|riyals?|rials?|liras?|lire|pesos?|reais|bolívares|bolivares|bolívars?|soles|"
     r"taka|kyats?|hryvnias?|roubles?|rubles?|yuan|yen|rand|kwacha|meticais|meticals?|"
     r"ariary|leones?|ouguiyas?|lempiras?|quetzales|quetzals?|córdobas?|dalasis?|lei|zlotys?|"
     r"manats?|drams?|pula|nakfa|shekels?", "not", "", ""),
    # a span of time ("in the past three days"): unit "duration", see etl.figures
    # a time after a number is no noun of it ("compared with 5,100 the week before")
    (r"the (?:previous |preceding |same )?(?:day|week|fortnight|month|year)"
     r"(?: before| earlier| prior)?(?![\w-])", "", "", ""),
    (r"years?|months?|weeks?|days?|hours?|minutes?|ans|années?|mois|semaines?|jours?|heures?", "not", "duration", ""),
    (r"times|fois|percent|per ?cent|pour ?cent|%|points?|organisations?|organizations?|agencies", "not", "", ""),
    (r"companies|entreprises|entities|countries|pays|partners|partenaires|ngos?|ong", "not", "", ""),
    # (not the people who keep them: "1,500 sheep herders fled into Chad")
    (r"(?:(?:head of )?(?:cattle|livestock)|animals|têtes|goats|chèvres|animaux|bêtes|bétail|"
     r"cheptel|sheep|moutons|cows|vaches|camels|chameaux|pigs|porcs|poultry|volailles|"
     # ("Bega showground has about 800 people, and hundreds of horses")
     r"horses|chevaux|dogs|chiens|pets|"
     # ("Environ 1 200 bovins ont été déplacés vers les étables")
     r"bovins|ovins|caprins|buffles|buffaloes|oxen|bœufs|boeufs|mules|donkeys|ânes)"
     r"(?!\s+(?:herders?|farmers?|keepers?|breeders?|owners?|traders?|rearers?|producers?)\b)", "not", "", ""),
    (r"violations?|incidents?|abus|abuses|attacks?|attaques?|raids?|crimes?|infractions?", "not", "", ""),
]
# Words before a span of time that make it an adverb of its clause ("in the past three
# days", "over two weeks", "en deux jours", "ces trois derniers jours"), as opposed to a
# complement ("waited 3 days for 2,500 food kits"): see etl.figures.
TIME_SPAN_BEFORE: str = (
    r"in|over|within|during|throughout|past|last|previous|first|next|"
    r"en|dans|depuis|pendant|durant|ces|des|derniers|dernières|premiers|premières"
)
# Words before a four-digit number that make it a year even when people follow it ("in
# 2019 refugees returned", "the 1994 refugees", "from 2018 to 2022 refugees"); without
# one, "2000 persons" and "plus de 2000 personnes" count people.
# A small whole number right after one of these names a thing, it counts nothing ("les
# résidents du secteur 1", "the EC at Camp 11", "Bulletin No. 20", "UN CONSEILLER (district
# 4)"): `etl.quantities` gives it the kind "name", so it does not cut the words around the
# figures beside it.
# A place's number has one or two digits ("secteur 12", "Camp 20"): "At Minawao camp 200
# arrived on Monday" counts people. A document's may have three ("Sitrep 143").
NUMBER_NAMERS: str = (
    r"sectors?|secteurs?|zones?|camps?|sites?|blocks?|blocs?|wards?|districts?|cells?|"
    r"cellules?|sections?|quartiers?|phases?|levels?|niveaux?|categor(?:y|ies)|catégories?|"
    r"gates?|portes?|lots?|plots?|parcelles?"
)
DOCUMENT_NUMBER_NAMERS: str = (
    r"n[°º]|no\.|nr\.|numéro|bulletin|update|report|rapport|sitrep|résolution|resolution"
)
# ... and the ones whose number may be of any length ("[Question 8841]", "case 20417")
CODE_NUMBER_NAMERS: str = (
    # (not "In that case 400 were moved", "In each case 200 to 300 people fled")
    r"question|motion|petition|pétition|amendment|amendement|dossier|ticket|réf\.?|ref\.?|"
    # (a road's number: "la route départementale 559", "Highway 97")
    r"départementale|nationale|highway|interstate|autoroute|"
    r"case(?<!\bin case)(?<!that case)(?<!this case)(?<!each case)(?<!either case)"
    r"(?<!any case)(?<!worst case)(?<!best case)(?<!such case)(?<!which case)(?<!every case)"
)
# Makers whose number names an aircraft or a vehicle, whatever follows ("a Qantas Boeing
# 747 lifts 674 people to Sydney"): `etl.quantities` gives it the kind "name".
# (not Douglas, a town and a name: "In Douglas 300 people were evacuated")
MODEL_NAMERS: str = r"Boeing|Airbus|Antonov|Ilyushin|Tupolev|Lockheed|Embraer|Cessna"
YEAR_BEFORE: str = (
    r"in|since|by|until|till|during|from|before|after|early|late|mid|end|year|the|"
    r"en|depuis|avant|après|dès|jusqu[’']en|fin|début|mi|année|l[’']an|le|la|les|"
    r"(?:19|20)\d\d\s*(?:to|and|et|à|au|-|–)"
)
# Evicted from where they lived ("évincés", "délogés"); not for rent owed, nor a team from a
# tournament ("300 tenants were evicted for failing to pay rent")
EVICTED: str = (
    r"(?:evicted|évincé(?:e|s|es)|délog(?:é|ée|és|ées))(?! (?:for|over|pour) (?:(?:failing|failure) "
    r"to pay|non-?payment|not paying|unpaid|arrears|(?:the )?rent|loyers? impayés|non-paiement)"
    r"| from (?:the|a) (?:tournament|competition|cup|league|contest)\b)"
)
# Adjectives after the noun that say who the people are ("4 000 ménages déplacés",
# "80 000 personnes déplacées"): part of the noun phrase, with the category they give.
POST_HEAD_ADJECTIVES: list[tuple[str, str]] = [
    (r"déplacé(?:e)?s(?: internes)?|internally displaced|displaced", "displaced"),
    # ("1 200 ménages évincés de leurs terres ... vivent dans", as "ménages déplacés")
    (EVICTED, "displaced"),
    (r"réfugié(?:e)?s|demandeurs d[’']asile", "refugees"),
    (r"rapatrié(?:e)?s|retourné(?:e)?s|returnees", "returned"),
    (r"évacué(?:e)?s|evacuated", "evacuated"),
]
# Homes whose residents, moved anywhere in a disaster, are evacuees ("les 57 résidents de
# l'EHPAD de Saint-Martin-Vésubie, transférés à Nice", "Seventy residents of the nursing
# home were transferred"): the category of people of one, after their noun, which a verb
# of going home still beats (`etl.cues.head_noun`)
CARE_HOMES: str = (
    r"EHPAD|maisons? de retraite|résidences? pour (?:aînés|personnes âgées)|(?-i:EMS|CHSLD)|"
    r"nursing homes?|care homes?|retirement homes?|old people[’']s homes?|"
    r"homes? for the elderly|aged care (?:homes?|facilit(?:y|ies))"
)
# Words that may stand between a number and its head noun ("1,200 Goma residents",
# "6,810 recently arrived refugees", "des dizaines de milliers de déplacés").
HEAD_SKIP_WORDS: str = (
    # (what a count of things is of: "312 suspected cholera cases", "380 hygiene kits")
    r"cholera|measles|malaria|choléra|rougeole|paludisme|hygiene|hygiène|dignity|relief|"
    r"of|of the|of them|de|des|du|new|newly|recently|additional|more|other|further|"
    r"fresh|registered|vulnerable|internally|estimated|un|the|nouveaux|nouvelles|nouvelle|"
    r"nouveau|autres|anciens|anciennes|unarmed|armed|government|foreign|local|young|"
    r"arrived|displaced|returning|elderly|already|suspected|confirmed"
)
# Partitives: "55,000 of them", "14 d'entre elles": the number counts part of the previous
# group and shares its fate.
# (not a survey's sample: "300 of those surveyed said they lacked water")
PARTITIVES: str = r"of them|of whom|of these|of those(?! (?:interviewed|surveyed|polled|questioned|asked|sampled|responding|who (?:responded|answered)))|d[’']entre eux|d[’']entre elles|parmi eux|dont"
# The same said before the number: "..., dont environ 160 000 dans la capitale".
# Counts paired one by one with what follows ("two and three thousand families arrived in
# Kosti and Rabak respectively"): two counts, not a range (etl.quantities)
RESPECTIVELY: str = r"respectively|respectivement"
# Words that open an aside between dashes saying who the people counted are ("Some 1,500
# refugees – most of them women and children – arrive", "– dont 600 enfants –" has a
# number and splits): the aside stays in the count's clause (etl.text.clauses)
# Words that set the place an aside names apart from the figure ("– unlike in Bunia –",
# "– not including those already in Rafah –", "– as in Djugu last year –")
APART_WORDS: str = (
    r"not|unlike|like|excluding|except|apart from|besides|as in|as with|compared|close to|"
    r"similar|than|that of|those of|non compris|sans compter|hors|sauf|contrairement|comme|"
    r"à l[’']instar|proche|que celui|que ceux|pas"
)
ASIDE_OPENERS: str = (
    r"most|mostly|mainly|many|nearly all|almost all|largely|among them|among whom|including|"
    r"the majority|the vast majority|all of them|half of them|women and children|"
    r"la plupart|pour la plupart|surtout|principalement|essentiellement|majoritairement|"
    r"parmi eux|parmi elles|parmi lesquels|en majorité|dont"
)
PARTITIVES_BEFORE: str = (
    r"dont|including|of whom|among them|parmi lesquels|parmi eux|"
    # a sentence opening on the figure before it ("Of these, 15,870 have been registered")
    r"of these|of those|among these|among those|parmi ceux-ci|parmi celles-ci|parmi elles|"
    # ("Of these people, 748 were from the Lismore LGA")
    r"of these people|of those people|parmi ces personnes"
)
# ... and the verb that may stand between it and the count ("Among them were 642",
# "Parmi elles figuraient 642 enfants")
PARTITIVE_BEING: str = (
    r"were|are|was|is|figuraient|figurent|figurait|figure|se trouvaient|se trouvent|"
    r"on compte|on comptait|il y a|il y avait"
)

# Words right after people counted for another reason (tourists, pupils, a union's members)
# that say they lost their home, and so are displaced ("312 adhérents sans logement")
HOMELESS_WORDS: str = (
    r"sans (?:logement|abri|toit)|sans-abri|homeless|displaced|déplacée?s|whose homes? (?:was|were) "
    r"(?:destroyed|lost)|dont (?:la|les) maisons? (?:a|ont) été (?:détruites?|rasées?)"
)

# Names of days and months, as the cues below and the periods (PERIODS) read them
_MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_FR = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_WEEKDAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAYS_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# The ways people are carried, as "left by", "were moved by", "taken off by" read them
_VEHICLES = (r"ambulances?|bus(?:es)?|coach(?:es)?|boats?|ships?|ferr(?:y|ies)|canoes?|"
             r"helicopters?|planes?|air|sea|road|rail|trains?|cars?|trucks?|lorr(?:y|ies)")
# ... and the errands they are carried on, which move nobody from home ("150 children were
# taken by bus to school", "to the polls", "to hospital"; but "to schools in Lismore",
# used as shelters, nor "to the stadium", which often is one)
_ERRANDS = (r"school|classes|work|church|mass|polls?|polling|rall(?:y|ies)|match(?:es)?|"
            r"campaign|meetings?|funerals?|markets?|court|prison|hospitals?|clinics?")

# --- context cues --------------------------------------------------------------------------------
# Words near a number that make it a displacement figure, with what they say of its
# category and measure ("" = silent). Searched in the clause around the number.
# housing put up for people who lost theirs (English words: DISPLACEMENT_CUES)
_TEMPORARY_HOUSING_FR = r"caravanes?|mobil-homes?|conteneurs?|abris (?:provisoires?|temporaires?)"
# the people who take others in ("have gone to stay with relatives"), and, in French, living
# with them ("vivent encore chez des proches"; not "chez leurs parents", where children live)
_HOST_PEOPLE = r"relatives|family|families|friends|host families|neighbours"
# people who camp somewhere because they moved (not scouts or festival-goers)
_CAMPERS = ("familles", "ménages", "personnes", "déplacés", "sinistrés", "families",
            "households", "people", "displaced", "evacuees")


def _right_after(words: tuple[str, ...], literals: tuple[str, ...]) -> str:
    """One of `literals` right after one of `words` and a space ("families camping",
    "people on board"), written literal first: the scanner of a table of patterns tries
    every alternative at every word, and one led by a lookbehind costs at each of them."""
    return "(?:" + "|".join(
        lit + "(?:" + "|".join(f"(?<={w} {lit})" for w in words) + ")" for lit in literals
    ) + ")"


# "ont rejoint", "rejoignent", "rejoindre": the forms of joining a place or people
REJOINDRE = r"rejoi(?:nt|gnent|gnaient|gnant|ndre)"


def _not_right_after(words: tuple[str, ...], literals: tuple[str, ...]) -> str:
    """One of `literals`, not right after one of `words` (see `_right_after`)."""
    return "(?:" + "|".join(
        lit + "".join(f"(?<!{w} {lit})" for w in words) for lit in literals
    ) + ")"
_WITH_HOSTS_FR = (
    r"(?:encore |toujours )?chez (?:des (?:proches|amis|voisins|familles d[’']accueil)|de la parenté)"
)
# sleeping somewhere: "sleep at the transit area", "dorment aussi dans les rues"
_SLEEPING = (
    # (each word first, as the scanner of a table of patterns likes them: no optional
    # auxiliary before "dormi")
    r"(?:slept|sleep|sleeping|waiting|wait|waited|dorment|dormaient|dormir|dormi|ont dormi|"
    r"avaient dormi|attendent|attendaient|spent (?:the|last|that) night(?: and the "
    r"(?:following|next)(?: ones| nights| days)?)?|"
    r"spent (?:several|two|three|four|many|the last few|the past few) nights|"
    r"passé la nuit|ont passé la nuit|avaient passé la nuit|passent la nuit) "
    # (which night: "ont passé la nuit de samedi dans des centres d'accueil")
    rf"(?:(?:of|de|du) (?:{_WEEKDAYS_EN}|{_WEEKDAYS_FR})(?: (?:to|à|au) \w+)? )?"
    r"(?:(?:also|still|aussi|encore|toujours) )?"
    # (for a time: "dorment depuis dix jours sur la place")
    r"(?:(?:depuis|pendant|for) (?:[\w-]+ ){1,3})?"
)
# (not the shelters of a metro in an air raid: "about 3,000 people were in the shelters
# of the Kyiv metro", "spent the night in the shelters of Kharkiv's metro stations")
# things collected, not people taken in ("Les dons ont été recueillis par la Croix-Rouge")
_COLLECTED = ("dons", "fonds", "chiffres", "données", "témoignages", "signatures", "échantillons",
              "informations", "propos", "sommes", "montants", "pétition")
_NOT_METRO = r"(?! (?:of|in) (?:the )?(?:[\w’'-]+ ){0,2}(?:metro|subway|underground)\b)"
# a count right ahead ("moved 1,140", "moved another 430")
_NUMBER_WORD = "|".join(w for ws in NUMBER_WORDS.values() for w in ws if w not in ("one", "un", "une"))
_COUNT_AHEAD = (
    r"(?:(?:another|some|about|around|over|more than|nearly|almost|at least|between|up to|environ|quelque|"
    r"something like|roughly|an estimated|approximately|close to|"
    r"plus de|près de|au moins|entre|jusqu[’']à) )?"
    # (digits, or a number in words: "took something like eighty thousand people out of
    # Vargas"; not "one", "un", "une", which are as often articles)
    r"(?:\d|(?:" + _NUMBER_WORD + r")\b"
    # (... of people: another number word or a noun of people after it, not "moved two
    # kilometres", "moved three battalions", "took two hours")
    r"(?=[\s-]+(?:" + _NUMBER_WORD + r"|or so|odd)\b|(?:\s+[\w’'-]+){0,2}?\s+(?:"
    r"people|persons|residents|civilians|families|households|children|evacuees|villagers|"
    r"refugees|displaced|IDPs|returnees|others|more|personnes|familles|ménages|habitants|"
    r"déplacés|réfugiés|enfants|retournés|rapatriés|sinistrés|évacués|autres)\b))"
)
# Events a crowd goes to or is held for: people taken or held for one did not move
CROWD_EVENTS: str = (
    r"rall(?:y|ies)|campaigns?|elections?|ceremon(?:y|ies)|festivals?|celebrations?|meetings?|"
    r"conferences?|talks|summits?|workshops?|matche?s?|concerts?|funerals?|prayers?"
)
# ... not to a crowd's event ("shuttled about 40 people, mostly journalists, from Goma to
# Bunia for the ceremony", "Buses brought 300 people to Kinshasa for the rally", "dorment au
# stade pour le concert de samedi")
_FOR_AN_EVENT = (
    r"(?![^.;]{0,60}?\b(?:for|pour) (?:the |a |an |le |la |les |un |une |l[’'])?(?:[\w-]+ )?"
    rf"(?:{CROWD_EVENTS})\b)"
)
_SLEEPING_AT = (
    rf"{_SLEEPING}(?:at|in|on|near|around|dans|à|au|aux|sur|près d[eu]s?) "
    r"(?:a |the |des |les |une |la |le |l[’'])?"
)
# What a bracket after "Population" says of a row under a heading of camps that makes it
# no camp's people ("Population (host community): 45,000", "Population (2021 census)")
NOT_SITE_POPULATION: str = (
    r"host|hosting|hôtes?|d[’']accueil|census|recensement|general|générale|district|county|"
    r"province|région|region|national"
)
# Cues written as a plural acronym, which is no proper name ("9,230 in ECs"; "IDPs" inside
# a sentence is left out, as other capitalised cues are: `etl.cues.sentence_cues`)
ACRONYM_CUES: frozenset[str] = frozenset({"ECs"})
# Labels that say a line repeats an earlier one ("ICYMI: around 4,000 residents sheltered on
# the foreshore", a thread's recap): what follows them is compared with the sentences
# before it, as a pull quote is (`etl.figures`)
REPEAT_LABELS: str = r"ICYMI|RT|Repost(?:ed|ing)?|Recap|Reminder|Again|Pour rappel|Rappel"
# Evacuation centres: a table header of people in them counts evacuees ("Families inside ECs", as
# Philippine reports write them)
EVACUATION_CENTRES: str = (
    r"evac(?:uation)? cent(?:re|er)s?|centres? d[’']évacuation|(?-i:ECs?)\b"
)
# The category of people someone moved: evacuated, but weaker than the noun of the people
# (refugees, IDPs, returnees moved to a camp stay what they are), where "evacuated" itself
# beats it ("110 000 déplacés évacués")
MOVED_BY_OTHERS = "moved by others"
# ... unless moved to a camp, site or settlement (a relocation: "UNHCR moved 3,400 people to
# Farchana camp", "moved 1,500 families to a new site") or by force ("Soldiers forcibly
# moved 2,000 villagers"): then their category is the report's. Moved out of a danger,
# wherever to, they are evacuated ("780 residents of two villages judged at high risk of
# a new attack, to the Daudu camps").
RELOCATION_WORDS: str = (
    r"camps?|sites?|settlements?|forcibly|by force|de force|forcés?|relocation|relocalisation"
)
# What drives people out ("4,000 households arrived after renewed clashes"): people it
# moved are not returnees coming home, whatever the report's other figures
CAUSE_WORDS: str = (
    r"clashes|fighting|attacks?|strikes|violence|bombing|shelling|floods?|flooding|drought|"
    r"insecurity|combats|affrontements|attaques|frappes|violences|bombardements|"
    r"inondations|sécheresse|insécurité"
)
DANGER_WORDS: str = r"risk|ahead of|threat|threatened|danger|risque|menace\w*"
# the people named right before "left <Place>" (a lookbehind each: the cue is the verb)
# ... and before "ont gagné <Place>", which then says where people went
_GAINERS = ("personnes", "familles", "ménages", "autres", "déplacés", "déplacées", "habitants",
            "réfugiés", "et", r"\b\d{3}")  # (a count's last three digits, "2 000 ont gagné"; not "M23")
_LEAVERS = ("households", "families", "people", "ppl", "persons", "residents", "villagers",
            "civilians", "inhabitants")

# Going to their own country, not to the one that hosted them or a neighbour ("repartent
# vers leur pays d'origine", "headed to their country"; not "vers leur pays d'accueil",
# money "sent to their country")
_HOST_COUNTRY = (
    r"(?! d[’'](?:accueil|asile)| de (?:premier )?(?:asile|transit)| hôtes?|\s*voisins?"
    r"| of (?:asylum|refuge|transit))"
)
# ... and going back to the country that hosted them is no return home ("retournent vers
# leur pays d'asile après une visite au Burundi")
_ASYLUM_COUNTRY_NAMES: str = (
    r"(?:leurs?|son|sa|le|les) (?:pays d[’'](?:accueil|asile)|pays de (?:premier )?asile)"
    r"|(?:their|his|her|the) (?:host countr(?:y|ies)|countr(?:y|ies) of (?:first )?asylum)"
)
TO_ASYLUM_COUNTRY: str = (
    rf"(?:vers|dans|à|au|aux|en|to) (?:{_ASYLUM_COUNTRY_NAMES})"
    # (the country named, then what it is to them: "returned to Uganda, their host country")
    rf"|(?:vers|à|au|en|to) (?:the )?(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)?, (?:{_ASYLUM_COUNTRY_NAMES})"
)
# The words that may stand between a return cue and the country it goes to (see
# TO_ASYLUM_COUNTRY): adverbs, not a span of time or a place ("returned home after years in
# their country of asylum" is a return home)
TO_ASYLUM_GAP: str = (
    r"home|back|chez eux|chez elles|then|later|finally|eventually|already|soon|alors|ensuite|"
    r"enfin|déjà|bientôt|[\w-]+ly|[\w-]+ment"
)
_HOME_COUNTRY = (
    rf"(?<!argent )(?<!fonds )vers leurs? pays{_HOST_COUNTRY}"
    r"|(?:head(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?|cross(?:ed|es|ing)?|flew|flown|"
    r"deport(?:ed|ing)?|expell?(?:ed|ing)?|mov(?:ed|ing|e)|walk(?:ed|ing)?|dr[io]ve|driven|"
    r"went|go(?:es|ing|ne)?|way|sail(?:ed|ing)?|ferr(?:ied|ying)|bus(?:s?ed)|transport(?:ed|ing)?)"
    rf" (?:[\w’'-]+ ){{0,4}}?to their (?:home |own )?country{_HOST_COUNTRY}"
)
# Where the sick and injured are cared for: a bare count sent or kept there is no figure of
# people moved ("and 12 remain in hospital", "14 restent à l'hôpital"; `etl.figures`)
CARED_FOR: str = (
    r"hospitals?|hôpita(?:l|ux)|hospitali[sz]ed|hospitalisé(?:e)?s?|intensive care|"
    r"soins intensifs|clinics?|cliniques?|health (?:centres?|centers?|facilities)|"
    r"centres? de santé|for treatment|urgences|medical care"
)
# Taking refuge, in French: a reflexive verb ("se sont réfugiés sur les collines", "s'y est
# réfugiée"), whose participle is no refugees' noun: only a border makes refugees
_REFLEXIVE_AUXILIARIES = (
    "se sont", "s[’']est", "s[’']y sont", "s[’']y est", "s[’']étaient", "s[’']était",
    "se seraient", "se serait", "se sont tous", "se sont toutes",
)
TOOK_REFUGE: str = (
    r"(?:se|s[’']y) réfugi(?:er|ent|aient|ait|ant)|"
    rf"(?:{'|'.join(_REFLEXIVE_AUXILIARIES)}) réfugié(?:e)?s?"
)
_NOT_REFLEXIVE = "".join(f"(?<!{a} )" for a in _REFLEXIVE_AUXILIARIES)
DISPLACEMENT_CUES: list[tuple[str, str, str]] = [
    # crossing a border: refugees, flow (a river too: border rivers, the Ruzizi, the Ubangi,
    # are what reports name most; "crossed the Nile" inside South Sudan is the exception)
    # (not a fire or a flood that crossed: "as the fire crossed Kula Highway")
    (r"(?<!fire )(?<!flames )(?<!blaze )(?<!water )(?<!floodwaters )"
     r"(?:cross(?:ed|es|ing)? (?:into|the border|over|from)|crossed|crossing)|across the border"
     # ("800 people cross at Adré every day", "cross through Joda")
     r"|cross(?:es)? (?:at|through|via)(?= (?:the )?(?-i:[A-ZÀ-Þ]))"
     # ("driven over 2 million across its borders"; not "displaced within Sudan and across
     # its borders", which says both)
     r"|(?:driven|forced|pushed) (?:[^,.;]{0,30}? )?across (?:its|their|the country[’']s) borders",
     "refugees", "flow"),
    # ("rushed across in a matter of days", "across the international bridge"; not water
    # that surged across a town, nor people who rushed across the city)
    (r"(?:come|came|coming) across|fled across|fleeing across"
     r"|rushed across(?= in\b| into\b| the border|\s*[.,;]|$)|across the international bridge", "refugees", "flow"),
    # people who "have left their country" (their: the people counted; not "since the
    # president left the country", "200 international staff have left the country")
    (r"left their (?:own )?country", "refugees", "flow"),
    (r"(?:to|into|in) neighbou?ring countr(?:y|ies)|(?:vers|dans) les pays voisins", "refugees", "flow"),
    # leaving one's country is crossing a border ("for a million people to leave the
    # country", "forcées de quitter le pays"); only the infinitive or gerund, which say
    # what the people counted did: "since the president fled the country, 550,000 were
    # displaced" is someone else. Not "without leaving", "sans quitter", "the country's".
    (r"(?<!not )(?<!never )(?<!without )(?:to leave|leaving|fleeing) (?:the|their) (?:own )?country(?![’']s)"
     r"|(?<!sans )(?<!pas )(?:quitter|quittant|fuir|fuyant) (?:le|leur) pays(?! d)", "refugees", "flow"),
    # through a border crossing point: "entered through the Joda border point", "par le
    # poste frontière de Gasenyi" (not "through the border zone", which may stay inside)
    (r"(?:through|via) (?:the )?(?:[\w()’'-]+ ){0,3}?(?:border (?:point|post|crossing)|crossing point|entry point|frontier post)"
     r"|(?:par|via) (?:le |la |l[’'])?(?:poste frontière|point de passage|point frontalier|point d[’']entrée)", "refugees", "flow"),
    (r"asylum|prima facie|refugee status|influx|exodus to", "refugees", "flow"),
    (r"franchi(?:ssent|ssant|t|r)?|traversé|travers(?:ant|er)|passé la frontière|entrés? dans le pays"
     # ("Des dizaines de familles de Belladère sont passées du côté dominicain")
     r"|pass(?:é|ée|és|ées) du côté(?= \w+(?:ais|aise|aises|ain|aine|aines|ien|ienne|iennes|ois|oise|oises)\b)",
     "refugees", "flow"),
    (r"demandé l[’']asile|afflux", "refugees", "flow"),
    # gone over to the other side of a border ("passés de l'autre côté de la frontière"; not
    # of a front line, a river or a town, nor "du côté haïtien", where deportees arrive)
    (r"pass(?:é|ée|és|ées|er|ent|aient) de l[’']autre côté de la frontière", "refugees", "flow"),
    # people under a host country's temporary protection are refugees there ("Some 4.3
    # million Ukrainians hold temporary protection in EU countries")
    # (not a court's or a landlord's: "temporary protection orders", "temporary protection
    # from eviction")
    (r"(?:(?:hold|holds|holding|held|have|has|had|been granted|granted|enjoy|enjoying) temporary protection"
     r"|bénéfici(?:ent|aient|ant|aires?) de la protection temporaire)"
     r"(?! (?:orders?|from|against|contre|ordonnances?)\b)", "refugees", "stock"),
    # the people themselves named near a count ("the newcomers belonged to 29,607 families")
    # (in the name of the U.N. agency, see REFUGEE_AGENCY_NAMES)
    # (not the participle of taking refuge: "se sont réfugiés sur les collines", see
    # TOOK_REFUGE)
    (rf"refugees?|{_NOT_REFLEXIVE}réfugié(?:e)?s|asylum[- ]seekers?|demandeurs d[’']asile",
     "refugees", ""),
    (r"newcomers?|new arrivals|nouveaux arrivants|idps?|pdis?", "", "flow"),
    # arriving: flow, category from context
    # ("turned up in Bafoussam"; not "turned up at the rally")
    (r"arriv(?:ed|ing|e|es|als?)|entered|entering|pouring in|poured in|"
     r"pour(?:s|ed|ing)? into(?! the (?:streets?|roads?))|"
     r"streaming in|turned up in", "", "flow"),
    # people a place or a family took in ("a mission had taken in 150 families from Belo")
    (rf"(?:taken|took|take|taking) in(?= {_COUNT_AHEAD})", "", "flow"),
    (r"enters? (?:through|via|into|from)|slipp(?:ed|ing) (?:into|across)", "", "flow"),
    # (not aid or care received: "12,300 people received treatment")
    # people moving at a pace ("les départs se poursuivent au rythme d'environ 700
    # personnes par jour")
    # (not a rate of something else: "at a rate of 2,100 kcal")
    (r"(?:au rythme|à raison|at a rate|at a pace)(?= (?:d[e’']|of)\s*(?:(?:environ|about|some|"
     r"près de|around|roughly) )?\d[\d\s,.]*(?!\d|[\d\s,.]*(?:kcal|calories|kg|kilos?|tonnes?|tons?|"
     r"litres?|liters?|l\b|km|mm|%|per ?cent|pour ?cent|\$|dollars?|usd|m[²2³3]\b)))",
     "", "flow"),
    # gone to or reached a named place ("while 1,500 went to Idjwi", "3,000 reached Sake";
    # not "the number reached 20,000")
    (r"(?:went|gone|go|going|goes) to(?= (?:the )?(?-i:[A-ZÀ-Þ]))|reached(?= (?-i:[A-ZÀ-Þ]))", "", "flow"),
    (r"signed in|registered|recorded|received(?! (?:medical |psychosocial |food |cash )?(?:treatment|assistance|aid|food|cash|care|support|vaccin\w*|kits?|services|counselling|rations))|reached (?:the|safety)|landed", "", "flow"),
    # ... and in French ("nous recevons entre 300 et 400 personnes par jour"; not "ont reçu
    # une aide", "reçoivent des kits")
    # (not "recevoir", the infinitive after "peut", a capacity)
    (r"(?:reçu|reçue|reçus|reçues|recevons|reçoit|reçoivent|recevait|recevaient)"
     r"(?= (?:(?:plus de|près de|environ|quelque|au moins|entre|chaque jour|en moyenne|déjà|"
     r"hier|aujourd[’']hui|cette semaine|ce mois-ci|la semaine dernière|en (?:une|deux|trois) "
     r"(?:jours?|semaines?|nuits?)|en une seule (?:journée|nuit)) )*"
     r"(?:\d|des (?:centaines|milliers|dizaines)|une vague|un afflux|(?:des|les|de nouveaux|de nouvelles) "
     r"(?:personnes|familles|ménages|déplacés|réfugiés|gens|enfants|arrivants|rapatriés)))", "", "flow"),
    # setting off on foot or by boat ("a caravan of 3,000 people set off on foot"; not "the
    # convoy of 40 trucks set off from Kherson", "2,000 residents set out for the polls")
    (r"(?:set|sets|setting) (?:off|out)(?= (?:on foot|on (?:boat |sea )?journeys?|by (?:boat|sea)))", "", "flow"),
    # waiting to be moved on ("640 people were waiting for buses to Kiryandongo")
    # (a place between: "4,000 to 5,000 people are still waiting outside the Convention
    # Center for buses")
    (r"waiting(?: (?!for\b)[\w’'-]+){0,6}? (?:for (?:buses|trucks|boats|transport|transfer|relocation|onward)|to be (?:moved|relocated|transferred))", "", "flow"),
    # people seen going past ("nous voyons passer 400 personnes par jour au poste frontière")
    (r"(?:voi[st]|voyons|voyez|voient|vu|voir) passer", "", "flow"),
    # being moved on to another site ("1 860 personnes ont été transférées de Kurmuk")
    (r"(?:transferred|transf[ée]r(?:é|és|ée|ées))(?! (?:to|vers|à|a) (?:a |the |l[’'])?(?:hospitals?|hôpital|clinics?|health))"
     # (not aid: "cash was transferred to 4,500 households", "transferred US$ 50 to")
     r"(?! to (?:(?:some|about|around|nearly|over|more than|up to) )?\d)(?! (?:US\$|\$|USD|€|cash|funds))", "", "flow"),
    # leaving by one's own means ("left on foot or in private cars"); not "left in 2019"
    # (a place between: "Thousands more left Grozny on foot")
    (rf"left(?: (?-i:[A-ZÀ-Þ])[\w’'-]+(?: (?-i:[A-ZÀ-Þ])[\w’'-]+)?)? (?:on foot|by (?:{_VEHICLES})\b|"
     r"in (?:private )?(?:cars|vehicles|buses|trucks))"
     r"|(?:moved|moving) in (?:with|w/)", "", "flow"),
    # reaching or heading for a named place ("reached Niger", "ont rejoint le Tchad"); not
    # "reached over 300,000 people with food", "ont rejoint les rangs des milices"
    # (or a unit of a named place: "reached the neighbouring province of Maniema", "ont
    # rejoint la province voisine du Maniema")
    (r"(?:reached|head(?:ing|ed) (?:towards?|for))(?= (?:the )?"
     r"(?:(?:neighbouring |nearby )?(?:town|city|province|region|district|county) of )?(?-i:[A-ZÀ-Ý]))", "", "flow"),
    (rf"{REJOINDRE}(?= (?:le |la |les |l[’'])?"
     r"(?:(?:ville|province|région|localité|commune|territoire|pays)(?: voisine?)? (?:de |du |des |d[’']))?"
     r"(?-i:[A-ZÀ-Ý]))", "", "flow"),
    # setting off for a named place ("sont parties vers l'Ouganda", "left for Uganda")
    # (a day between: "900 d'entre eux sont partis mardi pour Bujumbura")
    # (or set off again: "Une cinquantaine de familles sont reparties vers Lifou")
    # (or of their own accord: "près de 200 personnes sont reparties d'elles-mêmes vers Curoca")
    (rf"(?:(?:re)?parti(?:e|s|es)? (?:(?:{_WEEKDAYS_FR}|hier"
     r"|d[’'](?:eux|elles)-mêmes|spontanément) )?"
     r"(?:vers|pour|en direction d(?:e|u|es)|s[’']installer (?:à|au|aux|dans|en|chez))"
     r"|left for|set off for|departed (?:for|from)|(?:leave|leaves|leaving) for|"
     + "(?:" + "|".join(f"(?<={w} )" for w in _GAINERS) + r")(?:ont|avaient|ayant) gagné)"
     r"(?= (?:le |la |les |l[’']|the )?(?-i:[A-ZÀ-Ý]))", "", "flow"),
    (r"arriv(?:és?|ées?|er|ent|ant|ée|aient|ait|èrent|ons)(?!(?: \w+ment| pas| plus| toujours| encore| guère)? à (?-i:[a-zé])\w*(?:er|ir|re)\b)|entrés?|entrées?|enregistr(?:és?|ées?)|recens(?:és?|ées?)|accueilli[es]*", "", "flow"),
    # on the road: walking in a direction, presenting oneself at a border post, departures
    # from a named place (not "patients walk to the clinic", "candidats se présentent aux
    # examens", "départs volontaires")
    # (people; a storm that "moved west, affecting 50,000 people" affects them)
    (r"(?:walk(?:ing|ed|s)?|went|head(?:ed|ing)|mov(?:ed|ing)) (?:south|north|east|west)(?:wards?)?"
     # walking somewhere ("families from our ward walked to the villages near Maungdaw",
     # "walked to higher ground"; not an errand: to a clinic, an office, the market, a
     # distribution, school, work or the polls)
     r"|walked (?:for (?:\w+ ){1,2})?(?:to|towards|into|across)\b(?! (?:the |a |an |their |its )?"
     r"(?:[\w’'-]+ )?(?:health|clinics?|hospitals?|offices?|markets?|distributions?|schools?|"
     r"work|polls?|polling|fields?|wells?|water|church|mosque|governor))"
     r"|se présent(?:ent|aient|ant)(?=(?: \w+)? (?:au|aux|à la) (?:postes?|frontière|points?))"
     r"|(?:départs|departures)(?= (?:de|depuis|from) (?:la |le |l[’'])?(?-i:[A-ZÀ-Ý]))"
     # people who have left a named place ("have left Wad Madani", "have now left Fort
     # McMurray")
     r"|(?:have|has|had)(?: now| already| all| since)? left(?= (?-i:[A-ZÀ-Ý])|\s*[.;])"
     # ... or, right after the people, left within a time ("about 78,000 residents of the
     # zone left within three days"; not "6,200 villagers left.", which as often says how
     # many remain: "the city now has fewer than 20,000 residents left.")
     r"|" + _right_after(("people", "residents", "villagers", "families", "households",
                          "inhabitants", "zone", "area", "town", "village"), ("left",)) +
     r"(?= within\b| in (?:the )?(?:first|following|next)\b| over the (?:following|next)\b)"
     # ... or driven out, or to a named place ("have driven to Osh and Jalal-Abad on their
     # own", "7,000 people drove out in the last 24 hours")
     r"|(?:driven|drove) (?:out\b|(?:to|towards|into)(?= (?-i:[A-ZÀ-Ý])))"
     # ... or carried there ("Près de 200 habitants de Tende ont été acheminés vers Nice")
     # (not toward a count of people: "des vivres acheminés vers 12 000 déplacés", goods)
     r"|(?:acheminé|transporté|convoyé)(?:e|s|es)? (?:vers|jusqu[’']à)"
     r"(?! (?:quelque |environ |plus de |près de )?\d)"
     r"|(?:transported|bussed|bused|ferried|trucked) (?:out\b|to\b)"
     r"(?! (?:some |about |around |more than |nearly |over )?\d)"
     # out of a wild crossing ("some 75,000 people emerged from the jungle at Bajo Chiquito")
     r"|emerg(?:ed|ing|es?) from (?:the )?(?:jungle|forest|bush|swamps?|mountains)"
     # ... or reached safety or a shelter ("about 4,200 families had reached monasteries
     # and schools"; not "reached the market")
     r"|reached(?= (?:the )?(?:safety|safe (?:areas?|ground)|higher ground)\b)"
     # (the buildings reached by people, or after "had": not "the measles campaign reached
     # schools in Uvira, where 15,000 children ...")
     r"|(?:(?<=had )|(?<=have )|(?<=has )|(?<=people )|(?<=families )|(?<=households )|"
     r"(?<=residents )|(?<=villagers )|(?<=displaced )|(?<=idps )|(?<=refugees )|(?<=evacuees ))"
     r"reached(?= (?:the )?(?:monasteries|churches|mosques|schools|shelters|"
     r"evacuation cent(?:re|er)s|camps|displacement sites)\b)",
     "", "flow"),
    # people "who left" a named place, flow or stock as what they did since says ("For
    # about 2,900 residents who left Abaco we cannot see a destination", "450 families who
    # left Minembwe in May are now in Fizi")
    # (not a day or a meeting: "who left Monday for the mines", "who left Thursday's meeting")
    (rf"(?<=who )left(?= (?!{_WEEKDAYS_EN}|{_MONTHS_EN})(?-i:[A-ZÀ-Ý]))", "", ""),
    (r"crowded into|crowd into(?= (?:the |a )?(?:shelters?|schools?|churches?|mosques?|camps?|"
     r"evacuation|public buildings|tents|classrooms))"
     # (not worshippers, nor children at a holiday camp: "5,000 people crowd into churches
     # for Easter Mass", "crowd into mosques for Eid prayers", "into camps for the holidays")
     rf"{_FOR_AN_EVENT}(?![^.;]{{0,60}}?\bfor (?:the |a |an )?(?:[\w-]+ )?(?:mass|masses|services?|"
     r"worship|vigils?|sermons?|holidays?|vacation|summer)\b)|moved (?:on )?(?:to|into|onto)|moved (?:away )?from\b(?=[^.;]{0,60}?\bto (?:the |a |an )?(?:shelters?|safety|higher ground|camps?|sites?|schools?|evacuation|relatives|host|transit))|moved (?:on )?from(?= (?:the )?(?-i:[A-ZÀ-Þ])[^.;]{0,40}?\b(?:to|into) (?:the )?(?-i:[A-ZÀ-Þ]))(?![^.;]{0,80}?\bfor (?:the |a )?(?:markets?|market day|trade|work|jobs?|seasonal work|harvest|pasture|grazing)\b)|relocated|rehoused|relog(?:é|és|ée|ées|er)|relocalis(?:é|és|ée|ées)|stream(?:ed|ing) (?:into|in|across)", "", "flow"),
    (r"(?:taken|took|taking|take|sought|seeking|found|find) refuge|(?:trouvé|trouver|cherché) refuge", "", "stock"),
    # gone to join relatives ("Des dizaines de familles de Wéa ont rejoint des proches à
    # Djibouti-ville")
    (rf"{REJOINDRE} (?:des|leurs) (?:proches|parents|amis|membres de leur famille)",
     "", "flow"),
    # gone to live with relatives ("environ 750 habitants de Bria sont partis s'installer
    # chez des proches à Ippy")
    (r"parti(?:e|s|es)? (?:s[’']installer|vivre|loger) chez (?:des|leurs|les) (?:proches|parents|amis|familles)",
     "", "flow"),
    # lodged with relatives ("sont logées chez des proches", "hébergés chez des amis")
    # (or neighbours whose house stood: "une vingtaine de familles logent chez des voisins")
    (r"(?:log(?:é|ée|és|ées|ent|eaient)|hébergé(?:e|s|es)?) chez (?:des|leurs|les) "
     r"(?:proches|parents|amis|familles|voisins)"
     # ... or in hotels ("Une cinquantaine de familles sont logées à l'hôtel")
     r"|(?:log(?:é|ée|és|ées)|hébergé(?:e|s|es)?) (?:à l[’']hôtel|à l[’']auberge|dans (?:des|les) hôtels|en hôtels?)"
     # ("des milliers de personnes vivent encore chez des proches")
     rf"|viv(?:ent|aient|re) {_WITH_HOSTS_FR}"
     # ("placed 26 families, about eighty people, with host families in Alzira")
     r"|with host families|(?:chez des|dans des|en) familles d[’']accueil", "", "stock"),
    # falling back from danger ("se sont repliées vers Fassala")
    (r"(?:se sont|s[’']est|se sont déjà) repli(?:é|ée|és|ées)", "displaced", "flow"),
    # being displaced now is a state: stock ("3.5 million people are internally displaced
    # across Myanmar", "73 000 personnes sont déplacées à l'intérieur du pays"; not "are
    # displaced by floods every year", nor "se sont déplacées vers Damasak", who moved)
    (r"(?:are|is|remain|remains) (?:(?:now|currently|still) )?(?:internally )?displaced"
     r"(?! (?:by|from|every|each|daily|weekly|monthly|annually|yearly|again|when|whenever|"
     r"once|twice|each year|every year)\b)"
     r"|(?<!\bse )(?:sont|est|restent|demeurent) (?:(?:actuellement|toujours|encore|désormais) )?"
     r"déplacé(?:e|s|es)(?! (?:par|de|des|du|chaque|tous|quotidiennement|à nouveau|de nouveau|"
     r"lorsque|quand|chaque année)\b)", "displaced", "stock"),
    # being driven out: displaced, flow
    (r"displaced|displacing|displacement|uproot(?:ed|s|ing)?|forced (?:to flee|from|out)|from their homes", "displaced", "flow"),
    # evicted from where they lived ("| Residents evicted, November 2016 |", "about 9,000 of
    # those evicted"; "délogés" in French)
    (rf"{EVICTED}", "displaced", "flow"),
    (r"(?:driv(?:en|ing|es?)|drove|forc(?:ed|ing)|chas(?:ed|ing|es)|push(?:ed|ing|es)) .{0,40}?(?:from|out|toward|towards|into)", "displaced", "flow"),
    # people on one side of a border waiting to cross it ("waiting for a chance to cross";
    # the measure is the sentence's: "refugees leave Kufra each week, some hoping to cross")
    (r"(?:hoping|waiting|trying|attempting)(?: for (?:a|the) (?:chance|opportunity))? to cross\b"
     r"|(?:attendent|espèrent|tentent) de (?:traverser|passer la frontière)", "", ""),
    # made to move by a flood or a fire ("forcing nearly 9,500 households to move to higher
    # ground", "contraignant 2 000 familles à quitter")
    (r"(?:forc(?:ed|ing|es?)|compel(?:led|ling|s)?) .{0,40}?to (?:move|relocate|leave|abandon|seek (?:refuge|shelter|safety))"
     r"|(?:contraign\w*|contraint\w*|obligeant|obligé\w*|forçant|forcé\w*) .{0,40}?à (?:quitter|fuir|se déplacer|abandonner|se réfugier)",
     "displaced", "flow"),
    (r"left (?:their|his|her) homes|abandon(?:ed|ing)? (?:their|his|her|\d[\d,]* ) ?(?:homes?|houses?|villages?|towns?)|homeless"
     # ("about 400 families have lost their homes", "ont perdu leur logement"; "Families who
     # lost or left their house", a table's column)
     r"|lost (?:their|his|her) (?:homes?|houses?)|lost or left (?:their|his|her) (?:homes?|houses?)"
     r"|perdu (?:leur|leurs|sa|son) (?:maisons?|logements?|habitations?|domiciles?|toit(?! (?:de|en) ))"
     # ("70 000 personnes privées de toit", "des dizaines de milliers de sans-abri")
     # (not a shelter's guests, "un centre pour sans-abri", nor poor housing, "sans logement
     # décent")
     r"|(?<!pour )(?<!pour les )sans[- ]abris?|privée?s? de (?:toit|logement)"
     r"|sans (?:toit|logement)(?! (?:décent|digne|adéquat|convenable))", "displaced", "flow"),
    # ("left drought-hit villages": the article may be missing, not a number)
    (r"(?:to leave|leaving|left) (?:(?:the|their|his|her|those|these) )?(?:[^\W\d][\w-]* ){0,2}?"
     r"(?:homes?|houses?|dwellings?|villages?|towns?|cit(?:y|ies)|provinces?|areas?|regions?|"
     r"districts?|settlements?|localities|communities)"
     # (not for an outing: "left their houses to watch the eclipse")
     r"(?! to (?:watch|see|attend|vote|celebrate|join|shop|pray|work)\b)"
     # ("have left the riverbanks since last week"; not fishermen who "left the islands to
     # sell their catch")
     r"|(?:to leave|leaving|left) (?:(?:the|their|his|her|those|these) )?(?:[^\W\d][\w-]* ){0,2}?"
     r"(?:riverbanks?|river banks|islands?|hillsides?)"
     r"(?![^.;]{0,60}\b(?:to (?:sell|fish|trade|work|buy)|for (?:[\w-]+ )?(?:work|labou?r|jobs|"
     r"markets?|trade))\b)", "displaced", "flow"),
    # sent back across a border: returned ("renvoyés de la République dominicaine")
    # (expelled from a named country; not evicted "from informal settlements", "de leurs
    # maisons", "du site de Delmas 2", which displaces)
    # (or sent or escorted back to the border: "were sent back across the border by police",
    # "Crossers sent back by police: 14", "ont raccompagné 276 personnes à la frontière")
    (r"deport(?:ed|ees|ations?)|renvoy(?:é|és|ées)|refoul(?:é|és|ées)"
     r"|sent back (?:across|over|to) (?:the )?(?:border|frontier)\b"
     r"|sent back by (?:the )?(?:police|authorities|army|border guards?|immigration)\b"
     r"|escorted (?:back )?(?:to|across) the (?:border|frontier)\b"
     r"|(?:raccompagn|reconduit)\w* (?:[\w-]+ ){0,3}?(?:à|jusqu[’']à|vers) la frontière\b"
     r"|(?:expelled|expuls(?:é|és|ées))(?= (?:from|de) (?:la |le |l[’'])?(?-i:[A-ZÀ-Ý]))", "returned", "flow"),
    # sheltering in what is no home ("vivent sous des abris de fortune", "living under
    # plastic sheets", "in tents")
    (r"abris de fortune|sous des bâches|sous tentes?|(?<=dorment )(?:encore )?sous (?:des|les) tentes|makeshift shelters?|under plastic(?: sheet(?:s|ing))?"
     # ("des milliers de villageois dorment sous la tente", "des familles campent près des
     # ruines de leurs maisons")
     r"|(?<=dorment )(?:encore |toujours )?sous la tente"
     # (camping by lost homes or out in the open; not scouts "campent au bord du lac",
     # rescuers "campent près du village", herders "campent chaque saison sèche près du lac")
     r"|(?:campent|campaient)(?=(?: [\w’'-]+){0,3}? (?:(?:près|autour|au milieu|devant|à côté|"
     r"parmi) (?:des|de leurs?|d[’']|les) ?(?:ruines|décombres|gravats|maisons|habitations|"
     r"logements|domiciles)|dehors|à la belle étoile|en plein air|dans (?:la|les) rues?\b))"
     # still in temporary housing ("une trentaine de familles vivent toujours dans des
     # caravanes", "still living in containers"; not tents, where nomads still live)
     r"|(?:still|toujours|encore) (?:live|living|lives|vivent|vivant|vit|logent|logées?|logés|"
     r"staying|stay|housed|hébergée?s?) (?:in|dans|sous) (?:des |les |the |a )?"
     rf"(?:caravans?|mobile homes?|containers?|temporary shelters?|{_TEMPORARY_HOUSING_FR})"
     # (the French order: "vivent toujours dans des caravanes")
     r"|(?:(?<=vivent )|(?<=vit )|(?<=vivaient )|(?<=logent )|(?<=restent )|(?<=sont )|"
     r"(?<=logés )|(?<=logées )|(?<=hébergés )|(?<=hébergées ))(?:toujours|encore) "
     rf"(?:dans|sous) (?:des |les |une |un )?(?:{_TEMPORARY_HOUSING_FR})"
     r"|(?:living|sleeping|sleep|staying|sheltering) in tents"
     # ("Ningqiang county counts 31,000 people in tents", "sleeping on the floor")
     r"|" + _right_after(("people", "families", "households"), ("in tents",)) +
     r"|(?:sleeping|slept|sleep) on (?:the |its |their )?(?:classroom |church |hall |school )?floors?\b"
     # (not of a hospital's wards or a prison: "120 people were sleeping on the floor of the
     # overcrowded wards")
     r"(?! of (?:the |its |their |a )?(?:[\w-]+ )?(?:wards?|hospitals?|clinics?|prisons?|"
     r"cells?|jails?))"
     # ("143 élèves vivaient toujours hors de leur domicile")
     r"|hors de (?:leurs?|son|sa) (?:domiciles?|logements?|maisons?)"
     # ("2,700 families from St. Bernard Parish are in Houston hotels")
     # (not people in town for a meeting: "200 people attending the talks are in Goma hotels")
     r"|" + _not_right_after(("talks", "conference", "summit", "meeting", "workshop", "festival"),
                             ("are", "were", "remain", "staying", "stay"))
     + r" (?:still )?in (?:(?-i:[A-Z])[\w-]+ ){0,2}(?:hotels|motels)\b"
     # ("Des centaines de familles campent le long de la route", "families are still camping
     # by the road"; not "Les 300 scouts campent au bord du lac": people moved, by their noun)
     r"|" + _right_after(_CAMPERS + tuple(f"{w} {aux}" for w in _CAMPERS for aux in (
         "are", "were", "still", "are still", "sont", "étaient", "toujours", "encore")),
                         ("campent", "campaient", "camping", "camped"))
     + r"\b(?! (?:out|in protest)\b)"
     r"|(?:living|staying) without (?:any |a )?(?:shelter|roof)\b"
     r"|(?:are|were|remain|remained|still|left) without (?:a |any )?(?:homes?|shelter|roof)\b"
     r"(?![ -](?:kits?|items?|materials?|assistance|support|repairs?|nfis?)\b)"
     # (not a count of a city's homeless: "were without a home on the night of the census")
     r"(?![^.;]{0,60}\b(?:census|night count|point-in-time))"
     # (a row's label: "Families without a habitable home after the earthquakes: ... about
     # 254,000 families")
     # (after a disaster, or a home fit to live in: not the homeless of a city, "people
     # without a permanent home live in Nairobi's streets", nor "without home insurance")
     r"|(?:families|households|people|persons|residents) without (?:a |any )?"
     r"(?:habitable |safe )(?:homes?|shelter|roof)\b"
     r"|(?:families|households|people|persons|residents) without (?:a |any )?(?:homes?|shelter|roof)"
     r"(?= (?:after|since|following|because of)\b)"
     # (people sleeping in the church, not waiting there: "Quelque 300 parents attendaient
     # dans l'école les résultats")
     rf"|{_SLEEPING}(?:in|dans) (?:a |the |des |les |une |their |leurs |"
     r"(?:la |le |l[’'])(?<!attendent dans la )(?<!attendent dans le )(?<!attendaient dans la )"
     r"(?<!attendaient dans le )(?<!attendent dans l’)(?<!attendent dans l')"
     r"(?<!attendaient dans l’)(?<!attendaient dans l'))?"
     # (how many: "dorment dans quelque 450 centres d'hébergement")
     r"(?:(?:some |about |around |over |more than |quelque |environ |plus de |près de )?\d[\d,. \u00a0\u202f]*\d? )?"
     # ("spent last night in the primary school", "sleeping in their cars")
     r"(?:(?:primary|secondary|local|nearby|public|parish|village|town|main) )?"
     r"(?:cars|vehicles|voitures|véhicules|"
     r"mosques?|churches?|églises?|mosquées?|schools?|écoles?|classrooms|salles de classe|public buildings"
     r"|centres? d[’']hébergement|centres? d[’']accueil|evac(?:uation)? cent(?:re|er)s?|gymnases?)"
     # (after an earthquake or a flood, "sleeping in parks and streets")
     rf"|{_SLEEPING_AT}(?:[A-ZÀ-Þ][\w’'-]*[’']s )?"
     r"(?:parks?|parcs?|streets?|rues?|open air|seafront|beach(?:es)?|plages?|corniche|"
     r"squares?|place|places publiques|esplanade|"
     # (or a sports ground: "are sleeping on the cricket ground", "dorment au stade"; not for
     # a concert or a match)
     r"(?:(?:cricket|football|sports?|playing|recreation|school|parade|fair) "
     r"(?:grounds?|fields?|pitch(?:es)?)|stadiums?|stades?|terrains? de (?:football|sport))"
     rf"{_FOR_AN_EVENT}|"
     r"pavements?|sidewalks?|trottoirs?)"
     # ("des centaines de familles ont passé la nuit à la belle étoile")
     r"|nuits? à la belle étoile"
     # ("are sleeping at the Puketapu hall each night", "dorment à la salle des fêtes"; not
     # "were waiting at the Serena hotel", people at a meeting)
     # (two named at once: "sleeping at the Pāhoa and Keaau community centers")
     rf"|(?!wait|attend){_SLEEPING_AT}(?:(?-i:[A-ZÀ-Þ])[\w’'-]* (?:and (?-i:[A-ZÀ-Þ])[\w’'-]* )?)?"
     r"(?:(?:community|village|town|church|parish|sports?|school|municipal) )?"
     r"(?:halls?|gyms?|gymnasiums?|gymnases?|hotels?|motels?|salles? des fêtes|salles? polyvalentes?"
     # ("have been sleeping at the Baptist church since the storm took their roofs")
     r"|church(?:es)?|mosques?|temples?|pagodas?|schools?"
     r"|(?<=community )cent(?:er|re)s?)\b",
     "displaced", "stock"),
    # ... or in the open, whoever they are ("Several thousand more waited in the open on the
    # Kyrgyz side", refugees "sleeping in the open"; not "in the open market")
    # (nor travellers stranded, nor lorries on the road: "1,200 stranded passengers waited in
    # the open at Kathmandu airport", "trucks ... waited on the open road")
    (rf"{_SLEEPING_AT}open\b(?! (?:markets?|air markets?|days?|sessions?|letters?|calls?|houses?|"
     r"doors?|sources?|fields?|water|sea|ocean|plan|space|roads?|highways?)\b)"
     r"(?![^.;]{0,60}?\b(?:airports?|terminals?|departure lounges?|polling)\b)", "", "stock"),
    # ... or at a shelter, whose people the report names ("only about 600 slept at the
    # centre last night", evacuees; not the centre of a town)
    (rf"(?!wait|attend){_SLEEPING_AT}(?:shelters?{_NOT_METRO}|(?:centre|center)s?(?! (?:of|de|du|des|ville)\b))\b",
     "", "stock"),
    # a first night away, wherever ("ont passé la première nuit dans les orangeraies")
    (r"passé (?:la|leur) première nuit (?:dans|sous|à|au|aux|sur|en|hors)\b"
     r"|spent (?:the|their) first night (?:in|at|on|under|outside|away)\b", "displaced", "stock"),
    # out of their homes, still ("nearly 1,600 residents are still out of their homes",
    # "ont passé la nuit hors de chez elles"; not "forced out of their homes", a move)
    # ("| Suburb | Claims lodged | Households out of home |", a table's column)
    (r"(?:still|remain(?:ed|s)?|are|were|stay(?:ed|s)?|spent[\w ]{0,20}?) out of (?:their|his|her) homes?"
     r"|(?:households|families|people|residents|persons) out of home\b"
     r"(?![- ](?:care|ownership|workers?|work|advertising|media|placements?)\b)"
     r"|hors de chez (?:eux|elles)(?! pour)"
     # ... or out of their village, still ("Familles de Chã hors de leur village", "Personnes
     # toujours hors de Chã das Caldeiras")
     # (not where people work: "2 000 ouvriers travaillent hors de leur commune")
     r"|(?<!travaillent )(?<!travaille )(?<!travaillant )"
     r"hors de (?:leurs? |son |sa )(?:villages?|maisons?|logements?|domiciles?|fermes?|îles?|quartiers?)\b"
     r"|toujours hors de (?-i:[A-ZÀ-Ý])[\w’'-]*"
     # ... or living elsewhere, or away from home ("1,190 are still living elsewhere", "|
     # Estimated residents away |", "residents away from home"; not away on holiday)
     r"|(?:living|staying|liv(?:e|es)|stay(?:s|ed)?|lived) elsewhere\b"
     # (not a question's: "could not say how many were still away from home")
     r"|(?:living|staying|people|residents|households|families) away from "
     r"(?:their |its |his |her )?(?:homes?|houses?|villages?|islands?|atolls?|farms?|"
     r"home (?:areas?|towns?|islands?))\b"
     # (not for work: "340 households away from home for work")
     r"(?! (?:for|on) (?:work|jobs?|business|employment|studies|school|seasonal|holiday))"
     # ... or a table's header that ends on it ("| Estimated residents away |"; not "away
     # fans", "away this summer")
     r"|" + _right_after(("residents", "people", "households", "families", "persons"), ("away",)) +
     r"(?=\s*(?:$|[|:(]))", "displaced", "stock"),
    (r"hiding in the bush|in the bush|dans la brousse|se cach(?:ent|aient)|cach(?:é|ée|és|ées) (?:en|dans la) brousse", "displaced", "stock"),
    # ... but gone there, or into the fields and hills, they fled ("une cinquantaine de
    # familles sont parties en brousse", "se sont cachés dans les rizières")
    (r"(?:(?:parti(?:e|s|es)?|fui|enfui(?:e|s|es)?|réfugi(?:é|ée|és|ées)) (?:en|dans la) brousse"
     r"|fled (?:in)?to the bush|cach(?:é|ée|és|ées) dans (?:les|des) (?:rizières|champs|forêts|"
     r"collines|montagnes|mornes|buissons|marais))"
     # (not herders off to pasture: "sont partis en brousse avec leur bétail"; nor people
     # gone there to work or fetch wood: "sont parties en brousse chercher du bois")
     r"(?![^.;]{0,30}?\b(?:bétail|troupeaux?|bêtes|animaux|cattle|herds?|livestock)\b)"
     r"(?! (?:pour (?:les |des |la |le )?)?(?:chercher|ramasser|couper|puiser|cultiver|récolter|"
     r"chasser|cueillir|travaux|travailler|chasse|récolte|cueillette|pâturage|bois|charbon)\b)",
     "fled", "flow"),
    # on the road somewhere ("Des centaines de familles ont pris la route de Kinshasa"; not
    # "en mouvement", which fighters are as often: "12 000 hommes en mouvement vers Goma")
    # (not to a meeting or a ceremony, nor to recovery: "ont pris la route de Kinshasa pour
    # la conférence de paix", "taken the road to recovery")
    (r"(?:(?:pris|prennent|prenaient|prenant|prendre) la route(?= (?:de |du |des |d[’']|vers |pour |"
     r"en direction ))|(?:took|taken|taking) the road (?:to|towards|for)\b"
     r"(?! (?:recovery|peace|dialogue|reconciliation|development|success|prosperity|"
     r"self-reliance|democracy|elections?)\b))"
     r"(?![^.;]{0,60}?\b(?:pour|for) (?:la |le |les |l[’']|une? |the |an? )?(?:[\w-]+ )?"
     r"(?:conférences?|conference|réunions?|meetings?|rassemblements?|rally|talks|pourparlers|"
     r"sommet|summit|cérémonies?|ceremony|funérailles|obsèques|funerals?|mariages?|wedding|"
     r"match|concert|campaign|vacances|holidays?|fêtes?)\b)", "", "flow"),
    # lodgings found for them ("the relief committee has found flats or houses for about 600
    # island households", "the fund has found lodgings for 85 families"): the report says
    # who they are
    # (people: not "found new homes for 150 stray dogs", "found shelter for the night")
    (r"(?:found|find|finds|finding) (?:(?:temporary|new|permanent|private) )?"
     r"(?:lodgings?|accommodation|housing|homes|houses|flats|apartments|rooms|shelter)"
     r"(?: (?:or|and) (?:houses|flats|homes|apartments|rooms))? for"
     r"(?= (?:about |some |around |nearly |almost |more than |over |another |the |all )?"
     r"\d[\d,.\s]*(?:[\w-]+\s+){0,2}?(?:people|persons|families|households|refugees|evacuees|"
     r"residents|displaced|IDPs|individuals|survivors)\b)", "", "stock"),
    # sleeping in the open: the report says whether these are refugees or IDPs ("About
    # 1,800 families are sleeping in the open" in a town hosting Sudanese refugees)
    (r"(?:sleeping|slept|sleep) (?:rough|in the open|outside|outdoors)|dorm(?:ent|aient) (?:dehors|à même|à la belle étoile)", "", "stock"),
    # ... or where people on the move wait ("another 1,100 sleep at the transit area",
    # "28,000 are still waiting at the Burbiey entry point"; not the homeless of a city's
    # streets, nor commuters at a bus station): which people they are is for the report to
    # say, refugees at a border as often as not
    (rf"{_SLEEPING_AT}(?:[\w’'-]+ )?(?:transit|reception|border|frontière|screening|entry point|"
     r"crossing point|point d[’']entrée|point de passage|poste frontière)",
     "", "stock"),
    # ... or sleep where the boats that brought them landed ("dorment sur le port"; not
    # dock workers waiting at a port)
    (r"(?:slept|sleep|sleeping|dorment|dormaient|dormir) (?:(?:still|encore|toujours) )?"
     r"(?:at|on|in|sur|au|à|dans) (?:the |le |la |l[’'])?"
     r"(?:port|quai|jetée|harbou?r|quay|jetty|landing site)\b", "", "stock"),
    # crossing into a named country ("seraient aussi passées au Burundi par Uvira")
    # (not "sont passées en Phase 3 (Crise)": a stage, not a country)
    (r"pass(?:é|ée|és|ées) (?:au|en|aux)(?= (?-i:[A-ZÀ-Þ]))"
     r"(?! (?:phases?|ipc|niveaux?|étapes?|stades?|catégories?|classes?|alertes?|programmes?|"
     r"programs?|plans?|projets?|régimes?|systèmes?)\b)", "", "flow"),
    # flown somewhere, resettled, boarded a ship, come through a crossing ("several hundred
    # families flew to Tenerife", "The government resettled some 4,300 families", "1,600
    # people boarded Choules", "up to 5,000 people a day came through")
    # (not a trip made every week: "300 people flew to Entebbe from Goma each week")
    (r"flew (?:to|into)(?= (?-i:[A-ZÀ-Þ]))(?![^.;]{0,60}?\b(?:(?:each|every) (?:day|week|month)|"
     r"daily|weekly)\b)|resettled(?= "
     + _COUNT_AHEAD + r")|boarded(?= (?:the )?(?:(?-i:[A-ZÀ-Þ])|(?:[\w-]+ )?(?:ships?|boats?|"
     r"ferr(?:y|ies)|buses|planes?|flights?|trucks?|landing craft|vessels?|barges?)\b))"
     # (through a crossing or a place, or to one: not "came through the floods unharmed",
     # "came through the vaccination centre")
     r"|(?:came|come|coming) through(?=\s*[.;,)]|\s*$| (?:to|into|from|at|via|towards?|on|in|"
     r"overnight|yesterday|today|last|this|each|every)\b| (?:the |a )?(?:[\w’'-]+ ){0,2}"
     r"(?:border|crossings?|checkpoints?|border posts?|posts?|frontier|pass|gates?|bridges?|"
     r"corridors?)\b| (?-i:[A-ZÀ-Þ]))", "", "flow"),
    # a shelter that holds people, its place between ("the shelters in Caracas held over
    # 40,000 damnificados")
    # (or what they are, in brackets: "its reception centres (the Brampton fairgrounds,
    # Sheridan College and four high schools) held about 7,400 people")
    # (or where it is, and "which": "the Chihaquelane accommodation centre near Macia, which
    # held some 60,000 people at its height")
    (r"(?:shelters?|evacuation cent(?:re|er)s?|relief cent(?:re|er)s?|reception cent(?:re|er)s?|"
     r"accommodation cent(?:re|er)s?|arenas?|stadiums?|gymnasiums?|showgrounds?)"
     r"(?: (?:in|at|of|near) (?-i:[A-ZÀ-Þ])[\w’'-]+(?: [\w’'-]+)?)?"
     r"(?: \([^()]{1,160}\))?(?:,? which)? "
     rf"(?:held|housed|holds|houses|now hold|now house)(?= {_COUNT_AHEAD})"
     # (not a crowd, nor people arrested: "The stadium in Bunia held 20,000 people for the
     # president's rally", "held some 300 people arrested during the protests", "The
     # stadium, which held 60,000 people for the inauguration", "at Saturday's concert")
     rf"(?![^.;]{{0,60}}?\b(?:(?:for|at|during) (?:the |a |an )?(?:[\w’'-]+ ){{0,2}}"
     rf"(?:{CROWD_EVENTS}|inaugurations?|games?|finals?|services?|mass)|arrested|"
     r"detained|in (?:custody|detention))\b)", "", "stock"),
    # buildings that shelter people ("more than 600 public buildings now shelter over
    # 56,000 people")
    # (people: not "the hospital shelters about 300 patients")
    (rf"(?:shelter|shelters|sheltered)(?= {_COUNT_AHEAD}[\d,.\s]*(?:[\w’'-]+ )?(?:people|persons|"
     r"families|households|residents|villagers|civilians|displaced|evacuees|personnes|familles|"
     r"ménages)\b)", "", "stock"),
    # gone to shelters or to relatives ("1 650 personnes avaient rejoint les abris
    # cycloniques", "Plusieurs milliers d'habitants sont partis chez des parents")
    (rf"{REJOINDRE} (?:les |des |un |une |l[’'])?(?:abris|centres? "
     r"d[’'](?:hébergement|accueil|évacuation)|refuges?|hébergements?)\b"
     # ("Plusieurs milliers de familles de la Rive-Sud ont gagné des hôtels de Montréal")
     r"|(?:ont|avaient|a|avait) gagné (?:les |des |un |une |l[’'])?(?:abris|hôtels|centres? "
     r"d[’'](?:hébergement|accueil|évacuation)|refuges?)\b", "", "flow"),
    # (not for the holidays: "sont partis chez leurs parents pour les fêtes")
    # (or going there: "nous ont déclaré se rendre chez des parents à Ouidah")
    (r"(?:parti(?:e|s|es)?|se rendre|se rendent|se sont rendue?s) (?:\w+ )?chez (?:des|leurs|de la|les) "
     r"(?:parents|proches|amis|familles|parenté|cousins|cousines)\b(?![^.;]{0,40}?\bpour (?:les |la |le |l[’'])?(?:vacances|fêtes?|congés|"
     r"week-end|noël|nouvel an|funérailles|deuil|mariage"
     # (nor a pilgrimage or a feast, nor advice for a flood to come: "se rendent chez des
     # parents à Touba pour le Magal", "conseille de se rendre chez des parents en cas de crue")
     r"|magal|pèlerinage|tabaski|aïd|ramadan|pâques|toussaint|baptême|visite)\b"
     r"|[^.;]{0,40}?\ben cas d)", "displaced", "flow"),
    # ... in English ("perhaps 150,000 people went to relatives and friends"; not "went to
    # relatives for Christmas")
    # (nor to the victims' relatives, "300 went to relatives of the victims", nor for a long
    # weekend or a meal)
    (r"(?:went|gone|moved|go) (?:in )?(?:to|with) (?:their )?(?:relatives|friends|family members|"
     r"host families)\b(?! of (?:the )?(?:victims?|dead|deceased|missing)\b)"
     r"(?![^.;]{0,40}?\bfor (?:the |a )?(?:long |bank holiday |holiday |summer |easter |school )?"
     r"(?:holidays?|christmas|new year|weekend|funerals?|weddings?|festivities|lunch|dinner|"
     r"meals?|a meal|visits?|a visit|eid)\b)"
     # ... or to hotels and shelters ("the other 850 or so went to hotels in Istiaia"; not
     # for a night out or a conference)
     r"|(?:went|gone|moved|go) (?:in )?to (?:the )?(?:hotels|motels|(?:evacuation |emergency |"
     r"temporary )?shelters|evacuation cent(?:re|er)s)\b"
     r"(?![^.;]{0,40}?\bfor (?:the |a )?(?:conference|summit|meeting|festival|night|weekend)\b)",
     "displaced", "flow"),
    # gone by ship, lifted or transferred, in a noun ("around 11,000 took ships to Auki",
    # "Hélitreuillage de 37 personnes", "Transfert de 85 sinistrés du cégep vers la base")
    (r"took (?:a |the )?(?:ships?|boats?|buses|flights?|planes?|ferr(?:y|ies)|canoes?|trucks?) (?:to|for)\b"
     r"|(?:hélitreuillages?|héliportages?|transferts?|relocalisations?)(?= de (?:\d|quelque|environ|près|"
     r"plus))", "", "flow"),
    # people still waiting to be rehoused, or who slept there ("entre 60 et 80 ménages qui
    # attendent un relogement", "quelque 24 000 personnes y dormaient")
    (r"(?:attend(?:ent|aient)|awaiting|waiting for) (?:un |leur |a |their )?(?:relogement|rehousing)"
     r"|y (?:dorment|dormaient|ont dormi|passent la nuit)|slept there", "", "stock"),
    # passing through shelters, all told ("1 140 personnes au total sont passées par les
    # centres d'accueil du département", "plus de mille personnes sont passées par nos
    # salles"; not "passées par la mairie" to ask for aid)
    (r"pass(?:é|ée|és|ées) par (?:les |le |la |l[’']|nos |notre |des |un |une |ces |ce )?"
     r"(?:[\w’'-]+ )?(?:centres?|salles|gymnases?|abris|sites?|hébergements?|"
     r"structures? d[’']accueil|lieux d[’']accueil)\b"
     # (not care, training or aid given there: "sont passées par les centres de santé",
     # "par les centres de traitement Ebola", "par le site de distribution")
     r"(?! (?:de |d[’']|du |des )(?:la |l[’'])?(?:santé|soins|traitement|dépistage|vaccination|"
     r"formation|distribution|classe|cours|conférence|réunion|consultations?|nutrition|"
     r"isolement|transfusion|tri|vote|examen)\b)", "", "flow"),
    # landing from boats ("1 300 personnes ont débarqué de pirogues venues de Baraka"; not
    # a minister "débarqué" from government)
    (r"(?:débarqu(?:é|ée|és|ées|ent|aient|ant)|disembark(?:ed|ing)?)"
     r"(?= (?:de |des |du |d[’']|from |at |in |à |au |aux |sur ))(?! (?:du |de la )?gouvernement)",
     "", "flow"),
    # driven out of their homes ("les combats ont fait sortir de chez eux 5 000 habitants")
    (r"(?:fait|font|faire|faisaient) sortir (?:de chez eux|de leurs (?:maisons|domiciles|foyers))",
     "displaced", "flow"),
    (r"déplac(?:és?|ées?|ement|er)|quitt(?:é|er|ent|ant)|chass(?:és?|ées?)|contraint|jet(?:er|é|és|ée|ées|te|tent|tant) (?:[^,;.]{0,50}? )?sur les routes", "displaced", "flow"),
    (r"pouss(?:e|ent|é|és|ée|ées|er|ant) .{0,40}?(?:vers|hors|sur les routes)|sans abri|sans toit|fui(?:r|t|ent)? leurs? (?:domicile|maison|village)s?", "displaced", "flow"),
    # fleeing with no direction: fled, flow
    (r"fl(?:ed|ee|eeing|ees)|running for safety|ran for safety|escap(?:ed|ing|e)|sent .{0,30}?fleeing", "fled", "flow"),
    # ("about 70,000 residents left by train and road")
    (rf"left by (?:{_VEHICLES}|foot)\b", "fled", "flow"),
    # ("plus de six mille habitants de Cabaret ont pris la fuite")
    (r"(?:pris|prennent|prendre|prenaient|prenant|prend) la fuite", "fled", "flow"),
    (r"fui(?:r|t|ent|ent)?|fuyant|en fuite|s[’']enfuir", "fled", "flow"),
    # leaving of one's own accord, where to unsaid ("sont parties d'elles-mêmes, sans dire
    # où", "left on their own")
    (r"parti(?:e|s|es)? (?:d[’'](?:eux|elles)-mêmes|de (?:leur|son) propre chef|par (?:leurs|ses) propres moyens"
     # ("près de 200 familles sont parties sans laisser d'adresse")
     r"|sans laisser d[’']adresse|sans dire où|on ne sait où)"
     # (not the passive "120 children were left on their own at the site", left behind)
     r"|(?<!were )(?<!was )(?<!been )(?<!being )(?<!are )(?<!is )"
     r"left (?:of their own accord|on their own|by their own means)", "fled", "flow"),
    # (taking refuge is going somewhere, inside or across a border, which the place and
    # the report say: "se sont réfugiés sur les collines", "se sont réfugiés au Rwanda")
    (TOOK_REFUGE, "", "flow"),
    # people leaving one named place for another ("900 households left Muea and Ekona for
    # Buea town", "des familles ont quitté Gayéri pour Fada"): the people's noun right
    # before the verb (not "the minister left Kinshasa for Brussels with 30 people", nor
    # "left Goma to attend a meeting"); which people, and where to, is for the rest to say
    # ("left Nyarugusu for Burundi under the voluntary repatriation programme")
    (r"(?:households|families|people|persons|residents|villagers|ménages|familles|personnes|"
     r"habitants) (?:have |had |ont |avaient )?(?:left|quitté) (?-i:[A-ZÀ-Þ])[\w’'-]*"
     r"(?:(?:,| and| et) (?-i:[A-ZÀ-Þ])[\w’'-]*)* (?:for|towards?|pour|vers)\b", "", "flow"),
    # ... or leaving a named place for nowhere said: they fled it ("around 2,300 people left
    # Woldia in July", "families left Rodynske on foot"); the noun right before the verb
    # again, so the minister who left Kinshasa moves no one
    # (not "families who left Minembwe in May are now in Fizi": where they are is the
    # figure; nor a place left for another, the row above)
    ("(?:" + "|".join(f"(?<={noun} )" for noun in _LEAVERS) + r")left(?= (?:the )?(?-i:[A-ZÀ-Þ])"
     r"(?![\w’'-]*(?:(?:,| and) (?-i:[A-ZÀ-Þ])[\w’'-]*)* (?:for|towards?)\b))", "fled", "flow"),
    # going home: returned, flow ("returns" only as a noun: "spontaneous returns",
    # "Returns: 600 households"; not "as violence returns to Djugu")
    (r"return(?:ed|ing|ees?)?(?: home)?|(?:spontaneous|voluntary|organi[sz]ed|assisted|facilitated|refugee|recent|new|mass) returns|returns(?=\s*:| (?:from|of)\b)|go(?:ing|es)? home|went home|gone home|c[oa]me home|coming home|went back|gone back|go back|came back|come back|coming back|cross(?:ed|ing|es)? back(?! and forth)|cross(?:ed|ing|es)? home|" + _HOME_COUNTRY + r"|repatriat\w*|drove them back|drove back(?! the\b)|driving back(?! the\b)"
     # let back in by the authorities ("were allowed back to their homes", "autorisés à
     # regagner leur domicile" is a return already)
     # (not back to work or to class: "400 children were allowed back to class", "1,500
     # miners were allowed back into the Rubaya mine")
     r"|(?:allowed|permitted|let) (?:to (?:go|move) )?back(?! (?:and forth|to (?:work|school|class(?:es)?|"
     r"lessons|campus|their (?:jobs|posts|desks|studies))|in(?:to)? (?:the )?(?:[\w’'-]+ )?"
     r"(?:mines?|classrooms?|schools?|markets?|offices?|factory|factories))\b)"
     # (nor a visit: "46 residents were allowed back for four hours to collect belongings";
     # but a return all the same: "allowed back to collect belongings and stay")
     r"(?![^.;]{0,60}?\b(?:for (?:an hour|a few hours|a couple of hours|"
     r"(?:one|two|three|four|five|six|several|\d+) hours?)|to (?:collect|retrieve|fetch|pick up) "
     r"(?:their |some )?(?:belongings|possessions|documents|papers|animals|livestock|valuables)"
     r"(?! and (?:to )?(?:stay|remain|live|settle|move back|resettle)\b))\b)",
     "returned", "flow"),
    # ("700 familles revenues l'an dernier": the participle right after the people; alone,
    # "revenues" is income)
    ("(?:" + "|".join(f"(?<={noun} )" for noun in ("familles", "personnes", "ménages", "déplacés",
                                                   "réfugiés", "habitants"))
     + r")revenu(?:e|s|es)\b", "returned", "flow"),
    # (not the school year's start: "À la rentrée, 143 élèves ...", "la rentrée scolaire")
    # (but the return of people, said as a noun: "une rentrée progressive de 3 000 réfugiés",
    # "La rentrée de 2 500 ménages déplacés se poursuit"; not "la rentrée des classes")
    (r"rentr(?:er|és?|ées?|ent)(?<!la rentrée)(?<!cette rentrée)(?<!une rentrée)"
     r"|" + _right_after(("la", "une"), ("rentrée",)) + r"(?=(?: \w+)? (?:de|des|d[’'])(?! ?classes\b)[^.;]{0,25}?\b(?:réfugiés|"
     r"déplacés|rapatriés|retournés|ménages|familles|personnes)\b)"
     r"|regagn(?:er|é|ent)|retourn(?:er|és?|ées?|ent)|"
     r"rapatri\w*|retours?"
     # back in their homes ("2 600 résidents ont pu réintégrer leur domicile"), back where
     # they came from ("Près de 600 sont reparties à Saint-Martin")
     r"|réintégr(?:er|é|és|ée|ées|ent|aient)(?= (?:leurs? |son |sa )?(?:domiciles?|logements?|"
     r"maisons?|foyers?|habitations?|quartiers?)\b)"
     r"|(?:sont|étaient|seront) reparti(?:e|s|es)? (?:à|au|aux|chez)\b"
     # ("Quelque 1 200 sinistrés sont repartis vers leurs douars d'origine")
     r"|reparti(?:e|s|es)? (?:vers|dans) (?:leurs?|son|sa|ses) (?:[\w’'-]+ ){1,2}d[’']origine\b"
     # (a list's row of people leaving a camp: "Departures (week): 1,210, mostly back to
     # Qayyarah town")
     r"|(?<=, )(?:mostly|most of them|almost all|nearly all|all) back to\b"
     # ("about 2,150 people moved back into their repaired homes")
     r"|moved back (?:in|into|to)(?= (?:their |the )?(?:[\w-]+ )?(?:homes?|houses?|villages?|neighbou?rhoods?)\b)"
     # ("some 1,500 residents have moved back", "500 people moved back onto the cleared land")
     # (not a date put off: "the registration deadline had moved back a week")
     r"|(?:have|has|had) moved back\b(?! to (?:work|school|class)| (?:by )?(?:a|an|one|two|three|"
     r"several|\d+) (?:days?|weeks?|months?|years?|hours?)\b)|moved back onto\b"
     # back on their land ("Families back on their plot", a table's column; "300 families
     # are back on their farms")
     # back, said of the people ("| Residents back (City) |", "some 2,000 evacuees back home")
     # (a header's bracket closes its cell, not "3,000 residents back (by a large majority)
     # the plan"; in a sentence the cue is "back" after the noun, so it is read as a return)
     r"|(?:residents|evacuees|inhabitants|islanders|families|households) back"
     r"(?=\s*(?:\([^()|\n]{0,30}\)\s*(?:\||\n|$)|$))"
     r"|(?:(?<=residents )|(?<=evacuees )|(?<=inhabitants )|(?<=islanders )|(?<=families )|"
     r"(?<=households ))back(?= (?:home\b|in (?:their|the) (?:homes?|houses?|town|city|village|"
     r"island)\b|on the island\b))"
     r"|back on (?:their|its) (?:own )?(?:plots?|land|farms?|fields|holdings?)\b"
     # (not farmers back at work for a season: "2,000 farmers are back on their fields
     # preparing for planting")
     r"(?![^.;]{0,60}?\b(?:planting|sowing|harvest\w*|season|weeding|ploughing|plowing|"
     r"cultivation|after the rains)\b)",
     "returned", "flow"),
    # let or brought back by others, the count between ("The Council let the first 900 back
    # to the western end", "the navy brought 250 people back to a rebuilt village")
    (r"(?:let|allowed|brought|took|flew|ferried|bused|bussed|drove)(?= (?:the (?:first |last |"
     r"remaining )?)?(?:another |some |about |around |nearly |over |more than )?"
     rf"(?:\d[\d,.]*|(?:{_NUMBER_WORD})\b)(?: [\w’'-]+){{0,2}}? back (?:to|into|home|onto)\b"
     # (not to school or work: "Buses drove 600 children back to school")
     rf"(?! (?:the |their |a )?(?:{_ERRANDS})\b))",
     "returned", "flow"),
    # "revenir de Syrie", "sont revenus" (not "revenus", income: only with its auxiliary)
    (r"revenir|reviennent|(?:sont|est|étaient|était) (?:déjà )?revenu(?:e|s|es)?", "returned", "flow"),
    # people leaving the centres that sheltered them go home ("250 households whose houses
    # were intact left the centres")
    (rf"(?:left|leaving|have left|ont quitté|quittent) (?:the |les )?(?:(?:evacuation|accommodation) )?"
     rf"(?:centres|centers|{EVACUATION_CENTRES}|centres d[’'](?:hébergement|accueil))", "returned", "flow"),
    # people escorted on the road ("l'armée a escorté un convoi de 75 ménages de Kokorou
    # jusqu'à Téra"): which people, returnees or others, is for their noun to say (not
    # "escorted 200 protesters out of parliament": only a convoy)
    (r"escort(?:ed|é|ée|és|ées)\s+(?:a\s+convoy\s+of|un\s+convoi\s+de)", "", "flow"),
    # people moved by someone ("authorities had moved 1,140 residents of Faskari to safer
    # towns", "we moved another 430 people out of Zolochiv"): evacuated, unless their noun
    # says who they are ("UNHCR moved 5,000 refugees to Farchana camp", `MOVED_BY_OTHERS`)
    (rf"moved(?= {_COUNT_AHEAD})", MOVED_BY_OTHERS, "flow"),
    # ... and in the passive, when forced ("700 people had to be moved again to the district
    # school"; not "1,200 refugees were moved to the new site", a relocation)
    (r"(?:had|have|has) to be (?:moved|relocated)", MOVED_BY_OTHERS, "flow"),
    # ... or driven somewhere ("ont été conduits en bus à Tabarka"; not "ce qui a conduit
    # à", nor the injured "conduits à l'hôpital")
    (r"(?:conduit|emmené)(?:s|es) (?:(?:en|par) (?:bus|cars?|camions?|bateaux?|hélicoptères?) )?"
     r"(?:vers|jusqu[’']à|à)(?! (?:l[’'])?(?:hôpita\w+|clinique|centre de santé|urgences))"
     # (nor the arrested: "emmenés à la prison centrale", "conduits à la gendarmerie")
     r"(?!(?: la| le)? (?:prison|gendarmerie|caserne|morgue|police|commissariat|maison d[’']arrêt|"
     r"tribunal|parquet|cachot)\b)",
     MOVED_BY_OTHERS, "flow"),
    # ... or moved out of a place ("2,000 people a day were being moved from the town")
    # (not a thing that held them, "the camp, home to 25,000 refugees, was moved", nor a
    # name taken off a list)
    # ("about 80 households on Olinda Road were moved out as the fire crossed")
    # ... or ordered out, as reports count an evacuation ("about 2,000 residents have been
    # ordered out of their homes", "were ordered to evacuate that morning")
    # (not an order most did not follow: "were ordered to evacuate but most stayed", "...,
    # but fewer than 3,000 did so", "...; most have refused to go"; nor people told to leave
    # a country or their posts: "40 aid workers were ordered to leave the country")
    # (or told to, by an alert: "3,100 residents told to leave by 112 alerts")
    (r"(?:(?:was|were|been|being) ordered (?:out\b|to evacuate\b|to leave\b)"
     # (told to leave their homes or a place, or by an alert: not a classroom, offices or a
     # country, "1,500 Afghans were told to leave Pakistan")
     r"|(?:(?:was|were|been|being) )?told to (?:evacuate\b|leave(?= (?:their |the )?(?:homes?|"
     r"houses?|villages?|areas?|zones?|town|island|valley|neighbou?rhoods?|district)\b| by\b|\s*[.;,])))"
     r"(?! (?:the |their )?(?:country|posts?|jobs?|premises)\b)"
     r"(?![^.]{0,80}?(?:\bbut\b|\byet\b|\bthough\b|;)[^.;]{0,40}?\b(?:most|many|few|fewer|only|"
     r"some|majority|half|refus\w*|stayed|remained)\b)", "evacuated", "flow"),
    # ... or moved by a vehicle ("The 42 residents of the care home were moved by ambulance
    # to Chalkida"; not goods, whose noun says so), or taken off a beach, an island or a
    # roof ("About 1,050 people were taken off the beach at Pefki by two ferries")
    (rf"(?:was|were|been|being) (?:moved|taken|transferred) by (?:{_VEHICLES})\b"
     # (not an errand: "150 children were taken by bus to school", "to hospital")
     rf"(?![^.;]{{0,40}}?\bto (?:the |a )?(?:{_ERRANDS})\b)"
     r"|(?:was|were|been|being) (?:taken|lifted|airlifted|ferried|carried|plucked|winched) off "
     r"(?:the |their )?(?:[\w-]+ )?(?:beach(?:es)?|islands?|roofs?|rooftops?|coast|shore|quay)\b",
     MOVED_BY_OTHERS, "flow"),
    (r"(?:being|been|were) moved (?:from|out of|away from|out\b)"
     r"(?! (?:the |a |their )?(?:beneficiary |distribution |waiting )?(?:lists?|registers?|"
     r"registry|database|rolls?|caseload)\b)", MOVED_BY_OTHERS, "flow"),
    # evacuation: evacuated, flow
    # (an evacuation order moves nobody yet: "30,000 people still live in the areas
    # covered by the new evacuation order"; nor does an evacuation zone: "Residents still in
    # the mandatory evacuation zone: about 4,000")
    # ("in evacuation areas in Albay", Philippine shelters; not "the evacuation area covers
    # 14 villages")
    # (nor are an order's instructions or advisories: "evacuation instructions were issued
    # to more than 51,000 residents")
    (r"evacuat(?:es|ed|ions?(?! (?:orders?|instructions?|advisor(?:y|ies)|warnings?|notices?|"
     r"zones?|area\b))|ing)|"
     r"(?<!the )evacuation(?= area)|évacu(?:és?|ées?|er)|"
     r"(?<!zone d')(?<!zone d’)évacuation"
     # (the French civil protection's word: "1 120 personnes ont été mises à l'abri dans
     # 47 centres")
     # (not homeless people sheltered from the cold: "2 500 personnes sans domicile ont été
     # mises à l'abri" under a winter plan)
     r"|(?<!domicile ont été )(?<!domicile fixe ont été )(?<!sans-abri ont été )(?<!sdf ont été )"
     r"mis(?:es?)? à l[’']abri(?![^.;]{0,80}(?:grand froid|hivernal))|mise à l[’']abri"
     # people got out of danger by others ("les gendarmes ont fait sortir une vingtaine de
     # familles", "firefighters carried out the 120 residents"; not "carried out 40
     # assessments", whose noun is no people)
     # (by those who protect them; fighting that "a fait sortir" people displaced them)
     r"|(?:gendarmes|policiers|police|soldats|militaires|armée|pompiers|secouristes|sauveteurs|"
     r"secours|autorités|casques bleus|protection civile|croix-rouge|volontaires|équipes|forces)"
     # (a few words after the agent, none a negation or a clause of its own: "n'ont pas
     # pu", "qu'ils feraient"; the infinitive only after what was done: "ont pu faire")
     r"(?: (?!(?:que|qu[’']\w*|n[’']\w*|ne|pas)(?![\w’'-]))[\w’'-]+){0,3}?"
     r" (?:(?:ont |a |avaient |sont venus )?(?:fait|font|faisaient)"
     r"|(?:ont dû|ont pu|ont réussi à|a dû|a pu|a réussi à|(?:sont|est) parvenue?s? à) faire)"
     r" sortir"
     r"(?= (?:de chez eux |de leurs maisons )?"
     r"(?:les |des |une |quelque |environ |près de |plus de )?(?:\d|dizaines?|vingtaines?|"
     r"trentaines?|quarantaines?|cinquantaines?|centaines?|milliers))"
     # (not people pulled alive from rubble or a mine)
     # (not "vivant" that says where they live: "300 familles vivant au bord de la rivière")
     r"(?![^.;]{0,60}\b(?:vivant(?:e?s)?\b(?!\s+(?:au|aux|à|dans|sur|près|le long|en|chez|sous)\b)"
     r"|des décombres|des gravats|de la galerie|des ruines))"
     r"|carried out(?= (?:the |some |about |around |nearly |more than |over )?\d)"
     # (not people pulled alive from the rubble, nor bodies)
     r"(?![^.;]{0,40}\b(?:alive|bodies|dead (?:from|out of)|drill"
     r"|(?:from|out of|under|beneath|trapped in|in) (?:under |beneath )?(?:the )?"
     r"(?:rubble|debris|ruins)))",
     "evacuated", "flow"),
    # ... but leaving one is ("have left the evacuation zone around Kupiansk", "bused from
    # the evacuation zone", "relocalisées hors de la zone d'évacuation"); an evacuation area
    # is one, or a shelter ("staying in evacuation areas in Albay")
    (r"(?:left|leave|leaving|out of|from|hors de|quitt(?:é|ée|és|ées|er|ent|ant)|"
     r"sortie?s? de)\s+(?:the |la |l[’'])?(?:[\w-]+ ){0,2}?"
     r"(?:evacuation (?:zones?|area)|zones? d[’']évacuation)",
     "evacuated", "flow"),
    # taken out of a place under fire ("brought out of Vovchansk"; not "taken out of the
    # rubble" or "of school", "have taken out loans"; "driven out of" displaces)
    (r"(?:brought|taken|bus(?:s)?ed|ferried) out of(?! (?:the )?(?:rubble|debris|ruins|water|hospital|schools?|poverty))", "evacuated", "flow"),
    # ... or lifted out, in the passive ("were lifted out by helicopter", "taken out by boat
    # and army trucks", "have been taken out with their parents")
    # (or off an island: "about 5,000 people, had been taken off the island")
    (r"(?:were|was|been|being|be) (?:lifted|taken|ferried|bus(?:s)?ed|flown|shuttled|winched) "
     r"(?:out\b|off (?:the |their )?(?:islands?|atolls?|cays?|peninsula)\b)"
     r"(?! of (?:the )?(?:(?:extreme|absolute|abject|deep) )?(?:rubble|debris|ruins|water|hospital|schools?|poverty))"
     # (not taken out to be killed: "about 30 men were taken out and executed")
     r"(?!\s+(?:and|to be) (?:shot|executed|killed|beaten|murdered|tortured|abused|summarily))"
     r"|(?:were|was|been|being) flown from\b",
     "evacuated", "flow"),
    # ... or taken from one place to another by a ship, a plane, a bus ("a Turkish navy ship
    # took about 2,000 people from Beirut port to Mersin")
    # (people, or a count alone or of a nationality: "Saudi ships carried 5,000 from Port
    # Sudan", "Flights took 1,200 Indians from Port Sudan"; not "took 2,000 samples from
    # patients", "took 3 days from Gaza City")
    # (or to a named place: "Kiro brought 146 Koro people to Suva last night")
    # (not their things, nor a crowd brought to a rally: "brought 300 families' belongings
    # to Goma", "Buses brought 300 people to Kinshasa for the rally")
    # (past a number in words: "brought six thousand two hundred and twelve passengers out
    # of Uganda")
    (rf"(?:{CARRY_VERBS})(?= {_COUNT_AHEAD}(?:(?:[^.;]{{0,20}}?|[^.;,]{{21,40}}?)\b"
     r"(?:people|ppl|persons|residents|civilians|families|households|children|evacuees|passengers|"
     r"citizens|nationals|foreigners|tourists|migrants)\b(?![’'])(?:,[^.;,]{0,60},)?[^.;]{0,30}? (?:(?:from|off) "
     # (not for a ceremony: "shuttled about 40 people, mostly journalists, from Goma to Bunia
     # for the ceremony")
     rf"{_FOR_AN_EVENT}|(?:to|out of) (?-i:[A-ZÀ-Þ]){_FOR_AN_EVENT}"
     rf"|by (?:{_VEHICLES}) to\b"
     rf"(?! (?:the |a |an )?(?:{_ERRANDS})\b)"
     # (nor for an outing: "took 60 tourists, most of them Europeans, by boat to the island for
     # a day trip", "by bus to the shrine for the festival")
     r"(?![^.;]{0,40}?\bfor (?:the |a |an )?(?:[\w-]+ )?(?:rall(?:y|ies)|campaign|elections?|"
     r"trips?|tours?|visits?|excursions?|outings?|festivals?|ceremon(?:y|ies)|celebrations?|"
     r"pilgrimages?|holidays?)\b))"
     r"|[\d,.]*(?: (?-i:[A-Z][a-z])[\w-]+)? (?:from|off) (?:the )?(?-i:[A-ZÀ-Þ])))",
     "evacuated", "flow"),
    # people aboard a boat, a bus or a convoy ("The second, carrying 183 people, beached at
    # Sabang", "Chaque convoi transporte entre 800 et 1 200 personnes", "The first boat,
    # with 147 people on board", "Des milliers de personnes embarquent dans des autobus"):
    # on the move, who they are the report's to say (passengers are travellers)
    (rf"(?:(?:carrying|carried|carries|transport(?:e|ent|ait|aient|ant|ing|s))(?= {_COUNT_AHEAD}"
     r"[\d,.\s]*(?:(?:to|and|et|à) [\d,.\s]+)?(?:[\w’'-]+ )?(?:people|persons|"
     r"refugees|migrants|evacuees|returnees|personnes|réfugiés|évacués|rapatriés)\b"
     # (not the load of each: "the trucks carried up to 80 people each")
     r"(?![^.;]{0,20}?\b(?:each|apiece|chacun|chacune)\b))"
     r"|" + _right_after(("people", "persons", "refugees", "migrants", "personnes", "réfugiés"),
                         ("on board", "aboard", "à bord")) +
     r"|embarqu(?:ent|aient|ait|é|és|ée|ées)(?=[^.;]{0,40}?\b(?:bus|autobus|camions?|bateaux?|"
     r"pirogues?|navires?|avions?|trains?|cars)\b))"
     # (not a vehicle's toll in an accident or an attack: "A bus carrying 45 people
     # overturned near Kisoro", "une pirogue transportant 60 personnes a chaviré"; nor
     # people taken to a rally or by the police: "embarquent dans des bus pour le meeting",
     # "embarqués dans des camions de la police")
     r"(?![^.;]{0,80}?\b(?:overturned|crashed|capsized|capsizing|collided|sank|sunk|"
     r"accident|chaviré|chavirée|naufrag\w*|renversé|renversée|écrasé|écrasée|"
     r"rançonn\w*|kidnapp\w*|abducted|hijacked|ambushed|attacked|attaqué\w*|"
     r"(?:camions?|véhicules?|jeeps?) de (?:la )?police|police (?:trucks?|vans?|vehicles?)|"
     r"arrested|arrêtés|interpellés)\b)"
     r"(?![^.;]{0,60}?\b(?:pour|for) (?:le |la |les |un |une |the |a )?(?:[\w-]+ )?"
     r"(?:meetings?|rally|rallies|rassemblements?|match|concert|campaign|campagne électorale|"
     r"culte|messe|fêtes?|festival)\b)",
     "", "flow"),
    # ... and in the passive ("11,000 visitors were taken by bus from West Maui to Kahului",
    # "110 people were brought by boat to Nuku'alofa"): moved by others, whose noun may say
    # who they are ("refugees were taken by bus to Kakuma camp", a relocation)
    (r"(?:were|was|been|being) (?:taken|brought|transported|carried|driven|ferried|shuttled) "
     rf"(?:by (?:{_VEHICLES})|in (?:buses|boats|trucks|lorries|convoys?)"
     # (the place first: "The 40-odd residents of Gipsy Point were brought into Mallacoota
     # by boat")
     rf"|(?:into|to) (?-i:[A-ZÀ-Þ])[\w’'-]+(?: (?-i:[A-ZÀ-Þ])[\w’'-]+)? by (?:{_VEHICLES}))"
     r"(?= (?:from|to|off|out|on|in|at|yesterday|today|last)\b|\s*[.;,])"
     # (not a daily trip: "2,000 people were taken by bus to polling stations")
     rf"(?! to (?:the |a |their )?(?:{_ERRANDS})\b)", MOVED_BY_OTHERS, "flow"),
    # ... or lifted off roofs ("Helicopters lifted another fifteen hundred or so off the
    # rooftops")
    (rf"(?:lifted|winched|plucked|hoisted)(?= {_COUNT_AHEAD}?[^.;]{{0,40}}?\b(?:off|from) (?:the |their )?"
     r"(?:roofs?|rooftops?|trees|islands?)\b)", "evacuated", "flow"),
    # ... or flown out ("2,600 people were airlifted to safety", "héliportées")
    # (a count flown from a place: "adding to the 9,500 flown from the Suncor airstrips")
    # (and what an airlift moves: "at its peak the airlift moves some 5,000 people a day")
    # (not what it flies in: "the airlift flew 300 aid workers into the quake zone")
    (rf"airlifts? (?:(?:has|have|had) )?(?:moves|moved|carries|carried|flies|flew|flown|"
     rf"takes|took|taken)(?= {_COUNT_AHEAD})(?![^.;]{{0,40}}?\binto\b)", "evacuated", "flow"),
    # gone ahead of a disaster ("an estimated 40,000 island residents left before the storm")
    # (not vessels or flights: "300 fishing boats left before the storm")
    (r"(?<!boats )(?<!ships )(?<!vessels )(?<!flights )(?<!planes )(?<!trawlers )"
     r"(?:left|had left|fled) (?:ahead of|before) the (?:storm|hurricane|cyclone|typhoon|flood(?:s|ing)?|"
     r"fire|wildfire|eruption|landfall|surge)\b", "evacuated", "flow"),
    # taken in by a town, a family or a mission ("Les survivants, 650 à 700 personnes, ont été
    # recueillis dans le bourg de Posoltega")
    # (not things collected: "Les dons ont été recueillis par la Croix-Rouge", "5 000
    # signatures a été recueillie par l'association")
    ("(?:" + _not_right_after(_COLLECTED, ("ont été", "avaient été", "sont", "étaient", "a été"))
     + "|été" + "".join(f"(?<!{w} {aux}été)" for w in _COLLECTED for aux in ("", "ont ", "a ", "avaient "))
     + r") recueilli(?:e|s|es)? (?:dans|à|au|aux|par|chez)\b",
     "displaced", "flow"),
    # ... or taken off a stranded train, a roof or an island by boat ("its 640 passengers
    # were taken off by boat and army lorry")
    (rf"taken off by (?:{_VEHICLES}|the army|the navy|rescuers)\b",
     "evacuated", "flow"),
    (r"airlifted|evacuated by air|flown out|(?<=\d )flown from|"
     r"héliporté(?:e|s|es)?|hélitreuillé(?:e|s|es)?", "evacuated", "flow"),
    # ... or brought or taken out, a count right after ("We bring out 30 to 40 people a
    # day", "Company charter flights have taken out about 4,000 people today"), in French
    # "sortir" ("les pompiers avaient encore sorti en bateau 160 personnes")
    (rf"(?:(?:bring|brings|bringing|brought|take|takes|taking|took|taken|fly|flies|flying|flew|"
     rf"flown) out|sorti(?: (?:en|par) [\w-]+)?)(?= {_COUNT_AHEAD}[\d,.\s]*(?:(?:to|and|or|à) [\d,.\s]+)?"
     rf"(?:[\w’'-]+ )?(?:people|ppl|"
     r"persons|residents|civilians|families|households|children|elderly|evacuees|villagers|"
     r"personnes|habitants|résidents|familles|ménages|enfants)\b)"
     # (not taken out to be killed, pulled from the rubble, or let out of prison: "the
     # gunmen took out 12 people from the church and executed them", "ont sorti 45 personnes
     # des décombres", "a sorti 20 personnes de la prison de Makala")
     r"(?![^.;]{0,80}?\b(?:(?:and|then|before|to be|et|puis|avant de les) (?:\w+ )?(?:executed|shot|"
     r"killed|murdered|tortured|exécuté\w*|tué\w*|abattu\w*|fusillé\w*)|rubble|debris|ruins|"
     r"décombres|gravats|ruines|(?:de|from) (?:la |the )?(?:prison|jail|cachot)s?)\b)",
     "evacuated", "flow"),
    # being present somewhere: stock
    # (in an evacuation centre as field chats write it: "62,170 people in 758 evac
    # centres", "Ra ECs = 6,480 ppl"; not "not on any EC list")
    # (one only where it shelters people: "in the EC at Nanukuloa school", "the EC ppl"; not
    # the European Commission, "The EC's report")
    (r"evac(?= cent(?:re|er)s?\b)|(?<!any )(?<!no )(?-i:ECs)\b(?!-)"
     r"|(?<=the )(?-i:EC)(?= (?:at|in)\b)|(?-i:EC)(?= (?:ppl|people)\b)", "evacuated", "stock"),
    # a shelter that has people ("the Mundo Imperial shelter has about 1,400", "the sports
    # centre with 850 people"; not "the camp has 12 latrines": a count of people)
    (r"(?:shelters?|abris?|evac(?:uation)? cent(?:re|er)s?|(?:sports?|community|collective) "
     r"cent(?:re|er)s?|centres? d[’']accueil|centres? d[’']hébergement|gymnase)"
     r" (?:has|had|have|holds|held|with|avec|compte|comptait)(?= (?:about|some|around|nearly|"
     r"over|more than|environ|près de|plus de|quelque|\d))", "", "stock"),
    (r"sheltering|sheltered|hosting|hosted|hosts|staying|living (?:in|on|at)|(?<=people )live (?:in|at|on)\b|now in|currently in|holds|camps?|sites?|transit cent(?:re|er)", "", "stock"),
    # in someone's centre or shelter, as a witness is asked ("How many people are in your
    # centre today?"; not "in the centre of town")
    (r"(?:are|were|is|was) (?:still )?(?:in|at) (?:your|our|their|his|her) "
     r"(?:rest |evacuation |reception )?(?:centres?|centers?|shelters?|halls?)\b(?! of\b)", "", "stock"),
    # the verb after a count ("hundreds more shelter in the shopping centre"; not "shelter in
    # place", an order to stay)
    # (nor a shelter from an air raid: "20,000 residents shelter in the city's metro stations",
    # "300 families shelter in their basements")
    (r"(?:more|others|people|families|residents) shelter (?:in|at|under|inside)\b(?! place\b)"
     r"(?!(?: [\w’'-]+){0,3} (?:metro|subway|underground|basements?|cellars?|bunkers?|"
     r"bomb shelters?|air[- ]raid shelters?|safe rooms?)\b)",
     "", "stock"),
    # being in shelters, in French ("410 personnes étaient encore dans les centres de refuge",
    # "se trouvaient mardi matin dans les 52 centres d'hébergement")
    (r"(?:sont|étaient|restent|restaient|demeurent|se trouv(?:ent|aient))"
     r"(?: (?:encore|toujours|désormais|actuellement|\w+ matin|\w+ soir))? dans (?:les|des|un|une|le)"
     r"(?: \d+)? (?:centres? (?:d[’'](?:hébergement|accueil|évacuation)|de refuge)|abris|gymnases?)",
     "", "stock"),
    # a shelter "housing 640 people", people "housed in schools" (not "housing" the noun:
    # "the housing ministry", "housing for 3,000 returnees")
    (rf"(?:is|are|was|were|now|still) (?:housing|holding)(?= {_COUNT_AHEAD})|housed (?:in|at)"
     # ("shelters are full, housing some 186,000 people")
     rf"|(?<=, )housing(?= {_COUNT_AHEAD})", "", "stock"),
    (r"camped|camping|stranded (?:at|on|along|near) the (?:[\w-]+ )?(?:border|side|bank|shore|frontier)"
     r"|bloqué(?:e|s|es)? à la frontière"
     # gathered where a border is crossed ("had gathered on the riverbank west of Maungdaw")
     r"|gathered (?:on|at|along|near) the (?:[\w-]+ )?(?:border|riverbank|river bank|frontier)"
     # ... or on a beach, to board or cross ("on the beach near Maungdaw, hoping to board
     # boats"; not "on the beach in Tyre for the festival")
     r"|gathered (?:on|at|along|near) the (?:[\w-]+ )?(?:beach|shore|coast)"
     r"(?=[^.;]{0,60}?\b(?:(?:hoping|waiting|trying) to|boats?)\b)"
     r"|host(?= (?:about|some|around|roughly|nearly|over|more than|an estimated|up to)\b)"
     # a place that "shelters" a number of people ("now shelters an estimated 450,000
     # people"; not "shelters about 300 patients and treats 2,000 children")
     r"|shelters(?= (?:(?:about|some|around|roughly|nearly|over|more than|an estimated|up to) )?[\d.,]+"
     r"(?: million)? (?:people|persons|individuals|families|households|displaced|idps|refugees)\b)",
     "", "stock"),
    # in collective shelters, or with relatives ("1,100 people are in 5 collective shelters",
    # "have gone to stay with relatives")
    (r"(?:are|is|were|was|now) (?:in|at) (?:\d+ )?(?:collective|evacuation|temporary|emergency|transit) "
     r"(?:shelters?|centres?|centers?|sites?)"
     # ("71,400 people in 1,016 shelters nationwide")
     # (someone's: "were in the district's temporary shelters")
     # (not cover taken from a storm for an hour: "500 people took cover in public shelters")
     r"|(?<!cover )in (?:the |these |its |their )?(?:[\w-]+[’'] ?s )?(?:\d[\d,.]* )?(?:official |temporary |emergency |collective |municipal |public )?shelters\b"
     r"(?! for (?:survivors|victims|women|battered))"
     rf"{_NOT_METRO}"
     # ("640 families (2,450 persons) in 29 safety centres", "160 people in the Gisborne
     # welfare centres")
     r"|in (?:the )?(?:\d[\d,.]* )?(?:(?-i:[A-ZÀ-Þ])[\w’'-]* )?"
     # (and British rest centres: "Of the 4,300 in rest centres that Monday")
    r"(?:safety|evac(?:uation)?|collective|transit|welfare|rest) (?:centres|centers|sites)\b"
     # (as field chats write them: "9,230 in ECs", "25 HHs in the EC at Nanukuloa school")
     r"|in (?:\d[\d,.]* )?(?-i:ECs)\b|in the (?-i:EC) (?=at|in)\b"
     # ... or in the hotels that house them ("We now have 85 families in motels", "230
     # people remained in a hotel set aside by the municipality")
     # (not where people work, nor travellers stranded: "400 residents work in hotels",
     # "3,000 people were stranded in hotels after flights were cancelled")
     r"|(?:(?:are|were|now|have|still|remain(?:ed|s)?) )?"
     r"(?<!work )(?<!works )(?<!worked )(?<!working )(?<!employed )(?<!jobs )(?<!stranded )"
     r"in (?:\d[\d,.]* )?(?:(?:[\w-]+ ){1,2}(?:and|or) )?(?:hotels|motels)\b"
     r"(?! (?:and restaurants|jobs|staff|workers))"
     r"|in (?:a |the )?(?:hotels?|motels?) (?:set aside|provided|requisitioned|booked|paid for)\b"
     # (or sleeping there, or simply with them: "are still sleeping with relatives in the old
     # city", "Another 620 families are with relatives in San Salvador")
     r"|(?<!usually )(?<!often )(?<!normally )(?:stay(?:s|ing|ed)?|liv(?:e|es|ing)|sleep(?:s|ing)?|"
     r"slept) (?:with|w/) "
     rf"(?:{_HOST_PEOPLE})"
     r"|(?:are|were) (?:still |now )?with (?:relatives|friends|host families)\b", "", "stock"),
    (r"the number of|(?<!service de la )(?<!office de la )(?<!bureau de la )(?<!department of )population|total of|in total|bringing the|remain(?:s|ing)? in|remain(?:s|ing)? (?:internally )?displaced|"
     # (not people still at home: "212 persons, all still in the village")
     r"still in(?! (?:the|their|its) (?:own )?(?:villages?|homes?|houses?|towns?)(?![\w’'-]| (?:school|hall|church|mosque|stadium|centre|center|camp)))|rest(?:ent|aient) (?:à|au|dans|en)"
     # ... or at a place that shelters ("Between 1,500 and 2,000 people are still at the
     # National Arena")
     # (not a school, where children are on a school day: "300 children were still at the
     # Central School when the alarm sounded")
     r"|still at(?= (?:the |a )?(?:(?-i:[A-ZÀ-Þ])[\w’'-]* ){0,3}(?:arenas?|stadiums?|showgrounds?|"
     r"gym(?:nasium)?s?|church(?:es)?|mosques?|camps?|centres?|centers?|shelters?)\b)",
     "", "stock"),
    # counted at a time ("la DTM avait compté 870 ménages")
    (r"(?<!recensement )(?<!census )(?:a|avait|ont|avaient|ayant) (?:compté|dénombré)", "", ""),
    (r"accueill(?:ait|aient|ent|e|ons|ions)|abrit(?:ait|aient|e|ent)|vivai(?:t|ent)|viv(?:ent|ant)|install(?:és?|ées?)|héberg(?:e|ent|eait|eaient|ions|eons|és?|ées?)|restants|comptait|comptaient|comptent|compte"
     # (the same state still, said with "le": "19 300 personnes étaient déplacées ; près
     # de 11 800 le sont encore")
     r"|" + _right_after(("\\d",), ("le sont encore", "le sont toujours", "le restent encore",
                                    "le restent toujours", "le demeurent encore",
                                    "le demeurent toujours")) +
     # (a night spent away: "À la polyvalente Montignac, 186 personnes ont dormi la nuit
     # dernière"; not at home)
     r"|(?:ont|avaient) dormi(?! (?:dans|à|au|chez) (?:eux|elles|leurs? |son |sa |la maison))"
     # ("260 sont logées par la Croix-Rouge dans des hébergements collectifs")
     r"|" + _right_after(("sont",), ("logées", "logés", "logée", "logé"))
     + r"(?= (?:par|dans|chez|à|au|aux|en)\b)", "", "stock"),
]
# The U.N. refugee agency, which nearly every report cites: its name is not a crossing
# that wins over a displaced cue ("uprooted in eastern Congo, the U.N. refugee agency
# said"), only a hint when no other cue gives a category.
REFUGEE_AGENCY_NAMES: str = (
    r"refugee agency|high commissioner for refugees|"
    r"haut[- ]commissariat (?:des nations unies )?(?:pour les|aux) réfugiés|"
    r"agence des nations unies pour les réfugiés"
)
# Going elsewhere inside the same city or country, without naming where ("ont fui Solino
# pour d'autres quartiers de la capitale", "fled to other parts of the province"): people
# who fled there are displaced, as if they had named a place inside their country.
ELSEWHERE_INSIDE: str = (
    r"(?:to|towards|into|for) other (?:neighbou?rhoods?|parts? of|areas? of|districts?|villages?|towns?)|"
    r"(?:pour|vers|dans) d[’']autres (?:quartiers|parties|zones|communes|villages|localités|régions)"
)
# A return asked for, ordered, wanted or feared has not happened ("ordered tens of thousands of
# displaced people to go home", "ont ordonné aux déplacés de regagner leurs villages",
# "refused to return"): a return verb in the infinitive whose "to" or "de" follows one of
# these verbs and its object (no comma, no relative clause between) is not a return cue,
# and the people keep the category their noun or other cues give. Verb forms only: "law
# and order", "à la demande de" and "une somme de" are nouns.
UNDONE_RETURN_BEFORE: str = (
    r"ordered|orders|ordering|urg(?:ed|es|ing)|told|tells|ask(?:ed|s|ing)|call(?:ed|s|ing) on|"
    # (waited or hoped for: "are still waiting to return", "hope to return next week",
    # "attendent de rentrer")
    r"wait(?:s|ed|ing)?|hop(?:e|es|ed|ing)|attend(?:ent|aient)|"
    r"pressed|encourag(?:ed|es|ing)|want(?:ed|s)?|wish(?:ed|es)?|intend(?:ed|s)?|"
    # (meant or planned: "2,900 registered islanders said they meant to go back", "comptent
    # rentrer")
    r"mean(?:s|t)?|plan(?:s|ned|ning)?|would like|souhait(?:ent|aient)|veulent|voulaient|"
    r"comptent|comptaient|"
    r"refus(?:ed|es|ing)|ordonn(?:é|ée|és|ées|e|ent|ant)|demand(?:é|ée|és|ées|ent)|"
    r"exhort(?:é|ée|és|ées|e|ent)|somm(?:é|ée|és|ées|ent)|enjoint|invit(?:é|ée|és|ées|e|ent)|"
    r"encourag(?:é|ée|és|ées|e|ent)|refus(?:é|ée|és|ées|e|ent)|"
    r"reluctant|unwilling|hesitant|afraid|réticent(?:e|s|es)?|hésit(?:ent|ant|ants)"
)
# ... unless a verb saying it is under way or done stands right before the "to" or "de"
# ("began to return", "have started to go home", "ont commencé à rentrer").
RETURN_DONE_BEFORE: str = (
    r"beg[ai]n|begun|beginning|start(?:ed|ing|s)?|continu(?:e|es|ed|ing)|able|managed|"
    r"decided|chose|commenc(?:é|ent)|continu(?:é|ent)|pu|décidé|choisi|recommencé"
)
# A displacement cue negated right before it did not happen: "have not been evacuated",
# "were not displaced", "have yet to return", "never returned", "ne sont pas encore
# rentrées", "n'ont pas pu fuir". NEGATIONS is the word that negates, NEGATION_FILLERS
# the words that may stand between it and the cue.
NEGATIONS: str = (
    r"not|never|cannot|\w+n[’']t|(?:have|has|had|are|is|were|was) yet to|unable to|"
    r"failed to|pas|jamais"
)
NEGATION_FILLERS: str = (
    r"yet|been|be|able to|allowed to|permitted to|encore|été|être|pu|su|voulu|osé"
)
# Verbs of leaving that are cues only with a place ("left Goma"), but negated say the
# people stayed as well as any cue does ("2,000 others were not able to leave")
NEGATED_LEAVING: str = r"leave|go|move|escape|get out|partir|quitter|sortir|s[’']enfuir|fuir"
# ... and said after a negated cue, in the past, they moved after all ("70 households that
# had not fled in March left Kitchanga on Sunday")
LEFT_AFTER_ALL: str = r"left|went|moved|escaped|quitté|quittaient|sont partie?s|ont fui"
# The return cues that are infinitives ("de retour", "returnees" are not).
RETURN_INFINITIVES: str = r"return|go home|go back|come back|rentrer|regagner|retourner"
# Relief handed out: what a verb of giving must name before "to N" for N to count people
# reached by aid ("hot meals", "des vivres", "shelter kits", "118 tonnes of commodities";
# not protection, asylum, shelter, transport or evacuation given, which host or move them)
RELIEF_ITEMS: str = (
    r"food|meals?|rations?|vivres|nourriture|repas|kits?|items?|NFIs?|articles|commodities|"
    r"tonnes|cash|money|vouchers?|coupons?|water|eau|hygiene|hygiène|seeds?|semences|"
    r"tarpaulins?|bâches|blankets?|couvertures|mats|nattes|jerrycans?|soap|savon|supplies|"
    r"medicines?|médicaments|biscuits|fournitures|aide alimentaire|food assistance|"
    r"cash assistance|assistance alimentaire|assistance en espèces"
)
# Words that make a nearby number something other than a displacement figure. They win
# over the cues above when they stand between the number and its cue, or right beside it.
# People still inside a zone others are taken out of: they stayed ("Residents still in the
# mandatory evacuation zone: about 4,000", "4 000 habitants restent dans la zone
# d'évacuation"); a label before the number or words after its noun say it.
STILL_IN_DANGER: str = (
    r"(?:(?:still|toujours|encore|remain(?:s|ed|ing)?|stay(?:s|ing)?|live|lives|living|"
    r"restent|demeurent|vivent|habitent) )+"
    r"(?:in|inside|within|dans) (?:the |a |la |les |une )?(?:[\w-]+ ){0,2}"
    r"(?:evacuation zones?|(?<=the )evacuation area|(?<=the mandatory )evacuation area|"
    r"zones? d[’']évacuation|front ?lines?|ligne de front)"
)
# Verbs of moving that a plan or a forecast names ("are expected to be relocated", "is
# preparing to receive"); not "is expected to continue", which plans nothing
PLANNED_MOVES: str = (
    r"move|moved|relocat\w*|leave|return|cross|flee|arrive|evacuat\w*|go|receive|host|"
    r"displac\w*|transfer\w*|repatriat\w*|resettl\w*|shelter\w*|accommodat\w*|reach|join|"
    r"remain"
)
# Signing up for a move that has not happened: the words after a count ("registered for
# return assistance", "ont demandé leur rapatriement") or before it ("registering a few
# dozen people a day for repatriation flights": see NEGATIVE_CUES)
_A_MOVE_ASKED: str = (
    r"(?:(?:voluntary|assisted|organi[sz]ed|facilitated|the|a|their|le|la|leur|un|une)\s+)*"
    r"(?:return|repatriation|relocation|resettlement|retour|rapatriement|relocalisation|"
    r"réinstallation)s?\b"
    # (not a return of something else: "asked for the return of their land")
    r"(?!\s+(?:of|de|des|du|d[’'])\b)"
)
REGISTERED_FOR_A_MOVE: str = (
    r"(?:(?:have|has|had) )?(?:(?:already|so far|now) )?"
    r"(?:registered|signed up|enrolled|applied|queued|queuing|queueing) "
    rf"(?:so far |already )?for {_A_MOVE_ASKED}|"
    r"(?:se sont|s[’']étaient|se sont déjà|ont été) (?:inscrit|enregistré)e?s? "
    rf"(?:pour|au|à la|aux) {_A_MOVE_ASKED}|"
    rf"(?:ont|avaient|ont déjà) (?:demandé|sollicité) (?:leur|leurs) {_A_MOVE_ASKED}"
)
# A site set up for people, before their count: a capacity, unless the people counted then
# moved ("a transit centre set up for 2,500 refugees who crossed on Monday": etl.figures)
SET_UP_FOR: str = r"set up for|aménagée?s? pour|équipée?s? pour"
# The verbs a demand opens on ("Reloger d'ici juillet les 900 familles"), and the verb
# that makes such an opening the subject of a sentence that reports, not a demand
# ("Accueillir les 3 000 réfugiés arrivés depuis lundi a saturé le site": etl.figures)
DEMAND_VERBS: str = (
    r"reloger|évacuer|transférer|rapatrier|relocaliser|réinstaller|loger|héberger|"
    r"accueillir|relocate|evacuate|rehouse|resettle|repatriate|shelter"
)
INFINITIVE_SUBJECT_VERBS: str = (
    r"(?:a|ont|avait|aura) (?:déjà )?(?:saturé|coûté|pris|nécessité|demandé|exigé|mobilisé|duré)"
    r"|coûte|coûtera|coûtait|nécessite|nécessitera|prend|prendra|exige|sature"
    r"|took|takes|cost|costs|required|requires|has (?:taken|cost|required)"
)
NEGATIVE_CUES: list[tuple[str, str]] = [
    (STILL_IN_DANGER, "stayed"),
    # a figure given before and since corrected ("Correction: an earlier post said 12,000
    # people had been airlifted"; see RETRACTED_AFTER)
    # (not a figure restated: "As the previous report stated, some 40,000 remain displaced")
    (r"(?<!as the )(?<!as an )(?<!as our )"
     r"(?:earlier|previous|initial|first) (?:post|report|version|update|bulletin|statement|"
     r"tweet|article|sheet)s? (?:had )?(?:said|stated|reported|gave|put|cited|quoted)"
     r"|(?:version|publication|dépêche|estimation|chiffre)s? (?:précédente?|initiale?|antérieure?)s? "
     r"(?:indiquai(?:en)?t|mentionnai(?:en)?t|faisai(?:en)?t état de|annonçai(?:en)?t|donnai(?:en)?t)",
     "retracted"),
    # a count nobody made ("Nobody counted 12,000 evacuees")
    # (the count right after, where the search for it ends: not "No one has registered the
    # 3,000 new arrivals yet")
    (r"(?:nobody|no one|no-one) (?:has |had |ever )?(?:counted|registered|recorded)"
     r"(?=\s*$|\s+(?:about |some |around |nearly |over |more than )?\d)"
     r"|personne n[’'](?:a|avait) (?:jamais )?(?:compté|recensé|enregistré)"
     r"(?=\s*$|\s+(?:environ |quelque |près de |plus de )?\d)", "retracted"),
    (r"kill(?:ed|ing|s)?|died|dead|death toll|lost their lives|wound(?:ed|ing)|injur(?:ed|ing|ies)", "casualties"),
    (r"tu(?:é|ée|és|ées|ant|er)|mort(?:s|es)?|décéd\w+|coûté la vie|bless(?:é|ée|és|ées|ant|er)", "casualties"),
    # (and people caught at a border: "agents apprehended 2,100 border crossers")
    (r"abduct(?:ed|ing)?|kidnapp(?:ed|ing)?|arrest(?:ed)?|detain(?:ed)?|apprehend(?:ed|ing)?|"
     r"enlev(?:é|ée|és|ées)|enlèvements?|arrêt(?:é|és)", "casualties"),
    # people held by armed men or the police, not sheltered ("Police are holding 45
    # people", "militia in Kibati are holding some 3,000 civilians")
    # (not peacekeepers protecting people: "UN peacekeeping forces are holding some 5,000
    # civilians who sought refuge at their base")
    (r"(?:police|militia\w*|army|rebels?|(?<!peacekeeping )(?:soldiers|troops|forces)|gunmen|kidnappers|captors|"
     r"armed (?:men|groups?)|insurgents?|jihadists?)(?: [\w’'-]+){0,3}? (?:is|are|was|were|"
     r"had been|have been) holding\s*$", "casualties"),
    (r"interview(?:ed|s)?|surveyed|consulted|interrog(?:é|és|ées)|(?:a |the |in a |une )?(?:survey|sondage|enquête)(?: (?:conducted|carried out|menée|réalisée|conduite))? (?:of|among|with|auprès de|de)\s*$", "survey"),
    # a study's sample ("We followed 1,214 evacuated households through three survey waves")
    # (not monitoring, which tracks and follows people who move: "we tracked 4,500 newly
    # displaced households arriving in Minova", "the team followed 300 families as they fled")
    (r"(?:(?:we|the study|this study|researchers|the team) (?:sampled|recruited|enrolled|surveyed)"
     r"|(?:the study|this study|researchers) (?:followed|tracked)|we followed"
     r"|(?:we|the team) (?:followed|tracked)(?= (?:a (?:cohort|sample|panel) of)))"
     r"(?: (?:a (?:cohort|sample|panel) of|a total of))?\s*$", "survey"),
    (r"vaccinat(?:ed|ion)|treated|vaccin(?:é|és)|soign(?:é|és)", "services"),
    # a nutrition screening's children ("nous avons mesuré le périmètre brachial de 85
    # enfants de familles déplacées", "the team screened 85 children")
    # (not luggage weighed: "weighed the luggage of 300 evacuees")
    (r"(?:screened|dépisté|(?:measured|weighed|mesuré|pesé) (?:the |le |la |les )?"
     r"(?:(?:mid-upper )?arm circumference|muac|périmètre brachial|poids|weight|height|taille) "
     r"(?:of|de|d[’']))"
     r"(?:\s*(?:about|some|around|over|more than|nearly|environ|près de|plus de|quelque))?\s*$",
     "services"),
    # a treatment centre's patients, a festival's crowd, a team's staff, counted as people
    # ("The cholera treatment centre in Minova cares for 60 people in tents", "The Amani
    # festival in Goma welcomed 30,000 people in tents", "Les équipes de MSF à Goma comptent
    # 300 personnes")
    (r"(?:treatment|health|medical|cholera) cent(?:re|er)s?\b[^.;]{0,40}?\b(?:cares? for|caring for|"
     r"treats|treated|admits|admitted)"
     r"(?:\s+(?:about|some|around|over|more than|nearly|up to))?\s*$", "services"),
    (r"(?:festivals?|concerts?)\b[^.;]{0,40}?\b(?:welcomed|welcomes|drew|draws|attracted|"
     r"hosted|hosts|a accueilli|accueille|a attiré|attire)"
     r"(?:\s+(?:about|some|around|over|more than|nearly|up to|environ|plus de|près de|"
     r"quelque))?\s*$", "event"),
    # (the team as the subject: not "Le site, géré par l'équipe de l'OIM, compte 45 000")
    (r"(?:les?|la|l[’']|nos|notre|leurs?|ses|ces)\s*(?:équipes?|effectifs?)\b[^.;,]{0,40}?"
     r"\bcompt(?:e|ent|ait|aient)"
     r"(?:\s+(?:environ|près de|plus de|quelque|au moins))?\s*$", "staff"),
    # the people a ratio is of ("one latrine per 100 people")
    (r"(?:per|for every|for each)\s*$", "ratio"),
    (r"(?:can|could|will|would) (?:host|accommodate|hold|take|shelter|receive)|capacity|(?:can|could|will|would) house(?=\s+(?:up to|about|some|around|more than|over|as many as|nearly)?\s*$)|accommodate up to|able to host|built to (?:hold|host|house|accommodate)|designed to (?:process|receive|host|hold|handle|take)(?:\s+(?:up to|about|some|around|more than|over))?\s*$", "capacity"),
    # (right before the number: not "les convois prévus pour mardi ont évacué 1 100
    # personnes", "abris, construits pour résister aux pluies, hébergent 900 familles")
    (rf"(?:(?:built|designed|meant|laid out|planned|fitted out|equipped) for|{SET_UP_FOR}|"
     r"(?:conçue?s?|prévue?s?|construite?s?|installée?s?|aménagée?s?|montée?s?) pour)"
     r"(?:\s+(?:accueillir|héberger|abriter|recevoir|loger))?"
     r"(?:\s+(?:up to|about|some|around|more than|over|a maximum of|environ|jusqu[’']à|"
     r"près de|plus de|quelque|un maximum de))?\s*$", "capacity"),
    (r"capacité|(?:peut|peuvent|pouvant|pourra|pourrait) (?:accueillir|recevoir|abriter|héberger)", "capacity"),
    # ("has room for 1,500 cots", "a de la place pour 300 personnes")
    (r"(?:has|have|had|with|there is|there[’']s) (?:room|space|beds?|places?) for"
     r"(?:\s+(?:up to|about|some|around|more than|over|only|just))?\s*$"
     r"|(?:de la )?place pour(?:\s+(?:environ|jusqu[’']à|près de|plus de))?\s*$", "capacity"),
    (r"expect(?:ed|s)? .{0,40}?to (?:reach|rise|exceed|hit)|could (?:reach|rise|exceed)|projected|projection|forecast", "projection"),
    (r"may (?:reach|rise)|might reach|is likely to|are likely to|pourrai(?:t|ent) atteindre|devrai(?:t|ent) atteindre|prévision", "projection"),
    # a number feared ("craignent que le nombre de déplacés ne dépasse 60 000": the "ne"
    # of a verb after fearing or avoiding; "fear the number could exceed")
    # (the verb is read as part of the number: "ne | dépasse 60 000")
    (r"(?-i:\bne)\s*$|(?-i:atteigne)\s*$"
     r"|fears? (?:that )?.{0,60}?(?:could|might|may|will) (?:exceed|reach|top|pass)\s*$", "projection"),
    # (right before the number: "preparing for up to 50,000 more arrivals", "se prépare à
    # accueillir 58 000 réfugiés"; not "as Goma prepares for an offensive, 12,000 fled")
    (r"(?:prepar(?:e|es|ed|ing) for|se prépar(?:e|ent|ait|aient) à (?:accueillir|recevoir)|pouvant atteindre)\s*$", "projection"),
    # (an offer: "Third countries have offered to resettle up to 60,000 refugees")
    # (right before its count: not "Since Kenya offered to reopen the border in May, 8,000")
    # ("Le projet de transférer 2 000 réfugiés vers un camp à Kouankan")
    (r"plans? to|planned|planning|(?:le |un |du )?projet de (?:transférer|reloger|déplacer|"
     r"évacuer|réinstaller|rapatrier|relocaliser|installer)\b|"
     r"offer(?:ed|s)? to (?:[\w’'-]+ ){1,3}?(?:(?:up to|some|about|around|another|a further) )?$|"
     r"(?:is|are) (?:expected|preparing) to (?:be )?"
     rf"(?:{PLANNED_MOVES})\b|aims? to|intends? to|hopes? to|targets?|targeting|to assist|to reach|to support|contingency|contingence|built around|espère|espèrent|souhaite", "plan"),
    (r"would (?:move|leave|be|go|receive|relocate)|will be (?:moved|relocated)|prévoit|prévu|prévues?(?= de | d[’'])|vis(?:e|ent|ant) à|objectif|cible|plan de"
     # (a count someone expects to move: "The block office expects some 3,000 men to leave")
     # (only right before its count: not "As UNHCR expects more arrivals, 4,500 refugees
     # crossed", "We did not expect this," ... as 2,300 residents fled)
     r"|(?:expects?|anticipates?)(?=\s+(?:(?:some|about|around|roughly|nearly|up to|as many as|"
     r"more than|over|at least|another|a further|an additional|an estimated|close to)\s+)?$)"
     # (a move planned, in the plural or the past: "les comités prévoient le retour de 60 000
     # personnes"; not "prévoient des distributions pour les 12 000 déplacés arrivés")
     r"|prévoi(?:ent|yait|yaient) (?:(?:le |la |l[’'])(?:retour|rapatriement|relogement|"
     r"évacuation|réinstallation|transfert|départ|arrivée|accueil)\b|d[’']|de |que |qu[’'])"
     # (what a means is to allow: "un pont maritime ; il doit permettre d'évacuer 1 000
     # personnes supplémentaires d'ici lundi")
     r"|(?:doit|doivent|devrait|devraient|va|vont) permettre d|permettra d"
     # (what would have happened, its verb right before the count: "Had the car burst, the
     # plan would have widened the zone and moved another 100,000 people")
     r"|aurai(?:t|ent) (?:permis d[’']|pu |fallu )(?:évacuer|reloger|déplacer|mettre à l[’']abri)"
     r"(?:\s+en plus)?(?:\s+(?:les|des))?(?:\s+(?:quelque|environ|près de|plus de))?\s*$"
     # (a move only studied: "la Ville étudie le relogement de 45 autres familles")
     r"|(?:étudie|étudient|envisage|envisagent) (?:le relogement|l[’']évacuation|le transfert|"
     r"la relocalisation) (?:de|d[’'])\s*$"
     r"|would have (?:[\w’'-]+ ){0,12}?(?:moved|evacuated|relocated|displaced|sent|forced out)"
     r"(?:\s+(?:another|a further|an additional|some|about|around|up to|over|more than|nearly))?\s*$",
     "plan"),
    # an appeal to leave, not a move ("Il invite les populations des zones à risque,
    # notamment les quelque 5 400 ménages recensés ..., à les quitter"; "urged the 3,000
    # residents of the valley to leave"; but displaced people urged to go home are still
    # counted: see etl.figures)
    (r"(?:invit(?:e|ent|ait|aient)|exhort(?:e|ent|ait|aient)|urg(?:e|es|ed|ing)|"
     r"call(?:s|ed|ing)? on)\s+(?:les |the |all )?(?:(?:populations?|habitants|résidents|residents|"
     r"inhabitants|people|families|familles)\b"
     # (not past another clause's conjunction: "urged people to stay calm as more than
     # 10,000 fled", "exhorte les populations au calme, alors que 5 000 ont fui")
     r"(?:(?!\b(?:as|while|after|when|since|because|alors|tandis|lorsque|quand|puisque|car|après)\b)[^.;]){0,80}?)?$", "appeal"),
    # a target ("la commission vise le retour de 30 000 personnes")
    (r"vis(?:e|ent|ait|aient) (?:le|la|l[’']) ?(?:retour|rapatriement|réinstallation|relocalisation|relogement|assistance|prise en charge)"
     r" (?:de|d[’']|des)\s*(?:(?:environ|près de|plus de|quelque)\s+)?$", "plan"),
    (r"(?:venir en aide à|aider)\s*$", "plan"),
    # an offer ("Nous proposons d'accueillir l'été prochain 25 enfants")
    (r"propos(?:e|ons|ez|ent|ait|aient|é) (?:aussi |également )?(?:d[’'](?:accueillir|héberger|"
     r"reloger)|de (?:recevoir|parrainer))(?: [\w’'-]+){0,3}\s*$", "plan"),
    # people an evacuation order covers, who have not all moved ("l'île entière est visée
    # par l'ordre d'évacuation, soit environ 2 000 résidents")
    (r"visée?s? par (?:l[’']|un |une |les )?(?:ordres?|avis|arrêtés?) d[’']évacuation[^.;]{0,30}?$",
     "plan"),
    # a demand or a recommendation, on a line that opens on the verb ("Reloger d'ici juillet
    # les 900 familles dont la maison est détruite", "Relocate the 400 households still in
    # the school")
    (rf"^[\W\d]*(?:{DEMAND_VERBS})\b(?:[^.;:]{{0,60}})$", "plan"),
    # ("le HCR planifie pour 30 000 nouvelles arrivées")
    (r"planifi(?:e|ent|ait|aient)\s+(?:pour|sur)\s*(?:(?:environ|près de|plus de|quelque)\s+)?$", "plan"),
    # cargo for people ("the convoy reached Kalehe with food for 15,000 people", "a rejoint
    # la ville avec des vivres pour 15 000 personnes"); not for people the words after the
    # count move ("with food for 12,000 IDPs who fled Minova": see etl.figures)
    (r"(?:with|avec) (?:des |de la |du |de l[’'])?(?:vivres|food|aid|supplies|rations|kits|"
     r"médicaments|medicines|tents|tentes|fournitures)\b[^.;,]{0,30}?\b(?:for|pour)\s*$", "cargo"),
    # a wish, not a deed ("le gouvernement annonce vouloir reloger 5 000 ménages")
    (r"(?:vouloir|veut|veulent|souhaite|souhaitent) (?:\w+ )?$", "plan"),
    # a number feared ("la protection civile craint que jusqu'à 8 000 personnes")
    (r"crai(?:nt|gnent|gnait|gnaient) que\s*$", "projection"),
    # aid to give ("to provide shelter and water to 60,000 people"): people to reach (not
    # aid given: "provided shelter to 3,000 families who fled Masisi" counts people who fled)
    (r"(?:to|will|would) (?:provide|deliver)\b[^.;:]{0,60}?\b(?:to|for)\s*$"
     r"|(?:fournir|apporter)\b[^.;:]{0,60}?\b(?:à|aux)\s*$", "plan"),
    # aid given to people ("WFP has provided hot meals to 14,200 new arrivals", "le PAM a
    # distribué des vivres à 18 500 personnes"): people reached, not people moved, unless
    # the words after the count move them ("... to 3,000 families who fled Masisi", see
    # etl.figures). The verb governs relief items and the count: not "figures provided by
    # the DTM", "delivered food to Kanyaruchinya site which is home to 80,000 IDPs", nor
    # shelter, asylum or transport given ("provided temporary protection to 4.3 million
    # refugees": people hosted or moved)
    (r"(?:distribut(?:ed|ing)|provid(?:ed|ing)|deliver(?:ed|ing)|hand(?:ed|ing) out|"
     r"supplied|(?:a|ont|avait|avaient|ont été) (?:distribué|fourni|remis)\w*|"
     r"distribu(?:e|ent|ait|aient|és?|ées?)|fourni(?:t|ssent|ssait)?)"
     r"(?!\s+(?:by|par)\b)[^.;:,]{0,30}?"
     rf"\b(?:{RELIEF_ITEMS})\b(?:(?!\b(?:to|à|aux)\b)[^.;:,]){{0,25}}?\b(?:to|à|aux)\s*"
     r"(?:(?:about|some|around|roughly|nearly|over|more than|an estimated|at least|"
     r"environ|près de|plus de|quelque|au moins)\s+)?$", "aid"),
    # what is needed for people, a count right after ("Besoins urgents : abris pour au
    # moins 400 ménages", "tents for 2,000 families")
    (rf"\b(?:{RELIEF_ITEMS}|abris|shelters?|tentes|tents|latrines)\s+(?:pour|for)\s*"
     r"(?:(?:about|some|around|roughly|nearly|over|more than|an estimated|at least|"
     r"environ|près de|plus de|quelque|au moins)\s+)?$", "needed for"),
    # people affected (by floods, by the crisis) are not all displaced: "affected an
    # estimated 268,000 people", "People affected: 112,000", "personnes touchées : 5 000"
    (r"(?:affected|affecting|touchée?s?|touchant|sinistrée?s?)\s*:?\s*(?:(?:an estimated|about|some|around|roughly|nearly|over|more than|environ|près de|plus de|quelque)\s+)?$", "affected"),
    # (not what a fund pays for, named before its people: "emergency accommodation funded
    # by Resilience NSW, including 412 children")
    (r"appeal(?:ed)?|funding|funded(?! by)|budget|needs? \$|requires? \$|requested|appel de fonds|financement", "money"),
    # a town's population before the war ("Marib's population was thought to be about
    # 40,000"); not the displaced population
    (r"(?<!idp )(?<!idps )(?<!refugee )(?<!displaced )(?<!returnee )(?<!camp )"
     r"(?<!camp[’']s )(?<!site[’']s )(?<!camps[’'] )(?<!sites[’'] )"
     r"population (?:\w+ ){0,3}?(?:was|is|stood at|estimated at|to be|numbered|était|est de|estimée à)"
     r"\s*(?:(?:about|some|around|roughly|nearly|almost|over|more than|an estimated|environ|près de|plus de|quelque)\s+)?$", "population"),
    # the people who live where something happened, the verb first ("l'évacuation de la
    # zone rouge, au nord de l'île, où vivaient environ 20 000 personnes")
    # (of an area, not a camp: "les camps de Bushagara et de Kanyaruchinya, où vivaient
    # environ 68 000 ménages" are the displaced)
    (r"\b(?:zones?|quartiers?|île|villages?|ville|communes?|région|districts?|secteurs?|vallée)\b"
     r"[^.;]{0,60}?\b(?:où|là où) (?:vivai(?:en)?t|viv(?:ent|ait)|habit(?:ai)?ent|habitait|résid(?:ai)?ent)"
     r"(?: (?:alors|encore|jusque-là|auparavant))?"
     r"\s*(?:(?:environ|près de|plus de|quelque|au moins)\s+)?$", "population"),
    # a town's population someone puts at a number ("now put the city's population at
    # roughly 75,000"; not "the POC population stands at 18,000", nor "estimated the camp's
    # population at 45,000")
    (r"(?:put|puts|putting|estimated?|estimates)\s+(?:the\s+)?"
     r"(?:(?:city|town|village|district|county|province|region|country|municipality)[’']s\s+)?population\s+at"
     r"\s*(?:(?:about|some|around|roughly|nearly|almost|over|more than)\s+)?$", "population"),
    # telephone numbers
    (r"(?:hotline|toll-free (?:line|number)|toll-free|numéro vert|ligne verte)"
     r"(?:\s+(?:number|numéro|on|at|au)|[^.;]{0,60}?\b(?:est le|is|au))?\s*:?\s*\+?$", "phone"),
    # a population is counted right after "a town of", "un pays de" ("a town of 50,000",
    # "un pays de 13 millions d'habitants"); "the town of Sake has forced 135,000 people
    # to flee" names a town
    (r"(?:(?:city|town|country|population|village|community|hamlet|municipality) of|(?:ville|pays|population|chef-lieu(?: \w+)?)(?: d(?:e|[’']))?)"
     r"\s*(?:(?:about|some|around|roughly|nearly|almost|over|more than|an estimated|environ|près de|plus de|quelque)\s+)?$"
     # ("the residents of Goma, some 600,000"; not "Residents of Valparaíso have seen this
     # before: the fire forced about 12,500 people")
     r"|population of|residents of(?:\s+[^\W\d][\w’'-]*){0,4},?"
     r"\s*(?:(?:estimated at|numbering|totalling|put at)\s+)?"
     r"(?:(?:about|some|around|roughly|nearly|almost|over|more than|an estimated)\s+)?$"
     # a population grown with the arrivals ("the city's population has swollen to nearly 2
     # million"), or brought down ("bring the city's population down to about 10,000");
     # not "la ville accueille désormais 33 000 déplacés", where the town hosts
     r"|(?<!idp )(?<!idps )(?<!refugee )(?<!displaced )(?<!returnee )(?<!camp )"
     r"population(?! (?:déplacée|réfugiée|rapatriée|retournée)) (?:\w+ ){0,2}?"
     r"(?:swollen|grown|risen|increased|doubled|tripled|climbed|reached|passée|augmenté|doublé|triplé|atteint"
     r"|fallen|fell|dropped|shrunk|shrank|declined|down|reduced|tombée|baissé|réduite|ramenée)(?: \w+){0,2}?\s*$", "population"),
    (r"disarm(?:ed)?|désarm\w*|demobiliz\w*|surrender(?:ed)?", "military"),
]
# A count of people said to live in a place is its population ("Uvira, where 20,000 people
# live", "home to 20,000 people"), unless a word of moving or sheltering follows it ("20,000
# people live in the camp"). Only for people in general: refugees or displaced people who
# live somewhere are a stock of them.
RESIDENTS_AFTER: str = (
    r"(?:still |y )?(?:live|lives|reside|vivent|habitent|résident)"
    # (not living with others, which says they were taken in: "3,000 people live with host
    # families", "vivent encore chez des proches")
    rf"(?! with (?:{_HOST_PEOPLE}))(?! {_WITH_HOSTS_FR})"
)
# ... and people said to live where a disaster struck ("884,000 people living in
# flood-affected areas"), unless a cue before them moved them ("The floods displaced 12,000
# people living in affected areas").
AFFECTED_AREA_AFTER: str = (
    r"(?:living|who live|residing|vivant|qui vivent) (?:in|dans) (?:the |les |des )?"
    r"[\w-]*(?:affected|touchées?|sinistrées?)"
)
RESIDENTS_BEFORE: str = r"home to|qui compte|comptant|population de|peuplée? de"
# ... and the people counted as inhabitants are a population unless their own verb (before
# any comma) moves them ("20 000 habitants ont fui").
INHABITANT_NOUNS: str = r"inhabitants?|habitants?"
# Words before a count that make it the complement of a place or of a verb of having ("une
# ville de", "chef-lieu d'environ", "compte", "a town of", "de 60 000 à"): a population.
# Verbs of having right before a count of inhabitants: the town's population, whatever
# verb follows ("le village compte 3 000 habitants et accueille 4 600 réfugiés").
HAVING_VERBS: str = r"compte|comptait|comptent|counts|has|had|numbers"
# ... and verbs of hosting, when nothing follows the inhabitants but the end of the clause
# or a time: a town that hosts its inhabitants has them ("Bukavu héberge 1,2 million
# d'habitants.", "Goma hébergeait 600 000 habitants avant la guerre", "Kharkiv hosts 1.3
# million inhabitants of whom 150,000 are IDPs"); inhabitants of another place, or who fled,
# are displaced people it hosts ("hosts 20,000 inhabitants of Sake who fled the fighting",
# "accueille 15 000 habitants des villages voisins").
# Nouns of which a noun of moving is the complement, a move not made ("un plan
# d'évacuation de 40 000 habitants"): its count stays a population.
PLANNED_MOVE_NOUNS: str = r"plans?|exercices?|simulations?|capacités?|scénarios?"
HOSTING_VERBS: str = (
    r"héberge|hébergeait|hébergent|accueille|accueillait|abrite|abritait|hosts|hosted"
)
# ... unless they are said to be of another place ("450 habitants du village de Ngwenda",
# "15 000 habitants des villages voisins", "20,000 inhabitants of Sake"): then it hosts
# displaced people (or if their own words move them: "habitants venus de Ngwenda")
INHABITANTS_OF_ELSEWHERE: str = (
    r"\s+(?:(?:venu(?:e|s|es)?|venant|originaires?|arrivé(?:e|s|es)?|coming|who came)\s+)?"
    r"(?:(?:of|from|de|d[’']|du|des)\s*(?:(?:la|le|l[’']|les|the)\s*)?"
    r"(?:(?-i:[A-ZÀ-Þ])|(?:[\w-]+ )?(?:villages?|localités?|quartiers?|towns?|communes?|"
    r"localities|collines?|districts?|territoires?|provinces?|régions?|regions?)\b)"
    # ... or from all over a place named, or from many places ("venus de tout le territoire
    # de Masisi", "from across Donetsk oblast", "de tous les villages environnants"; not
    # "venus de toute la province", which may be the town's own)
    r"|(?:de|from)\s+(?:tou(?:t|te|s|tes)\s+(?:le|la|les|l[’'])\s*(?:[\w-]+\s+){1,2}"
    r"(?:de|du|des|d[’'])\s*(?:la\s+|le\s+|l[’'])?|across\s+(?:the\s+)?)(?-i:[A-ZÀ-Þ])"
    r"|de\s+(?:tous|toutes)\s+les\s+(?:villages|localités|quartiers|communes|collines|"
    r"territoires|provinces|régions)\b(?!\s+(?:de la ville|de la commune|du pays|de la cité)))"
)
# A shelter that hosts people hosts the displaced, whoever they are ("The school hosts 600
# inhabitants whose homes were flooded", "Le gymnase accueille 250 habitants sinistrés")
SHELTER_HOSTS: str = (
    r"schools?|écoles?|church(?:es)?|églises?|mosques?|mosquées?|gym|gymnasium|gymnase|stadium|"
    r"stade|halls?|salles?|shelters?|abris?|camps?|sites?|parish|paroisse|"
    # (a centre that shelters, not a city centre)
    r"(?:collective|evac(?:uation)?|transit|reception|accommodation) cent(?:re|er)s?|"
    r"centres? (?:collectifs?|d[’']accueil|d[’']hébergement|de transit|de santé|communautaires?|"
    r"culturels?|de jeunes)|(?:health|community|youth|cultural) cent(?:re|er)s?"
)
COUNT_COMPLEMENT_BEFORE: str = (
    r"de|d[’']|of|à|to|compte|comptait|comptant|counts?|has|had|with|avec|"
    r"(?:dépass\w*|exceed\w*|surpass\w*)(?: le| la| les| the)?|qui|which|"
    r"(?:de|d[’']|of) (?:about|some|around|roughly|nearly|over|environ|près de|plus de|quelque)|"
    # ("le village compte à peu près 3 000 habitants")
    r"(?:compte|comptait|counts|has|had) (?:about|some|around|roughly|nearly|over|environ|près de|"
    r"plus de|quelque|à peu près|approximativement)"
)
# Cues that must sit directly around the number (a few words) to count: "would" and a
# death verb after the count ("18 personnes ont été enlevées", "63,000 people would move").
# People counted because they need aid or are trapped, not because they moved: said
# anywhere after the number in its clause.
# Violence that targets people or places, which people flee ("targeted attacks", "attaques
# ciblées", "ciblées par les violences")
TARGETED_BY_VIOLENCE: str = (
    r"attacks?|killings?|violence|violences|strikes?|airstrikes?|air strikes?|shelling|"
    r"bombing|raids?|attaques?|frappes?|assassinats?|tueries|bombardements?"
)
# A table's caption of people who attend something rather than moved (with NEED_CUES and
# the plans and projections of NEGATIVE_CUES: `etl.table_figures`)
TABLE_CAPTION_NO_MOVE: str = (
    r"enrolled|enrolment|enrollment|scolaris\w*|inscrits? (?:à|dans) (?:l['’]école|les écoles)|"
    # (people targeted by aid did not move; places targeted by an assessment or by attacks
    # hold people who did, "Displacement sites targeted by the DTM assessment", and people
    # targeted by violence fled it, "Displacement following targeted attacks")
    r"(?<!sites )(?<!site )(?<!villages )(?<!areas )(?<!locations )(?<!localities )"
    r"(?<!localités )(?<!zones )(?<!camps )(?<!settlements )(?<!neighbourhoods )"
    r"(?<!communes )(?<!districts )(?<!towns )"
    r"(?<!attaques )(?<!frappes )(?<!tueries )(?<!violences )(?:targeted|ciblée?s?)"
    rf"(?! (?:sites?|locations?|settlements?|camps?|villages?|areas?|localités|zones|"
    rf"{TARGETED_BY_VIOLENCE})\b(?!-))"
    rf"(?! (?:by|in|during) (?:the |an? )?(?:[\w-]+ )?(?:assessments?|surveys?|evaluations?|"
    rf"{TARGETED_BY_VIOLENCE})\b(?!-))"
    rf"(?! (?:par|lors d[e’']|pendant) (?:les? |la |l[’'])?(?:[\w-]+ )?(?:évaluations?|"
    rf"enquêtes?|{TARGETED_BY_VIOLENCE})\b(?!-))"
    # (whatever is targeted for aid: "Districts targeted for cash assistance"; not "for the
    # assessment")
    r"|(?:targeted|ciblée?s?) (?:for|pour)\b"
    r"(?! (?:the |an? |l[’'])?(?:assessments?|surveys?|évaluations?|enquêtes?))"
    r"|targets?|cibles?"
)
NEED_CUES: str = (
    r"in need|need(?:ing)? (?:humanitarian )?(?:aid|assistance)|food insecur\w*|under siege|"

    r"besieged|blockade|dans le besoin|besoin d[’'](?:une )?(?:aide|assistance)|sous blocus|assiég\w*|"

    r"insécurité alimentaire"
)
# What a part of people counted before may be said to need or get, which makes it no
# figure of its own ("Of the 12,000, 8,000 need shelter", "Of the 15,000 IDPs in Kaya,
# 4,000 need emergency shelter"; the whole itself, "124,000 refugees ... still need
# support", stays one)
PART_NEEDS: str = (
    r"needs?|needing|ont besoin|a besoin|require|requires|nécessitent"
)
# A negative cue stops counting for a later number once one of these stands between them
# ("46 civils avaient été tués et plus de 80 000 personnes déplacées").
# Auxiliaries of a move done, or verbs of staying, before a later count with a rate of its
# own: the rate is the later count's, not the earlier total's ("45,000 have crossed into
# Chad, and 1,500 continue to arrive daily", "5,000 IDPs live in Kigonze, where 200 new
# families arrive every week"); not two moves going on ("1,000 are arriving in Adré and 500
# are arriving in Farchana every day")
DONE_AUXILIARIES: str = (
    r"have|has|had|ont|avaient|a été|ont été|live|lives|living|vivent|host|hosts|hébergent|"
    r"accueillent|registered|recorded|enregistré\w*"
)
# Auxiliaries before a verb, which tell the same verb in another tense ("were deported",
# "are deported")
AUXILIARIES: str = (
    r"is|are|was|were|be|been|being|have|has|had|will|would|"
    r"est|sont|était|étaient|a|ont|avait|avaient|seront|sera"
)
# Prepositions of time a sentence may open on ("Since the influx of April 2023 ..."): the
# date in that phrase does not join its words to the number after it.
TIME_OPENERS: str = (
    r"since|after|following|before|during|until|depuis|après|suite à|avant|pendant|lors de|"
    r"jusqu[’']à"
)
# Words that set one clause against another: a verb before them is not the verb of a
# number after them ("18,000 have returned, while 12,000 others remain displaced").
CONTRAST_JOINERS: str = r"while|whereas|but|mais|tandis que|alors que|tandis qu[’']|alors qu[’']"
# ... except where the word after "but / mais" adds to what was said ("not only in Adré but
# also in Farchana", "non seulement à Bukavu mais aussi à Uvira")
ADDING_AFTER_BUT: str = r"also|even|as well|aussi|également"
CLAUSE_JOINERS: str = rf"and|et|{CONTRAST_JOINERS}"
# Words after a comma that open a clause of its own doing, whose rate ("every day") is not
# the people's counted before it ("were evacuated, as shelling hit the town every day") ...
# Words after a comma that report who said it (", officials said", ", selon OCHA"), which
# close no aside
REPORTING_WORDS: str = (
    r"said|says|say|reported|reports|according|told|selon|d[’']après|a déclaré|a indiqué|"
    r"ont indiqué|ont déclaré|a précisé|indique|affirme|rapporte"
)
# ... and announcing, after a place a sentence opens on ("Depuis Ouagadougou, le ministère
# a annoncé ..."): where the speaker is
SPEAKING_WORDS: str = rf"{REPORTING_WORDS}|announced|a annoncé|ont annoncé|annonce"
# (not "while / tandis que", which join two counts' clauses alike: "300 people arrive in
# Adré, while 200 arrive in Farchana every day"; see _rate_end for those)
OTHER_DOING_JOINERS: str = (
    r"as|because|since|when|where|car|parce que|puisque|lorsque|quand|où|"
    # (a source's own words: "now shelters about 32,000 people, according to camp managers,
    # who say new families arrive every night")
    r"who (?:say|said|says|report|reported|note|noted)|qui (?:disent|affirment|indiquent)"
)
# ... unless they go on about the same people or the same count ("as many as 400 a day",
# "as they arrive at 300 a day", "où ils arrivent chaque jour")
OTHER_DOING_NOT: str = (
    r"many|much|well|of|usual|such|a result|part|per|they|these|those|"
    r"ils|elles|la plupart|beaucoup"
)
# The count a figure is said to be that is still of people moved, or of the same people in
# households ("il s'agissait du nombre de personnes déplacées", "correspondait au nombre de
# personnes hébergées dans les écoles", "il s'agissait du nombre de ménages"): no withdrawal.
# Not households said to lack something ("au nombre de foyers privés d'électricité").
_MOVED_OR_UNIT: str = (
    r"personnes (?:évacu|déplac|hébergé|relogé|réfugi)"
    r"|(?:demandeurs d[’']asile|rapatriés|retournés|déplacés|réfugiés|évacués)\b"
    r"|(?:ménages|familles)\b(?! (?:privé|sans|touché|sinistr|affecté))"
)
# People and things a figure withdrawn was the number of ("c'est le nombre d'habitants de la
# zone en alerte", "de personnes touchées"; not "de personnes enregistrées dans les sites")
_NOT_MOVED_PEOPLE: str = (
    r"habitants|résidents|personnes (?:touchées|affectées|sinistrées|concernées|exposées|"
    r"vivant|habitant|résidant)|sinistrés|ménages (?:touchés|affectés|sinistrés)|"
    r"familles (?:touchées|affectées|sinistrées)|maisons|logements|foyers|abonnés|électeurs|"
    r"bénéficiaires|rations|lits|places"
)
# ... said of it right after it or in the next sentence (RETRACTED_AFTER, WITHDRAWS_PREVIOUS)
_NUMBER_OF_OTHERS: str = (
    rf"c[’'](?:est|était) (?:en fait )?le nombre (?:de |d[’'])(?:{_NOT_MOVED_PEOPLE})\b"
)
# A figure said to be a site's planned room, not a count ("c'est la capacité prévue par le
# HCR, non un effectif", "that is the planned capacity, not a count")
_CAPACITY_NOT_COUNT: str = (
    r"c[’'](?:est|était) (?:en fait )?la capacité (?:prévue|planifiée|annoncée|d[’']accueil prévue)\b"
    r"|c[’'](?:est|était) (?:en fait )?la capacité\b[^.;]{0,60}?\bnon (?:pas )?(?:un|le) "
    r"(?:effectif|nombre|décompte|recensement)\b"
    r"|(?:that|this|it) (?:is|was) the (?:planned |intended )?capacity\b[^.;]{0,60}?\bnot (?:a|the) "
    r"(?:count|number|headcount|tally)\b"
    r"|(?:that|this|it) (?:is|was) the (?:planned|intended) capacity\b"
)
# What the report says of a figure it withdraws, later in the sentence ("Le chiffre de 3 000
# évacués diffusé samedi sur les réseaux sociaux est erroné", "Une estimation de 60 000
# déplacés, relayée le 6 avril, a été démentie", "a journal headlined 15,000 displaced:
# that was false"): no figure.
# What a figure named before did wrong: added up, mixed or counted twice what it counts
# ("ce chiffre additionnait les entrées et les bons", said in its own sentence or the next)
_SUMMED_WRONGLY: str = r"additionnait|mélangeait|comptait deux fois"
RETRACTED_AFTER: str = (
    r"(?:est|était|sont|étaient|a été|ont été|s[’']est révélée?s?|s[’']avère) "
    r"(?:(?:donc|en fait|totalement|complètement|largement) )?"
    r"(?:erroné|faux|fausse|inexact|démenti|retiré|surestimé)\w*"
    r"|c[’']était (?:faux|une erreur)"
    # (the population, said right after it: "parlait de 2 500 évacués : c'était la
    # population recensée en 2010", "annonçait « 1,5 million d'expulsés » : c'est la
    # population des quartiers visés"; not "c'est la population déplacée")
    r"|c[’'](?:est|était) (?:en fait )?la population\b"
    r"(?!\s+(?:déplacée|réfugiée|évacuée|sinistrée|rapatriée)\b)"
    # (or a site's room: "parlait de « 200 000 réfugiés à Khao-I-Dang » : c'est la capacité
    # prévue par le HCR, non un effectif")
    # (not a shelter full: "accueille 300 sinistrés, c'est la capacité maximale")
    rf"|{_CAPACITY_NOT_COUNT}"
    # (or the number of others: "« 3 000 évacués » : c'est le nombre d'habitants de la zone
    # en alerte"; not "c'est le nombre de personnes évacuées")
    rf"|{_NUMBER_OF_OTHERS}"
    r"|(?:is|was|were|are|has been|have been|proved|turned out to be) "
    r"(?:(?:wrong|completely|entirely|largely) )?"
    r"(?:wrong|incorrect|inaccurate|false|erroneous|withdrawn|retracted|denied|overstated)\b"
    r"|(?:that|this|it) was (?:wrong|false|incorrect|a double entry|an error|a mistake)\b"
    # (not to be used: "The figure of 50,000 evacuees quoted by some media was never
    # confirmed and must not be used", "... ne doit pas être repris"; or another count:
    # "Le chiffre de 700 000 déplacés correspondait à la population totale des quartiers")
    r"|(?:was|were|has been|have been) never confirmed|(?:must|should) not be used"
    # (another count, the whole population, or the same people counted twice: "le chiffre
    # de « 400 000 déplacés » ... correspond à toute la population de Bissau", "... où les
    # mêmes familles ont été enregistrées deux fois")
    r"|correspond à (?:toute |l[’']ensemble de )la population"
    r"|(?:enregistrée?s|comptée?s|recensée?s) deux fois|(?:registered|counted) twice"
    # (what it counted, said right after it: "La préfecture avait annoncé 3 000 sans-abri ;
    # ce chiffre comprenait les sinistrés dont le logement n'était qu'endommagé", "put the
    # camp population at 125,000; that total counted twice the families registered")
    # (not what it held: "7 500 nouveaux réfugiés ; ce chiffre comprenait les arrivées du 3 au
    # 9 mars")
    rf"|(?:ce chiffre|ce total|ce nombre)(?:-là)? (?:{_SUMMED_WRONGLY})\b"
    # (an undercount: "Le recensement du HCR d'octobre donne « 4 300 réfugiés » pour Lola : les
    # agents n'ont compté que les personnes présentes au marché")
    r"|:\s*(?:[\w’'-]+\s+){0,3}?n[’']ont (?:compté|recensé|enregistré) que\b"
    r"|:\s*(?:[\w’'-]+\s+){0,3}?only (?:counted|registered|covered)\b"
    r"|(?:ce chiffre|ce total|ce nombre)(?:-là)? (?:incluait|comprenait|englobait) "
    r"(?:(?:aussi|également|par erreur|à tort) (?:des|les)\b|(?:des|les) (?:sinistrés|habitants|"
    r"résidents|personnes affectées|foyers|logements|maisons|abonnés)\b)"
    r"|(?:that|this) (?:total|figure|number|count) (?:counted (?:[\w-]+ ){0,4}?twice(?! for\b)|"
    r"double-counted)"
    # (taken back by whoever gave it: "said that 150,000 had crossed: the Ministry has since
    # withdrawn that count"; or struck out: "... : il est annulé", "ne saurait être retenu")
    r"|(?:has|have) (?:since |now )?(?:withdrawn|retracted) (?:that|this|the) "
    r"(?:count|figure|number|estimate|total)\b"
    r"|:\s*(?:il|elle) (?:est|a été) annulée?\b"
    r"|(?:\bet|ce chiffre|ce nombre|\bil|\belle) ne (?:saurai(?:t|ent)|peu(?:t|vent)) être retenue?s?\b"
    r"|n[’']a jamais été confirmé\w*|ne doi(?:t|vent) pas être (?:repris|utilisé)\w*"
    # (in the past: "les 1 200 habitants évacués correspondent à la population totale de
    # l'île" says the whole island left)
    r"|correspond(?:ait|aient) à la population"
    # (or the figure is now another count: "Le chiffre de 6'000 évacués ... correspond au
    # nombre d'hôtes présents dans la station")
    r"|correspond au nombre (?:d[’']|de )(?:hôtes|habitants|touristes|lits|résidents|places|"
    r"foyers|logements|maisons|abonnés)"
    # ("Le chiffre de 1 500 évacués ... correspondait au nombre de foyers privés d'électricité")
    r"|correspond(?:ait|aient) au nombre (?:d[’']|de )"
    # (not the people moved, nor the same in households: "correspondait au nombre de
    # personnes hébergées dans les écoles", "au nombre de familles")
    rf"(?!{_MOVED_OR_UNIT})"
    # ("Le chiffre de 400 000 réfugiés cité dans la note désignait le nombre de rations")
    rf"|désignai(?:t|ent) (?:en (?:fait|réalité) )?le nombre (?:d[’']|de )(?!{_MOVED_OR_UNIT})"
)
# ... said only of a count named as a figure ("Le chiffre de", "reports of", "titré sur"),
# or that the words point back at ("c'était faux"): not "3,000 IDPs were denied access",
# "Food assistance for 20,000 refugees was withdrawn"
RETRACTED_FIGURE_BEFORE: str = (
    r"chiffres?|nombres?|estimations?|bilans?|totals?|figures?|estimates?|numbers?|counts?|"
    r"reports?|claims?|rumou?rs?|informations?|posts?|titré sur|headlined|recensements?|census"
)
# Words giving the number to read instead, right before it ("it should be read as 2,970",
# "the correct figure is 1,146", "il faut lire 1 340"; not "the actual number is likely far
# higher", "Il faut lire ces chiffres avec prudence")
_NUMBER_TO_READ: str = (
    r"(?:should (?:be |have )?read(?: as)?|(?:is|are) to be read as|"
    # ("issue 2 corrected it to 3,830 residents", "l'a corrigé à 1 300")
    r"corrected (?:it|this|that|the (?:figure|number|total|count)) to|l[’']a corrigée? (?:à|en)|"
    # (lowered: "Le chiffre de 40 000 élèves déplacés, avancé lors de la réunion du 15
    # octobre, a été ramené à 26 000", "was revised down to 9,500")
    # (a figure's own words, singular: not "600 people were brought to 3 sites")
    r"a été (?:ramenée?|revue? à la baisse|corrigée?) (?:à|en)|"
    r"(?:was|has been) (?:revised(?: down| up)?|brought down|lowered|corrected) to|"
    r"the (?:correct(?:ed)?|right|actual|true) (?:figure|number|total)\b[^.;]{0,40}?\b(?:is|was|reads)"
    r"|il (?:faut|fallait) (?:plutôt )?lire|lire plutôt|(?:le|la) (?:bon|vrai|bonne|vraie) (?:chiffre|nombre|bilan)"
    # (a date or a source between: "Le bon chiffre au 31 mai est de 233", "Le bon chiffre,
    # celui de la protection civile, est de"; not another count's, "pour le budget")
    r"(?: (?:au|du|le) \d{1,2}(?:er)? \w+|\s*,[^,.;]{0,40},)?(?: est(?: de)?|\s*,\s*c[’']est))"
    r"\s*:?\s*(?:(?:now|in fact|actually|about|around|some|approximately|environ|quelque|"
    r"près de|plus de)\s+)?(?=\d)"
)
# A sentence that withdraws a figure an earlier one reported (`etl.corrections`): it
# points back at it ("This was a transposition error", "Ce chiffre-là ... est faux", "we
# withdraw it") or gives the figure to read instead ("il faut lire", "the correct figure is")
WITHDRAWS_PREVIOUS: str = (
    r"(?:this|that|it|this figure|that figure|that number)\s+(?:was|is)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:error|mistake|wrong|incorrect|false|inaccurate)\b"
    # (not a judgement of something else: "It is a mistake to think ...", "It is false to claim")
    r"(?!\s+(?:to|that|of|for|about|in)\b)"
    r"|(?:and )?we (?:withdraw|retract) (?:it|that|this|the figure)\b"
    # (giving the number: not "the actual number is likely far higher")
    rf"|(?:{_NUMBER_TO_READ})"
    # (said of the figure, or an answer's first words: not "Dire que la situation est sous
    # contrôle, c'est faux")
    r"|(?:^\W*(?:(?:R|A|Réponse)\W+)?(?:non\W+)?|\bnon\W+)c[’'](?:est|était) faux"
    # (not a judgement of a claim: "Non, c'est faux de dire que les secours sont arrivés en
    # retard")
    r"(?!\s+(?:de (?:dire|prétendre|penser|croire|parler)|d[’'](?:affirmer|imaginer|écrire)|que)\b)"
    r"|ce chiffre(?:-là)?\b[^.;]{0,60}?\b(?:est|était|a été)\s+(?:faux|erroné|inexact|démenti|retiré)"
    rf"|ce chiffre(?:-là)? (?:{_SUMMED_WRONGLY}|incluait)"
    # (the figure named in the sentence: "le chiffre de « 15 000 évacués » publié le 26
    # juillet incluait par erreur les vacanciers comptés deux fois")
    r"|\b(?:incluait|comptait|additionnait) par erreur\b"
    # ("Ce chiffre comprenait des résidents visés par un avis d'évacuation"; not a part
    # counted, "Ce chiffre comprenait 410 enfants")
    r"|ce chiffre(?:-là)? (?:comprenait|englobait) (?:aussi |également |par erreur )?des\b"
    # (or people who live elsewhere or are there for work: "« 120 évacués » : ce nombre
    # comprenait les propriétaires de résidences secondaires"; not a part, "ce nombre
    # comprenait les enfants non accompagnés")
    r"|ce (?:chiffre|nombre|total)(?:-là)? (?:comprenait|englobait) (?:aussi |également |par erreur )?"
    r"(?:les|des) (?:propriétaires|locataires|vacanciers|touristes|saisonniers|travailleurs|"
    r"ouvriers|équipages|secouristes|visiteurs|employés|résidents secondaires)\b"
    # (it was another count, or only a part: "Ce chiffre était celui des personnes
    # affectées", "ce chiffre ne comprenait que la Basse-Terre")
    # (a count of other people or things, not whose count it is: "Ce chiffre est celui de
    # la DTM", "celui du ministère")
    r"|ce chiffre(?:-là)? (?:était|est) celui (?:des|du|de la|de l[’'])\s*(?:seul(?:e|s|es)? )?"
    r"(?:personnes|ménages|familles|foyers|habitants|résidents|sinistrés|sans-abri|victimes|"
    r"affectés|maisons|logements|enfants|élèves|population|ensemble|nombre|total)\b"
    r"|ce chiffre(?:-là)? ne (?:comprenait|comptait|couvrait|concernait|portait) que"
    r"|(?:that|this|the) (?:figure|number) (?:only (?:covered|included|counted)|covered only)"
    # (or what a plan hopes for: "That is the number the airlift hopes to move by Sunday")
    r"|(?:that|this|it) (?:was|is) the (?:number|figure) (?:the|that|which|we|they)\b[^.;]{0,40}?"
    r"\b(?:hopes?|plans?|aims?|expects?|intends?|wants?) to\b"
    # (or no such people at all: "Ce ne sont pas des évacués")
    r"|(?:ce ne sont|ce n[’']étaient) pas des (?:évacués|déplacés|réfugiés|sinistrés)\b"
    # (but people who moved all the same: "Ce ne sont pas des évacués, mais des déplacés")
    r"(?![^.;]{0,15}?\bmais (?:bien )?(?:des|de) (?:déplacés|réfugiés|évacués|rapatriés|"
    r"retournés|demandeurs d[’']asile)\b)"
    r"|(?:nous le|nous la|nous les) retirons"
    # ("Nous avions confondu la ville et le district, et nous le rectifierons")
    r"|(?:nous|je) (?:le |la |les )?rectifi(?:ons|erons|ions|e|erai)\b|nous avions confondu\b"
    # (it was something else, or someone else's: "il s'agissait en réalité de foyers privés
    # d'électricité", "I've seen that number and it isn't ours")
    r"|il s[’']agissait en réalité(?! (?:de la|de l[’']|du|d[’']une?|d[’']un) )"
    r"|(?:merci de )?ne pas reprendre ce chiffre"
    r"|(?:it|that|this|that number|that figure|this figure) (?:is not|isn[’']t|was not|wasn[’']t) ours"
    r"(?!\s+(?:to|alone)\b)"
    r"|(?:il|ce chiffre) n[’']est pas (?:le nôtre|de nous)"
    # ("That figure counted Upcountry customers without water service and has been withdrawn")
    r"|(?:that|this|the) (?:figure|number)\b[^.;]{0,80}?\b(?:has been|was|is|is being) "
    r"(?:withdrawn|retracted)"
    # ("That was the prefecture-wide count, not Kobe city's, and is withdrawn")
    r"|^\W*(?:that|this|it)\b[^.;]{0,100}?\band (?:is|has been|was|is being) (?:withdrawn|retracted)\b"
    # ("Le chiffre de 40 000 sans-abri publié dans la presse ... ; il ne doit plus être
    # utilisé", "that figure should no longer be used")
    r"|\b(?:il|elle|ce chiffre|ce nombre|et) ne doit (?:plus|pas) être (?:utilisée?|citée?|reprise?)\b"
    # ("the ... figure of "250,000 displaced" in the bulletin was the population of the
    # eastern wards, not people out of their homes")
    r"|\bwas (?:in fact |actually )?the (?:whole |total )?population of\b(?=[^.;]{0,80}?,? not\b)"
    r"|\b(?:it|and|that figure|this figure|that number) should (?:no longer|not) be "
    r"(?:used|quoted|cited|repeated)\b"
    # ("It counted people registered twice, and the NDO withdrew it")
    r"|\b(?:withdrew|retracted) (?:it|that figure|that number|the figure|this figure)\b"
    r"|\bl[’']a (?:retiré|retirée|retiré depuis)\b|a retiré ce chiffre"
    # (or a count of something else: "il s'agissait du nombre de places ouvertes dans les
    # centres", "That was roughly the number of people living in the warning zone")
    rf"|il s[’']agissait (?:en réalité )?du nombre (?:de |d[’'])(?!{_MOVED_OR_UNIT})"
    r"|(?:that|this|it) (?:was|is) (?:roughly |about |just |only |in fact )?the "
    # ("that is the estimate of people living in damaged houses")
    r"(?:number|estimate|count|figure) of "
    r"(?:people (?:living|who live|in the|whose)|residents|inhabitants|beds|places|homes|houses|"
    r"guests)\b"
    # ("In Episode 47 we said 200,000 people fled. That is roughly how many lived within 15
    # miles, not how many left")
    r"|(?:that|this|it) (?:was|is) (?:roughly |about |just |only |in fact )?how many "
    r"(?:people )?(?:lived|live|were living|are living|lived there|live there)\b"
    # ("That was roughly the population of the whole coastal strip, not a count of the
    # homeless")
    # (but said as its size: not "That is roughly the population of the whole town", all
    # of whom fled; only "in fact", or "not a count")
    r"|(?:that|this|it) (?:was|is) in fact the (?:whole |total )?population of\b"
    r"|(?:that|this|it) (?:was|is) (?:roughly |about |just )the (?:whole |total )?"
    r"population of\b(?=[^.;]{0,120}?\bnot (?:a |an |the )?(?:count|number|tally|figure|"
    r"estimate|total)\b)"
    # (said of the figure by its number, or as a mistake of the speaker's: "The figure of
    # 25,000 ... was the number of people under evacuation orders", "I was wrong: that number
    # counted everyone")
    r"|(?:was|is) the number of people under (?:an |the )?evacuation (?:orders?|warnings?)\b"
    r"|\b(?:I|we) (?:was|were) wrong\b|(?:je me suis trompée?|nous nous sommes trompée?s)\b"
    # (or took in others: "Its first newsletter printed "4,200 evacuees": that figure
    # included construction workers and summer visitors, and issue 2 corrected it to
    # 3,830"; not a part, "that figure included 1,100 children")
    r"|(?:that|this|the) (?:figure|total|number|count) (?:also |wrongly |mistakenly )?included "
    r"(?:the )?(?:[\w-]+ )?(?:workers|visitors|tourists|staff|crews?|helpers|inhabitants|"
    r"residents who|people who (?:stayed|remained)|homes|houses|dwellings)\b"
    # (in French: "j'avais écrit « 16 000 déplacés ». C'est le nombre de personnes touchées
    # dans tout le district", "Ce total mêle les vendeurs ... : ce n'est pas un nombre de
    # déplacés")
    rf"|^\W*{_NUMBER_OF_OTHERS}"
    # (or a site's room: "C'est la capacité prévue, non un effectif")
    rf"|^\W*(?:{_CAPACITY_NOT_COUNT})"
    r"|\bce n[’'](?:est|était) pas (?:un|le) (?:nombre|chiffre|décompte|total) (?:de |d[’'])"
    r"(?:déplacés|réfugiés|évacués|sinistrés|sans-abri|personnes déplacées)\b"
    r"|\b(?:it|this|that) (?:is|was) not a (?:count|number|tally|figure) of "
    r"(?:the )?(?:displaced|refugees|evacuees|homeless)\b"
)
# A denial of a figure others give, in the same sentence ("Le Gouvernement dément
# formellement l'information ... faisant état de 10 000 déplacés")
DENIES: str = (
    r"dément|démentent|démentait|a démenti|ont démenti|denied|denies|deny|denying|refuted|refutes"
)
# ... what a denial denies, for it to deny a figure: a report of it, not a deed ("denied
# shelling the camp, from which 3,000 people fled")
DENIED_REPORTS: str = (
    r"reports?|claims?|allegations?|rumou?rs?|information|informations|chiffres?|figures?|"
    r"numbers?|bilan|faisant état|affirmations?|allégations?"
)
# ... and the verbs of saying that start the sentence's own figure after it ("denied the
# reports and said 20,000 IDPs remain")
SAID_VERBS: str = r"said|says|added|stated|a (?:dit|ajouté|précisé|déclaré)|affirme|ajoute"
# ... only a figure such a sentence reports as given before, by a report, a message or a
# rumour (not "12,000 fled. This was the largest exodus since 2012", a figure of its own)
REPORTED_EARLIER: str = (
    # (a notice, a letter or an application of one's own: "Notice No. 8 gave 1,312 relocated
    # households", "Notre lettre n° 30 parlait de 268 filleuls")
    r"(?:reports?|sitreps?|bulletins?|newsletters?|notes?|updates?|e-?mails?|posts?|messages?|communiqués?|"
    r"notices?|letters?|lettres?|avis|demandes?|memos?|"
    # ("Your front page of 15 September said that 800,000 Jamaicans were made homeless")
    r"front pages?|headlines?|articles?|captions?|légendes?|stor(?:y|ies)|"
    r"points? de situation|revues?(?: de presse)?|"
    r"dépêches?|versions?|statements?|press releases?|release|newspapers?|journaux)\b"
    r"(?:[^.;]|\.(?=\s*\d)){0,80}?\b"
    r"(?:gave|said|stated|wrote|put|reported|listed|showed|cited|printed|published|indiquai(?:en)?t|"
    r"annonçai(?:en)?t|mentionnai(?:en)?t|donnai(?:en)?t|faisai(?:en)?t état|évoquai(?:en)?t|"
    r"parlai(?:en)?t de|spoke of|talked of|mentioned)\b"
    r"|(?:we|I) (?:wrote|said|reported|gave|spoke of)\b|nous (?:avons|avions) (?:écrit|indiqué|annoncé|donné|parlé)\b"
    r"|j[’'](?:ai|avais) (?:écrit|indiqué|annoncé|donné|parlé|dit|noté)\b"
    r"|(?:I|we) had (?:written|said|reported|given|noted)\b"
    # (a quotation the sentence opens on: 'In a report on 16 July, "42,000 left Potočari"
    # should have read 4,200')
    r"|^\W*(?:in|dans) (?:a|an|our|the|un|une|notre|le|la) (?:[\w-]+ )?(?:report|article|caption|"
    r"story|bulletin|dépêche|légende|avis)\b[^.;\"“«]{0,40}?,\s*[\"“«]"
    r"|(?:I|we) told (?:journalists|reporters|the press|the House|parliament)\b"
    r"|(?:entendu|circulé|circule|relayé)[^.;]{0,30}?\bchiffre|(?:le|un) chiffre de|le bilan de|the figure of"
    # (a figure quoted: "the regional office figure of "250,000 displaced"")
    r"|\bfigure of\s*[\"“«]"
    r"|\ba figure of\b[^.;]{0,60}?\bcirculated\b"
    r"|\b(?:radio|press|news|media|newspaper|television|tv) reports? of\b"
    # (reports as a noun, "There are reports that 10,000 people are homeless", not a source's
    # verb, "OCHA reports that 12,000 people fled", the report's own figure)
    r"|(?:^|(?:there (?:are|were|have been)|the|some|unconfirmed|earlier|initial|media|press|news) )"
    r"reports that"
)
# A figure given wrongly, withdrawn where it stands ("was wrongly shown as 2,790 in Press
# Release No. 1174")
WRONGLY_GIVEN_AS: str = (
    r"wrongly (?:shown|given|reported|stated|put|listed|recorded|published|printed) as"
    r"|(?:indiqué|donné|publié|annoncé)e?s? (?:par erreur|à tort) (?:comme|à|que)"
)
# ... and the number to read instead, when the withdrawing words give one
# (or, after a figure withdrawn, the one that stands: "Le chiffre de l'état-major reste de
# 89", "The council's figure remains 260"; alone, such words withdraw nothing)
CORRECTED_VALUE_BEFORE: str = (
    rf"{_NUMBER_TO_READ}|(?:le|the) (?:[\w’'-]+ )?(?:chiffre|nombre|bilan|figure|number|count|total)\b"
    r"[^.;]{0,40}?\b(?:reste (?:de|à|fixé à)|remains(?: at)?|stands at|stays at)\s+"
    r"(?:(?:about|around|some|environ|quelque|près de)\s+)?(?=\d)"
)
# Of the words above, those that withdraw whatever their sentence is about: a road, the tap
# water or a gymnasium as well as a figure ("The highway is flooded and should not be used",
# "L'eau est contaminée ; elle ne doit pas être utilisée"). They take back a figure their
# own sentence reports ("A radio report of ... mixed up the town with the province and
# should not be used"), or one reported before only when their sentence opens on a figure
# (FIGURE_SUBJECT: "That figure double-counted people moved twice and should not be
# repeated")
WITHDRAWS_ANY_SUBJECT: str = r"and should|(?:il|elle|et) ne doit pas"
FIGURE_SUBJECT: str = (
    r"^\W*(?:that|this|the|these|those|its|their|ce|cette|ces|le|la|les|son|leur)\s+"
    r"(?:[\w’'-]+\s+)?(?:figures?|numbers?|estimates?|counts?|totals?|tolls?|reports?|"
    r"chiffres?|nombres?|bilans?|estimations?|totaux)\b"
)
# Words that say a sentence corrects an earlier one, however far back ("La préfecture corrige
# le chiffre donné à 16h : ..., et non 16 000")
CORRECTION_WORDS: str = r"corrige\w*|corrigé\w*|corrections?|corrects?|corrected|rectifi\w+|erratum"
# Plain strings (lowercase) one of which every phrase of WITHDRAWS_PREVIOUS, DENIES,
# WRONGLY_GIVEN_AS and NOT_THIS_NUMBER holds: a report with none withdraws nothing, and its
# sentences are not read again (`etl.corrections.triggers_at`). Keep them in step.
WITHDRAWAL_TRIGGERS: tuple[str, ...] = (
    "error", "mistake", "wrong", "incorrect", "false", "inaccura", "withdraw", "withdrew",
    "retract", "retiré", "rectifi", "avions confondu", "plus être utilisé", "plus être cité",
    "plus être repris", "pas être utilisé", "pas être cité", "pas être repris", "population of",
    "do not use", "don't use", "don’t use", "do not quote", "do not cite", "do not repeat",
    "never use",
    "no longer be used", "no longer be quoted", "not be used", "not be quoted", "not be cited",
    "not be repeated",
    "should be read", "should read", "should have read", "to be read", "correct", "right number", "right figure",
    "right total", "actual number", "actual figure", "actual total", "true number",
    "true figure", "true total", "faut lire", "faut plutôt lire", "lire plutôt", "bon chiffre",
    "bon nombre", "bon bilan", "vrai chiffre", "vrai nombre", "vrai bilan", "faux",
    "ce chiffre", "retirons", "démen", "denied", "denies", "deny", "refute", "par erreur",
    "à tort", ", et non", "(et non", "» et non", "” et non", "\" et non", "\" and not",
    "” and not", ", and not", ", not", "(not", ", au lieu", "(au lieu",
    ", instead of", ", rather than", "agissait en réalité", "reprendre ce chiffre", "t ours",
    "le nôtre", "de nous", "ce ne sont pas", "ce n'est pas", "ce n’est pas", "ce n'étaient pas",
    "ce n’étaient pas", "it was not", "it is not", "it wasn't", "it wasn’t", "it isn't",
    "it isn’t", "agissait du nombre", "agissait en réalité du nombre", "the number of people living",
    "the number of people who live", "the number of residents", "the number of inhabitants",
    "the number of beds", "the number of places", "the number of homes", "the number of houses",
    "the number of guests", "the estimate of", "the count of", 'not "', "not “", "not «",
    "non «", "pas «", "fallait lire", "celui d", "ne comprenait", "ne comptait",
    "ne couvrait", "ne concernait", "ne portait", "only covered", "only included",
    "only counted", "covered only", "is the number", "was the number", "is the figure",
    "was the figure", "ce chiffre comprenait", "ce chiffre englobait",
    "c'est la capacité", "c’est la capacité", "c'était la capacité", "c’était la capacité",
    "is the capacity", "was the capacity", "planned capacity", "intended capacity",
    "capacité prévue", "capacité planifiée", "capacité annoncée", "ce nombre comprenait", "ce nombre englobait", "ce total comprenait", "ce total englobait", "under evacuation order", "under an evacuation order",
    "under the evacuation order", "was wrong", "were wrong", "me suis trompé",
    "sommes trompé", "ce ne sont pas des", "ce n'étaient pas des", "ce n’étaient pas des",
    "est la population", "était la population", "is the population", "was the population",
    "roughly the population", "about the population", "just the population",
    "in fact the population", "the number of people in the", "the number of people whose",
    "how many lived", "how many live", "how many people l",
    "how many were living", "how many are living", "c'est le nombre", "c’est le nombre",
    "c'était le nombre", "c’était le nombre", "c'est la population", "c’est la population",
    "pas un nombre", "pas un chiffre", "not a count", "not a number", "not a tally",
    "figure included", "total included", "number included", "count included", "ramené",
    "revue à la baisse", "revu à la baisse", "revised", "brought down", "lowered to",
)
# A number a figure is said not to be ("14 000 personnes évacuées, et non 16 000"): the
# earlier figure of that number was wrong
# A number named as a figure and then said to be another count ("Le chiffre de 10 000,
# c'est la population des quartiers ...", "The figure of 12,000 is the population of"): the
# earlier figure of that number was wrong
# Words between disaster victims and a verb of moving that say the move has not happened (a
# move refused, awaited or still to come: "2 000 sinistrés refusent d'être évacués", "800
# sinistrés pourront rentrer")
NOT_YET_MOVED_WORDS: str = r"refus\w*|attend\w*|pourr\w*|devr\w*|veulent|souhaitent|espèrent"
# What a figure said again by its number alone stands after: words that name or read a
# figure, a few words before it ("our count of 1,215", "the survey estimate is about
# 135,000", "today it says 3,144", "which the province puts at about 4,000", "il faut lire
# 1 340"; not "a sack of flour sells at 700", "un montant de 50 000") ...
FIGURE_AGAIN_NAMED_BEFORE: str = (
    r"\b(?:count|estimate|figure|total|tally|toll|number|chiffre|nombre|bilan|estimation|"
    r"décompte|says|said|puts?|selon|lire|estimated|estimée?s?|évaluée?s?|chiffrée?s?)\b"
    # (not a number it is said not to be: "The total is not 4,000")
    r"(?:\W+(?!(?:not|non|pas|than|que|instead|rather|plutôt)\b)[\w’'-]+){0,3}?"
    r"(?<!\bnot)(?<!\bpas)(?<!\bnon)(?<!\bthan)\W+$"
)
# ... or a determiner that points back at it, when words that go on about it follow ("the
# 5,200 taken off", "the City's 30,000 above", "The 135 in the table")
FIGURE_AGAIN_POINTER_BEFORE: str = (
    r"(?:\b(?:the|les|our|their|its|this|that|these|ces|cette|nos|leurs?)\s+|[’']s\s+|\(\s*)"
    r"(?:(?:about|around|some|roughly|nearly|approximately|environ|quelque|près de|plus de)\s+)?$"
)
# the words that go on about it ...
FIGURE_AGAIN_AFTER: str = (
    r"\s+(?:in|is|are|was|were|est|sont|était|above|below|ci-dessus|taken|dans|stands|tient|"
    r"has|have|had|remains|reste|selon|according|given|quoted|cited|reported|cité|donné|avancé|"
    r"too|also|aussi|as well)\b"
)
# ... or the end of its clause, after words that name a figure
FIGURE_AGAIN_END: str = r"\s*(?:[.,;:)!?\]»”\"]|$)"
# (not a figure withdrawn where it is said again: "The 9,000 has since been withdrawn")
FIGURE_AGAIN_WITHDRAWN: str = (
    r"[^.;]{0,80}?\b(?:withdrawn|retracted|error|erroné\w*|retiré\w*|wrong|faux|fausse|"
    r"not be used|denied|démenti\w*)\b"
)
NAMED_AS_FIGURE_BEFORE: str = (
    r"\b(?:le chiffre de|the figure of|the number)\s+"
    # (or the number the sentence opens on: "About 40,000 was the population of the enclave")
    r"|^\W*(?:(?:about|some|around|roughly|environ|quelque|près de)\s+)?"
)
ANOTHER_COUNT_AFTER: str = (
    # (past what says where it was given: "The figure of 25,000 referred to in the question
    # was the number of people under evacuation orders")
    r"(?:\s+(?:referred to|quoted|cited|given|mentioned|reported|cité|évoqué|avancé)[^,.;]{0,40}?)?"
    r"\s*,?\s*(?:c[’'](?:est|était)|(?:it |that )?(?:is|was))\s+(?:la|the)\s+"
    # (not the displaced population: "Le chiffre de 40 000, c'est la population déplacée")
    r"(?:population(?!\s+(?:déplacée|réfugiée|évacuée|displaced|refugee|evacuated|of (?:IDPs|"
    r"displaced|refugees|evacuees)|des (?:déplacés|réfugiés|sites|camps))\b)|"
    # (or of things: "14,000 was the number of meals served that day")
    r"nombre (?:de|d[’'])(?:s)? ?(?:habitants|résidents|places|lits|repas|rations|tentes|"
    r"personnes affectées)|"
    r"number of (?:residents|inhabitants|beds|places|meals|rations|tents|seats|people affected|"
    r"people under (?:an |the )?"
    r"evacuation (?:orders?|warnings?)))\b"
    # (not a count of the moved, which confirms: "40,000 was the number of residents evacuated
    # by Sunday")
    r"(?![^.;,]{0,20}?\b(?:evacuated|displaced|relocated|moved|rehoused|sheltered|who (?:fled|left)|"
    r"évacué|déplacé|relogé|hébergé|qui ont (?:fui|quitté))\w*)"
)
NOT_THIS_NUMBER: str = (
    # (or after a quoted correction: "lire « dont 54 évacués » et non 45")
    r"(?:,|\(|\s*[»”\"])\s*(?:et non(?: pas)?|and not|not|au lieu de|au lieu des|instead of|rather than)"
    r"(?:\s+(?:the|les|des|plus de|more than))?"
    # (a cleft that says which number it was not: "ce ne sont pas 2 000 personnes qui ont dû
    # quitter leur maison, mais environ 1 200")
    r"|(?:ce ne sont pas|ce n[’'](?:est|était|étaient) pas|it (?:was|is) not|it (?:wasn|isn)[’']t)"
    # (a figure not to be used, named before it: "Please do not use the figure of "15,000
    # homeless" that went round in a staff e-mail")
    r"|(?:do not|don[’']t|never) (?:use|quote|cite|repeat) the (?:figure|number|estimate) of\s*[\"“«]?"
    # (a headline that rejects it: 'NOT "800,000 HOMELESS"')
    r"|^\W*(?:not|non|pas)\s*[\"“«]"
)
NEGATIVE_AFTER: list[tuple[str, str]] = [
    # people still to move, a plan's count ("jusqu'à 120 000 personnes à évacuer", "2,000
    # families still to be relocated")
    # (not people to rehouse, who are homeless now: "450 familles sinistrées à reloger
    # vivent toujours sous des tentes", "1,100 are still to be rehoused"; nor the people's
    # own move, its object after: "ont aidé 300 personnes à évacuer leur maison")
    (r"(?:à|restant à|encore à) (?:évacuer|déplacer|relocaliser|rapatrier|réinstaller)\b"
     r"(?! (?:leurs?|son|sa|ses|le|la|les|l[’']|une?|du|ce|cette|ces|cet)\b)"
     r"|(?:still|yet) to be (?:evacuated|relocated|moved|resettled)\b", "plan"),
    # (past a participle of what the people were doing: "dozens of people waiting for boats
    # were killed")
    (r"(?:(?:waiting|queuing|queueing|trying|hoping|sheltering|gathered|standing|fleeing)"
     r"\s+(?:[\w’'-]+\s+){1,4})?"
     r"(?:(?:were|have been|had been|was) (?:killed|wounded|injured|abducted|arrested)|died)", "casualties"),
    (r"(?:ont|avaient|sont|ont été|avaient été) (?:été )?(?:tué|blessé|enlevé|arrêté|mort)\w*", "casualties"),
    # people held in detention ("holding some 3,000 migrants in detention centres")
    (r"(?:[\w’'-]+\s+){0,3}?(?:in|en) (?:detention|détention|prisons?|jails?|custody|garde à vue)\b"
     r"|as (?:hostages|human shields)|en otages?|comme boucliers humains", "detained"),
    # people missing, trapped or in hospital ("and 30 more are missing", "40 more remain
    # trapped on rooftops", "12 more were hospitalised"): not people moved
    (r"(?:(?:are|were|is|was|remain|remained|have been|had been|sont|étaient|restent|"
     r"ont été|avaient été) )(?:still |toujours |encore )?(?:missing|unaccounted for|trapped|"
     r"hospitali[sz]ed|(?:portée?s? )?disparue?s?|piégée?s?|"
     r"coincée?s?|hospitalisée?s?|injoignables?|"
     # (not out of aid's reach: "30,000 IDPs in Masisi remain unreachable by humanitarian
     # agencies", still displaced)
     r"unreachable(?!\s+(?:by|for|to)\b))\b|missing\b", "casualties"),
    # a street's residents counted, of whom some were evacuated: the count is the street's
    # ("Quai Victor-Hugo : 138 résidents recensés, dont 121 évacués")
    (r"(?:recensé(?:e|s|es)?|registered|counted)\s*,?\s*(?:dont|of whom)\b", "population"),
    # (not a return that cannot happen: "160 residents will not be able to return home for
    # months" are still out of their homes)
    (r"(?:would|could|will|should)(?!\s+(?:not|never)\s+(?:be\s+able\s+to\s+)?(?:return|go back|"
     r"go home|come back|come home)\b)|pourrai\w+|devrai\w+"
     # (a duty to come: "jusqu'à 90 familles de la plaine devront être relogées au printemps")
     r"|devront être\b"
     # (and what people will lack: "près de 5 000 personnes n'auront nulle part où aller";
     # not "3 000 personnes déplacées seront relogées", displaced now)
     r"|n[’']auront (?:nulle part|pas (?:de |d[’'])?(?:toit|logement|abri)|plus (?:de |d[’'])?(?:toit|logement|abri))",
     "plan"),
    # (past a participle of where the people live: "all 600 households living below the
    # railway line will be relocated", "les 300 familles vivant sur la berge seront relogées")
    (r"(?:living|residing|staying|sheltering|camped|vivant|habitant|résidant|installée?s)"
     # (not past a verb of their own: "living on the slopes fled and will stay", "vivant à
     # Kintambo ont fui et seront relogées")
     r"\s+(?:(?!(?:and|et|but|mais|or|ou|have|has|had|were|was|are|ont|sont|avaient|étaient)\s)"
     r"[\w’'-]+\s+){1,5}?(?:will|would|should|seront|vont|devront|devraient)\b", "plan"),
    (r"(?:is|are|was|were|has been|have been) (?:planned|foreseen|envisaged)|(?:est|sont) prévu\w*", "plan"),
    # an intention, asked in a survey ("2,900 registered islanders said they meant to go
    # back", "disent vouloir rentrer"; displaced people who say so are displaced still)
    (r"(?:said|say|says|told us|reported) (?:that )?they (?:meant|mean|intended|intend|planned|"
     r"plan|wanted|want|hoped|hope|would like|wished|wish) to\b"
     r"|(?:disent|disaient|déclarent|déclaraient) (?:vouloir|souhaiter|compter|espérer)\b",
     "intention"),
    # a survey's sample, not the people it stands for ("Les 848 ménages enquêtés", "the 940
    # households sampled")
    (r"(?<=s )(?:enquêtée?s|sampled|surveyed)\b", "sample"),
    # (what should have been done: "l'évacuation préventive de quelque 9 000 riverains aurait
    # dû être ordonnée dès le matin")
    (r"aurai(?:t|ent) dû être (?:ordonnée?s?|décidée?s?)", "plan"),
    # births, not arrivals ("About 2,300 children born in the camps since the 2001 census")
    # (not where refugees were born: "Some 4,000 refugees born in Syria crossed")
    (r"born (?:since|during)\b|(?:(?<=children )|(?<=babies )|(?<=infants ))born (?:in|at|inside)\b"
     r"|née?s (?:depuis|pendant)\b|(?:(?<=enfants )|(?<=bébés ))née?s (?:dans|au|à|en)\b",
     "births"),
    (r"(?<!who )(?<!which )(?<!that )(?<!qui )(?:are|is|were|was) (?:expected|preparing|set|due) to (?:be )?"
     rf"(?:{PLANNED_MOVES})\b|(?:are|is|were|was) expected (?:in|at|to arrive)\b|"
     # ("with another 1,500 expected next week")
     r"expected (?:next|this|later|within|in the coming|over the coming)\b|"
     r"(?:se préparent|s[’']apprêtent) à (?:être )?(?:partir|quitter|rentrer|traverser|fuir|"
     r"regagner|retourner|relocalis\w*|transféré\w*|évacué\w*|rapatrié\w*|réinstallé\w*)", "plan"),
    # a move asked for, not made ("1,900 households registered for return assistance",
    # "3,400 refugees have signed up for voluntary repatriation", "se sont inscrits pour le
    # rapatriement"): the people are counted where they still are
    (rf"(?:{REGISTERED_FOR_A_MOVE})", "registered for a move"),
    (r"killed|injured|wounded|dead|drowned|tués|tuées|blessés|blessées|morts|noyés|"
     r"lost their lives|perished|(?:ont|avaient) (?:perdu la vie|péri)", "casualties"),
    # people at an event or a consultation, not sheltered ("hosted 200 inhabitants for a
    # peace dialogue", "accueille 1 200 habitants pour des consultations")
    # (not a place named after an event: "at the training centre", "the screening point")
    (r"(?:(?:for|pour|during|pendant|lors d[’'](?:une|un))\s+(?:(?:a|an|the|des|une|un|la|le|leur|"
     r"their)\s+)?|(?:at|à)\s+(?:a|an|une|un)\s+)"
     r"(?:[\w-]+\s+)?(?:consultations?|medical care|soins|meetings?|réunions?|dialogues?|"
     r"workshops?|ateliers?|trainings?|formations?|job fairs?|fairs?|foires?|sessions?|"
     r"ceremon(?:y|ies)|cérémonies?|matche?s?|concerts?|celebrations?|screenings?|"
     r"dépistages?|vaccinations?)\b(?!\s+(?:centres?|centers?|colleges?|schools?|points?|posts?|"
     r"sites?|halls?|camps?|grounds?|venues?|areas?))", "event"),
    # care received ("1,800 returnees treated for heat exhaustion")
    (r"(?:were |have been )?treated (?:for|at|in|by)\b|(?:ont été )?(?:soigné|pris en charge)\w* (?:pour|à|au|dans)", "services"),
    # people who leave to study or to work: migrants, not people displaced ("plusieurs
    # centaines de jeunes quittent les camps pour étudier ou travailler en Espagne")
    (r"(?:[\w’'-]+\s+){1,5}?(?:to|in order to|pour|afin d[e’'])\s*(?:study|work|find work|"
     r"look for work|seek work|attend school|étudier|travailler|chercher du travail|"
     r"poursuivre (?:leurs|des) études)\b"
     # (the purpose ends there, or says where: not "to work their fields", "to work on the
     # dam", "pour travailler leurs champs")
     r"(?=\s*(?:$|[,.;:)]|(?:in|at|abroad|or|and|en|à|au|aux|ou|et|dans)\b))", "migration"),
    # herders moving to pastures, as every year: transhumance, not displacement ("20,000
    # nomads moved to the southern pastures with their herds"; but "8,000 pastoralists fled
    # the attacks and moved to pastures": `etl.figures`)
    (r"(?:[\w’'-]+\s+){0,8}?(?:(?:for|pour) (?:la |the )?transhumance|(?:to|vers) (?:the |les )?"
     r"(?:[\w-]+ )?(?:pastures|pâturages))\b", "herding"),
    # people who went in only to fetch their things: a visit, not a return ("went in under
    # escort to collect belongings", "sont allés récupérer leurs affaires")
    # (not people who left without them: "fled Sake without time to collect their
    # belongings", "ont fui Minova sans pouvoir récupérer leurs affaires")
    (r"(?:(?!(?:without|sans|unable|not|no|pas|never|jamais)\b)[\w’'-]+\s+){0,8}?"
     r"(?:to (?:collect|retrieve|fetch|recover|salvage) (?:their |some |a few )?"
     r"(?:belongings|possessions|things|valuables|documents|papers)"
     r"|(?:pour )?(?:récupérer|chercher) (?:leurs |des |quelques )?(?:affaires|effets|biens|papiers))\b",
     "visit"),
    (r"per square (?:kilometre|kilometer|km|mile)|per km2|per km²|par km2|par km²|au km2|au km²|par kilomètre carré", "density"),
    # people per vehicle or per shelter ("40 people per bus", "cinq personnes par ménage";
    # not "évacué 650 personnes par camion", by truck)
    # (only right after the count's noun: not "3,000 households (six per household)")
    # (not "at a time when funding is falling", nor "à la fois déplacées et malnutries",
    # "à la fois de Masisi et de Rutshuru": both)
    (r"at a time\b(?! (?:when|of|in which|where|like|that|which|as|whose)\b)"
     r"|à la fois\b(?![^.;,]{0,60}?\bet\b)|(?:per trip|by the dozen)\b"
     r"|(?:per|shar(?:e|ing) (?:each|a|one|every)) (?:[a-z]+ )?(?:bus|convoy|truck|flight|boat|trip|"
     r"rotation|tent|household|family|room|latrine|shelter|centre|center|site|camp|school|classroom)\b"
     r"|par (?:tente|ménage|famille|chambre|latrine|abri)\b"
     # crowding: people sharing one dwelling ("parfois quinze personnes dans une maison",
     # "up to 20 people in a single tent"; not "1,100 people in a school", a shelter)
     r"|(?:in (?:one|a single|the same)|dans (?:une|la même)(?: seule)?) "
     r"(?:house|home|room|tent|hut|dwelling|maison|chambre|pièce|tente|case|hutte|logement)\b"
     # (not a shelter named so: "a single tent camp", "une maison communale")
     r"(?!\s+(?:camps?|city|cities|sites?|communale|des jeunes|d[’']accueil|de retraite|de la culture|du peuple|de santé))",
     "ratio"),
    # people said to be affected, and nothing more ("9 600 ménages sont sinistrés"; not
    # "were affected and displaced", "sont sinistrés et ont trouvé refuge")
    (r"(?:sont|ont été|étaient|were|are|have been) (?:sinistré|affected|touché)\w*"
     r"(?!\s*(?:and|et|but|mais|by|par)\b)", "affected"),
    # care received ("5,600 children were vaccinated", "2 300 enfants ont été dépistés")
    (r"(?:were|have been|had been|was|are being|ont été|avaient été|sont|ont) "
     r"(?:vaccinated|immuni[sz]ed|treated(?! as)|vaccinés?|immunisés?|soignés?)", "services"),
    # ... and aid ("Of the 12,000, 4,500 received food assistance"; not displaced people
    # who received it: "Some 3,000 displaced people received aid", see etl.figures)
    (r"(?:have |had |were |ont |avaient )?(?:only )?(?:received|got|reçu|bénéficié d\w*) "
     rf"(?:[\w’'-]+ ){{0,2}}?(?:{RELIEF_ITEMS}|assistance|aid|aide)", "aid"),
    # ... or signed up for it ("3,100 households have registered for federal assistance")
    (r"(?:have |had |were |ont |se sont )?(?:registered|applied|signed up|inscrits?|inscrites?) "
     r"(?:for|pour|à) (?:[\w’'-]+ ){0,2}?(?:assistance|aid|aide|benefits|allocations?|"
     r"grants?|subventions?)\b", "aid"),
    # ... or still to be given it, a gap in aid ("1 100 ménages restent à couvrir")
    (r"(?:remain|remaining|are yet|have yet|restent|reste|restant) (?:to be |to |à )"
     r"(?:reached|covered|assisted|served|couvrir|atteindre|assister|servir)\b", "aid"),
    # people who did not move ("while 2,000 others stayed behind", "1 500 habitants sont
    # restés sur place")
    (r"stayed behind|remained behind|stayed put|"
     # (past the places they live in: "residents of Klatanlo and Boru refused to go")
     r"(?:(?:of|in|from|de|du|des|d[’']) ?(?:(?-i:[A-ZÀ-Þ])[\w’'-]*,?\s+(?:(?:and|et)\s+)?){1,4}?)?"
     r"(?:(?:(?:are|were|is|was) (?:still )?refusing|refused|refuse) to (?:leave|evacuate|move|go)\b|"
     # ("Une centaine de familles de Beni Isguen ont refusé de quitter leur maison")
     r"(?:ont refusé|refusent|refusaient)(?: [\w’']+){0,3}? de (?:partir|quitter))|"
     r"(?:sont|étaient) resté(?:e?s)? (?:sur place|chez (?:eux|elles))|"
     # (a participle after the count: "environ 80 personnes, restées sur les hauteurs avec
     # les buffles"; not "50 000 déplacés, restés à Goma")
     r"(?<=, )resté(?:e?s)? (?:sur (?:place|les hauteurs|leurs terres)|au village|"
     r"dans (?:le|leur) village|chez (?:eux|elles))|"
     # ("refusent pour l'instant de quitter leurs concessions")
     r"(?:ont refusé|refusent|refusaient)(?: [\w’']+){0,3}? de (?:partir|quitter)|"
     # (in homes the disaster damaged: "are still living on the upper floors of damaged
     # homes", "vivent encore à l'étage de leurs maisons inondées")
     r"(?:are|were) (?:still )?(?:living|staying|sleeping) (?:on (?:the )?upper floors|"
     r"in (?:their )?(?:damaged|flooded|cracked) (?:homes|houses))|"
     r"(?:vivent|dorment|restent) (?:encore |toujours )?(?:à l[’']étage|aux étages|"
     r"dans leurs (?:maisons|logements) (?:endommagé|inondé|fissuré)e?s)", "stayed"),
    (STILL_IN_DANGER, "stayed"),
    # ... or are confined where they are by armed groups (Colombia's "confinamiento": "some
    # 23,000 people remain confined in rural Tibú")
    (r"(?:remain|remained|are|were|have been|had been|sont|restent|demeurent|ont été) "
     r"(?:still |toujours |encore )?confin\w*", "stayed"),
    # a difference, not a count, after a number with no noun ("reached 95,000, 3,000 more
    # than the week before", "soit 2 000 de plus qu'en janvier"; see etl.figures)
    (r"(?:more|fewer|less|de plus|de moins)\s+(?:than|que|qu[’'])\s*"
     r"(?:the|last|in|a|at|en|le|la|l[’']|au|à|lors|il y a)\b", "difference"),
    # a short telephone number, said to be one ("joindre la Protection civile au 114,
    # numéro gratuit", "call 117, the toll-free hotline")
    (r"(?:numéro (?:gratuit|vert|d[’']urgence)|ligne verte|toll-free|(?:free |emergency )?hotline)",
     "phone"),
]
# An age after a count of people ("children aged 6 months to 14 years", "enfants de moins
# de 5 ans"): part of the noun, which the words of NEGATIVE_AFTER may follow.
AGE_AFTER: str = (
    r"\s*(?:aged|under|over|below|above|de moins de|de plus de|âgés? de|âgées? de)\s+"
    r"\d+(?:\s*(?:months?|years?|mois|ans))?(?:\s*(?:to|à|-|–)\s*\d+)?"
    r"(?:\s*(?:months?|years?|mois|ans))?(?:\s+(?:old|of age))?"
)

# Words that introduce a telephone number, within a few words before it ("Evacuation
# hotline (toll-free): 0 800 504 112", "contact : 0812 345 678"): its groups of digits are
# no count. Without one, "05.06.2024 12 000" is a date and a count.
PHONE_WORDS: str = (
    r"hotlines?|helplines?|call|calling|tel|tél|phone|telephone|téléphone|contact|numéro|"
    r"whatsapp|sms|appelez|joindre|ligne verte|toll-free|numéro vert|lines?|lignes?"
)

# --- money, units and dates written around numbers --------------------------------------------
# A share of a whole, said as a count out of ten or a hundred ("près de six sur dix",
# "six in ten", "three out of every ten"), or of a few ("three in four of them", "deux sur
# trois"): a proportion, both its numbers
SHARE_JOINERS: str = r"sur|out of(?: every)?|in(?: every)?"
SHARE_WHOLES: str = (
    r"dix|cent|ten|a hundred|one hundred|10|100|"
    # (a small whole in words, not before what it counts: "three in four days")
    r"(?:three|four|five|six|trois|quatre|cinq|six)"
    r"(?!\s+(?:days?|weeks?|months?|years?|hours?|nights?|jours|semaines|mois|ans|heures|"
    r"nuits|[\w-]+s\b))"
)
SHARE_PARTS: str = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"un|une|deux|trois|quatre|cinq|sept|huit|neuf"
)
MONEY_BEFORE: str = (
    r"\$|us\$|\busd|€|£|\beur|\bchf|\bfc|\bfbu|\bksh|\bkes|\bngn|\b(?:f ?)?cfa|\bxof|\bxaf|"
    r"\betb|\bugx|\btzs|\bsdg|\bssp|\bcdf|\bbif|\brwf|\bpkr|\binr|\bcop|\bhtg|\bmzn|\bmga|"
    r"\bafn|\byer|\bsyp|\blbp|\btry|\bgbp|\bnaira|\bgourdes?|\biqd|\bjod|\begp|\bmwk|"
    r"\bhnl|\bdzd|\bmad|\blyd|\bmmk|\bbdt|\bnpr|\blkr|\bidr|\bphp|\bpgk|\bbrl|\bmxn|\bgtq|"
    # (rupees and other signs: "Rs 4.6 lakh", "₹ 12,000", "¥ 3 million", "JPY 1.9 million")
    # ("RS" without its dot is the Republika Srpska: "In RS 1,200 people were evacuated")
    r"\b(?-i:Rs)\.?|\brs\.|₹|¥|\bjpy|\bcny|\bkgs|\buzs|\bkzt|\bclp|\bnio|\bcad|\baud"
)
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "février": 2, "fevrier": 2,
    "march": 3, "mar": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7, "august": 8, "aug": 8,
    "août": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10,
    "oct": 10, "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12,
    "dec": 12, "décembre": 12, "decembre": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "lundi": 0, "tuesday": 1, "mardi": 1, "wednesday": 2, "mercredi": 2,
    "thursday": 3, "jeudi": 3, "friday": 4, "vendredi": 4, "saturday": 5, "samedi": 5,
    "sunday": 6, "dimanche": 6,
}

# --- rates and periods ---------------------------------------------------------------------------
RATES: list[tuple[str, str]] = [
    # (people who cross at night, "100 to 150 people a night", come each day)
    (r"every day|each day|a day|per day|daily|par jour|chaque jour|quotidiennement|by day|"
     r"every night|each night|a night|per night|nightly|par nuit|chaque nuit", "per_day"),
    (r"every week|each week|a week|per week|weekly|par semaine|chaque semaine", "per_week"),
]
# Words right after a number with no noun that make it more of the people counted before it
# in the sentence ("55,400 people displaced from Sinja, and at least 8,000 more from Jebel
# Moya", "et 3 000 autres à Kaya")
MORE_WORDS: str = r"more|others|additional|de plus|autres|supplémentaires"
# Words that may open an apposition restating the number before it ("2,318 people during
# the period, about 155 a day", "soit environ 300 par jour")
APPOSITION_WORDS: str = (
    r"about|some|around|roughly|nearly|almost|approximately|or|that is|i\.e\.|soit|"
    r"environ|quelque|près de|soit environ|or about|or some|an average of|on average|"
    r"en moyenne|soit en moyenne"
)
# Words that send people out of their country ("another 1,200 people fled abroad")
ABROAD_WORDS: str = r"abroad|à l[’']étranger|out of the country|hors du pays|across the border"
# Participles of people staying somewhere, right after their noun ("IDPs sheltering in
# churches", "réfugiés hébergés à Adré")
STAYING_PARTICIPLES: str = (
    r"sheltering|sheltered|hosted|living|staying|housed|accommodated|settled|"
    r"hébergée?s?|accueillie?s?|installée?s?|abritée?s?|logée?s?|vivant"
)
# Nouns that name the pace of a movement, for a number with no noun of its own ("the pace
# has since dropped to about 150 a day"; not "the pace of fighting")
PACE_NOUNS: str = r"pace|rate|rythme|cadence|flux|flow|influx|afflux"
# Rates written as adverbs, which may stand before a count ("chaque jour entre 100 et 150",
# "Every week we register dozens"); not "daily" or "weekly", which qualify nouns ("OCHA's
# daily report", "The Daily Star")
RATE_ADVERBS: str = r"(?:every|each|chaque|per|par) (?:day|week|jour|semaine)"
# ... or verbs of a pace changing with no subject of their own, after a flow in the same
# sentence ("and have since slowed to between 300 and 400 a day", "puis sont retombées à
# environ 300 par jour"; not "has forced hospitals to admit 150 a day", nor "; cholera
# cases rose to 120 a day"), or with the pace noun as their subject ("the pace has since
# dropped to about 150 a day")
PACE_CHANGE_VERBS: str = (
    r"dropped|slowed|fell|fallen|declined|decreased|eased|rose|risen|increased|climbed|"
    r"peaked|retomb\w*|baiss\w*|ralenti\w*|augment\w*|diminu\w*|chut\w*|pass(?:é|ée|és|ées)"
)
# Time expressions kept as the figure's period. Each is matched after the number first,
# then before it, within the clause.
_TIME_WORDS_EN = (
    r"(?:start|beginning|end) of|(?:this|last|next) (?:week|weekend|month|year)|today|"
    r"yesterday|christmas|new year|ramadan|eid"
)
# what may follow a French day ("mardi soir", "samedi dernier", "lundi 15 janvier")
_FR_DAY_PART = rf"(?: (?:soir|matin|après-midi|dernier|\d{{1,2}}(?:er)?(?: (?:{_MONTHS_FR}))?))?"
# Time expressions. Patterns earlier in the list win over later ones that start at the same
# place: "since January" is a date, and the words after it are not ("since January the
# region has registered ...": not "since [anything up to 30 characters]").
PERIODS: list[str] = [
    # (a day is not the start of a count: "Since March 15,000 people have fled")
    rf"since (?:(?:early|late|mid-?) ?)?(?:\d{{1,2}} )?(?:{_MONTHS_EN})(?: \d{{1,2}}(?!\d|[,.]\d))?"
    r"(?:,? \d{4})?(?![\w-])|since (?:19|20)\d\d(?![\w-])",
    r"depuis (?:(?:le |la )?(?:début|fin|mi-) ?)?(?:le )?(?:\d{1,2}(?:er)? )?"
    rf"(?:{_MONTHS_FR})(?: \d{{4}})?(?![\w-])|depuis (?:19|20)\d\d(?![\w-])",
    r"(?:in|over|during|within) the (?:past|last|first|previous) (?:\w+ )?(?:days?|weeks?|months?|years?)(?: since [^,.;]{3,30})?",
    r"(?:in|over|within) (?:a single|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)",
    # (a season, and no more: "since the autumn", not "since the autumn went back"; "depuis
    # l'hiver dernier")
    r"since (?:the )?(?:(?:early|late|mid-?) ?)?(?:weekend|autumn|fall|spring|summer|winter|"
    r"(?:rainy|dry|lean) season|harvest)(?: of (?:19|20)\d\d)?(?![\w-])"
    # (not an event named after it: "since the fall of Bukavu", "since the spring rains began")
    r"(?![’']s\b|\s+(?:of|rains?|floods?|flooding|storms?|offensive|campaign|fighting|clashes|"
    r"attacks?|violence|cyclones?|drought|began|begun|started|set in|ended|failed)\b)|"
    r"depuis (?:l[’']|le |la )(?:automne|printemps|été|hiver|week-end|saison des pluies|"
    r"saison sèche|soudure)(?: (?:dernier|dernière|(?:19|20)\d\d))?(?![\w-])",
    # (an event: "since the fighting began", up to a place or a clause of its own)
    r"since (?:the (?:start|beginning) of (?:the year|\w+)|[^,.;]{3,50}?"
    r"(?=[,.;]|\s+(?:in|at|to|from|into|for|after|when|while|across)\b"
    r"|\s+and\s+(?:were|was|are|is|have|has|had|then|now)\b|$))",
    # (a time: a date, a month, a day or a time word in it; "from Kupiansk to Kharkiv" is a
    # route)
    rf"(?:between|from) (?=(?:the |a |early |late |mid-?)?(?:\d+|{_MONTHS_EN}|{_WEEKDAYS_EN}|"
    rf"{_TIME_WORDS_EN})\b)[^,.;]{{3,30}}? (?:and|to) [^,.;]{{1,20}}",
    r"the (?:previous |preceding )?(?:day|week|fortnight|month|year) before|"
    r"a (?:day|week|month|year) (?:earlier|before)|la (?:semaine|veille|quinzaine) (?:précédente|d[’']avant)|"
    r"le mois (?:précédent|d[’']avant)",
    rf"(?:last|this) (?:week|month|year)|on (?:{_WEEKDAYS_EN})(?: alone)?",
    # (a month is a whole word, or the first of a hyphened range: "In May-June 2024", "en
    # mai-juin"; a range with a dash, "in January–February", stays "in January")
    rf"(?:as of|by|in|on|after) (?:\d{{1,2}} )?(?:{_MONTHS_EN})(?:-(?:{_MONTHS_EN}))?(?: \d{{1,2}}(?!\d|[,.]\d))?(?: \d{{4}})?(?![\w-])",
    r"depuis (?:le début (?:de l[’']année|du mois)|[^,.;]{3,50}?"
    r"(?=[,.;]|\s+(?:sur|dans|à|au|aux|en|vers|chez|pour|et|après|lorsque|quand)\b|$))",
    r"(?:en|au cours d[eu]s?|dans les) (?:une|deux|trois|quatre|cinq|\d+|quelques) "
    r"(?:(?:derni[eè]re?s?|premi[eè]re?s?) )?(?:jours|semaines?|mois|heures)",
    r"(?:entre|du) (?:le )?\d{1,2}(?:er)? [^,.;]{0,15}?(?:et|au) (?:le )?\d{1,2}(?:er)? \w+",
    rf"(?:en|au|fin|mi-|début) (?:{_MONTHS_FR})(?:-(?:{_MONTHS_FR}))?(?: \d{{4}})?(?![\w-])",
    r"ces dernières semaines|la semaine dernière|le mois dernier|cette semaine",
    # (a French day needs no preposition: "95 ont pu rentrer samedi", "Mardi soir, 410
    # personnes")
    # (not the day a report was published or a source spoke: "un rapport publié mardi", "a
    # indiqué jeudi le HCR", "Mardi, OCHA a indiqué que", "le chiffre cité lundi", "notre
    # édition de lundi"; not a feast, "Mardi gras")
    r"(?<![\w-])(?<!publié )(?<!publiée )(?<!diffusé )(?<!diffusée )(?<!indiqué )(?<!annoncé )"
    r"(?<!déclaré )(?<!précisé )(?<!rappelé )(?<!affirmé )(?<!souligné )(?<!cité )(?<!citée )"
    r"(?<!édition de )"
    rf"(?:{_WEEKDAYS_FR})(?!\s+(?:gras|saint)\b)"
    rf"(?!{_FR_DAY_PART},\s+"
    r"(?:[^\s,.;:]+\s+){1,5}?a (?:indiqué|annoncé|déclaré|précisé|rappelé|affirmé|souligné)"
    r"\s+qu)"
    rf"{_FR_DAY_PART}(?![\w-])",
]

# --- places in a sentence ------------------------------------------------------------------------
# Words right before a place that say which role it plays for a figure.
ORIGIN_BEFORE: str = (
    r"from|fleeing|fled|flee|flees|out of|escaping|left|leave|leaving|fuyant|fui|fuir|quitté|quittant|quitter|"
    r"originaires d(?:e|u|es|[’'])|venus d(?:e|u|es|[’'])|venant d(?:e|u|es|[’'])|"
    r"en provenance d(?:e|u|es|[’'])|"
    # home-comers' "de" right after their verb is where they came back from ("rentrées de
    # Tanzanie", "rapatriés du Tchad"; not "rentrés dans leurs villages de Dibaya")
    r"(?:rentr|retourn)(?:é|ée|és|ées|ant|er|ent|aient) (?:de|du|des|d[’'])|"
    r"(?:revenu|rapatrié)(?:e|s|es)? (?:de|du|des|d[’']|depuis)|"
    # ... and so is the evacuees' ("personnes évacuées de la Dominique", "évacués de
    # Saint-Martin"; not "évacués de force")
    r"évacué(?:e|s|es)? (?:de la|de l[’']|du|des|de|d[’'])|"
    # a former home, said of the people, is where they came from ("South Sudanese who had
    # lived in Sudan"; not "displaced people had lived in Bulengo for a year")
    r"who had (?:long |previously )?lived (?:in|at)|used to live (?:in|at)|"
    r"(?:formerly|previously) (?:lived|living) (?:in|at)|qui avaient vécu (?:en|au|à|dans)|"
    r"vivaient auparavant (?:en|au|à|dans)"
)
# Capitalised words that may stand before a place's name without being part of it
NAME_OPENERS: str = (
    "In|At|From|To|Into|Near|The|A|An|And|Or|Of|Via|Through|Across|Inside|Outside|"
    "En|Au|Aux|À|A|De|Du|Des|Le|La|Les|Et|Vers|Depuis|Dans|Près|Par|Sur|"
    "North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|"
    "Nord|Sud|Est|Ouest|Centre|Haut|Bas|Greater|Grand|Camp|Site|Town|City|District|Province|"
    "Région|Region|Ville|Territoire|Commune|Village|Mr|Mrs|Ms|Dr|President|Minister|Governor|"
    "UN|UNHCR|IOM|OCHA|OIM|HCR|WFP|PAM|UNICEF|MSF|ICRC|CICR|NRC|IRC|DRC"
)
# ... that say the place is where people went,
REGAGNER = r"regagn(?:é|ée|és|ées|er|ent|aient|ant|e)"  # "ont regagné leurs villages de Ndrele"
INTO_BEFORE: str = (
    rf"->|→|into|to|towards?|vers|reached|entered|entering|{REJOINDRE}|"
    rf"jusqu[’']à|arrivés? (?:à|au|en)|arrived (?:in|at)|{REGAGNER}|left for|set off for|"
    # (not where people had taken refuge before, in a relative clause: "1 200 Congolais qui
    # s'étaient réfugiés en Ouganda sont rentrés à Bunagana")
    r"(?<!qui )(?<!qu[’']ils )(?<!qu[’']elles )"
    rf"(?:{TOOK_REFUGE}) (?:à|au|aux|en)|"
    r"(?:qui|qu[’']ils|qu[’']elles) (?:(?:se sont|s[’']est|s[’']y sont|s[’']y est) réfugié(?:e)?s?"
    r"|se réfugient) (?:à|au|aux|en)|"
    r"(?:leave|leaves|leaving) for|"
    # ("2 000 autres ont gagné Baraka", said of people; not "Les M23 ont gagné Sake")
    + "(?:" + "|".join(f"(?<={w} )" for w in _GAINERS) + r")(?:ont|avaient|ayant) gagné|"
    r"parti(?:e|s|es)? pour|en direction d(?:e|u|es|[’'])|"
    # the place left, then the one reached: "left Derna for Benghazi", "fui Goma pour Bukavu"
    r"(?:left|leaving|fled|fleeing|quitté|quittant|fui|fuyant) (?-i:[A-ZÀ-Þ])[\w’'-]*"
    r"(?: (?-i:[A-ZÀ-Þ])[\w’'-]*)? (?:for|pour)"
)
# ... or where the figure is ("in Djugu", "à Minova", "dans le territoire de Masisi").
AT_BEFORE: str = (
    r"in|at|inside|within|across|near|around|outside|on|à|au|aux|en|dans|autour de|près de|"
    r"through|via|par|sur|dans le territoire de|dans la province de|dans le département du"
)
# People of a place the gazetteer lacks: it is where the figure is ("3,000 inhabitants of
# Kalemba fled", "moved 600 residents of Elapatha"; `etl.places`)
PEOPLE_OF_BEFORE: str = r"(?:inhabitants|residents|villagers) of"
# Verb stems after which a French "de"/"du" names where people came from ("arriver de Masisi").
MOVEMENT_STEMS: str = r"arriv|quitt|fui|fuy|chass|venu|venant|part|exode|afflux|originaires"
# Words after people counted for what they do that count their households with them: people
# then, who move as any do ("612 employees and their families have had to leave their
# houses"; not "612 employees returned to work")
WITH_FAMILIES: str = r"\s+(?:and|with|et|avec) (?:their|leurs) (?:families|familles)\b"
# Words beside a nationality that make it the nationality of the people counted
# ("Congolese refugees", "réfugiés congolais", "Burundians who..."), not of an army or a
# government ("Rwandan troops", "Rwandan officials").
DEMONYM_PEOPLE: str = (
    r"refugees?|réfugié(?:e)?s?|asylum|demandeurs|arrivals?|arrivées?|people|nationals|"
    r"civilians|families|households|children|women|men|who|qui|fleeing|fuyant|sheltering|"
    r"returnees|retournés|rapatriés|migrants|idps|déplacés|had|have|were|are|ont|sont|"
    r"avaient|étaient|among|parmi"
)
# Words saying a figure is about a whole country ("un bilan national", "nationwide").
NATIONAL_SCOPE: str = (
    r"national|nationwide|across the country|country-wide|countrywide|in the country|"
    r"à l[’']échelle nationale|à l[’']échelle du pays|dans tout le pays|dans le pays|au niveau national|"
    # most of a country's first-level units ("across 42 of Kenya's 47 counties", "dans 10
    # des 13 régions du pays")
    r"(?:\d+|all|most|many) of (?:the country[’']s|(?-i:[A-Z])[\w-]+[’']s) (?:\d+ )?"
    r"(?:counties|provinces|regions|states|departments|governorates)|"
    r"(?:\d+|la plupart|la majorité|l[’']ensemble) des (?:\d+ )?"
    r"(?:régions|provinces|départements|préfectures|gouvernorats) du pays"
)
# Cues that say people arrived somewhere: the figure is where they arrived, not where
# they came from ("la cité avait vu arriver de Masisi plus de 1 334 ménages").
# (people arriving, not only counted where they are: `ARRIVING_WORDS`)
ARRIVING_WORDS: str = (
    r"arriv\w*|entered|entering|entrée?s?|pouring in|poured in|streaming in|"
    r"ont vu arriver|landed|newcomers?|nouveaux arrivants"
)
ARRIVAL_CUES: str = (
    rf"{ARRIVING_WORDS}|signed in|registered|recorded|received|recens(?:és?|ées?)|"
    r"enregistr(?:és?|ées?)|accueilli\w*|crowded into"
)
# Nouns that make a possessive place the receiving one ("Burundi's biggest influx").
RECEIVING_NOUNS: str = r"influx|arrivals|refugee (?:population|arrivals|influx)|intake"
# Verbs after a place that make it the receiving one ("Moldova receives...", "Le stade de
# Rugombo abrite...").
RECEIVING_VERBS: str = (
    # ("Mount Lebanon alone was hosting", "Goma à elle seule accueille")
    r"(?:(?:alone|by itself|à (?:lui|elle) seule?) )?"
    r"(?:has |have |had |now |already |a |avait |ont |is |are |was |were )?"
    # an adverb between the place and its verb ("Iran still hosts", "le Tchad accueille toujours")
    r"(?:(?:still|currently|also|continues to|continue to|now|already|encore|toujours|aussi|"
    r"actuellement|désormais|déjà) )?"
    r"(?:receives?|received|receiving|hosts?|hosted|hosting|"
    r"shelters?|sheltered|welcomed?|welcomes|took in|has taken in|accueill\w*|abrit\w*|"
    r"héberg\w*|a reçu|reçoit|ont vu arriver|a vu arriver)"
)
# Generic words of administrative units, dropped from a place's name as written
# ("Masisi territory" -> "Masisi", "territoire de Masisi" -> "Masisi"); camp and site
# words are kept, they are part of a site's name ("Makombe transit site").
ADMIN_WORDS: str = (
    r"territory|territoire|district|province|provincia|commune|region|région|department|"
    r"département|county|state|municipality|town|city|ville|cité|prefecture|préfecture|"
    r"governorate|gouvernorat"
)
# Capitalised words after a place name that make it the name of a group or an office
# ("Arakan Army", "Congo River Alliance", "Rwanda Defence Force").
ORGANISATION_WORDS: str = (
    r"Army|Armed Forces|Forces|Force|Front|Movement|Alliance|Liberation|Defence|Defense|"
    r"Police|Government|Ministry|Red Cross|Red Crescent|Times|Post|Herald|Tribune|Radio|TV|Airways|"
    r"Guard|Guards|Garde|"  # ("Coast Guard crews": not Tanzania's Coast region)
    r"Armée|Forces armées|Mouvement|Croix-Rouge|Gouvernement|Ministère"
)
# Capitalised words after a place's name that make it a street's ("Olinda Road", "Kula
# Highway"): not the town, nor a namesake in another country
STREET_WORDS: str = r"Road|Street|Avenue|Highway|Boulevard|Lane"
# ... and, in French, before it ("notre salle paroissiale de la rue de Kiev", "avenue du
# Congo"): a street's name, not the town nor the country
STREET_BEFORE: str = (
    r"(?:rue|avenue|av\.|boulevard|bd|quai|impasse|allée|ruelle)\s+"
    r"(?:de\s+la\s+|de\s+l[’']|des\s+|du\s+|de\s+|d[’'])?"
)
# ... but not a street of the town, nor a town's quay, nor a verb ("dorment dans une rue de
# Bunia", "le long d'une avenue de Goma", "arrivés au quai de Minova", "est allée de
# Kitchanga vers Mweso"): the words before the street's word that make the town the place
STREET_OF_PLACE_BEFORE: str = (
    r"(?:une|d[’']une|chaque|grande|petite|principale|vieille|autre|est|était)\s+"
    r"|(?-i:au|aux|le|du)\s+(?=(?-i:quai)\b)"
)
# Words before a place that make it the scene of the violence people fled ("fled to Bunia
# after attacks in Djugu"): where the figure is only when the sentence names no other
# place for it, and neither where people came from nor where they are.
SCENE_BEFORE: str = (
    r"(?:after|following) (?:the )?(?:attacks?|fighting|clashes|violence|raids?|shelling) (?:in|at|around|near|on)|"
    r"(?:après|suite à) (?:des |les |l[’'])?(?:attaques?|combats|affrontements|violences|raids?) (?:à|au|en|dans|autour de|près de|contre)"
)
# Words before a place that make it a landmark for a distance, not a location.
REFERENCE_BEFORE: str = (
    r"(?:km|kilomet(?:re|er)s?|kilomètres?|miles?|metres|mètres)\s+(?:from|of|de|du|d[’']|away from|outside|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of|"
    # ("à 120 km à l'ouest d'Agadez", "au nord-est de Goma")
    r"au (?:nord|sud)(?:-est|-ouest)? d(?:e|u|es|[’'])|à l[’'](?:est|ouest) d(?:e|u|es|[’']))"
)
# Capitalised words before a place name that make it part of a name ("SOS Médias
# Burundi", "Radio Okapi", "University of Goma").
ORGANISATION_BEFORE: str = (
    r"Médias|Media|Radio|News|Agency|Agence|Press|Presse|Times|Tribune|Bank|Banque|"
    r"University of|Université de|Airport|Aéroport de|Hotel|Hôtel|Club|"
    # (a police force named after its province: "la Sûreté du Québec")
    r"Sûreté du|Sûreté de la|Gendarmerie du|Police du|Police de la"
)
# Places named like a common word, and the words after them that make them the word: a
# meeting ("Réunion de coordination", "Réunion du cluster Abris"; the island is "La
# Réunion", "la Réunion" or "Réunion island"), unless the place's article stands before it
# ("frappé la Réunion de plein fouet": PLACE_ARTICLE_BEFORE).
PLACE_NAMES_AS_WORDS: dict[str, str] = {
    "réunion": r"\s+(?:de|du|des|d[’']|mensuelle|hebdomadaire|technique|bilatérale|"
               r"extraordinaire|plénière|publique|inter-?cluster|sectorielle)\b",
}
PLACE_ARTICLE_BEFORE: str = r"(?<![\w’'])(?:la|La|l[’']île de la)\s+$"
# The words before the last place of a list ("Goma and Minova", "Kalehe et Kigonze").
LIST_END_JOINERS: str = r"and|et|or|ou|&"
# Words that announce a list of places, every name of which is one: a plural unit ("les
# communes de Bosso et de Toumour", "the districts of Chiúre, Mecúfi and Ancuabe").
PLURAL_UNIT_WORDS: str = (
    r"territories|territoires|districts|provinces|communes|regions|régions|departments|"
    r"départements|counties|states|municipalities|towns|cities|villes|prefectures|"
    r"préfectures|townships|villages|localités|localities|quartiers|neighbou?rhoods|"
    r"camps|settlements|sites"
)
LIST_OPENERS: str = rf"(?:{PLURAL_UNIT_WORDS})\s+(?:of|de|d[’']|du|des)?"
# Parts of a place ("dans l'est du Tchad", "on the outskirts of Goma").
PART_WORDS: str = (
    r"est|ouest|nord|sud|centre|nord-est|nord-ouest|sud-est|sud-ouest|east|west|north|south|"
    r"north-east|north-west|south-east|south-west|centre|center|outskirts|périphérie|"
    r"edge|bord|heart|cœur|coeur|rest|reste"
)
# Words that name a survey round or a period when a number follows ("recorded in Round
# 47", "In Week 8"): not a place then ("Sheikh Maqsoud Quarter", "Round Hill" are).
NUMBERED_PERIOD_WORDS: str = r"Round|Week|Phase|Cycle|Wave|Quarter|Day|Month|Year"
# Names of times, not of places, after "depuis" ("depuis la Toussaint", "depuis Pâques",
# "depuis le Round 6"; "depuis Tabarre" is where people came from)
TIME_NAMES: str = (
    r"Noël|Pâques|Toussaint|Pentecôte|Ascension|Assomption|Saint-Sylvestre|Saint-Jean|"
    r"Nouvel An|Jour de l[’']An|Carême|Ramadan|Ramadhan|Aïd|Aid|Eid|Tabaski|Maouloud|Mawlid|"
    r"Achoura|Christmas|Easter|New Year|COVID(?:-19)?|Ebola|"
    rf"{NUMBERED_PERIOD_WORDS}|{_MONTHS_FR}|{_MONTHS_EN}"
)
# Prepositions of place that may open a sentence on a name the gazetteer lacks, followed
# by a comma ("In Kigonze, ...", "À Tyr, la municipalité ...").
# Group nouns after a capitalised name make it the name of the group, not of a place
# ("the villages of Hema and Lendu communities", "les quartiers des gangs Viv Ansanm").
GROUP_NOUNS: str = (
    r"communities|community|gangs?|herders|fighters|militias?|militiamen|groups?|clans?|"
    r"tribes?|members|communautés?|milices?|éleveurs|combattants|membres"
)
# Words joining the parts of a Spanish or Portuguese place name ("Santa Bárbara de
# Iscuandé", "San Vicente del Caguán")
NAME_CONNECTORS: str = r"de|del|do|da|dos|das"
# Adverbs between a verb and its count ("accueille déjà 2 450 sinistrés").
ADVERBS_AFTER_VERB: str = r"déjà|désormais|encore|toujours|actuellement|already|now|still|currently"
# Words that make a count of returnees a new displacement ("se sont de nouveau déplacées").
AGAIN_WORDS: str = r"again|once more|de nouveau|à nouveau|une nouvelle fois|re-displaced"
# Words right before a name that make it a site's ("Site de Niornigué", "camp of Kakuma";
# not a crossing, known by its town: "the Islam Qala border crossing").
SITE_NAME_BEFORE: str = r"(?:site|camp|centre|center)\s+(?:de\s+|d[’']|du\s+|of\s+)?"
# Words after a town's or province's name that make it the name of another unit, which
# the gazetteer may lack ("Bor South County", "Aceh Besar", "Sylhet Sadar upazila").
UNIT_QUALIFIERS: str = r"Sadar|Besar|North|South|East|West|Central|Nord|Sud|Est|Ouest"
OPENING_PLACE_PREPOSITIONS: str = r"in|at|inside|near|around|outside|à|au|aux|en|dans"
# Capitalised words that open a sentence before a site word and name no site ("Au centre
# de transit, nous avons compté ...", "Each camp holds ...", "Chaque site accueille ..."):
# articles, prepositions and determiners.
NOT_SITE_NAMES: str = (
    rf"the|le|la|les|un|une|{OPENING_PLACE_PREPOSITIONS}|du|des|each|every|this|that|our|"
    r"their|its|another|ce|cet|cette|chaque|notre|votre|leur"
)
# ... and "from", only before a name and its unit ("From Yunakivka hromada alone,"; not
# "From Day One," or "From Mid-March,")
OPENING_ORIGIN_PREPOSITIONS: str = r"from"
# The local units other countries count by, singular, after a name ("Krasnopillia hromada")
LOCAL_UNIT_WORDS: str = (
    r"hromada|raion|oblast|woreda|kebele|upazila|union|lga|payam|boma|sub-county|parish|"
    r"ward|tehsil|barangay|municipio|village|locality|localité|quartier|chefferie|groupement"
)
# Words joining places into one location: "Goma and Minova", "Kansega, Cishemere and Gatumba".
PLACE_JOINERS: str = rf"\s*(?:,|{LIST_END_JOINERS})\s*(?:(?:de|du|le|la|les|of|the)\s+)?"
# Named sites that a gazetteer rarely holds ("the Miconi transit centre", "Makombe transit
# site", "camp de Bulengo"): a capitalised name next to one of these words is a place.
SITE_WORDS: str = (
    r"centre de transit|camp de réfugiés|site de déplacés|"  # longest first: regex tries in order
    r"transit cent(?:re|er)|transit site|reception cent(?:re|er)|refugee camp|refugee settlement|"
    r"camp|settlement|site|centre|center|"
    r"entry point|crossing point|border point|border post|border crossing|postes? frontières?|"
    r"points? frontaliers?|points? de passage|points? d[’']entrée"
)
# Words naming a unit or a site before its name ("le territoire de Rutshuru", "le camp de
# Nyarugusu")
PLACE_UNIT_WORDS: str = rf"{ADMIN_WORDS}|{PLURAL_UNIT_WORDS}|{LOCAL_UNIT_WORDS}|{SITE_WORDS}"
# "Depuis" before a place, or before a unit and its name, says where people came from
# ("rapatriés depuis la Tanzanie", "depuis le camp de Nyarugusu"; not "depuis la chute de
# Bukavu", an event)
FROM_A_PLACE: str = (
    r"depuis\s+(?:(?:la|le|les|l[’'])\s*)?"
    rf"(?P<unit>(?:{PLACE_UNIT_WORDS})\s+(?:de\s+|d[’']|du\s+|des\s+))?"
)

# Natural disasters: people a clause says one moved are the host country's own, even in a
# report about refugees ("600 people are sheltering in a school after floods in Gambella").
DISASTER_WORDS: str = (
    r"floods?|flooding|flash floods?|earthquakes?|cyclones?|storms?|hurricanes?|typhoons?|"
    r"landslides?|mudslides?|inondations?|crues?|séismes?|tremblements? de terre|tempêtes?|"
    r"ouragans?|glissements? de terrain|pluies diluviennes|flooded|rains|drought|sécheresse|"
    r"inondé(?:e|s|es)?"
)

# Words opening a sentence that restates the figure before it in other units ("That is
# about 3,100 households.", "Soit quelque 2 000 ménages.")
# A sentence opening on a whole ("Of the 23,500 people displaced since late September,
# about 9,800 are in the South-West", "Sur les 12 000 arrivants, 7 000 ...")
WHOLE_OPENERS: str = r"of the|of all|out of the|parmi les|sur les"
RESTATING_OPENERS: str = (
    r"that is|that's|this is|that makes|this makes|in other words|i\.e\.|soit|"
    r"c[’']est-à-dire|autrement dit|ce qui fait|cela fait|ce qui représente"
)
# ... or that says what the figure before includes ("The count includes 212 children",
# "Ce chiffre comprend 410 enfants")
WHOLE_INCLUDES: str = (
    r"(?:the|this|that|ce|cette|le) (?:count|figure|total|number|tally|census|chiffre|bilan|"
    r"nombre|décompte|recensement) (?:includes|included|comprend|comprenait|inclut|incluait)"
)
# ... and the words of a conversion, which may follow a clause that says how ("Using the
# census average of 4.5 persons per household, this corresponds to roughly 36,000 people")
RESTATING_CONVERSION: str = (
    r"(?:this|which|that) (?:corresponds|amounts|equates) to|(?:this|which) is equivalent to|"
    r"ce qui (?:correspond|équivaut) à|cela (?:correspond|équivaut) à"
)

# Words after the number of such a sentence that make it a difference from the figure
# before, not a restatement ("That is 400,000 more than in January", "1,500 up on March")
DIFFERENCE_WORDS: str = (
    r"more|fewer|less|further|additional|de plus|de moins|supplémentaires|than|que|a day|"
    r"per day|par jour|each|every|up on|down on|above|below|over|under|au-dessus|au-dessous"
)

# --- tables ("| Province | IDPs | HH |") ------------------------------------------------------
# A header naming a kind of place: each cell under it names a place, known or not. Searched
# as words in the header ("Zone de santé", "District name", "Admin 2", "Lieu d'accueil").
# Headers of columns of places by how coarse a unit they hold: a row is at its most precise
# place, whichever column comes first ("| Province | Commune |", "| District | Region |"),
# and a Total row sums the coarsest. Other headers of places hold smaller units.
TABLE_COUNTRY_HEADERS: str = r"country|countries|pays|admin ?0|adm ?0"
TABLE_PROVINCE_HEADERS: str = (
    r"provinces?|provincia|regions?|régions?|states?|états?|governorates?|gouvernorats?|"
    r"oblasts?|admin ?1|adm ?1"
)
# ... and headers of units that are always the smallest of a row, whichever column comes
# first ("| Woreda | Zone |", "| Payam | County |"); other headers that say no rank
# ("Zone", "Area", "Territoire") take the table's order (etl.table_figures._coarse_first)
TABLE_FINEST_HEADERS: str = (
    r"kebeles?|villages?|quartiers?|neighbou?rhoods?|bomas?|fokontany|barangays?"
)
# ... and of the units below a district that hold towns: finer than a zone or a district,
# coarser than a town ("| Groupement | Localité |", "| Upazila | Town |", "| Payam | Town |")
TABLE_SUBDISTRICT_HEADERS: str = (
    r"woredas?|upazilas?|hromadas?|groupements?|aires? de santé|health areas?|payams?|collines?"
)
# ... and of towns, between those and the rest: finer than a zone or an area, coarser than
# a village or a quarter ("| Localité | Zone de santé |", "| Village | Town |"; Sudan's
# English "Locality" is a district, coarser than its areas)
TABLE_TOWN_HEADERS: str = r"towns?|cit(?:y|ies)|villes?|localités?|locations?|lieux?"
# Words of the world's regions, which a table's column of regions may hold before its
# column of countries ("| Americas | Colombia |", "| East and Horn of Africa | Uganda |")
WORLD_REGION_WORDS: str = (
    r"americas?|europe|asia|africa|pacific|middle east|mena|caribbean|horn|great lakes|"
    r"lake chad|basin|latin|oceania|global|sahel|"
    r"amériques?|afrique|asie|moyen-orient|caraïbes|grands lacs|bassin|océanie"
)
# A column of the sites that shelter displaced people or evacuees: the people a table
# counts there moved ("| Site | Ménages | Personnes |" under "Décompte au 21 décembre").
TABLE_SHELTER_SITE_HEADERS: str = (
    # (not "settlements": "| Settlement | Population | Households |" is a census)
    r"sites?|camps?|sites? d[’']accueil|sites? de déplacés|"
    r"centres? (?:d[’']accueil|d[’']hébergement|collectifs?|de transit)|"
    r"(?:evacuation|collective|transit|reception) cent(?:re|er)s?|shelters?|abris|"
    r"reception (?:locations?|points?|areas?)|lieux d[’']accueil|points? d[’']accueil"
)
# A column of people registered somewhere, in a table about people who moved: they are
# the table's people ("| Inscrites à la Croix-Rouge |" beside "| Personnes évacuées |")
TABLE_REGISTERED_WORDS: str = (
    r"(?:registered|enregistr(?:é|ée|és|ées)|inscrit(?:e|s|es)?|recens(?:é|ée|és|ées))"
    # (alone, or where or by whom, or people: not "Registered births", "Registered voters",
    # "Enregistrés (%)")
    r"(?=\s*$|\s*\((?!\s*%)|\s+(?:with|by|at|in|on|à|au|aux|auprès|par|dans|sur|chez)\b"
    r"(?! (?:l[’']école|school|les écoles|schools)\b)|"
    r"\s+(?:people|persons|individuals|personnes|individus|households|ménages|families|"
    r"familles)\b)"
)
TABLE_PLACE_HEADERS: str = (
    rf"{ADMIN_WORDS}|{SITE_WORDS}|woreda|zone|area|location|lieu|localité|locality|village|"
    r"pays|country|chefferie|groupement|sous-préfecture|subdistrict|sub-district|township|"
    r"cercle|health zone|zone de santé|admin ?\d|adm ?\d|provinces|districts|regions|régions|"
    r"woredas|camps|sites|settlements|territoires|communes|"
    # the units other countries count by ("| Upazila | People in shelters |")
    r"upazilas?|unions?|lgas?|payams?|bomas?|sub-?count(?:y|ies)|parish(?:es)?|wards?|"
    r"tehsils?|kebeles?|oblasts?|raions?|hromadas?|barangays?|municipios?|departamentos?|"
    r"corregimientos?|neighbou?rhoods?|quartiers?|arrondissements?|collines?|secteurs?|sectors?|"
    r"municipalités?|municipalit(?:y|ies)|communautés?|communit(?:y|ies)|towns?|villes?|cit(?:y|ies)|"
    # (the blocks of a camp, an irrigation scheme or an Indian district: "| Block | ... |")
    r"blocks?|blocs?|suburbs?|banlieues?|zones|islands?|atolls?|îles?|"
    # (where the people counted are: "| Where they lived | Houses | People |")
    r"where (?:they|people) (?:live|lived|are|were|stay|stayed)|où (?:ils|elles) (?:vivent|vivaient|sont)"
)
# A table's site that names only a kind of building ("Salle des fêtes", "Gymnase municipal",
# "Centre de loisirs", "Primary school"): no place; the row's town or district is where it
# is. Not one with a name of its own ("Salle Sully", "Camp 12", "Kutupalong").
GENERIC_SITE_HEADS: str = (
    r"salles?|gymnases?|gym|gymnasium|centres?|centers?|écoles?|schools?|églises?|churches?|"
    r"halls?|stades?|stadium|mosquées?|mosques?|abris?|shelters?|foyers?|maisons?|camps?|sites?|"
    r"primary|secondary|community|sports?|municipal|public"
)
# A sentence that breaks a figure down by place, each part named before its number ("By
# municipality: Wajima City 10,350 people; Suzu City 6,780 people", "Par commune : Trèbes
# 4 100 ; Cuxac 1 900")
BY_PLACE_LEAD: str = (
    r"(?:broken down |in a breakdown )?(?:by|par|per) "
    rf"(?:{TABLE_PLACE_HEADERS}|municipalities|counties|cities)"
)
# A header over the place people came from: it is their origin, not where they are.
# A table caption that opens on a noun of moving counts the people who so moved ("Returns
# by crossing point", "Évacuations par commune"), with the category each says.
CAPTION_MOVES: list[tuple[str, str]] = [
    (r"returns|retours|repatriations|rapatriements", "returned"),
    (r"evacuations|évacuations", "evacuated"),
    (r"arrivals|arrivées|departures|départs|relocations|relocalisations|movements|mouvements",
     ""),
]
TABLE_ORIGIN_HEADERS: str = (
    r"(?:country|pays|place|lieu|zone|area|region|région|province|district)?\s*"
    r"(?:of |d[’'])?origine?|provenance|nationality|nationalité|nationalities|nationalités|"
    r"coming from|from|lieu de départ|zone de départ|"
    # ("| Returning from |", "| Venant de |")
    r"(?:returning|arriving|arrived|fleeing|fled|returned) from|"
    r"(?:venant|revenant|rentrant|arrivant|arrivés?|rentrés?) (?:de|du|des|d[’'])|en provenance (?:de|du|des|d[’'])"
)
# A list heading whose rows are places people came from ("New arrivals by region of origin
# (Somalia):", "Arrivées par pays d'origine").
HEADING_ORIGIN: str = (
    r"(?:by|per|par|selon (?:la |le |leur )?)\s*(?:(?:country|pays|place|lieu|zone|area|"
    r"region|région|province|district|state|county|commune|localité|village)s?\s+"
    r"(?:of\s+|d[’']))?(?:origine?|provenance)"
)
# A header saying where the people counted stay ("In accommodation centres", "Dans des
# familles d'accueil"): people displaced there, a stock.
TABLE_STOCK_HEADERS: str = (
    r"\b(?:in|inside|dans|en|au|aux|at|with|chez)\b.*\b(?:centres?|centers?|camps?|sites?|shelters?|"
    r"abris|schools?|écoles?|settlements?|host families|familles d[’']accueil|"
    r"host communities|communautés d[’']accueil|"
    # evacuation centres as Philippine reports write them ("Families inside ECs")
    rf"{EVACUATION_CENTRES})"
    # people under a tent or with relatives ("Families in tents or open air", "Families with
    # host relatives"; not "Households in need of tents", "Families with relatives abroad")
    r"|^(?:families|households|people|persons|individuals|familles|ménages|personnes)\s+"
    r"(?:(?:in|under|sous|dans|en)\s+(?:tents?|tentes?|(?:the\s+)?open air|plein air)"
    # (or in temporary housing: "Ménages en logement provisoire", "Households in temporary
    # accommodation")
    r"|(?:en|dans des?)\s+(?:logements?|hébergements?|abris)\s+(?:provisoires?|temporaires?|d[’']urgence)"
    r"|in\s+(?:temporary|transitional|emergency)\s+(?:housing|accommodation|shelters?)"
    r"|(?:with|chez)\s+(?:host\s+|des\s+)?(?:relatives|proches|friends|amis)(?!.*(?:abroad|étranger)))"
    # (or a long-form table's row that opens on it: "| Chez des proches | 88 |")
    r"|^(?:with|chez)\s+(?:host\s+|des\s+|leurs\s+)?(?:relatives|proches|friends|amis|"
    r"familles d[’']accueil)(?!.*(?:abroad|étranger))"
)
# A header over the place people went to or are received in: their destination.
TABLE_DESTINATION_HEADERS: str = (
    r"destination|destinations|lieu d[’']accueil|zone d[’']accueil|localité d[’']accueil|"
    r"host (?:area|site|location|community|district)|arrival (?:area|location|site|point)|"
    r"lieu d[’']arrivée|zone d[’']arrivée"
)
# The words of a header that only says what is counted ("Individuals", "# of HH", "Nb.
# personnes", "Total"): its cells count displaced people when the table is about them. A
# header with other words ("Children enrolled", "People at risk", "Personnes affectées")
# counts them only if it says they moved.
# Words of a header that names only a time ("| Au pic (lundi 15, 20 h) | Mardi 16, 12 h |",
# "| 2023 | 2024 |", "| As of 3 May |"): in a table whose caption says whom it counts
# ("Personnes hébergées par commune"), the caption's people at that time
TABLE_TIME_WORDS: str = (
    rf"{_MONTHS_EN}|{_WEEKDAYS_EN}|{_MONTHS_FR}|{_WEEKDAYS_FR}|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janv|févr|avr|juil|déc|"
    r"au|à|at|as|of|on|le|la|du|de|pic|peak|h|am|pm|heures?|matin|soir|morning|evening|"
    r"night|nuit|midi|noon|week|semaine|day|jour|er|st|nd|rd|th|"
    # (a span of time: "| Last 7 days | Since 15 June |", "| 7 derniers jours |")
    r"since|depuis|last|past|days|weeks|months|derniers|dernières|jours|semaines|mois"
)
TABLE_COUNT_WORDS: str = (
    r"#|people|persons?|individuals?|individus|personnes?|pers|ind|inds|households?|ménages?|menages?|"
    r"mén|hh|hhs|families|family|familles?|number|nombre|nb|no|n°|of|de|des|d|total|totals|"
    r"totaux|estimated|estimé|estimés|estimation|figures|chiffres|new|newly|nouveaux|nouvelles"
)
# ... and the people a site holds ("| Centre | Residents |" under "Refugee accommodation"),
# unless another column names the displaced people (then they are the host population:
# "| LGA | IDPs | Residents |")
TABLE_RESIDENT_WORDS: str = r"residents|résidents|occupants"
# Care, not displacement: "People evacuated to hospitals" counts patients.
MEDICAL_WORDS: str = r"hospitals?|hôpita(?:l|ux)|medical|médica(?:l|le|les|ux)|clinics?|cliniques?"
# ... and the words of such a header that alone count nothing ("#" numbers the rows)
TABLE_COUNT_FILLERS: str = r"#|of|de|des|d|no|n|nb"
TABLE_HOUSEHOLD_WORDS: str = r"households?|ménages?|menages?|mén|hhs?|foyers?"
TABLE_FAMILY_WORDS: str = r"families|family|familles?"
# A column of shares or ratios, not of people ("IDPs (%)", "Persons per latrine").
TABLE_SHARE_WORDS: str = (
    r"%|per cent|percent|pourcentage|proportion|share|taux|ratio|rate|average|moyenne|"
    # (a unit after "per" or "par": "Persons per household"; not "Hébergées par la
    # Croix-Rouge", sheltered by it)
    r"(?:per|par)\s+(?:household|ménage|family|famille|person|personne|hh|tent|tente|"
    r"shelter|abri|site|centre|center|camp|day|jour|week|semaine|month|mois|km2?|capita|tête)"
)
# Columns that break a count down by sex or age: parts of the row's total
TABLE_BREAKDOWN_WORDS: str = (
    r"(?:of whom|including|dont|parmi eux|parmi lesquels)?\s*(?:"
    r"men|women|boys|girls|children|adults|elderly|hommes|femmes|garçons|filles|enfants|"
    r"adultes|personnes âgées|males?|females?|[mfhg]|\d+\s*[-–]\s*\d+(?:\s*(?:ans|years|yrs))?|"
    r"\d+\s*\+|<\s*\d+|under \d+|moins de \d+|over \d+|plus de \d+)"
)
TABLE_TOTAL_HEADERS: str = r"total|totals|totaux|total général|grand total|ensemble"
# A table in long form, one row per figure: a column that says what each row counts
# ("| Indicator | Value |", "| What is counted | Figure |"), and the column of numbers
# beside it, whose header says nothing of them
# A header over the goods a stock table counts ("| Article | Stock au 7 mars | Entrées |
# Sorties |"): its "Entrées" are deliveries, not arrivals. The first column's header, or a
# column of stock held.
TABLE_GOODS_HEADERS: str = (
    r"articles?|commodit(?:y|ies)|denrées?|supplies|fournitures|"
    r"stock items?|non-food items?|nfis?"
)
TABLE_STOCK_HELD_HEADERS: str = (
    r"(?:opening|closing|initial|final) stocks?|stocks? (?:initial|final|disponible|restant|"
    r"on hand|in hand|au|at|as of|on|du|le)\b.*"
)
TABLE_DESCRIPTION_HEADERS: str = (
    r"indicators?|indicateurs?|what is counted|what was counted|ce qui est compté|"
    r"description|descriptions?|libellés?|items?|figure description|"
    # (where each row's people are: "| Situation | Enfants |", "| Status | Households |")
    r"situations?|status|statut"
)
# People aimed at by aid or paid a compensation, not people who moved ("IDP households
# targeted", "Ménages indemnisés"): a row's label (NOT_MOVED_LABEL_WORDS) or a long-form
# table's description (TABLE_DESCRIPTION_NOT_COUNTS) that says so counts no figure
AIMED_AT_OR_PAID: str = r"targeted|to be reached|ciblée?s|indemnisée?s|dédommagée?s|compensated"
# ... and a row's description that says its number counts no one who moved: people aided or
# aimed at, a plan or an intention, money, a phone number ("| IDP households targeted with
# shelter kits | 4,000 |", "| People still to be relocated | 2,200 |", "| Families intending
# to return | 5,000 |", "| Amount received (USD) |", "| Hotline for displaced families |
# 1458 |"; not "| Refugees assisted to return |", a count of returns)
TABLE_DESCRIPTION_NOT_COUNTS: str = (
    rf"{AIMED_AT_OR_PAID}|"
    r"(?:assisted|assistée?s)(?! (?:to |à )?(?:returns?|rentrer|retourner|repatriat\w*|rapatri\w*|"
    r"relocat\w*|voluntary))|"
    r"intend(?:s|ed|ing)?|intentions?|planned|prévue?s|would have|aurai(?:en)?t|"
    r"(?:still|yet) to be|(?:restant|encore) à|"
    r"hotlines?|helplines?|phone|telephone|téléphone|numéro|toll-free|"
    r"usd|us\$|eur|amount|montant|budget|funding|financement|costs?|coûts?|[$€£]"
)
TABLE_VALUE_HEADERS: str = (
    r"values?|valeurs?|figures?|chiffres?|numbers?|nombres?|counts?|estimates?|estimations?|"
    r"data|données|result|résultat"
)
# A row's label that sums some rows above it ("Sous-total Tillabéri"), and row labels that
# name no place ("Autres", "Unknown", "Not yet assessed")
TABLE_SUBTOTAL_LABELS: str = r"sous-total|sous total|subtotal|sub-total"
TABLE_NOT_PLACES: str = (
    r"autres?|others?(?:\s+\w+)?|inconnue?s?|unknown|not yet assessed|not assessed|"
    r"non (?:déterminée?s?|évaluée?s?|renseignée?s?)|n/?a|nd|non applicable|[-–—]+|"
    # kinds of setting, in a "Location" column of a table by setting, are no places
    r"(?:in |out of |outside |en |hors )?camps?|(?:peri-?)?urban|rural|urbaine?s?|rurale?s?|"
    r"host (?:famil(?:y|ies)|communit(?:y|ies))|familles? d[’']accueil|"
    r"communautés? d[’']accueil|collective (?:cent(?:re|er)s|shelters)|centres collectifs|"
    r"(?:informal|spontaneous|planned|formal) (?:settlements|sites)|sites (?:spontanés|planifiés)|"
    # the code of a camp's block or sector, no name ("| Block | ... |" holding "A", "C-1",
    # "B2"): the row is where the table is
    r"[a-z](?:[-\s]?\d{1,3}[a-z]?)?|[a-z]{2}-\d{1,3}|"
    # ... or of a zone, and a zone of risk ("| Zones |" holding "Zone A", "Red zone", "Zone
    # rouge"): no place either
    r"zones? (?:[a-z]|\d{1,3})|(?:red|orange|yellow|green|amber|exclusion|danger|"
    r"evacuation|high-risk|no-go) zones?|zones? (?:rouges?|orange|jaunes?|vertes?|"
    r"d[’']exclusion|de danger|à risques?)"
)

# Nouns that count movements, not people staying: a table of them is of flows ("Nouveaux
# déplacements", "Refugee arrivals by crossing point"; "IDPs by province" is of stocks).
FLOW_NOUNS: str = (
    r"displacements|déplacements|arrivals|arrivées|entries|entrées|crossings|departures|"
    r"départs|returns|retours|new|newly|nouveaux|nouvelles|nouvellement"
)

# --- events ----------------------------------------------------------------------------------------
# kind -> patterns. The event's place is the nearest gazetteer place in the clause.
EVENT_CUES: dict[str, list[str]] = {
    "captured": [
        r"seiz(?:ed|ing|e)|captur(?:ed|ing|e)|took(?: control of)?|taken (?:over|control of)|marched into|fell to|"
        r"overran|entered the city|pushed into|took over",
        r"s[’']empar(?:e|é|ent|er)|pris(?:e)?(?: le contrôle de)?|contrôle depuis|tomb(?:é|ée) (?:aux mains|sous)|"
        r"entrée à|s[’']est emparé",
    ],
    "clashes": [
        r"clash(?:es|ed)?|exchanged fire|fighting (?:in|around|for)|heavy fighting|battle for",
        r"affrontements?|combats?|échanges? de tirs|accrochages?",
    ],
    "attack": [
        r"attack(?:ed|s)?|raid(?:ed|s)?|shell(?:ed|ing)|bomb(?:ed|ing)|assault",
        r"attaqu(?:e|é|és|ée|es)|assauts?|obus|bombard\w*",
    ],
    "protest": [r"protest(?:ers|ed|s)?|demonstrat(?:ors|ion)|rall(?:y|ied)|manifest(?:ants|ation)\w*"],
    "ceasefire": [r"cease-?fire|truce|cessez-le-feu|trêve"],
    "sanctions": [r"sanction(?:s|ed)?|imposed sanctions|asset freeze|gel des avoirs"],
}
# Actors named in event sentences; the first one found in the clause is the event's actor.
EVENT_ACTORS: list[str] = [
    r"M23|AFC|Congo River Alliance|FARDC|ADF|CODECO|FDLR|Wazalendo|RSF|Rapid Support Forces|"
    r"UN|United Nations|US|United States|Treasury|European Union|EU|Viv Ansanm|Islamic State|"
    r"al-Shabaab|JNIM|Arakan Army"
]

# --- languages -----------------------------------------------------------------------------------
# Frequent short words that tell English from French when a report does not say.
LANGUAGE_MARKERS: dict[str, set[str]] = {
    "en": {"the", "and", "of", "to", "in", "have", "has", "were", "was", "said", "from", "with"},
    "fr": {"le", "la", "les", "des", "et", "du", "dans", "sont", "ont", "selon", "une", "avec"},
}

# --- places the gazetteer lacks ------------------------------------------------------------------
# A capitalised name right after a preposition of place or movement ("vers Fataki", "in Dollo
# Ado", "returned to Mucojo") is kept as a place by name, with no coordinates, when the
# gazetteer does not know it. Capitalised words that follow such prepositions without naming
# a place: a name holding one of these words (whole word, any case) is not a place. Months
# and weekdays (MONTHS, WEEKDAYS) and acronyms ("UNHCR", "M23") are left out as well.
# The topics a report's paragraphs may open on in bold, as others open on places
# ("**Background.** ...", "**Réponse.** ..."): a report whose lead-ins hold one is not
# naming places with them (`etl.places.lead_in_names`)
TOPIC_WORDS: str = (
    r"background|context|contexte|overview|summary|résumé|situation|response|réponse|needs|"
    r"besoins|gaps|lacunes|funding|financement|protection|shelter|abris?|health|santé|food|"
    r"alimentation|wash|eau|water|education|éducation|access|accès|security|sécurité|"
    r"comparison|comparaison|coordination|logistics|logistique|outlook|perspectives?|"
    r"challenges|constraints|contraintes|recommendations?|recommandations?|decisions?|"
    r"décisions?|actions?|priorities|priorités|methodology|méthodologie|caveats?|"
    r"limitations?|escalation|coverage|trends?|tendances?|update|mise à jour|key|clés?|"
    r"impact|damage|dégâts|casualties|victimes|weather|météo|forecast|prévisions|"
    # (sectors and the other words reports open paragraphs on: "**Agriculture.**", "**Cash.**")
    r"agriculture|livelihoods?|moyens de subsistance|cash|markets?|marchés?|nutrition|"
    r"displacement|déplacements?|movements?|mouvements?|returns?|retours?|"
    r"camp management|early recovery|relèvement|telecommunications?|télécommunications|"
    r"mine action|déminage|timeline|chronologie|corrections?|rectificatifs?|notes?|sources?|"
    r"highlights?|faits saillants|meanwhile|elsewhere|ailleurs|partners?|partenaires"
)
NOT_PLACE_WORDS: str = (
    # organisations, offices and media
    r"Nations|United|Union|Council|Conseil|Committee|Comité|Commission|Office|Bureau|"
    r"Programme|Program|Fund|Fonds|Organi[sz]ation|Agency|Agence|Service|Services|Bank|"
    r"Banque|International|Internationale|Foundation|Fondation|Institute|Institut|Group|"
    r"Groupe|Coalition|Network|Réseau|Watch|Rights|Crescent|Cross|Croix|Croissant|"
    r"Croix-Rouge|Croissant-Rouge|Oxfam|Caritas|Amnesty|Emmaüs|"
    r"Médecins|Doctors|Frontières|Borders|Children|Save|Care|Reuters|Associated|Press|"
    r"Presse|News|Times|Post|Herald|Tribune|Guardian|Radio|Télévision|Television|Twitter|"
    r"Facebook|WhatsApp|Telegram|Internet|Web|Parliament|Parlement|Assembly|Assemblée|Senate|Sénat|"
    r"Congress|Congrès|Court|Cour|Tribunal|Ministry|Ministère|Minister|Ministre|"
    r"Government|Gouvernement|Army|Armée|Forces|Police|Movement|Mouvement|Alliance|Front|"
    # armed groups named with an Arabic article ("fled al-Shabaab strongholds")
    r"al-Shabaa?b|Al-Shabaa?b|al-Qa[ei]da|Al-Qa[ei]da|al-Qa[ei]da\w*|Al-Qa[ei]da\w*|"
    r"al-Shabaa?b-\w+|Al-Shabaa?b-\w+|"
    # people's titles and given forms of address
    r"President|Président|Présidente|Prime|Premier|Mr|Mrs|Ms|Dr|Mme|Mlle|Sir|Madam|Monsieur|Madame|"
    r"General|Général|Gen|Colonel|Col|Captain|Capitaine|Major|Lieutenant|Governor|"
    r"Gouverneur|Mayor|Maire|Pope|Pape|King|Roi|Queen|Reine|Bishop|Évêque|Father|Père|"
    r"Sister|Sœur|Chief|Chef|Spokesperson|Spokesman|Porte-parole|Secretary|Secrétaire|"
    # languages, feasts and other capitalised common words
    r"English|French|Swahili|Kiswahili|Kinyarwanda|Kirundi|Lingala|Arabic|"
    r"Christmas|Noël|Easter|Pâques|Ramadan|Eid|Aïd|God|Dieu|Allah|"
    r"Phase|Level|Niveau|Article|Annex|Annexe|Table|Tableau|Figure|Section|Chapter|Chapitre|"
    r"Highlights|Overview|Update|Note|Source|Sources|Total|Totals|"
    # (the labels of a remark: "Rappel : en 2022, les inondations avaient déplacé ...")
    r"Rappel|Remarque|Précision|Correction|Rectificatif|Rectification|Erratum|Reminder|Attention|Important|Nota|"
    # (and a list's or a mail's words that lead on: "Also: the 1.2 million who evacuated")
    r"Also|Aussi|However|Meanwhile|Finally|Enfin|Ensuite|Besides|Cependant|Toutefois|"
    # generic units in the plural, capitalised in official prose ("dans les Régions du
    # Littoral, de l'Ouest et du Centre"): the names follow them
    r"Régions|Regions|Provinces|Préfectures|Départements|Territoires|Territories|Districts"
)
# Prepositions after which an unknown capitalised name is a place: of place and movement
# only ("par", "on", "by" introduce agents and dates as often as places).
UNRESOLVED_BEFORE: str = (
    r"in|at|inside|near|around|outside|into|to|towards?|from|fled|fleeing|out of|left|"
    r"reached|entered|via|through|à|au|aux|en|dans|vers|près de|autour de|jusqu[’']à|"
    rf"fuyant|fui|quitté|quittant|venant de|venus de|en provenance de|originaires de|{REGAGNER}|"
    # nouns whose complement is a place ("des environs de Kantchari", "d'autres habitants de
    # Malam Fatori", "the outskirts of Kutupalong")
    r"(?:environs|alentours|abords|périphérie|habitants|outskirts|vicinity|inhabitants|"
    r"residents|villagers) "
    r"(?:de|du|des|d[’']|of)|"
    # ... and shelters named by their town ("le gymnase de Breil-sur-Roya", "au palais des
    # congrès d'Arcachon", "la maison de retraite de Hostens")
    rf"(?:{SHELTER_HOSTS}|maisons? de retraite|palais des congrès|lieux de culte|"
    r"retirement homes?|nursing homes?) (?:de|du|des|d[’']|of)"
)
# People of a village, in French ("320 ménages du village de Sinégodar", "300 habitants du
# hameau de Kalamon"): a place the gazetteer lacks there is where they come from. Only with
# the unit: "familles de X" may be host families, a people or an organisation ("familles
# d'accueil de Nyangezi", "familles de Banyamulenge", "personnes de Caritas"); nor a
# neighbourhood, which reports place in its town ("familles du quartier de Carrefour-Feuilles").
PEOPLE_FROM_BEFORE: str = (
    r"(?:familles|personnes|ménages|habitants|déplacés|résidents|villageois) "
    r"(?:du|des|de la|de l[’']) ?(?:villages?|hameaux?|localités?|communes?|groupements?|"
    r"chefferies?|secteurs?) (?:de|d[’'])"
)
# A name the gazetteer lacks after "and" ends a list of places only when the sentence or
# a time phrase follows it ("reached Gatumba and Kansega on Monday."): a name that goes on
# ("in Gatumba and Caritas in Bujumbura gave", "to Goma and Mugisho, a local chief, said")
# may be anyone.
AFTER_PLACE_LIST: str = (
    r"on|last|this|since|during|between|until|earlier|yesterday|today|overnight|"
    r"depuis|lors|cette|ce|entre|hier|aujourd[’']hui|la semaine|le mois|"
    r"territories|territoires|districts?|provinces?|regions?|régions?|"
    # a plural unit after the list names the kind of every place in it ("Kobo and Sirinka
    # towns", "North Wello and Wag Hamra zones")
    rf"{PLURAL_UNIT_WORDS}|zones"
)
# Where people live, in "from villages in Bay", "fled their homes around Kalehe": the place
# after them is where people came from.
HOME_NOUNS: str = (
    r"villages?|homes?|houses?|areas?|neighbourhoods?|neighborhoods?|hills?|localités?|"
    r"maisons?|foyers?|quartiers?|collines?|terres?|fields|champs"
)
# Words before "to" / "à" that make it something other than a direction ("according to").
UNRESOLVED_NOT_AFTER: str = (
    r"according|thanks|next|close|due|owing|said|spoke|speaking|talked|told|wrote|written|"
    r"appealed|referred|compared|belongs|belonging|grâce|face|quant|selon|déclaré|dit|"
    r"indiqué|expliqué|confié|rapporté|demandé"
)
# Border crossings are known by the locality they stand in ("the Palanca crossing point",
# "le poste frontière de Masnaa" -> Palanca, Masnaa), as GeoNames and UNHCR list them.
CROSSING_WORDS: str = (
    r"entry point|crossing point|border point|border post|border crossing|crossing|"
    r"poste frontière|point frontalier|point de passage|point d[’']entrée"
)
# Words for a province: "la province compte 1,1 million de déplacés" is about the province
# of the place the report is about.
PROVINCE_WORDS: str = r"province|provincia|governorate|gouvernorat|région|region"
# Words that turn what follows to a part of the people counted: "45,000 fled, most of them
# towards Butembo" -- Butembo is where some went, not where the 45,000 are.
PARTIAL_MARKERS: str = (
    r"most of them|many of them|some of them|half of them|the majority|the rest|"
    r"la majorité|la plupart|une partie|beaucoup d[’']entre eux|certains d[’']entre eux|"
    # examples of the places named before them ("dans le département de la Meme, notamment
    # à Kumba et Mbonge")
    r"notamment|en particulier|particulièrement|in particular|particularly|especially|such as"
)
# Labels of the row of a list that sums the rows above it ("Total: 2,000 refugees"): it is
# about all their places, not the last one named.
TOTAL_LABELS: str = (
    r"total|totals|grand total|overall|in all|au total|total général|totaux|ensemble|"
    r"cumul|all sites|tous sites|tous les sites"
)
# ... the words of a total after the place it sums ("Jajarkot total", "Ituri - total")
TOTAL_AFTER_PLACE: str = r"total|totals|sub-?total"
# ... and the words before it that say what it spans, not where ("Weekly total", "Camp
# total", "IDP total")
TOTAL_SCOPE_WORDS: str = (
    r"daily|weekly|monthly|quarterly|annual|yearly|cumulative|running|period|national|"
    r"regional|provincial|district|county|camp|site|settlement|idps?|refugees?|returnees?|"
    r"column|row|country|overall"
)
# ... and the word that may join a total to the group it sums ("Total des déplacés").
TOTAL_OF: str = r"of|of the|des|de|du"
# Words in a row label that make the row count people other than those who moved, in a
# key-figures list that also counts displaced people ("People in need: 3.2 million",
# "Personnes ciblées : 2,4 millions", "Population totale : 6,1 millions"), unless the label
# also says they moved ("Population déplacée : 511 803").
# Words that may come before the people a list heading names ("Newly displaced people by
# province:", "Nombre de réfugiés par camp :").
HEADING_LEAD_WORDS: str = (
    r"new|newly|recent|recently|number of|nombre de|total|internally|nouveaux|nouvelles"
)
# ... and the words a long row label may not hold: aid, schooling, vehicles (see
# etl.figures._row_label)
LONG_LABEL_NOT_WORDS: str = (
    r"received|receiving|assistance|assisted|aid|cash|kits?|reçu|ayant reçu|bénéficié|"
    r"bénéficiaires|beneficiaries|students|pupils|élèves|enrolled|scolarisés|examinations?|"
    r"vehicles|véhicules|trucks|camions|vaccinated|treated|vaccinés|soignés|subsid\w+"
)
NOT_MOVED_LABEL_WORDS: str = (
    # (paid a compensation too: "Ménages indemnisés : 198")
    rf"{AIMED_AT_OR_PAID}|reached|assisted|affected|population|malnourished|"
    r"atteinte?s|assistée?s|touchée?s|malnutri(?:e|s|es)?|pris en charge|besoin"
)
# Words that label a row of a list without naming a place ("Returns: 600 households",
# "Total: 12,000"), besides the head nouns and displacement cues above.
LIST_LABEL_WORDS: str = (
    r"returns?|retours?|evacuations?|évacuations?|relocations?|transferts?|departures?|"
    r"départs?|total|totals|subtotal|sous-total|cumul|highlights|faits|needs|besoins|"
    r"response|réponse|security|sécurité|health|santé|education|éducation|logistics|"
    r"logistique|protection|shelter|wash|food|nutrition|funding|financement|capacity|"
    r"capacité|projection|appeal|appel|plan|note|date|title|titre|contact|update|source|"
    r"figures|chiffres|key|clés|overview|aperçu|context|contexte|situation|estimate|"
    r"estimation|weekly|daily|monthly|new|nouveaux|nouvelles|today|yesterday|aujourd|"
    # the topics of a mayor's or a cluster's update ("Hébergement : 217 familles relogées",
    # "Accommodation: 300 families in hotels", "Accueil : 300 personnes")
    r"hébergements?|accommodations?|housing|logements?|relogements?|rehousing|accueil|"
    r"reception|registrations?|enregistrements?|assistance|aide|distributions?|secours|"
    r"ravitaillement|supplies|transport|électricité|electricity|water|eau"
)

# --- counts said of a count ------------------------------------------------------------------------
# Verbs and nouns of another estimate of a figure ("puts the figure lower, at about 850,000",
# "estime ce chiffre à 3 000")
ESTIMATING_VERBS: str = r"puts?|putting|places?|estimates?|gives?|sets?|estime\w*|évalue\w*|situe\w*"
FIGURE_NOUNS: str = r"figure|number|total|estimate|chiffre|nombre|bilan"
FIGURE_STOOD: str = (
    r"stood at|stands at|had stood at|was put at|était de|s[’']élevait à|se situait à"
)
# ... and a figure that merely "was" ("Last year the figure was 300,000"; not "the total
# was 1,200 households", any total)
FIGURE_WAS: str = r"(?:figure|chiffre)\s+(?:was|had been|était)"
# ... and a figure that went up or down to another value ("As water receded this fell to
# 2,304 families", "the number rose to 12,000", "ce chiffre est passé à 3 400")
# (in a sentence of deaths, a death toll's: `etl.figures`)
FIGURE_MOVED: str = (
    r"(?:this|that|it|th(?:is|at|e)\s+(?:figure|number|total)|ce\s+(?:chiffre|nombre)|le\s+(?:nombre|total))"
    r"\s+(?:has\s+|had\s+)?(?:fell|fallen|dropped|declined|decreased|rose|risen|climbed|grew|"
    r"grown|increased|went\s+(?:up|down))\s+to"
    r"|(?:ce\s+(?:chiffre|nombre)|le\s+(?:nombre|total))\s+(?:est|était)\s+(?:passé|tombé|"
    r"monté|redescendu)\s+à|(?:ce\s+(?:chiffre|nombre)|le\s+nombre)\s+a\s+"
    r"(?:baissé|chuté|augmenté|diminué)\s+à"
    # (a count checked again brings it to another: "le recoupement ramène le total à environ
    # 74 000", "cross-checking brings the total down to 74,000")
    r"|(?:ramène|ramènent|ramenait|ramenant)\s+(?:le|ce)\s+(?:total|chiffre|nombre)\s+à"
    r"|brings?\s+(?:the|that|this)\s+(?:total|figure|number)\s+(?:down\s+|back\s+)?to"
)

# Words a quotation follows on the next line of broken text ("what officials called\n"well
# over 50,000""; not a heading before a quotation)
QUOTE_INTRO_WORDS: str = (
    r"called|calls|call|termed|described as|put it|said|says|estimated|estimates|reported|"
    r"reports|counted|that|of|at|as|to|qualifie|appelle|appelé|parle de|estime|évoque"
)
# Words a sentence does not end on: a plain-text line that ends on one runs on into the
# next line whatever that line starts with ("the DEOC in\nKhalanga estimated": text
# wrapped by a PDF converter or an e-mail client).
LINE_RUNS_ON_AFTER: str = (
    r"the|a|an|of|in|on|at|to|from|by|for|with|and|or|as|that|than|into|some|about|"
    r"le|la|les|l'|un|une|des|du|de|d'|à|au|aux|en|dans|et|ou|pour|par|sur|vers|que|qui"
)

# Between the place people left and the area after it: the figure counts more places of
# that area than the one named ("from Vovchansk and other border communities of Kharkiv
# oblast"), so the area is where they left.
AND_OTHER_PLACES: str = (
    r"\s+(?:and|as\s+well\s+as)\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+){0,2}?"
    r"(?:communities|villages|towns|localities|areas|settlements|places|districts)"
    r"\s+(?:of|in)\s+(?:the\s+)?"
)
# A pace said before a count with no noun ("they keep coming at a rate of some 3,000 a day")
AT_A_RATE_OF: str = (
    r"(?:at|au|à)\s+(?:a|an|the|un)?\s*(?:rate|pace|rythme|cadence)\s+(?:of|de|d[’'])"
    r"|à raison d[e’']"
)
# Stems of registering, which moves no one ("while 1,500 registered in Uvira")
REGISTERING_STEMS: str = r"regist|record|enregistr|recens"
# A question of how many, or at what pace, that a count in the next lines answers
HOW_MANY_WORDS: str = (
    r"how many|how much|what number|combien|quel (?:est le )?nombre|quel rythme|le rythme|"
    r"the pace|what pace|how fast|how quickly"
)
# ... and the words before the count that give it as the answer ("Our estimate is 100 to
# 150 people a night", "c'était environ 400 personnes par jour")
ANSWER_WORDS: str = (
    r"estimate|estimation|count|counted|comptons|compté|recorded|registered|about|around|"
    r"roughly|some|environ|près de|entre|between|is|are|was|were|sont|est|était|étaient|"
    r"c[’']est|c[’']était"
)
# A count said as a total so far ("about 2,700 in total", "200,000 have now arrived",
# "12,000 registered so far"), or led by "the total" ("portant le total à 20 000")
SO_FAR_WORDS: str = (
    r"in total|au total|altogether|en tout|cumulative(?:ly)?|so far|to date|à ce jour|"
    r"jusqu[’']ici|jusqu[’']à présent|have now|has now|ont désormais|sont désormais"
)
TOTAL_LEADS: str = r"bringing the total|portant le total|the total|le total|total of|total de"
# A count set against the one before it ("480,000 IDPs, up from 310,000 in March")
COMPARED_WORDS: str = r"contre|compared (?:with|to)|versus|vs\.?|against|(?:up|down) from"
# A sentence that says how many the people of the figure before were at another time, or
# are still there, names them by a pronoun or "there" alone ("Mercredi soir, elles étaient
# près de 45 000", "Ils étaient 512 dimanche", "On Monday there were 2,100"; "312 personnes
# y étaient encore"; not English "still there", as often the people who stayed): the same
# people, its count theirs
SAME_PEOPLE_BEFORE: str = (
    r"(?:elles|ils) (?:étaient|sont|seront|restaient|restent)(?: (?:encore|toujours|déjà))?"
    r"|il en (?:reste|restait|restent|restaient)(?: (?:encore|toujours))?"
    # ("La première nuit, samedi, on en avait 410")
    r"|on en (?:avait|a eu|comptait|a compté)"
    # (the peak of the same count: "The peak was 5,240 people on 3 March", "Le pic a été de")
    r"|the (?:nightly |daily )?peak was|at the peak,? there were|le pic (?:était|a été) de|au plus fort,? (?:il y en avait|on en comptait)"
    r"|(?:they|there) (?:were|are)(?: (?:still|already|only))?|they numbered"
)
# ... but not when the sentence first names what the pronoun stands for, a topic of its
# own ("Quant aux écoles, elles étaient 45 à être occupées", "Les assaillants, ils étaient
# près de 300"), nor when the count is of things left in stock ("Il en reste 300 en stock")
SAME_PEOPLE_TOPIC: str = (
    r"(?:quant\s+(?:à|aux?)|as\s+for)\b"
    r"|(?:les|ces|these|those)\s[^,.;:]{0,40},\s*(?:elles|ils|they)\s"
)
IN_STOCK_AFTER: str = (
    r"en stock|en réserve|en magasin|dans les entrepôts|in stock|in store|in reserve|"
    r"in (?:the |our )?warehouses?"
)
SAME_PEOPLE_AFTER: str = (
    r"y (?:sont|étaient|restent|restaient|demeurent|demeuraient|dorment|dormaient)"
    r"(?: (?:encore|toujours))?"
)

# --- report layout ---------------------------------------------------------------------------------
# A one-line paragraph opening on these is no section heading (`etl.figures`): a byline, a
# source, a photo credit ("Issued by OCHA Port Sudan", "Source: CONASUR Djibo office").
NOT_HEADING_OPENERS: str = (
    r"(?:sources?|photos?|credits?|crédits?|contacts?)\s*[:–—-]|"
    r"(?:issued|published|prepared|written|publié|préparé|rédigé)e?\s+(?:by|par)|"
    r"(?:by|par)\s+(?-i:[A-Z])"
)
# A heading that names no place and ends the section before it (a regional summary, the
# money, the annexes), in a report without Markdown levels: "Funding" after "Kenya: drought
# in Marsabit"; not "Displacement", "Response" under a country's heading.
SECTION_END_HEADINGS: str = (
    r"overall|total|totals|funding|financement|financing|appeal|conclusion|conclusions|"
    r"looking ahead|perspectives|contacts?|annex|annexes?|summary|synthèse|résumé|"
    r"regional|régional|global|overview|vue d[’']ensemble|background|contexte général|"
    r"regional overview|vue d[’']ensemble régionale|aperçu régional|situation régionale"
)
