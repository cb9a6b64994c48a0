//! The body of the 404 page (the shells, `shell.rs` and `embed.rs`, put it in their frame).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::{t_string, use_i18n};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// The body of the 404 page, inside the chrome of the current locale.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    view! {
        <Title text=move || t_string!(i18n, not_found.title) />
        <section class="page not-found" data-testid="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1>{t_string!(i18n, not_found.title)}</h1>
            <p>{t_string!(i18n, not_found.text)}</p>
            <A href=paths.href(locale, &Route::Home) attr:class="button">
                {t_string!(i18n, not_found.home)}
            </A>
        </section>
    }
}
