//! The app shell: skip link, header with navigation and language switch, main, footer.

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::data_href;
use crate::components::{AppStatusBar, LanguageSwitch, RouteFocus, SearchBox, ThemeToggle};
use crate::i18n::{t, t_string, use_i18n, Locale as UiLocale};
use crate::model::Locale;
use crate::pages::Unmatched;
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
    let location = use_location();
    let locale =
        Memo::new(move |_| params.with(|p| p.get("lang").and_then(|l| Locale::from_tag_exact(&l))));
    move || match locale.get() {
        Some(l) => view! { <Chrome locale=l><Outlet /></Chrome> }.into_any(),
        None => view! { <Unmatched pathname=location.pathname.get() /> }.into_any(),
    }
}

/// Header, main and footer around a page in `locale`; also sets the UI strings' locale.
#[component]
pub fn Chrome(locale: Locale, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    provide_locale(locale);
    let paths = expect_context::<Paths>();
    let link = move |route: &str| paths.href(locale, route);
    let home = link("");

    view! {
        <a class="skip-link" href="#main">{t!(i18n, nav.skip)}</a>
        <RouteFocus />
        <header class="site-header">
            <div class="site-header__bar">
                <A href=home attr:class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    <span class="brand__name">{t!(i18n, app.name)}</span>
                </A>
                <SearchBox />
                <div class="site-header__tools">
                    <ThemeToggle />
                    <LanguageSwitch />
                </div>
            </div>
            <nav class="site-nav" aria-label=move || t_string!(i18n, nav.label)>
                <ul>
                    <li><A href=link("") exact=true>{t!(i18n, nav.home)}</A></li>
                    <li><A href=link("vision")>{t!(i18n, nav.vision)}</A></li>
                    <li><A href=link("objectives")>{t!(i18n, nav.objectives)}</A></li>
                    <li><A href=link("sections")>{t!(i18n, nav.sections)}</A></li>
                    <li><A href=link("initiatives")>{t!(i18n, nav.initiatives)}</A></li>
                    <li><A href=link("commissions")>{t!(i18n, nav.commissions)}</A></li>
                    <li><A href=link("networks")>{t!(i18n, nav.networks)}</A></li>
                    <li><A href=link("figures")>{t!(i18n, nav.figures)}</A></li>
                    <li><A href=link("timeline")>{t!(i18n, nav.timeline)}</A></li>
                    <li><A href=link("sources")>{t!(i18n, nav.sources)}</A></li>
                </ul>
            </nav>
        </header>
        <AppStatusBar />
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{t!(i18n, footer.about)}</p>
                <p>
                    <A href=link("sources")>{t!(i18n, footer.sources)}</A>
                    " · " {t!(i18n, footer.version)} " "
                    <span data-testid="version">{env!("UCLG_ATLAS_VERSION")}</span>
                </p>
                <p><A href=link("embed")>{t!(i18n, footer.embed)}</A></p>
                <p><A href=data_href(&expect_context::<Paths>(), locale) attr:data-testid="footer-data">{t!(i18n, footer.data)}</A></p>
            </div>
        </footer>
    }
}

/// Makes `locale` the current page's locale, for the views below and the UI strings
/// (which also sets `<html lang>`).
pub fn provide_locale(locale: Locale) {
    use_i18n().set_locale(ui_locale(locale));
    provide_context(CurrentLocale(Signal::stored(locale)));
}

/// The UI strings' locale for a content locale.
pub fn ui_locale(locale: Locale) -> UiLocale {
    match locale {
        Locale::Fr => UiLocale::fr,
        Locale::En => UiLocale::en,
        Locale::Es => UiLocale::es,
    }
}
