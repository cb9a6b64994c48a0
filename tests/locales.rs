//! The UI strings (`locales/{fr,en,es}/*.json`): every key in every locale, every key used
//! by the code, the count sentences in the plural form each language asks for, and each
//! language's typography (the dataset's rules: `model::locale_problem`).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;
use uclg_atlas::model::{locale_problem, Locale};
use uclg_atlas::t_count;

const LOCALES: [&str; 3] = ["fr", "en", "es"];

/// Every `namespace.key` of one locale (`namespace.key.one` for a count sentence's form).
fn keys(locale: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let dir = Path::new("locales").join(locale);
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        let namespace = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name");
        let json: Value = serde_json::from_str(&fs::read_to_string(&path).expect("readable"))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        flatten(namespace, &json, &mut out);
    }
    out
}

/// Every string of one locale: (file, key inside the file, text).
fn strings(locale: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let dir = Path::new("locales").join(locale);
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        let json: Value = serde_json::from_str(&fs::read_to_string(&path).expect("readable"))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path.display().to_string();
        collect(&file, "", &json, &mut out);
    }
    out.sort();
    out
}

fn collect(file: &str, prefix: &str, value: &Value, out: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                collect(file, &key, value, out);
            }
        }
        Value::String(text) => out.push((file.to_owned(), prefix.to_owned(), text.clone())),
        _ => {}
    }
}

/// The typography problems of a locale's strings, each naming its file and key.
fn typography_problems(locale: Locale, strings: &[(String, String, String)]) -> Vec<String> {
    strings
        .iter()
        .filter_map(|(file, key, text)| {
            locale_problem(text, locale).map(|problem| format!("{file}: key `{key}`: {problem}"))
        })
        .collect()
}

fn flatten(prefix: &str, value: &Value, out: &mut BTreeSet<String>) {
    let Value::Object(map) = value else {
        panic!("`{prefix}` is not an object");
    };
    for (key, value) in map {
        let key = format!("{prefix}.{key}");
        if value.is_object() {
            flatten(&key, value, out);
        } else {
            assert!(value.is_string(), "`{key}` is not a string");
            out.insert(key);
        }
    }
}

/// `namespace.key` of every `t!`-family macro call in the Rust sources.
fn used_keys() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                scan(&fs::read_to_string(&path).expect("readable"), &mut used);
            }
        }
    }
    used.extend(frame_title_keys());
    used
}

/// The `embed` keys that `scripts/postbuild/embed.mjs` writes into embed.js (the partners'
/// frames' titles): the values of its `FRAME_TITLES` object.
fn frame_title_keys() -> Vec<String> {
    let script = fs::read_to_string("scripts/postbuild/embed.mjs").expect("embed.mjs is readable");
    let start = script
        .find("FRAME_TITLES = {")
        .expect("embed.mjs has FRAME_TITLES");
    let block = &script[start..];
    let block = &block[..block.find('}').expect("FRAME_TITLES ends")];
    let keys: Vec<String> = block
        .lines()
        .filter_map(|line| line.split('\'').nth(1))
        .map(|key| format!("embed.{key}"))
        .collect();
    assert!(keys.len() >= 5, "FRAME_TITLES in embed.mjs: {keys:?}");
    keys
}

