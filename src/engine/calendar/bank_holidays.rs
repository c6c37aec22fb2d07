//! Bank holidays in England and Wales by rule, plus one-off changes.
//!
//! The rules are those GOV.UK describes (gov.uk/bank-holidays): eight holidays a year, with a
//! substitute weekday when one falls on a weekend. Changes made by royal proclamation for a single
//! year (moved or extra holidays) cannot be derived, so they sit in [`ONE_OFF_CHANGES`], each with
//! its source. Titles follow GOV.UK's spelling, including its curly apostrophe (’), so that a
//! computed list and an imported official list read the same on screen.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::{FIRST_YEAR, LAST_YEAR};
use crate::engine::calendar::dates::long_date;

/// Puts holidays in date order, keeping the order of same-day entries. One function for every
/// list, so the sort is compiled once; and by cached (date, position) keys, as events are
/// (`event::sort_by_date`), so both share one compiled sort of those pairs.
pub fn sort_by_date(holidays: &mut [BankHoliday]) {
    holidays.sort_by_cached_key(|h| h.date);
}

/// One bank holiday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankHoliday {
    pub date: NaiveDate,
    /// Official-style title, e.g. "Early May bank holiday".
    pub title: String,
    /// True for a substitute day (holiday moved off a weekend).
    pub substitute: bool,
}

impl fmt::Display for BankHoliday {
    /// `Monday 27 December 2021: Christmas Day (substitute day)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", long_date(self.date), self.title)?;
        if self.substitute {
            f.write_str(" (substitute day)")?;
        }
        Ok(())
    }
}

pub const NEW_YEARS_DAY: &str = "New Year’s Day";
pub const GOOD_FRIDAY: &str = "Good Friday";
pub const EASTER_MONDAY: &str = "Easter Monday";
pub const EARLY_MAY: &str = "Early May bank holiday";
pub const SPRING: &str = "Spring bank holiday";
pub const SUMMER: &str = "Summer bank holiday";
pub const CHRISTMAS_DAY: &str = "Christmas Day";
pub const BOXING_DAY: &str = "Boxing Day";

/// What a one-off proclamation did to one year's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OneOffKind {
    /// The rule-based holiday on `from` (month, day) moved to the entry's date, with a new title.
    Moved { from: (u32, u32) },
    /// An additional holiday on the entry's date.
    Extra,
}

/// A one-off change to the rule-based list, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OneOffChange {
    pub year: i32,
    /// (month, day) of the holiday after the change.
    pub on: (u32, u32),
    pub title: &'static str,
    pub kind: OneOffKind,
    /// Short note naming the source.
    pub source: &'static str,
}

