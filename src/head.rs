//! What a page's `<head>` says to crawlers and link previews: absolute URLs, Open Graph
//! locales, the social image, JSON-LD. Pure (no leptos), tested natively, and included by
//! `build.rs`, which checks the deployment's origin with [`parse_origin`].
//!
//! The app renders these tags (components/page.rs) and the prerender copies them into
//! each page's static HTML (scripts/prerender.mjs), so crawlers without JavaScript and the
//! app read the same head. Absolute URLs need the deployment's origin, given at build time
//! (`scripts/build --site-url`, or [`SITE_URL_ENV`]); without it, the tags that need one
//! are left out rather than guessed.

use serde_json::{json, Value};

use crate::model::{Locale, Organisation};

/// The environment variable that gives the build the deployment's origin.
pub const SITE_URL_ENV: &str = "UCLG_ATLAS_SITE_URL";

/// The social image's size in CSS pixels (written by scripts/prerender.mjs).
pub const SOCIAL_IMAGE_WIDTH: u32 = 1200;
pub const SOCIAL_IMAGE_HEIGHT: u32 = 630;

/// The social image of `locale`, below the deployment base (`social/fr.png`).
pub fn social_image(locale: Locale) -> String {
    format!("social/{}.png", locale.tag())
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
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url })
        })
        .collect();
    script_text(&json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    }))
}

/// JSON-LD `Organization` for UCLG, in `locale`; `home` is the atlas's home page and
/// `logo` its icon, as absolute URLs when the origin is known.
pub fn organization(org: &Organisation, locale: Locale, home: Option<(&str, &str)>) -> String {
    let secretariat = &org.secretariat;
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": org.name.get(locale),
        "alternateName": org.acronym.get(locale),
        "description": org.summary.get(locale),
        "foundingDate": org.founded.date,
        "foundingLocation": { "@type": "Place", "name": org.founded.place.get(locale) },
        "address": {
            "@type": "PostalAddress",
            "streetAddress": secretariat.address.first(),
            "addressLocality": secretariat.city.name.get(locale),
            "addressCountry": secretariat.city.country,
        },
        "email": secretariat.email,
        "telephone": secretariat.phone,
        "sameAs": [secretariat.website],
    });
    if let (Some((url, logo)), Some(map)) = (home, value.as_object_mut()) {
        map.insert("url".into(), url.into());
        map.insert("logo".into(), logo.into());
    }
    script_text(&value)
}

/// JSON as the text of a `<script type="application/ld+json">`: `<` escaped (as JSON's
/// `\u003c`), so no text from the dataset can close the element or open a comment.
fn script_text(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn og_locales_are_distinct() {
        let all: Vec<_> = Locale::ALL.iter().map(|&l| og_locale(l)).collect();
        assert_eq!(all, ["fr_FR", "en_GB", "es_ES"]);
    }
}
