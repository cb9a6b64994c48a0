//! The hand-over from the first paint to the app. index.html's `#boot` is shown before
//! the wasm runs: a splash, or, in a release build, the page itself as prerendered at build
//! time (scripts/prerender.mjs). The app renders hidden behind it (style/main.css) and
//! takes its place once its own view is complete, in one frame: no loading notice in
//! between and, the markup being the same, no layout shift.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, FocusOptions, HtmlElement};

use crate::state::load::InFlight;

/// Removes `#boot` once the current view is complete: nothing it shows is loading any
/// more (`load::InFlight`: loaded, or failed and showing its error view with a retry; a 404
/// loads nothing). Views load through `load::Loader`, which counts its loads in progress.
pub fn hand_over_when_ready() {
    let in_flight = InFlight::use_context();
    Effect::new(move |_| {
        if in_flight.is_idle() {
            // Checked again a frame later, when every view has rendered: a redirect or a
            // map may have started a load meanwhile (the app stays hidden until then).
            request_animation_frame(move || {
                if in_flight.is_idle_untracked() {
                    if let Some(boot) = document().get_element_by_id("boot") {
                        let carried = Carried::take(&boot);
                        boot.remove();
                        // The prerendered page's head tags (scripts/prerender.mjs): the
                        // app's own, the same, are in place by now.
                        for tag in all(&document().query_selector_all("head [data-prerendered]")) {
                            tag.remove();
                        }
                        // Shows the app (style/main.css), in the same frame.
                        if let Some(root) = document().document_element() {
                            let _ = root.remove_attribute("data-booting");
                        }
                        carried.apply();
                    }
                }
            });
        }
    });
}

/// What a visitor did in the prerendered page before the app took over, for the same
/// elements of the app (matched by their order in the page, the markup being the same):
/// text typed in a field, a box ticked, the focus.
struct Carried {
    /// (element of the app, property, value), for fields whose state the visitor changed.
    fields: Vec<(Element, &'static str, JsValue)>,
    focus: Option<Element>,
}

const FIELDS: &str = "input, textarea, select";
const FOCUSABLE: &str = "a[href], button, input, textarea, select, [tabindex]";

impl Carried {
    fn take(boot: &Element) -> Carried {
        let app = |selector: &str| {
            all(&document().query_selector_all(&format!(":is({selector}):not(#boot *)")))
        };
        let fields = all(&boot.query_selector_all(FIELDS))
            .into_iter()
            .zip(app(FIELDS))
            .filter(|(old, new)| old.tag_name() == new.tag_name())
            .flat_map(|(old, new)| {
                // Only what the visitor changed: the prerendered page's own state is the
                // default (the app's may be newer, e.g. a code with this site's address).
                [("value", "defaultValue"), ("checked", "defaultChecked")]
                    .into_iter()
                    .filter_map(move |(property, default)| {
                        let (was, initially) = (get(&old, property), get(&old, default));
                        let changed = !initially.is_undefined() && was != initially;
                        (changed && was != get(&new, property))
                            .then(|| (new.clone(), property, was))
                    })
            })
            .collect();
        let active = document().active_element();
        let focus = active.filter(|a| boot.contains(Some(a))).and_then(|a| {
            let index = all(&boot.query_selector_all(FOCUSABLE))
                .iter()
                .position(|e| *e == a)?;
            app(FOCUSABLE).into_iter().nth(index)
        });
        Carried { fields, focus }
    }

    /// Sets the state and tells the app's handlers, as the visitor's own input would.
    fn apply(self) {
        let bubbling = web_sys::EventInit::new();
        bubbling.set_bubbles(true);
        for (element, property, value) in self.fields {
            let _ = js_sys::Reflect::set(&element, &JsValue::from_str(property), &value);
            let kind = if property == "checked" {
                "change"
            } else {
                "input"
            };
            if let Ok(event) = Event::new_with_event_init_dict(kind, &bubbling) {
                let _ = element.dispatch_event(&event);
            }
        }
        if let Some(element) = self.focus.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}

fn all(list: &Result<web_sys::NodeList, JsValue>) -> Vec<Element> {
    let Ok(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn get(element: &Element, property: &str) -> JsValue {
    js_sys::Reflect::get(element, &JsValue::from_str(property)).unwrap_or(JsValue::UNDEFINED)
}
