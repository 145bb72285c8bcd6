//! One facet: checkboxes with live counts; the top ten, and "show all" with
//! a filter box for long facets.

use explorer_core::query::Facet;
use explorer_core::view::Group;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many values show before "Show all".
const TOP: usize = 10;

/// Props of [`FacetGroup`].
#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    /// The facet and its counted values.
    pub facet: Rc<Facet>,
    /// Toggles a value of the group.
    pub on_toggle: Callback<(Group, String)>,
}

/// A `<fieldset>` of checkboxes for one facet group.
#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let expanded = use_state(|| false);
    let filter = use_state(String::new);
    let facet = &props.facet;
    if facet.values.is_empty() {
        return html! {};
    }
    let needle = filter.to_lowercase();
    let shown: Vec<_> = facet
        .values
        .iter()
        .filter(|v| !*expanded || needle.is_empty() || v.label.to_lowercase().contains(&needle))
        .enumerate()
        // Selected values always show, even beyond the top ten.
        .filter(|(i, v)| *expanded || *i < TOP || v.selected)
        .map(|(_, v)| v)
        .collect();
    let key = facet.group.key();
    let list_id = format!("facet-{key}");
    let toggle_all = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <fieldset class="facet">
            <legend>{ facet.group.label() }</legend>
            if *expanded {
                <label class="facet-filter">
                    <span class="visually-hidden">{ format!("Filter {}", facet.group.label().to_lowercase()) }</span>
                    <input type="search" placeholder="Filter…" value={(*filter).clone()} oninput={on_filter} />
                </label>
            }
            <ul id={list_id.clone()}>
                { for shown.into_iter().map(|v| {
                    let on_toggle = props.on_toggle.clone();
                    let (group, value) = (facet.group, v.value.clone());
                    let onchange = Callback::from(move |_| on_toggle.emit((group, value.clone())));
                    html! {
                        <li key={v.value.clone()}>
                            <label class={classes!((v.count == 0 && !v.selected).then_some("empty"))}>
                                <input type="checkbox" checked={v.selected} {onchange} />
                                <span class="facet-label">{ &v.label }</span>
                                <span class="facet-count">{ v.count }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            if facet.values.len() > TOP {
                <button type="button" class="link" aria-expanded={expanded.to_string()} aria-controls={list_id} onclick={toggle_all}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", facet.values.len()) } }
                </button>
            }
        </fieldset>
    }
}
