"""General vocabulary for telling names apart, French and English, folded (lower case, no
accents): ordinary words written with a capital, organisation suffixes, first names, the verbs
that follow a subject, and the titles written before a person's name. No name of any story."""

from __future__ import annotations

from .calendar_words import COMMON_ZONE_ABBREVIATIONS, MONTHS_ABBREVIATED, WEEKDAYS_ABBREVIATED
from .furniture_words import BADGES, SECTION_LABELS


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


ORDINARY_CAPITALISED = (
    _words(
        """
    s1 s2 h1 h2 q1 q2 q3 q4 t1 t2 t3 t4 fy ytd yoy
    ist jst richter mercalli celsius fahrenheit
    selon mais par pour avec sans sur sous dans chez entre vers via lors des outre face cote
    mis mise publie publiee modifie actualise updated published posted modified lecture read
    partager partage share shares commentaires commentaire comments comment abonnes abonne
    subscribers subscriber editing reporting writing photo photos image images credit credits
    source sources video videos legende caption lire voir aussi
    hier aujourd'hui demain yesterday today tomorrow desormais ensuite enfin ainsi puis
    personne rien tout tous toute toutes chacun chacune aucun aucune beaucoup certains
    plusieurs reste cela ceci celui celle ceux celles voici voila bref bien mieux seul seule
    seuls seules surtout meme depuis pendant apres avant quand lorsque alors car donc puisque
    everyone everybody nobody nothing something someone anyone anything
    bienvenue merci bravo welcome thanks
    combien pourquoi ou quel quelle quels quelles qui que quoi lequel laquelle
    how why what when where who whom which whose
    revenue revenues sales profit profits earnings inflation growth demand supply output
    production trading volume volumes prices price stocks stock investors analysts
    officials economists traders markets market consumers employees workers unemployment
    employment spending investment investments turnover debt income margins costs exports
    imports rates yields bonds police authorities rescuers residents experts scientists
    researchers doctors critics opponents supporters fans voters lawmakers regulators talks
    negotiations government parliament congress management shareholders customers clients
    ebitda ebit eps ipo bpa opa ope tva vat ttc ht pib gdp cac
    francais francaise francaises americain americains americaine americaines allemand
    allemands allemande allemandes anglais anglaise anglaises britannique britanniques
    espagnol espagnols espagnole espagnoles italien italiens italienne italiennes chinois
    chinoise chinoises japonais japonaise japonaises europeen europeens europeenne
    europeennes russe russes belge belges suisse suisses canadien canadiens canadienne
    americans germans britons spaniards italians europeans russians
    parisiens parisienne parisiennes londoniens madrilenes lyonnais marseillais
    bordelais lillois toulousains nantais niçois berlinois romains milanais bruxellois genevois
    new-yorkais londonien madrilene marseillaise lyonnaise
    """
    )
    | frozenset(MONTHS_ABBREVIATED)
    | frozenset(WEEKDAYS_ABBREVIATED)
    | COMMON_ZONE_ABBREVIATIONS
    | SECTION_LABELS
    | BADGES
)
"""Words that open sentences or label pages but are not names ("Oct", "S2", "Mis", "Selon",
"Sales", "Économie"), with the sections and badges of page furniture."""

ORG_SUFFIXES = _words(
    """
    sa se sas sasu sarl nv bv ag gmbh kg spa srl ab asa oyj plc ltd llc llp lp inc corp
    corporation company co group groupe holding holdings bank banque partners capital
    advisory associates industries international technologies systems solutions airlines
    motors energy energies foods goods brands stores retail entertainment pharmaceuticals
    therapeutics labs laboratories trust fund funds securities insurance assurances
    communications media networks telecom services ventures investments
    """
)
"""Words that end an organisation's name ("Groupe", "Holdings", "SE", "Whole Foods")."""

LEGAL_FORMS = _words(
    """
    sa se sas sasu sarl nv bv ag gmbh kg spa srl ab asa oyj plc ltd llc llp lp inc corp
    corporation co limited incorporated
    """
)
"""Legal forms dropped from a name's key ("Airbus SE" is "Airbus")."""

