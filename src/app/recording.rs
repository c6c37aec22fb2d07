//! Recording the day a step actually happened (issue 26): the date typed on a page becomes the
//! plan's new inputs, or a message saying why not. Pure, so the rules are host-tested; the pages
//! only show the result.

use chrono::NaiveDate;

use crate::engine::calendar::dates::DateInputError;
use crate::engine::calendar::Calendar;
use crate::engine::event::WarningId;
use crate::engine::plan::recorded::{RecordedDates, Step};
use crate::engine::plan::{plan, PlanInput};
use crate::engine::rules::RuleSet;

/// The inputs with `step` recorded on the typed date, or the message to show beside the date
/// input: the date cannot be read, has not happened yet, or contradicts the framework (a draft
/// before the end of fieldwork, naming both dates).
pub fn record(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &PlanInput,
    today: NaiveDate,
    step: Step,
    typed: Result<NaiveDate, DateInputError>,
) -> Result<PlanInput, String> {
    let date = typed.map_err(|e| e.message("The date"))?;
    RecordedDates::check_not_future(step, date, today).map_err(|e| e.to_string())?;
    let mut next = input.clone();
    next.recorded.set(step, date);
    let checked = plan(rules, calendar, &next, today).map_err(|e| e.to_string())?;
    let id = step.event_id();
    let refused = checked
        .warnings
        .iter()
        .find(|w| w.id == WarningId::RecordedDateRefused && w.events.contains(&id));
    match refused {
        Some(w) => Err(w.message.clone()),
        None => Ok(next),
    }
}

/// The inputs without the recorded date of `step`: the computed date comes back.
pub fn forget(input: &PlanInput, step: Step) -> PlanInput {
    let mut next = input.clone();
    next.recorded.remove(step);
    next
}
