//! The fact extraction rules and the corpus-level resolution of entities.
//!
//! Extraction runs in three passes over a corpus:
//!
//! 1. Acronym definitions ("Korean Agency for Technology and Standards
//!    (KATS, …") are collected from every release, so that a bare "KATS"
//!    anywhere in the corpus is known to be that agency.
//! 2. Each release is scanned by every rule, which propose candidate facts
//!    with the names as written. Overlapping candidates are resolved: the
//!    longest wins, then the more specific kind (a country inside an
//!    organisation's name is part of the name, not a mention). Quotes are
//!    containers and overlap freely.
//! 3. Names become entities, one per organisation, person or country
//!    whatever form it takes ("MOTIE", "Ministry of Trade, Industry and
//!    Energy", "MOTIR" are one ministry; "Minister Kim" is Kim Jung-kwan),
//!    and quote speakers and pronouns are resolved.
//!
//! Every rule is general: gazetteers (currencies, countries, titles,
//! organisation head words, company suffixes, known renames) are lists of
//! the world, never of one corpus.

use super::gazetteer::{COUNTRIES, REGIONS};
use super::{Direction, Entity, EntityKind, Fact, FactData, FactKind, Period};
use crate::date::{Date, MONTH_NAMES, WEEKDAY_NAMES};
use crate::model::Corpus;
use crate::text;
use aho_corasick::{AhoCorasick, MatchKind};
use core::ops::Range;
use regex::Regex;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// FNV-1a. The word sets and tables here are looked up for every word of
/// every body; SipHash's resistance to crafted keys buys nothing for them
/// and costs a tenth of the extraction time.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<Fnv>>;

// ---------------------------------------------------------------------------
// Gazetteers

/// Currency codes and the ISO 4217 code each stands for.
const CURRENCY_CODES: &[&str] = &[
    "USD", "KRW", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "INR", "SGD", "HKD",
    "SAR", "AED", "VND", "IDR", "THB", "MYR", "PHP", "BRL", "MXN", "ZAR", "TRY", "RUB", "SEK",
    "NOK", "DKK", "PLN", "NZD", "TWD", "UZS", "KZT", "QAR", "KWD",
];

/// Currency words written after the number ("1.2 trillion won").
const CURRENCY_WORDS: &[(&str, &str)] = &[
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
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("riyals", "SAR"),
    ("rupees", "INR"),
];

/// Verbs and words that say which way a figure moved.
const UP_WORDS: &[&str] = &[
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
const DOWN_WORDS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "falling",
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
];

/// Head words of organisation names, and company suffixes.
const ORG_HEADS_END: &[&str] = &[
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
];
/// Company suffixes ("Samsung Electronics", "Acme Corp"): names ending in
/// one are organisations too, found by the rule `org.company-suffix`.
const COMPANY_SUFFIXES: &[&str] = &[
    "Group",
    "Holdings",
    "Electronics",
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
    "Pharmaceuticals",
    "Technologies",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "LLC",
    "PLC",
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
    "Pvt",
    "Pte",
    "Bhd",
    "Systems",
];
/// Heads that take an "of"/"for" complement: "Ministry of …", "Bank of …".
const ORG_HEADS_OF: &[&str] = &[
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
];
/// Plural nouns after which "such as A, B and C" lists organisations.
const ORG_PLURALS: &[&str] = &[
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
const RENAMES: &[(&str, &str, &str, &str)] = &[
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
const PLACE_NOUNS: &[&str] = &[
    "City",
    "Complex",
    "Center",
    "Centre",
    "Port",
    "Zone",
    "Park",
    "Hall",
    "Hotel",
    "Tower",
    "Building",
    "Street",
    "Avenue",
    "Road",
    "Airport",
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
const INTERNATIONAL_ORGS: &[(&str, &[&str])] = &[
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
    ("Nasdaq", &["Nasdaq", "NASDAQ"]),
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
];
/// Words that introduce a person's name.
const TITLES: &[&str] = &[
    "Prime Minister",
    "Vice Minister",
    "Deputy Minister",
    "Minister",
    "Vice President",
    "President",
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
    "Mayor",
    "Commissioner",
    "Administrator",
    "Chancellor",
    "King",
    "Crown Prince",
    "Prince",
    "Senator",
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
    "Federal Councillor",
    "Councillor",
    "Councilor",
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
    "Dato'",
    "Dato",
    "YB",
    "Dean",
    "Provost",
    "Rector",
    "Sir",
    "Dame",
    "Chief Executive Officer",
    "Chief Financial Officer",
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
];
/// Verbs that introduce or close a quotation.
const SPEECH_VERBS: &[&str] = &[
    "said",
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
];
const WEEKDAYS: &[&str] = &WEEKDAY_NAMES;
/// Nouns that name a gathering, for event labels.
const EVENT_NOUNS: &[&str] = &[
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
const MEASURE_UNITS: &[&str] = &[
    "m²", "km²", "km2", "m2", "km", "kg", "tons", "tonnes", "MW", "GW", "kW", "GWh", "MWh", "TWh",
    "kWh", "hectares", "ha", "acres", "TEU", "barrels", "units", "people",
];
/// Nouns of time: "seven years" is a duration, not a count of things.
const TIME_NOUNS: &[&str] = &[
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

fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    MONTH_NAMES
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "Sept"))
        })
        .map(|i| i as u8 + 1)
}

// ---------------------------------------------------------------------------
// Candidates

/// A fact as a rule proposes it, with names as written.
#[derive(Clone, Debug)]
struct Cand {
    span: Range<usize>,
    rule: &'static str,
    data: CandData,
}

#[derive(Clone, Debug)]
enum CandData {
    Money {
        amount: f64,
        currency: String,
    },
    Percent {
        value: f64,
        direction: Option<Direction>,
        subject: Option<String>,
        points: bool,
    },
    Quantity {
        value: f64,
        unit: String,
    },
    Org {
        name: String,
        acronym: Option<String>,
    },
    /// A bare acronym defined somewhere in the corpus.
    OrgAcronym {
        acronym: String,
    },
    Person {
        name: String,
        role: Option<String>,
        short: bool,
    },
    Quote {
        speaker_hint: Option<usize>,
    },
    Country {
        name: String,
        code: Option<String>,
    },
    Event {
        date: Date,
        what: String,
    },
    Milestone {
        start: Period,
        end: Period,
        what: String,
    },
    Agreement {
        what: String,
    },
}

impl CandData {
    /// Ties between equally long candidates go to the more specific kind.
    fn rank(&self) -> u8 {
        match self {
            CandData::Money { .. } => 0,
            CandData::Percent { .. } => 1,
            CandData::Event { .. } => 2,
            CandData::Agreement { .. } => 3,
            CandData::Milestone { .. } => 4,
            CandData::Person { .. } => 5,
            // A name defined with its acronym beats the same name found plainly.
            CandData::Org {
                acronym: Some(_), ..
            } => 6,
            CandData::Org { .. } | CandData::OrgAcronym { .. } => 7,
            CandData::Country { .. } => 8,
            CandData::Quantity { .. } => 9,
            CandData::Quote { .. } => 10,
        }
    }
}

// ---------------------------------------------------------------------------
// Compiled rules

struct Rules {
    money_pre: Regex,
    money_post: Regex,
    percent: Regex,
    quantity: Regex,
    date_md: Regex,
    date_dm: Regex,
    date_rel: Regex,
    date_ago: Regex,
    date_dots: Regex,
    milestone_year: Regex,
    milestone_range: Regex,
    milestone_rel: Regex,
    milestone_quarter: Regex,
    milestone_month: Regex,
    milestone_next: Regex,
    agreement: Regex,
    acronym_def: Regex,
    acronym_first: Regex,
    places: AhoCorasick,
    place_of: Vec<(String, Option<String>)>,
    intl: AhoCorasick,
    intl_of: Vec<&'static str>,
}

const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
const NUM_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let codes = CURRENCY_CODES.join("|");
    let words: Vec<&str> = CURRENCY_WORDS.iter().map(|(w, _)| *w).collect();
    let months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.";
    let weekdays = WEEKDAYS.join("|");
    let mut place_names = Vec::new();
    let mut place_of = Vec::new();
    for (name, code, aliases) in COUNTRIES {
        for a in *aliases {
            place_names.push(a.to_string());
            place_of.push((name.to_string(), Some(code.to_string())));
        }
    }
    for (name, aliases) in REGIONS {
        for a in *aliases {
            place_names.push(a.to_string());
            place_of.push((name.to_string(), None));
        }
    }
    // "Saudi" alone names the country in "Korea–Saudi ties".
    place_names.push("Saudi".to_string());
    place_of.push(("Saudi Arabia".to_string(), Some("SA".to_string())));
    let mut intl_names = Vec::new();
    let mut intl_of = Vec::new();
    for (name, aliases) in INTERNATIONAL_ORGS {
        for a in *aliases {
            intl_names.push(*a);
            intl_of.push(*name);
        }
    }
    // ASCII word boundaries: a Unicode \b makes the regex engine leave its
    // fast DFA on text with curly quotes, which press releases are full of.
    let re = |s: &str| {
        Regex::new(&s.replace(r"\b", r"(?-u:\b)")).expect("the extraction patterns are valid")
    };
    Rules {
        money_pre: re(&format!(
            r"(?:\b(?P<code>{codes})\s?|(?P<sym>(?:US|A|C|HK|S|NZ|NT|R)?\$|€|£|¥|₩|₹|₱|₫|฿|₺|₦|₽|₪|\bRs\.?|\bRM|\bRp\.?|\bFr\.)\s?)(?P<num>{NUM})(?:\s?[–~-]\s?(?P<num2>{NUM}))?(?:\s?(?P<scale>trillion|billion|million|thousand|crore|lakh|bn|mn|tn|m|k)\b)?"
        )),
        money_post: re(&format!(
            r"\b(?P<num>{NUM}|{NUM_WORDS}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?:\s(?P<scale>trillion|billion|million|thousand|crore|lakh))?\s(?P<word>{}|{codes})\b",
            words.join("|")
        )),
        percent: re(&format!(
            r"(?:(?P<low>{NUM})\s?(?:~|–|-|to)\s?)?(?P<num>{NUM}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty))\s?(?P<unit>%p?|percent(?:\d{{1,2}})?\b|per\s?cent\b|percentage\s+points?\b|pp\b)"
        )),
        quantity: re(&format!(
            r"(?P<qual>\b(?i:more than|over|about|around|approximately|nearly|almost|up to|at least|some|roughly|an estimated|a total of|less than|fewer than)\s)?\b(?P<num>{NUM}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))|{NUM_WORDS}|(?-i:Twenty|Thirty|Forty|Fifty))(?:\s(?P<scale>million|billion|thousand|hundred))?(?:\s(?P<unit>(?:[A-Z](?:[a-z]+|\.[A-Z]\.)\s)?(?:[a-z][a-z-]*\s){{0,2}}?(?:[a-z][a-z-]*s|people|businesspeople|staff|personnel|children|women|men|aircraft)\b|[A-Z]{{2,}}s\b|[A-Z][a-z]?[A-Z]+s\b|{0})|(?P<glued>{0})\b)",
            MEASURE_UNITS
                .iter()
                .map(|u| regex::escape(u))
                .collect::<Vec<_>>()
                .join("|")
        )),
        date_md: re(&format!(
            r"(?P<on>\b[Oo]n\s)?(?:(?P<wd>{weekdays}),?\s)?(?P<mon>{months})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<year>(?:19|20)\d{{2}})\b)?"
        )),
        date_dm: re(&format!(
            r"(?P<on>\b[Oo]n\s)?(?:(?P<wd>{weekdays}),?\s)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[–-]\s?\d{{1,2}}(?:st|nd|rd|th)?)?\s(?P<mon>{months})(?:,?\s(?P<year>(?:19|20)\d{{2}})\b)?"
        )),
        date_dots: re(r"\b(?:on )?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})\b"),
        date_ago: re(&format!(
            r"\b(?P<n>\d{{1,2}}|{NUM_WORDS}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|[Aa]|[Aa]n)\s(?P<unit>year|month|week|day)s?\sago(?P<today>\stoday)?\b"
        )),
        date_rel: re(&format!(
            r"\b(?P<rel>last|this|next|on|On)\s(?P<wd>{weekdays})\b|\b(?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b"
        )),
        milestone_year: re(
            r"\b(?P<prep>by|until|till|through|before|in|from|for|starting in|beginning in)\s(?:(?P<part>the\s(?:end|first half|second half|latter half|first quarter|second quarter|third quarter|fourth quarter)\sof)\s)?(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?P<year>(?:19|20)\d{2}|FY\s?(?:19|20)\d{2}|fiscal year (?:19|20)\d{2}|next year|this year)\b",
        ),
        milestone_range: re(
            r"\(?(?P<y1>(?:19|20)\d{2})\s?[–—-]\s?(?P<y2>(?:19|20)\d{2})\)?|\bfrom\s(?P<f1>(?:19|20)\d{2})\s(?:to|through|until)\s(?P<f2>(?:19|20)\d{2})\b|\((?P<solo>(?:19|20)\d{2})\)",
        ),
        milestone_rel: re(
            r"\b(?P<when>next year|this year|this month|next month|(?:[Ww]ithin|[Ii]n|[Bb]y|[Dd]uring) the (?:first|second|latter) half(?: of (?:the|this) year)?|(?:[Ii]n|[Bb]y|[Dd]uring|[Ff]or) the (?:first|second|third|fourth) quarter(?: of (?:the|this) year)?)\b(?P<poss>[’']s)?",
        ),
        milestone_month: re(
            r"\b(?:in|by|until|before|during|from)\s(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b",
        ),
        milestone_quarter: re(
            r"\b(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth) quarter(?: of)? (?P<year>(?:19|20)\d{2})\b",
        ),
        milestone_next: re(&format!(
            r"\b(?:[Oo]ver|[Ii]n|[Ww]ithin|[Dd]uring|[Ff]or) the (?:next|coming) (?P<n>\d{{1,2}}|{NUM_WORDS}) years\b"
        )),
        agreement: re(
            r"(?:\b(?P<pfx>[A-Z][\w.]*(?:[–—-][A-Z][\w.]*)+(?:\s[A-Z0-9][\w.]*)*)\s)?(?P<noun>(?P<named>(?:[A-Z](?:[\w-]|\.\w)*\s(?:(?:and|for|on|of)\s)?){1,6}Agreement(?:\s(?:for|on)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)?(?:\s[\[(][A-Z]{2,}[\])])?|\bAgreement\s(?:on|for)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*|\bProtocol\s(?:of|on)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)|[Mm]emorandum of [Uu]nderstanding(?:\s\(MOU\))?|[Mm]emorand(?:a|ums) of [Uu]nderstanding|(?:CPTPP|TPP|RCEP|NAFTA|USMCA|CUSMA|CETA|TTIP|AfCFTA|IPEF|GATT)\b|Memorandum of Cooperation(?:\s\((?:MoC|MOC)\))?|MOUs?\b|MoUs?\b|MoCs?\b|(?:[Ff]ree [Tt]rade|[Tt]rade|[Ii]nvestment|[Cc]ooperation|[Pp]artnership|[Ff]ramework|[Bb]ilateral|[Ss]upply)\s[Aa]greements?\b|FTAs?\b|CEPA\b|EPA\b|[Tt]reaty\b|[Aa]ccord\b|[Pp]act\b|(?:[a-z]{3,}\s){0,2}agreements?\b)",
        ),
        acronym_def: re(r#"\s\([“"]?(?P<acr>[A-Z][A-Za-z0-9&]*)[”"]?(?:\)|,)"#),
        acronym_first: re(
            r"(?P<acr>[A-Z]{2,6}) \((?P<name>[A-Z][\w’'\-]*(?: (?:[A-Z][\w’'\-]*|of|for|and|the|de))*)\)",
        ),
        places: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&place_names)
            .expect("the place gazetteer builds"),
        place_of,
        intl: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&intl_names)
            .expect("the organisation gazetteer builds"),
        intl_of,
    }
});

// ---------------------------------------------------------------------------
// Small text helpers

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Is `body[r]` a whole word (or words): not glued to letters or digits?
fn whole(body: &str, r: &Range<usize>) -> bool {
    let before = body[..r.start]
        .chars()
        .next_back()
        .is_none_or(|c| !word_char(c));
    let after = body[r.end..].chars().next().is_none_or(|c| !word_char(c));
    before && after
}

