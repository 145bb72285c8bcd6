//! What an unknown release id shows.

use crate::components::Link;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The id the URL asked for, shown as text.
    pub id: AttrValue,
}

/// "Release not found", the id asked for, and a way back to the list.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="not-found" aria-labelledby="nf-heading">
            <h2 id="nf-heading">{ "Release not found" }</h2>
            <p>{ "No release in this corpus has the id " }<code>{ &props.id }</code>{ "." }</p>
            <p><Link to={ViewState::default()}>{ "← Back to all releases" }</Link></p>
        </section>
    }
}
