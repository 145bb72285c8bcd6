//! The facts panel of a release: its facts grouped by kind, each with a
//! link that marks its sentence in the text; entities link to their pages.

use crate::components::Link;
use crate::data::{corpus, release};
use crate::url::UrlHandle;
use explorer_core::facts::{FactData, FactKind};
use explorer_core::query::kind_label;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`FactsPanel`].
#[derive(Properties, PartialEq)]
pub struct FactsPanelProps {
    /// Index of the release.
    pub index: usize,
}

/// See the module docs.
#[component]
pub fn FactsPanel(props: &FactsPanelProps) -> Html {
    let url = use_context::<UrlHandle>()
        .expect("FactsPanel is rendered inside the App's UrlHandle context");
    let (Some(c), Some(r)) = (corpus(), release(props.index)) else {
        return html! {};
    };
    if r.facts.is_empty() {
        return html! {};
    }
    let here = ViewState {
        release: Some(r.id.clone()),
        ..url.view.list()
    };
    html! {
        <section class="facts-panel" aria-labelledby="facts-panel-heading">
            <h3 id="facts-panel-heading">{ "Facts in this release" }</h3>
            { for FactKind::ALL.into_iter().filter(|k| r.facts.iter().any(|f| f.kind() == *k)).map(|kind| {
                // Entities once each; other facts one by one.
                let mut seen = Vec::new();
                let items: Vec<Html> = r.facts.iter().enumerate().filter(|(_, f)| f.kind() == kind).filter_map(|(i, f)| {
                    let entity = match f.data {
                        FactData::Organization { entity } | FactData::Country { entity } | FactData::Person { entity, .. } => Some(entity),
                        _ => None,
                    };
                    if let Some(e) = entity {
                        if seen.contains(&e) { return None; }
                        seen.push(e);
                        let ent = c.entity(e)?;
                        return Some(html! { <li><Link to={ViewState { entity: Some(ent.id.clone()), ..url.view.list() }}>{ &ent.name }</Link></li> });
                    }
                    let to = ViewState { card: Some(format!("{}~{i}", r.id)), ..here.clone() };
                    Some(html! {
                        <li>
                            { explorer_core::timeline::fact_value(c, &f.data) }
                            { " " }<Link to={to} class="source">{ "show in text" }</Link>
                        </li>
                    })
                }).collect();
                html! {
                    <div class="facts-kind">
                        <h4>{ kind_label(kind) }</h4>
                        <ul>{ for items }</ul>
                    </div>
                }
            }) }
        </section>
    }
}
