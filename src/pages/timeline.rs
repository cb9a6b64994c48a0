//! `/{lang}/timeline`: dated events, oldest first. On wide screens the events are also
//! placed on an axis scaled to the years, from the first event to today, so that gaps and
//! clusters show; each mark links to its event's text in the list. On phones, the list.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{date_label, Cite, PageHeader, PageMeta};
use crate::embed_code::escape;
use crate::i18n::{t_string, use_i18n};
use crate::model::{Dataset, Event, EventKind, IsoDate, Locale};
use crate::paths::{Paths, Route};
use crate::state::{use_locale, use_paths};

/// Every dated event of the dataset, in date order.
#[component]
pub fn Timeline(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let mut events: Vec<_> = data.timeline.iter().collect();
    // ISO dates of any precision sort correctly as strings.
    events.sort_by(|a, b| a.date.cmp(&b.date));
    // « vers 2012 » where the year is the atlas's reasoning, in the list and on the axis.
    let date = |e: &Event| date_label(&data, &e.sources, &e.date, locale);
    let dates = events.iter().map(|&e| date(e)).collect();
    let axis =
        view! { <TimelineAxis events=events.iter().map(|&e| e.clone()).collect() dates locale /> };
    let items = events
        .into_iter()
        .map(|e| {
            let place = e.city.as_ref().map(|c| view! { <span class="event__place">{c.name.get(locale).to_owned()}</span> });
            view! {
                <li class="event" class:event--congress=e.kind == EventKind::Congress id=e.id.clone()>
                    <time class="event__date" datetime=e.date.clone()>{date(e)}</time>
                    <div class="event__body">
                        <h2 class="event__title">{e.title.get(locale).to_owned()}</h2>
                        {place}
                        <p>{e.text.get(locale).to_owned()} <Cite data=data.clone() sources=e.sources.clone() /></p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=t_string!(i18n, timeline.title) description=t_string!(i18n, timeline.lead) route=Route::Timeline />
        <PageHeader title=t_string!(i18n, timeline.title) lead=t_string!(i18n, timeline.lead) />
        {axis}
        <ol class="timeline">{items}</ol>
    }
}

/// The axis's drawing, in SVG user units: it scales with the page's width.
const WIDTH: i32 = 1000;
const HEIGHT: i32 = 175;
const LEFT: i32 = 24;
const RIGHT: i32 = 976;
/// The axis line; congresses above it, other events below.
const AXIS_Y: i32 = 95;
/// Marks closer than this (user units) are stacked rather than drawn over each other.
const CROWDED: i32 = 11;

/// The events on a time axis (wide screens; hidden on phones by the style sheet). A
/// congress is a diamond with its city's name above the axis, any other event a dot below;
/// every mark is a link to the event's entry in the list, named by its date and title.
#[component]
fn TimelineAxis(
    events: Vec<Event>,
    /// Each event's date as the list writes it.
    dates: Vec<String>,
    locale: Locale,
) -> impl IntoView {
    let i18n = use_i18n();
    let paths = use_paths();
    let first = events.first().map_or(1961, |e| year_of(&e.date) as i32);
    let last = (js_sys::Date::new_0().get_full_year() as i32)
        .max(events.last().map_or(first, |e| year_of(&e.date) as i32 + 1));
    // Each mark's name: its date and title, as the list writes them.
    let names: Vec<String> = events
        .iter()
        .zip(&dates)
        .map(|(e, date)| {
            t_string!(
                i18n,
                punctuation.label,
                label = date,
                text = e.title.get(locale)
            )
            .to_string()
        })
        .collect();
    let marks = axis_markup(&events, &names, locale, &paths, (first, last));
    view! {
        <figure class="timeline-axis" data-testid="timeline-axis">
            // Markup written as text (as the map's): a view per mark costs the wasm far more.
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label=t_string!(i18n, timeline.axis)
                inner_html=marks></svg>
            <figcaption class="timeline-axis__key">
                <span class="visually-hidden">{t_string!(i18n, timeline.legend)} " "</span>
                <span class="timeline-axis__key-item">
                    <svg viewBox="0 0 16 16" aria-hidden="true"><path class="timeline-axis__shape timeline-axis__shape--congress" d="M8 1l7 7-7 7-7-7z" /></svg>
                    {t_string!(i18n, timeline.congress)}
                </span>
                <span class="timeline-axis__key-item">
                    <svg viewBox="0 0 16 16" aria-hidden="true"><circle class="timeline-axis__shape" cx="8" cy="8" r="5" /></svg>
                    {t_string!(i18n, timeline.other)}
                </span>
            </figcaption>
        </figure>
    }
}

/// The axis's SVG markup: the line, the ticks, and a link per event (escaped text).
fn axis_markup(
    events: &[Event],
    names: &[String],
    locale: Locale,
    paths: &Paths,
    (first, last): (i32, i32),
) -> String {
    use std::fmt::Write;
    let scale = Scale::new(first as f64, last as f64);
    let mut out = format!(
        r#"<line class="timeline-axis__line" x1="{LEFT}" x2="{RIGHT}" y1="{AXIS_Y}" y2="{AXIS_Y}"/>"#
    );
    for year in decades(first, last) {
        let x = scale.x(year as f64);
        let _ = write!(
            out,
            r#"<g class="timeline-axis__tick"><line x1="{x}" x2="{x}" y1="{}" y2="{}"/><text x="{x}" y="{}" text-anchor="middle">{year}</text></g>"#,
            AXIS_Y - 4,
            AXIS_Y + 4,
            HEIGHT - 6
        );
    }
    let xs: Vec<i32> = events.iter().map(|e| scale.x(year_of(&e.date))).collect();
    let congress: Vec<bool> = events
        .iter()
        .map(|e| e.kind == EventKind::Congress)
        .collect();
    for (((e, &x), row), name) in events.iter().zip(&xs).zip(stack(&xs, &congress)).zip(names) {
        let name = escape(name);
        let href = escape(&paths.anchored(locale, &Route::Timeline, &e.id));
        if e.kind == EventKind::Congress {
            let y = AXIS_Y - 16 - 18 * row as i32;
            let city = e
                .city
                .as_ref()
                .map(|c| escape(c.name.get(locale)))
                .unwrap_or_default();
            let (tx, ty) = (x + 4, y - 12);
            let _ = write!(
                out,
                r#"<a href="{href}" class="timeline-axis__mark timeline-axis__mark--congress" aria-label="{name}"><path class="timeline-axis__shape" d="M{x} {} l7 7 -7 7 -7 -7z"/><text x="{tx}" y="{ty}" transform="rotate(-35 {tx} {ty})">{city}</text></a>"#,
                y - 7
            );
        } else {
            let y = AXIS_Y + 16 + 14 * row as i32;
            let _ = write!(
                out,
                r#"<a href="{href}" class="timeline-axis__mark" aria-label="{name}"><circle class="timeline-axis__shape" cx="{x}" cy="{y}" r="5"/></a>"#
            );
        }
    }
    out
}

/// Years to user units along the axis.
struct Scale {
    from: f64,
    per_year: f64,
}

impl Scale {
    fn new(from: f64, to: f64) -> Scale {
        Scale {
            from,
            per_year: f64::from(RIGHT - LEFT) / (to - from).max(1.0),
        }
    }

    fn x(&self, year: f64) -> i32 {
        // Whole user units: short attributes, and the same text in every browser.
        // (Integers: formatting floats would cost the wasm the float-printing code.)
        LEFT + ((year - self.from) * self.per_year).round() as i32
    }
}

/// An event's date as a fractional year (`IsoDate::fractional_year`); the validator
/// refuses a date that does not parse.
fn year_of(iso: &str) -> f64 {
    IsoDate::parse(iso).map_or(0.0, |d| d.fractional_year())
}

/// The first year, every decade between, and the last year (a decade too close to either
/// end is left out, so that the labels do not overlap).
fn decades(first: i32, last: i32) -> Vec<i32> {
    let mut years = vec![first];
    years.extend(
        ((first / 10 + 1) * 10..last)
            .step_by(10)
            .filter(|y| y - first >= 5 && last - y >= 5),
    );
    years.push(last);
    years
}

/// Each mark's row on its side of the axis (congresses above, others below): the first
/// row that no earlier mark on the same side occupies within `CROWDED` units. `xs` in
/// increasing order.
fn stack(xs: &[i32], above: &[bool]) -> Vec<usize> {
    let mut taken: Vec<(bool, usize, i32)> = Vec::new();
    xs.iter()
        .zip(above)
        .map(|(&x, &side)| {
            let row = (0..)
                .find(|&r| {
                    !taken
                        .iter()
                        .any(|&(s, tr, tx)| s == side && tr == r && x - tx < CROWDED)
                })
                .unwrap_or(0);
            taken.push((side, row, x));
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_spans_from_the_first_year_to_the_last() {
        let s = Scale::new(1961.0, 2026.0);
        assert_eq!(s.x(1961.0), LEFT);
        assert_eq!(s.x(2026.0), RIGHT);
        assert!(s.x(1996.0) > s.x(1961.0) && s.x(1996.0) < s.x(2004.0));
        assert_eq!(
            decades(1961, 2026),
            vec![1961, 1970, 1980, 1990, 2000, 2010, 2020, 2026]
        );
        assert_eq!(
            decades(1961, 2024),
            vec![1961, 1970, 1980, 1990, 2000, 2010, 2024]
        );
    }

    #[test]
    fn close_marks_are_stacked_on_their_own_side() {
        // Three events in one month below the axis, a congress then above, a lone event.
        let xs = [100, 100, 104, 100, 300];
        let above = [false, false, false, true, false];
        assert_eq!(stack(&xs, &above), vec![0, 1, 2, 0, 0]);
    }
}
