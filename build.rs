//! Build script: generates the i18n module from `locales/` and refuses to build with a
//! broken dataset, reporting the file, record and field of every problem.

use std::collections::HashSet;
use std::error::Error;
use std::path::PathBuf;

use atlas_model::head;
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const DATASET: &str = "public/data/atlas.json";
/// Overrides the dataset checked (tests build against fixtures with it).
const DATASET_ENV: &str = "UCLG_ATLAS_DATASET";
const COUNTRIES: &str = "public/data/countries.json";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed={DATASET}");
    println!("cargo::rerun-if-env-changed={DATASET_ENV}");
    println!("cargo::rerun-if-changed={COUNTRIES}");
    println!("cargo::rerun-if-changed=locales");

    // The release label shown in the footer: set by scripts/build from git, `dev` otherwise.
    println!("cargo::rerun-if-env-changed=UCLG_ATLAS_VERSION");
    let version = std::env::var("UCLG_ATLAS_VERSION").unwrap_or_else(|_| "dev".to_owned());
    println!("cargo::rustc-env=UCLG_ATLAS_VERSION={version}");

    // The deployment's origin, for absolute URLs in the head (atlas_model::head); empty: unknown.
    println!("cargo::rerun-if-env-changed={}", head::SITE_URL_ENV);
    let site = std::env::var(head::SITE_URL_ENV).unwrap_or_default();
    let origin = head::parse_origin(&site)?.unwrap_or_default();
    println!("cargo::rustc-env=UCLG_ATLAS_SITE_ORIGIN={origin}");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    // One namespace per file of `locales/fr/` (`nav.json` → `t!(i18n, nav.home)`).
    let mut namespaces: Vec<String> = std::fs::read_dir("locales/fr")?
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_owned))
        .collect();
    namespaces.sort();
    let cfg = Config::new("fr")?
        .add_locales(["en", "es"])?
        .add_namespaces(namespaces)?
        // Whole sentences with their numbers as strings too (`t_string!` with arguments),
        // for attributes and the search status.
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out.join("i18n"))?;

    check_dataset()
}

fn check_dataset() -> Result<(), Box<dyn Error>> {
    let codes = country_codes()?;
    let file = std::env::var(DATASET_ENV).unwrap_or_else(|_| DATASET.to_owned());
    let json = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    if let Err(errors) = atlas_model::parse_and_validate(&file, &json, &codes) {
        for e in &errors {
            println!("cargo::error={e}");
        }
        return Err(format!("{} problem(s) in {file}", errors.len()).into());
    }
    Ok(())
}

/// ISO 3166-1 alpha-2 codes known to the map's country table.
fn country_codes() -> Result<HashSet<String>, Box<dyn Error>> {
    #[derive(serde::Deserialize)]
    struct Country {
        code: String,
    }
    let json = std::fs::read_to_string(COUNTRIES).map_err(|e| format!("{COUNTRIES}: {e}"))?;
    let list: Vec<Country> =
        serde_json::from_str(&json).map_err(|e| format!("{COUNTRIES}: {e}"))?;
    Ok(list.into_iter().map(|c| c.code).collect())
}
