//! A router link whose href and label are computed up front.

use leptos::prelude::*;
use leptos_router::components::A;

/// `<A href>label</A>`; the label is owned so it can come from borrowed data.
pub fn link(href: String, label: String) -> impl IntoView {
    view! { <A href=href>{label}</A> }
}
