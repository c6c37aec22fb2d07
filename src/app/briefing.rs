//! The one-page briefing for the director and councillors (issue 28): what a scrutiny member
//! asks (the Centre for Governance and Scrutiny's guide, seed 003): where the council is in its
//! inspection cycle, what happens when, what the team must have ready this week, what the
//! inspectors are still waiting for, how the council's window sits against others', and that the
//! result stays under embargo until the report is published.
//!
//! Everything here is chosen from what the engine already worked out; the page only lays it out.

use chrono::NaiveDate;

use crate::app::pages::{key_events, Page};
use crate::engine::calendar::Calendar;
use crate::engine::councils::{self, Councils};
use crate::engine::event::Event;
use crate::engine::plan::whats_due::whats_due;
use crate::engine::plan::Plan;
use crate::engine::records::further_info::{status, InfoRequest};
use crate::engine::rules::RuleSet;

/// Most lines in a list, so the page stays on one sheet of A4.
pub const MAX_LINES: usize = 8;

/// An open request, for the briefing's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenRequest {
    pub id: String,
    pub reason: String,
    pub due: Option<NaiveDate>,
}

/// The briefing's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Briefing {
    /// The council's name, when the plan names one.
    pub council: Option<String>,
    /// "Pathway 1: …", the plan's pathway in words.
    pub pathway: Option<String>,
    /// The key dates of the visit and after it, in date order (each at most once).
    pub key_dates: Vec<Event>,
    /// What falls due this working week (today and the next working days).
    pub this_week: Vec<Event>,
    /// Requests not yet answered, with their response dates; and how many more there are.
    pub open_requests: Vec<OpenRequest>,
    pub more_requests: usize,
    /// Where the council's window sits among every council's, in words.
    pub national: Option<String>,
    /// The report's expected publication (the observed forecast, else the framework's day), for
    /// the embargo line.
    pub published: Option<Event>,
}

/// Builds the briefing for `plan` (worked out from the plan's `requests` too) on `today`.
pub fn briefing(
    plan: &Plan,
    council: Option<u16>,
    requests: &[InfoRequest],
    all: &Councils,
    rules: &RuleSet,
    calendar: &Calendar,
    today: NaiveDate,
) -> Briefing {
    let mut ids: Vec<&str> = key_events(Page::Visit).to_vec();
    for id in key_events(Page::AfterFieldwork) {
        if !ids.contains(id) {
            ids.push(id);
        }
    }
    let mut key_dates: Vec<Event> = plan
        .events
        .iter()
        .filter(|e| ids.contains(&e.id.as_str()))
        .cloned()
        .collect();
    key_dates.sort_by_key(|e| e.date);
    key_dates.truncate(MAX_LINES + 4);
    let this_week = whats_due(plan, calendar, today)
        .map(|due| {
            due.days
                .into_iter()
                .flat_map(|d| d.events)
                .take(MAX_LINES)
                .collect()
        })
        .unwrap_or_default();
    let open: Vec<OpenRequest> = requests
        .iter()
        .filter(|r| r.date_received.is_none())
        .filter(|r| status(calendar, r, today).is_ok())
        .map(|r| OpenRequest {
            id: r.id.clone(),
            reason: r.reason.clone(),
            due: r.response_required_by,
        })
        .collect();
    let more_requests = open.len().saturating_sub(MAX_LINES);
    let council_row = council.and_then(|code| all.list.iter().find(|c| c.la_code == code));
    let published = ["publication-observed", "publication"]
        .into_iter()
        .find_map(|id| plan.event(id))
        .cloned();
    Briefing {
        council: council_row.map(|c| c.name.clone()),
        pathway: plan
            .pathway
            .as_ref()
            .map(|p| format!("Pathway {}: {}", p.pathway.number(), p.next_inspection)),
        key_dates,
        this_week,
        open_requests: open.into_iter().take(MAX_LINES).collect(),
        more_requests,
        national: national(
            plan,
            council_row.map(|c| c.name.as_str()),
            all,
            rules,
            calendar,
        ),
        published,
    }
}

/// "Of the 150 councils whose window is known, 41 have windows closing before Barnsley's."
fn national(
    plan: &Plan,
    name: Option<&str>,
    all: &Councils,
    rules: &RuleSet,
    calendar: &Calendar,
) -> Option<String> {
    let closes = plan.pathway.as_ref()?.window?.latest;
    let windows: Vec<NaiveDate> = all
        .list
        .iter()
        .filter_map(|c| councils::status(c, rules, calendar).window)
        .map(|w| w.latest)
        .collect();
    if windows.is_empty() {
        return None;
    }
    let before = windows.iter().filter(|d| **d < closes).count();
    let whose = name.map_or("this plan's".to_string(), |n| format!("{n}\u{2019}s"));
    Some(format!(
        "Of the {} councils whose inspection window is known, {before} have windows closing before {whose}.",
        windows.len()
    ))
}
