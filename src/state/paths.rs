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
