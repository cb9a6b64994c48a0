//! Client-side redirects to full hrefs.

use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// Replaces the current history entry with `href`, which already carries the deployment
/// base (leptos_router's `<Redirect>` would prefix the base a second time).
pub fn redirect(href: &str) {
    let navigate = use_navigate();
    navigate(
        href,
        NavigateOptions {
            resolve: false,
            replace: true,
            ..Default::default()
        },
    );
}
