#![cfg(not(target_arch = "wasm32"))]
//! Issue 26: recorded dates replace computed ones and the rest of the chain moves. Dates worked
//! out by hand with the England and Wales bank holidays (rule book §1), gaps from F§216 (2017
//! timetable; 5 working days for comments since 2020), F§219, F§52–55, F§103, F§128.

mod support;

use std::collections::HashSet;

use chrono::NaiveDate;
use ilacs_planner::app::recording;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::WarningId;
use ilacs_planner::engine::plan::forecast::{reason_sentence, ElectionKind, HoldReason};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::recorded::{RecordedDates, Step};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::{self, VisitKind};
use proptest::prelude::*;
use support::{current_practice, d, framework, plan_on, visit_kind, visit_only};

/// The issue's worked case: a standard inspection notified Monday 1 February 2027.
fn worked_case() -> PlanInput {
    visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1)))
}

fn with(mut input: PlanInput, step: Step, date: NaiveDate) -> PlanInput {
    input.recorded.set(step, date);
    input
}

fn at(p: &Plan, id: &str) -> NaiveDate {
    p.event(id).unwrap_or_else(|| panic!("no {id}")).date
}

fn today() -> NaiveDate {
    d(2027, 3, 16)
}

/// Issue 26, "Done when": feedback Friday 19 February; the draft is computed for Friday 5 March
/// (E+10, F§216) with comments due Friday 12 March (5 working days, Ofsted 2020). Recording the
/// draft as arrived on Tuesday 9 March 2027 makes comments due Tuesday 16 March 2027; the final
/// report (8 working days after the draft: E+18 − E+10) moves to Friday 19 March 2027 and the
/// framework's publication (3 working days after it) to Wednesday 24 March 2027.
#[test]
fn issue_26_worked_case_draft_arrives_two_working_days_late() {
    let before = plan_on(current_practice(), &worked_case(), today());
    assert_eq!(at(&before, "feedback"), d(2027, 2, 19));
    assert_eq!(at(&before, "draft-report"), d(2027, 3, 5));
    assert_eq!(at(&before, "la-comments-due"), d(2027, 3, 12));
    assert_eq!(at(&before, "final-report"), d(2027, 3, 17));
    assert_eq!(at(&before, "publication"), d(2027, 3, 22));

    let input = with(worked_case(), Step::DraftReport, d(2027, 3, 9));
    let p = plan_on(current_practice(), &input, today());
    let draft = p.event("draft-report").unwrap();
    assert_eq!(draft.date, d(2027, 3, 9));
    assert_eq!(draft.recorded.as_deref(), Some("arrived on"));
    assert!(draft.follows.is_empty());

    let comments = p.event("la-comments-due").unwrap();
    assert_eq!(comments.date, d(2027, 3, 16));
    assert_eq!(
        comments.follows,
        "5 working days after the draft report arrived on Tuesday 9 March 2027"
    );
    let fin = p.event("final-report").unwrap();
    assert_eq!(fin.date, d(2027, 3, 19));
    assert_eq!(
        fin.follows,
        "8 working days after the draft report arrived on Tuesday 9 March 2027"
    );
    let publication = p.event("publication").unwrap();
    assert_eq!(publication.date, d(2027, 3, 24));
    assert!(
        publication.follows.starts_with(
            "3 working days after “Final report sent under embargo”, now Friday 19 March 2027"
        ),
        "{}",
        publication.follows
    );
    // The observed forecast moves by the same two working days as the final report.
    let cal = Calendar::england_and_wales();
    for id in ["publication-observed", "action-plan-due"] {
        assert_eq!(
            at(&p, id),
            cal.add_working_days(at(&before, id), 2).unwrap(),
            "{id}"
        );
        assert!(!p.event(id).unwrap().follows.is_empty(), "{id}");
    }
    // F§219: the action plan is 70 working days after the final report.
    assert_eq!(
        at(&p, "action-plan-due"),
        cal.add_working_days(d(2027, 3, 19), 70).unwrap()
    );
    // Steps before the draft stay where they were.
    assert_eq!(at(&p, "feedback"), d(2027, 2, 19));
    assert_eq!(at(&p, "notification"), d(2027, 2, 1));
    assert!(p.event("feedback").unwrap().follows.is_empty());
    // The summary the other pages use follows too.
    assert_eq!(
        p.publication_forecast.as_ref().unwrap().likely.date,
        at(&p, "publication-observed")
    );
}

