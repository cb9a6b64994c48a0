//! Numbered citations linking a fact to its sources.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, Id, Locale, Source};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// `[1][3]` after a fact: each number is the source's place in the sources list and
/// links to its entry there.
#[component]
pub fn Cite(data: std::sync::Arc<Dataset>, sources: Vec<Id>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let links = sources
        .into_iter()
        .filter_map(|id| {
            let (n, source) = data.sources.iter().enumerate().find(|(_, s)| s.id == id)?;
            let href = source_href(locale, &id);
            let number = format!("[{}]", n + 1);
            let title = source_line(i18n, source, &source.year.to_string());
            // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
            let name = format!("{number} {title}");
            Some(view! {
                <A href=href attr:class="cite" attr:title=title attr:aria-label=name>
                    {number}
                </A>
            })
        })
        .collect_view();
    view! { <sup class="cites">{links}</sup> }
}

/// A source in one line, `Title — Publisher, 2016` (its year as given: `year`).
pub fn source_line(
    i18n: leptos_i18n::I18nContext<crate::i18n::Locale>,
    source: &Source,
    year: &str,
) -> String {
    format!(
        "{}{}{}{}{year}",
        source.title,
        t_string!(i18n, punctuation.dash),
        source.publisher,
        t_string!(i18n, punctuation.list),
    )
}

/// The address of a source's entry in the sources list.
pub fn source_href(locale: Locale, id: &str) -> String {
    use_paths().anchored(locale, &Route::Sources, &format!("source-{id}"))
}
