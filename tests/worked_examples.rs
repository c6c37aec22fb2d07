#![cfg(not(target_arch = "wasm32"))]
//! Worked examples: one test per case, each naming its source. Dates were worked out by hand
//! from the framework's tables and the England and Wales bank holidays.

mod support;

use chrono::{Datelike, NaiveDate};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::{EventKind, Severity, TimeOfDay, WarningId};
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway,
};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use ilacs_planner::engine::plan::{plan, Episode, Plan, PlanInput};
use ilacs_planner::engine::rules::{RuleSet, VisitKind};
use support::{current_practice, d, framework, plan_on};

fn today() -> NaiveDate {
    d(2018, 1, 1)
}

fn run(rules: &RuleSet, input: PlanInput) -> Plan {
    plan_on(rules, &input, today())
}

fn visit_plan(kind: VisitKind, anchor: Anchor, on_site_days: OnSiteDays) -> Plan {
    let mut v = VisitInput::new(kind, anchor);
    v.on_site_days = on_site_days;
    run(
        framework(),
        PlanInput {
            visit: Some(v),
            ..PlanInput::default()
        },
    )
}

/// Asserts that event `id` exists on `date` (and, if given, at `time`).
fn at(p: &Plan, id: &str, date: NaiveDate, time: Option<TimeOfDay>) {
    let e = p
        .event(id)
        .unwrap_or_else(|| panic!("no event {id} in {:?}", ids(p)));
    assert_eq!(e.date, date, "date of {id}");
    if time.is_some() {
        assert_eq!(e.time, time, "time of {id}");
    }
}

fn ids(p: &Plan) -> Vec<&str> {
    p.events.iter().map(|e| e.id.as_str()).collect()
}

fn has_warning(p: &Plan, id: WarningId) -> bool {
    p.warnings.iter().any(|w| w.id == id)
}

/// F§52–53 table and Annex A (F§242): standard inspection on an ordinary week, computed from the
/// Monday notification (5 March 2018) and from the first on-site day (12 March 2018).
#[test]
fn f52_standard_inspection_ordinary_week() {
    for anchor in [
        Anchor::Notification(d(2018, 3, 5)),
        Anchor::FirstOnSiteDay(d(2018, 3, 12)),
    ] {
        let p = visit_plan(VisitKind::Standard, anchor, OnSiteDays::TueWed);
        at(
            &p,
            "notification",
            d(2018, 3, 5),
            Some(TimeOfDay::NineThirty),
        );
        at(&p, "set-up-call", d(2018, 3, 5), Some(TimeOfDay::Afternoon));
        at(
            &p,
            "child-level-data-due",
            d(2018, 3, 6),
            Some(TimeOfDay::EndOfDay),
        );
        at(
            &p,
            "management-information-due",
            d(2018, 3, 7),
            Some(TimeOfDay::EndOfDay),
        );
        at(
            &p,
            "case-information-due",
            d(2018, 3, 8),
            Some(TimeOfDay::EndOfDay),
        );
        at(&p, "team-off-site-evaluation", d(2018, 3, 8), None);
        at(&p, "team-call", d(2018, 3, 9), None);
        at(&p, "onsite-1", d(2018, 3, 12), Some(TimeOfDay::Afternoon));
        at(&p, "schools-hmi-off-site", d(2018, 3, 12), None);
        at(&p, "schools-hmi-on-site", d(2018, 3, 13), None);
        at(&p, "onsite-4", d(2018, 3, 15), None);
        at(&p, "week-1-off-site-evaluation", d(2018, 3, 16), None);
        at(&p, "onsite-5", d(2018, 3, 19), Some(TimeOfDay::Lunchtime));
        at(&p, "onsite-8", d(2018, 3, 22), None);
        at(&p, "feedback", d(2018, 3, 23), None);
        let v = p.visit.unwrap();
        assert_eq!(v.last_fieldwork_day, Some(d(2018, 3, 23)));
        // Publication (+21, 25 April 2018) falls in the pre-election period of the usual local
        // elections (3 May 2018): no polling day is entered, so only a note suggests entering one.
        let ws: Vec<_> = p.warnings.iter().map(|w| (w.id, w.severity)).collect();
        assert_eq!(ws, vec![(WarningId::PreElectionPeriod, Severity::Info)]);
    }
}

