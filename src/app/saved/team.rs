//! A team working from one plan by files (issue 28): a colleague's plan file, whose plan is
//! already saved here, merged into this copy.
//!
//! Unlike two tabs ([`super::merge`]), a file carries no version both sides started from, so the
//! merge cannot tell an edit from an old value. It therefore never takes anything away:
//! - a request, tick, owner or note that either side has is kept (a tick is kept if either side
//!   ticked; an empty field takes the other side's value);
//! - where both sides filled the same field differently, this copy's value stays in place and the
//!   file's is offered beside it ([`Conflict`]) for the person to choose;
//! - a request of the file with an id this copy uses for a different request (both numbered the
//!   next one, R2, on their own) takes the next free number;
//! - the plan's answers (its dates) are offered, never applied unasked.

use std::fmt;

use crate::engine::records::annex_a::{self, ChecklistState, ItemState};
use crate::engine::records::further_info::{next_id, InfoRequest};

use super::{plan_summary, SavedPlan};

/// What came in from the file, counted for the message after a merge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CameIn {
    pub requests: usize,
    pub responses: usize,
    pub ticks: usize,
    pub owners: usize,
    pub notes: usize,
}

impl fmt::Display for CameIn {
    /// "2 requests, 5 ticks and 1 owner", or "nothing new".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts = [
            (self.requests, "request", "requests"),
            (self.responses, "response", "responses"),
            (self.ticks, "tick", "ticks"),
            (self.owners, "owner", "owners"),
            (self.notes, "note", "notes"),
        ];
        let parts: Vec<String> = counts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
            .collect();
        match parts.as_slice() {
            [] => f.write_str("nothing new"),
            [one] => f.write_str(one),
            [rest @ .., last] => write!(f, "{} and {last}", rest.join(", ")),
        }
    }
}

/// Where a value both sides filled differently belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Place {
    Owner(String),
    Note(String),
    Request { id: String, field: RequestText },
    Answers(Box<crate::app::link::SharedState>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RequestText {
    RequestedBy,
    CaseId,
    Reason,
    Response,
}

/// One field both sides filled differently: this copy's value is in the merged plan; the file's
/// is here to choose instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// What the field is, in words ("Owner of List 2", "Response to request R1").
    pub what: String,
    pub mine: String,
    pub theirs: String,
    place: Place,
}

impl Conflict {
    /// Puts the file's value in `plan` instead of this copy's.
    pub fn take_theirs(&self, plan: &mut SavedPlan) {
        match &self.place {
            Place::Owner(id) => plan.checklist.entry(id).owner = self.theirs.clone(),
            Place::Note(id) => plan.checklist.entry(id).note = self.theirs.clone(),
            Place::Request { id, field } => {
                if let Some(r) = plan.requests.iter_mut().find(|r| &r.id == id) {
                    *request_text(r, *field) = self.theirs.clone();
                }
            }
            Place::Answers(state) => plan.state = (**state).clone(),
        }
    }
}

/// A merged plan and what to tell the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileMerge {
    /// This copy with the file's plan merged in (this copy's name, id and values where both
    /// differ).
    pub plan: SavedPlan,
    pub came_in: CameIn,
    pub conflicts: Vec<Conflict>,
}

/// Merges `theirs` (read from a colleague's plan file) into `mine` (the same plan, saved here).
pub fn merge_plan_file(mine: &SavedPlan, theirs: &SavedPlan) -> FileMerge {
    let mut out = FileMerge {
        plan: mine.clone(),
        came_in: CameIn::default(),
        conflicts: Vec::new(),
    };
    merge_checklist(&mut out, &theirs.checklist);
    for request in &theirs.requests {
        merge_request(&mut out, request);
    }
    if mine.state != theirs.state {
        out.conflicts.push(Conflict {
            what: "The plan's answers".to_string(),
            mine: plan_summary(&mine.state.input),
            theirs: plan_summary(&theirs.state.input),
            place: Place::Answers(Box::new(theirs.state.clone())),
        });
    }
    out
}

fn item_words(id: &str) -> String {
    match annex_a::item(id).map(|i| i.number) {
        Some("Audits") => "the audit list".to_string(),
        Some("Cases") => "the case file documents".to_string(),
        Some(n) if n.starts_with(|c: char| c.is_ascii_digit()) => format!("document {n}"),
        Some(n) => n.to_string(),
        None => id.to_string(),
    }
}

