//! What the sections map draws, worked out once from the sections and the projected world:
//! which country gets which fill, which small states get a dot, where the seats are, and
//! the box each section zooms to.
//!
//! Regional sections colour their countries; a country in two regional sections (e.g.
//! Turkey, in Europe and in Middle East & West Asia) is drawn in each, with a striped
//! pattern of both colours. The metropolitan section (Metropolis) gathers cities across
//! the regions, so its countries are an outline laid over the regional colours.

use std::collections::BTreeMap;

use super::super::{Section, SectionKind};
use super::{countries, fixed, BBox, Country, Projected, ViewBox};

/// The drawing plan of the sections map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The whole map, the view to reset to.
    pub world: ViewBox,
    /// The outline of the globe (the sea), as a path.
    pub sphere: String,
    /// Outlines of every country in no regional section, as one path (drawn neutral).
    pub neutral: String,
    /// Small states in no regional section: code and position.
    pub neutral_dots: Vec<(String, f64, f64)>,
    /// One per section, in the dataset's order.
    pub sections: Vec<SectionLayout>,
    /// Pairs of section indexes whose countries in common need a striped pattern.
    pub patterns: Vec<(usize, usize)>,
}

/// One section's part of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionLayout {
    pub id: String,
    pub kind: SectionKind,
    /// Countries drawn with a shape (regional sections only).
    pub shapes: Vec<Member>,
    /// Small states, drawn as dots.
    pub dots: Vec<Dot>,
    /// Outline of the section's countries as one path (metropolitan section only).
    pub outline: String,
    /// The seat's position.
    pub seat: (f64, f64),
    /// What "zoom to this section" shows: its countries' shapes, else its dots, else its seat.
    pub bbox: BBox,
}

/// A country with a shape in a section.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub code: String,
    /// Index in `Projected::countries`.
    pub shape: usize,
    pub fill: Fill,
}

/// A small state's marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub code: String,
    pub x: f64,
    pub y: f64,
    pub fill: Fill,
}

/// How a country is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// In the colour of the section with this index.
    Section(usize),
    /// With the striped pattern of this index in `MapLayout::patterns`.
    Shared(usize),
}

impl MapLayout {
    /// Lays out `sections` on the projected `map`; `countries` (sorted by code) gives the
    /// marker positions of small states.
    pub fn new(sections: &[Section], map: &Projected, countries: &[Country]) -> MapLayout {
        // Country code → the regional sections it is in, in the dataset's order.
        let mut membership: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, section) in sections.iter().enumerate() {
            if section.kind == SectionKind::Regional {
                for code in &section.countries {
                    membership.entry(code.as_str()).or_default().push(i);
                }
            }
        }
        let sections_of = |code: &str| membership.get(code).map_or(&[][..], Vec::as_slice);
        let mut patterns: Vec<(usize, usize)> = Vec::new();
        let mut fill_of = |code: &str, own: usize| match sections_of(code) {
            [a, b, ..] => {
                let pair = (*a, *b);
                let index = patterns.iter().position(|p| *p == pair).unwrap_or_else(|| {
                    patterns.push(pair);
                    patterns.len() - 1
                });
                Fill::Shared(index)
            }
            _ => Fill::Section(own),
        };
        let point = |code: &str| {
            let [lon, lat] = countries::find(countries, code)?.point?;
            Some(map.project_point(lon, lat))
        };
        let shape = |code: &str| {
            map.countries
                .binary_search_by(|c| c.code.as_str().cmp(code))
                .ok()
        };

        let mut laid = Vec::with_capacity(sections.len());
        for (i, section) in sections.iter().enumerate() {
            let mut layout = SectionLayout {
                id: section.id.clone(),
                kind: section.kind,
                shapes: vec![],
                dots: vec![],
                outline: String::new(),
                seat: map.project_point(section.seat.lon, section.seat.lat),
                bbox: BBox::point(0.0, 0.0),
            };
            for code in &section.countries {
                let fill = match section.kind {
                    SectionKind::Regional => fill_of(code, i),
                    SectionKind::Metropolitan => Fill::Section(i),
                };
                if let Some(s) = shape(code) {
                    match section.kind {
                        SectionKind::Regional => layout.shapes.push(Member {
                            code: code.clone(),
                            shape: s,
                            fill,
                        }),
                        SectionKind::Metropolitan => layout.outline.push_str(&map.countries[s].d),
                    }
                } else if let Some((x, y)) = point(code) {
                    layout.dots.push(Dot {
                        code: code.clone(),
                        x,
                        y,
                        fill,
                    });
                }
            }
            layout.bbox = map.bbox(&section.countries).unwrap_or_else(|| {
                let mut b = BBox::point(layout.seat.0, layout.seat.1);
                layout.dots.iter().for_each(|d| b.extend(d.x, d.y));
                b
            });
            laid.push(layout);
        }

