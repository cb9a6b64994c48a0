//! The legend: one button per section, which highlights it and zooms to it, and the key to
//! the other symbols; with the congress layer on, the list of congresses.

use std::sync::Arc;

use leptos::prelude::*;

use super::markup;
use super::{MapState, SectionText};
use crate::i18n::{t_string, use_i18n};
use crate::model::geo::MapLayout;
use crate::model::Dataset;
use crate::state::use_locale;

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
    let locale = use_locale();
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
            let swatch = markup::swatch_class(s.kind);
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
                        <span class=swatch data-colour=s.id.clone() aria-hidden="true"></span>
                        {texts[i].name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let secretariat = format!(
        "{} {}{}{}",
        t_string!(i18n, map.secretariat),
        t_string!(i18n, punctuation.open),
        data.organisation.secretariat.city.name.get(locale),
        t_string!(i18n, punctuation.close)
    );
    let symbols = markup::symbols(&markup::Symbols {
        striped: !layout.patterns.is_empty(),
        shared: t_string!(i18n, map.shared),
        neutral: t_string!(i18n, map.neutral),
        seat: t_string!(i18n, map.seat),
        secretariat: &secretariat,
        congress: t_string!(i18n, map.congress),
    });
    let congress_list: Vec<(u16, &str)> = data
        .congresses()
        .map(|(e, city)| (e.year(), city.name.get(locale)))
        .collect();
    let congress_list = markup::congress_list(t_string!(i18n, map.congress_list), &congress_list);
    view! {
        <div class="map__legend">
            <p class="map__legend-title" id="map-legend-title">{t_string!(i18n, map.legend)}</p>
            <ul class="map__keys" aria-labelledby="map-legend-title">{keys}</ul>
            <ul class="map__symbols" aria-label=t_string!(i18n, map.symbols) inner_html=symbols></ul>
            <div class="map__congress-list" data-testid="congress-list" hidden=move || !congresses.get()
                inner_html=congress_list></div>
        </div>
    }
}
