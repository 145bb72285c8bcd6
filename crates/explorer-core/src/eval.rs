//! Scores the extractor against a hand-annotated fixture: precision and
//! recall per fact kind, and the list of every missed and extra fact.
//!
//! The fixture names each fact by its kind, its exact text and which
//! occurrence of that text in the body it is, plus the kind's key fields. A
//! gold fact is found when the extractor has a fact of the same kind whose
//! span overlaps it and whose key field agrees (the amount and currency of
//! money, the value and direction of a percentage, the value of a
//! quantity, the canonical name of an organisation or person, the speaker
//! of a quote, the code of a country, the date of an event, the start and
//! end of a milestone). Boundaries may differ: "rose 12.7 percent" and
//! "12.7 percent" are the same mention.

use crate::facts::extract::without_legal_forms;
use crate::facts::{FactData, FactKind};
use crate::model::Corpus;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A fact the extractor and the fixture disagree on.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    /// The release's id.
    pub release: String,
    /// `missed` (in the fixture only) or `extra` (extracted only).
    pub what: &'static str,
    /// The fact kind.
    pub kind: FactKind,
    /// The surface text.
    pub text: String,
    /// Which occurrence of the text in the body (1-based).
    pub occurrence: usize,
}

impl Difference {
    /// `release<TAB>missed<TAB>kind<TAB>text<TAB>occurrence`, the line format
    /// of the known-differences file.
    pub fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}",
            self.release, self.what, self.kind, self.text, self.occurrence
        )
    }
}

/// Counts for one kind.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    /// Facts in the fixture.
    pub gold: usize,
    /// Facts extracted.
    pub found: usize,
    /// Gold facts matched.
    pub matched: usize,
}

impl Score {
    /// matched / found (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.matched as f64 / self.found as f64
        }
    }
    /// matched / gold (1 when the fixture has none).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }
}

/// The result of an evaluation.
#[derive(Debug, Default)]
pub struct Report {
    /// Per kind.
    pub scores: BTreeMap<FactKind, Score>,
    /// Every disagreement, sorted.
    pub differences: Vec<Difference>,
}

fn nth_occurrence(body: &str, text: &str, n: usize) -> Option<usize> {
    body.match_indices(text)
        .nth(n.saturating_sub(1))
        .map(|(i, _)| i)
}

fn occurrence_of(body: &str, text: &str, start: usize) -> usize {
    body.match_indices(text)
        .take_while(|(i, _)| *i < start)
        .count()
        + 1
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Region names agree whatever their case and whether a hyphen or a space
/// joins their words ("Asia-Pacific" and "Asia Pacific" are one region).
fn same_region(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().to_lowercase().replace('-', " ");
    norm(a) == norm(b)
}

/// One name is the other with words in front ("Saudi National Housing
/// Company" and "National Housing Company"): a boundary difference.
fn name_within(a: &str, b: &str) -> bool {
    // "Kia Motors" and "Kia Motors Corporation" are one company, as the
    // extractor's entity keys have it: legal forms at the end do not count.
    let bare = |s: &str| without_legal_forms(s).to_lowercase();
    let (a, b) = (bare(a), bare(b));
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && (long == short || long.ends_with(&format!(" {short}")))
}

/// Scores `corpus` (already enriched) against the fixture JSON.
pub fn evaluate(corpus: &Corpus, fixture: &Value) -> Result<Report, String> {
    let mut report = Report::default();
    let releases = fixture["releases"]
        .as_array()
        .ok_or("fixture: no \"releases\" array")?;
    for gold_release in releases {
        let id = gold_release["id"]
            .as_str()
            .ok_or("fixture: a release without \"id\"")?;
        let rel = corpus
            .get(id)
            .ok_or_else(|| format!("fixture names release {id:?}, which the corpus lacks"))?;
        let body = &rel.body;
        let mut used = vec![false; rel.facts.len()];
        for g in gold_release["facts"]
            .as_array()
            .ok_or("fixture: a release without \"facts\"")?
        {
            let kind = g["kind"]
                .as_str()
                .and_then(FactKind::from_name)
                .ok_or_else(|| format!("fixture: bad kind in {g}"))?;
            let text = g["text"].as_str().ok_or("fixture: a fact without text")?;
            let occurrence = g["occurrence"].as_u64().unwrap_or(1) as usize;
            let start = nth_occurrence(body, text, occurrence).ok_or_else(|| {
                format!("fixture: {text:?} (occurrence {occurrence}) is not in {id}")
            })?;
            let end = start + text.len();
            report.scores.entry(kind).or_default().gold += 1;
            let hit = rel.facts.iter().enumerate().find(|(i, f)| {
                !used[*i]
                    && f.kind() == kind
                    && (f.span[0] as usize) < end
                    && start < f.span[1] as usize
                    && agrees(corpus, &f.data, g)
            });
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    report.scores.entry(kind).or_default().matched += 1;
                }
                None => report.differences.push(Difference {
                    release: id.to_string(),
                    what: "missed",
                    kind,
                    text: text.to_string(),
                    occurrence,
                }),
            }
        }
        for (i, f) in rel.facts.iter().enumerate() {
            report.scores.entry(f.kind()).or_default().found += 1;
            if !used[i] {
                let text = f.text(body).to_string();
                let occurrence = occurrence_of(body, &text, f.span[0] as usize);
                report.differences.push(Difference {
                    release: id.to_string(),
                    what: "extra",
                    kind: f.kind(),
                    text,
                    occurrence,
                });
            }
        }
    }
    report.differences.sort();
    Ok(report)
}

