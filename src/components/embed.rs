//! Embedded views (`/embed/{lang}/…`): a view alone, for partners' pages.
//!
//! No header, footer or focus handling: the view, then a link to the same view in the
//! atlas. The frame tells its parent page its height whenever it changes, so that the
//! partner's `embed.js` can size the iframe:
//! `{ type: "uclg-atlas:height", height: <CSS px>, id?: <the ?id= option> }`, posted to
//! `window.parent` with target origin `*` (a height is not sensitive). Links leave the
//! frame for a new tab: the app's own pages refuse to be framed.

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_query_map};
use leptos_use::{use_event_listener_with_options, use_resize_observer, UseEventListenerOptions};
use wasm_bindgen::JsCast;

use crate::components::NotFound;
use crate::i18n::{t_string, use_i18n};
use crate::model::Locale;
use crate::paths::{embed_frame_id, Route, Theme};
use crate::state::locale::provide_locale;
use crate::state::navigation::Navigating;
use crate::state::theme::apply_theme;
use crate::state::{browser, is_plain_click, use_paths, use_route_locale};

/// The message type of the height notices.
const HEIGHT_MESSAGE: &str = "uclg-atlas:height";

/// The view of `/embed/:lang/…`: the page alone in a known locale, else the 404 content.
/// Reads the validated `?theme=` and `?id=` options; every other option is ignored.
#[component]
pub fn EmbedShell() -> impl IntoView {
    let locale = use_route_locale();
    let query = use_query_map();
    let theme = Memo::new(move |_| query.with(|q| Theme::parse(q.get_str("theme"))));
    // The embed's theme, overriding any theme stored by the app.
    Effect::new(move |_| apply_theme(theme.get()));
    let frame_id = query.with_untracked(|q| embed_frame_id(q.get_str("id")));
    move || {
        match locale.get() {
        Some(l) => view! { <EmbedFrame locale=l frame_id=frame_id.clone()><Outlet /></EmbedFrame> }
            .into_any(),
        None => view! {
            <EmbedFrame locale=browser::preferred_locale() frame_id=frame_id.clone()><NotFound /></EmbedFrame>
        }
        .into_any(),
    }
    }
}

/// The 404 content of an embed whose route is unknown (`/embed/fr/nothing`).
#[component]
pub fn EmbedNotFound() -> impl IntoView {
    view! { <NotFound /> }
}

/// The frame of an embedded view: the view, the link to the atlas, the height notices.
#[component]
fn EmbedFrame(locale: Locale, frame_id: Option<String>, children: Children) -> impl IntoView {
    provide_locale(locale);
    let i18n = use_i18n();
    let paths = use_paths();
    let location = use_location();
    let app_href = move || {
        paths
            .app_href_of_embed(&location.pathname.get())
            .unwrap_or_else(|| paths.href(locale, &Route::Home))
    };
    let root = NodeRef::<html::Div>::new();
    mark_document();
    post_heights(root, frame_id);
    links_open_outside(root);
    view! {
        <div class="embed" node_ref=root data-testid="embed">
            <main id="main" class="embed__main" aria-busy=Navigating::aria_busy()>{children()}</main>
            <p class="embed__footer">
                <a href=app_href target="_blank" rel="noopener" data-testid="open-in-atlas">
                    <span class="brand__mark" aria-hidden="true"></span>
                    {t_string!(i18n, embed.open_in_atlas)}
                    <span class="visually-hidden">" " {t_string!(i18n, embed.new_tab)}</span>
                </a>
            </p>
        </div>
    }
}

/// `<html data-embedded>`: the page's height follows its content (no full-height body).
fn mark_document() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-embedded", "");
    }
}

/// Posts the content's height to the parent page whenever it changes (ResizeObserver).
fn post_heights(root: NodeRef<html::Div>, frame_id: Option<String>) {
    let window = window();
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window);
    if !framed {
        return;
    }
    let last = std::cell::Cell::new(-1.0_f64);
    use_resize_observer(root, move |_, _| {
        let Some(el) = root.get_untracked() else {
            return;
        };
        // The content's bottom edge, margins included: the frame's document is exactly
        // as tall as that, whatever the frame's current height.
        let rect = el.get_bounding_client_rect();
        let scroll = window.scroll_y().unwrap_or(0.0);
        let height = (rect.bottom() + scroll).ceil();
        if height != last.get() {
            last.set(height);
            send_height(&window, height, frame_id.as_deref());
        }
    });
}

fn send_height(window: &web_sys::Window, height: f64, frame_id: Option<&str>) {
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let message = js_sys::Object::new();
    let set = |k: &str, v: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&message, &k.into(), &v);
    };
    set("type", HEIGHT_MESSAGE.into());
    set("height", height.into());
    if let Some(id) = frame_id {
        set("id", id.into());
    }
    let _ = parent.post_message(&message, "*");
}

/// Links inside the embed (to other views, to sources) open the atlas in a new tab rather
/// than navigating the frame: the app's pages refuse to be framed.
fn links_open_outside(root: NodeRef<html::Div>) {
    // Capture phase: before the router's own click handling.
    let capture = UseEventListenerOptions::default().capture(true);
    // Removed with the frame's scope (leptos-use cleans up), so nothing leaks.
    let _stop = use_event_listener_with_options(root, leptos::ev::click, open_outside, capture);
}

fn open_outside(ev: web_sys::MouseEvent) {
    if ev.default_prevented() || !is_plain_click(&ev) {
        return;
    }
    let anchor = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten());
    let Some(anchor) = anchor else { return };
    let href = anchor.get_attribute("href").unwrap_or_default();
    if anchor.has_attribute("target") || href.starts_with('#') {
        return;
    }
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let Ok(url) = web_sys::Url::new_with_base(&href, &base) else {
        return;
    };
    ev.prevent_default();
    let _ = window().open_with_url_and_target_and_features(&url.href(), "_blank", "noopener");
}
