"""Words for naming facts in English: general news nouns, French and English, as the engine keys
them (lower case, no accents, singular) with the English a fact's name shows for them, and the
little words that never name part of a measure.

General vocabulary only, never a story's words: a noun not listed here is shown as the source
wrote it, in quotes, rather than guessed.
"""

from __future__ import annotations

from .count_words import COUNT_GROUPS

_FRENCH = """
achat=purchases; acier=steel; actif=assets; action=shares; actionnaire=shareholders;
adulte=adults; aeronautique=aerospace; aeroport=airports; agence=agencies; agriculteur=farmers;
agriculture=agriculture; allocataire=benefit recipients; amende=fines; arme=weapons;
association=associations; assurance=insurance; athlete=athletes; attaque=attacks;
attentat=attacks; auditeur=listeners; automobile=automotive; avocat=lawyers; banque=banking;
baril=barrels; benefice=profits; beneficiaire=beneficiaries; benevole=volunteers; bien=goods;
billet=tickets; blesse=injured; bombe=bombs; brevet=patents; budget=budget; bureau=offices;
but=goals; cambriolage=burglaries; camion=trucks; candidature=applications; capacite=capacity;
capital=capital; centrale=power plants; chambre=rooms; chanson=songs; char=tanks; charbon=coal;
chercheur=researchers; chien=dogs; chimie=chemicals; chomeur=unemployed people; club=clubs;
commande=orders; commerce=trade; concert=concerts; condamnation=convictions;
consommateur=consumers; consommation=consumption; construction=construction;
contamination=infections; contribuable=taxpayers; cotisation=contributions; coupe=cups;
course=races; cout=costs; credit=loans; defense=defence; demande=requests; demandeur=applicants;
depense=spending; depute=members of parliament; dette=debt; dirigeant=executives;
dividende=dividends; droit=rights; eau=water; ecole=schools; electeur=voters;
electricite=electricity; eleveur=livestock farmers; elu=elected officials; embauche=hires;
emission=emissions; emploi=jobs; emprunt=loans; energie=energy; enseignant=teachers;
enseigne=store brands; entree=admissions; eolienne=wind turbines; epargne=savings; equipe=teams;
essai=tries; etape=stages; etat=states; exemplaire=copies; exportation=exports;
famille=families; femme=women; filiale=subsidiaries; fille=girls; film=films; fonds=funds;
foret=forest; garcon=boys; gaz=gas; greve=strikes; homme=men; hospitalisation=hospital
admissions; immeuble=buildings; immobilier=real estate; importation=imports; impot=taxes;
incendie=fires; infection=infections; infirmier=nurses; ingenieur=engineers;
inscription=registrations; internaute=internet users; investissement=investment;
investisseur=investors; joueur=players; juge=judges; lecteur=readers; licence=licences;
licenciement=layoffs; ligne=lines; livraison=deliveries; livre=books; logement=homes;
logiciel=software; loyer=rents; luxe=luxury; maire=mayors; malade=patients;
manifestation=demonstrations; marche=market; marque=brands; materiel=hardware; medaille=medals;
medecin=doctors; meurtre=murders; mineur=minors; ministre=ministers; missile=missiles;
moto=motorcycles; nucleaire=nuclear power; nuitee=overnight stays; ordinateur=computers;
ouvrier=workers; page=pages; parti=parties; pays=countries; personne=people; petition=petitions;
petrole=oil; pharmacie=pharmacy; place=seats; plainte=complaints; pont=bridges;
population=population; port=ports; prix=prices; production=production; professeur=teachers;
publicite=advertising; puce=chips; reacteur=reactors; recette=receipts; recrutement=hires;
representation=performances; reservation=bookings; reserve=reserves; revenu=income; route=roads;
saison=seasons; salaire=wages; salarie=employees; sanction=sanctions; sante=health;
scientifique=scientists; semi-conducteur=semiconductors; serveur=servers; service=services;
siege=seats; signature=signatures; spectacle=shows; spectateur=spectators; suffrage=votes;
superficie=area; surface=area; syndicat=unions; taxe=taxes; telechargement=downloads;
telecom=telecoms; telecommunication=telecommunications; telephone=phones;
telespectateur=viewers; television=television; terre=land; territoire=territory; test=tests;
titre=titles; tourisme=tourism; touriste=tourists; trophee=trophies; vaccination=vaccinations;
vache=cows; velo=bicycles; vente=sales; victoire=wins; visiteur=visitors; voiture=cars;
voix=votes; vol=flights
"""
"""French nouns of general news, folded and singular as the engine keys them, and their English."""

