//! `/{lang}/initiatives` and `/{lang}/initiatives/{id}`: the Pact for the Future, Government axis.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{detail, link, Cite, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, Initiative};
use crate::paths::{EmbedView, Route};
use crate::state::{use_locale, use_paths};

/// The Pact's motto, vision, six commitments and five initiatives.
#[component]
pub fn Initiatives(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let pact = &data.pact;
    let vision = pact
        .vision
        .iter()
        .map(|p| view! { <p>{p.get(locale).to_owned()}</p> })
        .collect_view();
    let commitments = pact
        .commitments
        .iter()
        .map(|c| view! { <li id=c.id.clone()>{c.text.get(locale).to_owned()} <Cite data=data.clone() sources=c.sources.clone() /></li> })
        .collect_view();
    let initiatives = pact
        .initiatives
        .iter()
        .map(|i| {
            let first = i.paragraphs.first().map(|p| p.get(locale).to_owned()).unwrap_or_default();
            view! {
                <li class="card" id=i.id.clone()>
                    <h3>{link(paths.href(locale, &Route::Initiative(i.id.clone())), i.name.get(locale).to_owned())}</h3>
                    <p>{first}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=pact.title.get(locale).to_owned() description=pact.intro.get(locale).to_owned() route=Route::Initiatives />
        <PageHeader title=pact.title.get(locale).to_owned() kicker=pact.motto.get(locale).to_owned() lead=pact.intro.get(locale).to_owned() embed=EmbedView::Initiatives />
        <section class="prose" aria-labelledby="pact-vision">
            <h2 id="pact-vision">{t_string!(i18n, initiatives.vision)}</h2>
            {vision}
            <p><Cite data=data.clone() sources=pact.sources.clone() /></p>
        </section>
        <section aria-labelledby="commitments">
            <h2 id="commitments">{t_string!(i18n, initiatives.commitments)}</h2>
            <ol class="numbered">{commitments}</ol>
        </section>
        <section aria-labelledby="initiative-list">
            <h2 id="initiative-list">{t_string!(i18n, initiatives.initiatives)}</h2>
            <ul class="card-grid">{initiatives}</ul>
        </section>
    }
}

/// One initiative of the Pact.
#[component]
pub fn InitiativePage() -> impl IntoView {
    detail(
        |d, id| d.pact.initiatives.iter().find(|i| i.id == id).cloned(),
        |data, initiative| view! { <InitiativeBody data initiative /> },
    )
}

#[component]
fn InitiativeBody(data: Arc<Dataset>, initiative: Initiative) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let name = initiative.name.get(locale).to_owned();
    let paragraphs = initiative
        .paragraphs
        .iter()
        .map(|p| view! { <p>{p.get(locale).to_owned()}</p> })
        .collect_view();
    let description = initiative
        .paragraphs
        .first()
        .map(|p| p.get(locale).to_owned())
        .unwrap_or_default();
    // The breadcrumb trail, shown in the header and given to crawlers (JSON-LD).
    let trail = vec![(
        t_string!(i18n, nav.initiatives).to_owned(),
        Route::Initiatives,
    )];
    view! {
        <PageMeta title=name.clone() description route=Route::Initiative(initiative.id.clone()) crumbs=trail.clone() />
        <PageHeader
            title=name
            kicker=data.pact.title.get(locale).to_owned()
            crumbs=trail
        />
        <div class="prose">
            {paragraphs}
            <p><Cite data=data.clone() sources=initiative.sources.clone() /></p>
        </div>
    }
}
