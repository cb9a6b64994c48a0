//! The site's header: on wide screens the name, the search box, the theme and language
//! choices, and the navigation row; on phones a single bar (name, search button, menu
//! button) whose menu opens a panel with the navigation, the languages and the theme.
//!
//! The layout is the style sheet's (one markup, two arrangements); this module holds the
//! behaviour of the phone bar. The menu button's panel is a disclosure that takes the
//! focus like a dialog: Escape, the button or a tap outside close it, the focus stays
//! between the button and the panel while it is open and returns to the button, and a
//! navigation closes it. Before the app runs (a prerendered page, or no JavaScript), the
//! bar's menu is a link to the same navigation as a plain list at the end of the page.

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::focus_trap::cycle_focus_with;
use crate::components::{page_label, LanguageSwitch, SearchBox, ThemeToggle};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Locale, Page};
use crate::paths::{Paths, Route};
use crate::state::use_paths;

/// The id of the navigation list at the end of the page (`SiteMap`).
const SITE_MAP: &str = "site-map";

/// What the phone bar has open, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Nothing,
    Menu,
    Search,
}

/// The header of every page in `locale`.
#[component]
pub fn SiteHeader(locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let paths = use_paths();
    let location = use_location();
    let open = RwSignal::new(Open::Nothing);
    let menu_button = NodeRef::<html::Button>::new();
    let search_button = NodeRef::<html::Button>::new();
    let menu = NodeRef::<html::Div>::new();
    let search = NodeRef::<html::Div>::new();

    // A navigation (a link in the menu, the language switch, back) closes what is open.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            open.set(Open::Nothing);
        }
        path
    });
    let close_to = move |button: NodeRef<html::Button>| {
        open.set(Open::Nothing);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    let toggle_menu = move |_| {
        if open.get_untracked() == Open::Menu {
            close_to(menu_button);
        } else {
            open.set(Open::Menu);
        }
    };
    let toggle_search = move |_| {
        if open.get_untracked() == Open::Search {
            close_to(search_button);
            return;
        }
        open.set(Open::Search);
        // The field is shown by the style sheet once the state is set: focus it then.
        request_animation_frame(move || {
            let input = search
                .get_untracked()
                .and_then(|s| s.query_selector("input").ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(input) = input {
                let _ = input.focus();
            }
        });
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| match open.get_untracked() {
        Open::Nothing => {}
        Open::Menu => {
            if ev.key() == "Escape" {
                ev.prevent_default();
                close_to(menu_button);
            } else if let (Some(button), Some(panel)) =
                (menu_button.get_untracked(), menu.get_untracked())
            {
                cycle_focus_with(&button, &panel, &ev);
            }
        }
        // The search box's own Escape (closing its suggestions) comes first.
        Open::Search => {
            if ev.key() == "Escape" && !ev.default_prevented() {
                close_to(search_button);
            }
        }
    };
    let state = move || match open.get() {
        Open::Nothing => None,
        Open::Menu => Some("menu"),
        Open::Search => Some("search"),
    };
    let search_label = t_string!(i18n, search.label);
    view! {
        <header class="site-header" data-open=state on:keydown=on_keydown>
            <div class="site-header__inner">
                <A href=paths.href(locale, &Route::Home) attr:class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">{t_string!(i18n, app.name)}</span>
                </A>
                // Before the app runs: the search page (prerendered; without JavaScript it
                // says why it finds nothing).
                <a class="header-button search-link" href=paths.href(locale, &Route::Search)
                    aria-label=search_label>
                    <span class="icon icon--search" aria-hidden="true"></span>
                </a>
                <button type="button" class="header-button header-button--search" node_ref=search_button
                    aria-expanded=move || (open.get() == Open::Search).to_string() aria-controls="site-search"
                    aria-label=search_label on:click=toggle_search>
                    <span class="icon icon--search" aria-hidden="true"></span>
                </button>
                <div id="site-search" class="site-search" node_ref=search>
                    <SearchBox />
                </div>
                // Before the app runs: the navigation at the end of the page. (The page's
                // own path before the fragment: a bare `#…` would resolve against <base>.)
                <a class="header-button header-button--menu menu-link"
                    href=move || Paths::on_page(&location.pathname.get(), SITE_MAP)>
                    <span class="icon icon--menu" aria-hidden="true"></span>
                    <span class="header-button__text">{t_string!(i18n, nav.menu)}</span>
                </a>
                <button type="button" class="header-button header-button--menu menu-button" node_ref=menu_button
                    aria-expanded=move || (open.get() == Open::Menu).to_string() aria-controls="site-menu"
                    data-testid="menu-button" on:click=toggle_menu>
                    <span class="icon icon--menu" aria-hidden="true"></span>
                    <span class="header-button__text">{t_string!(i18n, nav.menu)}</span>
                </button>
                <div id="site-menu" class="site-menu" node_ref=menu data-testid="site-menu">
                    <nav class="site-nav" aria-label=t_string!(i18n, nav.label)>
                        <NavList locale />
                    </nav>
                    <div class="site-header__tools">
                        <ThemeToggle />
                        <LanguageSwitch />
                    </div>
                </div>
            </div>
            <div class="site-menu__backdrop" aria-hidden="true" on:click=move |_| close_to(menu_button)></div>
        </header>
    }
}

/// The navigation as a plain list at the end of the page, where the phone bar's menu
/// leads before the app runs (shown only then, by the style sheet).
#[component]
pub fn SiteMap(locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav id=SITE_MAP class="site-map" aria-label=t_string!(i18n, nav.site_map)>
            <NavList locale />
        </nav>
    }
}

/// The list of the app's views; the current one marked (`aria-current="page"`).
#[component]
fn NavList(locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let paths = use_paths();
    // The pages the model's table puts in the navigation, in its order.
    let items = Page::nav()
        .filter_map(|page| Some((page, Route::of(page, None)?)))
        .map(|(page, route)| {
            let href = paths.href(locale, &route);
            let label = page_label(i18n, page);
            view! { <li><A href=href exact=page == Page::Home>{label}</A></li> }
        })
        .collect_view();
    view! {
        <ul>
            {items}
        </ul>
    }
}
