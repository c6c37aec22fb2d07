#![cfg(not(target_arch = "wasm32"))]
//! Training scenarios: each computes live from its default start and from chosen dates, with only
//! the warnings it should have. Sources: F§52–55 and F§103 and F§128 tables (visits), F§73
//! footnote 18 (bank holidays and Easter), F§116–128 (inadequate authorities), F§216 (reports).

mod support;

use chrono::{Datelike, NaiveDate, Weekday};
use ilacs_planner::app::keys::step_move;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::WarningId;
use ilacs_planner::engine::plan::plan;
use ilacs_planner::engine::plan::plan_error::{InputField, PlanError};
use ilacs_planner::engine::rules::{self, RuleSet};
use ilacs_planner::engine::training::{
    calendar_strip, clamp_step, default_start, scenario, scenario_input, steps, Scenario,
    ScenarioId, StepMove,
};
use support::{current_practice as current, d, framework};

fn run(id: ScenarioId, rules: &RuleSet, start: NaiveDate) -> Scenario {
    scenario(id, rules, &Calendar::england_and_wales(), start, start).unwrap()
}

fn warning_ids(s: &Scenario) -> Vec<WarningId> {
    s.warnings.iter().map(|w| w.id).collect()
}

/// Steps are numbered from 1, in date order, start at the notification (focused: the lead
/// inspector's evaluation the day before, F§103 table) and include the publication or the
/// letter-not-published note (F§216, F§202).
fn check_shape(s: &Scenario) {
    assert!(!s.steps.is_empty());
    for (i, step) in s.steps.iter().enumerate() {
        assert_eq!(step.index, i + 1);
        assert!(!step.have_ready.is_empty() && !step.what_happens.is_empty());
        assert!(!step.citation.label.is_empty());
    }
    for pair in s.steps.windows(2) {
        assert!(
            pair[0].date <= pair[1].date,
            "{} then {}",
            pair[0].event_id,
            pair[1].event_id
        );
    }
    let first = &s.steps[0];
    assert!(
        first.event_id == "notification" || first.event_id == "lead-off-site-evaluation",
        "{}",
        first.event_id
    );
    assert!(s
        .steps
        .iter()
        .any(|x| x.event_id == "publication" || x.event_id == "letter-not-published"));
}

/// Every scenario from its default start, for several "todays" and both rule sets, computes with
/// no warning at all (the default start is chosen to be ordinary).
#[test]
fn every_scenario_from_its_default_start_has_no_warnings() {
    let cal = Calendar::england_and_wales();
    for today in [
        d(2026, 11, 25),
        d(2027, 7, 20),
        d(2030, 12, 1),
        d(2024, 2, 29),
    ] {
        for set in rules::all() {
            for id in ScenarioId::all() {
                let start = default_start(id, set, &cal, today);
                let s = scenario(id, set, &cal, start, today).unwrap();
                assert_eq!(
                    warning_ids(&s),
                    vec![],
                    "{id:?} from {start} (today {today})"
                );
                assert!(s.notification > today, "{id:?} {start}");
                check_shape(&s);
            }
        }
    }
}

/// F§73 footnote 18: the Easter scenario's notification is the Thursday before Good Friday, and
/// the short one's is the Friday before the bank-holiday Monday.
#[test]
fn f73_note_18_default_starts_move_the_notification() {
    let cal = Calendar::england_and_wales();
    for today in [d(2026, 11, 25), d(2027, 6, 1), d(2031, 1, 15)] {
        let start = default_start(ScenarioId::NotificationAtEaster, current(), &cal, today);
        let s = run(ScenarioId::NotificationAtEaster, current(), start);
        assert_eq!(s.notification.weekday(), Weekday::Thu);
        let good_friday = s.notification.succ_opt().unwrap();
        assert_eq!(
            cal.holiday_on(good_friday).map(|h| h.title.as_str()),
            Some("Good Friday")
        );

        let start = default_start(
            ScenarioId::ShortAfterBankHolidayMonday,
            current(),
            &cal,
            today,
        );
        let s = run(ScenarioId::ShortAfterBankHolidayMonday, current(), start);
        assert_eq!(s.notification.weekday(), Weekday::Fri);
        let monday = s.notification + chrono::Days::new(3);
        assert!(cal.holiday_on(monday).is_some(), "{monday}");
        assert_eq!(s.steps[0].event_id, "notification");
        assert_eq!(s.steps[0].date, s.notification);
    }
}

