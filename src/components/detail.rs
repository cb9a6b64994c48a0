//! Looking up the record a detail route names, or showing the 404 view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{loaded, NotFound};
use crate::model::Dataset;
use crate::state::use_route_id;

/// Renders the record whose id is the route's `:id`, found by `find`; an unknown id
/// renders the 404 view.
pub fn detail<T, V>(
    find: impl Fn(&Dataset, &str) -> Option<T> + Send + Sync + 'static,
    render: impl Fn(Arc<Dataset>, T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let id = use_route_id();
    loaded(move |data| match id.with(|id| find(&data, id)) {
        Some(record) => render(data.clone(), record).into_any(),
        None => view! { <NotFound /> }.into_any(),
    })
}