/// Every one-off change to the England and Wales list between 1995 and 2100 known when this was
/// written. Later ones are announced on GOV.UK; a user gets them by importing GOV.UK's file.
pub const ONE_OFF_CHANGES: &[OneOffChange] = &[
    OneOffChange {
        year: 1995,
        on: (5, 8),
        title: "Early May bank holiday (VE day)",
        kind: OneOffKind::Moved { from: (5, 1) },
        source: "Royal proclamation: moved for the 50th anniversary of VE Day",
    },
    OneOffChange {
        year: 1999,
        on: (12, 31),
        title: "Millennium Eve bank holiday",
        kind: OneOffKind::Extra,
        source: "Royal proclamation: extra holiday for the Millennium",
    },
    OneOffChange {
        year: 2002,
        on: (6, 4),
        title: SPRING,
        kind: OneOffKind::Moved { from: (5, 27) },
        source: "Royal proclamation: moved for the Queen’s Golden Jubilee",
    },
    OneOffChange {
        year: 2002,
        on: (6, 3),
        title: "Golden Jubilee bank holiday",
        kind: OneOffKind::Extra,
        source: "Royal proclamation: the Queen’s Golden Jubilee",
    },
    OneOffChange {
        year: 2011,
        on: (4, 29),
        title: "Royal wedding bank holiday",
        kind: OneOffKind::Extra,
        source: "Royal proclamation: wedding of Prince William and Catherine Middleton",
    },
    OneOffChange {
        year: 2012,
        on: (6, 4),
        title: SPRING,
        kind: OneOffKind::Moved { from: (5, 28) },
        source: "Royal proclamation: moved for the Queen’s Diamond Jubilee (GOV.UK list)",
    },
    OneOffChange {
        year: 2012,
        on: (6, 5),
        title: "Queen’s Diamond Jubilee",
        kind: OneOffKind::Extra,
        source: "Royal proclamation: the Queen’s Diamond Jubilee (GOV.UK list)",
    },
    OneOffChange {
        year: 2020,
        on: (5, 8),
        title: "Early May bank holiday (VE day)",
        kind: OneOffKind::Moved { from: (5, 4) },
        source: "GOV.UK bank holidays: moved for the 75th anniversary of VE Day",
    },
    OneOffChange {
        year: 2022,
        on: (6, 2),
        title: SPRING,
        kind: OneOffKind::Moved { from: (5, 30) },
        source: "GOV.UK bank holidays: moved for the Platinum Jubilee",
    },
    OneOffChange {
        year: 2022,
        on: (6, 3),
        title: "Platinum Jubilee bank holiday",
        kind: OneOffKind::Extra,
        source: "GOV.UK bank holidays: the Queen’s Platinum Jubilee",
    },
    OneOffChange {
        year: 2022,
        on: (9, 19),
        title: "Bank Holiday for the State Funeral of Queen Elizabeth II",
        kind: OneOffKind::Extra,
        source: "GOV.UK bank holidays: State Funeral of Queen Elizabeth II",
    },
    OneOffChange {
        year: 2023,
        on: (5, 8),
        title: "Bank holiday for the coronation of King Charles III",
        kind: OneOffKind::Extra,
        source: "GOV.UK bank holidays: coronation of King Charles III",
    },
];

/// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
///
/// `None` only for years chrono cannot represent.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::bank_holidays::easter_sunday;
/// assert_eq!(easter_sunday(2025), NaiveDate::from_ymd_opt(2025, 4, 20));
/// ```
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The bank holidays the rules and [`ONE_OFF_CHANGES`] give for `year`, in date order, before any
/// imported list. `None` outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
///
/// ```
/// use ilacs_planner::engine::calendar::bank_holidays::computed_for_year;
/// let y2021 = computed_for_year(2021).unwrap_or_default();
/// // Christmas 2021 fell on a Saturday: both substitutes follow.
/// let last_two: Vec<String> = y2021.iter().rev().take(2).rev().map(|h| h.to_string()).collect();
/// assert_eq!(
///     last_two,
///     [
///         "Monday 27 December 2021: Christmas Day (substitute day)",
///         "Tuesday 28 December 2021: Boxing Day (substitute day)",
///     ]
/// );
/// assert!(computed_for_year(1994).is_none());
/// ```
pub fn computed_for_year(year: i32) -> Option<Vec<BankHoliday>> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    let mut list = by_rule(year)?;
    for change in ONE_OFF_CHANGES.iter().filter(|c| c.year == year) {
        let on = NaiveDate::from_ymd_opt(year, change.on.0, change.on.1)?;
        let holiday = BankHoliday {
            date: on,
            title: change.title.to_owned(),
            substitute: false,
        };
        match change.kind {
            OneOffKind::Moved { from } => {
                let from = NaiveDate::from_ymd_opt(year, from.0, from.1)?;
                if let Some(slot) = list.iter_mut().find(|h| h.date == from) {
                    *slot = holiday;
                }
            }
            OneOffKind::Extra => list.push(holiday),
        }
    }
    sort_by_date(&mut list);
    Some(list)
}

fn holiday(date: NaiveDate, title: &str, substitute: bool) -> BankHoliday {
    BankHoliday {
        date,
        title: title.to_owned(),
        substitute,
    }
}

fn plus_days(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(days))
}

fn minus_days(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(days))
}

fn first_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
}

fn last_monday(year: i32, month: u32, last_day: u32) -> Option<NaiveDate> {
    let end = NaiveDate::from_ymd_opt(year, month, last_day)?;
    minus_days(end, u64::from(end.weekday().num_days_from_monday()))
}

