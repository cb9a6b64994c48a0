//! The published values of one measure as a chart: year across, value up, one mark per
//! figure, side by side where sources of the same year disagree, each mark a link to its
//! source. The arithmetic is `model::chart`'s; this draws it as SVG.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::components::{as_of, source_href, ImageDownload, Key, Picture};
use crate::embed_code::escape;
use crate::i18n::{t_string, use_i18n};
use crate::model::chart::{self, HEIGHT, WIDTH};
use crate::model::{format, Dataset, Figure, Locale, Qualifier};
use crate::state::image_file::computed_value;
use crate::state::{is_embedded, is_plain_click, navigation, use_locale};

/// A chart of `figures` (one measure), on the year axis `years` shared by the page's charts.
/// Its text alternative is the list of figure cards that follows it, which says the same.
#[component]
pub fn FigureChart(data: Arc<Dataset>, figures: Vec<Figure>, years: (u16, u16)) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let refs: Vec<&Figure> = figures.iter().collect();
    let layout = chart::layout(&refs, years);
    let id = format!("chart-{}", figures[0].measure);
    let mut units: Vec<&str> = figures.iter().map(|f| f.unit.get(locale)).collect();
    units.dedup();
    let title = t_string!(i18n, figures.chart_title, units = units.join(" / ")).to_string();
    let grid = layout
        .ticks
        .iter()
        .map(|&(value, y)| {
            view! {
                <line class="chart__grid" x1=layout.left y1=y x2=layout.right y2=y />
                <text class="chart__tick" x=layout.left - 8 y=y + 5 text-anchor="end">{format::number(value, locale)}</text>
            }
        })
        .collect_view();
    let years_axis = layout
        .years
        .iter()
        .map(|&(year, x, row)| {
            let y = layout.baseline + 22 + 16 * i32::from(row);
            view! { <text class="chart__tick" x=x y=y text-anchor="middle">{year}</text> }
        })
        .collect_view();
    let marks = layout
        .marks
        .iter()
        .map(|m| mark(&data, m, locale))
        .collect_view();
    // The maximum's key only where a chart has one, as few measures do.
    let has_up_to = figures.iter().any(|f| f.qualifier == Qualifier::UpTo);
    let up_to = has_up_to.then(|| {
        view! {
            <svg class="chart__key" viewBox="-9 -9 18 18"><path class="chart__mark" d="M0 8L7 -5H-7Z" /></svg>
            {t_string!(i18n, figures.chart_up_to).to_string()}
        }
    });
    let svg = NodeRef::<leptos::svg::Svg>::new();
    // Not in an embed, whose page is the partner's.
    let download = (!is_embedded()).then(|| {
        let mut numbers: Vec<usize> = figures
            .iter()
            .flat_map(|f| cited(&data, f))
            .map(|(n, _)| n)
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let source = t_string!(
            i18n,
            download.chart_source,
            sources = source_list(&data, &numbers),
            atlas = t_string!(i18n, app.name),
            date = format::date(&data.reviewed, locale)
        )
        .to_string();
        let (title, name) = (
            title.clone(),
            format!("uclg-atlas-{}-{}", figures[0].measure, locale.tag()),
        );
        let picture = move || {
            let svg: web_sys::Element = svg.get_untracked()?.into();
            Some(Picture {
                keys: keys(&svg, has_up_to),
                svg,
                title: title.clone(),
                source: source.clone(),
                name: name.clone(),
            })
        };
        view! {
            <ImageDownload what=t_string!(i18n, download.chart).to_owned()
                svg_label=t_string!(i18n, download.chart_svg).to_owned()
                png_label=t_string!(i18n, download.chart_png).to_owned()
                class="chart__caption" described_by=format!("{id}-title") picture />
        }
    });
    view! {
        <figure class="chart" data-testid="figure-chart">
            <svg node_ref=svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group"
                aria-labelledby=format!("{id}-title") aria-describedby=format!("{id}-desc")>
                <title id=format!("{id}-title")>{title.clone()}</title>
                <desc id=format!("{id}-desc")>{t_string!(i18n, figures.chart_desc).to_string()}</desc>
                {grid}
                <line class="chart__axis" x1=layout.left y1=layout.baseline x2=layout.right y2=layout.baseline />
                {years_axis}
                {marks}
            </svg>
            <figcaption class="chart__caption">
                <span class="chart__title">{title}</span>
                <span class="chart__legend" aria-hidden="true">
                    <svg class="chart__key" viewBox="-9 -9 18 18"><circle class="chart__mark" r="6" /></svg>
                    {t_string!(i18n, figures.chart_exact).to_string()}
                    <svg class="chart__key" viewBox="-9 -9 18 18"><path class="chart__mark" d="M0 -8L7 5H-7Z" /></svg>
                    {t_string!(i18n, figures.chart_more_than).to_string()}
                    {up_to}
                </span>
            </figcaption>
            {download}
        </figure>
    }
}

