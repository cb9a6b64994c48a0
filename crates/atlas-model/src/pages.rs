//! The one list of the app's pages: every kind of page ([`Page`]) and, in [`PAGES`], what
//! each kind is: its path, whether the header's navigation and the home page list it, under
//! which heading search groups its results, whether partners can embed it. The navigation,
//! the home page, search, `paths::Route`, the prerender's list (the `routes` binary) and
//! `embed.js` (through the `names` binary) read it; the router's `path!` table, which
//! cannot, is checked against it by the app's `tests/routes.rs`.

/// Declares `Page` and `KINDS`, its number of variants, which is the length of [`PAGES`]:
/// a kind added without its row does not compile.
macro_rules! kinds {
    ($(#[$doc:meta])* $vis:vis enum $name:ident { $($(#[$vdoc:meta])* $kind:ident,)* }) => {
        $(#[$doc])*
        $vis enum $name { $($(#[$vdoc])* $kind,)* }

        /// How many kinds of page there are.
        const KINDS: usize = [$($name::$kind),*].len();
    };
}

kinds! {
    /// A kind of page: `Objective` is every objective's page. `paths::Route` is a page with
    /// its record's id; `Route::page` gives its kind. In the order of [`PAGES`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Page {
        Home,
        Vision,
        /// How UCLG is governed: its bodies and their relations.
        Governance,
        Objectives,
        Objective,
        Sections,
        Section,
        Initiatives,
        Initiative,
        Commissions,
        Networks,
        Figures,
        Timeline,
        Sources,
        Search,
        /// The partners' guide to embedding.
        EmbedGuide,
    }
}

/// How partners embed a kind of page, at `{base}/embed/{locale}/{segment}[/{id}]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embed {
    /// The name `embed.js` knows it by (`data-uclg-atlas="…"`).
    pub name: &'static str,
    /// Its path's first segment below `/embed/{locale}/`.
    pub segment: &'static str,
}

/// What a kind of page is. One row of [`PAGES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageInfo {
    pub page: Page,
    /// Its path's first segment below the locale (`""` for the home page).
    pub segment: &'static str,
    /// Whether a record's id follows the segment (`objectives/{id}`).
    pub record: bool,
    /// Whether the header's navigation lists it (in the table's order).
    pub nav: bool,
    /// Whether the home page lists it, with a blurb (in the table's order).
    pub home: bool,
    /// The navigation entry its search results are grouped under (results come in the
    /// table's order of these); `None` for a page that shows nothing searchable.
    pub search: Option<Page>,
    /// Whether the build prerenders it (`scripts/prerender.mjs`): all but the embed guide,
    /// which shows the address it is served from. The search page is prerendered without a
    /// query: its form and heading paint at once, its results come with the app.
    pub prerendered: bool,
    /// How partners embed it, if they can.
    pub embed: Option<Embed>,
}

/// A row with the common values, for the table below.
const fn page(page: Page, segment: &'static str) -> PageInfo {
    PageInfo {
        page,
        segment,
        record: false,
        nav: true,
        home: true,
        search: Some(page),
        prerendered: true,
        embed: None,
    }
}

/// A record's page (`objectives/{id}`), under `list` in the navigation and in search.
const fn record(page: Page, list: Page, segment: &'static str) -> PageInfo {
    PageInfo {
        page,
        segment,
        record: true,
        nav: false,
        home: false,
        search: Some(list),
        prerendered: true,
        embed: None,
    }
}

const fn embed(info: PageInfo, name: &'static str, segment: &'static str) -> PageInfo {
    PageInfo {
        embed: Some(Embed { name, segment }),
        ..info
    }
}

/// Every kind of page, in the navigation's order, indexed by `Page as usize`.
pub const PAGES: [PageInfo; KINDS] = [
    PageInfo {
        home: false,
        ..page(Page::Home, "")
    },
    page(Page::Vision, "vision"),
    page(Page::Governance, "governance"),
    page(Page::Objectives, "objectives"),
    embed(
        record(Page::Objective, Page::Objectives, "objectives"),
        "objective",
        "objectives",
    ),
    embed(page(Page::Sections, "sections"), "map", "map"),
    embed(
        record(Page::Section, Page::Sections, "sections"),
        "section",
        "sections",
    ),
    embed(
        page(Page::Initiatives, "initiatives"),
        "initiatives",
        "initiatives",
    ),
    record(Page::Initiative, Page::Initiatives, "initiatives"),
    page(Page::Commissions, "commissions"),
    page(Page::Networks, "networks"),
    embed(page(Page::Figures, "figures"), "figures", "figures"),
    page(Page::Timeline, "timeline"),
    page(Page::Sources, "sources"),
    PageInfo {
        nav: false,
        home: false,
        search: None,
        ..page(Page::Search, "search")
    },
    PageInfo {
        nav: false,
        home: false,
        search: None,
        prerendered: false,
        ..page(Page::EmbedGuide, "embed")
    },
];

// The table is in `Page`'s order: `Page::info` indexes it, and search sorts by `Page`.
const _: () = {
    let mut i = 0;
    while i < PAGES.len() {
        assert!(PAGES[i].page as usize == i, "PAGES is not in Page's order");
        i += 1;
    }
};

impl Page {
    /// Its row of [`PAGES`].
    pub const fn info(self) -> &'static PageInfo {
        &PAGES[self as usize]
    }

    /// Every kind of page, in the table's order.
    pub fn all() -> impl Iterator<Item = Page> {
        PAGES.iter().map(|p| p.page)
    }

    /// The header's navigation, in its order.
    pub fn nav() -> impl Iterator<Item = Page> {
        PAGES.iter().filter(|p| p.nav).map(|p| p.page)
    }

    /// The pages the home page lists with a blurb, in their order.
    pub fn home_entries() -> impl Iterator<Item = Page> {
        PAGES.iter().filter(|p| p.home).map(|p| p.page)
    }

    /// The headings search groups its results under, in their order.
    pub fn search_groups() -> impl Iterator<Item = Page> {
        Page::all().filter(|p| Page::all().any(|q| q.info().search == Some(*p)))
    }

    /// The kinds of page partners can embed, in the table's order.
    pub fn embeddable() -> impl Iterator<Item = (Page, Embed)> {
        PAGES.iter().filter_map(|p| Some((p.page, p.embed?)))
    }

    /// The kind of page whose path starts with `segment`, with or without a record's id.
    pub fn of_segment(segment: &str, record: bool) -> Option<Page> {
        PAGES
            .iter()
            .find(|p| p.segment == segment && p.record == record)
            .map(|p| p.page)
    }

    /// The kind of page embedded under `segment` (`map`, `sections`…), with or without an id.
    pub fn of_embed_segment(segment: &str, record: bool) -> Option<Page> {
        PAGES
            .iter()
            .find(|p| p.embed.is_some_and(|e| e.segment == segment) && p.record == record)
            .map(|p| p.page)
    }

    /// The embeddable views as `embed.js` gets them (`names.json`'s `embedViews`): each name
    /// with its path's segment and whether it takes a record's id (`data-id`).
    pub fn embed_views_json() -> serde_json::Value {
        Page::embeddable()
            .map(|(page, e)| {
                let view = serde_json::json!({ "segment": e.segment, "id": page.info().record });
                (e.name.to_owned(), view)
            })
            .collect::<serde_json::Map<_, _>>()
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_read_from_the_table() {
        use Page::*;
        let nav = [
            Home,
            Vision,
            Governance,
            Objectives,
            Sections,
            Initiatives,
            Commissions,
            Networks,
            Figures,
            Timeline,
            Sources,
        ];
        assert_eq!(Page::nav().collect::<Vec<_>>(), nav);
        assert_eq!(Page::home_entries().collect::<Vec<_>>(), nav[1..]);
        assert_eq!(Page::search_groups().collect::<Vec<_>>(), nav);
        let names: Vec<_> = Page::embeddable().map(|(_, e)| e.name).collect();
        assert_eq!(
            names,
            ["objective", "map", "section", "initiatives", "figures"]
        );
    }

    #[test]
    fn each_row_is_coherent() {
        for info in &PAGES {
            // Results are grouped under an entry of the navigation.
            if let Some(group) = info.search {
                assert!(group.info().nav, "{:?} groups under {group:?}", info.page);
            }
            // A page of the navigation is its own group; the home page lists the others.
            assert!(
                !info.nav || info.search == Some(info.page),
                "{:?}",
                info.page
            );
            assert!(!info.home || info.nav, "{:?}", info.page);
            // Links to the pages the navigation and the home page list need no id.
            assert!(!info.nav || !info.record, "{:?}", info.page);
            assert_eq!(Page::of_segment(info.segment, info.record), Some(info.page));
            if let Some(e) = info.embed {
                assert_eq!(
                    Page::of_embed_segment(e.segment, info.record),
                    Some(info.page)
                );
            }
        }
        let names: std::collections::HashSet<_> = Page::embeddable().map(|(_, e)| e.name).collect();
        assert_eq!(names.len(), Page::embeddable().count());
    }

    #[test]
    fn embed_js_gets_each_view_with_its_path() {
        let json = Page::embed_views_json();
        assert_eq!(json["map"]["segment"], "map");
        assert_eq!(json["map"]["id"], false);
        assert_eq!(json["section"]["segment"], "sections");
        assert_eq!(json["section"]["id"], true);
        assert_eq!(json.as_object().map(|o| o.len()), Some(5));
    }
}
