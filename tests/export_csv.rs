#![cfg(not(target_arch = "wasm32"))]
//! The CSV export read back with the `csv` crate: byte order mark, header, one row per event with
//! both date forms, RFC 4180 quoting and CRLF record ends.

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::export::{csv, csv_filtered, EventFilter, CSV_HEADER};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::{self, VisitKind};
use ilacs_planner::engine::visit_schedule::{Anchor, VisitInput};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan_from(anchor: Anchor) -> Plan {
    let input = PlanInput {
        visit: Some(VisitInput::new(VisitKind::Standard, anchor)),
        engagement_meeting: Some(d(2026, 6, 9)),
        ..PlanInput::default()
    };
    let rules = rules::by_id("current-practice").unwrap();
    plan(
        rules,
        &Calendar::england_and_wales(),
        &input,
        d(2026, 1, 15),
    )
    .unwrap()
}

fn spring_plan() -> Plan {
    plan_from(Anchor::Notification(d(2026, 3, 2)))
}

/// Rows read back by the `csv` crate, after checking and removing the byte order mark.
fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut reader = ::csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// Line breaks outside quoted fields are all CRLF.
fn record_ends_are_crlf(text: &str) -> bool {
    let mut quoted = false;
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted && prev != '\r' => return false,
            '\r' if !quoted => {}
            _ => {}
        }
        prev = c;
    }
    !quoted && text.ends_with("\r\n")
}

#[test]
fn rows_round_trip_through_the_csv_crate() {
    let p = spring_plan();
    let text = csv(&p);
    assert!(record_ends_are_crlf(&text));
    let (header, rows) = read(&text);
    assert_eq!(header, CSV_HEADER);
    assert_eq!(rows.len(), p.events.len());
    for (row, e) in rows.iter().zip(&p.events) {
        assert_eq!(row.len(), 10);
        assert_eq!(row[1], e.date.format("%Y-%m-%d").to_string());
        assert_eq!(row[3], e.title);
        assert_eq!(row[4], e.id);
        assert_eq!(row[5], e.detail);
        assert_eq!(row[6], e.who);
        assert!(row[7].starts_with(&format!("{} — ", e.citation.label)));
        assert_eq!(row[9], if e.estimate { "Yes" } else { "No" });
    }
    let notification = rows.iter().find(|r| r[4] == "notification").unwrap();
    assert_eq!(notification[0], "Monday 2 March 2026");
    assert_eq!(notification[1], "2026-03-02");
    assert_eq!(notification[2], "9.30am");
    assert!(notification[7].starts_with("F§73 — ILACS framework, paragraph 73"));
}

#[test]
fn quoting_survives_commas_quotes_and_line_breaks() {
    let mut p = spring_plan();
    p.events[0].title = "Say \"hello\", then leave".into();
    p.events[0].detail = "Line one\r\nLine two\nthree".into();
    p.events[1].who = "\"".into();
    let text = csv(&p);
    assert!(record_ends_are_crlf(&text));
    let (_, rows) = read(&text);
    assert_eq!(rows.len(), p.events.len());
    assert_eq!(rows[0][3], "Say \"hello\", then leave");
    assert_eq!(rows[0][5], "Line one\r\nLine two\nthree");
    assert_eq!(rows[1][6], "\"");
}

#[test]
fn warnings_are_listed_one_per_line() {
    // Fieldwork over the May bank holiday (warning) and a notification moved by it.
    let p = plan_from(Anchor::FirstOnSiteDay(d(2026, 4, 27)));
    let (_, rows) = read(&csv(&p));
    let mut seen = 0;
    for (row, e) in rows.iter().zip(&p.events) {
        let expected: Vec<&str> = p
            .warnings
            .iter()
            .filter(|w| w.events.contains(&e.id))
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(row[8], expected.join("\n"));
        seen += expected.len();
    }
    assert!(seen > 0);
}

#[test]
fn filtered_exports_hold_only_the_chosen_events() {
    let p = spring_plan();
    for filter in EventFilter::PRESETS {
        let (_, rows) = read(&csv_filtered(&p, &filter));
        let expected: Vec<&str> = p
            .events
            .iter()
            .filter(|e| filter.matches(e))
            .map(|e| e.id.as_str())
            .collect();
        let got: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
        assert_eq!(got, expected, "{filter:?}");
    }
}
