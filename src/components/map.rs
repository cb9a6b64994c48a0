//! The sections map: UCLG's regional sections on an equal-area world map, drawn as SVG from
//! the bundled geometry (no tiles, no network once loaded).
//!
//! Every section is one link (`<a>` in the SVG) holding its countries, small states and
//! seat, so it is one Tab stop that Enter opens; hover or focus highlights it and shows a
//! tooltip. Zoom and pan only change the `viewBox`: the paths are projected once. A legend
//! zooms to a section, and a table gives the same content to screen readers (and to anyone
//! on request). One map per page: its element ids (`map-table`, `map-help`, the stripe
//! patterns) are fixed.

mod download;
mod draw;
mod gesture;
mod legend;
mod markup;
mod table;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use crate::components::{ErrorView, Failed, ImageDownload};
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::{fixed, marker_scale, BBox, MapLayout, ViewBox, ZOOM_STEP};
use crate::model::{Dataset, Locale};
use crate::state::load::Load;

pub use table::{CountryList, MarkedCountry};

use crate::state::geo::{now, use_geo, Geo};
use crate::state::{is_embedded, use_locale};
use gesture::Gesture;

/// The sections map with its controls, legend and accessible table.
#[component]
pub fn SectionsMap(
    /// The dataset: sections, World Secretariat, congresses.
    data: Arc<Dataset>,
    /// The id of the section to zoom to and highlight (on that section's page).
    #[prop(optional, into)]
    section: Option<String>,
    /// The code of a country to mark (the one a search led to).
    #[prop(optional, into)]
    marked: MaybeProp<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let geo = use_geo();
    // The page comes first: the map is drawn once the browser has painted it, so a
    // navigation shows its heading at once and the map a frame later, in reserved space.
    let painted = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = painted.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });
    move || match (geo.get(), painted.get()) {
        (Load::Ready(g), true) => {
            view! { <MapView data=data.clone() geo=g section=section.clone() marked /> }.into_any()
        }
        (Load::Ready(_) | Load::Loading, _) => view! {
            <div class="map__placeholder" role="status" data-testid="map-loading">
                {t_string!(i18n, map.loading)}
            </div>
        }
        .into_any(),
        (Load::Failed(error), _) => {
            view! { <ErrorView error retry=move || geo.retry() failed=Failed::Map /> }.into_any()
        }
    }
}

/// What the map's parts share: the view and what is highlighted. All `Copy`.
#[derive(Clone, Copy)]
struct MapState {
    world: ViewBox,
    view: RwSignal<ViewBox>,
    /// The section (and country) under the mouse, and where, in fractions of the frame.
    hovered: RwSignal<Option<Hover>>,
    /// The section link that has keyboard focus.
    focused: RwSignal<Option<usize>>,
    /// The section chosen in the legend (or the page's own section).
    selected: RwSignal<Option<usize>>,
    /// What is highlighted: hovered, else focused, else selected.
    active: Memo<Option<usize>>,
    /// The map's width on screen, in CSS pixels.
    width_px: RwSignal<f64>,
    /// Map units per CSS pixel, stepped: sizes markers (see `marker_scale`).
    scale: Memo<f64>,
    /// Bumped to stop a running zoom animation.
    animation: StoredValue<u32>,
    gesture: StoredValue<Gesture>,
    /// Each section's box, to zoom to it.
    boxes: StoredValue<Vec<BBox>>,
    /// Each section's seat, where the keyboard zooms while the section has focus.
    seats: StoredValue<Vec<(f64, f64)>>,
}

#[derive(Clone, Debug, PartialEq)]
struct Hover {
    section: usize,
    country: Option<String>,
    at: (f64, f64),
}

impl MapState {
    fn new(layout: &MapLayout, selected: Option<usize>) -> MapState {
        let world = layout.world;
        let initial = selected.map_or(world, |i| layout.view_of(i));
        let view = RwSignal::new(initial);
        let hovered = RwSignal::new(None::<Hover>);
        let focused = RwSignal::new(None);
        let selected = RwSignal::new(selected);
        // A first guess until the frame is measured: the page's width, up to its maximum.
        let guess = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(1000.0)
            .min(1100.0);
        let width_px = RwSignal::new(guess);
        MapState {
            world,
            view,
            hovered,
            focused,
            selected,
            active: Memo::new(move |_| {
                hovered
                    .with(|h| h.as_ref().map(|h| h.section))
                    .or(focused.get())
                    .or(selected.get())
            }),
            width_px,
            scale: Memo::new(move |_| marker_scale(view.get().w / width_px.get())),
            animation: StoredValue::new(0),
            gesture: StoredValue::new(Gesture::default()),
            boxes: StoredValue::new(layout.sections.iter().map(|s| s.bbox).collect()),
            seats: StoredValue::new(layout.sections.iter().map(|s| s.seat).collect()),
        }
    }

