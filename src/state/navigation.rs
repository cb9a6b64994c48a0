//! Navigation within the app: the one way to go to an href (a click the app handles, a
//! key, a redirect), which clicks are the app's to handle, and whether the router is waiting
//! for a page's code (`lazy.rs`).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::state::load::Counted;

// Both read the router from the context: call them in a view or in its event handlers (which
// run in the view's owner). The hrefs are `Paths`'s, which carry the deployment base
// already: the router must not resolve them again (leptos_router's `<Redirect>` and its
// default `NavigateOptions` would prefix the base a second time).

/// Goes to `href` in the app: a new history entry.
pub fn go(href: &str) {
    use_navigate()(href, options(false));
}

/// Replaces the current history entry with `href`: a redirect, or a search as it is typed.
pub fn replace(href: &str) {
    use_navigate()(href, options(true));
}

fn options(replace: bool) -> NavigateOptions {
    NavigateOptions {
        resolve: false,
        replace,
        ..Default::default()
    }
}

/// Whether a click on a link is the app's to handle: the main button without a modifier.
/// Anything else (a new tab or window, a download) is the browser's business.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// How many route chunks the router is waiting for: while any is, the page shown is the one
/// being left, and `<main aria-busy="true">` says so (a quiet progress bar after 300 ms,
/// style/main.css).
#[derive(Clone, Copy)]
pub struct Navigating {
    pending: RwSignal<u32>,
    /// The path of the page view the router mounted last.
    shown: RwSignal<Option<String>>,
}

impl Navigating {
    /// Call once, in `App`.
    pub fn provide() {
        provide_context(Navigating {
            pending: RwSignal::new(0),
            shown: RwSignal::new(None),
        });
    }

    /// `aria-busy` for the main element (tracked).
    pub fn aria_busy() -> impl Fn() -> Option<&'static str> + Copy {
        let navigating = use_context::<Navigating>();
        move || navigating.filter(|n| n.pending.get() > 0).map(|_| "true")
    }

    /// The path of the page view mounted last (tracked): a new kind of page is in the
    /// document once this is its path.
    pub fn shown() -> impl Fn() -> Option<String> + Copy {
        let navigating = use_context::<Navigating>();
        move || navigating.and_then(|n| n.shown.get())
    }

    /// The router is about to mount the page view of `path` (`lazy.rs`).
    pub fn mark_shown(path: String) {
        if let Some(navigating) = use_context::<Navigating>() {
            navigating.shown.try_set(Some(path));
        }
    }

    /// A route chunk the router waits for, counted while what this returns lives (a
    /// navigation cut short by another drops its preload half way).
    pub fn pending() -> Option<Counted> {
        use_context::<Navigating>().map(|n| Counted::new(n.pending))
    }
}
