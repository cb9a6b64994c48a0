//! `/{lang}/figures`: key figures, disagreeing sources side by side.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::DataLink;
use crate::components::{FigureCard, FigureChart, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{chart, Dataset, Figure};
use crate::paths::{EmbedView, Route};

/// Every figure, grouped by what it measures; where sources disagree the group says so
/// and shows each figure with its year and source.
#[component]
pub fn Figures(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    // One year axis for every chart of the page, so that they line up.
    let years = chart::year_span(&data.figures).unwrap_or_default();
    let groups = |subject: &str| {
        let mut measures: Vec<&str> = Vec::new();
        for f in data.figures.iter().filter(|f| f.subject == subject) {
            if !measures.contains(&f.measure.as_str()) {
                measures.push(&f.measure);
            }
        }
        measures
            .into_iter()
            .map(|m| {
                let figures: Vec<Figure> = data.figures.iter().filter(|f| f.measure == m).cloned().collect();
                let disagree = data.disagreement(m).is_some();
                let chart = chart::charted(&figures.iter().collect::<Vec<_>>())
                    .then(|| view! { <FigureChart data=data.clone() figures=figures.clone() years /> });
                let cards = figures.into_iter().map(|f| view! { <FigureCard data=data.clone() figure=f with_note=true /> }).collect_view();
                view! {
                    <li class="measure" class:measure--disagree=disagree id=format!("measure-{m}")>
                        {disagree.then(|| view! { <p class="badge">{t_string!(i18n, figures.disagree)}</p> })}
                        {chart}
                        <ul class="figure-row">{cards}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <PageMeta title=t_string!(i18n, figures.title) description=t_string!(i18n, figures.lead) route=Route::Figures />
        <PageHeader title=t_string!(i18n, figures.title) lead=t_string!(i18n, figures.lead) embed=EmbedView::Figures />
        <section aria-labelledby="uclg-figures">
            <h2 id="uclg-figures">{t_string!(i18n, figures.uclg)}</h2>
            <ul class="measures">{groups("uclg")}</ul>
        </section>
        <section aria-labelledby="context-figures">
            <h2 id="context-figures">{t_string!(i18n, figures.context)}</h2>
            <ul class="measures">{groups("world")}</ul>
        </section>
        <DataLink />
    }
}
