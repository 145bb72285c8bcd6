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
//!
//! This module holds the passes, the candidates and the entity registry;
//! the rules live in one submodule per kind of fact (`amounts`, `orgs`,
//! `people`, `places`, `dates`, `agreements`, `quotes`), and the word lists
//! they read in `vocab`.

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

mod agreements;
mod amounts;
mod dates;
mod orgs;
mod people;
mod places;
mod quotes;
mod vocab;
use agreements::*;
use amounts::*;
use dates::*;
use orgs::*;
use people::*;
use places::*;
use quotes::*;
use vocab::*;

/// FNV-1a. The word sets and tables here are looked up for every word of
/// every body; SipHash's resistance to crafted keys buys nothing for them
/// and costs a tenth of the extraction time.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

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

pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<Fnv>>;

// ---------------------------------------------------------------------------
// Gazetteers

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
    money_comma: Regex,
    money_mdh: Regex,
    money_cents: Regex,
    money_pence: Regex,
    money_mcode: Regex,
    money_crore: Regex,
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
    milestone_target: Regex,
    milestone_rel: Regex,
    milestone_quarter: Regex,
    milestone_edge: Regex,
    milestone_or: Regex,
    milestone_month: Regex,
    milestone_next: Regex,
    milestone_fiscal: Regex,
    agreement: Regex,
    acronym_def: Regex,
    acronym_first: Regex,
    places: AhoCorasick,
    place_of: Vec<(String, Option<String>)>,
    intl: AhoCorasick,
    dotted_legal: Regex,
    intl_of: Vec<&'static str>,
}

// "20'000": Swiss copies group thousands with an apostrophe; "1 744", "500
// 000": others with a space.
/// Currencies that Nordic and German reports count in millions ("MSEK")
/// or thousands ("TEUR").
const MCODES: &str = "SEK|NOK|DKK|ISK|EUR|USD|CHF|GBP";

