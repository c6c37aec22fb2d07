#![cfg(not(target_arch = "wasm32"))]
//! The iCalendar export checked line by line against RFC 5545: CRLF only, lines folded at 75
//! octets without splitting characters, TEXT escaped, all-day ends exclusive, the 9.30am call in
//! Europe/London, stable and unique UIDs, and the filters.

mod support;

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use ilacs_planner::engine::export::{fieldwork_weeks, ics, EventFilter, IcsOptions};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::plan::{Plan, PlanInput};
use ilacs_planner::engine::rules::VisitKind;
use support::{d, export_plan, standard_with_meeting, visit_only};

fn stamp(h: u32) -> NaiveDateTime {
    d(2026, 1, 15).and_hms_opt(h, 4, 5).unwrap()
}

/// A standard inspection notified on Monday 2 March 2026 under current practice, with a last
/// inspection and an engagement meeting so the plan has every part.
fn spring_plan() -> Plan {
    export_plan(PlanInput {
        rule_set: "current-practice".into(),
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 1, 16),
            outcome: Outcome::Overall(Grade::RequiresImprovement),
        }),
        ..standard_with_meeting(Anchor::Notification(d(2026, 3, 2)))
    })
}

/// A plan with warnings: fieldwork over the May bank holiday.
fn warned_plan() -> Plan {
    export_plan(visit_only(
        VisitKind::Standard,
        Anchor::FirstOnSiteDay(d(2026, 4, 27)),
    ))
}

fn options(include: EventFilter) -> IcsOptions {
    IcsOptions {
        include,
        plan_key: "plan-0123456789abcdef".into(),
        stamp: stamp(10),
        calendar_name: "Spring inspection".into(),
    }
}

/// Physical lines, checking CRLF: the text ends with CRLF and holds no other CR or LF.
fn physical_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    for l in &lines {
        assert!(
            !l.contains('\r') && !l.contains('\n'),
            "bare CR or LF in {l:?}"
        );
    }
    lines
}

/// Content lines after unfolding (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in physical_lines(text) {
        match l.strip_prefix(' ') {
            Some(rest) => out
                .last_mut()
                .expect("a first line is never folded")
                .push_str(rest),
            None => out.push(l.to_string()),
        }
    }
    out
}

/// Reverses TEXT escaping, checking that no `;` or `,` is left unescaped.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => out.push(c),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            },
            ';' | ',' => panic!("unescaped {c:?} in {value:?}"),
            c => out.push(c),
        }
    }
    out
}

/// The events of a calendar: each as its (name with parameters, value) pairs.
fn vevents(lines: &[String]) -> Vec<Vec<(String, String)>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.push(current.take().unwrap()),
            _ => {
                if let Some(props) = current.as_mut() {
                    let (name, value) = l.split_once(':').unwrap();
                    props.push((name.to_string(), value.to_string()));
                }
            }
        }
    }
    events
}

fn prop<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    let found: Vec<&str> = event
        .iter()
        .filter(|(n, _)| n == name || n.starts_with(&format!("{name};")))
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(found.len(), 1, "{name} in {event:?}");
    found[0]
}

fn param_name<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name || n.starts_with(&format!("{name};")))
        .map(|(n, _)| n.as_str())
        .unwrap()
}

#[test]
fn lines_are_crlf_and_folded_at_75_octets() {
    for p in [spring_plan(), warned_plan()] {
        let text = ics(&p, &options(EventFilter::All));
        let lines = physical_lines(&text);
        assert!(lines.iter().any(|l| l.starts_with(' ')), "some lines fold");
        for l in lines {
            assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
            assert!(!l.is_empty());
        }
    }
}

#[test]
fn folding_never_splits_a_character_and_unfolding_restores_the_text() {
    // Two- to four-octet characters at every offset against the fold.
    for pad in 0..4 {
        let name = format!("{}{}", "x".repeat(pad), "é€😀§ ".repeat(40));
        let mut o = options(EventFilter::All);
        o.calendar_name = name.clone();
        let text = ics(&spring_plan(), &o);
        for l in physical_lines(&text) {
            assert!(l.len() <= 75);
        }
        let lines = unfold(&text);
        let cal_name = lines
            .iter()
            .find_map(|l| l.strip_prefix("X-WR-CALNAME:"))
            .unwrap();
        assert_eq!(unescape(cal_name), name);
    }
}

