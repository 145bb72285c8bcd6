//! The search index, built at build time and queried in the browser.
//!
//! Terms are folded (lower case, Latin accents removed) and stemmed with
//! the Snowball English stemmer at build time. The vocabulary is an `fst`
//! map from every folded surface word of the corpus to its stem, so the
//! browser needs no stemmer: a query word is looked up (exactly, as a
//! prefix, or within an edit distance) in the vocabulary, and postings are
//! kept per stem. Each posting counts the stem in three fields, for BM25F:
//! the title, the facts (entity names and aliases, fact texts) and the
//! body.

use crate::date::Date;
use crate::facts::FactKind;
use serde::{Deserialize, Serialize};

/// The fields of a release, in index order.
pub const FIELD_COUNT: usize = 3;
/// BM25F weights of the fields: title, facts, body.
pub const FIELD_WEIGHTS: [f32; FIELD_COUNT] = [3.0, 2.0, 1.0];

/// One stem in one release: how often it occurs in each field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting {
    /// The release (index into the corpus's releases).
    pub doc: u32,
    /// Occurrences in the title, the facts and the body.
    pub tf: [u16; FIELD_COUNT],
}

/// What a release offers to the facets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFacets {
    /// The issuing agency's entity, if known.
    pub agency: Option<u32>,
    /// Organisations mentioned (entity ids, sorted, unique).
    pub orgs: Vec<u32>,
    /// People mentioned.
    pub people: Vec<u32>,
    /// Countries and regions mentioned.
    pub countries: Vec<u32>,
    /// Keywords (indices into [`SearchIndex::keywords`]).
    pub keywords: Vec<u32>,
    /// Bit `k` is set when the release has a fact of kind `FactKind::ALL[k]`.
    pub kinds: u16,
    /// The publication date.
    pub date: Date,
}

/// The whole index.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// `fst::Map` bytes: folded surface word → stem id.
    pub vocab: Vec<u8>,
    /// Stem id → the stem.
    pub stems: Vec<String>,
    /// Stem id → postings, by release.
    pub postings: Vec<Vec<Posting>>,
    /// Release → length of each field, in terms.
    pub lengths: Vec<[u32; FIELD_COUNT]>,
    /// Average length of each field.
    pub avg_lengths: [f32; FIELD_COUNT],
    /// Release → its facet values.
    pub facets: Vec<DocFacets>,
    /// The keyword strings that facets refer to.
    pub keywords: Vec<String>,
}

/// Lower-cases and removes Latin diacritics ("Türkiye" → "turkiye").
pub fn fold_char(c: char) -> char {
    let c = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => 'c',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' => 'i',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => 's',
        'Ž' | 'ž' | 'Ź' | 'ź' | 'Ż' | 'ż' => 'z',
        'Ł' | 'ł' => 'l',
        'Ğ' | 'ğ' => 'g',
        'Ř' | 'ř' => 'r',
        'Ť' | 'ť' => 't',
        'Ď' | 'ď' => 'd',
        'ß' => 's',
        other => other,
    };
    c.to_lowercase().next().unwrap_or(c)
}

/// The searchable words of `text` with their byte ranges: runs of letters
/// and digits, folded. Single letters are dropped ("Korea’s" gives "korea").
pub fn tokens(text: &str) -> Vec<(core::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut word = String::new();
    let push = |s: usize, e: usize, w: &mut String, out: &mut Vec<_>| {
        let keep = w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit());
        if keep {
            out.push((s..e, core::mem::take(w)));
        } else {
            w.clear();
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            word.push(fold_char(c));
        } else if let Some(s) = start.take() {
            push(s, i, &mut word, &mut out);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut word, &mut out);
    }
    out
}

impl DocFacets {
    /// Does the release have a fact of this kind?
    pub fn has_kind(&self, kind: FactKind) -> bool {
        let bit = FactKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds & (1 << bit) != 0
    }
}

#[cfg(feature = "extract")]
pub use build::{build, bundle};

#[cfg(feature = "extract")]
mod build {
    use super::*;
    use crate::facts::{FactData, FactKind};
    use crate::model::Corpus;
    use rust_stemmers::{Algorithm, Stemmer};
    use std::collections::{BTreeMap, HashMap};

    /// Everything build.rs embeds, from a parsed corpus: facts extracted,
    /// releases sorted newest first, and the index over them.
    pub fn bundle(mut corpus: Corpus) -> crate::model::Bundle {
        crate::facts::extract::enrich(&mut corpus);
        corpus.sort_newest_first();
        let index = build(&corpus);
        let related = crate::related::related(&corpus, &index.keywords, &index.facets);
        for (r, rel) in corpus.releases.iter_mut().zip(related) {
            r.related = rel;
        }
        crate::model::Bundle { corpus, index }
    }

