//! Links to the current page in the other languages.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::i18n::{t_string, use_i18n};
use crate::model::Locale;
use crate::state::{use_locale, use_paths};

/// The language switch: one link per locale, each keeping the current page.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_locale();
    let location = use_location();
    let paths = use_paths();
    let target = move |to: Locale| {
        let (path, query, hash) = (
            location.pathname.get(),
            location.search.get(),
            location.hash.get(),
        );
        paths.switch_locale(&path, &query, &hash, to)
    };
    let item = move |to: Locale, name: AnyView| {
        let target = target.clone();
        view! {
            <li>
                <A
                    href=move || target(to)
                    attr:hreflang=to.tag()
                    attr:lang=to.tag()
                    attr:aria-current=(current == to).then_some("true")
                    attr:data-testid=format!("lang-{}", to.tag())
                >
                    {name}
                </A>
            </li>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=t_string!(i18n, language.label)>
            <ul>
                {item(Locale::Fr, t_string!(i18n, language.fr).into_any())}
                {item(Locale::En, t_string!(i18n, language.en).into_any())}
                {item(Locale::Es, t_string!(i18n, language.es).into_any())}
            </ul>
        </nav>
    }
}
