//! "Cite": how to cite a page or a figure of the atlas. The dialog gives the citation ready
//! to paste, in the page's language (`locales/*/cite.json`), and the same reference as
//! BibTeX, RIS and CSL-JSON to copy or download (`model::citation`). The dialog and the
//! formats are the `cite` split point's, loaded when a "Cite" button is first pressed, so
//! pages carry only the button.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos::task::{spawn_local, spawn_local_scoped_with_cancellation};
use leptos_router::hooks::use_location;

use crate::components::modal::ModalDialog;
use crate::i18n::{t_string, use_i18n};
use crate::model::citation::Citation;
use crate::model::{format, Dataset, Figure, IsoDate, Locale};
use crate::paths::Route;
use crate::state::copy::{use_copy, CopyStatus, UseCopy};
use crate::state::dataset::use_dataset;
use crate::state::load::{Load, LoadError};
use crate::state::paths::absolute;
use crate::state::{browser, use_locale, use_paths};

/// What a "Cite" button cites, handed to the `cite` split point.
struct CiteRequest {
    title: String,
    figure: Option<Figure>,
    /// The page's path (without the base) and its address below the origin.
    path: String,
    href: String,
    open: RwSignal<bool>,
    opener: NodeRef<html::Button>,
}

/// The "Cite" button of a page (its title) or, given `figure`, of one figure. Its dialog is
/// the `cite` split point's, loaded on the first click: a page carries the button only.
#[component]
pub fn CiteButton(
    /// The page's title, or the figure's label.
    #[prop(into)]
    title: String,
    /// The figure cited, if not the whole page.
    #[prop(optional)]
    figure: Option<Figure>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let opener = NodeRef::<html::Button>::new();
    // The dialog, once its chunk has made it (kept for the next opening).
    let dialog = StoredValue::new_local(None::<AnyView>);
    let made = RwSignal::new(false);
    let requested = StoredValue::new(false);
    let name = figure
        .as_ref()
        .map(|_| t_string!(i18n, cite.button_figure, label = title.clone()).to_string());
    let class = match figure {
        Some(_) => "button button--quiet button--small",
        None => "button button--quiet",
    };
    // The dialog renders in this button's owner: its contexts (the locale, the paths).
    let owner = Owner::current();
    let request = StoredValue::new(Some((title, figure)));
    let show = move |_| {
        open.set(true);
        if requested.get_value() {
            return;
        }
        requested.set_value(true);
        let Some((title, figure)) = request.try_update_value(Option::take).flatten() else {
            return;
        };
        let location = use_location();
        let (path, href) = cited_address(figure.as_ref(), &location);
        let request = CiteRequest {
            title,
            figure,
            path,
            href,
            open,
            opener,
        };
        let load = async move {
            match cite_dialog(request).await {
                Ok(view) => {
                    dialog.set_value(Some(view));
                    made.set(true);
                }
                // Offline without the chunk: the button stays, a later click tries again.
                Err(_) => requested.set_value(false),
            }
        };
        match &owner {
            Some(owner) => owner.with(|| spawn_local_scoped_with_cancellation(load)),
            None => spawn_local(load),
        }
    };
    view! {
        <button type="button" class=class data-testid="cite-button" node_ref=opener
            aria-label=name aria-haspopup="dialog" on:click=show>
            {t_string!(i18n, cite.button)}
        </button>
        {move || made.get().then(|| dialog.try_update_value(Option::take).flatten())}
    }
}

/// The path (below the base) and the address of what is cited: the page shown, query
/// included, or the figure's place on the Figures page.
fn cited_address(
    figure: Option<&Figure>,
    location: &leptos_router::location::Location,
) -> (String, String) {
    let paths = use_paths();
    let locale = use_locale();
    let (path, href) = match figure {
        Some(f) => (
            paths.href(locale, &Route::Figures),
            paths.anchored(locale, &Route::Figures, &f.id),
        ),
        None => {
            let path = location.pathname.get_untracked();
            // The router's query has no `?`.
            let query = location.search.get_untracked();
            let href = match query.is_empty() {
                true => path.clone(),
                false => format!("{path}?{query}"),
            };
            (path, href)
        }
    };
    (paths.strip_base(&path).to_owned(), href)
}

