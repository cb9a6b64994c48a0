//! The URL scheme: `{base}/{locale}/{route}`, where `base` is the sub-path the app is
//! deployed under (empty at the root). Pure string logic, tested natively.

use crate::model::Locale;

/// The first segment of every route below the locale, to recognise `/vision` as a page
/// that only lacks its locale.
pub const ROUTES: [&str; 10] = [
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
];

/// Whether `route` (below the locale, no leading slash) starts with one of our routes.
pub fn is_route(route: &str) -> bool {
    let first = route.split(['/', '?', '#']).next().unwrap_or_default();
    ROUTES.contains(&first)
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

#[cfg(test)]
mod tests {
    use super::*;

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
