"""Currencies as the news writes them: ISO code, symbols, names in French and English with their
qualifiers ("dollars australiens", "Swiss francs"), and sub-units ("pence", "cents", "centimes").

Every entry is folded (lowercase, no accents) as `textnorm.fold_same_length` writes text. In
names, "(s)" marks an optional plural ending and a space stands for a space or a hyphen.

Conventions, chosen for news and documented here:
- "dollar(s)" and "$" alone are US dollars; "¥" alone is the yen ("CN¥", "yuan", "元" the yuan);
- "franc(s)" alone is the Swiss franc (the franc most news still quotes);
- "cent(s)" takes the dollar or euro named last in the preceding text, else the US dollar in
  English and the euro in French; "centime(s)" likewise, defaulting to the euro;
- "rupee(s)"/"roupie(s)" alone is the Indian rupee; "tons" are handled in `units.py`, not here;
- names shared by several countries ("dirham", "dinar", "peso", "riyal", "lira", "franc CFA")
  take the currency of the country named last before the amount (`REGIONAL_NAMES`); without one,
  "dirham" is the Moroccan dirham in French (the dirham French news quote most) and the UAE
  dirham in English, "franc CFA" the West African franc (XOF), "riyal" the Saudi riyal, "lira"
  the Turkish lira; "dinar" and "peso" name no currency without a country and are no money.
Currencies out of circulation (markka, peseta, guilder, Deutsche Mark, French franc as
"anciens francs") are left out: news rarely quote them and a wrong code is worse than none.
"""

from __future__ import annotations

from .phrases import alternation, expand, key

CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": (
        "dollar(s)",
        "us dollar(s)",
        "u.s. dollar(s)",
        "united states dollar(s)",
        "american dollar(s)",
        "dollar(s) americain(s)",
        "dollar(s) us",
        "dollar(s) des etats unis",
        "dollar(s) etats unis",
        "greenback(s)",
        "buck(s)",
    ),
    "CAD": ("canadian dollar(s)", "dollar(s) canadien(s)"),
    "AUD": ("australian dollar(s)", "aussie dollar(s)", "dollar(s) australien(s)"),
    "NZD": (
        "new zealand dollar(s)",
        "dollar(s) neo zelandais",
        "dollar(s) de nouvelle zelande",
    ),
    "HKD": ("hong kong dollar(s)", "dollar(s) de hong kong", "dollar(s) hongkongais"),
    "SGD": ("singapore dollar(s)", "dollar(s) de singapour", "dollar(s) singapourien(s)"),
    "TWD": ("taiwan dollar(s)", "new taiwan dollar(s)", "dollar(s) taiwanais"),
    "EUR": ("euro(s)",),
    "GBP": (
        "pound(s)",
        "pound(s) sterling",
        "british pound(s)",
        "quid",
        "sterling",
        "livre(s)",
        "livre(s) sterling",
        "livre(s) britannique(s)",
    ),
    "JPY": ("yen(s)", "japanese yen", "yen(s) japonais"),
    "CNY": (
        "yuan(s)",
        "chinese yuan(s)",
        "yuan(s) chinois",
        "renminbi",
        "renminbi yuan(s)",
        "rmb",
    ),
    "CHF": ("franc(s)", "swiss franc(s)", "franc(s) suisse(s)"),
    "XPF": ("cfp franc(s)", "franc(s) cfp", "franc(s) pacifique(s)"),
    "INR": ("rupee(s)", "indian rupee(s)", "roupie(s)", "roupie(s) indienne(s)"),
    "PKR": ("pakistani rupee(s)", "roupie(s) pakistanaise(s)"),
    "LKR": ("sri lankan rupee(s)", "roupie(s) srilankaise(s)", "roupie(s) sri lankaise(s)"),
    "IDR": ("rupiah(s)", "roupie(s) indonesienne(s)"),
    "KRW": ("won", "korean won", "south korean won", "won(s) sud coreen(s)"),
    "BRL": ("real", "reais", "brazilian real(s)", "real bresilien", "reais bresiliens"),
    "MXN": ("mexican peso(s)", "peso(s) mexicain(s)"),
    "ARS": ("argentine peso(s)", "argentinian peso(s)", "peso(s) argentin(s)"),
    "CLP": ("chilean peso(s)", "peso(s) chilien(s)"),
    "COP": ("colombian peso(s)", "peso(s) colombien(s)"),
    "PHP": ("philippine peso(s)", "peso(s) philippin(s)"),
    "ZAR": ("rand", "rands", "south african rand(s)", "rand(s) sud africain(s)"),
    "RUB": ("rouble(s)", "ruble(s)", "russian rouble(s)", "russian ruble(s)", "rouble(s) russe(s)"),
    "UAH": ("hryvnia(s)", "hryvna(s)", "grivna(s)", "hryvnias ukrainienne(s)"),
    "TRY": ("turkish lira(s)", "livre(s) turque(s)", "turkish pound(s)"),
    "EGP": ("egyptian pound(s)", "livre(s) egyptienne(s)"),
    "LBP": ("lebanese pound(s)", "livre(s) libanaise(s)"),
    "SEK": ("swedish krona", "swedish kronor", "swedish crown(s)", "couronne(s) suedoise(s)"),
    "NOK": (
        "norwegian krone",
        "norwegian kroner",
        "norwegian crown(s)",
        "couronne(s) norvegienne(s)",
    ),
    "DKK": ("danish krone", "danish kroner", "danish crown(s)", "couronne(s) danoise(s)"),
    "ISK": ("icelandic krona", "icelandic kronur", "couronne(s) islandaise(s)"),
    "CZK": ("koruna(s)", "korun", "czech koruna(s)", "czech crown(s)", "couronne(s) tcheque(s)"),
    "PLN": ("zloty(s)", "zlotys", "polish zloty(s)", "zloty(s) polonais"),
    "HUF": ("forint(s)", "hungarian forint(s)", "forint(s) hongrois"),
    "RON": ("romanian lei", "romanian leu", "lei roumain(s)", "leu roumain"),
    "ILS": ("shekel(s)", "new shekel(s)", "israeli shekel(s)", "shekel(s) israelien(s)"),
    "AED": ("uae dirham(s)", "emirati dirham(s)", "dirham(s) emirati(s)", "dirham(s) des emirats"),
    "MAD": ("moroccan dirham(s)", "dirham(s) marocain(s)"),
    "DZD": ("algerian dinar(s)", "dinar(s) algerien(s)"),
    "TND": ("tunisian dinar(s)", "dinar(s) tunisien(s)"),
    "KWD": ("kuwaiti dinar(s)", "dinar(s) koweitien(s)"),
    "SAR": ("saudi riyal(s)", "riyal(s) saoudien(s)"),
    "QAR": ("qatari riyal(s)", "riyal(s) qatari(s)", "riyal(s) qatarien(s)"),
    "IRR": ("iranian rial(s)", "rial(s) iranien(s)"),
    "NGN": ("naira(s)", "nigerian naira(s)", "naira(s) nigerian(s)"),
    "KES": ("kenyan shilling(s)", "shilling(s) kenyan(s)"),
    "GHS": ("cedi(s)", "ghanaian cedi(s)", "cedi(s) ghaneen(s)"),
    "THB": ("baht", "thai baht", "baht(s) thailandais"),
    "MYR": ("ringgit(s)", "malaysian ringgit(s)", "ringgit(s) malaisien(s)"),
    "VND": ("dong(s)", "vietnamese dong", "dong(s) vietnamien(s)"),
    "CRC": ("colon(s)", "colones", "costa rican colon(s)"),
    "GEL": ("lari(s)", "georgian lari(s)", "lari(s) georgien(s)"),
    "LAK": ("kip(s)", "lao kip(s)"),
    "BTC": ("bitcoin(s)",),
}
"""Names of each currency, French and English, singular and plural, with their qualifiers."""

