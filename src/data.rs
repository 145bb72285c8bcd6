//! The embedded corpus and search index, decoded once on first use.

use explorer_core::model::{Bundle, DecodeError};
use explorer_core::query::Engine;
use explorer_core::{Corpus, Release};
use std::sync::LazyLock;

/// The blob build.rs wrote: the corpus with its facts (newest release
/// first) and the search index.
static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The bundle, decoded on first access. A decoding failure (a blob from a
/// different build of explorer-core) is kept as an error for the page to
/// show, never a panic.
pub static BUNDLE: LazyLock<Result<Bundle, DecodeError>> = LazyLock::new(|| Bundle::decode(BLOB));

/// The query engine over the bundle, opened once.
pub static ENGINE: LazyLock<Result<Engine<'static>, String>> = LazyLock::new(|| match &*BUNDLE {
    Ok(b) => Engine::new(&b.corpus, &b.index),
    Err(e) => Err(e.to_string()),
});

/// The corpus, if it decoded.
pub fn corpus() -> Option<&'static Corpus> {
    BUNDLE.as_ref().ok().map(|b| &b.corpus)
}

/// A release by its index.
pub fn release(index: usize) -> Option<&'static Release> {
    corpus().and_then(|c| c.releases.get(index))
}