/// F§54–55 table: short inspection, one week on site.
#[test]
fn f54_short_inspection_ordinary_week() {
    let p = visit_plan(
        VisitKind::Short,
        Anchor::Notification(d(2018, 3, 5)),
        OnSiteDays::TueWed,
    );
    at(
        &p,
        "notification",
        d(2018, 3, 5),
        Some(TimeOfDay::NineThirty),
    );
    at(&p, "child-level-data-due", d(2018, 3, 6), None);
    at(&p, "team-call", d(2018, 3, 9), None);
    at(&p, "onsite-1", d(2018, 3, 12), Some(TimeOfDay::Afternoon));
    at(&p, "onsite-4", d(2018, 3, 15), None);
    at(&p, "feedback", d(2018, 3, 16), None);
    assert!(p.event("onsite-5").is_none());
    assert_eq!(p.visit.unwrap().last_fieldwork_day, Some(d(2018, 3, 16)));
}

/// F§103 table and Annex A: focused visit, notification Tuesday, on site Tuesday–Wednesday.
#[test]
fn f103_focused_visit_ordinary_week() {
    let p = visit_plan(
        VisitKind::Focused,
        Anchor::FirstOnSiteDay(d(2018, 3, 13)),
        OnSiteDays::TueWed,
    );
    at(&p, "lead-off-site-evaluation", d(2018, 3, 5), None);
    at(&p, "notification", d(2018, 3, 6), None);
    at(&p, "set-up-call", d(2018, 3, 6), Some(TimeOfDay::Afternoon));
    at(
        &p,
        "child-level-data-due",
        d(2018, 3, 7),
        Some(TimeOfDay::Midday),
    );
    at(
        &p,
        "management-information-due",
        d(2018, 3, 7),
        Some(TimeOfDay::EndOfDay),
    );
    at(
        &p,
        "case-information-due",
        d(2018, 3, 8),
        Some(TimeOfDay::EndOfDay),
    );
    at(&p, "team-call", d(2018, 3, 9), None);
    at(&p, "off-site-evaluation", d(2018, 3, 12), None);
    at(&p, "onsite-1", d(2018, 3, 13), None);
    at(&p, "feedback", d(2018, 3, 14), None);
    // Publication on 9 April 2018 is in the pre-election period of the usual local elections
    // (3 May 2018): a note only, as no polling day is entered (issue 14: councils without polls
    // are published as usual).
    let ws: Vec<_> = p.warnings.iter().map(|w| (w.id, w.severity)).collect();
    assert_eq!(ws, vec![(WarningId::PreElectionPeriod, Severity::Info)]);
}

/// F§103 footnote 20: a Wednesday–Thursday focused visit moves every milestone one day later.
#[test]
fn f103_note_20_focused_visit_wednesday_thursday() {
    let p = visit_plan(
        VisitKind::Focused,
        Anchor::Notification(d(2018, 3, 7)),
        OnSiteDays::WedThu,
    );
    at(&p, "lead-off-site-evaluation", d(2018, 3, 6), None);
    at(
        &p,
        "child-level-data-due",
        d(2018, 3, 8),
        Some(TimeOfDay::Midday),
    );
    at(&p, "off-site-evaluation", d(2018, 3, 13), None);
    at(&p, "onsite-1", d(2018, 3, 14), None);
    at(&p, "feedback", d(2018, 3, 15), None);
    assert!(!has_warning(&p, WarningId::UnusualNotificationDay));
}

/// F§128–131 table and Annex A: monitoring visit; request Monday two weeks before, on site
/// Tuesday–Wednesday.
#[test]
fn f128_monitoring_visit_ordinary_weeks() {
    let p = visit_plan(
        VisitKind::Monitoring,
        Anchor::Notification(d(2018, 3, 5)),
        OnSiteDays::TueWed,
    );
    at(&p, "notification", d(2018, 3, 5), None);
    at(&p, "child-level-data-due", d(2018, 3, 6), None);
    at(&p, "audited-cases-named", d(2018, 3, 7), None);
    at(&p, "audited-cases-due", d(2018, 3, 14), None);
    at(&p, "team-off-site-evaluation", d(2018, 3, 15), None);
    at(&p, "team-call", d(2018, 3, 16), None);
    at(&p, "off-site-evaluation", d(2018, 3, 19), None);
    at(&p, "onsite-1", d(2018, 3, 20), None);
    at(&p, "feedback", d(2018, 3, 21), None);
    // F§202 table: no letter usually published after the first monitoring visit.
    assert!(p.event("publication").is_none());
    assert!(p.event("letter-not-published").is_some());
    // F§221: no action plan after a monitoring visit.
    assert!(p.event("action-plan-due").is_none());
}

