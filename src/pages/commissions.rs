//! `/{lang}/commissions`: the commissions and working groups.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{link, Cite, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, LinkBasis};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// What the commissions do, then every commission with the strategic objectives it relates
/// to: links no source states are shown as the atlas's own.
#[component]
pub fn Commissions(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let items = data
        .commissions
        .iter()
        .map(|c| {
            let related = &c.related_objectives;
            let serves = related
                .ids
                .iter()
                .filter_map(|id| data.objectives.iter().find(|o| &o.id == id))
                .map(|o| view! { <li>{link(paths.href(locale, &Route::Objective(o.id.clone())), o.name.get(locale).to_owned())}</li> })
                .collect_view();
            let links = match related.basis {
                _ if related.ids.is_empty() => view! { <p class="card__meta">{t_string!(i18n, commissions.none)}</p> }.into_any(),
                LinkBasis::Sourced => view! {
                    <p class="card__meta">{t_string!(i18n, commissions.serves)}</p>
                    <ul class="pill-list">{serves}</ul>
                }
                .into_any(),
                LinkBasis::Editorial => view! {
                    <p class="card__meta" data-testid="editorial-link">
                        {t_string!(i18n, commissions.related)} " " <span class="muted">{t_string!(i18n, commissions.editorial)}</span>
                    </p>
                    <ul class="pill-list">{serves}</ul>
                }
                .into_any(),
            };
            view! {
                <li class="card" id=c.id.clone()>
                    <h2 class="card__title">{c.name.get(locale).to_owned()} <Cite data=data.clone() sources=c.sources.clone() /></h2>
                    {links}
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, commissions.title) description=t_string!(i18n, commissions.lead) route=Route::Commissions />
        <PageHeader title=t_string!(i18n, commissions.title) lead=t_string!(i18n, commissions.lead) />
        <p class="prose">
            {data.commissions_intro.text.get(locale).to_owned()}
            <Cite data=data.clone() sources=data.commissions_intro.sources.clone() />
        </p>
        <ul class="card-grid">{items}</ul>
    }
}
