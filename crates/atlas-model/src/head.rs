//! What a page's `<head>` says to crawlers and link previews: absolute URLs, Open Graph
//! locales, the social image, JSON-LD. Pure (no leptos), tested natively, and used by the
//! app's `build.rs`, which checks the deployment's origin with [`parse_origin`].
//!
//! The app renders these tags (components/page.rs) and the prerender copies them into
//! each page's static HTML (scripts/prerender.mjs), so crawlers without JavaScript and the
//! app read the same head. Absolute URLs need the deployment's origin, given at build time
//! (`scripts/build --site-url`, or [`SITE_URL_ENV`]); without it, the tags that need one
//! are left out rather than guessed.

use crate::paths::Route;
use crate::{Locale, Organisation};

/// The environment variable that gives the build the deployment's origin.
pub const SITE_URL_ENV: &str = "UCLG_ATLAS_SITE_URL";

/// The social image's size in CSS pixels (written by scripts/prerender.mjs).
pub const SOCIAL_IMAGE_WIDTH: u32 = 1200;
pub const SOCIAL_IMAGE_HEIGHT: u32 = 630;

/// The directory of the social images, below the deployment base. The prerender writes
/// them there after the service worker's list is made: link previews fetch them, the app
/// never does, so none is precached.
pub const SOCIAL_DIR: &str = "social";

/// The social image of `locale`, below the deployment base (`social/fr.png`): the atlas's
/// name and the sections map.
pub fn social_image(locale: Locale) -> String {
    format!("{SOCIAL_DIR}/{}.png", locale.tag())
}

/// The social image of a section's page in `locale` (`social/section-africa-fr.png`): that
/// section in its colour on the map, the others muted. Section ids are kebab-case (the
/// validator's rule), so the name needs no escaping.
pub fn section_social_image(id: &str, locale: Locale) -> String {
    format!("{SOCIAL_DIR}/section-{id}-{}.png", locale.tag())
}

/// The image a link to `route` in `locale` previews: its section's on a section's page, the
/// atlas's everywhere else. The app's head (components/page.rs) and the prerender's list of
/// images to make (the `routes` binary) both read it.
pub fn page_image(route: &Route, locale: Locale) -> String {
    match route {
        Route::Section(id) => section_social_image(id, locale),
        _ => social_image(locale),
    }
}

/// The origin the atlas is deployed at, from the build's setting: `https://host[:port]`
/// (a trailing slash is dropped); empty means unknown. A path, query or other scheme is
/// refused: the deployment's path is the public URL, given separately.
pub fn parse_origin(raw: &str) -> Result<Option<String>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let origin = raw.strip_suffix('/').unwrap_or(raw);
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or_else(|| format!("{SITE_URL_ENV}={raw}: not an http(s) origin"))?;
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if !valid {
        return Err(format!(
            "{SITE_URL_ENV}={raw}: an origin only (scheme and host, no path), e.g. https://atlas.example.org"
        ));
    }
    Ok(Some(origin.to_ascii_lowercase()))
}

/// `origin` + `path` (a path from the root, starting with `/`).
pub fn absolute(origin: &str, path: &str) -> String {
    format!("{origin}{path}")
}

/// Open Graph's name of a locale (`og:locale`).
pub fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "fr_FR",
        Locale::En => "en_GB",
        Locale::Es => "es_ES",
    }
}

/// JSON-LD `BreadcrumbList` of `trail`: (name, absolute URL) from the home page down to
/// the page itself.
pub fn breadcrumb_list(trail: &[(String, String)]) -> String {
    let items: Vec<String> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            object(&[
                ("@type", string("ListItem")),
                ("position", (i + 1).to_string()),
                ("name", string(name)),
                ("item", string(url)),
            ])
        })
        .collect();
    object(&[
        ("@context", string("https://schema.org")),
        ("@type", string("BreadcrumbList")),
        ("itemListElement", format!("[{}]", items.join(","))),
    ])
}

