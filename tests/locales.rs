//! The UI strings (`locales/{fr,en,es}/*.json`): every key in every locale, every key used
//! by the code, and the count sentences in the plural form each language asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;
use uclg_atlas::i18n::{td_string, Locale as UiLocale};
use uclg_atlas::model::{format, Locale};

const LOCALES: [&str; 3] = ["fr", "en", "es"];
const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `namespace.key` → the plural forms it has (empty for a plain string), for one locale.
fn keys(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
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

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, BTreeSet<String>>) {
    let Value::Object(map) = value else {
        panic!("`{prefix}` is not an object");
    };
    for (key, value) in map {
        if value.is_object() {
            flatten(&format!("{prefix}.{key}"), value, out);
            continue;
        }
        let (base, form) = match key.rsplit_once('_') {
            Some((base, form)) if PLURAL_FORMS.contains(&form) => (base, Some(form)),
            _ => (key.as_str(), None),
        };
        let forms = out.entry(format!("{prefix}.{base}")).or_default();
        if let Some(form) = form {
            forms.insert(form.to_owned());
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
fn scan(source: &str, used: &mut BTreeSet<String>) {
    const MACROS: [&str; 8] = [
        "t",
        "tu",
        "t_string",
        "tu_string",
        "td",
        "td_string",
        "t_display",
        "td_display",
    ];
    let mut rest = source;
    while let Some(at) = rest.find("!(") {
        let before = &rest[..at];
        let name_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let is_t = MACROS.contains(&&before[name_start..]);
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
        used.insert(key.replace("::", "."));
    }
}

#[test]
fn every_key_is_in_every_locale_with_the_same_plural_forms() {
    let fr = keys("fr");
    assert!(fr.len() > 100, "the French locale files are read");
    for locale in ["en", "es"] {
        let other = keys(locale);
        let missing: Vec<_> = fr.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !fr.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "keys missing from locales/{locale}: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "keys of locales/{locale} missing from locales/fr: {extra:?}"
        );
    }
    // Each plural key has the forms its language needs: fr, en and es all use `one` and
    // `other` for whole numbers below a million.
    for locale in LOCALES {
        for (key, forms) in keys(locale) {
            if !forms.is_empty() {
                assert!(
                    forms.contains("one") && forms.contains("other"),
                    "locales/{locale}: `{key}` has the plural forms {forms:?}"
                );
            }
        }
    }
}

#[test]
fn every_key_is_used_by_the_code() {
    let used = used_keys();
    let unused: Vec<_> = keys("fr")
        .into_keys()
        .filter(|k| !used.contains(k))
        .collect();
    assert!(unused.is_empty(), "locale keys no code uses: {unused:?}");
}

#[test]
fn the_key_scanner_finds_calls() {
    let mut used = BTreeSet::new();
    scan(
        "t!(i18n, nav.home) t_string!(i18n, search.results, count = n, n) \
         td_string!(Locale::fr, map::label) format!(\"{x}\") view! { <p/> }",
        &mut used,
    );
    let expected: BTreeSet<String> = ["nav.home", "search.results", "map.label"]
        .map(String::from)
        .into();
    assert_eq!(used, expected);
}

fn ui(locale: Locale) -> UiLocale {
    match locale {
        Locale::Fr => UiLocale::fr,
        Locale::En => UiLocale::en,
        Locale::Es => UiLocale::es,
    }
}

/// Every count sentence of the UI for `count` in `locale`, numbers as the app writes them.
fn count_sentences(locale: Locale, count: usize) -> [String; 4] {
    uclg_atlas::plurals::provide_plural_rules();
    let l = ui(locale);
    let n = format::number(count as u64, locale);
    [
        td_string!(l, search.results, count = count, n = &n).to_string(),
        td_string!(l, sections.countries_count, count = count, n = &n).to_string(),
        td_string!(l, objectives.strategies_count, count = count, n = &n).to_string(),
        td_string!(l, objectives.actions_count, count = count, n = &n).to_string(),
    ]
}

#[test]
fn count_sentences_take_each_language_s_plural_form() {
    let expect = |locale, count, sentences: [&str; 4]| {
        assert_eq!(
            count_sentences(locale, count),
            sentences.map(String::from),
            "{locale:?}, {count}"
        );
    };
    // French: 0 and 1 are singular.
    expect(
        Locale::Fr,
        0,
        ["0 résultat", "0 pays", "0 stratégie", "0 action"],
    );
    expect(
        Locale::Fr,
        1,
        ["1 résultat", "1 pays", "1 stratégie", "1 action"],
    );
    expect(
        Locale::Fr,
        2,
        ["2 résultats", "2 pays", "2 stratégies", "2 actions"],
    );
    expect(
        Locale::Fr,
        1250,
        [
            "1\u{202F}250 résultats",
            "1\u{202F}250 pays",
            "1\u{202F}250 stratégies",
            "1\u{202F}250 actions",
        ],
    );
    // English and Spanish: only 1 is singular.
    expect(
        Locale::En,
        0,
        ["0 results", "0 countries", "0 strategies", "0 actions"],
    );
    expect(
        Locale::En,
        1,
        ["1 result", "1 country", "1 strategy", "1 action"],
    );
    expect(
        Locale::En,
        12,
        ["12 results", "12 countries", "12 strategies", "12 actions"],
    );
    expect(
        Locale::Es,
        0,
        ["0 resultados", "0 países", "0 estrategias", "0 acciones"],
    );
    expect(
        Locale::Es,
        1,
        ["1 resultado", "1 país", "1 estrategia", "1 acción"],
    );
    expect(
        Locale::Es,
        54,
        [
            "54 resultados",
            "54 países",
            "54 estrategias",
            "54 acciones",
        ],
    );
}
