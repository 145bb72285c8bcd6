//! A deterministic synthetic corpus, for building and benchmarking the app
//! at scale: `explorer synth --releases N --seed S > corpus.txt`.
//!
//! It recombines the sentences of a source corpus (the default one unless
//! told otherwise) into new releases, and varies what facets are made of:
//! publication dates over three years, organisation and company names from
//! a pool, countries from the gazetteer, and every number. The same seed
//! always gives the same corpus.

use crate::date::{Date, MONTH_NAMES};
use crate::facts::gazetteer::COUNTRIES;
use crate::model::Corpus;
use crate::text;
use std::fmt::Write as _;

/// SplitMix64: small, fast and good enough to shuffle sentences.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const BRANDS: &[&str] = &[
    "Hanil",
    "Daesung",
    "Seorin",
    "Mirae",
    "Kumho",
    "Taeyang",
    "Nuri",
    "Haneul",
    "Dongbang",
    "Samil",
    "Orion",
    "Vantage",
    "Northwind",
    "Bluepeak",
    "Helix",
    "Corvid",
    "Aurora",
    "Keystone",
    "Meridian",
    "Solace",
    "Tidewater",
    "Granite",
    "Evergreen",
    "Lumen",
    "Quarry",
    "Sterling",
];
const SUFFIXES: &[&str] = &[
    "Electronics",
    "Motors",
    "Heavy Industries",
    "Energy",
    "Logistics",
    "Chemical",
    "Steel",
    "Telecom",
    "Display",
    "Solutions",
    "Semiconductor Corporation",
    "Pharmaceuticals",
];
const AGENCIES: &[&str] = &[
    "Ministry of Trade, Industry and Resources (MOTIR)",
    "Ministry of Economy and Finance (MOEF)",
    "Ministry of Science and ICT (MSIT)",
    "Korean Agency for Technology and Standards (KATS)",
    "Ministry of Land, Infrastructure and Transport (MOLIT)",
    "Department for Business and Trade (DBT)",
];
const TOPICS: &[&str] = &[
    "Semiconductor Supply Chains",
    "Battery Exports",
    "AI Factories",
    "Hydrogen Partnerships",
    "Shipbuilding Orders",
    "Trade Cooperation",
    "Technical Regulations",
    "Investment Incentives",
    "Critical Minerals",
    "Biohealth Exports",
    "Digital Trade",
    "Nuclear Power Cooperation",
];
const TITLE_FORMS: &[&str] = &[
    "{c1} and {c2} Discuss {t}",
    "{o} Expands {t}",
    "Korea Strengthens {t} with {c1}",
    "{c1} Exports of {t} Hit Record High",
    "Minister Announces Support for {t}",
    "{o} and {c1} Sign MOU on {t}",
];

/// Writes `releases` synthetic releases built from `source`'s sentences.
pub fn synth(source: &Corpus, releases: usize, seed: u64) -> String {
    let mut rng = Rng(seed ^ 0x5EED);
    let sentences: Vec<&str> = source
        .releases
        .iter()
        .flat_map(|r| {
            text::sentences(&r.body)
                .into_iter()
                .map(move |s| &r.body[s])
        })
        .filter(|s| s.len() > 40 && s.len() < 600 && text::ends_sentence(s))
        .collect();
    let countries: Vec<&str> = COUNTRIES
        .iter()
        .map(|(name, _, _)| *name)
        .filter(|n| !n.contains(['(', ',']))
        .collect();
    let mut out = String::new();
    let start_day = 19_267; // 2022-10-02, days since 1970-01-01: three years to 2025-10
    for i in 0..releases {
        let org = format!("{} {}", rng.pick(BRANDS), rng.pick(SUFFIXES));
        let (c1, c2) = (*rng.pick(&countries), *rng.pick(&countries));
        let topic = *rng.pick(TOPICS);
        let title = rng
            .pick(TITLE_FORMS)
            .replace("{c1}", c1)
            .replace("{c2}", c2)
            .replace("{t}", topic)
            .replace("{o}", &org);
        let day = start_day + rng.below(3 * 365) as i32;
        let date = Date::from_days_since_epoch(day);
        let agency = *rng.pick(AGENCIES);
        let _ = writeln!(out, "-\n{title} ({})", i + 1);
        let mut body = format!(
            "The {agency} announced on {} {} that {org} will work with partners in {c1} on {}.",
            MONTH_NAMES[usize::from(date.month - 1)],
            date.day,
            topic.to_lowercase()
        );
        for _ in 0..4 + rng.below(9) {
            body.push(' ');
            let sentence = *rng.pick(&sentences);
            body.push_str(&vary(sentence, &mut rng, &org, c2));
        }
        let _ = writeln!(out, "{body} date{date}");
    }
    out
}

/// A sentence with its numbers changed, and sometimes a company and a
/// country swapped in, so that figures and facets vary.
fn vary(sentence: &str, rng: &mut Rng, org: &str, country: &str) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut digits = String::new();
    for c in sentence.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            // Keep years (a four-digit 20xx) plausible; other numbers vary.
            let n: u64 = digits.parse().unwrap_or(0);
            let v = if digits.len() == 4 && (2000..2100).contains(&n) {
                2024 + rng.below(7) as u64
            } else {
                1 + rng.below((n as usize).max(9) * 2) as u64
            };
            let _ = write!(out, "{v}");
            digits.clear();
        }
        out.push(c);
    }
    if !digits.is_empty() {
        out.push_str(&digits);
    }
    for (from, to) in [
        ("Samsung Electronics", org),
        ("Hyundai Motor", org),
        ("Saudi Arabia", country),
        ("Uzbekistan", country),
        ("the UK", country),
    ] {
        if out.contains(from) && rng.below(2) == 0 {
            out = out.replace(from, to);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_deterministic_and_parses() {
        let src = crate::parse(b"-\nT\nThe Ministry said exports rose 12.7 percent in 2025. Samsung Electronics will invest USD 3 billion by 2030. date2025-10-01", "s.txt").unwrap().corpus;
        let a = synth(&src, 50, 7);
        assert_eq!(a, synth(&src, 50, 7));
        assert_ne!(a, synth(&src, 50, 8));
        let parsed = crate::parse(a.as_bytes(), "synth.txt").unwrap();
        assert_eq!(parsed.corpus.releases.len(), 50);
        assert!(parsed.warnings.is_empty());
    }
}
