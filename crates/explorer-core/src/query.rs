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
use std::collections::{HashMap, HashSet};

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

/// The date-range bit of [`Engine::pass_bits`].
const DATE_BIT: u16 = 1 << 15;
/// A mask with every filter passed.
const ALL_BITS: u16 = DATE_BIT | ((1u16 << Group::ALL.len()) - 1);

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
        if prefix && !word.is_empty() {
            self.collect(Str::new(word).starts_with(), 0.8, &mut out);
        }
        let len = word.chars().count();
        // Typo tolerance for words the vocabulary lacks; not for a word still
        // being typed that already prefixes real words (building a
        // Levenshtein automaton costs more than the rest of the query).
        if exact.is_none() && len >= 5 && out.is_empty() {
            let distance = if len >= 9 { 2 } else { 1 };
            if let Ok(lev) = Levenshtein::new(word, distance) {
                self.collect(lev, 0.6, &mut out);
            }
        }
        (out, exact.is_some())
    }

    /// Adds the stems of up to [`MAX_EXPANSIONS`] vocabulary words that
    /// `automaton` accepts (a prefix, or words within an edit distance).
    fn collect<A: Automaton>(&self, automaton: A, weight: f32, out: &mut Expansion) {
        let mut stream = self.vocab.search(automaton).into_stream();
        let mut n = 0;
        while let Some((_, s)) = stream.next() {
            if !out.iter().any(|(x, _)| *x == s as u32) {
                out.push((s as u32, weight));
            }
            n += 1;
            if n >= MAX_EXPANSIONS {
                break;
            }
        }
    }

    /// BM25F score of one stem in one posting.
    fn bm25f(&self, idf: f32, tf: &[u16; FIELD_COUNT], doc: usize) -> f32 {
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
    ///
    /// Scores live in dense arrays over all releases (NaN: no match), which
    /// is much faster than hash maps for the thousands of postings a prefix
    /// such as "s" expands to.
    fn matching(&self, q: &ParsedQuery, matched: &mut HashSet<u32>) -> Option<Vec<(u32, f32)>> {
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
        let n = self.corpus.releases.len();
        let total = n as f32;
        // Sum of the term scores so far; NaN once a term does not match.
        let mut scores = vec![0f32; n];
        let mut here = vec![f32::NAN; n];
        for term in &terms {
            here.fill(f32::NAN);
            for &(stem, weight) in term {
                let postings = &self.index.postings[stem as usize];
                let df = postings.len() as f32;
                let idf = (1.0 + (total - df + 0.5) / (df + 0.5)).ln();
                for p in postings {
                    let s = weight * self.bm25f(idf, &p.tf, p.doc as usize);
                    let e = &mut here[p.doc as usize];
                    // f32::max ignores NaN, so the first match sets it.
                    *e = e.max(s);
                }
                matched.insert(stem);
            }
            for (total, h) in scores.iter_mut().zip(&here) {
                *total += *h;
            }
        }
        for w in &q.excluded {
            if let Some(stem) = self.vocab.get(w) {
                for p in &self.index.postings[stem as usize] {
                    scores[p.doc as usize] = f32::NAN;
                }
            }
        }
        let mut out: Vec<(u32, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, s)| !s.is_nan())
            .map(|(d, s)| (d as u32, s))
            .collect();
        if !q.phrases.is_empty() {
            out.retain(|&(d, _)| {
                let r = &self.corpus.releases[d as usize];
                q.phrases
                    .iter()
                    .all(|ph| contains_phrase(&r.title, ph) || contains_phrase(&r.body, ph))
            });
        }
        Some(out)
    }

    /// Calls `f` with the id of each value `doc` has in `group`: an entity
    /// or keyword index, a kind's position, a year, or year * 12 + month.
    /// Ids, not strings: facets are counted over every candidate release on
    /// every keystroke.
    fn for_each_value(&self, group: Group, doc: usize, mut f: impl FnMut(u32)) {
        let d = &self.index.facets[doc];
        match group {
            Group::Agency => d.agency.into_iter().for_each(f),
            Group::Org => d.orgs.iter().copied().for_each(f),
            Group::Person => d.people.iter().copied().for_each(f),
            Group::Country => d.countries.iter().copied().for_each(f),
            Group::Keyword => d.keywords.iter().copied().for_each(f),
            Group::Kind => (0..FactKind::ALL.len() as u32)
                .filter(|k| d.kinds & (1 << k) != 0)
                .for_each(f),
            Group::Year => f(u32::from(d.date.year)),
            Group::Month => f(u32::from(d.date.year) * 12 + u32::from(d.date.month) - 1),
        }
    }

    /// The id of a URL value in a group (see [`Engine::for_each_value`]).
    fn value_id(&self, group: Group, value: &str) -> Option<u32> {
        let entity = || {
            self.corpus
                .entities
                .iter()
                .position(|e| e.id == value)
                .map(|i| i as u32)
        };
        match group {
            Group::Agency | Group::Org | Group::Person | Group::Country => entity(),
            Group::Keyword => self
                .index
                .keywords
                .iter()
                .position(|k| k == value)
                .map(|i| i as u32),
            Group::Kind => FactKind::ALL
                .iter()
                .position(|k| k.name() == value)
                .map(|i| i as u32),
            Group::Year => value.parse().ok(),
            Group::Month => {
                let (y, m) = value.split_once('-')?;
                let (y, m): (u32, u32) = (y.parse().ok()?, m.parse().ok()?);
                (1..=12).contains(&m).then(|| y * 12 + m - 1)
            }
        }
    }

    /// The URL value of an id (the inverse of [`Engine::value_id`]).
    fn value_name(&self, group: Group, id: u32) -> String {
        match group {
            Group::Agency | Group::Org | Group::Person | Group::Country => self
                .corpus
                .entity(id)
                .map(|e| e.id.clone())
                .unwrap_or_default(),
            Group::Keyword => self
                .index
                .keywords
                .get(id as usize)
                .cloned()
                .unwrap_or_default(),
            Group::Kind => FactKind::ALL
                .get(id as usize)
                .map(|k| k.name().to_string())
                .unwrap_or_default(),
            Group::Year => id.to_string(),
            Group::Month => format!("{}-{:02}", id / 12, id % 12 + 1),
        }
    }

    /// The view's filters as ids, per group.
    fn selection(&self, view: &ViewState) -> Vec<(Group, Vec<u32>)> {
        Group::ALL
            .into_iter()
            .map(|g| {
                (
                    g,
                    view.selected(g)
                        .filter_map(|v| self.value_id(g, v))
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(g, ids)| !ids.is_empty() || view.selected(*g).next().is_some())
            .collect()
    }

    /// One bit per facet group (in [`Group::ALL`] order) that `doc` passes,
    /// or that has no selection, and [`DATE_BIT`] when it is inside the date
    /// range. It passes every filter when the mask equals [`ALL_BITS`]; a
    /// facet's counts ignore its own bit.
    fn pass_bits(&self, view: &ViewState, selection: &[(Group, Vec<u32>)], doc: usize) -> u16 {
        let date = self.index.facets[doc].date;
        let mut bits = 0u16;
        if !(view.from.is_some_and(|f| date < f) || view.to.is_some_and(|t| date > t)) {
            bits |= DATE_BIT;
        }
        for (gi, g) in Group::ALL.iter().enumerate() {
            let ok = match selection.iter().find(|(sg, _)| sg == g) {
                None => true,
                Some((_, ids)) => {
                    let mut hit = false;
                    self.for_each_value(*g, doc, |v| hit |= ids.contains(&v));
                    hit
                }
            };
            if ok {
                bits |= 1 << gi;
            }
        }
        bits
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
        let selection = self.selection(view);
        // Each facet's counts then need only a mask test, not a new check
        // of every filter.
        let passed: Vec<u16> = candidates
            .iter()
            .map(|(d, _)| self.pass_bits(view, &selection, *d as usize))
            .collect();
        let mut hits: Vec<Hit> = candidates
            .iter()
            .zip(&passed)
            .filter(|(_, bits)| **bits == ALL_BITS)
            .map(|(c, _)| c)
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

        // Counters indexed by value id: dense for entities, keywords and
        // kinds; years and months are offset from the earliest year.
        let first_year = self
            .index
            .facets
            .iter()
            .map(|f| u32::from(f.date.year))
            .min()
            .unwrap_or(0);
        for group in Group::ALL {
            let (base, size) = match group {
                Group::Agency | Group::Org | Group::Person | Group::Country => {
                    (0, self.corpus.entities.len())
                }
                Group::Keyword => (0, self.index.keywords.len()),
                Group::Kind => (0, FactKind::ALL.len()),
                Group::Year => (first_year, 200),
                Group::Month => (first_year * 12, 200 * 12),
            };
            let mut dense = vec![0usize; size];
            let gi = Group::ALL.iter().position(|g| *g == group).unwrap_or(0);
            for ((d, _), bits) in candidates.iter().zip(&passed) {
                if bits | (1 << gi) == ALL_BITS {
                    self.for_each_value(group, *d as usize, |v| {
                        if let Some(c) = v.checked_sub(base).and_then(|i| dense.get_mut(i as usize))
                        {
                            *c += 1;
                        }
                    });
                }
            }
            let mut counts: HashMap<u32, usize> = dense
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(i, c)| (i as u32 + base, *c))
                .collect();
            // Selected values stay visible even when nothing matches them now.
            for (_, ids) in selection.iter().filter(|(g, _)| *g == group) {
                for id in ids {
                    counts.entry(*id).or_default();
                }
            }
            let mut values: Vec<FacetValue> = counts
                .into_iter()
                .map(|(id, count)| {
                    let value = self.value_name(group, id);
                    FacetValue {
                        label: self.label(group, &value).unwrap_or_else(|| value.clone()),
                        selected: view.selected(group).any(|s| s == value),
                        value,
                        count,
                    }
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
                    let relaxed_selection = self.selection(&relaxed);
                    let n = candidates
                        .iter()
                        .filter(|(d, _)| {
                            self.pass_bits(&relaxed, &relaxed_selection, *d as usize) == ALL_BITS
                        })
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
///
/// Streams over the words without allocating: phrase queries check every
/// candidate's whole body.
fn contains_phrase(text: &str, phrase: &[String]) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut k = 0; // words of the phrase matched so far
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // tokens() drops single letters; so does this.
        if word.chars().count() == 1 && !word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let same = |w: &str| word.chars().map(index::fold_char).eq(w.chars());
        if same(&phrase[k]) {
            k += 1;
        } else {
            k = usize::from(same(&phrase[0]));
        }
        if k == phrase.len() {
            return true;
        }
    }
    false
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
