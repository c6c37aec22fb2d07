//! Dates as people write and read them in England: "Monday 2 March 2026", "2/3/2026".
//!
//! Parsing lives here, not in the UI, so every way a date can be typed is tested on the host.

use chrono::{Datelike, Months, NaiveDate, Weekday};
use std::fmt;

const MONTHS: [&str; 12] = [
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

/// The English name of a weekday.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The English name of a month, 1 = January. Out-of-range numbers give an empty string.
pub fn month_name(month: u32) -> &'static str {
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("")
}

/// A date in GOV.UK style with its weekday.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::dates::long_date;
/// let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// assert_eq!(long_date(d), "Monday 2 March 2026");
/// ```
pub fn long_date(date: NaiveDate) -> String {
    // Sized for the longest, "Wednesday 30 September 2026", so the text is written into one
    // allocation (the engine writes dozens of dates into each plan).
    let mut text = String::with_capacity(32);
    text.push_str(weekday_name(date.weekday()));
    text.push(' ');
    write_day_month_year(&mut text, date);
    text
}

/// A date in GOV.UK style without its weekday: "2 March 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    let mut text = String::with_capacity(24);
    write_day_month_year(&mut text, date);
    text
}

fn write_day_month_year(text: &mut String, date: NaiveDate) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = write!(
        text,
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    );
}

/// The ISO form used in `<time datetime>` and URLs: "2026-03-02".
pub fn iso(date: NaiveDate) -> String {
    // Written by hand: chrono's strftime machinery would add tens of kilobytes to the app.
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `text` with its first letter in capitals (ASCII only: the names are the planner's own).
///
/// ```
/// use ilacs_planner::engine::calendar::dates::capitalised;
/// assert_eq!(capitalised(""), "");
/// assert_eq!(capitalised("focused visit"), "Focused visit");
/// assert_eq!(capitalised("é"), "é");
/// ```
pub fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A strict ISO date: exactly `YYYY-MM-DD`, a real day.
///
/// ```
/// use ilacs_planner::engine::calendar::dates::parse_iso;
/// assert_eq!(parse_iso("2026-03-02").map(|d| d.to_string()), Some("2026-03-02".into()));
/// assert_eq!(parse_iso("2026-02-30"), None);
/// assert_eq!(parse_iso("2/3/2026"), None);
/// ```
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !digits_ok {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let y = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

/// Serde form of an optional date: an ISO string or `null`. Used instead of chrono's own serde
/// support, which brings chrono's whole format parser into the WebAssembly bundle. A value that is
/// not a real ISO date reads as no date, so a damaged field never loses the rest of a record.
pub mod iso_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&super::iso(*date)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        Ok(text.as_deref().and_then(super::parse_iso))
    }
}

/// `date` plus `months` calendar months (negative: minus), clamped to the month's last day
/// (29 February + 12 months = 28 February). `None` only outside chrono's range.
pub fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let m = Months::new(months.unsigned_abs());
    if months >= 0 {
        date.checked_add_months(m)
    } else {
        date.checked_sub_months(m)
    }
}

/// `date` plus `days` calendar days. `None` only outside chrono's range.
pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(chrono::Duration::try_days(days)?)
}

/// The first `weekday` of `month` in `year`.
pub fn first_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 1)
}

/// Why typed date parts are not a date. Messages follow the GOV.UK date input pattern; the
/// caller supplies the field's name ("Notification date").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateInputError {
    /// Nothing was entered.
    Empty,
    /// Some parts are missing, e.g. `["month", "year"]`.
    Missing(Vec<&'static str>),
    /// A part is not a whole number.
    NotANumber,
    /// The year is not four digits.
    YearNotFourDigits,
    /// The parts do not make a real date (31 February, month 13).
    NotReal,
}

impl DateInputError {
    /// The message for a field called `label`, e.g. "Notification date must be a real date".
    pub fn message(&self, label: &str) -> String {
        match self {
            // ASCII only: the labels are ours, and full Unicode case tables would weigh on the bundle.
            DateInputError::Empty => format!("Enter the {}", label.to_ascii_lowercase()),
            DateInputError::Missing(parts) => {
                format!("{label} must include a {}", parts.join(" and a "))
            }
            DateInputError::NotANumber => format!("{label} must be entered as numbers"),
            DateInputError::YearNotFourDigits => format!("{label}: the year must have 4 numbers"),
            DateInputError::NotReal => format!("{label} must be a real date"),
        }
    }
}

impl fmt::Display for DateInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("Date"))
    }
}

impl std::error::Error for DateInputError {}

