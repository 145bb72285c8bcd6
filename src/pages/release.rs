//! One release in full.

use crate::components::{DateLabel, Link};
use crate::data::release;
use crate::pages::release_facts::FactsPanel;
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
        let card = use_context::<UrlHandle>().and_then(|u| u.view.card.clone());
        use_effect_with((props.index, card), move |(_, card)| {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            // A cited sentence is what the reader came for: bring it into view.
            if card.is_some()
                && let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("cited"))
            {
                el.scroll_into_view();
            }
        });
    }
    let url = use_context::<UrlHandle>()
        .expect("ReleaseView is rendered inside the App's UrlHandle context");
    let Some(r) = release(props.index) else {
        return html! {};
    };
    // Back to the same results: the view without the release.
    let back = url.view.list();
    let back_label = if back == ViewState::default() {
        "← All releases"
    } else {
        "← Back to results"
    };
    // A fact linked to ("Source"): its sentence is marked and scrolled to.
    let cited = url
        .view
        .card_parts()
        .filter(|(id, _)| *id == r.id)
        .and_then(|(_, i)| r.facts.get(i as usize))
        .map(|f| f.sentence[0] as usize..f.sentence[1] as usize);
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
                { for paragraphs(&r.body).into_iter().map(|(start, p)| {
                    match &cited {
                        Some(c) if c.start >= start && c.end <= start + p.len() => html! {
                            <p dir="auto">
                                { &p[..c.start - start] }
                                <mark class="cited" id="cited">{ &r.body[c.clone()] }</mark>
                                { &p[c.end - start..] }
                            </p>
                        },
                        _ => html! { <p dir="auto">{ p }</p> },
                    }
                }) }
            </div>
            <FactsPanel index={props.index} />
            if !r.related.is_empty() {
                <section class="related" aria-labelledby="related-heading">
                    <h3 id="related-heading">{ "Related releases" }</h3>
                    <ol>
                        { for r.related.iter().filter_map(|x| release(x.doc as usize).map(|o| (o, x))).map(|(o, x)| html! {
                            <li key={o.id.as_str()}>
                                <Link to={ViewState { release: Some(o.id.clone()), ..url.view.list() }}>{ &o.title }</Link>
                                <span class="reason">{ format!(" — shares {}", x.reason) }</span>
                            </li>
                        }) }
                    </ol>
                </section>
            }
        </article>
    }
}

/// The body's paragraphs with their byte offsets.
fn paragraphs(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for p in body.split("\n\n") {
        out.push((at, p));
        at += p.len() + 2;
    }
    out
}
