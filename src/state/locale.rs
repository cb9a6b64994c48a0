//! The current page's locale.
//!
//! A page's locale is fixed by its URL: the shells (`LocaleShell`, `EmbedShell`) build their
//! content again when the route's `:lang` changes, and provide the new locale to it, so a
//! view reads a plain `Locale`, once.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::Locale;

/// The locale of the current page, as given by the URL.
#[derive(Clone, Copy)]
struct CurrentLocale(Locale);

/// The current page's locale; every view reads it from here.
pub fn use_locale() -> Locale {
    expect_context::<CurrentLocale>().0
}

/// Makes `locale` the current page's locale, for the views below and the UI strings
/// (which also sets `<html lang>`). Called by the shells, for the content they build.
pub fn provide_locale(locale: Locale) {
    use_i18n().set_locale(locale.into());
    provide_context(CurrentLocale(locale));
}