/// A date from the three boxes of the GOV.UK date input (day, month, year), each trimmed.
///
/// ```
/// use ilacs_planner::engine::calendar::dates::{from_parts, DateInputError};
/// assert_eq!(from_parts("2", "3", "2026").unwrap().to_string(), "2026-03-02");
/// assert_eq!(from_parts("31", "2", "2026"), Err(DateInputError::NotReal));
/// ```
pub fn from_parts(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateInputError> {
    let parts = [
        ("day", day.trim()),
        ("month", month.trim()),
        ("year", year.trim()),
    ];
    let missing: Vec<&'static str> = parts
        .iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(name, _)| *name)
        .collect();
    if missing.len() == parts.len() {
        return Err(DateInputError::Empty);
    }
    if !missing.is_empty() {
        return Err(DateInputError::Missing(missing));
    }
    let number = |s: &str| -> Result<u32, DateInputError> {
        if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateInputError::NotANumber);
        }
        s.parse().map_err(|_| DateInputError::NotANumber)
    };
    let (d, m, y) = (
        number(parts[0].1)?,
        number(parts[1].1)?,
        number(parts[2].1)?,
    );
    if parts[2].1.len() != 4 {
        return Err(DateInputError::YearNotFourDigits);
    }
    let year = i32::try_from(y).map_err(|_| DateInputError::NotReal)?;
    NaiveDate::from_ymd_opt(year, m, d).ok_or(DateInputError::NotReal)
}

/// A date pasted as one piece of text: "2/3/2026", "02-03-2026", "2.3.2026" (day first, as in
/// England) or ISO "2026-03-02". Returns `None` when the text is not in one of those shapes, so
/// the caller can leave what was typed alone.
///
/// ```
/// use ilacs_planner::engine::calendar::dates::parse_pasted;
/// assert_eq!(parse_pasted("2/3/2026"), Some(("2".into(), "3".into(), "2026".into())));
/// assert_eq!(parse_pasted("2026-03-02"), Some(("02".into(), "03".into(), "2026".into())));
/// assert_eq!(parse_pasted("next Tuesday"), None);
/// ```
pub fn parse_pasted(text: &str) -> Option<(String, String, String)> {
    let text = text.trim();
    let pieces: Vec<&str> = text.split(['/', '-', '.', ' ']).collect();
    let [a, b, c] = pieces.as_slice() else {
        return None;
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(a) && all_digits(b) && all_digits(c)) {
        return None;
    }
    if a.len() == 4 {
        Some((c.to_string(), b.to_string(), a.to_string()))
    } else {
        Some((a.to_string(), b.to_string(), c.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn long_dates_are_en_gb() {
        assert_eq!(long_date(d(2026, 12, 25)), "Friday 25 December 2026");
        assert_eq!(day_month_year(d(2018, 6, 4)), "4 June 2018");
        assert_eq!(iso(d(2018, 6, 4)), "2018-06-04");
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d(2016, 2, 29), 36), Some(d(2019, 2, 28)));
        assert_eq!(add_months(d(2018, 4, 13), -6), Some(d(2017, 10, 13)));
    }

    #[test]
    fn first_thursday_in_may() {
        assert_eq!(
            first_weekday_of_month(2026, 5, Weekday::Thu),
            Some(d(2026, 5, 7))
        );
    }

    #[test]
    fn parts_errors_follow_the_gov_uk_pattern() {
        assert_eq!(from_parts("", " ", ""), Err(DateInputError::Empty));
        assert_eq!(
            from_parts("2", "", ""),
            Err(DateInputError::Missing(vec!["month", "year"]))
        );
        assert_eq!(
            from_parts("x", "3", "2026"),
            Err(DateInputError::NotANumber)
        );
        assert_eq!(
            from_parts("-1", "3", "2026"),
            Err(DateInputError::NotANumber)
        );
        assert_eq!(
            from_parts("2", "3", "26"),
            Err(DateInputError::YearNotFourDigits)
        );
        assert_eq!(from_parts("29", "2", "2026"), Err(DateInputError::NotReal));
        assert_eq!(from_parts("1", "13", "2026"), Err(DateInputError::NotReal));
        assert_eq!(from_parts("0", "1", "2026"), Err(DateInputError::NotReal));
        assert_eq!(from_parts("29", "2", "2028"), Ok(d(2028, 2, 29)));
        assert_eq!(
            DateInputError::Missing(vec!["month", "year"]).message("Date to check"),
            "Date to check must include a month and a year"
        );
        assert_eq!(
            DateInputError::NotReal.message("Notification date"),
            "Notification date must be a real date"
        );
        assert_eq!(
            DateInputError::Empty.message("Date to check"),
            "Enter the date to check"
        );
    }

    #[test]
    fn pasted_dates_are_day_first_or_iso() {
        assert_eq!(
            parse_pasted(" 25.12.2026 "),
            Some(("25".into(), "12".into(), "2026".into()))
        );
        assert_eq!(parse_pasted("2/3"), None);
        assert_eq!(parse_pasted("2/3/2026/1"), None);
        assert_eq!(parse_pasted("a/3/2026"), None);
        assert_eq!(parse_pasted(""), None);
    }
}
