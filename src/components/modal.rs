//! A button that opens a modal dialog: the embed dialog's and the citation's. One way of
//! opening, closing and keeping the focus inside, for every dialog of the app.

use leptos::html;
use leptos::prelude::*;

use crate::components::focus_trap::cycle_focus;
use crate::i18n::{t_string, use_i18n};

/// The opener `button`, then its `dialog` (a native modal: the rest of the page is inert
/// while it is open). Escape, the close button and a click on the backdrop close it, and
/// the focus returns to the opener. `open` is true while it is shown, so that what the
/// dialog needs (a preview, a chunk) is only loaded then.
#[component]
pub fn Modal(
    /// The opener's text.
    #[prop(into)]
    label: String,
    /// The opener's accessible name, when its text alone would be ambiguous on the page
    /// (several "Cite" buttons).
    #[prop(default = None)]
    name: Option<String>,
    /// The dialog's heading.
    #[prop(into)]
    title: String,
    /// A unique id for the dialog's heading; also the prefix of the test ids
    /// (`{test_id}-button`, `{test_id}-dialog`, `{test_id}-close`).
    id: String,
    test_id: &'static str,
    /// A class of the dialog's own, for its content's layout.
    class: &'static str,
    /// The opener's class (`button--quiet` in page actions, `button--small` in a card).
    #[prop(default = "button button--quiet")]
    button_class: &'static str,
    open: RwSignal<bool>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
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
    let heading = id.clone();
    view! {
        <button type="button" class=button_class data-testid=format!("{test_id}-button") node_ref=opener
            aria-label=name aria-haspopup="dialog" on:click=show>
            {label}
        </button>
        <dialog class=format!("dialog {class}") node_ref=dialog aria-labelledby=heading
            data-testid=format!("{test_id}-dialog") on:close=closed on:click=backdrop on:keydown=trap>
            <div class="dialog__inner">
                <div class="dialog__head">
                    <h2 id=id>{title}</h2>
                    <button type="button" class="button button--quiet" data-testid=format!("{test_id}-close") on:click=close>
                        {t_string!(i18n, page.close)}
                    </button>
                </div>
                {children()}
            </div>
        </dialog>
    }
}
