//! Keeping the keyboard focus inside a region (a dialog, an open menu).

use wasm_bindgen::JsCast;

/// What the keyboard can reach.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex=\"-1\"])";

/// On Tab from the region's last control, focus its first; on Shift+Tab from its first,
/// its last. Call from the region's `keydown`; other keys pass.
pub fn cycle_focus(region: &web_sys::Element, ev: &web_sys::KeyboardEvent) {
    if ev.key() == "Tab" {
        cycle(&focusable(region), ev);
    }
}

/// The same for `first` followed by the region (a menu button and its panel).
pub fn cycle_focus_with(
    first: &web_sys::HtmlElement,
    region: &web_sys::Element,
    ev: &web_sys::KeyboardEvent,
) {
    if ev.key() == "Tab" {
        let mut controls = vec![first.clone()];
        controls.extend(focusable(region));
        cycle(&controls, ev);
    }
}

fn cycle(controls: &[web_sys::HtmlElement], ev: &web_sys::KeyboardEvent) {
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = leptos::prelude::document().active_element();
    let active = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlElement>());
    let (from, to) = if ev.shift_key() {
        (first, last)
    } else {
        (last, first)
    };
    if active == Some(from) {
        ev.prevent_default();
        let _ = to.focus();
    }
}

/// The region's controls that are shown, in document order.
fn focusable(region: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = region.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden controls (display: none, [hidden]) have no boxes.
        .filter(|el| el.get_client_rects().length() > 0)
        .collect()
}
