//! The three timelines, drawn as SVG by the app: publications per day,
//! week or month (drag or use the keyboard to set the date range), the
//! dated events the releases report on the same axis, and the horizon of
//! milestones by year. Each has a table for screen readers.

use crate::data::corpus;
use crate::url::{Mode, UrlHandle};
use explorer_core::Date;
use explorer_core::facts::{FactData, Period};
use explorer_core::timeline::{Bucket, bins, horizon};
use explorer_core::view::{Tab, ViewState};
use std::rc::Rc;
use yew::prelude::*;

const W: f64 = 720.0;
const PAD_L: f64 = 40.0;
const PAD_R: f64 = 16.0;
const PLOT: f64 = W - PAD_L - PAD_R;

/// A bin of the event timeline: first day, last day, and its events as
/// (date, release, fact index).
type EventBin = (Date, Date, Vec<(Date, u32, u32)>);

/// The items of one horizon row with the same start and end, as one mark:
/// the first item and how many there are.
fn aggregate(
    items: &[explorer_core::timeline::HorizonItem],
) -> Vec<(&explorer_core::timeline::HorizonItem, usize)> {
    let mut out: Vec<(&explorer_core::timeline::HorizonItem, usize)> = Vec::new();
    for it in items {
        match out
            .iter_mut()
            .find(|(o, _)| o.start == it.start && o.end == it.end)
        {
            Some((_, n)) => *n += 1,
            None => out.push((it, 1)),
        }
    }
    out
}

/// Props of [`TimelinesView`].
#[derive(Properties, PartialEq)]
pub struct TimelinesProps {
    /// The matching releases.
    pub docs: Rc<[u32]>,
}

fn label(d: Date, bucket: Bucket) -> String {
    match bucket {
        Bucket::Day | Bucket::Week => d.day_month(),
        Bucket::Month => {
            let s = d.short();
            s.split_once(' ')
                .map_or(s.clone(), |(_, rest)| rest.to_string())
        }
    }
}

