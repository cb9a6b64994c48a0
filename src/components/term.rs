//! An office held for a term: never without its dates, nor a past term under a
//! present-tense label (the home and governance pages).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::Cite;
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Person};
use crate::state::use_locale;

/// The office's label: « Présidence », or with the term's years once it has an end
/// (« Présidence de 2019 à 2022 »).
pub fn term_label(person: &Person) -> String {
    let i18n = use_i18n();
    match &person.until {
        Some(until) => t_string!(
            i18n,
            home.president_past,
            from = format::year(&person.from),
            until = format::year(until)
        )
        .to_string(),
        None => t_string!(i18n, home.president).to_string(),
    }
}

/// Who held the office and when, with its sources; once ended (by the dataset's review), it
/// says so and links to the source for the present.
#[component]
pub fn Term(data: Arc<Dataset>, person: Person) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let (name, role) = (person.name.as_str(), person.role.get(locale));
    let from = format::date(&person.from, locale);
    let text = match &person.until {
        Some(until) => t_string!(
            i18n,
            home.president_term,
            name,
            role,
            from,
            until = format::date(until, locale)
        )
        .to_string(),
        None => t_string!(i18n, home.president_since, name, role, from).to_string(),
    };
    let present = person
        .present
        .as_ref()
        .filter(|_| person.ended_by(&data.reviewed))
        .and_then(|id| data.sources.iter().find(|s| &s.id == id))
        .and_then(|s| s.url.clone())
        .map(|url| {
            view! {
                <span class="facts__ended" data-testid="president-ended">
                    {t_string!(i18n, home.president_ended)} " "
                    <a href=url rel="noopener">{t_string!(i18n, home.president_now)}</a>
                </span>
            }
        });
    view! { {text} <Cite data=data.clone() sources=person.sources.clone() /> " " {present} }
}
