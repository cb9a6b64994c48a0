//! Map geometry: country outlines from `public/data/world.json`, projected to SVG paths.
//!
//! The outlines are Natural Earth 1:110m (see `public/data/LICENSE-geo.md`), reduced by
//! `scripts/gen-geo.mjs` to the `countries` object with ISO 3166-1 alpha-2 ids. Countries too
//! small for that scale have a marker point in `public/data/countries.json` instead.
//!
//! Pure Rust on serde only, so it is tested natively and stays small in the wasm bundle: the
//! map is drawn once as static SVG paths, which needs neither d3 nor a geometry crate.

mod countries;
mod layout;
mod projection;
mod topojson;
mod view;

pub use countries::{decode_countries, find as find_country, sorted_countries, Aka, Country};
pub use layout::{Dot, Fill, MapLayout, Member, SectionLayout};
pub use projection::{equal_earth, BBox, CountryPath, Projected, OMITTED};
pub use topojson::{
    decode, parse, resolve, Geometry, GeometryCollection, Objects, Topology, Transform, WorldArcs,
};
pub use view::{
    fixed, key_action, marker_scale, MapAction, ViewBox, MAX_ZOOM, PAN_STEP, ZOOM_STEP,
};

/// A closed ring of (lon, lat) in degrees: the last point repeats the first.
pub type Ring = Vec<(f64, f64)>;

/// The bundled dataset's sections laid out on the bundled world map, 1000 units wide: the
/// fixture of the map's tests (here and, through the `fixtures` feature, in the app's
/// `components/map/markup.rs`).
#[cfg(any(test, feature = "fixtures"))]
pub fn bundled_layout() -> (MapLayout, Vec<crate::Section>, Projected) {
    let data = crate::parse(
        "atlas.json",
        include_str!("../../../public/data/atlas.json"),
    )
    .expect("the dataset parses");
    let world =
        decode(include_str!("../../../public/data/world.json")).expect("world.json decodes");
    let map = Projected::new(&world, 1000.0);
    let countries = decode_countries(include_str!("../../../public/data/countries.json"))
        .expect("countries.json decodes");
    (
        MapLayout::new(&data.sections, &map, &countries),
        data.sections,
        map,
    )
}

/// Every country with a shape, in the order of `world.json`: sorted by code, which
/// [`decode`] checks.
#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub countries: Vec<CountryShape>,
}

/// A country's polygons; in each, the first ring is the exterior and the others are holes.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO 3166-1 alpha-2, uppercase (`XK` for Kosovo).
    pub code: String,
    pub polygons: Vec<Vec<Ring>>,
}

/// Why `world.json` could not be decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum GeoError {
    /// Not JSON, or not the expected TopoJSON subset.
    Json(String),
    /// A polygon refers to an arc that does not exist.
    ArcIndex(i32),
    /// A ring of this country does not end where it starts.
    OpenRing(String),
    /// Countries must come sorted by code (lookups search by halves); this one is not.
    Unsorted(String),
}

impl std::fmt::Display for GeoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GeoError::Json(e) => write!(f, "invalid world topology: {e}"),
            GeoError::ArcIndex(i) => write!(f, "invalid world topology: no arc {i}"),
            GeoError::OpenRing(code) => write!(f, "invalid world topology: open ring in {code}"),
            GeoError::Unsorted(code) => write!(f, "countries not sorted by code at {code}"),
        }
    }
}

