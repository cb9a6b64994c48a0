//! The few browser facts the app reads directly: every read of the document's address
//! is here (views read the router's location, which follows navigations).

use crate::model::Locale;

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
