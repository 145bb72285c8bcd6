//! The query engine: one model of (query, filters, dates, sort) that serves
//! the result list, the facet counts and, later, the fact cards and the
//! timelines, so they always agree.
//!
//! Query syntax: words (all must match), the last word also as a prefix
//! while typing, `"exact phrases"`, `-excluded` words. Words are folded
//! (case, accents) and matched through the vocabulary to their stems
//! ("exports" finds "export"); a word that is not in the vocabulary matches
//! within one edit (5+ letters) or two (9+). Ranking is BM25F over the
//! title, the facts and the body (see [`crate::index`]).

use crate::facts::{EntityKind, FactKind};
use crate::index::{self, FIELD_COUNT, FIELD_WEIGHTS, SearchIndex};
use crate::model::Corpus;
use crate::text;
use crate::view::{Group, Sort, ViewState};
use core::ops::Range;
use fst::automaton::{Levenshtein, Str};
use fst::{Automaton, IntoStreamer, Streamer};
use std::collections::{BTreeMap, HashMap, HashSet};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How many vocabulary words a prefix or a typo may stand for.
const MAX_EXPANSIONS: usize = 64;

/// A parsed query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedQuery {
    /// Words that must all match; the flag marks the last word, which also
    /// matches as a prefix.
    pub words: Vec<(String, bool)>,
    /// Phrases, as folded words, that must appear in this order.
    pub phrases: Vec<Vec<String>>,
    /// Words whose releases are left out.
    pub excluded: Vec<String>,
}

/// Splits a query into words, phrases and exclusions.
pub fn parse_query(q: &str) -> ParsedQuery {
    let mut out = ParsedQuery::default();
    let mut rest = q;
    let mut last_plain: Option<usize> = None;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            let words: Vec<String> = index::tokens(&after[..end])
                .into_iter()
                .map(|(_, w)| w)
                .collect();
            if !words.is_empty() {
                out.phrases.push(words);
            }
            rest = after.get(end + 1..).unwrap_or("");
            last_plain = None;
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        if let Some(ex) = token.strip_prefix('-').filter(|t| !t.is_empty()) {
            out.excluded
                .extend(index::tokens(ex).into_iter().map(|(_, w)| w));
            last_plain = None;
            continue;
        }
        for (_, w) in index::tokens(token) {
            out.words.push((w, false));
            last_plain = Some(out.words.len() - 1);
        }
    }
    // The last word is still being typed unless a space follows it.
    if let Some(i) = last_plain
        && !q.ends_with(char::is_whitespace)
    {
        out.words[i].1 = true;
    }
    out
}

/// One result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// The release's index in the corpus.
    pub doc: u32,
    /// BM25F score (0 without a query).
    pub score: f32,
}

/// One value of a facet with its count under the other filters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The URL value.
    pub value: String,
    /// What people read.
    pub label: String,
    /// Releases that would match with this value selected.
    pub count: usize,
    /// Is it selected?
    pub selected: bool,
}

/// A facet group and its values, most frequent first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facet {
    /// The group.
    pub group: Group,
    /// Its values.
    pub values: Vec<FacetValue>,
}

/// What a search returns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Matching releases, in the requested order.
    pub hits: Vec<Hit>,
    /// Facets with live counts.
    pub facets: Vec<Facet>,
    /// Stems that matched, for highlighting.
    pub matched: HashSet<u32>,
    /// With no result: a corrected query from the vocabulary.
    pub suggestion: Option<String>,
    /// With no result: each active filter and how many results dropping it gives.
    pub relax: Vec<(Group, String, usize)>,
}

/// Where a result's words are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Byte ranges of matches in the title.
    pub title: Vec<Range<usize>>,
    /// The best-matching sentence of the body.
    pub passage: Range<usize>,
    /// Byte ranges of matches in the body, inside the passage.
    pub marks: Vec<Range<usize>>,
}

/// A query engine over one corpus and its index.
pub struct Engine<'a> {
    corpus: &'a Corpus,
    index: &'a SearchIndex,
    vocab: fst::Map<&'a [u8]>,
}

/// A query word expanded to stems, each with a weight.
type Expansion = Vec<(u32, f32)>;

