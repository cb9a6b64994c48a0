//! `/`: sends the visitor to the home page in their language.

use leptos::prelude::*;

use crate::paths::Route;
use crate::state::navigation::replace;
use crate::state::{browser, use_paths};

/// Redirects `/` to `/{lang}/`, the language being the browser's if we have it, else English.
#[component]
pub fn RootRedirect() -> impl IntoView {
    let paths = use_paths();
    replace(&paths.href(browser::preferred_locale(), &Route::Home));
}
