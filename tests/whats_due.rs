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

/// Issue 26, worked case: a standard inspection notified Monday 1 February 2027, the draft
/// recorded as arrived on Tuesday 9 March 2027: on Tuesday 16 March 2027 the comments on the
/// draft are due (5 working days after it, Ofsted 2020), and What's due lists them today.
#[test]
fn issue_26_comments_due_after_a_recorded_draft_are_in_todays_list() {
    use ilacs_planner::engine::plan::recorded::Step;
    let cal = Calendar::england_and_wales();
    let mut input = visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1)));
    input.recorded.set(Step::DraftReport, d(2027, 3, 9));
    let today = d(2027, 3, 16);
    let p = make(input, today);
    let due = whats_due(&p, &cal, today).unwrap();
    assert!(due.days[0].is_today);
    assert_eq!(due.days[0].date, today);
    assert!(
        ids(&due.days[0]).contains(&"la-comments-due"),
        "{:?}",
        ids(&due.days[0])
    );
    // Under the computed plan they were due on Friday 12 March, and today had nothing of them.
    let p0 = make(
        visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1))),
        today,
    );
    let due0 = whats_due(&p0, &cal, today).unwrap();
    assert!(!ids(&due0.days[0]).contains(&"la-comments-due"));
}

/// Issue 26: fieldwork days read "Day 3 of 10 on site" (standard inspection: 10 working days of
/// fieldwork, F§52–53; first on-site day Monday 8 February 2027); days outside fieldwork say
/// nothing.
#[test]
fn on_site_days_are_counted() {
    let cal = Calendar::england_and_wales();
    let p = make(
        visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1))),
        d(2027, 2, 10),
    );
    let due = whats_due(&p, &cal, d(2027, 2, 10)).unwrap();
    let on_site: Vec<Option<&str>> = due.days.iter().map(|x| x.on_site.as_deref()).collect();
    assert_eq!(
        on_site,
        [
            Some("Day 3 of 10 on site"),
            Some("Day 4 of 10 on site"),
            Some("Day 5 of 10 on site")
        ]
    );
    // Friday 19 February is the feedback day, day 10; Monday 22 February is after fieldwork.
    let due = whats_due(&p, &cal, d(2027, 2, 19)).unwrap();
    assert_eq!(due.days[0].on_site.as_deref(), Some("Day 10 of 10 on site"));
    assert_eq!(due.days[1].on_site, None);
    // Notice week: not on site.
    let due = whats_due(&p, &cal, d(2027, 2, 1)).unwrap();
    assert!(due.days.iter().all(|x| x.on_site.is_none()));
}