impl<'a> Engine<'a> {
    /// Opens the index. Fails only on a corrupt vocabulary.
    pub fn new(corpus: &'a Corpus, index: &'a SearchIndex) -> Result<Engine<'a>, String> {
        let vocab = fst::Map::new(index.vocab.as_slice()).map_err(|e| e.to_string())?;
        Ok(Engine {
            corpus,
            index,
            vocab,
        })
    }

    /// Drops filter values that name nothing in this corpus, with a notice each.
    pub fn validate(&self, view: &mut ViewState) -> Vec<String> {
        let mut notices = Vec::new();
        view.filters.retain(|(g, v)| {
            let known = self.label(*g, v).is_some();
            if !known {
                notices.push(format!(
                    "Ignored “{}={}”: no such {} in this corpus.",
                    g.key(),
                    v,
                    g.label().to_lowercase()
                ));
            }
            known
        });
        notices
    }

    /// The label of a facet value, or None when the corpus has no such value.
    pub fn label(&self, group: Group, value: &str) -> Option<String> {
        let entity = |kind: EntityKind| {
            self.corpus
                .entities
                .iter()
                .find(|e| e.id == value && e.kind == kind)
                .map(|e| e.name.clone())
        };
        match group {
            Group::Agency | Group::Org => entity(EntityKind::Organization),
            Group::Person => entity(EntityKind::Person),
            Group::Country => entity(EntityKind::Country),
            Group::Keyword => self
                .index
                .keywords
                .iter()
                .any(|k| k == value)
                .then(|| value.to_string()),
            Group::Kind => FactKind::from_name(value).map(|k| kind_label(k).to_string()),
            Group::Year => Some(value.to_string()),
            Group::Month => crate::date::Date::parse_iso(&format!("{value}-01"))
                .ok()
                .map(|d| {
                    let short = d.short();
                    short
                        .split_once(' ')
                        .map_or(short.clone(), |(_, rest)| rest.to_string())
                }),
        }
    }

    fn expand(&self, word: &str, prefix: bool) -> (Expansion, bool) {
        let mut out: Expansion = Vec::new();
        let exact = self.vocab.get(word).map(|s| s as u32);
        if let Some(s) = exact {
            out.push((s, 1.0));
        }
        let push = |s: u32, w: f32, out: &mut Expansion| {
            if !out.iter().any(|(x, _)| *x == s) {
                out.push((s, w));
            }
        };
        if prefix && !word.is_empty() {
            let mut stream = self
                .vocab
                .search(Str::new(word).starts_with())
                .into_stream();
            let mut n = 0;
            while let Some((_, s)) = stream.next() {
                push(s as u32, 0.8, &mut out);
                n += 1;
                if n >= MAX_EXPANSIONS {
                    break;
                }
            }
        }
        let len = word.chars().count();
        if exact.is_none() && len >= 5 {
            let distance = if len >= 9 { 2 } else { 1 };
            if let Ok(lev) = Levenshtein::new(word, distance) {
                let mut stream = self.vocab.search(lev).into_stream();
                let mut n = 0;
                while let Some((_, s)) = stream.next() {
                    push(s as u32, 0.6, &mut out);
                    n += 1;
                    if n >= MAX_EXPANSIONS {
                        break;
                    }
                }
            }
        }
        (out, exact.is_some())
    }

    /// BM25F score of one stem in one posting.
    fn bm25f(&self, df: usize, tf: &[u16; FIELD_COUNT], doc: usize) -> f32 {
        let n = self.index.lengths.len() as f32;
        let idf = (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
        let len = &self.index.lengths[doc];
        let mut weighted = 0.0;
        for f in 0..FIELD_COUNT {
            let avg = self.index.avg_lengths[f].max(1.0);
            let norm = 1.0 - B + B * len[f] as f32 / avg;
            weighted += FIELD_WEIGHTS[f] * f32::from(tf[f]) / norm;
        }
        idf * weighted * (K1 + 1.0) / (K1 + weighted)
    }

    /// Scores of the releases that match every word and phrase and no
    /// excluded word; None when the query has no word (everything matches).
    fn matching(&self, q: &ParsedQuery, matched: &mut HashSet<u32>) -> Option<HashMap<u32, f32>> {
        let mut terms: Vec<Expansion> = q.words.iter().map(|(w, p)| self.expand(w, *p).0).collect();
        for phrase in &q.phrases {
            for w in phrase {
                terms.push(
                    self.vocab
                        .get(w)
                        .map(|s| vec![(s as u32, 1.0)])
                        .unwrap_or_default(),
                );
            }
        }
        if terms.is_empty() && q.excluded.is_empty() {
            return None;
        }
        let mut scores: Option<HashMap<u32, f32>> = None;
        for term in &terms {
            let mut here: HashMap<u32, f32> = HashMap::new();
            for &(stem, weight) in term {
                let postings = &self.index.postings[stem as usize];
                for p in postings {
                    let s = weight * self.bm25f(postings.len(), &p.tf, p.doc as usize);
                    let e = here.entry(p.doc).or_insert(0.0);
                    *e = e.max(s);
                }
                matched.insert(stem);
            }
            scores = Some(match scores {
                None => here,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(d, s)| here.get(&d).map(|h| (d, s + h)))
                    .collect(),
            });
        }
        let mut scores = scores.unwrap_or_else(|| {
            (0..self.corpus.releases.len() as u32)
                .map(|d| (d, 0.0))
                .collect()
        });
        for w in &q.excluded {
            if let Some(stem) = self.vocab.get(w) {
                for p in &self.index.postings[stem as usize] {
                    scores.remove(&p.doc);
                }
            }
        }
        if !q.phrases.is_empty() {
            scores.retain(|&d, _| {
                let r = &self.corpus.releases[d as usize];
                q.phrases
                    .iter()
                    .all(|ph| contains_phrase(&r.title, ph) || contains_phrase(&r.body, ph))
            });
        }
        Some(scores)
    }

    fn value_of(&self, group: Group, doc: usize) -> Vec<String> {
        let f = &self.index.facets[doc];
        let ids = |list: &[u32]| {
            list.iter()
                .filter_map(|e| self.corpus.entity(*e))
                .map(|e| e.id.clone())
                .collect()
        };
        match group {
            Group::Agency => f
                .agency
                .and_then(|a| self.corpus.entity(a))
                .map(|e| vec![e.id.clone()])
                .unwrap_or_default(),
            Group::Org => ids(&f.orgs),
            Group::Person => ids(&f.people),
            Group::Country => ids(&f.countries),
            Group::Keyword => f
                .keywords
                .iter()
                .map(|k| self.index.keywords[*k as usize].clone())
                .collect(),
            Group::Kind => FactKind::ALL
                .iter()
                .filter(|k| f.has_kind(**k))
                .map(|k| k.name().to_string())
                .collect(),
            Group::Year => vec![f.date.year.to_string()],
            Group::Month => vec![format!("{}-{:02}", f.date.year, f.date.month)],
        }
    }

    fn passes(&self, view: &ViewState, doc: usize, except: Option<Group>) -> bool {
        let date = self.index.facets[doc].date;
        if view.from.is_some_and(|f| date < f) || view.to.is_some_and(|t| date > t) {
            return false;
        }
        Group::ALL
            .into_iter()
            .filter(|g| Some(*g) != except)
            .all(|g| {
                let selected: Vec<&str> = view.selected(g).collect();
                selected.is_empty() || {
                    let values = self.value_of(g, doc);
                    selected.iter().any(|s| values.iter().any(|v| v == s))
                }
            })
    }

    /// Runs the view's query, filters and sort.
    pub fn search(&self, view: &ViewState) -> Results {
        let q = parse_query(&view.q);
        let mut results = Results::default();
        let scores = self.matching(&q, &mut results.matched);
        let candidates: Vec<(u32, f32)> = match &scores {
            Some(s) => s.iter().map(|(d, s)| (*d, *s)).collect(),
            None => (0..self.corpus.releases.len() as u32)
                .map(|d| (d, 0.0))
                .collect(),
        };
        let mut hits: Vec<Hit> = candidates
            .iter()
            .filter(|(d, _)| self.passes(view, *d as usize, None))
            .map(|&(doc, score)| Hit { doc, score })
            .collect();
        // Releases are stored newest first, so a lower index is newer.
        match view.sort {
            Sort::Relevance => {
                hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)))
            }
            Sort::Newest => hits.sort_by_key(|h| h.doc),
            Sort::Oldest => hits.sort_by_key(|h| core::cmp::Reverse(h.doc)),
        }
        results.hits = hits;

        for group in Group::ALL {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for (d, _) in &candidates {
                if self.passes(view, *d as usize, Some(group)) {
                    for v in self.value_of(group, *d as usize) {
                        *counts.entry(v).or_default() += 1;
                    }
                }
            }
            // Selected values stay visible even when nothing matches them now.
            for v in view.selected(group) {
                counts.entry(v.to_string()).or_default();
            }
            let mut values: Vec<FacetValue> = counts
                .into_iter()
                .map(|(value, count)| FacetValue {
                    label: self.label(group, &value).unwrap_or_else(|| value.clone()),
                    selected: view.selected(group).any(|s| s == value),
                    value,
                    count,
                })
                .collect();
            match group {
                Group::Year | Group::Month => values.sort_by(|a, b| b.value.cmp(&a.value)),
                _ => values.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label))),
            }
            results.facets.push(Facet { group, values });
        }

        if results.hits.is_empty() {
            results.suggestion = self.suggest(&q, &view.q);
            if view.has_filters() {
                for (g, v) in &view.filters {
                    let mut relaxed = view.clone();
                    relaxed.filters.retain(|(g2, v2)| !(g2 == g && v2 == v));
                    let n = candidates
                        .iter()
                        .filter(|(d, _)| self.passes(&relaxed, *d as usize, None))
                        .count();
                    if n > 0 {
                        results.relax.push((*g, v.clone(), n));
                    }
                }
            }
        }
        results
    }

    /// "Did you mean": each word that is not in the vocabulary replaced by
    /// the most common word within two edits.
    fn suggest(&self, q: &ParsedQuery, raw: &str) -> Option<String> {
        let mut out = raw.to_lowercase();
        let mut changed = false;
        for (w, _) in &q.words {
            if self.vocab.get(w).is_some() || w.chars().count() < 3 {
                continue;
            }
            let Ok(lev) = Levenshtein::new(w, 2) else {
                continue;
            };
            let mut stream = self.vocab.search(lev).into_stream();
            let mut best: Option<(usize, String)> = None;
            while let Some((k, s)) = stream.next() {
                let df = self.index.postings[s as usize].len();
                if best.as_ref().is_none_or(|(b, _)| df > *b) {
                    best = Some((df, String::from_utf8_lossy(k).into_owned()));
                }
            }
            if let Some((_, word)) = best {
                out = out.replacen(w.as_str(), &word, 1);
                changed = true;
            }
        }
        changed.then_some(out)
    }

    /// The matches in a release's title and its best-matching sentence.
    pub fn snippet(&self, doc: u32, matched: &HashSet<u32>) -> Snippet {
        let r = &self.corpus.releases[doc as usize];
        let marks = |text: &str, range: Range<usize>| -> Vec<Range<usize>> {
            index::tokens(&text[range.clone()])
                .into_iter()
                .filter(|(_, w)| {
                    self.vocab
                        .get(w)
                        .is_some_and(|s| matched.contains(&(s as u32)))
                })
                .map(|(r, _)| range.start + r.start..range.start + r.end)
                .collect()
        };
        let title = marks(&r.title, 0..r.title.len());
        let mut best = (0, r.lead_end as usize, Vec::new());
        let mut best_count = 0;
        if !matched.is_empty() {
            for s in text::sentences(&r.body) {
                let m = marks(&r.body, s.clone());
                let distinct = m
                    .iter()
                    .map(|x| &r.body[x.clone()])
                    .collect::<HashSet<_>>()
                    .len();
                if distinct > best_count {
                    best_count = distinct;
                    best = (s.start, s.end, m);
                }
            }
        }
        Snippet {
            title,
            passage: best.0..best.1,
            marks: best.2,
        }
    }
}

/// Do the words of `text` contain `phrase` (folded words) in a row?
fn contains_phrase(text: &str, phrase: &[String]) -> bool {
    let words: Vec<String> = index::tokens(text).into_iter().map(|(_, w)| w).collect();
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}

/// How a fact kind reads as a facet value.
pub fn kind_label(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Money => "Money figures",
        FactKind::Percent => "Percentages",
        FactKind::Quantity => "Quantities",
        FactKind::Organization => "Organisations",
        FactKind::Person => "People",
        FactKind::Quote => "Quotes",
        FactKind::Country => "Countries",
        FactKind::Event => "Dated events",
        FactKind::Milestone => "Targets and milestones",
        FactKind::Agreement => "Agreements",
    }
}
