//! Offline use and safe updates: the service worker's registration, the "new version"
//! notice and the offline indicator.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_use::{use_service_worker_with_options, UseServiceWorkerOptions};

use crate::i18n::{t_string, use_i18n};

/// The app's connection and update state, shared with the notice in the chrome.
#[derive(Clone, Copy)]
pub struct AppStatus {
    /// A new build is installed and waits for the visitor's consent.
    update_waiting: Signal<bool>,
    accept_update: StoredValue<Arc<dyn Fn() + Send + Sync>>,
    online: RwSignal<bool>,
}

/// Registers the service worker (`sw.js`, generated at build time with the precache list)
/// and follows the network state. Call once, in `App`.
pub fn provide_app_status() {
    let window = leptos::prelude::window();
    let online = RwSignal::new(window.navigator().on_line());
    window_event_listener(leptos::ev::online, move |_| online.set(true));
    window_event_listener(leptos::ev::offline, move |_| online.set(false));

    // The page reloads when the new worker takes control, but only after the visitor
    // accepted: the first install also changes the controller, and must not reload.
    let accepted = StoredValue::new(false);
    let sw = use_service_worker_with_options(
        UseServiceWorkerOptions::default()
            .script_url("sw.js")
            .skip_waiting_message("skip-waiting")
            .on_controller_change(move || {
                if accepted.get_value() {
                    crate::browser::reload();
                }
            }),
    );
    let skip_waiting = sw.skip_waiting;
    provide_context(AppStatus {
        update_waiting: sw.waiting,
        accept_update: StoredValue::new(Arc::new(move || {
            accepted.set_value(true);
            skip_waiting();
        })),
        online,
    });
}

/// The "new version available" notice and the offline indicator.
#[component]
pub fn AppStatusBar() -> impl IntoView {
    let i18n = use_i18n();
    let Some(status) = use_context::<AppStatus>() else {
        return ().into_any();
    };
    let dismissed = RwSignal::new(false);
    view! {
        <div class="app-status" role="status">
            {move || (!status.online.get()).then(|| view! {
                <p class="app-status__offline" data-testid="offline-indicator">{t_string!(i18n, status.offline)}</p>
            })}
            {move || (status.update_waiting.get() && !dismissed.get()).then(|| view! {
                <div class="app-status__update" data-testid="update-notice">
                    <p>{t_string!(i18n, status.update_available)}</p>
                    <button
                        type="button"
                        class="button"
                        data-testid="update-accept"
                        on:click=move |_| status.accept_update.with_value(|accept| accept())
                    >
                        {t_string!(i18n, status.update_now)}
                    </button>
                    <button
                        type="button"
                        class="button button--quiet"
                        data-testid="update-later"
                        on:click=move |_| dismissed.set(true)
                    >
                        {t_string!(i18n, status.update_later)}
                    </button>
                </div>
            })}
        </div>
    }
    .into_any()
}