/// F§216 as written (2017): 3 working days for comments.
#[test]
fn f216_comments_follow_a_recorded_draft_under_the_2017_rules() {
    let input = with(worked_case(), Step::DraftReport, d(2027, 3, 9));
    let p = plan_on(framework(), &input, today());
    assert_eq!(at(&p, "la-comments-due"), d(2027, 3, 12));
    assert_eq!(
        p.event("la-comments-due").unwrap().follows,
        "3 working days after the draft report arrived on Tuesday 9 March 2027"
    );
}

/// Recording the comments as sent does not move Ofsted's final report: F§216 dates the final
/// report from the end of fieldwork, not from the comments.
#[test]
fn recorded_comments_move_nothing_after_them() {
    let before = plan_on(current_practice(), &worked_case(), today());
    let input = with(worked_case(), Step::CommentsSent, d(2027, 3, 10));
    let p = plan_on(current_practice(), &input, today());
    assert_eq!(at(&p, "la-comments-due"), d(2027, 3, 10));
    assert_eq!(at(&p, "final-report"), at(&before, "final-report"));
    assert_eq!(at(&p, "publication"), at(&before, "publication"));
}

/// A recorded final report and publication: each replaces its date; the action plan follows the
/// final report.
#[test]
fn recorded_final_report_and_publication() {
    let input = with(
        with(worked_case(), Step::FinalReport, d(2027, 3, 23)),
        Step::Publication,
        d(2027, 4, 6),
    );
    let p = plan_on(current_practice(), &input, d(2027, 4, 7));
    assert_eq!(at(&p, "final-report"), d(2027, 3, 23));
    assert_eq!(at(&p, "publication"), d(2027, 4, 6));
    assert_eq!(
        p.event("publication").unwrap().recorded.as_deref(),
        Some("published on")
    );
    let cal = Calendar::england_and_wales();
    assert_eq!(
        at(&p, "action-plan-due"),
        cal.add_working_days(d(2027, 3, 23), 70).unwrap()
    );
    assert!(p
        .event("action-plan-due")
        .unwrap()
        .follows
        .ends_with("the final report arrived on Tuesday 23 March 2027"));
}

/// The observed forecast after a recorded final report is held again from the moved date, as a
/// computed one would be (rule book §6: reports are not published in the Christmas pause or a
/// pre-election period; issue 14's observed facts, `rules::forecast`). Current practice counts
/// the most likely day 27 and three in four 38 working days after fieldwork, the final report 18
/// (F§216), so the forecasts follow the final report by 9 and 20 working days before any hold.
fn observed(p: &Plan) -> (NaiveDate, NaiveDate) {
    (
        at(p, "publication-observed"),
        at(p, "publication-observed-by"),
    )
}

