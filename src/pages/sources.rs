//! `/{lang}/sources`: every source, each at its own anchor `#source-{id}`.

mod open_data;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{date_label, PageHeader, PageMeta};
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset};
use crate::paths::Route;
use crate::state::use_locale;
use open_data::OpenData;

/// The numbered list of sources the citations point to.
#[component]
pub fn Sources(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let items = data
        .sources
        .iter()
        .map(|s| {
            let note = s.year_note.as_ref().map(|n| view! { <span class="muted">" " {t_string!(i18n, punctuation.open)} {n.get(locale).to_owned()} {t_string!(i18n, punctuation.close)}</span> });
            let url = s.url.clone().map(|u| {
                view! { <div><dt>{t_string!(i18n, sources.address)}</dt><dd><a href=u.clone() rel="noopener">{u.clone()}</a></dd></div> }
            });
            // « vers 2012 » for a year the atlas inferred (its note says how).
            let year = date_label(&data, std::slice::from_ref(&s.id), &s.year.to_string(), locale);
            let seed = s.seed.clone().map(|f| view! { <div><dt>{t_string!(i18n, sources.seed)}</dt><dd><code>{f}</code></dd></div> });
            view! {
                <li class="source" id=format!("source-{}", s.id) tabindex="-1">
                    <h2 class="source__title" lang=s.language.clone()>{s.title.clone()}</h2>
                    <p>{s.description.get(locale).to_owned()}</p>
                    <dl class="source__facts">
                        <div><dt>{t_string!(i18n, sources.publisher)}</dt><dd>{s.publisher.clone()}</dd></div>
                        <div><dt>{t_string!(i18n, sources.year)}</dt><dd>{year} {note}</dd></div>
                        <div><dt>{t_string!(i18n, sources.language)}</dt><dd>{s.language.clone()}</dd></div>
                        {url}
                        {seed}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let structured_data = open_data::json_ld(&data, locale);
    view! {
        <PageMeta title=t_string!(i18n, sources.title) description=t_string!(i18n, sources.lead) route=Route::Sources structured_data />
        <PageHeader title=t_string!(i18n, sources.title) lead=t_string!(i18n, sources.lead) />
        <p data-testid="reviewed">{t_string!(i18n, sources.reviewed, date = format::date(&data.reviewed, locale)).to_string()}</p>
        <ol class="sources">{items}</ol>
        <OpenData />
        <EditorialNotes data=data.clone() />
    }
}

/// The dataset's editorial rules (wording, spelling, links of its own), each at `#{id}`.
#[component]
fn EditorialNotes(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let notes = data
        .notes
        .iter()
        .map(|n| {
            view! {
                <section class="note" id=n.id.clone()>
                    <h3>{n.title.get(locale).to_owned()}</h3>
                    <p>{n.text.get(locale).to_owned()}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="editorial-notes" data-testid="editorial-notes">
            <h2 id="editorial-notes">{t_string!(i18n, sources.notes)}</h2>
            <p>{t_string!(i18n, sources.notes_lead)}</p>
            {notes}
        </section>
    }
}
