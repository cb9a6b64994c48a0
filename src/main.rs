//! Entry point of the browser build: mounts the app, which takes the place of index.html's
//! first paint when its view is ready (components/first_paint.rs).

fn main() {
    console_error_panic_hook::set_once();
    uclg_atlas::plurals::provide_plural_rules();
    leptos::mount::mount_to_body(uclg_atlas::App);
}
