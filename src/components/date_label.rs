//! A publication date as a `<time>` element.

use explorer_core::Date;
use yew::prelude::*;

/// Props of [`DateLabel`].
#[derive(Properties, PartialEq)]
pub struct DateLabelProps {
    /// The date to show.
    pub date: Date,
}

/// `<time datetime="2025-10-02">2 Oct 2025</time>`.
#[component]
pub fn DateLabel(props: &DateLabelProps) -> Html {
    html! { <time datetime={props.date.to_string()}>{ props.date.short() }</time> }
}
