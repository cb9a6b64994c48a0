//! The SVG itself and its tooltip: sea, neutral countries, one link per section, the World
//! Secretariat and the congress cities. Drawn once (the static shapes as markup, see
//! `markup`); afterwards only the `viewBox`, a few classes and the marker scale change.
//! Colours are set through the CSSOM (`style:`), which the Content-Security-Policy allows,
//! never through `style` attributes, which it refuses.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::svg;
use web_sys::MouseEvent;

use super::{gesture, markup, Geo, MapState, SectionText};
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::{fixed, MapLayout};
use crate::model::{Dataset, SectionKind};
use crate::paths::Route;
use crate::state::{is_embedded, is_plain_click, navigation, use_locale, use_paths};

/// The map's frame: the SVG and the tooltip over it.
#[component]
pub(super) fn Frame(
    data: Arc<Dataset>,
    geo: Arc<Geo>,
    layout: Arc<MapLayout>,
    texts: Arc<Vec<SectionText>>,
    state: MapState,
    /// Whether the congress cities layer is shown.
    congresses: RwSignal<bool>,
    svg: NodeRef<svg::Svg>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let sections = (0..layout.sections.len())
        .map(|i| section_link(i, &layout, &geo, &texts[i], state))
        .collect_view();
    let patterns = layout
        .patterns
        .iter()
        .enumerate()
        .map(|(p, &(a, b))| {
            let (a, b) = (&layout.sections[a].id, &layout.sections[b].id);
            view! {
                <pattern id=format!("map-stripes-{p}") patternUnits="userSpaceOnUse" width="6" height="6"
                    patternTransform=move || format!("rotate(45) scale({})", fixed(state.scale.get(), 4))>
                    <rect class="map__stripe" width="3" height="6" data-colour=a.clone() />
                    <rect class="map__stripe" x="3" width="3" height="6" data-colour=b.clone() />
                </pattern>
            }
        })
        .collect_view();
    let secretariat = {
        let city = &data.organisation.secretariat.city;
        let (x, y) = geo.map.project_point(city.lon, city.lat);
        markup::star(x, y, 1.0)
    };
    let cities: Vec<_> = data
        .congresses()
        .map(|(e, city)| {
            let at = geo.map.project_point(city.lon, city.lat);
            (at, format!("{} {}", city.name.get(locale), e.year()))
        })
        .collect();
    let aspect = format!(
        "{} / {}",
        fixed(layout.world.w, 2),
        fixed(layout.world.h, 2)
    );

    view! {
        <div class="map__frame" on:keydown=move |ev| gesture::key(state, &ev)>
            <svg
                node_ref=svg
                class="map__svg"
                class:is-zoomed=move || state.view.with(|v| v.w < state.world.w - 0.01)
                class:has-active=move || state.active.with(Option::is_some)
                viewBox=move || state.view.get().attr()
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label=t_string!(i18n, map.label)
                aria-describedby="map-help"
                style:--k=move || fixed(state.scale.get(), 4)
                style:aspect-ratio=aspect
                on:pointerdown=move |ev| gesture::down(state, &ev)
                on:pointermove=move |ev| gesture::moved(state, &ev)
                on:pointerup=move |ev| gesture::up(state, &ev)
                on:pointercancel=move |ev| gesture::up(state, &ev)
                on:pointerleave=move |ev| gesture::left(state, &ev)
                on:wheel=move |ev| gesture::wheel(state, &ev)
            >
                <defs>{patterns}</defs>
                <path class="map__sea" d=layout.sphere.clone() aria-hidden="true" />
                <g class="map__neutral" aria-hidden="true" inner_html=markup::neutral(&layout)></g>
                {sections}
                <g class="map__markers" aria-hidden="true">
                    <path class="map__star" d=secretariat />
                    <g class="map__congresses" class:is-shown=move || congresses.get()
                        inner_html=markup::congresses(&cities)></g>
                </g>
            </svg>
            <Tooltip geo texts state seats=layout.sections.iter().map(|s| s.seat).collect() />
        </div>
    }
}

/// One section: a link holding its countries (or, for the metropolitan section, their
/// outline), its small states and its seat.
fn section_link(
    i: usize,
    layout: &MapLayout,
    geo: &Geo,
    text: &SectionText,
    state: MapState,
) -> impl IntoView {
    let s = &layout.sections[i];
    let locale = use_locale();
    let paths = use_paths();
    let embedded = is_embedded();
    let href = paths.href(locale, &Route::Section(s.id.clone()));
    let open = {
        let href = href.clone();
        move |ev: MouseEvent| {
            if state.gesture.with_value(|g| g.dragged) {
                ev.prevent_default();
                return;
            }
            // A new tab or window (modifier keys, middle button) is the browser's business;
            // in an embed, the embed shell opens the atlas in a new tab.
            if embedded || !is_plain_click(&ev) {
                return;
            }
            ev.prevent_default();
            navigation::go(&href);
        }
    };
    let class = match s.kind {
        SectionKind::Regional => "map__section",
        SectionKind::Metropolitan => "map__section map__section--metro",
    };
    // The `<g>` makes the macro build an SVG `<a>` (at the top of a view, `a` is HTML's).
    view! {
        <g>
            <a
                href=href
                class=class
                class:is-active=move || state.active.get() == Some(i)
                tabindex="0"
                aria-label=text.label.clone()
                data-section=i
                data-testid=format!("map-section-{}", s.id)
                data-colour=s.id.clone()
                on:click=open
                on:focus=move |_| gesture::focus(state, i)
                on:blur=move |_| state.focused.set(None)
                inner_html=markup::section(layout, i, &geo.map)
            ></a>
        </g>
    }
}

/// The tooltip of the hovered or focused section: name, seat, number of countries (and
/// the country under the mouse). Hidden from assistive technology: the link's name says it.
#[component]
fn Tooltip(
    geo: Arc<Geo>,
    texts: Arc<Vec<SectionText>>,
    state: MapState,
    seats: Vec<(f64, f64)>,
) -> impl IntoView {
    let locale = use_locale();
    let content = Memo::new(move |_| match state.hovered.get() {
        Some(h) => Some((h.section, h.country)),
        None => state.focused.get().map(|i| (i, None)),
    });
    // Next to the mouse, or by the focused section's seat.
    let at = Memo::new(move |_| {
        if let Some(at) = state.hovered.with(|h| h.as_ref().map(|h| h.at)) {
            return at;
        }
        let Some(&(x, y)) = state.focused.get().and_then(|i| seats.get(i)) else {
            return (0.5, 0.5);
        };
        let (fx, fy) = state.view.get().fraction(x, y);
        (fx.clamp(0.0, 1.0), fy.clamp(0.0, 1.0))
    });
    let text = move || {
        content.with(|c| {
            c.as_ref().map_or_else(String::new, |(i, country)| {
                let text = &texts[*i];
                let country = country.as_ref().map(|c| geo.name(c, locale));
                markup::tooltip(
                    &text.name,
                    country.as_deref(),
                    &text.seat_text,
                    &text.count_text,
                )
            })
        })
    };
    view! {
        <div
            class="map__tip"
            aria-hidden="true"
            data-testid="map-tooltip"
            hidden=move || content.with(Option::is_none)
            class:is-below=move || at.get().1 < 0.3
            style:left=move || format!("{}%", fixed(at.get().0 * 100.0, 2))
            style:top=move || format!("{}%", fixed(at.get().1 * 100.0, 2))
            style:--fx=move || fixed(at.get().0, 3)
            inner_html=text
        ></div>
    }
}
