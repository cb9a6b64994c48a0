//! The figures chart's arithmetic: which measures are charted, the scales, the ticks and
//! where each mark goes. Pure and tested natively; `components/figure_chart.rs` only draws
//! what this computes. Coordinates are whole SVG units: integers print without float
//! formatting, and half a unit is invisible at the chart's size.

use super::Figure;

/// The chart's drawing area, in SVG units (its viewBox), and the room kept for the axes.
pub const WIDTH: i32 = 480;
pub const HEIGHT: i32 = 220;
const LEFT: i32 = 56;
const RIGHT: i32 = 20;
const TOP: i32 = 28;
const BOTTOM: i32 = 46;
/// The least distance between two year labels on one line (a label is about 34 units wide).
const YEAR_GAP: i32 = 40;
/// The distance between marks of the same year, side by side.
const DODGE: i32 = 26;

/// A mark of the chart: one figure, at its year and value.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark<'a> {
    pub figure: &'a Figure,
    pub x: i32,
    pub y: i32,
}

/// The chart of one measure: its marks, the values of its horizontal grid lines and the
/// years named on its horizontal axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart<'a> {
    pub marks: Vec<Mark<'a>>,
    /// (value, y) of each grid line, from 0 up.
    pub ticks: Vec<(u64, i32)>,
    /// (year, x, row) of each year that has a mark: row 1 for a label too close to the
    /// one before it on row 0, so that neighbouring years stay legible.
    pub years: Vec<(u16, i32, u8)>,
    /// The y of the horizontal axis, and the x where the plot starts and ends.
    pub baseline: i32,
    pub left: i32,
    pub right: i32,
}

/// Whether a measure is charted: when more than one source published it. A single value
/// has nothing to be compared with; its card says all there is.
pub fn charted(figures: &[&Figure]) -> bool {
    figures.len() > 1
}

/// Lays out the figures of one measure (`figures`) on a year axis spanning `years` (the
/// same for every chart of the page, so that they line up): year across, value up, marks
/// of the same year side by side in the order given.
pub fn layout<'a>(figures: &[&'a Figure], years: (u16, u16)) -> Chart<'a> {
    let (first, last) = (years.0.saturating_sub(1), years.1 + 1);
    let highest = figures.iter().map(|f| f.value).max().unwrap_or(0);
    let step = nice_step(highest);
    // One step of headroom above the highest value, for the labels.
    let top = (highest / step + 1) * step;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let y = |value: u64| {
        HEIGHT - BOTTOM - (value as f64 / top as f64 * plot_height as f64).round() as i32
    };
    let plot_width = WIDTH - LEFT - RIGHT;
    let x = |year: u16| {
        LEFT + ((year - first) as f64 / (last - first).max(1) as f64 * plot_width as f64).round()
            as i32
    };
    let marks = figures
        .iter()
        .map(|figure| {
            let same_year: Vec<_> = figures.iter().filter(|f| f.year == figure.year).collect();
            let index = same_year
                .iter()
                .position(|f| f.id == figure.id)
                .unwrap_or(0) as i32;
            let offset = (2 * index - (same_year.len() as i32 - 1)) * DODGE / 2;
            Mark {
                figure,
                x: x(figure.year) + offset,
                y: y(figure.value),
            }
        })
        .collect();
    let mut data_years: Vec<u16> = figures.iter().map(|f| f.year).collect();
    data_years.sort_unstable();
    data_years.dedup();
    Chart {
        marks,
        ticks: (0..=top / step).map(|i| (i * step, y(i * step))).collect(),
        years: year_labels(data_years.into_iter().map(|year| (year, x(year)))),
        baseline: y(0),
        left: LEFT,
        right: WIDTH - RIGHT,
    }
}

/// Puts each year label on the first row where it does not touch its left neighbour.
fn year_labels(years: impl Iterator<Item = (u16, i32)>) -> Vec<(u16, i32, u8)> {
    let mut rows_end = [i32::MIN / 2; 2];
    years
        .map(|(year, x)| {
            let row = if x - rows_end[0] >= YEAR_GAP { 0 } else { 1 };
            rows_end[row] = x;
            (year, x, row as u8)
        })
        .collect()
}

