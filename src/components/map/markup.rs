//! The map's static parts as markup: the drawing, the symbols of the legend, the table, the
//! tooltip's text. The browser parses each in one go (`inner_html`), several times faster
//! than creating hundreds of paths one element and one attribute at a time across the wasm
//! boundary, and with far less code in the bundle than as typed views. Only the parts that
//! react (section links, `viewBox`, classes, buttons) are built by leptos. Every text is
//! escaped. No `style` attribute: the Content-Security-Policy refuses them.

use std::fmt::Write;

use crate::embed_code::escape;
use crate::model::geo::{fixed, Fill, MapLayout, Projected};
use crate::model::SectionKind;

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

/// The texts of the legend's symbols.
pub(super) struct Symbols<'a> {
    /// Whether some countries are in two sections (striped with pattern 0).
    pub striped: bool,
    pub shared: &'a str,
    pub neutral: &'a str,
    pub seat: &'a str,
    /// "World Secretariat (Barcelona)".
    pub secretariat: &'a str,
    pub congress: &'a str,
}

/// The key to the map's symbols, as list items.
pub(super) fn symbols(s: &Symbols) -> String {
    let icon = |shape: String| {
        format!(
            r#"<svg class="map__symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">{shape}</svg>"#
        )
    };
    let mut out = String::new();
    let mut item = |symbol: String, text: &str| {
        let _ = write!(out, "<li>{symbol}{}</li>", escape(text));
    };
    if s.striped {
        let swatch =
            r#"<rect x="-8" y="-8" width="16" height="16" rx="3" fill="url(#map-stripes-0)"/>"#;
        item(icon(swatch.to_owned()), s.shared);
    }
    let neutral = r#"<span class="map__swatch map__swatch--neutral" aria-hidden="true"></span>"#;
    item(neutral.to_owned(), s.neutral);
    item(
        icon(r#"<circle class="map__symbol-seat" r="4.5"/>"#.to_owned()),
        s.seat,
    );
    let star = format!(
        r#"<path class="map__symbol-star" d="{}"/>"#,
        star(0.0, 0.6, 7.0)
    );
    item(icon(star), s.secretariat);
    let diamond = format!(
        r#"<path class="map__symbol-congress" d="{}"/>"#,
        diamond(0.0, 0.0, 5.5)
    );
    item(icon(diamond), s.congress);
    out
}

/// The list of congresses under `title`: (year, city) in order.
pub(super) fn congress_list(title: &str, congresses: &[(u16, &str)]) -> String {
    let mut out = format!(r#"<p class="map__legend-title">{}</p><ul>"#, escape(title));
    for (year, city) in congresses {
        let _ = write!(
            out,
            r#"<li><span class="map__year">{year}</span> {}</li>"#,
            escape(city)
        );
    }
    out.push_str("</ul>");
    out
}

/// A section's swatch classes in the legend and the table: metropolitan is outlined.
pub(super) fn swatch_class(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Regional => "map__swatch",
        SectionKind::Metropolitan => "map__swatch map__swatch--outline",
    }
}

/// One section in the table.
pub(super) struct Row<'a> {
    /// The section's id, which names its colour (`data-colour`, main.css).
    pub id: &'a str,
    pub kind: SectionKind,
    pub name: &'a str,
    pub seat: &'a str,
    pub count: usize,
    /// Its countries' names, in alphabetical order.
    pub countries: Vec<String>,
}

/// The table of the sections: a caption, four column headers, a row per section.
pub(super) fn table(caption: &str, headers: [&str; 4], rows: &[Row]) -> String {
    let mut out = format!("<caption>{}</caption><thead><tr>", escape(caption));
    for header in headers {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(header));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        let _ = write!(
            out,
            r#"<tr><th scope="row"><span class="{}" data-colour="{}" aria-hidden="true"></span>{}</th><td>{}</td><td class="map__num">{}</td><td>{}</td></tr>"#,
            swatch_class(row.kind),
            escape(row.id),
            escape(row.name),
            escape(row.seat),
            row.count,
            escape(&row.countries.join(", "))
        );
    }
    out.push_str("</tbody>");
    out
}

/// The tooltip's text: the section's name, the country under the mouse if any, the seat
/// (`seat` is "Seat: Rabat") and the number of countries ("54 countries").
pub(super) fn tooltip(name: &str, country: Option<&str>, seat: &str, count: &str) -> String {
    let mut out = format!(r#"<strong class="map__tip-name">{}</strong>"#, escape(name));
    if let Some(country) = country {
        let _ = write!(
            out,
            r#"<span class="map__tip-country">{}</span>"#,
            escape(country)
        );
    }
    let _ = write!(
        out,
        "<span>{}</span><span>{}</span>",
        escape(seat),
        escape(count)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::geo::MapLayout;

    fn world() -> (MapLayout, Projected, Vec<String>) {
        let (layout, sections, map) = crate::model::geo::bundled_layout();
        (layout, map, sections.into_iter().map(|s| s.id).collect())
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
    fn legend_table_and_tooltip_are_escaped() {
        let labels = Symbols {
            striped: true,
            shared: "Two",
            neutral: "None",
            seat: "Seat",
            secretariat: "World <Secretariat>",
            congress: "Congress",
        };
        let legend = symbols(&labels);
        assert_eq!(legend.matches("<li>").count(), 5);
        assert!(legend.contains(r#"fill="url(#map-stripes-0)"/></svg>Two</li>"#));
        assert!(legend.contains("World &lt;Secretariat&gt;</li>"));
        let legend = symbols(&Symbols {
            striped: false,
            ..labels
        });
        assert_eq!(legend.matches("<li>").count(), 4);
        assert_eq!(
            congress_list("Congresses", &[(2004, "Paris"), (2010, "Mexico & co")]),
            r#"<p class="map__legend-title">Congresses</p><ul><li><span class="map__year">2004</span> Paris</li><li><span class="map__year">2010</span> Mexico &amp; co</li></ul>"#
        );
        let rows = [Row {
            id: "africa",
            kind: SectionKind::Regional,
            name: "Africa",
            seat: "Rabat",
            count: 2,
            countries: vec!["Côte d'Ivoire".into(), "São Tomé & Príncipe".into()],
        }];
        let t = table("Sections", ["S", "Seat", "N", "Countries"], &rows);
        assert!(t.starts_with("<caption>Sections</caption><thead><tr><th scope=\"col\">S</th>"));
        assert!(t.contains(r#"<tr><th scope="row"><span class="map__swatch" data-colour="africa" aria-hidden="true"></span>Africa</th><td>Rabat</td><td class="map__num">2</td><td>Côte d'Ivoire, São Tomé &amp; Príncipe</td></tr>"#));
        assert_eq!(
            tooltip("Europe", Some("France"), "Seat: Brussels", "43 countries"),
            r#"<strong class="map__tip-name">Europe</strong><span class="map__tip-country">France</span><span>Seat: Brussels</span><span>43 countries</span>"#
        );
        assert!(!tooltip("Europe", None, "s", "c").contains("country"));
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
