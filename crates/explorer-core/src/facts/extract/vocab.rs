//! Word lists of the world the rules read: currencies, verbs of change, organisation heads and suffixes, titles, speech verbs, and the sets built from them. Lists of the world, never of one corpus.

use super::*;

/// Currency codes and the ISO 4217 code each stands for.
pub(super) const CURRENCY_CODES: &[&str] = &[
    "USD", "KRW", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "INR", "SGD", "HKD",
    "SAR", "AED", "VND", "IDR", "THB", "MYR", "PHP", "BRL", "MXN", "ZAR", "TRY", "RUB", "SEK",
    "NOK", "DKK", "PLN", "NZD", "TWD", "UZS", "KZT", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP",
    "NGN", "KES", "GHS", "MAD", "TND", "PKR", "LKR", "BDT", "NPR", "MUR", "ARS", "CLP", "PEN",
    "CZK", "HUF", "RON", "ILS", "ISK", "XOF", "XAF", "ETB", "TZS", "UGX", "XDR", "SDR", "RWF",
    "UAH", "GEL", "AZN", "MNT", "KHR", "LAK", "MMK", "ZMW", "BWP", "NAD", "MZN", "AOA", "XPF",
    "FJD", "PGK", "COP", "UYU", "BOB", "PYG", "DOP", "JMD", "TTD", "XCD", "BBD", "BSD", "GYD",
    "CRC", "GTQ", "HNL", "NIO", "PAB", "LBP", "IQD", "IRR", "SYP", "YER", "DZD", "LYD", "SDG",
    "MWK", "SCR", "BND", "MOP", "KGS", "TJS", "TMT", "AMD", "BYN", "MDL", "RSD", "MKD", "ALL",
    "BAM", "BGN", "RUR",
];

