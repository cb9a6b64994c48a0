//! Prints every page of the dataset (`paths::Route::all`), one per line: its path below the
//! locale, a tab, `prerendered` or `live`, a tab, its kind of page (`pages::Page`:
//! `Home`, `Objective`…), a tab, and the image its link previews show in each locale
//! (`head::page_image`: `fr=social/fr.png en=social/en.png es=social/es.png`, a section's
//! own on its page), which the prerender makes. `scripts/build` writes it to
//! `build/routes.tsv` for the prerender and the tests, so that the one list of pages is
//! the app's own. Built from the model alone: it compiles no leptos.
//!
//! Usage: cargo run -p atlas-model --bin routes [DATASET]
//! (default: public/data/atlas.json, from the current directory)

use std::process::ExitCode;

use atlas_model::head::page_image;
use atlas_model::paths::Route;
use atlas_model::{parse, Locale};

fn main() -> ExitCode {
    let file = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/atlas.json".to_owned());
    let json = match std::fs::read_to_string(&file) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("{file}: {err}");
            return ExitCode::FAILURE;
        }
    };
    // (The build validates the dataset: build.rs refuses a broken one.)
    let data = match parse(&file, &json) {
        Ok(data) => data,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    for route in Route::all(&data) {
        let kind = if route.is_prerendered() {
            "prerendered"
        } else {
            "live"
        };
        let images: Vec<String> = Locale::ALL
            .into_iter()
            .map(|l| format!("{}={}", l.tag(), page_image(&route, l)))
            .collect();
        println!(
            "{}\t{kind}\t{:?}\t{}",
            route.path(),
            route.page(),
            images.join(" ")
        );
    }
    ExitCode::SUCCESS
}