/// Fieldwork ending Friday 6 November 2026 (notified Monday 19 October): the final report is
/// computed for Wednesday 2 December, the most likely publication Tuesday 15 December 2026, before
/// the Christmas pause (nothing after 20 December until Tuesday 12 January 2027). A final report
/// recorded on Monday 7 December puts it on Friday 18 December, still out before Christmas; one
/// recorded on Tuesday 8 December puts it on Monday 21 December, in the pause, so it is held to
/// Tuesday 12 January 2027 with the Christmas pause's words, as a computed forecast is. Three in
/// four: 20 working days after Tuesday 8 December is Friday 8 January 2027 (25, 28 December and 1
/// January are bank holidays), in the pause too: Tuesday 12 January.
#[test]
fn a_late_final_report_pushes_the_observed_estimate_into_the_christmas_pause() {
    let base = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 10, 19)));
    let before = plan_on(current_practice(), &base, d(2026, 12, 9));
    assert_eq!(at(&before, "feedback"), d(2026, 11, 6));
    assert_eq!(at(&before, "final-report"), d(2026, 12, 2));
    assert_eq!(at(&before, "publication-observed"), d(2026, 12, 15));

    let not_yet = with(base.clone(), Step::FinalReport, d(2026, 12, 7));
    let p = plan_on(current_practice(), &not_yet, d(2026, 12, 9));
    assert_eq!(at(&p, "publication-observed"), d(2026, 12, 18));
    assert!(p
        .publication_forecast
        .as_ref()
        .unwrap()
        .likely
        .reasons
        .is_empty());

    let input = with(base, Step::FinalReport, d(2026, 12, 8));
    let p = plan_on(current_practice(), &input, d(2026, 12, 9));
    assert_eq!(observed(&p), (d(2027, 1, 12), d(2027, 1, 12)));
    let f = p.publication_forecast.as_ref().unwrap();
    assert_eq!(f.likely.due, d(2026, 12, 21));
    assert_eq!(f.likely.reasons, vec![HoldReason::Christmas]);
    let likely = p.event("publication-observed").unwrap();
    assert!(likely.detail.starts_with(
        "Most likely Tuesday 12 January 2027; three in four are published by Tuesday 12 January 2027."
    ), "{}", likely.detail);
    assert!(likely
        .detail
        .contains(&reason_sentence(&HoldReason::Christmas)));
    assert_eq!(
        likely.follows,
        "22 working days after the final report arrived on Tuesday 8 December 2026"
    );
    // The same day, words and source as a computed plan whose forecast falls on 21 December.
    let computed = plan_on(
        current_practice(),
        &visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 10, 23))),
        d(2026, 12, 9),
    );
    let c = computed.event("publication-observed").unwrap();
    assert_eq!(at(&computed, "final-report"), d(2026, 12, 8));
    assert_eq!((c.date, &c.citation), (likely.date, &likely.citation));
    assert_eq!(c.detail, likely.detail);
}

/// Fieldwork ending Friday 13 November 2026 (notified Monday 26 October): the most likely
/// publication is due Tuesday 22 December 2026 and held by the Christmas pause to Tuesday
/// 12 January 2027 (three in four by Friday 15 January). The final report, computed for Wednesday 9 December, recorded as arrived on
/// Tuesday 1 December (after the draft of Friday 27 November) brings it out of the pause: 9
/// working days later, Monday 14 December 2026, with no hold. Three in four, 20 working days
/// after the report, is Thursday 31 December (the week's last working day, Friday 1 January
/// being a bank holiday), still held to Tuesday 12 January.
#[test]
fn an_early_final_report_takes_the_observed_estimate_out_of_the_christmas_pause() {
    let base = visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 10, 26)));
    let before = plan_on(current_practice(), &base, d(2026, 12, 2));
    assert_eq!(at(&before, "feedback"), d(2026, 11, 13));
    assert_eq!(at(&before, "final-report"), d(2026, 12, 9));
    assert_eq!(at(&before, "draft-report"), d(2026, 11, 27));
    assert_eq!(observed(&before), (d(2027, 1, 12), d(2027, 1, 15)));

    let input = with(base, Step::FinalReport, d(2026, 12, 1));
    let p = plan_on(current_practice(), &input, d(2026, 12, 2));
    assert!(refusal(&p, "final-report").is_none());
    assert_eq!(observed(&p), (d(2026, 12, 14), d(2027, 1, 12)));
    let f = p.publication_forecast.as_ref().unwrap();
    assert!(f.likely.reasons.is_empty());
    assert_eq!(f.by.as_ref().unwrap().due, d(2026, 12, 31));
    assert_eq!(f.by.as_ref().unwrap().reasons, vec![HoldReason::Christmas]);
    let likely = p.event("publication-observed").unwrap();
    assert!(likely.detail.starts_with(
        "Most likely Monday 14 December 2026; three in four are published by Tuesday 12 January 2027."
    ), "{}", likely.detail);
    assert_eq!(
        likely.follows,
        "9 working days after the final report arrived on Tuesday 1 December 2026"
    );
}

