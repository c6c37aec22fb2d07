//! The engine's one error type. Messages are for council officers: plain words, dates in full.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::calendar::{CalendarError, NonWorkingReason, FIRST_YEAR, LAST_YEAR};
use super::dates::{day_month_year, weekday_name};

/// Which date of the input a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputField {
    NotificationDay,
    FirstOnSiteDay,
    LastInspection,
    EngagementMeeting,
    OtherEpisode,
}

impl InputField {
    /// How the form names this date, e.g. "The first on-site day".
    pub fn label(self) -> &'static str {
        match self {
            InputField::NotificationDay => "The notification day",
            InputField::FirstOnSiteDay => "The first on-site day",
            InputField::LastInspection => "The first on-site day of the last inspection",
            InputField::EngagementMeeting => "The annual engagement meeting date",
            InputField::OtherEpisode => "The date of another inspection or visit",
        }
    }
}

/// Why a plan could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// An input date is not a working day. Policy: the planner rejects it rather than moving it
    /// silently, so every date shown rests on a date the user chose (see DESIGN.md).
    NotAWorkingDay {
        field: InputField,
        date: NaiveDate,
        reason: NonWorkingReason,
    },
    /// A date reached by counting is outside the years whose bank holidays are known.
    OutOfRange { date: NaiveDate },
    /// A date the person gave is outside the years whose bank holidays are known.
    EnteredOutOfRange { field: InputField, date: NaiveDate },
    /// Monitoring visits are numbered from 1.
    InvalidMonitoringVisitNumber { number: u8 },
    /// The Christmas and New Year period has an impossible day or month.
    InvalidFlaggedPeriod,
    /// More other episodes than [`MAX_EPISODES`](super::plan::MAX_EPISODES).
    TooManyEpisodes { count: usize },
}

impl PlanError {
    /// The input date the error is about, so a form can link its message to the field.
    pub fn field(&self) -> Option<InputField> {
        match self {
            PlanError::NotAWorkingDay { field, .. }
            | PlanError::EnteredOutOfRange { field, .. } => Some(*field),
            _ => None,
        }
    }
}

impl From<CalendarError> for PlanError {
    fn from(e: CalendarError) -> Self {
        match e {
            CalendarError::OutOfRange { date } => PlanError::OutOfRange { date },
        }
    }
}

/// "a Saturday", "Christmas Day", "a bank holiday (Early May bank holiday)".
pub fn reason_text(reason: &NonWorkingReason) -> String {
    match reason {
        NonWorkingReason::Weekend(w) => format!("a {}", weekday_name(*w)),
        NonWorkingReason::BankHoliday(h) => {
            if h.substitute {
                format!("a bank holiday ({}, substitute day)", h.title)
            } else if h.title.to_ascii_lowercase().contains("bank holiday") {
                format!("a bank holiday ({})", h.title)
            } else {
                h.title.clone()
            }
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NotAWorkingDay {
                field,
                date,
                reason,
            } => write!(
                f,
                "{} must be a working day: {} is {}.",
                field.label(),
                day_month_year(*date),
                reason_text(reason)
            ),
            PlanError::OutOfRange { date } => write!(
                f,
                "Year must be between {FIRST_YEAR} and {LAST_YEAR}: this plan would reach {}. Choose {} date.",
                day_month_year(*date),
                if date.year() < FIRST_YEAR { "a later" } else { "an earlier" }
            ),
            PlanError::EnteredOutOfRange { field, date } => write!(
                f,
                "Year must be between {FIRST_YEAR} and {LAST_YEAR}: {} is {}.",
                field.label().to_ascii_lowercase(),
                day_month_year(*date)
            ),
            PlanError::InvalidMonitoringVisitNumber { number } => write!(
                f,
                "Monitoring visits are numbered from 1; {} is not a visit number.",
                number
            ),
            PlanError::TooManyEpisodes { count } => write!(
                f,
                "The plan lists {count} other inspections or visits; it can hold at most {}. Remove the ones you do not need.",
                super::plan::MAX_EPISODES
            ),
            PlanError::InvalidFlaggedPeriod => write!(
                f,
                "The Christmas and New Year period must start and end on real dates (day and month)."
            ),
        }
    }
}

impl std::error::Error for PlanError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Calendar;

    #[test]
    fn messages_name_the_day_and_why() {
        let cal = Calendar::england_and_wales();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let sat = d(2026, 3, 7);
        let e = PlanError::NotAWorkingDay {
            field: InputField::NotificationDay,
            date: sat,
            reason: cal.non_working_reason(sat).unwrap().unwrap(),
        };
        assert_eq!(
            e.to_string(),
            "The notification day must be a working day: 7 March 2026 is a Saturday."
        );
        let may = d(2026, 5, 4);
        let e = PlanError::NotAWorkingDay {
            field: InputField::FirstOnSiteDay,
            date: may,
            reason: cal.non_working_reason(may).unwrap().unwrap(),
        };
        assert!(
            e.to_string().contains("4 May 2026 is a bank holiday"),
            "{e}"
        );
        let e = PlanError::from(CalendarError::OutOfRange {
            date: d(2101, 1, 3),
        });
        assert_eq!(
            e.to_string(),
            "Year must be between 1995 and 2100: this plan would reach 3 January 2101. Choose an earlier date."
        );
    }

    /// Issue 13 item 6: a range error is written for a council officer and belongs to the field
    /// whose date is out of range, so the form can show it beside that field.
    #[test]
    fn an_entered_date_out_of_range_names_its_field() {
        let cal = Calendar::england_and_wales();
        let early = NaiveDate::from_ymd_opt(1899, 3, 8).unwrap();
        let e = crate::engine::visit_schedule::require_working_day(
            &cal,
            InputField::NotificationDay,
            early,
        )
        .unwrap_err();
        assert_eq!(e.field(), Some(InputField::NotificationDay));
        assert_eq!(
            e.to_string(),
            "Year must be between 1995 and 2100: the notification day is 8 March 1899."
        );
    }
}