    /// Builds the index of a corpus whose facts are extracted, in the
    /// corpus's release order.
    pub fn build(corpus: &Corpus) -> SearchIndex {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut surface_stem: BTreeMap<String, u32> = BTreeMap::new();
        let mut stem_ids: HashMap<String, u32> = HashMap::new();
        let mut stems: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut lengths = Vec::new();
        let mut keyword_ids: HashMap<String, u32> = HashMap::new();
        let mut keywords: Vec<String> = Vec::new();
        let mut facets = Vec::new();
        let agency_id = |name: &str| {
            corpus
                .entities
                .iter()
                .position(|e| e.name == name)
                .map(|i| i as u32)
        };

        for (doc, r) in corpus.releases.iter().enumerate() {
            // The facts field: every name of every entity mentioned, and the
            // text of every fact that is not already a name.
            let mut facts_text = String::new();
            let mut f = DocFacets {
                agency: r.agency.as_deref().and_then(agency_id),
                date: r.date,
                ..DocFacets::default()
            };
            for fact in &r.facts {
                let bit = FactKind::ALL
                    .iter()
                    .position(|k| *k == fact.kind())
                    .unwrap_or(0);
                f.kinds |= 1 << bit;
                let entity = match &fact.data {
                    FactData::Organization { entity } => {
                        f.orgs.push(*entity);
                        Some(*entity)
                    }
                    FactData::Person { entity, .. } => {
                        f.people.push(*entity);
                        Some(*entity)
                    }
                    FactData::Country { entity } => {
                        f.countries.push(*entity);
                        Some(*entity)
                    }
                    FactData::Quote { .. } => None,
                    _ => {
                        facts_text.push_str(fact.text(&r.body));
                        facts_text.push('\n');
                        None
                    }
                };
                if let Some(e) = entity.and_then(|e| corpus.entity(e)) {
                    facts_text.push_str(&e.name);
                    facts_text.push('\n');
                    for a in &e.aliases {
                        facts_text.push_str(a);
                        facts_text.push('\n');
                    }
                }
            }
            for list in [&mut f.orgs, &mut f.people, &mut f.countries] {
                list.sort_unstable();
                list.dedup();
            }
            for k in &r.keywords {
                let next = keywords.len() as u32;
                let id = *keyword_ids.entry(k.clone()).or_insert_with(|| {
                    keywords.push(k.clone());
                    next
                });
                f.keywords.push(id);
            }
            facets.push(f);

            let mut len = [0u32; FIELD_COUNT];
            let mut counts: HashMap<u32, [u16; FIELD_COUNT]> = HashMap::new();
            for (field, text) in [r.title.as_str(), facts_text.as_str(), r.body.as_str()]
                .into_iter()
                .enumerate()
            {
                for (_, word) in tokens(text) {
                    len[field] += 1;
                    let stem_id = match surface_stem.get(&word) {
                        Some(&id) => id,
                        None => {
                            let stem = stemmer.stem(&word).into_owned();
                            let next = stems.len() as u32;
                            let id = *stem_ids.entry(stem.clone()).or_insert_with(|| {
                                stems.push(stem);
                                postings.push(Vec::new());
                                next
                            });
                            surface_stem.insert(word, id);
                            id
                        }
                    };
                    let c = &mut counts.entry(stem_id).or_insert([0; FIELD_COUNT])[field];
                    *c = c.saturating_add(1);
                }
            }
            for (stem, tf) in counts {
                postings[stem as usize].push(Posting {
                    doc: doc as u32,
                    tf,
                });
            }
            lengths.push(len);
        }
        for p in &mut postings {
            p.sort_by_key(|p| p.doc);
        }
        let n = lengths.len().max(1) as f32;
        let mut avg = [0f32; FIELD_COUNT];
        for l in &lengths {
            for (a, v) in avg.iter_mut().zip(l) {
                *a += *v as f32 / n;
            }
        }
        let vocab = fst::Map::from_iter(
            surface_stem
                .iter()
                .map(|(k, v)| (k.as_bytes(), u64::from(*v))),
        )
        .expect("sorted, unique keys build an fst")
        .into_fst()
        .into_inner();
        SearchIndex {
            vocab,
            stems,
            postings,
            lengths,
            avg_lengths: avg,
            facets,
            keywords,
        }
    }
}
