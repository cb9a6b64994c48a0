//! Zoom and pan with the mouse (wheel, drag), touch (drag, pinch) and keyboard, and what
//! hover and focus highlight. The view math lives in `model::geo::view`; here are only
//! the conversions from screen pixels and the bookkeeping of pointers.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, Event, KeyboardEvent, PointerEvent, WheelEvent};

use super::{Hover, MapState};
use crate::model::geo::{key_action, MapAction, ViewBox, MAX_ZOOM};

/// Movement, in CSS pixels, before a press becomes a drag: a slightly shaky click still
/// opens the section.
const DRAG_THRESHOLD: f64 = 5.0;
/// Wheel zoom per pixel of scroll: a notch of a mouse wheel (100 px) zooms by about 1.2.
const WHEEL_ZOOM: f64 = 0.002;

/// The pointers on the map and what the current press has done.
#[derive(Default)]
pub(super) struct Gesture {
    /// Pointers down: id and last position (client pixels).
    pointers: Vec<(i32, f64, f64)>,
    /// Where the first pointer went down.
    start: (f64, f64),
    dragging: bool,
    /// The last press moved the map: its click must not open a section.
    pub(super) dragged: bool,
}

pub(super) fn down(state: MapState, ev: &PointerEvent) {
    if ev.pointer_type() == "mouse" && ev.button() != 0 {
        return;
    }
    let (id, x, y) = (ev.pointer_id(), ev.client_x().into(), ev.client_y().into());
    // A mouse is a single pointer: one left over (released outside the map) is stale.
    let mouse = ev.pointer_type() == "mouse";
    state.gesture.update_value(|g| {
        if g.pointers.is_empty() || mouse {
            *g = Gesture {
                start: (x, y),
                ..Gesture::default()
            };
        }
        g.pointers.retain(|p| p.0 != id);
        g.pointers.push((id, x, y));
    });
}

pub(super) fn moved(state: MapState, ev: &PointerEvent) {
    let Some((svg, rect)) = frame(ev) else {
        return;
    };
    let (id, x, y): (i32, f64, f64) = (ev.pointer_id(), ev.client_x().into(), ev.client_y().into());
    let (pointers, start, dragging) = state
        .gesture
        .with_value(|g| (g.pointers.clone(), g.start, g.dragging));
    let Some(&(_, last_x, last_y)) = pointers.iter().find(|p| p.0 == id) else {
        if pointers.is_empty() && ev.pointer_type() != "touch" {
            hover(state, ev, &rect);
        }
        return;
    };
    let world = state.world;
    let view = state.view.get_untracked();
    let to_map = |(cx, cy): (f64, f64), v: ViewBox| {
        v.at(
            (cx - rect.left()) / rect.width(),
            (cy - rect.top()) / rect.height(),
        )
    };
    let next = match pointers.as_slice() {
        [_] => {
            if !dragging {
                if (x - start.0).hypot(y - start.1) < DRAG_THRESHOLD {
                    return;
                }
                // From now on the map follows this pointer, even outside the frame.
                let _ = svg.set_pointer_capture(id);
                state.hovered.set(None);
                state.stop();
            }
            let (ux, uy) = (view.w / rect.width(), view.h / rect.height());
            view.pan(-(x - last_x) * ux, -(y - last_y) * uy, world)
        }
        [a, b, ..] => {
            // Pinch: the other finger stays, this one moved from `last` to `(x, y)`.
            let other = if a.0 == id { b } else { a };
            let (ox, oy) = (other.1, other.2);
            let before = (last_x - ox).hypot(last_y - oy);
            let after = (x - ox).hypot(y - oy);
            if before < 1.0 || after < 1.0 {
                return;
            }
            state.stop();
            let mid_before = ((last_x + ox) / 2.0, (last_y + oy) / 2.0);
            let mid_after = ((x + ox) / 2.0, (y + oy) / 2.0);
            let zoomed = view.zoom_at(after / before, to_map(mid_before, view), world);
            let (ux, uy) = (zoomed.w / rect.width(), zoomed.h / rect.height());
            zoomed.pan(
                -(mid_after.0 - mid_before.0) * ux,
                -(mid_after.1 - mid_before.1) * uy,
                world,
            )
        }
        [] => return,
    };
    state.gesture.update_value(|g| {
        g.dragging = true;
        g.dragged = true;
        if let Some(p) = g.pointers.iter_mut().find(|p| p.0 == id) {
            (p.1, p.2) = (x, y);
        }
    });
    state.view.set(next);
}