#[test]
fn calendar_has_the_required_properties_and_timezone() {
    let lines = unfold(&ics(&spring_plan(), &options(EventFilter::All)));
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    for required in [
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Spring inspection",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZNAME:GMT",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:VTIMEZONE",
    ] {
        assert_eq!(
            lines.iter().filter(|l| *l == required).count(),
            1,
            "{required}"
        );
    }
    assert!(lines
        .iter()
        .any(|l| l.starts_with("PRODID:-//ILACS Planner//")));
    // Components nest properly.
    let mut stack = Vec::new();
    for l in &lines {
        if let Some(c) = l.strip_prefix("BEGIN:") {
            stack.push(c.to_string());
        } else if let Some(c) = l.strip_prefix("END:") {
            assert_eq!(stack.pop().as_deref(), Some(c));
        }
    }
    assert!(stack.is_empty());
}

#[test]
fn every_event_is_a_complete_vevent() {
    let p = spring_plan();
    let lines = unfold(&ics(&p, &options(EventFilter::All)));
    let events = vevents(&lines);
    // Issue 26: after one entry per event, one busy block per fieldwork week (two weeks here).
    assert_eq!(events.len(), p.events.len() + 2);
    for (event, source) in events.iter().zip(&p.events) {
        assert_eq!(prop(event, "DTSTAMP"), "20260115T100405Z");
        assert_eq!(
            prop(event, "UID"),
            format!("plan-0123456789abcdef-{}@ilacs-planner", source.id)
        );
        // Issue 13: entries say they are the planner's, and an estimate says so once, up front.
        let summary = unescape(prop(event, "SUMMARY"));
        let plain = source
            .title
            .replace(" (observed estimate)", "")
            .replace(" (estimate)", "");
        if source.estimate {
            assert_eq!(summary, format!("ILACS (estimate): {plain}"));
        } else {
            assert_eq!(summary, format!("ILACS: {}", source.title));
        }
        assert!(!summary.contains("(estimate) (estimate)"), "{summary}");
        let description = unescape(prop(event, "DESCRIPTION"));
        assert!(description.contains(&source.detail));
        assert!(
            description.ends_with(&format!(
                "Source: {} ({})",
                source.citation.in_words(),
                source.citation.kind.label()
            )),
            "{description}"
        );
        if let Some(words) = source.estimate_words() {
            assert!(description.contains(&format!("An estimate: {words}, not a fixed day.")));
        }
        let start = prop(event, "DTSTART");
        let end = prop(event, "DTEND");
        // Issue 13 item 4: an estimate is an all-day entry over its range, never a clock time.
        match source
            .time
            .and_then(|t| t.hh_mm())
            .filter(|_| !source.estimate)
        {
            None => {
                assert_eq!(param_name(event, "DTSTART"), "DTSTART;VALUE=DATE");
                assert_eq!(param_name(event, "DTEND"), "DTEND;VALUE=DATE");
                let s = NaiveDate::parse_from_str(start, "%Y%m%d").unwrap();
                let e = NaiveDate::parse_from_str(end, "%Y%m%d").unwrap();
                // A step the framework places in a period (F§76, F§84–87) spans it.
                let (first, last) = source.estimate_span().unwrap_or((
                    source.date,
                    source
                        .undated
                        .as_ref()
                        .and_then(|u| u.until)
                        .unwrap_or(source.date),
                ));
                assert_eq!(s, first);
                assert_eq!(e, last.succ_opt().unwrap(), "DTEND is exclusive");
                assert_eq!(prop(event, "TRANSP"), "TRANSPARENT");
            }
            Some(_) => {
                assert_eq!(param_name(event, "DTSTART"), "DTSTART;TZID=Europe/London");
                let s = NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap();
                let e = NaiveDateTime::parse_from_str(end, "%Y%m%dT%H%M%S").unwrap();
                assert_eq!(s.date(), source.date);
                assert_eq!(e - s, chrono::Duration::minutes(30));
            }
        }
    }
}

#[test]
fn the_notification_call_is_at_9_30_london_time() {
    let lines = unfold(&ics(&spring_plan(), &options(EventFilter::All)));
    let events = vevents(&lines);
    let call = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("plan-0123456789abcdef-notification@"))
        .unwrap();
    assert_eq!(param_name(call, "DTSTART"), "DTSTART;TZID=Europe/London");
    assert_eq!(prop(call, "DTSTART"), "20260302T093000");
    assert_eq!(prop(call, "DTEND"), "20260302T100000");
    assert!(unescape(prop(call, "DESCRIPTION")).contains("Time: 9.30am"));
    assert!(unescape(prop(call, "DESCRIPTION"))
        .contains("Source: Ofsted ILACS framework, paragraph 73: "));
}

