//! `/{lang}/objectives` and `/{lang}/objectives/{id}`: the strategic priorities 2010-2016.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{
    detail, link, BriefFooter, Cite, PageHeader, PageMeta, PrintButton, StatementView,
};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, L10n, LinkBasis, Objective};
use crate::paths::{EmbedView, Route};
use crate::state::paths::site_origin;
use crate::state::print::use_print;
use crate::state::{is_embedded, use_locale, use_paths};

/// The introduction of the strategic priorities and the five objectives.
#[component]
pub fn Objectives(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let intro = &data.introduction;
    let cards = data
        .objectives
        .iter()
        .map(|o| {
            let actions: usize = o.strategies.iter().map(|s| s.actions.len()).sum();
            let strategies = o.strategies.len();
            let counts = t_string!(
                i18n,
                objectives.card_counts,
                strategies = crate::t_count!(locale, objectives.strategies_count, strategies),
                actions = crate::t_count!(locale, objectives.actions_count, actions),
            );
            view! {
                <li class="card objective-card" id=o.id.clone()>
                    <p class="objective-card__number" aria-hidden="true">{format!("{:02}", o.number)}</p>
                    <h3>{link(paths.href(locale, &Route::Objective(o.id.clone())), o.name.get(locale).to_owned())}</h3>
                    <p>{o.summary.get(locale).to_owned()}</p>
                    <p class="card__meta" data-testid="objective-counts">{counts.to_string()}</p>
                </li>
            }
        })
        .collect_view();
    let parts = intro
        .parts
        .iter()
        .map(|p| view! { <StatementView data=data.clone() statement=p.clone() /> })
        .collect_view();
    let questions = intro
        .questions
        .iter()
        .map(|q| view! { <li>{q.get(locale).to_owned()}</li> })
        .collect_view();
    let milestones = intro
        .milestones
        .iter()
        .map(|m| {
            view! {
                <li id=m.id.clone()>
                    <span class="milestone__year">{m.year}</span>
                    <span class="milestone__name">{m.name.get(locale).to_owned()}</span>
                    <span class="milestone__meaning">{m.meaning.get(locale).to_owned()} <Cite data=data.clone() sources=m.sources.clone() /></span>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, objectives.title) description=t_string!(i18n, objectives.lead) route=Route::Objectives />
        <PageHeader title=t_string!(i18n, objectives.title) lead=t_string!(i18n, objectives.lead) />
        <section aria-labelledby="objective-list">
            <h2 id="objective-list">{t_string!(i18n, objectives.list)}</h2>
            <ol class="card-grid">{cards}</ol>
        </section>
        <section aria-labelledby="milestones">
            <h2 id="milestones">{t_string!(i18n, objectives.milestones)}</h2>
            <p class="milestones__caption">{intro.milestones_caption.get(locale).to_owned()} <Cite data=data.clone() sources=intro.sources.clone() /></p>
            <ol class="milestones">{milestones}</ol>
        </section>
        <section class="prose" aria-labelledby="introduction">
            <h2 id="introduction">{intro.title.get(locale).to_owned()} <Cite data=data.clone() sources=intro.sources.clone() /></h2>
            {parts}
            <h3>{t_string!(i18n, objectives.questions)}</h3>
            <ul class="questions">{questions}</ul>
        </section>
    }
}

/// One objective: statement, text, functions, resources, strategies with their actions,
/// and the commissions serving it; printed, its one-page brief (`components/brief.rs`):
/// statement, strategies and commissions, without the text and the actions.
#[component]
pub fn ObjectivePage() -> impl IntoView {
    detail(
        |d, id| d.objectives.iter().find(|o| o.id == id).cloned(),
        |data, objective| view! { <ObjectiveBody data objective /> },
    )
}

#[component]
fn ObjectiveBody(data: Arc<Dataset>, objective: Objective) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let o = &objective;
    let route = Route::Objective(o.id.clone());
    let print = use_print(site_origin(), paths.href(locale, &route));
    let list = |items: &[L10n]| {
        items
            .iter()
            .map(|i| view! { <li>{i.get(locale).to_owned()}</li> })
            .collect_view()
    };
    let strategies = o
        .strategies
        .iter()
        .map(|s| {
            let actions = s
                .actions
                .iter()
                .map(|a| view! { <li id=a.id.clone() tabindex="-1">{a.text.get(locale).to_owned()}</li> })
                .collect_view();
            view! {
                <li class="strategy" id=s.id.clone()>
                    <h3><span class="strategy__number">{s.number} ". "</span>{s.title.get(locale).to_owned()}</h3>
                    <ul class="actions">{actions}</ul>
                </li>
            }
        })
        .collect_view();
    let commissions: Vec<_> = data
        .commissions
        .iter()
        .filter(|c| c.related_objectives.ids.contains(&o.id))
        .collect();
    // Links no source states are said to be the atlas's own.
    let editorial = commissions
        .iter()
        .any(|c| c.related_objectives.basis == LinkBasis::Editorial)
        .then(|| view! { <p class="muted">{t_string!(i18n, objectives.editorial)}</p> });
    let commissions = if commissions.is_empty() {
        view! { <p>{t_string!(i18n, objectives.no_commissions)}</p> }.into_any()
    } else {
        let items = commissions
            .into_iter()
            .map(|c| view! { <li>{link(paths.anchored(locale, &Route::Commissions, &c.id), c.name.get(locale).to_owned())}</li> })
            .collect_view();
        view! { <ul class="pill-list">{items}</ul> }.into_any()
    };
    let index = data
        .objectives
        .iter()
        .position(|x| x.id == o.id)
        .unwrap_or(0);
    let pager_link = |i: Option<usize>, rel: &'static str| {
        let o = i.and_then(|i| data.objectives.get(i))?;
        let name = o.name.get(locale);
        let label = match rel {
            "prev" => t_string!(i18n, objectives.previous, name).to_string(),
            _ => t_string!(i18n, objectives.next, name).to_string(),
        };
        let href = paths.href(locale, &Route::Objective(o.id.clone()));
        Some(view! { <A href=href attr:rel=rel>{label}</A> })
    };
    let prev = pager_link(index.checked_sub(1), "prev");
    let next = pager_link(Some(index + 1), "next");
    let paragraphs = o
        .paragraphs
        .iter()
        .map(|p| view! { <p>{p.get(locale).to_owned()}</p> })
        .collect_view();
    // The breadcrumb trail, shown in the header and given to crawlers (JSON-LD).
    let trail = vec![(
        t_string!(i18n, objectives.title).to_owned(),
        Route::Objectives,
    )];
    view! {
        <PageMeta title=o.name.get(locale).to_owned() description=o.summary.get(locale).to_owned() route=route crumbs=trail.clone() />
        <div class="objective-page brief-page">
            <PageHeader
                title=o.name.get(locale).to_owned()
                kicker=t_string!(i18n, objectives.kicker, number = format!("{:02}", o.number)).to_string()
                lead=o.summary.get(locale).to_owned()
                crumbs=trail
                embed=EmbedView::Objective(o.id.clone())
                tools=move || view! { <PrintButton print /> }
            />
            <section class="statement-box" aria-labelledby="statement">
                <h2 id="statement" class="label">{t_string!(i18n, objectives.statement)}</h2>
                <p>{o.statement.get(locale).to_owned()} <Cite data=data.clone() sources=o.sources.clone() /></p>
            </section>
            <div class="prose no-print">
                {o.highlight.as_ref().map(|h| view! { <blockquote><p>{h.get(locale).to_owned()}</p></blockquote> })}
                {paragraphs}
            </div>
            <div class="two-columns no-print">
                <section aria-labelledby="functions">
                    <h2 id="functions">{t_string!(i18n, objectives.functions)}</h2>
                    <ul>{list(&o.functions)}</ul>
                </section>
                <section aria-labelledby="resources">
                    <h2 id="resources">{t_string!(i18n, objectives.resources)}</h2>
                    <ul>{list(&o.resources)}</ul>
                </section>
            </div>
            <section aria-labelledby="strategies">
                // The brief lists the strategies only: its heading says so.
                <h2 id="strategies">
                    <span class="no-print">{t_string!(i18n, objectives.strategies)}</span>
                    <span class="print-only" hidden>{t_string!(i18n, brief.strategies)}</span>
                </h2>
                <ol class="strategies">{strategies}</ol>
            </section>
            <section aria-labelledby="commissions">
                <h2 id="commissions">{t_string!(i18n, objectives.commissions)}</h2>
                {editorial}
                {commissions}
            </section>
            <nav class="pager no-print" aria-label=t_string!(i18n, objectives.list)>{prev} {next}</nav>
            {(!is_embedded()).then(|| view! { <BriefFooter data=data.clone() sources=o.sources.clone() print /> })}
        </div>
    }
}
