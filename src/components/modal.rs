//! The app's modal dialog: the embed dialog's and the citation's. One way of opening,
//! closing and keeping the focus inside, for every dialog of the app; the button that opens
//! it is its page's (`aria-haspopup="dialog"`), and sets `open`.

use leptos::html;
use leptos::prelude::*;

use crate::components::focus_trap::cycle_focus;
use crate::i18n::{t_string, use_i18n};

/// A native modal `dialog` (the rest of the page is inert while it is open), shown while
/// `open` is true. Escape, the close button and a click on the backdrop close it, and the
/// focus returns to `opener`, the button that opened it.
#[component]
pub fn ModalDialog(
    /// The dialog's heading.
    #[prop(into)]
    title: String,
    /// A unique id for the dialog's heading; also the prefix of the test ids
    /// (`{test_id}-dialog`, `{test_id}-close`).
    id: String,
    test_id: &'static str,
    /// A class of the dialog's own, for its content's layout.
    class: &'static str,
    open: RwSignal<bool>,
    opener: NodeRef<html::Button>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    // Shown when `open` turns true, once the dialog is in the document.
    Effect::new(move |_| {
        if let (true, Some(d)) = (open.get(), dialog.get()) {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
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
