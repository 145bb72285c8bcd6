//! Related releases, computed at build time: ranked by the organisations,
//! people, countries and keywords two releases share, each weighted by its
//! inverse document frequency, so a rare company shared counts for more
//! than a country every release names.

use crate::index::DocFacets;
use crate::model::Corpus;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How many related releases each release keeps.
pub const MAX_RELATED: usize = 5;

/// A related release and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// The related release (index in the corpus).
    pub doc: u32,
    /// What they share: "Samsung Electronics, semiconductors".
    pub reason: String,
}

/// A candidate's score and the shared features behind it, each with its weight.
type Shared = (f64, Vec<(f64, Feature)>);

/// A feature two releases can share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Feature {
    Entity(u32),
    Keyword(u32),
}

/// The related releases of every release of `corpus`, whose facets are
/// `facets` (same order).
pub fn related(corpus: &Corpus, keywords: &[String], facets: &[DocFacets]) -> Vec<Vec<Related>> {
    let n = facets.len();
    let features = |f: &DocFacets| -> Vec<Feature> {
        let mut v: Vec<Feature> = f
            .orgs
            .iter()
            .chain(&f.people)
            .chain(&f.countries)
            .map(|e| Feature::Entity(*e))
            .collect();
        v.extend(f.keywords.iter().map(|k| Feature::Keyword(*k)));
        v.sort_by_key(|f| match f {
            Feature::Entity(e) => (0, *e),
            Feature::Keyword(k) => (1, *k),
        });
        v.dedup();
        v
    };
    let per_doc: Vec<Vec<Feature>> = facets.iter().map(features).collect();
    let mut postings: HashMap<Feature, Vec<u32>> = HashMap::new();
    for (d, fs) in per_doc.iter().enumerate() {
        for f in fs {
            postings.entry(*f).or_default().push(d as u32);
        }
    }
    // A feature in more than a fifth of the corpus (and at least 50
    // releases) says little and would make this quadratic.
    let cap = (n / 5).max(50);
    let idf = |df: usize| ((1.0 + n as f64) / (1.0 + df as f64)).ln() + 1.0;
    let name = |f: Feature| match f {
        Feature::Entity(e) => corpus.entity(e).map(|e| e.name.clone()).unwrap_or_default(),
        Feature::Keyword(k) => keywords.get(k as usize).cloned().unwrap_or_default(),
    };
    (0..n)
        .map(|d| {
            let mut scores: HashMap<u32, Shared> = HashMap::new();
            for f in &per_doc[d] {
                let docs = &postings[f];
                if docs.len() < 2 || docs.len() > cap {
                    continue;
                }
                // Keywords count a little less than named entities.
                let w = idf(docs.len())
                    * if matches!(f, Feature::Keyword(_)) {
                        0.8
                    } else {
                        1.0
                    };
                for &other in docs {
                    if other as usize != d {
                        let e = scores.entry(other).or_default();
                        e.0 += w;
                        e.1.push((w, *f));
                    }
                }
            }
            let mut ranked: Vec<(u32, Shared)> = scores.into_iter().collect();
            ranked.sort_by(|a, b| b.1.0.total_cmp(&a.1.0).then(a.0.cmp(&b.0)));
            ranked
                .into_iter()
                .take(MAX_RELATED)
                .map(|(doc, (_, mut shared))| {
                    shared.sort_by(|a, b| b.0.total_cmp(&a.0));
                    let names: Vec<String> = shared.iter().take(3).map(|(_, f)| name(*f)).collect();
                    Related {
                        doc,
                        reason: names.join(", "),
                    }
                })
                .collect()
        })
        .collect()
}
