//! The SVG itself and its tooltip: sea, neutral countries, one link per section, the World
//! Secretariat and the congress cities. Built once; afterwards only the `viewBox`, a few
//! classes and the marker scale change.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::svg;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use web_sys::MouseEvent;

use super::{gesture, Geo, MapState, SectionText};
use crate::components::use_locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::geo::{Fill, MapLayout, SectionLayout};
use crate::model::{Dataset, EventKind, SectionKind};
use crate::paths::Paths;

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
    let sections = layout
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| section_link(i, s, &geo, &texts[i], state))
        .collect_view();
    let patterns = layout
        .patterns
        .iter()
        .enumerate()
        .map(|(p, &(a, b))| {
            let (a, b) = (&layout.sections[a].id, &layout.sections[b].id);
            view! {
                <pattern id=format!("map-stripes-{p}") patternUnits="userSpaceOnUse" width="6" height="6"
                    patternTransform=move || format!("rotate(45) scale({})", state.scale.get())>
                    <rect width="3" height="6" style=format!("fill: var(--c-{a})") />
                    <rect x="3" width="3" height="6" style=format!("fill: var(--c-{b})") />
                </pattern>
            }
        })
        .collect_view();
    let neutral_dots = layout
        .neutral_dots
        .iter()
        .map(|(_, x, y)| dot(*x, *y, "map__dot map__dot--neutral"))
        .collect_view();
    let secretariat = {
        let city = &data.organisation.secretariat.city;
        let (x, y) = geo.map.project_point(city.lon, city.lat);
        view! { <path class="map__star" d=star(x, y, 1.0) /> }
    };
    let locale = use_locale().get_untracked();
    let congress_markers = data
        .timeline
        .iter()
        .filter(|e| e.kind == EventKind::Congress)
        .filter_map(|e| {
            let city = e.city.as_ref()?;
            let (x, y) = geo.map.project_point(city.lon, city.lat);
            let title = format!("{} {}", city.name.get(locale), year(&e.date));
            Some(view! { <path class="map__congress" d=diamond(x, y, 1.0)><title>{title}</title></path> })
        })
        .collect_view();

    view! {
        <div class="map__frame"
            on:keydown=move |ev| gesture::key(state, &ev)
        >
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
                style=move || format!("--k: {}", state.scale.get())
                on:pointerdown=move |ev| gesture::down(state, &ev)
                on:pointermove=move |ev| gesture::moved(state, &ev)
                on:pointerup=move |ev| gesture::up(state, &ev)
                on:pointercancel=move |ev| gesture::up(state, &ev)
                on:pointerleave=move |ev| gesture::left(state, &ev)
                on:wheel=move |ev| gesture::wheel(state, &ev)
            >
                <defs>{patterns}</defs>
                <path class="map__sea" d=layout.sphere.clone() aria-hidden="true" />
                <g class="map__neutral" aria-hidden="true">
                    <path d=layout.neutral.clone() />
                    {neutral_dots}
                </g>
                {sections}
                <g class="map__markers" aria-hidden="true">
                    {secretariat}
                    <g class="map__congresses" class:is-shown=move || congresses.get()>{congress_markers}</g>
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
    s: &SectionLayout,
    geo: &Geo,
    text: &SectionText,
    state: MapState,
) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let navigate = use_navigate();
    let href = paths.href(locale, &format!("sections/{}", s.id));
    let open = {
        let href = href.clone();
        move |ev: MouseEvent| {
            if state.gesture.with_value(|g| g.dragged) {
                ev.prevent_default();
                return;
            }
            // A new tab or window (modifier keys, middle button) is the browser's business.
            if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                return;
            }
            ev.prevent_default();
            navigate(
                &href,
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            );
        }
    };
    let metropolitan = s.kind == SectionKind::Metropolitan;
    let shapes = s
        .shapes
        .iter()
        .map(|m| {
            let d = geo.map.countries[m.shape].d.clone();
            match m.fill {
                Fill::Shared(p) => view! {
                    <path class="map__country is-shared" d=d data-code=m.code.clone() fill=format!("url(#map-stripes-{p})") />
                }
                .into_any(),
                Fill::Section(_) => {
                    view! { <path class="map__country" d=d data-code=m.code.clone() /> }.into_any()
                }
            }
        })
        .collect_view();
    let outline = metropolitan.then(|| view! { <path class="map__outline" d=s.outline.clone() /> });
    let dots = s
        .dots
        .iter()
        .map(|d| {
            let class = match d.fill {
                Fill::Shared(_) => "map__dot is-shared",
                Fill::Section(_) => "map__dot",
            };
            let fill = match d.fill {
                Fill::Shared(p) => Some(format!("url(#map-stripes-{p})")),
                Fill::Section(_) => None,
            };
            view! {
                <circle class=class cx=format!("{:.1}", d.x) cy=format!("{:.1}", d.y) r="3" fill=fill data-code=d.code.clone() />
            }
        })
        .collect_view();
    let seat_class = if metropolitan {
        "map__seat map__seat--ring"
    } else {
        "map__seat"
    };
    let class = if metropolitan {
        "map__section map__section--metro"
    } else {
        "map__section"
    };
    view! {
        <a
            href=href
            class=class
            class:is-active=move || state.active.get() == Some(i)
            tabindex="0"
            aria-label=text.label.clone()
            data-section=i
            data-testid=format!("map-section-{}", s.id)
            style=format!("--fill: var(--c-{})", s.id)
            on:click=open
            on:focus=move |_| gesture::focus(state, i)
            on:blur=move |_| state.focused.set(None)
        >
            {shapes}
            {outline}
            {dots}
            <circle class=seat_class cx=format!("{:.1}", s.seat.0) cy=format!("{:.1}", s.seat.1) r="5" />
        </a>
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
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
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
    let seat_label = t_string!(i18n, map.seat_label);
    view! {
        <div
            class="map__tip"
            aria-hidden="true"
            data-testid="map-tooltip"
            hidden=move || content.with(Option::is_none)
            class:is-below=move || at.get().1 < 0.3
            style=move || {
                let (fx, fy) = at.get();
                format!("left: {:.2}%; top: {:.2}%; --fx: {fx:.3}", fx * 100.0, fy * 100.0)
            }
        >
            {move || {
                content
                    .get()
                    .map(|(i, country)| {
                        let text = &texts[i];
                        let country = country.map(|c| view! { <span class="map__tip-country">{geo.name(&c, locale)}</span> });
                        view! {
                            <strong class="map__tip-name">{text.name.clone()}</strong>
                            {country}
                            <span>{seat_label} " " {text.seat.clone()}</span>
                            <span>{text.count} " " {t!(i18n, sections.countries_count)}</span>
                        }
                    })
            }}
        </div>
    }
}

