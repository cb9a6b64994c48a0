//! Share the current page: the system share sheet where there is one, else copy the link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{t, use_i18n};

/// A button that shares or copies the current page's address, and says so.
#[component]
pub fn ShareButton() -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let share = move |_| {
        let window = leptos::prelude::window();
        let href = window.location().href().unwrap_or_default();
        let clipboard = window.navigator().clipboard();
        spawn_local(async move {
            if JsFuture::from(clipboard.write_text(&href)).await.is_ok() {
                copied.set(true);
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
            }
        });
    };
    view! {
        <div class="share no-print">
            <button type="button" class="button button--quiet" data-testid="share" on:click=share>
                {t!(i18n, page.copy_link)}
            </button>
            <span class="share__status" role="status">
                {move || copied.get().then_some(t!(i18n, page.link_copied))}
            </span>
        </div>
    }
}
