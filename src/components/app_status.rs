//! The "new version available" notice and the offline indicator (`state::app_status`).

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};
use crate::state::app_status::use_app_status;

/// The "new version available" notice and the offline indicator.
#[component]
pub fn AppStatusBar() -> impl IntoView {
    let i18n = use_i18n();
    let Some(status) = use_app_status() else {
        return ().into_any();
    };
    let dismissed = RwSignal::new(false);
    view! {
        <div class="app-status" role="status">
            {move || (!status.online()).then(|| view! {
                <p class="app-status__offline" data-testid="offline-indicator">{t_string!(i18n, status.offline)}</p>
            })}
            {move || (status.update_waiting() && !dismissed.get()).then(|| view! {
                <div class="app-status__update" data-testid="update-notice">
                    <p>{t_string!(i18n, status.update_available)}</p>
                    <button
                        type="button"
                        class="button"
                        data-testid="update-accept"
                        on:click=move |_| status.accept_update()
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