/// Default starts for today = Wednesday 25 November 2026 (worked out by hand from the bank
/// holidays: Easter Monday 29 March 2027, early May bank holiday 3 May 2027).
#[test]
fn default_starts_for_25_november_2026() {
    let cal = Calendar::england_and_wales();
    let today = d(2026, 11, 25);
    let start = |id| default_start(id, current(), &cal, today);
    assert_eq!(start(ScenarioId::NotificationAtEaster), d(2027, 4, 5));
    assert_eq!(
        run(ScenarioId::NotificationAtEaster, current(), d(2027, 4, 5)).notification,
        d(2027, 3, 25)
    );
    // Boxing Day's substitute (Monday 28 December 2026) is in the Christmas period: skipped.
    assert_eq!(
        start(ScenarioId::ShortAfterBankHolidayMonday),
        d(2027, 5, 10)
    );
    assert_eq!(
        run(
            ScenarioId::ShortAfterBankHolidayMonday,
            current(),
            d(2027, 5, 10)
        )
        .notification,
        d(2027, 4, 30)
    );
    assert_eq!(
        start(ScenarioId::StandardOrdinaryWeek).weekday(),
        Weekday::Mon
    );
    assert_eq!(start(ScenarioId::FocusedWedThu).weekday(), Weekday::Wed);
    assert_eq!(start(ScenarioId::Monitoring).weekday(), Weekday::Mon);
    assert_eq!(
        start(ScenarioId::InadequateFirstYear).weekday(),
        Weekday::Mon
    );
    for id in ScenarioId::all() {
        println!("{:<34} {}", id.as_str(), start(id));
    }
}

/// F§52–53 table from Monday 2 March 2026: the expected pre-election note (publication in
/// April 2026, in the pre-election period of the usual local elections of 7 May; no polling day
/// entered) and nothing else; on-site days shown as ranges.
#[test]
fn f52_standard_scenario_from_2_march_2026() {
    let s = run(ScenarioId::StandardOrdinaryWeek, current(), d(2026, 3, 2));
    // One note covering the framework's publication date and the observed estimate.
    let mut ws = warning_ids(&s);
    ws.dedup();
    assert_eq!(ws, vec![WarningId::PreElectionPeriod]);
    check_shape(&s);
    let lists = s
        .steps
        .iter()
        .find(|x| x.event_id == "child-level-data-due")
        .unwrap();
    assert_eq!(lists.date, d(2026, 3, 3));
    assert_eq!(lists.position, "1 working day after notification");
    assert!(
        lists.have_ready.contains("lists 1 to 11"),
        "{}",
        lists.have_ready
    );
    let range = s.steps.iter().find(|x| x.event_id == "onsite-2").unwrap();
    assert_eq!(
        (range.date, range.end_date),
        (d(2026, 3, 10), Some(d(2026, 3, 12)))
    );
    assert!(s.steps.iter().all(|x| x.event_id != "onsite-3"));
    assert_eq!(s.steps.last().unwrap().event_id, "action-plan-due");
    // The same from the public wrapper.
    let cal = Calendar::england_and_wales();
    assert_eq!(
        steps(
            ScenarioId::StandardOrdinaryWeek,
            current(),
            &cal,
            d(2026, 3, 2),
            d(2026, 3, 2)
        )
        .unwrap(),
        s.steps
    );
}