/// Currency words written after the number ("1.2 trillion won").
pub(super) const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("won", "KRW"),
    ("US dollars", "USD"),
    ("U.S. dollars", "USD"),
    ("Danish kroner", "DKK"),
    ("Norwegian kroner", "NOK"),
    ("Swedish kronor", "SEK"),
    ("Swiss francs", "CHF"),
    ("Hong Kong dollars", "HKD"),
    ("Singapore dollars", "SGD"),
    ("New Zealand dollars", "NZD"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("baht", "THB"),
    ("rand", "ZAR"),
    ("US dollar", "USD"),
    ("NT dollars", "TWD"),
    ("NT dollar", "TWD"),
    ("Australian dollars", "AUD"),
    ("Canadian dollars", "CAD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
    ("Yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("riyals", "SAR"),
    ("rupees", "INR"),
    ("Euros", "EUR"),
    ("Euro", "EUR"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("shekels", "ILS"),
    ("naira", "NGN"),
    ("cedis", "GHS"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("lira", "TRY"),
    ("reais", "BRL"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("Swedish crowns", "SEK"),
    // The plural "kronor" is Sweden's alone; "kroner" may be Danish or
    // Norwegian.
    ("kronor", "SEK"),
    ("Czech crowns", "CZK"),
    ("koruna", "CZK"),
    ("lei", "RON"),
    ("leva", "BGN"),
    ("lats", "LVL"),
    ("kuna", "HRK"),
    ("somoni", "TJS"),
    ("tenge", "KZT"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("lari", "GEL"),
    ("manats", "AZN"),
    ("manat", "AZN"),
    ("United States dollars", "USD"),
    // Whose franc or dinar, the release's countries say (`local_dollars`).
    ("CFA francs", "XOF"),
    ("francs", "CHF"),
    ("dinars", "DZD"),
];

/// Verbs and words that say which way a figure moved.
pub(super) const UP_WORDS: &[&str] = &[
    // "net interest margin widened 23 basis points".
    "widened",
    "widening",
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "grows",
    "growing",
    "increasing",
    "grown",
    "jumped",
    "jump",
    "surged",
    "surge",
    "climbed",
    "climb",
    "gained",
    "up",
    "higher",
    "expanded",
    "soared",
    "advanced",
    "rebounded",
    "improved",
    "added",
];
pub(super) const DOWN_WORDS: &[&str] = &[
    "narrowed",
    "narrowing",
    "fell",
    "fall",
    "falls",
    "falling",
    "decreasing",
    "declining",
    "fallen",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "decreased",
    "decrease",
    "decreases",
    "down",
    "lower",
    "shrank",
    "shrink",
    "slid",
    "slumped",
    "plunged",
    "contracted",
    "tumbled",
    "lost",
    "dipped",
    "eased",
    "cut",
    "cuts",
    // "business at the dock was off 10 percent".
    "off",
];

/// Head words of organisation names, and company suffixes.
pub(super) const ORG_HEADS_END: &[&str] = &[
    "Ministry",
    "Agency",
    "Association",
    "Institute",
    "Alliance",
    "Council",
    "Committee",
    "Commission",
    "Service",
    "Corporation",
    "Company",
    "Foundation",
    "Federation",
    "Chamber",
    "University",
    "Bank",
    "Fund",
    "Authority",
    "Bureau",
    "Organization",
    "Organisation",
    "Administration",
    "Office",
    "Department",
    "Secretariat",
    "Union",
    "Network",
    "Exchange",
    "Board",
    "Government",
    "Club",
    "Cabinet",
    "Assembly",
    "Community",
    "Force",
    "Navy",
    "Army",
    "Trust",
    "Hospital",
    "Museum",
    // "New Zealand Police", "Victoria Police".
    "Police",
];
/// Head words that make a name defined with an acronym an organisation,
/// though alone they may name a place or a thing: "International Trade
/// Centre (ITC)", "United Auto Workers (UAW)".
pub(super) const DEFINED_HEADS: &[&str] = &[
    "Centre",
    "Center",
    "Centres",
    "Centers",
    "Workers",
    "Laboratory",
    "Laboratories",
    "Court",
    "Police",
    "Party",
    "Forces",
    "Network",
    "Consortium",
    "Forum",
    "Observatory",
    "Academy",
    "College",
    "School",
    "Library",
    "Museum",
    "Registry",
    "Tribunal",
    "Port",
];

/// Words that open a sentence before a comma ("Together, …", "Moreover,
/// …") and are no names, beside the adverbs in "-ly".
pub(super) const SENTENCE_ADVERBS: &[&str] = &[
    "Together",
    "Furthermore",
    "Moreover",
    "However",
    "Meanwhile",
    "Overall",
    "Today",
    "Also",
    "Nevertheless",
    "Nonetheless",
    "Therefore",
    "Thus",
    "Hence",
    "Indeed",
    "Instead",
    "Besides",
    "Likewise",
    "Otherwise",
    "Consequently",
    "Accordingly",
    "Again",
    "Still",
    "Yet",
    "Now",
    "Then",
    "Here",
    "There",
    "Currently",
    "Previously",
    "Subsequently",
];

/// Words of a company's organs: a name made only of these ("Executive
/// Committee", "Capital and Finance Committee", "Executive Board") is the
/// organ of a body named elsewhere, not an organisation.
pub(super) const ORGAN_WORDS: &[&str] = &[
    "Executive",
    "Committee",
    "Board",
    "Supervisory",
    "Audit",
    "Finance",
    "Capital",
    "Steering",
    "Management",
    "Advisory",
    "Nominating",
    "Remuneration",
    "Compensation",
    "Risk",
    "Directors",
];

/// Legislatures and courts, organisations by their bare names ("the
/// Senate", "Congress"): no head word marks them.
pub(super) const LEGISLATURES: &[&str] = &[
    "Congress",
    "Senate",
    "House of Representatives",
    "House of Commons",
    "House of Lords",
    "Parliament",
    "Bundestag",
    "Bundesrat",
    "Federal Court",
    "Supreme Court",
    "High Court",
    "Court of Appeal",
    "Court of Justice",
    "Legislative Council",
    "Knesset",
    "Duma",
    "Storting",
    "Riksdag",
    "Folketing",
    "Eduskunta",
    "Oireachtas",
    "Lok Sabha",
    "Rajya Sabha",
    "Sejm",
    "Senedd",
    "Riigikogu",
    "Saeima",
    "Seimas",
    "Tynwald",
    "Althingi",
    "Alþingi",
    "Verkhovna Rada",
    "National Assembly",
    "Dáil",
    "Dáil Éireann",
    "Seanad",
    "Nationalrat",
    "Sabor",
    "Majlis",
];
/// What the lower house does when a release calls it "the House" ("House
/// passage of …", "the House voted"): with one of these after it, "House"
/// is the chamber, not a home ("House prices rose").
pub(super) const HOUSE_ACTS: &[&str] = &[
    "passage", "passed", "vote", "voted", "votes", "approved", "approval", "bill", "floor",
];
/// Words after which "with" names a party to a deal: "an agreement with
/// Airbus", "partnered with Huawei".
pub(super) const PARTNER_CUES: &[&str] = &[
    "agreement",
    "agreements",
    "partnership",
    "partnerships",
    "contract",
    "contracts",
    "deal",
    "MoU",
    "MOU",
    "collaboration",
    "venture",
    "partnered",
    "partnering",
    "partners",
    "forces",
    "merger",
    "merge",
    "alliance",
    "negotiations",
];
/// Words after which "by" names the company that acts: "acquired by
/// Areva", "operated by Shell".
pub(super) const AGENT_CUES: &[&str] = &[
    "acquired",
    "operated",
    "manufactured",
    "developed",
    "built",
    "rated",
];
/// Words that may follow a deal's party ("an agreement with Airbus to
/// supply …", "acquired by Areva in 2010"); any other lower-case word makes
/// the name a modifier ("acquire the Dunmaglass wind farm").
pub(super) const PARTY_FOLLOWERS: &[&str] = &[
    "to",
    "for",
    "in",
    "and",
    "or",
    "on",
    "at",
    "of",
    "from",
    "which",
    "that",
    "as",
    "who",
    "under",
    "worth",
    "valued",
    "through",
    "over",
    "is",
    "was",
    "will",
    "would",
    "has",
    "have",
    "had",
    "into",
    "with",
    "by",
    "since",
    "until",
    "the",
    "a",
    "an",
    "its",
    "their",
    "covering",
    "including",
    "signed",
    "announced",
    "said",
    "where",
    "when",
    "while",
    "last",
    "this",
    "earlier",
    "following",
    "after",
    "before",
];
/// Words inside a company title after its first ("Chief Executive
/// Officer", "Managing Director"), walked over to find whose title it is.
pub(super) const CORPORATE_TITLE_WORDS: &[&str] = &[
    "Executive",
    "Officer",
    "Operating",
    "Financial",
    "Director",
    "Manager",
    "General",
    "Founder",
    "Chairman",
    "President",
];
/// Days named relative to the release, which open sentences but no names:
/// "Today Pandora announced".
pub(super) const DAY_WORDS: &[&str] = &["Today", "Yesterday", "Tomorrow", "Tonight"];
/// Company suffixes ("Samsung Electronics", "Acme Corp"): names ending in
/// one are organisations too, found by the rule `org.company-suffix`.
pub(super) const COMPANY_SUFFIXES: &[&str] = &[
    "Group",
    "Holdings",
    "Electronics",
    "Dynamics",
    "Motor",
    "Motors",
    "Industries",
    "Solution",
    "Solutions",
    "Display",
    "Logistics",
    "Chemical",
    "Chemicals",
    "Steel",
    "Telecom",
    "Airlines",
    "Airways",
    "Railroad",
    "Laboratories",
    "Railway",
    "Railways",
    "Renewables",
    "Resources",
    "Mining",
    "Minerals",
    "Foods",
    "Brands",
    "Insurance",
    "Pharmaceuticals",
    "Technologies",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "LLC",
    "PLC",
    "plc",
    "Plc",
    "AG",
    "GmbH",
    "Energy",
    "Aerospace",
    "Shipbuilding",
    "Construction",
    "Engineering",
    "Partners",
    "Capital",
    "Limited",
    // Nordic, Dutch and other legal forms: "TeliaSonera AB", "DnB NOR
    // ASA", "Nokia Oyj". Not "SE" or "JSC", which are acronyms as often
    // ("the JCBC and JSC").
    "AB",
    "ASA",
    "Oyj",
    "NV",
    "BV",
    "KGaA",
    "PJSC",
    "Tbk",
    "Pvt",
    "Pte",
    "Bhd",
    "Berhad",
    "Systems",
    "Services",
    "Supply",
    // "BC Hydro", "Manitoba Hydro": a utility named for its power.
    "Hydro",
    // Not "Games", "Networks" or "Communications", which end the names of
    // events, technologies and ministries' portfolios as often.
    "Ventures",
    "Studios",
    "Entertainment",
    "Pictures",
    "Semiconductor",
    "Therapeutics",
    "Biosciences",
    "Robotics",
];
/// Heads that take an "of"/"for" complement: "Ministry of …", "Bank of …".
pub(super) const ORG_HEADS_OF: &[&str] = &[
    "Ministry",
    "Department",
    "Office",
    "Agency",
    "Bureau",
    "Embassy",
    "Institute",
    "Bank",
    "Chamber",
    "University",
    "Council",
    "Commission",
    "Committee",
    "Federation",
    "Association",
    "Administration",
    "Authority",
    "Secretariat",
    "Organization",
    "Organisation",
    "Government",
    "Party",
    "Board",
    "Corporation",
    // "National Museum of Scotland".
    "Museum",
];
/// Plural nouns after which "such as A, B and C" lists organisations.
pub(super) const ORG_PLURALS: &[&str] = &[
    "companies",
    "firms",
    "manufacturers",
    "makers",
    "corporations",
    "enterprises",
    "conglomerates",
    "businesses",
    "startups",
    "start-ups",
    "groups",
    "institutions",
    "organizations",
    "organisations",
    "agencies",
    "banks",
    "universities",
    "automakers",
    "chipmakers",
    "suppliers",
    "vendors",
    "developers",
    "foundries",
    "end-users",
    "operators",
    "carriers",
    "insurers",
    "investors",
    "funds",
    "partners",
    "players",
];
/// Known renames of organisations: (former name, former acronym, current
/// name, current acronym). Both names stay aliases of one entity.
pub(super) const RENAMES: &[(&str, &str, &str, &str)] = &[
    (
        "Ministry of Trade, Industry and Energy",
        "MOTIE",
        "Ministry of Trade, Industry and Resources",
        "MOTIR",
    ),
    (
        "Department for Business, Energy and Industrial Strategy",
        "BEIS",
        "Department for Business and Trade",
        "DBT",
    ),
    (
        "Ministry of Knowledge Economy",
        "MKE",
        "Ministry of Trade, Industry and Energy",
        "MOTIE",
    ),
];
/// Nouns of places and things that end a name which is not a person's or
/// an organisation's ("King Abdullah Economic City", "… Industries Complex").
pub(super) const PLACE_NOUNS: &[&str] = &[
    "City",
    "Complex",
    "Center",
    "Centre",
    "Port",
    "Zone",
    "Park",
    "Hall",
    "Hotel",
    "Inn",
    "Resort",
    "Tower",
    "Building",
    "Street",
    "Avenue",
    "Road",
    "Station",
    "Province",
    "District",
    "County",
    "Valley",
    "Island",
    "Bay",
    "River",
    "Campus",
    "Plant",
    "Factory",
    "Project",
    "Program",
    "Programme",
    "Platform",
    "System",
    "Initiative",
    "Strategy",
];
/// International organisations known by name or acronym everywhere.
pub(super) const INTERNATIONAL_ORGS: &[(&str, &[&str])] = &[
    (
        "World Trade Organization",
        &["World Trade Organization", "WTO"],
    ),
    ("United Nations", &["United Nations", "UN"]),
    // Stock exchanges, named in every listed company's release.
    (
        "New York Stock Exchange",
        &["New York Stock Exchange", "NYSE"],
    ),
    ("Nasdaq Stock Market", &["Nasdaq", "NASDAQ"]),
    ("Euronext", &["Euronext"]),
    (
        "International Monetary Fund",
        &["International Monetary Fund", "IMF"],
    ),
    ("World Bank", &["World Bank"]),
    (
        "Organisation for Economic Co-operation and Development",
        &[
            "Organisation for Economic Co-operation and Development",
            "OECD",
        ],
    ),
    ("North Atlantic Treaty Organization", &["NATO"]),
    (
        "Asia-Pacific Economic Cooperation",
        &["Asia-Pacific Economic Cooperation", "APEC"],
    ),
    (
        "Organization of the Petroleum Exporting Countries",
        &["OPEC"],
    ),
    ("International Atomic Energy Agency", &["IAEA"]),
    ("International Energy Agency", &["IEA"]),
    ("International Labour Organization", &["ILO"]),
    ("World Intellectual Property Organization", &["WIPO"]),
    ("World Health Organization", &["WHO"]),
    ("UNESCO", &["UNESCO"]),
    ("UNCTAD", &["UNCTAD"]),
    ("Asian Development Bank", &["Asian Development Bank", "ADB"]),
    ("Asian Infrastructure Investment Bank", &["AIIB"]),
    (
        "European Bank for Reconstruction and Development",
        &["EBRD"],
    ),
    ("European Investment Bank", &["EIB"]),
    ("Financial Action Task Force", &["FATF"]),
    ("European Commission", &["European Commission"]),
    (
        "United Nations Development Programme",
        &["United Nations Development Programme", "UNDP"],
    ),
    (
        "World Food Programme",
        &["World Food Programme", "World Food Program", "WFP"],
    ),
    (
        "United Nations Environment Programme",
        &["United Nations Environment Programme", "UNEP"],
    ),
    ("United Nations Children's Fund", &["UNICEF"]),
    (
        "Food and Agriculture Organization of the United Nations",
        &["Food and Agriculture Organization", "FAO"],
    ),
    (
        "United Nations Industrial Development Organization",
        &["UNIDO"],
    ),
    ("United Nations Population Fund", &["UNFPA"]),
    ("United Nations High Commissioner for Refugees", &["UNHCR"]),
    (
        "Common Market for Eastern and Southern Africa",
        &["Common Market for Eastern and Southern Africa", "COMESA"],
    ),
    (
        "Economic Community of West African States",
        &["Economic Community of West African States", "ECOWAS"],
    ),
    (
        "African Development Bank",
        &["African Development Bank", "AfDB"],
    ),
    (
        "Inter-American Development Bank",
        &["Inter-American Development Bank", "IDB"],
    ),
    ("New Development Bank", &["New Development Bank", "NDB"]),
    ("European Free Trade Association", &["EFTA"]),
    ("Bank for International Settlements", &["BIS"]),
    ("European Central Bank", &["European Central Bank", "ECB"]),
    ("Eurogroup", &["Eurogroup"]),
    ("European Parliament", &["European Parliament"]),
    ("Europol", &["Europol"]),
    ("Eurojust", &["Eurojust"]),
    ("Interpol", &["Interpol", "INTERPOL"]),
    ("Group of Seven", &["G7", "G-7"]),
    ("Group of Twenty", &["G20", "G-20"]),
    ("World Wide Fund for Nature", &["WWF"]),
    ("Federal Reserve", &["Federal Reserve"]),
    // United States federal bodies that releases everywhere name by their
    // acronyms alone; named without "U.S.", as a country before a name is
    // the mention's, not the name's (see `country_prefixed_orgs`).
    ("Agency for International Development", &["USAID"]),
    ("Department of Housing and Urban Development", &["HUD"]),
    ("Department of Health and Human Services", &["HHS"]),
    ("Federal Emergency Management Agency", &["FEMA"]),
    ("Environmental Protection Agency", &["EPA"]),
    ("Department of Agriculture", &["USDA"]),
    ("National Aeronautics and Space Administration", &["NASA"]),
    ("Food and Drug Administration", &["FDA"]),
    ("National Institutes of Health", &["NIH"]),
    ("Federal Trade Commission", &["FTC"]),
    ("Small Business Administration", &["SBA"]),
    ("Department of Defense", &["DoD", "DOD"]),
    // Armed groups that releases name as actors.
    ("Islamic State of Iraq and the Levant", &["ISIL"]),
    ("Hamas", &["Hamas"]),
];
/// Words that introduce a person's name.
pub(super) const TITLES: &[&str] = &[
    "Prime Minister",
    "Vice Minister",
    "Deputy Minister",
    "Minister",
    "Vice President",
    "President",
    "Co-Chairman",
    "Co-Chair",
    "Co-CEO",
    "Co-Founder",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "CEO",
    "Chief Executive",
    "Deputy Director-General",
    "Director-General",
    "Director General",
    "Director",
    "Secretary-General",
    "Secretary General",
    "Under Secretary",
    "Secretary",
    "Ambassador",
    "Governor",
    // "Mayor Pro Tem Martha Castex-Tatum".
    "Mayor Pro Tem",
    "Mayor",
    "Commissioner",
    "Administrator",
    "Chancellor",
    "King",
    "Crown Prince",
    "First Lady",
    "Prince",
    "Princess",
    "Senator",
    // "Federal Member for Capricornia Michelle Landry", "Member of
    // Parliament Jane Doe".
    "Member of Parliament",
    "Member",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Professor",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Honourable",
    "Honorable",
    "Ms.",
    "Miss",
    // Nigerian forms of address: "Mallam Mele Kyari", "Alhaji Aliko Dangote".
    "Mallam",
    "Alhaji",
    "Alhaja",
    // "Westchester County Executive George Latimer".
    "County Executive",
    // Police ranks, longest first: "ABF Superintendent Kelly-anne Parish".
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Chief Constable",
    "Chief Superintendent",
    "Detective Chief Superintendent",
    "Detective Superintendent",
    "Detective Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Detective Constable",
    "Inspector General",
    "Inspector-General",
    "Superintendent",
    "Inspector",
    "Sergeant",
    "Constable",
    "Trade Minister",
    "Foreign Minister",
    "Finance Minister",
    "Commerce Minister",
    "Head",
    "Vice Premier",
    "Premier",
    "Deputy Prime Minister",
    "DPM",
    "PM",
    "Tánaiste",
    "Taoiseach",
    "State Minister",
    "Shri",
    "Smt.",
    "Hon.",
    "Prof.",
    // "H.E. Ahmed Jasim Al Zaabi", "Eng. Sultan bin Saeed Al Mansoori".
    "H.E.",
    "H.W.",
    "Madam",
    "Madame",
    "Eng.",
    "Engr.",
    "Gov.",
    "Sen.",
    "Rep.",
    "Federal Councillor",
    "Councillor",
    "Councilor",
    // "Cr Schrinner", "Cllr Jane Doe": councillors in Australia and the UK.
    "Cr",
    "Cllr",
    "Consul General",
    "Consul",
    "Deputy Secretary",
    "Assistant Secretary",
    "Vice Chairman",
    "Vice Chair",
    "Executive Director",
    "Deputy Director",
    "Chief Minister",
    "Secretary of State",
    "State Secretary",
    "Permanent Secretary",
    "Attorney General",
    "Datuk Seri",
    "Datuk",
    "Dato' Sri",
    "Dato’ Sri",
    "Dato' Seri",
    "Dato’ Seri",
    "Dato'",
    "Dato’",
    "Dato",
    "YB",
    "Dean",
    "Provost",
    "Rector",
    "Sir",
    "Dame",
    "CFO",
    "COO",
    "CTO",
    "CIO",
    "CMO",
    // "His Highness Sheikh …", "Her Excellency …": forms of address.
    "Highness",
    "Excellency",
    "Majesty",
    "Sheikh",
    "Sheikha",
    "Shaikh",
    "Shaikha",
    // "HE Ebrahim Mohamed Al Hasan": "His Excellency" without stops.
    "HE",
    "Chief Executive Officer",
    "Chief Financial Officer",
    "Chief Investigator",
    "Chief Scientist",
    "Chief Economist",
    "Chief Inspector",
    "Chief Justice",
    "Chief Commissioner",
    "Chief Operating Officer",
    "Chief Technology Officer",
    "Officer",
    "SVP",
    "EVP",
    "Senior Vice President",
    "Executive Vice President",
    "Managing Director",
    "General Manager",
    "Founder",
    // Legislatures ("Speaker Dennis Hastert", "Majority Whip Roy Blunt").
    "Speaker",
    "Majority Leader",
    "Minority Leader",
    "Majority Whip",
    "Minority Whip",
    "Representative",
    "Congressman",
    "Congresswoman",
    // Plural titles before a list of names ("Secretaries Carlos Gutierrez, …").
    "Secretaries",
    "Presidents",
    "Governors",
    "Co-Chairmen",
    "Co-Chairs",
    "Councillors",
    "Councilors",
    "Commissioners",
    "Co-CEOs",
    "Vice-President",
    "Vice-Chairman",
    "Senators",
    "Representatives",
    "Ministers",
    // Malaysian titles ("Datuk Amar", "Datuk Patinggi"; not "Tan Sri":
    // "Tan" is also a surname): the form of address, not the name.
    "Datuk Amar",
    "Datuk Patinggi",
    "Dato' Sri",
    "Datin",
    // Military ranks ("Lt. Gen. Seretse Khama Ian Khama"); not "General",
    // "Major" or "Air" alone, which open names ("General Motors", "Major
    // League Soccer", "Air Canada").
    "Lieutenant General",
    "Brigadier General",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Gen.",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Colonel",
    "Col.",
];
/// The verbs of an attribution that closes a quotation with its speaker
/// beside it: "…,” said Mr Cuzzubbo", "…, says Finn Jønck.", "Kou Wei
/// said:". A narrower list than [`SPEECH_VERBS`]: each must read as speech
/// right after a name or a closing mark, where "announced" or "told" would
/// open a report instead, and "commented" or "concluded" after a company's
/// name ("Jiangxi Jinko commented") as often as after a person's.
pub(super) const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "explained",
    "explains",
    "stressed",
];
/// Verbs that introduce or close a quotation.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    // "went on to say, “…”", "According to Rob Frohn, …: “…”".
    "to say",
    "According to",
    "according to",
    "reported, ",
    "says",
    "stated",
    "states",
    "emphasized",
    "emphasised",
    "added",
    "adds",
    "noted",
    "remarked",
    "stressed",
    "explained",
    "commented",
    "highlighted",
    "underscored",
    "mentioned",
    "urged",
    "pointed out",
    "told",
    "declared",
    "indicated",
    "affirmed",
    "expressed",
    "announced",
    "observed",
    "continued",
    "concluded",
    "asserted",
    "insisted",
    "warned",
    "vowed",
    "pledged",
    "wrote",
    "summarizes",
    "summarises",
    "summarized",
    "summarised",
    "explains",
    "notes",
    "comments",
    "underlined",
    "welcomed",
];
pub(super) const WEEKDAYS: &[&str] = &WEEKDAY_NAMES;
/// Nouns that name a gathering, for event labels.
pub(super) const EVENT_NOUNS: &[&str] = &[
    "meeting",
    "forum",
    "conference",
    "summit",
    "ceremony",
    "exhibition",
    "expo",
    "fair",
    "dialogue",
    "session",
    "talks",
    "roundtable",
    "workshop",
    "seminar",
    "symposium",
    "visit",
    "inspection",
    "briefing",
    "signing",
    "launch",
    "consultation",
    "consultations",
    "call",
];
/// Units counted by quantities that are not plural nouns.
pub(super) const MEASURE_UNITS: &[&str] = &[
    "m²",
    "ft²",
    "sq ft",
    "sq. ft.",
    "km²",
    "km2",
    "m2",
    "km",
    "kg",
    "tons",
    "tonnes",
    "MW",
    "GW",
    "kW",
    "GWh",
    "MWh",
    "TWh",
    "kWh",
    "hectares",
    "ha",
    "acres",
    "TEU",
    "barrels",
    "units",
    "people",
    "Mt/a",
    "Mtpa",
    "mg",
    "ml",
    "boe",
    "bpd",
    "miles",
    "kilometres",
    "kilometers",
    // Singular before the noun they measure: "a 75 kilometre powerline",
    // "the 20 hectare plot".
    "kilometre",
    "kilometer",
    "hectare",
    "tonne",
    "m/t",
    "kV",
    "Mbps",
    "Gbps",
    "MWp",
    "GWp",
    "ft",
    "Mt",
    "Mtonnes",
    "moz",
    "koz",
    "oz",
];
/// Measures written as an adjective after a hyphen: "a 1,700-acre site",
/// "a 400,000-square-foot plant", "a 56-kilometre pipeline".
pub(super) const HYPHEN_UNITS: &[&str] = &[
    "acre",
    "hectare",
    "square-foot",
    "square-feet",
    "square-metre",
    "square-meter",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "metre",
    "meter",
    "foot",
    "tonne",
    "ton",
    "megawatt",
    "gigawatt",
    "MW",
    "GW",
    "unit",
    "bed",
    "room",
    "storey",
    "story",
    "seat",
];
/// Nouns of time: "seven years" is a duration, not a count of things.
pub(super) const TIME_NOUNS: &[&str] = &[
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "times",
    "quarters",
    "centuries",
];

/// Common nouns that describe an organisation named right after them ("the
/// semi-state company Bord na Móna", "chipmaker Arm") or right before them
/// ("Naver, an internet company,").
pub(super) const ORG_DESCRIPTORS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "lender",
    "insurer",
    "startup",
    "start-up",
    "chipmaker",
    "carmaker",
    "automaker",
    "manufacturer",
    "producer",
    "retailer",
    "utility",
    "operator",
    "conglomerate",
    "airline",
    "shipbuilder",
    "shipyard",
    "developer",
    "designer",
    "supplier",
    "provider",
    "group",
    "giant",
    "subsidiary",
    "affiliate",
    "service",
    "maker",
    "brand",
    "chain",
];

/// Last words of names that are not organisations: laws, plans, events.
pub(super) const NOT_BODIES: &[&str] = &[
    "Law",
    "Act",
    "Bill",
    "Plan",
    "Agreement",
    "Program",
    "Programme",
    "Initiative",
    "Strategy",
    "Policy",
    "Forum",
    "Conference",
    "Summit",
    "Meeting",
    "Day",
    "Week",
    "Prize",
    "Award",
    "Project",
    "Fund",
    "Declaration",
    "Report",
];

/// The descriptors as a set: every word of a body is looked up.
pub(super) static DESCRIPTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_DESCRIPTORS.iter().copied().collect());

/// Small words inside multi-word names ("Bord na Móna", "Bank of America").
pub(super) const NAME_CONNECTORS: &[&str] = &[
    "of", "de", "du", "des", "na", "van", "von", "der", "la", "le", "&",
];

/// Titles written in lower case before a name ("minister Lilianne Ploumen").
pub(super) const LOWER_TITLES: &[&str] = &[
    // "says Management Board member Lars Bondo Krogsgaard".
    "member",
    "chief executive officer",
    "chief operating officer",
    "chief financial officer",
    "chief executive",
    // "Customs chief Rey Leonardo Guerrero", "police chief Jane Doe".
    "chief",
    "executive vice president",
    "senior vice president",
    "vice-president",
    "executive director",
    "general manager",
    "managing director",
    "vice president",
    "prime minister",
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "secretary",
    "director",
    "ambassador",
    "governor",
    "commissioner",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "mayor",
    "premier",
    "congresswoman",
    "congressman",
    "senator",
    "professor",
    // "Rugby MP Mark Pawsey": a member of parliament before the name (not
    // a title word, which would read "Nick Clegg MP" as one name).
    "MP",
    "leader",
    "economist",
    "adviser",
    "advisor",
    "owner",
    "founder",
    "co-founder",
    // "his successor, Olaf Sleijpen", "DNB colleague Kunieke Luth", "his
    // Japanese counterpart Yoshimasa Hayashi": relations name a person too.
    "successor",
    "predecessor",
    "counterpart",
    "colleague",
];

/// Each of `TITLES` split into its words, in the same order (the longer
/// titles first), split once rather than at every capitalised word.
pub(super) static TITLE_PARTS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| TITLES.iter().map(|t| t.split(' ').collect()).collect());

/// The last word of each of `TITLES` ("Officer", "Minister"): a role that
/// holds one is a title.
pub(super) static TITLE_LASTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| last_words(TITLES));

