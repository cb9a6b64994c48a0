//! The data files as the app loads them, in postcard's binary form: the dataset (one file
//! per locale), the world's outlines, the country table and the downloads' description.
//!
//! The JSON files in `public/data/` stay the sources, checked by the build and the tests;
//! `atlas.json` is also the open data download. The app reads no JSON: serde_json's
//! parser, instantiated for every type it reads, was a sixth of the main wasm module that
//! every page downloads (29 KB brotli), half the map's geometry chunk and a third of the
//! Sources page's. postcard reads the same serde types as a plain sequence of their fields,
//! in a fraction of the code and the time, from files as small on the wire. The build
//! writes the files (`bin/packed.rs`): the dataset's with the other languages' texts left
//! empty, so that a visitor downloads one language; the types are the same for every
//! locale.

/// What `decode` reads: the app names it from here, without depending on serde itself.
pub use serde::de::DeserializeOwned;
#[cfg(not(target_arch = "wasm32"))]
use serde::Serialize;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::Value;

use crate::DataError;
#[cfg(not(target_arch = "wasm32"))]
use crate::{Dataset, Locale};

/// Reads a file the build wrote. The service worker serves it from the app's own build (it
/// never mixes two); a file that is not one this build can read (another release's, a cut
/// answer) is a `DataError` naming it, which the app shows with its retry.
pub fn decode<T: DeserializeOwned>(file: &str, bytes: &[u8]) -> Result<T, DataError> {
    postcard::from_bytes(bytes).map_err(|err| {
        DataError::of_file(
            file,
            format!("not a data file of this release of the atlas ({err})"),
        )
    })
}

/// The bytes of a file for the app.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("the model's types always serialise")
}

/// The dataset with every text but `locale`'s left empty.
#[cfg(not(target_arch = "wasm32"))]
pub fn for_locale(file: &str, json: &str, locale: Locale) -> Result<Dataset, DataError> {
    let mut tree: Value =
        serde_json::from_str(json).map_err(|err| DataError::of_file(file, err.to_string()))?;
    keep_only(&mut tree, locale);
    crate::parse(file, &tree.to_string())
}

/// Empties the other languages of every text (an object whose keys are the locales).
#[cfg(not(target_arch = "wasm32"))]
fn keep_only(value: &mut Value, locale: Locale) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|item| keep_only(item, locale)),
        Value::Object(map) if is_text(map) => {
            for (tag, text) in map.iter_mut() {
                if tag != locale.tag() {
                    *text = Value::String(String::new());
                }
            }
        }
        Value::Object(map) => map.values_mut().for_each(|item| keep_only(item, locale)),
        _ => {}
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    map.len() == Locale::ALL.len() && Locale::ALL.iter().all(|l| map.contains_key(l.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo;

    const DATASET: &str = include_str!("../../../public/data/atlas.json");

    #[test]
    fn a_locale_file_reads_back_as_its_texts_alone() {
        let whole = crate::parse("atlas.json", DATASET).unwrap();
        for locale in Locale::ALL {
            let bytes = encode(&for_locale("atlas.json", DATASET, locale).unwrap());
            let data: Dataset = decode("atlas.bin", &bytes).unwrap();
            assert_eq!(data, for_locale("atlas.json", DATASET, locale).unwrap());
            assert_eq!(
                data.organisation.name.get(locale),
                whole.organisation.name.get(locale)
            );
            for other in Locale::ALL.into_iter().filter(|&l| l != locale) {
                assert_eq!(
                    data.organisation.name.get(other),
                    "",
                    "{locale:?} keeps {other:?}"
                );
            }
            // Everything but the texts is the whole dataset's.
            assert_eq!(data.sources.len(), whole.sources.len());
            let facts = |d: &Dataset| -> Vec<(String, Vec<String>)> {
                d.sections
                    .iter()
                    .map(|s| (s.id.clone(), s.countries.clone()))
                    .collect()
            };
            assert_eq!(facts(&data), facts(&whole));
            assert_eq!(data.reviewed, whole.reviewed);
        }
    }

    #[test]
    fn a_truncated_file_is_an_error_naming_it() {
        let bytes = encode(&for_locale("atlas.json", DATASET, Locale::Fr).unwrap());
        let err = decode::<Dataset>("data/atlas.fr.bin", &bytes[..bytes.len() / 2]).unwrap_err();
        assert_eq!(err.file, "data/atlas.fr.bin");
        assert!(
            err.to_string()
                .starts_with("data/atlas.fr.bin: not a data file"),
            "{err}"
        );
    }

    #[test]
    fn the_world_and_the_countries_read_back_as_their_json() {
        let world = geo::parse(include_str!("../../../public/data/world.json")).unwrap();
        let back: geo::WorldArcs = decode("world.bin", &encode(&world)).unwrap();
        assert_eq!(geo::resolve(&back), geo::resolve(&world));
        assert_eq!(back.countries.len(), 175);
        let countries =
            geo::decode_countries(include_str!("../../../public/data/countries.json")).unwrap();
        let back: Vec<geo::Country> = decode("countries.bin", &encode(&countries)).unwrap();
        assert_eq!(back, countries);
    }

    #[test]
    fn only_locale_objects_are_texts() {
        let mut tree = serde_json::json!({
            "name": { "fr": "Paris", "en": "Paris", "es": "París" },
            "codes": { "fr": 1, "en": 2 },
            "list": [{ "fr": "a", "en": "b", "es": "c" }],
        });
        keep_only(&mut tree, Locale::Es);
        assert_eq!(
            tree,
            serde_json::json!({
                "name": { "fr": "", "en": "", "es": "París" },
                "codes": { "fr": 1, "en": 2 },
                "list": [{ "fr": "", "en": "", "es": "c" }],
            })
        );
    }
}