/// The span of years of all `figures`.
pub fn year_span<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> Option<(u16, u16)> {
    figures.into_iter().fold(None, |span, f| match span {
        None => Some((f.year, f.year)),
        Some((a, b)) => Some((a.min(f.year), b.max(f.year))),
    })
}

/// A round step for about four grid lines up to `highest`: 1, 2, 2.5 or 5 times a power of
/// ten (`192` → 50, `1000` → 250, `50` → 20).
pub fn nice_step(highest: u64) -> u64 {
    let rough = (highest / 4).max(1);
    let mut power = 1;
    while power * 10 <= rough {
        power *= 10;
    }
    // 2.5 is written 5/2 so that the steps stay whole numbers from 10 up.
    [(1, 1), (2, 1), (5, 2), (5, 1), (10, 1)]
        .into_iter()
        .map(|(num, den)| power * num / den)
        .find(|&step| step >= rough && step > 0)
        .unwrap_or(power * 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(id: &str, value: u64, year: u16) -> Figure {
        let l10n = serde_json::json!({ "fr": "x", "en": "x", "es": "x" });
        serde_json::from_value(serde_json::json!({
            "id": id, "subject": "uclg", "measure": "m", "value": value, "out_of": null,
            "qualifier": "exactly", "unit": l10n, "label": l10n, "year": year, "sources": [],
        }))
        .unwrap()
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(192), 50);
        assert_eq!(nice_step(155), 50);
        assert_eq!(nice_step(1000), 250);
        assert_eq!(nice_step(112), 50);
        assert_eq!(nice_step(50), 20);
        assert_eq!(nice_step(3), 1);
        assert_eq!(nice_step(0), 1);
    }

    #[test]
    fn marks_follow_year_and_value() {
        let (a, b, c) = (
            figure("a", 120, 2012),
            figure("b", 155, 2013),
            figure("c", 140, 2019),
        );
        // The page's axis may span more years than this measure's figures.
        let chart = layout(&[&a, &b, &c], (2010, 2019));
        let [ma, mb, mc] = [&chart.marks[0], &chart.marks[1], &chart.marks[2]];
        assert!(ma.x < mb.x && mb.x < mc.x, "later years further right");
        assert!(mb.y < mc.y && mc.y < ma.y, "higher values further up");
        // Every mark inside the plot, under the top grid line.
        let top = chart.ticks.last().unwrap();
        assert!(top.0 >= 155);
        for m in &chart.marks {
            assert!(m.x > chart.left && m.x < chart.right && m.y >= top.1 && m.y < chart.baseline);
        }
        assert_eq!(chart.ticks[0], (0, chart.baseline));
        assert_eq!(
            chart.years.iter().map(|y| y.0).collect::<Vec<_>>(),
            [2012, 2013, 2019]
        );
        // On a 2009–2020 axis, 2013 is too close to 2012 for one line: it goes to the
        // second; 2019 has room.
        assert_eq!(
            chart.years.iter().map(|y| y.2).collect::<Vec<_>>(),
            [0, 1, 0]
        );
    }

    #[test]
    fn marks_of_one_year_stand_side_by_side() {
        let (a, b, c) = (
            figure("a", 1000, 2012),
            figure("b", 1000, 2012),
            figure("c", 1000, 2013),
        );
        let chart = layout(&[&a, &b, &c], (2012, 2013));
        let (ma, mb) = (&chart.marks[0], &chart.marks[1]);
        assert_eq!(ma.y, mb.y);
        assert_eq!(mb.x - ma.x, DODGE, "apart by the dodge");
        let year_x = chart.years[0].1;
        assert_eq!(ma.x + mb.x, 2 * year_x, "centred on their year");
        assert_eq!(
            chart.marks[2].x, chart.years[1].1,
            "alone in its year: on it"
        );
    }

    #[test]
    fn single_values_are_not_charted() {
        let (a, b) = (figure("a", 1, 2012), figure("b", 2, 2013));
        assert!(!charted(&[&a]));
        assert!(charted(&[&a, &b]));
        assert_eq!(year_span([&a, &b]), Some((2012, 2013)));
        assert_eq!(year_span([]), None);
    }
}
