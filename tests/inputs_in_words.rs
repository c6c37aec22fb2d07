#![cfg(not(target_arch = "wasm32"))]
//! The plan's inputs in words, for the top of the printed plan (issue 6: "the plan's inputs and
//! rule set printed at the top"). A printout must say what it was worked out from, so a reader
//! can check it or enter the same plan again: every field of `PlanInput`, the rule set actually
//! used (name and the date its edition applies from) and which bank-holiday list was in force.

mod support;

use ilacs_planner::engine::calendar::{Calendar, Coverage};
use ilacs_planner::engine::export::inputs::{describe_inputs, InputLine};
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway, SubJudgements,
};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use ilacs_planner::engine::plan::{Episode, PlanInput};
use ilacs_planner::engine::rules::{FlaggedPeriod, RuleSet, VisitKind};
use support::{current_practice as current, d, framework};

fn built_in() -> Coverage {
    Calendar::england_and_wales().coverage()
}

/// Each line as "Label: words date" (dates in GOV.UK long form), for readable assertions.
fn lines(input: &PlanInput, rules: &RuleSet, coverage: &Coverage) -> Vec<String> {
    describe_inputs(input, rules, coverage)
        .iter()
        .map(|line| format!("{}: {}", line.label, line.plain()))
        .collect()
}

fn line<'a>(all: &'a [String], label: &str) -> Option<&'a str> {
    let prefix = format!("{label}: ");
    all.iter().find_map(|l| l.strip_prefix(prefix.as_str()))
}

#[test]
fn an_empty_plan_says_nothing_is_set_and_names_the_rules_and_holidays() {
    let all = lines(&PlanInput::default(), current(), &built_in());
    assert_eq!(line(&all, "Visit"), Some("None set"));
    assert_eq!(line(&all, "Last inspection"), Some("None given"));
    // Current practice applies from 1 April 2024 (rules/editions.rs, CURRENT_PRACTICE).
    assert_eq!(
        line(&all, "Rule set"),
        Some("Current practice, the edition in force from Monday 1 April 2024")
    );
    // F§14 names the period; its dates are the planner's convention (24 December to 1 January).
    assert_eq!(
        line(&all, "Christmas and New Year period"),
        Some("24 December to 1 January (the planner's default)")
    );
    assert_eq!(
        line(&all, "Bank holidays"),
        Some("Built-in list for England and Wales, 1995 to 2100")
    );
    assert!(line(&all, "Date given").is_none());
    assert!(line(&all, "Annual engagement meeting").is_none());
}

#[test]
fn a_standard_inspection_from_its_notification_day() {
    let input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::Notification(d(2026, 3, 2)),
        )),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(line(&all, "Visit"), Some("Standard inspection"));
    assert_eq!(
        line(&all, "Date given"),
        Some("Notification day, Monday 2 March 2026")
    );
    // The on-site days choice only applies to focused and monitoring visits (F§103 fn 20,
    // F§128 fn 22), so it is not printed for a standard inspection.
    assert!(line(&all, "On-site days").is_none());
    let described = describe_inputs(&input, current(), &built_in());
    let date_given = described.iter().find(|l| l.label == "Date given");
    assert_eq!(date_given.and_then(|l| l.date), Some(d(2026, 3, 2)));
}

#[test]
fn a_monitoring_visit_says_which_visit_and_its_on_site_days() {
    let mut visit = VisitInput::new(
        VisitKind::Monitoring,
        Anchor::FirstOnSiteDay(d(2026, 3, 11)),
    );
    visit.monitoring_visit_number = 2;
    visit.on_site_days = OnSiteDays::WedThu;
    let input = PlanInput {
        visit: Some(visit),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(line(&all, "Visit"), Some("Monitoring visit, visit 2"));
    assert_eq!(
        line(&all, "Date given"),
        Some("First on-site day, Wednesday 11 March 2026")
    );
    assert_eq!(
        line(&all, "On-site days"),
        Some("Wednesday and Thursday (every step one day later)")
    );
}

#[test]
fn a_focused_visit_says_whether_there_are_priority_actions() {
    let mut visit = VisitInput::new(VisitKind::Focused, Anchor::Notification(d(2026, 3, 3)));
    let mut input = PlanInput {
        visit: Some(visit),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Visit"),
        Some("Focused visit, no areas for priority action")
    );
    assert_eq!(line(&all, "On-site days"), Some("Tuesday and Wednesday"));
    visit.priority_actions = true;
    input.visit = Some(visit);
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Visit"),
        Some("Focused visit, the letter names areas for priority action")
    );
}

#[test]
fn a_jtai_anchored_on_its_fieldwork_week() {
    let input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Jtai,
            Anchor::FirstOnSiteDay(d(2026, 3, 16)),
        )),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Visit"),
        Some("Joint targeted area inspection (JTAI)")
    );
    assert_eq!(
        line(&all, "Date given"),
        Some("First day of the fieldwork week, Monday 16 March 2026")
    );
}

