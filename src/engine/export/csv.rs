//! CSV export (RFC 4180) for Excel: UTF-8 with a byte order mark (without it Excel reads the file
//! as Windows-1252 and garbles "—" and "§"), CRLF line ends, every field quoted when it holds a
//! comma, quote or line break.

use chrono::NaiveDate;

use super::{source_line, warnings_for, EventFilter};
use crate::engine::calendar::dates::{iso, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::event::Event;
use crate::engine::plan::Plan;
use crate::engine::records::annex_a::{ChecklistRow, ItemStatus};
use crate::engine::records::further_info::{status, InfoRequest};

/// The header row.
pub const CSV_HEADER: [&str; 14] = [
    "Date",
    "Date (ISO)",
    "Time",
    "Event",
    "Event id",
    "What happens",
    "Who",
    "Source",
    "Warnings",
    "Estimate",
    "Until",
    "Until (ISO)",
    "What to have ready",
    "Recorded",
];

/// Every event of the plan as CSV.
///
/// ```
/// use ilacs_planner::engine::export::csv;
/// use ilacs_planner::engine::plan::Plan;
/// let empty = Plan {
///     rule_set: String::new(),
///     rule_set_id: String::new(),
///     pathway: None,
///     visit: None,
///     events: vec![],
///     warnings: vec![],
///     publication_forecast: None,
///     next_inspection_forecast: None,
/// };
/// assert_eq!(
///     csv(&empty),
///     "\u{feff}Date,Date (ISO),Time,Event,Event id,What happens,Who,Source,Warnings,Estimate,Until,Until (ISO),What to have ready,Recorded\r\n"
/// );
/// ```
pub fn csv(plan: &Plan) -> String {
    csv_filtered(plan, &EventFilter::All)
}

/// The events of the plan that `filter` includes, as CSV.
pub fn csv_filtered(plan: &Plan, filter: &EventFilter) -> String {
    csv_for_council(plan, filter, None)
}

/// The columns added when the plan names its local authority (issue 15).
pub const COUNCIL_COLUMNS: [&str; 3] = ["Local authority", "DfE number", "ONS code"];

/// As [`csv_filtered`], with the local authority's name, DfE number and ONS code in three
/// more columns on every row when `council` is given (its DfE number, looked up in the
/// built-in list), so rows pasted into a shared spreadsheet still say whose they are.
pub fn csv_for_council(plan: &Plan, filter: &EventFilter, council: Option<u16>) -> String {
    let extra = council.map(|code| {
        let known = crate::engine::councils::built_in(code);
        [
            known.map_or(String::new(), |c| c.name.to_string()),
            code.to_string(),
            known.map_or(String::new(), |c| c.ons_code.to_string()),
        ]
    });
    let mut out = String::with_capacity(8 * 1024);
    out.push('\u{feff}');
    let more: &[&str] = if extra.is_some() {
        &COUNCIL_COLUMNS
    } else {
        &[]
    };
    row(&mut out, CSV_HEADER.iter().chain(more).copied());
    for event in plan.events.iter().filter(|e| filter.matches(e)) {
        let fields = fields(plan, event);
        let tail = extra.iter().flatten();
        row(&mut out, fields.iter().chain(tail).map(String::as_str));
    }
    out
}

fn fields(plan: &Plan, event: &Event) -> [String; 14] {
    let warnings: Vec<&str> = warnings_for(plan, event).collect();
    let until = event.undated.as_ref().and_then(|u| u.until);
    [
        // An estimate is never a bare day: its week or month in words.
        event
            .estimate_words()
            .unwrap_or_else(|| long_date(event.date)),
        iso(event.date),
        // A step with no day gives its period in words ("during fieldwork") where a time would go.
        match (&event.undated, event.time) {
            (Some(u), _) => u.words.clone(),
            (None, Some(t)) => t.label().to_string(),
            (None, None) => String::new(),
        },
        event.title.clone(),
        event.id.clone(),
        event.detail.clone(),
        event.who.to_string(),
        source_line(event),
        // One warning per line within the cell.
        warnings.join("\n"),
        match event.estimate_span() {
            Some((from, to)) => {
                format!("Yes: any day from {} to {}", long_date(from), long_date(to))
            }
            None => "No".to_string(),
        },
        until.map(long_date).unwrap_or_default(),
        until.map(iso).unwrap_or_default(),
        event.have_ready.clone(),
        // Issue 26: the day it actually happened, or what a moved date now follows.
        event.actual_words().unwrap_or_default(),
    ]
}

/// The header row of the Annex A checklist export.
pub const CHECKLIST_CSV_HEADER: [&str; 20] = [
    "Number",
    "Item",
    "Group",
    "Due date",
    "Due date (ISO)",
    "Due time",
    "Status",
    "Asked for",
    "Done",
    "Owner",
    "Note",
    "Source",
    "Deadline source",
    "Deadline event id",
    "Covers from",
    "Covers from (ISO)",
    "Covers to",
    "Covers to (ISO)",
    "Covers",
    // Last, so columns people read come first; matches a row to its item when the file is
    // loaded back (app::spreadsheet).
    "Item id",
];

fn yes_no(b: bool) -> &'static str {
    if b {
        "Yes"
    } else {
        "No"
    }
}