fn parse_num(s: &str) -> Option<f64> {
    // "twenty-two": tens and units in words.
    if let Some((tens, units)) = s.split_once('-')
        && let (Some(t), Some(u)) = (parse_num(tens), parse_num(units))
        && t >= 20.0
        && u < 10.0
    {
        return Some(t + u);
    }
    let words = [
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("hundred", 100.0),
    ];
    if let Some((_, v)) = words.iter().find(|(w, _)| *w == s) {
        return Some(*v);
    }
    s.replace(',', "").parse().ok()
}

fn scale(s: Option<&str>) -> f64 {
    match s {
        Some("trillion" | "tn") => 1e12,
        Some("billion" | "bn") => 1e9,
        Some("million" | "mn" | "m") => 1e6,
        Some("thousand" | "k") => 1e3,
        Some("crore") => 1e7,
        Some("lakh") => 1e5,
        Some("hundred") => 1e2,
        _ => 1.0,
    }
}

/// Rounds away binary noise: 66.0 * 1e9 and 11.21 * 1e9 print as written.
fn tidy(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    // Only noise: "CHF 356.9341" keeps its fourth decimal.
    if (r - x).abs() < 1e-12 * x.abs().max(1.0) {
        r
    } else {
        x
    }
}

/// The words (byte ranges) of `s`, with a word being a run of letters,
/// digits, hyphens, dots and apostrophes inside a word.
fn words_in(s: &str, offset: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let inner = matches!(c, '-' | '.' | '&' | '’' | '\'')
            && start.is_some()
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        let part = c.is_alphanumeric() || inner;
        match (part, start) {
            (true, None) => start = Some(pos),
            (false, Some(st)) => {
                out.push(offset + st..offset + pos);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(offset + st..offset + s.len());
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A capitalised word that may stand in a name ("Samsung", "M.AX", "LG",
/// "2030" after another word), not a sentence-opening function word.
fn name_word(w: &str) -> bool {
    capitalised(w)
        && !matches!(
            w,
            "The"
                | "A"
                | "An"
                | "In"
                | "On"
                | "At"
                | "By"
                | "For"
                | "Of"
                | "And"
                | "With"
                | "To"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "Its"
                | "Their"
                | "His"
                | "Her"
                | "As"
                | "From"
                | "Under"
                | "Through"
                | "After"
                | "Before"
                | "While"
                | "During"
                | "Since"
                | "Also"
                | "But"
                | "Or"
                | "If"
                | "When"
                | "Meanwhile"
                | "Our"
                | "My"
                | "Your"
        )
}

/// Strips a leading "the " and trailing punctuation from a name.
fn clean_name(s: &str) -> String {
    let s = s.trim().trim_end_matches([',', ';', ':']);
    // "BioTelemetry, Inc." keeps the stop of its abbreviation.
    let abbreviated = ["Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Bros."]
        .iter()
        .any(|a| s.ends_with(a));
    let s = if abbreviated {
        s
    } else {
        s.trim_end_matches('.')
    };
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    s.to_string()
}

fn first_words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// The rules

/// Runs every rule over one body. `acronyms` are the acronyms defined in
/// the corpus, for bare mentions.
fn candidates(
    body: &str,
    defs: &Definitions,
    title: &str,
    published: Date,
    acronyms: &AhoCorasick,
    acronym_list: &[String],
) -> Vec<Cand> {
    let r = &*RULES;
    let mut out = Vec::new();
    money(body, r, &mut out);
    percent(body, r, &mut out);
    quantity(body, r, &mut out);
    // The words of the body, a possessive cut off ("Department of
    // Commerce’s International Trade Administration": it ends a name), for
    // every rule that walks over names.
    let words = words_without_possessives(body);
    organizations(body, &words, defs, &mut out);
    for m in acronyms.find_iter(body) {
        let span = m.start()..m.end();
        // "Name (ACR)": the bracketed acronym belongs to the name's mention.
        let bracketed = body[..span.start]
            .trim_end_matches(['“', '"'])
            .ends_with('(');
        // A short name ("Toyota") inside a longer one ("Toyota Motor North
        // America") is not a mention of it; an all-capitals acronym before
        // a title ("KATS Director") still is.
        let acronym = &acronym_list[m.pattern().as_usize()];
        let in_longer = acronym.chars().any(|c| c.is_lowercase())
            && body[span.end..].starts_with(' ')
            && body[span.end + 1..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(name_word);
        if whole(body, &span) && !bracketed && !in_longer {
            let acronym = acronym.clone();
            out.push(Cand {
                span,
                rule: "org.acronym",
                data: CandData::OrgAcronym { acronym },
            });
        }
    }
    for m in r.intl.find_iter(body) {
        let span = m.start()..m.end();
        // "World Trade Organization (WTO)": the acronym is part of that
        // mention; "(NYSE: PHG)" names the exchange.
        let bracketed = body[..span.start].ends_with('(') && body[span.end..].starts_with(')');
        if whole(body, &span) && !bracketed {
            let name = r.intl_of[m.pattern().as_usize()].to_string();
            out.push(Cand {
                span,
                rule: "org.international",
                data: CandData::Org {
                    name,
                    acronym: None,
                },
            });
        }
    }
    coordinated_and_described(body, &words, &mut out);
    // "European Union" is a bloc whatever head word it ends in, and so is
    // "ASEAN" when a text defines it; "Co., Ltd." alone names nobody.
    out.retain(|c| match &c.data {
        CandData::Org { name, acronym } => {
            !PLACE_NAMES.contains(name.as_str())
                && !acronym.as_deref().is_some_and(|a| PLACE_NAMES.contains(a))
                && !name
                    .split([' ', ','])
                    .filter(|w| !w.is_empty())
                    .all(is_legal_form)
        }
        CandData::OrgAcronym { acronym } => !PLACE_NAMES.contains(acronym.as_str()),
        _ => true,
    });
    persons(body, &words, &mut out);
    countries(body, r, &mut out);
    country_prefixed_orgs(body, &mut out);
    discourse_orgs(body, &words, title, &mut out);
    // Partners of the organisations found by ticker or headline: "Roche
    // (SIX: RO) and Novartis".
    if out
        .iter()
        .any(|c| matches!(c.rule, "org.ticker" | "org.discourse"))
    {
        coordinated_and_described(body, &words, &mut out);
    }
    local_dollars(body, &mut out);
    events(body, published, r, &mut out);
    milestones(body, published, r, &mut out);
    agreements(body, r, &mut out);
    quotes(body, &mut out);
    out
}

fn money(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for c in r.money_pre.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let currency = match (c.name("code"), c.name("sym")) {
            (Some(code), _) => match code.as_str() {
                "RMB" => "CNY".to_string(),
                other => other.to_string(),
            },
            (None, Some(sym)) => match sym.as_str() {
                // A bare "$" is the US dollar unless the release is about a
                // dollar country of its own (see `local_dollars`).
                "$" => "USD",
                "US$" => "USD",
                "NT$" => "TWD",
                "R$" => "BRL",
                "Rs." | "Rs" | "₹" => "INR",
                "RM" => "MYR",
                "Rp" => "IDR",
                "₱" => "PHP",
                "₫" => "VND",
                "฿" => "THB",
                "₺" => "TRY",
                "₦" => "NGN",
                "₽" => "RUB",
                "₪" => "ILS",
                "Fr." => "CHF",
                "zł" => "PLN",
                "A$" => "AUD",
                "C$" => "CAD",
                "HK$" => "HKD",
                "S$" => "SGD",
                "NZ$" => "NZD",
                "€" => "EUR",
                "£" => "GBP",
                "¥" => "JPY",
                "₩" => "KRW",
                _ => continue,
            }
            .to_string(),
            _ => continue,
        };
        let Some(n) = parse_num(&c["num"]) else {
            continue;
        };
        let unit = scale(c.name("scale").map(|s| s.as_str()));
        let amount = tidy(n * unit);
        let rule = match (c.name("code"), c.name("sym").map(|m| m.as_str())) {
            (Some(_), _) => "money.code",
            (None, Some("$")) => "money.dollar",
            _ => "money.symbol",
        };
        // "$7.6–7.8 billion": two amounts, the first taking the scale of the
        // second.
        if let Some(high) = c.name("num2")
            && let Some(h) = parse_num(high.as_str())
        {
            let num_end = c.name("num").expect("num is not optional").end();
            out.push(Cand {
                span: m.start()..num_end,
                rule,
                data: CandData::Money {
                    amount,
                    currency: currency.clone(),
                },
            });
            out.push(Cand {
                span: high.start()..m.end(),
                rule,
                data: CandData::Money {
                    amount: tidy(h * unit),
                    currency,
                },
            });
            continue;
        }
        out.push(Cand {
            span: m.range(),
            rule,
            data: CandData::Money { amount, currency },
        });
    }
    for c in r.money_post.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Some(n) = parse_num(&c["num"].to_lowercase()) else {
            continue;
        };
        // "five euros" is rarely money in a release; "five billion euros" is.
        if c["num"].chars().all(char::is_alphabetic) && c.name("scale").is_none() {
            continue;
        }
        let word = &c["word"];
        let currency = CURRENCY_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, code)| *code)
            .or_else(|| CURRENCY_CODES.iter().find(|c| **c == word).copied())
            .unwrap_or("USD");
        let currency = if currency == "RMB" { "CNY" } else { currency };
        let amount = tidy(n * scale(c.name("scale").map(|s| s.as_str())));
        out.push(Cand {
            span: m.range(),
            rule: "money.word",
            data: CandData::Money {
                amount,
                currency: currency.to_string(),
            },
        });
    }
}

/// The word before byte `at` (skipping spaces), with its range.
fn word_before(body: &str, at: usize) -> Option<Range<usize>> {
    let head = &body[..at];
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() && !head.is_empty() {
        return None; // glued to the previous word
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < trimmed.len()).then_some(start..trimmed.len())
}

fn percent(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for c in r.percent.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Some(value) = parse_num(&c["num"].to_lowercase()) else {
            continue;
        };
        // "14~15 percent", "10.5–11.5%": each bound is a figure of its own.
        if let Some(low) = c.name("low")
            && let Some(v) = parse_num(low.as_str())
        {
            out.push(Cand {
                span: low.range(),
                rule: "percent.range",
                data: CandData::Percent {
                    value: v,
                    direction: None,
                    subject: None,
                    points: false,
                },
            });
        }
        let m = match c.name("low") {
            Some(_) => c.name("num").expect("num is not optional").start()..m.end(),
            None => m.range(),
        };
        // "percent1": a footnote mark is not part of the mention.
        let m = m.start
            ..m.start
                + body[m.clone()]
                    .trim_end_matches(|ch: char| ch.is_ascii_digit())
                    .len();
        if !body[..m.start]
            .chars()
            .next_back()
            .is_none_or(|ch| !ch.is_alphanumeric() && ch != '.')
        {
            continue;
        }
        let points =
            c["unit"].starts_with("percentage") || c["unit"] == *"pp" || c["unit"] == *"%p";
        // "decreased by -0.1%": the sign repeats the verb.
        let signed = body[..m.start].ends_with(" -");
        let mut start = if signed { m.start - 1 } else { m.start };
        let mut direction = None;
        let mut verb_start = None;
        // "rose 12.7 percent", "rose by 12.7 percent", "up 35.8 percent"
        if let Some(w1) = word_before(body, start) {
            let (w1s, by) = if &body[w1.clone()] == "by" {
                (word_before(body, w1.start), true)
            } else {
                (Some(w1.clone()), false)
            };
            if let Some(w) = w1s {
                let word = body[w.clone()].to_lowercase();
                if UP_WORDS.contains(&word.as_str()) {
                    direction = Some(Direction::Up);
                } else if DOWN_WORDS.contains(&word.as_str()) {
                    direction = Some(Direction::Down);
                }
                if direction.is_some() {
                    start = w.start;
                    verb_start = Some(w.start);
                }
            }
            let _ = by;
        }
        // "a 3 percent increase" has no direction: the issue defines it by
        // the verb (or "up"/"down") only, and the annotations follow it.
        let subject = verb_start.and_then(|v| percent_subject(body, v));
        out.push(Cand {
            span: start..m.end,
            rule: if verb_start.is_some() {
                "percent.verb"
            } else {
                "percent.plain"
            },
            data: CandData::Percent {
                value,
                direction,
                subject,
                points,
            },
        });
    }
}

/// What changed, from the words between the clause start and the verb:
/// "Korea’s exports in September 2025 rose" gives "exports".
fn percent_subject(body: &str, verb: usize) -> Option<String> {
    let sentence_start = sentence_of(body, verb).start.min(verb);
    let clause = &body[sentence_start..verb];
    let mut cut = 0;
    for sep in [
        ", ",
        "; ",
        " while ",
        " whereas ",
        " and ",
        " but ",
        "(",
        ": ",
        " as ",
    ] {
        if let Some(i) = clause.rfind(sep) {
            cut = cut.max(i + sep.len());
        }
    }
    let mut s = clause[cut..].trim().to_string();
    let in_parens = clause[cut..].trim().is_empty() && clause.ends_with('(');
    if in_parens {
        // "(up 35.8 percent)": the sentence's own subject.
        let whole = &body[sentence_start..verb];
        let end = whole
            .split_whitespace()
            .position(|w| {
                let w = w.to_lowercase();
                UP_WORDS.contains(&w.as_str())
                    || DOWN_WORDS.contains(&w.as_str())
                    || [
                        "also", "reached", "posted", "recorded", "hit", "set", "was", "were", "is",
                        "are", "came", "stood",
                    ]
                    .contains(&w.as_str())
            })
            .unwrap_or(0);
        s = whole
            .split_whitespace()
            .take(end)
            .collect::<Vec<_>>()
            .join(" ");
    }
    // Drop a possessive owner ("Korea’s exports") and leading articles.
    for marker in ["’s ", "'s "] {
        if let Some(i) = s.rfind(marker) {
            s = s[i + marker.len()..].to_string();
        }
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        [
            "the", "The", "its", "Its", "their", "Their", "also", "while", "and",
        ]
        .contains(w)
    }) {
        words.remove(0);
    }
    // Drop trailing time phrases and adverbs: "in September 2025", "also".
    loop {
        let n = words.len();
        if n >= 1
            && [
                "also",
                "all",
                "year-on-year",
                "on-year",
                "respectively",
                "further",
            ]
            .contains(&words[n - 1])
        {
            words.pop();
            continue;
        }
        if let Some(i) = words
            .iter()
            .rposition(|w| ["in", "during", "for", "from", "since", "over"].contains(w))
        {
            let tail = &words[i + 1..];
            let temporal = !tail.is_empty()
                && tail.iter().all(|w| {
                    month_number(w).is_some()
                        || w.chars().all(|c| c.is_ascii_digit())
                        || [
                            "the", "first", "second", "third", "fourth", "half", "quarter", "year",
                            "month", "last", "this",
                        ]
                        .contains(w)
                });
            if temporal {
                words.truncate(i);
                continue;
            }
        }
        break;
    }
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let mut out = words.join(" ");
    // A capital that only opens the sentence is not part of the name.
    let mut chars = out.chars();
    if let (Some(first), Some(second)) = (chars.next(), chars.next())
        && first.is_uppercase()
        && second.is_lowercase()
    {
        out = first.to_lowercase().chain(out.chars().skip(1)).collect();
    }
    Some(out)
}

fn quantity(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for c in r.quantity.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let num = c.name("num").expect("num is not optional");
        let raw = num.as_str();
        let Some(n) = parse_num(&raw.to_lowercase()) else {
            continue;
        };
        // "70GWh": a unit of measure may be glued to its number.
        let Some(unit) = c.name("unit").or(c.name("glued")) else {
            continue;
        };
        let unit = unit.as_str().to_string();
        let last = unit.rsplit(' ').next().unwrap_or("");
        let before = body[..num.start()].chars().next_back();
        let is_word_number = raw.chars().all(|ch| ch.is_alphabetic() || ch == '-');
        let prev_word =
            word_before(body, c.get(0).map_or(num.start(), |g| g.start())).map(|w| &body[w]);
        let year_like = !raw.contains([',', '.'])
            && (1900.0..=2100.0).contains(&n)
            && c.name("scale").is_none();
        let currency_unit =
            CURRENCY_WORDS.iter().any(|(w, _)| unit.ends_with(w)) || CURRENCY_CODES.contains(&last);
        let skip = currency_unit
            || TIME_NOUNS.contains(&last)
            || ["percent", "percentage"]
                .iter()
                .any(|p| unit.starts_with(p))
            || before.is_some_and(|ch| {
                ch.is_alphanumeric()
                    || matches!(ch, '$' | '€' | '£' | '¥' | '₩' | '-' | '–' | '/' | '.')
            })
            || year_like
            || (is_word_number
                && matches!(
                    prev_word,
                    Some("the" | "The" | "these" | "those" | "both" | "our" | "their" | "its")
                ))
            || prev_word.is_some_and(|w| {
                capitalised(w)
                    && c.name("qual").is_none()
                    && !is_word_number
                    && name_word(w)
                    && !w.ends_with('s')
            })
            || unit.split(' ').any(|w| {
                [
                    "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "is",
                    "are", "was", "were", "has", "have",
                ]
                .contains(&w)
            });
        if skip {
            continue;
        }
        let value = tidy(n * scale(c.name("scale").map(|s| s.as_str())));
        out.push(Cand {
            span: m.range(),
            rule: "quantity.counted",
            data: CandData::Quantity { value, unit },
        });
    }
}

