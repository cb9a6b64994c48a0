//! What the router shows around the pages of `/:lang/…`, and where no route matches: the
//! chrome (`chrome.rs`) around the page, a redirect, or the 404 page.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

use crate::components::{Chrome, NotFound};
use crate::paths::Route;
use crate::state::navigation::replace;
use crate::state::{browser, use_paths, use_route_locale};

/// The view of `/:lang/…`: a known locale gets the chrome around the page, any other
/// first segment (`/xx/`) the 404 page. The router keeps this view when only the page
/// changes; a change of `:lang` (the language switch) builds the chrome and the page again,
/// in the new locale (`state::locale`).
#[component]
pub fn LocaleShell() -> impl IntoView {
    let locale = use_route_locale();
    let location = use_location();
    move || match locale.get() {
        Some(l) => view! { <Chrome locale=l><Outlet /></Chrome> }.into_any(),
        None => view! { <Unmatched pathname=location.pathname.get() /> }.into_any(),
    }
}

/// What the router shows when no route matches: a path that only lacks its locale
/// (`/vision`) is redirected into the visitor's language; anything else is a 404 in the
/// locale the path starts with, or else in the visitor's language.
#[component]
pub fn Fallback() -> impl IntoView {
    let location = use_location();
    move || view! { <Unmatched pathname=location.pathname.get() /> }
}

/// The view for a path that is not a page: a redirect when only the locale is missing,
/// else the 404 page.
#[component]
fn Unmatched(pathname: String) -> impl IntoView {
    let paths = use_paths();
    if let Some(route) = Route::parse(paths.strip_base(&pathname)) {
        replace(&paths.href(browser::preferred_locale(), &route));
        return ().into_any();
    }
    let locale = paths
        .locale_of(&pathname)
        .unwrap_or_else(browser::preferred_locale);
    view! { <Chrome locale=locale><NotFound /></Chrome> }.into_any()
}
