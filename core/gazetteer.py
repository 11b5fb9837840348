"""A general list of place names (countries, regions, US states, large cities) in French and
English, as folded keys, so that "Texas" or "États-Unis" is not taken for an organisation."""

from __future__ import annotations

import re

from .textnorm import fold

_PLACES = """
États-Unis|United States|US|USA|U.S.|Amérique|America|Europe|Asie|Asia|Afrique|Africa|Océanie
Moyen-Orient|Middle East|Amérique latine|Latin America|Union européenne|European Union|UE|EU
Chine|China|France|Allemagne|Germany|Royaume-Uni|United Kingdom|UK|Grande-Bretagne|Britain
Japon|Japan|Inde|India|Russie|Russia|Ukraine|Canada|Mexique|Mexico|Brésil|Brazil|Italie|Italy
Espagne|Spain|Israël|Israel|Iran|Corée du Sud|South Korea|Corée|Korea|Taïwan|Taiwan
Arabie saoudite|Saudi Arabia|Émirats arabes unis|United Arab Emirates|Émirats|Emirates|EAU|UAE
Qatar|Abou Dabi|Abu Dhabi|Dubaï|Dubai|Singapour|Singapore|Suisse|Switzerland|Belgique|Belgium
Pays-Bas|Netherlands|Irlande|Ireland|Australie|Australia|Afrique du Sud|South Africa|Turquie
Turkey|Égypte|Egypt|Pologne|Poland|Suède|Sweden|Norvège|Norway|Finlande|Finland|Danemark
Denmark|Portugal|Grèce|Greece|Argentine|Argentina|Chili|Chile|Colombie|Colombia|Indonésie
Indonesia|Vietnam|Viêt Nam|Philippines|Thaïlande|Thailand|Malaisie|Malaysia|Pakistan|Nigeria
Kenya|Maroc|Morocco|Algérie|Algeria|Tunisie|Tunisia|Sénégal|Senegal|Luxembourg|Autriche|Austria
Alabama|Alaska|Arizona|Arkansas|Californie|California|Caroline du Nord|North Carolina
Caroline du Sud|South Carolina|Colorado|Connecticut|Dakota du Nord|North Dakota|Dakota du Sud
South Dakota|Delaware|Floride|Florida|Géorgie|Georgia|Hawaï|Hawaii|Idaho|Illinois|Indiana|Iowa
Kansas|Kentucky|Louisiane|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|Nouveau-Mexique
New Mexico|New York|Ohio|Oklahoma|Oregon|Pennsylvanie|Pennsylvania|Rhode Island|Tennessee
Texas|Utah|Vermont|Virginie|Virginia|Virginie-Occidentale|West Virginia|Washington|Wisconsin
Wyoming|Paris|Londres|London|Pékin|Beijing|Shanghai|Tokyo|Berlin|Bruxelles|Brussels
San Francisco|Silicon Valley|Seattle|Boston|Chicago|Los Angeles|Moscou|Moscow|Hong Kong
Shenzhen|Bangalore|Bombay|Mumbai|Dublin|Amsterdam|Genève|Geneva|Zurich|Milan|Madrid|Rome
Montréal|Montreal|Toronto|Vancouver|Sydney|Austin|Dallas|Houston|Atlanta|Miami|Phoenix|Denver
Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Nice|Québec|Quebec|Île-de-France
Nouvelle-Zélande|New Zealand|Amérique du Nord|North America|Amérique du Sud|South America
Amérique centrale|Central America|Europe de l'Est|Eastern Europe|Europe de l'Ouest
Western Europe|Asie-Pacifique|Asia-Pacific|Asia Pacific|Proche-Orient|Near East|Caraïbes
Caribbean|Scandinavie|Scandinavia|Balkans|Maghreb|Sahel|Golfe|Gulf|Wall Street|City of London
Bengaluru|Delhi|New Delhi|Karachi|Lagos|Le Caire|Cairo|Istanbul|Ankara|Téhéran|Tehran|Riyad
Riyadh|Djeddah|Jeddah|Doha|Séoul|Seoul|Osaka|Taipei|Hanoï|Hanoi|Bangkok|Jakarta|Manille
Manila|Kuala Lumpur|Johannesburg|Le Cap|Cape Town|Nairobi|Casablanca|Rabat|Alger|Algiers
Tunis|Dakar|Abidjan|Buenos Aires|São Paulo|Sao Paulo|Rio de Janeiro|Mexico City|Lima|Bogota
Santiago|Caracas|Lisbonne|Lisbon|Barcelone|Barcelona|Séville|Seville|Valence|Valencia
Munich|Francfort|Frankfurt|Hambourg|Hamburg|Cologne|Vienne|Vienna|Prague|Varsovie|Warsaw
Budapest|Bucarest|Bucharest|Athènes|Athens|Stockholm|Oslo|Copenhague|Copenhagen|Helsinki
Édimbourg|Edinburgh|Manchester|Liverpool|Birmingham|Glasgow|Anvers|Antwerp|Rotterdam
La Haye|The Hague|Bâle|Basel|Lausanne|Turin|Naples|Florence|Venise|Venice|Kiev|Kyiv
Philadelphie|Philadelphia|Detroit|Minneapolis|Pittsburgh|Baltimore|San Diego|San Jose
Las Vegas|Nouvelle-Orléans|New Orleans|Ottawa|Calgary|Melbourne|Brisbane|Perth|Auckland
Rennes|Montpellier|Grenoble|Rouen|Reims|Le Havre|Dijon|Angers|Brest|Tours|Limoges|Metz
Nancy|Clermont-Ferrand|Saint-Étienne|Toulon|Perpignan|Bayonne|Ajaccio|Bastia|Corse|Bretagne
Normandie|Provence|Alsace|Occitanie|Nouvelle-Aquitaine|Auvergne-Rhône-Alpes|Hauts-de-France
Grand Est|Pays de la Loire|Centre-Val de Loire|Bourgogne-Franche-Comté|Guadeloupe|Martinique
Guyane|La Réunion|Mayotte|Nouvelle-Calédonie|Polynésie
"""

PLACE_KEYS = frozenset(
    re.sub(r"[^0-9a-z&]", "", fold(name)) for name in re.split(r"[|\n]", _PLACES) if name.strip()
)
