//! Time buckets for the timelines, the horizon of milestones, and exports.
//!
//! Pure functions of the corpus and a set of releases (the current query's
//! results), so the page's timelines, fact cards and exports agree with the
//! list.

use crate::date::Date;
use crate::facts::{EntityKind, FactData, FactKind, Period};
use crate::model::Corpus;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How wide one bar of the publication timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bucket {
    /// One day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
}

impl Bucket {
    /// The bucket that keeps a span of `days` legible: days up to about a
    /// month, weeks up to half a year, months beyond.
    pub fn for_span(days: i32) -> Bucket {
        match days {
            ..=45 => Bucket::Day,
            46..=200 => Bucket::Week,
            _ => Bucket::Month,
        }
    }

    /// "day", "week" or "month".
    pub fn name(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }
}

/// One bar: a span of days and how many releases fall in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    /// First day.
    pub start: Date,
    /// Last day (inclusive).
    pub end: Date,
    /// Releases published in it.
    pub count: usize,
}

fn bucket_start(d: Date, bucket: Bucket) -> Date {
    match bucket {
        Bucket::Day => d,
        Bucket::Week => d.add_days(-(d.weekday() as i32)),
        Bucket::Month => Date::new(d.year, d.month, 1).unwrap_or(d),
    }
}

fn next_start(d: Date, bucket: Bucket) -> Date {
    match bucket {
        Bucket::Day => d.add_days(1),
        Bucket::Week => d.add_days(7),
        Bucket::Month if d.month == 12 => Date::new(d.year + 1, 1, 1).unwrap_or(d),
        Bucket::Month => Date::new(d.year, d.month + 1, 1).unwrap_or(d),
    }
}

/// Contiguous bins from `from` to `to` (inclusive), empty ones included,
/// counting `dates`. An empty or inverted range gives no bin.
pub fn bins(dates: &[Date], from: Date, to: Date, bucket: Bucket) -> Vec<Bin> {
    if from > to {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = bucket_start(from, bucket);
    while start <= to {
        let next = next_start(start, bucket);
        let end = next.add_days(-1);
        out.push(Bin {
            start,
            end,
            count: 0,
        });
        start = next;
    }
    for d in dates {
        if let Some(bin) = out.iter_mut().find(|b| b.start <= *d && *d <= b.end) {
            bin.count += 1;
        }
    }
    out
}

/// One milestone on the horizon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HorizonItem {
    /// The release (index in the corpus).
    pub doc: u32,
    /// The fact's index in the release.
    pub fact: u32,
    /// When it starts and ends.
    pub start: Period,
    /// See `start`.
    pub end: Period,
    /// Its label.
    pub what: String,
}

/// Milestones grouped by who they belong to: the first organisation named
/// in the milestone's sentence, else the release's issuing agency.
pub fn horizon(corpus: &Corpus, docs: &[u32]) -> Vec<(String, Vec<HorizonItem>)> {
    let mut groups: BTreeMap<String, Vec<HorizonItem>> = BTreeMap::new();
    for &doc in docs {
        let Some(r) = corpus.releases.get(doc as usize) else {
            continue;
        };
        for (i, f) in r.facts.iter().enumerate() {
            let FactData::Milestone { start, end, what } = &f.data else {
                continue;
            };
            let owner = r
                .facts
                .iter()
                .filter(|g| g.sentence == f.sentence)
                .find_map(|g| match g.data {
                    FactData::Organization { entity } => {
                        corpus.entity(entity).map(|e| e.name.clone())
                    }
                    _ => None,
                })
                .or_else(|| r.agency.clone())
                .unwrap_or_else(|| "Other".to_string());
            groups.entry(owner).or_default().push(HorizonItem {
                doc,
                fact: i as u32,
                start: *start,
                end: *end,
                what: what.clone(),
            });
        }
    }
    let mut out: Vec<(String, Vec<HorizonItem>)> = groups.into_iter().collect();
    for (_, items) in &mut out {
        items.sort_by(|a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)));
    }
    // Busiest owners first.
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    out
}

