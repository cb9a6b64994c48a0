//! ISO 8601 dates as the dataset writes them, as precise as the source: `1996`, `2004-05`,
//! `2012-04-05`. Parsed here only; validation, formatting, the timeline's scale and the
//! terms of office read the parts.

/// A date of year, month or day precision.
///
/// Ordered as time runs, a less precise date first among those it contains (`2022-10`
/// before `2022-10-05`): a term that ends in `2022-10` has ended on `2022-10-01`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate {
    pub year: u16,
    /// 1–12.
    pub month: Option<u8>,
    /// 1–31 (not checked against the month's length).
    pub day: Option<u8>,
}

/// The date as ISO 8601 writes it, as precise as it is: `1996`, `2004-05`, `2012-04-05`.
impl std::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl IsoDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 1–12 and a day 1–31; `None` for
    /// anything else.
    pub fn parse(text: &str) -> Option<IsoDate> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4, 1..=9999)?;
        // A part that is there must be valid: `?` inside, on the part's own parse.
        let month = match parts.next() {
            Some(m) => Some(number(m, 2, 1..=12)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(number(d, 2, 1..=31)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(IsoDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// Whether the date names a day.
    pub fn is_day(&self) -> bool {
        self.day.is_some()
    }

    /// The date as a fractional year at the middle of the period it names (`1996` is
    /// 1996.5), for a time scale.
    pub fn fractional_year(&self) -> f64 {
        let year = f64::from(self.year);
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                year + f64::from(month - 1) / 12.0 + f64::from(day - 1) / 365.0
            }
            (Some(month), None) => year + (f64::from(month) - 0.5) / 12.0,
            _ => year + 0.5,
        }
    }
}

/// A field of `len` ASCII digits whose value is in `range`.
fn number(field: &str, len: usize, range: std::ops::RangeInclusive<u16>) -> Option<u16> {
    let digits = field.len() == len && field.bytes().all(|b| b.is_ascii_digit());
    let value = field.parse().ok().filter(|v| range.contains(v));
    value.filter(|_| digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_written_back_as_precise_as_it_was_read() {
        for text in ["1996", "2004-05", "2012-04-05", "0800"] {
            assert_eq!(IsoDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn reads_each_precision_and_refuses_the_rest() {
        let day = IsoDate::parse("2012-04-05").unwrap();
        assert_eq!((day.year, day.month, day.day), (2012, Some(4), Some(5)));
        assert_eq!(IsoDate::parse("2004-05").unwrap().month, Some(5));
        assert_eq!(IsoDate::parse("1996").unwrap().month, None);
        for bad in [
            "",
            "96",
            "1996-5",
            "1996-13",
            "1996-00",
            "1996-01-32",
            "1996-01-01-01",
            "1996/01",
            "+996",
            "２０１２",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn orders_a_month_before_its_days() {
        let month = IsoDate::parse("2022-10").unwrap();
        assert!(month <= IsoDate::parse("2022-10-01").unwrap());
        assert!(month > IsoDate::parse("2022-09-30").unwrap());
        assert!(IsoDate::parse("2022").unwrap() < month);
    }

    #[test]
    fn a_fractional_year_is_the_middle_of_the_period() {
        assert_eq!(IsoDate::parse("1996").unwrap().fractional_year(), 1996.5);
        let may = IsoDate::parse("2004-05").unwrap().fractional_year();
        assert!((may - (2004.0 + 4.5 / 12.0)).abs() < 1e-9);
        let first = IsoDate::parse("2012-01-01").unwrap().fractional_year();
        assert!((first - 2012.0).abs() < 1e-9);
    }
}
