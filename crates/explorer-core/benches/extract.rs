//! Extraction throughput on a large corpus: the default corpus repeated to
//! about 10 MB, on one core. Prints MB/s for parsing alone (the baseline,
//! run in the same process) and for parsing plus fact extraction, and
//! their ratio. Run with `cargo bench -p explorer-core` (or `make bench-extract`).

use explorer_core::facts::extract::enrich;
use explorer_core::parse;
use std::time::Instant;

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/releases.txt").to_string()
        });
    let seed = std::fs::read_to_string(&path).expect("read the corpus");
    // Repeat the records, with a different year each round so titles and
    // dates do not collapse into duplicates.
    let mut big = String::with_capacity(TARGET_BYTES + seed.len());
    let mut round = 0u32;
    while big.len() < TARGET_BYTES {
        let year = 1900 + (round % 120);
        big.push_str(
            &seed
                .replace("date2025-", &format!("date{year}-"))
                .replace("\n-\n", &format!("\n-\nr{round} ")),
        );
        big.push('\n');
        round += 1;
    }
    let mb = big.len() as f64 / 1e6;
    let runs = 3;
    let mut best_parse = f64::MAX;
    let mut best_all = f64::MAX;
    let mut facts = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let parsed = parse(big.as_bytes(), "bench.txt").expect("the repeated corpus parses");
        best_parse = best_parse.min(t.elapsed().as_secs_f64());
        let mut corpus = parsed.corpus;
        let t = Instant::now();
        enrich(&mut corpus);
        best_all = best_all.min(best_parse + t.elapsed().as_secs_f64());
        facts = corpus.releases.iter().map(|r| r.facts.len()).sum::<usize>();
    }
    let releases = round as usize * 8;
    println!("corpus: {mb:.1} MB, about {releases} releases, {facts} facts");
    println!(
        "parse only:         {:.1} MB/s ({:.3} s, best of {runs})",
        mb / best_parse,
        best_parse
    );
    println!(
        "parse + extraction: {:.1} MB/s ({:.3} s, best of {runs})",
        mb / best_all,
        best_all
    );
    println!(
        "bench: extract_mb_per_s={:.2} parse_mb_per_s={:.2} extract_over_parse_time={:.1}",
        mb / best_all,
        mb / best_parse,
        best_all / best_parse
    );
}
