//! Property tests: the parser and the URL decoder take any input without
//! panicking, and what the parser accepts keeps its promises. Bounded by a
//! fixed number of cases, so CI time stays predictable.

use explorer_core::view::ViewState;
use explorer_core::{parse, text};
use proptest::prelude::*;

/// Text that looks like a corpus: record markers, titles, dates (good and
/// bad), typographic and hostile characters, CR and blank lines.
fn corpus_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("-\n".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" date".to_string()),
        Just("date2025-10-02".to_string()),
        Just("date2025-02-30".to_string()),
        Just("date9999-99-99".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("The Ministry of Trade (MOT) said. ".to_string()),
        Just("Minister of Finance Kim ".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("“quoted” – ’s ² → \u{202E}".to_string()),
        Just("Minister Kim said, “We will invest USD 1.5 billion by 2030.” ".to_string()),
        Just("Exports rose 12.7 percent on October 1 to $5bn; (2027–2028) ".to_string()),
        Just("firms such as DEEPX, Mobilint, and ".to_string()),
        Just("President, Jane Doe, signed an MOU ".to_string()),
        "[A-Za-z .,!?]{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse(&bytes, "fuzz.txt");
    }

    #[test]
    fn accepted_corpora_keep_their_promises(input in corpus_like()) {
        if let Ok(p) = parse(input.as_bytes(), "fuzz.txt") {
            let mut ids = std::collections::HashSet::new();
            for r in &p.corpus.releases {
                prop_assert!(!r.title.is_empty() && !r.body.is_empty());
                prop_assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
                prop_assert!(r.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
                prop_assert!(r.body.is_char_boundary(r.lead_end as usize));
            }
            let decoded = explorer_core::Corpus::decode(&p.corpus.encode());
            prop_assert_eq!(decoded.as_ref(), Ok(&p.corpus));
        }
    }

    #[test]
    fn extraction_and_indexing_take_any_accepted_corpus(input in corpus_like()) {
        if let Ok(p) = parse(input.as_bytes(), "fuzz.txt") {
            let b = explorer_core::index::bundle(p.corpus);
            for r in &b.corpus.releases {
                for f in &r.facts {
                    let (s, e) = (f.span[0] as usize, f.span[1] as usize);
                    prop_assert!(s < e && e <= r.body.len() && r.body.is_char_boundary(s) && r.body.is_char_boundary(e));
                    prop_assert!(f.sentence[0] <= f.span[0] && f.span[1] <= f.sentence[1]);
                }
            }
            let engine = explorer_core::query::Engine::new(&b.corpus, &b.index).unwrap();
            let (view, _) = ViewState::from_query("?q=minister+kim+%22usd%22+-x");
            let _ = engine.search(&view);
        }
    }

    #[test]
    fn text_helpers_take_any_text(s in any::<String>()) {
        for r in text::sentences(&s) {
            prop_assert!(r.start <= r.end && s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
        }
        let _ = text::issuing_agency(&s);
        let _ = text::slug(&s, 72);
        prop_assert!(s.is_char_boundary(text::lead_end(&s)));
    }

    #[test]
    fn url_decoding_takes_any_query(q in any::<String>()) {
        let (state, _) = ViewState::from_query(&q);
        // What the app writes back reads back the same.
        let (again, notices) = ViewState::from_query(&state.to_query());
        prop_assert_eq!(again, state);
        prop_assert!(notices.is_empty());
    }

    #[test]
    fn url_decoding_takes_query_like_strings(q in "[?&=%+a-z0-9A-F\u{FFFD}é]{0,60}") {
        let _ = ViewState::from_query(&q);
    }
}