/// One field of a CSV row (RFC 4180): quoted when it holds a comma, a
/// quote or a line break, with quotes doubled.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The value of a fact in one readable cell: "USD 66000000000",
/// "+12.7% (exports)", "Kim Jung-kwan", "2025-10-01 · forum", …
pub fn fact_value(corpus: &Corpus, data: &FactData) -> String {
    let name = |e: u32| corpus.entity(e).map(|e| e.name.clone()).unwrap_or_default();
    match data {
        FactData::Money { amount, currency } => format!("{currency} {}", group_thousands(*amount)),
        FactData::Percent {
            value,
            direction,
            subject,
            points,
        } => {
            let sign = match direction {
                Some(crate::facts::Direction::Up) => "↑ ",
                Some(crate::facts::Direction::Down) => "↓ ",
                None => "",
            };
            let unit = if *points { " pp" } else { "%" };
            match subject {
                Some(s) => format!("{sign}{value}{unit} ({s})"),
                None => format!("{sign}{value}{unit}"),
            }
        }
        FactData::Quantity { value, unit } => format!("{value} {unit}"),
        FactData::Organization { entity } | FactData::Country { entity } => name(*entity),
        FactData::Person { entity, role } => match role {
            Some(r) => format!("{} ({r})", name(*entity)),
            None => name(*entity),
        },
        FactData::Quote { speaker } => speaker.map(name).unwrap_or_default(),
        FactData::Event { date, what } => format!("{date} · {what}"),
        FactData::Milestone { start, end, what } if start == end => format!("{start} · {what}"),
        FactData::Milestone { start, end, what } => format!("{start}–{end} · {what}"),
        FactData::Agreement {
            parties,
            date,
            what,
        } => {
            let p: Vec<String> = parties.iter().map(|p| name(*p)).collect();
            let d = date.map(|d| format!(" · {d}")).unwrap_or_default();
            format!("{what} · {}{d}", p.join(", "))
        }
    }
}

