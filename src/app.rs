//! The root component: header, notices, and the view the URL asks for.

use crate::components::{Link, Notices};
use crate::data::corpus;
use crate::pages::search::focus_search;
use crate::pages::{EntityPage, NotFound, ReleaseView, SearchPage};
use crate::url::{Mode, UrlHandle, use_url};
use explorer_core::view::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use yew::prelude::*;

/// The whole app. It renders from (corpus, URL) alone; the URL state is
/// shared with every [`Link`] through context.
#[component]
pub fn App() -> Html {
    let url = use_url();
    // Keyboard: "/" focuses the search box; Esc closes an open release.
    {
        let url = url.clone();
        use_effect_with(url.clone(), move |url| {
            let url = url.clone();
            let listener =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    match e.key().as_str() {
                        "/" if !typing => {
                            e.prevent_default();
                            if url.view.release.is_some() {
                                let list = ViewState {
                                    release: None,
                                    ..(*url.view).clone()
                                };
                                url.navigate.emit((list, Mode::Push));
                            }
                            focus_search();
                        }
                        "Escape" if url.view.release.is_some() && !typing => {
                            let list = ViewState {
                                release: None,
                                ..(*url.view).clone()
                            };
                            url.navigate.emit((list, Mode::Push));
                        }
                        _ => {}
                    }
                });
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &doc {
                let _ = d
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = &doc {
                    let _ = d.remove_event_listener_with_callback(
                        "keydown",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let Some(corpus) = corpus() else {
        let message = crate::data::BUNDLE
            .as_ref()
            .err()
            .map(ToString::to_string)
            .unwrap_or_default();
        return html! { <main><p role="alert">{ message }</p></main> };
    };
    let open = url
        .view
        .release
        .as_ref()
        .map(|id| (id.clone(), corpus.releases.iter().position(|r| &r.id == id)));

    // The tab title follows the view, so history entries read well.
    let title = match &open {
        Some((_, Some(i))) => format!("{} · Release explorer", corpus.releases[*i].title),
        Some((_, None)) => "Release not found · Release explorer".to_string(),
        None => "Release explorer".to_string(),
    };
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    });

    let entity = url
        .view
        .entity
        .as_ref()
        .map(|id| (id.clone(), corpus.entities.iter().position(|e| &e.id == id)));
    let view = match (open, entity) {
        (None, Some((_, Some(index)))) => html! { <EntityPage index={index as u32} /> },
        (None, Some((id, None))) => html! { <NotFound {id} what="entity" /> },
        (None, None) => html! { <SearchPage /> },
        (Some((_, Some(index))), _) => html! { <ReleaseView {index} /> },
        (Some((id, None)), _) => html! { <NotFound {id} what="release" /> },
    };
    html! {
        <ContextProvider<UrlHandle> context={url.clone()}>
            <header class="site-header">
                <h1 class="brand"><Link to={ViewState::default()}>{ "Release explorer" }</Link></h1>
                <p class="summary">{ corpus.summary() }</p>
                <crate::components::theme_toggle::ThemeToggle />
            </header>
            <Notices notices={url.notices.clone()} />
            <main id="main">{ view }</main>
        </ContextProvider<UrlHandle>>
    }
}
