//! Copying text to the clipboard, with the outcome to show: leptos-use's `use_clipboard`,
//! which reports success only, plus the failures it leaves silent.

use std::time::Duration;

use leptos::prelude::*;
use leptos_use::{use_clipboard_with_options, UseClipboardOptions, UseClipboardReturn};

/// How long "copied" stays shown.
const SHOWN_MS: f64 = 4000.0;
/// A copy the browser has not confirmed by then has failed: `writeText` settles at once
/// unless the browser refuses (no permission, page not focused), and then it rejects.
const CONFIRM_WITHIN: Duration = Duration::from_millis(1500);

/// The outcome of the last copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

/// What `use_copy` returns: the outcome to show, and the function that copies.
pub struct UseCopy<F: Fn(&str) + Clone> {
    pub status: Signal<CopyStatus>,
    pub copy: F,
}

/// Copies text on demand; `status` says whether it worked, and failure stays shown until
/// the next attempt.
pub fn use_copy() -> UseCopy<impl Fn(&str) + Clone> {
    let UseClipboardReturn {
        is_supported,
        copied,
        copy,
        ..
    } = use_clipboard_with_options(UseClipboardOptions::default().copied_reset_delay(SHOWN_MS));
    let failed = RwSignal::new(false);
    // Each attempt's number: a late check of an earlier attempt does not count.
    let attempt = StoredValue::new(0_u32);
    let run = move |text: &str| {
        failed.set(false);
        if !is_supported.get_untracked() {
            failed.set(true);
            return;
        }
        attempt.update_value(|n| *n += 1);
        let this = attempt.get_value();
        copy(text);
        set_timeout(
            move || {
                if attempt.try_get_value() == Some(this) && !copied.get_untracked() {
                    failed.set(true);
                }
            },
            CONFIRM_WITHIN,
        );
    };
    let status = Signal::derive(move || {
        if copied.get() {
            CopyStatus::Copied
        } else if failed.get() {
            CopyStatus::Failed
        } else {
            CopyStatus::Idle
        }
    });
    UseCopy { status, copy: run }
}
