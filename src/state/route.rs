//! The routes' parameters (`lib.rs`'s `:lang` and `:id`), read as types.

use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::model::Locale;

#[derive(Params, Clone, PartialEq)]
struct LocaleParams {
    lang: Option<String>,
}

#[derive(Params, Clone, PartialEq)]
struct IdParams {
    id: Option<String>,
}

/// The locale the route's `:lang` names, if it is one of ours (`Locale::from_tag_exact`,
/// the one parser of a locale in a URL, as `Paths::locale_of` uses it too).
pub fn use_route_locale() -> Memo<Option<Locale>> {
    let params = use_params::<LocaleParams>();
    Memo::new(move |_| {
        params.with(|p| {
            let lang = p.as_ref().ok()?.lang.as_deref()?;
            Locale::from_tag_exact(lang)
        })
    })
}

/// The record id of a detail route (`/objectives/:id`); empty when absent.
pub fn use_route_id() -> Memo<String> {
    let params = use_params::<IdParams>();
    Memo::new(move |_| {
        params.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.id.clone())
                .unwrap_or_default()
        })
    })
}
