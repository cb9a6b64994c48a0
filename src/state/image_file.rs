//! Pictures of what the page shows, made into files in the browser: a copy of an SVG on
//! screen that carries its own look, text measured as the page's font draws it, a PNG drawn
//! from an SVG, and a file handed to the visitor. No network: everything is in the page.
//!
//! The copy holds the computed values of the properties that draw it, written through the
//! CSSOM (which the Content-Security-Policy allows, unlike `style` attributes), so that the
//! file needs none of the page's stylesheets, custom properties or classes' context.

use js_sys::{Array, Promise};
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, CssStyleDeclaration, Element,
    HtmlCanvasElement, HtmlImageElement, SvgElement, XmlSerializer,
};

/// What failed while making a file: the browser's own message, for the console.
#[derive(Debug, thiserror::Error)]
#[error("the picture could not be made: {0}")]
pub struct ImageError(String);

impl From<JsValue> for ImageError {
    fn from(value: JsValue) -> ImageError {
        ImageError(
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| value.as_string())
                .unwrap_or_else(|| format!("{value:?}")),
        )
    }
}

/// An SVG on screen, copied with its look: its markup, and its height on screen in CSS px.
pub struct Drawn {
    pub markup: String,
    pub height: f64,
}

/// Copies `svg` as the page shows it (its current `viewBox`, classes and colours), every
/// element carrying the computed values that draw it, links and tab stops removed, placed
/// at `(x, y)` at its size on screen.
pub fn styled_copy(svg: &Element, x: f64, y: f64) -> Result<Drawn, ImageError> {
    let copy: Element = cast(svg.clone_node_with_deep(true)?)?;
    let originals = svg.query_selector_all("*")?;
    let copies = copy.query_selector_all("*")?;
    let mut pairs = vec![(svg.clone(), copy.clone())];
    for i in 0..originals.length().min(copies.length()) {
        if let (Some(a), Some(b)) = (originals.item(i), copies.item(i)) {
            pairs.push((cast(a)?, cast(b)?));
        }
    }
    for (original, copied) in &pairs {
        if copied.dyn_ref::<SvgElement>().is_some() {
            inline_style(original, copied)?;
        } else {
            // An HTML element inside the SVG (a `title` the view made in HTML's namespace)
            // draws nothing, and would declare HTML's namespace in the file.
            copied.remove();
        }
    }
    let overflow = computed(svg)?.get_property_value("overflow")?;
    let root: &SvgElement = copy.unchecked_ref();
    root.style().set_property("overflow", &overflow)?;
    let box_ = svg.get_bounding_client_rect();
    for (name, value) in [
        ("x", x),
        ("y", y),
        ("width", box_.width()),
        ("height", box_.height()),
    ] {
        copy.set_attribute(name, &crate::model::geo::fixed(value, 2))?;
    }
    let markup = XmlSerializer::new()?.serialize_to_string(&copy)?;
    Ok(Drawn {
        markup,
        height: box_.height(),
    })
}

/// The computed value of the property `name` of `el`: a colour (`fill`), a font, or a custom
/// property (`--paper`), which the browser gives with its `var()`s resolved.
pub fn computed_value(el: &Element, name: &str) -> String {
    computed(el)
        .and_then(|s| s.get_property_value(name).map_err(ImageError::from))
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

/// Measures text in the page's fonts, as a canvas draws it.
pub struct TextMeasure(CanvasRenderingContext2d);

impl TextMeasure {
    pub fn new() -> Result<TextMeasure, ImageError> {
        let (_, context) = canvas(1, 1)?;
        Ok(TextMeasure(context))
    }

    /// The width in CSS px of `text` in `font` (the CSS shorthand: `700 16px system-ui`).
    pub fn width(&self, text: &str, font: &str) -> f64 {
        self.0.set_font(font);
        self.0.measure_text(text).map_or(0.0, |m| m.width())
    }
}

/// `markup` (a whole SVG document) as a file's content.
pub fn svg_blob(markup: &str) -> Result<Blob, ImageError> {
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    Ok(Blob::new_with_str_sequence_and_options(
        &Array::of1(&JsValue::from_str(markup)),
        &options,
    )?)
}

/// `markup` (an SVG of `width` × `height` CSS px) drawn at twice its size as a PNG. The
/// image is read from a `data:` address, which the Content-Security-Policy's `img-src`
/// allows (a `blob:` one it does not).
pub async fn png_blob(markup: &str, width: f64, height: f64) -> Result<Blob, ImageError> {
    let image = HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    let address = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(markup)
    );
    image.set_src(&address);
    JsFuture::from(loaded)
        .await
        .map_err(|_| ImageError("the SVG did not load as an image".to_owned()))?;
    let (w, h) = ((2.0 * width).round(), (2.0 * height).round());
    let (canvas, context) = canvas(w as u32, h as u32)?;
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)?;
    // `toBlob` calls back with the PNG, or with null when the browser cannot encode it.
    let encoded = Promise::new(&mut |resolve, _| {
        if let Err(error) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = resolve.call1(&JsValue::NULL, &error);
        }
    });
    cast(JsFuture::from(encoded).await?)
}

