//! Small date helpers for messages and month arithmetic (working-day arithmetic lives in
//! [`calendar`](super::calendar)).

use chrono::{Datelike, Months, NaiveDate, Weekday};

/// Plain English weekday name, e.g. "Monday".
pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Plain English month name, e.g. "March" (empty for an impossible month).
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
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
    month
        .checked_sub(1)
        .and_then(|i| NAMES.get(i as usize))
        .copied()
        .unwrap_or("")
}

/// A date in en-GB style with the weekday: "Monday 2 March 2026" (the calendar's format).
pub fn long_date(date: NaiveDate) -> String {
    super::calendar::format_long_date(date)
}

/// A date in en-GB style without the weekday: "2 March 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_date_is_en_gb() {
        assert_eq!(long_date(d(2026, 3, 2)), "Monday 2 March 2026");
        assert_eq!(long_date(d(2026, 12, 25)), "Friday 25 December 2026");
        assert_eq!(day_month_year(d(2018, 2, 23)), "23 February 2018");
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
}
