//! The query engine on the default corpus: query syntax, ranking, typo
//! tolerance, phrases and exclusions, facet counts and date filtering.

use explorer_core::index::bundle;
use explorer_core::model::Bundle;
use explorer_core::parse;
use explorer_core::query::{Engine, parse_query};
use explorer_core::view::{Group, Sort, ViewState};
use std::sync::LazyLock;

static BUNDLE: LazyLock<Bundle> = LazyLock::new(|| {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/releases.txt"
    ))
    .unwrap();
    bundle(parse(&bytes, "data/releases.txt").unwrap().corpus)
});

fn engine() -> Engine<'static> {
    Engine::new(&BUNDLE.corpus, &BUNDLE.index).unwrap()
}

fn view(query: &str) -> ViewState {
    let (v, notices) = ViewState::from_query(query);
    assert!(notices.is_empty(), "{notices:?}");
    v
}

/// Titles of the results of a URL query string.
fn titles(query: &str) -> Vec<String> {
    let e = engine();
    e.search(&view(query))
        .hits
        .iter()
        .map(|h| BUNDLE.corpus.releases[h.doc as usize].title.clone())
        .collect()
}

const EXPORTS: &str = "Korea’s Exports Hit Record High in September";
const UZBEK: &str =
    "Korea and Uzbekistan Sign MOU to Strengthen Cooperation on Technical Regulations";
const CHIPS: &str = "End-Users, Fabless Firms, and Foundries Link Up to Build Korea’s On-Device AI Semiconductor Ecosystem";
const FACTORIES: &str = "Korea Ramps Up AI Factories to Lead Global Manufacturing by 2030";
const SAUDI: &str = "5th Korea–Saudi Vision 2030 Committee Meeting";
const FIRE: &str = "MOTIE Minister Conducts Emergency Inspection of Response System for Information System Disruptions";

#[test]
fn parses_words_phrases_exclusions_and_the_prefix() {
    let q = parse_query("Exports \"AI factories\" -Saudi chip");
    assert_eq!(
        q.words,
        vec![("exports".to_string(), false), ("chip".to_string(), true)]
    );
    assert_eq!(
        q.phrases,
        vec![vec!["ai".to_string(), "factories".to_string()]]
    );
    assert_eq!(q.excluded, vec!["saudi".to_string()]);
    assert_eq!(
        parse_query("chip ").words,
        vec![("chip".to_string(), false)]
    );
    assert_eq!(parse_query("Türkiye").words[0].0, "turkiye");
    assert_eq!(parse_query("\"unclosed phrase").phrases.len(), 1);
}

#[test]
fn ranks_the_obvious_release_first() {
    // (query, the release that must come first)
    let cases = [
        ("?q=exports+record", EXPORTS),
        ("?q=uzbekistan", UZBEK),
        ("?q=fabless", CHIPS),
        ("?q=semiconductor+ecosystem", CHIPS),
        ("?q=humanoid+robots", FACTORIES),
        ("?q=saudi+committee", SAUDI),
        ("?q=fire+information+systems", FIRE),
        ("?q=Kim+Dae-ja", UZBEK),
    ];
    for (q, first) in cases {
        let t = titles(q);
        assert_eq!(t.first().map(String::as_str), Some(first), "{q}: {t:#?}");
    }
}

#[test]
fn stems_prefixes_and_typos_match() {
    // "export" finds "exports"; a prefix while typing; one and two edits.
    assert!(titles("?q=export").contains(&EXPORTS.to_string()));
    assert_eq!(titles("?q=uzbe").first().map(String::as_str), Some(UZBEK));
    assert_eq!(
        titles("?q=uzbekistn+").first().map(String::as_str),
        Some(UZBEK)
    );
    assert_eq!(
        titles("?q=semicondcutor+fabless+")
            .first()
            .map(String::as_str),
        Some(CHIPS)
    );
    // Short words get no typo tolerance.
    assert!(titles("?q=fir+").is_empty() || !titles("?q=fir+").contains(&SAUDI.to_string()));
    // An entity's alias matches: MOTIR finds the releases that say MOTIE.
    assert!(titles("?q=MOTIR+").contains(&FIRE.to_string()));
}

