#![cfg(not(target_arch = "wasm32"))]
//! Annex A checklist: deadlines against the framework's Annex A table (F§242) for an ordinary week
//! and a bank-holiday week, coverage of every item for every visit kind, selection and statuses.

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::TimeOfDay;
use ilacs_planner::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use ilacs_planner::engine::plan::{plan, PlanInput, VisitSummary};
use ilacs_planner::engine::records::annex_a::{
    checklist, deadline_groups, items, summary, AnnexAGroup, ChecklistRow, ChecklistState,
    ItemStatus, ANNEX_A_KINDS,
};
use ilacs_planner::engine::rules::{self, AnnexADue, VisitKind};
use support::{d, framework, plan_on};

fn visit(kind: VisitKind, anchor: Anchor, days: OnSiteDays) -> VisitSummary {
    let mut v = VisitInput::new(kind, anchor);
    v.on_site_days = days;
    let input = PlanInput {
        visit: Some(v),
        ..PlanInput::default()
    };
    plan_on(framework(), &input, d(2018, 1, 1)).visit.unwrap()
}

fn rows(v: &VisitSummary, state: &ChecklistState, today: NaiveDate) -> Vec<ChecklistRow> {
    checklist(framework(), &Calendar::england_and_wales(), v, state, today).unwrap()
}

/// Every row of one Annex A table row is due on (date, time).
fn due(rows: &[ChecklistRow], row: AnnexADue, date: NaiveDate, time: Option<TimeOfDay>) {
    let of_row: Vec<_> = rows.iter().filter(|r| r.item.due == row).collect();
    assert!(!of_row.is_empty(), "{row:?}");
    for r in of_row {
        assert_eq!(r.due_date, date, "{} ({row:?})", r.item.id);
        assert_eq!(r.due_time, time, "{} ({row:?})", r.item.id);
    }
}