/// A council with polls on Thursday 7 May 2026 (`lp`): its pre-election period starts Monday
/// 30 March 2026 (the notice of election, SI 2006/3304 rule 1) and held reports came out Monday
/// 18 May (observed). Fieldwork ending Friday 13 February 2026 (notified Monday 26 January):
/// the final report is computed for Wednesday 11 March and the most likely publication for
/// Tuesday 24 March, before the period. Recorded on Monday 16 March, the estimate is Friday
/// 27 March, still out; recorded on Tuesday 17 March it is due Monday 30 March, in the period,
/// and held to Monday 18 May with the same warning a computed one gets. A final report recorded
/// on Thursday 26 March puts the framework's publication (3 working days later) on Tuesday
/// 31 March, in the period: warned about, as a computed one is.
#[test]
fn a_late_final_report_pushes_the_observed_estimate_into_the_local_election_hold() {
    let base = PlanInput {
        local_polling_day: Some(d(2026, 5, 7)),
        ..visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 1, 26)))
    };
    let today = d(2026, 3, 27);
    let before = plan_on(current_practice(), &base, today);
    assert_eq!(at(&before, "feedback"), d(2026, 2, 13));
    assert_eq!(at(&before, "final-report"), d(2026, 3, 11));
    assert_eq!(at(&before, "publication-observed"), d(2026, 3, 24));
    assert!(!pre_election(&before, "publication-observed"));

    let p = plan_on(
        current_practice(),
        &with(base.clone(), Step::FinalReport, d(2026, 3, 16)),
        today,
    );
    assert_eq!(at(&p, "publication-observed"), d(2026, 3, 27));
    assert!(!pre_election(&p, "publication-observed"));

    let p = plan_on(
        current_practice(),
        &with(base.clone(), Step::FinalReport, d(2026, 3, 17)),
        today,
    );
    assert_eq!(observed(&p), (d(2026, 5, 18), d(2026, 5, 18)));
    let f = p.publication_forecast.as_ref().unwrap();
    assert_eq!(f.likely.due, d(2026, 3, 30));
    let hold = HoldReason::Election {
        election: ElectionKind::Local,
        polling_day: d(2026, 5, 7),
        starts: d(2026, 3, 30),
        release: d(2026, 5, 18),
    };
    assert_eq!(f.likely.reasons, vec![hold]);
    let likely = p.event("publication-observed").unwrap();
    assert!(likely.detail.contains(&reason_sentence(&hold)));
    assert_eq!(
        likely.follows,
        "41 working days after the final report arrived on Tuesday 17 March 2026"
    );
    assert!(pre_election(&p, "publication-observed"));
    let w = warning_on(&p, "publication-observed").unwrap();
    assert!(w.message.starts_with(
        "Moved by the pre-election period before the council's local elections on 7 May 2026: the report would have been due about 30 March 2026."
    ), "{}", w.message);
    assert!(w
        .citation
        .text
        .contains("Local Elections (Principal Areas) (England and Wales) Rules 2006"));
    // The framework's own date is never held, but a moved one in the period is warned about.
    assert_eq!(at(&p, "publication"), d(2026, 3, 20));
    assert!(!pre_election(&p, "publication"));
    let p = plan_on(
        current_practice(),
        &with(base, Step::FinalReport, d(2026, 3, 26)),
        today,
    );
    assert_eq!(at(&p, "publication"), d(2026, 3, 31));
    let w = warning_on(&p, "publication").unwrap();
    assert!(w.message.starts_with(
        "The framework's publication date falls in the pre-election period before the council's local elections on 7 May 2026."
    ), "{}", w.message);
}

/// A recorded publication is what happened: no pre-election warning on it, though the
/// framework's date there would get one.
#[test]
fn a_recorded_publication_in_the_pre_election_period_is_not_warned_about() {
    let base = PlanInput {
        local_polling_day: Some(d(2026, 5, 7)),
        ..visit_only(VisitKind::Standard, Anchor::Notification(d(2026, 1, 26)))
    };
    let late = with(base, Step::FinalReport, d(2026, 3, 26));
    let input = with(late.clone(), Step::Publication, d(2026, 3, 31));
    let p = plan_on(current_practice(), &input, d(2026, 4, 1));
    assert_eq!(at(&p, "publication"), d(2026, 3, 31));
    assert!(!pre_election(&p, "publication"));
    assert!(pre_election(
        &plan_on(current_practice(), &late, d(2026, 4, 1)),
        "publication"
    ));
}

fn warning_on<'a>(p: &'a Plan, id: &str) -> Option<&'a ilacs_planner::engine::event::Warning> {
    p.warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod && w.events.iter().any(|e| e == id))
}

fn pre_election(p: &Plan, id: &str) -> bool {
    let marked = p
        .event(id)
        .unwrap()
        .warnings
        .contains(&WarningId::PreElectionPeriod);
    assert_eq!(marked, warning_on(p, id).is_some(), "{id}");
    marked
}

