//! An entity's page (`?entity=…`): its names and roles, the releases that
//! mention it, its facts and quotes, and its mentions over time.

use crate::components::fact_card::FactCard;
use crate::components::{DateLabel, Link};
use crate::data::corpus;
use crate::url::UrlHandle;
use explorer_core::facts::{EntityKind, FactData};
use explorer_core::timeline::{Bucket, bins};
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`EntityPage`].
#[derive(Properties, PartialEq)]
pub struct EntityPageProps {
    /// Index of the entity in the corpus.
    pub index: u32,
}

/// See the module docs.
#[component]
pub fn EntityPage(props: &EntityPageProps) -> Html {
    let url = use_context::<UrlHandle>()
        .expect("EntityPage is rendered inside the App's UrlHandle context");
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.index, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let Some(c) = corpus() else { return html! {} };
    let Some(e) = c.entity(props.index) else {
        return html! {};
    };
    let back = url.view.list();
    // Releases that mention it, newest first, with its facts in each.
    let mut mentions: Vec<(u32, usize)> = Vec::new();
    let mut quotes: Vec<(u32, u32)> = Vec::new();
    for (d, r) in c.releases.iter().enumerate() {
        let mut n = 0;
        for (i, f) in r.facts.iter().enumerate() {
            match &f.data {
                FactData::Organization { entity }
                | FactData::Country { entity }
                | FactData::Person { entity, .. }
                    if *entity == props.index =>
                {
                    n += 1
                }
                FactData::Quote { speaker: Some(s) } if *s == props.index => {
                    quotes.push((d as u32, i as u32))
                }
                FactData::Agreement { parties, .. } if parties.contains(&props.index) => {
                    quotes.push((d as u32, i as u32))
                }
                _ => {}
            }
        }
        if n > 0 {
            mentions.push((d as u32, n));
        }
    }
    let kind = match e.kind {
        EntityKind::Organization => "Organisation",
        EntityKind::Person => "Person",
        EntityKind::Country if e.code.is_some() => "Country",
        EntityKind::Country => "Region",
    };
    let dates: Vec<explorer_core::Date> = mentions
        .iter()
        .map(|(d, _)| c.releases[*d as usize].date)
        .collect();
    let chart = match (dates.iter().min(), dates.iter().max()) {
        (Some(lo), Some(hi)) => {
            let bucket = Bucket::for_span(hi.days_since_epoch() - lo.days_since_epoch() + 1);
            let bars = bins(&dates, *lo, *hi, bucket);
            let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
            let w = 600.0 / bars.len().max(1) as f64;
            html! {
                <svg viewBox="0 0 600 80" role="img" class="sparkline"
                    aria-label={format!("Mentions of {} over time: {} releases per {}", e.name, mentions.len(), bucket.name())}>
                    { for bars.iter().enumerate().map(|(i, b)| {
                        let h = b.count as f64 / max * 70.0;
                        html! { <rect class="bar" x={format!("{:.1}", i as f64 * w + 0.5)} y={format!("{:.1}", 75.0 - h)} width={format!("{:.1}", (w - 1.0).max(1.0))} height={format!("{h:.1}")}>
                            <title>{ format!("{} – {}: {}", b.start.short(), b.end.short(), b.count) }</title>
                        </rect> }
                    }) }
                </svg>
            }
        }
        _ => html! {},
    };
    html! {
        <article class="entity" aria-labelledby="entity-title">
            <nav aria-label="Breadcrumb"><Link to={back} class="back">{ "← Back to results" }</Link></nav>
            <h2 id="entity-title" tabindex="-1" ref={heading}>{ &e.name }</h2>
            <p class="meta">
                <span>{ kind }</span>
                if let Some(code) = &e.code { <span>{ code }</span> }
                if let Some(a) = &e.acronym { <span>{ format!("Acronym: {a}") }</span> }
            </p>
            if !e.aliases.is_empty() {
                <p><strong>{ "Also written: " }</strong>{ e.aliases.join(" · ") }</p>
            }
            if !e.roles.is_empty() {
                <p><strong>{ "Roles: " }</strong>{ e.roles.join("; ") }</p>
            }
            <section aria-labelledby="entity-time">
                <h3 id="entity-time">{ "Mentions over time" }</h3>
                { chart }
            </section>
            <section aria-labelledby="entity-releases">
                <h3 id="entity-releases">{ format!("Releases that mention {} ({})", e.name, mentions.len()) }</h3>
                <ol class="entity-releases">
                    { for mentions.iter().map(|(d, n)| {
                        let r = &c.releases[*d as usize];
                        html! { <li key={r.id.as_str()}>
                            <Link to={ViewState { release: Some(r.id.clone()), ..url.view.list() }}>{ &r.title }</Link>
                            { " · " }<DateLabel date={r.date} />{ format!(" · {n} {}", if *n == 1 { "mention" } else { "mentions" }) }
                        </li> }
                    }) }
                </ol>
            </section>
            if !quotes.is_empty() {
                <section aria-labelledby="entity-facts">
                    <h3 id="entity-facts">{ "Quotes and agreements" }</h3>
                    <ul class="cards">
                        { for quotes.iter().map(|(d, f)| html! { <li key={format!("{d}-{f}")}><FactCard doc={*d} fact={*f} /></li> }) }
                    </ul>
                </section>
            }
        </article>
    }
}
