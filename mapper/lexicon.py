"""Word lists the recogniser needs: words that are not places, titles, and demonyms.

These are linguistic facts of English news prose, not place data: the places come from
the gazetteer.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "AREA_ABBREVIATIONS",
    "AREA_DEMONYMS",
    "COMPASS",
    "CONNECTORS",
    "DEMONYMS",
    "ETHNONYMS",
    "FACILITY_WORDS",
    "FEATURE_HEADS",
    "LOCAL_UNITS",
    "NAMED_DAYS",
    "NATURE_WORDS",
    "NOT_PLACES",
    "ORG_WORDS",
    "PART_BEARING",
    "PERSONAL_NAMES",
    "PERSON_APPOSITIVE",
    "PHRASE_ENDS",
    "PLACE_PREFIXES",
    "SPEECH_VERBS",
    "STATE_ABBREVIATIONS",
    "TITLES",
    "VILLAGE_UNITS",
    "group_word",
]

# Lower-case words allowed inside a multi-word place name.
# fmt: off
CONNECTORS = frozenset({
    "al", "el", "as", "ash", "ad", "adh", "ar", "az", "at", "ath", "an", "ul", "es", "ez", "ed",
    "et", "er", "en", "bin", "ibn", "bint", "bani", "beni", "of", "de", "del", "la", "le",
    "du", "da", "do", "dos", "das", "di", "upon", "on", "sur", "am", "im", "der",
    "e", "i", "y", "-e", "wa", "and",
})

# People's names that the gazetteer knows as places. After another capitalised word
# they continue its name ("Mir Ali", "Sidi Ali"), never name a second place.
PERSONAL_NAMES = frozenset({
    "john", "david", "michael", "james", "robert", "william", "mary", "maria", "ali",
    "mohammed", "muhammad", "ahmed", "hassan", "hussein", "omar", "abdul", "joe",
    "donald", "vladimir", "trump", "biden", "obama", "putin",
})

# Capitalised words of news prose that the gazetteer knows as some place somewhere but
# that are, in running text, almost never meant as one.
NOT_PLACES = PERSONAL_NAMES | frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
    "god", "allah", "president", "minister", "prime", "secretary", "general", "army",
    "police", "government", "state", "states", "islamic", "republic", "union", "news",
    "reuters", "afp", "ap", "bbc", "cnn", "twitter", "facebook", "telegram", "read",
    "more", "said", "says", "many", "of", "mobile", "university", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "center",
    "centre", "city", "parliament", "congress", "senate", "house", "white", "pentagon",
    "kremlin", "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i",
    "his", "her", "their", "this", "that", "these", "those", "but", "and", "or", "if",
    "when", "after", "before", "while", "during", "since", "also", "however", "officials",
    "official", "forces", "force", "security", "defense", "defence", "ministry",
    "military", "national", "international", "united", "nations", "council", "un",
    "nato", "us", "uk", "iraqi", "syrian", "american", "christian", "muslim",
    "sunni", "shia", "shiite", "kurdish", "arab", "arabs", "english", "french",
    "german", "british", "russian", "chinese", "washington post", "times", "post",
    "today", "yesterday", "tonight", "morning", "evening", "night", "week", "year",
    "day", "time", "people", "children", "women", "men", "family", "home", "world",
    "war", "peace", "victory", "hope", "independence", "liberty", "freedom", "justice",
    "mount", "lake", "river", "bay", "port", "fort", "camp", "saint", "st", "san",
    "santa", "new", "old", "great", "little", "upper", "lower", "top", "best", "good",
    "first", "last", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "hundred", "thousand", "million", "she's", "he's", "it's", "i'm",
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "sen", "rep", "gov",
    "hamas", "hezbollah", "taliban", "isis", "isil", "daesh", "al-qaeda", "houthi",
    "al-shabaab", "al-shabab", "shabaab",
    "houthis", "wagner", "tv", "radio", "online", "video", "photo", "image", "images",
    "getty", "epa", "associated", "press", "agency", "media", "source", "sources",
    "all", "both", "some", "any", "each", "every", "most", "such", "other", "another",
    "only", "even", "just", "over", "under", "about", "between", "there", "here", "then",
    "now", "what", "who", "how", "why", "where", "which", "although", "though", "because",
    "so", "yet", "still", "again", "once", "no", "not", "yes", "our", "your", "my", "its",
    "you", "me", "him", "them", "easter", "christmas", "ramadan", "eid", "park", "love",
    "as", "i’m", "white house", "el niño", "el nino", "la niña", "inc", "follow", "like",
    "star", "sun", "moon", "ocean", "sea", "gulf", "valley", "hill",
    "for", "rebel", "rebels", "capital", "khan",
    # Arabic generic words, no place alone: neighbourhood, town, city, village,
    # countryside, hill, mountain, valley, mosque, camp.
    "حي", "الحي", "بلدة", "بلده", "مدينة", "مدينه", "قرية", "قريه", "ريف", "تل", "جبل",
    "وادي", "مسجد", "مخيم",
})
# fmt: on

# Adjectives and nouns of peoples, faiths and sects in conflict news ("a Kurdish party",
# "Druze villagers", "Pashtun elders"): a group of people, never a place, though the
# gazetteer may know a hamlet of that name. Words that also name a region or town in
# running text ("Amhara", "Kachin", "Rakhine", "Hazara", "Karen", "Malay") are left out.
# fmt: off
ETHNONYMS = frozenset({
    "kurd", "kurds", "kurdish", "pashtun", "pashtuns", "pakhtun", "baloch", "baluch",
    "druze", "alawite", "alawites", "yazidi", "yazidis", "yezidi", "assyrian", "chaldean",
    "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "ismaili", "sufi", "salafi",
    "sikh", "sikhs", "hindu", "hindus", "buddhist", "buddhists", "muslim", "muslims",
    "christian", "christians", "catholic", "catholics", "protestant", "coptic", "copts",
    "jewish", "tamil", "tamils", "sinhalese", "rohingya", "uyghur", "uighur", "uyghurs",
    "tuareg", "fulani", "peul", "hausa", "igbo", "yoruba", "oromo", "tigrayan", "tigrayans",
    "amharic", "hutu", "tutsi", "banyamulenge", "nuer", "dinka", "masalit", "zaghawa",
    "bedouin", "bedouins", "berber", "amazigh", "kabyle", "chechen", "chechens", "ingush",
    "ossetian", "circassian", "mapuche", "quechua", "aymara", "arab", "arabs", "persian",
})
# fmt: on

# The first halves of compound adjectives of peoples ("Afro-Colombian", "Sino-Indian",
# "Indo-Pakistani"), and people words that only name places as a compound's half
# ("Malay-Muslim").
_COMPOUND_PARTS = frozenset(
    {"afro", "sino", "indo", "anglo", "franco", "russo", "turco", "judeo", "greco", "austro"}
    | {"italo", "hispano", "luso", "euro", "pan", "malay", "black", "white", "indigenous"}
)


def group_word(word: str) -> bool:
    """True for a word naming a people, faith, sect or nationality, not a place.

    A hyphenated compound is one when each of its halves is ("Malay-Muslim",
    "Afro-Colombian", "Turkish-Kurdish"); a plural when its singular is ("Somalis").

    Parameters
    ----------
    word : str
        One word as written, in any case.

    Returns
    -------
    bool

    Examples
    --------
    >>> group_word("Kurdish"), group_word("Afro-Colombian"), group_word("Kirkuk")
    (True, True, False)
    """
    low = word.lower().replace("\u2019", "'")

    def people(part: str) -> bool:
        return any(w in DEMONYMS or w in ETHNONYMS for w in (part, part.removesuffix("s")))

    parts = low.split("-")
    if len(parts) == 1:
        return people(low)
    return people(parts[-1]) and all(people(p) or p in _COMPOUND_PARTS for p in parts[:-1])


# Named days: a capitalised word before a weekday that names the day, not a place
# ("Palm Sunday", "Good Friday", "Bloody Sunday"). Other words before a weekday may be
# places in clipped news style ("struck Kharkiv Sunday").
# fmt: off
NAMED_DAYS = frozenset({
    "palm sunday", "easter sunday", "easter monday", "easter saturday", "orthodox easter",
    "good friday", "holy thursday", "maundy thursday", "holy saturday", "holy week",
    "ash wednesday", "shrove tuesday", "black friday", "cyber monday", "super tuesday",
    "bloody sunday", "bloody friday", "black sunday", "black saturday", "black tuesday",
    "trinity sunday", "whit sunday", "whit monday", "pentecost sunday", "remembrance sunday",
    "victory day", "independence day", "martyrs day", "quds day",
})
# fmt: on

# Country abbreviations of news prose, written with or without dots.
ABBREVIATIONS = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "UK": "GB",
    "U.K.": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DRC": "CD",
    "KSA": "SA",
    "DPRK": "KP",
    "D.P.R.K.": "KP",
    "PRC": "CN",
    "ROK": "KR",
}

# Last words of the names of streets, buildings and grounds: what such a name calls is
# inside a town ("Royal Street", "Holy Redeemer Church", "Barclays Center").
# fmt: off
FACILITY_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive",
    "square", "plaza", "highway", "bridge", "church", "cathedral", "mosque", "temple",
    "synagogue", "shrine", "chapel", "hospital", "clinic", "school", "college",
    "university", "institute", "academy", "library", "museum", "stadium", "arena",
    "center", "centre", "hall", "court", "courthouse", "station", "terminal", "market",
    "mall", "hotel", "inn", "restaurant", "cafe", "bar", "club", "theatre", "theater",
    "estate", "tower", "building", "house", "palace", "prison", "jail", "camp", "base",
    "port", "harbour", "harbor", "pier", "wharf", "canal", "park", "garden", "gardens",
    "cemetery", "zoo", "factory", "plant", "mill", "refinery", "airport", "airfield",
    "quarter", "district", "neighbourhood", "neighborhood",
})
# fmt: on

# The units below a district, by the names English news gives them in South and
# Southeast Asia ("Kani Township", "Kulachi Tehsil", "Raiganj Upazila"): a unit bears
# the name of its main town, and lies in the country the text is about.
LOCAL_UNITS = frozenset(
    {"sub-district", "township", "tehsil", "taluka", "taluk", "upazila", "mandal"}
)

# Words for the units below a town that news writes before the unit's name ("Barangay
# Tabuc", "Kebele 04", "Aldea San Jose", "Mohalla Qazian"): a neighbourhood or village of
# the town named beside it.
# fmt: off
VILLAGE_UNITS = frozenset({
    "barangay", "brgy", "brgy.", "sitio", "purok", "kebele", "aldea", "colonia", "vereda",
    "corregimiento", "caserio", "caserío", "barrio", "bairro", "kampong", "kampung", "desa",
    "kelurahan", "dusun", "mohalla", "mouza", "village",
})
# fmt: on

# Last words of the names of natural features: "Glenrock Lagoon", "Jordan Valley". One the
# gazetteer does not know lies by the place its other words name, if they name one.
NATURE_WORDS = frozenset(
    {"river", "lake", "island", "islands", "beach", "bay", "canal", "lagoon", "mountains"}
    | {"valley"}
)

# First words (folded) of the names of natural features in Spanish, Portuguese and French:
# "Serrania de San Lucas", "Sierra de Perija", "Cerro Tacarcuna", "Montagne Pelee". A
# name led by one of them is a feature unless the gazetteer knows the whole name
# ("Rio de Janeiro", "Sierra Leone", "Cerro Largo").
FEATURE_HEADS = frozenset(
    {"serrania", "sierra", "cerro", "cerros", "rio", "montagne", "montagnes", "monts"}
    | {"cordillera", "serra", "laguna", "quebrada", "cienaga", "cuchilla", "volcan"}
)

# Abbreviations of world areas, by the name of the area.
AREA_ABBREVIATIONS = {"EU": "Europe", "E.U.": "Europe"}

# Abbreviations of US states and Canadian provinces in news style (AP stylebook), by
# country and the region's English name. Postal codes ("CA", "NY") are not here: they
# clash with common abbreviations and are only read after a town ("Camden, NJ").
# fmt: off
STATE_ABBREVIATIONS = {
    "Ala.": ("US", "Alabama"), "Ariz.": ("US", "Arizona"), "Ark.": ("US", "Arkansas"),
    "Calif.": ("US", "California"), "Colo.": ("US", "Colorado"),
    "Conn.": ("US", "Connecticut"), "Del.": ("US", "Delaware"), "Fla.": ("US", "Florida"),
    "Ga.": ("US", "Georgia"), "Ill.": ("US", "Illinois"), "Ind.": ("US", "Indiana"),
    "Kan.": ("US", "Kansas"), "Kans.": ("US", "Kansas"), "Ky.": ("US", "Kentucky"),
    "La.": ("US", "Louisiana"), "Md.": ("US", "Maryland"),
    "Mass.": ("US", "Massachusetts"), "Mich.": ("US", "Michigan"),
    "Minn.": ("US", "Minnesota"), "Miss.": ("US", "Mississippi"), "Mo.": ("US", "Missouri"),
    "Mont.": ("US", "Montana"), "Neb.": ("US", "Nebraska"), "Nev.": ("US", "Nevada"),
    "N.H.": ("US", "New Hampshire"), "N.J.": ("US", "New Jersey"),
    "N.M.": ("US", "New Mexico"), "N.Y.": ("US", "New York"),
    "N.C.": ("US", "North Carolina"), "N.D.": ("US", "North Dakota"),
    "Okla.": ("US", "Oklahoma"), "Ore.": ("US", "Oregon"), "Pa.": ("US", "Pennsylvania"),
    "R.I.": ("US", "Rhode Island"), "S.C.": ("US", "South Carolina"),
    "S.D.": ("US", "South Dakota"), "Tenn.": ("US", "Tennessee"), "Vt.": ("US", "Vermont"),
    "Va.": ("US", "Virginia"), "Wash.": ("US", "Washington"),
    "W.Va.": ("US", "West Virginia"), "Wis.": ("US", "Wisconsin"),
    "Wyo.": ("US", "Wyoming"), "D.C.": ("US", "District of Columbia"),
    "B.C.": ("CA", "British Columbia"), "Ont.": ("CA", "Ontario"), "Que.": ("CA", "Quebec"),
    "Alta.": ("CA", "Alberta"),
}
# fmt: on

PHRASE_ENDS = re.compile(
    # Not "and": "the Gara and Qandil mountains" shares its head noun.
    r"\s*(?:$|[.;:!?()\u2014\u2013]|,(?!\s*[A-Z])|(?:of|in|on|at|to|into|for|from|with|by|"
    r"where|near|across|since|as|is|are|was|were|has|have|had|that|which)\b)"
)
"""Where a noun phrase ends after a name: punctuation, a preposition, a verb of being or
having, a relative word; not "and" ("the Gara and Qandil mountains" share a head noun)
nor a comma before a name (a list)."""


# Adjectives of continents and world regions, by the name of the area.
AREA_DEMONYMS = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "oceanian": "Oceania",
    "north american": "North America",
    "south american": "South America",
    "antarctic": "Antarctica",
}

# Verbs after a name that make it a person ("Kelly said").
SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "wrote",
        "tweeted",
        "announced",
        "stated",
        "explained",
        "argued",
        "noted",
        "insisted",
        "asked",
        "replied",
        "warned",
        "claimed",
    }
)

# Words before a name that make it part of a person's name or title.
TITLES = frozenset(
    {
        "president",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen",
        "gen.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sheikh",
        "shaikh",
        "sayyed",
        "sayyid",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "commander",
        "colonel",
        "col",
        "col.",
        "lt",
        "lt.",
        "capt",
        "capt.",
        "captain",
        "major",
        "sgt",
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "governor",
        "mayor",
        "judge",
        "ayatollah",
        "imam",
        "emir",
        "sultan",
        "lord",
        "lady",
        "sir",
        "saint",
        "st",
        "spokesman",
        "spokeswoman",
        "leader",
        "chief",
        "ambassador",
        "envoy",
        "admiral",
        "abu",
        "umm",
    }
)

# Capitalised words after a name that make it part of an organisation's name.
ORG_WORDS = frozenset(
    {
        "forces",
        "force",
        "brigades",
        "brigade",
        "army",
        "party",
        "movement",
        "front",
        "council",
        "committee",
        "ministry",
        "university",
        "college",
        "school",
        "command",
        "corps",
        "division",
        "battalion",
        "regiment",
        "company",
        "group",
        "bank",
        "airways",
        "airlines",
        "times",
        "post",
        "news",
        "club",
        "fc",
        "united",
        "hezbollah",
        "mobilisation",
        "mobilization",
        "units",
        "unit",
        "police",
        "guard",
        "guards",
        "operations",
        "institute",
        "tribune",
        "herald",
        "journal",
        "gazette",
        "daily",
        "network",
        "agency",
        "foundation",
        "organization",
        "organisation",
        "association",
        "federation",
        "league",
        "alliance",
        "coalition",
        "government",
        "authority",
        "administration",
        "parliament",
        "assembly",
        "court",
        "office",
        "department",
        "service",
        "services",
        "revolutionary",
        "resistance",
        "liberation",
        "democratic",
        "islamic",
        "national",
        "bureau",
        "commission",
        "representative",
        "embassy",
        "consulate",
        "cup",
        "championship",
    }
)

# Capitalised words that may stand before a place name and are not part of a person's name.
PLACE_PREFIXES = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "greater",
        "upper",
        "lower",
        "new",
        "old",
        "in",
        "at",
        "near",
        "from",
        "to",
        "the",
    }
)

COMPASS = {
    "north": 0.0,
    "northeast": 45.0,
    "north-east": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "west": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
}

# Adjectives that name a part of a place ("western Iraq"), by the bearing of that part
# from the place's centre (None: the middle).
PART_BEARING: dict[str, float | None] = {
    "northern": 0.0,
    "southern": 180.0,
    "eastern": 90.0,
    "western": 270.0,
    "central": None,
    "northeastern": 45.0,
    "northwestern": 315.0,
    "southeastern": 135.0,
    "southwestern": 225.0,
}

# Demonyms of news prose, by the ISO code of their country (plurals are handled apart).
DEMONYMS = {
    "american": "US",
    "americans": "US",
    "british": "GB",
    "briton": "GB",
    "french": "FR",
    "dutch": "NL",
    "turkish": "TR",
    "turk": "TR",
    "turks": "TR",
    "emirati": "AE",
    "saudi": "SA",
    "saudis": "SA",
    "afghan": "AF",
    "afghans": "AF",
    "lebanese": "LB",
    "sudanese": "SD",
    "chinese": "CN",
    "swiss": "CH",
    "greek": "GR",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "polish": "PL",
    "spanish": "ES",
    "irish": "IE",
    "filipino": "PH",
    "qatari": "QA",
    "omani": "OM",
    "bahraini": "BH",
    "kuwaiti": "KW",
    "somali": "SO",
    "yemeni": "YE",
    "israeli": "IL",
    "palestinian": "PS",
    "iranian": "IR",
    "iraqi": "IQ",
    "syrian": "SY",
    "jordanian": "JO",
    "egyptian": "EG",
    "libyan": "LY",
    "russian": "RU",
    "ukrainian": "UA",
    "pakistani": "PK",
    "indian": "IN",
    "bangladeshi": "BD",
    "nigerian": "NG",
    "malian": "ML",
    "ethiopian": "ET",
    "eritrean": "ER",
    "kenyan": "KE",
    "congolese": "CD",
    "burkinabe": "BF",
    "nigerien": "NE",
    "chadian": "TD",
    "algerian": "DZ",
    "moroccan": "MA",
    "tunisian": "TN",
    "german": "DE",
    "italian": "IT",
    "japanese": "JP",
    "korean": "KR",
    "north korean": "KP",
    "mexican": "MX",
    "colombian": "CO",
    "venezuelan": "VE",
    "brazilian": "BR",
    "canadian": "CA",
    "australian": "AU",
    "azerbaijani": "AZ",
    "armenian": "AM",
    "georgian": "GE",
    "belarusian": "BY",
    "south korean": "KR",
    "hungarian": "HU",
    "malaysian": "MY",
    "norwegian": "NO",
    "belgian": "BE",
    "austrian": "AT",
    "portuguese": "PT",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "croatian": "HR",
    "bosnian": "BA",
    "czech": "CZ",
    "slovak": "SK",
    "icelandic": "IS",
    "jamaican": "JM",
    "cuban": "CU",
    "haitian": "HT",
    "salvadoran": "SV",
    "guatemalan": "GT",
    "honduran": "HN",
    "nicaraguan": "NI",
    "peruvian": "PE",
    "chilean": "CL",
    "argentine": "AR",
    "argentinian": "AR",
    "bolivian": "BO",
    "ecuadorian": "EC",
    "thai": "TH",
    "vietnamese": "VN",
    "indonesian": "ID",
    "singaporean": "SG",
    "taiwanese": "TW",
    "mongolian": "MN",
    "nepali": "NP",
    "nepalese": "NP",
    "sri lankan": "LK",
    "burmese": "MM",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "tajik": "TJ",
    "ghanaian": "GH",
    "senegalese": "SN",
    "cameroonian": "CM",
    "ugandan": "UG",
    "rwandan": "RW",
    "tanzanian": "TZ",
    "zimbabwean": "ZW",
    "zambian": "ZM",
    "mozambican": "MZ",
    "angolan": "AO",
    "south african": "ZA",
    "south sudanese": "SS",
    "new zealander": "NZ",
}

# ", the head of ...", ", a senior commander in ...": an appositive that describes a person.
PERSON_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:head|leader|commander|chief|founder|spokesman|spokeswoman|spokesperson|deputy|"
    r"son|daughter|brother|wife|husband|widow|father|mother)s?\s+(?:of|in|for|to)\b",
    re.IGNORECASE,
)