// "1,73,000": Indian copies group lakhs and crores in twos. `$spaced` is
// what may stand before thousands set apart by spaces ("1 744").
macro_rules! number_pattern {
    ($spaced:literal) => {
        concat!(
            r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:'\d{3})+|",
            $spaced,
            r"\d{1,3}(?: \d{3})+\b|\d+(?:\.\d+)?"
        )
    };
}
const NUM: &str = number_pattern!(r"\b");
/// `NUM` right after a currency's sign or letter: "R1 981 million" writes
/// thousands apart with no word boundary before the first digits. (Not in
/// `NUM` itself, where "2020 100 per cent" would read as one number.)
const NUM_AFTER_SIGN: &str = number_pattern!("");
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
    // A larger lazy-DFA cache than the default: the quantity and money
    // patterns are big, and a cache that fills up is cleared and rebuilt
    // over and over (a fifth of extraction time in a profile).
    let re = |s: &str| {
        regex::RegexBuilder::new(&s.replace(r"\b", r"(?-u:\b)"))
            .dfa_size_limit(32 << 20)
            .build()
            .expect("the extraction patterns are valid")
    };
    Rules {
        money_pre: re(&format!(
            r"(?:\b(?P<code>{codes})\s?\$?\s?|(?P<sym>(?:US|AU|A|CDN|CA|C|HK|SAT|WS|FJ|SI|S|NZ|NT|R|U|EC ?)?\$|€|£|¥|₩|₹|₱|₫|฿|₺|₦|₽|₪|\bRs\.?|\bRM|\bRp\.?|\bFr\.|\b(?:USh|Ush|KShs\.?|Kshs\.?|KSh|Ksh|TSh|Tsh|Shs\.?|Sh|sh|Ps\.?|NIS|SR|Frw|Dhs?|JD|KD|QR|BD|RO|GHC|PhP|Php)|\bGH[¢₵]|\b[Ee]uros?\s)\s?|\b(?P<letter>[RPNK]))(?P<open>\()?(?P<num>{NUM_AFTER_SIGN})(?P<close>\))?(?:\s?[–~-]\s?(?P<num2>{NUM}))?(?:[\s-]?(?P<scale>(?i:trillions?|billions?|millions?|thousand|bn|bln|bil|mn|mln|mil|tn|lakh crores?|crores?|lakhs?)|[Cc]rs?|m|k|M|K|B|b)\b)?"
        )),
        // "R62,7bn", "EUR 1,5 billion": a decimal comma before a scale.
        money_comma: re(&format!(
            r"(?:\b(?P<code>{codes})\s?|(?P<sym>€|£|\$)\s?|\b(?P<rand>R))(?P<int>\d{{1,3}}),(?P<frac>\d{{1,2}})(?:\s?(?P<scale>trillion|tn|bn|billion|bln|mn|million|mln|m)\b|\b)"
        )),
        // "620MDH", "over 914 MDH": Moroccan millions (and milliards) of
        // dirhams.
        money_mdh: re(&format!(r"\b(?P<num>{NUM})\s?(?P<unit>MMDH|MDH|MDhs?)\b")),
        // "21.4 cents", "1.04 US cents", "US$2.52 cents", "7,8¢", "2 242
        // cents" (a space between thousands).
        money_cents: re(
            r"(?P<usd>US\$\s?)?\b(?P<num>\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)\s?(?:(?P<us>US )?cents?\b|¢)",
        ),
        // "1.62p" a share, "4.5 pence": hundredths of the pound.
        money_pence: re(r"\b(?P<num>\d+(?:\.\d+)?)(?:p| pence)\b"),
        // "MSEK 360", "MUSD 15.8", "TEUR 540", "12.3 MEUR": millions (M) or
        // thousands (T) of a currency, as Nordic and German reports write them.
        money_mcode: re(&format!(
            r"\b(?:(?P<k1>[MT])(?P<c1>{MCODES})\s?(?P<neg>-)?(?P<n1>{NUM})|(?P<n2>{NUM})\s?(?P<k2>[MT])(?P<c2>{MCODES}))\b"
        )),
        // "25,147 crores.": crores with no currency are rupees.
        money_crore: re(&format!(
            r"\b(?P<num>{NUM})\s(?P<scale>(?:[Ll]akh\s)?[Cc]rores?)\b"
        )),
        money_post: re(&format!(
            r"\b(?P<num>{NUM}|{NUM_WORDS}|(?i:one|two|three|four|five|six|seven|eight|nine|ten)|a)(?:\s(?P<scale>trillion|billion|million|thousand|lakh crores?|crores?|lakhs?|mln|bln)|(?P<gscale>bn|mn|m))?\s(?P<word>(?i:{})|{codes})\b",
            words.join("|")
        )),
        percent: re(&format!(
            r"(?:(?P<low>{NUM})\s?(?:~|–|-|to)\s?)?(?P<num>{NUM}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty))(?P<paren>\))?[\s-]?(?P<unit>%p?|(?i:percent)(?:\d{{1,2}})?\b|(?i:per\s?cent)\b|percentage\s+points?\b|ppts?\b|pp\b|basis\s+points?\b|bps\b|bp\b)"
        )),
        quantity: re(&format!(
            r"(?P<qual>\b(?i:more than|over|about|around|approximately|nearly|almost|up to|at least|some|roughly|an estimated|a total of|less than|fewer than)\s)?\b(?P<num>{NUM}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))|{NUM_WORDS}|(?-i:Twenty|Thirty|Forty|Fifty))(?:\s\(\d{{1,3}}\))?(?:\s(?P<scale>million|billion|thousand|hundred|lakhs?|crores?))?(?:\s(?P<unit>(?:[A-Z](?:[a-z]+|\.[A-Z]\.)\s)?(?:(?:[a-z][a-z-]*\s){{0,3}}?|(?:[a-z][a-z-]*\s){{1,2}}[A-Z]{{2,}}\s)(?:[a-z][a-z-]*s|people|businesspeople|staff|personnel|children|women|men|aircraft|feet)\b|[A-Z]{{2,}}s\b|[A-Z][a-z]?[A-Z]+s\b|[A-Z][a-z]+ans\b|(?:[A-Z][a-z]+\s){{1,2}}[A-Z][a-z]+[^s\W]s\b|{0})|(?P<glued>{0})|-(?P<hyphen>{1})\b)",
            // Longest first ("GWh" before "GW"), each ending at a word's end
            // ("ha" is not the start of "have"; "m²" ends in no letter).
            {
                let mut units: Vec<String> = MEASURE_UNITS
                    .iter()
                    .map(|u| {
                        let end = if u.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                            r"\b"
                        } else {
                            ""
                        };
                        format!("{}{end}", regex::escape(u))
                    })
                    .collect();
                units.sort_by_key(|u| std::cmp::Reverse(u.len()));
                units.join("|")
            },
            HYPHEN_UNITS.join("|")
        )),
        date_md: re(&format!(
            r"(?P<on>\b[Oo]n\s)?(?:(?P<wd>{weekdays}),?\s)?(?P<mon>{months})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:\s?[–-]\s?|\sand\s)\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s(?P<year>(?:19|20)\d{{2}})\b)?"
        )),
        date_dm: re(&format!(
            r"(?P<on>\b[Oo]n\s)?(?:(?P<wd>{weekdays}),?\s)?(?:\bthe\s)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s?[–-]\s?|\sand\s(?:the\s)?)\d{{1,2}}(?:st|nd|rd|th)?)?\s(?:of\s)?(?P<mon>{months})(?:,?\s(?P<year>(?:19|20)\d{{2}})\b)?"
        )),
        date_dots: re(r"\b(?:on )?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})\b"),
        date_ago: re(&format!(
            r"\b(?P<n>\d{{1,2}}|{NUM_WORDS}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|[Aa]|[Aa]n)\s(?P<unit>year|month|week|day)s?\sago(?P<today>\stoday)?\b"
        )),
        date_rel: re(&format!(
            r"\b(?:(?P<rel>last|this|next|on|On)\s)?(?P<wd>{weekdays})\b|\b(?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b"
        )),
        milestone_year: re(
            r"\b(?P<prep>(?i:by|until|till|through to|through|before|in the course of|in|into|beyond|from|for|starting in|beginning in|beginning|during|throughout|over the course of|towards|toward|at|around|as early as))\s(?:(?P<part>(?:the\s)?(?:end|beginning|start|middle|first half|second half|latter half|first quarter|second quarter|third quarter|fourth quarter|1st quarter|2nd quarter|3rd quarter|4th quarter|last quarter|(?i:winter|summer|spring|autumn|fall))\sof)\s|(?P<h>[12]H|H[12])\s)?(?:(?:early |late |mid-)?(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December),?\s(?:of\s)?)?(?:(?:calendar |[Ff]iscal |the )?(?:year|Year) |[Ff]iscal |year-end |end-|mid-|(?i:fall|spring|summer|autumn|winter) |early |late |this )?(?P<year>(?:19|20)\d{2}|FY\s?(?:19|20)\d{2}|FY\d{2}|fiscal year (?:19|20)\d{2}|next year|this year)\b",
        ),
        milestone_target: re(
            r"\b(?P<year>(?:19|20)\d{2})\s(?:[a-z]+\s){0,3}?(?:(?:target|goal|deadline)s?|(?P<ahead>guidance|outlook|expectations|objectives?|commitments?|ambitions?))\b",
        ),
        milestone_range: re(
            r"\(?(?P<y1>(?:19|20)\d{2})\s?[–—‒-]\s?(?P<y2>(?:19|20)\d{2})\)?|\bfrom\s(?P<f1>(?:19|20)\d{2})\s(?:to|through|until)\s(?P<f2>(?:19|20)\d{2})\b|\bbetween\s(?P<b1>(?:19|20)\d{2})\s(?:and|&)\s(?P<b2>(?:19|20)\d{2})\b|\bbetween now and (?P<now_to>(?:19|20)\d{2})\b|\((?P<solo>(?:19|20)\d{2})\)",
        ),
        milestone_rel: re(
            r"\b(?P<when>[Nn]ext year|[Tt]his year|this month|next month|this (?:summer|spring|autumn|fall|winter)|(?:[Bb]y|[Bb]efore) the (?:summer|spring|autumn|fall|winter)|(?:[Bb]efore|[Bb]y) (?:the )?end of (?:the|this) year|(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or) the coming year|(?:[Bb]efore|[Bb]y) (?:the )?year[- ]end|[Bb]y year[’']s end|later in the year|(?:[Ww]ithin|[Ii]n|[Bb]y|[Dd]uring) the (?:first|second|latter) half(?: of (?:the|this) year)?|(?:[Ii]n|[Bb]y|[Dd]uring|[Ff]or) the (?:first|second|third|fourth) quarter(?: of (?:the|this) year)?)\b(?P<poss>[’']s)?",
        ),
        milestone_month: re(
            r"\b(?:in|by|until|before|during|from)\s(?:the (?:end|beginning|start) of )?(?:next |this |early |mid-|late )?(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b",
        ),
        // "Denso Mexico S.A. de C.V.", "Enel S.p.A.", "Philips N.V.": names
        // closed by a dotted legal form, which the word scanner splits.
        dotted_legal: re(
            r"\b(?P<name>[A-Z][\w&’'-]*(?:\.com)?(?: (?:[A-Z][\w&’'-]*(?:\.com)?|de|del|&)){0,4}),? (?P<form>S\.A\.(?:B\.)?(?: de C\.V\.)?|S\.p\.A\.|S\.L\.|S\.R\.L\.|N\.V\.|B\.V\.|K\.K\.|S\.A\.S\.|S\.E\.|Ltda\.)",
        ),
        milestone_or: re(r"^\s(?P<conj>or|and)\s(?:early\s|late\s)?(?P<year>(?:19|20)\d{2})\b"),
        // "the 2015/16 fiscal year", "budget for 2015-16".
        milestone_fiscal: re(
            r"\b(?P<a>(?:19|20)\d{2})[-/–](?P<b>\d{2})\b(?P<fy>\s(?:fiscal|financial) year)?",
        ),
        // "early 2026", "mid-2025", "mid 2011", "mid-year 2020".
        milestone_edge: re(
            r"\b(?:[Ee]arly|[Ll]ate|[Mm]id-year|[Mm]id-|[Mm]id\s|[Ss]ummer\s|[Ss]pring\s|[Aa]utumn\s|[Ww]inter\s)\s?(?P<year>(?:19|20)\d{2})\b",
        ),
        milestone_quarter: re(
            r"\b(?:(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth) quarter(?: of)?|Q(?P<qn>[1-4])|(?P<nq>[1-4])Q|quarter (?P<wq>one|two|three|four)) (?P<year>(?:19|20)\d{2})\b",
        ),
        milestone_next: re(&format!(
            r"(?i)\b(?:(?:over|in|within|during|for|through) the (?:next|coming|upcoming) (?P<decade>decade)|(?:over|in|within|during|for)(?: each of)? the (?:next|coming|upcoming) (?P<n>\d{{1,2}}|{NUM_WORDS})(?: to (?P<nmax>\d{{1,2}}|{NUM_WORDS}))? (?P<unit0>years|months)|(?P<short>within|in) (?:approximately |about |around )?(?P<n2>\d{{1,2}}|{NUM_WORDS}) (?P<unit>years|months)|(?P<over>over) (?:next )?(?P<n3>\d{{1,2}}|{NUM_WORDS}) years)\b"
        )),
        agreement: re(&format!(
            r"(?:\b(?P<pfx>[A-Z][\w.]*(?:[–—-][A-Z][\w.]*)+(?:\s[A-Z0-9][\w.]*)*)\s)?(?P<noun>(?P<named>(?:[A-Z](?:[\w-]|\.\w)*\s(?:(?:and|for|on|of)\s)?){{1,6}}(?:Agreement|Arrangement)s?\b(?:\s(?:for|on)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)?(?:\s[\[(]“?[A-Z][A-Z-]+”?[\])])?|\bAgreement\s(?:on|for)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*|\bProtocol\s(?:of|on)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)|[Mm]emorandum of [Uu]nderstandings?\b(?:\s\(MOU\))?|[Mm]emorand(?:a|ums) of [Uu]nderstandings?\b|(?:{known})\b|[Ll]etters? of [Ii]ntent\b|[Ee]xchanges? of [Nn]otes\b|Memorandum of Cooperation(?:\s\((?:MoC|MOC)\))?|MOUs?\b|MoUs?\b|MoCs?\b|MOAs?\b|MoAs?\b|(?:[Ff]ree [Tt]rade|[Tt]rade|[Ii]nvestment|[Cc]ooperation|[Pp]artnership|[Ff]ramework|[Bb]ilateral|[Ss]upply)\s[Aa]greements?\b|FTAs?\b|CEPA\b|EPA\b|\b[Tt]reaty\b|\b[Aa]ccord\b|\b[Pp]act\b|\b(?:[a-z]{{3,}}\s){{0,2}}(?:agreements?|contracts?|deals?)\b)",
            known = KNOWN_AGREEMENTS
                .iter()
                .map(|a| regex::escape(a))
                .collect::<Vec<_>>()
                .join("|")
        )),
        // "(ESB)", "(“Olam” or “the Company”)", "(the OPEC Fund)": a short
        // name in brackets.
        // "(CDFI Fund)": an acronym and a head word.
        acronym_def: re(
            // A short name in quotation marks may run to four words:
            // "Al Foah Company LLC (“Al Foah”)".
            r#"\s\((?:the )?(?:[“"](?P<quoted>[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,3})[”"]|[“"]?(?P<acr>[A-Z][A-Za-z0-9&]*|[A-Z]{2,} [A-Z][a-z]+)[”"]?)(?:\)|,| or )"#,
        ),
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
    // "1.000.000": two or more groups of three after stops are thousands,
    // as continental copies write them.
    let dotted = s.matches('.').count() >= 2
        && s.split('.').skip(1).all(|g| g.len() == 3)
        && s.split('.')
            .next()
            .is_some_and(|h| (1..=3).contains(&h.len()));
    if dotted {
        return s.replace('.', "").parse().ok();
    }
    s.replace([',', '\'', ' '], "").parse().ok()
}

