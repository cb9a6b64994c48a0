//! A page or figure of the atlas as reference managers read it: BibTeX (biblatex's
//! `@online`), RIS and CSL-JSON. The atlas is the work cited (a web page of the "UCLG Atlas"
//! site, by the atlas), dated by the dataset's review and by the day it was read; a figure
//! also cites the documents it comes from, as entries of their own, so that a reader can
//! credit both. The ready-to-paste text is the app's (`locales/*/cite.json`): it is prose in
//! the page's language, where these formats are data.

use crate::{IsoDate, Locale, Source};

/// What a citation says of a page or a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// The page's title, or the figure's label.
    pub title: String,
    /// The atlas's name in the page's language: the site, and its author.
    pub site: String,
    /// The page's absolute address (with the figure's anchor).
    pub url: String,
    /// The page's path below the base (`fr/figures`), which names the entry (`key`).
    pub path: String,
    /// Which part of the page is cited, if not all of it (a figure's id).
    pub part: Option<String>,
    pub locale: Locale,
    /// The dataset's review: the version of the content cited.
    pub reviewed: IsoDate,
    /// The day the reader cites it.
    pub accessed: IsoDate,
    /// The documents a figure comes from, cited with it; none for a page.
    pub sources: Vec<Source>,
    /// The note of the atlas's entry, in the page's language: which sources a figure
    /// comes from (`Source : Titre, CGLU, 2016`).
    pub note: Option<String>,
}

impl Citation {
    /// The entry's key: `uclg-atlas-fr-figures` or `uclg-atlas-fr-figures-member-cities`,
    /// ASCII letters, digits and hyphens only (a BibTeX key, an RIS `ID`, a CSL `id`).
    pub fn key(&self) -> String {
        let path = self.path.split('/').chain(self.part.as_deref());
        let words: Vec<String> = path
            .map(|segment| {
                segment
                    .chars()
                    .map(|c| match c.is_ascii_alphanumeric() {
                        true => c.to_ascii_lowercase(),
                        false => '-',
                    })
                    .collect::<String>()
            })
            .filter(|w| !w.trim_matches('-').is_empty())
            .collect();
        std::iter::once("uclg-atlas".to_owned())
            .chain(words)
            .collect::<Vec<_>>()
            .join("-")
    }

    /// BibTeX, as biblatex reads it: an `@online` entry for the page or figure, then an
    /// entry per source (`@online` with an address, else `@misc`).
    pub fn bibtex(&self) -> String {
        let mut fields = vec![
            ("title", format!("{{{}}}", bibtex_text(&self.title))),
            ("author", format!("{{{}}}", bibtex_text(&self.site))),
            ("organization", bibtex_text(&self.site)),
            ("date", self.reviewed.to_string()),
            ("year", self.reviewed.year.to_string()),
            ("url", bibtex_url(&self.url)),
            ("urldate", self.accessed.to_string()),
            ("langid", language_name(self.locale).to_owned()),
        ];
        if let Some(note) = &self.note {
            fields.push(("note", bibtex_text(note)));
        }
        let mut out = bibtex_entry("online", &self.key(), &fields);
        for source in &self.sources {
            let mut fields = vec![
                ("title", format!("{{{}}}", bibtex_text(&source.title))),
                ("author", format!("{{{}}}", bibtex_text(&source.publisher))),
                ("publisher", bibtex_text(&source.publisher)),
                ("year", source.year.to_string()),
            ];
            if let Some(url) = &source.url {
                fields.push(("url", bibtex_url(url)));
            }
            fields.push(("langid", bibtex_text(&source.language)));
            let kind = if source.url.is_some() {
                "online"
            } else {
                "misc"
            };
            out.push('\n');
            out.push_str(&bibtex_entry(kind, &source_key(source), &fields));
        }
        out
    }

