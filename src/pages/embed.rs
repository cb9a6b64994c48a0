//! `/embed/{lang}/map`: the sections map alone, for partners' pages. The other embedded
//! views are the app's own pages rendered in the embed shell (see `components::embed`).

use leptos::prelude::*;

use crate::components::{loaded, PageHeader, PageMeta, SectionsMap};
use crate::i18n::{t_string, use_i18n};
use crate::paths::Route;

/// The sections map under its title.
#[component]
pub fn EmbedMap() -> impl IntoView {
    let i18n = use_i18n();
    loaded(move |data| {
        view! {
            <PageMeta title=t_string!(i18n, embed.map_title) description=t_string!(i18n, sections.lead) route=Route::Sections />
            <PageHeader title=t_string!(i18n, embed.map_title) />
            <SectionsMap data />
        }
    })
}
