#![cfg(not(target_arch = "wasm32"))]
//! The annual cycle on the pathway page: the three self-evaluation questions (F§33) and, for each
//! year, the self-evaluation, the engagement meeting and Ofsted's letter (F§29–48), with the
//! dates the plan computes.

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::plan::annual::{
    annual_cycle, annual_rounds, SELF_EVALUATION_QUESTIONS, SELF_EVALUATION_SOURCE,
};
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway,
};
use ilacs_planner::engine::plan::{Plan, PlanInput};
use support::{current_practice, d, plan_on};

/// Year number, self-evaluation, meeting, letter.
type RoundDates = (u32, Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>);

fn make(outcome: Outcome, last: NaiveDate, meeting: Option<NaiveDate>) -> Plan {
    plan_on(
        current_practice(),
        &PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: last,
                outcome,
            }),
            engagement_meeting: meeting,
            ..PlanInput::default()
        },
        d(2026, 1, 5),
    )
}

/// F§33: three questions; the cycle is self-evaluation, meeting, letter, each with a framework
/// paragraph.
#[test]
fn f33_three_questions_and_three_steps() {
    assert_eq!(SELF_EVALUATION_QUESTIONS.len(), 3);
    assert_eq!(SELF_EVALUATION_SOURCE.label, "F§33");
    let prefixes: Vec<&str> = annual_cycle().iter().map(|s| s.event_prefix).collect();
    assert_eq!(
        prefixes,
        ["self-evaluation", "engagement-meeting", "engagement-letter"]
    );
}

/// F§27, F§43, F§48 with a meeting on Tuesday 12 May 2026 (pathway 2): the self-evaluation one
/// month before (Sunday 12 April 2026 → Friday 10 April), the letter within a month (Friday 12
/// June 2026); then yearly estimates (12 May 2027, a Wednesday; 12 May 2028, a Friday; letter
/// 12 June 2027 is a Saturday → Friday 11 June).
#[test]
fn f43_rounds_from_a_meeting_on_12_may_2026() {
    let p = make(
        Outcome::Overall(Grade::RequiresImprovement),
        d(2023, 4, 13),
        Some(d(2026, 5, 12)),
    );
    let rounds = annual_rounds(&p.events);
    assert_eq!(rounds.len(), 3);
    let dates: Vec<RoundDates> = rounds
        .iter()
        .map(|r| {
            (
                r.number,
                r.self_evaluation.as_ref().map(|e| e.date),
                r.meeting.as_ref().map(|e| e.date),
                r.letter.as_ref().map(|e| e.date),
            )
        })
        .collect();
    assert_eq!(
        dates,
        vec![
            (
                1,
                Some(d(2026, 4, 10)),
                Some(d(2026, 5, 12)),
                Some(d(2026, 6, 12))
            ),
            (
                2,
                Some(d(2027, 4, 12)),
                Some(d(2027, 5, 12)),
                Some(d(2027, 6, 11))
            ),
            (
                3,
                Some(d(2028, 4, 12)),
                Some(d(2028, 5, 12)),
                Some(d(2028, 6, 12))
            ),
        ]
    );
    assert!(!rounds[0].meeting.as_ref().unwrap().estimate);
    assert!(rounds[1].meeting.as_ref().unwrap().estimate);
    assert_eq!(
        rounds[0].meeting.as_ref().unwrap().id,
        "engagement-meeting-1"
    );
}

/// F§30: an inadequate authority is not asked for a self-evaluation in its first 12 months of
/// monitoring; the meeting and letter still have their dates.
#[test]
fn f30_inadequate_first_year_has_no_self_evaluation() {
    let p = make(
        Outcome::Pathway(Pathway::Three),
        d(2025, 6, 9),
        Some(d(2026, 5, 12)),
    );
    let rounds = annual_rounds(&p.events);
    assert!(!rounds.is_empty());
    assert!(rounds[0].self_evaluation.is_none());
    assert!(rounds[0].meeting.is_some() && rounds[0].letter.is_some());
}

/// No meeting date, no rounds.
#[test]
fn no_meeting_no_rounds() {
    let p = make(Outcome::Overall(Grade::Good), d(2023, 4, 13), None);
    assert!(annual_rounds(&p.events).is_empty());
}
