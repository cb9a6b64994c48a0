//! A titled text of the dataset: shown on the Vision and objective pages.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::Cite;
use crate::model::{Dataset, Statement};
use crate::state::use_locale;

/// A titled text: its paragraphs, its set-apart quote and its sources.
#[component]
pub fn StatementView(data: Arc<Dataset>, statement: Statement) -> impl IntoView {
    let locale = use_locale();
    let count = statement.paragraphs.len();
    let paragraphs = statement
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let cite = (i + 1 == count)
                .then(|| view! { <Cite data=data.clone() sources=statement.sources.clone() /> });
            view! { <p>{p.get(locale).to_owned()} {cite}</p> }
        })
        .collect_view();
    view! {
        <section class="statement" id=statement.id.clone()>
            <h2>{statement.title.get(locale).to_owned()}</h2>
            {statement.quote.as_ref().map(|q| view! { <blockquote><p>{q.get(locale).to_owned()}</p></blockquote> })}
            {paragraphs}
        </section>
    }
}