/// JSON-LD `Organization` for UCLG, in `locale`; `home` is the atlas's home page and
/// `logo` its icon, as absolute URLs when the origin is known.
pub fn organization(org: &Organisation, locale: Locale, home: Option<(&str, &str)>) -> String {
    let secretariat = &org.secretariat;
    let mut address = vec![("@type", string("PostalAddress"))];
    if let Some(street) = secretariat.address.first() {
        address.push(("streetAddress", string(street)));
    }
    address.push(("addressLocality", string(secretariat.city.name.get(locale))));
    address.push(("addressCountry", string(&secretariat.city.country)));
    let mut fields = vec![
        ("@context", string("https://schema.org")),
        ("@type", string("Organization")),
        ("name", string(org.name.get(locale))),
        ("alternateName", string(org.acronym.get(locale))),
        ("description", string(org.summary.get(locale))),
        ("foundingDate", string(&org.founded.date)),
        (
            "foundingLocation",
            object(&[
                ("@type", string("Place")),
                ("name", string(org.founded.place.get(locale))),
            ]),
        ),
        ("address", object(&address)),
        ("email", string(&secretariat.email)),
        ("telephone", string(&secretariat.phone)),
        ("sameAs", format!("[{}]", string(&secretariat.website))),
    ];
    if let Some((url, logo)) = home {
        fields.push(("url", string(url)));
        fields.push(("logo", string(logo)));
    }
    object(&fields)
}

/// The open data's licence, as schema.org wants it (a URL): the project's, MIT.
pub const OPEN_DATA_LICENCE: &str = "https://spdx.org/licenses/MIT.html";

/// The open data as a schema.org `Dataset` (what dataset search engines read), on the
/// Sources page. Every address is absolute.
pub struct OpenDataset<'a> {
    pub name: &'a str,
    pub description: &'a str,
    /// The open data section's address.
    pub url: &'a str,
    /// The atlas, which compiles and publishes the data.
    pub creator: &'a str,
    /// The dataset's review, ISO 8601.
    pub modified: &'a str,
    pub locale: Locale,
    /// Each download: its name, address and media type.
    pub downloads: Vec<(&'a str, String, &'static str)>,
}

/// JSON-LD `Dataset` of [`OpenDataset`].
pub fn dataset(data: &OpenDataset) -> String {
    let downloads: Vec<String> = data
        .downloads
        .iter()
        .map(|(name, url, media_type)| {
            object(&[
                ("@type", string("DataDownload")),
                ("name", string(name)),
                ("contentUrl", string(url)),
                ("encodingFormat", string(media_type)),
            ])
        })
        .collect();
    object(&[
        ("@context", string("https://schema.org")),
        ("@type", string("Dataset")),
        ("name", string(data.name)),
        ("description", string(data.description)),
        ("url", string(data.url)),
        ("license", string(OPEN_DATA_LICENCE)),
        ("isAccessibleForFree", "true".to_owned()),
        ("dateModified", string(data.modified)),
        ("inLanguage", string(data.locale.tag())),
        (
            "creator",
            object(&[
                ("@type", string("Organization")),
                ("name", string(data.creator)),
            ]),
        ),
        ("distribution", format!("[{}]", downloads.join(","))),
    ])
}

/// A JSON object of (key, JSON value) pairs.
fn object(fields: &[(&str, String)]) -> String {
    let members: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}:{value}", string(key)))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// A JSON string, fit for the text of a `<script type="application/ld+json">`: `<` is