/// The eight rule-based holidays, with substitutes, in date order.
fn by_rule(year: i32) -> Option<Vec<BankHoliday>> {
    let mut list = Vec::with_capacity(10);

    let new_year = NaiveDate::from_ymd_opt(year, 1, 1)?;
    list.push(match new_year.weekday() {
        Weekday::Sat => holiday(plus_days(new_year, 2)?, NEW_YEARS_DAY, true),
        Weekday::Sun => holiday(plus_days(new_year, 1)?, NEW_YEARS_DAY, true),
        _ => holiday(new_year, NEW_YEARS_DAY, false),
    });

    let easter = easter_sunday(year)?;
    list.push(holiday(minus_days(easter, 2)?, GOOD_FRIDAY, false));
    list.push(holiday(plus_days(easter, 1)?, EASTER_MONDAY, false));
    list.push(holiday(first_monday(year, 5)?, EARLY_MAY, false));
    list.push(holiday(last_monday(year, 5, 31)?, SPRING, false));
    list.push(holiday(last_monday(year, 8, 31)?, SUMMER, false));

    // Christmas and Boxing Day interact: each substitute has to skip the other holiday.
    let christmas = NaiveDate::from_ymd_opt(year, 12, 25)?;
    let boxing = NaiveDate::from_ymd_opt(year, 12, 26)?;
    let day = |d: u32| NaiveDate::from_ymd_opt(year, 12, d);
    match christmas.weekday() {
        Weekday::Fri => {
            list.push(holiday(christmas, CHRISTMAS_DAY, false));
            list.push(holiday(day(28)?, BOXING_DAY, true));
        }
        Weekday::Sat => {
            list.push(holiday(day(27)?, CHRISTMAS_DAY, true));
            list.push(holiday(day(28)?, BOXING_DAY, true));
        }
        Weekday::Sun => {
            list.push(holiday(boxing, BOXING_DAY, false));
            list.push(holiday(day(27)?, CHRISTMAS_DAY, true));
        }
        _ => {
            list.push(holiday(christmas, CHRISTMAS_DAY, false));
            list.push(holiday(boxing, BOXING_DAY, false));
        }
    }
    Some(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn easter_known_dates() {
        // Church of England tables of Easter Day.
        for (y, m, d) in [
            (1995, 4, 16),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2038, 4, 25),
            (2100, 3, 28),
        ] {
            assert_eq!(easter_sunday(y), Some(ymd(y, m, d)), "Easter {y}");
        }
    }

    #[test]
    fn every_one_off_applies_to_the_year_it_names() {
        for change in ONE_OFF_CHANGES {
            let list = computed_for_year(change.year).unwrap_or_default();
            let on = ymd(change.year, change.on.0, change.on.1);
            assert!(
                list.iter().any(|h| h.date == on && h.title == change.title),
                "{change:?} missing"
            );
            if let OneOffKind::Moved { from } = change.kind {
                let from = ymd(change.year, from.0, from.1);
                assert!(
                    list.iter().all(|h| h.date != from),
                    "{change:?}: old date still listed"
                );
            }
        }
    }

    #[test]
    fn millennium_new_year_2000_has_monday_substitute() {
        let list = computed_for_year(2000).unwrap_or_default();
        assert_eq!(
            list.first(),
            Some(&holiday(ymd(2000, 1, 3), NEW_YEARS_DAY, true))
        );
    }

    #[test]
    fn christmas_on_sunday_gives_boxing_monday_and_christmas_tuesday() {
        let list = computed_for_year(2022).unwrap_or_default();
        let tail: Vec<_> = list.iter().rev().take(2).rev().cloned().collect();
        assert_eq!(
            tail,
            [
                holiday(ymd(2022, 12, 26), BOXING_DAY, false),
                holiday(ymd(2022, 12, 27), CHRISTMAS_DAY, true),
            ]
        );
    }

    #[test]
    fn outside_range_is_none() {
        assert!(computed_for_year(FIRST_YEAR - 1).is_none());
        assert!(computed_for_year(LAST_YEAR + 1).is_none());
        assert!(computed_for_year(FIRST_YEAR).is_some());
        assert!(computed_for_year(LAST_YEAR).is_some());
    }
}
