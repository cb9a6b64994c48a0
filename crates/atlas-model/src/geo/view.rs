//! The visible part of the map, as the SVG `viewBox`: zoom, pan and fit, kept inside the
//! world. Zooming and panning only ever change this box (the paths are projected once), so
//! the browser merely re-rasterises the same geometry.

use super::BBox;

/// The closest zoom: a sixteenth of the world's width fills the map.
pub const MAX_ZOOM: f64 = 16.0;
/// Zoom factor of one step (the +/− buttons and keys).
pub const ZOOM_STEP: f64 = 1.5;
/// Keyboard pan: this fraction of the visible width or height per arrow press.
pub const PAN_STEP: f64 = 0.1;
/// Room left around a section when zooming to it, as a fraction of its box.
pub const FIT_MARGIN: f64 = 0.08;

/// An SVG viewBox: the rectangle of map coordinates shown in the frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// What a key does to the map, see [`key_action`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MapAction {
    /// Multiply the zoom by this factor, around the centre.
    Zoom(f64),
    /// Move the view by these fractions of its width and height.
    Pan(f64, f64),
    /// Back to the whole world.
    Reset,
}

/// The map's keyboard shortcuts (`KeyboardEvent.key`): `+`/`=` zoom in, `-` zoom out,
/// arrows pan, `0` or Home resets. Other keys (Tab, Enter, …) keep their usual meaning.
pub fn key_action(key: &str) -> Option<MapAction> {
    Some(match key {
        "+" | "=" | "Add" => MapAction::Zoom(ZOOM_STEP),
        "-" | "_" | "Subtract" => MapAction::Zoom(1.0 / ZOOM_STEP),
        "ArrowLeft" | "Left" => MapAction::Pan(-PAN_STEP, 0.0),
        "ArrowRight" | "Right" => MapAction::Pan(PAN_STEP, 0.0),
        "ArrowUp" | "Up" => MapAction::Pan(0.0, -PAN_STEP),
        "ArrowDown" | "Down" => MapAction::Pan(0.0, PAN_STEP),
        "0" | "Home" => MapAction::Reset,
        _ => return None,
    })
}

impl ViewBox {
    /// The whole map, `0 0 width height`.
    pub fn world(width: f64, height: f64) -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
        }
    }

    /// The value of the `viewBox` attribute: two decimals are below a pixel at any zoom.
    pub fn attr(&self) -> String {
        [self.x, self.y, self.w, self.h]
            .map(|v| fixed(v, 2))
            .join(" ")
    }

    /// How many times closer than the whole `world` this view is.
    pub fn zoom(&self, world: ViewBox) -> f64 {
        world.w / self.w
    }

    /// The map point at fractions `(fx, fy)` of the frame (0 = left/top, 1 = right/bottom).
    pub fn at(&self, fx: f64, fy: f64) -> (f64, f64) {
        (self.x + fx * self.w, self.y + fy * self.h)
    }

    /// Where the map point `(x, y)` is in the frame, as fractions (outside 0..1: off screen).
    pub fn fraction(&self, x: f64, y: f64) -> (f64, f64) {
        ((x - self.x) / self.w, (y - self.y) / self.h)
    }

    /// Zooms by `factor` (> 1: closer) keeping the map point `(px, py)` where it is on
    /// screen, as under the mouse wheel or between two pinching fingers.
    pub fn zoom_at(self, factor: f64, (px, py): (f64, f64), world: ViewBox) -> ViewBox {
        let w = (self.w / factor).clamp(world.w / MAX_ZOOM, world.w);
        let k = w / self.w;
        ViewBox {
            x: px - (px - self.x) * k,
            y: py - (py - self.y) * k,
            w,
            h: self.h * k,
        }
        .clamped(world)
    }

    /// Moves the view by `(dx, dy)` map units, stopping at the world's edges.
    pub fn pan(self, dx: f64, dy: f64, world: ViewBox) -> ViewBox {
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(world)
    }

    /// The view that shows `bbox` with a margin, centred, in the world's proportions.
    pub fn fit(bbox: BBox, world: ViewBox) -> ViewBox {
        let aspect = world.w / world.h;
        let bw = (bbox.max_x - bbox.min_x) * (1.0 + 2.0 * FIT_MARGIN);
        let bh = (bbox.max_y - bbox.min_y) * (1.0 + 2.0 * FIT_MARGIN);
        let w = bw.max(bh * aspect).clamp(world.w / MAX_ZOOM, world.w);
        let h = w / aspect;
        let (cx, cy) = (
            (bbox.min_x + bbox.max_x) / 2.0,
            (bbox.min_y + bbox.max_y) / 2.0,
        );
        ViewBox {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
        .clamped(world)
    }

    /// Applies a keyboard action.
    pub fn apply(self, action: MapAction, world: ViewBox) -> ViewBox {
        match action {
            MapAction::Zoom(factor) => self.zoom_at(factor, self.at(0.5, 0.5), world),
            MapAction::Pan(fx, fy) => self.pan(fx * self.w, fy * self.h, world),
            MapAction::Reset => world,
        }
    }

    /// The view `t` of the way (0..=1) from `self` to `to`: the size changes geometrically,
    /// so a zoom animation seems to move at a steady pace.
    pub fn towards(self, to: ViewBox, t: f64) -> ViewBox {
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        let w = (lerp(self.w.ln(), to.w.ln())).exp();
        let (cx, cy) = (
            lerp(self.x + self.w / 2.0, to.x + to.w / 2.0),
            lerp(self.y + self.h / 2.0, to.y + to.h / 2.0),
        );
        let h = w * self.h / self.w;
        ViewBox {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
    }

    /// Within the world's size limits and edges: never smaller than `1 / MAX_ZOOM` of it,
    /// never larger, never showing beyond its edges.
    pub fn clamped(self, world: ViewBox) -> ViewBox {
        let w = self.w.clamp(world.w / MAX_ZOOM, world.w);
        let h = w * world.h / world.w;
        let x = self.x.clamp(world.x, world.x + world.w - w);
        let y = self.y.clamp(world.y, world.y + world.h - h);
        ViewBox { x, y, w, h }
    }
}

/// `value` rounded to `decimals` (at most 6), without trailing zeros: `fixed(2.50, 2)` is
/// `2.5`. Integer arithmetic rather than `format!("{:.2}")`, which would bring the whole of
/// the standard library's float formatting into the wasm bundle for the map's attributes.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(6));
    let scaled = (value * scale as f64).round();
    if !scaled.is_finite() || scaled == 0.0 {
        return "0".to_owned();
    }
    let n = scaled.abs() as u64;
    let mut out = String::new();
    if scaled < 0.0 {
        out.push('-');
    }
    out.push_str(&(n / scale).to_string());
    let mut frac = n % scale;
    if frac != 0 {
        out.push('.');
        let mut digits = decimals.min(6);
        while frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        let text = frac.to_string();
        out.extend(std::iter::repeat_n('0', digits as usize - text.len()));
        out.push_str(&text);
    }
    out
}

