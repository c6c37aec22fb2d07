//! Issue 25, "One answer on each page": the key dates give one publication entry, carry the
//! warnings the engine attached to them, and say which have passed.

mod support;

use chrono::NaiveDate;
use ilacs_planner::app::key_dates::{elections_note, key_dates, KeyDates, ELECTIONS_NOT_ANSWERED};
use ilacs_planner::app::pages::Page;
use ilacs_planner::engine::event::WarningId;
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::{Plan, PlanInput};
use ilacs_planner::engine::rules::{RuleSet, VisitKind};
use support::{current_practice, d, framework, plan_on, visit_only};

fn ids(k: &KeyDates) -> Vec<&str> {
    k.rows.iter().map(|r| r.event.id.as_str()).collect()
}

/// The short inspection: on site from Monday 5 April 2027, polls on Thursday 6 May 2027.
/// The framework's day is Tuesday 11 May 2027 (after polling day); most likely Wednesday 19 May,
/// three in four by Friday 4 June 2027.
fn short_with_polls(rules: &RuleSet) -> Plan {
    let input = PlanInput {
        local_polling_day: Some(d(2027, 5, 6)),
        ..visit_only(VisitKind::Short, Anchor::FirstOnSiteDay(d(2027, 4, 5)))
    };
    plan_on(rules, &input, d(2026, 12, 6))
}

#[test]
fn current_practice_gives_one_publication_entry_with_both_observed_days() {
    let p = short_with_polls(current_practice());
    for view in [Page::AfterFieldwork, Page::Visit] {
        let k = key_dates(view, &p, d(2026, 12, 6));
        let publication: Vec<_> = ids(&k)
            .into_iter()
            .filter(|id| id.starts_with("publication"))
            .collect();
        assert_eq!(publication, vec!["publication-observed"], "{view:?}");
        let row = k
            .rows
            .iter()
            .find(|r| r.event.id == "publication-observed")
            .unwrap();
        assert_eq!(row.event.date, d(2027, 5, 19));
        assert_eq!(row.by.as_ref().unwrap().date, d(2027, 6, 4));
    }
    // The framework's timetable stays in the plan, for the day-by-day list.
    assert_eq!(p.event("publication").unwrap().date, d(2027, 5, 11));
}

#[test]
fn the_2017_framework_gives_its_own_day() {
    let p = short_with_polls(framework());
    let k = key_dates(Page::AfterFieldwork, &p, d(2026, 12, 6));
    let publication: Vec<_> = ids(&k)
        .into_iter()
        .filter(|id| id.starts_with("publication"))
        .collect();
    assert_eq!(publication, vec!["publication"]);
}

/// "A date after polling day is not 'in the pre-election period'": the framework's Tuesday
/// 11 May 2027 is after the polls of Thursday 6 May, before held reports come out (17 May).
#[test]
fn the_pre_election_warning_agrees_with_its_date() {
    let p = short_with_polls(framework());
    let k = key_dates(Page::AfterFieldwork, &p, d(2026, 12, 6));
    let row = k.rows.iter().find(|r| r.event.id == "publication").unwrap();
    let w = row
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .expect("a pre-election warning beside the framework's date");
    assert!(w.message.contains("after polling day"), "{}", w.message);
    assert!(
        !w.message.contains("falls in the pre-election period"),
        "{}",
        w.message
    );
    assert!(w.message.contains("17 May 2027"), "{}", w.message);
    // Under current practice the most likely day (19 May) is after the release: not moved, so
    // no pre-election warning beside it.
    let p = short_with_polls(current_practice());
    let k = key_dates(Page::AfterFieldwork, &p, d(2026, 12, 6));
    let row = k
        .rows
        .iter()
        .find(|r| r.event.id == "publication-observed")
        .unwrap();
    assert!(row
        .warnings
        .iter()
        .all(|w| w.id != WarningId::PreElectionPeriod));
}

