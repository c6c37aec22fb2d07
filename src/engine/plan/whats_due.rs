//! "What's due": the next three working days of a plan, and where the authority is in its
//! pathway and in its current visit. "Today" is passed in by the UI; the engine never reads it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::long_date;
use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, TimeOfDay};
use crate::engine::plan::pathway::Pathway;
use crate::engine::plan::plan_error::PlanError;
use crate::engine::plan::Plan;
use crate::engine::records::annex_a::{ChecklistRow, ItemStatus};
use crate::engine::records::further_info::InfoRequest;

/// How many working days "what's due" shows.
pub const DAYS_SHOWN: usize = 3;

/// One working day and the plan's events on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueDay {
    pub date: NaiveDate,
    pub is_today: bool,
    pub events: Vec<Event>,
    /// The council's own work due that day: Annex A items and further-information requests
    /// (issue 26), added by [`add_council_work`].
    #[serde(default)]
    pub items: Vec<DueItem>,
    /// On a fieldwork day, "Day 3 of 10 on site".
    #[serde(default)]
    pub on_site: Option<String>,
}

/// What else is due on a day besides the plan's events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueItemKind {
    /// An Annex A item, with its owner from the checklist.
    AnnexA,
    /// An open further-information request (Annex B), with its response date.
    Request,
}

/// An Annex A item or a further-information request due on a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueItem {
    pub kind: DueItemKind,
    /// The item's id (`list-1`) or the request's (`R3`).
    pub id: String,
    /// "Annex A 1.01: …" or "Further information request R3: …".
    pub title: String,
    /// Who the checklist names, or who asked for the information; empty when nobody is named.
    pub owner: String,
    /// The day it is due (a request's own date, even on a weekend).
    pub date: NaiveDate,
    pub time: Option<TimeOfDay>,
    /// For a request due before the first day shown and still open: it is overdue.
    pub overdue: bool,
}

/// The answer for one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatsDue {
    /// Today if it is a working day, then the following working days: three in all.
    pub days: Vec<DueDay>,
    /// Where the authority is in its pathway, e.g. "Inside the window for your next standard
    /// inspection since Wednesday 4 March 2026; it closes on Friday 4 September 2026."
    pub position: Option<String>,
    /// Where the scheduled visit is, e.g. "Notice period of your standard inspection: inspectors
    /// arrive on Monday 9 March 2026."
    pub visit_position: Option<String>,
}

/// What is due on `today` and the next working days, and where the authority stands.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::plan::{plan, PlanInput};
/// use ilacs_planner::engine::rules::{self, VisitKind};
/// use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
/// use ilacs_planner::engine::plan::whats_due::whats_due;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let cal = Calendar::england_and_wales();
/// let input = PlanInput {
///     visit: Some(VisitInput::new(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)))),
///     ..PlanInput::default()
/// };
/// let p = plan(rules::by_id("ilacs-2017").unwrap(), &cal, &input, d(2026, 3, 2))?;
/// let due = whats_due(&p, &cal, d(2026, 3, 2))?;
/// assert_eq!(due.days.len(), 3);
/// assert!(due.days[1].events.iter().any(|e| e.id == "child-level-data-due"));
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn whats_due(
    plan: &Plan,
    calendar: &Calendar,
    today: NaiveDate,
) -> Result<WhatsDue, PlanError> {
    let mut days = Vec::with_capacity(DAYS_SHOWN);
    let mut date = calendar.working_day_on_or_after(today)?;
    while days.len() < DAYS_SHOWN {
        days.push(DueDay {
            date,
            is_today: date == today,
            events: plan
                .events
                .iter()
                .filter(|e| e.date == date)
                .cloned()
                .collect(),
            items: Vec::new(),
            on_site: on_site_day(plan, calendar, date)?,
        });
        date = calendar.next_working_day(date)?;
    }
    Ok(WhatsDue {
        days,
        position: pathway_position(plan, today),
        visit_position: visit_position(plan, calendar, today)?,
    })
}

/// "Day 3 of 10 on site" on a fieldwork day of the scheduled visit (fieldwork counted in working
/// days from the first on-site day to the feedback, as the schedule counts it).
fn on_site_day(
    plan: &Plan,
    calendar: &Calendar,
    date: NaiveDate,
) -> Result<Option<String>, PlanError> {
    let Some(v) = &plan.visit else {
        return Ok(None);
    };
    let Some(last) = v.last_fieldwork_day else {
        return Ok(None);
    };
    if date < v.first_onsite_day || date > last || !calendar.is_working_day(date)? {
        return Ok(None);
    }
    let day = calendar.working_days_between(v.first_onsite_day, date)? + 1;
    let total = calendar.working_days_between(v.first_onsite_day, last)? + 1;
    Ok(Some(format!("Day {day} of {total} on site")))
}

/// The Annex A items still to send (selected, not ticked) that are due on `date`, with the owner
/// set on the checklist.
pub fn annex_a_due_on(checklist: &[ChecklistRow], date: NaiveDate) -> Vec<DueItem> {
    checklist
        .iter()
        .filter(|row| row.selected && row.status != ItemStatus::Done && row.due_date == date)
        .map(|row| DueItem {
            kind: DueItemKind::AnnexA,
            id: row.item.id.to_string(),
            title: format!("Annex A, {}: {}", row.item.number, row.item.title),
            owner: row.owner.clone(),
            date: row.due_date,
            time: row.due_time,
            overdue: false,
        })
        .collect()
}

