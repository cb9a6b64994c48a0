//! A page's address as a QR code, for its printed brief: the matrix from Nayuki's
//! `qrcodegen` (no dependencies), drawn here as one SVG path, so the app needs no image
//! and no JavaScript to show it.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The light margin around the code that readers need to find it: 4 modules (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

/// A QR code drawn as SVG: its side in modules, the quiet zone included (the `viewBox` is
/// `0 0 side side`), and the path of its dark modules.
#[derive(Clone, Debug, PartialEq)]
pub struct QrSvg {
    pub side: usize,
    /// Each row's runs of dark modules as rectangles (`M5 4h3v1h-3z`): one path, a few
    /// kilobytes for an address, where a `<rect>` per module would be ten times more.
    pub path: String,
}

/// The QR code of `text` at error correction level M (15 % of the code can be lost, a
/// fold or a smudge on paper), in byte mode; `None` if `text` is too long for any
/// version (about 2,300 bytes), which no page's address is.
pub fn svg(text: &str) -> Option<QrSvg> {
    // Byte mode only: an address is mixed case, and the encoder's numeric and alphanumeric
    // modes would bring their code into the wasm for nothing.
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        true,
    )
    .ok()?;
    let size = code.size();
    let dark = |x: i32, y: i32| code.get_module(x, y);
    Some(QrSvg {
        side: size as usize + 2 * QUIET_ZONE,
        path: path(size, dark),
    })
}

/// The path of a `size`×`size` matrix's dark modules, shifted by the quiet zone: a
/// rectangle per horizontal run.
fn path(size: i32, dark: impl Fn(i32, i32) -> bool) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let q = QUIET_ZONE as i32;
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && dark(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(out, "M{} {}h{run}v1h-{run}z", start + q, y + q);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules the path paints, read back from its `M x y h n` commands.
    fn painted(svg: &QrSvg) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; svg.side]; svg.side];
        for rect in svg.path.split('M').filter(|r| !r.is_empty()) {
            let (head, _) = rect.split_once('v').expect("a run ends with v1h-nz");
            let (xy, run) = head.split_once('h').expect("a run has a length");
            let (x, y) = xy.split_once(' ').expect("x y");
            let (x, y, run): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            assert!(rect.ends_with(&format!("v1h-{run}z")), "{rect}");
            for cell in &mut grid[y][x..x + run] {
                assert!(!*cell, "a module painted twice at {x} {y}");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_paints_exactly_the_dark_modules_inside_a_quiet_zone() {
        let address = "https://atlas.example.org/es/objectives/leadership-and-governance";
        let svg = svg(address).expect("an address fits");
        let code = QrCode::encode_segments_advanced(
            &[QrSegment::make_bytes(address.as_bytes())],
            QrCodeEcc::Medium,
            Version::MIN,
            Version::MAX,
            None,
            true,
        )
        .unwrap();
        let size = code.size() as usize;
        assert_eq!(svg.side, size + 8);
        let grid = painted(&svg);
        for (y, row) in grid.iter().enumerate() {
            for (x, &cell) in row.iter().enumerate() {
                let inside = (QUIET_ZONE..QUIET_ZONE + size).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + size).contains(&y);
                let expected =
                    inside && code.get_module((x - QUIET_ZONE) as i32, (y - QUIET_ZONE) as i32);
                assert_eq!(cell, expected, "module {x} {y}");
            }
        }
        // The finder pattern's corner, top left: dark, right after the quiet zone.
        assert!(grid[4][4] && !grid[3][4] && !grid[4][3]);
    }

    #[test]
    fn an_address_is_a_small_code_and_too_much_text_is_none() {
        // 66 bytes at level M: version 5, 37 modules, 45 with the quiet zone.
        let svg = svg("https://atlas.example.org/es/objectives/leadership-and-governance").unwrap();
        assert_eq!(svg.side, 45);
        assert!(svg.path.len() < 6_000, "{} bytes of path", svg.path.len());
        assert_eq!(super::svg(&"x".repeat(3_000)), None);
    }
}
