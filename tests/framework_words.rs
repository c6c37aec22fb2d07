#![cfg(not(target_arch = "wasm32"))]
//! Issue 24: every word as the framework says it. A rules audit of the council steps, the
//! forecasts and the citations against the framework (seed 004, cited F§n) found eight places where
//! the words mislead a council officer. Each test names its paragraph (or, for the local
//! pre-election period, the election rule) and quotes the few words it turns on. Dates were worked
//! out by hand from the England and Wales bank holidays.

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::{Event, Severity, WarningId};
use ilacs_planner::engine::export::print::print_months;
use ilacs_planner::engine::export::{checklist_csv, csv, ics, EventFilter, IcsOptions};
use ilacs_planner::engine::plan::council_steps::monitoring_sample_period;
use ilacs_planner::engine::plan::forecast::{held, Elections, HoldReason};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::{Episode, Plan, PlanInput};
use ilacs_planner::engine::records::annex_a::{checklist, ChecklistRow, ChecklistState};
use ilacs_planner::engine::rules::forecast::HoldStart;
use ilacs_planner::engine::rules::{self, RuleSet, VisitKind};
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

// ---- 2. The local pre-election period starts with the notice of election ----

fn polls(day: NaiveDate) -> Elections {
    Elections {
        local_polling_day: Some(day),
        ..Elections::default()
    }
}

/// The day the council's local hold starts, as the forecast works it out.
fn local_hold_start(rules: &RuleSet, polling_day: NaiveDate, due: NaiveDate) -> Option<NaiveDate> {
    let h = held(
        rules,
        &Calendar::england_and_wales(),
        &polls(polling_day),
        due,
    )
    .unwrap();
    h.reasons.iter().find_map(|r| match r {
        HoldReason::Election { starts, .. } => Some(*starts),
        HoldReason::Christmas => None,
    })
}

/// The Local Elections (Principal Areas) (England and Wales) Rules 2006, rule 1 (the timetable:
/// "Publication of notice of election: not later than the twenty-fifth day before the day of
/// election") counted as rule 2 says, disregarding Saturdays, Sundays, Christmas Eve, Christmas
/// Day, Good Friday and bank holidays. For polls on Thursday 6 May 2027 (Monday 3 May a bank
/// holiday) the 25th such day before is Wednesday 31 March 2027: a report due on Thursday 1 April
/// is held to Monday 17 May (seven working days after the polls, observed 2026); one due on
/// Tuesday 30 March comes out as usual.
#[test]
fn si_2006_3304_rule_1_local_hold_starts_31_march_for_polls_on_6_may_2027() {
    let cal = Calendar::england_and_wales();
    let e = polls(d(2027, 5, 6));
    for set in rules::all() {
        let h = held(set, &cal, &e, d(2027, 4, 1)).unwrap();
        assert_eq!(h.date, d(2027, 5, 17), "{}", set.id);
        assert_eq!(
            local_hold_start(set, d(2027, 5, 6), d(2027, 4, 1)),
            Some(d(2027, 3, 31))
        );
        assert_eq!(
            held(set, &cal, &e, d(2027, 3, 31)).unwrap().date,
            d(2027, 5, 17)
        );
        let before = d(2027, 3, 30);
        assert_eq!(held(set, &cal, &e, before).unwrap().date, before);
    }
}

