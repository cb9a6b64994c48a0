//! A page's chunk starts loading when the visitor shows the intent to open it (a pointer on
//! its link, or the focus), so that the click usually finds it there (`lazy.rs`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::paths::{Paths, Route};

/// Listens, once for the whole document, for a pointer over or the focus on an in-app link.
pub fn prefetch_on_intent(paths: Paths) {
    let over = paths.clone();
    window_event_listener(leptos::ev::pointerover, move |ev| {
        on_intent(&over, ev.into())
    });
    window_event_listener(leptos::ev::focusin, move |ev| on_intent(&paths, ev.into()));
}

fn on_intent(paths: &Paths, ev: web_sys::Event) {
    if let Some(route) = link_route(paths, ev.target()) {
        spawn_local(crate::pages::prefetch(route));
    }
}

/// The page of the link at or around `target`, if it is one of this app's.
fn link_route(paths: &Paths, target: Option<web_sys::EventTarget>) -> Option<Route> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let link = element.closest("a[href]").ok()??;
    let href = link.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    if href.origin() != crate::state::browser::origin() {
        return None;
    }
    let path = paths
        .strip_base(&href.pathname())
        .trim_start_matches('/')
        .to_owned();
    let (locale, rest) = path.split_once('/').unwrap_or((&path, ""));
    paths.locale_of(&format!("/{locale}"))?;
    Route::parse(rest)
}