/// escaped too (`\u003c`), so no text from the dataset can close the element or open a
/// comment. Written by hand: serde_json's serializer would add to the wasm for a few
/// hundred bytes of output.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    #[test]
    fn strings_are_json_and_script_safe() {
        for text in [
            "plain",
            "quote \" and \\ back",
            "line\nbreak\t\u{1}",
            "</script><!--",
            "Avinyó ’",
        ] {
            let json = string(text);
            assert!(!json.contains('<'), "{json}");
            assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
        }
    }

    #[test]
    fn the_open_data_is_a_json_ld_dataset_with_its_downloads() {
        let json = dataset(&OpenDataset {
            name: "Données ouvertes",
            description: "Le contenu de l’atlas",
            url: "https://atlas.example.org/fr/sources#data",
            creator: "Atlas de CGLU",
            modified: "2026-11-30",
            locale: Locale::Fr,
            downloads: vec![(
                "figures.csv",
                "https://atlas.example.org/data/fr/figures.csv".into(),
                "text/csv",
            )],
        });
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@type"], "Dataset");
        assert_eq!(value["license"], OPEN_DATA_LICENCE);
        assert_eq!(value["dateModified"], "2026-11-30");
        assert_eq!(value["distribution"][0]["@type"], "DataDownload");
        assert_eq!(value["distribution"][0]["encodingFormat"], "text/csv");
    }

    #[test]
    fn the_organisation_is_json_ld_with_or_without_urls() {
        let data = crate::parse(
            "atlas.json",
            include_str!("../../../public/data/atlas.json"),
        )
        .expect("the dataset parses");
        let org = &data.organisation;
        let home = ("https://a.org/fr/", "https://a.org/icons/icon-512.png");
        let value: Value =
            serde_json::from_str(&organization(org, Locale::Fr, Some(home))).unwrap();
        assert_eq!(value["@type"], "Organization");
        assert_eq!(value["name"], org.name.fr);
        assert_eq!(value["url"], home.0);
        assert_eq!(value["logo"], home.1);
        assert_eq!(
            value["address"]["addressLocality"],
            org.secretariat.city.name.fr
        );
        let bare: Value = serde_json::from_str(&organization(org, Locale::Es, None)).unwrap();
        assert_eq!(bare["name"], org.name.es);
        assert!(bare.get("url").is_none() && bare.get("logo").is_none());
    }

    #[test]
    fn origins_are_checked_and_normalised() {
        assert_eq!(parse_origin(""), Ok(None));
        assert_eq!(parse_origin("  "), Ok(None));
        assert_eq!(
            parse_origin("https://Atlas.Example.org/"),
            Ok(Some("https://atlas.example.org".into()))
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8080"),
            Ok(Some("http://127.0.0.1:8080".into()))
        );
        for bad in [
            "atlas.example.org",
            "ftp://example.org",
            "https://example.org/atlas/",
            "https://example.org?x",
            "https://",
            "https://exa mple.org",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn breadcrumbs_are_numbered_from_one() {
        let trail = [
            ("Accueil".to_owned(), "https://a.org/fr/".to_owned()),
            (
                "Sections".to_owned(),
                "https://a.org/fr/sections".to_owned(),
            ),
        ];
        let value: Value = serde_json::from_str(&breadcrumb_list(&trail)).unwrap();
        assert_eq!(value["@type"], "BreadcrumbList");
        assert_eq!(value["itemListElement"][1]["position"], 2);
        assert_eq!(
            value["itemListElement"][1]["item"],
            "https://a.org/fr/sections"
        );
    }

    #[test]
    fn script_text_cannot_close_its_element() {
        let trail = [(
            "</script><script>x()".to_owned(),
            "https://a.org/".to_owned(),
        )];
        let text = breadcrumb_list(&trail);
        assert!(!text.contains('<'));
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["itemListElement"][0]["name"], "</script><script>x()");
    }

    #[test]
    fn section_pages_preview_their_own_image() {
        let data = crate::parse(
            "atlas.json",
            include_str!("../../../public/data/atlas.json"),
        )
        .expect("the dataset parses");
        assert_eq!(
            page_image(&Route::Section("africa".into()), Locale::Fr),
            "social/section-africa-fr.png"
        );
        assert_eq!(page_image(&Route::Home, Locale::Es), "social/es.png");
        assert_eq!(page_image(&Route::Sections, Locale::En), "social/en.png");
        let mut seen = std::collections::HashSet::new();
        for route in Route::all(&data) {
            for locale in Locale::ALL {
                let image = page_image(&route, locale);
                let name = image
                    .strip_prefix(&format!("{SOCIAL_DIR}/"))
                    .expect("below social/");
                // A plain file name, the same in a URL and on disk.
                assert!(
                    name.bytes().all(|b| b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || b"-.".contains(&b)),
                    "{image}"
                );
                assert!(
                    image.ends_with(&format!("-{}.png", locale.tag()))
                        || image == social_image(locale)
                );
                if matches!(route, Route::Section(_)) {
                    // One image per section and locale, none shared with another page.
                    assert!(seen.insert(image.clone()), "{image} twice");
                    assert_ne!(image, social_image(locale));
                }
            }
        }
        assert_eq!(seen.len(), data.sections.len() * Locale::ALL.len());
    }

    #[test]
    fn og_locales_are_distinct() {
        let all: Vec<_> = Locale::ALL.iter().map(|&l| og_locale(l)).collect();
        assert_eq!(all, ["fr_FR", "en_GB", "es_ES"]);
    }
}
