//! The map's geometry, fetched, decoded and projected once per visit and then shared by
//! every map and country list (`load::Loader`): moving between section pages draws at once,
//! and a retry after a failure reaches every view that shows it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::geo::{self, Country, Projected, WorldArcs};
use crate::model::names;
use crate::state::load::{boxed, decode, fetch_bytes, LoadError, Loader};

/// Country outlines (`geo::WorldArcs`), relative to the document's base URL.
const WORLD_URL: &str = names::WORLD_FILE;
/// Country names and small states' marker positions.
const COUNTRIES_URL: &str = names::COUNTRIES_FILE;
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

/// The geometry, loaded once per visit and shared by every map and country list.
pub type GeoLoader = Loader<(), Geo>;

/// Shares the geometry's loader; the first view that needs it loads it.
pub fn provide_geo() {
    GeoLoader::provide(|()| boxed(fetch()));
}

/// The geometry for this view: at once if an earlier view loaded it, else loading.
pub fn use_geo() -> GeoLoader {
    GeoLoader::ensure(())
}

/// The country table alone, for search: the map's copy when it is loaded, else fetched
/// (the smaller of the two files: search does not wait for the outlines).
pub async fn country_table(geo: Option<Arc<Geo>>) -> Result<Vec<Country>, LoadError> {
    if let Some(geo) = geo {
        return Ok(geo.countries.clone());
    }
    decode_countries(fetch_bytes(COUNTRIES_URL).await?).await
}

async fn fetch() -> Result<Geo, LoadError> {
    // Both requests go out together; the outlines are the larger file.
    let (world, countries) = futures::join!(fetch_bytes(WORLD_URL), fetch_bytes(COUNTRIES_URL));
    prepare(world?, countries?).await
}

// The decoding and projection are the geometry's own split point (`lazy.rs`): the app's
// loader of the geometry is provided in `App`, but only the pages that show a map load this
// code. The country table's decoding is a split point of its own (`countries`): search
// looks up countries without the outlines, and so without their decoding and projection.

/// Decodes and projects the world.
#[leptos::wasm_split::wasm_split(geometry, wasm_split_path = ::leptos::wasm_split, fallible)]
fn prepare(world: Vec<u8>, countries: Vec<u8>) -> Result<Geo, LoadError> {
    let start = now();
    let arcs: WorldArcs = decode(WORLD_URL, &world)?;
    let world = geo::resolve(&arcs).map_err(|e| LoadError::Invalid(WORLD_URL, e.to_string()))?;
    let map = Projected::new(&world, MAP_WIDTH);
    let countries = table(&countries)?;
    Ok(Geo {
        map,
        countries,
        prepare_ms: now() - start,
    })
}

/// Decodes the country table.
#[leptos::wasm_split::wasm_split(countries, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode_countries(bytes: Vec<u8>) -> Result<Vec<Country>, LoadError> {
    table(&bytes)
}

fn table(bytes: &[u8]) -> Result<Vec<Country>, LoadError> {
    let list = decode(COUNTRIES_URL, bytes)?;
    geo::sorted_countries(list).map_err(|e| LoadError::Invalid(COUNTRIES_URL, e.to_string()))
}

/// `performance.now()`, in milliseconds.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