/// Annex A table (F§242), standard inspection notified Monday 2 March 2026: lists and audits by
/// the end of Tuesday, management information by the end of Wednesday, case information by the
/// end of Thursday.
#[test]
fn annex_a_table_standard_inspection_ordinary_week() {
    let v = visit(
        VisitKind::Standard,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let r = rows(&v, &ChecklistState::default(), d(2026, 3, 2));
    let end = Some(TimeOfDay::EndOfDay);
    due(&r, AnnexADue::ChildLevelData, d(2026, 3, 3), end);
    due(&r, AnnexADue::Audits, d(2026, 3, 3), end);
    due(&r, AnnexADue::ManagementInformation, d(2026, 3, 4), end);
    due(&r, AnnexADue::CaseInformation, d(2026, 3, 5), end);
    assert_eq!(r.len(), items().len());
    assert!(r.iter().all(|r| r.selected));
}

/// Annex A table (F§242): the short inspection has the same notice week as the standard one.
#[test]
fn annex_a_table_short_inspection_ordinary_week() {
    let v = visit(
        VisitKind::Short,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let r = rows(&v, &ChecklistState::default(), d(2026, 3, 2));
    due(
        &r,
        AnnexADue::ChildLevelData,
        d(2026, 3, 3),
        Some(TimeOfDay::EndOfDay),
    );
    due(
        &r,
        AnnexADue::CaseInformation,
        d(2026, 3, 5),
        Some(TimeOfDay::EndOfDay),
    );
}

/// Annex A table (F§242), focused visit notified Tuesday 3 March 2026: lists and audits by midday
/// Wednesday, management information by the end of Wednesday, case information by the end of
/// Thursday.
#[test]
fn annex_a_table_focused_visit_midday_next_day() {
    let v = visit(
        VisitKind::Focused,
        Anchor::Notification(d(2026, 3, 3)),
        OnSiteDays::TueWed,
    );
    let r = rows(&v, &ChecklistState::default(), d(2026, 3, 3));
    due(
        &r,
        AnnexADue::ChildLevelData,
        d(2026, 3, 4),
        Some(TimeOfDay::Midday),
    );
    due(
        &r,
        AnnexADue::Audits,
        d(2026, 3, 4),
        Some(TimeOfDay::Midday),
    );
    due(
        &r,
        AnnexADue::ManagementInformation,
        d(2026, 3, 4),
        Some(TimeOfDay::EndOfDay),
    );
    due(
        &r,
        AnnexADue::CaseInformation,
        d(2026, 3, 5),
        Some(TimeOfDay::EndOfDay),
    );
}

/// F§103 footnote 20: a Wednesday–Thursday focused visit moves every deadline a day later.
#[test]
fn f103_note_20_focused_visit_wednesday_thursday_deadlines() {
    let v = visit(
        VisitKind::Focused,
        Anchor::Notification(d(2026, 3, 4)),
        OnSiteDays::WedThu,
    );
    let r = rows(&v, &ChecklistState::default(), d(2026, 3, 4));
    due(
        &r,
        AnnexADue::ChildLevelData,
        d(2026, 3, 5),
        Some(TimeOfDay::Midday),
    );
    due(
        &r,
        AnnexADue::CaseInformation,
        d(2026, 3, 6),
        Some(TimeOfDay::EndOfDay),
    );
}

/// Annex A table (F§242), monitoring visit requested Monday 2 March 2026 (on site Tuesday 17
/// March): lists and audits the Tuesday after the request, management and case information 7
/// working days after it, the Wednesday before the visit.
#[test]
fn annex_a_table_monitoring_visit() {
    let v = visit(
        VisitKind::Monitoring,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    assert_eq!(v.first_onsite_day, d(2026, 3, 17));
    let r = rows(&v, &ChecklistState::default(), d(2026, 3, 2));
    due(&r, AnnexADue::ChildLevelData, d(2026, 3, 3), None);
    due(&r, AnnexADue::Audits, d(2026, 3, 3), None);
    due(&r, AnnexADue::ManagementInformation, d(2026, 3, 11), None);
    due(&r, AnnexADue::CaseInformation, d(2026, 3, 11), None);
}

/// Annex A table with F§73 footnote 18: on site Monday 4 June 2018, notification Friday 25 May,
/// the spring bank holiday (Monday 28 May) skipped: lists due end of Tuesday 29 May, management
/// information Wednesday 30 May, case information Thursday 31 May.
#[test]
fn annex_a_table_bank_holiday_week() {
    let v = visit(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2018, 6, 4)),
        OnSiteDays::TueWed,
    );
    assert_eq!(v.notification, d(2018, 5, 25));
    let r = rows(&v, &ChecklistState::default(), d(2018, 5, 25));
    let end = Some(TimeOfDay::EndOfDay);
    due(&r, AnnexADue::ChildLevelData, d(2018, 5, 29), end);
    due(&r, AnnexADue::Audits, d(2018, 5, 29), end);
    due(&r, AnnexADue::ManagementInformation, d(2018, 5, 30), end);
    due(&r, AnnexADue::CaseInformation, d(2018, 5, 31), end);
    // On the Friday, Tuesday is the next working day.
    assert!(r
        .iter()
        .filter(|r| r.item.due == AnnexADue::ChildLevelData)
        .all(|r| r.status == ItemStatus::DueNextWorkingDay));
}

/// Annex A (F§242–262): every item has a deadline for every visit kind it applies to, under both
/// rule sets, and the deadline is the date of the plan event it names.
#[test]
fn every_item_has_a_deadline_for_every_kind_it_applies_to() {
    let cal = Calendar::england_and_wales();
    for set in rules::all() {
        for kind in ANNEX_A_KINDS {
            let input = PlanInput {
                visit: Some(VisitInput::new(kind, Anchor::Notification(d(2026, 3, 2)))),
                ..PlanInput::default()
            };
            let p = plan(set, &cal, &input, d(2026, 3, 2)).unwrap();
            let v = p.visit.unwrap();
            let r = checklist(set, &cal, &v, &ChecklistState::default(), d(2026, 3, 2)).unwrap();
            let applying = items().iter().filter(|i| i.applies_to(kind)).count();
            assert_eq!(r.len(), applying, "{kind:?}");
            for row in &r {
                let e = p.event(row.due_event_id).unwrap();
                assert_eq!(e.date, row.due_date, "{kind:?} {}", row.item.id);
                assert_eq!(e.time, row.due_time, "{kind:?} {}", row.item.id);
                assert!(row.due_date > v.notification && row.due_date < v.first_onsite_day);
            }
        }
        // A JTAI does not use Annex A.
        let jtai = VisitSummary {
            kind: VisitKind::Jtai,
            notification: d(2026, 3, 2),
            first_onsite_day: d(2026, 3, 16),
            last_fieldwork_day: None,
            previous_monitoring_visit: None,
        };
        assert!(
            checklist(set, &cal, &jtai, &ChecklistState::default(), d(2026, 3, 2))
                .unwrap()
                .is_empty()
        );
    }
}

/// Annex A (F§249, F§257, F§258, F§260–262): 11 lists, the audit list, the case papers and the
/// numbered documents (1.01–1.13, 2.01–2.05, 3.01–3.11 with two items numbered 3.04).
#[test]
fn item_counts_per_group() {
    let count = |g| items().iter().filter(|i| i.group == g).count();
    let counts: Vec<usize> = AnnexAGroup::ALL.iter().map(|g| count(*g)).collect();
    assert_eq!(counts, vec![11, 1, 1, 13, 5, 12]);
    assert_eq!(items().len(), 43);
    assert!(items().iter().all(|i| i.citation().label.starts_with("F§")));
}

/// F§242 table header and F§130–132: focused and monitoring visits ask only for relevant
/// information; the user's selection is kept, and standard inspections ignore a deselection.
#[test]
fn selection_for_focused_and_monitoring_visits() {
    let focused = visit(
        VisitKind::Focused,
        Anchor::Notification(d(2026, 3, 3)),
        OnSiteDays::TueWed,
    );
    let r = rows(&focused, &ChecklistState::default(), d(2026, 3, 3));
    assert!(r
        .iter()
        .all(|r| !r.selected && r.status == ItemStatus::NotSelected));

    let mut state = ChecklistState::default();
    state.entry("list-8").selected = Some(true);
    state.entry("list-8").owner = "Data team".into();
    let r = rows(&focused, &state, d(2026, 3, 3));
    let list_8 = r.iter().find(|r| r.item.id == "list-8").unwrap();
    assert!(list_8.selected);
    assert_eq!(list_8.status, ItemStatus::DueNextWorkingDay);
    assert_eq!(list_8.owner, "Data team");
    assert_eq!(summary(&r).selected, 1);

    let monitoring = visit(
        VisitKind::Monitoring,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let r = rows(&monitoring, &ChecklistState::default(), d(2026, 3, 2));
    let selected: Vec<&str> = r.iter().filter(|r| r.selected).map(|r| r.item.id).collect();
    assert_eq!(selected, vec!["audit-list", "case-files"]);

    let standard = visit(
        VisitKind::Standard,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let mut state = ChecklistState::default();
    state.entry("doc-1.01").selected = Some(false);
    let r = rows(&standard, &state, d(2026, 3, 2));
    assert!(r.iter().all(|r| r.selected));
}

/// Statuses against "today" for the standard inspection notified Monday 2 March 2026 (Annex A
/// table): ticked items are done; on Wednesday 4 March the lists (due Tuesday) are overdue,
/// management information is due today and case information is due on the next working day.
#[test]
fn statuses_against_today() {
    let v = visit(
        VisitKind::Standard,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let mut state = ChecklistState::default();
    state.entry("list-1").ticked = true;
    state.entry("list-1").note = "Sent 3pm".into();
    let r = rows(&v, &state, d(2026, 3, 4));
    let status = |id: &str| r.iter().find(|r| r.item.id == id).unwrap().status;
    assert_eq!(status("list-1"), ItemStatus::Done);
    assert_eq!(status("list-2"), ItemStatus::Overdue);
    assert_eq!(status("audit-list"), ItemStatus::Overdue);
    assert_eq!(status("doc-1.01"), ItemStatus::DueToday);
    assert_eq!(status("case-files"), ItemStatus::DueNextWorkingDay);
    assert!(status("doc-1.01").highlight() && !ItemStatus::Done.highlight());
    // On the Monday itself everything but the lists is later.
    let r = rows(&v, &state, d(2026, 3, 2));
    assert_eq!(
        r.iter().find(|r| r.item.id == "case-files").unwrap().status,
        ItemStatus::Later
    );
    let s = summary(&rows(&v, &state, d(2026, 3, 4)));
    assert_eq!((s.selected, s.done, s.overdue), (43, 1, 11));
    assert_eq!(s.due_soon, 43 - 1 - 11);
}

/// Saved state is tolerant: missing fields take their defaults, unknown ids survive.
#[test]
fn checklist_state_is_tolerant_of_missing_fields() {
    let state: ChecklistState =
        serde_json::from_str(r#"{"items":{"list-1":{"ticked":true},"future-item":{}}}"#).unwrap();
    assert!(state.get("list-1").ticked);
    assert_eq!(state.get("list-1").owner, "");
    assert!(state.items.contains_key("future-item"));
    let empty: ChecklistState = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, ChecklistState::default());
    let back: ChecklistState =
        serde_json::from_str(&serde_json::to_string(&state).unwrap()).unwrap();
    assert_eq!(back, state);
}

/// Annex A table (F§242): the page lists each deadline once, with the rows of the table that fall
/// on it. Standard inspection notified Monday 2 March 2026: lists and audits end of Tuesday,
/// management information end of Wednesday, case information end of Thursday. Monitoring visit
/// requested the same Monday: lists and audits Tuesday, everything else on Wednesday 11 March
/// (request + 7 working days, F§131).
#[test]
fn annex_a_table_deadlines_listed_once_each() {
    let cal = Calendar::england_and_wales();
    let standard = visit(
        VisitKind::Standard,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let groups = deadline_groups(framework(), &cal, &standard).unwrap();
    let got: Vec<_> = groups
        .iter()
        .map(|g| {
            (
                g.deadline.event_id,
                g.deadline.date,
                g.deadline.time,
                g.rows.clone(),
            )
        })
        .collect();
    let end = Some(TimeOfDay::EndOfDay);
    assert_eq!(
        got,
        vec![
            (
                "child-level-data-due",
                d(2026, 3, 3),
                end,
                vec![AnnexADue::ChildLevelData, AnnexADue::Audits]
            ),
            (
                "management-information-due",
                d(2026, 3, 4),
                end,
                vec![AnnexADue::ManagementInformation]
            ),
            (
                "case-information-due",
                d(2026, 3, 5),
                end,
                vec![AnnexADue::CaseInformation]
            ),
        ]
    );

    let monitoring = visit(
        VisitKind::Monitoring,
        Anchor::Notification(d(2026, 3, 2)),
        OnSiteDays::TueWed,
    );
    let groups = deadline_groups(framework(), &cal, &monitoring).unwrap();
    let got: Vec<_> = groups
        .iter()
        .map(|g| (g.deadline.event_id, g.deadline.date, g.rows.len()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("child-level-data-due", d(2026, 3, 3), 2),
            ("audited-cases-due", d(2026, 3, 11), 2),
        ]
    );

    let jtai = VisitSummary {
        kind: VisitKind::Jtai,
        notification: d(2026, 3, 2),
        first_onsite_day: d(2026, 3, 16),
        last_fieldwork_day: None,
        previous_monitoring_visit: None,
    };
    assert!(deadline_groups(framework(), &cal, &jtai)
        .unwrap()
        .is_empty());
}

/// Every row's deadline is one of the listed deadlines, under both rule sets and every kind.
#[test]
fn every_row_falls_on_a_listed_deadline() {
    let cal = Calendar::england_and_wales();
    for set in rules::all() {
        for kind in ANNEX_A_KINDS {
            let input = PlanInput {
                visit: Some(VisitInput::new(kind, Anchor::Notification(d(2026, 3, 2)))),
                ..PlanInput::default()
            };
            let v = plan(set, &cal, &input, d(2026, 3, 2))
                .unwrap()
                .visit
                .unwrap();
            let groups = deadline_groups(set, &cal, &v).unwrap();
            let r = checklist(set, &cal, &v, &ChecklistState::default(), d(2026, 3, 2)).unwrap();
            for row in &r {
                let g = groups
                    .iter()
                    .find(|g| g.deadline.event_id == row.due_event_id)
                    .unwrap();
                assert_eq!(g.deadline.date, row.due_date);
                assert!(g.rows.contains(&row.item.due));
            }
            let mut ids: Vec<_> = groups.iter().map(|g| g.deadline.event_id).collect();
            ids.dedup();
            assert_eq!(ids.len(), groups.len(), "each deadline once");
        }
    }
}
