//! CSV export (RFC 4180) for Excel: UTF-8 with a byte order mark (without it Excel reads the file
//! as Windows-1252 and garbles "—" and "§"), CRLF line ends, every field quoted when it holds a
//! comma, quote or line break.

use super::{source_line, warnings_for, EventFilter};
use crate::engine::dates::{iso, long_date};
use crate::engine::event::Event;
use crate::engine::plan::Plan;

/// The header row.
pub const CSV_HEADER: [&str; 10] = [
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
/// };
/// assert_eq!(
///     csv(&empty),
///     "\u{feff}Date,Date (ISO),Time,Event,Event id,What happens,Who,Source,Warnings,Estimate\r\n"
/// );
/// ```
pub fn csv(plan: &Plan) -> String {
    csv_filtered(plan, &EventFilter::All)
}

/// The events of the plan that `filter` includes, as CSV.
pub fn csv_filtered(plan: &Plan, filter: &EventFilter) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push('\u{feff}');
    row(&mut out, CSV_HEADER.iter().copied());
    for event in plan.events.iter().filter(|e| filter.matches(e)) {
        let fields = fields(plan, event);
        row(&mut out, fields.iter().map(String::as_str));
    }
    out
}

fn fields(plan: &Plan, event: &Event) -> [String; 10] {
    let warnings: Vec<&str> = warnings_for(plan, event).collect();
    [
        long_date(event.date),
        iso(event.date),
        event
            .time
            .map(|t| t.label().to_string())
            .unwrap_or_default(),
        event.title.clone(),
        event.id.clone(),
        event.detail.clone(),
        event.who.clone(),
        source_line(event),
        // One warning per line within the cell.
        warnings.join("\n"),
        if event.estimate { "Yes" } else { "No" }.to_string(),
    ]
}

fn row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
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
