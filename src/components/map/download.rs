//! The map as a picture to download, as shown: its view (the world or a section), the
//! highlighted section, the marked country and the congress layer, with the key to what it
//! shows and its sources (the atlas, UCLG's sections, Natural Earth's geometry).

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::Element;

use super::{markup, Geo, MapState, SectionText};
use crate::components::{Key, Picture};
use crate::embed_code::escape;
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::MapLayout;
use crate::model::{format, Dataset, SectionKind};
use crate::state::image_file::computed_value;
use crate::state::use_locale;

/// What the map shows now, to download.
pub(super) struct Shown {
    pub data: Arc<Dataset>,
    pub geo: Arc<Geo>,
    pub layout: Arc<MapLayout>,
    pub texts: Arc<Vec<SectionText>>,
    pub state: MapState,
    pub congresses: bool,
    pub marked: Option<String>,
}

/// The picture of the map `svg` as `shown`.
pub(super) fn picture(svg: Element, shown: &Shown) -> Picture {
    let i18n = use_i18n();
    let locale = use_locale();
    let colour = |name: &str| escape(&computed_value(&svg, name));
    let (paper, ink, mark) = (colour("--paper"), colour("--ink"), colour("--mark"));
    // A section's colour as drawn: the fill of its link.
    let fill = |i: usize| {
        svg.query_selector(&format!("[data-section=\"{i}\"]"))
            .ok()
            .flatten()
            .map(|a| escape(&computed_value(&a, "fill")))
            .unwrap_or_default()
    };
    let layout = &shown.layout;
    let mut keys: Vec<Key> = layout
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| Key {
            symbol: match s.kind {
                SectionKind::Regional => square(&fill(i), ""),
                SectionKind::Metropolitan => format!(
                    r#"<rect x="1" y="1" width="10" height="10" rx="2" fill="none" stroke="{}" stroke-width="2" stroke-dasharray="3 2"/>"#,
                    fill(i)
                ),
            },
            label: shown.texts[i].name.clone(),
        })
        .collect();
    let mut key = |symbol: String, label: String| keys.push(Key { symbol, label });
    if let Some(&(a, b)) = layout.patterns.first() {
        let stripes = format!(
            r#"<defs><pattern id="key-stripes" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="3" height="6" fill="{}"/><rect x="3" width="3" height="6" fill="{}"/></pattern></defs>"#,
            fill(a),
            fill(b)
        );
        key(
            stripes + &square("url(#key-stripes)", ""),
            t_string!(i18n, map.shared).to_owned(),
        );
    }
    let land = format!(r#" stroke="{}""#, colour("--map-land-edge"));
    key(
        square(&colour("--map-land"), &land),
        t_string!(i18n, map.neutral).to_owned(),
    );
    key(
        format!(
            r#"<circle cx="6" cy="6" r="4.5" fill="{paper}" stroke="{ink}" stroke-width="2"/>"#
        ),
        t_string!(i18n, map.seat).to_owned(),
    );
    key(
        format!(
            r#"<path d="{}" fill="{ink}"/>"#,
            markup::star(6.0, 6.6, 6.5)
        ),
        format!(
            "{} {}{}{}",
            t_string!(i18n, map.secretariat),
            t_string!(i18n, punctuation.open),
            shown.data.organisation.secretariat.city.name.get(locale),
            t_string!(i18n, punctuation.close)
        ),
    );
    if shown.congresses {
        key(
            format!(
                r#"<path d="{}" fill="{mark}" stroke="{ink}" stroke-width="1.5"/>"#,
                markup::diamond(6.0, 6.0, 5.5)
            ),
            t_string!(i18n, map.congress).to_owned(),
        );
    }
    if let Some(code) = &shown.marked {
        let symbol = format!(
            r#"<rect x="1" y="1" width="10" height="10" fill="{mark}" stroke="{ink}" stroke-width="2"/>"#
        );
        let country = shown.geo.name(code, locale);
        key(
            symbol,
            t_string!(i18n, download.marked, country = country).to_string(),
        );
    }
    let selected = shown.state.selected.get_untracked();
    let title = match selected {
        Some(i) => t_string!(
            i18n,
            download.map_title_section,
            section = &shown.texts[i].name
        )
        .to_string(),
        None => t_string!(i18n, download.map_title).to_owned(),
    };
    let source = t_string!(
        i18n,
        download.map_source,
        atlas = t_string!(i18n, app.name),
        date = format::date(&shown.data.reviewed, locale)
    )
    .to_string();
    let view = selected.map_or("world", |i| layout.sections[i].id.as_str());
    Picture {
        svg,
        title,
        keys,
        source,
        name: format!("uclg-atlas-map-{view}-{}", locale.tag()),
    }
}

/// A legend's square in `fill`, with `more` attributes.
fn square(fill: &str, more: &str) -> String {
    format!(r#"<rect x="0.5" y="0.5" width="11" height="11" rx="2" fill="{fill}"{more}/>"#)
}
