//! `/{lang}/search?q=…`: instant search over the current locale's content.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::components::{hit_href, link, marked, page_label, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{CountryHit, Dataset, Hit, Page};
use crate::paths::Route;
use crate::state::navigation::replace;
use crate::state::search::use_search_index;
use crate::state::{use_locale, use_paths};

/// The search page: the query lives in the URL, results update as the visitor types.
#[component]
pub fn Search(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|q| q.get("q").unwrap_or_default()));
    let search_index = use_search_index();
    search_index.load_countries();
    let hits = {
        let data = data.clone();
        Memo::new(move |_| search_index.get(&data, locale).search(&query.get()))
    };
    let countries = {
        let data = data.clone();
        Memo::new(move |_| search_index.get(&data, locale).countries(&query.get()))
    };
    let on_input = {
        let paths = paths.clone();
        move |ev| replace(&paths.search(locale, &event_target_value(&ev)))
    };
    let groups = move || {
        let hits = hits.get();
        Page::search_groups()
            .filter_map(|v| {
                let in_view: Vec<Hit> = hits.iter().filter(|h| h.view == v).cloned().collect();
                (!in_view.is_empty()).then(|| view! { <ResultGroup view=v hits=in_view /> })
            })
            .collect_view()
    };
    let status = move || {
        let n = hits.with(Vec::len) + countries.with(Vec::len);
        if query.with(|q| q.trim().is_empty()) {
            t_string!(i18n, search.empty).to_owned()
        } else if n == 0 {
            t_string!(i18n, search.no_results).to_owned()
        } else {
            crate::t_count!(locale, search.results, n)
        }
    };
    view! {
        <PageMeta title=t_string!(i18n, search.title) description=t_string!(i18n, search.lead) route=Route::Search />
        <PageHeader title=t_string!(i18n, search.title) lead=t_string!(i18n, search.lead) />
        // A plain GET form too, so that the prerendered page is one (the app searches as the
        // visitor types; without JavaScript the note below says why nothing is found).
        <form
            class="search-form"
            role="search"
            action=paths.href(locale, &Route::Search)
            on:submit=|ev| ev.prevent_default()
        >
            <label for=crate::model::names::SEARCH_PAGE_INPUT_ID>{t_string!(i18n, search.label)}</label>
            <input
                id=crate::model::names::SEARCH_PAGE_INPUT_ID
                name="q"
                type="search"
                data-testid="search-input"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=on_input
            />
        </form>
        <noscript>
            <p class="search-status" data-testid="search-no-script">{t_string!(i18n, search.no_script)}</p>
        </noscript>
        <p class="search-status" role="status" data-testid="search-status">{status}</p>
        <p class="search-status" hidden=move || !search_index.countries_failed()>
            {t_string!(i18n, search.countries_failed)}
        </p>
        <div class="search-results" data-testid="search-results">
            <CountryGroup hits=countries />
            {groups}
        </div>
    }
}

/// The results of one view, under its heading.
#[component]
fn ResultGroup(view: Page, hits: Vec<Hit>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let heading = page_label(i18n, view);
    let items = hits
        .into_iter()
        .map(|h| {
            let href = hit_href(&paths, locale, &h);
            // A text without a title of its own (a note, a caption) is named by its view.
            let title = if h.title.is_empty() {
                vec![(heading.to_owned(), false)]
            } else {
                h.title
            };
            view! {
                <li class="result">
                    <A href=href attr:class="result__title">{marked(title)}</A>
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

/// The countries found, each with a link to every section that covers it, where the
/// country is marked.
#[component]
fn CountryGroup(hits: Memo<Vec<CountryHit>>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    move || {
        let hits = hits.get();
        (!hits.is_empty()).then(|| {
            let items = hits
                .into_iter()
                .map(|h| {
                    let code = h.code.clone();
                    let matched = h
                        .matched
                        .map(|m| view! { <span class="muted">" " {t_string!(i18n, punctuation.open)} {marked(m)} {t_string!(i18n, punctuation.close)}</span> });
                    let links = h
                        .sections
                        .into_iter()
                        .map(|(id, name)| {
                            let href = paths.section_with_country(locale, &id, &code);
                            view! { <li>{link(href, name)}</li> }
                        })
                        .collect_view();
                    view! {
                        <li class="result" data-testid="country-result" data-code=h.code>
                            <p class="result__title">{marked(h.name)} {matched}</p>
                            <p class="result__snippet">{t_string!(i18n, search.country_in)}</p>
                            <ul class="result__sections">{links}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="result-group">
                    <h2>{t_string!(i18n, search.countries)}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