fn scale(s: Option<&str>) -> f64 {
    // "$550 Million" in a title-cased line is still a million.
    let lower = s.map(str::to_ascii_lowercase);
    match lower.as_deref() {
        // "US$ 15 billions", as some releases write it.
        Some("trillion" | "trillions" | "tn") => 1e12,
        // "RM1bil", "RM500mil": Malaysian copies shorten the scales so.
        Some("billion" | "billions" | "bn" | "bln" | "bil" | "b") => 1e9,
        Some("million" | "millions" | "mn" | "m" | "mln" | "mil") => 1e6,
        Some("thousand" | "k") => 1e3,
        // "Rs.1 lakh crores": a hundred thousand crores.
        Some("lakh crore" | "lakh crores") => 1e12,
        // "Rs. 65 Crores", "Rs. 32.50 Crs.".
        Some("crore" | "crores" | "cr" | "crs") => 1e7,
        Some("lakh" | "lakhs") => 1e5,
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
    // Walked char by char with a look at the next: called on every body.
    let mut chars = s.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let inner = matches!(c, '-' | '.' | '&' | '’' | '\'')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
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
    // Asked of nearly every word: the common answers first.
    let Some(first) = w.chars().next() else {
        return false;
    };
    if first.is_uppercase() {
        return true;
    }
    // "eMagin", "bKash", "eBay": a brand's lower-case first letter before a
    // capital and a lower-case rest ("mRNA", "kWh" are units and terms).
    let b = w.as_bytes();
    if first.is_ascii_lowercase()
        && b.len() >= 4
        && b[1].is_ascii_uppercase()
        && b[2..].iter().all(u8::is_ascii_lowercase)
    {
        return true;
    }
    // A surname with its particles, joined by `persons`: "de Jong", "von
    // der Leyen".
    w.split_once(' ')
        .is_some_and(|(p, rest)| NAME_PARTICLES.contains(&p) && capitalised(rest))
}

/// `w` with its first letter in capitals: "president" → "President".
fn capitalise_first(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Particles that belong to the surname after them ("Michael de Jong",
/// "Ursula von der Leyen", "Mohammed bin Salman", "Hassan al Barwani"),
/// "Bin" capitalised too ("Abdullah Bin Mohammad Al Thani"), and the Irish
/// "Ó" and "Ní" ("Máirtín Ó Muilleoir", "Áine Ní Chonaill").
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "bin", "bint",
    "binti", "ibn", "le", "la", "al", "Bin", "Binti", "Bint", "Ó", "Ní",
    // Dutch: "Olivier te Boekhorst", "Gerrit ter Horst".
    "te", "ter",
];

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
                | "There"
                | "Here"
                | "Our"
                | "My"
                | "Your"
                | "Both"
                | "Each"
                | "All"
                // A speech verb that opens a sentence: "Says Sim Tshabalala, …".
                | "Says"
                | "Said"
                | "Adds"
                | "Added"
                | "According"
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
            let name = r.intl_of[m.pattern().as_usize()];
            // The body's acronym is the gazetteer's: "FAO" is the Food and
            // Agriculture Organization's, whichever form the text uses.
            let acronym = INTERNATIONAL_ORGS
                .iter()
                .find(|(n, _)| *n == name)
                .and_then(|(_, aliases)| {
                    aliases.iter().find(|a| {
                        **a != name && a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase())
                    })
                })
                .map(|a| a.to_string());
            out.push(Cand {
                span,
                rule: "org.international",
                data: CandData::Org {
                    name: name.to_string(),
                    acronym,
                },
            });
        }
    }
    dotted_legal_names(body, r, &mut out);
    coordinated_and_described(body, &words, &mut out);
    // "the Tourism Relief Fund", "Skills Development Fund": a pool of
    // money a programme pays out of is no body (the "International
    // Monetary Fund" and the "Global Fund" are).
    let funding_pool = |name: &str| {
        name.strip_suffix(" Fund").is_some_and(|head| {
            head.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "Relief"
                        | "Recovery"
                        | "Revitalization"
                        | "Revitalisation"
                        | "General"
                        | "Guarantee"
                        | "Challenge"
                        | "Innovation"
                        | "Infrastructure"
                        | "Growth"
                        | "Trust"
                        | "Stimulus"
                        | "Support"
                        | "Assistance"
                )
            })
        })
    };
    // Nor is any shorter name read inside it ("Liberia Reconstruction
    // Trust").
    let pools: Vec<Range<usize>> = out
        .iter()
        // One defined with an acronym is left to the programme rule below,
        // which drops its acronym's mentions too.
        .filter(|c| matches!(&c.data, CandData::Org { name, acronym: None } if funding_pool(name)))
        .map(|c| c.span.clone())
        .collect();
    // "European Union" is a bloc whatever head word it ends in, and so is
    // "ASEAN" when a text defines it; "Co., Ltd." alone names nobody.
    out.retain(|c| match &c.data {
        CandData::Org { acronym: None, .. }
            if pools
                .iter()
                .any(|p| p.start <= c.span.start && c.span.end <= p.end) =>
        {
            false
        }
        CandData::Org { name, acronym } => {
            !PLACE_NAMES.contains(name.as_str())
                && !acronym.as_deref().is_some_and(bloc_or_country)
                && !name
                    .split([' ', ','])
                    .filter(|w| !w.is_empty())
                    .all(is_legal_form)
        }
        CandData::OrgAcronym { acronym } => !bloc_or_country(acronym),
        _ => true,
    });
    legislatures(body, &mut out);
    municipalities(body, &mut out);
    prefixed_companies(body, &words, &mut out);
    persons(body, &words, &mut out);
    colon_titled(body, &mut out);
    orgs_end_before_people(body, &mut out);
    countries(body, r, &mut out);
    // A country inside a funding pool's name ("Liberia Reconstruction
    // Trust Fund") is the pool's, as it would be an organisation's.
    out.retain(|c| {
        !(matches!(c.data, CandData::Country { .. })
            && pools
                .iter()
                .any(|p| p.start <= c.span.start && c.span.end <= p.end))
    });
    governments(body, &words, &mut out);
    country_prefixed_orgs(body, &mut out);
    hyphen_joined_orgs(body, &mut out);
    discourse_orgs(body, &words, title, &mut out);
    // A name found only because it speaks ("Azure Power said") is an
    // organisation's when any rule reads the same words as one anywhere in
    // the release, or when it names a field ("Area Development").
    if out.iter().any(|c| c.rule == "person.speaking") {
        let org_names: Vec<&str> = out
            .iter()
            .filter(|c| matches!(c.data, CandData::Org { .. }))
            .map(|c| &body[c.span.clone()])
            .collect();
        out.retain(|c| {
            c.rule != "person.speaking" || {
                let text = &body[c.span.clone()];
                !org_names.iter().any(|o| o.contains(text))
                    && !text
                        .split(' ')
                        .any(|t| FIELD_WORDS.contains(&t) || DEPARTMENTS.contains(&t))
            }
        });
    }
    // After every organisation is read: "John Deere", "Tim Hortons".
    given_names(body, &words, &mut out);
    listed_with_people(body, &words, &mut out);
    lone_speakers(body, &words, &mut out);
    role_divisions(body, &mut out);
    // Partners of the organisations found by ticker or headline: "Roche
    // (SIX: RO) and Novartis".
    if out
        .iter()
        .any(|c| matches!(c.rule, "org.ticker" | "org.discourse"))
    {
        coordinated_and_described(body, &words, &mut out);
    }
    // "held negotiations with Lavrov" after "Sergey Lavrov": a partner
    // named by a person's surname is that person ("Gerdau" inside "André
    // B. Gerdau Johannpeter" is no surname, and the company stays).
    if out.iter().any(|c| c.rule == "org.neighbour") {
        let surnames: HashSet<&str> = out
            .iter()
            .filter(|c| matches!(c.data, CandData::Person { .. }))
            .filter_map(|c| body[c.span.clone()].rsplit(' ').next())
            .collect();
        out.retain(|c| {
            let text = &body[c.span.clone()];
            !(c.rule == "org.neighbour" && !text.contains(' ') && surnames.contains(text))
        });
    }
    // "member of the Supervisory Board": a company's body with no name of
    // its own; "Emiratisation efforts": a policy's process noun; "Acting"
    // before a title.
    out.retain(|c| {
        let text = &body[c.span.clone()];
        !(matches!(c.data, CandData::Org { .. })
            && (matches!(
                text,
                "Supervisory Board"
                    | "Managing Board"
                    | "Management Board"
                    | "Board of Management"
                    | "Board of Directors"
            ) || (!text.contains(' ')
                && (text.ends_with("isation") || text.ends_with("ization"))
                && !matches!(text, "Organisation" | "Organization"))
                // "Chiruit Isarangkun, Acting President of TCEB": a
                // title's modifier alone names nothing.
                || matches!(text, "Acting" | "Interim" | "Senior" | "Outgoing" | "Incoming")))
    });
    local_dollars(body, &mut out);
    events(body, published, r, &mut out);
    milestones(body, published, r, &mut out);
    agreements(body, r, &mut out);
    quotes(body, title, &mut out);
    out
}

