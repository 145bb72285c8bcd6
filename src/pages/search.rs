//! The search page: the query box, filters (facets, date range), the
//! active filters as chips, and the ranked results. Everything shown is
//! derived from (corpus, URL) with `use_memo`; typing and filtering
//! replace the history entry.

use crate::components::facet_group::FacetGroup;
use crate::components::highlight::highlighted;
use crate::components::{DateLabel, Link};
use crate::data::{ENGINE, corpus};
use crate::pages::facts::FactsView;
use crate::pages::timelines::TimelinesView;
use crate::url::{Mode, UrlHandle};
use explorer_core::Date;
use explorer_core::query::{Facet, Results};
use explorer_core::view::{Group, Sort, Tab, ViewState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Results shown per page; "Show more" adds as many again.
const PAGE: usize = 50;

/// The search page; see the module docs.
#[component]
pub fn SearchPage() -> Html {
    let url = use_context::<UrlHandle>()
        .expect("SearchPage is rendered inside the App's UrlHandle context");
    let view = url.view.clone();
    let results = use_memo(view.clone(), |v| match &*ENGINE {
        Ok(engine) => engine.search(&v.list()),
        Err(_) => Results::default(),
    });
    let shown = use_state(|| PAGE);
    {
        // A new query or filter starts again at the first page.
        let shown = shown.clone();
        use_effect_with(
            (view.q.clone(), view.filters.clone(), view.from, view.to),
            move |_| shown.set(PAGE),
        );
    }
    let (Some(corpus), Ok(engine)) = (corpus(), &*ENGINE) else {
        return html! {};
    };
    let replace = {
        let navigate = url.navigate.clone();
        Callback::from(move |next: ViewState| navigate.emit((next, Mode::Replace)))
    };

    let on_query = {
        let (view, replace) = (view.clone(), replace.clone());
        Callback::from(move |e: InputEvent| {
            let mut next = view.list();
            next.q = e.target_unchecked_into::<HtmlInputElement>().value();
            replace.emit(next);
        })
    };
    let on_query_key = {
        let (view, replace) = (view.clone(), replace.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" if !view.q.is_empty() => {
                e.prevent_default();
                let mut next = view.list();
                next.q.clear();
                replace.emit(next);
            }
            "ArrowDown" => {
                e.prevent_default();
                focus_result(0);
            }
            _ => {}
        })
    };
    let on_sort = {
        let (view, replace) = (view.clone(), replace.clone());
        Callback::from(move |e: Event| {
            let mut next = view.list();
            next.sort = match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "newest" => Sort::Newest,
                "oldest" => Sort::Oldest,
                _ => Sort::Relevance,
            };
            replace.emit(next);
        })
    };
    let on_toggle = {
        let (view, replace) = (view.clone(), replace.clone());
        Callback::from(move |(g, v): (Group, String)| replace.emit(view.toggled(g, &v)))
    };
    let set_dates = {
        let (view, replace) = (view.clone(), replace.clone());
        Callback::from(move |(from, to): (Option<Date>, Option<Date>)| {
            let mut next = view.list();
            next.from = from;
            next.to = to;
            replace.emit(next);
        })
    };
    let date_input = |which: &'static str| {
        let (view, set_dates) = (view.clone(), set_dates.clone());
        Callback::from(move |e: Event| {
            let value =
                Date::parse_iso(&e.target_unchecked_into::<HtmlInputElement>().value()).ok();
            match which {
                "from" => set_dates.emit((value, view.to)),
                _ => set_dates.emit((view.from, value)),
            }
        })
    };
    let on_results_key = Callback::from(|e: KeyboardEvent| {
        let step = match e.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            _ => return,
        };
        e.prevent_default();
        let links = result_links();
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let current =
            active.and_then(|a| links.iter().position(|l| l.is_same_node(Some(a.as_ref()))));
        match current {
            Some(0) if step < 0 => focus_search(),
            Some(i) => focus_result((i as i64 + step).max(0) as usize),
            None => focus_result(0),
        }
    });

    let newest = corpus.date_range().map(|(_, last)| last);
    let quick = |label: &'static str, days: Option<u32>| {
        let set_dates = set_dates.clone();
        let range = match (days, newest) {
            (Some(0), Some(last)) => (Date::new(last.year, 1, 1).ok(), None),
            (Some(n), Some(last)) => (Some(last.add_days(1 - n as i32)), None),
            _ => (None, None),
        };
        let pressed = (view.from, view.to) == range;
        html! {
            <button type="button" aria-pressed={pressed.to_string()} onclick={Callback::from(move |_| set_dates.emit(range))}>{ label }</button>
        }
    };

    let hits = &results.hits;
    let count = hits.len();
    let count_text = match count {
        0 => "No releases match".to_string(),
        1 => "1 release".to_string(),
        n => format!("{n} releases"),
    };
    let facets: Vec<Rc<Facet>> = results.facets.iter().cloned().map(Rc::new).collect();
    let docs: Rc<[u32]> = hits.iter().map(|h| h.doc).collect();
    let chips: Vec<Html> = chips(&view, engine, &replace);

    html! {
        <div class="search-page">
            <search class="searchbar" aria-label="Search releases">
                <label for="q">{ "Search releases" }</label>
                <div class="searchrow">
                    <input id="q" type="search" autocomplete="off" spellcheck="false"
                        placeholder="Words, \"a phrase\", -exclude   (press / to focus)"
                        value={view.q.clone()} oninput={on_query} onkeydown={on_query_key}
                        aria-describedby="result-count" />
                    <label class="sort">
                        <span>{ "Sort" }</span>
                        <select onchange={on_sort}>
                            { for [Sort::Relevance, Sort::Newest, Sort::Oldest].into_iter().map(|s| html! {
                                <option value={s.name()} selected={view.sort == s}>{ s.name() }</option>
                            }) }
                        </select>
                    </label>
                </div>
            </search>
            <div class="layout">
                <aside class="filters" aria-label="Filters">
                    <h2 class="visually-hidden">{ "Filters" }</h2>
                    // On a phone the filters fold away under one summary, so
                    // the results come first; on a wide screen they stay open.
                    <details class="filters-fold" open={wide_screen()}>
                    <summary>{ if view.has_filters() { format!("Filters ({} active)", view.filters.len() + usize::from(view.from.is_some() || view.to.is_some())) } else { "Filters".to_string() } }</summary>
                    <fieldset class="dates">
                        <legend>{ "Published" }</legend>
                        <div class="daterow">
                            <label>{ "From" }<input type="date" value={view.from.map(|d| d.to_string()).unwrap_or_default()} onchange={date_input("from")} /></label>
                            <label>{ "To" }<input type="date" value={view.to.map(|d| d.to_string()).unwrap_or_default()} onchange={date_input("to")} /></label>
                        </div>
                        <div class="quick" role="group" aria-label="Quick date ranges">
                            { quick("Last 7 days", Some(7)) }
                            { quick("Last 30 days", Some(30)) }
                            { quick("This year", Some(0)) }
                            { quick("All dates", None) }
                        </div>
                    </fieldset>
                    { for facets.into_iter().map(|f| { let key = f.group.key(); html! { <FacetGroup {key} facet={f} on_toggle={on_toggle.clone()} /> } }) }
                    </details>
                </aside>
                <div class="results">
                    <nav class="tabs" aria-label="Views">
                        { for [(Tab::Releases, "Releases"), (Tab::Facts, "Facts"), (Tab::Timelines, "Timelines")].into_iter().map(|(tab, label)| {
                            let to = ViewState { tab, ..view.list() };
                            let current = view.tab == tab;
                            html! {
                                <Link {to} class={classes!("tab", current.then_some("active"))} current={current}>{ label }</Link>
                            }
                        }) }
                    </nav>
                    <p id="result-count" class="count" role="status" aria-live="polite">{ count_text }</p>
                    if !chips.is_empty() {
                        <div class="chips" role="group" aria-label="Active filters">
                            { for chips }
                        </div>
                    }
                    if count == 0 {
                        { empty_state(&view, &results, &replace, engine) }
                    }
                    { match view.tab {
                        Tab::Releases => html! {
                            <section aria-labelledby="list-heading">
                                <h2 id="list-heading">{ "Releases" }</h2>
                                <ol class="releases" onkeydown={on_results_key}>
                                    { for hits.iter().take(*shown).map(|h| result_item(h.doc, &results, &view)) }
                                </ol>
                                if count > *shown {
                                    <button type="button" class="more" onclick={{
                                        let shown = shown.clone();
                                        Callback::from(move |_| shown.set(*shown + PAGE))
                                    }}>{ format!("Show more ({} of {count} shown)", *shown) }</button>
                                }
                            </section>
                        },
                        Tab::Facts => html! {
                            <section aria-labelledby="facts-heading">
                                <h2 id="facts-heading">{ "Facts" }</h2>
                                <FactsView docs={docs.clone()} />
                            </section>
                        },
                        Tab::Timelines => html! {
                            <section aria-labelledby="timelines-heading">
                                <h2 id="timelines-heading">{ "Timelines" }</h2>
                                <TimelinesView docs={docs.clone()} />
                            </section>
                        },
                    } }
                </div>
            </div>
        </div>
    }
}

