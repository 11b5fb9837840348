"""Organisations, with aliases folded into one key."""

from __future__ import annotations

from extracting import extract

from dealview.core.entities import build_index, name_key
from dealview.core.extract import find_all_names, parse_article
from dealview.core.reading import RawArticle


def test_alias_keys() -> None:
    assert name_key("Open AI") == name_key("OpenAI") == "openai"
    assert name_key("The Wall Street Journal") == name_key("Wall Street Journal")
    assert name_key("Project Stargate") == name_key("projet Stargate") == "stargate"


def test_acronym_folds_into_the_long_name_of_the_corpus() -> None:
    text = (
        "Selon le Wall Street Journal, Oracle a signé un contrat. Le WSJ ajoute que la "
        "société a refusé de commenter. Le Financial Times, ou FT, confirme."
    )
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    assert index.resolve("wsj") == "wallstreetjournal"
    assert index.resolve("ft") == "financialtimes"
    assert index.display["wallstreetjournal"] == "Wall Street Journal"


def test_sentence_starts_people_and_places_are_not_organisations() -> None:
    text = (
        "Cependant, Oracle a signé avec OpenAI. Selon Chirag Dekate, vice-président de "
        "Gartner, le marché est porteur. Oracle construira au Texas et aux États-Unis."
    )
    orgs = {c.value for c in extract(text, "organisation")}
    assert orgs == {"oracle", "openai", "gartner"}


def test_coordinated_names_stay_apart() -> None:
    orgs = {
        c.value
        for c in extract("Le partenariat entre OpenAI, SoftBank et Oracle avance.", "organisation")
    }
    assert orgs == {"openai", "softbank", "oracle"}


def names_of(text: str) -> dict[str, str]:
    """Return the canonical key and kind of every name of a one-article corpus."""
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    mentions = [n for names in parse.names for n in names]
    index = build_index(mentions)
    return {index.resolve(n.key): index.kind[index.resolve(n.key)] for n in mentions}


def test_a_company_opening_a_sentence_is_found_by_the_verb_after_it() -> None:
    text = "Le CAC 40 a fini en hausse. Renault a gagné plus de 4 %. Stellantis a cédé 1 %."
    orgs = {c.value for c in extract(text, "organisation")}
    assert orgs == {"renault", "stellantis"}
    english = "Markets were calm. Vodafone raised its forecast by 3%. Barclays's shares fell."
    assert {c.value for c in extract(english, "organisation")} == {"vodafone", "barclays"}


def test_ordinary_capitalised_words_are_not_names() -> None:
    text = (
        "Completion is expected in S2. Running a store is hard. Mis à jour lundi. "
        "Lundi, les ventes ont baissé. Selon les analystes, mais aussi "
        "Par ailleurs, rien. Économie : Combien va-t-il gagner ? Revenue was flat. "
        "Sales rose 4% in Oct."
    )
    assert extract(text, "organisation") == []


def test_a_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    text = "Croissance a été faible. La croissance reste molle, selon l'institut."
    assert extract(text, "organisation") == []


def test_aliases_fold_through_every_hop() -> None:
    text = (
        "Airbus Helicopters a livré 300 appareils. Airbus a publié ses comptes. "
        "Le groupe Airbus SE vise une marge de 8 %. Le Wall Street Journal confirme, "
        "et le WSJ ajoute un détail."
    )
    keys = names_of(text)
    assert "airbus" in keys
    assert not {"airbushelicopters", "airbusse"} & set(keys)
    assert "wallstreetjournal" in keys and "wsj" not in keys


def test_a_possessive_inside_a_company_name() -> None:
    text = "Miller's Sporting Goods a racheté un rival. Le titre de Miller's a bondi de 9 %."
    keys = names_of(text)
    assert keys.get("miller") == "organisation"
    assert "sportinggoods" not in keys


def test_persons_apart_from_organisations() -> None:
    text = (
        "Chief Executive Jane Roe said the deal closed. Analysts at Kestrel Partners agree. "
        "Paul Durand, who runs the plant, was upbeat; Durand expects 3,000 jobs. "
        "Sa mère, Odile Varenne, a indiqué qu'elle signerait. "
        "Marta Quillon of Bellweather Advisory Group was more cautious."
    )
    kinds = names_of(text)
    assert kinds["janeroe"] == "person"
    assert kinds["pauldurand"] == "person" and "durand" not in kinds
    assert kinds["odilevarenne"] == "person"
    assert kinds["martaquillon"] == "person"
    assert kinds["bellweatheradvisory"] == "organisation"
    assert kinds["kestrelpartners"] == "organisation"
    assert "chiefexecutivejaneroe" not in kinds


def test_demonyms_and_a_datelines_agency_are_not_organisations() -> None:
    text = "PARIS, 12 mai 2025 (AFP) - Les Espagnols ont voté. Vesper Bank a perdu 2 %."
    assert {c.value for c in extract(text, "organisation")} == {"vesperbank"}
    english = "May 15 (Wire) - Americans bought more. Halcyon Corp raised its forecast by 3%."
    assert [c.value for c in extract(english, "organisation")] == ["halcyon"]


def test_time_zones_and_scales_are_not_organisations() -> None:
    from extracting import extract

    text = "It struck at 3:15 p.m. (1915 GMT), 6,1 sur l'échelle de Richter."
    assert not [c.text for c in extract(text, "organisation")]
