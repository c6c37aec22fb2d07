#![cfg(not(target_arch = "wasm32"))]
//! Issue 24: every word as the framework says it. A rules audit of the council steps, the
//! forecasts and the citations against the framework (seed 004, cited F§n) found eight places where
//! the words mislead a council officer. Each test names its paragraph (or, for the local
//! pre-election period, the election rule) and quotes the few words it turns on. Dates were worked
//! out by hand from the England and Wales bank holidays.

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::annex_a::{checklist, ChecklistRow, ChecklistState};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::council_steps::monitoring_sample_period;
use ilacs_planner::engine::event::{Event, Severity, WarningId};
use ilacs_planner::engine::export::{checklist_csv, csv, ics, EventFilter, IcsOptions};
use ilacs_planner::engine::forecast::{held, Elections, HoldReason};
use ilacs_planner::engine::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::{Episode, Plan, PlanInput};
use ilacs_planner::engine::print::print_months;
use ilacs_planner::engine::rules::forecast::HoldStart;
use ilacs_planner::engine::rules::{self, RuleSet, VisitKind};
use ilacs_planner::engine::visit_schedule::Anchor;
use support::{current_practice as current, d, framework, plan_on, visit_only};

const INSPECTIONS: [VisitKind; 2] = [VisitKind::Standard, VisitKind::Short];
const WITH_FIELDWORK: [VisitKind; 4] = [
    VisitKind::Standard,
    VisitKind::Short,
    VisitKind::Focused,
    VisitKind::Monitoring,
];

fn visit_plan(rules: &RuleSet, kind: VisitKind, notification: NaiveDate) -> Plan {
    plan_on(
        rules,
        &PlanInput {
            rule_set: rules.id.to_string(),
            ..visit_only(kind, Anchor::Notification(notification))
        },
        d(2018, 1, 1),
    )
}

fn event<'a>(p: &'a Plan, id: &str) -> &'a Event {
    p.event(id).unwrap_or_else(|| {
        let ids: Vec<_> = p.events.iter().map(|e| e.id.as_str()).collect();
        panic!("no event {id} in {ids:?}")
    })
}

/// A Monday or a Tuesday that starts the usual notice week of `kind` in March 2026.
fn usual_notification(kind: VisitKind) -> NaiveDate {
    match kind {
        VisitKind::Focused => d(2026, 3, 3),
        _ => d(2026, 3, 2),
    }
}

// ---- 1. JTAI partners ----

/// F§26 footnote 5 ("Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire Rescue
/// Services (HMICFRS) and HMI Probation"), Leicestershire §19 and Kent §4 all name HMI Probation
/// among the JTAI inspectorates, and JTAIs since 2022 have included it where the theme needs it.
/// The rule book shows nothing more precise than is published for JTAIs, so no date either.
#[test]
fn f26_fn5_jtai_partners_include_hmi_probation_where_the_theme_needs_it() {
    for set in rules::all() {
        let jtai = set.visit(VisitKind::Jtai);
        assert_eq!(
            jtai.team.value,
            "Ofsted, the Care Quality Commission and HMICFRS, with HMI Probation where the theme needs it.",
            "{}",
            set.id
        );
        let notice = jtai.milestones.iter().find(|m| m.id == "notification");
        let who = notice.map(|m| m.who).unwrap_or_default();
        assert!(
            who.contains("HMI Probation where the theme needs it"),
            "{who}"
        );
        for m in jtai.milestones {
            assert!(!m.who.contains("until"), "{} {}", set.id, m.id);
            assert!(!m.detail.contains("2022"), "{} {}", set.id, m.id);
        }
    }
}

// ---- 4. F§77: the analyst call is not optional at inspections ----

/// F§77: "During the week before inspectors arrive on site, an Ofsted analytical officer will
/// ask to speak with an analyst at the local authority." Standard and short inspections.
#[test]
fn f77_at_standard_and_short_inspections_the_analyst_will_ask() {
    for set in rules::all() {
        for kind in INSPECTIONS {
            let p = visit_plan(set, kind, d(2026, 3, 2));
            let call = event(&p, "analyst-call");
            assert!(call.citation.label.starts_with("F§77"), "{kind:?}");
            for text in [&call.title, &call.detail] {
                assert!(!text.contains("may"), "{kind:?}: {text}");
            }
            assert!(call.detail.contains("will ask"), "{}", call.detail);
            let team = event(&p, "team-call");
            assert!(team.detail.contains("will ask"), "{}", team.detail);
            assert!(!team.detail.contains("may ask"), "{}", team.detail);
        }
    }
}

