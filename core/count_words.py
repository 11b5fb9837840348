"""Vocabulary of counted things, French and English: the nouns news counts (folded across the
two languages to one key), the words that are never counted, approximate counts ("une
trentaine", "dozens of"), fractions in words ("la moitié", "a quarter") and people for ages."""

from __future__ import annotations

from .calendar_words import (
    COMMON_ZONE_ABBREVIATIONS,
    DURATION_YEARS,
    MONTHS_ABBREVIATED_ENGLISH,
    MONTHS_FULL,
    WEEKDAYS,
)

COUNT_GROUPS = (
    "person people persons personne personnes individu individus individual individuals gens",
    "employee employees salarie salaries employe employes worker workers travailleur "
    "travailleurs collaborateur collaborateurs staff agent agents",
    "job jobs emploi emplois poste postes",
    "house houses maison maisons",
    "home homes logement logements habitation habitations dwelling dwellings",
    "household households foyer foyers menage menages",
    "building buildings batiment batiments immeuble immeubles edifice edifices",
    "flight flights vol vols",
    "train trains",
    "share shares action actions",
    "user users utilisateur utilisateurs usager usagers",
    "customer customers client clients",
    "subscriber subscribers abonne abonnes",
    "passenger passengers passager passagers voyageur voyageurs traveller travellers "
    "traveler travelers",
    "death deaths dead mort morts deces fatality fatalities",
    "victim victims victime victimes",
    "injured blesse blesses wounded",
    "missing disparu disparus",
    "resident residents habitant habitants inhabitant inhabitants",
    "student students etudiant etudiants eleve eleves pupil pupils",
    "child children enfant enfants kid kids",
    "store stores shop shops magasin magasins boutique boutiques",
    "country countries pays",
    "company companies entreprise entreprises societe societes firm firms firme firmes",
    "car cars voiture voitures",
    "vehicle vehicles vehicule vehicules",
    "spectator spectators spectateur spectateurs",
    "journalist journalists journaliste journalistes",
    "match matches game games",
    "goal goals buts",
    "season seasons saison saisons",
    "cup cups coupe coupes",
    "village villages",
    "island islands ile iles",
    "candidate candidates candidat candidats",
    "lawmaker lawmakers depute deputes mp mps",
    "dose doses",
    "vaccine vaccines vaccin vaccins",
    "prisoner prisoners prisonnier prisonniers detenu detenus inmate inmates",
    "hostage hostages otage otages",
    "civilian civilians civil civils",
    "protester protesters protestor protestors manifestant manifestants demonstrator demonstrators",
    "evacuee evacuees evacue evacues",
    "rescuer rescuers secouriste secouristes sauveteur sauveteurs",
    "arrest arrests arrestation arrestations interpellation interpellations",
    "species espece especes",
    "soldier soldiers soldat soldats troop troops",
    "member members membre membres adherent adherents",
    "seat seats siege sieges",
    "vote votes voix",
    "migrant migrants",
    "refugee refugees refugie refugies",
    "firefighter firefighters pompier pompiers",
    "police policier policiers officer officers",
    "patient patients",
    "case cases cas",
    "ticket tickets billet billets",
    "visitor visitors visiteur visiteurs",
    "site sites",
    "plant plants usine usines factory factories",
    "aircraft avion avions plane planes",
    "ship ships navire navires bateau bateaux boat boats",
    "school schools ecole ecoles",
    "hospital hospitals hopital hopitaux",
    "bed beds lit lits",
    "fan fans supporter supporters",
    "tree trees arbre arbres",
    "animal animals",
    "town towns city cities ville villes commune communes municipality municipalities",
    "region regions",
    "project projects projet projets",
    "contract contracts contrat contrats",
    "product products produit produits",
    "unit units unite unites",
)
"""Each line: one key (English) and the words, singular and plural, French and English, that
count the same thing. "personnes" and "people" fold to "person"; "salariés" to "employee"."""

COUNT_KEYS: dict[str, str] = {w: group.split()[0] for group in COUNT_GROUPS for w in group.split()}
"""Folded word or lemma -> the key of its group."""

TIME_WORDS = frozenset(DURATION_YEARS) - {
    "an",
    "fortnight",
    "fortnights",
    "h",
    "hr",
    "journee",
    "journees",
    "mins",
    "secs",
}
"""Units of time: "2 in 10 minutes" is a pace and "24 heures sur 24" an idiom, not ratios. The
units of `DURATION_YEARS` but "an" (also an article), the abbreviations "h", "hr", "mins",
"secs" and the rarer "fortnight", "journée"."""

