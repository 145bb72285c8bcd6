//! The Facts view: cards grouped by kind for the releases that match the
//! current query and filters, with CSV and JSON export.

use crate::components::Link;
use crate::components::fact_card::FactCard;
use crate::data::corpus;
use crate::url::UrlHandle;
use explorer_core::facts::{FactData, FactKind};
use explorer_core::query::kind_label;
use explorer_core::view::{Group, ViewState};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Cards shown per kind before "Show all".
const PER_KIND: usize = 24;

/// Props of [`FactsView`].
#[derive(Properties, PartialEq)]
pub struct FactsViewProps {
    /// The matching releases, in result order.
    pub docs: Rc<[u32]>,
}

/// See the module docs.
#[component]
pub fn FactsView(props: &FactsViewProps) -> Html {
    let url = use_context::<UrlHandle>()
        .expect("FactsView is rendered inside the App's UrlHandle context");
    let expanded = use_state(Vec::<FactKind>::new);
    let Some(c) = corpus() else { return html! {} };
    let view = &url.view;
    // The "Has facts" facet also chooses which cards show.
    let kinds: Vec<FactKind> = view
        .selected(Group::Kind)
        .filter_map(FactKind::from_name)
        .collect();
    let shown_kind = |k: FactKind| kinds.is_empty() || kinds.contains(&k);
    let card = view.card_parts();

    let export = |json: bool| {
        let docs = props.docs.clone();
        let kinds = kinds.clone();
        Callback::from(move |_| {
            if let Some(c) = corpus() {
                let (text, mime, name) = if json {
                    (
                        explorer_core::timeline::facts_json(c, &docs, &kinds),
                        "application/json",
                        "release-facts.json",
                    )
                } else {
                    (
                        explorer_core::timeline::facts_csv(c, &docs, &kinds),
                        "text/csv;charset=utf-8",
                        "release-facts.csv",
                    )
                };
                download(&text, mime, name);
            }
        })
    };

    let mut sections = Vec::new();
    for kind in FactKind::ALL.into_iter().filter(|k| shown_kind(*k)) {
        let body = match kind {
            FactKind::Organization | FactKind::Country | FactKind::Person => {
                entity_cards(kind, &props.docs, view)
            }
            _ => {
                let facts: Vec<(u32, u32)> = props
                    .docs
                    .iter()
                    .flat_map(|&d| {
                        c.releases[d as usize]
                            .facts
                            .iter()
                            .enumerate()
                            .filter(move |(_, f)| f.kind() == kind)
                            .map(move |(i, _)| (d, i as u32))
                    })
                    .collect();
                if facts.is_empty() {
                    continue;
                }
                let open = expanded.contains(&kind);
                let n = facts.len();
                let toggle = {
                    let expanded = expanded.clone();
                    Callback::from(move |_| {
                        let mut next = (*expanded).clone();
                        if let Some(i) = next.iter().position(|k| *k == kind) {
                            next.remove(i);
                        } else {
                            next.push(kind);
                        }
                        expanded.set(next);
                    })
                };
                html! {
                    <>
                        <ul class="cards">
                            { for facts.iter().enumerate().filter(|(i, (d, f))| open || *i < PER_KIND || card.is_some_and(|(id, fi)| c.releases[*d as usize].id == id && fi == *f)).map(|(_, (d, f))| {
                                let current = card.is_some_and(|(id, fi)| c.releases[*d as usize].id == id && fi == *f);
                                html! { <li key={format!("{d}-{f}")}><FactCard doc={*d} fact={*f} {current} /></li> }
                            }) }
                        </ul>
                        if n > PER_KIND {
                            <button type="button" class="link" onclick={toggle}>{ if open { "Show fewer".to_string() } else { format!("Show all {n}") } }</button>
                        }
                    </>
                }
            }
        };
        if body == html! {} {
            continue;
        }
        sections.push(html! {
            <section class="fact-group" aria-labelledby={format!("kind-{}", kind.name())} key={kind.name()}>
                <h3 id={format!("kind-{}", kind.name())}>{ kind_label(kind) }</h3>
                { body }
            </section>
        });
    }
    html! {
        <div class="facts-view">
            <div class="export" role="group" aria-label="Export">
                <button type="button" onclick={export(false)}>{ "Export CSV" }</button>
                <button type="button" onclick={export(true)}>{ "Export JSON" }</button>
            </div>
            if sections.is_empty() {
                <p class="empty">{ "No facts in the matching releases." }</p>
            }
            { for sections }
        </div>
    }
}

/// Organisations, countries or people mentioned in `docs`, one card each:
/// mentions, releases, and for people their roles and quotes.
fn entity_cards(kind: FactKind, docs: &[u32], view: &ViewState) -> Html {
    let Some(c) = corpus() else { return html! {} };
    // entity → (mentions, releases, quotes)
    let mut seen: BTreeMap<u32, (usize, usize, usize)> = BTreeMap::new();
    for &d in docs {
        let r = &c.releases[d as usize];
        let mut here: Vec<u32> = Vec::new();
        for f in &r.facts {
            let e = match (&f.data, kind) {
                (FactData::Organization { entity }, FactKind::Organization) => *entity,
                (FactData::Country { entity }, FactKind::Country) => *entity,
                (FactData::Person { entity, .. }, FactKind::Person) => *entity,
                (FactData::Quote { speaker: Some(s) }, FactKind::Person) => {
                    seen.entry(*s).or_default().2 += 1;
                    continue;
                }
                _ => continue,
            };
            let entry = seen.entry(e).or_default();
            entry.0 += 1;
            if !here.contains(&e) {
                here.push(e);
                entry.1 += 1;
            }
        }
    }
    let mut ranked: Vec<(u32, (usize, usize, usize))> =
        seen.into_iter().filter(|(_, v)| v.0 > 0).collect();
    if ranked.is_empty() {
        return html! {};
    }
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    html! {
        <ul class="cards entity-cards">
            { for ranked.into_iter().take(60).filter_map(|(e, (mentions, releases, quotes))| {
                let ent = c.entity(e)?;
                let to = ViewState { entity: Some(ent.id.clone()), ..view.list() };
                let plural = |n: usize, w: &str| if n == 1 { format!("1 {w}") } else { format!("{n} {w}s") };
                Some(html! {
                    <li key={ent.id.clone()}>
                        <article class="fact-card entity-card">
                            <p class="fact-value"><Link to={to}>{ &ent.name }</Link></p>
                            if !ent.roles.is_empty() {
                                <p class="roles">{ ent.roles.join("; ") }</p>
                            }
                            <p class="meta">
                                { format!("{} in {}", plural(mentions, "mention"), plural(releases, "release")) }
                                if quotes > 0 { { format!(" · {}", plural(quotes, "quote")) } }
                            </p>
                        </article>
                    </li>
                })
            }) }
        </ul>
    }
}

/// Saves `text` as a file, made in the browser (a Blob and an object URL).
fn download(text: &str, mime: &str, name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&href);
        a.set_download(name);
        a.click();
    }
    // Revoke once the download has started, not before.
    if let Some(w) = web_sys::window() {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&href);
        });
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}