    /// RIS: an `ELEC` record (a web page) for the page or figure, then one per source.
    pub fn ris(&self) -> String {
        let mut tags = vec![
            ("TY", "ELEC".to_owned()),
            ("ID", self.key()),
            ("TI", self.title.clone()),
            ("AU", self.site.clone()),
            ("T2", self.site.clone()),
            ("PY", self.reviewed.year.to_string()),
            ("DA", ris_date(self.reviewed)),
            ("Y2", ris_date(self.accessed)),
            ("UR", self.url.clone()),
            ("LA", self.locale.tag().to_owned()),
        ];
        if let Some(note) = &self.note {
            tags.push(("N1", note.clone()));
        }
        let mut out = ris_record(&tags);
        for source in &self.sources {
            let kind = if source.url.is_some() { "ELEC" } else { "GEN" };
            let mut tags = vec![
                ("TY", kind.to_owned()),
                ("ID", source_key(source)),
                ("TI", source.title.clone()),
                ("AU", source.publisher.clone()),
                ("PB", source.publisher.clone()),
                ("PY", source.year.to_string()),
            ];
            if let Some(url) = &source.url {
                tags.push(("UR", url.clone()));
            }
            tags.push(("LA", source.language.clone()));
            out.push_str(&ris_record(&tags));
        }
        out
    }

    /// CSL-JSON (what Zotero, Mendeley and pandoc's citeproc read): an array of items, the
    /// page or figure first (`webpage`), then its sources.
    pub fn csl_json(&self) -> String {
        let mut item = serde_json::json!({
            "id": self.key(),
            "type": "webpage",
            "title": self.title,
            "container-title": self.site,
            "author": [{ "literal": self.site }],
            "URL": self.url,
            "issued": csl_date(self.reviewed),
            "accessed": csl_date(self.accessed),
            "language": self.locale.tag(),
        });
        if let Some(note) = &self.note {
            item["note"] = note.as_str().into();
        }
        let sources = self.sources.iter().map(|source| {
            let mut item = serde_json::json!({
                "id": source_key(source),
                "type": if source.url.is_some() { "webpage" } else { "document" },
                "title": source.title,
                "author": [{ "literal": source.publisher }],
                "publisher": source.publisher,
                "issued": { "date-parts": [[source.year]] },
                "language": source.language,
            });
            if let Some(url) = &source.url {
                item["URL"] = url.as_str().into();
            }
            item
        });
        let items: Vec<serde_json::Value> = std::iter::once(item).chain(sources).collect();
        serde_json::to_string_pretty(&items).unwrap_or_default()
    }
}

/// A source's entry key: `uclg-source-<id>`.
fn source_key(source: &Source) -> String {
    format!("uclg-source-{}", source.id)
}

/// The name biblatex's `langid` (babel, polyglossia) gives a language.
fn language_name(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "french",
        Locale::En => "english",
        Locale::Es => "spanish",
    }
}

fn bibtex_entry(kind: &str, key: &str, fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  {name} = {{{value}}}"))
        .collect();
    format!("@{kind}{{{key},\n{}\n}}\n", body.join(",\n"))
}

