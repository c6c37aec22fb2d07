//! A page's "Key dates" as data: which events the summary lists (one publication entry, however
//! many estimates the plan holds), the warnings the engine attached to each, whether each has
//! passed, and what to enter next once every one has. The UI only lays this out.

use chrono::NaiveDate;

use super::pages::{key_events, Page};
use crate::engine::event::{Event, Warning};
use crate::engine::plan::{Plan, PlanInput};

/// One row of "Key dates".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyDate {
    pub event: Event,
    /// For the observed publication forecast: the day by which three in four comparable reports
    /// were out, shown in the same row as the most likely day.
    pub by: Option<Event>,
    /// The warnings the engine attached to this date (or to `by`), each once.
    pub warnings: Vec<Warning>,
    /// The date (the last day of its period, or `by`) is before today.
    pub passed: bool,
}

/// A page's key dates, and what to enter next when all of them have passed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyDates {
    pub rows: Vec<KeyDate>,
    pub next_step: Option<&'static str>,
}

/// The key dates of `view` in `plan` on `today`.
///
/// Publication has one entry: under a rule set with observed publication data, the observed
/// forecast (`publication-observed`, with `publication-observed-by` in the same row); otherwise
/// the framework's day (`publication`). The framework's timetable stays in the day-by-day list.
pub fn key_dates(page: Page, plan: &Plan, today: NaiveDate) -> KeyDates {
    let observed = plan.event("publication-observed").is_some();
    let rows: Vec<KeyDate> = key_events(page)
        .iter()
        .filter(|id| !(observed && matches!(**id, "publication" | "publication-observed-by")))
        .filter_map(|id| plan.event(id))
        .map(|event| {
            let by = (event.id == "publication-observed")
                .then(|| plan.event("publication-observed-by").cloned())
                .flatten();
            let ids: Vec<&str> = std::iter::once(event.id.as_str())
                .chain(by.as_ref().map(|b| b.id.as_str()))
                .collect();
            let mut warnings: Vec<Warning> = Vec::new();
            for w in &plan.warnings {
                let concerns = w.events.iter().any(|e| ids.contains(&e.as_str()));
                if concerns && !warnings.iter().any(|x| x.message == w.message) {
                    warnings.push(w.clone());
                }
            }
            let last = by
                .as_ref()
                .map(|b| b.date)
                .or_else(|| event.undated.as_ref().and_then(|u| u.until))
                .unwrap_or(event.date)
                .max(event.date);
            KeyDate {
                event: event.clone(),
                by,
                warnings,
                passed: last < today,
            }
        })
        .collect();
    let next_step = (!rows.is_empty() && rows.iter().all(|r| r.passed)).then(|| next_step(page));
    KeyDates { rows, next_step }
}

/// What the publication date says until the person has said whether the council has elections
/// in the next few months: not answering is not "no" (issue 25 item 2).
pub const ELECTIONS_NOT_ANSWERED: &str = "You have not said whether your council has elections in the next few months. If it has, the pre-election period can hold the report back: answer the question about elections on the Visit schedule page.";

/// The note for the key date `event_id` while the elections question is not answered: on the
/// publication date only, and only when neither a polling day nor "no" was given.
pub fn elections_note(input: &PlanInput, event_id: &str) -> Option<&'static str> {
    let publication = matches!(event_id, "publication" | "publication-observed");
    let answered = input.local_polling_day.is_some() || input.no_local_elections;
    (publication && !answered).then_some(ELECTIONS_NOT_ANSWERED)
}

/// What to enter once every key date of a page has passed.
fn next_step(page: Page) -> &'static str {
    match page {
        Page::Pathway => "Every date here has passed. Enter your latest monitoring visit, or your latest judgement inspection, to see what comes next.",
        _ => "Every date here has passed. When Ofsted next calls, enter that visit; or enter your latest monitoring visit on the Your pathway page to see what comes next.",
    }
}
