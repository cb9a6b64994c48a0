//! The dark theme's switch (the theme itself: `state::theme`).

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};
use crate::paths::Theme;
use crate::state::theme::use_theme;

/// A switch for the dark theme: pressed when the page is dark, whether the system or the
/// visitor chose it; pressing it stores the opposite of what is shown.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let theme = use_theme();
    let toggle = move |_| {
        let next = if untrack(|| theme.dark()) {
            Theme::Light
        } else {
            Theme::Dark
        };
        theme.choose(next);
    };
    // The knob's position comes from the style sheet (the page's own theme), so that the
    // prerendered page shows it right before the app has read the system's preference.
    view! {
        <button
            type="button"
            class="theme-toggle"
            data-testid="theme-toggle"
            aria-pressed=move || theme.dark().to_string()
            on:click=toggle
        >
            <span class="theme-toggle__label">{t_string!(i18n, page.theme_dark)}</span>
            <span aria-hidden="true" class="theme-toggle__switch"></span>
        </button>
    }
}