    /// The view that shows section `i`.
    fn view_of(self, i: usize) -> ViewBox {
        self.boxes
            .with_value(|b| b.get(i).map(|b| ViewBox::fit(*b, self.world)))
            .unwrap_or(self.world)
    }

    /// Moves to `to`, animated unless the visitor prefers reduced motion.
    fn go(self, to: ViewBox) {
        let generation = self.stop();
        let from = self.view.get_untracked();
        if from == to || prefers_reduced_motion() {
            self.view.set(to);
            return;
        }
        animate(self, generation, from, to, now());
    }

    /// Stops any animation (a gesture takes over); returns the new generation.
    fn stop(self) -> u32 {
        self.animation.update_value(|g| *g = g.wrapping_add(1));
        self.animation.get_value()
    }
}

/// Length of a zoom animation, in milliseconds.
const ANIMATION_MS: f64 = 280.0;

fn animate(state: MapState, generation: u32, from: ViewBox, to: ViewBox, start: f64) {
    request_animation_frame(move || {
        if state.animation.try_get_value() != Some(generation) {
            return;
        }
        let t = ((now() - start) / ANIMATION_MS).min(1.0);
        let eased = 1.0 - (1.0 - t).powi(3);
        let next = if t < 1.0 { from.towards(to, eased) } else { to };
        if state.view.try_set(next).is_none() && t < 1.0 {
            animate(state, generation, from, to, start);
        }
    });
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Texts of a section, in the page's language, for its link, tooltip and table row.
struct SectionText {
    name: String,
    seat: String,
    count: usize,
    /// "Seat: Rabat", as the locale writes it.
    seat_text: String,
    /// "54 countries", in the locale's plural form.
    count_text: String,
    /// The link's accessible name: name, seat and number of countries.
    label: String,
}

/// The map once the geometry is there.
#[component]
fn MapView(
    data: Arc<Dataset>,
    geo: Arc<Geo>,
    section: Option<String>,
    marked: MaybeProp<String>,
) -> impl IntoView {
    let started = now();
    let i18n = use_i18n();
    let locale = use_locale();
    let layout = Arc::new(MapLayout::new(&data.sections, &geo.map, &geo.countries));
    let own = section.and_then(|id| data.sections.iter().position(|s| s.id == id));
    let world = layout.world;
    let state = MapState::new(&layout, own);
    let texts: Arc<Vec<SectionText>> = Arc::new(section_texts(&data, locale, i18n));
    let congresses = RwSignal::new(false);
    let table_shown = RwSignal::new(false);

    let root = NodeRef::<html::Div>::new();
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let measure = move || {
        if let Some(svg) = svg.get_untracked() {
            let width = svg.get_bounding_client_rect().width();
            if width > 0.0 {
                state.width_px.set(width);
            }
        }
    };
    // After the first render: measure the frame (which lays the page out) and expose the
    // time taken for the benchmark.
    Effect::new(move |_| {
        if let (Some(root), Some(_)) = (root.get(), svg.get()) {
            measure();
            let _ = root.set_attribute("data-render-ms", &fixed(now() - started, 1));
        }
    });
    // The marked country's shapes and markers (every copy, if two sections share it). The
    // code is one of the dataset's (checked by the page), so the selector is well-formed.
    Effect::new(move |previous: Option<Option<String>>| {
        use leptos::wasm_bindgen::JsCast;
        let code = marked.get();
        if let Some(svg) = svg.get() {
            let toggle = |code: &str, on: bool| {
                let Ok(nodes) = svg.query_selector_all(&format!("[data-code=\"{code}\"]")) else {
                    return;
                };
                for i in 0..nodes.length() {
                    if let Some(el) = nodes
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = el.class_list().toggle_with_force("is-marked", on);
                    }
                }
            };
            if let Some(Some(old)) = previous.filter(|p| *p != code) {
                toggle(&old, false);
            }
            if let Some(code) = &code {
                toggle(code, true);
            }
        }
        code
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let zoom = move |factor: f64| {
        let v = state.view.get_untracked();
        state.go(v.zoom_at(factor, v.at(0.5, 0.5), world));
    };
    let reset = move |_| {
        state.selected.set(None);
        state.go(world);
    };
    let geo_ms = fixed(geo.prepare_ms, 1);
    // Not in an embed, whose page is the partner's.
    let download = (!is_embedded()).then(|| {
        let (data, geo, layout, texts) = (data.clone(), geo.clone(), layout.clone(), texts.clone());
        let picture = move || {
            let shown = download::Shown {
                data: data.clone(),
                geo: geo.clone(),
                layout: layout.clone(),
                texts: texts.clone(),
                state,
                congresses: congresses.get_untracked(),
                marked: marked.get_untracked(),
            };
            let svg: web_sys::Element = svg.get_untracked()?.into();
            Some(download::picture(svg, &shown))
        };
        view! {
            <ImageDownload what=t_string!(i18n, download.map).to_owned()
                svg_label=t_string!(i18n, download.map_svg).to_owned()
                png_label=t_string!(i18n, download.map_png).to_owned()
                class="map__tools" picture />
        }
    });
    let icon = |d: &'static str| {
        view! {
            <svg class="map__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d=d />
            </svg>
        }
    };

    view! {
        <div class="map" node_ref=root data-testid="map" data-geo-ms=geo_ms>
            <div class="map__tools no-print" role="group" aria-label=t_string!(i18n, map.tools)>
                <button type="button" class="map__tool" data-testid="zoom-in"
                    aria-label=t_string!(i18n, map.zoom_in) title=t_string!(i18n, map.zoom_in)
                    on:click=move |_| zoom(ZOOM_STEP)>
                    {icon("M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z")}
                </button>
                <button type="button" class="map__tool" data-testid="zoom-out"
                    aria-label=t_string!(i18n, map.zoom_out) title=t_string!(i18n, map.zoom_out)
                    on:click=move |_| zoom(1.0 / ZOOM_STEP)>
                    {icon("M5 11h14v2H5z")}
                </button>
                <button type="button" class="map__tool" data-testid="zoom-reset"
                    aria-label=t_string!(i18n, map.reset) title=t_string!(i18n, map.reset)
                    on:click=reset>
                    {icon("M4 4h6v2H7.4l3.3 3.3-1.4 1.4L6 7.4V10H4zm10 0h6v6h-2V7.4l-3.3 3.3-1.4-1.4L16.6 6H14zM4 14h2v2.6l3.3-3.3 1.4 1.4L7.4 18H10v2H4zm14 0h2v6h-6v-2h2.6l-3.3-3.3 1.4-1.4 3.3 3.3z")}
                </button>
                <label class="map__toggle">
                    <input type="checkbox" data-testid="congress-layer" bind:checked=congresses />
                    {t_string!(i18n, map.congresses)}
                </label>
                <button type="button" class="button button--quiet map__table-toggle" data-testid="table-toggle"
                    aria-expanded=move || table_shown.get().to_string() aria-controls="map-table"
                    on:click=move |_| table_shown.update(|s| *s = !*s)>
                    {move || if table_shown.get() { t_string!(i18n, map.hide_table) } else { t_string!(i18n, map.show_table) }}
                </button>
            </div>
            <draw::Frame data=data.clone() geo=geo.clone() layout=layout.clone() texts=texts.clone()
                state congresses svg />
            <p class="map__help" id="map-help">{t_string!(i18n, map.help)}</p>
            <legend::Legend data=data.clone() layout=layout.clone() texts=texts.clone() state congresses />
            {download}
            <table::SectionsTable data geo texts shown=table_shown />
        </div>
    }
}

fn section_texts(
    data: &Dataset,
    locale: Locale,
    i18n: leptos_i18n::I18nContext<crate::i18n::Locale>,
) -> Vec<SectionText> {
    data.sections
        .iter()
        .map(|s| {
            let name = s.name.get(locale).to_owned();
            let seat = s.seat.name.get(locale).to_owned();
            let count = s.countries.len();
            let count_text = crate::t_count!(locale, sections.countries_count, count);
            let seat_text = t_string!(i18n, map.seat_is, seat = &seat).to_string();
            let label = t_string!(
                i18n,
                map.section_label,
                name = &name,
                seat = &seat,
                countries = &count_text
            )
            .to_string();
            SectionText {
                name,
                seat,
                count,
                seat_text,
                count_text,
                label,
            }
        })
        .collect()
}