pub(super) fn up(state: MapState, ev: &PointerEvent) {
    let id = ev.pointer_id();
    state.gesture.update_value(|g| {
        g.pointers.retain(|p| p.0 != id);
        if g.pointers.is_empty() {
            g.dragging = false;
        }
    });
}

pub(super) fn left(state: MapState, ev: &PointerEvent) {
    if ev.pointer_type() == "touch" {
        return;
    }
    let id = ev.pointer_id();
    // Pressed but not dragging (so not captured): the release will not reach the map.
    state.gesture.update_value(|g| {
        if !g.dragging {
            g.pointers.retain(|p| p.0 != id);
        }
    });
    if state.hovered.with_untracked(Option::is_some) {
        state.hovered.set(None);
    }
}

/// The wheel zooms around the mouse; zooming out of the whole world scrolls the page.
pub(super) fn wheel(state: MapState, ev: &WheelEvent) {
    let Some((_, rect)) = frame(ev) else {
        return;
    };
    let pixels = match ev.delta_mode() {
        WheelEvent::DOM_DELTA_LINE => 16.0,
        WheelEvent::DOM_DELTA_PAGE => rect.height(),
        _ => 1.0,
    };
    let factor = (-ev.delta_y() * pixels * WHEEL_ZOOM).exp();
    let view = state.view.get_untracked();
    let whole = view.w >= state.world.w - 0.01;
    if factor == 1.0 || (factor < 1.0 && whole) {
        return;
    }
    ev.prevent_default();
    if factor > 1.0 && view.zoom(state.world) >= MAX_ZOOM - 1e-9 {
        return;
    }
    state.stop();
    let at = view.at(
        (f64::from(ev.client_x()) - rect.left()) / rect.width(),
        (f64::from(ev.client_y()) - rect.top()) / rect.height(),
    );
    state.view.set(view.zoom_at(factor, at, state.world));
}

/// `+`, `-`, arrows and `0` on the map (a section link has focus).
pub(super) fn key(state: MapState, ev: &KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(action) = key_action(&ev.key()) else {
        return;
    };
    ev.prevent_default();
    let view = state.view.get_untracked();
    let next = match action {
        // Zoom towards the focused section's seat while it is in sight, else the centre.
        MapAction::Zoom(factor) => {
            let seat = state
                .focused
                .get_untracked()
                .and_then(|i| state.seats.with_value(|s| s.get(i).copied()))
                .filter(|&(x, y)| {
                    let (fx, fy) = view.fraction(x, y);
                    (0.0..=1.0).contains(&fx) && (0.0..=1.0).contains(&fy)
                });
            view.zoom_at(factor, seat.unwrap_or(view.at(0.5, 0.5)), state.world)
        }
        other => view.apply(other, state.world),
    };
    state.go(next);
}

/// A section link got the focus: highlight it and, if it is out of sight, bring it in.
pub(super) fn focus(state: MapState, i: usize) {
    state.focused.set(Some(i));
    let Some(b) = state.boxes.with_value(|b| b.get(i).copied()) else {
        return;
    };
    let v = state.view.get_untracked();
    let visible = b.max_x > v.x && b.min_x < v.x + v.w && b.max_y > v.y && b.min_y < v.y + v.h;
    if !visible {
        state.go(state.view_of(i));
    }
}

fn hover(state: MapState, ev: &PointerEvent, rect: &DomRect) {
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| {
            let link = el.closest("[data-section]").ok()??;
            let section = link.get_attribute("data-section")?.parse().ok()?;
            let country = el
                .closest("[data-code]")
                .ok()
                .flatten()
                .and_then(|c| c.get_attribute("data-code"));
            Some((section, country))
        });
    match target {
        Some((section, country)) => {
            let at = (
                (f64::from(ev.client_x()) - rect.left()) / rect.width(),
                (f64::from(ev.client_y()) - rect.top()) / rect.height(),
            );
            state.hovered.set(Some(Hover {
                section,
                country,
                at,
            }));
        }
        None => {
            if state.hovered.with_untracked(Option::is_some) {
                state.hovered.set(None);
            }
        }
    }
}

/// The element the handler is on (the SVG) and its box on screen.
fn frame(ev: &Event) -> Option<(Element, DomRect)> {
    let el: Element = ev.current_target()?.dyn_into().ok()?;
    let rect = el.get_bounding_client_rect();
    (rect.width() > 0.0 && rect.height() > 0.0).then_some((el, rect))
}
