//! The embedded corpus, decoded once on first use.

use explorer_core::Corpus;
use explorer_core::model::DecodeError;
use std::sync::LazyLock;

/// The blob build.rs wrote: the parsed corpus, newest release first.
static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus, decoded on first access. A decoding failure (a blob from a
/// different build of explorer-core) is kept as an error for the page to
/// show, never a panic.
pub static CORPUS: LazyLock<Result<Corpus, DecodeError>> = LazyLock::new(|| Corpus::decode(BLOB));