/// The last word of each entry of a list of phrases.
fn last_words(list: &[&'static str]) -> HashSet<&'static str> {
    list.iter().filter_map(|t| t.rsplit(' ').next()).collect()
}

/// The one-word `SPEECH_VERBS` in lower case, looked up for every word.
pub(super) static SPEECH_VERB_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    SPEECH_VERBS
        .iter()
        .copied()
        .filter(|v| v.chars().all(|c| c.is_lowercase()))
        .collect()
});

/// The last words of `LOWER_TITLES` ("officer", "chair"), which end a role.
pub(super) static LOWER_TITLE_LASTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| last_words(LOWER_TITLES));

/// The first words of `LOWER_TITLES`, looked up for every word.
pub(super) static LOWER_TITLE_FIRSTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    LOWER_TITLES
        .iter()
        .filter_map(|t| t.split(' ').next())
        .collect()
});

/// Departments named after a title ("Director Renewables"), which are no
/// surnames.
pub(super) const DEPARTMENTS: &[&str] = &[
    "Renewables",
    "Operations",
    "Sales",
    "Marketing",
    "Strategy",
    "Engineering",
    "Research",
    "Products",
    "Services",
    "Markets",
    "Investments",
    "Partnerships",
    "Procurement",
    "Legal",
    "Compliance",
    "Communications",
    "Manufacturing",
    "Supply",
    "Quality",
    "Risk",
    "Treasury",
];

