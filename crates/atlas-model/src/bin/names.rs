//! Prints the names the app shares with the build's JavaScript (`atlas_model::names`) as
//! JSON. `scripts/postbuild/run` writes it to `build/names.json` before the post-build
//! steps; `scripts/lib/names.mjs` reads it. Built from the model alone: it compiles no leptos.
//!
//! Usage: cargo run -p atlas-model --bin names

fn main() {
    println!("{:#}", atlas_model::names::to_json());
}