/// The key to the marks, as the chart's caption gives it, in the marks' colour.
fn keys(svg: &web_sys::Element, up_to: bool) -> Vec<Key> {
    let i18n = use_i18n();
    let fill = escape(&computed_value(svg, "--brand"));
    let shape = |d: &str| format!(r#"<path d="{d}" fill="{fill}"/>"#);
    let mut keys = vec![
        Key {
            symbol: format!(r#"<circle cx="6" cy="6" r="5" fill="{fill}"/>"#),
            label: t_string!(i18n, figures.chart_exact).to_owned(),
        },
        Key {
            symbol: shape("M6 0L12 10H0Z"),
            label: t_string!(i18n, figures.chart_more_than).to_owned(),
        },
    ];
    if up_to {
        keys.push(Key {
            symbol: shape("M6 12L12 2H0Z"),
            label: t_string!(i18n, figures.chart_up_to).to_owned(),
        });
    }
    keys
}

/// The numbers of `figure`'s sources in the list of sources, with their ids.
fn cited<'a>(data: &Dataset, figure: &'a Figure) -> Vec<(usize, &'a str)> {
    figure
        .sources
        .iter()
        .filter_map(|id| {
            data.sources
                .iter()
                .position(|s| s.id == *id)
                .map(|n| (n + 1, id.as_str()))
        })
        .collect()
}

/// The sources numbered `numbers`, as a mark names them: "[1] Title, Publisher (2013)".
fn source_list(data: &Dataset, numbers: &[usize]) -> String {
    let i18n = use_i18n();
    numbers
        .iter()
        .map(|&n| {
            let s = &data.sources[n - 1];
            let list = t_string!(i18n, punctuation.list);
            let (open, close) = (
                t_string!(i18n, punctuation.open),
                t_string!(i18n, punctuation.close),
            );
            format!(
                "[{n}] {}{list}{} {open}{}{close}",
                s.title, s.publisher, s.year
            )
        })
        .collect::<Vec<_>>()
        .join(t_string!(i18n, punctuation.series))
}

/// One figure's mark: a dot (exact value), a triangle (a minimum, "more than") or one
/// upside down (a maximum, "up to"), the numbers of its sources above it, the whole a link
/// to its first source.
fn mark(data: &Dataset, m: &chart::Mark, locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let figure = m.figure;
    let numbers = cited(data, figure);
    let label = numbers
        .iter()
        .map(|(n, _)| format!("[{n}]"))
        .collect::<String>();
    let titles = source_list(data, &numbers.iter().map(|&(n, _)| n).collect::<Vec<_>>());
    let value = figure_value(figure, locale);
    let name = t_string!(
        i18n,
        figures.chart_mark,
        value = value.clone(),
        when = as_of(data, &figure.sources, figure.year),
        sources = titles
    )
    .to_string();
    let href = numbers
        .first()
        .map(|&(_, id)| source_href(locale, id))
        .unwrap_or_default();
    let (x, y) = (m.x, m.y);
    let shape = match figure.qualifier {
        Qualifier::Exactly => view! { <circle class="chart__mark" cx=x cy=y r="7" /> }.into_any(),
        Qualifier::MoreThan => view! {
            <path class="chart__mark" d=format!("M{x} {}L{} {}H{}Z", y - 9, x + 8, y + 6, x - 8) />
        }
        .into_any(),
        Qualifier::UpTo => view! {
            <path class="chart__mark" d=format!("M{x} {}L{} {}H{}Z", y + 9, x + 8, y - 6, x - 8) />
        }
        .into_any(),
    };
    let embedded = is_embedded();
    let target = href.clone();
    let open = move |ev: MouseEvent| {
        // In an embed the link opens the atlas in a new tab (the embed shell does it); with
        // a modifier key or another button, what the browser does is right.
        if embedded || !is_plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        navigation::go(&target);
    };
    // The `<g>` makes the macro build an SVG `<a>` (at the top of a view, `a` is HTML's).
    view! {
        <g>
            <a class="chart__link" href=href aria-label=name on:click=open data-figure=figure.id.clone()>
                {shape}
                <text class="chart__label" x=x y=y - 14 text-anchor="middle">{label}</text>
            </a>
        </g>
    }
}

/// The figure's number as its card writes it: `120+`, `155/192`, `1 000+`, `≤80`.
pub fn figure_value(figure: &Figure, locale: Locale) -> String {
    let number = format::number(figure.value, locale);
    match (figure.qualifier, figure.out_of) {
        (Qualifier::MoreThan, _) => format!("{number}+"),
        (Qualifier::UpTo, _) => format!("≤{number}"),
        (Qualifier::Exactly, Some(total)) => format!("{number}/{}", format::number(total, locale)),
        (Qualifier::Exactly, None) => number,
    }
}
