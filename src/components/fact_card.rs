//! One fact as a card: what it says, the sentence it came from with the
//! fact marked, its release, a source link and a "copy citation" button.

use crate::components::highlight::highlighted;
use crate::components::{DateLabel, Link};
use crate::data::{corpus, release};
use crate::url::UrlHandle;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`FactCard`].
#[derive(Properties, PartialEq)]
pub struct FactCardProps {
    /// The release (index in the corpus).
    pub doc: u32,
    /// The fact's index in the release.
    pub fact: u32,
    /// Draw attention to this card (it was linked to).
    #[prop_or_default]
    pub current: bool,
}

/// The card; see the module docs.
#[component]
pub fn FactCard(props: &FactCardProps) -> Html {
    let url = use_context::<UrlHandle>()
        .expect("FactCard is rendered inside the App's UrlHandle context");
    let copied = use_state(|| false);
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.current, move |current| {
            if *current && let Some(el) = node.cast::<web_sys::Element>() {
                el.scroll_into_view();
            }
        });
    }
    let (Some(c), Some(r)) = (corpus(), release(props.doc as usize)) else {
        return html! {};
    };
    let Some(f) = r.facts.get(props.fact as usize) else {
        return html! {};
    };
    let card = format!("{}~{}", r.id, props.fact);
    let source = ViewState {
        release: Some(r.id.clone()),
        card: Some(card.clone()),
        entity: None,
        ..url.view.list()
    };
    let sentence_start = f.sentence[0] as usize;
    let sentence = f.sentence_text(&r.body);
    let fact_range = f.span[0] as usize..f.span[1] as usize;
    let citation = format!(
        "“{}” — {}, {}. {}",
        sentence,
        r.title,
        r.date.short(),
        page_url(&ViewState {
            release: Some(r.id.clone()),
            card: Some(card.clone()),
            ..ViewState::default()
        })
    );
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&citation);
                copied.set(true);
            }
        })
    };
    html! {
        <article class={classes!("fact-card", props.current.then_some("current"))} ref={node} id={format!("card-{card}")}>
            <p class="fact-value">{ explorer_core::timeline::fact_value(c, &f.data) }</p>
            <blockquote class="fact-sentence" dir="auto">{ highlighted(sentence, sentence_start, core::slice::from_ref(&fact_range)) }</blockquote>
            <p class="fact-source">
                <span class="fact-release">{ &r.title }{ ", " }<DateLabel date={r.date} /></span>
                <Link to={source}>{ "Source" }</Link>
                <button type="button" class="link" onclick={on_copy}>{ "Copy citation" }</button>
                if *copied {
                    <span role="status" class="copied">{ "Copied" }</span>
                }
            </p>
        </article>
    }
}

/// The absolute URL of a view on this page (for citations).
pub fn page_url(view: &ViewState) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return view.to_query();
    };
    let base = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    format!("{base}{}", view.to_query())
}