/// F§255: "After the local authority shares Annex A, we may arrange a brief telephone
/// conversation". At a focused visit only F§255 applies, so F§77 is not cited there.
#[test]
fn f255_at_a_focused_visit_the_analyst_may_ask() {
    for set in rules::all() {
        let p = visit_plan(set, VisitKind::Focused, d(2026, 3, 3));
        let call = event(&p, "analyst-call");
        assert_eq!(call.citation.label, "F§255");
        assert!(!call.citation.text.contains("77"), "{}", call.citation.text);
        assert!(call.detail.contains("may"), "{}", call.detail);
        assert_eq!(call.date, d(2026, 3, 4));
    }
}

// ---- 5. F§222: concerns are raised during the visit ----

/// F§222: concerns "should be raised with the lead inspector or quality assurance manager as
/// soon as possible during the inspection visit. This provides an opportunity to resolve the
/// matter before the inspection is completed"; then F§223's complaints procedure. On every
/// fieldwork day (standard inspection notified Monday 2 March 2026: 9 to 20 March), and still
/// beside the draft report.
#[test]
fn f222_concerns_are_raised_during_fieldwork_then_f223() {
    for kind in WITH_FIELDWORK {
        let p = visit_plan(current(), kind, usual_notification(kind));
        let v = p.visit.unwrap();
        let e = event(&p, "raise-concerns");
        assert_eq!(e.date, v.first_onsite_day, "{kind:?}");
        let u = e.undated.as_ref().unwrap();
        assert_eq!(u.until, v.last_fieldwork_day, "{kind:?}");
        assert!(u.words.contains("during fieldwork"), "{}", u.words);
        assert_eq!(e.citation.label, "F§222–223");
        assert!(e.detail.contains("lead inspector or quality assurance manager"));
        assert!(e.detail.contains("before it ends"), "{}", e.detail);
        assert!(e.detail.contains("complaints procedure (framework paragraph 223)"));
        assert!(event(&p, "draft-report")
            .detail
            .contains("complaints procedure (framework paragraphs 222 to 223)"));
    }
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    assert_eq!(event(&p, "raise-concerns").date, d(2026, 3, 9));
    let jtai = visit_plan(current(), VisitKind::Jtai, d(2026, 3, 2));
    assert!(jtai.event("raise-concerns").is_none());
}

// ---- 6. The feedback meeting (F§196–199, F§138) ----

/// F§196 ("the lead inspector and quality assurance manager will usually discuss the main
/// findings from the inspection with the DCS") and F§197 ("the lead inspector will inform the
/// DCS of the provisional judgements before the meeting") for standard and short inspections;
/// F§199 ("should usually last no longer than 60 minutes") cited; F§138 (monitoring visits) not.
#[test]
fn f196_f197_f199_feedback_after_a_standard_or_short_inspection() {
    for kind in INSPECTIONS {
        let p = visit_plan(current(), kind, d(2026, 3, 2));
        let f = event(&p, "feedback");
        assert!(
            f.detail.contains("provisional judgements"),
            "{kind:?}: {}",
            f.detail
        );
        assert!(
            f.detail.contains("(framework paragraphs 196 to 197)"),
            "{}",
            f.detail
        );
        assert!(f.have_ready.contains("up to 60 minutes (framework paragraph 199)"));
        assert!(!f.have_ready.contains("138"), "{}", f.have_ready);
        assert!(!f.detail.contains("138"), "{}", f.detail);
    }
}

/// F§199 applies to every visit; F§197's provisional judgements only to inspections (a focused
/// visit has none); F§138's "If the authority and inspectors disagree about the findings, this
/// must be recorded" only to monitoring visits.
#[test]
fn f199_f138_feedback_after_focused_and_monitoring_visits() {
    let p = visit_plan(current(), VisitKind::Focused, d(2026, 3, 3));
    let f = event(&p, "feedback");
    assert!(f.have_ready.contains("up to 60 minutes (framework paragraph 199)"));
    assert!(!f.have_ready.contains("138") && !f.detail.contains("138"));
    assert!(!f.detail.contains("provisional judgements"), "{}", f.detail);

    let p = visit_plan(current(), VisitKind::Monitoring, d(2026, 3, 2));
    let f = event(&p, "feedback");
    assert!(f.have_ready.contains("up to 60 minutes (framework paragraph 199)"));
    assert!(
        f.have_ready
            .contains("disagree about the findings, it must be recorded (framework paragraph 138)"),
        "{}",
        f.have_ready
    );
    assert!(f.who.contains("chief executive") && f.who.contains("commissioner"));
}
