//! release-explorer: a single-page app for exploring a corpus of press
//! releases entirely in the browser.
//!
//! The corpus was parsed at build time (build.rs) and is embedded as a
//! compact blob; [`data`] decodes it once. The view is a pure function of
//! the corpus and the URL query string ([`url`]).

pub mod app;
pub mod components;
pub mod data;
pub mod pages;
pub mod url;

/// Starts the app: installs the panic hook so a panic shows in the console,
/// then mounts the root component on `<body>`.
pub fn run() {
    console_error_panic_hook::set_once();
    yew::Renderer::<app::App>::new().render();
}