/// The same rule across Easter and Christmas. Polls on Thursday 7 May 2026: Monday 4 May, Easter
/// Monday 6 April and Good Friday 3 April are not counted, so the 25th day before is Monday
/// 30 March 2026. Polls on Thursday 14 January 2027 (a by-election, say): New Year's Day, Boxing
/// Day's substitute on Monday 28 December, Christmas Day and Christmas Eve (a Thursday, a working
/// day for everything else) are not counted, so it is Friday 4 December 2026.
#[test]
fn si_2006_3304_rule_2_days_disregarded_good_friday_and_christmas_eve() {
    assert_eq!(
        local_hold_start(current(), d(2026, 5, 7), d(2026, 4, 1)),
        Some(d(2026, 3, 30))
    );
    let cal = Calendar::england_and_wales();
    assert_eq!(
        held(current(), &cal, &polls(d(2026, 5, 7)), d(2026, 3, 27))
            .unwrap()
            .date,
        d(2026, 3, 27)
    );
    assert!(cal.is_working_day(d(2026, 12, 24)).unwrap());
    assert_eq!(
        local_hold_start(current(), d(2027, 1, 14), d(2026, 12, 4)),
        Some(d(2026, 12, 4))
    );
    let day_before = d(2026, 12, 3);
    assert_eq!(
        held(current(), &cal, &polls(d(2027, 1, 14)), day_before)
            .unwrap()
            .date,
        day_before
    );
}

/// The local hold's start is cited to the election rules in the rule data of both sets; the
/// general election's hold stays as it was (dissolution 25 working days before polling day,
/// Electoral Registration and Administration Act 2013).
#[test]
fn si_2006_3304_rule_1_is_cited_and_the_general_hold_is_unchanged() {
    for set in rules::all() {
        match set.forecast.local_hold.starts {
            HoldStart::ElectionTimetableDaysBefore { days, .. } => {
                assert_eq!(days.value, 25);
                assert!(
                    days.source.label.contains("SI 2006/3304"),
                    "{}",
                    days.source.label
                );
                assert!(days
                    .source
                    .text
                    .contains("Local Elections (Principal Areas) (England and Wales) Rules 2006"));
                assert!(days.source.text.contains("rule 1"));
                assert!(!days.source.text.contains("local government press"));
            }
            other => panic!("{}: {other:?}", set.id),
        }
        match set.forecast.general_hold.starts {
            HoldStart::WorkingDaysBefore(n) => {
                assert_eq!(n.value, 25);
                assert!(n
                    .source
                    .text
                    .contains("Electoral Registration and Administration Act 2013"));
            }
            other => panic!("{}: {other:?}", set.id),
        }
    }
}

/// The framework's publication day (E+21, F§216) for fieldwork ending Friday 26 February 2027 is
/// Wednesday 31 March 2027 (Good Friday and Easter Monday skipped): the first day of the local
/// hold for polls on 6 May 2027 (SI 2006/3304 rule 1), where the old 30 days began on 6 April. With
/// polling day entered it is warned about; with none entered, a note suggests entering polling
/// day and gives the same start.
#[test]
fn si_2006_3304_rule_1_pre_election_warning_and_note_for_a_report_due_31_march_2027() {
    let input = visit_only(VisitKind::Standard, Anchor::FirstOnSiteDay(d(2027, 2, 15)));
    let without = plan_on(
        framework(),
        &PlanInput {
            rule_set: "ilacs-2017".into(),
            ..input.clone()
        },
        d(2018, 1, 1),
    );
    assert_eq!(event(&without, "publication").date, d(2027, 3, 31));
    let note = without
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .expect("a note suggesting polling day be entered");
    assert_eq!(note.severity, Severity::Info);
    assert!(note.message.contains("31 March 2027"), "{}", note.message);
    assert!(!note.message.contains("30 days"), "{}", note.message);

    let with = plan_on(
        framework(),
        &PlanInput {
            rule_set: "ilacs-2017".into(),
            local_polling_day: Some(d(2027, 5, 6)),
            ..input
        },
        d(2018, 1, 1),
    );
    let w = with
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .expect("a pre-election warning");
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.message.contains("31 March 2027"), "{}", w.message);
    assert!(w.message.contains("notice of election"), "{}", w.message);
    assert!(w.citation.label.contains("SI 2006/3304"));
}

// ---- 3. Observed practice is not framework ----