/// Chosen dates for the other scenarios compute with no warnings: short inspection on site
/// Monday 4 June 2018 (spring bank holiday 28 May), Easter 2021 (on site 12 April), focused visit
/// notified Wednesday 10 June 2026, monitoring visit requested Monday 2 November 2026.
#[test]
fn chosen_dates_compute_without_unexpected_warnings() {
    let framework = framework();
    let s = run(
        ScenarioId::ShortAfterBankHolidayMonday,
        framework,
        d(2018, 6, 4),
    );
    assert_eq!(s.notification, d(2018, 5, 25));
    assert_eq!(warning_ids(&s), vec![]);
    check_shape(&s);

    let s = run(ScenarioId::NotificationAtEaster, current(), d(2021, 4, 12));
    assert_eq!(s.notification, d(2021, 4, 1));
    assert_eq!(warning_ids(&s), vec![]);

    let s = run(ScenarioId::FocusedWedThu, current(), d(2026, 6, 10));
    assert_eq!(warning_ids(&s), vec![]);
    check_shape(&s);
    let onsite = s.steps.iter().find(|x| x.event_id == "onsite-1").unwrap();
    assert_eq!(onsite.date, d(2026, 6, 17));
    assert_eq!(onsite.date.weekday(), Weekday::Wed);
    let lists = s
        .steps
        .iter()
        .find(|x| x.event_id == "child-level-data-due")
        .unwrap();
    assert!(
        lists.have_ready.contains("Only the items relevant"),
        "{}",
        lists.have_ready
    );

    let s = run(ScenarioId::Monitoring, current(), d(2026, 11, 2));
    assert_eq!(warning_ids(&s), vec![]);
    check_shape(&s);
    assert!(s.steps.iter().any(|x| x.event_id == "audited-cases-due"));
    assert!(s.steps.iter().any(|x| x.event_id == "publication"));
}

/// F§116, F§219, F§128: the inadequate first year from an inspection on site Monday 8 June 2026:
/// the inspection, its publication, the action planning visit, the action plan and the first
/// monitoring visits, all within 12 months; the action plan date agrees with the inspection's own
/// timetable (R + 70).
#[test]
fn inadequate_first_year_from_8_june_2026() {
    let cal = Calendar::england_and_wales();
    let s = run(ScenarioId::InadequateFirstYear, current(), d(2026, 6, 8));
    assert_eq!(warning_ids(&s), vec![]);
    check_shape(&s);
    assert_eq!(s.notification, d(2026, 6, 1));
    let has = |id: &str| s.steps.iter().any(|x| x.event_id == id);
    for id in [
        "notification",
        "publication",
        "action-planning-agenda",
        "action-planning-visit",
        "inadequate-action-plan-due",
        "monitoring-visit-1",
        "monitoring-visit-2",
    ] {
        assert!(has(id), "{id}");
    }
    assert!(!has("action-plan-due") && !has("last-inspection") && !has("reinspection-earliest"));
    assert!(s.steps.iter().all(|x| x.date <= d(2027, 6, 8)));
    // The pathway's action plan date is the inspection's own R + 70.
    let visit_plan = plan(
        current(),
        &cal,
        &ilacs_planner::engine::plan::PlanInput {
            visit: Some(
                ilacs_planner::engine::plan::visit_schedule::VisitInput::new(
                    ilacs_planner::engine::rules::VisitKind::Standard,
                    ilacs_planner::engine::plan::visit_schedule::Anchor::FirstOnSiteDay(d(
                        2026, 6, 8,
                    )),
                ),
            ),
            ..Default::default()
        },
        d(2026, 6, 8),
    )
    .unwrap();
    let step = s
        .steps
        .iter()
        .find(|x| x.event_id == "inadequate-action-plan-due")
        .unwrap();
    assert_eq!(
        Some(step.date),
        visit_plan.event("action-plan-due").map(|e| e.date)
    );
    // scenario_input loads the pathway-3 plan into the planner.
    assert!(
        scenario_input(ScenarioId::InadequateFirstYear, d(2026, 6, 8))
            .last_inspection
            .is_some()
    );
}

