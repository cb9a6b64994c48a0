//! Printing a page as its one-page brief (the print rules of style/brief.css), and the page's
//! address that the brief prints as text and as a QR code.

use std::time::Duration;

use leptos::ev::Custom;
use leptos::prelude::*;
use leptos_use::use_event_listener;

use crate::head;
use crate::state::browser;

/// What `use_print` returns: the address to print, and the function that prints.
#[derive(Clone, Copy)]
pub struct UsePrint {
    /// The page's absolute address; `None` until known (see `use_print`).
    pub address: Signal<Option<String>>,
    /// Opens the browser's print dialog (print or save as PDF).
    pub print: Callback<()>,
}

/// Printing the page at `href` (its path below the origin, from `Paths`). With the
/// deployment's `origin` (the build's `--site-url`) the address is known at once, and the
/// prerendered page carries it. Without, it is the document's origin, read only when the
/// page is printed: the prerender would otherwise write the build machine's address into
/// the page (which fails the build) and the app another one.
pub fn use_print(origin: Option<&'static str>, href: String) -> UsePrint {
    if let Some(origin) = origin {
        let address = head::absolute(origin, &href);
        return UsePrint {
            address: Signal::stored(Some(address)),
            print: Callback::new(|()| browser::print()),
        };
    }
    let address = RwSignal::new(None::<String>);
    let read = move || address.set(Some(head::absolute(&browser::origin(), &href)));
    // The browser's own Print command (Ctrl+P): its listeners run before the page is laid
    // out for paper, and the view's update with them.
    let on_print = read.clone();
    let _ = use_event_listener(
        window(),
        Custom::<web_sys::Event>::new("beforeprint"),
        move |_| on_print(),
    );
    // The button: the address first, then the dialog in a later task, once the view shows
    // it (`window.print()` blocks, and the view updates after the click's handler).
    let print = Callback::new(move |()| {
        read();
        set_timeout(browser::print, Duration::ZERO);
    });
    UsePrint {
        address: address.into(),
        print,
    }
}
