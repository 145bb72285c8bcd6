//! Calendar dates without a time zone.
//!
//! Press releases carry a day, never a time, so a tiny proleptic-Gregorian
//! date type is all we need. It is deliberately free of `chrono`: the app
//! embeds these types, and every kilobyte of wasm is paid on every load.

use core::fmt;
use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// The year, 1 to 9999.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31 (checked against the month).
    pub day: u8,
}

impl Default for Date {
    /// 1970-01-01, the epoch of [`Date::days_since_epoch`].
    fn default() -> Date {
        Date {
            year: 1970,
            month: 1,
            day: 1,
        }
    }
}

/// Why a string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` with ASCII digits.
    Malformed,
    /// Well formed, but no such day exists (`2025-02-30`, month 13, year 0).
    Impossible,
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
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

/// English weekday names, Monday first, as `Date::weekday` counts them.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// Builds a date, checking that the day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if year == 0 || year > 9999 || !(1..=12).contains(&month) {
            return Err(DateError::Impossible);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Impossible);
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Malformed);
        }
        let num = |r: core::ops::Range<usize>| -> u16 {
            b[r].iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0'))
        };
        Date::new(num(0..4), num(5..7) as u8, num(8..10) as u8)
    }

    /// Days since 1970-01-01 (negative before), for differences and bucketing.
    ///
    /// Howard Hinnant's `days_from_civil`, exact for the whole range.
    pub fn days_since_epoch(self) -> i32 {
        let (m, d) = (i32::from(self.month), i32::from(self.day));
        let y = i32::from(self.year) - i32::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `z` days after 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`), clamped to years 1 to 9999.
    pub fn from_days_since_epoch(z: i32) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + i32::from(m <= 2);
        if y < 1 {
            return Date {
                year: 1,
                month: 1,
                day: 1,
            };
        }
        if y > 9999 {
            return Date {
                year: 9999,
                month: 12,
                day: 31,
            };
        }
        Date {
            year: y as u16,
            month: m,
            day: d,
        }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i32) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// Day of the week, 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }

    /// A short human form, `26 Sep 2025`.
    pub fn short(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS_SHORT[usize::from(self.month - 1)],
            self.year
        )
    }

    /// The day and month only, `26 Sep`, for ranges within one year.
    pub fn day_month(self) -> String {
        format!("{} {}", self.day, MONTHS_SHORT[usize::from(self.month - 1)])
    }
}

/// Formats a range of dates compactly: `26 Sep – 2 Oct 2025`, or
/// `3 Dec 2024 – 2 Jan 2025` across years, or one date when both are equal.
pub fn format_range(first: Date, last: Date) -> String {
    if first == last {
        first.short()
    } else if first.year == last.year {
        format!("{} – {}", first.day_month(), last.short())
    } else {
        format!("{} – {}", first.short(), last.short())
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO 8601, `2025-09-26`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date as (year, month, day), or why it is not one.
    type Parsed = Result<(u16, u8, u8), DateError>;

    #[test]
    fn parses_valid_and_rejects_invalid() {
        let cases: &[(&str, Parsed)] = &[
            ("2025-10-02", Ok((2025, 10, 2))),
            ("2024-02-29", Ok((2024, 2, 29))),
            ("2000-02-29", Ok((2000, 2, 29))),
            ("1900-02-29", Err(DateError::Impossible)),
            ("2025-02-30", Err(DateError::Impossible)),
            ("2025-13-01", Err(DateError::Impossible)),
            ("2025-04-31", Err(DateError::Impossible)),
            ("0000-01-01", Err(DateError::Impossible)),
            ("2025-1-01", Err(DateError::Malformed)),
            ("2025/10/02", Err(DateError::Malformed)),
            ("２０２５-10-02", Err(DateError::Malformed)),
            ("", Err(DateError::Malformed)),
        ];
        for (input, want) in cases {
            let got = Date::parse_iso(input).map(|d| (d.year, d.month, d.day));
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn days_since_epoch_is_consecutive_across_boundaries() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        let a = Date::new(2024, 2, 28).unwrap().days_since_epoch();
        let b = Date::new(2024, 3, 1).unwrap().days_since_epoch();
        assert_eq!(b - a, 2);
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        for s in [
            "0001-01-01",
            "1970-01-01",
            "2000-02-29",
            "2025-09-30",
            "9999-12-31",
        ] {
            let d = Date::parse_iso(s).unwrap();
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
        }
        let d = Date::parse_iso("2025-10-02").unwrap();
        assert_eq!(d.weekday(), 3, "a Thursday");
        assert_eq!(d.add_days(-6).to_string(), "2025-09-26");
        assert_eq!(Date::from_days_since_epoch(i32::MIN / 2).year, 1);
    }

    #[test]
    fn formats_ranges() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(
            format_range(d("2025-09-26"), d("2025-10-02")),
            "26 Sep – 2 Oct 2025"
        );
        assert_eq!(
            format_range(d("2024-12-03"), d("2025-01-02")),
            "3 Dec 2024 – 2 Jan 2025"
        );
        assert_eq!(format_range(d("2025-10-02"), d("2025-10-02")), "2 Oct 2025");
        assert_eq!(d("2025-09-26").to_string(), "2025-09-26");
    }
}