/// See the module docs.
#[component]
pub fn TimelinesView(props: &TimelinesProps) -> Html {
    let url = use_context::<UrlHandle>()
        .expect("TimelinesView is rendered inside the App's UrlHandle context");
    let drag = use_state(|| None::<(f64, f64)>);
    let tip = use_state(String::new);
    let svg_ref = use_node_ref();
    let Some(c) = corpus() else { return html! {} };
    let view = (*url.view).clone();
    if props.docs.is_empty() {
        return html! { <p class="empty">{ "No releases to draw." }</p> };
    }
    let pub_dates: Vec<Date> = props
        .docs
        .iter()
        .map(|d| c.releases[*d as usize].date)
        .collect();
    // Events and agreements with a date: (date, release, fact index).
    let mut events: Vec<(Date, u32, u32)> = Vec::new();
    for &d in props.docs.iter() {
        for (i, f) in c.releases[d as usize].facts.iter().enumerate() {
            let date = match &f.data {
                FactData::Event { date, .. } => Some(*date),
                FactData::Agreement {
                    date: Some(date), ..
                } => Some(*date),
                _ => None,
            };
            if let Some(date) = date {
                events.push((date, d, i as u32));
            }
        }
    }
    // The shared axis: the filtered range when set, else everything drawn.
    let lo = view.from.unwrap_or_else(|| {
        pub_dates
            .iter()
            .chain(events.iter().map(|e| &e.0))
            .min()
            .copied()
            .unwrap_or_default()
    });
    let hi = view.to.unwrap_or_else(|| {
        pub_dates
            .iter()
            .chain(events.iter().map(|e| &e.0))
            .max()
            .copied()
            .unwrap_or_default()
    });
    events.retain(|(d, ..)| lo <= *d && *d <= hi);
    let (lo_d, hi_d) = (lo.days_since_epoch(), hi.days_since_epoch());
    let span = f64::from((hi_d - lo_d + 1).max(1));
    let x = move |d: Date| PAD_L + f64::from(d.days_since_epoch() - lo_d) / span * PLOT;
    let bucket = Bucket::for_span(hi_d - lo_d + 1);
    let bars = bins(&pub_dates, lo, hi, bucket);
    let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;

    let navigate = url.navigate.clone();
    let set_range = {
        let view = view.clone();
        let navigate = navigate.clone();
        Callback::from(move |(from, to): (Date, Date)| {
            let next = ViewState {
                from: Some(from),
                to: Some(to),
                ..view.list()
            };
            navigate.emit((next, Mode::Replace));
        })
    };
    // Pointer x in the SVG's own units.
    let svg_x = {
        let svg_ref = svg_ref.clone();
        move |client_x: i32| -> f64 {
            svg_ref
                .cast::<web_sys::Element>()
                .map(|el| {
                    let r = el.get_bounding_client_rect();
                    (f64::from(client_x) - r.left()) / r.width().max(1.0) * W
                })
                .unwrap_or(0.0)
        }
    };
    let to_date = move |px: f64| {
        Date::from_days_since_epoch(
            lo_d + ((px - PAD_L) / PLOT * span).floor().clamp(0.0, span - 1.0) as i32,
        )
    };
    let on_down = {
        let drag = drag.clone();
        let svg_x = svg_x.clone();
        Callback::from(move |e: PointerEvent| {
            let px = svg_x(e.client_x());
            drag.set(Some((px, px)));
        })
    };
    let on_move = {
        let drag = drag.clone();
        let svg_x = svg_x.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((a, _)) = *drag {
                drag.set(Some((a, svg_x(e.client_x()))));
            }
        })
    };
    let on_up = {
        let drag = drag.clone();
        let set_range = set_range.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((a, _)) = *drag {
                let b = svg_x(e.client_x());
                let (from, to) = if a <= b {
                    (to_date(a), to_date(b))
                } else {
                    (to_date(b), to_date(a))
                };
                set_range.emit((from, to));
            }
            drag.set(None);
        })
    };
    let selection = match (*drag, view.from, view.to) {
        (Some((a, b)), _, _) => Some((a.min(b), (a - b).abs())),
        (None, f, t) if f.is_some() || t.is_some() => {
            let a = x(f.unwrap_or(lo));
            let b = x(t.unwrap_or(hi).add_days(1));
            Some((a, b - a))
        }
        _ => None,
    };
    let ticks: Vec<&explorer_core::timeline::Bin> = {
        let step = (bars.len() / 6).max(1);
        bars.iter().step_by(step).collect()
    };
    let range_label = format!("{} to {}", lo.short(), hi.short());

    // Events, aggregated by bin so marks never pile up.
    let mut event_bins: Vec<EventBin> = bars.iter().map(|b| (b.start, b.end, Vec::new())).collect();
    for e in &events {
        if let Some(bin) = event_bins
            .iter_mut()
            .find(|(s, t, _)| *s <= e.0 && e.0 <= *t)
        {
            bin.2.push(*e);
        }
    }
    let max_events = event_bins
        .iter()
        .map(|b| b.2.len())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let open_card = {
        let view = view.clone();
        let navigate = navigate.clone();
        Callback::from(move |(doc, fact, tab): (u32, u32, Tab)| {
            if let Some(r) = corpus().and_then(|c| c.releases.get(doc as usize)) {
                let card = Some(format!("{}~{fact}", r.id));
                let next = match tab {
                    Tab::Facts => ViewState {
                        tab: Tab::Facts,
                        card,
                        ..view.list()
                    },
                    _ => ViewState {
                        release: Some(r.id.clone()),
                        card,
                        ..view.list()
                    },
                };
                navigate.emit((next, Mode::Push));
            }
        })
    };
    let focus_tip = |text: String| {
        let tip = tip.clone();
        Callback::from(move |_: FocusEvent| tip.set(text.clone()))
    };
    let key_activate = |cb: Callback<()>| {
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                cb.emit(());
            }
        })
    };

    // Horizon.
    let groups = horizon(c, &props.docs);
    let this_year = pub_dates.iter().map(|d| d.year).max().unwrap_or(2025);
    let last_year = groups
        .iter()
        .flat_map(|(_, items)| items.iter().map(|i| i.end.year()))
        .max()
        .unwrap_or(this_year)
        .max(2030)
        .max(this_year + 1);
    let first_year = groups
        .iter()
        .flat_map(|(_, items)| items.iter().map(|i| i.start.year()))
        .min()
        .unwrap_or(this_year)
        .min(this_year);
    let years = f64::from(last_year - first_year + 1);
    let yx = move |p: Period, end: bool| {
        let frac = match p {
            Period::Year(_) => f64::from(u8::from(end)),
            Period::Half(_, h) => (f64::from(h) - 1.0) / 2.0 + if end { 0.5 } else { 0.0 },
            Period::Month(_, m) => (f64::from(m) - 1.0) / 12.0 + if end { 1.0 / 12.0 } else { 0.0 },
            Period::Quarter(_, q) => (f64::from(q) - 1.0) / 4.0 + if end { 0.25 } else { 0.0 },
        };
        PAD_L + 140.0 + (f64::from(p.year() - first_year) + frac) / years * (PLOT - 140.0)
    };
    let shown_groups: Vec<&(String, Vec<explorer_core::timeline::HorizonItem>)> =
        groups.iter().take(8).collect();
    let row_h = 26.0;
    let horizon_h = 30.0 + row_h * shown_groups.len() as f64;

    html! {
        <div class="timelines">
            <figure class="timeline">
                <figcaption>
                    <h3>{ format!("Publications per {}", bucket.name()) }</h3>
                    <span class="hint">{ "Drag across the bars, or focus a bar and press Enter, to filter by date." }</span>
                    if view.from.is_some() || view.to.is_some() {
                        <button type="button" class="link" onclick={{
                            let view = view.clone();
                            let navigate = navigate.clone();
                            Callback::from(move |_| navigate.emit((ViewState { from: None, to: None, ..view.list() }, Mode::Replace)))
                        }}>{ "Show all dates" }</button>
                    }
                </figcaption>
                <svg ref={svg_ref} viewBox={format!("0 0 {W} 150")} role="img"
                    aria-label={format!("Publication timeline: releases per {} from {range_label}", bucket.name())}
                    onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up} class="brushable">
                    <line x1={PAD_L.to_string()} x2={(W - PAD_R).to_string()} y1="120" y2="120" class="axis" />
                    { for bars.iter().map(|b| {
                        let x0 = x(b.start).max(PAD_L);
                        let x1 = x(b.end.add_days(1)).min(W - PAD_R);
                        let h = b.count as f64 / max * 100.0;
                        let text = format!("{} – {}: {} {}", b.start.short(), b.end.short(), b.count, if b.count == 1 { "release" } else { "releases" });
                        let activate = { let set_range = set_range.clone(); let (s, e) = (b.start, b.end); Callback::from(move |()| set_range.emit((s, e))) };
                        html! {
                            <rect class="bar" x={format!("{:.1}", x0 + 0.5)} y={format!("{:.1}", 120.0 - h)} width={format!("{:.1}", (x1 - x0 - 1.0).max(1.0))} height={format!("{:.1}", h)}
                                tabindex="0" onfocus={focus_tip(text.clone())} onkeydown={key_activate(activate)}>
                                <title>{ text }</title>
                            </rect>
                        }
                    }) }
                    if let Some((sx, sw)) = selection {
                        <rect class="selection" x={format!("{sx:.1}")} y="10" width={format!("{:.1}", sw.max(1.0))} height="110" />
                    }
                    { for ticks.iter().map(|b| html! {
                        <text class="tick" x={format!("{:.1}", x(b.start).max(PAD_L))} y="138">{ label(b.start, bucket) }</text>
                    }) }
                    <text class="tick" x="4" y="24">{ max as usize }</text>
                </svg>
                <p class="tip" aria-live="polite">{ (*tip).clone() }</p>
                <details>
                    <summary>{ "Table of publications" }</summary>
                    <table>
                        <thead><tr><th scope="col">{ "From" }</th><th scope="col">{ "To" }</th><th scope="col">{ "Releases" }</th></tr></thead>
                        <tbody>
                            { for bars.iter().map(|b| html! { <tr><td>{ b.start.short() }</td><td>{ b.end.short() }</td><td>{ b.count }</td></tr> }) }
                        </tbody>
                    </table>
                </details>
            </figure>

            <figure class="timeline">
                <figcaption><h3>{ "Events the releases report" }</h3><span class="hint">{ "Dots: dated events and agreements; lines lead to the day they were announced." }</span></figcaption>
                <svg viewBox={format!("0 0 {W} 110")} role="img" aria-label={format!("Event timeline: {} dated events and agreements from {range_label}", events.len())}>
                    <line x1={PAD_L.to_string()} x2={(W - PAD_R).to_string()} y1="30" y2="30" class="axis" />
                    <line x1={PAD_L.to_string()} x2={(W - PAD_R).to_string()} y1="85" y2="85" class="axis" />
                    <text class="tick" x="2" y="34">{ "event" }</text>
                    <text class="tick" x="2" y="89">{ "news" }</text>
                    // Lines to the announcement only while they stay readable.
                    { for events.iter().filter(|_| events.len() <= 60).map(|(d, doc, _)| {
                        let p = c.releases[*doc as usize].date;
                        html! { <line class="lag" x1={format!("{:.1}", x(*d))} y1="30" x2={format!("{:.1}", x(p).min(W - PAD_R))} y2="85" /> }
                    }) }
                    { for event_bins.iter().filter(|(_, _, es)| !es.is_empty()).map(|(s, t, es)| {
                        let (d0, doc, fact) = es[0];
                        // Area grows with the count, never wider than the bin.
                        let room = ((x(t.add_days(1)) - x(*s)) / 2.0 - 0.5).max(1.5);
                        let r = (3.0 + 9.0 * (es.len() as f64 / max_events).sqrt()).min(room.max(3.0)).min(12.0);
                        let what = match &c.releases[doc as usize].facts[fact as usize].data { FactData::Event { what, .. } | FactData::Agreement { what, .. } => what.clone(), _ => String::new() };
                        let text = if es.len() == 1 { format!("{}: {what}", d0.short()) } else { format!("{} – {}: {} events, first {what}", s.short(), t.short(), es.len()) };
                        let open = { let open_card = open_card.clone(); Callback::from(move |()| open_card.emit((doc, fact, Tab::Releases))) };
                        let click = { let open = open.clone(); Callback::from(move |_: MouseEvent| open.emit(())) };
                        html! {
                            <g class="mark" tabindex="0" role="link" aria-label={text.clone()} onclick={click} onfocus={focus_tip(text.clone())} onkeydown={key_activate(open)}>
                                <circle cx={format!("{:.1}", x(d0))} cy="30" r={format!("{r:.1}")} />
                                if es.len() > 1 && room >= 9.0 { <text class="count-label" x={format!("{:.1}", x(d0))} y="20">{ es.len() }</text> }
                                <title>{ text }</title>
                            </g>
                        }
                    }) }
                </svg>
                <details>
                    <summary>{ "Table of events" }</summary>
                    <table>
                        <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "What" }</th><th scope="col">{ "Announced" }</th></tr></thead>
                        <tbody>
                            { for events.iter().map(|(d, doc, fact)| {
                                let r = &c.releases[*doc as usize];
                                let what = match &r.facts[*fact as usize].data { FactData::Event { what, .. } | FactData::Agreement { what, .. } => what.clone(), _ => String::new() };
                                html! { <tr><td>{ d.short() }</td><td>{ what }</td><td>{ r.date.short() }</td></tr> }
                            }) }
                        </tbody>
                    </table>
                </details>
            </figure>

            <figure class="timeline">
                <figcaption><h3>{ "Horizon: targets and milestones" }</h3><span class="hint">{ "By year; spans are ranges. Select a mark to open its card." }</span></figcaption>
                if shown_groups.is_empty() {
                    <p class="empty">{ "No milestones in the matching releases." }</p>
                } else {
                    <svg viewBox={format!("0 0 {W} {horizon_h}")} role="img" aria-label={format!("Horizon timeline: milestones from {first_year} to {last_year}, by organisation")}>
                        { for (first_year..=last_year).map(|y| {
                            let px = yx(Period::Year(y), false);
                            html! { <>
                                <line class="grid" x1={format!("{px:.1}")} x2={format!("{px:.1}")} y1="18" y2={format!("{horizon_h}")} />
                                <text class="tick" x={format!("{:.1}", px + 2.0)} y="12">{ y }</text>
                            </> }
                        }) }
                        { for shown_groups.iter().enumerate().map(|(row, (owner, items))| {
                            let y = 24.0 + row as f64 * row_h;
                            html! { <g>
                                <text class="row-label" x="4" y={format!("{:.1}", y + 14.0)}>{ explorer_core::text::clip(owner, 24) }</text>
                                { for aggregate(items).into_iter().map(|(it, n)| {
                                    let (x0, x1) = (yx(it.start, false), yx(it.end, true));
                                    let when = format!("{}{}", it.start, if it.start == it.end { String::new() } else { format!("–{}", it.end) });
                                    // Milestones with the same span in one row are one mark.
                                    let text = if n == 1 { format!("{when}: {}", it.what) } else { format!("{when}: {n} milestones, first: {}", it.what) };
                                    let open = { let open_card = open_card.clone(); let (d, f) = (it.doc, it.fact); Callback::from(move |()| open_card.emit((d, f, Tab::Facts))) };
                                    let click = { let open = open.clone(); Callback::from(move |_: MouseEvent| open.emit(())) };
                                    html! {
                                        <g class="mark milestone" tabindex="0" role="link" aria-label={text.clone()} onclick={click} onfocus={focus_tip(text.clone())} onkeydown={key_activate(open)}>
                                            <rect x={format!("{:.1}", x0 + 1.0)} y={format!("{:.1}", y + 4.0)} width={format!("{:.1}", (x1 - x0 - 2.0).max(4.0))} height="14" rx="4" />
                                            <title>{ text }</title>
                                        </g>
                                    }
                                }) }
                            </g> }
                        }) }
                    </svg>
                    <details>
                        <summary>{ "Table of milestones" }</summary>
                        <table>
                            <thead><tr><th scope="col">{ "Who" }</th><th scope="col">{ "From" }</th><th scope="col">{ "To" }</th><th scope="col">{ "What" }</th></tr></thead>
                            <tbody>
                                { for groups.iter().flat_map(|(owner, items)| items.iter().map(move |it| html! {
                                    <tr><td>{ owner }</td><td>{ it.start.to_string() }</td><td>{ it.end.to_string() }</td><td>{ &it.what }</td></tr>
                                })) }
                            </tbody>
                        </table>
                    </details>
                }
            </figure>
        </div>
    }
}
