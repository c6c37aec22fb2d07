#![cfg(not(target_arch = "wasm32"))]
//! Issue 13 item 4: estimates look like estimates everywhere. An estimated date is given as the
//! week (or the month) it stands for, never as a bare day: on the page, in the .ics file (an
//! all-day entry spanning the range, titled "ILACS (estimate): …"), in the CSV and in print.
//! Dates: an inadequate judgement on Monday 12 January 2026 under current practice (F§112–131,
//! quarterly monitoring visits on site Tuesday and Wednesday, F§128 table); a requires
//! improvement judgement from Monday 12 June 2023 (the observed months of issue 14, August to
//! December 2026).

mod support;

use chrono::{Datelike, Weekday};
use ilacs_planner::engine::export::{csv, ics, EventFilter, IcsOptions};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::{Plan, PlanInput};
use support::{current_practice, d, plan_on};

fn after(grade: Grade, first_onsite_day: chrono::NaiveDate) -> Plan {
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day,
            outcome: Outcome::Overall(grade),
        }),
        ..PlanInput::default()
    };
    plan_on(current_practice(), &input, d(2026, 1, 15))
}

fn options() -> IcsOptions {
    IcsOptions {
        include: EventFilter::All,
        plan_key: "plan-1".into(),
        stamp: d(2026, 1, 15).and_hms_opt(9, 0, 0).unwrap(),
        calendar_name: String::new(),
    }
}

/// The lines of one VEVENT of the .ics text, found by its event id.
fn vevent<'a>(text: &'a str, id: &str) -> Vec<&'a str> {
    let uid = format!("UID:plan-1-{id}@ilacs-planner");
    let at = text.find(&uid).unwrap_or_else(|| panic!("no {uid}"));
    text[at..]
        .split("\r\n")
        .take_while(|l| *l != "END:VEVENT")
        .collect()
}

#[test]
fn every_estimate_stands_for_a_range_and_every_exact_date_does_not() {
    for p in [
        after(Grade::Inadequate, d(2026, 1, 12)),
        after(Grade::RequiresImprovement, d(2023, 6, 12)),
    ] {
        assert!(p.events.iter().any(|e| e.estimate));
        for e in &p.events {
            match e.estimate_span() {
                Some((from, to)) => {
                    assert!(from < to, "{}: {from} to {to} is a range", e.id);
                    assert!(from <= e.date && e.date <= to, "{} lies in its range", e.id);
                    let words = e.estimate_words().unwrap();
                    // A week, a month, or the period the framework places a step in.
                    let period = e.undated.as_ref().and_then(|u| u.until) == Some(to);
                    assert!(
                        words.starts_with("week commencing Monday")
                            || words.split(' ').count() == 2
                            || (period && words.contains(" to ")),
                        "{}: {words}",
                        e.id
                    );
                }
                None => assert!(!e.estimate, "{}", e.id),
            }
        }
    }
}

/// F§128 table: a monitoring visit is on site Tuesday and Wednesday; its estimate is the week.
#[test]
fn an_estimated_monitoring_visit_is_its_week_with_a_real_on_site_day() {
    let p = after(Grade::Inadequate, d(2026, 1, 12));
    let visit = p.event("monitoring-visit-2").unwrap();
    assert_eq!(visit.date.weekday(), Weekday::Tue, "on site from a Tuesday");
    let (from, to) = visit.estimate_span().unwrap();
    assert_eq!((from.weekday(), to.weekday()), (Weekday::Mon, Weekday::Fri));
    assert_eq!(
        visit.estimate_words().unwrap(),
        format!(
            "week commencing {}",
            ilacs_planner::engine::calendar::dates::long_date(from)
        )
    );
}

/// Issue 14's example: the observed months are months, "August 2026" and "December 2026".
#[test]
fn the_observed_next_inspection_months_are_months() {
    let p = after(Grade::RequiresImprovement, d(2023, 6, 12));
    let from = p.event("next-inspection-likely-from").unwrap();
    let to = p.event("next-inspection-likely-to").unwrap();
    assert_eq!(from.estimate_words().unwrap(), "August 2026");
    assert_eq!(to.estimate_words().unwrap(), "December 2026");
    assert_eq!(from.estimate_span(), Some((d(2026, 8, 1), d(2026, 8, 31))));
}

/// RFC 5545 §3.6.1: an all-day entry ends on the day after its last day.
#[test]
fn in_ics_an_estimate_is_an_all_day_entry_spanning_its_range() {
    let p = after(Grade::RequiresImprovement, d(2023, 6, 12));
    let text = ics(&p, &options());
    let lines = vevent(&text, "next-inspection-likely-from");
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20260801"), "{lines:?}");
    assert!(lines.contains(&"DTEND;VALUE=DATE:20260901"), "{lines:?}");
    assert!(lines
        .iter()
        .any(|l| l.starts_with("SUMMARY:ILACS (estimate): Next inspection")));

    let p = after(Grade::Inadequate, d(2026, 1, 12));
    let visit = p.event("monitoring-visit-2").unwrap();
    let (from, to) = visit.estimate_span().unwrap();
    let text = ics(&p, &options());
    let lines = vevent(&text, "monitoring-visit-2");
    let day = |d: chrono::NaiveDate| d.format("%Y%m%d").to_string();
    assert!(lines.contains(&format!("DTSTART;VALUE=DATE:{}", day(from)).as_str()));
    let end = day(to.succ_opt().unwrap());
    assert!(lines.contains(&format!("DTEND;VALUE=DATE:{end}").as_str()));
}

/// The CSV's "Date" column gives an estimate in words; "Estimate" gives its range.
#[test]
fn in_csv_an_estimate_reads_as_its_range() {
    let p = after(Grade::RequiresImprovement, d(2023, 6, 12));
    let table = csv(&p);
    let row = table
        .lines()
        .find(|l| l.contains(",next-inspection-likely-to,"))
        .unwrap();
    assert!(row.starts_with("December 2026,2026-12-31,"), "{row}");
    assert!(
        row.contains("Yes: any day from Tuesday 1 December 2026 to Thursday 31 December 2026"),
        "{row}"
    );
}
