//! Offline use and safe updates: the service worker's registration and the network state,
//! which the chrome's notice (`components/app_status.rs`) shows.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// The service worker's script, next to index.html (`scripts/postbuild/sw.mjs`).
const SCRIPT: &str = "sw.js";
/// What the waiting worker takes as the visitor's consent (public/sw.js).
const SKIP_WAITING: &str = "skip-waiting";

/// The app's connection and update state, shared with the notice in the chrome.
#[derive(Clone, Copy)]
pub struct AppStatus {
    /// A new build is installed and waits for the visitor's consent.
    update_waiting: RwSignal<bool>,
    /// The registration, once the browser has it.
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// The visitor accepted the update: the page reloads when the new worker takes control.
    accepted: StoredValue<bool>,
    online: RwSignal<bool>,
}

/// Registers the service worker (`sw.js`, generated at build time with the precache list)
/// and follows the network state. Call once, in `App`.
pub fn provide_app_status() {
    let window = leptos::prelude::window();
    let online = RwSignal::new(window.navigator().on_line());
    window_event_listener(leptos::ev::online, move |_| online.set(true));
    window_event_listener(leptos::ev::offline, move |_| online.set(false));
    let status = AppStatus {
        update_waiting: RwSignal::new(false),
        registration: StoredValue::new_local(None),
        accepted: StoredValue::new(false),
        online,
    };
    provide_context(status);
    // Without a service worker (an insecure origin, some private windows), the app works
    // online as any page does.
    let navigator = window.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"));
    if container.is_ok_and(|c| !c.is_undefined()) {
        spawn_local(status.register(navigator.service_worker()));
    }
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
        self.accepted.set_value(true);
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        if let Some(worker) = waiting {
            let _ = worker.post_message(&SKIP_WAITING.into());
        }
    }

    /// Registers the worker and follows its updates: a new build's worker, once installed
    /// while another controls the page, waits for the visitor (the notice). A visitor back
    /// on the site asks once for a newer build; the browser looks for one on its own too.
    async fn register(self, container: ServiceWorkerContainer) {
        // The page reloads when the new worker takes control, but only after the visitor
        // accepted: the first install also changes the controller, and must not reload.
        let on_controller_change = Closure::<dyn Fn()>::new(move || {
            if self.accepted.get_value() {
                crate::state::browser::reload();
            }
        });
        container
            .set_oncontrollerchange(Some(on_controller_change.into_js_value().unchecked_ref()));
        // Not a registration: a browser told not to run service workers (the prerender's).
        let registration = match JsFuture::from(container.register(SCRIPT)).await {
            Ok(registration) => match registration.dyn_into::<ServiceWorkerRegistration>() {
                Ok(registration) => registration,
                Err(_) => return,
            },
            Err(err) => {
                leptos::logging::warn!("the service worker could not be registered: {err:?}");
                return;
            }
        };
        self.registration.set_value(Some(registration.clone()));
        let follow = {
            let registration = registration.clone();
            let container = container.clone();
            move || {
                let waiting = registration.waiting().is_some() && container.controller().is_some();
                self.update_waiting.try_set(waiting);
            }
        };
        // A worker that was installing when the page asked resolves the registration only
        // once installed (the browser queues the two): it waits by now, if it does.
        follow();
        // Each new worker's states, until it waits (or, on a first visit, takes control).
        let on_state = Closure::<dyn Fn()>::new(follow).into_js_value();
        let on_update_found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                if let Some(worker) = registration.installing() {
                    worker.set_onstatechange(Some(on_state.unchecked_ref()));
                }
            })
        };
        registration.set_onupdatefound(Some(on_update_found.into_js_value().unchecked_ref()));
        if registration.active().is_some() {
            let _ = registration.update();
        }
    }
}