/// The dialog of a "Cite" button, made in the `cite` split point.
#[leptos::wasm_split::wasm_split(cite, wasm_split_path = ::leptos::wasm_split, fallible)]
fn cite_dialog(request: CiteRequest) -> Result<AnyView, LoadError> {
    Ok(view! { <CiteDialog request /> }.into_any())
}

/// The dialog: its heading, and the citation once the dataset is there.
#[component]
fn CiteDialog(request: CiteRequest) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let CiteRequest {
        title,
        figure,
        path,
        href,
        open,
        opener,
    } = request;
    let (heading, id) = match &figure {
        Some(f) => (
            t_string!(i18n, cite.title_figure),
            format!("cite-title-{}", f.id),
        ),
        None => (t_string!(i18n, cite.title_page), "cite-title".to_owned()),
    };
    let part = figure.as_ref().map(|f| f.id.clone());
    let data = use_dataset(locale);
    let content = move || match data.get() {
        Load::Ready(data) => {
            let citation = citation(
                &data,
                locale,
                &title,
                &path,
                part.clone(),
                &href,
                figure.as_ref(),
            );
            view! { <CiteContent citation /> }.into_any()
        }
        Load::Loading => view! { <p role="status">{t_string!(i18n, cite.loading)}</p> }.into_any(),
        Load::Failed(_) => view! { <p role="alert">{t_string!(i18n, cite.failed)}</p> }.into_any(),
    };
    view! {
        <ModalDialog title=heading id test_id="cite" class="cite-dialog" open opener>
            {content}
        </ModalDialog>
    }
}

/// The citation of a page or of `figure`: what the dialog shows and the formats say.
fn citation(
    data: &Arc<Dataset>,
    locale: Locale,
    title: &str,
    path: &str,
    part: Option<String>,
    href: &str,
    figure: Option<&Figure>,
) -> Citation {
    let i18n = use_i18n();
    let sources: Vec<_> = figure
        .map(|f| {
            let cited = |s: &&crate::model::Source| f.sources.contains(&s.id);
            data.sources.iter().filter(cited).cloned().collect()
        })
        .unwrap_or_default();
    let note = (!sources.is_empty()).then(|| {
        let list = source_list(&sources);
        t_string!(i18n, cite.note, sources = list).to_string()
    });
    let today = browser::today();
    Citation {
        title: title.to_owned(),
        site: t_string!(i18n, app.name).to_owned(),
        url: absolute(href),
        path: path.to_owned(),
        part,
        locale,
        reviewed: IsoDate::parse(&data.reviewed).unwrap_or(today),
        accessed: today,
        sources,
        note,
    }
}

/// The sources of a figure, as the citation names them: `CGLU, « Titre », 2016 ; …`.
fn source_list(sources: &[crate::model::Source]) -> String {
    let i18n = use_i18n();
    sources
        .iter()
        .map(|s| {
            let title = s.title.as_str();
            let publisher = s.publisher.as_str();
            t_string!(i18n, cite.source, publisher, title, year = s.year).to_string()
        })
        .collect::<Vec<_>>()
        .join(t_string!(i18n, punctuation.series))
}

/// The formats of a citation.
#[derive(Clone)]
struct References {
    bibtex: String,
    ris: String,
    csl_json: String,
}

/// A format of [`References`]: its name, file extension and media type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Bibtex,
    Ris,
    CslJson,
}

impl Format {
    const ALL: [Format; 3] = [Format::Bibtex, Format::Ris, Format::CslJson];

    fn name(self) -> &'static str {
        match self {
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    /// Its file's extension and media type.
    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Bibtex => ("bib", "application/x-bibtex"),
            Format::Ris => ("ris", "application/x-research-info-systems"),
            Format::CslJson => ("json", "application/vnd.citationstyles.csl+json"),
        }
    }

    fn id(self) -> &'static str {
        match self {
            Format::Bibtex => "bibtex",
            Format::Ris => "ris",
            Format::CslJson => "csl-json",
        }
    }

    fn of(self, references: &References) -> &str {
        match self {
            Format::Bibtex => &references.bibtex,
            Format::Ris => &references.ris,
            Format::CslJson => &references.csl_json,
        }
    }
}