/// The words of `body` (see `words_in`), with a possessive "’s" cut off, so
/// that it ends a name and the next word does not join it.
fn words_without_possessives(body: &str) -> Vec<Range<usize>> {
    words_in(body, 0)
        .into_iter()
        .map(|w| {
            match body[w.clone()]
                .strip_suffix("’s")
                .or_else(|| body[w.clone()].strip_suffix("'s"))
            {
                Some(stem) => w.start..w.start + stem.len(),
                None => w,
            }
        })
        .collect()
}

/// Organisation names: defined with an acronym, headed by an organisation
/// word, ending in a company suffix, or listed after "companies such as".
fn organizations(body: &str, words: &[Range<usize>], defs: &Definitions, out: &mut Vec<Cand>) {
    let text_of = |w: &Range<usize>| &body[w.clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];

    // Name with an acronym in brackets.
    for (name, acronym) in &defs.plain {
        out.push(Cand {
            span: name.clone(),
            rule: "org.defined",
            data: CandData::Org {
                name: clean_name(&body[name.clone()]),
                acronym: Some(acronym.clone()),
            },
        });
    }

    // "ESB (Electricity Supply Board)": the acronym first.
    for (span, name, acronym) in &defs.reverse {
        out.push(Cand {
            span: span.clone(),
            rule: "org.defined-after",
            data: CandData::Org {
                name: name.clone(),
                acronym: Some(acronym.clone()),
            },
        });
    }

    for (i, w) in words.iter().enumerate() {
        let word = text_of(w);
        let plural_noun =
            word.ends_with('s') && ORG_PLURALS.contains(&word.to_lowercase().as_str());
        if !HEADS.contains(word) && !plural_noun {
            continue;
        }
        // "Ministry of Trade, Industry and Energy", "Bank of Korea"
        if ORG_HEADS_OF.contains(&word)
            && let Some(span) = text::org_name_span(body, words, i)
            && span.end > w.end
        {
            let data = CandData::Org {
                name: clean_name(&body[span.clone()]),
                acronym: None,
            };
            out.push(Cand {
                span,
                rule: "org.head-of",
                data,
            });
        }
        // "Korea Semiconductor Industry Association", "Samsung Electronics"
        if ORG_HEADS_END.contains(&word) || COMPANY_SUFFIXES.contains(&word) {
            let mut first = i;
            while first > 0 {
                let g = gap(first - 1, first);
                let prev = text_of(&words[first - 1]);
                // "BioTelemetry, Inc.": a legal form after a comma.
                let legal_comma = first == i
                    && g == ", "
                    && ["Inc", "Ltd", "Corp", "LLC", "PLC", "Limited", "Co"].contains(&word);
                // "Golden Beeworks Pte. Ltd.", "Acme Co., Ltd.": legal forms
                // in a chain keep their stops.
                let legal_chain = matches!(g, ". " | "., ")
                    && ["Pte", "Pvt", "Co", "Sdn", "Inc", "Corp"].contains(&prev);
                let joins = g == " " || g == "–" || g == "-" || legal_comma || legal_chain;
                let numeric = prev.chars().all(|c| c.is_ascii_digit()) && first >= 2;
                // "SK hynix Inc.": a lower-case word after capitals, before a
                // legal form.
                let styled = first == i
                    && is_legal_form(word)
                    && prev.chars().all(|c| c.is_lowercase())
                    && first >= 2
                    && gap(first - 2, first - 1) == " "
                    && text_of(&words[first - 2]).len() >= 2
                    && text_of(&words[first - 2])
                        .chars()
                        .all(|c| c.is_ascii_uppercase());
                if joins
                    && (name_word(prev) || numeric || styled)
                    && !TITLES.contains(&prev)
                    && !prev.ends_with("’s")
                {
                    first -= 1;
                } else {
                    break;
                }
            }
            // "King Salman Maritime Industries Complex" is a place; "the
            // Indian Steel Industry" and "National Steel Policy" go on past
            // a company suffix, so the suffix does not end a company's name.
            let next = words
                .get(i + 1)
                .filter(|_| gap(i, i + 1) == " ")
                .map(text_of);
            let next_is_place = next.is_some_and(|n| PLACE_NOUNS.contains(&n));
            let place_after = next.is_some_and(|n| PLACE_NAMES.contains(n))
                || (i + 2 < words.len()
                    && gap(i + 1, i + 2) == " "
                    && PLACE_NAMES.contains(&body[words[i + 1].start..words[i + 2].end]));
            let name_goes_on = COMPANY_SUFFIXES.contains(&word)
                && !ORG_HEADS_END.contains(&word)
                && !place_after
                && next.is_some_and(|n| {
                    name_word(n) && !TITLE_STARTS.contains(n) && !HEADS.contains(n)
                });
            if next_is_place || name_goes_on {
                continue;
            }
            // The name must start with a name word, not a number.
            while first < i && !name_word(text_of(&words[first])) {
                first += 1;
            }
            // "Toyota Motor North America", "Toray Advanced Materials Korea":
            // a company's branch is named by the place after its suffix.
            let mut end = w.end;
            if COMPANY_SUFFIXES.contains(&word) {
                for n in [2, 1] {
                    if i + n < words.len()
                        && (1..=n).all(|k| gap(i + k - 1, i + k) == " ")
                        && PLACE_NAMES.contains(&body[words[i + 1].start..words[i + n].end])
                    {
                        end = words[i + n].end;
                        break;
                    }
                }
            }
            // "BioTelemetry, Inc.": the abbreviation's stop is the name's.
            if ["Inc", "Co", "Corp", "Ltd"].contains(&word) && body[end..].starts_with('.') {
                end += 1;
            }
            // A country or month alone before a head is not a name ("Korea Energy" may be).
            if first < i {
                let span = words[first].start..end;
                let rule = if COMPANY_SUFFIXES.contains(&word) {
                    "org.company-suffix"
                } else {
                    "org.head"
                };
                // "the Ministry" style generic references have no name word.
                let data = CandData::Org {
                    name: clean_name(&body[span.clone()]),
                    acronym: None,
                };
                out.push(Cand { span, rule, data });
            }
        }
        // "firms such as DEEPX, Mobilint, and FuriosaAI"
        if plural_noun {
            let rest = &body[w.end..];
            let intro = ["such as ", "including ", "like ", "led by "]
                .iter()
                .find_map(|p| {
                    rest.strip_prefix(' ')
                        .and_then(|r| r.strip_prefix(p))
                        .map(|_| 1 + p.len())
                });
            let Some(skip) = intro else { continue };
            let list_start = w.end + skip;
            list_items(body, list_start, out);
        }
    }
}

/// Items of "A, B, and C" (or "A and B") starting at `at`: each a run of
/// name words; the list ends at the first item that is not one.
fn list_items(body: &str, at: usize, out: &mut Vec<Cand>) {
    let end = body[at..]
        .find(['.', ';', ':', '(', '“', '"'])
        .map_or(body.len(), |i| at + i);
    let ws = words_in(&body[at..end], at);
    let mut i = 0;
    while i < ws.len() {
        // Skip the separators "," and "and"/"or" between items.
        while i < ws.len() && matches!(&body[ws[i].clone()], "and" | "or") {
            i += 1;
        }
        let first = i;
        while i < ws.len()
            && (name_word(&body[ws[i].clone()])
                || body[ws[i].clone()].chars().all(|c| c.is_ascii_digit()))
            && (i == first || &body[ws[i - 1].end..ws[i].start] == " ")
        {
            i += 1;
        }
        if i == first {
            break;
        }
        let span = ws[first].start..ws[i - 1].end;
        let name = clean_name(&body[span.clone()]);
        // A country in the list is a country, not a company.
        if !PLACE_NAMES.contains(name.as_str()) {
            out.push(Cand {
                span,
                rule: "org.listed",
                data: CandData::Org {
                    name,
                    acronym: None,
                },
            });
        }
        let sep = ws.get(i).map_or("", |n| &body[ws[i - 1].end..n.start]);
        let next = ws.get(i).map_or("", |n| &body[n.clone()]);
        if !(sep == ", " || (sep == " " && matches!(next, "and" | "or"))) {
            break;
        }
    }
}

/// The acronyms a release defines, found once for the corpus-wide table and
/// the organisation rule.
struct Definitions {
    /// "Name (ACR)": the name's span and the acronym.
    plain: Vec<(Range<usize>, String)>,
    /// "ACR (Full Name)": the mention's span, the name and the acronym.
    reverse: Vec<(Range<usize>, String, String)>,
}

/// (mention span, name, acronym) for each "ACR (Full Name)" whose name's
/// capitalised words give the acronym's letters in order.
fn reverse_acronym_definitions(body: &str, r: &Rules) -> Vec<(Range<usize>, String, String)> {
    let mut out = Vec::new();
    for c in r.acronym_first.captures_iter(body) {
        let (acr, name) = (&c["acr"], &c["name"]);
        let initials: String = name
            .split([' ', '-'])
            .filter(|w| capitalised(w))
            .filter_map(|w| w.chars().next())
            .collect();
        let agreement = name
            .split(' ')
            .any(|w| ["Memorandum", "Agreement", "Treaty", "Accord"].contains(&w));
        let m = c.get(0).expect("group 0 always matches");
        if initials == acr && !agreement && whole(body, &(m.start()..m.start() + acr.len())) {
            out.push((m.range(), name.to_string(), acr.to_string()));
        }
    }
    out
}

/// Common nouns that describe an organisation named right after them ("the
/// semi-state company Bord na Móna", "chipmaker Arm") or right before them
/// ("Naver, an internet company,").
const ORG_DESCRIPTORS: &[&str] = &[
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
];

/// Last words of names that are not organisations: laws, plans, events.
const NOT_BODIES: &[&str] = &[
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
static DESCRIPTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_DESCRIPTORS.iter().copied().collect());

/// Small words inside multi-word names ("Bord na Móna", "Bank of America").
const NAME_CONNECTORS: &[&str] = &[
    "of", "de", "du", "des", "na", "van", "von", "der", "la", "le", "&",
];

/// Whether `w` may open a name: a name word that is no title, month or
/// weekday ("Minister Kim" is a person, "Monday" a date).
fn name_opener(w: &str) -> bool {
    name_word(w)
        && !TITLE_STARTS.contains(w.trim_end_matches('.'))
        && month_number(w).is_none()
        && !WEEKDAYS.contains(&w)
}

/// The run of name words that starts at word `i` of `ws`: name words joined
/// by single spaces, with connectors inside ("Bord na Móna").
fn name_run(body: &str, ws: &[Range<usize>], i: usize) -> Option<usize> {
    if !ws.get(i).is_some_and(|w| name_opener(&body[w.clone()])) {
        return None;
    }
    let mut last = i;
    let mut j = i + 1;
    while j < ws.len() && &body[ws[j - 1].end..ws[j].start] == " " {
        let w = &body[ws[j].clone()];
        if name_word(w) {
            last = j;
        } else if !(NAME_CONNECTORS.contains(&w)
            && ws.get(j + 1).is_some_and(|n| name_word(&body[n.clone()])))
        {
            break;
        }
        j += 1;
    }
    Some(last)
}

/// Organisations known only by their neighbours: names coordinated with an
/// organisation found by another rule ("MUFG Bank, BNP Paribas and AIB"),
/// and names in apposition to a descriptor ("the company Naver", "Naver, a
/// South Korean internet company,"). People and places found at the same
/// mention win over these, by rank and by the place check.
fn coordinated_and_described(body: &str, ws: &[Range<usize>], out: &mut Vec<Cand>) {
    let word_at = |pos: usize| ws.binary_search_by(|w| w.start.cmp(&pos)).ok();
    let word_ending = |pos: usize| ws.binary_search_by(|w| w.end.cmp(&pos)).ok();
    let mut found: Vec<Range<usize>> = Vec::new();
    let accept = |found: &mut Vec<Range<usize>>, span: Range<usize>| {
        let name = clean_name(&body[span.clone()]);
        let words: Vec<&str> = name.split(' ').collect();
        // "this Administration": a head word alone is a generic mention;
        // "Bipartisan Infrastructure Law" names a law, not a body.
        let generic = words.iter().all(|w| HEADS.contains(w));
        let not_a_body = words.last().is_some_and(|w| NOT_BODIES.contains(w));
        if !PLACE_NAMES.contains(name.as_str()) && !generic && !not_a_body && !found.contains(&span)
        {
            found.push(span);
        }
    };
    let orgs: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Org { .. } | CandData::OrgAcronym { .. }))
        .map(|c| c.span.clone())
        .collect();
    // The name run that ends at byte `end`, walking back over name words.
    let run_ending = |end: usize| -> Option<Range<usize>> {
        let last = word_ending(end)?;
        let mut first = last;
        while first > 0
            && &body[ws[first - 1].end..ws[first].start] == " "
            && (name_word(&body[ws[first - 1].clone()])
                || NAME_CONNECTORS.contains(&&body[ws[first - 1].clone()]))
        {
            first -= 1;
        }
        while first < last && !name_opener(&body[ws[first].clone()]) {
            first += 1;
        }
        (name_run(body, ws, first) == Some(last)).then(|| ws[first].start..ws[last].end)
    };
    for org in &orgs {
        // Forward: ", B, C and D" after the organisation. A list ends with
        // "and"/"or"; a comma alone may end a clause instead ("…, DOE is").
        let mut end = org.end;
        // "Roche (SIX: RO, ROG; OTCQX: RHHBY) and Novartis": past the brackets.
        if body[end..].starts_with(" (")
            && let Some(close) = body[end..].find(')')
            && !body[end..end + close].contains('\n')
        {
            end += close + 1;
        }
        let mut items = Vec::new();
        loop {
            let rest = &body[end..];
            let sep = [", and ", ", or ", ", ", " and ", " or "]
                .into_iter()
                .find(|p| rest.starts_with(p));
            let Some(sep) = sep else { break };
            let Some(i) = word_at(end + sep.len()) else {
                break;
            };
            let Some(last) = name_run(body, ws, i) else {
                break;
            };
            items.push(ws[i].start..ws[last].end);
            end = ws[last].end;
            if sep != ", " {
                for item in items.drain(..) {
                    accept(&mut found, item);
                }
                break;
            }
        }
        // Backward: "A, B and" before the organisation.
        let mut start = org.start;
        for sep in [" and ", ", and ", " or ", ", or ", ", ", ", "] {
            let Some(before) = start.checked_sub(sep.len()) else {
                continue;
            };
            let first_item = start == org.start;
            // The organisation must be the last item ("A and ORG"); items
            // before that are joined by commas.
            if first_item == (sep == ", ")
                || !body.is_char_boundary(before)
                || &body[before..start] != sep
            {
                continue;
            }
            let Some(run) = run_ending(before) else { break };
            start = run.start;
            accept(&mut found, run);
        }
    }
    for (i, w) in ws.iter().enumerate() {
        let word = &body[w.clone()];
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) || !DESCRIPTORS.contains(word) {
            continue;
        }
        // "the company Naver": the name follows the descriptor.
        if body[w.end..].starts_with(' ')
            && let Some(last) = name_run(body, ws, i + 1)
        {
            accept(&mut found, ws[i + 1].start..ws[last].end);
        }
        // "the state-owned AI company, Humane,": a name set off by commas.
        if body[w.end..].starts_with(", ")
            && let Some(i) = word_at(w.end + 2)
            && let Some(last) = name_run(body, ws, i)
            && body[ws[last].end..].starts_with([',', '.'])
        {
            accept(&mut found, ws[i].start..ws[last].end);
        }
        // "Naver, a South Korean internet company": the name is before ", a".
        let Some(det) = (i.saturating_sub(5)..i).find(|&j| {
            matches!(&body[ws[j].clone()], "a" | "an" | "the")
                && body[..ws[j].start].ends_with(", ")
        }) else {
            continue;
        };
        if body[ws[det].end..w.start].contains(['.', ',', ';']) {
            continue;
        }
        if let Some(run) = run_ending(ws[det].start - 2) {
            accept(&mut found, run);
        }
    }
    for span in found {
        out.push(Cand {
            data: CandData::Org {
                name: clean_name(&body[span.clone()]),
                acronym: None,
            },
            span,
            rule: "org.neighbour",
        });
    }
}

