//! The pure layer of uclg-atlas: the dataset's types, their validation and pure queries
//! (search, geometry, formatting), the table of pages (`pages`), the URL scheme (`paths`),
//! what the head says to crawlers (`head`) and the embed code (`embed_code`, with the one
//! escape function).
//!
//! Invariant: this crate depends on no leptos and no browser crate (its Cargo.toml says
//! so, and the compiler keeps it), so it is tested natively with `cargo test`, used by the
//! app's `build.rs` to check the dataset, and runs natively as `routes` (the prerender's
//! list of pages) and `names` (the names the build's JavaScript shares with the app).

pub mod chart;
/// A page or figure as BibTeX, RIS and CSL-JSON.
pub mod citation;
mod dataset;
mod date;
pub mod embed_code;
pub mod format;
pub mod geo;
pub mod head;
mod locale;
/// The names shared with the build's JavaScript (storage key, ids, data files).
pub mod names;
/// The dataset as the app loads it (one postcard file per locale).
pub mod packed;
/// The one list of the app's kinds of page (`Page`, `PAGES`).
pub mod pages;
/// The URL scheme, with the pages (`Route`) that search results and views link to.
pub mod paths;
/// A page's address as a QR code, drawn as one SVG path (the printed brief).
pub mod qr;
mod search;
pub mod typography;
mod validate;

pub use dataset::*;
pub use date::IsoDate;
pub use locale::{L10n, Locale};
pub use pages::Page;
pub use search::{normalize, search, CountryHit, Hit, Marked, SearchIndex};
pub use validate::{locale_problem, missing_translations, validate, DataError};
/// The JSON's readers, for the build, the tests and the native tools (the app reads `packed`).
#[cfg(not(target_arch = "wasm32"))]
pub use validate::{parse, parse_and_validate};
