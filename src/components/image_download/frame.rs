//! The frame of a downloaded picture: its title above it, its legend and source line below,
//! on the page's background, so that the image says what it is and where it comes from
//! wherever it is pasted. Pure: text widths come from a measure given by the caller (the
//! browser's, `state::image_file::TextMeasure`), every text is escaped, every colour and
//! font written out, and the file refers to nothing outside itself.

use std::fmt::Write;

use crate::embed_code::escape;
use crate::model::geo::fixed;

/// One entry of the legend: a symbol drawn in a 12 × 12 box at the origin (SVG markup with
/// its colours written out), and its text.
pub struct Key {
    pub symbol: String,
    pub label: String,
}

/// The page's colours and font where the picture is, as the browser computes them.
pub struct Colours {
    pub paper: String,
    pub ink: String,
    pub ink_soft: String,
    /// The font family list (`system-ui, …`).
    pub font: String,
}

/// The three kinds of text of the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Font {
    Title,
    Key,
    Source,
}

impl Font {
    /// In whole pixels: written with integer formatting (see `fixed`).
    fn size(self) -> u32 {
        match self {
            Font::Title => 16,
            Font::Key => 12,
            Font::Source => 11,
        }
    }

    fn weight(self) -> u16 {
        match self {
            Font::Title => 700,
            Font::Key | Font::Source => 400,
        }
    }

    /// The CSS `font` shorthand of this text in `family`, for measuring it.
    pub fn css(self, family: &str) -> String {
        format!("{} {}px {family}", self.weight(), self.size())
    }
}

/// The frame's texts laid out for a picture `width` px wide: known before the picture is
/// copied, which goes at `picture_at()`.
pub struct Frame {
    title: Vec<String>,
    keys: Vec<(String, String, f64)>,
    source: Vec<String>,
    width: f64,
}

/// The margin around everything, and the space between the parts.
const PAD: f64 = 16.0;
const GAP: f64 = 10.0;
/// A legend entry: its symbol's box, the space after it, the space to the next entry.
const SYMBOL: f64 = 12.0;
const SYMBOL_GAP: f64 = 6.0;
const KEY_GAP: f64 = 16.0;
const LINE: f64 = 1.35;

impl Frame {
    pub fn new(
        title: &str,
        keys: Vec<Key>,
        source: &str,
        width: f64,
        measure: &dyn Fn(&str, Font) -> f64,
    ) -> Frame {
        Frame {
            title: wrap(title, width, &|t| measure(t, Font::Title)),
            keys: keys
                .into_iter()
                .map(|k| {
                    let w = SYMBOL + SYMBOL_GAP + measure(&k.label, Font::Key);
                    (k.symbol, k.label, w)
                })
                .collect(),
            source: wrap(source, width, &|t| measure(t, Font::Source)),
            width,
        }
    }

    /// Where the picture's top left corner goes.
    pub fn picture_at(&self) -> (f64, f64) {
        (PAD, PAD + lines_height(self.title.len(), Font::Title) + GAP)
    }

    /// The whole SVG document, with `picture` (an `<svg>` placed at `picture_at()`, `height`
    /// px high) in it; and its size, whole pixels.
    pub fn markup(&self, picture: &str, height: f64, colours: &Colours) -> (String, u32, u32) {
        let width = (self.width + 2.0 * PAD).ceil();
        let (_, mut y) = self.picture_at();
        let mut body = String::new();
        let mut top = PAD;
        text(&mut body, &self.title, &mut top, Font::Title, &colours.ink);
        body.push_str(picture);
        y += height + GAP;
        let widths: Vec<f64> = self.keys.iter().map(|k| k.2).collect();
        let rows = flow(&widths, self.width);
        for ((symbol, label, _), &(x, row)) in self.keys.iter().zip(&rows) {
            let _ = write!(
                body,
                r#"<g transform="translate({} {})">{symbol}<text x="{}" y="10" font-size="{}" fill="{}">{}</text></g>"#,
                fixed(PAD + x, 2),
                fixed(y + row as f64 * KEY_ROW, 2),
                fixed(SYMBOL + SYMBOL_GAP, 0),
                Font::Key.size(),
                escape(&colours.ink),
                escape(label)
            );
        }
        if let Some(&(_, last)) = rows.last() {
            y += (last + 1) as f64 * KEY_ROW + GAP;
        }
        text(
            &mut body,
            &self.source,
            &mut y,
            Font::Source,
            &colours.ink_soft,
        );
        let height = (y + PAD).ceil();
        let (w, h) = (fixed(width, 0), fixed(height, 0));
        let markup = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{}"><title>{}</title><rect width="{w}" height="{h}" fill="{}"/>{body}</svg>"#,
            escape(&colours.font),
            escape(&self.title.join(" ")),
            escape(&colours.paper),
        );
        (markup, width as u32, height as u32)
    }
}

