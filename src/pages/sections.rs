//! `/{lang}/sections` and `/{lang}/sections/{id}`: the regional sections.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{detail, link, loaded, use_locale, Cite, PageHeader, PageMeta};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::{Dataset, Section, SectionKind};
use crate::paths::Paths;

/// Every section, with its seat and the number of countries it covers.
#[component]
pub fn Sections() -> impl IntoView {
    loaded(|data| view! { <SectionsBody data /> })
}

#[component]
fn SectionsBody(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let cards = data
        .sections
        .iter()
        .map(|s| {
            view! {
                <li class="card section-card" style=format!("--section: var(--c-{})", s.id) id=s.id.clone()>
                    <h3>{link(paths.href(locale, &format!("sections/{}", s.id)), s.name.get(locale).to_owned())}</h3>
                    <p class="card__meta">{s.organisation.get(locale).to_owned()}</p>
                    <p>
                        {t!(i18n, sections.seat)} ": " {s.seat.name.get(locale).to_owned()}
                        " · " {s.countries.len()} " " {t!(i18n, sections.countries_count)}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, sections.title) description=t_string!(i18n, sections.lead) route="sections" />
        <PageHeader title=t_string!(i18n, sections.title) lead=t_string!(i18n, sections.lead) />
        <h2>{t!(i18n, sections.list)}</h2>
        <ul class="card-grid">{cards}</ul>
        <aside class="note">
            <h2>{t!(i18n, sections.mapping_note)}</h2>
            <p>{data.sections_note.get(locale).to_owned()}</p>
        </aside>
    }
}

/// One section: organisation, seat and countries.
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
    let locale = use_locale().get_untracked();
    let name = section.name.get(locale).to_owned();
    let kind = match section.kind {
        SectionKind::Regional => t_string!(i18n, sections.regional),
        SectionKind::Metropolitan => t_string!(i18n, sections.metropolitan),
    };
    let countries = country_names(&section.countries)
        .into_iter()
        .map(|c| view! { <li>{c}</li> })
        .collect_view();
    view! {
        <PageMeta title=name.clone() description=section.organisation.get(locale).to_owned() route=format!("sections/{}", section.id) />
        <div class="section-page" style=format!("--section: var(--c-{})", section.id)>
            <PageHeader
                title=name
                kicker=kind
                crumbs=vec![(t_string!(i18n, sections.title).to_owned(), "sections".to_owned())]
            />
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, sections.organisation)}</dt>
                    <dd>{section.organisation.get(locale).to_owned()} <Cite data=data.clone() sources=section.sources.clone() /></dd>
                </div>
                <div>
                    <dt>{t!(i18n, sections.seat)}</dt>
                    <dd>{section.seat.name.get(locale).to_owned()}</dd>
                </div>
            </dl>
            <h2>{t!(i18n, sections.countries)} " (" {section.countries.len()} ")"</h2>
            <ul class="country-list">{countries}</ul>
        </div>
    }
}

/// The countries' codes until the map's country table provides their names.
fn country_names(codes: &[String]) -> Vec<String> {
    codes.to_vec()
}
