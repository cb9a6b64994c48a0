//! The hand-over from the first paint to the app. index.html's `#boot` is shown before
//! the wasm runs: a splash, or, in a release build, the page itself as prerendered at build
//! time (scripts/prerender.mjs). The app renders hidden behind it (style/main.css) and
//! takes its place once its own view is complete, in one frame: no loading notice in
//! between and, the markup being the same, no layout shift.

use leptos::prelude::*;

use crate::data::use_dataset;

/// The parts of the first view still loading besides the dataset (the map's geometry).
#[derive(Clone, Copy)]
struct Holds(RwSignal<u32>);

/// Keeps the first paint on screen while it lives: a view takes one for data it loads on
/// its own, so that the app does not replace a complete prerendered page with a
/// placeholder.
pub struct Hold(RwSignal<u32>);

impl Drop for Hold {
    fn drop(&mut self) {
        self.0.try_update(|n| *n -= 1);
    }
}

/// A hold on the first paint, if it is still shown.
pub fn hold() -> Option<Hold> {
    let holds = use_context::<Holds>()?.0;
    document().get_element_by_id("boot")?;
    holds.update(|n| *n += 1);
    Some(Hold(holds))
}

/// Removes `#boot` once the current view is complete: its dataset loaded or failed (the
/// error view, with its retry, replaces the page) or not needed (a 404), and no holds.
pub fn hand_over_when_ready() {
    let holds = Holds(RwSignal::new(0));
    provide_context(holds);
    let data = use_dataset();
    Effect::new(move |_| {
        if !data.is_loading() && holds.0.get() == 0 {
            // Checked again a frame later, when every view has rendered: a redirect or a
            // map may have started a load meanwhile (the app stays hidden until then).
            request_animation_frame(move || {
                if !data.is_loading_untracked() && holds.0.get_untracked() == 0 {
                    if let Some(boot) = document().get_element_by_id("boot") {
                        boot.remove();
                    }
                }
            });
        }
    });
}