/// Markers (seats, small states) keep their size on screen whatever the zoom: they are
/// drawn `scale` map units per CSS pixel. The value is rounded to steps of 2^(1/8) (9 %)
/// so that a zoom gesture restyles them a few times, not on every frame.
pub fn marker_scale(units_per_px: f64) -> f64 {
    if !(units_per_px.is_finite() && units_per_px > 0.0) {
        return 1.0;
    }
    let step = (units_per_px.log2() * 8.0).round() / 8.0;
    step.exp2()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLD: ViewBox = ViewBox {
        x: 0.0,
        y: 0.0,
        w: 1000.0,
        h: 500.0,
    };

    fn close(a: ViewBox, b: ViewBox) -> bool {
        [(a.x, b.x), (a.y, b.y), (a.w, b.w), (a.h, b.h)]
            .iter()
            .all(|(p, q)| (p - q).abs() < 1e-9)
    }

    #[test]
    fn zooms_around_a_point_and_back() {
        let v = WORLD.zoom_at(2.0, (250.0, 125.0), WORLD);
        assert!(close(
            v,
            ViewBox {
                x: 125.0,
                y: 62.5,
                w: 500.0,
                h: 250.0
            }
        ));
        // The point under the cursor stays under it.
        assert_eq!(v.fraction(250.0, 125.0), WORLD.fraction(250.0, 125.0));
        assert_eq!(v.zoom(WORLD), 2.0);
        assert!(close(v.zoom_at(0.5, (250.0, 125.0), WORLD), WORLD));
        // Never further than the world, never closer than MAX_ZOOM.
        assert!(close(WORLD.zoom_at(0.25, (10.0, 10.0), WORLD), WORLD));
        let deepest = WORLD.zoom_at(1e6, (500.0, 250.0), WORLD);
        assert_eq!(deepest.zoom(WORLD), MAX_ZOOM);
        assert_eq!(deepest.at(0.5, 0.5), (500.0, 250.0));
    }

    #[test]
    fn pans_within_the_world() {
        let v = WORLD.zoom_at(4.0, (500.0, 250.0), WORLD);
        let moved = v.pan(30.0, -20.0, WORLD);
        assert_eq!((moved.x - v.x, moved.y - v.y), (30.0, -20.0));
        let far = v.pan(5000.0, 5000.0, WORLD);
        assert_eq!((far.x + far.w, far.y + far.h), (1000.0, 500.0));
        let back = v.pan(-5000.0, -5000.0, WORLD);
        assert_eq!((back.x, back.y), (0.0, 0.0));
        // The whole world cannot move at all.
        assert_eq!(WORLD.pan(10.0, 10.0, WORLD), WORLD);
    }

    #[test]
    fn keyboard_actions() {
        assert_eq!(key_action("+"), Some(MapAction::Zoom(ZOOM_STEP)));
        assert_eq!(key_action("="), Some(MapAction::Zoom(ZOOM_STEP)));
        assert_eq!(key_action("-"), Some(MapAction::Zoom(1.0 / ZOOM_STEP)));
        assert_eq!(key_action("0"), Some(MapAction::Reset));
        assert_eq!(key_action("Tab"), None);
        assert_eq!(key_action("Enter"), None);
        let zoomed = WORLD.apply(key_action("+").unwrap(), WORLD);
        assert_eq!(zoomed.at(0.5, 0.5), WORLD.at(0.5, 0.5));
        assert!((zoomed.zoom(WORLD) - ZOOM_STEP).abs() < 1e-9);
        let right = zoomed.apply(key_action("ArrowRight").unwrap(), WORLD);
        assert!((right.x - zoomed.x - PAN_STEP * zoomed.w).abs() < 1e-9);
        let down = zoomed.apply(key_action("ArrowDown").unwrap(), WORLD);
        assert!((down.y - zoomed.y - PAN_STEP * zoomed.h).abs() < 1e-9);
        assert_eq!(down.apply(MapAction::Reset, WORLD), WORLD);
    }

    #[test]
    fn fits_a_box_in_the_world_proportions() {
        // A tall box: the height decides, the width follows the 2:1 world.
        let tall = BBox {
            min_x: 100.0,
            min_y: 100.0,
            max_x: 150.0,
            max_y: 200.0,
        };
        let v = ViewBox::fit(tall, WORLD);
        assert!((v.h - 100.0 * (1.0 + 2.0 * FIT_MARGIN)).abs() < 1e-9);
        assert!((v.w - 2.0 * v.h).abs() < 1e-9);
        assert_eq!(v.at(0.5, 0.5), (125.0, 150.0));
        // A box by the edge is shifted inside, a huge one is the world, a tiny one MAX_ZOOM.
        let edge = BBox {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 40.0,
            max_y: 20.0,
        };
        let v = ViewBox::fit(edge, WORLD);
        assert_eq!((v.x, v.y), (0.0, 0.0));
        let huge = BBox {
            min_x: -10.0,
            min_y: 0.0,
            max_x: 990.0,
            max_y: 480.0,
        };
        assert!(close(ViewBox::fit(huge, WORLD), WORLD));
        let dot = BBox::point(500.0, 250.0);
        assert_eq!(ViewBox::fit(dot, WORLD).zoom(WORLD), MAX_ZOOM);
    }

    #[test]
    fn animates_geometrically() {
        let end = ViewBox::fit(BBox::point(800.0, 100.0), WORLD);
        assert!(close(WORLD.towards(end, 0.0), WORLD));
        assert!(close(WORLD.towards(end, 1.0), end));
        let mid = WORLD.towards(end, 0.5);
        assert!((mid.w - (WORLD.w * end.w).sqrt()).abs() < 1e-9);
        assert!((mid.h / mid.w - 0.5).abs() < 1e-9);
    }

    #[test]
    fn formats_the_attribute() {
        let v = ViewBox {
            x: 1.0 / 3.0,
            y: 2.0,
            w: 500.125,
            h: 250.0,
        };
        assert_eq!(v.attr(), "0.33 2 500.13 250");
    }

    #[test]
    fn formats_fixed_decimals() {
        assert_eq!(fixed(2.5, 2), "2.5");
        assert_eq!(fixed(0.333_33, 2), "0.33");
        assert_eq!(fixed(500.125, 2), "500.13");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(fixed(-12.05, 1), "-12.1");
        assert_eq!(fixed(3.0, 3), "3");
        assert_eq!(fixed(0.012, 3), "0.012");
        assert_eq!(fixed(1.000_01, 3), "1");
        assert_eq!(fixed(f64::NAN, 2), "0");
        assert_eq!(fixed(1234.5678, 0), "1235");
    }

    #[test]
    fn marker_scale_is_stepped() {
        assert_eq!(marker_scale(1.0), 1.0);
        assert_eq!(marker_scale(2.0), 2.0);
        assert_eq!(marker_scale(1.02), 1.0);
        let s = marker_scale(1.1);
        assert!((s - 2f64.powf(1.0 / 8.0)).abs() < 1e-12);
        assert_eq!(marker_scale(0.0), 1.0);
        assert_eq!(marker_scale(f64::NAN), 1.0);
    }
}
