//! An in-app link: a real `<a href>` (so it can be opened in a new tab,
//! copied or bookmarked) whose plain click pushes the view instead of
//! reloading the page.

use crate::url::{Mode, UrlHandle};
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Props of [`Link`].
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// The view the link opens.
    pub to: ViewState,
    /// Extra CSS classes.
    #[prop_or_default]
    pub class: Classes,
    /// The link's content.
    pub children: Html,
    /// Marks the link as the current page (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
}

/// See the module docs.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let url =
        use_context::<UrlHandle>().expect("Link is rendered inside the App's UrlHandle context");
    let query = props.to.to_query();
    // "./" resolves against <base href>, so the link works under a sub-path.
    let href = if query.is_empty() {
        "./".to_string()
    } else {
        query
    };
    let onclick = {
        let to = props.to.clone();
        let navigate = url.navigate.clone();
        Callback::from(move |e: MouseEvent| {
            // Let the browser handle new-tab and new-window clicks.
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            navigate.emit((to.clone(), Mode::Push));
        })
    };
    let current = props.current.then_some("page");
    html! { <a class={props.class.clone()} {href} {onclick} aria-current={current}>{ props.children.clone() }</a> }
}
