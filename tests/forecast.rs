#![cfg(not(target_arch = "wasm32"))]
//! The observed publication forecast and pre-election holds, pinned to the facts of issue 14
//! ("Forecasts that match what Ofsted actually does"), which summarises the public record of
//! ILACS reports 2018–2026. Each test names the fact it checks. Dates were worked out by hand
//! from the England and Wales bank holidays.

mod support;

use chrono::{Datelike, NaiveDate, Weekday};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::event::{Severity, WarningId};
use ilacs_planner::engine::plan::forecast::{
    held, publication_forecast, ElectionKind, Elections, HoldReason, PublicationForecast,
};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::{self, RuleSet, VisitKind};
use proptest::prelude::*;
use support::d;

fn current() -> &'static RuleSet {
    rules::by_id("current-practice").unwrap()
}

fn forecast(kind: VisitKind, end: NaiveDate, elections: Elections) -> PublicationForecast {
    publication_forecast(
        current(),
        &Calendar::england_and_wales(),
        kind,
        end,
        &elections,
    )
    .unwrap()
    .expect("a forecast")
}

fn standard_plan(first_onsite_day: NaiveDate, input: PlanInput) -> Plan {
    let input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::FirstOnSiteDay(first_onsite_day),
        )),
        ..input
    };
    plan(
        current(),
        &Calendar::england_and_wales(),
        &input,
        d(2024, 1, 1),
    )
    .unwrap()
}

fn date_of(p: &Plan, id: &str) -> NaiveDate {
    p.event(id).unwrap_or_else(|| panic!("no {id}")).date
}

fn is_election(r: &HoldReason, kind: ElectionKind) -> bool {
    matches!(r, HoldReason::Election { election, .. } if *election == kind)
}

/// Issue 14, "since April 2024: most often 27 (45 %) … quartiles 27 and 38", and its wording
/// example: fieldwork ending Friday 16 January 2026 gives "Most likely Tuesday 24 February 2026;
/// three in four are published by Friday 13 March 2026" (E+38 is Wednesday 11 March; the
/// sentence gives the end of that week).
#[test]
fn issue_14_wording_example_most_likely_and_three_in_four() {
    let f = forecast(VisitKind::Standard, d(2026, 1, 16), Elections::default());
    assert_eq!(f.likely.date, d(2026, 2, 24));
    assert_eq!(f.likely_working_days, 27);
    assert_eq!(f.by_working_days, Some(38));
    assert_eq!(f.by.as_ref().unwrap().date, d(2026, 3, 13));
    assert_eq!(
        f.sentence(),
        "Most likely Tuesday 24 February 2026; three in four are published by Friday 13 March 2026."
    );
    assert!(f.reasons().is_empty());
}

/// Issue 14: "Short and standard inspections behave alike"; letters (focused and monitoring
/// visits) have no observed figures, so no forecast.
#[test]
fn short_inspections_share_the_forecast_and_letters_have_none() {
    let end = d(2026, 1, 16);
    assert_eq!(
        forecast(VisitKind::Short, end, Elections::default()),
        forecast(VisitKind::Standard, end, Elections::default())
    );
    let cal = Calendar::england_and_wales();
    for kind in [VisitKind::Focused, VisitKind::Monitoring, VisitKind::Jtai] {
        let f = publication_forecast(current(), &cal, kind, end, &Elections::default());
        assert_eq!(f.unwrap(), None, "{kind:?}");
    }
    // The 2017 rule set has no observed data at all.
    let f2017 = publication_forecast(
        rules::by_id("ilacs-2017").unwrap(),
        &cal,
        VisitKind::Standard,
        end,
        &Elections::default(),
    );
    assert_eq!(f2017.unwrap(), None);
}

/// Issue 14, Christmas pause: "the last report before Christmas came out 15–20 December and the
/// first after it … since 2022: 12 or 13 January. Reports due in between came out in that
/// January batch." A report due on Tuesday 22 December 2026 (fieldwork ending Friday
/// 13 November 2026, +27) comes out on Tuesday 12 January 2027.
#[test]
fn christmas_pause_report_due_22_december_comes_out_12_january() {
    let f = forecast(VisitKind::Standard, d(2026, 11, 13), Elections::default());
    assert_eq!(f.likely.due, d(2026, 12, 22));
    assert_eq!(f.likely.date, d(2027, 1, 12));
    assert_eq!(f.likely.reasons, vec![HoldReason::Christmas]);
    // E+38 is Monday 11 January 2027 (Christmas, Boxing Day substitute and New Year's Day
    // skipped), still in the pause; the end of that week is Friday 15 January.
    assert_eq!(f.by.as_ref().unwrap().date, d(2027, 1, 15));
    assert!(f
        .sentence()
        .starts_with("Most likely Tuesday 12 January 2027;"));
    assert!(f.reasons()[0].contains("Christmas pause"));
}

