//! The names the app shares with the JavaScript (`atlas_model::names`) are written out once,
//! in Rust: the build's scripts, the partners' script, index.html and the browser tests take
//! them from `build/names.json` (the `names` binary, through `scripts/lib/names.mjs`). This
//! test fails, naming the file, when one of them spells such a name itself, which would go
//! stale the day the name changes.

use std::fs;
use std::path::{Path, PathBuf};

use atlas_model::names::{
    dataset_file, COUNTRIES_FILE, SEARCH_BOX_INPUT_ID, SEARCH_PAGE_INPUT_ID, THEME_STORAGE_KEY,
    WORLD_FILE,
};
use atlas_model::Locale;

/// The repository's root (this crate is `crates/atlas-model`).
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The JavaScript and HTML of the repository, outside node_modules.
fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "node_modules") {
                    walk(&path, found);
                }
            } else if path
                .extension()
                .is_some_and(|e| e == "mjs" || e == "js" || e == "html")
            {
                found.push(path);
            }
        }
    }
    let root = Path::new(ROOT);
    let mut found = vec![root.join("index.html")];
    for dir in ["scripts", "public", "tests", "deploy"] {
        walk(&root.join(dir), &mut found);
    }
    found
}

#[test]
fn no_javascript_spells_a_shared_name() {
    let mut names = vec![
        THEME_STORAGE_KEY,
        SEARCH_PAGE_INPUT_ID,
        SEARCH_BOX_INPUT_ID,
        WORLD_FILE,
        COUNTRIES_FILE,
    ];
    names.extend(Locale::ALL.map(dataset_file));
    let files = sources();
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("scripts/postbuild/loader.mjs")),
        "the walk finds the scripts"
    );
    let mut spelled = Vec::new();
    for file in &files {
        let text =
            fs::read_to_string(file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
        for name in &names {
            if text.contains(name) {
                spelled.push(format!("{}: {name}", file.display()));
            }
        }
    }
    assert!(
        spelled.is_empty(),
        "names defined in crates/atlas-model/src/names.rs, written out again (take them from \
         scripts/lib/names.mjs):\n  {}",
        spelled.join("\n  ")
    );
}

/// What the JavaScript reads is what the app uses: the binary prints `names::to_json`.
#[test]
fn the_json_names_what_the_app_uses() {
    let json = atlas_model::names::to_json();
    assert_eq!(json["searchPageInputId"], SEARCH_PAGE_INPUT_ID);
    assert_eq!(json["searchBoxInputId"], SEARCH_BOX_INPUT_ID);
    for locale in Locale::ALL {
        assert_eq!(json["datasetFiles"][locale.tag()], dataset_file(locale));
    }
    assert_eq!(json["worldFile"], WORLD_FILE);
    assert_eq!(json["countriesFile"], COUNTRIES_FILE);
    // Every locale of the app has its UI strings (locales/<lang>/), the build's list.
    for locale in Locale::ALL {
        let dir = Path::new(ROOT).join("locales").join(locale.tag());
        assert!(dir.is_dir(), "{} is missing", dir.display());
    }
}
