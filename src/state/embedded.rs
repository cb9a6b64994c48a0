//! Whether the document is an embed (`/embed/{lang}/…`, in a partner's frame), answered
//! once, when the app starts: an embed's links open the atlas in a new tab, so a document
//! is an embed, or not, for its whole life. The app then registers no service worker, and
//! pages leave out what only makes sense in the app (share and embed buttons, breadcrumbs).

use leptos::prelude::*;

use crate::paths::Paths;
use crate::state::browser;

#[derive(Clone, Copy)]
struct Embedded(bool);

/// Reads the document's address, shares the answer with every view, and returns it. Call
/// once, in `App`.
pub fn provide_embedded(paths: &Paths) -> bool {
    let embedded = paths.is_embed(&browser::pathname());
    provide_context(Embedded(embedded));
    embedded
}

/// Whether the document is an embed.
pub fn is_embedded() -> bool {
    use_context::<Embedded>().is_some_and(|e| e.0)
}
