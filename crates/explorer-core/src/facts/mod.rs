//! Facts: structured, explainable statements found in a release, each
//! traced to the exact bytes and the sentence it came from.
//!
//! The types here are shared by build.rs (which extracts and embeds them)
//! and the app (which only reads them). The extraction rules live in
//! [`extract`] behind the `extract` feature, so none of their code or
//! gazetteers reach the wasm bundle.

use crate::date::Date;
use core::fmt;
use serde::{Deserialize, Serialize};

#[cfg(feature = "extract")]
pub mod extract;
#[cfg(feature = "extract")]
pub mod gazetteer;
#[cfg(feature = "extract")]
pub mod keywords;

/// One fact found in a release body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Byte range `[start, end)` of the fact's surface text in the body.
    pub span: [u32; 2],
    /// Byte range of the sentence (or sentences, for a long quote) it is in.
    pub sentence: [u32; 2],
    /// Short name of the rule that produced it, e.g. `money.code`.
    pub rule: String,
    /// The kind and its fields.
    pub data: FactData,
}

impl Fact {
    /// The fact's surface text: `body[span]`.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.span[0] as usize..self.span[1] as usize)
            .unwrap_or("")
    }

    /// The fact's sentence text.
    pub fn sentence_text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.sentence[0] as usize..self.sentence[1] as usize)
            .unwrap_or("")
    }

    /// The kind's name, as in the JSON output (`money`, `percent`, …).
    pub fn kind(&self) -> FactKind {
        self.data.kind()
    }
}

/// The kinds of fact, in the order the UI lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FactKind {
    /// An amount of money.
    Money,
    /// A percentage, often a change.
    Percent,
    /// A count of something.
    Quantity,
    /// A mention of an organisation.
    Organization,
    /// A mention of a person.
    Person,
    /// A direct quotation.
    Quote,
    /// A mention of a country or region.
    Country,
    /// Something that happens on a day.
    Event,
    /// A target or plan for a year, half-year or month.
    Milestone,
    /// An agreement concluded between parties.
    Agreement,
}

impl FactKind {
    /// Every kind.
    pub const ALL: [FactKind; 10] = [
        FactKind::Money,
        FactKind::Percent,
        FactKind::Quantity,
        FactKind::Organization,
        FactKind::Person,
        FactKind::Quote,
        FactKind::Country,
        FactKind::Event,
        FactKind::Milestone,
        FactKind::Agreement,
    ];

    /// The lower-case name used in JSON and URLs.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Money => "money",
            FactKind::Percent => "percent",
            FactKind::Quantity => "quantity",
            FactKind::Organization => "organization",
            FactKind::Person => "person",
            FactKind::Quote => "quote",
            FactKind::Country => "country",
            FactKind::Event => "event",
            FactKind::Milestone => "milestone",
            FactKind::Agreement => "agreement",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for FactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which way a percentage moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// Rose, grew, jumped, …
    Up,
    /// Fell, declined, dropped, …
    Down,
}

impl Direction {
    /// `up` or `down`.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// A point in time as coarse as a target needs: a year, a half-year or a
/// month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Period {
    /// A whole year.
    Year(u16),
    /// A half-year: 1 or 2.
    Half(u16, u8),
    /// A month, 1 to 12.
    Month(u16, u8),
    /// A quarter, 1 to 4.
    Quarter(u16, u8),
}

impl Period {
    /// The period's year.
    pub fn year(self) -> u16 {
        match self {
            Period::Year(y) | Period::Half(y, _) | Period::Month(y, _) | Period::Quarter(y, _) => y,
        }
    }
}

impl fmt::Display for Period {
    /// `2027`, `2027-H1`, `2027-05`, `2027-Q3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
        }
    }
}

/// The kind-specific fields of a fact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FactData {
    /// `USD 66.0 billion`.
    Money {
        /// In units: 66.0 billion is 66000000000.
        amount: f64,
        /// ISO 4217 code.
        currency: String,
    },
    /// `rose 12.7 percent`.
    Percent {
        /// The number: 12.7.
        value: f64,
        /// From the verb, when there is one.
        direction: Option<Direction>,
        /// What changed, when stated: "exports".
        subject: Option<String>,
        /// The figure is in percentage points, not percent.
        points: bool,
    },
    /// `about 150 stakeholders`.
    Quantity {
        /// The number.
        value: f64,
        /// The counted noun.
        unit: String,
    },
    /// A mention of an organisation; names and aliases are in the entity.
    Organization {
        /// Index into [`crate::Corpus::entities`].
        entity: u32,
    },
    /// A mention of a person.
    Person {
        /// Index into [`crate::Corpus::entities`].
        entity: u32,
        /// The role stated at this mention.
        role: Option<String>,
    },
    /// A direct quotation; the span is the quoted text without its marks.
    Quote {
        /// The speaker's entity, when resolved.
        speaker: Option<u32>,
    },
    /// A mention of a country or region.
    Country {
        /// Index into [`crate::Corpus::entities`].
        entity: u32,
    },
    /// Something that happened or happens on a day.
    Event {
        /// Resolved against the publication date.
        date: Date,
        /// A short label.
        what: String,
    },
    /// A target or a planned period.
    Milestone {
        /// When it starts.
        start: Period,
        /// When it ends (equal to `start` for a single date).
        end: Period,
        /// A short label.
        what: String,
    },
    /// An agreement concluded between parties.
    Agreement {
        /// Entities of the parties named in the sentence.
        parties: Vec<u32>,
        /// When it was concluded, when stated.
        date: Option<Date>,
        /// A short label.
        what: String,
    },
}

impl FactData {
    /// The kind of these fields.
    pub fn kind(&self) -> FactKind {
        match self {
            FactData::Money { .. } => FactKind::Money,
            FactData::Percent { .. } => FactKind::Percent,
            FactData::Quantity { .. } => FactKind::Quantity,
            FactData::Organization { .. } => FactKind::Organization,
            FactData::Person { .. } => FactKind::Person,
            FactData::Quote { .. } => FactKind::Quote,
            FactData::Country { .. } => FactKind::Country,
            FactData::Event { .. } => FactKind::Event,
            FactData::Milestone { .. } => FactKind::Milestone,
            FactData::Agreement { .. } => FactKind::Agreement,
        }
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    /// A company, agency, ministry, association, alliance, …
    Organization,
    /// A named person.
    Person,
    /// A country (with an ISO code) or a region or bloc (without).
    Country,
}

/// Something named across the corpus: one entity whatever form it takes
/// in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id for URLs: `org-ministry-of-trade-industry-and-resources`.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// The canonical name.
    pub name: String,
    /// The acronym the text defines for it, if any.
    pub acronym: Option<String>,
    /// ISO 3166-1 alpha-2, for countries.
    pub code: Option<String>,
    /// Every other name it goes by in the corpus (and known former names).
    pub aliases: Vec<String>,
    /// Roles stated for a person.
    pub roles: Vec<String>,
}