/// Issue 26 item 3: a draft before the end of fieldwork is refused, naming both dates.
#[test]
fn a_draft_before_the_end_of_fieldwork_is_refused() {
    let input = with(worked_case(), Step::DraftReport, d(2027, 2, 18));
    let p = plan_on(current_practice(), &input, today());
    assert_eq!(
        refusal(&p, "draft-report").as_deref(),
        Some("The draft report cannot be on Thursday 18 February 2027: that is before the end of fieldwork, Friday 19 February 2027. Check both dates.")
    );
    // The refused date is not used: the plan keeps the computed dates, so it never disappears.
    let computed = plan_on(current_practice(), &worked_case(), today());
    assert_eq!(at(&p, "draft-report"), at(&computed, "draft-report"));
    assert_eq!(at(&p, "la-comments-due"), at(&computed, "la-comments-due"));
    assert!(p.event("draft-report").unwrap().recorded.is_none());
    // Typed on the page, it is refused with the same message and the inputs are unchanged.
    let typed = recording::record(
        current_practice(),
        &Calendar::england_and_wales(),
        &worked_case(),
        today(),
        Step::DraftReport,
        Ok(d(2027, 2, 18)),
    );
    assert_eq!(typed.unwrap_err(), refusal(&p, "draft-report").unwrap());
    // On the last day of fieldwork itself it is accepted (not before it).
    let input = with(worked_case(), Step::DraftReport, d(2027, 2, 19));
    let p = plan_on(current_practice(), &input, today());
    assert_eq!(refusal(&p, "draft-report"), None);
    assert_eq!(at(&p, "draft-report"), d(2027, 2, 19));
}

/// Issue 26 item 3: a publication before the final report is refused, naming both dates; the
/// final report may be the recorded one.
#[test]
fn a_publication_before_the_final_report_is_refused() {
    let input = with(
        with(worked_case(), Step::FinalReport, d(2027, 3, 23)),
        Step::Publication,
        d(2027, 3, 22),
    );
    let p = plan_on(current_practice(), &input, today());
    assert_eq!(
        refusal(&p, "publication").as_deref(),
        Some("The publication cannot be on Monday 22 March 2027: that is before the final report, Tuesday 23 March 2027. Check both dates.")
    );
    assert_eq!(
        at(&p, "final-report"),
        d(2027, 3, 23),
        "the final report's own record stands"
    );
}

/// The message of the warning that refuses the recorded date of `id`, if any.
fn refusal(p: &Plan, id: &str) -> Option<String> {
    p.warnings
        .iter()
        .find(|w| w.id == WarningId::RecordedDateRefused && w.events == [id])
        .map(|w| w.message.clone())
}

/// A recorded date must have happened.
#[test]
fn a_future_date_is_refused_when_recorded() {
    let e =
        RecordedDates::check_not_future(Step::DraftReport, d(2027, 3, 17), today()).unwrap_err();
    assert!(
        e.to_string()
            .contains("Wednesday 17 March 2027 has not happened yet"),
        "{e}"
    );
    assert!(RecordedDates::check_not_future(Step::DraftReport, today(), today()).is_ok());
    let record = |step, typed| {
        recording::record(
            current_practice(),
            &Calendar::england_and_wales(),
            &worked_case(),
            today(),
            step,
            typed,
        )
    };
    assert!(record(Step::FinalReport, Ok(d(2027, 3, 17)))
        .unwrap_err()
        .contains("has not happened yet"));
    // A date that cannot be read says so.
    assert_eq!(
        record(
            Step::FinalReport,
            Err(ilacs_planner::engine::calendar::dates::DateInputError::NotReal)
        )
        .unwrap_err(),
        "The date must be a real date"
    );
    // A good one comes back as the new inputs; forgetting it gives the old ones.
    let typed = record(Step::DraftReport, Ok(d(2027, 3, 9))).unwrap();
    assert_eq!(typed.recorded.get(Step::DraftReport), Some(d(2027, 3, 9)));
    assert_eq!(recording::forget(&typed, Step::DraftReport), worked_case());
}

/// Around a weekend: a draft recorded on a Saturday is counted from that day, so the comments are
/// due the following Friday (5 working days: Monday to Friday).
#[test]
fn a_draft_recorded_on_a_saturday() {
    let input = with(worked_case(), Step::DraftReport, d(2027, 3, 6));
    let p = plan_on(current_practice(), &input, today());
    assert_eq!(at(&p, "la-comments-due"), d(2027, 3, 12));
}