/// (name span, acronym) for each "Name (ACR)" or "Name (ACR, …" whose
/// acronym fits the name's initials and whose name is an organisation's.
fn acronym_definitions(body: &str, r: &Rules) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for c in r.acronym_def.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let acr = c["acr"].to_string();
        let capitals = acr.chars().filter(|c| c.is_uppercase()).count();
        // "(KATS)", and short names such as "(Afreximbank)" whose letters
        // follow the name (checked below).
        if capitals < 2 && acr.chars().count() < 5 {
            continue;
        }
        // Walk back over the name: name words and connectors.
        let head = &body[..m.start()];
        let ws = words_in(head, 0);
        let mut first = ws.len();
        let mut i = ws.len();
        while i > 0 {
            let w = &head[ws[i - 1].clone()];
            let g = if i < ws.len() {
                &head[ws[i - 1].end..ws[i].start]
            } else {
                ""
            };
            if !(g.is_empty() || g == " " || g == ", " || g == " & " || g == "–" || g == "-") {
                break;
            }
            // "Association, Korea Planning … Institute (KEIT)": a comma after
            // a complete organisation name ends the walk.
            if g == ", " && HEADS.contains(w) {
                break;
            }
            if name_word(w) || (w == "&") {
                first = i - 1;
            } else if !["of", "for", "and", "on", "the", "de", "du"].contains(&w) || i == ws.len() {
                break;
            }
            i -= 1;
        }
        if first == ws.len() {
            continue;
        }
        // "the EU and the East African Community (EAC)": the shortest tail of
        // the walk whose capitalised words give exactly the acronym's
        // letters is the name, when there is one.
        let exact = (first..ws.len()).find(|&k| {
            name_word(&head[ws[k].clone()])
                && (k == first || !name_word(&head[ws[k - 1].clone()]))
                && {
                    let initials: String = ws[k..]
                        .iter()
                        .map(|w| &head[w.clone()])
                        .filter(|w| capitalised(w))
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials == acr
                }
        });
        let first = exact.unwrap_or(first);
        let span = ws[first].start..ws[ws.len() - 1].end;
        let name = &body[span.clone()];
        let words: Vec<&str> = name
            .split([' ', '–', '-'])
            .filter(|w| !w.is_empty())
            .collect();
        let is_org = words.iter().any(|w| HEADS.contains(w));
        let agreement = words
            .iter()
            .any(|w| ["Memorandum", "Agreement", "Treaty", "Accord"].contains(w));
        let initials_ok = acr.chars().next() == name.chars().next() && {
            let lower = name.to_lowercase();
            let mut it = lower.chars();
            acr.to_lowercase().chars().all(|a| it.any(|c| c == a))
        };
        if is_org && !agreement && initials_ok {
            out.push((span, acr));
        }
    }
    out
}

fn persons(body: &str, words: &[Range<usize>], out: &mut Vec<Cand>) {
    // "Minister Bryant’s request": the possessive is not part of the name.
    let mut words = words.to_vec();
    // A middle initial joins the next name: "Jennifer M. Granholm".
    let mut k = 0;
    while k + 1 < words.len() {
        let w = &body[words[k].clone()];
        let initial = w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
        // "Jyotiraditya M Scindia": the stop may be left out after a given
        // name.
        let given_before = k > 0
            && &body[words[k - 1].end..words[k].start] == " "
            && capitalised(&body[words[k - 1].clone()])
            && body[words[k - 1].clone()].chars().any(char::is_lowercase);
        let gap_ok = match &body[words[k].end..words[k + 1].start] {
            ". " => true,
            " " => given_before,
            _ => false,
        };
        if initial && gap_ok && capitalised(&body[words[k + 1].clone()]) {
            words[k] = words[k].start..words[k + 1].end;
            words.remove(k + 1);
        }
        k += 1;
    }
    let w = |i: usize| &body[words[i].clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];
    // Called for most capitalised words several times: the set lookups go
    // first and nothing allocates.
    let is_name_token = |s: &str| {
        name_word(s)
            && s.chars().any(|c| c.is_lowercase())
            && !TITLE_STARTS.contains(s)
            && !HEADS.contains(s)
            && !PLACE_NAMES.contains(s)
            && !PLACE_NOUNS.contains(&s)
            && !WEEKDAYS.contains(&s)
            && month_number(s).is_none()
            && !EVENT_NOUNS.iter().any(|e| e.eq_ignore_ascii_case(s))
    };
    let mut i = 0;
    while i < words.len() {
        if !TITLE_STARTS.contains(w(i)) {
            i += 1;
            continue;
        }
        // Titles may be two words ("Prime Minister", "Director-General").
        let title_len = TITLES.iter().find_map(|t| {
            let parts: Vec<&str> = t.split(' ').collect();
            let fits = parts
                .iter()
                .enumerate()
                .all(|(k, p)| i + k < words.len() && w(i + k) == p.trim_end_matches('.'))
                && (1..parts.len()).all(|k| gap(i + k - 1, i + k) == " ");
            fits.then_some(parts.len())
        });
        let Some(tl) = title_len else {
            i += 1;
            continue;
        };
        let title_end = i + tl - 1;
        // The title's complement: "of Trade, Industry and Energy", "for Trade".
        let mut role_end = title_end;
        let mut name_from = title_end + 1;
        if let Some(span) = text::org_name_span(body, &words, title_end)
            && span.end > words[title_end].end
        {
            role_end = words
                .iter()
                .position(|x| x.end == span.end)
                .unwrap_or(title_end);
            // "Governor of Indiana Eric Holcomb, Senator Todd Young, …": a
            // comma before another title ends this role (and its name).
            // "Director General for Africa, Nnenna Nwabufo, said": so does a
            // comma before a name of two or three words that ends the run.
            let apposed_name = |k: usize| {
                let run = (k..words.len().min(k + 4))
                    .take_while(|&t| is_name_token(w(t)) && (t == k || gap(t - 1, t) == " "))
                    .count();
                let after = k + run;
                (2..=3).contains(&run)
                    && (after >= words.len()
                        || gap(after - 1, after).starts_with([',', '.', ';', ':'])
                        || (!capitalised(w(after))
                            && !matches!(w(after), "and" | "of" | "for" | "the")))
            };
            if let Some(k) = (title_end + 1..=role_end).find(|&k| {
                gap(k - 1, k) == ", "
                    && ((TITLE_STARTS.contains(w(k)) && !FIELD_WORDS.contains(&w(k)))
                        || apposed_name(k))
            }) {
                role_end = k - 1;
            }
            name_from = role_end + 1;
        }
        // "Ambassador to the UK", "Trade Commissioner to Europe": a "to"
        // complement of capitalised words.
        if role_end == title_end && name_from + 1 < words.len() && w(name_from) == "to" {
            let mut k = name_from + 1;
            if w(k) == "the" {
                k += 1;
            }
            let mut last = None;
            while k < words.len() && capitalised(w(k)) && gap(k - 1, k) == " " {
                last = Some(k);
                k += 1;
            }
            if let Some(l) = last {
                role_end = l;
                name_from = l + 1;
            }
        }
        // Collect name tokens after the role: "President Kim Dae-ja", or in
        // apposition, "Afreximbank President, Benedict Oramah, …".
        let lead_gap = if name_from < words.len() {
            gap(role_end, name_from)
        } else {
            ""
        };
        let mut j = name_from;
        // "President Park Geun-hye": a family name that is also a place
        // noun, before a hyphenated given name.
        let korean_family = |j: usize| {
            PLACE_NOUNS.contains(&w(j))
                && j + 1 < words.len()
                && gap(j, j + 1) == " "
                && w(j + 1).contains('-')
                && capitalised(w(j + 1))
        };
        while j < words.len()
            && j < name_from + 3
            && (is_name_token(w(j)) || (j == name_from && korean_family(j)))
            && (if j == name_from {
                // "Mr. Arifin Tasrif": the stop of an abbreviated title.
                lead_gap == " "
                    || lead_gap == ", "
                    || (lead_gap == ". "
                        && name_from == title_end + 1
                        && ["Mr", "Mrs", "Ms", "Dr", "Smt", "Hon", "Prof"].contains(&w(title_end)))
            } else {
                gap(j - 1, j) == " "
            })
        {
            j += 1;
        }
        // "Governor of Indiana Eric Holcomb", "… Technology Policy Arati
        // Prabhakar": three words after a preposition or a field word are the
        // end of the role and a name of two.
        if j - name_from == 3
            && (FIELD_WORDS.contains(&w(name_from))
                || (name_from > 0 && matches!(w(name_from - 1), "of" | "in" | "for" | "at" | "to")))
        {
            name_from += 1;
        }
        let mut apposed_role = false;
        if lead_gap == ", " {
            let closed =
                j < words.len() && gap(j - 1, j).starts_with([',', '.']) || j == words.len();
            // "President, Iron Ore, Ian Ashby said": the words between the
            // commas complete the role when a name follows them.
            let name_follows = closed
                && j + 1 < words.len()
                && gap(j - 1, j) == ", "
                && is_name_token(w(j))
                && is_name_token(w(j + 1))
                && gap(j, j + 1) == " ";
            if j - name_from < 2 || !closed || name_follows {
                apposed_role = name_follows;
                j = name_from;
            }
        }
        // A name ends its run of capitals: "King Abdullah Economic City" is a
        // place; letters after a name ("Leo Varadkar TD") are no part of it.
        let run_goes_on = j < words.len()
            && j > name_from
            && gap(j - 1, j) == " "
            && name_word(w(j))
            && !POST_NOMINALS.contains(&w(j));
        // "Under Secretary for Trade and Foreign Agricultural Affairs Alexis
        // M. Taylor will …": a long role, then the name at the end of the
        // run of capitals, after the role's last field word.
        let preposition_next = name_from == j
            && name_from < words.len()
            && matches!(w(name_from), "of" | "to" | "in" | "for");
        if run_goes_on
            || apposed_role
            || (name_from == j && (role_end > title_end || preposition_next))
        {
            let mut end = title_end + 1;
            let mut last_cap = None;
            // Commas join only "President, Iron Ore, Ian Ashby"; elsewhere a
            // comma ends the role and its name (lists of people).
            let mut commas = 0;
            while end < words.len() {
                let g = gap(end - 1, end);
                let word = w(end);
                if g == ", " {
                    commas += 1;
                }
                let joins = matches!(g, " " | " & ") || (g == ", " && apposed_role && commas <= 2);
                if !joins {
                    break;
                }
                if capitalised(word) {
                    last_cap = Some(end);
                } else if !matches!(word, "of" | "for" | "and" | "the" | "on" | "to" | "in") {
                    break;
                }
                end += 1;
            }
            // The name: the last two or three words of the run, after a word
            // that can end a role (a field, an organisation's head word, a
            // place, or for two words any capitalised word or a comma).
            let found = last_cap.and_then(|last| {
                [3, 2].into_iter().find_map(|len| {
                    let start = (last + 1).checked_sub(len)?;
                    if start < title_end + 2 {
                        return None;
                    }
                    let tokens_ok = (start..=last).all(|t| {
                        is_name_token(w(t))
                            && !FIELD_WORDS.contains(&w(t))
                            && (t == start || gap(t - 1, t) == " ")
                    });
                    let p = start - 1;
                    let before = w(p);
                    let place_before = PLACE_NAMES.contains(before)
                        || (p > 0
                            && gap(p - 1, p) == " "
                            && PLACE_NAMES.contains(&body[words[p - 1].start..words[p].end]));
                    let ends_role =
                        FIELD_WORDS.contains(&before) || HEADS.contains(before) || place_before;
                    let role_ok = if len == 3 {
                        ends_role && gap(p, start) == " "
                    } else {
                        ends_role
                            || gap(p, start) == ", "
                            || (capitalised(before) && !TITLE_STARTS.contains(before))
                    };
                    (tokens_ok && role_ok).then_some((start, last))
                })
            });
            match found {
                Some((start, last)) => {
                    let span = words[start].start..words[last].end;
                    out.push(Cand {
                        span: span.clone(),
                        rule: "person.long-role",
                        data: CandData::Person {
                            name: body[span].to_string(),
                            role: Some(body[words[i].start..words[start - 1].end].to_string()),
                            short: false,
                        },
                    });
                    i = last + 1;
                    continue;
                }
                None if run_goes_on => {
                    i += 1;
                    continue;
                }
                None => {}
            }
        }
        let mut name_tokens = name_from..j;
        // "Minister for Trade Yeo Han-koo": the complement swallowed the name.
        if name_tokens.is_empty() && role_end > title_end {
            let tail: Vec<usize> = (title_end + 2..=role_end).collect();
            let plain_tail = tail.len() >= 3
                && tail.windows(2).all(|p| gap(p[0], p[1]) == " ")
                && is_name_token(w(role_end))
                && is_name_token(w(role_end - 1))
                && tail.iter().all(|&t| !matches!(w(t), "and" | "of"));
            let hyphenated = w(role_end).contains('-')
                && w(role_end)
                    .split('-')
                    .nth(1)
                    .is_some_and(|s| s.starts_with(char::is_lowercase));
            if plain_tail || (hyphenated && tail.len() >= 3) {
                // The name is what follows the last field word, two or three
                // words: "for Finance Heng Swee Keat".
                let names = tail
                    .iter()
                    .rev()
                    .take_while(|&&t| is_name_token(w(t)) && !FIELD_WORDS.contains(&w(t)))
                    .count();
                let len = names.clamp(2, 3);
                name_tokens = role_end + 1 - len..role_end + 1;
                role_end -= len;
            }
        }
        let role = body[words[i].start..words[role_end].end].to_string();
        // "Mr", "Shri", "Honourable" are courtesies, not roles.
        let honorific = role_end == title_end && HONORIFICS.contains(&w(title_end));
        if name_tokens.len() >= 2 || (name_tokens.len() == 1 && w(name_tokens.start).contains('-'))
        {
            let span = words[name_tokens.start].start..words[name_tokens.end - 1].end;
            out.push(Cand {
                span: span.clone(),
                rule: "person.title-name",
                data: CandData::Person {
                    name: body[span].to_string(),
                    role: (!honorific).then_some(role),
                    short: false,
                },
            });
            i = name_tokens.end;
            continue;
        }
        if name_tokens.len() == 1
            && role_end == title_end
            && !FIELD_WORDS.contains(&w(name_tokens.start))
            && !DEPARTMENTS.contains(&w(name_tokens.start))
        {
            // "Minister Kim": a short reference, resolved later.
            let span = words[i].start..words[name_tokens.start].end;
            out.push(Cand {
                span,
                rule: "person.title-surname",
                data: CandData::Person {
                    name: w(name_tokens.start).to_string(),
                    role: Some(role),
                    short: true,
                },
            });
            i = name_tokens.end;
            continue;
        }
        i += 1;
    }
    // "trade and development minister Lilianne Ploumen", "chief executive
    // Sam Walsh": a title in lower case right before a name.
    for k in 0..words.len() {
        // Most words open no title: one set lookup before any matching.
        if !LOWER_TITLE_FIRSTS.contains(w(k)) {
            continue;
        }
        let title_len = LOWER_TITLES.iter().find_map(|t| {
            let n_parts = t.split(' ').count();
            let fits = t
                .split(' ')
                .enumerate()
                .all(|(n, p)| k + n < words.len() && w(k + n) == p)
                && (1..n_parts).all(|n| gap(k + n - 1, k + n) == " ");
            fits.then_some(n_parts)
        });
        let Some(tl) = title_len else { continue };
        let from = k + tl;
        if from >= words.len() || gap(from - 1, from) != " " {
            continue;
        }
        let mut j = from;
        while j < words.len()
            && j < from + 3
            && is_name_token(w(j))
            && (j == from || gap(j - 1, j) == " ")
        {
            j += 1;
        }
        let run_goes_on = j < words.len() && gap(j - 1, j) == " " && name_word(w(j));
        if j - from < 2 || run_goes_on {
            continue;
        }
        let span = words[from].start..words[j - 1].end;
        out.push(Cand {
            span: span.clone(),
            rule: "person.lower-title",
            data: CandData::Person {
                name: body[span].to_string(),
                role: Some(body[words[k].start..words[from - 1].end].to_string()),
                short: false,
            },
        });
    }
    // "Chris Bryant, the UK Minister of State …", "Kim Jung-kwan, Minister of …"
    for k in 0..words.len() {
        let mut j = k;
        while j < words.len()
            && j < k + 3
            && is_name_token(w(j))
            && (j == k || gap(j - 1, j) == " ")
        {
            j += 1;
        }
        if j - k < 2 || j >= words.len() || gap(j - 1, j) != ", " {
            continue;
        }
        if k > 0 && is_name_token(w(k - 1)) && gap(k - 1, k) == " " {
            continue; // not the start of the run
        }
        // "Governor of Indiana Eric Holcomb, …": after a preposition the
        // first word is the role's, and the title rule names the person.
        if k > 0 && matches!(w(k - 1), "of" | "in" | "for" | "at" | "to") {
            continue;
        }
        let after = &body[words[j - 1].end + 2..];
        let after = after.strip_prefix("the ").unwrap_or(after);
        // The role runs to a comma, a semicolon or a sentence's stop (not the
        // stops of "U.K.").
        let role_clause = &after[..clause_end(after)];
        let role_words: Vec<&str> = role_clause.split(' ').collect();
        // "Tetsuo Ogawa, president and chief executive officer, …": roles
        // are often lower case after a name.
        let titled = role_words.iter().take(6).any(|rw| {
            let mut cap = rw.chars();
            let cap: String = cap
                .next()
                .map(|f| f.to_uppercase().chain(cap).collect())
                .unwrap_or_default();
            TITLES
                .iter()
                .any(|t| t.split(' ').next_back() == Some(cap.as_str()))
        });
        // "Eric Holcomb, Senator Todd Young, …": a list of titled names, not
        // a name and its role.
        let segment = role_clause;
        let seg_words: Vec<&str> = segment.split(' ').filter(|w| !w.is_empty()).collect();
        let n = seg_words.len();
        let list = n >= 3
            && seg_words[n - 2..].iter().all(|t| is_name_token(t))
            && !PLACE_NAMES.contains(seg_words[n - 2..].join(" ").as_str())
            && capitalised(seg_words[n - 3]);
        if titled && !list {
            let span = words[k].start..words[j - 1].end;
            let role = role_clause.trim().trim_end_matches('.').to_string();
            out.push(Cand {
                span: span.clone(),
                rule: "person.name-role",
                data: CandData::Person {
                    name: body[span].to_string(),
                    role: Some(role),
                    short: false,
                },
            });
        }
    }
}

