//! The one view of a failed load (the dataset's, the map's): what went wrong in the
//! visitor's language, a retry button, and the technical detail folded away for whoever
//! reports the problem.

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};
use crate::state::load::LoadError;

/// What failed to load, and so what the message says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    /// The dataset: the view replaces the page, under a page heading.
    Page,
    /// The map's geometry: the view takes the map's place in the page.
    Map,
}

#[component]
pub fn ErrorView(
    error: LoadError,
    retry: impl Fn() + 'static,
    #[prop(default = Failed::Page)] failed: Failed,
) -> impl IntoView {
    let i18n = use_i18n();
    let (title, text) = match failed {
        Failed::Page => (
            t_string!(i18n, state.error_title).into_any(),
            t_string!(i18n, state.error_text).into_any(),
        ),
        Failed::Map => (
            t_string!(i18n, map.error_title).into_any(),
            t_string!(i18n, map.error_text).into_any(),
        ),
    };
    let title = match failed {
        Failed::Page => view! { <h1>{title}</h1> }.into_any(),
        Failed::Map => view! { <p><strong>{title}</strong></p> }.into_any(),
    };
    let (class, testid, retry_testid) = match failed {
        Failed::Page => ("error-view", "error-view", "retry"),
        Failed::Map => (
            "error-view map__placeholder map__placeholder--error",
            "map-error",
            "map-retry",
        ),
    };
    view! {
        <section class=class role="alert" data-testid=testid>
            {title}
            <p>{text}</p>
            <button class="button" type="button" data-testid=retry_testid on:click=move |_| retry()>
                {t_string!(i18n, state.retry)}
            </button>
            <details>
                <summary>{t_string!(i18n, state.error_details)}</summary>
                <code>{error.to_string()}</code>
            </details>
        </section>
    }
}
