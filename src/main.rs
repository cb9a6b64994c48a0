//! Entry point of the browser build: mounts the app in place of index.html's splash.

fn main() {
    console_error_panic_hook::set_once();
    if let Some(splash) = leptos::prelude::document().get_element_by_id("boot") {
        splash.remove();
    }
    leptos::mount::mount_to_body(uclg_atlas::App);
}