#[test]
fn the_last_inspection_with_each_kind_of_outcome() {
    let last = |outcome| PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Short,
            first_onsite_day: d(2023, 5, 15),
            outcome,
        }),
        ..PlanInput::default()
    };
    let all = lines(
        &last(Outcome::Overall(Grade::RequiresImprovement)),
        current(),
        &built_in(),
    );
    assert_eq!(
        line(&all, "Last inspection"),
        Some("Short inspection, first on-site day Monday 15 May 2023")
    );
    assert_eq!(
        line(&all, "Outcome"),
        Some("Overall effectiveness: requires improvement to be good")
    );

    let all = lines(
        &last(Outcome::Pathway(Pathway::Three)),
        current(),
        &built_in(),
    );
    assert_eq!(line(&all, "Outcome"), Some("Pathway 3, chosen directly"));

    let subs = SubJudgements {
        help_and_protection: Grade::Good,
        children_in_care: Grade::RequiresImprovement,
        care_leavers: None,
        impact_of_leaders: Grade::Outstanding,
    };
    let all = lines(&last(Outcome::SubJudgements(subs)), current(), &built_in());
    assert_eq!(
        line(&all, "Outcome"),
        Some(
            "Sub-judgements: help and protection good; children in care requires improvement \
             to be good; care leavers not judged separately; impact of leaders outstanding"
        )
    );
    let subs = SubJudgements {
        care_leavers: Some(Grade::Inadequate),
        ..subs
    };
    let all = lines(&last(Outcome::SubJudgements(subs)), current(), &built_in());
    assert!(line(&all, "Outcome").is_some_and(|o| o.contains("care leavers inadequate")));
}

#[test]
fn a_sif_inspection_is_named_in_full() {
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Sif,
            first_onsite_day: d(2015, 4, 13),
            outcome: Outcome::Overall(Grade::Good),
        }),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Last inspection"),
        Some(
            "Single inspection framework (SIF) inspection, first on-site day Monday 13 April 2015"
        )
    );
}

#[test]
fn engagement_meeting_other_episodes_and_a_custom_christmas_period() {
    let input = PlanInput {
        engagement_meeting: Some(d(2026, 6, 10)),
        other_episodes: vec![
            Episode {
                kind: VisitKind::Jtai,
                first_day: d(2025, 11, 3),
            },
            Episode {
                kind: VisitKind::Focused,
                first_day: d(2026, 1, 13),
            },
        ],
        christmas_period: Some(FlaggedPeriod {
            start_month: 12,
            start_day: 20,
            end_month: 1,
            end_day: 3,
        }),
        ..PlanInput::default()
    };
    let described = describe_inputs(&input, current(), &built_in());
    let all: Vec<String> = described
        .iter()
        .map(|l| format!("{}: {}", l.label, l.plain()))
        .collect();
    assert_eq!(
        line(&all, "Annual engagement meeting"),
        Some("Wednesday 10 June 2026")
    );
    let episodes: Vec<&String> = all
        .iter()
        .filter(|l| l.starts_with("Other episode: "))
        .collect();
    assert_eq!(
        episodes,
        [
            "Other episode: Joint targeted area inspection (JTAI), first day Monday 3 November 2025",
            "Other episode: Focused visit, first day Tuesday 13 January 2026",
        ]
    );
    assert_eq!(
        line(&all, "Christmas and New Year period"),
        Some("20 December to 3 January (set for this plan)")
    );
}

#[test]
fn a_christmas_period_equal_to_the_default_is_called_the_default() {
    let input = PlanInput {
        christmas_period: Some(current().flagged.christmas_default.value),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Christmas and New Year period"),
        Some("24 December to 1 January (the planner's default)")
    );
}

#[test]
fn an_impossible_christmas_period_is_said_so_without_panicking() {
    let input = PlanInput {
        christmas_period: Some(FlaggedPeriod {
            start_month: 13,
            start_day: 40,
            end_month: 0,
            end_day: 0,
        }),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(
        line(&all, "Christmas and New Year period"),
        Some("Not a real period of days (the plan cannot be worked out)")
    );
}

#[test]
fn the_2017_rule_set_and_an_imported_bank_holiday_list() {
    let framework = framework();
    let coverage = Coverage {
        built_in: (1995, 2100),
        imported: Some((2024, 2028)),
    };
    let all = lines(&PlanInput::default(), framework, &coverage);
    assert_eq!(
        line(&all, "Rule set"),
        Some("ILACS framework 2017, as written, the edition in force from Monday 1 January 2018")
    );
    assert_eq!(
        line(&all, "Bank holidays"),
        Some("GOV.UK's official list loaded for 2024 to 2028; built-in list for England and Wales for other years (1995 to 2100)")
    );
    let one_year = Coverage {
        built_in: (1995, 2100),
        imported: Some((2026, 2026)),
    };
    let all = lines(&PlanInput::default(), framework, &one_year);
    assert!(line(&all, "Bank holidays")
        .is_some_and(|l| l.starts_with("GOV.UK's official list loaded for 2026;")));
}

#[test]
fn lines_come_in_a_fixed_order() {
    let input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Focused,
            Anchor::Notification(d(2026, 3, 3)),
        )),
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 5, 15),
            outcome: Outcome::Overall(Grade::Good),
        }),
        engagement_meeting: Some(d(2026, 6, 10)),
        ..PlanInput::default()
    };
    let labels: Vec<&str> = describe_inputs(&input, current(), &built_in())
        .iter()
        .map(|l: &InputLine| l.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Visit",
            "Date given",
            "On-site days",
            "Last inspection",
            "Outcome",
            "Annual engagement meeting",
            "Rule set",
            "Christmas and New Year period",
            "Bank holidays",
        ]
    );
}

/// Issue 15: a plan for a chosen council names it, with its DfE and ONS codes, first.
#[test]
fn the_chosen_council_is_named_with_its_codes() {
    let input = PlanInput {
        council: Some(302),
        ..PlanInput::default()
    };
    let all = lines(&input, current(), &built_in());
    assert_eq!(all[0], "Local authority: Barnet (DfE 302, ONS E09000003)");
    assert_eq!(
        line(
            &lines(&PlanInput::default(), current(), &built_in()),
            "Local authority"
        ),
        None
    );
}
