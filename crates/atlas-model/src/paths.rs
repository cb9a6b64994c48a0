//! The URL scheme: `{base}/{locale}/{route}`, where `base` is the sub-path the app is
//! deployed under (empty at the root). Pure string logic, tested natively.

use crate::pages::{Embed, Page};
use crate::{Dataset, Id, Locale};

/// A page of the app, below the locale: the one place that knows its path. Views build
/// their links from it (`Paths::href`), search results point to it, and `Route::all` lists
/// every page of a dataset for the tests. The app's route table (its `lib.rs`) matches these
/// paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Vision,
    /// How UCLG is governed: its bodies and their relations.
    Governance,
    Objectives,
    Objective(Id),
    Sections,
    Section(Id),
    Initiatives,
    Initiative(Id),
    Commissions,
    Networks,
    Figures,
    Timeline,
    Sources,
    Search,
    /// The partners' guide to embedding.
    EmbedGuide,
}

impl Route {
    /// Its kind of page, whose row of `pages::PAGES` says what it is.
    pub fn page(&self) -> Page {
        match self {
            Route::Home => Page::Home,
            Route::Vision => Page::Vision,
            Route::Governance => Page::Governance,
            Route::Objectives => Page::Objectives,
            Route::Objective(_) => Page::Objective,
            Route::Sections => Page::Sections,
            Route::Section(_) => Page::Section,
            Route::Initiatives => Page::Initiatives,
            Route::Initiative(_) => Page::Initiative,
            Route::Commissions => Page::Commissions,
            Route::Networks => Page::Networks,
            Route::Figures => Page::Figures,
            Route::Timeline => Page::Timeline,
            Route::Sources => Page::Sources,
            Route::Search => Page::Search,
            Route::EmbedGuide => Page::EmbedGuide,
        }
    }

    /// The page of kind `page`, with the record's `id` if it is a record's page; `None`
    /// when `id` is given to a page without one or missing from a record's page.
    pub fn of(page: Page, id: Option<Id>) -> Option<Route> {
        Some(match (page, id) {
            (Page::Home, None) => Route::Home,
            (Page::Vision, None) => Route::Vision,
            (Page::Governance, None) => Route::Governance,
            (Page::Objectives, None) => Route::Objectives,
            (Page::Objective, Some(id)) => Route::Objective(id),
            (Page::Sections, None) => Route::Sections,
            (Page::Section, Some(id)) => Route::Section(id),
            (Page::Initiatives, None) => Route::Initiatives,
            (Page::Initiative, Some(id)) => Route::Initiative(id),
            (Page::Commissions, None) => Route::Commissions,
            (Page::Networks, None) => Route::Networks,
            (Page::Figures, None) => Route::Figures,
            (Page::Timeline, None) => Route::Timeline,
            (Page::Sources, None) => Route::Sources,
            (Page::Search, None) => Route::Search,
            (Page::EmbedGuide, None) => Route::EmbedGuide,
            _ => return None,
        })
    }

    /// Its record's id, for a record's page.
    pub fn id(&self) -> Option<&str> {
        match self {
            Route::Objective(id) | Route::Section(id) | Route::Initiative(id) => Some(id),
            _ => None,
        }
    }

    /// The path below the locale prefix: `objectives/representation`, `` for the home page.
    pub fn path(&self) -> String {
        let first = self.page().info().segment;
        match self.id() {
            Some(id) => format!("{first}/{id}"),
            None => first.to_owned(),
        }
    }

    /// Reads a path below the locale (query and hash ignored); `None` if no page has it.
    /// Record ids are not checked against a dataset: the page shows its 404 for those.
    pub fn parse(path: &str) -> Option<Route> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.trim_matches('/');
        let (first, id) = split_id(path)?;
        Route::of(
            Page::of_segment(first, id.is_some())?,
            id.map(str::to_owned),
        )
    }

    /// Whether the build prerenders the page (scripts/prerender.mjs; `PageInfo::prerendered`).
    pub fn is_prerendered(&self) -> bool {
        self.page().info().prerendered
    }

    /// Every page of `data`, in the table's order (`pages::PAGES`), each record's page
    /// after its list.
    pub fn all(data: &Dataset) -> Vec<Route> {
        let ids = |page| -> Vec<&Id> {
            match page {
                Page::Objective => data.objectives.iter().map(|o| &o.id).collect(),
                Page::Section => data.sections.iter().map(|s| &s.id).collect(),
                Page::Initiative => data.pact.initiatives.iter().map(|i| &i.id).collect(),
                _ => Vec::new(),
            }
        };
        Page::all()
            .flat_map(|page| {
                let routes: Vec<Route> = if page.info().record {
                    ids(page)
                        .into_iter()
                        .filter_map(|id| Route::of(page, Some(id.clone())))
                        .collect()
                } else {
                    Route::of(page, None).into_iter().collect()
                };
                routes
            })
            .collect()
    }
}

