#![cfg(not(target_arch = "wasm32"))]
//! Saved plans: first visit, round trip, corrupted and partly readable data kept aside, the
//! share-link form of the inputs, newer versions, tolerance of missing and extra fields, plan files.

mod support;

use ilacs_planner::app::link::{Embed, Page, SharedState};
use ilacs_planner::app::saved::{
    load_saved, new_plan_id, plan_file_json, read_plan_file, saved_json, PlanFileError, SavedPlan,
    SavedPlans, MAX_PLAN_FILE_BYTES, SAVED_VERSION,
};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::records::annex_a::ChecklistState;
use ilacs_planner::engine::records::further_info::InfoRequest;
use ilacs_planner::engine::rules::VisitKind;
use proptest::prelude::*;
use support::{d, visit_only};

fn spring() -> SharedState {
    SharedState {
        page: Page::Visit,
        embed: Embed::No,
        training: None,
        input: visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2))),
    }
}

fn two_plans() -> SavedPlans {
    // The officer's own work travels with the plan (issue 7): a ticked, owned item and a request.
    let mut checklist = ChecklistState::default();
    let item = checklist.entry("list-1");
    item.ticked = true;
    item.owner = "Data team".into();
    item.note = "Sent by secure email".into();
    let request = InfoRequest {
        id: "r1".into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(d(2026, 3, 10)),
        response_required_by: Some(d(2026, 3, 11)),
        reason: "Supervision records, case 1234".into(),
        ..InfoRequest::default()
    };
    let a = SavedPlan {
        id: new_plan_id(&[], 1),
        name: "Spring".into(),
        state: spring(),
        checklist,
        requests: vec![request],
        revision: 3,
    };
    let b = SavedPlan {
        id: new_plan_id(std::slice::from_ref(&a), 2),
        name: "Autumn, \"what if\"".into(),
        state: SharedState::default(),
        ..SavedPlan::default()
    };
    SavedPlans {
        version: SAVED_VERSION,
        current: Some(b.id.clone()),
        plans: vec![a, b],
        ..SavedPlans::default()
    }
}

#[test]
fn first_visit_is_quiet() {
    for text in [None, Some(""), Some("  ")] {
        let out = load_saved(text);
        assert_eq!(out.plans, SavedPlans::default());
        assert_eq!(out.kept_aside, None);
        assert_eq!(out.message, None);
    }
}

#[test]
fn saved_plans_round_trip() {
    let plans = two_plans();
    let out = load_saved(Some(&saved_json(&plans)));
    assert_eq!(out.plans, plans);
    assert_eq!(out.kept_aside, None);
    assert_eq!(out.message, None);
    assert_eq!(
        out.plans.current_plan().map(|p| p.name.as_str()),
        Some("Autumn, \"what if\"")
    );
}

#[test]
fn corrupted_data_is_kept_aside_not_thrown_away() {
    for text in [
        "{\"version\":1,\"plans\":[",
        "null",
        "[1,2]",
        "42",
        "\"text\"",
        "{}",
        "{\"version\":\"one\"}",
        "{\"version\":1,\"plans\":7}",
    ] {
        let out = load_saved(Some(text));
        assert!(out.plans.plans.is_empty(), "{text}");
        assert_eq!(out.kept_aside.as_deref(), Some(text));
        assert_eq!(
            out.message.as_deref(),
            Some("Your saved plans could not be read, so the planner started afresh. The original copy has been kept in this browser; nothing was deleted.")
        );
    }
}

#[test]
fn readable_plans_are_salvaged_from_a_damaged_list() {
    let good = saved_json(&two_plans());
    // Damage the second plan (its state is not a share-link query at all).
    let damaged = good.replacen("\"state\":\"v=1\"", "\"state\":7", 1);
    assert_ne!(good, damaged);
    let out = load_saved(Some(&damaged));
    assert_eq!(out.plans.plans.len(), 1);
    assert_eq!(out.plans.plans[0].name, "Spring");
    // The current plan was the damaged one, so the first readable plan becomes current.
    assert_eq!(out.plans.current.as_ref(), Some(&out.plans.plans[0].id));
    assert_eq!(out.kept_aside.as_deref(), Some(damaged.as_str()));
    assert_eq!(
        out.message.as_deref(),
        Some("One of your saved plans could not be read and was left out; the others are here. The original copy has been kept in this browser; nothing was deleted.")
    );
}

