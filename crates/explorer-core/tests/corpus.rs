//! The corpus parser, case by case: every accepted and rejected input of the
//! format, each with the exact output or the exact errors.

use explorer_core::{Date, ErrorKind, parse};

fn ok(input: &str) -> explorer_core::Parsed {
    match parse(input.as_bytes(), "t.txt") {
        Ok(p) => p,
        Err(e) => panic!("expected success, got {e:#?}"),
    }
}

/// (line, record, title, kind) of each error.
type Expected<'a> = (usize, Option<usize>, Option<&'a str>, ErrorKind);

fn errors(input: &[u8]) -> Vec<(usize, Option<usize>, Option<String>, ErrorKind)> {
    match parse(input, "t.txt") {
        Ok(p) => panic!("expected errors, got {:#?}", p.corpus),
        Err(e) => e
            .into_iter()
            .map(|e| (e.line, e.record, e.title, e.kind))
            .collect(),
    }
}

fn assert_errors(input: &[u8], want: &[Expected]) {
    let want: Vec<_> = want
        .iter()
        .map(|(l, r, t, k)| (*l, *r, t.map(str::to_string), k.clone()))
        .collect();
    assert_eq!(
        errors(input),
        want,
        "input {:?}",
        String::from_utf8_lossy(input)
    );
}

const TWO: &str =
    "-\nFirst Title\nBody one. date2025-10-02\n-\nSecond Title\nBody two. date2025-09-26";

#[test]
fn parses_the_plain_format() {
    let p = ok(TWO);
    assert!(p.warnings.is_empty());
    let r = &p.corpus.releases;
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].title, "First Title");
    assert_eq!(r[0].body, "Body one.");
    assert_eq!(r[0].date, Date::new(2025, 10, 2).unwrap());
    assert_eq!(r[0].id, "2025-10-02-first-title");
    assert!(!r[0].truncated);
    assert_eq!(r[1].id, "2025-09-26-second-title");
}

#[test]
fn accepts_every_tolerated_variation() {
    let variants = [
        ("crlf", TWO.replace('\n', "\r\n")),
        ("bom", format!("\u{FEFF}{TWO}")),
        ("final newline", format!("{TWO}\n")),
        (
            "blank lines between records",
            TWO.replace("\n-\n", "\n\n\n-\n"),
        ),
        ("leading blank lines", format!("\n\n{TWO}")),
        (
            "stray white space",
            TWO.replace("-\n", "  -  \n")
                .replace("First Title", "  First Title\t"),
        ),
        (
            "space before the date",
            TWO.replace("date2025-10-02", "date 2025-10-02"),
        ),
        (
            "date on its own line",
            TWO.replace(" date2025-10-02", "\ndate2025-10-02"),
        ),
    ];
    let want = ok(TWO).corpus;
    for (name, input) in variants {
        assert_eq!(ok(&input).corpus, want, "variant {name}");
    }
}

#[test]
fn keeps_paragraphs_and_reflows_wrapped_lines() {
    let p = ok("-\nT\nLine one\nwraps here.\n\n\nSecond para. date2025-01-01");
    assert_eq!(
        p.corpus.releases[0].body,
        "Line one wraps here.\n\nSecond para."
    );
    let paragraphs: Vec<_> = p.corpus.releases[0].paragraphs().collect();
    assert_eq!(paragraphs, ["Line one wraps here.", "Second para."]);
}

#[test]
fn typographic_characters_survive() {
    let body = "Korea’s “M.AX” – exports — rose → 12 million m². date2025-10-01";
    let p = ok(&format!("-\nKorea–UK “Talks”\n{body}"));
    let r = &p.corpus.releases[0];
    assert_eq!(r.title, "Korea–UK “Talks”");
    assert_eq!(r.body, "Korea’s “M.AX” – exports — rose → 12 million m².");
    assert_eq!(r.id, "2025-10-01-korea-uk-talks");
}

#[test]
fn flags_truncated_bodies() {
    let p =
        ok("-\nT\nOperation of the Alliance The Allia date2025-09-30\n-\nU\nDone. date2025-09-30");
    assert!(p.corpus.releases[0].truncated);
    assert!(!p.corpus.releases[1].truncated);
}

#[test]
fn ids_are_unique_and_stable() {
    let p = ok(
        "-\nSame!\nA. date2025-01-01\n-\nSame?\nB. date2025-01-01\n-\n한국어\nC. date2025-01-01",
    );
    let ids: Vec<_> = p.corpus.releases.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["2025-01-01-same", "2025-01-01-same-2", "2025-01-01-release"]
    );
}