/// F§128 footnote 22: Wednesday–Thursday monitoring visit, all milestones a day later.
#[test]
fn f128_note_22_monitoring_visit_wednesday_thursday() {
    let p = visit_plan(
        VisitKind::Monitoring,
        Anchor::FirstOnSiteDay(d(2018, 3, 21)),
        OnSiteDays::WedThu,
    );
    at(&p, "notification", d(2018, 3, 6), None);
    at(&p, "audited-cases-due", d(2018, 3, 15), None);
    at(&p, "feedback", d(2018, 3, 22), None);
    assert!(!has_warning(&p, WarningId::UnusualNotificationDay));
}

/// F§73 footnote 18: fieldwork from Monday 4 June 2018; Monday 28 May is the spring bank holiday,
/// so notification moves to Friday 25 May.
#[test]
fn f73_note_18_notification_friday_before_bank_holiday_monday() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2018, 6, 4)),
        OnSiteDays::TueWed,
    );
    at(
        &p,
        "notification",
        d(2018, 5, 25),
        Some(TimeOfDay::NineThirty),
    );
    at(&p, "child-level-data-due", d(2018, 5, 29), None);
    assert!(!has_warning(&p, WarningId::UnusualNotificationDay));
}

/// F§73 footnote 18: fieldwork from Monday 12 April 2021; Easter Monday 5 April and Good Friday
/// 2 April, so notification is on Thursday 1 April.
#[test]
fn f73_note_18_notification_thursday_at_easter() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2021, 4, 12)),
        OnSiteDays::TueWed,
    );
    at(
        &p,
        "notification",
        d(2021, 4, 1),
        Some(TimeOfDay::NineThirty),
    );
    at(&p, "child-level-data-due", d(2021, 4, 6), None);
    // And back: from the Thursday notification the first on-site day is 12 April.
    let q = visit_plan(
        VisitKind::Standard,
        Anchor::Notification(d(2021, 4, 1)),
        OnSiteDays::TueWed,
    );
    at(&q, "onsite-1", d(2021, 4, 12), None);
    assert!(!has_warning(&p, WarningId::UnusualNotificationDay));
}

/// F§216 table (2017 rule set): standard inspection with fieldwork ending Friday 23 February
/// 2018: draft +10, comments 3 days later, final +18, published +21; action plan 70 working
/// days after the final report (F§219).
#[test]
fn f216_publication_table_standard_inspection_ending_23_feb_2018() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2018, 2, 12)),
        OnSiteDays::TueWed,
    );
    at(&p, "feedback", d(2018, 2, 23), None);
    at(&p, "draft-report", d(2018, 3, 9), None);
    at(&p, "la-comments-due", d(2018, 3, 14), None);
    at(&p, "final-report", d(2018, 3, 21), None);
    at(&p, "publication", d(2018, 3, 26), None);
    // Good Friday, Easter Monday, early May and spring bank holidays add four working days.
    at(&p, "action-plan-due", d(2018, 7, 3), None);
    // The 2017 set has no observed estimate.
    assert!(p.event("publication-observed").is_none());
}

/// F§216 table (2017 rule set): focused visit on site 13–14 March 2018: draft +5, comments +2,
/// final +14 and published +16, across Easter 2018.
#[test]
fn f216_publication_table_focused_visit() {
    let p = visit_plan(
        VisitKind::Focused,
        Anchor::FirstOnSiteDay(d(2018, 3, 13)),
        OnSiteDays::TueWed,
    );
    at(&p, "draft-report", d(2018, 3, 21), None);
    at(&p, "la-comments-due", d(2018, 3, 23), None);
    at(&p, "final-report", d(2018, 4, 5), None);
    at(&p, "publication", d(2018, 4, 9), None);
    assert!(p.event("priority-action-plan-due").is_none());
}

