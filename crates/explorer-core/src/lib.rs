//! The pure core of release-explorer.
//!
//! Corpus parsing ([`corpus`]), the embedded data model ([`model`]), facts
//! and their extraction ([`facts`]), dates ([`date`]), text helpers
//! ([`text`]) and the URL view state ([`view`]).
//! Nothing here touches the web: it runs in build.rs, in the `explorer`
//! CLI and, compiled to wasm, inside the app, and is tested natively.
#![deny(missing_docs)]

pub mod corpus;
pub mod date;
#[cfg(feature = "cli")]
pub mod eval;
pub mod facts;
pub mod index;
#[cfg(feature = "cli")]
pub mod json;
pub mod model;
pub mod query;
pub mod related;
#[cfg(feature = "cli")]
pub mod synth;
pub mod text;
pub mod timeline;
pub mod view;

pub use corpus::{Error, ErrorKind, Parsed, Warning, parse};
pub use date::Date;
pub use model::{Corpus, Release};