fn result_item(doc: u32, results: &Results, view: &ViewState) -> Html {
    let (Some(r), Ok(engine)) = (crate::data::release(doc as usize), &*ENGINE) else {
        return html! {};
    };
    let snip = engine.snippet(doc, &results.matched);
    let passage = &r.body[snip.passage.clone()];
    let cut = snip.passage.end < r.body.len() && !explorer_core::text::ends_sentence(passage);
    html! {
        <li key={r.id.as_str()}>
            <article class="card">
                <h3 dir="auto">
                    <Link to={ViewState { release: Some(r.id.clone()), ..view.clone() }}>
                        { highlighted(&r.title, 0, &snip.title) }
                    </Link>
                </h3>
                <p class="meta">
                    <DateLabel date={r.date} />
                    if let Some(agency) = &r.agency {
                        <span class="agency">{ agency }</span>
                    }
                    if r.truncated {
                        <span class="badge">{ "incomplete text" }</span>
                    }
                </p>
                <p class="lead" dir="auto">
                    { highlighted(passage, snip.passage.start, &snip.marks) }
                    if cut { { "…" } }
                </p>
            </article>
        </li>
    }
}

fn chips(
    view: &ViewState,
    engine: &explorer_core::query::Engine<'_>,
    replace: &Callback<ViewState>,
) -> Vec<Html> {
    let mut out: Vec<Html> = view
        .filters
        .iter()
        .map(|(g, v)| {
            let label = format!(
                "{}: {}",
                g.label(),
                engine.label(*g, v).unwrap_or_else(|| v.clone())
            );
            chip(label, view.toggled(*g, v), replace)
        })
        .collect();
    if view.from.is_some() || view.to.is_some() {
        let label = format!(
            "Published: {} – {}",
            view.from.map_or("…".to_string(), |d| d.short()),
            view.to.map_or("…".to_string(), |d| d.short())
        );
        out.push(chip(
            label,
            ViewState {
                from: None,
                to: None,
                ..view.list()
            },
            replace,
        ));
    }
    if !out.is_empty() {
        let next = ViewState {
            q: view.q.clone(),
            sort: view.sort,
            tab: view.tab,
            ..ViewState::default()
        };
        let replace = replace.clone();
        out.push(html! {
            <button type="button" class="chip clear" onclick={Callback::from(move |_| replace.emit(next.clone()))}>{ "Clear all" }</button>
        });
    }
    out
}

