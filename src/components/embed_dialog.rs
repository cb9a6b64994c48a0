//! The "Embed" button of an embeddable view, and its dialog: a live preview, the colour
//! options, and the two codes to copy (placeholder + `embed.js`, or a plain iframe).

use leptos::html;
use leptos::prelude::*;

use crate::components::focus_trap::cycle_focus;
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
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
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
    let show = move |_| {
        open.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    // Escape, the close button and a click on the backdrop all end here.
    let closed = move |_| {
        open.set(false);
        if let Some(b) = opener.get() {
            let _ = b.focus();
        }
    };
    let backdrop = move |ev: web_sys::MouseEvent| {
        let on_dialog = ev.target().zip(dialog.get()).is_some_and(|(target, d)| {
            let d: &web_sys::EventTarget = d.as_ref();
            &target == d
        });
        if on_dialog {
            if let Some(d) = dialog.get() {
                d.close();
            }
        }
    };
    // Tab and Shift+Tab cycle inside the dialog (a modal dialog alone lets the focus go
    // to the browser's own interface after its last control).
    let trap = move |ev: web_sys::KeyboardEvent| {
        if let Some(d) = dialog.get() {
            cycle_focus(&d, &ev);
        }
    };
    let theme_choice = move |value: Theme, label: String| {
        view! {
            <label class="embed-dialog__choice">
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
    view! {
        <button type="button" class="button button--quiet" data-testid="embed-button" node_ref=opener on:click=show>
            {t_string!(i18n, embed.button)}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title"
            data-testid="embed-dialog" on:close=closed on:click=backdrop on:keydown=trap>
            <div class="embed-dialog__inner">
                <div class="embed-dialog__head">
                    <h2 id="embed-dialog-title">{t_string!(i18n, embed.dialog_title)}</h2>
                    <button type="button" class="button button--quiet" data-testid="embed-close" on:click=close>
                        {t_string!(i18n, embed.close)}
                    </button>
                </div>
                <p>{t_string!(i18n, embed.dialog_intro)}</p>
                <fieldset class="embed-dialog__themes">
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
                {move || open.get().then(|| view! {
                    <iframe class="embed-dialog__preview" data-testid="embed-preview" src=preview.clone()
                        title=format!("{}{}{title}", t_string!(i18n, embed.preview), t_string!(i18n, punctuation.separator))></iframe>
                })}
                <CodeBox id="embed-code-script" label=t_string!(i18n, embed.script_code).to_owned() code=script_code />
                <CodeBox id="embed-code-iframe" label=t_string!(i18n, embed.iframe_code).to_owned() code=iframe_code />
            </div>
        </dialog>
    }
}

/// One code to copy: read-only text area (selectable by hand too) and a copy button.
#[component]
fn CodeBox(id: &'static str, label: String, code: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let UseCopy { status, copy } = use_copy();
    let copy = move |_| copy(&code.get_untracked());
    view! {
        <div class="embed-code">
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
