//! Parsing and validation of the dataset, with errors that name the file, the record and
//! the field, so that a broken dataset fails the build and the tests with a precise message.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

use super::typography::{french_spacing, number_grouping};
use super::{Dataset, IsoDate, L10n, Locale};

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The record's id, or its position (`objectives[2]`) when it has no usable id.
    pub record: String,
    /// The field's path inside the record, e.g. `strategies[0].title.es`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.record.is_empty() {
            return write!(f, "{}: {}", self.file, self.message);
        }
        write!(
            f,
            "{}: record `{}`, field `{}`: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

impl std::error::Error for DataError {}

impl DataError {
    /// An error of the whole file (it could not be read at all), not of one record's field.
    pub fn of_file(file: &str, message: String) -> Self {
        DataError {
            file: file.to_owned(),
            record: String::new(),
            field: String::new(),
            message,
        }
    }
}

/// Parses the dataset's JSON with the model's types; the error names the failing path. The
/// build, the tests and the native tools read the JSON; the app reads `packed`'s form.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(file: &str, json: &str) -> Result<Dataset, DataError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let (record, field) = split_path(&path);
        DataError {
            file: file.to_owned(),
            record,
            field,
            message: err.into_inner().to_string(),
        }
    })
}

/// Parses, then validates; returns every problem found, not just the first.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_and_validate(
    file: &str,
    json: &str,
    country_codes: &HashSet<String>,
) -> Result<Dataset, Vec<DataError>> {
    let data = parse(file, json).map_err(|e| vec![e])?;
    let errors = validate(file, &data, country_codes);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// Checks what types cannot: ids, references, translations, text hygiene, countries.
pub fn validate(file: &str, data: &Dataset, country_codes: &HashSet<String>) -> Vec<DataError> {
    let mut check = Checker {
        file,
        errors: Vec::new(),
    };
    // Generic checks walk the serialised form, so every record and every localised text
    // is covered without a hand-written visitor per type.
    let tree = serde_json::to_value(data).expect("the model always serialises");
    let mut walk = Walk::default();
    walk.visit(&tree, "", None, &mut check);

    let source_ids: HashSet<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
    for (record, field, id) in &walk.source_refs {
        if !source_ids.contains(id.as_str()) {
            check.fail(record, field, format!("unknown source `{id}`"));
        }
    }
    let present = data
        .organisation
        .president
        .as_ref()
        .and_then(|p| p.present.as_ref());
    if let Some(id) = present {
        match data.sources.iter().find(|s| &s.id == id) {
            None => check.fail(
                "organisation",
                "president.present",
                format!("unknown source `{id}`"),
            ),
            Some(s) if s.url.is_none() => check.fail(
                "organisation",
                "president.present",
                format!("source `{id}` has no address to read the present at"),
            ),
            Some(_) => {}
        }
    }
    let used: HashSet<&str> = walk
        .source_refs
        .iter()
        .map(|r| r.2.as_str())
        .chain(present.map(String::as_str))
        .collect();
    for source in &data.sources {
        if !used.contains(source.id.as_str()) {
            check.fail(&source.id, "id", "source is never cited".to_owned());
        }
    }

    let objective_ids: HashSet<&str> = data.objectives.iter().map(|o| o.id.as_str()).collect();
    for c in &data.commissions {
        for (i, id) in c.related_objectives.ids.iter().enumerate() {
            if !objective_ids.contains(id.as_str()) {
                check.fail(
                    &c.id,
                    &format!("related_objectives.ids[{i}]"),
                    format!("unknown objective `{id}`"),
                );
            }
        }
    }
    let governance = &data.governance;
    for r in &governance.relations {
        for (field, id) in [("from", &r.from), ("to", &r.to)] {
            if governance.body(id).is_none() {
                check.fail(&r.id, field, format!("unknown body `{id}`"));
            }
        }
    }
    let placed: usize = governance.rows().iter().map(Vec::len).sum();
    let named = governance
        .bodies
        .iter()
        .filter(|b| {
            governance
                .relations
                .iter()
                .any(|r| r.from == b.id || r.to == b.id)
        })
        .count();
    if placed != named {
        check.fail(
            "governance",
            "relations",
            "the relations go round in a circle: the diagram has no top".to_owned(),
        );
    }
    let network_ids: HashSet<&str> = data.networks.iter().map(|n| n.id.as_str()).collect();
    for f in &data.figures {
        if !["uclg", "world"].contains(&f.subject.as_str())
            && !network_ids.contains(f.subject.as_str())
        {
            check.fail(&f.id, "subject", format!("unknown subject `{}`", f.subject));
        }
        if !is_kebab(&f.measure) {
            check.fail(
                &f.id,
                "measure",
                format!("`{}` is not kebab-case", f.measure),
            );
        }
        if !(1000..=2100).contains(&f.year) {
            check.fail(&f.id, "year", format!("implausible year {}", f.year));
        }
    }
    for s in &data.sources {
        if !(1000..=2100).contains(&s.year) {
            check.fail(&s.id, "year", format!("implausible year {}", s.year));
        }
        // A document's own title is in its language: a French one follows French rules.
        if let Some(locale) = Locale::from_tag(&s.language) {
            for (field, text) in [("title", &s.title), ("publisher", &s.publisher)] {
                if let Some(problem) = locale_problem(text, locale) {
                    check.fail(&s.id, field, problem);
                }
            }
        }
    }
    for e in &data.timeline {
        if !is_iso_date(&e.date) {
            check.fail(
                &e.id,
                "date",
                format!("`{}` is not an ISO 8601 date", e.date),
            );
        }
    }
    let reviewed = IsoDate::parse(&data.reviewed).filter(IsoDate::is_day);
    let newer = |r: IsoDate| data.sources.iter().find(move |s| s.year > r.year);
    if reviewed.is_none() {
        check.fail(
            "reviewed",
            "reviewed",
            format!("`{}` is not an ISO 8601 day (YYYY-MM-DD)", data.reviewed),
        );
    } else if let Some(s) = reviewed.and_then(newer) {
        check.fail(
            "reviewed",
            "reviewed",
            format!(
                "reviewed on {} against a source of {} (`{}`)",
                data.reviewed, s.year, s.id
            ),
        );
    }
    for s in data.sources.iter().filter(|s| s.year_inferred) {
        if s.year_note.is_none() {
            check.fail(
                &s.id,
                "year_inferred",
                "an inferred year needs its reasoning in `year_note`".to_owned(),
            );
        }
    }
    if let Some(p) = &data.organisation.president {
        if p.until.is_some() && p.present.is_none() {
            check.fail(
                "organisation",
                "president.present",
                "a term with an end needs the source that says who holds the office now".to_owned(),
            );
        }
        if !is_iso_date(&p.from) {
            check.fail(
                "organisation",
                "president.from",
                format!("`{}` is not an ISO 8601 date", p.from),
            );
        }
        match &p.until {
            Some(until) if !is_iso_date(until) => check.fail(
                "organisation",
                "president.until",
                format!("`{until}` is not an ISO 8601 date"),
            ),
            // ISO dates of any precision compare correctly as strings.
            Some(until) if until < &p.from => check.fail(
                "organisation",
                "president.until",
                format!("the term ends ({until}) before it starts ({})", p.from),
            ),
            _ => {}
        }
    }
    if !is_iso_date(&data.organisation.founded.date) {
        check.fail(
            "organisation",
            "founded.date",
            "not an ISO 8601 date".to_owned(),
        );
    }

    for s in &data.sections {
        if s.countries.is_empty() {
            check.fail(
                &s.id,
                "countries",
                "a section needs at least one country".to_owned(),
            );
        }
        for (i, code) in s.editorial_countries.iter().enumerate() {
            if !s.countries.contains(code) {
                check.fail(
                    &s.id,
                    &format!("editorial_countries[{i}]"),
                    format!("`{code}` is not one of the section's countries"),
                );
            }
        }
        let mut seen = HashSet::new();
        for (i, code) in s.countries.iter().enumerate() {
            if !country_codes.contains(code) {
                check.fail(
                    &s.id,
                    &format!("countries[{i}]"),
                    format!("unknown country code `{code}`"),
                );
            } else if !seen.insert(code) {
                check.fail(
                    &s.id,
                    &format!("countries[{i}]"),
                    format!("country `{code}` listed twice"),
                );
            }
        }
    }
    for (record, field, code) in &walk.city_countries {
        if !country_codes.contains(code) {
            check.fail(record, field, format!("unknown country code `{code}`"));
        }
    }
    check.errors
}

struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn fail(&mut self, record: &str, field: &str, message: String) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            record: record.to_owned(),
            field: field.to_owned(),
            message,
        });
    }
}