REGIONAL_NAMES: dict[str, tuple[tuple[str | None, str | None], dict[str, tuple[str, ...]]]] = {
    "dirham(s)": (
        ("MAD", "AED"),
        {
            "MAD": ("maroc", "marocain", "marocaine", "morocco", "moroccan", "rabat", "casablanca"),
            "AED": (
                "emirats",
                "emirati",
                "emirates",
                "uae",
                "dubai",
                "dubaï",
                "abu dhabi",
                "abou dhabi",
                "sharjah",
            ),
        },
    ),
    "dh(s)": (("MAD", "AED"), {}),
    "dinar(s)": (
        (None, None),
        {
            "DZD": ("algerie", "algerien", "algerienne", "algeria", "algerian", "alger", "algiers"),
            "TND": ("tunisie", "tunisien", "tunisienne", "tunisia", "tunisian", "tunis"),
            "KWD": ("koweit", "koweitien", "kuwait", "kuwaiti"),
            "IQD": ("irak", "irakien", "iraq", "iraqi", "bagdad", "baghdad"),
            "JOD": ("jordanie", "jordanien", "jordan", "jordanian", "amman"),
            "LYD": ("libye", "libyen", "libya", "libyan", "tripoli"),
            "BHD": ("bahrein", "bahrain", "bahraini", "manama"),
            "RSD": ("serbie", "serbe", "serbia", "serbian", "belgrade"),
        },
    ),
    "peso(s)": (
        (None, None),
        {
            "MXN": ("mexique", "mexicain", "mexicaine", "mexico", "mexican"),
            "ARS": ("argentine", "argentin", "argentina", "argentinian", "buenos aires"),
            "CLP": ("chili", "chilien", "chilienne", "chile", "chilean", "santiago"),
            "COP": ("colombie", "colombien", "colombienne", "colombia", "colombian", "bogota"),
            "PHP": ("philippines", "philippin", "philippine", "filipino", "manille", "manila"),
            "UYU": ("uruguay", "uruguayen", "uruguayan", "montevideo"),
        },
    ),
    "riyal(s)": (
        ("SAR", "SAR"),
        {
            "SAR": ("arabie", "saoudien", "saoudienne", "saudi", "riyad", "riyadh"),
            "QAR": ("qatar", "qatari", "qatarien", "doha"),
            "OMR": ("oman", "omanais", "omani", "mascate", "muscat"),
        },
    ),
    "lira(s)": (
        ("TRY", "TRY"),
        {
            "TRY": (
                "turquie",
                "turc",
                "turque",
                "turkey",
                "turkish",
                "turkiye",
                "ankara",
                "istanbul",
            ),
            "LBP": ("liban", "libanais", "libanaise", "lebanon", "lebanese", "beyrouth", "beirut"),
        },
    ),
    "franc(s) cfa": (("XOF", "XOF"), {}),
    "cfa franc(s)": (("XOF", "XOF"), {}),
    "fcfa": (("XOF", "XOF"), {}),
    "f cfa": (("XOF", "XOF"), {}),
}
"""Currency names shared by several countries: (default in French, default in English) and the
words naming each country (folded, matched as whole words). The country named last before the
amount decides (else the first one named after it in the sentence); see the module docstring."""

_CFA_CENTRAL = (
    "cameroun",
    "cameroon",
    "camerounais",
    "gabon",
    "gabonais",
    "tchad",
    "chad",
    "tchadien",
    "congo",
    "congolais",
    "centrafrique",
    "centrafricain",
    "central african",
    "guinee equatoriale",
    "equatorial guinea",
    "cemac",
    "beac",
    "yaounde",
    "douala",
    "libreville",
    "brazzaville",
    "ndjamena",
    "bangui",
    "malabo",
)
_CFA_WEST = (
    "senegal",
    "senegalais",
    "cote d'ivoire",
    "ivoirien",
    "ivory coast",
    "ivorian",
    "mali",
    "malien",
    "burkina",
    "niger",
    "nigerien",
    "benin",
    "beninois",
    "togo",
    "togolais",
    "guinee-bissau",
    "guinea-bissau",
    "uemoa",
    "bceao",
    "dakar",
    "abidjan",
    "bamako",
    "ouagadougou",
    "niamey",
    "cotonou",
    "lome",
)
REGIONAL_NAMES["dh(s)"][1].update(REGIONAL_NAMES["dirham(s)"][1])  # "250 millions de DH"
for _cfa in ("franc(s) cfa", "cfa franc(s)", "fcfa", "f cfa"):
    REGIONAL_NAMES[_cfa][1].update({"XAF": _CFA_CENTRAL, "XOF": _CFA_WEST})

