//! The direction of dependencies (ARCHITECTURE.md, "Layers"): each module of `src/` may use
//! its own layer and those below it, never one above; a page never uses another page. Read
//! from the sources, so that an import pointing the wrong way fails here, with the file and
//! line named. (The pure layer is the crate `crates/atlas-model`, re-exported as
//! `crate::model`, `crate::paths`, `crate::head` and `crate::embed_code`: the compiler keeps
//! it free of the app and of browser crates, since its Cargo.toml names neither.)
//! Contexts are state's: only `src/state/` provides or reads one; views call its hooks.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first.
const LAYERS: [&str; 5] = ["pure", "state", "components", "pages", "app"];

/// The layer of a file of `src/`, by its path.
fn layer_of_file(path: &str) -> usize {
    let layer = match path {
        p if p.starts_with("state") => "state",
        p if p.starts_with("components") => "components",
        "lazy.rs" => "components",
        p if p.starts_with("pages") => "pages",
        "lib.rs" | "main.rs" | "prefetch.rs" => "app",
        other => panic!("src/{other}: no layer given in tests/architecture.rs"),
    };
    position(layer)
}

/// The layer of what `crate::<module>` names (the pure layer's are the model crate's
/// re-exports).
fn layer_of_module(module: &str) -> Option<usize> {
    let layer = match module {
        "model" | "paths" | "head" | "embed_code" => "pure",
        "state" | "i18n" => "state",
        "components" | "lazy" => "components",
        "pages" => "pages",
        _ => return None,
    };
    Some(position(layer))
}

fn position(layer: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| *l == layer)
        .expect("a known layer")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<module>` a line names (in `use` lines and in paths alike).
fn crate_modules(line: &str) -> Vec<&str> {
    line.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &line[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

/// The violations in one file's text; `file` is its path below `src/`.
fn violations(file: &str, text: &str) -> Vec<String> {
    let own = layer_of_file(file);
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let at = format!("src/{file}:{}", n + 1);
        for module in crate_modules(code) {
            if let Some(layer) = layer_of_module(module) {
                if layer > own {
                    found.push(format!(
                        "{at}: the {} layer uses crate::{module} ({}): {}",
                        LAYERS[own],
                        LAYERS[layer],
                        line.trim()
                    ));
                }
                if module == "pages" && file.starts_with("pages/") {
                    found.push(format!("{at}: a page uses another page: {}", line.trim()));
                }
            }
        }
        // A page's own submodules and tests may use it (`super::*`, `super::Item`); only
        // `pages/x.rs` itself reaches a sibling page through `super::`.
        if file.starts_with("pages/")
            && file.matches('/').count() == 1
            && code.contains("use super::")
            && !code.contains("super::*")
        {
            found.push(format!("{at}: a page uses another page: {}", line.trim()));
        }
    }
    found
}

/// What `check` finds in every file of `src/`, given its path below `src/` and its text.
fn check_src(check: fn(&str, &str) -> Vec<String>) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 40, "found only {} files in src/", files.len());
    let mut found = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(&src)
            .expect("below src/")
            .to_string_lossy();
        let text = fs::read_to_string(path).expect("readable");
        found.extend(check(&name.replace('\\', "/"), &text));
    }
    found
}

#[test]
fn imports_point_down_the_layers() {
    let found = check_src(violations);
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

/// Where a file outside `src/state/` reads or provides a context itself: contexts, hooks and
/// loaders are state (`use_locale`, `use_paths`, `Loader::provide` …), views only call them.
fn context_outside_state(file: &str, text: &str) -> Vec<String> {
    if file.starts_with("state") {
        return Vec::new();
    }
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or_default();
            ["provide_context", "expect_context", "use_context::<"]
                .iter()
                .any(|f| code.contains(f))
        })
        .map(|(n, line)| {
            format!(
                "src/{file}:{}: a context outside state/: {}",
                n + 1,
                line.trim()
            )
        })
        .collect()
}

#[test]
fn contexts_live_in_state() {
    let found = check_src(context_outside_state);
    assert!(
        found.is_empty(),
        "contexts outside state/:\n{}",
        found.join("\n")
    );
    assert_eq!(
        context_outside_state("components/shell.rs", "provide_context(Locale::Fr);").len(),
        1
    );
    assert!(context_outside_state("state/paths.rs", "expect_context::<Paths>()").is_empty());
}

#[test]
fn the_check_finds_what_points_up() {
    let upward = "use crate::pages::NotFound;";
    assert_eq!(violations("components/detail.rs", upward).len(), 1);
    assert_eq!(
        violations("pages/home.rs", "use crate::pages::figures::FigureCard;").len(),
        1
    );
    assert_eq!(
        violations("pages/home.rs", "use super::figures::FigureCard;").len(),
        1
    );
    assert_eq!(
        violations("state/load.rs", "use crate::components::link;").len(),
        1
    );
    assert_eq!(
        violations("state.rs", "pub use crate::pages::prefetch;").len(),
        1
    );
    assert_eq!(
        violations("state/locale.rs", "let _ = crate::lazy::page;").len(),
        1
    );
    // Downward and sideways imports are fine, and so are comments.
    assert!(violations(
        "pages/home.rs",
        "use crate::components::{link, FigureCard};"
    )
    .is_empty());
    assert!(violations(
        "components/map.rs",
        "use crate::state::load::Load; // crate::pages"
    )
    .is_empty());
    assert!(violations("state/dataset.rs", "use crate::model::{parse, Dataset};").is_empty());
}
