//! Countries in search: a country's names in the index's locale (official, short and other
//! names in use) and its ISO codes find the sections that cover it.

use super::super::geo::Country;
use super::super::{Dataset, Id, Locale};
use super::{mark, normalize, words, Marked};

/// A country that some section covers, ready to match.
#[derive(Clone, Debug)]
pub(super) struct CountryEntry {
    code: String,
    /// The name shown, in the index's locale.
    name: String,
    /// The other names in use, shown when the query matched one of them.
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
    /// ("Turkey" for "Türkiye").
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
            let aka = c.aka.get(locale).to_vec();
            let keys = std::iter::once(&name)
                .chain(&aka)
                .map(|n| words(n))
                .collect();
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