/// Around Easter 2027 (Good Friday 26 March, Easter Monday 29 March): a draft recorded on
/// Thursday 25 March makes comments due Monday 5 April (30, 31 March, 1, 2, 5 April).
#[test]
fn a_draft_recorded_before_easter() {
    let input = with(worked_case(), Step::DraftReport, d(2027, 3, 25));
    let p = plan_on(current_practice(), &input, d(2027, 3, 25));
    assert_eq!(at(&p, "la-comments-due"), d(2027, 4, 5));
}

/// Around Christmas 2027 (Saturday: substitute holidays Monday 27 and Tuesday 28 December): a
/// standard inspection notified Monday 15 November 2027 ends fieldwork Friday 3 December; a draft
/// recorded on Tuesday 21 December makes comments due Thursday 30 December (22, 23, 24, 29, 30).
#[test]
fn a_draft_recorded_before_christmas() {
    let base = visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 11, 15)));
    let p0 = plan_on(current_practice(), &base, d(2027, 12, 21));
    assert_eq!(at(&p0, "feedback"), d(2027, 12, 3));
    let input = with(base, Step::DraftReport, d(2027, 12, 21));
    let p = plan_on(current_practice(), &input, d(2027, 12, 21));
    assert_eq!(at(&p, "la-comments-due"), d(2027, 12, 30));
}

/// A recorded notification (the call came a day later than planned) moves the whole visit: the
/// notice week, the on-site days and what follows fieldwork, by one working day each; the
/// visit's summary follows.
#[test]
fn a_recorded_notification_moves_the_visit() {
    let cal = Calendar::england_and_wales();
    let before = plan_on(current_practice(), &worked_case(), today());
    let input = with(worked_case(), Step::Notification, d(2027, 2, 2));
    let p = plan_on(current_practice(), &input, today());
    for id in [
        "child-level-data-due",
        "onsite-1",
        "onsite-5",
        "feedback",
        "draft-report",
        "final-report",
    ] {
        assert_eq!(
            at(&p, id),
            cal.add_working_days(at(&before, id), 1).unwrap(),
            "{id}"
        );
    }
    assert_eq!(p.visit.unwrap().first_onsite_day, d(2027, 2, 9));
    assert_eq!(p.visit.unwrap().last_fieldwork_day, Some(d(2027, 2, 22)));
}

/// A recorded feedback day (fieldwork ran over a bank holiday it should not have) moves the
/// reports: Monday 31 May 2027 is the spring bank holiday; fieldwork that ended on Tuesday 1 June
/// instead of Friday 28 May makes the draft 10 working days after Tuesday 1 June: Tuesday 15 June.
#[test]
fn a_recorded_feedback_day_over_a_bank_holiday() {
    let base = visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 5, 10)));
    let p0 = plan_on(framework(), &base, d(2027, 6, 1));
    assert_eq!(at(&p0, "feedback"), d(2027, 5, 28));
    let input = with(base, Step::Feedback, d(2027, 6, 1));
    let p = plan_on(framework(), &input, d(2027, 6, 1));
    assert_eq!(at(&p, "draft-report"), d(2027, 6, 15));
}

fn inadequate(meeting: Option<NaiveDate>) -> PlanInput {
    PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2026, 1, 12),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        engagement_meeting: meeting,
        ..PlanInput::default()
    }
}

