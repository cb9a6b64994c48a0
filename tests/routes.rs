//! What cannot read the model's table of pages (`model::pages::PAGES`) is checked against
//! it: the router's table in `src/lib.rs` (its `path!` patterns, which a macro must spell)
//! has a pattern for each kind of page, and one in `/embed/:lang` for each embeddable one;
//! the split points of `src/pages.rs` (`lazy_pages!`) load each kind's page. The lists
//! cannot drift apart.

use uclg_atlas::model::pages::{Page, PAGES};
use uclg_atlas::model::parse;
use uclg_atlas::paths::Route;

const ROUTER: &str = include_str!("../src/lib.rs");
const SPLIT_POINTS: &str = include_str!("../src/pages.rs");

/// The router's patterns below `marker` (`ParentRoute path=path!("/:lang")`), up to the end
/// of that parent route.
fn patterns_below(marker: &str) -> &'static str {
    let start = ROUTER
        .find(marker)
        .unwrap_or_else(|| panic!("src/lib.rs has no {marker}"));
    let rest = &ROUTER[start..];
    &rest[..rest.find("</ParentRoute>").expect("the parent route ends")]
}

/// A kind of page's lazy route type, as `src/pages.rs` names it: `Objective` → `ObjectiveRoute`.
fn lazy_route(page: Page) -> String {
    format!("{page:?}Route")
}

#[test]
fn every_kind_of_page_is_in_the_route_table() {
    let app = patterns_below("ParentRoute path=path!(\"/:lang\")");
    for info in &PAGES {
        let path = match (info.segment, info.record) {
            ("", _) => "/".to_owned(),
            (segment, true) => format!("/{segment}/:id"),
            (segment, false) => format!("/{segment}"),
        };
        let pattern = format!(
            "path!(\"{path}\") view={{Lazy::<pages::{}>",
            lazy_route(info.page)
        );
        assert!(
            app.contains(&pattern),
            "src/lib.rs has no route {pattern} below /:lang ({:?})",
            info.page
        );
    }
}

#[test]
fn every_embeddable_page_is_in_the_embed_routes() {
    let embeds = patterns_below("ParentRoute path=path!(\"/embed/:lang\")");
    let mut count = 0;
    for (page, embed) in Page::embeddable() {
        let pattern = if page.info().record {
            format!("path!(\"/{}/:id\")", embed.segment)
        } else {
            format!("path!(\"/{}\")", embed.segment)
        };
        assert!(
            embeds.contains(&pattern),
            "src/lib.rs has no embed route {pattern} ({page:?})"
        );
        count += 1;
    }
    // And no more: every embed route but the fallback is one of the table's.
    assert_eq!(embeds.matches("<Route path=path!").count(), count + 1);
}

#[test]
fn every_kind_of_page_has_its_split_point() {
    for page in Page::all() {
        let entry = format!("{} =>", lazy_route(page));
        assert!(
            SPLIT_POINTS.contains(&entry),
            "src/pages.rs's lazy_pages! has no {entry}"
        );
    }
}

/// `Route::all` lists every kind of page of the table, in its order.
#[test]
fn the_dataset_has_every_kind_of_page() {
    let data =
        parse("atlas.json", include_str!("../public/data/atlas.json")).expect("the dataset parses");
    let all = Route::all(&data);
    assert!(all.len() > 20, "{} routes", all.len());
    let mut kinds: Vec<Page> = all.iter().map(Route::page).collect();
    kinds.dedup();
    assert_eq!(kinds, Page::all().collect::<Vec<_>>());
}
