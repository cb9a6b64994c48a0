//! Focus and announcements after client-side navigation, as a screen-reader user expects
//! from a page load: focus moves to the heading (or to the linked anchor) and the new
//! page's title is announced.

use std::mem::Discriminant;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::i18n::{t_string, use_i18n};
use crate::paths::{Paths, Route};
use crate::state::dataset::DatasetLoader;
use crate::state::load::Load;
use crate::state::navigation::Navigating;
use crate::state::use_paths;

/// A polite live region that announces each new page, and the focus handling.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let data = DatasetLoader::shared();
    // A page whose chunk is loading is not there yet: the focus waits for it (`lazy.rs`).
    let navigating = Navigating::aria_busy();
    let shown = Navigating::shown();
    let paths = use_paths();
    let announced = RwSignal::new(String::new());
    // The path last handled: `None` until the first page has rendered, which keeps the
    // first load (a fresh page) from stealing focus.
    let handled = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let path = location.pathname.get();
        let hash = location.hash.get();
        let shown = shown();
        if !matches!(data.get(), Load::Ready(_)) || navigating().is_some() {
            return;
        }
        let previous = handled.get_value();
        // Another kind of page comes as a new view, mounted after its chunk; until then the
        // heading in the document is the one of the page being left.
        let kind = |path: &str| page_kind(&paths, path);
        let new_view = previous.as_deref().is_some_and(|p| kind(p) != kind(&path));
        if new_view && kind(&path).is_some() && shown.as_deref() != Some(path.as_str()) {
            return;
        }
        let moved = previous.as_ref().is_some_and(|p| p != &path);
        handled.set_value(Some(path.clone()));
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

/// Which kind of page a pathname shows, its record aside: the router gives a new kind of
/// page a new view, and a new record of the same kind the view already shown. `None` for an
/// address no page has (the router's fallback, mounted at once).
fn page_kind(paths: &Paths, pathname: &str) -> Option<Discriminant<Route>> {
    let below_locale = paths.strip_base(pathname).trim_start_matches('/');
    let below_locale = below_locale.split_once('/').map_or("", |(_, rest)| rest);
    Route::parse(below_locale).map(|route| std::mem::discriminant(&route))
}

fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