/// Rule book §6–7, current practice: 5 working days to comment (Ofsted 2020), the observed
/// "since April 2024" estimate beside the framework date, and priority-action plans at 20/70
/// working days for a focused visit (Ofsted 2018, CYP Now).
#[test]
fn current_practice_observed_estimate_and_priority_actions() {
    let rules = current_practice();
    let p = run(
        rules,
        PlanInput {
            visit: Some(VisitInput::new(
                VisitKind::Standard,
                Anchor::FirstOnSiteDay(d(2025, 2, 3)),
            )),
            ..PlanInput::default()
        },
    );
    // Fieldwork 3–14 February 2025; draft Fri 28 Feb; comments 5 working days later.
    at(&p, "feedback", d(2025, 2, 14), None);
    at(&p, "draft-report", d(2025, 2, 28), None);
    at(&p, "la-comments-due", d(2025, 3, 7), None);
    at(&p, "publication", d(2025, 3, 17), None);
    let observed = p.event("publication-observed").unwrap();
    assert_eq!(observed.date, d(2025, 3, 25));
    assert!(observed.estimate);

    let mut v = VisitInput::new(VisitKind::Focused, Anchor::FirstOnSiteDay(d(2025, 2, 4)));
    v.priority_actions = true;
    let q = run(
        rules,
        PlanInput {
            visit: Some(v),
            ..PlanInput::default()
        },
    );
    let final_report = q.event("final-report").unwrap().date;
    let cal = Calendar::england_and_wales();
    at(
        &q,
        "priority-action-plan-draft-due",
        cal.add_working_days(final_report, 20).unwrap(),
        None,
    );
    at(
        &q,
        "priority-action-plan-due",
        cal.add_working_days(final_report, 70).unwrap(),
        None,
    );
}

/// Peterborough briefing (seed 000, §4.3–4.4): inspected April 2015 under the SIF, requires
/// improvement → pathway 2, standard inspection, window around the three-year anniversary
/// (F§13). The JTAI of June 2017 and a focused visit in October 2017 are less than six months
/// apart.
#[test]
fn peterborough_pathway_2_standard_inspection_window() {
    let p = run(
        framework(),
        PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Sif,
                // Illustrative day: the briefing gives only "April 2015".
                first_onsite_day: d(2015, 4, 13),
                outcome: Outcome::Overall(Grade::RequiresImprovement),
            }),
            other_episodes: vec![Episode {
                kind: VisitKind::Jtai,
                first_day: d(2017, 6, 5),
            }],
            visit: Some(VisitInput::new(
                VisitKind::Focused,
                Anchor::FirstOnSiteDay(d(2017, 10, 10)),
            )),
            ..PlanInput::default()
        },
    );
    let s = p.pathway.as_ref().unwrap();
    assert_eq!(s.pathway, Pathway::Two);
    assert_eq!(s.next_inspection_kind, Some(VisitKind::Standard));
    assert_eq!(s.between.most, 2);
    let w = s.window.unwrap();
    assert_eq!(w.anniversary, d(2018, 4, 13));
    assert_eq!(w.earliest, d(2017, 10, 13));
    assert_eq!(w.latest, d(2018, 10, 13));
    at(&p, "window-opens", d(2017, 10, 13), None);
    at(&p, "anniversary", d(2018, 4, 13), None);
    at(&p, "window-closes", d(2018, 10, 13), None);
    let gap = p
        .warnings
        .iter()
        .find(|w| w.id == WarningId::EpisodesTooClose)
        .expect("gap warning");
    assert_eq!(gap.events, vec!["episode-1", "onsite-1"]);
    assert!(!has_warning(&p, WarningId::WindowPassed));
}