#[test]
fn a_plans_inputs_are_stored_in_their_share_link_form() {
    // One schema for links, saved plans and plan files (docs/url-schema.md).
    let text = saved_json(&two_plans());
    assert!(
        text.contains(r#""state":"v=1&view=visit&vk=standard&vdate=2026-03-02""#),
        "{text}"
    );
    assert!(text.contains(r#""date_requested":"2026-03-10""#), "{text}");
}

#[test]
fn a_damaged_date_in_a_request_loses_only_that_date() {
    let text = saved_json(&two_plans()).replace("2026-03-10", "2026-02-30");
    let out = load_saved(Some(&text));
    assert_eq!(out.message, None);
    let request = &out.plans.plans[0].requests[0];
    assert_eq!(request.date_requested, None);
    assert_eq!(request.response_required_by, Some(d(2026, 3, 11)));
}

#[test]
fn json_that_is_not_a_saved_plans_list_is_kept_aside() {
    let text = r#"{"rule_set":"ilacs-2017"}"#;
    let out = load_saved(Some(text));
    assert!(out.plans.plans.is_empty());
    assert_eq!(out.kept_aside.as_deref(), Some(text));
    assert!(out.message.unwrap().contains("nothing was deleted"));
}

#[test]
fn newer_versions_are_kept_aside() {
    let text = r#"{"version":2,"plans":[{"id":"a","name":"A","state":{}}],"current":"a"}"#;
    let out = load_saved(Some(text));
    assert!(out.plans.plans.is_empty());
    assert_eq!(out.kept_aside.as_deref(), Some(text));
    let message = out.message.unwrap();
    assert!(
        message.contains("newer version of ILACS Planner (version 2)"),
        "{message}"
    );
    assert!(message.contains("nothing was deleted"));
}

#[test]
fn missing_and_future_fields_are_tolerated() {
    // A plan saved with fields a later release adds (issue 7), and one missing most fields.
    let text = r#"{"version":1,"plans":[
        {"id":"a","name":"A","state":"v=1&view=calendar","checklist":{"done":["x"]},"requests":[],"colour":"blue"},
        {"id":"b"}
    ]}"#;
    let out = load_saved(Some(text));
    assert_eq!(out.message, None);
    assert_eq!(out.kept_aside, None);
    assert_eq!(out.plans.plans.len(), 2);
    assert_eq!(out.plans.plans[0].state.page, Page::AllDates);
    assert_eq!(out.plans.plans[1].name, "Untitled plan");
    assert_eq!(out.plans.current.as_deref(), Some("a"));
}

#[test]
fn duplicate_ids_are_made_unique() {
    let text =
        r#"{"version":1,"plans":[{"id":"a","name":"A"},{"id":"a","name":"B"}],"current":"a"}"#;
    let plans = load_saved(Some(text)).plans;
    assert_eq!(plans.plans.len(), 2);
    assert_ne!(plans.plans[0].id, plans.plans[1].id);
    assert_eq!(plans.current_plan().map(|p| p.name.as_str()), Some("A"));
}

#[test]
fn plan_files_round_trip() {
    for plan in two_plans().plans {
        let text = plan_file_json(&plan);
        assert!(text.starts_with("{\n  \"format\": \"ilacs-planner-plan\",\n  \"version\": 1,"));
        assert_eq!(read_plan_file(&text), Ok(plan.clone()));
        // A byte order mark added by an editor is fine.
        assert_eq!(read_plan_file(&format!("\u{feff}{text}")), Ok(plan));
    }
}

#[test]
fn plan_file_errors_say_what_to_do() {
    let cases: [(String, PlanFileError); 7] = [
        ("BEGIN:VCALENDAR".into(), PlanFileError::NotJson),
        ("[]".into(), PlanFileError::NotAPlanFile),
        (
            r#"{"format":"something-else","version":1,"plan":{}}"#.into(),
            PlanFileError::NotAPlanFile,
        ),
        (
            r#"{"format":"ilacs-planner-plan","version":3,"plan":{}}"#.into(),
            PlanFileError::NewerVersion { version: 3 },
        ),
        (
            r#"{"format":"ilacs-planner-plan","plan":{}}"#.into(),
            PlanFileError::Damaged,
        ),
        (
            r#"{"format":"ilacs-planner-plan","version":1,"plan":{"state":{"view":7}}}"#.into(),
            PlanFileError::Damaged,
        ),
        (
            " ".repeat(MAX_PLAN_FILE_BYTES + 1),
            PlanFileError::TooLarge {
                bytes: MAX_PLAN_FILE_BYTES + 1,
            },
        ),
    ];
    for (text, expected) in cases {
        let got = read_plan_file(&text);
        assert_eq!(got.as_ref().err(), Some(&expected));
        let message = expected.to_string();
        assert!(
            message.ends_with('.') && !message.contains("Error"),
            "{message}"
        );
    }
    assert_eq!(
        PlanFileError::TooLarge { bytes: 1_000_001 }.to_string(),
        "The file is too large to be a saved plan (1001 KB; a saved plan is a few KB). Choose the .json file that ILACS Planner saved."
    );
    // A file with an empty name gets one.
    let text = r#"{"format":"ilacs-planner-plan","version":1,"plan":{"id":"x","name":""}}"#;
    assert_eq!(read_plan_file(text).unwrap().name, "Untitled plan");
}

proptest! {
    #[test]
    fn loading_any_text_never_panics(text in any::<String>()) {
        let out = load_saved(Some(&text));
        if out.message.is_some() {
            prop_assert_eq!(out.kept_aside.as_deref(), Some(text.as_str()));
        }
    }

    #[test]
    fn reading_any_file_never_panics(text in any::<String>()) {
        let _ = read_plan_file(&text);
    }

    #[test]
    fn cut_off_saves_are_kept_aside(cut in 0usize..400) {
        let text = saved_json(&two_plans());
        let cut = cut.min(text.len() - 1);
        let out = load_saved(Some(&text[..cut]));
        if cut > 0 {
            prop_assert_eq!(out.kept_aside.as_deref(), Some(&text[..cut]));
            prop_assert!(out.message.is_some());
        }
    }

    #[test]
    fn new_ids_never_clash(seeds in proptest::collection::vec(any::<u64>(), 1..40)) {
        let mut plans: Vec<SavedPlan> = Vec::new();
        for seed in seeds {
            let id = new_plan_id(&plans, seed);
            prop_assert!(plans.iter().all(|p| p.id != id));
            plans.push(SavedPlan { id, ..SavedPlan::default() });
        }
    }
}

/// Issue 15: the chosen council is kept with the plan (in its share-link form, `la=302`), and a
/// list or plan file saved before councils existed still opens, with no council chosen.
#[test]
fn the_council_is_saved_and_older_saves_still_open() {
    let old = r#"{"version":1,"plans":[{"id":"a","name":"Spring","state":"v=1&view=pathway&lid=2024-06-10&lo=good"}],"current":"a"}"#;
    let out = load_saved(Some(old));
    assert_eq!(out.message, None);
    let plan = &out.plans.plans[0];
    assert_eq!(plan.state.input.council, None);
    assert_eq!(plan.state.page, Page::Pathway);

    let mut plan = plan.clone();
    plan.state.input.council = Some(302);
    let text = plan_file_json(&plan);
    assert!(text.contains("la=302"), "{text}");
    assert_eq!(read_plan_file(&text), Ok(plan.clone()));
    let list = SavedPlans {
        plans: vec![plan.clone()],
        current: Some(plan.id.clone()),
        ..SavedPlans::default()
    };
    assert_eq!(load_saved(Some(&saved_json(&list))).plans.plans[0], plan);
}

/// Issue 26: recorded dates are kept with the plan (in its share-link form, `rd=…`), in the saved
/// list and in plan files; a list saved before them opens with none recorded.
#[test]
fn recorded_dates_are_saved_and_older_saves_open_without_them() {
    use ilacs_planner::engine::plan::recorded::Step;
    let old = r#"{"version":1,"plans":[{"id":"a","name":"Spring","state":"v=1&vk=standard&vdate=2027-02-01"}],"current":"a"}"#;
    let out = load_saved(Some(old));
    assert_eq!(out.message, None);
    let mut plan = out.plans.plans[0].clone();
    assert!(plan.state.input.recorded.is_empty());

    plan.state
        .input
        .recorded
        .set(Step::DraftReport, d(2027, 3, 9));
    plan.state
        .input
        .recorded
        .set(Step::Feedback, d(2027, 2, 19));
    let text = plan_file_json(&plan);
    assert!(
        text.contains("rd=feedback:2027-02-19,draft:2027-03-09"),
        "{text}"
    );
    assert_eq!(read_plan_file(&text), Ok(plan.clone()));
    let list = SavedPlans {
        plans: vec![plan.clone()],
        current: Some(plan.id.clone()),
        ..SavedPlans::default()
    };
    assert_eq!(load_saved(Some(&saved_json(&list))).plans.plans[0], plan);
}

/// The stored list's members are read one by one, each by its JSON type: `null` is a value like
/// any other (a `null` version or list is unreadable; a `null` current plan is no current plan),
/// an item that is not an object is left out, and ids of deleted plans that are not text are
/// skipped. Written when the reader moved from serde_json's `Value` to raw text (issue 23), and
/// checked against both readers.
#[test]
fn each_stored_member_is_read_by_its_json_type() {
    let unreadable = "Your saved plans could not be read, so the planner started afresh. The original copy has been kept in this browser; nothing was deleted.";
    for text in [
        r#"{"version":null,"plans":[]}"#,
        r#"{"version":1.0,"plans":[]}"#,
        r#"{"version":-1,"plans":[]}"#,
        r#"{"version":1,"plans":null}"#,
        r#"{"version":1,"plans":{"a":1}}"#,
        r#"{"version":1,"plans":[[]],"current":null}"#,
    ] {
        let out = load_saved(Some(text));
        assert!(out.plans.plans.is_empty(), "{text}");
        assert_eq!(out.kept_aside.as_deref(), Some(text), "{text}");
        assert_eq!(out.message.as_deref(), Some(unreadable), "{text}");
    }

    let newer = load_saved(Some(r#"{"version":2,"plans":[]}"#));
    assert!(newer.message.unwrap().contains("(version 2)"));

    // No version, but a list: the first format.
    let old = load_saved(Some(
        r#" {"plans":[{"id":"a","name":"Spring","state":"v=1"}],"current":null,"deleted":["x",3,"y"]}"#,
    ));
    assert_eq!(old.message, None);
    assert_eq!(old.plans.plans.len(), 1);
    assert_eq!(old.plans.current.as_deref(), Some("a"));
    assert_eq!(old.plans.deleted, ["x", "y"]);

    // A current plan that is not text: the plans load, and the message says details were lost.
    let odd_current = load_saved(Some(
        r#"{"version":1,"plans":[{"id":"a","name":"Spring"}],"current":5}"#,
    ));
    assert_eq!(odd_current.plans.plans.len(), 1);
    assert!(odd_current
        .message
        .unwrap()
        .starts_with("Some details of your saved plans could not be read"));

    // Items that are not plans, or whose state is not text, are left out; the rest load with
    // the defaults of what they leave out.
    let mixed = load_saved(Some(
        r#"{"version":1,"plans":[7,["a","b"],{"id":"n","state":null},{"id":"s","state":3},{"id":"ok","revision":4,"unknown":true}]}"#,
    ));
    assert_eq!(mixed.plans.plans.len(), 1);
    let ok = &mixed.plans.plans[0];
    assert_eq!(
        (ok.id.as_str(), ok.name.as_str(), ok.revision),
        ("ok", "Untitled plan", 4)
    );
    assert!(mixed
        .message
        .unwrap()
        .starts_with("4 of your saved plans could not be read and were left out"));
}
