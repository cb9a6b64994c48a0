//! The map's geometry, fetched, decoded and projected once per visit and then shared by
//! every map and country list: moving between section pages draws at once.

use std::cell::RefCell;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::geo::{self, Country, GeoError, Projected};

/// Country outlines (TopoJSON), relative to the document's base URL.
const WORLD_URL: &str = "data/world.json";
/// Country names and small states' marker positions.
const COUNTRIES_URL: &str = "data/countries.json";
/// Width of the projected map in viewBox units (the height follows the projection).
const MAP_WIDTH: f64 = 1000.0;

/// The world ready to draw.
#[derive(Debug)]
pub struct Geo {
    pub map: Projected,
    /// Every country, sorted by code.
    pub countries: Vec<Country>,
    /// Time spent decoding and projecting, in milliseconds (exposed for the benchmark).
    pub prepare_ms: f64,
}

impl Geo {
    /// A country's name in `locale`, or its code if the table does not know it.
    pub fn name(&self, code: &str, locale: crate::model::Locale) -> String {
        geo::find_country(&self.countries, code)
            .map_or_else(|| code.to_owned(), |c| c.name.get(locale).to_owned())
    }
}

/// Why the map cannot be drawn.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum GeoLoadError {
    #[error("network error: {0}")]
    Network(String),
    #[error("{0}: the server answered HTTP {1}")]
    Status(&'static str, u16),
    #[error("{0}: {1}")]
    Invalid(&'static str, GeoError),
}

impl From<gloo_net::Error> for GeoLoadError {
    fn from(err: gloo_net::Error) -> Self {
        GeoLoadError::Network(err.to_string())
    }
}

#[derive(Clone, Debug)]
pub enum GeoState {
    Loading,
    Ready(Arc<Geo>),
    Failed(GeoLoadError),
}

/// One view's handle on the shared geometry.
#[derive(Clone, Copy)]
pub struct GeoHandle {
    pub state: RwSignal<GeoState>,
}

impl GeoHandle {
    /// Loads the geometry (again, after a failure); every waiting view gets the result.
    pub fn load(self) {
        self.state.set(GeoState::Loading);
        let start = SHARED.with_borrow_mut(|shared| {
            shared.waiting.push(self.state);
            !std::mem::replace(&mut shared.loading, true)
        });
        if start {
            let hold = crate::components::hold();
            spawn_local(async move {
                let result = fetch().await.map(Arc::new);
                let waiting = SHARED.with_borrow_mut(|shared| {
                    shared.loading = false;
                    if let Ok(geo) = &result {
                        shared.geo = Some(geo.clone());
                    }
                    std::mem::take(&mut shared.waiting)
                });
                for state in waiting {
                    // A view left before the data came: its signal is gone, nothing to do.
                    let _ = state.try_set(match &result {
                        Ok(geo) => GeoState::Ready(geo.clone()),
                        Err(err) => GeoState::Failed(err.clone()),
                    });
                }
                drop(hold);
            });
        }
    }
}

/// The geometry for this view: at once if an earlier view loaded it, else loading.
pub fn use_geo() -> GeoHandle {
    match SHARED.with_borrow(|shared| shared.geo.clone()) {
        Some(geo) => GeoHandle {
            state: RwSignal::new(GeoState::Ready(geo)),
        },
        None => {
            let handle = GeoHandle {
                state: RwSignal::new(GeoState::Loading),
            };
            handle.load();
            handle
        }
    }
}

/// The geometry once loaded, and the views waiting for a load in progress. The app runs on
/// the browser's single thread, hence a thread-local rather than a lock.
#[derive(Default)]
struct Shared {
    geo: Option<Arc<Geo>>,
    loading: bool,
    waiting: Vec<RwSignal<GeoState>>,
}

thread_local! {
    static SHARED: RefCell<Shared> = RefCell::default();
}

/// The country table alone, for search: the map's copy when it is loaded, else fetched
/// (the smaller of the two files: search does not wait for the outlines).
pub async fn country_table() -> Result<Vec<Country>, GeoLoadError> {
    if let Some(geo) = SHARED.with_borrow(|shared| shared.geo.clone()) {
        return Ok(geo.countries.clone());
    }
    let json = text(COUNTRIES_URL).await?;
    geo::decode_countries(&json).map_err(|e| GeoLoadError::Invalid(COUNTRIES_URL, e))
}

async fn fetch() -> Result<Geo, GeoLoadError> {
    // Both requests go out together; the outlines are the larger file.
    let (world, countries) = futures::join!(text(WORLD_URL), text(COUNTRIES_URL));
    let (world, countries) = (world?, countries?);
    let start = now();
    let world = geo::decode(&world).map_err(|e| GeoLoadError::Invalid(WORLD_URL, e))?;
    let map = Projected::new(&world, MAP_WIDTH);
    let countries =
        geo::decode_countries(&countries).map_err(|e| GeoLoadError::Invalid(COUNTRIES_URL, e))?;
    Ok(Geo {
        map,
        countries,
        prepare_ms: now() - start,
    })
}

async fn text(url: &'static str) -> Result<String, GeoLoadError> {
    let response = Request::get(url).send().await?;
    if !response.ok() {
        return Err(GeoLoadError::Status(url, response.status()));
    }
    Ok(response.text().await?)
}

/// `performance.now()`, in milliseconds.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
