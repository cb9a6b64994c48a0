//! One figure as a card: shown on the Figures, home and Networks pages.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{as_of, figure_value, Cite, CiteButton};
use crate::model::{Dataset, Figure};
use crate::state::{is_embedded, use_locale};

/// One figure: the number, what it counts, its year and its sources, and how to cite it.
#[component]
pub fn FigureCard(
    data: Arc<Dataset>,
    figure: Figure,
    /// Show the figure's note, which compares it with the others of its group: only where
    /// the group is shown.
    #[prop(optional)]
    with_note: bool,
    /// Shown under the figure where its group is not: that the sources disagree, as a link
    /// to their comparison.
    #[prop(default = None)]
    disagreement: Option<AnyView>,
) -> impl IntoView {
    let locale = use_locale();
    let number = figure_value(&figure, locale);
    let when = as_of(&data, &figure.sources, figure.year);
    let label = figure.label.get(locale).to_owned();
    // Outside an embed, a figure can be cited on its own.
    let cite = (!is_embedded()).then(|| {
        view! { <span class="figure-card__actions no-print"><CiteButton title=label.clone() figure=figure.clone() /></span> }
    });
    view! {
        <li class="figure-card" id=figure.id.clone()>
            <span class="figure-card__value">{number}</span>
            <span class="figure-card__unit">{figure.unit.get(locale).to_owned()}</span>
            <span class="figure-card__label">{label.clone()}</span>
            <span class="figure-card__year" data-testid="as-of">{when} <Cite data=data.clone() sources=figure.sources.clone() /></span>
            {disagreement.map(|d| view! { <span class="figure-card__note" data-testid="disagreement">{d}</span> })}
            {figure.note.clone().filter(|_| with_note).map(|n| view! { <span class="figure-card__note">{n.get(locale).to_owned()}</span> })}
            {cite}
        </li>
    }
}
