//! What an unknown release id shows.

use crate::components::Link;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The id the URL asked for, shown as text.
    pub id: AttrValue,
    /// What was asked for: "release" or "entity".
    #[prop_or(AttrValue::Static("release"))]
    pub what: AttrValue,
}

/// "Release not found", the id asked for, and a way back to the list.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="not-found" aria-labelledby="nf-heading">
            <h2 id="nf-heading">{ if props.what == "entity" { "Entity not found" } else { "Release not found" } }</h2>
            <p>{ format!("No {} in this corpus has the id ", props.what) }<code>{ &props.id }</code>{ "." }</p>
            <p><Link to={ViewState::default()}>{ "← Back to all releases" }</Link></p>
        </section>
    }
}
