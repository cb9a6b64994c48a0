//! The open data files' formats and sizes, as the build describes them
//! (`model::names::Downloads`, scripts/postbuild/opendata.mjs, in the app's binary form),
//! loaded once per visit.

use crate::model::names::Downloads;
use crate::state::load::{self, boxed, fetch_bytes, Load, LoadError, Loader};

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
    decode(fetch_bytes(DOWNLOADS_URL).await?).await
}

// The loader is the app's (provided once, in `App`), but its decoding is in the `data` split
// point, with the Sources page that shows the sizes: the main module keeps none of it.
#[leptos::wasm_split::wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode(bytes: Vec<u8>) -> Result<Downloads, LoadError> {
    load::decode(DOWNLOADS_URL, &bytes)
}
