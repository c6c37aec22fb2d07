#![cfg(not(target_arch = "wasm32"))]
//! Issue 28, item 1: a team works from one plan by files. Opening a colleague's plan file whose
//! plan is already saved here can merge it into this copy: every request, response, tick, owner
//! and note from both sides is kept, a field both sides changed keeps both values for the person
//! to choose, and nothing is deleted because one side lacks it.

mod support;

use ilacs_planner::app::saved::{merge_plan_file, plan_file_json, read_plan_file, SavedPlan};
use ilacs_planner::engine::records::annex_a::ChecklistState;
use ilacs_planner::engine::records::further_info::{next_id, InfoRequest};
use support::d;

fn request(id: &str, by: &str, reason: &str) -> InfoRequest {
    InfoRequest {
        id: id.to_string(),
        requested_by: by.to_string(),
        date_requested: Some(d(2027, 2, 10)),
        response_required_by: Some(d(2027, 2, 12)),
        reason: reason.to_string(),
        ..InfoRequest::default()
    }
}

fn plan(requests: Vec<InfoRequest>) -> SavedPlan {
    SavedPlan {
        id: "plan-barnsley".into(),
        name: "Barnsley".into(),
        requests,
        ..SavedPlan::default()
    }
}

/// Through a file, as a colleague's browser would: written, then read.
fn via_file(plan: &SavedPlan) -> SavedPlan {
    read_plan_file(&plan_file_json(plan)).expect("a plan file reads")
}

/// The worked case: A saves a file with R1; B opens it, adds R2 and saves a file;
/// meanwhile A adds R3 (the next request A records); A merges B's file: A has R1, R2 and R3,
/// once each.
#[test]
fn worked_case_a_merges_bs_file_and_has_every_request_once() {
    let mut a = plan(vec![request(
        "R1",
        "Lead inspector",
        "Chronology for child A",
    )]);
    let mut b = via_file(&a);
    let id = next_id(&b.requests);
    b.requests
        .push(request(&id, "Lead inspector", "Supervision notes"));
    let bs_file = via_file(&b);
    let id = next_id(&a.requests);
    a.requests.push(request(
        &id,
        "Regulatory inspector",
        "Fostering panel minutes",
    ));
    let merged = merge_plan_file(&a, &bs_file);
    let reasons: Vec<&str> = merged
        .plan
        .requests
        .iter()
        .map(|r| r.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            "Chronology for child A",
            "Fostering panel minutes",
            "Supervision notes"
        ]
    );
    let ids: Vec<&str> = merged.plan.requests.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["R1", "R2", "R3"],
        "B's request takes the next free number"
    );
    assert_eq!(merged.came_in.requests, 1);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.came_in.to_string(), "1 request");
    // Merging the same file again brings nothing more.
    let again = merge_plan_file(&merged.plan, &bs_file);
    assert_eq!(again.plan, merged.plan);
    assert_eq!(again.came_in.to_string(), "nothing new");
}

/// Ticks, owners and notes come in; nothing is taken away because one side lacks it.
#[test]
fn ticks_owners_notes_and_responses_come_in_and_nothing_goes() {
    let mut mine = plan(vec![request("R1", "Lead inspector", "Chronology")]);
    mine.checklist.entry("list-1").ticked = true;
    mine.checklist.entry("list-2").owner = "Sam (performance)".into();
    let mut theirs = mine.clone();
    theirs.checklist = ChecklistState::default();
    theirs.checklist.entry("list-3").ticked = true;
    theirs.checklist.entry("list-4").ticked = true;
    theirs.checklist.entry("list-2").note = "Draft with Sam".into();
    theirs.checklist.entry("list-5").owner = "Jo (QA)".into();
    theirs.requests[0].response = "Sent on the portal".into();
    theirs.requests[0].date_received = Some(d(2027, 2, 11));
    let merged = merge_plan_file(&mine, &theirs);
    let c = &merged.plan.checklist;
    assert!(c.get("list-1").ticked, "a tick the file lacks stays");
    assert!(c.get("list-3").ticked && c.get("list-4").ticked);
    assert_eq!(c.get("list-2").owner, "Sam (performance)");
    assert_eq!(c.get("list-2").note, "Draft with Sam");
    assert_eq!(c.get("list-5").owner, "Jo (QA)");
    assert_eq!(merged.plan.requests[0].response, "Sent on the portal");
    assert_eq!(merged.plan.requests[0].date_received, Some(d(2027, 2, 11)));
    assert_eq!(
        merged.came_in.to_string(),
        "1 response, 2 ticks, 1 owner and 1 note"
    );
    assert!(merged.conflicts.is_empty());
}