/// The dialog's content: the text to paste, then the formats.
#[component]
fn CiteContent(citation: Citation) -> impl IntoView {
    let i18n = use_i18n();
    let locale = citation.locale;
    let reviewed = format::date(&citation.reviewed.to_string(), locale);
    let accessed = format::date(&citation.accessed.to_string(), locale);
    let (title, site, url) = (
        citation.title.as_str(),
        citation.site.as_str(),
        citation.url.as_str(),
    );
    let text = match &citation.note {
        Some(_) => {
            let sources = source_list(&citation.sources);
            t_string!(
                i18n,
                cite.figure_text,
                title,
                sources,
                site,
                reviewed,
                url,
                accessed
            )
            .to_string()
        }
        None => t_string!(i18n, cite.page_text, title, site, reviewed, url, accessed).to_string(),
    };
    let key = citation.key();
    let references = References {
        bibtex: citation.bibtex(),
        ris: citation.ris(),
        csl_json: citation.csl_json(),
    };
    let UseCopy { status, copy } = use_copy();
    let text_id = format!("{key}-text");
    let copy_text = {
        let text = text.clone();
        move |_| copy(&text)
    };
    let chosen = RwSignal::new(Format::Bibtex);
    view! {
        <p>{t_string!(i18n, cite.intro)}</p>
        <div class="cite-text">
            <h3 id=text_id.clone()>{t_string!(i18n, cite.text_label)}</h3>
            <p class="cite-text__body" data-testid="cite-text" aria-labelledby=text_id>{text}</p>
            <div class="share">
                <button type="button" class="button" data-testid="cite-copy-text" on:click=copy_text>
                    {t_string!(i18n, cite.copy_text)}
                </button>
                <CopyOutcome status />
            </div>
        </div>
        <fieldset class="choices">
            <legend>{t_string!(i18n, cite.format)}</legend>
            {Format::ALL.map(|format| view! {
                <label class="choice">
                    <input type="radio" name=format!("{key}-format") value=format.id()
                        data-testid=format!("cite-format-{}", format.id())
                        prop:checked=move || chosen.get() == format
                        on:change=move |_| chosen.set(format) />
                    {format.name()}
                </label>
            })}
        </fieldset>
        <FormatBox format=Signal::derive(move || chosen.get())
            text=Signal::derive(move || chosen.get().of(&references).to_owned()) key=key.clone() />
    }
}

/// The chosen format's text, with copy and download buttons.
#[component]
fn FormatBox(format: Signal<Format>, text: Signal<String>, key: String) -> impl IntoView {
    let i18n = use_i18n();
    let UseCopy { status, copy } = use_copy();
    let id = format!("{key}-reference");
    let download = {
        let key = key.clone();
        move |_| {
            let (extension, media_type) = format.get_untracked().file();
            browser::save_text(
                &format!("{key}.{extension}"),
                media_type,
                &text.get_untracked(),
            );
        }
    };
    view! {
        <div class="code-box">
            <label for=id.clone()>{move || format.get().name()}</label>
            <textarea id=id readonly rows="8" spellcheck="false" data-testid="cite-reference"
                data-format=move || format.get().id() prop:value=move || text.get()></textarea>
            <div class="share">
                <button type="button" class="button" data-testid="cite-copy" on:click=move |_| copy(&text.get_untracked())>
                    {t_string!(i18n, cite.copy)}
                </button>
                <button type="button" class="button button--quiet" data-testid="cite-download" on:click=download>
                    {move || t_string!(i18n, cite.download, format = format.get().name()).to_string()}
                </button>
                <CopyOutcome status />
            </div>
        </div>
    }
}

/// What the last copy did, announced.
#[component]
fn CopyOutcome(status: Signal<CopyStatus>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="share__status" role="status">
            {move || match status.get() {
                CopyStatus::Idle => None,
                CopyStatus::Copied => Some(t_string!(i18n, cite.copied)),
                CopyStatus::Failed => Some(t_string!(i18n, cite.copy_failed)),
            }}
        </span>
    }
}
