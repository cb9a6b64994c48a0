//! Search results as views: where a result leads and the matched text marked (the index
//! itself is state: `state::search`; a group of results is headed by `page_label`).

use leptos::prelude::*;

use crate::model::{Hit, Locale, Marked};
use crate::paths::Paths;

/// Where a search result leads: its page, at the element that shows it.
pub fn hit_href(paths: &Paths, locale: Locale, hit: &Hit) -> String {
    match &hit.anchor {
        Some(anchor) => paths.anchored(locale, &hit.route, anchor),
        None => paths.href(locale, &hit.route),
    }
}

/// Plain text with the matches in `<mark>`: text nodes only, so any markup in the
/// query or the content stays inert.
pub fn marked(runs: Marked) -> impl IntoView {
    runs.into_iter()
        .map(|(text, hit)| {
            if hit {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}