/// State gathered while walking the serialised dataset.
#[derive(Default)]
struct Walk {
    ids: HashMap<String, String>,
    /// (record, field, referenced source id)
    source_refs: Vec<(String, String, String)>,
    /// (record, field, country code) of every city.
    city_countries: Vec<(String, String, String)>,
}

impl Walk {
    /// `record` is the nearest enclosing record id with the path where it starts.
    fn visit(&mut self, v: &Value, path: &str, record: Option<(&str, &str)>, c: &mut Checker) {
        let (rec, field) = locate(path, record);
        match v {
            Value::Object(map) => {
                if let Ok(text) = serde_json::from_value::<L10n>(v.clone()) {
                    for (locale, s) in text.iter() {
                        let f = join(&field, locale.tag());
                        if s.trim().is_empty() {
                            c.fail(&rec, &f, "empty translation".to_owned());
                        } else if let Some(problem) =
                            text_problem(s).or_else(|| locale_problem(s, locale))
                        {
                            c.fail(&rec, &f, problem);
                        }
                    }
                    return;
                }
                let mut here = record;
                if let Some(Value::String(id)) = map.get("id") {
                    if !is_kebab(id) {
                        c.fail(
                            &rec,
                            &join(&field, "id"),
                            format!("`{id}` is not kebab-case"),
                        );
                    } else if let Some(first) = self.ids.insert(id.clone(), path.to_owned()) {
                        c.fail(id, "id", format!("duplicate id, first used at `{first}`"));
                    }
                    here = Some((id.as_str(), path));
                }
                let (rec, field) = locate(path, here);
                // A record's `sources` lists source ids; the dataset's own `sources` holds
                // the source records themselves.
                let refs = match map.get("sources") {
                    Some(Value::Array(refs))
                        if refs.iter().all(Value::is_string) && !path.is_empty() =>
                    {
                        Some(refs)
                    }
                    _ => None,
                };
                if let Some(refs) = refs {
                    if refs.is_empty() {
                        c.fail(&rec, &join(&field, "sources"), "no source cited".to_owned());
                    }
                    for (i, r) in refs.iter().enumerate() {
                        let id = r.as_str().unwrap_or_default().to_owned();
                        self.source_refs.push((
                            rec.clone(),
                            join(&field, &format!("sources[{i}]")),
                            id,
                        ));
                    }
                }
                if let (Some(Value::String(code)), Some(_), Some(_)) =
                    (map.get("country"), map.get("lat"), map.get("lon"))
                {
                    self.city_countries
                        .push((rec.clone(), join(&field, "country"), code.clone()));
                }
                for (key, child) in map {
                    let child_path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.visit(child, &child_path, here, c);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.visit(item, &format!("{path}[{i}]"), record, c);
                }
            }
            Value::String(s) if !field.ends_with("id") && !field.contains("sources[") => {
                if let Some(problem) = text_problem(s) {
                    c.fail(&rec, &field, problem);
                }
            }
            _ => {}
        }
    }
}

