//! `public/data/countries.json`: every ISO 3166-1 country with its name in the three
//! languages (and other names it is known by, for search) and, for countries too small to
//! have a shape at 1:110m, a marker position.

use serde::{Deserialize, Serialize};

use super::super::{L10n, Locale};
use super::GeoError;

/// A country as listed in `countries.json` (and in the app's copy, `names::COUNTRIES_FILE`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, uppercase.
    pub code: String,
    /// ISO 3166-1 alpha-3, uppercase.
    pub alpha3: String,
    pub name: L10n,
    /// Other names in use (a short or a former name, an abbreviation), per language.
    #[serde(default)]
    pub aka: Aka,
    /// `[lon, lat]` of the marker drawn for a small state without a shape, else `None`.
    pub point: Option<[f64; 2]>,
}

/// A country's other names in each language; languages without any are left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aka {
    #[serde(default)]
    pub fr: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub es: Vec<String>,
}

impl Aka {
    pub fn get(&self, locale: Locale) -> &[String] {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
            Locale::Es => &self.es,
        }
    }
}

/// Every country, in the file's order, which must be by code (as the generator writes it):
/// [`find`] searches it by halves.
pub fn decode_countries(json: &str) -> Result<Vec<Country>, GeoError> {
    let list: Vec<Country> =
        serde_json::from_str(json).map_err(|e| GeoError::Json(e.to_string()))?;
    sorted_countries(list)
}

/// The list, if it is sorted by code.
pub fn sorted_countries(list: Vec<Country>) -> Result<Vec<Country>, GeoError> {
    match list.windows(2).find(|w| w[0].code >= w[1].code) {
        Some(w) => Err(GeoError::Unsorted(w[1].code.clone())),
        None => Ok(list),
    }
}

/// The country with this code in a list sorted by code.
pub fn find<'a>(countries: &'a [Country], code: &str) -> Option<&'a Country> {
    let i = countries
        .binary_search_by(|c| c.code.as_str().cmp(code))
        .ok()?;
    Some(&countries[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_finds() {
        let json = r#"[
            {"code":"AD","alpha3":"AND","name":{"fr":"Andorre","en":"Andorra","es":"Andorra"},"point":[1.56,42.54]},
            {"code":"FR","alpha3":"FRA","name":{"fr":"France","en":"France","es":"Francia"},"aka":{"en":["French Republic"]},"point":null}
        ]"#;
        let list = decode_countries(json).unwrap();
        assert_eq!(list[0].code, "AD");
        assert_eq!(find(&list, "AD").unwrap().point, Some([1.56, 42.54]));
        assert_eq!(find(&list, "FR").unwrap().name.es, "Francia");
        assert_eq!(list[1].aka.get(Locale::En), ["French Republic"]);
        assert!(list[0].aka.get(Locale::Fr).is_empty());
        assert!(find(&list, "ZZ").is_none());
        assert!(matches!(decode_countries("{}"), Err(GeoError::Json(_))));
        let swapped = json.replace("\"AD\"", "\"XX\"");
        assert_eq!(
            decode_countries(&swapped),
            Err(GeoError::Unsorted("FR".into()))
        );
    }
}