/// Courtesies before a name, which are not roles: "Mr. Arifin Tasrif",
/// "Datuk Darell Leiking".
pub(super) const HONORIFICS: &[&str] = &[
    "Sheikh",
    "Sheikha",
    "Shaikh",
    "Shaikha",
    "HE",
    "Highness",
    "Excellency",
    "Majesty",
    "H.E",
    "Eng",
    "Engr",
    "Mr",
    "Mrs",
    "Miss",
    "Mallam",
    "Alhaji",
    "Alhaja",
    "Ms",
    "Shri",
    "Smt",
    "Hon",
    // "H.W. Erias Lukwago": His Worship, a mayor's form of address.
    "H.W",
    "Madam",
    "Madame",
    "Honourable",
    "Honorable",
    "Datuk",
    "Dato'",
    "Dato",
    "Sri",
    "YB",
    "Sir",
    "Dame",
    "Amar",
    "Patinggi",
    "Datin",
    "Tun",
    "Haji",
    "Hajah",
];

/// Letters written after a name: "Leo Varadkar TD", "Jane Doe MP".
pub(super) const POST_NOMINALS: &[&str] = &[
    "TD", "T.D", "MP", "MEP", "MLA", "MSP", "MPP", "MHK", "MLC", "MNA", "MHA", "QC", "KC", "OBE",
    "CBE", "MBE", "KBE", "PhD", "Jr", "Sr", "HSC", "EGH", "CBS", "MBS",
    // Nigerian national honours: "Muhammadu Buhari GCFR".
    "GCFR", "GCON", "CFR", "OFR",
];

