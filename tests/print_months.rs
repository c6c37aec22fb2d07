#![cfg(not(target_arch = "wasm32"))]
//! The printed plan has one page per month its events touch (issue 6: "one month per page"):
//! each month's grid (weeks from Monday) and that month's events, every event on exactly one
//! page.

mod support;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::export::print::print_months;
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::VisitKind;
use proptest::prelude::*;
use support::{current_practice, d, framework, plan_on, visit_only};

fn standard_from(notification: NaiveDate) -> Plan {
    let input = visit_only(VisitKind::Standard, Anchor::Notification(notification));
    plan_on(framework(), &input, d(2026, 1, 1))
}

/// F§52–53 table and F§216/F§219: a standard inspection notified on Monday 2 March 2026 has
/// fieldwork to Friday 20 March, the draft report (E+10, over Easter 2026) on Tuesday 7 April,
/// the final report (E+18) on Friday 17 April, publication (E+21) on Wednesday 22 April and the
/// action plan (R+70, over the May bank holidays) on Tuesday 28 July: three printed months.
#[test]
fn a_standard_inspection_prints_march_april_and_july_2026() {
    let p = standard_from(d(2026, 3, 2));
    let months = print_months(&p.events);
    let titles: Vec<String> = months.iter().map(|m| m.grid.title()).collect();
    assert_eq!(titles, ["March 2026", "April 2026", "July 2026"]);
    let april = &months[1];
    let ids: Vec<&str> = april.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "draft-report",
            "la-comments-due",
            "final-report",
            "publication"
        ]
    );
    assert_eq!(april.events[0].date, d(2026, 4, 7));
    assert_eq!(months[2].events[0].id, "action-plan-due");
    assert_eq!(months[2].events[0].date, d(2026, 7, 28));
    // The grid is the month's own, Monday first: April 2026 opens on Monday 30 March.
    assert_eq!(april.grid.weeks[0][0], d(2026, 3, 30));
}

#[test]
fn no_events_print_no_months() {
    assert!(print_months(&[]).is_empty());
}

#[test]
fn months_and_their_events_come_in_date_order_whatever_order_they_are_given_in() {
    let plan_events = standard_from(d(2026, 3, 2)).events;
    let mut events = plan_events.clone();
    events.reverse();
    let months = print_months(&events);
    let keys: Vec<(i32, u32)> = months.iter().map(|m| (m.grid.year, m.grid.month)).collect();
    assert_eq!(keys, [(2026, 3), (2026, 4), (2026, 7)]);
    for month in &months {
        assert!(month.events.windows(2).all(|w| w[0].date <= w[1].date));
    }
    // In the plan's own order, same-day events keep that order (notification before the
    // set-up call on Monday 2 March, F§52–53 table), as the agenda shows them.
    let months = print_months(&plan_events);
    let march: Vec<&str> = months[0].events.iter().map(|e| e.id.as_str()).collect();
    let expected: Vec<&str> = plan_events
        .iter()
        .filter(|e| e.date.month() == 3)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(march, expected);
    assert_eq!(march.first(), Some(&"notification"));
}

proptest! {
    /// Any plan: every event is on exactly one page, the page of its own month; no page is
    /// empty; pages run in date order with no month twice.
    #[test]
    fn every_event_is_printed_once_in_its_own_month(
        offset in 0u32..9_000,
        last_offset in 0u32..9_000,
        grade in prop_oneof![Just(Grade::Good), Just(Grade::RequiresImprovement), Just(Grade::Inadequate)],
    ) {
        let cal = Calendar::england_and_wales();
        let notification = cal
            .working_day_on_or_after(d(2001, 1, 1) + chrono::Duration::days(i64::from(offset)))
            .unwrap();
        let last = cal
            .working_day_on_or_after(d(2001, 1, 1) + chrono::Duration::days(i64::from(last_offset)))
            .unwrap();
        let input = PlanInput {
            visit: Some(VisitInput::new(VisitKind::Focused, Anchor::Notification(notification))),
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: last,
                outcome: Outcome::Overall(grade),
            }),
            engagement_meeting: Some(last),
            ..PlanInput::default()
        };
        let rules = current_practice();
        let Ok(p) = plan(rules, &cal, &input, d(2026, 1, 1)) else {
            return Ok(());
        };
        let months = print_months(&p.events);
        let printed: usize = months.iter().map(|m| m.events.len()).sum();
        prop_assert_eq!(printed, p.events.len());
        for m in &months {
            prop_assert!(!m.events.is_empty());
            for e in &m.events {
                prop_assert!(m.grid.is_in_month(e.date), "{} on {} printed in {}", e.id, e.date, m.grid.title());
            }
        }
        for pair in months.windows(2) {
            prop_assert!((pair[0].grid.year, pair[0].grid.month) < (pair[1].grid.year, pair[1].grid.month));
        }
        let ids: HashSet<&str> = months.iter().flat_map(|m| m.events.iter().map(|e| e.id.as_str())).collect();
        prop_assert_eq!(ids.len(), p.events.len());
    }
}
