//! Writes the data files as the app loads them (`atlas_model::packed`), in a build's
//! directory: the dataset, one file per locale (`names::dataset_file`), from the build's copy
//! of `atlas.json`; the world's outlines (`names::WORLD_FILE`) and the country table
//! (`names::COUNTRIES_FILE`) from `public/data/`; the downloads' description
//! (`names::DOWNLOADS_FILE`) from the one `opendata.mjs` wrote in the build. `scripts/postbuild/run`
//! runs it on trunk's staging directory. Built from the model alone: it compiles no leptos.
//!
//! Usage: cargo run -p atlas-model --bin packed -- DIR   (from the repository's root)

use std::path::Path;
use std::process::ExitCode;

use atlas_model::names::{
    dataset_file, Downloads, COUNTRIES_FILE, DATASET_FILE, DOWNLOADS_FILE, DOWNLOADS_JSON,
    WORLD_FILE,
};
use atlas_model::{geo, packed, Locale};

/// The map's sources, relative to the repository's root.
const WORLD_SOURCE: &str = "public/data/world.json";
const COUNTRIES_SOURCE: &str = "public/data/countries.json";

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: packed DIR (a build's directory, with {DATASET_FILE})");
        return ExitCode::FAILURE;
    };
    match write_all(Path::new(&dir)) {
        Ok(written) => {
            println!("packed: {}", written.join(", "));
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every file; returns each one's name and size.
fn write_all(dir: &Path) -> Result<Vec<String>, String> {
    let source = dir.join(DATASET_FILE).display().to_string();
    let json = read(&source)?;
    let mut files = Vec::new();
    for locale in Locale::ALL {
        let data = packed::for_locale(&source, &json, locale).map_err(|err| err.to_string())?;
        files.push((dataset_file(locale), packed::encode(&data)));
    }
    let world = geo::parse(&read(WORLD_SOURCE)?).map_err(|err| format!("{WORLD_SOURCE}: {err}"))?;
    // What the app does with it, so that outlines it cannot draw fail the build.
    geo::resolve(&world).map_err(|err| format!("{WORLD_SOURCE}: {err}"))?;
    files.push((WORLD_FILE, packed::encode(&world)));
    let countries = geo::decode_countries(&read(COUNTRIES_SOURCE)?)
        .map_err(|err| format!("{COUNTRIES_SOURCE}: {err}"))?;
    files.push((COUNTRIES_FILE, packed::encode(&countries)));
    let described = dir.join(DOWNLOADS_JSON).display().to_string();
    let downloads: Downloads =
        serde_json::from_str(&read(&described)?).map_err(|err| format!("{described}: {err}"))?;
    files.push((DOWNLOADS_FILE, packed::encode(&downloads)));
    files
        .into_iter()
        .map(|(name, bytes)| {
            let target = dir.join(name);
            std::fs::write(&target, &bytes)
                .map_err(|err| format!("{}: {err}", target.display()))?;
            Ok(format!("{name} ({} bytes)", bytes.len()))
        })
        .collect()
}

fn read(file: &str) -> Result<String, String> {
    std::fs::read_to_string(file).map_err(|err| format!("{file}: {err}"))
}
