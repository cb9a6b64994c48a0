//! The map's static drawing as SVG markup. The browser parses it in one go (`inner_html`),
//! which is several times faster than creating its few hundred paths and dots one element
//! and one attribute at a time across the wasm boundary. Only the parts that react (the
//! section links, the `viewBox`, classes) are built by leptos. No `style` attribute here: the
//! Content-Security-Policy refuses them (colours come from classes and `--fill`).

use std::fmt::Write;

use crate::model::geo::{fixed, Fill, MapLayout, Projected};

/// Inside section `i`'s link: its countries, the metropolitan outline, its small states and
/// its seat. A country of two sections is striped; its copy in the section drawn first is
/// marked `is-under`, to be hidden when that section fades (the other copy is on top).
pub(super) fn section(layout: &MapLayout, i: usize, map: &Projected) -> String {
    let s = &layout.sections[i];
    let mut out = String::with_capacity(
        s.shapes
            .iter()
            .map(|m| map.countries[m.shape].d.len() + 60)
            .sum::<usize>()
            + s.outline.len()
            + 80 * (s.dots.len() + 2),
    );
    for m in &s.shapes {
        let d = &map.countries[m.shape].d;
        match m.fill {
            Fill::Shared(p) => {
                let under = if layout.patterns[p].0 == i {
                    " is-under"
                } else {
                    ""
                };
                let _ = write!(
                    out,
                    r#"<path class="map__country is-shared{under}" fill="url(#map-stripes-{p})" data-code="{}" d="{d}"/>"#,
                    m.code
                );
            }
            Fill::Section(_) => {
                let _ = write!(
                    out,
                    r#"<path class="map__country" data-code="{}" d="{d}"/>"#,
                    m.code
                );
            }
        }
    }
    if !s.outline.is_empty() {
        let _ = write!(out, r#"<path class="map__outline" d="{}"/>"#, s.outline);
    }
    for dot in &s.dots {
        let (class, fill) = match dot.fill {
            Fill::Shared(p) => (" is-shared", format!(r#" fill="url(#map-stripes-{p})""#)),
            Fill::Section(_) => ("", String::new()),
        };
        let _ = write!(
            out,
            r#"<circle class="map__dot{class}"{fill} data-code="{}" cx="{}" cy="{}" r="3"/>"#,
            dot.code,
            fixed(dot.x, 1),
            fixed(dot.y, 1)
        );
    }
    let ring = if s.outline.is_empty() {
        ""
    } else {
        " map__seat--ring"
    };
    let _ = write!(
        out,
        r#"<circle class="map__seat{ring}" cx="{}" cy="{}" r="5"/>"#,
        fixed(s.seat.0, 1),
        fixed(s.seat.1, 1)
    );
    out
}

/// The countries and small states of no regional section.
pub(super) fn neutral(layout: &MapLayout) -> String {
    let mut out = String::with_capacity(layout.neutral.len() + 80 * layout.neutral_dots.len());
    let _ = write!(out, r#"<path d="{}"/>"#, layout.neutral);
    for (_, x, y) in &layout.neutral_dots {
        let _ = write!(
            out,
            r#"<circle class="map__dot--neutral" cx="{}" cy="{}" r="2"/>"#,
            fixed(*x, 1),
            fixed(*y, 1)
        );
    }
    out
}

/// Congress cities as diamonds with a title (city and year), at map positions.
pub(super) fn congresses(cities: &[((f64, f64), String)]) -> String {
    let mut out = String::new();
    for ((x, y), title) in cities {
        let _ = write!(
            out,
            r#"<path class="map__congress" d="{}"><title>{}</title></path>"#,
            diamond(*x, *y, 1.0),
            escape(title)
        );
    }
    out
}

/// A five-pointed star of radius `size` around `(x, y)` (on the map: 1, scaled up by CSS).
pub(super) fn star(x: f64, y: f64, size: f64) -> String {
    let mut d = String::new();
    for k in 0..10 {
        let r = size * if k % 2 == 0 { 1.0 } else { 0.45 };
        let a = std::f64::consts::PI * (f64::from(k) / 5.0 - 0.5);
        let (px, py) = (x + r * a.cos(), y + r * a.sin());
        let _ = write!(
            d,
            "{}{} {}",
            if k == 0 { 'M' } else { 'L' },
            fixed(px, 3),
            fixed(py, 3)
        );
    }
    d.push('z');
    d
}

/// A diamond of radius `size` around `(x, y)` (on the map: 1, scaled up by CSS).
pub(super) fn diamond(x: f64, y: f64, size: f64) -> String {
    let (x, top, s) = (fixed(x, 3), fixed(y - size, 3), fixed(size, 3));
    format!("M{x} {top}l{s} {s}-{s} {s}-{s}-{s}z")
}

/// Text for markup: `&`, `<`, `>` and `"` escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::geo::{decode, decode_countries, MapLayout};
    use crate::model::parse;

    fn world() -> (MapLayout, Projected, Vec<String>) {
        let data = parse(
            "atlas.json",
            include_str!("../../../public/data/atlas.json"),
        )
        .unwrap();
        let world = decode(include_str!("../../../public/data/world.json")).unwrap();
        let map = Projected::new(&world, 1000.0);
        let countries =
            decode_countries(include_str!("../../../public/data/countries.json")).unwrap();
        let ids = data.sections.iter().map(|s| s.id.clone()).collect();
        (MapLayout::new(&data.sections, &map, &countries), map, ids)
    }

    #[test]
    fn sections_draw_their_countries_dots_and_seat() {
        let (layout, map, ids) = world();
        let europe = ids.iter().position(|id| id == "europe").unwrap();
        let mewa = ids
            .iter()
            .position(|id| id == "middle-east-west-asia")
            .unwrap();
        let svg = section(&layout, europe, &map);
        let de = format!(r#"data-code="DE" d="{}""#, map.get("DE").unwrap().d);
        assert!(svg.contains(&de));
        // Turkey: striped in both, under in Europe (drawn first), on top in MEWA.
        assert!(svg
            .contains(r#"<path class="map__country is-shared is-under" fill="url(#map-stripes-"#));
        let top = section(&layout, mewa, &map);
        assert!(top.contains(r#"<path class="map__country is-shared" fill="url(#map-stripes-"#));
        assert!(svg.contains(r#"<circle class="map__dot" data-code="MT""#));
        assert!(svg.ends_with(r#"r="5"/>"#) && svg.contains(r#"<circle class="map__seat" "#));
        assert_eq!(
            svg.matches("<path").count(),
            layout.sections[europe].shapes.len()
        );
        let metro = ids.iter().position(|id| id == "metropolis").unwrap();
        let svg = section(&layout, metro, &map);
        assert!(svg.starts_with(r#"<path class="map__outline""#));
        assert!(svg.contains("map__seat map__seat--ring"));
        assert!(!neutral(&layout).contains("data-code"));
    }

    #[test]
    fn markers_are_escaped_and_centred() {
        let svg = congresses(&[((10.0, 20.0), "A & <B> \"C\"".to_owned())]);
        assert_eq!(
            svg,
            r#"<path class="map__congress" d="M10 19l1 1-1 1-1-1z"><title>A &amp; &lt;B&gt; &quot;C&quot;</title></path>"#
        );
        let star = star(0.0, 0.0, 1.0);
        assert!(star.starts_with("M0 -1L") && star.ends_with('z'));
        assert_eq!(star.matches('L').count(), 9);
    }
}
