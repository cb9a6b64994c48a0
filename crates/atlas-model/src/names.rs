//! The names the app shares with the build's JavaScript, defined here once: the theme's
//! storage key, the search fields' ids, the dataset's files and the open data downloads;
//! and, from the table of pages (`pages::PAGES`), the views partners can embed.
//!
//! The app uses these constants; the JavaScript gets them from the `names` binary
//! (`cargo run -p atlas-model --bin names`), whose JSON `scripts/postbuild/run` writes to
//! `build/names.json` before the post-build steps, and which `scripts/lib/names.mjs` reads
//! for the steps, the prerender and the tests. A name is never written out on the other side.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Locale;

/// The `localStorage` key of the theme the visitor chose: the app's theme toggle writes it,
/// and the loader (`scripts/postbuild/loader.mjs`) applies it before the app runs.
pub const THEME_STORAGE_KEY: &str = "uclg-atlas-theme";

/// The `id` of the search page's field: the loader puts the address's query in it on the
/// prerendered search page.
pub const SEARCH_PAGE_INPUT_ID: &str = "search-page-input";

/// The `id` of the header's search box field (its label's `for`; the tests focus it).
pub const SEARCH_BOX_INPUT_ID: &str = "search-box-input";

/// The directory of the data files, below the base URL (`public/data/` in the sources).
pub const DATA_DIR: &str = "data";

/// The dataset, all languages: the build's source, written per locale for the app by the
/// `packed` binary, and the full dataset's open data download.
pub const DATASET_FILE: &str = "data/atlas.json";

/// The dataset of one locale, as the app loads it (relative to the base URL), in
/// postcard's binary form (`packed`): written by the `packed` binary, preloaded by the
/// loader.
pub const fn dataset_file(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "data/atlas.fr.bin",
        Locale::En => "data/atlas.en.bin",
        Locale::Es => "data/atlas.es.bin",
    }
}

/// The world's outlines as the app loads them (`geo::WorldArcs`, `packed`), written by the
/// `packed` binary from `public/data/world.json`.
pub const WORLD_FILE: &str = "data/world.bin";

/// The country table as the app loads it (`geo::Country`, `packed`), written by the
/// `packed` binary from `public/data/countries.json`.
pub const COUNTRIES_FILE: &str = "data/countries.bin";

/// Each open data download's size and a table's columns (`Downloads`), as JSON: written by
/// `scripts/postbuild/opendata.mjs`, which writes the files.
pub const DOWNLOADS_JSON: &str = "data/downloads.json";

/// The same, as the Sources page loads it (`packed`): written by the `packed` binary.
pub const DOWNLOADS_FILE: &str = "data/downloads.bin";

/// An open data download as the build describes it (`DOWNLOADS_JSON`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileInfo {
    pub bytes: u64,
    /// A table's columns; none for other files.
    #[serde(default)]
    pub columns: Vec<String>,
}

/// The downloads described, by path below `DATA_DIR`.
pub type Downloads = BTreeMap<String, FileInfo>;

/// An open data download of the Sources page (`/{lang}/sources#data`), written by
/// `scripts/postbuild/opendata.mjs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpenDataFile {
    /// The dataset as is, all languages (`data/atlas.json`).
    Full,
    /// The figures, a CSV table in the locale's language.
    Figures,
    /// The sections and their countries, a CSV table.
    Sections,
    /// The sources, a CSV table.
    Sources,
    /// What each file holds, with attribution and licence.
    Readme,
}

impl OpenDataFile {
    /// Every download, in the order the Sources page lists them.
    pub const ALL: [OpenDataFile; 5] = [
        OpenDataFile::Full,
        OpenDataFile::Figures,
        OpenDataFile::Sections,
        OpenDataFile::Sources,
        OpenDataFile::Readme,
    ];

