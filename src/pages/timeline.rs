//! `/{lang}/timeline`: dated events, oldest first.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{loaded, use_locale, Cite, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset};

/// Every dated event of the dataset, in date order.
#[component]
pub fn Timeline() -> impl IntoView {
    loaded(|data| view! { <TimelineBody data /> })
}

#[component]
fn TimelineBody(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let mut events: Vec<_> = data.timeline.iter().collect();
    // ISO dates of any precision sort correctly as strings.
    events.sort_by(|a, b| a.date.cmp(&b.date));
    let items = events
        .into_iter()
        .map(|e| {
            let place = e.city.as_ref().map(|c| view! { <span class="event__place">{c.name.get(locale).to_owned()}</span> });
            view! {
                <li class="event" id=e.id.clone()>
                    <time class="event__date" datetime=e.date.clone()>{format::date(&e.date, locale)}</time>
                    <div class="event__body">
                        <h2 class="event__title">{e.title.get(locale).to_owned()}</h2>
                        {place}
                        <p>{e.text.get(locale).to_owned()} <Cite data=data.clone() sources=e.sources.clone() /></p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, timeline.title) description=t_string!(i18n, timeline.lead) route="timeline" />
        <PageHeader title=t_string!(i18n, timeline.title) lead=t_string!(i18n, timeline.lead) />
        <ol class="timeline">{items}</ol>
    }
}
