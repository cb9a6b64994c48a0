//! Entry point of the browser build: mounts the app, which takes the place of index.html's
//! first paint when its view is ready (state/first_paint.rs).

use std::time::Duration;

fn main() {
    console_error_panic_hook::set_once();
    // The browser compiles and instantiates the wasm, then runs `main`, in one task; the app
    // renders in a task of its own, so that neither keeps a mid-range phone's main thread
    // busy for long (Total Blocking Time). The prerendered page is on screen meanwhile.
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(uclg_atlas::App),
        Duration::ZERO,
    );
}