/// Splits an absolute path into the record label and the field path relative to it.
fn locate(path: &str, record: Option<(&str, &str)>) -> (String, String) {
    match record {
        Some((id, start)) => {
            let rest = path[start.len()..].trim_start_matches('.');
            (id.to_owned(), rest.to_owned())
        }
        None => split_path(path),
    }
}

/// `objectives[2].strategies[0].title` → (`objectives[2]`, `strategies[0].title`);
/// `organisation.name.es` → (`organisation`, `name.es`).
fn split_path(path: &str) -> (String, String) {
    let cut = path.find('.').unwrap_or(path.len());
    let (head, tail) = path.split_at(cut);
    (head.to_owned(), tail.trim_start_matches('.').to_owned())
}

fn join(field: &str, key: &str) -> String {
    if field.is_empty() {
        key.to_owned()
    } else {
        format!("{field}.{key}")
    }
}

/// Extraction noise and typographic slips that must not reach visitors.
pub(crate) fn text_problem(s: &str) -> Option<String> {
    if s != s.trim() {
        return Some("leading or trailing whitespace".to_owned());
    }
    if s.contains("  ") {
        return Some("doubled space".to_owned());
    }
    for noise in ["➤", "›", "•", "**", "](", "\u{FFFD}"] {
        if s.contains(noise) {
            return Some(format!("extraction noise `{noise}`"));
        }
    }
    let lower = s.to_lowercase();
    if let Some(at) = lower.find("page ") {
        if lower[at + 5..].starts_with(|c: char| c.is_ascii_digit()) {
            return Some("page marker left from the PDF".to_owned());
        }
    }
    for (open, close) in [('«', '»'), ('“', '”'), ('(', ')')] {
        if s.matches(open).count() != s.matches(close).count() {
            return Some(format!("unbalanced quotes or brackets `{open}…{close}`"));
        }
    }
    if !s.matches('"').count().is_multiple_of(2) {
        return Some("unbalanced quotes `\"`".to_owned());
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    if letters >= 24 && upper * 10 > letters * 7 {
        return Some("text in capitals".to_owned());
    }
    None
}

/// What a text of `locale` must follow on top of [`text_problem`]: French spacing before
/// « : ; ! ? » and inside guillemets, and numbers grouped as `format::number` groups them.
pub fn locale_problem(text: &str, locale: Locale) -> Option<String> {
    let spacing = (locale == Locale::Fr)
        .then(|| french_spacing(text))
        .flatten();
    spacing.or_else(|| number_grouping(text, locale))
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
fn is_iso_date(date: &str) -> bool {
    IsoDate::parse(date).is_some()
}

/// Every localised text of a locale must be present: used by tests for completeness.
pub fn missing_translations(data: &Dataset, locale: Locale) -> usize {
    fn count(v: &Value, locale: Locale) -> usize {
        match v {
            Value::Object(map) => match serde_json::from_value::<L10n>(v.clone()) {
                Ok(t) => usize::from(t.get(locale).trim().is_empty()),
                Err(_) => map.values().map(|c| count(c, locale)).sum(),
            },
            Value::Array(items) => items.iter().map(|c| count(c, locale)).sum(),
            _ => 0,
        }
    }
    count(&serde_json::to_value(data).expect("serialises"), locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_is_caught() {
        assert_eq!(text_problem("Texte propre."), None);
        assert!(text_problem("Voir page 8").is_some());
        assert!(text_problem("deux  espaces").is_some());
        assert!(text_problem("« citation").is_some());
        assert!(text_problem("➤ puce").is_some());
        assert!(text_problem("DÉVELOPPER UNE ORGANISATION DÉMOCRATIQUE FORTE").is_some());
        assert_eq!(text_problem("« une voix unie, une voix plus forte »"), None);
        assert_eq!(text_problem("UCLG and CEMR"), None);
    }

    #[test]
    fn dates_and_ids() {
        assert!(is_iso_date("2004-05") && is_iso_date("1996") && is_iso_date("2012-04-05"));
        assert!(!is_iso_date("2004-13") && !is_iso_date("05/04/2012") && !is_iso_date(""));
        assert!(is_kebab("habitat-iii") && is_kebab("s1"));
        assert!(!is_kebab("Habitat") && !is_kebab("a--b") && !is_kebab("-a") && !is_kebab(""));
    }
}
