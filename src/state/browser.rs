//! The few browser facts the app reads directly: every read of the document's address
//! is here (views read the router's location, which follows navigations).

use wasm_bindgen::JsCast;

use crate::model::{IsoDate, Locale};

/// The path of the document's base URL (`<base href>`, set by trunk's `--public-url`),
/// so that the app works when deployed under a sub-path.
pub fn base_path() -> String {
    leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_owned())
}

/// The path of the document's URL, as the app was opened (the router follows it after).
pub fn pathname() -> String {
    leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default()
}

/// The visitor's preferred locale among ours, from `navigator.languages`.
pub fn preferred_locale() -> Locale {
    let navigator = leptos::prelude::window().navigator();
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .chain(navigator.language())
        .collect();
    Locale::negotiate(languages.iter().map(String::as_str))
}

/// The document's origin (`https://atlas.example.org`), for addresses partners copy.
pub fn origin() -> String {
    leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default()
}

/// The document's full address, as the visitor would share it.
pub fn href() -> String {
    leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default()
}

/// Opens the browser's print dialog (`window.print()`), which blocks until it closes.
pub fn print() {
    let _ = leptos::prelude::window().print();
}

/// Loads the document again (a new version of the app has taken over).
pub fn reload() {
    let _ = leptos::prelude::window().location().reload();
}

/// Today, in the visitor's time zone: the day a citation says the page was read.
pub fn today() -> IsoDate {
    let now = js_sys::Date::new_0();
    IsoDate {
        year: now.get_full_year() as u16,
        month: Some(now.get_month() as u8 + 1),
        day: Some(now.get_date() as u8),
    }
}

/// Saves `text` as a file named `name` (the browser's download), made here: it works
/// offline.
pub fn save_text(name: &str, media_type: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(name, &blob);
    }
}

/// Hands `blob` to the visitor as the file `name`: a link with `download`, clicked. Every
/// file the app makes (citations, images) is saved here.
pub fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download reads the address after the click's task; no event says when, so it is
    // released a minute later (FileSaver.js waits 40 s for the same reason).
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}
