//! The list of releases, newest first.

use crate::components::{DateLabel, Link};
use crate::data::CORPUS;
use explorer_core::view::ViewState;
use yew::prelude::*;

/// Every release of the corpus as an ordered list: date, title (a link that
/// opens it), issuing agency and first sentence.
#[component]
pub fn ReleaseList() -> Html {
    let Ok(corpus) = &*CORPUS else {
        return html! {};
    };
    let n = corpus.releases.len();
    html! {
        <section aria-labelledby="list-heading">
            <h2 id="list-heading">{ "Releases" }</h2>
            <p class="count">{ format!("{n} {}, newest first", if n == 1 { "release" } else { "releases" }) }</p>
            <ol class="releases">
                { for corpus.releases.iter().map(|r| html! {
                    <li key={r.id.as_str()}>
                        <article class="card">
                            <h3 dir="auto">
                                <Link to={ViewState { release: Some(r.id.clone()) }}>{ &r.title }</Link>
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
                                { r.lead() }
                                if r.lead_is_cut() { { "…" } }
                            </p>
                        </article>
                    </li>
                }) }
            </ol>
        </section>
    }
}