/// Issue 26: one list per day with the framework's steps, the Annex A items due that day (Annex A,
/// F§242: the lists at N+1) with the owners set on the checklist, and the open further-information
/// requests with their response dates (an overdue one on the first day; an answered one not at
/// all).
#[test]
fn annex_a_items_and_open_requests_join_the_days() {
    use ilacs_planner::engine::plan::whats_due::{add_council_work, DueItemKind};
    use ilacs_planner::engine::records::annex_a::{checklist, ChecklistState};
    use ilacs_planner::engine::records::further_info::InfoRequest;
    let cal = Calendar::england_and_wales();
    let today = d(2027, 2, 1);
    let p = make(
        visit_only(VisitKind::Standard, Anchor::Notification(today)),
        today,
    );
    let mut state = ChecklistState::default();
    state.entry("list-1").owner = "Data team".into();
    state.entry("list-2").ticked = true;
    let rows = checklist(
        current_practice(),
        &cal,
        p.visit.as_ref().unwrap(),
        &state,
        today,
    )
    .unwrap();
    let request = |id: &str, by: NaiveDate, received: Option<NaiveDate>| InfoRequest {
        id: id.into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(d(2027, 1, 25)),
        response_required_by: Some(by),
        reason: format!("Request {id}"),
        date_received: received,
        ..InfoRequest::default()
    };
    let requests = vec![
        request("R1", d(2027, 2, 2), None),
        request("R2", d(2027, 1, 29), None),
        request("R3", d(2027, 2, 2), Some(d(2027, 2, 1))),
        // A Saturday: counted on Friday 29 January, so overdue too.
        request("R4", d(2027, 1, 30), None),
    ];
    let mut due = whats_due(&p, &cal, today).unwrap();
    add_council_work(&mut due, &cal, &rows, &requests).unwrap();

    let monday: Vec<(&str, bool)> = due.days[0]
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.overdue))
        .collect();
    assert_eq!(monday, [("R2", true), ("R4", true)]);
    let tuesday = &due.days[1];
    assert!(ids(tuesday).contains(&"child-level-data-due"));
    let list_1 = tuesday.items.iter().find(|i| i.id == "list-1").unwrap();
    assert_eq!(list_1.kind, DueItemKind::AnnexA);
    assert_eq!(list_1.owner, "Data team");
    assert_eq!(list_1.date, d(2027, 2, 2));
    assert_eq!(
        list_1.title,
        "Annex A, List 1: Contacts in the last three months"
    );
    assert!(
        tuesday.items.iter().all(|i| i.id != "list-2"),
        "a sent item is not due"
    );
    let r1 = tuesday.items.iter().find(|i| i.id == "R1").unwrap();
    assert_eq!(
        (r1.kind, r1.owner.as_str(), r1.date, r1.overdue),
        (DueItemKind::Request, "Lead inspector", d(2027, 2, 2), false)
    );
    assert!(
        due.days
            .iter()
            .all(|x| x.items.iter().all(|i| i.id != "R3")),
        "answered"
    );
}

/// Issue 26 item 5, on the day of the call with nobody yet at the checklist: What's due knows
/// from the day's own events and the Annex A table (F§242; no item titles) whether an item falls
/// due on the days it shows, so it fetches the part that lists them only then. For every kind of
/// visit, rule set and day from a week before the call to after fieldwork, the answer is the
/// checklist's own: whether an untouched checklist has an item due that day. Standard inspection
/// notified Monday 2 March 2026: the lists are due Tuesday 3 March, nothing on Friday 27 March.
#[test]
fn annex_a_items_due_on_the_days_shown_are_known_without_the_item_table() {
    use ilacs_planner::engine::plan::whats_due::annex_a_due_on;
    use ilacs_planner::engine::records::annex_a::{checklist, untouched_items_due, ChecklistState};
    use ilacs_planner::engine::rules;
    let cal = Calendar::england_and_wales();
    let call = d(2026, 3, 2);
    let on = |p: &Plan, day: NaiveDate| {
        untouched_items_due(
            current_practice(),
            p.visit.as_ref().unwrap().kind,
            p.events
                .iter()
                .filter(|e| e.date == day)
                .map(|e| e.id.as_str()),
        )
    };
    let p = make(standard_notified_2_march_2026(), call);
    assert!(on(&p, d(2026, 3, 3)));
    assert!(!on(&p, d(2026, 3, 27)));
    let mut checked = 0;
    for rs in rules::all() {
        for kind in VisitKind::ALL {
            let mut input = visit_only(kind, Anchor::Notification(call));
            if let Some(v) = input.visit.as_mut() {
                v.monitoring_visit_number = 2;
            }
            let p = plan_on(rs, &input, call);
            let Some(visit) = p.visit.as_ref() else {
                continue;
            };
            let rows = checklist(rs, &cal, visit, &ChecklistState::default(), call).unwrap();
            let mut day = d(2026, 2, 23);
            while day <= d(2026, 4, 3) {
                let listed = !annex_a_due_on(&rows, day).is_empty();
                let ids = p
                    .events
                    .iter()
                    .filter(|e| e.date == day)
                    .map(|e| e.id.as_str());
                let known = untouched_items_due(rs, kind, ids);
                assert_eq!(known, listed, "{} {kind:?} {day}", rs.id);
                checked += usize::from(listed);
                day = day.succ_opt().unwrap();
            }
        }
    }
    // Standard and short inspections and monitoring visits have items due by default; focused
    // visits none until the topic's items are chosen.
    assert!(checked >= 8, "{checked}");
}