/// F§216 gives the publication timetable and says nothing about elections ("We will publish the
/// final version on our website"). The pre-election holds are observed practice, so the
/// framework's publication event says nothing about them in either rule set, and the observed
/// forecast carries the sentence, labelled as observed.
#[test]
fn f216_publication_says_nothing_about_elections_the_observed_forecast_does() {
    for set in rules::all() {
        for kind in WITH_FIELDWORK {
            let p = visit_plan(set, kind, d(2026, 6, 1).max(usual_notification(kind)));
            if let Some(e) = p.event("publication") {
                assert!(
                    !e.detail.contains("election"),
                    "{} {kind:?}: {}",
                    set.id,
                    e.detail
                );
                assert_eq!(e.citation.label, "F§216");
            }
        }
    }
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 6, 1));
    let observed = event(&p, "publication-observed");
    assert!(
        observed
            .detail
            .contains("Reports are not published in pre-election periods"),
        "{}",
        observed.detail
    );
    assert!(
        observed.detail.contains("(observed)"),
        "{}",
        observed.detail
    );
}

/// The election hints on the After fieldwork page and the pre-election warnings say "observed":
/// the framework (F§216 and elsewhere) has no word about elections.
#[test]
fn f216_election_hints_and_warnings_say_observed() {
    for set in rules::all() {
        for hold in [&set.forecast.local_hold, &set.forecast.general_hold] {
            assert!(hold.hint.starts_with("Observed:"), "{}", hold.hint);
        }
        assert!(!set.forecast.local_hold.hint.contains("30 days"));
    }
    let input = PlanInput {
        local_polling_day: Some(d(2026, 5, 7)),
        ..visit_only(VisitKind::Standard, Anchor::FirstOnSiteDay(d(2026, 3, 2)))
    };
    let p = plan_on(current(), &input, d(2018, 1, 1));
    let w = p
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .unwrap();
    assert!(w.message.contains("(observed)"), "{}", w.message);
    let reasons = p.publication_forecast.as_ref().unwrap().reasons();
    assert!(
        reasons.iter().any(|r| r.contains("30 March 2026")),
        "{reasons:?}"
    );
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
        assert!(e
            .detail
            .contains("lead inspector or quality assurance manager"));
        assert!(e.detail.contains("before it ends"), "{}", e.detail);
        assert!(e
            .detail
            .contains("complaints procedure (framework paragraph 223)"));
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
        assert!(f
            .have_ready
            .contains("up to 60 minutes (framework paragraph 199)"));
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
    assert!(f
        .have_ready
        .contains("up to 60 minutes (framework paragraph 199)"));
    assert!(!f.have_ready.contains("138") && !f.detail.contains("138"));
    assert!(!f.detail.contains("provisional judgements"), "{}", f.detail);

    let p = visit_plan(current(), VisitKind::Monitoring, d(2026, 3, 2));
    let f = event(&p, "feedback");
    assert!(f
        .have_ready
        .contains("up to 60 minutes (framework paragraph 199)"));
    assert!(
        f.have_ready
            .contains("disagree about the findings, it must be recorded (framework paragraph 138)"),
        "{}",
        f.have_ready
    );
    assert!(f.who.contains("chief executive") && f.who.contains("commissioner"));
}

// ---- 7. The monitoring visit's audit window (F§130) ----

fn monitoring_checklist(episodes: Vec<Episode>) -> Vec<ChecklistRow> {
    let input = PlanInput {
        other_episodes: episodes,
        ..visit_only(VisitKind::Monitoring, Anchor::Notification(d(2026, 9, 7)))
    };
    let p = plan_on(current(), &input, d(2026, 9, 7));
    checklist(
        current(),
        &Calendar::england_and_wales(),
        &p.visit.unwrap(),
        &ChecklistState::default(),
        d(2026, 9, 7),
    )
    .unwrap()
}

fn row<'a>(rows: &'a [ChecklistRow], id: &str) -> &'a ChecklistRow {
    rows.iter().find(|r| r.item.id == id).unwrap()
}

fn monitoring(first_day: NaiveDate) -> Episode {
    Episode {
        kind: VisitKind::Monitoring,
        first_day,
    }
}