_ENGLISH = """
advertising=advertising; aerospace=aerospace; agriculture=agriculture; asset=assets;
automotive=automotive; banking=banking; budget=budget; capacity=capacity; capital=capital;
chemical=chemicals; chip=chips; cloud=cloud; construction=construction; consumption=consumption;
cost=costs; customer=customers; debt=debt; defence=defence; defense=defense;
delivery=deliveries; demand=demand; deposit=deposits; dividend=dividends;
electricity=electricity; emission=emissions; energy=energy; equity=equity; export=exports;
gaming=gaming; gas=gas; hardware=hardware; health=health; healthcare=healthcare; import=imports;
income=income; insurance=insurance; inventory=inventory; investment=investment; land=land;
loan=loans; luxury=luxury; market=market; mobile=mobile; oil=oil; online=online; order=orders;
output=output; pharma=pharma; population=population; power=power; production=production;
profit=profits; purchase=purchases; retail=retail; revenue=revenue; right=rights; sale=sales;
saving=savings; semiconductor=semiconductors; service=services; smartphone=smartphones;
software=software; spending=spending; steel=steel; stock=stock; streaming=streaming;
subscription=subscriptions; tax=taxes; telecom=telecoms; television=television; tourism=tourism;
trade=trade; traffic=traffic; transport=transport; vote=votes; voter=voters; wage=wages;
water=water; wholesale=wholesale; wireless=wireless; workforce=workforce
"""
"""English nouns of general news, folded and singular as the engine keys them, as shown."""


def _table(text: str) -> dict[str, str]:
    pairs = (entry.split("=", 1) for entry in text.replace("\n", " ").split(";") if entry.strip())
    return {word.strip(): english.strip() for word, english in pairs}


NOUNS: dict[str, str] = {**_table(_ENGLISH), **_table(_FRENCH)}
"""Folded singular noun, French or English -> what a fact's name calls it in English."""

_IRREGULAR = {"person": "people", "child": "children"}
_SAME_PLURAL = frozenset({"injured", "missing", "police", "aircraft", "species", "staff"})


def _english_plural(key: str) -> str:
    if key in _IRREGULAR:
        return _IRREGULAR[key]
    if key in _SAME_PLURAL:
        return key
    if key.endswith("y") and key[-2:-1] not in set("aeiou"):
        return key[:-1] + "ies"
    if key.endswith(("s", "x", "ch", "sh")):
        return key + "es"
    return key + "s"


COUNTED: dict[str, str] = {
    group.split()[0]: _english_plural(group.split()[0]) for group in COUNT_GROUPS
}
"""The engine's keys of counted things (English, singular) -> their English plural."""

NOT_A_PART = frozenset(
    """
    it its he she they them their his her this that these those said says say told reported
    was were is are be been has have had would could will may might also about around some
    il elle ils elles on ce cet cette ces son sa ses leur leurs dit a ont est sont environ
    pres quelque quelques plus moins le la les un une des du de au aux et ou
    """.split()
)
"""Little words, English and French, that never name part of what a figure measures: a
segment the engine read from one ("it lost", "said margins") is not shown."""

FRAME_NAMES = {
    "dead": "Death toll",
    "arrested": "Arrests",
    "per_share_result": "Result per share",
    "sentence": "Prison sentence",
    "owed": "Amount owed",
    "crowd": "Crowd size",
    "unemployment": "Unemployment rate",
    "interest_rate": "Interest rate",
}
"""English names of the measure frames whose key does not read as one ("owed", "dead");
every other frame is named from its key ("deal_value": "Deal value")."""

BASIS_WORDS = {"net": "Net", "gross": "Gross"}
"""How a salary's basis is named, before the measure: "Net salary per year"."""
