//! The England and Wales working-day calendar: bank holidays and working-day arithmetic.
//!
//! Knows nothing about ILACS. See `DESIGN.md` for the decisions (division, range, conventions).
//!
//! CONTRACT (being implemented): the signatures below are fixed so that the rest of the engine can
//! be written against them. Bodies are filled in by the calendar work (issue 3).

pub mod bank_holidays;
pub mod import;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use bank_holidays::BankHoliday;
pub use import::ImportError;

/// First year the built-in bank-holiday list covers.
pub const FIRST_YEAR: i32 = 1995;
/// Last year the built-in bank-holiday list covers.
pub const LAST_YEAR: i32 = 2100;

/// Why a day is not a working day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NonWorkingReason {
    /// Saturday or Sunday.
    Weekend(Weekday),
    /// A bank holiday in England and Wales.
    BankHoliday(BankHoliday),
}

/// An error from calendar arithmetic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// The date (or a date reached by counting) is outside 1995 to 2100, where bank holidays are known.
    OutOfRange { date: NaiveDate },
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::OutOfRange { date } => write!(
                f,
                "The planner knows bank holidays from {FIRST_YEAR} to {LAST_YEAR}; {} is outside that range.",
                crate::engine::dates::long_date(*date)
            ),
        }
    }
}

/// Which bank-holiday lists are in force, for the status line on screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// First and last year of the built-in (computed) list.
    pub built_in: (i32, i32),
    /// First and last year covered by an imported official list, if one is loaded.
    pub imported: Option<(i32, i32)>,
}

/// The England and Wales working-day calendar, optionally with an imported official list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    // Filled in by the implementation.
}

impl Calendar {
    /// The built-in calendar: rules plus known one-off changes, 1995 to 2100.
    pub fn england_and_wales() -> Self {
        todo!()
    }

    /// A new calendar where GOV.UK's `bank-holidays.json` replaces the built-in list for the
    /// years it covers. On error `self` is untouched (the caller keeps using it).
    pub fn with_gov_uk_json(&self, _json: &str) -> Result<Calendar, ImportError> {
        todo!()
    }

    pub fn coverage(&self) -> Coverage {
        todo!()
    }

    pub fn is_working_day(&self, _date: NaiveDate) -> Result<bool, CalendarError> {
        todo!()
    }

    /// `None` for a working day.
    pub fn non_working_reason(
        &self,
        _date: NaiveDate,
    ) -> Result<Option<NonWorkingReason>, CalendarError> {
        todo!()
    }

    pub fn holiday_on(&self, _date: NaiveDate) -> Option<&BankHoliday> {
        todo!()
    }

    /// The `n`th working day after `date` (before it when `n` is negative); `date` itself when
    /// `n` is 0, even if `date` is not a working day.
    pub fn add_working_days(&self, _date: NaiveDate, _n: i32) -> Result<NaiveDate, CalendarError> {
        todo!()
    }

    /// The first working day strictly after `date`.
    pub fn next_working_day(&self, _date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        todo!()
    }

    /// The last working day strictly before `date`.
    pub fn previous_working_day(&self, _date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        todo!()
    }

    /// `date` if it is a working day, else the next one.
    pub fn working_day_on_or_after(&self, _date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        todo!()
    }

    /// `date` if it is a working day, else the previous one.
    pub fn working_day_on_or_before(&self, _date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        todo!()
    }

    /// Working days `d` with `from < d <= to` (start excluded, end included), negated when `to`
    /// is before `from`; so `add_working_days(from, working_days_between(from, to)) == to`
    /// whenever `to` is a working day.
    pub fn working_days_between(
        &self,
        _from: NaiveDate,
        _to: NaiveDate,
    ) -> Result<i32, CalendarError> {
        todo!()
    }

    /// The bank holidays in force in `year`, in date order.
    pub fn holidays_in_year(&self, _year: i32) -> Result<Vec<BankHoliday>, CalendarError> {
        todo!()
    }
}