/// Fields in ministers' titles, which end the title before a name:
/// "Minister for Finance Heng Swee Keat".
pub(super) const FIELD_WORDS: &[&str] = &[
    "Trade",
    "Industry",
    "Energy",
    "Finance",
    "Economy",
    "Commerce",
    "Affairs",
    "Enterprise",
    "Employment",
    "Resources",
    "Development",
    "Investment",
    "Agriculture",
    "Health",
    "Education",
    "Defence",
    "Defense",
    "Transport",
    "Environment",
    "Labour",
    "Labor",
    "Innovation",
    "Science",
    "Technology",
    "Planning",
    "Treasury",
    "Justice",
    "Interior",
    "Security",
    "Tourism",
    "Culture",
    "Infrastructure",
    "Fisheries",
    "Business",
    "Promotion",
    "Policy",
    "Communications",
    "Climate",
    "Housing",
    "Industries",
    "Relations",
    "Cooperation",
    "Welfare",
    "Digital",
    "Growth",
];

/// Trade agreements known by their acronym alone, like countries in the
/// gazetteer: every mention is the agreement.
pub(super) const KNOWN_AGREEMENTS: &[&str] = &[
    "CPTPP", "TPP", "RCEP", "NAFTA", "USMCA", "CUSMA", "CETA", "TTIP", "AfCFTA", "IPEF", "GATT",
    "CAFTA-DR", "CAFTA", "KORUS", "AANZFTA", "EVFTA", "JEFTA", "ACFTA",
];

/// Adjectives that open company names but do not name the company alone
/// ("Royal Philips" is "Philips").
pub(super) const GENERIC_OPENERS: &[&str] = &[
    "Banco",
    "Banca",
    "Grupo",
    "Groupe",
    "Royal",
    "National",
    "General",
    "International",
    "Global",
    "United",
    "First",
    "New",
    "Federal",
    "State",
    "Central",
    "Korea",
    "Korean",
    "American",
    "British",
    "European",
    "Asian",
];

/// Verbs that follow the issuer at the start of a company's headline:
/// "TSMC Reports …", "Philips to acquire …", "Michelin is committed …".
pub(super) const HEADLINE_VERBS: &[&str] = &[
    "to",
    "is",
    "are",
    "has",
    "will",
    "reports",
    "reported",
    "announces",
    "announced",
    "completes",
    "completed",
    "acquires",
    "signs",
    "launches",
    "unveils",
    "posts",
    "opens",
    "expands",
    "invests",
    "wins",
    "agrees",
    "receives",
    "joins",
    "partners",
    "celebrates",
    "introduces",
    "plans",
    "becomes",
    "achieves",
    "delivers",
    "breaks",
    "starts",
    "begins",
    "names",
    "appoints",
    "secures",
    "raises",
    "sells",
    "buys",
    "enters",
    "establishes",
    "approves",
    "approved",
    "boosts",
    "builds",
    "selects",
    "reaches",
    "resumes",
    "awards",
    "welcomes",
    "commits",
    "backs",
    "supports",
    "finalises",
    "finalizes",
    "confirms",
    "increases",
    "extends",
    "invest",
    "build",
    "launch",
    "acquire",
    "open",
    "expand",
    "sign",
    "resume",
    "provides",
    "grants",
    "inks",
    "takes",
    "hits",
    "sets",
    "cuts",
    "adds",
    "reveals",
    "issues",
    "releases",
    "teams",
    "collaborates",
    "leads",
    "marks",
    "says",
    "calls",
    "urges",
    "continues",
];

/// Verbs after the issuer that opens a lede: "Volvo Cars announced …".
pub(super) const LEDE_VERBS: &[&str] = &[
    "announced",
    "announces",
    "reported",
    "reports",
    "said",
    "says",
    "completed",
    "completes",
    "signed",
    "signs",
    "unveiled",
    "unveils",
    "launched",
    "launches",
    "posted",
    "posts",
    "agreed",
    "agrees",
    "has",
    "is",
    "will",
    "plans",
    "opened",
    "opens",
    "celebrated",
    "celebrates",
    "received",
    "receives",
    "acquired",
    "acquires",
];

/// Stock exchanges in a ticker ("Royal Philips (NYSE: PHG, …)") and the
/// full name of each that has one, so that "(TSX: ABX)" and "the Toronto
/// Stock Exchange" are one organisation.
pub(super) const EXCHANGES: &[(&str, Option<&str>)] = &[
    ("NYSE", Some("New York Stock Exchange")),
    ("BOVESPA", Some("São Paulo Stock Exchange")),
    ("LATIBEX", None),
    ("BVC", Some("Colombia Stock Exchange")),
    ("NASDAQ", Some("Nasdaq Stock Market")),
    ("Nasdaq", Some("Nasdaq Stock Market")),
    ("AEX", Some("Euronext Amsterdam")),
    ("TSX", Some("Toronto Stock Exchange")),
    ("TSXV", Some("TSX Venture Exchange")),
    ("ASX", Some("Australian Securities Exchange")),
    ("KRX", Some("Korea Exchange")),
    ("KOSPI", None),
    ("KOSDAQ", None),
    ("TWSE", Some("Taiwan Stock Exchange")),
    ("TSE", Some("Tokyo Stock Exchange")),
    ("HKEX", Some("Hong Kong Exchanges and Clearing")),
    ("SEHK", Some("Stock Exchange of Hong Kong")),
    ("SGX", Some("Singapore Exchange")),
    ("NSE", Some("National Stock Exchange of India")),
    ("BSE", Some("Bombay Stock Exchange")),
    ("LSE", Some("London Stock Exchange")),
    ("LON", Some("London Stock Exchange")),
    ("SIX", Some("SIX Swiss Exchange")),
    ("OTC", None),
    ("OTCQX", None),
    ("Euronext", None),
    ("XETRA", None),
    ("OSE", Some("Oslo Stock Exchange")),
    ("JSE", Some("Johannesburg Stock Exchange")),
    ("NZX", Some("New Zealand Exchange")),
    ("BMV", Some("Mexican Stock Exchange")),
    ("TASE", Some("Tel Aviv Stock Exchange")),
    ("SSE", Some("Shanghai Stock Exchange")),
    ("SZSE", Some("Shenzhen Stock Exchange")),
    ("AIM", None),
    ("BVL", Some("Lima Stock Exchange")),
];

