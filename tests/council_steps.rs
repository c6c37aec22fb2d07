#![cfg(not(target_arch = "wasm32"))]
//! Worked examples for the council's steps that the visit tables do not date (issue 16): each
//! test names its paragraph of the framework (F§n). Dates were worked out by hand from the
//! framework and the England and Wales bank holidays.

mod support;

use chrono::{Datelike, NaiveDate};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::{Event, EventKind, Section};
use ilacs_planner::engine::plan::council_steps::{data_period, monitoring_sample_period};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput, VisitSummary};
use ilacs_planner::engine::records::annex_a::{checklist, ChecklistState};
use ilacs_planner::engine::rules::{self, RuleSet, VisitKind};
use proptest::prelude::*;
use support::{current_practice as current, d};

fn visit(kind: VisitKind, anchor: Anchor) -> Plan {
    visit_with(current(), VisitInput::new(kind, anchor), None)
}

fn visit_with(rules: &RuleSet, v: VisitInput, meeting: Option<NaiveDate>) -> Plan {
    let input = PlanInput {
        rule_set: rules.id.to_string(),
        visit: Some(v),
        engagement_meeting: meeting,
        ..PlanInput::default()
    };
    plan(rules, &Calendar::england_and_wales(), &input, d(2018, 1, 1)).unwrap()
}

fn event<'a>(p: &'a Plan, id: &str) -> &'a Event {
    p.event(id).unwrap_or_else(|| {
        let ids: Vec<_> = p.events.iter().map(|e| e.id.as_str()).collect();
        panic!("no event {id} in {ids:?}")
    })
}

/// Asserts a step placed in a period: first day, last day (None: open-ended) and the words.
fn span(p: &Plan, id: &str, from: NaiveDate, until: Option<NaiveDate>, words: &str) {
    let e = event(p, id);
    assert_eq!(e.date, from, "first day of {id}");
    let u = e
        .undated
        .as_ref()
        .unwrap_or_else(|| panic!("{id} has a day"));
    assert_eq!(u.until, until, "last day of {id}");
    assert!(u.words.contains(words), "{id}: {}", u.words);
    assert!(!e.have_ready.is_empty(), "{id}: what to have ready");
}

// ---- Notice week and fieldwork ----

/// F§76 (link person), F§77 and F§255 (analyst's call), F§78 (lead member or chief executive),
/// F§76 (keep-in-touch meetings), F§84–87 (carer calls), F§83 (no work after 6pm): a standard
/// inspection notified at Easter (F§73 footnote 18). On site from Monday 13 April 2026, so the
/// call comes on Thursday 2 April; Good Friday and Easter Monday fall in the notice week, so the
/// analyst's call can only come from Tuesday 7 April (after the data is shared) to Friday 10
/// April. Fieldwork ends Friday 24 April.
#[test]
fn f76_to_f87_notice_week_and_fieldwork_steps_of_a_standard_inspection_at_easter() {
    let p = visit(VisitKind::Standard, Anchor::FirstOnSiteDay(d(2026, 4, 13)));
    assert_eq!(event(&p, "notification").date, d(2026, 4, 2));
    for (id, from, until, words) in [
        (
            "link-person-preparation",
            d(2026, 4, 2),
            Some(d(2026, 4, 10)),
            "notice week",
        ),
        (
            "analyst-call",
            d(2026, 4, 7),
            Some(d(2026, 4, 10)),
            "before inspectors arrive",
        ),
        (
            "lead-member-call",
            d(2026, 4, 2),
            Some(d(2026, 4, 10)),
            "possibly",
        ),
        (
            "keep-in-touch-meetings",
            d(2026, 4, 13),
            Some(d(2026, 4, 23)),
            "during fieldwork",
        ),
        (
            "carer-calls",
            d(2026, 4, 13),
            Some(d(2026, 4, 24)),
            "during fieldwork",
        ),
        (
            "no-evening-work",
            d(2026, 4, 13),
            Some(d(2026, 4, 24)),
            "every fieldwork day",
        ),
    ] {
        span(&p, id, from, until, words);
    }
    let calls = event(&p, "carer-calls");
    assert_eq!(calls.citation.label, "F§84–87, F§91");
    assert!(calls
        .have_ready
        .contains("up to four foster carer households"));
    assert!(calls.have_ready.contains("up to four adopter households"));
    assert_eq!(event(&p, "lead-member-call").citation.label, "F§78");
    assert_eq!(event(&p, "analyst-call").citation.label, "F§77, F§255");
    assert_eq!(event(&p, "no-evening-work").kind, EventKind::Note);
    for id in ["link-person-preparation", "carer-calls", "analyst-call"] {
        assert_eq!(event(&p, id).section, Section::Visit, "{id}");
        assert!(
            !event(&p, id).estimate,
            "{id}: the period is the framework's"
        );
    }
}