/// A removable filter: a button that shows `label` and goes to `next`.
fn chip(label: String, next: ViewState, replace: &Callback<ViewState>) -> Html {
    let replace = replace.clone();
    html! {
        <button type="button" class="chip" aria-label={format!("Remove filter {label}")}
            onclick={Callback::from(move |_| replace.emit(next.clone()))}>
            { label }<span aria-hidden="true">{ " ×" }</span>
        </button>
    }
}

fn empty_state(
    view: &ViewState,
    results: &Results,
    replace: &Callback<ViewState>,
    engine: &explorer_core::query::Engine<'_>,
) -> Html {
    let suggestion = results.suggestion.clone().map(|s| {
        let next = ViewState { q: s.clone(), ..view.list() };
        let replace = replace.clone();
        html! {
            <p>{ "Did you mean " }<button type="button" class="link" onclick={Callback::from(move |_| replace.emit(next.clone()))}>{ s }</button>{ "?" }</p>
        }
    });
    let relax: Vec<Html> = results
        .relax
        .iter()
        .map(|(g, v, n)| {
            let label = format!("{}: {}", g.label(), engine.label(*g, v).unwrap_or_else(|| v.clone()));
            let next = view.toggled(*g, v);
            let replace = replace.clone();
            html! {
                <li><button type="button" class="link" onclick={Callback::from(move |_| replace.emit(next.clone()))}>
                    { format!("Remove “{label}” to see {n} {}", if *n == 1 { "release" } else { "releases" }) }
                </button></li>
            }
        })
        .collect();
    let nothing = results.suggestion.is_none() && relax.is_empty();
    html! {
        <div class="empty">
            { suggestion.unwrap_or_default() }
            if !relax.is_empty() {
                <ul>{ for relax }</ul>
            }
            if nothing {
                <p>{ "Try fewer words, or check the spelling." }</p>
            }
        </div>
    }
}

fn result_links() -> Vec<HtmlElement> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = doc.query_selector_all(".results ol.releases h3 a") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn focus_result(i: usize) {
    let links = result_links();
    if let Some(link) = links.get(i.min(links.len().saturating_sub(1))) {
        let _ = link.focus();
    }
}

/// Moves focus to the search box.
pub fn focus_search() {
    if let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("q"))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = input.focus();
    }
}

/// Is the window wide enough for the filters beside the results?
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 900px)").ok().flatten())
        .is_none_or(|m| m.matches())
}
