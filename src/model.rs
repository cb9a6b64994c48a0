//! The data model: the dataset's types, their validation and pure queries.
//!
//! Invariant: nothing in this module imports leptos, web-sys or wasm-bindgen, so it is
//! tested natively with `cargo test` and compiled into `build.rs` to check the dataset.
//! The explicit `#[path]`s let `build.rs` include this file with `#[path = "src/model.rs"]`.

#[path = "model/chart.rs"]
pub mod chart;
#[path = "model/dataset.rs"]
mod dataset;
#[path = "model/format.rs"]
pub mod format;
#[path = "model/geo.rs"]
pub mod geo;
#[path = "model/locale.rs"]
mod locale;
/// The URL scheme, with the pages (`Route`) that search results and views link to.
#[path = "paths.rs"]
pub mod paths;
#[path = "model/search.rs"]
mod search;
#[path = "model/typography.rs"]
pub mod typography;
#[path = "model/validate.rs"]
mod validate;

pub use dataset::*;
pub use locale::{L10n, Locale};
pub use search::{normalize, search, CountryHit, Hit, Marked, SearchIndex, View};
pub use validate::{
    locale_problem, missing_translations, parse, parse_and_validate, validate, DataError,
};