/// F§76 and F§84–87 for a short inspection: one week on site, so the keep-in-touch meetings run
/// Monday to Thursday and the carer calls Monday to Friday (fieldwork 9–13 March 2026).
#[test]
fn f76_f84_short_inspection_steps_fit_one_week() {
    let p = visit(VisitKind::Short, Anchor::Notification(d(2026, 3, 2)));
    for (id, from, until, words) in [
        (
            "keep-in-touch-meetings",
            d(2026, 3, 9),
            Some(d(2026, 3, 12)),
            "during fieldwork",
        ),
        (
            "carer-calls",
            d(2026, 3, 9),
            Some(d(2026, 3, 13)),
            "during fieldwork",
        ),
    ] {
        span(&p, id, from, until, words);
    }
}

/// F§76–78 and F§84–87 are written for standard and short inspections: a focused visit gets only
/// the analyst's call that follows sharing Annex A (F§255), from the day after notification to
/// the day before inspectors arrive (notified Tuesday 3 March 2026, on site Tuesday 10 March).
#[test]
fn f255_focused_visit_gets_the_analyst_call_only() {
    let p = visit(VisitKind::Focused, Anchor::Notification(d(2026, 3, 3)));
    span(
        &p,
        "analyst-call",
        d(2026, 3, 4),
        Some(d(2026, 3, 9)),
        "Annex A",
    );
    for id in [
        "link-person-preparation",
        "lead-member-call",
        "keep-in-touch-meetings",
        "carer-calls",
        "no-evening-work",
        "next-visit-milestones",
    ] {
        assert!(p.event(id).is_none(), "{id} at a focused visit");
    }
}