/// Issue 14: reports due by 20 December have come out before Christmas (15–20 December).
#[test]
fn christmas_pause_report_due_15_december_is_not_moved() {
    // Fieldwork ending Friday 6 November 2026: +27 is Tuesday 15 December 2026.
    let f = forecast(VisitKind::Standard, d(2026, 11, 6), Elections::default());
    assert_eq!(f.likely.date, d(2026, 12, 15));
    assert!(f.likely.reasons.is_empty());
}

/// Issue 14, Christmas pause since 2022: "12 or 13 January". In 2025 the 12th was a Sunday, so
/// publication resumed on Monday 13 January.
#[test]
fn christmas_pause_resumes_on_the_first_working_day_from_12_january() {
    let cal = Calendar::england_and_wales();
    let h = held(current(), &cal, &Elections::default(), d(2024, 12, 31)).unwrap();
    assert_eq!(h.date, d(2025, 1, 13));
    let h = held(current(), &cal, &Elections::default(), d(2026, 1, 6)).unwrap();
    assert_eq!(h.date, d(2026, 1, 12));
}

/// Issue 14, general election: "every report due from late May was held and published together
/// on Friday 12 July 2024". Fieldwork ending Friday 17 May 2024: +27 is in late June.
#[test]
fn general_election_2024_reports_due_from_late_may_come_out_on_12_july() {
    let f = forecast(VisitKind::Standard, d(2024, 5, 17), Elections::default());
    assert!(f.likely.due > d(2024, 5, 25) && f.likely.due < d(2024, 7, 4));
    assert_eq!(f.likely.date, d(2024, 7, 12));
    assert!(is_election(&f.likely.reasons[0], ElectionKind::General));
    let cal = Calendar::england_and_wales();
    for due in [d(2024, 5, 30), d(2024, 6, 18), d(2024, 7, 4), d(2024, 7, 9)] {
        let h = held(current(), &cal, &Elections::default(), due).unwrap();
        assert_eq!(h.date, d(2024, 7, 12), "due {due}");
    }
    // Not held in mid-May, nor after the batch.
    for due in [d(2024, 5, 14), d(2024, 7, 16)] {
        assert_eq!(
            held(current(), &cal, &Elections::default(), due)
                .unwrap()
                .date,
            due
        );
    }
}

/// Issue 14: general elections hold reports for everyone, so the pre-election warning fires
/// without any local polling day, on the framework date (E+21) as well as the forecast.
#[test]
fn general_election_2024_warns_every_council() {
    // On site from Monday 13 May 2024, fieldwork ends Friday 24 May 2024; E+21 and E+27 both
    // fall after the dissolution on 30 May.
    let p = standard_plan(d(2024, 5, 13), PlanInput::default());
    assert_eq!(date_of(&p, "publication-observed"), d(2024, 7, 12));
    let w: Vec<_> = p
        .warnings
        .iter()
        .filter(|w| w.id == WarningId::PreElectionPeriod)
        .collect();
    // Issue 25: each warning agrees with the dates it sits beside: the framework's day falls in
    // the pre-election period; the forecasts were moved by it.
    assert_eq!(w.len(), 2);
    assert_eq!(w[0].events, vec!["publication".to_string()]);
    assert!(w[0].message.contains("falls in the pre-election period"));
    assert!(w[1].events.contains(&"publication-observed".to_string()));
    assert!(w[1].message.starts_with("Moved by the pre-election period"));
    for w in w {
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.message.contains("general election on 4 July 2024"));
        assert!(w
            .citation
            .text
            .contains("Electoral Registration and Administration Act 2013"));
    }
}

