//! Locales and localised text.

use serde::{Deserialize, Serialize};

/// A language the atlas is published in. French is the source language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Fr,
    En,
    Es,
}

impl Locale {
    /// Every locale, source language first.
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::En, Locale::Es];

    /// The BCP 47 tag, also the URL prefix (`/fr/…`).
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// Parses a URL segment exactly: `fr`, `en` or `es`, nothing else.
    pub fn from_tag_exact(segment: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == segment)
    }

    /// Parses a URL segment or a tag such as `es-MX` (only the language part counts).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lang = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(lang))
    }

    /// The first supported locale among the browser's preferred languages, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or(Locale::En)
    }
}

/// One text in each of the three languages; all must be present and non-empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct L10n {
    pub fr: String,
    pub en: String,
    pub es: String,
}

impl L10n {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
            Locale::Es => &self.es,
        }
    }

    /// Each locale's text, for validation and indexing.
    pub fn iter(&self) -> impl Iterator<Item = (Locale, &str)> {
        Locale::ALL.into_iter().map(move |l| (l, self.get(l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_the_first_supported_language() {
        assert_eq!(Locale::negotiate(["de-DE", "es-MX", "fr"]), Locale::Es);
        assert_eq!(Locale::negotiate(["FR-ca"]), Locale::Fr);
        assert_eq!(Locale::negotiate(["de", "it"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Locale::from_tag("xx"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
