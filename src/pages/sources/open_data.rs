//! The open data section of the Sources page (`/{lang}/sources#data`): the files that
//! scripts/postbuild/opendata.mjs writes at build time from the dataset, each with its
//! format and size (`state/downloads.rs`, described by the same step), then the
//! attribution and licence.

use leptos::prelude::*;

use crate::components::{data_href, DATA_ANCHOR};
use crate::head;
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, Dataset, Locale};
use crate::state::downloads::use_downloads;
use crate::state::load::Load;
use crate::state::paths::site_origin;
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

/// The open data as a schema.org `Dataset`, for dataset search engines: only when the build
/// knows the deployment's origin, since its addresses must be absolute (`head`).
pub fn json_ld(data: &Dataset, locale: Locale) -> Option<String> {
    let origin = site_origin()?;
    let i18n = use_i18n();
    let paths = use_paths();
    let url = |href: &str| head::absolute(origin, href);
    let downloads = What::ALL
        .map(|what| {
            let href = paths.file(&format!(
                "{}/{}",
                crate::model::names::DATA_DIR,
                what.path(locale)
            ));
            (what.name(), url(&href), what.media_type())
        })
        .to_vec();
    Some(head::dataset(&head::OpenDataset {
        name: &format!(
            "{}{}{}",
            t_string!(i18n, sources.data_title),
            t_string!(i18n, punctuation.dash),
            t_string!(i18n, app.name)
        ),
        description: t_string!(i18n, sources.data_lead),
        url: &url(&data_href(&paths, locale)),
        creator: t_string!(i18n, app.name),
        modified: &data.reviewed,
        locale,
        downloads,
    }))
}

// What a file holds: the model's list of downloads, the one opendata.mjs writes.
use crate::model::names::OpenDataFile as What;

/// Each download: its path below `data/`, its format and what it holds.
fn files(locale: Locale) -> [(String, &'static str, What); 5] {
    What::ALL.map(|what| (what.path(locale), what.format(), what))
}