NOT_COUNTED = (
    TIME_WORDS
    | frozenset(MONTHS_FULL)
    | MONTHS_ABBREVIATED_ENGLISH
    | frozenset(WEEKDAYS)
    | COMMON_ZONE_ABBREVIATIONS
    | frozenset(
        """
    milliards milliard millions million billions billion trillions trillion mille milliers
    thousand thousands hundred hundreds cent cents dollars dollar euros euro points point pour
    fois times pourcent pourcents percent percents pourcentage pourcentages percentage
    percentages reprises prochaines prochains derniers dernieres premiers premieres autres other
    others plus more less moins fewer
    entre sur par des les aux avec dans sont ont etaient avaient were are have had has
    cst local
    virgule equals equal minus divided multiplied comma
    dozen dozens doz dozs dzs douzaine douzaines lakh lakhs crore crores mil bln tln
    kilometres kilometers kilometre kilometer metres meters metre meter miles mile
    tonnes tonne tons ton kilos kilo kilogrammes grammes litres liters hectares hectare
    degres degrees etages storeys stories floors
    tiers quart quarts moitie cinquieme cinquiemes dixieme dixiemes half thirds quarters fifths
    tenths
    fr en bucks quid balles brut bruts brute brutes net nets nette nettes hors environ
    """.split()
    )
)
"""Words after a number that are not a counted thing: scales, units of time and measure,
months and days, time zones, function words."""

EN_UNMARKED_PLURALS = frozenset(
    """
    people men women children feet teeth mice geese oxen crew staff personnel police cattle
    sheep fish deer aircraft dead injured missing wounded homeless
    """.split()
)
"""English plurals without an -s: "12 dead", "300 crew"."""

FR_ADJECTIVES_BEFORE = frozenset(
    """
    nouveaux nouvelles nouvel nouveau nouvelle anciens anciennes ancien ancienne petits petites
    grands grandes gros grosses vrais vraies bons bonnes principaux principales seuls seules
    autres jeunes
    """.split()
)
"""French adjectives written before the counted noun: "12 000 nouveaux emplois"."""

APPROX_COUNT_WORDS = {
    "dizaine": 10.0,
    "douzaine": 12.0,
    "quinzaine": 15.0,
    "vingtaine": 20.0,
    "trentaine": 30.0,
    "quarantaine": 40.0,
    "cinquantaine": 50.0,
    "soixantaine": 60.0,
    "centaine": 100.0,
    "millier": 1000.0,
    "dozen": 12.0,
    "score": 20.0,
    "hundred": 100.0,
    "thousand": 1000.0,
    "million": 1e6,
    "milliard": 1e9,
    "billion": 1e9,
}
"""Approximate counts and the plural "hundreds of" forms: the number each one stands for."""

MULTIPLIER_WORDS = {
    "dozen": 12.0,
    "dozens": 12.0,
    "doz": 12.0,
    "dozs": 12.0,
    "dz": 12.0,
    "dzs": 12.0,
    "douzaine": 12.0,
    "douzaines": 12.0,
}
"""Words that multiply the number before them: "three dozen eggs", "2 douzaines d'œufs"."""

FRACTION_WORDS = {
    "moitie": 0.5,
    "tiers": 1 / 3,
    "quart": 0.25,
    "quarts": 0.25,
    "cinquieme": 0.2,
    "cinquiemes": 0.2,
    "dixieme": 0.1,
    "dixiemes": 0.1,
    "half": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
"""Fractions written in words, as the share one of them stands for."""

PERSON_NOUNS = frozenset(
    """
    homme hommes femme femmes garcon garcons fille filles enfant enfants adolescent adolescente
    adolescents adolescentes jeune jeunes bebe bebes retraite retraitee retraites nourrisson
    fillette fillettes gamin gamine joueur joueuse joueurs attaquant attaquante milieu defenseur
    gardien entraineur pilote conducteur conductrice passager passagere victime suspect suspecte
    pere mere fils frere soeur patient patiente etudiant etudiante lyceen lyceenne collegien
    collegienne militant militante salarie salariee ouvrier ouvriere agriculteur agricultrice
    policier policiere soldat dirigeant dirigeante patron patronne chef auteur autrice artiste
    chanteur chanteuse acteur actrice ecrivain ecrivaine president presidente ministre depute
    deputee senateur senatrice candidat candidate habitant habitante touriste randonneur
    randonneuse cycliste motard pieton pietonne individu personne internationale international
    """.split()
)
"""French nouns of people: "un homme de 58 ans" is an age, "un contrat de 5 ans" is not."""

EN_PERSON_NOUNS = frozenset(
    """
    man woman boy girl child teenager teen baby toddler pensioner retiree driver passenger
    victim suspect father mother son daughter husband wife brother sister grandmother
    grandfather resident worker employee nurse doctor officer constable soldier pilot student
    pupil teacher farmer owner manager director chairman chairwoman founder player striker
    goalkeeper coach captain singer actor actress author writer artist tourist hiker cyclist
    motorist pedestrian climber survivor patient mum dad widow widower neighbour neighbor
    shopkeeper guard commuter conductor engineer signaller technician protester campaigner
    defendant prisoner veteran landlord tenant candidate minister senator mp
    """.split()
)
"""English nouns of people: "the driver, 58, was…" gives an age in apposition."""
