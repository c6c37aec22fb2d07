//! The planner on an intranet's own pages (issue 27): the message an embedding page is sent
//! (`app::intranet::dates_message`) and what the card for an intranet home page shows.

mod support;

use ilacs_planner::app::intranet::{
    card_title, dates_message, full_planner_query, next_key_date, passed, pathway_words, DATES,
    DATES_VERSION,
};
use ilacs_planner::app::link::{decode_query, Embed, Page, SharedState};
use ilacs_planner::app::saved::{SavedPlan, SavedPlans, SAVED_VERSION};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::PlanInput;
use ilacs_planner::engine::records::annex_a::ChecklistState;
use ilacs_planner::engine::records::further_info::InfoRequest;
use ilacs_planner::engine::rules::VisitKind;
use support::{current_practice, d, plan_on, visit_only};

/// The example: Barnsley, last inspected (short, good) from Monday 11 September 2023.
const BARNSLEY: &str = "?v=1&embed=card&la=370&li=short&lid=2023-09-11&lo=good";

fn barnsley() -> PlanInput {
    decode_query(BARNSLEY).state.input
}

#[test]
fn the_card_link_is_read() {
    let decoded = decode_query(BARNSLEY);
    assert_eq!(decoded.state.embed, Embed::Card);
    assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    assert_eq!(decoded.state.input.council, Some(370));
}

#[test]
fn barnsley_card_shows_pathway_1_and_its_window() {
    let input = barnsley();
    let plan = plan_on(current_practice(), &input, d(2026, 7, 1));
    assert_eq!(card_title(&input), "Barnsley");
    let summary = plan.pathway.as_ref().expect("a pathway");
    assert_eq!(pathway_words(summary), "1 (short inspection next)");
    assert_eq!(
        plan.event("window-opens").map(|e| e.date),
        Some(d(2026, 3, 11))
    );
    assert_eq!(
        plan.event("window-closes").map(|e| e.date),
        Some(d(2027, 3, 11))
    );
    // No visit: no next key date.
    assert_eq!(next_key_date(&plan, d(2026, 7, 1)), None);
    // The window's end reads as passed only after it.
    let closes = plan.event("window-closes").unwrap();
    assert!(!passed(closes, d(2027, 3, 11)));
    assert!(passed(closes, d(2027, 3, 12)));
}

#[test]
fn the_message_has_the_documented_shape() {
    let input = barnsley();
    let plan = plan_on(current_practice(), &input, d(2026, 7, 1));
    let message = dates_message(&input, Some(&plan));
    let json = serde_json::to_value(&message).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&json), ["events", "plan", "type", "version"]);
    assert_eq!(json["type"], DATES);
    assert_eq!(json["type"], "ilacs-planner:dates");
    assert_eq!(json["version"], DATES_VERSION);
    assert_eq!(json["version"], 1);
    assert_eq!(
        json["plan"],
        serde_json::json!({
            "name": "Barnsley",
            "council": { "la": 370, "name": "Barnsley" },
            "rule_set": "current-practice",
        })
    );
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), plan.events.len(), "every event of the plan");
    for event in events {
        assert_eq!(
            keys(event),
            ["date", "estimate", "id", "recorded", "source", "title", "until"]
        );
        assert_eq!(event["recorded"], false, "recording dates is issue 26");
        assert!(!event["source"].as_str().unwrap().is_empty());
    }
    let opens = events.iter().find(|e| e["id"] == "window-opens").unwrap();
    assert_eq!(opens["date"], "2026-03-11");
    assert_eq!(opens["until"], serde_json::Value::Null, "a single day");
    assert_eq!(opens["estimate"], false);
    assert_eq!(opens["source"], "Ofsted ILACS framework, paragraph 13");
    // An observed month: an estimate, from its first day to its last.
    let likely = events
        .iter()
        .find(|e| e["id"] == "next-inspection-likely-from")
        .unwrap();
    assert_eq!(likely["estimate"], true);
    let (from, until) = (
        likely["date"].as_str().unwrap(),
        likely["until"].as_str().unwrap(),
    );
    assert!(from.ends_with("-01") && until > from, "{from} to {until}");
}

