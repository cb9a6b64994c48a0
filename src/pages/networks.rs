//! `/{lang}/networks`: the networks and partners around UCLG.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{Cite, FigureCard, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::Dataset;
use crate::paths::Route;
use crate::state::use_locale;

/// Every network with its description, its link with UCLG and its figures.
#[component]
pub fn Networks(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let items = data
        .networks
        .iter()
        .map(|n| {
            let figures: Vec<_> = data.figures.iter().filter(|f| f.subject == n.id).cloned().collect();
            let figures = (!figures.is_empty()).then(|| {
                let cards = figures.into_iter().map(|f| view! { <FigureCard data=data.clone() figure=f /> }).collect_view();
                view! {
                    <h3>{t_string!(i18n, networks.figures)}</h3>
                    <ul class="figure-grid">{cards}</ul>
                }
            });
            view! {
                <section class="network" id=n.id.clone()>
                    <h2>{n.name.get(locale).to_owned()} <span class="muted">" " {t_string!(i18n, punctuation.open)} {n.acronym.get(locale).to_owned()} {t_string!(i18n, punctuation.close)}</span></h2>
                    <p>{n.description.get(locale).to_owned()} <Cite data=data.clone() sources=n.sources.clone() /></p>
                    <p><strong>{t_string!(i18n, networks.relation)}</strong> " " {n.relation.get(locale).to_owned()}</p>
                    {figures}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, networks.title) description=t_string!(i18n, networks.lead) route=Route::Networks />
        <PageHeader title=t_string!(i18n, networks.title) lead=t_string!(i18n, networks.lead) />
        {items}
    }
}