/// F§112–130 and F§22: an inadequate authority's first year, from a standard inspection with
/// fieldwork 8–19 January 2018: report received +18 (F§216), action planning visit about 30
/// working days later (F§116), agenda 5 days before (F§121), action plan within 70 working
/// days (F§219), first monitoring visit within four weeks of that deadline (F§128), then
/// quarterly; no self-evaluation until the first 12 months of monitoring are done (F§30).
#[test]
fn inadequate_authority_first_year() {
    let p = run(
        framework(),
        PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: d(2018, 1, 8),
                outcome: Outcome::Overall(Grade::Inadequate),
            }),
            engagement_meeting: Some(d(2018, 9, 12)),
            ..PlanInput::default()
        },
    );
    let s = p.pathway.as_ref().unwrap();
    assert_eq!(s.pathway, Pathway::Three);
    assert!(s.window.is_none());
    assert_eq!(s.next_inspection_kind, None);
    at(&p, "last-inspection-report", d(2018, 2, 14), None);
    at(&p, "action-planning-agenda", d(2018, 3, 21), None);
    at(&p, "action-planning-visit", d(2018, 3, 28), None);
    at(&p, "inadequate-action-plan-due", d(2018, 5, 29), None);
    // F§128: first visit within four weeks of the action plan deadline (Tuesday 26 June 2018),
    // then quarterly, each estimated as a week and dated on its first on-site day, the Tuesday
    // (F§128 table: on site Tuesday and Wednesday; issue 14: real on-site weekdays).
    at(&p, "monitoring-visit-1", d(2018, 6, 26), None);
    // 26 September 2018 is a Wednesday: the week commencing Monday 24 September.
    at(&p, "monitoring-visit-2", d(2018, 9, 25), None);
    // 26 December 2018: Christmas Day, then New Year's Day, fall on the weeks' Tuesdays, so the
    // visit is estimated for the week commencing Monday 7 January 2019.
    at(&p, "monitoring-visit-3", d(2019, 1, 8), None);
    at(&p, "monitoring-visit-4", d(2019, 3, 26), None);
    let v2 = p.event("monitoring-visit-2").unwrap();
    assert_eq!(
        v2.title,
        "Monitoring visit 2 (estimate): week commencing Monday 24 September 2018"
    );
    assert!(v2.detail.starts_with("An estimate, not a date from Ofsted"));
    // Re-inspection as a range of weeks (a standard inspection starts on a Monday): a quarter
    // after the 4th visit, week commencing Monday 24 June 2019; after the 6th (Tuesday
    // 24 September 2019), 24 December 2019 falls in Christmas week, when inspections do not
    // usually begin (F§14), so the week commencing Monday 6 January 2020.
    at(&p, "monitoring-visit-6", d(2019, 9, 24), None);
    at(&p, "reinspection-earliest", d(2019, 6, 24), None);
    at(&p, "reinspection-latest", d(2020, 1, 6), None);
    assert!(p
        .event("reinspection-latest")
        .unwrap()
        .detail
        .contains("between the weeks commencing Monday 24 June 2019 and Monday 6 January 2020"));
    // F§30: no self-evaluation before 26 June 2019; the 2018 meeting still happens.
    assert!(p.event("self-evaluation-1").is_none());
    assert!(p.event("engagement-meeting-1").is_some());
    assert!(p.event("self-evaluation-2").is_some());
    for e in p
        .events
        .iter()
        .filter(|e| e.id.starts_with("monitoring-visit"))
    {
        assert!(e.estimate);
        assert_eq!(e.kind, EventKind::PlannedEpisode);
        assert_eq!(e.date.weekday(), chrono::Weekday::Tue, "{}", e.id);
    }
}

/// Rule book §2 (from April 2026): no overall grade; the pathway from sub-judgements is an
/// assumption and says so.
#[test]
fn sub_judgements_give_pathway_by_assumption() {
    use ilacs_planner::engine::plan::pathway::SubJudgements;
    let p = run(
        current_practice(),
        PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: d(2026, 6, 8),
                outcome: Outcome::SubJudgements(SubJudgements {
                    help_and_protection: Grade::Good,
                    children_in_care: Grade::Outstanding,
                    care_leavers: Some(Grade::Good),
                    impact_of_leaders: Grade::Good,
                }),
            }),
            ..PlanInput::default()
        },
    );
    let s = p.pathway.unwrap();
    assert_eq!(s.pathway, Pathway::One);
    assert!(s.assumption);
    assert!(s.reason.starts_with("Assumption"));
    assert_eq!(s.next_inspection_kind, Some(VisitKind::Short));
}

/// F§14 and rule book §4: a standard inspection with fieldwork in August, and one over the
/// August bank holiday, raise warnings (not errors).
#[test]
fn f14_august_and_bank_holiday_in_fieldwork() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2018, 8, 20)),
        OnSiteDays::TueWed,
    );
    assert!(has_warning(&p, WarningId::August));
    assert!(has_warning(&p, WarningId::BankHolidayInFieldwork));
    // Monday 27 August 2018 is skipped: fieldwork runs to Monday 3 September.
    at(&p, "feedback", d(2018, 9, 3), None);
    let onsite5 = p.event("onsite-5").unwrap();
    assert!(onsite5
        .warnings
        .contains(&WarningId::BankHolidayInFieldwork));
}

