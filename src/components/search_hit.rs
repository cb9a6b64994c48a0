//! Search results as views: where a result leads, the heading of a group of results, and
//! the matched text marked (the index itself is state: `state::search`).

use leptos::prelude::*;

use crate::i18n::t_string;
use crate::model::{Hit, Locale, Marked, View};
use crate::paths::Paths;

/// Where a search result leads: its page, at the element that shows it.
pub fn hit_href(paths: &Paths, locale: Locale, hit: &Hit) -> String {
    match &hit.anchor {
        Some(anchor) => paths.anchored(locale, &hit.route, anchor),
        None => paths.href(locale, &hit.route),
    }
}

/// The name of a view, as in the navigation: the heading of its results.
pub fn view_heading(
    i18n: leptos_i18n::I18nContext<crate::i18n::Locale>,
    view: View,
) -> &'static str {
    match view {
        View::Home => t_string!(i18n, nav.home),
        View::Vision => t_string!(i18n, nav.vision),
        View::Objectives => t_string!(i18n, nav.objectives),
        View::Sections => t_string!(i18n, nav.sections),
        View::Initiatives => t_string!(i18n, nav.initiatives),
        View::Commissions => t_string!(i18n, nav.commissions),
        View::Networks => t_string!(i18n, nav.networks),
        View::Governance => t_string!(i18n, nav.governance),
        View::Figures => t_string!(i18n, nav.figures),
        View::Timeline => t_string!(i18n, nav.timeline),
        View::Sources => t_string!(i18n, nav.sources),
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
