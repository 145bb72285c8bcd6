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
/// then mounts the root component on `<div id="app">` (falling back to
/// `<body>`). A root of its own leaves the rest of the page, such as the
/// service worker's update prompt, alone.
pub fn run() {
    console_error_panic_hook::set_once();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
