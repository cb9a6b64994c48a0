//! The open data section of the Sources page (`/{lang}/sources#data`): the files that
//! scripts/postbuild/opendata.mjs writes at build time from the dataset, each with its
//! format and size (from `data/downloads.json`, written by the same step), then the
//! attribution and licence.

use leptos::prelude::*;

use crate::components::DATA_ANCHOR;
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Locale};
use crate::state::downloads::use_downloads;
use crate::state::load::Load;
use crate::state::{use_locale, use_paths};

/// The downloads, their formats and sizes, with attribution and licence.
#[component]
pub fn OpenData() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let sizes = use_downloads();
    let unknown = t_string!(i18n, sources.data_size_unknown).to_owned();
    let items = files(locale)
        .into_iter()
        .map(|(file, kind, what)| {
            let what = match what {
                What::Full => t_string!(i18n, sources.data_full),
                What::Figures => t_string!(i18n, sources.data_figures),
                What::Sections => t_string!(i18n, sources.data_sections),
                What::Sources => t_string!(i18n, sources.data_sources),
                What::Readme => t_string!(i18n, sources.data_readme),
            };
            let href = paths.file(&format!("{}/{file}", crate::model::names::DATA_DIR));
            let name = file.rsplit('/').next().unwrap_or_default().to_owned();
            let download = name.clone();
            let unknown = unknown.clone();
            // Loading (`None`), or what the build says of this file, if anything.
            let info = Signal::derive(move || {
                match sizes.get() {
                    Load::Loading => None,
                    Load::Ready(files) => Some(files.get(&file).cloned()),
                    Load::Failed(_) => Some(None),
                }
            });
            let size = move || match info.get() {
                Some(Some(file)) => format::size(file.bytes, locale),
                Some(None) => unknown.clone(),
                None => String::new(),
            };
            let columns = move || {
                info.get().flatten().filter(|f| !f.columns.is_empty()).map(|f| {
                    view! {
                        <p class="muted" data-testid="download-columns">
                            {t_string!(i18n, sources.data_columns, columns = f.columns.join(t_string!(i18n, punctuation.list))).to_string()}
                        </p>
                    }
                })
            };
            view! {
                <li class="download" data-testid="download">
                    <a href=href download=download>{name}</a>
                    " "
                    <span class="muted" data-testid="download-meta">{kind} {t_string!(i18n, punctuation.separator)} {size}</span>
                    <p>{what}</p>
                    {columns}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="open-data" id=DATA_ANCHOR aria-labelledby="data-title" data-testid="open-data" tabindex="-1">
            <h2 id="data-title">{t_string!(i18n, sources.data_title)}</h2>
            <p>{t_string!(i18n, sources.data_lead)}</p>
            <ul class="downloads">{items}</ul>
            <p>{t_string!(i18n, sources.data_attribution)}</p>
            <p>{t_string!(i18n, sources.data_licence)}</p>
            <p class="muted">{t_string!(i18n, sources.data_generated)}</p>
        </section>
    }
}

// What a file holds: the model's list of downloads, the one opendata.mjs writes.
use crate::model::names::OpenDataFile as What;

/// Each download: its path below `data/`, its format and what it holds.
fn files(locale: Locale) -> [(String, &'static str, What); 5] {
    What::ALL.map(|what| (what.path(locale), what.format(), what))
}
