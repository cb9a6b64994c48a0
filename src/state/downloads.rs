//! The open data files' formats and sizes, as the build describes them in
//! `data/downloads.json` (scripts/postbuild/opendata.mjs), loaded once per visit.

use std::collections::HashMap;

use crate::state::load::{boxed, fetch_text, Load, LoadError, Loader};

/// A download as `data/downloads.json` describes it.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct FileInfo {
    pub bytes: u64,
    /// A table's columns; none for other files.
    #[serde(default)]
    pub columns: Vec<String>,
}

/// The downloads described, by path below `data/`.
pub type Downloads = HashMap<String, FileInfo>;

/// The downloads' description, loaded once per visit.
pub type DownloadsLoader = Loader<(), Downloads>;

const DOWNLOADS_URL: &str = crate::model::names::DOWNLOADS_FILE;

/// Shares the downloads' loader; the open data section loads it on first use.
pub fn provide_downloads() {
    DownloadsLoader::provide(|()| boxed(fetch()));
}

/// The downloads' description, loading or loaded: a failure leaves the sizes unknown, the
/// links still work, and the next view that shows them tries again (there is no retry
/// button). The first paint stays until they are known (`InFlight`), so a prerendered page
/// shows them.
pub fn use_downloads() -> DownloadsLoader {
    let loader = DownloadsLoader::ensure(());
    if matches!(loader.get_untracked(), Load::Failed(_)) {
        loader.retry();
    }
    loader
}

async fn fetch() -> Result<Downloads, LoadError> {
    decode(fetch_text(DOWNLOADS_URL).await?).await
}

// The loader is the app's (provided once, in `App`), but its decoding is in the `data` split
// point, with the Sources page that shows the sizes: the main module keeps none of it.
#[leptos::wasm_split::wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode(text: String) -> Result<Downloads, LoadError> {
    serde_json::from_str(&text).map_err(|err| LoadError::Invalid(DOWNLOADS_URL, err.to_string()))
}
