//! `/{lang}/sections` and `/{lang}/sections/{id}`: the regional sections, on the map and
//! as a list.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::DataLink;
use crate::components::{
    detail, link, BriefFooter, Cite, CountryList, MarkedCountry, PageHeader, PageMeta, PrintButton,
    SectionsMap,
};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Section, SectionKind};
use crate::paths::{marked_country, EmbedView, Route};
use crate::state::paths::site_origin;
use crate::state::print::use_print;
use crate::state::{is_embedded, use_locale, use_paths};

/// The map of the sections, then every section with its seat and number of countries.
#[component]
pub fn Sections(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let cards = data
        .sections
        .iter()
        .map(|s| {
            let n = s.countries.len();
            let facts = t_string!(
                i18n,
                sections.card_facts,
                seat = t_string!(i18n, map.seat_is, seat = s.seat.name.get(locale)),
                countries = crate::t_count!(locale, sections.countries_count, n),
            );
            view! {
                <li class="card section-card" data-colour=s.id.clone() id=s.id.clone() data-testid="section-card">
                    <h3>
                        <span class="swatch" class:swatch--outline=s.kind == SectionKind::Metropolitan aria-hidden="true"></span>
                        {link(paths.href(locale, &Route::Section(s.id.clone())), s.name.get(locale).to_owned())}
                    </h3>
                    <p class="card__meta">{s.organisation.get(locale).to_owned()}</p>
                    <p data-testid="section-facts">{facts.to_string()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, sections.title) description=t_string!(i18n, sections.lead) route=Route::Sections />
        <PageHeader title=t_string!(i18n, sections.title) lead=t_string!(i18n, sections.lead) embed=EmbedView::Map />
        <SectionsMap data=data.clone() />
        <h2>{t_string!(i18n, sections.list)}</h2>
        <ul class="card-grid">{cards}</ul>
        <aside class="note">
            <h2>{t_string!(i18n, sections.mapping_note)}</h2>
            <p>{data.sections_note.get(locale).to_owned()}</p>
        </aside>
        <DataLink />
    }
}

/// One section: organisation and seat, the map zoomed to it, its countries; printed, its
/// one-page brief (`components/brief.rs`).
#[component]
pub fn SectionPage() -> impl IntoView {
    detail(
        |d, id| d.sections.iter().find(|s| s.id == id).cloned(),
        |data, section| view! { <SectionBody data section /> },
    )
}

#[component]
fn SectionBody(data: Arc<Dataset>, section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let name = section.name.get(locale).to_owned();
    let kind = match section.kind {
        SectionKind::Regional => t_string!(i18n, sections.regional),
        SectionKind::Metropolitan => t_string!(i18n, sections.metropolitan),
    };
    // The breadcrumb trail, shown in the header and given to crawlers (JSON-LD).
    let trail = vec![(t_string!(i18n, sections.title).to_owned(), Route::Sections)];
    // `?country=`, the country a search led to; never in an embedded view (its query
    // options are fixed).
    let query = use_query_map();
    let codes = section.countries.clone();
    let embedded = is_embedded();
    let route = Route::Section(section.id.clone());
    let print = use_print(site_origin(), use_paths().href(locale, &route));
    let marked = Memo::new(move |_| {
        let value = query.with(|q| q.get("country"));
        marked_country(value.as_deref(), &codes).filter(|_| !embedded)
    });
    view! {
        <PageMeta title=name.clone() description=section.organisation.get(locale).to_owned() route=route crumbs=trail.clone() />
        <div class="section-page brief-page" data-colour=section.id.clone()>
            <PageHeader
                title=name
                kicker=kind
                crumbs=trail
                embed=EmbedView::Section(section.id.clone())
                tools=move || view! { <PrintButton print /> }
            />
            <dl class="facts">
                <div>
                    <dt>{t_string!(i18n, sections.organisation)}</dt>
                    <dd>{section.organisation.get(locale).to_owned()} <Cite data=data.clone() sources=section.sources.clone() /></dd>
                </div>
                <div>
                    <dt>{t_string!(i18n, sections.seat)}</dt>
                    <dd>{section.seat.name.get(locale).to_owned()}</dd>
                </div>
            </dl>
            <MarkedCountry data=data.clone() section=section.id.clone() marked />
            <h2>{t_string!(i18n, sections.on_the_map)}</h2>
            <SectionsMap data=data.clone() section=section.id.clone() marked />
            <h2>
                {t_string!(i18n, sections.countries_heading, count = format::number(section.countries.len() as u64, locale)).to_string()}
                <Cite data=data.clone() sources=section.sources.clone() />
            </h2>
            <CountryList codes=section.countries.clone() marked editorial=section.editorial_countries.clone() />
            {(!embedded).then(|| view! { <BriefFooter data=data.clone() sources=section.sources.clone() print /> })}
        </div>
    }
}
