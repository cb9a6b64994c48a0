//! The app's hrefs (`paths::Paths`), shared from `App`.

use leptos::prelude::*;

use crate::paths::Paths;
use crate::state::browser;

/// Shares the hrefs of this deployment (its base path, `browser::base_path`) with every
/// view. Call once, in `App`.
pub fn provide_paths() -> Paths {
    let paths = Paths::new(&browser::base_path());
    provide_context(paths.clone());
    paths
}

/// The app's hrefs: every link and navigation goes through them.
pub fn use_paths() -> Paths {
    expect_context::<Paths>()
}

/// The deployment's origin the build was given (`scripts/build --site-url`), if any: the
/// origin of canonical addresses, link previews and citations.
pub fn site_origin() -> Option<&'static str> {
    Some(env!("UCLG_ATLAS_SITE_ORIGIN")).filter(|o| !o.is_empty())
}

/// The absolute address of `href` (a path from the root): at the deployment's origin when
/// the build knows it, else at the document's.
pub fn absolute(href: &str) -> String {
    let origin = site_origin().map_or_else(browser::origin, str::to_owned);
    crate::head::absolute(&origin, href)
}
