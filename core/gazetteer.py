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

_UK_NATIONS = """
Angleterre|England|Écosse|Scotland|Pays de Galles|Wales|Irlande du Nord|Northern Ireland
Great Britain|Grande Bretagne|Cornouailles|Cornwall|Yorkshire|Kent|Essex|Surrey|Sussex|Devon
Lancashire|Midlands|West Midlands|East Midlands|East Anglia|Home Counties|Merseyside
"""
"""The nations and best-known counties and regions of the United Kingdom."""

_COUNTRIES = """
Afghanistan|Albanie|Albania|Andorre|Andorra|Angola|Arabie Saoudite|Arménie|Armenia
Azerbaïdjan|Azerbaijan|Bahreïn|Bahrain|Bangladesh|Biélorussie|Belarus|Bénin|Benin|Bhoutan
Bhutan|Birmanie|Myanmar|Burma|Bolivie|Bolivia|Bosnie-Herzégovine|Bosnia|Botswana|Bulgarie
Bulgaria|Burkina Faso|Burundi|Cambodge|Cambodia|Cameroun|Cameroon|Cap-Vert|Cape Verde
Centrafrique|République centrafricaine|Central African Republic|Tchad|Chypre|Cyprus
Comores|Comoros|Congo|République démocratique du Congo|RDC|DRC|Costa Rica|Côte d'Ivoire
Ivory Coast|Croatie|Croatia|Cuba|Djibouti|République dominicaine|Dominican Republic
Équateur|Ecuador|Érythrée|Eritrea|Estonie|Estonia|Éthiopie|Ethiopia|Fidji|Fiji|Gabon|Gambie
Gambia|Ghana|Guatemala|Guinée|Guinea|Guinée-Bissau|Guinea-Bissau|Guinée équatoriale
Equatorial Guinea|Haïti|Haiti|Honduras|Hongrie|Hungary|Islande|Iceland|Irak|Iraq|Jamaïque
Jamaica|Jordanie|Jordan|Kazakhstan|Kirghizistan|Kyrgyzstan|Koweït|Kuwait|Laos|Lettonie
Latvia|Liban|Lebanon|Liberia|Libye|Libya|Liechtenstein|Lituanie|Lithuania|Macédoine du Nord
North Macedonia|Madagascar|Malawi|Maldives|Mali|Malte|Malta|Maurice|Mauritius|Mauritanie
Mauritania|Moldavie|Moldova|Monaco|Mongolie|Mongolia|Monténégro|Montenegro|Mozambique
Namibie|Namibia|Népal|Nepal|Nicaragua|Niger|Corée du Nord|North Korea|Oman|Ouganda|Uganda
Ouzbékistan|Uzbekistan|Palestine|Cisjordanie|West Bank|Gaza|Bande de Gaza|Gaza Strip|Panama
Papouasie-Nouvelle-Guinée|Papua New Guinea|Paraguay|Pérou|Peru|Roumanie|Romania|Rwanda
El Salvador|Serbie|Serbia|Sierra Leone|Slovaquie|Slovakia|Slovénie|Slovenia
Somalie|Somalia|Soudan|Sudan|Soudan du Sud|South Sudan|Sri Lanka|Syrie|Syria|Tadjikistan
Tajikistan|Tanzanie|Tanzania|République tchèque|Tchéquie|Czech Republic|Czechia|Togo
Trinité-et-Tobago|Trinidad and Tobago|Turkménistan|Turkmenistan|Uruguay|Venezuela|Yémen
Yemen|Zambie|Zambia|Zimbabwe|Sahara occidental|Western Sahara|Kosovo|Géorgie|Groenland
Greenland|Porto Rico|Puerto Rico|Hawaï|Tibet|Xinjiang|Crimée|Crimea|Donbass|Donbas
Cachemire|Kashmir|Kurdistan|Tchétchénie|Chechnya|Sibérie|Siberia|Patagonie|Patagonia
Andalousie|Andalusia|Catalogne|Catalonia|Bavière|Bavaria|Lombardie|Lombardy|Sicile|Sicily
Sardaigne|Sardinia|Flandre|Flanders|Wallonie|Wallonia|Ontario|Colombie-Britannique
British Columbia|Alberta|Nouvelle-Galles du Sud|New South Wales|Queensland
"""
"""Countries, territories and large regions of the world, in French and English."""

