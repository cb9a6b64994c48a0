//! Years as the atlas knows them: "as of 2019" on a figure, "c. 2012" where the year is
//! the atlas's reasoning rather than the source's print (`Dataset::dating`).

use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Dating, Id, Locale};

/// When a fact citing `sources` holds: « en 2019 », "as of 2019", or « vers 2012 »,
/// "c. 2012" for an inferred year.
pub fn as_of(data: &Dataset, sources: &[Id], year: u16) -> String {
    let i18n = use_i18n();
    match data.dating(sources, year) {
        Dating::Stated => t_string!(i18n, page.as_of, year).to_string(),
        Dating::Inferred => t_string!(i18n, page.circa, year).to_string(),
    }
}

/// An ISO date as `format::date` writes it, or « vers 2012 », "c. 2012" when its year is
/// inferred.
pub fn date_label(data: &Dataset, sources: &[Id], iso: &str, locale: Locale) -> String {
    let date = format::date(iso, locale);
    let year = format::year(iso);
    match data.dating(sources, year) {
        Dating::Stated => date,
        Dating::Inferred => t_string!(use_i18n(), page.circa, year = date).to_string(),
    }
}
