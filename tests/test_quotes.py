"""Direct quotes: words, speaker, channel, and matching keys across articles."""

from __future__ import annotations

import time

from dealview.core.quotes import Quote, find_quotes, quote_key, same_words


def quotes(text: str, lang: str = "fr") -> list[Quote]:
    return find_quotes(text, 0, len(text), lang)


def span(text: str, start: int | None, end: int | None) -> str | None:
    return None if start is None or end is None else text[start:end]


def test_french_quote_with_inverted_tag_and_mixed_zone() -> None:
    text = "« Nous avons raté notre saison », a-t-elle admis en zone mixte après le match."
    (q,) = quotes(text)
    assert text[q.start : q.end] == "Nous avons raté notre saison"
    assert span(text, q.speaker_start, q.speaker_end) == "a-t-elle admis"
    assert q.channel == "mixed_zone"
    assert span(text, q.channel_start, q.channel_end) == "en zone mixte"
    assert q.key == "nous avons rate notre saison"


def test_french_tag_with_noun_subject_stops_before_adjunct() -> None:
    text = "« Je suis très heureux d'être ici », a lancé l'attaquant dans un anglais hésitant."
    (q,) = quotes(text)
    assert span(text, q.speaker_start, q.speaker_end) == "a lancé l'attaquant"
    assert q.channel is None


def test_english_speaker_after_and_statement() -> None:
    text = '"We expect a strong second half," the chief executive said in a statement on Monday.'
    (q,) = quotes(text, "en")
    assert text[q.start : q.end] == "We expect a strong second half"
    assert span(text, q.speaker_start, q.speaker_end) == "the chief executive said"
    assert q.channel == "statement"


def test_english_speaker_before_told_outlet() -> None:
    text = "Maria Lopez told Bloomberg that the merger left the group “in a much stronger place”."
    (q,) = quotes(text, "en")
    assert text[q.start : q.end] == "in a much stronger place"
    assert span(text, q.speaker_start, q.speaker_end) == "Maria Lopez told"
    assert q.channel == "interview:bloomberg"
    assert span(text, q.channel_start, q.channel_end) == "Bloomberg"


def test_french_interview_outlet_without_article() -> None:
    text = "Son agent a confié au Monde que « rien n'est encore signé avec le club »."
    (q,) = quotes(text)
    assert q.channel == "interview:monde"
    assert span(text, q.speaker_start, q.speaker_end) == "Son agent a confié"


def test_press_conference_and_call_channels() -> None:
    fr = "En conférence de presse, l'entraîneur a déclaré : « Nous jouerons pour gagner »."
    (q,) = quotes(fr)
    assert q.channel == "press_conference"
    assert span(fr, q.speaker_start, q.speaker_end) == "l'entraîneur a déclaré"
    en = 'On the earnings call, the finance chief said margins were "better than we planned".'
    (q,) = quotes(en, "en")
    assert q.channel == "call"


def test_later_quotes_of_the_sentence_share_the_speaker() -> None:
    text = (
        "« Je reste ici pour gagner », a répondu le président, avant d'ajouter : "
        "« Le projet ne fait que commencer »."
    )
    first, second = quotes(text)
    assert span(text, second.speaker_start, second.speaker_end) == "a répondu le président"
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)


def test_new_named_subject_does_not_inherit() -> None:
    text = (
        "« Le marché est solide », a estimé le directeur, mais Paul Martin parle de "
        "« une bulle prête à éclater »."
    )
    qs = quotes(text)
    assert len(qs) == 2
    assert qs[1].speaker_start != qs[0].speaker_start


def test_apposition_and_aside_give_the_speaker() -> None:
    text = 'The chairman, for his part, said the plan offers "a clear path to growth".'
    (q,) = quotes(text, "en")
    assert span(text, q.speaker_start, q.speaker_end) == "The chairman, for his part, said"


def test_quote_closing_in_the_next_sentence() -> None:
    text = "« Nous avons tout donné. Nous reviendrons plus forts », a-t-il promis. Fin."
    first_sentence_end = text.index("donné.") + len("donné.")
    (q,) = find_quotes(text, 0, first_sentence_end, "fr")
    assert text[q.start : q.end] == "Nous avons tout donné. Nous reviendrons plus forts"
    assert span(text, q.speaker_start, q.speaker_end) == "a-t-il promis"


def test_short_quotes_titles_and_no_marks_are_no_quotes() -> None:
    assert quotes("Il a qualifié l'accord d'« historique ».") == []
    assert quotes("Analysts called it a “strategic mistake” on Friday.", "en") == []
    assert quotes("Elle a vu le film « Le Bureau des légendes » hier soir.") == []
    assert quotes('He reviewed the novel "Gone With The Wind" for the paper.', "en") == []
    assert quotes("Sales rose 4% to $12bn in the quarter.", "en") == []
    assert quotes("", "en") == []


def test_unclosed_mark_does_not_crash() -> None:
    assert quotes("Il a dit « nous verrons bien et puis") == []
    assert quotes('He said "we will see') == []


def test_key_folds_accents_punctuation_and_marks() -> None:
    assert quote_key("C'est une compétition ratée !") == "c est une competition ratee"
    assert quote_key("L’œuvre  d’une vie") == "l oeuvre d une vie"


def test_same_words() -> None:
    a = quote_key("C'est une compétition ratée")
    assert same_words(a, quote_key("C’est une compétition ratée."))
    assert same_words(quote_key("in a great position"), quote_key("put us in a great position"))
    assert not same_words(a, quote_key("C'est une saison réussie"))
    assert not same_words(quote_key("oui"), quote_key("oui"))
    assert not same_words(quote_key("de la France"), quote_key("la politique de la France"))


def test_fast_on_sentences_without_marks() -> None:
    text = "Le groupe a annoncé une hausse de 4,5 % de son chiffre d'affaires au premier trimestre."
    t0 = time.perf_counter()
    for _ in range(10_000):
        find_quotes(text, 0, len(text), "fr")
    per_call = (time.perf_counter() - t0) / 10_000
    assert per_call < 20e-6
