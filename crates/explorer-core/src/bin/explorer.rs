//! `explorer`: check a corpus, print it with its facts, score the extractor.
//!
//! ```text
//! explorer check FILE                 summary and warnings (exit 0), or every error (exit 1)
//! explorer extract FILE               the corpus with facts, agency, keywords and entities, as JSON
//! explorer facts FILE [--kind KIND]   the facts as a readable table
//! explorer eval FIXTURE FILE          precision and recall per kind against a hand-annotated fixture
//! explorer synth --releases N --seed S [--from FILE]
//!                                     a deterministic synthetic corpus in the same format
//! ```

use explorer_core::facts::{FactKind, extract::enrich};
use explorer_core::text::clip;
use explorer_core::{Corpus, Parsed, json, parse};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: explorer check FILE | extract FILE | facts FILE [--kind KIND] | eval FIXTURE FILE | synth --releases N --seed S [--from FILE]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["check", file] => load(file).map(|p| check(file, &p)),
        ["extract", file] => load(file).map(|p| extract(p.corpus)),
        ["facts", file] => load(file).map(|p| facts(p.corpus, None)),
        ["facts", file, "--kind", kind] => match FactKind::from_name(kind) {
            Some(k) => load(file).map(|p| facts(p.corpus, Some(k))),
            None => Err(format!(
                "unknown kind {kind:?}; kinds: {}",
                FactKind::ALL.map(|k| k.name()).join(", ")
            )),
        },
        ["eval", fixture, file] => load(file).and_then(|p| eval(fixture, p.corpus)),
        ["synth", "--releases", n, "--seed", seed, rest @ ..] => synth(n, seed, rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(out) => {
            // A closed pipe (`explorer facts … | head`) is the reader's choice, not an error.
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// Reads and parses a corpus; on failure, every error as one message.
fn load(file: &str) -> Result<Parsed, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    parse(&bytes, file).map_err(|errors| {
        let mut lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let s = if errors.len() == 1 { "" } else { "s" };
        lines.push(format!("{file}: {} error{s}", errors.len()));
        lines.join("\n")
    })
}

fn check(file: &str, parsed: &Parsed) -> String {
    let mut o = String::new();
    let corpus = &parsed.corpus;
    let n = corpus.releases.len();
    match corpus.date_range() {
        Some((a, b)) => writeln!(o, "{file}: {n} releases from {a} to {b}"),
        None => writeln!(o, "{file}: {n} releases"),
    }
    .ok();
    let truncated: Vec<&str> = corpus
        .releases
        .iter()
        .filter(|r| r.truncated)
        .map(|r| r.id.as_str())
        .collect();
    writeln!(o, "truncated bodies: {}", truncated.len()).ok();
    for id in truncated {
        writeln!(o, "  {id}").ok();
    }
    let json_len = serde_json::to_vec(corpus).map_or(0, |v| v.len());
    let mut enriched = corpus.clone();
    enrich(&mut enriched);
    let facts: usize = enriched.releases.iter().map(|r| r.facts.len()).sum();
    writeln!(o, "facts: {facts}; entities: {}", enriched.entities.len()).ok();
    writeln!(
        o,
        "embedded blob: {} bytes with facts ({} bytes without; the text alone as JSON: {json_len} bytes)",
        enriched.encode().len(),
        corpus.encode().len()
    )
    .ok();
    writeln!(o, "warnings: {}", parsed.warnings.len()).ok();
    for w in &parsed.warnings {
        writeln!(o, "{w}").ok();
    }
    o
}

fn extract(mut corpus: Corpus) -> String {
    enrich(&mut corpus);
    let mut out =
        serde_json::to_string_pretty(&json::corpus(&corpus)).expect("JSON values always serialise");
    out.push('\n');
    out
}

fn facts(mut corpus: Corpus, kind: Option<FactKind>) -> String {
    enrich(&mut corpus);
    let mut o = String::new();
    writeln!(
        o,
        "{:<12} {:<44} {:<52} release · rule",
        "kind", "text", "fields"
    )
    .ok();
    for r in &corpus.releases {
        for f in r
            .facts
            .iter()
            .filter(|f| kind.is_none_or(|k| f.kind() == k))
        {
            let mut v = json::fact(&corpus, r, f);
            let fields = match v.as_object_mut() {
                Some(fields) => {
                    for k in [
                        "kind", "text", "span", "sentence", "rule", "quote", "entity", "aliases",
                    ] {
                        fields.remove(k);
                    }
                    fields.retain(|_, v| !v.is_null());
                    serde_json::to_string(fields).unwrap_or_default()
                }
                None => String::new(),
            };
            writeln!(
                o,
                "{:<12} {:<44} {:<52} {} · {}",
                f.kind().name(),
                clip(f.text(&r.body), 44),
                clip(&fields, 52),
                clip(&r.id, 30),
                f.rule
            )
            .ok();
        }
    }
    o
}

fn eval(fixture: &str, mut corpus: Corpus) -> Result<String, String> {
    let text = std::fs::read_to_string(fixture).map_err(|e| format!("{fixture}: {e}"))?;
    let gold: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{fixture}: {e}"))?;
    enrich(&mut corpus);
    let report = explorer_core::eval::evaluate(&corpus, &gold)?;
    let mut o = report.table();
    for d in &report.differences {
        writeln!(o, "{}", d.line()).ok();
    }
    Ok(o)
}

fn synth(n: &str, seed: &str, rest: &[&str]) -> Result<String, String> {
    let n: usize = n
        .parse()
        .map_err(|_| format!("--releases takes a number, not {n:?}"))?;
    let seed: u64 = seed
        .parse()
        .map_err(|_| format!("--seed takes a number, not {seed:?}"))?;
    let source = match rest {
        [] => concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/releases.txt"),
        ["--from", file] => file,
        _ => return Err(USAGE.to_string()),
    };
    Ok(explorer_core::synth::synth(&load(source)?.corpus, n, seed))
}
