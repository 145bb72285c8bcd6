//! Parses the corpus and extracts its facts at build time, and writes the
//! compact blob that the app embeds with `include_bytes!`.
//!
//! The corpus is `data/releases.txt`, or the file named by `RELEASES_FILE`
//! (relative paths are taken from the crate root). A corpus error fails the
//! build with every message of the parser.

use explorer_core::index::bundle;
use explorer_core::parse;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=RELEASES_FILE");
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let path = match std::env::var_os("RELEASES_FILE") {
        Some(p) if !p.is_empty() => root.join(p),
        _ => root.join("data/releases.txt"),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let shown = path
        .strip_prefix(&root)
        .unwrap_or(&path)
        .display()
        .to_string();

    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        fail(&[format!(
            "{shown}: cannot read the corpus: {e} (set RELEASES_FILE to a corpus file)"
        )])
    });
    let parsed = parse(&bytes, &shown).unwrap_or_else(|errors| {
        let mut lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        lines.push(format!(
            "{shown}: {} error(s); the corpus was not embedded",
            errors.len()
        ));
        fail(&lines)
    });
    for w in &parsed.warnings {
        println!("cargo::warning={w}");
    }
    // Facts, newest-first order and the search index: the browser only decodes.
    let bundle = bundle(parsed.corpus);
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, bundle.encode())
        .unwrap_or_else(|e| fail(&[format!("{}: {e}", out.display())]));
}

/// Prints each message as a build error and stops the build.
fn fail(messages: &[String]) -> ! {
    for m in messages {
        // Cargo prints each `cargo::error` line in its own error format.
        println!("cargo::error={m}");
    }
    std::process::exit(1)
}