/// Issue 25 item 11: the calendar file cites its sources in the words the screen uses, never
/// the "F§" shorthand (it was there 26 times for a standard inspection).
#[test]
fn the_calendar_file_cites_sources_in_words() {
    for plan in [spring_plan(), warned_plan()] {
        let text = unfold(&ics(&plan, &options(EventFilter::All))).join("\n");
        assert_eq!(text.matches('§').count(), 0, "{text}");
        assert!(text.contains("Source: Ofsted ILACS framework"));
    }
}

#[test]
fn uids_are_stable_across_exports_and_unique_within_one() {
    let uids = |text: &str| -> Vec<String> {
        unfold(text)
            .into_iter()
            .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
            .collect()
    };
    let p = spring_plan();
    let first = uids(&ics(&p, &options(EventFilter::All)));
    let mut later = options(EventFilter::All);
    later.stamp = stamp(16);
    later.calendar_name = "Renamed".into();
    let second = uids(&ics(&p, &later));
    assert_eq!(first, second);
    assert_eq!(first.iter().collect::<HashSet<_>>().len(), first.len());
    // A recomputed plan (same inputs) gives the same UIDs; another plan key gives others.
    assert_eq!(uids(&ics(&spring_plan(), &later)), first);
    let mut other = options(EventFilter::All);
    other.plan_key = "plan-other".into();
    let third = uids(&ics(&p, &other));
    assert!(third.iter().all(|u| !first.contains(u)));
    // A later export is a later revision.
    let seq = |text: &str| -> i64 {
        unfold(text)
            .iter()
            .find_map(|l| l.strip_prefix("SEQUENCE:"))
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(seq(&ics(&p, &later)) > seq(&ics(&p, &options(EventFilter::All))));
}

#[test]
fn text_is_escaped() {
    let mut p = spring_plan();
    p.events[0].title = "Back\\slash; semi, comma\nnew line".into();
    p.events[0].detail = "Line one\r\nLine two; three, four".into();
    let mut o = options(EventFilter::All);
    o.calendar_name = "A; B, C\\D".into();
    let text = ics(&p, &o);
    let lines = unfold(&text);
    assert!(lines.contains(&"X-WR-CALNAME:A\\; B\\, C\\\\D".to_string()));
    let events = vevents(&lines);
    let summary = prop(&events[0], "SUMMARY");
    assert!(
        summary.starts_with("ILACS: Back\\\\slash\\; semi\\, comma\\nnew line"),
        "{summary}"
    );
    assert!(
        unescape(prop(&events[0], "DESCRIPTION")).starts_with("Line one\nLine two; three, four\n")
    );
    // Every TEXT value in every event unescapes cleanly.
    for e in &events {
        for name in ["SUMMARY", "DESCRIPTION"] {
            unescape(prop(e, name));
        }
    }
}

#[test]
fn warnings_appear_in_the_descriptions_they_concern() {
    let p = warned_plan();
    assert!(!p.warnings.is_empty());
    let lines = unfold(&ics(&p, &options(EventFilter::All)));
    let events = vevents(&lines);
    for w in &p.warnings {
        for id in &w.events {
            let e = events
                .iter()
                .find(|e| prop(e, "UID").contains(&format!("-{id}@")))
                .unwrap();
            let description = unescape(prop(e, "DESCRIPTION"));
            assert!(
                description.contains(&format!("Warning: {}", w.message)),
                "{description}"
            );
        }
    }
}

#[test]
fn filters_choose_the_events() {
    let p = spring_plan();
    let count = |filter: EventFilter| {
        let lines = unfold(&ics(&p, &options(filter)));
        vevents(&lines).len()
    };
    let all = count(EventFilter::All);
    // Issue 26: the fieldwork weeks' busy blocks come with the on-site days.
    let weeks = |filter: &EventFilter| {
        let on_site = p.event("onsite-1").is_some_and(|e| filter.matches(e));
        if on_site {
            fieldwork_weeks(&p).len()
        } else {
            0
        }
    };
    assert_eq!(all, p.events.len() + 2);
    for filter in EventFilter::PRESETS {
        let expected = p.events.iter().filter(|e| filter.matches(e)).count() + weeks(&filter);
        assert_eq!(count(filter.clone()), expected, "{filter:?}");
        assert!(expected > 0, "{filter:?} is empty for a full plan");
    }
    // The LA's deadlines: the notification and every deadline, nothing on site.
    let deadlines: Vec<&str> = p
        .events
        .iter()
        .filter(|e| EventFilter::LaDeadlines.matches(e))
        .map(|e| e.id.as_str())
        .collect();
    for id in [
        "notification",
        "child-level-data-due",
        "management-information-due",
        "case-information-due",
        "la-comments-due",
        "action-plan-due",
        "self-evaluation-1",
    ] {
        assert!(deadlines.contains(&id), "{id} missing from {deadlines:?}");
    }
    assert!(!deadlines.contains(&"onsite-1"));
    assert_eq!(
        count(EventFilter::Only(vec![
            "onsite-1".into(),
            "feedback".into()
        ])),
        2
    );
}

#[test]
fn an_empty_selection_is_still_a_valid_calendar() {
    let text = ics(&spring_plan(), &options(EventFilter::Only(Vec::new())));
    let lines = unfold(&text);
    assert!(vevents(&lines).is_empty());
    // RFC 5545 requires at least one component: the time zone.
    assert!(lines.contains(&"BEGIN:VTIMEZONE".to_string()));
    let mut o = options(EventFilter::All);
    o.calendar_name = "  ".into();
    assert!(unfold(&ics(&spring_plan(), &o)).contains(&"X-WR-CALNAME:ILACS Planner".to_string()));
}

/// Issue 26: a director's diary shows the inspection as busy: one all-day "Inspectors on site"
/// block per fieldwork week, `TRANSP:OPAQUE` (a standard inspection notified Monday 1 February
/// 2027: on site Monday 8 to Friday 12 and Monday 15 to Friday 19 February, F§52–53), while the
/// day-by-day entries stay free; a recorded date says so in its description, and a moved one
/// says what it follows.
#[test]
fn fieldwork_weeks_are_busy_and_recorded_dates_are_noted() {
    use ilacs_planner::engine::plan::recorded::Step;
    let mut input = visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1)));
    input.recorded.set(Step::DraftReport, d(2027, 3, 9));
    let p = export_plan(input);
    let lines = unfold(&ics(&p, &options(EventFilter::All)));
    let events = vevents(&lines);
    let blocks: Vec<&Vec<(String, String)>> = events
        .iter()
        .filter(|e| prop(e, "SUMMARY").starts_with("ILACS: Inspectors on site"))
        .collect();
    assert_eq!(blocks.len(), 2);
    let spans: Vec<(&str, &str, &str)> = blocks
        .iter()
        .map(|e| (prop(e, "DTSTART"), prop(e, "DTEND"), prop(e, "TRANSP")))
        .collect();
    assert_eq!(
        spans,
        [
            ("20270208", "20270213", "OPAQUE"),
            ("20270215", "20270220", "OPAQUE")
        ]
    );
    assert_eq!(
        prop(blocks[0], "UID"),
        "plan-0123456789abcdef-onsite-week-1@ilacs-planner"
    );
    // The day-by-day entries are free.
    for id in ["onsite-1", "onsite-5", "feedback"] {
        let e = events
            .iter()
            .find(|e| prop(e, "UID").contains(&format!("-{id}@")))
            .unwrap();
        assert_eq!(prop(e, "TRANSP"), "TRANSPARENT", "{id}");
    }
    let description = |id: &str| {
        let e = events
            .iter()
            .find(|e| prop(e, "UID").contains(&format!("-{id}@")))
            .unwrap();
        unescape(prop(e, "DESCRIPTION"))
    };
    assert!(description("draft-report").starts_with("Recorded: arrived on Tuesday 9 March 2027.\n"));
    assert!(description("la-comments-due").starts_with(
        "Moved: 5 working days after the draft report arrived on Tuesday 9 March 2027.\n"
    ));
    // Without the on-site days, no blocks.
    let reports = vevents(&unfold(&ics(&p, &options(EventFilter::Reports))));
    assert!(reports
        .iter()
        .all(|e| !prop(e, "SUMMARY").starts_with("ILACS: Inspectors on site")));
}