/// F§130: "the local authority should indicate any cases that they have audited since the last
/// monitoring visit". Data requested Monday 7 September 2026; the last monitoring visit began on
/// Tuesday 9 June 2026 (an earlier one in March and a later one in December are not it), so the
/// audit list covers 9 June to 7 September 2026, not the six months of F§257.
#[test]
fn f130_monitoring_audit_list_covers_the_time_since_the_last_monitoring_visit() {
    let rows = monitoring_checklist(vec![
        monitoring(d(2026, 3, 10)),
        monitoring(d(2026, 6, 9)),
        monitoring(d(2026, 12, 8)),
    ]);
    let audits = row(&rows, "audit-list");
    let p = audits.data_period.as_ref().expect("a dated period");
    assert_eq!((p.from, p.to), (d(2026, 6, 9), d(2026, 9, 7)));
    assert_eq!(p.months, None);
    assert!(
        p.words.contains("since the last monitoring visit"),
        "{}",
        p.words
    );
    assert!(p.words.contains("9 June 2026"), "{}", p.words);
    assert_eq!(p.citation.label, "F§130");
    assert!(audits.undated_period.is_none());
    // The lists keep their own periods (F§249).
    assert_eq!(
        row(&rows, "list-1").data_period.as_ref().unwrap().from,
        d(2026, 6, 7)
    );
}

/// F§130 when the plan has no date for the last monitoring visit: the checklist says the period
/// is "since the last monitoring visit" and that it cannot date it, rather than show F§257's six
/// months. A standard inspection keeps F§257's six months.
#[test]
fn f130_monitoring_audit_list_says_so_when_the_last_visit_is_not_known() {
    let rows = monitoring_checklist(Vec::new());
    let audits = row(&rows, "audit-list");
    assert!(audits.data_period.is_none());
    let u = audits.undated_period.as_ref().expect("the period in words");
    assert!(
        u.words.contains("since the last monitoring visit"),
        "{}",
        u.words
    );
    assert!(u.words.contains("no date"), "{}", u.words);
    assert_eq!(u.citation.label, "F§130");
    let text = checklist_csv(&rows);
    assert!(text.contains("since the last monitoring visit"));

    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    let rows = checklist(
        current(),
        &Calendar::england_and_wales(),
        &p.visit.unwrap(),
        &ChecklistState::default(),
        d(2026, 3, 2),
    )
    .unwrap();
    let six = row(&rows, "audit-list").data_period.as_ref().unwrap();
    assert_eq!((six.from, six.months), (d(2025, 9, 2), Some(6)));
    assert_eq!(six.citation.label, "F§257");
}

// ---- 8. Small omissions ----

/// F§76: "the local social work staff will be asked to obtain their agreement to observe any
/// meetings and speak to inspectors", in the week before inspectors are on site.
#[test]
fn f76_families_are_asked_for_their_agreement_in_the_notice_week() {
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    let e = event(&p, "link-person-preparation");
    assert!(e.detail.contains("agreement"), "{}", e.detail);
    assert!(e.detail.contains("observe"), "{}", e.detail);
    assert!(e.have_ready.contains("agreement"), "{}", e.have_ready);
    assert_eq!(e.date, d(2026, 3, 2));
}

/// F§91: "inspectors will speak to the local authority's link officer for the RAA and the
/// independent chair of the adoption panel", beside the regulatory inspector's calls.
#[test]
fn f91_the_raa_link_officer_and_the_adoption_panel_chair() {
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    let e = event(&p, "carer-calls");
    assert_eq!(e.citation.label, "F§84–87, F§91");
    for text in [&e.detail, &e.have_ready] {
        assert!(
            text.contains("link officer for the regional adoption agency"),
            "{text}"
        );
        assert!(
            text.contains("independent chair of the adoption panel"),
            "{text}"
        );
    }
    assert!(e.who.contains("regional adoption agency"), "{}", e.who);
}

