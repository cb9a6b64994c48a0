//! What the header's search box and the search page share: the index, built from the
//! dataset once per visit and locale, and again with the countries once their table (a
//! small file of its own, fetched on first use) is in; result links and marked text.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::map::country_table;
use crate::i18n::t_string;
use crate::model::geo::Country;
use crate::model::{Dataset, Locale, Marked, SearchIndex, View};
use crate::paths::Paths;

/// The search page's href for `query` in `locale`.
pub fn search_href(paths: &Paths, locale: Locale, query: &str) -> String {
    let q = String::from(js_sys::encode_uri_component(query));
    paths.href(locale, &format!("search?q={q}"))
}

/// The name of a view, as in the navigation: the heading of its results.
pub fn view_heading(
    i18n: leptos_i18n::I18nContext<crate::i18n::Locale>,
    view: View,
) -> &'static str {
    match view {
        View::Home => t_string!(i18n, nav.home),
        View::Vision => t_string!(i18n, nav.vision),
        View::Objectives => t_string!(i18n, nav.objectives),
        View::Sections => t_string!(i18n, nav.sections),
        View::Initiatives => t_string!(i18n, nav.initiatives),
        View::Commissions => t_string!(i18n, nav.commissions),
        View::Networks => t_string!(i18n, nav.networks),
        View::Figures => t_string!(i18n, nav.figures),
        View::Timeline => t_string!(i18n, nav.timeline),
        View::Sources => t_string!(i18n, nav.sources),
    }
}

/// Plain text with the matches in `<mark>`: text nodes only, so any markup in the
/// query or the content stays inert.
pub fn marked(runs: Marked) -> impl IntoView {
    runs.into_iter()
        .map(|(text, hit)| {
            if hit {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

/// Where the country table stands for this view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countries {
    /// Not asked for yet: the search box waits for the visitor to use it.
    Idle,
    Loading,
    Ready,
    /// Search works without countries; the view says so.
    Failed,
}

/// One view's handle on the shared index.
#[derive(Clone, Copy)]
pub struct SearchIndexHandle {
    pub countries: RwSignal<Countries>,
}

/// A handle on the index for this view; the countries are loaded by
/// [`SearchIndexHandle::load_countries`].
pub fn use_search_index() -> SearchIndexHandle {
    let ready = TABLE.with_borrow(Option::is_some);
    SearchIndexHandle {
        countries: RwSignal::new(if ready {
            Countries::Ready
        } else {
            Countries::Idle
        }),
    }
}

impl SearchIndexHandle {
    /// Fetches the country table unless it is there or on its way (again after a failure).
    pub fn load_countries(self) {
        if matches!(
            self.countries.get_untracked(),
            Countries::Ready | Countries::Loading
        ) {
            return;
        }
        if TABLE.with_borrow(Option::is_some) {
            self.countries.set(Countries::Ready);
            return;
        }
        self.countries.set(Countries::Loading);
        spawn_local(async move {
            let state = match country_table().await {
                Ok(table) => {
                    TABLE.set(Some(Arc::new(table)));
                    Countries::Ready
                }
                Err(err) => {
                    leptos::logging::warn!("search without countries: {err}");
                    Countries::Failed
                }
            };
            // The view may be gone; the table stays for the next one.
            let _ = self.countries.try_set(state);
        });
    }

    /// The index of `data` in `locale`, with the countries once they are in (tracked).
    pub fn get(self, data: &Arc<Dataset>, locale: Locale) -> Arc<SearchIndex> {
        let with_countries = self.countries.get() == Countries::Ready;
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
        if let Some(table) = TABLE.with_borrow(Clone::clone).filter(|_| with_countries) {
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
}

/// The last index built, for the dataset it was built from.
struct Cached {
    locale: Locale,
    data: Arc<Dataset>,
    index: Arc<SearchIndex>,
}

thread_local! {
    static TABLE: RefCell<Option<Arc<Vec<Country>>>> = const { RefCell::new(None) };
    static INDEX: RefCell<Option<Cached>> = const { RefCell::new(None) };
}