#[test]
fn phrases_and_exclusions() {
    let t = titles("?q=%22dark+factories%22");
    assert_eq!(t, vec![FACTORIES.to_string()]);
    assert!(titles("?q=%22factories+dark%22").is_empty());
    let all = titles("?q=korea+");
    let without = titles("?q=korea+-saudi+");
    assert!(all.contains(&SAUDI.to_string()));
    assert!(!without.contains(&SAUDI.to_string()));
    assert_eq!(without.len(), all.len() - 1);
}

#[test]
fn empty_query_lists_everything_in_the_chosen_order() {
    let newest = titles("");
    assert_eq!(newest.len(), 8);
    assert_eq!(newest[0], FACTORIES);
    let oldest = titles("?sort=oldest");
    assert_eq!(oldest[0], SAUDI);
    assert_eq!(titles("?sort=newest"), newest);
    let e = engine();
    let mut v = view("?q=korea");
    v.sort = Sort::Oldest;
    assert_eq!(e.search(&v).hits.first().map(|h| h.doc), Some(7));
}

#[test]
fn date_range_filters() {
    let t = titles("?from=2025-09-29&to=2025-09-30");
    assert_eq!(t.len(), 3, "{t:#?}");
    assert!(
        t.contains(&FIRE.to_string())
            && t.contains(&UZBEK.to_string())
            && t.contains(&CHIPS.to_string())
    );
    assert_eq!(titles("?from=2025-10-02").len(), 3);
}

#[test]
fn facet_counts_follow_the_other_filters_but_not_their_own() {
    let e = engine();
    let count = |r: &explorer_core::query::Results, g: Group, v: &str| {
        r.facets
            .iter()
            .find(|f| f.group == g)
            .and_then(|f| f.values.iter().find(|x| x.value == v))
            .map(|x| x.count)
    };
    let all = e.search(&view(""));
    assert_eq!(count(&all, Group::Year, "2025"), Some(8));
    assert_eq!(count(&all, Group::Month, "2025-09"), Some(4));
    assert_eq!(count(&all, Group::Month, "2025-10"), Some(4));
    let quotes = count(&all, Group::Kind, "quote").unwrap();
    assert!((4..=7).contains(&quotes), "{quotes}");
    // Selecting a month: the month facet still counts both months (its own
    // selection ignored), the kind facet counts only within that month.
    let sept = e.search(&view("?month=2025-09"));
    assert_eq!(sept.hits.len(), 4);
    assert_eq!(count(&sept, Group::Month, "2025-10"), Some(4));
    assert!(count(&sept, Group::Kind, "quote").unwrap() <= quotes);
    // Two months: OR within a facet.
    assert_eq!(
        e.search(&view("?month=2025-09&month=2025-10")).hits.len(),
        8
    );
    // Across facets: AND.
    let korea = BUNDLE
        .corpus
        .entities
        .iter()
        .find(|x| x.name == "Uzbekistan")
        .unwrap()
        .id
        .clone();
    let both = e.search(&view(&format!("?month=2025-10&country={korea}")));
    assert!(both.hits.is_empty());
    assert_eq!(both.relax.len(), 2, "{:?}", both.relax);
}

#[test]
fn unknown_entity_ids_are_dropped_with_a_notice() {
    let e = engine();
    let mut v = view("?org=org-no-such-thing&kind=money");
    let notices = e.validate(&mut v);
    assert_eq!(v.filters.len(), 1);
    assert_eq!(
        notices,
        vec!["Ignored “org=org-no-such-thing”: no such organisation in this corpus."]
    );
}

