//! The 404 page, and the router's fallback that leads to it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::browser;
use crate::components::{redirect, use_locale, Chrome};
use crate::i18n::{t_string, use_i18n};
use crate::paths::{Paths, Route};

/// The body of the 404 page, inside the chrome of the current locale.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = expect_context::<Paths>();
    view! {
        <Title text=move || t_string!(i18n, not_found.title) />
        <section class="page not-found" data-testid="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1>{t_string!(i18n, not_found.title)}</h1>
            <p>{t_string!(i18n, not_found.text)}</p>
            <A href=move || paths.href(locale.get(), &Route::Home) attr:class="button">
                {t_string!(i18n, not_found.home)}
            </A>
        </section>
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
pub fn Unmatched(pathname: String) -> impl IntoView {
    let paths = expect_context::<Paths>();
    if let Some(route) = Route::parse(paths.strip_base(&pathname)) {
        redirect(&paths.href(browser::preferred_locale(), &route));
        return ().into_any();
    }
    let locale = paths
        .locale_of(&pathname)
        .unwrap_or_else(browser::preferred_locale);
    view! { <Chrome locale=locale><NotFound /></Chrome> }.into_any()
}