/// A trainer's start date that is not a working day is refused with the engine's own error,
/// naming the field the scenario starts from.
#[test]
fn a_non_working_start_is_refused_with_the_engine_error() {
    let cal = Calendar::england_and_wales();
    for id in ScenarioId::all() {
        let e = scenario(id, current(), &cal, d(2026, 12, 25), d(2026, 11, 25)).unwrap_err();
        match e {
            PlanError::NotAWorkingDay { field, .. } => {
                assert_eq!(field, id.start_field(), "{id:?}")
            }
            other => panic!("{id:?}: {other:?}"),
        }
        assert!(e.to_string().contains("25 December 2026 is Christmas Day"));
    }
    assert_eq!(
        ScenarioId::StandardOrdinaryWeek.start_field(),
        InputField::NotificationDay
    );
    for id in ScenarioId::all() {
        assert_eq!(ScenarioId::from_id(id.as_str()), Some(id));
        assert!(!id.title().is_empty() && !id.summary().is_empty());
    }
}

/// The presenter's calendar strip for the standard scenario from Monday 2 March 2026 (F§52–53
/// table): the notification step sits in the week of 2 March, with the set-up call the same day
/// and the lists on Tuesday; the strip shows that week and the next, Monday first.
#[test]
fn f52_calendar_strip_for_the_notification_step() {
    let cal = Calendar::england_and_wales();
    let s = run(ScenarioId::StandardOrdinaryWeek, current(), d(2026, 3, 2));
    let strip = calendar_strip(&cal, &s.steps, 1).unwrap();
    assert_eq!(strip.weeks.len(), 2);
    for week in &strip.weeks {
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].date.weekday(), Weekday::Mon);
        assert!(week[5].weekend && week[6].weekend && !week[4].weekend);
    }
    assert_eq!(strip.weeks[0][0].date, d(2026, 3, 2));
    assert_eq!(strip.weeks[1][6].date, d(2026, 3, 15));
    let monday = &strip.weeks[0][0];
    assert!(monday.this_step);
    let set_up = s
        .steps
        .iter()
        .find(|x| x.event_id == "set-up-call")
        .unwrap();
    // The notice week's undated steps (F§76 link person, F§78 possible call) start that day too.
    let step = |id: &str| s.steps.iter().find(|x| x.event_id == id).unwrap().index;
    let mut expected = vec![
        set_up.index,
        step("link-person-preparation"),
        step("lead-member-call"),
    ];
    expected.sort_unstable();
    assert_eq!(monday.other_steps, expected);
    let tuesday = &strip.weeks[0][1];
    assert!(!tuesday.this_step);
    let lists = s
        .steps
        .iter()
        .find(|x| x.event_id == "child-level-data-due")
        .unwrap();
    assert!(tuesday.other_steps.contains(&lists.index));
    // The first on-site day is in the second week.
    let onsite = s.steps.iter().find(|x| x.event_id == "onsite-1").unwrap();
    assert!(strip.weeks[1][0].other_steps.contains(&onsite.index));
    assert_eq!(strip.first(), Some(d(2026, 3, 2)));
    assert_eq!(strip.last(), Some(d(2026, 3, 15)));
}

/// A merged on-site step (Tuesday 10 to Thursday 12 March 2026) marks each of its days; the strip
/// starts on the Monday of its week.
#[test]
fn f52_calendar_strip_marks_every_day_of_a_range() {
    let cal = Calendar::england_and_wales();
    let s = run(ScenarioId::StandardOrdinaryWeek, current(), d(2026, 3, 2));
    let range = s.steps.iter().find(|x| x.event_id == "onsite-2").unwrap();
    let strip = calendar_strip(&cal, &s.steps, range.index).unwrap();
    assert_eq!(strip.first(), Some(d(2026, 3, 9)));
    let marked: Vec<NaiveDate> = strip
        .weeks
        .iter()
        .flatten()
        .filter(|x| x.this_step)
        .map(|x| x.date)
        .collect();
    assert_eq!(marked, vec![d(2026, 3, 10), d(2026, 3, 11), d(2026, 3, 12)]);
    assert!(strip.weeks.iter().flatten().all(|x| x.holiday.is_none()));
}