/// A forecast the polls moved says so, and names the day it moved to.
#[test]
fn a_moved_forecast_says_it_was_moved() {
    // On site from Monday 2 March 2026; polls on Thursday 7 May 2026 hold the report until
    // Monday 18 May 2026 (tests/forecast.rs).
    let input = PlanInput {
        local_polling_day: Some(d(2026, 5, 7)),
        ..visit_only(VisitKind::Standard, Anchor::FirstOnSiteDay(d(2026, 3, 2)))
    };
    let p = plan_on(current_practice(), &input, d(2026, 1, 5));
    let k = key_dates(Page::AfterFieldwork, &p, d(2026, 1, 5));
    let row = k
        .rows
        .iter()
        .find(|r| r.event.id == "publication-observed")
        .unwrap();
    assert_eq!(row.event.date, d(2026, 5, 18));
    let w = row
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .unwrap();
    assert!(
        w.message.starts_with("Moved by the pre-election period"),
        "{}",
        w.message
    );
    assert!(w.message.contains("18 May 2026"), "{}", w.message);
}

/// Issue 25 item 3: the Christmas warning sits on the feedback key date it affects.
#[test]
fn christmas_warning_sits_on_the_feedback_key_date() {
    let input = visit_only(VisitKind::Short, Anchor::FirstOnSiteDay(d(2026, 12, 21)));
    let p = plan_on(current_practice(), &input, d(2026, 12, 6));
    let k = key_dates(Page::Visit, &p, d(2026, 12, 6));
    let feedback = k.rows.iter().find(|r| r.event.id == "feedback").unwrap();
    assert_eq!(feedback.event.date, d(2026, 12, 29));
    assert!(feedback
        .warnings
        .iter()
        .any(|w| w.id == WarningId::ChristmasNewYear));
    // A date the warning does not concern carries none.
    let notification = k
        .rows
        .iter()
        .find(|r| r.event.id == "notification")
        .unwrap();
    assert!(notification.warnings.is_empty());
}

/// Issue 25 item 5: Devon, judged inadequate in October 2024. On Sunday 6 December 2026 the
/// dates before today are marked passed, the others not.
#[test]
fn dates_before_today_are_passed() {
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2024, 9, 30),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        ..PlanInput::default()
    };
    let today = d(2026, 12, 6);
    let p = plan_on(current_practice(), &input, today);
    let k = key_dates(Page::Pathway, &p, today);
    assert!(!k.rows.is_empty());
    for row in &k.rows {
        let last: NaiveDate = row.by.as_ref().map_or(row.event.date, |b| b.date);
        assert_eq!(row.passed, last < today, "{}", row.event.id);
    }
    assert!(k.rows.iter().any(|r| r.passed));
    // A visit long over: every key date passed, so the page says what to enter next.
    let visit = visit_only(VisitKind::Standard, Anchor::FirstOnSiteDay(d(2025, 3, 3)));
    let p = plan_on(current_practice(), &visit, today);
    let k = key_dates(Page::Visit, &p, today);
    assert!(k.rows.iter().all(|r| r.passed));
    assert!(k.next_step.unwrap().contains("latest monitoring visit"));
    // Not yet: no next step.
    let k = key_dates(Page::Visit, &p, d(2025, 2, 1));
    assert!(k.rows.iter().all(|r| !r.passed));
    assert_eq!(k.next_step, None);
}

/// Issue 25 item 2: until the elections question is answered, the publication date says an
/// election could hold the report back; a polling day or "no" answers it, and no other key date
/// carries the note.
#[test]
fn the_publication_date_asks_about_elections_until_answered() {
    let unanswered = visit_only(VisitKind::Short, Anchor::FirstOnSiteDay(d(2027, 4, 5)));
    for id in ["publication", "publication-observed"] {
        assert_eq!(
            elections_note(&unanswered, id),
            Some(ELECTIONS_NOT_ANSWERED)
        );
    }
    assert_eq!(elections_note(&unanswered, "feedback"), None);
    let no = PlanInput {
        no_local_elections: true,
        ..unanswered.clone()
    };
    assert_eq!(elections_note(&no, "publication-observed"), None);
    let polls = PlanInput {
        local_polling_day: Some(d(2027, 5, 6)),
        ..unanswered
    };
    assert_eq!(elections_note(&polls, "publication-observed"), None);
}
