//! `/`: sends the visitor to the home page in their language.

use leptos::prelude::*;

use crate::browser;
use crate::components::redirect;
use crate::paths::{Paths, Route};

/// Redirects `/` to `/{lang}/`, the language being the browser's if we have it, else English.
#[component]
pub fn RootRedirect() -> impl IntoView {
    let paths = expect_context::<Paths>();
    redirect(&paths.href(browser::preferred_locale(), &Route::Home));
}
