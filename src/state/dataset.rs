//! The dataset: one file per locale, loaded once per visit and locale and shared by every
//! view (`load::Loader`).

use crate::model::{self, Dataset, Locale};
use crate::state::load::{boxed, decode, fetch_bytes, LoadError, Loader};

/// The current locale's dataset.
pub type DatasetLoader = Loader<Locale, Dataset>;

/// Where a locale's dataset lives, relative to the document's base URL. The build writes
/// `public/data/atlas.json` as one binary file per locale (the model's `dataset` binary and
/// `packed`), which the app reads without a JSON parser.
fn dataset_url(locale: Locale) -> &'static str {
    model::names::dataset_file(locale)
}

/// Shares the dataset's loader with every view; views load their locale's on first use.
pub fn provide_dataset() {
    DatasetLoader::provide(|locale| boxed(fetch(locale)));
}

/// The dataset of `locale`, loading or loaded.
pub fn use_dataset(locale: Locale) -> DatasetLoader {
    DatasetLoader::ensure(locale)
}

async fn fetch(locale: Locale) -> Result<Dataset, LoadError> {
    let url = dataset_url(locale);
    let bytes = fetch_bytes(url).await?;
    decode(url, &bytes)
}