/// Pathway 3: a recorded second monitoring visit moves the third to the sixth by the same
/// working days (each follows the one before, F§128), and the titles say the new week.
#[test]
fn a_recorded_monitoring_visit_moves_the_later_ones() {
    let cal = Calendar::england_and_wales();
    let before = plan_on(current_practice(), &inadequate(None), d(2026, 1, 5));
    let mv2 = at(&before, "monitoring-visit-2");
    let late = cal.add_working_days(mv2, 5).unwrap();
    let input = with(inadequate(None), Step::MonitoringVisit(2), late);
    let p = plan_on(current_practice(), &input, late);
    let e2 = p.event("monitoring-visit-2").unwrap();
    assert_eq!(e2.date, late);
    assert!(!e2.estimate);
    assert_eq!(e2.title, "Monitoring visit 2");
    for n in 3..=6 {
        let id = format!("monitoring-visit-{n}");
        assert_eq!(
            at(&p, &id),
            cal.add_working_days(at(&before, &id), 5).unwrap(),
            "{id}"
        );
        let e = p.event(&id).unwrap();
        assert!(e.estimate, "{id} is still an estimate");
        assert!(!e
            .title
            .contains(&ilacs_planner::engine::calendar::dates::long_date(at(
                &before, &id
            ))));
    }
    assert_eq!(
        at(&p, "monitoring-visit-1"),
        at(&before, "monitoring-visit-1")
    );
    // The re-inspection follows the 4th and 6th visits.
    assert_ne!(
        at(&p, "reinspection-earliest"),
        at(&before, "reinspection-earliest")
    );
    // A visit before the one it follows is refused.
    let early = with(
        inadequate(None),
        Step::MonitoringVisit(3),
        at(&before, "monitoring-visit-1"),
    );
    let p = plan(current_practice(), &cal, &early, late).unwrap();
    let message = refusal(&p, "monitoring-visit-3").unwrap();
    assert!(
        message.starts_with("The monitoring visit 3 cannot be on"),
        "{message}"
    );
}

/// Pathway 3: the action planning visit and the action plan recorded.
#[test]
fn recorded_action_planning_visit_and_action_plan() {
    let cal = Calendar::england_and_wales();
    let before = plan_on(current_practice(), &inadequate(None), d(2026, 1, 5));
    let apv = cal
        .add_working_days(at(&before, "action-planning-visit"), 3)
        .unwrap();
    let ap = cal
        .add_working_days(at(&before, "inadequate-action-plan-due"), -2)
        .unwrap();
    let input = with(
        with(inadequate(None), Step::ActionPlanningVisit, apv),
        Step::InadequateActionPlan,
        ap,
    );
    let p = plan_on(current_practice(), &input, ap);
    assert_eq!(at(&p, "action-planning-visit"), apv);
    assert_eq!(
        at(&p, "action-planning-agenda"),
        cal.add_working_days(at(&before, "action-planning-agenda"), 3)
            .unwrap()
    );
    assert_eq!(at(&p, "inadequate-action-plan-due"), ap);
    assert_eq!(
        p.event("inadequate-action-plan-due")
            .unwrap()
            .recorded
            .as_deref(),
        Some("sent on")
    );
}

/// The annual engagement meeting: a later meeting recorded moves its letter (F§48) and the
/// meeting after it.
#[test]
fn a_recorded_engagement_meeting_moves_its_letter() {
    let cal = Calendar::england_and_wales();
    let input = PlanInput {
        engagement_meeting: Some(d(2026, 6, 9)),
        ..PlanInput::default()
    };
    let before = plan_on(current_practice(), &input, d(2026, 1, 5));
    let m2 = cal
        .add_working_days(at(&before, "engagement-meeting-2"), 10)
        .unwrap();
    let p = plan_on(
        current_practice(),
        &with(input, Step::EngagementMeeting(2), m2),
        m2,
    );
    assert_eq!(at(&p, "engagement-meeting-2"), m2);
    for id in [
        "engagement-letter-2",
        "engagement-meeting-3",
        "engagement-letter-3",
    ] {
        assert_ne!(at(&p, id), at(&before, id), "{id}");
    }
    assert_eq!(
        at(&p, "engagement-letter-1"),
        at(&before, "engagement-letter-1")
    );
}