/// The entry of `EXCHANGES` for `word`, if it names an exchange.
pub(super) fn exchange(word: &str) -> Option<Option<&'static str>> {
    EXCHANGES.iter().find(|(a, _)| *a == word).map(|(_, n)| *n)
}

/// Countries whose own currency is written "$" at home.
pub(super) const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("AU", "AUD"),
    ("CA", "CAD"),
    ("NZ", "NZD"),
    ("SG", "SGD"),
    ("HK", "HKD"),
    ("TW", "TWD"),
    ("BS", "BSD"),
    ("BB", "BBD"),
    ("BZ", "BZD"),
    ("BM", "BMD"),
    ("BN", "BND"),
    ("KY", "KYD"),
    ("FJ", "FJD"),
    ("GY", "GYD"),
    ("JM", "JMD"),
    ("LR", "LRD"),
    ("NA", "NAD"),
    ("SB", "SBD"),
    ("SR", "SRD"),
    ("TT", "TTD"),
    // The Eastern Caribbean dollar.
    ("AG", "XCD"),
    ("DM", "XCD"),
    ("GD", "XCD"),
    ("KN", "XCD"),
    ("LC", "XCD"),
    ("VC", "XCD"),
    // Dollars of a larger neighbour.
    ("CK", "NZD"),
    ("KI", "AUD"),
    ("TV", "AUD"),
    ("NR", "AUD"),
    // Written "$" at home though not named dollars: Tonga's pa'anga and
    // Samoa's tala.
    ("TO", "TOP"),
    ("WS", "WST"),
];

/// Countries whose currency is written "Rs" at home, besides India.
pub(super) const RUPEE_COUNTRIES: &[(&str, &str)] = &[
    ("PK", "PKR"),
    ("LK", "LKR"),
    ("NP", "NPR"),
    ("MU", "MUR"),
    ("SC", "SCR"),
    // Bangladesh counts taka in crores too.
    ("BD", "BDT"),
];

/// The peso countries other than Mexico, whose "Ps." a release about them
/// means.
pub(super) const PESO_COUNTRIES: &[(&str, &str)] = &[
    ("AR", "ARS"),
    ("CO", "COP"),
    ("CL", "CLP"),
    ("UY", "UYU"),
    ("DO", "DOP"),
    ("PH", "PHP"),
];

/// The franc countries other than Switzerland: Rwanda's, Burundi's,
/// Congo's, Guinea's and Djibouti's francs, and the West and Central African
/// CFA francs.
pub(super) const FRANC_COUNTRIES: &[(&str, &str)] = &[
    ("RW", "RWF"),
    ("BI", "BIF"),
    ("CD", "CDF"),
    ("GN", "GNF"),
    ("DJ", "DJF"),
    ("SN", "XOF"),
    ("CI", "XOF"),
    ("BF", "XOF"),
    ("ML", "XOF"),
    ("NE", "XOF"),
    ("TG", "XOF"),
    ("BJ", "XOF"),
    ("CM", "XAF"),
    ("GA", "XAF"),
    ("CG", "XAF"),
    ("TD", "XAF"),
    ("CF", "XAF"),
    ("GQ", "XAF"),
];

/// The dinar countries.
pub(super) const DINAR_COUNTRIES: &[(&str, &str)] = &[
    ("DZ", "DZD"),
    ("TN", "TND"),
    ("JO", "JOD"),
    ("KW", "KWD"),
    ("BH", "BHD"),
    ("IQ", "IQD"),
    ("LY", "LYD"),
    ("RS", "RSD"),
];

/// Adjectives, provinces, states and the largest cities of the dollar
/// countries, and of the United States.
pub(super) const DOLLAR_PLACES: &[(&str, &[&str])] = &[
    (
        "AU",
        &[
            "Australian",
            // A listing names the home market too.
            "ASX",
            "New South Wales",
            "NSW",
            "Victoria",
            "Queensland",
            "Western Australia",
            "South Australia",
            "Tasmania",
            "Tasmanian",
            "Canberra",
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Adelaide",
            "Hobart",
            "Perth",
            "Darwin",
            "Northern Territory",
            "Townsville",
            "Cairns",
            "Gold Coast",
            "Sunshine Coast",
            "Geelong",
        ],
    ),
    (
        "CA",
        &[
            "Canadian",
            "TSX",
            "Ontario",
            "Quebec",
            "Québec",
            "British Columbia",
            "B.C.",
            "Alberta",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
            "Ottawa",
            "Toronto",
            "Vancouver",
            "Montreal",
            "Calgary",
            "Winnipeg",
            "Edmonton",
            "Saskatoon",
            "Yukon",
            "Nunavut",
            "Northwest Territories",
            "Whitehorse",
            "Yellowknife",
            "Iqaluit",
            "Prince Edward Island",
            "Labrador",
        ],
    ),
    (
        "NZ",
        &[
            "New Zealander",
            "Aotearoa",
            "Wellington",
            "Auckland",
            "Christchurch",
            "Tauranga",
            "Dunedin",
            "Waikato",
            "Otago",
            "Queenstown",
            "Palmerston North",
            "Rotorua",
            "Bay of Plenty",
            "Taranaki",
            "Northland",
            "Invercargill",
            "Māori",
            "Maori",
        ],
    ),
    ("SG", &["Singaporean"]),
    ("HK", &["Hongkonger"]),
    ("TO", &["Tongan"]),
    ("WS", &["Samoan"]),
    ("TW", &["Taiwanese", "Taipei"]),
    // The United States counts against them: a Missouri governor's "$28
    // billion" in a release about Taiwan is in US dollars.
    (
        "US",
        &[
            "American",
            "Alabama",
            "Alaska",
            "Arizona",
            "Arkansas",
            "California",
            "Colorado",
            "Connecticut",
            "Delaware",
            "Florida",
            "Hawaii",
            "Idaho",
            "Illinois",
            "Indiana",
            "Iowa",
            "Kansas",
            "Kentucky",
            "Louisiana",
            "Maine",
            "Maryland",
            "Massachusetts",
            "Michigan",
            "Minnesota",
            "Mississippi",
            "Missouri",
            "Montana",
            "Nebraska",
            "Nevada",
            "New Hampshire",
            "New Jersey",
            "New Mexico",
            "New York",
            "North Carolina",
            "North Dakota",
            "Ohio",
            "Oklahoma",
            "Oregon",
            "Pennsylvania",
            "Rhode Island",
            "South Carolina",
            "South Dakota",
            "Tennessee",
            "Texas",
            "Utah",
            "Vermont",
            "Virginia",
            "Washington",
            "West Virginia",
            "Wisconsin",
            "Wyoming",
        ],
    ),
    // The same evidence for the shilling, peso and franc countries, whose
    // "Sh", "Ps." and "francs" `local_dollars` also resolves.
    ("KE", &["Kenyan", "Nairobi", "Mombasa"]),
    ("UG", &["Ugandan", "Kampala"]),
    ("TZ", &["Tanzanian", "Dar es Salaam", "Dodoma"]),
    ("MX", &["Mexican", "Mexico City"]),
    ("AR", &["Argentine", "Argentinian", "Buenos Aires"]),
    (
        "CH",
        &["Swiss", "Zurich", "Geneva", "Bern", "Basel", "Lausanne"],
    ),
];

/// Last words of the names of meetings, programmes and projects: a place
/// inside such a name ("the ASEAN Economic Ministers Consultations", "the
/// Korea Investment Summit") is part of the name, not a mention of its own.
pub(super) const GATHERING_ENDS: &[&str] = &[
    "Summit",
    "Forum",
    "Conference",
    "Meeting",
    "Meetings",
    "Consultations",
    "Dialogue",
    "Initiative",
    "Programme",
    "Program",
    "Project",
    "Expo",
    "Week",
    "Award",
    "Awards",
    "Fair",
    "Roundtable",
    "Symposium",
    "Exhibition",
    "Show",
    "Vision",
];