/// Issue 14: "a future general election date can be entered". The hold starts at the
/// dissolution, 25 working days before polling day, and the held reports come out six working
/// days after it (as in 2024).
#[test]
fn entered_general_election_holds_reports() {
    let ge = Elections {
        general_election: Some(d(2029, 5, 17)),
        ..Elections::default()
    };
    let cal = Calendar::england_and_wales();
    // Thursday 17 May 2029 − 25 working days (Monday 7 May 2029 a bank holiday) = Wednesday
    // 11 April 2029; + 6 working days = Friday 25 May 2029.
    assert_eq!(
        held(current(), &cal, &ge, d(2029, 4, 10)).unwrap().date,
        d(2029, 4, 10)
    );
    let h = held(current(), &cal, &ge, d(2029, 4, 11)).unwrap();
    assert_eq!(h.date, d(2029, 5, 25));
    assert!(is_election(&h.reasons[0], ElectionKind::General));
    assert_eq!(
        held(current(), &cal, &Elections::default(), d(2029, 4, 24))
            .unwrap()
            .date,
        d(2029, 4, 24)
    );
}

/// Issue 14, local elections: "reports on councils holding polls are not published in the
/// pre-election period … and come out soon after (e.g. Monday 18 May 2026 after the polls of
/// Thursday 7 May 2026). Councils without polls that year are published as usual." Issue 24: the
/// period starts with the notice of election, at the latest 25 working days before polling day
/// as the election rules count them (SI 2006/3304, rule 1): Monday 30 March 2026.
#[test]
fn local_elections_7_may_2026_hold_a_council_with_polls_until_18_may() {
    // On site from Monday 2 March 2026, fieldwork ends Friday 13 March; +27 working days
    // (Good Friday and Easter Monday skipped) is Thursday 23 April 2026, two weeks before polls.
    let without = standard_plan(d(2026, 3, 2), PlanInput::default());
    assert_eq!(date_of(&without, "publication-observed"), d(2026, 4, 23));
    let with = standard_plan(
        d(2026, 3, 2),
        PlanInput {
            local_polling_day: Some(d(2026, 5, 7)),
            ..PlanInput::default()
        },
    );
    assert_eq!(date_of(&with, "publication-observed"), d(2026, 5, 18));
    assert_eq!(date_of(&with, "publication-observed-by"), d(2026, 5, 18));
    let f = with.publication_forecast.as_ref().unwrap();
    assert!(is_election(&f.likely.reasons[0], ElectionKind::Local));
    assert!(f.reasons()[0].contains("local elections on Thursday 7 May 2026"));
    // The framework's own date (E+21, Wednesday 15 April) is not moved, but warned about.
    assert_eq!(
        date_of(&with, "publication"),
        date_of(&without, "publication")
    );
    let w = with
        .warnings
        .iter()
        .find(|w| w.id == WarningId::PreElectionPeriod)
        .unwrap();
    assert_eq!(w.severity, Severity::Warning);
    assert!(w
        .message
        .contains("council's local elections on 7 May 2026"));
    assert!(w.message.contains("30 March 2026"));
    assert!(w
        .citation
        .text
        .contains("Local Elections (Principal Areas) (England and Wales) Rules 2006"));
    // A council without polls gets only a note suggesting polling day be entered.
    let notes: Vec<_> = without
        .warnings
        .iter()
        .filter(|w| w.id == WarningId::PreElectionPeriod)
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].severity, Severity::Info);
}

/// Issue 24 (SI 2006/3304, rule 1): the local hold starts with the notice of election, at the
/// latest the 25th working day before polling day (Good Friday, Easter Monday and the May bank
/// holiday not counted): Monday 30 March 2026 for polls on Thursday 7 May 2026, no earlier: a
/// report due on Friday 27 March comes out as usual.
#[test]
fn local_hold_starts_with_the_notice_of_election() {
    let cal = Calendar::england_and_wales();
    let e = Elections {
        local_polling_day: Some(d(2026, 5, 7)),
        ..Elections::default()
    };
    assert_eq!(
        held(current(), &cal, &e, d(2026, 3, 30)).unwrap().date,
        d(2026, 5, 18)
    );
    let before = d(2026, 3, 27);
    assert_eq!(held(current(), &cal, &e, before).unwrap().date, before);
    // Polls in another year do not touch this one.
    let other = Elections {
        local_polling_day: Some(d(2027, 5, 6)),
        ..Elections::default()
    };
    let due = d(2026, 4, 21);
    assert_eq!(held(current(), &cal, &other, due).unwrap().date, due);
}