#[test]
fn warns_on_duplicates_and_keeps_the_first() {
    let p = ok(
        "-\nT\nFirst. date2025-01-01\n-\nT\nSecond. date2025-01-01\n-\nT\nOther day. date2025-01-02",
    );
    assert_eq!(p.corpus.releases.len(), 2);
    assert_eq!(p.corpus.releases[0].body, "First.");
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(
        p.warnings[0].to_string(),
        "t.txt:4: warning: record 2 \"T\" repeats record 1 (line 1) with the same title and date; kept the first"
    );
}

#[test]
fn rejects_a_record_without_date() {
    assert_errors(
        b"-\nTitle\nNo date here.",
        &[(3, Some(1), Some("Title"), ErrorKind::NoDate)],
    );
    // "update" is not a date marker.
    assert_errors(
        b"-\nTitle\nWe will update",
        &[(3, Some(1), Some("Title"), ErrorKind::NoDate)],
    );
}

#[test]
fn rejects_malformed_and_impossible_dates() {
    assert_errors(
        b"-\nA\nx date2025-1-2\n-\nB\ny date2025-02-30\n-\nC\nz date2025-10-02 trailing",
        &[
            (
                3,
                Some(1),
                Some("A"),
                ErrorKind::MalformedDate("2025-1-2".into()),
            ),
            (
                6,
                Some(2),
                Some("B"),
                ErrorKind::ImpossibleDate("2025-02-30".into()),
            ),
            (
                9,
                Some(3),
                Some("C"),
                ErrorKind::MalformedDate("2025-10-02 trailing".into()),
            ),
        ],
    );
}

#[test]
fn rejects_empty_titles_and_bodies() {
    assert_errors(
        b"-\n\nBody. date2025-01-01\n-\nTitle only\n-\nT\ndate2025-01-01\n-",
        &[
            (2, Some(1), None, ErrorKind::EmptyTitle),
            (5, Some(2), Some("Title only"), ErrorKind::EmptyBody),
            (8, Some(3), Some("T"), ErrorKind::EmptyBody),
            (10, Some(4), None, ErrorKind::EmptyTitle),
        ],
    );
}

#[test]
fn rejects_invalid_utf8_with_its_line() {
    assert_errors(
        b"-\nT\xFF\nBody. date2025-01-01",
        &[(2, None, None, ErrorKind::InvalidUtf8 { column: 2 })],
    );
}

#[test]
fn rejects_an_empty_corpus() {
    for input in [&b""[..], b"\n\n", b"\xEF\xBB\xBF  \r\n"] {
        assert_errors(input, &[(0, None, None, ErrorKind::EmptyCorpus)]);
    }
}

#[test]
fn rejects_text_before_the_first_record() {
    assert_errors(
        b"preamble\nmore\n-\nT\nB. date2025-01-01",
        &[(1, None, None, ErrorKind::TextBeforeFirstRecord)],
    );
}

#[test]
fn reports_every_error_with_file_line_and_title() {
    let input = b"-\nGood\nFine. date2025-01-01\n-\nBad date\nx date2025-13-01\n-\nNo date\ny\n";
    let messages: Vec<String> = parse(input, "data/c.txt")
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "data/c.txt:6: record 2 \"Bad date\": impossible date \"2025-13-01\" (no such day)",
            "data/c.txt:9: record 3 \"No date\": no date (the body must end with 'date' and an ISO date, e.g. 'date2025-10-02')",
        ]
    );
    let empty = parse(b"", "e.txt").unwrap_err();
    assert_eq!(empty[0].to_string(), "e.txt: the corpus holds no records");
}

#[test]
fn the_default_corpus_parses() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/releases.txt"
    ))
    .unwrap();
    let mut p = parse(&bytes, "data/releases.txt").unwrap();
    assert!(p.warnings.is_empty());
    let c = &mut p.corpus;
    assert_eq!(c.releases.len(), 8);
    assert_eq!(c.summary(), "8 releases, 26 Sep – 2 Oct 2025");
    assert_eq!(c.releases.iter().filter(|r| r.truncated).count(), 1);
    assert!(
        c.releases
            .iter()
            .find(|r| r.truncated)
            .unwrap()
            .body
            .ends_with("The Allia")
    );
    c.sort_newest_first();
    assert!(c.releases.windows(2).all(|w| w[0].date >= w[1].date));
    assert_eq!(explorer_core::Corpus::decode(&c.encode()).unwrap(), *c);
    for r in &c.releases {
        assert!(r.lead().ends_with('.'), "lead of {}: {:?}", r.id, r.lead());
        assert!(r.agency.is_some(), "agency of {}", r.id);
    }
}