/// Adds the council's own work to the days: the Annex A items still to send that are due on
/// each day (with the owner set on the checklist), and the open further-information requests
/// whose response is due on it (a weekend or holiday date counts on the working day before, as
/// on the requests page); requests already overdue are listed on the first day shown.
pub fn add_council_work(
    due: &mut WhatsDue,
    calendar: &Calendar,
    checklist: &[ChecklistRow],
    requests: &[InfoRequest],
) -> Result<(), PlanError> {
    let first = due.days.first().map(|d| d.date);
    for day in &mut due.days {
        let items = council_work_on(
            calendar,
            checklist,
            requests,
            day.date,
            first == Some(day.date),
        )?;
        day.items.extend(items);
    }
    Ok(())
}

/// The council's own work due on `date` (see [`add_council_work`]); `first_day`: the first day
/// shown, which also lists the open requests already overdue.
pub fn council_work_on(
    calendar: &Calendar,
    checklist: &[ChecklistRow],
    requests: &[InfoRequest],
    date: NaiveDate,
    first_day: bool,
) -> Result<Vec<DueItem>, PlanError> {
    let mut items = annex_a_due_on(checklist, date);
    for r in requests.iter().filter(|r| r.date_received.is_none()) {
        let Some(required) = r.response_required_by else {
            continue;
        };
        let counted = calendar.working_day_on_or_before(required)?;
        let overdue = first_day && counted < date;
        if counted == date || overdue {
            items.push(DueItem {
                kind: DueItemKind::Request,
                id: r.id.clone(),
                title: format!("Further information request {}: {}", r.id, r.reason),
                owner: r.requested_by.clone(),
                date: required,
                time: None,
                overdue,
            });
        }
    }
    Ok(items)
}

/// The pathway sentence, from the window (pathways 1 and 2) or the inadequate timeline.
pub fn pathway_position(plan: &Plan, today: NaiveDate) -> Option<String> {
    let summary = plan.pathway.as_ref()?;
    let next = &summary.next_inspection;
    if let Some(w) = &summary.window {
        return Some(if today < w.earliest {
            format!(
                "Your window for the next {next} opens on {}; the three-year anniversary is {} and the window closes on {}.",
                long_date(w.earliest),
                long_date(w.anniversary),
                long_date(w.latest)
            )
        } else if today <= w.latest {
            format!(
                "Inside the window for your next {next} since {}; it closes on {}.",
                long_date(w.earliest),
                long_date(w.latest)
            )
        } else {
            format!(
                "Your window for the next {next} closed on {}.",
                long_date(w.latest)
            )
        });
    }
    if summary.pathway == Pathway::Three {
        let upcoming = plan.events.iter().find(|e| {
            e.date >= today
                && (e.id == "action-planning-visit"
                    || e.id == "inadequate-action-plan-due"
                    || e.id.starts_with("monitoring-visit-")
                    || e.id == "reinspection-earliest")
        });
        return Some(match upcoming {
            Some(e) => format!(
                "Pathway 3 (inadequate): next, {} on {}{}.",
                lower_first(&e.title),
                long_date(e.date),
                if e.estimate { " (estimate)" } else { "" }
            ),
            None => "Pathway 3 (inadequate): the usual monitoring visits are past; a re-inspection is expected.".to_string(),
        });
    }
    None
}

/// The rule set's titles start with an ASCII letter; ASCII lowering keeps Unicode's case tables
/// out of the first load.
fn lower_first(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// The events that follow a visit's fieldwork (see `docs/event-ids.md`); pathway and annual
/// events are left to the pathway sentence.
const AFTER_FIELDWORK_IDS: [&str; 9] = [
    "draft-report",
    "la-comments-due",
    "final-report",
    "publication",
    "publication-observed",
    "letter-not-published",
    "action-plan-due",
    "priority-action-plan-draft-due",
    "priority-action-plan-due",
];

/// Where the scheduled visit stands on `today`.
pub fn visit_position(
    plan: &Plan,
    calendar: &Calendar,
    today: NaiveDate,
) -> Result<Option<String>, PlanError> {
    let Some(v) = &plan.visit else {
        return Ok(None);
    };
    let name = v.kind.name();
    if today < v.notification {
        return Ok(Some(format!(
            "Your {name} is planned: notification on {}.",
            long_date(v.notification)
        )));
    }
    if today < v.first_onsite_day {
        return Ok(Some(format!(
            "Notice period of your {name}: inspectors arrive on {}.",
            long_date(v.first_onsite_day)
        )));
    }
    let Some(last) = v.last_fieldwork_day else {
        return Ok(Some(format!(
            "Fieldwork of your {name} began on {}.",
            long_date(v.first_onsite_day)
        )));
    };
    if today <= last {
        let total = calendar.working_days_between(v.first_onsite_day, last)? + 1;
        let day = if calendar.is_working_day(today)? {
            format!(
                "working day {} of {total}",
                calendar.working_days_between(v.first_onsite_day, today)? + 1
            )
        } else {
            format!("{total} working days in all")
        };
        return Ok(Some(format!(
            "Fieldwork of your {name} ({day}); feedback on {}.",
            long_date(last)
        )));
    }
    let next = plan
        .events
        .iter()
        .find(|e| e.date >= today && e.date > last && AFTER_FIELDWORK_IDS.contains(&e.id.as_str()));
    Ok(Some(match next {
        Some(e) => format!(
            "After fieldwork of your {name}: next, {} on {}{}.",
            lower_first(&e.title),
            long_date(e.date),
            if e.estimate { " (estimate)" } else { "" }
        ),
        None => format!("Your {name} and everything after it in this plan are complete."),
    }))
}
