//! The Equal Earth projection and the world drawn as SVG paths in a fixed viewBox.
//!
//! Equal Earth (Šavrič, Patterson & Jenny 2018) is equal-area, so a country's size on the map
//! is its real size, while keeping continents recognisable, which suits a map of membership.

use super::{CountryShape, Ring, World};

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// √3 / 2.
const M: f64 = 0.866_025_403_784_438_6;
/// `equal_earth(180, 0).0`: half the width of the projected world, π / (M·A1).
const X_MAX: f64 = std::f64::consts::PI / (M * A1);

/// Not drawn: Antarctica is in no UCLG section and would only add a strip along the bottom
/// (its ring goes round the pole, across the antimeridian).
pub const OMITTED: &[&str] = &["AQ"];

/// Equal Earth on the unit sphere, as d3-geo's `geoEqualEarthRaw`: degrees in, y up, the
/// world spans x ∈ [-2.70663, 2.70663] and y ∈ [-1.31736, 1.31736].
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    let (lambda, phi) = (lon_deg.to_radians(), lat_deg.to_radians());
    let theta = (M * phi.sin()).asin();
    let (t2, t6) = (theta * theta, theta.powi(6));
    let x = lambda * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// An axis-aligned box in viewBox coordinates (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl BBox {
    /// The box of a single point, to grow with [`BBox::extend`].
    pub fn point(x: f64, y: f64) -> BBox {
        BBox {
            min_x: x,
            min_y: y,
            max_x: x,
            max_y: y,
        }
    }

    /// Grows the box to include `(x, y)`, e.g. a marker of a country without a shape.
    pub fn extend(&mut self, x: f64, y: f64) {
        self.min_x = self.min_x.min(x);
        self.min_y = self.min_y.min(y);
        self.max_x = self.max_x.max(x);
        self.max_y = self.max_y.max(y);
    }

    /// The box around both boxes.
    pub fn union(mut self, other: BBox) -> BBox {
        self.extend(other.min_x, other.min_y);
        self.extend(other.max_x, other.max_y);
        self
    }
}

/// One country ready for `<path d=…>`.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryPath {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// Relative commands, 1 decimal: holes wind opposite to exteriors (nonzero fill works).
    pub d: String,
    /// Extent used to zoom: the main part of the country and what lies near it (see
    /// `Projected::cluster`), not far-flung parts such as French Guiana or Chukotka.
    pub bbox: BBox,
}

/// The world projected into the viewBox `0 0 width height`, north up.
#[derive(Clone, Debug, PartialEq)]
pub struct Projected {
    pub width: f64,
    pub height: f64,
    /// Sorted by code (as `World::countries`, which `decode` checks), without [`OMITTED`]
    /// countries.
    pub countries: Vec<CountryPath>,
}

impl Projected {
    /// Projects every country; `width` 1000 gives a 1000 × 486.7 viewBox.
    pub fn new(world: &World, width: f64) -> Projected {
        let (x_max, _) = equal_earth(180.0, 0.0);
        let (_, y_max) = equal_earth(0.0, 90.0);
        let mut projected = Projected {
            width,
            height: width * y_max / x_max,
            countries: vec![],
        };
        projected.countries = world
            .countries
            .iter()
            .filter(|c| !OMITTED.contains(&c.code.as_str()))
            .filter_map(|c| projected.country(c))
            .collect();
        projected
    }

    /// `(lon, lat)` in degrees to viewBox coordinates, for markers.
    pub fn project_point(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = equal_earth(lon, lat);
        let k = self.width / (2.0 * X_MAX);
        (self.width / 2.0 + x * k, self.height / 2.0 - y * k)
    }

    /// A country's path by alpha-2 code (binary search: `countries` is sorted).
    pub fn get(&self, code: &str) -> Option<&CountryPath> {
        let i = self
            .countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()?;
        Some(&self.countries[i])
    }

    /// Box around the given countries' shapes (e.g. a section's), `None` if none has one.
    pub fn bbox<S: AsRef<str>>(&self, codes: &[S]) -> Option<BBox> {
        let mut boxes = codes
            .iter()
            .filter_map(|c| self.get(c.as_ref()))
            .map(|c| c.bbox);
        let first = boxes.next()?;
        Some(boxes.fold(first, BBox::union))
    }

