//! `explorer`: check a corpus or print it as JSON.
//!
//! ```text
//! explorer check FILE     summary and warnings (exit 0), or every error (exit 1)
//! explorer extract FILE   the parsed corpus as JSON on stdout
//! ```

use explorer_core::{Corpus, Parsed, parse};
use serde_json::json;
use std::process::ExitCode;

const USAGE: &str = "usage: explorer check FILE | explorer extract FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, file) = match args.as_slice() {
        [cmd, file] => (cmd.as_str(), file.as_str()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !matches!(cmd, "check" | "extract") {
        eprintln!("explorer: unknown command {cmd:?}\n{USAGE}");
        return ExitCode::from(2);
    }
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(1);
        }
    };
    let parsed = match parse(&bytes, file) {
        Ok(p) => p,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            let s = if errors.len() == 1 { "" } else { "s" };
            eprintln!("{file}: {} error{s}", errors.len());
            return ExitCode::from(1);
        }
    };
    match cmd {
        "check" => check(file, &parsed),
        _ => extract(&parsed.corpus),
    }
    ExitCode::SUCCESS
}

fn check(file: &str, parsed: &Parsed) {
    let corpus = &parsed.corpus;
    let n = corpus.releases.len();
    match corpus.date_range() {
        Some((a, b)) => println!("{file}: {n} releases from {a} to {b}"),
        None => println!("{file}: {n} releases"),
    }
    let truncated: Vec<&str> = corpus
        .releases
        .iter()
        .filter(|r| r.truncated)
        .map(|r| r.id.as_str())
        .collect();
    println!("truncated bodies: {}", truncated.len());
    for id in truncated {
        println!("  {id}");
    }
    let json_len = serde_json::to_vec(corpus).map_or(0, |v| v.len());
    println!(
        "embedded blob: {} bytes (postcard; the same data as JSON: {json_len} bytes)",
        corpus.encode().len()
    );
    println!("warnings: {}", parsed.warnings.len());
    for w in &parsed.warnings {
        println!("{w}");
    }
}

fn extract(corpus: &Corpus) {
    let releases: Vec<_> = corpus
        .releases
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "title": r.title,
                "date": r.date.to_string(),
                "body": r.body,
                "truncated": r.truncated,
                "agency": r.agency,
                "facts": [],
            })
        })
        .collect();
    let out = json!({ "releases": releases });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).expect("JSON values always serialise")
    );
}
