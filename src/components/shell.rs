//! The app shell: skip link, header (`site_header.rs`), main, footer.

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_location;

use crate::components::data_href;
use crate::components::site_header::{SiteHeader, SiteMap};
use crate::components::{use_route_locale, AppStatusBar, RouteFocus, Unmatched};
use crate::data::use_dataset;
use crate::i18n::{t_string, use_i18n};
use crate::load::Load;
use crate::model::{format, Locale};
use crate::paths::{Paths, Route};

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
    let locale = use_route_locale();
    let location = use_location();
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

    view! {
        <a class="skip-link" href="#main">{t_string!(i18n, nav.skip)}</a>
        <RouteFocus />
        <SiteHeader locale />
        <AppStatusBar />
        <main id="main" tabindex="-1" aria-busy=crate::lazy::Navigating::aria_busy()>{children()}</main>
        <footer class="site-footer">
            <SiteMap locale />
            <div class="site-footer__inner">
                <p>{t_string!(i18n, footer.about)}</p>
                <p>
                    <A href=paths.href(locale, &Route::Sources)>{t_string!(i18n, footer.sources)}</A>
                    {t_string!(i18n, punctuation.separator)} {t_string!(i18n, footer.version)} " "
                    <span data-testid="version">{env!("UCLG_ATLAS_VERSION")}</span>
                </p>
                <Reviewed locale />
                <p><A href=paths.href(locale, &Route::EmbedGuide)>{t_string!(i18n, footer.embed)}</A></p>
                <p><A href=data_href(&expect_context::<Paths>(), locale) attr:data-testid="footer-data">{t_string!(i18n, footer.data)}</A></p>
            </div>
        </footer>
    }
}

/// The day the dataset was last read against its sources, once it is loaded (its loading
/// and failure are the page's to show).
#[component]
fn Reviewed(locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_dataset(locale);
    move || match data.get() {
        Load::Ready(d) => Some(view! {
            <p data-testid="footer-reviewed">
                {t_string!(i18n, footer.reviewed, date = format::date(&d.reviewed, locale)).to_string()}
            </p>
        }),
        Load::Loading | Load::Failed(_) => None,
    }
}

/// Makes `locale` the current page's locale, for the views below and the UI strings
/// (which also sets `<html lang>`).
pub fn provide_locale(locale: Locale) {
    use_i18n().set_locale(locale.into());
    provide_context(CurrentLocale(Signal::stored(locale)));
}
