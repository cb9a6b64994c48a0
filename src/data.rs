//! Loading the bundled dataset once per visit, with an explicit state for the views.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{self, Dataset, Locale};

/// Where a locale's dataset lives, relative to the document's base URL. The build splits
/// `public/data/atlas.json` into one file per locale (`scripts/postbuild/dataset.mjs`).
fn dataset_url(locale: Locale) -> String {
    format!("data/atlas.{}.json", locale.tag())
}

/// Why the dataset is not available.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("network error: {0}")]
    Network(String),
    #[error("the server answered HTTP {0}")]
    Status(u16),
    #[error("invalid dataset: {0}")]
    Invalid(String),
}

impl From<gloo_net::Error> for LoadError {
    fn from(err: gloo_net::Error) -> Self {
        LoadError::Network(err.to_string())
    }
}

impl From<model::DataError> for LoadError {
    fn from(err: model::DataError) -> Self {
        LoadError::Invalid(err.to_string())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(LoadError),
}

/// The current locale's dataset, shared by every view through the context.
#[derive(Clone, Copy)]
pub struct DatasetState {
    pub state: RwSignal<LoadState>,
    /// The locale whose dataset `state` is about.
    locale: RwSignal<Option<Locale>>,
}

impl DatasetState {
    /// Makes sure the dataset of `locale` is loaded or loading.
    pub fn ensure(self, locale: Locale) {
        if self.locale.get_untracked() != Some(locale) {
            self.locale.set(Some(locale));
            self.load();
        }
    }

    /// Whether a view waits for its dataset (tracked).
    pub fn is_loading(self) -> bool {
        self.locale.with(Option::is_some) && self.state.with(|s| matches!(s, LoadState::Loading))
    }

    pub fn is_loading_untracked(self) -> bool {
        untrack(|| self.is_loading())
    }

    /// Loads (again) the current locale's dataset; views follow the state.
    pub fn load(self) {
        let Some(locale) = self.locale.get_untracked() else {
            return;
        };
        self.state.set(LoadState::Loading);
        spawn_local(async move {
            let next = match fetch(locale).await {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(err) => LoadState::Failed(err),
            };
            // A response for a locale the visitor already left is dropped.
            if self.locale.get_untracked() == Some(locale) {
                self.state.set(next);
            }
        });
    }
}

async fn fetch(locale: Locale) -> Result<Dataset, LoadError> {
    let url = dataset_url(locale);
    let response = Request::get(&url).send().await?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await?;
    Ok(model::parse(&url, &text)?)
}

/// Shares the dataset's state with every view; views load their locale's on first use.
pub fn provide_dataset() {
    provide_context(DatasetState {
        state: RwSignal::new(LoadState::Loading),
        locale: RwSignal::new(None),
    });
}

pub fn use_dataset() -> DatasetState {
    expect_context::<DatasetState>()
}