/// F§199 (feedback usually no longer than 60 minutes) and F§76 (with the DCS and senior
/// leadership team) after a standard inspection; F§138 (DCS, chief executive and commissioner
/// where appointed) after a monitoring visit.
#[test]
fn f138_f199_feedback_meeting_length_and_who_attends() {
    let p = visit(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let f = event(&p, "feedback");
    assert_eq!(f.date, d(2026, 3, 20));
    assert!(f.who.contains("senior leadership team"), "{}", f.who);
    assert!(f.have_ready.contains("60 minutes"), "{}", f.have_ready);

    let p = visit(VisitKind::Monitoring, Anchor::Notification(d(2026, 3, 2)));
    let f = event(&p, "feedback");
    assert_eq!(f.date, d(2026, 3, 18));
    assert!(f.who.contains("chief executive") && f.who.contains("commissioner"));
    assert!(f.have_ready.contains("60 minutes"));
}

/// F§139: at the end of a monitoring visit (data requested Monday 2 March 2026, on site 17–18
/// March) the next visit's areas are discussed and its milestones confirmed if the date is known.
/// The framework gives no later day, so the step is open-ended.
#[test]
fn f139_next_monitoring_visit_milestones_at_the_end_of_the_visit() {
    let p = visit(VisitKind::Monitoring, Anchor::Notification(d(2026, 3, 2)));
    span(
        &p,
        "next-visit-milestones",
        d(2026, 3, 18),
        None,
        "end of the visit",
    );
    assert_eq!(event(&p, "next-visit-milestones").citation.label, "F§139");
}

// ---- After fieldwork ----

/// F§202 footnote 28: after a first monitoring visit (fieldwork ends Wednesday 18 March 2026)
/// the letter is not usually published, unless this is a second set of monitoring visits; then
/// it is published 16 working days later, Monday 13 April 2026 (Good Friday and Easter Monday
/// skipped). A second visit's letter is published anyway, so it gets no such note.
#[test]
fn f202_footnote_28_second_set_of_monitoring_visits() {
    let p = visit(VisitKind::Monitoring, Anchor::Notification(d(2026, 3, 2)));
    assert!(p.event("letter-not-published").is_some());
    let e = event(&p, "letter-published-if-second-set");
    assert_eq!(e.date, d(2026, 4, 13));
    assert_eq!(e.citation.label, "F§202 (fn 28)");
    assert_eq!(e.section, Section::AfterFieldwork);

    let mut second = VisitInput::new(VisitKind::Monitoring, Anchor::Notification(d(2026, 3, 2)));
    second.monitoring_visit_number = 2;
    let p = visit_with(current(), second, None);
    assert_eq!(event(&p, "publication").date, d(2026, 4, 13));
    assert!(p.event("letter-published-if-second-set").is_none());
}

/// F§216 (who receives the final report) and F§222–223 (raising concerns, then the complaints
/// procedure), as text beside the report events of a standard inspection.
#[test]
fn f216_f222_report_recipients_and_complaints_beside_the_report_events() {
    let p = visit(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let final_report = event(&p, "final-report");
    assert!(final_report
        .detail
        .contains("Chair of the Children in Care Council"));
    assert!(final_report
        .detail
        .contains("DfE (framework paragraph 216)"));
    let draft = event(&p, "draft-report");
    assert!(draft
        .detail
        .contains("lead inspector or quality assurance manager"));
    assert!(draft
        .detail
        .contains("complaints procedure (framework paragraphs 222 to 223)"));
}

/// F§220: after a focused visit the updated action plan goes with the next self-evaluation.
/// Focused visit notified Tuesday 3 March 2026 under the 2017 framework: fieldwork ends 11 March,
/// final letter 14 working days later on Tuesday 31 March. With the engagement meeting on Monday
/// 2 March 2026, the self-evaluations fall a month before each meeting: 2 February 2026 (before
/// the letter) and Tuesday 2 February 2027, which the plan goes with.
#[test]
fn f220_updated_action_plan_goes_with_the_next_self_evaluation() {
    let rules = rules::by_id("ilacs-2017").unwrap();
    let focused = VisitInput::new(VisitKind::Focused, Anchor::Notification(d(2026, 3, 3)));
    let p = visit_with(rules, focused, Some(d(2026, 3, 2)));
    assert_eq!(event(&p, "final-report").date, d(2026, 3, 31));
    assert_eq!(event(&p, "self-evaluation-1").date, d(2026, 2, 2));
    let e = event(&p, "updated-action-plan-due");
    assert_eq!(e.date, d(2027, 2, 2));
    assert_eq!(e.date, event(&p, "self-evaluation-2").date);
    assert!(e.undated.is_none());
    assert_eq!(e.kind, EventKind::Deadline);
    assert_eq!(e.citation.label, "F§220");

    // No meeting entered: no self-evaluation to tie it to, so it says so rather than guess.
    let p = visit_with(rules, focused, None);
    span(
        &p,
        "updated-action-plan-due",
        d(2026, 3, 31),
        None,
        "next self-evaluation",
    );

    // Areas for priority action have their own plans instead.
    let mut priority = focused;
    priority.priority_actions = true;
    let p = visit_with(rules, priority, Some(d(2026, 3, 2)));
    assert!(p.event("updated-action-plan-due").is_none());
    // Not after a standard inspection either (F§219 applies there).
    let p = visit(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    assert!(p.event("updated-action-plan-due").is_none());
}

// ---- The improvement cycle after an inadequate judgement ----

/// F§117–126 for an inadequate standard inspection with fieldwork 8–19 January 2018: report
/// received Wednesday 14 February (estimate), action planning visit Wednesday 28 March, action
/// plan due Tuesday 29 May. The regional director's letter (F§118) and the draft plan (F§122)
/// fall from the report to the day before the visit (Tuesday 27 March); dates and focus agreed at
/// the visit (F§117, F§128); the record follows it, from Thursday 29 March (F§123); Ofsted's letter
/// on the plan follows the plan, from Wednesday 30 May (F§124–126). All are estimates.
#[test]
fn f117_to_f126_improvement_cycle_after_an_inadequate_judgement() {
    let input = PlanInput {
        rule_set: "ilacs-2017".into(),
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2018, 1, 8),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        ..PlanInput::default()
    };
    let rules = rules::by_id("ilacs-2017").unwrap();
    let p = plan(rules, &Calendar::england_and_wales(), &input, d(2018, 1, 1)).unwrap();
    assert_eq!(event(&p, "action-planning-visit").date, d(2018, 3, 28));
    for (id, from, until, words) in [
        (
            "action-planning-letter",
            d(2018, 2, 14),
            Some(d(2018, 3, 27)),
            "report is received",
        ),
        (
            "draft-action-plan-shared",
            d(2018, 2, 14),
            Some(d(2018, 3, 27)),
            "if you have a draft",
        ),
        (
            "monitoring-dates-agreed",
            d(2018, 3, 28),
            None,
            "action planning visit",
        ),
        (
            "action-planning-record",
            d(2018, 3, 29),
            None,
            "no day given",
        ),
        (
            "action-plan-review-letter",
            d(2018, 5, 30),
            None,
            "as soon as possible",
        ),
    ] {
        span(&p, id, from, until, words);
    }
    let mut labels = Vec::new();
    for id in [
        "action-planning-letter",
        "draft-action-plan-shared",
        "monitoring-dates-agreed",
        "action-planning-record",
        "action-plan-review-letter",
    ] {
        let e = event(&p, id);
        assert!(e.estimate, "{id} hangs on estimated dates");
        assert_eq!(e.section, Section::Monitoring, "{id}");
        labels.push(e.citation.label.to_string());
    }
    assert_eq!(
        labels,
        ["F§118", "F§122", "F§117, F§128", "F§123", "F§124–126"]
    );
    // Not for an authority that is not inadequate.
    let mut good = input.clone();
    good.last_inspection = Some(LastInspection {
        outcome: Outcome::Overall(Grade::Good),
        ..good.last_inspection.unwrap()
    });
    let p = plan(rules, &Calendar::england_and_wales(), &good, d(2018, 1, 1)).unwrap();
    assert!(p.event("action-planning-letter").is_none());
}

// ---- Annex A data periods (F§249, F§257, F§135) ----

fn period(item: &str, n: NaiveDate) -> (NaiveDate, NaiveDate) {
    let p = data_period(current(), item, n).unwrap().unwrap();
    (p.from, p.to)
}

/// F§249 and F§257 across a year boundary: notification Monday 2 February 2026. Contacts and
/// referrals (three months) from 2 November 2025; early help, assessments, section 47 enquiries,
/// children who left care and audits (six months) from 2 August 2025; adoptions and adopters
/// (12 months) from 2 February 2025. Each to the notification day.
#[test]
fn f249_f257_data_periods_across_a_year_boundary() {
    let n = d(2026, 2, 2);
    for (item, from) in [
        ("list-1", d(2025, 11, 2)),
        ("list-2", d(2025, 8, 2)),
        ("list-3", d(2025, 11, 2)),
        ("list-4", d(2025, 8, 2)),
        ("list-5", d(2025, 8, 2)),
        ("list-6", d(2025, 11, 2)),
        ("list-7", d(2025, 11, 2)),
        ("list-8", d(2025, 8, 2)),
        ("list-10", d(2025, 2, 2)),
        ("list-11", d(2025, 2, 2)),
        ("audit-list", d(2025, 8, 2)),
    ] {
        assert_eq!(period(item, n), (from, n), "{item}");
    }
    // List 9 (care leavers now), the case papers and documents have no period.
    for item in ["list-9", "case-files", "doc-1.01"] {
        assert!(data_period(current(), item, n).unwrap().is_none(), "{item}");
    }
}

/// F§249 and F§257 with a leap day: notified Wednesday 31 May 2028, three months back is
/// 29 February 2028 (a leap day; 31 February does not exist). Notified Tuesday 29 February 2028,
/// 12 months back is 28 February 2027 (no 29 February in 2027), six months back 29 August 2027.
#[test]
fn f249_f257_data_periods_around_a_leap_day() {
    assert_eq!(period("list-1", d(2028, 5, 31)).0, d(2028, 2, 29));
    assert_eq!(period("list-8", d(2028, 8, 31)).0, d(2028, 2, 29));
    let leap = d(2028, 2, 29);
    assert_eq!(period("list-10", leap), (d(2027, 2, 28), leap));
    assert_eq!(period("audit-list", leap), (d(2027, 8, 29), leap));
    assert_eq!(period("list-3", leap), (d(2027, 11, 29), leap));
}

/// F§135: at a monitoring visit inspectors usually sample cases from the previous three months,
/// here across the new year (data requested Monday 4 January 2027: from 4 October 2026) and to a
/// leap day (requested Monday 29 May 2028: from 29 February 2028).
#[test]
fn f135_monitoring_sample_period() {
    let p = monitoring_sample_period(current(), d(2027, 1, 4)).unwrap();
    assert_eq!(
        (p.from, p.to, p.months),
        (d(2026, 10, 4), d(2027, 1, 4), Some(3))
    );
    assert_eq!(p.citation.label, "F§135");
    let p = monitoring_sample_period(current(), d(2028, 5, 29)).unwrap();
    assert_eq!(p.from, d(2028, 2, 29));
}

/// F§249 on the checklist: every row carries its item's period from the visit's notification
/// day (a standard inspection notified Monday 4 January 2027, across the new year).
#[test]
fn f249_checklist_rows_carry_their_periods() {
    let visit = VisitSummary {
        kind: VisitKind::Standard,
        notification: d(2027, 1, 4),
        first_onsite_day: d(2027, 1, 11),
        last_fieldwork_day: Some(d(2027, 1, 22)),
        previous_monitoring_visit: None,
    };
    let rows = checklist(
        current(),
        &Calendar::england_and_wales(),
        &visit,
        &ChecklistState::default(),
        d(2027, 1, 4),
    )
    .unwrap();
    let with_period: Vec<_> = rows.iter().filter(|r| r.data_period.is_some()).collect();
    // Lists 1–8, 10 and 11, the audit list and documents 1.05, 1.06, 1.13 and 2.01 (F§262).
    assert_eq!(with_period.len(), 15);
    let list_2 = rows.iter().find(|r| r.item.id == "list-2").unwrap();
    let p = list_2.data_period.as_ref().unwrap();
    assert_eq!((p.from, p.to), (d(2026, 7, 4), d(2027, 1, 4)));
    assert_eq!(p.citation.label, "F§249");
    assert_eq!(p.counting.kind.label(), "planner convention");
}

proptest! {
    /// For any notification day 2000–2099, every period ends on the notification day and starts
    /// exactly its number of calendar months earlier, on the same day of the month or, when that
    /// month is shorter, on its last day.
    #[test]
    fn data_periods_are_whole_calendar_months(offset in 0u32..36_500) {
        let n = d(2000, 1, 1) + chrono::Duration::days(i64::from(offset));
        for w in current().council_steps.data_windows.windows {
            let p = data_period(current(), w.item, n).unwrap().unwrap();
            prop_assert_eq!(p.to, n);
            let months = |x: NaiveDate| x.year() * 12 + x.month() as i32;
            prop_assert_eq!(months(n) - months(p.from), w.months as i32);
            let last_of_month = p.from.succ_opt().unwrap().month() != p.from.month();
            prop_assert!(p.from.day() == n.day() || (p.from.day() < n.day() && last_of_month));
        }
    }
}

/// F§84–87 in the calendar file: a step with no day is an all-day entry over its whole period
/// (9 to 20 March 2026, the end exclusive), saying so, with what to have ready.
#[test]
fn f84_steps_with_no_day_span_their_period_in_the_ics() {
    use ilacs_planner::engine::export::{ics, EventFilter, IcsOptions};
    let p = visit(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    let text = ics(
        &p,
        &IcsOptions {
            include: EventFilter::Only(vec!["carer-calls".into()]),
            plan_key: "plan-1".into(),
            stamp: d(2026, 3, 1).and_hms_opt(9, 0, 0).unwrap(),
            calendar_name: String::new(),
        },
    );
    // Unfold the folded lines before looking for text.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20260309\r\n"));
    assert!(unfolded.contains("DTEND;VALUE=DATE:20260321\r\n"));
    assert!(
        unfolded.contains("When: on up to two days during fieldwork (the framework gives no day)")
    );
    assert!(unfolded
        .contains("What to have ready: Calls booked with up to four foster carer households"));
}

/// F§76 and F§139: meetings with the inspectors during a visit go with the calls and on-site days
/// in a filtered export, not with the longer view; the action planning visit's agreement (F§128)
/// stays in the longer view with the monitoring visits.
#[test]
fn f76_f139_visit_meetings_export_with_the_days_on_site() {
    use ilacs_planner::engine::export::EventFilter;
    let p = visit(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)));
    for id in ["link-person-preparation", "keep-in-touch-meetings"] {
        let e = event(&p, id);
        assert!(EventFilter::OnSiteAndCalls.matches(e), "{id}");
        assert!(!EventFilter::Longer.matches(e), "{id}");
    }
    let p = visit(VisitKind::Monitoring, Anchor::Notification(d(2026, 3, 2)));
    assert!(EventFilter::OnSiteAndCalls.matches(event(&p, "next-visit-milestones")));
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2018, 1, 8),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        ..PlanInput::default()
    };
    let rules = rules::by_id("ilacs-2017").unwrap();
    let p = plan(rules, &Calendar::england_and_wales(), &input, d(2018, 1, 1)).unwrap();
    let agreed = event(&p, "monitoring-dates-agreed");
    assert!(EventFilter::Longer.matches(agreed));
    assert!(!EventFilter::OnSiteAndCalls.matches(agreed));
}
