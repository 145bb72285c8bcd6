//! The URL query string as the single source of view state.
//!
//! [`use_url`] reads `location.search`, re-reads it on back/forward
//! (`popstate`), and offers [`UrlHandle::navigate`], which writes a new
//! state to the history (push or replace) and re-renders. Only the query
//! string changes, never the path, so the app works under any sub-path and
//! on static hosts without rewrite rules.

use explorer_core::view::ViewState;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use yew::prelude::*;

/// How a navigation enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A new entry: opening a release.
    Push,
    /// Replace the current entry: typing and filtering.
    Replace,
}

/// The decoded URL state and the way to change it, shared by context.
#[derive(Clone, PartialEq)]
pub struct UrlHandle {
    /// The current view.
    pub view: Rc<ViewState>,
    /// Notices about parameters that were ignored.
    pub notices: Rc<[String]>,
    /// Writes a new view into the history and shows it.
    pub navigate: Callback<(ViewState, Mode)>,
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Keeps the view in step with the URL; see the module docs.
#[hook]
pub fn use_url() -> UrlHandle {
    let search = use_state(current_search);
    {
        let search = search.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listener = Closure::<dyn Fn()>::new(move || search.set(current_search()));
            if let Some(w) = &window {
                // Failing to listen only loses back/forward sync; nothing to report.
                let _ = w.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let decoded = use_memo((*search).clone(), |s| {
        let (mut view, mut notices) = ViewState::from_query(s);
        // Values that need the corpus to check (entity ids, keywords).
        if let Ok(engine) = &*crate::data::ENGINE {
            notices.extend(engine.validate(&mut view));
        }
        (Rc::new(view), Rc::<[String]>::from(notices))
    });
    let navigate = {
        let search = search.clone();
        Callback::from(move |(view, mode): (ViewState, Mode)| {
            let query = view.to_query();
            if let Some(w) = web_sys::window() {
                // An empty query must still clear the old one: use the bare path.
                let url = if query.is_empty() {
                    w.location().pathname().unwrap_or_default()
                } else {
                    query.clone()
                };
                if let Ok(history) = w.history() {
                    let null = wasm_bindgen::JsValue::NULL;
                    let _ = match mode {
                        Mode::Push => history.push_state_with_url(&null, "", Some(&url)),
                        Mode::Replace => history.replace_state_with_url(&null, "", Some(&url)),
                    };
                }
            }
            search.set(query);
        })
    };
    UrlHandle {
        view: decoded.0.clone(),
        notices: decoded.1.clone(),
        navigate,
    }
}
