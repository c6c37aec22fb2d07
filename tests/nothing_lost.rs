#![cfg(not(target_arch = "wasm32"))]
//! Issue 12, "Nothing a user enters is ever lost": the limits that keep a crafted link or file
//! from freezing the page (each refused with a message naming it), spreadsheet formulas
//! neutralised in every CSV (OWASP, "CSV Injection"), calendar UIDs unique per saved plan, and
//! damaged saved data copied aside rather than dropped.

mod support;

use ilacs_planner::app::link::decode_query;
use ilacs_planner::app::saved::{
    export_file_name, load_saved, plan_file_json, read_plan_file, PlanFileError, SavedPlan,
    MAX_NAME_CHARS, MAX_PLANS,
};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::export::{csv, ics, neutralised, requests_csv, EventFilter, IcsOptions};
use ilacs_planner::engine::plan::plan_error::PlanError;
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::{plan, Episode, PlanInput, MAX_EPISODES};
use ilacs_planner::engine::records::further_info::{InfoRequest, MAX_REQUESTS};
use ilacs_planner::engine::rules::VisitKind;
use support::{current_practice, d, plan_on, visit_only};

fn episodes_link(n: usize) -> String {
    let list: Vec<String> = (0..n).map(|_| "jtai:2025-06-03".to_string()).collect();
    format!("v=1&view=calendar&ep={}", list.join(","))
}

/// Issue 12, case 4: `ep=` with 10,000 episodes took 21 s to open and stayed slow on every later
/// visit. A link keeps the first 20, and says so.
#[test]
fn a_link_with_thousands_of_episodes_keeps_the_first_twenty_with_a_note() {
    let decoded = decode_query(&episodes_link(10_000));
    assert_eq!(decoded.state.input.other_episodes.len(), MAX_EPISODES);
    assert!(decoded.notes[0].contains("10000 other inspections or visits"));
    assert!(decoded.notes[0].contains("at most 20"));
    let decoded = decode_query(&episodes_link(MAX_EPISODES));
    assert_eq!(decoded.state.input.other_episodes.len(), MAX_EPISODES);
    assert!(decoded.notes.is_empty());
}

/// The engine refuses more than 20 episodes however they arrive (a plan file, an older list).
#[test]
fn the_engine_refuses_more_than_twenty_episodes_with_a_message() {
    let input = PlanInput {
        other_episodes: vec![
            Episode {
                kind: VisitKind::Jtai,
                first_day: d(2025, 6, 3),
            };
            MAX_EPISODES + 1
        ],
        ..PlanInput::default()
    };
    let error = plan(
        current_practice(),
        &Calendar::england_and_wales(),
        &input,
        d(2026, 1, 5),
    )
    .unwrap_err();
    assert_eq!(
        error,
        PlanError::TooManyEpisodes {
            count: 21,
            max: MAX_EPISODES
        }
    );
    assert!(error.to_string().contains("at most 20"));
}

/// Issue 12, case 4: a plan file of 6,000 requests (869 KB) was accepted and blocked the page.
#[test]
fn a_plan_file_with_more_than_five_hundred_requests_is_refused() {
    let plan = SavedPlan {
        id: "plan-1".into(),
        name: "Big".into(),
        requests: vec![InfoRequest::default(); MAX_REQUESTS + 1],
        ..SavedPlan::default()
    };
    let error = read_plan_file(&plan_file_json(&plan)).unwrap_err();
    assert_eq!(error, PlanFileError::TooManyRequests { count: 501 });
    assert!(error.to_string().contains("at most 500"));
    let plan = SavedPlan {
        requests: vec![InfoRequest::default(); MAX_REQUESTS],
        ..plan
    };
    assert!(read_plan_file(&plan_file_json(&plan)).is_ok());
}

/// Issue 22: a plan file's name skipped the 80-character limit (a 900,000-character name was
/// stored). It is cut to the limit on import, and so is a name in saved storage.
#[test]
fn a_plan_files_name_is_cut_to_the_limit() {
    let plan = SavedPlan {
        id: "plan-1".into(),
        name: "Spring visit ".repeat(70_000),
        ..SavedPlan::default()
    };
    let read = read_plan_file(&plan_file_json(&plan)).unwrap();
    assert_eq!(read.name.chars().count(), MAX_NAME_CHARS);
    assert!(read.name.starts_with("Spring visit Spring visit"));
    assert!(
        read.name.ends_with('\u{2026}'),
        "the cut is shown: {}",
        read.name
    );
    let stored = format!(
        r#"{{"version":1,"plans":[{{"id":"a","name":"{}"}}],"current":"a"}}"#,
        "é".repeat(500)
    );
    let loaded = load_saved(Some(&stored)).plans;
    assert_eq!(loaded.plans[0].name.chars().count(), MAX_NAME_CHARS);
    let short = SavedPlan {
        name: "  Short  ".into(),
        ..plan
    };
    assert_eq!(
        read_plan_file(&plan_file_json(&short)).unwrap().name,
        "Short"
    );
}