_CITIES = """
Marrakech|Marrakesh|Fès|Fez|Meknès|Tanger|Tangier|Agadir|Oujda|Kénitra|Tétouan|Essaouira
Ouarzazate|Laâyoune|Oran|Constantine|Annaba|Sfax|Sousse|Tripoli|Benghazi|Alexandrie
Alexandria|Khartoum|Addis-Abeba|Addis Ababa|Kinshasa|Brazzaville|Luanda|Bamako|Niamey
Ouagadougou|Conakry|Lomé|Cotonou|Accra|Abuja|Kano|Douala|Yaoundé|Libreville|Nouakchott
Kampala|Kigali|Dar es Salaam|Mogadiscio|Mogadishu|Harare|Lusaka|Maputo|Antananarivo
Durban|Pretoria|Beyrouth|Beirut|Damas|Damascus|Alep|Aleppo|Bagdad|Baghdad|Bassora|Basra
Mossoul|Mosul|Erbil|Amman|Jérusalem|Jerusalem|Tel-Aviv|Tel Aviv|Haïfa|Haifa|Ramallah
Koweït City|Kuwait City|Manama|Mascate|Muscat|Sanaa|Aden|Kaboul|Kabul|Islamabad|Lahore
Dacca|Dhaka|Katmandou|Kathmandu|Colombo|Calcutta|Kolkata|Madras|Chennai|Hyderabad|Pune
Ahmedabad|Canton|Guangzhou|Chongqing|Wuhan|Chengdu|Tianjin|Nankin|Nanjing|Hangzhou|Xi'an
Macao|Macau|Kyoto|Yokohama|Nagoya|Kobe|Fukushima|Hiroshima|Nagasaki|Sapporo|Busan|Pusan
Pyongyang|Ho Chi Minh-Ville|Ho Chi Minh City|Saïgon|Saigon|Phnom Penh|Vientiane|Rangoun
Yangon|Singapour|Oulan-Bator|Ulaanbaatar|Almaty|Astana|Tachkent|Tashkent|Bakou|Baku
Tbilissi|Tbilisi|Erevan|Yerevan|Minsk|Kharkiv|Odessa|Lviv|Dnipro|Marioupol|Mariupol
Saint-Pétersbourg|St Petersburg|Saint Petersburg|Vilnius|Riga|Tallinn|Belgrade|Zagreb
Ljubljana|Sarajevo|Sofia|Skopje|Tirana|Bratislava|Cracovie|Krakow|Gdansk|Dresde|Dresden
Leipzig|Stuttgart|Düsseldorf|Dusseldorf|Brême|Bremen|Hanovre|Hanover|Nuremberg|Bonn
Salzbourg|Salzburg|Innsbruck|Berne|Bern|Lugano|Luxembourg-Ville|Gand|Ghent|Bruges|Liège
Charleroi|Namur|Utrecht|Eindhoven|Porto|Bilbao|Saragosse|Zaragoza|Malaga|Málaga|Palma
Marbella|Gênes|Genoa|Bologne|Bologna|Palerme|Palermo|Vérone|Verona|Pise|Pisa|Bari|Catane
Catania|Thessalonique|Thessaloniki|Nicosie|Nicosia|La Valette|Valletta|Reykjavik
Göteborg|Gothenburg|Malmö|Bergen|Aarhus|Leeds|Sheffield|Bristol|Newcastle|Nottingham
Leicester|Coventry|Bradford|Cardiff|Swansea|Belfast|Aberdeen|Dundee|Inverness|Southampton
Portsmouth|Plymouth|Brighton|Reading|Oxford|Cambridge|Norwich|York|Hull|Stoke
Sunderland|Wolverhampton|Milton Keynes|Swindon|Exeter|Bath|Canterbury|Dover|Heathrow
Gatwick|Stansted|Cork|Galway|Limerick|Québec City|Winnipeg|Edmonton|Halifax|Boston
Brooklyn|Manhattan|Bronx|Washington DC|Washington D.C.|Sacramento|Oakland
Portland|Salt Lake City|Nashville|Memphis|Louisville|Indianapolis|Columbus
Cleveland|Cincinnati|Milwaukee|Kansas City|Saint-Louis|St. Louis|Tampa|Orlando|Jacksonville
Honolulu|Anchorage|San Antonio|El Paso|Fort Worth|Tucson|Albuquerque|Guadalajara|Monterrey
Tijuana|Cancún|Cancun|La Havane|Havana|Port-au-Prince|Saint-Domingue|Santo Domingo
Panama City|San José|Quito|Guayaquil|Medellín|Medellin|Cali|La Paz|Sucre|Asunción
Montevideo|Brasilia|Brasília|Belo Horizonte|Salvador de Bahia|Recife|Fortaleza|Manaus
Porto Alegre|Curitiba|Córdoba|Rosario|Valparaiso|Adélaïde|Adelaide|Canberra|Wellington
Christchurch|Nouméa|Papeete|Fort-de-France|Pointe-à-Pitre|Cayenne|Saint-Denis
Le Mans|Amiens|Caen|Orléans|Poitiers|Besançon|Avignon|Nîmes|Pau|Lorient|Quimper|Vannes
La Rochelle|Annecy|Chambéry|Valence|Mulhouse|Colmar|Calais|Dunkerque|Boulogne-sur-Mer
Cherbourg|Saint-Malo|Saint-Nazaire|Biarritz|Cannes|Antibes|Fréjus|Aix-en-Provence
Versailles|Nanterre|Créteil|Bobigny|Saint-Denis|Argenteuil|Montreuil|Roubaix|Tourcoing
Villeurbanne|Béziers|Narbonne|Carcassonne|Tarbes|Lourdes|Troyes|Charleville-Mézières
"""
"""Large cities of the world and the main cities of France, the United Kingdom, North
America and the Maghreb, in French and English."""