impl std::error::Error for GeoError {}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLD: &str = include_str!("../../../public/data/world.json");
    const COUNTRIES: &str = include_str!("../../../public/data/countries.json");
    /// ISO countries absent from Natural Earth 1:110m and 1:50m as separate features (French
    /// overseas departments, Svalbard, … are part of their parent country's outline there).
    const NO_GEOMETRY: &[&str] = &[
        "BQ", "BV", "GF", "GI", "GP", "MQ", "RE", "SJ", "TK", "TV", "UM", "YT",
    ];

    fn lon_lat_box(shape: &CountryShape) -> (f64, f64, f64, f64) {
        let points = shape.polygons.iter().flatten().flatten();
        points.fold((180.0, 90.0, -180.0, -90.0), |(a, b, c, d), &(lon, lat)| {
            (a.min(lon), b.min(lat), c.max(lon), d.max(lat))
        })
    }

    #[test]
    fn decodes_the_real_world() {
        let world = decode(WORLD).unwrap();
        assert_eq!(world.countries.len(), 175);
        let get = |code: &str| world.countries.iter().find(|c| c.code == code).unwrap();
        let (w, s, e, n) = lon_lat_box(get("FR")); // with French Guiana
        assert!(w < -51.0 && (9.0..10.0).contains(&e) && (2.0..3.0).contains(&s) && n > 51.0);
        let (w, s, e, n) = lon_lat_box(get("BR"));
        assert!((-75.0..-73.0).contains(&w) && (-35.0..-33.0).contains(&s));
        assert!((-35.0..-34.0).contains(&e) && (4.0..6.0).contains(&n));
        let (w, _, e, n) = lon_lat_box(get("US")); // with Alaska and Hawaii
        assert!(w < -170.0 && e < -66.0 && n > 70.0);
        for code in ["CY", "SO", "XK"] {
            assert_eq!(get(code).polygons.len(), 1, "{code} is one outline");
        }
    }

    #[test]
    fn every_country_has_a_shape_or_a_point() {
        let world = decode(WORLD).unwrap();
        let shapes: Vec<&str> = world.countries.iter().map(|c| c.code.as_str()).collect();
        let countries: Vec<serde_json::Value> = serde_json::from_str(COUNTRIES).unwrap();
        assert!(countries.len() >= 249);
        for c in &countries {
            let code = c["code"].as_str().unwrap();
            let has_shape = shapes.contains(&code);
            if c["point"].is_null() {
                assert!(
                    has_shape || NO_GEOMETRY.contains(&code),
                    "{code}: no shape, no point"
                );
            } else {
                assert!(!has_shape, "{code}: both a shape and a point");
            }
        }
        for code in shapes {
            assert!(
                countries.iter().any(|c| c["code"] == code),
                "{code} unknown"
            );
        }
    }

    #[test]
    fn every_country_of_the_dataset_is_on_the_map() {
        let data = crate::parse(
            "atlas.json",
            include_str!("../../../public/data/atlas.json"),
        )
        .unwrap();
        let map = Projected::new(&decode(WORLD).unwrap(), 1000.0);
        let countries = decode_countries(COUNTRIES).unwrap();
        let seats = data.sections.iter().map(|s| &s.seat);
        let cities = data.timeline.iter().filter_map(|e| e.city.as_ref());
        let codes = data.sections.iter().flat_map(|s| &s.countries);
        let codes = codes.chain(seats.chain(cities).map(|c| &c.country));
        for code in codes.chain([&data.organisation.secretariat.city.country]) {
            let point = find_country(&countries, code).and_then(|c| c.point);
            assert!(
                map.get(code).is_some() || point.is_some(),
                "{code}: neither a shape nor a marker"
            );
        }
    }

    #[test]
    fn projects_the_real_world_without_streaks() {
        let world = decode(WORLD).unwrap();
        let map = Projected::new(&world, 1000.0);
        assert_eq!(map.countries.len(), 174);
        assert!(map.get("AQ").is_none());
        for country in &map.countries {
            // No relative segment may span half the map (an edge across the antimeridian).
            for ring in country.d.split('M').skip(1) {
                let relative = ring.split_once('l').unwrap().1.trim_end_matches('z');
                let values = relative.replace('-', " -");
                let mut values = values.split_whitespace().map(|v| v.parse::<f64>().unwrap());
                assert!(values.all(|v| v.abs() < 500.0), "{}", country.code);
            }
            let b = country.bbox;
            assert!(b.min_x >= 0.0 && b.max_x <= 1000.0 && b.min_y >= 0.0 && b.max_y <= map.height);
        }
        // Zoom boxes keep to the main part: Russia without Chukotka (drawn at the left edge),
        // Fiji without its eastern tip, France without French Guiana; the US with Alaska.
        let ru = map.get("RU").unwrap().bbox;
        assert!(ru.min_x > 500.0 && ru.max_x < 900.0, "{ru:?}");
        assert!(map.get("FJ").unwrap().bbox.min_x > 950.0);
        let fr = map.bbox(&["FR"]).unwrap();
        let (x, y) = map.project_point(2.35, 48.86); // Paris
        assert!(fr.min_x < x && x < fr.max_x && fr.min_y < y && y < fr.max_y);
        assert!(fr.max_x - fr.min_x < 45.0 && fr.max_y < map.project_point(0.0, 41.0).1);
        let us = map.get("US").unwrap().bbox;
        assert!(us.min_x < map.project_point(-165.0, 65.0).0 && us.min_y < 60.0);
        let section = map
            .bbox(&["FR".to_string(), "BR".to_string(), "ZZ".to_string()])
            .unwrap();
        assert_eq!(section, fr.union(map.get("BR").unwrap().bbox));
        assert_eq!(map.bbox::<&str>(&[]), None);
    }
}