/// The Annex A checklist as CSV: one row per item in the framework's order, items not asked for
/// at a focused or monitoring visit included with "No" under "Asked for".
///
/// ```
/// use ilacs_planner::engine::export::checklist_csv;
/// assert!(checklist_csv(&[]).starts_with("\u{feff}Number,Item,Group,Due date,"));
/// ```
pub fn checklist_csv(rows: &[ChecklistRow]) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push('\u{feff}');
    row(&mut out, CHECKLIST_CSV_HEADER.iter().copied());
    for r in rows {
        let date = long_date(r.due_date);
        let date_iso = iso(r.due_date);
        let period = |f: fn(NaiveDate) -> String, to: bool| {
            r.data_period
                .as_ref()
                .map(|p| f(if to { p.to } else { p.from }))
                .unwrap_or_default()
        };
        let (from, from_iso) = (period(long_date, false), period(iso, false));
        let (to, to_iso) = (period(long_date, true), period(iso, true));
        // The period in words, as on screen; the only words when the plan cannot date it.
        let covers = match (&r.data_period, &r.undated_period) {
            (Some(p), _) => p.words.as_str(),
            (None, Some(u)) => u.words.as_str(),
            (None, None) => "",
        };
        // Sources in the words the screen uses, never the "F§" shorthand.
        let (item_source, due_source) = (r.item.source.plain_label(), r.due_citation.plain_label());
        let fields: [&str; 20] = [
            r.item.number,
            r.item.title,
            r.item.group.title(),
            &date,
            &date_iso,
            r.due_time.map_or("", |t| t.label()),
            r.status.label(),
            yes_no(r.selected),
            yes_no(r.status == ItemStatus::Done),
            &r.owner,
            &r.note,
            &item_source,
            &due_source,
            r.due_event_id,
            &from,
            &from_iso,
            &to,
            &to_iso,
            covers,
            r.item.id,
        ];
        row(&mut out, fields.into_iter());
    }
    out
}

/// The header row of the further-information record export: Annex B's columns in its order
/// (with the request's id first), then the status on the day of export.
pub const REQUESTS_CSV_HEADER: [&str; 10] = [
    "Request",
    "Requested by",
    "Date requested",
    "Date response required",
    "Date received from the local authority",
    "Type of request",
    "Case ID",
    "Reason for request",
    "Response from the local authority",
    "Status",
];

/// The further-information record (Annex B) as CSV, with each request's status on `today`.
/// Dates are ISO (`2026-03-09`), which Excel reads as dates; a missing date is an empty cell.
pub fn requests_csv(calendar: &Calendar, requests: &[InfoRequest], today: NaiveDate) -> String {
    let mut out = String::with_capacity(2 * 1024);
    out.push('\u{feff}');
    row(&mut out, REQUESTS_CSV_HEADER.iter().copied());
    let date = |d: Option<NaiveDate>| d.map(iso).unwrap_or_default();
    for r in requests {
        let state = match status(calendar, r, today) {
            Ok(s) => s.message,
            Err(e) => e.to_string(),
        };
        let (requested, required, received) = (
            date(r.date_requested),
            date(r.response_required_by),
            date(r.date_received),
        );
        let fields: [&str; 10] = [
            &r.id,
            &r.requested_by,
            &requested,
            &required,
            &received,
            r.kind.label(),
            &r.case_id,
            &r.reason,
            &r.response,
            &state,
        ];
        row(&mut out, fields.into_iter());
    }
    out
}

/// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return first) gets a leading apostrophe, as OWASP's guidance on CSV injection advises: a
/// typed note such as `=HYPERLINK(…)` then shows as text instead of running. Every CSV the
/// planner writes goes through here.
///
/// ```
/// use ilacs_planner::engine::export::neutralised;
/// assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
/// assert_eq!(neutralised("Monday 2 March 2026"), "Monday 2 March 2026");
/// ```
pub fn neutralised(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

/// Writes one CSV record of `fields` to `out`: quoted where needed, formulas neutralised, CRLF.
pub fn row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let field = &*neutralised(field);
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
