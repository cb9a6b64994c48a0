//! The colour theme: follows the system until the visitor chooses, then remembers the choice.
//!
//! One type (`paths::Theme`) and one setter (`apply_theme`) for the app and the embeds.
//! `Auto` leaves `<html>` without `data-theme`, and the style sheet follows
//! `prefers-color-scheme`; a choice writes `data-theme="light|dark"`. The switch is a view,
//! `components/theme_toggle.rs`.

use leptos::prelude::*;

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

/// The visitor's stored choice (`Auto` if none).
pub fn stored() -> Theme {
    Theme::parse(
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref(),
    )
}

/// Applies the visitor's choice and remembers it.
pub fn choose(theme: Theme) {
    apply_theme(theme);
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, theme.as_str());
    }
}