/// A small state's dot; its size on screen is set by CSS from the marker scale.
fn dot(x: f64, y: f64, class: &'static str) -> impl IntoView {
    view! { <circle class=class cx=format!("{x:.1}") cy=format!("{y:.1}") r="2" /> }
}

/// A five-pointed star of radius `size` around `(x, y)` (on the map: 1, scaled up by CSS).
pub(super) fn star(x: f64, y: f64, size: f64) -> String {
    let mut d = String::new();
    for k in 0..10 {
        let r = size * if k % 2 == 0 { 1.0 } else { 0.45 };
        let a = std::f64::consts::PI * (f64::from(k) / 5.0 - 0.5);
        let (px, py) = (x + r * a.cos(), y + r * a.sin());
        d.push_str(&format!("{}{px:.3} {py:.3}", if k == 0 { 'M' } else { 'L' }));
    }
    d.push('z');
    d
}

/// A diamond of radius `size` around `(x, y)` (on the map: 1, scaled up by CSS).
pub(super) fn diamond(x: f64, y: f64, size: f64) -> String {
    format!("M{x:.3} {:.3}l{size} {size}-{size} {size}-{size}-{size}z", y - size)
}

/// The year of an ISO 8601 date (`2004-05` → `2004`).
fn year(date: &str) -> &str {
    date.split('-').next().unwrap_or(date)
}
