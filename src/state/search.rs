//! What the header's search box and the search page share: the index, built from the
//! dataset once per visit and locale, and again with the countries once their table (a
//! small file of its own, fetched on first use) is in. (Result links and marked text are
//! views: `components/search_hit.rs`.)

use std::cell::RefCell;
use std::sync::Arc;

use crate::model::geo::Country;
use crate::model::{Dataset, Locale, SearchIndex};
use crate::state::geo::{country_table, GeoLoader};
use crate::state::load::{boxed, Load, Loader};

/// The country table search uses, shared by the search box and the search page.
pub type CountryTable = Loader<(), Vec<Country>>;

/// Shares the country table's loader; the first search loads it, or takes the map's copy
/// if a map has loaded it. Call after `provide_geo`.
pub fn provide_country_table() {
    let geo = GeoLoader::shared();
    CountryTable::provide(move |()| boxed(country_table(geo.ready_untracked())));
}

/// A view's handle on the shared index.
#[derive(Clone, Copy)]
pub struct SearchIndexHandle {
    table: CountryTable,
}

/// A handle on the index for this view; the countries are loaded by
/// [`SearchIndexHandle::load_countries`].
pub fn use_search_index() -> SearchIndexHandle {
    SearchIndexHandle {
        table: CountryTable::shared(),
    }
}

impl SearchIndexHandle {
    /// Fetches the country table unless it is there or on its way.
    pub fn load_countries(self) {
        self.table.request(());
    }

    /// Search works without countries; the view says so when their table failed (tracked).
    pub fn countries_failed(self) -> bool {
        matches!(self.table.get(), Load::Failed(_))
    }

    /// The country table once it is in (tracked).
    pub fn table(self) -> Option<Arc<Vec<Country>>> {
        match self.table.get() {
            Load::Ready(table) => Some(table),
            _ => None,
        }
    }

    /// The index of `data` in `locale`, with the countries once they are in (tracked).
    pub fn get(self, data: &Arc<Dataset>, locale: Locale) -> Arc<SearchIndex> {
        search_index(data, locale, self.table())
    }
}

/// The index of `data` in `locale`, with the countries of `table` if given: built once and
/// kept for the next search. Only the `search` split point calls it (the search page, the
/// search box's suggestions), so the index's code is that chunk's.
pub fn search_index(
    data: &Arc<Dataset>,
    locale: Locale,
    table: Option<Arc<Vec<Country>>>,
) -> Arc<SearchIndex> {
    let with_countries = table.is_some();
    let cached = INDEX.with_borrow(|cache| {
        cache
            .iter()
            .find(|c| c.locale == locale && Arc::ptr_eq(&c.data, data))
            .filter(|c| c.index.has_countries() || !with_countries)
            .map(|c| c.index.clone())
    });
    if let Some(index) = cached {
        return index;
    }
    let mut index = SearchIndex::build(data, locale);
    if let Some(table) = table {
        index.add_countries(data, &table);
    }
    let index = Arc::new(index);
    INDEX.set(Some(Cached {
        locale,
        data: data.clone(),
        index: index.clone(),
    }));
    index
}

/// The last index built, for the dataset it was built from.
struct Cached {
    locale: Locale,
    data: Arc<Dataset>,
    index: Arc<SearchIndex>,
}

thread_local! {
    static INDEX: RefCell<Option<Cached>> = const { RefCell::new(None) };
}