/// The properties that draw an SVG element, each with the computed value it may be left
/// out at: the inherited ones are always written, so that each element stands on its own.
const DRAWN: [(&str, Option<&str>); 12] = [
    ("fill", None),
    ("fill-opacity", None),
    ("stroke", None),
    ("stroke-width", None),
    ("stroke-opacity", None),
    ("stroke-dasharray", None),
    ("stroke-linejoin", None),
    ("visibility", None),
    ("opacity", Some("1")),
    ("display", Some("inline")),
    ("vector-effect", Some("none")),
    ("transform", Some("none")),
];

/// What text elements add, and where a transform (scaled markers) is centred.
const TEXT: [&str; 5] = [
    "font-family",
    "font-size",
    "font-weight",
    "font-variant-numeric",
    "text-anchor",
];
const TRANSFORMED: [&str; 2] = ["transform-origin", "transform-box"];

fn inline_style(original: &Element, copied: &Element) -> Result<(), ImageError> {
    let style = computed(original)?;
    copied.remove_attribute("style")?;
    copied.remove_attribute("tabindex")?;
    copied.remove_attribute("href")?;
    let target = copied.unchecked_ref::<SvgElement>().style();
    let tag = copied.local_name();
    for (name, default) in DRAWN {
        let value = style.get_property_value(name)?;
        if default == Some(value.as_str()) {
            continue;
        }
        set(&target, name, &value)?;
        if name == "transform" {
            for name in TRANSFORMED {
                set(&target, name, &style.get_property_value(name)?)?;
            }
        }
    }
    if matches!(tag.as_str(), "text" | "tspan" | "svg") {
        for name in TEXT {
            set(&target, name, &style.get_property_value(name)?)?;
        }
    }
    // A circle's radius is a CSS property here (the markers' size follows the zoom).
    if tag == "circle" {
        set(&target, "r", &style.get_property_value("r")?)?;
    }
    Ok(())
}

/// Sets `name` to `value`, a paint server's address as a fragment of the file itself: some
/// engines compute `url(#id)` as the page's absolute address.
fn set(style: &CssStyleDeclaration, name: &str, value: &str) -> Result<(), ImageError> {
    let value = match (value.strip_prefix("url("), value.find('#')) {
        (Some(_), Some(hash)) => {
            let id = value[hash + 1..].trim_end_matches([')', '"', '\'']);
            format!("url(#{id})")
        }
        _ => value.to_owned(),
    };
    style.set_property(name, &value)?;
    Ok(())
}

fn computed(el: &Element) -> Result<CssStyleDeclaration, ImageError> {
    window()
        .get_computed_style(el)?
        .ok_or_else(|| ImageError("no computed style".to_owned()))
}

fn canvas(
    width: u32,
    height: u32,
) -> Result<(HtmlCanvasElement, CanvasRenderingContext2d), ImageError> {
    let canvas: HtmlCanvasElement = cast(document().create_element("canvas")?)?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")?
        .ok_or_else(|| ImageError("no 2D canvas".to_owned()))?;
    Ok((canvas, cast(context)?))
}

/// `value` as the type it is known to be (an element created or copied here).
fn cast<T: JsCast>(value: impl JsCast) -> Result<T, ImageError> {
    value
        .dyn_into::<T>()
        .map_err(|_| ImageError("an unexpected kind of node".to_owned()))
}
