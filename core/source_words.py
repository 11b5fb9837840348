"""Vocabulary of sources named by a common noun, French and English, as data.

"selon la police" and "police said" credit one source: each noun maps to one short English key,
so that who counted is compared across languages ("selon les syndicats" and "the union said"
both give "union"). Words are written folded (lower case, no accents).
"""

from __future__ import annotations


def _table(rows: dict[str, str]) -> dict[tuple[str, ...], str]:
    """Return a table keyed by word tuples ("forces de l' ordre") from space-separated phrases."""
    return {tuple(phrase.split()): key for phrase, key in rows.items()}


def _spread(rows: dict[str, str]) -> dict[str, str]:
    """Return {word: key} from {"word1 word2 …": key}."""
    return {word: key for words, key in rows.items() for word in words.split()}


BODIES: dict[tuple[str, ...], str] = _table(
    {
        **_spread(
            {
                "police policiers": "police",
                "gendarmerie gendarmes": "gendarmerie",
                "syndicat syndicats intersyndicale syndicalistes union unions": "union",
                "organisateurs organisateur organizers organisers organizer organiser": (
                    "organisers"
                ),
                "autorites authorities": "authorities",
                "gouvernement government executif": "government",
                "ministere ministeres ministry ministries ministre ministres minister": "ministry",
                "prefecture prefet prefete": "prefecture",
                "mairie municipalite": "city hall",
                "maire mayor": "mayor",
                "council": "council",
                "parquet procureur procureure prosecutors prosecutor": "prosecutors",
                "pompiers firefighters": "firefighters",
                "secours sauveteurs secouristes rescuers": "emergency services",
                "armee army military militaires": "military",
                "hopital hopitaux hospital hospitals": "hospital",
                "direction management": "management",
                "analystes analyste analysts analyst": "analysts",
                "temoins temoin witnesses witness": "witnesses",
                "habitants riverains residents": "residents",
                "medecins doctors": "doctors",
                "enqueteurs investigators": "investigators",
                "experts": "experts",
                "manifestants protesters protestors": "protesters",
                "regulateur regulator regulators": "regulator",
                "ambassade embassy": "embassy",
                "presse press medias media": "press",
            }
        ),
        "forces de l' ordre": "police",
        "sapeurs-pompiers": "firefighters",
        "fire service": "firefighters",
        "fire brigade": "firefighters",
        "fire department": "firefighters",
        "emergency services": "emergency services",
        "rescue services": "emergency services",
        "protection civile": "civil protection",
        "civil protection": "civil protection",
        "civil defence": "civil protection",
        "civil defense": "civil protection",
        "town hall": "city hall",
        "city hall": "city hall",
    }
)
"""Bodies that speak for themselves: "selon la police", "the union said"."""

MINISTRY = "ministry"
"""The key of a ministry or minister; a portfolio makes it "ministry of health"."""

SPEAKERS: frozenset[str] = frozenset(
    """
    responsable responsables porte-parole spokesperson spokespersons spokesman spokeswoman
    spokesmen spokeswomen spokespeople source sources representant representants
    representative representatives dirigeant dirigeants chiffres chiffre figures figure bilan
    decompte decomptes estimation estimations estimate estimates count tally communique
    statement
    """.split()
)
"""People or papers that speak for a body named beside them ("un porte-parole de la police",
"union officials", "une source policière", "police figures"); alone they credit no one, except
those of `SPEAKER_DEFAULTS`."""

SPEAKER_DEFAULTS: dict[str, str] = {"officials": "authorities", "official": "authorities"}
"""Speakers that credit a body when none is named beside them: "officials said"."""

QUALIFIERS: dict[str, str] = _spread(
    {
        "syndical syndicale syndicales syndicaux": "union",
        "policier policiere policieres": "police",
        "gouvernemental gouvernementale gouvernementales gouvernementaux": "government",
        "local locale locales locaux officiel officielle officielles officiels official": (
            "authorities"
        ),
        "militaire": "military",
        "judiciaire judiciaires": "justice",
        "hospitalier hospitaliere hospitalieres hospitaliers": "hospital",
        "ministeriel ministerielle ministeriels ministerielles": MINISTRY,
        "prefectoral prefectorale prefectoraux prefectorales": "prefecture",
        "municipal municipale municipaux municipales": "city hall",
        "diplomatique diplomatiques diplomatic": "diplomats",
        "industry": "industry",
    }
)
"""Adjectives (French, after the noun) and English noun modifiers that say whom a speaker
speaks for: "une source policière", "un responsable local", "industry figures"."""

PORTFOLIOS: dict[tuple[str, ...], str] = _table(
    {
        **_spread(
            {
                "interieur interior home": "the interior",
                "sante health": "health",
                "education": "education",
                "economie economy": "the economy",
                "finances finance": "finance",
                "defense defence": "defence",
                "justice": "justice",
                "transports transport": "transport",
                "travail labour labor": "labour",
                "agriculture": "agriculture",
                "environnement environment": "the environment",
                "culture": "culture",
                "energie energy": "energy",
                "foreign": "foreign affairs",
            }
        ),
        "affaires etrangeres": "foreign affairs",
        "foreign affairs": "foreign affairs",
        "education nationale": "education",
    }
)
"""A ministry's portfolio: "ministère de l'Intérieur", "Interior Ministry" -> "ministry of the
interior"."""

DETERMINERS: frozenset[str] = frozenset(
    """
    le la les l' un une des du the a an its their this these those cette ce ces plusieurs
    several some certains certaines deux trois two three
    """.split()
)

MODIFIERS: frozenset[str] = frozenset(
    """
    senior top regional national nationale nationales nationaux federal state other autres
    haut hauts hautes haute regionale regionales regionaux provincial provinciale dernier
    derniere derniers nouveau nouvel nouvelle premier premiere provisoire provisoires latest
    new first last provisional preliminary
    """.split()
)
"""Words that may stand beside a source noun without changing whom it names."""

ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ais",
    "aise",
    "aises",
    "ain",
    "aine",
    "aines",
    "ains",
    "ien",
    "ienne",
    "iennes",
    "iens",
    "ique",
    "iques",
    "aire",
    "aires",
    "ois",
    "oise",
    "oises",
    "ole",
    "oles",
    "ande",
    "andes",
    "ands",
)
"""Endings of French adjectives of nationality and field written after a source noun ("les
autorités marocaines", "les autorités sanitaires"), which do not change its key."""

PREPOSITIONS: frozenset[str] = frozenset("de du des d' of for at from".split())
ARTICLES: frozenset[str] = frozenset("la le les l' the".split())
