//! `/{lang}/`: what UCLG is, in one screen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{
    link, page_label, term_label, Cite, CiteButton, FigureCard, PageMeta, Term,
};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Figure, Page};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// The home page: name, summary, founding, seat, principles and headline figures.
#[component]
pub fn Home(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let org = &data.organisation;
    let principles = org
        .principles
        .iter()
        .map(|p| view! { <li>{p.text.get(locale).to_owned()} <Cite data=data.clone() sources=p.sources.clone() /></li> })
        .collect_view();
    let president = org.president.clone().map(|p| {
        view! {
            <div id="president" data-testid="president">
                <dt>{term_label(&p)}</dt>
                <dd><Term data=data.clone() person=p /></dd>
            </div>
        }
    });
    let figures = headline_figures(&data)
        .into_iter()
        .map(|f| {
            let disagreement = data.disagreement(&f.measure).map(|(low, high)| {
                let href =
                    paths.anchored(locale, &Route::Figures, &format!("measure-{}", f.measure));
                let text = t_string!(
                    i18n,
                    home.figure_disagree,
                    low = format::number(low, locale),
                    high = format::number(high, locale)
                )
                .to_string();
                link(href, text).into_any()
            });
            view! { <FigureCard data=data.clone() figure=f.clone() disagreement /> }
        })
        .collect_view();
    // The pages the model's table lists on the home page, in its order, each with its blurb.
    let entries = Page::home_entries()
        .filter_map(|page| {
            let route = Route::of(page, None)?;
            let text = blurb(i18n, page)?;
            Some(view! { <Entry route title=page_label(i18n, page) text /> })
        })
        .collect_view();
    view! {
        <PageMeta title=org.name.get(locale).to_owned() description=org.summary.get(locale).to_owned() route=Route::Home organisation=org.clone() />
        <section class="hero" data-testid="home">
            <p class="eyebrow">{t_string!(i18n, home.eyebrow)}</p>
            <h1 tabindex="-1">
                {org.name.get(locale).to_owned()}
                <span class="hero__acronym">" " {t_string!(i18n, punctuation.open)} {org.acronym.get(locale).to_owned()} {t_string!(i18n, punctuation.close)}</span>
            </h1>
            <p class="lead">{org.summary.get(locale).to_owned()} <Cite data=data.clone() sources=org.sources.clone() /></p>
            <dl class="facts">
                <div>
                    <dt>{t_string!(i18n, home.founded)}</dt>
                    <dd>
                        {t_string!(i18n, home.founded_in, place = org.founded.place.get(locale), date = format::date(&org.founded.date, locale)).to_string()}
                        <Cite data=data.clone() sources=org.founded.sources.clone() />
                    </dd>
                </div>
                <div id="secretariat">
                    <dt>{t_string!(i18n, home.seat)}</dt>
                    <dd>
                        {org.secretariat.city.name.get(locale).to_owned()}
                        <Cite data=data.clone() sources=org.secretariat.sources.clone() />
                        <Secretariat secretariat=org.secretariat.clone() />
                    </dd>
                </div>
                {president}
                <div>
                    <dt>{t_string!(i18n, home.principles)}</dt>
                    <dd><ul class="inline-list">{principles}</ul></dd>
                </div>
            </dl>
            <div class="page-actions no-print">
                <CiteButton title=org.name.get(locale).to_owned() />
            </div>
        </section>
        <section class="band" aria-labelledby="home-figures">
            <h2 id="home-figures">{t_string!(i18n, home.figures_title)}</h2>
            <ul class="figure-grid">{figures}</ul>
            <p class="more">{link(paths.href(locale, &Route::Figures), format!("{} →", t_string!(i18n, home.figures_more)))}</p>
        </section>
        <section class="band" aria-labelledby="home-explore">
            <h2 id="home-explore">{t_string!(i18n, home.explore_title)}</h2>
            <ul class="card-grid explore">
                {entries}
            </ul>
        </section>
    }
}

/// The most recent figure of each of the first four UCLG measures, in dataset order.
fn headline_figures(data: &Dataset) -> Vec<&Figure> {
    let mut out: Vec<&Figure> = Vec::new();
    for f in data.figures.iter().filter(|f| f.subject == "uclg") {
        match out.iter_mut().find(|o| o.measure == f.measure) {
            Some(o) if o.year < f.year => *o = f,
            Some(_) => {}
            None => out.push(f),
        }
    }
    out.truncate(4);
    out
}

/// The World Secretariat's postal address and contacts.
#[component]
fn Secretariat(secretariat: crate::model::Secretariat) -> impl IntoView {
    let i18n = use_i18n();
    let lines = secretariat
        .address
        .into_iter()
        .map(|line| view! { <span>{line}</span> })
        .collect_view();
    let fax = secretariat
        .fax
        .map(|fax| view! { <span>{t_string!(i18n, home.fax)} " " {fax}</span> });
    let mailto = format!("mailto:{}", secretariat.email);
    let website = secretariat.website.clone();
    view! {
        <address class="facts__address">
            {lines}
            <span>{t_string!(i18n, home.phone)} " " {secretariat.phone}</span>
            {fax}
            <a href=mailto>{secretariat.email}</a>
            <a href=website rel="noopener">{secretariat.website}</a>
        </address>
    }
}

/// What the home page says of `page` under its name (`PageInfo::home` says which pages it
/// lists): every kind of page is named, so that a new one is a decision.
fn blurb(i18n: leptos_i18n::I18nContext<crate::i18n::Locale>, page: Page) -> Option<&'static str> {
    Some(match page {
        Page::Vision => t_string!(i18n, home.vision_text),
        Page::Governance => t_string!(i18n, home.governance_text),
        Page::Objectives => t_string!(i18n, home.objectives_text),
        Page::Sections => t_string!(i18n, home.sections_text),
        Page::Initiatives => t_string!(i18n, home.initiatives_text),
        Page::Commissions => t_string!(i18n, home.commissions_text),
        Page::Networks => t_string!(i18n, home.networks_text),
        Page::Figures => t_string!(i18n, home.figures_text),
        Page::Timeline => t_string!(i18n, home.timeline_text),
        Page::Sources => t_string!(i18n, home.sources_text),
        Page::Home
        | Page::Objective
        | Page::Section
        | Page::Initiative
        | Page::Search
        | Page::EmbedGuide => return None,
    })
}

/// An entry point to one view of the atlas.
#[component]
fn Entry(route: Route, #[prop(into)] title: String, #[prop(into)] text: String) -> impl IntoView {
    let locale = use_locale();
    let paths = use_paths();
    view! {
        <li class="card entry">
            <h3>{link(paths.href(locale, &route), title)}</h3>
            <p>{text}</p>
        </li>
    }
}