/// F§116: "At the inspection feedback meeting, the lead inspector will ask the DCS to arrange
/// an action planning visit."
#[test]
fn f116_the_dcs_arranges_the_action_planning_visit() {
    let input = PlanInput {
        rule_set: "ilacs-2017".into(),
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2018, 1, 8),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        ..PlanInput::default()
    };
    let p = plan_on(framework(), &input, d(2018, 1, 1));
    let e = event(&p, "action-planning-visit");
    assert!(e.detail.contains("asks the DCS to arrange"), "{}", e.detail);
    assert_eq!(e.citation.label, "F§116");
    assert!(e.citation.text.contains("DCS"), "{}", e.citation.text);
}

/// F§135: "Inspectors will usually only sample cases from the previous three months." The
/// planner counts them back from the request for child-level data (Monday 4 January 2027), so the
/// period ends on the request day, not on the visit, and says which.
#[test]
fn f135_sample_period_ends_on_the_data_request_and_says_so() {
    let p = monitoring_sample_period(current(), d(2027, 1, 4)).unwrap();
    assert_eq!(
        (p.from, p.to, p.months),
        (d(2026, 10, 4), d(2027, 1, 4), Some(3))
    );
    assert!(
        p.words.contains("request for child-level data"),
        "{}",
        p.words
    );
    assert!(p.words.contains("not on the visit"), "{}", p.words);
}

/// F§260–262, documents whose description has a period: 1.05 (peer review "undertaken in the last
/// 12 months"), 1.06 (audits "undertaken in the six months before inspection"), 1.13 ("minutes
/// from the last 12 months of meetings of the local safeguarding partners") and 2.01 (early help
/// assessments "completed in the last 12 months"). Notified Monday 2 March 2026.
#[test]
fn f262_documents_with_a_period_get_a_covers_line() {
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    let rows = checklist(
        current(),
        &Calendar::england_and_wales(),
        &p.visit.unwrap(),
        &ChecklistState::default(),
        d(2026, 3, 2),
    )
    .unwrap();
    for (id, from, months) in [
        ("doc-1.05", d(2025, 3, 2), 12),
        ("doc-1.06", d(2025, 9, 2), 6),
        ("doc-1.13", d(2025, 3, 2), 12),
        ("doc-2.01", d(2025, 3, 2), 12),
    ] {
        let period = row(&rows, id)
            .data_period
            .as_ref()
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!((period.from, period.to), (from, d(2026, 3, 2)), "{id}");
        assert_eq!(period.months, Some(months), "{id}");
        assert!(period.citation.label.starts_with("F§262"), "{id}");
    }
    assert!(row(&rows, "doc-2.01").item.title.contains("last 12 months"));
    for id in ["doc-1.01", "doc-1.07", "doc-2.02", "doc-3.01"] {
        assert!(row(&rows, id).data_period.is_none(), "{id}");
    }
}

// ---- The exports follow the screen ----

/// The words above reach the calendar file, the spreadsheet and the printed months unchanged:
/// they are the same events (F§77, F§199, F§222 on a standard inspection notified 2 March 2026).
#[test]
fn issue_24_words_reach_the_ics_csv_and_print() {
    let p = visit_plan(current(), VisitKind::Standard, d(2026, 3, 2));
    let text = ics(
        &p,
        &IcsOptions {
            include: EventFilter::All,
            plan_key: "plan-1".into(),
            stamp: d(2026, 3, 1).and_hms_opt(9, 0, 0).unwrap(),
            calendar_name: String::new(),
        },
    )
    .replace("\r\n ", "");
    let sheet = csv(&p);
    for needle in [
        "an Ofsted analytical officer will ask",
        "up to 60 minutes (framework paragraph 199)",
        "Raise any concern during the visit",
    ] {
        assert!(text.contains(needle), "ics: {needle}");
        assert!(sheet.contains(needle), "csv: {needle}");
    }
    let months = print_months(&p.events);
    let printed: Vec<&Event> = months
        .iter()
        .flat_map(|m| m.events.iter())
        .filter(|e| ["analyst-call", "feedback", "raise-concerns"].contains(&e.id.as_str()))
        .collect();
    assert_eq!(printed.len(), 3);
    for e in printed {
        assert_eq!(e, event(&p, &e.id));
    }
}
