//! The search box in the header, on every page: a combobox (WAI-ARIA 1.2, list
//! autocomplete) suggesting countries and pages as the visitor types. The arrow keys move
//! through the suggestions, Enter opens the one chosen (or the search page with the query),
//! Escape closes the list; a live region says how many suggestions there are.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;

use crate::components::{hit_href, marked, page_label};
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::Country;
use crate::model::{Dataset, Locale, Marked};
use crate::paths::{Paths, Route};
use crate::state::dataset::DatasetLoader;
use crate::state::load::{Load, LoadError};
use crate::state::search::{search_index, use_search_index};
use crate::state::{navigation, use_locale, use_paths};

/// Countries, then pages: at most this many of each.
const MAX_COUNTRIES: usize = 4;
const MAX_PAGES: usize = 5;
const LIST_ID: &str = "search-box-list";
const OPTION_PREFIX: &str = "search-box-option-";

/// One suggestion: what it is called, what it belongs to, where it leads.
#[derive(Clone, Debug, PartialEq)]
struct Suggestion {
    title: Marked,
    /// The section a country is in, or the view a page belongs to.
    detail: String,
    href: String,
    is_country: bool,
}

/// The suggestions for `query`: countries, then pages.
#[leptos::wasm_split::wasm_split(search, wasm_split_path = ::leptos::wasm_split, fallible)]
fn suggest(
    data: Arc<Dataset>,
    table: Option<Arc<Vec<Country>>>,
    locale: Locale,
    query: String,
    paths: Paths,
    i18n: I18nContext<crate::i18n::Locale>,
) -> Result<Vec<Suggestion>, LoadError> {
    let index = search_index(&data, locale, table);
    let countries = index.countries(&query).into_iter().flat_map(|c| {
        let (code, name) = (c.code, c.name);
        let paths = &paths;
        c.sections.into_iter().map(move |(id, section)| Suggestion {
            title: name.clone(),
            detail: section,
            href: paths.section_with_country(locale, &id, &code),
            is_country: true,
        })
    });
    let pages = index.search(&query).into_iter().map(|h| {
        let heading = page_label(i18n, h.view);
        let href = hit_href(&paths, locale, &h);
        Suggestion {
            title: if h.title.is_empty() {
                vec![(heading.to_owned(), false)]
            } else {
                h.title
            },
            detail: heading.to_owned(),
            href,
            is_country: false,
        }
    });
    Ok(countries
        .take(MAX_COUNTRIES)
        .chain(pages.take(MAX_PAGES))
        .collect())
}