_REGIONS = """
Alpes|Alps|Pyrénées|Pyrenees|Himalaya|Andes|Rocheuses|Rocky Mountains|Appalaches
Appalachians|Oural|Urals|Caucase|Caucasus|Carpates|Carpathians|Sahara|Kalahari|Gobi
Amazonie|Méditerranée|Mediterranean|Atlantique|Atlantic|Pacifique|Pacific
Manche|English Channel|Mer du Nord|North Sea|Mer Baltique|Baltic Sea|Mer Noire|Black Sea
Mer Rouge|Red Sea|Mer de Chine|South China Sea|Golfe persique|Persian Gulf|Océan Indien
Indian Ocean|Arctique|Arctic|Antarctique|Antarctica|Corne de l'Afrique|Horn of Africa
Afrique du Nord|North Africa|Afrique de l'Ouest|West Africa|Afrique de l'Est|East Africa
Afrique subsaharienne|Sub-Saharan Africa|Asie centrale|Central Asia|Asie du Sud-Est
Southeast Asia|Extrême-Orient|Far East|Levant|Mésopotamie|Mekong|Mékong|Nil|Nile|Rhin
Rhine|Danube|Seine|Loire|Rhône|Tamise|Thames|Gange|Ganges|Yangtsé|Yangtze|Mississippi
Côte d'Azur|French Riviera|Riviera|Massif central|Jura|Vosges|Camargue|Dordogne|Gironde
Savoie|Haute-Savoie|Pays basque|Basque Country|Midwest|Deep South|New England
"""
"""Mountain ranges, deserts, seas, rivers and regions known by name across the world."""

_PLACES = _PLACES + _UK_NATIONS + _COUNTRIES + _CITIES + _REGIONS

PLACE_KEYS = frozenset(
    re.sub(r"[^0-9a-z&]", "", fold(name)) for name in re.split(r"[|\n]", _PLACES) if name.strip()
)


_NATIONALITY_STEMS = """
marocain algerien tunisien libyen egyptien francais americain britannique anglais ecossais
gallois irlandais allemand espagnol italien portugais belge suisse neerlandais luxembourgeois
autrichien polonais tcheque slovaque hongrois roumain bulgare grec turc chypriote suedois
norvegien danois finlandais islandais russe ukrainien bielorusse georgien armenien iranien
irakien syrien libanais jordanien israelien palestinien saoudien yemenite omanais qatari
koweitien emirati afghan pakistanais indien nepalais bangladais sri-lankais chinois japonais
coreen vietnamien cambodgien thailandais birman malaisien indonesien philippin australien
neo-zelandais canadien quebecois mexicain cubain haitien bresilien argentin chilien peruvien
colombien venezuelien bolivien equatorien uruguayen paraguayen senegalais malien mauritanien
nigerien nigerian ivoirien guineen burkinabe beninois togolais ghaneen camerounais gabonais
congolais tchadien soudanais ethiopien somalien kenyan ougandais rwandais tanzanien
mozambicain angolais zambien zimbabween sud-africain malgache europeen africain asiatique
"""


def _inflections(stem: str) -> tuple[str, ...]:
    if stem.endswith("e"):
        return stem, stem + "s"
    if stem.endswith("ien") or stem.endswith("een"):
        return stem, stem + "s", stem + "ne", stem + "nes"
    if stem.endswith(("s", "x")):
        return stem, stem + "e", stem + "es"
    return stem, stem + "s", stem + "e", stem + "es"


NATIONALITY_ADJECTIVES = "|".join(
    sorted(
        {form for stem in _NATIONALITY_STEMS.split() for form in _inflections(stem)},
        key=len,
        reverse=True,
    )
)
"""French nationality adjectives in every gender and number, folded, as a regex alternation:
after a name, one says the name is a place ("le Haut Atlas marocain")."""
