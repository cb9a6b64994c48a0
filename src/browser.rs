//! The few browser facts the app reads directly.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::model::Locale;

thread_local! {
    /// Formatted numbers and dates: each `Intl` call builds a formatter, which costs more
    /// than the rest of a page's render, and the same few values recur on every visit.
    static FORMATTED: RefCell<HashMap<(Locale, String), String>> = RefCell::default();
}

/// `format(key)`, computed once per locale and key.
fn formatted(locale: Locale, key: String, format: impl FnOnce(&str) -> String) -> String {
    if let Some(hit) = FORMATTED.with_borrow(|m| m.get(&(locale, key.clone())).cloned()) {
        return hit;
    }
    let value = format(&key);
    FORMATTED.with_borrow_mut(|m| m.insert((locale, key), value.clone()));
    value
}

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

/// A number in the locale's conventions (`240 000`, `240,000`, `240.000`).
pub fn format_number(value: u64, locale: Locale) -> String {
    formatted(locale, value.to_string(), |digits| {
        js_sys::Number::from(value as f64)
            .to_locale_string(locale.tag())
            .as_string()
            .unwrap_or_else(|| digits.to_owned())
    })
}

/// An ISO 8601 date (`1996`, `2004-05`, `2012-04-05`) in the locale's words, as precise
/// as the date itself.
pub fn format_date(iso: &str, locale: Locale) -> String {
    formatted(locale, iso.to_owned(), |iso| date_in_words(iso, locale))
}

fn date_in_words(iso: &str, locale: Locale) -> String {
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    let (year, month, day) = match parts.as_slice() {
        [y, m, d] => (*y, Some(*m), Some(*d)),
        [y, m] => (*y, Some(*m), None),
        _ => return iso.to_owned(),
    };
    let date = js_sys::Date::new_with_year_month_day(
        year,
        month.unwrap_or(1) as i32 - 1,
        day.unwrap_or(1) as i32,
    );
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("year", "numeric");
    set("month", "long");
    if day.is_some() {
        set("day", "numeric");
    }
    date.to_locale_date_string(locale.tag(), &options)
        .as_string()
        .unwrap_or_else(|| iso.to_owned())
}