/// A search form that suggests as the visitor types; without a choice it opens the search
/// page with the query. Works with the keyboard alone.
#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let dataset = DatasetLoader::shared();
    let index = use_search_index();
    let input = NodeRef::<leptos::html::Input>::new();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);

    // The suggestions of the latest query, made by the `search` split point (the index and
    // its search are that chunk's: the main module keeps none of it), so the first keystroke
    // loads it; focusing the field already fetches it.
    let suggestions = RwSignal::new(Vec::<Suggestion>::new());
    Effect::new({
        let paths = paths.clone();
        move |_| {
            let q = query.get();
            let (Load::Ready(data), false) = (dataset.get(), q.trim().is_empty()) else {
                suggestions.set(Vec::new());
                return;
            };
            let table = index.table();
            let paths = paths.clone();
            spawn_local(async move {
                let found = suggest(data, table, locale, q.clone(), paths, i18n).await;
                // A later query's suggestions may have come first.
                if let (Ok(found), true) = (found, query.get_untracked() == q) {
                    suggestions.set(found);
                }
            });
        }
    });
    // The options: the suggestions, then "all results" (the search page).
    let count = move || suggestions.with(Vec::len) + 1;
    let expanded = move || open.get() && !query.with(|q| q.trim().is_empty());
    let option_id = |i: usize| format!("{OPTION_PREFIX}{i}");

    let go = {
        let paths = paths.clone();
        move |i: Option<usize>| {
            let q = query.get_untracked();
            let href = i
                .and_then(|i| suggestions.with_untracked(|s| s.get(i).map(|s| s.href.clone())))
                .unwrap_or_else(|| paths.search(locale, &q));
            open.set(false);
            active.set(None);
            if i.is_some_and(|i| i < suggestions.with_untracked(Vec::len)) {
                query.set(String::new());
                if let Some(el) = input.get_untracked() {
                    el.set_value("");
                }
            }
            navigation::go(&href);
        }
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: KeyboardEvent| {
            let n = count();
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" if !query.with_untracked(|q| q.trim().is_empty()) => {
                    ev.prevent_default();
                    let down = ev.key() == "ArrowDown";
                    let next = match (open.get_untracked(), active.get_untracked()) {
                        (false, _) | (true, None) => {
                            if down {
                                0
                            } else {
                                n - 1
                            }
                        }
                        (true, Some(i)) if down => (i + 1) % n,
                        (true, Some(i)) => (i + n - 1) % n,
                    };
                    open.set(true);
                    active.set(Some(next));
                }
                "Enter" if expanded() && active.get_untracked().is_some() => {
                    ev.prevent_default();
                    go(active.get_untracked());
                }
                "Escape" if expanded() => {
                    // Closing the list is all Escape does then; a second one clears the field.
                    ev.prevent_default();
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        }
    };
    let on_input = move |ev| {
        query.set(event_target_value(&ev));
        open.set(true);
        active.set(None);
        index.load_countries();
    };
    // Focusing the field loads the country table and, through an empty search, the `search`
    // chunk and the index, so that the first keystroke finds them there.
    let on_focus = {
        let paths = paths.clone();
        move |_| {
            index.load_countries();
            if let Load::Ready(data) = dataset.get_untracked() {
                let paths = paths.clone();
                spawn_local(async move {
                    let _ = suggest(data, None, locale, String::new(), paths, i18n).await;
                });
            }
        }
    };
    let on_submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(None);
        }
    };
    // One kind of option (the last is "all results"), with the clicks handled by the list:
    // less code in the bundle than a handler per option.
    let options = move || {
        let country = t_string!(i18n, search.country);
        let all = Suggestion {
            title: vec![(format!("{} →", t_string!(i18n, search.see_all)), false)],
            detail: String::new(),
            href: String::new(),
            is_country: false,
        };
        let mut items = suggestions.get();
        items.push(all);
        let last = items.len() - 1;
        items
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let kind = s
                    .is_country
                    .then(|| view! { <span class="search-box__kind">{country}</span> });
                let detail = (!s.detail.is_empty())
                    .then(|| view! { <span class="search-box__detail">{kind} {s.detail}</span> });
                view! {
                    <li id=option_id(i) role="option" class="search-box__option"
                        class:search-box__option--all=i == last
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        data-testid=if i == last { "search-suggestion-all" } else { "search-suggestion" }>
                        <span class="search-box__title">{marked(s.title)}</span>
                        {detail}
                    </li>
                }
            })
            .collect_view()
    };
    let on_list_click = move |ev: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let option = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[role=option]").ok().flatten());
        let index = option.and_then(|el| el.id().strip_prefix(OPTION_PREFIX)?.parse().ok());
        if index.is_some() {
            go(index);
        }
    };
    let announcement = move || {
        if !expanded() {
            String::new()
        } else {
            match suggestions.with(Vec::len) {
                0 => t_string!(i18n, search.no_suggestions).to_owned(),
                n => t_string!(i18n, search.suggestions_count, n).to_string(),
            }
        }
    };
    let action = paths.href(locale, &Route::Search);
    view! {
        <form class="search-box" role="search" action=action on:submit=on_submit>
            <label class="visually-hidden" for=crate::model::names::SEARCH_BOX_INPUT_ID>{t_string!(i18n, search.label)}</label>
            <div class="search-box__field">
                <input
                    id=crate::model::names::SEARCH_BOX_INPUT_ID
                    node_ref=input
                    type="search"
                    name="q"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-controls=LIST_ID
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                    placeholder=t_string!(i18n, search.placeholder)
                    autocomplete="off"
                    data-testid="search-box"
                    on:input=on_input
                    on:keydown=on_keydown
                    on:focus=on_focus
                    on:blur=move |_| {
                        open.set(false);
                        active.set(None);
                    }
                />
                <ul id=LIST_ID role="listbox" class="search-box__list" data-testid="search-suggestions"
                    aria-label=t_string!(i18n, search.suggestions) hidden=move || !expanded()
                    on:mousedown=|ev| ev.prevent_default() on:click=on_list_click>
                    {options}
                </ul>
            </div>
            <p class="visually-hidden" role="status" data-testid="search-box-status">{announcement}</p>
            <button type="submit" class="button button--small">{t_string!(i18n, search.submit)}</button>
        </form>
    }
}
