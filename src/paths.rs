//! The URL scheme: `{base}/{locale}/{route}`, where `base` is the sub-path the app is
//! deployed under (empty at the root). Pure string logic, tested natively.

use crate::model::Locale;

/// The first segment of every route below the locale, to recognise `/vision` as a page
/// that only lacks its locale.
pub const ROUTES: [&str; 11] = [
    "vision",
    "objectives",
    "sections",
    "initiatives",
    "commissions",
    "networks",
    "figures",
    "timeline",
    "sources",
    "search",
    "embed",
];

/// Whether `route` (below the locale, no leading slash) starts with one of our routes.
pub fn is_route(route: &str) -> bool {
    let first = route.split(['/', '?', '#']).next().unwrap_or_default();
    ROUTES.contains(&first)
}

/// The route of section `id` with the country `code` marked on its map and list.
pub fn section_with_country(id: &str, code: &str) -> String {
    format!("sections/{id}?country={code}")
}

/// The country a section page marks, from its `?country=` value: only one of the section's
/// own codes, so that nothing else from the URL reaches the page.
pub fn marked_country(value: Option<&str>, codes: &[String]) -> Option<String> {
    let value = value?;
    codes.iter().find(|c| c.as_str() == value).cloned()
}

/// Builds and reads the app's URLs for one deployment base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    /// The deployment's path prefix without a trailing slash: `""` or `/some/path`.
    base: String,
}

impl Paths {
    /// `base` is a path such as `/`, `/atlas/` or `/atlas`.
    pub fn new(base: &str) -> Paths {
        Paths {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    /// The prefix the router matches under.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The href of `route` (no leading slash, may be empty) in `locale`.
    pub fn href(&self, locale: Locale, route: &str) -> String {
        format!(
            "{}/{}/{}",
            self.base,
            locale.tag(),
            route.trim_start_matches('/')
        )
    }

    /// The path below the base: `/atlas/fr/vision` → `/fr/vision`.
    pub fn strip_base<'a>(&self, pathname: &'a str) -> &'a str {
        pathname
            .strip_prefix(self.base.as_str())
            .unwrap_or(pathname)
    }

    /// The locale a pathname starts with, if it is one of ours.
    pub fn locale_of(&self, pathname: &str) -> Option<Locale> {
        let rest = self.strip_base(pathname).trim_start_matches('/');
        Locale::from_tag_exact(rest.split('/').next().unwrap_or_default())
    }

    /// The same page in another locale; keeps the route, query and hash.
    pub fn switch_locale(&self, pathname: &str, to: Locale) -> String {
        let rest = self.strip_base(pathname).trim_start_matches('/');
        let route = match rest.split_once('/') {
            Some((first, route)) if Locale::from_tag_exact(first).is_some() => route,
            None if Locale::from_tag_exact(rest).is_some() => "",
            _ => rest,
        };
        self.href(to, route)
    }
}

/// A view that partner sites can embed, at `{base}/embed/{locale}/{route}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedView {
    /// The sections map.
    Map,
    /// One regional section, by id.
    Section(String),
    /// One strategic objective, by id.
    Objective(String),
    Figures,
    Initiatives,
}

impl EmbedView {
    /// The route below `/embed/{locale}/`.
    pub fn route(&self) -> String {
        match self {
            EmbedView::Map => "map".to_owned(),
            EmbedView::Section(id) => format!("sections/{id}"),
            EmbedView::Objective(id) => format!("objectives/{id}"),
            EmbedView::Figures => "figures".to_owned(),
            EmbedView::Initiatives => "initiatives".to_owned(),
        }
    }

    /// The route of the same view in the app (the map lives on the sections page).
    pub fn app_route(&self) -> String {
        match self {
            EmbedView::Map => "sections".to_owned(),
            other => other.route(),
        }
    }

    /// The name `embed.js` knows it by (`data-uclg-atlas="…"`), and its record id if any.
    pub fn script_name(&self) -> (&'static str, Option<&str>) {
        match self {
            EmbedView::Map => ("map", None),
            EmbedView::Section(id) => ("section", Some(id)),
            EmbedView::Objective(id) => ("objective", Some(id)),
            EmbedView::Figures => ("figures", None),
            EmbedView::Initiatives => ("initiatives", None),
        }
    }
}