/// F§73 footnote 18 at Easter 2027: the call on Thursday 25 March, with Good Friday (26 March)
/// and Easter Monday (29 March) named in the strip.
#[test]
fn f73_easter_strip_names_the_bank_holidays() {
    let cal = Calendar::england_and_wales();
    let s = run(ScenarioId::NotificationAtEaster, current(), d(2027, 4, 5));
    assert_eq!(s.steps[0].date, d(2027, 3, 25));
    let strip = calendar_strip(&cal, &s.steps, 1).unwrap();
    assert_eq!(strip.first(), Some(d(2027, 3, 22)));
    let day = |date| {
        strip
            .weeks
            .iter()
            .flatten()
            .find(|x| x.date == date)
            .unwrap()
            .clone()
    };
    assert!(day(d(2027, 3, 25)).this_step);
    assert_eq!(day(d(2027, 3, 26)).holiday.as_deref(), Some("Good Friday"));
    assert_eq!(
        day(d(2027, 3, 29)).holiday.as_deref(),
        Some("Easter Monday")
    );
    assert!(calendar_strip(&cal, &s.steps, 0).is_none());
    assert!(calendar_strip(&cal, &s.steps, s.steps.len() + 1).is_none());
    // Every step of every scenario has a strip, and its own days are marked in it.
    for id in ScenarioId::all() {
        let start = default_start(id, current(), &cal, d(2026, 11, 25));
        let s = run(id, current(), start);
        for step in &s.steps {
            let strip = calendar_strip(&cal, &s.steps, step.index).unwrap();
            assert!(
                strip
                    .weeks
                    .iter()
                    .flatten()
                    .any(|x| x.this_step && x.date == step.date),
                "{id:?} step {}",
                step.index
            );
            // The step's own weeks and the week after: two to four for a day or an on-site
            // range; a step the framework places in a longer period (F§118, F§122) covers it.
            let last = step.end_date.unwrap_or(step.date);
            let monday = |x: NaiveDate| {
                x - chrono::Duration::days(i64::from(x.weekday().num_days_from_monday()))
            };
            let own_weeks = ((monday(last) - monday(step.date)).num_days() / 7 + 1) as usize;
            assert_eq!(strip.weeks.len(), own_weeks + 1, "{id:?} {}", step.index);
            if step.end_date.is_none() || step.event_id.starts_with("onsite") {
                assert!(
                    (2..=4).contains(&strip.weeks.len()),
                    "{id:?} {}",
                    step.index
                );
            }
        }
    }
}

/// Presenter keys: arrows and Page Up/Down move one step, Home and End to the ends, never past
/// them.
#[test]
fn presenter_keys_move_between_steps() {
    assert_eq!(step_move("ArrowRight"), Some(StepMove::Next));
    assert_eq!(step_move("PageDown"), Some(StepMove::Next));
    assert_eq!(step_move("ArrowLeft"), Some(StepMove::Previous));
    assert_eq!(step_move("PageUp"), Some(StepMove::Previous));
    assert_eq!(step_move("Home"), Some(StepMove::First));
    assert_eq!(step_move("End"), Some(StepMove::Last));
    assert_eq!(step_move("ArrowDown"), None);
    assert_eq!(step_move("Enter"), None);
    assert_eq!(StepMove::Next.apply(1, 14), 2);
    assert_eq!(StepMove::Next.apply(14, 14), 14);
    assert_eq!(StepMove::Previous.apply(1, 14), 1);
    assert_eq!(StepMove::Previous.apply(5, 14), 4);
    assert_eq!(StepMove::First.apply(9, 14), 1);
    assert_eq!(StepMove::Last.apply(2, 14), 14);
    // A step beyond the end (from an edited link) comes back inside.
    assert_eq!(StepMove::Previous.apply(99, 14), 13);
    assert_eq!(clamp_step(99, 14), 14);
    assert_eq!(clamp_step(0, 14), 1);
    assert_eq!(clamp_step(3, 0), 0);
    assert_eq!(StepMove::Next.apply(0, 0), 0);
}