/// Every name a country or region goes by, for quick "is this a place?" checks.
pub(super) static PLACE_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .flat_map(|(_, _, a)| a.iter().copied())
        .chain(REGIONS.iter().flat_map(|(_, a)| a.iter().copied()))
        .collect()
});

/// States, provinces and large cities of the gazetteer of local dollars
/// ("Saskatchewan", "Missouri"): places, never organisations by themselves.
pub(super) static SUBNATIONAL_PLACES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    DOLLAR_PLACES
        .iter()
        .flat_map(|(_, places)| places.iter().copied())
        .collect()
});

/// Whether `name` names a place or its people ("Japan", "Saskatchewan",
/// "Japanese"): such a name is never an organisation by itself.
pub(super) fn place_or_nationality(name: &str) -> bool {
    PLACE_NAMES.contains(name) || SUBNATIONAL_PLACES.contains(name) || is_demonym(name)
}

/// One-word place names, for telling demonyms ("Chinese", "Swedish").
static ONE_WORD_PLACES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    PLACE_NAMES
        .iter()
        .copied()
        .filter(|p| !p.contains(' ') && p.chars().count() >= 4)
        .collect()
});

/// Whether `w` is a nationality adjective: "Chinese", "Swedish",
/// "Canadian", "Israeli" share the start of their country's name and end
/// in a demonym suffix; a few ("French", "Dutch", "British") do not.
pub(super) fn is_demonym(w: &str) -> bool {
    demonym_country(w).is_some()
}

/// The country a nationality adjective names, by its canonical name:
/// "Spanish" → "Spain", "Canadian" → "Canada".
pub(super) fn demonym_country(w: &str) -> Option<&'static str> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("French", "France"),
        ("Dutch", "Netherlands"),
        ("British", "United Kingdom"),
        ("Filipino", "Philippines"),
        ("Swiss", "Switzerland"),
        ("Welsh", "Wales"),
        ("Irish", "Ireland"),
        ("Greek", "Greece"),
        ("Danish", "Denmark"),
        ("Finnish", "Finland"),
        ("Polish", "Poland"),
        ("Spanish", "Spain"),
        ("Emirati", "United Arab Emirates"),
        ("Saudi", "Saudi Arabia"),
        ("Scottish", "Scotland"),
        ("English", "England"),
        ("American", "United States"),
    ];
    if let Some((_, c)) = IRREGULAR.iter().find(|(d, _)| *d == w) {
        return Some(c);
    }
    // "South African", "New Zealander", "Saudi Arabian": a country of two
    // words with a suffix.
    if w.contains(' ') {
        return ["n", "an", "ian", "er", "ese", "i"]
            .iter()
            .filter_map(|x| w.strip_suffix(x))
            .find_map(country_of_alias);
    }
    let suffix = ["ese", "ian", "an", "ish", "i", "ic", "ean"]
        .iter()
        .any(|s| w.ends_with(s));
    if !suffix || !w.starts_with(char::is_uppercase) {
        return None;
    }
    ONE_WORD_PLACES
        .iter()
        .filter_map(|p| {
            let common = p.chars().zip(w.chars()).take_while(|(a, b)| a == b).count();
            let n = p.chars().count();
            (common >= 4.min(n - 1) && common >= n.saturating_sub(2)).then_some((common, *p))
        })
        .max()
        .and_then(|(_, p)| country_of_alias(p))
}

/// The canonical name of the country or region one of whose names is `alias`.
pub(super) fn country_of_alias(alias: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(_, _, names)| names.contains(&alias))
        .map(|(name, _, _)| *name)
        .or_else(|| {
            REGIONS
                .iter()
                .find(|(_, names)| names.contains(&alias))
                .map(|(name, _)| *name)
        })
}

/// "Spanish Government", "the U.S. government", "Kenya's government" as
/// "Government of Spain", "Government of the United States", "Government of
/// Kenya": one name for a country's government however it is written.
pub(super) fn government_name(name: &str) -> Option<String> {
    let (place, head) = name.rsplit_once(' ')?;
    if !head.eq_ignore_ascii_case("government") {
        return None;
    }
    let place = place
        .trim_start_matches("the ")
        .trim_end_matches("’s")
        .trim_end_matches("'s");
    // "Manitoba Government": a province or state keeps its own name.
    let country = country_of_alias(place)
        .or_else(|| demonym_country(place))
        .or_else(|| {
            SUBNATIONAL_PLACES
                .get(place)
                .copied()
                .filter(|p| !is_demonym(p))
        })?;
    let the = [
        "United States",
        "United Kingdom",
        "Netherlands",
        "Philippines",
        "United Arab Emirates",
    ]
    .contains(&country);
    Some(format!(
        "Government of {}{country}",
        if the { "the " } else { "" }
    ))
}

/// Organisation head words, as a set: they are checked for every word.
pub(super) static HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    ORG_HEADS_END
        .iter()
        .chain(ORG_HEADS_OF)
        .chain(COMPANY_SUFFIXES)
        .copied()
        .collect()
});

/// The first words of titles, to skip words that cannot open one.
pub(super) static TITLE_STARTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.split(' ').next().unwrap_or(t).trim_end_matches('.'))
        .collect()
});

/// Words that introduce or attribute a quotation, beside the speech verbs:
/// participles ("…,” adding, “…”) and the statement a release reproduces.
pub(super) const SPEECH_CUES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "stressing",
    "emphasizing",
    "emphasising",
    "statement",
    "remarks",
];

/// First words of the titles a company gives ("Chief Executive", "CEO",
/// "Chairman"): a name just before them is the company's.
pub(super) const CORPORATE_TITLE_STARTS: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "Chief",
    "Chairman",
    "Chairwoman",
    "Chair",
    "President",
    "Managing",
    "Founder",
    "Executive",
    "Senior",
    "Vice",
    "General",
    "Group",
];

/// Verbs after two subjects in a headline: "A and B sign …".
pub(super) const PLURAL_HEADLINE_VERBS: &[&str] = &[
    "sign",
    "reach",
    "agree",
    "partner",
    "team",
    "join",
    "announce",
    "form",
    "collaborate",
    "launch",
    "unveil",
    "open",
    "expand",
    "extend",
    "renew",
    "complete",
    "forge",
    "deepen",
    "strengthen",
    "establish",
    "create",
    "invest",
    "build",
    "develop",
    "enter",
    "to",
    "will",
    "ink",
    "seal",
    "close",
    "finalise",
    "finalize",
    "merge",
    "combine",
];

/// Plural titles before a list of names: "Presidents Ezer Weizman and
/// Ernesto Zedillo".
pub(super) const PLURAL_TITLES: &[&str] = &[
    "Co-Chairmen",
    "Co-CEOs",
    "Presidents",
    "Secretaries",
    "Senators",
    "Representatives",
    "Ministers",
    "Governors",
    "Co-Chairs",
    "Councillors",
    "Councilors",
    "Commissioners",
];

/// Lower-cased words that make a role corporate: "regional vice
/// president", "Chief Marketing Officer", "SVP".
pub(super) const CORPORATE_ROLE_WORDS: &[&str] = &[
    "ceo",
    "cfo",
    "coo",
    "cto",
    "svp",
    "evp",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "founder",
    "co-founder",
    "executive",
    "senior",
    "vice",
    "director",
    "managing",
    "head",
    "partner",
    "manager",
    "officer",
    "regional",
    "general",
];

/// Departments a corporate role may name instead of a company: "Vice
/// President of Sales", "Head of Research", "Chairman of the Board".
pub(super) const ROLE_DEPARTMENTS: &[&str] = &[
    "Sales",
    "Marketing",
    "Operations",
    "Finance",
    "Research",
    "Communications",
    "Strategy",
    "Engineering",
    "Technology",
    "Development",
    "Business",
    "Board",
    "Board of Directors",
    "Directors",
    "Products",
    "Product",
    "Investor Relations",
    "Corporate Affairs",
    "Public Affairs",
    "Human Resources",
    "Supply Chain",
    "Legal",
    "Innovation",
    "Company",
    "Group",
    "Government Affairs",
    "Policy",
    "Sustainability",
    "Manufacturing",
    "Procurement",
    // A body named by its kind: "Executive President of the Institution".
    "Institution",
    "Organization",
    "Organisation",
    "Bank",
    "Agency",
    "Corporation",
    "Firm",
    "Foundation",
    "Fund",
    "Council",
    "Committee",
    "Association",
    "Society",
    "University",
];

