//! The subset of TopoJSON that `public/data/world.json` uses, and its decoding into rings.
//!
//! TopoJSON stores each border once (an *arc*) and lets polygons refer to arcs by index, so the
//! file is about a third of the equivalent GeoJSON. Arcs are quantized: integer positions,
//! each one a delta from the previous, mapped back to degrees by `transform`. Only what the
//! generator (`scripts/gen-geo.mjs`) writes is supported; unknown members (`bbox`, …) are
//! ignored.
//!
//! The app loads the same numbers in postcard's binary form (`WorldArcs`, `packed`), which
//! the build writes from `world.json`: TopoJSON's geometries are tagged by a `type` member,
//! which only a self-describing format such as JSON can read.

use serde::{Deserialize, Serialize};

use super::{CountryShape, GeoError, Ring, World};

/// A quantized TopoJSON topology.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Topology {
    pub transform: Transform,
    /// Delta-encoded quantized positions: the first is absolute, the others relative.
    pub arcs: Vec<Vec<[i32; 2]>>,
    pub objects: Objects,
}

/// Maps quantized positions to degrees: `lon = x * scale[0] + translate[0]`, same for lat.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Objects {
    pub countries: GeometryCollection,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GeometryCollection {
    pub geometries: Vec<Geometry>,
}

/// A country. Arc index `i >= 0` is arc `i` as stored; `i < 0` is arc `!i` (`~i` in
/// JavaScript, i.e. `-i - 1`) reversed. The first ring of a polygon is its exterior.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type")]
pub enum Geometry {
    Polygon {
        id: String,
        arcs: Vec<Vec<i32>>,
    },
    MultiPolygon {
        id: String,
        arcs: Vec<Vec<Vec<i32>>>,
    },
}

/// The world as the app loads it (`names::WORLD_FILE`): the topology's transform and arcs,
/// and each country's polygons as arc indices (a TopoJSON `Polygon` is a list of one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorldArcs {
    pub transform: Transform,
    /// As in `Topology`.
    pub arcs: Vec<Vec<[i32; 2]>>,
    /// (ISO alpha-2 code, polygons of rings of arc indices), in the file's order.
    pub countries: Vec<(String, Vec<Vec<Vec<i32>>>)>,
}

impl From<Topology> for WorldArcs {
    fn from(topo: Topology) -> Self {
        let countries = topo
            .objects
            .countries
            .geometries
            .into_iter()
            .map(|geometry| match geometry {
                Geometry::Polygon { id, arcs } => (id, vec![arcs]),
                Geometry::MultiPolygon { id, arcs } => (id, arcs),
            })
            .collect();
        WorldArcs {
            transform: topo.transform,
            arcs: topo.arcs,
            countries,
        }
    }
}

/// Parses `world.json` and resolves every country's arcs into closed rings of (lon, lat).
pub fn decode(json: &str) -> Result<World, GeoError> {
    resolve(&parse(json)?)
}

/// Parses `world.json` (the build writes the app's copy from it).
pub fn parse(json: &str) -> Result<WorldArcs, GeoError> {
    let topo: Topology = serde_json::from_str(json).map_err(|e| GeoError::Json(e.to_string()))?;
    Ok(topo.into())
}

/// Resolves every country's arcs into closed rings of (lon, lat).
pub fn resolve(world: &WorldArcs) -> Result<World, GeoError> {
    let arcs = decode_arcs(world);
    let countries = world
        .countries
        .iter()
        .map(|(code, polygons)| {
            let polygons = polygons
                .iter()
                .map(|rings| rings.iter().map(|r| ring(&arcs, r, code)).collect())
                .collect::<Result<_, _>>()?;
            Ok(CountryShape {
                code: code.clone(),
                polygons,
            })
        })
        .collect::<Result<Vec<CountryShape>, _>>()?;
    if let Some(w) = countries.windows(2).find(|w| w[0].code >= w[1].code) {
        return Err(GeoError::Unsorted(w[1].code.clone()));
    }
    Ok(World { countries })
}

/// Undoes the delta encoding and the quantization of every arc.
fn decode_arcs(world: &WorldArcs) -> Vec<Ring> {
    let Transform { scale, translate } = world.transform;
    world
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|&[dx, dy]| {
                    x += i64::from(dx);
                    y += i64::from(dy);
                    (
                        x as f64 * scale[0] + translate[0],
                        y as f64 * scale[1] + translate[1],
                    )
                })
                .collect()
        })
        .collect()
}

/// Stitches arcs into one ring. Consecutive arcs share their joint point, which is kept once;
/// the result must be closed (first point = last point), else the topology is broken.
fn ring(arcs: &[Ring], refs: &[i32], code: &str) -> Result<Ring, GeoError> {
    let mut points: Ring = Vec::new();
    for &r in refs {
        let index = if r < 0 { !r } else { r };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or(GeoError::ArcIndex(r))?;
        let skip = usize::from(!points.is_empty());
        if r < 0 {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    if points.len() < 4 || points.first() != points.last() {
        return Err(GeoError::OpenRing(code.to_owned()));
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side sharing the edge x = 1: arc 0 is that edge, drawn upwards
    /// by the left square and downwards (as `-1`, i.e. `~0`) by the right one.
    const TINY: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [2, 0.5], "translate": [10, 20]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "LL", "arcs": [[0, 1]]},
            {"type": "MultiPolygon", "id": "RR", "arcs": [[[2, -1]]]}
        ]}},
        "arcs": [
            [[1, 0], [0, 1]],
            [[1, 1], [-1, 0], [0, -1], [1, 0]],
            [[1, 0], [1, 0], [0, 1], [-1, 0]]
        ]
    }"#;

    #[test]
    fn decodes_shared_and_reversed_arcs() {
        let world = decode(TINY).unwrap();
        let [left, right] = world.countries.as_slice() else {
            panic!("two countries expected")
        };
        assert_eq!(left.code, "LL");
        assert_eq!(
            left.polygons,
            vec![vec![vec![
                (12.0, 20.0),
                (12.0, 20.5),
                (10.0, 20.5),
                (10.0, 20.0),
                (12.0, 20.0)
            ]]]
        );
        assert_eq!(right.code, "RR");
        assert_eq!(
            right.polygons,
            vec![vec![vec![
                (12.0, 20.0),
                (14.0, 20.0),
                (14.0, 20.5),
                (12.0, 20.5),
                (12.0, 20.0)
            ]]]
        );
    }

    #[test]
    fn rejects_bad_topologies() {
        let bad_index = TINY.replace("[[2, -1]]", "[[2, -9]]");
        assert_eq!(decode(&bad_index), Err(GeoError::ArcIndex(-9)));
        let open = TINY.replace("[[2, -1]]", "[[2]]");
        assert_eq!(decode(&open), Err(GeoError::OpenRing("RR".into())));
        let unsorted = TINY.replace("\"LL\"", "\"ZZ\"");
        assert_eq!(decode(&unsorted), Err(GeoError::Unsorted("RR".into())));
        let unknown_type = TINY.replace("\"MultiPolygon\"", "\"Point\"");
        assert!(matches!(decode(&unknown_type), Err(GeoError::Json(_))));
    }
}