/// Finds `t!(i18n, ns.key`, `t_string!(i18n, ns.key, …`, `td_string!(Locale::fr, ns.key` …
/// and `t_count!(locale, ns.key, n)`, which uses `ns.key.one` and `ns.key.other`.
fn scan(source: &str, used: &mut BTreeSet<String>) {
    const MACROS: [&str; 9] = [
        "t",
        "tu",
        "t_string",
        "tu_string",
        "td",
        "td_string",
        "t_display",
        "td_display",
        "t_count",
    ];
    let mut rest = source;
    while let Some(at) = rest.find("!(") {
        let before = &rest[..at];
        let name_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let name = &before[name_start..];
        let is_t = MACROS.contains(&name);
        rest = &rest[at + 2..];
        if !is_t {
            continue;
        }
        let Some(comma) = rest.find(',') else { break };
        let key: String = rest[comma + 1..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.' || *c == ':')
            .collect();
        let key = key.replace("::", ".");
        if name == "t_count" {
            used.insert(format!("{key}.one"));
            used.insert(format!("{key}.other"));
        } else {
            used.insert(key);
        }
    }
}

#[test]
fn every_key_is_in_every_locale_and_counts_have_both_forms() {
    let fr = keys("fr");
    assert!(fr.len() > 100, "the French locale files are read");
    for locale in ["en", "es"] {
        let other = keys(locale);
        let missing: Vec<_> = fr.difference(&other).collect();
        let extra: Vec<_> = other.difference(&fr).collect();
        assert!(
            missing.is_empty(),
            "keys missing from locales/{locale}: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "keys of locales/{locale} missing from locales/fr: {extra:?}"
        );
    }
    // A count sentence (`t_count!`) has the two forms `format::plural` picks from: fr, en
    // and es use `one` and `other` for whole numbers.
    for locale in LOCALES {
        let keys = keys(locale);
        for key in &keys {
            if let Some(base) = key.strip_suffix(".one") {
                assert!(
                    keys.contains(&format!("{base}.other")),
                    "locales/{locale}: `{base}` has no `other` form"
                );
            }
        }
    }
}

/// French spacing (a no-break space before « : ; ! ? » and inside guillemets) and numbers
/// as `format::number` writes them, the rules `build.rs` applies to the dataset.
#[test]
fn strings_follow_their_language_s_typography() {
    for locale in Locale::ALL {
        let strings = strings(locale.tag());
        assert!(strings.len() > 100, "locales/{} is read", locale.tag());
        let problems = typography_problems(locale, &strings);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn a_typography_slip_is_named_with_its_file_and_key() {
    let strings = |text: &str| {
        vec![(
            "locales/fr/page.json".to_owned(),
            "navigated".to_owned(),
            text.to_owned(),
        )]
    };
    assert_eq!(
        typography_problems(Locale::Fr, &strings("Page affichée :")),
        [
            "locales/fr/page.json: key `navigated`: an ordinary space before `:` in “Page \
          affichée :”: French takes a no-break space (U+00A0 or U+202F)"
        ]
    );
    assert_eq!(
        typography_problems(Locale::Fr, &strings("Le bouton « Intégrer\u{A0}»")),
        [
            "locales/fr/page.json: key `navigated`: no no-break space after `«` in “Le bouton « \
          Intégrer<U+00A0>»”: French takes a no-break space (U+00A0 or U+202F)"
        ]
    );
    assert_eq!(
        typography_problems(Locale::Es, &strings("Más de 240 000 miembros")),
        [
            "locales/fr/page.json: key `navigated`: the number `240 000` is written `240.000` in \
          es, as `format::number` writes it"
        ]
    );
    assert!(typography_problems(Locale::Fr, &strings("Page affichée\u{A0}:")).is_empty());
    // English and Spanish put no space before a colon.
    assert!(typography_problems(Locale::En, &strings("Page shown:")).is_empty());
}

#[test]
fn every_key_is_used_by_the_code() {
    let used = used_keys();
    let unused: Vec<_> = keys("fr").difference(&used).cloned().collect();
    assert!(unused.is_empty(), "locale keys no code uses: {unused:?}");
}

#[test]
fn the_key_scanner_finds_calls() {
    let mut used = BTreeSet::new();
    scan(
        "t!(i18n, nav.home) t_string!(i18n, search.lead, n) t_count!(locale, search.results, n) \
         td_string!(Locale::fr, map::label) format!(\"{x}\") view! { <p/> }",
        &mut used,
    );
    let expected: BTreeSet<String> = [
        "nav.home",
        "search.lead",
        "search.results.one",
        "search.results.other",
        "map.label",
    ]
    .map(String::from)
    .into();
    assert_eq!(used, expected);
}

/// Every count sentence of the UI for `count` in `locale`, as the app writes them.
fn count_sentences(locale: Locale, count: usize) -> [String; 4] {
    [
        t_count!(locale, search.results, count),
        t_count!(locale, sections.countries_count, count),
        t_count!(locale, objectives.strategies_count, count),
        t_count!(locale, objectives.actions_count, count),
    ]
}

#[test]
fn count_sentences_take_each_language_s_plural_form() {
    use Locale::{En, Es, Fr};
    // A table, one case per line.
    #[rustfmt::skip]
    let cases: [(Locale, usize, [&str; 4]); 10] = [
        // French: 0 and 1 are singular.
        (Fr, 0, ["0 résultat", "0 pays", "0 stratégie", "0 action"]),
        (Fr, 1, ["1 résultat", "1 pays", "1 stratégie", "1 action"]),
        (Fr, 2, ["2 résultats", "2 pays", "2 stratégies", "2 actions"]),
        (Fr, 1250, ["1\u{202F}250 résultats", "1\u{202F}250 pays", "1\u{202F}250 stratégies", "1\u{202F}250 actions"]),
        // English and Spanish: only 1 is singular.
        (En, 0, ["0 results", "0 countries", "0 strategies", "0 actions"]),
        (En, 1, ["1 result", "1 country", "1 strategy", "1 action"]),
        (En, 12, ["12 results", "12 countries", "12 strategies", "12 actions"]),
        (Es, 0, ["0 resultados", "0 países", "0 estrategias", "0 acciones"]),
        (Es, 1, ["1 resultado", "1 país", "1 estrategia", "1 acción"]),
        (Es, 54, ["54 resultados", "54 países", "54 estrategias", "54 acciones"]),
    ];
    for (locale, count, sentences) in cases {
        assert_eq!(
            count_sentences(locale, count),
            sentences.map(String::from),
            "{locale:?}, {count}"
        );
    }
}
