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
    components::theme_toggle::apply_saved_theme();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}

/// For `make bench`: runs the query engine on a URL query string and
/// returns the milliseconds it took (the engine alone, no rendering).
/// Negative when the engine is unavailable.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_search(query: &str) -> f64 {
    let Ok(engine) = &*data::ENGINE else {
        return -1.0;
    };
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    let (view, _) = explorer_core::view::ViewState::from_query(query);
    let start = now();
    let results = engine.search(&view);
    let elapsed = now() - start;
    // Keep the work observable so it is not optimised away.
    if results.hits.len() == usize::MAX {
        -2.0
    } else {
        elapsed
    }
}

/// For `make bench`: the size of the wasm linear memory, in bytes.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |b| f64::from(b.byte_length()))
        })
}
