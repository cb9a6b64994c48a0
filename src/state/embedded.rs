//! Whether the current view is in an embed (`/embed/{lang}/…`): pages leave out what only
//! makes sense in the app (share and embed buttons, breadcrumbs).

use leptos::prelude::*;

/// In the context of embedded views.
#[derive(Clone, Copy)]
struct Embedded;

/// Marks the views below as embedded (the embed's frame calls it).
pub fn provide_embedded() {
    provide_context(Embedded);
}

/// Whether the current view is rendered inside an embed.
pub fn is_embedded() -> bool {
    use_context::<Embedded>().is_some()
}
