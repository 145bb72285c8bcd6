//! Notices about URL parameters that were ignored, dismissible.

use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The messages, one per ignored parameter.
    pub notices: Rc<[String]>,
}

/// A status box listing the notices, with a Dismiss button.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismissed = use_state(|| None::<Rc<[String]>>);
    let hidden = dismissed
        .as_ref()
        .is_some_and(|d| Rc::ptr_eq(d, &props.notices));
    if props.notices.is_empty() || hidden {
        return html! {};
    }
    let ondismiss = {
        let dismissed = dismissed.clone();
        let notices = props.notices.clone();
        Callback::from(move |_| dismissed.set(Some(notices.clone())))
    };
    html! {
        <div class="notice" role="status">
            <ul>
                { for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }
            </ul>
            <button type="button" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}