#[test]
fn no_results_suggests_a_spelling_and_highlights_matches() {
    let e = engine();
    let r = e.search(&view("?q=semiconductr+zzzzqq"));
    assert!(r.hits.is_empty());
    assert!(r.suggestion.is_some());
    let r = e.search(&view("?q=uzbekistan+cooperation"));
    let snip = e.snippet(r.hits[0].doc, &r.matched);
    let rel = &BUNDLE.corpus.releases[r.hits[0].doc as usize];
    let marked: Vec<&str> = snip.title.iter().map(|m| &rel.title[m.clone()]).collect();
    assert!(
        marked.contains(&"Uzbekistan") && marked.contains(&"Cooperation"),
        "{marked:?}"
    );
    assert!(
        snip.marks
            .iter()
            .all(|m| snip.passage.start <= m.start && m.end <= snip.passage.end)
    );
    assert!(!snip.marks.is_empty());
}

#[test]
fn related_releases_share_rare_entities_first() {
    let c = &BUNDLE.corpus;
    for (i, r) in c.releases.iter().enumerate() {
        assert!(r.related.len() <= 5);
        assert!(
            r.related
                .iter()
                .all(|x| x.doc as usize != i && !x.reason.is_empty()),
            "{}",
            r.id
        );
    }
    // The two releases about the AI semiconductor alliance and AI
    // factories share M.AX alliances, companies and Kim Jung-kwan.
    let chips = c.releases.iter().find(|r| r.title == CHIPS).unwrap();
    let first = &c.releases[chips.related[0].doc as usize];
    assert!(
        first.title == FACTORIES || first.title == FIRE || first.title == SAUDI,
        "{}: {}",
        first.title,
        chips.related[0].reason
    );
}

#[test]
fn related_ranking_weighs_rare_shared_names() {
    let text = "-\nA\nAcme Corporation and Zenith Electronics met in Japan. date2025-01-03\n-\nB\nAcme Corporation and Zenith Electronics met again in Japan. date2025-01-02\n-\nC\nAcme Corporation met in Japan. date2025-01-01\n-\nD\nNobody met in Japan. date2024-12-31\n";
    let b = bundle(parse(text.as_bytes(), "r.txt").unwrap().corpus);
    let a = &b.corpus.releases[0];
    let titles: Vec<&str> = a
        .related
        .iter()
        .map(|r| b.corpus.releases[r.doc as usize].title.as_str())
        .collect();
    assert_eq!(&titles[..2], ["B", "C"], "{:?}", a.related);
    assert!(
        a.related[0].reason.contains("Zenith Electronics"),
        "{}",
        a.related[0].reason
    );
}

#[test]
fn horizon_groups_milestones_by_the_organisation_in_their_sentence() {
    let text = "-\nA\nThe Acme Corporation will build 12 plants by 2030. The Ministry of Energy (MOE) plans pilots (2027–2028). Sales rose in 2024. date2025-05-01\n-\nB\nZenith Electronics expects mass production in the first half of 2027. date2025-04-01\n";
    let b = bundle(parse(text.as_bytes(), "h.txt").unwrap().corpus);
    let docs: Vec<u32> = (0..b.corpus.releases.len() as u32).collect();
    let groups = explorer_core::timeline::horizon(&b.corpus, &docs);
    let summary: Vec<(String, Vec<String>)> = groups
        .iter()
        .map(|(owner, items)| {
            (
                owner.clone(),
                items
                    .iter()
                    .map(|i| format!("{}..{}", i.start, i.end))
                    .collect(),
            )
        })
        .collect();
    assert!(
        summary.contains(&(
            "Acme Corporation".to_string(),
            vec!["2030..2030".to_string()]
        )),
        "{summary:?}"
    );
    assert!(
        summary.contains(&(
            "Ministry of Energy".to_string(),
            vec!["2027..2028".to_string()]
        )),
        "{summary:?}"
    );
    assert!(
        summary.contains(&(
            "Zenith Electronics".to_string(),
            vec!["2027-H1..2027-H1".to_string()]
        )),
        "{summary:?}"
    );
    // A past year of statistics is no milestone.
    assert_eq!(groups.iter().map(|(_, i)| i.len()).sum::<usize>(), 3);
    // An empty selection draws nothing.
    assert!(explorer_core::timeline::horizon(&b.corpus, &[]).is_empty());
}
