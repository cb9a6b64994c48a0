//! Renders a view once the dataset is there, with the loading and error states.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::ErrorView;
use crate::i18n::{t_string, use_i18n};
use crate::model::Dataset;
use crate::state::dataset::use_dataset;
use crate::state::load::Load;
use crate::state::use_locale;

/// The view `render` makes from the dataset; meanwhile a loading notice, on failure the
/// localised error view with a retry button.
pub fn loaded<V>(render: impl Fn(Arc<Dataset>) -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    let data = use_dataset(use_locale());
    let i18n = use_i18n();
    move || match data.get() {
        Load::Loading => view! {
            <div class="loading" role="status" data-testid="loading">
                <span class="loading__bar" aria-hidden="true"></span>
                {t_string!(i18n, state.loading)}
            </div>
        }
        .into_any(),
        Load::Ready(d) => render(d).into_any(),
        Load::Failed(error) => view! { <ErrorView error retry=move || data.retry() /> }.into_any(),
    }
}
