//! Focus and announcements after client-side navigation, as a screen-reader user expects
//! from a page load: focus moves to the heading (or to the linked anchor) and the new
//! page's title is announced.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::data::DatasetLoader;
use crate::i18n::{t_string, use_i18n};
use crate::load::Load;

/// A polite live region that announces each new page, and the focus handling.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let data = DatasetLoader::shared();
    // A page whose chunk is loading is not there yet: the focus waits for it (`lazy.rs`).
    let navigating = crate::lazy::Navigating::aria_busy();
    let announced = RwSignal::new(String::new());
    // The path last handled: `None` until the first page has rendered, which keeps the
    // first load (a fresh page) from stealing focus.
    let shown = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let path = location.pathname.get();
        let hash = location.hash.get();
        if !matches!(data.get(), Load::Ready(_)) || navigating().is_some() {
            return;
        }
        let previous = shown.get_value();
        let moved = previous.as_ref().is_some_and(|p| p != &path);
        shown.set_value(Some(path.clone()));
        request_animation_frame(move || {
            let document = leptos::prelude::document();
            let anchor = hash.strip_prefix('#').filter(|h| !h.is_empty());
            if let Some(el) = anchor.and_then(|id| document.get_element_by_id(id)) {
                el.scroll_into_view();
                focus(&el);
            } else if moved {
                if let Some(h1) = document.query_selector("main h1").ok().flatten() {
                    focus(&h1);
                }
            }
            if moved {
                announced.set(document.title());
            }
        });
    });
    view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">
            {move || (!announced.get().is_empty()).then(|| view! { {t_string!(i18n, page.navigated)} " " {announced.get()} })}
        </p>
    }
}

fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
