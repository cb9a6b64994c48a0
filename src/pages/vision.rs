//! `/{lang}/vision`: mission, founders' vision, principles, action plan, global agenda.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{Cite, PageHeader, PageMeta, StatementView};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, Point};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// The vision page: every mission and vision text, then what the organisation set out to do.
#[component]
pub fn Vision(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let statements = data
        .statements
        .iter()
        .map(|s| view! { <StatementView data=data.clone() statement=s.clone() /> })
        .collect_view();
    let axes = data
        .agenda_axes
        .iter()
        .map(|a| {
            let points = a.points.iter().map(|p| view! { <li>{p.get(locale).to_owned()}</li> }).collect_view();
            view! {
                <li class="card" id=a.id.clone()>
                    <h3>{a.name.get(locale).to_owned()} <Cite data=data.clone() sources=a.sources.clone() /></h3>
                    <ul>{points}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, vision.title) description=t_string!(i18n, vision.lead) route=Route::Vision />
        <PageHeader title=t_string!(i18n, vision.title) lead=t_string!(i18n, vision.lead) />
        <div class="prose">{statements}</div>
        <section aria-labelledby="principles">
            <h2 id="principles">{t_string!(i18n, vision.principles)}</h2>
            <PointList data=data.clone() points=data.organisation.principles.clone() class="pill-list" />
        </section>
        <section aria-labelledby="aims">
            <h2 id="aims">{t_string!(i18n, vision.aims)}</h2>
            <PointList data=data.clone() points=data.aims.clone() class="numbered" />
        </section>
        <section aria-labelledby="action-plan">
            <h2 id="action-plan">{t_string!(i18n, vision.action_plan)}</h2>
            <PointList data=data.clone() points=data.action_plan.clone() class="numbered" />
        </section>
        <section aria-labelledby="agenda">
            <h2 id="agenda">{t_string!(i18n, vision.agenda)}</h2>
            <p>{t_string!(i18n, vision.agenda_lead)}</p>
            <ul class="card-grid">{axes}</ul>
        </section>
        <p class="more">
            <A href=paths.href(locale, &Route::Initiatives)>{t_string!(i18n, vision.pact)} " →"</A>
        </p>
    }
}

/// Short items, each with its sources.
#[component]
fn PointList(data: Arc<Dataset>, points: Vec<Point>, class: &'static str) -> impl IntoView {
    let locale = use_locale();
    let items = points
        .into_iter()
        .map(|p| view! { <li id=p.id.clone()>{p.text.get(locale).to_owned()} <Cite data=data.clone() sources=p.sources /></li> })
        .collect_view();
    view! { <ol class=class>{items}</ol> }
}
