//! Offline use and safe updates: the service worker's registration and the network state,
//! which the chrome's notice (`components/app_status.rs`) shows.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_use::{use_service_worker_with_options, UseServiceWorkerOptions};

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
                    crate::state::browser::reload();
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

/// The app's status, where the app follows it (not in embeds).
pub fn use_app_status() -> Option<AppStatus> {
    use_context::<AppStatus>()
}

impl AppStatus {
    /// Whether the browser is online (tracked).
    pub fn online(self) -> bool {
        self.online.get()
    }

    /// Whether a new build waits for the visitor's consent (tracked).
    pub fn update_waiting(self) -> bool {
        self.update_waiting.get()
    }

    /// Activates the waiting build; the page reloads once it has taken control.
    pub fn accept_update(self) {
        self.accept_update.with_value(|accept| accept());
    }
}