/// Every kind of visit: each recordable step present in the plan, recorded one working day after
/// its computed date, moves itself and exactly the steps that follow it (transitively), each by
/// one working day when it is on a working day; nothing else moves.
#[test]
fn every_step_of_every_visit_moves_its_chain_by_a_working_day() {
    let cal = Calendar::england_and_wales();
    let links = ilacs_planner::engine::plan::chain::links();
    for rs in rules::all() {
        for kind in VisitKind::ALL {
            let mut base = visit_only(kind, Anchor::Notification(d(2027, 2, 2)));
            if let Some(v) = base.visit.as_mut() {
                v.monitoring_visit_number = 2;
            }
            base.engagement_meeting = Some(d(2026, 6, 9));
            let before = plan_on(rs, &base, d(2027, 2, 1));
            let steps: Vec<Step> = before
                .events
                .iter()
                .filter_map(|e| Step::from_event_id(&e.id))
                .collect();
            assert!(
                kind == VisitKind::Jtai || steps.len() >= 6,
                "{kind:?}: {steps:?}"
            );
            for step in steps {
                let id = step.event_id();
                let moved_to = cal.add_working_days(at(&before, &id), 1).unwrap();
                let p = plan_on(rs, &with(base.clone(), step, moved_to), d(2027, 2, 1));
                // The steps that follow `id`, transitively.
                let mut followers: HashSet<String> = HashSet::from([id.clone()]);
                for l in links {
                    if followers.contains(l.after) {
                        followers.insert(l.step.to_string());
                    }
                }
                for e in &before.events {
                    let now = at(&p, &e.id);
                    if e.id == id {
                        assert_eq!(now, moved_to);
                    } else if e.id == "publication-observed-by" && followers.contains(&e.id) {
                        // The day three in four were out is given as the end of its week, so it
                        // is the end of the week of that day one working day on (no hold here).
                        assert_eq!(
                            now,
                            three_in_four_one_day_on(&cal, &before),
                            "{kind:?} {id} → {}",
                            e.id
                        );
                    } else if followers.contains(&e.id) && cal.is_working_day(e.date).unwrap() {
                        assert_eq!(
                            now,
                            cal.add_working_days(e.date, 1).unwrap(),
                            "{kind:?} {id} → {}",
                            e.id
                        );
                    } else if !followers.contains(&e.id) {
                        assert_eq!(now, e.date, "{kind:?} {id} moved {}", e.id);
                    }
                }
            }
        }
    }
}

/// The last working day of the week of the computed plan's "three in four" day (working days
/// after fieldwork from the forecast) counted one working day on.
fn three_in_four_one_day_on(cal: &Calendar, before: &Plan) -> NaiveDate {
    use chrono::Datelike;
    let end = before.visit.unwrap().last_fieldwork_day.unwrap();
    let n = before
        .publication_forecast
        .as_ref()
        .unwrap()
        .by_working_days
        .unwrap();
    let raw = cal.add_working_days(end, n + 1).unwrap();
    let friday = raw + chrono::Duration::days(4 - i64::from(raw.weekday().num_days_from_monday()));
    cal.working_day_on_or_before(friday).unwrap().max(raw)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Recording the date the plan already shows changes no date, no words and no other event:
    /// only the recorded step is marked as recorded.
    #[test]
    fn recording_the_computed_date_changes_nothing(
        k in visit_kind(),
        day in 0u32..3650,
        rs in 0usize..2,
        inadequate_last in any::<bool>(),
        which in 0usize..32,
    ) {
        let cal = Calendar::england_and_wales();
        let rs = &rules::all()[rs % rules::all().len()];
        let start = cal.working_day_on_or_after(d(2020, 1, 1) + chrono::Duration::days(i64::from(day))).unwrap();
        let mut input = visit_only(k, Anchor::Notification(start));
        input.engagement_meeting = cal.working_day_on_or_after(start + chrono::Duration::days(40)).ok();
        if inadequate_last {
            input.last_inspection = Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: cal.working_day_on_or_before(start - chrono::Duration::days(400)).unwrap(),
                outcome: Outcome::Overall(Grade::Inadequate),
            });
        }
        let today = start;
        let Ok(before) = plan(rs, &cal, &input, today) else { return Ok(()); };
        let steps: Vec<Step> = before.events.iter().filter_map(|e| Step::from_event_id(&e.id)).collect();
        prop_assume!(!steps.is_empty());
        let step = steps[which % steps.len()];
        let id = step.event_id();
        let p = plan(rs, &cal, &with(input, step, at(&before, &id)), today).unwrap();
        prop_assert_eq!(p.events.len(), before.events.len());
        for (a, b) in before.events.iter().zip(&p.events) {
            prop_assert_eq!(&a.id, &b.id);
            prop_assert_eq!(a.date, b.date);
            prop_assert_eq!(&b.follows, "");
            if a.id != id {
                prop_assert_eq!(a, b);
            } else {
                prop_assert_eq!(b.recorded.as_deref(), Some(step.done()));
            }
        }
        prop_assert_eq!(p.visit, before.visit);
    }
}
