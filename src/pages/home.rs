//! `/{lang}/`: what UCLG is, in one screen.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::{format_date, format_number};
use crate::components::{loaded, use_locale, Cite};
use crate::i18n::{t, use_i18n};
use crate::model::{Dataset, Figure, Qualifier};

/// The home page: name, summary, founding, seat, principles and headline figures.
#[component]
pub fn Home() -> impl IntoView {
    loaded(|data| view! { <HomeBody data /> })
}

#[component]
fn HomeBody(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let org = &data.organisation;
    let principles = org
        .principles
        .iter()
        .map(|p| view! { <li>{p.text.get(locale).to_owned()} <Cite data=data.clone() sources=p.sources.clone() /></li> })
        .collect_view();
    let figures = headline_figures(&data)
        .into_iter()
        .map(|f| view! { <FigureCard data=data.clone() figure=f.clone() /> })
        .collect_view();
    view! {
        <Title text=org.name.get(locale).to_owned() />
        <section class="hero" data-testid="home">
            <p class="eyebrow">{t!(i18n, home.eyebrow)}</p>
            <h1>
                {org.name.get(locale).to_owned()}
                <span class="hero__acronym">{format!(" ({})", org.acronym.get(locale))}</span>
            </h1>
            <p class="lead">{org.summary.get(locale).to_owned()} <Cite data=data.clone() sources=org.sources.clone() /></p>
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, home.founded)}</dt>
                    <dd>
                        {format!("{}, {}", org.founded.place.get(locale), format_date(&org.founded.date, locale))}
                        <Cite data=data.clone() sources=org.founded.sources.clone() />
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, home.seat)}</dt>
                    <dd>
                        {org.secretariat.city.name.get(locale).to_owned()}
                        <Cite data=data.clone() sources=org.secretariat.sources.clone() />
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, home.principles)}</dt>
                    <dd><ul class="inline-list">{principles}</ul></dd>
                </div>
            </dl>
        </section>
        <section class="band" aria-labelledby="home-figures">
            <h2 id="home-figures">{t!(i18n, home.figures_title)}</h2>
            <ul class="figure-grid">{figures}</ul>
        </section>
    }
}

/// The most recent figure of each UCLG measure, in dataset order.
fn headline_figures(data: &Dataset) -> Vec<&Figure> {
    let mut out: Vec<&Figure> = Vec::new();
    for f in data.figures.iter().filter(|f| f.subject == "uclg") {
        match out.iter_mut().find(|o| o.measure == f.measure) {
            Some(o) if o.year < f.year => *o = f,
            Some(_) => {}
            None => out.push(f),
        }
    }
    out
}

/// One figure: the number, what it counts, its year and its sources.
#[component]
pub fn FigureCard(data: Arc<Dataset>, figure: Figure) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let number = format_number(figure.value, locale);
    let number = match (figure.qualifier, figure.out_of) {
        (Qualifier::MoreThan, _) => format!("{number}+"),
        (Qualifier::Exactly, Some(total)) => format!("{number}/{}", format_number(total, locale)),
        (Qualifier::Exactly, None) => number,
    };
    view! {
        <li class="figure-card" id=figure.id.clone()>
            <span class="figure-card__value">{number}</span>
            <span class="figure-card__unit">{figure.unit.get(locale).to_owned()}</span>
            <span class="figure-card__label">{figure.label.get(locale).to_owned()}</span>
            <span class="figure-card__year">{figure.year} <Cite data=data.clone() sources=figure.sources.clone() /></span>
        </li>
    }
}
