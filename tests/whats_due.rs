#![cfg(not(target_arch = "wasm32"))]
//! "What's due": the next three working days of a plan and the pathway position (window: F§13;
//! notice week: F§52–53 and the Annex A table, F§242).

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway,
};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::whats_due::whats_due;
use ilacs_planner::engine::plan::{Plan, PlanInput};
use ilacs_planner::engine::rules::VisitKind;
use support::{current_practice, d, plan_on, visit_only};

fn make(input: PlanInput, today: NaiveDate) -> Plan {
    plan_on(current_practice(), &input, today)
}

fn standard_notified_2_march_2026() -> PlanInput {
    visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)))
}

fn ids(due: &ilacs_planner::engine::plan::whats_due::DueDay) -> Vec<&str> {
    due.events.iter().map(|e| e.id.as_str()).collect()
}

/// F§52–53 table and Annex A (F§242): on the notification Monday the three days show the call,
/// then the lists (Tuesday), then management information (Wednesday).
#[test]
fn notice_week_next_three_working_days() {
    let cal = Calendar::england_and_wales();
    let p = make(standard_notified_2_march_2026(), d(2026, 3, 2));
    let due = whats_due(&p, &cal, d(2026, 3, 2)).unwrap();
    let dates: Vec<NaiveDate> = due.days.iter().map(|x| x.date).collect();
    assert_eq!(dates, vec![d(2026, 3, 2), d(2026, 3, 3), d(2026, 3, 4)]);
    assert!(due.days[0].is_today);
    // The notice week's steps with no day (F§76 link person, F§78 possible call) start with it;
    // the analyst's call (F§77, F§255) can come once the lists are shared.
    assert_eq!(
        ids(&due.days[0]),
        vec![
            "notification",
            "set-up-call",
            "link-person-preparation",
            "lead-member-call"
        ]
    );
    assert_eq!(
        ids(&due.days[1]),
        vec!["child-level-data-due", "analyst-call"]
    );
    assert_eq!(ids(&due.days[2]), vec!["management-information-due"]);
    assert_eq!(
        due.visit_position.as_deref(),
        Some(
            "Notice period of your standard inspection: inspectors arrive on Monday 9 March 2026."
        )
    );
    assert_eq!(due.position, None);
}

/// Calendar: on a Saturday the three days start on Monday; over Christmas 2026 (Christmas Day on
/// Friday, Boxing Day substitute Monday 28) the days skip both holidays.
#[test]
fn weekends_and_holidays_are_skipped() {
    let cal = Calendar::england_and_wales();
    let p = make(standard_notified_2_march_2026(), d(2026, 3, 2));
    let due = whats_due(&p, &cal, d(2026, 2, 28)).unwrap();
    assert_eq!(due.days[0].date, d(2026, 3, 2));
    assert!(due.days.iter().all(|x| !x.is_today));
    let due = whats_due(&p, &cal, d(2026, 12, 24)).unwrap();
    let dates: Vec<NaiveDate> = due.days.iter().map(|x| x.date).collect();
    assert_eq!(
        dates,
        vec![d(2026, 12, 24), d(2026, 12, 29), d(2026, 12, 30)]
    );
}

/// F§52–53 table: during fieldwork the visit sentence counts working days; after it, the next
/// report step (F§216).
#[test]
fn visit_position_during_and_after_fieldwork() {
    let cal = Calendar::england_and_wales();
    let p = make(standard_notified_2_march_2026(), d(2026, 3, 2));
    let during = whats_due(&p, &cal, d(2026, 3, 11)).unwrap();
    assert_eq!(
        during.visit_position.as_deref(),
        Some("Fieldwork of your standard inspection (working day 3 of 10); feedback on Friday 20 March 2026.")
    );
    let after = whats_due(&p, &cal, d(2026, 3, 23)).unwrap();
    let text = after.visit_position.unwrap();
    assert!(
        text.starts_with("After fieldwork of your standard inspection: next, draft report"),
        "{text}"
    );
    let before = whats_due(&p, &cal, d(2026, 2, 2)).unwrap();
    assert!(before
        .visit_position
        .unwrap()
        .contains("notification on Monday 2 March 2026"));
}

/// F§13: pathway 2 after an inspection that began Monday 4 September 2023: the window runs from
/// 4 March 2026 to 4 March 2027.
#[test]
fn f13_window_position_before_inside_and_after() {
    let cal = Calendar::england_and_wales();
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 9, 4),
            outcome: Outcome::Overall(Grade::RequiresImprovement),
        }),
        ..PlanInput::default()
    };
    let at = |today| {
        whats_due(&make(input.clone(), today), &cal, today)
            .unwrap()
            .position
            .unwrap()
    };
    assert_eq!(
        at(d(2026, 11, 25)),
        "Inside the window for your next standard inspection since Wednesday 4 March 2026; it closes on Thursday 4 March 2027."
    );
    assert!(at(d(2026, 1, 5)).starts_with(
        "Your window for the next standard inspection opens on Wednesday 4 March 2026"
    ));
    assert_eq!(
        at(d(2027, 3, 5)),
        "Your window for the next standard inspection closed on Thursday 4 March 2027."
    );
}

/// F§116, F§128: pathway 3 names the next estimated step.
#[test]
fn pathway_3_position_names_the_next_step() {
    let cal = Calendar::england_and_wales();
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2026, 6, 8),
            outcome: Outcome::Pathway(Pathway::Three),
        }),
        ..PlanInput::default()
    };
    let today = d(2026, 7, 1);
    let p = make(input, today);
    let text = whats_due(&p, &cal, today).unwrap().position.unwrap();
    assert!(
        text.starts_with("Pathway 3 (inadequate): next, action planning visit (about) on "),
        "{text}"
    );
    assert!(text.ends_with("(estimate)."), "{text}");
}
