//! Pages in wasm chunks of their own: a first visit downloads the shell and its page, not
//! every page of the app.
//!
//! `lazy_pages!` gives each page a route type for the router (`Lazy::<T>::new()` in
//! `lib.rs`) whose view is a split point: the build (scripts/split/wasm-bindgen) cuts the
//! code only that view reaches into a chunk loaded when the route is first shown. leptos's
//! own `#[lazy_route]` panics when a chunk fails to load (leptos_router_macro 0.8.7), which
//! aborts the whole app; here a failure is the localised error view with a retry.
//!
//! The router loads a route's chunk (`LazyRoute::preload`) before it replaces the current
//! page, so a navigation shows the page it leaves until the next one is ready; on a first
//! visit the load counts in `InFlight`, so the prerendered page stays until then.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::{spawn_local, spawn_local_scoped_with_cancellation};
use leptos::wasm_split::SplitLoaderError;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::ErrorView;
use crate::state::load::{InFlight, LoadError};
use crate::state::navigation::Navigating;

/// A page's chunk did not load (offline without a cache, a new deployment, a cut link).
#[derive(Debug)]
pub struct ChunkError;

impl From<SplitLoaderError> for ChunkError {
    fn from(_: SplitLoaderError) -> Self {
        ChunkError
    }
}

/// A page's view, from its chunk.
pub type PageLoad = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// The view of a lazy route: the page, or the error view whose retry loads its chunk again
/// (a failed load is not remembered, `wasm_split_helpers`).
pub async fn page(chunk: &'static str, load: PageLoad) -> AnyView {
    let path = use_location().pathname.get_untracked();
    let view = match load().await {
        Ok(view) => view,
        Err(ChunkError) => view! { <ChunkFailed chunk load /> }.into_any(),
    };
    // The router mounts the view as soon as this returns, before any effect runs.
    Navigating::mark_shown(path);
    release_focus_in_page();
    view
}

/// Takes the focus off the page about to be replaced (the heading `RouteFocus` focused
/// after the last navigation, a link clicked in it). Removing a focused element makes the
/// browser restyle the new page on the spot to move the focus away: a tenth of a
/// navigation's time in Chromium. `RouteFocus` then focuses the new page's heading. Not on
/// a first visit: the hand-over carries the focus from the prerendered page (`#boot`).
fn release_focus_in_page() {
    let Some(active) = document().active_element() else {
        return;
    };
    let within = |selector| active.closest(selector).ok().flatten().is_some();
    if within("main") && !within("#boot") {
        if let Some(active) = active.dyn_ref::<web_sys::HtmlElement>() {
            let _ = active.blur();
        }
    }
}

/// A split point's chunk, loading (boxed: one `preload` and one `prefetch` for every split
/// point, instead of a copy of each per split point in the main module).
pub type ChunkLoad = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Loads a route's chunk ahead of its view (the router's preload), counted in `InFlight` and
/// in `Navigating`. A failure is not an error here: the view's own load tries again and
/// shows it.
pub async fn preload(load: ChunkLoad) {
    let _pending = Navigating::pending();
    let _ = InFlight::count(load).await;
}

/// Loads a chunk ahead of a navigation that may come (`prefetch.rs`): nothing waits for it.
pub async fn prefetch(load: ChunkLoad) {
    let _ = load.await;
}

#[component]
fn ChunkFailed(chunk: &'static str, load: PageLoad) -> impl IntoView {
    let loaded = RwSignal::new(false);
    let page = StoredValue::new_local(None::<AnyView>);
    // The page renders when its chunk is there, in this view's owner: its contexts (the
    // locale, the route's parameters) are this view's.
    let owner = Owner::current();
    let retry = move || {
        let attempt = async move {
            if let Ok(view) = InFlight::count(load()).await {
                page.set_value(Some(view));
                loaded.set(true);
            }
        };
        match &owner {
            Some(owner) => owner.with(|| spawn_local_scoped_with_cancellation(attempt)),
            None => spawn_local(attempt),
        }
    };
    move || match loaded.get() {
        true => page.try_update_value(Option::take).flatten().into_any(),
        false => {
            let retry = retry.clone();
            view! { <ErrorView error=LoadError::Code(chunk) retry /> }.into_any()
        }
    }
}

/// Route types whose views load from wasm chunks, grouped by split point:
/// `split_name { RouteType => PageComponent; RouteType => PageComponent: data; … }` (`: data`:
/// the page is given the dataset once loaded). A split point's pages share one chunk (the
/// build names its file `split_<name>-<hash>.wasm`); code that pages of several split points
/// share, and the shell does not, goes into shared chunks.
macro_rules! lazy_pages {
    // What `view! { <Page /> }` expands to, for a page given as a path; a page marked
    // `: data` is given the dataset, once loaded (`loaded`: its loading and error states).
    (@view $page:path) => {{
        let props = leptos::component::component_props_builder(&$page).build();
        leptos::component::component_view(&$page, props).into_any()
    }};
    (@view $page:path, $data:ident) => {
        $crate::components::loaded(|$data| {
            let props = leptos::component::component_props_builder(&$page).$data($data).build();
            leptos::component::component_view(&$page, props)
        })
        .into_any()
    };
    ($($split:ident { $($route:ident => $page:path $(: $data:ident)?;)* })*) => {
        $($(
            #[doc = concat!("The route of `", stringify!($page), "`, loaded with the split point `", stringify!($split), "`.")]
            pub struct $route;

            impl leptos_router::LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_: Self) -> leptos::prelude::AnyView {
                    $crate::lazy::page(stringify!($split), || Box::pin(chunks::$split::view(chunks::$split::Page::$route))).await
                }

                async fn preload() {
                    $crate::lazy::preload(Box::pin(chunks::$split::preload())).await
                }
            }
        )*)*

        /// The split points, one module each (the names the build gives the chunks).
        mod chunks {
            $(
                pub(super) mod $split {
                    use leptos::prelude::*;

                    /// The pages of this split point.
                    // Named after the routes (`HomeRoute`, …), so they share a postfix.
                    #[allow(clippy::enum_variant_names)]
                    pub(in super::super) enum Page {
                        $($route,)*
                    }

                    /// One function per split point, so one `preload`.
                    #[leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload))]
                    pub(in super::super) fn view(page: Page) -> Result<AnyView, $crate::lazy::ChunkError> {
                        Ok(match page {
                            $(Page::$route => $crate::lazy::lazy_pages!(@view $page $(, $data)?),)*
                        })
                    }
                }
            )*
        }
    };
}

pub(crate) use lazy_pages;