/// Is the place at `span` part of a compound name such as "U.S.-India CEO
/// Forum" or "U.S.-Africa Business Forum": joined by a hyphen or dash to
/// other capitalised words that run on to a name's head word?
fn in_compound_name(body: &str, span: &Range<usize>) -> bool {
    // Walk to the end of the capitalised run that contains the place.
    let start = body[..span.start]
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let rest = &body[start..];
    if !rest[..span.end - start].contains(['-', '–']) && !body[span.end..].starts_with(['-', '–'])
    {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let run: Vec<&str> = words
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .copied()
        .collect();
    run.len() >= 2
        && run.last().is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            HEADS.contains(w)
                || PLACE_NOUNS.contains(&w)
                || [
                    "Forum",
                    "Summit",
                    "Dialogue",
                    "Business",
                    "Partnership",
                    "Area",
                    "Region",
                    "Zone",
                    "Corridor",
                    "Package",
                    "Initiative",
                    "Programme",
                    "Program",
                    "Plan",
                    "Strategy",
                    "Facility",
                    "Agenda",
                    "Framework",
                ]
                .contains(&w)
        })
}

/// Where the clause starting `s` ends: at a comma, a semicolon, or a stop
/// that ends a sentence (after a lower-case letter, so "U.K." goes on).
fn clause_end(s: &str) -> usize {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b',' | b';' | b'\n' => return i,
            b'.' if i > 0 && b[i - 1].is_ascii_lowercase() => return i,
            _ => {}
        }
    }
    s.len()
}

/// Titles written in lower case before a name ("minister Lilianne Ploumen").
const LOWER_TITLES: &[&str] = &[
    "chief executive",
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
];

/// The first words of `LOWER_TITLES`, looked up for every word.
static LOWER_TITLE_FIRSTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    LOWER_TITLES
        .iter()
        .filter_map(|t| t.split(' ').next())
        .collect()
});

/// Departments named after a title ("Director Renewables"), which are no
/// surnames.
const DEPARTMENTS: &[&str] = &[
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
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Shri",
    "Smt",
    "Hon",
    "Honourable",
    "Honorable",
    "Datuk",
    "Dato'",
    "Dato",
    "Sri",
    "YB",
    "Sir",
    "Dame",
];

/// Letters written after a name: "Leo Varadkar TD", "Jane Doe MP".
const POST_NOMINALS: &[&str] = &[
    "TD", "MP", "MEP", "MLA", "MSP", "MPP", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "PhD", "Jr",
    "HSC", "EGH", "CBS", "MBS",
];

/// Fields in ministers' titles, which end the title before a name:
/// "Minister for Finance Heng Swee Keat".
const FIELD_WORDS: &[&str] = &[
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
const KNOWN_AGREEMENTS: &[&str] = &[
    "CPTPP", "TPP", "RCEP", "NAFTA", "USMCA", "CUSMA", "CETA", "TTIP", "AfCFTA", "IPEF", "GATT",
];

/// Adjectives that open company names but do not name the company alone
/// ("Royal Philips" is "Philips").
const GENERIC_OPENERS: &[&str] = &[
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
const HEADLINE_VERBS: &[&str] = &[
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
];

/// Verbs after the issuer that opens a lede: "Volvo Cars announced …".
const LEDE_VERBS: &[&str] = &[
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

/// Stock exchanges in a ticker: "Royal Philips (NYSE: PHG, …)".
const EXCHANGES: &[&str] = &[
    "NYSE", "NASDAQ", "Nasdaq", "AEX", "TSX", "ASX", "KRX", "KOSPI", "KOSDAQ", "TWSE", "TSE",
    "HKEX", "SEHK", "SGX", "NSE", "BSE", "LSE", "SIX", "OTC", "OTCQX", "Euronext", "XETRA",
];

/// Organisations named once and mentioned again in other ways, "one sense
/// per discourse": every other mention of a name found as an organisation;
/// a company's first distinctive word ("Infineon" for "Infineon
/// Technologies AG"); an acronym made of a name's initials ("TSMC"); a
/// company named by a stock ticker; and the issuer named as the subject of
/// the headline ("TSMC Reports …"). A name that is a person's or a place's
/// is left alone.
fn discourse_orgs(body: &str, ws: &[Range<usize>], title: &str, out: &mut Vec<Cand>) {
    // (surface, canonical name)
    let mut known: Vec<(String, String)> = Vec::new();
    let person_words: HashSet<&str> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .flat_map(|c| body[c.span.clone()].split(' '))
        .collect();
    let acceptable = |name: &str| {
        !name.is_empty()
            && !PLACE_NAMES.contains(name)
            && !name.split(' ').any(|w| person_words.contains(w))
            && name.split(' ').all(|w| !TITLE_STARTS.contains(w))
    };
    // Exchanges inside a ticker's brackets: "(SIX: RO, ROG; OTCQX: RHHBY)".
    for w in ws.iter() {
        let word = &body[w.clone()];
        if body[w.end..].starts_with(':')
            && EXCHANGES.contains(&word)
            && body[..w.start].ends_with(['(', ' '])
            && body[..w.start]
                .rfind('(')
                .is_some_and(|o| !body[o..w.start].contains(')'))
        {
            out.push(Cand {
                span: w.clone(),
                rule: "org.exchange",
                data: CandData::Org {
                    name: word.to_string(),
                    acronym: None,
                },
            });
        }
    }
    // Companies by ticker: "Name (NYSE: XYZ" or "Name (TWSE: 2330".
    for (i, w) in ws.iter().enumerate() {
        if !body[w.end..].starts_with(':')
            || !body[..w.start].ends_with(" (")
            || !EXCHANGES.contains(&&body[w.clone()])
        {
            continue;
        }
        let end = w.start - 2;
        let Some(last) = (0..i).rev().find(|&k| ws[k].end == end) else {
            continue;
        };
        let mut first = last;
        while first > 0
            && &body[ws[first - 1].end..ws[first].start] == " "
            && name_word(&body[ws[first - 1].clone()])
        {
            first -= 1;
        }
        let name = clean_name(&body[ws[first].start..ws[last].end]);
        if name_word(&body[ws[first].clone()]) && acceptable(&name) {
            out.push(Cand {
                span: ws[first].start..ws[last].end,
                rule: "org.ticker",
                data: CandData::Org {
                    name: name.clone(),
                    acronym: None,
                },
            });
        }
    }
    // The issuer as the subject of the lede: "Volvo Cars announced today
    // that …", "TSMC today announced …". Its first distinctive word names
    // it later ("Volvo").
    let mut issuer: Option<String> = None;
    let mut k = 0;
    while k < ws.len() && k < 5 && name_word(&body[ws[k].clone()]) {
        if k > 0 && &body[ws[k - 1].end..ws[k].start] != " " {
            break;
        }
        k += 1;
    }
    if k > 0 && k < ws.len() && &body[ws[k - 1].end..ws[k].start] == " " {
        let mut v = k;
        if &body[ws[v].clone()] == "today" && v + 1 < ws.len() {
            v += 1;
        }
        let verb = &body[ws[v].clone()];
        let name = &body[ws[0].start..ws[k - 1].end];
        if LEDE_VERBS.contains(&verb) && name_opener(&body[ws[0].clone()]) && acceptable(name) {
            known.push((name.to_string(), name.to_string()));
            if k > 1 {
                let first = &body[ws[0].clone()];
                if !GENERIC_OPENERS.contains(&first)
                    && first.chars().count() >= 3
                    && acceptable(first)
                {
                    known.push((first.to_string(), name.to_string()));
                }
            }
            issuer = Some(name.to_string());
        }
    }
    // The headline's subject.
    let tw = words_in(title, 0);
    let mut j = 0;
    while j < tw.len() && name_word(&title[tw[j].clone()]) && j < 4 {
        if j > 0 && &title[tw[j - 1].end..tw[j].start] != " " {
            break;
        }
        if HEADLINE_VERBS.contains(&title[tw[j].clone()].to_lowercase().as_str()) {
            break;
        }
        j += 1;
    }
    if j > 0
        && j < tw.len()
        && HEADLINE_VERBS.contains(&title[tw[j].clone()].to_lowercase().as_str())
    {
        let name = &title[tw[0].start..tw[j - 1].end];
        if acceptable(name) && name_opener(&title[tw[0].clone()]) && body.contains(name) {
            // "Volvo" in the headline, "Volvo Cars" in the lede: one company.
            let canonical = issuer
                .as_ref()
                .filter(|i| i.starts_with(&format!("{name} ")))
                .map_or(name, |i| i.as_str());
            known.push((name.to_string(), canonical.to_string()));
        }
    }
    for c in out.iter() {
        let CandData::Org { name, .. } = &c.data else {
            continue;
        };
        let surface = &body[c.span.clone()];
        if surface.split(' ').all(capitalised) && !surface.contains(['(', ',']) {
            known.push((surface.to_string(), name.clone()));
        }
        let words: Vec<&str> = name.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        // "SK hynix" for "SK hynix Inc.", "Infineon Technologies" for
        // "Infineon Technologies AG": the name without its legal form.
        if let Some((stem, form)) = name.rsplit_once(' ')
            && is_legal_form(form)
        {
            let stem = stem.trim_end_matches(',');
            if stem.contains(' ') || stem.chars().count() >= 3 {
                known.push((stem.to_string(), name.clone()));
            }
        }
        // A company's first distinctive word.
        let company = words.last().is_some_and(|w| {
            let w = w.trim_end_matches('.');
            COMPANY_SUFFIXES.contains(&w) || is_legal_form(w)
        }) || c.rule == "org.ticker"
            || name.ends_with(" University");
        if company && words.len() >= 2 {
            let first = words.iter().find(|w| !GENERIC_OPENERS.contains(w));
            if let Some(f) = first
                && f.chars().count() >= 3
                && !HEADS.contains(f)
                && !COMPANY_SUFFIXES.contains(f)
                && acceptable(f)
            {
                known.push((f.to_string(), name.clone()));
            }
        }
        // An acronym of the initials, with or without the legal form
        // ("TSMC" for "Taiwan Semiconductor Manufacturing Company"), of the
        // name and of the mention ("U.S. Department of Agriculture").
        let surface_words: Vec<&str> = surface
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .collect();
        for (words, with_form) in [(&words, true), (&words, false), (&surface_words, true)] {
            let capitals: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| capitalised(w) && (with_form || !is_legal_form(w)))
                .collect();
            if capitals.len() >= 3 {
                // "U.S. Department of Agriculture" gives "USDA": a dotted
                // abbreviation gives all its letters.
                let initials: String = capitals
                    .iter()
                    .flat_map(|w| {
                        if w.contains('.') {
                            w.chars().filter(|c| c.is_uppercase()).collect::<Vec<_>>()
                        } else {
                            w.chars().next().into_iter().collect()
                        }
                    })
                    .collect();
                known.push((initials, name.clone()));
            }
        }
    }
    // One scan per surface: the first name given for it wins.
    let mut seen = HashSet::default();
    known.retain(|(surface, _)| surface.len() >= 2 && seen.insert(surface.clone()));
    let mut taken: Vec<Range<usize>> = out
        .iter()
        .filter(|c| !matches!(c.data, CandData::Quote { .. }))
        .map(|c| c.span.clone())
        .collect();
    taken.sort_by_key(|r| r.start);
    // Whether `span` overlaps a taken span (sorted by start; spans are short).
    let overlaps = |taken: &[Range<usize>], span: &Range<usize>| {
        let i = taken.partition_point(|t| t.start < span.end);
        taken[..i].iter().rev().take(8).any(|t| span.start < t.end)
    };
    let mut added: Vec<Range<usize>> = Vec::new();
    for (surface, name) in &known {
        for (at, _) in body.match_indices(surface.as_str()) {
            let span = at..at + surface.len();
            // "Toyota Motor Corporation (Toyota)" defines the short name.
            let bracketed = body[..span.start].ends_with(['(', '“', '"'])
                && body[..span.start]
                    .trim_end_matches(['“', '"'])
                    .ends_with('(');
            if !whole(body, &span)
                || bracketed
                || overlaps(&taken, &span)
                || added
                    .iter()
                    .any(|t| t.start < span.end && span.start < t.end)
            {
                continue;
            }
            // Part of a longer name: "Toyota Motor North America".
            let longer_after = ws
                .binary_search_by(|w| w.start.cmp(&(span.end + 1)))
                .is_ok_and(|k| {
                    &body[span.end..ws[k].start] == " " && name_word(&body[ws[k].clone()])
                });
            let longer_before = body[..span.start].ends_with(' ')
                && word_before(body, span.start).is_some_and(|w| {
                    let w = &body[w];
                    name_word(w) && !matches!(w, "The") && !HEADLINE_VERBS.contains(&w)
                });
            if longer_after || longer_before {
                continue;
            }
            added.push(span.clone());
            out.push(Cand {
                span,
                rule: "org.discourse",
                data: CandData::Org {
                    name: name.clone(),
                    acronym: None,
                },
            });
        }
    }
}

/// "U.S. Small Business Administration": a country written just before an
/// organisation's name is part of that mention, not a mention of its own.
fn country_prefixed_orgs(body: &str, out: &mut [Cand]) {
    let countries: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Country { .. }))
        .map(|c| c.span.clone())
        .collect();
    for c in out.iter_mut() {
        // The name stays as it is ("Small Business Administration"), so the
        // mention keeps one entity with its acronym.
        if !matches!(c.data, CandData::Org { .. })
            || !body[..c.span.start].ends_with(' ')
            || body[c.span.clone()].starts_with("the ")
        {
            continue;
        }
        if let Some(country) = countries.iter().find(|k| k.end + 1 == c.span.start) {
            c.span = country.start..c.span.end;
        }
    }
}

/// Countries whose own currency is written "$" at home.
const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("AU", "AUD"),
    ("CA", "CAD"),
    ("NZ", "NZD"),
    ("SG", "SGD"),
    ("HK", "HKD"),
    ("TW", "TWD"),
];

/// Adjectives, provinces and states of the dollar countries.
const DOLLAR_PLACES: &[(&str, &[&str])] = &[
    (
        "AU",
        &[
            "Australian",
            "New South Wales",
            "Queensland",
            "Western Australia",
            "South Australia",
            "Tasmania",
            "Tasmanian",
            "Canberra",
        ],
    ),
    (
        "CA",
        &[
            "Canadian",
            "Ontario",
            "Quebec",
            "Québec",
            "British Columbia",
            "Alberta",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
            "Ottawa",
        ],
    ),
    ("NZ", &["New Zealander", "Aotearoa", "Wellington"]),
    ("SG", &["Singaporean"]),
    ("HK", &["Hongkonger"]),
    ("TW", &["Taiwanese", "Taipei"]),
];

