//! Typographic rules that the dataset's validator and the locale files' tests share: French
//! spacing around « : ; ! ? » and guillemets, and numbers grouped as each locale writes them
//! (the grouping itself is `format::number`'s, so that text and figure cards agree).

use super::format;
use super::Locale;

/// What French takes before « : ; ! ? » and inside « guillemets »: a no-break space
/// (U+00A0) or a narrow one (U+202F), so that the sign never starts a line.
const NO_BREAK: [char; 2] = ['\u{A0}', '\u{202F}'];

/// An ordinary space where French takes a no-break one, or guillemets without any space.
/// A sign with no space before it is let through: it belongs to a quoted English title
/// ("UCLG 2004-2010: 6 years…"), an address or a URL.
pub fn french_spacing(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let problem = match c {
            ':' | ';' | '!' | '?' if before == Some(' ') => "an ordinary space before",
            '«' if after.is_none_or(|a| !NO_BREAK.contains(&a)) => "no no-break space after",
            '»' if before.is_none_or(|b| !NO_BREAK.contains(&b)) => "no no-break space before",
            _ => continue,
        };
        return Some(format!(
            "{problem} `{c}` in “{}”: French takes a no-break space (U+00A0 or U+202F)",
            around(&chars, i)
        ));
    }
    None
}

/// A number written otherwise than `format::number` writes it in `locale`: grouped with
/// another separator (`240 000` in Spanish, `1 000` with an ordinary space in French), or
/// not grouped where the locale groups (`1000` in French and English, `240000` anywhere).
/// Four digits between 1800 and 2100 read as a year; a number starting with 0 (a postcode),
/// after `+` (a telephone number) or inside a word or an address (`p=25753`) is not a count.
pub fn number_grouping(text: &str, locale: Locale) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        if !chars[i].is_ascii_digit() || prev.is_some_and(char::is_alphanumeric) {
            i += 1;
            continue;
        }
        let start = i;
        let lead = run(&chars, i);
        i += lead;
        // Groups of three after a separator, when the leading group could start one.
        if lead <= 3 {
            while chars.get(i).is_some_and(|c| is_separator(*c))
                && run(&chars, i + 1) == 3
                && !chars.get(i + 4).is_some_and(|c| c.is_alphanumeric())
            {
                i += 4;
            }
        }
        let written: String = chars[start..i].iter().collect();
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        let is_count = !(digits.starts_with('0')
            || prev.is_some_and(|p| "+=/#-_.,".contains(p))
            || chars.get(i).is_some_and(|c| c.is_alphabetic()));
        if !is_count {
            continue;
        }
        let Ok(value) = digits.parse::<u64>() else {
            continue;
        };
        let is_year = digits.len() == 4 && (1800..=2100).contains(&value);
        let grouped = written.len() != digits.len();
        if !grouped && is_year {
            continue;
        }
        let want = format::number(value, locale);
        if written != want {
            return Some(format!(
                "the number `{}` is written `{}` in {}, as `format::number` writes it",
                visible(&written),
                visible(&want),
                locale.tag(),
            ));
        }
    }
    None
}

/// Digit grouping separators any locale might use.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '.' | ',')
}

/// The number of ASCII digits from `i` on.
fn run(chars: &[char], i: usize) -> usize {
    chars.get(i..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_digit()).count()
    })
}

/// A few characters either side of `i`, for the message.
fn around(chars: &[char], i: usize) -> String {
    let from = i.saturating_sub(20);
    let to = (i + 20).min(chars.len());
    visible(&chars[from..to].iter().collect::<String>())
}

/// Spaces a reader cannot tell apart, named: `240<U+202F>000`, `1<U+00A0>000`.
fn visible(text: &str) -> String {
    text.replace('\u{202F}', "<U+202F>")
        .replace('\u{A0}', "<U+00A0>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_takes_no_break_spaces() {
        for good in [
            "Siège\u{A0}: Barcelone",
            "Qui sommes-nous\u{202F}?",
            "Zoom\u{A0}: molette\u{202F}; 0 revient\u{202F}!",
            "le bouton «\u{A0}Intégrer\u{A0}» à côté",
            "«\u{202F}UCLG 2004-2010: 6 years Making History\u{202F}»",
            "https://uclg.org/?p=25753",
            "sans signe",
        ] {
            assert_eq!(french_spacing(good), None, "{good}");
        }
        let bad = [
            ("Siège : Barcelone", "an ordinary space before `:`"),
            ("Qui sommes-nous ?", "an ordinary space before `?`"),
            ("zoom\u{A0}; glisser ; 0", "an ordinary space before `;`"),
            ("Attention !", "an ordinary space before `!`"),
            ("le bouton « Intégrer\u{A0}»", "no no-break space after `«`"),
            ("le bouton «Intégrer\u{A0}»", "no no-break space after `«`"),
            (
                "le bouton «\u{A0}Intégrer »",
                "no no-break space before `»`",
            ),
            ("«", "no no-break space after `«`"),
        ];
        for (text, problem) in bad {
            let found = french_spacing(text).unwrap_or_default();
            assert!(found.starts_with(problem), "{text}: {found}");
        }
        assert_eq!(
            french_spacing("Page affichée :").as_deref(),
            Some(
                "an ordinary space before `:` in “Page affichée :”: French takes a no-break \
                 space (U+00A0 or U+202F)"
            )
        );
    }

    #[test]
    fn numbers_are_written_as_format_number_writes_them() {
        let ok = [
            (
                Locale::Fr,
                "Plus de 1\u{202F}000 villes, 240\u{202F}000 membres en 2004",
            ),
            (
                Locale::En,
                "More than 1,000 cities, 240,000 members in 2004",
            ),
            (Locale::Es, "Más de 1000 ciudades, 240.000 miembros en 2004"),
            (Locale::Es, "7000 millones, 2,5 puntos, 155 de 192"),
            (
                Locale::En,
                "+34 933 428 750, 08002 Barcelona, ?p=25753, 2004-2010",
            ),
            (
                Locale::Fr,
                "entre 2004 et 2010, 2000, 1996, 4,8 ko, 17 commissions",
            ),
            (Locale::En, "In 2010, 2016 and 2022; 1.5 million"),
        ];
        for (locale, text) in ok {
            assert_eq!(number_grouping(text, locale), None, "{text}");
        }
        let bad = [
            (
                Locale::Fr,
                "Plus de 1000 villes",
                "`1000` is written `1<U+202F>000` in fr",
            ),
            (
                Locale::Fr,
                "plus de 240 000 membres",
                "`240 000` is written `240<U+202F>000`",
            ),
            (
                Locale::Fr,
                "plus de 240\u{A0}000 membres",
                "`240<U+00A0>000` is written `240<U+202F>000`",
            ),
            (
                Locale::Es,
                "más de 240\u{A0}000 miembros",
                "`240<U+00A0>000` is written `240.000` in es",
            ),
            (
                Locale::Es,
                "Más de 1.000 ciudades",
                "`1.000` is written `1000` in es",
            ),
            (
                Locale::En,
                "more than 240 000 members",
                "`240 000` is written `240,000` in en",
            ),
            (Locale::En, "7000 cities", "`7000` is written `7,000` in en"),
            (
                Locale::Es,
                "240000 miembros",
                "`240000` is written `240.000` in es",
            ),
        ];
        for (locale, text, problem) in bad {
            let found = number_grouping(text, locale).unwrap_or_default();
            assert!(found.contains(problem), "{text}: {found}");
        }
    }
}
