//! `/{lang}/`: what UCLG is, in one screen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{link, loaded, term_label, Cite, FigureCard, PageMeta, Term};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Figure};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// The home page: name, summary, founding, seat, principles and headline figures.
#[component]
pub fn Home() -> impl IntoView {
    loaded(|data| view! { <HomeBody data /> })
}

#[component]
fn HomeBody(data: Arc<Dataset>) -> impl IntoView {
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
    view! {
        <PageMeta title=org.name.get(locale).to_owned() description=org.summary.get(locale).to_owned() route=Route::Home organisation=org.clone() />
        <section class="hero" data-testid="home">
            <p class="eyebrow">{t_string!(i18n, home.eyebrow)}</p>
            <h1 tabindex="-1">
                {org.name.get(locale).to_owned()}
                <span class="hero__acronym">{format!(" ({})", org.acronym.get(locale))}</span>
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
        </section>
        <section class="band" aria-labelledby="home-figures">
            <h2 id="home-figures">{t_string!(i18n, home.figures_title)}</h2>
            <ul class="figure-grid">{figures}</ul>
            <p class="more">{link(paths.href(locale, &Route::Figures), format!("{} →", t_string!(i18n, home.figures_more)))}</p>
        </section>
        <section class="band" aria-labelledby="home-explore">
            <h2 id="home-explore">{t_string!(i18n, home.explore_title)}</h2>
            <ul class="card-grid explore">
                <Entry route=Route::Vision title=t_string!(i18n, nav.vision) text=t_string!(i18n, home.vision_text) />
                <Entry route=Route::Governance title=t_string!(i18n, nav.governance) text=t_string!(i18n, home.governance_text) />
                <Entry route=Route::Objectives title=t_string!(i18n, nav.objectives) text=t_string!(i18n, home.objectives_text) />
                <Entry route=Route::Sections title=t_string!(i18n, nav.sections) text=t_string!(i18n, home.sections_text) />
                <Entry route=Route::Initiatives title=t_string!(i18n, nav.initiatives) text=t_string!(i18n, home.initiatives_text) />
                <Entry route=Route::Commissions title=t_string!(i18n, nav.commissions) text=t_string!(i18n, home.commissions_text) />
                <Entry route=Route::Networks title=t_string!(i18n, nav.networks) text=t_string!(i18n, home.networks_text) />
                <Entry route=Route::Figures title=t_string!(i18n, nav.figures) text=t_string!(i18n, home.figures_text) />
                <Entry route=Route::Timeline title=t_string!(i18n, nav.timeline) text=t_string!(i18n, home.timeline_text) />
                <Entry route=Route::Sources title=t_string!(i18n, nav.sources) text=t_string!(i18n, home.sources_text) />
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
