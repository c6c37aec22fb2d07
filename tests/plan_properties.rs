#![cfg(not(target_arch = "wasm32"))]
//! Property tests of `plan()`: order, working days, both directions agree, forward dates never
//! precede their input, and any input from 2000 to 2099 gives a plan or a typed error.

mod support;

use std::collections::HashSet;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::{self, VisitKind};
use proptest::prelude::*;
use support::{current_practice, d, plan_on, visit_kind};

fn date(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(i64::from(offset))
}

/// Days from 1 January 2000 to 31 December 2099.
const SPAN: u32 = 36_524;

fn grade() -> impl Strategy<Value = Grade> {
    prop_oneof![
        Just(Grade::Outstanding),
        Just(Grade::Good),
        Just(Grade::RequiresImprovement),
        Just(Grade::Inadequate),
    ]
}

fn days() -> impl Strategy<Value = OnSiteDays> {
    prop_oneof![Just(OnSiteDays::TueWed), Just(OnSiteDays::WedThu)]
}

fn rule_set(i: usize) -> &'static rules::RuleSet {
    let all = rules::all();
    &all[i % all.len()]
}

fn check_invariants(cal: &Calendar, p: &Plan) {
    for pair in p.events.windows(2) {
        assert!(
            pair[0].date <= pair[1].date,
            "{} after {}",
            pair[0].id,
            pair[1].id
        );
    }
    let mut seen = HashSet::new();
    for e in &p.events {
        assert!(seen.insert(e.id.as_str()), "duplicate id {}", e.id);
        if e.kind.must_be_working_day() {
            assert!(
                cal.is_working_day(e.date).unwrap(),
                "{} on {} is not a working day",
                e.id,
                e.date
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any dates from 2000 to 2099, working days or not: a plan or a typed error, never a panic;
    /// every plan is chronological, has unique ids and puts notifications, deadlines and
    /// fieldwork days on working days.
    #[test]
    fn any_input_gives_plan_or_error(
        rs in 0usize..2,
        k in visit_kind(),
        v in days(),
        anchor_day in 0..SPAN,
        from_notification in any::<bool>(),
        last in proptest::option::of((0..SPAN, grade(), any::<bool>())),
        meeting in proptest::option::of(0..SPAN),
        number in 0u8..4,
        priority in any::<bool>(),
        today in 0..SPAN,
    ) {
        let cal = Calendar::england_and_wales();
        let a = date(anchor_day);
        let mut visit = VisitInput::new(k, if from_notification { Anchor::Notification(a) } else { Anchor::FirstOnSiteDay(a) });
        visit.on_site_days = v;
        visit.monitoring_visit_number = number;
        visit.priority_actions = priority;
        let input = PlanInput {
            visit: Some(visit),
            last_inspection: last.map(|(day, g, short)| LastInspection {
                kind: if short { JudgementKind::Short } else { JudgementKind::Standard },
                first_onsite_day: date(day),
                outcome: Outcome::Overall(g),
            }),
            engagement_meeting: meeting.map(date),
            ..PlanInput::default()
        };
        if let Ok(p) = plan(rule_set(rs), &cal, &input, date(today)) {
            check_invariants(&cal, &p);
        }
    }

    /// From the notification or from the first on-site day: the same schedule; and, forward,
    /// no date precedes the input (except the focused visit's lead-inspector preparation day,
    /// which the framework puts the day before notification).
    #[test]
    fn both_directions_agree_and_forward_dates_follow_input(
        rs in 0usize..2,
        k in visit_kind(),
        v in days(),
        day in 0..(SPAN - 400),
    ) {
        let cal = Calendar::england_and_wales();
        let n = cal.working_day_on_or_after(date(day)).unwrap();
        let rules = rule_set(rs);
        let mut visit = VisitInput::new(k, Anchor::Notification(n));
        visit.on_site_days = v;
        let today = date(0);
        let forward = plan(rules, &cal, &PlanInput { visit: Some(visit), ..PlanInput::default() }, today).unwrap();
        check_invariants(&cal, &forward);
        let summary = forward.visit.unwrap();
        prop_assert_eq!(summary.notification, n);
        prop_assert!(summary.first_onsite_day > n);
        for e in &forward.events {
            if e.id != "lead-off-site-evaluation" {
                prop_assert!(e.date >= n, "{} on {} before {}", e.id, e.date, n);
            }
        }
        if let Some(last) = summary.last_fieldwork_day {
            prop_assert!(last >= summary.first_onsite_day);
            for id in ["draft-report", "final-report", "publication", "action-plan-due"] {
                if let Some(e) = forward.event(id) {
                    prop_assert!(e.date > last);
                }
            }
        }
        visit.anchor = Anchor::FirstOnSiteDay(summary.first_onsite_day);
        let backward = plan(rules, &cal, &PlanInput { visit: Some(visit), ..PlanInput::default() }, today).unwrap();
        prop_assert_eq!(forward, backward);
    }

    /// Pathway: window and inadequate timeline never precede the last inspection.
    #[test]
    fn pathway_dates_follow_the_last_inspection(
        rs in 0usize..2,
        g in grade(),
        day in 0..(SPAN - 1200),
    ) {
        let cal = Calendar::england_and_wales();
        let s = cal.working_day_on_or_after(date(day)).unwrap();
        let input = PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: s,
                outcome: Outcome::Overall(g),
            }),
            ..PlanInput::default()
        };
        let p = plan(rule_set(rs), &cal, &input, date(0)).unwrap();
        check_invariants(&cal, &p);
        for e in &p.events {
            prop_assert!(e.date >= s, "{} on {} before {}", e.id, e.date, s);
        }
    }
}

/// Serde round trip of a full plan (the UI and exports rely on it).
#[test]
fn plan_round_trips_through_json() {
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 3, 6),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        visit: Some(VisitInput::new(
            VisitKind::Monitoring,
            Anchor::FirstOnSiteDay(d(2024, 1, 16)),
        )),
        engagement_meeting: Some(d(2024, 5, 15)),
        ..PlanInput::default()
    };
    let json_in = serde_json::to_string(&input).unwrap();
    assert_eq!(serde_json::from_str::<PlanInput>(&json_in).unwrap(), input);
    let p = plan_on(current_practice(), &input, d(2024, 1, 1));
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), p);
    // An empty object is a valid input (every field has a default).
    assert_eq!(
        serde_json::from_str::<PlanInput>("{}").unwrap(),
        PlanInput::default()
    );
}