    fn country(&self, shape: &CountryShape) -> Option<CountryPath> {
        let mut d = String::new();
        let mut parts: Vec<(i64, BBox)> = Vec::new(); // (twice the area in tenths², box)
        for polygon in &shape.polygons {
            for (i, ring) in polygon.iter().enumerate() {
                let split = split_antimeridian(ring);
                let pieces = split.as_deref().unwrap_or(std::slice::from_ref(ring));
                let mut drawn = false;
                for t in pieces.iter().filter_map(|piece| self.tenths(piece)) {
                    write_ring(&mut d, &t);
                    let area = t.iter().zip(t.iter().cycle().skip(1));
                    let area = area.map(|(a, b)| a.0 * b.1 - b.0 * a.1).sum::<i64>();
                    let to_f = |(x, y): (i64, i64)| (x as f64 / 10.0, y as f64 / 10.0);
                    let (x, y) = to_f(t[0]);
                    let mut bbox = BBox::point(x, y);
                    t.iter()
                        .map(|&p| to_f(p))
                        .for_each(|(x, y)| bbox.extend(x, y));
                    parts.push((area.abs(), bbox));
                    drawn = true;
                }
                if i == 0 && !drawn {
                    break; // exterior too small to draw: so are its holes
                }
            }
        }
        let largest = (0..parts.len()).max_by_key(|&i| parts[i].0)?;
        Some(CountryPath {
            code: shape.code.clone(),
            d,
            bbox: self.cluster(&parts, largest),
        })
    }

    /// The box of the largest part grown by the parts within reach (1/12 of the map width,
    /// about 30° of longitude at the equator) of it, repeatedly: keeps Alaska with the US
    /// and whole archipelagos, leaves out French Guiana from France and pieces cut off across
    /// the antimeridian (Chukotka, eastern Fiji), which would stretch a section's box.
    fn cluster(&self, parts: &[(i64, BBox)], largest: usize) -> BBox {
        let reach = self.width / 12.0;
        let gap = |a: &BBox, b: &BBox| {
            let dx = (b.min_x - a.max_x).max(a.min_x - b.max_x);
            let dy = (b.min_y - a.max_y).max(a.min_y - b.max_y);
            dx.max(dy)
        };
        let mut taken = vec![false; parts.len()];
        taken[largest] = true;
        let mut bbox = parts[largest].1;
        let mut grown = true;
        while grown {
            grown = false;
            for (i, (_, part)) in parts.iter().enumerate() {
                if !taken[i] && gap(&bbox, part) <= reach {
                    (taken[i], grown, bbox) = (true, true, bbox.union(*part));
                }
            }
        }
        bbox
    }

