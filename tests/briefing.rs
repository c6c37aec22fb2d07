#![cfg(not(target_arch = "wasm32"))]
//! Issue 28, item 3: the one-page briefing for the director and councillors. Its lines are the
//! ones the scrutiny guide (seed 003) says members ask about: where the council is in its cycle,
//! what happens when, what is due this week, what inspectors still wait for, how the council's
//! window compares, and the embargo until publication.

mod support;

use ilacs_planner::app::briefing::briefing;
use ilacs_planner::app::link::decode_query;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::councils::Councils;
use ilacs_planner::engine::records::further_info::InfoRequest;
use support::{current_practice, d, plan_on};

#[test]
fn barnsley_briefing_has_the_lines_members_ask_about() {
    let input =
        decode_query("v=1&la=370&li=short&lid=2023-09-11&lo=good&vk=short&vdate=2027-02-01")
            .state
            .input;
    let today = d(2027, 2, 2);
    let plan = plan_on(current_practice(), &input, today);
    let open = InfoRequest {
        id: "R1".into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(d(2027, 2, 2)),
        response_required_by: Some(d(2027, 2, 4)),
        reason: "Chronology".into(),
        ..InfoRequest::default()
    };
    let answered = InfoRequest {
        id: "R2".into(),
        date_received: Some(d(2027, 2, 2)),
        ..open.clone()
    };
    let cal = Calendar::england_and_wales();
    let b = briefing(
        &plan,
        input.council,
        &[open, answered],
        &Councils::built_in(),
        current_practice(),
        &cal,
        today,
    );
    assert_eq!(b.council.as_deref(), Some("Barnsley"));
    assert!(
        b.pathway.as_deref().unwrap().starts_with("Pathway 1: "),
        "{:?}",
        b.pathway
    );
    let ids: Vec<&str> = b.key_dates.iter().map(|e| e.id.as_str()).collect();
    assert!(
        ids.contains(&"notification") && ids.contains(&"feedback"),
        "{ids:?}"
    );
    assert!(
        b.key_dates.windows(2).all(|w| w[0].date <= w[1].date),
        "in date order"
    );
    assert_eq!(b.open_requests.len(), 1, "only requests still waiting");
    assert!(!b.this_week.is_empty(), "the notice week has things due");
    let national = b.national.unwrap();
    assert!(
        national.starts_with("Of the ") && national.ends_with("before Barnsley\u{2019}s."),
        "{national}"
    );
    assert!(b.published.is_some());
}