/// Whether an acronym a text defines names a country or a bloc ("ASEAN",
/// "UAE"), not a body: a state's abbreviation ("VA", "CA") is also the
/// initials of "Veterans Affairs" or a "Council of Administration".
fn bloc_or_country(acronym: &str) -> bool {
    PLACE_NAMES.contains(acronym) && country_of_alias(acronym).is_some()
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

/// Where the clause starting `s` ends: at a comma, a semicolon, or a stop
/// that ends a sentence (after a lower-case letter, so "U.K." goes on).
fn clause_end(s: &str) -> usize {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match c {
            // "the CEO of the bank: “We are …": a colon ends the role too.
            b',' | b';' | b':' | b'\n' => return i,
            b'.' if i > 0 && b[i - 1].is_ascii_lowercase() => return i,
            // "…, says Lain Jager, Zespri CEO." ends the sentence; the stops
            // of "U.K." do not.
            b'.' if i > 0
                && b[i - 1].is_ascii_uppercase()
                && matches!(b.get(i + 1), None | Some(b' ' | b'\n'))
                && !s[..i].rsplit(' ').next().is_some_and(|w| w.contains('.')) =>
            {
                return i;
            }
            _ => {}
        }
    }
    s.len()
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

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

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
    /// Every id given out, so a new slug is checked in constant time (a
    /// scan of the entities made a corpus's resolution quadratic).
    slugs: HashSet<String>,
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
    "s.e",
    "pte",
    "pvt",
    "bhd",
    "sdn",
    "berhad",
    "s.a.b",
    "c.v",
    "ltda",
    "s.p.a",
    "spa",
    "oyj",
    "asa",
    "kgaa",
    "s.a.a",
    "pjsc",
    "jsc",
    "ojsc",
    "eood",
    "nyrt",
    "a/s",
    "sa/nv",
    "q.p.s.c",
    "q.s.c",
    "b.v",
    "k.k",
    "s.r.l",
    "d.o.o",
    "pty",
    "tbk",
    "llp",
    "b.s.c",
    "k.s.c",
    "k.s.c.p",
    "s.a.o.g",
    "p.j.s.c",
    "p.s.c",
    "s.a.e",
    "ehf",
    "hf",
];

