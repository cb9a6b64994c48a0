//! The colour theme: follows the system until the visitor chooses, then remembers the choice.
//!
//! One type (`paths::Theme`) and one setter (`apply_theme`) for the app and the embeds.
//! `Auto` leaves `<html>` without `data-theme`, and the style sheet follows
//! `prefers-color-scheme`; a choice writes `data-theme="light|dark"`. The switch is a view,
//! `components/theme_toggle.rs`, over the state `provide_theme` keeps.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::paths::Theme;

/// The theme's state, one for the app: the visitor's choice and the system's preference.
#[derive(Clone, Copy)]
pub struct ThemeState {
    choice: RwSignal<Theme>,
    system_dark: RwSignal<bool>,
}

/// Applies the stored choice and provides the theme's state (call once, at start-up).
pub fn provide_theme() {
    let choice = stored();
    apply_theme(choice);
    let system_dark = RwSignal::new(false);
    // The system's preference, followed for as long as the page lives (as the app does):
    // one listener, whatever views show the switch.
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    if let Some(query) = query {
        system_dark.set(query.matches());
        let on_change = Closure::<dyn Fn()>::new({
            let query = query.clone();
            move || system_dark.set(query.matches())
        });
        query.set_onchange(Some(on_change.into_js_value().unchecked_ref()));
    }
    provide_context(ThemeState {
        choice: RwSignal::new(choice),
        system_dark,
    });
}

/// The theme's state (`provide_theme`).
pub fn use_theme() -> ThemeState {
    expect_context::<ThemeState>()
}

impl ThemeState {
    /// Whether the page is dark, whether the system or the visitor chose it.
    pub fn dark(self) -> bool {
        match self.choice.get() {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::Auto => self.system_dark.get(),
        }
    }

    /// Applies the visitor's choice and remembers it.
    pub fn choose(self, theme: Theme) {
        apply_theme(theme);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, theme.as_str());
        }
        self.choice.set(theme);
    }
}

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

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The visitor's stored choice (`Auto` if none).
fn stored() -> Theme {
    Theme::parse(
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref(),
    )
}
