//! The router's table in `src/lib.rs` (its `path!` patterns, which cannot be generated from
//! the model) has a pattern for each kind of page that `paths::Route::all` lists: the two
//! lists cannot drift apart.

use uclg_atlas::model::parse;
use uclg_atlas::paths::Route;

#[test]
fn every_kind_of_route_is_in_the_route_table() {
    let data =
        parse("atlas.json", include_str!("../public/data/atlas.json")).expect("the dataset parses");
    let table = include_str!("../src/lib.rs");
    let all = Route::all(&data);
    assert!(all.len() > 20, "{} routes", all.len());
    for route in &all {
        let path = route.path();
        let pattern = match path.split_once('/') {
            _ if path.is_empty() => "path!(\"/\") view={Lazy::<pages::HomeRoute>".to_owned(),
            Some((first, _)) => format!("path!(\"/{first}/:id\")"),
            None => format!("path!(\"/{path}\")"),
        };
        assert!(
            table.contains(&pattern),
            "src/lib.rs has no route {pattern}"
        );
    }
}