    /// Its file name (below `data/`, in the locale's directory but for the full dataset).
    pub const fn name(self) -> &'static str {
        match self {
            OpenDataFile::Full => "atlas.json",
            OpenDataFile::Figures => "figures.csv",
            OpenDataFile::Sections => "sections-countries.csv",
            OpenDataFile::Sources => "sources.csv",
            OpenDataFile::Readme => "README.txt",
        }
    }

    /// Its path below `data/` for `locale`: `atlas.json`, `fr/figures.csv`…
    pub fn path(self, locale: Locale) -> String {
        match self {
            OpenDataFile::Full => self.name().to_owned(),
            _ => format!("{}/{}", locale.tag(), self.name()),
        }
    }

    /// Its format, as the Sources page shows it.
    pub const fn format(self) -> &'static str {
        match self {
            OpenDataFile::Full => "JSON",
            OpenDataFile::Figures | OpenDataFile::Sections | OpenDataFile::Sources => "CSV",
            OpenDataFile::Readme => "TXT",
        }
    }

    /// Its media type (the open data's JSON-LD `encodingFormat`).
    pub const fn media_type(self) -> &'static str {
        match self {
            OpenDataFile::Full => "application/json",
            OpenDataFile::Figures | OpenDataFile::Sections | OpenDataFile::Sources => "text/csv",
            OpenDataFile::Readme => "text/plain",
        }
    }

    /// The word the JavaScript knows it by (`names.json`'s `holds`).
    pub const fn key(self) -> &'static str {
        match self {
            OpenDataFile::Full => "full",
            OpenDataFile::Figures => "figures",
            OpenDataFile::Sections => "sections",
            OpenDataFile::Sources => "sources",
            OpenDataFile::Readme => "readme",
        }
    }
}

/// Every name above as JSON, the `names` binary's output (read by `scripts/lib/names.mjs`).
pub fn to_json() -> serde_json::Value {
    let per_locale = |f: &dyn Fn(Locale) -> serde_json::Value| {
        Locale::ALL
            .into_iter()
            .map(|l| (l.tag().to_owned(), f(l)))
            .collect::<serde_json::Map<_, _>>()
    };
    serde_json::json!({
        "themeStorageKey": THEME_STORAGE_KEY,
        "searchPageInputId": SEARCH_PAGE_INPUT_ID,
        "searchBoxInputId": SEARCH_BOX_INPUT_ID,
        "locales": Locale::ALL.map(Locale::tag),
        "dataDir": DATA_DIR,
        "datasetFile": DATASET_FILE,
        "datasetFiles": per_locale(&|l| dataset_file(l).into()),
        "worldFile": WORLD_FILE,
        "countriesFile": COUNTRIES_FILE,
        "downloadsJson": DOWNLOADS_JSON,
        "downloadsFile": DOWNLOADS_FILE,
        "embedViews": crate::pages::Page::embed_views_json(),
        // The link previews' images (`head::page_image`), which the service worker skips.
        "socialDir": crate::head::SOCIAL_DIR,
        "openData": per_locale(&|l| {
            OpenDataFile::ALL
                .map(|f| serde_json::json!({ "path": f.path(l), "format": f.format(), "holds": f.key() }))
                .to_vec()
                .into()
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_files_are_below_the_data_directory() {
        let dir = format!("{DATA_DIR}/");
        assert!(DATASET_FILE.starts_with(&dir));
        assert!(DOWNLOADS_FILE.starts_with(&dir));
        assert!(DOWNLOADS_JSON.starts_with(&dir));
        for locale in Locale::ALL {
            assert_eq!(
                dataset_file(locale),
                format!("{DATA_DIR}/atlas.{}.bin", locale.tag())
            );
        }
        // The full dataset's download is the build's source.
        assert_eq!(
            format!("{DATA_DIR}/{}", OpenDataFile::Full.path(Locale::Fr)),
            DATASET_FILE
        );
    }

    #[test]
    fn each_download_has_its_own_path_and_key() {
        for locale in Locale::ALL {
            let paths: std::collections::HashSet<_> =
                OpenDataFile::ALL.map(|f| f.path(locale)).into();
            assert_eq!(paths.len(), OpenDataFile::ALL.len());
        }
        let keys: std::collections::HashSet<_> = OpenDataFile::ALL.map(OpenDataFile::key).into();
        assert_eq!(keys.len(), OpenDataFile::ALL.len());
    }

    #[test]
    fn the_json_holds_every_name() {
        let json = to_json();
        assert_eq!(json["themeStorageKey"], THEME_STORAGE_KEY);
        assert_eq!(json["datasetFiles"]["es"], "data/atlas.es.bin");
        assert_eq!(json["openData"]["en"][1]["path"], "en/figures.csv");
        assert_eq!(json["openData"]["en"][4]["format"], "TXT");
        assert_eq!(json["embedViews"]["objective"]["segment"], "objectives");
        assert_eq!(json["socialDir"], crate::head::SOCIAL_DIR);
    }
}
