//! The colour theme: follows the system until the visitor chooses, then remembers the choice.
//!
//! One type (`paths::Theme`) and one setter (`apply_theme`) for the app and the embeds.
//! `Auto` leaves `<html>` without `data-theme`, and the style sheet follows
//! `prefers-color-scheme`; a choice writes `data-theme="light|dark"`.

use leptos::prelude::*;
use leptos_use::use_preferred_dark;

use crate::i18n::{t_string, use_i18n};
use crate::paths::Theme;

// scripts/postbuild/loader.mjs reads it too (through the model's `names`), to apply the
// theme before the app runs.
const KEY: &str = crate::model::names::THEME_STORAGE_KEY;

/// Applies `theme` to `<html data-theme>`: the one place that writes it.
pub fn apply_theme(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = match theme.data_theme() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// The stored choice, if any, applied (call once at start-up).
pub fn apply_stored_theme() {
    apply_theme(stored());
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn stored() -> Theme {
    Theme::parse(
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref(),
    )
}

/// A switch for the dark theme: pressed when the page is dark, whether the system or the
/// visitor chose it; pressing it stores the opposite of what is shown.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let system_dark = use_preferred_dark();
    let choice = RwSignal::new(stored());
    let dark = Signal::derive(move || match choice.get() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark.get(),
    });
    let toggle = move |_| {
        let next = if dark.get_untracked() {
            Theme::Light
        } else {
            Theme::Dark
        };
        apply_theme(next);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, next.as_str());
        }
        choice.set(next);
    };
    // The knob's position comes from the style sheet (the page's own theme), so that the
    // prerendered page shows it right before the app has read the system's preference.
    view! {
        <button
            type="button"
            class="theme-toggle"
            data-testid="theme-toggle"
            aria-pressed=move || dark.get().to_string()
            on:click=toggle
        >
            <span class="theme-toggle__label">{t_string!(i18n, page.theme_dark)}</span>
            <span aria-hidden="true" class="theme-toggle__switch"></span>
        </button>
    }
}
