"""General vocabulary of news about business and money, in French and English: words that say
the same thing ("contrat", "deal"), so that claims from sources in either language can be
matched by what they are about. No word here belongs to one story."""

from __future__ import annotations

from collections.abc import Iterable

from .textnorm import stem

_SYNONYM_GROUPS = (
    "accord contrat contract deal agreement transaction entente pacte",
    "investir investissement invest investment investissements investi",
    "achat acheter achet acheterait purchase buy buying fourniture supply",
    "revenu revenue chiffre ventes sales recettes",
    "valeur value worth evalue valued montant amount",
    "capacite capacity puissance power",
    "calcul compute computing informatique",
    "louer loue lease rent location",
    "signe signer signed sign signature conclu conclure",
    "commencer debut debuter debutant starting start commence begin demarr lancement launch "
    "ouverture opening",
    "production output produire produit manufactur fabrication",
    "close closing finaliser finalisee finalise completed complete completion boucler bouclee",
    "prime premium",
    "etat state gouvernement government",
    "aide aid subsidy subvention contribution contribute contribuer apporter apportera soutien "
    "support",
    "projet project programme program",
    "usine site plant factory gigafactory",
    "creer creera creation creating create",
    "depenser depense spend spending cout cost couter couterait",
    "batterie battery",
    "action share",
    "salarie employee employes effectif workforce",
)

_SYNONYMS = {stem(w): group.split()[0] for group in _SYNONYM_GROUPS for w in group.split()}


_SYNONYM_ROOTS = sorted(
    ((root, canon) for root, canon in _SYNONYMS.items() if len(root) >= 5),
    key=lambda rc: -len(rc[0]),
)


def canonical_terms(terms: Iterable[str]) -> frozenset[str]:
    """Fold general synonyms ("contrat", "deal") and endings ("débutera" -> "début") into one."""
    out = set()
    for t in terms:
        canon = _SYNONYMS.get(t)
        if canon is None:
            canon = next((c for root, c in _SYNONYM_ROOTS if t.startswith(root)), t)
        out.add(canon)
    return frozenset(out)