/// Non-working input is rejected with a message a council officer understands.
#[test]
fn christmas_day_is_rejected_with_a_plain_message() {
    let err = plan(
        framework(),
        &Calendar::england_and_wales(),
        &PlanInput {
            visit: Some(VisitInput::new(
                VisitKind::Standard,
                Anchor::FirstOnSiteDay(d(2026, 12, 25)),
            )),
            ..PlanInput::default()
        },
        today(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "The first on-site day must be a working day: 25 December 2026 is Christmas Day."
    );
}

/// Each page of the planner shows one section of the plan: the visit's notice and fieldwork
/// (F§52–53), what follows fieldwork (F§216, F§219) and the pathway (F§13). Every event belongs
/// to exactly the section of the part of the plan that produced it.
#[test]
fn events_are_grouped_into_the_pages_that_show_them() {
    use ilacs_planner::engine::event::Section;
    let p = run(
        framework(),
        PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: d(2015, 4, 13),
                outcome: Outcome::Overall(Grade::RequiresImprovement),
            }),
            visit: Some(VisitInput::new(
                VisitKind::Standard,
                Anchor::FirstOnSiteDay(d(2018, 2, 12)),
            )),
            ..PlanInput::default()
        },
    );
    let section = |id: &str| p.event(id).map(|e| e.section);
    assert_eq!(section("notification"), Some(Section::Visit));
    assert_eq!(section("feedback"), Some(Section::Visit));
    assert_eq!(section("publication"), Some(Section::AfterFieldwork));
    assert_eq!(section("action-plan-due"), Some(Section::AfterFieldwork));
    assert_eq!(section("window-opens"), Some(Section::Pathway));
    assert_eq!(section("last-inspection"), Some(Section::Pathway));

    // F§116, F§128: an inadequate authority's sequence is its own section.
    let p = run(
        framework(),
        PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: d(2018, 2, 12),
                outcome: Outcome::Overall(Grade::Inadequate),
            }),
            ..PlanInput::default()
        },
    );
    let section = |id: &str| p.event(id).map(|e| e.section);
    assert_eq!(section("last-inspection"), Some(Section::Pathway));
    for id in [
        "last-inspection-report",
        "action-planning-visit",
        "inadequate-action-plan-due",
        "monitoring-visit-1",
        "reinspection-latest",
    ] {
        assert_eq!(section(id), Some(Section::Monitoring), "{id}");
    }
}

/// docs/event-ids.md (`unusual-notification-day`: not when a bank holiday moved the call) and
/// F§73 footnote 18 by the same reasoning: fieldwork from Monday 6 June 2022, with the Platinum
/// Jubilee holidays (Thursday 2 and Friday 3 June) in the notice week, so five working days' notice
/// starts on Thursday 26 May. Issue 14 found the note firing here.
#[test]
fn unusual_notification_note_not_raised_when_a_notice_week_holiday_moved_the_call() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2022, 6, 6)),
        OnSiteDays::TueWed,
    );
    at(
        &p,
        "notification",
        d(2022, 5, 26),
        Some(TimeOfDay::NineThirty),
    );
    assert!(!has_warning(&p, WarningId::UnusualNotificationDay));
    // VE Day 2020 (Friday 8 May) in the notice week: fieldwork from Monday 11 May 2020, call on
    // Friday 1 May.
    let q = visit_plan(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2020, 5, 11)),
        OnSiteDays::TueWed,
    );
    at(&q, "notification", d(2020, 5, 1), None);
    assert!(!has_warning(&q, WarningId::UnusualNotificationDay));
}

/// Annex A: a standard inspection notified on a Tuesday with no bank holiday near is unusual,
/// and the note says so.
#[test]
fn unusual_notification_note_raised_for_a_tuesday_call_without_holidays() {
    let p = visit_plan(
        VisitKind::Standard,
        Anchor::Notification(d(2018, 3, 6)),
        OnSiteDays::TueWed,
    );
    assert!(has_warning(&p, WarningId::UnusualNotificationDay));
}
