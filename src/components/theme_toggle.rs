//! Light or dark theme: follows the system until the visitor chooses, then remembers.

use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

// scripts/postbuild/loader.mjs reads it too, to apply the theme before the app runs.
const KEY: &str = "uclg-atlas-theme";

/// The stored choice, if any, applied to `<html data-theme>` (call once at start-up).
pub fn apply_stored_theme() {
    if let Some(theme) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        set_theme(&theme);
    }
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

fn set_theme(theme: &str) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

fn is_dark_now() -> bool {
    let explicit = leptos::prelude::document()
        .document_element()
        .and_then(|r| r.get_attribute("data-theme"));
    match explicit.as_deref() {
        Some(theme) => theme == "dark",
        None => leptos::prelude::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// A button switching between light and dark, stored for the next visits.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let dark = RwSignal::new(is_dark_now());
    let toggle = move |_| {
        let next = if dark.get_untracked() {
            "light"
        } else {
            "dark"
        };
        set_theme(next);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, next);
        }
        dark.set(next == "dark");
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            data-testid="theme-toggle"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=toggle
        >
            <span aria-hidden="true" class="theme-toggle__icon"></span>
            {t!(i18n, page.theme_dark)}
        </button>
    }
}
