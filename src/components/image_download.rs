//! Downloading what a view draws as a picture: the map as shown, or a chart, as SVG or as
//! PNG at twice its size on screen. Made in the browser from the SVG the page shows (no
//! network: it works offline), framed with its title, legend and source line in the page's
//! language (`frame`), and self-contained: every colour and font is written into the file
//! (`state::image_file`).

mod frame;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Element;

pub use frame::Key;

use crate::state::browser::save_blob;
use crate::state::image_file::{
    computed_value, png_blob, styled_copy, svg_blob, ImageError, TextMeasure,
};
use frame::{Colours, Frame};

/// A picture to download, as the view shows it when the visitor asks.
pub struct Picture {
    /// The SVG on screen.
    pub svg: Element,
    pub title: String,
    pub keys: Vec<Key>,
    /// Where it comes from: the sources, the atlas and the day its data were reviewed.
    pub source: String,
    /// The file's name, without its extension.
    pub name: String,
}

/// The row that downloads a picture: its text (what it downloads) and two buttons, SVG and
/// PNG, each named in full ("Download the map (SVG)") for assistive technology. A picture
/// that cannot be made says so in the row.
#[component]
pub fn ImageDownload<F>(
    /// What the buttons download: "Download the map".
    what: String,
    /// The SVG button's full name.
    svg_label: String,
    /// The PNG button's full name.
    png_label: String,
    /// The row's classes: the map's tools, a chart's caption.
    class: &'static str,
    /// The id of what the picture is (a chart's title), which describes the buttons.
    #[prop(optional)]
    described_by: Option<String>,
    /// Builds the picture as shown when a button is pressed (`None` if nothing is drawn).
    picture: F,
) -> impl IntoView
where
    F: Fn() -> Option<Picture> + Clone + 'static,
{
    let i18n = crate::i18n::use_i18n();
    let failed = RwSignal::new(false);
    let run = move |png: bool| {
        let Some(picture) = picture() else {
            failed.set(true);
            return;
        };
        failed.set(false);
        spawn_local(async move {
            if let Err(error) = export(picture, png).await {
                leptos::logging::error!("{error}");
                let _ = failed.try_set(true);
            }
        });
    };
    let download = run.clone();
    view! {
        <div class=format!("{class} no-print") data-testid="image-download">
            <span aria-hidden="true">{what}</span>
            <button type="button" class="button button--quiet" data-testid="download-svg"
                aria-label=svg_label aria-describedby=described_by.clone() on:click=move |_| download(false)>
                "SVG"
            </button>
            <button type="button" class="button button--quiet" data-testid="download-png"
                aria-label=png_label aria-describedby=described_by on:click=move |_| run(true)>
                "PNG"
            </button>
            <span role="status">
                {move || failed.get().then(|| crate::i18n::t_string!(i18n, download.failed))}
            </span>
        </div>
    }
}

/// Frames `picture`, copies its SVG into the frame, and hands the file over: the SVG itself,
/// or a PNG drawn from it at twice its size.
async fn export(picture: Picture, png: bool) -> Result<(), ImageError> {
    let svg = &picture.svg;
    let colours = Colours {
        paper: computed_value(svg, "--paper"),
        ink: computed_value(svg, "--ink"),
        ink_soft: computed_value(svg, "--ink-soft"),
        font: computed_value(svg, "font-family"),
    };
    let measure = TextMeasure::new()?;
    let frame = Frame::new(
        &picture.title,
        picture.keys,
        &picture.source,
        svg.get_bounding_client_rect().width(),
        &|text, font| measure.width(text, &font.css(&colours.font)),
    );
    let (x, y) = frame.picture_at();
    let drawn = styled_copy(svg, x, y)?;
    let (markup, width, height) = frame.markup(&drawn.markup, drawn.height, &colours);
    if png {
        let blob = png_blob(&markup, f64::from(width), f64::from(height)).await?;
        save_blob(&format!("{}.png", picture.name), &blob);
        Ok(())
    } else {
        save_blob(&format!("{}.svg", picture.name), &svg_blob(&markup)?);
        Ok(())
    }
}