/// Writes `lines` of `font`, the first one's top at `y`, which moves below the last.
fn text(out: &mut String, lines: &[String], y: &mut f64, font: Font, fill: &str) {
    for line in lines {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="{}" fill="{}">{}</text>"#,
            fixed(PAD, 2),
            fixed(*y + f64::from(font.size()), 2),
            font.size(),
            font.weight(),
            escape(fill),
            escape(line)
        );
        *y += f64::from(font.size()) * LINE;
    }
}

/// A legend row's height.
const KEY_ROW: f64 = 20.0;

fn lines_height(lines: usize, font: Font) -> f64 {
    lines as f64 * f64::from(font.size()) * LINE
}

/// `text` in lines no wider than `max`, broken at ordinary spaces (a no-break space keeps
/// its neighbours together, as on the page); a word wider than `max` has a line of its own.
fn wrap(text: &str, max: f64, measure: &dyn Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let longer = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure(&longer) > max {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = longer;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Entries `widths` wide, side by side in rows no wider than `max`: each one's left edge
/// and row.
fn flow(widths: &[f64], max: f64) -> Vec<(f64, usize)> {
    let mut out = Vec::with_capacity(widths.len());
    let (mut x, mut row) = (0.0, 0);
    for &w in widths {
        if x > 0.0 && x + w > max {
            x = 0.0;
            row += 1;
        }
        out.push((x, row));
        x += w + KEY_GAP;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 10 px wide at the title's size, 6 px at the others'.
    fn measure(text: &str, font: Font) -> f64 {
        let per = if font == Font::Title { 10.0 } else { 6.0 };
        text.chars().count() as f64 * per
    }

    #[test]
    fn text_wraps_at_ordinary_spaces_only() {
        let m = |t: &str| t.chars().count() as f64;
        assert_eq!(wrap("aa bb cc", 5.0, &m), ["aa bb", "cc"]);
        assert_eq!(wrap("aa\u{a0}bb cc", 4.0, &m), ["aa\u{a0}bb", "cc"]);
        assert_eq!(wrap("toolongword x", 4.0, &m), ["toolongword", "x"]);
        assert!(wrap("", 4.0, &m).is_empty());
    }

    #[test]
    fn legend_entries_flow_into_rows() {
        assert_eq!(
            flow(&[40.0, 40.0, 40.0], 100.0),
            [(0.0, 0), (56.0, 0), (0.0, 1)]
        );
        assert_eq!(flow(&[200.0, 10.0], 100.0), [(0.0, 0), (0.0, 1)]);
    }

    #[test]
    fn the_frame_holds_title_picture_legend_and_source() {
        let keys = vec![
            Key {
                symbol: r##"<rect width="12" height="12" fill="#854d0e"/>"##.to_owned(),
                label: "Afrique".to_owned(),
            },
            Key {
                symbol: String::new(),
                label: "Europe & co".to_owned(),
            },
        ];
        let frame = Frame::new(
            "Carte des sections",
            keys,
            "Source : atlas",
            300.0,
            &measure,
        );
        assert_eq!(frame.picture_at(), (PAD, PAD + 16.0 * LINE + GAP));
        let colours = Colours {
            paper: "#fff".into(),
            ink: "#111".into(),
            ink_soft: "#444".into(),
            font: r#"system-ui, "Segoe UI""#.into(),
        };
        let (svg, w, h) = frame.markup(r#"<svg id="picture"/>"#, 100.0, &colours);
        assert_eq!(w, 332);
        assert!(svg.starts_with(&format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="332" height="{h}" viewBox="0 0 332 {h}" font-family="system-ui, &quot;Segoe UI&quot;"><title>Carte des sections</title><rect width="332" height="{h}" fill="#fff"/>"##
        )));
        let order: Vec<usize> = [
            "Carte des sections</text>",
            "picture",
            "Afrique",
            "Europe &amp; co",
            "Source : atlas",
        ]
        .iter()
        .map(|t| svg.find(t).unwrap_or_else(|| panic!("{t} in {svg}")))
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{svg}");
        // Title, picture, one legend row, one source line, and the margins.
        let expected = PAD + 16.0 * LINE + GAP + 100.0 + GAP + KEY_ROW + GAP + 11.0 * LINE + PAD;
        assert_eq!(h, expected.ceil() as u32);
    }
}