        let in_regional = |code: &str| !sections_of(code).is_empty();
        let neutral = map
            .countries
            .iter()
            .filter(|c| !in_regional(&c.code))
            .map(|c| c.d.as_str())
            .collect();
        let neutral_dots = countries
            .iter()
            .filter(|c| !in_regional(&c.code) && shape(&c.code).is_none())
            .filter_map(|c| {
                let (x, y) = point(&c.code)?;
                Some((c.code.clone(), x, y))
            })
            .collect();
        MapLayout {
            world: ViewBox::world(map.width, map.height),
            sphere: sphere(map),
            neutral,
            neutral_dots,
            sections: laid,
            patterns,
        }
    }

    /// The view that zooms to section `index`.
    pub fn view_of(&self, index: usize) -> ViewBox {
        self.sections
            .get(index)
            .map_or(self.world, |s| ViewBox::fit(s.bbox, self.world))
    }
}

/// The edge of the projected globe: the antimeridian down the east side and up the west,
/// joined along the poles (Equal Earth has flat poles).
fn sphere(map: &Projected) -> String {
    let east = (-90..=90)
        .rev()
        .step_by(5)
        .map(|lat| (180.0, f64::from(lat)));
    let west = (-90..=90).step_by(5).map(|lat| (-180.0, f64::from(lat)));
    let mut d = String::new();
    for (i, (lon, lat)) in east.chain(west).enumerate() {
        let (x, y) = map.project_point(lon, lat);
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&fixed(x, 1));
        d.push(' ');
        d.push_str(&fixed(y, 1));
    }
    d.push('z');
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> (MapLayout, Vec<Section>, Projected) {
        super::super::bundled_layout()
    }

    #[test]
    fn every_country_of_every_section_is_drawn() {
        let (layout, sections, _) = layout();
        assert_eq!(layout.sections.len(), sections.len());
        for (section, laid) in sections.iter().zip(&layout.sections) {
            let mut drawn: Vec<&str> = laid.shapes.iter().map(|m| m.code.as_str()).collect();
            drawn.extend(laid.dots.iter().map(|d| d.code.as_str()));
            if section.kind == SectionKind::Metropolitan {
                assert!(!laid.outline.is_empty() && laid.shapes.is_empty());
                continue;
            }
            let mut expected: Vec<&str> = section.countries.iter().map(String::as_str).collect();
            drawn.sort();
            expected.sort();
            assert_eq!(
                drawn, expected,
                "{}: a country without shape or point",
                section.id
            );
            assert!(!laid.shapes.is_empty() && laid.outline.is_empty());
        }
    }

    #[test]
    fn shared_countries_are_striped_in_both_sections() {
        let (layout, sections, _) = layout();
        let index = |id: &str| sections.iter().position(|s| s.id == id).unwrap();
        let mut shared: Vec<&str> = layout
            .sections
            .iter()
            .flat_map(|s| &s.shapes)
            .filter(|m| matches!(m.fill, Fill::Shared(_)))
            .map(|m| m.code.as_str())
            .collect();
        shared.sort();
        assert_eq!(shared, ["AZ", "AZ", "EG", "EG", "GE", "GE", "TR", "TR"]);
        let turkey = |id: &str| {
            let s = &layout.sections[index(id)];
            s.shapes.iter().find(|m| m.code == "TR").unwrap().fill
        };
        assert_eq!(turkey("europe"), turkey("middle-east-west-asia"));
        let Fill::Shared(p) = turkey("europe") else {
            unreachable!()
        };
        assert_eq!(
            layout.patterns[p],
            (index("europe"), index("middle-east-west-asia"))
        );
        assert_eq!(layout.patterns.len(), 4);
        // Spain is European; Metropolis only outlines it.
        let spain = layout.sections[index("europe")]
            .shapes
            .iter()
            .find(|m| m.code == "ES");
        assert_eq!(spain.unwrap().fill, Fill::Section(index("europe")));
    }

    #[test]
    fn neutral_countries_are_those_of_no_regional_section() {
        let (layout, _, map) = layout();
        let greenland = &map.get("GL").unwrap().d;
        assert!(layout.neutral.contains(greenland.as_str()));
        assert!(!layout.neutral.contains(map.get("FR").unwrap().d.as_str()));
        assert!(layout.neutral_dots.iter().any(|d| d.0 == "VA"));
        assert!(!layout.neutral_dots.iter().any(|d| d.0 == "MT"));
    }

    #[test]
    fn sections_zoom_to_their_region() {
        let (layout, sections, map) = layout();
        let get = |id: &str| {
            let i = sections.iter().position(|s| s.id == id).unwrap();
            (&layout.sections[i], layout.view_of(i))
        };
        let (europe, view) = get("europe");
        let (x, y) = map.project_point(4.3517, 50.8503); // Brussels
        assert!(europe.bbox.min_x < x && x < europe.bbox.max_x);
        assert!(view.zoom(layout.world) > 2.0, "{view:?}");
        assert_eq!(europe.seat, (x, y));
        // Asia-Pacific stops at Fiji, not wrapped round to the Pacific states east of 180°.
        let (asia, _) = get("asia-pacific");
        assert!(asia.bbox.min_x > 600.0, "{:?}", asia.bbox);
        assert!(asia.dots.iter().any(|d| d.code == "WS" && d.x < 100.0));
        let (north, view) = get("north-america");
        assert!(north.bbox.max_x < 400.0 && view.zoom(layout.world) > 1.5);
        for i in 0..sections.len() {
            let v = layout.view_of(i);
            assert_eq!(v, v.clamped(layout.world));
        }
        assert_eq!(layout.view_of(99), layout.world);
        assert!(layout.sphere.contains("L1000 ") && layout.sphere.contains("L0 "));
    }
}