fn merge_checklist(out: &mut FileMerge, theirs: &ChecklistState) {
    for (id, their) in &theirs.items {
        let mine: &mut ItemState = out.plan.checklist.entry(id);
        if their.ticked && !mine.ticked {
            mine.ticked = true;
            out.came_in.ticks += 1;
        }
        // Asked for on either side stays asked for.
        if mine.selected.is_none() || their.selected == Some(true) {
            mine.selected = their.selected.or(mine.selected);
        }
        let owner = take_text(&mut mine.owner, &their.owner);
        let note = take_text(&mut mine.note, &their.note);
        let (mine_owner, mine_note) = (mine.owner.clone(), mine.note.clone());
        match owner {
            Taken::In => out.came_in.owners += 1,
            Taken::Both => out.conflicts.push(Conflict {
                what: format!("Owner of {}", item_words(id)),
                mine: mine_owner,
                theirs: their.owner.clone(),
                place: Place::Owner(id.clone()),
            }),
            Taken::Same => {}
        }
        match note {
            Taken::In => out.came_in.notes += 1,
            Taken::Both => out.conflicts.push(Conflict {
                what: format!("Note on {}", item_words(id)),
                mine: mine_note,
                theirs: their.note.clone(),
                place: Place::Note(id.clone()),
            }),
            Taken::Same => {}
        }
    }
}

/// How one text field came out.
enum Taken {
    /// Nothing new: equal, or empty in the file.
    Same,
    /// Empty here: the file's value is now here.
    In,
    /// Both filled, differently: this copy's stays.
    Both,
}

fn take_text(mine: &mut String, theirs: &str) -> Taken {
    if theirs.is_empty() || mine == theirs {
        Taken::Same
    } else if mine.is_empty() {
        *mine = theirs.to_string();
        Taken::In
    } else {
        Taken::Both
    }
}

fn request_text(r: &mut InfoRequest, field: RequestText) -> &mut String {
    match field {
        RequestText::RequestedBy => &mut r.requested_by,
        RequestText::CaseId => &mut r.case_id,
        RequestText::Reason => &mut r.reason,
        RequestText::Response => &mut r.response,
    }
}

/// Whether two requests with one id are the same request: asked for on the same day for the
/// same reason. Otherwise both sides numbered a new request the same (an inspector often asks
/// for several things on one day). A reason reworded on one side makes two requests rather than
/// one: a near-duplicate to delete is better than a request lost.
fn same_request(a: &InfoRequest, b: &InfoRequest) -> bool {
    a.date_requested == b.date_requested && a.reason.trim().eq_ignore_ascii_case(b.reason.trim())
}

fn merge_request(out: &mut FileMerge, theirs: &InfoRequest) {
    let requests = &mut out.plan.requests;
    let here = requests.iter().position(|r| r.id == theirs.id);
    let mine = match here {
        Some(i) if same_request(&requests[i], theirs) => &mut requests[i],
        // Already here under another number (taken in by an earlier merge): nothing new.
        _ if requests.iter().any(|r| same_content(r, theirs)) => return,
        numbered_alike => {
            let mut new = theirs.clone();
            if numbered_alike.is_some() {
                new.id = next_id(requests);
            }
            out.came_in.requests += 1;
            requests.push(new);
            return;
        }
    };
    let id = mine.id.clone();
    for (field, words) in [
        (RequestText::RequestedBy, "Who asked for request"),
        (RequestText::CaseId, "Case ID of request"),
        (RequestText::Reason, "Reason for request"),
        (RequestText::Response, "Response to request"),
    ] {
        let their_text = request_text(&mut theirs.clone(), field).clone();
        let here = request_text(mine, field);
        match take_text(here, &their_text) {
            Taken::In if field == RequestText::Response => out.came_in.responses += 1,
            Taken::Both => out.conflicts.push(Conflict {
                what: format!("{words} {id}"),
                mine: here.clone(),
                theirs: their_text,
                place: Place::Request {
                    id: id.clone(),
                    field,
                },
            }),
            _ => {}
        }
    }
    if mine.date_received.is_none() && theirs.date_received.is_some() {
        mine.date_received = theirs.date_received;
    }
    if mine.response_required_by.is_none() {
        mine.response_required_by = theirs.response_required_by;
    }
}

/// The same request whatever its number.
fn same_content(a: &InfoRequest, b: &InfoRequest) -> bool {
    InfoRequest {
        id: String::new(),
        ..a.clone()
    } == InfoRequest {
        id: String::new(),
        ..b.clone()
    }
}

/// The message after a merge: what came in, from which file.
pub fn merge_message(came_in: CameIn, file_name: &str) -> String {
    format!("Merged {came_in} from \u{201c}{file_name}\u{201d}.")
}
