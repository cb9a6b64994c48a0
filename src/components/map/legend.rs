//! The legend: one button per section, which highlights it and zooms to it, and the key to
//! the other symbols; with the congress layer on, the list of congresses.

use std::sync::Arc;

use leptos::prelude::*;

use super::markup::{diamond, star};
use super::{MapState, SectionText};
use crate::components::use_locale;
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::MapLayout;
use crate::model::{Dataset, EventKind, SectionKind};

/// The map's legend.
#[component]
pub(super) fn Legend(
    data: Arc<Dataset>,
    layout: Arc<MapLayout>,
    texts: Arc<Vec<SectionText>>,
    state: MapState,
    /// Whether the congress cities layer is shown.
    congresses: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let select = move |i: usize| {
        if state.selected.get_untracked() == Some(i) {
            state.selected.set(None);
            state.go(state.world);
        } else {
            state.selected.set(Some(i));
            state.go(state.view_of(i));
        }
    };
    let keys = layout
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let swatch = match s.kind {
                SectionKind::Regional => "map__swatch",
                SectionKind::Metropolitan => "map__swatch map__swatch--outline",
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="map__key"
                        class:is-active=move || state.active.get() == Some(i)
                        aria-pressed=move || (state.selected.get() == Some(i)).to_string()
                        data-testid=format!("legend-{}", s.id)
                        on:click=move |_| select(i)
                    >
                        <span class=swatch style:--fill=format!("var(--c-{})", s.id) aria-hidden="true"></span>
                        {texts[i].name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    // The striped swatch shows the colours of the first pair of sections sharing countries.
    let stripes = layout.patterns.first().map(|&(a, b)| {
        let (a, b) = (&layout.sections[a].id, &layout.sections[b].id);
        format!("repeating-linear-gradient(135deg, var(--c-{a}) 0 3px, var(--c-{b}) 3px 6px)")
    });
    let secretariat = data
        .organisation
        .secretariat
        .city
        .name
        .get(locale)
        .to_owned();
    let congress_list = move || {
        congresses.get().then(|| {
            let items = data
                .timeline
                .iter()
                .filter(|e| e.kind == EventKind::Congress)
                .filter_map(|e| {
                    let city = e.city.as_ref()?;
                    let year = e.date.split('-').next().unwrap_or(&e.date).to_owned();
                    Some(view! { <li><span class="map__year">{year}</span> " " {city.name.get(locale).to_owned()}</li> })
                })
                .collect_view();
            view! {
                <div class="map__congress-list" data-testid="congress-list">
                    <p class="map__legend-title">{t_string!(i18n, map.congress_list)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    view! {
        <div class="map__legend">
            <p class="map__legend-title" id="map-legend-title">{t_string!(i18n, map.legend)}</p>
            <ul class="map__keys" aria-labelledby="map-legend-title">{keys}</ul>
            <ul class="map__symbols" aria-label=t_string!(i18n, map.symbols)>
                <li><span class="map__swatch" style:background=stripes aria-hidden="true"></span>{t_string!(i18n, map.shared)}</li>
                <li><span class="map__swatch map__swatch--neutral" aria-hidden="true"></span>{t_string!(i18n, map.neutral)}</li>
                <li>
                    <svg class="map__symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                        <circle class="map__symbol-seat" r="4.5" />
                    </svg>
                    {t_string!(i18n, map.seat)}
                </li>
                <li>
                    <svg class="map__symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                        <path class="map__symbol-star" d=star(0.0, 0.6, 7.0) />
                    </svg>
                    {t_string!(i18n, map.secretariat)} " (" {secretariat} ")"
                </li>
                <li>
                    <svg class="map__symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                        <path class="map__symbol-congress" d=diamond(0.0, 0.0, 5.5) />
                    </svg>
                    {t_string!(i18n, map.congress)}
                </li>
            </ul>
            {congress_list}
        </div>
    }
}
