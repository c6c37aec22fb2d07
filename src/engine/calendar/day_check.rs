//! "Is this a working day?": one date described against the calendar, for the quick check on
//! the front page and for error messages that name a holiday.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::{Calendar, CalendarError, NonWorkingReason};

/// What the calendar says about one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCheck {
    pub date: NaiveDate,
    /// `None` when the date is a working day.
    pub reason: Option<NonWorkingReason>,
    /// The first working day strictly after `date`.
    pub next_working_day: NaiveDate,
    /// The last working day strictly before `date`.
    pub previous_working_day: NaiveDate,
}

impl DayCheck {
    pub fn is_working_day(&self) -> bool {
        self.reason.is_none()
    }
}

/// Describes `date`: whether it is a working day in England and Wales, why not, and the working
/// days either side.
pub fn check(calendar: &Calendar, date: NaiveDate) -> Result<DayCheck, CalendarError> {
    Ok(DayCheck {
        date,
        reason: calendar.non_working_reason(date)?,
        next_working_day: calendar.next_working_day(date)?,
        previous_working_day: calendar.previous_working_day(date)?,
    })
}

impl DayCheck {
    /// One plain sentence for the screen.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::calendar::{day_check, Calendar};
    /// let calendar = Calendar::england_and_wales();
    /// let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    /// let check = day_check::check(&calendar, christmas).unwrap();
    /// assert_eq!(
    ///     check.summary(),
    ///     "Friday 25 December 2026 is not a working day: it is Christmas Day, a bank holiday in England and Wales."
    /// );
    /// ```
    pub fn summary(&self) -> String {
        let day = crate::engine::calendar::dates::long_date(self.date);
        match &self.reason {
            None => format!("{day} is a working day in England and Wales."),
            Some(NonWorkingReason::Weekend(weekday)) => format!(
                "{day} is not a working day: it is a {}.",
                crate::engine::calendar::dates::weekday_name(*weekday)
            ),
            Some(NonWorkingReason::BankHoliday(holiday)) => {
                let substitute = if holiday.substitute {
                    " (substitute day)"
                } else {
                    ""
                };
                format!(
                    "{day} is not a working day: it is {}{substitute}, a bank holiday in England and Wales.",
                    holiday.title
                )
            }
        }
    }
}
