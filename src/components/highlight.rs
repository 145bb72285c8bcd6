//! Text with its matches as `<mark>` nodes, built from byte ranges: the text
//! is never parsed as HTML.

use core::ops::Range;
use yew::prelude::*;

/// `text` (which starts at byte `offset` of the string the ranges index)
/// as text nodes with each range in `marks` wrapped in `<mark>`.
pub fn highlighted(text: &str, offset: usize, marks: &[Range<usize>]) -> Html {
    let mut parts = Vec::new();
    let mut at = 0;
    for m in marks {
        let (s, e) = (m.start.saturating_sub(offset), m.end.saturating_sub(offset));
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            parts.push(html! { { &text[at..s] } });
        }
        parts.push(html! { <mark>{ &text[s..e] }</mark> });
        at = e;
    }
    if at < text.len() {
        parts.push(html! { { &text[at..] } });
    }
    parts.into_iter().collect::<Html>()
}
