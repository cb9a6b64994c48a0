//! The map as a table, for screen readers (always in the accessibility tree) and for
//! anyone who asks (shown on demand), and the localised country lists of section pages.

use std::sync::Arc;

use leptos::prelude::*;

use super::{markup, SectionText};
use crate::i18n::{t_string, use_i18n};
use crate::model::{normalize, Dataset, Locale};
use crate::state::geo::{use_geo, Geo};
use crate::state::load::Load;
use crate::state::{use_locale, use_paths};

/// Every section with its seat and its countries, small states included.
#[component]
pub(super) fn SectionsTable(
    data: Arc<Dataset>,
    geo: Arc<Geo>,
    texts: Arc<Vec<SectionText>>,
    /// Shown on screen (else only to assistive technology).
    shown: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let rows: Vec<markup::Row> = data
        .sections
        .iter()
        .zip(texts.iter())
        .map(|(s, text)| markup::Row {
            id: &s.id,
            kind: s.kind,
            name: &text.name,
            seat: &text.seat,
            count: text.count,
            countries: sorted_names(&geo, &s.countries, locale)
                .into_iter()
                .map(|(_, name)| name)
                .collect(),
        })
        .collect();
    let headers = [
        t_string!(i18n, map.col_section),
        t_string!(i18n, map.col_seat),
        t_string!(i18n, map.col_count),
        t_string!(i18n, map.col_countries),
    ];
    let caption = t_string!(i18n, map.table_caption);
    let table = markup::table(caption, headers, &rows);
    // A region that can take the focus, to scroll the table sideways on narrow screens.
    view! {
        <div id="map-table" class="map__table" class:map__sr=move || !shown.get() data-testid="map-table"
            role="region" aria-label=caption tabindex=move || shown.get().then_some("0")>
            <table inner_html=table></table>
        </div>
    }
}

/// A list of countries by name in the page's language, alphabetically (by code while the
/// country table loads).
#[component]
pub fn CountryList(
    /// ISO 3166-1 alpha-2 codes.
    codes: Vec<String>,
    /// The code of a country to mark (the one a search led to).
    #[prop(optional, into)]
    marked: MaybeProp<String>,
    /// The codes the atlas places in the section against UN M49, said so beside them.
    #[prop(optional)]
    editorial: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let geo = use_geo();
    let items = move || {
        let named = match geo.get() {
            Load::Ready(g) => sorted_names(&g, &codes, locale),
            _ => codes.iter().map(|c| (c.clone(), c.clone())).collect(),
        };
        named
            .into_iter()
            .map(|(code, name)| {
                let is_marked = marked.with(|m| m.as_ref() == Some(&code));
                let editorial = editorial.contains(&code).then(|| {
                    view! {
                        " " <span class="muted" data-testid="editorial-country">
                            {t_string!(i18n, sections.editorial_country).to_string()}
                        </span>
                    }
                });
                view! {
                    <li data-code=code class:is-marked=is_marked aria-current=is_marked.then_some("true")>
                        {name}
                        {editorial}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="country-list" data-testid="country-list">{items}</ul> }
}

/// The country a search led to, named in the page's language, with the other section that
/// covers it if there is one.
#[component]
pub fn MarkedCountry(
    data: Arc<Dataset>,
    /// The section shown.
    section: String,
    /// A code of the section's countries, or none.
    #[prop(into)]
    marked: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let geo = use_geo();
    move || {
        let code = marked.get()?;
        let name = match geo.get() {
            Load::Ready(g) => g.name(&code, locale),
            _ => code.clone(),
        };
        let also: Vec<(String, String)> = data
            .sections
            .iter()
            .filter(|s| s.id != section && s.countries.contains(&code))
            .map(|s| {
                let href = paths.section_with_country(locale, &s.id, &code);
                (href, s.name.get(locale).to_owned())
            })
            .collect();
        let also = also
            .into_iter()
            .map(|(href, name)| {
                let label = t_string!(i18n, search.also_in);
                view! { " " {label} " " {crate::components::link(href, name)} "." }
            })
            .collect_view();
        Some(view! {
            <p class="marked-country" data-testid="marked-country">
                <strong>{t_string!(i18n, search.marked_label)} " " {name}</strong>
                {t_string!(i18n, punctuation.dash)} {t_string!(i18n, search.marked_text)} {also}
            </p>
        })
    }
}

/// `(code, name)` in `locale`, in alphabetical order ignoring case and accents.
fn sorted_names(geo: &Geo, codes: &[String], locale: Locale) -> Vec<(String, String)> {
    let mut named: Vec<(String, String, String)> = codes
        .iter()
        .map(|code| {
            let name = geo.name(code, locale);
            (normalize(&name).0, code.clone(), name)
        })
        .collect();
    named.sort_unstable();
    named
        .into_iter()
        .map(|(_, code, name)| (code, name))
        .collect()
}