/// A bare "$" in a release about Australia, Canada, New Zealand, … is that
/// country's dollar: an Australian minister's "$20 billion" is in AUD. The
/// release is about the country it names most, when it names it more often
/// than the United States.
fn local_dollars(body: &str, out: &mut [Cand]) {
    if !out.iter().any(|c| c.rule == "money.dollar") {
        return;
    }
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for c in out.iter() {
        if let CandData::Country {
            code: Some(code), ..
        } = &c.data
        {
            *counts.entry(code.as_str()).or_default() += 1;
        }
    }
    // "Australian exporters", "Ontario's economy": adjectives, provinces and
    // states say where a release is from as much as the country's name.
    for (code, words) in DOLLAR_PLACES {
        for w in *words {
            let n = body
                .match_indices(w)
                .filter(|(at, _)| whole(body, &(*at..*at + w.len())))
                .count();
            *counts.entry(code).or_default() += n;
        }
    }
    *counts.entry("US").or_default() += body.matches("American").count();
    let us = counts.get("US").copied().unwrap_or(0);
    let local = DOLLAR_COUNTRIES
        .iter()
        .map(|(code, cur)| (counts.get(code).copied().unwrap_or(0), *cur))
        .max()
        .filter(|(n, _)| *n > us && *n >= 2);
    let Some((_, currency)) = local else { return };
    for c in out.iter_mut() {
        if c.rule == "money.dollar"
            && let CandData::Money { currency: cur, .. } = &mut c.data
        {
            *cur = currency.to_string();
        }
    }
}

/// Last words of the names of meetings, programmes and projects: a place
/// inside such a name ("the ASEAN Economic Ministers Consultations", "the
/// Korea Investment Summit") is part of the name, not a mention of its own.
const GATHERING_ENDS: &[&str] = &[
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
];

/// Whether the place at `span` opens or sits inside a run of capitalised
/// words (digits allowed) that ends in one of `GATHERING_ENDS`.
fn in_named_gathering(body: &str, span: &Range<usize>) -> bool {
    let rest = &body[span.end..];
    let mut last = "";
    for (k, w) in rest.split(' ').skip(1).take(6).enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let cap = bare.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !cap || (k > 0 && last.ends_with([',', '.', ';', ':', ')'])) {
            break;
        }
        if GATHERING_ENDS.contains(&bare) {
            return true;
        }
        last = w;
    }
    false
}

fn countries(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for m in r.places.find_iter(body) {
        let span = m.start()..m.end();
        if !whole(body, &span) {
            continue;
        }
        let (name, code) = &r.place_of[m.pattern().as_usize()];
        // "Panama City", "Mexico City": a city named after its country.
        if in_compound_name(body, &span)
            || body[span.end..].starts_with(" City")
            || in_named_gathering(body, &span)
        {
            continue;
        }
        out.push(Cand {
            span,
            rule: "country.gazetteer",
            data: CandData::Country {
                name: name.clone(),
                code: code.clone(),
            },
        });
    }
}

fn resolve_day(published: Date, month: u8, day: u8, year: Option<u16>) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    // No year: the one that puts the date nearest the publication date.
    let candidates = [
        published.year.checked_sub(1),
        Some(published.year),
        published.year.checked_add(1),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(|y| Date::new(y, month, day).ok())
        .min_by_key(|d| (d.days_since_epoch() - published.days_since_epoch()).abs())
}

/// Sentence ranges by body (address, length).
type SentenceCache = HashMap<(usize, usize), Vec<Range<usize>>>;

thread_local! {
    /// The sentences of each body seen during one `enrich` call, keyed by the
    /// body's address and length: the rules and the entity pass ask for them
    /// many times. `enrich` empties it before and after, so no entry outlives
    /// the bodies it describes.
    static SENTENCES: std::cell::RefCell<SentenceCache> = std::cell::RefCell::new(HashMap::default());
}

fn clear_sentences() {
    SENTENCES.with(|c| c.borrow_mut().clear());
}

/// The sentence around byte `at`. Rules ask this many times per body, so
/// the body's sentences are split once and kept for the next call (per
/// thread, keyed by the body's address and length).
fn sentence_of(body: &str, at: usize) -> Range<usize> {
    SENTENCES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let sents = cache
            .entry((body.as_ptr() as usize, body.len()))
            .or_insert_with(|| text::sentences(body));
        let i = sents.partition_point(|s| s.end <= at);
        match sents.get(i) {
            Some(s) if s.start <= at => s.clone(),
            // Between sentences (white space): the one before.
            _ => i
                .checked_sub(1)
                .and_then(|k| sents.get(k))
                .cloned()
                .unwrap_or(0..body.len()),
        }
    })
}

/// Every name a country or region goes by, for quick "is this a place?" checks.
static PLACE_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .flat_map(|(_, _, a)| a.iter().copied())
        .chain(REGIONS.iter().flat_map(|(_, a)| a.iter().copied()))
        .collect()
});

/// Organisation head words, as a set: they are checked for every word.
static HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    ORG_HEADS_END
        .iter()
        .chain(ORG_HEADS_OF)
        .chain(COMPANY_SUFFIXES)
        .copied()
        .collect()
});

/// The first words of titles, to skip words that cannot open one.
static TITLE_STARTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.split(' ').next().unwrap_or(t).trim_end_matches('.'))
        .collect()
});

/// A short label for what happens in the sentence around `at`: a named
/// gathering ("AI Semiconductor Forum"), else "a video conference", else
/// the start of the clause.
fn event_label(body: &str, sentence: Range<usize>) -> String {
    let s = &body[sentence.clone()];
    let ws = words_in(s, 0);
    for (i, w) in ws.iter().enumerate() {
        let word = &s[w.clone()];
        if EVENT_NOUNS.contains(&word.to_lowercase().as_str()) {
            if capitalised(word) {
                let mut first = i;
                while first > 0
                    && name_word(&s[ws[first - 1].clone()])
                    && &s[ws[first - 1].end..ws[first].start] == " "
                {
                    first -= 1;
                }
                if first < i {
                    return s[ws[first].start..w.end].to_string();
                }
            }
            let first = i.saturating_sub(2);
            let start = (first..i)
                .find(|&k| ["a", "an", "the"].contains(&&s[ws[k].clone()]))
                .map_or(w.start, |k| ws[k].start);
            return s[start..w.end].to_string();
        }
    }
    first_words(s, 8)
}

fn events(body: &str, published: Date, r: &Rules, out: &mut Vec<Cand>) {
    for re in [&r.date_md, &r.date_dm] {
        for c in re.captures_iter(body) {
            let m = c.get(0).expect("group 0 always matches");
            let Some(month) = month_number(&c["mon"]) else {
                continue;
            };
            let Ok(day) = c["day"].parse::<u8>() else {
                continue;
            };
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            let Some(date) = resolve_day(published, month, day, year) else {
                continue;
            };
            let what = event_label(body, sentence_of(body, m.start()));
            out.push(Cand {
                span: m.range(),
                rule: "event.date",
                data: CandData::Event { date, what },
            });
        }
    }
    // "on 21.12.2021": day, month and year with dots, day first.
    for c in r.date_dots.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let (Ok(day), Ok(month), Ok(year)) = (
            c["d"].parse::<u8>(),
            c["m"].parse::<u8>(),
            c["y"].parse::<u16>(),
        ) else {
            continue;
        };
        let Ok(date) = Date::new(year, month, day) else {
            continue;
        };
        out.push(Cand {
            span: m.range(),
            rule: "event.date",
            data: CandData::Event {
                date,
                what: event_label(body, sentence_of(body, m.start())),
            },
        });
    }
    // "One year ago today", "two weeks ago": counted back from the publication date.
    for c in r.date_ago.captures_iter(body) {
        let n = match c["n"].to_lowercase().as_str() {
            "a" | "an" => 1,
            w => parse_num(w).map_or(0, |v| v as i32),
        };
        // "70 years ago" dates nothing to the day; "one year ago today" does.
        if matches!(&c["unit"], "year" | "month") && c.name("today").is_none() {
            continue;
        }
        let date = match &c["unit"] {
            "day" => Some(published.add_days(-n)),
            "week" => Some(published.add_days(-7 * n)),
            unit => {
                let months = if unit == "year" { 12 * n } else { n };
                let total = published.year as i32 * 12 + published.month as i32 - 1 - months;
                let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u8 + 1);
                // 31 March minus a month is the last day of February.
                (1..=published.day)
                    .rev()
                    .find_map(|d| Date::new(year as u16, month, d).ok())
            }
        };
        let Some(date) = date else { continue };
        let m = c.get(0).expect("group 0 always matches");
        // "up 5% from a year ago" is a baseline for a comparison, not a happening.
        let prev = word_before(body, m.start()).map(|w| &body[w]);
        if matches!(
            prev,
            Some("from" | "than" | "since" | "with" | "over" | "versus" | "vs")
        ) {
            continue;
        }
        out.push(Cand {
            span: m.range(),
            rule: "event.ago",
            data: CandData::Event {
                date,
                what: event_label(body, sentence_of(body, m.start())),
            },
        });
    }
    for c in r.date_rel.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let date = if let Some(d) = c.name("day") {
            let offset = match d.as_str().to_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            published.add_days(offset)
        } else {
            let target = WEEKDAYS.iter().position(|w| *w == &c["wd"]).unwrap_or(0);
            let today = published.weekday();
            let sentence = &body[sentence_of(body, m.start())];
            let future = c["rel"] == *"next" || sentence.contains(" will ");
            let back = (today + 7 - target) % 7;
            let offset = match &c["rel"] {
                "last" => -(if back == 0 { 7 } else { back as i32 }),
                _ if future => ((target + 7 - today) % 7) as i32,
                _ => -(back as i32),
            };
            published.add_days(offset)
        };
        // "Today’s announcement" names a thing, not a day something happened;
        // "the foundation for tomorrow" and "the jobs of today" are times in
        // general.
        let generic =
            word_before(body, m.start()).is_some_and(|w| matches!(&body[w], "for" | "of"));
        if c.name("day").is_some() && (body[m.end()..].starts_with(['’', '\'']) || generic) {
            continue;
        }
        // A plain weekday ("on Friday") also matches the date rules when a date follows.
        let what = event_label(body, sentence_of(body, m.start()));
        // "On Monday (15 March)": one mention; the date in brackets wins.
        let bracketed_date = body[m.end()..].strip_prefix(" (").and_then(|rest| {
            let close = rest.find(')')?;
            let inner = &rest[..close];
            let c = r
                .date_dm
                .captures(inner)
                .or_else(|| r.date_md.captures(inner))?;
            let whole_inner = c.get(0)?.as_str().trim() == inner.trim();
            let month = month_number(&c["mon"])?;
            let day = c["day"].parse::<u8>().ok()?;
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            let date = resolve_day(published, month, day, year)?;
            whole_inner.then_some((m.end() + 2 + close + 1, date))
        });
        let (end, date) = bracketed_date.unwrap_or((m.end(), date));
        out.push(Cand {
            span: m.start()..end,
            rule: "event.relative",
            data: CandData::Event { date, what },
        });
    }
}

/// The clause around a time expression, minus the expression: a label.
fn milestone_label(body: &str, span: &Range<usize>) -> String {
    let sentence = sentence_of(body, span.start);
    let before = &body[sentence.start..span.start];
    let after = &body[span.end..sentence.end];
    let clause_before = before.rsplit([',', ';', ':']).next().unwrap_or("").trim();
    if clause_before.split_whitespace().count() >= 3 {
        let ws: Vec<&str> = clause_before.split_whitespace().collect();
        let n = ws.len();
        return ws[n.saturating_sub(10)..]
            .join(" ")
            .trim_end_matches([',', '.'])
            .to_string();
    }
    let clause_after = after
        .split(['(', ';'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches([',', ')'])
        .trim();
    first_words(clause_after, 10)
        .trim_end_matches([',', '.'])
        .to_string()
}

fn milestones(body: &str, published: Date, r: &Rules, out: &mut Vec<Cand>) {
    let this_year = published.year;
    for c in r.milestone_year.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let prep = &c["prep"];
        let year = match &c["year"] {
            "next year" => this_year + 1,
            "this year" => this_year,
            // "FY2025", "fiscal year 2025": the year as written.
            y => match y
                .trim_start_matches(|ch: char| !ch.is_ascii_digit())
                .parse::<u16>()
            {
                Ok(y) => y,
                Err(_) => continue,
            },
        };
        // After "in"/"for"/"from", a past year reports statistics, not a
        // plan; the current year is a plan only when the sentence says so.
        if matches!(prep, "in" | "for" | "from" | "starting in" | "beginning in") {
            let sentence = &body[sentence_of(body, m.start())];
            let future = [
                " will ",
                " plan",
                " aim",
                " target",
                " expected to",
                " scheduled",
                " to be ",
            ]
            .iter()
            .any(|w| sentence.contains(w));
            let month_past = c
                .name("mon")
                .and_then(|mo| month_number(mo.as_str()))
                .is_some_and(|mo| mo < published.month);
            if year < this_year || (year == this_year && (!future || month_past)) {
                continue;
            }
        }
        // "Vision 2030 Committee": a year inside a name.
        if body[m.end()..].starts_with(['-', '–'])
            || body[m.end()..]
                .trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        if c["year"] == *"this year" && !body[sentence_of(body, m.start())].contains(" will ") {
            continue;
        }
        let period = match (c.name("part").map(|p| p.as_str()), c.name("mon")) {
            (Some(p), _) if p.contains("first half") => Period::Half(year, 1),
            (Some(p), _) if p.contains("second half") || p.contains("latter half") => {
                Period::Half(year, 2)
            }
            (Some(p), _) if p.contains("quarter") => Period::Quarter(year, quarter_number(p)),
            (_, Some(mon)) => Period::Month(year, month_number(mon.as_str()).unwrap_or(1)),
            _ => Period::Year(year),
        };
        out.push(milestone(body, m.range(), "milestone.year", period, period));
    }
    for c in r.milestone_range.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let (a, b) = match (
            c.name("y1").or(c.name("f1")),
            c.name("y2").or(c.name("f2")),
            c.name("solo"),
        ) {
            (Some(a), Some(b), _) => (a.as_str(), b.as_str()),
            (_, _, Some(s)) => (s.as_str(), s.as_str()),
            _ => continue,
        };
        let (Ok(a), Ok(b)) = (a.parse::<u16>(), b.parse::<u16>()) else {
            continue;
        };
        if b < a || (c.name("solo").is_some() && a < this_year) {
            continue;
        }
        out.push(milestone(
            body,
            m.range(),
            "milestone.range",
            Period::Year(a),
            Period::Year(b),
        ));
    }
    for c in r.milestone_rel.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let when = c["when"].to_lowercase();
        let sentence = &body[sentence_of(body, m.start())];
        // Only a plan is a milestone: "will", "plans", "aims", "expected to".
        let future = [
            " will ",
            " expect ",
            " expects ",
            " plans to",
            " plan to",
            " aims to",
            " aim to",
            " target",
            " expected to",
            " scheduled",
            " intends to",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        // "in May this year" dates something that happened, and so does
        // "announced earlier this year" or "announced early this year".
        let prev = word_before(body, m.start()).map(|w| (w.start, &body[w]));
        let after_month = prev.is_some_and(|(_, w)| month_number(w).is_some());
        let past = prev.is_some_and(|(at, w)| {
            w == "earlier"
                || (w == "early" && word_before(body, at).is_some_and(|v| body[v].ends_with("ed")))
        });
        if after_month || past {
            continue;
        }
        let (next_month_year, next_month) = if published.month == 12 {
            (this_year + 1, 1)
        } else {
            (this_year, published.month + 1)
        };
        // "this year’s festival" names a thing of the year, not a plan.
        if c.name("poss").is_some() {
            continue;
        }
        // "later this year" is ahead whatever the verb.
        let later = word_before(body, m.start()).is_some_and(|w| &body[w] == "later");
        let period = match when.as_str() {
            w if w.contains("quarter") && future => Period::Quarter(this_year, quarter_number(w)),
            "next year" => Period::Year(this_year + 1),
            "this year" if future || later => Period::Year(this_year),
            "this month" if future => Period::Month(this_year, published.month),
            "next month" => Period::Month(next_month_year, next_month),
            w if w.contains("half") && future => {
                Period::Half(this_year, if w.contains("first") { 1 } else { 2 })
            }
            _ => continue,
        };
        out.push(milestone(
            body,
            m.range(),
            "milestone.relative",
            period,
            period,
        ));
    }
    // "expected to come to the UK in October": a month alone, in a plan, is
    // the next such month (a year or a day after it is another rule's).
    for c in r.milestone_month.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let rest = &body[m.end()..];
        let dated = rest
            .trim_start_matches([',', ' '])
            .starts_with(|ch: char| ch.is_ascii_digit())
            || rest.starts_with(" this")
            || rest.starts_with(" next")
            || rest.starts_with(" last")
            || rest.starts_with(" of ");
        let sentence = &body[sentence_of(body, m.start())];
        let plan = [
            " will ",
            " expected to",
            " plans to",
            " plan to",
            " aims to",
            " scheduled",
            " due to",
            " is to ",
            " are to ",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        let Some(month) = month_number(&c["mon"]) else {
            continue;
        };
        // "that was announced in January": a past verb right before it
        // ("will be completed in January" is still a plan).
        let past = word_before(body, m.start()).is_some_and(|v| {
            body[v.clone()].ends_with("ed")
                && !word_before(body, v.start)
                    .is_some_and(|b| matches!(&body[b], "be" | "been" | "being"))
        });
        if dated || !plan || past {
            continue;
        }
        let year = if month >= published.month {
            this_year
        } else {
            this_year + 1
        };
        let period = Period::Month(year, month);
        out.push(milestone(
            body,
            m.range(),
            "milestone.month",
            period,
            period,
        ));
    }
    // "third quarter 2012": a plan or an outlook when the quarter has not
    // ended at publication; past quarters report results.
    let this_quarter = (published.month - 1) / 3 + 1;
    for c in r.milestone_quarter.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let q = quarter_number(&c["q"].to_lowercase());
        let Ok(year) = c["year"].parse::<u16>() else {
            continue;
        };
        if (year, q) < (this_year, this_quarter) {
            continue;
        }
        let period = Period::Quarter(year, q);
        out.push(milestone(
            body,
            m.range(),
            "milestone.quarter",
            period,
            period,
        ));
    }
    // "over the next five years": the years after the publication year.
    for c in r.milestone_next.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Some(n) = parse_num(&c["n"]).filter(|n| (1.0..=50.0).contains(n)) else {
            continue;
        };
        out.push(milestone(
            body,
            m.range(),
            "milestone.next-years",
            Period::Year(this_year + 1),
            Period::Year(this_year + n as u16),
        ));
    }
}

