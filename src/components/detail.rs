//! Looking up the record a detail route names, or showing the 404 view.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::loaded;
use crate::model::Dataset;
use crate::pages::NotFound;

/// Renders the record whose id is the route's `:id`, found by `find`; an unknown id
/// renders the 404 view.
pub fn detail<T, V>(
    find: impl Fn(&Dataset, &str) -> Option<T> + Send + Sync + 'static,
    render: impl Fn(Arc<Dataset>, T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let params = use_params_map();
    loaded(move |data| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match find(&data, &id) {
            Some(record) => render(data.clone(), record).into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    })
}
