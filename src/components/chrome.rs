//! The chrome around a page: skip link, header (`site_header.rs`), the app's status,
//! main, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::site_header::{SiteHeader, SiteMap};
use crate::components::{data_href, AppStatusBar, RouteFocus};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Locale};
use crate::paths::Route;
use crate::state::dataset::use_dataset;
use crate::state::load::Load;
use crate::state::locale::provide_locale;
use crate::state::navigation::Navigating;
use crate::state::use_paths;

/// Header, main and footer around a page in `locale`; also sets the UI strings' locale.
#[component]
pub fn Chrome(locale: Locale, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    provide_locale(locale);
    let paths = use_paths();

    view! {
        <a class="skip-link" href="#main">{t_string!(i18n, nav.skip)}</a>
        <RouteFocus />
        <SiteHeader locale />
        <AppStatusBar />
        <main id="main" tabindex="-1" aria-busy=Navigating::aria_busy()>{children()}</main>
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
                <p><A href=data_href(&paths, locale) attr:data-testid="footer-data">{t_string!(i18n, footer.data)}</A></p>
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