/// A milestone candidate over `span`, labelled from its sentence.
fn milestone(
    body: &str,
    span: Range<usize>,
    rule: &'static str,
    start: Period,
    end: Period,
) -> Cand {
    let what = milestone_label(body, &span);
    Cand {
        span,
        rule,
        data: CandData::Milestone { start, end, what },
    }
}

/// 1 to 4 for "first quarter" … "fourth quarter".
fn quarter_number(text: &str) -> u8 {
    match ["first", "second", "third", "fourth"]
        .iter()
        .position(|q| text.contains(q))
    {
        Some(i) => i as u8 + 1,
        None => 1,
    }
}

/// Agreements: one named by its parties ("Korea–UK FTA"), at its first
/// mention, or any agreement noun in a sentence that says it was signed or
/// concluded.
fn agreements(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    let mut last_sentence = None;
    let mut named_seen: Vec<String> = Vec::new();
    for c in r.agreement.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let sentence = sentence_of(body, m.start());
        let s = body[sentence.clone()].to_lowercase();
        let concluded = [
            "sign",
            "concluded",
            "conclude ",
            "concludes",
            "inked",
            "entered into",
            "finaliz",
            "finalis",
            "exchanged",
        ]
        .iter()
        .any(|v| s.contains(v));
        // "… Free Trade Agreement (FTA)" defines "FTA": its later mentions
        // are that agreement, signed or not.
        let bare = c["noun"].trim_start_matches(|ch: char| ch.is_lowercase() || ch == ' ');
        let defined_here = named_seen
            .iter()
            .any(|a| bare == a || bare.strip_suffix('s') == Some(a.as_str()));
        // "The Agreement", "This Agreement": a reference back, not a name.
        if let Some(named) = c.name("named")
            && named.as_str().split(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "The"
                        | "This"
                        | "That"
                        | "These"
                        | "Our"
                        | "Its"
                        | "Their"
                        | "Such"
                        | "Each"
                        | "An"
                        | "A"
                )
            })
            && named
                .as_str()
                .split(' ')
                .nth(1)
                .is_some_and(|w| w.starts_with("Agreement"))
        {
            continue;
        }
        if let Some(named) = c.name("named") {
            let text = named.as_str();
            if let Some(open) = text.rfind(['(', '['])
                && let Some(acr) = text[open + 1..].strip_suffix([')', ']'])
            {
                named_seen.push(acr.to_string());
            }
        } else if c.name("pfx").is_some()
            || defined_here
            // A capitalised "Memorandum of Understanding" is a particular one.
            || bare.starts_with("Memorand")
            || KNOWN_AGREEMENTS.contains(&bare.trim_end_matches('s'))
        {
            // A named agreement ("Korea–UK FTA") or a defined acronym.
        } else if !concluded {
            continue;
        } else if last_sentence == Some(sentence.start) && !body[m.end()..].starts_with(" with ") {
            // One agreement per sentence, unless each has its own partner:
            // "an MOU with A, an MOU with B".
            continue;
        }
        last_sentence = Some(sentence.start);
        let noun = c.name("noun").expect("noun is not optional");
        // "its trade agreement": the determiner is not part of the name.
        let determiner = [
            "its ", "their ", "our ", "the ", "this ", "that ", "his ", "her ", "an ", "a ",
        ]
        .iter()
        .find(|d| noun.as_str().starts_with(**d))
        .map_or(0, |d| d.len());
        let span_start = if determiner > 0 {
            noun.start() + determiner
        } else {
            m.start()
        };
        let noun_text = &noun.as_str()[determiner..];
        // The match may end past the sentence it starts in.
        let tail = &body[m.end()..sentence.end.max(m.end())];
        let topic: String = tail
            .trim_start()
            .strip_prefix("to ")
            .or_else(|| tail.trim_start().strip_prefix("on "))
            .map(|t| first_words(t, 7))
            .unwrap_or_default();
        let what = if topic.is_empty() {
            noun_text.to_string()
        } else {
            format!("{noun_text} to {}", topic.trim_end_matches(['.', ',']))
        };
        out.push(Cand {
            span: span_start..m.end(),
            rule: "agreement.signed",
            data: CandData::Agreement { what },
        });
    }
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words that introduce or attribute a quotation, beside the speech verbs:
/// participles ("…,” adding, “…”) and the statement a release reproduces.
const SPEECH_CUES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "stressing",
    "emphasizing",
    "emphasising",
    "statement",
    "remarks",
];

/// Whether `s` holds a speech verb or cue.
fn speech_cue(s: &str) -> bool {
    SPEECH_VERBS
        .iter()
        .chain(SPEECH_CUES)
        .any(|v| s.contains(v))
}

/// Where the paragraph holding `at` ends (before its blank line).
fn paragraph_end(body: &str, at: usize) -> usize {
    body[at..].find("\n\n").map_or(body.len(), |i| at + i)
}

/// The quoted words of `inner` with white space and a trailing comma
/// trimmed: "…,” he said": the comma belongs to the sentence around it.
fn quote_span(body: &str, inner: Range<usize>) -> Range<usize> {
    let text = &body[inner.clone()];
    let start = inner.start + (text.len() - text.trim_start().len());
    let end = inner.end - (text.len() - text.trim_end().len());
    let end = if body[start..end].ends_with(',') {
        end - 1
    } else {
        end
    };
    start..end.max(start)
}

fn quotes(body: &str, out: &mut Vec<Cand>) {
    let mut search = 0;
    // Where the last accepted quotation closed, for a second quotation that
    // follows its attribution: "“…,” said Chair Lewis. “While …”".
    let mut last_close: Option<usize> = None;
    let push = |out: &mut Vec<Cand>, inner: Range<usize>, hint: usize, rule: &'static str| {
        let span = quote_span(body, inner);
        if body[span.clone()].split_whitespace().count() >= 5 {
            out.push(Cand {
                span,
                rule,
                data: CandData::Quote {
                    speaker_hint: Some(hint),
                },
            });
        }
    };
    while let Some(open_rel) = body[search..].find(['“', '"', '‘']) {
        let open = search + open_rel;
        let open_char = body[open..].chars().next().expect("found a char");
        // A straight mark may be closed by a curly one ("…” says Henrik
        // Wulff): copies mix them.
        // "‘The Netherlands was passing up …,’ Ms Ploumen noted": single
        // marks open only after a space or a colon.
        if open_char == '‘' && !body[..open].ends_with([' ', '\n', ':']) && open > 0 {
            search = open + open_char.len_utf8();
            continue;
        }
        let closes: &[char] = if open_char == '“' {
            &['”']
        } else if open_char == '‘' {
            &['’']
        } else {
            &['"', '”']
        };
        let mark_len = |at: usize| body[at..].chars().next().map_or(1, char::len_utf8);
        let inner_start = open + open_char.len_utf8();
        let para_end = paragraph_end(body, inner_start);
        let before = &body[floor_boundary(body, open.saturating_sub(80))..open];
        let before_clause = before.rsplit(['.', '”']).next().unwrap_or("");
        // "… issued the following statement:" or "Minister Ng said:".
        let introduced = speech_cue(before_clause) || before_clause.trim_end().ends_with(':');
        // A second quotation after the first one's attribution: "“…,”
        // said Chair Lewis. “While …”".
        let continued = last_close.is_some_and(|c| {
            // Past the closing mark: '"' opens and closes alike.
            let c = c + body[c..].chars().next().map_or(0, char::len_utf8);
            let between = &body[c.min(open)..open];
            between.len() < 160 && speech_cue(between) && !between.contains(['“', '"'])
        });
        // A closing ’ is not an apostrophe: no letter follows it ("we’ve").
        let find_close = |from: usize, to: usize| -> Option<usize> {
            body[from..to]
                .char_indices()
                .find(|&(k, ch)| {
                    closes.contains(&ch)
                        && (ch != '’'
                            || !body[from + k + ch.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic))
                })
                .map(|(k, _)| k)
        };
        let Some(close_rel) = find_close(inner_start, para_end) else {
            // No closing mark in the paragraph: by the usual convention a
            // quotation of several paragraphs opens each with a mark and
            // closes only the last, so each paragraph is one quote of the
            // speaker introduced before the first. It counts when something
            // introduces it: a cue just before, "the following statement"
            // in the paragraph before, a quotation attributed just before
            // ("…,” Minister Birmingham said. “These …"), or a chain of
            // paragraphs that ends with the closing mark.
            let para_start = body[..open].rfind("\n\n").map_or(0, |i| i + 2);
            let at_paragraph_start = body[para_start..open].trim().is_empty();
            let previous = &body[body[..para_start.saturating_sub(2)]
                .rfind("\n\n")
                .map_or(0, |i| i + 2)..para_start];
            let statement = at_paragraph_start
                && (previous.contains("following statement") || previous.contains("statement:"));
            // Where the chain of paragraphs ends, and whether it closes.
            let mut paragraphs: Vec<Range<usize>> = Vec::new();
            paragraphs.push(inner_start..para_end);
            let mut closed = false;
            let mut end = para_end;
            loop {
                let next = body[end..].trim_start_matches(['\n', ' ']);
                let at = body.len() - next.len();
                // After "the following statement", paragraphs without a
                // mark are the statement's too.
                let marked = next.starts_with(open_char);
                if next.is_empty() || !(marked || statement) {
                    break;
                }
                let inner = if marked {
                    at + open_char.len_utf8()
                } else {
                    at
                };
                let p_end = paragraph_end(body, inner);
                if let Some(c) = find_close(inner, p_end) {
                    paragraphs.push(inner..inner + c);
                    end = inner + c + mark_len(inner + c);
                    closed = true;
                    break;
                }
                paragraphs.push(inner..p_end);
                end = p_end;
            }
            let accepted = introduced
                || statement
                || continued
                || (at_paragraph_start && closed && paragraphs.len() > 1);
            if !accepted {
                search = para_end;
                continue;
            }
            for p in paragraphs {
                push(out, p, open, "quote.paragraphs");
            }
            search = end;
            last_close = None;
            continue;
        };
        let close = inner_start + close_rel;
        search = close + mark_len(close);
        if body[inner_start..close].split_whitespace().count() < 5 {
            continue;
        }
        // A quotation is introduced or followed by a speech verb.
        let after = &body[search..floor_boundary(body, search + 60)];
        let after_clause = after.split(['.', '“']).next().unwrap_or("");
        if !(introduced || speech_cue(after_clause) || continued) {
            continue;
        }
        last_close = Some(close);
        push(out, inner_start..close, open, "quote.speech-verb");
    }
    block_quotes(body, out);
}

/// GOV.UK-style block quotes: a paragraph that ends "Andrew Mitchell said:"
/// followed by a paragraph without quotation marks. After "the following
/// statement:" every paragraph up to the next quotation mark is the
/// statement.
fn block_quotes(body: &str, out: &mut Vec<Cand>) {
    let mut at = 0;
    while let Some(colon_rel) = body[at..].find(":\n\n") {
        let colon = at + colon_rel;
        at = colon + 3;
        let line_start = body[..colon].rfind('\n').map_or(0, |i| i + 1);
        let intro = &body[line_start..colon];
        let last_clause = intro.rsplit(['.', '”', '"']).next().unwrap_or("");
        if !speech_cue(last_clause) {
            continue;
        }
        let statement = last_clause.contains("statement");
        let mut para = at;
        while para < body.len() && !body[para..].starts_with(['“', '"']) {
            let end = paragraph_end(body, para);
            let text = &body[para..end];
            // A list or a heading is not a quote: quotes end in sentences.
            if !text.trim_end().ends_with(['.', '!', '?']) || text.contains(['“', '"']) {
                break;
            }
            out.push(Cand {
                span: quote_span(body, para..end),
                rule: "quote.block",
                data: CandData::Quote {
                    speaker_hint: Some(para),
                },
            });
            if !statement {
                break;
            }
            para = (end + 2).min(body.len());
        }
    }
}

// ---------------------------------------------------------------------------
// Resolution

/// Keeps one candidate per mention: longest first, then most specific.
/// Quotes contain other facts and are kept beside them.
fn resolve_overlaps(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        (b.span.end - b.span.start)
            .cmp(&(a.span.end - a.span.start))
            .then(a.data.rank().cmp(&b.data.rank()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if c.span.is_empty() {
            continue;
        }
        let is_quote = matches!(c.data, CandData::Quote { .. });
        // "9 MOUs" counts agreements and names them, "50 U.S. states"
        // names a country: both facts stand.
        let counted = |a: &CandData, b: &CandData| {
            matches!(
                (a, b),
                (
                    CandData::Quantity { .. },
                    CandData::Agreement { .. } | CandData::Country { .. }
                ) | (
                    CandData::Agreement { .. } | CandData::Country { .. },
                    CandData::Quantity { .. }
                )
            )
        };
        let clash = kept.iter().any(|k| {
            let k_quote = matches!(k.data, CandData::Quote { .. });
            is_quote == k_quote
                && !counted(&k.data, &c.data)
                && k.span.start < c.span.end
                && c.span.start < k.span.end
        });
        if !clash {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.span.start, c.span.end));
    kept
}

/// The entity table of a corpus, built mention by mention.
#[derive(Default)]
struct Registry {
    entities: Vec<Entity>,
    by_key: HashMap<(u8, String), u32>,
}

/// Legal forms that do not tell two organisations apart: "Hyundai Motor"
/// and "Hyundai Motor Company" are one company.
const LEGAL_FORMS: &[&str] = &[
    "company",
    "co",
    "corporation",
    "corp",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "s.a",
    "nv",
    "n.v",
    "se",
    "pte",
    "pvt",
    "bhd",
];

/// Whether `word` is a legal form, whatever its case and its closing stop
/// or comma ("Ltd.", "Inc.,"). The entity keys and the scorer both ask.
pub(crate) fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word.trim_end_matches([',', '.']).to_lowercase().as_str())
}

fn key(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "Commerce Department" is the "Department of Commerce".
    if let [field, head @ ("department" | "ministry")] = words.as_slice() {
        return format!("{head} of {field}");
    }
    while words.len() > 1 && words.last().is_some_and(|w| is_legal_form(w)) {
        words.pop();
    }
    // "Mitsubishi Heavy Industries, Ltd.": the comma before the legal form
    // goes with it.
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches(',');
    }
    words.join(" ")
}

