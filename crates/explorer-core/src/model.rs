//! The data model embedded in the app, and its binary encoding.
//!
//! build.rs and the app share these types: build.rs encodes a [`Corpus`]
//! with [`Corpus::encode`], the app decodes it once with [`Corpus::decode`].

use crate::date::{self, Date};
use crate::facts::{Entity, Fact};
use serde::{Deserialize, Serialize};

/// One press release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Release {
    /// Stable id for URLs: the date and a slug of the title
    /// (`2025-10-02-korea-ramps-up-ai-factories-…`), unique in the corpus.
    pub id: String,
    /// The title, as written.
    pub title: String,
    /// The publication date.
    pub date: Date,
    /// The body text; paragraphs are separated by `\n\n`.
    pub body: String,
    /// The body visibly stops mid-sentence.
    pub truncated: bool,
    /// The issuing organisation, when one is found: as named in the text
    /// after parsing, its canonical name after fact extraction.
    pub agency: Option<String>,
    /// Byte offset in `body` where the lead ends: the first sentence, or a
    /// shorter cut at a word boundary (see [`crate::text::lead_end`]).
    pub lead_end: u32,
    /// The facts found in the body, in text order (filled by extraction).
    pub facts: Vec<Fact>,
    /// A few salient terms, by TF-IDF over the corpus (filled by extraction).
    pub keywords: Vec<String>,
    /// Up to five related releases, best first (filled when indexing).
    pub related: Vec<crate::related::Related>,
}

impl Release {
    /// The lead for the list: the first sentence of the body, or its start.
    pub fn lead(&self) -> &str {
        self.body
            .get(..self.lead_end as usize)
            .unwrap_or(&self.body)
    }

    /// The lead stops inside a sentence (it was cut for length).
    pub fn lead_is_cut(&self) -> bool {
        (self.lead_end as usize) < self.body.len() && !crate::text::ends_sentence(self.lead())
    }

    /// The body's paragraphs.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body.split("\n\n")
    }
}

/// All releases of a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The releases. Parsing keeps file order; build.rs sorts newest first.
    pub releases: Vec<Release>,
    /// Organisations, people and countries named in the releases, one per
    /// entity whatever form it takes (filled by extraction).
    pub entities: Vec<crate::facts::Entity>,
}

/// What build.rs embeds: the corpus with its facts, and its search index.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// The corpus, newest release first.
    pub corpus: Corpus,
    /// The search index over it.
    pub index: crate::index::SearchIndex,
}

impl Bundle {
    /// Encodes to the compact binary form embedded in the app (postcard).
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("encoding to a Vec cannot fail")
    }

    /// Decodes what [`Bundle::encode`] wrote.
    pub fn decode(bytes: &[u8]) -> Result<Bundle, DecodeError> {
        postcard::from_bytes(bytes).map_err(|e| DecodeError(e.to_string()))
    }
}

/// Why an embedded blob could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "the embedded corpus could not be decoded: {}", self.0)
    }
}

impl Corpus {
    /// Sorts newest first; releases of the same day keep file order.
    pub fn sort_newest_first(&mut self) {
        self.releases.sort_by_key(|r| core::cmp::Reverse(r.date));
    }

    /// The earliest and latest publication dates.
    pub fn date_range(&self) -> Option<(Date, Date)> {
        let first = self.releases.iter().map(|r| r.date).min()?;
        let last = self.releases.iter().map(|r| r.date).max()?;
        Some((first, last))
    }

    /// "8 releases, 26 Sep – 2 Oct 2025".
    pub fn summary(&self) -> String {
        let n = self.releases.len();
        let noun = if n == 1 { "release" } else { "releases" };
        match self.date_range() {
            Some((a, b)) => format!("{n} {noun}, {}", date::format_range(a, b)),
            None => format!("{n} {noun}"),
        }
    }

    /// The entity a fact points to.
    pub fn entity(&self, index: u32) -> Option<&Entity> {
        self.entities.get(index as usize)
    }

    /// Finds a release by id.
    pub fn get(&self, id: &str) -> Option<&Release> {
        self.releases.iter().find(|r| r.id == id)
    }

    /// Encodes to the compact binary form embedded in the app (postcard).
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("encoding to a Vec cannot fail")
    }

    /// Decodes what [`Corpus::encode`] wrote.
    pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
        postcard::from_bytes(bytes).map_err(|e| DecodeError(e.to_string()))
    }
}
