//! Share the current page: the system share sheet where the browser has the Web Share API
//! (phones, some desktops), else copy the address; a failed copy says so and shows the
//! address to copy by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{t_string, use_i18n};
use crate::state::copy::{use_copy, CopyStatus, UseCopy};

/// A button that shares or copies the current page's address, and says what happened.
#[component]
pub fn ShareButton() -> impl IntoView {
    let i18n = use_i18n();
    let UseCopy { status, copy } = use_copy();
    let address = RwSignal::new(String::new());
    let share = move |_| {
        let href = crate::state::browser::href();
        address.set(href.clone());
        let navigator = window().navigator();
        if !has_web_share(&navigator) {
            copy(&href);
            return;
        }
        let data = web_sys::ShareData::new();
        data.set_title(&document().title());
        data.set_url(&href);
        let copy = copy.clone();
        spawn_local(async move {
            if let Err(e) = JsFuture::from(navigator.share_with_data(&data)).await {
                // The visitor closing the share sheet is no failure; anything else is
                // (no permission, nothing to share with): copy instead.
                if error_name(&e).as_deref() != Some("AbortError") {
                    copy(&href);
                }
            }
        });
    };
    view! {
        <div class="share no-print">
            <button type="button" class="button button--quiet" data-testid="share" on:click=share>
                {t_string!(i18n, page.share)}
            </button>
            <span class="share__status" role="status">
                {move || match status.get() {
                    CopyStatus::Idle => None,
                    CopyStatus::Copied => Some(t_string!(i18n, page.link_copied).into_any()),
                    CopyStatus::Failed => Some(t_string!(i18n, page.copy_failed).into_any()),
                }}
            </span>
            {move || (status.get() == CopyStatus::Failed).then(|| view! {
                <input class="share__address" type="url" readonly prop:value=move || address.get()
                    aria-label=t_string!(i18n, page.address) data-testid="share-address" />
            })}
        </div>
    }
}

/// Whether the browser has `navigator.share` (web-sys binds it unconditionally).
fn has_web_share(navigator: &web_sys::Navigator) -> bool {
    js_sys::Reflect::has(navigator, &JsValue::from_str("share")).unwrap_or(false)
}

/// The `name` of a DOMException (`AbortError`, `NotAllowedError`…).
fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
}