/// Words of government titles: "Sarawak Chief Minister", "U.S. Vice
/// President" name a place, not a company.
pub(super) const GOVERNMENT_TITLE_WORDS: &[&str] = &[
    "Minister",
    "Premier",
    "Secretary",
    "Governor",
    "Mayor",
    "Ambassador",
    "Commissioner",
    "Senator",
    "Justice",
    "Consul",
];

/// Generic terms a release defines in quotation marks, "(the “Company”)":
/// they stand for a name already given and name nothing new.
pub(super) const DEFINED_TERMS: &[&str] = &[
    "Company",
    "Group",
    "Bank",
    "Fund",
    "Issuer",
    "Offer",
    "Offering",
    "Transaction",
    "Agreement",
    "Notes",
    "Shares",
    "Acquisition",
    "Merger",
    "Seller",
    "Buyer",
    "Purchaser",
    "Parties",
    "Borrower",
    "Lender",
    "Guarantor",
    "Facility",
    "Project",
    "Program",
    "Programme",
];

/// What money is spent or raised as: "5 million pounds of funding" is an
/// amount, "5 million pounds of waste" a weight.
pub(super) const MONEY_NOUNS: &[&str] = &[
    "investment",
    "investments",
    "funding",
    "funds",
    "support",
    "spending",
    "revenue",
    "revenues",
    "capital",
    "savings",
    "grants",
    "grant",
    "public",
    "taxpayers",
    "new",
    "additional",
    "extra",
    "government",
    "private",
    "contracts",
    "business",
    "exports",
    "sales",
    "orders",
    "aid",
    "debt",
    "income",
    "profit",
    "value",
];

/// Acronyms of economics, business and technology that name no
/// organisation: "GDP grew", "FDI rose", "the CEO said".
pub(super) const GENERIC_ACRONYMS: &[&str] = &[
    "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "EVP", "SVP", "GDP", "GNP", "GNI", "FDI", "ICT",
    "R&D", "LNG", "LPG", "CNG", "EPS", "EBIT", "EBITDA", "ROI", "ROE", "CAGR", "SME", "SMES",
    "MSME", "GHG", "PPP", "FTA", "MOU", "IPO", "ESG", "VAT", "GST", "API", "IOT", "GPS", "USB",
    "LED", "LCD", "DNA", "RNA", "HIV", "AIDS", "COVID", "PPE", "ICU", "KPI", "CPI", "PPI", "PMI",
    "NPL", "OCR", "AGM", "EGM", "M&A", "B2B", "B2C", "HVAC", "DIY", "F&B", "JV", "NGO", "NGOS",
    "SEZ", "EEZ", "ODA", "ATM", "POS", "SIM", "TV", "CCTV", "CCS", "CCUS", "EV", "EVS", "BEV",
    "PHEV", "SUV", "SUVS", "CUV", "MPV", "MRO", "OEM", "OEMS", "EPC", "BOT", "PPA", "LOI", "SPA",
    "NDA", "FAQ", "PDF", "URL", "HTML", "CSR", "SDG", "SDGS", "MSMES", "STEM", "TVET", "PHD",
    "MBA", "CET", "GMT", "UTC", "EST", "PST", "AM", "PM", "ISBN", "ISIN", "ADR", "ADS", "NAV",
    "AUM", "TEU", "TEUS", "DWT", "BBL", "MMBTU", "LTE", "WIFI", "CPU", "GPU", "HBM", "DRAM",
    "NAND", "SSD", "AI", "IT", "HR", "PR",
];

/// Capitalised words that open a sentence or a phrase before a country's
/// name without naming anything with it: "Across Europe", "Meanwhile
/// China", "Visit Japan".
pub(super) const NOT_BEFORE_A_COUNTRY_NAME: &[&str] = &[
    "Across",
    "Throughout",
    "Within",
    "Outside",
    "Inside",
    "Beyond",
    "Unlike",
    "Like",
    "Between",
    "Among",
    "Amid",
    "Amidst",
    "Towards",
    "Toward",
    "Via",
    "Per",
    "Despite",
    "Since",
    "Until",
    "Against",
    "Along",
    "Around",
    "Behind",
    "Below",
    "Above",
    "Under",
    "Over",
    "Into",
    "Onto",
    "Upon",
    "After",
    "Before",
    "During",
    "Without",
    "Near",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Meanwhile",
    "Also",
    "Now",
    "Here",
    "There",
    "However",
    "Moreover",
    "Overall",
    "Last",
    "Next",
    "This",
    "That",
    "These",
    "Those",
    "Both",
    "All",
    "Each",
    "Every",
    "Some",
    "Many",
    "Most",
    "Where",
    "When",
    "While",
    "Whereas",
    "Although",
    "Though",
    "Because",
    "Unless",
    "Whether",
    "Then",
    "Thus",
    "Hence",
    "Visit",
    "Welcome",
    "Why",
    "What",
    "How",
    "Who",
    "Which",
    "Did",
    "Does",
    "Will",
    "Can",
    "Could",
    "Would",
    "Should",
    "May",
    "Might",
    "Must",
    "Has",
    "Have",
    "Had",
    "Was",
    "Were",
    "Are",
    "Said",
    "Says",
    "Told",
    "Join",
    "Joins",
    "Beat",
    "Beats",
    "Only",
    "Even",
    "Just",
    "Plus",
    "Minus",
    "Versus",
    "Including",
    "Excluding",
    "From",
    "With",
    "Through",
    "Visiting",
    "Mainland",
    "Greater",
    "Central",
    "Rural",
    "Urban",
    "Coastal",
    "Modern",
    "Ancient",
    "Global",
    "Continental",
    "Metropolitan",
    "Democratic",
    "Republic",
    "Kingdom",
    "Federal",
    "Royal",
    "Imperial",
    "Official",
    "Team",
];

/// Head words of named things that are no organisation: agreements,
/// programmes, plans, reviews.
pub(super) const NOT_A_BODY_WORDS: &[&str] = &[
    "Agreement",
    "Review",
    "Program",
    "Programme",
    "Plan",
    "Act",
    "Initiative",
    "Strategy",
    "Index",
    "Report",
    "Survey",
    "Scheme",
    "Framework",
    "Treaty",
    "Memorandum",
    "Protocol",
];

/// Capitalised nouns that stand before a number without making it a
/// model: "Section 232", "Flight 370", "Route 101".
pub(super) const NOT_A_MAKER: &[&str] = &[
    "Section",
    "Article",
    "Form",
    "Room",
    "Page",
    "Chapter",
    "Rule",
    "Title",
    "Part",
    "Regulation",
    "Resolution",
    "Item",
    "Exhibit",
    "Schedule",
    "Phase",
    "Stage",
    "Level",
    "Grade",
    "Class",
    "Block",
    "Unit",
    "Building",
    "Floor",
    "Gate",
    "Terminal",
    "Highway",
    "Road",
    "Route",
    "Flight",
    "Model",
    "Version",
    "Series",
    "Type",
    "Tier",
    "Zone",
    "District",
    "Ward",
    "Sector",
    "Line",
    "Platform",
    "Batch",
    "Round",
    "Plot",
    "Lot",
    "Suite",
    "Box",
    "Bill",
    "Act",
    "Decree",
    "Law",
    "Order",
    "Number",
    "Figure",
    "Table",
    "Annex",
    "Appendix",
    "Paragraph",
    "Clause",
    "Interstate",
    "State",
    "Street",
    "Avenue",
    "Exit",
    "Pier",
    "Berth",
    "Dock",
    "Hall",
    "Booth",
    "Stand",
    "Channel",
    "Station",
    "Store",
    "Plant",
    "Factory",
    "Mine",
    "Well",
    "Field",
    "Licence",
    "License",
    "Permit",
    "Patent",
    "Case",
    "Docket",
    "Code",
    "Standard",
    "Index",
    "Fund",
    "Year",
    "Days",
    "Top",
    "Fortune",
    "Global",
    "Forbes",
    "Nikkei",
];
