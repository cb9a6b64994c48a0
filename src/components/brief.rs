//! The one-page brief of a section or an objective: the page itself, printed (or saved as
//! PDF) through the print rules of style/brief.css, which keep its title, its map or its
//! strategies and its key facts, and show what only paper needs: the sources the page
//! cites, when the data were reviewed, and the page's address as text and as a QR code.
//! Only the section and objective pages use it, so it travels in their chunks (`map`,
//! `records`), never in the main module; the brief itself, with the QR encoder, is a split
//! point of its own (`brief`), so the other pages of those chunks do without it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

use crate::components::source_line;
use crate::i18n::{t_string, use_i18n};
use crate::model::{format, qr, Dataset, Id};
use crate::state::load::{InFlight, LoadError};
use crate::state::print::UsePrint;
use crate::state::{use_locale, use_paths};

/// The brief's print rules (style/brief.css, copied as is by trunk).
const STYLESHEET: &str = "brief.css";

/// The button that prints the page as its brief, or saves it as PDF.
#[component]
pub fn PrintButton(
    /// The page's printing, shared with its [`BriefFooter`].
    print: UsePrint,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="button button--quiet no-print" data-testid="print" on:click=move |_| print.print.run(())>
            {t_string!(i18n, brief.print)}
        </button>
    }
}

/// What only the printed brief shows, below the page's content (see [`Brief`]), made by the
/// `brief` split point: its code and the QR encoder are loaded by the pages that print a
/// brief, not by the others of their chunks' groups. Counted as a load (`InFlight`), so
/// that the first paint, and the prerender, wait for it.
#[component]
pub fn BriefFooter(
    data: Arc<Dataset>,
    /// The sources the page's key facts cite.
    sources: Vec<Id>,
    /// The page's printing, shared with its [`PrintButton`].
    print: UsePrint,
) -> impl IntoView {
    let brief = StoredValue::new_local(None::<AnyView>);
    let made = RwSignal::new(false);
    // Scoped: the brief renders in this view's owner (its locale, its paths).
    spawn_local_scoped_with_cancellation(async move {
        if let Ok(view) = InFlight::count(brief_view(data, sources, print)).await {
            brief.set_value(Some(view));
            made.set(true);
        }
    });
    move || {
        made.get()
            .then(|| brief.try_update_value(Option::take).flatten())
    }
}

#[leptos::wasm_split::wasm_split(brief, wasm_split_path = ::leptos::wasm_split, fallible)]
fn brief_view(data: Arc<Dataset>, sources: Vec<Id>, print: UsePrint) -> Result<AnyView, LoadError> {
    Ok(view! { <Brief data sources print /> }.into_any())
}

/// What only the printed brief shows, below the page's content: the sources it cites,
/// numbered as its citations are, the day the data were reviewed, the site's name, and the
/// page's address as text and as a QR code. Hidden on screen; its stylesheet, for print
/// only, is loaded by the pages that show it, so that no other page downloads it.
#[component]
fn Brief(
    data: Arc<Dataset>,
    /// The sources the page's key facts cite.
    sources: Vec<Id>,
    /// The page's printing, shared with its [`PrintButton`].
    print: UsePrint,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let mut cited: Vec<_> = data
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| sources.contains(&s.id))
        .collect();
    cited.sort_by_key(|(n, _)| *n);
    let entries = cited
        .into_iter()
        .map(|(n, s)| {
            let year = if s.year_inferred {
                t_string!(i18n, page.circa, year = s.year).to_string()
            } else {
                s.year.to_string()
            };
            let text = source_line(i18n, s, &year);
            let url = s.url.clone().map(|u| {
                view! { {t_string!(i18n, punctuation.separator)} <span class="brief__url">{u}</span> }
            });
            view! { <li><span class="brief__number">{format!("[{}]", n + 1)}</span> " " {text} {url}</li> }
        })
        .collect_view();
    let reviewed = t_string!(
        i18n,
        footer.reviewed,
        date = format::date(&data.reviewed, locale)
    )
    .to_string();
    let address = print.address;
    view! {
        <link rel="stylesheet" media="print" href=use_paths().file(STYLESHEET) />
        <div class="brief" hidden data-testid="brief">
            <div class="brief__text">
                <h2 class="brief__heading">{t_string!(i18n, brief.sources)}</h2>
                <ul class="brief__sources">{entries}</ul>
                <p class="brief__meta">
                    <span class="brief__site">{t_string!(i18n, app.name)}</span>
                    {t_string!(i18n, punctuation.separator)}
                    <span data-testid="brief-reviewed">{reviewed}</span>
                </p>
                <p class="brief__address" data-testid="brief-address">
                    {move || address.get().map(|a| t_string!(i18n, punctuation.label, label = t_string!(i18n, brief.address), text = a).to_string())}
                </p>
            </div>
            {move || address.get().map(|a| view! { <QrCode address=a /> })}
        </div>
    }
}

/// `address` as a QR code: one SVG path, in the model's quiet zone (`model::qr`).
#[component]
fn QrCode(address: String) -> impl IntoView {
    let i18n = use_i18n();
    // `None` only for text far longer than any address: then the text alone is printed.
    qr::svg(&address).map(|code| {
        let label = t_string!(i18n, brief.qr, address = address.clone()).to_string();
        view! {
            <svg class="brief__qr" viewBox=format!("0 0 {0} {0}", code.side) role="img" aria-label=label
                data-address=address data-testid="brief-qr" shape-rendering="crispEdges">
                <rect width=code.side height=code.side fill="#fff" />
                <path d=code.path fill="#000" />
            </svg>
        }
    })
}