/// A path below the locale as its first segment and the record's id after it, if any;
/// `None` for more than two segments.
fn split_id(path: &str) -> Option<(&str, Option<&str>)> {
    match path.split_once('/') {
        Some((first, id)) if !id.is_empty() && !id.contains('/') => Some((first, Some(id))),
        Some(_) => None,
        None => Some((path, None)),
    }
}

/// The country a section page marks, from its `?country=` value: only one of the section's
/// own codes, so that nothing else from the URL reaches the page.
pub fn marked_country(value: Option<&str>, codes: &[String]) -> Option<String> {
    let value = value?;
    codes.iter().find(|c| c.as_str() == value).cloned()
}

/// `text` as a URL query value: as `encodeURIComponent` writes it (UTF-8, every byte but
/// letters, digits and `-_.!~*'()` percent-encoded), without calling into JavaScript.
pub fn encode_query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.extend([
                '%',
                HEX[usize::from(b >> 4)] as char,
                HEX[usize::from(b & 15)] as char,
            ]);
        }
    }
    out
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

    /// The href of `route` in `locale`.
    pub fn href(&self, locale: Locale, route: &Route) -> String {
        self.href_of_path(locale, &route.path())
    }

    /// The href of an element of `route`'s page, by its id.
    pub fn anchored(&self, locale: Locale, route: &Route, anchor: &str) -> String {
        format!("{}#{anchor}", self.href(locale, route))
    }

    /// The href of an element of the page at `pathname` (any page, a 404 too), by its id.
    /// A bare `#…` would resolve against the document's `<base>`, not the page.
    pub fn on_page(pathname: &str, anchor: &str) -> String {
        format!("{pathname}#{anchor}")
    }

    /// The href of a file the build ships (`data/…`, an image), below the base.
    pub fn file(&self, path: &str) -> String {
        format!("{}/{}", self.base, path.trim_start_matches('/'))
    }

    /// The search page's href for `query`.
    pub fn search(&self, locale: Locale, query: &str) -> String {
        let q = encode_query_value(query);
        format!("{}?q={q}", self.href(locale, &Route::Search))
    }

    /// The page of section `id` with the country `code` marked on its map and list.
    pub fn section_with_country(&self, locale: Locale, id: &str, code: &str) -> String {
        let section = Route::Section(id.to_owned());
        format!(
            "{}?country={}",
            self.href(locale, &section),
            encode_query_value(code)
        )
    }

    /// The href of a path below the locale, as found in a URL (it may not be a page).
    fn href_of_path(&self, locale: Locale, path: &str) -> String {
        format!(
            "{}/{}/{}",
            self.base,
            locale.tag(),
            path.trim_start_matches('/')
        )
    }

    /// The path below the base: `/atlas/fr/vision` → `/fr/vision`.
    pub fn strip_base<'a>(&self, pathname: &'a str) -> &'a str {
        pathname
            .strip_prefix(self.base.as_str())
            .unwrap_or(pathname)
    }

    /// Whether `pathname` is an embedded view's (`{base}/embed/…`).
    pub fn is_embed(&self, pathname: &str) -> bool {
        self.strip_base(pathname).starts_with("/embed/")
    }

    /// The locale a pathname starts with, if it is one of ours.
    pub fn locale_of(&self, pathname: &str) -> Option<Locale> {
        let rest = self.strip_base(pathname).trim_start_matches('/');
        Locale::from_tag_exact(rest.split('/').next().unwrap_or_default())
    }

    /// The same page in another locale; keeps the route, the query and the hash (each
    /// given with or without its `?` or `#`, empty if there is none).
    pub fn switch_locale(&self, pathname: &str, query: &str, hash: &str, to: Locale) -> String {
        let rest = self.strip_base(pathname).trim_start_matches('/');
        let route = match rest.split_once('/') {
            Some((first, route)) if Locale::from_tag_exact(first).is_some() => route,
            None if Locale::from_tag_exact(rest).is_some() => "",
            _ => rest,
        };
        let mut href = self.href_of_path(to, route);
        for (mark, part) in [('?', query), ('#', hash)] {
            let part = part.strip_prefix(mark).unwrap_or(part);
            if !part.is_empty() {
                href.push(mark);
                href.push_str(part);
            }
        }
        href
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
    /// The route below `/embed/{locale}/`: the table's embed segment (`pages::Embed`), and
    /// the record's id.
    pub fn route(&self) -> String {
        let (_, id) = self.script_name();
        let segment = self.embed().segment;
        match id {
            Some(id) => format!("{segment}/{id}"),
            None => segment.to_owned(),
        }
    }

    /// The same view's page in the app (the map lives on the sections page).
    pub fn app_route(&self) -> Route {
        match self {
            EmbedView::Map => Route::Sections,
            EmbedView::Section(id) => Route::Section(id.clone()),
            EmbedView::Objective(id) => Route::Objective(id.clone()),
            EmbedView::Figures => Route::Figures,
            EmbedView::Initiatives => Route::Initiatives,
        }
    }

    /// Its row's embedding, from the table (`pages::PAGES`).
    fn embed(&self) -> Embed {
        self.app_route()
            .page()
            .info()
            .embed
            .expect("an EmbedView is a page the table says is embeddable")
    }

    /// The name `embed.js` knows it by (`data-uclg-atlas="…"`), and its record id if any.
    pub fn script_name(&self) -> (&'static str, Option<&str>) {
        let id = match self {
            EmbedView::Section(id) | EmbedView::Objective(id) => Some(id.as_str()),
            _ => None,
        };
        (self.embed().name, id)
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
        let (first, id) = split_id(route.trim_end_matches('/'))?;
        let page = Page::of_embed_segment(first, id.is_some())?;
        let route = Route::of(page, id.map(str::to_owned))?.path();
        Some(self.href_of_path(locale, &route))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_marks_only_one_of_its_own_countries() {
        let codes = vec!["KE".to_owned(), "TR".to_owned()];
        assert_eq!(
            Paths::new("/").section_with_country(Locale::Fr, "africa", "KE"),
            "/fr/sections/africa?country=KE"
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
        assert_eq!(EmbedView::Map.app_route(), Route::Sections);
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
        assert_eq!(root.href(Locale::Fr, &Route::Home), "/fr/");
        assert_eq!(
            root.href(Locale::Es, &Route::Objective("representation".to_owned())),
            "/es/objectives/representation"
        );
        assert_eq!(
            root.anchored(Locale::En, &Route::Sources, "source-s1"),
            "/en/sources#source-s1"
        );
        let sub = Paths::new("/some/path/");
        assert_eq!(sub.base(), "/some/path");
        assert_eq!(sub.href(Locale::En, &Route::Vision), "/some/path/en/vision");
        assert_eq!(
            sub.search(Locale::Fr, "Côte d'Ivoire & co/x?"),
            "/some/path/fr/search?q=C%C3%B4te%20d'Ivoire%20%26%20co%2Fx%3F"
        );
    }

    #[test]
    fn knows_an_embed_by_its_path() {
        let sub = Paths::new("/atlas");
        assert!(sub.is_embed("/atlas/embed/fr/map"));
        assert!(!sub.is_embed("/atlas/fr/embed"));
        assert!(!sub.is_embed("/atlas/fr/"));
        assert!(Paths::new("").is_embed("/embed/en/figures"));
    }

    #[test]
    fn switches_locale_keeping_the_page() {
        let sub = Paths::new("/atlas");
        let switch = |path: &str, to| sub.switch_locale(path, "", "", to);
        assert_eq!(switch("/atlas/fr/vision", Locale::Es), "/atlas/es/vision");
        assert_eq!(switch("/atlas/fr/", Locale::En), "/atlas/en/");
        assert_eq!(switch("/atlas/fr", Locale::En), "/atlas/en/");
        assert_eq!(switch("/atlas/xx/page", Locale::En), "/atlas/en/xx/page");
        // The query and the hash stay, with or without their marks.
        for (query, hash) in [("?q=paris", "#results"), ("q=paris", "results")] {
            assert_eq!(
                sub.switch_locale("/atlas/fr/search", query, hash, Locale::En),
                "/atlas/en/search?q=paris#results"
            );
        }
        assert_eq!(
            sub.switch_locale("/atlas/fr/search", "?", "#", Locale::Es),
            "/atlas/es/search"
        );
    }

    #[test]
    fn reads_routes_back() {
        assert_eq!(Route::parse("vision"), Some(Route::Vision));
        assert_eq!(Route::parse("/vision/"), Some(Route::Vision));
        assert_eq!(Route::parse("search?q=x#top"), Some(Route::Search));
        assert_eq!(
            Route::parse("objectives/representation"),
            Some(Route::Objective("representation".to_owned()))
        );
        assert_eq!(Route::parse("xx/"), None);
        assert_eq!(Route::parse("vision/x"), None);
        assert_eq!(Route::parse("objectives/a/b"), None);
        assert_eq!(Route::parse(""), Some(Route::Home));
    }

    /// Every page of the dataset reads back as itself. (The app's `tests/routes.rs` checks
    /// that its route table has a pattern for each kind of page.)
    #[test]
    fn every_route_reads_back() {
        let data = crate::parse(
            "atlas.json",
            include_str!("../../../public/data/atlas.json"),
        )
        .expect("the dataset parses");
        let all = Route::all(&data);
        assert!(all.len() > 20, "{} routes", all.len());
        for route in &all {
            assert_eq!(
                Route::parse(&route.path()).as_ref(),
                Some(route),
                "{route:?}"
            );
        }
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