/// A field both sides filled differently keeps both values: this copy's stays in place until the
/// person chooses, and choosing the file's puts it there.
#[test]
fn a_field_changed_on_both_sides_keeps_both_values_to_choose_from() {
    let mut mine = plan(vec![request("R1", "Lead inspector", "Chronology")]);
    mine.checklist.entry("list-2").owner = "Sam".into();
    mine.requests[0].response = "Sent Monday".into();
    let mut theirs = mine.clone();
    theirs.checklist.entry("list-2").owner = "Jo".into();
    theirs.requests[0].response = "Sent Tuesday with the addendum".into();
    let merged = merge_plan_file(&mine, &theirs);
    assert_eq!(merged.conflicts.len(), 2);
    let owner = &merged.conflicts[0];
    assert_eq!(owner.what, "Owner of List 2");
    assert_eq!((owner.mine.as_str(), owner.theirs.as_str()), ("Sam", "Jo"));
    let response = &merged.conflicts[1];
    assert_eq!(response.what, "Response to request R1");
    assert_eq!(merged.plan.checklist.get("list-2").owner, "Sam");
    let mut plan = merged.plan.clone();
    response.take_theirs(&mut plan);
    assert_eq!(plan.requests[0].response, "Sent Tuesday with the addendum");
    owner.take_theirs(&mut plan);
    assert_eq!(plan.checklist.get("list-2").owner, "Jo");
}

/// Different answers (dates) in the file are offered, never applied unasked.
#[test]
fn different_plan_answers_are_offered_not_applied() {
    let mine = plan(vec![]);
    let mut theirs = mine.clone();
    theirs.state = ilacs_planner::app::link::decode_query("v=1&vk=standard&vdate=2027-02-01").state;
    let merged = merge_plan_file(&mine, &theirs);
    assert_eq!(merged.plan.state, mine.state);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].what, "The plan's answers");
    assert!(merged.conflicts[0]
        .theirs
        .contains("Monday 1 February 2027"));
    let mut plan = merged.plan.clone();
    merged.conflicts[0].take_theirs(&mut plan);
    assert_eq!(plan.state, theirs.state);
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(500))]

    /// Merging any two versions of a plan loses no request, response, tick or owner: each is in
    /// the merged plan, or (where both sides differ) kept as a choice.
    #[test]
    fn merging_any_two_versions_loses_nothing(
        a_reqs in proptest::collection::vec((0u8..6, 0u8..3, 0u8..3), 0..6),
        b_reqs in proptest::collection::vec((0u8..6, 0u8..3, 0u8..3), 0..6),
        a_ticks in proptest::collection::vec((1u8..12, proptest::bool::ANY, 0u8..3), 0..8),
        b_ticks in proptest::collection::vec((1u8..12, proptest::bool::ANY, 0u8..3), 0..8),
    ) {
        let make = |reqs: &[(u8, u8, u8)], ticks: &[(u8, bool, u8)]| {
            let mut p = plan(Vec::new());
            for &(n, reason, response) in reqs {
                let id = format!("R{}", n + 1);
                if p.requests.iter().any(|r| r.id == id) { continue; }
                let mut r = request(&id, "Lead inspector", &format!("Reason {reason}"));
                if response > 0 { r.response = format!("Response {response}"); }
                p.requests.push(r);
            }
            for &(item, ticked, owner) in ticks {
                let e = p.checklist.entry(&format!("list-{item}"));
                e.ticked |= ticked;
                if owner > 0 { e.owner = format!("Owner {owner}"); }
            }
            p
        };
        let a = make(&a_reqs, &a_ticks);
        let b = make(&b_reqs, &b_ticks);
        let merged = merge_plan_file(&a, &b);
        let kept = |value: &str| {
            merged.conflicts.iter().any(|c| c.mine == value || c.theirs == value)
        };
        for side in [&a, &b] {
            for r in &side.requests {
                let found = merged.plan.requests.iter().any(|m| m.reason == r.reason && m.requested_by == r.requested_by)
                    || kept(&r.reason);
                proptest::prop_assert!(found, "request {} ({}) lost", r.id, r.reason);
                if !r.response.is_empty() {
                    proptest::prop_assert!(
                        merged.plan.requests.iter().any(|m| m.response == r.response) || kept(&r.response),
                        "response {} lost", r.response
                    );
                }
            }
            for (id, item) in &side.checklist.items {
                let now = merged.plan.checklist.get(id);
                if item.ticked { proptest::prop_assert!(now.ticked, "tick on {} lost", id); }
                if !item.owner.is_empty() {
                    proptest::prop_assert!(now.owner == item.owner || kept(&item.owner), "owner {} lost", item.owner);
                }
            }
        }
        let ids: std::collections::HashSet<&str> = merged.plan.requests.iter().map(|r| r.id.as_str()).collect();
        proptest::prop_assert_eq!(ids.len(), merged.plan.requests.len(), "request ids stay unique");
    }
}