/// Legal forms that are also English words ("as"), counted only as written
/// in capitals: "Nova Sea AS", "Volvo AB".
const CAPITAL_LEGAL_FORMS: &[&str] = &["AS", "AB", "Oy", "BV", "ApS"];

/// Whether `word` is a legal form, whatever its case and its closing stop
/// or comma ("Ltd.", "Inc.,"). The entity keys and the scorer both ask.
pub(crate) fn is_legal_form(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    // Asked of most words, so no allocation: the longest form is
    // "incorporated".
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    CAPITAL_LEGAL_FORMS.contains(&word) || LEGAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// `name` without the legal forms at its end and the comma before them:
/// "Mitsubishi Heavy Industries, Ltd." → "Mitsubishi Heavy Industries",
/// "CEMEX, S.A.B. de C.V." → "CEMEX". A one-word name stays whole.
pub(crate) fn without_legal_forms(name: &str) -> &str {
    let mut s = name.trim();
    let mut stripped = false;
    while let Some((stem, last)) = s.trim_end_matches([',', ' ']).rsplit_once(' ') {
        // "de" joins two legal forms: "S.A. de C.V.".
        if !(is_legal_form(last) || (stripped && last.eq_ignore_ascii_case("de"))) {
            break;
        }
        s = stem;
        stripped = true;
    }
    s.trim_end_matches([',', ' '])
}

/// Whether `part` is one of the words of `full`, or one half of a
/// hyphenated word: "Kim" of "Kim Jung-kwan", "Hamilton-Smith" of "Martin
/// Hamilton-Smith".
fn names_part(full: &str, part: &str) -> bool {
    // "Sulzberger," in "Arthur Sulzberger, Jr." is a name word too.
    full.split(' ')
        .map(|w| w.trim_end_matches(','))
        .any(|w| w == part || w.split('-').any(|t| t == part))
}

fn key(s: &str) -> String {
    let lower = without_legal_forms(s).to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // "Commerce Department" is the "Department of Commerce".
    if let [field, head @ ("department" | "ministry")] = words.as_slice() {
        return format!("{head} of {field}");
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
        if self.slugs.contains(&slug) {
            slug = format!("{slug}-{id}");
        }
        self.slugs.insert(slug.clone());
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

    /// Records a form the entity is written in, without making it a key
    /// other mentions resolve by: "Nasdaq" for the Nasdaq Stock Market in
    /// one release need not make every "Nasdaq" elsewhere that entity.
    fn written_as(&mut self, id: u32, surface: &str) {
        let e = &mut self.entities[id as usize];
        if surface != e.name && !e.aliases.iter().any(|a| a == surface) {
            e.aliases.push(surface.to_string());
        }
    }

    fn alias(&mut self, id: u32, kind: EntityKind, alias: &str) {
        let e = &mut self.entities[id as usize];
        if alias != e.name && !e.aliases.iter().any(|a| a == alias) {
            e.aliases.push(alias.to_string());
        }
        self.by_key.entry((kind as u8, key(alias))).or_insert(id);
    }
}

/// Whether no fact but a quotation covers any of `span`: a person's name
/// found again is a mention only where nothing else was found.
fn uncovered(facts: &[Fact], span: &Range<usize>) -> bool {
    facts.iter().all(|f| {
        f.kind() == FactKind::Quote
            || f.span[1] as usize <= span.start
            || span.end <= f.span[0] as usize
    })
}

/// A mention of person `entity` at `span`, without a role.
fn person_mention(span: &Range<usize>, sentence: [u32; 2], rule: &str, entity: u32) -> Fact {
    Fact {
        span: [span.start as u32, span.end as u32],
        sentence,
        rule: rule.to_string(),
        data: FactData::Person { entity, role: None },
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
            let mut cands = resolve_overlaps(candidates(
                &rel.body,
                defs,
                &rel.title,
                rel.date,
                &acronyms,
                &acronym_list,
            ));
            short_forms_of_full_names(&mut cands);
            funding_programmes(&rel.body, &mut cands);
            cands
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
                // Each role once: a minister named in a thousand releases
                // would otherwise carry a thousand copies to every scan.
                if let Some(r) = role
                    && !full_people[i].1.contains(r)
                {
                    full_people[i].1.push(r.clone());
                }
            }
        }
    }
    let org_entity = |reg: &mut Registry, name: &str, acronym: Option<&str>| -> u32 {
        let (canonical, renamed_acr) = current_name(name);
        // "Commerce Department" is named as the "Department of Commerce".
        let canonical = match canonical.split(' ').collect::<Vec<_>>().as_slice() {
            // "Treasury Department" is the "Department of the Treasury".
            [field @ ("Treasury" | "Interior"), head @ "Department"] => {
                format!("{head} of the {field}")
            }
            [field, head @ ("Department" | "Ministry")] => format!("{head} of {field}"),
            _ => government_name(canonical).unwrap_or_else(|| canonical.to_string()),
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
        // The country the release speaks of most (the first of equals),
        // whose state bodies its "Council of Ministers" names.
        let mut mentions: Vec<(&str, usize)> = Vec::new();
        for c in &cands {
            if let CandData::Country {
                name,
                code: Some(_),
            } = &c.data
            {
                match mentions.iter_mut().find(|(n, _)| n == name) {
                    Some((_, count)) => *count += 1,
                    None => mentions.push((name, 1)),
                }
            }
        }
        let home = mentions
            .iter()
            .rev()
            .max_by_key(|(_, count)| *count)
            .map(|(name, _)| with_article(name));
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
                    let of_home = home
                        .as_ref()
                        .filter(|_| STATE_BODIES.contains(&name))
                        .map(|home| format!("{name} of {home}"));
                    let id = org_entity(
                        &mut reg,
                        of_home.as_deref().unwrap_or(name),
                        acronym.as_deref(),
                    );
                    reg.written_as(id, &body[c.span.clone()]);
                    FactData::Organization { entity: id }
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
                            .find(|n| names_part(n, name));
                        here.or_else(|| {
                            // Elsewhere in the corpus: the one person with this
                            // name who holds this title ("Minister Kim").
                            let title = role.as_deref().unwrap_or("");
                            let named: Vec<&(String, Vec<String>)> = full_people
                                .iter()
                                .filter(|(n, _)| names_part(n, name))
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
                        // "Jennifer Granholm" after "Jennifer M. Granholm": one
                        // person; "Minister Petitpas Taylor" after "Ginette
                        // Petitpas Taylor" too, a surname of two words.
                        people_here
                            .iter()
                            .map(|(_, id)| &reg.entities[*id as usize].name)
                            .find(|n| {
                                same_but_initials(n, name)
                                    || (name.split(' ').count() == 2
                                        && n.strip_suffix(name.as_str()).is_some_and(|given| {
                                            given.ends_with(' ')
                                                && given.split_whitespace().all(capitalised)
                                        }))
                            })
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
                // "Martin Hamilton-Smith" has a double-barrelled surname.
                let surname = if parts[parts.len() - 1]
                    .split_once('-')
                    .is_some_and(|(_, given)| given.starts_with(char::is_lowercase))
                {
                    parts[0].to_string()
                } else {
                    // "de Jong", "von der Leyen": the particles go with it.
                    let mut first = parts.len() - 1;
                    while first > 1 && NAME_PARTICLES.contains(&parts[first - 1]) {
                        first -= 1;
                    }
                    parts[first..].join(" ")
                };
                let ids = by_surname.entry(surname).or_default();
                if !ids.contains(id) {
                    ids.push(*id);
                }
                // "Héctor Valdez Albizu … Valdez Albizu pointed out": a
                // Spanish name's two surnames stand together.
                let n = parts.len();
                if n >= 3
                    && parts[n - 2..]
                        .iter()
                        .all(|p| p.chars().count() >= 3 && p.chars().all(char::is_alphabetic))
                    && parts[n - 2].starts_with(char::is_uppercase)
                    && !parts[n - 2..].iter().any(|p| HONORIFICS.contains(p))
                {
                    let ids = by_surname.entry(parts[n - 2..].join(" ")).or_default();
                    if !ids.contains(id) {
                        ids.push(*id);
                    }
                }
            }
        }
        // "Since becoming CEO, Juan has …" after "Juan R. Luciano": a given
        // name alone, when one person here bears it and no one's surname
        // is the same word.
        let mut by_given: HashMap<String, Vec<u32>> = HashMap::default();
        for (_, id) in &people_here {
            let name = &reg.entities[*id as usize].name;
            let parts: Vec<&str> = name.split(' ').collect();
            let korean = parts.len() == 2 && parts[1].contains('-');
            // "Pixar President" is a role misread as a name.
            let titled = parts.iter().any(|p| TITLE_STARTS.contains(p));
            if parts.len() >= 2
                && !korean
                && !titled
                && parts[0].chars().count() >= 3
                && parts[0].chars().all(char::is_alphabetic)
                && parts[0].chars().skip(1).all(char::is_lowercase)
            {
                let ids = by_given.entry(parts[0].to_string()).or_default();
                if !ids.contains(id) {
                    ids.push(*id);
                }
            }
        }
        let mut givens: HashSet<String> = HashSet::default();
        for (given, ids) in by_given {
            if ids.len() == 1 && !by_surname.contains_key(&given) {
                givens.insert(given.clone());
                by_surname.entry(given).or_insert(ids);
            }
        }
        // "Olzhas Bektenov informed the deputies … Prime Minister Olzhas
        // Bektenov noted": a full name found once is a mention wherever it
        // is written whole, before its first titled mention too.
        let mut full_names: Vec<(String, u32)> = people_here
            .iter()
            .map(|(_, id)| (reg.entities[*id as usize].name.clone(), *id))
            .filter(|(name, _)| name.contains(' '))
            .collect();
        full_names.sort();
        full_names.dedup();
        for (name, id) in &full_names {
            for (at, _) in body.match_indices(name.as_str()) {
                let span = at..at + name.len();
                let free = uncovered(&facts, &span);
                // "the Stephen A. Schwarzman Centre", "its Commercial
                // Airplanes operations": a name that qualifies a noun or
                // follows a determiner names a thing.
                let qualifies = body[span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                    || word_before(body, span.start).is_some_and(|w| {
                        matches!(
                            &body[w],
                            "the" | "The" | "its" | "their" | "our" | "his" | "her" | "a" | "an"
                        )
                    });
                if whole(body, &span)
                    && free
                    && !qualifies
                    && !body[span.end..].starts_with(['-', '–'])
                {
                    facts.push(person_mention(
                        &span,
                        sentence_range(&span),
                        "person.named-again",
                        *id,
                    ));
                    people_here.push((at, *id));
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
        // Two surnames before one of them.
        surnames.sort_by_key(|(s, _)| (std::cmp::Reverse(s.len()), *s));
        for (surname, id) in surnames {
            for (at, _) in body.match_indices(surname.as_str()) {
                let span = at..at + surname.len();
                let free = uncovered(&facts, &span);
                let after_first = first_full.get(&id).is_some_and(|first| *first < at);
                // "the Floyd family", "the Biden administration": a
                // surname that qualifies a noun names no one.
                let modifier = [" family", " administration", " government", " era"]
                    .iter()
                    .any(|n| body[span.end..].starts_with(n));
                // "Elton John", "John Deere": a given name inside another
                // name.
                let in_name = givens.contains(surname.as_str())
                    && (body[span.end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                        || word_before(body, span.start).is_some_and(|w| {
                            &body[w.end..span.start] == " " && name_word(&body[w])
                        }));
                // "in Jan 2012", "Jan. 5": a month's name before a number
                // is a date, whoever is called so.
                let dated = month_number(surname).is_some()
                    && body[span.end..]
                        .trim_start_matches(['.', ' '])
                        .starts_with(|c: char| c.is_ascii_digit());
                if whole(body, &span)
                    && free
                    && after_first
                    && !modifier
                    && !in_name
                    && !dated
                    && !body[span.end..].starts_with(['-', '–'])
                {
                    facts.push(person_mention(
                        &span,
                        sentence_range(&span),
                        "person.surname",
                        id,
                    ));
                    people_here.push((at, id));
                }
            }
        }
        people_here.sort_by_key(|(at, _)| *at);
        // "Statement of USTR Rob Portman On …": the author speaks every
        // quotation the body does not attribute to someone else.
        let author = statement_author_of(&rel.title, &rel.body)
            .map(|name| {
                let known = people_here
                    .iter()
                    .map(|(_, id)| &reg.entities[*id as usize].name)
                    .find(|n| same_but_initials(n, &name))
                    .cloned()
                    .unwrap_or(name);
                reg.get_or_add(EntityKind::Person, &known, "person")
            })
            .or_else(|| {
                // A message in one person's own words that no headline names
                // is signed: "… in the coming years.¶Ryoichi Matsuyama
                // President, Japan National Tourism Organization". The person
                // named in the short last paragraphs speaks it.
                if !quotes::addressed_in_person(&rel.title, body) {
                    return None;
                }
                let mut tail = body.trim_end().len();
                for _ in 0..2 {
                    let start = body[..tail].rfind("\n\n").map_or(0, |i| i + 2);
                    if body[start..tail].split_whitespace().nth(12).is_some() {
                        break;
                    }
                    tail = start.saturating_sub(2);
                }
                let tail = body[..tail].len();
                people_here
                    .iter()
                    .find(|(at, _)| *at > tail)
                    .map(|(_, id)| *id)
            });
        // People named inside a quotation are spoken of, not speaking.
        let quoted: Vec<Range<usize>> = quotes.iter().map(|&(_, o, c)| o..c).collect();
        let outside: Vec<(usize, u32)> = people_here
            .iter()
            .copied()
            .filter(|(at, _)| !quoted.iter().any(|q| q.contains(at)))
            .collect();
        // The roles stated at each person's mentions, for "the Prime
        // Minister said".
        let roles: Vec<(usize, u32, String)> = facts
            .iter()
            .filter_map(|f| match &f.data {
                FactData::Person {
                    entity,
                    role: Some(role),
                } => Some((f.span[0] as usize, *entity, role.to_lowercase())),
                _ => None,
            })
            .collect();
        let speakers = Speakers {
            body,
            people: &people_here,
            outside: &outside,
            roles: &roles,
            author,
        };
        let mut previous = None;
        // Where the last quotation ended: its attribution runs on to the
        // end of that sentence.
        let mut previous_close = None;
        let mut quotes = quotes;
        quotes.sort_by_key(|&(_, open, _)| open);
        for (i, open, close) in quotes {
            let speaker = speakers.of(open, close, previous, previous_close);
            previous = speaker.or(previous);
            previous_close = Some(close);
            facts[i].data = FactData::Quote { speaker };
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
    // "Manish A Mehta" is "Manish A. Mehta": an initial with or without
    // its stop.
    let stops_only = || a.replace('.', "") == b.replace('.', "");
    a != b
        && (a.split(' ').count() != b.split(' ').count() || stops_only())
        && words(a) == words(b)
        && words(a).len() >= 2
}

/// "Bart Kalkstein, senior vice president and president, Reinforcement
/// Materials, said", "Daniel Kunz, President and CEO of U.S. Geothermal
/// said": capitals between a named person's role and the speech verb are
/// the role's division or company, not a second speaker. (Two speakers are
/// joined by ", and ": "Richard Adkerson, Chairman, and Kathleen Quirk,
/// CEO, said".)
fn role_divisions(body: &str, out: &mut Vec<Cand>) {
    let people: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .map(|c| c.span.clone())
        .collect();
    out.retain(|c| {
        if !matches!(c.data, CandData::Person { .. }) {
            return true;
        }
        let verb = body[c.span.end..]
            .trim_start_matches(',')
            .trim_start()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        // The division follows its title after a comma or "of"; a name
        // right after a title ("CEO Gary LaGrange said") is the speaker's.
        let lead = &body[..c.span.start];
        let speaks = ATTRIBUTION_VERBS.contains(&verb) || verb == "commented";
        if !speaks || !(lead.ends_with(", ") || lead.ends_with(" of ")) {
            return true;
        }
        !people.iter().any(|p| {
            p.end < c.span.start && {
                let between = &body[p.end..c.span.start];
                between.starts_with(", ")
                    && between.len() <= 100
                    && !between.contains(", and ")
                    && !between.contains(". ")
                    && !between.contains(['\n', '“', '"', ';', '(', ')'])
            }
        })
    });
}

/// What a quotation's speaker is chosen from in one release.
struct Speakers<'a> {
    body: &'a str,
    /// Every person mention, by position.
    people: &'a [(usize, u32)],
    /// The mentions outside quotations: people named inside one are spoken
    /// of, not speaking.
    outside: &'a [(usize, u32)],
    /// The roles stated at person mentions: position, person, lower case.
    roles: &'a [(usize, u32, String)],
    /// The author a statement's headline names.
    author: Option<u32>,
}

impl Speakers<'_> {
    /// The person a role speaks for in `clause`: "the Prime Minister said",
    /// "The highly influential CEO said:" name no one, but point to the one
    /// person of this release given that role, or of several the last
    /// named before `before`. The role is the run of capitalised words
    /// just before the speech verb, after "the" and at most two lower-case
    /// words.
    fn by_role(&self, clause: &str, before: usize) -> Option<u32> {
        let verb = SPEECH_VERBS
            .iter()
            .filter_map(|v| clause.find(&format!(" {v}")))
            .min()?;
        let words: Vec<&str> = clause[..verb].split(' ').collect();
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let run = words.iter().rev().take_while(|w| capitalised(w)).count();
        if run == 0 || run > 4 {
            return None;
        }
        let lead = &words[..words.len() - run];
        let article = lead
            .iter()
            .rev()
            .take(3)
            .position(|w| matches!(*w, "the" | "The"))?;
        if lead.iter().rev().take(article).any(|w| capitalised(w)) {
            return None;
        }
        let role = words[words.len() - run..].join(" ").to_lowercase();
        let holds = |r: &str| {
            r.split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect::<Vec<_>>()
                .windows(run)
                .any(|w| w.join(" ") == role)
        };
        let mut holders = self.roles.iter().filter(|(_, _, r)| holds(r));
        let first = holders.clone().next()?.1;
        if holders.clone().all(|(_, id, _)| *id == first) {
            return Some(first);
        }
        holders.rfind(|(at, ..)| *at < before).map(|(_, id, _)| *id)
    }

    /// The speaker of the quotation between `open` and `close`: a person in
    /// its lead-in clause or its attribution after it; for "he said", the
    /// `previous` quotation's speaker; else the statement's author, else the
    /// last person named before it outside quotations.
    fn of(
        &self,
        open: usize,
        close: usize,
        previous: Option<u32>,
        previous_close: Option<usize>,
    ) -> Option<u32> {
        let body = self.body;
        let sentence = sentence_of(body, open);
        let lead = &body[sentence.start.min(open)..open];
        // A person mention inside the lead-in clause; of two speakers
        // joined by "and" ("Richard Adkerson, Chairman, and Kathleen Quirk,
        // CEO, said: …"), the first named.
        let lead_people: Vec<&(usize, u32)> = self
            .people
            .iter()
            .filter(|(at, _)| *at >= sentence.start.min(open) && *at < open)
            .collect();
        let joined = |between: &str| {
            (between.contains(", and ") || between.ends_with(" and "))
                && !between.contains([';', '“', '"'])
                && between.len() < 120
        };
        let in_lead = match lead_people.as_slice() {
            [.., (a, first), (b, last)] if first != last && joined(&body[*a..*b]) => Some(*first),
            [.., (_, last)] => Some(*last),
            [] => None,
        };
        // "Laura Mason, CEO …: “…”": a colon before the quotation
        // introduces it as a speech verb does.
        let colon = lead
            .trim_end_matches([' ', '“', '"', '‘', '\''])
            .ends_with(':');
        let lead_speaks = colon || quotes::speech_verb(lead);
        if in_lead.is_some() && lead_speaks {
            return in_lead;
        }
        if lead_speaks && let Some(id) = self.by_role(lead, open) {
            return Some(id);
        }
        // "…,” said Minister Kim." / "…,” Mr. Nakao said.": up to the next
        // stop (not an abbreviation's) or quotation mark.
        // Past the closing comma and mark ('"' closes as it opens).
        let close = body.len() - body[close..].trim_start_matches([',', '”', '"', '’']).len();
        let after_all = &body[close..];
        let boundary = close
            + after_all
                .find(['“', '"', '\n'])
                .unwrap_or(after_all.len())
                .min(quotes::clause_stop(after_all));
        let segment = &body[close..boundary];
        // "…,” Sugie, president and CEO of Paidy.": a name and its role
        // after a closing comma speak without a verb.
        let comma_closed = body[..close]
            .trim_end_matches(['”', '"', '’'])
            .ends_with(',');
        let spoken =
            quotes::speech_verb(segment) || (comma_closed && quotes::named_with_role(segment));
        // "…,” the Prime Minister said of Mr. Powell": the role speaks.
        if spoken && let Some(id) = self.by_role(segment, open) {
            return Some(id);
        }
        if spoken
            && let Some((_, id)) = self
                .people
                .iter()
                .find(|(at, _)| *at > close && *at < boundary)
        {
            return Some(*id);
        }
        // "…,” the fund said.", "…,” the companies said in the letter.",
        // "…,” added MPOB.": a body speaks, and no person.
        let words: Vec<&str> = segment
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(6)
            .collect();
        let body_noun = |w: &str| {
            matches!(
                w,
                "fund"
                    | "company"
                    | "companies"
                    | "firm"
                    | "group"
                    | "bank"
                    | "ministry"
                    | "department"
                    | "government"
                    | "agency"
                    | "release"
                    | "statement"
                    | "report"
                    | "board"
                    | "council"
                    | "commission"
                    | "authority"
                    | "committee"
                    | "service"
            )
        };
        let by_a_body = words
            .windows(2)
            .any(|p| matches!(p[0], "the" | "The") && body_noun(p[1]))
            || words.iter().any(|w| {
                w.len() >= 3
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && !matches!(*w, "CEO" | "CFO" | "COO")
            });
        if spoken && by_a_body {
            return None;
        }
        // "…,” he stressed.", "…,” they said.": the one who spoke last
        // (the first named of a joint statement) goes on speaking.
        let pronoun = segment
            .split_whitespace()
            .any(|w| matches!(w, "he" | "she" | "He" | "She" | "they" | "They"));
        // A person named since the last quotation's attribution is the one
        // a bare quotation points to. "He said" after such a paragraph
        // ("… was attended by President Macri. “…,” he said") still means
        // the last speaker, more often than not.
        let attribution_end = previous_close.map(|c| sentence_of(body, c).end);
        let last_before = self.outside.iter().rev().find(|(at, _)| *at < open);
        let fresh = last_before
            .filter(|(at, _)| attribution_end.is_none_or(|end| *at >= end))
            .map(|(_, id)| *id);
        if spoken && pronoun && previous.is_some() && self.author.is_none() {
            return previous;
        }
        // "“…”" ending its paragraph, then a line "Rt. Hon. Justin Trudeau,
        // Prime Minister of Canada": a signature names the speaker.
        let para_end = quotes::paragraph_end(body, close);
        if body[close..para_end].trim().is_empty()
            && let Some(line) = quotes::signature_after(body, para_end)
            && let Some((_, id)) = self
                .people
                .iter()
                .find(|(at, _)| *at >= line && *at < line + 24)
        {
            return Some(*id);
        }
        // A bare lead-in: the last person mentioned before, unless that
        // mention was in the last quotation's own attribution ("…,” said
        // Mr. Raymond and Mr. Noto in a joint statement."), whose speaker
        // goes on; or unless no one was named since the last quotation
        // ("“…,” he said. “Whether it was …" after a paragraph naming the
        // runners), whose speaker goes on too.
        self.author
            .or_else(|| match (last_before, previous, previous_close) {
                (Some((at, _)), Some(p), Some(c)) if (*at > c && fresh.is_none()) || *at < c => {
                    Some(p)
                }
                (last, ..) => last.map(|(_, id)| *id),
            })
    }
}
