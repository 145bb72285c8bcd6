//! One release in full.

use crate::components::{DateLabel, Link};
use crate::data::release;
use crate::url::UrlHandle;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`ReleaseView`].
#[derive(Properties, PartialEq)]
pub struct ReleaseViewProps {
    /// Index of the release in the corpus.
    pub index: usize,
}

/// The full text of a release, flagged when the source is truncated. On
/// opening, the page scrolls to the top and focus moves to the title, so
/// keyboard and screen-reader users land on what they opened.
#[component]
pub fn ReleaseView(props: &ReleaseViewProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.index, move |_| {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let url = use_context::<UrlHandle>()
        .expect("ReleaseView is rendered inside the App's UrlHandle context");
    let Some(r) = release(props.index) else {
        return html! {};
    };
    // Back to the same results: the view without the release.
    let back = ViewState {
        release: None,
        ..(*url.view).clone()
    };
    let back_label = if back == ViewState::default() {
        "← All releases"
    } else {
        "← Back to results"
    };
    html! {
        <article class="release" aria-labelledby="release-title">
            <nav aria-label="Breadcrumb">
                <Link to={back} class="back">{ back_label }</Link>
            </nav>
            <h2 id="release-title" dir="auto" tabindex="-1" ref={heading}>{ &r.title }</h2>
            <p class="meta">
                <DateLabel date={r.date} />
                if let Some(agency) = &r.agency {
                    <span class="agency">{ agency }</span>
                }
            </p>
            if r.truncated {
                <p class="flag" role="note">
                    { "Incomplete text: the source of this release stops mid-sentence." }
                </p>
            }
            <div class="body">
                { for r.paragraphs().map(|p| html! { <p dir="auto">{ p }</p> }) }
            </div>
        </article>
    }
}