/// Text for a BibTeX field: TeX's special characters escaped, the rest (UTF-8) as is,
/// since biblatex reads UTF-8.
fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// An address for BibTeX's `url` field, read verbatim: only what would end the field or
/// start a comment is escaped.
fn bibtex_url(url: &str) -> String {
    url.replace('%', "\\%")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

/// RIS's date, `YYYY/MM/DD` with the parts it has (`2016//`).
fn ris_date(date: IsoDate) -> String {
    let part = |p: Option<u8>| p.map(|p| format!("{p:02}")).unwrap_or_default();
    format!("{:04}/{}/{}", date.year, part(date.month), part(date.day))
}

fn csl_date(date: IsoDate) -> serde_json::Value {
    let parts: Vec<u16> = std::iter::once(date.year)
        .chain(date.month.map(u16::from))
        .chain(date.day.map(u16::from))
        .collect();
    serde_json::json!({ "date-parts": [parts] })
}

/// An RIS record: one `TAG  - value` line per tag (line breaks inside a value become
/// spaces), ended by `ER`.
fn ris_record(tags: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (tag, value) in tags {
        let value = value.replace(['\r', '\n'], " ");
        out.push_str(&format!("{tag}  - {value}\r\n"));
    }
    out.push_str("ER  - \r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: Option<&str>) -> Source {
        Source {
            id: "uclg-2016".into(),
            title: "Rapport {annuel} 100 % & plus".into(),
            publisher: "CGLU".into(),
            year: 2016,
            year_note: None,
            year_inferred: false,
            language: "fr".into(),
            url: url.map(Into::into),
            seed: None,
            description: Default::default(),
        }
    }

    fn figure(sources: Vec<Source>) -> Citation {
        Citation {
            title: "Villes membres directes".into(),
            site: "Atlas de CGLU".into(),
            url: "https://atlas.example.org/fr/figures#member-cities".into(),
            path: "fr/figures".into(),
            part: Some("member-cities".into()),
            locale: Locale::Fr,
            reviewed: IsoDate::parse("2026-11-30").unwrap(),
            accessed: IsoDate::parse("2026-12-05").unwrap(),
            note: Some(format!(
                "Source : {}",
                sources
                    .iter()
                    .map(|s| s.title.as_str())
                    .collect::<Vec<_>>()
                    .join(" ; ")
            )),
            sources,
        }
    }

    #[test]
    fn keys_are_ascii_words_of_the_path() {
        let mut citation = figure(vec![source(None)]);
        assert_eq!(citation.key(), "uclg-atlas-fr-figures-member-cities");
        citation.part = None;
        citation.path = "es/objectives/representation".into();
        assert_eq!(citation.key(), "uclg-atlas-es-objectives-representation");
        citation.path = String::new();
        assert_eq!(citation.key(), "uclg-atlas");
    }

    #[test]
    fn bibtex_escapes_tex_and_keeps_the_address() {
        let source = source(Some("https://www.uclg.org/a_b?x=1%202"));
        let bib = figure(vec![source]).bibtex();
        assert!(
            bib.starts_with("@online{uclg-atlas-fr-figures-member-cities,\n"),
            "{bib}"
        );
        assert!(bib.contains("  urldate = {2026-12-05},"), "{bib}");
        assert!(bib.contains("  date = {2026-11-30},"), "{bib}");
        assert!(
            bib.contains("Rapport \\{annuel\\} 100 \\% \\& plus"),
            "{bib}"
        );
        assert!(
            bib.contains("url = {https://www.uclg.org/a_b?x=1\\%202}"),
            "{bib}"
        );
        assert!(bib.contains("@online{uclg-source-uclg-2016,"), "{bib}");
        // Balanced braces: every entry closes.
        let depth = bib.chars().fold(0_i32, |d, c| match c {
            '{' => d + 1,
            '}' => d - 1,
            _ => d,
        });
        let escaped = bib.matches("\\{").count() as i32 - bib.matches("\\}").count() as i32;
        assert_eq!(depth - escaped, 0, "{bib}");
    }

    #[test]
    fn ris_records_end_and_values_stay_on_their_line() {
        let mut source = source(None);
        source.title = "Two\nlines".into();
        let ris = figure(vec![source]).ris();
        assert_eq!(ris.matches("ER  - \r\n").count(), 2, "{ris}");
        assert!(ris.starts_with("TY  - ELEC\r\n"), "{ris}");
        assert!(ris.contains("TI  - Two lines\r\n"), "{ris}");
        assert!(ris.contains("TY  - GEN\r\n"), "{ris}");
        assert!(ris.contains("Y2  - 2026/12/05\r\n"), "{ris}");
        assert!(ris.contains("N1  - Source : Two lines\r\n"), "{ris}");
    }

    #[test]
    fn csl_json_is_an_array_of_items() {
        let source = source(Some("https://www.uclg.org/"));
        let json: serde_json::Value =
            serde_json::from_str(&figure(vec![source]).csl_json()).unwrap();
        let items = json.as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["type"], "webpage");
        assert_eq!(
            items[0]["accessed"]["date-parts"][0],
            serde_json::json!([2026, 12, 5])
        );
        assert_eq!(
            items[0]["URL"],
            "https://atlas.example.org/fr/figures#member-cities"
        );
        assert_eq!(items[1]["id"], "uclg-source-uclg-2016");
        assert_eq!(
            items[1]["issued"]["date-parts"][0],
            serde_json::json!([2016])
        );
    }

    #[test]
    fn a_page_has_one_entry_and_no_note() {
        let mut citation = figure(vec![]);
        citation.part = None;
        citation.note = None;
        assert_eq!(citation.bibtex().matches('@').count(), 1);
        assert!(!citation.bibtex().contains("note"));
        assert_eq!(citation.ris().matches("ER  -").count(), 1);
        assert!(!citation.csl_json().contains("note"));
    }
}
