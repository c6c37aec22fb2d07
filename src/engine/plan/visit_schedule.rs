//! Visit schedules: the notice period and fieldwork of one visit, as dated events.
//!
//! Every milestone is a working-day offset from the notification (request) day, taken from the
//! rule set's [`VisitPattern`](crate::engine::rules::VisitPattern). The schedule can be computed from the
//! notification day or from the first on-site day; the two give the same result because the
//! first on-site day is always `notice_working_days` working days after the notification.
//!
//! Decisions (see DESIGN.md, engine sections):
//! - **Input on a non-working day is rejected** with [`PlanError::NotAWorkingDay`], which names the
//!   day and why ("25 December 2026 is Christmas Day"). Nothing is moved silently.
//! - **Bank holidays inside fieldwork**: fieldwork days are counted in working days, so the
//!   holiday is skipped and fieldwork ends one working day later; the
//!   `bank-holiday-in-fieldwork` warning says so. Every on-site day is therefore a working day.
//! - A notification that F§73 footnote 18 moves (Friday before a bank-holiday Monday, Thursday
//!   before Easter) falls out of the "first on-site day − 5 working days" rule unchanged.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, Section};
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::rules::{RuleSet, VisitKind};

/// Which days a focused or monitoring visit is on site (footnotes 20 and 22). Ignored for other
/// kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnSiteDays {
    /// Tuesday–Wednesday, as in the framework's tables.
    #[default]
    TueWed,
    /// Wednesday–Thursday: every milestone one day later.
    WedThu,
}

/// The date the user gives for a visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "from", content = "date", rename_all = "kebab-case")]
pub enum Anchor {
    /// The notification day (for monitoring visits: the day child-level data is requested).
    Notification(NaiveDate),
    /// The first day inspectors are on site (JTAI: the first day of the fieldwork week).
    FirstOnSiteDay(NaiveDate),
}

impl Anchor {
    pub fn date(self) -> NaiveDate {
        match self {
            Anchor::Notification(d) | Anchor::FirstOnSiteDay(d) => d,
        }
    }
}

/// The visit to schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VisitInput {
    pub kind: VisitKind,
    #[serde(default)]
    pub on_site_days: OnSiteDays,
    pub anchor: Anchor,
    /// For monitoring visits: which visit this is (1 = first). Ignored for other kinds.
    #[serde(default = "one")]
    pub monitoring_visit_number: u8,
    /// For focused visits: whether the letter names areas for priority action.
    #[serde(default)]
    pub priority_actions: bool,
}

fn one() -> u8 {
    1
}

impl VisitInput {
    /// A visit of `kind` anchored on `anchor`, with the usual defaults.
    pub fn new(kind: VisitKind, anchor: Anchor) -> Self {
        VisitInput {
            kind,
            on_site_days: OnSiteDays::TueWed,
            anchor,
            monitoring_visit_number: 1,
            priority_actions: false,
        }
    }
}

/// The computed notice period and fieldwork.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub kind: VisitKind,
    pub notification: NaiveDate,
    pub first_onsite_day: NaiveDate,
    /// The last day of fieldwork (feedback), when the sources give the fieldwork length.
    pub last_fieldwork_day: Option<NaiveDate>,
    /// Events in chronological order.
    pub events: Vec<Event>,
}

/// Rejects a date that is not a working day, naming the field and the reason.
pub fn require_working_day(
    calendar: &Calendar,
    field: InputField,
    date: NaiveDate,
) -> Result<(), PlanError> {
    let reason = calendar
        .non_working_reason(date)
        .map_err(|_| PlanError::EnteredOutOfRange { field, date })?;
    match reason {
        None => Ok(()),
        Some(reason) => Err(PlanError::NotAWorkingDay {
            field,
            date,
            reason,
        }),
    }
}

/// The notice period and fieldwork of `visit` under `rules`.
pub fn schedule(
    rules: &RuleSet,
    calendar: &Calendar,
    visit: &VisitInput,
) -> Result<Schedule, PlanError> {
    let pattern = rules.visit(visit.kind);
    let notice = pattern.notice_working_days.value;
    let (notification, first_onsite_day) = match visit.anchor {
        Anchor::Notification(n) => {
            require_working_day(calendar, InputField::NotificationDay, n)?;
            (n, calendar.add_working_days(n, notice)?)
        }
        Anchor::FirstOnSiteDay(s) => {
            require_working_day(calendar, InputField::FirstOnSiteDay, s)?;
            (calendar.add_working_days(s, -notice)?, s)
        }
    };
    let last_fieldwork_day = match &pattern.fieldwork_working_days {
        Some(days) => Some(calendar.add_working_days(first_onsite_day, days.value - 1)?),
        None => None,
    };
    let mut events = Vec::with_capacity(pattern.milestones.len());
    for m in pattern.milestones {
        let date = calendar.add_working_days(notification, m.offset)?;
        events.push(Event {
            time: m.time,
            ..Event::new(
                m.id.to_string(),
                Section::Visit,
                m.kind,
                date,
                m.title.to_string(),
                m.detail.to_string(),
                m.who,
                m.source.citation(),
                m.estimate,
            )
        });
    }
    // Milestones are stored in offset order; keep it robust to data written out of order.
    crate::engine::event::sort_by_date(&mut events);
    Ok(Schedule {
        kind: visit.kind,
        notification,
        first_onsite_day,
        last_fieldwork_day,
        events,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::engine::calendar::Calendar;

    /// Issue 13 item 6: a range error is written for a council officer and belongs to the field
    /// whose date is out of range, so the form can show it beside that field.
    #[test]
    fn an_entered_date_out_of_range_names_its_field() {
        let cal = Calendar::england_and_wales();
        let early = NaiveDate::from_ymd_opt(1899, 3, 8).unwrap();
        let e = require_working_day(&cal, InputField::NotificationDay, early).unwrap_err();
        assert_eq!(e.field(), Some(InputField::NotificationDay));
        assert_eq!(
            e.to_string(),
            "Year must be between 1995 and 2100: the notification day is 8 March 1899."
        );
    }
}
