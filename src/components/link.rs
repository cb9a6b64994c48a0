//! A router link whose href and label are computed up front.

use leptos::prelude::*;
use leptos_router::components::A;

/// `<A href>label</A>`; the label is owned so it can come from borrowed data.
pub fn link(href: String, label: String) -> impl IntoView {
    view! { <A href=href>{label}</A> }
}

/// Whether a click on a link is the app's to handle: the main button without a modifier.
/// Anything else (a new tab or window, a download) is the browser's business.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