impl Registry {
    fn get_or_add(&mut self, kind: EntityKind, name: &str, prefix: &str) -> u32 {
        let k = (kind as u8, key(name));
        if let Some(&id) = self.by_key.get(&k) {
            return id;
        }
        let id = self.entities.len() as u32;
        let mut slug = format!("{prefix}-{}", text::slug(name, 60));
        if self.entities.iter().any(|e| e.id == slug) {
            slug = format!("{slug}-{id}");
        }
        self.entities.push(Entity {
            id: slug,
            kind,
            name: name.to_string(),
            acronym: None,
            code: None,
            aliases: Vec::new(),
            roles: Vec::new(),
        });
        self.by_key.insert(k, id);
        id
    }

    fn alias(&mut self, id: u32, kind: EntityKind, alias: &str) {
        let e = &mut self.entities[id as usize];
        if alias != e.name && !e.aliases.iter().any(|a| a == alias) {
            e.aliases.push(alias.to_string());
        }
        self.by_key.entry((kind as u8, key(alias))).or_insert(id);
    }
}

/// Canonical organisation names: renames followed to the current name.
fn current_name(name: &str) -> (&str, Option<&'static str>) {
    // The renames' keys, computed once: this runs for every organisation.
    static KEYS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        RENAMES
            .iter()
            .map(|(old, _, new, _)| (key(old), key(new)))
            .collect()
    });
    let k = key(name);
    for ((old, new), (_, old_acr, new_name, new_acr)) in KEYS.iter().zip(RENAMES) {
        if k == *old || k == *new || name == *old_acr || name == *new_acr {
            return (new_name, Some(new_acr));
        }
    }
    (name, None)
}

/// Extracts the facts of every release, builds the entity table, names each
/// release's issuing agency and picks its keywords.
pub fn enrich(corpus: &mut Corpus) {
    clear_sentences();
    enrich_inner(corpus);
    clear_sentences();
}

fn enrich_inner(corpus: &mut Corpus) {
    let r = &*RULES;
    // Pass 1: acronyms defined anywhere in the corpus (kept per release for
    // the organisation rule, which would otherwise find them again).
    let mut acronym_names: HashMap<String, String> = HashMap::default();
    let definitions: Vec<Definitions> = corpus
        .releases
        .iter()
        .map(|rel| Definitions {
            plain: acronym_definitions(&rel.body, r),
            reverse: reverse_acronym_definitions(&rel.body, r),
        })
        .collect();
    for (rel, defs) in corpus.releases.iter().zip(&definitions) {
        for (span, acr) in &defs.plain {
            acronym_names
                .entry(acr.clone())
                .or_insert_with(|| clean_name(&rel.body[span.clone()]));
        }
        for (_, name, acr) in &defs.reverse {
            acronym_names.entry(acr.clone()).or_insert(name.clone());
        }
    }
    for (old, old_acr, new, new_acr) in RENAMES {
        if acronym_names.contains_key(*old_acr) || acronym_names.contains_key(*new_acr) {
            acronym_names
                .entry(old_acr.to_string())
                .or_insert_with(|| old.to_string());
            acronym_names
                .entry(new_acr.to_string())
                .or_insert_with(|| new.to_string());
        }
    }
    let mut acronym_list: Vec<String> = acronym_names.keys().cloned().collect();
    acronym_list.sort();
    let acronyms = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&acronym_list)
        .expect("acronyms build an automaton");

    // Pass 2: candidates, resolved per release.
    let resolved: Vec<Vec<Cand>> = corpus
        .releases
        .iter()
        .zip(&definitions)
        .map(|(rel, defs)| {
            resolve_overlaps(candidates(
                &rel.body,
                defs,
                &rel.title,
                rel.date,
                &acronyms,
                &acronym_list,
            ))
        })
        .collect();

    // Pass 3: entities.
    let mut reg = Registry::default();
    // Full person names in the corpus, for "Minister Kim" in a release that never names him in full.
    let mut full_people: Vec<(String, Vec<String>)> = Vec::new();
    let mut full_index: HashMap<String, usize> = HashMap::default();
    for cands in &resolved {
        for c in cands {
            if let CandData::Person {
                name,
                short: false,
                role,
            } = &c.data
            {
                let i = *full_index.entry(name.clone()).or_insert_with(|| {
                    full_people.push((name.clone(), Vec::new()));
                    full_people.len() - 1
                });
                if let Some(r) = role {
                    full_people[i].1.push(r.clone());
                }
            }
        }
    }
    let org_entity = |reg: &mut Registry, name: &str, acronym: Option<&str>| -> u32 {
        let (canonical, renamed_acr) = current_name(name);
        // "Commerce Department" is named as the "Department of Commerce".
        let canonical = match canonical.split(' ').collect::<Vec<_>>().as_slice() {
            [field, head @ ("Department" | "Ministry")] => format!("{head} of {field}"),
            _ => canonical.to_string(),
        };
        let id = reg.get_or_add(EntityKind::Organization, &canonical, "org");
        if canonical != name {
            reg.alias(id, EntityKind::Organization, name);
        }
        for (old, old_acr, new, _) in RENAMES {
            if canonical == *new && (key(name) == key(old) || Some(*old_acr) == acronym) {
                reg.alias(id, EntityKind::Organization, old);
                reg.alias(id, EntityKind::Organization, old_acr);
            }
        }
        let acr = renamed_acr
            .map(str::to_string)
            .or(acronym.map(str::to_string));
        if let Some(a) = &acr {
            if reg.entities[id as usize].acronym.is_none() {
                reg.entities[id as usize].acronym = Some(a.clone());
            }
            reg.alias(id, EntityKind::Organization, a);
        }
        if let Some(a) = acronym {
            reg.alias(id, EntityKind::Organization, a);
        }
        id
    };

    for (rel, cands) in corpus.releases.iter_mut().zip(resolved) {
        let body = &rel.body;
        // A long quote spans sentences: from the first one's start to the last one's end.
        let sentence_range = |span: &Range<usize>| -> [u32; 2] {
            let first = sentence_of(body, span.start).start.min(span.start);
            let last = sentence_of(body, span.end.saturating_sub(1))
                .end
                .max(span.end);
            [first as u32, last as u32]
        };
        let mut facts: Vec<Fact> = Vec::new();
        // Person mentions in order, for "Minister Kim" and "He added".
        let mut people_here: Vec<(usize, u32)> = Vec::new();
        for c in &cands {
            let data = match &c.data {
                CandData::Money { amount, currency } => FactData::Money {
                    amount: *amount,
                    currency: currency.clone(),
                },
                CandData::Percent {
                    value,
                    direction,
                    subject,
                    points,
                } => FactData::Percent {
                    value: *value,
                    direction: *direction,
                    subject: subject.clone(),
                    points: *points,
                },
                CandData::Quantity { value, unit } => FactData::Quantity {
                    value: *value,
                    unit: unit.clone(),
                },
                CandData::Org { name, acronym } => {
                    let name = acronym.as_ref().and_then(|a| acronym_names.get(a)).map_or(
                        name.as_str(),
                        |n| {
                            if key(n) == key(name) {
                                n.as_str()
                            } else {
                                name.as_str()
                            }
                        },
                    );
                    FactData::Organization {
                        entity: org_entity(&mut reg, name, acronym.as_deref()),
                    }
                }
                CandData::OrgAcronym { acronym } => {
                    let name = acronym_names
                        .get(acronym)
                        .cloned()
                        .unwrap_or_else(|| acronym.clone());
                    FactData::Organization {
                        entity: org_entity(&mut reg, &name, Some(acronym)),
                    }
                }
                CandData::Person { name, role, short } => {
                    let full = if *short {
                        let here = people_here
                            .iter()
                            .rev()
                            .map(|(_, id)| reg.entities[*id as usize].name.clone())
                            .find(|n| n.split([' ', '-']).any(|t| t == name));
                        here.or_else(|| {
                            // Elsewhere in the corpus: the one person with this
                            // name who holds this title ("Minister Kim").
                            let title = role.as_deref().unwrap_or("");
                            let named: Vec<&(String, Vec<String>)> = full_people
                                .iter()
                                .filter(|(n, _)| n.split([' ', '-']).any(|t| t == name))
                                .collect();
                            let titled: Vec<&&(String, Vec<String>)> = named
                                .iter()
                                .filter(|(_, roles)| {
                                    roles.iter().any(|r| r.split(' ').any(|w| w == title))
                                })
                                .collect();
                            match (named.len(), titled.len()) {
                                (1, _) => Some(named[0].0.clone()),
                                (_, 1) => Some(titled[0].0.clone()),
                                _ => None,
                            }
                        })
                        .unwrap_or_else(|| name.clone())
                    } else {
                        // "Jennifer Granholm" after "Jennifer M. Granholm": one person.
                        people_here
                            .iter()
                            .map(|(_, id)| &reg.entities[*id as usize].name)
                            .find(|n| same_but_initials(n, name))
                            .cloned()
                            .unwrap_or_else(|| name.clone())
                    };
                    let id = reg.get_or_add(EntityKind::Person, &full, "person");
                    let surface = &body[c.span.clone()];
                    if surface != full {
                        reg.alias(id, EntityKind::Person, surface);
                    }
                    if let Some(role) = role {
                        let roles = &mut reg.entities[id as usize].roles;
                        if !short && !roles.contains(role) {
                            roles.push(role.clone());
                        }
                    }
                    people_here.push((c.span.start, id));
                    FactData::Person {
                        entity: id,
                        role: role.clone(),
                    }
                }
                // Speakers are resolved below, once every person is known.
                CandData::Quote { .. } => FactData::Quote { speaker: None },
                CandData::Country { name, code } => {
                    let id = reg.get_or_add(EntityKind::Country, name, "place");
                    reg.entities[id as usize].code = code.clone();
                    reg.alias(id, EntityKind::Country, &body[c.span.clone()]);
                    FactData::Country { entity: id }
                }
                CandData::Event { date, what } => FactData::Event {
                    date: *date,
                    what: what.clone(),
                },
                CandData::Milestone { start, end, what } => FactData::Milestone {
                    start: *start,
                    end: *end,
                    what: what.clone(),
                },
                CandData::Agreement { what } => FactData::Agreement {
                    parties: Vec::new(),
                    date: None,
                    what: what.clone(),
                },
            };
            facts.push(Fact {
                span: [c.span.start as u32, c.span.end as u32],
                sentence: sentence_range(&c.span),
                rule: c.rule.to_string(),
                data,
            });
        }
        // Quote speakers need every person, including bare surnames below.
        let quotes: Vec<(usize, usize, usize)> = facts
            .iter()
            .zip(&cands)
            .enumerate()
            .filter_map(|(i, (_, c))| match c.data {
                CandData::Quote { speaker_hint } => {
                    Some((i, speaker_hint.unwrap_or(c.span.start), c.span.end))
                }
                _ => None,
            })
            .collect();
        // Later bare surnames of people named in full in this release
        // ("Secretary Gary Locke … Locke said"): one more mention each.
        // Only surnames that point to one person here, and never inside
        // another fact.
        let mut by_surname: HashMap<String, Vec<u32>> = HashMap::default();
        for (_, id) in &people_here {
            let name = &reg.entities[*id as usize].name;
            let parts: Vec<&str> = name.split(' ').collect();
            if parts.len() >= 2 {
                // "Kim Jung-kwan": the family name comes first when the given name is hyphenated.
                let surname = if parts[parts.len() - 1].contains('-') {
                    parts[0]
                } else {
                    parts[parts.len() - 1]
                };
                let ids = by_surname.entry(surname.to_string()).or_default();
                if !ids.contains(id) {
                    ids.push(*id);
                }
            }
        }
        let mut first_full: HashMap<u32, usize> = HashMap::default();
        for (at, id) in &people_here {
            first_full.entry(*id).or_insert(*at);
        }
        let mut surnames: Vec<(&String, u32)> = by_surname
            .iter()
            .filter(|(_, ids)| ids.len() == 1)
            .map(|(s, ids)| (s, ids[0]))
            .collect();
        surnames.sort();
        for (surname, id) in surnames {
            for (at, _) in body.match_indices(surname.as_str()) {
                let span = at..at + surname.len();
                let free = facts.iter().all(|f| {
                    f.kind() == FactKind::Quote
                        || f.span[1] as usize <= span.start
                        || span.end <= f.span[0] as usize
                });
                let after_first = first_full.get(&id).is_some_and(|first| *first < at);
                if whole(body, &span)
                    && free
                    && after_first
                    && !body[span.end..].starts_with(['-', '–'])
                {
                    facts.push(Fact {
                        span: [span.start as u32, span.end as u32],
                        sentence: sentence_range(&span),
                        rule: "person.surname".to_string(),
                        data: FactData::Person {
                            entity: id,
                            role: None,
                        },
                    });
                    people_here.push((at, id));
                }
            }
        }
        people_here.sort_by_key(|(at, _)| *at);
        for (i, open, close) in quotes {
            facts[i].data = FactData::Quote {
                speaker: quote_speaker(body, open, close, &people_here),
            };
        }
        facts.sort_by_key(|f| f.span);
        // Agreements: parties and date from the same sentence.
        let snapshot = facts.clone();
        for f in facts.iter_mut() {
            if let FactData::Agreement { parties, date, .. } = &mut f.data {
                for g in &snapshot {
                    let inside = g.span[0] >= f.sentence[0] && g.span[1] <= f.sentence[1];
                    if !inside {
                        continue;
                    }
                    match &g.data {
                        FactData::Organization { entity } | FactData::Country { entity }
                            if !parties.contains(entity) =>
                        {
                            parties.push(*entity)
                        }
                        FactData::Event { date: d, .. } if date.is_none() => *date = Some(*d),
                        _ => {}
                    }
                }
            }
        }
        rel.facts = facts;
    }

    // The issuing agency, as a canonical name.
    for rel in &mut corpus.releases {
        if let Some(name) = text::issuing_agency(&rel.body) {
            let (canonical, _) = current_name(&name);
            let id = reg
                .by_key
                .get(&(EntityKind::Organization as u8, key(canonical)))
                .copied();
            rel.agency = Some(id.map_or(canonical.to_string(), |i| {
                reg.entities[i as usize].name.clone()
            }));
        }
    }
    let docs: Vec<String> = corpus
        .releases
        .iter()
        .map(|r| format!("{}\n{}\n{}", r.title, r.title, r.body))
        .collect();
    for (rel, kw) in corpus
        .releases
        .iter_mut()
        .zip(super::keywords::top_terms(&docs, 6))
    {
        rel.keywords = kw;
    }
    corpus.entities = reg.entities;
}

/// Two names that differ only in middle initials: "Jennifer M. Granholm"
/// and "Jennifer Granholm".
fn same_but_initials(a: &str, b: &str) -> bool {
    // Cheap refusals first: this runs for every pair of people in a release.
    if a == b
        || a.split(' ').next() != b.split(' ').next()
        || a.rsplit(' ').next() != b.rsplit(' ').next()
    {
        return false;
    }
    let words = |s: &str| -> Vec<String> {
        s.split(' ')
            .filter(|w| w.trim_end_matches('.').chars().count() > 1)
            .map(str::to_string)
            .collect()
    };
    a != b
        && a.split(' ').count() != b.split(' ').count()
        && words(a) == words(b)
        && words(a).len() >= 2
}

/// Who said the quote opening at `open`: a person named in the clause
/// before the quote or just after it, or, for "He added", the person
/// mentioned last before it.
fn quote_speaker(body: &str, open: usize, close: usize, people: &[(usize, u32)]) -> Option<u32> {
    let sentence = sentence_of(body, open);
    let lead = &body[sentence.start.min(open)..open];
    // A person mention inside the lead-in clause.
    let in_lead = people
        .iter()
        .rev()
        .find(|(at, _)| *at >= sentence.start.min(open) && *at < open)
        .map(|(_, id)| *id);
    if in_lead.is_some() && SPEECH_VERBS.iter().any(|v| lead.contains(v)) {
        return in_lead;
    }
    // "…,” said Minister Kim." / "…,” Kim said.": up to the next stop or quote.
    // Past the closing comma and mark ('"' closes as it opens).
    let close = body.len() - body[close..].trim_start_matches([',', '”', '"']).len();
    let after_all = &body[close..];
    let boundary = close
        + after_all
            .find(['.', '“', '"', '\n'])
            .unwrap_or(after_all.len());
    let segment = &body[close..boundary];
    if SPEECH_VERBS.iter().any(|v| segment.contains(v))
        && let Some((_, id)) = people.iter().find(|(at, _)| *at > close && *at < boundary)
    {
        return Some(*id);
    }
    // A pronoun, or a bare lead-in: the last person mentioned before.
    people
        .iter()
        .rev()
        .find(|(at, _)| *at < open)
        .map(|(_, id)| *id)
}
