//! Numbers, counts and dates in each locale's conventions, as CLDR writes them.
//!
//! Done here rather than with the browser's `Intl`: its first call loads ICU data on the
//! main thread (about 30 ms of a phone's first render), and its output differs between
//! browsers and versions. Our three locales need little: digit grouping, the singular of
//! a count and month names. (ICU4X's plural rules cost 10 KB of the compressed wasm for
//! what is one comparison here.)

use super::{IsoDate, Locale};

/// A whole number with the locale's digit grouping: `240 000` (with a narrow no-break
/// space), `240,000`, `240.000`. Spanish groups only from five digits (`1000`, `10.000`).
pub fn number(value: u64, locale: Locale) -> String {
    let digits = value.to_string();
    let (separator, min_digits) = match locale {
        Locale::Fr => ('\u{202F}', 4),
        Locale::En => (',', 4),
        Locale::Es => ('.', 5),
    };
    if digits.len() < min_digits {
        return digits;
    }
    // The separator may take 3 bytes (U+202F).
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The plural form of a count: which of a count sentence's two forms (`one`, `other` in
/// `locales/`) a language takes for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// CLDR's cardinal rule for a whole number: `one` for 0 and 1 in French (`i = 0,1`), for 1
/// alone in English and Spanish (`n = 1`). CLDR's French and Spanish `many` (a million and
/// its multiples: "1 million de pays") has no sentence of its own here and reads as `other`,
/// which is what ICU falls back to for a missing form.
pub fn plural(count: u64, locale: Locale) -> Plural {
    let one = match locale {
        Locale::Fr => count <= 1,
        Locale::En | Locale::Es => count == 1,
    };
    if one {
        Plural::One
    } else {
        Plural::Other
    }
}

/// A file size as each locale writes it, in decimal units (1 kB = 1000 bytes) with one
/// decimal below 100 units: `850 o`, `4,8 ko`, `214 ko` / `4.8 kB` / `4,8 kB`.
pub fn size(bytes: u64, locale: Locale) -> String {
    let (units, decimal) = match locale {
        Locale::Fr => (["o", "ko", "Mo"], ','),
        Locale::En => (["B", "kB", "MB"], '.'),
        Locale::Es => (["B", "kB", "MB"], ','),
    };
    if bytes < 1000 {
        return format!("{bytes}\u{A0}{}", units[0]);
    }
    // In thousandths of the unit, then rounded to tenths.
    let (thousandths, unit) = if bytes < 999_500 {
        (bytes, units[1])
    } else {
        (bytes / 1000, units[2])
    };
    let tenths = (thousandths + 50) / 100;
    if tenths < 1000 {
        format!("{}{decimal}{}\u{A0}{unit}", tenths / 10, tenths % 10)
    } else {
        format!("{}\u{A0}{unit}", number((thousandths + 500) / 1000, locale))
    }
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The year of an ISO 8601 date: `2019` for `2019-11`; 0 for what is not a date (the
/// validator refuses those).
pub fn year(iso: &str) -> u16 {
    IsoDate::parse(iso).map_or(0, |d| d.year)
}

/// An ISO 8601 date (`1996`, `2004-05`, `2012-04-05`) in words, as precise as the date
/// itself: `5 avril 2012`, `April 5, 2012`, `5 de abril de 2012`; `mai 2004`, `May 2004`,
/// `mayo de 2004`. Anything else is returned as it is.
pub fn date(iso: &str, locale: Locale) -> String {
    let Some(IsoDate {
        year,
        month: Some(month),
        day,
    }) = IsoDate::parse(iso)
    else {
        return iso.to_owned();
    };
    let i = month as usize - 1;
    match (locale, day) {
        (Locale::Fr, None) => format!("{} {year}", MONTHS_FR[i]),
        (Locale::Fr, Some(d)) => format!("{d} {} {year}", MONTHS_FR[i]),
        (Locale::En, None) => format!("{} {year}", MONTHS_EN[i]),
        (Locale::En, Some(d)) => format!("{} {d}, {year}", MONTHS_EN[i]),
        (Locale::Es, None) => format!("{} de {year}", MONTHS_ES[i]),
        (Locale::Es, Some(d)) => format!("{d} de {} de {year}", MONTHS_ES[i]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_each_locale_does() {
        let cases = [
            (7, ["7", "7", "7"]),
            (400, ["400", "400", "400"]),
            (1000, ["1\u{202F}000", "1,000", "1000"]),
            (10_000, ["10\u{202F}000", "10,000", "10.000"]),
            (240_000, ["240\u{202F}000", "240,000", "240.000"]),
            (
                1_234_567,
                ["1\u{202F}234\u{202F}567", "1,234,567", "1.234.567"],
            ),
        ];
        for (value, expected) in cases {
            for (locale, want) in Locale::ALL.into_iter().zip(expected) {
                assert_eq!(number(value, locale), want, "{value} in {locale:?}");
            }
        }
    }

    #[test]
    fn counts_take_cldr_s_cardinal_form() {
        use Plural::{One, Other};
        // CLDR's examples for each language's `one` and `other` (whole numbers).
        let cases = [
            (0, [One, Other, Other]),
            (1, [One, One, One]),
            (2, [Other, Other, Other]),
            (17, [Other, Other, Other]),
            (100, [Other, Other, Other]),
            (1_000_000, [Other, Other, Other]),
        ];
        for (count, expected) in cases {
            for (locale, want) in Locale::ALL.into_iter().zip(expected) {
                assert_eq!(plural(count, locale), want, "{count} in {locale:?}");
            }
        }
    }

    #[test]
    fn sizes_in_decimal_units() {
        let cases = [
            (850, ["850\u{A0}o", "850\u{A0}B", "850\u{A0}B"]),
            (4770, ["4,8\u{A0}ko", "4.8\u{A0}kB", "4,8\u{A0}kB"]),
            (99_960, ["100\u{A0}ko", "100\u{A0}kB", "100\u{A0}kB"]),
            (214_144, ["214\u{A0}ko", "214\u{A0}kB", "214\u{A0}kB"]),
            (999_499, ["999\u{A0}ko", "999\u{A0}kB", "999\u{A0}kB"]),
            (999_940, ["1,0\u{A0}Mo", "1.0\u{A0}MB", "1,0\u{A0}MB"]),
            (2_345_678, ["2,3\u{A0}Mo", "2.3\u{A0}MB", "2,3\u{A0}MB"]),
        ];
        for (bytes, expected) in cases {
            for (locale, want) in Locale::ALL.into_iter().zip(expected) {
                assert_eq!(size(bytes, locale), want, "{bytes} in {locale:?}");
            }
        }
    }

    #[test]
    fn dates_are_as_precise_as_the_data() {
        assert_eq!(date("2004-05", Locale::Fr), "mai 2004");
        assert_eq!(date("2004-05", Locale::En), "May 2004");
        assert_eq!(date("2004-05", Locale::Es), "mayo de 2004");
        assert_eq!(date("2012-04-05", Locale::Fr), "5 avril 2012");
        assert_eq!(date("2012-04-05", Locale::En), "April 5, 2012");
        assert_eq!(date("2012-04-05", Locale::Es), "5 de abril de 2012");
        assert_eq!(date("1996", Locale::Fr), "1996");
        assert_eq!(year("2019-11"), 2019);
        assert_eq!(year("2012-04-05"), 2012);
        assert_eq!(year("1996"), 1996);
    }

    #[test]
    fn what_is_not_a_date_is_shown_as_it_is() {
        for odd in [
            "",
            "2004-13",
            "2004-00",
            "2004-05-32",
            "mai 2004",
            "2004-05-01-02",
        ] {
            assert_eq!(date(odd, Locale::En), odd);
        }
    }
}
