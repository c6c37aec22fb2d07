//! The planner on an intranet's own pages (issue 27): what it tells the page that embeds it (the
//! message API, `docs/administrators.md`) and what the compact card for an intranet home page
//! shows (`embed=card`). Pure: the UI posts and draws what this returns.
//!
//! The message is built from the plan's link only (its inputs and the dates the engine works out
//! from them): this module is never given a saved plan, so the checklist, the further-information
//! requests, a name the person typed and the other saved plans cannot reach the embedding page.

use chrono::NaiveDate;
use serde::Serialize;

use super::link::{encode_query, Embed, Page, SharedState};
use super::pages::key_events;
use super::saved::LINK_PLAN_NAME;
use crate::engine::calendar::dates::iso;
use crate::engine::councils;
use crate::engine::event::Event;
use crate::engine::plan::pathway::PathwaySummary;
use crate::engine::plan::{Plan, PlanInput};

/// The `type` of the message an embedding page posts to ask for the open plan's dates.
pub const GET_DATES: &str = "ilacs-planner:get-dates";
/// The `type` of the answer, and of the update sent whenever the plan changes.
pub const DATES: &str = "ilacs-planner:dates";
/// The answer's `version`: goes up only if a field changes meaning or goes away.
pub const DATES_VERSION: u32 = 1;

/// `{type: "ilacs-planner:dates", version: 1, plan, events}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DatesMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub plan: PlanHeader,
    pub events: Vec<DateEntry>,
}

/// What the link says about the plan itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanHeader {
    /// The council's name when the link names one (`la`), otherwise "Plan from a link" (the name
    /// a plan opened from a link takes). A name typed in this browser is not in the link, so it
    /// is never sent.
    pub name: String,
    /// The council the link names, if any.
    pub council: Option<CouncilRef>,
    /// The id of the rule set the dates follow, e.g. "current-practice".
    pub rule_set: String,
}

/// A local authority by its DfE number and name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CouncilRef {
    pub la: u16,
    pub name: String,
}

/// One dated event of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DateEntry {
    /// The event id of `docs/event-ids.md`.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The period's last day (`YYYY-MM-DD`) when the event is a period (a step the framework
    /// places in a period, a forecast month); `None` (null) for a single day.
    pub until: Option<String>,
    pub title: String,
    /// Whether the date is an estimate rather than a rule's date.
    pub estimate: bool,
    /// Whether the date is one the council recorded as it happened. Always false for now:
    /// recording actual dates is a later feature (issue 26).
    pub recorded: bool,
    /// Where the date comes from, in words ("Ofsted ILACS framework, paragraph 216").
    pub source: String,
}

/// The built-in council with this DfE number.
fn council(input: &PlanInput) -> Option<CouncilRef> {
    let la = input.council?;
    councils::built_in(la).map(|c| CouncilRef {
        la,
        name: c.name.to_string(),
    })
}

/// The period's last day, when the event is more than one day.
fn until(event: &Event) -> Option<NaiveDate> {
    event
        .undated
        .as_ref()
        .and_then(|u| u.until)
        .or(event.span.map(|(_, to)| to))
        .filter(|until| *until > event.date)
}

/// The message for the plan in `link`, whose dates are `plan` (`None` when the engine could not
/// work them out: then no events).
pub fn dates_message(link: &PlanInput, plan: Option<&Plan>) -> DatesMessage {
    let council = council(link);
    DatesMessage {
        kind: DATES,
        version: DATES_VERSION,
        plan: PlanHeader {
            name: council
                .as_ref()
                .map_or_else(|| LINK_PLAN_NAME.to_string(), |c| c.name.clone()),
            council,
            rule_set: plan.map_or_else(|| link.rule_set.clone(), |p| p.rule_set_id.clone()),
        },
        events: plan
            .map(|plan| {
                plan.events
                    .iter()
                    .map(|e| DateEntry {
                        id: e.id.clone(),
                        date: iso(e.date),
                        until: until(e).map(iso),
                        title: e.title.clone(),
                        estimate: e.estimate,
                        recorded: false,
                        source: e.citation.plain_label(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The card's heading: the council's name, or "ILACS plan" when the link names none.
pub fn card_title(input: &PlanInput) -> String {
    council(input).map_or_else(|| "ILACS plan".to_string(), |c| c.name)
}

/// The pathway in a few words, beside the word "Pathway": "1 (short inspection next)", and
/// "(assumption; …)" when it rests on the planner's assumption.
pub fn pathway_words(summary: &PathwaySummary) -> String {
    let next = match summary.next_inspection_kind {
        Some(kind) => format!("{} next", kind.name()),
        None => "monitoring visits, then re-inspection".to_string(),
    };
    let assumption = if summary.assumption {
        "assumption; "
    } else {
        ""
    };
    format!("{} ({assumption}{next})", summary.pathway.number())
}

/// Whether the event is over before `today` (its last day, for a period).
pub fn passed(event: &Event, today: NaiveDate) -> bool {
    until(event).unwrap_or(event.date) < today
}

/// The next key date of the plan's visit (the visit schedule's key dates, in order): the first
/// not yet passed on `today`, or, when all have passed, the last one (marked passed). `None` when
/// the plan has no visit.
pub fn next_key_date(plan: &Plan, today: NaiveDate) -> Option<(&Event, bool)> {
    plan.visit?;
    let keys: Vec<&Event> = key_events(Page::Visit)
        .iter()
        .filter_map(|id| plan.event(id))
        .collect();
    match keys.iter().find(|e| !passed(e, today)) {
        Some(next) => Some((next, false)),
        None => keys.last().map(|last| (*last, true)),
    }
}

/// The link the card opens: the same plan in the full planner (not embedded), on the visit
/// schedule when the plan has a visit, otherwise on "Your pathway".
pub fn full_planner_query(input: &PlanInput) -> String {
    let page = if input.visit.is_some() {
        Page::Visit
    } else {
        Page::Pathway
    };
    encode_query(&SharedState {
        page,
        input: input.clone(),
        embed: Embed::No,
        training: None,
    })
}
