//! Countries in search: a country's names in any of the atlas's languages (official, short
//! and other names in use) and its ISO codes find the sections that cover it; the result
//! is named in the index's locale, with the other name the query matched beside it.

use super::super::geo::Country;
use super::super::{Dataset, Id, Locale};
use super::{mark, normalize, words, Marked};

/// A country that some section covers, ready to match.
#[derive(Clone, Debug)]
pub(super) struct CountryEntry {
    code: String,
    /// The name shown, in the index's locale.
    name: String,
    /// The other names: in use in the index's locale, then the names in the other
    /// locales; shown when the query matched one of them.
    aka: Vec<String>,
    /// Every name, normalised into words: `name` first, then `aka`.
    keys: Vec<Vec<String>>,
    /// ISO codes, lower case: alpha-2 then alpha-3.
    codes: [String; 2],
    /// Indices of the sections covering it, in dataset order.
    sections: Vec<usize>,
}

/// A country found by a query, with the sections that cover it.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryHit {
    /// ISO 3166-1 alpha-2, as in the dataset.
    pub code: String,
    /// The country's name in the index's locale, matches marked.
    pub name: Marked,
    /// The other name the query matched, when it matched that rather than `name`
    /// ("Turkey" for "Türkiye", "Germany" for "Allemagne").
    pub matched: Option<Marked>,
    /// Id and name of each section covering the country (two for a shared country).
    pub sections: Vec<(Id, String)>,
}

/// The countries covered by the dataset's sections, from the country table.
pub(super) fn entries(data: &Dataset, countries: &[Country], locale: Locale) -> Vec<CountryEntry> {
    let mut out: Vec<CountryEntry> = Vec::new();
    for (i, section) in data.sections.iter().enumerate() {
        for code in &section.countries {
            if let Some(e) = out.iter_mut().find(|e| &e.code == code) {
                e.sections.push(i);
                continue;
            }
            let Some(c) = super::super::geo::find_country(countries, code) else {
                continue;
            };
            let name = c.name.get(locale).to_owned();
            let (aka, keys) = other_names(c, locale);
            out.push(CountryEntry {
                code: code.clone(),
                name,
                aka,
                keys,
                codes: [code.to_ascii_lowercase(), c.alpha3.to_ascii_lowercase()],
                sections: vec![i],
            });
        }
    }
    out.sort_by_cached_key(|e| normalize(&e.name).0);
    out
}

/// A country's names but the one shown in `locale`, with every name's words (`name`'s
/// first): the index's locale's other names, then each other locale's name and other names
/// in `Locale::ALL`'s order. A name whose words an earlier one already has is left out
/// ("France" in English after French), so that a match names the first of them.
fn other_names(c: &Country, locale: Locale) -> (Vec<String>, Vec<Vec<String>>) {
    let others = Locale::ALL.into_iter().filter(|&l| l != locale);
    let names = c
        .aka
        .get(locale)
        .iter()
        .map(String::as_str)
        .chain(others.flat_map(|l| {
            std::iter::once(c.name.get(l)).chain(c.aka.get(l).iter().map(String::as_str))
        }));
    let mut keys = vec![words(c.name.get(locale))];
    let mut aka = Vec::new();
    for n in names {
        let key = words(n);
        if !keys.contains(&key) {
            keys.push(key);
            aka.push(n.to_owned());
        }
    }
    (aka, keys)
}

/// The countries matching `query`, best first: an ISO code or a whole name, then names
/// starting with the query, then names with every word of the query starting a word.
pub(super) fn find(
    entries: &[CountryEntry],
    sections: &[(Id, String)],
    query: &str,
) -> Vec<CountryHit> {
    let q = words(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize, &CountryEntry)> = entries
        .iter()
        .filter_map(|e| {
            let by_code = (q.len() == 1 && e.codes.contains(&q[0])).then_some((0, 0));
            let by_name = e
                .keys
                .iter()
                .enumerate()
                .filter_map(|(k, key)| rank(key, &q).map(|r| (r, k)))
                .min();
            let (r, key) = by_code.into_iter().chain(by_name).min()?;
            Some((r, key, e))
        })
        .collect();
    // Stable: equal ranks keep the alphabetical order of the entries.
    ranked.sort_by_key(|(r, _, _)| *r);
    ranked
        .into_iter()
        .map(|(_, key, e)| CountryHit {
            code: e.code.clone(),
            name: mark(&e.name, &q),
            matched: (key > 0).then(|| mark(&e.aka[key - 1], &q)),
            sections: e.sections.iter().map(|&i| sections[i].clone()).collect(),
        })
        .collect()
}

/// How well a name (its words) matches the query's words: 0 the whole name, 1 its
/// beginning, 2 every query word starts one of its words; `None` otherwise.
fn rank(key: &[String], q: &[String]) -> Option<u8> {
    if key == q {
        return Some(0);
    }
    let starts = q.len() <= key.len()
        && q[..q.len() - 1] == key[..q.len() - 1]
        && key[q.len() - 1].starts_with(q[q.len() - 1].as_str());
    if starts {
        return Some(1);
    }
    q.iter()
        .all(|w| key.iter().any(|k| k.starts_with(w.as_str())))
        .then_some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Vec<String> {
        words(name)
    }

    fn country(json: &str) -> Country {
        serde_json::from_str(json).expect("a country")
    }

    #[test]
    fn other_names_are_the_other_languages_without_repeats() {
        let de = country(
            r#"{"code":"DE","alpha3":"DEU","name":{"fr":"Allemagne","en":"Germany","es":"Alemania"},"point":null}"#,
        );
        let (aka, keys) = other_names(&de, Locale::Fr);
        assert_eq!(aka, ["Germany", "Alemania"]);
        assert_eq!(keys, [key("Allemagne"), key("Germany"), key("Alemania")]);
        // Names equal but for accents and case count once, under the page's own.
        let pe = country(
            r#"{"code":"PE","alpha3":"PER","name":{"fr":"Pérou","en":"Peru","es":"Perú"},"aka":{"en":["PERU"]},"point":null}"#,
        );
        let (aka, keys) = other_names(&pe, Locale::Es);
        assert_eq!(aka, ["Pérou"]);
        assert_eq!(keys.len(), 2);
        let tr = country(
            r#"{"code":"TR","alpha3":"TUR","name":{"fr":"Turquie","en":"Türkiye","es":"Turquía"},"aka":{"en":["Turkey"]},"point":null}"#,
        );
        assert_eq!(
            other_names(&tr, Locale::En).0,
            ["Turkey", "Turquie", "Turquía"]
        );
        assert_eq!(
            other_names(&tr, Locale::Es).0,
            ["Turquie", "Türkiye", "Turkey"]
        );
    }

    #[test]
    fn ranks_whole_names_then_beginnings_then_words() {
        assert_eq!(rank(&key("Kenya"), &key("kenya")), Some(0));
        assert_eq!(rank(&key("Côte-d’Ivoire"), &key("cote d'iv")), Some(1));
        assert_eq!(rank(&key("Turquie"), &key("TURQ")), Some(1));
        assert_eq!(
            rank(&key("République unie de Tanzanie"), &key("tanzanie")),
            Some(2)
        );
        assert_eq!(rank(&key("Niger"), &key("nigeria")), None);
        assert_eq!(rank(&key("Kenya"), &key("enya")), None);
    }
}
