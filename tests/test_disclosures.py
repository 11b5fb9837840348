"""Statements that a figure was not disclosed."""

from __future__ import annotations

import time

from dealview.core.disclosures import NonDisclosure, find_nondisclosures
from dealview.core.textnorm import fold_same_length


def found(text: str, lang: str = "fr") -> list[NonDisclosure]:
    return find_nondisclosures(text, fold_same_length(text), 0, len(text), lang)


def what(text: str, lang: str = "fr") -> list[str | None]:
    return [d.what for d in found(text, lang)]


def test_french_negated_verbs_with_their_noun() -> None:
    text = "Le groupe n'a communiqué aucun chiffre sur la transaction."
    (d,) = found(text)
    assert d.what == "figure"
    assert d.what_start is not None and text[d.what_start : d.what_end] == "chiffre"
    assert text[d.start : d.end] == "n'a communiqué aucun chiffre"
    assert what("La direction n'a pas souhaité dévoiler le montant du rachat.") == ["amount"]
    assert what("Le club n'a pas précisé le salaire du joueur.") == ["salary"]


def test_french_passive_and_adjectival_forms() -> None:
    assert what("Mais aucun chiffre officiel n'a été publié par la mairie.") == ["figure"]
    assert what("Le montant de la transaction n'a pas été dévoilé.") == ["amount"]
    assert what("Il a été cédé pour une somme non divulguée.") == ["amount"]
    assert what("Le prix est resté confidentiel.") == ["price"]
    assert what("Il a racheté la société, sans révéler le montant de l'opération.") == ["amount"]


def test_french_verb_alone() -> None:
    text = "Le club ne communique pas. Selon la presse, il toucherait 10 millions."
    (d,) = found(text)
    assert text[d.start : d.end] == "ne communique pas"
    assert d.what is None and d.what_start is None


def test_english_forms() -> None:
    assert what("The companies did not disclose the value of the deal.", "en") == ["value"]
    assert what("Terms of the agreement were not disclosed.", "en") == ["terms"]
    assert what("It was sold to a rival for an undisclosed sum.", "en") == ["amount"]
    assert what("A spokesman declined to give a figure.", "en") == ["figure"]
    assert what("The bank didn't disclose financial terms.", "en") == ["terms"]
    assert what("The club did not reveal how much it paid.", "en") == ["amount"]
    assert what("Her salary was kept confidential.", "en") == ["salary"]


def test_disclosed_figures_and_other_secrets_are_none() -> None:
    assert found("The company disclosed a $2bn charge in its filing.", "en") == []
    assert found("The police did not disclose the identity of the victim.", "en") == []
    assert found("A spokesman declined to comment.", "en") == []
    assert found("Le ministère n'a pas révélé l'identité du suspect.") == []
    assert found("Le club n'a pas précisé la date de son retour.") == []
    assert found("Le groupe a communiqué ses chiffres annuels mardi.") == []
    assert found("Le ministère n'a pas communiqué sur le sujet.") == []


def test_fast_without_cue() -> None:
    text = "Le groupe a annoncé une hausse de 4,5 % de son chiffre d'affaires au premier trimestre."
    folded = fold_same_length(text)
    t0 = time.perf_counter()
    for _ in range(10_000):
        find_nondisclosures(text, folded, 0, len(text), "fr")
    assert (time.perf_counter() - t0) / 10_000 < 20e-6
