//! Search over the bundled dataset and country table: every text the dataset holds is
//! indexed, and countries find the sections that cover them.

use std::collections::HashSet;

use atlas_model::geo::{decode_countries, Country};
use atlas_model::paths::Route;
use atlas_model::{parse_and_validate, Dataset, Locale, SearchIndex, SectionKind};
use serde_json::Value;

const ATLAS: &str = include_str!("../../../public/data/atlas.json");
const COUNTRIES: &str = include_str!("../../../public/data/countries.json");

/// Fields that hold identifiers, references to other records, codes or dates, which views
/// show as something else (a name, a link, a formatted date) or not at all. Every other
/// string of the dataset is text that a view shows, and must be found by search.
const NOT_TEXT: [&str; 18] = [
    "id",
    "ids",
    "sources",
    "objectives",
    "subject",
    "measure",
    "kind",
    "qualifier",
    "basis",
    "date",
    "from",
    "until",
    "reviewed",
    "present",
    "to",
    "country",
    "countries",
    "editorial_countries",
];

fn countries() -> Vec<Country> {
    decode_countries(COUNTRIES).expect("countries.json decodes")
}

fn dataset() -> Dataset {
    let codes: HashSet<String> = countries().into_iter().map(|c| c.code).collect();
    parse_and_validate("atlas.json", ATLAS, &codes).expect("the dataset is valid")
}

fn index(data: &Dataset, locale: Locale) -> SearchIndex {
    let mut index = SearchIndex::build(data, locale);
    index.add_countries(data, &countries());
    index
}

