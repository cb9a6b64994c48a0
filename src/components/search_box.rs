//! The search box in the header, on every page.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::use_locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::pages::search_href;
use crate::paths::Paths;

/// A search form that opens the search page with the query; works without a pointer.
#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = expect_context::<Paths>();
    let input = NodeRef::<leptos::html::Input>::new();
    let navigate = use_navigate();
    let action = paths.href(locale.get_untracked(), "search");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        let href = search_href(&paths, locale.get_untracked(), &q);
        navigate(
            &href,
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    view! {
        <form class="search-box" role="search" action=action on:submit=on_submit>
            <label class="visually-hidden" for="search-box-input">{t!(i18n, search.label)}</label>
            <input
                id="search-box-input"
                node_ref=input
                type="search"
                name="q"
                placeholder=move || t_string!(i18n, search.placeholder)
                autocomplete="off"
                data-testid="search-box"
            />
            <button type="submit" class="button button--small">{t!(i18n, search.submit)}</button>
        </form>
    }
}
