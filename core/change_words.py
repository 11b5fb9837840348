"""Words that make a figure a change: verbs and nouns of rises and falls, French and English.

Folded (lowercase, no accents). A figure governed by one of them ("a cédé 0,40 %", "slid 2%",
"en hausse de 3 %", "a 5% drop") is a change with a sign; without one it is a level.
"""

from __future__ import annotations

FALL_WORDS_FR = frozenset(
    """
    cede cedes cedent cedait cedaient cedant ceder cedera
    recule recules reculent reculait reculaient reculant reculer reculera
    chute chutes chutent chutait chutaient chutant chuter chutera
    baisse baisses baissent baissait baissaient baissant baisser baissera
    perdu perdue perdus perd perds perdent perdait perdaient perdant perdre perdra
    plonge plongent plongeait plongeant plonger
    degringole degringolent degringolait
    glisse glissent glissait glissant
    flechi flechit flechissent flechissait
    diminue diminuent diminuait diminuant diminuer diminution
    decroche decrochent decrochait
    devisse devissent devissait
    lache lachent lachait
    abandonne abandonnent abandonnait
    effrite effritent effritait
    replie replient repliait repli replis
    recul reculs contraction contracte contractent
    decline declinent declinait
    deprecie deprecient
    fondu fondent
    effondre effondrent effondrait effondrement sombre sombrent plongeon degringolade decrue
    perte pertes reduit reduite reduisent reduisait abaisse abaissent abaissement
    """.split()
)
"""Falls in French: verbs in their common forms and nouns ("recul", "repli")."""

FALL_WORDS_EN = frozenset(
    """
    fell fall falls falling fallen
    dropped drop drops dropping
    declined decline declines declining
    slid slide slides sliding
    slipped slip slips slipping
    lost lose loses losing
    shed sheds shedding
    tumbled tumble tumbles tumbling
    plunged plunge plunges plunging
    plummeted plummet plummets plummeting
    sank sink sinks sinking sunk
    dipped dip dips dipping
    eased eases easing
    retreated retreat retreats retreating
    decreased decrease decreases decreasing
    contracted contracts contracting
    shrank shrink shrinks shrinking shrunk
    slumped slump slumps slumping
    tanked tanking
    cut cuts cutting reduced reduce reduces reducing lowered lowers lowering
    loss losses
    down lower minus
    """.split()
)
"""Falls in English: verbs in their common forms, and "down", "lower", "minus"."""

RISE_WORDS_FR = frozenset(
    """
    gagne gagnes gagnent gagnait gagnaient gagnant gagner gagnera
    pris prend prennent prenait prenant prendre prendra
    bondi bondit bondissent bondissait bond bonds
    grimpe grimpent grimpait grimpant grimper
    progresse progressent progressait progressant progresser progression
    augmente augmentent augmentait augmentant augmenter augmentation
    monte montent montait
    avancent avancait
    envole envolent envolait
    rebondi rebondit rebondissent
    apprecie apprecient appreciait
    hausse hausses haussent
    croissance croissent
    gonfle gonflent
    flambe flambent flambait
    decolle decollent envolee rebond gain gains redresse redressent releve relevent relevement
    """.split()
)
"""Rises in French: verbs in their common forms and nouns ("hausse", "bond")."""

RISE_WORDS_EN = frozenset(
    """
    rose rise rises rising risen
    gained gain gains gaining
    jumped jump jumps jumping
    climbed climb climbs climbing
    surged surge surges surging
    soared soar soars soaring
    rallied rally rallies rallying
    advanced advances advancing
    added adds adding
    increased increase increases increasing
    grew grow grows growing grown growth
    spiked spike spikes spiking
    rebounded rebound rebounds rebounding
    expanded expand expands expanding raised raise raises raising hike hikes hiked
    up higher
    """.split()
)
"""Rises in English: verbs in their common forms, and "up", "higher"."""

UP_MEANS_FALL = frozenset({"gave", "give", "gives", "giving", "given"})
"""Before "up", a fall: "gave up 7%"."""

UP_MEANS_NOTHING = frozenset(
    """
    make makes made making sum sums summed end ends ended add adds added adding rang ring rings
    ringing racked rack racks racking chalked chalk chalks chalking
    """.split()
)
"""Before "up", no change at all: "the brand would make up a third", "rang up $8bn in sales"."""

ADJACENT_ONLY = frozenset({"down", "up", "minus", "lower", "higher"})
"""Words that govern a figure only right before it ("down 5%", "up 3%", "minus 5%")."""

TAKE_WORDS = frozenset({"pris", "prend", "prennent", "prenait", "prenant", "prendre", "prendra"})
"""Rises only when the figure is not "of" something: "a pris 3 %" but "a pris 20 % du capital"."""

AFTER_FALL = frozenset(
    """
    baisse recul repli chute drop decline fall slide slump decrease loss cut dip plunge lower down
    """.split()
)
"""Nouns and adverbs after a figure that make it a fall: "5 % de baisse", "a 5% drop"."""

AFTER_RISE = frozenset(
    """
    hausse progression augmentation bond rise increase gain jump climb surge rally higher up
    """.split()
)
"""Nouns and adverbs after a figure that make it a rise: "3 % de hausse", "a 3% rise"."""

NOT_MONEY_CHANGE = frozenset(
    """
    raise raises raised raising gagne gagnes gagnent gagnait gagnaient gagnant gagner gagnera
    cede cedes cedent cedait cedaient cedant ceder cedera lache lachent lachait abandonne
    abandonnent abandonnait loss losses perte pertes
    """.split()
)
"""Words that make a percentage a change but not an amount of money: "raised $40m" is money
raised, "il gagne 3 000 euros" earnings, "a net loss of $3m" an amount, "a cédé 16 millions"
a sale: none is a rise or a fall."""

ARTICLES = frozenset("a an the un une le la les l".split())
"""An article between a change word and an amount makes the amount a thing's price: "lost a
£3m contract"."""