FIRST_NAMES = _words(
    """
    jean pierre michel philippe alain nicolas patrick christophe francois daniel bernard
    eric frederic laurent stephane david olivier thierry pascal julien sebastien christian
    jacques thomas antoine vincent guillaume maxime alexandre romain mathieu matthieu hugo
    louis lucas paul arthur jules gabriel raphael leo emmanuel bruno gilles didier denis
    yves herve xavier benoit marc luc francis henri rene andre claude georges marcel
    marie nathalie isabelle sylvie catherine francoise christine monique valerie sandrine
    sophie celine stephanie veronique nicole chantal anne martine helene julie aurelie
    camille emma lea chloe manon ines jade louise alice claire caroline virginie delphine
    agnes juliette pauline charlotte elisabeth elise laure lucie margaux sarah laura
    john james robert michael william richard joseph charles christopher matthew anthony
    mark donald steven andrew kenneth joshua kevin brian george edward ronald timothy jason
    jeffrey ryan jacob gary jonathan stephen larry justin scott brandon benjamin samuel
    gregory frank alexander raymond jack dennis jerry tyler aaron henry adam douglas
    nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald
    terry sean austin noah lawrence jesse joe bryan billy jordan albert dylan bruce
    willie alan juan logan wayne ralph roy eugene randy russell philip
    bobby johnny bradley tim tom bill bob mike jim dave steve ben sam dan ed ted greg jeff
    mary patricia jennifer linda elizabeth barbara susan jessica karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah rebecca sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela samantha katherine debra rachel carolyn
    janet ruth maria heather diane virginia joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia diana brittany natalie isabella
    rose alexis kayla jane kate sue liz jenny
    carlos jose luis antonio manuel francisco javier miguel pedro alejandro fernando pablo
    sergio jorge diego rafael andres ricardo alberto roberto eduardo mario giuseppe giovanni
    marco luca matteo francesco alessandro paolo stefano lorenzo hans klaus
    wolfgang jurgen stefan andreas markus martin ahmed mohamed
    mohammed ali omar hassan karim youssef mehdi rachid sofiane fatima leila amina
    """
)
"""Common first names (French, English and a few of neighbouring languages): a name that
starts with one is a person's ("Jeanne Morel", "Tom Reyes")."""

VERBS_AFTER_NAME = _words(
    """
    a ont est sont va vont avait avaient etait etaient sera seront serait seraient aurait
    auraient fait annonce annoncait annoncera prevoit compte affiche gagne perd recule
    progresse cede grimpe chute bondit publie emploie detient possede vise veut doit peut
    pourrait devrait lance rachete acquiert cherche confirme dement realise enregistre
    investit embauche supprime ferme ouvre signe termine cloture abandonne reste demeure
    has had is was will would said says reported reports posted announced announces agreed
    agrees plans planned expects expected rose fell gained lost jumped slid shed climbed
    dropped surged tumbled employs owns operates could should can may might must did does
    declined confirmed denied launched bought sold acquired raised cut hired signed
    """
)
"""Verb forms that follow a sentence's subject: a capitalised first word followed by one is a
name ("Renault a gagné", "Renault said") unless it is an ordinary word."""

PERSON_TITLES = _words(
    """
    chief executive ceo cfo coo cto president presidente chairman chairwoman chair director
    directeur directrice pdg ministre minister secretary secretaire senator senateur
    senatrice governor gouverneur judge juge mayor maire analyst analyste economist
    economiste professor professeur dr docteur coach entraineur journaliste journalist
    reporter founder fondateur fondatrice vice general manager managing head
    deputy depute deputee commissioner commissaire spokesman spokeswoman porte-parole
    capitaine captain attaquant striker defenseur gardien joueur player ancien former
    """
)
"""Titles written with a capital before a person's name ("Chief Executive Ann Cole",
"Journaliste de Radio Nord")."""

FAMILY_WORDS = (
    "mere|pere|frere|soeur|fils|fille|epouse|mari|femme|compagne|compagnon|oncle|tante"
    "|wife|husband|mother|father|son|daughter|brother|sister|uncle|aunt|partner|agent|avocat"
    "|avocate|lawyer|entraineur|coach"
)
"""Words after which an apposition names a person ("Sa mère, X, a indiqué…")."""

GENERIC_HEADS = _words(
    """
    institut institute agence agency ministere ministry office universite university
    department departement direction commission comite committee conseil council autorite
    authority authorities banque bank fonds fund organisation organization federation
    forces force service services bureau centre center caisse cour court tribunal
    observatoire observatory academie academy ecole school haut-commissariat commissariat
    administration union association syndicat confederation chambre parlement assemblee
    senat gouvernement government police gendarmerie armee army marine societe society
    fondation foundation groupement regie etablissement programme program
    """
)
"""Generic heads of institutions' names ("Institut", "Ministère", "Agency"): a name is never
cut down to one of them, and two names that share one are not the same body."""