AMBIGUOUS_NAMES = frozenset(
    {"pound", "pounds", "livre", "livres", "won", "real", "rand", "rands", "dong", "dongs"}
    | {"colon", "colons", "kip", "kips", "lari", "laris"}
)
"""Names that are also ordinary words ("livres" are books, "won" a past tense, "pounds" a
weight): read as money only with a scale word, a qualifier or a money context (`money.py`)."""

CURRENCY_SIGNS: dict[str, str] = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "元": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "฿": "THB",
    "₴": "UAH",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "ரூ": "LKR",
    "₿": "BTC",
}
"""Signs of one currency each, written before the number ("£100m") or, all but "₱", after it
French style ("12 €")."""

SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "us $": "USD",
    "u.s.$": "USD",
    "u.s. $": "USD",
    "u.s $": "USD",
    "c$": "CAD",
    "c $": "CAD",
    "ca$": "CAD",
    "can$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "nz $": "NZD",
    "hk$": "HKD",
    "hk $": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "nt$": "TWD",
    "mex$": "MXN",
    "mx$": "MXN",
    "r$": "BRL",
    "cn¥": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "e£": "EGP",
    "rm": "MYR",
    "rp": "IDR",
    "sfr": "CHF",
    "fr.": "CHF",
    **CURRENCY_SIGNS,
}
"""Symbols written before the number ("$5", "C$ 16", "Rs 500", "£100m")."""

SUFFIX_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "$ us": "USD",
    "$ usd": "USD",
    "$ e.-u.": "USD",
    "$ c": "CAD",
    "$ can": "CAD",
    "$ cad": "CAD",
    "$ aus": "AUD",
    "$ aud": "AUD",
    "$ nz": "NZD",
    "$ hk": "HKD",
    "$ sg": "SGD",
    **{sign: code for sign, code in CURRENCY_SIGNS.items() if sign != "₱"},
}
"""Symbols written after the number, French style ("1,34 $", "16,4 millions de $ c", "12 M€").
A country mark that is also a French word ("$ au total", "$ ça") is left out."""

ISO_CODES = frozenset(
    """usd eur gbp jpy cny chf cad aud nzd hkd sgd twd inr pkr krw brl mxn ars clp cop zar rub
    uah sek nok dkk czk pln huf ils aed sar qar egp ngn kes ghs thb myr vnd idr xof xaf xpf dzd
    tnd kwd lkr""".split()
)
"""ISO codes read as currencies before or after a number ("USD 5m", "300 CHF"). Codes that are
also words once folded ("try", "mad", "pen", "gel", "ron", "php", "all") are left out."""

SUBUNITS: dict[str, tuple[float, str | None]] = {
    "cent": (0.01, None),
    "cents": (0.01, None),
    "centime": (0.01, None),
    "centimes": (0.01, None),
    "pence": (0.01, "GBP"),
    "penny": (0.01, "GBP"),
    "pennies": (0.01, "GBP"),
    "p": (0.01, "GBP"),
    "pesewa": (0.01, "GHS"),
    "pesewas": (0.01, "GHS"),
    "kopeck": (0.01, "RUB"),
    "kopecks": (0.01, "RUB"),
    "kopek": (0.01, "RUB"),
    "kopeks": (0.01, "RUB"),
    "paise": (0.01, "INR"),
}
"""Sub-units and the share of the main unit they are worth; None: the currency of the context."""

CENT_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "EUR"})
"""Currencies whose hundredth is a "cent"."""
CENTIME_CURRENCIES = frozenset({"EUR", "CHF", "XOF", "XPF"})
"""Currencies whose hundredth is a "centime"."""


NAME_CODES: dict[str, str] = {
    key(spelling): code
    for code, names in CURRENCY_NAMES.items()
    for name in names
    for spelling in expand(name)
}
"""Every spelling of every name, keyed by `key`, with its ISO code."""


REGIONAL_KEYS: dict[str, str] = {
    key(spelling): name for name in REGIONAL_NAMES for spelling in expand(name)
}
"""Every spelling of a regional name, keyed by `key`, with its entry in `REGIONAL_NAMES`."""


NAMES_PATTERN = alternation(
    [s for names in CURRENCY_NAMES.values() for n in names for s in expand(n)]
    + [s for n in REGIONAL_NAMES for s in expand(n)]
)
"""Regex alternation of every currency name."""