#[test]
fn the_plan_list_limit_is_two_hundred() {
    assert_eq!(MAX_PLANS, 200);
    let mut plans = ilacs_planner::app::saved::SavedPlans::default();
    for i in 0..MAX_PLANS as u64 {
        assert!(!plans.is_full());
        plans.new_plan(i);
    }
    assert!(plans.is_full());
    assert!(ilacs_planner::app::saved::ListFull
        .to_string()
        .contains("200 saved plans"));
}

/// OWASP, "CSV Injection": a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading apostrophe.
#[test]
fn formula_cells_are_neutralised() {
    for text in [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\tx",
        "\rx",
    ] {
        assert_eq!(neutralised(text), format!("'{text}"));
    }
    for text in ["Monday 2 March 2026", "2026-03-02", "R1", ""] {
        assert_eq!(neutralised(text), text);
    }
}

/// Issue 12, case 5: the requests CSV passed `=HYPERLINK(...)` through unchanged.
#[test]
fn the_requests_csv_neutralises_what_was_typed() {
    let request = InfoRequest {
        id: "R1".into(),
        requested_by: "=HYPERLINK(\"http://example.invalid\",\"x\")".into(),
        reason: "@cmd".into(),
        response: "+44 1234".into(),
        ..InfoRequest::default()
    };
    let text = requests_csv(&Calendar::england_and_wales(), &[request], d(2026, 3, 2));
    assert!(text.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""));
    assert!(text.contains(",'@cmd,"));
    assert!(text.contains(",'+44 1234,"));
    for line in text.lines() {
        for cell in line.split(',') {
            assert!(!cell.starts_with(['=', '@', '+']), "{cell}");
        }
    }
}

/// A bank-holiday title from an imported file reaches the plan CSV: it is neutralised too.
#[test]
fn an_imported_bank_holiday_title_is_neutralised_in_the_plan_csv() {
    let json = r#"{"england-and-wales":{"division":"england-and-wales","events":[
        {"title":"New Year's Day","date":"2026-01-01","notes":"","bunting":true},
        {"title":"Christmas Day","date":"2026-12-25","notes":"","bunting":true},
        {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true},
        {"title":"=cmd()","date":"2027-01-01","notes":"","bunting":true}]}}"#;
    let calendar = Calendar::england_and_wales()
        .with_gov_uk_json(json)
        .unwrap();
    let input = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 12, 21)));
    let plan = plan(current_practice(), &calendar, &input, d(2026, 12, 1)).unwrap();
    let text = csv(&plan);
    assert!(
        text.contains("'=cmd()"),
        "the holiday's title is in the CSV, neutralised"
    );
    for line in text.lines() {
        for cell in line.split(',') {
            assert!(!cell.trim_matches('"').starts_with('='), "{cell}");
        }
    }
}

/// Issue 12, case 6: two saved plans gave identical UIDs, so importing the second replaced the
/// first in Outlook. The key is the saved plan's id: different plans differ, the same plan
/// exported twice keeps its UIDs.
#[test]
fn calendar_uids_differ_between_plans_and_stay_for_the_same_plan() {
    let input = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let plan = plan_on(current_practice(), &input, d(2026, 1, 5));
    let uids = |key: &str, hour: u32| -> Vec<String> {
        let options = IcsOptions {
            include: EventFilter::All,
            plan_key: key.to_string(),
            stamp: d(2026, 1, 5).and_hms_opt(hour, 0, 0).unwrap(),
            calendar_name: String::new(),
        };
        ics(&plan, &options)
            .lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    let a = uids("plan-00000000000000aa", 9);
    let b = uids("plan-00000000000000bb", 9);
    assert!(!a.is_empty());
    assert!(a.iter().all(|uid| !b.contains(uid)));
    assert_eq!(a, uids("plan-00000000000000aa", 17));
}

#[test]
fn download_names_come_from_the_plan_name() {
    assert_eq!(
        export_file_name("Spring visit", "ILACS dates", "ics"),
        "Spring visit \u{2013} ILACS dates.ics"
    );
    assert_eq!(
        export_file_name("a/b\\c:d*e?f\"g<h>i|j", "ILACS dates", "csv"),
        "abcdefghij \u{2013} ILACS dates.csv"
    );
}

/// Issue 12, item 9: junk inside a saved plan's state was dropped with no copy kept.
#[test]
fn a_saved_plan_with_a_damaged_state_is_copied_aside_before_loading() {
    let text = r#"{"version":1,"plans":[{"id":"plan-1","name":"A","state":"v=1&vk=zzz&vdate=2026-03-02"}],"current":"plan-1"}"#;
    let loaded = load_saved(Some(text));
    assert_eq!(loaded.plans.plans.len(), 1);
    assert_eq!(loaded.kept_aside.as_deref(), Some(text));
    assert!(loaded.message.unwrap().contains("nothing was deleted"));
    let clean = r#"{"version":1,"plans":[{"id":"plan-1","name":"A","state":"v=1&vk=standard&vdate=2026-03-02"}],"current":"plan-1"}"#;
    assert_eq!(load_saved(Some(clean)).kept_aside, None);
}
