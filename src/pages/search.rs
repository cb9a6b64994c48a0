//! `/{lang}/search?q=…`: instant search over the current locale's content.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::components::{loaded, redirect, use_locale, PageHeader, PageMeta};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::{Dataset, Hit, Marked, SearchIndex, View};
use crate::paths::Paths;

/// The search page: the query lives in the URL, results update as the visitor types.
#[component]
pub fn Search() -> impl IntoView {
    loaded(|data| view! { <SearchBody data /> })
}

/// The search page's href for `query` in the current locale.
pub fn search_href(paths: &Paths, locale: crate::model::Locale, query: &str) -> String {
    let q = String::from(js_sys::encode_uri_component(query));
    paths.href(locale, &format!("search?q={q}"))
}

#[component]
fn SearchBody(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|q| q.get("q").unwrap_or_default()));
    let index = Arc::new(SearchIndex::build(&data, locale));
    let hits = Memo::new(move |_| index.search(&query.get()));
    let on_input = {
        let paths = paths.clone();
        move |ev| redirect(&search_href(&paths, locale, &event_target_value(&ev)))
    };
    let groups = move || {
        let hits = hits.get();
        View::ALL
            .into_iter()
            .filter_map(|v| {
                let in_view: Vec<Hit> = hits.iter().filter(|h| h.view == v).cloned().collect();
                (!in_view.is_empty()).then(|| view! { <ResultGroup view=v hits=in_view /> })
            })
            .collect_view()
    };
    let status = move || {
        let n = hits.with(Vec::len);
        if query.with(|q| q.trim().is_empty()) {
            t_string!(i18n, search.empty).to_owned()
        } else if n == 0 {
            t_string!(i18n, search.no_results).to_owned()
        } else {
            let count = crate::model::format::number(n as u64, locale);
            t_string!(i18n, search.results, count = n, n = count).to_string()
        }
    };
    view! {
        <PageMeta title=t_string!(i18n, search.title) description=t_string!(i18n, search.lead) route="search" />
        <PageHeader title=t_string!(i18n, search.title) lead=t_string!(i18n, search.lead) />
        <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-page-input">{t!(i18n, search.label)}</label>
            <input
                id="search-page-input"
                type="search"
                data-testid="search-input"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=on_input
            />
        </form>
        <p class="search-status" role="status" data-testid="search-status">{status}</p>
        <div class="search-results" data-testid="search-results">{groups}</div>
    }
}

/// The results of one view, under its heading.
#[component]
fn ResultGroup(view: View, hits: Vec<Hit>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let heading = match view {
        View::Vision => t_string!(i18n, nav.vision),
        View::Objectives => t_string!(i18n, nav.objectives),
        View::Sections => t_string!(i18n, nav.sections),
        View::Initiatives => t_string!(i18n, nav.initiatives),
        View::Commissions => t_string!(i18n, nav.commissions),
        View::Networks => t_string!(i18n, nav.networks),
        View::Figures => t_string!(i18n, nav.figures),
        View::Timeline => t_string!(i18n, nav.timeline),
        View::Sources => t_string!(i18n, nav.sources),
    };
    let items = hits
        .into_iter()
        .map(|h| {
            let anchor = h.anchor.map(|a| format!("#{a}")).unwrap_or_default();
            let href = format!("{}{anchor}", paths.href(locale, &h.path));
            view! {
                <li class="result">
                    <A href=href attr:class="result__title">{marked(h.title)}</A>
                    <p class="result__snippet">{marked(h.snippet)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="result-group">
            <h2>{heading}</h2>
            <ul>{items}</ul>
        </section>
    }
}

/// Plain text with the matches in `<mark>`: text nodes only, so any markup in the
/// query or the content stays inert.
fn marked(runs: Marked) -> impl IntoView {
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
