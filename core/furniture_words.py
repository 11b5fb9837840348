"""Words of news-page furniture (stamps, bylines, reading times, counts, badges, section labels),
French and English, folded (lower case, no accents). General web vocabulary only."""

from __future__ import annotations

PUBLISHED_VERBS = (
    "publie",
    "publiee",
    "publie le",
    "mis en ligne",
    "mise en ligne",
    "en ligne depuis",
    "published",
    "first published",
    "originally published",
    "posted",
    "date de publication",
    "publication",
)
"""Words that open a publication stamp ("Publié le 12/05/2025 à 07:12")."""

UPDATED_VERBS = (
    "mis a jour",
    "mise a jour",
    "derniere mise a jour",
    "maj",
    "modifie",
    "modifiee",
    "actualise",
    "actualisee",
    "updated",
    "last updated",
    "last modified",
    "modified",
    "revised",
)
"""Words that open an update stamp ("Mis à jour le 3 juin", "Updated 11:08 a.m. ET")."""

ENGLISH_STAMP_VERBS = frozenset(
    {
        "published",
        "first published",
        "originally published",
        "posted",
        "updated",
        "last updated",
        "last modified",
        "modified",
        "revised",
    }
)
"""Stamp words that are English: the numeric date after them is read month first."""

READING_WORDS = ("lecture", "temps de lecture", "duree de lecture", "reading time", "read time")

COUNT_NOUNS = (
    "commentaire",
    "commentaires",
    "comment",
    "comments",
    "reaction",
    "reactions",
    "partage",
    "partages",
    "share",
    "shares",
    "like",
    "likes",
    "j'aime",
    "vue",
    "vues",
    "view",
    "views",
    "reponse",
    "reponses",
    "reply",
    "replies",
    "retweets",
)
"""Nouns counted by a page's comment and share counters ("27 commentaires", "12 shares")."""

SHARE_WORDS = (
    "partager",
    "partagez",
    "partager sur",
    "partager l'article",
    "share",
    "share this",
    "share this article",
    "share on",
    "tweet",
    "tweeter",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "e-mail",
    "email",
    "mail",
    "imprimer",
    "print",
    "copier le lien",
    "copy link",
    "reddit",
    "flipboard",
    "pinterest",
    "messenger",
    "telegram",
    "bluesky",
    "threads",
    "envoyer",
    "send",
)
"""Labels of share buttons."""

BADGES = frozenset(
    w.strip()
    for w in """
    abonnes|abonne|reserve aux abonnes|article reserve aux abonnes|article abonne|pour les abonnes
    contenu abonne|premium|exclusif|offert|article offert|gratuit|payant|subscribers only
    subscriber only|for subscribers|subscriber exclusive|members only|member exclusive|exclusive
    paywall|free article|free to read|sponsored|sponsorise|contenu sponsorise|partenariat
    publireportage|en direct|live|direct|breaking|alerte|urgent|mise a jour|update|nouveau|new
    """.replace("\n", "|").split("|")
    if w.strip()
)
"""Badges shown beside an article's headline ("Abonnés", "Subscribers only")."""

SECTION_LABELS = frozenset(
    w.strip()
    for w in """
    economie|eco|economy|business|finance|finances|marches|markets|bourse|stocks|entreprises
    companies|industrie|industry|tech|technologie|technologies|technology|numerique|digital
    sciences|science|sante|health|planete|environnement|environment|climat|climate|energie
    energy|politique|politics|political|monde|world|international|europe|france|societe|society
    culture|cultures|arts|medias|media|sport|sports|football|rugby|tennis|cyclisme|formule 1
    auto|automobile|autos|transports|transport|immobilier|real estate|emploi|jobs|travail
    work|argent|money|consommation|retail|commerce|distribution|luxe|luxury|agriculture
    faits divers|justice|police|crime|defense|defence|education|enseignement|idees|ideas
    debats|opinion|opinions|analyse|analysis|decryptage|explainer|explained|enquete
    investigation|interview|entretien|tribune|chronique|column|editorial|edito|reportage
    feature|features|portrait|podcast|video|videos|photos|diaporama|infographie|graphique
    le fil|fil info|breaking news|latest|news|actualite|actualites|a la une|une|local|region
    regions|national|us|uk|u.s.|americas|asia|africa|middle east|deals|mergers|m&a|fusions
    acquisitions|banques|banks|banking|assurance|insurance|crypto|cryptomonnaies|startups
    start-up|start-ups|innovation|mercato|transferts|transfers|ligue 1|premier league|liga
    ligue des champions|champions league|nba|nfl|weather|meteo|lifestyle|style|voyage|travel
    """.replace("\n", "|").split("|")
    if w.strip()
)
"""Section and genre names a page shows above or beside a headline ("Économie", "Markets")."""

DESK_WORDS = frozenset(
    w.strip()
    for w in """
    la redaction|redaction|the|staff|desk|newsroom|editorial|team|equipe|correspondant
    correspondante|envoye|envoyee|special|speciale|notre|our|reporter|reporters|service|
    journaliste|journalist|journalists|writer|writers|editors|editor|bureau|a|au|en|in|at
    """.replace("\n", "|").split("|")
    if w.strip()
)
"""Ordinary words allowed in a byline ("Par la rédaction", "By the Metro Desk")."""

BYLINE_OPENERS = (
    "par",
    "by",
    "written by",
    "ecrit par",
    "texte",
    "texte de",
    "propos recueillis par",
    "reporting by",
    "reported by",
    "words by",
    "auteur",
    "author",
    "de notre correspondant",
    "de notre correspondante",
    "de notre envoye special",
    "de notre envoyee speciale",
)
"""Words that open a byline."""

NAME_CONNECTORS = frozenset(
    "et and & de du des d' la le van von der den di da del dos y with avec , - mc".split()
)
"""Words joining the names of a byline ("Par Jean Dupont et Marie Martin")."""

AGENCIES = (
    "afp",
    "reuters",
    "ap",
    "associated press",
    "bloomberg",
    "belga",
    "ats",
    "dpa",
    "ansa",
    "efe",
    "apa",
    "kyodo",
    "xinhua",
    "agence france-presse",
    "agences",
    "agence",
)
"""News agencies credited at the end of a byline ("Le Monde avec AFP")."""
