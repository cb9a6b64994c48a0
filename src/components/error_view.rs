//! The localised error view shown when the dataset cannot be loaded.

use leptos::prelude::*;

use crate::data::{use_dataset, LoadError};
use crate::i18n::{t, use_i18n};

/// What went wrong, in the visitor's language, with a retry button and the technical
/// detail folded away for whoever reports the problem.
#[component]
pub fn ErrorView(error: LoadError) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_dataset();
    view! {
        <section class="error-view" role="alert" data-testid="error-view">
            <h1>{t!(i18n, state.error_title)}</h1>
            <p>{t!(i18n, state.error_text)}</p>
            <button class="button" type="button" data-testid="retry" on:click=move |_| data.load()>
                {t!(i18n, state.retry)}
            </button>
            <details>
                <summary>{t!(i18n, state.error_details)}</summary>
                <code>{error.to_string()}</code>
            </details>
        </section>
    }
}
