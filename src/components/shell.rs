//! The app shell: skip link, header with navigation and language switch, main, footer.

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_params_map;

use crate::browser;
use crate::components::LanguageSwitch;
use crate::i18n::{t, t_string, use_i18n, Locale as UiLocale};
use crate::model::Locale;
use crate::pages::NotFound;
use crate::paths::Paths;

/// The locale of the current page, as given by the URL.
#[derive(Clone, Copy)]
struct CurrentLocale(Signal<Locale>);

/// The current page's locale; every view reads it from here.
pub fn use_locale() -> Signal<Locale> {
    expect_context::<CurrentLocale>().0
}

/// The view of `/:lang/…`: a known locale gets the chrome around the page, any other
/// first segment (`/xx/`) the 404 page.
#[component]
pub fn LocaleShell() -> impl IntoView {
    let params = use_params_map();
    let locale =
        Memo::new(move |_| params.with(|p| p.get("lang").and_then(|l| Locale::from_tag_exact(&l))));
    move || match locale.get() {
        Some(l) => view! { <Chrome locale=l><Outlet /></Chrome> }.into_any(),
        None => view! {
            <Chrome locale=browser::preferred_locale()><NotFound /></Chrome>
        }
        .into_any(),
    }
}

/// Header, main and footer around a page in `locale`; also sets the UI strings' locale.
#[component]
pub fn Chrome(locale: Locale, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    i18n.set_locale(ui_locale(locale));
    provide_context(CurrentLocale(Signal::stored(locale)));
    let paths = expect_context::<Paths>();
    let home = paths.href(locale, "");
    let link = move |route: &str| paths.href(locale, route);

    view! {
        <a class="skip-link" href="#main">{t!(i18n, nav.skip)}</a>
        <header class="site-header">
            <div class="site-header__bar">
                <A href=home attr:class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">{t!(i18n, app.name)}</span>
                </A>
                <LanguageSwitch />
            </div>
            <nav class="site-nav" aria-label=move || t_string!(i18n, nav.label)>
                <ul>
                    <li><A href=link("") exact=true>{t!(i18n, nav.home)}</A></li>
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t!(i18n, footer.about)}</p>
        </footer>
    }
}

/// The UI strings' locale for a content locale.
pub fn ui_locale(locale: Locale) -> UiLocale {
    match locale {
        Locale::Fr => UiLocale::fr,
        Locale::En => UiLocale::en,
        Locale::Es => UiLocale::es,
    }
}