/// A number with thousands separators: 66000000000 gives "66,000,000,000",
/// 2.5 gives "2.5".
pub fn group_thousands(x: f64) -> String {
    let whole = x.trunc();
    let frac = x - whole;
    let digits = format!("{}", whole.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 {
        out.insert(0, '-');
    }
    if frac.abs() > 1e-9 {
        let f = format!("{:.3}", frac.abs());
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    out
}

/// The facts of `docs` (optionally of some kinds only) as CSV with their
/// provenance: release id, title, date, kind, text, value, sentence, span, rule.
pub fn facts_csv(corpus: &Corpus, docs: &[u32], kinds: &[FactKind]) -> String {
    let mut out =
        String::from("release_id,title,date,kind,text,value,sentence,span_start,span_end,rule\r\n");
    for &doc in docs {
        let Some(r) = corpus.releases.get(doc as usize) else {
            continue;
        };
        for f in r
            .facts
            .iter()
            .filter(|f| kinds.is_empty() || kinds.contains(&f.kind()))
        {
            let row = [
                csv_field(&r.id),
                csv_field(&r.title),
                r.date.to_string(),
                f.kind().name().to_string(),
                csv_field(f.text(&r.body)),
                csv_field(&fact_value(corpus, &f.data)),
                csv_field(f.sentence_text(&r.body)),
                f.span[0].to_string(),
                f.span[1].to_string(),
                csv_field(&f.rule),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// The releases of `docs` with their facts (optionally some kinds) as JSON,
/// with the same provenance as [`facts_csv`].
pub fn facts_json(corpus: &Corpus, docs: &[u32], kinds: &[FactKind]) -> String {
    let mut out = String::from("{\"releases\":[");
    for (n, &doc) in docs.iter().enumerate() {
        let Some(r) = corpus.releases.get(doc as usize) else {
            continue;
        };
        if n > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"id\":{},\"title\":{},\"date\":\"{}\",\"facts\":[",
            json_string(&r.id),
            json_string(&r.title),
            r.date
        );
        let facts = r
            .facts
            .iter()
            .filter(|f| kinds.is_empty() || kinds.contains(&f.kind()));
        for (i, f) in facts.enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(
                out,
                "{{\"kind\":\"{}\",\"text\":{},\"value\":{},\"sentence\":{},\"span\":[{},{}],\"rule\":{}}}",
                f.kind().name(),
                json_string(f.text(&r.body)),
                json_string(&fact_value(corpus, &f.data)),
                json_string(f.sentence_text(&r.body)),
                f.span[0],
                f.span[1],
                json_string(&f.rule)
            );
        }
        out.push_str("]}");
    }
    out.push_str("]}");
    out
}

/// Is this entity kind one that has a page of its own?
pub fn has_page(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Organization | EntityKind::Person | EntityKind::Country
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn buckets_follow_the_span() {
        assert_eq!(Bucket::for_span(7), Bucket::Day);
        assert_eq!(Bucket::for_span(45), Bucket::Day);
        assert_eq!(Bucket::for_span(90), Bucket::Week);
        assert_eq!(Bucket::for_span(1000), Bucket::Month);
    }

    #[test]
    fn day_week_and_month_bins_cover_the_range_with_empty_bins() {
        let dates = [
            d("2025-09-26"),
            d("2025-09-29"),
            d("2025-09-30"),
            d("2025-09-30"),
            d("2025-10-02"),
        ];
        let days = bins(&dates, d("2025-09-26"), d("2025-10-02"), Bucket::Day);
        assert_eq!(days.len(), 7);
        assert_eq!(
            days.iter().map(|b| b.count).collect::<Vec<_>>(),
            [1, 0, 0, 1, 2, 0, 1]
        );
        let weeks = bins(&dates, d("2025-09-26"), d("2025-10-02"), Bucket::Week);
        // 2025-09-26 is a Friday: its week starts on Monday the 22nd.
        assert_eq!(weeks[0].start, d("2025-09-22"));
        assert_eq!(weeks[0].end, d("2025-09-28"));
        assert_eq!(weeks.iter().map(|b| b.count).collect::<Vec<_>>(), [1, 4]);
        let months = bins(&dates, d("2025-09-26"), d("2025-10-02"), Bucket::Month);
        assert_eq!(
            months
                .iter()
                .map(|b| (b.start.to_string(), b.count))
                .collect::<Vec<_>>(),
            [("2025-09-01".to_string(), 4), ("2025-10-01".to_string(), 1)]
        );
        // Across a year end.
        let m = bins(&[], d("2024-12-15"), d("2025-01-10"), Bucket::Month);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].end, d("2024-12-31"));
        // Empty and inverted ranges.
        assert_eq!(
            bins(&dates, d("2025-10-02"), d("2025-10-01"), Bucket::Day),
            vec![]
        );
        assert_eq!(
            bins(&[], d("2025-10-01"), d("2025-10-01"), Bucket::Day).len(),
            1
        );
    }

    #[test]
    fn csv_escapes_commas_quotes_newlines_and_keeps_unicode() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(
            csv_field("Korea’s “M.AX” – 12 million m²"),
            "Korea’s “M.AX” – 12 million m²"
        );
        assert_eq!(json_string("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(66_000_000_000.0), "66,000,000,000");
        assert_eq!(group_thousands(750_000.0), "750,000");
        assert_eq!(group_thousands(2.5), "2.5");
        assert_eq!(group_thousands(999.0), "999");
    }

    #[test]
    fn dates_round_trip_through_day_counts() {
        for s in ["1970-01-01", "2000-02-29", "2025-09-30", "2100-12-31"] {
            assert_eq!(Date::from_days_since_epoch(d(s).days_since_epoch()), d(s));
        }
    }
}