    /// Projects a closed ring to tenths of a viewBox unit, dropping repeated points and the
    /// closing one; `None` when fewer than 3 distinct points remain (sub-pixel islands).
    fn tenths(&self, ring: &[(f64, f64)]) -> Option<Vec<(i64, i64)>> {
        let mut out: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
        for &(lon, lat) in ring {
            let (x, y) = self.project_point(lon, lat);
            let p = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
        while out.len() > 1 && out.first() == out.last() {
            out.pop();
        }
        (out.len() >= 3).then_some(out)
    }
}

/// Cuts a ring wherever a segment jumps across ±180° (the 1:110m data has such rings for
/// Fiji, Chukotka and Wrangel Island), so no edge is drawn across the whole map. Each piece
/// is closed along the antimeridian; a piece that ends on the other side from where it began
/// goes round a pole (Antarctica) and is closed along that pole's line. `None`: no crossing.
fn split_antimeridian(ring: &[(f64, f64)]) -> Option<Vec<Ring>> {
    let n = ring.len().saturating_sub(1); // open ring: ring[n] == ring[0]
    let crosses = |i: usize| (ring[(i + 1) % n].0 - ring[i].0).abs() > 180.0;
    let first = (0..n).find(|&i| crosses(i))?;
    // Where segment i meets the antimeridian: (lon on the side of ring[i], lat).
    let meet = |i: usize| {
        let ((lon_a, lat_a), (lon_b, lat_b)) = (ring[i], ring[(i + 1) % n]);
        let edge = 180f64.copysign(lon_a);
        let span = lon_b + 2.0 * edge - lon_a; // 0 when both ends are on the antimeridian
        let t = if span == 0.0 {
            0.0
        } else {
            (edge - lon_a) / span
        };
        (edge, lat_a + t * (lat_b - lat_a))
    };
    let (edge, lat) = meet(first);
    let mut current = vec![(-edge, lat)];
    let mut pieces = Vec::new();
    for j in 1..=n {
        let i = (first + j) % n;
        current.push(ring[i]);
        if crosses(i) {
            let (edge, lat) = meet(i);
            current.push((edge, lat));
            pieces.push(std::mem::replace(&mut current, vec![(-edge, lat)]));
        }
    }
    for piece in &mut pieces {
        let (start, end) = (piece[0], piece[piece.len() - 1]);
        if start.0 != end.0 {
            let pole = 90f64.copysign(piece.iter().map(|p| p.1).sum::<f64>());
            piece.extend([(end.0, pole), (start.0, pole)]);
        }
        piece.push(start);
    }
    Some(pieces)
}

/// Appends `M x y l dx dy … z`: relative moves are shorter than absolute coordinates, and
/// working in integer tenths keeps them exact (no rounding drift along the ring).
fn write_ring(d: &mut String, ring: &[(i64, i64)]) {
    let push = |d: &mut String, v: i64| {
        if v >= 0 && !d.ends_with(['M', 'l']) {
            d.push(' ');
        }
        if v < 0 {
            d.push('-');
        }
        let a = v.unsigned_abs();
        push_digits(d, a / 10);
        if !a.is_multiple_of(10) {
            d.push('.');
            d.push(char::from(b'0' + (a % 10) as u8));
        }
    };
    d.push('M');
    push(d, ring[0].0);
    push(d, ring[0].1);
    d.push('l');
    for w in ring.windows(2) {
        push(d, w[1].0 - w[0].0);
        push(d, w[1].1 - w[0].1);
    }
    d.push('z');
}

/// Appends `n` in decimal, without the allocation of `to_string` (this runs for every
/// coordinate of the world).
fn push_digits(d: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    d.extend(digits[i..].iter().map(|&b| char::from(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
    }

    #[test]
    fn equal_earth_known_values() {
        assert_eq!(M, 3f64.sqrt() / 2.0);
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        // x(180°, 0) = π / (M·A1); y(0, 90°) = θ(A1 + A2θ² + θ⁶(A3 + A4θ²)) with θ = π/3.
        assert!(close(equal_earth(180.0, 0.0), (2.706_630_0, 0.0)));
        assert_eq!(equal_earth(180.0, 0.0).0, X_MAX);
        assert!(close(equal_earth(0.0, 90.0), (0.0, 1.317_362_8)));
        // Values of d3-geo's geoEqualEarthRaw, evaluated independently in Node.
        assert!(close(equal_earth(2.35, 48.86), (0.029_416_0, 0.923_415_5)));
        assert!(close(
            equal_earth(-120.0, -30.0),
            (-1.687_801_1, -0.592_935_1)
        ));
        for (lon, lat) in [(10.0, 20.0), (170.0, 80.0)] {
            let (x, y) = equal_earth(lon, lat);
            assert!(close(equal_earth(-lon, -lat), (-x, -y)));
            assert!(close(equal_earth(-lon, lat), (-x, y)));
        }
    }

    #[test]
    fn splits_rings_across_the_antimeridian() {
        // A square straddling 180° (as in the data: lon jumps from 179 to -179).
        let square = [
            (179.0, 0.0),
            (-179.0, 0.0),
            (-179.0, 2.0),
            (179.0, 2.0),
            (179.0, 0.0),
        ];
        let inland = [(170.0, 0.0), (179.0, 0.0), (179.0, 2.0), (170.0, 0.0)];
        assert_eq!(split_antimeridian(&inland), None);
        let pieces = split_antimeridian(&square).unwrap();
        assert_eq!(pieces.len(), 2);
        for piece in &pieces {
            assert_eq!(piece.first(), piece.last());
            let sides = piece.iter().map(|p| p.0.signum()).collect::<Vec<_>>();
            assert!(sides.iter().all(|s| *s == sides[0]), "{piece:?}");
        }
        // A ring around the south pole is closed along the pole line.
        let cap = [
            (0.0, -80.0),
            (120.0, -80.0),
            (180.0, -80.0),
            (-180.0, -80.0),
            (-120.0, -80.0),
            (0.0, -80.0),
        ];
        let pieces = split_antimeridian(&cap).unwrap();
        assert_eq!(pieces.len(), 1);
        assert!(pieces[0].contains(&(180.0, -90.0)) && pieces[0].contains(&(-180.0, -90.0)));
    }

    #[test]
    fn writes_compact_relative_paths() {
        let mut d = String::new();
        write_ring(&mut d, &[(1000, 25), (1012, 25), (1012, -5)]);
        assert_eq!(d, "M100 2.5l1.2 0 0-3z");
        let mut d = String::new();
        write_ring(&mut d, &[(0, 1234567), (-9, 1234567), (-9, 0)]);
        assert_eq!(d, "M0 123456.7l-0.9 0 0-123456.7z");
    }

    #[test]
    fn projects_into_the_viewbox() {
        let world = World { countries: vec![] };
        let p = Projected::new(&world, 1000.0);
        assert!((p.height - 486.7).abs() < 0.1, "{}", p.height);
        assert!(close(p.project_point(0.0, 0.0), (500.0, p.height / 2.0)));
        assert!(close(p.project_point(-180.0, 0.0), (0.0, p.height / 2.0)));
        assert!(close(p.project_point(180.0, 0.0), (1000.0, p.height / 2.0)));
        assert!(close(p.project_point(0.0, 90.0), (500.0, 0.0)));
        assert!(close(p.project_point(0.0, -90.0), (500.0, p.height)));
        let (x, y) = p.project_point(2.35, 48.86); // Paris: a little right of centre, north
        assert!(x > 500.0 && x < 520.0 && y < p.height / 2.0);
    }
}