/// Issue 14: a general election's release day in the Christmas pause moves on to January
/// (2019: polling Thursday 12 December, +6 working days is Friday 20 December, the last
/// publishing day before Christmas, so it stays).
#[test]
fn general_election_2019_release_before_christmas() {
    let cal = Calendar::england_and_wales();
    let h = held(current(), &cal, &Elections::default(), d(2019, 12, 3)).unwrap();
    assert_eq!(h.date, d(2019, 12, 20));
    assert!(is_election(&h.reasons[0], ElectionKind::General));
}

/// Issue 14, "the page, .ics, CSV and print show the range": both forecast events, held by the
/// council's local elections of 7 May 2026, reach every export with their dates and words.
#[test]
fn the_range_reaches_the_ics_csv_and_print() {
    use ilacs_planner::engine::export::print::print_months;
    use ilacs_planner::engine::export::{csv, ics, EventFilter, IcsOptions};
    let p = standard_plan(
        d(2026, 3, 2),
        PlanInput {
            local_polling_day: Some(d(2026, 5, 7)),
            ..PlanInput::default()
        },
    );
    let table = csv(&p);
    let row = |id: &str| {
        table
            .lines()
            .find(|l| l.contains(&format!(",{id},")))
            .unwrap_or_else(|| panic!("no {id} row in\n{table}"))
            .to_string()
    };
    assert!(row("publication-observed").contains("2026-05-18"));
    assert!(row("publication-observed").contains("Most likely Monday 18 May 2026"));
    assert!(row("publication-observed-by").contains("2026-05-18"));
    let options = IcsOptions {
        include: EventFilter::All,
        plan_key: "plan-1".into(),
        stamp: d(2026, 3, 1).and_hms_opt(9, 0, 0).unwrap(),
        calendar_name: String::new(),
    };
    let text = ics(&p, &options);
    for id in ["publication-observed", "publication-observed-by"] {
        let uid = format!("UID:plan-1-{id}@ilacs-planner");
        let at = text.find(&uid).unwrap_or_else(|| panic!("no {uid}"));
        assert!(text[at..].contains("DTSTART;VALUE=DATE:20260518"), "{id}");
    }
    let printed: Vec<_> = print_months(&p.events)
        .into_iter()
        .flat_map(|m| m.events)
        .filter(|e| e.id.starts_with("publication-observed"))
        .map(|e| (e.id, e.date))
        .collect();
    assert_eq!(
        printed,
        [
            ("publication-observed".to_string(), d(2026, 5, 18)),
            ("publication-observed-by".to_string(), d(2026, 5, 18))
        ]
    );
}

proptest! {
    /// Issue 14's facts as invariants, for any fieldwork end 2024–2032 and any local polling
    /// day: the most likely day is a working day, never in the Christmas pause (21 December to
    /// 11 January), never inside the council's local hold, at least 27 working days after
    /// fieldwork; "three in four by" is never before it.
    #[test]
    fn forecast_respects_every_pause(
        end_offset in 0i64..3200,
        polls_offset in proptest::option::of(0i64..3300),
    ) {
        let cal = Calendar::england_and_wales();
        let start = d(2024, 4, 1);
        let end = cal.working_day_on_or_after(start + chrono::Days::new(end_offset as u64)).unwrap();
        let polls = polls_offset.map(|o| start + chrono::Days::new(o as u64));
        let e = Elections { local_polling_day: polls, general_election: None };
        let f = forecast(VisitKind::Standard, end, e);
        let likely = f.likely.date;
        prop_assert!(cal.is_working_day(likely).unwrap());
        let md = (likely.month(), likely.day());
        prop_assert!(((1, 12)..=(12, 20)).contains(&md), "{likely} in the Christmas pause");
        prop_assert!(cal.working_days_between(end, likely).unwrap() >= 27);
        if let Some(p) = polls {
            let hold_start = p - chrono::Days::new(30);
            prop_assert!(!(hold_start <= likely && likely <= p), "{likely} in the hold before {p}");
        }
        let by = f.by.unwrap().date;
        prop_assert!(by >= likely);
        prop_assert!(cal.is_working_day(by).unwrap());
        prop_assert!(by.weekday() != Weekday::Sat && by.weekday() != Weekday::Sun);
    }
}
