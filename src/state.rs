//! What the views share and read, apart from the views themselves: the contexts the app
//! provides once (`App`), the hooks that read them, the loaders, and the few browser facts
//! the app reads directly. Nothing here renders; `components/` and `pages/` build on it.
//!
//! One hook or loader per file: `use_locale` (`locale.rs`), `use_paths` (`paths.rs`), the
//! route's parameters (`route.rs`), navigation (`navigation.rs`), the loaders (`load.rs`
//! and what they load: `dataset.rs`, `geo.rs`, `search.rs`, `downloads.rs`), the app's
//! connection and update state (`app_status.rs`), whether a view is embedded
//! (`embedded.rs`), copying to the clipboard (`copy.rs`), pictures made into files
//! (`image_file.rs`), printing a page's brief (`print.rs`), the colour theme (`theme.rs`),
//! and when the app takes the first paint's place (`first_paint.rs`).

pub mod app_status;
pub mod browser;
pub mod copy;
pub mod dataset;
pub mod downloads;
pub mod embedded;
pub mod first_paint;
pub mod geo;
pub mod image_file;
pub mod load;
pub mod locale;
pub mod navigation;
pub mod paths;
pub mod print;
pub mod route;
pub mod search;
pub mod theme;

pub use embedded::is_embedded;
pub use locale::use_locale;
pub use navigation::is_plain_click;
pub use paths::use_paths;
pub use route::{use_route_id, use_route_locale};