#[test]
fn a_period_is_sent_with_its_last_day() {
    let input = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let plan = plan_on(current_practice(), &input, d(2026, 3, 1));
    let message = dates_message(&input, Some(&plan));
    let keep_in_touch = message
        .events
        .iter()
        .find(|e| e.id == "keep-in-touch-meetings")
        .unwrap();
    assert!(keep_in_touch.until.is_some(), "{keep_in_touch:?}");
    let notification = message
        .events
        .iter()
        .find(|e| e.id == "notification")
        .unwrap();
    assert_eq!(
        (notification.date.as_str(), notification.until.as_deref()),
        ("2026-03-02", None)
    );
    // No council in the link: the name a plan from a link takes.
    assert_eq!(message.plan.name, "Plan from a link");
    assert_eq!(message.plan.council, None);
}

#[test]
fn nothing_but_the_link_is_sent() {
    // A browser with two saved plans, the open one with a typed name, a ticked checklist item
    // with an owner and note, and a further-information request.
    let mut checklist = ChecklistState::default();
    let item = checklist.entry("list-1");
    item.ticked = true;
    item.owner = "Data team".into();
    item.note = "Sent by secure email".into();
    let open = SavedPlan {
        id: "open".into(),
        name: "Cover for Jo while off sick".into(),
        state: SharedState {
            page: Page::Visit,
            input: PlanInput {
                council: Some(370),
                ..visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)))
            },
            ..SharedState::default()
        },
        checklist,
        requests: vec![InfoRequest {
            id: "r1".into(),
            requested_by: "Lead inspector".into(),
            reason: "Supervision records, case 1234".into(),
            ..InfoRequest::default()
        }],
        revision: 1,
    };
    let other = SavedPlan {
        id: "other".into(),
        name: "Neighbouring authority".into(),
        state: SharedState {
            input: visit_only(VisitKind::Focused, Anchor::Notification(d(2026, 5, 4))),
            ..SharedState::default()
        },
        ..SavedPlan::default()
    };
    let plans = SavedPlans {
        version: SAVED_VERSION,
        current: Some("open".into()),
        plans: vec![open, other],
        ..SavedPlans::default()
    };
    let input = &plans.current_plan().unwrap().state.input;
    let plan = plan_on(current_practice(), input, d(2026, 3, 1));
    let text = serde_json::to_string(&dates_message(input, Some(&plan))).unwrap();
    for private in [
        "Cover for Jo",
        "Data team",
        "Sent by secure email",
        "Supervision records",
        "Lead inspector",
        "Neighbouring authority",
        "list-1",
        "2026-05-04",
    ] {
        assert!(!text.contains(private), "{private} was sent");
    }
    assert!(text.contains("\"name\":\"Barnsley\""), "{text}");
}

#[test]
fn a_plan_the_engine_refuses_sends_no_events() {
    let input = PlanInput {
        rule_set: "ilacs-2017".into(),
        ..PlanInput::default()
    };
    let message = dates_message(&input, None);
    assert!(message.events.is_empty());
    assert_eq!(message.plan.rule_set, "ilacs-2017");
}

#[test]
fn the_next_key_date_moves_on_and_then_reads_as_passed() {
    let input = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let plan = plan_on(current_practice(), &input, d(2026, 3, 1));
    let next = |today| next_key_date(&plan, today).map(|(e, passed)| (e.id.clone(), passed));
    assert_eq!(next(d(2026, 3, 1)), Some(("notification".into(), false)));
    assert_eq!(next(d(2026, 3, 2)), Some(("notification".into(), false)));
    assert_eq!(
        next(d(2026, 3, 3)),
        Some(("child-level-data-due".into(), false))
    );
    assert_eq!(next(d(2026, 3, 16)), Some(("feedback".into(), false)));
    let (last, passed) = next(d(2030, 1, 1)).unwrap();
    assert!(passed, "after every key date, the last reads as passed");
    assert!(last.starts_with("publication"), "{last}");
}

#[test]
fn the_card_opens_the_same_plan_in_the_full_planner() {
    assert_eq!(
        full_planner_query(&barnsley()),
        "v=1&view=pathway&li=short&lid=2023-09-11&lo=good&la=370"
    );
    let visit = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let query = full_planner_query(&visit);
    assert!(query.starts_with("v=1&view=visit&"), "{query}");
    assert!(!query.contains("embed"), "{query}");
}
