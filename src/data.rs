//! Loading the bundled dataset once per visit, with an explicit state for the views.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{self, Dataset};

/// Where the dataset lives, relative to the document's base URL.
const DATASET_URL: &str = "data/atlas.json";

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

/// The dataset's state, shared by every view through the context.
#[derive(Clone, Copy)]
pub struct DatasetState {
    pub state: RwSignal<LoadState>,
}

impl DatasetState {
    /// Loads (again) the dataset; views follow the state.
    pub fn load(self) {
        self.state.set(LoadState::Loading);
        spawn_local(async move {
            let next = match fetch().await {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(err) => LoadState::Failed(err),
            };
            self.state.set(next);
        });
    }
}

async fn fetch() -> Result<Dataset, LoadError> {
    let response = Request::get(DATASET_URL).send().await?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await?;
    Ok(model::parse(DATASET_URL, &text)?)
}

/// Starts loading the dataset and shares its state with every view.
pub fn provide_dataset() {
    let data = DatasetState {
        state: RwSignal::new(LoadState::Loading),
    };
    provide_context(data);
    data.load();
}

pub fn use_dataset() -> DatasetState {
    expect_context::<DatasetState>()
}
