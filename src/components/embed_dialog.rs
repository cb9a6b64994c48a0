//! The "Embed" button of an embeddable view, and its dialog: a live preview, the colour
//! options, and the two codes to copy (placeholder + `embed.js`, or a plain iframe).

use leptos::html;
use leptos::prelude::*;

use crate::components::modal::ModalDialog;
use crate::embed_code::Site;
use crate::i18n::{t_string, use_i18n};
use crate::paths::{EmbedView, Theme};
use crate::state::copy::{use_copy, CopyStatus, UseCopy};
use crate::state::{use_locale, use_paths};

/// A button opening the embed dialog for `view`.
#[component]
pub fn EmbedButton(
    /// The view to embed.
    view: EmbedView,
    /// The view's title, for the iframe's `title` attribute.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let site = Site {
        origin: crate::state::browser::origin(),
        paths: use_paths(),
    };
    // The preview is only loaded while the dialog is open.
    let open = RwSignal::new(false);
    let theme = RwSignal::new(Theme::Auto);
    let preview = {
        let (site, view) = (site.clone(), view.clone());
        move || site.embed_url(locale, &view, theme.get())
    };
    let script_code = {
        let (site, view) = (site.clone(), view.clone());
        Signal::derive(move || site.script_snippet(locale, &view, theme.get()))
    };
    let iframe_code = {
        let title = title.clone();
        Signal::derive(move || site.iframe_snippet(locale, &view, theme.get(), &title))
    };
    let theme_choice = move |value: Theme, label: String| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="embed-theme"
                    value=value.as_str()
                    data-testid=format!("embed-theme-{}", value.as_str())
                    prop:checked=move || theme.get() == value
                    on:change=move |_| theme.set(value)
                />
                {label}
            </label>
        }
    };
    let opener = NodeRef::<html::Button>::new();
    view! {
        <button type="button" class="button button--quiet" data-testid="embed-button" node_ref=opener
            aria-haspopup="dialog" on:click=move |_| open.set(true)>
            {t_string!(i18n, embed.button)}
        </button>
        <ModalDialog title=t_string!(i18n, embed.dialog_title)
            id="embed-dialog-title".to_owned() test_id="embed" class="embed-dialog" open opener>
            <p>{t_string!(i18n, embed.dialog_intro)}</p>
            <fieldset class="choices">
                <legend>{t_string!(i18n, embed.theme)}</legend>
                {Theme::ALL.map(|value| {
                    let label = match value {
                        Theme::Auto => t_string!(i18n, embed.theme_auto),
                        Theme::Light => t_string!(i18n, embed.theme_light),
                        Theme::Dark => t_string!(i18n, embed.theme_dark),
                    };
                    theme_choice(value, label.to_owned())
                })}
            </fieldset>
            <h3>{t_string!(i18n, embed.preview)}</h3>
            {let preview = preview.clone(); let title = title.clone(); move || open.get().then(|| view! {
                <iframe class="embed-dialog__preview" data-testid="embed-preview" src=preview()
                    title=format!("{}{}{title}", t_string!(i18n, embed.preview), t_string!(i18n, punctuation.separator))></iframe>
            })}
            <CodeBox id="embed-code-script" label=t_string!(i18n, embed.script_code).to_owned() code=script_code />
            <CodeBox id="embed-code-iframe" label=t_string!(i18n, embed.iframe_code).to_owned() code=iframe_code />
        </ModalDialog>
    }
}

/// One code to copy: read-only text area (selectable by hand too) and a copy button.
#[component]
fn CodeBox(id: &'static str, label: String, code: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let UseCopy { status, copy } = use_copy();
    let copy = move |_| copy(&code.get_untracked());
    view! {
        <div class="code-box">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="4" spellcheck="false" data-testid=id prop:value=move || code.get()></textarea>
            <div class="share">
                <button type="button" class="button" data-testid=format!("{id}-copy") on:click=copy>
                    {t_string!(i18n, embed.copy)}
                </button>
                <span class="share__status" role="status">
                    {move || match status.get() {
                        CopyStatus::Idle => None,
                        CopyStatus::Copied => Some(t_string!(i18n, embed.copied).into_any()),
                        CopyStatus::Failed => Some(t_string!(i18n, embed.copy_failed).into_any()),
                    }}
                </span>
            </div>
        </div>
    }
}