/// Every text of `value` with its JSON path and the locales it is shown in: a localised
/// text (an object with exactly `fr`, `en` and `es`) in its own locale, any other string
/// in every locale.
fn texts(value: &Value, path: String, key: &str, out: &mut Vec<(String, Locale, String)>) {
    match value {
        Value::String(s) if !NOT_TEXT.contains(&key) => {
            for l in Locale::ALL {
                out.push((path.clone(), l, s.clone()));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{path}[{i}]"), key, out);
            }
        }
        Value::Object(map)
            if map.len() == 3 && Locale::ALL.iter().all(|l| map.contains_key(l.tag())) =>
        {
            for l in Locale::ALL {
                let text = map[l.tag()].as_str().expect("a localised text is a string");
                out.push((format!("{path}.{}", l.tag()), l, text.to_owned()));
            }
        }
        Value::Object(map) if !NOT_TEXT.contains(&key) => {
            for (k, v) in map {
                texts(v, format!("{path}.{k}"), k, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_of_the_dataset_is_indexed() {
    let data = dataset();
    let indexes: Vec<(Locale, SearchIndex)> = Locale::ALL
        .into_iter()
        .map(|l| (l, index(&data, l)))
        .collect();
    let json: Value = serde_json::from_str(ATLAS).expect("atlas.json is JSON");
    let mut all = Vec::new();
    texts(&json, String::new(), "", &mut all);
    assert!(all.len() > 500, "only {} texts found", all.len());
    let missing: Vec<String> = all
        .iter()
        .filter(|(_, locale, text)| {
            let (_, index) = indexes.iter().find(|(l, _)| l == locale).expect("index");
            !index.covers(text)
        })
        .map(|(path, locale, text)| format!("{path} ({}): {text}", locale.tag()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} texts not indexed:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_secretariat_address_is_found_without_its_accent() {
    let data = dataset();
    for locale in Locale::ALL {
        let index = index(&data, locale);
        for query in ["avinyo", "Avinyó", "AVINYÓ 15"] {
            let hits = index.search(query);
            assert!(
                hits.iter()
                    .any(|h| h.route == Route::Home && h.anchor.as_deref() == Some("secretariat")),
                "{query} in {locale:?}: {hits:?}"
            );
        }
    }
}

#[test]
fn seats_sources_and_networks_are_found() {
    let data = dataset();
    let index = index(&data, Locale::En);
    let seat = &data.sections[0].seat.name.en;
    assert!(index
        .search(seat)
        .iter()
        .any(|h| h.route == Route::Section(data.sections[0].id.clone())));
    for s in &data.sources {
        assert!(
            index
                .search(&s.title)
                .iter()
                .any(|h| h.anchor.as_deref() == Some(&format!("source-{}", s.id))),
            "{}",
            s.title
        );
    }
    for n in &data.networks {
        assert!(
            index
                .search(&n.name.en)
                .iter()
                .any(|h| h.anchor.as_deref() == Some(n.id.as_str())),
            "{}",
            n.name.en
        );
    }
}

/// The ids of the sections found for a country query, in the order given.
fn sections_of(index: &SearchIndex, query: &str) -> (String, Vec<String>) {
    let hits = index.countries(query);
    let first = hits
        .first()
        .unwrap_or_else(|| panic!("no country for {query}"));
    let name = first.name.iter().map(|(t, _)| t.as_str()).collect();
    (
        name,
        first.sections.iter().map(|(id, _)| id.clone()).collect(),
    )
}

fn covering(data: &Dataset, code: &str) -> Vec<String> {
    data.sections
        .iter()
        .filter(|s| s.countries.iter().any(|c| c == code))
        .map(|s| s.id.clone())
        .collect()
}

#[test]
fn a_country_finds_its_section_in_the_page_language() {
    let data = dataset();
    let cases = [
        (Locale::En, "Kenya", "KE", "Kenya"),
        (Locale::Fr, "Turquie", "TR", "Turquie"),
        (Locale::Es, "Brasil", "BR", "Brasil"),
        (Locale::Fr, "bresil", "BR", "Brésil"),
        (Locale::Es, "BRASÍL", "BR", "Brasil"),
        (Locale::En, "ke", "KE", "Kenya"),
        (Locale::En, "KEN", "KE", "Kenya"),
        (Locale::Fr, "tur", "TR", "Turquie"),
        (Locale::En, "Turkey", "TR", "Türkiye"),
        (Locale::En, "turkiye", "TR", "Türkiye"),
        (Locale::En, "Tanzania", "TZ", "United Republic of Tanzania"),
        (Locale::En, "russia", "RU", "Russian Federation"),
        (Locale::En, "usa", "US", "United States of America"),
        (Locale::Es, "cote d'ivoire", "CI", "Costa de Marfil"),
    ];
    for (locale, query, code, name) in cases {
        let index = index(&data, locale);
        let (found, sections) = sections_of(&index, query);
        assert_eq!(found, name, "{query} in {locale:?}");
        assert_eq!(index.countries(query)[0].code, code, "{query}");
        assert!(!sections.is_empty(), "{query}");
        assert_eq!(sections, covering(&data, code), "{query}");
    }
}

/// The text of a marked run.
fn plain(marked: &[(String, bool)]) -> String {
    marked.iter().map(|(t, _)| t.as_str()).collect()
}

#[test]
fn a_country_is_found_by_its_names_in_every_language_and_named_in_the_page_s() {
    let data = dataset();
    // (page, query in another language, code, name shown, other name shown)
    let cases = [
        (Locale::Fr, "Germany", "DE", "Allemagne", "Germany"),
        (Locale::Fr, "alemania", "DE", "Allemagne", "Alemania"),
        (Locale::En, "Allemagne", "DE", "Germany", "Allemagne"),
        (Locale::Es, "ALLEMAGNE", "DE", "Alemania", "Allemagne"),
        (Locale::En, "Turquía", "TR", "Türkiye", "Turquía"),
        (Locale::Fr, "turquia", "TR", "Turquie", "Turquía"),
        (Locale::Es, "turkey", "TR", "Turquía", "Turkey"),
        (Locale::Fr, "Egypt", "EG", "Égypte", "Egypt"),
        (
            Locale::Es,
            "Royaume-Uni",
            "GB",
            "Reino Unido",
            "Royaume-Uni",
        ),
        (
            Locale::Fr,
            "estados unidos",
            "US",
            "États-Unis d'Amérique",
            "Estados Unidos",
        ),
        (
            Locale::En,
            "costa de marfil",
            "CI",
            "Cote d'Ivoire",
            "Costa de Marfil",
        ),
    ];
    for (locale, query, code, name, matched) in cases {
        let index = index(&data, locale);
        let hits = index.countries(query);
        let hit = hits
            .iter()
            .find(|h| h.code == code)
            .unwrap_or_else(|| panic!("{query} ({locale:?}) does not find {code}: {hits:?}"));
        assert_eq!(hits[0].code, code, "{query} ({locale:?}): best first");
        assert_eq!(plain(&hit.name), name, "{query} ({locale:?})");
        assert_eq!(
            hit.matched.as_deref().map(plain).as_deref(),
            Some(matched),
            "{query} ({locale:?})"
        );
        assert_eq!(
            hit.sections
                .iter()
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>(),
            covering(&data, code)
        );
        // The sections are named in the page's language too.
        for (id, section) in &hit.sections {
            let s = data.sections.iter().find(|s| &s.id == id).expect("section");
            assert_eq!(section, s.name.get(locale));
        }
    }
    // A name in the page's language is not repeated as the other name matched.
    let index = index(&data, Locale::Fr);
    assert!(index.countries("france")[0].matched.is_none());
    assert!(index.countries("bresil")[0].matched.is_none());
}

#[test]
fn a_shared_country_shows_both_sections() {
    let data = dataset();
    let index = index(&data, Locale::En);
    for (query, code) in [
        ("Türkiye", "TR"),
        ("Egypt", "EG"),
        ("Azerbaijan", "AZ"),
        ("Georgia", "GE"),
    ] {
        let (_, sections) = sections_of(&index, query);
        assert_eq!(sections, covering(&data, code));
        let regional = data
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Regional && sections.contains(&s.id))
            .count();
        assert_eq!(regional, 2, "{query}: {sections:?}");
    }
}

#[test]
fn the_other_name_matched_is_given() {
    let data = dataset();
    let index = index(&data, Locale::En);
    let hit = &index.countries("turkey")[0];
    let matched: String = hit
        .matched
        .as_ref()
        .expect("matched")
        .iter()
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(matched, "Turkey");
    assert!(index.countries("kenya")[0].matched.is_none());
}

#[test]
fn countries_no_section_covers_and_nonsense_find_nothing() {
    let data = dataset();
    let index = index(&data, Locale::En);
    assert!(index.countries("zzzz").is_empty());
    assert!(index.countries("  ").is_empty());
    assert!(index.countries("<script>").is_empty());
    let covered: HashSet<&str> = data
        .sections
        .iter()
        .flat_map(|s| s.countries.iter().map(String::as_str))
        .collect();
    let uncovered = countries()
        .into_iter()
        .find(|c| !covered.contains(c.code.as_str()));
    if let Some(c) = uncovered {
        assert!(
            index.countries(&c.name.en).iter().all(|h| h.code != c.code),
            "{}",
            c.code
        );
    }
}

#[test]
fn every_covered_country_is_found_by_its_names_and_codes() {
    let data = dataset();
    let table = countries();
    for locale in Locale::ALL {
        let index = index(&data, locale);
        for s in &data.sections {
            for code in &s.countries {
                let c = table
                    .iter()
                    .find(|c| &c.code == code)
                    .expect("known country");
                // Its names in every language, on every language's page.
                let queries = Locale::ALL
                    .into_iter()
                    .flat_map(|l| {
                        std::iter::once(c.name.get(l))
                            .chain(c.aka.get(l).iter().map(String::as_str))
                    })
                    .chain([c.code.as_str(), c.alpha3.as_str()]);
                for q in queries {
                    let hits = index.countries(q);
                    let hit = hits.iter().find(|h| &h.code == code);
                    let hit =
                        hit.unwrap_or_else(|| panic!("{q} ({locale:?}) does not find {code}"));
                    assert!(hit.sections.iter().any(|(id, _)| id == &s.id), "{q}");
                }
            }
        }
    }
}
