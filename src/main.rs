//! Entry point of the browser build: mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(uclg_atlas::App);
}