fn agrees(corpus: &Corpus, data: &FactData, g: &Value) -> bool {
    let num = |k: &str| g[k].as_f64();
    let close =
        |a: f64, b: Option<f64>| b.is_some_and(|b| (a - b).abs() <= 1e-9 * a.abs().max(1.0));
    let name_of = |id: u32| {
        corpus.entity(id).map(|e| {
            (
                e.name.clone(),
                e.aliases.clone(),
                e.acronym.clone(),
                e.code.clone(),
            )
        })
    };
    match data {
        FactData::Money { amount, currency } => {
            close(*amount, num("amount")) && g["currency"].as_str() == Some(currency.as_str())
        }
        FactData::Percent {
            value, direction, ..
        } => close(*value, num("value")) && g["direction"].as_str() == direction.map(|d| d.name()),
        FactData::Quantity { value, .. } => close(*value, num("value")),
        FactData::Organization { entity } => {
            name_of(*entity).is_some_and(|(name, aliases, acronym, _)| {
                let want = g["name"].as_str().unwrap_or("");
                name_within(&name, want)
                    || aliases.iter().any(|a| name_within(a, want))
                    || (acronym.is_some() && g["acronym"].as_str() == acronym.as_deref())
            })
        }
        FactData::Person { entity, .. } => name_of(*entity)
            .is_some_and(|(name, ..)| same_name(&name, g["name"].as_str().unwrap_or(""))),
        FactData::Quote { speaker } => {
            let want = g["speaker"].as_str();
            match speaker.and_then(name_of) {
                Some((name, ..)) => want.is_some_and(|w| same_name(&name, w)),
                None => want.is_none(),
            }
        }
        FactData::Country { entity } => {
            name_of(*entity).is_some_and(|(name, aliases, _, code)| match g["code"].as_str() {
                Some(c) => code.as_deref() == Some(c),
                // A region by its name or a name it goes by, as organisations
                // are matched.
                None => {
                    let want = g["name"].as_str().unwrap_or("");
                    code.is_none()
                        && (same_region(&name, want)
                            || aliases.iter().any(|a| same_region(a, want)))
                }
            })
        }
        FactData::Event { date, .. } => g["date"].as_str() == Some(date.to_string().as_str()),
        FactData::Milestone { start, end, .. } => {
            g["start"].as_str() == Some(start.to_string().as_str())
                && g["end"].as_str() == Some(end.to_string().as_str())
        }
        FactData::Agreement { .. } => true,
    }
}

impl Report {
    /// A table: kind, gold, found, matched, precision, recall.
    pub fn table(&self) -> String {
        let mut out = String::from("kind          gold  found  matched  precision  recall\n");
        let mut total = Score::default();
        for (kind, s) in &self.scores {
            let _ = writeln!(
                out,
                "{:<13} {:>4}  {:>5}  {:>7}  {:>9.3}  {:>6.3}",
                kind.name(),
                s.gold,
                s.found,
                s.matched,
                s.precision(),
                s.recall()
            );
            total.gold += s.gold;
            total.found += s.found;
            total.matched += s.matched;
        }
        let _ = writeln!(
            out,
            "{:<13} {:>4}  {:>5}  {:>7}  {:>9.3}  {:>6.3}",
            "all",
            total.gold,
            total.found,
            total.matched,
            total.precision(),
            total.recall()
        );
        out
    }
}