/// The colour theme: the visitor's choice in the app (`components::ThemeToggle`, stored),
/// or what an embed asks for with `?theme=` (anything else counts as `Auto`). The one type
/// for both; `components::apply_theme` is the one place that applies it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the visitor's system preference.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Parses the query value exactly; unknown or missing values are `Auto`, so nothing
    /// the URL carries is ever reflected into the page.
    pub fn parse(value: Option<&str>) -> Theme {
        match value {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The value of `<html data-theme>`: none for `Auto`.
    pub fn data_theme(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The frame id an embed echoes in its height messages (`?id=`): letters, digits, `-` and
/// `_`, at most 64; anything else is dropped.
pub fn embed_frame_id(value: Option<&str>) -> Option<String> {
    value
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_owned)
}

impl Paths {
    /// The href of an embedded view, with its theme unless `Auto`.
    pub fn embed_href(&self, locale: Locale, view: &EmbedView, theme: Theme) -> String {
        let query = match theme {
            Theme::Auto => String::new(),
            t => format!("?theme={}", t.as_str()),
        };
        format!(
            "{}/embed/{}/{}{query}",
            self.base,
            locale.tag(),
            view.route()
        )
    }

    /// The app's page for an embed's pathname (`/embed/fr/map` → `/fr/sections`), for
    /// the "open in the atlas" link; `None` when the pathname is no embed.
    pub fn app_href_of_embed(&self, pathname: &str) -> Option<String> {
        let rest = self.strip_base(pathname).strip_prefix("/embed/")?;
        let (lang, route) = rest.split_once('/').unwrap_or((rest, ""));
        let locale = Locale::from_tag_exact(lang)?;
        let route = match route.trim_end_matches('/') {
            "map" => "sections",
            other => other,
        };
        Some(self.href(locale, route))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_marks_only_one_of_its_own_countries() {
        let codes = vec!["KE".to_owned(), "TR".to_owned()];
        assert_eq!(
            section_with_country("africa", "KE"),
            "sections/africa?country=KE"
        );
        assert_eq!(marked_country(Some("KE"), &codes), Some("KE".to_owned()));
        assert_eq!(marked_country(Some("FR"), &codes), None);
        assert_eq!(marked_country(Some("ke"), &codes), None);
        assert_eq!(marked_country(Some("<b>KE</b>"), &codes), None);
        assert_eq!(marked_country(None, &codes), None);
    }

    #[test]
    fn embed_hrefs_and_their_app_pages() {
        let sub = Paths::new("/uclg/atlas/");
        let objective = EmbedView::Objective("representation".to_owned());
        assert_eq!(
            sub.embed_href(Locale::Fr, &objective, Theme::Dark),
            "/uclg/atlas/embed/fr/objectives/representation?theme=dark"
        );
        assert_eq!(
            sub.embed_href(Locale::En, &EmbedView::Map, Theme::Auto),
            "/uclg/atlas/embed/en/map"
        );
        assert_eq!(EmbedView::Map.app_route(), "sections");
        assert_eq!(
            sub.app_href_of_embed("/uclg/atlas/embed/es/map").as_deref(),
            Some("/uclg/atlas/es/sections")
        );
        assert_eq!(
            sub.app_href_of_embed("/uclg/atlas/embed/fr/sections/africa")
                .as_deref(),
            Some("/uclg/atlas/fr/sections/africa")
        );
        assert_eq!(sub.app_href_of_embed("/uclg/atlas/embed/xx/map"), None);
        assert_eq!(sub.app_href_of_embed("/uclg/atlas/fr/vision"), None);
    }

    #[test]
    fn embed_options_are_validated() {
        assert_eq!(Theme::parse(Some("dark")), Theme::Dark);
        assert_eq!(Theme::parse(Some("light")), Theme::Light);
        assert_eq!(Theme::parse(Some("auto")), Theme::Auto);
        assert_eq!(Theme::parse(Some("<img onerror=x>")), Theme::Auto);
        assert_eq!(Theme::parse(Some("DARK")), Theme::Auto);
        assert_eq!(Theme::parse(None), Theme::Auto);
        assert_eq!(
            embed_frame_id(Some("atlas-1_b")).as_deref(),
            Some("atlas-1_b")
        );
        assert_eq!(embed_frame_id(Some("a\"><script>")), None);
        assert_eq!(embed_frame_id(Some("")), None);
        assert_eq!(embed_frame_id(Some(&"x".repeat(65))), None);
    }

    #[test]
    fn builds_hrefs_under_a_base() {
        let root = Paths::new("/");
        assert_eq!(root.href(Locale::Fr, ""), "/fr/");
        assert_eq!(
            root.href(Locale::Es, "objectives/representation"),
            "/es/objectives/representation"
        );
        let sub = Paths::new("/some/path/");
        assert_eq!(sub.base(), "/some/path");
        assert_eq!(sub.href(Locale::En, "vision"), "/some/path/en/vision");
    }

    #[test]
    fn switches_locale_keeping_the_page() {
        let sub = Paths::new("/atlas");
        assert_eq!(
            sub.switch_locale("/atlas/fr/vision", Locale::Es),
            "/atlas/es/vision"
        );
        assert_eq!(sub.switch_locale("/atlas/fr/", Locale::En), "/atlas/en/");
        assert_eq!(sub.switch_locale("/atlas/fr", Locale::En), "/atlas/en/");
        assert_eq!(
            sub.switch_locale("/atlas/xx/page", Locale::En),
            "/atlas/en/xx/page"
        );
    }

    #[test]
    fn recognises_routes_without_locale() {
        assert!(is_route("vision"));
        assert!(is_route("objectives/representation"));
        assert!(!is_route("xx/"));
        assert!(!is_route(""));
    }

    #[test]
    fn reads_the_locale() {
        let root = Paths::new("");
        assert_eq!(root.locale_of("/es/sections"), Some(Locale::Es));
        assert_eq!(root.locale_of("/xx/"), None);
        assert_eq!(root.locale_of("/"), None);
        assert_eq!(root.locale_of("/EN/"), None);
    }
}
