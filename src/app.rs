//! The root component: header, notices, and the view the URL asks for.

use crate::components::{Link, Notices};
use crate::data::CORPUS;
use crate::pages::{NotFound, ReleaseList, ReleaseView};
use crate::url::{UrlHandle, use_url};
use explorer_core::view::ViewState;
use yew::prelude::*;

/// The whole app. It renders from (corpus, URL) alone; the URL state is
/// shared with every [`Link`] through context.
#[component]
pub fn App() -> Html {
    let url = use_url();
    let corpus = match &*CORPUS {
        Ok(c) => c,
        Err(e) => {
            return html! { <main><p role="alert">{ e.to_string() }</p></main> };
        }
    };
    let open = url
        .view
        .release
        .as_ref()
        .map(|id| (id.clone(), corpus.releases.iter().position(|r| &r.id == id)));

    // The tab title follows the view, so history entries read well.
    let title = match &open {
        Some((_, Some(i))) => format!("{} · Release explorer", corpus.releases[*i].title),
        Some((_, None)) => "Release not found · Release explorer".to_string(),
        None => "Release explorer".to_string(),
    };
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    });

    let view = match open {
        None => html! { <ReleaseList /> },
        Some((_, Some(index))) => html! { <ReleaseView {index} /> },
        Some((id, None)) => html! { <NotFound id={id} /> },
    };
    html! {
        <ContextProvider<UrlHandle> context={url.clone()}>
            <header class="site-header">
                <h1 class="brand"><Link to={ViewState::default()}>{ "Release explorer" }</Link></h1>
                <p class="summary">{ corpus.summary() }</p>
            </header>
            <Notices notices={url.notices.clone()} />
            <main id="main">{ view }</main>
        </ContextProvider<UrlHandle>>
    }
}
